funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (defer_loop.go:28)	TEXT	main.main(SB), ABIInternal, $88-0
     0        00000 (defer_loop.go:28)	TEXT	main.main(SB), ABIInternal, $88-0
     0     -1 00000 (defer_loop.go:28)	CMPQ	SP, 16(R14)
     4        00004 (defer_loop.go:28)	PCDATA	$0, $-2
     4        00004 (defer_loop.go:28)	JLS	450
     a        00010 (defer_loop.go:28)	PCDATA	$0, $-1
     a        00010 (defer_loop.go:28)	PUSHQ	BP
     b        00011 (defer_loop.go:28)	MOVQ	SP, BP
     e        00014 (defer_loop.go:28)	SUBQ	$80, SP
    12        00018 (defer_loop.go:28)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    12        00018 (defer_loop.go:28)	FUNCDATA	$1, gclocals·lQLc/x2GdjyVzoSwFUO5pg==(SB)
    12        00018 (defer_loop.go:29)	MOVL	$5, AX
    17        00023 (defer_loop.go:29)	PCDATA	$1, $0
    17        00023 (defer_loop.go:29)	CALL	main.loopDefers(SB)
    1c        00028 (defer_loop.go:30)	MOVQ	main.trace(SB), CX
    23        00035 (defer_loop.go:30)	MOVQ	CX, main..autotmp_13+64(SP)
    28        00040 (defer_loop.go:30)	MOVQ	main.trace+8(SB), DX
    2f        00047 (defer_loop.go:30)	MOVQ	DX, main..autotmp_14+56(SP)
    34        00052 (defer_loop.go:30)	XORL	AX, AX
    36        00054 (defer_loop.go:30)	JMP	113
    38        00056 (defer_loop.go:30)	MOVQ	AX, main..autotmp_15+48(SP)
    3d        00061 (defer_loop.go:30)	MOVQ	(CX)(AX*8), AX
    41        00065 (defer_loop.go:30)	MOVQ	AX, main.v+24(SP)
    46        00070 (defer_loop.go:31)	PCDATA	$1, $1
    46        00070 (defer_loop.go:31)	CALL	runtime.printlock(SB)
    4b        00075 (defer_loop.go:31)	MOVQ	main.v+24(SP), AX
    50        00080 (defer_loop.go:31)	CALL	runtime.printint(SB)
    55        00085 (defer_loop.go:31)	CALL	runtime.printsp(SB)
    5a        00090 (defer_loop.go:31)	CALL	runtime.printunlock(SB)
    5f        00095 (defer_loop.go:30)	MOVQ	main..autotmp_15+48(SP), AX
    64        00100 (defer_loop.go:30)	INCQ	AX
    67        00103 (defer_loop.go:30)	MOVQ	main..autotmp_13+64(SP), CX
    6c        00108 (defer_loop.go:30)	MOVQ	main..autotmp_14+56(SP), DX
    71        00113 (defer_loop.go:30)	CMPQ	AX, DX
    74        00116 (defer_loop.go:30)	JLT	56
    76        00118 (defer_loop.go:33)	PCDATA	$1, $0
    76        00118 (defer_loop.go:33)	CALL	runtime.printlock(SB)
    7b        00123 (defer_loop.go:33)	NOP
    80        00128 (defer_loop.go:33)	CALL	runtime.printnl(SB)
    85        00133 (defer_loop.go:33)	CALL	runtime.printunlock(SB)
    8a        00138 (defer_loop.go:35)	MOVL	$4, AX
    8f        00143 (defer_loop.go:35)	CALL	main.deferArgs(SB)
    94        00148 (defer_loop.go:36)	CALL	runtime.printlock(SB)
    99        00153 (defer_loop.go:36)	CALL	runtime.printnl(SB)
    9e        00158 (defer_loop.go:36)	NOP
    a0        00160 (defer_loop.go:36)	CALL	runtime.printunlock(SB)
    a5        00165 (defer_loop.go:38)	MOVQ	$0, main.trace+8(SB)
    b0        00176 (defer_loop.go:38)	XORL	AX, AX
    b2        00178 (defer_loop.go:38)	XORL	CX, CX
    b4        00180 (defer_loop.go:40)	JMP	213
    b6        00182 (defer_loop.go:40)	MOVQ	AX, main.i+40(SP)
    bb        00187 (defer_loop.go:40)	NOP
    c0        00192 (defer_loop.go:41)	CALL	main.perIteration(SB)
    c5        00197 (defer_loop.go:41)	MOVQ	main.s+32(SP), CX
    ca        00202 (defer_loop.go:41)	ADDQ	AX, CX
    cd        00205 (defer_loop.go:40)	MOVQ	main.i+40(SP), AX
    d2        00210 (defer_loop.go:40)	INCQ	AX
    d5        00213 (defer_loop.go:40)	MOVQ	CX, main.s+32(SP)
    da        00218 (defer_loop.go:40)	NOP
    e0        00224 (defer_loop.go:40)	CMPQ	AX, $4
    e4        00228 (defer_loop.go:40)	JLT	182
    e6        00230 (defer_loop.go:43)	CALL	runtime.printlock(SB)
    eb        00235 (defer_loop.go:43)	LEAQ	go:string."sum "(SB), AX
    f2        00242 (defer_loop.go:43)	MOVL	$4, BX
    f7        00247 (defer_loop.go:43)	CALL	runtime.printstring(SB)
    fc        00252 (defer_loop.go:43)	MOVQ	main.s+32(SP), AX
   101        00257 (defer_loop.go:43)	CALL	runtime.printint(SB)
   106        00262 (defer_loop.go:43)	CALL	runtime.printnl(SB)
   10b        00267 (defer_loop.go:43)	CALL	runtime.printunlock(SB)
   110        00272 (defer_loop.go:44)	MOVQ	main.trace(SB), AX
   117        00279 (defer_loop.go:44)	MOVQ	AX, main..autotmp_13+64(SP)
   11c        00284 (defer_loop.go:44)	MOVQ	main.trace+8(SB), CX
   123        00291 (defer_loop.go:44)	MOVQ	CX, main..autotmp_14+56(SP)
   128        00296 (defer_loop.go:44)	XORL	DX, DX
   12a        00298 (defer_loop.go:44)	JMP	357
   12c        00300 (defer_loop.go:44)	MOVQ	DX, main..autotmp_15+48(SP)
   131        00305 (defer_loop.go:44)	MOVQ	(AX)(DX*8), AX
   135        00309 (defer_loop.go:44)	MOVQ	AX, main.v+16(SP)
   13a        00314 (defer_loop.go:45)	PCDATA	$1, $1
   13a        00314 (defer_loop.go:45)	CALL	runtime.printlock(SB)
   13f        00319 (defer_loop.go:45)	MOVQ	main.v+16(SP), AX
   144        00324 (defer_loop.go:45)	CALL	runtime.printint(SB)
   149        00329 (defer_loop.go:45)	CALL	runtime.printsp(SB)
   14e        00334 (defer_loop.go:45)	CALL	runtime.printunlock(SB)
   153        00339 (defer_loop.go:44)	MOVQ	main..autotmp_15+48(SP), DX
   158        00344 (defer_loop.go:44)	INCQ	DX
   15b        00347 (defer_loop.go:44)	MOVQ	main..autotmp_13+64(SP), AX
   160        00352 (defer_loop.go:44)	MOVQ	main..autotmp_14+56(SP), CX
   165        00357 (defer_loop.go:44)	CMPQ	DX, CX
   168        00360 (defer_loop.go:44)	JLT	300
   16a        00362 (defer_loop.go:47)	PCDATA	$1, $0
   16a        00362 (defer_loop.go:47)	CALL	runtime.printlock(SB)
   16f        00367 (defer_loop.go:47)	CALL	runtime.printnl(SB)
   174        00372 (defer_loop.go:47)	CALL	runtime.printunlock(SB)
   179        00377 (defer_loop.go:50)	LEAQ	type:int(SB), AX
   180        00384 (defer_loop.go:50)	CALL	runtime.newobject(SB)
   185        00389 (defer_loop.go:50)	MOVQ	AX, main.&count+72(SP)
   18a        00394 (defer_loop.go:55)	PCDATA	$1, $2
   18a        00394 (defer_loop.go:55)	CALL	main.main.func1(SB)
   18f        00399 (defer_loop.go:56)	CALL	runtime.printlock(SB)
   194        00404 (defer_loop.go:56)	LEAQ	go:string."count "(SB), AX
   19b        00411 (defer_loop.go:56)	MOVL	$6, BX
   1a0        00416 (defer_loop.go:56)	CALL	runtime.printstring(SB)
   1a5        00421 (defer_loop.go:56)	MOVQ	main.&count+72(SP), AX
   1aa        00426 (defer_loop.go:56)	MOVQ	(AX), AX
   1ad        00429 (defer_loop.go:56)	PCDATA	$1, $0
   1ad        00429 (defer_loop.go:56)	CALL	runtime.printint(SB)
   1b2        00434 (defer_loop.go:56)	CALL	runtime.printnl(SB)
   1b7        00439 (defer_loop.go:56)	CALL	runtime.printunlock(SB)
   1bc        00444 (defer_loop.go:57)	ADDQ	$80, SP
   1c0        00448 (defer_loop.go:57)	POPQ	BP
   1c1        00449 (defer_loop.go:57)	RET
   1c2        00450 (defer_loop.go:57)	NOP
   1c2        00450 (defer_loop.go:28)	PCDATA	$1, $-1
   1c2        00450 (defer_loop.go:28)	PCDATA	$0, $-2
   1c2        00450 (defer_loop.go:28)	CALL	runtime.morestack_noctxt(SB)
   1c7        00455 (defer_loop.go:28)	PCDATA	$0, $-1
   1c7        00455 (defer_loop.go:28)	JMP	0
   1cc done
wrote 4 bytes to 0x0
 00 cc 03 00
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (defer_loop.go:51)	TEXT	main.main.func1(SB), ABIInternal, $48-8
     0        00000 (defer_loop.go:51)	TEXT	main.main.func1(SB), ABIInternal, $48-8
     0     -1 00000 (defer_loop.go:51)	CMPQ	SP, 16(R14)
     4        00004 (defer_loop.go:51)	PCDATA	$0, $-2
     4        00004 (defer_loop.go:51)	JLS	184
     a        00010 (defer_loop.go:51)	PCDATA	$0, $-1
     a        00010 (defer_loop.go:51)	PUSHQ	BP
     b        00011 (defer_loop.go:51)	MOVQ	SP, BP
     e        00014 (defer_loop.go:51)	SUBQ	$40, SP
    12        00018 (defer_loop.go:51)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
    12        00018 (defer_loop.go:51)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (defer_loop.go:51)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
    12        00018 (defer_loop.go:51)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
    12        00018 (defer_loop.go:51)	PCDATA	$3, $1
    12        00018 (defer_loop.go:52)	MOVQ	AX, main.&count+56(SP)
    17        00023 (defer_loop.go:52)	PCDATA	$3, $-1
    17        00023 (defer_loop.go:52)	XORL	CX, CX
    19        00025 (defer_loop.go:52)	MOVL	$1, DX
    1e        00030 (defer_loop.go:52)	NOP
    20        00032 (defer_loop.go:52)	JMP	46
    22        00034 (defer_loop.go:53)	MOVQ	main.&count+56(SP), AX
    27        00039 (<unknown line number>)	MOVQ	main.i+32(SP), CX
    2c        00044 (<unknown line number>)	XORL	DX, DX
    2e        00046 (defer_loop.go:52)	XORL	$1, DX
    31        00049 (defer_loop.go:52)	MOVBLZX	DL, DX
    34        00052 (defer_loop.go:52)	ADDQ	CX, DX
    37        00055 (defer_loop.go:52)	NOP
    40        00064 (defer_loop.go:52)	CMPQ	DX, $1000
    47        00071 (defer_loop.go:52)	JGE	173
    49        00073 (defer_loop.go:52)	MOVQ	DX, main.i+32(SP)
    4e        00078 (defer_loop.go:53)	MOVL	$24, AX
    53        00083 (defer_loop.go:53)	LEAQ	type:noalg.struct { F uintptr; X0 *int; X1 int }(SB), BX
    5a        00090 (defer_loop.go:53)	MOVL	$1, CX
    5f        00095 (defer_loop.go:53)	PCDATA	$1, $0
    5f        00095 (defer_loop.go:53)	NOP
    60        00096 (defer_loop.go:53)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
    65        00101 (defer_loop.go:53)	LEAQ	main.main.func1.1(SB), DX
    6c        00108 (defer_loop.go:53)	MOVQ	DX, (AX)
    6f        00111 (defer_loop.go:53)	CMPL	runtime.writeBarrier(SB), $0
    76        00118 (defer_loop.go:53)	PCDATA	$0, $-2
    76        00118 (defer_loop.go:53)	JNE	128
    78        00120 (defer_loop.go:53)	MOVQ	main.&count+56(SP), CX
    7d        00125 (defer_loop.go:53)	JMP	141
    7f        00127 (defer_loop.go:53)	NOP
    80        00128 (defer_loop.go:53)	CALL	runtime.gcWriteBarrier1(SB)
    85        00133 (defer_loop.go:53)	MOVQ	main.&count+56(SP), CX
    8a        00138 (defer_loop.go:53)	MOVQ	CX, (R11)
    8d        00141 (defer_loop.go:53)	MOVQ	CX, 8(AX)
    91        00145 (defer_loop.go:53)	PCDATA	$0, $-1
    91        00145 (defer_loop.go:53)	MOVQ	main.i+32(SP), CX
    96        00150 (defer_loop.go:53)	MOVQ	CX, 16(AX)
    9a        00154 (defer_loop.go:53)	CALL	runtime.deferproc(SB)
    9f        00159 (defer_loop.go:53)	NOP
    a0        00160 (defer_loop.go:53)	JMP	34
    a2        00162 (defer_loop.go:55)	PCDATA	$1, $1
    a2        00162 (defer_loop.go:55)	CALL	runtime.deferreturn(SB)
    a7        00167 (defer_loop.go:55)	ADDQ	$40, SP
    ab        00171 (defer_loop.go:55)	POPQ	BP
    ac        00172 (defer_loop.go:55)	RET
    ad        00173 (defer_loop.go:55)	CALL	runtime.deferreturn(SB)
    b2        00178 (defer_loop.go:55)	ADDQ	$40, SP
    b6        00182 (defer_loop.go:55)	POPQ	BP
    b7        00183 (defer_loop.go:55)	RET
    b8        00184 (defer_loop.go:55)	NOP
    b8        00184 (defer_loop.go:51)	PCDATA	$1, $-1
    b8        00184 (defer_loop.go:51)	PCDATA	$0, $-2
    b8        00184 (defer_loop.go:51)	MOVQ	AX, 8(SP)
    bd        00189 (defer_loop.go:51)	NOP
    c0        00192 (defer_loop.go:51)	CALL	runtime.morestack_noctxt(SB)
    c5        00197 (defer_loop.go:51)	PCDATA	$0, $-1
    c5        00197 (defer_loop.go:51)	MOVQ	8(SP), AX
    ca        00202 (defer_loop.go:51)	JMP	0
    cf done
