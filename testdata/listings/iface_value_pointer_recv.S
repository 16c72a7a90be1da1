funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (iface_value_pointer_recv.go:30)	TEXT	main.main(SB), ABIInternal, $176-0
     0        00000 (iface_value_pointer_recv.go:30)	TEXT	main.main(SB), ABIInternal, $176-0
     0     -1 00000 (iface_value_pointer_recv.go:30)	LEAQ	-48(SP), R12
     5        00005 (iface_value_pointer_recv.go:30)	CMPQ	R12, 16(R14)
     9        00009 (iface_value_pointer_recv.go:30)	PCDATA	$0, $-2
     9        00009 (iface_value_pointer_recv.go:30)	JLS	760
     f        00015 (iface_value_pointer_recv.go:30)	PCDATA	$0, $-1
     f        00015 (iface_value_pointer_recv.go:30)	PUSHQ	BP
    10        00016 (iface_value_pointer_recv.go:30)	MOVQ	SP, BP
    13        00019 (iface_value_pointer_recv.go:30)	SUBQ	$168, SP
    1a        00026 (iface_value_pointer_recv.go:30)	FUNCDATA	$0, gclocals·3Nf0KxzcHw1JLr11btD+gA==(SB)
    1a        00026 (iface_value_pointer_recv.go:30)	FUNCDATA	$1, gclocals·AUAlI7fBNyccAKhrmfaYEA==(SB)
    1a        00026 (iface_value_pointer_recv.go:30)	FUNCDATA	$2, main.main.stkobj(SB)
    1a        00026 (iface_value_pointer_recv.go:32)	MOVQ	$2, main..autotmp_15+56(SP)
    23        00035 (iface_value_pointer_recv.go:32)	MOVQ	$3, main..autotmp_15+64(SP)
    2c        00044 (iface_value_pointer_recv.go:32)	LEAQ	type:main.Rect(SB), AX
    33        00051 (iface_value_pointer_recv.go:32)	LEAQ	main..autotmp_15+56(SP), BX
    38        00056 (iface_value_pointer_recv.go:32)	PCDATA	$1, $0
    38        00056 (iface_value_pointer_recv.go:32)	CALL	runtime.convTnoptr(SB)
    3d        00061 (iface_value_pointer_recv.go:32)	MOVQ	AX, main..autotmp_57+96(SP)
    42        00066 (iface_value_pointer_recv.go:34)	PCDATA	$1, $1
    42        00066 (iface_value_pointer_recv.go:34)	CALL	main.(*Rect).Name(SB)
    47        00071 (iface_value_pointer_recv.go:34)	MOVQ	AX, main..autotmp_58+88(SP)
    4c        00076 (iface_value_pointer_recv.go:34)	MOVQ	BX, main..autotmp_59+48(SP)
    51        00081 (iface_value_pointer_recv.go:34)	MOVQ	main..autotmp_57+96(SP), AX
    56        00086 (iface_value_pointer_recv.go:34)	PCDATA	$1, $2
    56        00086 (iface_value_pointer_recv.go:34)	CALL	main.(*Rect).Area(SB)
    5b        00091 (iface_value_pointer_recv.go:34)	MOVQ	AX, main..autotmp_60+40(SP)
    60        00096 (<unknown line number>)	NOP
    60        00096 (iface_value_pointer_recv.go:34)	CALL	runtime.printlock(SB)
    65        00101 (iface_value_pointer_recv.go:34)	MOVQ	main..autotmp_58+88(SP), AX
    6a        00106 (iface_value_pointer_recv.go:34)	MOVQ	main..autotmp_59+48(SP), BX
    6f        00111 (iface_value_pointer_recv.go:34)	PCDATA	$1, $0
    6f        00111 (iface_value_pointer_recv.go:34)	CALL	runtime.printstring(SB)
    74        00116 (iface_value_pointer_recv.go:34)	CALL	runtime.printsp(SB)
    79        00121 (iface_value_pointer_recv.go:34)	MOVQ	main..autotmp_60+40(SP), AX
    7e        00126 (iface_value_pointer_recv.go:34)	NOP
    80        00128 (iface_value_pointer_recv.go:34)	CALL	runtime.printint(SB)
    85        00133 (iface_value_pointer_recv.go:34)	CALL	runtime.printsp(SB)
    8a        00138 (iface_value_pointer_recv.go:34)	MOVL	$30, AX
    8f        00143 (iface_value_pointer_recv.go:34)	CALL	runtime.printint(SB)
    94        00148 (iface_value_pointer_recv.go:34)	CALL	runtime.printnl(SB)
    99        00153 (iface_value_pointer_recv.go:34)	CALL	runtime.printunlock(SB)
    9e        00158 (iface_value_pointer_recv.go:36)	MOVL	$8, AX
    a3        00163 (iface_value_pointer_recv.go:36)	LEAQ	type:main.Sq(SB), BX
    aa        00170 (iface_value_pointer_recv.go:36)	MOVL	$1, CX
    af        00175 (iface_value_pointer_recv.go:36)	CALL	runtime.mallocgcTinySC2(SB)
    b4        00180 (iface_value_pointer_recv.go:36)	MOVQ	AX, main.sq+72(SP)
    b9        00185 (iface_value_pointer_recv.go:38)	MOVQ	$5, (AX)
    c0        00192 (iface_value_pointer_recv.go:39)	PCDATA	$1, $3
    c0        00192 (iface_value_pointer_recv.go:39)	CALL	main.(*Sq).Name(SB)
    c5        00197 (iface_value_pointer_recv.go:39)	MOVQ	AX, main..autotmp_58+88(SP)
    ca        00202 (iface_value_pointer_recv.go:39)	MOVQ	BX, main..autotmp_59+48(SP)
    cf        00207 (iface_value_pointer_recv.go:39)	MOVQ	main.sq+72(SP), AX
    d4        00212 (iface_value_pointer_recv.go:39)	PCDATA	$1, $4
    d4        00212 (iface_value_pointer_recv.go:39)	CALL	main.(*Sq).Area(SB)
    d9        00217 (iface_value_pointer_recv.go:39)	MOVQ	AX, main..autotmp_60+40(SP)
    de        00222 (iface_value_pointer_recv.go:39)	NOP
    e0        00224 (iface_value_pointer_recv.go:39)	CALL	runtime.printlock(SB)
    e5        00229 (iface_value_pointer_recv.go:39)	MOVQ	main..autotmp_58+88(SP), AX
    ea        00234 (iface_value_pointer_recv.go:39)	MOVQ	main..autotmp_59+48(SP), BX
    ef        00239 (iface_value_pointer_recv.go:39)	PCDATA	$1, $3
    ef        00239 (iface_value_pointer_recv.go:39)	CALL	runtime.printstring(SB)
    f4        00244 (iface_value_pointer_recv.go:39)	CALL	runtime.printsp(SB)
    f9        00249 (iface_value_pointer_recv.go:39)	MOVQ	main..autotmp_60+40(SP), AX
    fe        00254 (iface_value_pointer_recv.go:39)	NOP
   100        00256 (iface_value_pointer_recv.go:39)	CALL	runtime.printint(SB)
   105        00261 (iface_value_pointer_recv.go:39)	CALL	runtime.printnl(SB)
   10a        00266 (iface_value_pointer_recv.go:39)	CALL	runtime.printunlock(SB)
   10f        00271 (iface_value_pointer_recv.go:42)	XCHGL	AX, AX
   110        00272 (iface_value_pointer_recv.go:43)	XCHGL	AX, AX
   111      0 00273 (iface_value_pointer_recv.go:42)	MOVQ	main.sq+72(SP), AX
   116        00278 (iface_value_pointer_recv.go:42)	ADDQ	$2, (AX)
   11a     -1 00282 (iface_value_pointer_recv.go:44)	CALL	main.(*Sq).Area(SB)
   11f        00287 (iface_value_pointer_recv.go:44)	MOVQ	AX, main..autotmp_59+48(SP)
   124        00292 (iface_value_pointer_recv.go:44)	MOVQ	main.sq+72(SP), CX
   129        00297 (iface_value_pointer_recv.go:44)	MOVQ	(CX), CX
   12c        00300 (iface_value_pointer_recv.go:44)	MOVQ	CX, main..autotmp_60+40(SP)
   131        00305 (iface_value_pointer_recv.go:44)	CALL	runtime.printlock(SB)
   136        00310 (iface_value_pointer_recv.go:44)	MOVQ	main..autotmp_59+48(SP), AX
   13b        00315 (iface_value_pointer_recv.go:44)	NOP
   140        00320 (iface_value_pointer_recv.go:44)	CALL	runtime.printint(SB)
   145        00325 (iface_value_pointer_recv.go:44)	CALL	runtime.printsp(SB)
   14a        00330 (iface_value_pointer_recv.go:44)	MOVQ	main..autotmp_60+40(SP), AX
   14f        00335 (iface_value_pointer_recv.go:44)	CALL	runtime.printint(SB)
   154        00340 (iface_value_pointer_recv.go:44)	CALL	runtime.printnl(SB)
   159        00345 (iface_value_pointer_recv.go:44)	CALL	runtime.printunlock(SB)
   15e        00350 (iface_value_pointer_recv.go:46)	MOVL	$16, AX
   163        00355 (iface_value_pointer_recv.go:46)	LEAQ	type:main.Rect(SB), BX
   16a        00362 (iface_value_pointer_recv.go:46)	MOVL	$1, CX
   16f        00367 (iface_value_pointer_recv.go:46)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
   174        00372 (iface_value_pointer_recv.go:46)	MOVQ	$1, (AX)
   17b        00379 (iface_value_pointer_recv.go:48)	MOVQ	$7, 8(AX)
   183        00387 (iface_value_pointer_recv.go:49)	CALL	main.(*Rect).Area(SB)
   188        00392 (iface_value_pointer_recv.go:49)	MOVQ	AX, main..autotmp_59+48(SP)
   18d        00397 (iface_value_pointer_recv.go:49)	CALL	runtime.printlock(SB)
   192        00402 (iface_value_pointer_recv.go:49)	MOVQ	main..autotmp_59+48(SP), AX
   197        00407 (iface_value_pointer_recv.go:49)	CALL	runtime.printint(SB)
   19c        00412 (iface_value_pointer_recv.go:49)	NOP
   1a0        00416 (iface_value_pointer_recv.go:49)	CALL	runtime.printnl(SB)
   1a5        00421 (iface_value_pointer_recv.go:49)	CALL	runtime.printunlock(SB)
   1aa        00426 (iface_value_pointer_recv.go:51)	MOVL	$8, AX
   1af        00431 (iface_value_pointer_recv.go:51)	LEAQ	type:main.Sq(SB), BX
   1b6        00438 (iface_value_pointer_recv.go:51)	MOVL	$1, CX
   1bb        00443 (iface_value_pointer_recv.go:51)	NOP
   1c0        00448 (iface_value_pointer_recv.go:51)	CALL	runtime.mallocgcTinySC2(SB)
   1c5        00453 (iface_value_pointer_recv.go:51)	MOVQ	AX, main..autotmp_61+80(SP)
   1ca        00458 (iface_value_pointer_recv.go:51)	MOVQ	$3, (AX)
   1d1        00465 (iface_value_pointer_recv.go:51)	MOVL	$16, AX
   1d6        00470 (iface_value_pointer_recv.go:51)	LEAQ	type:main.Rect(SB), BX
   1dd        00477 (iface_value_pointer_recv.go:51)	MOVL	$1, CX
   1e2        00482 (iface_value_pointer_recv.go:51)	PCDATA	$1, $5
   1e2        00482 (iface_value_pointer_recv.go:51)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
   1e7        00487 (iface_value_pointer_recv.go:51)	MOVQ	$4, (AX)
   1ee        00494 (iface_value_pointer_recv.go:51)	MOVQ	$5, 8(AX)
   1f6        00502 (iface_value_pointer_recv.go:51)	LEAQ	go:itab.main.Rect,main.Shape(SB), CX
   1fd        00509 (iface_value_pointer_recv.go:51)	MOVQ	CX, main..autotmp_29+104(SP)
   202        00514 (iface_value_pointer_recv.go:51)	LEAQ	main..stmp_0(SB), CX
   209        00521 (iface_value_pointer_recv.go:51)	MOVQ	CX, main..autotmp_29+112(SP)
   20e        00526 (iface_value_pointer_recv.go:51)	LEAQ	go:itab.*main.Sq,main.Shape(SB), CX
   215        00533 (iface_value_pointer_recv.go:51)	MOVQ	CX, main..autotmp_29+120(SP)
   21a        00538 (iface_value_pointer_recv.go:51)	MOVQ	main..autotmp_61+80(SP), DX
   21f        00543 (iface_value_pointer_recv.go:51)	MOVQ	DX, main..autotmp_29+128(SP)
   227        00551 (iface_value_pointer_recv.go:51)	LEAQ	go:itab.*main.Rect,main.Shape(SB), DX
   22e        00558 (iface_value_pointer_recv.go:51)	MOVQ	DX, main..autotmp_29+136(SP)
   236        00566 (iface_value_pointer_recv.go:51)	MOVQ	AX, main..autotmp_29+144(SP)
   23e        00574 (iface_value_pointer_recv.go:51)	MOVQ	CX, main..autotmp_29+152(SP)
   246        00582 (iface_value_pointer_recv.go:51)	MOVQ	main.sq+72(SP), CX
   24b        00587 (iface_value_pointer_recv.go:51)	MOVQ	CX, main..autotmp_29+160(SP)
   253        00595 (<unknown line number>)	NOP
   253      1 00595 (iface_value_pointer_recv.go:52)	LEAQ	main..autotmp_29+104(SP), CX
   258        00600 (iface_value_pointer_recv.go:52)	XORL	AX, AX
   25a        00602 (iface_value_pointer_recv.go:52)	XORL	DX, DX
   25c        00604 (iface_value_pointer_recv.go:52)	JMP	654
   25e        00606 (iface_value_pointer_recv.go:52)	MOVQ	AX, main..autotmp_59+48(SP)
   263        00611 (iface_value_pointer_recv.go:52)	MOVQ	CX, main..autotmp_57+96(SP)
   268        00616 (iface_value_pointer_recv.go:52)	MOVQ	(CX), DX
   26b        00619 (iface_value_pointer_recv.go:52)	MOVQ	8(CX), AX
   26f        00623 (iface_value_pointer_recv.go:52)	MOVQ	24(DX), CX
   273        00627 (iface_value_pointer_recv.go:52)	PCDATA	$1, $1
   273        00627 (iface_value_pointer_recv.go:52)	CALL	CX
   275        00629 (iface_value_pointer_recv.go:52)	MOVQ	main..autotmp_57+96(SP), CX
   27a        00634 (iface_value_pointer_recv.go:52)	ADDQ	$16, CX
   27e        00638 (iface_value_pointer_recv.go:52)	MOVQ	main.t+32(SP), DX
   283        00643 (iface_value_pointer_recv.go:52)	ADDQ	AX, DX
   286        00646 (iface_value_pointer_recv.go:52)	MOVQ	main..autotmp_59+48(SP), AX
   28b        00651 (iface_value_pointer_recv.go:52)	INCQ	AX
   28e        00654 (iface_value_pointer_recv.go:52)	MOVQ	DX, main.t+32(SP)
   293        00659 (iface_value_pointer_recv.go:52)	CMPQ	AX, $4
   297        00663 (iface_value_pointer_recv.go:52)	JLT	606
   299        00665 (iface_value_pointer_recv.go:52)	PCDATA	$1, $0
   299     -1 00665 (iface_value_pointer_recv.go:52)	CALL	runtime.printlock(SB)
   29e        00670 (iface_value_pointer_recv.go:52)	LEAQ	go:string."total "(SB), AX
   2a5        00677 (iface_value_pointer_recv.go:52)	MOVL	$6, BX
   2aa        00682 (iface_value_pointer_recv.go:52)	CALL	runtime.printstring(SB)
   2af        00687 (iface_value_pointer_recv.go:52)	MOVQ	main.t+32(SP), AX
   2b4        00692 (iface_value_pointer_recv.go:52)	CALL	runtime.printint(SB)
   2b9        00697 (iface_value_pointer_recv.go:52)	CALL	runtime.printnl(SB)
   2be        00702 (iface_value_pointer_recv.go:52)	NOP
   2c0        00704 (iface_value_pointer_recv.go:52)	CALL	runtime.printunlock(SB)
   2c5        00709 (iface_value_pointer_recv.go:55)	CALL	runtime.printlock(SB)
   2ca        00714 (iface_value_pointer_recv.go:55)	MOVL	$1, AX
   2cf        00719 (iface_value_pointer_recv.go:55)	CALL	runtime.printbool(SB)
   2d4        00724 (iface_value_pointer_recv.go:55)	CALL	runtime.printsp(SB)
   2d9        00729 (iface_value_pointer_recv.go:55)	MOVL	$1, AX
   2de        00734 (iface_value_pointer_recv.go:55)	NOP
   2e0        00736 (iface_value_pointer_recv.go:55)	CALL	runtime.printbool(SB)
   2e5        00741 (iface_value_pointer_recv.go:55)	CALL	runtime.printnl(SB)
   2ea        00746 (iface_value_pointer_recv.go:55)	CALL	runtime.printunlock(SB)
   2ef        00751 (iface_value_pointer_recv.go:56)	ADDQ	$168, SP
   2f6        00758 (iface_value_pointer_recv.go:56)	POPQ	BP
   2f7        00759 (iface_value_pointer_recv.go:56)	RET
   2f8        00760 (iface_value_pointer_recv.go:56)	NOP
   2f8        00760 (iface_value_pointer_recv.go:30)	PCDATA	$1, $-1
   2f8        00760 (iface_value_pointer_recv.go:30)	PCDATA	$0, $-2
   2f8        00760 (iface_value_pointer_recv.go:30)	CALL	runtime.morestack_noctxt(SB)
   2fd        00765 (iface_value_pointer_recv.go:30)	PCDATA	$0, $-1
   2fd        00765 (iface_value_pointer_recv.go:30)	NOP
   300        00768 (iface_value_pointer_recv.go:30)	JMP	0
   305 done
