funcpctab main.deep [valfunc=pctoinline]
     0     -1 00000 (defer_across_stack_growth.go:5)	TEXT	main.deep(SB), ABIInternal, $280-8
     0        00000 (defer_across_stack_growth.go:5)	TEXT	main.deep(SB), ABIInternal, $280-8
     0     -1 00000 (defer_across_stack_growth.go:5)	LEAQ	-152(SP), R12
     8        00008 (defer_across_stack_growth.go:5)	CMPQ	R12, 16(R14)
     c        00012 (defer_across_stack_growth.go:5)	PCDATA	$0, $-2
     c        00012 (defer_across_stack_growth.go:5)	JLS	175
    12        00018 (defer_across_stack_growth.go:5)	PCDATA	$0, $-1
    12        00018 (defer_across_stack_growth.go:5)	PUSHQ	BP
    13        00019 (defer_across_stack_growth.go:5)	MOVQ	SP, BP
    16        00022 (defer_across_stack_growth.go:5)	SUBQ	$272, SP
    1d        00029 (defer_across_stack_growth.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1d        00029 (defer_across_stack_growth.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1d        00029 (defer_across_stack_growth.go:5)	FUNCDATA	$5, main.deep.arginfo1(SB)
    1d        00029 (defer_across_stack_growth.go:5)	FUNCDATA	$6, main.deep.argliveinfo(SB)
    1d        00029 (defer_across_stack_growth.go:5)	PCDATA	$3, $1
    1d        00029 (defer_across_stack_growth.go:5)	NOP
    20        00032 (defer_across_stack_growth.go:6)	TESTQ	AX, AX
    23        00035 (defer_across_stack_growth.go:6)	JEQ	153
    25        00037 (defer_across_stack_growth.go:9)	LEAQ	main.pad+8(SP), CX
    2a        00042 (defer_across_stack_growth.go:9)	MOVL	$4, DX
    2f        00047 (defer_across_stack_growth.go:9)	MOVUPS	X15, (CX)
    33        00051 (defer_across_stack_growth.go:9)	MOVUPS	X15, 16(CX)
    38        00056 (defer_across_stack_growth.go:9)	MOVUPS	X15, 32(CX)
    3d        00061 (defer_across_stack_growth.go:9)	MOVUPS	X15, 48(CX)
    42        00066 (defer_across_stack_growth.go:9)	ADDQ	$64, CX
    46        00070 (defer_across_stack_growth.go:9)	DECL	DX
    48        00072 (defer_across_stack_growth.go:9)	JNE	47
    4a        00074 (defer_across_stack_growth.go:10)	MOVQ	AX, CX
    4d        00077 (defer_across_stack_growth.go:10)	SARQ	$63, CX
    51        00081 (defer_across_stack_growth.go:10)	SHRQ	$59, CX
    55        00085 (defer_across_stack_growth.go:10)	ADDQ	AX, CX
    58        00088 (defer_across_stack_growth.go:10)	ANDQ	$-32, CX
    5c        00092 (defer_across_stack_growth.go:10)	MOVQ	AX, DX
    5f        00095 (defer_across_stack_growth.go:10)	SUBQ	CX, DX
    62        00098 (defer_across_stack_growth.go:10)	CMPQ	DX, $32
    66        00102 (defer_across_stack_growth.go:10)	JCC	164
    68        00104 (defer_across_stack_growth.go:10)	MOVQ	DX, main..autotmp_5+264(SP)
    70        00112 (defer_across_stack_growth.go:10)	MOVQ	AX, main.pad+8(SP)(DX*8)
    75        00117 (defer_across_stack_growth.go:11)	DECQ	AX
    78        00120 (defer_across_stack_growth.go:11)	PCDATA	$1, $0
    78        00120 (defer_across_stack_growth.go:11)	CALL	main.deep(SB)
    7d        00125 (defer_across_stack_growth.go:11)	MOVQ	main..autotmp_5+264(SP), CX
    85        00133 (defer_across_stack_growth.go:11)	MOVQ	main.pad+8(SP)(CX*8), CX
    8a        00138 (defer_across_stack_growth.go:11)	ANDL	$1, CX
    8d        00141 (defer_across_stack_growth.go:11)	ADDQ	CX, AX
    90        00144 (defer_across_stack_growth.go:11)	ADDQ	$272, SP
    97        00151 (defer_across_stack_growth.go:11)	POPQ	BP
    98        00152 (defer_across_stack_growth.go:11)	RET
    99        00153 (defer_across_stack_growth.go:7)	XORL	AX, AX
    9b        00155 (defer_across_stack_growth.go:7)	ADDQ	$272, SP
    a2        00162 (defer_across_stack_growth.go:7)	POPQ	BP
    a3        00163 (defer_across_stack_growth.go:7)	RET
    a4        00164 (defer_across_stack_growth.go:10)	MOVQ	$32, AX
    a9        00169 (defer_across_stack_growth.go:10)	PCDATA	$4, $207
    a9        00169 (defer_across_stack_growth.go:10)	CALL	runtime.panicBounds(SB)
    ae        00174 (defer_across_stack_growth.go:10)	XCHGL	AX, AX
    af        00175 (defer_across_stack_growth.go:10)	NOP
    af        00175 (defer_across_stack_growth.go:5)	PCDATA	$1, $-1
    af        00175 (defer_across_stack_growth.go:5)	PCDATA	$0, $-2
    af        00175 (defer_across_stack_growth.go:5)	MOVQ	AX, 8(SP)
    b4        00180 (defer_across_stack_growth.go:5)	CALL	runtime.morestack_noctxt(SB)
    b9        00185 (defer_across_stack_growth.go:5)	PCDATA	$0, $-1
    b9        00185 (defer_across_stack_growth.go:5)	MOVQ	8(SP), AX
    be        00190 (defer_across_stack_growth.go:5)	NOP
    c0        00192 (defer_across_stack_growth.go:5)	JMP	0
    c5 done
wrote 4 bytes to 0x0
 00 c5 01 00
funcpctab main.recoverDeep [valfunc=pctoinline]
     0     -1 00000 (defer_across_stack_growth.go:31)	TEXT	main.recoverDeep(SB), ABIInternal, $56-0
     0        00000 (defer_across_stack_growth.go:31)	TEXT	main.recoverDeep(SB), ABIInternal, $56-0
     0     -1 00000 (defer_across_stack_growth.go:31)	CMPQ	SP, 16(R14)
     4        00004 (defer_across_stack_growth.go:31)	PCDATA	$0, $-2
     4        00004 (defer_across_stack_growth.go:31)	JLS	259
     a        00010 (defer_across_stack_growth.go:31)	PCDATA	$0, $-1
     a        00010 (defer_across_stack_growth.go:31)	PUSHQ	BP
     b        00011 (defer_across_stack_growth.go:31)	MOVQ	SP, BP
     e        00014 (defer_across_stack_growth.go:31)	SUBQ	$48, SP
    12        00018 (defer_across_stack_growth.go:31)	MOVQ	X15, 40(SP)
    19        00025 (defer_across_stack_growth.go:31)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    19        00025 (defer_across_stack_growth.go:31)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    19        00025 (defer_across_stack_growth.go:31)	MOVL	$16, AX
    1e        00030 (defer_across_stack_growth.go:31)	LEAQ	type:string(SB), BX
    25        00037 (defer_across_stack_growth.go:31)	MOVL	$1, CX
    2a        00042 (defer_across_stack_growth.go:31)	PCDATA	$1, $1
    2a        00042 (defer_across_stack_growth.go:31)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
    2f        00047 (defer_across_stack_growth.go:31)	MOVQ	AX, main.&msg+40(SP)
    34        00052 (defer_across_stack_growth.go:31)	XORL	CX, CX
    36        00054 (defer_across_stack_growth.go:32)	JMP	69
    38        00056 (defer_across_stack_growth.go:32)	MOVQ	main.i+32(SP), CX
    3d        00061 (defer_across_stack_growth.go:32)	INCQ	CX
    40        00064 (defer_across_stack_growth.go:33)	MOVQ	main.&msg+40(SP), AX
    45        00069 (defer_across_stack_growth.go:32)	CMPQ	CX, $2
    49        00073 (defer_across_stack_growth.go:32)	JGE	180
    4b        00075 (defer_across_stack_growth.go:32)	MOVQ	CX, main.i+32(SP)
    50        00080 (defer_across_stack_growth.go:33)	MOVL	$16, AX
    55        00085 (defer_across_stack_growth.go:33)	LEAQ	type:noalg.struct { F uintptr; X0 *string }(SB), BX
    5c        00092 (defer_across_stack_growth.go:33)	MOVL	$1, CX
    61        00097 (defer_across_stack_growth.go:33)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
    66        00102 (defer_across_stack_growth.go:33)	LEAQ	main.recoverDeep.func1(SB), DX
    6d        00109 (defer_across_stack_growth.go:33)	MOVQ	DX, (AX)
    70        00112 (defer_across_stack_growth.go:33)	CMPL	runtime.writeBarrier(SB), $0
    77        00119 (defer_across_stack_growth.go:33)	PCDATA	$0, $-2
    77        00119 (defer_across_stack_growth.go:33)	JNE	130
    79        00121 (defer_across_stack_growth.go:33)	MOVQ	main.&msg+40(SP), CX
    7e        00126 (defer_across_stack_growth.go:33)	NOP
    80        00128 (defer_across_stack_growth.go:33)	JMP	143
    82        00130 (defer_across_stack_growth.go:33)	CALL	runtime.gcWriteBarrier1(SB)
    87        00135 (defer_across_stack_growth.go:33)	MOVQ	main.&msg+40(SP), CX
    8c        00140 (defer_across_stack_growth.go:33)	MOVQ	CX, (R11)
    8f        00143 (defer_across_stack_growth.go:33)	MOVQ	CX, 8(AX)
    93        00147 (defer_across_stack_growth.go:33)	PCDATA	$0, $-1
    93        00147 (defer_across_stack_growth.go:33)	CALL	runtime.deferproc(SB)
    98        00152 (defer_across_stack_growth.go:33)	JMP	56
    9a        00154 (defer_across_stack_growth.go:42)	CALL	runtime.deferreturn(SB)
    9f        00159 (defer_across_stack_growth.go:33)	MOVQ	main.&msg+40(SP), AX
    a4        00164 (defer_across_stack_growth.go:33)	MOVQ	(AX), CX
    a7        00167 (defer_across_stack_growth.go:33)	MOVQ	8(AX), BX
    ab        00171 (defer_across_stack_growth.go:33)	MOVQ	CX, AX
    ae        00174 (defer_across_stack_growth.go:42)	ADDQ	$48, SP
    b2        00178 (defer_across_stack_growth.go:42)	POPQ	BP
    b3        00179 (defer_across_stack_growth.go:42)	RET
    b4        00180 (defer_across_stack_growth.go:40)	MOVL	$200000, AX
    b9        00185 (defer_across_stack_growth.go:40)	CALL	main.deepPanic(SB)
    be        00190 (defer_across_stack_growth.go:41)	MOVQ	main.&msg+40(SP), CX
    c3        00195 (defer_across_stack_growth.go:41)	MOVQ	$11, 8(CX)
    cb        00203 (defer_across_stack_growth.go:41)	CMPL	runtime.writeBarrier(SB), $0
    d2        00210 (defer_across_stack_growth.go:41)	PCDATA	$0, $-2
    d2        00210 (defer_across_stack_growth.go:41)	JEQ	223
    d4        00212 (defer_across_stack_growth.go:41)	MOVQ	(CX), AX
    d7        00215 (defer_across_stack_growth.go:41)	CALL	runtime.gcWriteBarrier1(SB)
    dc        00220 (defer_across_stack_growth.go:41)	MOVQ	AX, (R11)
    df        00223 (defer_across_stack_growth.go:41)	LEAQ	go:string."not reached"(SB), AX
    e6        00230 (defer_across_stack_growth.go:41)	MOVQ	AX, (CX)
    e9        00233 (defer_across_stack_growth.go:42)	PCDATA	$0, $-1
    e9        00233 (defer_across_stack_growth.go:42)	CALL	runtime.deferreturn(SB)
    ee        00238 (defer_across_stack_growth.go:41)	MOVQ	main.&msg+40(SP), AX
    f3        00243 (defer_across_stack_growth.go:41)	MOVQ	(AX), CX
    f6        00246 (defer_across_stack_growth.go:41)	MOVQ	8(AX), BX
    fa        00250 (defer_across_stack_growth.go:41)	MOVQ	CX, AX
    fd        00253 (defer_across_stack_growth.go:42)	ADDQ	$48, SP
   101        00257 (defer_across_stack_growth.go:42)	POPQ	BP
   102        00258 (defer_across_stack_growth.go:42)	RET
   103        00259 (defer_across_stack_growth.go:42)	NOP
   103        00259 (defer_across_stack_growth.go:31)	PCDATA	$1, $-1
   103        00259 (defer_across_stack_growth.go:31)	PCDATA	$0, $-2
   103        00259 (defer_across_stack_growth.go:31)	CALL	runtime.morestack_noctxt(SB)
   108        00264 (defer_across_stack_growth.go:31)	PCDATA	$0, $-1
   108        00264 (defer_across_stack_growth.go:31)	JMP	0
   10d done
wrote 4 bytes to 0x0
 00 8d 02 00
funcpctab main.recoverDeep.func1 [valfunc=pctoinline]
     0     -1 00000 (defer_across_stack_growth.go:33)	TEXT	main.recoverDeep.func1(SB), NEEDCTXT|ABIInternal, $56-0
     0        00000 (defer_across_stack_growth.go:33)	TEXT	main.recoverDeep.func1(SB), NEEDCTXT|ABIInternal, $56-0
     0     -1 00000 (defer_across_stack_growth.go:33)	CMPQ	SP, 16(R14)
     4        00004 (defer_across_stack_growth.go:33)	PCDATA	$0, $-2
     4        00004 (defer_across_stack_growth.go:33)	JLS	191
     a        00010 (defer_across_stack_growth.go:33)	PCDATA	$0, $-1
     a        00010 (defer_across_stack_growth.go:33)	PUSHQ	BP
     b        00011 (defer_across_stack_growth.go:33)	MOVQ	SP, BP
     e        00014 (defer_across_stack_growth.go:33)	SUBQ	$48, SP
    12        00018 (defer_across_stack_growth.go:33)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (defer_across_stack_growth.go:33)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    12        00018 (defer_across_stack_growth.go:33)	MOVQ	8(DX), AX
    16        00022 (defer_across_stack_growth.go:33)	MOVQ	AX, main.&msg+40(SP)
    1b        00027 (defer_across_stack_growth.go:34)	PCDATA	$1, $1
    1b        00027 (defer_across_stack_growth.go:34)	NOP
    20        00032 (defer_across_stack_growth.go:34)	CALL	runtime.gorecover(SB)
    25        00037 (defer_across_stack_growth.go:34)	TESTQ	AX, AX
    28        00040 (defer_across_stack_growth.go:34)	JEQ	99
    2a        00042 (defer_across_stack_growth.go:35)	LEAQ	type:string(SB), DX
    31        00049 (defer_across_stack_growth.go:35)	CMPQ	AX, DX
    34        00052 (defer_across_stack_growth.go:35)	JNE	175
    36        00054 (defer_across_stack_growth.go:35)	MOVQ	8(BX), DX
    3a        00058 (defer_across_stack_growth.go:35)	MOVQ	(BX), R8
    3d        00061 (defer_across_stack_growth.go:35)	MOVQ	main.&msg+40(SP), R9
    42        00066 (defer_across_stack_growth.go:35)	MOVQ	DX, 8(R9)
    46        00070 (defer_across_stack_growth.go:35)	CMPL	runtime.writeBarrier(SB), $0
    4d        00077 (defer_across_stack_growth.go:35)	PCDATA	$0, $-2
    4d        00077 (defer_across_stack_growth.go:35)	JEQ	94
    4f        00079 (defer_across_stack_growth.go:35)	MOVQ	(R9), DX
    52        00082 (defer_across_stack_growth.go:35)	CALL	runtime.gcWriteBarrier2(SB)
    57        00087 (defer_across_stack_growth.go:35)	MOVQ	R8, (R11)
    5a        00090 (defer_across_stack_growth.go:35)	MOVQ	DX, 8(R11)
    5e        00094 (defer_across_stack_growth.go:35)	MOVQ	R8, (R9)
    61        00097 (defer_across_stack_growth.go:35)	PCDATA	$0, $-1
    61        00097 (defer_across_stack_growth.go:35)	JMP	104
    63        00099 (defer_across_stack_growth.go:37)	MOVQ	main.&msg+40(SP), R9
    68        00104 (defer_across_stack_growth.go:37)	MOVQ	(R9), BX
    6b        00107 (defer_across_stack_growth.go:37)	MOVQ	8(R9), CX
    6f        00111 (defer_across_stack_growth.go:37)	XORL	AX, AX
    71        00113 (defer_across_stack_growth.go:37)	LEAQ	go:string."!"(SB), DI
    78        00120 (defer_across_stack_growth.go:37)	MOVL	$1, SI
    7d        00125 (defer_across_stack_growth.go:37)	NOP
    80        00128 (defer_across_stack_growth.go:37)	CALL	runtime.concatstring2(SB)
    85        00133 (defer_across_stack_growth.go:37)	MOVQ	main.&msg+40(SP), DX
    8a        00138 (defer_across_stack_growth.go:37)	MOVQ	BX, 8(DX)
    8e        00142 (defer_across_stack_growth.go:37)	CMPL	runtime.writeBarrier(SB), $0
    95        00149 (defer_across_stack_growth.go:37)	PCDATA	$0, $-2
    95        00149 (defer_across_stack_growth.go:37)	JEQ	166
    97        00151 (defer_across_stack_growth.go:37)	MOVQ	(DX), CX
    9a        00154 (defer_across_stack_growth.go:37)	CALL	runtime.gcWriteBarrier2(SB)
    9f        00159 (defer_across_stack_growth.go:37)	MOVQ	AX, (R11)
    a2        00162 (defer_across_stack_growth.go:37)	MOVQ	CX, 8(R11)
    a6        00166 (defer_across_stack_growth.go:37)	MOVQ	AX, (DX)
    a9        00169 (defer_across_stack_growth.go:38)	PCDATA	$0, $-1
    a9        00169 (defer_across_stack_growth.go:38)	ADDQ	$48, SP
    ad        00173 (defer_across_stack_growth.go:38)	POPQ	BP
    ae        00174 (defer_across_stack_growth.go:38)	RET
    af        00175 (defer_across_stack_growth.go:35)	MOVQ	DX, BX
    b2        00178 (defer_across_stack_growth.go:35)	LEAQ	type:interface {}(SB), CX
    b9        00185 (defer_across_stack_growth.go:35)	PCDATA	$1, $0
    b9        00185 (defer_across_stack_growth.go:35)	CALL	runtime.panicdottypeE(SB)
    be        00190 (defer_across_stack_growth.go:35)	XCHGL	AX, AX
    bf        00191 (defer_across_stack_growth.go:35)	NOP
    bf        00191 (defer_across_stack_growth.go:33)	PCDATA	$1, $-1
    bf        00191 (defer_across_stack_growth.go:33)	PCDATA	$0, $-2
    bf        00191 (defer_across_stack_growth.go:33)	NOP
    c0        00192 (defer_across_stack_growth.go:33)	CALL	runtime.morestack(SB)
    c5        00197 (defer_across_stack_growth.go:33)	PCDATA	$0, $-1
    c5        00197 (defer_across_stack_growth.go:33)	JMP	0
    ca done
wrote 4 bytes to 0x0
 00 ca 01 00
funcpctab main.withDefers [valfunc=pctoinline]
     0     -1 00000 (defer_across_stack_growth.go:24)	TEXT	main.withDefers(SB), ABIInternal, $56-8
     0        00000 (defer_across_stack_growth.go:24)	TEXT	main.withDefers(SB), ABIInternal, $56-8
     0     -1 00000 (defer_across_stack_growth.go:24)	CMPQ	SP, 16(R14)
     4        00004 (defer_across_stack_growth.go:24)	PCDATA	$0, $-2
     4        00004 (defer_across_stack_growth.go:24)	JLS	230
     a        00010 (defer_across_stack_growth.go:24)	PCDATA	$0, $-1
     a        00010 (defer_across_stack_growth.go:24)	PUSHQ	BP
     b        00011 (defer_across_stack_growth.go:24)	MOVQ	SP, BP
     e        00014 (defer_across_stack_growth.go:24)	SUBQ	$48, SP
    12        00018 (defer_across_stack_growth.go:24)	MOVQ	X15, 40(SP)
    19        00025 (defer_across_stack_growth.go:24)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    19        00025 (defer_across_stack_growth.go:24)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    19        00025 (defer_across_stack_growth.go:24)	FUNCDATA	$5, main.withDefers.arginfo1(SB)
    19        00025 (defer_across_stack_growth.go:24)	FUNCDATA	$6, main.withDefers.argliveinfo(SB)
    19        00025 (defer_across_stack_growth.go:24)	PCDATA	$3, $1
    19        00025 (defer_across_stack_growth.go:25)	MOVQ	AX, main.k+64(SP)
    1e        00030 (defer_across_stack_growth.go:25)	PCDATA	$3, $-1
    1e        00030 (defer_across_stack_growth.go:24)	LEAQ	type:int(SB), AX
    25        00037 (defer_across_stack_growth.go:24)	PCDATA	$1, $1
    25        00037 (defer_across_stack_growth.go:24)	CALL	runtime.newobject(SB)
    2a        00042 (defer_across_stack_growth.go:24)	MOVQ	AX, main.&total+40(SP)
    2f        00047 (defer_across_stack_growth.go:24)	XORL	CX, CX
    31        00049 (defer_across_stack_growth.go:24)	MOVL	$1, DX
    36        00054 (defer_across_stack_growth.go:25)	JMP	68
    38        00056 (defer_across_stack_growth.go:26)	MOVQ	main.&total+40(SP), AX
    3d        00061 (<unknown line number>)	MOVQ	main.i+32(SP), CX
    42        00066 (<unknown line number>)	XORL	DX, DX
    44        00068 (defer_across_stack_growth.go:25)	XORL	$1, DX
    47        00071 (defer_across_stack_growth.go:25)	MOVBLZX	DL, DX
    4a        00074 (defer_across_stack_growth.go:25)	ADDQ	CX, DX
    4d        00077 (defer_across_stack_growth.go:25)	MOVQ	main.k+64(SP), SI
    52        00082 (defer_across_stack_growth.go:25)	CMPQ	SI, DX
    55        00085 (defer_across_stack_growth.go:25)	JLE	193
    57        00087 (defer_across_stack_growth.go:25)	MOVQ	DX, main.i+32(SP)
    5c        00092 (defer_across_stack_growth.go:26)	MOVL	$24, AX
    61        00097 (defer_across_stack_growth.go:26)	LEAQ	type:noalg.struct { F uintptr; X0 *int; X1 int }(SB), BX
    68        00104 (defer_across_stack_growth.go:26)	MOVL	$1, CX
    6d        00109 (defer_across_stack_growth.go:26)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
    72        00114 (defer_across_stack_growth.go:26)	LEAQ	main.withDefers.func1(SB), DX
    79        00121 (defer_across_stack_growth.go:26)	MOVQ	DX, (AX)
    7c        00124 (defer_across_stack_growth.go:26)	CMPL	runtime.writeBarrier(SB), $0
    83        00131 (defer_across_stack_growth.go:26)	PCDATA	$0, $-2
    83        00131 (defer_across_stack_growth.go:26)	JNE	140
    85        00133 (defer_across_stack_growth.go:26)	MOVQ	main.&total+40(SP), CX
    8a        00138 (defer_across_stack_growth.go:26)	JMP	153
    8c        00140 (defer_across_stack_growth.go:26)	CALL	runtime.gcWriteBarrier1(SB)
    91        00145 (defer_across_stack_growth.go:26)	MOVQ	main.&total+40(SP), CX
    96        00150 (defer_across_stack_growth.go:26)	MOVQ	CX, (R11)
    99        00153 (defer_across_stack_growth.go:26)	MOVQ	CX, 8(AX)
    9d        00157 (defer_across_stack_growth.go:26)	PCDATA	$0, $-1
    9d        00157 (defer_across_stack_growth.go:26)	MOVQ	main.i+32(SP), CX
    a2        00162 (defer_across_stack_growth.go:26)	MOVQ	CX, 16(AX)
    a6        00166 (defer_across_stack_growth.go:26)	CALL	runtime.deferproc(SB)
    ab        00171 (defer_across_stack_growth.go:26)	JMP	56
    ad        00173 (defer_across_stack_growth.go:29)	CALL	runtime.deferreturn(SB)
    b2        00178 (defer_across_stack_growth.go:26)	MOVQ	main.&total+40(SP), AX
    b7        00183 (defer_across_stack_growth.go:26)	MOVQ	(AX), AX
    ba        00186 (defer_across_stack_growth.go:29)	ADDQ	$48, SP
    be        00190 (defer_across_stack_growth.go:29)	POPQ	BP
    bf        00191 (defer_across_stack_growth.go:29)	NOP
    c0        00192 (defer_across_stack_growth.go:29)	RET
    c1        00193 (defer_across_stack_growth.go:28)	MOVL	$300000, AX
    c6        00198 (defer_across_stack_growth.go:28)	CALL	main.deep(SB)
    cb        00203 (defer_across_stack_growth.go:28)	MOVQ	main.&total+40(SP), CX
    d0        00208 (defer_across_stack_growth.go:28)	MOVQ	AX, (CX)
    d3        00211 (defer_across_stack_growth.go:29)	CALL	runtime.deferreturn(SB)
    d8        00216 (defer_across_stack_growth.go:28)	MOVQ	main.&total+40(SP), CX
    dd        00221 (defer_across_stack_growth.go:28)	MOVQ	(CX), AX
    e0        00224 (defer_across_stack_growth.go:29)	ADDQ	$48, SP
    e4        00228 (defer_across_stack_growth.go:29)	POPQ	BP
    e5        00229 (defer_across_stack_growth.go:29)	RET
    e6        00230 (defer_across_stack_growth.go:29)	NOP
    e6        00230 (defer_across_stack_growth.go:24)	PCDATA	$1, $-1
    e6        00230 (defer_across_stack_growth.go:24)	PCDATA	$0, $-2
    e6        00230 (defer_across_stack_growth.go:24)	MOVQ	AX, 8(SP)
    eb        00235 (defer_across_stack_growth.go:24)	CALL	runtime.morestack_noctxt(SB)
    f0        00240 (defer_across_stack_growth.go:24)	PCDATA	$0, $-1
    f0        00240 (defer_across_stack_growth.go:24)	MOVQ	8(SP), AX
    f5        00245 (defer_across_stack_growth.go:24)	JMP	0
    fa done
wrote 4 bytes to 0x0
 00 fa 01 00
funcpctab main.withDefers.func1 [valfunc=pctoinline]
     0     -1 00000 (defer_across_stack_growth.go:26)	TEXT	main.withDefers.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (defer_across_stack_growth.go:26)	TEXT	main.withDefers.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (defer_across_stack_growth.go:26)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (defer_across_stack_growth.go:26)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (defer_across_stack_growth.go:26)	MOVQ	8(DX), AX
     4        00004 (defer_across_stack_growth.go:26)	MOVQ	(AX), CX
     7        00007 (defer_across_stack_growth.go:26)	ADDQ	CX, CX
     a        00010 (defer_across_stack_growth.go:26)	LEAQ	(CX)(CX*4), CX
     e        00014 (defer_across_stack_growth.go:26)	ADDQ	16(DX), CX
    12        00018 (defer_across_stack_growth.go:26)	MOVQ	CX, (AX)
    15        00021 (defer_across_stack_growth.go:26)	RET
    16 done
wrote 3 bytes to 0x0
 00 16 00
funcpctab main.deepPanic [valfunc=pctoinline]
     0     -1 00000 (defer_across_stack_growth.go:15)	TEXT	main.deepPanic(SB), ABIInternal, $24-8
     0        00000 (defer_across_stack_growth.go:15)	TEXT	main.deepPanic(SB), ABIInternal, $24-8
     0     -1 00000 (defer_across_stack_growth.go:15)	CMPQ	SP, 16(R14)
     4        00004 (defer_across_stack_growth.go:15)	PCDATA	$0, $-2
     4        00004 (defer_across_stack_growth.go:15)	JLS	93
     6        00006 (defer_across_stack_growth.go:15)	PCDATA	$0, $-1
     6        00006 (defer_across_stack_growth.go:15)	PUSHQ	BP
     7        00007 (defer_across_stack_growth.go:15)	MOVQ	SP, BP
     a        00010 (defer_across_stack_growth.go:15)	SUBQ	$16, SP
     e        00014 (defer_across_stack_growth.go:15)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (defer_across_stack_growth.go:15)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (defer_across_stack_growth.go:15)	FUNCDATA	$5, main.deepPanic.arginfo1(SB)
     e        00014 (defer_across_stack_growth.go:15)	FUNCDATA	$6, main.deepPanic.argliveinfo(SB)
     e        00014 (defer_across_stack_growth.go:15)	PCDATA	$3, $1
     e        00014 (defer_across_stack_growth.go:17)	MOVQ	AX, CX
    11        00017 (defer_across_stack_growth.go:17)	SARQ	$63, CX
    15        00021 (defer_across_stack_growth.go:17)	SHRQ	$59, CX
    19        00025 (defer_across_stack_growth.go:17)	ADDQ	AX, CX
    1c        00028 (defer_across_stack_growth.go:17)	ANDQ	$-32, CX
    20        00032 (defer_across_stack_growth.go:17)	MOVQ	AX, DX
    23        00035 (defer_across_stack_growth.go:17)	SUBQ	CX, DX
    26        00038 (defer_across_stack_growth.go:17)	CMPQ	DX, $32
    2a        00042 (defer_across_stack_growth.go:17)	JCC	82
    2c        00044 (defer_across_stack_growth.go:18)	TESTQ	AX, AX
    2f        00047 (defer_across_stack_growth.go:18)	JEQ	63
    31        00049 (defer_across_stack_growth.go:21)	DECQ	AX
    34        00052 (defer_across_stack_growth.go:21)	PCDATA	$1, $0
    34        00052 (defer_across_stack_growth.go:21)	CALL	main.deepPanic(SB)
    39        00057 (defer_across_stack_growth.go:22)	ADDQ	$16, SP
    3d        00061 (defer_across_stack_growth.go:22)	POPQ	BP
    3e        00062 (defer_across_stack_growth.go:22)	RET
    3f        00063 (defer_across_stack_growth.go:19)	LEAQ	type:string(SB), AX
    46        00070 (defer_across_stack_growth.go:19)	LEAQ	main..stmp_0(SB), BX
    4d        00077 (defer_across_stack_growth.go:19)	CALL	runtime.gopanic(SB)
    52        00082 (defer_across_stack_growth.go:17)	MOVQ	$32, AX
    57        00087 (defer_across_stack_growth.go:17)	PCDATA	$4, $207
    57        00087 (defer_across_stack_growth.go:17)	CALL	runtime.panicBounds(SB)
    5c        00092 (defer_across_stack_growth.go:17)	XCHGL	AX, AX
    5d        00093 (defer_across_stack_growth.go:17)	NOP
    5d        00093 (defer_across_stack_growth.go:15)	PCDATA	$1, $-1
    5d        00093 (defer_across_stack_growth.go:15)	PCDATA	$0, $-2
    5d        00093 (defer_across_stack_growth.go:15)	MOVQ	AX, 8(SP)
    62        00098 (defer_across_stack_growth.go:15)	CALL	runtime.morestack_noctxt(SB)
    67        00103 (defer_across_stack_growth.go:15)	PCDATA	$0, $-1
    67        00103 (defer_across_stack_growth.go:15)	MOVQ	8(SP), AX
    6c        00108 (defer_across_stack_growth.go:15)	JMP	0
    6e done
wrote 3 bytes to 0x0
 00 6e 00
funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (defer_across_stack_growth.go:44)	TEXT	main.main(SB), ABIInternal, $40-0
     0        00000 (defer_across_stack_growth.go:44)	TEXT	main.main(SB), ABIInternal, $40-0
     0     -1 00000 (defer_across_stack_growth.go:44)	CMPQ	SP, 16(R14)
     4        00004 (defer_across_stack_growth.go:44)	PCDATA	$0, $-2
     4        00004 (defer_across_stack_growth.go:44)	JLS	112
     6        00006 (defer_across_stack_growth.go:44)	PCDATA	$0, $-1
     6        00006 (defer_across_stack_growth.go:44)	PUSHQ	BP
     7        00007 (defer_across_stack_growth.go:44)	MOVQ	SP, BP
     a        00010 (defer_across_stack_growth.go:44)	SUBQ	$32, SP
     e        00014 (defer_across_stack_growth.go:44)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (defer_across_stack_growth.go:44)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (defer_across_stack_growth.go:45)	MOVL	$4, AX
    13        00019 (defer_across_stack_growth.go:45)	PCDATA	$1, $0
    13        00019 (defer_across_stack_growth.go:45)	CALL	main.withDefers(SB)
    18        00024 (defer_across_stack_growth.go:45)	MOVQ	AX, main..autotmp_2+16(SP)
    1d        00029 (defer_across_stack_growth.go:45)	NOP
    20        00032 (defer_across_stack_growth.go:45)	CALL	runtime.printlock(SB)
    25        00037 (defer_across_stack_growth.go:45)	MOVQ	main..autotmp_2+16(SP), AX
    2a        00042 (defer_across_stack_growth.go:45)	CALL	runtime.printint(SB)
    2f        00047 (defer_across_stack_growth.go:45)	CALL	runtime.printnl(SB)
    34        00052 (defer_across_stack_growth.go:45)	CALL	runtime.printunlock(SB)
    39        00057 (defer_across_stack_growth.go:46)	CALL	main.recoverDeep(SB)
    3e        00062 (defer_across_stack_growth.go:46)	MOVQ	AX, main..autotmp_3+24(SP)
    43        00067 (defer_across_stack_growth.go:46)	MOVQ	BX, main..autotmp_2+16(SP)
    48        00072 (defer_across_stack_growth.go:46)	PCDATA	$1, $1
    48        00072 (defer_across_stack_growth.go:46)	CALL	runtime.printlock(SB)
    4d        00077 (defer_across_stack_growth.go:46)	MOVQ	main..autotmp_3+24(SP), AX
    52        00082 (defer_across_stack_growth.go:46)	MOVQ	main..autotmp_2+16(SP), BX
    57        00087 (defer_across_stack_growth.go:46)	PCDATA	$1, $0
    57        00087 (defer_across_stack_growth.go:46)	CALL	runtime.printstring(SB)
    5c        00092 (defer_across_stack_growth.go:46)	NOP
    60        00096 (defer_across_stack_growth.go:46)	CALL	runtime.printnl(SB)
    65        00101 (defer_across_stack_growth.go:46)	CALL	runtime.printunlock(SB)
    6a        00106 (defer_across_stack_growth.go:47)	ADDQ	$32, SP
    6e        00110 (defer_across_stack_growth.go:47)	POPQ	BP
    6f        00111 (defer_across_stack_growth.go:47)	RET
    70        00112 (defer_across_stack_growth.go:47)	NOP
    70        00112 (defer_across_stack_growth.go:44)	PCDATA	$1, $-1
    70        00112 (defer_across_stack_growth.go:44)	PCDATA	$0, $-2
    70        00112 (defer_across_stack_growth.go:44)	CALL	runtime.morestack_noctxt(SB)
    75        00117 (defer_across_stack_growth.go:44)	PCDATA	$0, $-1
    75        00117 (defer_across_stack_growth.go:44)	JMP	0
    77 done
wrote 3 bytes to 0x0
 00 77 00
main.deep STEXT size=197 align=0x0 args=0x8 locals=0x118 funcid=0x0
	0x0000 00000 (defer_across_stack_growth.go:5)	TEXT	main.deep(SB), ABIInternal, $280-8
	0x0000 00000 (defer_across_stack_growth.go:5)	LEAQ	-152(SP), R12
	0x0008 00008 (defer_across_stack_growth.go:5)	CMPQ	R12, 16(R14)
	0x000c 00012 (defer_across_stack_growth.go:5)	PCDATA	$0, $-2
	0x000c 00012 (defer_across_stack_growth.go:5)	JLS	175
	0x0012 00018 (defer_across_stack_growth.go:5)	PCDATA	$0, $-1
	0x0012 00018 (defer_across_stack_growth.go:5)	PUSHQ	BP
	0x0013 00019 (defer_across_stack_growth.go:5)	MOVQ	SP, BP
	0x0016 00022 (defer_across_stack_growth.go:5)	SUBQ	$272, SP
	0x001d 00029 (defer_across_stack_growth.go:5)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (defer_across_stack_growth.go:5)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (defer_across_stack_growth.go:5)	FUNCDATA	$5, main.deep.arginfo1(SB)
	0x001d 00029 (defer_across_stack_growth.go:5)	FUNCDATA	$6, main.deep.argliveinfo(SB)
	0x001d 00029 (defer_across_stack_growth.go:5)	PCDATA	$3, $1
	0x001d 00029 (defer_across_stack_growth.go:5)	NOP
	0x0020 00032 (defer_across_stack_growth.go:6)	TESTQ	AX, AX
	0x0023 00035 (defer_across_stack_growth.go:6)	JEQ	153
	0x0025 00037 (defer_across_stack_growth.go:9)	LEAQ	main.pad+8(SP), CX
	0x002a 00042 (defer_across_stack_growth.go:9)	MOVL	$4, DX
	0x002f 00047 (defer_across_stack_growth.go:9)	MOVUPS	X15, (CX)
	0x0033 00051 (defer_across_stack_growth.go:9)	MOVUPS	X15, 16(CX)
	0x0038 00056 (defer_across_stack_growth.go:9)	MOVUPS	X15, 32(CX)
	0x003d 00061 (defer_across_stack_growth.go:9)	MOVUPS	X15, 48(CX)
	0x0042 00066 (defer_across_stack_growth.go:9)	ADDQ	$64, CX
	0x0046 00070 (defer_across_stack_growth.go:9)	DECL	DX
	0x0048 00072 (defer_across_stack_growth.go:9)	JNE	47
	0x004a 00074 (defer_across_stack_growth.go:10)	MOVQ	AX, CX
	0x004d 00077 (defer_across_stack_growth.go:10)	SARQ	$63, CX
	0x0051 00081 (defer_across_stack_growth.go:10)	SHRQ	$59, CX
	0x0055 00085 (defer_across_stack_growth.go:10)	ADDQ	AX, CX
	0x0058 00088 (defer_across_stack_growth.go:10)	ANDQ	$-32, CX
	0x005c 00092 (defer_across_stack_growth.go:10)	MOVQ	AX, DX
	0x005f 00095 (defer_across_stack_growth.go:10)	SUBQ	CX, DX
	0x0062 00098 (defer_across_stack_growth.go:10)	CMPQ	DX, $32
	0x0066 00102 (defer_across_stack_growth.go:10)	JCC	164
	0x0068 00104 (defer_across_stack_growth.go:10)	MOVQ	DX, main..autotmp_5+264(SP)
	0x0070 00112 (defer_across_stack_growth.go:10)	MOVQ	AX, main.pad+8(SP)(DX*8)
	0x0075 00117 (defer_across_stack_growth.go:11)	DECQ	AX
	0x0078 00120 (defer_across_stack_growth.go:11)	PCDATA	$1, $0
	0x0078 00120 (defer_across_stack_growth.go:11)	CALL	main.deep(SB)
	0x007d 00125 (defer_across_stack_growth.go:11)	MOVQ	main..autotmp_5+264(SP), CX
	0x0085 00133 (defer_across_stack_growth.go:11)	MOVQ	main.pad+8(SP)(CX*8), CX
	0x008a 00138 (defer_across_stack_growth.go:11)	ANDL	$1, CX
	0x008d 00141 (defer_across_stack_growth.go:11)	ADDQ	CX, AX
	0x0090 00144 (defer_across_stack_growth.go:11)	ADDQ	$272, SP
	0x0097 00151 (defer_across_stack_growth.go:11)	POPQ	BP
	0x0098 00152 (defer_across_stack_growth.go:11)	RET
	0x0099 00153 (defer_across_stack_growth.go:7)	XORL	AX, AX
	0x009b 00155 (defer_across_stack_growth.go:7)	ADDQ	$272, SP
	0x00a2 00162 (defer_across_stack_growth.go:7)	POPQ	BP
	0x00a3 00163 (defer_across_stack_growth.go:7)	RET
	0x00a4 00164 (defer_across_stack_growth.go:10)	MOVQ	$32, AX
	0x00a9 00169 (defer_across_stack_growth.go:10)	PCDATA	$4, $207
	0x00a9 00169 (defer_across_stack_growth.go:10)	CALL	runtime.panicBounds(SB)
	0x00ae 00174 (defer_across_stack_growth.go:10)	XCHGL	AX, AX
	0x00af 00175 (defer_across_stack_growth.go:10)	NOP
	0x00af 00175 (defer_across_stack_growth.go:5)	PCDATA	$1, $-1
	0x00af 00175 (defer_across_stack_growth.go:5)	PCDATA	$0, $-2
	0x00af 00175 (defer_across_stack_growth.go:5)	MOVQ	AX, 8(SP)
	0x00b4 00180 (defer_across_stack_growth.go:5)	CALL	runtime.morestack_noctxt(SB)
	0x00b9 00185 (defer_across_stack_growth.go:5)	PCDATA	$0, $-1
	0x00b9 00185 (defer_across_stack_growth.go:5)	MOVQ	8(SP), AX
	0x00be 00190 (defer_across_stack_growth.go:5)	NOP
	0x00c0 00192 (defer_across_stack_growth.go:5)	JMP	0
	0x0000 4c 8d a4 24 68 ff ff ff 4d 3b 66 10 0f 86 9d 00  L..$h...M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec 10 01 00 00 0f 1f 00  ..UH..H.........
	0x0020 48 85 c0 74 74 48 8d 4c 24 08 ba 04 00 00 00 44  H..ttH.L$......D
	0x0030 0f 11 39 44 0f 11 79 10 44 0f 11 79 20 44 0f 11  ..9D..y.D..y D..
	0x0040 79 30 48 83 c1 40 ff ca 75 e5 48 89 c1 48 c1 f9  y0H..@..u.H..H..
	0x0050 3f 48 c1 e9 3b 48 01 c1 48 83 e1 e0 48 89 c2 48  ?H..;H..H...H..H
	0x0060 29 ca 48 83 fa 20 73 3c 48 89 94 24 08 01 00 00  ).H.. s<H..$....
	0x0070 48 89 44 d4 08 48 ff c8 e8 00 00 00 00 48 8b 8c  H.D..H.......H..
	0x0080 24 08 01 00 00 48 8b 4c cc 08 83 e1 01 48 01 c8  $....H.L.....H..
	0x0090 48 81 c4 10 01 00 00 5d c3 31 c0 48 81 c4 10 01  H......].1.H....
	0x00a0 00 00 5d c3 b8 20 00 00 00 e8 00 00 00 00 90 48  ..].. .........H
	0x00b0 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08 66 90  .D$......H.D$.f.
	0x00c0 e9 3b ff ff ff                                   .;...
	rel 121+4 t=R_CALL main.deep+0
	rel 170+4 t=R_CALL runtime.panicBounds+0
	rel 181+4 t=R_CALL runtime.morestack_noctxt+0
