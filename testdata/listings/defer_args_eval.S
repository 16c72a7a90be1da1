funcpctab main.run [valfunc=pctoinline]
     0     -1 00000 (defer_args_eval.go:12)	TEXT	main.run(SB), ABIInternal, $192-0
     0        00000 (defer_args_eval.go:12)	TEXT	main.run(SB), ABIInternal, $192-0
     0     -1 00000 (defer_args_eval.go:12)	LEAQ	-64(SP), R12
     5        00005 (defer_args_eval.go:12)	CMPQ	R12, 16(R14)
     9        00009 (defer_args_eval.go:12)	PCDATA	$0, $-2
     9        00009 (defer_args_eval.go:12)	JLS	505
     f        00015 (defer_args_eval.go:12)	PCDATA	$0, $-1
     f        00015 (defer_args_eval.go:12)	PUSHQ	BP
    10        00016 (defer_args_eval.go:12)	MOVQ	SP, BP
    13        00019 (defer_args_eval.go:12)	SUBQ	$184, SP
    1a        00026 (defer_args_eval.go:12)	MOVUPS	X15, 136(SP)
    23        00035 (defer_args_eval.go:12)	MOVUPS	X15, 152(SP)
    2c        00044 (defer_args_eval.go:12)	MOVUPS	X15, 168(SP)
    35        00053 (defer_args_eval.go:12)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    35        00053 (defer_args_eval.go:12)	FUNCDATA	$1, gclocals·tHx1u46xIeC+tRW6O30ltw==(SB)
    35        00053 (defer_args_eval.go:12)	FUNCDATA	$2, main.run.stkobj(SB)
    35        00053 (defer_args_eval.go:12)	FUNCDATA	$4, main.run.opendefer(SB)
    35        00053 (defer_args_eval.go:12)	MOVB	$0, main..autotmp_23+7(SP)
    3a        00058 (defer_args_eval.go:13)	MOVQ	$1, main.x+8(SP)
    43        00067 (defer_args_eval.go:14)	LEAQ	main.run.deferwrap1(SB), AX
    4a        00074 (defer_args_eval.go:14)	MOVQ	AX, main..autotmp_10+16(SP)
    4f        00079 (defer_args_eval.go:14)	MOVQ	$1, main..autotmp_10+24(SP)
    58        00088 (defer_args_eval.go:14)	LEAQ	main..autotmp_10+16(SP), AX
    5d        00093 (defer_args_eval.go:14)	MOVQ	AX, main..autotmp_24+136(SP)
    65        00101 (defer_args_eval.go:14)	MOVB	$1, main..autotmp_23+7(SP)
    6a        00106 (defer_args_eval.go:15)	LEAQ	main.run.func1(SB), AX
    71        00113 (defer_args_eval.go:15)	MOVQ	AX, main..autotmp_12+120(SP)
    76        00118 (defer_args_eval.go:15)	LEAQ	main.x+8(SP), AX
    7b        00123 (defer_args_eval.go:15)	MOVQ	AX, main..autotmp_12+128(SP)
    83        00131 (defer_args_eval.go:15)	LEAQ	main..autotmp_12+120(SP), AX
    88        00136 (defer_args_eval.go:15)	MOVQ	AX, main..autotmp_25+144(SP)
    90        00144 (defer_args_eval.go:15)	MOVB	$3, main..autotmp_23+7(SP)
    95        00149 (defer_args_eval.go:16)	MOVQ	$2, main.x+8(SP)
    9e        00158 (defer_args_eval.go:19)	LEAQ	main.run.deferwrap2(SB), AX
    a5        00165 (defer_args_eval.go:19)	MOVQ	AX, main..autotmp_14+96(SP)
    aa        00170 (defer_args_eval.go:19)	MOVQ	$4, main..autotmp_14+112(SP)
    b3        00179 (defer_args_eval.go:19)	LEAQ	go:string."[v] "(SB), AX
    ba        00186 (defer_args_eval.go:19)	MOVQ	AX, main..autotmp_14+104(SP)
    bf        00191 (defer_args_eval.go:19)	LEAQ	main..autotmp_14+96(SP), AX
    c4        00196 (defer_args_eval.go:19)	MOVQ	AX, main..autotmp_26+152(SP)
    cc        00204 (defer_args_eval.go:19)	MOVB	$7, main..autotmp_23+7(SP)
    d1        00209 (defer_args_eval.go:20)	MOVQ	$4, main..autotmp_16+88(SP)
    da        00218 (defer_args_eval.go:20)	LEAQ	go:string."[p] "(SB), AX
    e1        00225 (defer_args_eval.go:20)	MOVQ	AX, main..autotmp_16+80(SP)
    e6        00230 (defer_args_eval.go:21)	LEAQ	main.run.deferwrap3(SB), AX
    ed        00237 (defer_args_eval.go:21)	MOVQ	AX, main..autotmp_18+64(SP)
    f2        00242 (defer_args_eval.go:21)	LEAQ	main..autotmp_16+80(SP), AX
    f7        00247 (defer_args_eval.go:21)	MOVQ	AX, main..autotmp_18+72(SP)
    fc        00252 (defer_args_eval.go:21)	LEAQ	main..autotmp_18+64(SP), AX
   101        00257 (defer_args_eval.go:21)	MOVQ	AX, main..autotmp_27+160(SP)
   109        00265 (defer_args_eval.go:21)	MOVB	$15, main..autotmp_23+7(SP)
   10e        00270 (defer_args_eval.go:23)	MOVQ	$12, main..autotmp_16+88(SP)
   117        00279 (defer_args_eval.go:23)	LEAQ	go:string."[p-changed] "(SB), AX
   11e        00286 (defer_args_eval.go:23)	MOVQ	AX, main..autotmp_16+80(SP)
   123        00291 (defer_args_eval.go:26)	LEAQ	main.run.deferwrap4(SB), AX
   12a        00298 (defer_args_eval.go:26)	MOVQ	AX, main..autotmp_20+48(SP)
   12f        00303 (defer_args_eval.go:26)	LEAQ	main.run.func2·f(SB), AX
   136        00310 (defer_args_eval.go:26)	MOVQ	AX, main..autotmp_20+56(SP)
   13b        00315 (defer_args_eval.go:26)	LEAQ	main..autotmp_20+48(SP), AX
   140        00320 (defer_args_eval.go:26)	MOVQ	AX, main..autotmp_28+168(SP)
   148        00328 (defer_args_eval.go:26)	MOVB	$31, main..autotmp_23+7(SP)
   14d        00333 (defer_args_eval.go:28)	LEAQ	main.run.deferwrap5(SB), AX
   154        00340 (defer_args_eval.go:28)	MOVQ	AX, main..autotmp_22+32(SP)
   159        00345 (defer_args_eval.go:28)	LEAQ	main.run.func3·f(SB), AX
   160        00352 (defer_args_eval.go:28)	MOVQ	AX, main..autotmp_22+40(SP)
   165        00357 (defer_args_eval.go:28)	LEAQ	main..autotmp_22+32(SP), DX
   16a        00362 (defer_args_eval.go:28)	MOVQ	DX, main..autotmp_29+176(SP)
   172        00370 (defer_args_eval.go:29)	MOVQ	$3, main.x+8(SP)
   17b        00379 (defer_args_eval.go:30)	MOVB	$31, main..autotmp_23+7(SP)
   180        00384 (defer_args_eval.go:30)	MOVQ	main..autotmp_22+32(SP), AX
   185        00389 (defer_args_eval.go:30)	PCDATA	$1, $1
   185        00389 (defer_args_eval.go:30)	CALL	AX
   187        00391 (defer_args_eval.go:30)	MOVB	$15, main..autotmp_23+7(SP)
   18c        00396 (defer_args_eval.go:30)	MOVQ	main..autotmp_28+168(SP), DX
   194        00404 (defer_args_eval.go:30)	MOVQ	(DX), AX
   197        00407 (defer_args_eval.go:30)	CALL	AX
   199        00409 (defer_args_eval.go:30)	MOVB	$7, main..autotmp_23+7(SP)
   19e        00414 (defer_args_eval.go:30)	MOVQ	main..autotmp_27+160(SP), DX
   1a6        00422 (defer_args_eval.go:30)	MOVQ	(DX), AX
   1a9        00425 (defer_args_eval.go:30)	CALL	AX
   1ab        00427 (defer_args_eval.go:30)	MOVB	$3, main..autotmp_23+7(SP)
   1b0        00432 (defer_args_eval.go:30)	MOVQ	main..autotmp_26+152(SP), DX
   1b8        00440 (defer_args_eval.go:30)	MOVQ	(DX), AX
   1bb        00443 (defer_args_eval.go:30)	CALL	AX
   1bd        00445 (defer_args_eval.go:30)	MOVB	$1, main..autotmp_23+7(SP)
   1c2        00450 (defer_args_eval.go:30)	MOVQ	main..autotmp_25+144(SP), DX
   1ca        00458 (defer_args_eval.go:30)	MOVQ	(DX), AX
   1cd        00461 (defer_args_eval.go:30)	CALL	AX
   1cf        00463 (defer_args_eval.go:30)	MOVB	$0, main..autotmp_23+7(SP)
   1d4        00468 (defer_args_eval.go:30)	MOVQ	main..autotmp_24+136(SP), DX
   1dc        00476 (defer_args_eval.go:30)	MOVQ	(DX), AX
   1df        00479 (defer_args_eval.go:30)	NOP
   1e0        00480 (defer_args_eval.go:30)	CALL	AX
   1e2        00482 (defer_args_eval.go:30)	ADDQ	$184, SP
   1e9        00489 (defer_args_eval.go:30)	POPQ	BP
   1ea        00490 (defer_args_eval.go:30)	RET
   1eb        00491 (defer_args_eval.go:30)	CALL	runtime.deferreturn(SB)
   1f0        00496 (defer_args_eval.go:30)	ADDQ	$184, SP
   1f7        00503 (defer_args_eval.go:30)	POPQ	BP
   1f8        00504 (defer_args_eval.go:30)	RET
   1f9        00505 (defer_args_eval.go:30)	NOP
   1f9        00505 (defer_args_eval.go:12)	PCDATA	$1, $-1
   1f9        00505 (defer_args_eval.go:12)	PCDATA	$0, $-2
   1f9        00505 (defer_args_eval.go:12)	CALL	runtime.morestack_noctxt(SB)
   1fe        00510 (defer_args_eval.go:12)	PCDATA	$0, $-1
   1fe        00510 (defer_args_eval.go:12)	NOP
   200        00512 (defer_args_eval.go:12)	JMP	0
   205 done
wrote 4 bytes to 0x0
 00 85 04 00
funcpctab main.run.deferwrap5 [valfunc=pctoinline]
     0     -1 00000 (defer_args_eval.go:28)	TEXT	main.run.deferwrap5(SB), WRAPPER|NEEDCTXT|ABIInternal, $24-0
     0        00000 (defer_args_eval.go:28)	TEXT	main.run.deferwrap5(SB), WRAPPER|NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (defer_args_eval.go:28)	CMPQ	SP, 16(R14)
     4        00004 (defer_args_eval.go:28)	PCDATA	$0, $-2
     4        00004 (defer_args_eval.go:28)	JLS	41
     6        00006 (defer_args_eval.go:28)	PCDATA	$0, $-1
     6        00006 (defer_args_eval.go:28)	PUSHQ	BP
     7        00007 (defer_args_eval.go:28)	MOVQ	SP, BP
     a        00010 (defer_args_eval.go:28)	SUBQ	$16, SP
     e        00014 (defer_args_eval.go:28)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (defer_args_eval.go:28)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (defer_args_eval.go:28)	MOVQ	8(DX), DX
    12        00018 (defer_args_eval.go:28)	MOVQ	(DX), CX
    15        00021 (defer_args_eval.go:28)	LEAQ	go:string."second f"(SB), AX
    1c        00028 (defer_args_eval.go:28)	MOVL	$8, BX
    21        00033 (defer_args_eval.go:28)	PCDATA	$1, $0
    21        00033 (defer_args_eval.go:28)	CALL	CX
    23        00035 (defer_args_eval.go:28)	ADDQ	$16, SP
    27        00039 (defer_args_eval.go:28)	POPQ	BP
    28        00040 (defer_args_eval.go:28)	RET
    29        00041 (defer_args_eval.go:28)	NOP
    29        00041 (defer_args_eval.go:28)	PCDATA	$1, $-1
    29        00041 (defer_args_eval.go:28)	PCDATA	$0, $-2
    29        00041 (defer_args_eval.go:28)	CALL	runtime.morestack(SB)
    2e        00046 (defer_args_eval.go:28)	PCDATA	$0, $-1
    2e        00046 (defer_args_eval.go:28)	JMP	0
    30 done
wrote 3 bytes to 0x0
 00 30 00
funcpctab main.run.deferwrap4 [valfunc=pctoinline]
     0     -1 00000 (defer_args_eval.go:26)	TEXT	main.run.deferwrap4(SB), WRAPPER|NEEDCTXT|ABIInternal, $24-0
     0        00000 (defer_args_eval.go:26)	TEXT	main.run.deferwrap4(SB), WRAPPER|NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (defer_args_eval.go:26)	CMPQ	SP, 16(R14)
     4        00004 (defer_args_eval.go:26)	PCDATA	$0, $-2
     4        00004 (defer_args_eval.go:26)	JLS	41
     6        00006 (defer_args_eval.go:26)	PCDATA	$0, $-1
     6        00006 (defer_args_eval.go:26)	PUSHQ	BP
     7        00007 (defer_args_eval.go:26)	MOVQ	SP, BP
     a        00010 (defer_args_eval.go:26)	SUBQ	$16, SP
     e        00014 (defer_args_eval.go:26)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (defer_args_eval.go:26)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (defer_args_eval.go:26)	MOVQ	8(DX), DX
    12        00018 (defer_args_eval.go:26)	MOVQ	(DX), CX
    15        00021 (defer_args_eval.go:26)	LEAQ	go:string."first f"(SB), AX
    1c        00028 (defer_args_eval.go:26)	MOVL	$7, BX
    21        00033 (defer_args_eval.go:26)	PCDATA	$1, $0
    21        00033 (defer_args_eval.go:26)	CALL	CX
    23        00035 (defer_args_eval.go:26)	ADDQ	$16, SP
    27        00039 (defer_args_eval.go:26)	POPQ	BP
    28        00040 (defer_args_eval.go:26)	RET
    29        00041 (defer_args_eval.go:26)	NOP
    29        00041 (defer_args_eval.go:26)	PCDATA	$1, $-1
    29        00041 (defer_args_eval.go:26)	PCDATA	$0, $-2
    29        00041 (defer_args_eval.go:26)	CALL	runtime.morestack(SB)
    2e        00046 (defer_args_eval.go:26)	PCDATA	$0, $-1
    2e        00046 (defer_args_eval.go:26)	JMP	0
    30 done
wrote 3 bytes to 0x0
 00 30 00
funcpctab main.run.deferwrap3 [valfunc=pctoinline]
     0     -1 00000 (defer_args_eval.go:21)	TEXT	main.run.deferwrap3(SB), WRAPPER|NEEDCTXT|ABIInternal, $96-0
     0        00000 (defer_args_eval.go:21)	TEXT	main.run.deferwrap3(SB), WRAPPER|NEEDCTXT|ABIInternal, $96-0
     0     -1 00000 (defer_args_eval.go:21)	CMPQ	SP, 16(R14)
     4        00004 (defer_args_eval.go:21)	PCDATA	$0, $-2
     4        00004 (defer_args_eval.go:21)	JLS	93
     6        00006 (defer_args_eval.go:21)	PCDATA	$0, $-1
     6        00006 (defer_args_eval.go:21)	PUSHQ	BP
     7        00007 (defer_args_eval.go:21)	MOVQ	SP, BP
     a        00010 (defer_args_eval.go:21)	SUBQ	$88, SP
     e        00014 (defer_args_eval.go:21)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (defer_args_eval.go:21)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (defer_args_eval.go:21)	FUNCDATA	$7, main.(*Logger).PLog.wrapinfo(SB)
     e        00014 (defer_args_eval.go:21)	MOVQ	8(DX), DX
    12      0 00018 (defer_args_eval.go:21)	MOVQ	(DX), BX
    15        00021 (defer_args_eval.go:21)	MOVQ	8(DX), CX
    19        00025 (<unknown line number>)	NOP
    19        00025 (defer_args_eval.go:21)	LEAQ	main..autotmp_3+40(SP), AX
    1e        00030 (defer_args_eval.go:21)	LEAQ	go:string."pointer receiver shared"(SB), DI
    25        00037 (defer_args_eval.go:21)	MOVL	$23, SI
    2a        00042 (defer_args_eval.go:21)	PCDATA	$1, $0
    2a        00042 (defer_args_eval.go:21)	CALL	runtime.concatstring2(SB)
    2f        00047 (defer_args_eval.go:21)	MOVQ	AX, main..autotmp_8+80(SP)
    34        00052 (defer_args_eval.go:21)	MOVQ	BX, main..autotmp_9+72(SP)
    39        00057 (defer_args_eval.go:21)	PCDATA	$1, $1
    39        00057 (defer_args_eval.go:21)	CALL	runtime.printlock(SB)
    3e        00062 (defer_args_eval.go:21)	MOVQ	main..autotmp_8+80(SP), AX
    43        00067 (defer_args_eval.go:21)	MOVQ	main..autotmp_9+72(SP), BX
    48        00072 (defer_args_eval.go:21)	PCDATA	$1, $0
    48        00072 (defer_args_eval.go:21)	CALL	runtime.printstring(SB)
    4d        00077 (defer_args_eval.go:21)	CALL	runtime.printnl(SB)
    52        00082 (defer_args_eval.go:21)	CALL	runtime.printunlock(SB)
    57     -1 00087 (defer_args_eval.go:21)	ADDQ	$88, SP
    5b        00091 (defer_args_eval.go:21)	POPQ	BP
    5c        00092 (defer_args_eval.go:21)	RET
    5d        00093 (defer_args_eval.go:21)	NOP
    5d        00093 (defer_args_eval.go:21)	PCDATA	$1, $-1
    5d        00093 (defer_args_eval.go:21)	PCDATA	$0, $-2
    5d        00093 (defer_args_eval.go:21)	NOP
    60        00096 (defer_args_eval.go:21)	CALL	runtime.morestack(SB)
    65        00101 (defer_args_eval.go:21)	PCDATA	$0, $-1
    65        00101 (defer_args_eval.go:21)	JMP	0
    67 done