wrote 13 bytes to 0x0
 00 91 02 02 09 01 b9 02 04 46 03 6c 00
-- inlining tree for main.main:
0 | -1 | main.(*Sq).Grow (iface_value_pointer_recv.go:42:8) pc=271
1 | -1 | main.total (iface_value_pointer_recv.go:52:24) pc=665
--
funcpctab main.(*Rect).Name [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Rect).Name(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Rect).Name(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Rect).Name.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Rect).Name.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	23
     9        00009 (<autogenerated>:1)	LEAQ	go:string."rect"(SB), AX
    10        00016 (<autogenerated>:1)	MOVL	$4, BX
    15        00021 (<autogenerated>:1)	POPQ	BP
    16        00022 (<autogenerated>:1)	RET
    17        00023 (<autogenerated>:1)	PCDATA	$1, $1
    17        00023 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    1c        00028 (<autogenerated>:1)	XCHGL	AX, AX
    1d done
wrote 3 bytes to 0x0
 00 1d 00
funcpctab main.(*Rect).Area [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Rect).Area(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Rect).Area(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Rect).Area.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Rect).Area.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	22
     9        00009 (<autogenerated>:1)	MOVQ	(AX), CX
     c        00012 (<autogenerated>:1)	MOVQ	8(AX), AX
    10      0 00016 (<autogenerated>:1)	IMULQ	CX, AX
    14        00020 (<unknown line number>)	NOP
    14     -1 00020 (<autogenerated>:1)	POPQ	BP
    15        00021 (<autogenerated>:1)	RET
    16        00022 (<autogenerated>:1)	PCDATA	$1, $1
    16        00022 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    1b        00027 (<autogenerated>:1)	XCHGL	AX, AX
    1c done
wrote 7 bytes to 0x0
 00 10 02 04 01 08 00
-- inlining tree for main.(*Rect).Area:
0 | -1 | main.Rect.Area (<autogenerated>:1) pc=4
--
funcpctab main.total [valfunc=pctoinline]
     0     -1 00000 (iface_value_pointer_recv.go:22)	TEXT	main.total(SB), ABIInternal, $40-24
     0        00000 (iface_value_pointer_recv.go:22)	TEXT	main.total(SB), ABIInternal, $40-24
     0     -1 00000 (iface_value_pointer_recv.go:22)	CMPQ	SP, 16(R14)
     4        00004 (iface_value_pointer_recv.go:22)	PCDATA	$0, $-2
     4        00004 (iface_value_pointer_recv.go:22)	JLS	99
     6        00006 (iface_value_pointer_recv.go:22)	PCDATA	$0, $-1
     6        00006 (iface_value_pointer_recv.go:22)	PUSHQ	BP
     7        00007 (iface_value_pointer_recv.go:22)	MOVQ	SP, BP
     a        00010 (iface_value_pointer_recv.go:22)	SUBQ	$32, SP
     e        00014 (iface_value_pointer_recv.go:22)	MOVQ	AX, main.shapes+48(FP)
    13        00019 (iface_value_pointer_recv.go:22)	FUNCDATA	$0, gclocals·Z8zdw/dq+fE82FieA9ctlQ==(SB)
    13        00019 (iface_value_pointer_recv.go:22)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
    13        00019 (iface_value_pointer_recv.go:22)	FUNCDATA	$5, main.total.arginfo1(SB)
    13        00019 (iface_value_pointer_recv.go:22)	FUNCDATA	$6, main.total.argliveinfo(SB)
    13        00019 (iface_value_pointer_recv.go:22)	PCDATA	$3, $1
    13        00019 (iface_value_pointer_recv.go:24)	XORL	CX, CX
    15        00021 (iface_value_pointer_recv.go:24)	JMP	85
    17        00023 (iface_value_pointer_recv.go:24)	MOVQ	BX, main..autotmp_12+16(SP)
    1c        00028 (iface_value_pointer_recv.go:24)	MOVQ	CX, main.t+8(SP)
    21        00033 (iface_value_pointer_recv.go:24)	MOVQ	AX, main..autotmp_13+24(SP)
    26        00038 (iface_value_pointer_recv.go:24)	MOVQ	8(AX), CX
    2a        00042 (iface_value_pointer_recv.go:24)	MOVQ	(AX), DX
    2d        00045 (iface_value_pointer_recv.go:25)	MOVQ	24(DX), DX
    31        00049 (iface_value_pointer_recv.go:25)	MOVQ	CX, AX
    34        00052 (iface_value_pointer_recv.go:25)	PCDATA	$1, $1
    34        00052 (iface_value_pointer_recv.go:25)	CALL	DX
    36        00054 (iface_value_pointer_recv.go:24)	MOVQ	main..autotmp_13+24(SP), CX
    3b        00059 (iface_value_pointer_recv.go:24)	ADDQ	$16, CX
    3f        00063 (iface_value_pointer_recv.go:25)	MOVQ	main.t+8(SP), DX
    44        00068 (iface_value_pointer_recv.go:25)	ADDQ	AX, DX
    47        00071 (iface_value_pointer_recv.go:24)	MOVQ	main..autotmp_12+16(SP), BX
    4c        00076 (iface_value_pointer_recv.go:24)	DECQ	BX
    4f        00079 (iface_value_pointer_recv.go:24)	MOVQ	CX, AX
    52        00082 (iface_value_pointer_recv.go:24)	MOVQ	DX, CX
    55        00085 (iface_value_pointer_recv.go:24)	TESTQ	BX, BX
    58        00088 (iface_value_pointer_recv.go:24)	JGT	23
    5a        00090 (iface_value_pointer_recv.go:27)	MOVQ	CX, AX
    5d        00093 (iface_value_pointer_recv.go:27)	ADDQ	$32, SP
    61        00097 (iface_value_pointer_recv.go:27)	POPQ	BP
    62        00098 (iface_value_pointer_recv.go:27)	RET
    63        00099 (iface_value_pointer_recv.go:27)	NOP
    63        00099 (iface_value_pointer_recv.go:22)	PCDATA	$1, $-1
    63        00099 (iface_value_pointer_recv.go:22)	PCDATA	$0, $-2
    63        00099 (iface_value_pointer_recv.go:22)	MOVQ	AX, 8(SP)
    68        00104 (iface_value_pointer_recv.go:22)	MOVQ	BX, 16(SP)
    6d        00109 (iface_value_pointer_recv.go:22)	MOVQ	CX, 24(SP)
    72        00114 (iface_value_pointer_recv.go:22)	CALL	runtime.morestack_noctxt(SB)
    77        00119 (iface_value_pointer_recv.go:22)	PCDATA	$0, $-1
    77        00119 (iface_value_pointer_recv.go:22)	MOVQ	8(SP), AX
    7c        00124 (iface_value_pointer_recv.go:22)	MOVQ	16(SP), BX
    81        00129 (iface_value_pointer_recv.go:22)	MOVQ	24(SP), CX
    86        00134 (iface_value_pointer_recv.go:22)	JMP	0
    8b done