main.deepPanic STEXT size=110 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (defer_across_stack_growth.go:15)	TEXT	main.deepPanic(SB), ABIInternal, $24-8
	0x0000 00000 (defer_across_stack_growth.go:15)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_across_stack_growth.go:15)	PCDATA	$0, $-2
	0x0004 00004 (defer_across_stack_growth.go:15)	JLS	93
	0x0006 00006 (defer_across_stack_growth.go:15)	PCDATA	$0, $-1
	0x0006 00006 (defer_across_stack_growth.go:15)	PUSHQ	BP
	0x0007 00007 (defer_across_stack_growth.go:15)	MOVQ	SP, BP
	0x000a 00010 (defer_across_stack_growth.go:15)	SUBQ	$16, SP
	0x000e 00014 (defer_across_stack_growth.go:15)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (defer_across_stack_growth.go:15)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (defer_across_stack_growth.go:15)	FUNCDATA	$5, main.deepPanic.arginfo1(SB)
	0x000e 00014 (defer_across_stack_growth.go:15)	FUNCDATA	$6, main.deepPanic.argliveinfo(SB)
	0x000e 00014 (defer_across_stack_growth.go:15)	PCDATA	$3, $1
	0x000e 00014 (defer_across_stack_growth.go:17)	MOVQ	AX, CX
	0x0011 00017 (defer_across_stack_growth.go:17)	SARQ	$63, CX
	0x0015 00021 (defer_across_stack_growth.go:17)	SHRQ	$59, CX
	0x0019 00025 (defer_across_stack_growth.go:17)	ADDQ	AX, CX
	0x001c 00028 (defer_across_stack_growth.go:17)	ANDQ	$-32, CX
	0x0020 00032 (defer_across_stack_growth.go:17)	MOVQ	AX, DX
	0x0023 00035 (defer_across_stack_growth.go:17)	SUBQ	CX, DX
	0x0026 00038 (defer_across_stack_growth.go:17)	CMPQ	DX, $32
	0x002a 00042 (defer_across_stack_growth.go:17)	JCC	82
	0x002c 00044 (defer_across_stack_growth.go:18)	TESTQ	AX, AX
	0x002f 00047 (defer_across_stack_growth.go:18)	JEQ	63
	0x0031 00049 (defer_across_stack_growth.go:21)	DECQ	AX
	0x0034 00052 (defer_across_stack_growth.go:21)	PCDATA	$1, $0
	0x0034 00052 (defer_across_stack_growth.go:21)	CALL	main.deepPanic(SB)
	0x0039 00057 (defer_across_stack_growth.go:22)	ADDQ	$16, SP
	0x003d 00061 (defer_across_stack_growth.go:22)	POPQ	BP
	0x003e 00062 (defer_across_stack_growth.go:22)	RET
	0x003f 00063 (defer_across_stack_growth.go:19)	LEAQ	type:string(SB), AX
	0x0046 00070 (defer_across_stack_growth.go:19)	LEAQ	main..stmp_0(SB), BX
	0x004d 00077 (defer_across_stack_growth.go:19)	CALL	runtime.gopanic(SB)
	0x0052 00082 (defer_across_stack_growth.go:17)	MOVQ	$32, AX
	0x0057 00087 (defer_across_stack_growth.go:17)	PCDATA	$4, $207
	0x0057 00087 (defer_across_stack_growth.go:17)	CALL	runtime.panicBounds(SB)
	0x005c 00092 (defer_across_stack_growth.go:17)	XCHGL	AX, AX
	0x005d 00093 (defer_across_stack_growth.go:17)	NOP
	0x005d 00093 (defer_across_stack_growth.go:15)	PCDATA	$1, $-1
	0x005d 00093 (defer_across_stack_growth.go:15)	PCDATA	$0, $-2
	0x005d 00093 (defer_across_stack_growth.go:15)	MOVQ	AX, 8(SP)
	0x0062 00098 (defer_across_stack_growth.go:15)	CALL	runtime.morestack_noctxt(SB)
	0x0067 00103 (defer_across_stack_growth.go:15)	PCDATA	$0, $-1
	0x0067 00103 (defer_across_stack_growth.go:15)	MOVQ	8(SP), AX
	0x006c 00108 (defer_across_stack_growth.go:15)	JMP	0
	0x0000 49 3b 66 10 76 57 55 48 89 e5 48 83 ec 10 48 89  I;f.vWUH..H...H.
	0x0010 c1 48 c1 f9 3f 48 c1 e9 3b 48 01 c1 48 83 e1 e0  .H..?H..;H..H...
	0x0020 48 89 c2 48 29 ca 48 83 fa 20 73 26 48 85 c0 74  H..H).H.. s&H..t
	0x0030 0e 48 ff c8 e8 00 00 00 00 48 83 c4 10 5d c3 48  .H.......H...].H
	0x0040 8d 05 00 00 00 00 48 8d 1d 00 00 00 00 e8 00 00  ......H.........
	0x0050 00 00 b8 20 00 00 00 e8 00 00 00 00 90 48 89 44  ... .........H.D
	0x0060 24 08 e8 00 00 00 00 48 8b 44 24 08 eb 92        $......H.D$...
	rel 2+0 t=R_USEIFACE type:string+0
	rel 53+4 t=R_CALL main.deepPanic+0
	rel 66+4 t=R_PCREL type:string+0
	rel 73+4 t=R_PCREL main..stmp_0+0
	rel 78+4 t=R_CALL runtime.gopanic+0
	rel 88+4 t=R_CALL runtime.panicBounds+0
	rel 99+4 t=R_CALL runtime.morestack_noctxt+0
