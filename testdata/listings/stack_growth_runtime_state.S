funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:96)	TEXT	main.main(SB), ABIInternal, $80-0
     0        00000 (stack_growth_runtime_state.go:96)	TEXT	main.main(SB), ABIInternal, $80-0
     0     -1 00000 (stack_growth_runtime_state.go:96)	CMPQ	SP, 16(R14)
     4        00004 (stack_growth_runtime_state.go:96)	PCDATA	$0, $-2
     4        00004 (stack_growth_runtime_state.go:96)	JLS	343
     a        00010 (stack_growth_runtime_state.go:96)	PCDATA	$0, $-1
     a        00010 (stack_growth_runtime_state.go:96)	PUSHQ	BP
     b        00011 (stack_growth_runtime_state.go:96)	MOVQ	SP, BP
     e        00014 (stack_growth_runtime_state.go:96)	SUBQ	$72, SP
    12        00018 (stack_growth_runtime_state.go:96)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (stack_growth_runtime_state.go:96)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    12        00018 (stack_growth_runtime_state.go:97)	MOVL	$24, AX
    17        00023 (stack_growth_runtime_state.go:97)	LEAQ	type:[]int(SB), BX
    1e        00030 (stack_growth_runtime_state.go:97)	MOVL	$1, CX
    23        00035 (stack_growth_runtime_state.go:97)	PCDATA	$1, $0
    23        00035 (stack_growth_runtime_state.go:97)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
    28        00040 (stack_growth_runtime_state.go:97)	MOVQ	AX, main.&log+64(SP)
    2d        00045 (stack_growth_runtime_state.go:98)	MOVQ	AX, BX
    30        00048 (stack_growth_runtime_state.go:98)	MOVL	$5, AX
    35        00053 (stack_growth_runtime_state.go:98)	PCDATA	$1, $1
    35        00053 (stack_growth_runtime_state.go:98)	CALL	main.deferLoop(SB)
    3a        00058 (stack_growth_runtime_state.go:99)	MOVQ	main.&log+64(SP), DX
    3f        00063 (stack_growth_runtime_state.go:99)	MOVQ	8(DX), SI
    43        00067 (stack_growth_runtime_state.go:99)	TESTQ	SI, SI
    46        00070 (stack_growth_runtime_state.go:99)	JLS	337
    4c        00076 (stack_growth_runtime_state.go:99)	CMPQ	SI, $1
    50        00080 (stack_growth_runtime_state.go:99)	JLS	332
    56        00086 (stack_growth_runtime_state.go:99)	MOVQ	SI, main..autotmp_7+48(SP)
    5b        00091 (stack_growth_runtime_state.go:99)	MOVQ	(DX), AX
    5e        00094 (stack_growth_runtime_state.go:99)	MOVQ	(AX), CX
    61        00097 (stack_growth_runtime_state.go:99)	MOVQ	CX, main..autotmp_8+40(SP)
    66        00102 (stack_growth_runtime_state.go:99)	MOVQ	8(AX), CX
    6a        00106 (stack_growth_runtime_state.go:99)	MOVQ	CX, main..autotmp_9+32(SP)
    6f        00111 (stack_growth_runtime_state.go:99)	MOVQ	-8(AX)(SI*8), AX
    74        00116 (stack_growth_runtime_state.go:99)	MOVQ	AX, main..autotmp_10+56(SP)
    79        00121 (stack_growth_runtime_state.go:99)	PCDATA	$1, $0
    79        00121 (stack_growth_runtime_state.go:99)	CALL	runtime.printlock(SB)
    7e        00126 (stack_growth_runtime_state.go:99)	MOVQ	main..autotmp_7+48(SP), AX
    83        00131 (stack_growth_runtime_state.go:99)	CALL	runtime.printint(SB)
    88        00136 (stack_growth_runtime_state.go:99)	CALL	runtime.printsp(SB)
    8d        00141 (stack_growth_runtime_state.go:99)	MOVQ	main..autotmp_8+40(SP), AX
    92        00146 (stack_growth_runtime_state.go:99)	CALL	runtime.printint(SB)
    97        00151 (stack_growth_runtime_state.go:99)	CALL	runtime.printsp(SB)
    9c        00156 (stack_growth_runtime_state.go:99)	MOVQ	main..autotmp_9+32(SP), AX
    a1        00161 (stack_growth_runtime_state.go:99)	CALL	runtime.printint(SB)
    a6        00166 (stack_growth_runtime_state.go:99)	CALL	runtime.printsp(SB)
    ab        00171 (stack_growth_runtime_state.go:99)	MOVQ	main..autotmp_10+56(SP), AX
    b0        00176 (stack_growth_runtime_state.go:99)	CALL	runtime.printint(SB)
    b5        00181 (stack_growth_runtime_state.go:99)	CALL	runtime.printnl(SB)
    ba        00186 (stack_growth_runtime_state.go:99)	CALL	runtime.printunlock(SB)
    bf        00191 (stack_growth_runtime_state.go:99)	NOP
    c0        00192 (stack_growth_runtime_state.go:100)	CALL	main.twoDefers(SB)
    c5        00197 (stack_growth_runtime_state.go:100)	MOVQ	AX, main..autotmp_7+48(SP)
    ca        00202 (stack_growth_runtime_state.go:100)	CALL	runtime.printlock(SB)
    cf        00207 (stack_growth_runtime_state.go:100)	MOVQ	main..autotmp_7+48(SP), AX
    d4        00212 (stack_growth_runtime_state.go:100)	CALL	runtime.printint(SB)
    d9        00217 (stack_growth_runtime_state.go:100)	CALL	runtime.printnl(SB)
    de        00222 (stack_growth_runtime_state.go:100)	NOP
    e0        00224 (stack_growth_runtime_state.go:100)	CALL	runtime.printunlock(SB)
    e5        00229 (stack_growth_runtime_state.go:101)	MOVL	$3, AX
    ea        00234 (stack_growth_runtime_state.go:101)	CALL	main.recoverAfterGrowth(SB)
    ef        00239 (stack_growth_runtime_state.go:101)	MOVQ	AX, main..autotmp_7+48(SP)
    f4        00244 (stack_growth_runtime_state.go:101)	CALL	runtime.printlock(SB)
    f9        00249 (stack_growth_runtime_state.go:101)	MOVQ	main..autotmp_7+48(SP), AX
    fe        00254 (stack_growth_runtime_state.go:101)	NOP
   100        00256 (stack_growth_runtime_state.go:101)	CALL	runtime.printint(SB)
   105        00261 (stack_growth_runtime_state.go:101)	CALL	runtime.printnl(SB)
   10a        00266 (stack_growth_runtime_state.go:101)	CALL	runtime.printunlock(SB)
   10f        00271 (stack_growth_runtime_state.go:102)	CALL	main.catchDeep(SB)
   114        00276 (stack_growth_runtime_state.go:103)	CALL	main.recoverThenMore(SB)
   119        00281 (stack_growth_runtime_state.go:103)	MOVQ	AX, main..autotmp_7+48(SP)
   11e        00286 (stack_growth_runtime_state.go:103)	NOP
   120        00288 (stack_growth_runtime_state.go:103)	CALL	runtime.printlock(SB)
   125        00293 (stack_growth_runtime_state.go:103)	MOVQ	main..autotmp_7+48(SP), AX
   12a        00298 (stack_growth_runtime_state.go:103)	CALL	runtime.printint(SB)
   12f        00303 (stack_growth_runtime_state.go:103)	CALL	runtime.printnl(SB)
   134        00308 (stack_growth_runtime_state.go:103)	CALL	runtime.printunlock(SB)
   139        00313 (stack_growth_runtime_state.go:104)	LEAQ	type:main.deepError(SB), AX
   140        00320 (stack_growth_runtime_state.go:104)	LEAQ	main..stmp_3(SB), BX
   147        00327 (stack_growth_runtime_state.go:104)	CALL	runtime.gopanic(SB)
   14c        00332 (stack_growth_runtime_state.go:99)	PCDATA	$4, $1188
   14c        00332 (stack_growth_runtime_state.go:99)	CALL	runtime.panicBounds(SB)
   151        00337 (stack_growth_runtime_state.go:99)	PCDATA	$4, $0
   151        00337 (stack_growth_runtime_state.go:99)	CALL	runtime.panicBounds(SB)
   156        00342 (stack_growth_runtime_state.go:99)	XCHGL	AX, AX
   157        00343 (stack_growth_runtime_state.go:99)	NOP
   157        00343 (stack_growth_runtime_state.go:96)	PCDATA	$1, $-1
   157        00343 (stack_growth_runtime_state.go:96)	PCDATA	$0, $-2
   157        00343 (stack_growth_runtime_state.go:96)	CALL	runtime.morestack_noctxt(SB)
   15c        00348 (stack_growth_runtime_state.go:96)	PCDATA	$0, $-1
   15c        00348 (stack_growth_runtime_state.go:96)	NOP
   160        00352 (stack_growth_runtime_state.go:96)	JMP	0
   165 done
wrote 4 bytes to 0x0
 00 e5 02 00
funcpctab main.(*deepError).Error [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*deepError).Error(SB), DUPOK|WRAPPER|ABIInternal, $16-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*deepError).Error(SB), DUPOK|WRAPPER|ABIInternal, $16-8
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	80
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$8, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*deepError).Error.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*deepError).Error.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	TESTQ	AX, AX
    11        00017 (<autogenerated>:1)	JEQ	74
    13        00019 (<autogenerated>:1)	MOVQ	(AX), AX
    16        00022 (<unknown line number>)	NOP
    16        00022 (<autogenerated>:1)	PCDATA	$1, $1
    16      0 00022 (<autogenerated>:1)	CALL	main.grow(SB)
    1b        00027 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	TESTQ	AX, AX
    23        00035 (<autogenerated>:1)	JNE	51
    25        00037 (<autogenerated>:1)	MOVL	$16, AX
    2a        00042 (<autogenerated>:1)	LEAQ	go:string."deep error, even"(SB), CX
    31     -1 00049 (<autogenerated>:1)	JMP	63
    33        00051 (<autogenerated>:1)	MOVL	$15, AX
    38        00056 (<autogenerated>:1)	LEAQ	go:string."deep error, odd"(SB), CX
    3f        00063 (<autogenerated>:1)	MOVL	AX, BX
    41        00065 (<autogenerated>:1)	MOVQ	CX, AX
    44        00068 (<autogenerated>:1)	ADDQ	$8, SP
    48        00072 (<autogenerated>:1)	POPQ	BP
    49        00073 (<autogenerated>:1)	RET
    4a        00074 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    4f        00079 (<autogenerated>:1)	XCHGL	AX, AX
    50        00080 (<autogenerated>:1)	NOP
    50        00080 (<autogenerated>:1)	PCDATA	$1, $-1
    50        00080 (<autogenerated>:1)	PCDATA	$0, $-2
    50        00080 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    55        00085 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    5a        00090 (<autogenerated>:1)	PCDATA	$0, $-1
    5a        00090 (<autogenerated>:1)	MOVQ	8(SP), AX
    5f        00095 (<autogenerated>:1)	NOP
    60        00096 (<autogenerated>:1)	JMP	0
    62 done
wrote 7 bytes to 0x0
 00 16 02 1b 01 31 00
-- inlining tree for main.(*deepError).Error:
0 | -1 | main.deepError.Error (<autogenerated>:1) pc=14
--
funcpctab main.deepPanic [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:57)	TEXT	main.deepPanic(SB), ABIInternal, $992-8
     0        00000 (stack_growth_runtime_state.go:57)	TEXT	main.deepPanic(SB), ABIInternal, $992-8
     0     -1 00000 (stack_growth_runtime_state.go:57)	LEAQ	-864(SP), R12
     8        00008 (stack_growth_runtime_state.go:57)	CMPQ	R12, 16(R14)
     c        00012 (stack_growth_runtime_state.go:57)	PCDATA	$0, $-2
     c        00012 (stack_growth_runtime_state.go:57)	JLS	201
    12        00018 (stack_growth_runtime_state.go:57)	PCDATA	$0, $-1
    12        00018 (stack_growth_runtime_state.go:57)	PUSHQ	BP
    13        00019 (stack_growth_runtime_state.go:57)	MOVQ	SP, BP
    16        00022 (stack_growth_runtime_state.go:57)	SUBQ	$984, SP
    1d        00029 (stack_growth_runtime_state.go:57)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1d        00029 (stack_growth_runtime_state.go:57)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1d        00029 (stack_growth_runtime_state.go:57)	FUNCDATA	$5, main.deepPanic.arginfo1(SB)
    1d        00029 (stack_growth_runtime_state.go:57)	FUNCDATA	$6, main.deepPanic.argliveinfo(SB)
    1d        00029 (stack_growth_runtime_state.go:57)	PCDATA	$3, $1
    1d        00029 (stack_growth_runtime_state.go:58)	LEAQ	main.pad+16(SP), CX
    22        00034 (stack_growth_runtime_state.go:58)	MOVL	$15, DX
    27        00039 (stack_growth_runtime_state.go:58)	MOVUPS	X15, (CX)
    2b        00043 (stack_growth_runtime_state.go:58)	MOVUPS	X15, 16(CX)
    30        00048 (stack_growth_runtime_state.go:58)	MOVUPS	X15, 32(CX)
    35        00053 (stack_growth_runtime_state.go:58)	MOVUPS	X15, 48(CX)
    3a        00058 (stack_growth_runtime_state.go:58)	ADDQ	$64, CX
    3e        00062 (stack_growth_runtime_state.go:58)	NOP
    40        00064 (stack_growth_runtime_state.go:58)	DECL	DX
    42        00066 (stack_growth_runtime_state.go:58)	JNE	39
    44        00068 (stack_growth_runtime_state.go:59)	MOVQ	AX, CX
    47        00071 (stack_growth_runtime_state.go:59)	SARQ	$63, AX
    4b        00075 (stack_growth_runtime_state.go:59)	MOVQ	AX, DX
    4e        00078 (stack_growth_runtime_state.go:59)	MOVQ	$-8608480567731124087, AX
    58        00088 (stack_growth_runtime_state.go:59)	MOVQ	DX, BX
    5b        00091 (stack_growth_runtime_state.go:59)	IMULQ	CX
    5e        00094 (stack_growth_runtime_state.go:59)	ADDQ	CX, DX
    61        00097 (stack_growth_runtime_state.go:59)	SARQ	$6, DX
    65        00101 (stack_growth_runtime_state.go:59)	SUBQ	BX, DX
    68        00104 (stack_growth_runtime_state.go:59)	IMUL3Q	$120, DX, DX
    6c        00108 (stack_growth_runtime_state.go:59)	MOVQ	CX, AX
    6f        00111 (stack_growth_runtime_state.go:59)	SUBQ	DX, CX
    72        00114 (stack_growth_runtime_state.go:59)	CMPQ	CX, $120
    76        00118 (stack_growth_runtime_state.go:59)	JCC	190
    78        00120 (stack_growth_runtime_state.go:59)	MOVQ	AX, main.pad+16(SP)(CX*8)
    7d        00125 (stack_growth_runtime_state.go:59)	NOP
    80        00128 (stack_growth_runtime_state.go:60)	TESTQ	AX, AX
    83        00131 (stack_growth_runtime_state.go:60)	JEQ	171
    85        00133 (stack_growth_runtime_state.go:59)	MOVQ	CX, main..autotmp_5+976(SP)
    8d        00141 (stack_growth_runtime_state.go:63)	DECQ	AX
    90        00144 (stack_growth_runtime_state.go:63)	PCDATA	$1, $0
    90        00144 (stack_growth_runtime_state.go:63)	CALL	main.deepPanic(SB)
    95        00149 (stack_growth_runtime_state.go:63)	MOVQ	main..autotmp_5+976(SP), CX
    9d        00157 (stack_growth_runtime_state.go:63)	ADDQ	main.pad+16(SP)(CX*8), AX
    a2        00162 (stack_growth_runtime_state.go:63)	ADDQ	$984, SP
    a9        00169 (stack_growth_runtime_state.go:63)	POPQ	BP
    aa        00170 (stack_growth_runtime_state.go:63)	RET
    ab        00171 (stack_growth_runtime_state.go:61)	LEAQ	type:string(SB), AX
    b2        00178 (stack_growth_runtime_state.go:61)	LEAQ	main..stmp_1(SB), BX
    b9        00185 (stack_growth_runtime_state.go:61)	CALL	runtime.gopanic(SB)
    be        00190 (stack_growth_runtime_state.go:59)	MOVQ	$120, AX
    c3        00195 (stack_growth_runtime_state.go:59)	PCDATA	$4, $135
    c3        00195 (stack_growth_runtime_state.go:59)	CALL	runtime.panicBounds(SB)
    c8        00200 (stack_growth_runtime_state.go:59)	XCHGL	AX, AX
    c9        00201 (stack_growth_runtime_state.go:59)	NOP
    c9        00201 (stack_growth_runtime_state.go:57)	PCDATA	$1, $-1
    c9        00201 (stack_growth_runtime_state.go:57)	PCDATA	$0, $-2
    c9        00201 (stack_growth_runtime_state.go:57)	MOVQ	AX, 8(SP)
    ce        00206 (stack_growth_runtime_state.go:57)	CALL	runtime.morestack_noctxt(SB)
    d3        00211 (stack_growth_runtime_state.go:57)	PCDATA	$0, $-1
    d3        00211 (stack_growth_runtime_state.go:57)	MOVQ	8(SP), AX
    d8        00216 (stack_growth_runtime_state.go:57)	JMP	0
    dd done
wrote 4 bytes to 0x0
 00 dd 01 00
funcpctab main.recoverAfterGrowth [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:42)	TEXT	main.recoverAfterGrowth(SB), ABIInternal, $128-8
     0        00000 (stack_growth_runtime_state.go:42)	TEXT	main.recoverAfterGrowth(SB), ABIInternal, $128-8
     0     -1 00000 (stack_growth_runtime_state.go:42)	CMPQ	SP, 16(R14)
     4        00004 (stack_growth_runtime_state.go:42)	PCDATA	$0, $-2
     4        00004 (stack_growth_runtime_state.go:42)	JLS	225
     a        00010 (stack_growth_runtime_state.go:42)	PCDATA	$0, $-1
     a        00010 (stack_growth_runtime_state.go:42)	PUSHQ	BP
     b        00011 (stack_growth_runtime_state.go:42)	MOVQ	SP, BP
     e        00014 (stack_growth_runtime_state.go:42)	SUBQ	$120, SP
    12        00018 (stack_growth_runtime_state.go:42)	MOVQ	X15, 112(SP)
    19        00025 (stack_growth_runtime_state.go:42)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    19        00025 (stack_growth_runtime_state.go:42)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
    19        00025 (stack_growth_runtime_state.go:42)	FUNCDATA	$2, main.recoverAfterGrowth.stkobj(SB)
    19        00025 (stack_growth_runtime_state.go:42)	FUNCDATA	$5, main.recoverAfterGrowth.arginfo1(SB)
    19        00025 (stack_growth_runtime_state.go:42)	FUNCDATA	$6, main.recoverAfterGrowth.argliveinfo(SB)
    19        00025 (stack_growth_runtime_state.go:42)	FUNCDATA	$4, main.recoverAfterGrowth.opendefer(SB)
    19        00025 (stack_growth_runtime_state.go:42)	PCDATA	$3, $1
    19        00025 (stack_growth_runtime_state.go:42)	MOVB	$0, main..autotmp_6+23(SP)
    1e        00030 (stack_growth_runtime_state.go:42)	MOVQ	$0, main.res+24(SP)
    27        00039 (stack_growth_runtime_state.go:43)	LEAQ	main.recoverAfterGrowth.func1(SB), CX
    2e        00046 (stack_growth_runtime_state.go:43)	MOVQ	CX, main..autotmp_4+96(SP)
    33        00051 (stack_growth_runtime_state.go:43)	LEAQ	main.res+24(SP), CX
    38        00056 (stack_growth_runtime_state.go:43)	MOVQ	CX, main..autotmp_4+104(SP)
    3d        00061 (stack_growth_runtime_state.go:43)	LEAQ	main..autotmp_4+96(SP), CX
    42        00066 (stack_growth_runtime_state.go:43)	MOVQ	CX, main..autotmp_7+112(SP)
    47        00071 (stack_growth_runtime_state.go:43)	MOVB	$1, main..autotmp_6+23(SP)
    4c        00076 (stack_growth_runtime_state.go:48)	LEAQ	main.pad+32(SP), CX
    51        00081 (stack_growth_runtime_state.go:48)	MOVUPS	X15, (CX)
    55        00085 (stack_growth_runtime_state.go:48)	MOVUPS	X15, 16(CX)
    5a        00090 (stack_growth_runtime_state.go:48)	MOVUPS	X15, 32(CX)
    5f        00095 (stack_growth_runtime_state.go:48)	MOVUPS	X15, 48(CX)
    64        00100 (stack_growth_runtime_state.go:49)	MOVQ	AX, CX
    67        00103 (stack_growth_runtime_state.go:49)	SARQ	$63, AX
    6b        00107 (stack_growth_runtime_state.go:49)	SHRQ	$61, AX
    6f        00111 (stack_growth_runtime_state.go:49)	LEAQ	(CX)(AX*1), SI
    73        00115 (stack_growth_runtime_state.go:49)	ANDQ	$-8, SI
    77        00119 (stack_growth_runtime_state.go:49)	MOVQ	CX, DI
    7a        00122 (stack_growth_runtime_state.go:49)	SUBQ	SI, CX
    7d        00125 (stack_growth_runtime_state.go:49)	NOP
    80        00128 (stack_growth_runtime_state.go:49)	CMPQ	CX, $8
    84        00132 (stack_growth_runtime_state.go:49)	JCC	202
    86        00134 (stack_growth_runtime_state.go:49)	MOVQ	DI, main.pad+32(SP)(CX*8)
    8b        00139 (stack_growth_runtime_state.go:50)	CMPQ	main.pad+56(SP), $3
    91        00145 (stack_growth_runtime_state.go:50)	JEQ	183
    93        00147 (stack_growth_runtime_state.go:53)	MOVQ	main.pad+32(SP), AX
    98        00152 (stack_growth_runtime_state.go:53)	MOVQ	AX, main.res+24(SP)
    9d        00157 (stack_growth_runtime_state.go:53)	MOVB	$0, main..autotmp_6+23(SP)
    a2        00162 (stack_growth_runtime_state.go:53)	MOVQ	main..autotmp_7+112(SP), DX
    a7        00167 (stack_growth_runtime_state.go:53)	MOVQ	(DX), AX
    aa        00170 (stack_growth_runtime_state.go:53)	PCDATA	$1, $1
    aa        00170 (stack_growth_runtime_state.go:53)	CALL	AX
    ac        00172 (stack_growth_runtime_state.go:53)	MOVQ	main.res+24(SP), AX
    b1        00177 (stack_growth_runtime_state.go:53)	ADDQ	$120, SP
    b5        00181 (stack_growth_runtime_state.go:53)	POPQ	BP
    b6        00182 (stack_growth_runtime_state.go:53)	RET
    b7        00183 (stack_growth_runtime_state.go:51)	LEAQ	type:string(SB), AX
    be        00190 (stack_growth_runtime_state.go:51)	LEAQ	main..stmp_0(SB), BX
    c5        00197 (stack_growth_runtime_state.go:51)	CALL	runtime.gopanic(SB)
    ca        00202 (stack_growth_runtime_state.go:49)	PCDATA	$4, $9333
    ca        00202 (stack_growth_runtime_state.go:49)	CALL	runtime.panicBounds(SB)
    cf        00207 (stack_growth_runtime_state.go:49)	XCHGL	AX, AX
    d0        00208 (stack_growth_runtime_state.go:49)	CALL	runtime.deferreturn(SB)
    d5        00213 (stack_growth_runtime_state.go:49)	MOVQ	main.res+24(SP), AX
    da        00218 (stack_growth_runtime_state.go:49)	ADDQ	$120, SP
    de        00222 (stack_growth_runtime_state.go:49)	POPQ	BP
    df        00223 (stack_growth_runtime_state.go:49)	NOP
    e0        00224 (stack_growth_runtime_state.go:49)	RET
    e1        00225 (stack_growth_runtime_state.go:49)	NOP
    e1        00225 (stack_growth_runtime_state.go:42)	PCDATA	$1, $-1
    e1        00225 (stack_growth_runtime_state.go:42)	PCDATA	$0, $-2
    e1        00225 (stack_growth_runtime_state.go:42)	MOVQ	AX, 8(SP)
    e6        00230 (stack_growth_runtime_state.go:42)	CALL	runtime.morestack_noctxt(SB)
    eb        00235 (stack_growth_runtime_state.go:42)	PCDATA	$0, $-1
    eb        00235 (stack_growth_runtime_state.go:42)	MOVQ	8(SP), AX
    f0        00240 (stack_growth_runtime_state.go:42)	JMP	0
    f5 done
wrote 4 bytes to 0x0
 00 f5 01 00