wrote 4 bytes to 0x0
 00 8b 01 00
funcpctab main.Shape.Name [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Shape.Name(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.Shape.Name(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Shape.Name.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Shape.Name.argliveinfo(SB)
    18        00024 (<autogenerated>:1)	PCDATA	$3, $1
    18        00024 (<autogenerated>:1)	MOVQ	32(AX), CX
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
funcpctab main.Shape.Area [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Shape.Area(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.Shape.Area(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Shape.Area.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Shape.Area.argliveinfo(SB)
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
funcpctab main.Grower.Grow [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Grower.Grow(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.Grower.Grow(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Grower.Grow.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Grower.Grow.argliveinfo(SB)
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
funcpctab main.(*Sq).Grow [valfunc=pctoinline]
     0     -1 00000 (iface_value_pointer_recv.go:18)	TEXT	main.(*Sq).Grow(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (iface_value_pointer_recv.go:18)	TEXT	main.(*Sq).Grow(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (iface_value_pointer_recv.go:18)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (iface_value_pointer_recv.go:18)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (iface_value_pointer_recv.go:18)	FUNCDATA	$5, main.(*Sq).Grow.arginfo1(SB)
     0        00000 (iface_value_pointer_recv.go:18)	FUNCDATA	$6, main.(*Sq).Grow.argliveinfo(SB)
     0        00000 (iface_value_pointer_recv.go:18)	PCDATA	$3, $1
     0     -1 00000 (iface_value_pointer_recv.go:18)	INCQ	(AX)
     3        00003 (iface_value_pointer_recv.go:18)	RET
     4 done
wrote 3 bytes to 0x0
 00 04 00
funcpctab main.(*Sq).Name [valfunc=pctoinline]
     0     -1 00000 (iface_value_pointer_recv.go:17)	TEXT	main.(*Sq).Name(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (iface_value_pointer_recv.go:17)	TEXT	main.(*Sq).Name(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (iface_value_pointer_recv.go:17)	FUNCDATA	$0, gclocals·PqVQJggGJ2Sanl8iJuPOkQ==(SB)
     0        00000 (iface_value_pointer_recv.go:17)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (iface_value_pointer_recv.go:17)	FUNCDATA	$5, main.(*Sq).Name.arginfo1(SB)
     0        00000 (iface_value_pointer_recv.go:17)	FUNCDATA	$6, main.(*Sq).Name.argliveinfo(SB)
     0        00000 (iface_value_pointer_recv.go:17)	PCDATA	$3, $1
     0     -1 00000 (iface_value_pointer_recv.go:17)	LEAQ	go:string."square"(SB), AX
     7        00007 (iface_value_pointer_recv.go:17)	MOVL	$6, BX
     c        00012 (iface_value_pointer_recv.go:17)	RET
     d done
wrote 3 bytes to 0x0
 00 0d 00
funcpctab main.(*Sq).Area [valfunc=pctoinline]
     0     -1 00000 (iface_value_pointer_recv.go:16)	TEXT	main.(*Sq).Area(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (iface_value_pointer_recv.go:16)	TEXT	main.(*Sq).Area(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (iface_value_pointer_recv.go:16)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (iface_value_pointer_recv.go:16)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (iface_value_pointer_recv.go:16)	FUNCDATA	$5, main.(*Sq).Area.arginfo1(SB)
     0        00000 (iface_value_pointer_recv.go:16)	FUNCDATA	$6, main.(*Sq).Area.argliveinfo(SB)
     0        00000 (iface_value_pointer_recv.go:16)	PCDATA	$3, $1
     0     -1 00000 (iface_value_pointer_recv.go:16)	MOVQ	(AX), AX
     3        00003 (iface_value_pointer_recv.go:16)	IMULQ	AX, AX
     7        00007 (iface_value_pointer_recv.go:16)	RET
     8 done
wrote 3 bytes to 0x0
 00 08 00
funcpctab main.Rect.Name [valfunc=pctoinline]
     0     -1 00000 (iface_value_pointer_recv.go:12)	TEXT	main.Rect.Name(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (iface_value_pointer_recv.go:12)	TEXT	main.Rect.Name(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (iface_value_pointer_recv.go:12)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (iface_value_pointer_recv.go:12)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (iface_value_pointer_recv.go:12)	FUNCDATA	$5, main.Rect.Name.arginfo1(SB)
     0        00000 (iface_value_pointer_recv.go:12)	FUNCDATA	$6, main.Rect.Name.argliveinfo(SB)
     0        00000 (iface_value_pointer_recv.go:12)	PCDATA	$3, $1
     0     -1 00000 (iface_value_pointer_recv.go:12)	LEAQ	go:string."rect"(SB), AX
     7        00007 (iface_value_pointer_recv.go:12)	MOVL	$4, BX
     c        00012 (iface_value_pointer_recv.go:12)	RET
     d done
wrote 3 bytes to 0x0
 00 0d 00
funcpctab main.Rect.Area [valfunc=pctoinline]
     0     -1 00000 (iface_value_pointer_recv.go:11)	TEXT	main.Rect.Area(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (iface_value_pointer_recv.go:11)	TEXT	main.Rect.Area(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (iface_value_pointer_recv.go:11)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (iface_value_pointer_recv.go:11)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (iface_value_pointer_recv.go:11)	FUNCDATA	$5, main.Rect.Area.arginfo1(SB)
     0        00000 (iface_value_pointer_recv.go:11)	FUNCDATA	$6, main.Rect.Area.argliveinfo(SB)
     0        00000 (iface_value_pointer_recv.go:11)	PCDATA	$3, $1
     0     -1 00000 (iface_value_pointer_recv.go:11)	IMULQ	BX, AX
     4        00004 (iface_value_pointer_recv.go:11)	RET
     5 done
wrote 3 bytes to 0x0
 00 05 00
main.Rect.Area STEXT nosplit size=5 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (iface_value_pointer_recv.go:11)	TEXT	main.Rect.Area(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (iface_value_pointer_recv.go:11)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface_value_pointer_recv.go:11)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface_value_pointer_recv.go:11)	FUNCDATA	$5, main.Rect.Area.arginfo1(SB)
	0x0000 00000 (iface_value_pointer_recv.go:11)	FUNCDATA	$6, main.Rect.Area.argliveinfo(SB)
	0x0000 00000 (iface_value_pointer_recv.go:11)	PCDATA	$3, $1
	0x0000 00000 (iface_value_pointer_recv.go:11)	IMULQ	BX, AX
	0x0004 00004 (iface_value_pointer_recv.go:11)	RET
	0x0000 48 0f af c3 c3                                   H....
main.Rect.Name STEXT nosplit size=13 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (iface_value_pointer_recv.go:12)	TEXT	main.Rect.Name(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (iface_value_pointer_recv.go:12)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface_value_pointer_recv.go:12)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface_value_pointer_recv.go:12)	FUNCDATA	$5, main.Rect.Name.arginfo1(SB)
	0x0000 00000 (iface_value_pointer_recv.go:12)	FUNCDATA	$6, main.Rect.Name.argliveinfo(SB)
	0x0000 00000 (iface_value_pointer_recv.go:12)	PCDATA	$3, $1
	0x0000 00000 (iface_value_pointer_recv.go:12)	LEAQ	go:string."rect"(SB), AX
	0x0007 00007 (iface_value_pointer_recv.go:12)	MOVL	$4, BX
	0x000c 00012 (iface_value_pointer_recv.go:12)	RET
	0x0000 48 8d 05 00 00 00 00 bb 04 00 00 00 c3           H............
	rel 3+4 t=R_PCREL go:string."rect"+0
main.(*Sq).Area STEXT nosplit size=8 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (iface_value_pointer_recv.go:16)	TEXT	main.(*Sq).Area(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (iface_value_pointer_recv.go:16)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (iface_value_pointer_recv.go:16)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (iface_value_pointer_recv.go:16)	FUNCDATA	$5, main.(*Sq).Area.arginfo1(SB)
	0x0000 00000 (iface_value_pointer_recv.go:16)	FUNCDATA	$6, main.(*Sq).Area.argliveinfo(SB)
	0x0000 00000 (iface_value_pointer_recv.go:16)	PCDATA	$3, $1
	0x0000 00000 (iface_value_pointer_recv.go:16)	MOVQ	(AX), AX
	0x0003 00003 (iface_value_pointer_recv.go:16)	IMULQ	AX, AX
	0x0007 00007 (iface_value_pointer_recv.go:16)	RET
	0x0000 48 8b 00 48 0f af c0 c3                          H..H....
main.(*Sq).Name STEXT nosplit size=13 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (iface_value_pointer_recv.go:17)	TEXT	main.(*Sq).Name(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (iface_value_pointer_recv.go:17)	FUNCDATA	$0, gclocals·PqVQJggGJ2Sanl8iJuPOkQ==(SB)
	0x0000 00000 (iface_value_pointer_recv.go:17)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (iface_value_pointer_recv.go:17)	FUNCDATA	$5, main.(*Sq).Name.arginfo1(SB)
	0x0000 00000 (iface_value_pointer_recv.go:17)	FUNCDATA	$6, main.(*Sq).Name.argliveinfo(SB)
	0x0000 00000 (iface_value_pointer_recv.go:17)	PCDATA	$3, $1
	0x0000 00000 (iface_value_pointer_recv.go:17)	LEAQ	go:string."square"(SB), AX
	0x0007 00007 (iface_value_pointer_recv.go:17)	MOVL	$6, BX
	0x000c 00012 (iface_value_pointer_recv.go:17)	RET
	0x0000 48 8d 05 00 00 00 00 bb 06 00 00 00 c3           H............
	rel 3+4 t=R_PCREL go:string."square"+0
main.(*Sq).Grow STEXT nosplit size=4 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (iface_value_pointer_recv.go:18)	TEXT	main.(*Sq).Grow(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (iface_value_pointer_recv.go:18)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (iface_value_pointer_recv.go:18)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (iface_value_pointer_recv.go:18)	FUNCDATA	$5, main.(*Sq).Grow.arginfo1(SB)
	0x0000 00000 (iface_value_pointer_recv.go:18)	FUNCDATA	$6, main.(*Sq).Grow.argliveinfo(SB)
	0x0000 00000 (iface_value_pointer_recv.go:18)	PCDATA	$3, $1
	0x0000 00000 (iface_value_pointer_recv.go:18)	INCQ	(AX)
	0x0003 00003 (iface_value_pointer_recv.go:18)	RET
	0x0000 48 ff 00 c3                                      H...
main.total STEXT size=139 align=0x0 args=0x18 locals=0x28 funcid=0x0
	0x0000 00000 (iface_value_pointer_recv.go:22)	TEXT	main.total(SB), ABIInternal, $40-24
	0x0000 00000 (iface_value_pointer_recv.go:22)	CMPQ	SP, 16(R14)
	0x0004 00004 (iface_value_pointer_recv.go:22)	PCDATA	$0, $-2
	0x0004 00004 (iface_value_pointer_recv.go:22)	JLS	99
	0x0006 00006 (iface_value_pointer_recv.go:22)	PCDATA	$0, $-1
	0x0006 00006 (iface_value_pointer_recv.go:22)	PUSHQ	BP
	0x0007 00007 (iface_value_pointer_recv.go:22)	MOVQ	SP, BP
	0x000a 00010 (iface_value_pointer_recv.go:22)	SUBQ	$32, SP
	0x000e 00014 (iface_value_pointer_recv.go:22)	MOVQ	AX, main.shapes+48(FP)
	0x0013 00019 (iface_value_pointer_recv.go:22)	FUNCDATA	$0, gclocals·Z8zdw/dq+fE82FieA9ctlQ==(SB)
	0x0013 00019 (iface_value_pointer_recv.go:22)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x0013 00019 (iface_value_pointer_recv.go:22)	FUNCDATA	$5, main.total.arginfo1(SB)
	0x0013 00019 (iface_value_pointer_recv.go:22)	FUNCDATA	$6, main.total.argliveinfo(SB)
	0x0013 00019 (iface_value_pointer_recv.go:22)	PCDATA	$3, $1
	0x0013 00019 (iface_value_pointer_recv.go:24)	XORL	CX, CX
	0x0015 00021 (iface_value_pointer_recv.go:24)	JMP	85
	0x0017 00023 (iface_value_pointer_recv.go:24)	MOVQ	BX, main..autotmp_12+16(SP)
	0x001c 00028 (iface_value_pointer_recv.go:24)	MOVQ	CX, main.t+8(SP)
	0x0021 00033 (iface_value_pointer_recv.go:24)	MOVQ	AX, main..autotmp_13+24(SP)
	0x0026 00038 (iface_value_pointer_recv.go:24)	MOVQ	8(AX), CX
	0x002a 00042 (iface_value_pointer_recv.go:24)	MOVQ	(AX), DX
	0x002d 00045 (iface_value_pointer_recv.go:25)	MOVQ	24(DX), DX
	0x0031 00049 (iface_value_pointer_recv.go:25)	MOVQ	CX, AX
	0x0034 00052 (iface_value_pointer_recv.go:25)	PCDATA	$1, $1
	0x0034 00052 (iface_value_pointer_recv.go:25)	CALL	DX
	0x0036 00054 (iface_value_pointer_recv.go:24)	MOVQ	main..autotmp_13+24(SP), CX
	0x003b 00059 (iface_value_pointer_recv.go:24)	ADDQ	$16, CX
	0x003f 00063 (iface_value_pointer_recv.go:25)	MOVQ	main.t+8(SP), DX
	0x0044 00068 (iface_value_pointer_recv.go:25)	ADDQ	AX, DX
	0x0047 00071 (iface_value_pointer_recv.go:24)	MOVQ	main..autotmp_12+16(SP), BX
	0x004c 00076 (iface_value_pointer_recv.go:24)	DECQ	BX
	0x004f 00079 (iface_value_pointer_recv.go:24)	MOVQ	CX, AX
	0x0052 00082 (iface_value_pointer_recv.go:24)	MOVQ	DX, CX
	0x0055 00085 (iface_value_pointer_recv.go:24)	TESTQ	BX, BX
	0x0058 00088 (iface_value_pointer_recv.go:24)	JGT	23
	0x005a 00090 (iface_value_pointer_recv.go:27)	MOVQ	CX, AX
	0x005d 00093 (iface_value_pointer_recv.go:27)	ADDQ	$32, SP
	0x0061 00097 (iface_value_pointer_recv.go:27)	POPQ	BP
	0x0062 00098 (iface_value_pointer_recv.go:27)	RET
	0x0063 00099 (iface_value_pointer_recv.go:27)	NOP
	0x0063 00099 (iface_value_pointer_recv.go:22)	PCDATA	$1, $-1
	0x0063 00099 (iface_value_pointer_recv.go:22)	PCDATA	$0, $-2
	0x0063 00099 (iface_value_pointer_recv.go:22)	MOVQ	AX, 8(SP)
	0x0068 00104 (iface_value_pointer_recv.go:22)	MOVQ	BX, 16(SP)
	0x006d 00109 (iface_value_pointer_recv.go:22)	MOVQ	CX, 24(SP)
	0x0072 00114 (iface_value_pointer_recv.go:22)	CALL	runtime.morestack_noctxt(SB)
	0x0077 00119 (iface_value_pointer_recv.go:22)	PCDATA	$0, $-1
	0x0077 00119 (iface_value_pointer_recv.go:22)	MOVQ	8(SP), AX
	0x007c 00124 (iface_value_pointer_recv.go:22)	MOVQ	16(SP), BX
	0x0081 00129 (iface_value_pointer_recv.go:22)	MOVQ	24(SP), CX
	0x0086 00134 (iface_value_pointer_recv.go:22)	JMP	0
	0x0000 49 3b 66 10 76 5d 55 48 89 e5 48 83 ec 20 48 89  I;f.v]UH..H.. H.
	0x0010 44 24 30 31 c9 eb 3e 48 89 5c 24 10 48 89 4c 24  D$01..>H.\$.H.L$
	0x0020 08 48 89 44 24 18 48 8b 48 08 48 8b 10 48 8b 52  .H.D$.H.H.H..H.R
	0x0030 18 48 89 c8 ff d2 48 8b 4c 24 18 48 83 c1 10 48  .H....H.L$.H...H
	0x0040 8b 54 24 08 48 01 c2 48 8b 5c 24 10 48 ff cb 48  .T$.H..H.\$.H..H
	0x0050 89 c8 48 89 d1 48 85 db 7f bd 48 89 c8 48 83 c4  ..H..H....H..H..
	0x0060 20 5d c3 48 89 44 24 08 48 89 5c 24 10 48 89 4c   ].H.D$.H.\$.H.L
	0x0070 24 18 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24  $......H.D$.H.\$
	0x0080 10 48 8b 4c 24 18 e9 75 ff ff ff                 .H.L$..u...
	rel 2+0 t=R_USEIFACEMETHOD type:main.Shape+96
	rel 52+0 t=R_CALLIND +0
	rel 115+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=773 align=0x0 args=0x0 locals=0xb0 funcid=0x0
	0x0000 00000 (iface_value_pointer_recv.go:30)	TEXT	main.main(SB), ABIInternal, $176-0
	0x0000 00000 (iface_value_pointer_recv.go:30)	LEAQ	-48(SP), R12
	0x0005 00005 (iface_value_pointer_recv.go:30)	CMPQ	R12, 16(R14)
	0x0009 00009 (iface_value_pointer_recv.go:30)	PCDATA	$0, $-2
	0x0009 00009 (iface_value_pointer_recv.go:30)	JLS	760
	0x000f 00015 (iface_value_pointer_recv.go:30)	PCDATA	$0, $-1
	0x000f 00015 (iface_value_pointer_recv.go:30)	PUSHQ	BP
	0x0010 00016 (iface_value_pointer_recv.go:30)	MOVQ	SP, BP
	0x0013 00019 (iface_value_pointer_recv.go:30)	SUBQ	$168, SP
	0x001a 00026 (iface_value_pointer_recv.go:30)	FUNCDATA	$0, gclocals·3Nf0KxzcHw1JLr11btD+gA==(SB)
	0x001a 00026 (iface_value_pointer_recv.go:30)	FUNCDATA	$1, gclocals·AUAlI7fBNyccAKhrmfaYEA==(SB)
	0x001a 00026 (iface_value_pointer_recv.go:30)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001a 00026 (iface_value_pointer_recv.go:32)	MOVQ	$2, main..autotmp_15+56(SP)
	0x0023 00035 (iface_value_pointer_recv.go:32)	MOVQ	$3, main..autotmp_15+64(SP)
	0x002c 00044 (iface_value_pointer_recv.go:32)	LEAQ	type:main.Rect(SB), AX
	0x0033 00051 (iface_value_pointer_recv.go:32)	LEAQ	main..autotmp_15+56(SP), BX
	0x0038 00056 (iface_value_pointer_recv.go:32)	PCDATA	$1, $0
	0x0038 00056 (iface_value_pointer_recv.go:32)	CALL	runtime.convTnoptr(SB)
	0x003d 00061 (iface_value_pointer_recv.go:32)	MOVQ	AX, main..autotmp_57+96(SP)
	0x0042 00066 (iface_value_pointer_recv.go:34)	PCDATA	$1, $1
	0x0042 00066 (iface_value_pointer_recv.go:34)	CALL	main.(*Rect).Name(SB)
	0x0047 00071 (iface_value_pointer_recv.go:34)	MOVQ	AX, main..autotmp_58+88(SP)
	0x004c 00076 (iface_value_pointer_recv.go:34)	MOVQ	BX, main..autotmp_59+48(SP)
	0x0051 00081 (iface_value_pointer_recv.go:34)	MOVQ	main..autotmp_57+96(SP), AX
	0x0056 00086 (iface_value_pointer_recv.go:34)	PCDATA	$1, $2
	0x0056 00086 (iface_value_pointer_recv.go:34)	CALL	main.(*Rect).Area(SB)
	0x005b 00091 (iface_value_pointer_recv.go:34)	MOVQ	AX, main..autotmp_60+40(SP)
	0x0060 00096 (<unknown line number>)	NOP
	0x0060 00096 (iface_value_pointer_recv.go:34)	CALL	runtime.printlock(SB)
	0x0065 00101 (iface_value_pointer_recv.go:34)	MOVQ	main..autotmp_58+88(SP), AX
	0x006a 00106 (iface_value_pointer_recv.go:34)	MOVQ	main..autotmp_59+48(SP), BX
	0x006f 00111 (iface_value_pointer_recv.go:34)	PCDATA	$1, $0
	0x006f 00111 (iface_value_pointer_recv.go:34)	CALL	runtime.printstring(SB)
	0x0074 00116 (iface_value_pointer_recv.go:34)	CALL	runtime.printsp(SB)
	0x0079 00121 (iface_value_pointer_recv.go:34)	MOVQ	main..autotmp_60+40(SP), AX
	0x007e 00126 (iface_value_pointer_recv.go:34)	NOP
	0x0080 00128 (iface_value_pointer_recv.go:34)	CALL	runtime.printint(SB)
	0x0085 00133 (iface_value_pointer_recv.go:34)	CALL	runtime.printsp(SB)
	0x008a 00138 (iface_value_pointer_recv.go:34)	MOVL	$30, AX
	0x008f 00143 (iface_value_pointer_recv.go:34)	CALL	runtime.printint(SB)
	0x0094 00148 (iface_value_pointer_recv.go:34)	CALL	runtime.printnl(SB)
	0x0099 00153 (iface_value_pointer_recv.go:34)	CALL	runtime.printunlock(SB)
	0x009e 00158 (iface_value_pointer_recv.go:36)	MOVL	$8, AX
	0x00a3 00163 (iface_value_pointer_recv.go:36)	LEAQ	type:main.Sq(SB), BX
	0x00aa 00170 (iface_value_pointer_recv.go:36)	MOVL	$1, CX
	0x00af 00175 (iface_value_pointer_recv.go:36)	CALL	runtime.mallocgcTinySC2(SB)
	0x00b4 00180 (iface_value_pointer_recv.go:36)	MOVQ	AX, main.sq+72(SP)
	0x00b9 00185 (iface_value_pointer_recv.go:38)	MOVQ	$5, (AX)
	0x00c0 00192 (iface_value_pointer_recv.go:39)	PCDATA	$1, $3
	0x00c0 00192 (iface_value_pointer_recv.go:39)	CALL	main.(*Sq).Name(SB)
	0x00c5 00197 (iface_value_pointer_recv.go:39)	MOVQ	AX, main..autotmp_58+88(SP)
	0x00ca 00202 (iface_value_pointer_recv.go:39)	MOVQ	BX, main..autotmp_59+48(SP)
	0x00cf 00207 (iface_value_pointer_recv.go:39)	MOVQ	main.sq+72(SP), AX
	0x00d4 00212 (iface_value_pointer_recv.go:39)	PCDATA	$1, $4
	0x00d4 00212 (iface_value_pointer_recv.go:39)	CALL	main.(*Sq).Area(SB)
	0x00d9 00217 (iface_value_pointer_recv.go:39)	MOVQ	AX, main..autotmp_60+40(SP)
	0x00de 00222 (iface_value_pointer_recv.go:39)	NOP
	0x00e0 00224 (iface_value_pointer_recv.go:39)	CALL	runtime.printlock(SB)
	0x00e5 00229 (iface_value_pointer_recv.go:39)	MOVQ	main..autotmp_58+88(SP), AX
	0x00ea 00234 (iface_value_pointer_recv.go:39)	MOVQ	main..autotmp_59+48(SP), BX
	0x00ef 00239 (iface_value_pointer_recv.go:39)	PCDATA	$1, $3
	0x00ef 00239 (iface_value_pointer_recv.go:39)	CALL	runtime.printstring(SB)
	0x00f4 00244 (iface_value_pointer_recv.go:39)	CALL	runtime.printsp(SB)
	0x00f9 00249 (iface_value_pointer_recv.go:39)	MOVQ	main..autotmp_60+40(SP), AX
	0x00fe 00254 (iface_value_pointer_recv.go:39)	NOP
	0x0100 00256 (iface_value_pointer_recv.go:39)	CALL	runtime.printint(SB)
	0x0105 00261 (iface_value_pointer_recv.go:39)	CALL	runtime.printnl(SB)
	0x010a 00266 (iface_value_pointer_recv.go:39)	CALL	runtime.printunlock(SB)
	0x010f 00271 (iface_value_pointer_recv.go:42)	XCHGL	AX, AX
	0x0110 00272 (iface_value_pointer_recv.go:43)	XCHGL	AX, AX
	0x0111 00273 (iface_value_pointer_recv.go:18)	MOVQ	main.sq+72(SP), AX
	0x0116 00278 (iface_value_pointer_recv.go:18)	ADDQ	$2, (AX)
	0x011a 00282 (iface_value_pointer_recv.go:44)	CALL	main.(*Sq).Area(SB)
	0x011f 00287 (iface_value_pointer_recv.go:44)	MOVQ	AX, main..autotmp_59+48(SP)
	0x0124 00292 (iface_value_pointer_recv.go:44)	MOVQ	main.sq+72(SP), CX
	0x0129 00297 (iface_value_pointer_recv.go:44)	MOVQ	(CX), CX
	0x012c 00300 (iface_value_pointer_recv.go:44)	MOVQ	CX, main..autotmp_60+40(SP)
	0x0131 00305 (iface_value_pointer_recv.go:44)	CALL	runtime.printlock(SB)
	0x0136 00310 (iface_value_pointer_recv.go:44)	MOVQ	main..autotmp_59+48(SP), AX
	0x013b 00315 (iface_value_pointer_recv.go:44)	NOP
	0x0140 00320 (iface_value_pointer_recv.go:44)	CALL	runtime.printint(SB)
	0x0145 00325 (iface_value_pointer_recv.go:44)	CALL	runtime.printsp(SB)
	0x014a 00330 (iface_value_pointer_recv.go:44)	MOVQ	main..autotmp_60+40(SP), AX
	0x014f 00335 (iface_value_pointer_recv.go:44)	CALL	runtime.printint(SB)
	0x0154 00340 (iface_value_pointer_recv.go:44)	CALL	runtime.printnl(SB)
	0x0159 00345 (iface_value_pointer_recv.go:44)	CALL	runtime.printunlock(SB)
	0x015e 00350 (iface_value_pointer_recv.go:46)	MOVL	$16, AX
	0x0163 00355 (iface_value_pointer_recv.go:46)	LEAQ	type:main.Rect(SB), BX
	0x016a 00362 (iface_value_pointer_recv.go:46)	MOVL	$1, CX
	0x016f 00367 (iface_value_pointer_recv.go:46)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x0174 00372 (iface_value_pointer_recv.go:46)	MOVQ	$1, (AX)
	0x017b 00379 (iface_value_pointer_recv.go:48)	MOVQ	$7, 8(AX)
	0x0183 00387 (iface_value_pointer_recv.go:49)	CALL	main.(*Rect).Area(SB)
	0x0188 00392 (iface_value_pointer_recv.go:49)	MOVQ	AX, main..autotmp_59+48(SP)
	0x018d 00397 (iface_value_pointer_recv.go:49)	CALL	runtime.printlock(SB)
	0x0192 00402 (iface_value_pointer_recv.go:49)	MOVQ	main..autotmp_59+48(SP), AX
	0x0197 00407 (iface_value_pointer_recv.go:49)	CALL	runtime.printint(SB)
	0x019c 00412 (iface_value_pointer_recv.go:49)	NOP
	0x01a0 00416 (iface_value_pointer_recv.go:49)	CALL	runtime.printnl(SB)
	0x01a5 00421 (iface_value_pointer_recv.go:49)	CALL	runtime.printunlock(SB)
	0x01aa 00426 (iface_value_pointer_recv.go:51)	MOVL	$8, AX
	0x01af 00431 (iface_value_pointer_recv.go:51)	LEAQ	type:main.Sq(SB), BX
	0x01b6 00438 (iface_value_pointer_recv.go:51)	MOVL	$1, CX
	0x01bb 00443 (iface_value_pointer_recv.go:51)	NOP
	0x01c0 00448 (iface_value_pointer_recv.go:51)	CALL	runtime.mallocgcTinySC2(SB)
	0x01c5 00453 (iface_value_pointer_recv.go:51)	MOVQ	AX, main..autotmp_61+80(SP)
	0x01ca 00458 (iface_value_pointer_recv.go:51)	MOVQ	$3, (AX)
	0x01d1 00465 (iface_value_pointer_recv.go:51)	MOVL	$16, AX
	0x01d6 00470 (iface_value_pointer_recv.go:51)	LEAQ	type:main.Rect(SB), BX
	0x01dd 00477 (iface_value_pointer_recv.go:51)	MOVL	$1, CX
	0x01e2 00482 (iface_value_pointer_recv.go:51)	PCDATA	$1, $5
	0x01e2 00482 (iface_value_pointer_recv.go:51)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x01e7 00487 (iface_value_pointer_recv.go:51)	MOVQ	$4, (AX)
	0x01ee 00494 (iface_value_pointer_recv.go:51)	MOVQ	$5, 8(AX)
	0x01f6 00502 (iface_value_pointer_recv.go:51)	LEAQ	go:itab.main.Rect,main.Shape(SB), CX
	0x01fd 00509 (iface_value_pointer_recv.go:51)	MOVQ	CX, main..autotmp_29+104(SP)
	0x0202 00514 (iface_value_pointer_recv.go:51)	LEAQ	main..stmp_0(SB), CX
	0x0209 00521 (iface_value_pointer_recv.go:51)	MOVQ	CX, main..autotmp_29+112(SP)
	0x020e 00526 (iface_value_pointer_recv.go:51)	LEAQ	go:itab.*main.Sq,main.Shape(SB), CX
	0x0215 00533 (iface_value_pointer_recv.go:51)	MOVQ	CX, main..autotmp_29+120(SP)
	0x021a 00538 (iface_value_pointer_recv.go:51)	MOVQ	main..autotmp_61+80(SP), DX
	0x021f 00543 (iface_value_pointer_recv.go:51)	MOVQ	DX, main..autotmp_29+128(SP)
	0x0227 00551 (iface_value_pointer_recv.go:51)	LEAQ	go:itab.*main.Rect,main.Shape(SB), DX
	0x022e 00558 (iface_value_pointer_recv.go:51)	MOVQ	DX, main..autotmp_29+136(SP)
	0x0236 00566 (iface_value_pointer_recv.go:51)	MOVQ	AX, main..autotmp_29+144(SP)
	0x023e 00574 (iface_value_pointer_recv.go:51)	MOVQ	CX, main..autotmp_29+152(SP)
	0x0246 00582 (iface_value_pointer_recv.go:51)	MOVQ	main.sq+72(SP), CX
	0x024b 00587 (iface_value_pointer_recv.go:51)	MOVQ	CX, main..autotmp_29+160(SP)
	0x0253 00595 (<unknown line number>)	NOP
	0x0253 00595 (iface_value_pointer_recv.go:24)	LEAQ	main..autotmp_29+104(SP), CX
	0x0258 00600 (iface_value_pointer_recv.go:24)	XORL	AX, AX
	0x025a 00602 (iface_value_pointer_recv.go:24)	XORL	DX, DX
	0x025c 00604 (iface_value_pointer_recv.go:24)	JMP	654
	0x025e 00606 (iface_value_pointer_recv.go:24)	MOVQ	AX, main..autotmp_59+48(SP)
	0x0263 00611 (iface_value_pointer_recv.go:24)	MOVQ	CX, main..autotmp_57+96(SP)
	0x0268 00616 (iface_value_pointer_recv.go:24)	MOVQ	(CX), DX
	0x026b 00619 (iface_value_pointer_recv.go:24)	MOVQ	8(CX), AX
	0x026f 00623 (iface_value_pointer_recv.go:25)	MOVQ	24(DX), CX
	0x0273 00627 (iface_value_pointer_recv.go:25)	PCDATA	$1, $1
	0x0273 00627 (iface_value_pointer_recv.go:25)	CALL	CX
	0x0275 00629 (iface_value_pointer_recv.go:24)	MOVQ	main..autotmp_57+96(SP), CX
	0x027a 00634 (iface_value_pointer_recv.go:24)	ADDQ	$16, CX
	0x027e 00638 (iface_value_pointer_recv.go:25)	MOVQ	main.t+32(SP), DX
	0x0283 00643 (iface_value_pointer_recv.go:25)	ADDQ	AX, DX
	0x0286 00646 (iface_value_pointer_recv.go:24)	MOVQ	main..autotmp_59+48(SP), AX
	0x028b 00651 (iface_value_pointer_recv.go:24)	INCQ	AX
	0x028e 00654 (iface_value_pointer_recv.go:24)	MOVQ	DX, main.t+32(SP)
	0x0293 00659 (iface_value_pointer_recv.go:24)	CMPQ	AX, $4
	0x0297 00663 (iface_value_pointer_recv.go:24)	JLT	606
	0x0299 00665 (iface_value_pointer_recv.go:52)	PCDATA	$1, $0
	0x0299 00665 (iface_value_pointer_recv.go:52)	CALL	runtime.printlock(SB)
	0x029e 00670 (iface_value_pointer_recv.go:52)	LEAQ	go:string."total "(SB), AX
	0x02a5 00677 (iface_value_pointer_recv.go:52)	MOVL	$6, BX
	0x02aa 00682 (iface_value_pointer_recv.go:52)	CALL	runtime.printstring(SB)
	0x02af 00687 (iface_value_pointer_recv.go:52)	MOVQ	main.t+32(SP), AX
	0x02b4 00692 (iface_value_pointer_recv.go:52)	CALL	runtime.printint(SB)
	0x02b9 00697 (iface_value_pointer_recv.go:52)	CALL	runtime.printnl(SB)
	0x02be 00702 (iface_value_pointer_recv.go:52)	NOP
	0x02c0 00704 (iface_value_pointer_recv.go:52)	CALL	runtime.printunlock(SB)
	0x02c5 00709 (iface_value_pointer_recv.go:55)	CALL	runtime.printlock(SB)
	0x02ca 00714 (iface_value_pointer_recv.go:55)	MOVL	$1, AX
	0x02cf 00719 (iface_value_pointer_recv.go:55)	CALL	runtime.printbool(SB)
	0x02d4 00724 (iface_value_pointer_recv.go:55)	CALL	runtime.printsp(SB)
	0x02d9 00729 (iface_value_pointer_recv.go:55)	MOVL	$1, AX
	0x02de 00734 (iface_value_pointer_recv.go:55)	NOP
	0x02e0 00736 (iface_value_pointer_recv.go:55)	CALL	runtime.printbool(SB)
	0x02e5 00741 (iface_value_pointer_recv.go:55)	CALL	runtime.printnl(SB)
	0x02ea 00746 (iface_value_pointer_recv.go:55)	CALL	runtime.printunlock(SB)
	0x02ef 00751 (iface_value_pointer_recv.go:56)	ADDQ	$168, SP
	0x02f6 00758 (iface_value_pointer_recv.go:56)	POPQ	BP
	0x02f7 00759 (iface_value_pointer_recv.go:56)	RET
	0x02f8 00760 (iface_value_pointer_recv.go:56)	NOP
	0x02f8 00760 (iface_value_pointer_recv.go:30)	PCDATA	$1, $-1
	0x02f8 00760 (iface_value_pointer_recv.go:30)	PCDATA	$0, $-2
	0x02f8 00760 (iface_value_pointer_recv.go:30)	CALL	runtime.morestack_noctxt(SB)
	0x02fd 00765 (iface_value_pointer_recv.go:30)	PCDATA	$0, $-1
	0x02fd 00765 (iface_value_pointer_recv.go:30)	NOP
	0x0300 00768 (iface_value_pointer_recv.go:30)	JMP	0
	0x0000 4c 8d 64 24 d0 4d 3b 66 10 0f 86 e9 02 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec a8 00 00 00 48 c7 44 24 38 02  H..H......H.D$8.
	0x0020 00 00 00 48 c7 44 24 40 03 00 00 00 48 8d 05 00  ...H.D$@....H...
	0x0030 00 00 00 48 8d 5c 24 38 e8 00 00 00 00 48 89 44  ...H.\$8.....H.D
	0x0040 24 60 e8 00 00 00 00 48 89 44 24 58 48 89 5c 24  $`.....H.D$XH.\$
	0x0050 30 48 8b 44 24 60 e8 00 00 00 00 48 89 44 24 28  0H.D$`.....H.D$(
	0x0060 e8 00 00 00 00 48 8b 44 24 58 48 8b 5c 24 30 e8  .....H.D$XH.\$0.
	0x0070 00 00 00 00 e8 00 00 00 00 48 8b 44 24 28 66 90  .........H.D$(f.
	0x0080 e8 00 00 00 00 e8 00 00 00 00 b8 1e 00 00 00 e8  ................
	0x0090 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 08  ................
	0x00a0 00 00 00 48 8d 1d 00 00 00 00 b9 01 00 00 00 e8  ...H............
	0x00b0 00 00 00 00 48 89 44 24 48 48 c7 00 05 00 00 00  ....H.D$HH......
	0x00c0 e8 00 00 00 00 48 89 44 24 58 48 89 5c 24 30 48  .....H.D$XH.\$0H
	0x00d0 8b 44 24 48 e8 00 00 00 00 48 89 44 24 28 66 90  .D$H.....H.D$(f.
	0x00e0 e8 00 00 00 00 48 8b 44 24 58 48 8b 5c 24 30 e8  .....H.D$XH.\$0.
	0x00f0 00 00 00 00 e8 00 00 00 00 48 8b 44 24 28 66 90  .........H.D$(f.
	0x0100 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 90  ................
	0x0110 90 48 8b 44 24 48 48 83 00 02 e8 00 00 00 00 48  .H.D$HH........H
	0x0120 89 44 24 30 48 8b 4c 24 48 48 8b 09 48 89 4c 24  .D$0H.L$HH..H.L$
	0x0130 28 e8 00 00 00 00 48 8b 44 24 30 0f 1f 44 00 00  (.....H.D$0..D..
	0x0140 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 28 e8  ..........H.D$(.
	0x0150 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 10  ................
	0x0160 00 00 00 48 8d 1d 00 00 00 00 b9 01 00 00 00 e8  ...H............
	0x0170 00 00 00 00 48 c7 00 01 00 00 00 48 c7 40 08 07  ....H......H.@..
	0x0180 00 00 00 e8 00 00 00 00 48 89 44 24 30 e8 00 00  ........H.D$0...
	0x0190 00 00 48 8b 44 24 30 e8 00 00 00 00 0f 1f 40 00  ..H.D$0.......@.
	0x01a0 e8 00 00 00 00 e8 00 00 00 00 b8 08 00 00 00 48  ...............H
	0x01b0 8d 1d 00 00 00 00 b9 01 00 00 00 0f 1f 44 00 00  .............D..
	0x01c0 e8 00 00 00 00 48 89 44 24 50 48 c7 00 03 00 00  .....H.D$PH.....
	0x01d0 00 b8 10 00 00 00 48 8d 1d 00 00 00 00 b9 01 00  ......H.........
	0x01e0 00 00 e8 00 00 00 00 48 c7 00 04 00 00 00 48 c7  .......H......H.
	0x01f0 40 08 05 00 00 00 48 8d 0d 00 00 00 00 48 89 4c  @.....H......H.L
	0x0200 24 68 48 8d 0d 00 00 00 00 48 89 4c 24 70 48 8d  $hH......H.L$pH.
	0x0210 0d 00 00 00 00 48 89 4c 24 78 48 8b 54 24 50 48  .....H.L$xH.T$PH
	0x0220 89 94 24 80 00 00 00 48 8d 15 00 00 00 00 48 89  ..$....H......H.
	0x0230 94 24 88 00 00 00 48 89 84 24 90 00 00 00 48 89  .$....H..$....H.
	0x0240 8c 24 98 00 00 00 48 8b 4c 24 48 48 89 8c 24 a0  .$....H.L$HH..$.
	0x0250 00 00 00 48 8d 4c 24 68 31 c0 31 d2 eb 30 48 89  ...H.L$h1.1..0H.
	0x0260 44 24 30 48 89 4c 24 60 48 8b 11 48 8b 41 08 48  D$0H.L$`H..H.A.H
	0x0270 8b 4a 18 ff d1 48 8b 4c 24 60 48 83 c1 10 48 8b  .J...H.L$`H...H.
	0x0280 54 24 20 48 01 c2 48 8b 44 24 30 48 ff c0 48 89  T$ H..H.D$0H..H.
	0x0290 54 24 20 48 83 f8 04 7c c5 e8 00 00 00 00 48 8d  T$ H...|......H.
	0x02a0 05 00 00 00 00 bb 06 00 00 00 e8 00 00 00 00 48  ...............H
	0x02b0 8b 44 24 20 e8 00 00 00 00 e8 00 00 00 00 66 90  .D$ ..........f.
	0x02c0 e8 00 00 00 00 e8 00 00 00 00 b8 01 00 00 00 e8  ................
	0x02d0 00 00 00 00 e8 00 00 00 00 b8 01 00 00 00 66 90  ..............f.
	0x02e0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x02f0 81 c4 a8 00 00 00 5d c3 e8 00 00 00 00 0f 1f 00  ......].........
	0x0300 e9 fb fc ff ff                                   .....
	rel 3+0 t=R_USEIFACE type:main.Rect+0
	rel 3+0 t=R_USEIFACEMETHOD type:main.Shape+104
	rel 3+0 t=R_USEIFACEMETHOD type:main.Shape+96
	rel 3+0 t=R_USEIFACE type:*main.Sq+0
	rel 3+0 t=R_USEIFACEMETHOD type:main.Shape+104
	rel 3+0 t=R_USEIFACEMETHOD type:main.Shape+96
	rel 3+0 t=R_USEIFACE type:*main.Sq+0
	rel 3+0 t=R_USEIFACEMETHOD type:main.Shape+96
	rel 3+0 t=R_USEIFACE type:*main.Rect+0
	rel 3+0 t=R_USEIFACEMETHOD type:main.Shape+96
	rel 3+0 t=R_USEIFACE type:main.Rect+0
	rel 3+0 t=R_USEIFACE type:*main.Sq+0
	rel 3+0 t=R_USEIFACE type:*main.Rect+0
	rel 3+0 t=R_USEIFACE type:*main.Sq+0
	rel 3+0 t=R_USEIFACEMETHOD type:main.Shape+96
	rel 47+4 t=R_PCREL type:main.Rect+0
	rel 57+4 t=R_CALL runtime.convTnoptr+0
	rel 67+4 t=R_CALL main.(*Rect).Name+0
	rel 87+4 t=R_CALL main.(*Rect).Area+0
	rel 97+4 t=R_CALL runtime.printlock+0
	rel 112+4 t=R_CALL runtime.printstring+0
	rel 117+4 t=R_CALL runtime.printsp+0
	rel 129+4 t=R_CALL runtime.printint+0
	rel 134+4 t=R_CALL runtime.printsp+0
	rel 144+4 t=R_CALL runtime.printint+0
	rel 149+4 t=R_CALL runtime.printnl+0
	rel 154+4 t=R_CALL runtime.printunlock+0
	rel 166+4 t=R_PCREL type:main.Sq+0
	rel 176+4 t=R_CALL runtime.mallocgcTinySC2+0
	rel 193+4 t=R_CALL main.(*Sq).Name+0
	rel 213+4 t=R_CALL main.(*Sq).Area+0
	rel 225+4 t=R_CALL runtime.printlock+0
	rel 240+4 t=R_CALL runtime.printstring+0
	rel 245+4 t=R_CALL runtime.printsp+0
	rel 257+4 t=R_CALL runtime.printint+0
	rel 262+4 t=R_CALL runtime.printnl+0
	rel 267+4 t=R_CALL runtime.printunlock+0
	rel 283+4 t=R_CALL main.(*Sq).Area+0
	rel 306+4 t=R_CALL runtime.printlock+0
	rel 321+4 t=R_CALL runtime.printint+0
	rel 326+4 t=R_CALL runtime.printsp+0
	rel 336+4 t=R_CALL runtime.printint+0
	rel 341+4 t=R_CALL runtime.printnl+0
	rel 346+4 t=R_CALL runtime.printunlock+0
	rel 358+4 t=R_PCREL type:main.Rect+0
	rel 368+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 388+4 t=R_CALL main.(*Rect).Area+0
	rel 398+4 t=R_CALL runtime.printlock+0
	rel 408+4 t=R_CALL runtime.printint+0
	rel 417+4 t=R_CALL runtime.printnl+0
	rel 422+4 t=R_CALL runtime.printunlock+0
	rel 434+4 t=R_PCREL type:main.Sq+0
	rel 449+4 t=R_CALL runtime.mallocgcTinySC2+0
	rel 473+4 t=R_PCREL type:main.Rect+0
	rel 483+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 505+4 t=R_PCREL go:itab.main.Rect,main.Shape+0
	rel 517+4 t=R_PCREL main..stmp_0+0
	rel 529+4 t=R_PCREL go:itab.*main.Sq,main.Shape+0
	rel 554+4 t=R_PCREL go:itab.*main.Rect,main.Shape+0
	rel 627+0 t=R_CALLIND +0
	rel 666+4 t=R_CALL runtime.printlock+0
	rel 673+4 t=R_PCREL go:string."total "+0
	rel 683+4 t=R_CALL runtime.printstring+0
	rel 693+4 t=R_CALL runtime.printint+0
	rel 698+4 t=R_CALL runtime.printnl+0
	rel 705+4 t=R_CALL runtime.printunlock+0
	rel 710+4 t=R_CALL runtime.printlock+0
	rel 720+4 t=R_CALL runtime.printbool+0
	rel 725+4 t=R_CALL runtime.printsp+0
	rel 737+4 t=R_CALL runtime.printbool+0
	rel 742+4 t=R_CALL runtime.printnl+0
	rel 747+4 t=R_CALL runtime.printunlock+0
	rel 761+4 t=R_CALL runtime.morestack_noctxt+0
main.Shape.Area STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Shape.Area(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Shape.Area.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Shape.Area.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.Shape+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.Shape.Name STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Shape.Name(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Shape.Name.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Shape.Name.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	MOVQ	32(AX), CX
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
	0x0010 44 24 18 48 89 5c 24 20 48 8b 48 20 48 89 d8 90  D$.H.\$ H.H H...
	0x0020 ff d1 48 83 c4 08 5d c3 48 89 44 24 08 48 89 5c  ..H...].H.D$.H.\
	0x0030 24 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24  $......H.D$.H.\$
	0x0040 10 eb bd                                         ...
	rel 2+0 t=R_USEIFACEMETHOD type:main.Shape+104
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Rect).Area STEXT dupok nosplit size=28 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Rect).Area(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Rect).Area.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Rect).Area.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	22
	0x0009 00009 (<autogenerated>:1)	MOVQ	(AX), CX
	0x000c 00012 (<autogenerated>:1)	MOVQ	8(AX), AX
	0x0010 00016 (iface_value_pointer_recv.go:11)	IMULQ	CX, AX
	0x0014 00020 (<unknown line number>)	NOP
	0x0014 00020 (<autogenerated>:1)	POPQ	BP
	0x0015 00021 (<autogenerated>:1)	RET
	0x0016 00022 (<autogenerated>:1)	PCDATA	$1, $1
	0x0016 00022 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x001b 00027 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 0d 48 8b 08 48 8b 40 08  UH..H..t.H..H.@.
	0x0010 48 0f af c1 5d c3 e8 00 00 00 00 90              H...].......
	rel 23+4 t=R_CALL runtime.panicwrap+0
main.(*Rect).Name STEXT dupok nosplit size=29 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Rect).Name(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Rect).Name.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Rect).Name.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	23
	0x0009 00009 (<autogenerated>:1)	LEAQ	go:string."rect"(SB), AX
	0x0010 00016 (<autogenerated>:1)	MOVL	$4, BX
	0x0015 00021 (<autogenerated>:1)	POPQ	BP
	0x0016 00022 (<autogenerated>:1)	RET
	0x0017 00023 (<autogenerated>:1)	PCDATA	$1, $1
	0x0017 00023 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x001c 00028 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 0e 48 8d 05 00 00 00 00  UH..H..t.H......
	0x0010 bb 04 00 00 00 5d c3 e8 00 00 00 00 90           .....].......
	rel 12+4 t=R_PCREL go:string."rect"+0
	rel 24+4 t=R_CALL runtime.panicwrap+0
main.Grower.Grow STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Grower.Grow(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Grower.Grow.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Grower.Grow.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.Grower+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
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
type:.namedata.*main.Shape. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 53 68 61 70 65           ..*main.Shape
type:*main.Shape SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 64 b7 89 e8 28 08 08 16 00 00 00 00 00 00 00 00  d...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Shape.+0
	rel 48+8 t=R_ADDR type:main.Shape+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.*func() int- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 66 75 6e 63 28 29 20 69 6e 74           ..*func() int
type:*func() int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a8 d2 35 e7 28 08 08 16 00 00 00 00 00 00 00 00  ..5.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() int-+0
	rel 48+8 t=R_ADDR type:func() int+0
type:func() int SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 bd 97 29 21 22 08 08 13 00 00 00 00 00 00 00 00  ..)!"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() int-+0
	rel 44+4 t=RelocType(-32763) type:*func() int+0
	rel 56+8 t=R_ADDR type:int+0
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
type:.namedata.Area. SRODATA dupok size=6 align=0x1
	0x0000 01 04 41 72 65 61                                ..Area
type:.namedata.Name. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4e 61 6d 65                                ..Name
type:main.Shape SRODATA size=112 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 40 90 3c 62 07 08 08 14 00 00 00 00 00 00 00 00  @.<b............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00  ........ .......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Shape.+0
	rel 44+4 t=R_ADDROFF type:*main.Shape+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Shape+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Area.+0
	rel 100+4 t=R_ADDROFF type:func() int+0
	rel 104+4 t=R_ADDROFF type:.namedata.Name.+0
	rel 108+4 t=R_ADDROFF type:func() string+0
runtime.memequal128·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal128+0
type:.namedata.*main.Rect. SRODATA dupok size=12 align=0x1
	0x0000 01 0a 2a 6d 61 69 6e 2e 52 65 63 74              ..*main.Rect
type:.namedata.*func(*main.Rect) int- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 52 65  ..*func(*main.Re
	0x0010 63 74 29 20 69 6e 74                             ct) int
type:*func(*main.Rect) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9f 7d e6 a4 28 08 08 16 00 00 00 00 00 00 00 00  .}..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Rect) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Rect) int+0
type:func(*main.Rect) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 04 10 09 1d 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Rect) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Rect) int+0
	rel 56+8 t=R_ADDR type:*main.Rect+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(*main.Rect) string- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 52 65  ..*func(*main.Re
	0x0010 63 74 29 20 73 74 72 69 6e 67                    ct) string
type:*func(*main.Rect) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8a 28 80 ed 28 08 08 16 00 00 00 00 00 00 00 00  .(..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Rect) string-+0
	rel 48+8 t=R_ADDR type:func(*main.Rect) string+0
type:func(*main.Rect) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9c 9d 6c 15 22 08 08 13 00 00 00 00 00 00 00 00  ..l."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Rect) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Rect) string+0
	rel 56+8 t=R_ADDR type:*main.Rect+0
	rel 64+8 t=R_ADDR type:string+0
type:*main.Rect SRODATA size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 66 2c ce 71 29 08 08 16 00 00 00 00 00 00 00 00  f,.q)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 02 00 02 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Rect.+0
	rel 48+8 t=R_ADDR type:main.Rect+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Area.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*Rect).Area+0
	rel 84+4 t=R_METHODOFF main.(*Rect).Area+0
	rel 88+4 t=R_ADDROFF type:.namedata.Name.+0
	rel 92+4 t=R_METHODOFF type:func() string+0
	rel 96+4 t=R_METHODOFF main.(*Rect).Name+0
	rel 100+4 t=R_METHODOFF main.(*Rect).Name+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.W. SRODATA dupok size=3 align=0x1
	0x0000 01 01 57                                         ..W
type:.namedata.H. SRODATA dupok size=3 align=0x1
	0x0000 01 01 48                                         ..H
type:.namedata.*func(main.Rect) int- SRODATA dupok size=22 align=0x1
	0x0000 00 14 2a 66 75 6e 63 28 6d 61 69 6e 2e 52 65 63  ..*func(main.Rec
	0x0010 74 29 20 69 6e 74                                t) int
type:*func(main.Rect) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 76 78 56 25 28 08 08 16 00 00 00 00 00 00 00 00  vxV%(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Rect) int-+0
	rel 48+8 t=R_ADDR type:func(main.Rect) int+0
type:func(main.Rect) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f0 53 56 d3 22 08 08 13 00 00 00 00 00 00 00 00  .SV."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Rect) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Rect) int+0
	rel 56+8 t=R_ADDR type:main.Rect+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(main.Rect) string- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 6d 61 69 6e 2e 52 65 63  ..*func(main.Rec
	0x0010 74 29 20 73 74 72 69 6e 67                       t) string
type:*func(main.Rect) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7d 4c fc 2e 28 08 08 16 00 00 00 00 00 00 00 00  }L..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Rect) string-+0
	rel 48+8 t=R_ADDR type:func(main.Rect) string+0
type:func(main.Rect) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ab d3 3f 10 22 08 08 13 00 00 00 00 00 00 00 00  ..?."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Rect) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Rect) string+0
	rel 56+8 t=R_ADDR type:main.Rect+0
	rel 64+8 t=R_ADDR type:string+0
type:main.Rect SRODATA size=176 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 76 56 f3 a1 0f 08 08 19 00 00 00 00 00 00 00 00  vV..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 02 00 02 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Rect.+0
	rel 44+4 t=R_ADDROFF type:*main.Rect+0
	rel 56+8 t=R_ADDR type:main.Rect+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.W.+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.H.+0
	rel 128+8 t=R_ADDR type:int+0
	rel 144+4 t=R_ADDROFF type:.namedata.Area.+0
	rel 148+4 t=R_METHODOFF type:func() int+0
	rel 152+4 t=R_METHODOFF main.(*Rect).Area+0
	rel 156+4 t=R_METHODOFF main.Rect.Area+0
	rel 160+4 t=R_ADDROFF type:.namedata.Name.+0
	rel 164+4 t=R_METHODOFF type:func() string+0
	rel 168+4 t=R_METHODOFF main.(*Rect).Name+0
	rel 172+4 t=R_METHODOFF main.Rect.Name+0
go:itab.main.Rect,main.Shape SRODATA dupok size=40 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 76 56 f3 a1 00 00 00 00 00 00 00 00 00 00 00 00  vV..............
	0x0020 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:main.Shape+0
	rel 8+8 t=R_ADDR type:main.Rect+0
	rel 24+8 t=RelocType(-32767) main.(*Rect).Area+0
	rel 32+8 t=RelocType(-32767) main.(*Rect).Name+0
type:.namedata.*main.Sq. SRODATA dupok size=10 align=0x1
	0x0000 01 08 2a 6d 61 69 6e 2e 53 71                    ..*main.Sq
type:.namedata.S. SRODATA dupok size=3 align=0x1
	0x0000 01 01 53                                         ..S
type:main.Sq SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 f5 3b 26 c0 0f 08 08 19 00 00 00 00 00 00 00 00  .;&.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Sq.+0
	rel 44+4 t=R_ADDROFF type:*main.Sq+0
	rel 56+8 t=R_ADDR type:main.Sq+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.S.+0
	rel 104+8 t=R_ADDR type:int+0
type:.namedata.*func(*main.Sq) int- SRODATA dupok size=21 align=0x1
	0x0000 00 13 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 53 71  ..*func(*main.Sq
	0x0010 29 20 69 6e 74                                   ) int
type:*func(*main.Sq) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 84 76 23 14 28 08 08 16 00 00 00 00 00 00 00 00  .v#.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Sq) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Sq) int+0
type:func(*main.Sq) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 65 08 60 c0 22 08 08 13 00 00 00 00 00 00 00 00  e.`."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Sq) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Sq) int+0
	rel 56+8 t=R_ADDR type:*main.Sq+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(*main.Sq)- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 53 71  ..*func(*main.Sq
	0x0010 29                                               )
type:*func(*main.Sq) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4f c1 53 e0 28 08 08 16 00 00 00 00 00 00 00 00  O.S.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Sq)-+0
	rel 48+8 t=R_ADDR type:func(*main.Sq)+0
type:func(*main.Sq) SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 50 21 06 45 22 08 08 13 00 00 00 00 00 00 00 00  P!.E"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Sq)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Sq)+0
	rel 56+8 t=R_ADDR type:*main.Sq+0
type:.namedata.*func(*main.Sq) string- SRODATA dupok size=24 align=0x1
	0x0000 00 16 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 53 71  ..*func(*main.Sq
	0x0010 29 20 73 74 72 69 6e 67                          ) string
type:*func(*main.Sq) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d5 23 0c f9 28 08 08 16 00 00 00 00 00 00 00 00  .#..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Sq) string-+0
	rel 48+8 t=R_ADDR type:func(*main.Sq) string+0
type:func(*main.Sq) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d2 5c ab 85 22 08 08 13 00 00 00 00 00 00 00 00  .\.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Sq) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Sq) string+0
	rel 56+8 t=R_ADDR type:*main.Sq+0
	rel 64+8 t=R_ADDR type:string+0
type:.namedata.Grow. SRODATA dupok size=6 align=0x1
	0x0000 01 04 47 72 6f 77                                ..Grow
type:.namedata.*func()- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 66 75 6e 63 28 29                       ..*func()
type:*func() SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 75 53 d6 d8 28 08 08 16 00 00 00 00 00 00 00 00  uS..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func()-+0
	rel 48+8 t=R_ADDR type:func()+0
type:func() SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fe 05 46 7f 22 08 08 13 00 00 00 00 00 00 00 00  ..F."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func()-+0
	rel 44+4 t=RelocType(-32763) type:*func()+0
type:*main.Sq SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 92 14 0a cb 29 08 08 16 00 00 00 00 00 00 00 00  ....)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Sq.+0
	rel 48+8 t=R_ADDR type:main.Sq+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Area.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*Sq).Area+0
	rel 84+4 t=R_METHODOFF main.(*Sq).Area+0
	rel 88+4 t=R_ADDROFF type:.namedata.Grow.+0
	rel 92+4 t=R_METHODOFF type:func()+0
	rel 96+4 t=R_METHODOFF main.(*Sq).Grow+0
	rel 100+4 t=R_METHODOFF main.(*Sq).Grow+0
	rel 104+4 t=R_ADDROFF type:.namedata.Name.+0
	rel 108+4 t=R_METHODOFF type:func() string+0
	rel 112+4 t=R_METHODOFF main.(*Sq).Name+0
	rel 116+4 t=R_METHODOFF main.(*Sq).Name+0
go:itab.*main.Sq,main.Shape SRODATA dupok size=40 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 92 14 0a cb 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:main.Shape+0
	rel 8+8 t=R_ADDR type:*main.Sq+0
	rel 24+8 t=RelocType(-32767) main.(*Sq).Area+0
	rel 32+8 t=RelocType(-32767) main.(*Sq).Name+0
type:.namedata.*main.Grower. SRODATA dupok size=14 align=0x1
	0x0000 01 0c 2a 6d 61 69 6e 2e 47 72 6f 77 65 72        ..*main.Grower
type:*main.Grower SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c3 20 4d bd 28 08 08 16 00 00 00 00 00 00 00 00  . M.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Grower.+0
	rel 48+8 t=R_ADDR type:main.Grower+0
type:main.Grower SRODATA size=104 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 cd 41 82 92 07 08 08 14 00 00 00 00 00 00 00 00  .A..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Grower.+0
	rel 44+4 t=R_ADDROFF type:*main.Grower+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Grower+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Grow.+0
	rel 100+4 t=R_ADDROFF type:func()+0
go:itab.*main.Sq,main.Grower SRODATA dupok size=32 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 92 14 0a cb 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:main.Grower+0
	rel 8+8 t=R_ADDR type:*main.Sq+0
	rel 24+8 t=RelocType(-32767) main.(*Sq).Grow+0
go:itab.*main.Rect,main.Shape SRODATA dupok size=40 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 66 2c ce 71 00 00 00 00 00 00 00 00 00 00 00 00  f,.q............
	0x0020 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:main.Shape+0
	rel 8+8 t=R_ADDR type:*main.Rect+0
	rel 24+8 t=RelocType(-32767) main.(*Rect).Area+0
	rel 32+8 t=RelocType(-32767) main.(*Rect).Name+0
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.Rect.Area$abstract SDWARFABSFCN dupok size=28 align=0x0
	0x0000 05 6d 61 69 6e 2e 52 65 63 74 2e 41 72 65 61 00  .main.Rect.Area.
	0x0010 01 0b 01 22 72 00 00 00 00 00 00 00              ..."r.......
	rel 23+4 t=R_DWARFSECREF go:info.main.Rect+0
go:info.main.(*Sq).Grow$abstract SDWARFABSFCN dupok size=29 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 53 71 29 2e 47 72 6f 77  .main.(*Sq).Grow
	0x0010 00 01 12 01 22 73 00 00 00 00 00 00 00           ...."s.......
	rel 24+4 t=R_DWARFSECREF go:info.*main.Sq+0
go:info.main.total$abstract SDWARFABSFCN dupok size=45 align=0x0
	0x0000 05 6d 61 69 6e 2e 74 6f 74 61 6c 00 01 16 01 22  .main.total...."
	0x0010 73 68 61 70 65 73 00 00 00 00 00 00 21 74 00 17  shapes......!t..
	0x0020 00 00 00 00 21 73 00 18 00 00 00 00 00           ....!s.......
	rel 24+4 t=R_DWARFSECREF go:info.[]main.Shape+0
	rel 32+4 t=R_DWARFSECREF go:info.int+0
	rel 40+4 t=R_DWARFSECREF go:info.main.Shape+0
go:info.main.Rect.Name$abstract SDWARFABSFCN dupok size=28 align=0x0
	0x0000 05 6d 61 69 6e 2e 52 65 63 74 2e 4e 61 6d 65 00  .main.Rect.Name.
	0x0010 01 0c 01 22 72 00 00 00 00 00 00 00              ..."r.......
	rel 23+4 t=R_DWARFSECREF go:info.main.Rect+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."rect" SRODATA dupok size=4 align=0x1
	0x0000 72 65 63 74                                      rect
go:string."square" SRODATA dupok size=6 align=0x1
	0x0000 73 71 75 61 72 65                                square
go:string."total" SRODATA dupok size=5 align=0x1
	0x0000 74 6f 74 61 6c                                   total
go:string."total " SRODATA dupok size=6 align=0x1
	0x0000 74 6f 74 61 6c 20                                total 
main..stmp_0 SRODATA static size=16 align=0x8
	0x0000 01 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
type:.namedata.*[]main.Shape- SRODATA dupok size=15 align=0x1
	0x0000 00 0d 2a 5b 5d 6d 61 69 6e 2e 53 68 61 70 65     ..*[]main.Shape
type:*[]main.Shape SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 54 8a f3 2f 28 08 08 16 00 00 00 00 00 00 00 00  T../(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.Shape-+0
	rel 48+8 t=R_ADDR type:[]main.Shape+0
type:[]main.Shape SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e9 4e 22 fb 02 08 08 17 00 00 00 00 00 00 00 00  .N".............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.Shape-+0
	rel 44+4 t=RelocType(-32763) type:*[]main.Shape+0
	rel 48+8 t=R_ADDR type:main.Shape+0
runtime.gcbits.aa00000000000000 SRODATA dupok size=8 align=0x8
	0x0000 aa 00 00 00 00 00 00 00                          ........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.Rect.Area.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Rect.Area.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Rect.Name.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Rect.Name.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.(*Sq).Area.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Sq).Area.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·PqVQJggGJ2Sanl8iJuPOkQ== SRODATA dupok size=9 align=0x4
	0x0000 01 00 00 00 01 00 00 00 00                       .........
main.(*Sq).Name.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Sq).Name.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Sq).Grow.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Sq).Grow.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Z8zdw/dq+fE82FieA9ctlQ== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 01 00 00                 ...........
gclocals·Vi90HuirP9VPo7whN2aauw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 00 01 00                 ...........
main.total.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.total.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·3Nf0KxzcHw1JLr11btD+gA== SRODATA dupok size=8 align=0x4
	0x0000 06 00 00 00 00 00 00 00                          ........
gclocals·AUAlI7fBNyccAKhrmfaYEA== SRODATA dupok size=20 align=0x4
	0x0000 06 00 00 00 0c 00 00 00 00 00 08 00 04 00 01 00  ................
	0x0010 05 00 03 00                                      ....
main.main.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 c0 ff ff ff 40 00 00 00  ............@...
	0x0010 40 00 00 00 00 00 00 00                          @.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.aa00000000000000+0
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
main.Shape.Area.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Shape.Area.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Shape.Name.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Shape.Name.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Rect).Area.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Rect).Area.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Rect).Name.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Rect).Name.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Grower.Grow.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Grower.Grow.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
