funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (control_flow_labels.go:26)	TEXT	main.main(SB), ABIInternal, $144-0
     0        00000 (control_flow_labels.go:26)	TEXT	main.main(SB), ABIInternal, $144-0
     0     -1 00000 (control_flow_labels.go:26)	LEAQ	-16(SP), R12
     5        00005 (control_flow_labels.go:26)	CMPQ	R12, 16(R14)
     9        00009 (control_flow_labels.go:26)	PCDATA	$0, $-2
     9        00009 (control_flow_labels.go:26)	JLS	924
     f        00015 (control_flow_labels.go:26)	PCDATA	$0, $-1
     f        00015 (control_flow_labels.go:26)	PUSHQ	BP
    10        00016 (control_flow_labels.go:26)	MOVQ	SP, BP
    13        00019 (control_flow_labels.go:26)	SUBQ	$136, SP
    1a        00026 (control_flow_labels.go:26)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    1a        00026 (control_flow_labels.go:26)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    1a        00026 (control_flow_labels.go:27)	LEAQ	main..autotmp_13+96(SP), DX
    1f        00031 (control_flow_labels.go:27)	MOVUPS	X15, (DX)
    23        00035 (control_flow_labels.go:27)	MOVUPS	X15, 16(DX)
    28        00040 (control_flow_labels.go:27)	MOVQ	$-3, main..autotmp_13+96(SP)
    31        00049 (control_flow_labels.go:27)	MOVQ	$5, main..autotmp_13+112(SP)
    3a        00058 (control_flow_labels.go:27)	MOVQ	$300, main..autotmp_13+120(SP)
    43        00067 (control_flow_labels.go:27)	XORL	AX, AX
    45        00069 (control_flow_labels.go:27)	JMP	146
    47        00071 (control_flow_labels.go:28)	MOVQ	BX, main.s.len+48(SP)
    4c        00076 (control_flow_labels.go:28)	MOVQ	CX, main.s.ptr+128(SP)
    54        00084 (control_flow_labels.go:28)	PCDATA	$1, $1
    54        00084 (control_flow_labels.go:28)	CALL	runtime.printlock(SB)
    59        00089 (control_flow_labels.go:28)	MOVQ	main.n+56(SP), AX
    5e        00094 (control_flow_labels.go:28)	NOP
    60        00096 (control_flow_labels.go:28)	CALL	runtime.printint(SB)
    65        00101 (control_flow_labels.go:28)	CALL	runtime.printsp(SB)
    6a        00106 (control_flow_labels.go:28)	MOVQ	main.s.ptr+128(SP), AX
    72        00114 (control_flow_labels.go:28)	MOVQ	main.s.len+48(SP), BX
    77        00119 (control_flow_labels.go:28)	PCDATA	$1, $0
    77        00119 (control_flow_labels.go:28)	CALL	runtime.printstring(SB)
    7c        00124 (control_flow_labels.go:28)	NOP
    80        00128 (control_flow_labels.go:28)	CALL	runtime.printnl(SB)
    85        00133 (control_flow_labels.go:28)	CALL	runtime.printunlock(SB)
    8a        00138 (control_flow_labels.go:27)	MOVQ	main..autotmp_24+88(SP), AX
    8f        00143 (control_flow_labels.go:27)	INCQ	AX
    92        00146 (control_flow_labels.go:27)	CMPQ	AX, $4
    96        00150 (control_flow_labels.go:27)	JGE	433
    9c        00156 (control_flow_labels.go:27)	MOVQ	AX, main..autotmp_24+88(SP)
    a1        00161 (control_flow_labels.go:27)	MOVQ	main..autotmp_13+96(SP)(AX*8), DX
    a6        00166 (control_flow_labels.go:27)	MOVQ	DX, main.n+56(SP)
    ab        00171 (<unknown line number>)	NOP
    ab      0 00171 (control_flow_labels.go:28)	TESTQ	DX, DX
    ae        00174 (control_flow_labels.go:28)	JLT	240
    b0        00176 (control_flow_labels.go:28)	JNE	184
    b2        00178 (control_flow_labels.go:28)	XORL	BX, BX
    b4        00180 (control_flow_labels.go:28)	XORL	CX, CX
    b6        00182 (control_flow_labels.go:28)	JMP	266
    b8        00184 (control_flow_labels.go:28)	CMPQ	DX, $100
    bc        00188 (control_flow_labels.go:28)	JLE	215
    be        00190 (control_flow_labels.go:28)	XORL	AX, AX
    c0        00192 (control_flow_labels.go:28)	XORL	BX, BX
    c2        00194 (control_flow_labels.go:28)	XORL	CX, CX
    c4        00196 (control_flow_labels.go:28)	LEAQ	go:string."big "(SB), DI
    cb        00203 (control_flow_labels.go:28)	MOVL	$4, SI
    d0        00208 (control_flow_labels.go:28)	CALL	runtime.concatstring2(SB)
    d5        00213 (control_flow_labels.go:28)	JMP	294
    d7        00215 (control_flow_labels.go:28)	XORL	AX, AX
    d9        00217 (control_flow_labels.go:28)	XORL	BX, BX
    db        00219 (control_flow_labels.go:28)	XORL	CX, CX
    dd        00221 (control_flow_labels.go:28)	LEAQ	go:string."small "(SB), DI
    e4        00228 (control_flow_labels.go:28)	MOVL	$6, SI
    e9        00233 (control_flow_labels.go:28)	CALL	runtime.concatstring2(SB)
    ee        00238 (control_flow_labels.go:28)	JMP	294
    f0        00240 (control_flow_labels.go:28)	XORL	AX, AX
    f2        00242 (control_flow_labels.go:28)	XORL	BX, BX
    f4        00244 (control_flow_labels.go:28)	XORL	CX, CX
    f6        00246 (control_flow_labels.go:28)	LEAQ	go:string."neg "(SB), DI
    fd        00253 (control_flow_labels.go:28)	MOVL	$4, SI
   102        00258 (control_flow_labels.go:28)	CALL	runtime.concatstring2(SB)
   107        00263 (control_flow_labels.go:28)	MOVQ	AX, CX
   10a        00266 (control_flow_labels.go:28)	XORL	AX, AX
   10c        00268 (control_flow_labels.go:28)	LEAQ	go:string."nonpos "(SB), DI
   113        00275 (control_flow_labels.go:28)	MOVL	$7, SI
   118        00280 (control_flow_labels.go:28)	MOVQ	BX, DX
   11b        00283 (control_flow_labels.go:28)	MOVQ	CX, BX
   11e        00286 (control_flow_labels.go:28)	MOVQ	DX, CX
   121        00289 (control_flow_labels.go:28)	CALL	runtime.concatstring2(SB)
   126        00294 (control_flow_labels.go:28)	MOVQ	AX, CX
   129        00297 (control_flow_labels.go:28)	MOVQ	$-6148914691236517205, AX
   133        00307 (control_flow_labels.go:28)	MOVQ	main.n+56(SP), DX
   138     -1 00312 (control_flow_labels.go:27)	MOVQ	DX, SI
   13b      0 00315 (control_flow_labels.go:28)	IMULQ	DX
   13e        00318 (control_flow_labels.go:28)	ADDQ	SI, DX
   141        00321 (control_flow_labels.go:28)	SARQ	$1, DX
   144        00324 (control_flow_labels.go:28)	MOVQ	SI, R8
   147        00327 (control_flow_labels.go:28)	SARQ	$63, SI
   14b        00331 (control_flow_labels.go:28)	SUBQ	SI, DX
   14e        00334 (control_flow_labels.go:28)	LEAQ	(DX)(DX*2), DX
   152        00338 (control_flow_labels.go:28)	SUBQ	DX, R8
   155        00341 (control_flow_labels.go:28)	TESTQ	R8, R8
   158        00344 (control_flow_labels.go:28)	JEQ	397
   15a        00346 (control_flow_labels.go:28)	NOP
   160        00352 (control_flow_labels.go:28)	JLE	71
   166        00358 (control_flow_labels.go:28)	XORL	AX, AX
   168        00360 (control_flow_labels.go:28)	LEAQ	go:string."nodiv3"(SB), DI
   16f        00367 (control_flow_labels.go:28)	MOVL	$6, SI
   174        00372 (control_flow_labels.go:28)	MOVQ	BX, DX
   177        00375 (control_flow_labels.go:28)	MOVQ	CX, BX
   17a        00378 (control_flow_labels.go:28)	MOVQ	DX, CX
   17d        00381 (control_flow_labels.go:28)	NOP
   180        00384 (control_flow_labels.go:28)	CALL	runtime.concatstring2(SB)
   185     -1 00389 (control_flow_labels.go:28)	MOVQ	AX, CX
   188      0 00392 (control_flow_labels.go:28)	JMP	71
   18d        00397 (control_flow_labels.go:28)	XORL	AX, AX
   18f        00399 (control_flow_labels.go:28)	LEAQ	go:string."div3"(SB), DI
   196        00406 (control_flow_labels.go:28)	MOVL	$4, SI
   19b        00411 (control_flow_labels.go:28)	MOVQ	BX, DX
   19e        00414 (control_flow_labels.go:28)	MOVQ	CX, BX
   1a1        00417 (control_flow_labels.go:28)	MOVQ	DX, CX
   1a4        00420 (control_flow_labels.go:28)	CALL	runtime.concatstring2(SB)
   1a9     -1 00425 (control_flow_labels.go:28)	MOVQ	AX, CX
   1ac      0 00428 (control_flow_labels.go:28)	JMP	71
   1b1     -1 00433 (control_flow_labels.go:27)	MOVL	$2, CX
   1b6        00438 (control_flow_labels.go:27)	XORL	DX, DX
   1b8        00440 (control_flow_labels.go:27)	JMP	448
   1ba        00442 (control_flow_labels.go:33)	INCQ	CX
   1bd        00445 (control_flow_labels.go:33)	MOVQ	AX, DX
   1c0        00448 (control_flow_labels.go:33)	CMPQ	CX, $50
   1c4        00452 (control_flow_labels.go:33)	JGE	530
   1c6        00454 (control_flow_labels.go:34)	MOVL	$2, BX
   1cb        00459 (control_flow_labels.go:34)	JMP	470
   1cd        00461 (control_flow_labels.go:34)	INCQ	SI
   1d0        00464 (control_flow_labels.go:39)	MOVQ	BX, DX
   1d3        00467 (control_flow_labels.go:34)	MOVQ	SI, BX
   1d6        00470 (control_flow_labels.go:34)	MOVQ	BX, SI
   1d9        00473 (control_flow_labels.go:34)	IMULQ	BX, BX
   1dd        00477 (control_flow_labels.go:34)	NOP
   1e0        00480 (control_flow_labels.go:34)	CMPQ	CX, BX
   1e3        00483 (control_flow_labels.go:34)	JLT	515
   1e5        00485 (control_flow_labels.go:35)	TESTQ	SI, SI
   1e8        00488 (control_flow_labels.go:35)	JEQ	918
   1ee        00494 (control_flow_labels.go:35)	MOVQ	CX, AX
   1f1        00497 (control_flow_labels.go:33)	MOVQ	DX, BX
   1f4        00500 (control_flow_labels.go:35)	CQO
   1f6        00502 (control_flow_labels.go:35)	IDIVQ	SI
   1f9        00505 (control_flow_labels.go:35)	TESTQ	DX, DX
   1fc        00508 (control_flow_labels.go:35)	JNE	461
   1fe        00510 (control_flow_labels.go:33)	MOVQ	BX, AX
   201        00513 (control_flow_labels.go:36)	JMP	442
   203        00515 (control_flow_labels.go:39)	LEAQ	1(DX), AX
   207        00519 (control_flow_labels.go:40)	CMPQ	AX, $10
   20b        00523 (control_flow_labels.go:40)	JNE	442
   20d        00525 (control_flow_labels.go:40)	JMP	866
   212        00530 (control_flow_labels.go:46)	XORL	AX, AX
   214        00532 (control_flow_labels.go:48)	JMP	577
   216        00534 (control_flow_labels.go:48)	MOVQ	AX, main.i+72(SP)
   21b        00539 (control_flow_labels.go:48)	NOP
   220        00544 (control_flow_labels.go:49)	CALL	runtime.printlock(SB)
   225        00549 (control_flow_labels.go:49)	MOVQ	main.i+72(SP), AX
   22a        00554 (control_flow_labels.go:49)	CALL	runtime.printint(SB)
   22f        00559 (control_flow_labels.go:49)	CALL	runtime.printsp(SB)
   234        00564 (control_flow_labels.go:49)	CALL	runtime.printunlock(SB)
   239        00569 (control_flow_labels.go:50)	MOVQ	main.i+72(SP), AX
   23e        00574 (control_flow_labels.go:50)	INCQ	AX
   241        00577 (control_flow_labels.go:48)	CMPQ	AX, $5
   245        00581 (control_flow_labels.go:48)	JLT	534
   247        00583 (control_flow_labels.go:53)	CALL	runtime.printlock(SB)
   24c        00588 (control_flow_labels.go:53)	CALL	runtime.printnl(SB)
   251        00593 (control_flow_labels.go:53)	CALL	runtime.printunlock(SB)
   256        00598 (control_flow_labels.go:53)	XORL	AX, AX
   258        00600 (control_flow_labels.go:55)	JMP	653
   25a        00602 (control_flow_labels.go:55)	MOVQ	AX, main.k+64(SP)
   25f        00607 (control_flow_labels.go:55)	NOP
   260        00608 (control_flow_labels.go:56)	CALL	runtime.printlock(SB)
   265        00613 (control_flow_labels.go:56)	MOVQ	main.k+64(SP), AX
   26a        00618 (control_flow_labels.go:56)	MOVQ	AX, CX
   26d        00621 (control_flow_labels.go:56)	IMULQ	CX, AX
   271        00625 (control_flow_labels.go:56)	CALL	runtime.printint(SB)
   276        00630 (control_flow_labels.go:56)	CALL	runtime.printsp(SB)
   27b        00635 (control_flow_labels.go:56)	NOP
   280        00640 (control_flow_labels.go:56)	CALL	runtime.printunlock(SB)
   285        00645 (control_flow_labels.go:55)	MOVQ	main.k+64(SP), AX
   28a        00650 (control_flow_labels.go:55)	INCQ	AX
   28d        00653 (control_flow_labels.go:55)	CMPQ	AX, $4
   291        00657 (control_flow_labels.go:55)	JLT	602
   293        00659 (control_flow_labels.go:58)	CALL	runtime.printlock(SB)
   298        00664 (control_flow_labels.go:58)	CALL	runtime.printnl(SB)
   29d        00669 (control_flow_labels.go:58)	NOP
   2a0        00672 (control_flow_labels.go:58)	CALL	runtime.printunlock(SB)
   2a5        00677 (control_flow_labels.go:61)	XORL	AX, AX
   2a7        00679 (control_flow_labels.go:61)	JMP	684
   2a9        00681 (<unknown line number>)	MOVQ	CX, AX
   2ac        00684 (control_flow_labels.go:62)	LEAQ	1(AX), CX
   2b0        00688 (control_flow_labels.go:63)	MOVQ	$7905747460161236407, DX
   2ba        00698 (control_flow_labels.go:63)	IMULQ	AX, DX
   2be        00702 (control_flow_labels.go:63)	MOVQ	$-9223372036854775808, BX
   2c8        00712 (control_flow_labels.go:63)	ADDQ	BX, DX
   2cb        00715 (control_flow_labels.go:63)	MOVQ	$2635249153387078802, SI
   2d5        00725 (control_flow_labels.go:63)	CMPQ	SI, DX
   2d8        00728 (control_flow_labels.go:63)	JCS	775
   2da        00730 (control_flow_labels.go:63)	MOVQ	$-3689348814741910323, DX
   2e4        00740 (control_flow_labels.go:63)	IMULQ	DX, AX
   2e8        00744 (control_flow_labels.go:63)	MOVQ	$-1844674407370955162, DI
   2f2        00754 (control_flow_labels.go:63)	ADDQ	DI, AX
   2f5        00757 (control_flow_labels.go:63)	MOVQ	$3689348814741910322, R8
   2ff        00767 (control_flow_labels.go:63)	NOP
   300        00768 (control_flow_labels.go:63)	CMPQ	R8, AX
   303        00771 (control_flow_labels.go:63)	JCS	681
   305        00773 (control_flow_labels.go:63)	JMP	807
   307        00775 (control_flow_labels.go:63)	MOVQ	$-3689348814741910323, DX
   311        00785 (control_flow_labels.go:63)	MOVQ	$-1844674407370955162, DI
   31b        00795 (control_flow_labels.go:63)	MOVQ	$3689348814741910322, R8
   325        00805 (control_flow_labels.go:63)	JMP	681
   327        00807 (control_flow_labels.go:62)	MOVQ	CX, main.x+40(SP)
   32c        00812 (control_flow_labels.go:67)	CALL	runtime.printlock(SB)
   331        00817 (control_flow_labels.go:67)	LEAQ	go:string."first multiple of 35: "(SB), AX
   338        00824 (control_flow_labels.go:67)	MOVL	$22, BX
   33d        00829 (control_flow_labels.go:67)	NOP
   340        00832 (control_flow_labels.go:67)	CALL	runtime.printstring(SB)
   345        00837 (control_flow_labels.go:67)	MOVQ	main.x+40(SP), AX
   34a        00842 (control_flow_labels.go:67)	CALL	runtime.printint(SB)
   34f        00847 (control_flow_labels.go:67)	CALL	runtime.printnl(SB)
   354        00852 (control_flow_labels.go:67)	CALL	runtime.printunlock(SB)
   359        00857 (control_flow_labels.go:68)	ADDQ	$136, SP
   360        00864 (control_flow_labels.go:68)	POPQ	BP
   361        00865 (control_flow_labels.go:68)	RET
   362        00866 (control_flow_labels.go:33)	MOVQ	CX, main.i+80(SP)
   367        00871 (control_flow_labels.go:41)	CALL	runtime.printlock(SB)
   36c        00876 (control_flow_labels.go:41)	LEAQ	go:string."10th prime "(SB), AX
   373        00883 (control_flow_labels.go:41)	MOVL	$11, BX
   378        00888 (control_flow_labels.go:41)	CALL	runtime.printstring(SB)
   37d        00893 (control_flow_labels.go:41)	MOVQ	main.i+80(SP), AX
   382        00898 (control_flow_labels.go:41)	CALL	runtime.printint(SB)
   387        00903 (control_flow_labels.go:41)	CALL	runtime.printnl(SB)
   38c        00908 (control_flow_labels.go:41)	CALL	runtime.printunlock(SB)
   391        00913 (control_flow_labels.go:42)	JMP	530
   396        00918 (control_flow_labels.go:35)	CALL	runtime.panicdivide(SB)
   39b        00923 (control_flow_labels.go:35)	XCHGL	AX, AX
   39c        00924 (control_flow_labels.go:35)	NOP
   39c        00924 (control_flow_labels.go:26)	PCDATA	$1, $-1
   39c        00924 (control_flow_labels.go:26)	PCDATA	$0, $-2
   39c        00924 (control_flow_labels.go:26)	NOP
   3a0        00928 (control_flow_labels.go:26)	CALL	runtime.morestack_noctxt(SB)
   3a5        00933 (control_flow_labels.go:26)	PCDATA	$0, $-1
   3a5        00933 (control_flow_labels.go:26)	JMP	0
   3aa done
