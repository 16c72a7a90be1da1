funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (closure_capture_ref.go:18)	TEXT	main.main(SB), ABIInternal, $136-0
     0        00000 (closure_capture_ref.go:18)	TEXT	main.main(SB), ABIInternal, $136-0
     0     -1 00000 (closure_capture_ref.go:18)	LEAQ	-8(SP), R12
     5        00005 (closure_capture_ref.go:18)	CMPQ	R12, 16(R14)
     9        00009 (closure_capture_ref.go:18)	PCDATA	$0, $-2
     9        00009 (closure_capture_ref.go:18)	JLS	580
     f        00015 (closure_capture_ref.go:18)	PCDATA	$0, $-1
     f        00015 (closure_capture_ref.go:18)	PUSHQ	BP
    10        00016 (closure_capture_ref.go:18)	MOVQ	SP, BP
    13        00019 (closure_capture_ref.go:18)	ADDQ	$-128, SP
    17        00023 (closure_capture_ref.go:18)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
    17        00023 (closure_capture_ref.go:18)	FUNCDATA	$1, gclocals·D9Qmc+UcnKZFuEzcOXqthg==(SB)
    17        00023 (closure_capture_ref.go:20)	XCHGL	AX, AX
    18      0 00024 (closure_capture_ref.go:20)	XORL	AX, AX
    1a        00026 (closure_capture_ref.go:20)	XORL	CX, CX
    1c        00028 (closure_capture_ref.go:20)	JMP	37
    1e        00030 (closure_capture_ref.go:20)	XCHGL	AX, AX
    1f      1 00031 (closure_capture_ref.go:20)	ADDQ	AX, CX
    22      0 00034 (closure_capture_ref.go:20)	INCQ	AX
    25        00037 (closure_capture_ref.go:20)	CMPQ	AX, $10
    29        00041 (closure_capture_ref.go:20)	JLT	30
    2b        00043 (closure_capture_ref.go:20)	MOVQ	CX, main.sum+40(SP)
    30        00048 (closure_capture_ref.go:21)	PCDATA	$1, $0
    30     -1 00048 (closure_capture_ref.go:21)	CALL	runtime.printlock(SB)
    35        00053 (closure_capture_ref.go:21)	LEAQ	go:string."sum "(SB), AX
    3c        00060 (closure_capture_ref.go:21)	MOVL	$4, BX
    41        00065 (closure_capture_ref.go:21)	CALL	runtime.printstring(SB)
    46        00070 (closure_capture_ref.go:21)	MOVQ	main.sum+40(SP), AX
    4b        00075 (closure_capture_ref.go:21)	CALL	runtime.printint(SB)
    50        00080 (closure_capture_ref.go:21)	CALL	runtime.printnl(SB)
    55        00085 (closure_capture_ref.go:21)	CALL	runtime.printunlock(SB)
    5a        00090 (closure_capture_ref.go:27)	CALL	runtime.printlock(SB)
    5f        00095 (closure_capture_ref.go:27)	LEAQ	go:string."x after two incs "(SB), AX
    66        00102 (closure_capture_ref.go:27)	MOVL	$17, BX
    6b        00107 (closure_capture_ref.go:27)	CALL	runtime.printstring(SB)
    70        00112 (closure_capture_ref.go:27)	MOVL	$3, AX
    75        00117 (closure_capture_ref.go:27)	CALL	runtime.printint(SB)
    7a        00122 (closure_capture_ref.go:27)	CALL	runtime.printnl(SB)
    7f        00127 (closure_capture_ref.go:27)	NOP
    80        00128 (closure_capture_ref.go:27)	CALL	runtime.printunlock(SB)
    85        00133 (closure_capture_ref.go:29)	XCHGL	AX, AX
    86        00134 (closure_capture_ref.go:30)	CALL	runtime.printlock(SB)
    8b        00139 (closure_capture_ref.go:30)	LEAQ	go:string."x after reset and inc "(SB), AX
    92        00146 (closure_capture_ref.go:30)	MOVL	$22, BX
    97        00151 (closure_capture_ref.go:30)	CALL	runtime.printstring(SB)
    9c        00156 (closure_capture_ref.go:30)	MOVL	$101, AX
    a1        00161 (closure_capture_ref.go:30)	CALL	runtime.printint(SB)
    a6        00166 (closure_capture_ref.go:30)	CALL	runtime.printnl(SB)
    ab        00171 (closure_capture_ref.go:30)	CALL	runtime.printunlock(SB)
    b0        00176 (closure_capture_ref.go:32)	CALL	main.makePair(SB)
    b5        00181 (closure_capture_ref.go:32)	MOVQ	AX, main.get+120(SP)
    ba        00186 (closure_capture_ref.go:32)	MOVQ	BX, main.set+104(SP)
    bf        00191 (closure_capture_ref.go:33)	MOVQ	(AX), CX
    c2        00194 (closure_capture_ref.go:33)	MOVQ	AX, DX
    c5        00197 (closure_capture_ref.go:33)	PCDATA	$1, $1
    c5        00197 (closure_capture_ref.go:33)	CALL	CX
    c7        00199 (closure_capture_ref.go:33)	MOVQ	AX, main..autotmp_26+96(SP)
    cc        00204 (closure_capture_ref.go:33)	CALL	runtime.printlock(SB)
    d1        00209 (closure_capture_ref.go:33)	LEAQ	go:string."get "(SB), AX
    d8        00216 (closure_capture_ref.go:33)	MOVL	$4, BX
    dd        00221 (closure_capture_ref.go:33)	NOP
    e0        00224 (closure_capture_ref.go:33)	CALL	runtime.printstring(SB)
    e5        00229 (closure_capture_ref.go:33)	MOVQ	main..autotmp_26+96(SP), AX
    ea        00234 (closure_capture_ref.go:33)	CALL	runtime.printint(SB)
    ef        00239 (closure_capture_ref.go:33)	CALL	runtime.printnl(SB)
    f4        00244 (closure_capture_ref.go:33)	CALL	runtime.printunlock(SB)
    f9        00249 (closure_capture_ref.go:34)	MOVQ	main.set+104(SP), DX
    fe        00254 (closure_capture_ref.go:34)	MOVQ	(DX), AX
   101        00257 (closure_capture_ref.go:34)	MOVQ	AX, CX
   104        00260 (closure_capture_ref.go:34)	MOVL	$42, AX
   109        00265 (closure_capture_ref.go:34)	PCDATA	$1, $2
   109        00265 (closure_capture_ref.go:34)	CALL	CX
   10b        00267 (closure_capture_ref.go:35)	MOVQ	main.get+120(SP), DX
   110        00272 (closure_capture_ref.go:35)	MOVQ	(DX), AX
   113        00275 (closure_capture_ref.go:35)	PCDATA	$1, $0
   113        00275 (closure_capture_ref.go:35)	CALL	AX
   115        00277 (closure_capture_ref.go:35)	MOVQ	AX, main..autotmp_26+96(SP)
   11a        00282 (closure_capture_ref.go:35)	CALL	runtime.printlock(SB)
   11f        00287 (closure_capture_ref.go:35)	LEAQ	go:string."get after set "(SB), AX
   126        00294 (closure_capture_ref.go:35)	MOVL	$14, BX
   12b        00299 (closure_capture_ref.go:35)	CALL	runtime.printstring(SB)
   130        00304 (closure_capture_ref.go:35)	MOVQ	main..autotmp_26+96(SP), AX
   135        00309 (closure_capture_ref.go:35)	CALL	runtime.printint(SB)
   13a        00314 (closure_capture_ref.go:35)	CALL	runtime.printnl(SB)
   13f        00319 (closure_capture_ref.go:35)	NOP
   140        00320 (closure_capture_ref.go:35)	CALL	runtime.printunlock(SB)
   145        00325 (closure_capture_ref.go:39)	XCHGL	AX, AX
   146      2 00326 (closure_capture_ref.go:39)	XORL	AX, AX
   148        00328 (closure_capture_ref.go:39)	LEAQ	go:string."hello"(SB), BX
   14f        00335 (closure_capture_ref.go:39)	MOVL	$5, CX
   154        00340 (closure_capture_ref.go:39)	LEAQ	go:string."!"(SB), DI
   15b        00347 (closure_capture_ref.go:39)	MOVL	$1, SI
   160        00352 (closure_capture_ref.go:39)	CALL	runtime.concatstring2(SB)
   165     -1 00357 (closure_capture_ref.go:40)	XCHGL	AX, AX
   166      3 00358 (closure_capture_ref.go:40)	MOVQ	BX, CX
   169        00361 (closure_capture_ref.go:40)	LEAQ	go:string."!"(SB), DI
   170        00368 (closure_capture_ref.go:40)	MOVL	$1, SI
   175        00373 (closure_capture_ref.go:40)	MOVQ	AX, BX
   178        00376 (closure_capture_ref.go:40)	XORL	AX, AX
   17a        00378 (closure_capture_ref.go:40)	CALL	runtime.concatstring2(SB)
   17f        00383 (closure_capture_ref.go:40)	MOVQ	AX, main.s.ptr+112(SP)
   184        00388 (closure_capture_ref.go:40)	MOVQ	BX, main.s.len+48(SP)
   189        00393 (closure_capture_ref.go:41)	PCDATA	$1, $3
   189     -1 00393 (closure_capture_ref.go:41)	CALL	runtime.printlock(SB)
   18e        00398 (closure_capture_ref.go:41)	MOVQ	main.s.ptr+112(SP), AX
   193        00403 (closure_capture_ref.go:41)	MOVQ	main.s.len+48(SP), BX
   198        00408 (closure_capture_ref.go:41)	PCDATA	$1, $0
   198        00408 (closure_capture_ref.go:41)	CALL	runtime.printstring(SB)
   19d        00413 (closure_capture_ref.go:41)	NOP
   1a0        00416 (closure_capture_ref.go:41)	CALL	runtime.printnl(SB)
   1a5        00421 (closure_capture_ref.go:41)	CALL	runtime.printunlock(SB)
   1aa        00426 (closure_capture_ref.go:43)	MOVQ	$1, main.arr+56(SP)
   1b3        00435 (closure_capture_ref.go:43)	MOVQ	$2, main.arr+64(SP)
   1bc        00444 (closure_capture_ref.go:43)	MOVQ	$3, main.arr+72(SP)
   1c5        00453 (closure_capture_ref.go:49)	XCHGL	AX, AX
   1c6      4 00454 (closure_capture_ref.go:49)	XORL	AX, AX
   1c8        00456 (closure_capture_ref.go:49)	JMP	480
   1ca        00458 (closure_capture_ref.go:49)	MOVQ	main.arr+56(SP)(AX*8), CX
   1cf        00463 (closure_capture_ref.go:49)	ADDQ	CX, CX
   1d2        00466 (closure_capture_ref.go:49)	MOVQ	CX, main.arr+56(SP)(AX*8)
   1d7        00471 (closure_capture_ref.go:49)	INCQ	AX
   1da        00474 (closure_capture_ref.go:49)	NOP
   1e0        00480 (closure_capture_ref.go:49)	CMPQ	AX, $3
   1e4        00484 (closure_capture_ref.go:49)	JLT	458
   1e6     -1 00486 (closure_capture_ref.go:50)	MOVQ	main.arr+56(SP), AX
   1eb        00491 (closure_capture_ref.go:50)	MOVQ	AX, main..autotmp_26+96(SP)
   1f0        00496 (closure_capture_ref.go:50)	MOVQ	main.arr+64(SP), AX
   1f5        00501 (closure_capture_ref.go:50)	MOVQ	AX, main..autotmp_27+88(SP)
   1fa        00506 (closure_capture_ref.go:50)	MOVQ	main.arr+72(SP), AX
   1ff        00511 (closure_capture_ref.go:50)	MOVQ	AX, main..autotmp_28+80(SP)
   204        00516 (closure_capture_ref.go:50)	CALL	runtime.printlock(SB)
   209        00521 (closure_capture_ref.go:50)	MOVQ	main..autotmp_26+96(SP), AX
   20e        00526 (closure_capture_ref.go:50)	CALL	runtime.printint(SB)
   213        00531 (closure_capture_ref.go:50)	CALL	runtime.printsp(SB)
   218        00536 (closure_capture_ref.go:50)	MOVQ	main..autotmp_27+88(SP), AX
   21d        00541 (closure_capture_ref.go:50)	NOP
   220        00544 (closure_capture_ref.go:50)	CALL	runtime.printint(SB)
   225        00549 (closure_capture_ref.go:50)	CALL	runtime.printsp(SB)
   22a        00554 (closure_capture_ref.go:50)	MOVQ	main..autotmp_28+80(SP), AX
   22f        00559 (closure_capture_ref.go:50)	CALL	runtime.printint(SB)
   234        00564 (closure_capture_ref.go:50)	CALL	runtime.printnl(SB)
   239        00569 (closure_capture_ref.go:50)	CALL	runtime.printunlock(SB)
   23e        00574 (closure_capture_ref.go:51)	SUBQ	$-128, SP
   242        00578 (closure_capture_ref.go:51)	POPQ	BP
   243        00579 (closure_capture_ref.go:51)	RET
   244        00580 (closure_capture_ref.go:51)	NOP
   244        00580 (closure_capture_ref.go:18)	PCDATA	$1, $-1
   244        00580 (closure_capture_ref.go:18)	PCDATA	$0, $-2
   244        00580 (closure_capture_ref.go:18)	CALL	runtime.morestack_noctxt(SB)
   249        00585 (closure_capture_ref.go:18)	PCDATA	$0, $-1
   249        00585 (closure_capture_ref.go:18)	JMP	0
   24e done
