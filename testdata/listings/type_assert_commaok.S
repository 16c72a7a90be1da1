funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (type_assert_commaok.go:33)	TEXT	main.main(SB), ABIInternal, $88-0
     0        00000 (type_assert_commaok.go:33)	TEXT	main.main(SB), ABIInternal, $88-0
     0     -1 00000 (type_assert_commaok.go:33)	CMPQ	SP, 16(R14)
     4        00004 (type_assert_commaok.go:33)	PCDATA	$0, $-2
     4        00004 (type_assert_commaok.go:33)	JLS	645
     a        00010 (type_assert_commaok.go:33)	PCDATA	$0, $-1
     a        00010 (type_assert_commaok.go:33)	PUSHQ	BP
     b        00011 (type_assert_commaok.go:33)	MOVQ	SP, BP
     e        00014 (type_assert_commaok.go:33)	SUBQ	$80, SP
    12        00018 (type_assert_commaok.go:33)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
    12        00018 (type_assert_commaok.go:33)	FUNCDATA	$1, gclocals·jnNwpqrWtyGa2dunrvwUbA==(SB)
    12        00018 (type_assert_commaok.go:33)	FUNCDATA	$2, main.main.stkobj(SB)
    12        00018 (type_assert_commaok.go:34)	MOVL	$16, AX
    17        00023 (type_assert_commaok.go:34)	LEAQ	type:main.File(SB), BX
    1e        00030 (type_assert_commaok.go:34)	MOVL	$1, CX
    23        00035 (type_assert_commaok.go:34)	PCDATA	$1, $0
    23        00035 (type_assert_commaok.go:34)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
    28        00040 (type_assert_commaok.go:34)	MOVQ	$3, 8(AX)
    30        00048 (type_assert_commaok.go:34)	LEAQ	go:string."abc"(SB), DX
    37        00055 (type_assert_commaok.go:34)	MOVQ	DX, (AX)
    3a        00058 (type_assert_commaok.go:34)	MOVQ	AX, BX
    3d        00061 (type_assert_commaok.go:34)	LEAQ	go:itab.*main.File,main.Reader(SB), AX
    44        00068 (type_assert_commaok.go:34)	CALL	main.check(SB)
    49        00073 (type_assert_commaok.go:35)	LEAQ	go:itab.main.RO,main.Reader(SB), AX
    50        00080 (type_assert_commaok.go:35)	LEAQ	runtime.zerobase(SB), BX
    57        00087 (type_assert_commaok.go:35)	CALL	main.check(SB)
    5c        00092 (type_assert_commaok.go:35)	NOP
    60        00096 (type_assert_commaok.go:39)	CALL	runtime.printlock(SB)
    65        00101 (type_assert_commaok.go:39)	MOVL	$42, AX
    6a        00106 (type_assert_commaok.go:39)	CALL	runtime.printint(SB)
    6f        00111 (type_assert_commaok.go:39)	CALL	runtime.printsp(SB)
    74        00116 (type_assert_commaok.go:39)	MOVL	$1, AX
    79        00121 (type_assert_commaok.go:39)	CALL	runtime.printbool(SB)
    7e        00126 (type_assert_commaok.go:39)	NOP
    80        00128 (type_assert_commaok.go:39)	CALL	runtime.printnl(SB)
    85        00133 (type_assert_commaok.go:39)	CALL	runtime.printunlock(SB)
    8a        00138 (type_assert_commaok.go:41)	CALL	runtime.printlock(SB)
    8f        00143 (type_assert_commaok.go:41)	XORL	AX, AX
    91        00145 (type_assert_commaok.go:41)	CALL	runtime.printint(SB)
    96        00150 (type_assert_commaok.go:41)	CALL	runtime.printsp(SB)
    9b        00155 (type_assert_commaok.go:41)	XORL	AX, AX
    9d        00157 (type_assert_commaok.go:41)	NOP
    a0        00160 (type_assert_commaok.go:41)	CALL	runtime.printbool(SB)
    a5        00165 (type_assert_commaok.go:41)	CALL	runtime.printnl(SB)
    aa        00170 (type_assert_commaok.go:41)	CALL	runtime.printunlock(SB)
    af        00175 (type_assert_commaok.go:43)	CALL	runtime.printlock(SB)
    b4        00180 (type_assert_commaok.go:43)	XORL	AX, AX
    b6        00182 (type_assert_commaok.go:43)	CALL	runtime.printuint(SB)
    bb        00187 (type_assert_commaok.go:43)	NOP
    c0        00192 (type_assert_commaok.go:43)	CALL	runtime.printsp(SB)
    c5        00197 (type_assert_commaok.go:43)	XORL	AX, AX
    c7        00199 (type_assert_commaok.go:43)	CALL	runtime.printbool(SB)
    cc        00204 (type_assert_commaok.go:43)	CALL	runtime.printnl(SB)
    d1        00209 (type_assert_commaok.go:43)	CALL	runtime.printunlock(SB)
    d6        00214 (type_assert_commaok.go:47)	CALL	runtime.printlock(SB)
    db        00219 (type_assert_commaok.go:47)	LEAQ	go:string."nil to iface "(SB), AX
    e2        00226 (type_assert_commaok.go:47)	MOVL	$13, BX
    e7        00231 (type_assert_commaok.go:47)	CALL	runtime.printstring(SB)
    ec        00236 (type_assert_commaok.go:47)	XORL	AX, AX
    ee        00238 (type_assert_commaok.go:47)	CALL	runtime.printbool(SB)
    f3        00243 (type_assert_commaok.go:47)	CALL	runtime.printnl(SB)
    f8        00248 (type_assert_commaok.go:47)	CALL	runtime.printunlock(SB)
    fd        00253 (type_assert_commaok.go:47)	NOP
   100        00256 (type_assert_commaok.go:49)	CALL	runtime.printlock(SB)
   105        00261 (type_assert_commaok.go:49)	LEAQ	go:string."nil to int "(SB), AX
   10c        00268 (type_assert_commaok.go:49)	MOVL	$11, BX
   111        00273 (type_assert_commaok.go:49)	CALL	runtime.printstring(SB)
   116        00278 (type_assert_commaok.go:49)	XORL	AX, AX
   118        00280 (type_assert_commaok.go:49)	CALL	runtime.printbool(SB)
   11d        00285 (type_assert_commaok.go:49)	NOP
   120        00288 (type_assert_commaok.go:49)	CALL	runtime.printnl(SB)
   125        00293 (type_assert_commaok.go:49)	CALL	runtime.printunlock(SB)
   12a        00298 (type_assert_commaok.go:51)	MOVQ	$1, main..autotmp_35+72(SP)
   133        00307 (type_assert_commaok.go:51)	LEAQ	go:string."x"(SB), DX
   13a        00314 (type_assert_commaok.go:51)	MOVQ	DX, main..autotmp_35+64(SP)
   13f        00319 (type_assert_commaok.go:52)	MOVQ	main..typeAssert.2(SB), DX
   146        00326 (type_assert_commaok.go:52)	MOVQ	(DX), SI
   149        00329 (type_assert_commaok.go:52)	MOVL	go:itab.*main.File,main.ReadWriter+16(SB), DI
   14f        00335 (type_assert_commaok.go:52)	JMP	340
   151        00337 (type_assert_commaok.go:52)	MOVQ	R8, DI
   154        00340 (type_assert_commaok.go:52)	MOVQ	DI, R8
   157        00343 (type_assert_commaok.go:52)	ANDQ	SI, DI
   15a        00346 (type_assert_commaok.go:52)	SHLQ	$4, DI
   15e        00350 (type_assert_commaok.go:52)	MOVQ	8(DX)(DI*1), R9
   163        00355 (type_assert_commaok.go:52)	LEAQ	type:*main.File(SB), BX
   16a        00362 (type_assert_commaok.go:52)	CMPQ	R9, BX
   16d        00365 (type_assert_commaok.go:52)	JEQ	391
   16f        00367 (type_assert_commaok.go:52)	INCQ	R8
   172        00370 (type_assert_commaok.go:52)	TESTQ	R9, R9
   175        00373 (type_assert_commaok.go:52)	JNE	337
   177        00375 (type_assert_commaok.go:52)	LEAQ	main..typeAssert.2(SB), AX
   17e        00382 (type_assert_commaok.go:52)	PCDATA	$1, $1
   17e        00382 (type_assert_commaok.go:52)	NOP
   180        00384 (type_assert_commaok.go:52)	CALL	runtime.typeAssert(SB)
   185        00389 (type_assert_commaok.go:52)	JMP	396
   187        00391 (type_assert_commaok.go:52)	MOVQ	16(DX)(DI*1), AX
   18c        00396 (type_assert_commaok.go:53)	TESTQ	AX, AX
   18f        00399 (type_assert_commaok.go:53)	JEQ	424
   191        00401 (type_assert_commaok.go:53)	MOVQ	8(AX), BX
   195        00405 (type_assert_commaok.go:53)	MOVQ	main..typeAssert.3(SB), DX
   19c        00412 (type_assert_commaok.go:53)	MOVQ	(DX), R8
   19f        00415 (type_assert_commaok.go:53)	MOVL	16(AX), R9
   1a3        00419 (type_assert_commaok.go:53)	JMP	587
   1a8        00424 (type_assert_commaok.go:54)	TESTB	AL, (AX)
   1aa        00426 (type_assert_commaok.go:54)	LEAQ	go:itab.*main.File,main.ReadWriter(SB), DX
   1b1        00433 (type_assert_commaok.go:54)	CMPQ	AX, DX
   1b4        00436 (type_assert_commaok.go:54)	JNE	568
   1ba        00442 (type_assert_commaok.go:53)	MOVQ	AX, main..autotmp_55+56(SP)
   1bf      0 00447 (type_assert_commaok.go:54)	MOVQ	main..autotmp_35+64(SP), BX
   1c4        00452 (type_assert_commaok.go:54)	MOVQ	main..autotmp_35+72(SP), CX
   1c9        00457 (<unknown line number>)	NOP
   1c9        00457 (type_assert_commaok.go:54)	XORL	AX, AX
   1cb        00459 (type_assert_commaok.go:54)	LEAQ	go:string."yz"(SB), DI
   1d2        00466 (type_assert_commaok.go:54)	MOVL	$2, SI
   1d7        00471 (type_assert_commaok.go:54)	PCDATA	$1, $2
   1d7        00471 (type_assert_commaok.go:54)	CALL	runtime.concatstring2(SB)
   1dc        00476 (type_assert_commaok.go:54)	MOVQ	AX, main..autotmp_56+48(SP)
   1e1        00481 (type_assert_commaok.go:54)	MOVQ	BX, main..autotmp_57+40(SP)
   1e6        00486 (type_assert_commaok.go:54)	MOVQ	BX, main..autotmp_35+72(SP)
   1eb        00491 (type_assert_commaok.go:54)	MOVQ	AX, main..autotmp_35+64(SP)
   1f0        00496 (type_assert_commaok.go:54)	PCDATA	$1, $3
   1f0     -1 00496 (type_assert_commaok.go:54)	CALL	runtime.printlock(SB)
   1f5        00501 (type_assert_commaok.go:53)	MOVQ	main..autotmp_55+56(SP), DX
   1fa        00506 (type_assert_commaok.go:53)	TESTQ	DX, DX
   1fd        00509 (type_assert_commaok.go:53)	SETNE	AL
   200        00512 (type_assert_commaok.go:54)	PCDATA	$1, $4
   200        00512 (type_assert_commaok.go:54)	CALL	runtime.printbool(SB)
   205        00517 (type_assert_commaok.go:54)	CALL	runtime.printsp(SB)
   20a        00522 (type_assert_commaok.go:54)	MOVL	$2, AX
   20f        00527 (type_assert_commaok.go:54)	CALL	runtime.printint(SB)
   214        00532 (type_assert_commaok.go:54)	CALL	runtime.printsp(SB)
   219        00537 (type_assert_commaok.go:54)	MOVQ	main..autotmp_56+48(SP), AX
   21e        00542 (type_assert_commaok.go:54)	MOVQ	main..autotmp_57+40(SP), BX
   223        00547 (type_assert_commaok.go:54)	PCDATA	$1, $0
   223        00547 (type_assert_commaok.go:54)	CALL	runtime.printstring(SB)
   228        00552 (type_assert_commaok.go:54)	CALL	runtime.printnl(SB)
   22d        00557 (type_assert_commaok.go:54)	CALL	runtime.printunlock(SB)
   232        00562 (type_assert_commaok.go:55)	ADDQ	$80, SP
   236        00566 (type_assert_commaok.go:55)	POPQ	BP
   237        00567 (type_assert_commaok.go:55)	RET
   238        00568 (type_assert_commaok.go:54)	LEAQ	type:*main.File(SB), BX
   23f        00575 (type_assert_commaok.go:54)	LEAQ	type:main.ReadWriter(SB), CX
   246        00582 (type_assert_commaok.go:54)	CALL	runtime.panicdottypeI(SB)
   24b        00587 (type_assert_commaok.go:53)	MOVQ	R9, R10
   24e        00590 (type_assert_commaok.go:53)	ANDQ	R8, R9
   251        00593 (type_assert_commaok.go:53)	SHLQ	$4, R9
   255        00597 (type_assert_commaok.go:53)	MOVQ	8(DX)(R9*1), R11
   25a        00602 (type_assert_commaok.go:53)	CMPQ	R11, BX
   25d        00605 (type_assert_commaok.go:53)	JEQ	633
   25f        00607 (type_assert_commaok.go:53)	LEAQ	1(R10), R9
   263        00611 (type_assert_commaok.go:53)	TESTQ	R11, R11
   266        00614 (type_assert_commaok.go:53)	JNE	587
   268        00616 (type_assert_commaok.go:53)	LEAQ	main..typeAssert.3(SB), AX
   26f        00623 (type_assert_commaok.go:53)	PCDATA	$1, $1
   26f        00623 (type_assert_commaok.go:53)	CALL	runtime.typeAssert(SB)
   274        00628 (type_assert_commaok.go:53)	JMP	424
   279        00633 (type_assert_commaok.go:53)	MOVQ	16(DX)(R9*1), AX
   27e        00638 (type_assert_commaok.go:53)	NOP
   280        00640 (type_assert_commaok.go:53)	JMP	424
   285        00645 (type_assert_commaok.go:53)	NOP
   285        00645 (type_assert_commaok.go:33)	PCDATA	$1, $-1
   285        00645 (type_assert_commaok.go:33)	PCDATA	$0, $-2
   285        00645 (type_assert_commaok.go:33)	CALL	runtime.morestack_noctxt(SB)
   28a        00650 (type_assert_commaok.go:33)	PCDATA	$0, $-1
   28a        00650 (type_assert_commaok.go:33)	JMP	0
   28f done
wrote 9 bytes to 0x0
 00 bf 03 02 31 01 9f 01 00
