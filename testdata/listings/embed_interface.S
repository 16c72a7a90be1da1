funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (embed_interface.go:36)	TEXT	main.main(SB), ABIInternal, $184-0
     0        00000 (embed_interface.go:36)	TEXT	main.main(SB), ABIInternal, $184-0
     0     -1 00000 (embed_interface.go:36)	LEAQ	-56(SP), R12
     5        00005 (embed_interface.go:36)	CMPQ	R12, 16(R14)
     9        00009 (embed_interface.go:36)	PCDATA	$0, $-2
     9        00009 (embed_interface.go:36)	JLS	642
     f        00015 (embed_interface.go:36)	PCDATA	$0, $-1
     f        00015 (embed_interface.go:36)	PUSHQ	BP
    10        00016 (embed_interface.go:36)	MOVQ	SP, BP
    13        00019 (embed_interface.go:36)	SUBQ	$176, SP
    1a        00026 (embed_interface.go:36)	FUNCDATA	$0, gclocals·3Nf0KxzcHw1JLr11btD+gA==(SB)
    1a        00026 (embed_interface.go:36)	FUNCDATA	$1, gclocals·dttmsoYmkbIwmbMUjNt6hQ==(SB)
    1a        00026 (embed_interface.go:36)	FUNCDATA	$2, main.main.stkobj(SB)
    1a        00026 (embed_interface.go:37)	MOVL	$16, AX
    1f        00031 (embed_interface.go:37)	LEAQ	type:main.Animal(SB), BX
    26        00038 (embed_interface.go:37)	MOVL	$1, CX
    2b        00043 (embed_interface.go:37)	PCDATA	$1, $0
    2b        00043 (embed_interface.go:37)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
    30        00048 (embed_interface.go:37)	MOVQ	AX, main.a+64(SP)
    35        00053 (embed_interface.go:37)	MOVQ	$4, 8(AX)
    3d        00061 (embed_interface.go:37)	LEAQ	go:string."meow"(SB), DX
    44        00068 (embed_interface.go:37)	MOVQ	DX, (AX)
    47        00071 (embed_interface.go:38)	MOVL	$24, AX
    4c        00076 (embed_interface.go:38)	LEAQ	type:main.Dog(SB), BX
    53        00083 (embed_interface.go:38)	MOVL	$1, CX
    58        00088 (embed_interface.go:38)	PCDATA	$1, $1
    58        00088 (embed_interface.go:38)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
    5d        00093 (embed_interface.go:38)	MOVQ	AX, main.d+56(SP)
    62        00098 (embed_interface.go:38)	MOVQ	$4, 8(AX)
    6a        00106 (embed_interface.go:38)	LEAQ	go:string."woof"(SB), DX
    71        00113 (embed_interface.go:38)	MOVQ	DX, (AX)
    74        00116 (embed_interface.go:38)	MOVB	$0, 16(AX)
    78        00120 (embed_interface.go:39)	MOVL	$24, AX
    7d        00125 (embed_interface.go:39)	LEAQ	type:main.Dog(SB), BX
    84        00132 (embed_interface.go:39)	MOVL	$1, CX
    89        00137 (embed_interface.go:39)	PCDATA	$1, $2
    89        00137 (embed_interface.go:39)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
    8e        00142 (embed_interface.go:39)	MOVQ	AX, main.d2+48(SP)
    93        00147 (embed_interface.go:39)	MOVQ	$4, 8(AX)
    9b        00155 (embed_interface.go:39)	LEAQ	go:string."WOOF"(SB), DX
    a2        00162 (embed_interface.go:39)	MOVQ	DX, (AX)
    a5        00165 (embed_interface.go:39)	MOVB	$1, 16(AX)
    a9        00169 (embed_interface.go:40)	LEAQ	go:itab.*main.Animal,main.Speaker(SB), AX
    b0        00176 (embed_interface.go:40)	MOVQ	main.a+64(SP), BX
    b5        00181 (embed_interface.go:40)	PCDATA	$1, $3
    b5        00181 (embed_interface.go:40)	CALL	main.report(SB)
    ba        00186 (embed_interface.go:41)	LEAQ	go:itab.*main.Dog,main.Speaker(SB), AX
    c1        00193 (embed_interface.go:41)	MOVQ	main.d+56(SP), BX
    c6        00198 (embed_interface.go:41)	CALL	main.report(SB)
    cb        00203 (embed_interface.go:42)	LEAQ	go:itab.*main.Dog,main.Speaker(SB), AX
    d2        00210 (embed_interface.go:42)	MOVQ	main.d2+48(SP), BX
    d7        00215 (embed_interface.go:42)	CALL	main.report(SB)
    dc        00220 (embed_interface.go:43)	LEAQ	go:itab.*main.Dog,main.Speaker(SB), DX
    e3        00227 (embed_interface.go:43)	MOVQ	DX, main..autotmp_8+88(SP)
    e8        00232 (embed_interface.go:43)	MOVQ	main.d2+48(SP), DX
    ed        00237 (embed_interface.go:43)	MOVQ	DX, main..autotmp_8+96(SP)
    f2        00242 (embed_interface.go:43)	LEAQ	type:main.Quiet(SB), AX
    f9        00249 (embed_interface.go:43)	LEAQ	main..autotmp_8+88(SP), BX
    fe        00254 (embed_interface.go:43)	NOP
   100        00256 (embed_interface.go:43)	CALL	runtime.convT(SB)
   105        00261 (embed_interface.go:43)	MOVQ	AX, BX
   108        00264 (embed_interface.go:43)	LEAQ	go:itab.main.Quiet,main.Speaker(SB), AX
   10f        00271 (embed_interface.go:43)	CALL	main.report(SB)
   114        00276 (embed_interface.go:44)	LEAQ	go:itab.*main.Dog,main.Speaker(SB), DX
   11b        00283 (embed_interface.go:44)	MOVQ	DX, main..autotmp_8+88(SP)
   120        00288 (embed_interface.go:44)	MOVQ	main.d2+48(SP), DX
   125        00293 (embed_interface.go:44)	MOVQ	DX, main..autotmp_8+96(SP)
   12a        00298 (embed_interface.go:44)	MOVUPS	X15, main..autotmp_9+72(SP)
   130        00304 (embed_interface.go:44)	LEAQ	type:main.Quiet(SB), AX
   137        00311 (embed_interface.go:44)	LEAQ	main..autotmp_8+88(SP), BX
   13c        00316 (embed_interface.go:44)	NOP
   140        00320 (embed_interface.go:44)	CALL	runtime.convT(SB)
   145        00325 (embed_interface.go:44)	LEAQ	go:itab.main.Quiet,main.Speaker(SB), DX
   14c        00332 (embed_interface.go:44)	MOVQ	DX, main..autotmp_9+72(SP)
   151        00337 (embed_interface.go:44)	MOVQ	AX, main..autotmp_9+80(SP)
   156        00342 (embed_interface.go:44)	LEAQ	type:main.Quiet(SB), AX
   15d        00349 (embed_interface.go:44)	LEAQ	main..autotmp_9+72(SP), BX
   162        00354 (embed_interface.go:44)	CALL	runtime.convT(SB)
   167        00359 (embed_interface.go:44)	MOVQ	AX, BX
   16a        00362 (embed_interface.go:44)	LEAQ	go:itab.main.Quiet,main.Speaker(SB), AX
   171        00369 (embed_interface.go:44)	CALL	main.report(SB)
   176        00374 (embed_interface.go:46)	LEAQ	go:itab.*main.Animal,main.Speaker(SB), DX
   17d        00381 (embed_interface.go:46)	MOVQ	DX, main..autotmp_9+72(SP)
   182        00386 (embed_interface.go:46)	MOVQ	main.a+64(SP), SI
   187        00391 (embed_interface.go:46)	MOVQ	SI, main..autotmp_9+80(SP)
   18c        00396 (embed_interface.go:46)	LEAQ	main..autotmp_26+112(SP), DI
   191        00401 (embed_interface.go:46)	MOVUPS	X15, (DI)
   195        00405 (embed_interface.go:46)	MOVUPS	X15, 16(DI)
   19a        00410 (embed_interface.go:46)	MOVUPS	X15, 32(DI)
   19f        00415 (embed_interface.go:46)	MOVUPS	X15, 48(DI)
   1a4        00420 (embed_interface.go:46)	MOVQ	DX, main..autotmp_26+112(SP)
   1a9        00425 (embed_interface.go:46)	MOVQ	SI, main..autotmp_26+120(SP)
   1ae        00430 (embed_interface.go:46)	LEAQ	go:itab.*main.Dog,main.Speaker(SB), DX
   1b5        00437 (embed_interface.go:46)	MOVQ	DX, main..autotmp_26+128(SP)
   1bd        00445 (embed_interface.go:46)	MOVQ	main.d+56(SP), SI
   1c2        00450 (embed_interface.go:46)	MOVQ	SI, main..autotmp_26+136(SP)
   1ca        00458 (embed_interface.go:46)	MOVQ	DX, main..autotmp_26+144(SP)
   1d2        00466 (embed_interface.go:46)	MOVQ	main.d2+48(SP), DX
   1d7        00471 (embed_interface.go:46)	MOVQ	DX, main..autotmp_26+152(SP)
   1df        00479 (embed_interface.go:46)	LEAQ	type:main.Quiet(SB), AX
   1e6        00486 (embed_interface.go:46)	LEAQ	main..autotmp_9+72(SP), BX
   1eb        00491 (embed_interface.go:46)	PCDATA	$1, $4
   1eb        00491 (embed_interface.go:46)	CALL	runtime.convT(SB)
   1f0        00496 (embed_interface.go:46)	LEAQ	go:itab.main.Quiet,main.Speaker(SB), DX
   1f7        00503 (embed_interface.go:46)	MOVQ	DX, main..autotmp_26+160(SP)
   1ff        00511 (embed_interface.go:46)	MOVQ	AX, main..autotmp_26+168(SP)
   207        00519 (embed_interface.go:48)	LEAQ	main..autotmp_26+112(SP), DX
   20c        00524 (embed_interface.go:48)	XORL	AX, AX
   20e        00526 (embed_interface.go:48)	XORL	CX, CX
   210        00528 (embed_interface.go:48)	JMP	578
   212        00530 (embed_interface.go:48)	MOVQ	AX, main..autotmp_40+40(SP)
   217        00535 (embed_interface.go:48)	MOVQ	DX, main..autotmp_41+104(SP)
   21c        00540 (embed_interface.go:48)	MOVQ	(DX), CX
   21f        00543 (embed_interface.go:48)	MOVQ	8(DX), AX
   223        00547 (embed_interface.go:49)	MOVQ	32(CX), CX
   227        00551 (embed_interface.go:49)	PCDATA	$1, $5
   227        00551 (embed_interface.go:49)	CALL	CX
   229        00553 (embed_interface.go:48)	MOVQ	main..autotmp_41+104(SP), DX
   22e        00558 (embed_interface.go:48)	ADDQ	$16, DX
   232        00562 (embed_interface.go:49)	MOVQ	main.total+32(SP), CX
   237        00567 (embed_interface.go:49)	ADDQ	AX, CX
   23a        00570 (embed_interface.go:48)	MOVQ	main..autotmp_40+40(SP), AX
   23f        00575 (embed_interface.go:48)	INCQ	AX
   242        00578 (embed_interface.go:48)	MOVQ	CX, main.total+32(SP)
   247        00583 (embed_interface.go:48)	CMPQ	AX, $4
   24b        00587 (embed_interface.go:48)	JLT	530
   24d        00589 (embed_interface.go:51)	PCDATA	$1, $0
   24d        00589 (embed_interface.go:51)	CALL	runtime.printlock(SB)
   252        00594 (embed_interface.go:51)	LEAQ	go:string."total volume "(SB), AX
   259        00601 (embed_interface.go:51)	MOVL	$13, BX
   25e        00606 (embed_interface.go:51)	NOP
   260        00608 (embed_interface.go:51)	CALL	runtime.printstring(SB)
   265        00613 (embed_interface.go:51)	MOVQ	main.total+32(SP), AX
   26a        00618 (embed_interface.go:51)	CALL	runtime.printint(SB)
   26f        00623 (embed_interface.go:51)	CALL	runtime.printnl(SB)
   274        00628 (embed_interface.go:51)	CALL	runtime.printunlock(SB)
   279        00633 (embed_interface.go:52)	ADDQ	$176, SP
   280        00640 (embed_interface.go:52)	POPQ	BP
   281        00641 (embed_interface.go:52)	RET
   282        00642 (embed_interface.go:52)	NOP
   282        00642 (embed_interface.go:36)	PCDATA	$1, $-1
   282        00642 (embed_interface.go:36)	PCDATA	$0, $-2
   282        00642 (embed_interface.go:36)	CALL	runtime.morestack_noctxt(SB)
   287        00647 (embed_interface.go:36)	PCDATA	$0, $-1
   287        00647 (embed_interface.go:36)	JMP	0
   28c done
