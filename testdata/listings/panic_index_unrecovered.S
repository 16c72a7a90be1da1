funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (panic_index_unrecovered.go:13)	TEXT	main.main(SB), ABIInternal, $216-0
     0        00000 (panic_index_unrecovered.go:13)	TEXT	main.main(SB), ABIInternal, $216-0
     0     -1 00000 (panic_index_unrecovered.go:13)	LEAQ	-88(SP), R12
     5        00005 (panic_index_unrecovered.go:13)	CMPQ	R12, 16(R14)
     9        00009 (panic_index_unrecovered.go:13)	PCDATA	$0, $-2
     9        00009 (panic_index_unrecovered.go:13)	JLS	487
     f        00015 (panic_index_unrecovered.go:13)	PCDATA	$0, $-1
     f        00015 (panic_index_unrecovered.go:13)	PUSHQ	BP
    10        00016 (panic_index_unrecovered.go:13)	MOVQ	SP, BP
    13        00019 (panic_index_unrecovered.go:13)	SUBQ	$208, SP
    1a        00026 (panic_index_unrecovered.go:13)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    1a        00026 (panic_index_unrecovered.go:13)	FUNCDATA	$1, gclocals·GRLXWYQJQYc+7qsytqt8/g==(SB)
    1a        00026 (panic_index_unrecovered.go:13)	FUNCDATA	$2, main.main.stkobj(SB)
    1a        00026 (panic_index_unrecovered.go:14)	MOVQ	$1, main..autotmp_12+88(SP)
    23        00035 (panic_index_unrecovered.go:14)	MOVQ	$2, main..autotmp_12+96(SP)
    2c        00044 (panic_index_unrecovered.go:14)	MOVQ	$3, main..autotmp_12+104(SP)
    35        00053 (panic_index_unrecovered.go:14)	MOVQ	$3, main..autotmp_9+120(SP)
    3e        00062 (panic_index_unrecovered.go:14)	MOVQ	$3, main..autotmp_9+128(SP)
    4a        00074 (panic_index_unrecovered.go:14)	LEAQ	main..autotmp_12+88(SP), DX
    4f        00079 (panic_index_unrecovered.go:14)	MOVQ	DX, main..autotmp_9+112(SP)
    54        00084 (panic_index_unrecovered.go:14)	MOVQ	$4, main..autotmp_15+72(SP)
    5d        00093 (panic_index_unrecovered.go:14)	MOVQ	$5, main..autotmp_15+80(SP)
    66        00102 (panic_index_unrecovered.go:14)	MOVQ	$2, main..autotmp_9+144(SP)
    72        00114 (panic_index_unrecovered.go:14)	MOVQ	$2, main..autotmp_9+152(SP)
    7e        00126 (panic_index_unrecovered.go:14)	LEAQ	main..autotmp_15+72(SP), DX
    83        00131 (panic_index_unrecovered.go:14)	MOVQ	DX, main..autotmp_9+136(SP)
    8b        00139 (panic_index_unrecovered.go:14)	MOVQ	$6, main..autotmp_18+64(SP)
    94        00148 (panic_index_unrecovered.go:14)	MOVQ	$1, main..autotmp_9+168(SP)
    a0        00160 (panic_index_unrecovered.go:14)	MOVQ	$1, main..autotmp_9+176(SP)
    ac        00172 (panic_index_unrecovered.go:14)	LEAQ	main..autotmp_18+64(SP), DX
    b1        00177 (panic_index_unrecovered.go:14)	MOVQ	DX, main..autotmp_9+160(SP)
    b9        00185 (panic_index_unrecovered.go:14)	MOVQ	$3, main..autotmp_6+192(SP)
    c5        00197 (panic_index_unrecovered.go:14)	MOVQ	$3, main..autotmp_6+200(SP)
    d1        00209 (panic_index_unrecovered.go:14)	LEAQ	main..autotmp_9+112(SP), DX
    d6        00214 (panic_index_unrecovered.go:14)	MOVQ	DX, main..autotmp_6+184(SP)
    de        00222 (panic_index_unrecovered.go:16)	XORL	DX, DX
    e0        00224 (panic_index_unrecovered.go:16)	XORL	AX, AX
    e2        00226 (panic_index_unrecovered.go:16)	JMP	231
    e4        00228 (panic_index_unrecovered.go:16)	INCQ	DX
    e7        00231 (panic_index_unrecovered.go:16)	CMPQ	DX, $3
    eb        00235 (panic_index_unrecovered.go:16)	JGE	431
    f1        00241 (panic_index_unrecovered.go:16)	MOVQ	DX, main.r+32(SP)
    f6        00246 (panic_index_unrecovered.go:16)	XORL	CX, CX
    f8        00248 (panic_index_unrecovered.go:17)	JMP	416
    fd        00253 (panic_index_unrecovered.go:17)	MOVQ	CX, main.c+40(SP)
   102        00258 (panic_index_unrecovered.go:17)	MOVQ	AX, main..autotmp_19+56(SP)
   107        00263 (panic_index_unrecovered.go:18)	LEAQ	main..autotmp_6+184(SP), AX
   10f        00271 (panic_index_unrecovered.go:18)	MOVQ	DX, BX
   112        00274 (panic_index_unrecovered.go:18)	PCDATA	$1, $1
   112        00274 (panic_index_unrecovered.go:18)	CALL	main.(*Table).Cell(SB)
   117        00279 (panic_index_unrecovered.go:18)	MOVQ	AX, main..autotmp_20+48(SP)
   11c        00284 (panic_index_unrecovered.go:18)	NOP
   120        00288 (panic_index_unrecovered.go:19)	CALL	runtime.printlock(SB)
   125        00293 (panic_index_unrecovered.go:19)	LEAQ	go:string."cell "(SB), AX
   12c        00300 (panic_index_unrecovered.go:19)	MOVL	$5, BX
   131        00305 (panic_index_unrecovered.go:19)	CALL	runtime.printstring(SB)
   136        00310 (panic_index_unrecovered.go:19)	MOVQ	main.r+32(SP), AX
   13b        00315 (panic_index_unrecovered.go:19)	NOP
   140        00320 (panic_index_unrecovered.go:19)	CALL	runtime.printint(SB)
   145        00325 (panic_index_unrecovered.go:19)	CALL	runtime.printsp(SB)
   14a        00330 (panic_index_unrecovered.go:19)	MOVQ	main.c+40(SP), AX
   14f        00335 (panic_index_unrecovered.go:19)	CALL	runtime.printint(SB)
   154        00340 (panic_index_unrecovered.go:19)	LEAQ	go:string." total "(SB), AX
   15b        00347 (panic_index_unrecovered.go:19)	MOVL	$7, BX
   160        00352 (panic_index_unrecovered.go:19)	CALL	runtime.printstring(SB)
   165        00357 (panic_index_unrecovered.go:18)	MOVQ	main..autotmp_19+56(SP), DX
   16a        00362 (panic_index_unrecovered.go:18)	MOVQ	main..autotmp_20+48(SP), SI
   16f        00367 (panic_index_unrecovered.go:18)	LEAQ	(SI)(DX*1), AX
   173        00371 (panic_index_unrecovered.go:18)	MOVQ	AX, main..autotmp_20+48(SP)
   178        00376 (panic_index_unrecovered.go:19)	CALL	runtime.printint(SB)
   17d        00381 (panic_index_unrecovered.go:19)	NOP
   180        00384 (panic_index_unrecovered.go:19)	CALL	runtime.printnl(SB)
   185        00389 (panic_index_unrecovered.go:19)	CALL	runtime.printunlock(SB)
   18a        00394 (panic_index_unrecovered.go:17)	MOVQ	main.c+40(SP), CX
   18f        00399 (panic_index_unrecovered.go:17)	INCQ	CX
   192        00402 (panic_index_unrecovered.go:18)	MOVQ	main.r+32(SP), DX
   197        00407 (panic_index_unrecovered.go:17)	MOVQ	main..autotmp_20+48(SP), AX
   19c        00412 (panic_index_unrecovered.go:17)	NOP
   1a0        00416 (panic_index_unrecovered.go:17)	CMPQ	CX, $3
   1a4        00420 (panic_index_unrecovered.go:17)	JLT	253
   1aa        00426 (panic_index_unrecovered.go:17)	JMP	228
   1af        00431 (panic_index_unrecovered.go:16)	MOVQ	AX, main.total+24(SP)
   1b4        00436 (panic_index_unrecovered.go:22)	PCDATA	$1, $0
   1b4        00436 (panic_index_unrecovered.go:22)	CALL	runtime.printlock(SB)
   1b9        00441 (panic_index_unrecovered.go:22)	LEAQ	go:string."unreachable "(SB), AX
   1c0        00448 (panic_index_unrecovered.go:22)	MOVL	$12, BX
   1c5        00453 (panic_index_unrecovered.go:22)	CALL	runtime.printstring(SB)
   1ca        00458 (panic_index_unrecovered.go:22)	MOVQ	main.total+24(SP), AX
   1cf        00463 (panic_index_unrecovered.go:22)	CALL	runtime.printint(SB)
   1d4        00468 (panic_index_unrecovered.go:22)	CALL	runtime.printnl(SB)
   1d9        00473 (panic_index_unrecovered.go:22)	CALL	runtime.printunlock(SB)
   1de        00478 (panic_index_unrecovered.go:23)	ADDQ	$208, SP
   1e5        00485 (panic_index_unrecovered.go:23)	POPQ	BP
   1e6        00486 (panic_index_unrecovered.go:23)	RET
   1e7        00487 (panic_index_unrecovered.go:23)	NOP
   1e7        00487 (panic_index_unrecovered.go:13)	PCDATA	$1, $-1
   1e7        00487 (panic_index_unrecovered.go:13)	PCDATA	$0, $-2
   1e7        00487 (panic_index_unrecovered.go:13)	CALL	runtime.morestack_noctxt(SB)
   1ec        00492 (panic_index_unrecovered.go:13)	PCDATA	$0, $-1
   1ec        00492 (panic_index_unrecovered.go:13)	JMP	0
   1f1 done
