funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (slice_append_growth.go:4)	TEXT	main.main(SB), ABIInternal, $392-0
     0        00000 (slice_append_growth.go:4)	TEXT	main.main(SB), ABIInternal, $392-0
     0     -1 00000 (slice_append_growth.go:4)	LEAQ	-264(SP), R12
     8        00008 (slice_append_growth.go:4)	CMPQ	R12, 16(R14)
     c        00012 (slice_append_growth.go:4)	PCDATA	$0, $-2
     c        00012 (slice_append_growth.go:4)	JLS	1896
    12        00018 (slice_append_growth.go:4)	PCDATA	$0, $-1
    12        00018 (slice_append_growth.go:4)	PUSHQ	BP
    13        00019 (slice_append_growth.go:4)	MOVQ	SP, BP
    16        00022 (slice_append_growth.go:4)	SUBQ	$384, SP
    1d        00029 (slice_append_growth.go:4)	FUNCDATA	$0, gclocals·3Nf0KxzcHw1JLr11btD+gA==(SB)
    1d        00029 (slice_append_growth.go:4)	FUNCDATA	$1, gclocals·e18Q+zfZawF4TFjCXFCfaA==(SB)
    1d        00029 (slice_append_growth.go:4)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (slice_append_growth.go:7)	MOVQ	$-1, DX
    24        00036 (slice_append_growth.go:7)	XORL	R8, R8
    27        00039 (slice_append_growth.go:7)	XORL	R9, R9
    2a        00042 (slice_append_growth.go:7)	XORL	R10, R10
    2d        00045 (slice_append_growth.go:7)	XORL	AX, AX
    2f        00047 (slice_append_growth.go:7)	XORL	CX, CX
    31        00049 (slice_append_growth.go:7)	JMP	64
    33        00051 (slice_append_growth.go:7)	INCQ	R8
    36        00054 (slice_append_growth.go:7)	MOVQ	BX, AX
    39        00057 (slice_append_growth.go:7)	NOP
    40        00064 (slice_append_growth.go:7)	CMPQ	R8, $2000
    47        00071 (slice_append_growth.go:7)	JGE	314
    4d        00077 (slice_append_growth.go:7)	MOVQ	R8, main.i+160(SP)
    55        00085 (slice_append_growth.go:8)	LEAQ	1(AX), BX
    59        00089 (slice_append_growth.go:8)	CMPQ	CX, BX
    5c        00092 (slice_append_growth.go:8)	JCC	198
    5e        00094 (slice_append_growth.go:7)	MOVB	R9B, main..autotmp_89+71(SP)
    63        00099 (slice_append_growth.go:7)	MOVQ	DX, main.prevCap+136(SP)
    6b        00107 (slice_append_growth.go:8)	CMPQ	BX, $4
    6f        00111 (slice_append_growth.go:8)	JGT	153
    71        00113 (slice_append_growth.go:7)	TESTB	R9B, R9B
    74        00116 (slice_append_growth.go:8)	JNE	153
    76        00118 (slice_append_growth.go:8)	TESTQ	AX, AX
    79        00121 (slice_append_growth.go:8)	JNE	153
    7b        00123 (slice_append_growth.go:8)	LEAQ	main..autotmp_52+216(SP), R10
    83        00131 (slice_append_growth.go:8)	MOVUPS	X15, (R10)
    87        00135 (slice_append_growth.go:8)	MOVUPS	X15, 16(R10)
    8c        00140 (slice_append_growth.go:8)	MOVL	$4, CX
    91        00145 (slice_append_growth.go:8)	MOVL	$1, R9
    97        00151 (slice_append_growth.go:8)	JMP	198
    99        00153 (slice_append_growth.go:8)	MOVQ	R10, AX
    9c        00156 (slice_append_growth.go:8)	MOVL	$1, DI
    a1        00161 (slice_append_growth.go:8)	LEAQ	type:int(SB), SI
    a8        00168 (slice_append_growth.go:8)	PCDATA	$1, $0
    a8        00168 (slice_append_growth.go:8)	CALL	runtime.growslice(SB)
    ad        00173 (slice_append_growth.go:9)	MOVQ	main.prevCap+136(SP), DX
    b5        00181 (slice_append_growth.go:8)	MOVQ	main.i+160(SP), R8
    bd        00189 (slice_append_growth.go:9)	MOVQ	AX, R10
    c0        00192 (slice_append_growth.go:9)	MOVBLZX	main..autotmp_89+71(SP), R9
    c6        00198 (slice_append_growth.go:8)	MOVQ	R8, -8(R10)(BX*8)
    cb        00203 (slice_append_growth.go:9)	CMPQ	CX, DX
    ce        00206 (slice_append_growth.go:9)	JEQ	51
    d4        00212 (slice_append_growth.go:9)	MOVQ	R10, main.s.ptr+320(SP)
    dc        00220 (slice_append_growth.go:9)	MOVQ	BX, main.s.len+120(SP)
    e1        00225 (slice_append_growth.go:9)	MOVQ	CX, main.s.cap+128(SP)
    e9        00233 (slice_append_growth.go:9)	MOVB	R9B, main..autotmp_90+70(SP)
    ee        00238 (slice_append_growth.go:10)	PCDATA	$1, $1
    ee        00238 (slice_append_growth.go:10)	CALL	runtime.printlock(SB)
    f3        00243 (slice_append_growth.go:10)	MOVQ	main.s.cap+128(SP), AX
    fb        00251 (slice_append_growth.go:10)	NOP
   100        00256 (slice_append_growth.go:10)	CALL	runtime.printint(SB)
   105        00261 (slice_append_growth.go:10)	CALL	runtime.printsp(SB)
   10a        00266 (slice_append_growth.go:10)	CALL	runtime.printunlock(SB)
   10f        00271 (slice_append_growth.go:7)	MOVQ	main.s.cap+128(SP), CX
   117        00279 (slice_append_growth.go:7)	MOVQ	main.s.len+120(SP), BX
   11c        00284 (slice_append_growth.go:7)	MOVQ	main.i+160(SP), R8
   124        00292 (slice_append_growth.go:7)	MOVBLZX	main..autotmp_90+70(SP), R9
   12a        00298 (slice_append_growth.go:7)	MOVQ	main.s.ptr+320(SP), R10
   132        00306 (<unknown line number>)	MOVQ	CX, DX
   135        00309 (slice_append_growth.go:11)	JMP	51
   13a        00314 (slice_append_growth.go:7)	MOVQ	AX, main.s.len+120(SP)
   13f        00319 (slice_append_growth.go:7)	MOVQ	R10, main..autotmp_91+344(SP)
   147        00327 (slice_append_growth.go:14)	PCDATA	$1, $2
   147        00327 (slice_append_growth.go:14)	CALL	runtime.printlock(SB)
   14c        00332 (slice_append_growth.go:14)	CALL	runtime.printnl(SB)
   151        00337 (slice_append_growth.go:14)	CALL	runtime.printunlock(SB)
   156        00342 (slice_append_growth.go:15)	MOVQ	main.s.len+120(SP), AX
   15b        00347 (slice_append_growth.go:15)	NOP
   160        00352 (slice_append_growth.go:15)	CMPQ	AX, $1999
   166        00358 (slice_append_growth.go:15)	JLS	1885
   16c        00364 (slice_append_growth.go:15)	MOVQ	main..autotmp_91+344(SP), AX
   174        00372 (slice_append_growth.go:15)	MOVQ	15992(AX), AX
   17b        00379 (slice_append_growth.go:15)	MOVQ	AX, main..autotmp_92+208(SP)
   183        00387 (slice_append_growth.go:15)	PCDATA	$1, $0
   183        00387 (slice_append_growth.go:15)	CALL	runtime.printlock(SB)
   188        00392 (slice_append_growth.go:15)	MOVQ	main.s.len+120(SP), AX
   18d        00397 (slice_append_growth.go:15)	CALL	runtime.printint(SB)
   192        00402 (slice_append_growth.go:15)	CALL	runtime.printsp(SB)
   197        00407 (slice_append_growth.go:15)	MOVQ	main..autotmp_92+208(SP), AX
   19f        00415 (slice_append_growth.go:15)	NOP
   1a0        00416 (slice_append_growth.go:15)	CALL	runtime.printint(SB)
   1a5        00421 (slice_append_growth.go:15)	CALL	runtime.printnl(SB)
   1aa        00426 (slice_append_growth.go:15)	CALL	runtime.printunlock(SB)
   1af        00431 (slice_append_growth.go:20)	CALL	runtime.printlock(SB)
   1b4        00436 (slice_append_growth.go:20)	MOVL	$5, AX
   1b9        00441 (slice_append_growth.go:20)	CALL	runtime.printint(SB)
   1be        00446 (slice_append_growth.go:20)	NOP
   1c0        00448 (slice_append_growth.go:20)	CALL	runtime.printsp(SB)
   1c5        00453 (slice_append_growth.go:20)	MOVL	$5, AX
   1ca        00458 (slice_append_growth.go:20)	CALL	runtime.printint(SB)
   1cf        00463 (slice_append_growth.go:20)	CALL	runtime.printsp(SB)
   1d4        00468 (slice_append_growth.go:20)	MOVL	$3, AX
   1d9        00473 (slice_append_growth.go:20)	CALL	runtime.printint(SB)
   1de        00478 (slice_append_growth.go:20)	NOP
   1e0        00480 (slice_append_growth.go:20)	CALL	runtime.printsp(SB)
   1e5        00485 (slice_append_growth.go:20)	MOVL	$4, AX
   1ea        00490 (slice_append_growth.go:20)	CALL	runtime.printint(SB)
   1ef        00495 (slice_append_growth.go:20)	CALL	runtime.printsp(SB)
   1f4        00500 (slice_append_growth.go:20)	MOVL	$10, AX
   1f9        00505 (slice_append_growth.go:20)	CALL	runtime.printint(SB)
   1fe        00510 (slice_append_growth.go:20)	NOP
   200        00512 (slice_append_growth.go:20)	CALL	runtime.printnl(SB)
   205        00517 (slice_append_growth.go:20)	CALL	runtime.printunlock(SB)
   20a        00522 (slice_append_growth.go:22)	MOVQ	$1, main..autotmp_22+288(SP)
   216        00534 (slice_append_growth.go:22)	MOVQ	$2, main..autotmp_22+296(SP)
   222        00546 (slice_append_growth.go:22)	MOVQ	$3, main..autotmp_22+304(SP)
   22e        00558 (slice_append_growth.go:23)	LEAQ	main..autotmp_22+288(SP), AX
   236        00566 (slice_append_growth.go:23)	MOVL	$4, BX
   23b        00571 (slice_append_growth.go:23)	MOVL	$3, CX
   240        00576 (slice_append_growth.go:23)	MOVL	$1, DI
   245        00581 (slice_append_growth.go:23)	LEAQ	type:int(SB), SI
   24c        00588 (slice_append_growth.go:23)	CALL	runtime.growslice(SB)
   251        00593 (slice_append_growth.go:23)	MOVQ	$4, 24(AX)
   259        00601 (slice_append_growth.go:24)	MOVQ	$100, (AX)
   260        00608 (slice_append_growth.go:25)	MOVQ	main..autotmp_22+288(SP), AX
   268        00616 (slice_append_growth.go:25)	MOVQ	AX, main..autotmp_92+208(SP)
   270        00624 (slice_append_growth.go:25)	CALL	runtime.printlock(SB)
   275        00629 (slice_append_growth.go:25)	MOVQ	main..autotmp_92+208(SP), AX
   27d        00637 (slice_append_growth.go:25)	NOP
   280        00640 (slice_append_growth.go:25)	CALL	runtime.printint(SB)
   285        00645 (slice_append_growth.go:25)	CALL	runtime.printsp(SB)
   28a        00650 (slice_append_growth.go:25)	MOVL	$100, AX
   28f        00655 (slice_append_growth.go:25)	CALL	runtime.printint(SB)
   294        00660 (slice_append_growth.go:25)	CALL	runtime.printsp(SB)
   299        00665 (slice_append_growth.go:25)	MOVL	$4, AX
   29e        00670 (slice_append_growth.go:25)	NOP
   2a0        00672 (slice_append_growth.go:25)	CALL	runtime.printint(SB)
   2a5        00677 (slice_append_growth.go:25)	CALL	runtime.printnl(SB)
   2aa        00682 (slice_append_growth.go:25)	CALL	runtime.printunlock(SB)
   2af        00687 (slice_append_growth.go:27)	LEAQ	main..autotmp_27+288(SP), AX
   2b7        00695 (slice_append_growth.go:27)	MOVL	$3, BX
   2bc        00700 (slice_append_growth.go:27)	XORL	CX, CX
   2be        00702 (slice_append_growth.go:27)	MOVL	BX, DI
   2c0        00704 (slice_append_growth.go:27)	LEAQ	type:int(SB), SI
   2c7        00711 (slice_append_growth.go:27)	CALL	runtime.growslice(SB)
   2cc        00716 (slice_append_growth.go:27)	MOVQ	AX, main.f.ptr+328(SP)
   2d4        00724 (slice_append_growth.go:27)	MOVQ	CX, main.f.cap+168(SP)
   2dc        00732 (slice_append_growth.go:27)	LEAQ	main..autotmp_22+288(SP), BX
   2e4        00740 (slice_append_growth.go:27)	MOVL	$24, CX
   2e9        00745 (slice_append_growth.go:27)	PCDATA	$1, $3
   2e9        00745 (slice_append_growth.go:27)	CALL	runtime.memmove(SB)
   2ee        00750 (slice_append_growth.go:28)	MOVQ	main.f.cap+168(SP), CX
   2f6        00758 (slice_append_growth.go:28)	CMPQ	CX, $6
   2fa        00762 (slice_append_growth.go:28)	JCS	774
   2fc        00764 (slice_append_growth.go:28)	MOVQ	main.f.ptr+328(SP), AX
   304        00772 (slice_append_growth.go:28)	JMP	805
   306        00774 (slice_append_growth.go:28)	MOVQ	main.f.ptr+328(SP), AX
   30e        00782 (slice_append_growth.go:28)	MOVL	$6, BX
   313        00787 (slice_append_growth.go:28)	MOVL	$3, DI
   318        00792 (slice_append_growth.go:28)	LEAQ	type:int(SB), SI
   31f        00799 (slice_append_growth.go:28)	PCDATA	$1, $0
   31f        00799 (slice_append_growth.go:28)	NOP
   320        00800 (slice_append_growth.go:28)	CALL	runtime.growslice(SB)
   325        00805 (slice_append_growth.go:28)	MOVQ	AX, main.f.ptr+328(SP)
   32d        00813 (slice_append_growth.go:28)	MOVQ	CX, main.f.cap+168(SP)
   335        00821 (slice_append_growth.go:28)	ADDQ	$24, AX
   339        00825 (slice_append_growth.go:28)	LEAQ	main..autotmp_22+288(SP), BX
   341        00833 (slice_append_growth.go:28)	MOVL	$24, CX
   346        00838 (slice_append_growth.go:28)	PCDATA	$1, $3
   346        00838 (slice_append_growth.go:28)	CALL	runtime.memmove(SB)
   34b        00843 (slice_append_growth.go:29)	MOVQ	main.f.cap+168(SP), CX
   353        00851 (slice_append_growth.go:29)	CMPQ	CX, $12
   357        00855 (slice_append_growth.go:29)	JCS	867
   359        00857 (slice_append_growth.go:29)	MOVQ	main.f.ptr+328(SP), AX
   361        00865 (slice_append_growth.go:29)	JMP	901
   363        00867 (slice_append_growth.go:29)	MOVQ	main.f.ptr+328(SP), AX
   36b        00875 (slice_append_growth.go:29)	MOVL	$12, BX
   370        00880 (slice_append_growth.go:29)	MOVL	$6, DI
   375        00885 (slice_append_growth.go:29)	LEAQ	type:int(SB), SI
   37c        00892 (slice_append_growth.go:29)	NOP
   380        00896 (slice_append_growth.go:29)	CALL	runtime.growslice(SB)
   385        00901 (slice_append_growth.go:29)	MOVQ	AX, main..autotmp_91+344(SP)
   38d        00909 (slice_append_growth.go:29)	ADDQ	$48, AX
   391        00913 (slice_append_growth.go:29)	MOVQ	main.f.ptr+328(SP), BX
   399        00921 (slice_append_growth.go:29)	MOVL	$48, CX
   39e        00926 (slice_append_growth.go:29)	PCDATA	$1, $2
   39e        00926 (slice_append_growth.go:29)	NOP
   3a0        00928 (slice_append_growth.go:29)	CALL	runtime.memmove(SB)
   3a5        00933 (slice_append_growth.go:30)	MOVQ	main..autotmp_91+344(SP), DX
   3ad        00941 (slice_append_growth.go:30)	MOVQ	(DX), SI
   3b0        00944 (slice_append_growth.go:30)	MOVQ	SI, main..autotmp_92+208(SP)
   3b8        00952 (slice_append_growth.go:30)	MOVQ	88(DX), DX
   3bc        00956 (slice_append_growth.go:30)	MOVQ	DX, main..autotmp_93+200(SP)
   3c4        00964 (slice_append_growth.go:30)	PCDATA	$1, $0
   3c4        00964 (slice_append_growth.go:30)	CALL	runtime.printlock(SB)
   3c9        00969 (slice_append_growth.go:30)	MOVL	$12, AX
   3ce        00974 (slice_append_growth.go:30)	CALL	runtime.printint(SB)
   3d3        00979 (slice_append_growth.go:30)	CALL	runtime.printsp(SB)
   3d8        00984 (slice_append_growth.go:30)	MOVQ	main..autotmp_92+208(SP), AX
   3e0        00992 (slice_append_growth.go:30)	CALL	runtime.printint(SB)
   3e5        00997 (slice_append_growth.go:30)	CALL	runtime.printsp(SB)
   3ea        01002 (slice_append_growth.go:30)	MOVQ	main..autotmp_93+200(SP), AX
   3f2        01010 (slice_append_growth.go:30)	CALL	runtime.printint(SB)
   3f7        01015 (slice_append_growth.go:30)	CALL	runtime.printnl(SB)
   3fc        01020 (slice_append_growth.go:30)	NOP
   400        01024 (slice_append_growth.go:30)	CALL	runtime.printunlock(SB)
   405        01029 (slice_append_growth.go:33)	XORL	AX, AX
   407        01031 (slice_append_growth.go:33)	MOVL	$5, BX
   40c        01036 (slice_append_growth.go:33)	XORL	CX, CX
   40e        01038 (slice_append_growth.go:33)	MOVL	BX, DI
   410        01040 (slice_append_growth.go:33)	LEAQ	type:uint8(SB), SI
   417        01047 (slice_append_growth.go:33)	CALL	runtime.growslice(SB)
   41c        01052 (slice_append_growth.go:33)	MOVL	$1819043176, (AX)
   422        01058 (slice_append_growth.go:33)	MOVB	$111, 4(AX)
   426        01062 (slice_append_growth.go:34)	CMPQ	CX, $7
   42a        01066 (slice_append_growth.go:34)	JCC	1093
   42c        01068 (slice_append_growth.go:34)	MOVL	$7, BX
   431        01073 (slice_append_growth.go:34)	MOVL	$2, DI
   436        01078 (slice_append_growth.go:34)	LEAQ	type:uint8(SB), SI
   43d        01085 (slice_append_growth.go:34)	NOP
   440        01088 (slice_append_growth.go:34)	CALL	runtime.growslice(SB)
   445        01093 (slice_append_growth.go:34)	MOVW	$30496, 5(AX)
   44b        01099 (slice_append_growth.go:35)	MOVQ	AX, BX
   44e        01102 (slice_append_growth.go:35)	MOVL	$7, CX
   453        01107 (slice_append_growth.go:35)	LEAQ	main..autotmp_47+72(SP), AX
   458        01112 (slice_append_growth.go:35)	CALL	runtime.slicebytetostring(SB)
   45d        01117 (slice_append_growth.go:35)	MOVQ	AX, main..autotmp_94+336(SP)
   465        01125 (slice_append_growth.go:35)	MOVQ	BX, main..autotmp_92+208(SP)
   46d        01133 (slice_append_growth.go:35)	PCDATA	$1, $4
   46d        01133 (slice_append_growth.go:35)	CALL	runtime.printlock(SB)
   472        01138 (slice_append_growth.go:35)	MOVQ	main..autotmp_94+336(SP), AX
   47a        01146 (slice_append_growth.go:35)	MOVQ	main..autotmp_92+208(SP), BX
   482        01154 (slice_append_growth.go:35)	PCDATA	$1, $0
   482        01154 (slice_append_growth.go:35)	CALL	runtime.printstring(SB)
   487        01159 (slice_append_growth.go:35)	CALL	runtime.printsp(SB)
   48c        01164 (slice_append_growth.go:35)	MOVL	$7, AX
   491        01169 (slice_append_growth.go:35)	CALL	runtime.printint(SB)
   496        01174 (slice_append_growth.go:35)	CALL	runtime.printnl(SB)
   49b        01179 (slice_append_growth.go:35)	NOP
   4a0        01184 (slice_append_growth.go:35)	CALL	runtime.printunlock(SB)
   4a5        01189 (slice_append_growth.go:35)	XORL	AX, AX
   4a7        01191 (slice_append_growth.go:35)	XORL	CX, CX
   4a9        01193 (slice_append_growth.go:35)	XORL	DX, DX
   4ab        01195 (slice_append_growth.go:35)	XORL	BX, BX
   4ad        01197 (slice_append_growth.go:35)	XORL	SI, SI
   4af        01199 (slice_append_growth.go:38)	JMP	1227
   4b1        01201 (slice_append_growth.go:39)	PCDATA	$0, $-2
   4b1        01201 (slice_append_growth.go:39)	MOVQ	AX, (DI)(R8*1)
   4b5        01205 (slice_append_growth.go:38)	PCDATA	$0, $-1
   4b5        01205 (slice_append_growth.go:38)	MOVQ	main.i+152(SP), AX
   4bd        01213 (slice_append_growth.go:38)	INCQ	AX
   4c0        01216 (slice_append_growth.go:38)	MOVQ	DI, BX
   4c3        01219 (slice_append_growth.go:38)	MOVQ	CX, R8
   4c6        01222 (slice_append_growth.go:38)	MOVL	SI, CX
   4c8        01224 (slice_append_growth.go:38)	MOVQ	R8, SI
   4cb        01227 (slice_append_growth.go:38)	MOVQ	DX, main.strs.len+104(SP)
   4d0        01232 (slice_append_growth.go:38)	CMPQ	AX, $5
   4d4        01236 (slice_append_growth.go:38)	JGE	1503
   4da        01242 (slice_append_growth.go:38)	MOVQ	SI, main.strs.cap+112(SP)
   4df        01247 (slice_append_growth.go:38)	MOVQ	AX, main.i+152(SP)
   4e7        01255 (slice_append_growth.go:38)	MOVB	CL, main..autotmp_89+71(SP)
   4eb        01259 (slice_append_growth.go:38)	MOVQ	BX, main.strs.ptr+312(SP)
   4f3        01267 (slice_append_growth.go:39)	LEAQ	1(DX), CX
   4f7        01271 (slice_append_growth.go:39)	MOVQ	CX, main..autotmp_92+208(SP)
   4ff        01279 (slice_append_growth.go:39)	LEAQ	97(AX), CX
   503        01283 (slice_append_growth.go:39)	MOVLQSX	CX, BX
   506        01286 (slice_append_growth.go:39)	XORL	AX, AX
   508        01288 (slice_append_growth.go:39)	PCDATA	$1, $5
   508        01288 (slice_append_growth.go:39)	CALL	runtime.intstring(SB)
   50d        01293 (slice_append_growth.go:39)	MOVQ	main.strs.cap+112(SP), CX
   512        01298 (slice_append_growth.go:39)	MOVQ	main..autotmp_92+208(SP), DX
   51a        01306 (slice_append_growth.go:39)	CMPQ	CX, DX
   51d        01309 (slice_append_growth.go:39)	JCS	1329
   51f        01311 (slice_append_growth.go:39)	MOVQ	main.strs.ptr+312(SP), DI
   527        01319 (slice_append_growth.go:39)	MOVBLZX	main..autotmp_89+71(SP), SI
   52c        01324 (slice_append_growth.go:39)	JMP	1456
   531        01329 (slice_append_growth.go:39)	MOVQ	BX, main..autotmp_93+200(SP)
   539        01337 (slice_append_growth.go:39)	MOVQ	AX, main..autotmp_94+336(SP)
   541        01345 (slice_append_growth.go:39)	CMPQ	DX, $2
   545        01349 (slice_append_growth.go:39)	JGT	1401
   547        01351 (slice_append_growth.go:38)	MOVBLZX	main..autotmp_89+71(SP), R8
   54d        01357 (slice_append_growth.go:38)	TESTB	R8B, R8B
   550        01360 (slice_append_growth.go:39)	JNE	1401
   552        01362 (slice_append_growth.go:39)	MOVQ	main.strs.len+104(SP), R9
   557        01367 (slice_append_growth.go:39)	TESTQ	R9, R9
   55a        01370 (slice_append_growth.go:39)	JNE	1401
   55c        01372 (slice_append_growth.go:39)	LEAQ	main..autotmp_60+352(SP), DI
   564        01380 (slice_append_growth.go:39)	MOVUPS	X15, (DI)
   568        01384 (slice_append_growth.go:39)	MOVUPS	X15, 16(DI)
   56d        01389 (slice_append_growth.go:39)	MOVL	$2, CX
   572        01394 (slice_append_growth.go:39)	MOVL	$1, SI
   577        01399 (slice_append_growth.go:39)	JMP	1456
   579        01401 (slice_append_growth.go:39)	MOVQ	main.strs.ptr+312(SP), AX
   581        01409 (slice_append_growth.go:39)	MOVQ	DX, BX
   584        01412 (slice_append_growth.go:39)	MOVL	$1, DI
   589        01417 (slice_append_growth.go:39)	LEAQ	type:string(SB), SI
   590        01424 (slice_append_growth.go:39)	PCDATA	$1, $4
   590        01424 (slice_append_growth.go:39)	CALL	runtime.growslice(SB)
   595        01429 (slice_append_growth.go:39)	MOVQ	AX, DI
   598        01432 (slice_append_growth.go:39)	MOVQ	BX, DX
   59b        01435 (slice_append_growth.go:39)	MOVBLZX	main..autotmp_89+71(SP), SI
   5a0        01440 (slice_append_growth.go:39)	MOVQ	main..autotmp_94+336(SP), AX
   5a8        01448 (slice_append_growth.go:39)	MOVQ	main..autotmp_93+200(SP), BX
   5b0        01456 (slice_append_growth.go:39)	LEAQ	-1(DX), R8
   5b4        01460 (slice_append_growth.go:39)	SHLQ	$4, R8
   5b8        01464 (slice_append_growth.go:39)	MOVQ	BX, 8(DI)(R8*1)
   5bd        01469 (slice_append_growth.go:39)	CMPL	runtime.writeBarrier(SB), $0
   5c4        01476 (slice_append_growth.go:39)	PCDATA	$0, $-2
   5c4        01476 (slice_append_growth.go:39)	JEQ	1201
   5ca        01482 (slice_append_growth.go:39)	MOVQ	(DI)(R8*1), R9
   5ce        01486 (slice_append_growth.go:39)	CALL	runtime.gcWriteBarrier2(SB)
   5d3        01491 (slice_append_growth.go:39)	MOVQ	AX, (R11)
   5d6        01494 (slice_append_growth.go:39)	MOVQ	R9, 8(R11)
   5da        01498 (slice_append_growth.go:39)	JMP	1201
   5df        01503 (slice_append_growth.go:41)	PCDATA	$0, $-1
   5df        01503 (slice_append_growth.go:41)	NOP
   5e0        01504 (slice_append_growth.go:41)	CMPQ	DX, $4
   5e4        01508 (slice_append_growth.go:41)	JLS	1880
   5ea        01514 (slice_append_growth.go:41)	MOVQ	64(BX), AX
   5ee        01518 (slice_append_growth.go:41)	MOVQ	AX, main..autotmp_94+336(SP)
   5f6        01526 (slice_append_growth.go:41)	MOVQ	72(BX), AX
   5fa        01530 (slice_append_growth.go:41)	MOVQ	AX, main..autotmp_92+208(SP)
   602        01538 (slice_append_growth.go:41)	CALL	runtime.printlock(SB)
   607        01543 (slice_append_growth.go:41)	MOVQ	main.strs.len+104(SP), AX
   60c        01548 (slice_append_growth.go:41)	CALL	runtime.printint(SB)
   611        01553 (slice_append_growth.go:41)	CALL	runtime.printsp(SB)
   616        01558 (slice_append_growth.go:41)	MOVQ	main..autotmp_94+336(SP), AX
   61e        01566 (slice_append_growth.go:41)	MOVQ	main..autotmp_92+208(SP), BX
   626        01574 (slice_append_growth.go:41)	PCDATA	$1, $0
   626        01574 (slice_append_growth.go:41)	CALL	runtime.printstring(SB)
   62b        01579 (slice_append_growth.go:41)	CALL	runtime.printnl(SB)
   630        01584 (slice_append_growth.go:41)	CALL	runtime.printunlock(SB)
   635        01589 (slice_append_growth.go:45)	XORL	AX, AX
   637        01591 (slice_append_growth.go:45)	XORL	CX, CX
   639        01593 (slice_append_growth.go:45)	XORL	DX, DX
   63b        01595 (slice_append_growth.go:45)	XORL	BX, BX
   63d        01597 (slice_append_growth.go:45)	JMP	1642
   63f        01599 (slice_append_growth.go:46)	LEAQ	(BX)(BX*4), R9
   643        01603 (slice_append_growth.go:46)	LEAQ	(CX)(R9*8), R9
   647        01607 (slice_append_growth.go:46)	LEAQ	-40(R9), R9
   64b        01611 (slice_append_growth.go:46)	MOVUPS	(R8), X14
   64f        01615 (slice_append_growth.go:46)	MOVUPS	X14, (R9)
   653        01619 (slice_append_growth.go:46)	MOVUPS	16(R8), X14
   658        01624 (slice_append_growth.go:46)	MOVUPS	X14, 16(R9)
   65d        01629 (slice_append_growth.go:46)	MOVUPS	24(R8), X14
   662        01634 (slice_append_growth.go:46)	MOVUPS	X14, 24(R9)
   667        01639 (slice_append_growth.go:45)	INCQ	DX
   66a        01642 (slice_append_growth.go:45)	CMPQ	DX, $100
   66e        01646 (slice_append_growth.go:45)	JGE	1750
   670        01648 (slice_append_growth.go:46)	LEAQ	main..autotmp_50+248(SP), R8
   678        01656 (slice_append_growth.go:46)	MOVUPS	X15, (R8)
   67c        01660 (slice_append_growth.go:46)	MOVUPS	X15, 16(R8)
   681        01665 (slice_append_growth.go:46)	MOVUPS	X15, 24(R8)
   686        01670 (slice_append_growth.go:46)	MOVQ	DX, main..autotmp_50+248(SP)
   68e        01678 (slice_append_growth.go:46)	INCQ	BX
   691        01681 (slice_append_growth.go:46)	CMPQ	AX, BX
   694        01684 (slice_append_growth.go:46)	JCC	1599
   696        01686 (slice_append_growth.go:45)	MOVQ	DX, main.i+144(SP)
   69e        01694 (slice_append_growth.go:46)	MOVL	$1, DI
   6a3        01699 (slice_append_growth.go:46)	LEAQ	type:main.big·1(SB), SI
   6aa        01706 (slice_append_growth.go:45)	MOVQ	AX, DX
   6ad        01709 (slice_append_growth.go:46)	MOVQ	CX, AX
   6b0        01712 (slice_append_growth.go:46)	MOVQ	DX, CX
   6b3        01715 (slice_append_growth.go:46)	CALL	runtime.growslice(SB)
   6b8        01720 (slice_append_growth.go:45)	MOVQ	main.i+144(SP), DX
   6c0        01728 (slice_append_growth.go:46)	LEAQ	main..autotmp_50+248(SP), R8
   6c8        01736 (slice_append_growth.go:46)	MOVQ	CX, SI
   6cb        01739 (slice_append_growth.go:46)	MOVQ	AX, CX
   6ce        01742 (slice_append_growth.go:46)	MOVQ	SI, AX
   6d1        01745 (slice_append_growth.go:46)	JMP	1599
   6d6        01750 (slice_append_growth.go:48)	CMPQ	BX, $99
   6da        01754 (slice_append_growth.go:48)	JLS	1870
   6dc        01756 (slice_append_growth.go:45)	MOVQ	AX, main.bb.cap+184(SP)
   6e4        01764 (slice_append_growth.go:45)	MOVQ	BX, main.bb.len+176(SP)
   6ec        01772 (slice_append_growth.go:48)	MOVQ	3960(CX), AX
   6f3        01779 (slice_append_growth.go:48)	MOVQ	AX, main..autotmp_95+192(SP)
   6fb        01787 (slice_append_growth.go:48)	NOP
   700        01792 (slice_append_growth.go:48)	CALL	runtime.printlock(SB)
   705        01797 (slice_append_growth.go:48)	MOVQ	main.bb.len+176(SP), AX
   70d        01805 (slice_append_growth.go:48)	CALL	runtime.printint(SB)
   712        01810 (slice_append_growth.go:48)	CALL	runtime.printsp(SB)
   717        01815 (slice_append_growth.go:48)	MOVQ	main.bb.cap+184(SP), AX
   71f        01823 (slice_append_growth.go:48)	NOP
   720        01824 (slice_append_growth.go:48)	CALL	runtime.printint(SB)
   725        01829 (slice_append_growth.go:48)	CALL	runtime.printsp(SB)
   72a        01834 (slice_append_growth.go:48)	MOVQ	main..autotmp_95+192(SP), AX
   732        01842 (slice_append_growth.go:48)	CALL	runtime.printint(SB)
   737        01847 (slice_append_growth.go:48)	CALL	runtime.printnl(SB)
   73c        01852 (slice_append_growth.go:48)	NOP
   740        01856 (slice_append_growth.go:48)	CALL	runtime.printunlock(SB)
   745        01861 (slice_append_growth.go:49)	ADDQ	$384, SP
   74c        01868 (slice_append_growth.go:49)	POPQ	BP
   74d        01869 (slice_append_growth.go:49)	RET
   74e        01870 (slice_append_growth.go:48)	MOVQ	$99, AX
   753        01875 (slice_append_growth.go:48)	PCDATA	$4, $3519
   753        01875 (slice_append_growth.go:48)	CALL	runtime.panicBounds(SB)
   758        01880 (slice_append_growth.go:41)	PCDATA	$4, $2466
   758        01880 (slice_append_growth.go:41)	CALL	runtime.panicBounds(SB)
   75d        01885 (slice_append_growth.go:15)	MOVQ	$1999, CX
   762        01890 (slice_append_growth.go:15)	PCDATA	$4, $135
   762        01890 (slice_append_growth.go:15)	CALL	runtime.panicBounds(SB)
   767        01895 (slice_append_growth.go:15)	XCHGL	AX, AX
   768        01896 (slice_append_growth.go:15)	NOP
   768        01896 (slice_append_growth.go:4)	PCDATA	$1, $-1
   768        01896 (slice_append_growth.go:4)	PCDATA	$0, $-2
   768        01896 (slice_append_growth.go:4)	CALL	runtime.morestack_noctxt(SB)
   76d        01901 (slice_append_growth.go:4)	PCDATA	$0, $-1
   76d        01901 (slice_append_growth.go:4)	JMP	0
   772 done
