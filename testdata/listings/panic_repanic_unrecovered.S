funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (panic_repanic_unrecovered.go:24)	TEXT	main.main(SB), ABIInternal, $72-0
     0        00000 (panic_repanic_unrecovered.go:24)	TEXT	main.main(SB), ABIInternal, $72-0
     0     -1 00000 (panic_repanic_unrecovered.go:24)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic_unrecovered.go:24)	PCDATA	$0, $-2
     4        00004 (panic_repanic_unrecovered.go:24)	JLS	174
     a        00010 (panic_repanic_unrecovered.go:24)	PCDATA	$0, $-1
     a        00010 (panic_repanic_unrecovered.go:24)	PUSHQ	BP
     b        00011 (panic_repanic_unrecovered.go:24)	MOVQ	SP, BP
     e        00014 (panic_repanic_unrecovered.go:24)	SUBQ	$64, SP
    12        00018 (panic_repanic_unrecovered.go:24)	MOVQ	X15, 56(SP)
    19        00025 (panic_repanic_unrecovered.go:24)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    19        00025 (panic_repanic_unrecovered.go:24)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    19        00025 (panic_repanic_unrecovered.go:24)	FUNCDATA	$4, main.main.opendefer(SB)
    19        00025 (panic_repanic_unrecovered.go:24)	MOVB	$0, main..autotmp_4+39(SP)
    1e        00030 (panic_repanic_unrecovered.go:25)	PCDATA	$1, $1
    1e        00030 (panic_repanic_unrecovered.go:25)	NOP
    20        00032 (panic_repanic_unrecovered.go:25)	CALL	main.runtimeErr(SB)
    25        00037 (panic_repanic_unrecovered.go:25)	MOVQ	AX, main..autotmp_6+40(SP)
    2a        00042 (panic_repanic_unrecovered.go:25)	CALL	runtime.printlock(SB)
    2f        00047 (panic_repanic_unrecovered.go:25)	MOVQ	main..autotmp_6+40(SP), AX
    34        00052 (panic_repanic_unrecovered.go:25)	CALL	runtime.printint(SB)
    39        00057 (panic_repanic_unrecovered.go:25)	CALL	runtime.printnl(SB)
    3e        00062 (panic_repanic_unrecovered.go:25)	NOP
    40        00064 (panic_repanic_unrecovered.go:25)	CALL	runtime.printunlock(SB)
    45        00069 (panic_repanic_unrecovered.go:26)	LEAQ	main.rethrow·f(SB), AX
    4c        00076 (panic_repanic_unrecovered.go:26)	MOVQ	AX, main..autotmp_5+56(SP)
    51        00081 (panic_repanic_unrecovered.go:26)	MOVB	$1, main..autotmp_4+39(SP)
    56        00086 (panic_repanic_unrecovered.go:27)	MOVQ	$7, main..autotmp_1+48(SP)
    5f        00095 (panic_repanic_unrecovered.go:27)	LEAQ	main..autotmp_1+48(SP), AX
    64        00100 (panic_repanic_unrecovered.go:27)	MOVL	$1, BX
    69        00105 (panic_repanic_unrecovered.go:27)	MOVL	BX, CX
    6b        00107 (panic_repanic_unrecovered.go:27)	MOVL	$3, DI
    70        00112 (panic_repanic_unrecovered.go:27)	CALL	main.idx(SB)
    75        00117 (panic_repanic_unrecovered.go:27)	MOVQ	AX, main..autotmp_6+40(SP)
    7a        00122 (panic_repanic_unrecovered.go:27)	CALL	runtime.printlock(SB)
    7f        00127 (panic_repanic_unrecovered.go:27)	MOVQ	main..autotmp_6+40(SP), AX
    84        00132 (panic_repanic_unrecovered.go:27)	CALL	runtime.printint(SB)
    89        00137 (panic_repanic_unrecovered.go:27)	CALL	runtime.printnl(SB)
    8e        00142 (panic_repanic_unrecovered.go:27)	CALL	runtime.printunlock(SB)
    93        00147 (panic_repanic_unrecovered.go:28)	MOVB	$0, main..autotmp_4+39(SP)
    98        00152 (panic_repanic_unrecovered.go:28)	CALL	main.rethrow(SB)
    9d        00157 (panic_repanic_unrecovered.go:28)	ADDQ	$64, SP
    a1        00161 (panic_repanic_unrecovered.go:28)	POPQ	BP
    a2        00162 (panic_repanic_unrecovered.go:28)	RET
    a3        00163 (panic_repanic_unrecovered.go:28)	CALL	runtime.deferreturn(SB)
    a8        00168 (panic_repanic_unrecovered.go:28)	ADDQ	$64, SP
    ac        00172 (panic_repanic_unrecovered.go:28)	POPQ	BP
    ad        00173 (panic_repanic_unrecovered.go:28)	RET
    ae        00174 (panic_repanic_unrecovered.go:28)	NOP
    ae        00174 (panic_repanic_unrecovered.go:24)	PCDATA	$1, $-1
    ae        00174 (panic_repanic_unrecovered.go:24)	PCDATA	$0, $-2
    ae        00174 (panic_repanic_unrecovered.go:24)	CALL	runtime.morestack_noctxt(SB)
    b3        00179 (panic_repanic_unrecovered.go:24)	PCDATA	$0, $-1
    b3        00179 (panic_repanic_unrecovered.go:24)	JMP	0
    b8 done
wrote 4 bytes to 0x0
 00 b8 01 00