funcpctab main.recoverAfterGrowth.func1 [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:43)	TEXT	main.recoverAfterGrowth.func1(SB), NEEDCTXT|ABIInternal, $56-0
     0        00000 (stack_growth_runtime_state.go:43)	TEXT	main.recoverAfterGrowth.func1(SB), NEEDCTXT|ABIInternal, $56-0
     0     -1 00000 (stack_growth_runtime_state.go:43)	CMPQ	SP, 16(R14)
     4        00004 (stack_growth_runtime_state.go:43)	PCDATA	$0, $-2
     4        00004 (stack_growth_runtime_state.go:43)	JLS	113
     6        00006 (stack_growth_runtime_state.go:43)	PCDATA	$0, $-1
     6        00006 (stack_growth_runtime_state.go:43)	PUSHQ	BP
     7        00007 (stack_growth_runtime_state.go:43)	MOVQ	SP, BP
     a        00010 (stack_growth_runtime_state.go:43)	SUBQ	$48, SP
     e        00014 (stack_growth_runtime_state.go:43)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
     e        00014 (stack_growth_runtime_state.go:43)	FUNCDATA	$1, gclocals·sfOxBcdnNBiCaiOXpthwPg==(SB)
     e        00014 (stack_growth_runtime_state.go:43)	MOVQ	8(DX), AX
    12        00018 (stack_growth_runtime_state.go:43)	MOVQ	AX, main.&res+40(SP)
    17        00023 (stack_growth_runtime_state.go:44)	PCDATA	$1, $1
    17        00023 (stack_growth_runtime_state.go:44)	CALL	runtime.gorecover(SB)
    1c        00028 (stack_growth_runtime_state.go:44)	NOP
    20        00032 (stack_growth_runtime_state.go:44)	TESTQ	AX, AX
    23        00035 (stack_growth_runtime_state.go:44)	JEQ	91
    25        00037 (stack_growth_runtime_state.go:44)	MOVQ	BX, main.e.data+32(SP)
    2a        00042 (stack_growth_runtime_state.go:44)	MOVQ	AX, main.e.type+24(SP)
    2f        00047 (stack_growth_runtime_state.go:45)	MOVL	$40000, AX
    34        00052 (stack_growth_runtime_state.go:45)	PCDATA	$1, $2
    34        00052 (stack_growth_runtime_state.go:45)	CALL	main.grow(SB)
    39        00057 (stack_growth_runtime_state.go:45)	MOVQ	main.e.type+24(SP), CX
    3e        00062 (stack_growth_runtime_state.go:45)	LEAQ	type:string(SB), BX
    45        00069 (stack_growth_runtime_state.go:45)	CMPQ	CX, BX
    48        00072 (stack_growth_runtime_state.go:45)	JNE	97
    4a        00074 (stack_growth_runtime_state.go:45)	MOVQ	main.e.data+32(SP), CX
    4f        00079 (stack_growth_runtime_state.go:45)	ADDQ	8(CX), AX
    53        00083 (stack_growth_runtime_state.go:45)	MOVQ	main.&res+40(SP), CX
    58        00088 (stack_growth_runtime_state.go:45)	MOVQ	AX, (CX)
    5b        00091 (stack_growth_runtime_state.go:47)	ADDQ	$48, SP
    5f        00095 (stack_growth_runtime_state.go:47)	POPQ	BP
    60        00096 (stack_growth_runtime_state.go:47)	RET
    61        00097 (stack_growth_runtime_state.go:45)	MOVQ	CX, AX
    64        00100 (stack_growth_runtime_state.go:45)	LEAQ	type:interface {}(SB), CX
    6b        00107 (stack_growth_runtime_state.go:45)	PCDATA	$1, $0
    6b        00107 (stack_growth_runtime_state.go:45)	CALL	runtime.panicdottypeE(SB)
    70        00112 (stack_growth_runtime_state.go:45)	XCHGL	AX, AX
    71        00113 (stack_growth_runtime_state.go:45)	NOP
    71        00113 (stack_growth_runtime_state.go:43)	PCDATA	$1, $-1
    71        00113 (stack_growth_runtime_state.go:43)	PCDATA	$0, $-2
    71        00113 (stack_growth_runtime_state.go:43)	CALL	runtime.morestack(SB)
    76        00118 (stack_growth_runtime_state.go:43)	PCDATA	$0, $-1
    76        00118 (stack_growth_runtime_state.go:43)	JMP	0
    78 done
wrote 3 bytes to 0x0
 00 78 00
funcpctab main.grow [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:7)	TEXT	main.grow(SB), ABIInternal, $280-8
     0        00000 (stack_growth_runtime_state.go:7)	TEXT	main.grow(SB), ABIInternal, $280-8
     0     -1 00000 (stack_growth_runtime_state.go:7)	LEAQ	-152(SP), R12
     8        00008 (stack_growth_runtime_state.go:7)	CMPQ	R12, 16(R14)
     c        00012 (stack_growth_runtime_state.go:7)	PCDATA	$0, $-2
     c        00012 (stack_growth_runtime_state.go:7)	JLS	178
    12        00018 (stack_growth_runtime_state.go:7)	PCDATA	$0, $-1
    12        00018 (stack_growth_runtime_state.go:7)	PUSHQ	BP
    13        00019 (stack_growth_runtime_state.go:7)	MOVQ	SP, BP
    16        00022 (stack_growth_runtime_state.go:7)	SUBQ	$272, SP
    1d        00029 (stack_growth_runtime_state.go:7)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1d        00029 (stack_growth_runtime_state.go:7)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1d        00029 (stack_growth_runtime_state.go:7)	FUNCDATA	$5, main.grow.arginfo1(SB)
    1d        00029 (stack_growth_runtime_state.go:7)	FUNCDATA	$6, main.grow.argliveinfo(SB)
    1d        00029 (stack_growth_runtime_state.go:7)	PCDATA	$3, $1
    1d        00029 (stack_growth_runtime_state.go:8)	LEAQ	main.pad+8(SP), CX
    22        00034 (stack_growth_runtime_state.go:8)	MOVL	$4, DX
    27        00039 (stack_growth_runtime_state.go:8)	MOVUPS	X15, (CX)
    2b        00043 (stack_growth_runtime_state.go:8)	MOVUPS	X15, 16(CX)
    30        00048 (stack_growth_runtime_state.go:8)	MOVUPS	X15, 32(CX)
    35        00053 (stack_growth_runtime_state.go:8)	MOVUPS	X15, 48(CX)
    3a        00058 (stack_growth_runtime_state.go:8)	ADDQ	$64, CX
    3e        00062 (stack_growth_runtime_state.go:8)	NOP
    40        00064 (stack_growth_runtime_state.go:8)	DECL	DX
    42        00066 (stack_growth_runtime_state.go:8)	JNE	39
    44        00068 (stack_growth_runtime_state.go:9)	MOVQ	AX, CX
    47        00071 (stack_growth_runtime_state.go:9)	SARQ	$63, CX
    4b        00075 (stack_growth_runtime_state.go:9)	SHRQ	$59, CX
    4f        00079 (stack_growth_runtime_state.go:9)	ADDQ	AX, CX
    52        00082 (stack_growth_runtime_state.go:9)	ANDQ	$-32, CX
    56        00086 (stack_growth_runtime_state.go:9)	MOVQ	AX, DX
    59        00089 (stack_growth_runtime_state.go:9)	SUBQ	CX, DX
    5c        00092 (stack_growth_runtime_state.go:9)	NOP
    60        00096 (stack_growth_runtime_state.go:9)	CMPQ	DX, $32
    64        00100 (stack_growth_runtime_state.go:9)	JCC	167
    66        00102 (stack_growth_runtime_state.go:9)	MOVQ	AX, main.pad+8(SP)(DX*8)
    6b        00107 (stack_growth_runtime_state.go:10)	TESTQ	AX, AX
    6e        00110 (stack_growth_runtime_state.go:10)	JNE	123
    70        00112 (stack_growth_runtime_state.go:11)	XORL	AX, AX
    72        00114 (stack_growth_runtime_state.go:11)	ADDQ	$272, SP
    79        00121 (stack_growth_runtime_state.go:11)	POPQ	BP
    7a        00122 (stack_growth_runtime_state.go:11)	RET
    7b        00123 (stack_growth_runtime_state.go:9)	MOVQ	DX, main..autotmp_5+264(SP)
    83        00131 (stack_growth_runtime_state.go:13)	DECQ	AX
    86        00134 (stack_growth_runtime_state.go:13)	PCDATA	$1, $0
    86        00134 (stack_growth_runtime_state.go:13)	CALL	main.grow(SB)
    8b        00139 (stack_growth_runtime_state.go:13)	MOVQ	main..autotmp_5+264(SP), CX
    93        00147 (stack_growth_runtime_state.go:13)	MOVQ	main.pad+8(SP)(CX*8), CX
    98        00152 (stack_growth_runtime_state.go:13)	ANDL	$1, CX
    9b        00155 (stack_growth_runtime_state.go:13)	ADDQ	CX, AX
    9e        00158 (stack_growth_runtime_state.go:13)	ADDQ	$272, SP
    a5        00165 (stack_growth_runtime_state.go:13)	POPQ	BP
    a6        00166 (stack_growth_runtime_state.go:13)	RET
    a7        00167 (stack_growth_runtime_state.go:9)	MOVQ	$32, AX
    ac        00172 (stack_growth_runtime_state.go:9)	PCDATA	$4, $207
    ac        00172 (stack_growth_runtime_state.go:9)	CALL	runtime.panicBounds(SB)
    b1        00177 (stack_growth_runtime_state.go:9)	XCHGL	AX, AX
    b2        00178 (stack_growth_runtime_state.go:9)	NOP
    b2        00178 (stack_growth_runtime_state.go:7)	PCDATA	$1, $-1
    b2        00178 (stack_growth_runtime_state.go:7)	PCDATA	$0, $-2
    b2        00178 (stack_growth_runtime_state.go:7)	MOVQ	AX, 8(SP)
    b7        00183 (stack_growth_runtime_state.go:7)	CALL	runtime.morestack_noctxt(SB)
    bc        00188 (stack_growth_runtime_state.go:7)	PCDATA	$0, $-1
    bc        00188 (stack_growth_runtime_state.go:7)	MOVQ	8(SP), AX
    c1        00193 (stack_growth_runtime_state.go:7)	JMP	0
    c6 done
wrote 4 bytes to 0x0
 00 c6 01 00
funcpctab main.catchDeep.func1 [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:92)	TEXT	main.catchDeep.func1(SB), ABIInternal, $48-0
     0        00000 (stack_growth_runtime_state.go:92)	TEXT	main.catchDeep.func1(SB), ABIInternal, $48-0
     0     -1 00000 (stack_growth_runtime_state.go:92)	CMPQ	SP, 16(R14)
     4        00004 (stack_growth_runtime_state.go:92)	PCDATA	$0, $-2
     4        00004 (stack_growth_runtime_state.go:92)	JLS	117
     6        00006 (stack_growth_runtime_state.go:92)	PCDATA	$0, $-1
     6        00006 (stack_growth_runtime_state.go:92)	PUSHQ	BP
     7        00007 (stack_growth_runtime_state.go:92)	MOVQ	SP, BP
     a        00010 (stack_growth_runtime_state.go:92)	SUBQ	$40, SP
     e        00014 (stack_growth_runtime_state.go:92)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (stack_growth_runtime_state.go:92)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (stack_growth_runtime_state.go:92)	PCDATA	$1, $0
     e        00014 (stack_growth_runtime_state.go:92)	CALL	runtime.gorecover(SB)
    13        00019 (stack_growth_runtime_state.go:92)	LEAQ	type:string(SB), CX
    1a        00026 (stack_growth_runtime_state.go:92)	CMPQ	AX, CX
    1d        00029 (stack_growth_runtime_state.go:92)	JNE	101
    1f        00031 (stack_growth_runtime_state.go:92)	MOVQ	(BX), AX
    22        00034 (stack_growth_runtime_state.go:92)	MOVQ	AX, main..autotmp_2+32(SP)
    27        00039 (stack_growth_runtime_state.go:92)	MOVQ	8(BX), AX
    2b        00043 (stack_growth_runtime_state.go:92)	MOVQ	AX, main..autotmp_3+24(SP)
    30        00048 (stack_growth_runtime_state.go:92)	PCDATA	$1, $1
    30        00048 (stack_growth_runtime_state.go:92)	CALL	runtime.printlock(SB)
    35        00053 (stack_growth_runtime_state.go:92)	LEAQ	go:string."recovered "(SB), AX
    3c        00060 (stack_growth_runtime_state.go:92)	MOVL	$10, BX
    41        00065 (stack_growth_runtime_state.go:92)	CALL	runtime.printstring(SB)
    46        00070 (stack_growth_runtime_state.go:92)	MOVQ	main..autotmp_2+32(SP), AX
    4b        00075 (stack_growth_runtime_state.go:92)	MOVQ	main..autotmp_3+24(SP), BX
    50        00080 (stack_growth_runtime_state.go:92)	PCDATA	$1, $0
    50        00080 (stack_growth_runtime_state.go:92)	CALL	runtime.printstring(SB)
    55        00085 (stack_growth_runtime_state.go:92)	CALL	runtime.printnl(SB)
    5a        00090 (stack_growth_runtime_state.go:92)	CALL	runtime.printunlock(SB)
    5f        00095 (stack_growth_runtime_state.go:92)	ADDQ	$40, SP
    63        00099 (stack_growth_runtime_state.go:92)	POPQ	BP
    64        00100 (stack_growth_runtime_state.go:92)	RET
    65        00101 (stack_growth_runtime_state.go:92)	MOVQ	CX, BX
    68        00104 (stack_growth_runtime_state.go:92)	LEAQ	type:interface {}(SB), CX
    6f        00111 (stack_growth_runtime_state.go:92)	CALL	runtime.panicdottypeE(SB)
    74        00116 (stack_growth_runtime_state.go:92)	XCHGL	AX, AX
    75        00117 (stack_growth_runtime_state.go:92)	NOP
    75        00117 (stack_growth_runtime_state.go:92)	PCDATA	$1, $-1
    75        00117 (stack_growth_runtime_state.go:92)	PCDATA	$0, $-2
    75        00117 (stack_growth_runtime_state.go:92)	CALL	runtime.morestack_noctxt(SB)
    7a        00122 (stack_growth_runtime_state.go:92)	PCDATA	$0, $-1
    7a        00122 (stack_growth_runtime_state.go:92)	JMP	0
    7c done
wrote 3 bytes to 0x0
 00 7c 00
funcpctab main.recoverThenMore [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:70)	TEXT	main.recoverThenMore(SB), ABIInternal, $112-0
     0        00000 (stack_growth_runtime_state.go:70)	TEXT	main.recoverThenMore(SB), ABIInternal, $112-0
     0     -1 00000 (stack_growth_runtime_state.go:70)	CMPQ	SP, 16(R14)
     4        00004 (stack_growth_runtime_state.go:70)	PCDATA	$0, $-2
     4        00004 (stack_growth_runtime_state.go:70)	JLS	182
     a        00010 (stack_growth_runtime_state.go:70)	PCDATA	$0, $-1
     a        00010 (stack_growth_runtime_state.go:70)	PUSHQ	BP
     b        00011 (stack_growth_runtime_state.go:70)	MOVQ	SP, BP
     e        00014 (stack_growth_runtime_state.go:70)	SUBQ	$104, SP
    12        00018 (stack_growth_runtime_state.go:70)	MOVUPS	X15, 80(SP)
    18        00024 (stack_growth_runtime_state.go:70)	MOVQ	X15, 96(SP)
    1f        00031 (stack_growth_runtime_state.go:70)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    1f        00031 (stack_growth_runtime_state.go:70)	FUNCDATA	$1, gclocals·iw51U0ZMTsfKROrwoY8s8Q==(SB)
    1f        00031 (stack_growth_runtime_state.go:70)	FUNCDATA	$2, main.recoverThenMore.stkobj(SB)
    1f        00031 (stack_growth_runtime_state.go:70)	FUNCDATA	$4, main.recoverThenMore.opendefer(SB)
    1f        00031 (stack_growth_runtime_state.go:70)	MOVB	$0, main..autotmp_7+23(SP)
    24        00036 (stack_growth_runtime_state.go:70)	MOVQ	$0, main.r+24(SP)
    2d        00045 (stack_growth_runtime_state.go:71)	LEAQ	main.recoverThenMore.func1(SB), CX
    34        00052 (stack_growth_runtime_state.go:71)	MOVQ	CX, main..autotmp_2+64(SP)
    39        00057 (stack_growth_runtime_state.go:71)	LEAQ	main.r+24(SP), CX
    3e        00062 (stack_growth_runtime_state.go:71)	MOVQ	CX, main..autotmp_2+72(SP)
    43        00067 (stack_growth_runtime_state.go:71)	LEAQ	main..autotmp_2+64(SP), DX
    48        00072 (stack_growth_runtime_state.go:71)	MOVQ	DX, main..autotmp_8+80(SP)
    4d        00077 (stack_growth_runtime_state.go:71)	MOVB	$1, main..autotmp_7+23(SP)
    52        00082 (stack_growth_runtime_state.go:72)	LEAQ	main.recoverThenMore.func2(SB), DX
    59        00089 (stack_growth_runtime_state.go:72)	MOVQ	DX, main..autotmp_4+48(SP)
    5e        00094 (stack_growth_runtime_state.go:72)	MOVQ	CX, main..autotmp_4+56(SP)
    63        00099 (stack_growth_runtime_state.go:72)	LEAQ	main..autotmp_4+48(SP), DX
    68        00104 (stack_growth_runtime_state.go:72)	MOVQ	DX, main..autotmp_9+88(SP)
    6d        00109 (stack_growth_runtime_state.go:72)	MOVB	$3, main..autotmp_7+23(SP)
    72        00114 (stack_growth_runtime_state.go:73)	LEAQ	main.recoverThenMore.func3(SB), DX
    79        00121 (stack_growth_runtime_state.go:73)	MOVQ	DX, main..autotmp_6+32(SP)
    7e        00126 (stack_growth_runtime_state.go:73)	MOVQ	CX, main..autotmp_6+40(SP)
    83        00131 (stack_growth_runtime_state.go:73)	LEAQ	main..autotmp_6+32(SP), CX
    88        00136 (stack_growth_runtime_state.go:73)	MOVQ	CX, main..autotmp_10+96(SP)
    8d        00141 (stack_growth_runtime_state.go:73)	MOVB	$7, main..autotmp_7+23(SP)
    92        00146 (stack_growth_runtime_state.go:77)	LEAQ	type:string(SB), AX
    99        00153 (stack_growth_runtime_state.go:77)	LEAQ	main..stmp_2(SB), BX
    a0        00160 (stack_growth_runtime_state.go:77)	PCDATA	$1, $1
    a0        00160 (stack_growth_runtime_state.go:77)	CALL	runtime.gopanic(SB)
    a5        00165 (stack_growth_runtime_state.go:77)	XCHGL	AX, AX
    a6        00166 (stack_growth_runtime_state.go:77)	CALL	runtime.deferreturn(SB)
    ab        00171 (stack_growth_runtime_state.go:77)	MOVQ	main.r+24(SP), AX
    b0        00176 (stack_growth_runtime_state.go:77)	ADDQ	$104, SP
    b4        00180 (stack_growth_runtime_state.go:77)	POPQ	BP
    b5        00181 (stack_growth_runtime_state.go:77)	RET
    b6        00182 (stack_growth_runtime_state.go:77)	NOP
    b6        00182 (stack_growth_runtime_state.go:70)	PCDATA	$1, $-1
    b6        00182 (stack_growth_runtime_state.go:70)	PCDATA	$0, $-2
    b6        00182 (stack_growth_runtime_state.go:70)	CALL	runtime.morestack_noctxt(SB)
    bb        00187 (stack_growth_runtime_state.go:70)	PCDATA	$0, $-1
    bb        00187 (stack_growth_runtime_state.go:70)	NOP
    c0        00192 (stack_growth_runtime_state.go:70)	JMP	0
    c5 done
wrote 4 bytes to 0x0
 00 c5 01 00
funcpctab main.recoverThenMore.func3 [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:73)	TEXT	main.recoverThenMore.func3(SB), NEEDCTXT|ABIInternal, $16-0
     0        00000 (stack_growth_runtime_state.go:73)	TEXT	main.recoverThenMore.func3(SB), NEEDCTXT|ABIInternal, $16-0
     0     -1 00000 (stack_growth_runtime_state.go:73)	CMPQ	SP, 16(R14)
     4        00004 (stack_growth_runtime_state.go:73)	PCDATA	$0, $-2
     4        00004 (stack_growth_runtime_state.go:73)	JLS	40
     6        00006 (stack_growth_runtime_state.go:73)	PCDATA	$0, $-1
     6        00006 (stack_growth_runtime_state.go:73)	PUSHQ	BP
     7        00007 (stack_growth_runtime_state.go:73)	MOVQ	SP, BP
     a        00010 (stack_growth_runtime_state.go:73)	SUBQ	$8, SP
     e        00014 (stack_growth_runtime_state.go:73)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (stack_growth_runtime_state.go:73)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (stack_growth_runtime_state.go:73)	MOVQ	8(DX), AX
    12        00018 (stack_growth_runtime_state.go:73)	MOVQ	AX, main.&r(SP)
    16        00022 (stack_growth_runtime_state.go:74)	PCDATA	$1, $1
    16        00022 (stack_growth_runtime_state.go:74)	CALL	runtime.gorecover(SB)
    1b        00027 (stack_growth_runtime_state.go:75)	MOVQ	main.&r(SP), AX
    1f        00031 (stack_growth_runtime_state.go:75)	INCQ	(AX)
    22        00034 (stack_growth_runtime_state.go:76)	ADDQ	$8, SP
    26        00038 (stack_growth_runtime_state.go:76)	POPQ	BP
    27        00039 (stack_growth_runtime_state.go:76)	RET
    28        00040 (stack_growth_runtime_state.go:76)	NOP
    28        00040 (stack_growth_runtime_state.go:73)	PCDATA	$1, $-1
    28        00040 (stack_growth_runtime_state.go:73)	PCDATA	$0, $-2
    28        00040 (stack_growth_runtime_state.go:73)	CALL	runtime.morestack(SB)
    2d        00045 (stack_growth_runtime_state.go:73)	PCDATA	$0, $-1
    2d        00045 (stack_growth_runtime_state.go:73)	JMP	0
    2f done
wrote 3 bytes to 0x0
 00 2f 00
funcpctab main.recoverThenMore.func2 [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:72)	TEXT	main.recoverThenMore.func2(SB), NEEDCTXT|ABIInternal, $24-0
     0        00000 (stack_growth_runtime_state.go:72)	TEXT	main.recoverThenMore.func2(SB), NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (stack_growth_runtime_state.go:72)	CMPQ	SP, 16(R14)
     4        00004 (stack_growth_runtime_state.go:72)	PCDATA	$0, $-2
     4        00004 (stack_growth_runtime_state.go:72)	JLS	52
     6        00006 (stack_growth_runtime_state.go:72)	PCDATA	$0, $-1
     6        00006 (stack_growth_runtime_state.go:72)	PUSHQ	BP
     7        00007 (stack_growth_runtime_state.go:72)	MOVQ	SP, BP
     a        00010 (stack_growth_runtime_state.go:72)	SUBQ	$16, SP
     e        00014 (stack_growth_runtime_state.go:72)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (stack_growth_runtime_state.go:72)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (stack_growth_runtime_state.go:72)	MOVQ	8(DX), CX
    12        00018 (stack_growth_runtime_state.go:72)	MOVQ	CX, main.&r+8(SP)
    17        00023 (stack_growth_runtime_state.go:72)	MOVL	$30000, AX
    1c        00028 (stack_growth_runtime_state.go:72)	PCDATA	$1, $1
    1c        00028 (stack_growth_runtime_state.go:72)	NOP
    20        00032 (stack_growth_runtime_state.go:72)	CALL	main.grow(SB)
    25        00037 (stack_growth_runtime_state.go:72)	MOVQ	main.&r+8(SP), CX
    2a        00042 (stack_growth_runtime_state.go:72)	ADDQ	$10, (CX)
    2e        00046 (stack_growth_runtime_state.go:72)	ADDQ	$16, SP
    32        00050 (stack_growth_runtime_state.go:72)	POPQ	BP
    33        00051 (stack_growth_runtime_state.go:72)	RET
    34        00052 (stack_growth_runtime_state.go:72)	NOP
    34        00052 (stack_growth_runtime_state.go:72)	PCDATA	$1, $-1
    34        00052 (stack_growth_runtime_state.go:72)	PCDATA	$0, $-2
    34        00052 (stack_growth_runtime_state.go:72)	CALL	runtime.morestack(SB)
    39        00057 (stack_growth_runtime_state.go:72)	PCDATA	$0, $-1
    39        00057 (stack_growth_runtime_state.go:72)	JMP	0
    3b done
wrote 3 bytes to 0x0
 00 3b 00
funcpctab main.recoverThenMore.func1 [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:71)	TEXT	main.recoverThenMore.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (stack_growth_runtime_state.go:71)	TEXT	main.recoverThenMore.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (stack_growth_runtime_state.go:71)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (stack_growth_runtime_state.go:71)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (stack_growth_runtime_state.go:71)	MOVQ	8(DX), AX
     4        00004 (stack_growth_runtime_state.go:71)	ADDQ	$1000, (AX)
     b        00011 (stack_growth_runtime_state.go:71)	RET
     c done
wrote 3 bytes to 0x0
 00 0c 00