wrote 4 bytes to 0x0
 00 8c 05 00
funcpctab main.(*Quiet).Volume [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Quiet).Volume(SB), DUPOK|WRAPPER|ABIInternal, $16-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Quiet).Volume(SB), DUPOK|WRAPPER|ABIInternal, $16-8
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	78
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$8, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Quiet).Volume.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Quiet).Volume.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	TESTQ	AX, AX
    11        00017 (<autogenerated>:1)	JEQ	72
    13        00019 (<autogenerated>:1)	MOVQ	8(AX), CX
    17        00023 (<autogenerated>:1)	MOVQ	(AX), DX
    1a      0 00026 (<autogenerated>:1)	MOVQ	32(DX), DX
    1e        00030 (<unknown line number>)	NOP
    1e        00030 (<autogenerated>:1)	MOVQ	CX, AX
    21        00033 (<autogenerated>:1)	PCDATA	$1, $1
    21        00033 (<autogenerated>:1)	CALL	DX
    23        00035 (<autogenerated>:1)	MOVQ	AX, CX
    26        00038 (<autogenerated>:1)	MOVQ	$-3689348814741910323, AX
    30        00048 (<autogenerated>:1)	IMULQ	CX
    33        00051 (<autogenerated>:1)	LEAQ	(CX)(DX*1), AX
    37        00055 (<autogenerated>:1)	SARQ	$3, AX
    3b        00059 (<autogenerated>:1)	SARQ	$63, CX
    3f        00063 (<autogenerated>:1)	SUBQ	CX, AX
    42     -1 00066 (<autogenerated>:1)	ADDQ	$8, SP
    46        00070 (<autogenerated>:1)	POPQ	BP
    47        00071 (<autogenerated>:1)	RET
    48        00072 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    4d        00077 (<autogenerated>:1)	XCHGL	AX, AX
    4e        00078 (<autogenerated>:1)	NOP
    4e        00078 (<autogenerated>:1)	PCDATA	$1, $-1
    4e        00078 (<autogenerated>:1)	PCDATA	$0, $-2
    4e        00078 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    53        00083 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    58        00088 (<autogenerated>:1)	PCDATA	$0, $-1
    58        00088 (<autogenerated>:1)	MOVQ	8(SP), AX
    5d        00093 (<autogenerated>:1)	JMP	0
    5f done
wrote 7 bytes to 0x0
 00 1a 02 28 01 1d 00
