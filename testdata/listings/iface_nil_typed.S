funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (iface_nil_typed.go:26)	TEXT	main.main(SB), ABIInternal, $72-0
     0        00000 (iface_nil_typed.go:26)	TEXT	main.main(SB), ABIInternal, $72-0
     0     -1 00000 (iface_nil_typed.go:26)	CMPQ	SP, 16(R14)
     4        00004 (iface_nil_typed.go:26)	PCDATA	$0, $-2
     4        00004 (iface_nil_typed.go:26)	JLS	592
     a        00010 (iface_nil_typed.go:26)	PCDATA	$0, $-1
     a        00010 (iface_nil_typed.go:26)	PUSHQ	BP
     b        00011 (iface_nil_typed.go:26)	MOVQ	SP, BP
     e        00014 (iface_nil_typed.go:26)	SUBQ	$64, SP
    12        00018 (iface_nil_typed.go:26)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (iface_nil_typed.go:26)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    12        00018 (iface_nil_typed.go:27)	XORL	AX, AX
    14        00020 (iface_nil_typed.go:27)	PCDATA	$1, $0
    14        00020 (iface_nil_typed.go:27)	CALL	main.mayFail(SB)
    19        00025 (iface_nil_typed.go:27)	MOVQ	AX, main..autotmp_42+48(SP)
    1e        00030 (iface_nil_typed.go:27)	MOVL	$1, AX
    23        00035 (iface_nil_typed.go:27)	CALL	main.mayFail(SB)
    28        00040 (iface_nil_typed.go:27)	MOVQ	AX, main..autotmp_43+40(SP)
    2d        00045 (iface_nil_typed.go:27)	CALL	runtime.printlock(SB)
    32        00050 (iface_nil_typed.go:27)	MOVQ	main..autotmp_42+48(SP), CX
    37        00055 (iface_nil_typed.go:27)	TESTQ	CX, CX
    3a        00058 (iface_nil_typed.go:27)	SETEQ	AL
    3d        00061 (iface_nil_typed.go:27)	NOP
    40        00064 (iface_nil_typed.go:27)	CALL	runtime.printbool(SB)
    45        00069 (iface_nil_typed.go:27)	CALL	runtime.printsp(SB)
    4a        00074 (iface_nil_typed.go:27)	MOVQ	main..autotmp_43+40(SP), CX
    4f        00079 (iface_nil_typed.go:27)	TESTQ	CX, CX
    52        00082 (iface_nil_typed.go:27)	SETEQ	AL
    55        00085 (iface_nil_typed.go:27)	CALL	runtime.printbool(SB)
    5a        00090 (iface_nil_typed.go:27)	CALL	runtime.printnl(SB)
    5f        00095 (iface_nil_typed.go:27)	NOP
    60        00096 (iface_nil_typed.go:27)	CALL	runtime.printunlock(SB)
    65        00101 (iface_nil_typed.go:28)	CALL	runtime.printlock(SB)
    6a        00106 (iface_nil_typed.go:28)	MOVL	$1, AX
    6f        00111 (iface_nil_typed.go:28)	CALL	runtime.printbool(SB)
    74        00116 (iface_nil_typed.go:28)	CALL	runtime.printsp(SB)
    79        00121 (iface_nil_typed.go:28)	XORL	AX, AX
    7b        00123 (iface_nil_typed.go:28)	NOP
    80        00128 (iface_nil_typed.go:28)	CALL	runtime.printbool(SB)
    85        00133 (iface_nil_typed.go:28)	CALL	runtime.printnl(SB)
    8a        00138 (iface_nil_typed.go:28)	CALL	runtime.printunlock(SB)
    8f        00143 (iface_nil_typed.go:29)	XORL	AX, AX
    91        00145 (iface_nil_typed.go:29)	CALL	main.mayFail(SB)
    96        00150 (iface_nil_typed.go:30)	MOVQ	24(AX), CX
    9a        00154 (iface_nil_typed.go:30)	MOVQ	BX, AX
    9d        00157 (iface_nil_typed.go:30)	CALL	CX
    9f        00159 (iface_nil_typed.go:30)	MOVQ	AX, main..autotmp_44+56(SP)
    a4        00164 (iface_nil_typed.go:30)	MOVQ	BX, main..autotmp_45+32(SP)
    a9        00169 (iface_nil_typed.go:30)	PCDATA	$1, $1
    a9        00169 (iface_nil_typed.go:30)	CALL	runtime.printlock(SB)
    ae        00174 (iface_nil_typed.go:30)	MOVQ	main..autotmp_44+56(SP), AX
    b3        00179 (iface_nil_typed.go:30)	MOVQ	main..autotmp_45+32(SP), BX
    b8        00184 (iface_nil_typed.go:30)	PCDATA	$1, $0
    b8        00184 (iface_nil_typed.go:30)	CALL	runtime.printstring(SB)
    bd        00189 (iface_nil_typed.go:30)	NOP
    c0        00192 (iface_nil_typed.go:30)	CALL	runtime.printnl(SB)
    c5        00197 (iface_nil_typed.go:30)	CALL	runtime.printunlock(SB)
    ca        00202 (iface_nil_typed.go:33)	XORL	AX, AX
    cc        00204 (iface_nil_typed.go:33)	XORL	BX, BX
    ce        00206 (iface_nil_typed.go:33)	MOVL	BX, CX
    d0        00208 (iface_nil_typed.go:33)	CALL	runtime.efaceeq(SB)
    d5        00213 (iface_nil_typed.go:33)	MOVB	AL, main..autotmp_46+31(SP)
    d9        00217 (iface_nil_typed.go:33)	CALL	runtime.printlock(SB)
    de        00222 (iface_nil_typed.go:33)	MOVBLZX	main..autotmp_46+31(SP), AX
    e3        00227 (iface_nil_typed.go:33)	CALL	runtime.printbool(SB)
    e8        00232 (iface_nil_typed.go:33)	CALL	runtime.printnl(SB)
    ed        00237 (iface_nil_typed.go:33)	CALL	runtime.printunlock(SB)
    f2        00242 (iface_nil_typed.go:35)	LEAQ	type:int(SB), AX
    f9        00249 (iface_nil_typed.go:35)	LEAQ	main..stmp_0(SB), BX
   100        00256 (iface_nil_typed.go:35)	LEAQ	main..stmp_1(SB), CX
   107        00263 (iface_nil_typed.go:35)	CALL	runtime.efaceeq(SB)
   10c        00268 (iface_nil_typed.go:35)	MOVB	AL, main..autotmp_46+31(SP)
   110        00272 (iface_nil_typed.go:35)	CALL	runtime.printlock(SB)
   115        00277 (iface_nil_typed.go:35)	MOVBLZX	main..autotmp_46+31(SP), AX
   11a        00282 (iface_nil_typed.go:35)	CALL	runtime.printbool(SB)
   11f        00287 (iface_nil_typed.go:35)	NOP
   120        00288 (iface_nil_typed.go:35)	CALL	runtime.printnl(SB)
   125        00293 (iface_nil_typed.go:35)	CALL	runtime.printunlock(SB)
   12a        00298 (iface_nil_typed.go:37)	CALL	runtime.printlock(SB)
   12f        00303 (iface_nil_typed.go:37)	XORL	AX, AX
   131        00305 (iface_nil_typed.go:37)	CALL	runtime.printbool(SB)
   136        00310 (iface_nil_typed.go:37)	CALL	runtime.printnl(SB)
   13b        00315 (iface_nil_typed.go:37)	NOP
   140        00320 (iface_nil_typed.go:37)	CALL	runtime.printunlock(SB)
   145        00325 (iface_nil_typed.go:39)	LEAQ	type:string(SB), AX
   14c        00332 (iface_nil_typed.go:39)	LEAQ	main..stmp_3(SB), BX
   153        00339 (iface_nil_typed.go:39)	LEAQ	main..stmp_4(SB), CX
   15a        00346 (iface_nil_typed.go:39)	CALL	runtime.efaceeq(SB)
   15f        00351 (iface_nil_typed.go:39)	MOVB	AL, main..autotmp_46+31(SP)
   163        00355 (iface_nil_typed.go:39)	CALL	runtime.printlock(SB)
   168        00360 (iface_nil_typed.go:39)	MOVBLZX	main..autotmp_46+31(SP), AX
   16d        00365 (iface_nil_typed.go:39)	CALL	runtime.printbool(SB)
   172        00370 (iface_nil_typed.go:39)	CALL	runtime.printnl(SB)
   177        00375 (iface_nil_typed.go:39)	CALL	runtime.printunlock(SB)
   17c        00380 (iface_nil_typed.go:41)	LEAQ	type:[2]int(SB), AX
   183        00387 (iface_nil_typed.go:41)	LEAQ	main..stmp_5(SB), BX
   18a        00394 (iface_nil_typed.go:41)	LEAQ	main..stmp_6(SB), CX
   191        00401 (iface_nil_typed.go:41)	CALL	runtime.efaceeq(SB)
   196        00406 (iface_nil_typed.go:41)	MOVB	AL, main..autotmp_46+31(SP)
   19a        00410 (iface_nil_typed.go:41)	CALL	runtime.printlock(SB)
   19f        00415 (iface_nil_typed.go:41)	MOVBLZX	main..autotmp_46+31(SP), AX
   1a4        00420 (iface_nil_typed.go:41)	CALL	runtime.printbool(SB)
   1a9        00425 (iface_nil_typed.go:41)	CALL	runtime.printnl(SB)
   1ae        00430 (iface_nil_typed.go:41)	CALL	runtime.printunlock(SB)
   1b3        00435 (iface_nil_typed.go:47)	LEAQ	type:main.S·1(SB), AX
   1ba        00442 (iface_nil_typed.go:47)	LEAQ	main..stmp_7(SB), BX
   1c1        00449 (iface_nil_typed.go:47)	LEAQ	main..stmp_8(SB), CX
   1c8        00456 (iface_nil_typed.go:47)	CALL	runtime.efaceeq(SB)
   1cd        00461 (iface_nil_typed.go:47)	MOVB	AL, main..autotmp_46+31(SP)
   1d1        00465 (iface_nil_typed.go:47)	LEAQ	type:main.S·1(SB), AX
   1d8        00472 (iface_nil_typed.go:47)	LEAQ	main..stmp_9(SB), BX
   1df        00479 (iface_nil_typed.go:47)	LEAQ	main..stmp_7(SB), CX
   1e6        00486 (iface_nil_typed.go:47)	CALL	runtime.efaceeq(SB)
   1eb        00491 (iface_nil_typed.go:47)	MOVB	AL, main..autotmp_47+30(SP)
   1ef        00495 (iface_nil_typed.go:47)	CALL	runtime.printlock(SB)
   1f4        00500 (iface_nil_typed.go:47)	MOVBLZX	main..autotmp_46+31(SP), AX
   1f9        00505 (iface_nil_typed.go:47)	CALL	runtime.printbool(SB)
   1fe        00510 (iface_nil_typed.go:47)	NOP
   200        00512 (iface_nil_typed.go:47)	CALL	runtime.printsp(SB)
   205        00517 (iface_nil_typed.go:47)	MOVBLZX	main..autotmp_47+30(SP), AX
   20a        00522 (iface_nil_typed.go:47)	XORL	$1, AX
   20d        00525 (iface_nil_typed.go:47)	CALL	runtime.printbool(SB)
   212        00530 (iface_nil_typed.go:47)	CALL	runtime.printnl(SB)
   217        00535 (iface_nil_typed.go:47)	CALL	runtime.printunlock(SB)
   21c        00540 (iface_nil_typed.go:47)	NOP
   220        00544 (iface_nil_typed.go:50)	CALL	runtime.printlock(SB)
   225        00549 (iface_nil_typed.go:50)	XORL	AX, AX
   227        00551 (iface_nil_typed.go:50)	CALL	runtime.printbool(SB)
   22c        00556 (iface_nil_typed.go:50)	CALL	runtime.printsp(SB)
   231        00561 (iface_nil_typed.go:50)	MOVL	$1, AX
   236        00566 (iface_nil_typed.go:50)	CALL	runtime.printbool(SB)
   23b        00571 (iface_nil_typed.go:50)	NOP
   240        00576 (iface_nil_typed.go:50)	CALL	runtime.printnl(SB)
   245        00581 (iface_nil_typed.go:50)	CALL	runtime.printunlock(SB)
   24a        00586 (iface_nil_typed.go:51)	ADDQ	$64, SP
   24e        00590 (iface_nil_typed.go:51)	POPQ	BP
   24f        00591 (iface_nil_typed.go:51)	RET
   250        00592 (iface_nil_typed.go:51)	NOP
   250        00592 (iface_nil_typed.go:26)	PCDATA	$1, $-1
   250        00592 (iface_nil_typed.go:26)	PCDATA	$0, $-2
   250        00592 (iface_nil_typed.go:26)	CALL	runtime.morestack_noctxt(SB)
   255        00597 (iface_nil_typed.go:26)	PCDATA	$0, $-1
   255        00597 (iface_nil_typed.go:26)	JMP	0
   25a done