funcpctab main.deferLoop [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:19)	TEXT	main.deferLoop(SB), ABIInternal, $56-16
     0        00000 (stack_growth_runtime_state.go:19)	TEXT	main.deferLoop(SB), ABIInternal, $56-16
     0     -1 00000 (stack_growth_runtime_state.go:19)	CMPQ	SP, 16(R14)
     4        00004 (stack_growth_runtime_state.go:19)	PCDATA	$0, $-2
     4        00004 (stack_growth_runtime_state.go:19)	JLS	284
     a        00010 (stack_growth_runtime_state.go:19)	PCDATA	$0, $-1
     a        00010 (stack_growth_runtime_state.go:19)	PUSHQ	BP
     b        00011 (stack_growth_runtime_state.go:19)	MOVQ	SP, BP
     e        00014 (stack_growth_runtime_state.go:19)	SUBQ	$48, SP
    12        00018 (stack_growth_runtime_state.go:19)	FUNCDATA	$0, gclocals·GdLfj9BZmhSEM60NSJDkrw==(SB)
    12        00018 (stack_growth_runtime_state.go:19)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
    12        00018 (stack_growth_runtime_state.go:19)	FUNCDATA	$5, main.deferLoop.arginfo1(SB)
    12        00018 (stack_growth_runtime_state.go:19)	FUNCDATA	$6, main.deferLoop.argliveinfo(SB)
    12        00018 (stack_growth_runtime_state.go:19)	PCDATA	$3, $1
    12        00018 (stack_growth_runtime_state.go:20)	MOVQ	AX, main.depth+64(SP)
    17        00023 (stack_growth_runtime_state.go:20)	MOVQ	BX, main.log+72(SP)
    1c        00028 (stack_growth_runtime_state.go:20)	PCDATA	$3, $-1
    1c        00028 (stack_growth_runtime_state.go:20)	XORL	CX, CX
    1e        00030 (stack_growth_runtime_state.go:20)	NOP
    20        00032 (stack_growth_runtime_state.go:20)	JMP	52
    22        00034 (stack_growth_runtime_state.go:20)	MOVQ	main.i+32(SP), CX
    27        00039 (stack_growth_runtime_state.go:20)	INCQ	CX
    2a        00042 (stack_growth_runtime_state.go:23)	MOVQ	main.depth+64(SP), AX
    2f        00047 (stack_growth_runtime_state.go:24)	MOVQ	main.log+72(SP), BX
    34        00052 (stack_growth_runtime_state.go:20)	CMPQ	CX, $3
    38        00056 (stack_growth_runtime_state.go:20)	JGE	245
    3e        00062 (stack_growth_runtime_state.go:20)	MOVQ	CX, main.i+32(SP)
    43        00067 (stack_growth_runtime_state.go:21)	MOVL	$24, AX
    48        00072 (stack_growth_runtime_state.go:21)	LEAQ	type:noalg.struct { F uintptr; X0 *[]int; X1 int }(SB), BX
    4f        00079 (stack_growth_runtime_state.go:21)	MOVL	$1, CX
    54        00084 (stack_growth_runtime_state.go:21)	PCDATA	$1, $0
    54        00084 (stack_growth_runtime_state.go:21)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
    59        00089 (stack_growth_runtime_state.go:21)	LEAQ	main.deferLoop.func1(SB), DX
    60        00096 (stack_growth_runtime_state.go:21)	MOVQ	DX, (AX)
    63        00099 (stack_growth_runtime_state.go:21)	CMPL	runtime.writeBarrier(SB), $0
    6a        00106 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-2
    6a        00106 (stack_growth_runtime_state.go:21)	JNE	115
    6c        00108 (stack_growth_runtime_state.go:21)	MOVQ	main.log+72(SP), DX
    71        00113 (stack_growth_runtime_state.go:21)	JMP	128
    73        00115 (stack_growth_runtime_state.go:21)	CALL	runtime.gcWriteBarrier1(SB)
    78        00120 (stack_growth_runtime_state.go:21)	MOVQ	main.log+72(SP), DX
    7d        00125 (stack_growth_runtime_state.go:21)	MOVQ	DX, (R11)
    80        00128 (stack_growth_runtime_state.go:21)	MOVQ	AX, main..autotmp_7+40(SP)
    85        00133 (stack_growth_runtime_state.go:21)	MOVQ	DX, 8(AX)
    89        00137 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-1
    89        00137 (stack_growth_runtime_state.go:21)	MOVQ	main.depth+64(SP), DX
    8e        00142 (stack_growth_runtime_state.go:21)	MOVQ	DX, 16(AX)
    92        00146 (stack_growth_runtime_state.go:21)	MOVL	$24, AX
    97        00151 (stack_growth_runtime_state.go:21)	LEAQ	type:noalg.struct { F uintptr; X0 func(int); X1 int }(SB), BX
    9e        00158 (stack_growth_runtime_state.go:21)	MOVL	$1, CX
    a3        00163 (stack_growth_runtime_state.go:21)	PCDATA	$1, $1
    a3        00163 (stack_growth_runtime_state.go:21)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
    a8        00168 (stack_growth_runtime_state.go:21)	LEAQ	main.deferLoop.deferwrap1(SB), DX
    af        00175 (stack_growth_runtime_state.go:21)	MOVQ	DX, (AX)
    b2        00178 (stack_growth_runtime_state.go:21)	CMPL	runtime.writeBarrier(SB), $0
    b9        00185 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-2
    b9        00185 (stack_growth_runtime_state.go:21)	JNE	194
    bb        00187 (stack_growth_runtime_state.go:21)	MOVQ	main..autotmp_7+40(SP), CX
    c0        00192 (stack_growth_runtime_state.go:21)	JMP	207
    c2        00194 (stack_growth_runtime_state.go:21)	CALL	runtime.gcWriteBarrier1(SB)
    c7        00199 (stack_growth_runtime_state.go:21)	MOVQ	main..autotmp_7+40(SP), CX
    cc        00204 (stack_growth_runtime_state.go:21)	MOVQ	CX, (R11)
    cf        00207 (stack_growth_runtime_state.go:21)	MOVQ	CX, 8(AX)
    d3        00211 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-1
    d3        00211 (stack_growth_runtime_state.go:21)	MOVQ	main.i+32(SP), CX
    d8        00216 (stack_growth_runtime_state.go:21)	MOVQ	CX, 16(AX)
    dc        00220 (stack_growth_runtime_state.go:21)	PCDATA	$1, $0
    dc        00220 (stack_growth_runtime_state.go:21)	NOP
    e0        00224 (stack_growth_runtime_state.go:21)	CALL	runtime.deferproc(SB)
    e5        00229 (stack_growth_runtime_state.go:21)	JMP	34
    ea        00234 (stack_growth_runtime_state.go:28)	PCDATA	$1, $2
    ea        00234 (stack_growth_runtime_state.go:28)	CALL	runtime.deferreturn(SB)
    ef        00239 (stack_growth_runtime_state.go:28)	ADDQ	$48, SP
    f3        00243 (stack_growth_runtime_state.go:28)	POPQ	BP
    f4        00244 (stack_growth_runtime_state.go:28)	RET
    f5        00245 (stack_growth_runtime_state.go:23)	TESTQ	AX, AX
    f8        00248 (stack_growth_runtime_state.go:23)	JLE	263
    fa        00250 (stack_growth_runtime_state.go:24)	DECQ	AX
    fd        00253 (stack_growth_runtime_state.go:24)	NOP
   100        00256 (stack_growth_runtime_state.go:24)	CALL	main.deferLoop(SB)
   105        00261 (stack_growth_runtime_state.go:24)	JMP	273
   107        00263 (stack_growth_runtime_state.go:26)	MOVL	$20000, AX
   10c        00268 (stack_growth_runtime_state.go:26)	CALL	main.grow(SB)
   111        00273 (stack_growth_runtime_state.go:28)	CALL	runtime.deferreturn(SB)
   116        00278 (stack_growth_runtime_state.go:28)	ADDQ	$48, SP
   11a        00282 (stack_growth_runtime_state.go:28)	POPQ	BP
   11b        00283 (stack_growth_runtime_state.go:28)	RET
   11c        00284 (stack_growth_runtime_state.go:28)	NOP
   11c        00284 (stack_growth_runtime_state.go:19)	PCDATA	$1, $-1
   11c        00284 (stack_growth_runtime_state.go:19)	PCDATA	$0, $-2
   11c        00284 (stack_growth_runtime_state.go:19)	MOVQ	AX, 8(SP)
   121        00289 (stack_growth_runtime_state.go:19)	MOVQ	BX, 16(SP)
   126        00294 (stack_growth_runtime_state.go:19)	CALL	runtime.morestack_noctxt(SB)
   12b        00299 (stack_growth_runtime_state.go:19)	PCDATA	$0, $-1
   12b        00299 (stack_growth_runtime_state.go:19)	MOVQ	8(SP), AX
   130        00304 (stack_growth_runtime_state.go:19)	MOVQ	16(SP), BX
   135        00309 (stack_growth_runtime_state.go:19)	JMP	0
   13a done
wrote 4 bytes to 0x0
 00 ba 02 00
funcpctab main.deferLoop.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:21)	TEXT	main.deferLoop.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $16-0
     0        00000 (stack_growth_runtime_state.go:21)	TEXT	main.deferLoop.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $16-0
     0     -1 00000 (stack_growth_runtime_state.go:21)	CMPQ	SP, 16(R14)
     4        00004 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-2
     4        00004 (stack_growth_runtime_state.go:21)	JLS	33
     6        00006 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-1
     6        00006 (stack_growth_runtime_state.go:21)	PUSHQ	BP
     7        00007 (stack_growth_runtime_state.go:21)	MOVQ	SP, BP
     a        00010 (stack_growth_runtime_state.go:21)	SUBQ	$8, SP
     e        00014 (stack_growth_runtime_state.go:21)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (stack_growth_runtime_state.go:21)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (stack_growth_runtime_state.go:21)	FUNCDATA	$7, main.deferLoop.func1.wrapinfo(SB)
     e        00014 (stack_growth_runtime_state.go:21)	MOVQ	16(DX), AX
    12        00018 (stack_growth_runtime_state.go:21)	MOVQ	8(DX), DX
    16        00022 (stack_growth_runtime_state.go:21)	MOVQ	(DX), CX
    19        00025 (stack_growth_runtime_state.go:21)	PCDATA	$1, $0
    19        00025 (stack_growth_runtime_state.go:21)	CALL	CX
    1b        00027 (stack_growth_runtime_state.go:21)	ADDQ	$8, SP
    1f        00031 (stack_growth_runtime_state.go:21)	POPQ	BP
    20        00032 (stack_growth_runtime_state.go:21)	RET
    21        00033 (stack_growth_runtime_state.go:21)	NOP
    21        00033 (stack_growth_runtime_state.go:21)	PCDATA	$1, $-1
    21        00033 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-2
    21        00033 (stack_growth_runtime_state.go:21)	CALL	runtime.morestack(SB)
    26        00038 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-1
    26        00038 (stack_growth_runtime_state.go:21)	JMP	0
    28 done
wrote 3 bytes to 0x0
 00 28 00
funcpctab main.deferLoop.func1 [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:21)	TEXT	main.deferLoop.func1(SB), NEEDCTXT|ABIInternal, $88-8
     0        00000 (stack_growth_runtime_state.go:21)	TEXT	main.deferLoop.func1(SB), NEEDCTXT|ABIInternal, $88-8
     0     -1 00000 (stack_growth_runtime_state.go:21)	CMPQ	SP, 16(R14)
     4        00004 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-2
     4        00004 (stack_growth_runtime_state.go:21)	JLS	144
     a        00010 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-1
     a        00010 (stack_growth_runtime_state.go:21)	PUSHQ	BP
     b        00011 (stack_growth_runtime_state.go:21)	MOVQ	SP, BP
     e        00014 (stack_growth_runtime_state.go:21)	SUBQ	$80, SP
    12        00018 (stack_growth_runtime_state.go:21)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (stack_growth_runtime_state.go:21)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    12        00018 (stack_growth_runtime_state.go:21)	FUNCDATA	$5, main.deferLoop.func1.arginfo1(SB)
    12        00018 (stack_growth_runtime_state.go:21)	FUNCDATA	$6, main.deferLoop.func1.argliveinfo(SB)
    12        00018 (stack_growth_runtime_state.go:21)	PCDATA	$3, $1
    12        00018 (stack_growth_runtime_state.go:21)	MOVQ	16(DX), R8
    16        00022 (stack_growth_runtime_state.go:21)	MOVQ	8(DX), DX
    1a        00026 (stack_growth_runtime_state.go:21)	MOVQ	16(DX), CX
    1e        00030 (stack_growth_runtime_state.go:21)	MOVQ	8(DX), BX
    22        00034 (stack_growth_runtime_state.go:21)	INCQ	BX
    25        00037 (stack_growth_runtime_state.go:21)	ADDQ	R8, R8
    28        00040 (stack_growth_runtime_state.go:21)	LEAQ	(R8)(R8*4), R8
    2c        00044 (stack_growth_runtime_state.go:21)	MOVQ	(DX), R9
    2f        00047 (stack_growth_runtime_state.go:21)	ADDQ	AX, R8
    32        00050 (stack_growth_runtime_state.go:21)	CMPQ	CX, BX
    35        00053 (stack_growth_runtime_state.go:21)	JCC	129
    37        00055 (stack_growth_runtime_state.go:21)	MOVQ	DX, main.log+72(SP)
    3c        00060 (stack_growth_runtime_state.go:21)	MOVQ	R8, main..autotmp_4+64(SP)
    41        00065 (stack_growth_runtime_state.go:21)	MOVQ	R9, AX
    44        00068 (stack_growth_runtime_state.go:21)	MOVL	$1, DI
    49        00073 (stack_growth_runtime_state.go:21)	LEAQ	type:int(SB), SI
    50        00080 (stack_growth_runtime_state.go:21)	PCDATA	$1, $1
    50        00080 (stack_growth_runtime_state.go:21)	CALL	runtime.growslice(SB)
    55        00085 (stack_growth_runtime_state.go:21)	MOVQ	main.log+72(SP), DX
    5a        00090 (stack_growth_runtime_state.go:21)	MOVQ	CX, 16(DX)
    5e        00094 (stack_growth_runtime_state.go:21)	CMPL	runtime.writeBarrier(SB), $0
    65        00101 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-2
    65        00101 (stack_growth_runtime_state.go:21)	JEQ	118
    67        00103 (stack_growth_runtime_state.go:21)	MOVQ	(DX), CX
    6a        00106 (stack_growth_runtime_state.go:21)	CALL	runtime.gcWriteBarrier2(SB)
    6f        00111 (stack_growth_runtime_state.go:21)	MOVQ	AX, (R11)
    72        00114 (stack_growth_runtime_state.go:21)	MOVQ	CX, 8(R11)
    76        00118 (stack_growth_runtime_state.go:21)	MOVQ	AX, (DX)
    79        00121 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-1
    79        00121 (stack_growth_runtime_state.go:21)	MOVQ	main..autotmp_4+64(SP), R8
    7e        00126 (stack_growth_runtime_state.go:21)	MOVQ	AX, R9
    81        00129 (stack_growth_runtime_state.go:21)	MOVQ	BX, 8(DX)
    85        00133 (stack_growth_runtime_state.go:21)	MOVQ	R8, -8(R9)(BX*8)
    8a        00138 (stack_growth_runtime_state.go:21)	ADDQ	$80, SP
    8e        00142 (stack_growth_runtime_state.go:21)	POPQ	BP
    8f        00143 (stack_growth_runtime_state.go:21)	RET
    90        00144 (stack_growth_runtime_state.go:21)	NOP
    90        00144 (stack_growth_runtime_state.go:21)	PCDATA	$1, $-1
    90        00144 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-2
    90        00144 (stack_growth_runtime_state.go:21)	MOVQ	AX, 8(SP)
    95        00149 (stack_growth_runtime_state.go:21)	CALL	runtime.morestack(SB)
    9a        00154 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-1
    9a        00154 (stack_growth_runtime_state.go:21)	MOVQ	8(SP), AX
    9f        00159 (stack_growth_runtime_state.go:21)	NOP
    a0        00160 (stack_growth_runtime_state.go:21)	JMP	0
    a5 done
wrote 4 bytes to 0x0
 00 a5 01 00
funcpctab main.twoDefers [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:33)	TEXT	main.twoDefers(SB), ABIInternal, $72-0
     0        00000 (stack_growth_runtime_state.go:33)	TEXT	main.twoDefers(SB), ABIInternal, $72-0
     0     -1 00000 (stack_growth_runtime_state.go:33)	CMPQ	SP, 16(R14)
     4        00004 (stack_growth_runtime_state.go:33)	PCDATA	$0, $-2
     4        00004 (stack_growth_runtime_state.go:33)	JLS	165
     a        00010 (stack_growth_runtime_state.go:33)	PCDATA	$0, $-1
     a        00010 (stack_growth_runtime_state.go:33)	PUSHQ	BP
     b        00011 (stack_growth_runtime_state.go:33)	MOVQ	SP, BP
     e        00014 (stack_growth_runtime_state.go:33)	SUBQ	$64, SP
    12        00018 (stack_growth_runtime_state.go:33)	MOVUPS	X15, 48(SP)
    18        00024 (stack_growth_runtime_state.go:33)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (stack_growth_runtime_state.go:33)	FUNCDATA	$1, gclocals·ydo/CnDw+ij8z2OnqA/8KA==(SB)
    18        00024 (stack_growth_runtime_state.go:33)	FUNCDATA	$2, main.twoDefers.stkobj(SB)
    18        00024 (stack_growth_runtime_state.go:33)	FUNCDATA	$4, main.twoDefers.opendefer(SB)
    18        00024 (stack_growth_runtime_state.go:33)	MOVB	$0, main..autotmp_5+7(SP)
    1d        00029 (stack_growth_runtime_state.go:33)	MOVQ	$0, main.r+8(SP)
    26        00038 (stack_growth_runtime_state.go:34)	LEAQ	main.twoDefers.func1(SB), AX
    2d        00045 (stack_growth_runtime_state.go:34)	MOVQ	AX, main..autotmp_2+32(SP)
    32        00050 (stack_growth_runtime_state.go:34)	LEAQ	main.r+8(SP), AX
    37        00055 (stack_growth_runtime_state.go:34)	MOVQ	AX, main..autotmp_2+40(SP)
    3c        00060 (stack_growth_runtime_state.go:34)	LEAQ	main..autotmp_2+32(SP), CX
    41        00065 (stack_growth_runtime_state.go:34)	MOVQ	CX, main..autotmp_6+48(SP)
    46        00070 (stack_growth_runtime_state.go:34)	MOVB	$1, main..autotmp_5+7(SP)
    4b        00075 (stack_growth_runtime_state.go:35)	LEAQ	main.twoDefers.func2(SB), CX
    52        00082 (stack_growth_runtime_state.go:35)	MOVQ	CX, main..autotmp_4+16(SP)
    57        00087 (stack_growth_runtime_state.go:35)	MOVQ	AX, main..autotmp_4+24(SP)
    5c        00092 (stack_growth_runtime_state.go:35)	LEAQ	main..autotmp_4+16(SP), DX
    61        00097 (stack_growth_runtime_state.go:35)	MOVQ	DX, main..autotmp_7+56(SP)
    66        00102 (stack_growth_runtime_state.go:36)	MOVQ	$5, main.r+8(SP)
    6f        00111 (stack_growth_runtime_state.go:36)	MOVB	$1, main..autotmp_5+7(SP)
    74        00116 (stack_growth_runtime_state.go:36)	MOVQ	main..autotmp_4+16(SP), AX
    79        00121 (stack_growth_runtime_state.go:36)	PCDATA	$1, $1
    79        00121 (stack_growth_runtime_state.go:36)	CALL	AX
    7b        00123 (stack_growth_runtime_state.go:36)	MOVB	$0, main..autotmp_5+7(SP)
    80        00128 (stack_growth_runtime_state.go:36)	MOVQ	main..autotmp_6+48(SP), DX
    85        00133 (stack_growth_runtime_state.go:36)	MOVQ	(DX), AX
    88        00136 (stack_growth_runtime_state.go:36)	CALL	AX
    8a        00138 (stack_growth_runtime_state.go:36)	MOVQ	main.r+8(SP), AX
    8f        00143 (stack_growth_runtime_state.go:36)	ADDQ	$64, SP
    93        00147 (stack_growth_runtime_state.go:36)	POPQ	BP
    94        00148 (stack_growth_runtime_state.go:36)	RET
    95        00149 (stack_growth_runtime_state.go:36)	CALL	runtime.deferreturn(SB)
    9a        00154 (stack_growth_runtime_state.go:36)	MOVQ	main.r+8(SP), AX
    9f        00159 (stack_growth_runtime_state.go:36)	ADDQ	$64, SP
    a3        00163 (stack_growth_runtime_state.go:36)	POPQ	BP
    a4        00164 (stack_growth_runtime_state.go:36)	RET
    a5        00165 (stack_growth_runtime_state.go:36)	NOP
    a5        00165 (stack_growth_runtime_state.go:33)	PCDATA	$1, $-1
    a5        00165 (stack_growth_runtime_state.go:33)	PCDATA	$0, $-2
    a5        00165 (stack_growth_runtime_state.go:33)	CALL	runtime.morestack_noctxt(SB)
    aa        00170 (stack_growth_runtime_state.go:33)	PCDATA	$0, $-1
    aa        00170 (stack_growth_runtime_state.go:33)	JMP	0
    af done
wrote 4 bytes to 0x0
 00 af 01 00
funcpctab main.twoDefers.func2 [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:35)	TEXT	main.twoDefers.func2(SB), NEEDCTXT|ABIInternal, $24-0
     0        00000 (stack_growth_runtime_state.go:35)	TEXT	main.twoDefers.func2(SB), NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (stack_growth_runtime_state.go:35)	CMPQ	SP, 16(R14)
     4        00004 (stack_growth_runtime_state.go:35)	PCDATA	$0, $-2
     4        00004 (stack_growth_runtime_state.go:35)	JLS	52
     6        00006 (stack_growth_runtime_state.go:35)	PCDATA	$0, $-1
     6        00006 (stack_growth_runtime_state.go:35)	PUSHQ	BP
     7        00007 (stack_growth_runtime_state.go:35)	MOVQ	SP, BP
     a        00010 (stack_growth_runtime_state.go:35)	SUBQ	$16, SP
     e        00014 (stack_growth_runtime_state.go:35)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (stack_growth_runtime_state.go:35)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (stack_growth_runtime_state.go:35)	MOVQ	8(DX), CX
    12        00018 (stack_growth_runtime_state.go:35)	MOVQ	CX, main.&r+8(SP)
    17        00023 (stack_growth_runtime_state.go:35)	MOVL	$30000, AX
    1c        00028 (stack_growth_runtime_state.go:35)	PCDATA	$1, $1
    1c        00028 (stack_growth_runtime_state.go:35)	NOP
    20        00032 (stack_growth_runtime_state.go:35)	CALL	main.grow(SB)
    25        00037 (stack_growth_runtime_state.go:35)	MOVQ	main.&r+8(SP), CX
    2a        00042 (stack_growth_runtime_state.go:35)	ADDQ	$100, (CX)
    2e        00046 (stack_growth_runtime_state.go:35)	ADDQ	$16, SP
    32        00050 (stack_growth_runtime_state.go:35)	POPQ	BP
    33        00051 (stack_growth_runtime_state.go:35)	RET
    34        00052 (stack_growth_runtime_state.go:35)	NOP
    34        00052 (stack_growth_runtime_state.go:35)	PCDATA	$1, $-1
    34        00052 (stack_growth_runtime_state.go:35)	PCDATA	$0, $-2
    34        00052 (stack_growth_runtime_state.go:35)	CALL	runtime.morestack(SB)
    39        00057 (stack_growth_runtime_state.go:35)	PCDATA	$0, $-1
    39        00057 (stack_growth_runtime_state.go:35)	JMP	0
    3b done
wrote 3 bytes to 0x0
 00 3b 00
funcpctab main.twoDefers.func1 [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:34)	TEXT	main.twoDefers.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (stack_growth_runtime_state.go:34)	TEXT	main.twoDefers.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (stack_growth_runtime_state.go:34)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (stack_growth_runtime_state.go:34)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (stack_growth_runtime_state.go:34)	MOVQ	8(DX), AX
     4        00004 (stack_growth_runtime_state.go:34)	INCQ	(AX)
     7        00007 (stack_growth_runtime_state.go:34)	RET
     8 done
wrote 3 bytes to 0x0
 00 08 00