wrote 4 bytes to 0x0
 00 cf 01 00
funcpctab main.main.func1.1 [valfunc=pctoinline]
     0     -1 00000 (defer_loop.go:53)	TEXT	main.main.func1.1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (defer_loop.go:53)	TEXT	main.main.func1.1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (defer_loop.go:53)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (defer_loop.go:53)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (defer_loop.go:53)	MOVQ	8(DX), AX
     4        00004 (defer_loop.go:53)	MOVQ	(AX), CX
     7        00007 (defer_loop.go:53)	ADDQ	16(DX), CX
     b        00011 (defer_loop.go:53)	MOVQ	CX, (AX)
     e        00014 (defer_loop.go:53)	RET
     f done
wrote 3 bytes to 0x0
 00 0f 00
funcpctab main.perIteration [valfunc=pctoinline]
     0     -1 00000 (defer_loop.go:21)	TEXT	main.perIteration(SB), ABIInternal, $56-8
     0        00000 (defer_loop.go:21)	TEXT	main.perIteration(SB), ABIInternal, $56-8
     0     -1 00000 (defer_loop.go:21)	CMPQ	SP, 16(R14)
     4        00004 (defer_loop.go:21)	PCDATA	$0, $-2
     4        00004 (defer_loop.go:21)	JLS	144
     a        00010 (defer_loop.go:21)	PCDATA	$0, $-1
     a        00010 (defer_loop.go:21)	PUSHQ	BP
     b        00011 (defer_loop.go:21)	MOVQ	SP, BP
     e        00014 (defer_loop.go:21)	SUBQ	$48, SP
    12        00018 (defer_loop.go:21)	MOVQ	X15, 40(SP)
    19        00025 (defer_loop.go:21)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    19        00025 (defer_loop.go:21)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
    19        00025 (defer_loop.go:21)	FUNCDATA	$2, main.perIteration.stkobj(SB)
    19        00025 (defer_loop.go:21)	FUNCDATA	$5, main.perIteration.arginfo1(SB)
    19        00025 (defer_loop.go:21)	FUNCDATA	$6, main.perIteration.argliveinfo(SB)
    19        00025 (defer_loop.go:21)	FUNCDATA	$4, main.perIteration.opendefer(SB)
    19        00025 (defer_loop.go:21)	PCDATA	$3, $1
    19        00025 (defer_loop.go:21)	MOVB	$0, main..autotmp_5+7(SP)
    1e        00030 (defer_loop.go:21)	MOVQ	$0, main.~r0+8(SP)
    27        00039 (defer_loop.go:22)	MOVQ	AX, main.r+16(SP)
    2c        00044 (defer_loop.go:23)	LEAQ	main.perIteration.func1(SB), AX
    33        00051 (defer_loop.go:23)	MOVQ	AX, main..autotmp_4+24(SP)
    38        00056 (defer_loop.go:23)	LEAQ	main.r+16(SP), AX
    3d        00061 (defer_loop.go:23)	MOVQ	AX, main..autotmp_4+32(SP)
    42        00066 (defer_loop.go:23)	LEAQ	main..autotmp_4+24(SP), AX
    47        00071 (defer_loop.go:23)	MOVQ	AX, main..autotmp_6+40(SP)
    4c        00076 (defer_loop.go:23)	MOVB	$1, main..autotmp_5+7(SP)
    51        00081 (defer_loop.go:24)	MOVQ	main.r+16(SP), AX
    56        00086 (defer_loop.go:24)	ADDQ	AX, AX
    59        00089 (defer_loop.go:24)	MOVQ	AX, main.r+16(SP)
    5e        00094 (defer_loop.go:25)	MOVQ	AX, main.~r0+8(SP)
    63        00099 (defer_loop.go:25)	MOVB	$0, main..autotmp_5+7(SP)
    68        00104 (defer_loop.go:25)	MOVQ	main..autotmp_6+40(SP), DX
    6d        00109 (defer_loop.go:25)	MOVQ	(DX), AX
    70        00112 (defer_loop.go:25)	PCDATA	$1, $1
    70        00112 (defer_loop.go:25)	CALL	AX
    72        00114 (defer_loop.go:25)	MOVQ	main.~r0+8(SP), AX
    77        00119 (defer_loop.go:25)	ADDQ	$48, SP
    7b        00123 (defer_loop.go:25)	POPQ	BP
    7c        00124 (defer_loop.go:25)	RET
    7d        00125 (defer_loop.go:25)	NOP
    80        00128 (defer_loop.go:25)	CALL	runtime.deferreturn(SB)
    85        00133 (defer_loop.go:25)	MOVQ	main.~r0+8(SP), AX
    8a        00138 (defer_loop.go:25)	ADDQ	$48, SP
    8e        00142 (defer_loop.go:25)	POPQ	BP
    8f        00143 (defer_loop.go:25)	RET
    90        00144 (defer_loop.go:25)	NOP
    90        00144 (defer_loop.go:21)	PCDATA	$1, $-1
    90        00144 (defer_loop.go:21)	PCDATA	$0, $-2
    90        00144 (defer_loop.go:21)	MOVQ	AX, 8(SP)
    95        00149 (defer_loop.go:21)	CALL	runtime.morestack_noctxt(SB)
    9a        00154 (defer_loop.go:21)	PCDATA	$0, $-1
    9a        00154 (defer_loop.go:21)	MOVQ	8(SP), AX
    9f        00159 (defer_loop.go:21)	NOP
    a0        00160 (defer_loop.go:21)	JMP	0
    a5 done
wrote 4 bytes to 0x0
 00 a5 01 00
funcpctab main.perIteration.func1 [valfunc=pctoinline]
     0     -1 00000 (defer_loop.go:23)	TEXT	main.perIteration.func1(SB), NEEDCTXT|ABIInternal, $80-0
     0        00000 (defer_loop.go:23)	TEXT	main.perIteration.func1(SB), NEEDCTXT|ABIInternal, $80-0
     0     -1 00000 (defer_loop.go:23)	CMPQ	SP, 16(R14)
     4        00004 (defer_loop.go:23)	PCDATA	$0, $-2
     4        00004 (defer_loop.go:23)	JLS	145
     a        00010 (defer_loop.go:23)	PCDATA	$0, $-1
     a        00010 (defer_loop.go:23)	PUSHQ	BP
     b        00011 (defer_loop.go:23)	MOVQ	SP, BP
     e        00014 (defer_loop.go:23)	SUBQ	$72, SP
    12        00018 (defer_loop.go:23)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (defer_loop.go:23)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (defer_loop.go:23)	MOVQ	8(DX), DX
    16        00022 (defer_loop.go:23)	MOVQ	main.trace+16(SB), CX
    1d        00029 (defer_loop.go:23)	MOVQ	main.trace+8(SB), BX
    24        00036 (defer_loop.go:23)	INCQ	BX
    27        00039 (defer_loop.go:23)	MOVQ	main.trace(SB), AX
    2e        00046 (defer_loop.go:23)	MOVQ	(DX), DX
    31        00049 (defer_loop.go:23)	CMPQ	CX, BX
    34        00052 (defer_loop.go:23)	JCC	123
    36        00054 (defer_loop.go:23)	MOVQ	DX, main..autotmp_2+64(SP)
    3b        00059 (defer_loop.go:23)	MOVL	$1, DI
    40        00064 (defer_loop.go:23)	LEAQ	type:int(SB), SI
    47        00071 (defer_loop.go:23)	PCDATA	$1, $0
    47        00071 (defer_loop.go:23)	CALL	runtime.growslice(SB)
    4c        00076 (defer_loop.go:23)	MOVQ	CX, main.trace+16(SB)
    53        00083 (defer_loop.go:23)	CMPL	runtime.writeBarrier(SB), $0
    5a        00090 (defer_loop.go:23)	PCDATA	$0, $-2
    5a        00090 (defer_loop.go:23)	JEQ	111
    5c        00092 (defer_loop.go:23)	MOVQ	main.trace(SB), CX
    63        00099 (defer_loop.go:23)	CALL	runtime.gcWriteBarrier2(SB)
    68        00104 (defer_loop.go:23)	MOVQ	AX, (R11)
    6b        00107 (defer_loop.go:23)	MOVQ	CX, 8(R11)
    6f        00111 (defer_loop.go:23)	MOVQ	AX, main.trace(SB)
    76        00118 (defer_loop.go:23)	PCDATA	$0, $-1
    76        00118 (defer_loop.go:23)	MOVQ	main..autotmp_2+64(SP), DX
    7b        00123 (defer_loop.go:23)	MOVQ	BX, main.trace+8(SB)
    82        00130 (defer_loop.go:23)	LEAQ	100(DX), CX
    86        00134 (defer_loop.go:23)	MOVQ	CX, -8(AX)(BX*8)
    8b        00139 (defer_loop.go:23)	ADDQ	$72, SP
    8f        00143 (defer_loop.go:23)	POPQ	BP
    90        00144 (defer_loop.go:23)	RET
    91        00145 (defer_loop.go:23)	NOP
    91        00145 (defer_loop.go:23)	PCDATA	$1, $-1
    91        00145 (defer_loop.go:23)	PCDATA	$0, $-2
    91        00145 (defer_loop.go:23)	CALL	runtime.morestack(SB)
    96        00150 (defer_loop.go:23)	PCDATA	$0, $-1
    96        00150 (defer_loop.go:23)	JMP	0
    9b done
wrote 4 bytes to 0x0
 00 9b 01 00