funcpctab main.runtimeErr [valfunc=pctoinline]
     0     -1 00000 (panic_repanic_unrecovered.go:14)	TEXT	main.runtimeErr(SB), ABIInternal, $96-0
     0        00000 (panic_repanic_unrecovered.go:14)	TEXT	main.runtimeErr(SB), ABIInternal, $96-0
     0     -1 00000 (panic_repanic_unrecovered.go:14)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic_unrecovered.go:14)	PCDATA	$0, $-2
     4        00004 (panic_repanic_unrecovered.go:14)	JLS	163
     a        00010 (panic_repanic_unrecovered.go:14)	PCDATA	$0, $-1
     a        00010 (panic_repanic_unrecovered.go:14)	PUSHQ	BP
     b        00011 (panic_repanic_unrecovered.go:14)	MOVQ	SP, BP
     e        00014 (panic_repanic_unrecovered.go:14)	SUBQ	$88, SP
    12        00018 (panic_repanic_unrecovered.go:14)	MOVQ	X15, 80(SP)
    19        00025 (panic_repanic_unrecovered.go:14)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    19        00025 (panic_repanic_unrecovered.go:14)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
    19        00025 (panic_repanic_unrecovered.go:14)	FUNCDATA	$2, main.runtimeErr.stkobj(SB)
    19        00025 (panic_repanic_unrecovered.go:14)	FUNCDATA	$4, main.runtimeErr.opendefer(SB)
    19        00025 (panic_repanic_unrecovered.go:14)	MOVB	$0, main..autotmp_7+39(SP)
    1e        00030 (panic_repanic_unrecovered.go:14)	MOVQ	$0, main.n+40(SP)
    27        00039 (panic_repanic_unrecovered.go:15)	LEAQ	main.runtimeErr.func1(SB), DX
    2e        00046 (panic_repanic_unrecovered.go:15)	MOVQ	DX, main..autotmp_4+64(SP)
    33        00051 (panic_repanic_unrecovered.go:15)	LEAQ	main.n+40(SP), DX
    38        00056 (panic_repanic_unrecovered.go:15)	MOVQ	DX, main..autotmp_4+72(SP)
    3d        00061 (panic_repanic_unrecovered.go:15)	LEAQ	main..autotmp_4+64(SP), DX
    42        00066 (panic_repanic_unrecovered.go:15)	MOVQ	DX, main..autotmp_8+80(SP)
    47        00071 (panic_repanic_unrecovered.go:15)	MOVB	$1, main..autotmp_7+39(SP)
    4c        00076 (panic_repanic_unrecovered.go:21)	MOVQ	$1, main..autotmp_1+48(SP)
    55        00085 (panic_repanic_unrecovered.go:21)	MOVQ	$2, main..autotmp_1+56(SP)
    5e        00094 (panic_repanic_unrecovered.go:21)	LEAQ	main..autotmp_1+48(SP), AX
    63        00099 (panic_repanic_unrecovered.go:21)	MOVL	$2, BX
    68        00104 (panic_repanic_unrecovered.go:21)	MOVL	BX, CX
    6a        00106 (panic_repanic_unrecovered.go:21)	MOVL	$5, DI
    6f        00111 (panic_repanic_unrecovered.go:21)	PCDATA	$1, $1
    6f        00111 (panic_repanic_unrecovered.go:21)	CALL	main.idx(SB)
    74        00116 (panic_repanic_unrecovered.go:21)	MOVQ	AX, main.n+40(SP)
    79        00121 (panic_repanic_unrecovered.go:21)	MOVB	$0, main..autotmp_7+39(SP)
    7e        00126 (panic_repanic_unrecovered.go:21)	MOVQ	main..autotmp_8+80(SP), DX
    83        00131 (panic_repanic_unrecovered.go:21)	MOVQ	(DX), SI
    86        00134 (panic_repanic_unrecovered.go:21)	CALL	SI
    88        00136 (panic_repanic_unrecovered.go:21)	MOVQ	main.n+40(SP), AX
    8d        00141 (panic_repanic_unrecovered.go:21)	ADDQ	$88, SP
    91        00145 (panic_repanic_unrecovered.go:21)	POPQ	BP
    92        00146 (panic_repanic_unrecovered.go:21)	RET
    93        00147 (panic_repanic_unrecovered.go:21)	CALL	runtime.deferreturn(SB)
    98        00152 (panic_repanic_unrecovered.go:21)	MOVQ	main.n+40(SP), AX
    9d        00157 (panic_repanic_unrecovered.go:21)	ADDQ	$88, SP
    a1        00161 (panic_repanic_unrecovered.go:21)	POPQ	BP
    a2        00162 (panic_repanic_unrecovered.go:21)	RET
    a3        00163 (panic_repanic_unrecovered.go:21)	NOP
    a3        00163 (panic_repanic_unrecovered.go:14)	PCDATA	$1, $-1
    a3        00163 (panic_repanic_unrecovered.go:14)	PCDATA	$0, $-2
    a3        00163 (panic_repanic_unrecovered.go:14)	CALL	runtime.morestack_noctxt(SB)
    a8        00168 (panic_repanic_unrecovered.go:14)	PCDATA	$0, $-1
    a8        00168 (panic_repanic_unrecovered.go:14)	JMP	0
    ad done
wrote 4 bytes to 0x0
 00 ad 01 00
funcpctab main.runtimeErr.func1 [valfunc=pctoinline]
     0     -1 00000 (panic_repanic_unrecovered.go:15)	TEXT	main.runtimeErr.func1(SB), NEEDCTXT|ABIInternal, $72-0
     0        00000 (panic_repanic_unrecovered.go:15)	TEXT	main.runtimeErr.func1(SB), NEEDCTXT|ABIInternal, $72-0
     0     -1 00000 (panic_repanic_unrecovered.go:15)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic_unrecovered.go:15)	PCDATA	$0, $-2
     4        00004 (panic_repanic_unrecovered.go:15)	JLS	239
     a        00010 (panic_repanic_unrecovered.go:15)	PCDATA	$0, $-1
     a        00010 (panic_repanic_unrecovered.go:15)	PUSHQ	BP
     b        00011 (panic_repanic_unrecovered.go:15)	MOVQ	SP, BP
     e        00014 (panic_repanic_unrecovered.go:15)	SUBQ	$64, SP
    12        00018 (panic_repanic_unrecovered.go:15)	FUNCDATA	$0, gclocals·3Nf0KxzcHw1JLr11btD+gA==(SB)
    12        00018 (panic_repanic_unrecovered.go:15)	FUNCDATA	$1, gclocals·rersVSrm8JD1zEL5bKg11g==(SB)
    12        00018 (panic_repanic_unrecovered.go:15)	MOVQ	8(DX), AX
    16        00022 (panic_repanic_unrecovered.go:15)	MOVQ	AX, main.&n+56(SP)
    1b        00027 (panic_repanic_unrecovered.go:16)	PCDATA	$1, $1
    1b        00027 (panic_repanic_unrecovered.go:16)	NOP
    20        00032 (panic_repanic_unrecovered.go:16)	CALL	runtime.gorecover(SB)
    25        00037 (panic_repanic_unrecovered.go:17)	TESTQ	AX, AX
    28        00040 (panic_repanic_unrecovered.go:17)	JEQ	57
    2a        00042 (panic_repanic_unrecovered.go:17)	MOVQ	main..typeAssert.0(SB), CX
    31        00049 (panic_repanic_unrecovered.go:17)	MOVQ	(CX), DX
    34        00052 (panic_repanic_unrecovered.go:17)	MOVL	16(AX), SI
    37        00055 (panic_repanic_unrecovered.go:17)	JMP	167
    39        00057 (panic_repanic_unrecovered.go:17)	MOVQ	AX, main..autotmp_13+48(SP)
    3e        00062 (panic_repanic_unrecovered.go:18)	MOVQ	24(AX), CX
    42        00066 (panic_repanic_unrecovered.go:18)	MOVQ	BX, AX
    45        00069 (panic_repanic_unrecovered.go:18)	PCDATA	$1, $2
    45        00069 (panic_repanic_unrecovered.go:18)	CALL	CX
    47        00071 (panic_repanic_unrecovered.go:18)	MOVQ	AX, main..autotmp_14+40(SP)
    4c        00076 (panic_repanic_unrecovered.go:18)	MOVQ	BX, main..autotmp_15+24(SP)
    51        00081 (panic_repanic_unrecovered.go:18)	PCDATA	$1, $3
    51        00081 (panic_repanic_unrecovered.go:18)	CALL	runtime.printlock(SB)
    56        00086 (panic_repanic_unrecovered.go:18)	LEAQ	go:string."recovered error: "(SB), AX
    5d        00093 (panic_repanic_unrecovered.go:18)	MOVL	$17, BX
    62        00098 (panic_repanic_unrecovered.go:18)	CALL	runtime.printstring(SB)
    67        00103 (panic_repanic_unrecovered.go:17)	MOVQ	main..autotmp_13+48(SP), CX
    6c        00108 (panic_repanic_unrecovered.go:17)	TESTQ	CX, CX
    6f        00111 (panic_repanic_unrecovered.go:17)	SETNE	AL
    72        00114 (panic_repanic_unrecovered.go:18)	PCDATA	$1, $4
    72        00114 (panic_repanic_unrecovered.go:18)	CALL	runtime.printbool(SB)
    77        00119 (panic_repanic_unrecovered.go:18)	CALL	runtime.printsp(SB)
    7c        00124 (panic_repanic_unrecovered.go:18)	MOVQ	main..autotmp_14+40(SP), AX
    81        00129 (panic_repanic_unrecovered.go:18)	MOVQ	main..autotmp_15+24(SP), BX
    86        00134 (panic_repanic_unrecovered.go:18)	PCDATA	$1, $1
    86        00134 (panic_repanic_unrecovered.go:18)	CALL	runtime.printstring(SB)
    8b        00139 (panic_repanic_unrecovered.go:18)	CALL	runtime.printnl(SB)
    90        00144 (panic_repanic_unrecovered.go:18)	CALL	runtime.printunlock(SB)
    95        00149 (panic_repanic_unrecovered.go:19)	MOVQ	main.&n+56(SP), CX
    9a        00154 (panic_repanic_unrecovered.go:19)	MOVQ	$-1, (CX)
    a1        00161 (panic_repanic_unrecovered.go:20)	ADDQ	$64, SP
    a5        00165 (panic_repanic_unrecovered.go:20)	POPQ	BP
    a6        00166 (panic_repanic_unrecovered.go:20)	RET
    a7        00167 (panic_repanic_unrecovered.go:17)	MOVQ	SI, DI
    aa        00170 (panic_repanic_unrecovered.go:17)	ANDQ	DX, SI
    ad        00173 (panic_repanic_unrecovered.go:17)	SHLQ	$4, SI
    b1        00177 (panic_repanic_unrecovered.go:17)	MOVQ	8(SI)(CX*1), R8
    b6        00182 (panic_repanic_unrecovered.go:17)	CMPQ	AX, R8
    b9        00185 (panic_repanic_unrecovered.go:17)	JEQ	229
    bb        00187 (panic_repanic_unrecovered.go:17)	LEAQ	1(DI), SI
    bf        00191 (panic_repanic_unrecovered.go:17)	NOP
    c0        00192 (panic_repanic_unrecovered.go:17)	TESTQ	R8, R8
    c3        00195 (panic_repanic_unrecovered.go:17)	JNE	167
    c5        00197 (panic_repanic_unrecovered.go:16)	MOVQ	BX, main.r.data+32(SP)
    ca        00202 (panic_repanic_unrecovered.go:17)	MOVQ	AX, BX
    cd        00205 (panic_repanic_unrecovered.go:17)	LEAQ	main..typeAssert.0(SB), AX
    d4        00212 (panic_repanic_unrecovered.go:17)	PCDATA	$1, $5
    d4        00212 (panic_repanic_unrecovered.go:17)	CALL	runtime.typeAssert(SB)
    d9        00217 (panic_repanic_unrecovered.go:18)	MOVQ	main.r.data+32(SP), BX
    de        00222 (panic_repanic_unrecovered.go:18)	NOP
    e0        00224 (panic_repanic_unrecovered.go:17)	JMP	57
    e5        00229 (panic_repanic_unrecovered.go:17)	MOVQ	16(SI)(CX*1), AX
    ea        00234 (panic_repanic_unrecovered.go:17)	JMP	57
    ef        00239 (panic_repanic_unrecovered.go:17)	NOP
    ef        00239 (panic_repanic_unrecovered.go:15)	PCDATA	$1, $-1
    ef        00239 (panic_repanic_unrecovered.go:15)	PCDATA	$0, $-2
    ef        00239 (panic_repanic_unrecovered.go:15)	CALL	runtime.morestack(SB)
    f4        00244 (panic_repanic_unrecovered.go:15)	PCDATA	$0, $-1
    f4        00244 (panic_repanic_unrecovered.go:15)	JMP	0
    f9 done
