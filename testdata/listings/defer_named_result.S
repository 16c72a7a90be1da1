funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (defer_named_result.go:44)	TEXT	main.main(SB), ABIInternal, $88-0
     0        00000 (defer_named_result.go:44)	TEXT	main.main(SB), ABIInternal, $88-0
     0     -1 00000 (defer_named_result.go:44)	CMPQ	SP, 16(R14)
     4        00004 (defer_named_result.go:44)	PCDATA	$0, $-2
     4        00004 (defer_named_result.go:44)	JLS	373
     a        00010 (defer_named_result.go:44)	PCDATA	$0, $-1
     a        00010 (defer_named_result.go:44)	PUSHQ	BP
     b        00011 (defer_named_result.go:44)	MOVQ	SP, BP
     e        00014 (defer_named_result.go:44)	SUBQ	$80, SP
    12        00018 (defer_named_result.go:44)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
    12        00018 (defer_named_result.go:44)	FUNCDATA	$1, gclocals·D7m6vffhfW89GoCjiwJnYw==(SB)
    12        00018 (defer_named_result.go:45)	PCDATA	$1, $0
    12        00018 (defer_named_result.go:45)	CALL	main.double(SB)
    17        00023 (defer_named_result.go:45)	MOVQ	AX, main..autotmp_16+48(SP)
    1c        00028 (defer_named_result.go:45)	NOP
    20        00032 (defer_named_result.go:45)	CALL	runtime.printlock(SB)
    25        00037 (defer_named_result.go:45)	MOVQ	main..autotmp_16+48(SP), AX
    2a        00042 (defer_named_result.go:45)	CALL	runtime.printint(SB)
    2f        00047 (defer_named_result.go:45)	CALL	runtime.printnl(SB)
    34        00052 (defer_named_result.go:45)	CALL	runtime.printunlock(SB)
    39        00057 (defer_named_result.go:46)	CALL	main.tripleDefers(SB)
    3e        00062 (defer_named_result.go:46)	MOVQ	AX, main..autotmp_17+72(SP)
    43        00067 (defer_named_result.go:46)	MOVQ	BX, main..autotmp_16+48(SP)
    48        00072 (defer_named_result.go:46)	PCDATA	$1, $1
    48        00072 (defer_named_result.go:46)	CALL	runtime.printlock(SB)
    4d        00077 (defer_named_result.go:46)	MOVQ	main..autotmp_17+72(SP), AX
    52        00082 (defer_named_result.go:46)	MOVQ	main..autotmp_16+48(SP), BX
    57        00087 (defer_named_result.go:46)	PCDATA	$1, $0
    57        00087 (defer_named_result.go:46)	CALL	runtime.printstring(SB)
    5c        00092 (defer_named_result.go:46)	NOP
    60        00096 (defer_named_result.go:46)	CALL	runtime.printnl(SB)
    65        00101 (defer_named_result.go:46)	CALL	runtime.printunlock(SB)
    6a        00106 (defer_named_result.go:47)	MOVL	$10, AX
    6f        00111 (defer_named_result.go:47)	MOVL	$3, BX
    74        00116 (defer_named_result.go:47)	CALL	main.safeDiv(SB)
    79        00121 (defer_named_result.go:47)	MOVQ	AX, main.q+24(SP)
    7e        00126 (defer_named_result.go:47)	MOVQ	BX, main.e.ptr+64(SP)
    83        00131 (defer_named_result.go:47)	MOVQ	CX, main.e.len+40(SP)
    88        00136 (defer_named_result.go:48)	PCDATA	$1, $2
    88        00136 (defer_named_result.go:48)	CALL	runtime.printlock(SB)
    8d        00141 (defer_named_result.go:48)	MOVQ	main.q+24(SP), AX
    92        00146 (defer_named_result.go:48)	CALL	runtime.printint(SB)
    97        00151 (defer_named_result.go:48)	CALL	runtime.printsp(SB)
    9c        00156 (defer_named_result.go:48)	MOVQ	main.e.ptr+64(SP), AX
    a1        00161 (defer_named_result.go:48)	MOVQ	main.e.len+40(SP), BX
    a6        00166 (defer_named_result.go:48)	PCDATA	$1, $0
    a6        00166 (defer_named_result.go:48)	CALL	runtime.printstring(SB)
    ab        00171 (defer_named_result.go:48)	CALL	runtime.printnl(SB)
    b0        00176 (defer_named_result.go:48)	CALL	runtime.printunlock(SB)
    b5        00181 (defer_named_result.go:49)	MOVL	$10, AX
    ba        00186 (defer_named_result.go:49)	XORL	BX, BX
    bc        00188 (defer_named_result.go:49)	NOP
    c0        00192 (defer_named_result.go:49)	CALL	main.safeDiv(SB)
    c5        00197 (defer_named_result.go:49)	MOVQ	AX, main.q+24(SP)
    ca        00202 (defer_named_result.go:49)	MOVQ	BX, main.e.ptr+64(SP)
    cf        00207 (defer_named_result.go:49)	MOVQ	CX, main.e.len+40(SP)
    d4        00212 (defer_named_result.go:50)	PCDATA	$1, $2
    d4        00212 (defer_named_result.go:50)	CALL	runtime.printlock(SB)
    d9        00217 (defer_named_result.go:50)	MOVQ	main.q+24(SP), AX
    de        00222 (defer_named_result.go:50)	NOP
    e0        00224 (defer_named_result.go:50)	CALL	runtime.printint(SB)
    e5        00229 (defer_named_result.go:50)	CALL	runtime.printsp(SB)
    ea        00234 (defer_named_result.go:50)	MOVQ	main.e.ptr+64(SP), AX
    ef        00239 (defer_named_result.go:50)	MOVQ	main.e.len+40(SP), BX
    f4        00244 (defer_named_result.go:50)	PCDATA	$1, $0
    f4        00244 (defer_named_result.go:50)	CALL	runtime.printstring(SB)
    f9        00249 (defer_named_result.go:50)	CALL	runtime.printnl(SB)
    fe        00254 (defer_named_result.go:50)	NOP
   100        00256 (defer_named_result.go:50)	CALL	runtime.printunlock(SB)
   105        00261 (defer_named_result.go:51)	CALL	main.counted(SB)
   10a        00266 (defer_named_result.go:51)	MOVQ	AX, main.n+32(SP)
   10f        00271 (defer_named_result.go:51)	MOVQ	BX, main.t.ptr+56(SP)
   114        00276 (defer_named_result.go:51)	MOVQ	CX, main.t.len+16(SP)
   119        00281 (defer_named_result.go:52)	PCDATA	$1, $3
   119        00281 (defer_named_result.go:52)	CALL	runtime.printlock(SB)
   11e        00286 (defer_named_result.go:52)	MOVQ	main.n+32(SP), AX
   123        00291 (defer_named_result.go:52)	CALL	runtime.printint(SB)
   128        00296 (defer_named_result.go:52)	CALL	runtime.printsp(SB)
   12d        00301 (defer_named_result.go:52)	MOVQ	main.t.ptr+56(SP), AX
   132        00306 (defer_named_result.go:52)	MOVQ	main.t.len+16(SP), BX
   137        00311 (defer_named_result.go:52)	PCDATA	$1, $0
   137        00311 (defer_named_result.go:52)	CALL	runtime.printstring(SB)
   13c        00316 (defer_named_result.go:52)	NOP
   140        00320 (defer_named_result.go:52)	CALL	runtime.printnl(SB)
   145        00325 (defer_named_result.go:52)	CALL	runtime.printunlock(SB)
   14a        00330 (defer_named_result.go:53)	CALL	main.unnamed(SB)
   14f        00335 (defer_named_result.go:53)	MOVQ	AX, main..autotmp_16+48(SP)
   154        00340 (defer_named_result.go:53)	CALL	runtime.printlock(SB)
   159        00345 (defer_named_result.go:53)	MOVQ	main..autotmp_16+48(SP), AX
   15e        00350 (defer_named_result.go:53)	NOP
   160        00352 (defer_named_result.go:53)	CALL	runtime.printint(SB)
   165        00357 (defer_named_result.go:53)	CALL	runtime.printnl(SB)
   16a        00362 (defer_named_result.go:53)	CALL	runtime.printunlock(SB)
   16f        00367 (defer_named_result.go:54)	ADDQ	$80, SP
   173        00371 (defer_named_result.go:54)	POPQ	BP
   174        00372 (defer_named_result.go:54)	RET
   175        00373 (defer_named_result.go:54)	NOP
   175        00373 (defer_named_result.go:44)	PCDATA	$1, $-1
   175        00373 (defer_named_result.go:44)	PCDATA	$0, $-2
   175        00373 (defer_named_result.go:44)	CALL	runtime.morestack_noctxt(SB)
   17a        00378 (defer_named_result.go:44)	PCDATA	$0, $-1
   17a        00378 (defer_named_result.go:44)	JMP	0
   17f done
wrote 4 bytes to 0x0
 00 ff 02 00
funcpctab main.unnamed [valfunc=pctoinline]
     0     -1 00000 (defer_named_result.go:38)	TEXT	main.unnamed(SB), ABIInternal, $56-0
     0        00000 (defer_named_result.go:38)	TEXT	main.unnamed(SB), ABIInternal, $56-0
     0     -1 00000 (defer_named_result.go:38)	CMPQ	SP, 16(R14)
     4        00004 (defer_named_result.go:38)	PCDATA	$0, $-2
     4        00004 (defer_named_result.go:38)	JLS	130
     6        00006 (defer_named_result.go:38)	PCDATA	$0, $-1
     6        00006 (defer_named_result.go:38)	PUSHQ	BP
     7        00007 (defer_named_result.go:38)	MOVQ	SP, BP
     a        00010 (defer_named_result.go:38)	SUBQ	$48, SP
     e        00014 (defer_named_result.go:38)	MOVQ	X15, 40(SP)
    15        00021 (defer_named_result.go:38)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    15        00021 (defer_named_result.go:38)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
    15        00021 (defer_named_result.go:38)	FUNCDATA	$2, main.unnamed.stkobj(SB)
    15        00021 (defer_named_result.go:38)	FUNCDATA	$4, main.unnamed.opendefer(SB)
    15        00021 (defer_named_result.go:38)	MOVB	$0, main..autotmp_4+7(SP)
    1a        00026 (defer_named_result.go:38)	MOVQ	$0, main.~r0+8(SP)
    23        00035 (defer_named_result.go:39)	MOVQ	$5, main.x+16(SP)
    2c        00044 (defer_named_result.go:40)	LEAQ	main.unnamed.func1(SB), AX
    33        00051 (defer_named_result.go:40)	MOVQ	AX, main..autotmp_3+24(SP)
    38        00056 (defer_named_result.go:40)	LEAQ	main.x+16(SP), AX
    3d        00061 (defer_named_result.go:40)	MOVQ	AX, main..autotmp_3+32(SP)
    42        00066 (defer_named_result.go:40)	LEAQ	main..autotmp_3+24(SP), DX
    47        00071 (defer_named_result.go:40)	MOVQ	DX, main..autotmp_5+40(SP)
    4c        00076 (defer_named_result.go:40)	MOVB	$1, main..autotmp_4+7(SP)
    51        00081 (defer_named_result.go:41)	MOVQ	main.x+16(SP), AX
    56        00086 (defer_named_result.go:41)	MOVQ	AX, main.~r0+8(SP)
    5b        00091 (defer_named_result.go:41)	MOVB	$0, main..autotmp_4+7(SP)
    60        00096 (defer_named_result.go:41)	MOVQ	main..autotmp_3+24(SP), AX
    65        00101 (defer_named_result.go:41)	PCDATA	$1, $1
    65        00101 (defer_named_result.go:41)	CALL	AX
    67        00103 (defer_named_result.go:41)	MOVQ	main.~r0+8(SP), AX
    6c        00108 (defer_named_result.go:41)	ADDQ	$48, SP
    70        00112 (defer_named_result.go:41)	POPQ	BP
    71        00113 (defer_named_result.go:41)	RET
    72        00114 (defer_named_result.go:41)	CALL	runtime.deferreturn(SB)
    77        00119 (defer_named_result.go:41)	MOVQ	main.~r0+8(SP), AX
    7c        00124 (defer_named_result.go:41)	ADDQ	$48, SP
    80        00128 (defer_named_result.go:41)	POPQ	BP
    81        00129 (defer_named_result.go:41)	RET
    82        00130 (defer_named_result.go:41)	NOP
    82        00130 (defer_named_result.go:38)	PCDATA	$1, $-1
    82        00130 (defer_named_result.go:38)	PCDATA	$0, $-2
    82        00130 (defer_named_result.go:38)	CALL	runtime.morestack_noctxt(SB)
    87        00135 (defer_named_result.go:38)	PCDATA	$0, $-1
    87        00135 (defer_named_result.go:38)	JMP	0
    8c done
wrote 4 bytes to 0x0
 00 8c 01 00
funcpctab main.unnamed.func1 [valfunc=pctoinline]
     0     -1 00000 (defer_named_result.go:40)	TEXT	main.unnamed.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (defer_named_result.go:40)	TEXT	main.unnamed.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (defer_named_result.go:40)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (defer_named_result.go:40)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (defer_named_result.go:40)	MOVQ	8(DX), AX
     4        00004 (defer_named_result.go:40)	MOVQ	$50, (AX)
     b        00011 (defer_named_result.go:40)	RET
     c done
wrote 3 bytes to 0x0
 00 0c 00
funcpctab main.counted [valfunc=pctoinline]
     0     -1 00000 (defer_named_result.go:28)	TEXT	main.counted(SB), ABIInternal, $112-0
     0        00000 (defer_named_result.go:28)	TEXT	main.counted(SB), ABIInternal, $112-0
     0     -1 00000 (defer_named_result.go:28)	CMPQ	SP, 16(R14)
     4        00004 (defer_named_result.go:28)	PCDATA	$0, $-2
     4        00004 (defer_named_result.go:28)	JLS	230
     a        00010 (defer_named_result.go:28)	PCDATA	$0, $-1
     a        00010 (defer_named_result.go:28)	PUSHQ	BP
     b        00011 (defer_named_result.go:28)	MOVQ	SP, BP
     e        00014 (defer_named_result.go:28)	SUBQ	$104, SP
    12        00018 (defer_named_result.go:28)	MOVQ	X15, 96(SP)
    19        00025 (defer_named_result.go:28)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    19        00025 (defer_named_result.go:28)	FUNCDATA	$1, gclocals·2JxoNu0B1SxSW1PimUBF/g==(SB)
    19        00025 (defer_named_result.go:28)	FUNCDATA	$2, main.counted.stkobj(SB)
    19        00025 (defer_named_result.go:28)	FUNCDATA	$4, main.counted.opendefer(SB)
    19        00025 (defer_named_result.go:28)	MOVB	$0, main..autotmp_5+47(SP)
    1e        00030 (defer_named_result.go:28)	MOVQ	$0, main.n+48(SP)
    27        00039 (defer_named_result.go:28)	MOVUPS	X15, main.tag+56(SP)
    2d        00045 (defer_named_result.go:29)	LEAQ	main.counted.func1(SB), DX
    34        00052 (defer_named_result.go:29)	MOVQ	DX, main..autotmp_3+72(SP)
    39        00057 (defer_named_result.go:29)	LEAQ	main.n+48(SP), DX
    3e        00062 (defer_named_result.go:29)	MOVQ	DX, main..autotmp_3+80(SP)
    43        00067 (defer_named_result.go:29)	LEAQ	main.tag+56(SP), DX
    48        00072 (defer_named_result.go:29)	MOVQ	DX, main..autotmp_3+88(SP)
    4d        00077 (defer_named_result.go:29)	LEAQ	main..autotmp_3+72(SP), DX
    52        00082 (defer_named_result.go:29)	MOVQ	DX, main..autotmp_6+96(SP)
    57        00087 (defer_named_result.go:29)	MOVB	$1, main..autotmp_5+47(SP)
    5c        00092 (defer_named_result.go:33)	MOVQ	$10, main.n+48(SP)
    65        00101 (defer_named_result.go:34)	LEAQ	go:string."t"(SB), BX
    6c        00108 (defer_named_result.go:34)	MOVQ	BX, main.tag+56(SP)
    71        00113 (defer_named_result.go:34)	MOVQ	$1, main.tag+64(SP)
    7a        00122 (defer_named_result.go:35)	XORL	AX, AX
    7c        00124 (defer_named_result.go:35)	MOVL	$1, CX
    81        00129 (defer_named_result.go:35)	LEAQ	go:string."?"(SB), DI
    88        00136 (defer_named_result.go:35)	MOVL	CX, SI
    8a        00138 (defer_named_result.go:35)	PCDATA	$1, $1
    8a        00138 (defer_named_result.go:35)	CALL	runtime.concatstring2(SB)
    8f        00143 (defer_named_result.go:35)	MOVQ	main.n+48(SP), DX
    94        00148 (defer_named_result.go:35)	LEAQ	(DX)(DX*2), DX
    98        00152 (defer_named_result.go:35)	MOVQ	DX, main.n+48(SP)
    9d        00157 (defer_named_result.go:35)	MOVQ	AX, main.tag+56(SP)
    a2        00162 (defer_named_result.go:35)	MOVQ	BX, main.tag+64(SP)
    a7        00167 (defer_named_result.go:35)	MOVB	$0, main..autotmp_5+47(SP)
    ac        00172 (defer_named_result.go:35)	MOVQ	main..autotmp_6+96(SP), DX
    b1        00177 (defer_named_result.go:35)	MOVQ	(DX), R8
    b4        00180 (defer_named_result.go:35)	CALL	R8
    b7        00183 (defer_named_result.go:35)	MOVQ	main.n+48(SP), AX
    bc        00188 (defer_named_result.go:35)	MOVQ	main.tag+56(SP), BX
    c1        00193 (defer_named_result.go:35)	MOVQ	main.tag+64(SP), CX
    c6        00198 (defer_named_result.go:35)	ADDQ	$104, SP
    ca        00202 (defer_named_result.go:35)	POPQ	BP
    cb        00203 (defer_named_result.go:35)	RET
    cc        00204 (defer_named_result.go:35)	CALL	runtime.deferreturn(SB)
    d1        00209 (defer_named_result.go:35)	MOVQ	main.n+48(SP), AX
    d6        00214 (defer_named_result.go:35)	MOVQ	main.tag+56(SP), BX
    db        00219 (defer_named_result.go:35)	MOVQ	main.tag+64(SP), CX
    e0        00224 (defer_named_result.go:35)	ADDQ	$104, SP
    e4        00228 (defer_named_result.go:35)	POPQ	BP
    e5        00229 (defer_named_result.go:35)	RET
    e6        00230 (defer_named_result.go:35)	NOP
    e6        00230 (defer_named_result.go:28)	PCDATA	$1, $-1
    e6        00230 (defer_named_result.go:28)	PCDATA	$0, $-2
    e6        00230 (defer_named_result.go:28)	CALL	runtime.morestack_noctxt(SB)
    eb        00235 (defer_named_result.go:28)	PCDATA	$0, $-1
    eb        00235 (defer_named_result.go:28)	JMP	0
    f0 done