wrote 4 bytes to 0x0
 00 da 04 00
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
funcpctab main.mayFail [valfunc=pctoinline]
     0     -1 00000 (iface_nil_typed.go:11)	TEXT	main.mayFail(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (iface_nil_typed.go:11)	TEXT	main.mayFail(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (iface_nil_typed.go:11)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (iface_nil_typed.go:11)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (iface_nil_typed.go:11)	FUNCDATA	$5, main.mayFail.arginfo1(SB)
     0        00000 (iface_nil_typed.go:11)	FUNCDATA	$6, main.mayFail.argliveinfo(SB)
     0        00000 (iface_nil_typed.go:11)	PCDATA	$3, $1
     0     -1 00000 (iface_nil_typed.go:16)	TESTB	AL, AL
     2        00002 (iface_nil_typed.go:16)	MOVL	$0, BX
     7        00007 (iface_nil_typed.go:16)	LEAQ	runtime.zerobase(SB), CX
     e        00014 (iface_nil_typed.go:16)	CMOVQNE	CX, BX
    12        00018 (iface_nil_typed.go:16)	LEAQ	go:itab.*main.MyErr,main.error2(SB), AX
    19        00025 (iface_nil_typed.go:13)	RET
    1a done
wrote 3 bytes to 0x0
 00 1a 00
funcpctab main.error2.Error [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.error2.Error(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.error2.Error(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	40
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$8, SP
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+24(FP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+32(FP)
    18        00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.error2.Error.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.error2.Error.argliveinfo(SB)
    18        00024 (<autogenerated>:1)	PCDATA	$3, $1
    18        00024 (<autogenerated>:1)	MOVQ	24(AX), CX
    1c        00028 (<autogenerated>:1)	MOVQ	BX, AX
    1f        00031 (<autogenerated>:1)	PCDATA	$1, $1
    1f        00031 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CALL	CX
    22        00034 (<autogenerated>:1)	ADDQ	$8, SP
    26        00038 (<autogenerated>:1)	POPQ	BP
    27        00039 (<autogenerated>:1)	RET
    28        00040 (<autogenerated>:1)	NOP
    28        00040 (<autogenerated>:1)	PCDATA	$1, $-1
    28        00040 (<autogenerated>:1)	PCDATA	$0, $-2
    28        00040 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    2d        00045 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    32        00050 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    37        00055 (<autogenerated>:1)	PCDATA	$0, $-1
    37        00055 (<autogenerated>:1)	MOVQ	8(SP), AX
    3c        00060 (<autogenerated>:1)	MOVQ	16(SP), BX
    41        00065 (<autogenerated>:1)	JMP	0
    43 done
wrote 3 bytes to 0x0
 00 43 00
funcpctab main.correct [valfunc=pctoinline]
     0     -1 00000 (iface_nil_typed.go:19)	TEXT	main.correct(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (iface_nil_typed.go:19)	TEXT	main.correct(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (iface_nil_typed.go:19)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (iface_nil_typed.go:19)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (iface_nil_typed.go:19)	FUNCDATA	$5, main.correct.arginfo1(SB)
     0        00000 (iface_nil_typed.go:19)	FUNCDATA	$6, main.correct.argliveinfo(SB)
     0        00000 (iface_nil_typed.go:19)	PCDATA	$3, $1
     0     -1 00000 (iface_nil_typed.go:20)	TESTB	AL, AL
     2        00002 (iface_nil_typed.go:20)	JEQ	19
     4        00004 (iface_nil_typed.go:21)	LEAQ	go:itab.*main.MyErr,main.error2(SB), AX
     b        00011 (iface_nil_typed.go:21)	LEAQ	runtime.zerobase(SB), BX
    12        00018 (iface_nil_typed.go:21)	RET
    13        00019 (iface_nil_typed.go:23)	XORL	AX, AX
    15        00021 (iface_nil_typed.go:23)	XORL	BX, BX
    17        00023 (iface_nil_typed.go:23)	RET
    18 done
wrote 3 bytes to 0x0
 00 18 00
funcpctab main.(*MyErr).Error [valfunc=pctoinline]
     0     -1 00000 (iface_nil_typed.go:6)	TEXT	main.(*MyErr).Error(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (iface_nil_typed.go:6)	TEXT	main.(*MyErr).Error(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (iface_nil_typed.go:6)	FUNCDATA	$0, gclocals·PqVQJggGJ2Sanl8iJuPOkQ==(SB)
     0        00000 (iface_nil_typed.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (iface_nil_typed.go:6)	FUNCDATA	$5, main.(*MyErr).Error.arginfo1(SB)
     0        00000 (iface_nil_typed.go:6)	FUNCDATA	$6, main.(*MyErr).Error.argliveinfo(SB)
     0        00000 (iface_nil_typed.go:6)	PCDATA	$3, $1
     0     -1 00000 (iface_nil_typed.go:6)	LEAQ	go:string."myerr"(SB), AX
     7        00007 (iface_nil_typed.go:6)	MOVL	$5, BX
     c        00012 (iface_nil_typed.go:6)	RET
     d done
wrote 3 bytes to 0x0
 00 0d 00
main.(*MyErr).Error STEXT nosplit size=13 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (iface_nil_typed.go:6)	TEXT	main.(*MyErr).Error(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (iface_nil_typed.go:6)	FUNCDATA	$0, gclocals·PqVQJggGJ2Sanl8iJuPOkQ==(SB)
	0x0000 00000 (iface_nil_typed.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface_nil_typed.go:6)	FUNCDATA	$5, main.(*MyErr).Error.arginfo1(SB)
	0x0000 00000 (iface_nil_typed.go:6)	FUNCDATA	$6, main.(*MyErr).Error.argliveinfo(SB)
	0x0000 00000 (iface_nil_typed.go:6)	PCDATA	$3, $1
	0x0000 00000 (iface_nil_typed.go:6)	LEAQ	go:string."myerr"(SB), AX
	0x0007 00007 (iface_nil_typed.go:6)	MOVL	$5, BX
	0x000c 00012 (iface_nil_typed.go:6)	RET
	0x0000 48 8d 05 00 00 00 00 bb 05 00 00 00 c3           H............
	rel 3+4 t=R_PCREL go:string."myerr"+0
main.mayFail STEXT nosplit size=26 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (iface_nil_typed.go:11)	TEXT	main.mayFail(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (iface_nil_typed.go:11)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface_nil_typed.go:11)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface_nil_typed.go:11)	FUNCDATA	$5, main.mayFail.arginfo1(SB)
	0x0000 00000 (iface_nil_typed.go:11)	FUNCDATA	$6, main.mayFail.argliveinfo(SB)
	0x0000 00000 (iface_nil_typed.go:11)	PCDATA	$3, $1
	0x0000 00000 (iface_nil_typed.go:16)	TESTB	AL, AL
	0x0002 00002 (iface_nil_typed.go:16)	MOVL	$0, BX
	0x0007 00007 (iface_nil_typed.go:16)	LEAQ	runtime.zerobase(SB), CX
	0x000e 00014 (iface_nil_typed.go:16)	CMOVQNE	CX, BX
	0x0012 00018 (iface_nil_typed.go:16)	LEAQ	go:itab.*main.MyErr,main.error2(SB), AX
	0x0019 00025 (iface_nil_typed.go:13)	RET
	0x0000 84 c0 bb 00 00 00 00 48 8d 0d 00 00 00 00 48 0f  .......H......H.
	0x0010 45 d9 48 8d 05 00 00 00 00 c3                    E.H.......
	rel 0+0 t=R_USEIFACE type:*main.MyErr+0
	rel 10+4 t=R_PCREL runtime.zerobase+0
	rel 21+4 t=R_PCREL go:itab.*main.MyErr,main.error2+0
main.correct STEXT nosplit size=24 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (iface_nil_typed.go:19)	TEXT	main.correct(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (iface_nil_typed.go:19)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface_nil_typed.go:19)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface_nil_typed.go:19)	FUNCDATA	$5, main.correct.arginfo1(SB)
	0x0000 00000 (iface_nil_typed.go:19)	FUNCDATA	$6, main.correct.argliveinfo(SB)
	0x0000 00000 (iface_nil_typed.go:19)	PCDATA	$3, $1
	0x0000 00000 (iface_nil_typed.go:20)	TESTB	AL, AL
	0x0002 00002 (iface_nil_typed.go:20)	JEQ	19
	0x0004 00004 (iface_nil_typed.go:21)	LEAQ	go:itab.*main.MyErr,main.error2(SB), AX
	0x000b 00011 (iface_nil_typed.go:21)	LEAQ	runtime.zerobase(SB), BX
	0x0012 00018 (iface_nil_typed.go:21)	RET
	0x0013 00019 (iface_nil_typed.go:23)	XORL	AX, AX
	0x0015 00021 (iface_nil_typed.go:23)	XORL	BX, BX
	0x0017 00023 (iface_nil_typed.go:23)	RET
	0x0000 84 c0 74 0f 48 8d 05 00 00 00 00 48 8d 1d 00 00  ..t.H......H....
	0x0010 00 00 c3 31 c0 31 db c3                          ...1.1..
	rel 0+0 t=R_USEIFACE type:*main.MyErr+0
	rel 7+4 t=R_PCREL go:itab.*main.MyErr,main.error2+0
	rel 14+4 t=R_PCREL runtime.zerobase+0
main.main STEXT size=602 align=0x0 args=0x0 locals=0x48 funcid=0x0
	0x0000 00000 (iface_nil_typed.go:26)	TEXT	main.main(SB), ABIInternal, $72-0
	0x0000 00000 (iface_nil_typed.go:26)	CMPQ	SP, 16(R14)
	0x0004 00004 (iface_nil_typed.go:26)	PCDATA	$0, $-2
	0x0004 00004 (iface_nil_typed.go:26)	JLS	592
	0x000a 00010 (iface_nil_typed.go:26)	PCDATA	$0, $-1
	0x000a 00010 (iface_nil_typed.go:26)	PUSHQ	BP
	0x000b 00011 (iface_nil_typed.go:26)	MOVQ	SP, BP
	0x000e 00014 (iface_nil_typed.go:26)	SUBQ	$64, SP
	0x0012 00018 (iface_nil_typed.go:26)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (iface_nil_typed.go:26)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0012 00018 (iface_nil_typed.go:27)	XORL	AX, AX
	0x0014 00020 (iface_nil_typed.go:27)	PCDATA	$1, $0
	0x0014 00020 (iface_nil_typed.go:27)	CALL	main.mayFail(SB)
	0x0019 00025 (iface_nil_typed.go:27)	MOVQ	AX, main..autotmp_42+48(SP)
	0x001e 00030 (iface_nil_typed.go:27)	MOVL	$1, AX
	0x0023 00035 (iface_nil_typed.go:27)	CALL	main.mayFail(SB)
	0x0028 00040 (iface_nil_typed.go:27)	MOVQ	AX, main..autotmp_43+40(SP)
	0x002d 00045 (iface_nil_typed.go:27)	CALL	runtime.printlock(SB)
	0x0032 00050 (iface_nil_typed.go:27)	MOVQ	main..autotmp_42+48(SP), CX
	0x0037 00055 (iface_nil_typed.go:27)	TESTQ	CX, CX
	0x003a 00058 (iface_nil_typed.go:27)	SETEQ	AL
	0x003d 00061 (iface_nil_typed.go:27)	NOP
	0x0040 00064 (iface_nil_typed.go:27)	CALL	runtime.printbool(SB)
	0x0045 00069 (iface_nil_typed.go:27)	CALL	runtime.printsp(SB)
	0x004a 00074 (iface_nil_typed.go:27)	MOVQ	main..autotmp_43+40(SP), CX
	0x004f 00079 (iface_nil_typed.go:27)	TESTQ	CX, CX
	0x0052 00082 (iface_nil_typed.go:27)	SETEQ	AL
	0x0055 00085 (iface_nil_typed.go:27)	CALL	runtime.printbool(SB)
	0x005a 00090 (iface_nil_typed.go:27)	CALL	runtime.printnl(SB)
	0x005f 00095 (iface_nil_typed.go:27)	NOP
	0x0060 00096 (iface_nil_typed.go:27)	CALL	runtime.printunlock(SB)
	0x0065 00101 (iface_nil_typed.go:28)	CALL	runtime.printlock(SB)
	0x006a 00106 (iface_nil_typed.go:28)	MOVL	$1, AX
	0x006f 00111 (iface_nil_typed.go:28)	CALL	runtime.printbool(SB)
	0x0074 00116 (iface_nil_typed.go:28)	CALL	runtime.printsp(SB)
	0x0079 00121 (iface_nil_typed.go:28)	XORL	AX, AX
	0x007b 00123 (iface_nil_typed.go:28)	NOP
	0x0080 00128 (iface_nil_typed.go:28)	CALL	runtime.printbool(SB)
	0x0085 00133 (iface_nil_typed.go:28)	CALL	runtime.printnl(SB)
	0x008a 00138 (iface_nil_typed.go:28)	CALL	runtime.printunlock(SB)
	0x008f 00143 (iface_nil_typed.go:29)	XORL	AX, AX
	0x0091 00145 (iface_nil_typed.go:29)	CALL	main.mayFail(SB)
	0x0096 00150 (iface_nil_typed.go:30)	MOVQ	24(AX), CX
	0x009a 00154 (iface_nil_typed.go:30)	MOVQ	BX, AX
	0x009d 00157 (iface_nil_typed.go:30)	CALL	CX
	0x009f 00159 (iface_nil_typed.go:30)	MOVQ	AX, main..autotmp_44+56(SP)
	0x00a4 00164 (iface_nil_typed.go:30)	MOVQ	BX, main..autotmp_45+32(SP)
	0x00a9 00169 (iface_nil_typed.go:30)	PCDATA	$1, $1
	0x00a9 00169 (iface_nil_typed.go:30)	CALL	runtime.printlock(SB)
	0x00ae 00174 (iface_nil_typed.go:30)	MOVQ	main..autotmp_44+56(SP), AX
	0x00b3 00179 (iface_nil_typed.go:30)	MOVQ	main..autotmp_45+32(SP), BX
	0x00b8 00184 (iface_nil_typed.go:30)	PCDATA	$1, $0
	0x00b8 00184 (iface_nil_typed.go:30)	CALL	runtime.printstring(SB)
	0x00bd 00189 (iface_nil_typed.go:30)	NOP
	0x00c0 00192 (iface_nil_typed.go:30)	CALL	runtime.printnl(SB)
	0x00c5 00197 (iface_nil_typed.go:30)	CALL	runtime.printunlock(SB)
	0x00ca 00202 (iface_nil_typed.go:33)	XORL	AX, AX
	0x00cc 00204 (iface_nil_typed.go:33)	XORL	BX, BX
	0x00ce 00206 (iface_nil_typed.go:33)	MOVL	BX, CX
	0x00d0 00208 (iface_nil_typed.go:33)	CALL	runtime.efaceeq(SB)
	0x00d5 00213 (iface_nil_typed.go:33)	MOVB	AL, main..autotmp_46+31(SP)
	0x00d9 00217 (iface_nil_typed.go:33)	CALL	runtime.printlock(SB)
	0x00de 00222 (iface_nil_typed.go:33)	MOVBLZX	main..autotmp_46+31(SP), AX
	0x00e3 00227 (iface_nil_typed.go:33)	CALL	runtime.printbool(SB)
	0x00e8 00232 (iface_nil_typed.go:33)	CALL	runtime.printnl(SB)
	0x00ed 00237 (iface_nil_typed.go:33)	CALL	runtime.printunlock(SB)
	0x00f2 00242 (iface_nil_typed.go:35)	LEAQ	type:int(SB), AX
	0x00f9 00249 (iface_nil_typed.go:35)	LEAQ	main..stmp_0(SB), BX
	0x0100 00256 (iface_nil_typed.go:35)	LEAQ	main..stmp_1(SB), CX
	0x0107 00263 (iface_nil_typed.go:35)	CALL	runtime.efaceeq(SB)
	0x010c 00268 (iface_nil_typed.go:35)	MOVB	AL, main..autotmp_46+31(SP)
	0x0110 00272 (iface_nil_typed.go:35)	CALL	runtime.printlock(SB)
	0x0115 00277 (iface_nil_typed.go:35)	MOVBLZX	main..autotmp_46+31(SP), AX
	0x011a 00282 (iface_nil_typed.go:35)	CALL	runtime.printbool(SB)
	0x011f 00287 (iface_nil_typed.go:35)	NOP
	0x0120 00288 (iface_nil_typed.go:35)	CALL	runtime.printnl(SB)
	0x0125 00293 (iface_nil_typed.go:35)	CALL	runtime.printunlock(SB)
	0x012a 00298 (iface_nil_typed.go:37)	CALL	runtime.printlock(SB)
	0x012f 00303 (iface_nil_typed.go:37)	XORL	AX, AX
	0x0131 00305 (iface_nil_typed.go:37)	CALL	runtime.printbool(SB)
	0x0136 00310 (iface_nil_typed.go:37)	CALL	runtime.printnl(SB)
	0x013b 00315 (iface_nil_typed.go:37)	NOP
	0x0140 00320 (iface_nil_typed.go:37)	CALL	runtime.printunlock(SB)
	0x0145 00325 (iface_nil_typed.go:39)	LEAQ	type:string(SB), AX
	0x014c 00332 (iface_nil_typed.go:39)	LEAQ	main..stmp_3(SB), BX
	0x0153 00339 (iface_nil_typed.go:39)	LEAQ	main..stmp_4(SB), CX
	0x015a 00346 (iface_nil_typed.go:39)	CALL	runtime.efaceeq(SB)
	0x015f 00351 (iface_nil_typed.go:39)	MOVB	AL, main..autotmp_46+31(SP)
	0x0163 00355 (iface_nil_typed.go:39)	CALL	runtime.printlock(SB)
	0x0168 00360 (iface_nil_typed.go:39)	MOVBLZX	main..autotmp_46+31(SP), AX
	0x016d 00365 (iface_nil_typed.go:39)	CALL	runtime.printbool(SB)
	0x0172 00370 (iface_nil_typed.go:39)	CALL	runtime.printnl(SB)
	0x0177 00375 (iface_nil_typed.go:39)	CALL	runtime.printunlock(SB)
	0x017c 00380 (iface_nil_typed.go:41)	LEAQ	type:[2]int(SB), AX
	0x0183 00387 (iface_nil_typed.go:41)	LEAQ	main..stmp_5(SB), BX
	0x018a 00394 (iface_nil_typed.go:41)	LEAQ	main..stmp_6(SB), CX
	0x0191 00401 (iface_nil_typed.go:41)	CALL	runtime.efaceeq(SB)
	0x0196 00406 (iface_nil_typed.go:41)	MOVB	AL, main..autotmp_46+31(SP)
	0x019a 00410 (iface_nil_typed.go:41)	CALL	runtime.printlock(SB)
	0x019f 00415 (iface_nil_typed.go:41)	MOVBLZX	main..autotmp_46+31(SP), AX
	0x01a4 00420 (iface_nil_typed.go:41)	CALL	runtime.printbool(SB)
	0x01a9 00425 (iface_nil_typed.go:41)	CALL	runtime.printnl(SB)
	0x01ae 00430 (iface_nil_typed.go:41)	CALL	runtime.printunlock(SB)
	0x01b3 00435 (iface_nil_typed.go:47)	LEAQ	type:main.S·1(SB), AX
	0x01ba 00442 (iface_nil_typed.go:47)	LEAQ	main..stmp_7(SB), BX
	0x01c1 00449 (iface_nil_typed.go:47)	LEAQ	main..stmp_8(SB), CX
	0x01c8 00456 (iface_nil_typed.go:47)	CALL	runtime.efaceeq(SB)
	0x01cd 00461 (iface_nil_typed.go:47)	MOVB	AL, main..autotmp_46+31(SP)
	0x01d1 00465 (iface_nil_typed.go:47)	LEAQ	type:main.S·1(SB), AX
	0x01d8 00472 (iface_nil_typed.go:47)	LEAQ	main..stmp_9(SB), BX
	0x01df 00479 (iface_nil_typed.go:47)	LEAQ	main..stmp_7(SB), CX
	0x01e6 00486 (iface_nil_typed.go:47)	CALL	runtime.efaceeq(SB)
	0x01eb 00491 (iface_nil_typed.go:47)	MOVB	AL, main..autotmp_47+30(SP)
	0x01ef 00495 (iface_nil_typed.go:47)	CALL	runtime.printlock(SB)
	0x01f4 00500 (iface_nil_typed.go:47)	MOVBLZX	main..autotmp_46+31(SP), AX
	0x01f9 00505 (iface_nil_typed.go:47)	CALL	runtime.printbool(SB)
	0x01fe 00510 (iface_nil_typed.go:47)	NOP
	0x0200 00512 (iface_nil_typed.go:47)	CALL	runtime.printsp(SB)
	0x0205 00517 (iface_nil_typed.go:47)	MOVBLZX	main..autotmp_47+30(SP), AX
	0x020a 00522 (iface_nil_typed.go:47)	XORL	$1, AX
	0x020d 00525 (iface_nil_typed.go:47)	CALL	runtime.printbool(SB)
	0x0212 00530 (iface_nil_typed.go:47)	CALL	runtime.printnl(SB)
	0x0217 00535 (iface_nil_typed.go:47)	CALL	runtime.printunlock(SB)
	0x021c 00540 (iface_nil_typed.go:47)	NOP
	0x0220 00544 (iface_nil_typed.go:50)	CALL	runtime.printlock(SB)
	0x0225 00549 (iface_nil_typed.go:50)	XORL	AX, AX
	0x0227 00551 (iface_nil_typed.go:50)	CALL	runtime.printbool(SB)
	0x022c 00556 (iface_nil_typed.go:50)	CALL	runtime.printsp(SB)
	0x0231 00561 (iface_nil_typed.go:50)	MOVL	$1, AX
	0x0236 00566 (iface_nil_typed.go:50)	CALL	runtime.printbool(SB)
	0x023b 00571 (iface_nil_typed.go:50)	NOP
	0x0240 00576 (iface_nil_typed.go:50)	CALL	runtime.printnl(SB)
	0x0245 00581 (iface_nil_typed.go:50)	CALL	runtime.printunlock(SB)
	0x024a 00586 (iface_nil_typed.go:51)	ADDQ	$64, SP
	0x024e 00590 (iface_nil_typed.go:51)	POPQ	BP
	0x024f 00591 (iface_nil_typed.go:51)	RET
	0x0250 00592 (iface_nil_typed.go:51)	NOP
	0x0250 00592 (iface_nil_typed.go:26)	PCDATA	$1, $-1
	0x0250 00592 (iface_nil_typed.go:26)	PCDATA	$0, $-2
	0x0250 00592 (iface_nil_typed.go:26)	CALL	runtime.morestack_noctxt(SB)
	0x0255 00597 (iface_nil_typed.go:26)	PCDATA	$0, $-1
	0x0255 00597 (iface_nil_typed.go:26)	JMP	0
	0x0000 49 3b 66 10 0f 86 46 02 00 00 55 48 89 e5 48 83  I;f...F...UH..H.
	0x0010 ec 40 31 c0 e8 00 00 00 00 48 89 44 24 30 b8 01  .@1......H.D$0..
	0x0020 00 00 00 e8 00 00 00 00 48 89 44 24 28 e8 00 00  ........H.D$(...
	0x0030 00 00 48 8b 4c 24 30 48 85 c9 0f 94 c0 0f 1f 00  ..H.L$0H........
	0x0040 e8 00 00 00 00 e8 00 00 00 00 48 8b 4c 24 28 48  ..........H.L$(H
	0x0050 85 c9 0f 94 c0 e8 00 00 00 00 e8 00 00 00 00 90  ................
	0x0060 e8 00 00 00 00 e8 00 00 00 00 b8 01 00 00 00 e8  ................
	0x0070 00 00 00 00 e8 00 00 00 00 31 c0 0f 1f 44 00 00  .........1...D..
	0x0080 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 31  ...............1
	0x0090 c0 e8 00 00 00 00 48 8b 48 18 48 89 d8 ff d1 48  ......H.H.H....H
	0x00a0 89 44 24 38 48 89 5c 24 20 e8 00 00 00 00 48 8b  .D$8H.\$ .....H.
	0x00b0 44 24 38 48 8b 5c 24 20 e8 00 00 00 00 0f 1f 00  D$8H.\$ ........
	0x00c0 e8 00 00 00 00 e8 00 00 00 00 31 c0 31 db 89 d9  ..........1.1...
	0x00d0 e8 00 00 00 00 88 44 24 1f e8 00 00 00 00 0f b6  ......D$........
	0x00e0 44 24 1f e8 00 00 00 00 e8 00 00 00 00 e8 00 00  D$..............
	0x00f0 00 00 48 8d 05 00 00 00 00 48 8d 1d 00 00 00 00  ..H......H......
	0x0100 48 8d 0d 00 00 00 00 e8 00 00 00 00 88 44 24 1f  H............D$.
	0x0110 e8 00 00 00 00 0f b6 44 24 1f e8 00 00 00 00 90  .......D$.......
	0x0120 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 31  ...............1
	0x0130 c0 e8 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0140 e8 00 00 00 00 48 8d 05 00 00 00 00 48 8d 1d 00  .....H......H...
	0x0150 00 00 00 48 8d 0d 00 00 00 00 e8 00 00 00 00 88  ...H............
	0x0160 44 24 1f e8 00 00 00 00 0f b6 44 24 1f e8 00 00  D$........D$....
	0x0170 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00  ............H...
	0x0180 00 00 00 48 8d 1d 00 00 00 00 48 8d 0d 00 00 00  ...H......H.....
	0x0190 00 e8 00 00 00 00 88 44 24 1f e8 00 00 00 00 0f  .......D$.......
	0x01a0 b6 44 24 1f e8 00 00 00 00 e8 00 00 00 00 e8 00  .D$.............
	0x01b0 00 00 00 48 8d 05 00 00 00 00 48 8d 1d 00 00 00  ...H......H.....
	0x01c0 00 48 8d 0d 00 00 00 00 e8 00 00 00 00 88 44 24  .H............D$
	0x01d0 1f 48 8d 05 00 00 00 00 48 8d 1d 00 00 00 00 48  .H......H......H
	0x01e0 8d 0d 00 00 00 00 e8 00 00 00 00 88 44 24 1e e8  ............D$..
	0x01f0 00 00 00 00 0f b6 44 24 1f e8 00 00 00 00 66 90  ......D$......f.
	0x0200 e8 00 00 00 00 0f b6 44 24 1e 83 f0 01 e8 00 00  .......D$.......
	0x0210 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x0220 e8 00 00 00 00 31 c0 e8 00 00 00 00 e8 00 00 00  .....1..........
	0x0230 00 b8 01 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0240 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 40 5d c3  ..........H..@].
	0x0250 e8 00 00 00 00 e9 a6 fd ff ff                    ..........
	rel 3+0 t=R_USEIFACE type:*main.MyErr+0
	rel 3+0 t=R_USEIFACE type:*main.MyErr+0
	rel 3+0 t=R_USEIFACEMETHOD type:main.error2+96
	rel 3+0 t=R_USEIFACE type:int+0
	rel 3+0 t=R_USEIFACE type:int+0
	rel 3+0 t=R_USEIFACE type:int64+0
	rel 3+0 t=R_USEIFACE type:string+0
	rel 3+0 t=R_USEIFACE type:string+0
	rel 3+0 t=R_USEIFACE type:[2]int+0
	rel 3+0 t=R_USEIFACE type:[2]int+0
	rel 3+0 t=R_USEIFACE type:main.S·1+0
	rel 3+0 t=R_USEIFACE type:main.S·1+0
	rel 3+0 t=R_USEIFACE type:main.S·1+0
	rel 3+0 t=R_USEIFACE type:*int+0
	rel 3+0 t=R_USEIFACE type:*int+0
	rel 21+4 t=R_CALL main.mayFail+0
	rel 36+4 t=R_CALL main.mayFail+0
	rel 46+4 t=R_CALL runtime.printlock+0
	rel 65+4 t=R_CALL runtime.printbool+0
	rel 70+4 t=R_CALL runtime.printsp+0
	rel 86+4 t=R_CALL runtime.printbool+0
	rel 91+4 t=R_CALL runtime.printnl+0
	rel 97+4 t=R_CALL runtime.printunlock+0
	rel 102+4 t=R_CALL runtime.printlock+0
	rel 112+4 t=R_CALL runtime.printbool+0
	rel 117+4 t=R_CALL runtime.printsp+0
	rel 129+4 t=R_CALL runtime.printbool+0
	rel 134+4 t=R_CALL runtime.printnl+0
	rel 139+4 t=R_CALL runtime.printunlock+0
	rel 146+4 t=R_CALL main.mayFail+0
	rel 157+0 t=R_CALLIND +0
	rel 170+4 t=R_CALL runtime.printlock+0
	rel 185+4 t=R_CALL runtime.printstring+0
	rel 193+4 t=R_CALL runtime.printnl+0
	rel 198+4 t=R_CALL runtime.printunlock+0
	rel 209+4 t=R_CALL runtime.efaceeq+0
	rel 218+4 t=R_CALL runtime.printlock+0
	rel 228+4 t=R_CALL runtime.printbool+0
	rel 233+4 t=R_CALL runtime.printnl+0
	rel 238+4 t=R_CALL runtime.printunlock+0
	rel 245+4 t=R_PCREL type:int+0
	rel 252+4 t=R_PCREL main..stmp_0+0
	rel 259+4 t=R_PCREL main..stmp_1+0
	rel 264+4 t=R_CALL runtime.efaceeq+0
	rel 273+4 t=R_CALL runtime.printlock+0
	rel 283+4 t=R_CALL runtime.printbool+0
	rel 289+4 t=R_CALL runtime.printnl+0
	rel 294+4 t=R_CALL runtime.printunlock+0
	rel 299+4 t=R_CALL runtime.printlock+0
	rel 306+4 t=R_CALL runtime.printbool+0
	rel 311+4 t=R_CALL runtime.printnl+0
	rel 321+4 t=R_CALL runtime.printunlock+0
	rel 328+4 t=R_PCREL type:string+0
	rel 335+4 t=R_PCREL main..stmp_3+0
	rel 342+4 t=R_PCREL main..stmp_4+0
	rel 347+4 t=R_CALL runtime.efaceeq+0
	rel 356+4 t=R_CALL runtime.printlock+0
	rel 366+4 t=R_CALL runtime.printbool+0
	rel 371+4 t=R_CALL runtime.printnl+0
	rel 376+4 t=R_CALL runtime.printunlock+0
	rel 383+4 t=R_PCREL type:[2]int+0
	rel 390+4 t=R_PCREL main..stmp_5+0
	rel 397+4 t=R_PCREL main..stmp_6+0
	rel 402+4 t=R_CALL runtime.efaceeq+0
	rel 411+4 t=R_CALL runtime.printlock+0
	rel 421+4 t=R_CALL runtime.printbool+0
	rel 426+4 t=R_CALL runtime.printnl+0
	rel 431+4 t=R_CALL runtime.printunlock+0
	rel 438+4 t=R_PCREL type:main.S·1+0
	rel 445+4 t=R_PCREL main..stmp_7+0
	rel 452+4 t=R_PCREL main..stmp_8+0
	rel 457+4 t=R_CALL runtime.efaceeq+0
	rel 468+4 t=R_PCREL type:main.S·1+0
	rel 475+4 t=R_PCREL main..stmp_9+0
	rel 482+4 t=R_PCREL main..stmp_7+0
	rel 487+4 t=R_CALL runtime.efaceeq+0
	rel 496+4 t=R_CALL runtime.printlock+0
	rel 506+4 t=R_CALL runtime.printbool+0
	rel 513+4 t=R_CALL runtime.printsp+0
	rel 526+4 t=R_CALL runtime.printbool+0
	rel 531+4 t=R_CALL runtime.printnl+0
	rel 536+4 t=R_CALL runtime.printunlock+0
	rel 545+4 t=R_CALL runtime.printlock+0
	rel 552+4 t=R_CALL runtime.printbool+0
	rel 557+4 t=R_CALL runtime.printsp+0
	rel 567+4 t=R_CALL runtime.printbool+0
	rel 577+4 t=R_CALL runtime.printnl+0
	rel 582+4 t=R_CALL runtime.printunlock+0
	rel 593+4 t=R_CALL runtime.morestack_noctxt+0
main.error2.Error STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.error2.Error(SB), DUPOK|WRAPPER|ABIInternal, $16-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	40
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$8, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+24(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+32(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.error2.Error.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.error2.Error.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	MOVQ	24(AX), CX
	0x001c 00028 (<autogenerated>:1)	MOVQ	BX, AX
	0x001f 00031 (<autogenerated>:1)	PCDATA	$1, $1
	0x001f 00031 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CALL	CX
	0x0022 00034 (<autogenerated>:1)	ADDQ	$8, SP
	0x0026 00038 (<autogenerated>:1)	POPQ	BP
	0x0027 00039 (<autogenerated>:1)	RET
	0x0028 00040 (<autogenerated>:1)	NOP
	0x0028 00040 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0028 00040 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0028 00040 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x002d 00045 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0032 00050 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0037 00055 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0037 00055 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x003c 00060 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0041 00065 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 22 55 48 89 e5 48 83 ec 08 48 89  I;f.v"UH..H...H.
	0x0010 44 24 18 48 89 5c 24 20 48 8b 48 18 48 89 d8 90  D$.H.\$ H.H.H...
	0x0020 ff d1 48 83 c4 08 5d c3 48 89 44 24 08 48 89 5c  ..H...].H.D$.H.\
	0x0030 24 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24  $......H.D$.H.\$
	0x0040 10 eb bd                                         ...
	rel 2+0 t=R_USEIFACEMETHOD type:main.error2+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
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
runtime.interequal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.interequal+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.error2- SRODATA dupok size=14 align=0x1
	0x0000 00 0c 2a 6d 61 69 6e 2e 65 72 72 6f 72 32        ..*main.error2
type:*main.error2 SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5d 99 82 bf 28 08 08 16 00 00 00 00 00 00 00 00  ]...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.error2-+0
	rel 48+8 t=R_ADDR type:main.error2+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.*func() string- SRODATA dupok size=16 align=0x1
	0x0000 00 0e 2a 66 75 6e 63 28 29 20 73 74 72 69 6e 67  ..*func() string
type:*func() string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 38 65 5b 28 28 08 08 16 00 00 00 00 00 00 00 00  8e[((...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() string-+0
	rel 48+8 t=R_ADDR type:func() string+0
type:func() string SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 01 1f 55 63 22 08 08 13 00 00 00 00 00 00 00 00  ..Uc"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() string-+0
	rel 44+4 t=RelocType(-32763) type:*func() string+0
	rel 56+8 t=R_ADDR type:string+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Error. SRODATA dupok size=7 align=0x1
	0x0000 01 05 45 72 72 6f 72                             ..Error
type:main.error2 SRODATA size=104 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 4a a9 ee 8d 07 08 08 14 00 00 00 00 00 00 00 00  J...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.error2-+0
	rel 44+4 t=R_ADDROFF type:*main.error2+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.error2+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Error.+0
	rel 100+4 t=R_ADDROFF type:func() string+0
type:.namedata.*main.MyErr. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 4d 79 45 72 72           ..*main.MyErr
runtime.memequal0·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal0+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:main.MyErr SRODATA size=96 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 61 81 9d 35 0f 01 01 19 00 00 00 00 00 00 00 00  a..5............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 10 00 00 00              ............
	rel 24+8 t=R_ADDR runtime.memequal0·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.MyErr.+0
	rel 44+4 t=R_ADDROFF type:*main.MyErr+0
	rel 56+8 t=R_ADDR type:main.MyErr+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
type:.namedata.*func(*main.MyErr) string- SRODATA dupok size=27 align=0x1
	0x0000 00 19 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 4d 79  ..*func(*main.My
	0x0010 45 72 72 29 20 73 74 72 69 6e 67                 Err) string
type:*func(*main.MyErr) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c2 96 00 b0 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.MyErr) string-+0
	rel 48+8 t=R_ADDR type:func(*main.MyErr) string+0
type:func(*main.MyErr) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 56 0f ac 1d 22 08 08 13 00 00 00 00 00 00 00 00  V..."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.MyErr) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.MyErr) string+0
	rel 56+8 t=R_ADDR type:*main.MyErr+0
	rel 64+8 t=R_ADDR type:string+0
type:*main.MyErr SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 48 04 56 a9 29 08 08 16 00 00 00 00 00 00 00 00  H.V.)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.MyErr.+0
	rel 48+8 t=R_ADDR type:main.MyErr+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Error.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*MyErr).Error+0
	rel 84+4 t=R_METHODOFF main.(*MyErr).Error+0
go:itab.*main.MyErr,main.error2 SRODATA dupok size=32 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 48 04 56 a9 00 00 00 00 00 00 00 00 00 00 00 00  H.V.............
	rel 0+8 t=R_ADDR type:main.error2+0
	rel 8+8 t=R_ADDR type:*main.MyErr+0
	rel 24+8 t=RelocType(-32767) main.(*MyErr).Error+0
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.correct$abstract SDWARFABSFCN dupok size=29 align=0x0
	0x0000 05 6d 61 69 6e 2e 63 6f 72 72 65 63 74 00 01 13  .main.correct...
	0x0010 01 22 66 61 69 6c 00 00 00 00 00 00 00           ."fail.......
	rel 24+4 t=R_DWARFSECREF go:info.bool+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
type:.eqfunc.M8S SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.M8S+0
type:.namedata.*main.S. SRODATA dupok size=9 align=0x1
	0x0000 01 07 2a 6d 61 69 6e 2e 53                       ..*main.S
type:*main.S·1 SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fd b9 1e 40 28 08 08 16 00 00 00 00 00 00 00 00  ...@(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.S.+0
	rel 48+8 t=R_ADDR type:main.S·1+0
type:.namedata.x- SRODATA dupok size=3 align=0x1
	0x0000 00 01 78                                         ..x
type:.namedata.s- SRODATA dupok size=3 align=0x1
	0x0000 00 01 73                                         ..s
type:main.S·1 SRODATA size=144 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 7b e3 d2 f4 07 08 08 19 00 00 00 00 00 00 00 00  {...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.M8S+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.S.+0
	rel 44+4 t=R_ADDROFF type:*main.S·1+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.S·1+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.x-+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.s-+0
	rel 128+8 t=R_ADDR type:string+0
runtime.memequal128·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal128+0
type:.namedata.*[2]int- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 5b 32 5d 69 6e 74                       ..*[2]int
type:*[2]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4b ea a2 a4 28 08 08 16 00 00 00 00 00 00 00 00  K...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[2]int-+0
	rel 48+8 t=R_ADDR type:[2]int+0
type:[2]int SRODATA dupok size=72 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 e3 56 57 7d 0a 08 08 11 00 00 00 00 00 00 00 00  .VW}............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[2]int-+0
	rel 44+4 t=RelocType(-32763) type:*[2]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
go:string."myerr" SRODATA dupok size=5 align=0x1
	0x0000 6d 79 65 72 72                                   myerr
go:string."x" SRODATA dupok size=1 align=0x1
	0x0000 78                                               x
go:string."a" SRODATA dupok size=1 align=0x1
	0x0000 61                                               a
main..stmp_0 SRODATA static size=8 align=0x8
	0x0000 03 00 00 00 00 00 00 00                          ........
main..stmp_1 SRODATA static size=8 align=0x8
	0x0000 03 00 00 00 00 00 00 00                          ........
main..stmp_2 SRODATA static size=8 align=0x8
	0x0000 03 00 00 00 00 00 00 00                          ........
main..stmp_3 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."x"+0
main..stmp_4 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."x"+0
main..stmp_5 SRODATA static size=16 align=0x8
	0x0000 01 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
main..stmp_6 SRODATA static size=16 align=0x8
	0x0000 01 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
main..stmp_7 SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01 00 00 00 00 00 00 00                          ........
	rel 8+8 t=R_ADDR go:string."a"+0
main..stmp_8 SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01 00 00 00 00 00 00 00                          ........
	rel 8+8 t=R_ADDR go:string."a"+0
main..stmp_9 SRODATA static size=24 align=0x8
	0x0000 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01 00 00 00 00 00 00 00                          ........
	rel 8+8 t=R_ADDR go:string."a"+0
gclocals·PqVQJggGJ2Sanl8iJuPOkQ== SRODATA dupok size=9 align=0x4
	0x0000 01 00 00 00 01 00 00 00 00                       .........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.(*MyErr).Error.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*MyErr).Error.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.mayFail.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 01 ff                                         ...
main.mayFail.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.correct.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 01 ff                                         ...
main.correct.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
main.error2.Error.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.error2.Error.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
type:.eq.M8S.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.M8S.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