wrote 4 bytes to 0x0
 00 f1 03 00
funcpctab main.(*Table).Cell [valfunc=pctoinline]
     0     -1 00000 (panic_index_unrecovered.go:9)	TEXT	main.(*Table).Cell(SB), NOSPLIT|ABIInternal, $8-24
     0        00000 (panic_index_unrecovered.go:9)	TEXT	main.(*Table).Cell(SB), NOSPLIT|ABIInternal, $8-24
     0     -1 00000 (panic_index_unrecovered.go:9)	PUSHQ	BP
     1        00001 (panic_index_unrecovered.go:9)	MOVQ	SP, BP
     4        00004 (panic_index_unrecovered.go:9)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (panic_index_unrecovered.go:9)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (panic_index_unrecovered.go:9)	FUNCDATA	$5, main.(*Table).Cell.arginfo1(SB)
     4        00004 (panic_index_unrecovered.go:9)	FUNCDATA	$6, main.(*Table).Cell.argliveinfo(SB)
     4        00004 (panic_index_unrecovered.go:9)	PCDATA	$3, $1
     4        00004 (panic_index_unrecovered.go:10)	MOVQ	8(AX), DX
     8        00008 (panic_index_unrecovered.go:10)	CMPQ	BX, DX
     b        00011 (panic_index_unrecovered.go:10)	JCC	48
     d        00013 (panic_index_unrecovered.go:10)	MOVQ	(AX), DX
    10        00016 (panic_index_unrecovered.go:10)	LEAQ	(BX)(BX*2), BX
    14        00020 (panic_index_unrecovered.go:10)	MOVQ	8(DX)(BX*8), SI
    19        00025 (panic_index_unrecovered.go:10)	MOVQ	(DX)(BX*8), DX
    1d        00029 (panic_index_unrecovered.go:10)	NOP
    20        00032 (panic_index_unrecovered.go:10)	CMPQ	CX, SI
    23        00035 (panic_index_unrecovered.go:10)	JCC	43
    25        00037 (panic_index_unrecovered.go:10)	MOVQ	(DX)(CX*8), AX
    29        00041 (panic_index_unrecovered.go:10)	POPQ	BP
    2a        00042 (panic_index_unrecovered.go:10)	RET
    2b        00043 (panic_index_unrecovered.go:10)	PCDATA	$1, $1
    2b        00043 (panic_index_unrecovered.go:10)	PCDATA	$4, $7047
    2b        00043 (panic_index_unrecovered.go:10)	CALL	runtime.panicBounds(SB)
    30        00048 (panic_index_unrecovered.go:10)	PCDATA	$4, $2583
    30        00048 (panic_index_unrecovered.go:10)	CALL	runtime.panicBounds(SB)
    35        00053 (panic_index_unrecovered.go:10)	XCHGL	AX, AX
    36 done
