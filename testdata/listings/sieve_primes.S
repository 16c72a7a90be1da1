funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (sieve_primes.go:37)	TEXT	main.main(SB), ABIInternal, $520-0
     0        00000 (sieve_primes.go:37)	TEXT	main.main(SB), ABIInternal, $520-0
     0     -1 00000 (sieve_primes.go:37)	LEAQ	-392(SP), R12
     8        00008 (sieve_primes.go:37)	CMPQ	R12, 16(R14)
     c        00012 (sieve_primes.go:37)	PCDATA	$0, $-2
     c        00012 (sieve_primes.go:37)	JLS	926
    12        00018 (sieve_primes.go:37)	PCDATA	$0, $-1
    12        00018 (sieve_primes.go:37)	PUSHQ	BP
    13        00019 (sieve_primes.go:37)	MOVQ	SP, BP
    16        00022 (sieve_primes.go:37)	SUBQ	$512, SP
    1d        00029 (sieve_primes.go:37)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1d        00029 (sieve_primes.go:37)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1d        00029 (sieve_primes.go:39)	XCHGL	AX, AX
    1e      0 00030 (sieve_primes.go:39)	LEAQ	type:bool(SB), AX
    25        00037 (sieve_primes.go:39)	MOVL	$200001, BX
    2a        00042 (sieve_primes.go:39)	MOVL	BX, CX
    2c        00044 (sieve_primes.go:39)	PCDATA	$1, $0
    2c        00044 (sieve_primes.go:39)	CALL	runtime.makeslice(SB)
    31        00049 (sieve_primes.go:39)	MOVL	$2, DX
    36        00054 (sieve_primes.go:39)	JMP	60
    38        00056 (sieve_primes.go:39)	LEAQ	1(CX), DX
    3c        00060 (sieve_primes.go:39)	MOVQ	DX, CX
    3f        00063 (sieve_primes.go:39)	IMULQ	DX, DX
    43        00067 (sieve_primes.go:39)	CMPQ	DX, $200000
    4a        00074 (sieve_primes.go:39)	JGT	133
    4c        00076 (sieve_primes.go:39)	CMPQ	CX, $200001
    53        00083 (sieve_primes.go:39)	JCC	915
    59        00089 (sieve_primes.go:39)	MOVBLZX	(CX)(AX*1), BX
    5d        00093 (sieve_primes.go:39)	NOP
    60        00096 (sieve_primes.go:39)	TESTB	BL, BL
    62        00098 (sieve_primes.go:39)	JNE	56
    64        00100 (sieve_primes.go:39)	JMP	109
    66        00102 (sieve_primes.go:39)	MOVB	$1, (AX)(DX*1)
    6a        00106 (sieve_primes.go:39)	ADDQ	CX, DX
    6d        00109 (sieve_primes.go:39)	CMPQ	DX, $200000
    74        00116 (sieve_primes.go:39)	JGT	56
    76        00118 (sieve_primes.go:39)	CMPQ	DX, $200001
    7d        00125 (sieve_primes.go:39)	JCS	102
    7f        00127 (sieve_primes.go:39)	NOP
    80        00128 (sieve_primes.go:39)	JMP	905
    85     -1 00133 (sieve_primes.go:41)	LEAQ	main.gaps+24(SP), CX
    8a        00138 (sieve_primes.go:41)	MOVL	$6, DX
    8f        00143 (sieve_primes.go:41)	MOVUPS	X15, (CX)
    93        00147 (sieve_primes.go:41)	MOVUPS	X15, 16(CX)
    98        00152 (sieve_primes.go:41)	MOVUPS	X15, 32(CX)
    9d        00157 (sieve_primes.go:41)	MOVUPS	X15, 48(CX)
    a2        00162 (sieve_primes.go:41)	ADDQ	$64, CX
    a6        00166 (sieve_primes.go:41)	DECL	DX
    a8        00168 (sieve_primes.go:41)	JNE	143
    aa        00170 (sieve_primes.go:41)	MOVUPS	X15, (CX)
    ae        00174 (sieve_primes.go:42)	XORL	CX, CX
    b0        00176 (sieve_primes.go:42)	MOVL	$2, DX
    b5        00181 (sieve_primes.go:42)	XORL	BX, BX
    b7        00183 (sieve_primes.go:42)	JMP	192
    b9        00185 (sieve_primes.go:42)	LEAQ	1(CX), DX
    bd        00189 (sieve_primes.go:42)	MOVQ	SI, CX
    c0        00192 (sieve_primes.go:42)	CMPQ	DX, $200000
    c7        00199 (sieve_primes.go:42)	JGT	258
    c9        00201 (sieve_primes.go:43)	MOVBLZX	(DX)(AX*1), SI
    cd        00205 (sieve_primes.go:43)	TESTB	SIB, SIB
    d0        00208 (sieve_primes.go:43)	JEQ	218
    d2        00210 (<unknown line number>)	MOVQ	CX, SI
    d5        00213 (sieve_primes.go:42)	MOVQ	DX, CX
    d8        00216 (sieve_primes.go:43)	JMP	185
    da        00218 (sieve_primes.go:44)	TESTQ	CX, CX
    dd        00221 (sieve_primes.go:44)	JLE	245
    df        00223 (sieve_primes.go:45)	MOVQ	DX, SI
    e2        00226 (sieve_primes.go:45)	SUBQ	CX, DX
    e5        00229 (sieve_primes.go:45)	CMPQ	DX, $100
    e9        00233 (sieve_primes.go:45)	JCC	895
    ef        00239 (sieve_primes.go:45)	INCL	main.gaps+24(SP)(DX*4)
    f3        00243 (sieve_primes.go:45)	JMP	248
    f5        00245 (<unknown line number>)	MOVQ	DX, SI
    f8        00248 (sieve_primes.go:47)	INCQ	BX
    fb        00251 (sieve_primes.go:42)	MOVQ	SI, CX
    fe        00254 (sieve_primes.go:42)	NOP
   100        00256 (sieve_primes.go:48)	JMP	185
   102        00258 (sieve_primes.go:42)	MOVQ	BX, main.count+432(SP)
   10a        00266 (sieve_primes.go:42)	MOVQ	CX, main.last+424(SP)
   112        00274 (sieve_primes.go:51)	CALL	runtime.printlock(SB)
   117        00279 (sieve_primes.go:51)	LEAQ	go:string."primes "(SB), AX
   11e        00286 (sieve_primes.go:51)	MOVL	$7, BX
   123        00291 (sieve_primes.go:51)	CALL	runtime.printstring(SB)
   128        00296 (sieve_primes.go:51)	MOVQ	main.count+432(SP), AX
   130        00304 (sieve_primes.go:51)	CALL	runtime.printint(SB)
   135        00309 (sieve_primes.go:51)	LEAQ	go:string." largest "(SB), AX
   13c        00316 (sieve_primes.go:51)	MOVL	$9, BX
   141        00321 (sieve_primes.go:51)	CALL	runtime.printstring(SB)
   146        00326 (sieve_primes.go:51)	MOVQ	main.last+424(SP), AX
   14e        00334 (sieve_primes.go:51)	CALL	runtime.printint(SB)
   153        00339 (sieve_primes.go:51)	CALL	runtime.printnl(SB)
   158        00344 (sieve_primes.go:51)	CALL	runtime.printunlock(SB)
   15d        00349 (sieve_primes.go:52)	MOVLQSX	main.gaps+32(SP), AX
   162        00354 (sieve_primes.go:52)	MOVQ	AX, main..autotmp_41+504(SP)
   16a        00362 (sieve_primes.go:52)	MOVLQSX	main.gaps+40(SP), AX
   16f        00367 (sieve_primes.go:52)	MOVQ	AX, main..autotmp_42+496(SP)
   177        00375 (sieve_primes.go:52)	MOVLQSX	main.gaps+48(SP), AX
   17c        00380 (sieve_primes.go:52)	MOVQ	AX, main..autotmp_43+488(SP)
   184        00388 (sieve_primes.go:52)	CALL	runtime.printlock(SB)
   189        00393 (sieve_primes.go:52)	LEAQ	go:string."gap2 "(SB), AX
   190        00400 (sieve_primes.go:52)	MOVL	$5, BX
   195        00405 (sieve_primes.go:52)	CALL	runtime.printstring(SB)
   19a        00410 (sieve_primes.go:52)	MOVQ	main..autotmp_41+504(SP), AX
   1a2        00418 (sieve_primes.go:52)	CALL	runtime.printint(SB)
   1a7        00423 (sieve_primes.go:52)	LEAQ	go:string." gap4 "(SB), AX
   1ae        00430 (sieve_primes.go:52)	MOVL	$6, BX
   1b3        00435 (sieve_primes.go:52)	CALL	runtime.printstring(SB)
   1b8        00440 (sieve_primes.go:52)	MOVQ	main..autotmp_42+496(SP), AX
   1c0        00448 (sieve_primes.go:52)	CALL	runtime.printint(SB)
   1c5        00453 (sieve_primes.go:52)	LEAQ	go:string." gap6 "(SB), AX
   1cc        00460 (sieve_primes.go:52)	MOVL	$6, BX
   1d1        00465 (sieve_primes.go:52)	CALL	runtime.printstring(SB)
   1d6        00470 (sieve_primes.go:52)	MOVQ	main..autotmp_43+488(SP), AX
   1de        00478 (sieve_primes.go:52)	NOP
   1e0        00480 (sieve_primes.go:52)	CALL	runtime.printint(SB)
   1e5        00485 (sieve_primes.go:52)	CALL	runtime.printnl(SB)
   1ea        00490 (sieve_primes.go:52)	CALL	runtime.printunlock(SB)
   1ef        00495 (<unknown line number>)	NOP
   1ef      1 00495 (sieve_primes.go:53)	MOVL	$1071, AX
   1f4        00500 (sieve_primes.go:53)	MOVL	$462, CX
   1f9        00505 (sieve_primes.go:53)	JMP	536
   1fb        00507 (sieve_primes.go:53)	NOP
   200        00512 (sieve_primes.go:53)	CMPQ	CX, $-1
   204        00516 (sieve_primes.go:53)	JNE	525
   206        00518 (sieve_primes.go:53)	NEGQ	AX
   209        00521 (sieve_primes.go:53)	XORL	DX, DX
   20b        00523 (sieve_primes.go:53)	JMP	530
   20d        00525 (sieve_primes.go:53)	CQO
   20f        00527 (sieve_primes.go:53)	IDIVQ	CX
   212        00530 (sieve_primes.go:53)	MOVQ	CX, AX
   215        00533 (sieve_primes.go:53)	MOVQ	DX, CX
   218        00536 (sieve_primes.go:53)	TESTQ	CX, CX
   21b        00539 (sieve_primes.go:53)	JNE	512
   21d        00541 (<unknown line number>)	NOP
   21d      2 00541 (sieve_primes.go:53)	MOVL	$5, CX
   222        00546 (sieve_primes.go:53)	MOVL	$17, DX
   227        00551 (sieve_primes.go:53)	JMP	589
   229      1 00553 (sieve_primes.go:53)	MOVQ	AX, BX
   22c      2 00556 (sieve_primes.go:53)	MOVQ	DX, AX
   22f        00559 (sieve_primes.go:53)	CMPQ	CX, $-1
   233        00563 (sieve_primes.go:53)	JNE	572
   235        00565 (sieve_primes.go:53)	NEGQ	AX
   238        00568 (sieve_primes.go:53)	XORL	DX, DX
   23a        00570 (sieve_primes.go:53)	JMP	577
   23c        00572 (sieve_primes.go:53)	CQO
   23e        00574 (sieve_primes.go:53)	IDIVQ	CX
   241     -1 00577 (sieve_primes.go:53)	MOVQ	BX, AX
   244      2 00580 (sieve_primes.go:53)	MOVQ	CX, SI
   247        00583 (sieve_primes.go:53)	MOVQ	DX, CX
   24a        00586 (sieve_primes.go:53)	MOVQ	SI, DX
   24d        00589 (sieve_primes.go:53)	TESTQ	CX, CX
   250        00592 (sieve_primes.go:53)	JNE	553
   252        00594 (<unknown line number>)	NOP
   252      3 00594 (sieve_primes.go:53)	XORL	CX, CX
   254        00596 (sieve_primes.go:53)	MOVL	$9, BX
   259        00601 (sieve_primes.go:53)	JMP	645
   25b      1 00603 (sieve_primes.go:53)	MOVQ	AX, SI
   25e      3 00606 (sieve_primes.go:53)	MOVQ	CX, AX
   261      2 00609 (sieve_primes.go:53)	MOVQ	DX, CX
   264      3 00612 (sieve_primes.go:53)	CMPQ	BX, $-1
   268        00616 (sieve_primes.go:53)	JNE	625
   26a        00618 (sieve_primes.go:53)	NEGQ	AX
   26d        00621 (sieve_primes.go:53)	XORL	DX, DX
   26f        00623 (sieve_primes.go:53)	JMP	630
   271        00625 (sieve_primes.go:53)	CQO
   273        00627 (sieve_primes.go:53)	IDIVQ	BX
   276     -1 00630 (sieve_primes.go:53)	MOVQ	SI, AX
   279        00633 (sieve_primes.go:53)	MOVQ	DX, DI
   27c        00636 (sieve_primes.go:53)	MOVQ	CX, DX
   27f      3 00639 (sieve_primes.go:53)	MOVQ	BX, CX
   282        00642 (sieve_primes.go:53)	MOVQ	DI, BX
   285        00645 (sieve_primes.go:53)	TESTQ	BX, BX
   288        00648 (sieve_primes.go:53)	JNE	603
   28a        00650 (sieve_primes.go:53)	MOVQ	CX, main.a+440(SP)
   292      2 00658 (sieve_primes.go:53)	MOVQ	DX, main.a+448(SP)
   29a      1 00666 (sieve_primes.go:53)	MOVQ	AX, main.a+456(SP)
   2a2     -1 00674 (sieve_primes.go:53)	CALL	runtime.printlock(SB)
   2a7        00679 (sieve_primes.go:53)	MOVQ	main.a+456(SP), AX
   2af        00687 (sieve_primes.go:53)	CALL	runtime.printint(SB)
   2b4        00692 (sieve_primes.go:53)	CALL	runtime.printsp(SB)
   2b9        00697 (sieve_primes.go:53)	MOVQ	main.a+448(SP), AX
   2c1        00705 (sieve_primes.go:53)	CALL	runtime.printint(SB)
   2c6        00710 (sieve_primes.go:53)	CALL	runtime.printsp(SB)
   2cb        00715 (sieve_primes.go:53)	MOVQ	main.a+440(SP), AX
   2d3        00723 (sieve_primes.go:53)	CALL	runtime.printint(SB)
   2d8        00728 (sieve_primes.go:53)	CALL	runtime.printnl(SB)
   2dd        00733 (sieve_primes.go:53)	NOP
   2e0        00736 (sieve_primes.go:53)	CALL	runtime.printunlock(SB)
   2e5        00741 (sieve_primes.go:54)	MOVL	$2, AX
   2ea        00746 (sieve_primes.go:54)	MOVL	$10, BX
   2ef        00751 (sieve_primes.go:54)	MOVL	$1000, CX
   2f4        00756 (sieve_primes.go:54)	CALL	main.modpow(SB)
   2f9        00761 (sieve_primes.go:54)	MOVQ	AX, main..autotmp_44+480(SP)
   301        00769 (sieve_primes.go:54)	MOVL	$3, AX
   306        00774 (sieve_primes.go:54)	MOVL	$1000000, BX
   30b        00779 (sieve_primes.go:54)	MOVL	$1000000007, CX
   310        00784 (sieve_primes.go:54)	CALL	main.modpow(SB)
   315        00789 (sieve_primes.go:54)	MOVQ	AX, main..autotmp_45+472(SP)
   31d        00797 (sieve_primes.go:54)	MOVL	$7, AX
   322        00802 (sieve_primes.go:54)	XORL	BX, BX
   324        00804 (sieve_primes.go:54)	MOVL	$13, CX
   329        00809 (sieve_primes.go:54)	CALL	main.modpow(SB)
   32e        00814 (sieve_primes.go:54)	MOVQ	AX, main..autotmp_46+464(SP)
   336        00822 (sieve_primes.go:54)	CALL	runtime.printlock(SB)
   33b        00827 (sieve_primes.go:54)	MOVQ	main..autotmp_44+480(SP), AX
   343        00835 (sieve_primes.go:54)	CALL	runtime.printuint(SB)
   348        00840 (sieve_primes.go:54)	CALL	runtime.printsp(SB)
   34d        00845 (sieve_primes.go:54)	MOVQ	main..autotmp_45+472(SP), AX
   355        00853 (sieve_primes.go:54)	CALL	runtime.printuint(SB)
   35a        00858 (sieve_primes.go:54)	CALL	runtime.printsp(SB)
   35f        00863 (sieve_primes.go:54)	MOVQ	main..autotmp_46+464(SP), AX
   367        00871 (sieve_primes.go:54)	CALL	runtime.printuint(SB)
   36c        00876 (sieve_primes.go:54)	CALL	runtime.printnl(SB)
   371        00881 (sieve_primes.go:54)	CALL	runtime.printunlock(SB)
   376        00886 (sieve_primes.go:55)	ADDQ	$512, SP
   37d        00893 (sieve_primes.go:55)	POPQ	BP
   37e        00894 (sieve_primes.go:55)	RET
   37f        00895 (sieve_primes.go:45)	MOVQ	$100, AX
   384        00900 (sieve_primes.go:45)	PCDATA	$4, $207
   384        00900 (sieve_primes.go:45)	CALL	runtime.panicBounds(SB)
   389      0 00905 (sieve_primes.go:39)	MOVQ	$200001, AX
   38e        00910 (sieve_primes.go:39)	PCDATA	$4, $207
   38e        00910 (sieve_primes.go:39)	CALL	runtime.panicBounds(SB)
   393        00915 (sieve_primes.go:39)	MOVQ	$200001, AX
   398        00920 (sieve_primes.go:39)	PCDATA	$4, $135
   398        00920 (sieve_primes.go:39)	CALL	runtime.panicBounds(SB)
   39d        00925 (sieve_primes.go:39)	XCHGL	AX, AX
   39e        00926 (sieve_primes.go:39)	NOP
   39e        00926 (sieve_primes.go:37)	PCDATA	$1, $-1
   39e        00926 (sieve_primes.go:37)	PCDATA	$0, $-2
   39e     -1 00926 (sieve_primes.go:37)	NOP
   3a0        00928 (sieve_primes.go:37)	CALL	runtime.morestack_noctxt(SB)
   3a5        00933 (sieve_primes.go:37)	PCDATA	$0, $-1
   3a5        00933 (sieve_primes.go:37)	JMP	0
   3aa done