funcpctab main.deferArgs [valfunc=pctoinline]
     0     -1 00000 (defer_loop.go:13)	TEXT	main.deferArgs(SB), ABIInternal, $48-8
     0        00000 (defer_loop.go:13)	TEXT	main.deferArgs(SB), ABIInternal, $48-8
     0     -1 00000 (defer_loop.go:13)	CMPQ	SP, 16(R14)
     4        00004 (defer_loop.go:13)	PCDATA	$0, $-2
     4        00004 (defer_loop.go:13)	JLS	152
     a        00010 (defer_loop.go:13)	PCDATA	$0, $-1
     a        00010 (defer_loop.go:13)	PUSHQ	BP
     b        00011 (defer_loop.go:13)	MOVQ	SP, BP
     e        00014 (defer_loop.go:13)	SUBQ	$40, SP
    12        00018 (defer_loop.go:13)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (defer_loop.go:13)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (defer_loop.go:13)	FUNCDATA	$5, main.deferArgs.arginfo1(SB)
    12        00018 (defer_loop.go:13)	FUNCDATA	$6, main.deferArgs.argliveinfo(SB)
    12        00018 (defer_loop.go:13)	PCDATA	$3, $1
    12        00018 (defer_loop.go:14)	MOVQ	AX, main.n+56(SP)
    17        00023 (defer_loop.go:14)	PCDATA	$3, $-1
    17        00023 (defer_loop.go:14)	XORL	CX, CX
    19        00025 (defer_loop.go:14)	JMP	40
    1b        00027 (defer_loop.go:14)	MOVQ	main.i+32(SP), CX
    20        00032 (defer_loop.go:14)	INCQ	CX
    23        00035 (defer_loop.go:14)	MOVQ	main.n+56(SP), AX
    28        00040 (defer_loop.go:14)	CMPQ	AX, CX
    2b        00043 (defer_loop.go:14)	JLE	114
    2d        00045 (defer_loop.go:14)	MOVQ	CX, main.i+32(SP)
    32        00050 (defer_loop.go:15)	MOVL	$16, AX
    37        00055 (defer_loop.go:15)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
    3e        00062 (defer_loop.go:15)	MOVL	$1, CX
    43        00067 (defer_loop.go:15)	PCDATA	$1, $0
    43        00067 (defer_loop.go:15)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
    48        00072 (defer_loop.go:15)	LEAQ	main.deferArgs.deferwrap1(SB), DX
    4f        00079 (defer_loop.go:15)	MOVQ	DX, (AX)
    52        00082 (defer_loop.go:15)	MOVQ	main.i+32(SP), DX
    57        00087 (defer_loop.go:15)	MOVQ	DX, 8(AX)
    5b        00091 (defer_loop.go:15)	NOP
    60        00096 (defer_loop.go:15)	CALL	runtime.deferproc(SB)
    65        00101 (defer_loop.go:15)	JMP	27
    67        00103 (defer_loop.go:18)	CALL	runtime.deferreturn(SB)
    6c        00108 (defer_loop.go:18)	ADDQ	$40, SP
    70        00112 (defer_loop.go:18)	POPQ	BP
    71        00113 (defer_loop.go:18)	RET
    72        00114 (defer_loop.go:17)	CALL	runtime.printlock(SB)
    77        00119 (defer_loop.go:17)	LEAQ	go:string."body "(SB), AX
    7e        00126 (defer_loop.go:17)	MOVL	$5, BX
    83        00131 (defer_loop.go:17)	CALL	runtime.printstring(SB)
    88        00136 (defer_loop.go:17)	CALL	runtime.printunlock(SB)
    8d        00141 (defer_loop.go:18)	CALL	runtime.deferreturn(SB)
    92        00146 (defer_loop.go:18)	ADDQ	$40, SP
    96        00150 (defer_loop.go:18)	POPQ	BP
    97        00151 (defer_loop.go:18)	RET
    98        00152 (defer_loop.go:18)	NOP
    98        00152 (defer_loop.go:13)	PCDATA	$1, $-1
    98        00152 (defer_loop.go:13)	PCDATA	$0, $-2
    98        00152 (defer_loop.go:13)	MOVQ	AX, 8(SP)
    9d        00157 (defer_loop.go:13)	NOP
    a0        00160 (defer_loop.go:13)	CALL	runtime.morestack_noctxt(SB)
    a5        00165 (defer_loop.go:13)	PCDATA	$0, $-1
    a5        00165 (defer_loop.go:13)	MOVQ	8(SP), AX
    aa        00170 (defer_loop.go:13)	JMP	0
    af done
wrote 4 bytes to 0x0
 00 af 01 00
funcpctab main.deferArgs.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (defer_loop.go:15)	TEXT	main.deferArgs.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $24-0
     0        00000 (defer_loop.go:15)	TEXT	main.deferArgs.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (defer_loop.go:15)	CMPQ	SP, 16(R14)
     4        00004 (defer_loop.go:15)	PCDATA	$0, $-2
     4        00004 (defer_loop.go:15)	JLS	54
     6        00006 (defer_loop.go:15)	PCDATA	$0, $-1
     6        00006 (defer_loop.go:15)	PUSHQ	BP
     7        00007 (defer_loop.go:15)	MOVQ	SP, BP
     a        00010 (defer_loop.go:15)	SUBQ	$16, SP
     e        00014 (defer_loop.go:15)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (defer_loop.go:15)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (defer_loop.go:15)	MOVQ	8(DX), AX
    12        00018 (defer_loop.go:15)	MOVQ	AX, main..autotmp_2+8(SP)
    17        00023 (defer_loop.go:15)	PCDATA	$1, $0
    17        00023 (defer_loop.go:15)	CALL	runtime.printlock(SB)
    1c        00028 (defer_loop.go:15)	MOVQ	main..autotmp_2+8(SP), AX
    21        00033 (defer_loop.go:15)	CALL	runtime.printint(SB)
    26        00038 (defer_loop.go:15)	CALL	runtime.printsp(SB)
    2b        00043 (defer_loop.go:15)	CALL	runtime.printunlock(SB)
    30        00048 (defer_loop.go:15)	ADDQ	$16, SP
    34        00052 (defer_loop.go:15)	POPQ	BP
    35        00053 (defer_loop.go:15)	RET
    36        00054 (defer_loop.go:15)	NOP
    36        00054 (defer_loop.go:15)	PCDATA	$1, $-1
    36        00054 (defer_loop.go:15)	PCDATA	$0, $-2
    36        00054 (defer_loop.go:15)	CALL	runtime.morestack(SB)
    3b        00059 (defer_loop.go:15)	PCDATA	$0, $-1
    3b        00059 (defer_loop.go:15)	JMP	0
    3d done
wrote 3 bytes to 0x0
 00 3d 00