-- inlining tree for main.(*Quiet).Volume:
0 | -1 | main.Quiet.Volume (<autogenerated>:1) pc=14
--
funcpctab main.(*Dog).Volume [valfunc=pctoinline]
     0     -1 00000 (embed_interface.go:19)	TEXT	main.(*Dog).Volume(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (embed_interface.go:19)	TEXT	main.(*Dog).Volume(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (embed_interface.go:19)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (embed_interface.go:19)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (embed_interface.go:19)	FUNCDATA	$5, main.(*Dog).Volume.arginfo1(SB)
     0        00000 (embed_interface.go:19)	FUNCDATA	$6, main.(*Dog).Volume.argliveinfo(SB)
     0        00000 (embed_interface.go:19)	PCDATA	$3, $1
     0     -1 00000 (embed_interface.go:20)	CMPB	16(AX), $0
     4        00004 (embed_interface.go:20)	JEQ	12
     6        00006 (embed_interface.go:21)	MOVL	$100, AX
     b        00011 (embed_interface.go:21)	RET
     c      0 00012 (embed_interface.go:23)	MOVQ	8(AX), AX
    10        00016 (<unknown line number>)	NOP
    10     -1 00016 (embed_interface.go:23)	RET
    11 done
wrote 7 bytes to 0x0
 00 0c 02 04 01 01 00
-- inlining tree for main.(*Dog).Volume:
0 | -1 | main.(*Animal).Volume (embed_interface.go:23:24) pc=16
--
funcpctab main.(*Animal).Speak [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Animal).Speak(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Animal).Speak(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Animal).Speak.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Animal).Speak.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	18
     9        00009 (<autogenerated>:1)	MOVQ	8(AX), BX
     d        00013 (<autogenerated>:1)	MOVQ	(AX), AX
    10        00016 (<autogenerated>:1)	POPQ	BP
    11        00017 (<autogenerated>:1)	RET
    12        00018 (<autogenerated>:1)	PCDATA	$1, $1
    12        00018 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    17        00023 (<autogenerated>:1)	XCHGL	AX, AX
    18 done
wrote 3 bytes to 0x0
 00 18 00
funcpctab main.(*Dog).Speak [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Dog).Speak(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Dog).Speak(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
     0        00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*Dog).Speak.arginfo1(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*Dog).Speak.argliveinfo(SB)
     0        00000 (<autogenerated>:1)	PCDATA	$3, $1
     0     -1 00000 (<autogenerated>:1)	MOVQ	8(AX), BX
     4        00004 (<autogenerated>:1)	MOVQ	(AX), AX
     7        00007 (<autogenerated>:1)	RET
     8 done
wrote 3 bytes to 0x0
 00 08 00
funcpctab main.Dog.Speak [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Dog.Speak(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
     0        00000 (<autogenerated>:1)	TEXT	main.Dog.Speak(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (<autogenerated>:1)	MOVQ	AX, main.a+8(FP)
     5        00005 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (<autogenerated>:1)	FUNCDATA	$5, main.Dog.Speak.arginfo1(SB)
     5        00005 (<autogenerated>:1)	FUNCDATA	$6, main.Dog.Speak.argliveinfo(SB)
     5        00005 (<autogenerated>:1)	PCDATA	$3, $1
     5        00005 (<autogenerated>:1)	RET
     6 done
wrote 3 bytes to 0x0
 00 06 00
funcpctab type:.eq.SM1 [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.SM1(SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.SM1(SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	58
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.SM1.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.SM1.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	8(AX), CX
    12        00018 (<autogenerated>:1)	CMPQ	8(BX), CX
    16        00022 (<autogenerated>:1)	JNE	50
    18        00024 (<autogenerated>:1)	MOVBLZX	16(AX), DX
    1c        00028 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CMPB	16(BX), DL
    23        00035 (<autogenerated>:1)	JNE	50
    25        00037 (<autogenerated>:1)	MOVQ	(AX), AX
    28        00040 (<autogenerated>:1)	MOVQ	(BX), BX
    2b        00043 (<autogenerated>:1)	PCDATA	$1, $1
    2b        00043 (<autogenerated>:1)	CALL	runtime.memequal(SB)
    30        00048 (<autogenerated>:1)	JMP	52
    32        00050 (<autogenerated>:1)	XORL	AX, AX
    34        00052 (<autogenerated>:1)	ADDQ	$24, SP
    38        00056 (<autogenerated>:1)	POPQ	BP
    39        00057 (<autogenerated>:1)	RET
    3a        00058 (<autogenerated>:1)	NOP
    3a        00058 (<autogenerated>:1)	PCDATA	$1, $-1
    3a        00058 (<autogenerated>:1)	PCDATA	$0, $-2
    3a        00058 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    3f        00063 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    44        00068 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    49        00073 (<autogenerated>:1)	PCDATA	$0, $-1
    49        00073 (<autogenerated>:1)	MOVQ	8(SP), AX
    4e        00078 (<autogenerated>:1)	MOVQ	16(SP), BX
    53        00083 (<autogenerated>:1)	JMP	0
    55 done
wrote 3 bytes to 0x0
 00 55 00
funcpctab main.report [valfunc=pctoinline]
     0     -1 00000 (embed_interface.go:32)	TEXT	main.report(SB), ABIInternal, $48-16
     0        00000 (embed_interface.go:32)	TEXT	main.report(SB), ABIInternal, $48-16
     0     -1 00000 (embed_interface.go:32)	CMPQ	SP, 16(R14)
     4        00004 (embed_interface.go:32)	PCDATA	$0, $-2
     4        00004 (embed_interface.go:32)	JLS	117
     6        00006 (embed_interface.go:32)	PCDATA	$0, $-1
     6        00006 (embed_interface.go:32)	PUSHQ	BP
     7        00007 (embed_interface.go:32)	MOVQ	SP, BP
     a        00010 (embed_interface.go:32)	SUBQ	$40, SP
     e        00014 (embed_interface.go:32)	FUNCDATA	$0, gclocals·xIlXpQ6CipPp8NaGXAMNWA==(SB)
     e        00014 (embed_interface.go:32)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
     e        00014 (embed_interface.go:32)	FUNCDATA	$5, main.report.arginfo1(SB)
     e        00014 (embed_interface.go:32)	FUNCDATA	$6, main.report.argliveinfo(SB)
     e        00014 (embed_interface.go:32)	PCDATA	$3, $1
     e        00014 (embed_interface.go:34)	MOVQ	BX, main.s+64(SP)
    13        00019 (embed_interface.go:34)	MOVQ	AX, main.s+56(SP)
    18        00024 (embed_interface.go:34)	PCDATA	$3, $-1
    18        00024 (embed_interface.go:33)	MOVQ	24(AX), CX
    1c        00028 (embed_interface.go:33)	MOVQ	BX, AX
    1f        00031 (embed_interface.go:33)	PCDATA	$1, $0
    1f        00031 (embed_interface.go:33)	NOP
    20        00032 (embed_interface.go:33)	CALL	CX
    22        00034 (embed_interface.go:33)	MOVQ	AX, main..autotmp_3+32(SP)
    27        00039 (embed_interface.go:33)	MOVQ	BX, main..autotmp_4+24(SP)
    2c        00044 (embed_interface.go:33)	MOVQ	main.s+56(SP), CX
    31        00049 (embed_interface.go:33)	MOVQ	32(CX), CX
    35        00053 (embed_interface.go:33)	MOVQ	main.s+64(SP), AX
    3a        00058 (embed_interface.go:33)	PCDATA	$1, $1
    3a        00058 (embed_interface.go:33)	CALL	CX
    3c        00060 (embed_interface.go:33)	MOVQ	AX, main..autotmp_5+16(SP)
    41        00065 (embed_interface.go:33)	CALL	runtime.printlock(SB)
    46        00070 (embed_interface.go:33)	MOVQ	main..autotmp_3+32(SP), AX
    4b        00075 (embed_interface.go:33)	MOVQ	main..autotmp_4+24(SP), BX
    50        00080 (embed_interface.go:33)	PCDATA	$1, $2
    50        00080 (embed_interface.go:33)	CALL	runtime.printstring(SB)
    55        00085 (embed_interface.go:33)	CALL	runtime.printsp(SB)
    5a        00090 (embed_interface.go:33)	MOVQ	main..autotmp_5+16(SP), AX
    5f        00095 (embed_interface.go:33)	NOP
    60        00096 (embed_interface.go:33)	CALL	runtime.printint(SB)
    65        00101 (embed_interface.go:33)	CALL	runtime.printnl(SB)
    6a        00106 (embed_interface.go:33)	CALL	runtime.printunlock(SB)
    6f        00111 (embed_interface.go:34)	ADDQ	$40, SP
    73        00115 (embed_interface.go:34)	POPQ	BP
    74        00116 (embed_interface.go:34)	RET
    75        00117 (embed_interface.go:34)	NOP
    75        00117 (embed_interface.go:32)	PCDATA	$1, $-1
    75        00117 (embed_interface.go:32)	PCDATA	$0, $-2
    75        00117 (embed_interface.go:32)	MOVQ	AX, 8(SP)
    7a        00122 (embed_interface.go:32)	MOVQ	BX, 16(SP)
    7f        00127 (embed_interface.go:32)	NOP
    80        00128 (embed_interface.go:32)	CALL	runtime.morestack_noctxt(SB)
    85        00133 (embed_interface.go:32)	PCDATA	$0, $-1
    85        00133 (embed_interface.go:32)	MOVQ	8(SP), AX
    8a        00138 (embed_interface.go:32)	MOVQ	16(SP), BX
    8f        00143 (embed_interface.go:32)	JMP	0
    94 done
wrote 4 bytes to 0x0
 00 94 01 00
funcpctab main.Speaker.Speak [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Speaker.Speak(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.Speaker.Speak(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Speaker.Speak.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Speaker.Speak.argliveinfo(SB)
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
funcpctab main.Quiet.Speak [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Quiet.Speak(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.Quiet.Speak(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Quiet.Speak.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Quiet.Speak.argliveinfo(SB)
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
funcpctab main.Quiet.Volume [valfunc=pctoinline]
     0     -1 00000 (embed_interface.go:30)	TEXT	main.Quiet.Volume(SB), ABIInternal, $16-16
     0        00000 (embed_interface.go:30)	TEXT	main.Quiet.Volume(SB), ABIInternal, $16-16
     0     -1 00000 (embed_interface.go:30)	CMPQ	SP, 16(R14)
     4        00004 (embed_interface.go:30)	PCDATA	$0, $-2
     4        00004 (embed_interface.go:30)	JLS	77
     6        00006 (embed_interface.go:30)	PCDATA	$0, $-1
     6        00006 (embed_interface.go:30)	PUSHQ	BP
     7        00007 (embed_interface.go:30)	MOVQ	SP, BP
     a        00010 (embed_interface.go:30)	SUBQ	$8, SP
     e        00014 (embed_interface.go:30)	MOVQ	AX, main.q+24(FP)
    13        00019 (embed_interface.go:30)	MOVQ	BX, main.q+32(FP)
    18        00024 (embed_interface.go:30)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    18        00024 (embed_interface.go:30)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (embed_interface.go:30)	FUNCDATA	$5, main.Quiet.Volume.arginfo1(SB)
    18        00024 (embed_interface.go:30)	FUNCDATA	$6, main.Quiet.Volume.argliveinfo(SB)
    18        00024 (embed_interface.go:30)	PCDATA	$3, $1
    18        00024 (embed_interface.go:30)	MOVQ	32(AX), CX
    1c        00028 (embed_interface.go:30)	MOVQ	BX, AX
    1f        00031 (embed_interface.go:30)	PCDATA	$1, $1
    1f        00031 (embed_interface.go:30)	NOP
    20        00032 (embed_interface.go:30)	CALL	CX
    22        00034 (embed_interface.go:30)	MOVQ	AX, CX
    25        00037 (embed_interface.go:30)	SARQ	$63, AX
    29        00041 (embed_interface.go:30)	MOVQ	AX, DX
    2c        00044 (embed_interface.go:30)	MOVQ	$-3689348814741910323, AX
    36        00054 (embed_interface.go:30)	MOVQ	DX, BX
    39        00057 (embed_interface.go:30)	IMULQ	CX
    3c        00060 (embed_interface.go:30)	LEAQ	(CX)(DX*1), AX
    40        00064 (embed_interface.go:30)	SARQ	$3, AX
    44        00068 (embed_interface.go:30)	SUBQ	BX, AX
    47        00071 (embed_interface.go:30)	ADDQ	$8, SP
    4b        00075 (embed_interface.go:30)	POPQ	BP
    4c        00076 (embed_interface.go:30)	RET
    4d        00077 (embed_interface.go:30)	NOP
    4d        00077 (embed_interface.go:30)	PCDATA	$1, $-1
    4d        00077 (embed_interface.go:30)	PCDATA	$0, $-2
    4d        00077 (embed_interface.go:30)	MOVQ	AX, 8(SP)
    52        00082 (embed_interface.go:30)	MOVQ	BX, 16(SP)
    57        00087 (embed_interface.go:30)	CALL	runtime.morestack_noctxt(SB)
    5c        00092 (embed_interface.go:30)	PCDATA	$0, $-1
    5c        00092 (embed_interface.go:30)	MOVQ	8(SP), AX
    61        00097 (embed_interface.go:30)	MOVQ	16(SP), BX
    66        00102 (embed_interface.go:30)	JMP	0
    68 done
wrote 3 bytes to 0x0
 00 68 00
funcpctab main.(*Animal).Volume [valfunc=pctoinline]
     0     -1 00000 (embed_interface.go:12)	TEXT	main.(*Animal).Volume(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (embed_interface.go:12)	TEXT	main.(*Animal).Volume(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (embed_interface.go:12)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (embed_interface.go:12)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (embed_interface.go:12)	FUNCDATA	$5, main.(*Animal).Volume.arginfo1(SB)
     0        00000 (embed_interface.go:12)	FUNCDATA	$6, main.(*Animal).Volume.argliveinfo(SB)
     0        00000 (embed_interface.go:12)	PCDATA	$3, $1
     0     -1 00000 (embed_interface.go:12)	MOVQ	8(AX), AX
     4        00004 (embed_interface.go:12)	RET
     5 done
wrote 3 bytes to 0x0
 00 05 00
funcpctab main.Speaker.Volume [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Speaker.Volume(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.Speaker.Volume(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Speaker.Volume.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Speaker.Volume.argliveinfo(SB)
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
funcpctab main.Animal.Speak [valfunc=pctoinline]
     0     -1 00000 (embed_interface.go:11)	TEXT	main.Animal.Speak(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (embed_interface.go:11)	TEXT	main.Animal.Speak(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0     -1 00000 (embed_interface.go:11)	MOVQ	AX, main.a+8(FP)
     5        00005 (embed_interface.go:11)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (embed_interface.go:11)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (embed_interface.go:11)	FUNCDATA	$5, main.Animal.Speak.arginfo1(SB)
     5        00005 (embed_interface.go:11)	FUNCDATA	$6, main.Animal.Speak.argliveinfo(SB)
     5        00005 (embed_interface.go:11)	PCDATA	$3, $1
     5        00005 (embed_interface.go:11)	RET
     6 done
wrote 3 bytes to 0x0
 00 06 00
funcpctab main.(*Quiet).Speak [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Quiet).Speak(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Quiet).Speak(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*Quiet).Speak.arginfo1(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*Quiet).Speak.argliveinfo(SB)
     0        00000 (<autogenerated>:1)	PCDATA	$3, $1
     0     -1 00000 (<autogenerated>:1)	MOVQ	(AX), CX
     3        00003 (<autogenerated>:1)	MOVQ	8(AX), AX
     7        00007 (<autogenerated>:1)	MOVQ	24(CX), CX
     b        00011 (<autogenerated>:1)	PCDATA	$1, $0
     b        00011 (<autogenerated>:1)	JMP	CX
     d done
wrote 3 bytes to 0x0
 00 0d 00
main.Animal.Speak STEXT nosplit size=6 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (embed_interface.go:11)	TEXT	main.Animal.Speak(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (embed_interface.go:11)	MOVQ	AX, main.a+8(FP)
	0x0005 00005 (embed_interface.go:11)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (embed_interface.go:11)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (embed_interface.go:11)	FUNCDATA	$5, main.Animal.Speak.arginfo1(SB)
	0x0005 00005 (embed_interface.go:11)	FUNCDATA	$6, main.Animal.Speak.argliveinfo(SB)
	0x0005 00005 (embed_interface.go:11)	PCDATA	$3, $1
	0x0005 00005 (embed_interface.go:11)	RET
	0x0000 48 89 44 24 08 c3                                H.D$..
main.(*Animal).Volume STEXT nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (embed_interface.go:12)	TEXT	main.(*Animal).Volume(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (embed_interface.go:12)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (embed_interface.go:12)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (embed_interface.go:12)	FUNCDATA	$5, main.(*Animal).Volume.arginfo1(SB)
	0x0000 00000 (embed_interface.go:12)	FUNCDATA	$6, main.(*Animal).Volume.argliveinfo(SB)
	0x0000 00000 (embed_interface.go:12)	PCDATA	$3, $1
	0x0000 00000 (embed_interface.go:12)	MOVQ	8(AX), AX
	0x0004 00004 (embed_interface.go:12)	RET
	0x0000 48 8b 40 08 c3                                   H.@..
main.(*Dog).Volume STEXT nosplit size=17 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (embed_interface.go:19)	TEXT	main.(*Dog).Volume(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (embed_interface.go:19)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (embed_interface.go:19)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (embed_interface.go:19)	FUNCDATA	$5, main.(*Dog).Volume.arginfo1(SB)
	0x0000 00000 (embed_interface.go:19)	FUNCDATA	$6, main.(*Dog).Volume.argliveinfo(SB)
	0x0000 00000 (embed_interface.go:19)	PCDATA	$3, $1
	0x0000 00000 (embed_interface.go:20)	CMPB	16(AX), $0
	0x0004 00004 (embed_interface.go:20)	JEQ	12
	0x0006 00006 (embed_interface.go:21)	MOVL	$100, AX
	0x000b 00011 (embed_interface.go:21)	RET
	0x000c 00012 (embed_interface.go:12)	MOVQ	8(AX), AX
	0x0010 00016 (<unknown line number>)	NOP
	0x0010 00016 (embed_interface.go:23)	RET
	0x0000 80 78 10 00 74 06 b8 64 00 00 00 c3 48 8b 40 08  .x..t..d....H.@.
	0x0010 c3                                               .
main.Quiet.Volume STEXT size=104 align=0x0 args=0x10 locals=0x10 funcid=0x0
	0x0000 00000 (embed_interface.go:30)	TEXT	main.Quiet.Volume(SB), ABIInternal, $16-16
	0x0000 00000 (embed_interface.go:30)	CMPQ	SP, 16(R14)
	0x0004 00004 (embed_interface.go:30)	PCDATA	$0, $-2
	0x0004 00004 (embed_interface.go:30)	JLS	77
	0x0006 00006 (embed_interface.go:30)	PCDATA	$0, $-1
	0x0006 00006 (embed_interface.go:30)	PUSHQ	BP
	0x0007 00007 (embed_interface.go:30)	MOVQ	SP, BP
	0x000a 00010 (embed_interface.go:30)	SUBQ	$8, SP
	0x000e 00014 (embed_interface.go:30)	MOVQ	AX, main.q+24(FP)
	0x0013 00019 (embed_interface.go:30)	MOVQ	BX, main.q+32(FP)
	0x0018 00024 (embed_interface.go:30)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (embed_interface.go:30)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (embed_interface.go:30)	FUNCDATA	$5, main.Quiet.Volume.arginfo1(SB)
	0x0018 00024 (embed_interface.go:30)	FUNCDATA	$6, main.Quiet.Volume.argliveinfo(SB)
	0x0018 00024 (embed_interface.go:30)	PCDATA	$3, $1
	0x0018 00024 (embed_interface.go:30)	MOVQ	32(AX), CX
	0x001c 00028 (embed_interface.go:30)	MOVQ	BX, AX
	0x001f 00031 (embed_interface.go:30)	PCDATA	$1, $1
	0x001f 00031 (embed_interface.go:30)	NOP
	0x0020 00032 (embed_interface.go:30)	CALL	CX
	0x0022 00034 (embed_interface.go:30)	MOVQ	AX, CX
	0x0025 00037 (embed_interface.go:30)	SARQ	$63, AX
	0x0029 00041 (embed_interface.go:30)	MOVQ	AX, DX
	0x002c 00044 (embed_interface.go:30)	MOVQ	$-3689348814741910323, AX
	0x0036 00054 (embed_interface.go:30)	MOVQ	DX, BX
	0x0039 00057 (embed_interface.go:30)	IMULQ	CX
	0x003c 00060 (embed_interface.go:30)	LEAQ	(CX)(DX*1), AX
	0x0040 00064 (embed_interface.go:30)	SARQ	$3, AX
	0x0044 00068 (embed_interface.go:30)	SUBQ	BX, AX
	0x0047 00071 (embed_interface.go:30)	ADDQ	$8, SP
	0x004b 00075 (embed_interface.go:30)	POPQ	BP
	0x004c 00076 (embed_interface.go:30)	RET
	0x004d 00077 (embed_interface.go:30)	NOP
	0x004d 00077 (embed_interface.go:30)	PCDATA	$1, $-1
	0x004d 00077 (embed_interface.go:30)	PCDATA	$0, $-2
	0x004d 00077 (embed_interface.go:30)	MOVQ	AX, 8(SP)
	0x0052 00082 (embed_interface.go:30)	MOVQ	BX, 16(SP)
	0x0057 00087 (embed_interface.go:30)	CALL	runtime.morestack_noctxt(SB)
	0x005c 00092 (embed_interface.go:30)	PCDATA	$0, $-1
	0x005c 00092 (embed_interface.go:30)	MOVQ	8(SP), AX
	0x0061 00097 (embed_interface.go:30)	MOVQ	16(SP), BX
	0x0066 00102 (embed_interface.go:30)	JMP	0
	0x0000 49 3b 66 10 76 47 55 48 89 e5 48 83 ec 08 48 89  I;f.vGUH..H...H.
	0x0010 44 24 18 48 89 5c 24 20 48 8b 48 20 48 89 d8 90  D$.H.\$ H.H H...
	0x0020 ff d1 48 89 c1 48 c1 f8 3f 48 89 c2 48 b8 cd cc  ..H..H..?H..H...
	0x0030 cc cc cc cc cc cc 48 89 d3 48 f7 e9 48 8d 04 11  ......H..H..H...
	0x0040 48 c1 f8 03 48 29 d8 48 83 c4 08 5d c3 48 89 44  H...H).H...].H.D
	0x0050 24 08 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24  $.H.\$......H.D$
	0x0060 08 48 8b 5c 24 10 eb 98                          .H.\$...
	rel 2+0 t=R_USEIFACEMETHOD type:main.Speaker+104
	rel 32+0 t=R_CALLIND +0
	rel 88+4 t=R_CALL runtime.morestack_noctxt+0
main.report STEXT size=148 align=0x0 args=0x10 locals=0x30 funcid=0x0
	0x0000 00000 (embed_interface.go:32)	TEXT	main.report(SB), ABIInternal, $48-16
	0x0000 00000 (embed_interface.go:32)	CMPQ	SP, 16(R14)
	0x0004 00004 (embed_interface.go:32)	PCDATA	$0, $-2
	0x0004 00004 (embed_interface.go:32)	JLS	117
	0x0006 00006 (embed_interface.go:32)	PCDATA	$0, $-1
	0x0006 00006 (embed_interface.go:32)	PUSHQ	BP
	0x0007 00007 (embed_interface.go:32)	MOVQ	SP, BP
	0x000a 00010 (embed_interface.go:32)	SUBQ	$40, SP
	0x000e 00014 (embed_interface.go:32)	FUNCDATA	$0, gclocals·xIlXpQ6CipPp8NaGXAMNWA==(SB)
	0x000e 00014 (embed_interface.go:32)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x000e 00014 (embed_interface.go:32)	FUNCDATA	$5, main.report.arginfo1(SB)
	0x000e 00014 (embed_interface.go:32)	FUNCDATA	$6, main.report.argliveinfo(SB)
	0x000e 00014 (embed_interface.go:32)	PCDATA	$3, $1
	0x000e 00014 (embed_interface.go:34)	MOVQ	BX, main.s+64(SP)
	0x0013 00019 (embed_interface.go:34)	MOVQ	AX, main.s+56(SP)
	0x0018 00024 (embed_interface.go:34)	PCDATA	$3, $-1
	0x0018 00024 (embed_interface.go:33)	MOVQ	24(AX), CX
	0x001c 00028 (embed_interface.go:33)	MOVQ	BX, AX
	0x001f 00031 (embed_interface.go:33)	PCDATA	$1, $0
	0x001f 00031 (embed_interface.go:33)	NOP
	0x0020 00032 (embed_interface.go:33)	CALL	CX
	0x0022 00034 (embed_interface.go:33)	MOVQ	AX, main..autotmp_3+32(SP)
	0x0027 00039 (embed_interface.go:33)	MOVQ	BX, main..autotmp_4+24(SP)
	0x002c 00044 (embed_interface.go:33)	MOVQ	main.s+56(SP), CX
	0x0031 00049 (embed_interface.go:33)	MOVQ	32(CX), CX
	0x0035 00053 (embed_interface.go:33)	MOVQ	main.s+64(SP), AX
	0x003a 00058 (embed_interface.go:33)	PCDATA	$1, $1
	0x003a 00058 (embed_interface.go:33)	CALL	CX
	0x003c 00060 (embed_interface.go:33)	MOVQ	AX, main..autotmp_5+16(SP)
	0x0041 00065 (embed_interface.go:33)	CALL	runtime.printlock(SB)
	0x0046 00070 (embed_interface.go:33)	MOVQ	main..autotmp_3+32(SP), AX
	0x004b 00075 (embed_interface.go:33)	MOVQ	main..autotmp_4+24(SP), BX
	0x0050 00080 (embed_interface.go:33)	PCDATA	$1, $2
	0x0050 00080 (embed_interface.go:33)	CALL	runtime.printstring(SB)
	0x0055 00085 (embed_interface.go:33)	CALL	runtime.printsp(SB)
	0x005a 00090 (embed_interface.go:33)	MOVQ	main..autotmp_5+16(SP), AX
	0x005f 00095 (embed_interface.go:33)	NOP
	0x0060 00096 (embed_interface.go:33)	CALL	runtime.printint(SB)
	0x0065 00101 (embed_interface.go:33)	CALL	runtime.printnl(SB)
	0x006a 00106 (embed_interface.go:33)	CALL	runtime.printunlock(SB)
	0x006f 00111 (embed_interface.go:34)	ADDQ	$40, SP
	0x0073 00115 (embed_interface.go:34)	POPQ	BP
	0x0074 00116 (embed_interface.go:34)	RET
	0x0075 00117 (embed_interface.go:34)	NOP
	0x0075 00117 (embed_interface.go:32)	PCDATA	$1, $-1
	0x0075 00117 (embed_interface.go:32)	PCDATA	$0, $-2
	0x0075 00117 (embed_interface.go:32)	MOVQ	AX, 8(SP)
	0x007a 00122 (embed_interface.go:32)	MOVQ	BX, 16(SP)
	0x007f 00127 (embed_interface.go:32)	NOP
	0x0080 00128 (embed_interface.go:32)	CALL	runtime.morestack_noctxt(SB)
	0x0085 00133 (embed_interface.go:32)	PCDATA	$0, $-1
	0x0085 00133 (embed_interface.go:32)	MOVQ	8(SP), AX
	0x008a 00138 (embed_interface.go:32)	MOVQ	16(SP), BX
	0x008f 00143 (embed_interface.go:32)	JMP	0
	0x0000 49 3b 66 10 76 6f 55 48 89 e5 48 83 ec 28 48 89  I;f.voUH..H..(H.
	0x0010 5c 24 40 48 89 44 24 38 48 8b 48 18 48 89 d8 90  \$@H.D$8H.H.H...
	0x0020 ff d1 48 89 44 24 20 48 89 5c 24 18 48 8b 4c 24  ..H.D$ H.\$.H.L$
	0x0030 38 48 8b 49 20 48 8b 44 24 40 ff d1 48 89 44 24  8H.I H.D$@..H.D$
	0x0040 10 e8 00 00 00 00 48 8b 44 24 20 48 8b 5c 24 18  ......H.D$ H.\$.
	0x0050 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 10 90  ..........H.D$..
	0x0060 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0070 83 c4 28 5d c3 48 89 44 24 08 48 89 5c 24 10 90  ..(].H.D$.H.\$..
	0x0080 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 e9  .....H.D$.H.\$..
	0x0090 6c ff ff ff                                      l...
	rel 2+0 t=R_USEIFACEMETHOD type:main.Speaker+96
	rel 2+0 t=R_USEIFACEMETHOD type:main.Speaker+104
	rel 32+0 t=R_CALLIND +0
	rel 58+0 t=R_CALLIND +0
	rel 66+4 t=R_CALL runtime.printlock+0
	rel 81+4 t=R_CALL runtime.printstring+0
	rel 86+4 t=R_CALL runtime.printsp+0
	rel 97+4 t=R_CALL runtime.printint+0
	rel 102+4 t=R_CALL runtime.printnl+0
	rel 107+4 t=R_CALL runtime.printunlock+0
	rel 129+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=652 align=0x0 args=0x0 locals=0xb8 funcid=0x0
	0x0000 00000 (embed_interface.go:36)	TEXT	main.main(SB), ABIInternal, $184-0
	0x0000 00000 (embed_interface.go:36)	LEAQ	-56(SP), R12
	0x0005 00005 (embed_interface.go:36)	CMPQ	R12, 16(R14)
	0x0009 00009 (embed_interface.go:36)	PCDATA	$0, $-2
	0x0009 00009 (embed_interface.go:36)	JLS	642
	0x000f 00015 (embed_interface.go:36)	PCDATA	$0, $-1
	0x000f 00015 (embed_interface.go:36)	PUSHQ	BP
	0x0010 00016 (embed_interface.go:36)	MOVQ	SP, BP
	0x0013 00019 (embed_interface.go:36)	SUBQ	$176, SP
	0x001a 00026 (embed_interface.go:36)	FUNCDATA	$0, gclocals·3Nf0KxzcHw1JLr11btD+gA==(SB)
	0x001a 00026 (embed_interface.go:36)	FUNCDATA	$1, gclocals·dttmsoYmkbIwmbMUjNt6hQ==(SB)
	0x001a 00026 (embed_interface.go:36)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001a 00026 (embed_interface.go:37)	MOVL	$16, AX
	0x001f 00031 (embed_interface.go:37)	LEAQ	type:main.Animal(SB), BX
	0x0026 00038 (embed_interface.go:37)	MOVL	$1, CX
	0x002b 00043 (embed_interface.go:37)	PCDATA	$1, $0
	0x002b 00043 (embed_interface.go:37)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x0030 00048 (embed_interface.go:37)	MOVQ	AX, main.a+64(SP)
	0x0035 00053 (embed_interface.go:37)	MOVQ	$4, 8(AX)
	0x003d 00061 (embed_interface.go:37)	LEAQ	go:string."meow"(SB), DX
	0x0044 00068 (embed_interface.go:37)	MOVQ	DX, (AX)
	0x0047 00071 (embed_interface.go:38)	MOVL	$24, AX
	0x004c 00076 (embed_interface.go:38)	LEAQ	type:main.Dog(SB), BX
	0x0053 00083 (embed_interface.go:38)	MOVL	$1, CX
	0x0058 00088 (embed_interface.go:38)	PCDATA	$1, $1
	0x0058 00088 (embed_interface.go:38)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
	0x005d 00093 (embed_interface.go:38)	MOVQ	AX, main.d+56(SP)
	0x0062 00098 (embed_interface.go:38)	MOVQ	$4, 8(AX)
	0x006a 00106 (embed_interface.go:38)	LEAQ	go:string."woof"(SB), DX
	0x0071 00113 (embed_interface.go:38)	MOVQ	DX, (AX)
	0x0074 00116 (embed_interface.go:38)	MOVB	$0, 16(AX)
	0x0078 00120 (embed_interface.go:39)	MOVL	$24, AX
	0x007d 00125 (embed_interface.go:39)	LEAQ	type:main.Dog(SB), BX
	0x0084 00132 (embed_interface.go:39)	MOVL	$1, CX
	0x0089 00137 (embed_interface.go:39)	PCDATA	$1, $2
	0x0089 00137 (embed_interface.go:39)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
	0x008e 00142 (embed_interface.go:39)	MOVQ	AX, main.d2+48(SP)
	0x0093 00147 (embed_interface.go:39)	MOVQ	$4, 8(AX)
	0x009b 00155 (embed_interface.go:39)	LEAQ	go:string."WOOF"(SB), DX
	0x00a2 00162 (embed_interface.go:39)	MOVQ	DX, (AX)
	0x00a5 00165 (embed_interface.go:39)	MOVB	$1, 16(AX)
	0x00a9 00169 (embed_interface.go:40)	LEAQ	go:itab.*main.Animal,main.Speaker(SB), AX
	0x00b0 00176 (embed_interface.go:40)	MOVQ	main.a+64(SP), BX
	0x00b5 00181 (embed_interface.go:40)	PCDATA	$1, $3
	0x00b5 00181 (embed_interface.go:40)	CALL	main.report(SB)
	0x00ba 00186 (embed_interface.go:41)	LEAQ	go:itab.*main.Dog,main.Speaker(SB), AX
	0x00c1 00193 (embed_interface.go:41)	MOVQ	main.d+56(SP), BX
	0x00c6 00198 (embed_interface.go:41)	CALL	main.report(SB)
	0x00cb 00203 (embed_interface.go:42)	LEAQ	go:itab.*main.Dog,main.Speaker(SB), AX
	0x00d2 00210 (embed_interface.go:42)	MOVQ	main.d2+48(SP), BX
	0x00d7 00215 (embed_interface.go:42)	CALL	main.report(SB)
	0x00dc 00220 (embed_interface.go:43)	LEAQ	go:itab.*main.Dog,main.Speaker(SB), DX
	0x00e3 00227 (embed_interface.go:43)	MOVQ	DX, main..autotmp_8+88(SP)
	0x00e8 00232 (embed_interface.go:43)	MOVQ	main.d2+48(SP), DX
	0x00ed 00237 (embed_interface.go:43)	MOVQ	DX, main..autotmp_8+96(SP)
	0x00f2 00242 (embed_interface.go:43)	LEAQ	type:main.Quiet(SB), AX
	0x00f9 00249 (embed_interface.go:43)	LEAQ	main..autotmp_8+88(SP), BX
	0x00fe 00254 (embed_interface.go:43)	NOP
	0x0100 00256 (embed_interface.go:43)	CALL	runtime.convT(SB)
	0x0105 00261 (embed_interface.go:43)	MOVQ	AX, BX
	0x0108 00264 (embed_interface.go:43)	LEAQ	go:itab.main.Quiet,main.Speaker(SB), AX
	0x010f 00271 (embed_interface.go:43)	CALL	main.report(SB)
	0x0114 00276 (embed_interface.go:44)	LEAQ	go:itab.*main.Dog,main.Speaker(SB), DX
	0x011b 00283 (embed_interface.go:44)	MOVQ	DX, main..autotmp_8+88(SP)
	0x0120 00288 (embed_interface.go:44)	MOVQ	main.d2+48(SP), DX
	0x0125 00293 (embed_interface.go:44)	MOVQ	DX, main..autotmp_8+96(SP)
	0x012a 00298 (embed_interface.go:44)	MOVUPS	X15, main..autotmp_9+72(SP)
	0x0130 00304 (embed_interface.go:44)	LEAQ	type:main.Quiet(SB), AX
	0x0137 00311 (embed_interface.go:44)	LEAQ	main..autotmp_8+88(SP), BX
	0x013c 00316 (embed_interface.go:44)	NOP
	0x0140 00320 (embed_interface.go:44)	CALL	runtime.convT(SB)
	0x0145 00325 (embed_interface.go:44)	LEAQ	go:itab.main.Quiet,main.Speaker(SB), DX
	0x014c 00332 (embed_interface.go:44)	MOVQ	DX, main..autotmp_9+72(SP)
	0x0151 00337 (embed_interface.go:44)	MOVQ	AX, main..autotmp_9+80(SP)
	0x0156 00342 (embed_interface.go:44)	LEAQ	type:main.Quiet(SB), AX
	0x015d 00349 (embed_interface.go:44)	LEAQ	main..autotmp_9+72(SP), BX
	0x0162 00354 (embed_interface.go:44)	CALL	runtime.convT(SB)
	0x0167 00359 (embed_interface.go:44)	MOVQ	AX, BX
	0x016a 00362 (embed_interface.go:44)	LEAQ	go:itab.main.Quiet,main.Speaker(SB), AX
	0x0171 00369 (embed_interface.go:44)	CALL	main.report(SB)
	0x0176 00374 (embed_interface.go:46)	LEAQ	go:itab.*main.Animal,main.Speaker(SB), DX
	0x017d 00381 (embed_interface.go:46)	MOVQ	DX, main..autotmp_9+72(SP)
	0x0182 00386 (embed_interface.go:46)	MOVQ	main.a+64(SP), SI
	0x0187 00391 (embed_interface.go:46)	MOVQ	SI, main..autotmp_9+80(SP)
	0x018c 00396 (embed_interface.go:46)	LEAQ	main..autotmp_26+112(SP), DI
	0x0191 00401 (embed_interface.go:46)	MOVUPS	X15, (DI)
	0x0195 00405 (embed_interface.go:46)	MOVUPS	X15, 16(DI)
	0x019a 00410 (embed_interface.go:46)	MOVUPS	X15, 32(DI)
	0x019f 00415 (embed_interface.go:46)	MOVUPS	X15, 48(DI)
	0x01a4 00420 (embed_interface.go:46)	MOVQ	DX, main..autotmp_26+112(SP)
	0x01a9 00425 (embed_interface.go:46)	MOVQ	SI, main..autotmp_26+120(SP)
	0x01ae 00430 (embed_interface.go:46)	LEAQ	go:itab.*main.Dog,main.Speaker(SB), DX
	0x01b5 00437 (embed_interface.go:46)	MOVQ	DX, main..autotmp_26+128(SP)
	0x01bd 00445 (embed_interface.go:46)	MOVQ	main.d+56(SP), SI
	0x01c2 00450 (embed_interface.go:46)	MOVQ	SI, main..autotmp_26+136(SP)
	0x01ca 00458 (embed_interface.go:46)	MOVQ	DX, main..autotmp_26+144(SP)
	0x01d2 00466 (embed_interface.go:46)	MOVQ	main.d2+48(SP), DX
	0x01d7 00471 (embed_interface.go:46)	MOVQ	DX, main..autotmp_26+152(SP)
	0x01df 00479 (embed_interface.go:46)	LEAQ	type:main.Quiet(SB), AX
	0x01e6 00486 (embed_interface.go:46)	LEAQ	main..autotmp_9+72(SP), BX
	0x01eb 00491 (embed_interface.go:46)	PCDATA	$1, $4
	0x01eb 00491 (embed_interface.go:46)	CALL	runtime.convT(SB)
	0x01f0 00496 (embed_interface.go:46)	LEAQ	go:itab.main.Quiet,main.Speaker(SB), DX
	0x01f7 00503 (embed_interface.go:46)	MOVQ	DX, main..autotmp_26+160(SP)
	0x01ff 00511 (embed_interface.go:46)	MOVQ	AX, main..autotmp_26+168(SP)
	0x0207 00519 (embed_interface.go:48)	LEAQ	main..autotmp_26+112(SP), DX
	0x020c 00524 (embed_interface.go:48)	XORL	AX, AX
	0x020e 00526 (embed_interface.go:48)	XORL	CX, CX
	0x0210 00528 (embed_interface.go:48)	JMP	578
	0x0212 00530 (embed_interface.go:48)	MOVQ	AX, main..autotmp_40+40(SP)
	0x0217 00535 (embed_interface.go:48)	MOVQ	DX, main..autotmp_41+104(SP)
	0x021c 00540 (embed_interface.go:48)	MOVQ	(DX), CX
	0x021f 00543 (embed_interface.go:48)	MOVQ	8(DX), AX
	0x0223 00547 (embed_interface.go:49)	MOVQ	32(CX), CX
	0x0227 00551 (embed_interface.go:49)	PCDATA	$1, $5
	0x0227 00551 (embed_interface.go:49)	CALL	CX
	0x0229 00553 (embed_interface.go:48)	MOVQ	main..autotmp_41+104(SP), DX
	0x022e 00558 (embed_interface.go:48)	ADDQ	$16, DX
	0x0232 00562 (embed_interface.go:49)	MOVQ	main.total+32(SP), CX
	0x0237 00567 (embed_interface.go:49)	ADDQ	AX, CX
	0x023a 00570 (embed_interface.go:48)	MOVQ	main..autotmp_40+40(SP), AX
	0x023f 00575 (embed_interface.go:48)	INCQ	AX
	0x0242 00578 (embed_interface.go:48)	MOVQ	CX, main.total+32(SP)
	0x0247 00583 (embed_interface.go:48)	CMPQ	AX, $4
	0x024b 00587 (embed_interface.go:48)	JLT	530
	0x024d 00589 (embed_interface.go:51)	PCDATA	$1, $0
	0x024d 00589 (embed_interface.go:51)	CALL	runtime.printlock(SB)
	0x0252 00594 (embed_interface.go:51)	LEAQ	go:string."total volume "(SB), AX
	0x0259 00601 (embed_interface.go:51)	MOVL	$13, BX
	0x025e 00606 (embed_interface.go:51)	NOP
	0x0260 00608 (embed_interface.go:51)	CALL	runtime.printstring(SB)
	0x0265 00613 (embed_interface.go:51)	MOVQ	main.total+32(SP), AX
	0x026a 00618 (embed_interface.go:51)	CALL	runtime.printint(SB)
	0x026f 00623 (embed_interface.go:51)	CALL	runtime.printnl(SB)
	0x0274 00628 (embed_interface.go:51)	CALL	runtime.printunlock(SB)
	0x0279 00633 (embed_interface.go:52)	ADDQ	$176, SP
	0x0280 00640 (embed_interface.go:52)	POPQ	BP
	0x0281 00641 (embed_interface.go:52)	RET
	0x0282 00642 (embed_interface.go:52)	NOP
	0x0282 00642 (embed_interface.go:36)	PCDATA	$1, $-1
	0x0282 00642 (embed_interface.go:36)	PCDATA	$0, $-2
	0x0282 00642 (embed_interface.go:36)	CALL	runtime.morestack_noctxt(SB)
	0x0287 00647 (embed_interface.go:36)	PCDATA	$0, $-1
	0x0287 00647 (embed_interface.go:36)	JMP	0
	0x0000 4c 8d 64 24 c8 4d 3b 66 10 0f 86 73 02 00 00 55  L.d$.M;f...s...U
	0x0010 48 89 e5 48 81 ec b0 00 00 00 b8 10 00 00 00 48  H..H...........H
	0x0020 8d 1d 00 00 00 00 b9 01 00 00 00 e8 00 00 00 00  ................
	0x0030 48 89 44 24 40 48 c7 40 08 04 00 00 00 48 8d 15  H.D$@H.@.....H..
	0x0040 00 00 00 00 48 89 10 b8 18 00 00 00 48 8d 1d 00  ....H.......H...
	0x0050 00 00 00 b9 01 00 00 00 e8 00 00 00 00 48 89 44  .............H.D
	0x0060 24 38 48 c7 40 08 04 00 00 00 48 8d 15 00 00 00  $8H.@.....H.....
	0x0070 00 48 89 10 c6 40 10 00 b8 18 00 00 00 48 8d 1d  .H...@.......H..
	0x0080 00 00 00 00 b9 01 00 00 00 e8 00 00 00 00 48 89  ..............H.
	0x0090 44 24 30 48 c7 40 08 04 00 00 00 48 8d 15 00 00  D$0H.@.....H....
	0x00a0 00 00 48 89 10 c6 40 10 01 48 8d 05 00 00 00 00  ..H...@..H......
	0x00b0 48 8b 5c 24 40 e8 00 00 00 00 48 8d 05 00 00 00  H.\$@.....H.....
	0x00c0 00 48 8b 5c 24 38 e8 00 00 00 00 48 8d 05 00 00  .H.\$8.....H....
	0x00d0 00 00 48 8b 5c 24 30 e8 00 00 00 00 48 8d 15 00  ..H.\$0.....H...
	0x00e0 00 00 00 48 89 54 24 58 48 8b 54 24 30 48 89 54  ...H.T$XH.T$0H.T
	0x00f0 24 60 48 8d 05 00 00 00 00 48 8d 5c 24 58 66 90  $`H......H.\$Xf.
	0x0100 e8 00 00 00 00 48 89 c3 48 8d 05 00 00 00 00 e8  .....H..H.......
	0x0110 00 00 00 00 48 8d 15 00 00 00 00 48 89 54 24 58  ....H......H.T$X
	0x0120 48 8b 54 24 30 48 89 54 24 60 44 0f 11 7c 24 48  H.T$0H.T$`D..|$H
	0x0130 48 8d 05 00 00 00 00 48 8d 5c 24 58 0f 1f 40 00  H......H.\$X..@.
	0x0140 e8 00 00 00 00 48 8d 15 00 00 00 00 48 89 54 24  .....H......H.T$
	0x0150 48 48 89 44 24 50 48 8d 05 00 00 00 00 48 8d 5c  HH.D$PH......H.\
	0x0160 24 48 e8 00 00 00 00 48 89 c3 48 8d 05 00 00 00  $H.....H..H.....
	0x0170 00 e8 00 00 00 00 48 8d 15 00 00 00 00 48 89 54  ......H......H.T
	0x0180 24 48 48 8b 74 24 40 48 89 74 24 50 48 8d 7c 24  $HH.t$@H.t$PH.|$
	0x0190 70 44 0f 11 3f 44 0f 11 7f 10 44 0f 11 7f 20 44  pD..?D....D... D
	0x01a0 0f 11 7f 30 48 89 54 24 70 48 89 74 24 78 48 8d  ...0H.T$pH.t$xH.
	0x01b0 15 00 00 00 00 48 89 94 24 80 00 00 00 48 8b 74  .....H..$....H.t
	0x01c0 24 38 48 89 b4 24 88 00 00 00 48 89 94 24 90 00  $8H..$....H..$..
	0x01d0 00 00 48 8b 54 24 30 48 89 94 24 98 00 00 00 48  ..H.T$0H..$....H
	0x01e0 8d 05 00 00 00 00 48 8d 5c 24 48 e8 00 00 00 00  ......H.\$H.....
	0x01f0 48 8d 15 00 00 00 00 48 89 94 24 a0 00 00 00 48  H......H..$....H
	0x0200 89 84 24 a8 00 00 00 48 8d 54 24 70 31 c0 31 c9  ..$....H.T$p1.1.
	0x0210 eb 30 48 89 44 24 28 48 89 54 24 68 48 8b 0a 48  .0H.D$(H.T$hH..H
	0x0220 8b 42 08 48 8b 49 20 ff d1 48 8b 54 24 68 48 83  .B.H.I ..H.T$hH.
	0x0230 c2 10 48 8b 4c 24 20 48 01 c1 48 8b 44 24 28 48  ..H.L$ H..H.D$(H
	0x0240 ff c0 48 89 4c 24 20 48 83 f8 04 7c c5 e8 00 00  ..H.L$ H...|....
	0x0250 00 00 48 8d 05 00 00 00 00 bb 0d 00 00 00 66 90  ..H...........f.
	0x0260 e8 00 00 00 00 48 8b 44 24 20 e8 00 00 00 00 e8  .....H.D$ ......
	0x0270 00 00 00 00 e8 00 00 00 00 48 81 c4 b0 00 00 00  .........H......
	0x0280 5d c3 e8 00 00 00 00 e9 74 fd ff ff              ].......t...
	rel 3+0 t=R_USEIFACE type:*main.Animal+0
	rel 3+0 t=R_USEIFACE type:*main.Dog+0
	rel 3+0 t=R_USEIFACE type:*main.Dog+0
	rel 3+0 t=R_USEIFACE type:*main.Dog+0
	rel 3+0 t=R_USEIFACE type:main.Quiet+0
	rel 3+0 t=R_USEIFACE type:*main.Dog+0
	rel 3+0 t=R_USEIFACE type:main.Quiet+0
	rel 3+0 t=R_USEIFACE type:main.Quiet+0
	rel 3+0 t=R_USEIFACE type:*main.Animal+0
	rel 3+0 t=R_USEIFACE type:*main.Animal+0
	rel 3+0 t=R_USEIFACE type:*main.Dog+0
	rel 3+0 t=R_USEIFACE type:*main.Dog+0
	rel 3+0 t=R_USEIFACE type:main.Quiet+0
	rel 3+0 t=R_USEIFACEMETHOD type:main.Speaker+104
	rel 34+4 t=R_PCREL type:main.Animal+0
	rel 44+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC2+0
	rel 64+4 t=R_PCREL go:string."meow"+0
	rel 79+4 t=R_PCREL type:main.Dog+0
	rel 89+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC3+0
	rel 109+4 t=R_PCREL go:string."woof"+0
	rel 128+4 t=R_PCREL type:main.Dog+0
	rel 138+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC3+0
	rel 158+4 t=R_PCREL go:string."WOOF"+0
	rel 172+4 t=R_PCREL go:itab.*main.Animal,main.Speaker+0
	rel 182+4 t=R_CALL main.report+0
	rel 189+4 t=R_PCREL go:itab.*main.Dog,main.Speaker+0
	rel 199+4 t=R_CALL main.report+0
	rel 206+4 t=R_PCREL go:itab.*main.Dog,main.Speaker+0
	rel 216+4 t=R_CALL main.report+0
	rel 223+4 t=R_PCREL go:itab.*main.Dog,main.Speaker+0
	rel 245+4 t=R_PCREL type:main.Quiet+0
	rel 257+4 t=R_CALL runtime.convT+0
	rel 267+4 t=R_PCREL go:itab.main.Quiet,main.Speaker+0
	rel 272+4 t=R_CALL main.report+0
	rel 279+4 t=R_PCREL go:itab.*main.Dog,main.Speaker+0
	rel 307+4 t=R_PCREL type:main.Quiet+0
	rel 321+4 t=R_CALL runtime.convT+0
	rel 328+4 t=R_PCREL go:itab.main.Quiet,main.Speaker+0
	rel 345+4 t=R_PCREL type:main.Quiet+0
	rel 355+4 t=R_CALL runtime.convT+0
	rel 365+4 t=R_PCREL go:itab.main.Quiet,main.Speaker+0
	rel 370+4 t=R_CALL main.report+0
	rel 377+4 t=R_PCREL go:itab.*main.Animal,main.Speaker+0
	rel 433+4 t=R_PCREL go:itab.*main.Dog,main.Speaker+0
	rel 482+4 t=R_PCREL type:main.Quiet+0
	rel 492+4 t=R_CALL runtime.convT+0
	rel 499+4 t=R_PCREL go:itab.main.Quiet,main.Speaker+0
	rel 551+0 t=R_CALLIND +0
	rel 590+4 t=R_CALL runtime.printlock+0
	rel 597+4 t=R_PCREL go:string."total volume "+0
	rel 609+4 t=R_CALL runtime.printstring+0
	rel 619+4 t=R_CALL runtime.printint+0
	rel 624+4 t=R_CALL runtime.printnl+0
	rel 629+4 t=R_CALL runtime.printunlock+0
	rel 643+4 t=R_CALL runtime.morestack_noctxt+0
type:.eq.SM1 STEXT dupok size=85 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.SM1(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	58
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.SM1.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.SM1.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	8(AX), CX
	0x0012 00018 (<autogenerated>:1)	CMPQ	8(BX), CX
	0x0016 00022 (<autogenerated>:1)	JNE	50
	0x0018 00024 (<autogenerated>:1)	MOVBLZX	16(AX), DX
	0x001c 00028 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CMPB	16(BX), DL
	0x0023 00035 (<autogenerated>:1)	JNE	50
	0x0025 00037 (<autogenerated>:1)	MOVQ	(AX), AX
	0x0028 00040 (<autogenerated>:1)	MOVQ	(BX), BX
	0x002b 00043 (<autogenerated>:1)	PCDATA	$1, $1
	0x002b 00043 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x0030 00048 (<autogenerated>:1)	JMP	52
	0x0032 00050 (<autogenerated>:1)	XORL	AX, AX
	0x0034 00052 (<autogenerated>:1)	ADDQ	$24, SP
	0x0038 00056 (<autogenerated>:1)	POPQ	BP
	0x0039 00057 (<autogenerated>:1)	RET
	0x003a 00058 (<autogenerated>:1)	NOP
	0x003a 00058 (<autogenerated>:1)	PCDATA	$1, $-1
	0x003a 00058 (<autogenerated>:1)	PCDATA	$0, $-2
	0x003a 00058 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x003f 00063 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0044 00068 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0049 00073 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0049 00073 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004e 00078 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0053 00083 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 34 55 48 89 e5 48 83 ec 18 48 8b  I;f.v4UH..H...H.
	0x0010 48 08 48 39 4b 08 75 1a 0f b6 50 10 0f 1f 40 00  H.H9K.u...P...@.
	0x0020 38 53 10 75 0d 48 8b 00 48 8b 1b e8 00 00 00 00  8S.u.H..H.......
	0x0030 eb 02 31 c0 48 83 c4 18 5d c3 48 89 44 24 08 48  ..1.H...].H.D$.H
	0x0040 89 5c 24 10 e8 00 00 00 00 48 8b 44 24 08 48 8b  .\$......H.D$.H.
	0x0050 5c 24 10 eb ab                                   \$...
	rel 44+4 t=R_CALL runtime.memequal+0
	rel 69+4 t=R_CALL runtime.morestack_noctxt+0
main.Speaker.Speak STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Speaker.Speak(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Speaker.Speak.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Speaker.Speak.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.Speaker+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.Speaker.Volume STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Speaker.Volume(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Speaker.Volume.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Speaker.Volume.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.Speaker+104
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Animal).Speak STEXT dupok nosplit size=24 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Animal).Speak(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Animal).Speak.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Animal).Speak.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	18
	0x0009 00009 (<autogenerated>:1)	MOVQ	8(AX), BX
	0x000d 00013 (<autogenerated>:1)	MOVQ	(AX), AX
	0x0010 00016 (<autogenerated>:1)	POPQ	BP
	0x0011 00017 (<autogenerated>:1)	RET
	0x0012 00018 (<autogenerated>:1)	PCDATA	$1, $1
	0x0012 00018 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0017 00023 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 09 48 8b 58 08 48 8b 00  UH..H..t.H.X.H..
	0x0010 5d c3 e8 00 00 00 00 90                          ].......
	rel 19+4 t=R_CALL runtime.panicwrap+0
main.Dog.Speak STEXT dupok nosplit size=6 align=0x0 args=0x18 locals=0x0 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Dog.Speak(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (<autogenerated>:1)	MOVQ	AX, main.a+8(FP)
	0x0005 00005 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (<autogenerated>:1)	FUNCDATA	$5, main.Dog.Speak.arginfo1(SB)
	0x0005 00005 (<autogenerated>:1)	FUNCDATA	$6, main.Dog.Speak.argliveinfo(SB)
	0x0005 00005 (<autogenerated>:1)	PCDATA	$3, $1
	0x0005 00005 (<autogenerated>:1)	RET
	0x0000 48 89 44 24 08 c3                                H.D$..
main.(*Dog).Speak STEXT dupok nosplit size=8 align=0x0 args=0x8 locals=0x0 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Dog).Speak(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*Dog).Speak.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*Dog).Speak.argliveinfo(SB)
	0x0000 00000 (<autogenerated>:1)	PCDATA	$3, $1
	0x0000 00000 (<autogenerated>:1)	MOVQ	8(AX), BX
	0x0004 00004 (<autogenerated>:1)	MOVQ	(AX), AX
	0x0007 00007 (<autogenerated>:1)	RET
	0x0000 48 8b 58 08 48 8b 00 c3                          H.X.H...
main.Quiet.Speak STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Quiet.Speak(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Quiet.Speak.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Quiet.Speak.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.Speaker+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Quiet).Speak STEXT dupok nosplit size=13 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Quiet).Speak(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*Quiet).Speak.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*Quiet).Speak.argliveinfo(SB)
	0x0000 00000 (<autogenerated>:1)	PCDATA	$3, $1
	0x0000 00000 (<autogenerated>:1)	MOVQ	(AX), CX
	0x0003 00003 (<autogenerated>:1)	MOVQ	8(AX), AX
	0x0007 00007 (<autogenerated>:1)	MOVQ	24(CX), CX
	0x000b 00011 (<autogenerated>:1)	PCDATA	$1, $0
	0x000b 00011 (<autogenerated>:1)	JMP	CX
	0x0000 48 8b 08 48 8b 40 08 48 8b 49 18 ff e1           H..H.@.H.I...
	rel 2+0 t=R_USEIFACEMETHOD type:main.Speaker+96
main.(*Quiet).Volume STEXT dupok size=95 align=0x0 args=0x8 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Quiet).Volume(SB), DUPOK|WRAPPER|ABIInternal, $16-8
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	78
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$8, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Quiet).Volume.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Quiet).Volume.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	TESTQ	AX, AX
	0x0011 00017 (<autogenerated>:1)	JEQ	72
	0x0013 00019 (<autogenerated>:1)	MOVQ	8(AX), CX
	0x0017 00023 (<autogenerated>:1)	MOVQ	(AX), DX
	0x001a 00026 (embed_interface.go:30)	MOVQ	32(DX), DX
	0x001e 00030 (<unknown line number>)	NOP
	0x001e 00030 (embed_interface.go:30)	MOVQ	CX, AX
	0x0021 00033 (embed_interface.go:30)	PCDATA	$1, $1
	0x0021 00033 (embed_interface.go:30)	CALL	DX
	0x0023 00035 (embed_interface.go:30)	MOVQ	AX, CX
	0x0026 00038 (embed_interface.go:30)	MOVQ	$-3689348814741910323, AX
	0x0030 00048 (embed_interface.go:30)	IMULQ	CX
	0x0033 00051 (embed_interface.go:30)	LEAQ	(CX)(DX*1), AX
	0x0037 00055 (embed_interface.go:30)	SARQ	$3, AX
	0x003b 00059 (embed_interface.go:30)	SARQ	$63, CX
	0x003f 00063 (embed_interface.go:30)	SUBQ	CX, AX
	0x0042 00066 (<autogenerated>:1)	ADDQ	$8, SP
	0x0046 00070 (<autogenerated>:1)	POPQ	BP
	0x0047 00071 (<autogenerated>:1)	RET
	0x0048 00072 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x004d 00077 (<autogenerated>:1)	XCHGL	AX, AX
	0x004e 00078 (<autogenerated>:1)	NOP
	0x004e 00078 (<autogenerated>:1)	PCDATA	$1, $-1
	0x004e 00078 (<autogenerated>:1)	PCDATA	$0, $-2
	0x004e 00078 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0053 00083 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0058 00088 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0058 00088 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x005d 00093 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 48 55 48 89 e5 48 83 ec 08 48 85  I;f.vHUH..H...H.
	0x0010 c0 74 35 48 8b 48 08 48 8b 10 48 8b 52 20 48 89  .t5H.H.H..H.R H.
	0x0020 c8 ff d2 48 89 c1 48 b8 cd cc cc cc cc cc cc cc  ...H..H.........
	0x0030 48 f7 e9 48 8d 04 11 48 c1 f8 03 48 c1 f9 3f 48  H..H...H...H..?H
	0x0040 29 c8 48 83 c4 08 5d c3 e8 00 00 00 00 90 48 89  ).H...].......H.
	0x0050 44 24 08 e8 00 00 00 00 48 8b 44 24 08 eb a1     D$......H.D$...
	rel 2+0 t=R_USEIFACEMETHOD type:main.Speaker+104
	rel 33+0 t=R_CALLIND +0
	rel 73+4 t=R_CALL runtime.panicwrap+0
	rel 84+4 t=R_CALL runtime.morestack_noctxt+0
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
type:.namedata.*main.Speaker. SRODATA dupok size=15 align=0x1
	0x0000 01 0d 2a 6d 61 69 6e 2e 53 70 65 61 6b 65 72     ..*main.Speaker
type:*main.Speaker SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8e 3c b3 05 28 08 08 16 00 00 00 00 00 00 00 00  .<..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Speaker.+0
	rel 48+8 t=R_ADDR type:main.Speaker+0
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
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Speak. SRODATA dupok size=7 align=0x1
	0x0000 01 05 53 70 65 61 6b                             ..Speak
type:.namedata.Volume. SRODATA dupok size=8 align=0x1
	0x0000 01 06 56 6f 6c 75 6d 65                          ..Volume
type:main.Speaker SRODATA size=112 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 7b 6f a9 19 07 08 08 14 00 00 00 00 00 00 00 00  {o..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00  ........ .......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Speaker.+0
	rel 44+4 t=R_ADDROFF type:*main.Speaker+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Speaker+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Speak.+0
	rel 100+4 t=R_ADDROFF type:func() string+0
	rel 104+4 t=R_ADDROFF type:.namedata.Volume.+0
	rel 108+4 t=R_ADDROFF type:func() int+0
type:.namedata.*main.Animal. SRODATA dupok size=14 align=0x1
	0x0000 01 0c 2a 6d 61 69 6e 2e 41 6e 69 6d 61 6c        ..*main.Animal
runtime.strequal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.strequal+0
type:.namedata.sound- SRODATA dupok size=7 align=0x1
	0x0000 00 05 73 6f 75 6e 64                             ..sound
type:.namedata.*func(main.Animal) string- SRODATA dupok size=27 align=0x1
	0x0000 00 19 2a 66 75 6e 63 28 6d 61 69 6e 2e 41 6e 69  ..*func(main.Ani
	0x0010 6d 61 6c 29 20 73 74 72 69 6e 67                 mal) string
type:*func(main.Animal) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 52 2c be f2 28 08 08 16 00 00 00 00 00 00 00 00  R,..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Animal) string-+0
	rel 48+8 t=R_ADDR type:func(main.Animal) string+0
type:func(main.Animal) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d8 92 19 fd 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Animal) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Animal) string+0
	rel 56+8 t=R_ADDR type:main.Animal+0
	rel 64+8 t=R_ADDR type:string+0
type:main.Animal SRODATA size=136 align=0x8
	0x0000 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c6 69 93 6d 07 08 08 19 00 00 00 00 00 00 00 00  .i.m............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 01 00 01 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.strequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Animal.+0
	rel 44+4 t=R_ADDROFF type:*main.Animal+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Animal+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.sound-+0
	rel 104+8 t=R_ADDR type:string+0
	rel 120+4 t=R_ADDROFF type:.namedata.Speak.+0
	rel 124+4 t=R_METHODOFF type:func() string+0
	rel 128+4 t=R_METHODOFF main.(*Animal).Speak+0
	rel 132+4 t=R_METHODOFF main.Animal.Speak+0
type:.namedata.*func(*main.Animal) string- SRODATA dupok size=28 align=0x1
	0x0000 00 1a 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 41 6e  ..*func(*main.An
	0x0010 69 6d 61 6c 29 20 73 74 72 69 6e 67              imal) string
type:*func(*main.Animal) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 94 6e 26 ab 28 08 08 16 00 00 00 00 00 00 00 00  .n&.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Animal) string-+0
	rel 48+8 t=R_ADDR type:func(*main.Animal) string+0
type:func(*main.Animal) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d9 97 fb 65 22 08 08 13 00 00 00 00 00 00 00 00  ...e"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Animal) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Animal) string+0
	rel 56+8 t=R_ADDR type:*main.Animal+0
	rel 64+8 t=R_ADDR type:string+0
type:.namedata.*func(*main.Animal) int- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 41 6e  ..*func(*main.An
	0x0010 69 6d 61 6c 29 20 69 6e 74                       imal) int
type:*func(*main.Animal) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 17 e9 c3 e5 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Animal) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Animal) int+0
type:func(*main.Animal) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 02 88 96 cf 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Animal) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Animal) int+0
	rel 56+8 t=R_ADDR type:*main.Animal+0
	rel 64+8 t=R_ADDR type:int+0
type:*main.Animal SRODATA size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a4 6c 77 e1 29 08 08 16 00 00 00 00 00 00 00 00  .lw.)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 02 00 02 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Animal.+0
	rel 48+8 t=R_ADDR type:main.Animal+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Speak.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*Animal).Speak+0
	rel 84+4 t=R_METHODOFF main.(*Animal).Speak+0
	rel 88+4 t=R_ADDROFF type:.namedata.Volume.+0
	rel 92+4 t=R_METHODOFF type:func() int+0
	rel 96+4 t=R_METHODOFF main.(*Animal).Volume+0
	rel 100+4 t=R_METHODOFF main.(*Animal).Volume+0
go:itab.*main.Animal,main.Speaker SRODATA dupok size=40 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 a4 6c 77 e1 00 00 00 00 00 00 00 00 00 00 00 00  .lw.............
	0x0020 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:main.Speaker+0
	rel 8+8 t=R_ADDR type:*main.Animal+0
	rel 24+8 t=RelocType(-32767) main.(*Animal).Speak+0
	rel 32+8 t=RelocType(-32767) main.(*Animal).Volume+0
type:.namedata.*main.Dog. SRODATA dupok size=11 align=0x1
	0x0000 01 09 2a 6d 61 69 6e 2e 44 6f 67                 ..*main.Dog
type:.eqfunc.SM1 SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.SM1+0
type:.namedata.Animal..embedded SRODATA dupok size=8 align=0x1
	0x0000 09 06 41 6e 69 6d 61 6c                          ..Animal
type:.namedata.loud- SRODATA dupok size=6 align=0x1
	0x0000 00 04 6c 6f 75 64                                ..loud
type:.namedata.*func(main.Dog) string- SRODATA dupok size=24 align=0x1
	0x0000 00 16 2a 66 75 6e 63 28 6d 61 69 6e 2e 44 6f 67  ..*func(main.Dog
	0x0010 29 20 73 74 72 69 6e 67                          ) string
type:*func(main.Dog) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ab 98 77 20 28 08 08 16 00 00 00 00 00 00 00 00  ..w (...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Dog) string-+0
	rel 48+8 t=R_ADDR type:func(main.Dog) string+0
type:func(main.Dog) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 80 3b 3e 92 22 08 08 13 00 00 00 00 00 00 00 00  .;>."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Dog) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Dog) string+0
	rel 56+8 t=R_ADDR type:main.Dog+0
	rel 64+8 t=R_ADDR type:string+0
type:main.Dog SRODATA size=160 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e5 0e b5 86 07 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 01 00 01 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.SM1+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Dog.+0
	rel 44+4 t=R_ADDROFF type:*main.Dog+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Dog+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.Animal..embedded+0
	rel 104+8 t=R_ADDR type:main.Animal+0
	rel 120+8 t=R_ADDR type:.namedata.loud-+0
	rel 128+8 t=R_ADDR type:bool+0
	rel 144+4 t=R_ADDROFF type:.namedata.Speak.+0
	rel 148+4 t=R_METHODOFF type:func() string+0
	rel 152+4 t=R_METHODOFF main.(*Dog).Speak+0
	rel 156+4 t=R_METHODOFF main.Dog.Speak+0
type:.namedata.*func(*main.Dog) string- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 44 6f  ..*func(*main.Do
	0x0010 67 29 20 73 74 72 69 6e 67                       g) string
type:*func(*main.Dog) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3f 1f b0 6c 28 08 08 16 00 00 00 00 00 00 00 00  ?..l(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Dog) string-+0
	rel 48+8 t=R_ADDR type:func(*main.Dog) string+0
type:func(*main.Dog) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fc c0 b1 be 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Dog) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Dog) string+0
	rel 56+8 t=R_ADDR type:*main.Dog+0
	rel 64+8 t=R_ADDR type:string+0
type:.namedata.*func(*main.Dog) int- SRODATA dupok size=22 align=0x1
	0x0000 00 14 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 44 6f  ..*func(*main.Do
	0x0010 67 29 20 69 6e 74                                g) int
type:*func(*main.Dog) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ae 5b c6 d0 28 08 08 16 00 00 00 00 00 00 00 00  .[..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Dog) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Dog) int+0
type:func(*main.Dog) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4d 89 5e 90 22 08 08 13 00 00 00 00 00 00 00 00  M.^."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Dog) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Dog) int+0
	rel 56+8 t=R_ADDR type:*main.Dog+0
	rel 64+8 t=R_ADDR type:int+0
type:*main.Dog SRODATA size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 29 01 b3 7d 29 08 08 16 00 00 00 00 00 00 00 00  )..})...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 02 00 02 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Dog.+0
	rel 48+8 t=R_ADDR type:main.Dog+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Speak.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*Dog).Speak+0
	rel 84+4 t=R_METHODOFF main.(*Dog).Speak+0
	rel 88+4 t=R_ADDROFF type:.namedata.Volume.+0
	rel 92+4 t=R_METHODOFF type:func() int+0
	rel 96+4 t=R_METHODOFF main.(*Dog).Volume+0
	rel 100+4 t=R_METHODOFF main.(*Dog).Volume+0