wrote 3 bytes to 0x0
 00 36 00
main.(*Table).Cell STEXT nosplit size=54 align=0x0 args=0x18 locals=0x8 funcid=0x0
	0x0000 00000 (panic_index_unrecovered.go:9)	TEXT	main.(*Table).Cell(SB), NOSPLIT|ABIInternal, $8-24
	0x0000 00000 (panic_index_unrecovered.go:9)	PUSHQ	BP
	0x0001 00001 (panic_index_unrecovered.go:9)	MOVQ	SP, BP
	0x0004 00004 (panic_index_unrecovered.go:9)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (panic_index_unrecovered.go:9)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (panic_index_unrecovered.go:9)	FUNCDATA	$5, main.(*Table).Cell.arginfo1(SB)
	0x0004 00004 (panic_index_unrecovered.go:9)	FUNCDATA	$6, main.(*Table).Cell.argliveinfo(SB)
	0x0004 00004 (panic_index_unrecovered.go:9)	PCDATA	$3, $1
	0x0004 00004 (panic_index_unrecovered.go:10)	MOVQ	8(AX), DX
	0x0008 00008 (panic_index_unrecovered.go:10)	CMPQ	BX, DX
	0x000b 00011 (panic_index_unrecovered.go:10)	JCC	48
	0x000d 00013 (panic_index_unrecovered.go:10)	MOVQ	(AX), DX
	0x0010 00016 (panic_index_unrecovered.go:10)	LEAQ	(BX)(BX*2), BX
	0x0014 00020 (panic_index_unrecovered.go:10)	MOVQ	8(DX)(BX*8), SI
	0x0019 00025 (panic_index_unrecovered.go:10)	MOVQ	(DX)(BX*8), DX
	0x001d 00029 (panic_index_unrecovered.go:10)	NOP
	0x0020 00032 (panic_index_unrecovered.go:10)	CMPQ	CX, SI
	0x0023 00035 (panic_index_unrecovered.go:10)	JCC	43
	0x0025 00037 (panic_index_unrecovered.go:10)	MOVQ	(DX)(CX*8), AX
	0x0029 00041 (panic_index_unrecovered.go:10)	POPQ	BP
	0x002a 00042 (panic_index_unrecovered.go:10)	RET
	0x002b 00043 (panic_index_unrecovered.go:10)	PCDATA	$1, $1
	0x002b 00043 (panic_index_unrecovered.go:10)	PCDATA	$4, $7047
	0x002b 00043 (panic_index_unrecovered.go:10)	CALL	runtime.panicBounds(SB)
	0x0030 00048 (panic_index_unrecovered.go:10)	PCDATA	$4, $2583
	0x0030 00048 (panic_index_unrecovered.go:10)	CALL	runtime.panicBounds(SB)
	0x0035 00053 (panic_index_unrecovered.go:10)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 8b 50 08 48 39 d3 73 23 48 8b 10  UH..H.P.H9.s#H..
	0x0010 48 8d 1c 5b 48 8b 74 da 08 48 8b 14 da 0f 1f 00  H..[H.t..H......
	0x0020 48 39 f1 73 06 48 8b 04 ca 5d c3 e8 00 00 00 00  H9.s.H...]......
	0x0030 e8 00 00 00 00 90                                ......
	rel 44+4 t=R_CALL runtime.panicBounds+0
	rel 49+4 t=R_CALL runtime.panicBounds+0