funcpctab main.catchDeep [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:91)	TEXT	main.catchDeep(SB), ABIInternal, $32-0
     0        00000 (stack_growth_runtime_state.go:91)	TEXT	main.catchDeep(SB), ABIInternal, $32-0
     0     -1 00000 (stack_growth_runtime_state.go:91)	CMPQ	SP, 16(R14)
     4        00004 (stack_growth_runtime_state.go:91)	PCDATA	$0, $-2
     4        00004 (stack_growth_runtime_state.go:91)	JLS	80
     6        00006 (stack_growth_runtime_state.go:91)	PCDATA	$0, $-1
     6        00006 (stack_growth_runtime_state.go:91)	PUSHQ	BP
     7        00007 (stack_growth_runtime_state.go:91)	MOVQ	SP, BP
     a        00010 (stack_growth_runtime_state.go:91)	SUBQ	$24, SP
     e        00014 (stack_growth_runtime_state.go:91)	MOVQ	X15, 16(SP)
    15        00021 (stack_growth_runtime_state.go:91)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    15        00021 (stack_growth_runtime_state.go:91)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    15        00021 (stack_growth_runtime_state.go:91)	FUNCDATA	$4, main.catchDeep.opendefer(SB)
    15        00021 (stack_growth_runtime_state.go:91)	MOVB	$0, main..autotmp_0+15(SP)
    1a        00026 (stack_growth_runtime_state.go:92)	LEAQ	main.catchDeep.func1·f(SB), CX
    21        00033 (stack_growth_runtime_state.go:92)	MOVQ	CX, main..autotmp_1+16(SP)
    26        00038 (stack_growth_runtime_state.go:92)	MOVB	$1, main..autotmp_0+15(SP)
    2b        00043 (stack_growth_runtime_state.go:93)	MOVL	$900, AX
    30        00048 (stack_growth_runtime_state.go:93)	PCDATA	$1, $1
    30        00048 (stack_growth_runtime_state.go:93)	CALL	main.deepPanic(SB)
    35        00053 (stack_growth_runtime_state.go:94)	MOVB	$0, main..autotmp_0+15(SP)
    3a        00058 (stack_growth_runtime_state.go:94)	CALL	main.catchDeep.func1(SB)
    3f        00063 (stack_growth_runtime_state.go:94)	ADDQ	$24, SP
    43        00067 (stack_growth_runtime_state.go:94)	POPQ	BP
    44        00068 (stack_growth_runtime_state.go:94)	RET
    45        00069 (stack_growth_runtime_state.go:94)	CALL	runtime.deferreturn(SB)
    4a        00074 (stack_growth_runtime_state.go:94)	ADDQ	$24, SP
    4e        00078 (stack_growth_runtime_state.go:94)	POPQ	BP
    4f        00079 (stack_growth_runtime_state.go:94)	RET
    50        00080 (stack_growth_runtime_state.go:94)	NOP
    50        00080 (stack_growth_runtime_state.go:91)	PCDATA	$1, $-1
    50        00080 (stack_growth_runtime_state.go:91)	PCDATA	$0, $-2
    50        00080 (stack_growth_runtime_state.go:91)	CALL	runtime.morestack_noctxt(SB)
    55        00085 (stack_growth_runtime_state.go:91)	PCDATA	$0, $-1
    55        00085 (stack_growth_runtime_state.go:91)	JMP	0
    57 done
wrote 3 bytes to 0x0
 00 57 00
funcpctab main.deepError.Error [valfunc=pctoinline]
     0     -1 00000 (stack_growth_runtime_state.go:83)	TEXT	main.deepError.Error(SB), ABIInternal, $16-8
     0        00000 (stack_growth_runtime_state.go:83)	TEXT	main.deepError.Error(SB), ABIInternal, $16-8
     0     -1 00000 (stack_growth_runtime_state.go:83)	CMPQ	SP, 16(R14)
     4        00004 (stack_growth_runtime_state.go:83)	PCDATA	$0, $-2
     4        00004 (stack_growth_runtime_state.go:83)	JLS	60
     6        00006 (stack_growth_runtime_state.go:83)	PCDATA	$0, $-1
     6        00006 (stack_growth_runtime_state.go:83)	PUSHQ	BP
     7        00007 (stack_growth_runtime_state.go:83)	MOVQ	SP, BP
     a        00010 (stack_growth_runtime_state.go:83)	SUBQ	$8, SP
     e        00014 (stack_growth_runtime_state.go:83)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (stack_growth_runtime_state.go:83)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (stack_growth_runtime_state.go:83)	FUNCDATA	$5, main.deepError.Error.arginfo1(SB)
     e        00014 (stack_growth_runtime_state.go:83)	FUNCDATA	$6, main.deepError.Error.argliveinfo(SB)
     e        00014 (stack_growth_runtime_state.go:83)	PCDATA	$3, $1
     e        00014 (stack_growth_runtime_state.go:84)	PCDATA	$1, $0
     e        00014 (stack_growth_runtime_state.go:84)	CALL	main.grow(SB)
    13        00019 (stack_growth_runtime_state.go:84)	TESTQ	AX, AX
    16        00022 (stack_growth_runtime_state.go:84)	JNE	42
    18        00024 (stack_growth_runtime_state.go:85)	LEAQ	go:string."deep error, even"(SB), AX
    1f        00031 (stack_growth_runtime_state.go:85)	MOVL	$16, BX
    24        00036 (stack_growth_runtime_state.go:85)	ADDQ	$8, SP
    28        00040 (stack_growth_runtime_state.go:85)	POPQ	BP
    29        00041 (stack_growth_runtime_state.go:85)	RET
    2a        00042 (stack_growth_runtime_state.go:87)	LEAQ	go:string."deep error, odd"(SB), AX
    31        00049 (stack_growth_runtime_state.go:87)	MOVL	$15, BX
    36        00054 (stack_growth_runtime_state.go:87)	ADDQ	$8, SP
    3a        00058 (stack_growth_runtime_state.go:87)	POPQ	BP
    3b        00059 (stack_growth_runtime_state.go:87)	RET
    3c        00060 (stack_growth_runtime_state.go:87)	NOP
    3c        00060 (stack_growth_runtime_state.go:83)	PCDATA	$1, $-1
    3c        00060 (stack_growth_runtime_state.go:83)	PCDATA	$0, $-2
    3c        00060 (stack_growth_runtime_state.go:83)	MOVQ	AX, 8(SP)
    41        00065 (stack_growth_runtime_state.go:83)	CALL	runtime.morestack_noctxt(SB)
    46        00070 (stack_growth_runtime_state.go:83)	PCDATA	$0, $-1
    46        00070 (stack_growth_runtime_state.go:83)	MOVQ	8(SP), AX
    4b        00075 (stack_growth_runtime_state.go:83)	JMP	0
    4d done
wrote 3 bytes to 0x0
 00 4d 00
main.grow STEXT size=198 align=0x0 args=0x8 locals=0x118 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:7)	TEXT	main.grow(SB), ABIInternal, $280-8
	0x0000 00000 (stack_growth_runtime_state.go:7)	LEAQ	-152(SP), R12
	0x0008 00008 (stack_growth_runtime_state.go:7)	CMPQ	R12, 16(R14)
	0x000c 00012 (stack_growth_runtime_state.go:7)	PCDATA	$0, $-2
	0x000c 00012 (stack_growth_runtime_state.go:7)	JLS	178
	0x0012 00018 (stack_growth_runtime_state.go:7)	PCDATA	$0, $-1
	0x0012 00018 (stack_growth_runtime_state.go:7)	PUSHQ	BP
	0x0013 00019 (stack_growth_runtime_state.go:7)	MOVQ	SP, BP
	0x0016 00022 (stack_growth_runtime_state.go:7)	SUBQ	$272, SP
	0x001d 00029 (stack_growth_runtime_state.go:7)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (stack_growth_runtime_state.go:7)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (stack_growth_runtime_state.go:7)	FUNCDATA	$5, main.grow.arginfo1(SB)
	0x001d 00029 (stack_growth_runtime_state.go:7)	FUNCDATA	$6, main.grow.argliveinfo(SB)
	0x001d 00029 (stack_growth_runtime_state.go:7)	PCDATA	$3, $1
	0x001d 00029 (stack_growth_runtime_state.go:8)	LEAQ	main.pad+8(SP), CX
	0x0022 00034 (stack_growth_runtime_state.go:8)	MOVL	$4, DX
	0x0027 00039 (stack_growth_runtime_state.go:8)	MOVUPS	X15, (CX)
	0x002b 00043 (stack_growth_runtime_state.go:8)	MOVUPS	X15, 16(CX)
	0x0030 00048 (stack_growth_runtime_state.go:8)	MOVUPS	X15, 32(CX)
	0x0035 00053 (stack_growth_runtime_state.go:8)	MOVUPS	X15, 48(CX)
	0x003a 00058 (stack_growth_runtime_state.go:8)	ADDQ	$64, CX
	0x003e 00062 (stack_growth_runtime_state.go:8)	NOP
	0x0040 00064 (stack_growth_runtime_state.go:8)	DECL	DX
	0x0042 00066 (stack_growth_runtime_state.go:8)	JNE	39
	0x0044 00068 (stack_growth_runtime_state.go:9)	MOVQ	AX, CX
	0x0047 00071 (stack_growth_runtime_state.go:9)	SARQ	$63, CX
	0x004b 00075 (stack_growth_runtime_state.go:9)	SHRQ	$59, CX
	0x004f 00079 (stack_growth_runtime_state.go:9)	ADDQ	AX, CX
	0x0052 00082 (stack_growth_runtime_state.go:9)	ANDQ	$-32, CX
	0x0056 00086 (stack_growth_runtime_state.go:9)	MOVQ	AX, DX
	0x0059 00089 (stack_growth_runtime_state.go:9)	SUBQ	CX, DX
	0x005c 00092 (stack_growth_runtime_state.go:9)	NOP
	0x0060 00096 (stack_growth_runtime_state.go:9)	CMPQ	DX, $32
	0x0064 00100 (stack_growth_runtime_state.go:9)	JCC	167
	0x0066 00102 (stack_growth_runtime_state.go:9)	MOVQ	AX, main.pad+8(SP)(DX*8)
	0x006b 00107 (stack_growth_runtime_state.go:10)	TESTQ	AX, AX
	0x006e 00110 (stack_growth_runtime_state.go:10)	JNE	123
	0x0070 00112 (stack_growth_runtime_state.go:11)	XORL	AX, AX
	0x0072 00114 (stack_growth_runtime_state.go:11)	ADDQ	$272, SP
	0x0079 00121 (stack_growth_runtime_state.go:11)	POPQ	BP
	0x007a 00122 (stack_growth_runtime_state.go:11)	RET
	0x007b 00123 (stack_growth_runtime_state.go:9)	MOVQ	DX, main..autotmp_5+264(SP)
	0x0083 00131 (stack_growth_runtime_state.go:13)	DECQ	AX
	0x0086 00134 (stack_growth_runtime_state.go:13)	PCDATA	$1, $0
	0x0086 00134 (stack_growth_runtime_state.go:13)	CALL	main.grow(SB)
	0x008b 00139 (stack_growth_runtime_state.go:13)	MOVQ	main..autotmp_5+264(SP), CX
	0x0093 00147 (stack_growth_runtime_state.go:13)	MOVQ	main.pad+8(SP)(CX*8), CX
	0x0098 00152 (stack_growth_runtime_state.go:13)	ANDL	$1, CX
	0x009b 00155 (stack_growth_runtime_state.go:13)	ADDQ	CX, AX
	0x009e 00158 (stack_growth_runtime_state.go:13)	ADDQ	$272, SP
	0x00a5 00165 (stack_growth_runtime_state.go:13)	POPQ	BP
	0x00a6 00166 (stack_growth_runtime_state.go:13)	RET
	0x00a7 00167 (stack_growth_runtime_state.go:9)	MOVQ	$32, AX
	0x00ac 00172 (stack_growth_runtime_state.go:9)	PCDATA	$4, $207
	0x00ac 00172 (stack_growth_runtime_state.go:9)	CALL	runtime.panicBounds(SB)
	0x00b1 00177 (stack_growth_runtime_state.go:9)	XCHGL	AX, AX
	0x00b2 00178 (stack_growth_runtime_state.go:9)	NOP
	0x00b2 00178 (stack_growth_runtime_state.go:7)	PCDATA	$1, $-1
	0x00b2 00178 (stack_growth_runtime_state.go:7)	PCDATA	$0, $-2
	0x00b2 00178 (stack_growth_runtime_state.go:7)	MOVQ	AX, 8(SP)
	0x00b7 00183 (stack_growth_runtime_state.go:7)	CALL	runtime.morestack_noctxt(SB)
	0x00bc 00188 (stack_growth_runtime_state.go:7)	PCDATA	$0, $-1
	0x00bc 00188 (stack_growth_runtime_state.go:7)	MOVQ	8(SP), AX
	0x00c1 00193 (stack_growth_runtime_state.go:7)	JMP	0
	0x0000 4c 8d a4 24 68 ff ff ff 4d 3b 66 10 0f 86 a0 00  L..$h...M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec 10 01 00 00 48 8d 4c  ..UH..H......H.L
	0x0020 24 08 ba 04 00 00 00 44 0f 11 39 44 0f 11 79 10  $......D..9D..y.
	0x0030 44 0f 11 79 20 44 0f 11 79 30 48 83 c1 40 66 90  D..y D..y0H..@f.
	0x0040 ff ca 75 e3 48 89 c1 48 c1 f9 3f 48 c1 e9 3b 48  ..u.H..H..?H..;H
	0x0050 01 c1 48 83 e1 e0 48 89 c2 48 29 ca 0f 1f 40 00  ..H...H..H)...@.
	0x0060 48 83 fa 20 73 41 48 89 44 d4 08 48 85 c0 75 0b  H.. sAH.D..H..u.
	0x0070 31 c0 48 81 c4 10 01 00 00 5d c3 48 89 94 24 08  1.H......].H..$.
	0x0080 01 00 00 48 ff c8 e8 00 00 00 00 48 8b 8c 24 08  ...H.......H..$.
	0x0090 01 00 00 48 8b 4c cc 08 83 e1 01 48 01 c8 48 81  ...H.L.....H..H.
	0x00a0 c4 10 01 00 00 5d c3 b8 20 00 00 00 e8 00 00 00  .....].. .......
	0x00b0 00 90 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24  ..H.D$......H.D$
	0x00c0 08 e9 3a ff ff ff                                ..:...
	rel 135+4 t=R_CALL main.grow+0
	rel 173+4 t=R_CALL runtime.panicBounds+0
	rel 184+4 t=R_CALL runtime.morestack_noctxt+0
main.deferLoop STEXT size=314 align=0x0 args=0x10 locals=0x38 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:19)	TEXT	main.deferLoop(SB), ABIInternal, $56-16
	0x0000 00000 (stack_growth_runtime_state.go:19)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_growth_runtime_state.go:19)	PCDATA	$0, $-2
	0x0004 00004 (stack_growth_runtime_state.go:19)	JLS	284
	0x000a 00010 (stack_growth_runtime_state.go:19)	PCDATA	$0, $-1
	0x000a 00010 (stack_growth_runtime_state.go:19)	PUSHQ	BP
	0x000b 00011 (stack_growth_runtime_state.go:19)	MOVQ	SP, BP
	0x000e 00014 (stack_growth_runtime_state.go:19)	SUBQ	$48, SP
	0x0012 00018 (stack_growth_runtime_state.go:19)	FUNCDATA	$0, gclocals·GdLfj9BZmhSEM60NSJDkrw==(SB)
	0x0012 00018 (stack_growth_runtime_state.go:19)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x0012 00018 (stack_growth_runtime_state.go:19)	FUNCDATA	$5, main.deferLoop.arginfo1(SB)
	0x0012 00018 (stack_growth_runtime_state.go:19)	FUNCDATA	$6, main.deferLoop.argliveinfo(SB)
	0x0012 00018 (stack_growth_runtime_state.go:19)	PCDATA	$3, $1
	0x0012 00018 (stack_growth_runtime_state.go:20)	MOVQ	AX, main.depth+64(SP)
	0x0017 00023 (stack_growth_runtime_state.go:20)	MOVQ	BX, main.log+72(SP)
	0x001c 00028 (stack_growth_runtime_state.go:20)	PCDATA	$3, $-1
	0x001c 00028 (stack_growth_runtime_state.go:20)	XORL	CX, CX
	0x001e 00030 (stack_growth_runtime_state.go:20)	NOP
	0x0020 00032 (stack_growth_runtime_state.go:20)	JMP	52
	0x0022 00034 (stack_growth_runtime_state.go:20)	MOVQ	main.i+32(SP), CX
	0x0027 00039 (stack_growth_runtime_state.go:20)	INCQ	CX
	0x002a 00042 (stack_growth_runtime_state.go:23)	MOVQ	main.depth+64(SP), AX
	0x002f 00047 (stack_growth_runtime_state.go:24)	MOVQ	main.log+72(SP), BX
	0x0034 00052 (stack_growth_runtime_state.go:20)	CMPQ	CX, $3
	0x0038 00056 (stack_growth_runtime_state.go:20)	JGE	245
	0x003e 00062 (stack_growth_runtime_state.go:20)	MOVQ	CX, main.i+32(SP)
	0x0043 00067 (stack_growth_runtime_state.go:21)	MOVL	$24, AX
	0x0048 00072 (stack_growth_runtime_state.go:21)	LEAQ	type:noalg.struct { F uintptr; X0 *[]int; X1 int }(SB), BX
	0x004f 00079 (stack_growth_runtime_state.go:21)	MOVL	$1, CX
	0x0054 00084 (stack_growth_runtime_state.go:21)	PCDATA	$1, $0
	0x0054 00084 (stack_growth_runtime_state.go:21)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
	0x0059 00089 (stack_growth_runtime_state.go:21)	LEAQ	main.deferLoop.func1(SB), DX
	0x0060 00096 (stack_growth_runtime_state.go:21)	MOVQ	DX, (AX)
	0x0063 00099 (stack_growth_runtime_state.go:21)	CMPL	runtime.writeBarrier(SB), $0
	0x006a 00106 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-2
	0x006a 00106 (stack_growth_runtime_state.go:21)	JNE	115
	0x006c 00108 (stack_growth_runtime_state.go:21)	MOVQ	main.log+72(SP), DX
	0x0071 00113 (stack_growth_runtime_state.go:21)	JMP	128
	0x0073 00115 (stack_growth_runtime_state.go:21)	CALL	runtime.gcWriteBarrier1(SB)
	0x0078 00120 (stack_growth_runtime_state.go:21)	MOVQ	main.log+72(SP), DX
	0x007d 00125 (stack_growth_runtime_state.go:21)	MOVQ	DX, (R11)
	0x0080 00128 (stack_growth_runtime_state.go:21)	MOVQ	AX, main..autotmp_7+40(SP)
	0x0085 00133 (stack_growth_runtime_state.go:21)	MOVQ	DX, 8(AX)
	0x0089 00137 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-1
	0x0089 00137 (stack_growth_runtime_state.go:21)	MOVQ	main.depth+64(SP), DX
	0x008e 00142 (stack_growth_runtime_state.go:21)	MOVQ	DX, 16(AX)
	0x0092 00146 (stack_growth_runtime_state.go:21)	MOVL	$24, AX
	0x0097 00151 (stack_growth_runtime_state.go:21)	LEAQ	type:noalg.struct { F uintptr; X0 func(int); X1 int }(SB), BX
	0x009e 00158 (stack_growth_runtime_state.go:21)	MOVL	$1, CX
	0x00a3 00163 (stack_growth_runtime_state.go:21)	PCDATA	$1, $1
	0x00a3 00163 (stack_growth_runtime_state.go:21)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
	0x00a8 00168 (stack_growth_runtime_state.go:21)	LEAQ	main.deferLoop.deferwrap1(SB), DX
	0x00af 00175 (stack_growth_runtime_state.go:21)	MOVQ	DX, (AX)
	0x00b2 00178 (stack_growth_runtime_state.go:21)	CMPL	runtime.writeBarrier(SB), $0
	0x00b9 00185 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-2
	0x00b9 00185 (stack_growth_runtime_state.go:21)	JNE	194
	0x00bb 00187 (stack_growth_runtime_state.go:21)	MOVQ	main..autotmp_7+40(SP), CX
	0x00c0 00192 (stack_growth_runtime_state.go:21)	JMP	207
	0x00c2 00194 (stack_growth_runtime_state.go:21)	CALL	runtime.gcWriteBarrier1(SB)
	0x00c7 00199 (stack_growth_runtime_state.go:21)	MOVQ	main..autotmp_7+40(SP), CX
	0x00cc 00204 (stack_growth_runtime_state.go:21)	MOVQ	CX, (R11)
	0x00cf 00207 (stack_growth_runtime_state.go:21)	MOVQ	CX, 8(AX)
	0x00d3 00211 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-1
	0x00d3 00211 (stack_growth_runtime_state.go:21)	MOVQ	main.i+32(SP), CX
	0x00d8 00216 (stack_growth_runtime_state.go:21)	MOVQ	CX, 16(AX)
	0x00dc 00220 (stack_growth_runtime_state.go:21)	PCDATA	$1, $0
	0x00dc 00220 (stack_growth_runtime_state.go:21)	NOP
	0x00e0 00224 (stack_growth_runtime_state.go:21)	CALL	runtime.deferproc(SB)
	0x00e5 00229 (stack_growth_runtime_state.go:21)	JMP	34
	0x00ea 00234 (stack_growth_runtime_state.go:28)	PCDATA	$1, $2
	0x00ea 00234 (stack_growth_runtime_state.go:28)	CALL	runtime.deferreturn(SB)
	0x00ef 00239 (stack_growth_runtime_state.go:28)	ADDQ	$48, SP
	0x00f3 00243 (stack_growth_runtime_state.go:28)	POPQ	BP
	0x00f4 00244 (stack_growth_runtime_state.go:28)	RET
	0x00f5 00245 (stack_growth_runtime_state.go:23)	TESTQ	AX, AX
	0x00f8 00248 (stack_growth_runtime_state.go:23)	JLE	263
	0x00fa 00250 (stack_growth_runtime_state.go:24)	DECQ	AX
	0x00fd 00253 (stack_growth_runtime_state.go:24)	NOP
	0x0100 00256 (stack_growth_runtime_state.go:24)	CALL	main.deferLoop(SB)
	0x0105 00261 (stack_growth_runtime_state.go:24)	JMP	273
	0x0107 00263 (stack_growth_runtime_state.go:26)	MOVL	$20000, AX
	0x010c 00268 (stack_growth_runtime_state.go:26)	CALL	main.grow(SB)
	0x0111 00273 (stack_growth_runtime_state.go:28)	CALL	runtime.deferreturn(SB)
	0x0116 00278 (stack_growth_runtime_state.go:28)	ADDQ	$48, SP
	0x011a 00282 (stack_growth_runtime_state.go:28)	POPQ	BP
	0x011b 00283 (stack_growth_runtime_state.go:28)	RET
	0x011c 00284 (stack_growth_runtime_state.go:28)	NOP
	0x011c 00284 (stack_growth_runtime_state.go:19)	PCDATA	$1, $-1
	0x011c 00284 (stack_growth_runtime_state.go:19)	PCDATA	$0, $-2
	0x011c 00284 (stack_growth_runtime_state.go:19)	MOVQ	AX, 8(SP)
	0x0121 00289 (stack_growth_runtime_state.go:19)	MOVQ	BX, 16(SP)
	0x0126 00294 (stack_growth_runtime_state.go:19)	CALL	runtime.morestack_noctxt(SB)
	0x012b 00299 (stack_growth_runtime_state.go:19)	PCDATA	$0, $-1
	0x012b 00299 (stack_growth_runtime_state.go:19)	MOVQ	8(SP), AX
	0x0130 00304 (stack_growth_runtime_state.go:19)	MOVQ	16(SP), BX
	0x0135 00309 (stack_growth_runtime_state.go:19)	JMP	0
	0x0000 49 3b 66 10 0f 86 12 01 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 30 48 89 44 24 40 48 89 5c 24 48 31 c9 66 90  .0H.D$@H.\$H1.f.
	0x0020 eb 12 48 8b 4c 24 20 48 ff c1 48 8b 44 24 40 48  ..H.L$ H..H.D$@H
	0x0030 8b 5c 24 48 48 83 f9 03 0f 8d b7 00 00 00 48 89  .\$HH.........H.
	0x0040 4c 24 20 b8 18 00 00 00 48 8d 1d 00 00 00 00 b9  L$ .....H.......
	0x0050 01 00 00 00 e8 00 00 00 00 48 8d 15 00 00 00 00  .........H......
	0x0060 48 89 10 83 3d 00 00 00 00 00 75 07 48 8b 54 24  H...=.....u.H.T$
	0x0070 48 eb 0d e8 00 00 00 00 48 8b 54 24 48 49 89 13  H.......H.T$HI..
	0x0080 48 89 44 24 28 48 89 50 08 48 8b 54 24 40 48 89  H.D$(H.P.H.T$@H.
	0x0090 50 10 b8 18 00 00 00 48 8d 1d 00 00 00 00 b9 01  P......H........
	0x00a0 00 00 00 e8 00 00 00 00 48 8d 15 00 00 00 00 48  ........H......H
	0x00b0 89 10 83 3d 00 00 00 00 00 75 07 48 8b 4c 24 28  ...=.....u.H.L$(
	0x00c0 eb 0d e8 00 00 00 00 48 8b 4c 24 28 49 89 0b 48  .......H.L$(I..H
	0x00d0 89 48 08 48 8b 4c 24 20 48 89 48 10 0f 1f 40 00  .H.H.L$ H.H...@.
	0x00e0 e8 00 00 00 00 e9 38 ff ff ff e8 00 00 00 00 48  ......8........H
	0x00f0 83 c4 30 5d c3 48 85 c0 7e 0d 48 ff c8 0f 1f 00  ..0].H..~.H.....
	0x0100 e8 00 00 00 00 eb 0a b8 20 4e 00 00 e8 00 00 00  ........ N......
	0x0110 00 e8 00 00 00 00 48 83 c4 30 5d c3 48 89 44 24  ......H..0].H.D$
	0x0120 08 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24 08  .H.\$......H.D$.
	0x0130 48 8b 5c 24 10 e9 c6 fe ff ff                    H.\$......
	rel 75+4 t=R_PCREL type:noalg.struct { F uintptr; X0 *[]int; X1 int }+0
	rel 85+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC3+0
	rel 92+4 t=R_PCREL main.deferLoop.func1+0
	rel 101+4 t=R_PCREL runtime.writeBarrier+-1
	rel 116+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 154+4 t=R_PCREL type:noalg.struct { F uintptr; X0 func(int); X1 int }+0
	rel 164+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC3+0
	rel 171+4 t=R_PCREL main.deferLoop.deferwrap1+0
	rel 180+4 t=R_PCREL runtime.writeBarrier+-1
	rel 195+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 225+4 t=R_CALL runtime.deferproc+0
	rel 235+4 t=R_CALL runtime.deferreturn+0
	rel 257+4 t=R_CALL main.deferLoop+0
	rel 269+4 t=R_CALL main.grow+0
	rel 274+4 t=R_CALL runtime.deferreturn+0
	rel 295+4 t=R_CALL runtime.morestack_noctxt+0
main.deferLoop.deferwrap1 STEXT size=40 align=0x0 args=0x0 locals=0x10 funcid=0x17
	0x0000 00000 (stack_growth_runtime_state.go:21)	TEXT	main.deferLoop.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $16-0
	0x0000 00000 (stack_growth_runtime_state.go:21)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-2
	0x0004 00004 (stack_growth_runtime_state.go:21)	JLS	33
	0x0006 00006 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-1
	0x0006 00006 (stack_growth_runtime_state.go:21)	PUSHQ	BP
	0x0007 00007 (stack_growth_runtime_state.go:21)	MOVQ	SP, BP
	0x000a 00010 (stack_growth_runtime_state.go:21)	SUBQ	$8, SP
	0x000e 00014 (stack_growth_runtime_state.go:21)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (stack_growth_runtime_state.go:21)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (stack_growth_runtime_state.go:21)	FUNCDATA	$7, main.deferLoop.func1.wrapinfo(SB)
	0x000e 00014 (stack_growth_runtime_state.go:21)	MOVQ	16(DX), AX
	0x0012 00018 (stack_growth_runtime_state.go:21)	MOVQ	8(DX), DX
	0x0016 00022 (stack_growth_runtime_state.go:21)	MOVQ	(DX), CX
	0x0019 00025 (stack_growth_runtime_state.go:21)	PCDATA	$1, $0
	0x0019 00025 (stack_growth_runtime_state.go:21)	CALL	CX
	0x001b 00027 (stack_growth_runtime_state.go:21)	ADDQ	$8, SP
	0x001f 00031 (stack_growth_runtime_state.go:21)	POPQ	BP
	0x0020 00032 (stack_growth_runtime_state.go:21)	RET
	0x0021 00033 (stack_growth_runtime_state.go:21)	NOP
	0x0021 00033 (stack_growth_runtime_state.go:21)	PCDATA	$1, $-1
	0x0021 00033 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-2
	0x0021 00033 (stack_growth_runtime_state.go:21)	CALL	runtime.morestack(SB)
	0x0026 00038 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-1
	0x0026 00038 (stack_growth_runtime_state.go:21)	JMP	0
	0x0000 49 3b 66 10 76 1b 55 48 89 e5 48 83 ec 08 48 8b  I;f.v.UH..H...H.
	0x0010 42 10 48 8b 52 08 48 8b 0a ff d1 48 83 c4 08 5d  B.H.R.H....H...]
	0x0020 c3 e8 00 00 00 00 eb d8                          ........
	rel 25+0 t=R_CALLIND +0
	rel 34+4 t=R_CALL runtime.morestack+0