go:itab.*main.Dog,main.Speaker SRODATA dupok size=40 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 29 01 b3 7d 00 00 00 00 00 00 00 00 00 00 00 00  )..}............
	0x0020 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:main.Speaker+0
	rel 8+8 t=R_ADDR type:*main.Dog+0
	rel 24+8 t=RelocType(-32767) main.(*Dog).Speak+0
	rel 32+8 t=RelocType(-32767) main.(*Dog).Volume+0
type:.namedata.*main.Quiet. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 51 75 69 65 74           ..*main.Quiet
type:.namedata.*func(*main.Quiet) string- SRODATA dupok size=27 align=0x1
	0x0000 00 19 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 51 75  ..*func(*main.Qu
	0x0010 69 65 74 29 20 73 74 72 69 6e 67                 iet) string
type:*func(*main.Quiet) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a1 4c 8a 94 28 08 08 16 00 00 00 00 00 00 00 00  .L..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Quiet) string-+0
	rel 48+8 t=R_ADDR type:func(*main.Quiet) string+0
type:func(*main.Quiet) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3c b4 0a 41 22 08 08 13 00 00 00 00 00 00 00 00  <..A"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Quiet) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Quiet) string+0
	rel 56+8 t=R_ADDR type:*main.Quiet+0
	rel 64+8 t=R_ADDR type:string+0