wrote 24 bytes to 0x0
 00 18 02 07 02 03 01 0e 01 96 02 06 1f 05 01 08 23 07 3d 0a 20 09 68 00
-- inlining tree for main.main:
0 | -1 | main.apply (closure_capture_ref.go:20:7) pc=23
1 | 0 | main.main.func1 (closure_capture_ref.go:6:4) pc=30
2 | -1 | main.main.func3 (closure_capture_ref.go:39:12) pc=325
3 | -1 | main.main.func3 (closure_capture_ref.go:40:12) pc=357
4 | -1 | main.main.func4 (closure_capture_ref.go:49:8) pc=453
--
funcpctab main.makePair [valfunc=pctoinline]
     0     -1 00000 (closure_capture_ref.go:11)	TEXT	main.makePair(SB), ABIInternal, $56-0
     0        00000 (closure_capture_ref.go:11)	TEXT	main.makePair(SB), ABIInternal, $56-0
     0     -1 00000 (closure_capture_ref.go:11)	CMPQ	SP, 16(R14)
     4        00004 (closure_capture_ref.go:11)	PCDATA	$0, $-2
     4        00004 (closure_capture_ref.go:11)	JLS	197
     a        00010 (closure_capture_ref.go:11)	PCDATA	$0, $-1
     a        00010 (closure_capture_ref.go:11)	PUSHQ	BP
     b        00011 (closure_capture_ref.go:11)	MOVQ	SP, BP
     e        00014 (closure_capture_ref.go:11)	SUBQ	$48, SP
    12        00018 (closure_capture_ref.go:11)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    12        00018 (closure_capture_ref.go:11)	FUNCDATA	$1, gclocals·sfOxBcdnNBiCaiOXpthwPg==(SB)
    12        00018 (closure_capture_ref.go:12)	LEAQ	type:int(SB), AX
    19        00025 (closure_capture_ref.go:12)	PCDATA	$1, $0
    19        00025 (closure_capture_ref.go:12)	CALL	runtime.newobject(SB)
    1e        00030 (closure_capture_ref.go:12)	MOVQ	AX, main.&x+40(SP)
    23        00035 (closure_capture_ref.go:12)	MOVQ	$10, (AX)
    2a        00042 (closure_capture_ref.go:13)	MOVL	$16, AX
    2f        00047 (closure_capture_ref.go:13)	LEAQ	type:noalg.struct { F uintptr; X0 *int }(SB), BX
    36        00054 (closure_capture_ref.go:13)	MOVL	$1, CX
    3b        00059 (closure_capture_ref.go:13)	PCDATA	$1, $1
    3b        00059 (closure_capture_ref.go:13)	NOP
    40        00064 (closure_capture_ref.go:13)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
    45        00069 (closure_capture_ref.go:13)	LEAQ	main.makePair.func1(SB), CX
    4c        00076 (closure_capture_ref.go:13)	MOVQ	CX, (AX)
    4f        00079 (closure_capture_ref.go:13)	CMPL	runtime.writeBarrier(SB), $0
    56        00086 (closure_capture_ref.go:13)	PCDATA	$0, $-2
    56        00086 (closure_capture_ref.go:13)	JNE	96
    58        00088 (closure_capture_ref.go:13)	MOVQ	main.&x+40(SP), DX
    5d        00093 (closure_capture_ref.go:13)	JMP	109
    5f        00095 (closure_capture_ref.go:13)	NOP
    60        00096 (closure_capture_ref.go:13)	CALL	runtime.gcWriteBarrier1(SB)
    65        00101 (closure_capture_ref.go:13)	MOVQ	main.&x+40(SP), DX
    6a        00106 (closure_capture_ref.go:13)	MOVQ	DX, (R11)
    6d        00109 (closure_capture_ref.go:13)	MOVQ	AX, main..autotmp_8+32(SP)
    72        00114 (closure_capture_ref.go:13)	MOVQ	DX, 8(AX)
    76        00118 (closure_capture_ref.go:14)	PCDATA	$0, $-1
    76        00118 (closure_capture_ref.go:14)	MOVL	$16, AX
    7b        00123 (closure_capture_ref.go:14)	LEAQ	type:noalg.struct { F uintptr; X0 *int }(SB), BX
    82        00130 (closure_capture_ref.go:14)	MOVL	$1, CX
    87        00135 (closure_capture_ref.go:14)	PCDATA	$1, $2
    87        00135 (closure_capture_ref.go:14)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
    8c        00140 (closure_capture_ref.go:14)	LEAQ	main.makePair.func2(SB), DX
    93        00147 (closure_capture_ref.go:14)	MOVQ	DX, (AX)
    96        00150 (closure_capture_ref.go:14)	CMPL	runtime.writeBarrier(SB), $0
    9d        00157 (closure_capture_ref.go:14)	PCDATA	$0, $-2
    9d        00157 (closure_capture_ref.go:14)	JNE	166
    9f        00159 (closure_capture_ref.go:14)	MOVQ	main.&x+40(SP), CX
    a4        00164 (closure_capture_ref.go:14)	JMP	179
    a6        00166 (closure_capture_ref.go:14)	CALL	runtime.gcWriteBarrier1(SB)
    ab        00171 (closure_capture_ref.go:14)	MOVQ	main.&x+40(SP), CX
    b0        00176 (closure_capture_ref.go:14)	MOVQ	CX, (R11)
    b3        00179 (closure_capture_ref.go:14)	MOVQ	CX, 8(AX)
    b7        00183 (closure_capture_ref.go:15)	PCDATA	$0, $-1
    b7        00183 (closure_capture_ref.go:15)	MOVQ	AX, BX
    ba        00186 (closure_capture_ref.go:15)	MOVQ	main..autotmp_8+32(SP), AX
    bf        00191 (closure_capture_ref.go:15)	ADDQ	$48, SP
    c3        00195 (closure_capture_ref.go:15)	POPQ	BP
    c4        00196 (closure_capture_ref.go:15)	RET
    c5        00197 (closure_capture_ref.go:15)	NOP
    c5        00197 (closure_capture_ref.go:11)	PCDATA	$1, $-1
    c5        00197 (closure_capture_ref.go:11)	PCDATA	$0, $-2
    c5        00197 (closure_capture_ref.go:11)	CALL	runtime.morestack_noctxt(SB)
    ca        00202 (closure_capture_ref.go:11)	PCDATA	$0, $-1
    ca        00202 (closure_capture_ref.go:11)	JMP	0
    cf done