wrote 7 bytes to 0x0
 00 12 02 45 01 10 00
-- inlining tree for main.run.deferwrap3:
0 | -1 | main.(*Logger).PLog (defer_args_eval.go:21:15) pc=14
--
funcpctab main.run.deferwrap2 [valfunc=pctoinline]
     0     -1 00000 (defer_args_eval.go:19)	TEXT	main.run.deferwrap2(SB), WRAPPER|NEEDCTXT|ABIInternal, $96-0
     0        00000 (defer_args_eval.go:19)	TEXT	main.run.deferwrap2(SB), WRAPPER|NEEDCTXT|ABIInternal, $96-0
     0     -1 00000 (defer_args_eval.go:19)	CMPQ	SP, 16(R14)
     4        00004 (defer_args_eval.go:19)	PCDATA	$0, $-2
     4        00004 (defer_args_eval.go:19)	JLS	90
     6        00006 (defer_args_eval.go:19)	PCDATA	$0, $-1
     6        00006 (defer_args_eval.go:19)	PUSHQ	BP
     7        00007 (defer_args_eval.go:19)	MOVQ	SP, BP
     a        00010 (defer_args_eval.go:19)	SUBQ	$88, SP
     e        00014 (defer_args_eval.go:19)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (defer_args_eval.go:19)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (defer_args_eval.go:19)	FUNCDATA	$7, main.Logger.Log.wrapinfo(SB)
     e        00014 (defer_args_eval.go:19)	MOVQ	8(DX), BX
    12        00018 (defer_args_eval.go:19)	MOVQ	16(DX), CX
    16        00022 (<unknown line number>)	NOP
    16      0 00022 (defer_args_eval.go:19)	LEAQ	main..autotmp_3+40(SP), AX
    1b        00027 (defer_args_eval.go:19)	LEAQ	go:string."value receiver copied"(SB), DI
    22        00034 (defer_args_eval.go:19)	MOVL	$21, SI
    27        00039 (defer_args_eval.go:19)	PCDATA	$1, $0
    27        00039 (defer_args_eval.go:19)	CALL	runtime.concatstring2(SB)
    2c        00044 (defer_args_eval.go:19)	MOVQ	AX, main..autotmp_9+80(SP)
    31        00049 (defer_args_eval.go:19)	MOVQ	BX, main..autotmp_10+72(SP)
    36        00054 (defer_args_eval.go:19)	PCDATA	$1, $1
    36        00054 (defer_args_eval.go:19)	CALL	runtime.printlock(SB)
    3b        00059 (defer_args_eval.go:19)	MOVQ	main..autotmp_9+80(SP), AX
    40        00064 (defer_args_eval.go:19)	MOVQ	main..autotmp_10+72(SP), BX
    45        00069 (defer_args_eval.go:19)	PCDATA	$1, $0
    45        00069 (defer_args_eval.go:19)	CALL	runtime.printstring(SB)
    4a        00074 (defer_args_eval.go:19)	CALL	runtime.printnl(SB)
    4f        00079 (defer_args_eval.go:19)	CALL	runtime.printunlock(SB)
    54     -1 00084 (defer_args_eval.go:19)	ADDQ	$88, SP
    58        00088 (defer_args_eval.go:19)	POPQ	BP
    59        00089 (defer_args_eval.go:19)	RET
    5a        00090 (defer_args_eval.go:19)	NOP
    5a        00090 (defer_args_eval.go:19)	PCDATA	$1, $-1
    5a        00090 (defer_args_eval.go:19)	PCDATA	$0, $-2
    5a        00090 (defer_args_eval.go:19)	CALL	runtime.morestack(SB)
    5f        00095 (defer_args_eval.go:19)	PCDATA	$0, $-1
    5f        00095 (defer_args_eval.go:19)	NOP
    60        00096 (defer_args_eval.go:19)	JMP	0
    62 done
wrote 7 bytes to 0x0
 00 16 02 3e 01 0e 00