main.deferLoop.func1 STEXT size=165 align=0x0 args=0x8 locals=0x58 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:21)	TEXT	main.deferLoop.func1(SB), NEEDCTXT|ABIInternal, $88-8
	0x0000 00000 (stack_growth_runtime_state.go:21)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-2
	0x0004 00004 (stack_growth_runtime_state.go:21)	JLS	144
	0x000a 00010 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-1
	0x000a 00010 (stack_growth_runtime_state.go:21)	PUSHQ	BP
	0x000b 00011 (stack_growth_runtime_state.go:21)	MOVQ	SP, BP
	0x000e 00014 (stack_growth_runtime_state.go:21)	SUBQ	$80, SP
	0x0012 00018 (stack_growth_runtime_state.go:21)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (stack_growth_runtime_state.go:21)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0012 00018 (stack_growth_runtime_state.go:21)	FUNCDATA	$5, main.deferLoop.func1.arginfo1(SB)
	0x0012 00018 (stack_growth_runtime_state.go:21)	FUNCDATA	$6, main.deferLoop.func1.argliveinfo(SB)
	0x0012 00018 (stack_growth_runtime_state.go:21)	PCDATA	$3, $1
	0x0012 00018 (stack_growth_runtime_state.go:21)	MOVQ	16(DX), R8
	0x0016 00022 (stack_growth_runtime_state.go:21)	MOVQ	8(DX), DX
	0x001a 00026 (stack_growth_runtime_state.go:21)	MOVQ	16(DX), CX
	0x001e 00030 (stack_growth_runtime_state.go:21)	MOVQ	8(DX), BX
	0x0022 00034 (stack_growth_runtime_state.go:21)	INCQ	BX
	0x0025 00037 (stack_growth_runtime_state.go:21)	ADDQ	R8, R8
	0x0028 00040 (stack_growth_runtime_state.go:21)	LEAQ	(R8)(R8*4), R8
	0x002c 00044 (stack_growth_runtime_state.go:21)	MOVQ	(DX), R9
	0x002f 00047 (stack_growth_runtime_state.go:21)	ADDQ	AX, R8
	0x0032 00050 (stack_growth_runtime_state.go:21)	CMPQ	CX, BX
	0x0035 00053 (stack_growth_runtime_state.go:21)	JCC	129
	0x0037 00055 (stack_growth_runtime_state.go:21)	MOVQ	DX, main.log+72(SP)
	0x003c 00060 (stack_growth_runtime_state.go:21)	MOVQ	R8, main..autotmp_4+64(SP)
	0x0041 00065 (stack_growth_runtime_state.go:21)	MOVQ	R9, AX
	0x0044 00068 (stack_growth_runtime_state.go:21)	MOVL	$1, DI
	0x0049 00073 (stack_growth_runtime_state.go:21)	LEAQ	type:int(SB), SI
	0x0050 00080 (stack_growth_runtime_state.go:21)	PCDATA	$1, $1
	0x0050 00080 (stack_growth_runtime_state.go:21)	CALL	runtime.growslice(SB)
	0x0055 00085 (stack_growth_runtime_state.go:21)	MOVQ	main.log+72(SP), DX
	0x005a 00090 (stack_growth_runtime_state.go:21)	MOVQ	CX, 16(DX)
	0x005e 00094 (stack_growth_runtime_state.go:21)	CMPL	runtime.writeBarrier(SB), $0
	0x0065 00101 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-2
	0x0065 00101 (stack_growth_runtime_state.go:21)	JEQ	118
	0x0067 00103 (stack_growth_runtime_state.go:21)	MOVQ	(DX), CX
	0x006a 00106 (stack_growth_runtime_state.go:21)	CALL	runtime.gcWriteBarrier2(SB)
	0x006f 00111 (stack_growth_runtime_state.go:21)	MOVQ	AX, (R11)
	0x0072 00114 (stack_growth_runtime_state.go:21)	MOVQ	CX, 8(R11)
	0x0076 00118 (stack_growth_runtime_state.go:21)	MOVQ	AX, (DX)
	0x0079 00121 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-1
	0x0079 00121 (stack_growth_runtime_state.go:21)	MOVQ	main..autotmp_4+64(SP), R8
	0x007e 00126 (stack_growth_runtime_state.go:21)	MOVQ	AX, R9
	0x0081 00129 (stack_growth_runtime_state.go:21)	MOVQ	BX, 8(DX)
	0x0085 00133 (stack_growth_runtime_state.go:21)	MOVQ	R8, -8(R9)(BX*8)
	0x008a 00138 (stack_growth_runtime_state.go:21)	ADDQ	$80, SP
	0x008e 00142 (stack_growth_runtime_state.go:21)	POPQ	BP
	0x008f 00143 (stack_growth_runtime_state.go:21)	RET
	0x0090 00144 (stack_growth_runtime_state.go:21)	NOP
	0x0090 00144 (stack_growth_runtime_state.go:21)	PCDATA	$1, $-1
	0x0090 00144 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-2
	0x0090 00144 (stack_growth_runtime_state.go:21)	MOVQ	AX, 8(SP)
	0x0095 00149 (stack_growth_runtime_state.go:21)	CALL	runtime.morestack(SB)
	0x009a 00154 (stack_growth_runtime_state.go:21)	PCDATA	$0, $-1
	0x009a 00154 (stack_growth_runtime_state.go:21)	MOVQ	8(SP), AX
	0x009f 00159 (stack_growth_runtime_state.go:21)	NOP
	0x00a0 00160 (stack_growth_runtime_state.go:21)	JMP	0
	0x0000 49 3b 66 10 0f 86 86 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 50 4c 8b 42 10 48 8b 52 08 48 8b 4a 10 48 8b  .PL.B.H.R.H.J.H.
	0x0020 5a 08 48 ff c3 4d 01 c0 4f 8d 04 80 4c 8b 0a 49  Z.H..M..O...L..I
	0x0030 01 c0 48 39 d9 73 4a 48 89 54 24 48 4c 89 44 24  ..H9.sJH.T$HL.D$
	0x0040 40 4c 89 c8 bf 01 00 00 00 48 8d 35 00 00 00 00  @L.......H.5....
	0x0050 e8 00 00 00 00 48 8b 54 24 48 48 89 4a 10 83 3d  .....H.T$HH.J..=
	0x0060 00 00 00 00 00 74 0f 48 8b 0a e8 00 00 00 00 49  .....t.H.......I
	0x0070 89 03 49 89 4b 08 48 89 02 4c 8b 44 24 40 49 89  ..I.K.H..L.D$@I.
	0x0080 c1 48 89 5a 08 4d 89 44 d9 f8 48 83 c4 50 5d c3  .H.Z.M.D..H..P].
	0x0090 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08 90  H.D$......H.D$..
	0x00a0 e9 5b ff ff ff                                   .[...
	rel 76+4 t=R_PCREL type:int+0
	rel 81+4 t=R_CALL runtime.growslice+0
	rel 96+4 t=R_PCREL runtime.writeBarrier+-1
	rel 107+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 150+4 t=R_CALL runtime.morestack+0
main.twoDefers STEXT size=175 align=0x0 args=0x0 locals=0x48 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:33)	TEXT	main.twoDefers(SB), ABIInternal, $72-0
	0x0000 00000 (stack_growth_runtime_state.go:33)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_growth_runtime_state.go:33)	PCDATA	$0, $-2
	0x0004 00004 (stack_growth_runtime_state.go:33)	JLS	165
	0x000a 00010 (stack_growth_runtime_state.go:33)	PCDATA	$0, $-1
	0x000a 00010 (stack_growth_runtime_state.go:33)	PUSHQ	BP
	0x000b 00011 (stack_growth_runtime_state.go:33)	MOVQ	SP, BP
	0x000e 00014 (stack_growth_runtime_state.go:33)	SUBQ	$64, SP
	0x0012 00018 (stack_growth_runtime_state.go:33)	MOVUPS	X15, 48(SP)
	0x0018 00024 (stack_growth_runtime_state.go:33)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (stack_growth_runtime_state.go:33)	FUNCDATA	$1, gclocals·ydo/CnDw+ij8z2OnqA/8KA==(SB)
	0x0018 00024 (stack_growth_runtime_state.go:33)	FUNCDATA	$2, main.twoDefers.stkobj(SB)
	0x0018 00024 (stack_growth_runtime_state.go:33)	FUNCDATA	$4, main.twoDefers.opendefer(SB)
	0x0018 00024 (stack_growth_runtime_state.go:33)	MOVB	$0, main..autotmp_5+7(SP)
	0x001d 00029 (stack_growth_runtime_state.go:33)	MOVQ	$0, main.r+8(SP)
	0x0026 00038 (stack_growth_runtime_state.go:34)	LEAQ	main.twoDefers.func1(SB), AX
	0x002d 00045 (stack_growth_runtime_state.go:34)	MOVQ	AX, main..autotmp_2+32(SP)
	0x0032 00050 (stack_growth_runtime_state.go:34)	LEAQ	main.r+8(SP), AX
	0x0037 00055 (stack_growth_runtime_state.go:34)	MOVQ	AX, main..autotmp_2+40(SP)
	0x003c 00060 (stack_growth_runtime_state.go:34)	LEAQ	main..autotmp_2+32(SP), CX
	0x0041 00065 (stack_growth_runtime_state.go:34)	MOVQ	CX, main..autotmp_6+48(SP)
	0x0046 00070 (stack_growth_runtime_state.go:34)	MOVB	$1, main..autotmp_5+7(SP)
	0x004b 00075 (stack_growth_runtime_state.go:35)	LEAQ	main.twoDefers.func2(SB), CX
	0x0052 00082 (stack_growth_runtime_state.go:35)	MOVQ	CX, main..autotmp_4+16(SP)
	0x0057 00087 (stack_growth_runtime_state.go:35)	MOVQ	AX, main..autotmp_4+24(SP)
	0x005c 00092 (stack_growth_runtime_state.go:35)	LEAQ	main..autotmp_4+16(SP), DX
	0x0061 00097 (stack_growth_runtime_state.go:35)	MOVQ	DX, main..autotmp_7+56(SP)
	0x0066 00102 (stack_growth_runtime_state.go:36)	MOVQ	$5, main.r+8(SP)
	0x006f 00111 (stack_growth_runtime_state.go:36)	MOVB	$1, main..autotmp_5+7(SP)
	0x0074 00116 (stack_growth_runtime_state.go:36)	MOVQ	main..autotmp_4+16(SP), AX
	0x0079 00121 (stack_growth_runtime_state.go:36)	PCDATA	$1, $1
	0x0079 00121 (stack_growth_runtime_state.go:36)	CALL	AX
	0x007b 00123 (stack_growth_runtime_state.go:36)	MOVB	$0, main..autotmp_5+7(SP)
	0x0080 00128 (stack_growth_runtime_state.go:36)	MOVQ	main..autotmp_6+48(SP), DX
	0x0085 00133 (stack_growth_runtime_state.go:36)	MOVQ	(DX), AX
	0x0088 00136 (stack_growth_runtime_state.go:36)	CALL	AX
	0x008a 00138 (stack_growth_runtime_state.go:36)	MOVQ	main.r+8(SP), AX
	0x008f 00143 (stack_growth_runtime_state.go:36)	ADDQ	$64, SP
	0x0093 00147 (stack_growth_runtime_state.go:36)	POPQ	BP
	0x0094 00148 (stack_growth_runtime_state.go:36)	RET
	0x0095 00149 (stack_growth_runtime_state.go:36)	CALL	runtime.deferreturn(SB)
	0x009a 00154 (stack_growth_runtime_state.go:36)	MOVQ	main.r+8(SP), AX
	0x009f 00159 (stack_growth_runtime_state.go:36)	ADDQ	$64, SP
	0x00a3 00163 (stack_growth_runtime_state.go:36)	POPQ	BP
	0x00a4 00164 (stack_growth_runtime_state.go:36)	RET
	0x00a5 00165 (stack_growth_runtime_state.go:36)	NOP
	0x00a5 00165 (stack_growth_runtime_state.go:33)	PCDATA	$1, $-1
	0x00a5 00165 (stack_growth_runtime_state.go:33)	PCDATA	$0, $-2
	0x00a5 00165 (stack_growth_runtime_state.go:33)	CALL	runtime.morestack_noctxt(SB)
	0x00aa 00170 (stack_growth_runtime_state.go:33)	PCDATA	$0, $-1
	0x00aa 00170 (stack_growth_runtime_state.go:33)	JMP	0
	0x0000 49 3b 66 10 0f 86 9b 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 44 0f 11 7c 24 30 c6 44 24 07 00 48 c7 44  .@D..|$0.D$..H.D
	0x0020 24 08 00 00 00 00 48 8d 05 00 00 00 00 48 89 44  $.....H......H.D
	0x0030 24 20 48 8d 44 24 08 48 89 44 24 28 48 8d 4c 24  $ H.D$.H.D$(H.L$
	0x0040 20 48 89 4c 24 30 c6 44 24 07 01 48 8d 0d 00 00   H.L$0.D$..H....
	0x0050 00 00 48 89 4c 24 10 48 89 44 24 18 48 8d 54 24  ..H.L$.H.D$.H.T$
	0x0060 10 48 89 54 24 38 48 c7 44 24 08 05 00 00 00 c6  .H.T$8H.D$......
	0x0070 44 24 07 01 48 8b 44 24 10 ff d0 c6 44 24 07 00  D$..H.D$....D$..
	0x0080 48 8b 54 24 30 48 8b 02 ff d0 48 8b 44 24 08 48  H.T$0H....H.D$.H
	0x0090 83 c4 40 5d c3 e8 00 00 00 00 48 8b 44 24 08 48  ..@]......H.D$.H
	0x00a0 83 c4 40 5d c3 e8 00 00 00 00 e9 51 ff ff ff     ..@].......Q...
	rel 41+4 t=R_PCREL main.twoDefers.func1+0
	rel 78+4 t=R_PCREL main.twoDefers.func2+0
	rel 121+0 t=R_CALLIND +0
	rel 136+0 t=R_CALLIND +0
	rel 150+4 t=R_CALL runtime.deferreturn+0
	rel 166+4 t=R_CALL runtime.morestack_noctxt+0
main.twoDefers.func2 STEXT size=59 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:35)	TEXT	main.twoDefers.func2(SB), NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (stack_growth_runtime_state.go:35)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_growth_runtime_state.go:35)	PCDATA	$0, $-2
	0x0004 00004 (stack_growth_runtime_state.go:35)	JLS	52
	0x0006 00006 (stack_growth_runtime_state.go:35)	PCDATA	$0, $-1
	0x0006 00006 (stack_growth_runtime_state.go:35)	PUSHQ	BP
	0x0007 00007 (stack_growth_runtime_state.go:35)	MOVQ	SP, BP
	0x000a 00010 (stack_growth_runtime_state.go:35)	SUBQ	$16, SP
	0x000e 00014 (stack_growth_runtime_state.go:35)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (stack_growth_runtime_state.go:35)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (stack_growth_runtime_state.go:35)	MOVQ	8(DX), CX
	0x0012 00018 (stack_growth_runtime_state.go:35)	MOVQ	CX, main.&r+8(SP)
	0x0017 00023 (stack_growth_runtime_state.go:35)	MOVL	$30000, AX
	0x001c 00028 (stack_growth_runtime_state.go:35)	PCDATA	$1, $1
	0x001c 00028 (stack_growth_runtime_state.go:35)	NOP
	0x0020 00032 (stack_growth_runtime_state.go:35)	CALL	main.grow(SB)
	0x0025 00037 (stack_growth_runtime_state.go:35)	MOVQ	main.&r+8(SP), CX
	0x002a 00042 (stack_growth_runtime_state.go:35)	ADDQ	$100, (CX)
	0x002e 00046 (stack_growth_runtime_state.go:35)	ADDQ	$16, SP
	0x0032 00050 (stack_growth_runtime_state.go:35)	POPQ	BP
	0x0033 00051 (stack_growth_runtime_state.go:35)	RET
	0x0034 00052 (stack_growth_runtime_state.go:35)	NOP
	0x0034 00052 (stack_growth_runtime_state.go:35)	PCDATA	$1, $-1
	0x0034 00052 (stack_growth_runtime_state.go:35)	PCDATA	$0, $-2
	0x0034 00052 (stack_growth_runtime_state.go:35)	CALL	runtime.morestack(SB)
	0x0039 00057 (stack_growth_runtime_state.go:35)	PCDATA	$0, $-1
	0x0039 00057 (stack_growth_runtime_state.go:35)	JMP	0
	0x0000 49 3b 66 10 76 2e 55 48 89 e5 48 83 ec 10 48 8b  I;f.v.UH..H...H.
	0x0010 4a 08 48 89 4c 24 08 b8 30 75 00 00 0f 1f 40 00  J.H.L$..0u....@.
	0x0020 e8 00 00 00 00 48 8b 4c 24 08 48 83 01 64 48 83  .....H.L$.H..dH.
	0x0030 c4 10 5d c3 e8 00 00 00 00 eb c5                 ..]........
	rel 33+4 t=R_CALL main.grow+0
	rel 53+4 t=R_CALL runtime.morestack+0
main.twoDefers.func1 STEXT nosplit size=8 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:34)	TEXT	main.twoDefers.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (stack_growth_runtime_state.go:34)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (stack_growth_runtime_state.go:34)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (stack_growth_runtime_state.go:34)	MOVQ	8(DX), AX
	0x0004 00004 (stack_growth_runtime_state.go:34)	INCQ	(AX)
	0x0007 00007 (stack_growth_runtime_state.go:34)	RET
	0x0000 48 8b 42 08 48 ff 00 c3                          H.B.H...