wrote 4 bytes to 0x0
 00 cf 01 00
funcpctab main.makePair.func2 [valfunc=pctoinline]
     0     -1 00000 (closure_capture_ref.go:14)	TEXT	main.makePair.func2(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-8
     0        00000 (closure_capture_ref.go:14)	TEXT	main.makePair.func2(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-8
     0        00000 (closure_capture_ref.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_capture_ref.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_capture_ref.go:14)	FUNCDATA	$5, main.makePair.func2.arginfo1(SB)
     0        00000 (closure_capture_ref.go:14)	FUNCDATA	$6, main.makePair.func2.argliveinfo(SB)
     0        00000 (closure_capture_ref.go:14)	PCDATA	$3, $1
     0     -1 00000 (closure_capture_ref.go:14)	MOVQ	8(DX), CX
     4        00004 (closure_capture_ref.go:14)	MOVQ	AX, (CX)
     7        00007 (closure_capture_ref.go:14)	RET
     8 done
wrote 3 bytes to 0x0
 00 08 00
funcpctab main.makePair.func1 [valfunc=pctoinline]
     0     -1 00000 (closure_capture_ref.go:13)	TEXT	main.makePair.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_capture_ref.go:13)	TEXT	main.makePair.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_capture_ref.go:13)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_capture_ref.go:13)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (closure_capture_ref.go:13)	MOVQ	8(DX), CX
     4        00004 (closure_capture_ref.go:13)	MOVQ	(CX), AX
     7        00007 (closure_capture_ref.go:13)	RET
     8 done
wrote 3 bytes to 0x0
 00 08 00
funcpctab main.apply [valfunc=pctoinline]
     0     -1 00000 (closure_capture_ref.go:4)	TEXT	main.apply(SB), ABIInternal, $24-16
     0        00000 (closure_capture_ref.go:4)	TEXT	main.apply(SB), ABIInternal, $24-16
     0     -1 00000 (closure_capture_ref.go:4)	CMPQ	SP, 16(R14)
     4        00004 (closure_capture_ref.go:4)	PCDATA	$0, $-2
     4        00004 (closure_capture_ref.go:4)	JLS	75
     6        00006 (closure_capture_ref.go:4)	PCDATA	$0, $-1
     6        00006 (closure_capture_ref.go:4)	PUSHQ	BP
     7        00007 (closure_capture_ref.go:4)	MOVQ	SP, BP
     a        00010 (closure_capture_ref.go:4)	SUBQ	$16, SP
     e        00014 (closure_capture_ref.go:4)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (closure_capture_ref.go:4)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (closure_capture_ref.go:4)	FUNCDATA	$5, main.apply.arginfo1(SB)
     e        00014 (closure_capture_ref.go:4)	FUNCDATA	$6, main.apply.argliveinfo(SB)
     e        00014 (closure_capture_ref.go:4)	PCDATA	$3, $1
     e        00014 (closure_capture_ref.go:5)	MOVQ	AX, main.f+32(SP)
    13        00019 (closure_capture_ref.go:5)	MOVQ	BX, main.n+40(SP)
    18        00024 (closure_capture_ref.go:5)	PCDATA	$3, $-1
    18        00024 (closure_capture_ref.go:5)	XORL	CX, CX
    1a        00026 (closure_capture_ref.go:5)	JMP	64
    1c        00028 (closure_capture_ref.go:5)	MOVQ	CX, main.i+8(SP)
    21        00033 (closure_capture_ref.go:6)	MOVQ	(AX), BX
    24        00036 (closure_capture_ref.go:6)	MOVQ	AX, DX
    27        00039 (closure_capture_ref.go:6)	MOVQ	CX, AX
    2a        00042 (closure_capture_ref.go:6)	PCDATA	$1, $0
    2a        00042 (closure_capture_ref.go:6)	CALL	BX
    2c        00044 (closure_capture_ref.go:5)	MOVQ	main.i+8(SP), CX
    31        00049 (closure_capture_ref.go:5)	INCQ	CX
    34        00052 (closure_capture_ref.go:6)	MOVQ	main.f+32(SP), AX
    39        00057 (closure_capture_ref.go:5)	MOVQ	main.n+40(SP), BX
    3e        00062 (closure_capture_ref.go:5)	NOP
    40        00064 (closure_capture_ref.go:5)	CMPQ	BX, CX
    43        00067 (closure_capture_ref.go:5)	JGT	28
    45        00069 (closure_capture_ref.go:8)	ADDQ	$16, SP
    49        00073 (closure_capture_ref.go:8)	POPQ	BP
    4a        00074 (closure_capture_ref.go:8)	RET
    4b        00075 (closure_capture_ref.go:8)	NOP
    4b        00075 (closure_capture_ref.go:4)	PCDATA	$1, $-1
    4b        00075 (closure_capture_ref.go:4)	PCDATA	$0, $-2
    4b        00075 (closure_capture_ref.go:4)	MOVQ	AX, 8(SP)
    50        00080 (closure_capture_ref.go:4)	MOVQ	BX, 16(SP)
    55        00085 (closure_capture_ref.go:4)	CALL	runtime.morestack_noctxt(SB)
    5a        00090 (closure_capture_ref.go:4)	PCDATA	$0, $-1
    5a        00090 (closure_capture_ref.go:4)	MOVQ	8(SP), AX
    5f        00095 (closure_capture_ref.go:4)	MOVQ	16(SP), BX
    64        00100 (closure_capture_ref.go:4)	JMP	0
    66 done