funcpctab main.loopDefers [valfunc=pctoinline]
     0     -1 00000 (defer_loop.go:6)	TEXT	main.loopDefers(SB), ABIInternal, $80-8
     0        00000 (defer_loop.go:6)	TEXT	main.loopDefers(SB), ABIInternal, $80-8
     0     -1 00000 (defer_loop.go:6)	CMPQ	SP, 16(R14)
     4        00004 (defer_loop.go:6)	PCDATA	$0, $-2
     4        00004 (defer_loop.go:6)	JLS	239
     a        00010 (defer_loop.go:6)	PCDATA	$0, $-1
     a        00010 (defer_loop.go:6)	PUSHQ	BP
     b        00011 (defer_loop.go:6)	MOVQ	SP, BP
     e        00014 (defer_loop.go:6)	SUBQ	$72, SP
    12        00018 (defer_loop.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (defer_loop.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (defer_loop.go:6)	FUNCDATA	$5, main.loopDefers.arginfo1(SB)
    12        00018 (defer_loop.go:6)	FUNCDATA	$6, main.loopDefers.argliveinfo(SB)
    12        00018 (defer_loop.go:6)	PCDATA	$3, $1
    12        00018 (defer_loop.go:7)	MOVQ	AX, main.n+88(SP)
    17        00023 (defer_loop.go:7)	PCDATA	$3, $-1
    17        00023 (defer_loop.go:7)	XORL	CX, CX
    19        00025 (defer_loop.go:7)	MOVL	$1, DX
    1e        00030 (defer_loop.go:7)	NOP
    20        00032 (defer_loop.go:7)	JMP	46
    22        00034 (defer_loop.go:7)	MOVQ	main.n+88(SP), AX
    27        00039 (<unknown line number>)	MOVQ	main.i+64(SP), CX
    2c        00044 (<unknown line number>)	XORL	DX, DX
    2e        00046 (defer_loop.go:7)	XORL	$1, DX
    31        00049 (defer_loop.go:7)	MOVBLZX	DL, DX
    34        00052 (defer_loop.go:7)	ADDQ	CX, DX
    37        00055 (defer_loop.go:7)	CMPQ	AX, DX
    3a        00058 (defer_loop.go:7)	JLE	124
    3c        00060 (defer_loop.go:7)	MOVQ	DX, main.i+64(SP)
    41        00065 (defer_loop.go:8)	MOVL	$16, AX
    46        00070 (defer_loop.go:8)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
    4d        00077 (defer_loop.go:8)	MOVL	$1, CX
    52        00082 (defer_loop.go:8)	PCDATA	$1, $0
    52        00082 (defer_loop.go:8)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
    57        00087 (defer_loop.go:8)	LEAQ	main.loopDefers.func1(SB), DX
    5e        00094 (defer_loop.go:8)	MOVQ	DX, (AX)
    61        00097 (defer_loop.go:8)	MOVQ	main.i+64(SP), DX
    66        00102 (defer_loop.go:8)	MOVQ	DX, 8(AX)
    6a        00106 (defer_loop.go:8)	CALL	runtime.deferproc(SB)
    6f        00111 (defer_loop.go:8)	JMP	34
    71        00113 (defer_loop.go:11)	CALL	runtime.deferreturn(SB)
    76        00118 (defer_loop.go:11)	ADDQ	$72, SP
    7a        00122 (defer_loop.go:11)	POPQ	BP
    7b        00123 (defer_loop.go:11)	RET
    7c        00124 (defer_loop.go:10)	MOVQ	main.trace+16(SB), CX
    83        00131 (defer_loop.go:10)	MOVQ	main.trace+8(SB), BX
    8a        00138 (defer_loop.go:10)	INCQ	BX
    8d        00141 (defer_loop.go:10)	MOVQ	main.trace(SB), AX
    94        00148 (defer_loop.go:10)	CMPQ	CX, BX
    97        00151 (defer_loop.go:10)	JCC	212
    99        00153 (defer_loop.go:10)	MOVL	$1, DI
    9e        00158 (defer_loop.go:10)	LEAQ	type:int(SB), SI
    a5        00165 (defer_loop.go:10)	CALL	runtime.growslice(SB)
    aa        00170 (defer_loop.go:10)	MOVQ	CX, main.trace+16(SB)
    b1        00177 (defer_loop.go:10)	CMPL	runtime.writeBarrier(SB), $0
    b8        00184 (defer_loop.go:10)	PCDATA	$0, $-2
    b8        00184 (defer_loop.go:10)	JEQ	205
    ba        00186 (defer_loop.go:10)	MOVQ	main.trace(SB), CX
    c1        00193 (defer_loop.go:10)	CALL	runtime.gcWriteBarrier2(SB)
    c6        00198 (defer_loop.go:10)	MOVQ	AX, (R11)
    c9        00201 (defer_loop.go:10)	MOVQ	CX, 8(R11)
    cd        00205 (defer_loop.go:10)	MOVQ	AX, main.trace(SB)
    d4        00212 (defer_loop.go:10)	PCDATA	$0, $-1
    d4        00212 (defer_loop.go:10)	MOVQ	BX, main.trace+8(SB)
    db        00219 (defer_loop.go:10)	MOVQ	$-1, -8(AX)(BX*8)
    e4        00228 (defer_loop.go:11)	CALL	runtime.deferreturn(SB)
    e9        00233 (defer_loop.go:11)	ADDQ	$72, SP
    ed        00237 (defer_loop.go:11)	POPQ	BP
    ee        00238 (defer_loop.go:11)	RET
    ef        00239 (defer_loop.go:11)	NOP
    ef        00239 (defer_loop.go:6)	PCDATA	$1, $-1
    ef        00239 (defer_loop.go:6)	PCDATA	$0, $-2
    ef        00239 (defer_loop.go:6)	MOVQ	AX, 8(SP)
    f4        00244 (defer_loop.go:6)	CALL	runtime.morestack_noctxt(SB)
    f9        00249 (defer_loop.go:6)	PCDATA	$0, $-1
    f9        00249 (defer_loop.go:6)	MOVQ	8(SP), AX
    fe        00254 (defer_loop.go:6)	NOP
   100        00256 (defer_loop.go:6)	JMP	0
   105 done
wrote 4 bytes to 0x0
 00 85 02 00
funcpctab main.loopDefers.func1 [valfunc=pctoinline]
     0     -1 00000 (defer_loop.go:8)	TEXT	main.loopDefers.func1(SB), NEEDCTXT|ABIInternal, $80-0
     0        00000 (defer_loop.go:8)	TEXT	main.loopDefers.func1(SB), NEEDCTXT|ABIInternal, $80-0
     0     -1 00000 (defer_loop.go:8)	CMPQ	SP, 16(R14)
     4        00004 (defer_loop.go:8)	PCDATA	$0, $-2
     4        00004 (defer_loop.go:8)	JLS	138
     a        00010 (defer_loop.go:8)	PCDATA	$0, $-1
     a        00010 (defer_loop.go:8)	PUSHQ	BP
     b        00011 (defer_loop.go:8)	MOVQ	SP, BP
     e        00014 (defer_loop.go:8)	SUBQ	$72, SP
    12        00018 (defer_loop.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (defer_loop.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (defer_loop.go:8)	MOVQ	main.trace+16(SB), CX
    19        00025 (defer_loop.go:8)	MOVQ	main.trace+8(SB), BX
    20        00032 (defer_loop.go:8)	INCQ	BX
    23        00035 (defer_loop.go:8)	MOVQ	8(DX), DX
    27        00039 (defer_loop.go:8)	MOVQ	main.trace(SB), AX
    2e        00046 (defer_loop.go:8)	CMPQ	CX, BX
    31        00049 (defer_loop.go:8)	JCC	120
    33        00051 (defer_loop.go:8)	MOVQ	DX, main.i+64(SP)
    38        00056 (defer_loop.go:8)	MOVL	$1, DI
    3d        00061 (defer_loop.go:8)	LEAQ	type:int(SB), SI
    44        00068 (defer_loop.go:8)	PCDATA	$1, $0
    44        00068 (defer_loop.go:8)	CALL	runtime.growslice(SB)
    49        00073 (defer_loop.go:8)	MOVQ	CX, main.trace+16(SB)
    50        00080 (defer_loop.go:8)	CMPL	runtime.writeBarrier(SB), $0
    57        00087 (defer_loop.go:8)	PCDATA	$0, $-2
    57        00087 (defer_loop.go:8)	JEQ	108
    59        00089 (defer_loop.go:8)	MOVQ	main.trace(SB), CX
    60        00096 (defer_loop.go:8)	CALL	runtime.gcWriteBarrier2(SB)
    65        00101 (defer_loop.go:8)	MOVQ	AX, (R11)
    68        00104 (defer_loop.go:8)	MOVQ	CX, 8(R11)
    6c        00108 (defer_loop.go:8)	MOVQ	AX, main.trace(SB)
    73        00115 (defer_loop.go:8)	PCDATA	$0, $-1
    73        00115 (defer_loop.go:8)	MOVQ	main.i+64(SP), DX
    78        00120 (defer_loop.go:8)	MOVQ	BX, main.trace+8(SB)
    7f        00127 (defer_loop.go:8)	MOVQ	DX, -8(AX)(BX*8)
    84        00132 (defer_loop.go:8)	ADDQ	$72, SP
    88        00136 (defer_loop.go:8)	POPQ	BP
    89        00137 (defer_loop.go:8)	RET
    8a        00138 (defer_loop.go:8)	NOP
    8a        00138 (defer_loop.go:8)	PCDATA	$1, $-1
    8a        00138 (defer_loop.go:8)	PCDATA	$0, $-2
    8a        00138 (defer_loop.go:8)	CALL	runtime.morestack(SB)
    8f        00143 (defer_loop.go:8)	PCDATA	$0, $-1
    8f        00143 (defer_loop.go:8)	JMP	0
    94 done
wrote 4 bytes to 0x0
 00 94 01 00
main.loopDefers STEXT size=261 align=0x0 args=0x8 locals=0x50 funcid=0x0
	0x0000 00000 (defer_loop.go:6)	TEXT	main.loopDefers(SB), ABIInternal, $80-8
	0x0000 00000 (defer_loop.go:6)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_loop.go:6)	PCDATA	$0, $-2
	0x0004 00004 (defer_loop.go:6)	JLS	239
	0x000a 00010 (defer_loop.go:6)	PCDATA	$0, $-1
	0x000a 00010 (defer_loop.go:6)	PUSHQ	BP
	0x000b 00011 (defer_loop.go:6)	MOVQ	SP, BP
	0x000e 00014 (defer_loop.go:6)	SUBQ	$72, SP
	0x0012 00018 (defer_loop.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (defer_loop.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (defer_loop.go:6)	FUNCDATA	$5, main.loopDefers.arginfo1(SB)
	0x0012 00018 (defer_loop.go:6)	FUNCDATA	$6, main.loopDefers.argliveinfo(SB)
	0x0012 00018 (defer_loop.go:6)	PCDATA	$3, $1
	0x0012 00018 (defer_loop.go:7)	MOVQ	AX, main.n+88(SP)
	0x0017 00023 (defer_loop.go:7)	PCDATA	$3, $-1
	0x0017 00023 (defer_loop.go:7)	XORL	CX, CX
	0x0019 00025 (defer_loop.go:7)	MOVL	$1, DX
	0x001e 00030 (defer_loop.go:7)	NOP
	0x0020 00032 (defer_loop.go:7)	JMP	46
	0x0022 00034 (defer_loop.go:7)	MOVQ	main.n+88(SP), AX
	0x0027 00039 (<unknown line number>)	MOVQ	main.i+64(SP), CX
	0x002c 00044 (<unknown line number>)	XORL	DX, DX
	0x002e 00046 (defer_loop.go:7)	XORL	$1, DX
	0x0031 00049 (defer_loop.go:7)	MOVBLZX	DL, DX
	0x0034 00052 (defer_loop.go:7)	ADDQ	CX, DX
	0x0037 00055 (defer_loop.go:7)	CMPQ	AX, DX
	0x003a 00058 (defer_loop.go:7)	JLE	124
	0x003c 00060 (defer_loop.go:7)	MOVQ	DX, main.i+64(SP)
	0x0041 00065 (defer_loop.go:8)	MOVL	$16, AX
	0x0046 00070 (defer_loop.go:8)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
	0x004d 00077 (defer_loop.go:8)	MOVL	$1, CX
	0x0052 00082 (defer_loop.go:8)	PCDATA	$1, $0
	0x0052 00082 (defer_loop.go:8)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x0057 00087 (defer_loop.go:8)	LEAQ	main.loopDefers.func1(SB), DX
	0x005e 00094 (defer_loop.go:8)	MOVQ	DX, (AX)
	0x0061 00097 (defer_loop.go:8)	MOVQ	main.i+64(SP), DX
	0x0066 00102 (defer_loop.go:8)	MOVQ	DX, 8(AX)
	0x006a 00106 (defer_loop.go:8)	CALL	runtime.deferproc(SB)
	0x006f 00111 (defer_loop.go:8)	JMP	34
	0x0071 00113 (defer_loop.go:11)	CALL	runtime.deferreturn(SB)
	0x0076 00118 (defer_loop.go:11)	ADDQ	$72, SP
	0x007a 00122 (defer_loop.go:11)	POPQ	BP
	0x007b 00123 (defer_loop.go:11)	RET
	0x007c 00124 (defer_loop.go:10)	MOVQ	main.trace+16(SB), CX
	0x0083 00131 (defer_loop.go:10)	MOVQ	main.trace+8(SB), BX
	0x008a 00138 (defer_loop.go:10)	INCQ	BX
	0x008d 00141 (defer_loop.go:10)	MOVQ	main.trace(SB), AX
	0x0094 00148 (defer_loop.go:10)	CMPQ	CX, BX
	0x0097 00151 (defer_loop.go:10)	JCC	212
	0x0099 00153 (defer_loop.go:10)	MOVL	$1, DI
	0x009e 00158 (defer_loop.go:10)	LEAQ	type:int(SB), SI
	0x00a5 00165 (defer_loop.go:10)	CALL	runtime.growslice(SB)
	0x00aa 00170 (defer_loop.go:10)	MOVQ	CX, main.trace+16(SB)
	0x00b1 00177 (defer_loop.go:10)	CMPL	runtime.writeBarrier(SB), $0
	0x00b8 00184 (defer_loop.go:10)	PCDATA	$0, $-2
	0x00b8 00184 (defer_loop.go:10)	JEQ	205
	0x00ba 00186 (defer_loop.go:10)	MOVQ	main.trace(SB), CX
	0x00c1 00193 (defer_loop.go:10)	CALL	runtime.gcWriteBarrier2(SB)
	0x00c6 00198 (defer_loop.go:10)	MOVQ	AX, (R11)
	0x00c9 00201 (defer_loop.go:10)	MOVQ	CX, 8(R11)
	0x00cd 00205 (defer_loop.go:10)	MOVQ	AX, main.trace(SB)
	0x00d4 00212 (defer_loop.go:10)	PCDATA	$0, $-1
	0x00d4 00212 (defer_loop.go:10)	MOVQ	BX, main.trace+8(SB)
	0x00db 00219 (defer_loop.go:10)	MOVQ	$-1, -8(AX)(BX*8)
	0x00e4 00228 (defer_loop.go:11)	CALL	runtime.deferreturn(SB)
	0x00e9 00233 (defer_loop.go:11)	ADDQ	$72, SP
	0x00ed 00237 (defer_loop.go:11)	POPQ	BP
	0x00ee 00238 (defer_loop.go:11)	RET
	0x00ef 00239 (defer_loop.go:11)	NOP
	0x00ef 00239 (defer_loop.go:6)	PCDATA	$1, $-1
	0x00ef 00239 (defer_loop.go:6)	PCDATA	$0, $-2
	0x00ef 00239 (defer_loop.go:6)	MOVQ	AX, 8(SP)
	0x00f4 00244 (defer_loop.go:6)	CALL	runtime.morestack_noctxt(SB)
	0x00f9 00249 (defer_loop.go:6)	PCDATA	$0, $-1
	0x00f9 00249 (defer_loop.go:6)	MOVQ	8(SP), AX
	0x00fe 00254 (defer_loop.go:6)	NOP
	0x0100 00256 (defer_loop.go:6)	JMP	0
	0x0000 49 3b 66 10 0f 86 e5 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 48 48 89 44 24 58 31 c9 ba 01 00 00 00 66 90  .HH.D$X1......f.
	0x0020 eb 0c 48 8b 44 24 58 48 8b 4c 24 40 31 d2 83 f2  ..H.D$XH.L$@1...
	0x0030 01 0f b6 d2 48 01 ca 48 39 d0 7e 40 48 89 54 24  ....H..H9.~@H.T$
	0x0040 40 b8 10 00 00 00 48 8d 1d 00 00 00 00 b9 01 00  @.....H.........
	0x0050 00 00 e8 00 00 00 00 48 8d 15 00 00 00 00 48 89  .......H......H.
	0x0060 10 48 8b 54 24 40 48 89 50 08 e8 00 00 00 00 eb  .H.T$@H.P.......
	0x0070 b1 e8 00 00 00 00 48 83 c4 48 5d c3 48 8b 0d 00  ......H..H].H...
	0x0080 00 00 00 48 8b 1d 00 00 00 00 48 ff c3 48 8b 05  ...H......H..H..
	0x0090 00 00 00 00 48 39 d9 73 3b bf 01 00 00 00 48 8d  ....H9.s;.....H.
	0x00a0 35 00 00 00 00 e8 00 00 00 00 48 89 0d 00 00 00  5.........H.....
	0x00b0 00 83 3d 00 00 00 00 00 74 13 48 8b 0d 00 00 00  ..=.....t.H.....
	0x00c0 00 e8 00 00 00 00 49 89 03 49 89 4b 08 48 89 05  ......I..I.K.H..
	0x00d0 00 00 00 00 48 89 1d 00 00 00 00 48 c7 44 d8 f8  ....H......H.D..
	0x00e0 ff ff ff ff e8 00 00 00 00 48 83 c4 48 5d c3 48  .........H..H].H
	0x00f0 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08 66 90  .D$......H.D$.f.
	0x0100 e9 fb fe ff ff                                   .....
	rel 73+4 t=R_PCREL type:noalg.struct { F uintptr; X0 int }+0
	rel 83+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 90+4 t=R_PCREL main.loopDefers.func1+0
	rel 107+4 t=R_CALL runtime.deferproc+0
	rel 114+4 t=R_CALL runtime.deferreturn+0
	rel 127+4 t=R_PCREL main.trace+16
	rel 134+4 t=R_PCREL main.trace+8
	rel 144+4 t=R_PCREL main.trace+0
	rel 161+4 t=R_PCREL type:int+0
	rel 166+4 t=R_CALL runtime.growslice+0
	rel 173+4 t=R_PCREL main.trace+16
	rel 179+4 t=R_PCREL runtime.writeBarrier+-1
	rel 189+4 t=R_PCREL main.trace+0
	rel 194+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 208+4 t=R_PCREL main.trace+0
	rel 215+4 t=R_PCREL main.trace+8
	rel 229+4 t=R_CALL runtime.deferreturn+0
	rel 245+4 t=R_CALL runtime.morestack_noctxt+0
main.loopDefers.func1 STEXT size=148 align=0x0 args=0x0 locals=0x50 funcid=0x0
	0x0000 00000 (defer_loop.go:8)	TEXT	main.loopDefers.func1(SB), NEEDCTXT|ABIInternal, $80-0
	0x0000 00000 (defer_loop.go:8)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_loop.go:8)	PCDATA	$0, $-2
	0x0004 00004 (defer_loop.go:8)	JLS	138
	0x000a 00010 (defer_loop.go:8)	PCDATA	$0, $-1
	0x000a 00010 (defer_loop.go:8)	PUSHQ	BP
	0x000b 00011 (defer_loop.go:8)	MOVQ	SP, BP
	0x000e 00014 (defer_loop.go:8)	SUBQ	$72, SP
	0x0012 00018 (defer_loop.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (defer_loop.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (defer_loop.go:8)	MOVQ	main.trace+16(SB), CX
	0x0019 00025 (defer_loop.go:8)	MOVQ	main.trace+8(SB), BX
	0x0020 00032 (defer_loop.go:8)	INCQ	BX
	0x0023 00035 (defer_loop.go:8)	MOVQ	8(DX), DX
	0x0027 00039 (defer_loop.go:8)	MOVQ	main.trace(SB), AX
	0x002e 00046 (defer_loop.go:8)	CMPQ	CX, BX
	0x0031 00049 (defer_loop.go:8)	JCC	120
	0x0033 00051 (defer_loop.go:8)	MOVQ	DX, main.i+64(SP)
	0x0038 00056 (defer_loop.go:8)	MOVL	$1, DI
	0x003d 00061 (defer_loop.go:8)	LEAQ	type:int(SB), SI
	0x0044 00068 (defer_loop.go:8)	PCDATA	$1, $0
	0x0044 00068 (defer_loop.go:8)	CALL	runtime.growslice(SB)
	0x0049 00073 (defer_loop.go:8)	MOVQ	CX, main.trace+16(SB)
	0x0050 00080 (defer_loop.go:8)	CMPL	runtime.writeBarrier(SB), $0
	0x0057 00087 (defer_loop.go:8)	PCDATA	$0, $-2
	0x0057 00087 (defer_loop.go:8)	JEQ	108
	0x0059 00089 (defer_loop.go:8)	MOVQ	main.trace(SB), CX
	0x0060 00096 (defer_loop.go:8)	CALL	runtime.gcWriteBarrier2(SB)
	0x0065 00101 (defer_loop.go:8)	MOVQ	AX, (R11)
	0x0068 00104 (defer_loop.go:8)	MOVQ	CX, 8(R11)
	0x006c 00108 (defer_loop.go:8)	MOVQ	AX, main.trace(SB)
	0x0073 00115 (defer_loop.go:8)	PCDATA	$0, $-1
	0x0073 00115 (defer_loop.go:8)	MOVQ	main.i+64(SP), DX
	0x0078 00120 (defer_loop.go:8)	MOVQ	BX, main.trace+8(SB)
	0x007f 00127 (defer_loop.go:8)	MOVQ	DX, -8(AX)(BX*8)
	0x0084 00132 (defer_loop.go:8)	ADDQ	$72, SP
	0x0088 00136 (defer_loop.go:8)	POPQ	BP
	0x0089 00137 (defer_loop.go:8)	RET
	0x008a 00138 (defer_loop.go:8)	NOP
	0x008a 00138 (defer_loop.go:8)	PCDATA	$1, $-1
	0x008a 00138 (defer_loop.go:8)	PCDATA	$0, $-2
	0x008a 00138 (defer_loop.go:8)	CALL	runtime.morestack(SB)
	0x008f 00143 (defer_loop.go:8)	PCDATA	$0, $-1
	0x008f 00143 (defer_loop.go:8)	JMP	0
	0x0000 49 3b 66 10 0f 86 80 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 48 48 8b 0d 00 00 00 00 48 8b 1d 00 00 00 00  .HH......H......
	0x0020 48 ff c3 48 8b 52 08 48 8b 05 00 00 00 00 48 39  H..H.R.H......H9
	0x0030 d9 73 45 48 89 54 24 40 bf 01 00 00 00 48 8d 35  .sEH.T$@.....H.5
	0x0040 00 00 00 00 e8 00 00 00 00 48 89 0d 00 00 00 00  .........H......
	0x0050 83 3d 00 00 00 00 00 74 13 48 8b 0d 00 00 00 00  .=.....t.H......
	0x0060 e8 00 00 00 00 49 89 03 49 89 4b 08 48 89 05 00  .....I..I.K.H...
	0x0070 00 00 00 48 8b 54 24 40 48 89 1d 00 00 00 00 48  ...H.T$@H......H
	0x0080 89 54 d8 f8 48 83 c4 48 5d c3 e8 00 00 00 00 e9  .T..H..H].......
	0x0090 6c ff ff ff                                      l...
	rel 21+4 t=R_PCREL main.trace+16
	rel 28+4 t=R_PCREL main.trace+8
	rel 42+4 t=R_PCREL main.trace+0
	rel 64+4 t=R_PCREL type:int+0
	rel 69+4 t=R_CALL runtime.growslice+0
	rel 76+4 t=R_PCREL main.trace+16
	rel 82+4 t=R_PCREL runtime.writeBarrier+-1
	rel 92+4 t=R_PCREL main.trace+0
	rel 97+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 111+4 t=R_PCREL main.trace+0
	rel 123+4 t=R_PCREL main.trace+8
	rel 139+4 t=R_CALL runtime.morestack+0
main.deferArgs STEXT size=175 align=0x0 args=0x8 locals=0x30 funcid=0x0
	0x0000 00000 (defer_loop.go:13)	TEXT	main.deferArgs(SB), ABIInternal, $48-8
	0x0000 00000 (defer_loop.go:13)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_loop.go:13)	PCDATA	$0, $-2
	0x0004 00004 (defer_loop.go:13)	JLS	152
	0x000a 00010 (defer_loop.go:13)	PCDATA	$0, $-1
	0x000a 00010 (defer_loop.go:13)	PUSHQ	BP
	0x000b 00011 (defer_loop.go:13)	MOVQ	SP, BP
	0x000e 00014 (defer_loop.go:13)	SUBQ	$40, SP
	0x0012 00018 (defer_loop.go:13)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (defer_loop.go:13)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (defer_loop.go:13)	FUNCDATA	$5, main.deferArgs.arginfo1(SB)
	0x0012 00018 (defer_loop.go:13)	FUNCDATA	$6, main.deferArgs.argliveinfo(SB)
	0x0012 00018 (defer_loop.go:13)	PCDATA	$3, $1
	0x0012 00018 (defer_loop.go:14)	MOVQ	AX, main.n+56(SP)
	0x0017 00023 (defer_loop.go:14)	PCDATA	$3, $-1
	0x0017 00023 (defer_loop.go:14)	XORL	CX, CX
	0x0019 00025 (defer_loop.go:14)	JMP	40
	0x001b 00027 (defer_loop.go:14)	MOVQ	main.i+32(SP), CX
	0x0020 00032 (defer_loop.go:14)	INCQ	CX
	0x0023 00035 (defer_loop.go:14)	MOVQ	main.n+56(SP), AX
	0x0028 00040 (defer_loop.go:14)	CMPQ	AX, CX
	0x002b 00043 (defer_loop.go:14)	JLE	114
	0x002d 00045 (defer_loop.go:14)	MOVQ	CX, main.i+32(SP)
	0x0032 00050 (defer_loop.go:15)	MOVL	$16, AX
	0x0037 00055 (defer_loop.go:15)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
	0x003e 00062 (defer_loop.go:15)	MOVL	$1, CX
	0x0043 00067 (defer_loop.go:15)	PCDATA	$1, $0
	0x0043 00067 (defer_loop.go:15)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x0048 00072 (defer_loop.go:15)	LEAQ	main.deferArgs.deferwrap1(SB), DX
	0x004f 00079 (defer_loop.go:15)	MOVQ	DX, (AX)
	0x0052 00082 (defer_loop.go:15)	MOVQ	main.i+32(SP), DX
	0x0057 00087 (defer_loop.go:15)	MOVQ	DX, 8(AX)
	0x005b 00091 (defer_loop.go:15)	NOP
	0x0060 00096 (defer_loop.go:15)	CALL	runtime.deferproc(SB)
	0x0065 00101 (defer_loop.go:15)	JMP	27
	0x0067 00103 (defer_loop.go:18)	CALL	runtime.deferreturn(SB)
	0x006c 00108 (defer_loop.go:18)	ADDQ	$40, SP
	0x0070 00112 (defer_loop.go:18)	POPQ	BP
	0x0071 00113 (defer_loop.go:18)	RET
	0x0072 00114 (defer_loop.go:17)	CALL	runtime.printlock(SB)
	0x0077 00119 (defer_loop.go:17)	LEAQ	go:string."body "(SB), AX
	0x007e 00126 (defer_loop.go:17)	MOVL	$5, BX
	0x0083 00131 (defer_loop.go:17)	CALL	runtime.printstring(SB)
	0x0088 00136 (defer_loop.go:17)	CALL	runtime.printunlock(SB)
	0x008d 00141 (defer_loop.go:18)	CALL	runtime.deferreturn(SB)
	0x0092 00146 (defer_loop.go:18)	ADDQ	$40, SP
	0x0096 00150 (defer_loop.go:18)	POPQ	BP
	0x0097 00151 (defer_loop.go:18)	RET
	0x0098 00152 (defer_loop.go:18)	NOP
	0x0098 00152 (defer_loop.go:13)	PCDATA	$1, $-1
	0x0098 00152 (defer_loop.go:13)	PCDATA	$0, $-2
	0x0098 00152 (defer_loop.go:13)	MOVQ	AX, 8(SP)
	0x009d 00157 (defer_loop.go:13)	NOP
	0x00a0 00160 (defer_loop.go:13)	CALL	runtime.morestack_noctxt(SB)
	0x00a5 00165 (defer_loop.go:13)	PCDATA	$0, $-1
	0x00a5 00165 (defer_loop.go:13)	MOVQ	8(SP), AX
	0x00aa 00170 (defer_loop.go:13)	JMP	0
	0x0000 49 3b 66 10 0f 86 8e 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 28 48 89 44 24 38 31 c9 eb 0d 48 8b 4c 24 20  .(H.D$81...H.L$ 
	0x0020 48 ff c1 48 8b 44 24 38 48 39 c8 7e 45 48 89 4c  H..H.D$8H9.~EH.L
	0x0030 24 20 b8 10 00 00 00 48 8d 1d 00 00 00 00 b9 01  $ .....H........
	0x0040 00 00 00 e8 00 00 00 00 48 8d 15 00 00 00 00 48  ........H......H
	0x0050 89 10 48 8b 54 24 20 48 89 50 08 0f 1f 44 00 00  ..H.T$ H.P...D..
	0x0060 e8 00 00 00 00 eb b4 e8 00 00 00 00 48 83 c4 28  ............H..(
	0x0070 5d c3 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 05  ]......H........
	0x0080 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00  ................
	0x0090 00 00 48 83 c4 28 5d c3 48 89 44 24 08 0f 1f 00  ..H..(].H.D$....
	0x00a0 e8 00 00 00 00 48 8b 44 24 08 e9 51 ff ff ff     .....H.D$..Q...
	rel 58+4 t=R_PCREL type:noalg.struct { F uintptr; X0 int }+0
	rel 68+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 75+4 t=R_PCREL main.deferArgs.deferwrap1+0
	rel 97+4 t=R_CALL runtime.deferproc+0
	rel 104+4 t=R_CALL runtime.deferreturn+0
	rel 115+4 t=R_CALL runtime.printlock+0
	rel 122+4 t=R_PCREL go:string."body "+0
	rel 132+4 t=R_CALL runtime.printstring+0
	rel 137+4 t=R_CALL runtime.printunlock+0
	rel 142+4 t=R_CALL runtime.deferreturn+0
	rel 161+4 t=R_CALL runtime.morestack_noctxt+0
main.deferArgs.deferwrap1 STEXT size=61 align=0x0 args=0x0 locals=0x18 funcid=0x17
	0x0000 00000 (defer_loop.go:15)	TEXT	main.deferArgs.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (defer_loop.go:15)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_loop.go:15)	PCDATA	$0, $-2
	0x0004 00004 (defer_loop.go:15)	JLS	54
	0x0006 00006 (defer_loop.go:15)	PCDATA	$0, $-1
	0x0006 00006 (defer_loop.go:15)	PUSHQ	BP
	0x0007 00007 (defer_loop.go:15)	MOVQ	SP, BP
	0x000a 00010 (defer_loop.go:15)	SUBQ	$16, SP
	0x000e 00014 (defer_loop.go:15)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (defer_loop.go:15)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (defer_loop.go:15)	MOVQ	8(DX), AX
	0x0012 00018 (defer_loop.go:15)	MOVQ	AX, main..autotmp_2+8(SP)
	0x0017 00023 (defer_loop.go:15)	PCDATA	$1, $0
	0x0017 00023 (defer_loop.go:15)	CALL	runtime.printlock(SB)
	0x001c 00028 (defer_loop.go:15)	MOVQ	main..autotmp_2+8(SP), AX
	0x0021 00033 (defer_loop.go:15)	CALL	runtime.printint(SB)
	0x0026 00038 (defer_loop.go:15)	CALL	runtime.printsp(SB)
	0x002b 00043 (defer_loop.go:15)	CALL	runtime.printunlock(SB)
	0x0030 00048 (defer_loop.go:15)	ADDQ	$16, SP
	0x0034 00052 (defer_loop.go:15)	POPQ	BP
	0x0035 00053 (defer_loop.go:15)	RET
	0x0036 00054 (defer_loop.go:15)	NOP
	0x0036 00054 (defer_loop.go:15)	PCDATA	$1, $-1
	0x0036 00054 (defer_loop.go:15)	PCDATA	$0, $-2
	0x0036 00054 (defer_loop.go:15)	CALL	runtime.morestack(SB)
	0x003b 00059 (defer_loop.go:15)	PCDATA	$0, $-1
	0x003b 00059 (defer_loop.go:15)	JMP	0
	0x0000 49 3b 66 10 76 30 55 48 89 e5 48 83 ec 10 48 8b  I;f.v0UH..H...H.
	0x0010 42 08 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24  B.H.D$......H.D$
	0x0020 08 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00  ................
	0x0030 48 83 c4 10 5d c3 e8 00 00 00 00 eb c3           H...]........
	rel 24+4 t=R_CALL runtime.printlock+0
	rel 34+4 t=R_CALL runtime.printint+0
	rel 39+4 t=R_CALL runtime.printsp+0
	rel 44+4 t=R_CALL runtime.printunlock+0
	rel 55+4 t=R_CALL runtime.morestack+0
main.perIteration STEXT size=165 align=0x0 args=0x8 locals=0x38 funcid=0x0
	0x0000 00000 (defer_loop.go:21)	TEXT	main.perIteration(SB), ABIInternal, $56-8
	0x0000 00000 (defer_loop.go:21)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_loop.go:21)	PCDATA	$0, $-2
	0x0004 00004 (defer_loop.go:21)	JLS	144
	0x000a 00010 (defer_loop.go:21)	PCDATA	$0, $-1
	0x000a 00010 (defer_loop.go:21)	PUSHQ	BP
	0x000b 00011 (defer_loop.go:21)	MOVQ	SP, BP
	0x000e 00014 (defer_loop.go:21)	SUBQ	$48, SP
	0x0012 00018 (defer_loop.go:21)	MOVQ	X15, 40(SP)
	0x0019 00025 (defer_loop.go:21)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0019 00025 (defer_loop.go:21)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
	0x0019 00025 (defer_loop.go:21)	FUNCDATA	$2, main.perIteration.stkobj(SB)
	0x0019 00025 (defer_loop.go:21)	FUNCDATA	$5, main.perIteration.arginfo1(SB)
	0x0019 00025 (defer_loop.go:21)	FUNCDATA	$6, main.perIteration.argliveinfo(SB)
	0x0019 00025 (defer_loop.go:21)	FUNCDATA	$4, main.perIteration.opendefer(SB)
	0x0019 00025 (defer_loop.go:21)	PCDATA	$3, $1
	0x0019 00025 (defer_loop.go:21)	MOVB	$0, main..autotmp_5+7(SP)
	0x001e 00030 (defer_loop.go:21)	MOVQ	$0, main.~r0+8(SP)
	0x0027 00039 (defer_loop.go:22)	MOVQ	AX, main.r+16(SP)
	0x002c 00044 (defer_loop.go:23)	LEAQ	main.perIteration.func1(SB), AX
	0x0033 00051 (defer_loop.go:23)	MOVQ	AX, main..autotmp_4+24(SP)
	0x0038 00056 (defer_loop.go:23)	LEAQ	main.r+16(SP), AX
	0x003d 00061 (defer_loop.go:23)	MOVQ	AX, main..autotmp_4+32(SP)
	0x0042 00066 (defer_loop.go:23)	LEAQ	main..autotmp_4+24(SP), AX
	0x0047 00071 (defer_loop.go:23)	MOVQ	AX, main..autotmp_6+40(SP)
	0x004c 00076 (defer_loop.go:23)	MOVB	$1, main..autotmp_5+7(SP)
	0x0051 00081 (defer_loop.go:24)	MOVQ	main.r+16(SP), AX
	0x0056 00086 (defer_loop.go:24)	ADDQ	AX, AX
	0x0059 00089 (defer_loop.go:24)	MOVQ	AX, main.r+16(SP)
	0x005e 00094 (defer_loop.go:25)	MOVQ	AX, main.~r0+8(SP)
	0x0063 00099 (defer_loop.go:25)	MOVB	$0, main..autotmp_5+7(SP)
	0x0068 00104 (defer_loop.go:25)	MOVQ	main..autotmp_6+40(SP), DX
	0x006d 00109 (defer_loop.go:25)	MOVQ	(DX), AX
	0x0070 00112 (defer_loop.go:25)	PCDATA	$1, $1
	0x0070 00112 (defer_loop.go:25)	CALL	AX
	0x0072 00114 (defer_loop.go:25)	MOVQ	main.~r0+8(SP), AX
	0x0077 00119 (defer_loop.go:25)	ADDQ	$48, SP
	0x007b 00123 (defer_loop.go:25)	POPQ	BP
	0x007c 00124 (defer_loop.go:25)	RET
	0x007d 00125 (defer_loop.go:25)	NOP
	0x0080 00128 (defer_loop.go:25)	CALL	runtime.deferreturn(SB)
	0x0085 00133 (defer_loop.go:25)	MOVQ	main.~r0+8(SP), AX
	0x008a 00138 (defer_loop.go:25)	ADDQ	$48, SP
	0x008e 00142 (defer_loop.go:25)	POPQ	BP
	0x008f 00143 (defer_loop.go:25)	RET
	0x0090 00144 (defer_loop.go:25)	NOP
	0x0090 00144 (defer_loop.go:21)	PCDATA	$1, $-1
	0x0090 00144 (defer_loop.go:21)	PCDATA	$0, $-2
	0x0090 00144 (defer_loop.go:21)	MOVQ	AX, 8(SP)
	0x0095 00149 (defer_loop.go:21)	CALL	runtime.morestack_noctxt(SB)
	0x009a 00154 (defer_loop.go:21)	PCDATA	$0, $-1
	0x009a 00154 (defer_loop.go:21)	MOVQ	8(SP), AX
	0x009f 00159 (defer_loop.go:21)	NOP
	0x00a0 00160 (defer_loop.go:21)	JMP	0
	0x0000 49 3b 66 10 0f 86 86 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 30 66 44 0f d6 7c 24 28 c6 44 24 07 00 48 c7  .0fD..|$(.D$..H.
	0x0020 44 24 08 00 00 00 00 48 89 44 24 10 48 8d 05 00  D$.....H.D$.H...
	0x0030 00 00 00 48 89 44 24 18 48 8d 44 24 10 48 89 44  ...H.D$.H.D$.H.D
	0x0040 24 20 48 8d 44 24 18 48 89 44 24 28 c6 44 24 07  $ H.D$.H.D$(.D$.
	0x0050 01 48 8b 44 24 10 48 01 c0 48 89 44 24 10 48 89  .H.D$.H..H.D$.H.
	0x0060 44 24 08 c6 44 24 07 00 48 8b 54 24 28 48 8b 02  D$..D$..H.T$(H..
	0x0070 ff d0 48 8b 44 24 08 48 83 c4 30 5d c3 0f 1f 00  ..H.D$.H..0]....
	0x0080 e8 00 00 00 00 48 8b 44 24 08 48 83 c4 30 5d c3  .....H.D$.H..0].
	0x0090 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08 90  H.D$......H.D$..
	0x00a0 e9 5b ff ff ff                                   .[...
	rel 47+4 t=R_PCREL main.perIteration.func1+0
	rel 112+0 t=R_CALLIND +0
	rel 129+4 t=R_CALL runtime.deferreturn+0
	rel 150+4 t=R_CALL runtime.morestack_noctxt+0
main.perIteration.func1 STEXT size=155 align=0x0 args=0x0 locals=0x50 funcid=0x0
	0x0000 00000 (defer_loop.go:23)	TEXT	main.perIteration.func1(SB), NEEDCTXT|ABIInternal, $80-0
	0x0000 00000 (defer_loop.go:23)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_loop.go:23)	PCDATA	$0, $-2
	0x0004 00004 (defer_loop.go:23)	JLS	145
	0x000a 00010 (defer_loop.go:23)	PCDATA	$0, $-1
	0x000a 00010 (defer_loop.go:23)	PUSHQ	BP
	0x000b 00011 (defer_loop.go:23)	MOVQ	SP, BP
	0x000e 00014 (defer_loop.go:23)	SUBQ	$72, SP
	0x0012 00018 (defer_loop.go:23)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (defer_loop.go:23)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (defer_loop.go:23)	MOVQ	8(DX), DX
	0x0016 00022 (defer_loop.go:23)	MOVQ	main.trace+16(SB), CX
	0x001d 00029 (defer_loop.go:23)	MOVQ	main.trace+8(SB), BX
	0x0024 00036 (defer_loop.go:23)	INCQ	BX
	0x0027 00039 (defer_loop.go:23)	MOVQ	main.trace(SB), AX
	0x002e 00046 (defer_loop.go:23)	MOVQ	(DX), DX
	0x0031 00049 (defer_loop.go:23)	CMPQ	CX, BX
	0x0034 00052 (defer_loop.go:23)	JCC	123
	0x0036 00054 (defer_loop.go:23)	MOVQ	DX, main..autotmp_2+64(SP)
	0x003b 00059 (defer_loop.go:23)	MOVL	$1, DI
	0x0040 00064 (defer_loop.go:23)	LEAQ	type:int(SB), SI
	0x0047 00071 (defer_loop.go:23)	PCDATA	$1, $0
	0x0047 00071 (defer_loop.go:23)	CALL	runtime.growslice(SB)
	0x004c 00076 (defer_loop.go:23)	MOVQ	CX, main.trace+16(SB)
	0x0053 00083 (defer_loop.go:23)	CMPL	runtime.writeBarrier(SB), $0
	0x005a 00090 (defer_loop.go:23)	PCDATA	$0, $-2
	0x005a 00090 (defer_loop.go:23)	JEQ	111
	0x005c 00092 (defer_loop.go:23)	MOVQ	main.trace(SB), CX
	0x0063 00099 (defer_loop.go:23)	CALL	runtime.gcWriteBarrier2(SB)
	0x0068 00104 (defer_loop.go:23)	MOVQ	AX, (R11)
	0x006b 00107 (defer_loop.go:23)	MOVQ	CX, 8(R11)
	0x006f 00111 (defer_loop.go:23)	MOVQ	AX, main.trace(SB)
	0x0076 00118 (defer_loop.go:23)	PCDATA	$0, $-1
	0x0076 00118 (defer_loop.go:23)	MOVQ	main..autotmp_2+64(SP), DX
	0x007b 00123 (defer_loop.go:23)	MOVQ	BX, main.trace+8(SB)
	0x0082 00130 (defer_loop.go:23)	LEAQ	100(DX), CX
	0x0086 00134 (defer_loop.go:23)	MOVQ	CX, -8(AX)(BX*8)
	0x008b 00139 (defer_loop.go:23)	ADDQ	$72, SP
	0x008f 00143 (defer_loop.go:23)	POPQ	BP
	0x0090 00144 (defer_loop.go:23)	RET
	0x0091 00145 (defer_loop.go:23)	NOP
	0x0091 00145 (defer_loop.go:23)	PCDATA	$1, $-1
	0x0091 00145 (defer_loop.go:23)	PCDATA	$0, $-2
	0x0091 00145 (defer_loop.go:23)	CALL	runtime.morestack(SB)
	0x0096 00150 (defer_loop.go:23)	PCDATA	$0, $-1
	0x0096 00150 (defer_loop.go:23)	JMP	0
	0x0000 49 3b 66 10 0f 86 87 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 48 48 8b 52 08 48 8b 0d 00 00 00 00 48 8b 1d  .HH.R.H......H..
	0x0020 00 00 00 00 48 ff c3 48 8b 05 00 00 00 00 48 8b  ....H..H......H.
	0x0030 12 48 39 d9 73 45 48 89 54 24 40 bf 01 00 00 00  .H9.sEH.T$@.....
	0x0040 48 8d 35 00 00 00 00 e8 00 00 00 00 48 89 0d 00  H.5.........H...
	0x0050 00 00 00 83 3d 00 00 00 00 00 74 13 48 8b 0d 00  ....=.....t.H...
	0x0060 00 00 00 e8 00 00 00 00 49 89 03 49 89 4b 08 48  ........I..I.K.H
	0x0070 89 05 00 00 00 00 48 8b 54 24 40 48 89 1d 00 00  ......H.T$@H....
	0x0080 00 00 48 8d 4a 64 48 89 4c d8 f8 48 83 c4 48 5d  ..H.JdH.L..H..H]
	0x0090 c3 e8 00 00 00 00 e9 65 ff ff ff                 .......e...
	rel 25+4 t=R_PCREL main.trace+16
	rel 32+4 t=R_PCREL main.trace+8
	rel 42+4 t=R_PCREL main.trace+0
	rel 67+4 t=R_PCREL type:int+0
	rel 72+4 t=R_CALL runtime.growslice+0
	rel 79+4 t=R_PCREL main.trace+16
	rel 85+4 t=R_PCREL runtime.writeBarrier+-1
	rel 95+4 t=R_PCREL main.trace+0
	rel 100+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 114+4 t=R_PCREL main.trace+0
	rel 126+4 t=R_PCREL main.trace+8
	rel 146+4 t=R_CALL runtime.morestack+0