main.withDefers STEXT size=250 align=0x0 args=0x8 locals=0x38 funcid=0x0
	0x0000 00000 (defer_across_stack_growth.go:24)	TEXT	main.withDefers(SB), ABIInternal, $56-8
	0x0000 00000 (defer_across_stack_growth.go:24)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_across_stack_growth.go:24)	PCDATA	$0, $-2
	0x0004 00004 (defer_across_stack_growth.go:24)	JLS	230
	0x000a 00010 (defer_across_stack_growth.go:24)	PCDATA	$0, $-1
	0x000a 00010 (defer_across_stack_growth.go:24)	PUSHQ	BP
	0x000b 00011 (defer_across_stack_growth.go:24)	MOVQ	SP, BP
	0x000e 00014 (defer_across_stack_growth.go:24)	SUBQ	$48, SP
	0x0012 00018 (defer_across_stack_growth.go:24)	MOVQ	X15, 40(SP)
	0x0019 00025 (defer_across_stack_growth.go:24)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0019 00025 (defer_across_stack_growth.go:24)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0019 00025 (defer_across_stack_growth.go:24)	FUNCDATA	$5, main.withDefers.arginfo1(SB)
	0x0019 00025 (defer_across_stack_growth.go:24)	FUNCDATA	$6, main.withDefers.argliveinfo(SB)
	0x0019 00025 (defer_across_stack_growth.go:24)	PCDATA	$3, $1
	0x0019 00025 (defer_across_stack_growth.go:25)	MOVQ	AX, main.k+64(SP)
	0x001e 00030 (defer_across_stack_growth.go:25)	PCDATA	$3, $-1
	0x001e 00030 (defer_across_stack_growth.go:24)	LEAQ	type:int(SB), AX
	0x0025 00037 (defer_across_stack_growth.go:24)	PCDATA	$1, $1
	0x0025 00037 (defer_across_stack_growth.go:24)	CALL	runtime.newobject(SB)
	0x002a 00042 (defer_across_stack_growth.go:24)	MOVQ	AX, main.&total+40(SP)
	0x002f 00047 (defer_across_stack_growth.go:24)	XORL	CX, CX
	0x0031 00049 (defer_across_stack_growth.go:24)	MOVL	$1, DX
	0x0036 00054 (defer_across_stack_growth.go:25)	JMP	68
	0x0038 00056 (defer_across_stack_growth.go:26)	MOVQ	main.&total+40(SP), AX
	0x003d 00061 (<unknown line number>)	MOVQ	main.i+32(SP), CX
	0x0042 00066 (<unknown line number>)	XORL	DX, DX
	0x0044 00068 (defer_across_stack_growth.go:25)	XORL	$1, DX
	0x0047 00071 (defer_across_stack_growth.go:25)	MOVBLZX	DL, DX
	0x004a 00074 (defer_across_stack_growth.go:25)	ADDQ	CX, DX
	0x004d 00077 (defer_across_stack_growth.go:25)	MOVQ	main.k+64(SP), SI
	0x0052 00082 (defer_across_stack_growth.go:25)	CMPQ	SI, DX
	0x0055 00085 (defer_across_stack_growth.go:25)	JLE	193
	0x0057 00087 (defer_across_stack_growth.go:25)	MOVQ	DX, main.i+32(SP)
	0x005c 00092 (defer_across_stack_growth.go:26)	MOVL	$24, AX
	0x0061 00097 (defer_across_stack_growth.go:26)	LEAQ	type:noalg.struct { F uintptr; X0 *int; X1 int }(SB), BX
	0x0068 00104 (defer_across_stack_growth.go:26)	MOVL	$1, CX
	0x006d 00109 (defer_across_stack_growth.go:26)	CALL	runtime.mallocgcSmallScanNoHeaderSC3(SB)
	0x0072 00114 (defer_across_stack_growth.go:26)	LEAQ	main.withDefers.func1(SB), DX
	0x0079 00121 (defer_across_stack_growth.go:26)	MOVQ	DX, (AX)
	0x007c 00124 (defer_across_stack_growth.go:26)	CMPL	runtime.writeBarrier(SB), $0
	0x0083 00131 (defer_across_stack_growth.go:26)	PCDATA	$0, $-2
	0x0083 00131 (defer_across_stack_growth.go:26)	JNE	140
	0x0085 00133 (defer_across_stack_growth.go:26)	MOVQ	main.&total+40(SP), CX
	0x008a 00138 (defer_across_stack_growth.go:26)	JMP	153
	0x008c 00140 (defer_across_stack_growth.go:26)	CALL	runtime.gcWriteBarrier1(SB)
	0x0091 00145 (defer_across_stack_growth.go:26)	MOVQ	main.&total+40(SP), CX
	0x0096 00150 (defer_across_stack_growth.go:26)	MOVQ	CX, (R11)
	0x0099 00153 (defer_across_stack_growth.go:26)	MOVQ	CX, 8(AX)
	0x009d 00157 (defer_across_stack_growth.go:26)	PCDATA	$0, $-1
	0x009d 00157 (defer_across_stack_growth.go:26)	MOVQ	main.i+32(SP), CX
	0x00a2 00162 (defer_across_stack_growth.go:26)	MOVQ	CX, 16(AX)
	0x00a6 00166 (defer_across_stack_growth.go:26)	CALL	runtime.deferproc(SB)
	0x00ab 00171 (defer_across_stack_growth.go:26)	JMP	56
	0x00ad 00173 (defer_across_stack_growth.go:29)	CALL	runtime.deferreturn(SB)
	0x00b2 00178 (defer_across_stack_growth.go:26)	MOVQ	main.&total+40(SP), AX
	0x00b7 00183 (defer_across_stack_growth.go:26)	MOVQ	(AX), AX
	0x00ba 00186 (defer_across_stack_growth.go:29)	ADDQ	$48, SP
	0x00be 00190 (defer_across_stack_growth.go:29)	POPQ	BP
	0x00bf 00191 (defer_across_stack_growth.go:29)	NOP
	0x00c0 00192 (defer_across_stack_growth.go:29)	RET
	0x00c1 00193 (defer_across_stack_growth.go:28)	MOVL	$300000, AX
	0x00c6 00198 (defer_across_stack_growth.go:28)	CALL	main.deep(SB)
	0x00cb 00203 (defer_across_stack_growth.go:28)	MOVQ	main.&total+40(SP), CX
	0x00d0 00208 (defer_across_stack_growth.go:28)	MOVQ	AX, (CX)
	0x00d3 00211 (defer_across_stack_growth.go:29)	CALL	runtime.deferreturn(SB)
	0x00d8 00216 (defer_across_stack_growth.go:28)	MOVQ	main.&total+40(SP), CX
	0x00dd 00221 (defer_across_stack_growth.go:28)	MOVQ	(CX), AX
	0x00e0 00224 (defer_across_stack_growth.go:29)	ADDQ	$48, SP
	0x00e4 00228 (defer_across_stack_growth.go:29)	POPQ	BP
	0x00e5 00229 (defer_across_stack_growth.go:29)	RET
	0x00e6 00230 (defer_across_stack_growth.go:29)	NOP
	0x00e6 00230 (defer_across_stack_growth.go:24)	PCDATA	$1, $-1
	0x00e6 00230 (defer_across_stack_growth.go:24)	PCDATA	$0, $-2
	0x00e6 00230 (defer_across_stack_growth.go:24)	MOVQ	AX, 8(SP)
	0x00eb 00235 (defer_across_stack_growth.go:24)	CALL	runtime.morestack_noctxt(SB)
	0x00f0 00240 (defer_across_stack_growth.go:24)	PCDATA	$0, $-1
	0x00f0 00240 (defer_across_stack_growth.go:24)	MOVQ	8(SP), AX
	0x00f5 00245 (defer_across_stack_growth.go:24)	JMP	0
	0x0000 49 3b 66 10 0f 86 dc 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 30 66 44 0f d6 7c 24 28 48 89 44 24 40 48 8d  .0fD..|$(H.D$@H.
	0x0020 05 00 00 00 00 e8 00 00 00 00 48 89 44 24 28 31  ..........H.D$(1
	0x0030 c9 ba 01 00 00 00 eb 0c 48 8b 44 24 28 48 8b 4c  ........H.D$(H.L
	0x0040 24 20 31 d2 83 f2 01 0f b6 d2 48 01 ca 48 8b 74  $ 1.......H..H.t
	0x0050 24 40 48 39 d6 7e 6a 48 89 54 24 20 b8 18 00 00  $@H9.~jH.T$ ....
	0x0060 00 48 8d 1d 00 00 00 00 b9 01 00 00 00 e8 00 00  .H..............
	0x0070 00 00 48 8d 15 00 00 00 00 48 89 10 83 3d 00 00  ..H......H...=..
	0x0080 00 00 00 75 07 48 8b 4c 24 28 eb 0d e8 00 00 00  ...u.H.L$(......
	0x0090 00 48 8b 4c 24 28 49 89 0b 48 89 48 08 48 8b 4c  .H.L$(I..H.H.H.L
	0x00a0 24 20 48 89 48 10 e8 00 00 00 00 eb 8b e8 00 00  $ H.H...........
	0x00b0 00 00 48 8b 44 24 28 48 8b 00 48 83 c4 30 5d 90  ..H.D$(H..H..0].
	0x00c0 c3 b8 e0 93 04 00 e8 00 00 00 00 48 8b 4c 24 28  ...........H.L$(
	0x00d0 48 89 01 e8 00 00 00 00 48 8b 4c 24 28 48 8b 01  H.......H.L$(H..
	0x00e0 48 83 c4 30 5d c3 48 89 44 24 08 e8 00 00 00 00  H..0].H.D$......
	0x00f0 48 8b 44 24 08 e9 06 ff ff ff                    H.D$......
	rel 33+4 t=R_PCREL type:int+0
	rel 38+4 t=R_CALL runtime.newobject+0
	rel 100+4 t=R_PCREL type:noalg.struct { F uintptr; X0 *int; X1 int }+0
	rel 110+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC3+0
	rel 117+4 t=R_PCREL main.withDefers.func1+0
	rel 126+4 t=R_PCREL runtime.writeBarrier+-1
	rel 141+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 167+4 t=R_CALL runtime.deferproc+0
	rel 174+4 t=R_CALL runtime.deferreturn+0
	rel 199+4 t=R_CALL main.deep+0
	rel 212+4 t=R_CALL runtime.deferreturn+0
	rel 236+4 t=R_CALL runtime.morestack_noctxt+0
main.withDefers.func1 STEXT nosplit size=22 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (defer_across_stack_growth.go:26)	TEXT	main.withDefers.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (defer_across_stack_growth.go:26)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (defer_across_stack_growth.go:26)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (defer_across_stack_growth.go:26)	MOVQ	8(DX), AX
	0x0004 00004 (defer_across_stack_growth.go:26)	MOVQ	(AX), CX
	0x0007 00007 (defer_across_stack_growth.go:26)	ADDQ	CX, CX
	0x000a 00010 (defer_across_stack_growth.go:26)	LEAQ	(CX)(CX*4), CX
	0x000e 00014 (defer_across_stack_growth.go:26)	ADDQ	16(DX), CX
	0x0012 00018 (defer_across_stack_growth.go:26)	MOVQ	CX, (AX)
	0x0015 00021 (defer_across_stack_growth.go:26)	RET
	0x0000 48 8b 42 08 48 8b 08 48 01 c9 48 8d 0c 89 48 03  H.B.H..H..H...H.
	0x0010 4a 10 48 89 08 c3                                J.H...
main.recoverDeep STEXT size=269 align=0x0 args=0x0 locals=0x38 funcid=0x0
	0x0000 00000 (defer_across_stack_growth.go:31)	TEXT	main.recoverDeep(SB), ABIInternal, $56-0
	0x0000 00000 (defer_across_stack_growth.go:31)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_across_stack_growth.go:31)	PCDATA	$0, $-2
	0x0004 00004 (defer_across_stack_growth.go:31)	JLS	259
	0x000a 00010 (defer_across_stack_growth.go:31)	PCDATA	$0, $-1
	0x000a 00010 (defer_across_stack_growth.go:31)	PUSHQ	BP
	0x000b 00011 (defer_across_stack_growth.go:31)	MOVQ	SP, BP
	0x000e 00014 (defer_across_stack_growth.go:31)	SUBQ	$48, SP
	0x0012 00018 (defer_across_stack_growth.go:31)	MOVQ	X15, 40(SP)
	0x0019 00025 (defer_across_stack_growth.go:31)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0019 00025 (defer_across_stack_growth.go:31)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0019 00025 (defer_across_stack_growth.go:31)	MOVL	$16, AX
	0x001e 00030 (defer_across_stack_growth.go:31)	LEAQ	type:string(SB), BX
	0x0025 00037 (defer_across_stack_growth.go:31)	MOVL	$1, CX
	0x002a 00042 (defer_across_stack_growth.go:31)	PCDATA	$1, $1
	0x002a 00042 (defer_across_stack_growth.go:31)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x002f 00047 (defer_across_stack_growth.go:31)	MOVQ	AX, main.&msg+40(SP)
	0x0034 00052 (defer_across_stack_growth.go:31)	XORL	CX, CX
	0x0036 00054 (defer_across_stack_growth.go:32)	JMP	69
	0x0038 00056 (defer_across_stack_growth.go:32)	MOVQ	main.i+32(SP), CX
	0x003d 00061 (defer_across_stack_growth.go:32)	INCQ	CX
	0x0040 00064 (defer_across_stack_growth.go:33)	MOVQ	main.&msg+40(SP), AX
	0x0045 00069 (defer_across_stack_growth.go:32)	CMPQ	CX, $2
	0x0049 00073 (defer_across_stack_growth.go:32)	JGE	180
	0x004b 00075 (defer_across_stack_growth.go:32)	MOVQ	CX, main.i+32(SP)
	0x0050 00080 (defer_across_stack_growth.go:33)	MOVL	$16, AX
	0x0055 00085 (defer_across_stack_growth.go:33)	LEAQ	type:noalg.struct { F uintptr; X0 *string }(SB), BX
	0x005c 00092 (defer_across_stack_growth.go:33)	MOVL	$1, CX
	0x0061 00097 (defer_across_stack_growth.go:33)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x0066 00102 (defer_across_stack_growth.go:33)	LEAQ	main.recoverDeep.func1(SB), DX
	0x006d 00109 (defer_across_stack_growth.go:33)	MOVQ	DX, (AX)
	0x0070 00112 (defer_across_stack_growth.go:33)	CMPL	runtime.writeBarrier(SB), $0
	0x0077 00119 (defer_across_stack_growth.go:33)	PCDATA	$0, $-2
	0x0077 00119 (defer_across_stack_growth.go:33)	JNE	130
	0x0079 00121 (defer_across_stack_growth.go:33)	MOVQ	main.&msg+40(SP), CX
	0x007e 00126 (defer_across_stack_growth.go:33)	NOP
	0x0080 00128 (defer_across_stack_growth.go:33)	JMP	143
	0x0082 00130 (defer_across_stack_growth.go:33)	CALL	runtime.gcWriteBarrier1(SB)
	0x0087 00135 (defer_across_stack_growth.go:33)	MOVQ	main.&msg+40(SP), CX
	0x008c 00140 (defer_across_stack_growth.go:33)	MOVQ	CX, (R11)
	0x008f 00143 (defer_across_stack_growth.go:33)	MOVQ	CX, 8(AX)
	0x0093 00147 (defer_across_stack_growth.go:33)	PCDATA	$0, $-1
	0x0093 00147 (defer_across_stack_growth.go:33)	CALL	runtime.deferproc(SB)
	0x0098 00152 (defer_across_stack_growth.go:33)	JMP	56
	0x009a 00154 (defer_across_stack_growth.go:42)	CALL	runtime.deferreturn(SB)
	0x009f 00159 (defer_across_stack_growth.go:33)	MOVQ	main.&msg+40(SP), AX
	0x00a4 00164 (defer_across_stack_growth.go:33)	MOVQ	(AX), CX
	0x00a7 00167 (defer_across_stack_growth.go:33)	MOVQ	8(AX), BX
	0x00ab 00171 (defer_across_stack_growth.go:33)	MOVQ	CX, AX
	0x00ae 00174 (defer_across_stack_growth.go:42)	ADDQ	$48, SP
	0x00b2 00178 (defer_across_stack_growth.go:42)	POPQ	BP
	0x00b3 00179 (defer_across_stack_growth.go:42)	RET
	0x00b4 00180 (defer_across_stack_growth.go:40)	MOVL	$200000, AX
	0x00b9 00185 (defer_across_stack_growth.go:40)	CALL	main.deepPanic(SB)
	0x00be 00190 (defer_across_stack_growth.go:41)	MOVQ	main.&msg+40(SP), CX
	0x00c3 00195 (defer_across_stack_growth.go:41)	MOVQ	$11, 8(CX)
	0x00cb 00203 (defer_across_stack_growth.go:41)	CMPL	runtime.writeBarrier(SB), $0
	0x00d2 00210 (defer_across_stack_growth.go:41)	PCDATA	$0, $-2
	0x00d2 00210 (defer_across_stack_growth.go:41)	JEQ	223
	0x00d4 00212 (defer_across_stack_growth.go:41)	MOVQ	(CX), AX
	0x00d7 00215 (defer_across_stack_growth.go:41)	CALL	runtime.gcWriteBarrier1(SB)
	0x00dc 00220 (defer_across_stack_growth.go:41)	MOVQ	AX, (R11)
	0x00df 00223 (defer_across_stack_growth.go:41)	LEAQ	go:string."not reached"(SB), AX
	0x00e6 00230 (defer_across_stack_growth.go:41)	MOVQ	AX, (CX)
	0x00e9 00233 (defer_across_stack_growth.go:42)	PCDATA	$0, $-1
	0x00e9 00233 (defer_across_stack_growth.go:42)	CALL	runtime.deferreturn(SB)
	0x00ee 00238 (defer_across_stack_growth.go:41)	MOVQ	main.&msg+40(SP), AX
	0x00f3 00243 (defer_across_stack_growth.go:41)	MOVQ	(AX), CX
	0x00f6 00246 (defer_across_stack_growth.go:41)	MOVQ	8(AX), BX
	0x00fa 00250 (defer_across_stack_growth.go:41)	MOVQ	CX, AX
	0x00fd 00253 (defer_across_stack_growth.go:42)	ADDQ	$48, SP
	0x0101 00257 (defer_across_stack_growth.go:42)	POPQ	BP
	0x0102 00258 (defer_across_stack_growth.go:42)	RET
	0x0103 00259 (defer_across_stack_growth.go:42)	NOP
	0x0103 00259 (defer_across_stack_growth.go:31)	PCDATA	$1, $-1
	0x0103 00259 (defer_across_stack_growth.go:31)	PCDATA	$0, $-2
	0x0103 00259 (defer_across_stack_growth.go:31)	CALL	runtime.morestack_noctxt(SB)
	0x0108 00264 (defer_across_stack_growth.go:31)	PCDATA	$0, $-1
	0x0108 00264 (defer_across_stack_growth.go:31)	JMP	0
	0x0000 49 3b 66 10 0f 86 f9 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 30 66 44 0f d6 7c 24 28 b8 10 00 00 00 48 8d  .0fD..|$(.....H.
	0x0020 1d 00 00 00 00 b9 01 00 00 00 e8 00 00 00 00 48  ...............H
	0x0030 89 44 24 28 31 c9 eb 0d 48 8b 4c 24 20 48 ff c1  .D$(1...H.L$ H..
	0x0040 48 8b 44 24 28 48 83 f9 02 7d 69 48 89 4c 24 20  H.D$(H...}iH.L$ 
	0x0050 b8 10 00 00 00 48 8d 1d 00 00 00 00 b9 01 00 00  .....H..........
	0x0060 00 e8 00 00 00 00 48 8d 15 00 00 00 00 48 89 10  ......H......H..
	0x0070 83 3d 00 00 00 00 00 75 09 48 8b 4c 24 28 66 90  .=.....u.H.L$(f.
	0x0080 eb 0d e8 00 00 00 00 48 8b 4c 24 28 49 89 0b 48  .......H.L$(I..H
	0x0090 89 48 08 e8 00 00 00 00 eb 9e e8 00 00 00 00 48  .H.............H
	0x00a0 8b 44 24 28 48 8b 08 48 8b 58 08 48 89 c8 48 83  .D$(H..H.X.H..H.
	0x00b0 c4 30 5d c3 b8 40 0d 03 00 e8 00 00 00 00 48 8b  .0]..@........H.
	0x00c0 4c 24 28 48 c7 41 08 0b 00 00 00 83 3d 00 00 00  L$(H.A......=...
	0x00d0 00 00 74 0b 48 8b 01 e8 00 00 00 00 49 89 03 48  ..t.H.......I..H
	0x00e0 8d 05 00 00 00 00 48 89 01 e8 00 00 00 00 48 8b  ......H.......H.
	0x00f0 44 24 28 48 8b 08 48 8b 58 08 48 89 c8 48 83 c4  D$(H..H.X.H..H..
	0x0100 30 5d c3 e8 00 00 00 00 e9 f3 fe ff ff           0]...........
	rel 33+4 t=R_PCREL type:string+0
	rel 43+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC2+0
	rel 88+4 t=R_PCREL type:noalg.struct { F uintptr; X0 *string }+0
	rel 98+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC2+0
	rel 105+4 t=R_PCREL main.recoverDeep.func1+0
	rel 114+4 t=R_PCREL runtime.writeBarrier+-1
	rel 131+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 148+4 t=R_CALL runtime.deferproc+0
	rel 155+4 t=R_CALL runtime.deferreturn+0
	rel 186+4 t=R_CALL main.deepPanic+0
	rel 205+4 t=R_PCREL runtime.writeBarrier+-1
	rel 216+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 226+4 t=R_PCREL go:string."not reached"+0
	rel 234+4 t=R_CALL runtime.deferreturn+0
	rel 260+4 t=R_CALL runtime.morestack_noctxt+0
main.recoverDeep.func1 STEXT size=202 align=0x0 args=0x0 locals=0x38 funcid=0x0
	0x0000 00000 (defer_across_stack_growth.go:33)	TEXT	main.recoverDeep.func1(SB), NEEDCTXT|ABIInternal, $56-0
	0x0000 00000 (defer_across_stack_growth.go:33)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_across_stack_growth.go:33)	PCDATA	$0, $-2
	0x0004 00004 (defer_across_stack_growth.go:33)	JLS	191
	0x000a 00010 (defer_across_stack_growth.go:33)	PCDATA	$0, $-1
	0x000a 00010 (defer_across_stack_growth.go:33)	PUSHQ	BP
	0x000b 00011 (defer_across_stack_growth.go:33)	MOVQ	SP, BP
	0x000e 00014 (defer_across_stack_growth.go:33)	SUBQ	$48, SP
	0x0012 00018 (defer_across_stack_growth.go:33)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (defer_across_stack_growth.go:33)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0012 00018 (defer_across_stack_growth.go:33)	MOVQ	8(DX), AX
	0x0016 00022 (defer_across_stack_growth.go:33)	MOVQ	AX, main.&msg+40(SP)
	0x001b 00027 (defer_across_stack_growth.go:34)	PCDATA	$1, $1
	0x001b 00027 (defer_across_stack_growth.go:34)	NOP
	0x0020 00032 (defer_across_stack_growth.go:34)	CALL	runtime.gorecover(SB)
	0x0025 00037 (defer_across_stack_growth.go:34)	TESTQ	AX, AX
	0x0028 00040 (defer_across_stack_growth.go:34)	JEQ	99
	0x002a 00042 (defer_across_stack_growth.go:35)	LEAQ	type:string(SB), DX
	0x0031 00049 (defer_across_stack_growth.go:35)	CMPQ	AX, DX
	0x0034 00052 (defer_across_stack_growth.go:35)	JNE	175
	0x0036 00054 (defer_across_stack_growth.go:35)	MOVQ	8(BX), DX
	0x003a 00058 (defer_across_stack_growth.go:35)	MOVQ	(BX), R8
	0x003d 00061 (defer_across_stack_growth.go:35)	MOVQ	main.&msg+40(SP), R9
	0x0042 00066 (defer_across_stack_growth.go:35)	MOVQ	DX, 8(R9)
	0x0046 00070 (defer_across_stack_growth.go:35)	CMPL	runtime.writeBarrier(SB), $0
	0x004d 00077 (defer_across_stack_growth.go:35)	PCDATA	$0, $-2
	0x004d 00077 (defer_across_stack_growth.go:35)	JEQ	94
	0x004f 00079 (defer_across_stack_growth.go:35)	MOVQ	(R9), DX
	0x0052 00082 (defer_across_stack_growth.go:35)	CALL	runtime.gcWriteBarrier2(SB)
	0x0057 00087 (defer_across_stack_growth.go:35)	MOVQ	R8, (R11)
	0x005a 00090 (defer_across_stack_growth.go:35)	MOVQ	DX, 8(R11)
	0x005e 00094 (defer_across_stack_growth.go:35)	MOVQ	R8, (R9)
	0x0061 00097 (defer_across_stack_growth.go:35)	PCDATA	$0, $-1
	0x0061 00097 (defer_across_stack_growth.go:35)	JMP	104
	0x0063 00099 (defer_across_stack_growth.go:37)	MOVQ	main.&msg+40(SP), R9
	0x0068 00104 (defer_across_stack_growth.go:37)	MOVQ	(R9), BX
	0x006b 00107 (defer_across_stack_growth.go:37)	MOVQ	8(R9), CX
	0x006f 00111 (defer_across_stack_growth.go:37)	XORL	AX, AX
	0x0071 00113 (defer_across_stack_growth.go:37)	LEAQ	go:string."!"(SB), DI
	0x0078 00120 (defer_across_stack_growth.go:37)	MOVL	$1, SI
	0x007d 00125 (defer_across_stack_growth.go:37)	NOP
	0x0080 00128 (defer_across_stack_growth.go:37)	CALL	runtime.concatstring2(SB)
	0x0085 00133 (defer_across_stack_growth.go:37)	MOVQ	main.&msg+40(SP), DX
	0x008a 00138 (defer_across_stack_growth.go:37)	MOVQ	BX, 8(DX)
	0x008e 00142 (defer_across_stack_growth.go:37)	CMPL	runtime.writeBarrier(SB), $0
	0x0095 00149 (defer_across_stack_growth.go:37)	PCDATA	$0, $-2
	0x0095 00149 (defer_across_stack_growth.go:37)	JEQ	166
	0x0097 00151 (defer_across_stack_growth.go:37)	MOVQ	(DX), CX
	0x009a 00154 (defer_across_stack_growth.go:37)	CALL	runtime.gcWriteBarrier2(SB)
	0x009f 00159 (defer_across_stack_growth.go:37)	MOVQ	AX, (R11)
	0x00a2 00162 (defer_across_stack_growth.go:37)	MOVQ	CX, 8(R11)
	0x00a6 00166 (defer_across_stack_growth.go:37)	MOVQ	AX, (DX)
	0x00a9 00169 (defer_across_stack_growth.go:38)	PCDATA	$0, $-1
	0x00a9 00169 (defer_across_stack_growth.go:38)	ADDQ	$48, SP
	0x00ad 00173 (defer_across_stack_growth.go:38)	POPQ	BP
	0x00ae 00174 (defer_across_stack_growth.go:38)	RET
	0x00af 00175 (defer_across_stack_growth.go:35)	MOVQ	DX, BX
	0x00b2 00178 (defer_across_stack_growth.go:35)	LEAQ	type:interface {}(SB), CX
	0x00b9 00185 (defer_across_stack_growth.go:35)	PCDATA	$1, $0
	0x00b9 00185 (defer_across_stack_growth.go:35)	CALL	runtime.panicdottypeE(SB)
	0x00be 00190 (defer_across_stack_growth.go:35)	XCHGL	AX, AX
	0x00bf 00191 (defer_across_stack_growth.go:35)	NOP
	0x00bf 00191 (defer_across_stack_growth.go:33)	PCDATA	$1, $-1
	0x00bf 00191 (defer_across_stack_growth.go:33)	PCDATA	$0, $-2
	0x00bf 00191 (defer_across_stack_growth.go:33)	NOP
	0x00c0 00192 (defer_across_stack_growth.go:33)	CALL	runtime.morestack(SB)
	0x00c5 00197 (defer_across_stack_growth.go:33)	PCDATA	$0, $-1
	0x00c5 00197 (defer_across_stack_growth.go:33)	JMP	0
	0x0000 49 3b 66 10 0f 86 b5 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 30 48 8b 42 08 48 89 44 24 28 0f 1f 44 00 00  .0H.B.H.D$(..D..
	0x0020 e8 00 00 00 00 48 85 c0 74 39 48 8d 15 00 00 00  .....H..t9H.....
	0x0030 00 48 39 d0 75 79 48 8b 53 08 4c 8b 03 4c 8b 4c  .H9.uyH.S.L..L.L
	0x0040 24 28 49 89 51 08 83 3d 00 00 00 00 00 74 0f 49  $(I.Q..=.....t.I
	0x0050 8b 11 e8 00 00 00 00 4d 89 03 49 89 53 08 4d 89  .......M..I.S.M.
	0x0060 01 eb 05 4c 8b 4c 24 28 49 8b 19 49 8b 49 08 31  ...L.L$(I..I.I.1
	0x0070 c0 48 8d 3d 00 00 00 00 be 01 00 00 00 0f 1f 00  .H.=............
	0x0080 e8 00 00 00 00 48 8b 54 24 28 48 89 5a 08 83 3d  .....H.T$(H.Z..=
	0x0090 00 00 00 00 00 74 0f 48 8b 0a e8 00 00 00 00 49  .....t.H.......I
	0x00a0 89 03 49 89 4b 08 48 89 02 48 83 c4 30 5d c3 48  ..I.K.H..H..0].H
	0x00b0 89 d3 48 8d 0d 00 00 00 00 e8 00 00 00 00 90 90  ..H.............
	0x00c0 e8 00 00 00 00 e9 36 ff ff ff                    ......6...
	rel 33+4 t=R_CALL runtime.gorecover+0
	rel 45+4 t=R_PCREL type:string+0
	rel 72+4 t=R_PCREL runtime.writeBarrier+-1
	rel 83+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 116+4 t=R_PCREL go:string."!"+0
	rel 129+4 t=R_CALL runtime.concatstring2+0
	rel 144+4 t=R_PCREL runtime.writeBarrier+-1
	rel 155+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 181+4 t=R_PCREL type:interface {}+0
	rel 186+4 t=R_CALL runtime.panicdottypeE+0
	rel 193+4 t=R_CALL runtime.morestack+0
main.main STEXT size=119 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (defer_across_stack_growth.go:44)	TEXT	main.main(SB), ABIInternal, $40-0
	0x0000 00000 (defer_across_stack_growth.go:44)	CMPQ	SP, 16(R14)
	0x0004 00004 (defer_across_stack_growth.go:44)	PCDATA	$0, $-2
	0x0004 00004 (defer_across_stack_growth.go:44)	JLS	112
	0x0006 00006 (defer_across_stack_growth.go:44)	PCDATA	$0, $-1
	0x0006 00006 (defer_across_stack_growth.go:44)	PUSHQ	BP
	0x0007 00007 (defer_across_stack_growth.go:44)	MOVQ	SP, BP
	0x000a 00010 (defer_across_stack_growth.go:44)	SUBQ	$32, SP
	0x000e 00014 (defer_across_stack_growth.go:44)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (defer_across_stack_growth.go:44)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (defer_across_stack_growth.go:45)	MOVL	$4, AX
	0x0013 00019 (defer_across_stack_growth.go:45)	PCDATA	$1, $0
	0x0013 00019 (defer_across_stack_growth.go:45)	CALL	main.withDefers(SB)
	0x0018 00024 (defer_across_stack_growth.go:45)	MOVQ	AX, main..autotmp_2+16(SP)
	0x001d 00029 (defer_across_stack_growth.go:45)	NOP
	0x0020 00032 (defer_across_stack_growth.go:45)	CALL	runtime.printlock(SB)
	0x0025 00037 (defer_across_stack_growth.go:45)	MOVQ	main..autotmp_2+16(SP), AX
	0x002a 00042 (defer_across_stack_growth.go:45)	CALL	runtime.printint(SB)
	0x002f 00047 (defer_across_stack_growth.go:45)	CALL	runtime.printnl(SB)
	0x0034 00052 (defer_across_stack_growth.go:45)	CALL	runtime.printunlock(SB)
	0x0039 00057 (defer_across_stack_growth.go:46)	CALL	main.recoverDeep(SB)
	0x003e 00062 (defer_across_stack_growth.go:46)	MOVQ	AX, main..autotmp_3+24(SP)
	0x0043 00067 (defer_across_stack_growth.go:46)	MOVQ	BX, main..autotmp_2+16(SP)
	0x0048 00072 (defer_across_stack_growth.go:46)	PCDATA	$1, $1
	0x0048 00072 (defer_across_stack_growth.go:46)	CALL	runtime.printlock(SB)
	0x004d 00077 (defer_across_stack_growth.go:46)	MOVQ	main..autotmp_3+24(SP), AX
	0x0052 00082 (defer_across_stack_growth.go:46)	MOVQ	main..autotmp_2+16(SP), BX
	0x0057 00087 (defer_across_stack_growth.go:46)	PCDATA	$1, $0
	0x0057 00087 (defer_across_stack_growth.go:46)	CALL	runtime.printstring(SB)
	0x005c 00092 (defer_across_stack_growth.go:46)	NOP
	0x0060 00096 (defer_across_stack_growth.go:46)	CALL	runtime.printnl(SB)
	0x0065 00101 (defer_across_stack_growth.go:46)	CALL	runtime.printunlock(SB)
	0x006a 00106 (defer_across_stack_growth.go:47)	ADDQ	$32, SP
	0x006e 00110 (defer_across_stack_growth.go:47)	POPQ	BP
	0x006f 00111 (defer_across_stack_growth.go:47)	RET
	0x0070 00112 (defer_across_stack_growth.go:47)	NOP
	0x0070 00112 (defer_across_stack_growth.go:44)	PCDATA	$1, $-1
	0x0070 00112 (defer_across_stack_growth.go:44)	PCDATA	$0, $-2
	0x0070 00112 (defer_across_stack_growth.go:44)	CALL	runtime.morestack_noctxt(SB)
	0x0075 00117 (defer_across_stack_growth.go:44)	PCDATA	$0, $-1
	0x0075 00117 (defer_across_stack_growth.go:44)	JMP	0
	0x0000 49 3b 66 10 76 6a 55 48 89 e5 48 83 ec 20 b8 04  I;f.vjUH..H.. ..
	0x0010 00 00 00 e8 00 00 00 00 48 89 44 24 10 0f 1f 00  ........H.D$....
	0x0020 e8 00 00 00 00 48 8b 44 24 10 e8 00 00 00 00 e8  .....H.D$.......
	0x0030 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 89  ..............H.
	0x0040 44 24 18 48 89 5c 24 10 e8 00 00 00 00 48 8b 44  D$.H.\$......H.D
	0x0050 24 18 48 8b 5c 24 10 e8 00 00 00 00 0f 1f 40 00  $.H.\$........@.
	0x0060 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 20 5d c3  ..........H.. ].
	0x0070 e8 00 00 00 00 eb 89                             .......
	rel 20+4 t=R_CALL main.withDefers+0
	rel 33+4 t=R_CALL runtime.printlock+0
	rel 43+4 t=R_CALL runtime.printint+0
	rel 48+4 t=R_CALL runtime.printnl+0
	rel 53+4 t=R_CALL runtime.printunlock+0
	rel 58+4 t=R_CALL main.recoverDeep+0
	rel 73+4 t=R_CALL runtime.printlock+0
	rel 88+4 t=R_CALL runtime.printstring+0
	rel 97+4 t=R_CALL runtime.printnl+0
	rel 102+4 t=R_CALL runtime.printunlock+0
	rel 113+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."bottom reached" SRODATA dupok size=14 align=0x1
	0x0000 62 6f 74 74 6f 6d 20 72 65 61 63 68 65 64        bottom reached
main..stmp_0 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 0e 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."bottom reached"+0
go:string."not reached" SRODATA dupok size=11 align=0x1
	0x0000 6e 6f 74 20 72 65 61 63 68 65 64                 not reached
go:string."!" SRODATA dupok size=1 align=0x1
	0x0000 21                                               !
type:.eqfunc.M256 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
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
runtime.gcbits. SRODATA dupok size=0 align=0x8
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
type:.namedata.*struct { F uintptr; X0 *string }- SRODATA dupok size=35 align=0x1
	0x0000 00 21 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  .!*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 2a 73 74 72 69 6e  ntptr; X0 *strin
	0x0020 67 20 7d                                         g }
type:noalg.*struct { F uintptr; X0 *string } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c3 b0 7a c7 20 08 08 16 00 00 00 00 00 00 00 00  ..z. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *string }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *string }+0
type:noalg.struct { F uintptr; X0 *string } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 54 ba 27 a1 02 08 08 19 00 00 00 00 00 00 00 00  T.'.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *string }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 *string }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *string }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:*string+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.deep.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.deep.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.deepPanic.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.deepPanic.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
main.withDefers.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.withDefers.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