-- inlining tree for main.run.deferwrap2:
0 | -1 | main.Logger.Log (defer_args_eval.go:19:13) pc=14
--
funcpctab main.run.func1 [valfunc=pctoinline]
     0     -1 00000 (defer_args_eval.go:15)	TEXT	main.run.func1(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (defer_args_eval.go:15)	TEXT	main.run.func1(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (defer_args_eval.go:15)	CMPQ	SP, 16(R14)
     4        00004 (defer_args_eval.go:15)	PCDATA	$0, $-2
     4        00004 (defer_args_eval.go:15)	JLS	80
     6        00006 (defer_args_eval.go:15)	PCDATA	$0, $-1
     6        00006 (defer_args_eval.go:15)	PUSHQ	BP
     7        00007 (defer_args_eval.go:15)	MOVQ	SP, BP
     a        00010 (defer_args_eval.go:15)	SUBQ	$24, SP
     e        00014 (defer_args_eval.go:15)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (defer_args_eval.go:15)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (defer_args_eval.go:15)	MOVQ	8(DX), AX
    12        00018 (defer_args_eval.go:15)	MOVQ	(AX), AX
    15        00021 (defer_args_eval.go:15)	MOVQ	AX, main.v+16(SP)
    1a        00026 (<unknown line number>)	NOP
    1a        00026 (defer_args_eval.go:15)	PCDATA	$1, $0
    1a      0 00026 (defer_args_eval.go:15)	CALL	runtime.printlock(SB)
    1f        00031 (defer_args_eval.go:15)	LEAQ	go:string."closure at exit"(SB), AX
    26        00038 (defer_args_eval.go:15)	MOVL	$15, BX
    2b        00043 (defer_args_eval.go:15)	CALL	runtime.printstring(SB)
    30        00048 (defer_args_eval.go:15)	CALL	runtime.printsp(SB)
    35        00053 (defer_args_eval.go:15)	MOVQ	main.v+16(SP), AX
    3a        00058 (defer_args_eval.go:15)	CALL	runtime.printint(SB)
    3f        00063 (defer_args_eval.go:15)	NOP
    40        00064 (defer_args_eval.go:15)	CALL	runtime.printnl(SB)
    45        00069 (defer_args_eval.go:15)	CALL	runtime.printunlock(SB)
    4a     -1 00074 (defer_args_eval.go:15)	ADDQ	$24, SP
    4e        00078 (defer_args_eval.go:15)	POPQ	BP
    4f        00079 (defer_args_eval.go:15)	RET
    50        00080 (defer_args_eval.go:15)	NOP
    50        00080 (defer_args_eval.go:15)	PCDATA	$1, $-1
    50        00080 (defer_args_eval.go:15)	PCDATA	$0, $-2
    50        00080 (defer_args_eval.go:15)	CALL	runtime.morestack(SB)
    55        00085 (defer_args_eval.go:15)	PCDATA	$0, $-1
    55        00085 (defer_args_eval.go:15)	JMP	0
    57 done
wrote 7 bytes to 0x0
 00 1a 02 30 01 0d 00
-- inlining tree for main.run.func1:
0 | -1 | main.show (defer_args_eval.go:15:21) pc=14
--
funcpctab main.run.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (defer_args_eval.go:14)	TEXT	main.run.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0        00000 (defer_args_eval.go:14)	TEXT	main.run.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (defer_args_eval.go:14)	CMPQ	SP, 16(R14)
     4        00004 (defer_args_eval.go:14)	PCDATA	$0, $-2
     4        00004 (defer_args_eval.go:14)	JLS	80
     6        00006 (defer_args_eval.go:14)	PCDATA	$0, $-1
     6        00006 (defer_args_eval.go:14)	PUSHQ	BP
     7        00007 (defer_args_eval.go:14)	MOVQ	SP, BP
     a        00010 (defer_args_eval.go:14)	SUBQ	$24, SP
     e        00014 (defer_args_eval.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (defer_args_eval.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (defer_args_eval.go:14)	FUNCDATA	$7, main.show.wrapinfo(SB)
     e        00014 (defer_args_eval.go:14)	MOVQ	8(DX), AX
    12        00018 (defer_args_eval.go:14)	MOVQ	AX, main..autotmp_1+16(SP)
    17        00023 (<unknown line number>)	NOP
    17        00023 (defer_args_eval.go:14)	PCDATA	$1, $0
    17      0 00023 (defer_args_eval.go:14)	CALL	runtime.printlock(SB)
    1c        00028 (defer_args_eval.go:14)	LEAQ	go:string."arg at defer"(SB), AX
    23        00035 (defer_args_eval.go:14)	MOVL	$12, BX
    28        00040 (defer_args_eval.go:14)	CALL	runtime.printstring(SB)
    2d        00045 (defer_args_eval.go:14)	CALL	runtime.printsp(SB)
    32        00050 (defer_args_eval.go:14)	MOVQ	main..autotmp_1+16(SP), AX
    37        00055 (defer_args_eval.go:14)	CALL	runtime.printint(SB)
    3c        00060 (defer_args_eval.go:14)	NOP
    40        00064 (defer_args_eval.go:14)	CALL	runtime.printnl(SB)
    45        00069 (defer_args_eval.go:14)	CALL	runtime.printunlock(SB)
    4a     -1 00074 (defer_args_eval.go:14)	ADDQ	$24, SP
    4e        00078 (defer_args_eval.go:14)	POPQ	BP
    4f        00079 (defer_args_eval.go:14)	RET
    50        00080 (defer_args_eval.go:14)	NOP
    50        00080 (defer_args_eval.go:14)	PCDATA	$1, $-1
    50        00080 (defer_args_eval.go:14)	PCDATA	$0, $-2
    50        00080 (defer_args_eval.go:14)	CALL	runtime.morestack(SB)
    55        00085 (defer_args_eval.go:14)	PCDATA	$0, $-1
    55        00085 (defer_args_eval.go:14)	JMP	0
    57 done
wrote 7 bytes to 0x0
 00 17 02 33 01 0d 00
-- inlining tree for main.run.deferwrap1:
0 | -1 | main.show (defer_args_eval.go:14:12) pc=14
--
funcpctab main.(*Logger).Log [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Logger).Log(SB), DUPOK|WRAPPER|ABIInternal, $96-24
     0        00000 (<autogenerated>:1)	TEXT	main.(*Logger).Log(SB), DUPOK|WRAPPER|ABIInternal, $96-24
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	106
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$88, SP
     e        00014 (<autogenerated>:1)	MOVQ	BX, main.msg+112(FP)
    13        00019 (<autogenerated>:1)	FUNCDATA	$0, gclocals·jWS2Kjj4Ck/nXhKPVTPCzA==(SB)
    13        00019 (<autogenerated>:1)	FUNCDATA	$1, gclocals·dJUzpsp3Yf15gqnc4dLliw==(SB)
    13        00019 (<autogenerated>:1)	FUNCDATA	$5, main.(*Logger).Log.arginfo1(SB)
    13        00019 (<autogenerated>:1)	FUNCDATA	$6, main.(*Logger).Log.argliveinfo(SB)
    13        00019 (<autogenerated>:1)	PCDATA	$3, $1
    13        00019 (<autogenerated>:1)	TESTQ	AX, AX
    16        00022 (<autogenerated>:1)	JEQ	100
    18        00024 (<autogenerated>:1)	MOVQ	(AX), DX
    1b        00027 (<autogenerated>:1)	MOVQ	8(AX), R8
    1f        00031 (<unknown line number>)	NOP
    1f      0 00031 (<autogenerated>:1)	LEAQ	main..autotmp_5+40(SP), AX
    24        00036 (<autogenerated>:1)	MOVQ	BX, DI
    27        00039 (<autogenerated>:1)	MOVQ	CX, SI
    2a        00042 (<autogenerated>:1)	MOVQ	DX, BX
    2d        00045 (<autogenerated>:1)	MOVQ	R8, CX
    30        00048 (<autogenerated>:1)	PCDATA	$1, $1
    30        00048 (<autogenerated>:1)	CALL	runtime.concatstring2(SB)
    35        00053 (<autogenerated>:1)	MOVQ	AX, main..autotmp_9+80(SP)
    3a        00058 (<autogenerated>:1)	MOVQ	BX, main..autotmp_10+72(SP)
    3f        00063 (<autogenerated>:1)	PCDATA	$1, $2
    3f        00063 (<autogenerated>:1)	NOP
    40        00064 (<autogenerated>:1)	CALL	runtime.printlock(SB)
    45        00069 (<autogenerated>:1)	MOVQ	main..autotmp_9+80(SP), AX
    4a        00074 (<autogenerated>:1)	MOVQ	main..autotmp_10+72(SP), BX
    4f        00079 (<autogenerated>:1)	PCDATA	$1, $1
    4f        00079 (<autogenerated>:1)	CALL	runtime.printstring(SB)
    54        00084 (<autogenerated>:1)	CALL	runtime.printnl(SB)
    59        00089 (<autogenerated>:1)	CALL	runtime.printunlock(SB)
    5e     -1 00094 (<autogenerated>:1)	ADDQ	$88, SP
    62        00098 (<autogenerated>:1)	POPQ	BP
    63        00099 (<autogenerated>:1)	RET
    64        00100 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    69        00105 (<autogenerated>:1)	XCHGL	AX, AX
    6a        00106 (<autogenerated>:1)	NOP
    6a        00106 (<autogenerated>:1)	PCDATA	$1, $-1
    6a        00106 (<autogenerated>:1)	PCDATA	$0, $-2
    6a        00106 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    6f        00111 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    74        00116 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    79        00121 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    7e        00126 (<autogenerated>:1)	PCDATA	$0, $-1
    7e        00126 (<autogenerated>:1)	MOVQ	8(SP), AX
    83        00131 (<autogenerated>:1)	MOVQ	16(SP), BX
    88        00136 (<autogenerated>:1)	MOVQ	24(SP), CX
    8d        00141 (<autogenerated>:1)	JMP	0
    92 done
wrote 7 bytes to 0x0
 00 1f 02 3f 01 34 00
-- inlining tree for main.(*Logger).Log:
0 | -1 | main.Logger.Log (<autogenerated>:1) pc=19
--
funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (defer_args_eval.go:32)	TEXT	main.main(SB), ABIInternal, $24-0
     0        00000 (defer_args_eval.go:32)	TEXT	main.main(SB), ABIInternal, $24-0
     0     -1 00000 (defer_args_eval.go:32)	CMPQ	SP, 16(R14)
     4        00004 (defer_args_eval.go:32)	PCDATA	$0, $-2
     4        00004 (defer_args_eval.go:32)	JLS	52
     6        00006 (defer_args_eval.go:32)	PCDATA	$0, $-1
     6        00006 (defer_args_eval.go:32)	PUSHQ	BP
     7        00007 (defer_args_eval.go:32)	MOVQ	SP, BP
     a        00010 (defer_args_eval.go:32)	SUBQ	$16, SP
     e        00014 (defer_args_eval.go:32)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (defer_args_eval.go:32)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (defer_args_eval.go:33)	PCDATA	$1, $0
     e        00014 (defer_args_eval.go:33)	CALL	main.run(SB)
    13        00019 (defer_args_eval.go:34)	CALL	runtime.printlock(SB)
    18        00024 (defer_args_eval.go:34)	LEAQ	go:string."after run\n"(SB), AX
    1f        00031 (defer_args_eval.go:34)	MOVL	$10, BX
    24        00036 (defer_args_eval.go:34)	CALL	runtime.printstring(SB)
    29        00041 (defer_args_eval.go:34)	CALL	runtime.printunlock(SB)
    2e        00046 (defer_args_eval.go:35)	ADDQ	$16, SP
    32        00050 (defer_args_eval.go:35)	POPQ	BP
    33        00051 (defer_args_eval.go:35)	RET
    34        00052 (defer_args_eval.go:35)	NOP
    34        00052 (defer_args_eval.go:32)	PCDATA	$1, $-1
    34        00052 (defer_args_eval.go:32)	PCDATA	$0, $-2
    34        00052 (defer_args_eval.go:32)	CALL	runtime.morestack_noctxt(SB)
    39        00057 (defer_args_eval.go:32)	PCDATA	$0, $-1
    39        00057 (defer_args_eval.go:32)	JMP	0
    3b done
wrote 3 bytes to 0x0
 00 3b 00
funcpctab main.run.func3 [valfunc=pctoinline]
     0     -1 00000 (defer_args_eval.go:27)	TEXT	main.run.func3(SB), ABIInternal, $24-16
     0        00000 (defer_args_eval.go:27)	TEXT	main.run.func3(SB), ABIInternal, $24-16
     0     -1 00000 (defer_args_eval.go:27)	CMPQ	SP, 16(R14)
     4        00004 (defer_args_eval.go:27)	PCDATA	$0, $-2
     4        00004 (defer_args_eval.go:27)	JLS	80
     6        00006 (defer_args_eval.go:27)	PCDATA	$0, $-1
     6        00006 (defer_args_eval.go:27)	PUSHQ	BP
     7        00007 (defer_args_eval.go:27)	MOVQ	SP, BP
     a        00010 (defer_args_eval.go:27)	SUBQ	$16, SP
     e        00014 (defer_args_eval.go:27)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (defer_args_eval.go:27)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (defer_args_eval.go:27)	FUNCDATA	$5, main.run.func3.arginfo1(SB)
     e        00014 (defer_args_eval.go:27)	FUNCDATA	$6, main.run.func3.argliveinfo(SB)
     e        00014 (defer_args_eval.go:27)	PCDATA	$3, $1
     e        00014 (defer_args_eval.go:27)	MOVQ	AX, main.s+32(SP)
    13        00019 (defer_args_eval.go:27)	MOVQ	BX, main.s+40(SP)
    18        00024 (defer_args_eval.go:27)	PCDATA	$3, $-1
    18        00024 (defer_args_eval.go:27)	PCDATA	$1, $0
    18        00024 (defer_args_eval.go:27)	CALL	runtime.printlock(SB)
    1d        00029 (defer_args_eval.go:27)	LEAQ	go:string."replaced "(SB), AX
    24        00036 (defer_args_eval.go:27)	MOVL	$9, BX
    29        00041 (defer_args_eval.go:27)	CALL	runtime.printstring(SB)
    2e        00046 (defer_args_eval.go:27)	MOVQ	main.s+32(SP), AX
    33        00051 (defer_args_eval.go:27)	MOVQ	main.s+40(SP), BX
    38        00056 (defer_args_eval.go:27)	PCDATA	$1, $1
    38        00056 (defer_args_eval.go:27)	CALL	runtime.printstring(SB)
    3d        00061 (defer_args_eval.go:27)	NOP
    40        00064 (defer_args_eval.go:27)	CALL	runtime.printnl(SB)
    45        00069 (defer_args_eval.go:27)	CALL	runtime.printunlock(SB)
    4a        00074 (defer_args_eval.go:27)	ADDQ	$16, SP
    4e        00078 (defer_args_eval.go:27)	POPQ	BP
    4f        00079 (defer_args_eval.go:27)	RET
    50        00080 (defer_args_eval.go:27)	NOP
    50        00080 (defer_args_eval.go:27)	PCDATA	$1, $-1
    50        00080 (defer_args_eval.go:27)	PCDATA	$0, $-2
    50        00080 (defer_args_eval.go:27)	MOVQ	AX, 8(SP)
    55        00085 (defer_args_eval.go:27)	MOVQ	BX, 16(SP)
    5a        00090 (defer_args_eval.go:27)	CALL	runtime.morestack_noctxt(SB)
    5f        00095 (defer_args_eval.go:27)	PCDATA	$0, $-1
    5f        00095 (defer_args_eval.go:27)	MOVQ	8(SP), AX
    64        00100 (defer_args_eval.go:27)	MOVQ	16(SP), BX
    69        00105 (defer_args_eval.go:27)	JMP	0
    6b done
wrote 3 bytes to 0x0
 00 6b 00
funcpctab main.run.func2 [valfunc=pctoinline]
     0     -1 00000 (defer_args_eval.go:25)	TEXT	main.run.func2(SB), ABIInternal, $24-16
     0        00000 (defer_args_eval.go:25)	TEXT	main.run.func2(SB), ABIInternal, $24-16
     0     -1 00000 (defer_args_eval.go:25)	CMPQ	SP, 16(R14)
     4        00004 (defer_args_eval.go:25)	PCDATA	$0, $-2
     4        00004 (defer_args_eval.go:25)	JLS	80
     6        00006 (defer_args_eval.go:25)	PCDATA	$0, $-1
     6        00006 (defer_args_eval.go:25)	PUSHQ	BP
     7        00007 (defer_args_eval.go:25)	MOVQ	SP, BP
     a        00010 (defer_args_eval.go:25)	SUBQ	$16, SP
     e        00014 (defer_args_eval.go:25)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (defer_args_eval.go:25)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (defer_args_eval.go:25)	FUNCDATA	$5, main.run.func2.arginfo1(SB)
     e        00014 (defer_args_eval.go:25)	FUNCDATA	$6, main.run.func2.argliveinfo(SB)
     e        00014 (defer_args_eval.go:25)	PCDATA	$3, $1
     e        00014 (defer_args_eval.go:25)	MOVQ	AX, main.s+32(SP)
    13        00019 (defer_args_eval.go:25)	MOVQ	BX, main.s+40(SP)
    18        00024 (defer_args_eval.go:25)	PCDATA	$3, $-1
    18        00024 (defer_args_eval.go:25)	PCDATA	$1, $0
    18        00024 (defer_args_eval.go:25)	CALL	runtime.printlock(SB)
    1d        00029 (defer_args_eval.go:25)	LEAQ	go:string."func value "(SB), AX
    24        00036 (defer_args_eval.go:25)	MOVL	$11, BX
    29        00041 (defer_args_eval.go:25)	CALL	runtime.printstring(SB)
    2e        00046 (defer_args_eval.go:25)	MOVQ	main.s+32(SP), AX
    33        00051 (defer_args_eval.go:25)	MOVQ	main.s+40(SP), BX
    38        00056 (defer_args_eval.go:25)	PCDATA	$1, $1
    38        00056 (defer_args_eval.go:25)	CALL	runtime.printstring(SB)
    3d        00061 (defer_args_eval.go:25)	NOP
    40        00064 (defer_args_eval.go:25)	CALL	runtime.printnl(SB)
    45        00069 (defer_args_eval.go:25)	CALL	runtime.printunlock(SB)
    4a        00074 (defer_args_eval.go:25)	ADDQ	$16, SP
    4e        00078 (defer_args_eval.go:25)	POPQ	BP
    4f        00079 (defer_args_eval.go:25)	RET
    50        00080 (defer_args_eval.go:25)	NOP
    50        00080 (defer_args_eval.go:25)	PCDATA	$1, $-1
    50        00080 (defer_args_eval.go:25)	PCDATA	$0, $-2
    50        00080 (defer_args_eval.go:25)	MOVQ	AX, 8(SP)
    55        00085 (defer_args_eval.go:25)	MOVQ	BX, 16(SP)
    5a        00090 (defer_args_eval.go:25)	CALL	runtime.morestack_noctxt(SB)
    5f        00095 (defer_args_eval.go:25)	PCDATA	$0, $-1
    5f        00095 (defer_args_eval.go:25)	MOVQ	8(SP), AX
    64        00100 (defer_args_eval.go:25)	MOVQ	16(SP), BX
    69        00105 (defer_args_eval.go:25)	JMP	0
    6b done
wrote 3 bytes to 0x0
 00 6b 00
funcpctab main.show [valfunc=pctoinline]
     0     -1 00000 (defer_args_eval.go:10)	TEXT	main.show(SB), ABIInternal, $24-24
     0        00000 (defer_args_eval.go:10)	TEXT	main.show(SB), ABIInternal, $24-24
     0     -1 00000 (defer_args_eval.go:10)	CMPQ	SP, 16(R14)
     4        00004 (defer_args_eval.go:10)	PCDATA	$0, $-2
     4        00004 (defer_args_eval.go:10)	JLS	85
     6        00006 (defer_args_eval.go:10)	PCDATA	$0, $-1
     6        00006 (defer_args_eval.go:10)	PUSHQ	BP
     7        00007 (defer_args_eval.go:10)	MOVQ	SP, BP
     a        00010 (defer_args_eval.go:10)	SUBQ	$16, SP
     e        00014 (defer_args_eval.go:10)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (defer_args_eval.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (defer_args_eval.go:10)	FUNCDATA	$5, main.show.arginfo1(SB)
     e        00014 (defer_args_eval.go:10)	FUNCDATA	$6, main.show.argliveinfo(SB)
     e        00014 (defer_args_eval.go:10)	PCDATA	$3, $1
     e        00014 (defer_args_eval.go:10)	MOVQ	BX, main.label+40(SP)
    13        00019 (defer_args_eval.go:10)	MOVQ	AX, main.label+32(SP)
    18        00024 (defer_args_eval.go:10)	MOVQ	CX, main.v+48(SP)
    1d        00029 (defer_args_eval.go:10)	PCDATA	$3, $-1
    1d        00029 (defer_args_eval.go:10)	PCDATA	$1, $0
    1d        00029 (defer_args_eval.go:10)	NOP
    20        00032 (defer_args_eval.go:10)	CALL	runtime.printlock(SB)
    25        00037 (defer_args_eval.go:10)	MOVQ	main.label+32(SP), AX
    2a        00042 (defer_args_eval.go:10)	MOVQ	main.label+40(SP), BX
    2f        00047 (defer_args_eval.go:10)	PCDATA	$1, $1
    2f        00047 (defer_args_eval.go:10)	CALL	runtime.printstring(SB)
    34        00052 (defer_args_eval.go:10)	CALL	runtime.printsp(SB)
    39        00057 (defer_args_eval.go:10)	MOVQ	main.v+48(SP), AX
    3e        00062 (defer_args_eval.go:10)	NOP
    40        00064 (defer_args_eval.go:10)	CALL	runtime.printint(SB)
    45        00069 (defer_args_eval.go:10)	CALL	runtime.printnl(SB)
    4a        00074 (defer_args_eval.go:10)	CALL	runtime.printunlock(SB)
    4f        00079 (defer_args_eval.go:10)	ADDQ	$16, SP
    53        00083 (defer_args_eval.go:10)	POPQ	BP
    54        00084 (defer_args_eval.go:10)	RET
    55        00085 (defer_args_eval.go:10)	NOP
    55        00085 (defer_args_eval.go:10)	PCDATA	$1, $-1
    55        00085 (defer_args_eval.go:10)	PCDATA	$0, $-2
    55        00085 (defer_args_eval.go:10)	MOVQ	AX, 8(SP)
    5a        00090 (defer_args_eval.go:10)	MOVQ	BX, 16(SP)
    5f        00095 (defer_args_eval.go:10)	MOVQ	CX, 24(SP)
    64        00100 (defer_args_eval.go:10)	CALL	runtime.morestack_noctxt(SB)
    69        00105 (defer_args_eval.go:10)	PCDATA	$0, $-1
    69        00105 (defer_args_eval.go:10)	MOVQ	8(SP), AX
    6e        00110 (defer_args_eval.go:10)	MOVQ	16(SP), BX
    73        00115 (defer_args_eval.go:10)	MOVQ	24(SP), CX
    78        00120 (defer_args_eval.go:10)	JMP	0
    7a done
wrote 3 bytes to 0x0
 00 7a 00
funcpctab main.(*Logger).PLog [valfunc=pctoinline]
     0     -1 00000 (defer_args_eval.go:8)	TEXT	main.(*Logger).PLog(SB), ABIInternal, $96-24
     0        00000 (defer_args_eval.go:8)	TEXT	main.(*Logger).PLog(SB), ABIInternal, $96-24
     0     -1 00000 (defer_args_eval.go:8)	CMPQ	SP, 16(R14)
     4        00004 (defer_args_eval.go:8)	PCDATA	$0, $-2
     4        00004 (defer_args_eval.go:8)	JLS	94
     6        00006 (defer_args_eval.go:8)	PCDATA	$0, $-1
     6        00006 (defer_args_eval.go:8)	PUSHQ	BP
     7        00007 (defer_args_eval.go:8)	MOVQ	SP, BP
     a        00010 (defer_args_eval.go:8)	SUBQ	$88, SP
     e        00014 (defer_args_eval.go:8)	MOVQ	BX, main.msg+112(FP)
    13        00019 (defer_args_eval.go:8)	FUNCDATA	$0, gclocals·jWS2Kjj4Ck/nXhKPVTPCzA==(SB)
    13        00019 (defer_args_eval.go:8)	FUNCDATA	$1, gclocals·dJUzpsp3Yf15gqnc4dLliw==(SB)
    13        00019 (defer_args_eval.go:8)	FUNCDATA	$5, main.(*Logger).PLog.arginfo1(SB)
    13        00019 (defer_args_eval.go:8)	FUNCDATA	$6, main.(*Logger).PLog.argliveinfo(SB)
    13        00019 (defer_args_eval.go:8)	PCDATA	$3, $1
    13        00019 (defer_args_eval.go:8)	MOVQ	(AX), DX
    16        00022 (defer_args_eval.go:8)	MOVQ	8(AX), R8
    1a        00026 (defer_args_eval.go:8)	LEAQ	main..autotmp_3+40(SP), AX
    1f        00031 (defer_args_eval.go:8)	MOVQ	BX, DI
    22        00034 (defer_args_eval.go:8)	MOVQ	CX, SI
    25        00037 (defer_args_eval.go:8)	MOVQ	DX, BX
    28        00040 (defer_args_eval.go:8)	MOVQ	R8, CX
    2b        00043 (defer_args_eval.go:8)	PCDATA	$1, $1
    2b        00043 (defer_args_eval.go:8)	CALL	runtime.concatstring2(SB)
    30        00048 (defer_args_eval.go:8)	MOVQ	AX, main..autotmp_5+80(SP)
    35        00053 (defer_args_eval.go:8)	MOVQ	BX, main..autotmp_6+72(SP)
    3a        00058 (defer_args_eval.go:8)	PCDATA	$1, $2
    3a        00058 (defer_args_eval.go:8)	CALL	runtime.printlock(SB)
    3f        00063 (defer_args_eval.go:8)	MOVQ	main..autotmp_5+80(SP), AX
    44        00068 (defer_args_eval.go:8)	MOVQ	main..autotmp_6+72(SP), BX
    49        00073 (defer_args_eval.go:8)	PCDATA	$1, $1
    49        00073 (defer_args_eval.go:8)	CALL	runtime.printstring(SB)
    4e        00078 (defer_args_eval.go:8)	CALL	runtime.printnl(SB)
    53        00083 (defer_args_eval.go:8)	CALL	runtime.printunlock(SB)
    58        00088 (defer_args_eval.go:8)	ADDQ	$88, SP
    5c        00092 (defer_args_eval.go:8)	POPQ	BP
    5d        00093 (defer_args_eval.go:8)	RET
    5e        00094 (defer_args_eval.go:8)	NOP
    5e        00094 (defer_args_eval.go:8)	PCDATA	$1, $-1
    5e        00094 (defer_args_eval.go:8)	PCDATA	$0, $-2
    5e        00094 (defer_args_eval.go:8)	MOVQ	AX, 8(SP)
    63        00099 (defer_args_eval.go:8)	MOVQ	BX, 16(SP)
    68        00104 (defer_args_eval.go:8)	MOVQ	CX, 24(SP)
    6d        00109 (defer_args_eval.go:8)	CALL	runtime.morestack_noctxt(SB)
    72        00114 (defer_args_eval.go:8)	PCDATA	$0, $-1
    72        00114 (defer_args_eval.go:8)	MOVQ	8(SP), AX
    77        00119 (defer_args_eval.go:8)	MOVQ	16(SP), BX
    7c        00124 (defer_args_eval.go:8)	MOVQ	24(SP), CX
    81        00129 (defer_args_eval.go:8)	JMP	0
    86 done
wrote 4 bytes to 0x0
 00 86 01 00
funcpctab main.Logger.Log [valfunc=pctoinline]
     0     -1 00000 (defer_args_eval.go:6)	TEXT	main.Logger.Log(SB), ABIInternal, $96-32
     0        00000 (defer_args_eval.go:6)	TEXT	main.Logger.Log(SB), ABIInternal, $96-32
     0     -1 00000 (defer_args_eval.go:6)	CMPQ	SP, 16(R14)
     4        00004 (defer_args_eval.go:6)	PCDATA	$0, $-2
     4        00004 (defer_args_eval.go:6)	JLS	92
     6        00006 (defer_args_eval.go:6)	PCDATA	$0, $-1
     6        00006 (defer_args_eval.go:6)	PUSHQ	BP
     7        00007 (defer_args_eval.go:6)	MOVQ	SP, BP
     a        00010 (defer_args_eval.go:6)	SUBQ	$88, SP
     e        00014 (defer_args_eval.go:6)	MOVQ	AX, main.l+104(FP)
    13        00019 (defer_args_eval.go:6)	MOVQ	CX, main.msg+120(FP)
    18        00024 (defer_args_eval.go:6)	FUNCDATA	$0, gclocals·Nr6MCXkDyUUW5SOchOvjGw==(SB)
    18        00024 (defer_args_eval.go:6)	FUNCDATA	$1, gclocals·dJUzpsp3Yf15gqnc4dLliw==(SB)
    18        00024 (defer_args_eval.go:6)	FUNCDATA	$5, main.Logger.Log.arginfo1(SB)
    18        00024 (defer_args_eval.go:6)	FUNCDATA	$6, main.Logger.Log.argliveinfo(SB)
    18        00024 (defer_args_eval.go:6)	PCDATA	$3, $1
    18        00024 (defer_args_eval.go:6)	MOVQ	DI, SI
    1b        00027 (defer_args_eval.go:6)	MOVQ	CX, DI
    1e        00030 (defer_args_eval.go:6)	MOVQ	BX, CX
    21        00033 (defer_args_eval.go:6)	MOVQ	AX, BX
    24        00036 (defer_args_eval.go:6)	LEAQ	main..autotmp_3+40(SP), AX
    29        00041 (defer_args_eval.go:6)	PCDATA	$1, $1
    29        00041 (defer_args_eval.go:6)	CALL	runtime.concatstring2(SB)
    2e        00046 (defer_args_eval.go:6)	MOVQ	AX, main..autotmp_4+80(SP)
    33        00051 (defer_args_eval.go:6)	MOVQ	BX, main..autotmp_5+72(SP)
    38        00056 (defer_args_eval.go:6)	PCDATA	$1, $2
    38        00056 (defer_args_eval.go:6)	CALL	runtime.printlock(SB)
    3d        00061 (defer_args_eval.go:6)	MOVQ	main..autotmp_4+80(SP), AX
    42        00066 (defer_args_eval.go:6)	MOVQ	main..autotmp_5+72(SP), BX
    47        00071 (defer_args_eval.go:6)	PCDATA	$1, $1
    47        00071 (defer_args_eval.go:6)	CALL	runtime.printstring(SB)
    4c        00076 (defer_args_eval.go:6)	CALL	runtime.printnl(SB)
    51        00081 (defer_args_eval.go:6)	CALL	runtime.printunlock(SB)
    56        00086 (defer_args_eval.go:6)	ADDQ	$88, SP
    5a        00090 (defer_args_eval.go:6)	POPQ	BP
    5b        00091 (defer_args_eval.go:6)	RET
    5c        00092 (defer_args_eval.go:6)	NOP
    5c        00092 (defer_args_eval.go:6)	PCDATA	$1, $-1
    5c        00092 (defer_args_eval.go:6)	PCDATA	$0, $-2
    5c        00092 (defer_args_eval.go:6)	MOVQ	AX, 8(SP)
    61        00097 (defer_args_eval.go:6)	MOVQ	BX, 16(SP)
    66        00102 (defer_args_eval.go:6)	MOVQ	CX, 24(SP)
    6b        00107 (defer_args_eval.go:6)	MOVQ	DI, 32(SP)
    70        00112 (defer_args_eval.go:6)	CALL	runtime.morestack_noctxt(SB)
    75        00117 (defer_args_eval.go:6)	PCDATA	$0, $-1
    75        00117 (defer_args_eval.go:6)	MOVQ	8(SP), AX
    7a        00122 (defer_args_eval.go:6)	MOVQ	16(SP), BX
    7f        00127 (defer_args_eval.go:6)	MOVQ	24(SP), CX
    84        00132 (defer_args_eval.go:6)	MOVQ	32(SP), DI
    89        00137 (defer_args_eval.go:6)	JMP	0
    8e done
wrote 4 bytes to 0x0
 00 8e 01 00
main.Logger.Log STEXT size=142 align=0x0 args=0x20 locals=0x60 funcid=0x0
	0x0000 00000 (defer_args_eval.go:6)	TEXT	main.Logger.Log(SB), ABIInternal, $96-32
	0x0000 00000 (defer_args_eval.go:6)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_args_eval.go:6)	PCDATA	$0, $-2
	0x0004 00004 (defer_args_eval.go:6)	JLS	92
	0x0006 00006 (defer_args_eval.go:6)	PCDATA	$0, $-1
	0x0006 00006 (defer_args_eval.go:6)	PUSHQ	BP
	0x0007 00007 (defer_args_eval.go:6)	MOVQ	SP, BP
	0x000a 00010 (defer_args_eval.go:6)	SUBQ	$88, SP
	0x000e 00014 (defer_args_eval.go:6)	MOVQ	AX, main.l+104(FP)
	0x0013 00019 (defer_args_eval.go:6)	MOVQ	CX, main.msg+120(FP)
	0x0018 00024 (defer_args_eval.go:6)	FUNCDATA	$0, gclocals·Nr6MCXkDyUUW5SOchOvjGw==(SB)
	0x0018 00024 (defer_args_eval.go:6)	FUNCDATA	$1, gclocals·dJUzpsp3Yf15gqnc4dLliw==(SB)
	0x0018 00024 (defer_args_eval.go:6)	FUNCDATA	$5, main.Logger.Log.arginfo1(SB)
	0x0018 00024 (defer_args_eval.go:6)	FUNCDATA	$6, main.Logger.Log.argliveinfo(SB)
	0x0018 00024 (defer_args_eval.go:6)	PCDATA	$3, $1
	0x0018 00024 (defer_args_eval.go:6)	MOVQ	DI, SI
	0x001b 00027 (defer_args_eval.go:6)	MOVQ	CX, DI
	0x001e 00030 (defer_args_eval.go:6)	MOVQ	BX, CX
	0x0021 00033 (defer_args_eval.go:6)	MOVQ	AX, BX
	0x0024 00036 (defer_args_eval.go:6)	LEAQ	main..autotmp_3+40(SP), AX
	0x0029 00041 (defer_args_eval.go:6)	PCDATA	$1, $1
	0x0029 00041 (defer_args_eval.go:6)	CALL	runtime.concatstring2(SB)
	0x002e 00046 (defer_args_eval.go:6)	MOVQ	AX, main..autotmp_4+80(SP)
	0x0033 00051 (defer_args_eval.go:6)	MOVQ	BX, main..autotmp_5+72(SP)
	0x0038 00056 (defer_args_eval.go:6)	PCDATA	$1, $2
	0x0038 00056 (defer_args_eval.go:6)	CALL	runtime.printlock(SB)
	0x003d 00061 (defer_args_eval.go:6)	MOVQ	main..autotmp_4+80(SP), AX
	0x0042 00066 (defer_args_eval.go:6)	MOVQ	main..autotmp_5+72(SP), BX
	0x0047 00071 (defer_args_eval.go:6)	PCDATA	$1, $1
	0x0047 00071 (defer_args_eval.go:6)	CALL	runtime.printstring(SB)
	0x004c 00076 (defer_args_eval.go:6)	CALL	runtime.printnl(SB)
	0x0051 00081 (defer_args_eval.go:6)	CALL	runtime.printunlock(SB)
	0x0056 00086 (defer_args_eval.go:6)	ADDQ	$88, SP
	0x005a 00090 (defer_args_eval.go:6)	POPQ	BP
	0x005b 00091 (defer_args_eval.go:6)	RET
	0x005c 00092 (defer_args_eval.go:6)	NOP
	0x005c 00092 (defer_args_eval.go:6)	PCDATA	$1, $-1
	0x005c 00092 (defer_args_eval.go:6)	PCDATA	$0, $-2
	0x005c 00092 (defer_args_eval.go:6)	MOVQ	AX, 8(SP)
	0x0061 00097 (defer_args_eval.go:6)	MOVQ	BX, 16(SP)
	0x0066 00102 (defer_args_eval.go:6)	MOVQ	CX, 24(SP)
	0x006b 00107 (defer_args_eval.go:6)	MOVQ	DI, 32(SP)
	0x0070 00112 (defer_args_eval.go:6)	CALL	runtime.morestack_noctxt(SB)
	0x0075 00117 (defer_args_eval.go:6)	PCDATA	$0, $-1
	0x0075 00117 (defer_args_eval.go:6)	MOVQ	8(SP), AX
	0x007a 00122 (defer_args_eval.go:6)	MOVQ	16(SP), BX
	0x007f 00127 (defer_args_eval.go:6)	MOVQ	24(SP), CX
	0x0084 00132 (defer_args_eval.go:6)	MOVQ	32(SP), DI
	0x0089 00137 (defer_args_eval.go:6)	JMP	0
	0x0000 49 3b 66 10 76 56 55 48 89 e5 48 83 ec 58 48 89  I;f.vVUH..H..XH.
	0x0010 44 24 68 48 89 4c 24 78 48 89 fe 48 89 cf 48 89  D$hH.L$xH..H..H.
	0x0020 d9 48 89 c3 48 8d 44 24 28 e8 00 00 00 00 48 89  .H..H.D$(.....H.
	0x0030 44 24 50 48 89 5c 24 48 e8 00 00 00 00 48 8b 44  D$PH.\$H.....H.D
	0x0040 24 50 48 8b 5c 24 48 e8 00 00 00 00 e8 00 00 00  $PH.\$H.........
	0x0050 00 e8 00 00 00 00 48 83 c4 58 5d c3 48 89 44 24  ......H..X].H.D$
	0x0060 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c 24 20  .H.\$.H.L$.H.|$ 
	0x0070 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48  .....H.D$.H.\$.H
	0x0080 8b 4c 24 18 48 8b 7c 24 20 e9 72 ff ff ff        .L$.H.|$ .r...
	rel 42+4 t=R_CALL runtime.concatstring2+0
	rel 57+4 t=R_CALL runtime.printlock+0
	rel 72+4 t=R_CALL runtime.printstring+0
	rel 77+4 t=R_CALL runtime.printnl+0
	rel 82+4 t=R_CALL runtime.printunlock+0
	rel 113+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Logger).PLog STEXT size=134 align=0x0 args=0x18 locals=0x60 funcid=0x0
	0x0000 00000 (defer_args_eval.go:8)	TEXT	main.(*Logger).PLog(SB), ABIInternal, $96-24
	0x0000 00000 (defer_args_eval.go:8)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_args_eval.go:8)	PCDATA	$0, $-2
	0x0004 00004 (defer_args_eval.go:8)	JLS	94
	0x0006 00006 (defer_args_eval.go:8)	PCDATA	$0, $-1
	0x0006 00006 (defer_args_eval.go:8)	PUSHQ	BP
	0x0007 00007 (defer_args_eval.go:8)	MOVQ	SP, BP
	0x000a 00010 (defer_args_eval.go:8)	SUBQ	$88, SP
	0x000e 00014 (defer_args_eval.go:8)	MOVQ	BX, main.msg+112(FP)
	0x0013 00019 (defer_args_eval.go:8)	FUNCDATA	$0, gclocals·jWS2Kjj4Ck/nXhKPVTPCzA==(SB)
	0x0013 00019 (defer_args_eval.go:8)	FUNCDATA	$1, gclocals·dJUzpsp3Yf15gqnc4dLliw==(SB)
	0x0013 00019 (defer_args_eval.go:8)	FUNCDATA	$5, main.(*Logger).PLog.arginfo1(SB)
	0x0013 00019 (defer_args_eval.go:8)	FUNCDATA	$6, main.(*Logger).PLog.argliveinfo(SB)
	0x0013 00019 (defer_args_eval.go:8)	PCDATA	$3, $1
	0x0013 00019 (defer_args_eval.go:8)	MOVQ	(AX), DX
	0x0016 00022 (defer_args_eval.go:8)	MOVQ	8(AX), R8
	0x001a 00026 (defer_args_eval.go:8)	LEAQ	main..autotmp_3+40(SP), AX
	0x001f 00031 (defer_args_eval.go:8)	MOVQ	BX, DI
	0x0022 00034 (defer_args_eval.go:8)	MOVQ	CX, SI
	0x0025 00037 (defer_args_eval.go:8)	MOVQ	DX, BX
	0x0028 00040 (defer_args_eval.go:8)	MOVQ	R8, CX
	0x002b 00043 (defer_args_eval.go:8)	PCDATA	$1, $1
	0x002b 00043 (defer_args_eval.go:8)	CALL	runtime.concatstring2(SB)
	0x0030 00048 (defer_args_eval.go:8)	MOVQ	AX, main..autotmp_5+80(SP)
	0x0035 00053 (defer_args_eval.go:8)	MOVQ	BX, main..autotmp_6+72(SP)
	0x003a 00058 (defer_args_eval.go:8)	PCDATA	$1, $2
	0x003a 00058 (defer_args_eval.go:8)	CALL	runtime.printlock(SB)
	0x003f 00063 (defer_args_eval.go:8)	MOVQ	main..autotmp_5+80(SP), AX
	0x0044 00068 (defer_args_eval.go:8)	MOVQ	main..autotmp_6+72(SP), BX
	0x0049 00073 (defer_args_eval.go:8)	PCDATA	$1, $1
	0x0049 00073 (defer_args_eval.go:8)	CALL	runtime.printstring(SB)
	0x004e 00078 (defer_args_eval.go:8)	CALL	runtime.printnl(SB)
	0x0053 00083 (defer_args_eval.go:8)	CALL	runtime.printunlock(SB)
	0x0058 00088 (defer_args_eval.go:8)	ADDQ	$88, SP
	0x005c 00092 (defer_args_eval.go:8)	POPQ	BP
	0x005d 00093 (defer_args_eval.go:8)	RET
	0x005e 00094 (defer_args_eval.go:8)	NOP
	0x005e 00094 (defer_args_eval.go:8)	PCDATA	$1, $-1
	0x005e 00094 (defer_args_eval.go:8)	PCDATA	$0, $-2
	0x005e 00094 (defer_args_eval.go:8)	MOVQ	AX, 8(SP)
	0x0063 00099 (defer_args_eval.go:8)	MOVQ	BX, 16(SP)
	0x0068 00104 (defer_args_eval.go:8)	MOVQ	CX, 24(SP)
	0x006d 00109 (defer_args_eval.go:8)	CALL	runtime.morestack_noctxt(SB)
	0x0072 00114 (defer_args_eval.go:8)	PCDATA	$0, $-1
	0x0072 00114 (defer_args_eval.go:8)	MOVQ	8(SP), AX
	0x0077 00119 (defer_args_eval.go:8)	MOVQ	16(SP), BX
	0x007c 00124 (defer_args_eval.go:8)	MOVQ	24(SP), CX
	0x0081 00129 (defer_args_eval.go:8)	JMP	0
	0x0000 49 3b 66 10 76 58 55 48 89 e5 48 83 ec 58 48 89  I;f.vXUH..H..XH.
	0x0010 5c 24 70 48 8b 10 4c 8b 40 08 48 8d 44 24 28 48  \$pH..L.@.H.D$(H
	0x0020 89 df 48 89 ce 48 89 d3 4c 89 c1 e8 00 00 00 00  ..H..H..L.......
	0x0030 48 89 44 24 50 48 89 5c 24 48 e8 00 00 00 00 48  H.D$PH.\$H.....H
	0x0040 8b 44 24 50 48 8b 5c 24 48 e8 00 00 00 00 e8 00  .D$PH.\$H.......
	0x0050 00 00 00 e8 00 00 00 00 48 83 c4 58 5d c3 48 89  ........H..X].H.
	0x0060 44 24 08 48 89 5c 24 10 48 89 4c 24 18 e8 00 00  D$.H.\$.H.L$....
	0x0070 00 00 48 8b 44 24 08 48 8b 5c 24 10 48 8b 4c 24  ..H.D$.H.\$.H.L$
	0x0080 18 e9 7a ff ff ff                                ..z...
	rel 44+4 t=R_CALL runtime.concatstring2+0
	rel 59+4 t=R_CALL runtime.printlock+0
	rel 74+4 t=R_CALL runtime.printstring+0
	rel 79+4 t=R_CALL runtime.printnl+0
	rel 84+4 t=R_CALL runtime.printunlock+0
	rel 110+4 t=R_CALL runtime.morestack_noctxt+0
main.show STEXT size=122 align=0x0 args=0x18 locals=0x18 funcid=0x0
	0x0000 00000 (defer_args_eval.go:10)	TEXT	main.show(SB), ABIInternal, $24-24
	0x0000 00000 (defer_args_eval.go:10)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_args_eval.go:10)	PCDATA	$0, $-2
	0x0004 00004 (defer_args_eval.go:10)	JLS	85
	0x0006 00006 (defer_args_eval.go:10)	PCDATA	$0, $-1
	0x0006 00006 (defer_args_eval.go:10)	PUSHQ	BP
	0x0007 00007 (defer_args_eval.go:10)	MOVQ	SP, BP
	0x000a 00010 (defer_args_eval.go:10)	SUBQ	$16, SP
	0x000e 00014 (defer_args_eval.go:10)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (defer_args_eval.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (defer_args_eval.go:10)	FUNCDATA	$5, main.show.arginfo1(SB)
	0x000e 00014 (defer_args_eval.go:10)	FUNCDATA	$6, main.show.argliveinfo(SB)
	0x000e 00014 (defer_args_eval.go:10)	PCDATA	$3, $1
	0x000e 00014 (defer_args_eval.go:10)	MOVQ	BX, main.label+40(SP)
	0x0013 00019 (defer_args_eval.go:10)	MOVQ	AX, main.label+32(SP)
	0x0018 00024 (defer_args_eval.go:10)	MOVQ	CX, main.v+48(SP)
	0x001d 00029 (defer_args_eval.go:10)	PCDATA	$3, $-1
	0x001d 00029 (defer_args_eval.go:10)	PCDATA	$1, $0
	0x001d 00029 (defer_args_eval.go:10)	NOP
	0x0020 00032 (defer_args_eval.go:10)	CALL	runtime.printlock(SB)
	0x0025 00037 (defer_args_eval.go:10)	MOVQ	main.label+32(SP), AX
	0x002a 00042 (defer_args_eval.go:10)	MOVQ	main.label+40(SP), BX
	0x002f 00047 (defer_args_eval.go:10)	PCDATA	$1, $1
	0x002f 00047 (defer_args_eval.go:10)	CALL	runtime.printstring(SB)
	0x0034 00052 (defer_args_eval.go:10)	CALL	runtime.printsp(SB)
	0x0039 00057 (defer_args_eval.go:10)	MOVQ	main.v+48(SP), AX
	0x003e 00062 (defer_args_eval.go:10)	NOP
	0x0040 00064 (defer_args_eval.go:10)	CALL	runtime.printint(SB)
	0x0045 00069 (defer_args_eval.go:10)	CALL	runtime.printnl(SB)
	0x004a 00074 (defer_args_eval.go:10)	CALL	runtime.printunlock(SB)
	0x004f 00079 (defer_args_eval.go:10)	ADDQ	$16, SP
	0x0053 00083 (defer_args_eval.go:10)	POPQ	BP
	0x0054 00084 (defer_args_eval.go:10)	RET
	0x0055 00085 (defer_args_eval.go:10)	NOP
	0x0055 00085 (defer_args_eval.go:10)	PCDATA	$1, $-1
	0x0055 00085 (defer_args_eval.go:10)	PCDATA	$0, $-2
	0x0055 00085 (defer_args_eval.go:10)	MOVQ	AX, 8(SP)
	0x005a 00090 (defer_args_eval.go:10)	MOVQ	BX, 16(SP)
	0x005f 00095 (defer_args_eval.go:10)	MOVQ	CX, 24(SP)
	0x0064 00100 (defer_args_eval.go:10)	CALL	runtime.morestack_noctxt(SB)
	0x0069 00105 (defer_args_eval.go:10)	PCDATA	$0, $-1
	0x0069 00105 (defer_args_eval.go:10)	MOVQ	8(SP), AX
	0x006e 00110 (defer_args_eval.go:10)	MOVQ	16(SP), BX
	0x0073 00115 (defer_args_eval.go:10)	MOVQ	24(SP), CX
	0x0078 00120 (defer_args_eval.go:10)	JMP	0
	0x0000 49 3b 66 10 76 4f 55 48 89 e5 48 83 ec 10 48 89  I;f.vOUH..H...H.
	0x0010 5c 24 28 48 89 44 24 20 48 89 4c 24 30 0f 1f 00  \$(H.D$ H.L$0...
	0x0020 e8 00 00 00 00 48 8b 44 24 20 48 8b 5c 24 28 e8  .....H.D$ H.\$(.
	0x0030 00 00 00 00 e8 00 00 00 00 48 8b 44 24 30 66 90  .........H.D$0f.
	0x0040 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0050 83 c4 10 5d c3 48 89 44 24 08 48 89 5c 24 10 48  ...].H.D$.H.\$.H
	0x0060 89 4c 24 18 e8 00 00 00 00 48 8b 44 24 08 48 8b  .L$......H.D$.H.
	0x0070 5c 24 10 48 8b 4c 24 18 eb 86                    \$.H.L$...
	rel 33+4 t=R_CALL runtime.printlock+0
	rel 48+4 t=R_CALL runtime.printstring+0
	rel 53+4 t=R_CALL runtime.printsp+0
	rel 65+4 t=R_CALL runtime.printint+0
	rel 70+4 t=R_CALL runtime.printnl+0
	rel 75+4 t=R_CALL runtime.printunlock+0
	rel 101+4 t=R_CALL runtime.morestack_noctxt+0
main.run STEXT size=517 align=0x0 args=0x0 locals=0xc0 funcid=0x0
	0x0000 00000 (defer_args_eval.go:12)	TEXT	main.run(SB), ABIInternal, $192-0
	0x0000 00000 (defer_args_eval.go:12)	LEAQ	-64(SP), R12
	0x0005 00005 (defer_args_eval.go:12)	CMPQ	R12, 16(R14)
	0x0009 00009 (defer_args_eval.go:12)	PCDATA	$0, $-2
	0x0009 00009 (defer_args_eval.go:12)	JLS	505
	0x000f 00015 (defer_args_eval.go:12)	PCDATA	$0, $-1
	0x000f 00015 (defer_args_eval.go:12)	PUSHQ	BP
	0x0010 00016 (defer_args_eval.go:12)	MOVQ	SP, BP
	0x0013 00019 (defer_args_eval.go:12)	SUBQ	$184, SP
	0x001a 00026 (defer_args_eval.go:12)	MOVUPS	X15, 136(SP)
	0x0023 00035 (defer_args_eval.go:12)	MOVUPS	X15, 152(SP)
	0x002c 00044 (defer_args_eval.go:12)	MOVUPS	X15, 168(SP)
	0x0035 00053 (defer_args_eval.go:12)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0035 00053 (defer_args_eval.go:12)	FUNCDATA	$1, gclocals·tHx1u46xIeC+tRW6O30ltw==(SB)
	0x0035 00053 (defer_args_eval.go:12)	FUNCDATA	$2, main.run.stkobj(SB)
	0x0035 00053 (defer_args_eval.go:12)	FUNCDATA	$4, main.run.opendefer(SB)
	0x0035 00053 (defer_args_eval.go:12)	MOVB	$0, main..autotmp_23+7(SP)
	0x003a 00058 (defer_args_eval.go:13)	MOVQ	$1, main.x+8(SP)
	0x0043 00067 (defer_args_eval.go:14)	LEAQ	main.run.deferwrap1(SB), AX
	0x004a 00074 (defer_args_eval.go:14)	MOVQ	AX, main..autotmp_10+16(SP)
	0x004f 00079 (defer_args_eval.go:14)	MOVQ	$1, main..autotmp_10+24(SP)
	0x0058 00088 (defer_args_eval.go:14)	LEAQ	main..autotmp_10+16(SP), AX
	0x005d 00093 (defer_args_eval.go:14)	MOVQ	AX, main..autotmp_24+136(SP)
	0x0065 00101 (defer_args_eval.go:14)	MOVB	$1, main..autotmp_23+7(SP)
	0x006a 00106 (defer_args_eval.go:15)	LEAQ	main.run.func1(SB), AX
	0x0071 00113 (defer_args_eval.go:15)	MOVQ	AX, main..autotmp_12+120(SP)
	0x0076 00118 (defer_args_eval.go:15)	LEAQ	main.x+8(SP), AX
	0x007b 00123 (defer_args_eval.go:15)	MOVQ	AX, main..autotmp_12+128(SP)
	0x0083 00131 (defer_args_eval.go:15)	LEAQ	main..autotmp_12+120(SP), AX
	0x0088 00136 (defer_args_eval.go:15)	MOVQ	AX, main..autotmp_25+144(SP)
	0x0090 00144 (defer_args_eval.go:15)	MOVB	$3, main..autotmp_23+7(SP)
	0x0095 00149 (defer_args_eval.go:16)	MOVQ	$2, main.x+8(SP)
	0x009e 00158 (defer_args_eval.go:19)	LEAQ	main.run.deferwrap2(SB), AX
	0x00a5 00165 (defer_args_eval.go:19)	MOVQ	AX, main..autotmp_14+96(SP)
	0x00aa 00170 (defer_args_eval.go:19)	MOVQ	$4, main..autotmp_14+112(SP)
	0x00b3 00179 (defer_args_eval.go:19)	LEAQ	go:string."[v] "(SB), AX
	0x00ba 00186 (defer_args_eval.go:19)	MOVQ	AX, main..autotmp_14+104(SP)
	0x00bf 00191 (defer_args_eval.go:19)	LEAQ	main..autotmp_14+96(SP), AX
	0x00c4 00196 (defer_args_eval.go:19)	MOVQ	AX, main..autotmp_26+152(SP)
	0x00cc 00204 (defer_args_eval.go:19)	MOVB	$7, main..autotmp_23+7(SP)
	0x00d1 00209 (defer_args_eval.go:20)	MOVQ	$4, main..autotmp_16+88(SP)
	0x00da 00218 (defer_args_eval.go:20)	LEAQ	go:string."[p] "(SB), AX
	0x00e1 00225 (defer_args_eval.go:20)	MOVQ	AX, main..autotmp_16+80(SP)
	0x00e6 00230 (defer_args_eval.go:21)	LEAQ	main.run.deferwrap3(SB), AX
	0x00ed 00237 (defer_args_eval.go:21)	MOVQ	AX, main..autotmp_18+64(SP)
	0x00f2 00242 (defer_args_eval.go:21)	LEAQ	main..autotmp_16+80(SP), AX
	0x00f7 00247 (defer_args_eval.go:21)	MOVQ	AX, main..autotmp_18+72(SP)
	0x00fc 00252 (defer_args_eval.go:21)	LEAQ	main..autotmp_18+64(SP), AX
	0x0101 00257 (defer_args_eval.go:21)	MOVQ	AX, main..autotmp_27+160(SP)
	0x0109 00265 (defer_args_eval.go:21)	MOVB	$15, main..autotmp_23+7(SP)
	0x010e 00270 (defer_args_eval.go:23)	MOVQ	$12, main..autotmp_16+88(SP)
	0x0117 00279 (defer_args_eval.go:23)	LEAQ	go:string."[p-changed] "(SB), AX
	0x011e 00286 (defer_args_eval.go:23)	MOVQ	AX, main..autotmp_16+80(SP)
	0x0123 00291 (defer_args_eval.go:26)	LEAQ	main.run.deferwrap4(SB), AX
	0x012a 00298 (defer_args_eval.go:26)	MOVQ	AX, main..autotmp_20+48(SP)
	0x012f 00303 (defer_args_eval.go:26)	LEAQ	main.run.func2·f(SB), AX
	0x0136 00310 (defer_args_eval.go:26)	MOVQ	AX, main..autotmp_20+56(SP)
	0x013b 00315 (defer_args_eval.go:26)	LEAQ	main..autotmp_20+48(SP), AX
	0x0140 00320 (defer_args_eval.go:26)	MOVQ	AX, main..autotmp_28+168(SP)
	0x0148 00328 (defer_args_eval.go:26)	MOVB	$31, main..autotmp_23+7(SP)
	0x014d 00333 (defer_args_eval.go:28)	LEAQ	main.run.deferwrap5(SB), AX
	0x0154 00340 (defer_args_eval.go:28)	MOVQ	AX, main..autotmp_22+32(SP)
	0x0159 00345 (defer_args_eval.go:28)	LEAQ	main.run.func3·f(SB), AX
	0x0160 00352 (defer_args_eval.go:28)	MOVQ	AX, main..autotmp_22+40(SP)
	0x0165 00357 (defer_args_eval.go:28)	LEAQ	main..autotmp_22+32(SP), DX
	0x016a 00362 (defer_args_eval.go:28)	MOVQ	DX, main..autotmp_29+176(SP)
	0x0172 00370 (defer_args_eval.go:29)	MOVQ	$3, main.x+8(SP)
	0x017b 00379 (defer_args_eval.go:30)	MOVB	$31, main..autotmp_23+7(SP)
	0x0180 00384 (defer_args_eval.go:30)	MOVQ	main..autotmp_22+32(SP), AX
	0x0185 00389 (defer_args_eval.go:30)	PCDATA	$1, $1
	0x0185 00389 (defer_args_eval.go:30)	CALL	AX
	0x0187 00391 (defer_args_eval.go:30)	MOVB	$15, main..autotmp_23+7(SP)
	0x018c 00396 (defer_args_eval.go:30)	MOVQ	main..autotmp_28+168(SP), DX
	0x0194 00404 (defer_args_eval.go:30)	MOVQ	(DX), AX
	0x0197 00407 (defer_args_eval.go:30)	CALL	AX
	0x0199 00409 (defer_args_eval.go:30)	MOVB	$7, main..autotmp_23+7(SP)
	0x019e 00414 (defer_args_eval.go:30)	MOVQ	main..autotmp_27+160(SP), DX
	0x01a6 00422 (defer_args_eval.go:30)	MOVQ	(DX), AX
	0x01a9 00425 (defer_args_eval.go:30)	CALL	AX
	0x01ab 00427 (defer_args_eval.go:30)	MOVB	$3, main..autotmp_23+7(SP)
	0x01b0 00432 (defer_args_eval.go:30)	MOVQ	main..autotmp_26+152(SP), DX
	0x01b8 00440 (defer_args_eval.go:30)	MOVQ	(DX), AX
	0x01bb 00443 (defer_args_eval.go:30)	CALL	AX
	0x01bd 00445 (defer_args_eval.go:30)	MOVB	$1, main..autotmp_23+7(SP)
	0x01c2 00450 (defer_args_eval.go:30)	MOVQ	main..autotmp_25+144(SP), DX
	0x01ca 00458 (defer_args_eval.go:30)	MOVQ	(DX), AX
	0x01cd 00461 (defer_args_eval.go:30)	CALL	AX
	0x01cf 00463 (defer_args_eval.go:30)	MOVB	$0, main..autotmp_23+7(SP)
	0x01d4 00468 (defer_args_eval.go:30)	MOVQ	main..autotmp_24+136(SP), DX
	0x01dc 00476 (defer_args_eval.go:30)	MOVQ	(DX), AX
	0x01df 00479 (defer_args_eval.go:30)	NOP
	0x01e0 00480 (defer_args_eval.go:30)	CALL	AX
	0x01e2 00482 (defer_args_eval.go:30)	ADDQ	$184, SP
	0x01e9 00489 (defer_args_eval.go:30)	POPQ	BP
	0x01ea 00490 (defer_args_eval.go:30)	RET
	0x01eb 00491 (defer_args_eval.go:30)	CALL	runtime.deferreturn(SB)
	0x01f0 00496 (defer_args_eval.go:30)	ADDQ	$184, SP
	0x01f7 00503 (defer_args_eval.go:30)	POPQ	BP
	0x01f8 00504 (defer_args_eval.go:30)	RET
	0x01f9 00505 (defer_args_eval.go:30)	NOP
	0x01f9 00505 (defer_args_eval.go:12)	PCDATA	$1, $-1
	0x01f9 00505 (defer_args_eval.go:12)	PCDATA	$0, $-2
	0x01f9 00505 (defer_args_eval.go:12)	CALL	runtime.morestack_noctxt(SB)
	0x01fe 00510 (defer_args_eval.go:12)	PCDATA	$0, $-1
	0x01fe 00510 (defer_args_eval.go:12)	NOP
	0x0200 00512 (defer_args_eval.go:12)	JMP	0
	0x0000 4c 8d 64 24 c0 4d 3b 66 10 0f 86 ea 01 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec b8 00 00 00 44 0f 11 bc 24 88  H..H......D...$.
	0x0020 00 00 00 44 0f 11 bc 24 98 00 00 00 44 0f 11 bc  ...D...$....D...
	0x0030 24 a8 00 00 00 c6 44 24 07 00 48 c7 44 24 08 01  $.....D$..H.D$..
	0x0040 00 00 00 48 8d 05 00 00 00 00 48 89 44 24 10 48  ...H......H.D$.H
	0x0050 c7 44 24 18 01 00 00 00 48 8d 44 24 10 48 89 84  .D$.....H.D$.H..
	0x0060 24 88 00 00 00 c6 44 24 07 01 48 8d 05 00 00 00  $.....D$..H.....
	0x0070 00 48 89 44 24 78 48 8d 44 24 08 48 89 84 24 80  .H.D$xH.D$.H..$.
	0x0080 00 00 00 48 8d 44 24 78 48 89 84 24 90 00 00 00  ...H.D$xH..$....
	0x0090 c6 44 24 07 03 48 c7 44 24 08 02 00 00 00 48 8d  .D$..H.D$.....H.
	0x00a0 05 00 00 00 00 48 89 44 24 60 48 c7 44 24 70 04  .....H.D$`H.D$p.
	0x00b0 00 00 00 48 8d 05 00 00 00 00 48 89 44 24 68 48  ...H......H.D$hH
	0x00c0 8d 44 24 60 48 89 84 24 98 00 00 00 c6 44 24 07  .D$`H..$.....D$.
	0x00d0 07 48 c7 44 24 58 04 00 00 00 48 8d 05 00 00 00  .H.D$X....H.....
	0x00e0 00 48 89 44 24 50 48 8d 05 00 00 00 00 48 89 44  .H.D$PH......H.D
	0x00f0 24 40 48 8d 44 24 50 48 89 44 24 48 48 8d 44 24  $@H.D$PH.D$HH.D$
	0x0100 40 48 89 84 24 a0 00 00 00 c6 44 24 07 0f 48 c7  @H..$.....D$..H.
	0x0110 44 24 58 0c 00 00 00 48 8d 05 00 00 00 00 48 89  D$X....H......H.
	0x0120 44 24 50 48 8d 05 00 00 00 00 48 89 44 24 30 48  D$PH......H.D$0H
	0x0130 8d 05 00 00 00 00 48 89 44 24 38 48 8d 44 24 30  ......H.D$8H.D$0
	0x0140 48 89 84 24 a8 00 00 00 c6 44 24 07 1f 48 8d 05  H..$.....D$..H..
	0x0150 00 00 00 00 48 89 44 24 20 48 8d 05 00 00 00 00  ....H.D$ H......
	0x0160 48 89 44 24 28 48 8d 54 24 20 48 89 94 24 b0 00  H.D$(H.T$ H..$..
	0x0170 00 00 48 c7 44 24 08 03 00 00 00 c6 44 24 07 1f  ..H.D$......D$..
	0x0180 48 8b 44 24 20 ff d0 c6 44 24 07 0f 48 8b 94 24  H.D$ ...D$..H..$
	0x0190 a8 00 00 00 48 8b 02 ff d0 c6 44 24 07 07 48 8b  ....H.....D$..H.
	0x01a0 94 24 a0 00 00 00 48 8b 02 ff d0 c6 44 24 07 03  .$....H.....D$..
	0x01b0 48 8b 94 24 98 00 00 00 48 8b 02 ff d0 c6 44 24  H..$....H.....D$
	0x01c0 07 01 48 8b 94 24 90 00 00 00 48 8b 02 ff d0 c6  ..H..$....H.....
	0x01d0 44 24 07 00 48 8b 94 24 88 00 00 00 48 8b 02 90  D$..H..$....H...
	0x01e0 ff d0 48 81 c4 b8 00 00 00 5d c3 e8 00 00 00 00  ..H......]......
	0x01f0 48 81 c4 b8 00 00 00 5d c3 e8 00 00 00 00 66 90  H......]......f.
	0x0200 e9 fb fd ff ff                                   .....
	rel 70+4 t=R_PCREL main.run.deferwrap1+0
	rel 109+4 t=R_PCREL main.run.func1+0
	rel 161+4 t=R_PCREL main.run.deferwrap2+0
	rel 182+4 t=R_PCREL go:string."[v] "+0
	rel 221+4 t=R_PCREL go:string."[p] "+0
	rel 233+4 t=R_PCREL main.run.deferwrap3+0
	rel 282+4 t=R_PCREL go:string."[p-changed] "+0
	rel 294+4 t=R_PCREL main.run.deferwrap4+0
	rel 306+4 t=R_PCREL main.run.func2·f+0
	rel 336+4 t=R_PCREL main.run.deferwrap5+0
	rel 348+4 t=R_PCREL main.run.func3·f+0
	rel 389+0 t=R_CALLIND +0
	rel 407+0 t=R_CALLIND +0
	rel 425+0 t=R_CALLIND +0
	rel 443+0 t=R_CALLIND +0
	rel 461+0 t=R_CALLIND +0
	rel 480+0 t=R_CALLIND +0
	rel 492+4 t=R_CALL runtime.deferreturn+0
	rel 506+4 t=R_CALL runtime.morestack_noctxt+0
main.run.deferwrap5 STEXT size=48 align=0x0 args=0x0 locals=0x18 funcid=0x17
	0x0000 00000 (defer_args_eval.go:28)	TEXT	main.run.deferwrap5(SB), WRAPPER|NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (defer_args_eval.go:28)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_args_eval.go:28)	PCDATA	$0, $-2
	0x0004 00004 (defer_args_eval.go:28)	JLS	41
	0x0006 00006 (defer_args_eval.go:28)	PCDATA	$0, $-1
	0x0006 00006 (defer_args_eval.go:28)	PUSHQ	BP
	0x0007 00007 (defer_args_eval.go:28)	MOVQ	SP, BP
	0x000a 00010 (defer_args_eval.go:28)	SUBQ	$16, SP
	0x000e 00014 (defer_args_eval.go:28)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (defer_args_eval.go:28)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (defer_args_eval.go:28)	MOVQ	8(DX), DX
	0x0012 00018 (defer_args_eval.go:28)	MOVQ	(DX), CX
	0x0015 00021 (defer_args_eval.go:28)	LEAQ	go:string."second f"(SB), AX
	0x001c 00028 (defer_args_eval.go:28)	MOVL	$8, BX
	0x0021 00033 (defer_args_eval.go:28)	PCDATA	$1, $0
	0x0021 00033 (defer_args_eval.go:28)	CALL	CX
	0x0023 00035 (defer_args_eval.go:28)	ADDQ	$16, SP
	0x0027 00039 (defer_args_eval.go:28)	POPQ	BP
	0x0028 00040 (defer_args_eval.go:28)	RET
	0x0029 00041 (defer_args_eval.go:28)	NOP
	0x0029 00041 (defer_args_eval.go:28)	PCDATA	$1, $-1
	0x0029 00041 (defer_args_eval.go:28)	PCDATA	$0, $-2
	0x0029 00041 (defer_args_eval.go:28)	CALL	runtime.morestack(SB)
	0x002e 00046 (defer_args_eval.go:28)	PCDATA	$0, $-1
	0x002e 00046 (defer_args_eval.go:28)	JMP	0
	0x0000 49 3b 66 10 76 23 55 48 89 e5 48 83 ec 10 48 8b  I;f.v#UH..H...H.
	0x0010 52 08 48 8b 0a 48 8d 05 00 00 00 00 bb 08 00 00  R.H..H..........
	0x0020 00 ff d1 48 83 c4 10 5d c3 e8 00 00 00 00 eb d0  ...H...]........
	rel 24+4 t=R_PCREL go:string."second f"+0
	rel 33+0 t=R_CALLIND +0
	rel 42+4 t=R_CALL runtime.morestack+0