wrote 4 bytes to 0x0
 00 f9 01 00
funcpctab main.rethrow [valfunc=pctoinline]
     0     -1 00000 (panic_repanic_unrecovered.go:4)	TEXT	main.rethrow(SB), ABIInternal, $40-0
     0        00000 (panic_repanic_unrecovered.go:4)	TEXT	main.rethrow(SB), ABIInternal, $40-0
     0     -1 00000 (panic_repanic_unrecovered.go:4)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic_unrecovered.go:4)	PCDATA	$0, $-2
     4        00004 (panic_repanic_unrecovered.go:4)	JLS	85
     6        00006 (panic_repanic_unrecovered.go:4)	PCDATA	$0, $-1
     6        00006 (panic_repanic_unrecovered.go:4)	PUSHQ	BP
     7        00007 (panic_repanic_unrecovered.go:4)	MOVQ	SP, BP
     a        00010 (panic_repanic_unrecovered.go:4)	SUBQ	$32, SP
     e        00014 (panic_repanic_unrecovered.go:4)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (panic_repanic_unrecovered.go:4)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (panic_repanic_unrecovered.go:5)	PCDATA	$1, $0
     e        00014 (panic_repanic_unrecovered.go:5)	CALL	runtime.gorecover(SB)
    13        00019 (panic_repanic_unrecovered.go:5)	TESTQ	AX, AX
    16        00022 (panic_repanic_unrecovered.go:5)	JNE	30
    18        00024 (panic_repanic_unrecovered.go:9)	ADDQ	$32, SP
    1c        00028 (panic_repanic_unrecovered.go:9)	POPQ	BP
    1d        00029 (panic_repanic_unrecovered.go:9)	RET
    1e        00030 (panic_repanic_unrecovered.go:5)	MOVQ	AX, main.r.type+16(SP)
    23        00035 (panic_repanic_unrecovered.go:5)	MOVQ	BX, main.r.data+24(SP)
    28        00040 (panic_repanic_unrecovered.go:6)	PCDATA	$1, $1
    28        00040 (panic_repanic_unrecovered.go:6)	CALL	runtime.printlock(SB)
    2d        00045 (panic_repanic_unrecovered.go:6)	LEAQ	go:string."rethrowing\n"(SB), AX
    34        00052 (panic_repanic_unrecovered.go:6)	MOVL	$11, BX
    39        00057 (panic_repanic_unrecovered.go:6)	CALL	runtime.printstring(SB)
    3e        00062 (panic_repanic_unrecovered.go:6)	NOP
    40        00064 (panic_repanic_unrecovered.go:6)	CALL	runtime.printunlock(SB)
    45        00069 (panic_repanic_unrecovered.go:7)	MOVQ	main.r.type+16(SP), AX
    4a        00074 (panic_repanic_unrecovered.go:7)	MOVQ	main.r.data+24(SP), BX
    4f        00079 (panic_repanic_unrecovered.go:7)	PCDATA	$1, $0
    4f        00079 (panic_repanic_unrecovered.go:7)	CALL	runtime.gopanic(SB)
    54        00084 (panic_repanic_unrecovered.go:7)	XCHGL	AX, AX
    55        00085 (panic_repanic_unrecovered.go:7)	NOP
    55        00085 (panic_repanic_unrecovered.go:4)	PCDATA	$1, $-1
    55        00085 (panic_repanic_unrecovered.go:4)	PCDATA	$0, $-2
    55        00085 (panic_repanic_unrecovered.go:4)	CALL	runtime.morestack_noctxt(SB)
    5a        00090 (panic_repanic_unrecovered.go:4)	PCDATA	$0, $-1
    5a        00090 (panic_repanic_unrecovered.go:4)	JMP	0
    5c done