type:.namedata.*func(*main.Quiet) int- SRODATA dupok size=24 align=0x1
	0x0000 00 16 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 51 75  ..*func(*main.Qu
	0x0010 69 65 74 29 20 69 6e 74                          iet) int
type:*func(*main.Quiet) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 33 bf fa 2e 28 08 08 16 00 00 00 00 00 00 00 00  3...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Quiet) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Quiet) int+0
type:func(*main.Quiet) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 db 52 65 fa 22 08 08 13 00 00 00 00 00 00 00 00  .Re."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Quiet) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Quiet) int+0
	rel 56+8 t=R_ADDR type:*main.Quiet+0
	rel 64+8 t=R_ADDR type:int+0
type:*main.Quiet SRODATA size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e8 8f 95 a7 29 08 08 16 00 00 00 00 00 00 00 00  ....)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 02 00 02 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Quiet.+0
	rel 48+8 t=R_ADDR type:main.Quiet+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Speak.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*Quiet).Speak+0
	rel 84+4 t=R_METHODOFF main.(*Quiet).Speak+0
	rel 88+4 t=R_ADDROFF type:.namedata.Volume.+0
	rel 92+4 t=R_METHODOFF type:func() int+0
	rel 96+4 t=R_METHODOFF main.(*Quiet).Volume+0
	rel 100+4 t=R_METHODOFF main.(*Quiet).Volume+0