wrote 4 bytes to 0x0
 00 f0 01 00
funcpctab main.counted.func1 [valfunc=pctoinline]
     0     -1 00000 (defer_named_result.go:29)	TEXT	main.counted.func1(SB), NEEDCTXT|ABIInternal, $56-0
     0        00000 (defer_named_result.go:29)	TEXT	main.counted.func1(SB), NEEDCTXT|ABIInternal, $56-0
     0     -1 00000 (defer_named_result.go:29)	CMPQ	SP, 16(R14)
     4        00004 (defer_named_result.go:29)	PCDATA	$0, $-2
     4        00004 (defer_named_result.go:29)	JLS	98
     6        00006 (defer_named_result.go:29)	PCDATA	$0, $-1
     6        00006 (defer_named_result.go:29)	PUSHQ	BP
     7        00007 (defer_named_result.go:29)	MOVQ	SP, BP
     a        00010 (defer_named_result.go:29)	SUBQ	$48, SP
     e        00014 (defer_named_result.go:29)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (defer_named_result.go:29)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (defer_named_result.go:29)	MOVQ	16(DX), R8
    12        00018 (defer_named_result.go:29)	MOVQ	R8, main.&tag+40(SP)
    17        00023 (defer_named_result.go:29)	MOVQ	8(DX), DX
    1b        00027 (defer_named_result.go:30)	INCQ	(DX)
    1e        00030 (defer_named_result.go:31)	MOVQ	(R8), BX
    21        00033 (defer_named_result.go:31)	MOVQ	8(R8), CX
    25        00037 (defer_named_result.go:31)	XORL	AX, AX
    27        00039 (defer_named_result.go:31)	LEAQ	go:string."!"(SB), DI
    2e        00046 (defer_named_result.go:31)	MOVL	$1, SI
    33        00051 (defer_named_result.go:31)	PCDATA	$1, $1
    33        00051 (defer_named_result.go:31)	CALL	runtime.concatstring2(SB)
    38        00056 (defer_named_result.go:31)	MOVQ	main.&tag+40(SP), DX
    3d        00061 (defer_named_result.go:31)	MOVQ	BX, 8(DX)
    41        00065 (defer_named_result.go:31)	CMPL	runtime.writeBarrier(SB), $0
    48        00072 (defer_named_result.go:31)	PCDATA	$0, $-2
    48        00072 (defer_named_result.go:31)	JEQ	89
    4a        00074 (defer_named_result.go:31)	MOVQ	(DX), CX
    4d        00077 (defer_named_result.go:31)	CALL	runtime.gcWriteBarrier2(SB)
    52        00082 (defer_named_result.go:31)	MOVQ	AX, (R11)
    55        00085 (defer_named_result.go:31)	MOVQ	CX, 8(R11)
    59        00089 (defer_named_result.go:31)	MOVQ	AX, (DX)
    5c        00092 (defer_named_result.go:32)	PCDATA	$0, $-1
    5c        00092 (defer_named_result.go:32)	ADDQ	$48, SP
    60        00096 (defer_named_result.go:32)	POPQ	BP
    61        00097 (defer_named_result.go:32)	RET
    62        00098 (defer_named_result.go:32)	NOP
    62        00098 (defer_named_result.go:29)	PCDATA	$1, $-1
    62        00098 (defer_named_result.go:29)	PCDATA	$0, $-2
    62        00098 (defer_named_result.go:29)	CALL	runtime.morestack(SB)
    67        00103 (defer_named_result.go:29)	PCDATA	$0, $-1
    67        00103 (defer_named_result.go:29)	JMP	0
    69 done
wrote 3 bytes to 0x0
 00 69 00
funcpctab main.tripleDefers [valfunc=pctoinline]
     0     -1 00000 (defer_named_result.go:9)	TEXT	main.tripleDefers(SB), ABIInternal, $104-0
     0        00000 (defer_named_result.go:9)	TEXT	main.tripleDefers(SB), ABIInternal, $104-0
     0     -1 00000 (defer_named_result.go:9)	CMPQ	SP, 16(R14)
     4        00004 (defer_named_result.go:9)	PCDATA	$0, $-2
     4        00004 (defer_named_result.go:9)	JLS	245
     a        00010 (defer_named_result.go:9)	PCDATA	$0, $-1
     a        00010 (defer_named_result.go:9)	PUSHQ	BP
     b        00011 (defer_named_result.go:9)	MOVQ	SP, BP
     e        00014 (defer_named_result.go:9)	SUBQ	$96, SP
    12        00018 (defer_named_result.go:9)	MOVUPS	X15, 72(SP)
    18        00024 (defer_named_result.go:9)	MOVQ	X15, 88(SP)
    1f        00031 (defer_named_result.go:9)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    1f        00031 (defer_named_result.go:9)	FUNCDATA	$1, gclocals·J0XYIn8HDLqOXA94HbEVfg==(SB)
    1f        00031 (defer_named_result.go:9)	FUNCDATA	$2, main.tripleDefers.stkobj(SB)
    1f        00031 (defer_named_result.go:9)	FUNCDATA	$4, main.tripleDefers.opendefer(SB)
    1f        00031 (defer_named_result.go:9)	MOVB	$0, main..autotmp_7+7(SP)
    24        00036 (defer_named_result.go:9)	MOVUPS	X15, main.s+8(SP)
    2a        00042 (defer_named_result.go:10)	LEAQ	main.tripleDefers.func1(SB), AX
    31        00049 (defer_named_result.go:10)	MOVQ	AX, main..autotmp_2+56(SP)
    36        00054 (defer_named_result.go:10)	LEAQ	main.s+8(SP), AX
    3b        00059 (defer_named_result.go:10)	MOVQ	AX, main..autotmp_2+64(SP)
    40        00064 (defer_named_result.go:10)	LEAQ	main..autotmp_2+56(SP), CX
    45        00069 (defer_named_result.go:10)	MOVQ	CX, main..autotmp_8+72(SP)
    4a        00074 (defer_named_result.go:10)	MOVB	$1, main..autotmp_7+7(SP)
    4f        00079 (defer_named_result.go:11)	LEAQ	main.tripleDefers.func2(SB), CX
    56        00086 (defer_named_result.go:11)	MOVQ	CX, main..autotmp_4+40(SP)
    5b        00091 (defer_named_result.go:11)	MOVQ	AX, main..autotmp_4+48(SP)
    60        00096 (defer_named_result.go:11)	LEAQ	main..autotmp_4+40(SP), CX
    65        00101 (defer_named_result.go:11)	MOVQ	CX, main..autotmp_9+80(SP)
    6a        00106 (defer_named_result.go:11)	MOVB	$3, main..autotmp_7+7(SP)
    6f        00111 (defer_named_result.go:12)	LEAQ	main.tripleDefers.func3(SB), CX
    76        00118 (defer_named_result.go:12)	MOVQ	CX, main..autotmp_6+24(SP)
    7b        00123 (defer_named_result.go:12)	MOVQ	AX, main..autotmp_6+32(SP)
    80        00128 (defer_named_result.go:12)	LEAQ	main..autotmp_6+24(SP), AX
    85        00133 (defer_named_result.go:12)	MOVQ	AX, main..autotmp_10+88(SP)
    8a        00138 (defer_named_result.go:13)	LEAQ	go:string."x"(SB), AX
    91        00145 (defer_named_result.go:13)	MOVQ	AX, main.s+8(SP)
    96        00150 (defer_named_result.go:13)	MOVQ	$1, main.s+16(SP)
    9f        00159 (defer_named_result.go:13)	MOVB	$3, main..autotmp_7+7(SP)
    a4        00164 (defer_named_result.go:13)	MOVQ	main..autotmp_10+88(SP), DX
    a9        00169 (defer_named_result.go:13)	MOVQ	(DX), AX
    ac        00172 (defer_named_result.go:13)	PCDATA	$1, $1
    ac        00172 (defer_named_result.go:13)	CALL	AX
    ae        00174 (defer_named_result.go:13)	MOVB	$1, main..autotmp_7+7(SP)
    b3        00179 (defer_named_result.go:13)	MOVQ	main..autotmp_9+80(SP), DX
    b8        00184 (defer_named_result.go:13)	MOVQ	(DX), AX
    bb        00187 (defer_named_result.go:13)	CALL	AX
    bd        00189 (defer_named_result.go:13)	MOVB	$0, main..autotmp_7+7(SP)
    c2        00194 (defer_named_result.go:13)	MOVQ	main..autotmp_8+72(SP), DX
    c7        00199 (defer_named_result.go:13)	MOVQ	(DX), AX
    ca        00202 (defer_named_result.go:13)	CALL	AX
    cc        00204 (defer_named_result.go:13)	MOVQ	main.s+8(SP), AX
    d1        00209 (defer_named_result.go:13)	MOVQ	main.s+16(SP), BX
    d6        00214 (defer_named_result.go:13)	ADDQ	$96, SP
    da        00218 (defer_named_result.go:13)	POPQ	BP
    db        00219 (defer_named_result.go:13)	RET
    dc        00220 (defer_named_result.go:13)	NOP
    e0        00224 (defer_named_result.go:13)	CALL	runtime.deferreturn(SB)
    e5        00229 (defer_named_result.go:13)	MOVQ	main.s+8(SP), AX
    ea        00234 (defer_named_result.go:13)	MOVQ	main.s+16(SP), BX
    ef        00239 (defer_named_result.go:13)	ADDQ	$96, SP
    f3        00243 (defer_named_result.go:13)	POPQ	BP
    f4        00244 (defer_named_result.go:13)	RET
    f5        00245 (defer_named_result.go:13)	NOP
    f5        00245 (defer_named_result.go:9)	PCDATA	$1, $-1
    f5        00245 (defer_named_result.go:9)	PCDATA	$0, $-2
    f5        00245 (defer_named_result.go:9)	CALL	runtime.morestack_noctxt(SB)
    fa        00250 (defer_named_result.go:9)	PCDATA	$0, $-1
    fa        00250 (defer_named_result.go:9)	JMP	0
    ff done
wrote 4 bytes to 0x0
 00 ff 01 00
funcpctab main.tripleDefers.func3 [valfunc=pctoinline]
     0     -1 00000 (defer_named_result.go:12)	TEXT	main.tripleDefers.func3(SB), NEEDCTXT|ABIInternal, $56-0
     0        00000 (defer_named_result.go:12)	TEXT	main.tripleDefers.func3(SB), NEEDCTXT|ABIInternal, $56-0
     0     -1 00000 (defer_named_result.go:12)	CMPQ	SP, 16(R14)
     4        00004 (defer_named_result.go:12)	PCDATA	$0, $-2
     4        00004 (defer_named_result.go:12)	JLS	91
     6        00006 (defer_named_result.go:12)	PCDATA	$0, $-1
     6        00006 (defer_named_result.go:12)	PUSHQ	BP
     7        00007 (defer_named_result.go:12)	MOVQ	SP, BP
     a        00010 (defer_named_result.go:12)	SUBQ	$48, SP
     e        00014 (defer_named_result.go:12)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (defer_named_result.go:12)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (defer_named_result.go:12)	MOVQ	8(DX), DX
    12        00018 (defer_named_result.go:12)	MOVQ	DX, main.&s+40(SP)
    17        00023 (defer_named_result.go:12)	MOVQ	(DX), BX
    1a        00026 (defer_named_result.go:12)	MOVQ	8(DX), CX
    1e        00030 (defer_named_result.go:12)	XORL	AX, AX
    20        00032 (defer_named_result.go:12)	LEAQ	go:string."c"(SB), DI
    27        00039 (defer_named_result.go:12)	MOVL	$1, SI
    2c        00044 (defer_named_result.go:12)	PCDATA	$1, $1
    2c        00044 (defer_named_result.go:12)	CALL	runtime.concatstring2(SB)
    31        00049 (defer_named_result.go:12)	MOVQ	main.&s+40(SP), DX
    36        00054 (defer_named_result.go:12)	MOVQ	BX, 8(DX)
    3a        00058 (defer_named_result.go:12)	CMPL	runtime.writeBarrier(SB), $0
    41        00065 (defer_named_result.go:12)	PCDATA	$0, $-2
    41        00065 (defer_named_result.go:12)	JEQ	82
    43        00067 (defer_named_result.go:12)	MOVQ	(DX), CX
    46        00070 (defer_named_result.go:12)	CALL	runtime.gcWriteBarrier2(SB)
    4b        00075 (defer_named_result.go:12)	MOVQ	AX, (R11)
    4e        00078 (defer_named_result.go:12)	MOVQ	CX, 8(R11)
    52        00082 (defer_named_result.go:12)	MOVQ	AX, (DX)
    55        00085 (defer_named_result.go:12)	PCDATA	$0, $-1
    55        00085 (defer_named_result.go:12)	ADDQ	$48, SP
    59        00089 (defer_named_result.go:12)	POPQ	BP
    5a        00090 (defer_named_result.go:12)	RET
    5b        00091 (defer_named_result.go:12)	NOP
    5b        00091 (defer_named_result.go:12)	PCDATA	$1, $-1
    5b        00091 (defer_named_result.go:12)	PCDATA	$0, $-2
    5b        00091 (defer_named_result.go:12)	NOP
    60        00096 (defer_named_result.go:12)	CALL	runtime.morestack(SB)
    65        00101 (defer_named_result.go:12)	PCDATA	$0, $-1
    65        00101 (defer_named_result.go:12)	JMP	0
    67 done
wrote 3 bytes to 0x0
 00 67 00