wrote 3 bytes to 0x0
 00 5c 00
funcpctab main.idx [valfunc=pctoinline]
     0     -1 00000 (panic_repanic_unrecovered.go:12)	TEXT	main.idx(SB), NOSPLIT|ABIInternal, $8-32
     0        00000 (panic_repanic_unrecovered.go:12)	TEXT	main.idx(SB), NOSPLIT|ABIInternal, $8-32
     0     -1 00000 (panic_repanic_unrecovered.go:12)	PUSHQ	BP
     1        00001 (panic_repanic_unrecovered.go:12)	MOVQ	SP, BP
     4        00004 (panic_repanic_unrecovered.go:12)	MOVQ	AX, main.xs+16(FP)
     9        00009 (panic_repanic_unrecovered.go:12)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     9        00009 (panic_repanic_unrecovered.go:12)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     9        00009 (panic_repanic_unrecovered.go:12)	FUNCDATA	$5, main.idx.arginfo1(SB)
     9        00009 (panic_repanic_unrecovered.go:12)	FUNCDATA	$6, main.idx.argliveinfo(SB)
     9        00009 (panic_repanic_unrecovered.go:12)	PCDATA	$3, $1
     9        00009 (panic_repanic_unrecovered.go:12)	CMPQ	DI, BX
     c        00012 (panic_repanic_unrecovered.go:12)	JCC	20
     e        00014 (panic_repanic_unrecovered.go:12)	MOVQ	(AX)(DI*8), AX
    12        00018 (panic_repanic_unrecovered.go:12)	POPQ	BP
    13        00019 (panic_repanic_unrecovered.go:12)	RET
    14        00020 (panic_repanic_unrecovered.go:12)	PCDATA	$1, $1
    14        00020 (panic_repanic_unrecovered.go:12)	PCDATA	$4, $4023
    14        00020 (panic_repanic_unrecovered.go:12)	CALL	runtime.panicBounds(SB)
    19        00025 (panic_repanic_unrecovered.go:12)	XCHGL	AX, AX
    1a done
wrote 3 bytes to 0x0
 00 1a 00
main.rethrow STEXT size=92 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (panic_repanic_unrecovered.go:4)	TEXT	main.rethrow(SB), ABIInternal, $40-0
	0x0000 00000 (panic_repanic_unrecovered.go:4)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic_unrecovered.go:4)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic_unrecovered.go:4)	JLS	85
	0x0006 00006 (panic_repanic_unrecovered.go:4)	PCDATA	$0, $-1
	0x0006 00006 (panic_repanic_unrecovered.go:4)	PUSHQ	BP
	0x0007 00007 (panic_repanic_unrecovered.go:4)	MOVQ	SP, BP
	0x000a 00010 (panic_repanic_unrecovered.go:4)	SUBQ	$32, SP
	0x000e 00014 (panic_repanic_unrecovered.go:4)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (panic_repanic_unrecovered.go:4)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (panic_repanic_unrecovered.go:5)	PCDATA	$1, $0
	0x000e 00014 (panic_repanic_unrecovered.go:5)	CALL	runtime.gorecover(SB)
	0x0013 00019 (panic_repanic_unrecovered.go:5)	TESTQ	AX, AX
	0x0016 00022 (panic_repanic_unrecovered.go:5)	JNE	30
	0x0018 00024 (panic_repanic_unrecovered.go:9)	ADDQ	$32, SP
	0x001c 00028 (panic_repanic_unrecovered.go:9)	POPQ	BP
	0x001d 00029 (panic_repanic_unrecovered.go:9)	RET
	0x001e 00030 (panic_repanic_unrecovered.go:5)	MOVQ	AX, main.r.type+16(SP)
	0x0023 00035 (panic_repanic_unrecovered.go:5)	MOVQ	BX, main.r.data+24(SP)
	0x0028 00040 (panic_repanic_unrecovered.go:6)	PCDATA	$1, $1
	0x0028 00040 (panic_repanic_unrecovered.go:6)	CALL	runtime.printlock(SB)
	0x002d 00045 (panic_repanic_unrecovered.go:6)	LEAQ	go:string."rethrowing\n"(SB), AX
	0x0034 00052 (panic_repanic_unrecovered.go:6)	MOVL	$11, BX
	0x0039 00057 (panic_repanic_unrecovered.go:6)	CALL	runtime.printstring(SB)
	0x003e 00062 (panic_repanic_unrecovered.go:6)	NOP
	0x0040 00064 (panic_repanic_unrecovered.go:6)	CALL	runtime.printunlock(SB)
	0x0045 00069 (panic_repanic_unrecovered.go:7)	MOVQ	main.r.type+16(SP), AX
	0x004a 00074 (panic_repanic_unrecovered.go:7)	MOVQ	main.r.data+24(SP), BX
	0x004f 00079 (panic_repanic_unrecovered.go:7)	PCDATA	$1, $0
	0x004f 00079 (panic_repanic_unrecovered.go:7)	CALL	runtime.gopanic(SB)
	0x0054 00084 (panic_repanic_unrecovered.go:7)	XCHGL	AX, AX
	0x0055 00085 (panic_repanic_unrecovered.go:7)	NOP
	0x0055 00085 (panic_repanic_unrecovered.go:4)	PCDATA	$1, $-1
	0x0055 00085 (panic_repanic_unrecovered.go:4)	PCDATA	$0, $-2
	0x0055 00085 (panic_repanic_unrecovered.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x005a 00090 (panic_repanic_unrecovered.go:4)	PCDATA	$0, $-1
	0x005a 00090 (panic_repanic_unrecovered.go:4)	JMP	0
	0x0000 49 3b 66 10 76 4f 55 48 89 e5 48 83 ec 20 e8 00  I;f.vOUH..H.. ..
	0x0010 00 00 00 48 85 c0 75 06 48 83 c4 20 5d c3 48 89  ...H..u.H.. ].H.
	0x0020 44 24 10 48 89 5c 24 18 e8 00 00 00 00 48 8d 05  D$.H.\$......H..
	0x0030 00 00 00 00 bb 0b 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x0040 e8 00 00 00 00 48 8b 44 24 10 48 8b 5c 24 18 e8  .....H.D$.H.\$..
	0x0050 00 00 00 00 90 e8 00 00 00 00 eb a4              ............
	rel 15+4 t=R_CALL runtime.gorecover+0
	rel 41+4 t=R_CALL runtime.printlock+0
	rel 48+4 t=R_PCREL go:string."rethrowing\n"+0
	rel 58+4 t=R_CALL runtime.printstring+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 80+4 t=R_CALL runtime.gopanic+0
	rel 86+4 t=R_CALL runtime.morestack_noctxt+0