type:.namedata.Speaker..embedded SRODATA dupok size=9 align=0x1
	0x0000 09 07 53 70 65 61 6b 65 72                       ..Speaker
type:.namedata.*func(main.Quiet) string- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 66 75 6e 63 28 6d 61 69 6e 2e 51 75 69  ..*func(main.Qui
	0x0010 65 74 29 20 73 74 72 69 6e 67                    et) string
type:*func(main.Quiet) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c4 30 1b 96 28 08 08 16 00 00 00 00 00 00 00 00  .0..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Quiet) string-+0
	rel 48+8 t=R_ADDR type:func(main.Quiet) string+0
type:func(main.Quiet) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 87 10 75 81 22 08 08 13 00 00 00 00 00 00 00 00  ..u."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Quiet) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Quiet) string+0
	rel 56+8 t=R_ADDR type:main.Quiet+0
	rel 64+8 t=R_ADDR type:string+0
type:.namedata.*func(main.Quiet) int- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 66 75 6e 63 28 6d 61 69 6e 2e 51 75 69  ..*func(main.Qui
	0x0010 65 74 29 20 69 6e 74                             et) int
type:*func(main.Quiet) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 28 94 d9 f5 28 08 08 16 00 00 00 00 00 00 00 00  (...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Quiet) int-+0
	rel 48+8 t=R_ADDR type:func(main.Quiet) int+0