main.main STEXT size=497 align=0x0 args=0x0 locals=0xd8 funcid=0x0
	0x0000 00000 (panic_index_unrecovered.go:13)	TEXT	main.main(SB), ABIInternal, $216-0
	0x0000 00000 (panic_index_unrecovered.go:13)	LEAQ	-88(SP), R12
	0x0005 00005 (panic_index_unrecovered.go:13)	CMPQ	R12, 16(R14)
	0x0009 00009 (panic_index_unrecovered.go:13)	PCDATA	$0, $-2
	0x0009 00009 (panic_index_unrecovered.go:13)	JLS	487
	0x000f 00015 (panic_index_unrecovered.go:13)	PCDATA	$0, $-1
	0x000f 00015 (panic_index_unrecovered.go:13)	PUSHQ	BP
	0x0010 00016 (panic_index_unrecovered.go:13)	MOVQ	SP, BP
	0x0013 00019 (panic_index_unrecovered.go:13)	SUBQ	$208, SP
	0x001a 00026 (panic_index_unrecovered.go:13)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x001a 00026 (panic_index_unrecovered.go:13)	FUNCDATA	$1, gclocals·GRLXWYQJQYc+7qsytqt8/g==(SB)
	0x001a 00026 (panic_index_unrecovered.go:13)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001a 00026 (panic_index_unrecovered.go:14)	MOVQ	$1, main..autotmp_12+88(SP)
	0x0023 00035 (panic_index_unrecovered.go:14)	MOVQ	$2, main..autotmp_12+96(SP)
	0x002c 00044 (panic_index_unrecovered.go:14)	MOVQ	$3, main..autotmp_12+104(SP)
	0x0035 00053 (panic_index_unrecovered.go:14)	MOVQ	$3, main..autotmp_9+120(SP)
	0x003e 00062 (panic_index_unrecovered.go:14)	MOVQ	$3, main..autotmp_9+128(SP)
	0x004a 00074 (panic_index_unrecovered.go:14)	LEAQ	main..autotmp_12+88(SP), DX
	0x004f 00079 (panic_index_unrecovered.go:14)	MOVQ	DX, main..autotmp_9+112(SP)
	0x0054 00084 (panic_index_unrecovered.go:14)	MOVQ	$4, main..autotmp_15+72(SP)
	0x005d 00093 (panic_index_unrecovered.go:14)	MOVQ	$5, main..autotmp_15+80(SP)
	0x0066 00102 (panic_index_unrecovered.go:14)	MOVQ	$2, main..autotmp_9+144(SP)
	0x0072 00114 (panic_index_unrecovered.go:14)	MOVQ	$2, main..autotmp_9+152(SP)
	0x007e 00126 (panic_index_unrecovered.go:14)	LEAQ	main..autotmp_15+72(SP), DX
	0x0083 00131 (panic_index_unrecovered.go:14)	MOVQ	DX, main..autotmp_9+136(SP)
	0x008b 00139 (panic_index_unrecovered.go:14)	MOVQ	$6, main..autotmp_18+64(SP)
	0x0094 00148 (panic_index_unrecovered.go:14)	MOVQ	$1, main..autotmp_9+168(SP)
	0x00a0 00160 (panic_index_unrecovered.go:14)	MOVQ	$1, main..autotmp_9+176(SP)
	0x00ac 00172 (panic_index_unrecovered.go:14)	LEAQ	main..autotmp_18+64(SP), DX
	0x00b1 00177 (panic_index_unrecovered.go:14)	MOVQ	DX, main..autotmp_9+160(SP)
	0x00b9 00185 (panic_index_unrecovered.go:14)	MOVQ	$3, main..autotmp_6+192(SP)
	0x00c5 00197 (panic_index_unrecovered.go:14)	MOVQ	$3, main..autotmp_6+200(SP)
	0x00d1 00209 (panic_index_unrecovered.go:14)	LEAQ	main..autotmp_9+112(SP), DX
	0x00d6 00214 (panic_index_unrecovered.go:14)	MOVQ	DX, main..autotmp_6+184(SP)
	0x00de 00222 (panic_index_unrecovered.go:16)	XORL	DX, DX
	0x00e0 00224 (panic_index_unrecovered.go:16)	XORL	AX, AX
	0x00e2 00226 (panic_index_unrecovered.go:16)	JMP	231
	0x00e4 00228 (panic_index_unrecovered.go:16)	INCQ	DX
	0x00e7 00231 (panic_index_unrecovered.go:16)	CMPQ	DX, $3
	0x00eb 00235 (panic_index_unrecovered.go:16)	JGE	431
	0x00f1 00241 (panic_index_unrecovered.go:16)	MOVQ	DX, main.r+32(SP)
	0x00f6 00246 (panic_index_unrecovered.go:16)	XORL	CX, CX
	0x00f8 00248 (panic_index_unrecovered.go:17)	JMP	416
	0x00fd 00253 (panic_index_unrecovered.go:17)	MOVQ	CX, main.c+40(SP)
	0x0102 00258 (panic_index_unrecovered.go:17)	MOVQ	AX, main..autotmp_19+56(SP)
	0x0107 00263 (panic_index_unrecovered.go:18)	LEAQ	main..autotmp_6+184(SP), AX
	0x010f 00271 (panic_index_unrecovered.go:18)	MOVQ	DX, BX
	0x0112 00274 (panic_index_unrecovered.go:18)	PCDATA	$1, $1
	0x0112 00274 (panic_index_unrecovered.go:18)	CALL	main.(*Table).Cell(SB)
	0x0117 00279 (panic_index_unrecovered.go:18)	MOVQ	AX, main..autotmp_20+48(SP)
	0x011c 00284 (panic_index_unrecovered.go:18)	NOP
	0x0120 00288 (panic_index_unrecovered.go:19)	CALL	runtime.printlock(SB)
	0x0125 00293 (panic_index_unrecovered.go:19)	LEAQ	go:string."cell "(SB), AX
	0x012c 00300 (panic_index_unrecovered.go:19)	MOVL	$5, BX
	0x0131 00305 (panic_index_unrecovered.go:19)	CALL	runtime.printstring(SB)
	0x0136 00310 (panic_index_unrecovered.go:19)	MOVQ	main.r+32(SP), AX
	0x013b 00315 (panic_index_unrecovered.go:19)	NOP
	0x0140 00320 (panic_index_unrecovered.go:19)	CALL	runtime.printint(SB)
	0x0145 00325 (panic_index_unrecovered.go:19)	CALL	runtime.printsp(SB)
	0x014a 00330 (panic_index_unrecovered.go:19)	MOVQ	main.c+40(SP), AX
	0x014f 00335 (panic_index_unrecovered.go:19)	CALL	runtime.printint(SB)
	0x0154 00340 (panic_index_unrecovered.go:19)	LEAQ	go:string." total "(SB), AX
	0x015b 00347 (panic_index_unrecovered.go:19)	MOVL	$7, BX
	0x0160 00352 (panic_index_unrecovered.go:19)	CALL	runtime.printstring(SB)
	0x0165 00357 (panic_index_unrecovered.go:18)	MOVQ	main..autotmp_19+56(SP), DX
	0x016a 00362 (panic_index_unrecovered.go:18)	MOVQ	main..autotmp_20+48(SP), SI
	0x016f 00367 (panic_index_unrecovered.go:18)	LEAQ	(SI)(DX*1), AX
	0x0173 00371 (panic_index_unrecovered.go:18)	MOVQ	AX, main..autotmp_20+48(SP)
	0x0178 00376 (panic_index_unrecovered.go:19)	CALL	runtime.printint(SB)
	0x017d 00381 (panic_index_unrecovered.go:19)	NOP
	0x0180 00384 (panic_index_unrecovered.go:19)	CALL	runtime.printnl(SB)
	0x0185 00389 (panic_index_unrecovered.go:19)	CALL	runtime.printunlock(SB)
	0x018a 00394 (panic_index_unrecovered.go:17)	MOVQ	main.c+40(SP), CX
	0x018f 00399 (panic_index_unrecovered.go:17)	INCQ	CX
	0x0192 00402 (panic_index_unrecovered.go:18)	MOVQ	main.r+32(SP), DX
	0x0197 00407 (panic_index_unrecovered.go:17)	MOVQ	main..autotmp_20+48(SP), AX
	0x019c 00412 (panic_index_unrecovered.go:17)	NOP
	0x01a0 00416 (panic_index_unrecovered.go:17)	CMPQ	CX, $3
	0x01a4 00420 (panic_index_unrecovered.go:17)	JLT	253
	0x01aa 00426 (panic_index_unrecovered.go:17)	JMP	228
	0x01af 00431 (panic_index_unrecovered.go:16)	MOVQ	AX, main.total+24(SP)
	0x01b4 00436 (panic_index_unrecovered.go:22)	PCDATA	$1, $0
	0x01b4 00436 (panic_index_unrecovered.go:22)	CALL	runtime.printlock(SB)
	0x01b9 00441 (panic_index_unrecovered.go:22)	LEAQ	go:string."unreachable "(SB), AX
	0x01c0 00448 (panic_index_unrecovered.go:22)	MOVL	$12, BX
	0x01c5 00453 (panic_index_unrecovered.go:22)	CALL	runtime.printstring(SB)
	0x01ca 00458 (panic_index_unrecovered.go:22)	MOVQ	main.total+24(SP), AX
	0x01cf 00463 (panic_index_unrecovered.go:22)	CALL	runtime.printint(SB)
	0x01d4 00468 (panic_index_unrecovered.go:22)	CALL	runtime.printnl(SB)
	0x01d9 00473 (panic_index_unrecovered.go:22)	CALL	runtime.printunlock(SB)
	0x01de 00478 (panic_index_unrecovered.go:23)	ADDQ	$208, SP
	0x01e5 00485 (panic_index_unrecovered.go:23)	POPQ	BP
	0x01e6 00486 (panic_index_unrecovered.go:23)	RET
	0x01e7 00487 (panic_index_unrecovered.go:23)	NOP
	0x01e7 00487 (panic_index_unrecovered.go:13)	PCDATA	$1, $-1
	0x01e7 00487 (panic_index_unrecovered.go:13)	PCDATA	$0, $-2
	0x01e7 00487 (panic_index_unrecovered.go:13)	CALL	runtime.morestack_noctxt(SB)
	0x01ec 00492 (panic_index_unrecovered.go:13)	PCDATA	$0, $-1
	0x01ec 00492 (panic_index_unrecovered.go:13)	JMP	0
	0x0000 4c 8d 64 24 a8 4d 3b 66 10 0f 86 d8 01 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec d0 00 00 00 48 c7 44 24 58 01  H..H......H.D$X.
	0x0020 00 00 00 48 c7 44 24 60 02 00 00 00 48 c7 44 24  ...H.D$`....H.D$
	0x0030 68 03 00 00 00 48 c7 44 24 78 03 00 00 00 48 c7  h....H.D$x....H.
	0x0040 84 24 80 00 00 00 03 00 00 00 48 8d 54 24 58 48  .$........H.T$XH
	0x0050 89 54 24 70 48 c7 44 24 48 04 00 00 00 48 c7 44  .T$pH.D$H....H.D
	0x0060 24 50 05 00 00 00 48 c7 84 24 90 00 00 00 02 00  $P....H..$......
	0x0070 00 00 48 c7 84 24 98 00 00 00 02 00 00 00 48 8d  ..H..$........H.
	0x0080 54 24 48 48 89 94 24 88 00 00 00 48 c7 44 24 40  T$HH..$....H.D$@
	0x0090 06 00 00 00 48 c7 84 24 a8 00 00 00 01 00 00 00  ....H..$........
	0x00a0 48 c7 84 24 b0 00 00 00 01 00 00 00 48 8d 54 24  H..$........H.T$
	0x00b0 40 48 89 94 24 a0 00 00 00 48 c7 84 24 c0 00 00  @H..$....H..$...
	0x00c0 00 03 00 00 00 48 c7 84 24 c8 00 00 00 03 00 00  .....H..$.......
	0x00d0 00 48 8d 54 24 70 48 89 94 24 b8 00 00 00 31 d2  .H.T$pH..$....1.
	0x00e0 31 c0 eb 03 48 ff c2 48 83 fa 03 0f 8d be 00 00  1...H..H........
	0x00f0 00 48 89 54 24 20 31 c9 e9 a3 00 00 00 48 89 4c  .H.T$ 1......H.L
	0x0100 24 28 48 89 44 24 38 48 8d 84 24 b8 00 00 00 48  $(H.D$8H..$....H
	0x0110 89 d3 e8 00 00 00 00 48 89 44 24 30 0f 1f 40 00  .......H.D$0..@.
	0x0120 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 05 00 00  .....H..........
	0x0130 00 e8 00 00 00 00 48 8b 44 24 20 0f 1f 44 00 00  ......H.D$ ..D..
	0x0140 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 28 e8  ..........H.D$(.
	0x0150 00 00 00 00 48 8d 05 00 00 00 00 bb 07 00 00 00  ....H...........
	0x0160 e8 00 00 00 00 48 8b 54 24 38 48 8b 74 24 30 48  .....H.T$8H.t$0H
	0x0170 8d 04 16 48 89 44 24 30 e8 00 00 00 00 0f 1f 00  ...H.D$0........
	0x0180 e8 00 00 00 00 e8 00 00 00 00 48 8b 4c 24 28 48  ..........H.L$(H
	0x0190 ff c1 48 8b 54 24 20 48 8b 44 24 30 0f 1f 40 00  ..H.T$ H.D$0..@.
	0x01a0 48 83 f9 03 0f 8c 53 ff ff ff e9 35 ff ff ff 48  H.....S....5...H
	0x01b0 89 44 24 18 e8 00 00 00 00 48 8d 05 00 00 00 00  .D$......H......
	0x01c0 bb 0c 00 00 00 e8 00 00 00 00 48 8b 44 24 18 e8  ..........H.D$..
	0x01d0 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 81  ..............H.
	0x01e0 c4 d0 00 00 00 5d c3 e8 00 00 00 00 e9 0f fe ff  .....]..........
	0x01f0 ff                                               .
	rel 275+4 t=R_CALL main.(*Table).Cell+0
	rel 289+4 t=R_CALL runtime.printlock+0
	rel 296+4 t=R_PCREL go:string."cell "+0
	rel 306+4 t=R_CALL runtime.printstring+0
	rel 321+4 t=R_CALL runtime.printint+0
	rel 326+4 t=R_CALL runtime.printsp+0
	rel 336+4 t=R_CALL runtime.printint+0
	rel 343+4 t=R_PCREL go:string." total "+0
	rel 353+4 t=R_CALL runtime.printstring+0
	rel 377+4 t=R_CALL runtime.printint+0
	rel 385+4 t=R_CALL runtime.printnl+0
	rel 390+4 t=R_CALL runtime.printunlock+0
	rel 437+4 t=R_CALL runtime.printlock+0
	rel 444+4 t=R_PCREL go:string."unreachable "+0
	rel 454+4 t=R_CALL runtime.printstring+0
	rel 464+4 t=R_CALL runtime.printint+0
	rel 469+4 t=R_CALL runtime.printnl+0
	rel 474+4 t=R_CALL runtime.printunlock+0
	rel 488+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Table. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 54 61 62 6c 65           ..*main.Table
type:.namedata.*func(*main.Table, int, int) int- SRODATA dupok size=34 align=0x1
	0x0000 00 20 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 54 61  . *func(*main.Ta
	0x0010 62 6c 65 2c 20 69 6e 74 2c 20 69 6e 74 29 20 69  ble, int, int) i
	0x0020 6e 74                                            nt
type:*func(*main.Table, int, int) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f8 ae f5 f5 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Table, int, int) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Table, int, int) int+0
type:func(*main.Table, int, int) int SRODATA dupok size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f2 ef 98 09 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Table, int, int) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Table, int, int) int+0
	rel 56+8 t=R_ADDR type:*main.Table+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
	rel 80+8 t=R_ADDR type:int+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Cell. SRODATA dupok size=6 align=0x1
	0x0000 01 04 43 65 6c 6c                                ..Cell
type:.namedata.*func(int, int) int- SRODATA dupok size=21 align=0x1
	0x0000 00 13 2a 66 75 6e 63 28 69 6e 74 2c 20 69 6e 74  ..*func(int, int
	0x0010 29 20 69 6e 74                                   ) int
type:*func(int, int) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ec de d5 8f 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, int) int-+0
	rel 48+8 t=R_ADDR type:func(int, int) int+0
type:func(int, int) int SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 af e5 7d 4e 22 08 08 13 00 00 00 00 00 00 00 00  ..}N"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, int) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(int, int) int+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
type:*main.Table SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ce 89 76 2a 29 08 08 16 00 00 00 00 00 00 00 00  ..v*)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Table.+0
	rel 48+8 t=R_ADDR type:main.Table+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Cell.+0
	rel 76+4 t=R_METHODOFF type:func(int, int) int+0
	rel 80+4 t=R_METHODOFF main.(*Table).Cell+0
	rel 84+4 t=R_METHODOFF main.(*Table).Cell+0
type:.namedata.*[][]int- SRODATA dupok size=10 align=0x1
	0x0000 00 08 2a 5b 5d 5b 5d 69 6e 74                    ..*[][]int
type:*[][]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 47 b7 1a 19 28 08 08 16 00 00 00 00 00 00 00 00  G...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[][]int-+0
	rel 48+8 t=R_ADDR type:[][]int+0
type:[][]int SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 72 8b ac f4 02 08 08 17 00 00 00 00 00 00 00 00  r...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[][]int-+0
	rel 44+4 t=RelocType(-32763) type:*[][]int+0
	rel 48+8 t=R_ADDR type:[]int+0
type:.namedata.rows- SRODATA dupok size=6 align=0x1
	0x0000 00 04 72 6f 77 73                                ..rows
type:main.Table SRODATA size=120 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 36 2e f6 09 07 08 08 19 00 00 00 00 00 00 00 00  6...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Table.+0
	rel 44+4 t=R_ADDROFF type:*main.Table+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Table+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.rows-+0
	rel 104+8 t=R_ADDR type:[][]int+0
go:string."cell" SRODATA dupok size=4 align=0x1
	0x0000 63 65 6c 6c                                      cell
go:string."total" SRODATA dupok size=5 align=0x1
	0x0000 74 6f 74 61 6c                                   total
go:string."cell " SRODATA dupok size=5 align=0x1
	0x0000 63 65 6c 6c 20                                   cell 
go:string." total " SRODATA dupok size=7 align=0x1
	0x0000 20 74 6f 74 61 6c 20                              total 
go:string."unreachable" SRODATA dupok size=11 align=0x1
	0x0000 75 6e 72 65 61 63 68 61 62 6c 65                 unreachable
go:string."unreachable " SRODATA dupok size=12 align=0x1
	0x0000 75 6e 72 65 61 63 68 61 62 6c 65 20              unreachable 
runtime.gcbits.4900000000000000 SRODATA dupok size=8 align=0x8
	0x0000 49 00 00 00 00 00 00 00                          I.......
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.(*Table).Cell.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.(*Table).Cell.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·GRLXWYQJQYc+7qsytqt8/g== SRODATA dupok size=12 align=0x4
	0x0000 02 00 00 00 0c 00 00 00 00 00 00 02              ............
main.main.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 a0 ff ff ff 48 00 00 00  ............H...
	0x0010 38 00 00 00 00 00 00 00 e8 ff ff ff 18 00 00 00  8...............
	0x0020 08 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.4900000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