main.run.deferwrap4 STEXT size=48 align=0x0 args=0x0 locals=0x18 funcid=0x17
	0x0000 00000 (defer_args_eval.go:26)	TEXT	main.run.deferwrap4(SB), WRAPPER|NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (defer_args_eval.go:26)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_args_eval.go:26)	PCDATA	$0, $-2
	0x0004 00004 (defer_args_eval.go:26)	JLS	41
	0x0006 00006 (defer_args_eval.go:26)	PCDATA	$0, $-1
	0x0006 00006 (defer_args_eval.go:26)	PUSHQ	BP
	0x0007 00007 (defer_args_eval.go:26)	MOVQ	SP, BP
	0x000a 00010 (defer_args_eval.go:26)	SUBQ	$16, SP
	0x000e 00014 (defer_args_eval.go:26)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (defer_args_eval.go:26)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (defer_args_eval.go:26)	MOVQ	8(DX), DX
	0x0012 00018 (defer_args_eval.go:26)	MOVQ	(DX), CX
	0x0015 00021 (defer_args_eval.go:26)	LEAQ	go:string."first f"(SB), AX
	0x001c 00028 (defer_args_eval.go:26)	MOVL	$7, BX
	0x0021 00033 (defer_args_eval.go:26)	PCDATA	$1, $0
	0x0021 00033 (defer_args_eval.go:26)	CALL	CX
	0x0023 00035 (defer_args_eval.go:26)	ADDQ	$16, SP
	0x0027 00039 (defer_args_eval.go:26)	POPQ	BP
	0x0028 00040 (defer_args_eval.go:26)	RET
	0x0029 00041 (defer_args_eval.go:26)	NOP
	0x0029 00041 (defer_args_eval.go:26)	PCDATA	$1, $-1
	0x0029 00041 (defer_args_eval.go:26)	PCDATA	$0, $-2
	0x0029 00041 (defer_args_eval.go:26)	CALL	runtime.morestack(SB)
	0x002e 00046 (defer_args_eval.go:26)	PCDATA	$0, $-1
	0x002e 00046 (defer_args_eval.go:26)	JMP	0
	0x0000 49 3b 66 10 76 23 55 48 89 e5 48 83 ec 10 48 8b  I;f.v#UH..H...H.
	0x0010 52 08 48 8b 0a 48 8d 05 00 00 00 00 bb 07 00 00  R.H..H..........
	0x0020 00 ff d1 48 83 c4 10 5d c3 e8 00 00 00 00 eb d0  ...H...]........
	rel 24+4 t=R_PCREL go:string."first f"+0
	rel 33+0 t=R_CALLIND +0
	rel 42+4 t=R_CALL runtime.morestack+0