wrote 4 bytes to 0x0
 00 f2 0e 00
main.main STEXT size=1906 align=0x0 args=0x0 locals=0x188 funcid=0x0
	0x0000 00000 (slice_append_growth.go:4)	TEXT	main.main(SB), ABIInternal, $392-0
	0x0000 00000 (slice_append_growth.go:4)	LEAQ	-264(SP), R12
	0x0008 00008 (slice_append_growth.go:4)	CMPQ	R12, 16(R14)
	0x000c 00012 (slice_append_growth.go:4)	PCDATA	$0, $-2
	0x000c 00012 (slice_append_growth.go:4)	JLS	1896
	0x0012 00018 (slice_append_growth.go:4)	PCDATA	$0, $-1
	0x0012 00018 (slice_append_growth.go:4)	PUSHQ	BP
	0x0013 00019 (slice_append_growth.go:4)	MOVQ	SP, BP
	0x0016 00022 (slice_append_growth.go:4)	SUBQ	$384, SP
	0x001d 00029 (slice_append_growth.go:4)	FUNCDATA	$0, gclocals·3Nf0KxzcHw1JLr11btD+gA==(SB)
	0x001d 00029 (slice_append_growth.go:4)	FUNCDATA	$1, gclocals·e18Q+zfZawF4TFjCXFCfaA==(SB)
	0x001d 00029 (slice_append_growth.go:4)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (slice_append_growth.go:7)	MOVQ	$-1, DX
	0x0024 00036 (slice_append_growth.go:7)	XORL	R8, R8
	0x0027 00039 (slice_append_growth.go:7)	XORL	R9, R9
	0x002a 00042 (slice_append_growth.go:7)	XORL	R10, R10
	0x002d 00045 (slice_append_growth.go:7)	XORL	AX, AX
	0x002f 00047 (slice_append_growth.go:7)	XORL	CX, CX
	0x0031 00049 (slice_append_growth.go:7)	JMP	64
	0x0033 00051 (slice_append_growth.go:7)	INCQ	R8
	0x0036 00054 (slice_append_growth.go:7)	MOVQ	BX, AX
	0x0039 00057 (slice_append_growth.go:7)	NOP
	0x0040 00064 (slice_append_growth.go:7)	CMPQ	R8, $2000
	0x0047 00071 (slice_append_growth.go:7)	JGE	314
	0x004d 00077 (slice_append_growth.go:7)	MOVQ	R8, main.i+160(SP)
	0x0055 00085 (slice_append_growth.go:8)	LEAQ	1(AX), BX
	0x0059 00089 (slice_append_growth.go:8)	CMPQ	CX, BX
	0x005c 00092 (slice_append_growth.go:8)	JCC	198
	0x005e 00094 (slice_append_growth.go:7)	MOVB	R9B, main..autotmp_89+71(SP)
	0x0063 00099 (slice_append_growth.go:7)	MOVQ	DX, main.prevCap+136(SP)
	0x006b 00107 (slice_append_growth.go:8)	CMPQ	BX, $4
	0x006f 00111 (slice_append_growth.go:8)	JGT	153
	0x0071 00113 (slice_append_growth.go:7)	TESTB	R9B, R9B
	0x0074 00116 (slice_append_growth.go:8)	JNE	153
	0x0076 00118 (slice_append_growth.go:8)	TESTQ	AX, AX
	0x0079 00121 (slice_append_growth.go:8)	JNE	153
	0x007b 00123 (slice_append_growth.go:8)	LEAQ	main..autotmp_52+216(SP), R10
	0x0083 00131 (slice_append_growth.go:8)	MOVUPS	X15, (R10)
	0x0087 00135 (slice_append_growth.go:8)	MOVUPS	X15, 16(R10)
	0x008c 00140 (slice_append_growth.go:8)	MOVL	$4, CX
	0x0091 00145 (slice_append_growth.go:8)	MOVL	$1, R9
	0x0097 00151 (slice_append_growth.go:8)	JMP	198
	0x0099 00153 (slice_append_growth.go:8)	MOVQ	R10, AX
	0x009c 00156 (slice_append_growth.go:8)	MOVL	$1, DI
	0x00a1 00161 (slice_append_growth.go:8)	LEAQ	type:int(SB), SI
	0x00a8 00168 (slice_append_growth.go:8)	PCDATA	$1, $0
	0x00a8 00168 (slice_append_growth.go:8)	CALL	runtime.growslice(SB)
	0x00ad 00173 (slice_append_growth.go:9)	MOVQ	main.prevCap+136(SP), DX
	0x00b5 00181 (slice_append_growth.go:8)	MOVQ	main.i+160(SP), R8
	0x00bd 00189 (slice_append_growth.go:9)	MOVQ	AX, R10
	0x00c0 00192 (slice_append_growth.go:9)	MOVBLZX	main..autotmp_89+71(SP), R9
	0x00c6 00198 (slice_append_growth.go:8)	MOVQ	R8, -8(R10)(BX*8)
	0x00cb 00203 (slice_append_growth.go:9)	CMPQ	CX, DX
	0x00ce 00206 (slice_append_growth.go:9)	JEQ	51
	0x00d4 00212 (slice_append_growth.go:9)	MOVQ	R10, main.s.ptr+320(SP)
	0x00dc 00220 (slice_append_growth.go:9)	MOVQ	BX, main.s.len+120(SP)
	0x00e1 00225 (slice_append_growth.go:9)	MOVQ	CX, main.s.cap+128(SP)
	0x00e9 00233 (slice_append_growth.go:9)	MOVB	R9B, main..autotmp_90+70(SP)
	0x00ee 00238 (slice_append_growth.go:10)	PCDATA	$1, $1
	0x00ee 00238 (slice_append_growth.go:10)	CALL	runtime.printlock(SB)
	0x00f3 00243 (slice_append_growth.go:10)	MOVQ	main.s.cap+128(SP), AX
	0x00fb 00251 (slice_append_growth.go:10)	NOP
	0x0100 00256 (slice_append_growth.go:10)	CALL	runtime.printint(SB)
	0x0105 00261 (slice_append_growth.go:10)	CALL	runtime.printsp(SB)
	0x010a 00266 (slice_append_growth.go:10)	CALL	runtime.printunlock(SB)
	0x010f 00271 (slice_append_growth.go:7)	MOVQ	main.s.cap+128(SP), CX
	0x0117 00279 (slice_append_growth.go:7)	MOVQ	main.s.len+120(SP), BX
	0x011c 00284 (slice_append_growth.go:7)	MOVQ	main.i+160(SP), R8
	0x0124 00292 (slice_append_growth.go:7)	MOVBLZX	main..autotmp_90+70(SP), R9
	0x012a 00298 (slice_append_growth.go:7)	MOVQ	main.s.ptr+320(SP), R10
	0x0132 00306 (<unknown line number>)	MOVQ	CX, DX
	0x0135 00309 (slice_append_growth.go:11)	JMP	51
	0x013a 00314 (slice_append_growth.go:7)	MOVQ	AX, main.s.len+120(SP)
	0x013f 00319 (slice_append_growth.go:7)	MOVQ	R10, main..autotmp_91+344(SP)
	0x0147 00327 (slice_append_growth.go:14)	PCDATA	$1, $2
	0x0147 00327 (slice_append_growth.go:14)	CALL	runtime.printlock(SB)
	0x014c 00332 (slice_append_growth.go:14)	CALL	runtime.printnl(SB)
	0x0151 00337 (slice_append_growth.go:14)	CALL	runtime.printunlock(SB)
	0x0156 00342 (slice_append_growth.go:15)	MOVQ	main.s.len+120(SP), AX
	0x015b 00347 (slice_append_growth.go:15)	NOP
	0x0160 00352 (slice_append_growth.go:15)	CMPQ	AX, $1999
	0x0166 00358 (slice_append_growth.go:15)	JLS	1885
	0x016c 00364 (slice_append_growth.go:15)	MOVQ	main..autotmp_91+344(SP), AX
	0x0174 00372 (slice_append_growth.go:15)	MOVQ	15992(AX), AX
	0x017b 00379 (slice_append_growth.go:15)	MOVQ	AX, main..autotmp_92+208(SP)
	0x0183 00387 (slice_append_growth.go:15)	PCDATA	$1, $0
	0x0183 00387 (slice_append_growth.go:15)	CALL	runtime.printlock(SB)
	0x0188 00392 (slice_append_growth.go:15)	MOVQ	main.s.len+120(SP), AX
	0x018d 00397 (slice_append_growth.go:15)	CALL	runtime.printint(SB)
	0x0192 00402 (slice_append_growth.go:15)	CALL	runtime.printsp(SB)
	0x0197 00407 (slice_append_growth.go:15)	MOVQ	main..autotmp_92+208(SP), AX
	0x019f 00415 (slice_append_growth.go:15)	NOP
	0x01a0 00416 (slice_append_growth.go:15)	CALL	runtime.printint(SB)
	0x01a5 00421 (slice_append_growth.go:15)	CALL	runtime.printnl(SB)
	0x01aa 00426 (slice_append_growth.go:15)	CALL	runtime.printunlock(SB)
	0x01af 00431 (slice_append_growth.go:20)	CALL	runtime.printlock(SB)
	0x01b4 00436 (slice_append_growth.go:20)	MOVL	$5, AX
	0x01b9 00441 (slice_append_growth.go:20)	CALL	runtime.printint(SB)
	0x01be 00446 (slice_append_growth.go:20)	NOP
	0x01c0 00448 (slice_append_growth.go:20)	CALL	runtime.printsp(SB)
	0x01c5 00453 (slice_append_growth.go:20)	MOVL	$5, AX
	0x01ca 00458 (slice_append_growth.go:20)	CALL	runtime.printint(SB)
	0x01cf 00463 (slice_append_growth.go:20)	CALL	runtime.printsp(SB)
	0x01d4 00468 (slice_append_growth.go:20)	MOVL	$3, AX
	0x01d9 00473 (slice_append_growth.go:20)	CALL	runtime.printint(SB)
	0x01de 00478 (slice_append_growth.go:20)	NOP
	0x01e0 00480 (slice_append_growth.go:20)	CALL	runtime.printsp(SB)
	0x01e5 00485 (slice_append_growth.go:20)	MOVL	$4, AX
	0x01ea 00490 (slice_append_growth.go:20)	CALL	runtime.printint(SB)
	0x01ef 00495 (slice_append_growth.go:20)	CALL	runtime.printsp(SB)
	0x01f4 00500 (slice_append_growth.go:20)	MOVL	$10, AX
	0x01f9 00505 (slice_append_growth.go:20)	CALL	runtime.printint(SB)
	0x01fe 00510 (slice_append_growth.go:20)	NOP
	0x0200 00512 (slice_append_growth.go:20)	CALL	runtime.printnl(SB)
	0x0205 00517 (slice_append_growth.go:20)	CALL	runtime.printunlock(SB)
	0x020a 00522 (slice_append_growth.go:22)	MOVQ	$1, main..autotmp_22+288(SP)
	0x0216 00534 (slice_append_growth.go:22)	MOVQ	$2, main..autotmp_22+296(SP)
	0x0222 00546 (slice_append_growth.go:22)	MOVQ	$3, main..autotmp_22+304(SP)
	0x022e 00558 (slice_append_growth.go:23)	LEAQ	main..autotmp_22+288(SP), AX
	0x0236 00566 (slice_append_growth.go:23)	MOVL	$4, BX
	0x023b 00571 (slice_append_growth.go:23)	MOVL	$3, CX
	0x0240 00576 (slice_append_growth.go:23)	MOVL	$1, DI
	0x0245 00581 (slice_append_growth.go:23)	LEAQ	type:int(SB), SI
	0x024c 00588 (slice_append_growth.go:23)	CALL	runtime.growslice(SB)
	0x0251 00593 (slice_append_growth.go:23)	MOVQ	$4, 24(AX)
	0x0259 00601 (slice_append_growth.go:24)	MOVQ	$100, (AX)
	0x0260 00608 (slice_append_growth.go:25)	MOVQ	main..autotmp_22+288(SP), AX
	0x0268 00616 (slice_append_growth.go:25)	MOVQ	AX, main..autotmp_92+208(SP)
	0x0270 00624 (slice_append_growth.go:25)	CALL	runtime.printlock(SB)
	0x0275 00629 (slice_append_growth.go:25)	MOVQ	main..autotmp_92+208(SP), AX
	0x027d 00637 (slice_append_growth.go:25)	NOP
	0x0280 00640 (slice_append_growth.go:25)	CALL	runtime.printint(SB)
	0x0285 00645 (slice_append_growth.go:25)	CALL	runtime.printsp(SB)
	0x028a 00650 (slice_append_growth.go:25)	MOVL	$100, AX
	0x028f 00655 (slice_append_growth.go:25)	CALL	runtime.printint(SB)
	0x0294 00660 (slice_append_growth.go:25)	CALL	runtime.printsp(SB)
	0x0299 00665 (slice_append_growth.go:25)	MOVL	$4, AX
	0x029e 00670 (slice_append_growth.go:25)	NOP
	0x02a0 00672 (slice_append_growth.go:25)	CALL	runtime.printint(SB)
	0x02a5 00677 (slice_append_growth.go:25)	CALL	runtime.printnl(SB)
	0x02aa 00682 (slice_append_growth.go:25)	CALL	runtime.printunlock(SB)
	0x02af 00687 (slice_append_growth.go:27)	LEAQ	main..autotmp_27+288(SP), AX
	0x02b7 00695 (slice_append_growth.go:27)	MOVL	$3, BX
	0x02bc 00700 (slice_append_growth.go:27)	XORL	CX, CX
	0x02be 00702 (slice_append_growth.go:27)	MOVL	BX, DI
	0x02c0 00704 (slice_append_growth.go:27)	LEAQ	type:int(SB), SI
	0x02c7 00711 (slice_append_growth.go:27)	CALL	runtime.growslice(SB)
	0x02cc 00716 (slice_append_growth.go:27)	MOVQ	AX, main.f.ptr+328(SP)
	0x02d4 00724 (slice_append_growth.go:27)	MOVQ	CX, main.f.cap+168(SP)
	0x02dc 00732 (slice_append_growth.go:27)	LEAQ	main..autotmp_22+288(SP), BX
	0x02e4 00740 (slice_append_growth.go:27)	MOVL	$24, CX
	0x02e9 00745 (slice_append_growth.go:27)	PCDATA	$1, $3
	0x02e9 00745 (slice_append_growth.go:27)	CALL	runtime.memmove(SB)
	0x02ee 00750 (slice_append_growth.go:28)	MOVQ	main.f.cap+168(SP), CX
	0x02f6 00758 (slice_append_growth.go:28)	CMPQ	CX, $6
	0x02fa 00762 (slice_append_growth.go:28)	JCS	774
	0x02fc 00764 (slice_append_growth.go:28)	MOVQ	main.f.ptr+328(SP), AX
	0x0304 00772 (slice_append_growth.go:28)	JMP	805
	0x0306 00774 (slice_append_growth.go:28)	MOVQ	main.f.ptr+328(SP), AX
	0x030e 00782 (slice_append_growth.go:28)	MOVL	$6, BX
	0x0313 00787 (slice_append_growth.go:28)	MOVL	$3, DI
	0x0318 00792 (slice_append_growth.go:28)	LEAQ	type:int(SB), SI
	0x031f 00799 (slice_append_growth.go:28)	PCDATA	$1, $0
	0x031f 00799 (slice_append_growth.go:28)	NOP
	0x0320 00800 (slice_append_growth.go:28)	CALL	runtime.growslice(SB)
	0x0325 00805 (slice_append_growth.go:28)	MOVQ	AX, main.f.ptr+328(SP)
	0x032d 00813 (slice_append_growth.go:28)	MOVQ	CX, main.f.cap+168(SP)
	0x0335 00821 (slice_append_growth.go:28)	ADDQ	$24, AX
	0x0339 00825 (slice_append_growth.go:28)	LEAQ	main..autotmp_22+288(SP), BX
	0x0341 00833 (slice_append_growth.go:28)	MOVL	$24, CX
	0x0346 00838 (slice_append_growth.go:28)	PCDATA	$1, $3
	0x0346 00838 (slice_append_growth.go:28)	CALL	runtime.memmove(SB)
	0x034b 00843 (slice_append_growth.go:29)	MOVQ	main.f.cap+168(SP), CX
	0x0353 00851 (slice_append_growth.go:29)	CMPQ	CX, $12
	0x0357 00855 (slice_append_growth.go:29)	JCS	867
	0x0359 00857 (slice_append_growth.go:29)	MOVQ	main.f.ptr+328(SP), AX
	0x0361 00865 (slice_append_growth.go:29)	JMP	901
	0x0363 00867 (slice_append_growth.go:29)	MOVQ	main.f.ptr+328(SP), AX
	0x036b 00875 (slice_append_growth.go:29)	MOVL	$12, BX
	0x0370 00880 (slice_append_growth.go:29)	MOVL	$6, DI
	0x0375 00885 (slice_append_growth.go:29)	LEAQ	type:int(SB), SI
	0x037c 00892 (slice_append_growth.go:29)	NOP
	0x0380 00896 (slice_append_growth.go:29)	CALL	runtime.growslice(SB)
	0x0385 00901 (slice_append_growth.go:29)	MOVQ	AX, main..autotmp_91+344(SP)
	0x038d 00909 (slice_append_growth.go:29)	ADDQ	$48, AX
	0x0391 00913 (slice_append_growth.go:29)	MOVQ	main.f.ptr+328(SP), BX
	0x0399 00921 (slice_append_growth.go:29)	MOVL	$48, CX
	0x039e 00926 (slice_append_growth.go:29)	PCDATA	$1, $2
	0x039e 00926 (slice_append_growth.go:29)	NOP
	0x03a0 00928 (slice_append_growth.go:29)	CALL	runtime.memmove(SB)
	0x03a5 00933 (slice_append_growth.go:30)	MOVQ	main..autotmp_91+344(SP), DX
	0x03ad 00941 (slice_append_growth.go:30)	MOVQ	(DX), SI
	0x03b0 00944 (slice_append_growth.go:30)	MOVQ	SI, main..autotmp_92+208(SP)
	0x03b8 00952 (slice_append_growth.go:30)	MOVQ	88(DX), DX
	0x03bc 00956 (slice_append_growth.go:30)	MOVQ	DX, main..autotmp_93+200(SP)
	0x03c4 00964 (slice_append_growth.go:30)	PCDATA	$1, $0
	0x03c4 00964 (slice_append_growth.go:30)	CALL	runtime.printlock(SB)
	0x03c9 00969 (slice_append_growth.go:30)	MOVL	$12, AX
	0x03ce 00974 (slice_append_growth.go:30)	CALL	runtime.printint(SB)
	0x03d3 00979 (slice_append_growth.go:30)	CALL	runtime.printsp(SB)
	0x03d8 00984 (slice_append_growth.go:30)	MOVQ	main..autotmp_92+208(SP), AX
	0x03e0 00992 (slice_append_growth.go:30)	CALL	runtime.printint(SB)
	0x03e5 00997 (slice_append_growth.go:30)	CALL	runtime.printsp(SB)
	0x03ea 01002 (slice_append_growth.go:30)	MOVQ	main..autotmp_93+200(SP), AX
	0x03f2 01010 (slice_append_growth.go:30)	CALL	runtime.printint(SB)
	0x03f7 01015 (slice_append_growth.go:30)	CALL	runtime.printnl(SB)
	0x03fc 01020 (slice_append_growth.go:30)	NOP
	0x0400 01024 (slice_append_growth.go:30)	CALL	runtime.printunlock(SB)
	0x0405 01029 (slice_append_growth.go:33)	XORL	AX, AX
	0x0407 01031 (slice_append_growth.go:33)	MOVL	$5, BX
	0x040c 01036 (slice_append_growth.go:33)	XORL	CX, CX
	0x040e 01038 (slice_append_growth.go:33)	MOVL	BX, DI
	0x0410 01040 (slice_append_growth.go:33)	LEAQ	type:uint8(SB), SI
	0x0417 01047 (slice_append_growth.go:33)	CALL	runtime.growslice(SB)
	0x041c 01052 (slice_append_growth.go:33)	MOVL	$1819043176, (AX)
	0x0422 01058 (slice_append_growth.go:33)	MOVB	$111, 4(AX)
	0x0426 01062 (slice_append_growth.go:34)	CMPQ	CX, $7
	0x042a 01066 (slice_append_growth.go:34)	JCC	1093
	0x042c 01068 (slice_append_growth.go:34)	MOVL	$7, BX
	0x0431 01073 (slice_append_growth.go:34)	MOVL	$2, DI
	0x0436 01078 (slice_append_growth.go:34)	LEAQ	type:uint8(SB), SI
	0x043d 01085 (slice_append_growth.go:34)	NOP
	0x0440 01088 (slice_append_growth.go:34)	CALL	runtime.growslice(SB)
	0x0445 01093 (slice_append_growth.go:34)	MOVW	$30496, 5(AX)
	0x044b 01099 (slice_append_growth.go:35)	MOVQ	AX, BX
	0x044e 01102 (slice_append_growth.go:35)	MOVL	$7, CX
	0x0453 01107 (slice_append_growth.go:35)	LEAQ	main..autotmp_47+72(SP), AX
	0x0458 01112 (slice_append_growth.go:35)	CALL	runtime.slicebytetostring(SB)
	0x045d 01117 (slice_append_growth.go:35)	MOVQ	AX, main..autotmp_94+336(SP)
	0x0465 01125 (slice_append_growth.go:35)	MOVQ	BX, main..autotmp_92+208(SP)
	0x046d 01133 (slice_append_growth.go:35)	PCDATA	$1, $4
	0x046d 01133 (slice_append_growth.go:35)	CALL	runtime.printlock(SB)
	0x0472 01138 (slice_append_growth.go:35)	MOVQ	main..autotmp_94+336(SP), AX
	0x047a 01146 (slice_append_growth.go:35)	MOVQ	main..autotmp_92+208(SP), BX
	0x0482 01154 (slice_append_growth.go:35)	PCDATA	$1, $0
	0x0482 01154 (slice_append_growth.go:35)	CALL	runtime.printstring(SB)
	0x0487 01159 (slice_append_growth.go:35)	CALL	runtime.printsp(SB)
	0x048c 01164 (slice_append_growth.go:35)	MOVL	$7, AX
	0x0491 01169 (slice_append_growth.go:35)	CALL	runtime.printint(SB)
	0x0496 01174 (slice_append_growth.go:35)	CALL	runtime.printnl(SB)
	0x049b 01179 (slice_append_growth.go:35)	NOP
	0x04a0 01184 (slice_append_growth.go:35)	CALL	runtime.printunlock(SB)
	0x04a5 01189 (slice_append_growth.go:35)	XORL	AX, AX
	0x04a7 01191 (slice_append_growth.go:35)	XORL	CX, CX
	0x04a9 01193 (slice_append_growth.go:35)	XORL	DX, DX
	0x04ab 01195 (slice_append_growth.go:35)	XORL	BX, BX
	0x04ad 01197 (slice_append_growth.go:35)	XORL	SI, SI
	0x04af 01199 (slice_append_growth.go:38)	JMP	1227
	0x04b1 01201 (slice_append_growth.go:39)	PCDATA	$0, $-2
	0x04b1 01201 (slice_append_growth.go:39)	MOVQ	AX, (DI)(R8*1)
	0x04b5 01205 (slice_append_growth.go:38)	PCDATA	$0, $-1
	0x04b5 01205 (slice_append_growth.go:38)	MOVQ	main.i+152(SP), AX
	0x04bd 01213 (slice_append_growth.go:38)	INCQ	AX
	0x04c0 01216 (slice_append_growth.go:38)	MOVQ	DI, BX
	0x04c3 01219 (slice_append_growth.go:38)	MOVQ	CX, R8
	0x04c6 01222 (slice_append_growth.go:38)	MOVL	SI, CX
	0x04c8 01224 (slice_append_growth.go:38)	MOVQ	R8, SI
	0x04cb 01227 (slice_append_growth.go:38)	MOVQ	DX, main.strs.len+104(SP)
	0x04d0 01232 (slice_append_growth.go:38)	CMPQ	AX, $5
	0x04d4 01236 (slice_append_growth.go:38)	JGE	1503
	0x04da 01242 (slice_append_growth.go:38)	MOVQ	SI, main.strs.cap+112(SP)
	0x04df 01247 (slice_append_growth.go:38)	MOVQ	AX, main.i+152(SP)
	0x04e7 01255 (slice_append_growth.go:38)	MOVB	CL, main..autotmp_89+71(SP)
	0x04eb 01259 (slice_append_growth.go:38)	MOVQ	BX, main.strs.ptr+312(SP)
	0x04f3 01267 (slice_append_growth.go:39)	LEAQ	1(DX), CX
	0x04f7 01271 (slice_append_growth.go:39)	MOVQ	CX, main..autotmp_92+208(SP)
	0x04ff 01279 (slice_append_growth.go:39)	LEAQ	97(AX), CX
	0x0503 01283 (slice_append_growth.go:39)	MOVLQSX	CX, BX
	0x0506 01286 (slice_append_growth.go:39)	XORL	AX, AX
	0x0508 01288 (slice_append_growth.go:39)	PCDATA	$1, $5
	0x0508 01288 (slice_append_growth.go:39)	CALL	runtime.intstring(SB)
	0x050d 01293 (slice_append_growth.go:39)	MOVQ	main.strs.cap+112(SP), CX
	0x0512 01298 (slice_append_growth.go:39)	MOVQ	main..autotmp_92+208(SP), DX
	0x051a 01306 (slice_append_growth.go:39)	CMPQ	CX, DX
	0x051d 01309 (slice_append_growth.go:39)	JCS	1329
	0x051f 01311 (slice_append_growth.go:39)	MOVQ	main.strs.ptr+312(SP), DI
	0x0527 01319 (slice_append_growth.go:39)	MOVBLZX	main..autotmp_89+71(SP), SI
	0x052c 01324 (slice_append_growth.go:39)	JMP	1456
	0x0531 01329 (slice_append_growth.go:39)	MOVQ	BX, main..autotmp_93+200(SP)
	0x0539 01337 (slice_append_growth.go:39)	MOVQ	AX, main..autotmp_94+336(SP)
	0x0541 01345 (slice_append_growth.go:39)	CMPQ	DX, $2
	0x0545 01349 (slice_append_growth.go:39)	JGT	1401
	0x0547 01351 (slice_append_growth.go:38)	MOVBLZX	main..autotmp_89+71(SP), R8
	0x054d 01357 (slice_append_growth.go:38)	TESTB	R8B, R8B
	0x0550 01360 (slice_append_growth.go:39)	JNE	1401
	0x0552 01362 (slice_append_growth.go:39)	MOVQ	main.strs.len+104(SP), R9
	0x0557 01367 (slice_append_growth.go:39)	TESTQ	R9, R9
	0x055a 01370 (slice_append_growth.go:39)	JNE	1401
	0x055c 01372 (slice_append_growth.go:39)	LEAQ	main..autotmp_60+352(SP), DI
	0x0564 01380 (slice_append_growth.go:39)	MOVUPS	X15, (DI)
	0x0568 01384 (slice_append_growth.go:39)	MOVUPS	X15, 16(DI)
	0x056d 01389 (slice_append_growth.go:39)	MOVL	$2, CX
	0x0572 01394 (slice_append_growth.go:39)	MOVL	$1, SI
	0x0577 01399 (slice_append_growth.go:39)	JMP	1456
	0x0579 01401 (slice_append_growth.go:39)	MOVQ	main.strs.ptr+312(SP), AX
	0x0581 01409 (slice_append_growth.go:39)	MOVQ	DX, BX
	0x0584 01412 (slice_append_growth.go:39)	MOVL	$1, DI
	0x0589 01417 (slice_append_growth.go:39)	LEAQ	type:string(SB), SI
	0x0590 01424 (slice_append_growth.go:39)	PCDATA	$1, $4
	0x0590 01424 (slice_append_growth.go:39)	CALL	runtime.growslice(SB)
	0x0595 01429 (slice_append_growth.go:39)	MOVQ	AX, DI
	0x0598 01432 (slice_append_growth.go:39)	MOVQ	BX, DX
	0x059b 01435 (slice_append_growth.go:39)	MOVBLZX	main..autotmp_89+71(SP), SI
	0x05a0 01440 (slice_append_growth.go:39)	MOVQ	main..autotmp_94+336(SP), AX
	0x05a8 01448 (slice_append_growth.go:39)	MOVQ	main..autotmp_93+200(SP), BX
	0x05b0 01456 (slice_append_growth.go:39)	LEAQ	-1(DX), R8
	0x05b4 01460 (slice_append_growth.go:39)	SHLQ	$4, R8
	0x05b8 01464 (slice_append_growth.go:39)	MOVQ	BX, 8(DI)(R8*1)
	0x05bd 01469 (slice_append_growth.go:39)	CMPL	runtime.writeBarrier(SB), $0
	0x05c4 01476 (slice_append_growth.go:39)	PCDATA	$0, $-2
	0x05c4 01476 (slice_append_growth.go:39)	JEQ	1201
	0x05ca 01482 (slice_append_growth.go:39)	MOVQ	(DI)(R8*1), R9
	0x05ce 01486 (slice_append_growth.go:39)	CALL	runtime.gcWriteBarrier2(SB)
	0x05d3 01491 (slice_append_growth.go:39)	MOVQ	AX, (R11)
	0x05d6 01494 (slice_append_growth.go:39)	MOVQ	R9, 8(R11)
	0x05da 01498 (slice_append_growth.go:39)	JMP	1201
	0x05df 01503 (slice_append_growth.go:41)	PCDATA	$0, $-1
	0x05df 01503 (slice_append_growth.go:41)	NOP
	0x05e0 01504 (slice_append_growth.go:41)	CMPQ	DX, $4
	0x05e4 01508 (slice_append_growth.go:41)	JLS	1880
	0x05ea 01514 (slice_append_growth.go:41)	MOVQ	64(BX), AX
	0x05ee 01518 (slice_append_growth.go:41)	MOVQ	AX, main..autotmp_94+336(SP)
	0x05f6 01526 (slice_append_growth.go:41)	MOVQ	72(BX), AX
	0x05fa 01530 (slice_append_growth.go:41)	MOVQ	AX, main..autotmp_92+208(SP)
	0x0602 01538 (slice_append_growth.go:41)	CALL	runtime.printlock(SB)
	0x0607 01543 (slice_append_growth.go:41)	MOVQ	main.strs.len+104(SP), AX
	0x060c 01548 (slice_append_growth.go:41)	CALL	runtime.printint(SB)
	0x0611 01553 (slice_append_growth.go:41)	CALL	runtime.printsp(SB)
	0x0616 01558 (slice_append_growth.go:41)	MOVQ	main..autotmp_94+336(SP), AX
	0x061e 01566 (slice_append_growth.go:41)	MOVQ	main..autotmp_92+208(SP), BX
	0x0626 01574 (slice_append_growth.go:41)	PCDATA	$1, $0
	0x0626 01574 (slice_append_growth.go:41)	CALL	runtime.printstring(SB)
	0x062b 01579 (slice_append_growth.go:41)	CALL	runtime.printnl(SB)
	0x0630 01584 (slice_append_growth.go:41)	CALL	runtime.printunlock(SB)
	0x0635 01589 (slice_append_growth.go:45)	XORL	AX, AX
	0x0637 01591 (slice_append_growth.go:45)	XORL	CX, CX
	0x0639 01593 (slice_append_growth.go:45)	XORL	DX, DX
	0x063b 01595 (slice_append_growth.go:45)	XORL	BX, BX
	0x063d 01597 (slice_append_growth.go:45)	JMP	1642
	0x063f 01599 (slice_append_growth.go:46)	LEAQ	(BX)(BX*4), R9
	0x0643 01603 (slice_append_growth.go:46)	LEAQ	(CX)(R9*8), R9
	0x0647 01607 (slice_append_growth.go:46)	LEAQ	-40(R9), R9
	0x064b 01611 (slice_append_growth.go:46)	MOVUPS	(R8), X14
	0x064f 01615 (slice_append_growth.go:46)	MOVUPS	X14, (R9)
	0x0653 01619 (slice_append_growth.go:46)	MOVUPS	16(R8), X14
	0x0658 01624 (slice_append_growth.go:46)	MOVUPS	X14, 16(R9)
	0x065d 01629 (slice_append_growth.go:46)	MOVUPS	24(R8), X14
	0x0662 01634 (slice_append_growth.go:46)	MOVUPS	X14, 24(R9)
	0x0667 01639 (slice_append_growth.go:45)	INCQ	DX
	0x066a 01642 (slice_append_growth.go:45)	CMPQ	DX, $100
	0x066e 01646 (slice_append_growth.go:45)	JGE	1750
	0x0670 01648 (slice_append_growth.go:46)	LEAQ	main..autotmp_50+248(SP), R8
	0x0678 01656 (slice_append_growth.go:46)	MOVUPS	X15, (R8)
	0x067c 01660 (slice_append_growth.go:46)	MOVUPS	X15, 16(R8)
	0x0681 01665 (slice_append_growth.go:46)	MOVUPS	X15, 24(R8)
	0x0686 01670 (slice_append_growth.go:46)	MOVQ	DX, main..autotmp_50+248(SP)
	0x068e 01678 (slice_append_growth.go:46)	INCQ	BX
	0x0691 01681 (slice_append_growth.go:46)	CMPQ	AX, BX
	0x0694 01684 (slice_append_growth.go:46)	JCC	1599
	0x0696 01686 (slice_append_growth.go:45)	MOVQ	DX, main.i+144(SP)
	0x069e 01694 (slice_append_growth.go:46)	MOVL	$1, DI
	0x06a3 01699 (slice_append_growth.go:46)	LEAQ	type:main.big·1(SB), SI
	0x06aa 01706 (slice_append_growth.go:45)	MOVQ	AX, DX
	0x06ad 01709 (slice_append_growth.go:46)	MOVQ	CX, AX
	0x06b0 01712 (slice_append_growth.go:46)	MOVQ	DX, CX
	0x06b3 01715 (slice_append_growth.go:46)	CALL	runtime.growslice(SB)
	0x06b8 01720 (slice_append_growth.go:45)	MOVQ	main.i+144(SP), DX
	0x06c0 01728 (slice_append_growth.go:46)	LEAQ	main..autotmp_50+248(SP), R8
	0x06c8 01736 (slice_append_growth.go:46)	MOVQ	CX, SI
	0x06cb 01739 (slice_append_growth.go:46)	MOVQ	AX, CX
	0x06ce 01742 (slice_append_growth.go:46)	MOVQ	SI, AX
	0x06d1 01745 (slice_append_growth.go:46)	JMP	1599
	0x06d6 01750 (slice_append_growth.go:48)	CMPQ	BX, $99
	0x06da 01754 (slice_append_growth.go:48)	JLS	1870
	0x06dc 01756 (slice_append_growth.go:45)	MOVQ	AX, main.bb.cap+184(SP)
	0x06e4 01764 (slice_append_growth.go:45)	MOVQ	BX, main.bb.len+176(SP)
	0x06ec 01772 (slice_append_growth.go:48)	MOVQ	3960(CX), AX
	0x06f3 01779 (slice_append_growth.go:48)	MOVQ	AX, main..autotmp_95+192(SP)
	0x06fb 01787 (slice_append_growth.go:48)	NOP
	0x0700 01792 (slice_append_growth.go:48)	CALL	runtime.printlock(SB)
	0x0705 01797 (slice_append_growth.go:48)	MOVQ	main.bb.len+176(SP), AX
	0x070d 01805 (slice_append_growth.go:48)	CALL	runtime.printint(SB)
	0x0712 01810 (slice_append_growth.go:48)	CALL	runtime.printsp(SB)
	0x0717 01815 (slice_append_growth.go:48)	MOVQ	main.bb.cap+184(SP), AX
	0x071f 01823 (slice_append_growth.go:48)	NOP
	0x0720 01824 (slice_append_growth.go:48)	CALL	runtime.printint(SB)
	0x0725 01829 (slice_append_growth.go:48)	CALL	runtime.printsp(SB)
	0x072a 01834 (slice_append_growth.go:48)	MOVQ	main..autotmp_95+192(SP), AX
	0x0732 01842 (slice_append_growth.go:48)	CALL	runtime.printint(SB)
	0x0737 01847 (slice_append_growth.go:48)	CALL	runtime.printnl(SB)
	0x073c 01852 (slice_append_growth.go:48)	NOP
	0x0740 01856 (slice_append_growth.go:48)	CALL	runtime.printunlock(SB)
	0x0745 01861 (slice_append_growth.go:49)	ADDQ	$384, SP
	0x074c 01868 (slice_append_growth.go:49)	POPQ	BP
	0x074d 01869 (slice_append_growth.go:49)	RET
	0x074e 01870 (slice_append_growth.go:48)	MOVQ	$99, AX
	0x0753 01875 (slice_append_growth.go:48)	PCDATA	$4, $3519
	0x0753 01875 (slice_append_growth.go:48)	CALL	runtime.panicBounds(SB)
	0x0758 01880 (slice_append_growth.go:41)	PCDATA	$4, $2466
	0x0758 01880 (slice_append_growth.go:41)	CALL	runtime.panicBounds(SB)
	0x075d 01885 (slice_append_growth.go:15)	MOVQ	$1999, CX
	0x0762 01890 (slice_append_growth.go:15)	PCDATA	$4, $135
	0x0762 01890 (slice_append_growth.go:15)	CALL	runtime.panicBounds(SB)
	0x0767 01895 (slice_append_growth.go:15)	XCHGL	AX, AX
	0x0768 01896 (slice_append_growth.go:15)	NOP
	0x0768 01896 (slice_append_growth.go:4)	PCDATA	$1, $-1
	0x0768 01896 (slice_append_growth.go:4)	PCDATA	$0, $-2
	0x0768 01896 (slice_append_growth.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x076d 01901 (slice_append_growth.go:4)	PCDATA	$0, $-1
	0x076d 01901 (slice_append_growth.go:4)	JMP	0
	0x0000 4c 8d a4 24 f8 fe ff ff 4d 3b 66 10 0f 86 56 07  L..$....M;f...V.
	0x0010 00 00 55 48 89 e5 48 81 ec 80 01 00 00 48 c7 c2  ..UH..H......H..
	0x0020 ff ff ff ff 45 31 c0 45 31 c9 45 31 d2 31 c0 31  ....E1.E1.E1.1.1
	0x0030 c9 eb 0d 49 ff c0 48 89 d8 0f 1f 80 00 00 00 00  ...I..H.........
	0x0040 49 81 f8 d0 07 00 00 0f 8d ed 00 00 00 4c 89 84  I............L..
	0x0050 24 a0 00 00 00 48 8d 58 01 48 39 d9 73 68 44 88  $....H.X.H9.shD.
	0x0060 4c 24 47 48 89 94 24 88 00 00 00 48 83 fb 04 7f  L$GH..$....H....
	0x0070 28 45 84 c9 75 23 48 85 c0 75 1e 4c 8d 94 24 d8  (E..u#H..u.L..$.
	0x0080 00 00 00 45 0f 11 3a 45 0f 11 7a 10 b9 04 00 00  ...E..:E..z.....
	0x0090 00 41 b9 01 00 00 00 eb 2d 4c 89 d0 bf 01 00 00  .A......-L......
	0x00a0 00 48 8d 35 00 00 00 00 e8 00 00 00 00 48 8b 94  .H.5.........H..
	0x00b0 24 88 00 00 00 4c 8b 84 24 a0 00 00 00 49 89 c2  $....L..$....I..
	0x00c0 44 0f b6 4c 24 47 4d 89 44 da f8 48 39 d1 0f 84  D..L$GM.D..H9...
	0x00d0 5f ff ff ff 4c 89 94 24 40 01 00 00 48 89 5c 24  _...L..$@...H.\$
	0x00e0 78 48 89 8c 24 80 00 00 00 44 88 4c 24 46 e8 00  xH..$....D.L$F..
	0x00f0 00 00 00 48 8b 84 24 80 00 00 00 0f 1f 44 00 00  ...H..$......D..
	0x0100 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0110 8b 8c 24 80 00 00 00 48 8b 5c 24 78 4c 8b 84 24  ..$....H.\$xL..$
	0x0120 a0 00 00 00 44 0f b6 4c 24 46 4c 8b 94 24 40 01  ....D..L$FL..$@.
	0x0130 00 00 48 89 ca e9 f9 fe ff ff 48 89 44 24 78 4c  ..H.......H.D$xL
	0x0140 89 94 24 58 01 00 00 e8 00 00 00 00 e8 00 00 00  ..$X............
	0x0150 00 e8 00 00 00 00 48 8b 44 24 78 0f 1f 44 00 00  ......H.D$x..D..
	0x0160 48 3d cf 07 00 00 0f 86 f1 05 00 00 48 8b 84 24  H=..........H..$
	0x0170 58 01 00 00 48 8b 80 78 3e 00 00 48 89 84 24 d0  X...H..x>..H..$.
	0x0180 00 00 00 e8 00 00 00 00 48 8b 44 24 78 e8 00 00  ........H.D$x...
	0x0190 00 00 e8 00 00 00 00 48 8b 84 24 d0 00 00 00 90  .......H..$.....
	0x01a0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x01b0 00 00 00 00 b8 05 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x01c0 e8 00 00 00 00 b8 05 00 00 00 e8 00 00 00 00 e8  ................
	0x01d0 00 00 00 00 b8 03 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x01e0 e8 00 00 00 00 b8 04 00 00 00 e8 00 00 00 00 e8  ................
	0x01f0 00 00 00 00 b8 0a 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x0200 e8 00 00 00 00 e8 00 00 00 00 48 c7 84 24 20 01  ..........H..$ .
	0x0210 00 00 01 00 00 00 48 c7 84 24 28 01 00 00 02 00  ......H..$(.....
	0x0220 00 00 48 c7 84 24 30 01 00 00 03 00 00 00 48 8d  ..H..$0.......H.
	0x0230 84 24 20 01 00 00 bb 04 00 00 00 b9 03 00 00 00  .$ .............
	0x0240 bf 01 00 00 00 48 8d 35 00 00 00 00 e8 00 00 00  .....H.5........
	0x0250 00 48 c7 40 18 04 00 00 00 48 c7 00 64 00 00 00  .H.@.....H..d...
	0x0260 48 8b 84 24 20 01 00 00 48 89 84 24 d0 00 00 00  H..$ ...H..$....
	0x0270 e8 00 00 00 00 48 8b 84 24 d0 00 00 00 0f 1f 00  .....H..$.......
	0x0280 e8 00 00 00 00 e8 00 00 00 00 b8 64 00 00 00 e8  ...........d....
	0x0290 00 00 00 00 e8 00 00 00 00 b8 04 00 00 00 66 90  ..............f.
	0x02a0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x02b0 8d 84 24 20 01 00 00 bb 03 00 00 00 31 c9 89 df  ..$ ........1...
	0x02c0 48 8d 35 00 00 00 00 e8 00 00 00 00 48 89 84 24  H.5.........H..$
	0x02d0 48 01 00 00 48 89 8c 24 a8 00 00 00 48 8d 9c 24  H...H..$....H..$
	0x02e0 20 01 00 00 b9 18 00 00 00 e8 00 00 00 00 48 8b   .............H.
	0x02f0 8c 24 a8 00 00 00 48 83 f9 06 72 0a 48 8b 84 24  .$....H...r.H..$
	0x0300 48 01 00 00 eb 1f 48 8b 84 24 48 01 00 00 bb 06  H.....H..$H.....
	0x0310 00 00 00 bf 03 00 00 00 48 8d 35 00 00 00 00 90  ........H.5.....
	0x0320 e8 00 00 00 00 48 89 84 24 48 01 00 00 48 89 8c  .....H..$H...H..
	0x0330 24 a8 00 00 00 48 83 c0 18 48 8d 9c 24 20 01 00  $....H...H..$ ..
	0x0340 00 b9 18 00 00 00 e8 00 00 00 00 48 8b 8c 24 a8  ...........H..$.
	0x0350 00 00 00 48 83 f9 0c 72 0a 48 8b 84 24 48 01 00  ...H...r.H..$H..
	0x0360 00 eb 22 48 8b 84 24 48 01 00 00 bb 0c 00 00 00  .."H..$H........
	0x0370 bf 06 00 00 00 48 8d 35 00 00 00 00 0f 1f 40 00  .....H.5......@.
	0x0380 e8 00 00 00 00 48 89 84 24 58 01 00 00 48 83 c0  .....H..$X...H..
	0x0390 30 48 8b 9c 24 48 01 00 00 b9 30 00 00 00 66 90  0H..$H....0...f.
	0x03a0 e8 00 00 00 00 48 8b 94 24 58 01 00 00 48 8b 32  .....H..$X...H.2
	0x03b0 48 89 b4 24 d0 00 00 00 48 8b 52 58 48 89 94 24  H..$....H.RXH..$
	0x03c0 c8 00 00 00 e8 00 00 00 00 b8 0c 00 00 00 e8 00  ................
	0x03d0 00 00 00 e8 00 00 00 00 48 8b 84 24 d0 00 00 00  ........H..$....
	0x03e0 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 c8 00  ..........H..$..
	0x03f0 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x0400 e8 00 00 00 00 31 c0 bb 05 00 00 00 31 c9 89 df  .....1......1...
	0x0410 48 8d 35 00 00 00 00 e8 00 00 00 00 c7 00 68 65  H.5...........he
	0x0420 6c 6c c6 40 04 6f 48 83 f9 07 73 19 bb 07 00 00  ll.@.oH...s.....
	0x0430 00 bf 02 00 00 00 48 8d 35 00 00 00 00 0f 1f 00  ......H.5.......
	0x0440 e8 00 00 00 00 66 c7 40 05 20 77 48 89 c3 b9 07  .....f.@. wH....
	0x0450 00 00 00 48 8d 44 24 48 e8 00 00 00 00 48 89 84  ...H.D$H.....H..
	0x0460 24 50 01 00 00 48 89 9c 24 d0 00 00 00 e8 00 00  $P...H..$.......
	0x0470 00 00 48 8b 84 24 50 01 00 00 48 8b 9c 24 d0 00  ..H..$P...H..$..
	0x0480 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 07 00 00  ................
	0x0490 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x04a0 e8 00 00 00 00 31 c0 31 c9 31 d2 31 db 31 f6 eb  .....1.1.1.1.1..
	0x04b0 1a 4a 89 04 07 48 8b 84 24 98 00 00 00 48 ff c0  .J...H..$....H..
	0x04c0 48 89 fb 49 89 c8 89 f1 4c 89 c6 48 89 54 24 68  H..I....L..H.T$h
	0x04d0 48 83 f8 05 0f 8d 05 01 00 00 48 89 74 24 70 48  H.........H.t$pH
	0x04e0 89 84 24 98 00 00 00 88 4c 24 47 48 89 9c 24 38  ..$.....L$GH..$8
	0x04f0 01 00 00 48 8d 4a 01 48 89 8c 24 d0 00 00 00 48  ...H.J.H..$....H
	0x0500 8d 48 61 48 63 d9 31 c0 e8 00 00 00 00 48 8b 4c  .HaHc.1......H.L
	0x0510 24 70 48 8b 94 24 d0 00 00 00 48 39 d1 72 12 48  $pH..$....H9.r.H
	0x0520 8b bc 24 38 01 00 00 0f b6 74 24 47 e9 7f 00 00  ..$8.....t$G....
	0x0530 00 48 89 9c 24 c8 00 00 00 48 89 84 24 50 01 00  .H..$....H..$P..
	0x0540 00 48 83 fa 02 7f 32 44 0f b6 44 24 47 45 84 c0  .H....2D..D$GE..
	0x0550 75 27 4c 8b 4c 24 68 4d 85 c9 75 1d 48 8d bc 24  u'L.L$hM..u.H..$
	0x0560 60 01 00 00 44 0f 11 3f 44 0f 11 7f 10 b9 02 00  `...D..?D.......
	0x0570 00 00 be 01 00 00 00 eb 37 48 8b 84 24 38 01 00  ........7H..$8..
	0x0580 00 48 89 d3 bf 01 00 00 00 48 8d 35 00 00 00 00  .H.......H.5....
	0x0590 e8 00 00 00 00 48 89 c7 48 89 da 0f b6 74 24 47  .....H..H....t$G
	0x05a0 48 8b 84 24 50 01 00 00 48 8b 9c 24 c8 00 00 00  H..$P...H..$....
	0x05b0 4c 8d 42 ff 49 c1 e0 04 4a 89 5c 07 08 83 3d 00  L.B.I...J.\...=.
	0x05c0 00 00 00 00 0f 84 e7 fe ff ff 4e 8b 0c 07 e8 00  ..........N.....
	0x05d0 00 00 00 49 89 03 4d 89 4b 08 e9 d2 fe ff ff 90  ...I..M.K.......
	0x05e0 48 83 fa 04 0f 86 6e 01 00 00 48 8b 43 40 48 89  H.....n...H.C@H.
	0x05f0 84 24 50 01 00 00 48 8b 43 48 48 89 84 24 d0 00  .$P...H.CHH..$..
	0x0600 00 00 e8 00 00 00 00 48 8b 44 24 68 e8 00 00 00  .......H.D$h....
	0x0610 00 e8 00 00 00 00 48 8b 84 24 50 01 00 00 48 8b  ......H..$P...H.
	0x0620 9c 24 d0 00 00 00 e8 00 00 00 00 e8 00 00 00 00  .$..............
	0x0630 e8 00 00 00 00 31 c0 31 c9 31 d2 31 db eb 2b 4c  .....1.1.1.1..+L
	0x0640 8d 0c 9b 4e 8d 0c c9 4d 8d 49 d8 45 0f 10 30 45  ...N...M.I.E..0E
	0x0650 0f 11 31 45 0f 10 70 10 45 0f 11 71 10 45 0f 10  ..1E..p.E..q.E..
	0x0660 70 18 45 0f 11 71 18 48 ff c2 48 83 fa 64 7d 66  p.E..q.H..H..d}f
	0x0670 4c 8d 84 24 f8 00 00 00 45 0f 11 38 45 0f 11 78  L..$....E..8E..x
	0x0680 10 45 0f 11 78 18 48 89 94 24 f8 00 00 00 48 ff  .E..x.H..$....H.
	0x0690 c3 48 39 d8 73 a9 48 89 94 24 90 00 00 00 bf 01  .H9.s.H..$......
	0x06a0 00 00 00 48 8d 35 00 00 00 00 48 89 c2 48 89 c8  ...H.5....H..H..
	0x06b0 48 89 d1 e8 00 00 00 00 48 8b 94 24 90 00 00 00  H.......H..$....
	0x06c0 4c 8d 84 24 f8 00 00 00 48 89 ce 48 89 c1 48 89  L..$....H..H..H.
	0x06d0 f0 e9 69 ff ff ff 48 83 fb 63 76 72 48 89 84 24  ..i...H..cvrH..$
	0x06e0 b8 00 00 00 48 89 9c 24 b0 00 00 00 48 8b 81 78  ....H..$....H..x
	0x06f0 0f 00 00 48 89 84 24 c0 00 00 00 0f 1f 44 00 00  ...H..$......D..
	0x0700 e8 00 00 00 00 48 8b 84 24 b0 00 00 00 e8 00 00  .....H..$.......
	0x0710 00 00 e8 00 00 00 00 48 8b 84 24 b8 00 00 00 90  .......H..$.....
	0x0720 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 c0 00  ..........H..$..
	0x0730 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x0740 e8 00 00 00 00 48 81 c4 80 01 00 00 5d c3 b8 63  .....H......]..c
	0x0750 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b9 cf 07  ................
	0x0760 00 00 e8 00 00 00 00 90 e8 00 00 00 00 e9 8e f8  ................
	0x0770 ff ff                                            ..
	rel 164+4 t=R_PCREL type:int+0
	rel 169+4 t=R_CALL runtime.growslice+0
	rel 239+4 t=R_CALL runtime.printlock+0
	rel 257+4 t=R_CALL runtime.printint+0
	rel 262+4 t=R_CALL runtime.printsp+0
	rel 267+4 t=R_CALL runtime.printunlock+0
	rel 328+4 t=R_CALL runtime.printlock+0
	rel 333+4 t=R_CALL runtime.printnl+0
	rel 338+4 t=R_CALL runtime.printunlock+0
	rel 388+4 t=R_CALL runtime.printlock+0
	rel 398+4 t=R_CALL runtime.printint+0
	rel 403+4 t=R_CALL runtime.printsp+0
	rel 417+4 t=R_CALL runtime.printint+0
	rel 422+4 t=R_CALL runtime.printnl+0
	rel 427+4 t=R_CALL runtime.printunlock+0
	rel 432+4 t=R_CALL runtime.printlock+0
	rel 442+4 t=R_CALL runtime.printint+0
	rel 449+4 t=R_CALL runtime.printsp+0
	rel 459+4 t=R_CALL runtime.printint+0
	rel 464+4 t=R_CALL runtime.printsp+0
	rel 474+4 t=R_CALL runtime.printint+0
	rel 481+4 t=R_CALL runtime.printsp+0
	rel 491+4 t=R_CALL runtime.printint+0
	rel 496+4 t=R_CALL runtime.printsp+0
	rel 506+4 t=R_CALL runtime.printint+0
	rel 513+4 t=R_CALL runtime.printnl+0
	rel 518+4 t=R_CALL runtime.printunlock+0
	rel 584+4 t=R_PCREL type:int+0
	rel 589+4 t=R_CALL runtime.growslice+0
	rel 625+4 t=R_CALL runtime.printlock+0
	rel 641+4 t=R_CALL runtime.printint+0
	rel 646+4 t=R_CALL runtime.printsp+0
	rel 656+4 t=R_CALL runtime.printint+0
	rel 661+4 t=R_CALL runtime.printsp+0
	rel 673+4 t=R_CALL runtime.printint+0
	rel 678+4 t=R_CALL runtime.printnl+0
	rel 683+4 t=R_CALL runtime.printunlock+0
	rel 707+4 t=R_PCREL type:int+0
	rel 712+4 t=R_CALL runtime.growslice+0
	rel 746+4 t=R_CALL runtime.memmove+0
	rel 795+4 t=R_PCREL type:int+0
	rel 801+4 t=R_CALL runtime.growslice+0
	rel 839+4 t=R_CALL runtime.memmove+0
	rel 888+4 t=R_PCREL type:int+0
	rel 897+4 t=R_CALL runtime.growslice+0
	rel 929+4 t=R_CALL runtime.memmove+0
	rel 965+4 t=R_CALL runtime.printlock+0
	rel 975+4 t=R_CALL runtime.printint+0
	rel 980+4 t=R_CALL runtime.printsp+0
	rel 993+4 t=R_CALL runtime.printint+0
	rel 998+4 t=R_CALL runtime.printsp+0
	rel 1011+4 t=R_CALL runtime.printint+0
	rel 1016+4 t=R_CALL runtime.printnl+0
	rel 1025+4 t=R_CALL runtime.printunlock+0
	rel 1043+4 t=R_PCREL type:uint8+0
	rel 1048+4 t=R_CALL runtime.growslice+0
	rel 1081+4 t=R_PCREL type:uint8+0
	rel 1089+4 t=R_CALL runtime.growslice+0
	rel 1113+4 t=R_CALL runtime.slicebytetostring+0
	rel 1134+4 t=R_CALL runtime.printlock+0
	rel 1155+4 t=R_CALL runtime.printstring+0
	rel 1160+4 t=R_CALL runtime.printsp+0
	rel 1170+4 t=R_CALL runtime.printint+0
	rel 1175+4 t=R_CALL runtime.printnl+0
	rel 1185+4 t=R_CALL runtime.printunlock+0
	rel 1289+4 t=R_CALL runtime.intstring+0
	rel 1420+4 t=R_PCREL type:string+0
	rel 1425+4 t=R_CALL runtime.growslice+0
	rel 1471+4 t=R_PCREL runtime.writeBarrier+-1
	rel 1487+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 1539+4 t=R_CALL runtime.printlock+0
	rel 1549+4 t=R_CALL runtime.printint+0
	rel 1554+4 t=R_CALL runtime.printsp+0
	rel 1575+4 t=R_CALL runtime.printstring+0
	rel 1580+4 t=R_CALL runtime.printnl+0
	rel 1585+4 t=R_CALL runtime.printunlock+0
	rel 1702+4 t=R_PCREL type:main.big·1+0
	rel 1716+4 t=R_CALL runtime.growslice+0
	rel 1793+4 t=R_CALL runtime.printlock+0
	rel 1806+4 t=R_CALL runtime.printint+0
	rel 1811+4 t=R_CALL runtime.printsp+0
	rel 1825+4 t=R_CALL runtime.printint+0
	rel 1830+4 t=R_CALL runtime.printsp+0
	rel 1843+4 t=R_CALL runtime.printint+0
	rel 1848+4 t=R_CALL runtime.printnl+0
	rel 1857+4 t=R_CALL runtime.printunlock+0
	rel 1876+4 t=R_CALL runtime.panicBounds+0
	rel 1881+4 t=R_CALL runtime.panicBounds+0
	rel 1891+4 t=R_CALL runtime.panicBounds+0
	rel 1897+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
type:.eqfunc.M40 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.big- SRODATA dupok size=11 align=0x1
	0x0000 00 09 2a 6d 61 69 6e 2e 62 69 67                 ..*main.big
type:*main.big·1 SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 6b 8a 8b f3 28 08 08 16 00 00 00 00 00 00 00 00  k...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.big-+0
	rel 48+8 t=R_ADDR type:main.big·1+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.a- SRODATA dupok size=3 align=0x1
	0x0000 00 01 61                                         ..a
type:.namedata.b- SRODATA dupok size=3 align=0x1
	0x0000 00 01 62                                         ..b
type:.namedata.c- SRODATA dupok size=3 align=0x1
	0x0000 00 01 63                                         ..c
type:.namedata.d- SRODATA dupok size=3 align=0x1
	0x0000 00 01 64                                         ..d
type:.namedata.e- SRODATA dupok size=3 align=0x1
	0x0000 00 01 65                                         ..e
type:main.big·1 SRODATA size=216 align=0x8
	0x0000 28 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  (...............
	0x0010 9a d8 a2 38 0f 08 08 19 00 00 00 00 00 00 00 00  ...8............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 05 00 00 00 00 00 00 00 05 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 88 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00b0 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x00c0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00d0 20 00 00 00 00 00 00 00                           .......
	rel 24+8 t=R_ADDR type:.eqfunc.M40+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.big-+0
	rel 44+4 t=R_ADDROFF type:*main.big·1+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.big·1+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.a-+0
	rel 104+8 t=R_ADDR type:int64+0
	rel 120+8 t=R_ADDR type:.namedata.b-+0
	rel 128+8 t=R_ADDR type:int64+0
	rel 144+8 t=R_ADDR type:.namedata.c-+0
	rel 152+8 t=R_ADDR type:int64+0
	rel 168+8 t=R_ADDR type:.namedata.d-+0
	rel 176+8 t=R_ADDR type:int64+0
	rel 192+8 t=R_ADDR type:.namedata.e-+0
	rel 200+8 t=R_ADDR type:int64+0
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
go:string."hello" SRODATA dupok size=5 align=0x1
	0x0000 68 65 6c 6c 6f                                   hello
type:.namedata.*[]main.big- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 5b 5d 6d 61 69 6e 2e 62 69 67           ..*[]main.big
type:*[]main.big·1 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7e ab 20 c7 28 08 08 16 00 00 00 00 00 00 00 00  ~. .(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.big-+0
	rel 48+8 t=R_ADDR type:[]main.big·1+0
type:[]main.big·1 SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 36 b8 be a2 02 08 08 17 00 00 00 00 00 00 00 00  6...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.big-+0
	rel 44+4 t=RelocType(-32763) type:*[]main.big·1+0
	rel 48+8 t=R_ADDR type:main.big·1+0
runtime.gcbits.0500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 05 00 00 00 00 00 00 00                          ........
gclocals·3Nf0KxzcHw1JLr11btD+gA== SRODATA dupok size=8 align=0x4
	0x0000 06 00 00 00 00 00 00 00                          ........
gclocals·e18Q+zfZawF4TFjCXFCfaA== SRODATA dupok size=20 align=0x4
	0x0000 06 00 00 00 09 00 00 00 00 00 02 00 10 00 04 00  ................
	0x0010 08 00 01 00                                      ....
main.main.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e0 ff ff ff 20 00 00 00  ............ ...
	0x0010 18 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0500000000000000+0