type:func(main.Quiet) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 92 48 ff f5 22 08 08 13 00 00 00 00 00 00 00 00  .H.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Quiet) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Quiet) int+0
	rel 56+8 t=R_ADDR type:main.Quiet+0
	rel 64+8 t=R_ADDR type:int+0
type:main.Quiet SRODATA size=152 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 6b 93 b2 55 07 08 08 19 00 00 00 00 00 00 00 00  k..U............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 02 00 02 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Quiet.+0
	rel 44+4 t=R_ADDROFF type:*main.Quiet+0
	rel 56+8 t=R_ADDR type:main.Quiet+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.Speaker..embedded+0
	rel 104+8 t=R_ADDR type:main.Speaker+0
	rel 120+4 t=R_ADDROFF type:.namedata.Speak.+0
	rel 124+4 t=R_METHODOFF type:func() string+0
	rel 128+4 t=R_METHODOFF main.(*Quiet).Speak+0
	rel 132+4 t=R_METHODOFF main.Quiet.Speak+0
	rel 136+4 t=R_ADDROFF type:.namedata.Volume.+0
	rel 140+4 t=R_METHODOFF type:func() int+0
	rel 144+4 t=R_METHODOFF main.(*Quiet).Volume+0
	rel 148+4 t=R_METHODOFF main.Quiet.Volume+0