wrote 22 bytes to 0x0
 00 ab 01 02 8d 01 01 03 02 4a 01 03 02 21 01 03 02 05 01 f9 03 00
-- inlining tree for main.main:
0 | -1 | main.classify (control_flow_labels.go:28:22) pc=71
--
funcpctab main.classify [valfunc=pctoinline]
     0     -1 00000 (control_flow_labels.go:4)	TEXT	main.classify(SB), ABIInternal, $48-8
     0        00000 (control_flow_labels.go:4)	TEXT	main.classify(SB), ABIInternal, $48-8
     0     -1 00000 (control_flow_labels.go:4)	CMPQ	SP, 16(R14)
     4        00004 (control_flow_labels.go:4)	PCDATA	$0, $-2
     4        00004 (control_flow_labels.go:4)	JLS	279
     a        00010 (control_flow_labels.go:4)	PCDATA	$0, $-1
     a        00010 (control_flow_labels.go:4)	PUSHQ	BP
     b        00011 (control_flow_labels.go:4)	MOVQ	SP, BP
     e        00014 (control_flow_labels.go:4)	SUBQ	$40, SP
    12        00018 (control_flow_labels.go:4)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (control_flow_labels.go:4)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (control_flow_labels.go:4)	FUNCDATA	$5, main.classify.arginfo1(SB)
    12        00018 (control_flow_labels.go:4)	FUNCDATA	$6, main.classify.argliveinfo(SB)
    12        00018 (control_flow_labels.go:4)	PCDATA	$3, $1
    12        00018 (control_flow_labels.go:7)	MOVQ	AX, main.n+56(SP)
    17        00023 (control_flow_labels.go:7)	PCDATA	$3, $-1
    17        00023 (control_flow_labels.go:7)	TESTQ	AX, AX
    1a        00026 (control_flow_labels.go:7)	JLT	98
    1c        00028 (control_flow_labels.go:10)	JNE	36
    1e        00030 (control_flow_labels.go:10)	XORL	BX, BX
    20        00032 (control_flow_labels.go:10)	XORL	CX, CX
    22        00034 (control_flow_labels.go:10)	JMP	124
    24        00036 (control_flow_labels.go:12)	CMPQ	AX, $100
    28        00040 (control_flow_labels.go:12)	JLE	71
    2a        00042 (control_flow_labels.go:13)	XORL	AX, AX
    2c        00044 (control_flow_labels.go:13)	XORL	BX, BX
    2e        00046 (control_flow_labels.go:13)	XORL	CX, CX
    30        00048 (control_flow_labels.go:13)	LEAQ	go:string."big "(SB), DI
    37        00055 (control_flow_labels.go:13)	MOVL	$4, SI
    3c        00060 (control_flow_labels.go:13)	PCDATA	$1, $0
    3c        00060 (control_flow_labels.go:13)	NOP
    40        00064 (control_flow_labels.go:13)	CALL	runtime.concatstring2(SB)
    45        00069 (control_flow_labels.go:13)	JMP	152
    47        00071 (control_flow_labels.go:15)	XORL	AX, AX
    49        00073 (control_flow_labels.go:15)	XORL	BX, BX
    4b        00075 (control_flow_labels.go:15)	XORL	CX, CX
    4d        00077 (control_flow_labels.go:15)	LEAQ	go:string."small "(SB), DI
    54        00084 (control_flow_labels.go:15)	MOVL	$6, SI
    59        00089 (control_flow_labels.go:15)	CALL	runtime.concatstring2(SB)
    5e        00094 (control_flow_labels.go:15)	NOP
    60        00096 (control_flow_labels.go:15)	JMP	152
    62        00098 (control_flow_labels.go:8)	XORL	AX, AX
    64        00100 (control_flow_labels.go:8)	XORL	BX, BX
    66        00102 (control_flow_labels.go:8)	XORL	CX, CX
    68        00104 (control_flow_labels.go:8)	LEAQ	go:string."neg "(SB), DI
    6f        00111 (control_flow_labels.go:8)	MOVL	$4, SI
    74        00116 (control_flow_labels.go:8)	CALL	runtime.concatstring2(SB)
    79        00121 (control_flow_labels.go:11)	MOVQ	AX, CX
    7c        00124 (control_flow_labels.go:11)	XORL	AX, AX
    7e        00126 (control_flow_labels.go:11)	LEAQ	go:string."nonpos "(SB), DI
    85        00133 (control_flow_labels.go:11)	MOVL	$7, SI
    8a        00138 (control_flow_labels.go:11)	MOVQ	BX, DX
    8d        00141 (control_flow_labels.go:11)	MOVQ	CX, BX
    90        00144 (control_flow_labels.go:11)	MOVQ	DX, CX
    93        00147 (control_flow_labels.go:11)	CALL	runtime.concatstring2(SB)
    98        00152 (control_flow_labels.go:17)	MOVQ	main.n+56(SP), DX
    9d        00157 (control_flow_labels.go:17)	MOVQ	DX, R8
    a0        00160 (control_flow_labels.go:17)	SARQ	$63, DX
    a4        00164 (control_flow_labels.go:17)	MOVQ	AX, CX
    a7        00167 (control_flow_labels.go:17)	MOVQ	$-6148914691236517205, AX
    b1        00177 (control_flow_labels.go:17)	MOVQ	DX, SI
    b4        00180 (control_flow_labels.go:17)	IMULQ	R8
    b7        00183 (control_flow_labels.go:17)	ADDQ	R8, DX
    ba        00186 (control_flow_labels.go:17)	SARQ	$1, DX
    bd        00189 (control_flow_labels.go:17)	SUBQ	SI, DX
    c0        00192 (control_flow_labels.go:17)	LEAQ	(DX)(DX*2), DX
    c4        00196 (control_flow_labels.go:17)	SUBQ	DX, R8
    c7        00199 (control_flow_labels.go:18)	TESTQ	R8, R8
    ca        00202 (control_flow_labels.go:18)	JEQ	239
    cc        00204 (control_flow_labels.go:20)	JLE	270
    ce        00206 (control_flow_labels.go:21)	XORL	AX, AX
    d0        00208 (control_flow_labels.go:21)	LEAQ	go:string."nodiv3"(SB), DI
    d7        00215 (control_flow_labels.go:21)	MOVL	$6, SI
    dc        00220 (control_flow_labels.go:17)	MOVQ	BX, DX
    df        00223 (control_flow_labels.go:21)	MOVQ	CX, BX
    e2        00226 (control_flow_labels.go:21)	MOVQ	DX, CX
    e5        00229 (control_flow_labels.go:21)	CALL	runtime.concatstring2(SB)
    ea        00234 (control_flow_labels.go:23)	MOVQ	AX, CX
    ed        00237 (control_flow_labels.go:21)	JMP	270
    ef        00239 (control_flow_labels.go:19)	XORL	AX, AX
    f1        00241 (control_flow_labels.go:19)	LEAQ	go:string."div3"(SB), DI
    f8        00248 (control_flow_labels.go:19)	MOVL	$4, SI
    fd        00253 (control_flow_labels.go:17)	MOVQ	BX, DX
   100        00256 (control_flow_labels.go:19)	MOVQ	CX, BX
   103        00259 (control_flow_labels.go:19)	MOVQ	DX, CX
   106        00262 (control_flow_labels.go:19)	CALL	runtime.concatstring2(SB)
   10b        00267 (control_flow_labels.go:23)	MOVQ	AX, CX
   10e        00270 (control_flow_labels.go:23)	MOVQ	CX, AX
   111        00273 (control_flow_labels.go:23)	ADDQ	$40, SP
   115        00277 (control_flow_labels.go:23)	POPQ	BP
   116        00278 (control_flow_labels.go:23)	RET
   117        00279 (control_flow_labels.go:23)	NOP
   117        00279 (control_flow_labels.go:4)	PCDATA	$1, $-1
   117        00279 (control_flow_labels.go:4)	PCDATA	$0, $-2
   117        00279 (control_flow_labels.go:4)	MOVQ	AX, 8(SP)
   11c        00284 (control_flow_labels.go:4)	NOP
   120        00288 (control_flow_labels.go:4)	CALL	runtime.morestack_noctxt(SB)
   125        00293 (control_flow_labels.go:4)	PCDATA	$0, $-1
   125        00293 (control_flow_labels.go:4)	MOVQ	8(SP), AX
   12a        00298 (control_flow_labels.go:4)	JMP	0
   12f done