wrote 3 bytes to 0x0
 00 66 00
main.main.func1 STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
main.main.func2 STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
main.main.func3 STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
main.main.func4 STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
main.apply STEXT size=102 align=0x0 args=0x10 locals=0x18 funcid=0x0
	0x0000 00000 (closure_capture_ref.go:4)	TEXT	main.apply(SB), ABIInternal, $24-16
	0x0000 00000 (closure_capture_ref.go:4)	CMPQ	SP, 16(R14)
	0x0004 00004 (closure_capture_ref.go:4)	PCDATA	$0, $-2
	0x0004 00004 (closure_capture_ref.go:4)	JLS	75
	0x0006 00006 (closure_capture_ref.go:4)	PCDATA	$0, $-1
	0x0006 00006 (closure_capture_ref.go:4)	PUSHQ	BP
	0x0007 00007 (closure_capture_ref.go:4)	MOVQ	SP, BP
	0x000a 00010 (closure_capture_ref.go:4)	SUBQ	$16, SP
	0x000e 00014 (closure_capture_ref.go:4)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (closure_capture_ref.go:4)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (closure_capture_ref.go:4)	FUNCDATA	$5, main.apply.arginfo1(SB)
	0x000e 00014 (closure_capture_ref.go:4)	FUNCDATA	$6, main.apply.argliveinfo(SB)
	0x000e 00014 (closure_capture_ref.go:4)	PCDATA	$3, $1
	0x000e 00014 (closure_capture_ref.go:5)	MOVQ	AX, main.f+32(SP)
	0x0013 00019 (closure_capture_ref.go:5)	MOVQ	BX, main.n+40(SP)
	0x0018 00024 (closure_capture_ref.go:5)	PCDATA	$3, $-1
	0x0018 00024 (closure_capture_ref.go:5)	XORL	CX, CX
	0x001a 00026 (closure_capture_ref.go:5)	JMP	64
	0x001c 00028 (closure_capture_ref.go:5)	MOVQ	CX, main.i+8(SP)
	0x0021 00033 (closure_capture_ref.go:6)	MOVQ	(AX), BX
	0x0024 00036 (closure_capture_ref.go:6)	MOVQ	AX, DX
	0x0027 00039 (closure_capture_ref.go:6)	MOVQ	CX, AX
	0x002a 00042 (closure_capture_ref.go:6)	PCDATA	$1, $0
	0x002a 00042 (closure_capture_ref.go:6)	CALL	BX
	0x002c 00044 (closure_capture_ref.go:5)	MOVQ	main.i+8(SP), CX
	0x0031 00049 (closure_capture_ref.go:5)	INCQ	CX
	0x0034 00052 (closure_capture_ref.go:6)	MOVQ	main.f+32(SP), AX
	0x0039 00057 (closure_capture_ref.go:5)	MOVQ	main.n+40(SP), BX
	0x003e 00062 (closure_capture_ref.go:5)	NOP
	0x0040 00064 (closure_capture_ref.go:5)	CMPQ	BX, CX
	0x0043 00067 (closure_capture_ref.go:5)	JGT	28
	0x0045 00069 (closure_capture_ref.go:8)	ADDQ	$16, SP
	0x0049 00073 (closure_capture_ref.go:8)	POPQ	BP
	0x004a 00074 (closure_capture_ref.go:8)	RET
	0x004b 00075 (closure_capture_ref.go:8)	NOP
	0x004b 00075 (closure_capture_ref.go:4)	PCDATA	$1, $-1
	0x004b 00075 (closure_capture_ref.go:4)	PCDATA	$0, $-2
	0x004b 00075 (closure_capture_ref.go:4)	MOVQ	AX, 8(SP)
	0x0050 00080 (closure_capture_ref.go:4)	MOVQ	BX, 16(SP)
	0x0055 00085 (closure_capture_ref.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x005a 00090 (closure_capture_ref.go:4)	PCDATA	$0, $-1
	0x005a 00090 (closure_capture_ref.go:4)	MOVQ	8(SP), AX
	0x005f 00095 (closure_capture_ref.go:4)	MOVQ	16(SP), BX
	0x0064 00100 (closure_capture_ref.go:4)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 10 48 89  I;f.vEUH..H...H.
	0x0010 44 24 20 48 89 5c 24 28 31 c9 eb 24 48 89 4c 24  D$ H.\$(1..$H.L$
	0x0020 08 48 8b 18 48 89 c2 48 89 c8 ff d3 48 8b 4c 24  .H..H..H....H.L$
	0x0030 08 48 ff c1 48 8b 44 24 20 48 8b 5c 24 28 66 90  .H..H.D$ H.\$(f.
	0x0040 48 39 cb 7f d7 48 83 c4 10 5d c3 48 89 44 24 08  H9...H...].H.D$.
	0x0050 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24 08 48  H.\$......H.D$.H
	0x0060 8b 5c 24 10 eb 9a                                .\$...
	rel 42+0 t=R_CALLIND +0
	rel 86+4 t=R_CALL runtime.morestack_noctxt+0
main.makePair STEXT size=207 align=0x0 args=0x0 locals=0x38 funcid=0x0
	0x0000 00000 (closure_capture_ref.go:11)	TEXT	main.makePair(SB), ABIInternal, $56-0
	0x0000 00000 (closure_capture_ref.go:11)	CMPQ	SP, 16(R14)
	0x0004 00004 (closure_capture_ref.go:11)	PCDATA	$0, $-2
	0x0004 00004 (closure_capture_ref.go:11)	JLS	197
	0x000a 00010 (closure_capture_ref.go:11)	PCDATA	$0, $-1
	0x000a 00010 (closure_capture_ref.go:11)	PUSHQ	BP
	0x000b 00011 (closure_capture_ref.go:11)	MOVQ	SP, BP
	0x000e 00014 (closure_capture_ref.go:11)	SUBQ	$48, SP
	0x0012 00018 (closure_capture_ref.go:11)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (closure_capture_ref.go:11)	FUNCDATA	$1, gclocals·sfOxBcdnNBiCaiOXpthwPg==(SB)
	0x0012 00018 (closure_capture_ref.go:12)	LEAQ	type:int(SB), AX
	0x0019 00025 (closure_capture_ref.go:12)	PCDATA	$1, $0
	0x0019 00025 (closure_capture_ref.go:12)	CALL	runtime.newobject(SB)
	0x001e 00030 (closure_capture_ref.go:12)	MOVQ	AX, main.&x+40(SP)
	0x0023 00035 (closure_capture_ref.go:12)	MOVQ	$10, (AX)
	0x002a 00042 (closure_capture_ref.go:13)	MOVL	$16, AX
	0x002f 00047 (closure_capture_ref.go:13)	LEAQ	type:noalg.struct { F uintptr; X0 *int }(SB), BX
	0x0036 00054 (closure_capture_ref.go:13)	MOVL	$1, CX
	0x003b 00059 (closure_capture_ref.go:13)	PCDATA	$1, $1
	0x003b 00059 (closure_capture_ref.go:13)	NOP
	0x0040 00064 (closure_capture_ref.go:13)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x0045 00069 (closure_capture_ref.go:13)	LEAQ	main.makePair.func1(SB), CX
	0x004c 00076 (closure_capture_ref.go:13)	MOVQ	CX, (AX)
	0x004f 00079 (closure_capture_ref.go:13)	CMPL	runtime.writeBarrier(SB), $0
	0x0056 00086 (closure_capture_ref.go:13)	PCDATA	$0, $-2
	0x0056 00086 (closure_capture_ref.go:13)	JNE	96
	0x0058 00088 (closure_capture_ref.go:13)	MOVQ	main.&x+40(SP), DX
	0x005d 00093 (closure_capture_ref.go:13)	JMP	109
	0x005f 00095 (closure_capture_ref.go:13)	NOP
	0x0060 00096 (closure_capture_ref.go:13)	CALL	runtime.gcWriteBarrier1(SB)
	0x0065 00101 (closure_capture_ref.go:13)	MOVQ	main.&x+40(SP), DX
	0x006a 00106 (closure_capture_ref.go:13)	MOVQ	DX, (R11)
	0x006d 00109 (closure_capture_ref.go:13)	MOVQ	AX, main..autotmp_8+32(SP)
	0x0072 00114 (closure_capture_ref.go:13)	MOVQ	DX, 8(AX)
	0x0076 00118 (closure_capture_ref.go:14)	PCDATA	$0, $-1
	0x0076 00118 (closure_capture_ref.go:14)	MOVL	$16, AX
	0x007b 00123 (closure_capture_ref.go:14)	LEAQ	type:noalg.struct { F uintptr; X0 *int }(SB), BX
	0x0082 00130 (closure_capture_ref.go:14)	MOVL	$1, CX
	0x0087 00135 (closure_capture_ref.go:14)	PCDATA	$1, $2
	0x0087 00135 (closure_capture_ref.go:14)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x008c 00140 (closure_capture_ref.go:14)	LEAQ	main.makePair.func2(SB), DX
	0x0093 00147 (closure_capture_ref.go:14)	MOVQ	DX, (AX)
	0x0096 00150 (closure_capture_ref.go:14)	CMPL	runtime.writeBarrier(SB), $0
	0x009d 00157 (closure_capture_ref.go:14)	PCDATA	$0, $-2
	0x009d 00157 (closure_capture_ref.go:14)	JNE	166
	0x009f 00159 (closure_capture_ref.go:14)	MOVQ	main.&x+40(SP), CX
	0x00a4 00164 (closure_capture_ref.go:14)	JMP	179
	0x00a6 00166 (closure_capture_ref.go:14)	CALL	runtime.gcWriteBarrier1(SB)
	0x00ab 00171 (closure_capture_ref.go:14)	MOVQ	main.&x+40(SP), CX
	0x00b0 00176 (closure_capture_ref.go:14)	MOVQ	CX, (R11)
	0x00b3 00179 (closure_capture_ref.go:14)	MOVQ	CX, 8(AX)
	0x00b7 00183 (closure_capture_ref.go:15)	PCDATA	$0, $-1
	0x00b7 00183 (closure_capture_ref.go:15)	MOVQ	AX, BX
	0x00ba 00186 (closure_capture_ref.go:15)	MOVQ	main..autotmp_8+32(SP), AX
	0x00bf 00191 (closure_capture_ref.go:15)	ADDQ	$48, SP
	0x00c3 00195 (closure_capture_ref.go:15)	POPQ	BP
	0x00c4 00196 (closure_capture_ref.go:15)	RET
	0x00c5 00197 (closure_capture_ref.go:15)	NOP
	0x00c5 00197 (closure_capture_ref.go:11)	PCDATA	$1, $-1
	0x00c5 00197 (closure_capture_ref.go:11)	PCDATA	$0, $-2
	0x00c5 00197 (closure_capture_ref.go:11)	CALL	runtime.morestack_noctxt(SB)
	0x00ca 00202 (closure_capture_ref.go:11)	PCDATA	$0, $-1
	0x00ca 00202 (closure_capture_ref.go:11)	JMP	0
	0x0000 49 3b 66 10 0f 86 bb 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 30 48 8d 05 00 00 00 00 e8 00 00 00 00 48 89  .0H...........H.
	0x0020 44 24 28 48 c7 00 0a 00 00 00 b8 10 00 00 00 48  D$(H...........H
	0x0030 8d 1d 00 00 00 00 b9 01 00 00 00 0f 1f 44 00 00  .............D..
	0x0040 e8 00 00 00 00 48 8d 0d 00 00 00 00 48 89 08 83  .....H......H...
	0x0050 3d 00 00 00 00 00 75 08 48 8b 54 24 28 eb 0e 90  =.....u.H.T$(...
	0x0060 e8 00 00 00 00 48 8b 54 24 28 49 89 13 48 89 44  .....H.T$(I..H.D
	0x0070 24 20 48 89 50 08 b8 10 00 00 00 48 8d 1d 00 00  $ H.P......H....
	0x0080 00 00 b9 01 00 00 00 e8 00 00 00 00 48 8d 15 00  ............H...
	0x0090 00 00 00 48 89 10 83 3d 00 00 00 00 00 75 07 48  ...H...=.....u.H
	0x00a0 8b 4c 24 28 eb 0d e8 00 00 00 00 48 8b 4c 24 28  .L$(.......H.L$(
	0x00b0 49 89 0b 48 89 48 08 48 89 c3 48 8b 44 24 20 48  I..H.H.H..H.D$ H
	0x00c0 83 c4 30 5d c3 e8 00 00 00 00 e9 31 ff ff ff     ..0].......1...
	rel 21+4 t=R_PCREL type:int+0
	rel 26+4 t=R_CALL runtime.newobject+0
	rel 50+4 t=R_PCREL type:noalg.struct { F uintptr; X0 *int }+0
	rel 65+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC2+0
	rel 72+4 t=R_PCREL main.makePair.func1+0
	rel 81+4 t=R_PCREL runtime.writeBarrier+-1
	rel 97+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 126+4 t=R_PCREL type:noalg.struct { F uintptr; X0 *int }+0
	rel 136+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC2+0
	rel 143+4 t=R_PCREL main.makePair.func2+0
	rel 152+4 t=R_PCREL runtime.writeBarrier+-1
	rel 167+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 198+4 t=R_CALL runtime.morestack_noctxt+0
main.makePair.func2 STEXT nosplit size=8 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (closure_capture_ref.go:14)	TEXT	main.makePair.func2(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (closure_capture_ref.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_capture_ref.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_capture_ref.go:14)	FUNCDATA	$5, main.makePair.func2.arginfo1(SB)
	0x0000 00000 (closure_capture_ref.go:14)	FUNCDATA	$6, main.makePair.func2.argliveinfo(SB)
	0x0000 00000 (closure_capture_ref.go:14)	PCDATA	$3, $1
	0x0000 00000 (closure_capture_ref.go:14)	MOVQ	8(DX), CX
	0x0004 00004 (closure_capture_ref.go:14)	MOVQ	AX, (CX)
	0x0007 00007 (closure_capture_ref.go:14)	RET
	0x0000 48 8b 4a 08 48 89 01 c3                          H.J.H...
main.makePair.func1 STEXT nosplit size=8 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (closure_capture_ref.go:13)	TEXT	main.makePair.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (closure_capture_ref.go:13)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_capture_ref.go:13)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_capture_ref.go:13)	MOVQ	8(DX), CX
	0x0004 00004 (closure_capture_ref.go:13)	MOVQ	(CX), AX
	0x0007 00007 (closure_capture_ref.go:13)	RET
	0x0000 48 8b 4a 08 48 8b 01 c3                          H.J.H...
main.main STEXT size=590 align=0x0 args=0x0 locals=0x88 funcid=0x0
	0x0000 00000 (closure_capture_ref.go:18)	TEXT	main.main(SB), ABIInternal, $136-0
	0x0000 00000 (closure_capture_ref.go:18)	LEAQ	-8(SP), R12
	0x0005 00005 (closure_capture_ref.go:18)	CMPQ	R12, 16(R14)
	0x0009 00009 (closure_capture_ref.go:18)	PCDATA	$0, $-2
	0x0009 00009 (closure_capture_ref.go:18)	JLS	580
	0x000f 00015 (closure_capture_ref.go:18)	PCDATA	$0, $-1
	0x000f 00015 (closure_capture_ref.go:18)	PUSHQ	BP
	0x0010 00016 (closure_capture_ref.go:18)	MOVQ	SP, BP
	0x0013 00019 (closure_capture_ref.go:18)	ADDQ	$-128, SP
	0x0017 00023 (closure_capture_ref.go:18)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
	0x0017 00023 (closure_capture_ref.go:18)	FUNCDATA	$1, gclocals·D9Qmc+UcnKZFuEzcOXqthg==(SB)
	0x0017 00023 (closure_capture_ref.go:20)	XCHGL	AX, AX
	0x0018 00024 (closure_capture_ref.go:5)	XORL	AX, AX
	0x001a 00026 (closure_capture_ref.go:5)	XORL	CX, CX
	0x001c 00028 (closure_capture_ref.go:5)	JMP	37
	0x001e 00030 (closure_capture_ref.go:6)	XCHGL	AX, AX
	0x001f 00031 (closure_capture_ref.go:20)	ADDQ	AX, CX
	0x0022 00034 (closure_capture_ref.go:5)	INCQ	AX
	0x0025 00037 (closure_capture_ref.go:5)	CMPQ	AX, $10
	0x0029 00041 (closure_capture_ref.go:5)	JLT	30
	0x002b 00043 (closure_capture_ref.go:5)	MOVQ	CX, main.sum+40(SP)
	0x0030 00048 (closure_capture_ref.go:21)	PCDATA	$1, $0
	0x0030 00048 (closure_capture_ref.go:21)	CALL	runtime.printlock(SB)
	0x0035 00053 (closure_capture_ref.go:21)	LEAQ	go:string."sum "(SB), AX
	0x003c 00060 (closure_capture_ref.go:21)	MOVL	$4, BX
	0x0041 00065 (closure_capture_ref.go:21)	CALL	runtime.printstring(SB)
	0x0046 00070 (closure_capture_ref.go:21)	MOVQ	main.sum+40(SP), AX
	0x004b 00075 (closure_capture_ref.go:21)	CALL	runtime.printint(SB)
	0x0050 00080 (closure_capture_ref.go:21)	CALL	runtime.printnl(SB)
	0x0055 00085 (closure_capture_ref.go:21)	CALL	runtime.printunlock(SB)
	0x005a 00090 (closure_capture_ref.go:27)	CALL	runtime.printlock(SB)
	0x005f 00095 (closure_capture_ref.go:27)	LEAQ	go:string."x after two incs "(SB), AX
	0x0066 00102 (closure_capture_ref.go:27)	MOVL	$17, BX
	0x006b 00107 (closure_capture_ref.go:27)	CALL	runtime.printstring(SB)
	0x0070 00112 (closure_capture_ref.go:27)	MOVL	$3, AX
	0x0075 00117 (closure_capture_ref.go:27)	CALL	runtime.printint(SB)
	0x007a 00122 (closure_capture_ref.go:27)	CALL	runtime.printnl(SB)
	0x007f 00127 (closure_capture_ref.go:27)	NOP
	0x0080 00128 (closure_capture_ref.go:27)	CALL	runtime.printunlock(SB)
	0x0085 00133 (closure_capture_ref.go:29)	XCHGL	AX, AX
	0x0086 00134 (closure_capture_ref.go:30)	CALL	runtime.printlock(SB)
	0x008b 00139 (closure_capture_ref.go:30)	LEAQ	go:string."x after reset and inc "(SB), AX
	0x0092 00146 (closure_capture_ref.go:30)	MOVL	$22, BX
	0x0097 00151 (closure_capture_ref.go:30)	CALL	runtime.printstring(SB)
	0x009c 00156 (closure_capture_ref.go:30)	MOVL	$101, AX
	0x00a1 00161 (closure_capture_ref.go:30)	CALL	runtime.printint(SB)
	0x00a6 00166 (closure_capture_ref.go:30)	CALL	runtime.printnl(SB)
	0x00ab 00171 (closure_capture_ref.go:30)	CALL	runtime.printunlock(SB)
	0x00b0 00176 (closure_capture_ref.go:32)	CALL	main.makePair(SB)
	0x00b5 00181 (closure_capture_ref.go:32)	MOVQ	AX, main.get+120(SP)
	0x00ba 00186 (closure_capture_ref.go:32)	MOVQ	BX, main.set+104(SP)
	0x00bf 00191 (closure_capture_ref.go:33)	MOVQ	(AX), CX
	0x00c2 00194 (closure_capture_ref.go:33)	MOVQ	AX, DX
	0x00c5 00197 (closure_capture_ref.go:33)	PCDATA	$1, $1
	0x00c5 00197 (closure_capture_ref.go:33)	CALL	CX
	0x00c7 00199 (closure_capture_ref.go:33)	MOVQ	AX, main..autotmp_26+96(SP)
	0x00cc 00204 (closure_capture_ref.go:33)	CALL	runtime.printlock(SB)
	0x00d1 00209 (closure_capture_ref.go:33)	LEAQ	go:string."get "(SB), AX
	0x00d8 00216 (closure_capture_ref.go:33)	MOVL	$4, BX
	0x00dd 00221 (closure_capture_ref.go:33)	NOP
	0x00e0 00224 (closure_capture_ref.go:33)	CALL	runtime.printstring(SB)
	0x00e5 00229 (closure_capture_ref.go:33)	MOVQ	main..autotmp_26+96(SP), AX
	0x00ea 00234 (closure_capture_ref.go:33)	CALL	runtime.printint(SB)
	0x00ef 00239 (closure_capture_ref.go:33)	CALL	runtime.printnl(SB)
	0x00f4 00244 (closure_capture_ref.go:33)	CALL	runtime.printunlock(SB)
	0x00f9 00249 (closure_capture_ref.go:34)	MOVQ	main.set+104(SP), DX
	0x00fe 00254 (closure_capture_ref.go:34)	MOVQ	(DX), AX
	0x0101 00257 (closure_capture_ref.go:34)	MOVQ	AX, CX
	0x0104 00260 (closure_capture_ref.go:34)	MOVL	$42, AX
	0x0109 00265 (closure_capture_ref.go:34)	PCDATA	$1, $2
	0x0109 00265 (closure_capture_ref.go:34)	CALL	CX
	0x010b 00267 (closure_capture_ref.go:35)	MOVQ	main.get+120(SP), DX
	0x0110 00272 (closure_capture_ref.go:35)	MOVQ	(DX), AX
	0x0113 00275 (closure_capture_ref.go:35)	PCDATA	$1, $0
	0x0113 00275 (closure_capture_ref.go:35)	CALL	AX
	0x0115 00277 (closure_capture_ref.go:35)	MOVQ	AX, main..autotmp_26+96(SP)
	0x011a 00282 (closure_capture_ref.go:35)	CALL	runtime.printlock(SB)
	0x011f 00287 (closure_capture_ref.go:35)	LEAQ	go:string."get after set "(SB), AX
	0x0126 00294 (closure_capture_ref.go:35)	MOVL	$14, BX
	0x012b 00299 (closure_capture_ref.go:35)	CALL	runtime.printstring(SB)
	0x0130 00304 (closure_capture_ref.go:35)	MOVQ	main..autotmp_26+96(SP), AX
	0x0135 00309 (closure_capture_ref.go:35)	CALL	runtime.printint(SB)
	0x013a 00314 (closure_capture_ref.go:35)	CALL	runtime.printnl(SB)
	0x013f 00319 (closure_capture_ref.go:35)	NOP
	0x0140 00320 (closure_capture_ref.go:35)	CALL	runtime.printunlock(SB)
	0x0145 00325 (closure_capture_ref.go:39)	XCHGL	AX, AX
	0x0146 00326 (closure_capture_ref.go:38)	XORL	AX, AX
	0x0148 00328 (closure_capture_ref.go:38)	LEAQ	go:string."hello"(SB), BX
	0x014f 00335 (closure_capture_ref.go:38)	MOVL	$5, CX
	0x0154 00340 (closure_capture_ref.go:38)	LEAQ	go:string."!"(SB), DI
	0x015b 00347 (closure_capture_ref.go:38)	MOVL	$1, SI
	0x0160 00352 (closure_capture_ref.go:38)	CALL	runtime.concatstring2(SB)
	0x0165 00357 (closure_capture_ref.go:40)	XCHGL	AX, AX
	0x0166 00358 (closure_capture_ref.go:38)	MOVQ	BX, CX
	0x0169 00361 (closure_capture_ref.go:38)	LEAQ	go:string."!"(SB), DI
	0x0170 00368 (closure_capture_ref.go:38)	MOVL	$1, SI
	0x0175 00373 (closure_capture_ref.go:38)	MOVQ	AX, BX
	0x0178 00376 (closure_capture_ref.go:38)	XORL	AX, AX
	0x017a 00378 (closure_capture_ref.go:38)	CALL	runtime.concatstring2(SB)
	0x017f 00383 (closure_capture_ref.go:38)	MOVQ	AX, main.s.ptr+112(SP)
	0x0184 00388 (closure_capture_ref.go:38)	MOVQ	BX, main.s.len+48(SP)
	0x0189 00393 (closure_capture_ref.go:41)	PCDATA	$1, $3
	0x0189 00393 (closure_capture_ref.go:41)	CALL	runtime.printlock(SB)
	0x018e 00398 (closure_capture_ref.go:41)	MOVQ	main.s.ptr+112(SP), AX
	0x0193 00403 (closure_capture_ref.go:41)	MOVQ	main.s.len+48(SP), BX
	0x0198 00408 (closure_capture_ref.go:41)	PCDATA	$1, $0
	0x0198 00408 (closure_capture_ref.go:41)	CALL	runtime.printstring(SB)
	0x019d 00413 (closure_capture_ref.go:41)	NOP
	0x01a0 00416 (closure_capture_ref.go:41)	CALL	runtime.printnl(SB)
	0x01a5 00421 (closure_capture_ref.go:41)	CALL	runtime.printunlock(SB)
	0x01aa 00426 (closure_capture_ref.go:43)	MOVQ	$1, main.arr+56(SP)
	0x01b3 00435 (closure_capture_ref.go:43)	MOVQ	$2, main.arr+64(SP)
	0x01bc 00444 (closure_capture_ref.go:43)	MOVQ	$3, main.arr+72(SP)
	0x01c5 00453 (closure_capture_ref.go:49)	XCHGL	AX, AX
	0x01c6 00454 (closure_capture_ref.go:45)	XORL	AX, AX
	0x01c8 00456 (closure_capture_ref.go:45)	JMP	480
	0x01ca 00458 (closure_capture_ref.go:46)	MOVQ	main.arr+56(SP)(AX*8), CX
	0x01cf 00463 (closure_capture_ref.go:46)	ADDQ	CX, CX
	0x01d2 00466 (closure_capture_ref.go:46)	MOVQ	CX, main.arr+56(SP)(AX*8)
	0x01d7 00471 (closure_capture_ref.go:45)	INCQ	AX
	0x01da 00474 (closure_capture_ref.go:45)	NOP
	0x01e0 00480 (closure_capture_ref.go:45)	CMPQ	AX, $3
	0x01e4 00484 (closure_capture_ref.go:45)	JLT	458
	0x01e6 00486 (closure_capture_ref.go:50)	MOVQ	main.arr+56(SP), AX
	0x01eb 00491 (closure_capture_ref.go:50)	MOVQ	AX, main..autotmp_26+96(SP)
	0x01f0 00496 (closure_capture_ref.go:50)	MOVQ	main.arr+64(SP), AX
	0x01f5 00501 (closure_capture_ref.go:50)	MOVQ	AX, main..autotmp_27+88(SP)
	0x01fa 00506 (closure_capture_ref.go:50)	MOVQ	main.arr+72(SP), AX
	0x01ff 00511 (closure_capture_ref.go:50)	MOVQ	AX, main..autotmp_28+80(SP)
	0x0204 00516 (closure_capture_ref.go:50)	CALL	runtime.printlock(SB)
	0x0209 00521 (closure_capture_ref.go:50)	MOVQ	main..autotmp_26+96(SP), AX
	0x020e 00526 (closure_capture_ref.go:50)	CALL	runtime.printint(SB)
	0x0213 00531 (closure_capture_ref.go:50)	CALL	runtime.printsp(SB)
	0x0218 00536 (closure_capture_ref.go:50)	MOVQ	main..autotmp_27+88(SP), AX
	0x021d 00541 (closure_capture_ref.go:50)	NOP
	0x0220 00544 (closure_capture_ref.go:50)	CALL	runtime.printint(SB)
	0x0225 00549 (closure_capture_ref.go:50)	CALL	runtime.printsp(SB)
	0x022a 00554 (closure_capture_ref.go:50)	MOVQ	main..autotmp_28+80(SP), AX
	0x022f 00559 (closure_capture_ref.go:50)	CALL	runtime.printint(SB)
	0x0234 00564 (closure_capture_ref.go:50)	CALL	runtime.printnl(SB)
	0x0239 00569 (closure_capture_ref.go:50)	CALL	runtime.printunlock(SB)
	0x023e 00574 (closure_capture_ref.go:51)	SUBQ	$-128, SP
	0x0242 00578 (closure_capture_ref.go:51)	POPQ	BP
	0x0243 00579 (closure_capture_ref.go:51)	RET
	0x0244 00580 (closure_capture_ref.go:51)	NOP
	0x0244 00580 (closure_capture_ref.go:18)	PCDATA	$1, $-1
	0x0244 00580 (closure_capture_ref.go:18)	PCDATA	$0, $-2
	0x0244 00580 (closure_capture_ref.go:18)	CALL	runtime.morestack_noctxt(SB)
	0x0249 00585 (closure_capture_ref.go:18)	PCDATA	$0, $-1
	0x0249 00585 (closure_capture_ref.go:18)	JMP	0
	0x0000 4c 8d 64 24 f8 4d 3b 66 10 0f 86 35 02 00 00 55  L.d$.M;f...5...U
	0x0010 48 89 e5 48 83 c4 80 90 31 c0 31 c9 eb 07 90 48  H..H....1.1....H
	0x0020 01 c1 48 ff c0 48 83 f8 0a 7c f3 48 89 4c 24 28  ..H..H...|.H.L$(
	0x0030 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 04 00 00  .....H..........
	0x0040 00 e8 00 00 00 00 48 8b 44 24 28 e8 00 00 00 00  ......H.D$(.....
	0x0050 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0060 8d 05 00 00 00 00 bb 11 00 00 00 e8 00 00 00 00  ................
	0x0070 b8 03 00 00 00 e8 00 00 00 00 e8 00 00 00 00 90  ................
	0x0080 e8 00 00 00 00 90 e8 00 00 00 00 48 8d 05 00 00  ...........H....
	0x0090 00 00 bb 16 00 00 00 e8 00 00 00 00 b8 65 00 00  .............e..
	0x00a0 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00  ................
	0x00b0 e8 00 00 00 00 48 89 44 24 78 48 89 5c 24 68 48  .....H.D$xH.\$hH
	0x00c0 8b 08 48 89 c2 ff d1 48 89 44 24 60 e8 00 00 00  ..H....H.D$`....
	0x00d0 00 48 8d 05 00 00 00 00 bb 04 00 00 00 0f 1f 00  .H..............
	0x00e0 e8 00 00 00 00 48 8b 44 24 60 e8 00 00 00 00 e8  .....H.D$`......
	0x00f0 00 00 00 00 e8 00 00 00 00 48 8b 54 24 68 48 8b  .........H.T$hH.
	0x0100 02 48 89 c1 b8 2a 00 00 00 ff d1 48 8b 54 24 78  .H...*.....H.T$x
	0x0110 48 8b 02 ff d0 48 89 44 24 60 e8 00 00 00 00 48  H....H.D$`.....H
	0x0120 8d 05 00 00 00 00 bb 0e 00 00 00 e8 00 00 00 00  ................
	0x0130 48 8b 44 24 60 e8 00 00 00 00 e8 00 00 00 00 90  H.D$`...........
	0x0140 e8 00 00 00 00 90 31 c0 48 8d 1d 00 00 00 00 b9  ......1.H.......
	0x0150 05 00 00 00 48 8d 3d 00 00 00 00 be 01 00 00 00  ....H.=.........
	0x0160 e8 00 00 00 00 90 48 89 d9 48 8d 3d 00 00 00 00  ......H..H.=....
	0x0170 be 01 00 00 00 48 89 c3 31 c0 e8 00 00 00 00 48  .....H..1......H
	0x0180 89 44 24 70 48 89 5c 24 30 e8 00 00 00 00 48 8b  .D$pH.\$0.....H.
	0x0190 44 24 70 48 8b 5c 24 30 e8 00 00 00 00 0f 1f 00  D$pH.\$0........
	0x01a0 e8 00 00 00 00 e8 00 00 00 00 48 c7 44 24 38 01  ..........H.D$8.
	0x01b0 00 00 00 48 c7 44 24 40 02 00 00 00 48 c7 44 24  ...H.D$@....H.D$
	0x01c0 48 03 00 00 00 90 31 c0 eb 16 48 8b 4c c4 38 48  H.....1...H.L.8H
	0x01d0 01 c9 48 89 4c c4 38 48 ff c0 66 0f 1f 44 00 00  ..H.L.8H..f..D..
	0x01e0 48 83 f8 03 7c e4 48 8b 44 24 38 48 89 44 24 60  H...|.H.D$8H.D$`
	0x01f0 48 8b 44 24 40 48 89 44 24 58 48 8b 44 24 48 48  H.D$@H.D$XH.D$HH
	0x0200 89 44 24 50 e8 00 00 00 00 48 8b 44 24 60 e8 00  .D$P.....H.D$`..
	0x0210 00 00 00 e8 00 00 00 00 48 8b 44 24 58 0f 1f 00  ........H.D$X...
	0x0220 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 50 e8  ..........H.D$P.
	0x0230 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 83  ..............H.
	0x0240 ec 80 5d c3 e8 00 00 00 00 e9 b2 fd ff ff        ..]...........
	rel 49+4 t=R_CALL runtime.printlock+0
	rel 56+4 t=R_PCREL go:string."sum "+0
	rel 66+4 t=R_CALL runtime.printstring+0
	rel 76+4 t=R_CALL runtime.printint+0
	rel 81+4 t=R_CALL runtime.printnl+0
	rel 86+4 t=R_CALL runtime.printunlock+0
	rel 91+4 t=R_CALL runtime.printlock+0
	rel 98+4 t=R_PCREL go:string."x after two incs "+0
	rel 108+4 t=R_CALL runtime.printstring+0
	rel 118+4 t=R_CALL runtime.printint+0
	rel 123+4 t=R_CALL runtime.printnl+0
	rel 129+4 t=R_CALL runtime.printunlock+0
	rel 135+4 t=R_CALL runtime.printlock+0
	rel 142+4 t=R_PCREL go:string."x after reset and inc "+0
	rel 152+4 t=R_CALL runtime.printstring+0
	rel 162+4 t=R_CALL runtime.printint+0
	rel 167+4 t=R_CALL runtime.printnl+0
	rel 172+4 t=R_CALL runtime.printunlock+0
	rel 177+4 t=R_CALL main.makePair+0
	rel 197+0 t=R_CALLIND +0
	rel 205+4 t=R_CALL runtime.printlock+0
	rel 212+4 t=R_PCREL go:string."get "+0
	rel 225+4 t=R_CALL runtime.printstring+0
	rel 235+4 t=R_CALL runtime.printint+0
	rel 240+4 t=R_CALL runtime.printnl+0
	rel 245+4 t=R_CALL runtime.printunlock+0
	rel 265+0 t=R_CALLIND +0
	rel 275+0 t=R_CALLIND +0
	rel 283+4 t=R_CALL runtime.printlock+0
	rel 290+4 t=R_PCREL go:string."get after set "+0
	rel 300+4 t=R_CALL runtime.printstring+0
	rel 310+4 t=R_CALL runtime.printint+0
	rel 315+4 t=R_CALL runtime.printnl+0
	rel 321+4 t=R_CALL runtime.printunlock+0
	rel 331+4 t=R_PCREL go:string."hello"+0
	rel 343+4 t=R_PCREL go:string."!"+0
	rel 353+4 t=R_CALL runtime.concatstring2+0
	rel 364+4 t=R_PCREL go:string."!"+0
	rel 379+4 t=R_CALL runtime.concatstring2+0
	rel 394+4 t=R_CALL runtime.printlock+0
	rel 409+4 t=R_CALL runtime.printstring+0
	rel 417+4 t=R_CALL runtime.printnl+0
	rel 422+4 t=R_CALL runtime.printunlock+0
	rel 517+4 t=R_CALL runtime.printlock+0
	rel 527+4 t=R_CALL runtime.printint+0
	rel 532+4 t=R_CALL runtime.printsp+0
	rel 545+4 t=R_CALL runtime.printint+0
	rel 550+4 t=R_CALL runtime.printsp+0
	rel 560+4 t=R_CALL runtime.printint+0
	rel 565+4 t=R_CALL runtime.printnl+0
	rel 570+4 t=R_CALL runtime.printunlock+0
	rel 581+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.apply$abstract SDWARFABSFCN dupok size=40 align=0x0
	0x0000 05 6d 61 69 6e 2e 61 70 70 6c 79 00 01 04 01 22  .main.apply...."
	0x0010 66 00 00 00 00 00 00 22 6e 00 00 00 00 00 00 21  f......"n......!
	0x0020 69 00 05 00 00 00 00 00                          i.......
	rel 19+4 t=R_DWARFSECREF go:info.func(int)+0
	rel 27+4 t=R_DWARFSECREF go:info.int+0
	rel 35+4 t=R_DWARFSECREF go:info.int+0
go:info.main.main.func2$abstract SDWARFABSFCN dupok size=21 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2e 66 75 6e 63 32  .main.main.func2
	0x0010 00 01 18 01 00                                   .....
go:info.main.main.func3$abstract SDWARFABSFCN dupok size=21 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2e 66 75 6e 63 33  .main.main.func3
	0x0010 00 01 26 01 00                                   ..&..
go:info.main.main.func4$abstract SDWARFABSFCN dupok size=29 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2e 66 75 6e 63 34  .main.main.func4
	0x0010 00 01 2c 01 21 69 00 2d 00 00 00 00 00           ..,.!i.-.....
	rel 0+0 t=R_USETYPE type:int+0
	rel 24+4 t=R_DWARFSECREF go:info.int+0
go:info.main.main.func1$abstract SDWARFABSFCN dupok size=29 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2e 66 75 6e 63 31  .main.main.func1
	0x0010 00 01 14 01 22 69 00 00 00 00 00 00 00           ...."i.......
	rel 0+0 t=R_USETYPE type:int+0
	rel 24+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."sum" SRODATA dupok size=3 align=0x1
	0x0000 73 75 6d                                         sum
go:string."sum " SRODATA dupok size=4 align=0x1
	0x0000 73 75 6d 20                                      sum 
go:string."x after two incs" SRODATA dupok size=16 align=0x1
	0x0000 78 20 61 66 74 65 72 20 74 77 6f 20 69 6e 63 73  x after two incs
go:string."x after two incs " SRODATA dupok size=17 align=0x1
	0x0000 78 20 61 66 74 65 72 20 74 77 6f 20 69 6e 63 73  x after two incs
	0x0010 20                                                
go:string."x after reset and inc" SRODATA dupok size=21 align=0x1
	0x0000 78 20 61 66 74 65 72 20 72 65 73 65 74 20 61 6e  x after reset an
	0x0010 64 20 69 6e 63                                   d inc
go:string."x after reset and inc " SRODATA dupok size=22 align=0x1
	0x0000 78 20 61 66 74 65 72 20 72 65 73 65 74 20 61 6e  x after reset an
	0x0010 64 20 69 6e 63 20                                d inc 
go:string."get" SRODATA dupok size=3 align=0x1
	0x0000 67 65 74                                         get
go:string."get " SRODATA dupok size=4 align=0x1
	0x0000 67 65 74 20                                      get 
go:string."get after set" SRODATA dupok size=13 align=0x1
	0x0000 67 65 74 20 61 66 74 65 72 20 73 65 74           get after set
go:string."get after set " SRODATA dupok size=14 align=0x1
	0x0000 67 65 74 20 61 66 74 65 72 20 73 65 74 20        get after set 
go:string."hello" SRODATA dupok size=5 align=0x1
	0x0000 68 65 6c 6c 6f                                   hello
go:string."!" SRODATA dupok size=1 align=0x1
	0x0000 21                                               !
type:.eqfunc.M24 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*[3]int- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 5b 33 5d 69 6e 74                       ..*[3]int
type:*[3]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b7 3d 5f b8 28 08 08 16 00 00 00 00 00 00 00 00  .=_.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[3]int-+0
	rel 48+8 t=R_ADDR type:[3]int+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:[3]int SRODATA dupok size=72 align=0x8
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 15 fb 40 2d 0a 08 08 11 00 00 00 00 00 00 00 00  ..@-............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M24+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[3]int-+0
	rel 44+4 t=RelocType(-32763) type:*[3]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
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
type:.namedata.*struct { F uintptr; X0 *int }- SRODATA dupok size=32 align=0x1
	0x0000 00 1e 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  ..*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 2a 69 6e 74 20 7d  ntptr; X0 *int }
type:noalg.*struct { F uintptr; X0 *int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 70 c1 ac 1c 20 08 08 16 00 00 00 00 00 00 00 00  p... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *int }+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.F. SRODATA dupok size=3 align=0x1
	0x0000 01 01 46                                         ..F
type:.namedata.X0. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 30                                      ..X0
type:noalg.struct { F uintptr; X0 *int } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 79 19 0c e4 02 08 08 19 00 00 00 00 00 00 00 00  y...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 *int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:*int+0
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.apply.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.apply.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·sfOxBcdnNBiCaiOXpthwPg== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 00 02 03                 ...........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.makePair.func2.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.makePair.func2.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·D6AnjkNyRZzKYVnNXnHP7g== SRODATA dupok size=8 align=0x4
	0x0000 04 00 00 00 00 00 00 00                          ........
gclocals·D9Qmc+UcnKZFuEzcOXqthg== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 03 00 00 00 00 05 04 02              ............