wrote 45 bytes to 0x0
 00 1e 02 67 01 ea 02 04 2e 02 0c 01 03 02 15 05 03 06 0e 02 09 03 03 04 03 01 03 02 12 07 09 08 13 01 08 01 08 03 e7 01 02 15 01 0c 00
-- inlining tree for main.main:
0 | -1 | main.sieve (sieve_primes.go:39:12) pc=29
1 | -1 | main.gcd (sieve_primes.go:53:13) pc=577
2 | -1 | main.gcd (sieve_primes.go:53:29) pc=577
3 | -1 | main.gcd (sieve_primes.go:53:41) pc=577
--
funcpctab main.sieve [valfunc=pctoinline]
     0     -1 00000 (sieve_primes.go:4)	TEXT	main.sieve(SB), ABIInternal, $40-8
     0        00000 (sieve_primes.go:4)	TEXT	main.sieve(SB), ABIInternal, $40-8
     0     -1 00000 (sieve_primes.go:4)	CMPQ	SP, 16(R14)
     4        00004 (sieve_primes.go:4)	PCDATA	$0, $-2
     4        00004 (sieve_primes.go:4)	JLS	145
     a        00010 (sieve_primes.go:4)	PCDATA	$0, $-1
     a        00010 (sieve_primes.go:4)	PUSHQ	BP
     b        00011 (sieve_primes.go:4)	MOVQ	SP, BP
     e        00014 (sieve_primes.go:4)	SUBQ	$32, SP
    12        00018 (sieve_primes.go:4)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (sieve_primes.go:4)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (sieve_primes.go:4)	FUNCDATA	$5, main.sieve.arginfo1(SB)
    12        00018 (sieve_primes.go:4)	FUNCDATA	$6, main.sieve.argliveinfo(SB)
    12        00018 (sieve_primes.go:4)	PCDATA	$3, $1
    12        00018 (sieve_primes.go:6)	MOVQ	AX, main.n+48(SP)
    17        00023 (sieve_primes.go:6)	PCDATA	$3, $-1
    17        00023 (sieve_primes.go:5)	LEAQ	1(AX), CX
    1b        00027 (sieve_primes.go:5)	MOVQ	CX, main.composite.len+24(SP)
    20        00032 (sieve_primes.go:5)	LEAQ	type:bool(SB), AX
    27        00039 (sieve_primes.go:5)	MOVQ	CX, BX
    2a        00042 (sieve_primes.go:5)	PCDATA	$1, $0
    2a        00042 (sieve_primes.go:5)	CALL	runtime.makeslice(SB)
    2f        00047 (sieve_primes.go:6)	MOVL	$2, DX
    34        00052 (sieve_primes.go:6)	MOVQ	main.n+48(SP), SI
    39        00057 (sieve_primes.go:6)	MOVQ	main.composite.len+24(SP), DI
    3e        00062 (sieve_primes.go:6)	NOP
    40        00064 (sieve_primes.go:6)	JMP	70
    42        00066 (sieve_primes.go:6)	LEAQ	1(R8), DX
    46        00070 (sieve_primes.go:6)	MOVQ	DX, R8
    49        00073 (sieve_primes.go:6)	IMULQ	DX, DX
    4d        00077 (sieve_primes.go:6)	CMPQ	SI, DX
    50        00080 (sieve_primes.go:6)	JLT	122
    52        00082 (sieve_primes.go:7)	CMPQ	R8, DI
    55        00085 (sieve_primes.go:7)	JCC	139
    57        00087 (sieve_primes.go:7)	MOVBLZX	(AX)(R8*1), R9
    5c        00092 (sieve_primes.go:7)	NOP
    60        00096 (sieve_primes.go:7)	TESTB	R9B, R9B
    63        00099 (sieve_primes.go:7)	JNE	66
    65        00101 (sieve_primes.go:7)	JMP	110
    67        00103 (sieve_primes.go:9)	MOVB	$1, (AX)(DX*1)
    6b        00107 (sieve_primes.go:8)	ADDQ	R8, DX
    6e        00110 (sieve_primes.go:8)	CMPQ	SI, DX
    71        00113 (sieve_primes.go:8)	JLT	66
    73        00115 (sieve_primes.go:9)	CMPQ	DX, DI
    76        00118 (sieve_primes.go:9)	JCS	103
    78        00120 (sieve_primes.go:9)	JMP	134
    7a        00122 (sieve_primes.go:13)	MOVQ	DI, BX
    7d        00125 (sieve_primes.go:13)	MOVQ	BX, CX
    80        00128 (sieve_primes.go:13)	ADDQ	$32, SP
    84        00132 (sieve_primes.go:13)	POPQ	BP
    85        00133 (sieve_primes.go:13)	RET
    86        00134 (sieve_primes.go:9)	PCDATA	$4, $8271
    86        00134 (sieve_primes.go:9)	CALL	runtime.panicBounds(SB)
    8b        00139 (sieve_primes.go:7)	PCDATA	$4, $8703
    8b        00139 (sieve_primes.go:7)	CALL	runtime.panicBounds(SB)
    90        00144 (sieve_primes.go:7)	XCHGL	AX, AX
    91        00145 (sieve_primes.go:7)	NOP
    91        00145 (sieve_primes.go:4)	PCDATA	$1, $-1
    91        00145 (sieve_primes.go:4)	PCDATA	$0, $-2
    91        00145 (sieve_primes.go:4)	MOVQ	AX, 8(SP)
    96        00150 (sieve_primes.go:4)	CALL	runtime.morestack_noctxt(SB)
    9b        00155 (sieve_primes.go:4)	PCDATA	$0, $-1
    9b        00155 (sieve_primes.go:4)	MOVQ	8(SP), AX
    a0        00160 (sieve_primes.go:4)	JMP	0
    a5 done