-- inlining tree for main.main:
0 | -1 | main.(*File).Write (type_assert_commaok.go:54:24) pc=424
--
funcpctab main.check [valfunc=pctoinline]
     0     -1 00000 (type_assert_commaok.go:20)	TEXT	main.check(SB), ABIInternal, $72-16
     0        00000 (type_assert_commaok.go:20)	TEXT	main.check(SB), ABIInternal, $72-16
     0     -1 00000 (type_assert_commaok.go:20)	CMPQ	SP, 16(R14)
     4        00004 (type_assert_commaok.go:20)	PCDATA	$0, $-2
     4        00004 (type_assert_commaok.go:20)	JLS	517
     a        00010 (type_assert_commaok.go:20)	PCDATA	$0, $-1
     a        00010 (type_assert_commaok.go:20)	PUSHQ	BP
     b        00011 (type_assert_commaok.go:20)	MOVQ	SP, BP
     e        00014 (type_assert_commaok.go:20)	SUBQ	$64, SP
    12        00018 (type_assert_commaok.go:20)	FUNCDATA	$0, gclocals·Rlm/yV44EdyC9jEdjrHgIw==(SB)
    12        00018 (type_assert_commaok.go:20)	FUNCDATA	$1, gclocals·OSF3n1qP7lfO/chTuEQRdw==(SB)
    12        00018 (type_assert_commaok.go:20)	FUNCDATA	$5, main.check.arginfo1(SB)
    12        00018 (type_assert_commaok.go:20)	FUNCDATA	$6, main.check.argliveinfo(SB)
    12        00018 (type_assert_commaok.go:20)	PCDATA	$3, $1
    12        00018 (type_assert_commaok.go:21)	MOVQ	BX, main.r+88(SP)
    17        00023 (type_assert_commaok.go:21)	MOVQ	AX, main.r+80(SP)
    1c        00028 (type_assert_commaok.go:21)	PCDATA	$3, $-1
    1c        00028 (type_assert_commaok.go:21)	NOP
    20        00032 (type_assert_commaok.go:21)	TESTQ	AX, AX
    23        00035 (type_assert_commaok.go:21)	JEQ	60
    25        00037 (type_assert_commaok.go:21)	MOVQ	8(AX), DX
    29        00041 (type_assert_commaok.go:21)	MOVQ	main..typeAssert.0(SB), SI
    30        00048 (type_assert_commaok.go:21)	MOVQ	(SI), DI
    33        00051 (type_assert_commaok.go:21)	MOVL	16(AX), R8
    37        00055 (type_assert_commaok.go:21)	JMP	437
    3c        00060 (type_assert_commaok.go:21)	MOVQ	AX, CX
    3f        00063 (type_assert_commaok.go:21)	NOP
    40        00064 (type_assert_commaok.go:21)	TESTQ	AX, AX
    43        00067 (type_assert_commaok.go:21)	JEQ	185
    45        00069 (type_assert_commaok.go:22)	MOVQ	24(AX), DX
    49        00073 (type_assert_commaok.go:22)	MOVQ	BX, AX
    4c        00076 (type_assert_commaok.go:22)	LEAQ	go:string."+"(SB), BX
    53        00083 (type_assert_commaok.go:22)	MOVL	$1, CX
    58        00088 (type_assert_commaok.go:22)	PCDATA	$1, $0
    58        00088 (type_assert_commaok.go:22)	CALL	DX
    5a        00090 (type_assert_commaok.go:22)	MOVQ	AX, main.n+32(SP)
    5f        00095 (type_assert_commaok.go:23)	MOVQ	main.r+80(SP), DX
    64        00100 (type_assert_commaok.go:23)	MOVQ	24(DX), DX
    68        00104 (type_assert_commaok.go:23)	MOVQ	main.r+88(SP), AX
    6d        00109 (type_assert_commaok.go:23)	CALL	DX
    6f        00111 (type_assert_commaok.go:23)	MOVQ	AX, main..autotmp_20+56(SP)
    74        00116 (type_assert_commaok.go:23)	MOVQ	BX, main..autotmp_21+40(SP)
    79        00121 (type_assert_commaok.go:23)	PCDATA	$1, $1
    79        00121 (type_assert_commaok.go:23)	CALL	runtime.printlock(SB)
    7e        00126 (type_assert_commaok.go:23)	LEAQ	go:string."writer "(SB), AX
    85        00133 (type_assert_commaok.go:23)	MOVL	$7, BX
    8a        00138 (type_assert_commaok.go:23)	CALL	runtime.printstring(SB)
    8f        00143 (type_assert_commaok.go:23)	MOVQ	main.n+32(SP), AX
    94        00148 (type_assert_commaok.go:23)	CALL	runtime.printint(SB)
    99        00153 (type_assert_commaok.go:23)	CALL	runtime.printsp(SB)
    9e        00158 (type_assert_commaok.go:23)	MOVQ	main..autotmp_20+56(SP), AX
    a3        00163 (type_assert_commaok.go:23)	MOVQ	main..autotmp_21+40(SP), BX
    a8        00168 (type_assert_commaok.go:23)	PCDATA	$1, $0
    a8        00168 (type_assert_commaok.go:23)	CALL	runtime.printstring(SB)
    ad        00173 (type_assert_commaok.go:23)	CALL	runtime.printnl(SB)
    b2        00178 (type_assert_commaok.go:23)	CALL	runtime.printunlock(SB)
    b7        00183 (type_assert_commaok.go:23)	JMP	254
    b9        00185 (type_assert_commaok.go:25)	MOVQ	24(CX), CX
    bd        00189 (type_assert_commaok.go:25)	MOVQ	BX, AX
    c0        00192 (type_assert_commaok.go:25)	CALL	CX
    c2        00194 (type_assert_commaok.go:25)	MOVQ	AX, main..autotmp_20+56(SP)
    c7        00199 (type_assert_commaok.go:25)	MOVQ	BX, main..autotmp_21+40(SP)
    cc        00204 (type_assert_commaok.go:25)	PCDATA	$1, $1
    cc        00204 (type_assert_commaok.go:25)	CALL	runtime.printlock(SB)
    d1        00209 (type_assert_commaok.go:25)	LEAQ	go:string."not a writer "(SB), AX
    d8        00216 (type_assert_commaok.go:25)	MOVL	$13, BX
    dd        00221 (type_assert_commaok.go:25)	NOP
    e0        00224 (type_assert_commaok.go:25)	CALL	runtime.printstring(SB)
    e5        00229 (type_assert_commaok.go:25)	MOVQ	main..autotmp_20+56(SP), AX
    ea        00234 (type_assert_commaok.go:25)	MOVQ	main..autotmp_21+40(SP), BX
    ef        00239 (type_assert_commaok.go:25)	PCDATA	$1, $0
    ef        00239 (type_assert_commaok.go:25)	CALL	runtime.printstring(SB)
    f4        00244 (type_assert_commaok.go:25)	CALL	runtime.printnl(SB)
    f9        00249 (type_assert_commaok.go:25)	CALL	runtime.printunlock(SB)
    fe        00254 (type_assert_commaok.go:27)	MOVQ	main.r+80(SP), AX
   103        00259 (type_assert_commaok.go:27)	LEAQ	go:itab.*main.File,main.Reader(SB), CX
   10a        00266 (type_assert_commaok.go:27)	CMPQ	AX, CX
   10d        00269 (type_assert_commaok.go:27)	JNE	278
   10f        00271 (type_assert_commaok.go:27)	MOVQ	main.r+88(SP), CX
   114        00276 (type_assert_commaok.go:27)	JMP	280
   116        00278 (type_assert_commaok.go:27)	XORL	CX, CX
   118        00280 (type_assert_commaok.go:27)	MOVQ	CX, main.f+48(SP)
   11d        00285 (type_assert_commaok.go:28)	PCDATA	$1, $2
   11d        00285 (type_assert_commaok.go:28)	NOP
   120        00288 (type_assert_commaok.go:28)	CALL	runtime.printlock(SB)
   125        00293 (type_assert_commaok.go:27)	MOVQ	main.r+80(SP), AX
   12a        00298 (type_assert_commaok.go:27)	LEAQ	go:itab.*main.File,main.Reader(SB), CX
   131        00305 (type_assert_commaok.go:27)	CMPQ	AX, CX
   134        00308 (type_assert_commaok.go:27)	SETEQ	AL
   137        00311 (type_assert_commaok.go:27)	MOVB	AL, main.ok+31(SP)
   13b        00315 (type_assert_commaok.go:28)	LEAQ	go:string."is *File "(SB), AX
   142        00322 (type_assert_commaok.go:28)	MOVL	$9, BX
   147        00327 (type_assert_commaok.go:28)	CALL	runtime.printstring(SB)
   14c        00332 (type_assert_commaok.go:28)	MOVBLZX	main.ok+31(SP), AX
   151        00337 (type_assert_commaok.go:28)	CALL	runtime.printbool(SB)
   156        00342 (type_assert_commaok.go:28)	CALL	runtime.printsp(SB)
   15b        00347 (type_assert_commaok.go:28)	MOVQ	main.f+48(SP), AX
   160        00352 (type_assert_commaok.go:28)	TESTQ	AX, AX
   163        00355 (type_assert_commaok.go:28)	SETNE	AL
   166        00358 (type_assert_commaok.go:28)	PCDATA	$1, $0
   166        00358 (type_assert_commaok.go:28)	CALL	runtime.printbool(SB)
   16b        00363 (type_assert_commaok.go:28)	CALL	runtime.printnl(SB)
   170        00368 (type_assert_commaok.go:28)	CALL	runtime.printunlock(SB)
   175        00373 (type_assert_commaok.go:30)	CALL	runtime.printlock(SB)
   17a        00378 (type_assert_commaok.go:30)	LEAQ	go:string."is RO "(SB), AX
   181        00385 (type_assert_commaok.go:30)	MOVL	$6, BX
   186        00390 (type_assert_commaok.go:30)	CALL	runtime.printstring(SB)
   18b        00395 (type_assert_commaok.go:29)	MOVQ	main.r+80(SP), AX
   190        00400 (type_assert_commaok.go:29)	LEAQ	go:itab.main.RO,main.Reader(SB), CX
   197        00407 (type_assert_commaok.go:29)	CMPQ	AX, CX
   19a        00410 (type_assert_commaok.go:29)	SETEQ	AL
   19d        00413 (type_assert_commaok.go:30)	PCDATA	$1, $3
   19d        00413 (type_assert_commaok.go:30)	NOP
   1a0        00416 (type_assert_commaok.go:30)	CALL	runtime.printbool(SB)
   1a5        00421 (type_assert_commaok.go:30)	CALL	runtime.printnl(SB)
   1aa        00426 (type_assert_commaok.go:30)	CALL	runtime.printunlock(SB)
   1af        00431 (type_assert_commaok.go:31)	ADDQ	$64, SP
   1b3        00435 (type_assert_commaok.go:31)	POPQ	BP
   1b4        00436 (type_assert_commaok.go:31)	RET
   1b5        00437 (type_assert_commaok.go:21)	MOVQ	R8, R9
   1b8        00440 (type_assert_commaok.go:21)	ANDQ	DI, R8
   1bb        00443 (type_assert_commaok.go:21)	SHLQ	$4, R8
   1bf        00447 (type_assert_commaok.go:21)	MOVQ	8(R8)(SI*1), R10
   1c4        00452 (type_assert_commaok.go:21)	CMPQ	R10, DX
   1c7        00455 (type_assert_commaok.go:21)	JEQ	500
   1c9        00457 (type_assert_commaok.go:21)	LEAQ	1(R9), R8
   1cd        00461 (type_assert_commaok.go:21)	TESTQ	R10, R10
   1d0        00464 (type_assert_commaok.go:21)	JNE	437
   1d2        00466 (type_assert_commaok.go:21)	LEAQ	main..typeAssert.0(SB), AX
   1d9        00473 (type_assert_commaok.go:21)	MOVQ	DX, BX
   1dc        00476 (type_assert_commaok.go:21)	PCDATA	$1, $0
   1dc        00476 (type_assert_commaok.go:21)	NOP
   1e0        00480 (type_assert_commaok.go:21)	CALL	runtime.typeAssert(SB)
   1e5        00485 (type_assert_commaok.go:25)	MOVQ	main.r+80(SP), CX
   1ea        00490 (type_assert_commaok.go:25)	MOVQ	main.r+88(SP), BX
   1ef        00495 (type_assert_commaok.go:21)	JMP	64
   1f4        00500 (type_assert_commaok.go:21)	MOVQ	16(R8)(SI*1), DX
   1f9        00505 (type_assert_commaok.go:25)	MOVQ	AX, CX
   1fc        00508 (type_assert_commaok.go:21)	MOVQ	DX, AX
   1ff        00511 (type_assert_commaok.go:21)	NOP
   200        00512 (type_assert_commaok.go:21)	JMP	64
   205        00517 (type_assert_commaok.go:21)	NOP
   205        00517 (type_assert_commaok.go:20)	PCDATA	$1, $-1
   205        00517 (type_assert_commaok.go:20)	PCDATA	$0, $-2
   205        00517 (type_assert_commaok.go:20)	MOVQ	AX, 8(SP)
   20a        00522 (type_assert_commaok.go:20)	MOVQ	BX, 16(SP)
   20f        00527 (type_assert_commaok.go:20)	CALL	runtime.morestack_noctxt(SB)
   214        00532 (type_assert_commaok.go:20)	PCDATA	$0, $-1
   214        00532 (type_assert_commaok.go:20)	MOVQ	8(SP), AX
   219        00537 (type_assert_commaok.go:20)	MOVQ	16(SP), BX
   21e        00542 (type_assert_commaok.go:20)	NOP
   220        00544 (type_assert_commaok.go:20)	JMP	0
   225 done
wrote 4 bytes to 0x0
 00 a5 04 00
funcpctab main.(*RO).Read [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*RO).Read(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*RO).Read(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*RO).Read.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*RO).Read.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	23
     9        00009 (<autogenerated>:1)	LEAQ	go:string."ro"(SB), AX
    10        00016 (<autogenerated>:1)	MOVL	$2, BX
    15        00021 (<autogenerated>:1)	POPQ	BP
    16        00022 (<autogenerated>:1)	RET
    17        00023 (<autogenerated>:1)	PCDATA	$1, $1
    17        00023 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    1c        00028 (<autogenerated>:1)	XCHGL	AX, AX
    1d done
wrote 3 bytes to 0x0
 00 1d 00
funcpctab main.(*File).Write [valfunc=pctoinline]
     0     -1 00000 (type_assert_commaok.go:14)	TEXT	main.(*File).Write(SB), ABIInternal, $48-24
     0        00000 (type_assert_commaok.go:14)	TEXT	main.(*File).Write(SB), ABIInternal, $48-24
     0     -1 00000 (type_assert_commaok.go:14)	CMPQ	SP, 16(R14)
     4        00004 (type_assert_commaok.go:14)	PCDATA	$0, $-2
     4        00004 (type_assert_commaok.go:14)	JLS	102
     6        00006 (type_assert_commaok.go:14)	PCDATA	$0, $-1
     6        00006 (type_assert_commaok.go:14)	PUSHQ	BP
     7        00007 (type_assert_commaok.go:14)	MOVQ	SP, BP
     a        00010 (type_assert_commaok.go:14)	SUBQ	$40, SP
     e        00014 (type_assert_commaok.go:14)	MOVQ	BX, main.s+64(FP)
    13        00019 (type_assert_commaok.go:14)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
    13        00019 (type_assert_commaok.go:14)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    13        00019 (type_assert_commaok.go:14)	FUNCDATA	$5, main.(*File).Write.arginfo1(SB)
    13        00019 (type_assert_commaok.go:14)	FUNCDATA	$6, main.(*File).Write.argliveinfo(SB)
    13        00019 (type_assert_commaok.go:14)	PCDATA	$3, $1
    13        00019 (type_assert_commaok.go:14)	MOVQ	CX, main.s+72(SP)
    18        00024 (type_assert_commaok.go:14)	MOVQ	AX, main.f+56(SP)
    1d        00029 (type_assert_commaok.go:14)	PCDATA	$3, $2
    1d        00029 (type_assert_commaok.go:14)	MOVQ	(AX), DX
    20        00032 (type_assert_commaok.go:14)	MOVQ	8(AX), R8
    24        00036 (type_assert_commaok.go:14)	XORL	AX, AX
    26        00038 (type_assert_commaok.go:14)	MOVQ	BX, DI
    29        00041 (type_assert_commaok.go:14)	MOVQ	CX, SI
    2c        00044 (type_assert_commaok.go:14)	MOVQ	DX, BX
    2f        00047 (type_assert_commaok.go:14)	MOVQ	R8, CX
    32        00050 (type_assert_commaok.go:14)	PCDATA	$1, $0
    32        00050 (type_assert_commaok.go:14)	CALL	runtime.concatstring2(SB)
    37        00055 (type_assert_commaok.go:14)	MOVQ	main.f+56(SP), DX
    3c        00060 (type_assert_commaok.go:14)	MOVQ	BX, 8(DX)
    40        00064 (type_assert_commaok.go:14)	CMPL	runtime.writeBarrier(SB), $0
    47        00071 (type_assert_commaok.go:14)	PCDATA	$0, $-2
    47        00071 (type_assert_commaok.go:14)	JEQ	88
    49        00073 (type_assert_commaok.go:14)	MOVQ	(DX), CX
    4c        00076 (type_assert_commaok.go:14)	CALL	runtime.gcWriteBarrier2(SB)
    51        00081 (type_assert_commaok.go:14)	MOVQ	AX, (R11)
    54        00084 (type_assert_commaok.go:14)	MOVQ	CX, 8(R11)
    58        00088 (type_assert_commaok.go:14)	MOVQ	AX, (DX)
    5b        00091 (type_assert_commaok.go:14)	PCDATA	$0, $-1
    5b        00091 (type_assert_commaok.go:14)	MOVQ	main.s+72(SP), AX
    60        00096 (type_assert_commaok.go:14)	ADDQ	$40, SP
    64        00100 (type_assert_commaok.go:14)	POPQ	BP
    65        00101 (type_assert_commaok.go:14)	RET
    66        00102 (type_assert_commaok.go:14)	NOP
    66        00102 (type_assert_commaok.go:14)	PCDATA	$1, $-1
    66        00102 (type_assert_commaok.go:14)	PCDATA	$0, $-2
    66        00102 (type_assert_commaok.go:14)	MOVQ	AX, 8(SP)
    6b        00107 (type_assert_commaok.go:14)	MOVQ	BX, 16(SP)
    70        00112 (type_assert_commaok.go:14)	MOVQ	CX, 24(SP)
    75        00117 (type_assert_commaok.go:14)	CALL	runtime.morestack_noctxt(SB)
    7a        00122 (type_assert_commaok.go:14)	PCDATA	$0, $-1
    7a        00122 (type_assert_commaok.go:14)	MOVQ	8(SP), AX
    7f        00127 (type_assert_commaok.go:14)	MOVQ	16(SP), BX
    84        00132 (type_assert_commaok.go:14)	MOVQ	24(SP), CX
    89        00137 (type_assert_commaok.go:14)	JMP	0
    8e done
wrote 4 bytes to 0x0
 00 8e 01 00