main.run.deferwrap3 STEXT size=103 align=0x0 args=0x0 locals=0x60 funcid=0x17
	0x0000 00000 (defer_args_eval.go:21)	TEXT	main.run.deferwrap3(SB), WRAPPER|NEEDCTXT|ABIInternal, $96-0
	0x0000 00000 (defer_args_eval.go:21)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_args_eval.go:21)	PCDATA	$0, $-2
	0x0004 00004 (defer_args_eval.go:21)	JLS	93
	0x0006 00006 (defer_args_eval.go:21)	PCDATA	$0, $-1
	0x0006 00006 (defer_args_eval.go:21)	PUSHQ	BP
	0x0007 00007 (defer_args_eval.go:21)	MOVQ	SP, BP
	0x000a 00010 (defer_args_eval.go:21)	SUBQ	$88, SP
	0x000e 00014 (defer_args_eval.go:21)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (defer_args_eval.go:21)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (defer_args_eval.go:21)	FUNCDATA	$7, main.(*Logger).PLog.wrapinfo(SB)
	0x000e 00014 (defer_args_eval.go:21)	MOVQ	8(DX), DX
	0x0012 00018 (defer_args_eval.go:8)	MOVQ	(DX), BX
	0x0015 00021 (defer_args_eval.go:8)	MOVQ	8(DX), CX
	0x0019 00025 (<unknown line number>)	NOP
	0x0019 00025 (defer_args_eval.go:8)	LEAQ	main..autotmp_3+40(SP), AX
	0x001e 00030 (defer_args_eval.go:8)	LEAQ	go:string."pointer receiver shared"(SB), DI
	0x0025 00037 (defer_args_eval.go:8)	MOVL	$23, SI
	0x002a 00042 (defer_args_eval.go:8)	PCDATA	$1, $0
	0x002a 00042 (defer_args_eval.go:8)	CALL	runtime.concatstring2(SB)
	0x002f 00047 (defer_args_eval.go:8)	MOVQ	AX, main..autotmp_8+80(SP)
	0x0034 00052 (defer_args_eval.go:8)	MOVQ	BX, main..autotmp_9+72(SP)
	0x0039 00057 (defer_args_eval.go:8)	PCDATA	$1, $1
	0x0039 00057 (defer_args_eval.go:8)	CALL	runtime.printlock(SB)
	0x003e 00062 (defer_args_eval.go:8)	MOVQ	main..autotmp_8+80(SP), AX
	0x0043 00067 (defer_args_eval.go:8)	MOVQ	main..autotmp_9+72(SP), BX
	0x0048 00072 (defer_args_eval.go:8)	PCDATA	$1, $0
	0x0048 00072 (defer_args_eval.go:8)	CALL	runtime.printstring(SB)
	0x004d 00077 (defer_args_eval.go:8)	CALL	runtime.printnl(SB)
	0x0052 00082 (defer_args_eval.go:8)	CALL	runtime.printunlock(SB)
	0x0057 00087 (defer_args_eval.go:21)	ADDQ	$88, SP
	0x005b 00091 (defer_args_eval.go:21)	POPQ	BP
	0x005c 00092 (defer_args_eval.go:21)	RET
	0x005d 00093 (defer_args_eval.go:21)	NOP
	0x005d 00093 (defer_args_eval.go:21)	PCDATA	$1, $-1
	0x005d 00093 (defer_args_eval.go:21)	PCDATA	$0, $-2
	0x005d 00093 (defer_args_eval.go:21)	NOP
	0x0060 00096 (defer_args_eval.go:21)	CALL	runtime.morestack(SB)
	0x0065 00101 (defer_args_eval.go:21)	PCDATA	$0, $-1
	0x0065 00101 (defer_args_eval.go:21)	JMP	0
	0x0000 49 3b 66 10 76 57 55 48 89 e5 48 83 ec 58 48 8b  I;f.vWUH..H..XH.
	0x0010 52 08 48 8b 1a 48 8b 4a 08 48 8d 44 24 28 48 8d  R.H..H.J.H.D$(H.
	0x0020 3d 00 00 00 00 be 17 00 00 00 e8 00 00 00 00 48  =..............H
	0x0030 89 44 24 50 48 89 5c 24 48 e8 00 00 00 00 48 8b  .D$PH.\$H.....H.
	0x0040 44 24 50 48 8b 5c 24 48 e8 00 00 00 00 e8 00 00  D$PH.\$H........
	0x0050 00 00 e8 00 00 00 00 48 83 c4 58 5d c3 0f 1f 00  .......H..X]....
	0x0060 e8 00 00 00 00 eb 99                             .......
	rel 33+4 t=R_PCREL go:string."pointer receiver shared"+0
	rel 43+4 t=R_CALL runtime.concatstring2+0
	rel 58+4 t=R_CALL runtime.printlock+0
	rel 73+4 t=R_CALL runtime.printstring+0
	rel 78+4 t=R_CALL runtime.printnl+0
	rel 83+4 t=R_CALL runtime.printunlock+0
	rel 97+4 t=R_CALL runtime.morestack+0