wrote 4 bytes to 0x0
 00 af 02 00
main.classify STEXT size=303 align=0x0 args=0x8 locals=0x30 funcid=0x0
	0x0000 00000 (control_flow_labels.go:4)	TEXT	main.classify(SB), ABIInternal, $48-8
	0x0000 00000 (control_flow_labels.go:4)	CMPQ	SP, 16(R14)
	0x0004 00004 (control_flow_labels.go:4)	PCDATA	$0, $-2
	0x0004 00004 (control_flow_labels.go:4)	JLS	279
	0x000a 00010 (control_flow_labels.go:4)	PCDATA	$0, $-1
	0x000a 00010 (control_flow_labels.go:4)	PUSHQ	BP
	0x000b 00011 (control_flow_labels.go:4)	MOVQ	SP, BP
	0x000e 00014 (control_flow_labels.go:4)	SUBQ	$40, SP
	0x0012 00018 (control_flow_labels.go:4)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (control_flow_labels.go:4)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (control_flow_labels.go:4)	FUNCDATA	$5, main.classify.arginfo1(SB)
	0x0012 00018 (control_flow_labels.go:4)	FUNCDATA	$6, main.classify.argliveinfo(SB)
	0x0012 00018 (control_flow_labels.go:4)	PCDATA	$3, $1
	0x0012 00018 (control_flow_labels.go:7)	MOVQ	AX, main.n+56(SP)
	0x0017 00023 (control_flow_labels.go:7)	PCDATA	$3, $-1
	0x0017 00023 (control_flow_labels.go:7)	TESTQ	AX, AX
	0x001a 00026 (control_flow_labels.go:7)	JLT	98
	0x001c 00028 (control_flow_labels.go:10)	JNE	36
	0x001e 00030 (control_flow_labels.go:10)	XORL	BX, BX
	0x0020 00032 (control_flow_labels.go:10)	XORL	CX, CX
	0x0022 00034 (control_flow_labels.go:10)	JMP	124
	0x0024 00036 (control_flow_labels.go:12)	CMPQ	AX, $100
	0x0028 00040 (control_flow_labels.go:12)	JLE	71
	0x002a 00042 (control_flow_labels.go:13)	XORL	AX, AX
	0x002c 00044 (control_flow_labels.go:13)	XORL	BX, BX
	0x002e 00046 (control_flow_labels.go:13)	XORL	CX, CX
	0x0030 00048 (control_flow_labels.go:13)	LEAQ	go:string."big "(SB), DI
	0x0037 00055 (control_flow_labels.go:13)	MOVL	$4, SI
	0x003c 00060 (control_flow_labels.go:13)	PCDATA	$1, $0
	0x003c 00060 (control_flow_labels.go:13)	NOP
	0x0040 00064 (control_flow_labels.go:13)	CALL	runtime.concatstring2(SB)
	0x0045 00069 (control_flow_labels.go:13)	JMP	152
	0x0047 00071 (control_flow_labels.go:15)	XORL	AX, AX
	0x0049 00073 (control_flow_labels.go:15)	XORL	BX, BX
	0x004b 00075 (control_flow_labels.go:15)	XORL	CX, CX
	0x004d 00077 (control_flow_labels.go:15)	LEAQ	go:string."small "(SB), DI
	0x0054 00084 (control_flow_labels.go:15)	MOVL	$6, SI
	0x0059 00089 (control_flow_labels.go:15)	CALL	runtime.concatstring2(SB)
	0x005e 00094 (control_flow_labels.go:15)	NOP
	0x0060 00096 (control_flow_labels.go:15)	JMP	152
	0x0062 00098 (control_flow_labels.go:8)	XORL	AX, AX
	0x0064 00100 (control_flow_labels.go:8)	XORL	BX, BX
	0x0066 00102 (control_flow_labels.go:8)	XORL	CX, CX
	0x0068 00104 (control_flow_labels.go:8)	LEAQ	go:string."neg "(SB), DI
	0x006f 00111 (control_flow_labels.go:8)	MOVL	$4, SI
	0x0074 00116 (control_flow_labels.go:8)	CALL	runtime.concatstring2(SB)
	0x0079 00121 (control_flow_labels.go:11)	MOVQ	AX, CX
	0x007c 00124 (control_flow_labels.go:11)	XORL	AX, AX
	0x007e 00126 (control_flow_labels.go:11)	LEAQ	go:string."nonpos "(SB), DI
	0x0085 00133 (control_flow_labels.go:11)	MOVL	$7, SI
	0x008a 00138 (control_flow_labels.go:11)	MOVQ	BX, DX
	0x008d 00141 (control_flow_labels.go:11)	MOVQ	CX, BX
	0x0090 00144 (control_flow_labels.go:11)	MOVQ	DX, CX
	0x0093 00147 (control_flow_labels.go:11)	CALL	runtime.concatstring2(SB)
	0x0098 00152 (control_flow_labels.go:17)	MOVQ	main.n+56(SP), DX
	0x009d 00157 (control_flow_labels.go:17)	MOVQ	DX, R8
	0x00a0 00160 (control_flow_labels.go:17)	SARQ	$63, DX
	0x00a4 00164 (control_flow_labels.go:17)	MOVQ	AX, CX
	0x00a7 00167 (control_flow_labels.go:17)	MOVQ	$-6148914691236517205, AX
	0x00b1 00177 (control_flow_labels.go:17)	MOVQ	DX, SI
	0x00b4 00180 (control_flow_labels.go:17)	IMULQ	R8
	0x00b7 00183 (control_flow_labels.go:17)	ADDQ	R8, DX
	0x00ba 00186 (control_flow_labels.go:17)	SARQ	$1, DX
	0x00bd 00189 (control_flow_labels.go:17)	SUBQ	SI, DX
	0x00c0 00192 (control_flow_labels.go:17)	LEAQ	(DX)(DX*2), DX
	0x00c4 00196 (control_flow_labels.go:17)	SUBQ	DX, R8
	0x00c7 00199 (control_flow_labels.go:18)	TESTQ	R8, R8
	0x00ca 00202 (control_flow_labels.go:18)	JEQ	239
	0x00cc 00204 (control_flow_labels.go:20)	JLE	270
	0x00ce 00206 (control_flow_labels.go:21)	XORL	AX, AX
	0x00d0 00208 (control_flow_labels.go:21)	LEAQ	go:string."nodiv3"(SB), DI
	0x00d7 00215 (control_flow_labels.go:21)	MOVL	$6, SI
	0x00dc 00220 (control_flow_labels.go:17)	MOVQ	BX, DX
	0x00df 00223 (control_flow_labels.go:21)	MOVQ	CX, BX
	0x00e2 00226 (control_flow_labels.go:21)	MOVQ	DX, CX
	0x00e5 00229 (control_flow_labels.go:21)	CALL	runtime.concatstring2(SB)
	0x00ea 00234 (control_flow_labels.go:23)	MOVQ	AX, CX
	0x00ed 00237 (control_flow_labels.go:21)	JMP	270
	0x00ef 00239 (control_flow_labels.go:19)	XORL	AX, AX
	0x00f1 00241 (control_flow_labels.go:19)	LEAQ	go:string."div3"(SB), DI
	0x00f8 00248 (control_flow_labels.go:19)	MOVL	$4, SI
	0x00fd 00253 (control_flow_labels.go:17)	MOVQ	BX, DX
	0x0100 00256 (control_flow_labels.go:19)	MOVQ	CX, BX
	0x0103 00259 (control_flow_labels.go:19)	MOVQ	DX, CX
	0x0106 00262 (control_flow_labels.go:19)	CALL	runtime.concatstring2(SB)
	0x010b 00267 (control_flow_labels.go:23)	MOVQ	AX, CX
	0x010e 00270 (control_flow_labels.go:23)	MOVQ	CX, AX
	0x0111 00273 (control_flow_labels.go:23)	ADDQ	$40, SP
	0x0115 00277 (control_flow_labels.go:23)	POPQ	BP
	0x0116 00278 (control_flow_labels.go:23)	RET
	0x0117 00279 (control_flow_labels.go:23)	NOP
	0x0117 00279 (control_flow_labels.go:4)	PCDATA	$1, $-1
	0x0117 00279 (control_flow_labels.go:4)	PCDATA	$0, $-2
	0x0117 00279 (control_flow_labels.go:4)	MOVQ	AX, 8(SP)
	0x011c 00284 (control_flow_labels.go:4)	NOP
	0x0120 00288 (control_flow_labels.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x0125 00293 (control_flow_labels.go:4)	PCDATA	$0, $-1
	0x0125 00293 (control_flow_labels.go:4)	MOVQ	8(SP), AX
	0x012a 00298 (control_flow_labels.go:4)	JMP	0
	0x0000 49 3b 66 10 0f 86 0d 01 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 28 48 89 44 24 38 48 85 c0 7c 46 75 06 31 db  .(H.D$8H..|Fu.1.
	0x0020 31 c9 eb 58 48 83 f8 64 7e 1d 31 c0 31 db 31 c9  1..XH..d~.1.1.1.
	0x0030 48 8d 3d 00 00 00 00 be 04 00 00 00 0f 1f 40 00  H.=...........@.
	0x0040 e8 00 00 00 00 eb 51 31 c0 31 db 31 c9 48 8d 3d  ......Q1.1.1.H.=
	0x0050 00 00 00 00 be 06 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x0060 eb 36 31 c0 31 db 31 c9 48 8d 3d 00 00 00 00 be  .61.1.1.H.=.....
	0x0070 04 00 00 00 e8 00 00 00 00 48 89 c1 31 c0 48 8d  .........H..1.H.
	0x0080 3d 00 00 00 00 be 07 00 00 00 48 89 da 48 89 cb  =.........H..H..
	0x0090 48 89 d1 e8 00 00 00 00 48 8b 54 24 38 49 89 d0  H.......H.T$8I..
	0x00a0 48 c1 fa 3f 48 89 c1 48 b8 ab aa aa aa aa aa aa  H..?H..H........
	0x00b0 aa 48 89 d6 49 f7 e8 4c 01 c2 48 d1 fa 48 29 f2  .H..I..L..H..H).
	0x00c0 48 8d 14 52 49 29 d0 4d 85 c0 74 23 7e 40 31 c0  H..RI).M..t#~@1.
	0x00d0 48 8d 3d 00 00 00 00 be 06 00 00 00 48 89 da 48  H.=.........H..H
	0x00e0 89 cb 48 89 d1 e8 00 00 00 00 48 89 c1 eb 1f 31  ..H.......H....1
	0x00f0 c0 48 8d 3d 00 00 00 00 be 04 00 00 00 48 89 da  .H.=.........H..
	0x0100 48 89 cb 48 89 d1 e8 00 00 00 00 48 89 c1 48 89  H..H.......H..H.
	0x0110 c8 48 83 c4 28 5d c3 48 89 44 24 08 0f 1f 40 00  .H..(].H.D$...@.
	0x0120 e8 00 00 00 00 48 8b 44 24 08 e9 d1 fe ff ff     .....H.D$......
	rel 51+4 t=R_PCREL go:string."big "+0
	rel 65+4 t=R_CALL runtime.concatstring2+0
	rel 80+4 t=R_PCREL go:string."small "+0
	rel 90+4 t=R_CALL runtime.concatstring2+0
	rel 107+4 t=R_PCREL go:string."neg "+0
	rel 117+4 t=R_CALL runtime.concatstring2+0
	rel 129+4 t=R_PCREL go:string."nonpos "+0
	rel 148+4 t=R_CALL runtime.concatstring2+0
	rel 211+4 t=R_PCREL go:string."nodiv3"+0
	rel 230+4 t=R_CALL runtime.concatstring2+0
	rel 244+4 t=R_PCREL go:string."div3"+0
	rel 263+4 t=R_CALL runtime.concatstring2+0
	rel 289+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=938 align=0x0 args=0x0 locals=0x90 funcid=0x0
	0x0000 00000 (control_flow_labels.go:26)	TEXT	main.main(SB), ABIInternal, $144-0
	0x0000 00000 (control_flow_labels.go:26)	LEAQ	-16(SP), R12
	0x0005 00005 (control_flow_labels.go:26)	CMPQ	R12, 16(R14)
	0x0009 00009 (control_flow_labels.go:26)	PCDATA	$0, $-2
	0x0009 00009 (control_flow_labels.go:26)	JLS	924
	0x000f 00015 (control_flow_labels.go:26)	PCDATA	$0, $-1
	0x000f 00015 (control_flow_labels.go:26)	PUSHQ	BP
	0x0010 00016 (control_flow_labels.go:26)	MOVQ	SP, BP
	0x0013 00019 (control_flow_labels.go:26)	SUBQ	$136, SP
	0x001a 00026 (control_flow_labels.go:26)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x001a 00026 (control_flow_labels.go:26)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x001a 00026 (control_flow_labels.go:27)	LEAQ	main..autotmp_13+96(SP), DX
	0x001f 00031 (control_flow_labels.go:27)	MOVUPS	X15, (DX)
	0x0023 00035 (control_flow_labels.go:27)	MOVUPS	X15, 16(DX)
	0x0028 00040 (control_flow_labels.go:27)	MOVQ	$-3, main..autotmp_13+96(SP)
	0x0031 00049 (control_flow_labels.go:27)	MOVQ	$5, main..autotmp_13+112(SP)
	0x003a 00058 (control_flow_labels.go:27)	MOVQ	$300, main..autotmp_13+120(SP)
	0x0043 00067 (control_flow_labels.go:27)	XORL	AX, AX
	0x0045 00069 (control_flow_labels.go:27)	JMP	146
	0x0047 00071 (control_flow_labels.go:28)	MOVQ	BX, main.s.len+48(SP)
	0x004c 00076 (control_flow_labels.go:28)	MOVQ	CX, main.s.ptr+128(SP)
	0x0054 00084 (control_flow_labels.go:28)	PCDATA	$1, $1
	0x0054 00084 (control_flow_labels.go:28)	CALL	runtime.printlock(SB)
	0x0059 00089 (control_flow_labels.go:28)	MOVQ	main.n+56(SP), AX
	0x005e 00094 (control_flow_labels.go:28)	NOP
	0x0060 00096 (control_flow_labels.go:28)	CALL	runtime.printint(SB)
	0x0065 00101 (control_flow_labels.go:28)	CALL	runtime.printsp(SB)
	0x006a 00106 (control_flow_labels.go:28)	MOVQ	main.s.ptr+128(SP), AX
	0x0072 00114 (control_flow_labels.go:28)	MOVQ	main.s.len+48(SP), BX
	0x0077 00119 (control_flow_labels.go:28)	PCDATA	$1, $0
	0x0077 00119 (control_flow_labels.go:28)	CALL	runtime.printstring(SB)
	0x007c 00124 (control_flow_labels.go:28)	NOP
	0x0080 00128 (control_flow_labels.go:28)	CALL	runtime.printnl(SB)
	0x0085 00133 (control_flow_labels.go:28)	CALL	runtime.printunlock(SB)
	0x008a 00138 (control_flow_labels.go:27)	MOVQ	main..autotmp_24+88(SP), AX
	0x008f 00143 (control_flow_labels.go:27)	INCQ	AX
	0x0092 00146 (control_flow_labels.go:27)	CMPQ	AX, $4
	0x0096 00150 (control_flow_labels.go:27)	JGE	433
	0x009c 00156 (control_flow_labels.go:27)	MOVQ	AX, main..autotmp_24+88(SP)
	0x00a1 00161 (control_flow_labels.go:27)	MOVQ	main..autotmp_13+96(SP)(AX*8), DX
	0x00a6 00166 (control_flow_labels.go:27)	MOVQ	DX, main.n+56(SP)
	0x00ab 00171 (<unknown line number>)	NOP
	0x00ab 00171 (control_flow_labels.go:7)	TESTQ	DX, DX
	0x00ae 00174 (control_flow_labels.go:7)	JLT	240
	0x00b0 00176 (control_flow_labels.go:10)	JNE	184
	0x00b2 00178 (control_flow_labels.go:10)	XORL	BX, BX
	0x00b4 00180 (control_flow_labels.go:10)	XORL	CX, CX
	0x00b6 00182 (control_flow_labels.go:10)	JMP	266
	0x00b8 00184 (control_flow_labels.go:12)	CMPQ	DX, $100
	0x00bc 00188 (control_flow_labels.go:12)	JLE	215
	0x00be 00190 (control_flow_labels.go:13)	XORL	AX, AX
	0x00c0 00192 (control_flow_labels.go:13)	XORL	BX, BX
	0x00c2 00194 (control_flow_labels.go:13)	XORL	CX, CX
	0x00c4 00196 (control_flow_labels.go:13)	LEAQ	go:string."big "(SB), DI
	0x00cb 00203 (control_flow_labels.go:13)	MOVL	$4, SI
	0x00d0 00208 (control_flow_labels.go:13)	CALL	runtime.concatstring2(SB)
	0x00d5 00213 (control_flow_labels.go:13)	JMP	294
	0x00d7 00215 (control_flow_labels.go:15)	XORL	AX, AX
	0x00d9 00217 (control_flow_labels.go:15)	XORL	BX, BX
	0x00db 00219 (control_flow_labels.go:15)	XORL	CX, CX
	0x00dd 00221 (control_flow_labels.go:15)	LEAQ	go:string."small "(SB), DI
	0x00e4 00228 (control_flow_labels.go:15)	MOVL	$6, SI
	0x00e9 00233 (control_flow_labels.go:15)	CALL	runtime.concatstring2(SB)
	0x00ee 00238 (control_flow_labels.go:15)	JMP	294
	0x00f0 00240 (control_flow_labels.go:8)	XORL	AX, AX
	0x00f2 00242 (control_flow_labels.go:8)	XORL	BX, BX
	0x00f4 00244 (control_flow_labels.go:8)	XORL	CX, CX
	0x00f6 00246 (control_flow_labels.go:8)	LEAQ	go:string."neg "(SB), DI
	0x00fd 00253 (control_flow_labels.go:8)	MOVL	$4, SI
	0x0102 00258 (control_flow_labels.go:8)	CALL	runtime.concatstring2(SB)
	0x0107 00263 (control_flow_labels.go:11)	MOVQ	AX, CX
	0x010a 00266 (control_flow_labels.go:11)	XORL	AX, AX
	0x010c 00268 (control_flow_labels.go:11)	LEAQ	go:string."nonpos "(SB), DI
	0x0113 00275 (control_flow_labels.go:11)	MOVL	$7, SI
	0x0118 00280 (control_flow_labels.go:11)	MOVQ	BX, DX
	0x011b 00283 (control_flow_labels.go:11)	MOVQ	CX, BX
	0x011e 00286 (control_flow_labels.go:11)	MOVQ	DX, CX
	0x0121 00289 (control_flow_labels.go:11)	CALL	runtime.concatstring2(SB)
	0x0126 00294 (control_flow_labels.go:17)	MOVQ	AX, CX
	0x0129 00297 (control_flow_labels.go:17)	MOVQ	$-6148914691236517205, AX
	0x0133 00307 (control_flow_labels.go:17)	MOVQ	main.n+56(SP), DX
	0x0138 00312 (control_flow_labels.go:27)	MOVQ	DX, SI
	0x013b 00315 (control_flow_labels.go:17)	IMULQ	DX
	0x013e 00318 (control_flow_labels.go:17)	ADDQ	SI, DX
	0x0141 00321 (control_flow_labels.go:17)	SARQ	$1, DX
	0x0144 00324 (control_flow_labels.go:17)	MOVQ	SI, R8
	0x0147 00327 (control_flow_labels.go:17)	SARQ	$63, SI
	0x014b 00331 (control_flow_labels.go:17)	SUBQ	SI, DX
	0x014e 00334 (control_flow_labels.go:17)	LEAQ	(DX)(DX*2), DX
	0x0152 00338 (control_flow_labels.go:17)	SUBQ	DX, R8
	0x0155 00341 (control_flow_labels.go:18)	TESTQ	R8, R8
	0x0158 00344 (control_flow_labels.go:18)	JEQ	397
	0x015a 00346 (control_flow_labels.go:18)	NOP
	0x0160 00352 (control_flow_labels.go:20)	JLE	71
	0x0166 00358 (control_flow_labels.go:21)	XORL	AX, AX
	0x0168 00360 (control_flow_labels.go:21)	LEAQ	go:string."nodiv3"(SB), DI
	0x016f 00367 (control_flow_labels.go:21)	MOVL	$6, SI
	0x0174 00372 (control_flow_labels.go:17)	MOVQ	BX, DX
	0x0177 00375 (control_flow_labels.go:21)	MOVQ	CX, BX
	0x017a 00378 (control_flow_labels.go:21)	MOVQ	DX, CX
	0x017d 00381 (control_flow_labels.go:21)	NOP
	0x0180 00384 (control_flow_labels.go:21)	CALL	runtime.concatstring2(SB)
	0x0185 00389 (control_flow_labels.go:28)	MOVQ	AX, CX
	0x0188 00392 (control_flow_labels.go:21)	JMP	71
	0x018d 00397 (control_flow_labels.go:19)	XORL	AX, AX
	0x018f 00399 (control_flow_labels.go:19)	LEAQ	go:string."div3"(SB), DI
	0x0196 00406 (control_flow_labels.go:19)	MOVL	$4, SI
	0x019b 00411 (control_flow_labels.go:17)	MOVQ	BX, DX
	0x019e 00414 (control_flow_labels.go:19)	MOVQ	CX, BX
	0x01a1 00417 (control_flow_labels.go:19)	MOVQ	DX, CX
	0x01a4 00420 (control_flow_labels.go:19)	CALL	runtime.concatstring2(SB)
	0x01a9 00425 (control_flow_labels.go:28)	MOVQ	AX, CX
	0x01ac 00428 (control_flow_labels.go:19)	JMP	71
	0x01b1 00433 (control_flow_labels.go:27)	MOVL	$2, CX
	0x01b6 00438 (control_flow_labels.go:27)	XORL	DX, DX
	0x01b8 00440 (control_flow_labels.go:27)	JMP	448
	0x01ba 00442 (control_flow_labels.go:33)	INCQ	CX
	0x01bd 00445 (control_flow_labels.go:33)	MOVQ	AX, DX
	0x01c0 00448 (control_flow_labels.go:33)	CMPQ	CX, $50
	0x01c4 00452 (control_flow_labels.go:33)	JGE	530
	0x01c6 00454 (control_flow_labels.go:34)	MOVL	$2, BX
	0x01cb 00459 (control_flow_labels.go:34)	JMP	470
	0x01cd 00461 (control_flow_labels.go:34)	INCQ	SI
	0x01d0 00464 (control_flow_labels.go:39)	MOVQ	BX, DX
	0x01d3 00467 (control_flow_labels.go:34)	MOVQ	SI, BX
	0x01d6 00470 (control_flow_labels.go:34)	MOVQ	BX, SI
	0x01d9 00473 (control_flow_labels.go:34)	IMULQ	BX, BX
	0x01dd 00477 (control_flow_labels.go:34)	NOP
	0x01e0 00480 (control_flow_labels.go:34)	CMPQ	CX, BX
	0x01e3 00483 (control_flow_labels.go:34)	JLT	515
	0x01e5 00485 (control_flow_labels.go:35)	TESTQ	SI, SI
	0x01e8 00488 (control_flow_labels.go:35)	JEQ	918
	0x01ee 00494 (control_flow_labels.go:35)	MOVQ	CX, AX
	0x01f1 00497 (control_flow_labels.go:33)	MOVQ	DX, BX
	0x01f4 00500 (control_flow_labels.go:35)	CQO
	0x01f6 00502 (control_flow_labels.go:35)	IDIVQ	SI
	0x01f9 00505 (control_flow_labels.go:35)	TESTQ	DX, DX
	0x01fc 00508 (control_flow_labels.go:35)	JNE	461
	0x01fe 00510 (control_flow_labels.go:33)	MOVQ	BX, AX
	0x0201 00513 (control_flow_labels.go:36)	JMP	442
	0x0203 00515 (control_flow_labels.go:39)	LEAQ	1(DX), AX
	0x0207 00519 (control_flow_labels.go:40)	CMPQ	AX, $10
	0x020b 00523 (control_flow_labels.go:40)	JNE	442
	0x020d 00525 (control_flow_labels.go:40)	JMP	866
	0x0212 00530 (control_flow_labels.go:46)	XORL	AX, AX
	0x0214 00532 (control_flow_labels.go:48)	JMP	577
	0x0216 00534 (control_flow_labels.go:48)	MOVQ	AX, main.i+72(SP)
	0x021b 00539 (control_flow_labels.go:48)	NOP
	0x0220 00544 (control_flow_labels.go:49)	CALL	runtime.printlock(SB)
	0x0225 00549 (control_flow_labels.go:49)	MOVQ	main.i+72(SP), AX
	0x022a 00554 (control_flow_labels.go:49)	CALL	runtime.printint(SB)
	0x022f 00559 (control_flow_labels.go:49)	CALL	runtime.printsp(SB)
	0x0234 00564 (control_flow_labels.go:49)	CALL	runtime.printunlock(SB)
	0x0239 00569 (control_flow_labels.go:50)	MOVQ	main.i+72(SP), AX
	0x023e 00574 (control_flow_labels.go:50)	INCQ	AX
	0x0241 00577 (control_flow_labels.go:48)	CMPQ	AX, $5
	0x0245 00581 (control_flow_labels.go:48)	JLT	534
	0x0247 00583 (control_flow_labels.go:53)	CALL	runtime.printlock(SB)
	0x024c 00588 (control_flow_labels.go:53)	CALL	runtime.printnl(SB)
	0x0251 00593 (control_flow_labels.go:53)	CALL	runtime.printunlock(SB)
	0x0256 00598 (control_flow_labels.go:53)	XORL	AX, AX
	0x0258 00600 (control_flow_labels.go:55)	JMP	653
	0x025a 00602 (control_flow_labels.go:55)	MOVQ	AX, main.k+64(SP)
	0x025f 00607 (control_flow_labels.go:55)	NOP
	0x0260 00608 (control_flow_labels.go:56)	CALL	runtime.printlock(SB)
	0x0265 00613 (control_flow_labels.go:56)	MOVQ	main.k+64(SP), AX
	0x026a 00618 (control_flow_labels.go:56)	MOVQ	AX, CX
	0x026d 00621 (control_flow_labels.go:56)	IMULQ	CX, AX
	0x0271 00625 (control_flow_labels.go:56)	CALL	runtime.printint(SB)
	0x0276 00630 (control_flow_labels.go:56)	CALL	runtime.printsp(SB)
	0x027b 00635 (control_flow_labels.go:56)	NOP
	0x0280 00640 (control_flow_labels.go:56)	CALL	runtime.printunlock(SB)
	0x0285 00645 (control_flow_labels.go:55)	MOVQ	main.k+64(SP), AX
	0x028a 00650 (control_flow_labels.go:55)	INCQ	AX
	0x028d 00653 (control_flow_labels.go:55)	CMPQ	AX, $4
	0x0291 00657 (control_flow_labels.go:55)	JLT	602
	0x0293 00659 (control_flow_labels.go:58)	CALL	runtime.printlock(SB)
	0x0298 00664 (control_flow_labels.go:58)	CALL	runtime.printnl(SB)
	0x029d 00669 (control_flow_labels.go:58)	NOP
	0x02a0 00672 (control_flow_labels.go:58)	CALL	runtime.printunlock(SB)
	0x02a5 00677 (control_flow_labels.go:61)	XORL	AX, AX
	0x02a7 00679 (control_flow_labels.go:61)	JMP	684
	0x02a9 00681 (<unknown line number>)	MOVQ	CX, AX
	0x02ac 00684 (control_flow_labels.go:62)	LEAQ	1(AX), CX
	0x02b0 00688 (control_flow_labels.go:63)	MOVQ	$7905747460161236407, DX
	0x02ba 00698 (control_flow_labels.go:63)	IMULQ	AX, DX
	0x02be 00702 (control_flow_labels.go:63)	MOVQ	$-9223372036854775808, BX
	0x02c8 00712 (control_flow_labels.go:63)	ADDQ	BX, DX
	0x02cb 00715 (control_flow_labels.go:63)	MOVQ	$2635249153387078802, SI
	0x02d5 00725 (control_flow_labels.go:63)	CMPQ	SI, DX
	0x02d8 00728 (control_flow_labels.go:63)	JCS	775
	0x02da 00730 (control_flow_labels.go:63)	MOVQ	$-3689348814741910323, DX
	0x02e4 00740 (control_flow_labels.go:63)	IMULQ	DX, AX
	0x02e8 00744 (control_flow_labels.go:63)	MOVQ	$-1844674407370955162, DI
	0x02f2 00754 (control_flow_labels.go:63)	ADDQ	DI, AX
	0x02f5 00757 (control_flow_labels.go:63)	MOVQ	$3689348814741910322, R8
	0x02ff 00767 (control_flow_labels.go:63)	NOP
	0x0300 00768 (control_flow_labels.go:63)	CMPQ	R8, AX
	0x0303 00771 (control_flow_labels.go:63)	JCS	681
	0x0305 00773 (control_flow_labels.go:63)	JMP	807
	0x0307 00775 (control_flow_labels.go:63)	MOVQ	$-3689348814741910323, DX
	0x0311 00785 (control_flow_labels.go:63)	MOVQ	$-1844674407370955162, DI
	0x031b 00795 (control_flow_labels.go:63)	MOVQ	$3689348814741910322, R8
	0x0325 00805 (control_flow_labels.go:63)	JMP	681
	0x0327 00807 (control_flow_labels.go:62)	MOVQ	CX, main.x+40(SP)
	0x032c 00812 (control_flow_labels.go:67)	CALL	runtime.printlock(SB)
	0x0331 00817 (control_flow_labels.go:67)	LEAQ	go:string."first multiple of 35: "(SB), AX
	0x0338 00824 (control_flow_labels.go:67)	MOVL	$22, BX
	0x033d 00829 (control_flow_labels.go:67)	NOP
	0x0340 00832 (control_flow_labels.go:67)	CALL	runtime.printstring(SB)
	0x0345 00837 (control_flow_labels.go:67)	MOVQ	main.x+40(SP), AX
	0x034a 00842 (control_flow_labels.go:67)	CALL	runtime.printint(SB)
	0x034f 00847 (control_flow_labels.go:67)	CALL	runtime.printnl(SB)
	0x0354 00852 (control_flow_labels.go:67)	CALL	runtime.printunlock(SB)
	0x0359 00857 (control_flow_labels.go:68)	ADDQ	$136, SP
	0x0360 00864 (control_flow_labels.go:68)	POPQ	BP
	0x0361 00865 (control_flow_labels.go:68)	RET
	0x0362 00866 (control_flow_labels.go:33)	MOVQ	CX, main.i+80(SP)
	0x0367 00871 (control_flow_labels.go:41)	CALL	runtime.printlock(SB)
	0x036c 00876 (control_flow_labels.go:41)	LEAQ	go:string."10th prime "(SB), AX
	0x0373 00883 (control_flow_labels.go:41)	MOVL	$11, BX
	0x0378 00888 (control_flow_labels.go:41)	CALL	runtime.printstring(SB)
	0x037d 00893 (control_flow_labels.go:41)	MOVQ	main.i+80(SP), AX
	0x0382 00898 (control_flow_labels.go:41)	CALL	runtime.printint(SB)
	0x0387 00903 (control_flow_labels.go:41)	CALL	runtime.printnl(SB)
	0x038c 00908 (control_flow_labels.go:41)	CALL	runtime.printunlock(SB)
	0x0391 00913 (control_flow_labels.go:42)	JMP	530
	0x0396 00918 (control_flow_labels.go:35)	CALL	runtime.panicdivide(SB)
	0x039b 00923 (control_flow_labels.go:35)	XCHGL	AX, AX
	0x039c 00924 (control_flow_labels.go:35)	NOP
	0x039c 00924 (control_flow_labels.go:26)	PCDATA	$1, $-1
	0x039c 00924 (control_flow_labels.go:26)	PCDATA	$0, $-2
	0x039c 00924 (control_flow_labels.go:26)	NOP
	0x03a0 00928 (control_flow_labels.go:26)	CALL	runtime.morestack_noctxt(SB)
	0x03a5 00933 (control_flow_labels.go:26)	PCDATA	$0, $-1
	0x03a5 00933 (control_flow_labels.go:26)	JMP	0
	0x0000 4c 8d 64 24 f0 4d 3b 66 10 0f 86 8d 03 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec 88 00 00 00 48 8d 54 24 60 44  H..H......H.T$`D
	0x0020 0f 11 3a 44 0f 11 7a 10 48 c7 44 24 60 fd ff ff  ..:D..z.H.D$`...
	0x0030 ff 48 c7 44 24 70 05 00 00 00 48 c7 44 24 78 2c  .H.D$p....H.D$x,
	0x0040 01 00 00 31 c0 eb 4b 48 89 5c 24 30 48 89 8c 24  ...1..KH.\$0H..$
	0x0050 80 00 00 00 e8 00 00 00 00 48 8b 44 24 38 66 90  .........H.D$8f.
	0x0060 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 80 00  ..........H..$..
	0x0070 00 00 48 8b 5c 24 30 e8 00 00 00 00 0f 1f 40 00  ..H.\$0.......@.
	0x0080 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 58 48  ..........H.D$XH
	0x0090 ff c0 48 83 f8 04 0f 8d 15 01 00 00 48 89 44 24  ..H.........H.D$
	0x00a0 58 48 8b 54 c4 60 48 89 54 24 38 48 85 d2 7c 40  XH.T.`H.T$8H..|@
	0x00b0 75 06 31 db 31 c9 eb 52 48 83 fa 64 7e 19 31 c0  u.1.1..RH..d~.1.
	0x00c0 31 db 31 c9 48 8d 3d 00 00 00 00 be 04 00 00 00  1.1.H.=.........
	0x00d0 e8 00 00 00 00 eb 4f 31 c0 31 db 31 c9 48 8d 3d  ......O1.1.1.H.=
	0x00e0 00 00 00 00 be 06 00 00 00 e8 00 00 00 00 eb 36  ...............6
	0x00f0 31 c0 31 db 31 c9 48 8d 3d 00 00 00 00 be 04 00  1.1.1.H.=.......
	0x0100 00 00 e8 00 00 00 00 48 89 c1 31 c0 48 8d 3d 00  .......H..1.H.=.
	0x0110 00 00 00 be 07 00 00 00 48 89 da 48 89 cb 48 89  ........H..H..H.
	0x0120 d1 e8 00 00 00 00 48 89 c1 48 b8 ab aa aa aa aa  ......H..H......
	0x0130 aa aa aa 48 8b 54 24 38 48 89 d6 48 f7 ea 48 01  ...H.T$8H..H..H.
	0x0140 f2 48 d1 fa 49 89 f0 48 c1 fe 3f 48 29 f2 48 8d  .H..I..H..?H).H.
	0x0150 14 52 49 29 d0 4d 85 c0 74 33 66 0f 1f 44 00 00  .RI).M..t3f..D..
	0x0160 0f 8e e1 fe ff ff 31 c0 48 8d 3d 00 00 00 00 be  ......1.H.=.....
	0x0170 06 00 00 00 48 89 da 48 89 cb 48 89 d1 0f 1f 00  ....H..H..H.....
	0x0180 e8 00 00 00 00 48 89 c1 e9 ba fe ff ff 31 c0 48  .....H.......1.H
	0x0190 8d 3d 00 00 00 00 be 04 00 00 00 48 89 da 48 89  .=.........H..H.
	0x01a0 cb 48 89 d1 e8 00 00 00 00 48 89 c1 e9 96 fe ff  .H.......H......
	0x01b0 ff b9 02 00 00 00 31 d2 eb 06 48 ff c1 48 89 c2  ......1...H..H..
	0x01c0 48 83 f9 32 7d 4c bb 02 00 00 00 eb 09 48 ff c6  H..2}L.......H..
	0x01d0 48 89 da 48 89 f3 48 89 de 48 0f af db 0f 1f 00  H..H..H..H......
	0x01e0 48 39 d9 7c 1e 48 85 f6 0f 84 a8 01 00 00 48 89  H9.|.H........H.
	0x01f0 c8 48 89 d3 48 99 48 f7 fe 48 85 d2 75 cf 48 89  .H..H.H..H..u.H.
	0x0200 d8 eb b7 48 8d 42 01 48 83 f8 0a 75 ad e9 50 01  ...H.B.H...u..P.
	0x0210 00 00 31 c0 eb 2b 48 89 44 24 48 0f 1f 44 00 00  ..1..+H.D$H..D..
	0x0220 e8 00 00 00 00 48 8b 44 24 48 e8 00 00 00 00 e8  .....H.D$H......
	0x0230 00 00 00 00 e8 00 00 00 00 48 8b 44 24 48 48 ff  .........H.D$HH.
	0x0240 c0 48 83 f8 05 7c cf e8 00 00 00 00 e8 00 00 00  .H...|..........
	0x0250 00 e8 00 00 00 00 31 c0 eb 33 48 89 44 24 40 90  ......1..3H.D$@.
	0x0260 e8 00 00 00 00 48 8b 44 24 40 48 89 c1 48 0f af  .....H.D$@H..H..
	0x0270 c1 e8 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0280 e8 00 00 00 00 48 8b 44 24 40 48 ff c0 48 83 f8  .....H.D$@H..H..
	0x0290 04 7c c7 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  .|..............
	0x02a0 e8 00 00 00 00 31 c0 eb 03 48 89 c8 48 8d 48 01  .....1...H..H.H.
	0x02b0 48 ba b7 6d db b6 6d db b6 6d 48 0f af d0 48 bb  H..m..m..mH...H.
	0x02c0 00 00 00 00 00 00 00 80 48 01 da 48 be 92 24 49  ........H..H..$I
	0x02d0 92 24 49 92 24 48 39 d6 72 2d 48 ba cd cc cc cc  .$I.$H9.r-H.....
	0x02e0 cc cc cc cc 48 0f af c2 48 bf 66 66 66 66 66 66  ....H...H.ffffff
	0x02f0 66 e6 48 01 f8 49 b8 32 33 33 33 33 33 33 33 90  f.H..I.23333333.
	0x0300 49 39 c0 72 a4 eb 20 48 ba cd cc cc cc cc cc cc  I9.r.. H........
	0x0310 cc 48 bf 66 66 66 66 66 66 66 e6 49 b8 32 33 33  .H.fffffff.I.233
	0x0320 33 33 33 33 33 eb 82 48 89 4c 24 28 e8 00 00 00  33333..H.L$(....
	0x0330 00 48 8d 05 00 00 00 00 bb 16 00 00 00 0f 1f 00  .H..............
	0x0340 e8 00 00 00 00 48 8b 44 24 28 e8 00 00 00 00 e8  .....H.D$(......
	0x0350 00 00 00 00 e8 00 00 00 00 48 81 c4 88 00 00 00  .........H......
	0x0360 5d c3 48 89 4c 24 50 e8 00 00 00 00 48 8d 05 00  ].H.L$P.....H...
	0x0370 00 00 00 bb 0b 00 00 00 e8 00 00 00 00 48 8b 44  .............H.D
	0x0380 24 50 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00  $P..............
	0x0390 00 e9 7c fe ff ff e8 00 00 00 00 90 0f 1f 40 00  ..|...........@.
	0x03a0 e8 00 00 00 00 e9 56 fc ff ff                    ......V...
	rel 85+4 t=R_CALL runtime.printlock+0
	rel 97+4 t=R_CALL runtime.printint+0
	rel 102+4 t=R_CALL runtime.printsp+0
	rel 120+4 t=R_CALL runtime.printstring+0
	rel 129+4 t=R_CALL runtime.printnl+0
	rel 134+4 t=R_CALL runtime.printunlock+0
	rel 199+4 t=R_PCREL go:string."big "+0
	rel 209+4 t=R_CALL runtime.concatstring2+0
	rel 224+4 t=R_PCREL go:string."small "+0
	rel 234+4 t=R_CALL runtime.concatstring2+0
	rel 249+4 t=R_PCREL go:string."neg "+0
	rel 259+4 t=R_CALL runtime.concatstring2+0
	rel 271+4 t=R_PCREL go:string."nonpos "+0
	rel 290+4 t=R_CALL runtime.concatstring2+0
	rel 363+4 t=R_PCREL go:string."nodiv3"+0
	rel 385+4 t=R_CALL runtime.concatstring2+0
	rel 402+4 t=R_PCREL go:string."div3"+0
	rel 421+4 t=R_CALL runtime.concatstring2+0
	rel 545+4 t=R_CALL runtime.printlock+0
	rel 555+4 t=R_CALL runtime.printint+0
	rel 560+4 t=R_CALL runtime.printsp+0
	rel 565+4 t=R_CALL runtime.printunlock+0
	rel 584+4 t=R_CALL runtime.printlock+0
	rel 589+4 t=R_CALL runtime.printnl+0
	rel 594+4 t=R_CALL runtime.printunlock+0
	rel 609+4 t=R_CALL runtime.printlock+0
	rel 626+4 t=R_CALL runtime.printint+0
	rel 631+4 t=R_CALL runtime.printsp+0
	rel 641+4 t=R_CALL runtime.printunlock+0
	rel 660+4 t=R_CALL runtime.printlock+0
	rel 665+4 t=R_CALL runtime.printnl+0
	rel 673+4 t=R_CALL runtime.printunlock+0
	rel 813+4 t=R_CALL runtime.printlock+0
	rel 820+4 t=R_PCREL go:string."first multiple of 35: "+0
	rel 833+4 t=R_CALL runtime.printstring+0
	rel 843+4 t=R_CALL runtime.printint+0
	rel 848+4 t=R_CALL runtime.printnl+0
	rel 853+4 t=R_CALL runtime.printunlock+0
	rel 872+4 t=R_CALL runtime.printlock+0
	rel 879+4 t=R_PCREL go:string."10th prime "+0
	rel 889+4 t=R_CALL runtime.printstring+0
	rel 899+4 t=R_CALL runtime.printint+0
	rel 904+4 t=R_CALL runtime.printnl+0
	rel 909+4 t=R_CALL runtime.printunlock+0
	rel 919+4 t=R_CALL runtime.panicdivide+0
	rel 929+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.classify$abstract SDWARFABSFCN dupok size=35 align=0x0
	0x0000 05 6d 61 69 6e 2e 63 6c 61 73 73 69 66 79 00 01  .main.classify..
	0x0010 04 01 22 6e 00 00 00 00 00 00 21 73 00 05 00 00  .."n......!s....
	0x0020 00 00 00                                         ...
	rel 22+4 t=R_DWARFSECREF go:info.int+0
	rel 30+4 t=R_DWARFSECREF go:info.string+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."neg " SRODATA dupok size=4 align=0x1
	0x0000 6e 65 67 20                                      neg 
go:string."nonpos " SRODATA dupok size=7 align=0x1
	0x0000 6e 6f 6e 70 6f 73 20                             nonpos 
go:string."big " SRODATA dupok size=4 align=0x1
	0x0000 62 69 67 20                                      big 
go:string."small " SRODATA dupok size=6 align=0x1
	0x0000 73 6d 61 6c 6c 20                                small 
go:string."div3" SRODATA dupok size=4 align=0x1
	0x0000 64 69 76 33                                      div3
go:string."nodiv3" SRODATA dupok size=6 align=0x1
	0x0000 6e 6f 64 69 76 33                                nodiv3
go:string."10th prime" SRODATA dupok size=10 align=0x1
	0x0000 31 30 74 68 20 70 72 69 6d 65                    10th prime
go:string."10th prime " SRODATA dupok size=11 align=0x1
	0x0000 31 30 74 68 20 70 72 69 6d 65 20                 10th prime 
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
go:string."first multiple of 35:" SRODATA dupok size=21 align=0x1
	0x0000 66 69 72 73 74 20 6d 75 6c 74 69 70 6c 65 20 6f  first multiple o
	0x0010 66 20 33 35 3a                                   f 35:
go:string."first multiple of 35: " SRODATA dupok size=22 align=0x1
	0x0000 66 69 72 73 74 20 6d 75 6c 74 69 70 6c 65 20 6f  first multiple o
	0x0010 66 20 33 35 3a 20                                f 35: 
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.classify.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.classify.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