main.recoverAfterGrowth STEXT size=245 align=0x0 args=0x8 locals=0x80 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:42)	TEXT	main.recoverAfterGrowth(SB), ABIInternal, $128-8
	0x0000 00000 (stack_growth_runtime_state.go:42)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_growth_runtime_state.go:42)	PCDATA	$0, $-2
	0x0004 00004 (stack_growth_runtime_state.go:42)	JLS	225
	0x000a 00010 (stack_growth_runtime_state.go:42)	PCDATA	$0, $-1
	0x000a 00010 (stack_growth_runtime_state.go:42)	PUSHQ	BP
	0x000b 00011 (stack_growth_runtime_state.go:42)	MOVQ	SP, BP
	0x000e 00014 (stack_growth_runtime_state.go:42)	SUBQ	$120, SP
	0x0012 00018 (stack_growth_runtime_state.go:42)	MOVQ	X15, 112(SP)
	0x0019 00025 (stack_growth_runtime_state.go:42)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0019 00025 (stack_growth_runtime_state.go:42)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
	0x0019 00025 (stack_growth_runtime_state.go:42)	FUNCDATA	$2, main.recoverAfterGrowth.stkobj(SB)
	0x0019 00025 (stack_growth_runtime_state.go:42)	FUNCDATA	$5, main.recoverAfterGrowth.arginfo1(SB)
	0x0019 00025 (stack_growth_runtime_state.go:42)	FUNCDATA	$6, main.recoverAfterGrowth.argliveinfo(SB)
	0x0019 00025 (stack_growth_runtime_state.go:42)	FUNCDATA	$4, main.recoverAfterGrowth.opendefer(SB)
	0x0019 00025 (stack_growth_runtime_state.go:42)	PCDATA	$3, $1
	0x0019 00025 (stack_growth_runtime_state.go:42)	MOVB	$0, main..autotmp_6+23(SP)
	0x001e 00030 (stack_growth_runtime_state.go:42)	MOVQ	$0, main.res+24(SP)
	0x0027 00039 (stack_growth_runtime_state.go:43)	LEAQ	main.recoverAfterGrowth.func1(SB), CX
	0x002e 00046 (stack_growth_runtime_state.go:43)	MOVQ	CX, main..autotmp_4+96(SP)
	0x0033 00051 (stack_growth_runtime_state.go:43)	LEAQ	main.res+24(SP), CX
	0x0038 00056 (stack_growth_runtime_state.go:43)	MOVQ	CX, main..autotmp_4+104(SP)
	0x003d 00061 (stack_growth_runtime_state.go:43)	LEAQ	main..autotmp_4+96(SP), CX
	0x0042 00066 (stack_growth_runtime_state.go:43)	MOVQ	CX, main..autotmp_7+112(SP)
	0x0047 00071 (stack_growth_runtime_state.go:43)	MOVB	$1, main..autotmp_6+23(SP)
	0x004c 00076 (stack_growth_runtime_state.go:48)	LEAQ	main.pad+32(SP), CX
	0x0051 00081 (stack_growth_runtime_state.go:48)	MOVUPS	X15, (CX)
	0x0055 00085 (stack_growth_runtime_state.go:48)	MOVUPS	X15, 16(CX)
	0x005a 00090 (stack_growth_runtime_state.go:48)	MOVUPS	X15, 32(CX)
	0x005f 00095 (stack_growth_runtime_state.go:48)	MOVUPS	X15, 48(CX)
	0x0064 00100 (stack_growth_runtime_state.go:49)	MOVQ	AX, CX
	0x0067 00103 (stack_growth_runtime_state.go:49)	SARQ	$63, AX
	0x006b 00107 (stack_growth_runtime_state.go:49)	SHRQ	$61, AX
	0x006f 00111 (stack_growth_runtime_state.go:49)	LEAQ	(CX)(AX*1), SI
	0x0073 00115 (stack_growth_runtime_state.go:49)	ANDQ	$-8, SI
	0x0077 00119 (stack_growth_runtime_state.go:49)	MOVQ	CX, DI
	0x007a 00122 (stack_growth_runtime_state.go:49)	SUBQ	SI, CX
	0x007d 00125 (stack_growth_runtime_state.go:49)	NOP
	0x0080 00128 (stack_growth_runtime_state.go:49)	CMPQ	CX, $8
	0x0084 00132 (stack_growth_runtime_state.go:49)	JCC	202
	0x0086 00134 (stack_growth_runtime_state.go:49)	MOVQ	DI, main.pad+32(SP)(CX*8)
	0x008b 00139 (stack_growth_runtime_state.go:50)	CMPQ	main.pad+56(SP), $3
	0x0091 00145 (stack_growth_runtime_state.go:50)	JEQ	183
	0x0093 00147 (stack_growth_runtime_state.go:53)	MOVQ	main.pad+32(SP), AX
	0x0098 00152 (stack_growth_runtime_state.go:53)	MOVQ	AX, main.res+24(SP)
	0x009d 00157 (stack_growth_runtime_state.go:53)	MOVB	$0, main..autotmp_6+23(SP)
	0x00a2 00162 (stack_growth_runtime_state.go:53)	MOVQ	main..autotmp_7+112(SP), DX
	0x00a7 00167 (stack_growth_runtime_state.go:53)	MOVQ	(DX), AX
	0x00aa 00170 (stack_growth_runtime_state.go:53)	PCDATA	$1, $1
	0x00aa 00170 (stack_growth_runtime_state.go:53)	CALL	AX
	0x00ac 00172 (stack_growth_runtime_state.go:53)	MOVQ	main.res+24(SP), AX
	0x00b1 00177 (stack_growth_runtime_state.go:53)	ADDQ	$120, SP
	0x00b5 00181 (stack_growth_runtime_state.go:53)	POPQ	BP
	0x00b6 00182 (stack_growth_runtime_state.go:53)	RET
	0x00b7 00183 (stack_growth_runtime_state.go:51)	LEAQ	type:string(SB), AX
	0x00be 00190 (stack_growth_runtime_state.go:51)	LEAQ	main..stmp_0(SB), BX
	0x00c5 00197 (stack_growth_runtime_state.go:51)	CALL	runtime.gopanic(SB)
	0x00ca 00202 (stack_growth_runtime_state.go:49)	PCDATA	$4, $9333
	0x00ca 00202 (stack_growth_runtime_state.go:49)	CALL	runtime.panicBounds(SB)
	0x00cf 00207 (stack_growth_runtime_state.go:49)	XCHGL	AX, AX
	0x00d0 00208 (stack_growth_runtime_state.go:49)	CALL	runtime.deferreturn(SB)
	0x00d5 00213 (stack_growth_runtime_state.go:49)	MOVQ	main.res+24(SP), AX
	0x00da 00218 (stack_growth_runtime_state.go:49)	ADDQ	$120, SP
	0x00de 00222 (stack_growth_runtime_state.go:49)	POPQ	BP
	0x00df 00223 (stack_growth_runtime_state.go:49)	NOP
	0x00e0 00224 (stack_growth_runtime_state.go:49)	RET
	0x00e1 00225 (stack_growth_runtime_state.go:49)	NOP
	0x00e1 00225 (stack_growth_runtime_state.go:42)	PCDATA	$1, $-1
	0x00e1 00225 (stack_growth_runtime_state.go:42)	PCDATA	$0, $-2
	0x00e1 00225 (stack_growth_runtime_state.go:42)	MOVQ	AX, 8(SP)
	0x00e6 00230 (stack_growth_runtime_state.go:42)	CALL	runtime.morestack_noctxt(SB)
	0x00eb 00235 (stack_growth_runtime_state.go:42)	PCDATA	$0, $-1
	0x00eb 00235 (stack_growth_runtime_state.go:42)	MOVQ	8(SP), AX
	0x00f0 00240 (stack_growth_runtime_state.go:42)	JMP	0
	0x0000 49 3b 66 10 0f 86 d7 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 78 66 44 0f d6 7c 24 70 c6 44 24 17 00 48 c7  .xfD..|$p.D$..H.
	0x0020 44 24 18 00 00 00 00 48 8d 0d 00 00 00 00 48 89  D$.....H......H.
	0x0030 4c 24 60 48 8d 4c 24 18 48 89 4c 24 68 48 8d 4c  L$`H.L$.H.L$hH.L
	0x0040 24 60 48 89 4c 24 70 c6 44 24 17 01 48 8d 4c 24  $`H.L$p.D$..H.L$
	0x0050 20 44 0f 11 39 44 0f 11 79 10 44 0f 11 79 20 44   D..9D..y.D..y D
	0x0060 0f 11 79 30 48 89 c1 48 c1 f8 3f 48 c1 e8 3d 48  ..y0H..H..?H..=H
	0x0070 8d 34 01 48 83 e6 f8 48 89 cf 48 29 f1 0f 1f 00  .4.H...H..H)....
	0x0080 48 83 f9 08 73 44 48 89 7c cc 20 48 83 7c 24 38  H...sDH.|. H.|$8
	0x0090 03 74 24 48 8b 44 24 20 48 89 44 24 18 c6 44 24  .t$H.D$ H.D$..D$
	0x00a0 17 00 48 8b 54 24 70 48 8b 02 ff d0 48 8b 44 24  ..H.T$pH....H.D$
	0x00b0 18 48 83 c4 78 5d c3 48 8d 05 00 00 00 00 48 8d  .H..x].H......H.
	0x00c0 1d 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 90  ................
	0x00d0 e8 00 00 00 00 48 8b 44 24 18 48 83 c4 78 5d 90  .....H.D$.H..x].
	0x00e0 c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08  .H.D$......H.D$.
	0x00f0 e9 0b ff ff ff                                   .....
	rel 3+0 t=R_USEIFACE type:string+0
	rel 42+4 t=R_PCREL main.recoverAfterGrowth.func1+0
	rel 170+0 t=R_CALLIND +0
	rel 186+4 t=R_PCREL type:string+0
	rel 193+4 t=R_PCREL main..stmp_0+0
	rel 198+4 t=R_CALL runtime.gopanic+0
	rel 203+4 t=R_CALL runtime.panicBounds+0
	rel 209+4 t=R_CALL runtime.deferreturn+0
	rel 231+4 t=R_CALL runtime.morestack_noctxt+0
main.recoverAfterGrowth.func1 STEXT size=120 align=0x0 args=0x0 locals=0x38 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:43)	TEXT	main.recoverAfterGrowth.func1(SB), NEEDCTXT|ABIInternal, $56-0
	0x0000 00000 (stack_growth_runtime_state.go:43)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_growth_runtime_state.go:43)	PCDATA	$0, $-2
	0x0004 00004 (stack_growth_runtime_state.go:43)	JLS	113
	0x0006 00006 (stack_growth_runtime_state.go:43)	PCDATA	$0, $-1
	0x0006 00006 (stack_growth_runtime_state.go:43)	PUSHQ	BP
	0x0007 00007 (stack_growth_runtime_state.go:43)	MOVQ	SP, BP
	0x000a 00010 (stack_growth_runtime_state.go:43)	SUBQ	$48, SP
	0x000e 00014 (stack_growth_runtime_state.go:43)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x000e 00014 (stack_growth_runtime_state.go:43)	FUNCDATA	$1, gclocals·sfOxBcdnNBiCaiOXpthwPg==(SB)
	0x000e 00014 (stack_growth_runtime_state.go:43)	MOVQ	8(DX), AX
	0x0012 00018 (stack_growth_runtime_state.go:43)	MOVQ	AX, main.&res+40(SP)
	0x0017 00023 (stack_growth_runtime_state.go:44)	PCDATA	$1, $1
	0x0017 00023 (stack_growth_runtime_state.go:44)	CALL	runtime.gorecover(SB)
	0x001c 00028 (stack_growth_runtime_state.go:44)	NOP
	0x0020 00032 (stack_growth_runtime_state.go:44)	TESTQ	AX, AX
	0x0023 00035 (stack_growth_runtime_state.go:44)	JEQ	91
	0x0025 00037 (stack_growth_runtime_state.go:44)	MOVQ	BX, main.e.data+32(SP)
	0x002a 00042 (stack_growth_runtime_state.go:44)	MOVQ	AX, main.e.type+24(SP)
	0x002f 00047 (stack_growth_runtime_state.go:45)	MOVL	$40000, AX
	0x0034 00052 (stack_growth_runtime_state.go:45)	PCDATA	$1, $2
	0x0034 00052 (stack_growth_runtime_state.go:45)	CALL	main.grow(SB)
	0x0039 00057 (stack_growth_runtime_state.go:45)	MOVQ	main.e.type+24(SP), CX
	0x003e 00062 (stack_growth_runtime_state.go:45)	LEAQ	type:string(SB), BX
	0x0045 00069 (stack_growth_runtime_state.go:45)	CMPQ	CX, BX
	0x0048 00072 (stack_growth_runtime_state.go:45)	JNE	97
	0x004a 00074 (stack_growth_runtime_state.go:45)	MOVQ	main.e.data+32(SP), CX
	0x004f 00079 (stack_growth_runtime_state.go:45)	ADDQ	8(CX), AX
	0x0053 00083 (stack_growth_runtime_state.go:45)	MOVQ	main.&res+40(SP), CX
	0x0058 00088 (stack_growth_runtime_state.go:45)	MOVQ	AX, (CX)
	0x005b 00091 (stack_growth_runtime_state.go:47)	ADDQ	$48, SP
	0x005f 00095 (stack_growth_runtime_state.go:47)	POPQ	BP
	0x0060 00096 (stack_growth_runtime_state.go:47)	RET
	0x0061 00097 (stack_growth_runtime_state.go:45)	MOVQ	CX, AX
	0x0064 00100 (stack_growth_runtime_state.go:45)	LEAQ	type:interface {}(SB), CX
	0x006b 00107 (stack_growth_runtime_state.go:45)	PCDATA	$1, $0
	0x006b 00107 (stack_growth_runtime_state.go:45)	CALL	runtime.panicdottypeE(SB)
	0x0070 00112 (stack_growth_runtime_state.go:45)	XCHGL	AX, AX
	0x0071 00113 (stack_growth_runtime_state.go:45)	NOP
	0x0071 00113 (stack_growth_runtime_state.go:43)	PCDATA	$1, $-1
	0x0071 00113 (stack_growth_runtime_state.go:43)	PCDATA	$0, $-2
	0x0071 00113 (stack_growth_runtime_state.go:43)	CALL	runtime.morestack(SB)
	0x0076 00118 (stack_growth_runtime_state.go:43)	PCDATA	$0, $-1
	0x0076 00118 (stack_growth_runtime_state.go:43)	JMP	0
	0x0000 49 3b 66 10 76 6b 55 48 89 e5 48 83 ec 30 48 8b  I;f.vkUH..H..0H.
	0x0010 42 08 48 89 44 24 28 e8 00 00 00 00 0f 1f 40 00  B.H.D$(.......@.
	0x0020 48 85 c0 74 36 48 89 5c 24 20 48 89 44 24 18 b8  H..t6H.\$ H.D$..
	0x0030 40 9c 00 00 e8 00 00 00 00 48 8b 4c 24 18 48 8d  @........H.L$.H.
	0x0040 1d 00 00 00 00 48 39 d9 75 17 48 8b 4c 24 20 48  .....H9.u.H.L$ H
	0x0050 03 41 08 48 8b 4c 24 28 48 89 01 48 83 c4 30 5d  .A.H.L$(H..H..0]
	0x0060 c3 48 89 c8 48 8d 0d 00 00 00 00 e8 00 00 00 00  .H..H...........
	0x0070 90 e8 00 00 00 00 eb 88                          ........
	rel 24+4 t=R_CALL runtime.gorecover+0
	rel 53+4 t=R_CALL main.grow+0
	rel 65+4 t=R_PCREL type:string+0
	rel 103+4 t=R_PCREL type:interface {}+0
	rel 108+4 t=R_CALL runtime.panicdottypeE+0
	rel 114+4 t=R_CALL runtime.morestack+0
main.deepPanic STEXT size=221 align=0x0 args=0x8 locals=0x3e0 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:57)	TEXT	main.deepPanic(SB), ABIInternal, $992-8
	0x0000 00000 (stack_growth_runtime_state.go:57)	LEAQ	-864(SP), R12
	0x0008 00008 (stack_growth_runtime_state.go:57)	CMPQ	R12, 16(R14)
	0x000c 00012 (stack_growth_runtime_state.go:57)	PCDATA	$0, $-2
	0x000c 00012 (stack_growth_runtime_state.go:57)	JLS	201
	0x0012 00018 (stack_growth_runtime_state.go:57)	PCDATA	$0, $-1
	0x0012 00018 (stack_growth_runtime_state.go:57)	PUSHQ	BP
	0x0013 00019 (stack_growth_runtime_state.go:57)	MOVQ	SP, BP
	0x0016 00022 (stack_growth_runtime_state.go:57)	SUBQ	$984, SP
	0x001d 00029 (stack_growth_runtime_state.go:57)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (stack_growth_runtime_state.go:57)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (stack_growth_runtime_state.go:57)	FUNCDATA	$5, main.deepPanic.arginfo1(SB)
	0x001d 00029 (stack_growth_runtime_state.go:57)	FUNCDATA	$6, main.deepPanic.argliveinfo(SB)
	0x001d 00029 (stack_growth_runtime_state.go:57)	PCDATA	$3, $1
	0x001d 00029 (stack_growth_runtime_state.go:58)	LEAQ	main.pad+16(SP), CX
	0x0022 00034 (stack_growth_runtime_state.go:58)	MOVL	$15, DX
	0x0027 00039 (stack_growth_runtime_state.go:58)	MOVUPS	X15, (CX)
	0x002b 00043 (stack_growth_runtime_state.go:58)	MOVUPS	X15, 16(CX)
	0x0030 00048 (stack_growth_runtime_state.go:58)	MOVUPS	X15, 32(CX)
	0x0035 00053 (stack_growth_runtime_state.go:58)	MOVUPS	X15, 48(CX)
	0x003a 00058 (stack_growth_runtime_state.go:58)	ADDQ	$64, CX
	0x003e 00062 (stack_growth_runtime_state.go:58)	NOP
	0x0040 00064 (stack_growth_runtime_state.go:58)	DECL	DX
	0x0042 00066 (stack_growth_runtime_state.go:58)	JNE	39
	0x0044 00068 (stack_growth_runtime_state.go:59)	MOVQ	AX, CX
	0x0047 00071 (stack_growth_runtime_state.go:59)	SARQ	$63, AX
	0x004b 00075 (stack_growth_runtime_state.go:59)	MOVQ	AX, DX
	0x004e 00078 (stack_growth_runtime_state.go:59)	MOVQ	$-8608480567731124087, AX
	0x0058 00088 (stack_growth_runtime_state.go:59)	MOVQ	DX, BX
	0x005b 00091 (stack_growth_runtime_state.go:59)	IMULQ	CX
	0x005e 00094 (stack_growth_runtime_state.go:59)	ADDQ	CX, DX
	0x0061 00097 (stack_growth_runtime_state.go:59)	SARQ	$6, DX
	0x0065 00101 (stack_growth_runtime_state.go:59)	SUBQ	BX, DX
	0x0068 00104 (stack_growth_runtime_state.go:59)	IMUL3Q	$120, DX, DX
	0x006c 00108 (stack_growth_runtime_state.go:59)	MOVQ	CX, AX
	0x006f 00111 (stack_growth_runtime_state.go:59)	SUBQ	DX, CX
	0x0072 00114 (stack_growth_runtime_state.go:59)	CMPQ	CX, $120
	0x0076 00118 (stack_growth_runtime_state.go:59)	JCC	190
	0x0078 00120 (stack_growth_runtime_state.go:59)	MOVQ	AX, main.pad+16(SP)(CX*8)
	0x007d 00125 (stack_growth_runtime_state.go:59)	NOP
	0x0080 00128 (stack_growth_runtime_state.go:60)	TESTQ	AX, AX
	0x0083 00131 (stack_growth_runtime_state.go:60)	JEQ	171
	0x0085 00133 (stack_growth_runtime_state.go:59)	MOVQ	CX, main..autotmp_5+976(SP)
	0x008d 00141 (stack_growth_runtime_state.go:63)	DECQ	AX
	0x0090 00144 (stack_growth_runtime_state.go:63)	PCDATA	$1, $0
	0x0090 00144 (stack_growth_runtime_state.go:63)	CALL	main.deepPanic(SB)
	0x0095 00149 (stack_growth_runtime_state.go:63)	MOVQ	main..autotmp_5+976(SP), CX
	0x009d 00157 (stack_growth_runtime_state.go:63)	ADDQ	main.pad+16(SP)(CX*8), AX
	0x00a2 00162 (stack_growth_runtime_state.go:63)	ADDQ	$984, SP
	0x00a9 00169 (stack_growth_runtime_state.go:63)	POPQ	BP
	0x00aa 00170 (stack_growth_runtime_state.go:63)	RET
	0x00ab 00171 (stack_growth_runtime_state.go:61)	LEAQ	type:string(SB), AX
	0x00b2 00178 (stack_growth_runtime_state.go:61)	LEAQ	main..stmp_1(SB), BX
	0x00b9 00185 (stack_growth_runtime_state.go:61)	CALL	runtime.gopanic(SB)
	0x00be 00190 (stack_growth_runtime_state.go:59)	MOVQ	$120, AX
	0x00c3 00195 (stack_growth_runtime_state.go:59)	PCDATA	$4, $135
	0x00c3 00195 (stack_growth_runtime_state.go:59)	CALL	runtime.panicBounds(SB)
	0x00c8 00200 (stack_growth_runtime_state.go:59)	XCHGL	AX, AX
	0x00c9 00201 (stack_growth_runtime_state.go:59)	NOP
	0x00c9 00201 (stack_growth_runtime_state.go:57)	PCDATA	$1, $-1
	0x00c9 00201 (stack_growth_runtime_state.go:57)	PCDATA	$0, $-2
	0x00c9 00201 (stack_growth_runtime_state.go:57)	MOVQ	AX, 8(SP)
	0x00ce 00206 (stack_growth_runtime_state.go:57)	CALL	runtime.morestack_noctxt(SB)
	0x00d3 00211 (stack_growth_runtime_state.go:57)	PCDATA	$0, $-1
	0x00d3 00211 (stack_growth_runtime_state.go:57)	MOVQ	8(SP), AX
	0x00d8 00216 (stack_growth_runtime_state.go:57)	JMP	0
	0x0000 4c 8d a4 24 a0 fc ff ff 4d 3b 66 10 0f 86 b7 00  L..$....M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec d8 03 00 00 48 8d 4c  ..UH..H......H.L
	0x0020 24 10 ba 0f 00 00 00 44 0f 11 39 44 0f 11 79 10  $......D..9D..y.
	0x0030 44 0f 11 79 20 44 0f 11 79 30 48 83 c1 40 66 90  D..y D..y0H..@f.
	0x0040 ff ca 75 e3 48 89 c1 48 c1 f8 3f 48 89 c2 48 b8  ..u.H..H..?H..H.
	0x0050 89 88 88 88 88 88 88 88 48 89 d3 48 f7 e9 48 01  ........H..H..H.
	0x0060 ca 48 c1 fa 06 48 29 da 48 6b d2 78 48 89 c8 48  .H...H).Hk.xH..H
	0x0070 29 d1 48 83 f9 78 73 46 48 89 44 cc 10 0f 1f 00  ).H..xsFH.D.....
	0x0080 48 85 c0 74 26 48 89 8c 24 d0 03 00 00 48 ff c8  H..t&H..$....H..
	0x0090 e8 00 00 00 00 48 8b 8c 24 d0 03 00 00 48 03 44  .....H..$....H.D
	0x00a0 cc 10 48 81 c4 d8 03 00 00 5d c3 48 8d 05 00 00  ..H......].H....
	0x00b0 00 00 48 8d 1d 00 00 00 00 e8 00 00 00 00 b8 78  ..H............x
	0x00c0 00 00 00 e8 00 00 00 00 90 48 89 44 24 08 e8 00  .........H.D$...
	0x00d0 00 00 00 48 8b 44 24 08 e9 23 ff ff ff           ...H.D$..#...
	rel 3+0 t=R_USEIFACE type:string+0
	rel 145+4 t=R_CALL main.deepPanic+0
	rel 174+4 t=R_PCREL type:string+0
	rel 181+4 t=R_PCREL main..stmp_1+0
	rel 186+4 t=R_CALL runtime.gopanic+0
	rel 196+4 t=R_CALL runtime.panicBounds+0
	rel 207+4 t=R_CALL runtime.morestack_noctxt+0
main.recoverThenMore STEXT size=197 align=0x0 args=0x0 locals=0x70 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:70)	TEXT	main.recoverThenMore(SB), ABIInternal, $112-0
	0x0000 00000 (stack_growth_runtime_state.go:70)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_growth_runtime_state.go:70)	PCDATA	$0, $-2
	0x0004 00004 (stack_growth_runtime_state.go:70)	JLS	182
	0x000a 00010 (stack_growth_runtime_state.go:70)	PCDATA	$0, $-1
	0x000a 00010 (stack_growth_runtime_state.go:70)	PUSHQ	BP
	0x000b 00011 (stack_growth_runtime_state.go:70)	MOVQ	SP, BP
	0x000e 00014 (stack_growth_runtime_state.go:70)	SUBQ	$104, SP
	0x0012 00018 (stack_growth_runtime_state.go:70)	MOVUPS	X15, 80(SP)
	0x0018 00024 (stack_growth_runtime_state.go:70)	MOVQ	X15, 96(SP)
	0x001f 00031 (stack_growth_runtime_state.go:70)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x001f 00031 (stack_growth_runtime_state.go:70)	FUNCDATA	$1, gclocals·iw51U0ZMTsfKROrwoY8s8Q==(SB)
	0x001f 00031 (stack_growth_runtime_state.go:70)	FUNCDATA	$2, main.recoverThenMore.stkobj(SB)
	0x001f 00031 (stack_growth_runtime_state.go:70)	FUNCDATA	$4, main.recoverThenMore.opendefer(SB)
	0x001f 00031 (stack_growth_runtime_state.go:70)	MOVB	$0, main..autotmp_7+23(SP)
	0x0024 00036 (stack_growth_runtime_state.go:70)	MOVQ	$0, main.r+24(SP)
	0x002d 00045 (stack_growth_runtime_state.go:71)	LEAQ	main.recoverThenMore.func1(SB), CX
	0x0034 00052 (stack_growth_runtime_state.go:71)	MOVQ	CX, main..autotmp_2+64(SP)
	0x0039 00057 (stack_growth_runtime_state.go:71)	LEAQ	main.r+24(SP), CX
	0x003e 00062 (stack_growth_runtime_state.go:71)	MOVQ	CX, main..autotmp_2+72(SP)
	0x0043 00067 (stack_growth_runtime_state.go:71)	LEAQ	main..autotmp_2+64(SP), DX
	0x0048 00072 (stack_growth_runtime_state.go:71)	MOVQ	DX, main..autotmp_8+80(SP)
	0x004d 00077 (stack_growth_runtime_state.go:71)	MOVB	$1, main..autotmp_7+23(SP)
	0x0052 00082 (stack_growth_runtime_state.go:72)	LEAQ	main.recoverThenMore.func2(SB), DX
	0x0059 00089 (stack_growth_runtime_state.go:72)	MOVQ	DX, main..autotmp_4+48(SP)
	0x005e 00094 (stack_growth_runtime_state.go:72)	MOVQ	CX, main..autotmp_4+56(SP)
	0x0063 00099 (stack_growth_runtime_state.go:72)	LEAQ	main..autotmp_4+48(SP), DX
	0x0068 00104 (stack_growth_runtime_state.go:72)	MOVQ	DX, main..autotmp_9+88(SP)
	0x006d 00109 (stack_growth_runtime_state.go:72)	MOVB	$3, main..autotmp_7+23(SP)
	0x0072 00114 (stack_growth_runtime_state.go:73)	LEAQ	main.recoverThenMore.func3(SB), DX
	0x0079 00121 (stack_growth_runtime_state.go:73)	MOVQ	DX, main..autotmp_6+32(SP)
	0x007e 00126 (stack_growth_runtime_state.go:73)	MOVQ	CX, main..autotmp_6+40(SP)
	0x0083 00131 (stack_growth_runtime_state.go:73)	LEAQ	main..autotmp_6+32(SP), CX
	0x0088 00136 (stack_growth_runtime_state.go:73)	MOVQ	CX, main..autotmp_10+96(SP)
	0x008d 00141 (stack_growth_runtime_state.go:73)	MOVB	$7, main..autotmp_7+23(SP)
	0x0092 00146 (stack_growth_runtime_state.go:77)	LEAQ	type:string(SB), AX
	0x0099 00153 (stack_growth_runtime_state.go:77)	LEAQ	main..stmp_2(SB), BX
	0x00a0 00160 (stack_growth_runtime_state.go:77)	PCDATA	$1, $1
	0x00a0 00160 (stack_growth_runtime_state.go:77)	CALL	runtime.gopanic(SB)
	0x00a5 00165 (stack_growth_runtime_state.go:77)	XCHGL	AX, AX
	0x00a6 00166 (stack_growth_runtime_state.go:77)	CALL	runtime.deferreturn(SB)
	0x00ab 00171 (stack_growth_runtime_state.go:77)	MOVQ	main.r+24(SP), AX
	0x00b0 00176 (stack_growth_runtime_state.go:77)	ADDQ	$104, SP
	0x00b4 00180 (stack_growth_runtime_state.go:77)	POPQ	BP
	0x00b5 00181 (stack_growth_runtime_state.go:77)	RET
	0x00b6 00182 (stack_growth_runtime_state.go:77)	NOP
	0x00b6 00182 (stack_growth_runtime_state.go:70)	PCDATA	$1, $-1
	0x00b6 00182 (stack_growth_runtime_state.go:70)	PCDATA	$0, $-2
	0x00b6 00182 (stack_growth_runtime_state.go:70)	CALL	runtime.morestack_noctxt(SB)
	0x00bb 00187 (stack_growth_runtime_state.go:70)	PCDATA	$0, $-1
	0x00bb 00187 (stack_growth_runtime_state.go:70)	NOP
	0x00c0 00192 (stack_growth_runtime_state.go:70)	JMP	0
	0x0000 49 3b 66 10 0f 86 ac 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 68 44 0f 11 7c 24 50 66 44 0f d6 7c 24 60 c6  .hD..|$PfD..|$`.
	0x0020 44 24 17 00 48 c7 44 24 18 00 00 00 00 48 8d 0d  D$..H.D$.....H..
	0x0030 00 00 00 00 48 89 4c 24 40 48 8d 4c 24 18 48 89  ....H.L$@H.L$.H.
	0x0040 4c 24 48 48 8d 54 24 40 48 89 54 24 50 c6 44 24  L$HH.T$@H.T$P.D$
	0x0050 17 01 48 8d 15 00 00 00 00 48 89 54 24 30 48 89  ..H......H.T$0H.
	0x0060 4c 24 38 48 8d 54 24 30 48 89 54 24 58 c6 44 24  L$8H.T$0H.T$X.D$
	0x0070 17 03 48 8d 15 00 00 00 00 48 89 54 24 20 48 89  ..H......H.T$ H.
	0x0080 4c 24 28 48 8d 4c 24 20 48 89 4c 24 60 c6 44 24  L$(H.L$ H.L$`.D$
	0x0090 17 07 48 8d 05 00 00 00 00 48 8d 1d 00 00 00 00  ..H......H......
	0x00a0 e8 00 00 00 00 90 e8 00 00 00 00 48 8b 44 24 18  ...........H.D$.
	0x00b0 48 83 c4 68 5d c3 e8 00 00 00 00 0f 1f 44 00 00  H..h]........D..
	0x00c0 e9 3b ff ff ff                                   .;...
	rel 3+0 t=R_USEIFACE type:string+0
	rel 48+4 t=R_PCREL main.recoverThenMore.func1+0
	rel 85+4 t=R_PCREL main.recoverThenMore.func2+0
	rel 117+4 t=R_PCREL main.recoverThenMore.func3+0
	rel 149+4 t=R_PCREL type:string+0
	rel 156+4 t=R_PCREL main..stmp_2+0
	rel 161+4 t=R_CALL runtime.gopanic+0
	rel 167+4 t=R_CALL runtime.deferreturn+0
	rel 183+4 t=R_CALL runtime.morestack_noctxt+0