main.run.deferwrap2 STEXT size=98 align=0x0 args=0x0 locals=0x60 funcid=0x17
	0x0000 00000 (defer_args_eval.go:19)	TEXT	main.run.deferwrap2(SB), WRAPPER|NEEDCTXT|ABIInternal, $96-0
	0x0000 00000 (defer_args_eval.go:19)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_args_eval.go:19)	PCDATA	$0, $-2
	0x0004 00004 (defer_args_eval.go:19)	JLS	90
	0x0006 00006 (defer_args_eval.go:19)	PCDATA	$0, $-1
	0x0006 00006 (defer_args_eval.go:19)	PUSHQ	BP
	0x0007 00007 (defer_args_eval.go:19)	MOVQ	SP, BP
	0x000a 00010 (defer_args_eval.go:19)	SUBQ	$88, SP
	0x000e 00014 (defer_args_eval.go:19)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (defer_args_eval.go:19)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (defer_args_eval.go:19)	FUNCDATA	$7, main.Logger.Log.wrapinfo(SB)
	0x000e 00014 (defer_args_eval.go:19)	MOVQ	8(DX), BX
	0x0012 00018 (defer_args_eval.go:19)	MOVQ	16(DX), CX
	0x0016 00022 (<unknown line number>)	NOP
	0x0016 00022 (defer_args_eval.go:6)	LEAQ	main..autotmp_3+40(SP), AX
	0x001b 00027 (defer_args_eval.go:6)	LEAQ	go:string."value receiver copied"(SB), DI
	0x0022 00034 (defer_args_eval.go:6)	MOVL	$21, SI
	0x0027 00039 (defer_args_eval.go:6)	PCDATA	$1, $0
	0x0027 00039 (defer_args_eval.go:6)	CALL	runtime.concatstring2(SB)
	0x002c 00044 (defer_args_eval.go:6)	MOVQ	AX, main..autotmp_9+80(SP)
	0x0031 00049 (defer_args_eval.go:6)	MOVQ	BX, main..autotmp_10+72(SP)
	0x0036 00054 (defer_args_eval.go:6)	PCDATA	$1, $1
	0x0036 00054 (defer_args_eval.go:6)	CALL	runtime.printlock(SB)
	0x003b 00059 (defer_args_eval.go:6)	MOVQ	main..autotmp_9+80(SP), AX
	0x0040 00064 (defer_args_eval.go:6)	MOVQ	main..autotmp_10+72(SP), BX
	0x0045 00069 (defer_args_eval.go:6)	PCDATA	$1, $0
	0x0045 00069 (defer_args_eval.go:6)	CALL	runtime.printstring(SB)
	0x004a 00074 (defer_args_eval.go:6)	CALL	runtime.printnl(SB)
	0x004f 00079 (defer_args_eval.go:6)	CALL	runtime.printunlock(SB)
	0x0054 00084 (defer_args_eval.go:19)	ADDQ	$88, SP
	0x0058 00088 (defer_args_eval.go:19)	POPQ	BP
	0x0059 00089 (defer_args_eval.go:19)	RET
	0x005a 00090 (defer_args_eval.go:19)	NOP
	0x005a 00090 (defer_args_eval.go:19)	PCDATA	$1, $-1
	0x005a 00090 (defer_args_eval.go:19)	PCDATA	$0, $-2
	0x005a 00090 (defer_args_eval.go:19)	CALL	runtime.morestack(SB)
	0x005f 00095 (defer_args_eval.go:19)	PCDATA	$0, $-1
	0x005f 00095 (defer_args_eval.go:19)	NOP
	0x0060 00096 (defer_args_eval.go:19)	JMP	0
	0x0000 49 3b 66 10 76 54 55 48 89 e5 48 83 ec 58 48 8b  I;f.vTUH..H..XH.
	0x0010 5a 08 48 8b 4a 10 48 8d 44 24 28 48 8d 3d 00 00  Z.H.J.H.D$(H.=..
	0x0020 00 00 be 15 00 00 00 e8 00 00 00 00 48 89 44 24  ............H.D$
	0x0030 50 48 89 5c 24 48 e8 00 00 00 00 48 8b 44 24 50  PH.\$H.....H.D$P
	0x0040 48 8b 5c 24 48 e8 00 00 00 00 e8 00 00 00 00 e8  H.\$H...........
	0x0050 00 00 00 00 48 83 c4 58 5d c3 e8 00 00 00 00 90  ....H..X].......
	0x0060 eb 9e                                            ..
	rel 30+4 t=R_PCREL go:string."value receiver copied"+0
	rel 40+4 t=R_CALL runtime.concatstring2+0
	rel 55+4 t=R_CALL runtime.printlock+0
	rel 70+4 t=R_CALL runtime.printstring+0
	rel 75+4 t=R_CALL runtime.printnl+0
	rel 80+4 t=R_CALL runtime.printunlock+0
	rel 91+4 t=R_CALL runtime.morestack+0