wrote 4 bytes to 0x0
 00 a5 01 00
funcpctab main.modpow [valfunc=pctoinline]
     0     -1 00000 (sieve_primes.go:24)	TEXT	main.modpow(SB), NOSPLIT|ABIInternal, $8-24
     0        00000 (sieve_primes.go:24)	TEXT	main.modpow(SB), NOSPLIT|ABIInternal, $8-24
     0     -1 00000 (sieve_primes.go:24)	PUSHQ	BP
     1        00001 (sieve_primes.go:24)	MOVQ	SP, BP
     4        00004 (sieve_primes.go:24)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     4        00004 (sieve_primes.go:24)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     4        00004 (sieve_primes.go:24)	FUNCDATA	$5, main.modpow.arginfo1(SB)
     4        00004 (sieve_primes.go:24)	FUNCDATA	$6, main.modpow.argliveinfo(SB)
     4        00004 (sieve_primes.go:24)	PCDATA	$3, $1
     4        00004 (sieve_primes.go:26)	TESTQ	CX, CX
     7        00007 (sieve_primes.go:26)	JEQ	83
     9        00009 (sieve_primes.go:26)	XORL	DX, DX
     b        00011 (sieve_primes.go:26)	DIVQ	CX
     e        00014 (sieve_primes.go:27)	MOVL	$1, SI
    13        00019 (sieve_primes.go:27)	JMP	39
    15        00021 (sieve_primes.go:31)	IMULQ	SI, SI
    19        00025 (sieve_primes.go:31)	MOVQ	SI, AX
    1c        00028 (sieve_primes.go:31)	MOVQ	DX, SI
    1f        00031 (sieve_primes.go:31)	XORL	DX, DX
    21        00033 (sieve_primes.go:31)	DIVQ	CX
    24        00036 (sieve_primes.go:32)	SHRQ	$1, BX
    27        00039 (sieve_primes.go:27)	TESTQ	BX, BX
    2a        00042 (sieve_primes.go:27)	JLS	78
    2c        00044 (sieve_primes.go:28)	BTL	$0, BX
    30        00048 (sieve_primes.go:28)	JCC	67
    32        00050 (sieve_primes.go:29)	IMULQ	DX, SI
    36        00054 (sieve_primes.go:29)	MOVQ	SI, AX
    39        00057 (sieve_primes.go:27)	MOVQ	DX, SI
    3c        00060 (sieve_primes.go:29)	XORL	DX, DX
    3e        00062 (sieve_primes.go:29)	DIVQ	CX
    41        00065 (sieve_primes.go:29)	JMP	21
    43        00067 (sieve_primes.go:31)	MOVQ	SI, AX
    46        00070 (sieve_primes.go:31)	MOVQ	DX, SI
    49        00073 (sieve_primes.go:31)	MOVQ	AX, DX
    4c        00076 (sieve_primes.go:28)	JMP	21
    4e        00078 (sieve_primes.go:34)	MOVQ	SI, AX
    51        00081 (sieve_primes.go:34)	POPQ	BP
    52        00082 (sieve_primes.go:34)	RET
    53        00083 (sieve_primes.go:26)	PCDATA	$1, $0
    53        00083 (sieve_primes.go:26)	CALL	runtime.panicdivide(SB)
    58        00088 (sieve_primes.go:26)	XCHGL	AX, AX
    59 done
wrote 3 bytes to 0x0
 00 59 00