main.recoverThenMore.func3 STEXT size=47 align=0x0 args=0x0 locals=0x10 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:73)	TEXT	main.recoverThenMore.func3(SB), NEEDCTXT|ABIInternal, $16-0
	0x0000 00000 (stack_growth_runtime_state.go:73)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_growth_runtime_state.go:73)	PCDATA	$0, $-2
	0x0004 00004 (stack_growth_runtime_state.go:73)	JLS	40
	0x0006 00006 (stack_growth_runtime_state.go:73)	PCDATA	$0, $-1
	0x0006 00006 (stack_growth_runtime_state.go:73)	PUSHQ	BP
	0x0007 00007 (stack_growth_runtime_state.go:73)	MOVQ	SP, BP
	0x000a 00010 (stack_growth_runtime_state.go:73)	SUBQ	$8, SP
	0x000e 00014 (stack_growth_runtime_state.go:73)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (stack_growth_runtime_state.go:73)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (stack_growth_runtime_state.go:73)	MOVQ	8(DX), AX
	0x0012 00018 (stack_growth_runtime_state.go:73)	MOVQ	AX, main.&r(SP)
	0x0016 00022 (stack_growth_runtime_state.go:74)	PCDATA	$1, $1
	0x0016 00022 (stack_growth_runtime_state.go:74)	CALL	runtime.gorecover(SB)
	0x001b 00027 (stack_growth_runtime_state.go:75)	MOVQ	main.&r(SP), AX
	0x001f 00031 (stack_growth_runtime_state.go:75)	INCQ	(AX)
	0x0022 00034 (stack_growth_runtime_state.go:76)	ADDQ	$8, SP
	0x0026 00038 (stack_growth_runtime_state.go:76)	POPQ	BP
	0x0027 00039 (stack_growth_runtime_state.go:76)	RET
	0x0028 00040 (stack_growth_runtime_state.go:76)	NOP
	0x0028 00040 (stack_growth_runtime_state.go:73)	PCDATA	$1, $-1
	0x0028 00040 (stack_growth_runtime_state.go:73)	PCDATA	$0, $-2
	0x0028 00040 (stack_growth_runtime_state.go:73)	CALL	runtime.morestack(SB)
	0x002d 00045 (stack_growth_runtime_state.go:73)	PCDATA	$0, $-1
	0x002d 00045 (stack_growth_runtime_state.go:73)	JMP	0
	0x0000 49 3b 66 10 76 22 55 48 89 e5 48 83 ec 08 48 8b  I;f.v"UH..H...H.
	0x0010 42 08 48 89 04 24 e8 00 00 00 00 48 8b 04 24 48  B.H..$.....H..$H
	0x0020 ff 00 48 83 c4 08 5d c3 e8 00 00 00 00 eb d1     ..H...]........
	rel 23+4 t=R_CALL runtime.gorecover+0
	rel 41+4 t=R_CALL runtime.morestack+0
main.recoverThenMore.func2 STEXT size=59 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:72)	TEXT	main.recoverThenMore.func2(SB), NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (stack_growth_runtime_state.go:72)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_growth_runtime_state.go:72)	PCDATA	$0, $-2
	0x0004 00004 (stack_growth_runtime_state.go:72)	JLS	52
	0x0006 00006 (stack_growth_runtime_state.go:72)	PCDATA	$0, $-1
	0x0006 00006 (stack_growth_runtime_state.go:72)	PUSHQ	BP
	0x0007 00007 (stack_growth_runtime_state.go:72)	MOVQ	SP, BP
	0x000a 00010 (stack_growth_runtime_state.go:72)	SUBQ	$16, SP
	0x000e 00014 (stack_growth_runtime_state.go:72)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (stack_growth_runtime_state.go:72)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (stack_growth_runtime_state.go:72)	MOVQ	8(DX), CX
	0x0012 00018 (stack_growth_runtime_state.go:72)	MOVQ	CX, main.&r+8(SP)
	0x0017 00023 (stack_growth_runtime_state.go:72)	MOVL	$30000, AX
	0x001c 00028 (stack_growth_runtime_state.go:72)	PCDATA	$1, $1
	0x001c 00028 (stack_growth_runtime_state.go:72)	NOP
	0x0020 00032 (stack_growth_runtime_state.go:72)	CALL	main.grow(SB)
	0x0025 00037 (stack_growth_runtime_state.go:72)	MOVQ	main.&r+8(SP), CX
	0x002a 00042 (stack_growth_runtime_state.go:72)	ADDQ	$10, (CX)
	0x002e 00046 (stack_growth_runtime_state.go:72)	ADDQ	$16, SP
	0x0032 00050 (stack_growth_runtime_state.go:72)	POPQ	BP
	0x0033 00051 (stack_growth_runtime_state.go:72)	RET
	0x0034 00052 (stack_growth_runtime_state.go:72)	NOP
	0x0034 00052 (stack_growth_runtime_state.go:72)	PCDATA	$1, $-1
	0x0034 00052 (stack_growth_runtime_state.go:72)	PCDATA	$0, $-2
	0x0034 00052 (stack_growth_runtime_state.go:72)	CALL	runtime.morestack(SB)
	0x0039 00057 (stack_growth_runtime_state.go:72)	PCDATA	$0, $-1
	0x0039 00057 (stack_growth_runtime_state.go:72)	JMP	0
	0x0000 49 3b 66 10 76 2e 55 48 89 e5 48 83 ec 10 48 8b  I;f.v.UH..H...H.
	0x0010 4a 08 48 89 4c 24 08 b8 30 75 00 00 0f 1f 40 00  J.H.L$..0u....@.
	0x0020 e8 00 00 00 00 48 8b 4c 24 08 48 83 01 0a 48 83  .....H.L$.H...H.
	0x0030 c4 10 5d c3 e8 00 00 00 00 eb c5                 ..]........
	rel 33+4 t=R_CALL main.grow+0
	rel 53+4 t=R_CALL runtime.morestack+0
main.recoverThenMore.func1 STEXT nosplit size=12 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:71)	TEXT	main.recoverThenMore.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (stack_growth_runtime_state.go:71)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (stack_growth_runtime_state.go:71)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (stack_growth_runtime_state.go:71)	MOVQ	8(DX), AX
	0x0004 00004 (stack_growth_runtime_state.go:71)	ADDQ	$1000, (AX)
	0x000b 00011 (stack_growth_runtime_state.go:71)	RET
	0x0000 48 8b 42 08 48 81 00 e8 03 00 00 c3              H.B.H.......
main.deepError.Error STEXT size=77 align=0x0 args=0x8 locals=0x10 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:83)	TEXT	main.deepError.Error(SB), ABIInternal, $16-8
	0x0000 00000 (stack_growth_runtime_state.go:83)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_growth_runtime_state.go:83)	PCDATA	$0, $-2
	0x0004 00004 (stack_growth_runtime_state.go:83)	JLS	60
	0x0006 00006 (stack_growth_runtime_state.go:83)	PCDATA	$0, $-1
	0x0006 00006 (stack_growth_runtime_state.go:83)	PUSHQ	BP
	0x0007 00007 (stack_growth_runtime_state.go:83)	MOVQ	SP, BP
	0x000a 00010 (stack_growth_runtime_state.go:83)	SUBQ	$8, SP
	0x000e 00014 (stack_growth_runtime_state.go:83)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (stack_growth_runtime_state.go:83)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (stack_growth_runtime_state.go:83)	FUNCDATA	$5, main.deepError.Error.arginfo1(SB)
	0x000e 00014 (stack_growth_runtime_state.go:83)	FUNCDATA	$6, main.deepError.Error.argliveinfo(SB)
	0x000e 00014 (stack_growth_runtime_state.go:83)	PCDATA	$3, $1
	0x000e 00014 (stack_growth_runtime_state.go:84)	PCDATA	$1, $0
	0x000e 00014 (stack_growth_runtime_state.go:84)	CALL	main.grow(SB)
	0x0013 00019 (stack_growth_runtime_state.go:84)	TESTQ	AX, AX
	0x0016 00022 (stack_growth_runtime_state.go:84)	JNE	42
	0x0018 00024 (stack_growth_runtime_state.go:85)	LEAQ	go:string."deep error, even"(SB), AX
	0x001f 00031 (stack_growth_runtime_state.go:85)	MOVL	$16, BX
	0x0024 00036 (stack_growth_runtime_state.go:85)	ADDQ	$8, SP
	0x0028 00040 (stack_growth_runtime_state.go:85)	POPQ	BP
	0x0029 00041 (stack_growth_runtime_state.go:85)	RET
	0x002a 00042 (stack_growth_runtime_state.go:87)	LEAQ	go:string."deep error, odd"(SB), AX
	0x0031 00049 (stack_growth_runtime_state.go:87)	MOVL	$15, BX
	0x0036 00054 (stack_growth_runtime_state.go:87)	ADDQ	$8, SP
	0x003a 00058 (stack_growth_runtime_state.go:87)	POPQ	BP
	0x003b 00059 (stack_growth_runtime_state.go:87)	RET
	0x003c 00060 (stack_growth_runtime_state.go:87)	NOP
	0x003c 00060 (stack_growth_runtime_state.go:83)	PCDATA	$1, $-1
	0x003c 00060 (stack_growth_runtime_state.go:83)	PCDATA	$0, $-2
	0x003c 00060 (stack_growth_runtime_state.go:83)	MOVQ	AX, 8(SP)
	0x0041 00065 (stack_growth_runtime_state.go:83)	CALL	runtime.morestack_noctxt(SB)
	0x0046 00070 (stack_growth_runtime_state.go:83)	PCDATA	$0, $-1
	0x0046 00070 (stack_growth_runtime_state.go:83)	MOVQ	8(SP), AX
	0x004b 00075 (stack_growth_runtime_state.go:83)	JMP	0
	0x0000 49 3b 66 10 76 36 55 48 89 e5 48 83 ec 08 e8 00  I;f.v6UH..H.....
	0x0010 00 00 00 48 85 c0 75 12 48 8d 05 00 00 00 00 bb  ...H..u.H.......
	0x0020 10 00 00 00 48 83 c4 08 5d c3 48 8d 05 00 00 00  ....H...].H.....
	0x0030 00 bb 0f 00 00 00 48 83 c4 08 5d c3 48 89 44 24  ......H...].H.D$
	0x0040 08 e8 00 00 00 00 48 8b 44 24 08 eb b3           ......H.D$...
	rel 15+4 t=R_CALL main.grow+0
	rel 27+4 t=R_PCREL go:string."deep error, even"+0
	rel 45+4 t=R_PCREL go:string."deep error, odd"+0
	rel 66+4 t=R_CALL runtime.morestack_noctxt+0