main.main STEXT size=460 align=0x0 args=0x0 locals=0x58 funcid=0x0
	0x0000 00000 (defer_loop.go:28)	TEXT	main.main(SB), ABIInternal, $88-0
	0x0000 00000 (defer_loop.go:28)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_loop.go:28)	PCDATA	$0, $-2
	0x0004 00004 (defer_loop.go:28)	JLS	450
	0x000a 00010 (defer_loop.go:28)	PCDATA	$0, $-1
	0x000a 00010 (defer_loop.go:28)	PUSHQ	BP
	0x000b 00011 (defer_loop.go:28)	MOVQ	SP, BP
	0x000e 00014 (defer_loop.go:28)	SUBQ	$80, SP
	0x0012 00018 (defer_loop.go:28)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (defer_loop.go:28)	FUNCDATA	$1, gclocals·lQLc/x2GdjyVzoSwFUO5pg==(SB)
	0x0012 00018 (defer_loop.go:29)	MOVL	$5, AX
	0x0017 00023 (defer_loop.go:29)	PCDATA	$1, $0
	0x0017 00023 (defer_loop.go:29)	CALL	main.loopDefers(SB)
	0x001c 00028 (defer_loop.go:30)	MOVQ	main.trace(SB), CX
	0x0023 00035 (defer_loop.go:30)	MOVQ	CX, main..autotmp_13+64(SP)
	0x0028 00040 (defer_loop.go:30)	MOVQ	main.trace+8(SB), DX
	0x002f 00047 (defer_loop.go:30)	MOVQ	DX, main..autotmp_14+56(SP)
	0x0034 00052 (defer_loop.go:30)	XORL	AX, AX
	0x0036 00054 (defer_loop.go:30)	JMP	113
	0x0038 00056 (defer_loop.go:30)	MOVQ	AX, main..autotmp_15+48(SP)
	0x003d 00061 (defer_loop.go:30)	MOVQ	(CX)(AX*8), AX
	0x0041 00065 (defer_loop.go:30)	MOVQ	AX, main.v+24(SP)
	0x0046 00070 (defer_loop.go:31)	PCDATA	$1, $1
	0x0046 00070 (defer_loop.go:31)	CALL	runtime.printlock(SB)
	0x004b 00075 (defer_loop.go:31)	MOVQ	main.v+24(SP), AX
	0x0050 00080 (defer_loop.go:31)	CALL	runtime.printint(SB)
	0x0055 00085 (defer_loop.go:31)	CALL	runtime.printsp(SB)
	0x005a 00090 (defer_loop.go:31)	CALL	runtime.printunlock(SB)
	0x005f 00095 (defer_loop.go:30)	MOVQ	main..autotmp_15+48(SP), AX
	0x0064 00100 (defer_loop.go:30)	INCQ	AX
	0x0067 00103 (defer_loop.go:30)	MOVQ	main..autotmp_13+64(SP), CX
	0x006c 00108 (defer_loop.go:30)	MOVQ	main..autotmp_14+56(SP), DX
	0x0071 00113 (defer_loop.go:30)	CMPQ	AX, DX
	0x0074 00116 (defer_loop.go:30)	JLT	56
	0x0076 00118 (defer_loop.go:33)	PCDATA	$1, $0
	0x0076 00118 (defer_loop.go:33)	CALL	runtime.printlock(SB)
	0x007b 00123 (defer_loop.go:33)	NOP
	0x0080 00128 (defer_loop.go:33)	CALL	runtime.printnl(SB)
	0x0085 00133 (defer_loop.go:33)	CALL	runtime.printunlock(SB)
	0x008a 00138 (defer_loop.go:35)	MOVL	$4, AX
	0x008f 00143 (defer_loop.go:35)	CALL	main.deferArgs(SB)
	0x0094 00148 (defer_loop.go:36)	CALL	runtime.printlock(SB)
	0x0099 00153 (defer_loop.go:36)	CALL	runtime.printnl(SB)
	0x009e 00158 (defer_loop.go:36)	NOP
	0x00a0 00160 (defer_loop.go:36)	CALL	runtime.printunlock(SB)
	0x00a5 00165 (defer_loop.go:38)	MOVQ	$0, main.trace+8(SB)
	0x00b0 00176 (defer_loop.go:38)	XORL	AX, AX
	0x00b2 00178 (defer_loop.go:38)	XORL	CX, CX
	0x00b4 00180 (defer_loop.go:40)	JMP	213
	0x00b6 00182 (defer_loop.go:40)	MOVQ	AX, main.i+40(SP)
	0x00bb 00187 (defer_loop.go:40)	NOP
	0x00c0 00192 (defer_loop.go:41)	CALL	main.perIteration(SB)
	0x00c5 00197 (defer_loop.go:41)	MOVQ	main.s+32(SP), CX
	0x00ca 00202 (defer_loop.go:41)	ADDQ	AX, CX
	0x00cd 00205 (defer_loop.go:40)	MOVQ	main.i+40(SP), AX
	0x00d2 00210 (defer_loop.go:40)	INCQ	AX
	0x00d5 00213 (defer_loop.go:40)	MOVQ	CX, main.s+32(SP)
	0x00da 00218 (defer_loop.go:40)	NOP
	0x00e0 00224 (defer_loop.go:40)	CMPQ	AX, $4
	0x00e4 00228 (defer_loop.go:40)	JLT	182
	0x00e6 00230 (defer_loop.go:43)	CALL	runtime.printlock(SB)
	0x00eb 00235 (defer_loop.go:43)	LEAQ	go:string."sum "(SB), AX
	0x00f2 00242 (defer_loop.go:43)	MOVL	$4, BX
	0x00f7 00247 (defer_loop.go:43)	CALL	runtime.printstring(SB)
	0x00fc 00252 (defer_loop.go:43)	MOVQ	main.s+32(SP), AX
	0x0101 00257 (defer_loop.go:43)	CALL	runtime.printint(SB)
	0x0106 00262 (defer_loop.go:43)	CALL	runtime.printnl(SB)
	0x010b 00267 (defer_loop.go:43)	CALL	runtime.printunlock(SB)
	0x0110 00272 (defer_loop.go:44)	MOVQ	main.trace(SB), AX
	0x0117 00279 (defer_loop.go:44)	MOVQ	AX, main..autotmp_13+64(SP)
	0x011c 00284 (defer_loop.go:44)	MOVQ	main.trace+8(SB), CX
	0x0123 00291 (defer_loop.go:44)	MOVQ	CX, main..autotmp_14+56(SP)
	0x0128 00296 (defer_loop.go:44)	XORL	DX, DX
	0x012a 00298 (defer_loop.go:44)	JMP	357
	0x012c 00300 (defer_loop.go:44)	MOVQ	DX, main..autotmp_15+48(SP)
	0x0131 00305 (defer_loop.go:44)	MOVQ	(AX)(DX*8), AX
	0x0135 00309 (defer_loop.go:44)	MOVQ	AX, main.v+16(SP)
	0x013a 00314 (defer_loop.go:45)	PCDATA	$1, $1
	0x013a 00314 (defer_loop.go:45)	CALL	runtime.printlock(SB)
	0x013f 00319 (defer_loop.go:45)	MOVQ	main.v+16(SP), AX
	0x0144 00324 (defer_loop.go:45)	CALL	runtime.printint(SB)
	0x0149 00329 (defer_loop.go:45)	CALL	runtime.printsp(SB)
	0x014e 00334 (defer_loop.go:45)	CALL	runtime.printunlock(SB)
	0x0153 00339 (defer_loop.go:44)	MOVQ	main..autotmp_15+48(SP), DX
	0x0158 00344 (defer_loop.go:44)	INCQ	DX
	0x015b 00347 (defer_loop.go:44)	MOVQ	main..autotmp_13+64(SP), AX
	0x0160 00352 (defer_loop.go:44)	MOVQ	main..autotmp_14+56(SP), CX
	0x0165 00357 (defer_loop.go:44)	CMPQ	DX, CX
	0x0168 00360 (defer_loop.go:44)	JLT	300
	0x016a 00362 (defer_loop.go:47)	PCDATA	$1, $0
	0x016a 00362 (defer_loop.go:47)	CALL	runtime.printlock(SB)
	0x016f 00367 (defer_loop.go:47)	CALL	runtime.printnl(SB)
	0x0174 00372 (defer_loop.go:47)	CALL	runtime.printunlock(SB)
	0x0179 00377 (defer_loop.go:50)	LEAQ	type:int(SB), AX
	0x0180 00384 (defer_loop.go:50)	CALL	runtime.newobject(SB)
	0x0185 00389 (defer_loop.go:50)	MOVQ	AX, main.&count+72(SP)
	0x018a 00394 (defer_loop.go:55)	PCDATA	$1, $2
	0x018a 00394 (defer_loop.go:55)	CALL	main.main.func1(SB)
	0x018f 00399 (defer_loop.go:56)	CALL	runtime.printlock(SB)
	0x0194 00404 (defer_loop.go:56)	LEAQ	go:string."count "(SB), AX
	0x019b 00411 (defer_loop.go:56)	MOVL	$6, BX
	0x01a0 00416 (defer_loop.go:56)	CALL	runtime.printstring(SB)
	0x01a5 00421 (defer_loop.go:56)	MOVQ	main.&count+72(SP), AX
	0x01aa 00426 (defer_loop.go:56)	MOVQ	(AX), AX
	0x01ad 00429 (defer_loop.go:56)	PCDATA	$1, $0
	0x01ad 00429 (defer_loop.go:56)	CALL	runtime.printint(SB)
	0x01b2 00434 (defer_loop.go:56)	CALL	runtime.printnl(SB)
	0x01b7 00439 (defer_loop.go:56)	CALL	runtime.printunlock(SB)
	0x01bc 00444 (defer_loop.go:57)	ADDQ	$80, SP
	0x01c0 00448 (defer_loop.go:57)	POPQ	BP
	0x01c1 00449 (defer_loop.go:57)	RET
	0x01c2 00450 (defer_loop.go:57)	NOP
	0x01c2 00450 (defer_loop.go:28)	PCDATA	$1, $-1
	0x01c2 00450 (defer_loop.go:28)	PCDATA	$0, $-2
	0x01c2 00450 (defer_loop.go:28)	CALL	runtime.morestack_noctxt(SB)
	0x01c7 00455 (defer_loop.go:28)	PCDATA	$0, $-1
	0x01c7 00455 (defer_loop.go:28)	JMP	0
	0x0000 49 3b 66 10 0f 86 b8 01 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 50 b8 05 00 00 00 e8 00 00 00 00 48 8b 0d 00  .P..........H...
	0x0020 00 00 00 48 89 4c 24 40 48 8b 15 00 00 00 00 48  ...H.L$@H......H
	0x0030 89 54 24 38 31 c0 eb 39 48 89 44 24 30 48 8b 04  .T$81..9H.D$0H..
	0x0040 c1 48 89 44 24 18 e8 00 00 00 00 48 8b 44 24 18  .H.D$......H.D$.
	0x0050 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0060 8b 44 24 30 48 ff c0 48 8b 4c 24 40 48 8b 54 24  .D$0H..H.L$@H.T$
	0x0070 38 48 39 d0 7c c2 e8 00 00 00 00 0f 1f 44 00 00  8H9.|........D..
	0x0080 e8 00 00 00 00 e8 00 00 00 00 b8 04 00 00 00 e8  ................
	0x0090 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x00a0 e8 00 00 00 00 48 c7 05 00 00 00 00 00 00 00 00  .....H..........
	0x00b0 31 c0 31 c9 eb 1f 48 89 44 24 28 0f 1f 44 00 00  1.1...H.D$(..D..
	0x00c0 e8 00 00 00 00 48 8b 4c 24 20 48 01 c1 48 8b 44  .....H.L$ H..H.D
	0x00d0 24 28 48 ff c0 48 89 4c 24 20 66 0f 1f 44 00 00  $(H..H.L$ f..D..
	0x00e0 48 83 f8 04 7c d0 e8 00 00 00 00 48 8d 05 00 00  H...|......H....
	0x00f0 00 00 bb 04 00 00 00 e8 00 00 00 00 48 8b 44 24  ............H.D$
	0x0100 20 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00   ...............
	0x0110 48 8b 05 00 00 00 00 48 89 44 24 40 48 8b 0d 00  H......H.D$@H...
	0x0120 00 00 00 48 89 4c 24 38 31 d2 eb 39 48 89 54 24  ...H.L$81..9H.T$
	0x0130 30 48 8b 04 d0 48 89 44 24 10 e8 00 00 00 00 48  0H...H.D$......H
	0x0140 8b 44 24 10 e8 00 00 00 00 e8 00 00 00 00 e8 00  .D$.............
	0x0150 00 00 00 48 8b 54 24 30 48 ff c2 48 8b 44 24 40  ...H.T$0H..H.D$@
	0x0160 48 8b 4c 24 38 48 39 ca 7c c2 e8 00 00 00 00 e8  H.L$8H9.|.......
	0x0170 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00  .........H......
	0x0180 e8 00 00 00 00 48 89 44 24 48 e8 00 00 00 00 e8  .....H.D$H......
	0x0190 00 00 00 00 48 8d 05 00 00 00 00 bb 06 00 00 00  ....H...........
	0x01a0 e8 00 00 00 00 48 8b 44 24 48 48 8b 00 e8 00 00  .....H.D$HH.....
	0x01b0 00 00 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 50  ............H..P
	0x01c0 5d c3 e8 00 00 00 00 e9 34 fe ff ff              ].......4...
	rel 24+4 t=R_CALL main.loopDefers+0
	rel 31+4 t=R_PCREL main.trace+0
	rel 43+4 t=R_PCREL main.trace+8
	rel 71+4 t=R_CALL runtime.printlock+0
	rel 81+4 t=R_CALL runtime.printint+0
	rel 86+4 t=R_CALL runtime.printsp+0
	rel 91+4 t=R_CALL runtime.printunlock+0
	rel 119+4 t=R_CALL runtime.printlock+0
	rel 129+4 t=R_CALL runtime.printnl+0
	rel 134+4 t=R_CALL runtime.printunlock+0
	rel 144+4 t=R_CALL main.deferArgs+0
	rel 149+4 t=R_CALL runtime.printlock+0
	rel 154+4 t=R_CALL runtime.printnl+0
	rel 161+4 t=R_CALL runtime.printunlock+0
	rel 168+4 t=R_PCREL main.trace+4
	rel 193+4 t=R_CALL main.perIteration+0
	rel 231+4 t=R_CALL runtime.printlock+0
	rel 238+4 t=R_PCREL go:string."sum "+0
	rel 248+4 t=R_CALL runtime.printstring+0
	rel 258+4 t=R_CALL runtime.printint+0
	rel 263+4 t=R_CALL runtime.printnl+0
	rel 268+4 t=R_CALL runtime.printunlock+0
	rel 275+4 t=R_PCREL main.trace+0
	rel 287+4 t=R_PCREL main.trace+8
	rel 315+4 t=R_CALL runtime.printlock+0
	rel 325+4 t=R_CALL runtime.printint+0
	rel 330+4 t=R_CALL runtime.printsp+0
	rel 335+4 t=R_CALL runtime.printunlock+0
	rel 363+4 t=R_CALL runtime.printlock+0
	rel 368+4 t=R_CALL runtime.printnl+0
	rel 373+4 t=R_CALL runtime.printunlock+0
	rel 380+4 t=R_PCREL type:int+0
	rel 385+4 t=R_CALL runtime.newobject+0
	rel 395+4 t=R_CALL main.main.func1+0
	rel 400+4 t=R_CALL runtime.printlock+0
	rel 407+4 t=R_PCREL go:string."count "+0
	rel 417+4 t=R_CALL runtime.printstring+0
	rel 430+4 t=R_CALL runtime.printint+0
	rel 435+4 t=R_CALL runtime.printnl+0
	rel 440+4 t=R_CALL runtime.printunlock+0
	rel 451+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func1 STEXT size=207 align=0x0 args=0x8 locals=0x30 funcid=0x0
	0x0000 00000 (defer_loop.go:51)	TEXT	main.main.func1(SB), ABIInternal, $48-8
	0x0000 00000 (defer_loop.go:51)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_loop.go:51)	PCDATA	$0, $-2
	0x0004 00004 (defer_loop.go:51)	JLS	184
	0x000a 00010 (defer_loop.go:51)	PCDATA	$0, $-1
	0x000a 00010 (defer_loop.go:51)	PUSHQ	BP
	0x000b 00011 (defer_loop.go:51)	MOVQ	SP, BP
	0x000e 00014 (defer_loop.go:51)	SUBQ	$40, SP
	0x0012 00018 (defer_loop.go:51)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0012 00018 (defer_loop.go:51)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (defer_loop.go:51)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
	0x0012 00018 (defer_loop.go:51)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
	0x0012 00018 (defer_loop.go:51)	PCDATA	$3, $1
	0x0012 00018 (defer_loop.go:52)	MOVQ	AX, main.&count+56(SP)
	0x0017 00023 (defer_loop.go:52)	PCDATA	$3, $-1
	0x0017 00023 (defer_loop.go:52)	XORL	CX, CX
	0x0019 00025 (defer_loop.go:52)	MOVL	$1, DX
	0x001e 00030 (defer_loop.go:52)	NOP
	0x0020 00032 (defer_loop.go:52)	JMP	46
	0x0022 00034 (defer_loop.go:53)	MOVQ	main.&count+56(SP), AX
	0x0027 00039 (<unknown line number>)	MOVQ	main.i+32(SP), CX
	0x002c 00044 (<unknown line number>)	XORL	DX, DX
	0x002e 00046 (defer_loop.go:52)	XORL	$1, DX
	0x0031 00049 (defer_loop.go:52)	MOVBLZX	DL, DX
	0x0034 00052 (defer_loop.go:52)	ADDQ	CX, DX
	0x0037 00055 (defer_loop.go:52)	NOP
	0x0040 00064 (defer_loop.go:52)	CMPQ	DX, $1000
	0x0047 00071 (defer_loop.go:52)	JGE	173
	0x0049 00073 (defer_loop.go:52)	MOVQ	DX, main.i+32(SP)
	0x004e 00078 (defer_loop.go:53)	MOVL	$24, AX
	0x0053 00083 (defer_loop.go:53)	LEAQ	type:noalg.struct { F uintptr; X0 *int; X1 int }(SB), BX
	0x005a 00090 (defer_loop.go:53)	MOVL	$1, CX
	0x005f 00095 (defer_loop.go:53)	PCDATA	$1, $0
	0x005f 00095 (defer_loop.go:53)	NOP
	0x0060 00096 (defer_loop.go:53)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
	0x0065 00101 (defer_loop.go:53)	LEAQ	main.main.func1.1(SB), DX
	0x006c 00108 (defer_loop.go:53)	MOVQ	DX, (AX)
	0x006f 00111 (defer_loop.go:53)	CMPL	runtime.writeBarrier(SB), $0
	0x0076 00118 (defer_loop.go:53)	PCDATA	$0, $-2
	0x0076 00118 (defer_loop.go:53)	JNE	128
	0x0078 00120 (defer_loop.go:53)	MOVQ	main.&count+56(SP), CX
	0x007d 00125 (defer_loop.go:53)	JMP	141
	0x007f 00127 (defer_loop.go:53)	NOP
	0x0080 00128 (defer_loop.go:53)	CALL	runtime.gcWriteBarrier1(SB)
	0x0085 00133 (defer_loop.go:53)	MOVQ	main.&count+56(SP), CX
	0x008a 00138 (defer_loop.go:53)	MOVQ	CX, (R11)
	0x008d 00141 (defer_loop.go:53)	MOVQ	CX, 8(AX)
	0x0091 00145 (defer_loop.go:53)	PCDATA	$0, $-1
	0x0091 00145 (defer_loop.go:53)	MOVQ	main.i+32(SP), CX
	0x0096 00150 (defer_loop.go:53)	MOVQ	CX, 16(AX)
	0x009a 00154 (defer_loop.go:53)	CALL	runtime.deferproc(SB)
	0x009f 00159 (defer_loop.go:53)	NOP
	0x00a0 00160 (defer_loop.go:53)	JMP	34
	0x00a2 00162 (defer_loop.go:55)	PCDATA	$1, $1
	0x00a2 00162 (defer_loop.go:55)	CALL	runtime.deferreturn(SB)
	0x00a7 00167 (defer_loop.go:55)	ADDQ	$40, SP
	0x00ab 00171 (defer_loop.go:55)	POPQ	BP
	0x00ac 00172 (defer_loop.go:55)	RET
	0x00ad 00173 (defer_loop.go:55)	CALL	runtime.deferreturn(SB)
	0x00b2 00178 (defer_loop.go:55)	ADDQ	$40, SP
	0x00b6 00182 (defer_loop.go:55)	POPQ	BP
	0x00b7 00183 (defer_loop.go:55)	RET
	0x00b8 00184 (defer_loop.go:55)	NOP
	0x00b8 00184 (defer_loop.go:51)	PCDATA	$1, $-1
	0x00b8 00184 (defer_loop.go:51)	PCDATA	$0, $-2
	0x00b8 00184 (defer_loop.go:51)	MOVQ	AX, 8(SP)
	0x00bd 00189 (defer_loop.go:51)	NOP
	0x00c0 00192 (defer_loop.go:51)	CALL	runtime.morestack_noctxt(SB)
	0x00c5 00197 (defer_loop.go:51)	PCDATA	$0, $-1
	0x00c5 00197 (defer_loop.go:51)	MOVQ	8(SP), AX
	0x00ca 00202 (defer_loop.go:51)	JMP	0
	0x0000 49 3b 66 10 0f 86 ae 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 28 48 89 44 24 38 31 c9 ba 01 00 00 00 66 90  .(H.D$81......f.
	0x0020 eb 0c 48 8b 44 24 38 48 8b 4c 24 20 31 d2 83 f2  ..H.D$8H.L$ 1...
	0x0030 01 0f b6 d2 48 01 ca 66 0f 1f 84 00 00 00 00 00  ....H..f........
	0x0040 48 81 fa e8 03 00 00 7d 64 48 89 54 24 20 b8 18  H......}dH.T$ ..
	0x0050 00 00 00 48 8d 1d 00 00 00 00 b9 01 00 00 00 90  ...H............
	0x0060 e8 00 00 00 00 48 8d 15 00 00 00 00 48 89 10 83  .....H......H...
	0x0070 3d 00 00 00 00 00 75 08 48 8b 4c 24 38 eb 0e 90  =.....u.H.L$8...
	0x0080 e8 00 00 00 00 48 8b 4c 24 38 49 89 0b 48 89 48  .....H.L$8I..H.H
	0x0090 08 48 8b 4c 24 20 48 89 48 10 e8 00 00 00 00 90  .H.L$ H.H.......
	0x00a0 eb 80 e8 00 00 00 00 48 83 c4 28 5d c3 e8 00 00  .......H..(]....
	0x00b0 00 00 48 83 c4 28 5d c3 48 89 44 24 08 0f 1f 00  ..H..(].H.D$....
	0x00c0 e8 00 00 00 00 48 8b 44 24 08 e9 31 ff ff ff     .....H.D$..1...
	rel 86+4 t=R_PCREL type:noalg.struct { F uintptr; X0 *int; X1 int }+0
	rel 97+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC3+0
	rel 104+4 t=R_PCREL main.main.func1.1+0
	rel 113+4 t=R_PCREL runtime.writeBarrier+-1
	rel 129+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 155+4 t=R_CALL runtime.deferproc+0
	rel 163+4 t=R_CALL runtime.deferreturn+0
	rel 174+4 t=R_CALL runtime.deferreturn+0
	rel 193+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func1.1 STEXT nosplit size=15 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (defer_loop.go:53)	TEXT	main.main.func1.1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (defer_loop.go:53)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (defer_loop.go:53)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (defer_loop.go:53)	MOVQ	8(DX), AX
	0x0004 00004 (defer_loop.go:53)	MOVQ	(AX), CX
	0x0007 00007 (defer_loop.go:53)	ADDQ	16(DX), CX
	0x000b 00011 (defer_loop.go:53)	MOVQ	CX, (AX)
	0x000e 00014 (defer_loop.go:53)	RET
	0x0000 48 8b 42 08 48 8b 08 48 03 4a 10 48 89 08 c3     H.B.H..H.J.H...
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
main.trace SBSS size=24 align=0x0
 SDWARFVAR size=27 align=0x0
	0x0000 0a 6d 61 69 6e 2e 74 72 61 63 65 00 09 03 00 00  .main.trace.....
	0x0010 00 00 00 00 00 00 00 00 00 00 01                 ...........
	rel 14+8 t=R_ADDR main.trace+0
	rel 22+4 t=R_DWARFSECREF go:info.[]int+0