main.idx STEXT nosplit size=26 align=0x0 args=0x20 locals=0x8 funcid=0x0
	0x0000 00000 (panic_repanic_unrecovered.go:12)	TEXT	main.idx(SB), NOSPLIT|ABIInternal, $8-32
	0x0000 00000 (panic_repanic_unrecovered.go:12)	PUSHQ	BP
	0x0001 00001 (panic_repanic_unrecovered.go:12)	MOVQ	SP, BP
	0x0004 00004 (panic_repanic_unrecovered.go:12)	MOVQ	AX, main.xs+16(FP)
	0x0009 00009 (panic_repanic_unrecovered.go:12)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0009 00009 (panic_repanic_unrecovered.go:12)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0009 00009 (panic_repanic_unrecovered.go:12)	FUNCDATA	$5, main.idx.arginfo1(SB)
	0x0009 00009 (panic_repanic_unrecovered.go:12)	FUNCDATA	$6, main.idx.argliveinfo(SB)
	0x0009 00009 (panic_repanic_unrecovered.go:12)	PCDATA	$3, $1
	0x0009 00009 (panic_repanic_unrecovered.go:12)	CMPQ	DI, BX
	0x000c 00012 (panic_repanic_unrecovered.go:12)	JCC	20
	0x000e 00014 (panic_repanic_unrecovered.go:12)	MOVQ	(AX)(DI*8), AX
	0x0012 00018 (panic_repanic_unrecovered.go:12)	POPQ	BP
	0x0013 00019 (panic_repanic_unrecovered.go:12)	RET
	0x0014 00020 (panic_repanic_unrecovered.go:12)	PCDATA	$1, $1
	0x0014 00020 (panic_repanic_unrecovered.go:12)	PCDATA	$4, $4023
	0x0014 00020 (panic_repanic_unrecovered.go:12)	CALL	runtime.panicBounds(SB)
	0x0019 00025 (panic_repanic_unrecovered.go:12)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 89 44 24 10 48 39 df 73 06 48 8b  UH..H.D$.H9.s.H.
	0x0010 04 f8 5d c3 e8 00 00 00 00 90                    ..].......
	rel 21+4 t=R_CALL runtime.panicBounds+0