main.run.func1 STEXT size=87 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (defer_args_eval.go:15)	TEXT	main.run.func1(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (defer_args_eval.go:15)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_args_eval.go:15)	PCDATA	$0, $-2
	0x0004 00004 (defer_args_eval.go:15)	JLS	80
	0x0006 00006 (defer_args_eval.go:15)	PCDATA	$0, $-1
	0x0006 00006 (defer_args_eval.go:15)	PUSHQ	BP
	0x0007 00007 (defer_args_eval.go:15)	MOVQ	SP, BP
	0x000a 00010 (defer_args_eval.go:15)	SUBQ	$24, SP
	0x000e 00014 (defer_args_eval.go:15)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (defer_args_eval.go:15)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (defer_args_eval.go:15)	MOVQ	8(DX), AX
	0x0012 00018 (defer_args_eval.go:15)	MOVQ	(AX), AX
	0x0015 00021 (defer_args_eval.go:15)	MOVQ	AX, main.v+16(SP)
	0x001a 00026 (<unknown line number>)	NOP
	0x001a 00026 (defer_args_eval.go:10)	PCDATA	$1, $0
	0x001a 00026 (defer_args_eval.go:10)	CALL	runtime.printlock(SB)
	0x001f 00031 (defer_args_eval.go:10)	LEAQ	go:string."closure at exit"(SB), AX
	0x0026 00038 (defer_args_eval.go:10)	MOVL	$15, BX
	0x002b 00043 (defer_args_eval.go:10)	CALL	runtime.printstring(SB)
	0x0030 00048 (defer_args_eval.go:10)	CALL	runtime.printsp(SB)
	0x0035 00053 (defer_args_eval.go:10)	MOVQ	main.v+16(SP), AX
	0x003a 00058 (defer_args_eval.go:10)	CALL	runtime.printint(SB)
	0x003f 00063 (defer_args_eval.go:10)	NOP
	0x0040 00064 (defer_args_eval.go:10)	CALL	runtime.printnl(SB)
	0x0045 00069 (defer_args_eval.go:10)	CALL	runtime.printunlock(SB)
	0x004a 00074 (defer_args_eval.go:15)	ADDQ	$24, SP
	0x004e 00078 (defer_args_eval.go:15)	POPQ	BP
	0x004f 00079 (defer_args_eval.go:15)	RET
	0x0050 00080 (defer_args_eval.go:15)	NOP
	0x0050 00080 (defer_args_eval.go:15)	PCDATA	$1, $-1
	0x0050 00080 (defer_args_eval.go:15)	PCDATA	$0, $-2
	0x0050 00080 (defer_args_eval.go:15)	CALL	runtime.morestack(SB)
	0x0055 00085 (defer_args_eval.go:15)	PCDATA	$0, $-1
	0x0055 00085 (defer_args_eval.go:15)	JMP	0
	0x0000 49 3b 66 10 76 4a 55 48 89 e5 48 83 ec 18 48 8b  I;f.vJUH..H...H.
	0x0010 42 08 48 8b 00 48 89 44 24 10 e8 00 00 00 00 48  B.H..H.D$......H
	0x0020 8d 05 00 00 00 00 bb 0f 00 00 00 e8 00 00 00 00  ................
	0x0030 e8 00 00 00 00 48 8b 44 24 10 e8 00 00 00 00 90  .....H.D$.......
	0x0040 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 18 5d c3  ..........H...].
	0x0050 e8 00 00 00 00 eb a9                             .......
	rel 27+4 t=R_CALL runtime.printlock+0
	rel 34+4 t=R_PCREL go:string."closure at exit"+0
	rel 44+4 t=R_CALL runtime.printstring+0
	rel 49+4 t=R_CALL runtime.printsp+0
	rel 59+4 t=R_CALL runtime.printint+0
	rel 65+4 t=R_CALL runtime.printnl+0
	rel 70+4 t=R_CALL runtime.printunlock+0
	rel 81+4 t=R_CALL runtime.morestack+0
main.run.deferwrap1 STEXT size=87 align=0x0 args=0x0 locals=0x20 funcid=0x17
	0x0000 00000 (defer_args_eval.go:14)	TEXT	main.run.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (defer_args_eval.go:14)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_args_eval.go:14)	PCDATA	$0, $-2
	0x0004 00004 (defer_args_eval.go:14)	JLS	80
	0x0006 00006 (defer_args_eval.go:14)	PCDATA	$0, $-1
	0x0006 00006 (defer_args_eval.go:14)	PUSHQ	BP
	0x0007 00007 (defer_args_eval.go:14)	MOVQ	SP, BP
	0x000a 00010 (defer_args_eval.go:14)	SUBQ	$24, SP
	0x000e 00014 (defer_args_eval.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (defer_args_eval.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (defer_args_eval.go:14)	FUNCDATA	$7, main.show.wrapinfo(SB)
	0x000e 00014 (defer_args_eval.go:14)	MOVQ	8(DX), AX
	0x0012 00018 (defer_args_eval.go:14)	MOVQ	AX, main..autotmp_1+16(SP)
	0x0017 00023 (<unknown line number>)	NOP
	0x0017 00023 (defer_args_eval.go:10)	PCDATA	$1, $0
	0x0017 00023 (defer_args_eval.go:10)	CALL	runtime.printlock(SB)
	0x001c 00028 (defer_args_eval.go:10)	LEAQ	go:string."arg at defer"(SB), AX
	0x0023 00035 (defer_args_eval.go:10)	MOVL	$12, BX
	0x0028 00040 (defer_args_eval.go:10)	CALL	runtime.printstring(SB)
	0x002d 00045 (defer_args_eval.go:10)	CALL	runtime.printsp(SB)
	0x0032 00050 (defer_args_eval.go:10)	MOVQ	main..autotmp_1+16(SP), AX
	0x0037 00055 (defer_args_eval.go:10)	CALL	runtime.printint(SB)
	0x003c 00060 (defer_args_eval.go:10)	NOP
	0x0040 00064 (defer_args_eval.go:10)	CALL	runtime.printnl(SB)
	0x0045 00069 (defer_args_eval.go:10)	CALL	runtime.printunlock(SB)
	0x004a 00074 (defer_args_eval.go:14)	ADDQ	$24, SP
	0x004e 00078 (defer_args_eval.go:14)	POPQ	BP
	0x004f 00079 (defer_args_eval.go:14)	RET
	0x0050 00080 (defer_args_eval.go:14)	NOP
	0x0050 00080 (defer_args_eval.go:14)	PCDATA	$1, $-1
	0x0050 00080 (defer_args_eval.go:14)	PCDATA	$0, $-2
	0x0050 00080 (defer_args_eval.go:14)	CALL	runtime.morestack(SB)
	0x0055 00085 (defer_args_eval.go:14)	PCDATA	$0, $-1
	0x0055 00085 (defer_args_eval.go:14)	JMP	0
	0x0000 49 3b 66 10 76 4a 55 48 89 e5 48 83 ec 18 48 8b  I;f.vJUH..H...H.
	0x0010 42 08 48 89 44 24 10 e8 00 00 00 00 48 8d 05 00  B.H.D$......H...
	0x0020 00 00 00 bb 0c 00 00 00 e8 00 00 00 00 e8 00 00  ................
	0x0030 00 00 48 8b 44 24 10 e8 00 00 00 00 0f 1f 40 00  ..H.D$........@.
	0x0040 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 18 5d c3  ..........H...].
	0x0050 e8 00 00 00 00 eb a9                             .......
	rel 24+4 t=R_CALL runtime.printlock+0
	rel 31+4 t=R_PCREL go:string."arg at defer"+0
	rel 41+4 t=R_CALL runtime.printstring+0
	rel 46+4 t=R_CALL runtime.printsp+0
	rel 56+4 t=R_CALL runtime.printint+0
	rel 65+4 t=R_CALL runtime.printnl+0
	rel 70+4 t=R_CALL runtime.printunlock+0
	rel 81+4 t=R_CALL runtime.morestack+0
main.main STEXT size=59 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (defer_args_eval.go:32)	TEXT	main.main(SB), ABIInternal, $24-0
	0x0000 00000 (defer_args_eval.go:32)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_args_eval.go:32)	PCDATA	$0, $-2
	0x0004 00004 (defer_args_eval.go:32)	JLS	52
	0x0006 00006 (defer_args_eval.go:32)	PCDATA	$0, $-1
	0x0006 00006 (defer_args_eval.go:32)	PUSHQ	BP
	0x0007 00007 (defer_args_eval.go:32)	MOVQ	SP, BP
	0x000a 00010 (defer_args_eval.go:32)	SUBQ	$16, SP
	0x000e 00014 (defer_args_eval.go:32)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (defer_args_eval.go:32)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (defer_args_eval.go:33)	PCDATA	$1, $0
	0x000e 00014 (defer_args_eval.go:33)	CALL	main.run(SB)
	0x0013 00019 (defer_args_eval.go:34)	CALL	runtime.printlock(SB)
	0x0018 00024 (defer_args_eval.go:34)	LEAQ	go:string."after run\n"(SB), AX
	0x001f 00031 (defer_args_eval.go:34)	MOVL	$10, BX
	0x0024 00036 (defer_args_eval.go:34)	CALL	runtime.printstring(SB)
	0x0029 00041 (defer_args_eval.go:34)	CALL	runtime.printunlock(SB)
	0x002e 00046 (defer_args_eval.go:35)	ADDQ	$16, SP
	0x0032 00050 (defer_args_eval.go:35)	POPQ	BP
	0x0033 00051 (defer_args_eval.go:35)	RET
	0x0034 00052 (defer_args_eval.go:35)	NOP
	0x0034 00052 (defer_args_eval.go:32)	PCDATA	$1, $-1
	0x0034 00052 (defer_args_eval.go:32)	PCDATA	$0, $-2
	0x0034 00052 (defer_args_eval.go:32)	CALL	runtime.morestack_noctxt(SB)
	0x0039 00057 (defer_args_eval.go:32)	PCDATA	$0, $-1
	0x0039 00057 (defer_args_eval.go:32)	JMP	0
	0x0000 49 3b 66 10 76 2e 55 48 89 e5 48 83 ec 10 e8 00  I;f.v.UH..H.....
	0x0010 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00 bb  ........H.......
	0x0020 0a 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 83  ..............H.
	0x0030 c4 10 5d c3 e8 00 00 00 00 eb c5                 ..]........
	rel 15+4 t=R_CALL main.run+0
	rel 20+4 t=R_CALL runtime.printlock+0
	rel 27+4 t=R_PCREL go:string."after run\n"+0
	rel 37+4 t=R_CALL runtime.printstring+0
	rel 42+4 t=R_CALL runtime.printunlock+0
	rel 53+4 t=R_CALL runtime.morestack_noctxt+0
main.run.func2 STEXT size=107 align=0x0 args=0x10 locals=0x18 funcid=0x0
	0x0000 00000 (defer_args_eval.go:25)	TEXT	main.run.func2(SB), ABIInternal, $24-16
	0x0000 00000 (defer_args_eval.go:25)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_args_eval.go:25)	PCDATA	$0, $-2
	0x0004 00004 (defer_args_eval.go:25)	JLS	80
	0x0006 00006 (defer_args_eval.go:25)	PCDATA	$0, $-1
	0x0006 00006 (defer_args_eval.go:25)	PUSHQ	BP
	0x0007 00007 (defer_args_eval.go:25)	MOVQ	SP, BP
	0x000a 00010 (defer_args_eval.go:25)	SUBQ	$16, SP
	0x000e 00014 (defer_args_eval.go:25)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (defer_args_eval.go:25)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (defer_args_eval.go:25)	FUNCDATA	$5, main.run.func2.arginfo1(SB)
	0x000e 00014 (defer_args_eval.go:25)	FUNCDATA	$6, main.run.func2.argliveinfo(SB)
	0x000e 00014 (defer_args_eval.go:25)	PCDATA	$3, $1
	0x000e 00014 (defer_args_eval.go:25)	MOVQ	AX, main.s+32(SP)
	0x0013 00019 (defer_args_eval.go:25)	MOVQ	BX, main.s+40(SP)
	0x0018 00024 (defer_args_eval.go:25)	PCDATA	$3, $-1
	0x0018 00024 (defer_args_eval.go:25)	PCDATA	$1, $0
	0x0018 00024 (defer_args_eval.go:25)	CALL	runtime.printlock(SB)
	0x001d 00029 (defer_args_eval.go:25)	LEAQ	go:string."func value "(SB), AX
	0x0024 00036 (defer_args_eval.go:25)	MOVL	$11, BX
	0x0029 00041 (defer_args_eval.go:25)	CALL	runtime.printstring(SB)
	0x002e 00046 (defer_args_eval.go:25)	MOVQ	main.s+32(SP), AX
	0x0033 00051 (defer_args_eval.go:25)	MOVQ	main.s+40(SP), BX
	0x0038 00056 (defer_args_eval.go:25)	PCDATA	$1, $1
	0x0038 00056 (defer_args_eval.go:25)	CALL	runtime.printstring(SB)
	0x003d 00061 (defer_args_eval.go:25)	NOP
	0x0040 00064 (defer_args_eval.go:25)	CALL	runtime.printnl(SB)
	0x0045 00069 (defer_args_eval.go:25)	CALL	runtime.printunlock(SB)
	0x004a 00074 (defer_args_eval.go:25)	ADDQ	$16, SP
	0x004e 00078 (defer_args_eval.go:25)	POPQ	BP
	0x004f 00079 (defer_args_eval.go:25)	RET
	0x0050 00080 (defer_args_eval.go:25)	NOP
	0x0050 00080 (defer_args_eval.go:25)	PCDATA	$1, $-1
	0x0050 00080 (defer_args_eval.go:25)	PCDATA	$0, $-2
	0x0050 00080 (defer_args_eval.go:25)	MOVQ	AX, 8(SP)
	0x0055 00085 (defer_args_eval.go:25)	MOVQ	BX, 16(SP)
	0x005a 00090 (defer_args_eval.go:25)	CALL	runtime.morestack_noctxt(SB)
	0x005f 00095 (defer_args_eval.go:25)	PCDATA	$0, $-1
	0x005f 00095 (defer_args_eval.go:25)	MOVQ	8(SP), AX
	0x0064 00100 (defer_args_eval.go:25)	MOVQ	16(SP), BX
	0x0069 00105 (defer_args_eval.go:25)	JMP	0
	0x0000 49 3b 66 10 76 4a 55 48 89 e5 48 83 ec 10 48 89  I;f.vJUH..H...H.
	0x0010 44 24 20 48 89 5c 24 28 e8 00 00 00 00 48 8d 05  D$ H.\$(.....H..
	0x0020 00 00 00 00 bb 0b 00 00 00 e8 00 00 00 00 48 8b  ..............H.
	0x0030 44 24 20 48 8b 5c 24 28 e8 00 00 00 00 0f 1f 00  D$ H.\$(........
	0x0040 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 10 5d c3  ..........H...].
	0x0050 48 89 44 24 08 48 89 5c 24 10 e8 00 00 00 00 48  H.D$.H.\$......H
	0x0060 8b 44 24 08 48 8b 5c 24 10 eb 95                 .D$.H.\$...
	rel 25+4 t=R_CALL runtime.printlock+0
	rel 32+4 t=R_PCREL go:string."func value "+0
	rel 42+4 t=R_CALL runtime.printstring+0
	rel 57+4 t=R_CALL runtime.printstring+0
	rel 65+4 t=R_CALL runtime.printnl+0
	rel 70+4 t=R_CALL runtime.printunlock+0
	rel 91+4 t=R_CALL runtime.morestack_noctxt+0
main.run.func3 STEXT size=107 align=0x0 args=0x10 locals=0x18 funcid=0x0
	0x0000 00000 (defer_args_eval.go:27)	TEXT	main.run.func3(SB), ABIInternal, $24-16
	0x0000 00000 (defer_args_eval.go:27)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_args_eval.go:27)	PCDATA	$0, $-2
	0x0004 00004 (defer_args_eval.go:27)	JLS	80
	0x0006 00006 (defer_args_eval.go:27)	PCDATA	$0, $-1
	0x0006 00006 (defer_args_eval.go:27)	PUSHQ	BP
	0x0007 00007 (defer_args_eval.go:27)	MOVQ	SP, BP
	0x000a 00010 (defer_args_eval.go:27)	SUBQ	$16, SP
	0x000e 00014 (defer_args_eval.go:27)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (defer_args_eval.go:27)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (defer_args_eval.go:27)	FUNCDATA	$5, main.run.func3.arginfo1(SB)
	0x000e 00014 (defer_args_eval.go:27)	FUNCDATA	$6, main.run.func3.argliveinfo(SB)
	0x000e 00014 (defer_args_eval.go:27)	PCDATA	$3, $1
	0x000e 00014 (defer_args_eval.go:27)	MOVQ	AX, main.s+32(SP)
	0x0013 00019 (defer_args_eval.go:27)	MOVQ	BX, main.s+40(SP)
	0x0018 00024 (defer_args_eval.go:27)	PCDATA	$3, $-1
	0x0018 00024 (defer_args_eval.go:27)	PCDATA	$1, $0
	0x0018 00024 (defer_args_eval.go:27)	CALL	runtime.printlock(SB)
	0x001d 00029 (defer_args_eval.go:27)	LEAQ	go:string."replaced "(SB), AX
	0x0024 00036 (defer_args_eval.go:27)	MOVL	$9, BX
	0x0029 00041 (defer_args_eval.go:27)	CALL	runtime.printstring(SB)
	0x002e 00046 (defer_args_eval.go:27)	MOVQ	main.s+32(SP), AX
	0x0033 00051 (defer_args_eval.go:27)	MOVQ	main.s+40(SP), BX
	0x0038 00056 (defer_args_eval.go:27)	PCDATA	$1, $1
	0x0038 00056 (defer_args_eval.go:27)	CALL	runtime.printstring(SB)
	0x003d 00061 (defer_args_eval.go:27)	NOP
	0x0040 00064 (defer_args_eval.go:27)	CALL	runtime.printnl(SB)
	0x0045 00069 (defer_args_eval.go:27)	CALL	runtime.printunlock(SB)
	0x004a 00074 (defer_args_eval.go:27)	ADDQ	$16, SP
	0x004e 00078 (defer_args_eval.go:27)	POPQ	BP
	0x004f 00079 (defer_args_eval.go:27)	RET
	0x0050 00080 (defer_args_eval.go:27)	NOP
	0x0050 00080 (defer_args_eval.go:27)	PCDATA	$1, $-1
	0x0050 00080 (defer_args_eval.go:27)	PCDATA	$0, $-2
	0x0050 00080 (defer_args_eval.go:27)	MOVQ	AX, 8(SP)
	0x0055 00085 (defer_args_eval.go:27)	MOVQ	BX, 16(SP)
	0x005a 00090 (defer_args_eval.go:27)	CALL	runtime.morestack_noctxt(SB)
	0x005f 00095 (defer_args_eval.go:27)	PCDATA	$0, $-1
	0x005f 00095 (defer_args_eval.go:27)	MOVQ	8(SP), AX
	0x0064 00100 (defer_args_eval.go:27)	MOVQ	16(SP), BX
	0x0069 00105 (defer_args_eval.go:27)	JMP	0
	0x0000 49 3b 66 10 76 4a 55 48 89 e5 48 83 ec 10 48 89  I;f.vJUH..H...H.
	0x0010 44 24 20 48 89 5c 24 28 e8 00 00 00 00 48 8d 05  D$ H.\$(.....H..
	0x0020 00 00 00 00 bb 09 00 00 00 e8 00 00 00 00 48 8b  ..............H.
	0x0030 44 24 20 48 8b 5c 24 28 e8 00 00 00 00 0f 1f 00  D$ H.\$(........
	0x0040 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 10 5d c3  ..........H...].
	0x0050 48 89 44 24 08 48 89 5c 24 10 e8 00 00 00 00 48  H.D$.H.\$......H
	0x0060 8b 44 24 08 48 8b 5c 24 10 eb 95                 .D$.H.\$...
	rel 25+4 t=R_CALL runtime.printlock+0
	rel 32+4 t=R_PCREL go:string."replaced "+0
	rel 42+4 t=R_CALL runtime.printstring+0
	rel 57+4 t=R_CALL runtime.printstring+0
	rel 65+4 t=R_CALL runtime.printnl+0
	rel 70+4 t=R_CALL runtime.printunlock+0
	rel 91+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Logger).Log STEXT dupok size=146 align=0x0 args=0x18 locals=0x60 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Logger).Log(SB), DUPOK|WRAPPER|ABIInternal, $96-24
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	106
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$88, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	BX, main.msg+112(FP)
	0x0013 00019 (<autogenerated>:1)	FUNCDATA	$0, gclocals·jWS2Kjj4Ck/nXhKPVTPCzA==(SB)
	0x0013 00019 (<autogenerated>:1)	FUNCDATA	$1, gclocals·dJUzpsp3Yf15gqnc4dLliw==(SB)
	0x0013 00019 (<autogenerated>:1)	FUNCDATA	$5, main.(*Logger).Log.arginfo1(SB)
	0x0013 00019 (<autogenerated>:1)	FUNCDATA	$6, main.(*Logger).Log.argliveinfo(SB)
	0x0013 00019 (<autogenerated>:1)	PCDATA	$3, $1
	0x0013 00019 (<autogenerated>:1)	TESTQ	AX, AX
	0x0016 00022 (<autogenerated>:1)	JEQ	100
	0x0018 00024 (<autogenerated>:1)	MOVQ	(AX), DX
	0x001b 00027 (<autogenerated>:1)	MOVQ	8(AX), R8
	0x001f 00031 (<unknown line number>)	NOP
	0x001f 00031 (defer_args_eval.go:6)	LEAQ	main..autotmp_5+40(SP), AX
	0x0024 00036 (defer_args_eval.go:6)	MOVQ	BX, DI
	0x0027 00039 (defer_args_eval.go:6)	MOVQ	CX, SI
	0x002a 00042 (defer_args_eval.go:6)	MOVQ	DX, BX
	0x002d 00045 (defer_args_eval.go:6)	MOVQ	R8, CX
	0x0030 00048 (defer_args_eval.go:6)	PCDATA	$1, $1
	0x0030 00048 (defer_args_eval.go:6)	CALL	runtime.concatstring2(SB)
	0x0035 00053 (defer_args_eval.go:6)	MOVQ	AX, main..autotmp_9+80(SP)
	0x003a 00058 (defer_args_eval.go:6)	MOVQ	BX, main..autotmp_10+72(SP)
	0x003f 00063 (defer_args_eval.go:6)	PCDATA	$1, $2
	0x003f 00063 (defer_args_eval.go:6)	NOP
	0x0040 00064 (defer_args_eval.go:6)	CALL	runtime.printlock(SB)
	0x0045 00069 (defer_args_eval.go:6)	MOVQ	main..autotmp_9+80(SP), AX
	0x004a 00074 (defer_args_eval.go:6)	MOVQ	main..autotmp_10+72(SP), BX
	0x004f 00079 (defer_args_eval.go:6)	PCDATA	$1, $1
	0x004f 00079 (defer_args_eval.go:6)	CALL	runtime.printstring(SB)
	0x0054 00084 (defer_args_eval.go:6)	CALL	runtime.printnl(SB)
	0x0059 00089 (defer_args_eval.go:6)	CALL	runtime.printunlock(SB)
	0x005e 00094 (<autogenerated>:1)	ADDQ	$88, SP
	0x0062 00098 (<autogenerated>:1)	POPQ	BP
	0x0063 00099 (<autogenerated>:1)	RET
	0x0064 00100 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0069 00105 (<autogenerated>:1)	XCHGL	AX, AX
	0x006a 00106 (<autogenerated>:1)	NOP
	0x006a 00106 (<autogenerated>:1)	PCDATA	$1, $-1
	0x006a 00106 (<autogenerated>:1)	PCDATA	$0, $-2
	0x006a 00106 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x006f 00111 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0074 00116 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x0079 00121 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x007e 00126 (<autogenerated>:1)	PCDATA	$0, $-1
	0x007e 00126 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0083 00131 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0088 00136 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x008d 00141 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 64 55 48 89 e5 48 83 ec 58 48 89  I;f.vdUH..H..XH.
	0x0010 5c 24 70 48 85 c0 74 4c 48 8b 10 4c 8b 40 08 48  \$pH..tLH..L.@.H
	0x0020 8d 44 24 28 48 89 df 48 89 ce 48 89 d3 4c 89 c1  .D$(H..H..H..L..
	0x0030 e8 00 00 00 00 48 89 44 24 50 48 89 5c 24 48 90  .....H.D$PH.\$H.
	0x0040 e8 00 00 00 00 48 8b 44 24 50 48 8b 5c 24 48 e8  .....H.D$PH.\$H.
	0x0050 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 83  ..............H.
	0x0060 c4 58 5d c3 e8 00 00 00 00 90 48 89 44 24 08 48  .X].......H.D$.H
	0x0070 89 5c 24 10 48 89 4c 24 18 e8 00 00 00 00 48 8b  .\$.H.L$......H.
	0x0080 44 24 08 48 8b 5c 24 10 48 8b 4c 24 18 e9 6e ff  D$.H.\$.H.L$..n.
	0x0090 ff ff                                            ..
	rel 49+4 t=R_CALL runtime.concatstring2+0
	rel 65+4 t=R_CALL runtime.printlock+0
	rel 80+4 t=R_CALL runtime.printstring+0
	rel 85+4 t=R_CALL runtime.printnl+0
	rel 90+4 t=R_CALL runtime.printunlock+0
	rel 101+4 t=R_CALL runtime.panicwrap+0
	rel 122+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.show$abstract SDWARFABSFCN dupok size=35 align=0x0
	0x0000 05 6d 61 69 6e 2e 73 68 6f 77 00 01 0a 01 22 6c  .main.show...."l
	0x0010 61 62 65 6c 00 00 00 00 00 00 22 76 00 00 00 00  abel......"v....
	0x0020 00 00 00                                         ...
	rel 22+4 t=R_DWARFSECREF go:info.string+0
	rel 30+4 t=R_DWARFSECREF go:info.int+0