funcpctab main.gcd [valfunc=pctoinline]
     0     -1 00000 (sieve_primes.go:16)	TEXT	main.gcd(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (sieve_primes.go:16)	TEXT	main.gcd(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (sieve_primes.go:16)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (sieve_primes.go:16)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (sieve_primes.go:16)	FUNCDATA	$5, main.gcd.arginfo1(SB)
     0        00000 (sieve_primes.go:16)	FUNCDATA	$6, main.gcd.argliveinfo(SB)
     0        00000 (sieve_primes.go:16)	PCDATA	$3, $1
     0     -1 00000 (sieve_primes.go:17)	JMP	26
     2        00002 (sieve_primes.go:18)	CMPQ	BX, $-1
     6        00006 (sieve_primes.go:18)	JNE	15
     8        00008 (sieve_primes.go:18)	NEGQ	AX
     b        00011 (sieve_primes.go:18)	XORL	DX, DX
     d        00013 (sieve_primes.go:18)	JMP	20
     f        00015 (sieve_primes.go:18)	CQO
    11        00017 (sieve_primes.go:18)	IDIVQ	BX
    14        00020 (sieve_primes.go:17)	MOVQ	BX, AX
    17        00023 (sieve_primes.go:17)	MOVQ	DX, BX
    1a        00026 (sieve_primes.go:17)	TESTQ	BX, BX
    1d        00029 (sieve_primes.go:17)	JNE	2
    1f        00031 (sieve_primes.go:17)	NOP
    20        00032 (sieve_primes.go:20)	RET
    21 done
wrote 3 bytes to 0x0
 00 21 00
main.sieve STEXT size=165 align=0x0 args=0x8 locals=0x28 funcid=0x0
	0x0000 00000 (sieve_primes.go:4)	TEXT	main.sieve(SB), ABIInternal, $40-8
	0x0000 00000 (sieve_primes.go:4)	CMPQ	SP, 16(R14)
	0x0004 00004 (sieve_primes.go:4)	PCDATA	$0, $-2
	0x0004 00004 (sieve_primes.go:4)	JLS	145
	0x000a 00010 (sieve_primes.go:4)	PCDATA	$0, $-1
	0x000a 00010 (sieve_primes.go:4)	PUSHQ	BP
	0x000b 00011 (sieve_primes.go:4)	MOVQ	SP, BP
	0x000e 00014 (sieve_primes.go:4)	SUBQ	$32, SP
	0x0012 00018 (sieve_primes.go:4)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (sieve_primes.go:4)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (sieve_primes.go:4)	FUNCDATA	$5, main.sieve.arginfo1(SB)
	0x0012 00018 (sieve_primes.go:4)	FUNCDATA	$6, main.sieve.argliveinfo(SB)
	0x0012 00018 (sieve_primes.go:4)	PCDATA	$3, $1
	0x0012 00018 (sieve_primes.go:6)	MOVQ	AX, main.n+48(SP)
	0x0017 00023 (sieve_primes.go:6)	PCDATA	$3, $-1
	0x0017 00023 (sieve_primes.go:5)	LEAQ	1(AX), CX
	0x001b 00027 (sieve_primes.go:5)	MOVQ	CX, main.composite.len+24(SP)
	0x0020 00032 (sieve_primes.go:5)	LEAQ	type:bool(SB), AX
	0x0027 00039 (sieve_primes.go:5)	MOVQ	CX, BX
	0x002a 00042 (sieve_primes.go:5)	PCDATA	$1, $0
	0x002a 00042 (sieve_primes.go:5)	CALL	runtime.makeslice(SB)
	0x002f 00047 (sieve_primes.go:6)	MOVL	$2, DX
	0x0034 00052 (sieve_primes.go:6)	MOVQ	main.n+48(SP), SI
	0x0039 00057 (sieve_primes.go:6)	MOVQ	main.composite.len+24(SP), DI
	0x003e 00062 (sieve_primes.go:6)	NOP
	0x0040 00064 (sieve_primes.go:6)	JMP	70
	0x0042 00066 (sieve_primes.go:6)	LEAQ	1(R8), DX
	0x0046 00070 (sieve_primes.go:6)	MOVQ	DX, R8
	0x0049 00073 (sieve_primes.go:6)	IMULQ	DX, DX
	0x004d 00077 (sieve_primes.go:6)	CMPQ	SI, DX
	0x0050 00080 (sieve_primes.go:6)	JLT	122
	0x0052 00082 (sieve_primes.go:7)	CMPQ	R8, DI
	0x0055 00085 (sieve_primes.go:7)	JCC	139
	0x0057 00087 (sieve_primes.go:7)	MOVBLZX	(AX)(R8*1), R9
	0x005c 00092 (sieve_primes.go:7)	NOP
	0x0060 00096 (sieve_primes.go:7)	TESTB	R9B, R9B
	0x0063 00099 (sieve_primes.go:7)	JNE	66
	0x0065 00101 (sieve_primes.go:7)	JMP	110
	0x0067 00103 (sieve_primes.go:9)	MOVB	$1, (AX)(DX*1)
	0x006b 00107 (sieve_primes.go:8)	ADDQ	R8, DX
	0x006e 00110 (sieve_primes.go:8)	CMPQ	SI, DX
	0x0071 00113 (sieve_primes.go:8)	JLT	66
	0x0073 00115 (sieve_primes.go:9)	CMPQ	DX, DI
	0x0076 00118 (sieve_primes.go:9)	JCS	103
	0x0078 00120 (sieve_primes.go:9)	JMP	134
	0x007a 00122 (sieve_primes.go:13)	MOVQ	DI, BX
	0x007d 00125 (sieve_primes.go:13)	MOVQ	BX, CX
	0x0080 00128 (sieve_primes.go:13)	ADDQ	$32, SP
	0x0084 00132 (sieve_primes.go:13)	POPQ	BP
	0x0085 00133 (sieve_primes.go:13)	RET
	0x0086 00134 (sieve_primes.go:9)	PCDATA	$4, $8271
	0x0086 00134 (sieve_primes.go:9)	CALL	runtime.panicBounds(SB)
	0x008b 00139 (sieve_primes.go:7)	PCDATA	$4, $8703
	0x008b 00139 (sieve_primes.go:7)	CALL	runtime.panicBounds(SB)
	0x0090 00144 (sieve_primes.go:7)	XCHGL	AX, AX
	0x0091 00145 (sieve_primes.go:7)	NOP
	0x0091 00145 (sieve_primes.go:4)	PCDATA	$1, $-1
	0x0091 00145 (sieve_primes.go:4)	PCDATA	$0, $-2
	0x0091 00145 (sieve_primes.go:4)	MOVQ	AX, 8(SP)
	0x0096 00150 (sieve_primes.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x009b 00155 (sieve_primes.go:4)	PCDATA	$0, $-1
	0x009b 00155 (sieve_primes.go:4)	MOVQ	8(SP), AX
	0x00a0 00160 (sieve_primes.go:4)	JMP	0
	0x0000 49 3b 66 10 0f 86 87 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 20 48 89 44 24 30 48 8d 48 01 48 89 4c 24 18  . H.D$0H.H.H.L$.
	0x0020 48 8d 05 00 00 00 00 48 89 cb e8 00 00 00 00 ba  H......H........
	0x0030 02 00 00 00 48 8b 74 24 30 48 8b 7c 24 18 66 90  ....H.t$0H.|$.f.
	0x0040 eb 04 49 8d 50 01 49 89 d0 48 0f af d2 48 39 d6  ..I.P.I..H...H9.
	0x0050 7c 28 49 39 f8 73 34 46 0f b6 0c 00 0f 1f 40 00  |(I9.s4F......@.
	0x0060 45 84 c9 75 dd eb 07 c6 04 10 01 4c 01 c2 48 39  E..u.......L..H9
	0x0070 d6 7c cf 48 39 fa 72 ef eb 0c 48 89 fb 48 89 d9  .|.H9.r...H..H..
	0x0080 48 83 c4 20 5d c3 e8 00 00 00 00 e8 00 00 00 00  H.. ]...........
	0x0090 90 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08  .H.D$......H.D$.
	0x00a0 e9 5b ff ff ff                                   .[...
	rel 35+4 t=R_PCREL type:bool+0
	rel 43+4 t=R_CALL runtime.makeslice+0
	rel 135+4 t=R_CALL runtime.panicBounds+0
	rel 140+4 t=R_CALL runtime.panicBounds+0
	rel 151+4 t=R_CALL runtime.morestack_noctxt+0
main.gcd STEXT nosplit size=33 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (sieve_primes.go:16)	TEXT	main.gcd(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (sieve_primes.go:16)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (sieve_primes.go:16)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (sieve_primes.go:16)	FUNCDATA	$5, main.gcd.arginfo1(SB)
	0x0000 00000 (sieve_primes.go:16)	FUNCDATA	$6, main.gcd.argliveinfo(SB)
	0x0000 00000 (sieve_primes.go:16)	PCDATA	$3, $1
	0x0000 00000 (sieve_primes.go:17)	JMP	26
	0x0002 00002 (sieve_primes.go:18)	CMPQ	BX, $-1
	0x0006 00006 (sieve_primes.go:18)	JNE	15
	0x0008 00008 (sieve_primes.go:18)	NEGQ	AX
	0x000b 00011 (sieve_primes.go:18)	XORL	DX, DX
	0x000d 00013 (sieve_primes.go:18)	JMP	20
	0x000f 00015 (sieve_primes.go:18)	CQO
	0x0011 00017 (sieve_primes.go:18)	IDIVQ	BX
	0x0014 00020 (sieve_primes.go:17)	MOVQ	BX, AX
	0x0017 00023 (sieve_primes.go:17)	MOVQ	DX, BX
	0x001a 00026 (sieve_primes.go:17)	TESTQ	BX, BX
	0x001d 00029 (sieve_primes.go:17)	JNE	2
	0x001f 00031 (sieve_primes.go:17)	NOP
	0x0020 00032 (sieve_primes.go:20)	RET
	0x0000 eb 18 48 83 fb ff 75 07 48 f7 d8 31 d2 eb 05 48  ..H...u.H..1...H
	0x0010 99 48 f7 fb 48 89 d8 48 89 d3 48 85 db 75 e3 90  .H..H..H..H..u..
	0x0020 c3                                               .
main.modpow STEXT nosplit size=89 align=0x0 args=0x18 locals=0x8 funcid=0x0
	0x0000 00000 (sieve_primes.go:24)	TEXT	main.modpow(SB), NOSPLIT|ABIInternal, $8-24
	0x0000 00000 (sieve_primes.go:24)	PUSHQ	BP
	0x0001 00001 (sieve_primes.go:24)	MOVQ	SP, BP
	0x0004 00004 (sieve_primes.go:24)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (sieve_primes.go:24)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (sieve_primes.go:24)	FUNCDATA	$5, main.modpow.arginfo1(SB)
	0x0004 00004 (sieve_primes.go:24)	FUNCDATA	$6, main.modpow.argliveinfo(SB)
	0x0004 00004 (sieve_primes.go:24)	PCDATA	$3, $1
	0x0004 00004 (sieve_primes.go:26)	TESTQ	CX, CX
	0x0007 00007 (sieve_primes.go:26)	JEQ	83
	0x0009 00009 (sieve_primes.go:26)	XORL	DX, DX
	0x000b 00011 (sieve_primes.go:26)	DIVQ	CX
	0x000e 00014 (sieve_primes.go:27)	MOVL	$1, SI
	0x0013 00019 (sieve_primes.go:27)	JMP	39
	0x0015 00021 (sieve_primes.go:31)	IMULQ	SI, SI
	0x0019 00025 (sieve_primes.go:31)	MOVQ	SI, AX
	0x001c 00028 (sieve_primes.go:31)	MOVQ	DX, SI
	0x001f 00031 (sieve_primes.go:31)	XORL	DX, DX
	0x0021 00033 (sieve_primes.go:31)	DIVQ	CX
	0x0024 00036 (sieve_primes.go:32)	SHRQ	$1, BX
	0x0027 00039 (sieve_primes.go:27)	TESTQ	BX, BX
	0x002a 00042 (sieve_primes.go:27)	JLS	78
	0x002c 00044 (sieve_primes.go:28)	BTL	$0, BX
	0x0030 00048 (sieve_primes.go:28)	JCC	67
	0x0032 00050 (sieve_primes.go:29)	IMULQ	DX, SI
	0x0036 00054 (sieve_primes.go:29)	MOVQ	SI, AX
	0x0039 00057 (sieve_primes.go:27)	MOVQ	DX, SI
	0x003c 00060 (sieve_primes.go:29)	XORL	DX, DX
	0x003e 00062 (sieve_primes.go:29)	DIVQ	CX
	0x0041 00065 (sieve_primes.go:29)	JMP	21
	0x0043 00067 (sieve_primes.go:31)	MOVQ	SI, AX
	0x0046 00070 (sieve_primes.go:31)	MOVQ	DX, SI
	0x0049 00073 (sieve_primes.go:31)	MOVQ	AX, DX
	0x004c 00076 (sieve_primes.go:28)	JMP	21
	0x004e 00078 (sieve_primes.go:34)	MOVQ	SI, AX
	0x0051 00081 (sieve_primes.go:34)	POPQ	BP
	0x0052 00082 (sieve_primes.go:34)	RET
	0x0053 00083 (sieve_primes.go:26)	PCDATA	$1, $0
	0x0053 00083 (sieve_primes.go:26)	CALL	runtime.panicdivide(SB)
	0x0058 00088 (sieve_primes.go:26)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c9 74 4a 31 d2 48 f7 f1 be 01  UH..H..tJ1.H....
	0x0010 00 00 00 eb 12 48 0f af f6 48 89 f0 48 89 d6 31  .....H...H..H..1
	0x0020 d2 48 f7 f1 48 d1 eb 48 85 db 76 22 0f ba e3 00  .H..H..H..v"....
	0x0030 73 11 48 0f af f2 48 89 f0 48 89 d6 31 d2 48 f7  s.H...H..H..1.H.
	0x0040 f1 eb d2 48 89 f0 48 89 d6 48 89 c2 eb c7 48 89  ...H..H..H....H.
	0x0050 f0 5d c3 e8 00 00 00 00 90                       .].......
	rel 84+4 t=R_CALL runtime.panicdivide+0
main.main STEXT size=938 align=0x0 args=0x0 locals=0x208 funcid=0x0
	0x0000 00000 (sieve_primes.go:37)	TEXT	main.main(SB), ABIInternal, $520-0
	0x0000 00000 (sieve_primes.go:37)	LEAQ	-392(SP), R12
	0x0008 00008 (sieve_primes.go:37)	CMPQ	R12, 16(R14)
	0x000c 00012 (sieve_primes.go:37)	PCDATA	$0, $-2
	0x000c 00012 (sieve_primes.go:37)	JLS	926
	0x0012 00018 (sieve_primes.go:37)	PCDATA	$0, $-1
	0x0012 00018 (sieve_primes.go:37)	PUSHQ	BP
	0x0013 00019 (sieve_primes.go:37)	MOVQ	SP, BP
	0x0016 00022 (sieve_primes.go:37)	SUBQ	$512, SP
	0x001d 00029 (sieve_primes.go:37)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (sieve_primes.go:37)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (sieve_primes.go:39)	XCHGL	AX, AX
	0x001e 00030 (sieve_primes.go:5)	LEAQ	type:bool(SB), AX
	0x0025 00037 (sieve_primes.go:5)	MOVL	$200001, BX
	0x002a 00042 (sieve_primes.go:5)	MOVL	BX, CX
	0x002c 00044 (sieve_primes.go:5)	PCDATA	$1, $0
	0x002c 00044 (sieve_primes.go:5)	CALL	runtime.makeslice(SB)
	0x0031 00049 (sieve_primes.go:6)	MOVL	$2, DX
	0x0036 00054 (sieve_primes.go:6)	JMP	60
	0x0038 00056 (sieve_primes.go:6)	LEAQ	1(CX), DX
	0x003c 00060 (sieve_primes.go:6)	MOVQ	DX, CX
	0x003f 00063 (sieve_primes.go:6)	IMULQ	DX, DX
	0x0043 00067 (sieve_primes.go:6)	CMPQ	DX, $200000
	0x004a 00074 (sieve_primes.go:6)	JGT	133
	0x004c 00076 (sieve_primes.go:7)	CMPQ	CX, $200001
	0x0053 00083 (sieve_primes.go:7)	JCC	915
	0x0059 00089 (sieve_primes.go:7)	MOVBLZX	(CX)(AX*1), BX
	0x005d 00093 (sieve_primes.go:7)	NOP
	0x0060 00096 (sieve_primes.go:7)	TESTB	BL, BL
	0x0062 00098 (sieve_primes.go:7)	JNE	56
	0x0064 00100 (sieve_primes.go:7)	JMP	109
	0x0066 00102 (sieve_primes.go:9)	MOVB	$1, (AX)(DX*1)
	0x006a 00106 (sieve_primes.go:8)	ADDQ	CX, DX
	0x006d 00109 (sieve_primes.go:8)	CMPQ	DX, $200000
	0x0074 00116 (sieve_primes.go:8)	JGT	56
	0x0076 00118 (sieve_primes.go:9)	CMPQ	DX, $200001
	0x007d 00125 (sieve_primes.go:9)	JCS	102
	0x007f 00127 (sieve_primes.go:9)	NOP
	0x0080 00128 (sieve_primes.go:9)	JMP	905
	0x0085 00133 (sieve_primes.go:41)	LEAQ	main.gaps+24(SP), CX
	0x008a 00138 (sieve_primes.go:41)	MOVL	$6, DX
	0x008f 00143 (sieve_primes.go:41)	MOVUPS	X15, (CX)
	0x0093 00147 (sieve_primes.go:41)	MOVUPS	X15, 16(CX)
	0x0098 00152 (sieve_primes.go:41)	MOVUPS	X15, 32(CX)
	0x009d 00157 (sieve_primes.go:41)	MOVUPS	X15, 48(CX)
	0x00a2 00162 (sieve_primes.go:41)	ADDQ	$64, CX
	0x00a6 00166 (sieve_primes.go:41)	DECL	DX
	0x00a8 00168 (sieve_primes.go:41)	JNE	143
	0x00aa 00170 (sieve_primes.go:41)	MOVUPS	X15, (CX)
	0x00ae 00174 (sieve_primes.go:42)	XORL	CX, CX
	0x00b0 00176 (sieve_primes.go:42)	MOVL	$2, DX
	0x00b5 00181 (sieve_primes.go:42)	XORL	BX, BX
	0x00b7 00183 (sieve_primes.go:42)	JMP	192
	0x00b9 00185 (sieve_primes.go:42)	LEAQ	1(CX), DX
	0x00bd 00189 (sieve_primes.go:42)	MOVQ	SI, CX
	0x00c0 00192 (sieve_primes.go:42)	CMPQ	DX, $200000
	0x00c7 00199 (sieve_primes.go:42)	JGT	258
	0x00c9 00201 (sieve_primes.go:43)	MOVBLZX	(DX)(AX*1), SI
	0x00cd 00205 (sieve_primes.go:43)	TESTB	SIB, SIB
	0x00d0 00208 (sieve_primes.go:43)	JEQ	218
	0x00d2 00210 (<unknown line number>)	MOVQ	CX, SI
	0x00d5 00213 (sieve_primes.go:42)	MOVQ	DX, CX
	0x00d8 00216 (sieve_primes.go:43)	JMP	185
	0x00da 00218 (sieve_primes.go:44)	TESTQ	CX, CX
	0x00dd 00221 (sieve_primes.go:44)	JLE	245
	0x00df 00223 (sieve_primes.go:45)	MOVQ	DX, SI
	0x00e2 00226 (sieve_primes.go:45)	SUBQ	CX, DX
	0x00e5 00229 (sieve_primes.go:45)	CMPQ	DX, $100
	0x00e9 00233 (sieve_primes.go:45)	JCC	895
	0x00ef 00239 (sieve_primes.go:45)	INCL	main.gaps+24(SP)(DX*4)
	0x00f3 00243 (sieve_primes.go:45)	JMP	248
	0x00f5 00245 (<unknown line number>)	MOVQ	DX, SI
	0x00f8 00248 (sieve_primes.go:47)	INCQ	BX
	0x00fb 00251 (sieve_primes.go:42)	MOVQ	SI, CX
	0x00fe 00254 (sieve_primes.go:42)	NOP
	0x0100 00256 (sieve_primes.go:48)	JMP	185
	0x0102 00258 (sieve_primes.go:42)	MOVQ	BX, main.count+432(SP)
	0x010a 00266 (sieve_primes.go:42)	MOVQ	CX, main.last+424(SP)
	0x0112 00274 (sieve_primes.go:51)	CALL	runtime.printlock(SB)
	0x0117 00279 (sieve_primes.go:51)	LEAQ	go:string."primes "(SB), AX
	0x011e 00286 (sieve_primes.go:51)	MOVL	$7, BX
	0x0123 00291 (sieve_primes.go:51)	CALL	runtime.printstring(SB)
	0x0128 00296 (sieve_primes.go:51)	MOVQ	main.count+432(SP), AX
	0x0130 00304 (sieve_primes.go:51)	CALL	runtime.printint(SB)
	0x0135 00309 (sieve_primes.go:51)	LEAQ	go:string." largest "(SB), AX
	0x013c 00316 (sieve_primes.go:51)	MOVL	$9, BX
	0x0141 00321 (sieve_primes.go:51)	CALL	runtime.printstring(SB)
	0x0146 00326 (sieve_primes.go:51)	MOVQ	main.last+424(SP), AX
	0x014e 00334 (sieve_primes.go:51)	CALL	runtime.printint(SB)
	0x0153 00339 (sieve_primes.go:51)	CALL	runtime.printnl(SB)
	0x0158 00344 (sieve_primes.go:51)	CALL	runtime.printunlock(SB)
	0x015d 00349 (sieve_primes.go:52)	MOVLQSX	main.gaps+32(SP), AX
	0x0162 00354 (sieve_primes.go:52)	MOVQ	AX, main..autotmp_41+504(SP)
	0x016a 00362 (sieve_primes.go:52)	MOVLQSX	main.gaps+40(SP), AX
	0x016f 00367 (sieve_primes.go:52)	MOVQ	AX, main..autotmp_42+496(SP)
	0x0177 00375 (sieve_primes.go:52)	MOVLQSX	main.gaps+48(SP), AX
	0x017c 00380 (sieve_primes.go:52)	MOVQ	AX, main..autotmp_43+488(SP)
	0x0184 00388 (sieve_primes.go:52)	CALL	runtime.printlock(SB)
	0x0189 00393 (sieve_primes.go:52)	LEAQ	go:string."gap2 "(SB), AX
	0x0190 00400 (sieve_primes.go:52)	MOVL	$5, BX
	0x0195 00405 (sieve_primes.go:52)	CALL	runtime.printstring(SB)
	0x019a 00410 (sieve_primes.go:52)	MOVQ	main..autotmp_41+504(SP), AX
	0x01a2 00418 (sieve_primes.go:52)	CALL	runtime.printint(SB)
	0x01a7 00423 (sieve_primes.go:52)	LEAQ	go:string." gap4 "(SB), AX
	0x01ae 00430 (sieve_primes.go:52)	MOVL	$6, BX
	0x01b3 00435 (sieve_primes.go:52)	CALL	runtime.printstring(SB)
	0x01b8 00440 (sieve_primes.go:52)	MOVQ	main..autotmp_42+496(SP), AX
	0x01c0 00448 (sieve_primes.go:52)	CALL	runtime.printint(SB)
	0x01c5 00453 (sieve_primes.go:52)	LEAQ	go:string." gap6 "(SB), AX
	0x01cc 00460 (sieve_primes.go:52)	MOVL	$6, BX
	0x01d1 00465 (sieve_primes.go:52)	CALL	runtime.printstring(SB)
	0x01d6 00470 (sieve_primes.go:52)	MOVQ	main..autotmp_43+488(SP), AX
	0x01de 00478 (sieve_primes.go:52)	NOP
	0x01e0 00480 (sieve_primes.go:52)	CALL	runtime.printint(SB)
	0x01e5 00485 (sieve_primes.go:52)	CALL	runtime.printnl(SB)
	0x01ea 00490 (sieve_primes.go:52)	CALL	runtime.printunlock(SB)
	0x01ef 00495 (<unknown line number>)	NOP
	0x01ef 00495 (sieve_primes.go:17)	MOVL	$1071, AX
	0x01f4 00500 (sieve_primes.go:17)	MOVL	$462, CX
	0x01f9 00505 (sieve_primes.go:17)	JMP	536
	0x01fb 00507 (sieve_primes.go:17)	NOP
	0x0200 00512 (sieve_primes.go:18)	CMPQ	CX, $-1
	0x0204 00516 (sieve_primes.go:18)	JNE	525
	0x0206 00518 (sieve_primes.go:18)	NEGQ	AX
	0x0209 00521 (sieve_primes.go:18)	XORL	DX, DX
	0x020b 00523 (sieve_primes.go:18)	JMP	530
	0x020d 00525 (sieve_primes.go:18)	CQO
	0x020f 00527 (sieve_primes.go:18)	IDIVQ	CX
	0x0212 00530 (sieve_primes.go:17)	MOVQ	CX, AX
	0x0215 00533 (sieve_primes.go:17)	MOVQ	DX, CX
	0x0218 00536 (sieve_primes.go:17)	TESTQ	CX, CX
	0x021b 00539 (sieve_primes.go:17)	JNE	512
	0x021d 00541 (<unknown line number>)	NOP
	0x021d 00541 (sieve_primes.go:17)	MOVL	$5, CX
	0x0222 00546 (sieve_primes.go:17)	MOVL	$17, DX
	0x0227 00551 (sieve_primes.go:17)	JMP	589
	0x0229 00553 (sieve_primes.go:17)	MOVQ	AX, BX
	0x022c 00556 (sieve_primes.go:18)	MOVQ	DX, AX
	0x022f 00559 (sieve_primes.go:18)	CMPQ	CX, $-1
	0x0233 00563 (sieve_primes.go:18)	JNE	572
	0x0235 00565 (sieve_primes.go:18)	NEGQ	AX
	0x0238 00568 (sieve_primes.go:18)	XORL	DX, DX
	0x023a 00570 (sieve_primes.go:18)	JMP	577
	0x023c 00572 (sieve_primes.go:18)	CQO
	0x023e 00574 (sieve_primes.go:18)	IDIVQ	CX
	0x0241 00577 (sieve_primes.go:53)	MOVQ	BX, AX
	0x0244 00580 (sieve_primes.go:17)	MOVQ	CX, SI
	0x0247 00583 (sieve_primes.go:17)	MOVQ	DX, CX
	0x024a 00586 (sieve_primes.go:17)	MOVQ	SI, DX
	0x024d 00589 (sieve_primes.go:17)	TESTQ	CX, CX
	0x0250 00592 (sieve_primes.go:17)	JNE	553
	0x0252 00594 (<unknown line number>)	NOP
	0x0252 00594 (sieve_primes.go:17)	XORL	CX, CX
	0x0254 00596 (sieve_primes.go:17)	MOVL	$9, BX
	0x0259 00601 (sieve_primes.go:17)	JMP	645
	0x025b 00603 (sieve_primes.go:17)	MOVQ	AX, SI
	0x025e 00606 (sieve_primes.go:18)	MOVQ	CX, AX
	0x0261 00609 (sieve_primes.go:17)	MOVQ	DX, CX
	0x0264 00612 (sieve_primes.go:18)	CMPQ	BX, $-1
	0x0268 00616 (sieve_primes.go:18)	JNE	625
	0x026a 00618 (sieve_primes.go:18)	NEGQ	AX
	0x026d 00621 (sieve_primes.go:18)	XORL	DX, DX
	0x026f 00623 (sieve_primes.go:18)	JMP	630
	0x0271 00625 (sieve_primes.go:18)	CQO
	0x0273 00627 (sieve_primes.go:18)	IDIVQ	BX
	0x0276 00630 (sieve_primes.go:53)	MOVQ	SI, AX
	0x0279 00633 (sieve_primes.go:53)	MOVQ	DX, DI
	0x027c 00636 (sieve_primes.go:53)	MOVQ	CX, DX
	0x027f 00639 (sieve_primes.go:17)	MOVQ	BX, CX
	0x0282 00642 (sieve_primes.go:17)	MOVQ	DI, BX
	0x0285 00645 (sieve_primes.go:17)	TESTQ	BX, BX
	0x0288 00648 (sieve_primes.go:17)	JNE	603
	0x028a 00650 (sieve_primes.go:17)	MOVQ	CX, main.a+440(SP)
	0x0292 00658 (sieve_primes.go:17)	MOVQ	DX, main.a+448(SP)
	0x029a 00666 (sieve_primes.go:17)	MOVQ	AX, main.a+456(SP)
	0x02a2 00674 (sieve_primes.go:53)	CALL	runtime.printlock(SB)
	0x02a7 00679 (sieve_primes.go:53)	MOVQ	main.a+456(SP), AX
	0x02af 00687 (sieve_primes.go:53)	CALL	runtime.printint(SB)
	0x02b4 00692 (sieve_primes.go:53)	CALL	runtime.printsp(SB)
	0x02b9 00697 (sieve_primes.go:53)	MOVQ	main.a+448(SP), AX
	0x02c1 00705 (sieve_primes.go:53)	CALL	runtime.printint(SB)
	0x02c6 00710 (sieve_primes.go:53)	CALL	runtime.printsp(SB)
	0x02cb 00715 (sieve_primes.go:53)	MOVQ	main.a+440(SP), AX
	0x02d3 00723 (sieve_primes.go:53)	CALL	runtime.printint(SB)
	0x02d8 00728 (sieve_primes.go:53)	CALL	runtime.printnl(SB)
	0x02dd 00733 (sieve_primes.go:53)	NOP
	0x02e0 00736 (sieve_primes.go:53)	CALL	runtime.printunlock(SB)
	0x02e5 00741 (sieve_primes.go:54)	MOVL	$2, AX
	0x02ea 00746 (sieve_primes.go:54)	MOVL	$10, BX
	0x02ef 00751 (sieve_primes.go:54)	MOVL	$1000, CX
	0x02f4 00756 (sieve_primes.go:54)	CALL	main.modpow(SB)
	0x02f9 00761 (sieve_primes.go:54)	MOVQ	AX, main..autotmp_44+480(SP)
	0x0301 00769 (sieve_primes.go:54)	MOVL	$3, AX
	0x0306 00774 (sieve_primes.go:54)	MOVL	$1000000, BX
	0x030b 00779 (sieve_primes.go:54)	MOVL	$1000000007, CX
	0x0310 00784 (sieve_primes.go:54)	CALL	main.modpow(SB)
	0x0315 00789 (sieve_primes.go:54)	MOVQ	AX, main..autotmp_45+472(SP)
	0x031d 00797 (sieve_primes.go:54)	MOVL	$7, AX
	0x0322 00802 (sieve_primes.go:54)	XORL	BX, BX
	0x0324 00804 (sieve_primes.go:54)	MOVL	$13, CX
	0x0329 00809 (sieve_primes.go:54)	CALL	main.modpow(SB)
	0x032e 00814 (sieve_primes.go:54)	MOVQ	AX, main..autotmp_46+464(SP)
	0x0336 00822 (sieve_primes.go:54)	CALL	runtime.printlock(SB)
	0x033b 00827 (sieve_primes.go:54)	MOVQ	main..autotmp_44+480(SP), AX
	0x0343 00835 (sieve_primes.go:54)	CALL	runtime.printuint(SB)
	0x0348 00840 (sieve_primes.go:54)	CALL	runtime.printsp(SB)
	0x034d 00845 (sieve_primes.go:54)	MOVQ	main..autotmp_45+472(SP), AX
	0x0355 00853 (sieve_primes.go:54)	CALL	runtime.printuint(SB)
	0x035a 00858 (sieve_primes.go:54)	CALL	runtime.printsp(SB)
	0x035f 00863 (sieve_primes.go:54)	MOVQ	main..autotmp_46+464(SP), AX
	0x0367 00871 (sieve_primes.go:54)	CALL	runtime.printuint(SB)
	0x036c 00876 (sieve_primes.go:54)	CALL	runtime.printnl(SB)
	0x0371 00881 (sieve_primes.go:54)	CALL	runtime.printunlock(SB)
	0x0376 00886 (sieve_primes.go:55)	ADDQ	$512, SP
	0x037d 00893 (sieve_primes.go:55)	POPQ	BP
	0x037e 00894 (sieve_primes.go:55)	RET
	0x037f 00895 (sieve_primes.go:45)	MOVQ	$100, AX
	0x0384 00900 (sieve_primes.go:45)	PCDATA	$4, $207
	0x0384 00900 (sieve_primes.go:45)	CALL	runtime.panicBounds(SB)
	0x0389 00905 (sieve_primes.go:9)	MOVQ	$200001, AX
	0x038e 00910 (sieve_primes.go:9)	PCDATA	$4, $207
	0x038e 00910 (sieve_primes.go:9)	CALL	runtime.panicBounds(SB)
	0x0393 00915 (sieve_primes.go:7)	MOVQ	$200001, AX
	0x0398 00920 (sieve_primes.go:7)	PCDATA	$4, $135
	0x0398 00920 (sieve_primes.go:7)	CALL	runtime.panicBounds(SB)
	0x039d 00925 (sieve_primes.go:7)	XCHGL	AX, AX
	0x039e 00926 (sieve_primes.go:7)	NOP
	0x039e 00926 (sieve_primes.go:37)	PCDATA	$1, $-1
	0x039e 00926 (sieve_primes.go:37)	PCDATA	$0, $-2
	0x039e 00926 (sieve_primes.go:37)	NOP
	0x03a0 00928 (sieve_primes.go:37)	CALL	runtime.morestack_noctxt(SB)
	0x03a5 00933 (sieve_primes.go:37)	PCDATA	$0, $-1
	0x03a5 00933 (sieve_primes.go:37)	JMP	0
	0x0000 4c 8d a4 24 78 fe ff ff 4d 3b 66 10 0f 86 8c 03  L..$x...M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec 00 02 00 00 90 48 8d  ..UH..H.......H.
	0x0020 05 00 00 00 00 bb 41 0d 03 00 89 d9 e8 00 00 00  ......A.........
	0x0030 00 ba 02 00 00 00 eb 04 48 8d 51 01 48 89 d1 48  ........H.Q.H..H
	0x0040 0f af d2 48 81 fa 40 0d 03 00 7f 39 48 81 f9 41  ...H..@....9H..A
	0x0050 0d 03 00 0f 83 3a 03 00 00 0f b6 1c 01 0f 1f 00  .....:..........
	0x0060 84 db 75 d4 eb 07 c6 04 10 01 48 01 ca 48 81 fa  ..u.......H..H..
	0x0070 40 0d 03 00 7f c2 48 81 fa 41 0d 03 00 72 e7 90  @.....H..A...r..
	0x0080 e9 04 03 00 00 48 8d 4c 24 18 ba 06 00 00 00 44  .....H.L$......D
	0x0090 0f 11 39 44 0f 11 79 10 44 0f 11 79 20 44 0f 11  ..9D..y.D..y D..
	0x00a0 79 30 48 83 c1 40 ff ca 75 e5 44 0f 11 39 31 c9  y0H..@..u.D..91.
	0x00b0 ba 02 00 00 00 31 db eb 07 48 8d 51 01 48 89 f1  .....1...H.Q.H..
	0x00c0 48 81 fa 40 0d 03 00 7f 39 0f b6 34 02 40 84 f6  H..@....9..4.@..
	0x00d0 74 08 48 89 ce 48 89 d1 eb df 48 85 c9 7e 16 48  t.H..H....H..~.H
	0x00e0 89 d6 48 29 ca 48 83 fa 64 0f 83 90 02 00 00 ff  ..H).H..d.......
	0x00f0 44 94 18 eb 03 48 89 d6 48 ff c3 48 89 f1 66 90  D....H..H..H..f.
	0x0100 eb b7 48 89 9c 24 b0 01 00 00 48 89 8c 24 a8 01  ..H..$....H..$..
	0x0110 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 07  .......H........
	0x0120 00 00 00 e8 00 00 00 00 48 8b 84 24 b0 01 00 00  ........H..$....
	0x0130 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 09 00 00  .....H..........
	0x0140 00 e8 00 00 00 00 48 8b 84 24 a8 01 00 00 e8 00  ......H..$......
	0x0150 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 63 44  .............HcD
	0x0160 24 20 48 89 84 24 f8 01 00 00 48 63 44 24 28 48  $ H..$....HcD$(H
	0x0170 89 84 24 f0 01 00 00 48 63 44 24 30 48 89 84 24  ..$....HcD$0H..$
	0x0180 e8 01 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00  .........H......
	0x0190 bb 05 00 00 00 e8 00 00 00 00 48 8b 84 24 f8 01  ..........H..$..
	0x01a0 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 06  .......H........
	0x01b0 00 00 00 e8 00 00 00 00 48 8b 84 24 f0 01 00 00  ........H..$....
	0x01c0 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 06 00 00  .....H..........
	0x01d0 00 e8 00 00 00 00 48 8b 84 24 e8 01 00 00 66 90  ......H..$....f.
	0x01e0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8  ................
	0x01f0 2f 04 00 00 b9 ce 01 00 00 eb 1d 0f 1f 44 00 00  /............D..
	0x0200 48 83 f9 ff 75 07 48 f7 d8 31 d2 eb 05 48 99 48  H...u.H..1...H.H
	0x0210 f7 f9 48 89 c8 48 89 d1 48 85 c9 75 e3 b9 05 00  ..H..H..H..u....
	0x0220 00 00 ba 11 00 00 00 eb 24 48 89 c3 48 89 d0 48  ........$H..H..H
	0x0230 83 f9 ff 75 07 48 f7 d8 31 d2 eb 05 48 99 48 f7  ...u.H..1...H.H.
	0x0240 f9 48 89 d8 48 89 ce 48 89 d1 48 89 f2 48 85 c9  .H..H..H..H..H..
	0x0250 75 d7 31 c9 bb 09 00 00 00 eb 2a 48 89 c6 48 89  u.1.......*H..H.
	0x0260 c8 48 89 d1 48 83 fb ff 75 07 48 f7 d8 31 d2 eb  .H..H...u.H..1..
	0x0270 05 48 99 48 f7 fb 48 89 f0 48 89 d7 48 89 ca 48  .H.H..H..H..H..H
	0x0280 89 d9 48 89 fb 48 85 db 75 d1 48 89 8c 24 b8 01  ..H..H..u.H..$..
	0x0290 00 00 48 89 94 24 c0 01 00 00 48 89 84 24 c8 01  ..H..$....H..$..
	0x02a0 00 00 e8 00 00 00 00 48 8b 84 24 c8 01 00 00 e8  .......H..$.....
	0x02b0 00 00 00 00 e8 00 00 00 00 48 8b 84 24 c0 01 00  .........H..$...
	0x02c0 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 b8  ...........H..$.
	0x02d0 01 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  ................
	0x02e0 e8 00 00 00 00 b8 02 00 00 00 bb 0a 00 00 00 b9  ................
	0x02f0 e8 03 00 00 e8 00 00 00 00 48 89 84 24 e0 01 00  .........H..$...
	0x0300 00 b8 03 00 00 00 bb 40 42 0f 00 b9 07 ca 9a 3b  .......@B......;
	0x0310 e8 00 00 00 00 48 89 84 24 d8 01 00 00 b8 07 00  .....H..$.......
	0x0320 00 00 31 db b9 0d 00 00 00 e8 00 00 00 00 48 89  ..1...........H.
	0x0330 84 24 d0 01 00 00 e8 00 00 00 00 48 8b 84 24 e0  .$.........H..$.
	0x0340 01 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 84  .............H..
	0x0350 24 d8 01 00 00 e8 00 00 00 00 e8 00 00 00 00 48  $..............H
	0x0360 8b 84 24 d0 01 00 00 e8 00 00 00 00 e8 00 00 00  ..$.............
	0x0370 00 e8 00 00 00 00 48 81 c4 00 02 00 00 5d c3 b8  ......H......]..
	0x0380 64 00 00 00 e8 00 00 00 00 b8 41 0d 03 00 e8 00  d.........A.....
	0x0390 00 00 00 b8 41 0d 03 00 e8 00 00 00 00 90 66 90  ....A.........f.
	0x03a0 e8 00 00 00 00 e9 56 fc ff ff                    ......V...
	rel 33+4 t=R_PCREL type:bool+0
	rel 45+4 t=R_CALL runtime.makeslice+0
	rel 275+4 t=R_CALL runtime.printlock+0
	rel 282+4 t=R_PCREL go:string."primes "+0
	rel 292+4 t=R_CALL runtime.printstring+0
	rel 305+4 t=R_CALL runtime.printint+0
	rel 312+4 t=R_PCREL go:string." largest "+0
	rel 322+4 t=R_CALL runtime.printstring+0
	rel 335+4 t=R_CALL runtime.printint+0
	rel 340+4 t=R_CALL runtime.printnl+0
	rel 345+4 t=R_CALL runtime.printunlock+0
	rel 389+4 t=R_CALL runtime.printlock+0
	rel 396+4 t=R_PCREL go:string."gap2 "+0
	rel 406+4 t=R_CALL runtime.printstring+0
	rel 419+4 t=R_CALL runtime.printint+0
	rel 426+4 t=R_PCREL go:string." gap4 "+0
	rel 436+4 t=R_CALL runtime.printstring+0
	rel 449+4 t=R_CALL runtime.printint+0
	rel 456+4 t=R_PCREL go:string." gap6 "+0
	rel 466+4 t=R_CALL runtime.printstring+0
	rel 481+4 t=R_CALL runtime.printint+0
	rel 486+4 t=R_CALL runtime.printnl+0
	rel 491+4 t=R_CALL runtime.printunlock+0
	rel 675+4 t=R_CALL runtime.printlock+0
	rel 688+4 t=R_CALL runtime.printint+0
	rel 693+4 t=R_CALL runtime.printsp+0
	rel 706+4 t=R_CALL runtime.printint+0
	rel 711+4 t=R_CALL runtime.printsp+0
	rel 724+4 t=R_CALL runtime.printint+0
	rel 729+4 t=R_CALL runtime.printnl+0
	rel 737+4 t=R_CALL runtime.printunlock+0
	rel 757+4 t=R_CALL main.modpow+0
	rel 785+4 t=R_CALL main.modpow+0
	rel 810+4 t=R_CALL main.modpow+0
	rel 823+4 t=R_CALL runtime.printlock+0
	rel 836+4 t=R_CALL runtime.printuint+0
	rel 841+4 t=R_CALL runtime.printsp+0
	rel 854+4 t=R_CALL runtime.printuint+0
	rel 859+4 t=R_CALL runtime.printsp+0
	rel 872+4 t=R_CALL runtime.printuint+0
	rel 877+4 t=R_CALL runtime.printnl+0
	rel 882+4 t=R_CALL runtime.printunlock+0
	rel 901+4 t=R_CALL runtime.panicBounds+0
	rel 911+4 t=R_CALL runtime.panicBounds+0
	rel 921+4 t=R_CALL runtime.panicBounds+0
	rel 929+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.sieve$abstract SDWARFABSFCN dupok size=56 align=0x0
	0x0000 05 6d 61 69 6e 2e 73 69 65 76 65 00 01 04 01 22  .main.sieve...."
	0x0010 6e 00 00 00 00 00 00 21 63 6f 6d 70 6f 73 69 74  n......!composit
	0x0020 65 00 05 00 00 00 00 21 69 00 06 00 00 00 00 21  e......!i......!
	0x0030 6a 00 08 00 00 00 00 00                          j.......
	rel 19+4 t=R_DWARFSECREF go:info.int+0
	rel 35+4 t=R_DWARFSECREF go:info.[]bool+0
	rel 43+4 t=R_DWARFSECREF go:info.int+0
	rel 51+4 t=R_DWARFSECREF go:info.int+0
go:info.main.gcd$abstract SDWARFABSFCN dupok size=30 align=0x0
	0x0000 05 6d 61 69 6e 2e 67 63 64 00 01 10 01 22 61 00  .main.gcd...."a.
	0x0010 00 00 00 00 00 22 62 00 00 00 00 00 00 00        ....."b.......
	rel 17+4 t=R_DWARFSECREF go:info.int+0
	rel 25+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."primes" SRODATA dupok size=6 align=0x1
	0x0000 70 72 69 6d 65 73                                primes
go:string."largest" SRODATA dupok size=7 align=0x1
	0x0000 6c 61 72 67 65 73 74                             largest
go:string."primes " SRODATA dupok size=7 align=0x1
	0x0000 70 72 69 6d 65 73 20                             primes 
go:string." largest " SRODATA dupok size=9 align=0x1
	0x0000 20 6c 61 72 67 65 73 74 20                        largest 
go:string."gap2" SRODATA dupok size=4 align=0x1
	0x0000 67 61 70 32                                      gap2
go:string."gap4" SRODATA dupok size=4 align=0x1
	0x0000 67 61 70 34                                      gap4
go:string."gap6" SRODATA dupok size=4 align=0x1
	0x0000 67 61 70 36                                      gap6
go:string."gap2 " SRODATA dupok size=5 align=0x1
	0x0000 67 61 70 32 20                                   gap2 
go:string." gap4 " SRODATA dupok size=6 align=0x1
	0x0000 20 67 61 70 34 20                                 gap4 
go:string." gap6 " SRODATA dupok size=6 align=0x1
	0x0000 20 67 61 70 36 20                                 gap6 
type:.eqfunc.M400 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 90 01 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*[100]int32- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 5b 31 30 30 5d 69 6e 74 33 32           ..*[100]int32
type:*[100]int32 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0b 80 03 a4 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[100]int32-+0
	rel 48+8 t=R_ADDR type:[100]int32+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:[100]int32 SRODATA dupok size=72 align=0x8
	0x0000 90 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 3e af 48 24 0a 04 04 11 00 00 00 00 00 00 00 00  >.H$............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 64 00 00 00 00 00 00 00                          d.......
	rel 24+8 t=R_ADDR type:.eqfunc.M400+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[100]int32-+0
	rel 44+4 t=RelocType(-32763) type:*[100]int32+0
	rel 48+8 t=R_ADDR type:int32+0
	rel 56+8 t=R_ADDR type:[]int32+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.sieve.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.sieve.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.gcd.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.gcd.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.modpow.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.modpow.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