funcpctab main.tripleDefers.func2 [valfunc=pctoinline]
     0     -1 00000 (defer_named_result.go:11)	TEXT	main.tripleDefers.func2(SB), NEEDCTXT|ABIInternal, $56-0
     0        00000 (defer_named_result.go:11)	TEXT	main.tripleDefers.func2(SB), NEEDCTXT|ABIInternal, $56-0
     0     -1 00000 (defer_named_result.go:11)	CMPQ	SP, 16(R14)
     4        00004 (defer_named_result.go:11)	PCDATA	$0, $-2
     4        00004 (defer_named_result.go:11)	JLS	91
     6        00006 (defer_named_result.go:11)	PCDATA	$0, $-1
     6        00006 (defer_named_result.go:11)	PUSHQ	BP
     7        00007 (defer_named_result.go:11)	MOVQ	SP, BP
     a        00010 (defer_named_result.go:11)	SUBQ	$48, SP
     e        00014 (defer_named_result.go:11)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (defer_named_result.go:11)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (defer_named_result.go:11)	MOVQ	8(DX), DX
    12        00018 (defer_named_result.go:11)	MOVQ	DX, main.&s+40(SP)
    17        00023 (defer_named_result.go:11)	MOVQ	(DX), BX
    1a        00026 (defer_named_result.go:11)	MOVQ	8(DX), CX
    1e        00030 (defer_named_result.go:11)	XORL	AX, AX
    20        00032 (defer_named_result.go:11)	LEAQ	go:string."b"(SB), DI
    27        00039 (defer_named_result.go:11)	MOVL	$1, SI
    2c        00044 (defer_named_result.go:11)	PCDATA	$1, $1
    2c        00044 (defer_named_result.go:11)	CALL	runtime.concatstring2(SB)
    31        00049 (defer_named_result.go:11)	MOVQ	main.&s+40(SP), DX
    36        00054 (defer_named_result.go:11)	MOVQ	BX, 8(DX)
    3a        00058 (defer_named_result.go:11)	CMPL	runtime.writeBarrier(SB), $0
    41        00065 (defer_named_result.go:11)	PCDATA	$0, $-2
    41        00065 (defer_named_result.go:11)	JEQ	82
    43        00067 (defer_named_result.go:11)	MOVQ	(DX), CX
    46        00070 (defer_named_result.go:11)	CALL	runtime.gcWriteBarrier2(SB)
    4b        00075 (defer_named_result.go:11)	MOVQ	AX, (R11)
    4e        00078 (defer_named_result.go:11)	MOVQ	CX, 8(R11)
    52        00082 (defer_named_result.go:11)	MOVQ	AX, (DX)
    55        00085 (defer_named_result.go:11)	PCDATA	$0, $-1
    55        00085 (defer_named_result.go:11)	ADDQ	$48, SP
    59        00089 (defer_named_result.go:11)	POPQ	BP
    5a        00090 (defer_named_result.go:11)	RET
    5b        00091 (defer_named_result.go:11)	NOP
    5b        00091 (defer_named_result.go:11)	PCDATA	$1, $-1
    5b        00091 (defer_named_result.go:11)	PCDATA	$0, $-2
    5b        00091 (defer_named_result.go:11)	NOP
    60        00096 (defer_named_result.go:11)	CALL	runtime.morestack(SB)
    65        00101 (defer_named_result.go:11)	PCDATA	$0, $-1
    65        00101 (defer_named_result.go:11)	JMP	0
    67 done
wrote 3 bytes to 0x0
 00 67 00
funcpctab main.tripleDefers.func1 [valfunc=pctoinline]
     0     -1 00000 (defer_named_result.go:10)	TEXT	main.tripleDefers.func1(SB), NEEDCTXT|ABIInternal, $56-0
     0        00000 (defer_named_result.go:10)	TEXT	main.tripleDefers.func1(SB), NEEDCTXT|ABIInternal, $56-0
     0     -1 00000 (defer_named_result.go:10)	CMPQ	SP, 16(R14)
     4        00004 (defer_named_result.go:10)	PCDATA	$0, $-2
     4        00004 (defer_named_result.go:10)	JLS	91
     6        00006 (defer_named_result.go:10)	PCDATA	$0, $-1
     6        00006 (defer_named_result.go:10)	PUSHQ	BP
     7        00007 (defer_named_result.go:10)	MOVQ	SP, BP
     a        00010 (defer_named_result.go:10)	SUBQ	$48, SP
     e        00014 (defer_named_result.go:10)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (defer_named_result.go:10)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (defer_named_result.go:10)	MOVQ	8(DX), DX
    12        00018 (defer_named_result.go:10)	MOVQ	DX, main.&s+40(SP)
    17        00023 (defer_named_result.go:10)	MOVQ	(DX), BX
    1a        00026 (defer_named_result.go:10)	MOVQ	8(DX), CX
    1e        00030 (defer_named_result.go:10)	XORL	AX, AX
    20        00032 (defer_named_result.go:10)	LEAQ	go:string."a"(SB), DI
    27        00039 (defer_named_result.go:10)	MOVL	$1, SI
    2c        00044 (defer_named_result.go:10)	PCDATA	$1, $1
    2c        00044 (defer_named_result.go:10)	CALL	runtime.concatstring2(SB)
    31        00049 (defer_named_result.go:10)	MOVQ	main.&s+40(SP), DX
    36        00054 (defer_named_result.go:10)	MOVQ	BX, 8(DX)
    3a        00058 (defer_named_result.go:10)	CMPL	runtime.writeBarrier(SB), $0
    41        00065 (defer_named_result.go:10)	PCDATA	$0, $-2
    41        00065 (defer_named_result.go:10)	JEQ	82
    43        00067 (defer_named_result.go:10)	MOVQ	(DX), CX
    46        00070 (defer_named_result.go:10)	CALL	runtime.gcWriteBarrier2(SB)
    4b        00075 (defer_named_result.go:10)	MOVQ	AX, (R11)
    4e        00078 (defer_named_result.go:10)	MOVQ	CX, 8(R11)
    52        00082 (defer_named_result.go:10)	MOVQ	AX, (DX)
    55        00085 (defer_named_result.go:10)	PCDATA	$0, $-1
    55        00085 (defer_named_result.go:10)	ADDQ	$48, SP
    59        00089 (defer_named_result.go:10)	POPQ	BP
    5a        00090 (defer_named_result.go:10)	RET
    5b        00091 (defer_named_result.go:10)	NOP
    5b        00091 (defer_named_result.go:10)	PCDATA	$1, $-1
    5b        00091 (defer_named_result.go:10)	PCDATA	$0, $-2
    5b        00091 (defer_named_result.go:10)	NOP
    60        00096 (defer_named_result.go:10)	CALL	runtime.morestack(SB)
    65        00101 (defer_named_result.go:10)	PCDATA	$0, $-1
    65        00101 (defer_named_result.go:10)	JMP	0
    67 done
wrote 3 bytes to 0x0
 00 67 00
funcpctab main.safeDiv [valfunc=pctoinline]
     0     -1 00000 (defer_named_result.go:17)	TEXT	main.safeDiv(SB), ABIInternal, $72-16
     0        00000 (defer_named_result.go:17)	TEXT	main.safeDiv(SB), ABIInternal, $72-16
     0     -1 00000 (defer_named_result.go:17)	CMPQ	SP, 16(R14)
     4        00004 (defer_named_result.go:17)	PCDATA	$0, $-2
     4        00004 (defer_named_result.go:17)	JLS	218
     a        00010 (defer_named_result.go:17)	PCDATA	$0, $-1
     a        00010 (defer_named_result.go:17)	PUSHQ	BP
     b        00011 (defer_named_result.go:17)	MOVQ	SP, BP
     e        00014 (defer_named_result.go:17)	SUBQ	$64, SP
    12        00018 (defer_named_result.go:17)	MOVQ	X15, 56(SP)
    19        00025 (defer_named_result.go:17)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    19        00025 (defer_named_result.go:17)	FUNCDATA	$1, gclocals·2JxoNu0B1SxSW1PimUBF/g==(SB)
    19        00025 (defer_named_result.go:17)	FUNCDATA	$2, main.safeDiv.stkobj(SB)
    19        00025 (defer_named_result.go:17)	FUNCDATA	$5, main.safeDiv.arginfo1(SB)
    19        00025 (defer_named_result.go:17)	FUNCDATA	$6, main.safeDiv.argliveinfo(SB)
    19        00025 (defer_named_result.go:17)	FUNCDATA	$4, main.safeDiv.opendefer(SB)
    19        00025 (defer_named_result.go:17)	PCDATA	$3, $1
    19        00025 (defer_named_result.go:17)	MOVB	$0, main..autotmp_6+7(SP)
    1e        00030 (defer_named_result.go:17)	MOVQ	$0, main.q+8(SP)
    27        00039 (defer_named_result.go:17)	MOVUPS	X15, main.err+16(SP)
    2d        00045 (defer_named_result.go:18)	LEAQ	main.safeDiv.func1(SB), CX
    34        00052 (defer_named_result.go:18)	MOVQ	CX, main..autotmp_5+32(SP)
    39        00057 (defer_named_result.go:18)	LEAQ	main.q+8(SP), CX
    3e        00062 (defer_named_result.go:18)	MOVQ	CX, main..autotmp_5+40(SP)
    43        00067 (defer_named_result.go:18)	LEAQ	main.err+16(SP), CX
    48        00072 (defer_named_result.go:18)	MOVQ	CX, main..autotmp_5+48(SP)
    4d        00077 (defer_named_result.go:18)	LEAQ	main..autotmp_5+32(SP), CX
    52        00082 (defer_named_result.go:18)	MOVQ	CX, main..autotmp_7+56(SP)
    57        00087 (defer_named_result.go:18)	MOVB	$1, main..autotmp_6+7(SP)
    5c        00092 (defer_named_result.go:18)	NOP
    60        00096 (defer_named_result.go:24)	TESTQ	BX, BX
    63        00099 (defer_named_result.go:24)	JEQ	183
    65        00101 (defer_named_result.go:24)	CMPQ	BX, $-1
    69        00105 (defer_named_result.go:24)	JNE	114
    6b        00107 (defer_named_result.go:24)	NEGQ	AX
    6e        00110 (defer_named_result.go:24)	XORL	DX, DX
    70        00112 (defer_named_result.go:24)	JMP	119
    72        00114 (defer_named_result.go:24)	CQO
    74        00116 (defer_named_result.go:24)	IDIVQ	BX
    77        00119 (defer_named_result.go:24)	MOVQ	AX, main.q+8(SP)
    7c        00124 (defer_named_result.go:25)	LEAQ	go:string."ok"(SB), CX
    83        00131 (defer_named_result.go:25)	MOVQ	CX, main.err+16(SP)
    88        00136 (defer_named_result.go:25)	MOVQ	$2, main.err+24(SP)
    91        00145 (defer_named_result.go:25)	MOVB	$0, main..autotmp_6+7(SP)
    96        00150 (defer_named_result.go:25)	MOVQ	main..autotmp_7+56(SP), DX
    9b        00155 (defer_named_result.go:25)	MOVQ	(DX), CX
    9e        00158 (defer_named_result.go:25)	PCDATA	$1, $1
    9e        00158 (defer_named_result.go:25)	NOP
    a0        00160 (defer_named_result.go:25)	CALL	CX
    a2        00162 (defer_named_result.go:25)	MOVQ	main.q+8(SP), AX
    a7        00167 (defer_named_result.go:25)	MOVQ	main.err+16(SP), BX
    ac        00172 (defer_named_result.go:25)	MOVQ	main.err+24(SP), CX
    b1        00177 (defer_named_result.go:25)	ADDQ	$64, SP
    b5        00181 (defer_named_result.go:25)	POPQ	BP
    b6        00182 (defer_named_result.go:25)	RET
    b7        00183 (defer_named_result.go:24)	CALL	runtime.panicdivide(SB)
    bc        00188 (defer_named_result.go:24)	XCHGL	AX, AX
    bd        00189 (defer_named_result.go:24)	NOP
    c0        00192 (defer_named_result.go:24)	CALL	runtime.deferreturn(SB)
    c5        00197 (defer_named_result.go:24)	MOVQ	main.q+8(SP), AX
    ca        00202 (defer_named_result.go:24)	MOVQ	main.err+16(SP), BX
    cf        00207 (defer_named_result.go:24)	MOVQ	main.err+24(SP), CX
    d4        00212 (defer_named_result.go:24)	ADDQ	$64, SP
    d8        00216 (defer_named_result.go:24)	POPQ	BP
    d9        00217 (defer_named_result.go:24)	RET
    da        00218 (defer_named_result.go:24)	NOP
    da        00218 (defer_named_result.go:17)	PCDATA	$1, $-1
    da        00218 (defer_named_result.go:17)	PCDATA	$0, $-2
    da        00218 (defer_named_result.go:17)	MOVQ	AX, 8(SP)
    df        00223 (defer_named_result.go:17)	MOVQ	BX, 16(SP)
    e4        00228 (defer_named_result.go:17)	CALL	runtime.morestack_noctxt(SB)
    e9        00233 (defer_named_result.go:17)	PCDATA	$0, $-1
    e9        00233 (defer_named_result.go:17)	MOVQ	8(SP), AX
    ee        00238 (defer_named_result.go:17)	MOVQ	16(SP), BX
    f3        00243 (defer_named_result.go:17)	JMP	0
    f8 done
wrote 4 bytes to 0x0
 00 f8 01 00
funcpctab main.safeDiv.func1 [valfunc=pctoinline]
     0     -1 00000 (defer_named_result.go:18)	TEXT	main.safeDiv.func1(SB), NEEDCTXT|ABIInternal, $24-0
     0        00000 (defer_named_result.go:18)	TEXT	main.safeDiv.func1(SB), NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (defer_named_result.go:18)	CMPQ	SP, 16(R14)
     4        00004 (defer_named_result.go:18)	PCDATA	$0, $-2
     4        00004 (defer_named_result.go:18)	JLS	102
     6        00006 (defer_named_result.go:18)	PCDATA	$0, $-1
     6        00006 (defer_named_result.go:18)	PUSHQ	BP
     7        00007 (defer_named_result.go:18)	MOVQ	SP, BP
     a        00010 (defer_named_result.go:18)	SUBQ	$16, SP
     e        00014 (defer_named_result.go:18)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (defer_named_result.go:18)	FUNCDATA	$1, gclocals·SuU9uJakUiwQN05B/R6nZw==(SB)
     e        00014 (defer_named_result.go:18)	MOVQ	16(DX), AX
    12        00018 (defer_named_result.go:18)	MOVQ	AX, main.&err+8(SP)
    17        00023 (defer_named_result.go:18)	MOVQ	8(DX), AX
    1b        00027 (defer_named_result.go:18)	MOVQ	AX, main.&q(SP)
    1f        00031 (defer_named_result.go:19)	PCDATA	$1, $1
    1f        00031 (defer_named_result.go:19)	NOP
    20        00032 (defer_named_result.go:19)	CALL	runtime.gorecover(SB)
    25        00037 (defer_named_result.go:19)	TESTQ	AX, AX
    28        00040 (defer_named_result.go:19)	JEQ	96
    2a        00042 (defer_named_result.go:20)	MOVQ	main.&q(SP), AX
    2e        00046 (defer_named_result.go:20)	MOVQ	$-1, (AX)
    35        00053 (defer_named_result.go:21)	MOVQ	main.&err+8(SP), AX
    3a        00058 (defer_named_result.go:21)	MOVQ	$9, 8(AX)
    42        00066 (defer_named_result.go:21)	CMPL	runtime.writeBarrier(SB), $0
    49        00073 (defer_named_result.go:21)	PCDATA	$0, $-2
    49        00073 (defer_named_result.go:21)	JEQ	86
    4b        00075 (defer_named_result.go:21)	MOVQ	(AX), CX
    4e        00078 (defer_named_result.go:21)	CALL	runtime.gcWriteBarrier1(SB)
    53        00083 (defer_named_result.go:21)	MOVQ	CX, (R11)
    56        00086 (defer_named_result.go:21)	LEAQ	go:string."recovered"(SB), CX
    5d        00093 (defer_named_result.go:21)	MOVQ	CX, (AX)
    60        00096 (defer_named_result.go:23)	PCDATA	$0, $-1
    60        00096 (defer_named_result.go:23)	ADDQ	$16, SP
    64        00100 (defer_named_result.go:23)	POPQ	BP
    65        00101 (defer_named_result.go:23)	RET
    66        00102 (defer_named_result.go:23)	NOP
    66        00102 (defer_named_result.go:18)	PCDATA	$1, $-1
    66        00102 (defer_named_result.go:18)	PCDATA	$0, $-2
    66        00102 (defer_named_result.go:18)	CALL	runtime.morestack(SB)
    6b        00107 (defer_named_result.go:18)	PCDATA	$0, $-1
    6b        00107 (defer_named_result.go:18)	JMP	0
    6d done
wrote 3 bytes to 0x0
 00 6d 00