go:info.main.Logger.Log$abstract SDWARFABSFCN dupok size=39 align=0x0
	0x0000 05 6d 61 69 6e 2e 4c 6f 67 67 65 72 2e 4c 6f 67  .main.Logger.Log
	0x0010 00 01 06 01 22 6c 00 00 00 00 00 00 22 6d 73 67  ...."l......"msg
	0x0020 00 00 00 00 00 00 00                             .......
	rel 24+4 t=R_DWARFSECREF go:info.main.Logger+0
	rel 34+4 t=R_DWARFSECREF go:info.string+0
go:info.main.(*Logger).PLog$abstract SDWARFABSFCN dupok size=43 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 4c 6f 67 67 65 72 29 2e  .main.(*Logger).
	0x0010 50 4c 6f 67 00 01 08 01 22 6c 00 00 00 00 00 00  PLog...."l......
	0x0020 22 6d 73 67 00 00 00 00 00 00 00                 "msg.......
	rel 28+4 t=R_DWARFSECREF go:info.*main.Logger+0
	rel 38+4 t=R_DWARFSECREF go:info.string+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.strequal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.strequal+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Logger. SRODATA dupok size=14 align=0x1
	0x0000 01 0c 2a 6d 61 69 6e 2e 4c 6f 67 67 65 72        ..*main.Logger
type:.namedata.*func(*main.Logger, string)- SRODATA dupok size=29 align=0x1
	0x0000 00 1b 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 4c 6f  ..*func(*main.Lo
	0x0010 67 67 65 72 2c 20 73 74 72 69 6e 67 29           gger, string)
type:*func(*main.Logger, string) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 58 7f cc c0 28 08 08 16 00 00 00 00 00 00 00 00  X...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Logger, string)-+0
	rel 48+8 t=R_ADDR type:func(*main.Logger, string)+0
type:func(*main.Logger, string) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5e 00 29 4b 22 08 08 13 00 00 00 00 00 00 00 00  ^.)K"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Logger, string)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Logger, string)+0
	rel 56+8 t=R_ADDR type:*main.Logger+0
	rel 64+8 t=R_ADDR type:string+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Log. SRODATA dupok size=5 align=0x1
	0x0000 01 03 4c 6f 67                                   ..Log
type:.namedata.*func(string)- SRODATA dupok size=15 align=0x1
	0x0000 00 0d 2a 66 75 6e 63 28 73 74 72 69 6e 67 29     ..*func(string)
type:*func(string) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0e b1 eb b9 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(string)-+0
	rel 48+8 t=R_ADDR type:func(string)+0
type:func(string) SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8c ae 53 08 22 08 08 13 00 00 00 00 00 00 00 00  ..S."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(string)-+0
	rel 44+4 t=RelocType(-32763) type:*func(string)+0
	rel 56+8 t=R_ADDR type:string+0
type:.namedata.PLog. SRODATA dupok size=6 align=0x1
	0x0000 01 04 50 4c 6f 67                                ..PLog
type:*main.Logger SRODATA size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 75 a6 3e c8 29 08 08 16 00 00 00 00 00 00 00 00  u.>.)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 02 00 02 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Logger.+0
	rel 48+8 t=R_ADDR type:main.Logger+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Log.+0
	rel 76+4 t=R_METHODOFF type:func(string)+0
	rel 80+4 t=R_METHODOFF main.(*Logger).Log+0
	rel 84+4 t=R_METHODOFF main.(*Logger).Log+0
	rel 88+4 t=R_ADDROFF type:.namedata.PLog.+0
	rel 92+4 t=R_METHODOFF type:func(string)+0
	rel 96+4 t=R_METHODOFF main.(*Logger).PLog+0
	rel 100+4 t=R_METHODOFF main.(*Logger).PLog+0
type:.namedata.prefix- SRODATA dupok size=8 align=0x1
	0x0000 00 06 70 72 65 66 69 78                          ..prefix
type:.namedata.*func(main.Logger, string)- SRODATA dupok size=28 align=0x1
	0x0000 00 1a 2a 66 75 6e 63 28 6d 61 69 6e 2e 4c 6f 67  ..*func(main.Log
	0x0010 67 65 72 2c 20 73 74 72 69 6e 67 29              ger, string)
type:*func(main.Logger, string) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e2 e5 fa f0 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Logger, string)-+0
	rel 48+8 t=R_ADDR type:func(main.Logger, string)+0
type:func(main.Logger, string) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ce 17 7d a8 22 08 08 13 00 00 00 00 00 00 00 00  ..}."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Logger, string)-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Logger, string)+0
	rel 56+8 t=R_ADDR type:main.Logger+0
	rel 64+8 t=R_ADDR type:string+0
type:main.Logger SRODATA size=136 align=0x8
	0x0000 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ed 08 e3 f7 07 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 01 00 01 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.strequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Logger.+0
	rel 44+4 t=R_ADDROFF type:*main.Logger+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Logger+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.prefix-+0
	rel 104+8 t=R_ADDR type:string+0
	rel 120+4 t=R_ADDROFF type:.namedata.Log.+0
	rel 124+4 t=R_METHODOFF type:func(string)+0
	rel 128+4 t=R_METHODOFF main.(*Logger).Log+0
	rel 132+4 t=R_METHODOFF main.Logger.Log+0
go:string."[v] " SRODATA dupok size=4 align=0x1
	0x0000 5b 76 5d 20                                      [v] 
go:string."[p] " SRODATA dupok size=4 align=0x1
	0x0000 5b 70 5d 20                                      [p] 
go:string."[changed] " SRODATA dupok size=10 align=0x1
	0x0000 5b 63 68 61 6e 67 65 64 5d 20                    [changed] 
go:string."[p-changed] " SRODATA dupok size=12 align=0x1
	0x0000 5b 70 2d 63 68 61 6e 67 65 64 5d 20              [p-changed] 
go:string."second f" SRODATA dupok size=8 align=0x1
	0x0000 73 65 63 6f 6e 64 20 66                          second f
go:string."first f" SRODATA dupok size=7 align=0x1
	0x0000 66 69 72 73 74 20 66                             first f
go:string."pointer receiver shared" SRODATA dupok size=23 align=0x1
	0x0000 70 6f 69 6e 74 65 72 20 72 65 63 65 69 76 65 72  pointer receiver
	0x0010 20 73 68 61 72 65 64                              shared
go:string."value receiver copied" SRODATA dupok size=21 align=0x1
	0x0000 76 61 6c 75 65 20 72 65 63 65 69 76 65 72 20 63  value receiver c
	0x0010 6f 70 69 65 64                                   opied
go:string."closure at exit" SRODATA dupok size=15 align=0x1
	0x0000 63 6c 6f 73 75 72 65 20 61 74 20 65 78 69 74     closure at exit
go:string."arg at defer" SRODATA dupok size=12 align=0x1
	0x0000 61 72 67 20 61 74 20 64 65 66 65 72              arg at defer
go:string."after run" SRODATA dupok size=9 align=0x1
	0x0000 61 66 74 65 72 20 72 75 6e                       after run
go:string."after run\n" SRODATA dupok size=10 align=0x1
	0x0000 61 66 74 65 72 20 72 75 6e 0a                    after run.
go:string."func value" SRODATA dupok size=10 align=0x1
	0x0000 66 75 6e 63 20 76 61 6c 75 65                    func value
go:string."func value " SRODATA dupok size=11 align=0x1
	0x0000 66 75 6e 63 20 76 61 6c 75 65 20                 func value 
go:string."replaced" SRODATA dupok size=8 align=0x1
	0x0000 72 65 70 6c 61 63 65 64                          replaced
go:string."replaced " SRODATA dupok size=9 align=0x1
	0x0000 72 65 70 6c 61 63 65 64 20                       replaced 
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
main.run.func2·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.run.func2+0
main.run.func3·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.run.func3+0
gclocals·Nr6MCXkDyUUW5SOchOvjGw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 03 00 00 00 05 00 00                 ...........
gclocals·dJUzpsp3Yf15gqnc4dLliw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 00 00 01                 ...........
main.Logger.Log.arginfo1 SRODATA static dupok size=15 align=0x1
	0x0000 fe fe 00 08 08 08 fd fd fe 10 08 18 08 fd ff     ...............
main.Logger.Log.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·jWS2Kjj4Ck/nXhKPVTPCzA== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 03 00 00                 ...........
main.(*Logger).PLog.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 00 08 fe 08 08 10 08 fd ff                       .........
main.(*Logger).PLog.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.show.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 fd 10 08 ff                       .........
main.show.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·tHx1u46xIeC+tRW6O30ltw== SRODATA dupok size=14 align=0x4
	0x0000 02 00 00 00 13 00 00 00 00 00 00 00 e0 07        ..............
main.run.stkobj SRODATA static size=104 align=0x8
	0x0000 06 00 00 00 00 00 00 00 68 ff ff ff 10 00 00 00  ........h.......
	0x0010 10 00 00 00 00 00 00 00 78 ff ff ff 10 00 00 00  ........x.......
	0x0020 10 00 00 00 00 00 00 00 88 ff ff ff 10 00 00 00  ................
	0x0030 10 00 00 00 00 00 00 00 98 ff ff ff 10 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00 a8 ff ff ff 18 00 00 00  ................
	0x0050 10 00 00 00 00 00 00 00 c0 ff ff ff 10 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 68+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 84+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 100+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.run.opendefer SRODATA dupok size=3 align=0x1
	0x0000 b1 01 30                                         ..0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
main.(*Logger).PLog.wrapinfo SRODATA static dupok size=4 align=0x4
	0x0000 00 00 00 00                                      ....
	rel 0+4 t=R_ADDROFF main.(*Logger).PLog+0
main.Logger.Log.wrapinfo SRODATA static dupok size=4 align=0x4
	0x0000 00 00 00 00                                      ....
	rel 0+4 t=R_ADDROFF main.Logger.Log+0
main.show.wrapinfo SRODATA static dupok size=4 align=0x4
	0x0000 00 00 00 00                                      ....
	rel 0+4 t=R_ADDROFF main.show+0
main.run.func2.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.run.func2.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.run.func3.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.run.func3.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Logger).Log.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 00 08 fe 08 08 10 08 fd ff                       .........
main.(*Logger).Log.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