funcpctab main.ReadWriter.Write [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.ReadWriter.Write(SB), DUPOK|WRAPPER|ABIInternal, $32-32
     0        00000 (<autogenerated>:1)	TEXT	main.ReadWriter.Write(SB), DUPOK|WRAPPER|ABIInternal, $32-32
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	50
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+40(FP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+48(FP)
    18        00024 (<autogenerated>:1)	MOVQ	CX, main.s+56(FP)
    1d        00029 (<autogenerated>:1)	FUNCDATA	$0, gclocals·jJUmT8EancinwDq7lB+tvg==(SB)
    1d        00029 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    1d        00029 (<autogenerated>:1)	FUNCDATA	$5, main.ReadWriter.Write.arginfo1(SB)
    1d        00029 (<autogenerated>:1)	FUNCDATA	$6, main.ReadWriter.Write.argliveinfo(SB)
    1d        00029 (<autogenerated>:1)	PCDATA	$3, $1
    1d        00029 (<autogenerated>:1)	MOVQ	32(AX), DX
    21        00033 (<autogenerated>:1)	MOVQ	BX, AX
    24        00036 (<autogenerated>:1)	MOVQ	CX, BX
    27        00039 (<autogenerated>:1)	MOVQ	DI, CX
    2a        00042 (<autogenerated>:1)	PCDATA	$1, $1
    2a        00042 (<autogenerated>:1)	CALL	DX
    2c        00044 (<autogenerated>:1)	ADDQ	$24, SP
    30        00048 (<autogenerated>:1)	POPQ	BP
    31        00049 (<autogenerated>:1)	RET
    32        00050 (<autogenerated>:1)	NOP
    32        00050 (<autogenerated>:1)	PCDATA	$1, $-1
    32        00050 (<autogenerated>:1)	PCDATA	$0, $-2
    32        00050 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    37        00055 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    3c        00060 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    41        00065 (<autogenerated>:1)	MOVQ	DI, 32(SP)
    46        00070 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    4b        00075 (<autogenerated>:1)	PCDATA	$0, $-1
    4b        00075 (<autogenerated>:1)	MOVQ	8(SP), AX
    50        00080 (<autogenerated>:1)	MOVQ	16(SP), BX
    55        00085 (<autogenerated>:1)	MOVQ	24(SP), CX
    5a        00090 (<autogenerated>:1)	MOVQ	32(SP), DI
    5f        00095 (<autogenerated>:1)	NOP
    60        00096 (<autogenerated>:1)	JMP	0
    62 done
wrote 3 bytes to 0x0
 00 62 00
funcpctab main.ReadWriter.Read [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.ReadWriter.Read(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.ReadWriter.Read(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.ReadWriter.Read.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.ReadWriter.Read.argliveinfo(SB)
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
funcpctab main.Writer.Write [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Writer.Write(SB), DUPOK|WRAPPER|ABIInternal, $32-32
     0        00000 (<autogenerated>:1)	TEXT	main.Writer.Write(SB), DUPOK|WRAPPER|ABIInternal, $32-32
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	50
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+40(FP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+48(FP)
    18        00024 (<autogenerated>:1)	MOVQ	CX, main.s+56(FP)
    1d        00029 (<autogenerated>:1)	FUNCDATA	$0, gclocals·jJUmT8EancinwDq7lB+tvg==(SB)
    1d        00029 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    1d        00029 (<autogenerated>:1)	FUNCDATA	$5, main.Writer.Write.arginfo1(SB)
    1d        00029 (<autogenerated>:1)	FUNCDATA	$6, main.Writer.Write.argliveinfo(SB)
    1d        00029 (<autogenerated>:1)	PCDATA	$3, $1
    1d        00029 (<autogenerated>:1)	MOVQ	24(AX), DX
    21        00033 (<autogenerated>:1)	MOVQ	BX, AX
    24        00036 (<autogenerated>:1)	MOVQ	CX, BX
    27        00039 (<autogenerated>:1)	MOVQ	DI, CX
    2a        00042 (<autogenerated>:1)	PCDATA	$1, $1
    2a        00042 (<autogenerated>:1)	CALL	DX
    2c        00044 (<autogenerated>:1)	ADDQ	$24, SP
    30        00048 (<autogenerated>:1)	POPQ	BP
    31        00049 (<autogenerated>:1)	RET
    32        00050 (<autogenerated>:1)	NOP
    32        00050 (<autogenerated>:1)	PCDATA	$1, $-1
    32        00050 (<autogenerated>:1)	PCDATA	$0, $-2
    32        00050 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    37        00055 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    3c        00060 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    41        00065 (<autogenerated>:1)	MOVQ	DI, 32(SP)
    46        00070 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    4b        00075 (<autogenerated>:1)	PCDATA	$0, $-1
    4b        00075 (<autogenerated>:1)	MOVQ	8(SP), AX
    50        00080 (<autogenerated>:1)	MOVQ	16(SP), BX
    55        00085 (<autogenerated>:1)	MOVQ	24(SP), CX
    5a        00090 (<autogenerated>:1)	MOVQ	32(SP), DI
    5f        00095 (<autogenerated>:1)	NOP
    60        00096 (<autogenerated>:1)	JMP	0
    62 done
wrote 3 bytes to 0x0
 00 62 00
funcpctab main.Reader.Read [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Reader.Read(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.Reader.Read(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Reader.Read.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Reader.Read.argliveinfo(SB)
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
funcpctab main.RO.Read [valfunc=pctoinline]
     0     -1 00000 (type_assert_commaok.go:18)	TEXT	main.RO.Read(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0        00000 (type_assert_commaok.go:18)	TEXT	main.RO.Read(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0        00000 (type_assert_commaok.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (type_assert_commaok.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (type_assert_commaok.go:18)	FUNCDATA	$5, main.RO.Read.arginfo1(SB)
     0     -1 00000 (type_assert_commaok.go:18)	LEAQ	go:string."ro"(SB), AX
     7        00007 (type_assert_commaok.go:18)	MOVL	$2, BX
     c        00012 (type_assert_commaok.go:18)	RET
     d done
wrote 3 bytes to 0x0
 00 0d 00
funcpctab main.(*File).Read [valfunc=pctoinline]
     0     -1 00000 (type_assert_commaok.go:13)	TEXT	main.(*File).Read(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (type_assert_commaok.go:13)	TEXT	main.(*File).Read(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (type_assert_commaok.go:13)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (type_assert_commaok.go:13)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (type_assert_commaok.go:13)	FUNCDATA	$5, main.(*File).Read.arginfo1(SB)
     0        00000 (type_assert_commaok.go:13)	FUNCDATA	$6, main.(*File).Read.argliveinfo(SB)
     0        00000 (type_assert_commaok.go:13)	PCDATA	$3, $1
     0     -1 00000 (type_assert_commaok.go:13)	MOVQ	(AX), CX
     3        00003 (type_assert_commaok.go:13)	MOVQ	8(AX), BX
     7        00007 (type_assert_commaok.go:13)	MOVQ	CX, AX
     a        00010 (type_assert_commaok.go:13)	RET
     b done
wrote 3 bytes to 0x0
 00 0b 00
main.(*File).Read STEXT nosplit size=11 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (type_assert_commaok.go:13)	TEXT	main.(*File).Read(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (type_assert_commaok.go:13)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (type_assert_commaok.go:13)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (type_assert_commaok.go:13)	FUNCDATA	$5, main.(*File).Read.arginfo1(SB)
	0x0000 00000 (type_assert_commaok.go:13)	FUNCDATA	$6, main.(*File).Read.argliveinfo(SB)
	0x0000 00000 (type_assert_commaok.go:13)	PCDATA	$3, $1
	0x0000 00000 (type_assert_commaok.go:13)	MOVQ	(AX), CX
	0x0003 00003 (type_assert_commaok.go:13)	MOVQ	8(AX), BX
	0x0007 00007 (type_assert_commaok.go:13)	MOVQ	CX, AX
	0x000a 00010 (type_assert_commaok.go:13)	RET
	0x0000 48 8b 08 48 8b 58 08 48 89 c8 c3                 H..H.X.H...
main.(*File).Write STEXT size=142 align=0x0 args=0x18 locals=0x30 funcid=0x0
	0x0000 00000 (type_assert_commaok.go:14)	TEXT	main.(*File).Write(SB), ABIInternal, $48-24
	0x0000 00000 (type_assert_commaok.go:14)	CMPQ	SP, 16(R14)
	0x0004 00004 (type_assert_commaok.go:14)	PCDATA	$0, $-2
	0x0004 00004 (type_assert_commaok.go:14)	JLS	102
	0x0006 00006 (type_assert_commaok.go:14)	PCDATA	$0, $-1
	0x0006 00006 (type_assert_commaok.go:14)	PUSHQ	BP
	0x0007 00007 (type_assert_commaok.go:14)	MOVQ	SP, BP
	0x000a 00010 (type_assert_commaok.go:14)	SUBQ	$40, SP
	0x000e 00014 (type_assert_commaok.go:14)	MOVQ	BX, main.s+64(FP)
	0x0013 00019 (type_assert_commaok.go:14)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x0013 00019 (type_assert_commaok.go:14)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0013 00019 (type_assert_commaok.go:14)	FUNCDATA	$5, main.(*File).Write.arginfo1(SB)
	0x0013 00019 (type_assert_commaok.go:14)	FUNCDATA	$6, main.(*File).Write.argliveinfo(SB)
	0x0013 00019 (type_assert_commaok.go:14)	PCDATA	$3, $1
	0x0013 00019 (type_assert_commaok.go:14)	MOVQ	CX, main.s+72(SP)
	0x0018 00024 (type_assert_commaok.go:14)	MOVQ	AX, main.f+56(SP)
	0x001d 00029 (type_assert_commaok.go:14)	PCDATA	$3, $2
	0x001d 00029 (type_assert_commaok.go:14)	MOVQ	(AX), DX
	0x0020 00032 (type_assert_commaok.go:14)	MOVQ	8(AX), R8
	0x0024 00036 (type_assert_commaok.go:14)	XORL	AX, AX
	0x0026 00038 (type_assert_commaok.go:14)	MOVQ	BX, DI
	0x0029 00041 (type_assert_commaok.go:14)	MOVQ	CX, SI
	0x002c 00044 (type_assert_commaok.go:14)	MOVQ	DX, BX
	0x002f 00047 (type_assert_commaok.go:14)	MOVQ	R8, CX
	0x0032 00050 (type_assert_commaok.go:14)	PCDATA	$1, $0
	0x0032 00050 (type_assert_commaok.go:14)	CALL	runtime.concatstring2(SB)
	0x0037 00055 (type_assert_commaok.go:14)	MOVQ	main.f+56(SP), DX
	0x003c 00060 (type_assert_commaok.go:14)	MOVQ	BX, 8(DX)
	0x0040 00064 (type_assert_commaok.go:14)	CMPL	runtime.writeBarrier(SB), $0
	0x0047 00071 (type_assert_commaok.go:14)	PCDATA	$0, $-2
	0x0047 00071 (type_assert_commaok.go:14)	JEQ	88
	0x0049 00073 (type_assert_commaok.go:14)	MOVQ	(DX), CX
	0x004c 00076 (type_assert_commaok.go:14)	CALL	runtime.gcWriteBarrier2(SB)
	0x0051 00081 (type_assert_commaok.go:14)	MOVQ	AX, (R11)
	0x0054 00084 (type_assert_commaok.go:14)	MOVQ	CX, 8(R11)
	0x0058 00088 (type_assert_commaok.go:14)	MOVQ	AX, (DX)
	0x005b 00091 (type_assert_commaok.go:14)	PCDATA	$0, $-1
	0x005b 00091 (type_assert_commaok.go:14)	MOVQ	main.s+72(SP), AX
	0x0060 00096 (type_assert_commaok.go:14)	ADDQ	$40, SP
	0x0064 00100 (type_assert_commaok.go:14)	POPQ	BP
	0x0065 00101 (type_assert_commaok.go:14)	RET
	0x0066 00102 (type_assert_commaok.go:14)	NOP
	0x0066 00102 (type_assert_commaok.go:14)	PCDATA	$1, $-1
	0x0066 00102 (type_assert_commaok.go:14)	PCDATA	$0, $-2
	0x0066 00102 (type_assert_commaok.go:14)	MOVQ	AX, 8(SP)
	0x006b 00107 (type_assert_commaok.go:14)	MOVQ	BX, 16(SP)
	0x0070 00112 (type_assert_commaok.go:14)	MOVQ	CX, 24(SP)
	0x0075 00117 (type_assert_commaok.go:14)	CALL	runtime.morestack_noctxt(SB)
	0x007a 00122 (type_assert_commaok.go:14)	PCDATA	$0, $-1
	0x007a 00122 (type_assert_commaok.go:14)	MOVQ	8(SP), AX
	0x007f 00127 (type_assert_commaok.go:14)	MOVQ	16(SP), BX
	0x0084 00132 (type_assert_commaok.go:14)	MOVQ	24(SP), CX
	0x0089 00137 (type_assert_commaok.go:14)	JMP	0
	0x0000 49 3b 66 10 76 60 55 48 89 e5 48 83 ec 28 48 89  I;f.v`UH..H..(H.
	0x0010 5c 24 40 48 89 4c 24 48 48 89 44 24 38 48 8b 10  \$@H.L$HH.D$8H..
	0x0020 4c 8b 40 08 31 c0 48 89 df 48 89 ce 48 89 d3 4c  L.@.1.H..H..H..L
	0x0030 89 c1 e8 00 00 00 00 48 8b 54 24 38 48 89 5a 08  .......H.T$8H.Z.
	0x0040 83 3d 00 00 00 00 00 74 0f 48 8b 0a e8 00 00 00  .=.....t.H......
	0x0050 00 49 89 03 49 89 4b 08 48 89 02 48 8b 44 24 48  .I..I.K.H..H.D$H
	0x0060 48 83 c4 28 5d c3 48 89 44 24 08 48 89 5c 24 10  H..(].H.D$.H.\$.
	0x0070 48 89 4c 24 18 e8 00 00 00 00 48 8b 44 24 08 48  H.L$......H.D$.H
	0x0080 8b 5c 24 10 48 8b 4c 24 18 e9 72 ff ff ff        .\$.H.L$..r...
	rel 51+4 t=R_CALL runtime.concatstring2+0
	rel 66+4 t=R_PCREL runtime.writeBarrier+-1
	rel 77+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 118+4 t=R_CALL runtime.morestack_noctxt+0
main.RO.Read STEXT nosplit size=13 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (type_assert_commaok.go:18)	TEXT	main.RO.Read(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (type_assert_commaok.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (type_assert_commaok.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (type_assert_commaok.go:18)	FUNCDATA	$5, main.RO.Read.arginfo1(SB)
	0x0000 00000 (type_assert_commaok.go:18)	LEAQ	go:string."ro"(SB), AX
	0x0007 00007 (type_assert_commaok.go:18)	MOVL	$2, BX
	0x000c 00012 (type_assert_commaok.go:18)	RET
	0x0000 48 8d 05 00 00 00 00 bb 02 00 00 00 c3           H............
	rel 3+4 t=R_PCREL go:string."ro"+0
main.check STEXT size=549 align=0x0 args=0x10 locals=0x48 funcid=0x0
	0x0000 00000 (type_assert_commaok.go:20)	TEXT	main.check(SB), ABIInternal, $72-16
	0x0000 00000 (type_assert_commaok.go:20)	CMPQ	SP, 16(R14)
	0x0004 00004 (type_assert_commaok.go:20)	PCDATA	$0, $-2
	0x0004 00004 (type_assert_commaok.go:20)	JLS	517
	0x000a 00010 (type_assert_commaok.go:20)	PCDATA	$0, $-1
	0x000a 00010 (type_assert_commaok.go:20)	PUSHQ	BP
	0x000b 00011 (type_assert_commaok.go:20)	MOVQ	SP, BP
	0x000e 00014 (type_assert_commaok.go:20)	SUBQ	$64, SP
	0x0012 00018 (type_assert_commaok.go:20)	FUNCDATA	$0, gclocals·Rlm/yV44EdyC9jEdjrHgIw==(SB)
	0x0012 00018 (type_assert_commaok.go:20)	FUNCDATA	$1, gclocals·OSF3n1qP7lfO/chTuEQRdw==(SB)
	0x0012 00018 (type_assert_commaok.go:20)	FUNCDATA	$5, main.check.arginfo1(SB)
	0x0012 00018 (type_assert_commaok.go:20)	FUNCDATA	$6, main.check.argliveinfo(SB)
	0x0012 00018 (type_assert_commaok.go:20)	PCDATA	$3, $1
	0x0012 00018 (type_assert_commaok.go:21)	MOVQ	BX, main.r+88(SP)
	0x0017 00023 (type_assert_commaok.go:21)	MOVQ	AX, main.r+80(SP)
	0x001c 00028 (type_assert_commaok.go:21)	PCDATA	$3, $-1
	0x001c 00028 (type_assert_commaok.go:21)	NOP
	0x0020 00032 (type_assert_commaok.go:21)	TESTQ	AX, AX
	0x0023 00035 (type_assert_commaok.go:21)	JEQ	60
	0x0025 00037 (type_assert_commaok.go:21)	MOVQ	8(AX), DX
	0x0029 00041 (type_assert_commaok.go:21)	MOVQ	main..typeAssert.0(SB), SI
	0x0030 00048 (type_assert_commaok.go:21)	MOVQ	(SI), DI
	0x0033 00051 (type_assert_commaok.go:21)	MOVL	16(AX), R8
	0x0037 00055 (type_assert_commaok.go:21)	JMP	437
	0x003c 00060 (type_assert_commaok.go:21)	MOVQ	AX, CX
	0x003f 00063 (type_assert_commaok.go:21)	NOP
	0x0040 00064 (type_assert_commaok.go:21)	TESTQ	AX, AX
	0x0043 00067 (type_assert_commaok.go:21)	JEQ	185
	0x0045 00069 (type_assert_commaok.go:22)	MOVQ	24(AX), DX
	0x0049 00073 (type_assert_commaok.go:22)	MOVQ	BX, AX
	0x004c 00076 (type_assert_commaok.go:22)	LEAQ	go:string."+"(SB), BX
	0x0053 00083 (type_assert_commaok.go:22)	MOVL	$1, CX
	0x0058 00088 (type_assert_commaok.go:22)	PCDATA	$1, $0
	0x0058 00088 (type_assert_commaok.go:22)	CALL	DX
	0x005a 00090 (type_assert_commaok.go:22)	MOVQ	AX, main.n+32(SP)
	0x005f 00095 (type_assert_commaok.go:23)	MOVQ	main.r+80(SP), DX
	0x0064 00100 (type_assert_commaok.go:23)	MOVQ	24(DX), DX
	0x0068 00104 (type_assert_commaok.go:23)	MOVQ	main.r+88(SP), AX
	0x006d 00109 (type_assert_commaok.go:23)	CALL	DX
	0x006f 00111 (type_assert_commaok.go:23)	MOVQ	AX, main..autotmp_20+56(SP)
	0x0074 00116 (type_assert_commaok.go:23)	MOVQ	BX, main..autotmp_21+40(SP)
	0x0079 00121 (type_assert_commaok.go:23)	PCDATA	$1, $1
	0x0079 00121 (type_assert_commaok.go:23)	CALL	runtime.printlock(SB)
	0x007e 00126 (type_assert_commaok.go:23)	LEAQ	go:string."writer "(SB), AX
	0x0085 00133 (type_assert_commaok.go:23)	MOVL	$7, BX
	0x008a 00138 (type_assert_commaok.go:23)	CALL	runtime.printstring(SB)
	0x008f 00143 (type_assert_commaok.go:23)	MOVQ	main.n+32(SP), AX
	0x0094 00148 (type_assert_commaok.go:23)	CALL	runtime.printint(SB)
	0x0099 00153 (type_assert_commaok.go:23)	CALL	runtime.printsp(SB)
	0x009e 00158 (type_assert_commaok.go:23)	MOVQ	main..autotmp_20+56(SP), AX
	0x00a3 00163 (type_assert_commaok.go:23)	MOVQ	main..autotmp_21+40(SP), BX
	0x00a8 00168 (type_assert_commaok.go:23)	PCDATA	$1, $0
	0x00a8 00168 (type_assert_commaok.go:23)	CALL	runtime.printstring(SB)
	0x00ad 00173 (type_assert_commaok.go:23)	CALL	runtime.printnl(SB)
	0x00b2 00178 (type_assert_commaok.go:23)	CALL	runtime.printunlock(SB)
	0x00b7 00183 (type_assert_commaok.go:23)	JMP	254
	0x00b9 00185 (type_assert_commaok.go:25)	MOVQ	24(CX), CX
	0x00bd 00189 (type_assert_commaok.go:25)	MOVQ	BX, AX
	0x00c0 00192 (type_assert_commaok.go:25)	CALL	CX
	0x00c2 00194 (type_assert_commaok.go:25)	MOVQ	AX, main..autotmp_20+56(SP)
	0x00c7 00199 (type_assert_commaok.go:25)	MOVQ	BX, main..autotmp_21+40(SP)
	0x00cc 00204 (type_assert_commaok.go:25)	PCDATA	$1, $1
	0x00cc 00204 (type_assert_commaok.go:25)	CALL	runtime.printlock(SB)
	0x00d1 00209 (type_assert_commaok.go:25)	LEAQ	go:string."not a writer "(SB), AX
	0x00d8 00216 (type_assert_commaok.go:25)	MOVL	$13, BX
	0x00dd 00221 (type_assert_commaok.go:25)	NOP
	0x00e0 00224 (type_assert_commaok.go:25)	CALL	runtime.printstring(SB)
	0x00e5 00229 (type_assert_commaok.go:25)	MOVQ	main..autotmp_20+56(SP), AX
	0x00ea 00234 (type_assert_commaok.go:25)	MOVQ	main..autotmp_21+40(SP), BX
	0x00ef 00239 (type_assert_commaok.go:25)	PCDATA	$1, $0
	0x00ef 00239 (type_assert_commaok.go:25)	CALL	runtime.printstring(SB)
	0x00f4 00244 (type_assert_commaok.go:25)	CALL	runtime.printnl(SB)
	0x00f9 00249 (type_assert_commaok.go:25)	CALL	runtime.printunlock(SB)
	0x00fe 00254 (type_assert_commaok.go:27)	MOVQ	main.r+80(SP), AX
	0x0103 00259 (type_assert_commaok.go:27)	LEAQ	go:itab.*main.File,main.Reader(SB), CX
	0x010a 00266 (type_assert_commaok.go:27)	CMPQ	AX, CX
	0x010d 00269 (type_assert_commaok.go:27)	JNE	278
	0x010f 00271 (type_assert_commaok.go:27)	MOVQ	main.r+88(SP), CX
	0x0114 00276 (type_assert_commaok.go:27)	JMP	280
	0x0116 00278 (type_assert_commaok.go:27)	XORL	CX, CX
	0x0118 00280 (type_assert_commaok.go:27)	MOVQ	CX, main.f+48(SP)
	0x011d 00285 (type_assert_commaok.go:28)	PCDATA	$1, $2
	0x011d 00285 (type_assert_commaok.go:28)	NOP
	0x0120 00288 (type_assert_commaok.go:28)	CALL	runtime.printlock(SB)
	0x0125 00293 (type_assert_commaok.go:27)	MOVQ	main.r+80(SP), AX
	0x012a 00298 (type_assert_commaok.go:27)	LEAQ	go:itab.*main.File,main.Reader(SB), CX
	0x0131 00305 (type_assert_commaok.go:27)	CMPQ	AX, CX
	0x0134 00308 (type_assert_commaok.go:27)	SETEQ	AL
	0x0137 00311 (type_assert_commaok.go:27)	MOVB	AL, main.ok+31(SP)
	0x013b 00315 (type_assert_commaok.go:28)	LEAQ	go:string."is *File "(SB), AX
	0x0142 00322 (type_assert_commaok.go:28)	MOVL	$9, BX
	0x0147 00327 (type_assert_commaok.go:28)	CALL	runtime.printstring(SB)
	0x014c 00332 (type_assert_commaok.go:28)	MOVBLZX	main.ok+31(SP), AX
	0x0151 00337 (type_assert_commaok.go:28)	CALL	runtime.printbool(SB)
	0x0156 00342 (type_assert_commaok.go:28)	CALL	runtime.printsp(SB)
	0x015b 00347 (type_assert_commaok.go:28)	MOVQ	main.f+48(SP), AX
	0x0160 00352 (type_assert_commaok.go:28)	TESTQ	AX, AX
	0x0163 00355 (type_assert_commaok.go:28)	SETNE	AL
	0x0166 00358 (type_assert_commaok.go:28)	PCDATA	$1, $0
	0x0166 00358 (type_assert_commaok.go:28)	CALL	runtime.printbool(SB)
	0x016b 00363 (type_assert_commaok.go:28)	CALL	runtime.printnl(SB)
	0x0170 00368 (type_assert_commaok.go:28)	CALL	runtime.printunlock(SB)
	0x0175 00373 (type_assert_commaok.go:30)	CALL	runtime.printlock(SB)
	0x017a 00378 (type_assert_commaok.go:30)	LEAQ	go:string."is RO "(SB), AX
	0x0181 00385 (type_assert_commaok.go:30)	MOVL	$6, BX
	0x0186 00390 (type_assert_commaok.go:30)	CALL	runtime.printstring(SB)
	0x018b 00395 (type_assert_commaok.go:29)	MOVQ	main.r+80(SP), AX
	0x0190 00400 (type_assert_commaok.go:29)	LEAQ	go:itab.main.RO,main.Reader(SB), CX
	0x0197 00407 (type_assert_commaok.go:29)	CMPQ	AX, CX
	0x019a 00410 (type_assert_commaok.go:29)	SETEQ	AL
	0x019d 00413 (type_assert_commaok.go:30)	PCDATA	$1, $3
	0x019d 00413 (type_assert_commaok.go:30)	NOP
	0x01a0 00416 (type_assert_commaok.go:30)	CALL	runtime.printbool(SB)
	0x01a5 00421 (type_assert_commaok.go:30)	CALL	runtime.printnl(SB)
	0x01aa 00426 (type_assert_commaok.go:30)	CALL	runtime.printunlock(SB)
	0x01af 00431 (type_assert_commaok.go:31)	ADDQ	$64, SP
	0x01b3 00435 (type_assert_commaok.go:31)	POPQ	BP
	0x01b4 00436 (type_assert_commaok.go:31)	RET
	0x01b5 00437 (type_assert_commaok.go:21)	MOVQ	R8, R9
	0x01b8 00440 (type_assert_commaok.go:21)	ANDQ	DI, R8
	0x01bb 00443 (type_assert_commaok.go:21)	SHLQ	$4, R8
	0x01bf 00447 (type_assert_commaok.go:21)	MOVQ	8(R8)(SI*1), R10
	0x01c4 00452 (type_assert_commaok.go:21)	CMPQ	R10, DX
	0x01c7 00455 (type_assert_commaok.go:21)	JEQ	500
	0x01c9 00457 (type_assert_commaok.go:21)	LEAQ	1(R9), R8
	0x01cd 00461 (type_assert_commaok.go:21)	TESTQ	R10, R10
	0x01d0 00464 (type_assert_commaok.go:21)	JNE	437
	0x01d2 00466 (type_assert_commaok.go:21)	LEAQ	main..typeAssert.0(SB), AX
	0x01d9 00473 (type_assert_commaok.go:21)	MOVQ	DX, BX
	0x01dc 00476 (type_assert_commaok.go:21)	PCDATA	$1, $0
	0x01dc 00476 (type_assert_commaok.go:21)	NOP
	0x01e0 00480 (type_assert_commaok.go:21)	CALL	runtime.typeAssert(SB)
	0x01e5 00485 (type_assert_commaok.go:25)	MOVQ	main.r+80(SP), CX
	0x01ea 00490 (type_assert_commaok.go:25)	MOVQ	main.r+88(SP), BX
	0x01ef 00495 (type_assert_commaok.go:21)	JMP	64
	0x01f4 00500 (type_assert_commaok.go:21)	MOVQ	16(R8)(SI*1), DX
	0x01f9 00505 (type_assert_commaok.go:25)	MOVQ	AX, CX
	0x01fc 00508 (type_assert_commaok.go:21)	MOVQ	DX, AX
	0x01ff 00511 (type_assert_commaok.go:21)	NOP
	0x0200 00512 (type_assert_commaok.go:21)	JMP	64
	0x0205 00517 (type_assert_commaok.go:21)	NOP
	0x0205 00517 (type_assert_commaok.go:20)	PCDATA	$1, $-1
	0x0205 00517 (type_assert_commaok.go:20)	PCDATA	$0, $-2
	0x0205 00517 (type_assert_commaok.go:20)	MOVQ	AX, 8(SP)
	0x020a 00522 (type_assert_commaok.go:20)	MOVQ	BX, 16(SP)
	0x020f 00527 (type_assert_commaok.go:20)	CALL	runtime.morestack_noctxt(SB)
	0x0214 00532 (type_assert_commaok.go:20)	PCDATA	$0, $-1
	0x0214 00532 (type_assert_commaok.go:20)	MOVQ	8(SP), AX
	0x0219 00537 (type_assert_commaok.go:20)	MOVQ	16(SP), BX
	0x021e 00542 (type_assert_commaok.go:20)	NOP
	0x0220 00544 (type_assert_commaok.go:20)	JMP	0
	0x0000 49 3b 66 10 0f 86 fb 01 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 48 89 5c 24 58 48 89 44 24 50 0f 1f 40 00  .@H.\$XH.D$P..@.
	0x0020 48 85 c0 74 17 48 8b 50 08 48 8b 35 00 00 00 00  H..t.H.P.H.5....
	0x0030 48 8b 3e 44 8b 40 10 e9 79 01 00 00 48 89 c1 90  H.>D.@..y...H...
	0x0040 48 85 c0 74 74 48 8b 50 18 48 89 d8 48 8d 1d 00  H..ttH.P.H..H...
	0x0050 00 00 00 b9 01 00 00 00 ff d2 48 89 44 24 20 48  ..........H.D$ H
	0x0060 8b 54 24 50 48 8b 52 18 48 8b 44 24 58 ff d2 48  .T$PH.R.H.D$X..H
	0x0070 89 44 24 38 48 89 5c 24 28 e8 00 00 00 00 48 8d  .D$8H.\$(.....H.
	0x0080 05 00 00 00 00 bb 07 00 00 00 e8 00 00 00 00 48  ...............H
	0x0090 8b 44 24 20 e8 00 00 00 00 e8 00 00 00 00 48 8b  .D$ ..........H.
	0x00a0 44 24 38 48 8b 5c 24 28 e8 00 00 00 00 e8 00 00  D$8H.\$(........
	0x00b0 00 00 e8 00 00 00 00 eb 45 48 8b 49 18 48 89 d8  ........EH.I.H..
	0x00c0 ff d1 48 89 44 24 38 48 89 5c 24 28 e8 00 00 00  ..H.D$8H.\$(....
	0x00d0 00 48 8d 05 00 00 00 00 bb 0d 00 00 00 0f 1f 00  .H..............
	0x00e0 e8 00 00 00 00 48 8b 44 24 38 48 8b 5c 24 28 e8  .....H.D$8H.\$(.
	0x00f0 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b  ..............H.
	0x0100 44 24 50 48 8d 0d 00 00 00 00 48 39 c8 75 07 48  D$PH......H9.u.H
	0x0110 8b 4c 24 58 eb 02 31 c9 48 89 4c 24 30 0f 1f 00  .L$X..1.H.L$0...
	0x0120 e8 00 00 00 00 48 8b 44 24 50 48 8d 0d 00 00 00  .....H.D$PH.....
	0x0130 00 48 39 c8 0f 94 c0 88 44 24 1f 48 8d 05 00 00  .H9.....D$.H....
	0x0140 00 00 bb 09 00 00 00 e8 00 00 00 00 0f b6 44 24  ..............D$
	0x0150 1f e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 30  ...........H.D$0
	0x0160 48 85 c0 0f 95 c0 e8 00 00 00 00 e8 00 00 00 00  H...............
	0x0170 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00  ..........H.....
	0x0180 00 bb 06 00 00 00 e8 00 00 00 00 48 8b 44 24 50  ...........H.D$P
	0x0190 48 8d 0d 00 00 00 00 48 39 c8 0f 94 c0 0f 1f 00  H......H9.......
	0x01a0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x01b0 83 c4 40 5d c3 4d 89 c1 49 21 f8 49 c1 e0 04 4d  ..@].M..I!.I...M
	0x01c0 8b 54 30 08 49 39 d2 74 2b 4d 8d 41 01 4d 85 d2  .T0.I9.t+M.A.M..
	0x01d0 75 e3 48 8d 05 00 00 00 00 48 89 d3 0f 1f 40 00  u.H......H....@.
	0x01e0 e8 00 00 00 00 48 8b 4c 24 50 48 8b 5c 24 58 e9  .....H.L$PH.\$X.
	0x01f0 4c fe ff ff 49 8b 54 30 10 48 89 c1 48 89 d0 90  L...I.T0.H..H...
	0x0200 e9 3b fe ff ff 48 89 44 24 08 48 89 5c 24 10 e8  .;...H.D$.H.\$..
	0x0210 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 66 90  ....H.D$.H.\$.f.
	0x0220 e9 db fd ff ff                                   .....
	rel 3+0 t=R_USEIFACEMETHOD type:main.Writer+96
	rel 3+0 t=R_USEIFACEMETHOD type:main.Reader+96
	rel 3+0 t=R_USEIFACEMETHOD type:main.Reader+96
	rel 44+4 t=R_PCREL main..typeAssert.0+0
	rel 79+4 t=R_PCREL go:string."+"+0
	rel 88+0 t=R_CALLIND +0
	rel 109+0 t=R_CALLIND +0
	rel 122+4 t=R_CALL runtime.printlock+0
	rel 129+4 t=R_PCREL go:string."writer "+0
	rel 139+4 t=R_CALL runtime.printstring+0
	rel 149+4 t=R_CALL runtime.printint+0
	rel 154+4 t=R_CALL runtime.printsp+0
	rel 169+4 t=R_CALL runtime.printstring+0
	rel 174+4 t=R_CALL runtime.printnl+0
	rel 179+4 t=R_CALL runtime.printunlock+0
	rel 192+0 t=R_CALLIND +0
	rel 205+4 t=R_CALL runtime.printlock+0
	rel 212+4 t=R_PCREL go:string."not a writer "+0
	rel 225+4 t=R_CALL runtime.printstring+0
	rel 240+4 t=R_CALL runtime.printstring+0
	rel 245+4 t=R_CALL runtime.printnl+0
	rel 250+4 t=R_CALL runtime.printunlock+0
	rel 262+4 t=R_PCREL go:itab.*main.File,main.Reader+0
	rel 289+4 t=R_CALL runtime.printlock+0
	rel 301+4 t=R_PCREL go:itab.*main.File,main.Reader+0
	rel 318+4 t=R_PCREL go:string."is *File "+0
	rel 328+4 t=R_CALL runtime.printstring+0
	rel 338+4 t=R_CALL runtime.printbool+0
	rel 343+4 t=R_CALL runtime.printsp+0
	rel 359+4 t=R_CALL runtime.printbool+0
	rel 364+4 t=R_CALL runtime.printnl+0
	rel 369+4 t=R_CALL runtime.printunlock+0
	rel 374+4 t=R_CALL runtime.printlock+0
	rel 381+4 t=R_PCREL go:string."is RO "+0
	rel 391+4 t=R_CALL runtime.printstring+0
	rel 403+4 t=R_PCREL go:itab.main.RO,main.Reader+0
	rel 417+4 t=R_CALL runtime.printbool+0
	rel 422+4 t=R_CALL runtime.printnl+0
	rel 427+4 t=R_CALL runtime.printunlock+0
	rel 469+4 t=R_PCREL main..typeAssert.0+0
	rel 481+4 t=R_CALL runtime.typeAssert+0
	rel 528+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=655 align=0x0 args=0x0 locals=0x58 funcid=0x0
	0x0000 00000 (type_assert_commaok.go:33)	TEXT	main.main(SB), ABIInternal, $88-0
	0x0000 00000 (type_assert_commaok.go:33)	CMPQ	SP, 16(R14)
	0x0004 00004 (type_assert_commaok.go:33)	PCDATA	$0, $-2
	0x0004 00004 (type_assert_commaok.go:33)	JLS	645
	0x000a 00010 (type_assert_commaok.go:33)	PCDATA	$0, $-1
	0x000a 00010 (type_assert_commaok.go:33)	PUSHQ	BP
	0x000b 00011 (type_assert_commaok.go:33)	MOVQ	SP, BP
	0x000e 00014 (type_assert_commaok.go:33)	SUBQ	$80, SP
	0x0012 00018 (type_assert_commaok.go:33)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
	0x0012 00018 (type_assert_commaok.go:33)	FUNCDATA	$1, gclocals·jnNwpqrWtyGa2dunrvwUbA==(SB)
	0x0012 00018 (type_assert_commaok.go:33)	FUNCDATA	$2, main.main.stkobj(SB)
	0x0012 00018 (type_assert_commaok.go:34)	MOVL	$16, AX
	0x0017 00023 (type_assert_commaok.go:34)	LEAQ	type:main.File(SB), BX
	0x001e 00030 (type_assert_commaok.go:34)	MOVL	$1, CX
	0x0023 00035 (type_assert_commaok.go:34)	PCDATA	$1, $0
	0x0023 00035 (type_assert_commaok.go:34)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x0028 00040 (type_assert_commaok.go:34)	MOVQ	$3, 8(AX)
	0x0030 00048 (type_assert_commaok.go:34)	LEAQ	go:string."abc"(SB), DX
	0x0037 00055 (type_assert_commaok.go:34)	MOVQ	DX, (AX)
	0x003a 00058 (type_assert_commaok.go:34)	MOVQ	AX, BX
	0x003d 00061 (type_assert_commaok.go:34)	LEAQ	go:itab.*main.File,main.Reader(SB), AX
	0x0044 00068 (type_assert_commaok.go:34)	CALL	main.check(SB)
	0x0049 00073 (type_assert_commaok.go:35)	LEAQ	go:itab.main.RO,main.Reader(SB), AX
	0x0050 00080 (type_assert_commaok.go:35)	LEAQ	runtime.zerobase(SB), BX
	0x0057 00087 (type_assert_commaok.go:35)	CALL	main.check(SB)
	0x005c 00092 (type_assert_commaok.go:35)	NOP
	0x0060 00096 (type_assert_commaok.go:39)	CALL	runtime.printlock(SB)
	0x0065 00101 (type_assert_commaok.go:39)	MOVL	$42, AX
	0x006a 00106 (type_assert_commaok.go:39)	CALL	runtime.printint(SB)
	0x006f 00111 (type_assert_commaok.go:39)	CALL	runtime.printsp(SB)
	0x0074 00116 (type_assert_commaok.go:39)	MOVL	$1, AX
	0x0079 00121 (type_assert_commaok.go:39)	CALL	runtime.printbool(SB)
	0x007e 00126 (type_assert_commaok.go:39)	NOP
	0x0080 00128 (type_assert_commaok.go:39)	CALL	runtime.printnl(SB)
	0x0085 00133 (type_assert_commaok.go:39)	CALL	runtime.printunlock(SB)
	0x008a 00138 (type_assert_commaok.go:41)	CALL	runtime.printlock(SB)
	0x008f 00143 (type_assert_commaok.go:41)	XORL	AX, AX
	0x0091 00145 (type_assert_commaok.go:41)	CALL	runtime.printint(SB)
	0x0096 00150 (type_assert_commaok.go:41)	CALL	runtime.printsp(SB)
	0x009b 00155 (type_assert_commaok.go:41)	XORL	AX, AX
	0x009d 00157 (type_assert_commaok.go:41)	NOP
	0x00a0 00160 (type_assert_commaok.go:41)	CALL	runtime.printbool(SB)
	0x00a5 00165 (type_assert_commaok.go:41)	CALL	runtime.printnl(SB)
	0x00aa 00170 (type_assert_commaok.go:41)	CALL	runtime.printunlock(SB)
	0x00af 00175 (type_assert_commaok.go:43)	CALL	runtime.printlock(SB)
	0x00b4 00180 (type_assert_commaok.go:43)	XORL	AX, AX
	0x00b6 00182 (type_assert_commaok.go:43)	CALL	runtime.printuint(SB)
	0x00bb 00187 (type_assert_commaok.go:43)	NOP
	0x00c0 00192 (type_assert_commaok.go:43)	CALL	runtime.printsp(SB)
	0x00c5 00197 (type_assert_commaok.go:43)	XORL	AX, AX
	0x00c7 00199 (type_assert_commaok.go:43)	CALL	runtime.printbool(SB)
	0x00cc 00204 (type_assert_commaok.go:43)	CALL	runtime.printnl(SB)
	0x00d1 00209 (type_assert_commaok.go:43)	CALL	runtime.printunlock(SB)
	0x00d6 00214 (type_assert_commaok.go:47)	CALL	runtime.printlock(SB)
	0x00db 00219 (type_assert_commaok.go:47)	LEAQ	go:string."nil to iface "(SB), AX
	0x00e2 00226 (type_assert_commaok.go:47)	MOVL	$13, BX
	0x00e7 00231 (type_assert_commaok.go:47)	CALL	runtime.printstring(SB)
	0x00ec 00236 (type_assert_commaok.go:47)	XORL	AX, AX
	0x00ee 00238 (type_assert_commaok.go:47)	CALL	runtime.printbool(SB)
	0x00f3 00243 (type_assert_commaok.go:47)	CALL	runtime.printnl(SB)
	0x00f8 00248 (type_assert_commaok.go:47)	CALL	runtime.printunlock(SB)
	0x00fd 00253 (type_assert_commaok.go:47)	NOP
	0x0100 00256 (type_assert_commaok.go:49)	CALL	runtime.printlock(SB)
	0x0105 00261 (type_assert_commaok.go:49)	LEAQ	go:string."nil to int "(SB), AX
	0x010c 00268 (type_assert_commaok.go:49)	MOVL	$11, BX
	0x0111 00273 (type_assert_commaok.go:49)	CALL	runtime.printstring(SB)
	0x0116 00278 (type_assert_commaok.go:49)	XORL	AX, AX
	0x0118 00280 (type_assert_commaok.go:49)	CALL	runtime.printbool(SB)
	0x011d 00285 (type_assert_commaok.go:49)	NOP
	0x0120 00288 (type_assert_commaok.go:49)	CALL	runtime.printnl(SB)
	0x0125 00293 (type_assert_commaok.go:49)	CALL	runtime.printunlock(SB)
	0x012a 00298 (type_assert_commaok.go:51)	MOVQ	$1, main..autotmp_35+72(SP)
	0x0133 00307 (type_assert_commaok.go:51)	LEAQ	go:string."x"(SB), DX
	0x013a 00314 (type_assert_commaok.go:51)	MOVQ	DX, main..autotmp_35+64(SP)
	0x013f 00319 (type_assert_commaok.go:52)	MOVQ	main..typeAssert.2(SB), DX
	0x0146 00326 (type_assert_commaok.go:52)	MOVQ	(DX), SI
	0x0149 00329 (type_assert_commaok.go:52)	MOVL	go:itab.*main.File,main.ReadWriter+16(SB), DI
	0x014f 00335 (type_assert_commaok.go:52)	JMP	340
	0x0151 00337 (type_assert_commaok.go:52)	MOVQ	R8, DI
	0x0154 00340 (type_assert_commaok.go:52)	MOVQ	DI, R8
	0x0157 00343 (type_assert_commaok.go:52)	ANDQ	SI, DI
	0x015a 00346 (type_assert_commaok.go:52)	SHLQ	$4, DI
	0x015e 00350 (type_assert_commaok.go:52)	MOVQ	8(DX)(DI*1), R9
	0x0163 00355 (type_assert_commaok.go:52)	LEAQ	type:*main.File(SB), BX
	0x016a 00362 (type_assert_commaok.go:52)	CMPQ	R9, BX
	0x016d 00365 (type_assert_commaok.go:52)	JEQ	391
	0x016f 00367 (type_assert_commaok.go:52)	INCQ	R8
	0x0172 00370 (type_assert_commaok.go:52)	TESTQ	R9, R9
	0x0175 00373 (type_assert_commaok.go:52)	JNE	337
	0x0177 00375 (type_assert_commaok.go:52)	LEAQ	main..typeAssert.2(SB), AX
	0x017e 00382 (type_assert_commaok.go:52)	PCDATA	$1, $1
	0x017e 00382 (type_assert_commaok.go:52)	NOP
	0x0180 00384 (type_assert_commaok.go:52)	CALL	runtime.typeAssert(SB)
	0x0185 00389 (type_assert_commaok.go:52)	JMP	396
	0x0187 00391 (type_assert_commaok.go:52)	MOVQ	16(DX)(DI*1), AX
	0x018c 00396 (type_assert_commaok.go:53)	TESTQ	AX, AX
	0x018f 00399 (type_assert_commaok.go:53)	JEQ	424
	0x0191 00401 (type_assert_commaok.go:53)	MOVQ	8(AX), BX
	0x0195 00405 (type_assert_commaok.go:53)	MOVQ	main..typeAssert.3(SB), DX
	0x019c 00412 (type_assert_commaok.go:53)	MOVQ	(DX), R8
	0x019f 00415 (type_assert_commaok.go:53)	MOVL	16(AX), R9
	0x01a3 00419 (type_assert_commaok.go:53)	JMP	587
	0x01a8 00424 (type_assert_commaok.go:54)	TESTB	AL, (AX)
	0x01aa 00426 (type_assert_commaok.go:54)	LEAQ	go:itab.*main.File,main.ReadWriter(SB), DX
	0x01b1 00433 (type_assert_commaok.go:54)	CMPQ	AX, DX
	0x01b4 00436 (type_assert_commaok.go:54)	JNE	568
	0x01ba 00442 (type_assert_commaok.go:53)	MOVQ	AX, main..autotmp_55+56(SP)
	0x01bf 00447 (type_assert_commaok.go:14)	MOVQ	main..autotmp_35+64(SP), BX
	0x01c4 00452 (type_assert_commaok.go:14)	MOVQ	main..autotmp_35+72(SP), CX
	0x01c9 00457 (<unknown line number>)	NOP
	0x01c9 00457 (type_assert_commaok.go:14)	XORL	AX, AX
	0x01cb 00459 (type_assert_commaok.go:14)	LEAQ	go:string."yz"(SB), DI
	0x01d2 00466 (type_assert_commaok.go:14)	MOVL	$2, SI
	0x01d7 00471 (type_assert_commaok.go:14)	PCDATA	$1, $2
	0x01d7 00471 (type_assert_commaok.go:14)	CALL	runtime.concatstring2(SB)
	0x01dc 00476 (type_assert_commaok.go:14)	MOVQ	AX, main..autotmp_56+48(SP)
	0x01e1 00481 (type_assert_commaok.go:14)	MOVQ	BX, main..autotmp_57+40(SP)
	0x01e6 00486 (type_assert_commaok.go:14)	MOVQ	BX, main..autotmp_35+72(SP)
	0x01eb 00491 (type_assert_commaok.go:14)	MOVQ	AX, main..autotmp_35+64(SP)
	0x01f0 00496 (type_assert_commaok.go:54)	PCDATA	$1, $3
	0x01f0 00496 (type_assert_commaok.go:54)	CALL	runtime.printlock(SB)
	0x01f5 00501 (type_assert_commaok.go:53)	MOVQ	main..autotmp_55+56(SP), DX
	0x01fa 00506 (type_assert_commaok.go:53)	TESTQ	DX, DX
	0x01fd 00509 (type_assert_commaok.go:53)	SETNE	AL
	0x0200 00512 (type_assert_commaok.go:54)	PCDATA	$1, $4
	0x0200 00512 (type_assert_commaok.go:54)	CALL	runtime.printbool(SB)
	0x0205 00517 (type_assert_commaok.go:54)	CALL	runtime.printsp(SB)
	0x020a 00522 (type_assert_commaok.go:54)	MOVL	$2, AX
	0x020f 00527 (type_assert_commaok.go:54)	CALL	runtime.printint(SB)
	0x0214 00532 (type_assert_commaok.go:54)	CALL	runtime.printsp(SB)
	0x0219 00537 (type_assert_commaok.go:54)	MOVQ	main..autotmp_56+48(SP), AX
	0x021e 00542 (type_assert_commaok.go:54)	MOVQ	main..autotmp_57+40(SP), BX
	0x0223 00547 (type_assert_commaok.go:54)	PCDATA	$1, $0
	0x0223 00547 (type_assert_commaok.go:54)	CALL	runtime.printstring(SB)
	0x0228 00552 (type_assert_commaok.go:54)	CALL	runtime.printnl(SB)
	0x022d 00557 (type_assert_commaok.go:54)	CALL	runtime.printunlock(SB)
	0x0232 00562 (type_assert_commaok.go:55)	ADDQ	$80, SP
	0x0236 00566 (type_assert_commaok.go:55)	POPQ	BP
	0x0237 00567 (type_assert_commaok.go:55)	RET
	0x0238 00568 (type_assert_commaok.go:54)	LEAQ	type:*main.File(SB), BX
	0x023f 00575 (type_assert_commaok.go:54)	LEAQ	type:main.ReadWriter(SB), CX
	0x0246 00582 (type_assert_commaok.go:54)	CALL	runtime.panicdottypeI(SB)
	0x024b 00587 (type_assert_commaok.go:53)	MOVQ	R9, R10
	0x024e 00590 (type_assert_commaok.go:53)	ANDQ	R8, R9
	0x0251 00593 (type_assert_commaok.go:53)	SHLQ	$4, R9
	0x0255 00597 (type_assert_commaok.go:53)	MOVQ	8(DX)(R9*1), R11
	0x025a 00602 (type_assert_commaok.go:53)	CMPQ	R11, BX
	0x025d 00605 (type_assert_commaok.go:53)	JEQ	633
	0x025f 00607 (type_assert_commaok.go:53)	LEAQ	1(R10), R9
	0x0263 00611 (type_assert_commaok.go:53)	TESTQ	R11, R11
	0x0266 00614 (type_assert_commaok.go:53)	JNE	587
	0x0268 00616 (type_assert_commaok.go:53)	LEAQ	main..typeAssert.3(SB), AX
	0x026f 00623 (type_assert_commaok.go:53)	PCDATA	$1, $1
	0x026f 00623 (type_assert_commaok.go:53)	CALL	runtime.typeAssert(SB)
	0x0274 00628 (type_assert_commaok.go:53)	JMP	424
	0x0279 00633 (type_assert_commaok.go:53)	MOVQ	16(DX)(R9*1), AX
	0x027e 00638 (type_assert_commaok.go:53)	NOP
	0x0280 00640 (type_assert_commaok.go:53)	JMP	424
	0x0285 00645 (type_assert_commaok.go:53)	NOP
	0x0285 00645 (type_assert_commaok.go:33)	PCDATA	$1, $-1
	0x0285 00645 (type_assert_commaok.go:33)	PCDATA	$0, $-2
	0x0285 00645 (type_assert_commaok.go:33)	CALL	runtime.morestack_noctxt(SB)
	0x028a 00650 (type_assert_commaok.go:33)	PCDATA	$0, $-1
	0x028a 00650 (type_assert_commaok.go:33)	JMP	0
	0x0000 49 3b 66 10 0f 86 7b 02 00 00 55 48 89 e5 48 83  I;f...{...UH..H.
	0x0010 ec 50 b8 10 00 00 00 48 8d 1d 00 00 00 00 b9 01  .P.....H........
	0x0020 00 00 00 e8 00 00 00 00 48 c7 40 08 03 00 00 00  ........H.@.....
	0x0030 48 8d 15 00 00 00 00 48 89 10 48 89 c3 48 8d 05  H......H..H..H..
	0x0040 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00  .........H......
	0x0050 48 8d 1d 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  H.............@.
	0x0060 e8 00 00 00 00 b8 2a 00 00 00 e8 00 00 00 00 e8  ......*.........
	0x0070 00 00 00 00 b8 01 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x0080 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 31  ...............1
	0x0090 c0 e8 00 00 00 00 e8 00 00 00 00 31 c0 0f 1f 00  ...........1....
	0x00a0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x00b0 00 00 00 00 31 c0 e8 00 00 00 00 0f 1f 44 00 00  ....1........D..
	0x00c0 e8 00 00 00 00 31 c0 e8 00 00 00 00 e8 00 00 00  .....1..........
	0x00d0 00 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00  ...........H....
	0x00e0 00 00 bb 0d 00 00 00 e8 00 00 00 00 31 c0 e8 00  ............1...
	0x00f0 00 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  ................
	0x0100 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 0b 00 00  .....H..........
	0x0110 00 e8 00 00 00 00 31 c0 e8 00 00 00 00 0f 1f 00  ......1.........
	0x0120 e8 00 00 00 00 e8 00 00 00 00 48 c7 44 24 48 01  ..........H.D$H.
	0x0130 00 00 00 48 8d 15 00 00 00 00 48 89 54 24 40 48  ...H......H.T$@H
	0x0140 8b 15 00 00 00 00 48 8b 32 8b 3d 00 00 00 00 eb  ......H.2.=.....
	0x0150 03 4c 89 c7 49 89 f8 48 21 f7 48 c1 e7 04 4c 8b  .L..I..H!.H...L.
	0x0160 4c 3a 08 48 8d 1d 00 00 00 00 49 39 d9 74 18 49  L:.H......I9.t.I
	0x0170 ff c0 4d 85 c9 75 da 48 8d 05 00 00 00 00 66 90  ..M..u.H......f.
	0x0180 e8 00 00 00 00 eb 05 48 8b 44 3a 10 48 85 c0 74  .......H.D:.H..t
	0x0190 17 48 8b 58 08 48 8b 15 00 00 00 00 4c 8b 02 44  .H.X.H......L..D
	0x01a0 8b 48 10 e9 a3 00 00 00 84 00 48 8d 15 00 00 00  .H........H.....
	0x01b0 00 48 39 d0 0f 85 7e 00 00 00 48 89 44 24 38 48  .H9...~...H.D$8H
	0x01c0 8b 5c 24 40 48 8b 4c 24 48 31 c0 48 8d 3d 00 00  .\$@H.L$H1.H.=..
	0x01d0 00 00 be 02 00 00 00 e8 00 00 00 00 48 89 44 24  ............H.D$
	0x01e0 30 48 89 5c 24 28 48 89 5c 24 48 48 89 44 24 40  0H.\$(H.\$HH.D$@
	0x01f0 e8 00 00 00 00 48 8b 54 24 38 48 85 d2 0f 95 c0  .....H.T$8H.....
	0x0200 e8 00 00 00 00 e8 00 00 00 00 b8 02 00 00 00 e8  ................
	0x0210 00 00 00 00 e8 00 00 00 00 48 8b 44 24 30 48 8b  .........H.D$0H.
	0x0220 5c 24 28 e8 00 00 00 00 e8 00 00 00 00 e8 00 00  \$(.............
	0x0230 00 00 48 83 c4 50 5d c3 48 8d 1d 00 00 00 00 48  ..H..P].H......H
	0x0240 8d 0d 00 00 00 00 e8 00 00 00 00 4d 89 ca 4d 21  ...........M..M!
	0x0250 c1 49 c1 e1 04 4e 8b 5c 0a 08 49 39 db 74 1a 4d  .I...N.\..I9.t.M
	0x0260 8d 4a 01 4d 85 db 75 e3 48 8d 05 00 00 00 00 e8  .J.M..u.H.......
	0x0270 00 00 00 00 e9 2f ff ff ff 4a 8b 44 0a 10 66 90  ...../...J.D..f.
	0x0280 e9 23 ff ff ff e8 00 00 00 00 e9 71 fd ff ff     .#.........q...
	rel 4+0 t=R_USEIFACE type:*main.File+0
	rel 4+0 t=R_USEIFACE type:main.RO+0
	rel 4+0 t=R_USEIFACE type:int+0
	rel 4+0 t=R_USEIFACE type:*main.File+0
	rel 4+0 t=R_USEIFACE type:*main.File+0
	rel 26+4 t=R_PCREL type:main.File+0
	rel 36+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC2+0
	rel 51+4 t=R_PCREL go:string."abc"+0
	rel 64+4 t=R_PCREL go:itab.*main.File,main.Reader+0
	rel 69+4 t=R_CALL main.check+0
	rel 76+4 t=R_PCREL go:itab.main.RO,main.Reader+0
	rel 83+4 t=R_PCREL runtime.zerobase+0
	rel 88+4 t=R_CALL main.check+0
	rel 97+4 t=R_CALL runtime.printlock+0
	rel 107+4 t=R_CALL runtime.printint+0
	rel 112+4 t=R_CALL runtime.printsp+0
	rel 122+4 t=R_CALL runtime.printbool+0
	rel 129+4 t=R_CALL runtime.printnl+0
	rel 134+4 t=R_CALL runtime.printunlock+0
	rel 139+4 t=R_CALL runtime.printlock+0
	rel 146+4 t=R_CALL runtime.printint+0
	rel 151+4 t=R_CALL runtime.printsp+0
	rel 161+4 t=R_CALL runtime.printbool+0
	rel 166+4 t=R_CALL runtime.printnl+0
	rel 171+4 t=R_CALL runtime.printunlock+0
	rel 176+4 t=R_CALL runtime.printlock+0
	rel 183+4 t=R_CALL runtime.printuint+0
	rel 193+4 t=R_CALL runtime.printsp+0
	rel 200+4 t=R_CALL runtime.printbool+0
	rel 205+4 t=R_CALL runtime.printnl+0
	rel 210+4 t=R_CALL runtime.printunlock+0
	rel 215+4 t=R_CALL runtime.printlock+0
	rel 222+4 t=R_PCREL go:string."nil to iface "+0
	rel 232+4 t=R_CALL runtime.printstring+0
	rel 239+4 t=R_CALL runtime.printbool+0
	rel 244+4 t=R_CALL runtime.printnl+0
	rel 249+4 t=R_CALL runtime.printunlock+0
	rel 257+4 t=R_CALL runtime.printlock+0
	rel 264+4 t=R_PCREL go:string."nil to int "+0
	rel 274+4 t=R_CALL runtime.printstring+0
	rel 281+4 t=R_CALL runtime.printbool+0
	rel 289+4 t=R_CALL runtime.printnl+0
	rel 294+4 t=R_CALL runtime.printunlock+0
	rel 310+4 t=R_PCREL go:string."x"+0
	rel 322+4 t=R_PCREL main..typeAssert.2+0
	rel 331+4 t=R_PCREL go:itab.*main.File,main.ReadWriter+16
	rel 358+4 t=R_PCREL type:*main.File+0
	rel 378+4 t=R_PCREL main..typeAssert.2+0
	rel 385+4 t=R_CALL runtime.typeAssert+0
	rel 408+4 t=R_PCREL main..typeAssert.3+0
	rel 429+4 t=R_PCREL go:itab.*main.File,main.ReadWriter+0
	rel 462+4 t=R_PCREL go:string."yz"+0
	rel 472+4 t=R_CALL runtime.concatstring2+0
	rel 497+4 t=R_CALL runtime.printlock+0
	rel 513+4 t=R_CALL runtime.printbool+0
	rel 518+4 t=R_CALL runtime.printsp+0
	rel 528+4 t=R_CALL runtime.printint+0
	rel 533+4 t=R_CALL runtime.printsp+0
	rel 548+4 t=R_CALL runtime.printstring+0
	rel 553+4 t=R_CALL runtime.printnl+0
	rel 558+4 t=R_CALL runtime.printunlock+0
	rel 571+4 t=R_PCREL type:*main.File+0
	rel 578+4 t=R_PCREL type:main.ReadWriter+0
	rel 583+4 t=R_CALL runtime.panicdottypeI+0
	rel 619+4 t=R_PCREL main..typeAssert.3+0
	rel 624+4 t=R_CALL runtime.typeAssert+0
	rel 646+4 t=R_CALL runtime.morestack_noctxt+0
main.Reader.Read STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Reader.Read(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Reader.Read.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Reader.Read.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.Reader+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.Writer.Write STEXT dupok size=98 align=0x0 args=0x20 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Writer.Write(SB), DUPOK|WRAPPER|ABIInternal, $32-32
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	50
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+40(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+48(FP)
	0x0018 00024 (<autogenerated>:1)	MOVQ	CX, main.s+56(FP)
	0x001d 00029 (<autogenerated>:1)	FUNCDATA	$0, gclocals·jJUmT8EancinwDq7lB+tvg==(SB)
	0x001d 00029 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x001d 00029 (<autogenerated>:1)	FUNCDATA	$5, main.Writer.Write.arginfo1(SB)
	0x001d 00029 (<autogenerated>:1)	FUNCDATA	$6, main.Writer.Write.argliveinfo(SB)
	0x001d 00029 (<autogenerated>:1)	PCDATA	$3, $1
	0x001d 00029 (<autogenerated>:1)	MOVQ	24(AX), DX
	0x0021 00033 (<autogenerated>:1)	MOVQ	BX, AX
	0x0024 00036 (<autogenerated>:1)	MOVQ	CX, BX
	0x0027 00039 (<autogenerated>:1)	MOVQ	DI, CX
	0x002a 00042 (<autogenerated>:1)	PCDATA	$1, $1
	0x002a 00042 (<autogenerated>:1)	CALL	DX
	0x002c 00044 (<autogenerated>:1)	ADDQ	$24, SP
	0x0030 00048 (<autogenerated>:1)	POPQ	BP
	0x0031 00049 (<autogenerated>:1)	RET
	0x0032 00050 (<autogenerated>:1)	NOP
	0x0032 00050 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0032 00050 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0032 00050 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0037 00055 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x003c 00060 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x0041 00065 (<autogenerated>:1)	MOVQ	DI, 32(SP)
	0x0046 00070 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x004b 00075 (<autogenerated>:1)	PCDATA	$0, $-1
	0x004b 00075 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0050 00080 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0055 00085 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x005a 00090 (<autogenerated>:1)	MOVQ	32(SP), DI
	0x005f 00095 (<autogenerated>:1)	NOP
	0x0060 00096 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 2c 55 48 89 e5 48 83 ec 18 48 89  I;f.v,UH..H...H.
	0x0010 44 24 28 48 89 5c 24 30 48 89 4c 24 38 48 8b 50  D$(H.\$0H.L$8H.P
	0x0020 18 48 89 d8 48 89 cb 48 89 f9 ff d2 48 83 c4 18  .H..H..H....H...
	0x0030 5d c3 48 89 44 24 08 48 89 5c 24 10 48 89 4c 24  ].H.D$.H.\$.H.L$
	0x0040 18 48 89 7c 24 20 e8 00 00 00 00 48 8b 44 24 08  .H.|$ .....H.D$.
	0x0050 48 8b 5c 24 10 48 8b 4c 24 18 48 8b 7c 24 20 90  H.\$.H.L$.H.|$ .
	0x0060 eb 9e                                            ..
	rel 2+0 t=R_USEIFACEMETHOD type:main.Writer+96
	rel 42+0 t=R_CALLIND +0
	rel 71+4 t=R_CALL runtime.morestack_noctxt+0
main.ReadWriter.Read STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.ReadWriter.Read(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.ReadWriter.Read.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.ReadWriter.Read.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.ReadWriter+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.ReadWriter.Write STEXT dupok size=98 align=0x0 args=0x20 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.ReadWriter.Write(SB), DUPOK|WRAPPER|ABIInternal, $32-32
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	50
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+40(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+48(FP)
	0x0018 00024 (<autogenerated>:1)	MOVQ	CX, main.s+56(FP)
	0x001d 00029 (<autogenerated>:1)	FUNCDATA	$0, gclocals·jJUmT8EancinwDq7lB+tvg==(SB)
	0x001d 00029 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x001d 00029 (<autogenerated>:1)	FUNCDATA	$5, main.ReadWriter.Write.arginfo1(SB)
	0x001d 00029 (<autogenerated>:1)	FUNCDATA	$6, main.ReadWriter.Write.argliveinfo(SB)
	0x001d 00029 (<autogenerated>:1)	PCDATA	$3, $1
	0x001d 00029 (<autogenerated>:1)	MOVQ	32(AX), DX
	0x0021 00033 (<autogenerated>:1)	MOVQ	BX, AX
	0x0024 00036 (<autogenerated>:1)	MOVQ	CX, BX
	0x0027 00039 (<autogenerated>:1)	MOVQ	DI, CX
	0x002a 00042 (<autogenerated>:1)	PCDATA	$1, $1
	0x002a 00042 (<autogenerated>:1)	CALL	DX
	0x002c 00044 (<autogenerated>:1)	ADDQ	$24, SP
	0x0030 00048 (<autogenerated>:1)	POPQ	BP
	0x0031 00049 (<autogenerated>:1)	RET
	0x0032 00050 (<autogenerated>:1)	NOP
	0x0032 00050 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0032 00050 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0032 00050 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0037 00055 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x003c 00060 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x0041 00065 (<autogenerated>:1)	MOVQ	DI, 32(SP)
	0x0046 00070 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x004b 00075 (<autogenerated>:1)	PCDATA	$0, $-1
	0x004b 00075 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0050 00080 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0055 00085 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x005a 00090 (<autogenerated>:1)	MOVQ	32(SP), DI
	0x005f 00095 (<autogenerated>:1)	NOP
	0x0060 00096 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 2c 55 48 89 e5 48 83 ec 18 48 89  I;f.v,UH..H...H.
	0x0010 44 24 28 48 89 5c 24 30 48 89 4c 24 38 48 8b 50  D$(H.\$0H.L$8H.P
	0x0020 20 48 89 d8 48 89 cb 48 89 f9 ff d2 48 83 c4 18   H..H..H....H...
	0x0030 5d c3 48 89 44 24 08 48 89 5c 24 10 48 89 4c 24  ].H.D$.H.\$.H.L$
	0x0040 18 48 89 7c 24 20 e8 00 00 00 00 48 8b 44 24 08  .H.|$ .....H.D$.
	0x0050 48 8b 5c 24 10 48 8b 4c 24 18 48 8b 7c 24 20 90  H.\$.H.L$.H.|$ .
	0x0060 eb 9e                                            ..
	rel 2+0 t=R_USEIFACEMETHOD type:main.ReadWriter+104
	rel 42+0 t=R_CALLIND +0
	rel 71+4 t=R_CALL runtime.morestack_noctxt+0
main.(*RO).Read STEXT dupok nosplit size=29 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*RO).Read(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*RO).Read.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*RO).Read.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	23
	0x0009 00009 (<autogenerated>:1)	LEAQ	go:string."ro"(SB), AX
	0x0010 00016 (<autogenerated>:1)	MOVL	$2, BX
	0x0015 00021 (<autogenerated>:1)	POPQ	BP
	0x0016 00022 (<autogenerated>:1)	RET
	0x0017 00023 (<autogenerated>:1)	PCDATA	$1, $1
	0x0017 00023 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x001c 00028 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 0e 48 8d 05 00 00 00 00  UH..H..t.H......
	0x0010 bb 02 00 00 00 5d c3 e8 00 00 00 00 90           .....].......
	rel 12+4 t=R_PCREL go:string."ro"+0
	rel 24+4 t=R_CALL runtime.panicwrap+0
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
type:.namedata.*main.Reader. SRODATA dupok size=14 align=0x1
	0x0000 01 0c 2a 6d 61 69 6e 2e 52 65 61 64 65 72        ..*main.Reader
type:*main.Reader SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 13 1e ca f4 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Reader.+0
	rel 48+8 t=R_ADDR type:main.Reader+0
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
type:.namedata.Read. SRODATA dupok size=6 align=0x1
	0x0000 01 04 52 65 61 64                                ..Read
type:main.Reader SRODATA size=104 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 b4 c0 14 7f 07 08 08 14 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Reader.+0
	rel 44+4 t=R_ADDROFF type:*main.Reader+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Reader+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Read.+0
	rel 100+4 t=R_ADDROFF type:func() string+0
type:.namedata.*main.File. SRODATA dupok size=12 align=0x1
	0x0000 01 0a 2a 6d 61 69 6e 2e 46 69 6c 65              ..*main.File
runtime.strequal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.strequal+0
type:.namedata.data- SRODATA dupok size=6 align=0x1
	0x0000 00 04 64 61 74 61                                ..data
type:main.File SRODATA size=120 align=0x8
	0x0000 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 62 ac ae 08 07 08 08 19 00 00 00 00 00 00 00 00  b...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.strequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.File.+0
	rel 44+4 t=R_ADDROFF type:*main.File+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.File+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.data-+0
	rel 104+8 t=R_ADDR type:string+0
type:.namedata.*func(*main.File) string- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 46 69  ..*func(*main.Fi
	0x0010 6c 65 29 20 73 74 72 69 6e 67                    le) string
type:*func(*main.File) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d2 5b 76 ef 28 08 08 16 00 00 00 00 00 00 00 00  .[v.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.File) string-+0
	rel 48+8 t=R_ADDR type:func(*main.File) string+0
type:func(*main.File) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 71 43 ef 7b 22 08 08 13 00 00 00 00 00 00 00 00  qC.{"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.File) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.File) string+0
	rel 56+8 t=R_ADDR type:*main.File+0
	rel 64+8 t=R_ADDR type:string+0
type:.namedata.*func(*main.File, string) int- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 46 69  ..*func(*main.Fi
	0x0010 6c 65 2c 20 73 74 72 69 6e 67 29 20 69 6e 74     le, string) int
type:*func(*main.File, string) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8f cf cc 8f 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.File, string) int-+0
	rel 48+8 t=R_ADDR type:func(*main.File, string) int+0
type:func(*main.File, string) int SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 08 16 c3 30 22 08 08 13 00 00 00 00 00 00 00 00  ...0"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.File, string) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.File, string) int+0
	rel 56+8 t=R_ADDR type:*main.File+0
	rel 64+8 t=R_ADDR type:string+0
	rel 72+8 t=R_ADDR type:int+0
type:.namedata.Write. SRODATA dupok size=7 align=0x1
	0x0000 01 05 57 72 69 74 65                             ..Write
type:.namedata.*func(string) int- SRODATA dupok size=19 align=0x1
	0x0000 00 11 2a 66 75 6e 63 28 73 74 72 69 6e 67 29 20  ..*func(string) 
	0x0010 69 6e 74                                         int
type:*func(string) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 07 81 c4 8f 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(string) int-+0
	rel 48+8 t=R_ADDR type:func(string) int+0
type:func(string) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 cc 3f 2d 30 22 08 08 13 00 00 00 00 00 00 00 00  .?-0"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(string) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(string) int+0
	rel 56+8 t=R_ADDR type:string+0
	rel 64+8 t=R_ADDR type:int+0
type:*main.File SRODATA size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b9 8e 67 f7 29 08 08 16 00 00 00 00 00 00 00 00  ..g.)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 02 00 02 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.File.+0
	rel 48+8 t=R_ADDR type:main.File+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Read.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*File).Read+0
	rel 84+4 t=R_METHODOFF main.(*File).Read+0
	rel 88+4 t=R_ADDROFF type:.namedata.Write.+0
	rel 92+4 t=R_METHODOFF type:func(string) int+0
	rel 96+4 t=R_METHODOFF main.(*File).Write+0
	rel 100+4 t=R_METHODOFF main.(*File).Write+0
go:itab.*main.File,main.Reader SRODATA dupok size=32 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 b9 8e 67 f7 00 00 00 00 00 00 00 00 00 00 00 00  ..g.............
	rel 0+8 t=R_ADDR type:main.Reader+0
	rel 8+8 t=R_ADDR type:*main.File+0
	rel 24+8 t=RelocType(-32767) main.(*File).Read+0
runtime.memequal0·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal0+0
type:.namedata.*main.RO. SRODATA dupok size=10 align=0x1
	0x0000 01 08 2a 6d 61 69 6e 2e 52 4f                    ..*main.RO
type:.namedata.*func(*main.RO) string- SRODATA dupok size=24 align=0x1
	0x0000 00 16 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 52 4f  ..*func(*main.RO
	0x0010 29 20 73 74 72 69 6e 67                          ) string
type:*func(*main.RO) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d1 cb c7 29 28 08 08 16 00 00 00 00 00 00 00 00  ...)(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.RO) string-+0
	rel 48+8 t=R_ADDR type:func(*main.RO) string+0
type:func(*main.RO) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 29 6d 1b b7 22 08 08 13 00 00 00 00 00 00 00 00  )m.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.RO) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.RO) string+0
	rel 56+8 t=R_ADDR type:*main.RO+0
	rel 64+8 t=R_ADDR type:string+0
type:*main.RO SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9b f9 dc 31 29 08 08 16 00 00 00 00 00 00 00 00  ...1)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.RO.+0
	rel 48+8 t=R_ADDR type:main.RO+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Read.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*RO).Read+0
	rel 84+4 t=R_METHODOFF main.(*RO).Read+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.*func(main.RO) string- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 66 75 6e 63 28 6d 61 69 6e 2e 52 4f 29  ..*func(main.RO)
	0x0010 20 73 74 72 69 6e 67                              string
type:*func(main.RO) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9c ac 8d ce 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.RO) string-+0
	rel 48+8 t=R_ADDR type:func(main.RO) string+0
type:func(main.RO) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7b 32 91 ea 22 08 08 13 00 00 00 00 00 00 00 00  {2.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.RO) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.RO) string+0
	rel 56+8 t=R_ADDR type:main.RO+0
	rel 64+8 t=R_ADDR type:string+0
type:main.RO SRODATA size=112 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 b0 b4 53 54 0f 01 01 19 00 00 00 00 00 00 00 00  ..ST............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 01 00 01 00 10 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal0·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.RO.+0
	rel 44+4 t=R_ADDROFF type:*main.RO+0
	rel 56+8 t=R_ADDR type:main.RO+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Read.+0
	rel 100+4 t=R_METHODOFF type:func() string+0
	rel 104+4 t=R_METHODOFF main.(*RO).Read+0
	rel 108+4 t=R_METHODOFF main.RO.Read+0
go:itab.main.RO,main.Reader SRODATA dupok size=32 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 b0 b4 53 54 00 00 00 00 00 00 00 00 00 00 00 00  ..ST............
	rel 0+8 t=R_ADDR type:main.Reader+0
	rel 8+8 t=R_ADDR type:main.RO+0
	rel 24+8 t=RelocType(-32767) main.(*RO).Read+0
type:.namedata.*main.ReadWriter. SRODATA dupok size=18 align=0x1
	0x0000 01 10 2a 6d 61 69 6e 2e 52 65 61 64 57 72 69 74  ..*main.ReadWrit
	0x0010 65 72                                            er
type:*main.ReadWriter SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 21 ab 2a d4 28 08 08 16 00 00 00 00 00 00 00 00  !.*.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.ReadWriter.+0
	rel 48+8 t=R_ADDR type:main.ReadWriter+0
type:main.ReadWriter SRODATA size=112 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 0f 28 2e d4 07 08 08 14 00 00 00 00 00 00 00 00  .(..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00  ........ .......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.ReadWriter.+0
	rel 44+4 t=R_ADDROFF type:*main.ReadWriter+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.ReadWriter+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Read.+0
	rel 100+4 t=R_ADDROFF type:func() string+0
	rel 104+4 t=R_ADDROFF type:.namedata.Write.+0
	rel 108+4 t=R_ADDROFF type:func(string) int+0
go:itab.*main.File,main.ReadWriter SRODATA dupok size=40 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 b9 8e 67 f7 00 00 00 00 00 00 00 00 00 00 00 00  ..g.............
	0x0020 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:main.ReadWriter+0
	rel 8+8 t=R_ADDR type:*main.File+0
	rel 24+8 t=RelocType(-32767) main.(*File).Read+0
	rel 32+8 t=RelocType(-32767) main.(*File).Write+0
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.(*File).Write$abstract SDWARFABSFCN dupok size=40 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 46 69 6c 65 29 2e 57 72  .main.(*File).Wr
	0x0010 69 74 65 00 01 0e 01 22 66 00 00 00 00 00 00 22  ite...."f......"
	0x0020 73 00 00 00 00 00 00 00                          s.......
	rel 27+4 t=R_DWARFSECREF go:info.*main.File+0
	rel 35+4 t=R_DWARFSECREF go:info.string+0
go:info.main.(*File).Read$abstract SDWARFABSFCN dupok size=31 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 46 69 6c 65 29 2e 52 65  .main.(*File).Re
	0x0010 61 64 00 01 0d 01 22 66 00 00 00 00 00 00 00     ad...."f.......
	rel 26+4 t=R_DWARFSECREF go:info.*main.File+0
go:info.main.RO.Read$abstract SDWARFABSFCN dupok size=18 align=0x0
	0x0000 05 6d 61 69 6e 2e 52 4f 2e 52 65 61 64 00 01 12  .main.RO.Read...
	0x0010 01 00                                            ..
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Writer. SRODATA dupok size=14 align=0x1
	0x0000 01 0c 2a 6d 61 69 6e 2e 57 72 69 74 65 72        ..*main.Writer
type:*main.Writer SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 6a 5f bd d4 28 08 08 16 00 00 00 00 00 00 00 00  j_..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Writer.+0
	rel 48+8 t=R_ADDR type:main.Writer+0
type:main.Writer SRODATA size=104 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 01 c2 94 b3 07 08 08 14 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Writer.+0
	rel 44+4 t=R_ADDROFF type:*main.Writer+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Writer+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Write.+0
	rel 100+4 t=R_ADDROFF type:func(string) int+0
go:string."ro" SRODATA dupok size=2 align=0x1
	0x0000 72 6f                                            ro
main..typeAssert.0 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01                                               .
	rel 0+8 t=R_ADDR runtime.emptyTypeAssertCache+0
	rel 8+8 t=R_ADDR type:main.Writer+0
go:string."+" SRODATA dupok size=1 align=0x1
	0x0000 2b                                               +
go:string."writer" SRODATA dupok size=6 align=0x1
	0x0000 77 72 69 74 65 72                                writer
go:string."writer " SRODATA dupok size=7 align=0x1
	0x0000 77 72 69 74 65 72 20                             writer 
go:string."not a writer" SRODATA dupok size=12 align=0x1
	0x0000 6e 6f 74 20 61 20 77 72 69 74 65 72              not a writer
go:string."not a writer " SRODATA dupok size=13 align=0x1
	0x0000 6e 6f 74 20 61 20 77 72 69 74 65 72 20           not a writer 
go:string."is *File" SRODATA dupok size=8 align=0x1
	0x0000 69 73 20 2a 46 69 6c 65                          is *File
go:string."is *File " SRODATA dupok size=9 align=0x1
	0x0000 69 73 20 2a 46 69 6c 65 20                       is *File 
go:string."is RO" SRODATA dupok size=5 align=0x1
	0x0000 69 73 20 52 4f                                   is RO
go:string."is RO " SRODATA dupok size=6 align=0x1
	0x0000 69 73 20 52 4f 20                                is RO 
type:.eqfunc.M17 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 11 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }- SRODATA dupok size=389 align=0x1
	0x0000 00 82 03 2a 73 74 72 75 63 74 20 7b 20 43 61 63  ...*struct { Cac
	0x0010 68 65 20 2a 73 74 72 75 63 74 20 7b 20 4d 61 73  he *struct { Mas
	0x0020 6b 20 75 69 6e 74 70 74 72 3b 20 45 6e 74 72 69  k uintptr; Entri
	0x0030 65 73 20 5b 31 5d 73 74 72 75 63 74 20 7b 20 54  es [1]struct { T
	0x0040 79 70 20 75 69 6e 74 70 74 72 3b 20 49 74 61 62  yp uintptr; Itab
	0x0050 20 75 69 6e 74 70 74 72 20 7d 20 7d 3b 20 49 6e   uintptr } }; In
	0x0060 74 65 72 20 2a 73 74 72 75 63 74 20 7b 20 54 79  ter *struct { Ty
	0x0070 70 65 20 73 74 72 75 63 74 20 7b 20 53 69 7a 65  pe struct { Size
	0x0080 5f 20 75 69 6e 74 70 74 72 3b 20 50 74 72 42 79  _ uintptr; PtrBy
	0x0090 74 65 73 20 75 69 6e 74 70 74 72 3b 20 48 61 73  tes uintptr; Has
	0x00a0 68 20 75 69 6e 74 33 32 3b 20 54 46 6c 61 67 20  h uint32; TFlag 
	0x00b0 75 69 6e 74 38 3b 20 41 6c 69 67 6e 5f 20 75 69  uint8; Align_ ui
	0x00c0 6e 74 38 3b 20 46 69 65 6c 64 41 6c 69 67 6e 5f  nt8; FieldAlign_
	0x00d0 20 75 69 6e 74 38 3b 20 4b 69 6e 64 5f 20 75 69   uint8; Kind_ ui
	0x00e0 6e 74 38 3b 20 45 71 75 61 6c 20 75 6e 73 61 66  nt8; Equal unsaf
	0x00f0 65 2e 50 6f 69 6e 74 65 72 3b 20 47 43 44 61 74  e.Pointer; GCDat
	0x0100 61 20 2a 75 69 6e 74 38 3b 20 53 74 72 20 69 6e  a *uint8; Str in
	0x0110 74 33 32 3b 20 50 74 72 54 6f 54 68 69 73 20 69  t32; PtrToThis i
	0x0120 6e 74 33 32 20 7d 3b 20 50 6b 67 50 61 74 68 20  nt32 }; PkgPath 
	0x0130 73 74 72 75 63 74 20 7b 20 42 79 74 65 73 20 2a  struct { Bytes *
	0x0140 75 69 6e 74 38 20 7d 3b 20 4d 65 74 68 6f 64 73  uint8 }; Methods
	0x0150 20 5b 5d 73 74 72 75 63 74 20 7b 20 4e 61 6d 65   []struct { Name
	0x0160 20 69 6e 74 33 32 3b 20 54 79 70 20 69 6e 74 33   int32; Typ int3
	0x0170 32 20 7d 20 7d 3b 20 43 61 6e 46 61 69 6c 20 62  2 } }; CanFail b
	0x0180 6f 6f 6c 20 7d                                   ool }
type:*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 06 49 a7 78 28 08 08 16 00 00 00 00 00 00 00 00  .I.x(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }-+0
	rel 48+8 t=R_ADDR type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }+0
runtime.gcbits.0300000000000000 SRODATA dupok size=8 align=0x8
	0x0000 03 00 00 00 00 00 00 00                          ........
type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }- SRODATA dupok size=75 align=0x1
	0x0000 00 49 2a 73 74 72 75 63 74 20 7b 20 4d 61 73 6b  .I*struct { Mask
	0x0010 20 75 69 6e 74 70 74 72 3b 20 45 6e 74 72 69 65   uintptr; Entrie
	0x0020 73 20 5b 31 5d 73 74 72 75 63 74 20 7b 20 54 79  s [1]struct { Ty
	0x0030 70 20 75 69 6e 74 70 74 72 3b 20 49 74 61 62 20  p uintptr; Itab 
	0x0040 75 69 6e 74 70 74 72 20 7d 20 7d                 uintptr } }
type:.eqfunc.M24 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal128·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal128+0
type:.namedata.*[1]struct { Typ uintptr; Itab uintptr }- SRODATA dupok size=42 align=0x1
	0x0000 00 28 2a 5b 31 5d 73 74 72 75 63 74 20 7b 20 54  .(*[1]struct { T
	0x0010 79 70 20 75 69 6e 74 70 74 72 3b 20 49 74 61 62  yp uintptr; Itab
	0x0020 20 75 69 6e 74 70 74 72 20 7d                     uintptr }
type:*[1]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 68 d6 05 da 28 08 08 16 00 00 00 00 00 00 00 00  h...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]struct { Typ uintptr; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:[1]struct { Typ uintptr; Itab uintptr }+0
type:.namedata.*struct { Typ uintptr; Itab uintptr }- SRODATA dupok size=39 align=0x1
	0x0000 00 25 2a 73 74 72 75 63 74 20 7b 20 54 79 70 20  .%*struct { Typ 
	0x0010 75 69 6e 74 70 74 72 3b 20 49 74 61 62 20 75 69  uintptr; Itab ui
	0x0020 6e 74 70 74 72 20 7d                             ntptr }
type:*struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 6a a8 34 30 28 08 08 16 00 00 00 00 00 00 00 00  j.40(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Typ uintptr; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Itab uintptr }+0
type:.namedata.Typ. SRODATA dupok size=5 align=0x1
	0x0000 01 03 54 79 70                                   ..Typ
type:.namedata.Itab. SRODATA dupok size=6 align=0x1
	0x0000 01 04 49 74 61 62                                ..Itab
type:struct { Typ uintptr; Itab uintptr } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 db 85 a0 2a 0a 08 08 19 00 00 00 00 00 00 00 00  ...*............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Typ uintptr; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Typ uintptr; Itab uintptr }+0
	rel 56+8 t=R_ADDR type:struct { Typ uintptr; Itab uintptr }+80
	rel 80+8 t=R_ADDR type:.namedata.Typ.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.Itab.+0
	rel 112+8 t=R_ADDR type:uintptr+0
type:.namedata.*[]struct { Typ uintptr; Itab uintptr }- SRODATA dupok size=41 align=0x1
	0x0000 00 27 2a 5b 5d 73 74 72 75 63 74 20 7b 20 54 79  .'*[]struct { Ty
	0x0010 70 20 75 69 6e 74 70 74 72 3b 20 49 74 61 62 20  p uintptr; Itab 
	0x0020 75 69 6e 74 70 74 72 20 7d                       uintptr }
type:*[]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c8 78 f2 9f 28 08 08 16 00 00 00 00 00 00 00 00  .x..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Typ uintptr; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:[]struct { Typ uintptr; Itab uintptr }+0
type:[]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a8 35 dd 88 02 08 08 17 00 00 00 00 00 00 00 00  .5..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Typ uintptr; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { Typ uintptr; Itab uintptr }+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Itab uintptr }+0
type:[1]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=72 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 86 a7 6f bb 0a 08 08 11 00 00 00 00 00 00 00 00  ..o.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]struct { Typ uintptr; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*[1]struct { Typ uintptr; Itab uintptr }+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Itab uintptr }+0
	rel 56+8 t=R_ADDR type:[]struct { Typ uintptr; Itab uintptr }+0
type:.namedata.Mask. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4d 61 73 6b                                ..Mask
type:.namedata.Entries. SRODATA dupok size=9 align=0x1
	0x0000 01 07 45 6e 74 72 69 65 73                       ..Entries
type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } } SRODATA dupok size=128 align=0x8
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 e1 10 5d 01 0a 08 08 19 00 00 00 00 00 00 00 00  ..].............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.M24+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }+0
	rel 56+8 t=R_ADDR type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }+80
	rel 80+8 t=R_ADDR type:.namedata.Mask.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.Entries.+0
	rel 112+8 t=R_ADDR type:[1]struct { Typ uintptr; Itab uintptr }+0
type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 10 2f 04 74 28 08 08 16 00 00 00 00 00 00 00 00  ./.t(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }-+0
	rel 48+8 t=R_ADDR type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }+0
type:.namedata.*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }- SRODATA dupok size=276 align=0x1
	0x0000 00 91 02 2a 73 74 72 75 63 74 20 7b 20 54 79 70  ...*struct { Typ
	0x0010 65 20 73 74 72 75 63 74 20 7b 20 53 69 7a 65 5f  e struct { Size_
	0x0020 20 75 69 6e 74 70 74 72 3b 20 50 74 72 42 79 74   uintptr; PtrByt
	0x0030 65 73 20 75 69 6e 74 70 74 72 3b 20 48 61 73 68  es uintptr; Hash
	0x0040 20 75 69 6e 74 33 32 3b 20 54 46 6c 61 67 20 75   uint32; TFlag u
	0x0050 69 6e 74 38 3b 20 41 6c 69 67 6e 5f 20 75 69 6e  int8; Align_ uin
	0x0060 74 38 3b 20 46 69 65 6c 64 41 6c 69 67 6e 5f 20  t8; FieldAlign_ 
	0x0070 75 69 6e 74 38 3b 20 4b 69 6e 64 5f 20 75 69 6e  uint8; Kind_ uin
	0x0080 74 38 3b 20 45 71 75 61 6c 20 75 6e 73 61 66 65  t8; Equal unsafe
	0x0090 2e 50 6f 69 6e 74 65 72 3b 20 47 43 44 61 74 61  .Pointer; GCData
	0x00a0 20 2a 75 69 6e 74 38 3b 20 53 74 72 20 69 6e 74   *uint8; Str int
	0x00b0 33 32 3b 20 50 74 72 54 6f 54 68 69 73 20 69 6e  32; PtrToThis in
	0x00c0 74 33 32 20 7d 3b 20 50 6b 67 50 61 74 68 20 73  t32 }; PkgPath s
	0x00d0 74 72 75 63 74 20 7b 20 42 79 74 65 73 20 2a 75  truct { Bytes *u
	0x00e0 69 6e 74 38 20 7d 3b 20 4d 65 74 68 6f 64 73 20  int8 }; Methods 
	0x00f0 5b 5d 73 74 72 75 63 74 20 7b 20 4e 61 6d 65 20  []struct { Name 
	0x0100 69 6e 74 33 32 3b 20 54 79 70 20 69 6e 74 33 32  int32; Typ int32
	0x0110 20 7d 20 7d                                       } }
runtime.gcbits.d800000000000000 SRODATA dupok size=8 align=0x8
	0x0000 d8 00 00 00 00 00 00 00                          ........
type:.eqfunc.M48 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 30 00 00 00 00 00 00 00  ........0.......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }- SRODATA dupok size=183 align=0x1
	0x0000 00 b4 01 2a 73 74 72 75 63 74 20 7b 20 53 69 7a  ...*struct { Siz
	0x0010 65 5f 20 75 69 6e 74 70 74 72 3b 20 50 74 72 42  e_ uintptr; PtrB
	0x0020 79 74 65 73 20 75 69 6e 74 70 74 72 3b 20 48 61  ytes uintptr; Ha
	0x0030 73 68 20 75 69 6e 74 33 32 3b 20 54 46 6c 61 67  sh uint32; TFlag
	0x0040 20 75 69 6e 74 38 3b 20 41 6c 69 67 6e 5f 20 75   uint8; Align_ u
	0x0050 69 6e 74 38 3b 20 46 69 65 6c 64 41 6c 69 67 6e  int8; FieldAlign
	0x0060 5f 20 75 69 6e 74 38 3b 20 4b 69 6e 64 5f 20 75  _ uint8; Kind_ u
	0x0070 69 6e 74 38 3b 20 45 71 75 61 6c 20 75 6e 73 61  int8; Equal unsa
	0x0080 66 65 2e 50 6f 69 6e 74 65 72 3b 20 47 43 44 61  fe.Pointer; GCDa
	0x0090 74 61 20 2a 75 69 6e 74 38 3b 20 53 74 72 20 69  ta *uint8; Str i
	0x00a0 6e 74 33 32 3b 20 50 74 72 54 6f 54 68 69 73 20  nt32; PtrToThis 
	0x00b0 69 6e 74 33 32 20 7d                             int32 }
type:*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 02 b5 e2 b8 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }-+0
	rel 48+8 t=R_ADDR type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+0
runtime.gcbits.1800000000000000 SRODATA dupok size=8 align=0x8
	0x0000 18 00 00 00 00 00 00 00                          ........
type:.namedata.Size_. SRODATA dupok size=7 align=0x1
	0x0000 01 05 53 69 7a 65 5f                             ..Size_
type:.namedata.PtrBytes. SRODATA dupok size=10 align=0x1
	0x0000 01 08 50 74 72 42 79 74 65 73                    ..PtrBytes
type:.namedata.Hash. SRODATA dupok size=6 align=0x1
	0x0000 01 04 48 61 73 68                                ..Hash
type:.namedata.TFlag. SRODATA dupok size=7 align=0x1
	0x0000 01 05 54 46 6c 61 67                             ..TFlag
type:.namedata.Align_. SRODATA dupok size=8 align=0x1
	0x0000 01 06 41 6c 69 67 6e 5f                          ..Align_
type:.namedata.FieldAlign_. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 46 69 65 6c 64 41 6c 69 67 6e 5f           ..FieldAlign_
type:.namedata.Kind_. SRODATA dupok size=7 align=0x1
	0x0000 01 05 4b 69 6e 64 5f                             ..Kind_
type:.namedata.Equal. SRODATA dupok size=7 align=0x1
	0x0000 01 05 45 71 75 61 6c                             ..Equal
type:.namedata.GCData. SRODATA dupok size=8 align=0x1
	0x0000 01 06 47 43 44 61 74 61                          ..GCData
type:.namedata.Str. SRODATA dupok size=5 align=0x1
	0x0000 01 03 53 74 72                                   ..Str
type:.namedata.PtrToThis. SRODATA dupok size=11 align=0x1
	0x0000 01 09 50 74 72 54 6f 54 68 69 73                 ..PtrToThis
type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 } SRODATA dupok size=344 align=0x8
	0x0000 30 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  0.......(.......
	0x0010 df 8b 27 19 0a 08 08 19 00 00 00 00 00 00 00 00  ..'.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 0b 00 00 00 00 00 00 00 0b 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00 14 00 00 00 00 00 00 00  ................
	0x00b0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00c0 15 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00d0 00 00 00 00 00 00 00 00 16 00 00 00 00 00 00 00  ................
	0x00e0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00f0 17 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0100 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0110 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0120 20 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ...............
	0x0130 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	0x0140 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0150 2c 00 00 00 00 00 00 00                          ,.......
	rel 24+8 t=R_ADDR type:.eqfunc.M48+0
	rel 32+8 t=R_ADDR runtime.gcbits.1800000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+0
	rel 56+8 t=R_ADDR type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+80
	rel 80+8 t=R_ADDR type:.namedata.Size_.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.PtrBytes.+0
	rel 112+8 t=R_ADDR type:uintptr+0
	rel 128+8 t=R_ADDR type:.namedata.Hash.+0
	rel 136+8 t=R_ADDR type:uint32+0
	rel 152+8 t=R_ADDR type:.namedata.TFlag.+0
	rel 160+8 t=R_ADDR type:uint8+0
	rel 176+8 t=R_ADDR type:.namedata.Align_.+0
	rel 184+8 t=R_ADDR type:uint8+0
	rel 200+8 t=R_ADDR type:.namedata.FieldAlign_.+0
	rel 208+8 t=R_ADDR type:uint8+0
	rel 224+8 t=R_ADDR type:.namedata.Kind_.+0
	rel 232+8 t=R_ADDR type:uint8+0
	rel 248+8 t=R_ADDR type:.namedata.Equal.+0
	rel 256+8 t=R_ADDR type:unsafe.Pointer+0
	rel 272+8 t=R_ADDR type:.namedata.GCData.+0
	rel 280+8 t=R_ADDR type:*uint8+0
	rel 296+8 t=R_ADDR type:.namedata.Str.+0
	rel 304+8 t=R_ADDR type:int32+0
	rel 320+8 t=R_ADDR type:.namedata.PtrToThis.+0
	rel 328+8 t=R_ADDR type:int32+0
type:.namedata.*struct { Bytes *uint8 }- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 73 74 72 75 63 74 20 7b 20 42 79 74 65  ..*struct { Byte
	0x0010 73 20 2a 75 69 6e 74 38 20 7d                    s *uint8 }
type:*struct { Bytes *uint8 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ae f3 83 e0 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Bytes *uint8 }-+0
	rel 48+8 t=R_ADDR type:struct { Bytes *uint8 }+0
type:.namedata.Bytes. SRODATA dupok size=7 align=0x1
	0x0000 01 05 42 79 74 65 73                             ..Bytes
type:struct { Bytes *uint8 } SRODATA dupok size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5b b6 9b 9b 2a 08 08 19 00 00 00 00 00 00 00 00  [...*...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Bytes *uint8 }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Bytes *uint8 }+0
	rel 56+8 t=R_ADDR type:struct { Bytes *uint8 }+80
	rel 80+8 t=R_ADDR type:.namedata.Bytes.+0
	rel 88+8 t=R_ADDR type:*uint8+0
type:.namedata.*[]struct { Name int32; Typ int32 }- SRODATA dupok size=37 align=0x1
	0x0000 00 23 2a 5b 5d 73 74 72 75 63 74 20 7b 20 4e 61  .#*[]struct { Na
	0x0010 6d 65 20 69 6e 74 33 32 3b 20 54 79 70 20 69 6e  me int32; Typ in
	0x0020 74 33 32 20 7d                                   t32 }
type:*[]struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f3 48 29 f7 28 08 08 16 00 00 00 00 00 00 00 00  .H).(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Name int32; Typ int32 }-+0
	rel 48+8 t=R_ADDR type:[]struct { Name int32; Typ int32 }+0
type:.namedata.*struct { Name int32; Typ int32 }- SRODATA dupok size=35 align=0x1
	0x0000 00 21 2a 73 74 72 75 63 74 20 7b 20 4e 61 6d 65  .!*struct { Name
	0x0010 20 69 6e 74 33 32 3b 20 54 79 70 20 69 6e 74 33   int32; Typ int3
	0x0020 32 20 7d                                         2 }
type:*struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 2b b2 f8 3c 28 08 08 16 00 00 00 00 00 00 00 00  +..<(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Name int32; Typ int32 }-+0
	rel 48+8 t=R_ADDR type:struct { Name int32; Typ int32 }+0
type:.namedata.Name. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4e 61 6d 65                                ..Name
type:struct { Name int32; Typ int32 } SRODATA dupok size=128 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 70 40 f5 d0 0a 04 04 19 00 00 00 00 00 00 00 00  p@..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Name int32; Typ int32 }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Name int32; Typ int32 }+0
	rel 56+8 t=R_ADDR type:struct { Name int32; Typ int32 }+80
	rel 80+8 t=R_ADDR type:.namedata.Name.+0
	rel 88+8 t=R_ADDR type:int32+0
	rel 104+8 t=R_ADDR type:.namedata.Typ.+0
	rel 112+8 t=R_ADDR type:int32+0
type:[]struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 14 9c 61 d5 02 08 08 17 00 00 00 00 00 00 00 00  ..a.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Name int32; Typ int32 }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { Name int32; Typ int32 }+0
	rel 48+8 t=R_ADDR type:struct { Name int32; Typ int32 }+0
type:.namedata.Type. SRODATA dupok size=6 align=0x1
	0x0000 01 04 54 79 70 65                                ..Type
type:.namedata.PkgPath. SRODATA dupok size=9 align=0x1
	0x0000 01 07 50 6b 67 50 61 74 68                       ..PkgPath
type:.namedata.Methods. SRODATA dupok size=9 align=0x1
	0x0000 01 07 4d 65 74 68 6f 64 73                       ..Methods
type:struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=152 align=0x8
	0x0000 50 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  P.......@.......
	0x0010 e5 c7 ba fd 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 30 00 00 00 00 00 00 00  ........0.......
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 38 00 00 00 00 00 00 00                          8.......
	rel 32+8 t=R_ADDR runtime.gcbits.d800000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
	rel 56+8 t=R_ADDR type:struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+80
	rel 80+8 t=R_ADDR type:.namedata.Type.+0
	rel 88+8 t=R_ADDR type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+0
	rel 104+8 t=R_ADDR type:.namedata.PkgPath.+0
	rel 112+8 t=R_ADDR type:struct { Bytes *uint8 }+0
	rel 128+8 t=R_ADDR type:.namedata.Methods.+0
	rel 136+8 t=R_ADDR type:[]struct { Name int32; Typ int32 }+0
type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f0 fb ae 4a 28 08 08 16 00 00 00 00 00 00 00 00  ...J(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 48+8 t=R_ADDR type:struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
type:.namedata.Cache. SRODATA dupok size=7 align=0x1
	0x0000 01 05 43 61 63 68 65                             ..Cache
type:.namedata.Inter. SRODATA dupok size=7 align=0x1
	0x0000 01 05 49 6e 74 65 72                             ..Inter
type:.namedata.CanFail. SRODATA dupok size=9 align=0x1
	0x0000 01 07 43 61 6e 46 61 69 6c                       ..CanFail
type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool } SRODATA dupok size=152 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 01 09 29 f8 02 08 08 19 00 00 00 00 00 00 00 00  ..).............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M17+0
	rel 32+8 t=R_ADDR runtime.gcbits.0300000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }+0
	rel 56+8 t=R_ADDR type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }+80
	rel 80+8 t=R_ADDR type:.namedata.Cache.+0
	rel 88+8 t=R_ADDR type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }+0
	rel 104+8 t=R_ADDR type:.namedata.Inter.+0
	rel 112+8 t=R_ADDR type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
	rel 128+8 t=R_ADDR type:.namedata.CanFail.+0
	rel 136+8 t=R_ADDR type:bool+0
go:string."abc" SRODATA dupok size=3 align=0x1
	0x0000 61 62 63                                         abc
main..typeAssert.1 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01                                               .
	rel 0+8 t=R_ADDR runtime.emptyTypeAssertCache+0
	rel 8+8 t=R_ADDR type:main.Writer+0
go:string."nil to iface" SRODATA dupok size=12 align=0x1
	0x0000 6e 69 6c 20 74 6f 20 69 66 61 63 65              nil to iface
go:string."nil to iface " SRODATA dupok size=13 align=0x1
	0x0000 6e 69 6c 20 74 6f 20 69 66 61 63 65 20           nil to iface 
go:string."nil to int" SRODATA dupok size=10 align=0x1
	0x0000 6e 69 6c 20 74 6f 20 69 6e 74                    nil to int
go:string."nil to int " SRODATA dupok size=11 align=0x1
	0x0000 6e 69 6c 20 74 6f 20 69 6e 74 20                 nil to int 
go:string."x" SRODATA dupok size=1 align=0x1
	0x0000 78                                               x
main..typeAssert.2 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01                                               .
	rel 0+8 t=R_ADDR runtime.emptyTypeAssertCache+0
	rel 8+8 t=R_ADDR type:main.Reader+0
main..typeAssert.3 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01                                               .
	rel 0+8 t=R_ADDR runtime.emptyTypeAssertCache+0
	rel 8+8 t=R_ADDR type:main.ReadWriter+0
go:string."yz" SRODATA dupok size=2 align=0x1
	0x0000 79 7a                                            yz
main..stmp_0 SRODATA static size=0 align=0x1
main..stmp_1 SRODATA static size=8 align=0x8
	0x0000 2a 00 00 00 00 00 00 00                          *.......
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.(*File).Read.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*File).Read.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
main.(*File).Write.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 00 08 fe 08 08 10 08 fd ff                       .........
main.(*File).Write.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 05                                         ...
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.RO.Read.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 fe fd ff                                         ...
gclocals·Rlm/yV44EdyC9jEdjrHgIw== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 02 00 00 00 02 02 02 00              ............
gclocals·OSF3n1qP7lfO/chTuEQRdw== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 02 00 00 00 00 02 01 00              ............
main.check.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.check.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Dj7m7VTqKq6fxJqfrrXabg== SRODATA dupok size=8 align=0x4
	0x0000 05 00 00 00 00 00 00 00                          ........
gclocals·jnNwpqrWtyGa2dunrvwUbA== SRODATA dupok size=13 align=0x4
	0x0000 05 00 00 00 04 00 00 00 00 04 02 03 01           .............
main.main.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 f0 ff ff ff 10 00 00 00  ................
	0x0010 08 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
main.Reader.Read.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Reader.Read.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·jJUmT8EancinwDq7lB+tvg== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 03 00 00 00 06 00                    ..........
main.Writer.Write.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 fd fe 10 08 18 08 fd ff           .............
main.Writer.Write.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.ReadWriter.Read.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.ReadWriter.Read.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.ReadWriter.Write.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 fd fe 10 08 18 08 fd ff           .............
main.ReadWriter.Write.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*RO).Read.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*RO).Read.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