funcpctab main.double [valfunc=pctoinline]
     0     -1 00000 (defer_named_result.go:4)	TEXT	main.double(SB), ABIInternal, $48-0
     0        00000 (defer_named_result.go:4)	TEXT	main.double(SB), ABIInternal, $48-0
     0     -1 00000 (defer_named_result.go:4)	CMPQ	SP, 16(R14)
     4        00004 (defer_named_result.go:4)	PCDATA	$0, $-2
     4        00004 (defer_named_result.go:4)	JLS	115
     6        00006 (defer_named_result.go:4)	PCDATA	$0, $-1
     6        00006 (defer_named_result.go:4)	PUSHQ	BP
     7        00007 (defer_named_result.go:4)	MOVQ	SP, BP
     a        00010 (defer_named_result.go:4)	SUBQ	$40, SP
     e        00014 (defer_named_result.go:4)	MOVQ	X15, 32(SP)
    15        00021 (defer_named_result.go:4)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    15        00021 (defer_named_result.go:4)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
    15        00021 (defer_named_result.go:4)	FUNCDATA	$2, main.double.stkobj(SB)
    15        00021 (defer_named_result.go:4)	FUNCDATA	$4, main.double.opendefer(SB)
    15        00021 (defer_named_result.go:4)	MOVB	$0, main..autotmp_3+7(SP)
    1a        00026 (defer_named_result.go:4)	MOVQ	$0, main.r+8(SP)
    23        00035 (defer_named_result.go:5)	LEAQ	main.double.func1(SB), AX
    2a        00042 (defer_named_result.go:5)	MOVQ	AX, main..autotmp_2+16(SP)
    2f        00047 (defer_named_result.go:5)	LEAQ	main.r+8(SP), AX
    34        00052 (defer_named_result.go:5)	MOVQ	AX, main..autotmp_2+24(SP)
    39        00057 (defer_named_result.go:5)	LEAQ	main..autotmp_2+16(SP), DX
    3e        00062 (defer_named_result.go:5)	MOVQ	DX, main..autotmp_4+32(SP)
    43        00067 (defer_named_result.go:6)	MOVQ	$21, main.r+8(SP)
    4c        00076 (defer_named_result.go:6)	MOVB	$0, main..autotmp_3+7(SP)
    51        00081 (defer_named_result.go:6)	MOVQ	main..autotmp_2+16(SP), AX
    56        00086 (defer_named_result.go:6)	PCDATA	$1, $1
    56        00086 (defer_named_result.go:6)	CALL	AX
    58        00088 (defer_named_result.go:6)	MOVQ	main.r+8(SP), AX
    5d        00093 (defer_named_result.go:6)	ADDQ	$40, SP
    61        00097 (defer_named_result.go:6)	POPQ	BP
    62        00098 (defer_named_result.go:6)	RET
    63        00099 (defer_named_result.go:6)	CALL	runtime.deferreturn(SB)
    68        00104 (defer_named_result.go:6)	MOVQ	main.r+8(SP), AX
    6d        00109 (defer_named_result.go:6)	ADDQ	$40, SP
    71        00113 (defer_named_result.go:6)	POPQ	BP
    72        00114 (defer_named_result.go:6)	RET
    73        00115 (defer_named_result.go:6)	NOP
    73        00115 (defer_named_result.go:4)	PCDATA	$1, $-1
    73        00115 (defer_named_result.go:4)	PCDATA	$0, $-2
    73        00115 (defer_named_result.go:4)	CALL	runtime.morestack_noctxt(SB)
    78        00120 (defer_named_result.go:4)	PCDATA	$0, $-1
    78        00120 (defer_named_result.go:4)	JMP	0
    7a done
wrote 3 bytes to 0x0
 00 7a 00