main.catchDeep STEXT size=87 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:91)	TEXT	main.catchDeep(SB), ABIInternal, $32-0
	0x0000 00000 (stack_growth_runtime_state.go:91)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_growth_runtime_state.go:91)	PCDATA	$0, $-2
	0x0004 00004 (stack_growth_runtime_state.go:91)	JLS	80
	0x0006 00006 (stack_growth_runtime_state.go:91)	PCDATA	$0, $-1
	0x0006 00006 (stack_growth_runtime_state.go:91)	PUSHQ	BP
	0x0007 00007 (stack_growth_runtime_state.go:91)	MOVQ	SP, BP
	0x000a 00010 (stack_growth_runtime_state.go:91)	SUBQ	$24, SP
	0x000e 00014 (stack_growth_runtime_state.go:91)	MOVQ	X15, 16(SP)
	0x0015 00021 (stack_growth_runtime_state.go:91)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0015 00021 (stack_growth_runtime_state.go:91)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0015 00021 (stack_growth_runtime_state.go:91)	FUNCDATA	$4, main.catchDeep.opendefer(SB)
	0x0015 00021 (stack_growth_runtime_state.go:91)	MOVB	$0, main..autotmp_0+15(SP)
	0x001a 00026 (stack_growth_runtime_state.go:92)	LEAQ	main.catchDeep.func1·f(SB), CX
	0x0021 00033 (stack_growth_runtime_state.go:92)	MOVQ	CX, main..autotmp_1+16(SP)
	0x0026 00038 (stack_growth_runtime_state.go:92)	MOVB	$1, main..autotmp_0+15(SP)
	0x002b 00043 (stack_growth_runtime_state.go:93)	MOVL	$900, AX
	0x0030 00048 (stack_growth_runtime_state.go:93)	PCDATA	$1, $1
	0x0030 00048 (stack_growth_runtime_state.go:93)	CALL	main.deepPanic(SB)
	0x0035 00053 (stack_growth_runtime_state.go:94)	MOVB	$0, main..autotmp_0+15(SP)
	0x003a 00058 (stack_growth_runtime_state.go:94)	CALL	main.catchDeep.func1(SB)
	0x003f 00063 (stack_growth_runtime_state.go:94)	ADDQ	$24, SP
	0x0043 00067 (stack_growth_runtime_state.go:94)	POPQ	BP
	0x0044 00068 (stack_growth_runtime_state.go:94)	RET
	0x0045 00069 (stack_growth_runtime_state.go:94)	CALL	runtime.deferreturn(SB)
	0x004a 00074 (stack_growth_runtime_state.go:94)	ADDQ	$24, SP
	0x004e 00078 (stack_growth_runtime_state.go:94)	POPQ	BP
	0x004f 00079 (stack_growth_runtime_state.go:94)	RET
	0x0050 00080 (stack_growth_runtime_state.go:94)	NOP
	0x0050 00080 (stack_growth_runtime_state.go:91)	PCDATA	$1, $-1
	0x0050 00080 (stack_growth_runtime_state.go:91)	PCDATA	$0, $-2
	0x0050 00080 (stack_growth_runtime_state.go:91)	CALL	runtime.morestack_noctxt(SB)
	0x0055 00085 (stack_growth_runtime_state.go:91)	PCDATA	$0, $-1
	0x0055 00085 (stack_growth_runtime_state.go:91)	JMP	0
	0x0000 49 3b 66 10 76 4a 55 48 89 e5 48 83 ec 18 66 44  I;f.vJUH..H...fD
	0x0010 0f d6 7c 24 10 c6 44 24 0f 00 48 8d 0d 00 00 00  ..|$..D$..H.....
	0x0020 00 48 89 4c 24 10 c6 44 24 0f 01 b8 84 03 00 00  .H.L$..D$.......
	0x0030 e8 00 00 00 00 c6 44 24 0f 00 e8 00 00 00 00 48  ......D$.......H
	0x0040 83 c4 18 5d c3 e8 00 00 00 00 48 83 c4 18 5d c3  ...]......H...].
	0x0050 e8 00 00 00 00 eb a9                             .......
	rel 29+4 t=R_PCREL main.catchDeep.func1·f+0
	rel 49+4 t=R_CALL main.deepPanic+0
	rel 59+4 t=R_CALL main.catchDeep.func1+0
	rel 70+4 t=R_CALL runtime.deferreturn+0
	rel 81+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=357 align=0x0 args=0x0 locals=0x50 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:96)	TEXT	main.main(SB), ABIInternal, $80-0
	0x0000 00000 (stack_growth_runtime_state.go:96)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_growth_runtime_state.go:96)	PCDATA	$0, $-2
	0x0004 00004 (stack_growth_runtime_state.go:96)	JLS	343
	0x000a 00010 (stack_growth_runtime_state.go:96)	PCDATA	$0, $-1
	0x000a 00010 (stack_growth_runtime_state.go:96)	PUSHQ	BP
	0x000b 00011 (stack_growth_runtime_state.go:96)	MOVQ	SP, BP
	0x000e 00014 (stack_growth_runtime_state.go:96)	SUBQ	$72, SP
	0x0012 00018 (stack_growth_runtime_state.go:96)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (stack_growth_runtime_state.go:96)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0012 00018 (stack_growth_runtime_state.go:97)	MOVL	$24, AX
	0x0017 00023 (stack_growth_runtime_state.go:97)	LEAQ	type:[]int(SB), BX
	0x001e 00030 (stack_growth_runtime_state.go:97)	MOVL	$1, CX
	0x0023 00035 (stack_growth_runtime_state.go:97)	PCDATA	$1, $0
	0x0023 00035 (stack_growth_runtime_state.go:97)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
	0x0028 00040 (stack_growth_runtime_state.go:97)	MOVQ	AX, main.&log+64(SP)
	0x002d 00045 (stack_growth_runtime_state.go:98)	MOVQ	AX, BX
	0x0030 00048 (stack_growth_runtime_state.go:98)	MOVL	$5, AX
	0x0035 00053 (stack_growth_runtime_state.go:98)	PCDATA	$1, $1
	0x0035 00053 (stack_growth_runtime_state.go:98)	CALL	main.deferLoop(SB)
	0x003a 00058 (stack_growth_runtime_state.go:99)	MOVQ	main.&log+64(SP), DX
	0x003f 00063 (stack_growth_runtime_state.go:99)	MOVQ	8(DX), SI
	0x0043 00067 (stack_growth_runtime_state.go:99)	TESTQ	SI, SI
	0x0046 00070 (stack_growth_runtime_state.go:99)	JLS	337
	0x004c 00076 (stack_growth_runtime_state.go:99)	CMPQ	SI, $1
	0x0050 00080 (stack_growth_runtime_state.go:99)	JLS	332
	0x0056 00086 (stack_growth_runtime_state.go:99)	MOVQ	SI, main..autotmp_7+48(SP)
	0x005b 00091 (stack_growth_runtime_state.go:99)	MOVQ	(DX), AX
	0x005e 00094 (stack_growth_runtime_state.go:99)	MOVQ	(AX), CX
	0x0061 00097 (stack_growth_runtime_state.go:99)	MOVQ	CX, main..autotmp_8+40(SP)
	0x0066 00102 (stack_growth_runtime_state.go:99)	MOVQ	8(AX), CX
	0x006a 00106 (stack_growth_runtime_state.go:99)	MOVQ	CX, main..autotmp_9+32(SP)
	0x006f 00111 (stack_growth_runtime_state.go:99)	MOVQ	-8(AX)(SI*8), AX
	0x0074 00116 (stack_growth_runtime_state.go:99)	MOVQ	AX, main..autotmp_10+56(SP)
	0x0079 00121 (stack_growth_runtime_state.go:99)	PCDATA	$1, $0
	0x0079 00121 (stack_growth_runtime_state.go:99)	CALL	runtime.printlock(SB)
	0x007e 00126 (stack_growth_runtime_state.go:99)	MOVQ	main..autotmp_7+48(SP), AX
	0x0083 00131 (stack_growth_runtime_state.go:99)	CALL	runtime.printint(SB)
	0x0088 00136 (stack_growth_runtime_state.go:99)	CALL	runtime.printsp(SB)
	0x008d 00141 (stack_growth_runtime_state.go:99)	MOVQ	main..autotmp_8+40(SP), AX
	0x0092 00146 (stack_growth_runtime_state.go:99)	CALL	runtime.printint(SB)
	0x0097 00151 (stack_growth_runtime_state.go:99)	CALL	runtime.printsp(SB)
	0x009c 00156 (stack_growth_runtime_state.go:99)	MOVQ	main..autotmp_9+32(SP), AX
	0x00a1 00161 (stack_growth_runtime_state.go:99)	CALL	runtime.printint(SB)
	0x00a6 00166 (stack_growth_runtime_state.go:99)	CALL	runtime.printsp(SB)
	0x00ab 00171 (stack_growth_runtime_state.go:99)	MOVQ	main..autotmp_10+56(SP), AX
	0x00b0 00176 (stack_growth_runtime_state.go:99)	CALL	runtime.printint(SB)
	0x00b5 00181 (stack_growth_runtime_state.go:99)	CALL	runtime.printnl(SB)
	0x00ba 00186 (stack_growth_runtime_state.go:99)	CALL	runtime.printunlock(SB)
	0x00bf 00191 (stack_growth_runtime_state.go:99)	NOP
	0x00c0 00192 (stack_growth_runtime_state.go:100)	CALL	main.twoDefers(SB)
	0x00c5 00197 (stack_growth_runtime_state.go:100)	MOVQ	AX, main..autotmp_7+48(SP)
	0x00ca 00202 (stack_growth_runtime_state.go:100)	CALL	runtime.printlock(SB)
	0x00cf 00207 (stack_growth_runtime_state.go:100)	MOVQ	main..autotmp_7+48(SP), AX
	0x00d4 00212 (stack_growth_runtime_state.go:100)	CALL	runtime.printint(SB)
	0x00d9 00217 (stack_growth_runtime_state.go:100)	CALL	runtime.printnl(SB)
	0x00de 00222 (stack_growth_runtime_state.go:100)	NOP
	0x00e0 00224 (stack_growth_runtime_state.go:100)	CALL	runtime.printunlock(SB)
	0x00e5 00229 (stack_growth_runtime_state.go:101)	MOVL	$3, AX
	0x00ea 00234 (stack_growth_runtime_state.go:101)	CALL	main.recoverAfterGrowth(SB)
	0x00ef 00239 (stack_growth_runtime_state.go:101)	MOVQ	AX, main..autotmp_7+48(SP)
	0x00f4 00244 (stack_growth_runtime_state.go:101)	CALL	runtime.printlock(SB)
	0x00f9 00249 (stack_growth_runtime_state.go:101)	MOVQ	main..autotmp_7+48(SP), AX
	0x00fe 00254 (stack_growth_runtime_state.go:101)	NOP
	0x0100 00256 (stack_growth_runtime_state.go:101)	CALL	runtime.printint(SB)
	0x0105 00261 (stack_growth_runtime_state.go:101)	CALL	runtime.printnl(SB)
	0x010a 00266 (stack_growth_runtime_state.go:101)	CALL	runtime.printunlock(SB)
	0x010f 00271 (stack_growth_runtime_state.go:102)	CALL	main.catchDeep(SB)
	0x0114 00276 (stack_growth_runtime_state.go:103)	CALL	main.recoverThenMore(SB)
	0x0119 00281 (stack_growth_runtime_state.go:103)	MOVQ	AX, main..autotmp_7+48(SP)
	0x011e 00286 (stack_growth_runtime_state.go:103)	NOP
	0x0120 00288 (stack_growth_runtime_state.go:103)	CALL	runtime.printlock(SB)
	0x0125 00293 (stack_growth_runtime_state.go:103)	MOVQ	main..autotmp_7+48(SP), AX
	0x012a 00298 (stack_growth_runtime_state.go:103)	CALL	runtime.printint(SB)
	0x012f 00303 (stack_growth_runtime_state.go:103)	CALL	runtime.printnl(SB)
	0x0134 00308 (stack_growth_runtime_state.go:103)	CALL	runtime.printunlock(SB)
	0x0139 00313 (stack_growth_runtime_state.go:104)	LEAQ	type:main.deepError(SB), AX
	0x0140 00320 (stack_growth_runtime_state.go:104)	LEAQ	main..stmp_3(SB), BX
	0x0147 00327 (stack_growth_runtime_state.go:104)	CALL	runtime.gopanic(SB)
	0x014c 00332 (stack_growth_runtime_state.go:99)	PCDATA	$4, $1188
	0x014c 00332 (stack_growth_runtime_state.go:99)	CALL	runtime.panicBounds(SB)
	0x0151 00337 (stack_growth_runtime_state.go:99)	PCDATA	$4, $0
	0x0151 00337 (stack_growth_runtime_state.go:99)	CALL	runtime.panicBounds(SB)
	0x0156 00342 (stack_growth_runtime_state.go:99)	XCHGL	AX, AX
	0x0157 00343 (stack_growth_runtime_state.go:99)	NOP
	0x0157 00343 (stack_growth_runtime_state.go:96)	PCDATA	$1, $-1
	0x0157 00343 (stack_growth_runtime_state.go:96)	PCDATA	$0, $-2
	0x0157 00343 (stack_growth_runtime_state.go:96)	CALL	runtime.morestack_noctxt(SB)
	0x015c 00348 (stack_growth_runtime_state.go:96)	PCDATA	$0, $-1
	0x015c 00348 (stack_growth_runtime_state.go:96)	NOP
	0x0160 00352 (stack_growth_runtime_state.go:96)	JMP	0
	0x0000 49 3b 66 10 0f 86 4d 01 00 00 55 48 89 e5 48 83  I;f...M...UH..H.
	0x0010 ec 48 b8 18 00 00 00 48 8d 1d 00 00 00 00 b9 01  .H.....H........
	0x0020 00 00 00 e8 00 00 00 00 48 89 44 24 40 48 89 c3  ........H.D$@H..
	0x0030 b8 05 00 00 00 e8 00 00 00 00 48 8b 54 24 40 48  ..........H.T$@H
	0x0040 8b 72 08 48 85 f6 0f 86 05 01 00 00 48 83 fe 01  .r.H........H...
	0x0050 0f 86 f6 00 00 00 48 89 74 24 30 48 8b 02 48 8b  ......H.t$0H..H.
	0x0060 08 48 89 4c 24 28 48 8b 48 08 48 89 4c 24 20 48  .H.L$(H.H.H.L$ H
	0x0070 8b 44 f0 f8 48 89 44 24 38 e8 00 00 00 00 48 8b  .D..H.D$8.....H.
	0x0080 44 24 30 e8 00 00 00 00 e8 00 00 00 00 48 8b 44  D$0..........H.D
	0x0090 24 28 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24  $(..........H.D$
	0x00a0 20 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 38   ..........H.D$8
	0x00b0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 90  ................
	0x00c0 e8 00 00 00 00 48 89 44 24 30 e8 00 00 00 00 48  .....H.D$0.....H
	0x00d0 8b 44 24 30 e8 00 00 00 00 e8 00 00 00 00 66 90  .D$0..........f.
	0x00e0 e8 00 00 00 00 b8 03 00 00 00 e8 00 00 00 00 48  ...............H
	0x00f0 89 44 24 30 e8 00 00 00 00 48 8b 44 24 30 66 90  .D$0.....H.D$0f.
	0x0100 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x0110 00 00 00 00 e8 00 00 00 00 48 89 44 24 30 66 90  .........H.D$0f.
	0x0120 e8 00 00 00 00 48 8b 44 24 30 e8 00 00 00 00 e8  .....H.D$0......
	0x0130 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00  .........H......
	0x0140 48 8d 1d 00 00 00 00 e8 00 00 00 00 e8 00 00 00  H...............
	0x0150 00 e8 00 00 00 00 90 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x0160 e9 9b fe ff ff                                   .....
	rel 3+0 t=R_USEIFACE type:main.deepError+0
	rel 26+4 t=R_PCREL type:[]int+0
	rel 36+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC3+0
	rel 54+4 t=R_CALL main.deferLoop+0
	rel 122+4 t=R_CALL runtime.printlock+0
	rel 132+4 t=R_CALL runtime.printint+0
	rel 137+4 t=R_CALL runtime.printsp+0
	rel 147+4 t=R_CALL runtime.printint+0
	rel 152+4 t=R_CALL runtime.printsp+0
	rel 162+4 t=R_CALL runtime.printint+0
	rel 167+4 t=R_CALL runtime.printsp+0
	rel 177+4 t=R_CALL runtime.printint+0
	rel 182+4 t=R_CALL runtime.printnl+0
	rel 187+4 t=R_CALL runtime.printunlock+0
	rel 193+4 t=R_CALL main.twoDefers+0
	rel 203+4 t=R_CALL runtime.printlock+0
	rel 213+4 t=R_CALL runtime.printint+0
	rel 218+4 t=R_CALL runtime.printnl+0
	rel 225+4 t=R_CALL runtime.printunlock+0
	rel 235+4 t=R_CALL main.recoverAfterGrowth+0
	rel 245+4 t=R_CALL runtime.printlock+0
	rel 257+4 t=R_CALL runtime.printint+0
	rel 262+4 t=R_CALL runtime.printnl+0
	rel 267+4 t=R_CALL runtime.printunlock+0
	rel 272+4 t=R_CALL main.catchDeep+0
	rel 277+4 t=R_CALL main.recoverThenMore+0
	rel 289+4 t=R_CALL runtime.printlock+0
	rel 299+4 t=R_CALL runtime.printint+0
	rel 304+4 t=R_CALL runtime.printnl+0
	rel 309+4 t=R_CALL runtime.printunlock+0
	rel 316+4 t=R_PCREL type:main.deepError+0
	rel 323+4 t=R_PCREL main..stmp_3+0
	rel 328+4 t=R_CALL runtime.gopanic+0
	rel 333+4 t=R_CALL runtime.panicBounds+0
	rel 338+4 t=R_CALL runtime.panicBounds+0
	rel 344+4 t=R_CALL runtime.morestack_noctxt+0
main.catchDeep.func1 STEXT size=124 align=0x0 args=0x0 locals=0x30 funcid=0x0
	0x0000 00000 (stack_growth_runtime_state.go:92)	TEXT	main.catchDeep.func1(SB), ABIInternal, $48-0
	0x0000 00000 (stack_growth_runtime_state.go:92)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_growth_runtime_state.go:92)	PCDATA	$0, $-2
	0x0004 00004 (stack_growth_runtime_state.go:92)	JLS	117
	0x0006 00006 (stack_growth_runtime_state.go:92)	PCDATA	$0, $-1
	0x0006 00006 (stack_growth_runtime_state.go:92)	PUSHQ	BP
	0x0007 00007 (stack_growth_runtime_state.go:92)	MOVQ	SP, BP
	0x000a 00010 (stack_growth_runtime_state.go:92)	SUBQ	$40, SP
	0x000e 00014 (stack_growth_runtime_state.go:92)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (stack_growth_runtime_state.go:92)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (stack_growth_runtime_state.go:92)	PCDATA	$1, $0
	0x000e 00014 (stack_growth_runtime_state.go:92)	CALL	runtime.gorecover(SB)
	0x0013 00019 (stack_growth_runtime_state.go:92)	LEAQ	type:string(SB), CX
	0x001a 00026 (stack_growth_runtime_state.go:92)	CMPQ	AX, CX
	0x001d 00029 (stack_growth_runtime_state.go:92)	JNE	101
	0x001f 00031 (stack_growth_runtime_state.go:92)	MOVQ	(BX), AX
	0x0022 00034 (stack_growth_runtime_state.go:92)	MOVQ	AX, main..autotmp_2+32(SP)
	0x0027 00039 (stack_growth_runtime_state.go:92)	MOVQ	8(BX), AX
	0x002b 00043 (stack_growth_runtime_state.go:92)	MOVQ	AX, main..autotmp_3+24(SP)
	0x0030 00048 (stack_growth_runtime_state.go:92)	PCDATA	$1, $1
	0x0030 00048 (stack_growth_runtime_state.go:92)	CALL	runtime.printlock(SB)
	0x0035 00053 (stack_growth_runtime_state.go:92)	LEAQ	go:string."recovered "(SB), AX
	0x003c 00060 (stack_growth_runtime_state.go:92)	MOVL	$10, BX
	0x0041 00065 (stack_growth_runtime_state.go:92)	CALL	runtime.printstring(SB)
	0x0046 00070 (stack_growth_runtime_state.go:92)	MOVQ	main..autotmp_2+32(SP), AX
	0x004b 00075 (stack_growth_runtime_state.go:92)	MOVQ	main..autotmp_3+24(SP), BX
	0x0050 00080 (stack_growth_runtime_state.go:92)	PCDATA	$1, $0
	0x0050 00080 (stack_growth_runtime_state.go:92)	CALL	runtime.printstring(SB)
	0x0055 00085 (stack_growth_runtime_state.go:92)	CALL	runtime.printnl(SB)
	0x005a 00090 (stack_growth_runtime_state.go:92)	CALL	runtime.printunlock(SB)
	0x005f 00095 (stack_growth_runtime_state.go:92)	ADDQ	$40, SP
	0x0063 00099 (stack_growth_runtime_state.go:92)	POPQ	BP
	0x0064 00100 (stack_growth_runtime_state.go:92)	RET
	0x0065 00101 (stack_growth_runtime_state.go:92)	MOVQ	CX, BX
	0x0068 00104 (stack_growth_runtime_state.go:92)	LEAQ	type:interface {}(SB), CX
	0x006f 00111 (stack_growth_runtime_state.go:92)	CALL	runtime.panicdottypeE(SB)
	0x0074 00116 (stack_growth_runtime_state.go:92)	XCHGL	AX, AX
	0x0075 00117 (stack_growth_runtime_state.go:92)	NOP
	0x0075 00117 (stack_growth_runtime_state.go:92)	PCDATA	$1, $-1
	0x0075 00117 (stack_growth_runtime_state.go:92)	PCDATA	$0, $-2
	0x0075 00117 (stack_growth_runtime_state.go:92)	CALL	runtime.morestack_noctxt(SB)
	0x007a 00122 (stack_growth_runtime_state.go:92)	PCDATA	$0, $-1
	0x007a 00122 (stack_growth_runtime_state.go:92)	JMP	0
	0x0000 49 3b 66 10 76 6f 55 48 89 e5 48 83 ec 28 e8 00  I;f.voUH..H..(..
	0x0010 00 00 00 48 8d 0d 00 00 00 00 48 39 c8 75 46 48  ...H......H9.uFH
	0x0020 8b 03 48 89 44 24 20 48 8b 43 08 48 89 44 24 18  ..H.D$ H.C.H.D$.
	0x0030 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 0a 00 00  .....H..........
	0x0040 00 e8 00 00 00 00 48 8b 44 24 20 48 8b 5c 24 18  ......H.D$ H.\$.
	0x0050 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0060 83 c4 28 5d c3 48 89 cb 48 8d 0d 00 00 00 00 e8  ..(].H..H.......
	0x0070 00 00 00 00 90 e8 00 00 00 00 eb 84              ............
	rel 15+4 t=R_CALL runtime.gorecover+0
	rel 22+4 t=R_PCREL type:string+0
	rel 49+4 t=R_CALL runtime.printlock+0
	rel 56+4 t=R_PCREL go:string."recovered "+0
	rel 66+4 t=R_CALL runtime.printstring+0
	rel 81+4 t=R_CALL runtime.printstring+0
	rel 86+4 t=R_CALL runtime.printnl+0
	rel 91+4 t=R_CALL runtime.printunlock+0
	rel 107+4 t=R_PCREL type:interface {}+0
	rel 112+4 t=R_CALL runtime.panicdottypeE+0
	rel 118+4 t=R_CALL runtime.morestack_noctxt+0
main.(*deepError).Error STEXT dupok size=98 align=0x0 args=0x8 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*deepError).Error(SB), DUPOK|WRAPPER|ABIInternal, $16-8
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	80
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$8, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*deepError).Error.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*deepError).Error.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	TESTQ	AX, AX
	0x0011 00017 (<autogenerated>:1)	JEQ	74
	0x0013 00019 (<autogenerated>:1)	MOVQ	(AX), AX
	0x0016 00022 (<unknown line number>)	NOP
	0x0016 00022 (stack_growth_runtime_state.go:84)	PCDATA	$1, $1
	0x0016 00022 (stack_growth_runtime_state.go:84)	CALL	main.grow(SB)
	0x001b 00027 (stack_growth_runtime_state.go:84)	NOP
	0x0020 00032 (stack_growth_runtime_state.go:84)	TESTQ	AX, AX
	0x0023 00035 (stack_growth_runtime_state.go:84)	JNE	51
	0x0025 00037 (stack_growth_runtime_state.go:84)	MOVL	$16, AX
	0x002a 00042 (stack_growth_runtime_state.go:84)	LEAQ	go:string."deep error, even"(SB), CX
	0x0031 00049 (<autogenerated>:1)	JMP	63
	0x0033 00051 (<autogenerated>:1)	MOVL	$15, AX
	0x0038 00056 (<autogenerated>:1)	LEAQ	go:string."deep error, odd"(SB), CX
	0x003f 00063 (<autogenerated>:1)	MOVL	AX, BX
	0x0041 00065 (<autogenerated>:1)	MOVQ	CX, AX
	0x0044 00068 (<autogenerated>:1)	ADDQ	$8, SP
	0x0048 00072 (<autogenerated>:1)	POPQ	BP
	0x0049 00073 (<autogenerated>:1)	RET
	0x004a 00074 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x004f 00079 (<autogenerated>:1)	XCHGL	AX, AX
	0x0050 00080 (<autogenerated>:1)	NOP
	0x0050 00080 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0050 00080 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0050 00080 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0055 00085 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x005a 00090 (<autogenerated>:1)	PCDATA	$0, $-1
	0x005a 00090 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x005f 00095 (<autogenerated>:1)	NOP
	0x0060 00096 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 4a 55 48 89 e5 48 83 ec 08 48 85  I;f.vJUH..H...H.
	0x0010 c0 74 37 48 8b 00 e8 00 00 00 00 0f 1f 44 00 00  .t7H.........D..
	0x0020 48 85 c0 75 0e b8 10 00 00 00 48 8d 0d 00 00 00  H..u......H.....
	0x0030 00 eb 0c b8 0f 00 00 00 48 8d 0d 00 00 00 00 89  ........H.......
	0x0040 c3 48 89 c8 48 83 c4 08 5d c3 e8 00 00 00 00 90  .H..H...].......
	0x0050 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08 90  H.D$......H.D$..
	0x0060 eb 9e                                            ..
	rel 23+4 t=R_CALL main.grow+0
	rel 45+4 t=R_PCREL go:string."deep error, even"+0
	rel 59+4 t=R_PCREL go:string."deep error, odd"+0
	rel 75+4 t=R_CALL runtime.panicwrap+0
	rel 86+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.deepError.Error$abstract SDWARFABSFCN dupok size=34 align=0x0
	0x0000 05 6d 61 69 6e 2e 64 65 65 70 45 72 72 6f 72 2e  .main.deepError.
	0x0010 45 72 72 6f 72 00 01 53 01 22 65 00 00 00 00 00  Error..S."e.....
	0x0020 00 00                                            ..
	rel 29+4 t=R_DWARFSECREF go:info.main.deepError+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.deepError- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 6d 61 69 6e 2e 64 65 65 70 45 72 72 6f  ..*main.deepErro
	0x0010 72                                               r
type:.namedata.*func(*main.deepError) string- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 64 65  ..*func(*main.de
	0x0010 65 70 45 72 72 6f 72 29 20 73 74 72 69 6e 67     epError) string
type:*func(*main.deepError) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 82 6e ce 1e 28 08 08 16 00 00 00 00 00 00 00 00  .n..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.deepError) string-+0
	rel 48+8 t=R_ADDR type:func(*main.deepError) string+0
type:func(*main.deepError) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9f 8d bc ad 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.deepError) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.deepError) string+0
	rel 56+8 t=R_ADDR type:*main.deepError+0
	rel 64+8 t=R_ADDR type:string+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Error. SRODATA dupok size=7 align=0x1
	0x0000 01 05 45 72 72 6f 72                             ..Error
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
type:*main.deepError SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ef 50 e9 6e 29 08 08 16 00 00 00 00 00 00 00 00  .P.n)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.deepError-+0
	rel 48+8 t=R_ADDR type:main.deepError+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Error.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*deepError).Error+0
	rel 84+4 t=R_METHODOFF main.(*deepError).Error+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.depth- SRODATA dupok size=7 align=0x1
	0x0000 00 05 64 65 70 74 68                             ..depth
type:.namedata.*func(main.deepError) string- SRODATA dupok size=30 align=0x1
	0x0000 00 1c 2a 66 75 6e 63 28 6d 61 69 6e 2e 64 65 65  ..*func(main.dee
	0x0010 70 45 72 72 6f 72 29 20 73 74 72 69 6e 67        pError) string
type:*func(main.deepError) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c4 1f e4 d4 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.deepError) string-+0
	rel 48+8 t=R_ADDR type:func(main.deepError) string+0
type:func(main.deepError) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 27 01 e3 f5 22 08 08 13 00 00 00 00 00 00 00 00  '..."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.deepError) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.deepError) string+0
	rel 56+8 t=R_ADDR type:main.deepError+0
	rel 64+8 t=R_ADDR type:string+0
type:main.deepError SRODATA size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 88 6b ba e4 0f 08 08 19 00 00 00 00 00 00 00 00  .k..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 01 00 01 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.deepError-+0
	rel 44+4 t=R_ADDROFF type:*main.deepError+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.deepError+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.depth-+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+4 t=R_ADDROFF type:.namedata.Error.+0
	rel 124+4 t=R_METHODOFF type:func() string+0
	rel 128+4 t=R_METHODOFF main.(*deepError).Error+0
	rel 132+4 t=R_METHODOFF main.deepError.Error+0
go:string."boom" SRODATA dupok size=4 align=0x1
	0x0000 62 6f 6f 6d                                      boom
main..stmp_0 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."boom"+0
go:string."deep" SRODATA dupok size=4 align=0x1
	0x0000 64 65 65 70                                      deep
main..stmp_1 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."deep"+0
go:string."x" SRODATA dupok size=1 align=0x1
	0x0000 78                                               x
main..stmp_2 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."x"+0
go:string."deep error, even" SRODATA dupok size=16 align=0x1
	0x0000 64 65 65 70 20 65 72 72 6f 72 2c 20 65 76 65 6e  deep error, even
go:string."deep error, odd" SRODATA dupok size=15 align=0x1
	0x0000 64 65 65 70 20 65 72 72 6f 72 2c 20 6f 64 64     deep error, odd
main..stmp_3 SRODATA static size=8 align=0x8
	0x0000 31 75 00 00 00 00 00 00                          1u......
go:string."recovered" SRODATA dupok size=9 align=0x1
	0x0000 72 65 63 6f 76 65 72 65 64                       recovered
go:string."recovered " SRODATA dupok size=10 align=0x1
	0x0000 72 65 63 6f 76 65 72 65 64 20                    recovered 
type:.namedata.*[]int- SRODATA dupok size=8 align=0x1
	0x0000 00 06 2a 5b 5d 69 6e 74                          ..*[]int
type:*[]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 60 77 2d 8f 28 08 08 16 00 00 00 00 00 00 00 00  `w-.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]int-+0
	rel 48+8 t=R_ADDR type:[]int+0
type:.eqfunc.M960 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 c0 03 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*[120]int- SRODATA dupok size=11 align=0x1
	0x0000 00 09 2a 5b 31 32 30 5d 69 6e 74                 ..*[120]int
type:*[120]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 35 14 0f ca 28 08 08 16 00 00 00 00 00 00 00 00  5...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[120]int-+0
	rel 48+8 t=R_ADDR type:[120]int+0
type:[120]int SRODATA dupok size=72 align=0x8
	0x0000 c0 03 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 f2 b9 f8 d8 0a 08 08 11 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 78 00 00 00 00 00 00 00                          x.......
	rel 24+8 t=R_ADDR type:.eqfunc.M960+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[120]int-+0
	rel 44+4 t=RelocType(-32763) type:*[120]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
type:.eqfunc.M256 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*[32]int- SRODATA dupok size=10 align=0x1
	0x0000 00 08 2a 5b 33 32 5d 69 6e 74                    ..*[32]int
type:*[32]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 11 3a 7c a1 28 08 08 16 00 00 00 00 00 00 00 00  .:|.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[32]int-+0
	rel 48+8 t=R_ADDR type:[32]int+0
type:[32]int SRODATA dupok size=72 align=0x8
	0x0000 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 3b 05 c8 47 0a 08 08 11 00 00 00 00 00 00 00 00  ;..G............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 20 00 00 00 00 00 00 00                           .......
	rel 24+8 t=R_ADDR type:.eqfunc.M256+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[32]int-+0
	rel 44+4 t=RelocType(-32763) type:*[32]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
type:.eqfunc.M64 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*[8]int- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 5b 38 5d 69 6e 74                       ..*[8]int
type:*[8]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b2 db c7 f5 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]int-+0
	rel 48+8 t=R_ADDR type:[8]int+0
type:[8]int SRODATA dupok size=72 align=0x8
	0x0000 40 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  @...............
	0x0010 94 b7 28 16 0a 08 08 11 00 00 00 00 00 00 00 00  ..(.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M64+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]int-+0
	rel 44+4 t=RelocType(-32763) type:*[8]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
type:.namedata.*struct { F uintptr; X0 *[]int; X1 int }- SRODATA dupok size=42 align=0x1
	0x0000 00 28 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  .(*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 2a 5b 5d 69 6e 74  ntptr; X0 *[]int
	0x0020 3b 20 58 31 20 69 6e 74 20 7d                    ; X1 int }
type:noalg.*struct { F uintptr; X0 *[]int; X1 int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 1b cc fe bf 20 08 08 16 00 00 00 00 00 00 00 00  .... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *[]int; X1 int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *[]int; X1 int }+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.F. SRODATA dupok size=3 align=0x1
	0x0000 01 01 46                                         ..F
type:.namedata.X0. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 30                                      ..X0
type:.namedata.X1. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 31                                      ..X1
type:noalg.struct { F uintptr; X0 *[]int; X1 int } SRODATA dupok size=152 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 c9 f6 0f 93 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *[]int; X1 int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 *[]int; X1 int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *[]int; X1 int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:*[]int+0
	rel 128+8 t=R_ADDR type:.namedata.X1.+0
	rel 136+8 t=R_ADDR type:int+0
type:.namedata.*struct { F uintptr; X0 func(int); X1 int }- SRODATA dupok size=45 align=0x1
	0x0000 00 2b 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  .+*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 66 75 6e 63 28 69  ntptr; X0 func(i
	0x0020 6e 74 29 3b 20 58 31 20 69 6e 74 20 7d           nt); X1 int }
type:noalg.*struct { F uintptr; X0 func(int); X1 int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 25 f7 47 5e 20 08 08 16 00 00 00 00 00 00 00 00  %.G^ ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 func(int); X1 int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 func(int); X1 int }+0
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
type:noalg.struct { F uintptr; X0 func(int); X1 int } SRODATA dupok size=152 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 b2 34 03 db 02 08 08 19 00 00 00 00 00 00 00 00  .4..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 func(int); X1 int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 func(int); X1 int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 func(int); X1 int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:func(int)+0
	rel 128+8 t=R_ADDR type:.namedata.X1.+0
	rel 136+8 t=R_ADDR type:int+0
main.catchDeep.func1·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.catchDeep.func1+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.grow.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.grow.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·GdLfj9BZmhSEM60NSJDkrw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 02 02 00                 ...........
gclocals·Vi90HuirP9VPo7whN2aauw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 00 01 00                 ...........
main.deferLoop.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.deferLoop.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.deferLoop.func1.wrapinfo SRODATA static dupok size=4 align=0x4
	0x0000 00 00 00 00                                      ....
	rel 0+4 t=R_ADDROFF main.deferLoop.func1+0
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
main.deferLoop.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.deferLoop.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·ydo/CnDw+ij8z2OnqA/8KA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 06 00 00 00 00 30                    .........0
main.twoDefers.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 d0 ff ff ff 10 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00 e0 ff ff ff 10 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.twoDefers.opendefer SRODATA dupok size=2 align=0x1
	0x0000 39 10                                            9.
gclocals·wSZsRWWmrOmngSuEx9VDDg== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 03 00 00 00 00 04                    ..........
main.recoverAfterGrowth.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e8 ff ff ff 10 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.recoverAfterGrowth.opendefer SRODATA dupok size=2 align=0x1
	0x0000 61 08                                            a.
main.recoverAfterGrowth.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.recoverAfterGrowth.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·sfOxBcdnNBiCaiOXpthwPg== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 00 02 03                 ...........
main.deepPanic.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.deepPanic.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·iw51U0ZMTsfKROrwoY8s8Q== SRODATA dupok size=12 align=0x4
	0x0000 02 00 00 00 09 00 00 00 00 00 c0 01              ............
main.recoverThenMore.stkobj SRODATA static size=56 align=0x8
	0x0000 03 00 00 00 00 00 00 00 b8 ff ff ff 10 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00 c8 ff ff ff 10 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00 d8 ff ff ff 10 00 00 00  ................
	0x0030 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.recoverThenMore.opendefer SRODATA dupok size=2 align=0x1
	0x0000 51 18                                            Q.
main.deepError.Error.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 fe 00 08 fd ff                                   .....
main.deepError.Error.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.catchDeep.opendefer SRODATA dupok size=2 align=0x1
	0x0000 09 08                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
main.(*deepError).Error.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*deepError).Error.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