go:itab.main.Quiet,main.Speaker SRODATA dupok size=40 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 6b 93 b2 55 00 00 00 00 00 00 00 00 00 00 00 00  k..U............
	0x0020 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:main.Speaker+0
	rel 8+8 t=R_ADDR type:main.Quiet+0
	rel 24+8 t=RelocType(-32767) main.(*Quiet).Speak+0
	rel 32+8 t=RelocType(-32767) main.(*Quiet).Volume+0
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.(*Animal).Volume$abstract SDWARFABSFCN dupok size=35 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 41 6e 69 6d 61 6c 29 2e  .main.(*Animal).
	0x0010 56 6f 6c 75 6d 65 00 01 0c 01 22 61 00 00 00 00  Volume...."a....
	0x0020 00 00 00                                         ...
	rel 30+4 t=R_DWARFSECREF go:info.*main.Animal+0
go:info.main.Animal.Speak$abstract SDWARFABSFCN dupok size=31 align=0x0
	0x0000 05 6d 61 69 6e 2e 41 6e 69 6d 61 6c 2e 53 70 65  .main.Animal.Spe
	0x0010 61 6b 00 01 0b 01 22 61 00 00 00 00 00 00 00     ak...."a.......
	rel 26+4 t=R_DWARFSECREF go:info.main.Animal+0
go:info.main.Quiet.Volume$abstract SDWARFABSFCN dupok size=31 align=0x0
	0x0000 05 6d 61 69 6e 2e 51 75 69 65 74 2e 56 6f 6c 75  .main.Quiet.Volu
	0x0010 6d 65 00 01 1e 01 22 71 00 00 00 00 00 00 00     me...."q.......
	rel 26+4 t=R_DWARFSECREF go:info.main.Quiet+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."meow" SRODATA dupok size=4 align=0x1
	0x0000 6d 65 6f 77                                      meow
go:string."woof" SRODATA dupok size=4 align=0x1
	0x0000 77 6f 6f 66                                      woof
go:string."WOOF" SRODATA dupok size=4 align=0x1
	0x0000 57 4f 4f 46                                      WOOF
go:string."total volume" SRODATA dupok size=12 align=0x1
	0x0000 74 6f 74 61 6c 20 76 6f 6c 75 6d 65              total volume
go:string."total volume " SRODATA dupok size=13 align=0x1
	0x0000 74 6f 74 61 6c 20 76 6f 6c 75 6d 65 20           total volume 
type:.namedata.*[]main.Speaker- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 5b 5d 6d 61 69 6e 2e 53 70 65 61 6b 65  ..*[]main.Speake
	0x0010 72                                               r
type:*[]main.Speaker SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a8 07 8b 0d 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.Speaker-+0
	rel 48+8 t=R_ADDR type:[]main.Speaker+0
type:[]main.Speaker SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3d ec 94 10 02 08 08 17 00 00 00 00 00 00 00 00  =...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.Speaker-+0
	rel 44+4 t=RelocType(-32763) type:*[]main.Speaker+0
	rel 48+8 t=R_ADDR type:main.Speaker+0
runtime.gcbits.aa00000000000000 SRODATA dupok size=8 align=0x8
	0x0000 aa 00 00 00 00 00 00 00                          ........
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.Animal.Speak.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe fe 00 08 08 08 fd fd ff                       .........
main.Animal.Speak.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Animal).Volume.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Animal).Volume.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Dog).Volume.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Dog).Volume.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
main.Quiet.Volume.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe fe 00 08 08 08 fd fd ff                       .........
main.Quiet.Volume.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·xIlXpQ6CipPp8NaGXAMNWA== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 02 00 00                 ...........
gclocals·Vi90HuirP9VPo7whN2aauw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 00 01 00                 ...........
main.report.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.report.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·3Nf0KxzcHw1JLr11btD+gA== SRODATA dupok size=8 align=0x4
	0x0000 06 00 00 00 00 00 00 00                          ........
gclocals·dttmsoYmkbIwmbMUjNt6hQ== SRODATA dupok size=20 align=0x4
	0x0000 06 00 00 00 10 00 00 00 00 00 04 00 06 00 07 00  ................
	0x0010 00 aa 80 00                                      ....
main.main.stkobj SRODATA static size=56 align=0x8
	0x0000 03 00 00 00 00 00 00 00 98 ff ff ff 10 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00 a8 ff ff ff 10 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00 c0 ff ff ff 40 00 00 00  ............@...
	0x0030 40 00 00 00 00 00 00 00                          @.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.aa00000000000000+0
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
type:.eq.SM1.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.SM1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Speaker.Speak.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Speaker.Speak.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Speaker.Volume.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Speaker.Volume.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Animal).Speak.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Animal).Speak.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Dog.Speak.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe fe fe 00 08 08 08 fd fd 10 01 fd ff           .............
main.Dog.Speak.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Dog).Speak.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Dog).Speak.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Quiet.Speak.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe fe 00 08 08 08 fd fd ff                       .........
main.Quiet.Speak.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Quiet).Speak.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Quiet).Speak.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Quiet).Volume.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Quiet).Volume.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