go:string."body " SRODATA dupok size=5 align=0x1
	0x0000 62 6f 64 79 20                                   body 
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
go:string."sum" SRODATA dupok size=3 align=0x1
	0x0000 73 75 6d                                         sum
go:string."sum " SRODATA dupok size=4 align=0x1
	0x0000 73 75 6d 20                                      sum 
go:string."count" SRODATA dupok size=5 align=0x1
	0x0000 63 6f 75 6e 74                                   count
go:string."count " SRODATA dupok size=6 align=0x1
	0x0000 63 6f 75 6e 74 20                                count 
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*struct { F uintptr; X0 *int; X1 int }- SRODATA dupok size=40 align=0x1
	0x0000 00 26 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  .&*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 2a 69 6e 74 3b 20  ntptr; X0 *int; 
	0x0020 58 31 20 69 6e 74 20 7d                          X1 int }
type:noalg.*struct { F uintptr; X0 *int; X1 int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b6 a2 71 24 20 08 08 16 00 00 00 00 00 00 00 00  ..q$ ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *int; X1 int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *int; X1 int }+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.F. SRODATA dupok size=3 align=0x1
	0x0000 01 01 46                                         ..F
type:.namedata.X0. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 30                                      ..X0
type:.namedata.X1. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 31                                      ..X1
type:noalg.struct { F uintptr; X0 *int; X1 int } SRODATA dupok size=152 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 79 bc ad 70 02 08 08 19 00 00 00 00 00 00 00 00  y..p............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *int; X1 int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 *int; X1 int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *int; X1 int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:*int+0
	rel 128+8 t=R_ADDR type:.namedata.X1.+0
	rel 136+8 t=R_ADDR type:int+0
type:.namedata.*struct { F uintptr; X0 int }- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  ..*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 69 6e 74 20 7d     ntptr; X0 int }
type:noalg.*struct { F uintptr; X0 int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 08 96 15 71 20 08 08 16 00 00 00 00 00 00 00 00  ...q ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 int }+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:noalg.struct { F uintptr; X0 int } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 0a 46 a7 44 02 08 08 19 00 00 00 00 00 00 00 00  .F.D............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:int+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.loopDefers.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.loopDefers.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.deferArgs.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.deferArgs.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·wSZsRWWmrOmngSuEx9VDDg== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 03 00 00 00 00 04                    ..........
main.perIteration.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e8 ff ff ff 10 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.perIteration.opendefer SRODATA dupok size=2 align=0x1
	0x0000 29 08                                            ).
main.perIteration.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.perIteration.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·lQLc/x2GdjyVzoSwFUO5pg== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 00 01 02                 ...........
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
main.main.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.main.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