funcpctab main.double.func1 [valfunc=pctoinline]
     0     -1 00000 (defer_named_result.go:5)	TEXT	main.double.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (defer_named_result.go:5)	TEXT	main.double.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (defer_named_result.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (defer_named_result.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (defer_named_result.go:5)	MOVQ	8(DX), AX
     4        00004 (defer_named_result.go:5)	MOVQ	(AX), CX
     7        00007 (defer_named_result.go:5)	ADDQ	CX, CX
     a        00010 (defer_named_result.go:5)	MOVQ	CX, (AX)
     d        00013 (defer_named_result.go:5)	RET
     e done
wrote 3 bytes to 0x0
 00 0e 00
main.double STEXT size=122 align=0x0 args=0x0 locals=0x30 funcid=0x0
	0x0000 00000 (defer_named_result.go:4)	TEXT	main.double(SB), ABIInternal, $48-0
	0x0000 00000 (defer_named_result.go:4)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_named_result.go:4)	PCDATA	$0, $-2
	0x0004 00004 (defer_named_result.go:4)	JLS	115
	0x0006 00006 (defer_named_result.go:4)	PCDATA	$0, $-1
	0x0006 00006 (defer_named_result.go:4)	PUSHQ	BP
	0x0007 00007 (defer_named_result.go:4)	MOVQ	SP, BP
	0x000a 00010 (defer_named_result.go:4)	SUBQ	$40, SP
	0x000e 00014 (defer_named_result.go:4)	MOVQ	X15, 32(SP)
	0x0015 00021 (defer_named_result.go:4)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0015 00021 (defer_named_result.go:4)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
	0x0015 00021 (defer_named_result.go:4)	FUNCDATA	$2, main.double.stkobj(SB)
	0x0015 00021 (defer_named_result.go:4)	FUNCDATA	$4, main.double.opendefer(SB)
	0x0015 00021 (defer_named_result.go:4)	MOVB	$0, main..autotmp_3+7(SP)
	0x001a 00026 (defer_named_result.go:4)	MOVQ	$0, main.r+8(SP)
	0x0023 00035 (defer_named_result.go:5)	LEAQ	main.double.func1(SB), AX
	0x002a 00042 (defer_named_result.go:5)	MOVQ	AX, main..autotmp_2+16(SP)
	0x002f 00047 (defer_named_result.go:5)	LEAQ	main.r+8(SP), AX
	0x0034 00052 (defer_named_result.go:5)	MOVQ	AX, main..autotmp_2+24(SP)
	0x0039 00057 (defer_named_result.go:5)	LEAQ	main..autotmp_2+16(SP), DX
	0x003e 00062 (defer_named_result.go:5)	MOVQ	DX, main..autotmp_4+32(SP)
	0x0043 00067 (defer_named_result.go:6)	MOVQ	$21, main.r+8(SP)
	0x004c 00076 (defer_named_result.go:6)	MOVB	$0, main..autotmp_3+7(SP)
	0x0051 00081 (defer_named_result.go:6)	MOVQ	main..autotmp_2+16(SP), AX
	0x0056 00086 (defer_named_result.go:6)	PCDATA	$1, $1
	0x0056 00086 (defer_named_result.go:6)	CALL	AX
	0x0058 00088 (defer_named_result.go:6)	MOVQ	main.r+8(SP), AX
	0x005d 00093 (defer_named_result.go:6)	ADDQ	$40, SP
	0x0061 00097 (defer_named_result.go:6)	POPQ	BP
	0x0062 00098 (defer_named_result.go:6)	RET
	0x0063 00099 (defer_named_result.go:6)	CALL	runtime.deferreturn(SB)
	0x0068 00104 (defer_named_result.go:6)	MOVQ	main.r+8(SP), AX
	0x006d 00109 (defer_named_result.go:6)	ADDQ	$40, SP
	0x0071 00113 (defer_named_result.go:6)	POPQ	BP
	0x0072 00114 (defer_named_result.go:6)	RET
	0x0073 00115 (defer_named_result.go:6)	NOP
	0x0073 00115 (defer_named_result.go:4)	PCDATA	$1, $-1
	0x0073 00115 (defer_named_result.go:4)	PCDATA	$0, $-2
	0x0073 00115 (defer_named_result.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x0078 00120 (defer_named_result.go:4)	PCDATA	$0, $-1
	0x0078 00120 (defer_named_result.go:4)	JMP	0
	0x0000 49 3b 66 10 76 6d 55 48 89 e5 48 83 ec 28 66 44  I;f.vmUH..H..(fD
	0x0010 0f d6 7c 24 20 c6 44 24 07 00 48 c7 44 24 08 00  ..|$ .D$..H.D$..
	0x0020 00 00 00 48 8d 05 00 00 00 00 48 89 44 24 10 48  ...H......H.D$.H
	0x0030 8d 44 24 08 48 89 44 24 18 48 8d 54 24 10 48 89  .D$.H.D$.H.T$.H.
	0x0040 54 24 20 48 c7 44 24 08 15 00 00 00 c6 44 24 07  T$ H.D$......D$.
	0x0050 00 48 8b 44 24 10 ff d0 48 8b 44 24 08 48 83 c4  .H.D$...H.D$.H..
	0x0060 28 5d c3 e8 00 00 00 00 48 8b 44 24 08 48 83 c4  (]......H.D$.H..
	0x0070 28 5d c3 e8 00 00 00 00 eb 86                    (]........
	rel 38+4 t=R_PCREL main.double.func1+0
	rel 86+0 t=R_CALLIND +0
	rel 100+4 t=R_CALL runtime.deferreturn+0
	rel 116+4 t=R_CALL runtime.morestack_noctxt+0
main.double.func1 STEXT nosplit size=14 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (defer_named_result.go:5)	TEXT	main.double.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (defer_named_result.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (defer_named_result.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (defer_named_result.go:5)	MOVQ	8(DX), AX
	0x0004 00004 (defer_named_result.go:5)	MOVQ	(AX), CX
	0x0007 00007 (defer_named_result.go:5)	ADDQ	CX, CX
	0x000a 00010 (defer_named_result.go:5)	MOVQ	CX, (AX)
	0x000d 00013 (defer_named_result.go:5)	RET
	0x0000 48 8b 42 08 48 8b 08 48 01 c9 48 89 08 c3        H.B.H..H..H...
main.tripleDefers STEXT size=255 align=0x0 args=0x0 locals=0x68 funcid=0x0
	0x0000 00000 (defer_named_result.go:9)	TEXT	main.tripleDefers(SB), ABIInternal, $104-0
	0x0000 00000 (defer_named_result.go:9)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_named_result.go:9)	PCDATA	$0, $-2
	0x0004 00004 (defer_named_result.go:9)	JLS	245
	0x000a 00010 (defer_named_result.go:9)	PCDATA	$0, $-1
	0x000a 00010 (defer_named_result.go:9)	PUSHQ	BP
	0x000b 00011 (defer_named_result.go:9)	MOVQ	SP, BP
	0x000e 00014 (defer_named_result.go:9)	SUBQ	$96, SP
	0x0012 00018 (defer_named_result.go:9)	MOVUPS	X15, 72(SP)
	0x0018 00024 (defer_named_result.go:9)	MOVQ	X15, 88(SP)
	0x001f 00031 (defer_named_result.go:9)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x001f 00031 (defer_named_result.go:9)	FUNCDATA	$1, gclocals·J0XYIn8HDLqOXA94HbEVfg==(SB)
	0x001f 00031 (defer_named_result.go:9)	FUNCDATA	$2, main.tripleDefers.stkobj(SB)
	0x001f 00031 (defer_named_result.go:9)	FUNCDATA	$4, main.tripleDefers.opendefer(SB)
	0x001f 00031 (defer_named_result.go:9)	MOVB	$0, main..autotmp_7+7(SP)
	0x0024 00036 (defer_named_result.go:9)	MOVUPS	X15, main.s+8(SP)
	0x002a 00042 (defer_named_result.go:10)	LEAQ	main.tripleDefers.func1(SB), AX
	0x0031 00049 (defer_named_result.go:10)	MOVQ	AX, main..autotmp_2+56(SP)
	0x0036 00054 (defer_named_result.go:10)	LEAQ	main.s+8(SP), AX
	0x003b 00059 (defer_named_result.go:10)	MOVQ	AX, main..autotmp_2+64(SP)
	0x0040 00064 (defer_named_result.go:10)	LEAQ	main..autotmp_2+56(SP), CX
	0x0045 00069 (defer_named_result.go:10)	MOVQ	CX, main..autotmp_8+72(SP)
	0x004a 00074 (defer_named_result.go:10)	MOVB	$1, main..autotmp_7+7(SP)
	0x004f 00079 (defer_named_result.go:11)	LEAQ	main.tripleDefers.func2(SB), CX
	0x0056 00086 (defer_named_result.go:11)	MOVQ	CX, main..autotmp_4+40(SP)
	0x005b 00091 (defer_named_result.go:11)	MOVQ	AX, main..autotmp_4+48(SP)
	0x0060 00096 (defer_named_result.go:11)	LEAQ	main..autotmp_4+40(SP), CX
	0x0065 00101 (defer_named_result.go:11)	MOVQ	CX, main..autotmp_9+80(SP)
	0x006a 00106 (defer_named_result.go:11)	MOVB	$3, main..autotmp_7+7(SP)
	0x006f 00111 (defer_named_result.go:12)	LEAQ	main.tripleDefers.func3(SB), CX
	0x0076 00118 (defer_named_result.go:12)	MOVQ	CX, main..autotmp_6+24(SP)
	0x007b 00123 (defer_named_result.go:12)	MOVQ	AX, main..autotmp_6+32(SP)
	0x0080 00128 (defer_named_result.go:12)	LEAQ	main..autotmp_6+24(SP), AX
	0x0085 00133 (defer_named_result.go:12)	MOVQ	AX, main..autotmp_10+88(SP)
	0x008a 00138 (defer_named_result.go:13)	LEAQ	go:string."x"(SB), AX
	0x0091 00145 (defer_named_result.go:13)	MOVQ	AX, main.s+8(SP)
	0x0096 00150 (defer_named_result.go:13)	MOVQ	$1, main.s+16(SP)
	0x009f 00159 (defer_named_result.go:13)	MOVB	$3, main..autotmp_7+7(SP)
	0x00a4 00164 (defer_named_result.go:13)	MOVQ	main..autotmp_10+88(SP), DX
	0x00a9 00169 (defer_named_result.go:13)	MOVQ	(DX), AX
	0x00ac 00172 (defer_named_result.go:13)	PCDATA	$1, $1
	0x00ac 00172 (defer_named_result.go:13)	CALL	AX
	0x00ae 00174 (defer_named_result.go:13)	MOVB	$1, main..autotmp_7+7(SP)
	0x00b3 00179 (defer_named_result.go:13)	MOVQ	main..autotmp_9+80(SP), DX
	0x00b8 00184 (defer_named_result.go:13)	MOVQ	(DX), AX
	0x00bb 00187 (defer_named_result.go:13)	CALL	AX
	0x00bd 00189 (defer_named_result.go:13)	MOVB	$0, main..autotmp_7+7(SP)
	0x00c2 00194 (defer_named_result.go:13)	MOVQ	main..autotmp_8+72(SP), DX
	0x00c7 00199 (defer_named_result.go:13)	MOVQ	(DX), AX
	0x00ca 00202 (defer_named_result.go:13)	CALL	AX
	0x00cc 00204 (defer_named_result.go:13)	MOVQ	main.s+8(SP), AX
	0x00d1 00209 (defer_named_result.go:13)	MOVQ	main.s+16(SP), BX
	0x00d6 00214 (defer_named_result.go:13)	ADDQ	$96, SP
	0x00da 00218 (defer_named_result.go:13)	POPQ	BP
	0x00db 00219 (defer_named_result.go:13)	RET
	0x00dc 00220 (defer_named_result.go:13)	NOP
	0x00e0 00224 (defer_named_result.go:13)	CALL	runtime.deferreturn(SB)
	0x00e5 00229 (defer_named_result.go:13)	MOVQ	main.s+8(SP), AX
	0x00ea 00234 (defer_named_result.go:13)	MOVQ	main.s+16(SP), BX
	0x00ef 00239 (defer_named_result.go:13)	ADDQ	$96, SP
	0x00f3 00243 (defer_named_result.go:13)	POPQ	BP
	0x00f4 00244 (defer_named_result.go:13)	RET
	0x00f5 00245 (defer_named_result.go:13)	NOP
	0x00f5 00245 (defer_named_result.go:9)	PCDATA	$1, $-1
	0x00f5 00245 (defer_named_result.go:9)	PCDATA	$0, $-2
	0x00f5 00245 (defer_named_result.go:9)	CALL	runtime.morestack_noctxt(SB)
	0x00fa 00250 (defer_named_result.go:9)	PCDATA	$0, $-1
	0x00fa 00250 (defer_named_result.go:9)	JMP	0
	0x0000 49 3b 66 10 0f 86 eb 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 60 44 0f 11 7c 24 48 66 44 0f d6 7c 24 58 c6  .`D..|$HfD..|$X.
	0x0020 44 24 07 00 44 0f 11 7c 24 08 48 8d 05 00 00 00  D$..D..|$.H.....
	0x0030 00 48 89 44 24 38 48 8d 44 24 08 48 89 44 24 40  .H.D$8H.D$.H.D$@
	0x0040 48 8d 4c 24 38 48 89 4c 24 48 c6 44 24 07 01 48  H.L$8H.L$H.D$..H
	0x0050 8d 0d 00 00 00 00 48 89 4c 24 28 48 89 44 24 30  ......H.L$(H.D$0
	0x0060 48 8d 4c 24 28 48 89 4c 24 50 c6 44 24 07 03 48  H.L$(H.L$P.D$..H
	0x0070 8d 0d 00 00 00 00 48 89 4c 24 18 48 89 44 24 20  ......H.L$.H.D$ 
	0x0080 48 8d 44 24 18 48 89 44 24 58 48 8d 05 00 00 00  H.D$.H.D$XH.....
	0x0090 00 48 89 44 24 08 48 c7 44 24 10 01 00 00 00 c6  .H.D$.H.D$......
	0x00a0 44 24 07 03 48 8b 54 24 58 48 8b 02 ff d0 c6 44  D$..H.T$XH.....D
	0x00b0 24 07 01 48 8b 54 24 50 48 8b 02 ff d0 c6 44 24  $..H.T$PH.....D$
	0x00c0 07 00 48 8b 54 24 48 48 8b 02 ff d0 48 8b 44 24  ..H.T$HH....H.D$
	0x00d0 08 48 8b 5c 24 10 48 83 c4 60 5d c3 0f 1f 40 00  .H.\$.H..`]...@.
	0x00e0 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48  .....H.D$.H.\$.H
	0x00f0 83 c4 60 5d c3 e8 00 00 00 00 e9 01 ff ff ff     ..`]...........
	rel 45+4 t=R_PCREL main.tripleDefers.func1+0
	rel 82+4 t=R_PCREL main.tripleDefers.func2+0
	rel 114+4 t=R_PCREL main.tripleDefers.func3+0
	rel 141+4 t=R_PCREL go:string."x"+0
	rel 172+0 t=R_CALLIND +0
	rel 187+0 t=R_CALLIND +0
	rel 202+0 t=R_CALLIND +0
	rel 225+4 t=R_CALL runtime.deferreturn+0
	rel 246+4 t=R_CALL runtime.morestack_noctxt+0
main.tripleDefers.func3 STEXT size=103 align=0x0 args=0x0 locals=0x38 funcid=0x0
	0x0000 00000 (defer_named_result.go:12)	TEXT	main.tripleDefers.func3(SB), NEEDCTXT|ABIInternal, $56-0
	0x0000 00000 (defer_named_result.go:12)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_named_result.go:12)	PCDATA	$0, $-2
	0x0004 00004 (defer_named_result.go:12)	JLS	91
	0x0006 00006 (defer_named_result.go:12)	PCDATA	$0, $-1
	0x0006 00006 (defer_named_result.go:12)	PUSHQ	BP
	0x0007 00007 (defer_named_result.go:12)	MOVQ	SP, BP
	0x000a 00010 (defer_named_result.go:12)	SUBQ	$48, SP
	0x000e 00014 (defer_named_result.go:12)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (defer_named_result.go:12)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (defer_named_result.go:12)	MOVQ	8(DX), DX
	0x0012 00018 (defer_named_result.go:12)	MOVQ	DX, main.&s+40(SP)
	0x0017 00023 (defer_named_result.go:12)	MOVQ	(DX), BX
	0x001a 00026 (defer_named_result.go:12)	MOVQ	8(DX), CX
	0x001e 00030 (defer_named_result.go:12)	XORL	AX, AX
	0x0020 00032 (defer_named_result.go:12)	LEAQ	go:string."c"(SB), DI
	0x0027 00039 (defer_named_result.go:12)	MOVL	$1, SI
	0x002c 00044 (defer_named_result.go:12)	PCDATA	$1, $1
	0x002c 00044 (defer_named_result.go:12)	CALL	runtime.concatstring2(SB)
	0x0031 00049 (defer_named_result.go:12)	MOVQ	main.&s+40(SP), DX
	0x0036 00054 (defer_named_result.go:12)	MOVQ	BX, 8(DX)
	0x003a 00058 (defer_named_result.go:12)	CMPL	runtime.writeBarrier(SB), $0
	0x0041 00065 (defer_named_result.go:12)	PCDATA	$0, $-2
	0x0041 00065 (defer_named_result.go:12)	JEQ	82
	0x0043 00067 (defer_named_result.go:12)	MOVQ	(DX), CX
	0x0046 00070 (defer_named_result.go:12)	CALL	runtime.gcWriteBarrier2(SB)
	0x004b 00075 (defer_named_result.go:12)	MOVQ	AX, (R11)
	0x004e 00078 (defer_named_result.go:12)	MOVQ	CX, 8(R11)
	0x0052 00082 (defer_named_result.go:12)	MOVQ	AX, (DX)
	0x0055 00085 (defer_named_result.go:12)	PCDATA	$0, $-1
	0x0055 00085 (defer_named_result.go:12)	ADDQ	$48, SP
	0x0059 00089 (defer_named_result.go:12)	POPQ	BP
	0x005a 00090 (defer_named_result.go:12)	RET
	0x005b 00091 (defer_named_result.go:12)	NOP
	0x005b 00091 (defer_named_result.go:12)	PCDATA	$1, $-1
	0x005b 00091 (defer_named_result.go:12)	PCDATA	$0, $-2
	0x005b 00091 (defer_named_result.go:12)	NOP
	0x0060 00096 (defer_named_result.go:12)	CALL	runtime.morestack(SB)
	0x0065 00101 (defer_named_result.go:12)	PCDATA	$0, $-1
	0x0065 00101 (defer_named_result.go:12)	JMP	0
	0x0000 49 3b 66 10 76 55 55 48 89 e5 48 83 ec 30 48 8b  I;f.vUUH..H..0H.
	0x0010 52 08 48 89 54 24 28 48 8b 1a 48 8b 4a 08 31 c0  R.H.T$(H..H.J.1.
	0x0020 48 8d 3d 00 00 00 00 be 01 00 00 00 e8 00 00 00  H.=.............
	0x0030 00 48 8b 54 24 28 48 89 5a 08 83 3d 00 00 00 00  .H.T$(H.Z..=....
	0x0040 00 74 0f 48 8b 0a e8 00 00 00 00 49 89 03 49 89  .t.H.......I..I.
	0x0050 4b 08 48 89 02 48 83 c4 30 5d c3 0f 1f 44 00 00  K.H..H..0]...D..
	0x0060 e8 00 00 00 00 eb 99                             .......
	rel 35+4 t=R_PCREL go:string."c"+0
	rel 45+4 t=R_CALL runtime.concatstring2+0
	rel 60+4 t=R_PCREL runtime.writeBarrier+-1
	rel 71+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 97+4 t=R_CALL runtime.morestack+0
main.tripleDefers.func2 STEXT size=103 align=0x0 args=0x0 locals=0x38 funcid=0x0
	0x0000 00000 (defer_named_result.go:11)	TEXT	main.tripleDefers.func2(SB), NEEDCTXT|ABIInternal, $56-0
	0x0000 00000 (defer_named_result.go:11)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_named_result.go:11)	PCDATA	$0, $-2
	0x0004 00004 (defer_named_result.go:11)	JLS	91
	0x0006 00006 (defer_named_result.go:11)	PCDATA	$0, $-1
	0x0006 00006 (defer_named_result.go:11)	PUSHQ	BP
	0x0007 00007 (defer_named_result.go:11)	MOVQ	SP, BP
	0x000a 00010 (defer_named_result.go:11)	SUBQ	$48, SP
	0x000e 00014 (defer_named_result.go:11)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (defer_named_result.go:11)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (defer_named_result.go:11)	MOVQ	8(DX), DX
	0x0012 00018 (defer_named_result.go:11)	MOVQ	DX, main.&s+40(SP)
	0x0017 00023 (defer_named_result.go:11)	MOVQ	(DX), BX
	0x001a 00026 (defer_named_result.go:11)	MOVQ	8(DX), CX
	0x001e 00030 (defer_named_result.go:11)	XORL	AX, AX
	0x0020 00032 (defer_named_result.go:11)	LEAQ	go:string."b"(SB), DI
	0x0027 00039 (defer_named_result.go:11)	MOVL	$1, SI
	0x002c 00044 (defer_named_result.go:11)	PCDATA	$1, $1
	0x002c 00044 (defer_named_result.go:11)	CALL	runtime.concatstring2(SB)
	0x0031 00049 (defer_named_result.go:11)	MOVQ	main.&s+40(SP), DX
	0x0036 00054 (defer_named_result.go:11)	MOVQ	BX, 8(DX)
	0x003a 00058 (defer_named_result.go:11)	CMPL	runtime.writeBarrier(SB), $0
	0x0041 00065 (defer_named_result.go:11)	PCDATA	$0, $-2
	0x0041 00065 (defer_named_result.go:11)	JEQ	82
	0x0043 00067 (defer_named_result.go:11)	MOVQ	(DX), CX
	0x0046 00070 (defer_named_result.go:11)	CALL	runtime.gcWriteBarrier2(SB)
	0x004b 00075 (defer_named_result.go:11)	MOVQ	AX, (R11)
	0x004e 00078 (defer_named_result.go:11)	MOVQ	CX, 8(R11)
	0x0052 00082 (defer_named_result.go:11)	MOVQ	AX, (DX)
	0x0055 00085 (defer_named_result.go:11)	PCDATA	$0, $-1
	0x0055 00085 (defer_named_result.go:11)	ADDQ	$48, SP
	0x0059 00089 (defer_named_result.go:11)	POPQ	BP
	0x005a 00090 (defer_named_result.go:11)	RET
	0x005b 00091 (defer_named_result.go:11)	NOP
	0x005b 00091 (defer_named_result.go:11)	PCDATA	$1, $-1
	0x005b 00091 (defer_named_result.go:11)	PCDATA	$0, $-2
	0x005b 00091 (defer_named_result.go:11)	NOP
	0x0060 00096 (defer_named_result.go:11)	CALL	runtime.morestack(SB)
	0x0065 00101 (defer_named_result.go:11)	PCDATA	$0, $-1
	0x0065 00101 (defer_named_result.go:11)	JMP	0
	0x0000 49 3b 66 10 76 55 55 48 89 e5 48 83 ec 30 48 8b  I;f.vUUH..H..0H.
	0x0010 52 08 48 89 54 24 28 48 8b 1a 48 8b 4a 08 31 c0  R.H.T$(H..H.J.1.
	0x0020 48 8d 3d 00 00 00 00 be 01 00 00 00 e8 00 00 00  H.=.............
	0x0030 00 48 8b 54 24 28 48 89 5a 08 83 3d 00 00 00 00  .H.T$(H.Z..=....
	0x0040 00 74 0f 48 8b 0a e8 00 00 00 00 49 89 03 49 89  .t.H.......I..I.
	0x0050 4b 08 48 89 02 48 83 c4 30 5d c3 0f 1f 44 00 00  K.H..H..0]...D..
	0x0060 e8 00 00 00 00 eb 99                             .......
	rel 35+4 t=R_PCREL go:string."b"+0
	rel 45+4 t=R_CALL runtime.concatstring2+0
	rel 60+4 t=R_PCREL runtime.writeBarrier+-1
	rel 71+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 97+4 t=R_CALL runtime.morestack+0
main.tripleDefers.func1 STEXT size=103 align=0x0 args=0x0 locals=0x38 funcid=0x0
	0x0000 00000 (defer_named_result.go:10)	TEXT	main.tripleDefers.func1(SB), NEEDCTXT|ABIInternal, $56-0
	0x0000 00000 (defer_named_result.go:10)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_named_result.go:10)	PCDATA	$0, $-2
	0x0004 00004 (defer_named_result.go:10)	JLS	91
	0x0006 00006 (defer_named_result.go:10)	PCDATA	$0, $-1
	0x0006 00006 (defer_named_result.go:10)	PUSHQ	BP
	0x0007 00007 (defer_named_result.go:10)	MOVQ	SP, BP
	0x000a 00010 (defer_named_result.go:10)	SUBQ	$48, SP
	0x000e 00014 (defer_named_result.go:10)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (defer_named_result.go:10)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (defer_named_result.go:10)	MOVQ	8(DX), DX
	0x0012 00018 (defer_named_result.go:10)	MOVQ	DX, main.&s+40(SP)
	0x0017 00023 (defer_named_result.go:10)	MOVQ	(DX), BX
	0x001a 00026 (defer_named_result.go:10)	MOVQ	8(DX), CX
	0x001e 00030 (defer_named_result.go:10)	XORL	AX, AX
	0x0020 00032 (defer_named_result.go:10)	LEAQ	go:string."a"(SB), DI
	0x0027 00039 (defer_named_result.go:10)	MOVL	$1, SI
	0x002c 00044 (defer_named_result.go:10)	PCDATA	$1, $1
	0x002c 00044 (defer_named_result.go:10)	CALL	runtime.concatstring2(SB)
	0x0031 00049 (defer_named_result.go:10)	MOVQ	main.&s+40(SP), DX
	0x0036 00054 (defer_named_result.go:10)	MOVQ	BX, 8(DX)
	0x003a 00058 (defer_named_result.go:10)	CMPL	runtime.writeBarrier(SB), $0
	0x0041 00065 (defer_named_result.go:10)	PCDATA	$0, $-2
	0x0041 00065 (defer_named_result.go:10)	JEQ	82
	0x0043 00067 (defer_named_result.go:10)	MOVQ	(DX), CX
	0x0046 00070 (defer_named_result.go:10)	CALL	runtime.gcWriteBarrier2(SB)
	0x004b 00075 (defer_named_result.go:10)	MOVQ	AX, (R11)
	0x004e 00078 (defer_named_result.go:10)	MOVQ	CX, 8(R11)
	0x0052 00082 (defer_named_result.go:10)	MOVQ	AX, (DX)
	0x0055 00085 (defer_named_result.go:10)	PCDATA	$0, $-1
	0x0055 00085 (defer_named_result.go:10)	ADDQ	$48, SP
	0x0059 00089 (defer_named_result.go:10)	POPQ	BP
	0x005a 00090 (defer_named_result.go:10)	RET
	0x005b 00091 (defer_named_result.go:10)	NOP
	0x005b 00091 (defer_named_result.go:10)	PCDATA	$1, $-1
	0x005b 00091 (defer_named_result.go:10)	PCDATA	$0, $-2
	0x005b 00091 (defer_named_result.go:10)	NOP
	0x0060 00096 (defer_named_result.go:10)	CALL	runtime.morestack(SB)
	0x0065 00101 (defer_named_result.go:10)	PCDATA	$0, $-1
	0x0065 00101 (defer_named_result.go:10)	JMP	0
	0x0000 49 3b 66 10 76 55 55 48 89 e5 48 83 ec 30 48 8b  I;f.vUUH..H..0H.
	0x0010 52 08 48 89 54 24 28 48 8b 1a 48 8b 4a 08 31 c0  R.H.T$(H..H.J.1.
	0x0020 48 8d 3d 00 00 00 00 be 01 00 00 00 e8 00 00 00  H.=.............
	0x0030 00 48 8b 54 24 28 48 89 5a 08 83 3d 00 00 00 00  .H.T$(H.Z..=....
	0x0040 00 74 0f 48 8b 0a e8 00 00 00 00 49 89 03 49 89  .t.H.......I..I.
	0x0050 4b 08 48 89 02 48 83 c4 30 5d c3 0f 1f 44 00 00  K.H..H..0]...D..
	0x0060 e8 00 00 00 00 eb 99                             .......
	rel 35+4 t=R_PCREL go:string."a"+0
	rel 45+4 t=R_CALL runtime.concatstring2+0
	rel 60+4 t=R_PCREL runtime.writeBarrier+-1
	rel 71+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 97+4 t=R_CALL runtime.morestack+0
main.safeDiv STEXT size=248 align=0x0 args=0x10 locals=0x48 funcid=0x0
	0x0000 00000 (defer_named_result.go:17)	TEXT	main.safeDiv(SB), ABIInternal, $72-16
	0x0000 00000 (defer_named_result.go:17)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_named_result.go:17)	PCDATA	$0, $-2
	0x0004 00004 (defer_named_result.go:17)	JLS	218
	0x000a 00010 (defer_named_result.go:17)	PCDATA	$0, $-1
	0x000a 00010 (defer_named_result.go:17)	PUSHQ	BP
	0x000b 00011 (defer_named_result.go:17)	MOVQ	SP, BP
	0x000e 00014 (defer_named_result.go:17)	SUBQ	$64, SP
	0x0012 00018 (defer_named_result.go:17)	MOVQ	X15, 56(SP)
	0x0019 00025 (defer_named_result.go:17)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0019 00025 (defer_named_result.go:17)	FUNCDATA	$1, gclocals·2JxoNu0B1SxSW1PimUBF/g==(SB)
	0x0019 00025 (defer_named_result.go:17)	FUNCDATA	$2, main.safeDiv.stkobj(SB)
	0x0019 00025 (defer_named_result.go:17)	FUNCDATA	$5, main.safeDiv.arginfo1(SB)
	0x0019 00025 (defer_named_result.go:17)	FUNCDATA	$6, main.safeDiv.argliveinfo(SB)
	0x0019 00025 (defer_named_result.go:17)	FUNCDATA	$4, main.safeDiv.opendefer(SB)
	0x0019 00025 (defer_named_result.go:17)	PCDATA	$3, $1
	0x0019 00025 (defer_named_result.go:17)	MOVB	$0, main..autotmp_6+7(SP)
	0x001e 00030 (defer_named_result.go:17)	MOVQ	$0, main.q+8(SP)
	0x0027 00039 (defer_named_result.go:17)	MOVUPS	X15, main.err+16(SP)
	0x002d 00045 (defer_named_result.go:18)	LEAQ	main.safeDiv.func1(SB), CX
	0x0034 00052 (defer_named_result.go:18)	MOVQ	CX, main..autotmp_5+32(SP)
	0x0039 00057 (defer_named_result.go:18)	LEAQ	main.q+8(SP), CX
	0x003e 00062 (defer_named_result.go:18)	MOVQ	CX, main..autotmp_5+40(SP)
	0x0043 00067 (defer_named_result.go:18)	LEAQ	main.err+16(SP), CX
	0x0048 00072 (defer_named_result.go:18)	MOVQ	CX, main..autotmp_5+48(SP)
	0x004d 00077 (defer_named_result.go:18)	LEAQ	main..autotmp_5+32(SP), CX
	0x0052 00082 (defer_named_result.go:18)	MOVQ	CX, main..autotmp_7+56(SP)
	0x0057 00087 (defer_named_result.go:18)	MOVB	$1, main..autotmp_6+7(SP)
	0x005c 00092 (defer_named_result.go:18)	NOP
	0x0060 00096 (defer_named_result.go:24)	TESTQ	BX, BX
	0x0063 00099 (defer_named_result.go:24)	JEQ	183
	0x0065 00101 (defer_named_result.go:24)	CMPQ	BX, $-1
	0x0069 00105 (defer_named_result.go:24)	JNE	114
	0x006b 00107 (defer_named_result.go:24)	NEGQ	AX
	0x006e 00110 (defer_named_result.go:24)	XORL	DX, DX
	0x0070 00112 (defer_named_result.go:24)	JMP	119
	0x0072 00114 (defer_named_result.go:24)	CQO
	0x0074 00116 (defer_named_result.go:24)	IDIVQ	BX
	0x0077 00119 (defer_named_result.go:24)	MOVQ	AX, main.q+8(SP)
	0x007c 00124 (defer_named_result.go:25)	LEAQ	go:string."ok"(SB), CX
	0x0083 00131 (defer_named_result.go:25)	MOVQ	CX, main.err+16(SP)
	0x0088 00136 (defer_named_result.go:25)	MOVQ	$2, main.err+24(SP)
	0x0091 00145 (defer_named_result.go:25)	MOVB	$0, main..autotmp_6+7(SP)
	0x0096 00150 (defer_named_result.go:25)	MOVQ	main..autotmp_7+56(SP), DX
	0x009b 00155 (defer_named_result.go:25)	MOVQ	(DX), CX
	0x009e 00158 (defer_named_result.go:25)	PCDATA	$1, $1
	0x009e 00158 (defer_named_result.go:25)	NOP
	0x00a0 00160 (defer_named_result.go:25)	CALL	CX
	0x00a2 00162 (defer_named_result.go:25)	MOVQ	main.q+8(SP), AX
	0x00a7 00167 (defer_named_result.go:25)	MOVQ	main.err+16(SP), BX
	0x00ac 00172 (defer_named_result.go:25)	MOVQ	main.err+24(SP), CX
	0x00b1 00177 (defer_named_result.go:25)	ADDQ	$64, SP
	0x00b5 00181 (defer_named_result.go:25)	POPQ	BP
	0x00b6 00182 (defer_named_result.go:25)	RET
	0x00b7 00183 (defer_named_result.go:24)	CALL	runtime.panicdivide(SB)
	0x00bc 00188 (defer_named_result.go:24)	XCHGL	AX, AX
	0x00bd 00189 (defer_named_result.go:24)	NOP
	0x00c0 00192 (defer_named_result.go:24)	CALL	runtime.deferreturn(SB)
	0x00c5 00197 (defer_named_result.go:24)	MOVQ	main.q+8(SP), AX
	0x00ca 00202 (defer_named_result.go:24)	MOVQ	main.err+16(SP), BX
	0x00cf 00207 (defer_named_result.go:24)	MOVQ	main.err+24(SP), CX
	0x00d4 00212 (defer_named_result.go:24)	ADDQ	$64, SP
	0x00d8 00216 (defer_named_result.go:24)	POPQ	BP
	0x00d9 00217 (defer_named_result.go:24)	RET
	0x00da 00218 (defer_named_result.go:24)	NOP
	0x00da 00218 (defer_named_result.go:17)	PCDATA	$1, $-1
	0x00da 00218 (defer_named_result.go:17)	PCDATA	$0, $-2
	0x00da 00218 (defer_named_result.go:17)	MOVQ	AX, 8(SP)
	0x00df 00223 (defer_named_result.go:17)	MOVQ	BX, 16(SP)
	0x00e4 00228 (defer_named_result.go:17)	CALL	runtime.morestack_noctxt(SB)
	0x00e9 00233 (defer_named_result.go:17)	PCDATA	$0, $-1
	0x00e9 00233 (defer_named_result.go:17)	MOVQ	8(SP), AX
	0x00ee 00238 (defer_named_result.go:17)	MOVQ	16(SP), BX
	0x00f3 00243 (defer_named_result.go:17)	JMP	0
	0x0000 49 3b 66 10 0f 86 d0 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 66 44 0f d6 7c 24 38 c6 44 24 07 00 48 c7  .@fD..|$8.D$..H.
	0x0020 44 24 08 00 00 00 00 44 0f 11 7c 24 10 48 8d 0d  D$.....D..|$.H..
	0x0030 00 00 00 00 48 89 4c 24 20 48 8d 4c 24 08 48 89  ....H.L$ H.L$.H.
	0x0040 4c 24 28 48 8d 4c 24 10 48 89 4c 24 30 48 8d 4c  L$(H.L$.H.L$0H.L
	0x0050 24 20 48 89 4c 24 38 c6 44 24 07 01 0f 1f 40 00  $ H.L$8.D$....@.
	0x0060 48 85 db 74 52 48 83 fb ff 75 07 48 f7 d8 31 d2  H..tRH...u.H..1.
	0x0070 eb 05 48 99 48 f7 fb 48 89 44 24 08 48 8d 0d 00  ..H.H..H.D$.H...
	0x0080 00 00 00 48 89 4c 24 10 48 c7 44 24 18 02 00 00  ...H.L$.H.D$....
	0x0090 00 c6 44 24 07 00 48 8b 54 24 38 48 8b 0a 66 90  ..D$..H.T$8H..f.
	0x00a0 ff d1 48 8b 44 24 08 48 8b 5c 24 10 48 8b 4c 24  ..H.D$.H.\$.H.L$
	0x00b0 18 48 83 c4 40 5d c3 e8 00 00 00 00 90 0f 1f 00  .H..@]..........
	0x00c0 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48  .....H.D$.H.\$.H
	0x00d0 8b 4c 24 18 48 83 c4 40 5d c3 48 89 44 24 08 48  .L$.H..@].H.D$.H
	0x00e0 89 5c 24 10 e8 00 00 00 00 48 8b 44 24 08 48 8b  .\$......H.D$.H.
	0x00f0 5c 24 10 e9 08 ff ff ff                          \$......
	rel 48+4 t=R_PCREL main.safeDiv.func1+0
	rel 127+4 t=R_PCREL go:string."ok"+0
	rel 160+0 t=R_CALLIND +0
	rel 184+4 t=R_CALL runtime.panicdivide+0
	rel 193+4 t=R_CALL runtime.deferreturn+0
	rel 229+4 t=R_CALL runtime.morestack_noctxt+0
main.safeDiv.func1 STEXT size=109 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (defer_named_result.go:18)	TEXT	main.safeDiv.func1(SB), NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (defer_named_result.go:18)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_named_result.go:18)	PCDATA	$0, $-2
	0x0004 00004 (defer_named_result.go:18)	JLS	102
	0x0006 00006 (defer_named_result.go:18)	PCDATA	$0, $-1
	0x0006 00006 (defer_named_result.go:18)	PUSHQ	BP
	0x0007 00007 (defer_named_result.go:18)	MOVQ	SP, BP
	0x000a 00010 (defer_named_result.go:18)	SUBQ	$16, SP
	0x000e 00014 (defer_named_result.go:18)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (defer_named_result.go:18)	FUNCDATA	$1, gclocals·SuU9uJakUiwQN05B/R6nZw==(SB)
	0x000e 00014 (defer_named_result.go:18)	MOVQ	16(DX), AX
	0x0012 00018 (defer_named_result.go:18)	MOVQ	AX, main.&err+8(SP)
	0x0017 00023 (defer_named_result.go:18)	MOVQ	8(DX), AX
	0x001b 00027 (defer_named_result.go:18)	MOVQ	AX, main.&q(SP)
	0x001f 00031 (defer_named_result.go:19)	PCDATA	$1, $1
	0x001f 00031 (defer_named_result.go:19)	NOP
	0x0020 00032 (defer_named_result.go:19)	CALL	runtime.gorecover(SB)
	0x0025 00037 (defer_named_result.go:19)	TESTQ	AX, AX
	0x0028 00040 (defer_named_result.go:19)	JEQ	96
	0x002a 00042 (defer_named_result.go:20)	MOVQ	main.&q(SP), AX
	0x002e 00046 (defer_named_result.go:20)	MOVQ	$-1, (AX)
	0x0035 00053 (defer_named_result.go:21)	MOVQ	main.&err+8(SP), AX
	0x003a 00058 (defer_named_result.go:21)	MOVQ	$9, 8(AX)
	0x0042 00066 (defer_named_result.go:21)	CMPL	runtime.writeBarrier(SB), $0
	0x0049 00073 (defer_named_result.go:21)	PCDATA	$0, $-2
	0x0049 00073 (defer_named_result.go:21)	JEQ	86
	0x004b 00075 (defer_named_result.go:21)	MOVQ	(AX), CX
	0x004e 00078 (defer_named_result.go:21)	CALL	runtime.gcWriteBarrier1(SB)
	0x0053 00083 (defer_named_result.go:21)	MOVQ	CX, (R11)
	0x0056 00086 (defer_named_result.go:21)	LEAQ	go:string."recovered"(SB), CX
	0x005d 00093 (defer_named_result.go:21)	MOVQ	CX, (AX)
	0x0060 00096 (defer_named_result.go:23)	PCDATA	$0, $-1
	0x0060 00096 (defer_named_result.go:23)	ADDQ	$16, SP
	0x0064 00100 (defer_named_result.go:23)	POPQ	BP
	0x0065 00101 (defer_named_result.go:23)	RET
	0x0066 00102 (defer_named_result.go:23)	NOP
	0x0066 00102 (defer_named_result.go:18)	PCDATA	$1, $-1
	0x0066 00102 (defer_named_result.go:18)	PCDATA	$0, $-2
	0x0066 00102 (defer_named_result.go:18)	CALL	runtime.morestack(SB)
	0x006b 00107 (defer_named_result.go:18)	PCDATA	$0, $-1
	0x006b 00107 (defer_named_result.go:18)	JMP	0
	0x0000 49 3b 66 10 76 60 55 48 89 e5 48 83 ec 10 48 8b  I;f.v`UH..H...H.
	0x0010 42 10 48 89 44 24 08 48 8b 42 08 48 89 04 24 90  B.H.D$.H.B.H..$.
	0x0020 e8 00 00 00 00 48 85 c0 74 36 48 8b 04 24 48 c7  .....H..t6H..$H.
	0x0030 00 ff ff ff ff 48 8b 44 24 08 48 c7 40 08 09 00  .....H.D$.H.@...
	0x0040 00 00 83 3d 00 00 00 00 00 74 0b 48 8b 08 e8 00  ...=.....t.H....
	0x0050 00 00 00 49 89 0b 48 8d 0d 00 00 00 00 48 89 08  ...I..H......H..
	0x0060 48 83 c4 10 5d c3 e8 00 00 00 00 eb 93           H...]........
	rel 33+4 t=R_CALL runtime.gorecover+0
	rel 68+4 t=R_PCREL runtime.writeBarrier+-1
	rel 79+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 89+4 t=R_PCREL go:string."recovered"+0
	rel 103+4 t=R_CALL runtime.morestack+0
main.counted STEXT size=240 align=0x0 args=0x0 locals=0x70 funcid=0x0
	0x0000 00000 (defer_named_result.go:28)	TEXT	main.counted(SB), ABIInternal, $112-0
	0x0000 00000 (defer_named_result.go:28)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_named_result.go:28)	PCDATA	$0, $-2
	0x0004 00004 (defer_named_result.go:28)	JLS	230
	0x000a 00010 (defer_named_result.go:28)	PCDATA	$0, $-1
	0x000a 00010 (defer_named_result.go:28)	PUSHQ	BP
	0x000b 00011 (defer_named_result.go:28)	MOVQ	SP, BP
	0x000e 00014 (defer_named_result.go:28)	SUBQ	$104, SP
	0x0012 00018 (defer_named_result.go:28)	MOVQ	X15, 96(SP)
	0x0019 00025 (defer_named_result.go:28)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0019 00025 (defer_named_result.go:28)	FUNCDATA	$1, gclocals·2JxoNu0B1SxSW1PimUBF/g==(SB)
	0x0019 00025 (defer_named_result.go:28)	FUNCDATA	$2, main.counted.stkobj(SB)
	0x0019 00025 (defer_named_result.go:28)	FUNCDATA	$4, main.counted.opendefer(SB)
	0x0019 00025 (defer_named_result.go:28)	MOVB	$0, main..autotmp_5+47(SP)
	0x001e 00030 (defer_named_result.go:28)	MOVQ	$0, main.n+48(SP)
	0x0027 00039 (defer_named_result.go:28)	MOVUPS	X15, main.tag+56(SP)
	0x002d 00045 (defer_named_result.go:29)	LEAQ	main.counted.func1(SB), DX
	0x0034 00052 (defer_named_result.go:29)	MOVQ	DX, main..autotmp_3+72(SP)
	0x0039 00057 (defer_named_result.go:29)	LEAQ	main.n+48(SP), DX
	0x003e 00062 (defer_named_result.go:29)	MOVQ	DX, main..autotmp_3+80(SP)
	0x0043 00067 (defer_named_result.go:29)	LEAQ	main.tag+56(SP), DX
	0x0048 00072 (defer_named_result.go:29)	MOVQ	DX, main..autotmp_3+88(SP)
	0x004d 00077 (defer_named_result.go:29)	LEAQ	main..autotmp_3+72(SP), DX
	0x0052 00082 (defer_named_result.go:29)	MOVQ	DX, main..autotmp_6+96(SP)
	0x0057 00087 (defer_named_result.go:29)	MOVB	$1, main..autotmp_5+47(SP)
	0x005c 00092 (defer_named_result.go:33)	MOVQ	$10, main.n+48(SP)
	0x0065 00101 (defer_named_result.go:34)	LEAQ	go:string."t"(SB), BX
	0x006c 00108 (defer_named_result.go:34)	MOVQ	BX, main.tag+56(SP)
	0x0071 00113 (defer_named_result.go:34)	MOVQ	$1, main.tag+64(SP)
	0x007a 00122 (defer_named_result.go:35)	XORL	AX, AX
	0x007c 00124 (defer_named_result.go:35)	MOVL	$1, CX
	0x0081 00129 (defer_named_result.go:35)	LEAQ	go:string."?"(SB), DI
	0x0088 00136 (defer_named_result.go:35)	MOVL	CX, SI
	0x008a 00138 (defer_named_result.go:35)	PCDATA	$1, $1
	0x008a 00138 (defer_named_result.go:35)	CALL	runtime.concatstring2(SB)
	0x008f 00143 (defer_named_result.go:35)	MOVQ	main.n+48(SP), DX
	0x0094 00148 (defer_named_result.go:35)	LEAQ	(DX)(DX*2), DX
	0x0098 00152 (defer_named_result.go:35)	MOVQ	DX, main.n+48(SP)
	0x009d 00157 (defer_named_result.go:35)	MOVQ	AX, main.tag+56(SP)
	0x00a2 00162 (defer_named_result.go:35)	MOVQ	BX, main.tag+64(SP)
	0x00a7 00167 (defer_named_result.go:35)	MOVB	$0, main..autotmp_5+47(SP)
	0x00ac 00172 (defer_named_result.go:35)	MOVQ	main..autotmp_6+96(SP), DX
	0x00b1 00177 (defer_named_result.go:35)	MOVQ	(DX), R8
	0x00b4 00180 (defer_named_result.go:35)	CALL	R8
	0x00b7 00183 (defer_named_result.go:35)	MOVQ	main.n+48(SP), AX
	0x00bc 00188 (defer_named_result.go:35)	MOVQ	main.tag+56(SP), BX
	0x00c1 00193 (defer_named_result.go:35)	MOVQ	main.tag+64(SP), CX
	0x00c6 00198 (defer_named_result.go:35)	ADDQ	$104, SP
	0x00ca 00202 (defer_named_result.go:35)	POPQ	BP
	0x00cb 00203 (defer_named_result.go:35)	RET
	0x00cc 00204 (defer_named_result.go:35)	CALL	runtime.deferreturn(SB)
	0x00d1 00209 (defer_named_result.go:35)	MOVQ	main.n+48(SP), AX
	0x00d6 00214 (defer_named_result.go:35)	MOVQ	main.tag+56(SP), BX
	0x00db 00219 (defer_named_result.go:35)	MOVQ	main.tag+64(SP), CX
	0x00e0 00224 (defer_named_result.go:35)	ADDQ	$104, SP
	0x00e4 00228 (defer_named_result.go:35)	POPQ	BP
	0x00e5 00229 (defer_named_result.go:35)	RET
	0x00e6 00230 (defer_named_result.go:35)	NOP
	0x00e6 00230 (defer_named_result.go:28)	PCDATA	$1, $-1
	0x00e6 00230 (defer_named_result.go:28)	PCDATA	$0, $-2
	0x00e6 00230 (defer_named_result.go:28)	CALL	runtime.morestack_noctxt(SB)
	0x00eb 00235 (defer_named_result.go:28)	PCDATA	$0, $-1
	0x00eb 00235 (defer_named_result.go:28)	JMP	0
	0x0000 49 3b 66 10 0f 86 dc 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 68 66 44 0f d6 7c 24 60 c6 44 24 2f 00 48 c7  .hfD..|$`.D$/.H.
	0x0020 44 24 30 00 00 00 00 44 0f 11 7c 24 38 48 8d 15  D$0....D..|$8H..
	0x0030 00 00 00 00 48 89 54 24 48 48 8d 54 24 30 48 89  ....H.T$HH.T$0H.
	0x0040 54 24 50 48 8d 54 24 38 48 89 54 24 58 48 8d 54  T$PH.T$8H.T$XH.T
	0x0050 24 48 48 89 54 24 60 c6 44 24 2f 01 48 c7 44 24  $HH.T$`.D$/.H.D$
	0x0060 30 0a 00 00 00 48 8d 1d 00 00 00 00 48 89 5c 24  0....H......H.\$
	0x0070 38 48 c7 44 24 40 01 00 00 00 31 c0 b9 01 00 00  8H.D$@....1.....
	0x0080 00 48 8d 3d 00 00 00 00 89 ce e8 00 00 00 00 48  .H.=...........H
	0x0090 8b 54 24 30 48 8d 14 52 48 89 54 24 30 48 89 44  .T$0H..RH.T$0H.D
	0x00a0 24 38 48 89 5c 24 40 c6 44 24 2f 00 48 8b 54 24  $8H.\$@.D$/.H.T$
	0x00b0 60 4c 8b 02 41 ff d0 48 8b 44 24 30 48 8b 5c 24  `L..A..H.D$0H.\$
	0x00c0 38 48 8b 4c 24 40 48 83 c4 68 5d c3 e8 00 00 00  8H.L$@H..h].....
	0x00d0 00 48 8b 44 24 30 48 8b 5c 24 38 48 8b 4c 24 40  .H.D$0H.\$8H.L$@
	0x00e0 48 83 c4 68 5d c3 e8 00 00 00 00 e9 10 ff ff ff  H..h]...........
	rel 48+4 t=R_PCREL main.counted.func1+0
	rel 104+4 t=R_PCREL go:string."t"+0
	rel 132+4 t=R_PCREL go:string."?"+0
	rel 139+4 t=R_CALL runtime.concatstring2+0
	rel 181+0 t=R_CALLIND +0
	rel 205+4 t=R_CALL runtime.deferreturn+0
	rel 231+4 t=R_CALL runtime.morestack_noctxt+0
main.counted.func1 STEXT size=105 align=0x0 args=0x0 locals=0x38 funcid=0x0
	0x0000 00000 (defer_named_result.go:29)	TEXT	main.counted.func1(SB), NEEDCTXT|ABIInternal, $56-0
	0x0000 00000 (defer_named_result.go:29)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_named_result.go:29)	PCDATA	$0, $-2
	0x0004 00004 (defer_named_result.go:29)	JLS	98
	0x0006 00006 (defer_named_result.go:29)	PCDATA	$0, $-1
	0x0006 00006 (defer_named_result.go:29)	PUSHQ	BP
	0x0007 00007 (defer_named_result.go:29)	MOVQ	SP, BP
	0x000a 00010 (defer_named_result.go:29)	SUBQ	$48, SP
	0x000e 00014 (defer_named_result.go:29)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (defer_named_result.go:29)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (defer_named_result.go:29)	MOVQ	16(DX), R8
	0x0012 00018 (defer_named_result.go:29)	MOVQ	R8, main.&tag+40(SP)
	0x0017 00023 (defer_named_result.go:29)	MOVQ	8(DX), DX
	0x001b 00027 (defer_named_result.go:30)	INCQ	(DX)
	0x001e 00030 (defer_named_result.go:31)	MOVQ	(R8), BX
	0x0021 00033 (defer_named_result.go:31)	MOVQ	8(R8), CX
	0x0025 00037 (defer_named_result.go:31)	XORL	AX, AX
	0x0027 00039 (defer_named_result.go:31)	LEAQ	go:string."!"(SB), DI
	0x002e 00046 (defer_named_result.go:31)	MOVL	$1, SI
	0x0033 00051 (defer_named_result.go:31)	PCDATA	$1, $1
	0x0033 00051 (defer_named_result.go:31)	CALL	runtime.concatstring2(SB)
	0x0038 00056 (defer_named_result.go:31)	MOVQ	main.&tag+40(SP), DX
	0x003d 00061 (defer_named_result.go:31)	MOVQ	BX, 8(DX)
	0x0041 00065 (defer_named_result.go:31)	CMPL	runtime.writeBarrier(SB), $0
	0x0048 00072 (defer_named_result.go:31)	PCDATA	$0, $-2
	0x0048 00072 (defer_named_result.go:31)	JEQ	89
	0x004a 00074 (defer_named_result.go:31)	MOVQ	(DX), CX
	0x004d 00077 (defer_named_result.go:31)	CALL	runtime.gcWriteBarrier2(SB)
	0x0052 00082 (defer_named_result.go:31)	MOVQ	AX, (R11)
	0x0055 00085 (defer_named_result.go:31)	MOVQ	CX, 8(R11)
	0x0059 00089 (defer_named_result.go:31)	MOVQ	AX, (DX)
	0x005c 00092 (defer_named_result.go:32)	PCDATA	$0, $-1
	0x005c 00092 (defer_named_result.go:32)	ADDQ	$48, SP
	0x0060 00096 (defer_named_result.go:32)	POPQ	BP
	0x0061 00097 (defer_named_result.go:32)	RET
	0x0062 00098 (defer_named_result.go:32)	NOP
	0x0062 00098 (defer_named_result.go:29)	PCDATA	$1, $-1
	0x0062 00098 (defer_named_result.go:29)	PCDATA	$0, $-2
	0x0062 00098 (defer_named_result.go:29)	CALL	runtime.morestack(SB)
	0x0067 00103 (defer_named_result.go:29)	PCDATA	$0, $-1
	0x0067 00103 (defer_named_result.go:29)	JMP	0
	0x0000 49 3b 66 10 76 5c 55 48 89 e5 48 83 ec 30 4c 8b  I;f.v\UH..H..0L.
	0x0010 42 10 4c 89 44 24 28 48 8b 52 08 48 ff 02 49 8b  B.L.D$(H.R.H..I.
	0x0020 18 49 8b 48 08 31 c0 48 8d 3d 00 00 00 00 be 01  .I.H.1.H.=......
	0x0030 00 00 00 e8 00 00 00 00 48 8b 54 24 28 48 89 5a  ........H.T$(H.Z
	0x0040 08 83 3d 00 00 00 00 00 74 0f 48 8b 0a e8 00 00  ..=.....t.H.....
	0x0050 00 00 49 89 03 49 89 4b 08 48 89 02 48 83 c4 30  ..I..I.K.H..H..0
	0x0060 5d c3 e8 00 00 00 00 eb 97                       ]........
	rel 42+4 t=R_PCREL go:string."!"+0
	rel 52+4 t=R_CALL runtime.concatstring2+0
	rel 67+4 t=R_PCREL runtime.writeBarrier+-1
	rel 78+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 99+4 t=R_CALL runtime.morestack+0
main.unnamed STEXT size=140 align=0x0 args=0x0 locals=0x38 funcid=0x0
	0x0000 00000 (defer_named_result.go:38)	TEXT	main.unnamed(SB), ABIInternal, $56-0
	0x0000 00000 (defer_named_result.go:38)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_named_result.go:38)	PCDATA	$0, $-2
	0x0004 00004 (defer_named_result.go:38)	JLS	130
	0x0006 00006 (defer_named_result.go:38)	PCDATA	$0, $-1
	0x0006 00006 (defer_named_result.go:38)	PUSHQ	BP
	0x0007 00007 (defer_named_result.go:38)	MOVQ	SP, BP
	0x000a 00010 (defer_named_result.go:38)	SUBQ	$48, SP
	0x000e 00014 (defer_named_result.go:38)	MOVQ	X15, 40(SP)
	0x0015 00021 (defer_named_result.go:38)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0015 00021 (defer_named_result.go:38)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
	0x0015 00021 (defer_named_result.go:38)	FUNCDATA	$2, main.unnamed.stkobj(SB)
	0x0015 00021 (defer_named_result.go:38)	FUNCDATA	$4, main.unnamed.opendefer(SB)
	0x0015 00021 (defer_named_result.go:38)	MOVB	$0, main..autotmp_4+7(SP)
	0x001a 00026 (defer_named_result.go:38)	MOVQ	$0, main.~r0+8(SP)
	0x0023 00035 (defer_named_result.go:39)	MOVQ	$5, main.x+16(SP)
	0x002c 00044 (defer_named_result.go:40)	LEAQ	main.unnamed.func1(SB), AX
	0x0033 00051 (defer_named_result.go:40)	MOVQ	AX, main..autotmp_3+24(SP)
	0x0038 00056 (defer_named_result.go:40)	LEAQ	main.x+16(SP), AX
	0x003d 00061 (defer_named_result.go:40)	MOVQ	AX, main..autotmp_3+32(SP)
	0x0042 00066 (defer_named_result.go:40)	LEAQ	main..autotmp_3+24(SP), DX
	0x0047 00071 (defer_named_result.go:40)	MOVQ	DX, main..autotmp_5+40(SP)
	0x004c 00076 (defer_named_result.go:40)	MOVB	$1, main..autotmp_4+7(SP)
	0x0051 00081 (defer_named_result.go:41)	MOVQ	main.x+16(SP), AX
	0x0056 00086 (defer_named_result.go:41)	MOVQ	AX, main.~r0+8(SP)
	0x005b 00091 (defer_named_result.go:41)	MOVB	$0, main..autotmp_4+7(SP)
	0x0060 00096 (defer_named_result.go:41)	MOVQ	main..autotmp_3+24(SP), AX
	0x0065 00101 (defer_named_result.go:41)	PCDATA	$1, $1
	0x0065 00101 (defer_named_result.go:41)	CALL	AX
	0x0067 00103 (defer_named_result.go:41)	MOVQ	main.~r0+8(SP), AX
	0x006c 00108 (defer_named_result.go:41)	ADDQ	$48, SP
	0x0070 00112 (defer_named_result.go:41)	POPQ	BP
	0x0071 00113 (defer_named_result.go:41)	RET
	0x0072 00114 (defer_named_result.go:41)	CALL	runtime.deferreturn(SB)
	0x0077 00119 (defer_named_result.go:41)	MOVQ	main.~r0+8(SP), AX
	0x007c 00124 (defer_named_result.go:41)	ADDQ	$48, SP
	0x0080 00128 (defer_named_result.go:41)	POPQ	BP
	0x0081 00129 (defer_named_result.go:41)	RET
	0x0082 00130 (defer_named_result.go:41)	NOP
	0x0082 00130 (defer_named_result.go:38)	PCDATA	$1, $-1
	0x0082 00130 (defer_named_result.go:38)	PCDATA	$0, $-2
	0x0082 00130 (defer_named_result.go:38)	CALL	runtime.morestack_noctxt(SB)
	0x0087 00135 (defer_named_result.go:38)	PCDATA	$0, $-1
	0x0087 00135 (defer_named_result.go:38)	JMP	0
	0x0000 49 3b 66 10 76 7c 55 48 89 e5 48 83 ec 30 66 44  I;f.v|UH..H..0fD
	0x0010 0f d6 7c 24 28 c6 44 24 07 00 48 c7 44 24 08 00  ..|$(.D$..H.D$..
	0x0020 00 00 00 48 c7 44 24 10 05 00 00 00 48 8d 05 00  ...H.D$.....H...
	0x0030 00 00 00 48 89 44 24 18 48 8d 44 24 10 48 89 44  ...H.D$.H.D$.H.D
	0x0040 24 20 48 8d 54 24 18 48 89 54 24 28 c6 44 24 07  $ H.T$.H.T$(.D$.
	0x0050 01 48 8b 44 24 10 48 89 44 24 08 c6 44 24 07 00  .H.D$.H.D$..D$..
	0x0060 48 8b 44 24 18 ff d0 48 8b 44 24 08 48 83 c4 30  H.D$...H.D$.H..0
	0x0070 5d c3 e8 00 00 00 00 48 8b 44 24 08 48 83 c4 30  ]......H.D$.H..0
	0x0080 5d c3 e8 00 00 00 00 e9 74 ff ff ff              ].......t...
	rel 47+4 t=R_PCREL main.unnamed.func1+0
	rel 101+0 t=R_CALLIND +0
	rel 115+4 t=R_CALL runtime.deferreturn+0
	rel 131+4 t=R_CALL runtime.morestack_noctxt+0
main.unnamed.func1 STEXT nosplit size=12 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (defer_named_result.go:40)	TEXT	main.unnamed.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (defer_named_result.go:40)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (defer_named_result.go:40)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (defer_named_result.go:40)	MOVQ	8(DX), AX
	0x0004 00004 (defer_named_result.go:40)	MOVQ	$50, (AX)
	0x000b 00011 (defer_named_result.go:40)	RET
	0x0000 48 8b 42 08 48 c7 00 32 00 00 00 c3              H.B.H..2....
main.main STEXT size=383 align=0x0 args=0x0 locals=0x58 funcid=0x0
	0x0000 00000 (defer_named_result.go:44)	TEXT	main.main(SB), ABIInternal, $88-0
	0x0000 00000 (defer_named_result.go:44)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_named_result.go:44)	PCDATA	$0, $-2
	0x0004 00004 (defer_named_result.go:44)	JLS	373
	0x000a 00010 (defer_named_result.go:44)	PCDATA	$0, $-1
	0x000a 00010 (defer_named_result.go:44)	PUSHQ	BP
	0x000b 00011 (defer_named_result.go:44)	MOVQ	SP, BP
	0x000e 00014 (defer_named_result.go:44)	SUBQ	$80, SP
	0x0012 00018 (defer_named_result.go:44)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
	0x0012 00018 (defer_named_result.go:44)	FUNCDATA	$1, gclocals·D7m6vffhfW89GoCjiwJnYw==(SB)
	0x0012 00018 (defer_named_result.go:45)	PCDATA	$1, $0
	0x0012 00018 (defer_named_result.go:45)	CALL	main.double(SB)
	0x0017 00023 (defer_named_result.go:45)	MOVQ	AX, main..autotmp_16+48(SP)
	0x001c 00028 (defer_named_result.go:45)	NOP
	0x0020 00032 (defer_named_result.go:45)	CALL	runtime.printlock(SB)
	0x0025 00037 (defer_named_result.go:45)	MOVQ	main..autotmp_16+48(SP), AX
	0x002a 00042 (defer_named_result.go:45)	CALL	runtime.printint(SB)
	0x002f 00047 (defer_named_result.go:45)	CALL	runtime.printnl(SB)
	0x0034 00052 (defer_named_result.go:45)	CALL	runtime.printunlock(SB)
	0x0039 00057 (defer_named_result.go:46)	CALL	main.tripleDefers(SB)
	0x003e 00062 (defer_named_result.go:46)	MOVQ	AX, main..autotmp_17+72(SP)
	0x0043 00067 (defer_named_result.go:46)	MOVQ	BX, main..autotmp_16+48(SP)
	0x0048 00072 (defer_named_result.go:46)	PCDATA	$1, $1
	0x0048 00072 (defer_named_result.go:46)	CALL	runtime.printlock(SB)
	0x004d 00077 (defer_named_result.go:46)	MOVQ	main..autotmp_17+72(SP), AX
	0x0052 00082 (defer_named_result.go:46)	MOVQ	main..autotmp_16+48(SP), BX
	0x0057 00087 (defer_named_result.go:46)	PCDATA	$1, $0
	0x0057 00087 (defer_named_result.go:46)	CALL	runtime.printstring(SB)
	0x005c 00092 (defer_named_result.go:46)	NOP
	0x0060 00096 (defer_named_result.go:46)	CALL	runtime.printnl(SB)
	0x0065 00101 (defer_named_result.go:46)	CALL	runtime.printunlock(SB)
	0x006a 00106 (defer_named_result.go:47)	MOVL	$10, AX
	0x006f 00111 (defer_named_result.go:47)	MOVL	$3, BX
	0x0074 00116 (defer_named_result.go:47)	CALL	main.safeDiv(SB)
	0x0079 00121 (defer_named_result.go:47)	MOVQ	AX, main.q+24(SP)
	0x007e 00126 (defer_named_result.go:47)	MOVQ	BX, main.e.ptr+64(SP)
	0x0083 00131 (defer_named_result.go:47)	MOVQ	CX, main.e.len+40(SP)
	0x0088 00136 (defer_named_result.go:48)	PCDATA	$1, $2
	0x0088 00136 (defer_named_result.go:48)	CALL	runtime.printlock(SB)
	0x008d 00141 (defer_named_result.go:48)	MOVQ	main.q+24(SP), AX
	0x0092 00146 (defer_named_result.go:48)	CALL	runtime.printint(SB)
	0x0097 00151 (defer_named_result.go:48)	CALL	runtime.printsp(SB)
	0x009c 00156 (defer_named_result.go:48)	MOVQ	main.e.ptr+64(SP), AX
	0x00a1 00161 (defer_named_result.go:48)	MOVQ	main.e.len+40(SP), BX
	0x00a6 00166 (defer_named_result.go:48)	PCDATA	$1, $0
	0x00a6 00166 (defer_named_result.go:48)	CALL	runtime.printstring(SB)
	0x00ab 00171 (defer_named_result.go:48)	CALL	runtime.printnl(SB)
	0x00b0 00176 (defer_named_result.go:48)	CALL	runtime.printunlock(SB)
	0x00b5 00181 (defer_named_result.go:49)	MOVL	$10, AX
	0x00ba 00186 (defer_named_result.go:49)	XORL	BX, BX
	0x00bc 00188 (defer_named_result.go:49)	NOP
	0x00c0 00192 (defer_named_result.go:49)	CALL	main.safeDiv(SB)
	0x00c5 00197 (defer_named_result.go:49)	MOVQ	AX, main.q+24(SP)
	0x00ca 00202 (defer_named_result.go:49)	MOVQ	BX, main.e.ptr+64(SP)
	0x00cf 00207 (defer_named_result.go:49)	MOVQ	CX, main.e.len+40(SP)
	0x00d4 00212 (defer_named_result.go:50)	PCDATA	$1, $2
	0x00d4 00212 (defer_named_result.go:50)	CALL	runtime.printlock(SB)
	0x00d9 00217 (defer_named_result.go:50)	MOVQ	main.q+24(SP), AX
	0x00de 00222 (defer_named_result.go:50)	NOP
	0x00e0 00224 (defer_named_result.go:50)	CALL	runtime.printint(SB)
	0x00e5 00229 (defer_named_result.go:50)	CALL	runtime.printsp(SB)
	0x00ea 00234 (defer_named_result.go:50)	MOVQ	main.e.ptr+64(SP), AX
	0x00ef 00239 (defer_named_result.go:50)	MOVQ	main.e.len+40(SP), BX
	0x00f4 00244 (defer_named_result.go:50)	PCDATA	$1, $0
	0x00f4 00244 (defer_named_result.go:50)	CALL	runtime.printstring(SB)
	0x00f9 00249 (defer_named_result.go:50)	CALL	runtime.printnl(SB)
	0x00fe 00254 (defer_named_result.go:50)	NOP
	0x0100 00256 (defer_named_result.go:50)	CALL	runtime.printunlock(SB)
	0x0105 00261 (defer_named_result.go:51)	CALL	main.counted(SB)
	0x010a 00266 (defer_named_result.go:51)	MOVQ	AX, main.n+32(SP)
	0x010f 00271 (defer_named_result.go:51)	MOVQ	BX, main.t.ptr+56(SP)
	0x0114 00276 (defer_named_result.go:51)	MOVQ	CX, main.t.len+16(SP)
	0x0119 00281 (defer_named_result.go:52)	PCDATA	$1, $3
	0x0119 00281 (defer_named_result.go:52)	CALL	runtime.printlock(SB)
	0x011e 00286 (defer_named_result.go:52)	MOVQ	main.n+32(SP), AX
	0x0123 00291 (defer_named_result.go:52)	CALL	runtime.printint(SB)
	0x0128 00296 (defer_named_result.go:52)	CALL	runtime.printsp(SB)
	0x012d 00301 (defer_named_result.go:52)	MOVQ	main.t.ptr+56(SP), AX
	0x0132 00306 (defer_named_result.go:52)	MOVQ	main.t.len+16(SP), BX
	0x0137 00311 (defer_named_result.go:52)	PCDATA	$1, $0
	0x0137 00311 (defer_named_result.go:52)	CALL	runtime.printstring(SB)
	0x013c 00316 (defer_named_result.go:52)	NOP
	0x0140 00320 (defer_named_result.go:52)	CALL	runtime.printnl(SB)
	0x0145 00325 (defer_named_result.go:52)	CALL	runtime.printunlock(SB)
	0x014a 00330 (defer_named_result.go:53)	CALL	main.unnamed(SB)
	0x014f 00335 (defer_named_result.go:53)	MOVQ	AX, main..autotmp_16+48(SP)
	0x0154 00340 (defer_named_result.go:53)	CALL	runtime.printlock(SB)
	0x0159 00345 (defer_named_result.go:53)	MOVQ	main..autotmp_16+48(SP), AX
	0x015e 00350 (defer_named_result.go:53)	NOP
	0x0160 00352 (defer_named_result.go:53)	CALL	runtime.printint(SB)
	0x0165 00357 (defer_named_result.go:53)	CALL	runtime.printnl(SB)
	0x016a 00362 (defer_named_result.go:53)	CALL	runtime.printunlock(SB)
	0x016f 00367 (defer_named_result.go:54)	ADDQ	$80, SP
	0x0173 00371 (defer_named_result.go:54)	POPQ	BP
	0x0174 00372 (defer_named_result.go:54)	RET
	0x0175 00373 (defer_named_result.go:54)	NOP
	0x0175 00373 (defer_named_result.go:44)	PCDATA	$1, $-1
	0x0175 00373 (defer_named_result.go:44)	PCDATA	$0, $-2
	0x0175 00373 (defer_named_result.go:44)	CALL	runtime.morestack_noctxt(SB)
	0x017a 00378 (defer_named_result.go:44)	PCDATA	$0, $-1
	0x017a 00378 (defer_named_result.go:44)	JMP	0
	0x0000 49 3b 66 10 0f 86 6b 01 00 00 55 48 89 e5 48 83  I;f...k...UH..H.
	0x0010 ec 50 e8 00 00 00 00 48 89 44 24 30 0f 1f 40 00  .P.....H.D$0..@.
	0x0020 e8 00 00 00 00 48 8b 44 24 30 e8 00 00 00 00 e8  .....H.D$0......
	0x0030 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 89  ..............H.
	0x0040 44 24 48 48 89 5c 24 30 e8 00 00 00 00 48 8b 44  D$HH.\$0.....H.D
	0x0050 24 48 48 8b 5c 24 30 e8 00 00 00 00 0f 1f 40 00  $HH.\$0.......@.
	0x0060 e8 00 00 00 00 e8 00 00 00 00 b8 0a 00 00 00 bb  ................
	0x0070 03 00 00 00 e8 00 00 00 00 48 89 44 24 18 48 89  .........H.D$.H.
	0x0080 5c 24 40 48 89 4c 24 28 e8 00 00 00 00 48 8b 44  \$@H.L$(.....H.D
	0x0090 24 18 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24  $...........H.D$
	0x00a0 40 48 8b 5c 24 28 e8 00 00 00 00 e8 00 00 00 00  @H.\$(..........
	0x00b0 e8 00 00 00 00 b8 0a 00 00 00 31 db 0f 1f 40 00  ..........1...@.
	0x00c0 e8 00 00 00 00 48 89 44 24 18 48 89 5c 24 40 48  .....H.D$.H.\$@H
	0x00d0 89 4c 24 28 e8 00 00 00 00 48 8b 44 24 18 66 90  .L$(.....H.D$.f.
	0x00e0 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 40 48  ..........H.D$@H
	0x00f0 8b 5c 24 28 e8 00 00 00 00 e8 00 00 00 00 66 90  .\$(..........f.
	0x0100 e8 00 00 00 00 e8 00 00 00 00 48 89 44 24 20 48  ..........H.D$ H
	0x0110 89 5c 24 38 48 89 4c 24 10 e8 00 00 00 00 48 8b  .\$8H.L$......H.
	0x0120 44 24 20 e8 00 00 00 00 e8 00 00 00 00 48 8b 44  D$ ..........H.D
	0x0130 24 38 48 8b 5c 24 10 e8 00 00 00 00 0f 1f 40 00  $8H.\$........@.
	0x0140 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0150 89 44 24 30 e8 00 00 00 00 48 8b 44 24 30 66 90  .D$0.....H.D$0f.
	0x0160 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0170 83 c4 50 5d c3 e8 00 00 00 00 e9 81 fe ff ff     ..P]...........
	rel 19+4 t=R_CALL main.double+0
	rel 33+4 t=R_CALL runtime.printlock+0
	rel 43+4 t=R_CALL runtime.printint+0
	rel 48+4 t=R_CALL runtime.printnl+0
	rel 53+4 t=R_CALL runtime.printunlock+0
	rel 58+4 t=R_CALL main.tripleDefers+0
	rel 73+4 t=R_CALL runtime.printlock+0
	rel 88+4 t=R_CALL runtime.printstring+0
	rel 97+4 t=R_CALL runtime.printnl+0
	rel 102+4 t=R_CALL runtime.printunlock+0
	rel 117+4 t=R_CALL main.safeDiv+0
	rel 137+4 t=R_CALL runtime.printlock+0
	rel 147+4 t=R_CALL runtime.printint+0
	rel 152+4 t=R_CALL runtime.printsp+0
	rel 167+4 t=R_CALL runtime.printstring+0
	rel 172+4 t=R_CALL runtime.printnl+0
	rel 177+4 t=R_CALL runtime.printunlock+0
	rel 193+4 t=R_CALL main.safeDiv+0
	rel 213+4 t=R_CALL runtime.printlock+0
	rel 225+4 t=R_CALL runtime.printint+0
	rel 230+4 t=R_CALL runtime.printsp+0
	rel 245+4 t=R_CALL runtime.printstring+0
	rel 250+4 t=R_CALL runtime.printnl+0
	rel 257+4 t=R_CALL runtime.printunlock+0
	rel 262+4 t=R_CALL main.counted+0
	rel 282+4 t=R_CALL runtime.printlock+0
	rel 292+4 t=R_CALL runtime.printint+0
	rel 297+4 t=R_CALL runtime.printsp+0
	rel 312+4 t=R_CALL runtime.printstring+0
	rel 321+4 t=R_CALL runtime.printnl+0
	rel 326+4 t=R_CALL runtime.printunlock+0
	rel 331+4 t=R_CALL main.unnamed+0
	rel 341+4 t=R_CALL runtime.printlock+0
	rel 353+4 t=R_CALL runtime.printint+0
	rel 358+4 t=R_CALL runtime.printnl+0
	rel 363+4 t=R_CALL runtime.printunlock+0
	rel 374+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."x" SRODATA dupok size=1 align=0x1
	0x0000 78                                               x
go:string."c" SRODATA dupok size=1 align=0x1
	0x0000 63                                               c
go:string."b" SRODATA dupok size=1 align=0x1
	0x0000 62                                               b
go:string."a" SRODATA dupok size=1 align=0x1
	0x0000 61                                               a
go:string."ok" SRODATA dupok size=2 align=0x1
	0x0000 6f 6b                                            ok
go:string."recovered" SRODATA dupok size=9 align=0x1
	0x0000 72 65 63 6f 76 65 72 65 64                       recovered
go:string."t" SRODATA dupok size=1 align=0x1
	0x0000 74                                               t
go:string."?" SRODATA dupok size=1 align=0x1
	0x0000 3f                                               ?
go:string."!" SRODATA dupok size=1 align=0x1
	0x0000 21                                               !
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
runtime.gcbits.0600000000000000 SRODATA dupok size=8 align=0x8
	0x0000 06 00 00 00 00 00 00 00                          ........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·wSZsRWWmrOmngSuEx9VDDg== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 03 00 00 00 00 04                    ..........
main.double.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e8 ff ff ff 10 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.double.opendefer SRODATA dupok size=2 align=0x1
	0x0000 21 08                                            !.
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
gclocals·J0XYIn8HDLqOXA94HbEVfg== SRODATA dupok size=12 align=0x4
	0x0000 02 00 00 00 0b 00 00 00 00 00 01 07              ............
main.tripleDefers.stkobj SRODATA static size=72 align=0x8
	0x0000 04 00 00 00 00 00 00 00 a8 ff ff ff 10 00 00 00  ................
	0x0010 08 00 00 00 00 00 00 00 b8 ff ff ff 10 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00 c8 ff ff ff 10 00 00 00  ................
	0x0030 10 00 00 00 00 00 00 00 d8 ff ff ff 10 00 00 00  ................
	0x0040 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 68+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.tripleDefers.opendefer SRODATA dupok size=2 align=0x1
	0x0000 59 18                                            Y.
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
gclocals·2JxoNu0B1SxSW1PimUBF/g== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 06 00 00 00 00 21                    .........!
main.safeDiv.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 d0 ff ff ff 10 00 00 00  ................
	0x0010 08 00 00 00 00 00 00 00 e0 ff ff ff 18 00 00 00  ................
	0x0020 18 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0600000000000000+0
main.safeDiv.opendefer SRODATA dupok size=2 align=0x1
	0x0000 39 08                                            9.
main.safeDiv.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.safeDiv.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·SuU9uJakUiwQN05B/R6nZw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 00 03                    ..........
main.counted.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 d0 ff ff ff 10 00 00 00  ................
	0x0010 08 00 00 00 00 00 00 00 e0 ff ff ff 18 00 00 00  ................
	0x0020 18 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0600000000000000+0
main.counted.opendefer SRODATA dupok size=2 align=0x1
	0x0000 39 08                                            9.
main.unnamed.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e8 ff ff ff 10 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.unnamed.opendefer SRODATA dupok size=2 align=0x1
	0x0000 29 08                                            ).
gclocals·D6AnjkNyRZzKYVnNXnHP7g== SRODATA dupok size=8 align=0x4
	0x0000 04 00 00 00 00 00 00 00                          ........
gclocals·D7m6vffhfW89GoCjiwJnYw== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 03 00 00 00 00 04 02 01              ............