main.runtimeErr STEXT size=173 align=0x0 args=0x0 locals=0x60 funcid=0x0
	0x0000 00000 (panic_repanic_unrecovered.go:14)	TEXT	main.runtimeErr(SB), ABIInternal, $96-0
	0x0000 00000 (panic_repanic_unrecovered.go:14)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic_unrecovered.go:14)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic_unrecovered.go:14)	JLS	163
	0x000a 00010 (panic_repanic_unrecovered.go:14)	PCDATA	$0, $-1
	0x000a 00010 (panic_repanic_unrecovered.go:14)	PUSHQ	BP
	0x000b 00011 (panic_repanic_unrecovered.go:14)	MOVQ	SP, BP
	0x000e 00014 (panic_repanic_unrecovered.go:14)	SUBQ	$88, SP
	0x0012 00018 (panic_repanic_unrecovered.go:14)	MOVQ	X15, 80(SP)
	0x0019 00025 (panic_repanic_unrecovered.go:14)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0019 00025 (panic_repanic_unrecovered.go:14)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
	0x0019 00025 (panic_repanic_unrecovered.go:14)	FUNCDATA	$2, main.runtimeErr.stkobj(SB)
	0x0019 00025 (panic_repanic_unrecovered.go:14)	FUNCDATA	$4, main.runtimeErr.opendefer(SB)
	0x0019 00025 (panic_repanic_unrecovered.go:14)	MOVB	$0, main..autotmp_7+39(SP)
	0x001e 00030 (panic_repanic_unrecovered.go:14)	MOVQ	$0, main.n+40(SP)
	0x0027 00039 (panic_repanic_unrecovered.go:15)	LEAQ	main.runtimeErr.func1(SB), DX
	0x002e 00046 (panic_repanic_unrecovered.go:15)	MOVQ	DX, main..autotmp_4+64(SP)
	0x0033 00051 (panic_repanic_unrecovered.go:15)	LEAQ	main.n+40(SP), DX
	0x0038 00056 (panic_repanic_unrecovered.go:15)	MOVQ	DX, main..autotmp_4+72(SP)
	0x003d 00061 (panic_repanic_unrecovered.go:15)	LEAQ	main..autotmp_4+64(SP), DX
	0x0042 00066 (panic_repanic_unrecovered.go:15)	MOVQ	DX, main..autotmp_8+80(SP)
	0x0047 00071 (panic_repanic_unrecovered.go:15)	MOVB	$1, main..autotmp_7+39(SP)
	0x004c 00076 (panic_repanic_unrecovered.go:21)	MOVQ	$1, main..autotmp_1+48(SP)
	0x0055 00085 (panic_repanic_unrecovered.go:21)	MOVQ	$2, main..autotmp_1+56(SP)
	0x005e 00094 (panic_repanic_unrecovered.go:21)	LEAQ	main..autotmp_1+48(SP), AX
	0x0063 00099 (panic_repanic_unrecovered.go:21)	MOVL	$2, BX
	0x0068 00104 (panic_repanic_unrecovered.go:21)	MOVL	BX, CX
	0x006a 00106 (panic_repanic_unrecovered.go:21)	MOVL	$5, DI
	0x006f 00111 (panic_repanic_unrecovered.go:21)	PCDATA	$1, $1
	0x006f 00111 (panic_repanic_unrecovered.go:21)	CALL	main.idx(SB)
	0x0074 00116 (panic_repanic_unrecovered.go:21)	MOVQ	AX, main.n+40(SP)
	0x0079 00121 (panic_repanic_unrecovered.go:21)	MOVB	$0, main..autotmp_7+39(SP)
	0x007e 00126 (panic_repanic_unrecovered.go:21)	MOVQ	main..autotmp_8+80(SP), DX
	0x0083 00131 (panic_repanic_unrecovered.go:21)	MOVQ	(DX), SI
	0x0086 00134 (panic_repanic_unrecovered.go:21)	CALL	SI
	0x0088 00136 (panic_repanic_unrecovered.go:21)	MOVQ	main.n+40(SP), AX
	0x008d 00141 (panic_repanic_unrecovered.go:21)	ADDQ	$88, SP
	0x0091 00145 (panic_repanic_unrecovered.go:21)	POPQ	BP
	0x0092 00146 (panic_repanic_unrecovered.go:21)	RET
	0x0093 00147 (panic_repanic_unrecovered.go:21)	CALL	runtime.deferreturn(SB)
	0x0098 00152 (panic_repanic_unrecovered.go:21)	MOVQ	main.n+40(SP), AX
	0x009d 00157 (panic_repanic_unrecovered.go:21)	ADDQ	$88, SP
	0x00a1 00161 (panic_repanic_unrecovered.go:21)	POPQ	BP
	0x00a2 00162 (panic_repanic_unrecovered.go:21)	RET
	0x00a3 00163 (panic_repanic_unrecovered.go:21)	NOP
	0x00a3 00163 (panic_repanic_unrecovered.go:14)	PCDATA	$1, $-1
	0x00a3 00163 (panic_repanic_unrecovered.go:14)	PCDATA	$0, $-2
	0x00a3 00163 (panic_repanic_unrecovered.go:14)	CALL	runtime.morestack_noctxt(SB)
	0x00a8 00168 (panic_repanic_unrecovered.go:14)	PCDATA	$0, $-1
	0x00a8 00168 (panic_repanic_unrecovered.go:14)	JMP	0
	0x0000 49 3b 66 10 0f 86 99 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 58 66 44 0f d6 7c 24 50 c6 44 24 27 00 48 c7  .XfD..|$P.D$'.H.
	0x0020 44 24 28 00 00 00 00 48 8d 15 00 00 00 00 48 89  D$(....H......H.
	0x0030 54 24 40 48 8d 54 24 28 48 89 54 24 48 48 8d 54  T$@H.T$(H.T$HH.T
	0x0040 24 40 48 89 54 24 50 c6 44 24 27 01 48 c7 44 24  $@H.T$P.D$'.H.D$
	0x0050 30 01 00 00 00 48 c7 44 24 38 02 00 00 00 48 8d  0....H.D$8....H.
	0x0060 44 24 30 bb 02 00 00 00 89 d9 bf 05 00 00 00 e8  D$0.............
	0x0070 00 00 00 00 48 89 44 24 28 c6 44 24 27 00 48 8b  ....H.D$(.D$'.H.
	0x0080 54 24 50 48 8b 32 ff d6 48 8b 44 24 28 48 83 c4  T$PH.2..H.D$(H..
	0x0090 58 5d c3 e8 00 00 00 00 48 8b 44 24 28 48 83 c4  X]......H.D$(H..
	0x00a0 58 5d c3 e8 00 00 00 00 e9 53 ff ff ff           X].......S...
	rel 42+4 t=R_PCREL main.runtimeErr.func1+0
	rel 112+4 t=R_CALL main.idx+0
	rel 134+0 t=R_CALLIND +0
	rel 148+4 t=R_CALL runtime.deferreturn+0
	rel 164+4 t=R_CALL runtime.morestack_noctxt+0
main.runtimeErr.func1 STEXT size=249 align=0x0 args=0x0 locals=0x48 funcid=0x0
	0x0000 00000 (panic_repanic_unrecovered.go:15)	TEXT	main.runtimeErr.func1(SB), NEEDCTXT|ABIInternal, $72-0
	0x0000 00000 (panic_repanic_unrecovered.go:15)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic_unrecovered.go:15)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic_unrecovered.go:15)	JLS	239
	0x000a 00010 (panic_repanic_unrecovered.go:15)	PCDATA	$0, $-1
	0x000a 00010 (panic_repanic_unrecovered.go:15)	PUSHQ	BP
	0x000b 00011 (panic_repanic_unrecovered.go:15)	MOVQ	SP, BP
	0x000e 00014 (panic_repanic_unrecovered.go:15)	SUBQ	$64, SP
	0x0012 00018 (panic_repanic_unrecovered.go:15)	FUNCDATA	$0, gclocals·3Nf0KxzcHw1JLr11btD+gA==(SB)
	0x0012 00018 (panic_repanic_unrecovered.go:15)	FUNCDATA	$1, gclocals·rersVSrm8JD1zEL5bKg11g==(SB)
	0x0012 00018 (panic_repanic_unrecovered.go:15)	MOVQ	8(DX), AX
	0x0016 00022 (panic_repanic_unrecovered.go:15)	MOVQ	AX, main.&n+56(SP)
	0x001b 00027 (panic_repanic_unrecovered.go:16)	PCDATA	$1, $1
	0x001b 00027 (panic_repanic_unrecovered.go:16)	NOP
	0x0020 00032 (panic_repanic_unrecovered.go:16)	CALL	runtime.gorecover(SB)
	0x0025 00037 (panic_repanic_unrecovered.go:17)	TESTQ	AX, AX
	0x0028 00040 (panic_repanic_unrecovered.go:17)	JEQ	57
	0x002a 00042 (panic_repanic_unrecovered.go:17)	MOVQ	main..typeAssert.0(SB), CX
	0x0031 00049 (panic_repanic_unrecovered.go:17)	MOVQ	(CX), DX
	0x0034 00052 (panic_repanic_unrecovered.go:17)	MOVL	16(AX), SI
	0x0037 00055 (panic_repanic_unrecovered.go:17)	JMP	167
	0x0039 00057 (panic_repanic_unrecovered.go:17)	MOVQ	AX, main..autotmp_13+48(SP)
	0x003e 00062 (panic_repanic_unrecovered.go:18)	MOVQ	24(AX), CX
	0x0042 00066 (panic_repanic_unrecovered.go:18)	MOVQ	BX, AX
	0x0045 00069 (panic_repanic_unrecovered.go:18)	PCDATA	$1, $2
	0x0045 00069 (panic_repanic_unrecovered.go:18)	CALL	CX
	0x0047 00071 (panic_repanic_unrecovered.go:18)	MOVQ	AX, main..autotmp_14+40(SP)
	0x004c 00076 (panic_repanic_unrecovered.go:18)	MOVQ	BX, main..autotmp_15+24(SP)
	0x0051 00081 (panic_repanic_unrecovered.go:18)	PCDATA	$1, $3
	0x0051 00081 (panic_repanic_unrecovered.go:18)	CALL	runtime.printlock(SB)
	0x0056 00086 (panic_repanic_unrecovered.go:18)	LEAQ	go:string."recovered error: "(SB), AX
	0x005d 00093 (panic_repanic_unrecovered.go:18)	MOVL	$17, BX
	0x0062 00098 (panic_repanic_unrecovered.go:18)	CALL	runtime.printstring(SB)
	0x0067 00103 (panic_repanic_unrecovered.go:17)	MOVQ	main..autotmp_13+48(SP), CX
	0x006c 00108 (panic_repanic_unrecovered.go:17)	TESTQ	CX, CX
	0x006f 00111 (panic_repanic_unrecovered.go:17)	SETNE	AL
	0x0072 00114 (panic_repanic_unrecovered.go:18)	PCDATA	$1, $4
	0x0072 00114 (panic_repanic_unrecovered.go:18)	CALL	runtime.printbool(SB)
	0x0077 00119 (panic_repanic_unrecovered.go:18)	CALL	runtime.printsp(SB)
	0x007c 00124 (panic_repanic_unrecovered.go:18)	MOVQ	main..autotmp_14+40(SP), AX
	0x0081 00129 (panic_repanic_unrecovered.go:18)	MOVQ	main..autotmp_15+24(SP), BX
	0x0086 00134 (panic_repanic_unrecovered.go:18)	PCDATA	$1, $1
	0x0086 00134 (panic_repanic_unrecovered.go:18)	CALL	runtime.printstring(SB)
	0x008b 00139 (panic_repanic_unrecovered.go:18)	CALL	runtime.printnl(SB)
	0x0090 00144 (panic_repanic_unrecovered.go:18)	CALL	runtime.printunlock(SB)
	0x0095 00149 (panic_repanic_unrecovered.go:19)	MOVQ	main.&n+56(SP), CX
	0x009a 00154 (panic_repanic_unrecovered.go:19)	MOVQ	$-1, (CX)
	0x00a1 00161 (panic_repanic_unrecovered.go:20)	ADDQ	$64, SP
	0x00a5 00165 (panic_repanic_unrecovered.go:20)	POPQ	BP
	0x00a6 00166 (panic_repanic_unrecovered.go:20)	RET
	0x00a7 00167 (panic_repanic_unrecovered.go:17)	MOVQ	SI, DI
	0x00aa 00170 (panic_repanic_unrecovered.go:17)	ANDQ	DX, SI
	0x00ad 00173 (panic_repanic_unrecovered.go:17)	SHLQ	$4, SI
	0x00b1 00177 (panic_repanic_unrecovered.go:17)	MOVQ	8(SI)(CX*1), R8
	0x00b6 00182 (panic_repanic_unrecovered.go:17)	CMPQ	AX, R8
	0x00b9 00185 (panic_repanic_unrecovered.go:17)	JEQ	229
	0x00bb 00187 (panic_repanic_unrecovered.go:17)	LEAQ	1(DI), SI
	0x00bf 00191 (panic_repanic_unrecovered.go:17)	NOP
	0x00c0 00192 (panic_repanic_unrecovered.go:17)	TESTQ	R8, R8
	0x00c3 00195 (panic_repanic_unrecovered.go:17)	JNE	167
	0x00c5 00197 (panic_repanic_unrecovered.go:16)	MOVQ	BX, main.r.data+32(SP)
	0x00ca 00202 (panic_repanic_unrecovered.go:17)	MOVQ	AX, BX
	0x00cd 00205 (panic_repanic_unrecovered.go:17)	LEAQ	main..typeAssert.0(SB), AX
	0x00d4 00212 (panic_repanic_unrecovered.go:17)	PCDATA	$1, $5
	0x00d4 00212 (panic_repanic_unrecovered.go:17)	CALL	runtime.typeAssert(SB)
	0x00d9 00217 (panic_repanic_unrecovered.go:18)	MOVQ	main.r.data+32(SP), BX
	0x00de 00222 (panic_repanic_unrecovered.go:18)	NOP
	0x00e0 00224 (panic_repanic_unrecovered.go:17)	JMP	57
	0x00e5 00229 (panic_repanic_unrecovered.go:17)	MOVQ	16(SI)(CX*1), AX
	0x00ea 00234 (panic_repanic_unrecovered.go:17)	JMP	57
	0x00ef 00239 (panic_repanic_unrecovered.go:17)	NOP
	0x00ef 00239 (panic_repanic_unrecovered.go:15)	PCDATA	$1, $-1
	0x00ef 00239 (panic_repanic_unrecovered.go:15)	PCDATA	$0, $-2
	0x00ef 00239 (panic_repanic_unrecovered.go:15)	CALL	runtime.morestack(SB)
	0x00f4 00244 (panic_repanic_unrecovered.go:15)	PCDATA	$0, $-1
	0x00f4 00244 (panic_repanic_unrecovered.go:15)	JMP	0
	0x0000 49 3b 66 10 0f 86 e5 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 48 8b 42 08 48 89 44 24 38 0f 1f 44 00 00  .@H.B.H.D$8..D..
	0x0020 e8 00 00 00 00 48 85 c0 74 0f 48 8b 0d 00 00 00  .....H..t.H.....
	0x0030 00 48 8b 11 8b 70 10 eb 6e 48 89 44 24 30 48 8b  .H...p..nH.D$0H.
	0x0040 48 18 48 89 d8 ff d1 48 89 44 24 28 48 89 5c 24  H.H....H.D$(H.\$
	0x0050 18 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 11 00  ......H.........
	0x0060 00 00 e8 00 00 00 00 48 8b 4c 24 30 48 85 c9 0f  .......H.L$0H...
	0x0070 95 c0 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24  ............H.D$
	0x0080 28 48 8b 5c 24 18 e8 00 00 00 00 e8 00 00 00 00  (H.\$...........
	0x0090 e8 00 00 00 00 48 8b 4c 24 38 48 c7 01 ff ff ff  .....H.L$8H.....
	0x00a0 ff 48 83 c4 40 5d c3 48 89 f7 48 21 d6 48 c1 e6  .H..@].H..H!.H..
	0x00b0 04 4c 8b 44 0e 08 4c 39 c0 74 2a 48 8d 77 01 90  .L.D..L9.t*H.w..
	0x00c0 4d 85 c0 75 e2 48 89 5c 24 20 48 89 c3 48 8d 05  M..u.H.\$ H..H..
	0x00d0 00 00 00 00 e8 00 00 00 00 48 8b 5c 24 20 66 90  .........H.\$ f.
	0x00e0 e9 54 ff ff ff 48 8b 44 0e 10 e9 4a ff ff ff e8  .T...H.D...J....
	0x00f0 00 00 00 00 e9 07 ff ff ff                       .........
	rel 3+0 t=R_USEIFACEMETHOD type:error+96
	rel 33+4 t=R_CALL runtime.gorecover+0
	rel 45+4 t=R_PCREL main..typeAssert.0+0
	rel 69+0 t=R_CALLIND +0
	rel 82+4 t=R_CALL runtime.printlock+0
	rel 89+4 t=R_PCREL go:string."recovered error: "+0
	rel 99+4 t=R_CALL runtime.printstring+0
	rel 115+4 t=R_CALL runtime.printbool+0
	rel 120+4 t=R_CALL runtime.printsp+0
	rel 135+4 t=R_CALL runtime.printstring+0
	rel 140+4 t=R_CALL runtime.printnl+0
	rel 145+4 t=R_CALL runtime.printunlock+0
	rel 208+4 t=R_PCREL main..typeAssert.0+0
	rel 213+4 t=R_CALL runtime.typeAssert+0
	rel 240+4 t=R_CALL runtime.morestack+0
main.main STEXT size=184 align=0x0 args=0x0 locals=0x48 funcid=0x0
	0x0000 00000 (panic_repanic_unrecovered.go:24)	TEXT	main.main(SB), ABIInternal, $72-0
	0x0000 00000 (panic_repanic_unrecovered.go:24)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic_unrecovered.go:24)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic_unrecovered.go:24)	JLS	174
	0x000a 00010 (panic_repanic_unrecovered.go:24)	PCDATA	$0, $-1
	0x000a 00010 (panic_repanic_unrecovered.go:24)	PUSHQ	BP
	0x000b 00011 (panic_repanic_unrecovered.go:24)	MOVQ	SP, BP
	0x000e 00014 (panic_repanic_unrecovered.go:24)	SUBQ	$64, SP
	0x0012 00018 (panic_repanic_unrecovered.go:24)	MOVQ	X15, 56(SP)
	0x0019 00025 (panic_repanic_unrecovered.go:24)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0019 00025 (panic_repanic_unrecovered.go:24)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0019 00025 (panic_repanic_unrecovered.go:24)	FUNCDATA	$4, main.main.opendefer(SB)
	0x0019 00025 (panic_repanic_unrecovered.go:24)	MOVB	$0, main..autotmp_4+39(SP)
	0x001e 00030 (panic_repanic_unrecovered.go:25)	PCDATA	$1, $1
	0x001e 00030 (panic_repanic_unrecovered.go:25)	NOP
	0x0020 00032 (panic_repanic_unrecovered.go:25)	CALL	main.runtimeErr(SB)
	0x0025 00037 (panic_repanic_unrecovered.go:25)	MOVQ	AX, main..autotmp_6+40(SP)
	0x002a 00042 (panic_repanic_unrecovered.go:25)	CALL	runtime.printlock(SB)
	0x002f 00047 (panic_repanic_unrecovered.go:25)	MOVQ	main..autotmp_6+40(SP), AX
	0x0034 00052 (panic_repanic_unrecovered.go:25)	CALL	runtime.printint(SB)
	0x0039 00057 (panic_repanic_unrecovered.go:25)	CALL	runtime.printnl(SB)
	0x003e 00062 (panic_repanic_unrecovered.go:25)	NOP
	0x0040 00064 (panic_repanic_unrecovered.go:25)	CALL	runtime.printunlock(SB)
	0x0045 00069 (panic_repanic_unrecovered.go:26)	LEAQ	main.rethrow·f(SB), AX
	0x004c 00076 (panic_repanic_unrecovered.go:26)	MOVQ	AX, main..autotmp_5+56(SP)
	0x0051 00081 (panic_repanic_unrecovered.go:26)	MOVB	$1, main..autotmp_4+39(SP)
	0x0056 00086 (panic_repanic_unrecovered.go:27)	MOVQ	$7, main..autotmp_1+48(SP)
	0x005f 00095 (panic_repanic_unrecovered.go:27)	LEAQ	main..autotmp_1+48(SP), AX
	0x0064 00100 (panic_repanic_unrecovered.go:27)	MOVL	$1, BX
	0x0069 00105 (panic_repanic_unrecovered.go:27)	MOVL	BX, CX
	0x006b 00107 (panic_repanic_unrecovered.go:27)	MOVL	$3, DI
	0x0070 00112 (panic_repanic_unrecovered.go:27)	CALL	main.idx(SB)
	0x0075 00117 (panic_repanic_unrecovered.go:27)	MOVQ	AX, main..autotmp_6+40(SP)
	0x007a 00122 (panic_repanic_unrecovered.go:27)	CALL	runtime.printlock(SB)
	0x007f 00127 (panic_repanic_unrecovered.go:27)	MOVQ	main..autotmp_6+40(SP), AX
	0x0084 00132 (panic_repanic_unrecovered.go:27)	CALL	runtime.printint(SB)
	0x0089 00137 (panic_repanic_unrecovered.go:27)	CALL	runtime.printnl(SB)
	0x008e 00142 (panic_repanic_unrecovered.go:27)	CALL	runtime.printunlock(SB)
	0x0093 00147 (panic_repanic_unrecovered.go:28)	MOVB	$0, main..autotmp_4+39(SP)
	0x0098 00152 (panic_repanic_unrecovered.go:28)	CALL	main.rethrow(SB)
	0x009d 00157 (panic_repanic_unrecovered.go:28)	ADDQ	$64, SP
	0x00a1 00161 (panic_repanic_unrecovered.go:28)	POPQ	BP
	0x00a2 00162 (panic_repanic_unrecovered.go:28)	RET
	0x00a3 00163 (panic_repanic_unrecovered.go:28)	CALL	runtime.deferreturn(SB)
	0x00a8 00168 (panic_repanic_unrecovered.go:28)	ADDQ	$64, SP
	0x00ac 00172 (panic_repanic_unrecovered.go:28)	POPQ	BP
	0x00ad 00173 (panic_repanic_unrecovered.go:28)	RET
	0x00ae 00174 (panic_repanic_unrecovered.go:28)	NOP
	0x00ae 00174 (panic_repanic_unrecovered.go:24)	PCDATA	$1, $-1
	0x00ae 00174 (panic_repanic_unrecovered.go:24)	PCDATA	$0, $-2
	0x00ae 00174 (panic_repanic_unrecovered.go:24)	CALL	runtime.morestack_noctxt(SB)
	0x00b3 00179 (panic_repanic_unrecovered.go:24)	PCDATA	$0, $-1
	0x00b3 00179 (panic_repanic_unrecovered.go:24)	JMP	0
	0x0000 49 3b 66 10 0f 86 a4 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 66 44 0f d6 7c 24 38 c6 44 24 27 00 66 90  .@fD..|$8.D$'.f.
	0x0020 e8 00 00 00 00 48 89 44 24 28 e8 00 00 00 00 48  .....H.D$(.....H
	0x0030 8b 44 24 28 e8 00 00 00 00 e8 00 00 00 00 66 90  .D$(..........f.
	0x0040 e8 00 00 00 00 48 8d 05 00 00 00 00 48 89 44 24  .....H......H.D$
	0x0050 38 c6 44 24 27 01 48 c7 44 24 30 07 00 00 00 48  8.D$'.H.D$0....H
	0x0060 8d 44 24 30 bb 01 00 00 00 89 d9 bf 03 00 00 00  .D$0............
	0x0070 e8 00 00 00 00 48 89 44 24 28 e8 00 00 00 00 48  .....H.D$(.....H
	0x0080 8b 44 24 28 e8 00 00 00 00 e8 00 00 00 00 e8 00  .D$(............
	0x0090 00 00 00 c6 44 24 27 00 e8 00 00 00 00 48 83 c4  ....D$'......H..
	0x00a0 40 5d c3 e8 00 00 00 00 48 83 c4 40 5d c3 e8 00  @]......H..@]...
	0x00b0 00 00 00 e9 48 ff ff ff                          ....H...
	rel 33+4 t=R_CALL main.runtimeErr+0
	rel 43+4 t=R_CALL runtime.printlock+0
	rel 53+4 t=R_CALL runtime.printint+0
	rel 58+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 72+4 t=R_PCREL main.rethrow·f+0
	rel 113+4 t=R_CALL main.idx+0
	rel 123+4 t=R_CALL runtime.printlock+0
	rel 133+4 t=R_CALL runtime.printint+0
	rel 138+4 t=R_CALL runtime.printnl+0
	rel 143+4 t=R_CALL runtime.printunlock+0
	rel 153+4 t=R_CALL main.rethrow+0
	rel 164+4 t=R_CALL runtime.deferreturn+0
	rel 175+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."rethrowing" SRODATA dupok size=10 align=0x1
	0x0000 72 65 74 68 72 6f 77 69 6e 67                    rethrowing
go:string."rethrowing\n" SRODATA dupok size=11 align=0x1
	0x0000 72 65 74 68 72 6f 77 69 6e 67 0a                 rethrowing.
main..typeAssert.0 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01                                               .
	rel 0+8 t=R_ADDR runtime.emptyTypeAssertCache+0
	rel 8+8 t=R_ADDR type:error+0
go:string."recovered error:" SRODATA dupok size=16 align=0x1
	0x0000 72 65 63 6f 76 65 72 65 64 20 65 72 72 6f 72 3a  recovered error:
go:string."recovered error: " SRODATA dupok size=17 align=0x1
	0x0000 72 65 63 6f 76 65 72 65 64 20 65 72 72 6f 72 3a  recovered error:
	0x0010 20                                                
type:.eqfunc.M17 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 11 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
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
runtime.gcbits. SRODATA dupok size=0 align=0x8
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
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
main.rethrow·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.rethrow+0
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
main.idx.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd 18 08 ff                 ...........
main.idx.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wSZsRWWmrOmngSuEx9VDDg== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 03 00 00 00 00 04                    ..........
main.runtimeErr.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e8 ff ff ff 10 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.runtimeErr.opendefer SRODATA dupok size=2 align=0x1
	0x0000 31 08                                            1.
gclocals·3Nf0KxzcHw1JLr11btD+gA== SRODATA dupok size=8 align=0x4
	0x0000 06 00 00 00 00 00 00 00                          ........
gclocals·rersVSrm8JD1zEL5bKg11g== SRODATA dupok size=14 align=0x4
	0x0000 06 00 00 00 04 00 00 00 00 08 0c 0e 0a 09        ..............
main.main.opendefer SRODATA dupok size=2 align=0x1
	0x0000 19 08                                            ..
