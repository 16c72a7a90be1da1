funcpctab main.earlyReturn [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:33)	TEXT	main.earlyReturn(SB), ABIInternal, $104-0
     0        00000 (range_over_func_defer_panic.go:33)	TEXT	main.earlyReturn(SB), ABIInternal, $104-0
     0     -1 00000 (range_over_func_defer_panic.go:33)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:33)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:33)	JLS	236
     a        00010 (range_over_func_defer_panic.go:33)	PCDATA	$0, $-1
     a        00010 (range_over_func_defer_panic.go:33)	PUSHQ	BP
     b        00011 (range_over_func_defer_panic.go:33)	MOVQ	SP, BP
     e        00014 (range_over_func_defer_panic.go:33)	SUBQ	$96, SP
    12        00018 (range_over_func_defer_panic.go:33)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (range_over_func_defer_panic.go:33)	FUNCDATA	$1, gclocals·/9is4gq24Q1h4ArwHiu1tg==(SB)
    12        00018 (range_over_func_defer_panic.go:33)	FUNCDATA	$2, main.earlyReturn.stkobj(SB)
    12        00018 (range_over_func_defer_panic.go:33)	MOVQ	$0, main.#rv1+32(SP)
    1b        00027 (range_over_func_defer_panic.go:34)	MOVQ	$0, main.#next+40(SP)
    24        00036 (range_over_func_defer_panic.go:34)	PCDATA	$1, $0
    24        00036 (range_over_func_defer_panic.go:34)	CALL	runtime.deferrangefunc(SB)
    29        00041 (range_over_func_defer_panic.go:34)	MOVQ	$1, main.#state1+24(SP)
    32        00050 (range_over_func_defer_panic.go:34)	LEAQ	main.earlyReturn-range1(SB), CX
    39        00057 (range_over_func_defer_panic.go:34)	MOVQ	CX, main..autotmp_9+48(SP)
    3e        00062 (range_over_func_defer_panic.go:34)	LEAQ	main.#state1+24(SP), CX
    43        00067 (range_over_func_defer_panic.go:34)	MOVQ	CX, main..autotmp_9+56(SP)
    48        00072 (range_over_func_defer_panic.go:34)	MOVQ	AX, main..autotmp_9+64(SP)
    4d        00077 (range_over_func_defer_panic.go:34)	MOVQ	BX, main..autotmp_9+72(SP)
    52        00082 (range_over_func_defer_panic.go:34)	LEAQ	main.#rv1+32(SP), CX
    57        00087 (range_over_func_defer_panic.go:34)	MOVQ	CX, main..autotmp_9+80(SP)
    5c        00092 (range_over_func_defer_panic.go:34)	LEAQ	main.#next+40(SP), CX
    61        00097 (range_over_func_defer_panic.go:34)	MOVQ	CX, main..autotmp_9+88(SP)
    66        00102 (<unknown line number>)	NOP
    66      0 00102 (range_over_func_defer_panic.go:34)	LEAQ	main.Seq.func1#TvuX58xFILk=#(SB), CX
    6d        00109 (range_over_func_defer_panic.go:34)	MOVQ	CX, main..autotmp_11+8(SP)
    72        00114 (range_over_func_defer_panic.go:34)	MOVQ	$10, main..autotmp_11+16(SP)
    7b     -1 00123 (range_over_func_defer_panic.go:34)	LEAQ	main..autotmp_9+48(SP), AX
    80        00128 (range_over_func_defer_panic.go:34)	LEAQ	main..autotmp_11+8(SP), DX
    85        00133 (range_over_func_defer_panic.go:34)	CALL	CX
    87        00135 (range_over_func_defer_panic.go:39)	CMPQ	main.#state1+24(SP), $2
    8d        00141 (range_over_func_defer_panic.go:39)	JEQ	225
    8f        00143 (range_over_func_defer_panic.go:39)	MOVQ	$3, main.#state1+24(SP)
    98        00152 (range_over_func_defer_panic.go:39)	CMPQ	main.#next+40(SP), $-1
    9e        00158 (range_over_func_defer_panic.go:39)	NOP
    a0        00160 (range_over_func_defer_panic.go:39)	JNE	178
    a2        00162 (range_over_func_defer_panic.go:41)	CALL	runtime.deferreturn(SB)
    a7        00167 (range_over_func_defer_panic.go:39)	MOVQ	main.#rv1+32(SP), AX
    ac        00172 (range_over_func_defer_panic.go:41)	ADDQ	$96, SP
    b0        00176 (range_over_func_defer_panic.go:41)	POPQ	BP
    b1        00177 (range_over_func_defer_panic.go:41)	RET
    b2        00178 (range_over_func_defer_panic.go:40)	MOVQ	$-1, main.#rv1+32(SP)
    bb        00187 (range_over_func_defer_panic.go:40)	NOP
    c0        00192 (range_over_func_defer_panic.go:41)	CALL	runtime.deferreturn(SB)
    c5        00197 (range_over_func_defer_panic.go:40)	MOVQ	main.#rv1+32(SP), AX
    ca        00202 (range_over_func_defer_panic.go:41)	ADDQ	$96, SP
    ce        00206 (range_over_func_defer_panic.go:41)	POPQ	BP
    cf        00207 (range_over_func_defer_panic.go:41)	RET
    d0        00208 (range_over_func_defer_panic.go:41)	CALL	runtime.deferreturn(SB)
    d5        00213 (range_over_func_defer_panic.go:34)	MOVQ	main.#rv1+32(SP), AX
    da        00218 (range_over_func_defer_panic.go:41)	ADDQ	$96, SP
    de        00222 (range_over_func_defer_panic.go:41)	POPQ	BP
    df        00223 (range_over_func_defer_panic.go:41)	NOP
    e0        00224 (range_over_func_defer_panic.go:41)	RET
    e1        00225 (range_over_func_defer_panic.go:39)	MOVL	$4, AX
    e6        00230 (range_over_func_defer_panic.go:39)	CALL	runtime.panicrangestate(SB)
    eb        00235 (range_over_func_defer_panic.go:39)	XCHGL	AX, AX
    ec        00236 (range_over_func_defer_panic.go:39)	NOP
    ec        00236 (range_over_func_defer_panic.go:33)	PCDATA	$1, $-1
    ec        00236 (range_over_func_defer_panic.go:33)	PCDATA	$0, $-2
    ec        00236 (range_over_func_defer_panic.go:33)	CALL	runtime.morestack_noctxt(SB)
    f1        00241 (range_over_func_defer_panic.go:33)	PCDATA	$0, $-1
    f1        00241 (range_over_func_defer_panic.go:33)	JMP	0
    f6 done
wrote 7 bytes to 0x0
 00 66 02 15 01 7b 00
-- inlining tree for main.earlyReturn:
0 | -1 | main.Seq (range_over_func_defer_panic.go:34:20) pc=27
--
funcpctab main.Seq.func1#TvuX58xFILk=# [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.func1#TvuX58xFILk=#(SB), NEEDCTXT|ABIInternal, $64-8
     0        00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.func1#TvuX58xFILk=#(SB), NEEDCTXT|ABIInternal, $64-8
     0     -1 00000 (range_over_func_defer_panic.go:5)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:5)	JLS	179
     a        00010 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
     a        00010 (range_over_func_defer_panic.go:5)	PUSHQ	BP
     b        00011 (range_over_func_defer_panic.go:5)	MOVQ	SP, BP
     e        00014 (range_over_func_defer_panic.go:5)	SUBQ	$56, SP
    12        00018 (range_over_func_defer_panic.go:5)	MOVQ	X15, 48(SP)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$1, gclocals·8xbbc5PsWar066JsPAuALg==(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$5, main.Seq.func1#TvuX58xFILk=#.arginfo1(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$6, main.Seq.func1#TvuX58xFILk=#.argliveinfo(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$4, main.Seq.func1#TvuX58xFILk=#.opendefer(SB)
    19        00025 (range_over_func_defer_panic.go:5)	PCDATA	$3, $1
    19        00025 (range_over_func_defer_panic.go:7)	MOVQ	AX, main.yield+72(SP)
    1e        00030 (range_over_func_defer_panic.go:7)	PCDATA	$3, $-1
    1e        00030 (range_over_func_defer_panic.go:5)	MOVB	$0, main..autotmp_6+15(SP)
    23        00035 (range_over_func_defer_panic.go:5)	MOVQ	8(DX), CX
    27        00039 (range_over_func_defer_panic.go:5)	MOVQ	CX, main.n+16(SP)
    2c        00044 (range_over_func_defer_panic.go:6)	LEAQ	main.Seq.func1#TvuX58xFILk=#.deferwrap1(SB), BX
    33        00051 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_5+32(SP)
    38        00056 (range_over_func_defer_panic.go:6)	MOVQ	CX, main..autotmp_5+40(SP)
    3d        00061 (range_over_func_defer_panic.go:6)	LEAQ	main..autotmp_5+32(SP), BX
    42        00066 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_8+48(SP)
    47        00071 (range_over_func_defer_panic.go:6)	MOVB	$1, main..autotmp_6+15(SP)
    4c        00076 (range_over_func_defer_panic.go:6)	XORL	DX, DX
    4e        00078 (range_over_func_defer_panic.go:7)	JMP	98
    50        00080 (range_over_func_defer_panic.go:7)	MOVQ	main.i+24(SP), DX
    55        00085 (range_over_func_defer_panic.go:7)	INCQ	DX
    58        00088 (range_over_func_defer_panic.go:8)	MOVQ	main.yield+72(SP), AX
    5d        00093 (range_over_func_defer_panic.go:7)	MOVQ	main.n+16(SP), CX
    62        00098 (range_over_func_defer_panic.go:7)	CMPQ	DX, CX
    65        00101 (range_over_func_defer_panic.go:7)	JGE	147
    67        00103 (range_over_func_defer_panic.go:7)	MOVQ	DX, main.i+24(SP)
    6c        00108 (range_over_func_defer_panic.go:8)	MOVQ	(AX), CX
    6f        00111 (range_over_func_defer_panic.go:7)	MOVQ	AX, BX
    72        00114 (range_over_func_defer_panic.go:8)	MOVQ	DX, AX
    75        00117 (range_over_func_defer_panic.go:8)	MOVQ	BX, DX
    78        00120 (range_over_func_defer_panic.go:8)	PCDATA	$1, $1
    78        00120 (range_over_func_defer_panic.go:8)	CALL	CX
    7a        00122 (range_over_func_defer_panic.go:8)	TESTB	AL, AL
    7c        00124 (range_over_func_defer_panic.go:8)	JNE	80
    7e        00126 (range_over_func_defer_panic.go:9)	MOVB	$0, main..autotmp_6+15(SP)
    83        00131 (range_over_func_defer_panic.go:9)	MOVQ	main..autotmp_8+48(SP), DX
    88        00136 (range_over_func_defer_panic.go:9)	MOVQ	(DX), AX
    8b        00139 (range_over_func_defer_panic.go:9)	PCDATA	$1, $2
    8b        00139 (range_over_func_defer_panic.go:9)	CALL	AX
    8d        00141 (range_over_func_defer_panic.go:9)	ADDQ	$56, SP
    91        00145 (range_over_func_defer_panic.go:9)	POPQ	BP
    92        00146 (range_over_func_defer_panic.go:9)	RET
    93        00147 (range_over_func_defer_panic.go:12)	MOVB	$0, main..autotmp_6+15(SP)
    98        00152 (range_over_func_defer_panic.go:12)	MOVQ	main..autotmp_8+48(SP), DX
    9d        00157 (range_over_func_defer_panic.go:12)	MOVQ	(DX), AX
    a0        00160 (range_over_func_defer_panic.go:12)	CALL	AX
    a2        00162 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
    a6        00166 (range_over_func_defer_panic.go:12)	POPQ	BP
    a7        00167 (range_over_func_defer_panic.go:12)	RET
    a8        00168 (range_over_func_defer_panic.go:12)	CALL	runtime.deferreturn(SB)
    ad        00173 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
    b1        00177 (range_over_func_defer_panic.go:12)	POPQ	BP
    b2        00178 (range_over_func_defer_panic.go:12)	RET
    b3        00179 (range_over_func_defer_panic.go:12)	NOP
    b3        00179 (range_over_func_defer_panic.go:5)	PCDATA	$1, $-1
    b3        00179 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
    b3        00179 (range_over_func_defer_panic.go:5)	MOVQ	AX, 8(SP)
    b8        00184 (range_over_func_defer_panic.go:5)	CALL	runtime.morestack(SB)
    bd        00189 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
    bd        00189 (range_over_func_defer_panic.go:5)	MOVQ	8(SP), AX
    c2        00194 (range_over_func_defer_panic.go:5)	JMP	0
    c7 done
wrote 4 bytes to 0x0
 00 c7 01 00
funcpctab main.Seq.func1#TvuX58xFILk=#.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.func1#TvuX58xFILk=#.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0        00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.func1#TvuX58xFILk=#.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (range_over_func_defer_panic.go:6)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:6)	JLS	75
     6        00006 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
     6        00006 (range_over_func_defer_panic.go:6)	PUSHQ	BP
     7        00007 (range_over_func_defer_panic.go:6)	MOVQ	SP, BP
     a        00010 (range_over_func_defer_panic.go:6)	SUBQ	$24, SP
     e        00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:6)	MOVQ	8(DX), AX
    12        00018 (range_over_func_defer_panic.go:6)	MOVQ	AX, main..autotmp_1+16(SP)
    17        00023 (range_over_func_defer_panic.go:6)	PCDATA	$1, $0
    17        00023 (range_over_func_defer_panic.go:6)	CALL	runtime.printlock(SB)
    1c        00028 (range_over_func_defer_panic.go:6)	LEAQ	go:string."iterator done "(SB), AX
    23        00035 (range_over_func_defer_panic.go:6)	MOVL	$14, BX
    28        00040 (range_over_func_defer_panic.go:6)	CALL	runtime.printstring(SB)
    2d        00045 (range_over_func_defer_panic.go:6)	MOVQ	main..autotmp_1+16(SP), AX
    32        00050 (range_over_func_defer_panic.go:6)	CALL	runtime.printint(SB)
    37        00055 (range_over_func_defer_panic.go:6)	CALL	runtime.printnl(SB)
    3c        00060 (range_over_func_defer_panic.go:6)	NOP
    40        00064 (range_over_func_defer_panic.go:6)	CALL	runtime.printunlock(SB)
    45        00069 (range_over_func_defer_panic.go:6)	ADDQ	$24, SP
    49        00073 (range_over_func_defer_panic.go:6)	POPQ	BP
    4a        00074 (range_over_func_defer_panic.go:6)	RET
    4b        00075 (range_over_func_defer_panic.go:6)	NOP
    4b        00075 (range_over_func_defer_panic.go:6)	PCDATA	$1, $-1
    4b        00075 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
    4b        00075 (range_over_func_defer_panic.go:6)	CALL	runtime.morestack(SB)
    50        00080 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
    50        00080 (range_over_func_defer_panic.go:6)	JMP	0
    52 done
wrote 3 bytes to 0x0
 00 52 00
funcpctab main.earlyReturn-range1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:34)	TEXT	main.earlyReturn-range1(SB), NEEDCTXT|ABIInternal, $88-8
     0        00000 (range_over_func_defer_panic.go:34)	TEXT	main.earlyReturn-range1(SB), NEEDCTXT|ABIInternal, $88-8
     0     -1 00000 (range_over_func_defer_panic.go:34)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:34)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:34)	JLS	282
     a        00010 (range_over_func_defer_panic.go:34)	PCDATA	$0, $-1
     a        00010 (range_over_func_defer_panic.go:34)	PUSHQ	BP
     b        00011 (range_over_func_defer_panic.go:34)	MOVQ	SP, BP
     e        00014 (range_over_func_defer_panic.go:34)	SUBQ	$80, SP
    12        00018 (range_over_func_defer_panic.go:34)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    12        00018 (range_over_func_defer_panic.go:34)	FUNCDATA	$1, gclocals·y89SHoMbHsQLaGOYIGuGZQ==(SB)
    12        00018 (range_over_func_defer_panic.go:34)	FUNCDATA	$5, main.earlyReturn-range1.arginfo1(SB)
    12        00018 (range_over_func_defer_panic.go:34)	FUNCDATA	$6, main.earlyReturn-range1.argliveinfo(SB)
    12        00018 (range_over_func_defer_panic.go:34)	PCDATA	$3, $1
    12        00018 (range_over_func_defer_panic.go:34)	MOVQ	8(DX), SI
    16        00022 (range_over_func_defer_panic.go:34)	MOVQ	16(DX), DI
    1a        00026 (range_over_func_defer_panic.go:34)	MOVQ	24(DX), R8
    1e        00030 (range_over_func_defer_panic.go:34)	MOVQ	32(DX), R9
    22        00034 (range_over_func_defer_panic.go:34)	MOVQ	40(DX), DX
    26        00038 (range_over_func_defer_panic.go:34)	MOVB	$0, go:builtin.#r+39(SP)
    2b        00043 (range_over_func_defer_panic.go:34)	MOVQ	(SI), R10
    2e        00046 (range_over_func_defer_panic.go:34)	MOVQ	$2, (SI)
    35        00053 (range_over_func_defer_panic.go:34)	CMPQ	R10, $1
    39        00057 (range_over_func_defer_panic.go:34)	JNE	273
    3f        00063 (range_over_func_defer_panic.go:34)	MOVQ	AX, main.v+96(SP)
    44        00068 (range_over_func_defer_panic.go:34)	PCDATA	$3, $-1
    44        00068 (range_over_func_defer_panic.go:34)	MOVQ	SI, main.&#state1+48(SP)
    49        00073 (range_over_func_defer_panic.go:34)	MOVQ	R9, main.&#rv1+56(SP)
    4e        00078 (range_over_func_defer_panic.go:34)	MOVQ	DX, main.&#next+64(SP)
    53        00083 (range_over_func_defer_panic.go:34)	MOVQ	R8, main.#defers.data+72(SP)
    58        00088 (range_over_func_defer_panic.go:34)	MOVQ	DI, main.#defers.type+40(SP)
    5d        00093 (range_over_func_defer_panic.go:35)	MOVL	$16, AX
    62        00098 (range_over_func_defer_panic.go:35)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
    69        00105 (range_over_func_defer_panic.go:35)	MOVL	$1, CX
    6e        00110 (range_over_func_defer_panic.go:35)	PCDATA	$1, $1
    6e        00110 (range_over_func_defer_panic.go:35)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
    73        00115 (range_over_func_defer_panic.go:35)	LEAQ	main.earlyReturn-range1.deferwrap1(SB), DX
    7a        00122 (range_over_func_defer_panic.go:35)	MOVQ	DX, (AX)
    7d        00125 (range_over_func_defer_panic.go:35)	MOVQ	main.v+96(SP), DX
    82        00130 (range_over_func_defer_panic.go:35)	MOVQ	DX, 8(AX)
    86        00134 (range_over_func_defer_panic.go:35)	MOVQ	main.#defers.type+40(SP), BX
    8b        00139 (range_over_func_defer_panic.go:35)	MOVQ	main.#defers.data+72(SP), CX
    90        00144 (range_over_func_defer_panic.go:35)	PCDATA	$1, $2
    90        00144 (range_over_func_defer_panic.go:35)	CALL	runtime.deferprocat(SB)
    95        00149 (range_over_func_defer_panic.go:36)	MOVQ	main.v+96(SP), AX
    9a        00154 (range_over_func_defer_panic.go:36)	NOP
    a0        00160 (range_over_func_defer_panic.go:36)	CMPQ	AX, $2
    a4        00164 (range_over_func_defer_panic.go:36)	JNE	223
    a6        00166 (range_over_func_defer_panic.go:37)	MOVQ	main.&#rv1+56(SP), AX
    ab        00171 (range_over_func_defer_panic.go:37)	MOVQ	$200, (AX)
    b2        00178 (range_over_func_defer_panic.go:37)	MOVQ	main.&#next+64(SP), AX
    b7        00183 (range_over_func_defer_panic.go:37)	MOVQ	$-1, (AX)
    be        00190 (range_over_func_defer_panic.go:37)	MOVQ	main.&#state1+48(SP), AX
    c3        00195 (range_over_func_defer_panic.go:37)	MOVQ	$0, (AX)
    ca        00202 (range_over_func_defer_panic.go:37)	MOVB	$0, go:builtin.#r+39(SP)
    cf        00207 (range_over_func_defer_panic.go:39)	PCDATA	$1, $0
    cf        00207 (range_over_func_defer_panic.go:39)	CALL	runtime.deferreturn(SB)
    d4        00212 (range_over_func_defer_panic.go:37)	MOVBLZX	go:builtin.#r+39(SP), AX
    d9        00217 (range_over_func_defer_panic.go:39)	ADDQ	$80, SP
    dd        00221 (range_over_func_defer_panic.go:39)	POPQ	BP
    de        00222 (range_over_func_defer_panic.go:39)	RET
    df        00223 (range_over_func_defer_panic.go:39)	MOVQ	main.&#state1+48(SP), AX
    e4        00228 (range_over_func_defer_panic.go:39)	MOVQ	$1, (AX)
    eb        00235 (range_over_func_defer_panic.go:39)	MOVB	$1, go:builtin.#r+39(SP)
    f0        00240 (range_over_func_defer_panic.go:39)	CALL	runtime.deferreturn(SB)
    f5        00245 (range_over_func_defer_panic.go:39)	MOVBLZX	go:builtin.#r+39(SP), AX
    fa        00250 (range_over_func_defer_panic.go:39)	ADDQ	$80, SP
    fe        00254 (range_over_func_defer_panic.go:39)	POPQ	BP
    ff        00255 (range_over_func_defer_panic.go:39)	NOP
   100        00256 (range_over_func_defer_panic.go:39)	RET
   101        00257 (range_over_func_defer_panic.go:39)	CALL	runtime.deferreturn(SB)
   106        00262 (range_over_func_defer_panic.go:35)	MOVBLZX	go:builtin.#r+39(SP), AX
   10b        00267 (range_over_func_defer_panic.go:39)	ADDQ	$80, SP
   10f        00271 (range_over_func_defer_panic.go:39)	POPQ	BP
   110        00272 (range_over_func_defer_panic.go:39)	RET
   111        00273 (range_over_func_defer_panic.go:39)	PCDATA	$3, $1
   111        00273 (range_over_func_defer_panic.go:34)	MOVQ	R10, AX
   114        00276 (range_over_func_defer_panic.go:34)	CALL	runtime.panicrangestate(SB)
   119        00281 (range_over_func_defer_panic.go:34)	XCHGL	AX, AX
   11a        00282 (range_over_func_defer_panic.go:34)	NOP
   11a        00282 (range_over_func_defer_panic.go:34)	PCDATA	$1, $-1
   11a        00282 (range_over_func_defer_panic.go:34)	PCDATA	$0, $-2
   11a        00282 (range_over_func_defer_panic.go:34)	MOVQ	AX, 8(SP)
   11f        00287 (range_over_func_defer_panic.go:34)	NOP
   120        00288 (range_over_func_defer_panic.go:34)	CALL	runtime.morestack(SB)
   125        00293 (range_over_func_defer_panic.go:34)	PCDATA	$0, $-1
   125        00293 (range_over_func_defer_panic.go:34)	MOVQ	8(SP), AX
   12a        00298 (range_over_func_defer_panic.go:34)	JMP	0
   12f done
wrote 4 bytes to 0x0
 00 af 02 00
funcpctab main.earlyReturn-range1.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:35)	TEXT	main.earlyReturn-range1.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0        00000 (range_over_func_defer_panic.go:35)	TEXT	main.earlyReturn-range1.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (range_over_func_defer_panic.go:35)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:35)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:35)	JLS	75
     6        00006 (range_over_func_defer_panic.go:35)	PCDATA	$0, $-1
     6        00006 (range_over_func_defer_panic.go:35)	PUSHQ	BP
     7        00007 (range_over_func_defer_panic.go:35)	MOVQ	SP, BP
     a        00010 (range_over_func_defer_panic.go:35)	SUBQ	$24, SP
     e        00014 (range_over_func_defer_panic.go:35)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:35)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:35)	MOVQ	8(DX), AX
    12        00018 (range_over_func_defer_panic.go:35)	MOVQ	AX, main..autotmp_3+16(SP)
    17        00023 (range_over_func_defer_panic.go:35)	PCDATA	$1, $0
    17        00023 (range_over_func_defer_panic.go:35)	CALL	runtime.printlock(SB)
    1c        00028 (range_over_func_defer_panic.go:35)	LEAQ	go:string."early defer "(SB), AX
    23        00035 (range_over_func_defer_panic.go:35)	MOVL	$12, BX
    28        00040 (range_over_func_defer_panic.go:35)	CALL	runtime.printstring(SB)
    2d        00045 (range_over_func_defer_panic.go:35)	MOVQ	main..autotmp_3+16(SP), AX
    32        00050 (range_over_func_defer_panic.go:35)	CALL	runtime.printint(SB)
    37        00055 (range_over_func_defer_panic.go:35)	CALL	runtime.printnl(SB)
    3c        00060 (range_over_func_defer_panic.go:35)	NOP
    40        00064 (range_over_func_defer_panic.go:35)	CALL	runtime.printunlock(SB)
    45        00069 (range_over_func_defer_panic.go:35)	ADDQ	$24, SP
    49        00073 (range_over_func_defer_panic.go:35)	POPQ	BP
    4a        00074 (range_over_func_defer_panic.go:35)	RET
    4b        00075 (range_over_func_defer_panic.go:35)	NOP
    4b        00075 (range_over_func_defer_panic.go:35)	PCDATA	$1, $-1
    4b        00075 (range_over_func_defer_panic.go:35)	PCDATA	$0, $-2
    4b        00075 (range_over_func_defer_panic.go:35)	CALL	runtime.morestack(SB)
    50        00080 (range_over_func_defer_panic.go:35)	PCDATA	$0, $-1
    50        00080 (range_over_func_defer_panic.go:35)	JMP	0
    52 done
wrote 3 bytes to 0x0
 00 52 00
funcpctab main.nested [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:24)	TEXT	main.nested(SB), ABIInternal, $120-0
     0        00000 (range_over_func_defer_panic.go:24)	TEXT	main.nested(SB), ABIInternal, $120-0
     0     -1 00000 (range_over_func_defer_panic.go:24)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:24)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:24)	JLS	273
     a        00010 (range_over_func_defer_panic.go:24)	PCDATA	$0, $-1
     a        00010 (range_over_func_defer_panic.go:24)	PUSHQ	BP
     b        00011 (range_over_func_defer_panic.go:24)	MOVQ	SP, BP
     e        00014 (range_over_func_defer_panic.go:24)	SUBQ	$112, SP
    12        00018 (range_over_func_defer_panic.go:24)	MOVQ	X15, 104(SP)
    19        00025 (range_over_func_defer_panic.go:24)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    19        00025 (range_over_func_defer_panic.go:24)	FUNCDATA	$1, gclocals·ZbRI67JRvVO/JU0MrOgTYA==(SB)
    19        00025 (range_over_func_defer_panic.go:24)	FUNCDATA	$2, main.nested.stkobj(SB)
    19        00025 (range_over_func_defer_panic.go:24)	MOVL	$16, AX
    1e        00030 (range_over_func_defer_panic.go:24)	LEAQ	type:string(SB), BX
    25        00037 (range_over_func_defer_panic.go:24)	MOVL	$1, CX
    2a        00042 (range_over_func_defer_panic.go:24)	PCDATA	$1, $1
    2a        00042 (range_over_func_defer_panic.go:24)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
    2f        00047 (range_over_func_defer_panic.go:24)	MOVQ	AX, main.&s+104(SP)
    34        00052 (range_over_func_defer_panic.go:25)	CALL	runtime.deferrangefunc(SB)
    39        00057 (range_over_func_defer_panic.go:25)	MOVQ	$1, main.#state1+48(SP)
    42        00066 (range_over_func_defer_panic.go:25)	LEAQ	main.nested-range1(SB), CX
    49        00073 (range_over_func_defer_panic.go:25)	MOVQ	CX, main..autotmp_9+56(SP)
    4e        00078 (range_over_func_defer_panic.go:25)	LEAQ	main.#state1+48(SP), CX
    53        00083 (range_over_func_defer_panic.go:25)	MOVQ	CX, main..autotmp_9+64(SP)
    58        00088 (range_over_func_defer_panic.go:25)	MOVQ	main.&s+104(SP), CX
    5d        00093 (range_over_func_defer_panic.go:25)	MOVQ	CX, main..autotmp_9+72(SP)
    62        00098 (range_over_func_defer_panic.go:25)	MOVQ	AX, main..autotmp_9+80(SP)
    67        00103 (range_over_func_defer_panic.go:25)	MOVQ	BX, main..autotmp_9+88(SP)
    6c        00108 (range_over_func_defer_panic.go:25)	MOVQ	$0, main..autotmp_9+96(SP)
    75        00117 (<unknown line number>)	NOP
    75      0 00117 (range_over_func_defer_panic.go:25)	LEAQ	main.Seq.func1#8Wum+mHaM5g=#(SB), CX
    7c        00124 (range_over_func_defer_panic.go:25)	MOVQ	CX, main..autotmp_11+32(SP)
    81        00129 (range_over_func_defer_panic.go:25)	MOVQ	$2, main..autotmp_11+40(SP)
    8a     -1 00138 (range_over_func_defer_panic.go:25)	LEAQ	main..autotmp_9+56(SP), AX
    8f        00143 (range_over_func_defer_panic.go:25)	LEAQ	main..autotmp_11+32(SP), DX
    94        00148 (range_over_func_defer_panic.go:25)	CALL	CX
    96        00150 (range_over_func_defer_panic.go:29)	CMPQ	main.#state1+48(SP), $2
    9c        00156 (range_over_func_defer_panic.go:29)	JEQ	262
    9e        00158 (range_over_func_defer_panic.go:29)	MOVQ	$3, main.#state1+48(SP)
    a7        00167 (range_over_func_defer_panic.go:30)	MOVQ	main.&s+104(SP), AX
    ac        00172 (range_over_func_defer_panic.go:30)	MOVQ	$8, 8(AX)
    b4        00180 (range_over_func_defer_panic.go:30)	CMPL	runtime.writeBarrier(SB), $0
    bb        00187 (range_over_func_defer_panic.go:30)	PCDATA	$0, $-2
    bb        00187 (range_over_func_defer_panic.go:30)	JEQ	200
    bd        00189 (range_over_func_defer_panic.go:30)	MOVQ	(AX), CX
    c0        00192 (range_over_func_defer_panic.go:30)	CALL	runtime.gcWriteBarrier1(SB)
    c5        00197 (range_over_func_defer_panic.go:30)	MOVQ	CX, (R11)
    c8        00200 (range_over_func_defer_panic.go:30)	LEAQ	go:string."nested: "(SB), CX
    cf        00207 (range_over_func_defer_panic.go:30)	MOVQ	CX, (AX)
    d2        00210 (range_over_func_defer_panic.go:31)	PCDATA	$0, $-1
    d2        00210 (range_over_func_defer_panic.go:31)	CALL	runtime.deferreturn(SB)
    d7        00215 (range_over_func_defer_panic.go:30)	MOVQ	main.&s+104(SP), AX
    dc        00220 (range_over_func_defer_panic.go:30)	MOVQ	(AX), CX
    df        00223 (range_over_func_defer_panic.go:30)	MOVQ	8(AX), BX
    e3        00227 (range_over_func_defer_panic.go:30)	MOVQ	CX, AX
    e6        00230 (range_over_func_defer_panic.go:31)	ADDQ	$112, SP
    ea        00234 (range_over_func_defer_panic.go:31)	POPQ	BP
    eb        00235 (range_over_func_defer_panic.go:31)	RET
    ec        00236 (range_over_func_defer_panic.go:31)	CALL	runtime.deferreturn(SB)
    f1        00241 (range_over_func_defer_panic.go:25)	MOVQ	main.&s+104(SP), AX
    f6        00246 (range_over_func_defer_panic.go:25)	MOVQ	(AX), CX
    f9        00249 (range_over_func_defer_panic.go:25)	MOVQ	8(AX), BX
    fd        00253 (range_over_func_defer_panic.go:25)	MOVQ	CX, AX
   100        00256 (range_over_func_defer_panic.go:31)	ADDQ	$112, SP
   104        00260 (range_over_func_defer_panic.go:31)	POPQ	BP
   105        00261 (range_over_func_defer_panic.go:31)	RET
   106        00262 (range_over_func_defer_panic.go:29)	MOVL	$4, AX
   10b        00267 (range_over_func_defer_panic.go:29)	CALL	runtime.panicrangestate(SB)
   110        00272 (range_over_func_defer_panic.go:29)	XCHGL	AX, AX
   111        00273 (range_over_func_defer_panic.go:29)	NOP
   111        00273 (range_over_func_defer_panic.go:24)	PCDATA	$1, $-1
   111        00273 (range_over_func_defer_panic.go:24)	PCDATA	$0, $-2
   111        00273 (range_over_func_defer_panic.go:24)	CALL	runtime.morestack_noctxt(SB)
   116        00278 (range_over_func_defer_panic.go:24)	PCDATA	$0, $-1
   116        00278 (range_over_func_defer_panic.go:24)	JMP	0
   11b done
wrote 8 bytes to 0x0
 00 75 02 15 01 91 01 00
-- inlining tree for main.nested:
0 | -1 | main.Seq (range_over_func_defer_panic.go:25:20) pc=52
--
funcpctab main.Seq.func1#8Wum+mHaM5g=# [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.func1#8Wum+mHaM5g=#(SB), NEEDCTXT|ABIInternal, $64-8
     0        00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.func1#8Wum+mHaM5g=#(SB), NEEDCTXT|ABIInternal, $64-8
     0     -1 00000 (range_over_func_defer_panic.go:5)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:5)	JLS	179
     a        00010 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
     a        00010 (range_over_func_defer_panic.go:5)	PUSHQ	BP
     b        00011 (range_over_func_defer_panic.go:5)	MOVQ	SP, BP
     e        00014 (range_over_func_defer_panic.go:5)	SUBQ	$56, SP
    12        00018 (range_over_func_defer_panic.go:5)	MOVQ	X15, 48(SP)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$1, gclocals·8xbbc5PsWar066JsPAuALg==(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$5, main.Seq.func1#8Wum+mHaM5g=#.arginfo1(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$6, main.Seq.func1#8Wum+mHaM5g=#.argliveinfo(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$4, main.Seq.func1#8Wum+mHaM5g=#.opendefer(SB)
    19        00025 (range_over_func_defer_panic.go:5)	PCDATA	$3, $1
    19        00025 (range_over_func_defer_panic.go:7)	MOVQ	AX, main.yield+72(SP)
    1e        00030 (range_over_func_defer_panic.go:7)	PCDATA	$3, $-1
    1e        00030 (range_over_func_defer_panic.go:5)	MOVB	$0, main..autotmp_6+15(SP)
    23        00035 (range_over_func_defer_panic.go:5)	MOVQ	8(DX), CX
    27        00039 (range_over_func_defer_panic.go:5)	MOVQ	CX, main.n+16(SP)
    2c        00044 (range_over_func_defer_panic.go:6)	LEAQ	main.Seq.func1#8Wum+mHaM5g=#.deferwrap1(SB), BX
    33        00051 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_5+32(SP)
    38        00056 (range_over_func_defer_panic.go:6)	MOVQ	CX, main..autotmp_5+40(SP)
    3d        00061 (range_over_func_defer_panic.go:6)	LEAQ	main..autotmp_5+32(SP), BX
    42        00066 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_8+48(SP)
    47        00071 (range_over_func_defer_panic.go:6)	MOVB	$1, main..autotmp_6+15(SP)
    4c        00076 (range_over_func_defer_panic.go:6)	XORL	DX, DX
    4e        00078 (range_over_func_defer_panic.go:7)	JMP	98
    50        00080 (range_over_func_defer_panic.go:7)	MOVQ	main.i+24(SP), DX
    55        00085 (range_over_func_defer_panic.go:7)	INCQ	DX
    58        00088 (range_over_func_defer_panic.go:8)	MOVQ	main.yield+72(SP), AX
    5d        00093 (range_over_func_defer_panic.go:7)	MOVQ	main.n+16(SP), CX
    62        00098 (range_over_func_defer_panic.go:7)	CMPQ	DX, CX
    65        00101 (range_over_func_defer_panic.go:7)	JGE	147
    67        00103 (range_over_func_defer_panic.go:7)	MOVQ	DX, main.i+24(SP)
    6c        00108 (range_over_func_defer_panic.go:8)	MOVQ	(AX), CX
    6f        00111 (range_over_func_defer_panic.go:7)	MOVQ	AX, BX
    72        00114 (range_over_func_defer_panic.go:8)	MOVQ	DX, AX
    75        00117 (range_over_func_defer_panic.go:8)	MOVQ	BX, DX
    78        00120 (range_over_func_defer_panic.go:8)	PCDATA	$1, $1
    78        00120 (range_over_func_defer_panic.go:8)	CALL	CX
    7a        00122 (range_over_func_defer_panic.go:8)	TESTB	AL, AL
    7c        00124 (range_over_func_defer_panic.go:8)	JNE	80
    7e        00126 (range_over_func_defer_panic.go:9)	MOVB	$0, main..autotmp_6+15(SP)
    83        00131 (range_over_func_defer_panic.go:9)	MOVQ	main..autotmp_8+48(SP), DX
    88        00136 (range_over_func_defer_panic.go:9)	MOVQ	(DX), AX
    8b        00139 (range_over_func_defer_panic.go:9)	PCDATA	$1, $2
    8b        00139 (range_over_func_defer_panic.go:9)	CALL	AX
    8d        00141 (range_over_func_defer_panic.go:9)	ADDQ	$56, SP
    91        00145 (range_over_func_defer_panic.go:9)	POPQ	BP
    92        00146 (range_over_func_defer_panic.go:9)	RET
    93        00147 (range_over_func_defer_panic.go:12)	MOVB	$0, main..autotmp_6+15(SP)
    98        00152 (range_over_func_defer_panic.go:12)	MOVQ	main..autotmp_8+48(SP), DX
    9d        00157 (range_over_func_defer_panic.go:12)	MOVQ	(DX), AX
    a0        00160 (range_over_func_defer_panic.go:12)	CALL	AX
    a2        00162 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
    a6        00166 (range_over_func_defer_panic.go:12)	POPQ	BP
    a7        00167 (range_over_func_defer_panic.go:12)	RET
    a8        00168 (range_over_func_defer_panic.go:12)	CALL	runtime.deferreturn(SB)
    ad        00173 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
    b1        00177 (range_over_func_defer_panic.go:12)	POPQ	BP
    b2        00178 (range_over_func_defer_panic.go:12)	RET
    b3        00179 (range_over_func_defer_panic.go:12)	NOP
    b3        00179 (range_over_func_defer_panic.go:5)	PCDATA	$1, $-1
    b3        00179 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
    b3        00179 (range_over_func_defer_panic.go:5)	MOVQ	AX, 8(SP)
    b8        00184 (range_over_func_defer_panic.go:5)	CALL	runtime.morestack(SB)
    bd        00189 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
    bd        00189 (range_over_func_defer_panic.go:5)	MOVQ	8(SP), AX
    c2        00194 (range_over_func_defer_panic.go:5)	JMP	0
    c7 done
wrote 4 bytes to 0x0
 00 c7 01 00
funcpctab main.Seq.func1#8Wum+mHaM5g=#.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.func1#8Wum+mHaM5g=#.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0        00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.func1#8Wum+mHaM5g=#.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (range_over_func_defer_panic.go:6)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:6)	JLS	75
     6        00006 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
     6        00006 (range_over_func_defer_panic.go:6)	PUSHQ	BP
     7        00007 (range_over_func_defer_panic.go:6)	MOVQ	SP, BP
     a        00010 (range_over_func_defer_panic.go:6)	SUBQ	$24, SP
     e        00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:6)	MOVQ	8(DX), AX
    12        00018 (range_over_func_defer_panic.go:6)	MOVQ	AX, main..autotmp_1+16(SP)
    17        00023 (range_over_func_defer_panic.go:6)	PCDATA	$1, $0
    17        00023 (range_over_func_defer_panic.go:6)	CALL	runtime.printlock(SB)
    1c        00028 (range_over_func_defer_panic.go:6)	LEAQ	go:string."iterator done "(SB), AX
    23        00035 (range_over_func_defer_panic.go:6)	MOVL	$14, BX
    28        00040 (range_over_func_defer_panic.go:6)	CALL	runtime.printstring(SB)
    2d        00045 (range_over_func_defer_panic.go:6)	MOVQ	main..autotmp_1+16(SP), AX
    32        00050 (range_over_func_defer_panic.go:6)	CALL	runtime.printint(SB)
    37        00055 (range_over_func_defer_panic.go:6)	CALL	runtime.printnl(SB)
    3c        00060 (range_over_func_defer_panic.go:6)	NOP
    40        00064 (range_over_func_defer_panic.go:6)	CALL	runtime.printunlock(SB)
    45        00069 (range_over_func_defer_panic.go:6)	ADDQ	$24, SP
    49        00073 (range_over_func_defer_panic.go:6)	POPQ	BP
    4a        00074 (range_over_func_defer_panic.go:6)	RET
    4b        00075 (range_over_func_defer_panic.go:6)	NOP
    4b        00075 (range_over_func_defer_panic.go:6)	PCDATA	$1, $-1
    4b        00075 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
    4b        00075 (range_over_func_defer_panic.go:6)	CALL	runtime.morestack(SB)
    50        00080 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
    50        00080 (range_over_func_defer_panic.go:6)	JMP	0
    52 done
wrote 3 bytes to 0x0
 00 52 00
funcpctab main.nested-range1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:25)	TEXT	main.nested-range1(SB), NEEDCTXT|ABIInternal, $104-8
     0        00000 (range_over_func_defer_panic.go:25)	TEXT	main.nested-range1(SB), NEEDCTXT|ABIInternal, $104-8
     0     -1 00000 (range_over_func_defer_panic.go:25)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:25)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:25)	JLS	231
     a        00010 (range_over_func_defer_panic.go:25)	PCDATA	$0, $-1
     a        00010 (range_over_func_defer_panic.go:25)	PUSHQ	BP
     b        00011 (range_over_func_defer_panic.go:25)	MOVQ	SP, BP
     e        00014 (range_over_func_defer_panic.go:25)	SUBQ	$96, SP
    12        00018 (range_over_func_defer_panic.go:25)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (range_over_func_defer_panic.go:25)	FUNCDATA	$1, gclocals·ZbRI67JRvVO/JU0MrOgTYA==(SB)
    12        00018 (range_over_func_defer_panic.go:25)	FUNCDATA	$2, main.nested-range1.stkobj(SB)
    12        00018 (range_over_func_defer_panic.go:25)	FUNCDATA	$5, main.nested-range1.arginfo1(SB)
    12        00018 (range_over_func_defer_panic.go:25)	FUNCDATA	$6, main.nested-range1.argliveinfo(SB)
    12        00018 (range_over_func_defer_panic.go:25)	PCDATA	$3, $1
    12        00018 (range_over_func_defer_panic.go:25)	MOVQ	8(DX), CX
    16        00022 (range_over_func_defer_panic.go:25)	MOVQ	(CX), BX
    19        00025 (range_over_func_defer_panic.go:25)	MOVQ	16(DX), SI
    1d        00029 (range_over_func_defer_panic.go:25)	MOVQ	24(DX), DI
    21        00033 (range_over_func_defer_panic.go:25)	MOVQ	32(DX), R8
    25        00037 (range_over_func_defer_panic.go:25)	MOVQ	40(DX), R9
    29        00041 (range_over_func_defer_panic.go:25)	MOVQ	$2, (CX)
    30        00048 (range_over_func_defer_panic.go:25)	CMPQ	BX, $1
    34        00052 (range_over_func_defer_panic.go:25)	JNE	222
    3a        00058 (range_over_func_defer_panic.go:25)	MOVQ	CX, main.&#state1+88(SP)
    3f        00063 (range_over_func_defer_panic.go:25)	MOVQ	R9, main..autotmp_18+8(SP)
    44        00068 (range_over_func_defer_panic.go:26)	MOVQ	$1, main.#state2+32(SP)
    4d        00077 (range_over_func_defer_panic.go:26)	LEAQ	main.nested-range1-range1(SB), CX
    54        00084 (range_over_func_defer_panic.go:26)	MOVQ	CX, main..autotmp_9+40(SP)
    59        00089 (range_over_func_defer_panic.go:26)	LEAQ	main.#state2+32(SP), CX
    5e        00094 (range_over_func_defer_panic.go:26)	MOVQ	CX, main..autotmp_9+48(SP)
    63        00099 (range_over_func_defer_panic.go:26)	MOVQ	SI, main..autotmp_9+56(SP)
    68        00104 (range_over_func_defer_panic.go:26)	MOVQ	AX, main..autotmp_9+64(SP)
    6d        00109 (range_over_func_defer_panic.go:26)	MOVQ	DI, main..autotmp_9+72(SP)
    72        00114 (range_over_func_defer_panic.go:26)	MOVQ	R8, main..autotmp_9+80(SP)
    77        00119 (<unknown line number>)	NOP
    77      0 00119 (range_over_func_defer_panic.go:26)	LEAQ	main.Seq.1#f3dLtG5+NCo=#(SB), CX
    7e        00126 (range_over_func_defer_panic.go:26)	MOVQ	CX, main..autotmp_11+16(SP)
    83        00131 (range_over_func_defer_panic.go:26)	MOVQ	$2, main..autotmp_11+24(SP)
    8c     -1 00140 (range_over_func_defer_panic.go:26)	LEAQ	main..autotmp_9+40(SP), AX
    91        00145 (range_over_func_defer_panic.go:26)	LEAQ	main..autotmp_11+16(SP), DX
    96        00150 (range_over_func_defer_panic.go:26)	PCDATA	$1, $1
    96        00150 (range_over_func_defer_panic.go:26)	CALL	CX
    98        00152 (range_over_func_defer_panic.go:28)	CMPQ	main.#state2+32(SP), $2
    9e        00158 (range_over_func_defer_panic.go:28)	NOP
    a0        00160 (range_over_func_defer_panic.go:28)	JEQ	212
    a2        00162 (range_over_func_defer_panic.go:28)	MOVQ	$3, main.#state2+32(SP)
    ab        00171 (range_over_func_defer_panic.go:25)	MOVQ	main..autotmp_18+8(SP), CX
    b0        00176 (range_over_func_defer_panic.go:25)	CMPQ	CX, $2
    b4        00180 (range_over_func_defer_panic.go:28)	JGT	205
    b6        00182 (range_over_func_defer_panic.go:29)	MOVQ	main.&#state1+88(SP), CX
    bb        00187 (range_over_func_defer_panic.go:29)	MOVQ	$1, (CX)
    c2        00194 (range_over_func_defer_panic.go:29)	MOVL	$1, AX
    c7        00199 (range_over_func_defer_panic.go:29)	ADDQ	$96, SP
    cb        00203 (range_over_func_defer_panic.go:29)	POPQ	BP
    cc        00204 (range_over_func_defer_panic.go:29)	RET
    cd        00205 (range_over_func_defer_panic.go:28)	XORL	AX, AX
    cf        00207 (range_over_func_defer_panic.go:28)	PCDATA	$1, $0
    cf        00207 (range_over_func_defer_panic.go:28)	CALL	runtime.panicrangestate(SB)
    d4        00212 (range_over_func_defer_panic.go:28)	MOVL	$4, AX
    d9        00217 (range_over_func_defer_panic.go:28)	CALL	runtime.panicrangestate(SB)
    de        00222 (range_over_func_defer_panic.go:25)	MOVQ	BX, AX
    e1        00225 (range_over_func_defer_panic.go:25)	CALL	runtime.panicrangestate(SB)
    e6        00230 (range_over_func_defer_panic.go:25)	XCHGL	AX, AX
    e7        00231 (range_over_func_defer_panic.go:25)	NOP
    e7        00231 (range_over_func_defer_panic.go:25)	PCDATA	$1, $-1
    e7        00231 (range_over_func_defer_panic.go:25)	PCDATA	$0, $-2
    e7        00231 (range_over_func_defer_panic.go:25)	MOVQ	AX, 8(SP)
    ec        00236 (range_over_func_defer_panic.go:25)	CALL	runtime.morestack(SB)
    f1        00241 (range_over_func_defer_panic.go:25)	PCDATA	$0, $-1
    f1        00241 (range_over_func_defer_panic.go:25)	MOVQ	8(SP), AX
    f6        00246 (range_over_func_defer_panic.go:25)	JMP	0
    fb done
wrote 7 bytes to 0x0
 00 77 02 15 01 6f 00
-- inlining tree for main.nested-range1:
0 | -1 | main.Seq (range_over_func_defer_panic.go:26:21) pc=68
--
funcpctab main.Seq.1#f3dLtG5+NCo=# [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.1#f3dLtG5+NCo=#(SB), NEEDCTXT|ABIInternal, $64-8
     0        00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.1#f3dLtG5+NCo=#(SB), NEEDCTXT|ABIInternal, $64-8
     0     -1 00000 (range_over_func_defer_panic.go:5)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:5)	JLS	179
     a        00010 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
     a        00010 (range_over_func_defer_panic.go:5)	PUSHQ	BP
     b        00011 (range_over_func_defer_panic.go:5)	MOVQ	SP, BP
     e        00014 (range_over_func_defer_panic.go:5)	SUBQ	$56, SP
    12        00018 (range_over_func_defer_panic.go:5)	MOVQ	X15, 48(SP)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$1, gclocals·8xbbc5PsWar066JsPAuALg==(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$5, main.Seq.1#f3dLtG5+NCo=#.arginfo1(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$6, main.Seq.1#f3dLtG5+NCo=#.argliveinfo(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$4, main.Seq.1#f3dLtG5+NCo=#.opendefer(SB)
    19        00025 (range_over_func_defer_panic.go:5)	PCDATA	$3, $1
    19        00025 (range_over_func_defer_panic.go:7)	MOVQ	AX, main.yield+72(SP)
    1e        00030 (range_over_func_defer_panic.go:7)	PCDATA	$3, $-1
    1e        00030 (range_over_func_defer_panic.go:5)	MOVB	$0, main..autotmp_6+15(SP)
    23        00035 (range_over_func_defer_panic.go:5)	MOVQ	8(DX), CX
    27        00039 (range_over_func_defer_panic.go:5)	MOVQ	CX, main.n+16(SP)
    2c        00044 (range_over_func_defer_panic.go:6)	LEAQ	main.Seq.1#f3dLtG5+NCo=#.deferwrap1(SB), BX
    33        00051 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_5+32(SP)
    38        00056 (range_over_func_defer_panic.go:6)	MOVQ	CX, main..autotmp_5+40(SP)
    3d        00061 (range_over_func_defer_panic.go:6)	LEAQ	main..autotmp_5+32(SP), BX
    42        00066 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_8+48(SP)
    47        00071 (range_over_func_defer_panic.go:6)	MOVB	$1, main..autotmp_6+15(SP)
    4c        00076 (range_over_func_defer_panic.go:6)	XORL	DX, DX
    4e        00078 (range_over_func_defer_panic.go:7)	JMP	98
    50        00080 (range_over_func_defer_panic.go:7)	MOVQ	main.i+24(SP), DX
    55        00085 (range_over_func_defer_panic.go:7)	INCQ	DX
    58        00088 (range_over_func_defer_panic.go:8)	MOVQ	main.yield+72(SP), AX
    5d        00093 (range_over_func_defer_panic.go:7)	MOVQ	main.n+16(SP), CX
    62        00098 (range_over_func_defer_panic.go:7)	CMPQ	DX, CX
    65        00101 (range_over_func_defer_panic.go:7)	JGE	147
    67        00103 (range_over_func_defer_panic.go:7)	MOVQ	DX, main.i+24(SP)
    6c        00108 (range_over_func_defer_panic.go:8)	MOVQ	(AX), CX
    6f        00111 (range_over_func_defer_panic.go:7)	MOVQ	AX, BX
    72        00114 (range_over_func_defer_panic.go:8)	MOVQ	DX, AX
    75        00117 (range_over_func_defer_panic.go:8)	MOVQ	BX, DX
    78        00120 (range_over_func_defer_panic.go:8)	PCDATA	$1, $1
    78        00120 (range_over_func_defer_panic.go:8)	CALL	CX
    7a        00122 (range_over_func_defer_panic.go:8)	TESTB	AL, AL
    7c        00124 (range_over_func_defer_panic.go:8)	JNE	80
    7e        00126 (range_over_func_defer_panic.go:9)	MOVB	$0, main..autotmp_6+15(SP)
    83        00131 (range_over_func_defer_panic.go:9)	MOVQ	main..autotmp_8+48(SP), DX
    88        00136 (range_over_func_defer_panic.go:9)	MOVQ	(DX), AX
    8b        00139 (range_over_func_defer_panic.go:9)	PCDATA	$1, $2
    8b        00139 (range_over_func_defer_panic.go:9)	CALL	AX
    8d        00141 (range_over_func_defer_panic.go:9)	ADDQ	$56, SP
    91        00145 (range_over_func_defer_panic.go:9)	POPQ	BP
    92        00146 (range_over_func_defer_panic.go:9)	RET
    93        00147 (range_over_func_defer_panic.go:12)	MOVB	$0, main..autotmp_6+15(SP)
    98        00152 (range_over_func_defer_panic.go:12)	MOVQ	main..autotmp_8+48(SP), DX
    9d        00157 (range_over_func_defer_panic.go:12)	MOVQ	(DX), AX
    a0        00160 (range_over_func_defer_panic.go:12)	CALL	AX
    a2        00162 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
    a6        00166 (range_over_func_defer_panic.go:12)	POPQ	BP
    a7        00167 (range_over_func_defer_panic.go:12)	RET
    a8        00168 (range_over_func_defer_panic.go:12)	CALL	runtime.deferreturn(SB)
    ad        00173 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
    b1        00177 (range_over_func_defer_panic.go:12)	POPQ	BP
    b2        00178 (range_over_func_defer_panic.go:12)	RET
    b3        00179 (range_over_func_defer_panic.go:12)	NOP
    b3        00179 (range_over_func_defer_panic.go:5)	PCDATA	$1, $-1
    b3        00179 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
    b3        00179 (range_over_func_defer_panic.go:5)	MOVQ	AX, 8(SP)
    b8        00184 (range_over_func_defer_panic.go:5)	CALL	runtime.morestack(SB)
    bd        00189 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
    bd        00189 (range_over_func_defer_panic.go:5)	MOVQ	8(SP), AX
    c2        00194 (range_over_func_defer_panic.go:5)	JMP	0
    c7 done
wrote 4 bytes to 0x0
 00 c7 01 00
funcpctab main.Seq.1#f3dLtG5+NCo=#.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.1#f3dLtG5+NCo=#.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0        00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.1#f3dLtG5+NCo=#.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (range_over_func_defer_panic.go:6)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:6)	JLS	75
     6        00006 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
     6        00006 (range_over_func_defer_panic.go:6)	PUSHQ	BP
     7        00007 (range_over_func_defer_panic.go:6)	MOVQ	SP, BP
     a        00010 (range_over_func_defer_panic.go:6)	SUBQ	$24, SP
     e        00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:6)	MOVQ	8(DX), AX
    12        00018 (range_over_func_defer_panic.go:6)	MOVQ	AX, main..autotmp_1+16(SP)
    17        00023 (range_over_func_defer_panic.go:6)	PCDATA	$1, $0
    17        00023 (range_over_func_defer_panic.go:6)	CALL	runtime.printlock(SB)
    1c        00028 (range_over_func_defer_panic.go:6)	LEAQ	go:string."iterator done "(SB), AX
    23        00035 (range_over_func_defer_panic.go:6)	MOVL	$14, BX
    28        00040 (range_over_func_defer_panic.go:6)	CALL	runtime.printstring(SB)
    2d        00045 (range_over_func_defer_panic.go:6)	MOVQ	main..autotmp_1+16(SP), AX
    32        00050 (range_over_func_defer_panic.go:6)	CALL	runtime.printint(SB)
    37        00055 (range_over_func_defer_panic.go:6)	CALL	runtime.printnl(SB)
    3c        00060 (range_over_func_defer_panic.go:6)	NOP
    40        00064 (range_over_func_defer_panic.go:6)	CALL	runtime.printunlock(SB)
    45        00069 (range_over_func_defer_panic.go:6)	ADDQ	$24, SP
    49        00073 (range_over_func_defer_panic.go:6)	POPQ	BP
    4a        00074 (range_over_func_defer_panic.go:6)	RET
    4b        00075 (range_over_func_defer_panic.go:6)	NOP
    4b        00075 (range_over_func_defer_panic.go:6)	PCDATA	$1, $-1
    4b        00075 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
    4b        00075 (range_over_func_defer_panic.go:6)	CALL	runtime.morestack(SB)
    50        00080 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
    50        00080 (range_over_func_defer_panic.go:6)	JMP	0
    52 done
wrote 3 bytes to 0x0
 00 52 00
funcpctab main.nested-range1-range1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:26)	TEXT	main.nested-range1-range1(SB), NEEDCTXT|ABIInternal, $88-8
     0        00000 (range_over_func_defer_panic.go:26)	TEXT	main.nested-range1-range1(SB), NEEDCTXT|ABIInternal, $88-8
     0     -1 00000 (range_over_func_defer_panic.go:26)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:26)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:26)	JLS	250
     a        00010 (range_over_func_defer_panic.go:26)	PCDATA	$0, $-1
     a        00010 (range_over_func_defer_panic.go:26)	PUSHQ	BP
     b        00011 (range_over_func_defer_panic.go:26)	MOVQ	SP, BP
     e        00014 (range_over_func_defer_panic.go:26)	SUBQ	$80, SP
    12        00018 (range_over_func_defer_panic.go:26)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    12        00018 (range_over_func_defer_panic.go:26)	FUNCDATA	$1, gclocals·hTGAYHoQxrU2HM6tt9Bxpw==(SB)
    12        00018 (range_over_func_defer_panic.go:26)	FUNCDATA	$5, main.nested-range1-range1.arginfo1(SB)
    12        00018 (range_over_func_defer_panic.go:26)	FUNCDATA	$6, main.nested-range1-range1.argliveinfo(SB)
    12        00018 (range_over_func_defer_panic.go:26)	PCDATA	$3, $1
    12        00018 (range_over_func_defer_panic.go:26)	MOVQ	8(DX), SI
    16        00022 (range_over_func_defer_panic.go:26)	MOVQ	16(DX), DI
    1a        00026 (range_over_func_defer_panic.go:26)	MOVQ	24(DX), R8
    1e        00030 (range_over_func_defer_panic.go:26)	MOVQ	32(DX), R9
    22        00034 (range_over_func_defer_panic.go:26)	MOVQ	40(DX), DX
    26        00038 (range_over_func_defer_panic.go:26)	MOVB	$0, go:builtin.#r+39(SP)
    2b        00043 (range_over_func_defer_panic.go:26)	MOVQ	(SI), R10
    2e        00046 (range_over_func_defer_panic.go:26)	MOVQ	$2, (SI)
    35        00053 (range_over_func_defer_panic.go:26)	CMPQ	R10, $1
    39        00057 (range_over_func_defer_panic.go:26)	JNE	241
    3f        00063 (range_over_func_defer_panic.go:26)	MOVQ	AX, main.b+96(SP)
    44        00068 (range_over_func_defer_panic.go:26)	PCDATA	$3, $-1
    44        00068 (range_over_func_defer_panic.go:26)	MOVQ	SI, main.&#state2+64(SP)
    49        00073 (range_over_func_defer_panic.go:26)	MOVQ	DI, main.&s+56(SP)
    4e        00078 (range_over_func_defer_panic.go:26)	MOVQ	R8, main.a+40(SP)
    53        00083 (range_over_func_defer_panic.go:26)	MOVQ	DX, main.#defers.data+72(SP)
    58        00088 (range_over_func_defer_panic.go:26)	MOVQ	R9, main.#defers.type+48(SP)
    5d        00093 (range_over_func_defer_panic.go:27)	MOVL	$32, AX
    62        00098 (range_over_func_defer_panic.go:27)	LEAQ	type:noalg.struct { F uintptr; X0 *string; X1 int; X2 int }(SB), BX
    69        00105 (range_over_func_defer_panic.go:27)	MOVL	$1, CX
    6e        00110 (range_over_func_defer_panic.go:27)	PCDATA	$1, $1
    6e        00110 (range_over_func_defer_panic.go:27)	CALL	runtime.mallocgcSmallScanNoHeaderSC4(SB)
    73        00115 (range_over_func_defer_panic.go:27)	LEAQ	main.nested-range1-range1.1(SB), DX
    7a        00122 (range_over_func_defer_panic.go:27)	MOVQ	DX, (AX)
    7d        00125 (range_over_func_defer_panic.go:27)	CMPL	runtime.writeBarrier(SB), $0
    84        00132 (range_over_func_defer_panic.go:27)	PCDATA	$0, $-2
    84        00132 (range_over_func_defer_panic.go:27)	JNE	141
    86        00134 (range_over_func_defer_panic.go:27)	MOVQ	main.&s+56(SP), DX
    8b        00139 (range_over_func_defer_panic.go:27)	JMP	154
    8d        00141 (range_over_func_defer_panic.go:27)	CALL	runtime.gcWriteBarrier1(SB)
    92        00146 (range_over_func_defer_panic.go:27)	MOVQ	main.&s+56(SP), DX
    97        00151 (range_over_func_defer_panic.go:27)	MOVQ	DX, (R11)
    9a        00154 (range_over_func_defer_panic.go:27)	MOVQ	DX, 8(AX)
    9e        00158 (range_over_func_defer_panic.go:27)	PCDATA	$0, $-1
    9e        00158 (range_over_func_defer_panic.go:27)	MOVQ	main.a+40(SP), DX
    a3        00163 (range_over_func_defer_panic.go:27)	MOVQ	DX, 16(AX)
    a7        00167 (range_over_func_defer_panic.go:27)	MOVQ	main.b+96(SP), DX
    ac        00172 (range_over_func_defer_panic.go:27)	MOVQ	DX, 24(AX)
    b0        00176 (range_over_func_defer_panic.go:27)	MOVQ	main.#defers.type+48(SP), BX
    b5        00181 (range_over_func_defer_panic.go:27)	MOVQ	main.#defers.data+72(SP), CX
    ba        00186 (range_over_func_defer_panic.go:27)	PCDATA	$1, $2
    ba        00186 (range_over_func_defer_panic.go:27)	CALL	runtime.deferprocat(SB)
    bf        00191 (range_over_func_defer_panic.go:28)	MOVQ	main.&#state2+64(SP), AX
    c4        00196 (range_over_func_defer_panic.go:28)	MOVQ	$1, (AX)
    cb        00203 (range_over_func_defer_panic.go:28)	MOVB	$1, go:builtin.#r+39(SP)
    d0        00208 (range_over_func_defer_panic.go:28)	PCDATA	$1, $0
    d0        00208 (range_over_func_defer_panic.go:28)	CALL	runtime.deferreturn(SB)
    d5        00213 (range_over_func_defer_panic.go:28)	MOVBLZX	go:builtin.#r+39(SP), AX
    da        00218 (range_over_func_defer_panic.go:28)	ADDQ	$80, SP
    de        00222 (range_over_func_defer_panic.go:28)	POPQ	BP
    df        00223 (range_over_func_defer_panic.go:28)	NOP
    e0        00224 (range_over_func_defer_panic.go:28)	RET
    e1        00225 (range_over_func_defer_panic.go:28)	CALL	runtime.deferreturn(SB)
    e6        00230 (range_over_func_defer_panic.go:27)	MOVBLZX	go:builtin.#r+39(SP), AX
    eb        00235 (range_over_func_defer_panic.go:28)	ADDQ	$80, SP
    ef        00239 (range_over_func_defer_panic.go:28)	POPQ	BP
    f0        00240 (range_over_func_defer_panic.go:28)	RET
    f1        00241 (range_over_func_defer_panic.go:28)	PCDATA	$3, $1
    f1        00241 (range_over_func_defer_panic.go:26)	MOVQ	R10, AX
    f4        00244 (range_over_func_defer_panic.go:26)	CALL	runtime.panicrangestate(SB)
    f9        00249 (range_over_func_defer_panic.go:26)	XCHGL	AX, AX
    fa        00250 (range_over_func_defer_panic.go:26)	NOP
    fa        00250 (range_over_func_defer_panic.go:26)	PCDATA	$1, $-1
    fa        00250 (range_over_func_defer_panic.go:26)	PCDATA	$0, $-2
    fa        00250 (range_over_func_defer_panic.go:26)	MOVQ	AX, 8(SP)
    ff        00255 (range_over_func_defer_panic.go:26)	NOP
   100        00256 (range_over_func_defer_panic.go:26)	CALL	runtime.morestack(SB)
   105        00261 (range_over_func_defer_panic.go:26)	PCDATA	$0, $-1
   105        00261 (range_over_func_defer_panic.go:26)	MOVQ	8(SP), AX
   10a        00266 (range_over_func_defer_panic.go:26)	JMP	0
   10f done
wrote 4 bytes to 0x0
 00 8f 02 00
funcpctab main.nested-range1-range1.1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:27)	TEXT	main.nested-range1-range1.1(SB), NEEDCTXT|ABIInternal, $120-0
     0        00000 (range_over_func_defer_panic.go:27)	TEXT	main.nested-range1-range1.1(SB), NEEDCTXT|ABIInternal, $120-0
     0     -1 00000 (range_over_func_defer_panic.go:27)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:27)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:27)	JLS	182
     a        00010 (range_over_func_defer_panic.go:27)	PCDATA	$0, $-1
     a        00010 (range_over_func_defer_panic.go:27)	PUSHQ	BP
     b        00011 (range_over_func_defer_panic.go:27)	MOVQ	SP, BP
     e        00014 (range_over_func_defer_panic.go:27)	SUBQ	$112, SP
    12        00018 (range_over_func_defer_panic.go:27)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    12        00018 (range_over_func_defer_panic.go:27)	FUNCDATA	$1, gclocals·sfOxBcdnNBiCaiOXpthwPg==(SB)
    12        00018 (range_over_func_defer_panic.go:27)	MOVQ	16(DX), CX
    16        00022 (range_over_func_defer_panic.go:27)	MOVQ	24(DX), SI
    1a        00026 (range_over_func_defer_panic.go:27)	MOVQ	SI, main.b+80(SP)
    1f        00031 (range_over_func_defer_panic.go:27)	MOVQ	8(DX), DX
    23        00035 (range_over_func_defer_panic.go:27)	MOVQ	DX, main.&s+104(SP)
    28        00040 (range_over_func_defer_panic.go:27)	ADDQ	$97, CX
    2c        00044 (range_over_func_defer_panic.go:27)	MOVLQSX	CX, BX
    2f        00047 (range_over_func_defer_panic.go:27)	LEAQ	main..autotmp_0+76(SP), AX
    34        00052 (range_over_func_defer_panic.go:27)	PCDATA	$1, $1
    34        00052 (range_over_func_defer_panic.go:27)	CALL	runtime.intstring(SB)
    39        00057 (range_over_func_defer_panic.go:27)	MOVQ	AX, main..autotmp_7+96(SP)
    3e        00062 (range_over_func_defer_panic.go:27)	MOVQ	BX, main..autotmp_8+88(SP)
    43        00067 (range_over_func_defer_panic.go:27)	MOVQ	main.b+80(SP), CX
    48        00072 (range_over_func_defer_panic.go:27)	ADDQ	$48, CX
    4c        00076 (range_over_func_defer_panic.go:27)	MOVLQSX	CX, BX
    4f        00079 (range_over_func_defer_panic.go:27)	LEAQ	main..autotmp_1+72(SP), AX
    54        00084 (range_over_func_defer_panic.go:27)	PCDATA	$1, $2
    54        00084 (range_over_func_defer_panic.go:27)	CALL	runtime.intstring(SB)
    59        00089 (range_over_func_defer_panic.go:27)	MOVQ	main.&s+104(SP), CX
    5e        00094 (range_over_func_defer_panic.go:27)	MOVQ	(CX), DX
    61        00097 (range_over_func_defer_panic.go:27)	MOVQ	8(CX), CX
    65        00101 (range_over_func_defer_panic.go:27)	MOVQ	main..autotmp_7+96(SP), DI
    6a        00106 (range_over_func_defer_panic.go:27)	MOVQ	main..autotmp_8+88(SP), SI
    6f        00111 (range_over_func_defer_panic.go:27)	MOVQ	AX, R8
    72        00114 (range_over_func_defer_panic.go:27)	MOVQ	BX, R9
    75        00117 (range_over_func_defer_panic.go:27)	LEAQ	go:string." "(SB), R10
    7c        00124 (range_over_func_defer_panic.go:27)	MOVL	$1, R11
    82        00130 (range_over_func_defer_panic.go:27)	XORL	AX, AX
    84        00132 (range_over_func_defer_panic.go:27)	MOVQ	DX, BX
    87        00135 (range_over_func_defer_panic.go:27)	PCDATA	$1, $1
    87        00135 (range_over_func_defer_panic.go:27)	CALL	runtime.concatstring4(SB)
    8c        00140 (range_over_func_defer_panic.go:27)	MOVQ	main.&s+104(SP), CX
    91        00145 (range_over_func_defer_panic.go:27)	MOVQ	BX, 8(CX)
    95        00149 (range_over_func_defer_panic.go:27)	CMPL	runtime.writeBarrier(SB), $0
    9c        00156 (range_over_func_defer_panic.go:27)	PCDATA	$0, $-2
    9c        00156 (range_over_func_defer_panic.go:27)	JEQ	173
    9e        00158 (range_over_func_defer_panic.go:27)	MOVQ	(CX), DX
    a1        00161 (range_over_func_defer_panic.go:27)	CALL	runtime.gcWriteBarrier2(SB)
    a6        00166 (range_over_func_defer_panic.go:27)	MOVQ	AX, (R11)
    a9        00169 (range_over_func_defer_panic.go:27)	MOVQ	DX, 8(R11)
    ad        00173 (range_over_func_defer_panic.go:27)	MOVQ	AX, (CX)
    b0        00176 (range_over_func_defer_panic.go:27)	PCDATA	$0, $-1
    b0        00176 (range_over_func_defer_panic.go:27)	ADDQ	$112, SP
    b4        00180 (range_over_func_defer_panic.go:27)	POPQ	BP
    b5        00181 (range_over_func_defer_panic.go:27)	RET
    b6        00182 (range_over_func_defer_panic.go:27)	NOP
    b6        00182 (range_over_func_defer_panic.go:27)	PCDATA	$1, $-1
    b6        00182 (range_over_func_defer_panic.go:27)	PCDATA	$0, $-2
    b6        00182 (range_over_func_defer_panic.go:27)	CALL	runtime.morestack(SB)
    bb        00187 (range_over_func_defer_panic.go:27)	PCDATA	$0, $-1
    bb        00187 (range_over_func_defer_panic.go:27)	NOP
    c0        00192 (range_over_func_defer_panic.go:27)	JMP	0
    c5 done
wrote 4 bytes to 0x0
 00 c5 01 00
funcpctab main.order [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:15)	TEXT	main.order(SB), ABIInternal, $176-0
     0        00000 (range_over_func_defer_panic.go:15)	TEXT	main.order(SB), ABIInternal, $176-0
     0     -1 00000 (range_over_func_defer_panic.go:15)	LEAQ	-48(SP), R12
     5        00005 (range_over_func_defer_panic.go:15)	CMPQ	R12, 16(R14)
     9        00009 (range_over_func_defer_panic.go:15)	PCDATA	$0, $-2
     9        00009 (range_over_func_defer_panic.go:15)	JLS	268
     f        00015 (range_over_func_defer_panic.go:15)	PCDATA	$0, $-1
     f        00015 (range_over_func_defer_panic.go:15)	PUSHQ	BP
    10        00016 (range_over_func_defer_panic.go:15)	MOVQ	SP, BP
    13        00019 (range_over_func_defer_panic.go:15)	SUBQ	$168, SP
    1a        00026 (range_over_func_defer_panic.go:15)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1a        00026 (range_over_func_defer_panic.go:15)	FUNCDATA	$1, gclocals·e5x/vPEus3D8CA0YXjp49Q==(SB)
    1a        00026 (range_over_func_defer_panic.go:15)	FUNCDATA	$2, main.order.stkobj(SB)
    1a        00026 (range_over_func_defer_panic.go:16)	LEAQ	main.order.deferwrap1·f(SB), CX
    21        00033 (range_over_func_defer_panic.go:16)	MOVQ	CX, main..autotmp_10+104(SP)
    26        00038 (range_over_func_defer_panic.go:16)	LEAQ	main..autotmp_10+80(SP), AX
    2b        00043 (range_over_func_defer_panic.go:16)	PCDATA	$1, $0
    2b        00043 (range_over_func_defer_panic.go:16)	CALL	runtime.deferprocStack(SB)
    30        00048 (range_over_func_defer_panic.go:17)	CALL	runtime.deferrangefunc(SB)
    35        00053 (range_over_func_defer_panic.go:17)	MOVQ	$1, main.#state1+128(SP)
    41        00065 (range_over_func_defer_panic.go:17)	LEAQ	main.order-range1(SB), CX
    48        00072 (range_over_func_defer_panic.go:17)	MOVQ	CX, main..autotmp_7+136(SP)
    50        00080 (range_over_func_defer_panic.go:17)	LEAQ	main.#state1+128(SP), CX
    58        00088 (range_over_func_defer_panic.go:17)	MOVQ	CX, main..autotmp_7+144(SP)
    60        00096 (range_over_func_defer_panic.go:17)	MOVQ	AX, main..autotmp_7+152(SP)
    68        00104 (range_over_func_defer_panic.go:17)	MOVQ	BX, main..autotmp_7+160(SP)
    70        00112 (<unknown line number>)	NOP
    70      0 00112 (range_over_func_defer_panic.go:17)	LEAQ	main.Seq.func1#RMgI/RZtu4k=#(SB), CX
    77        00119 (range_over_func_defer_panic.go:17)	MOVQ	CX, main..autotmp_9+16(SP)
    7c        00124 (range_over_func_defer_panic.go:17)	MOVQ	$3, main..autotmp_9+24(SP)
    85     -1 00133 (range_over_func_defer_panic.go:17)	LEAQ	main..autotmp_7+136(SP), AX
    8d        00141 (range_over_func_defer_panic.go:17)	LEAQ	main..autotmp_9+16(SP), DX
    92        00146 (range_over_func_defer_panic.go:17)	CALL	CX
    94        00148 (range_over_func_defer_panic.go:19)	CMPQ	main.#state1+128(SP), $2
    9d        00157 (range_over_func_defer_panic.go:19)	JEQ	257
    9f        00159 (range_over_func_defer_panic.go:19)	MOVQ	$3, main.#state1+128(SP)
    ab        00171 (range_over_func_defer_panic.go:20)	LEAQ	main.order.deferwrap2·f(SB), CX
    b2        00178 (range_over_func_defer_panic.go:20)	MOVQ	CX, main..autotmp_11+56(SP)
    b7        00183 (range_over_func_defer_panic.go:20)	LEAQ	main..autotmp_11+32(SP), AX
    bc        00188 (range_over_func_defer_panic.go:20)	NOP
    c0        00192 (range_over_func_defer_panic.go:20)	CALL	runtime.deferprocStack(SB)
    c5        00197 (range_over_func_defer_panic.go:21)	CALL	runtime.printlock(SB)
    ca        00202 (range_over_func_defer_panic.go:21)	LEAQ	go:string."order body ends\n"(SB), AX
    d1        00209 (range_over_func_defer_panic.go:21)	MOVL	$16, BX
    d6        00214 (range_over_func_defer_panic.go:21)	CALL	runtime.printstring(SB)
    db        00219 (range_over_func_defer_panic.go:21)	NOP
    e0        00224 (range_over_func_defer_panic.go:21)	CALL	runtime.printunlock(SB)
    e5        00229 (range_over_func_defer_panic.go:22)	CALL	runtime.deferreturn(SB)
    ea        00234 (range_over_func_defer_panic.go:22)	ADDQ	$168, SP
    f1        00241 (range_over_func_defer_panic.go:22)	POPQ	BP
    f2        00242 (range_over_func_defer_panic.go:22)	RET
    f3        00243 (range_over_func_defer_panic.go:22)	CALL	runtime.deferreturn(SB)
    f8        00248 (range_over_func_defer_panic.go:22)	ADDQ	$168, SP
    ff        00255 (range_over_func_defer_panic.go:22)	POPQ	BP
   100        00256 (range_over_func_defer_panic.go:22)	RET
   101        00257 (range_over_func_defer_panic.go:19)	MOVL	$4, AX
   106        00262 (range_over_func_defer_panic.go:19)	CALL	runtime.panicrangestate(SB)
   10b        00267 (range_over_func_defer_panic.go:19)	XCHGL	AX, AX
   10c        00268 (range_over_func_defer_panic.go:19)	NOP
   10c        00268 (range_over_func_defer_panic.go:15)	PCDATA	$1, $-1
   10c        00268 (range_over_func_defer_panic.go:15)	PCDATA	$0, $-2
   10c        00268 (range_over_func_defer_panic.go:15)	CALL	runtime.morestack_noctxt(SB)
   111        00273 (range_over_func_defer_panic.go:15)	PCDATA	$0, $-1
   111        00273 (range_over_func_defer_panic.go:15)	JMP	0
   116 done
wrote 8 bytes to 0x0
 00 70 02 15 01 91 01 00
-- inlining tree for main.order:
0 | -1 | main.Seq (range_over_func_defer_panic.go:17:20) pc=48
--
funcpctab main.Seq.func1#RMgI/RZtu4k=# [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.func1#RMgI/RZtu4k=#(SB), NEEDCTXT|ABIInternal, $64-8
     0        00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.func1#RMgI/RZtu4k=#(SB), NEEDCTXT|ABIInternal, $64-8
     0     -1 00000 (range_over_func_defer_panic.go:5)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:5)	JLS	179
     a        00010 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
     a        00010 (range_over_func_defer_panic.go:5)	PUSHQ	BP
     b        00011 (range_over_func_defer_panic.go:5)	MOVQ	SP, BP
     e        00014 (range_over_func_defer_panic.go:5)	SUBQ	$56, SP
    12        00018 (range_over_func_defer_panic.go:5)	MOVQ	X15, 48(SP)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$1, gclocals·8xbbc5PsWar066JsPAuALg==(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$5, main.Seq.func1#RMgI/RZtu4k=#.arginfo1(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$6, main.Seq.func1#RMgI/RZtu4k=#.argliveinfo(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$4, main.Seq.func1#RMgI/RZtu4k=#.opendefer(SB)
    19        00025 (range_over_func_defer_panic.go:5)	PCDATA	$3, $1
    19        00025 (range_over_func_defer_panic.go:7)	MOVQ	AX, main.yield+72(SP)
    1e        00030 (range_over_func_defer_panic.go:7)	PCDATA	$3, $-1
    1e        00030 (range_over_func_defer_panic.go:5)	MOVB	$0, main..autotmp_6+15(SP)
    23        00035 (range_over_func_defer_panic.go:5)	MOVQ	8(DX), CX
    27        00039 (range_over_func_defer_panic.go:5)	MOVQ	CX, main.n+16(SP)
    2c        00044 (range_over_func_defer_panic.go:6)	LEAQ	main.Seq.func1#RMgI/RZtu4k=#.deferwrap1(SB), BX
    33        00051 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_5+32(SP)
    38        00056 (range_over_func_defer_panic.go:6)	MOVQ	CX, main..autotmp_5+40(SP)
    3d        00061 (range_over_func_defer_panic.go:6)	LEAQ	main..autotmp_5+32(SP), BX
    42        00066 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_8+48(SP)
    47        00071 (range_over_func_defer_panic.go:6)	MOVB	$1, main..autotmp_6+15(SP)
    4c        00076 (range_over_func_defer_panic.go:6)	XORL	DX, DX
    4e        00078 (range_over_func_defer_panic.go:7)	JMP	98
    50        00080 (range_over_func_defer_panic.go:7)	MOVQ	main.i+24(SP), DX
    55        00085 (range_over_func_defer_panic.go:7)	INCQ	DX
    58        00088 (range_over_func_defer_panic.go:8)	MOVQ	main.yield+72(SP), AX
    5d        00093 (range_over_func_defer_panic.go:7)	MOVQ	main.n+16(SP), CX
    62        00098 (range_over_func_defer_panic.go:7)	CMPQ	DX, CX
    65        00101 (range_over_func_defer_panic.go:7)	JGE	147
    67        00103 (range_over_func_defer_panic.go:7)	MOVQ	DX, main.i+24(SP)
    6c        00108 (range_over_func_defer_panic.go:8)	MOVQ	(AX), CX
    6f        00111 (range_over_func_defer_panic.go:7)	MOVQ	AX, BX
    72        00114 (range_over_func_defer_panic.go:8)	MOVQ	DX, AX
    75        00117 (range_over_func_defer_panic.go:8)	MOVQ	BX, DX
    78        00120 (range_over_func_defer_panic.go:8)	PCDATA	$1, $1
    78        00120 (range_over_func_defer_panic.go:8)	CALL	CX
    7a        00122 (range_over_func_defer_panic.go:8)	TESTB	AL, AL
    7c        00124 (range_over_func_defer_panic.go:8)	JNE	80
    7e        00126 (range_over_func_defer_panic.go:9)	MOVB	$0, main..autotmp_6+15(SP)
    83        00131 (range_over_func_defer_panic.go:9)	MOVQ	main..autotmp_8+48(SP), DX
    88        00136 (range_over_func_defer_panic.go:9)	MOVQ	(DX), AX
    8b        00139 (range_over_func_defer_panic.go:9)	PCDATA	$1, $2
    8b        00139 (range_over_func_defer_panic.go:9)	CALL	AX
    8d        00141 (range_over_func_defer_panic.go:9)	ADDQ	$56, SP
    91        00145 (range_over_func_defer_panic.go:9)	POPQ	BP
    92        00146 (range_over_func_defer_panic.go:9)	RET
    93        00147 (range_over_func_defer_panic.go:12)	MOVB	$0, main..autotmp_6+15(SP)
    98        00152 (range_over_func_defer_panic.go:12)	MOVQ	main..autotmp_8+48(SP), DX
    9d        00157 (range_over_func_defer_panic.go:12)	MOVQ	(DX), AX
    a0        00160 (range_over_func_defer_panic.go:12)	CALL	AX
    a2        00162 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
    a6        00166 (range_over_func_defer_panic.go:12)	POPQ	BP
    a7        00167 (range_over_func_defer_panic.go:12)	RET
    a8        00168 (range_over_func_defer_panic.go:12)	CALL	runtime.deferreturn(SB)
    ad        00173 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
    b1        00177 (range_over_func_defer_panic.go:12)	POPQ	BP
    b2        00178 (range_over_func_defer_panic.go:12)	RET
    b3        00179 (range_over_func_defer_panic.go:12)	NOP
    b3        00179 (range_over_func_defer_panic.go:5)	PCDATA	$1, $-1
    b3        00179 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
    b3        00179 (range_over_func_defer_panic.go:5)	MOVQ	AX, 8(SP)
    b8        00184 (range_over_func_defer_panic.go:5)	CALL	runtime.morestack(SB)
    bd        00189 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
    bd        00189 (range_over_func_defer_panic.go:5)	MOVQ	8(SP), AX
    c2        00194 (range_over_func_defer_panic.go:5)	JMP	0
    c7 done
wrote 4 bytes to 0x0
 00 c7 01 00
funcpctab main.Seq.func1#RMgI/RZtu4k=#.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.func1#RMgI/RZtu4k=#.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0        00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.func1#RMgI/RZtu4k=#.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (range_over_func_defer_panic.go:6)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:6)	JLS	75
     6        00006 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
     6        00006 (range_over_func_defer_panic.go:6)	PUSHQ	BP
     7        00007 (range_over_func_defer_panic.go:6)	MOVQ	SP, BP
     a        00010 (range_over_func_defer_panic.go:6)	SUBQ	$24, SP
     e        00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:6)	MOVQ	8(DX), AX
    12        00018 (range_over_func_defer_panic.go:6)	MOVQ	AX, main..autotmp_1+16(SP)
    17        00023 (range_over_func_defer_panic.go:6)	PCDATA	$1, $0
    17        00023 (range_over_func_defer_panic.go:6)	CALL	runtime.printlock(SB)
    1c        00028 (range_over_func_defer_panic.go:6)	LEAQ	go:string."iterator done "(SB), AX
    23        00035 (range_over_func_defer_panic.go:6)	MOVL	$14, BX
    28        00040 (range_over_func_defer_panic.go:6)	CALL	runtime.printstring(SB)
    2d        00045 (range_over_func_defer_panic.go:6)	MOVQ	main..autotmp_1+16(SP), AX
    32        00050 (range_over_func_defer_panic.go:6)	CALL	runtime.printint(SB)
    37        00055 (range_over_func_defer_panic.go:6)	CALL	runtime.printnl(SB)
    3c        00060 (range_over_func_defer_panic.go:6)	NOP
    40        00064 (range_over_func_defer_panic.go:6)	CALL	runtime.printunlock(SB)
    45        00069 (range_over_func_defer_panic.go:6)	ADDQ	$24, SP
    49        00073 (range_over_func_defer_panic.go:6)	POPQ	BP
    4a        00074 (range_over_func_defer_panic.go:6)	RET
    4b        00075 (range_over_func_defer_panic.go:6)	NOP
    4b        00075 (range_over_func_defer_panic.go:6)	PCDATA	$1, $-1
    4b        00075 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
    4b        00075 (range_over_func_defer_panic.go:6)	CALL	runtime.morestack(SB)
    50        00080 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
    50        00080 (range_over_func_defer_panic.go:6)	JMP	0
    52 done
wrote 3 bytes to 0x0
 00 52 00
funcpctab main.order-range1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:17)	TEXT	main.order-range1(SB), NEEDCTXT|ABIInternal, $72-8
     0        00000 (range_over_func_defer_panic.go:17)	TEXT	main.order-range1(SB), NEEDCTXT|ABIInternal, $72-8
     0     -1 00000 (range_over_func_defer_panic.go:17)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:17)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:17)	JLS	186
     a        00010 (range_over_func_defer_panic.go:17)	PCDATA	$0, $-1
     a        00010 (range_over_func_defer_panic.go:17)	PUSHQ	BP
     b        00011 (range_over_func_defer_panic.go:17)	MOVQ	SP, BP
     e        00014 (range_over_func_defer_panic.go:17)	SUBQ	$64, SP
    12        00018 (range_over_func_defer_panic.go:17)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    12        00018 (range_over_func_defer_panic.go:17)	FUNCDATA	$1, gclocals·jhtnfT9Ar3jfo030EBhkFg==(SB)
    12        00018 (range_over_func_defer_panic.go:17)	FUNCDATA	$5, main.order-range1.arginfo1(SB)
    12        00018 (range_over_func_defer_panic.go:17)	FUNCDATA	$6, main.order-range1.argliveinfo(SB)
    12        00018 (range_over_func_defer_panic.go:17)	PCDATA	$3, $1
    12        00018 (range_over_func_defer_panic.go:17)	MOVQ	8(DX), SI
    16        00022 (range_over_func_defer_panic.go:17)	MOVQ	16(DX), DI
    1a        00026 (range_over_func_defer_panic.go:17)	MOVQ	24(DX), DX
    1e        00030 (range_over_func_defer_panic.go:17)	MOVB	$0, go:builtin.#r+39(SP)
    23        00035 (range_over_func_defer_panic.go:17)	MOVQ	(SI), R8
    26        00038 (range_over_func_defer_panic.go:17)	MOVQ	$2, (SI)
    2d        00045 (range_over_func_defer_panic.go:17)	CMPQ	R8, $1
    31        00049 (range_over_func_defer_panic.go:17)	JNE	177
    33        00051 (range_over_func_defer_panic.go:17)	MOVQ	AX, main.v+80(SP)
    38        00056 (range_over_func_defer_panic.go:17)	PCDATA	$3, $-1
    38        00056 (range_over_func_defer_panic.go:17)	MOVQ	SI, main.&#state1+48(SP)
    3d        00061 (range_over_func_defer_panic.go:17)	MOVQ	DI, main.#defers.type+40(SP)
    42        00066 (range_over_func_defer_panic.go:17)	MOVQ	DX, main.#defers.data+56(SP)
    47        00071 (range_over_func_defer_panic.go:18)	MOVL	$16, AX
    4c        00076 (range_over_func_defer_panic.go:18)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
    53        00083 (range_over_func_defer_panic.go:18)	MOVL	$1, CX
    58        00088 (range_over_func_defer_panic.go:18)	PCDATA	$1, $1
    58        00088 (range_over_func_defer_panic.go:18)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
    5d        00093 (range_over_func_defer_panic.go:18)	LEAQ	main.order-range1.deferwrap1(SB), DX
    64        00100 (range_over_func_defer_panic.go:18)	MOVQ	DX, (AX)
    67        00103 (range_over_func_defer_panic.go:18)	MOVQ	main.v+80(SP), DX
    6c        00108 (range_over_func_defer_panic.go:18)	MOVQ	DX, 8(AX)
    70        00112 (range_over_func_defer_panic.go:18)	MOVQ	main.#defers.type+40(SP), BX
    75        00117 (range_over_func_defer_panic.go:18)	MOVQ	main.#defers.data+56(SP), CX
    7a        00122 (range_over_func_defer_panic.go:18)	PCDATA	$1, $2
    7a        00122 (range_over_func_defer_panic.go:18)	CALL	runtime.deferprocat(SB)
    7f        00127 (range_over_func_defer_panic.go:19)	MOVQ	main.&#state1+48(SP), AX
    84        00132 (range_over_func_defer_panic.go:19)	MOVQ	$1, (AX)
    8b        00139 (range_over_func_defer_panic.go:19)	MOVB	$1, go:builtin.#r+39(SP)
    90        00144 (range_over_func_defer_panic.go:19)	PCDATA	$1, $0
    90        00144 (range_over_func_defer_panic.go:19)	CALL	runtime.deferreturn(SB)
    95        00149 (range_over_func_defer_panic.go:19)	MOVBLZX	go:builtin.#r+39(SP), AX
    9a        00154 (range_over_func_defer_panic.go:19)	ADDQ	$64, SP
    9e        00158 (range_over_func_defer_panic.go:19)	POPQ	BP
    9f        00159 (range_over_func_defer_panic.go:19)	NOP
    a0        00160 (range_over_func_defer_panic.go:19)	RET
    a1        00161 (range_over_func_defer_panic.go:19)	CALL	runtime.deferreturn(SB)
    a6        00166 (range_over_func_defer_panic.go:18)	MOVBLZX	go:builtin.#r+39(SP), AX
    ab        00171 (range_over_func_defer_panic.go:19)	ADDQ	$64, SP
    af        00175 (range_over_func_defer_panic.go:19)	POPQ	BP
    b0        00176 (range_over_func_defer_panic.go:19)	RET
    b1        00177 (range_over_func_defer_panic.go:19)	PCDATA	$3, $1
    b1        00177 (range_over_func_defer_panic.go:17)	MOVQ	R8, AX
    b4        00180 (range_over_func_defer_panic.go:17)	CALL	runtime.panicrangestate(SB)
    b9        00185 (range_over_func_defer_panic.go:17)	XCHGL	AX, AX
    ba        00186 (range_over_func_defer_panic.go:17)	NOP
    ba        00186 (range_over_func_defer_panic.go:17)	PCDATA	$1, $-1
    ba        00186 (range_over_func_defer_panic.go:17)	PCDATA	$0, $-2
    ba        00186 (range_over_func_defer_panic.go:17)	MOVQ	AX, 8(SP)
    bf        00191 (range_over_func_defer_panic.go:17)	NOP
    c0        00192 (range_over_func_defer_panic.go:17)	CALL	runtime.morestack(SB)
    c5        00197 (range_over_func_defer_panic.go:17)	PCDATA	$0, $-1
    c5        00197 (range_over_func_defer_panic.go:17)	MOVQ	8(SP), AX
    ca        00202 (range_over_func_defer_panic.go:17)	JMP	0
    cf done
wrote 4 bytes to 0x0
 00 cf 01 00
funcpctab main.order-range1.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:18)	TEXT	main.order-range1.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0        00000 (range_over_func_defer_panic.go:18)	TEXT	main.order-range1.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (range_over_func_defer_panic.go:18)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:18)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:18)	JLS	75
     6        00006 (range_over_func_defer_panic.go:18)	PCDATA	$0, $-1
     6        00006 (range_over_func_defer_panic.go:18)	PUSHQ	BP
     7        00007 (range_over_func_defer_panic.go:18)	MOVQ	SP, BP
     a        00010 (range_over_func_defer_panic.go:18)	SUBQ	$24, SP
     e        00014 (range_over_func_defer_panic.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:18)	MOVQ	8(DX), AX
    12        00018 (range_over_func_defer_panic.go:18)	MOVQ	AX, main..autotmp_3+16(SP)
    17        00023 (range_over_func_defer_panic.go:18)	PCDATA	$1, $0
    17        00023 (range_over_func_defer_panic.go:18)	CALL	runtime.printlock(SB)
    1c        00028 (range_over_func_defer_panic.go:18)	LEAQ	go:string."loop defer "(SB), AX
    23        00035 (range_over_func_defer_panic.go:18)	MOVL	$11, BX
    28        00040 (range_over_func_defer_panic.go:18)	CALL	runtime.printstring(SB)
    2d        00045 (range_over_func_defer_panic.go:18)	MOVQ	main..autotmp_3+16(SP), AX
    32        00050 (range_over_func_defer_panic.go:18)	CALL	runtime.printint(SB)
    37        00055 (range_over_func_defer_panic.go:18)	CALL	runtime.printnl(SB)
    3c        00060 (range_over_func_defer_panic.go:18)	NOP
    40        00064 (range_over_func_defer_panic.go:18)	CALL	runtime.printunlock(SB)
    45        00069 (range_over_func_defer_panic.go:18)	ADDQ	$24, SP
    49        00073 (range_over_func_defer_panic.go:18)	POPQ	BP
    4a        00074 (range_over_func_defer_panic.go:18)	RET
    4b        00075 (range_over_func_defer_panic.go:18)	NOP
    4b        00075 (range_over_func_defer_panic.go:18)	PCDATA	$1, $-1
    4b        00075 (range_over_func_defer_panic.go:18)	PCDATA	$0, $-2
    4b        00075 (range_over_func_defer_panic.go:18)	CALL	runtime.morestack(SB)
    50        00080 (range_over_func_defer_panic.go:18)	PCDATA	$0, $-1
    50        00080 (range_over_func_defer_panic.go:18)	JMP	0
    52 done
wrote 3 bytes to 0x0
 00 52 00
funcpctab main.bodyPanics [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:43)	TEXT	main.bodyPanics(SB), ABIInternal, $152-0
     0        00000 (range_over_func_defer_panic.go:43)	TEXT	main.bodyPanics(SB), ABIInternal, $152-0
     0     -1 00000 (range_over_func_defer_panic.go:43)	LEAQ	-24(SP), R12
     5        00005 (range_over_func_defer_panic.go:43)	CMPQ	R12, 16(R14)
     9        00009 (range_over_func_defer_panic.go:43)	PCDATA	$0, $-2
     9        00009 (range_over_func_defer_panic.go:43)	JLS	262
     f        00015 (range_over_func_defer_panic.go:43)	PCDATA	$0, $-1
     f        00015 (range_over_func_defer_panic.go:43)	PUSHQ	BP
    10        00016 (range_over_func_defer_panic.go:43)	MOVQ	SP, BP
    13        00019 (range_over_func_defer_panic.go:43)	SUBQ	$144, SP
    1a        00026 (range_over_func_defer_panic.go:43)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    1a        00026 (range_over_func_defer_panic.go:43)	FUNCDATA	$1, gclocals·DbjO8tVUMuAbCYZAQe8aLg==(SB)
    1a        00026 (range_over_func_defer_panic.go:43)	FUNCDATA	$2, main.bodyPanics.stkobj(SB)
    1a        00026 (range_over_func_defer_panic.go:43)	MOVUPS	X15, main.msg+80(SP)
    20        00032 (range_over_func_defer_panic.go:44)	LEAQ	main.bodyPanics.func1(SB), CX
    27        00039 (range_over_func_defer_panic.go:44)	MOVQ	CX, main..autotmp_8+96(SP)
    2c        00044 (range_over_func_defer_panic.go:44)	LEAQ	main.msg+80(SP), CX
    31        00049 (range_over_func_defer_panic.go:44)	MOVQ	CX, main..autotmp_8+104(SP)
    36        00054 (range_over_func_defer_panic.go:44)	LEAQ	main..autotmp_8+96(SP), CX
    3b        00059 (range_over_func_defer_panic.go:44)	MOVQ	CX, main..autotmp_13+32(SP)
    40        00064 (range_over_func_defer_panic.go:44)	LEAQ	main..autotmp_13+8(SP), AX
    45        00069 (range_over_func_defer_panic.go:44)	PCDATA	$1, $1
    45        00069 (range_over_func_defer_panic.go:44)	CALL	runtime.deferprocStack(SB)
    4a        00074 (range_over_func_defer_panic.go:49)	CALL	runtime.deferrangefunc(SB)
    4f        00079 (range_over_func_defer_panic.go:49)	MOVQ	$1, main.#state1+72(SP)
    58        00088 (range_over_func_defer_panic.go:49)	LEAQ	main.bodyPanics-range1(SB), CX
    5f        00095 (range_over_func_defer_panic.go:49)	MOVQ	CX, main..autotmp_10+112(SP)
    64        00100 (range_over_func_defer_panic.go:49)	LEAQ	main.#state1+72(SP), CX
    69        00105 (range_over_func_defer_panic.go:49)	MOVQ	CX, main..autotmp_10+120(SP)
    6e        00110 (range_over_func_defer_panic.go:49)	MOVQ	AX, main..autotmp_10+128(SP)
    76        00118 (range_over_func_defer_panic.go:49)	MOVQ	BX, main..autotmp_10+136(SP)
    7e        00126 (<unknown line number>)	NOP
    7e      0 00126 (range_over_func_defer_panic.go:49)	LEAQ	main.Seq.func1#kFf4nreaSqI=#(SB), CX
    85        00133 (range_over_func_defer_panic.go:49)	MOVQ	CX, main..autotmp_12+56(SP)
    8a        00138 (range_over_func_defer_panic.go:49)	MOVQ	$5, main..autotmp_12+64(SP)
    93     -1 00147 (range_over_func_defer_panic.go:49)	LEAQ	main..autotmp_10+112(SP), AX
    98        00152 (range_over_func_defer_panic.go:49)	LEAQ	main..autotmp_12+56(SP), DX
    9d        00157 (range_over_func_defer_panic.go:49)	CALL	CX
    9f        00159 (range_over_func_defer_panic.go:54)	CMPQ	main.#state1+72(SP), $2
    a5        00165 (range_over_func_defer_panic.go:54)	JEQ	248
    a7        00167 (range_over_func_defer_panic.go:54)	MOVQ	$3, main.#state1+72(SP)
    b0        00176 (range_over_func_defer_panic.go:55)	LEAQ	go:string."no panic"(SB), AX
    b7        00183 (range_over_func_defer_panic.go:55)	MOVQ	AX, main.msg+80(SP)
    bc        00188 (range_over_func_defer_panic.go:55)	MOVQ	$8, main.msg+88(SP)
    c5        00197 (range_over_func_defer_panic.go:56)	CALL	runtime.deferreturn(SB)
    ca        00202 (range_over_func_defer_panic.go:55)	MOVQ	main.msg+80(SP), AX
    cf        00207 (range_over_func_defer_panic.go:55)	MOVQ	main.msg+88(SP), BX
    d4        00212 (range_over_func_defer_panic.go:56)	ADDQ	$144, SP
    db        00219 (range_over_func_defer_panic.go:56)	POPQ	BP
    dc        00220 (range_over_func_defer_panic.go:56)	RET
    dd        00221 (range_over_func_defer_panic.go:56)	NOP
    e0        00224 (range_over_func_defer_panic.go:56)	CALL	runtime.deferreturn(SB)
    e5        00229 (range_over_func_defer_panic.go:44)	MOVQ	main.msg+80(SP), AX
    ea        00234 (range_over_func_defer_panic.go:44)	MOVQ	main.msg+88(SP), BX
    ef        00239 (range_over_func_defer_panic.go:56)	ADDQ	$144, SP
    f6        00246 (range_over_func_defer_panic.go:56)	POPQ	BP
    f7        00247 (range_over_func_defer_panic.go:56)	RET
    f8        00248 (range_over_func_defer_panic.go:54)	MOVL	$4, AX
    fd        00253 (range_over_func_defer_panic.go:54)	NOP
   100        00256 (range_over_func_defer_panic.go:54)	CALL	runtime.panicrangestate(SB)
   105        00261 (range_over_func_defer_panic.go:54)	XCHGL	AX, AX
   106        00262 (range_over_func_defer_panic.go:54)	NOP
   106        00262 (range_over_func_defer_panic.go:43)	PCDATA	$1, $-1
   106        00262 (range_over_func_defer_panic.go:43)	PCDATA	$0, $-2
   106        00262 (range_over_func_defer_panic.go:43)	CALL	runtime.morestack_noctxt(SB)
   10b        00267 (range_over_func_defer_panic.go:43)	PCDATA	$0, $-1
   10b        00267 (range_over_func_defer_panic.go:43)	JMP	0
   110 done
wrote 7 bytes to 0x0
 00 7e 02 15 01 7d 00
-- inlining tree for main.bodyPanics:
0 | -1 | main.Seq (range_over_func_defer_panic.go:49:20) pc=74
--
funcpctab main.Seq.func1#kFf4nreaSqI=# [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.func1#kFf4nreaSqI=#(SB), NEEDCTXT|ABIInternal, $64-8
     0        00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.func1#kFf4nreaSqI=#(SB), NEEDCTXT|ABIInternal, $64-8
     0     -1 00000 (range_over_func_defer_panic.go:5)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:5)	JLS	179
     a        00010 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
     a        00010 (range_over_func_defer_panic.go:5)	PUSHQ	BP
     b        00011 (range_over_func_defer_panic.go:5)	MOVQ	SP, BP
     e        00014 (range_over_func_defer_panic.go:5)	SUBQ	$56, SP
    12        00018 (range_over_func_defer_panic.go:5)	MOVQ	X15, 48(SP)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$1, gclocals·8xbbc5PsWar066JsPAuALg==(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$5, main.Seq.func1#kFf4nreaSqI=#.arginfo1(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$6, main.Seq.func1#kFf4nreaSqI=#.argliveinfo(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$4, main.Seq.func1#kFf4nreaSqI=#.opendefer(SB)
    19        00025 (range_over_func_defer_panic.go:5)	PCDATA	$3, $1
    19        00025 (range_over_func_defer_panic.go:7)	MOVQ	AX, main.yield+72(SP)
    1e        00030 (range_over_func_defer_panic.go:7)	PCDATA	$3, $-1
    1e        00030 (range_over_func_defer_panic.go:5)	MOVB	$0, main..autotmp_6+15(SP)
    23        00035 (range_over_func_defer_panic.go:5)	MOVQ	8(DX), CX
    27        00039 (range_over_func_defer_panic.go:5)	MOVQ	CX, main.n+16(SP)
    2c        00044 (range_over_func_defer_panic.go:6)	LEAQ	main.Seq.func1#kFf4nreaSqI=#.deferwrap1(SB), BX
    33        00051 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_5+32(SP)
    38        00056 (range_over_func_defer_panic.go:6)	MOVQ	CX, main..autotmp_5+40(SP)
    3d        00061 (range_over_func_defer_panic.go:6)	LEAQ	main..autotmp_5+32(SP), BX
    42        00066 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_8+48(SP)
    47        00071 (range_over_func_defer_panic.go:6)	MOVB	$1, main..autotmp_6+15(SP)
    4c        00076 (range_over_func_defer_panic.go:6)	XORL	DX, DX
    4e        00078 (range_over_func_defer_panic.go:7)	JMP	98
    50        00080 (range_over_func_defer_panic.go:7)	MOVQ	main.i+24(SP), DX
    55        00085 (range_over_func_defer_panic.go:7)	INCQ	DX
    58        00088 (range_over_func_defer_panic.go:8)	MOVQ	main.yield+72(SP), AX
    5d        00093 (range_over_func_defer_panic.go:7)	MOVQ	main.n+16(SP), CX
    62        00098 (range_over_func_defer_panic.go:7)	CMPQ	DX, CX
    65        00101 (range_over_func_defer_panic.go:7)	JGE	147
    67        00103 (range_over_func_defer_panic.go:7)	MOVQ	DX, main.i+24(SP)
    6c        00108 (range_over_func_defer_panic.go:8)	MOVQ	(AX), CX
    6f        00111 (range_over_func_defer_panic.go:7)	MOVQ	AX, BX
    72        00114 (range_over_func_defer_panic.go:8)	MOVQ	DX, AX
    75        00117 (range_over_func_defer_panic.go:8)	MOVQ	BX, DX
    78        00120 (range_over_func_defer_panic.go:8)	PCDATA	$1, $1
    78        00120 (range_over_func_defer_panic.go:8)	CALL	CX
    7a        00122 (range_over_func_defer_panic.go:8)	TESTB	AL, AL
    7c        00124 (range_over_func_defer_panic.go:8)	JNE	80
    7e        00126 (range_over_func_defer_panic.go:9)	MOVB	$0, main..autotmp_6+15(SP)
    83        00131 (range_over_func_defer_panic.go:9)	MOVQ	main..autotmp_8+48(SP), DX
    88        00136 (range_over_func_defer_panic.go:9)	MOVQ	(DX), AX
    8b        00139 (range_over_func_defer_panic.go:9)	PCDATA	$1, $2
    8b        00139 (range_over_func_defer_panic.go:9)	CALL	AX
    8d        00141 (range_over_func_defer_panic.go:9)	ADDQ	$56, SP
    91        00145 (range_over_func_defer_panic.go:9)	POPQ	BP
    92        00146 (range_over_func_defer_panic.go:9)	RET
    93        00147 (range_over_func_defer_panic.go:12)	MOVB	$0, main..autotmp_6+15(SP)
    98        00152 (range_over_func_defer_panic.go:12)	MOVQ	main..autotmp_8+48(SP), DX
    9d        00157 (range_over_func_defer_panic.go:12)	MOVQ	(DX), AX
    a0        00160 (range_over_func_defer_panic.go:12)	CALL	AX
    a2        00162 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
    a6        00166 (range_over_func_defer_panic.go:12)	POPQ	BP
    a7        00167 (range_over_func_defer_panic.go:12)	RET
    a8        00168 (range_over_func_defer_panic.go:12)	CALL	runtime.deferreturn(SB)
    ad        00173 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
    b1        00177 (range_over_func_defer_panic.go:12)	POPQ	BP
    b2        00178 (range_over_func_defer_panic.go:12)	RET
    b3        00179 (range_over_func_defer_panic.go:12)	NOP
    b3        00179 (range_over_func_defer_panic.go:5)	PCDATA	$1, $-1
    b3        00179 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
    b3        00179 (range_over_func_defer_panic.go:5)	MOVQ	AX, 8(SP)
    b8        00184 (range_over_func_defer_panic.go:5)	CALL	runtime.morestack(SB)
    bd        00189 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
    bd        00189 (range_over_func_defer_panic.go:5)	MOVQ	8(SP), AX
    c2        00194 (range_over_func_defer_panic.go:5)	JMP	0
    c7 done
wrote 4 bytes to 0x0
 00 c7 01 00
funcpctab main.Seq.func1#kFf4nreaSqI=#.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.func1#kFf4nreaSqI=#.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0        00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.func1#kFf4nreaSqI=#.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (range_over_func_defer_panic.go:6)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:6)	JLS	75
     6        00006 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
     6        00006 (range_over_func_defer_panic.go:6)	PUSHQ	BP
     7        00007 (range_over_func_defer_panic.go:6)	MOVQ	SP, BP
     a        00010 (range_over_func_defer_panic.go:6)	SUBQ	$24, SP
     e        00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:6)	MOVQ	8(DX), AX
    12        00018 (range_over_func_defer_panic.go:6)	MOVQ	AX, main..autotmp_1+16(SP)
    17        00023 (range_over_func_defer_panic.go:6)	PCDATA	$1, $0
    17        00023 (range_over_func_defer_panic.go:6)	CALL	runtime.printlock(SB)
    1c        00028 (range_over_func_defer_panic.go:6)	LEAQ	go:string."iterator done "(SB), AX
    23        00035 (range_over_func_defer_panic.go:6)	MOVL	$14, BX
    28        00040 (range_over_func_defer_panic.go:6)	CALL	runtime.printstring(SB)
    2d        00045 (range_over_func_defer_panic.go:6)	MOVQ	main..autotmp_1+16(SP), AX
    32        00050 (range_over_func_defer_panic.go:6)	CALL	runtime.printint(SB)
    37        00055 (range_over_func_defer_panic.go:6)	CALL	runtime.printnl(SB)
    3c        00060 (range_over_func_defer_panic.go:6)	NOP
    40        00064 (range_over_func_defer_panic.go:6)	CALL	runtime.printunlock(SB)
    45        00069 (range_over_func_defer_panic.go:6)	ADDQ	$24, SP
    49        00073 (range_over_func_defer_panic.go:6)	POPQ	BP
    4a        00074 (range_over_func_defer_panic.go:6)	RET
    4b        00075 (range_over_func_defer_panic.go:6)	NOP
    4b        00075 (range_over_func_defer_panic.go:6)	PCDATA	$1, $-1
    4b        00075 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
    4b        00075 (range_over_func_defer_panic.go:6)	CALL	runtime.morestack(SB)
    50        00080 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
    50        00080 (range_over_func_defer_panic.go:6)	JMP	0
    52 done
wrote 3 bytes to 0x0
 00 52 00
funcpctab main.bodyPanics-range1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:49)	TEXT	main.bodyPanics-range1(SB), NEEDCTXT|ABIInternal, $72-8
     0        00000 (range_over_func_defer_panic.go:49)	TEXT	main.bodyPanics-range1(SB), NEEDCTXT|ABIInternal, $72-8
     0     -1 00000 (range_over_func_defer_panic.go:49)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:49)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:49)	JLS	223
     a        00010 (range_over_func_defer_panic.go:49)	PCDATA	$0, $-1
     a        00010 (range_over_func_defer_panic.go:49)	PUSHQ	BP
     b        00011 (range_over_func_defer_panic.go:49)	MOVQ	SP, BP
     e        00014 (range_over_func_defer_panic.go:49)	SUBQ	$64, SP
    12        00018 (range_over_func_defer_panic.go:49)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    12        00018 (range_over_func_defer_panic.go:49)	FUNCDATA	$1, gclocals·jhtnfT9Ar3jfo030EBhkFg==(SB)
    12        00018 (range_over_func_defer_panic.go:49)	FUNCDATA	$5, main.bodyPanics-range1.arginfo1(SB)
    12        00018 (range_over_func_defer_panic.go:49)	FUNCDATA	$6, main.bodyPanics-range1.argliveinfo(SB)
    12        00018 (range_over_func_defer_panic.go:49)	PCDATA	$3, $1
    12        00018 (range_over_func_defer_panic.go:49)	MOVQ	8(DX), SI
    16        00022 (range_over_func_defer_panic.go:49)	MOVQ	16(DX), DI
    1a        00026 (range_over_func_defer_panic.go:49)	MOVQ	24(DX), DX
    1e        00030 (range_over_func_defer_panic.go:49)	MOVB	$0, go:builtin.#r+39(SP)
    23        00035 (range_over_func_defer_panic.go:49)	MOVQ	(SI), R8
    26        00038 (range_over_func_defer_panic.go:49)	MOVQ	$2, (SI)
    2d        00045 (range_over_func_defer_panic.go:49)	CMPQ	R8, $1
    31        00049 (range_over_func_defer_panic.go:49)	JNE	214
    37        00055 (range_over_func_defer_panic.go:49)	MOVQ	AX, main.v+80(SP)
    3c        00060 (range_over_func_defer_panic.go:49)	PCDATA	$3, $-1
    3c        00060 (range_over_func_defer_panic.go:49)	MOVQ	SI, main.&#state1+48(SP)
    41        00065 (range_over_func_defer_panic.go:49)	MOVQ	DX, main.#defers.data+56(SP)
    46        00070 (range_over_func_defer_panic.go:49)	MOVQ	DI, main.#defers.type+40(SP)
    4b        00075 (range_over_func_defer_panic.go:50)	MOVL	$16, AX
    50        00080 (range_over_func_defer_panic.go:50)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
    57        00087 (range_over_func_defer_panic.go:50)	MOVL	$1, CX
    5c        00092 (range_over_func_defer_panic.go:50)	PCDATA	$1, $1
    5c        00092 (range_over_func_defer_panic.go:50)	NOP
    60        00096 (range_over_func_defer_panic.go:50)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
    65        00101 (range_over_func_defer_panic.go:50)	LEAQ	main.bodyPanics-range1.deferwrap1(SB), DX
    6c        00108 (range_over_func_defer_panic.go:50)	MOVQ	DX, (AX)
    6f        00111 (range_over_func_defer_panic.go:50)	MOVQ	main.v+80(SP), DX
    74        00116 (range_over_func_defer_panic.go:50)	MOVQ	DX, 8(AX)
    78        00120 (range_over_func_defer_panic.go:50)	MOVQ	main.#defers.type+40(SP), BX
    7d        00125 (range_over_func_defer_panic.go:50)	MOVQ	main.#defers.data+56(SP), CX
    82        00130 (range_over_func_defer_panic.go:50)	PCDATA	$1, $2
    82        00130 (range_over_func_defer_panic.go:50)	CALL	runtime.deferprocat(SB)
    87        00135 (range_over_func_defer_panic.go:51)	MOVQ	main.v+80(SP), CX
    8c        00140 (range_over_func_defer_panic.go:51)	CMPQ	CX, $1
    90        00144 (range_over_func_defer_panic.go:51)	JEQ	195
    92        00146 (range_over_func_defer_panic.go:54)	MOVQ	main.&#state1+48(SP), AX
    97        00151 (range_over_func_defer_panic.go:54)	MOVQ	$1, (AX)
    9e        00158 (range_over_func_defer_panic.go:54)	MOVB	$1, go:builtin.#r+39(SP)
    a3        00163 (range_over_func_defer_panic.go:54)	PCDATA	$1, $0
    a3        00163 (range_over_func_defer_panic.go:54)	CALL	runtime.deferreturn(SB)
    a8        00168 (range_over_func_defer_panic.go:54)	MOVBLZX	go:builtin.#r+39(SP), AX
    ad        00173 (range_over_func_defer_panic.go:54)	ADDQ	$64, SP
    b1        00177 (range_over_func_defer_panic.go:54)	POPQ	BP
    b2        00178 (range_over_func_defer_panic.go:54)	RET
    b3        00179 (range_over_func_defer_panic.go:54)	CALL	runtime.deferreturn(SB)
    b8        00184 (range_over_func_defer_panic.go:50)	MOVBLZX	go:builtin.#r+39(SP), AX
    bd        00189 (range_over_func_defer_panic.go:54)	ADDQ	$64, SP
    c1        00193 (range_over_func_defer_panic.go:54)	POPQ	BP
    c2        00194 (range_over_func_defer_panic.go:54)	RET
    c3        00195 (range_over_func_defer_panic.go:52)	LEAQ	type:string(SB), AX
    ca        00202 (range_over_func_defer_panic.go:52)	LEAQ	main..stmp_0(SB), BX
    d1        00209 (range_over_func_defer_panic.go:52)	CALL	runtime.gopanic(SB)
    d6        00214 (range_over_func_defer_panic.go:52)	PCDATA	$3, $1
    d6        00214 (range_over_func_defer_panic.go:49)	MOVQ	R8, AX
    d9        00217 (range_over_func_defer_panic.go:49)	CALL	runtime.panicrangestate(SB)
    de        00222 (range_over_func_defer_panic.go:49)	XCHGL	AX, AX
    df        00223 (range_over_func_defer_panic.go:49)	NOP
    df        00223 (range_over_func_defer_panic.go:49)	PCDATA	$1, $-1
    df        00223 (range_over_func_defer_panic.go:49)	PCDATA	$0, $-2
    df        00223 (range_over_func_defer_panic.go:49)	MOVQ	AX, 8(SP)
    e4        00228 (range_over_func_defer_panic.go:49)	CALL	runtime.morestack(SB)
    e9        00233 (range_over_func_defer_panic.go:49)	PCDATA	$0, $-1
    e9        00233 (range_over_func_defer_panic.go:49)	MOVQ	8(SP), AX
    ee        00238 (range_over_func_defer_panic.go:49)	JMP	0
    f3 done
wrote 4 bytes to 0x0
 00 f3 01 00
funcpctab main.bodyPanics-range1.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:50)	TEXT	main.bodyPanics-range1.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0        00000 (range_over_func_defer_panic.go:50)	TEXT	main.bodyPanics-range1.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (range_over_func_defer_panic.go:50)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:50)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:50)	JLS	75
     6        00006 (range_over_func_defer_panic.go:50)	PCDATA	$0, $-1
     6        00006 (range_over_func_defer_panic.go:50)	PUSHQ	BP
     7        00007 (range_over_func_defer_panic.go:50)	MOVQ	SP, BP
     a        00010 (range_over_func_defer_panic.go:50)	SUBQ	$24, SP
     e        00014 (range_over_func_defer_panic.go:50)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:50)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:50)	MOVQ	8(DX), AX
    12        00018 (range_over_func_defer_panic.go:50)	MOVQ	AX, main..autotmp_3+16(SP)
    17        00023 (range_over_func_defer_panic.go:50)	PCDATA	$1, $0
    17        00023 (range_over_func_defer_panic.go:50)	CALL	runtime.printlock(SB)
    1c        00028 (range_over_func_defer_panic.go:50)	LEAQ	go:string."panicking loop defer "(SB), AX
    23        00035 (range_over_func_defer_panic.go:50)	MOVL	$21, BX
    28        00040 (range_over_func_defer_panic.go:50)	CALL	runtime.printstring(SB)
    2d        00045 (range_over_func_defer_panic.go:50)	MOVQ	main..autotmp_3+16(SP), AX
    32        00050 (range_over_func_defer_panic.go:50)	CALL	runtime.printint(SB)
    37        00055 (range_over_func_defer_panic.go:50)	CALL	runtime.printnl(SB)
    3c        00060 (range_over_func_defer_panic.go:50)	NOP
    40        00064 (range_over_func_defer_panic.go:50)	CALL	runtime.printunlock(SB)
    45        00069 (range_over_func_defer_panic.go:50)	ADDQ	$24, SP
    49        00073 (range_over_func_defer_panic.go:50)	POPQ	BP
    4a        00074 (range_over_func_defer_panic.go:50)	RET
    4b        00075 (range_over_func_defer_panic.go:50)	NOP
    4b        00075 (range_over_func_defer_panic.go:50)	PCDATA	$1, $-1
    4b        00075 (range_over_func_defer_panic.go:50)	PCDATA	$0, $-2
    4b        00075 (range_over_func_defer_panic.go:50)	CALL	runtime.morestack(SB)
    50        00080 (range_over_func_defer_panic.go:50)	PCDATA	$0, $-1
    50        00080 (range_over_func_defer_panic.go:50)	JMP	0
    52 done
wrote 3 bytes to 0x0
 00 52 00
funcpctab main.bodyPanics.func1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:44)	TEXT	main.bodyPanics.func1(SB), NEEDCTXT|ABIInternal, $56-0
     0        00000 (range_over_func_defer_panic.go:44)	TEXT	main.bodyPanics.func1(SB), NEEDCTXT|ABIInternal, $56-0
     0     -1 00000 (range_over_func_defer_panic.go:44)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:44)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:44)	JLS	138
     a        00010 (range_over_func_defer_panic.go:44)	PCDATA	$0, $-1
     a        00010 (range_over_func_defer_panic.go:44)	PUSHQ	BP
     b        00011 (range_over_func_defer_panic.go:44)	MOVQ	SP, BP
     e        00014 (range_over_func_defer_panic.go:44)	SUBQ	$48, SP
    12        00018 (range_over_func_defer_panic.go:44)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (range_over_func_defer_panic.go:44)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    12        00018 (range_over_func_defer_panic.go:44)	MOVQ	8(DX), AX
    16        00022 (range_over_func_defer_panic.go:44)	MOVQ	AX, main.&msg+40(SP)
    1b        00027 (range_over_func_defer_panic.go:45)	PCDATA	$1, $1
    1b        00027 (range_over_func_defer_panic.go:45)	NOP
    20        00032 (range_over_func_defer_panic.go:45)	CALL	runtime.gorecover(SB)
    25        00037 (range_over_func_defer_panic.go:45)	TESTQ	AX, AX
    28        00040 (range_over_func_defer_panic.go:45)	JEQ	116
    2a        00042 (range_over_func_defer_panic.go:46)	LEAQ	type:string(SB), DX
    31        00049 (range_over_func_defer_panic.go:46)	CMPQ	AX, DX
    34        00052 (range_over_func_defer_panic.go:46)	JNE	122
    36        00054 (range_over_func_defer_panic.go:46)	MOVQ	(BX), DI
    39        00057 (range_over_func_defer_panic.go:46)	MOVQ	8(BX), SI
    3d        00061 (range_over_func_defer_panic.go:46)	XORL	AX, AX
    3f        00063 (range_over_func_defer_panic.go:46)	LEAQ	go:string."recovered: "(SB), BX
    46        00070 (range_over_func_defer_panic.go:46)	MOVL	$11, CX
    4b        00075 (range_over_func_defer_panic.go:46)	CALL	runtime.concatstring2(SB)
    50        00080 (range_over_func_defer_panic.go:46)	MOVQ	main.&msg+40(SP), DX
    55        00085 (range_over_func_defer_panic.go:46)	MOVQ	BX, 8(DX)
    59        00089 (range_over_func_defer_panic.go:46)	CMPL	runtime.writeBarrier(SB), $0
    60        00096 (range_over_func_defer_panic.go:46)	PCDATA	$0, $-2
    60        00096 (range_over_func_defer_panic.go:46)	JEQ	113
    62        00098 (range_over_func_defer_panic.go:46)	MOVQ	(DX), CX
    65        00101 (range_over_func_defer_panic.go:46)	CALL	runtime.gcWriteBarrier2(SB)
    6a        00106 (range_over_func_defer_panic.go:46)	MOVQ	AX, (R11)
    6d        00109 (range_over_func_defer_panic.go:46)	MOVQ	CX, 8(R11)
    71        00113 (range_over_func_defer_panic.go:46)	MOVQ	AX, (DX)
    74        00116 (range_over_func_defer_panic.go:48)	PCDATA	$0, $-1
    74        00116 (range_over_func_defer_panic.go:48)	ADDQ	$48, SP
    78        00120 (range_over_func_defer_panic.go:48)	POPQ	BP
    79        00121 (range_over_func_defer_panic.go:48)	RET
    7a        00122 (range_over_func_defer_panic.go:46)	MOVQ	DX, BX
    7d        00125 (range_over_func_defer_panic.go:46)	LEAQ	type:interface {}(SB), CX
    84        00132 (range_over_func_defer_panic.go:46)	PCDATA	$1, $0
    84        00132 (range_over_func_defer_panic.go:46)	CALL	runtime.panicdottypeE(SB)
    89        00137 (range_over_func_defer_panic.go:46)	XCHGL	AX, AX
    8a        00138 (range_over_func_defer_panic.go:46)	NOP
    8a        00138 (range_over_func_defer_panic.go:44)	PCDATA	$1, $-1
    8a        00138 (range_over_func_defer_panic.go:44)	PCDATA	$0, $-2
    8a        00138 (range_over_func_defer_panic.go:44)	CALL	runtime.morestack(SB)
    8f        00143 (range_over_func_defer_panic.go:44)	PCDATA	$0, $-1
    8f        00143 (range_over_func_defer_panic.go:44)	JMP	0
    94 done
wrote 4 bytes to 0x0
 00 94 01 00
funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:58)	TEXT	main.main(SB), ABIInternal, $40-0
     0        00000 (range_over_func_defer_panic.go:58)	TEXT	main.main(SB), ABIInternal, $40-0
     0     -1 00000 (range_over_func_defer_panic.go:58)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:58)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:58)	JLS	157
     a        00010 (range_over_func_defer_panic.go:58)	PCDATA	$0, $-1
     a        00010 (range_over_func_defer_panic.go:58)	PUSHQ	BP
     b        00011 (range_over_func_defer_panic.go:58)	MOVQ	SP, BP
     e        00014 (range_over_func_defer_panic.go:58)	SUBQ	$32, SP
    12        00018 (range_over_func_defer_panic.go:58)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (range_over_func_defer_panic.go:58)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    12        00018 (range_over_func_defer_panic.go:59)	PCDATA	$1, $0
    12        00018 (range_over_func_defer_panic.go:59)	CALL	main.order(SB)
    17        00023 (range_over_func_defer_panic.go:60)	CALL	main.nested(SB)
    1c        00028 (range_over_func_defer_panic.go:60)	MOVQ	AX, main..autotmp_2+24(SP)
    21        00033 (range_over_func_defer_panic.go:60)	MOVQ	BX, main..autotmp_3+16(SP)
    26        00038 (range_over_func_defer_panic.go:60)	PCDATA	$1, $1
    26        00038 (range_over_func_defer_panic.go:60)	CALL	runtime.printlock(SB)
    2b        00043 (range_over_func_defer_panic.go:60)	MOVQ	main..autotmp_2+24(SP), AX
    30        00048 (range_over_func_defer_panic.go:60)	MOVQ	main..autotmp_3+16(SP), BX
    35        00053 (range_over_func_defer_panic.go:60)	PCDATA	$1, $0
    35        00053 (range_over_func_defer_panic.go:60)	CALL	runtime.printstring(SB)
    3a        00058 (range_over_func_defer_panic.go:60)	CALL	runtime.printnl(SB)
    3f        00063 (range_over_func_defer_panic.go:60)	NOP
    40        00064 (range_over_func_defer_panic.go:60)	CALL	runtime.printunlock(SB)
    45        00069 (range_over_func_defer_panic.go:61)	CALL	main.earlyReturn(SB)
    4a        00074 (range_over_func_defer_panic.go:61)	MOVQ	AX, main..autotmp_3+16(SP)
    4f        00079 (range_over_func_defer_panic.go:61)	CALL	runtime.printlock(SB)
    54        00084 (range_over_func_defer_panic.go:61)	MOVQ	main..autotmp_3+16(SP), AX
    59        00089 (range_over_func_defer_panic.go:61)	CALL	runtime.printint(SB)
    5e        00094 (range_over_func_defer_panic.go:61)	NOP
    60        00096 (range_over_func_defer_panic.go:61)	CALL	runtime.printnl(SB)
    65        00101 (range_over_func_defer_panic.go:61)	CALL	runtime.printunlock(SB)
    6a        00106 (range_over_func_defer_panic.go:62)	CALL	main.bodyPanics(SB)
    6f        00111 (range_over_func_defer_panic.go:62)	MOVQ	AX, main..autotmp_2+24(SP)
    74        00116 (range_over_func_defer_panic.go:62)	MOVQ	BX, main..autotmp_3+16(SP)
    79        00121 (range_over_func_defer_panic.go:62)	PCDATA	$1, $1
    79        00121 (range_over_func_defer_panic.go:62)	CALL	runtime.printlock(SB)
    7e        00126 (range_over_func_defer_panic.go:62)	MOVQ	main..autotmp_2+24(SP), AX
    83        00131 (range_over_func_defer_panic.go:62)	MOVQ	main..autotmp_3+16(SP), BX
    88        00136 (range_over_func_defer_panic.go:62)	PCDATA	$1, $0
    88        00136 (range_over_func_defer_panic.go:62)	CALL	runtime.printstring(SB)
    8d        00141 (range_over_func_defer_panic.go:62)	CALL	runtime.printnl(SB)
    92        00146 (range_over_func_defer_panic.go:62)	CALL	runtime.printunlock(SB)
    97        00151 (range_over_func_defer_panic.go:63)	ADDQ	$32, SP
    9b        00155 (range_over_func_defer_panic.go:63)	POPQ	BP
    9c        00156 (range_over_func_defer_panic.go:63)	RET
    9d        00157 (range_over_func_defer_panic.go:63)	NOP
    9d        00157 (range_over_func_defer_panic.go:58)	PCDATA	$1, $-1
    9d        00157 (range_over_func_defer_panic.go:58)	PCDATA	$0, $-2
    9d        00157 (range_over_func_defer_panic.go:58)	NOP
    a0        00160 (range_over_func_defer_panic.go:58)	CALL	runtime.morestack_noctxt(SB)
    a5        00165 (range_over_func_defer_panic.go:58)	PCDATA	$0, $-1
    a5        00165 (range_over_func_defer_panic.go:58)	JMP	0
    aa done
wrote 4 bytes to 0x0
 00 aa 01 00
funcpctab main.order.deferwrap2 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:20)	TEXT	main.order.deferwrap2(SB), WRAPPER|ABIInternal, $24-0
     0        00000 (range_over_func_defer_panic.go:20)	TEXT	main.order.deferwrap2(SB), WRAPPER|ABIInternal, $24-0
     0     -1 00000 (range_over_func_defer_panic.go:20)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:20)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:20)	JLS	48
     6        00006 (range_over_func_defer_panic.go:20)	PCDATA	$0, $-1
     6        00006 (range_over_func_defer_panic.go:20)	PUSHQ	BP
     7        00007 (range_over_func_defer_panic.go:20)	MOVQ	SP, BP
     a        00010 (range_over_func_defer_panic.go:20)	SUBQ	$16, SP
     e        00014 (range_over_func_defer_panic.go:20)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:20)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:20)	PCDATA	$1, $0
     e        00014 (range_over_func_defer_panic.go:20)	CALL	runtime.printlock(SB)
    13        00019 (range_over_func_defer_panic.go:20)	LEAQ	go:string."deferred after the loop\n"(SB), AX
    1a        00026 (range_over_func_defer_panic.go:20)	MOVL	$24, BX
    1f        00031 (range_over_func_defer_panic.go:20)	NOP
    20        00032 (range_over_func_defer_panic.go:20)	CALL	runtime.printstring(SB)
    25        00037 (range_over_func_defer_panic.go:20)	CALL	runtime.printunlock(SB)
    2a        00042 (range_over_func_defer_panic.go:20)	ADDQ	$16, SP
    2e        00046 (range_over_func_defer_panic.go:20)	POPQ	BP
    2f        00047 (range_over_func_defer_panic.go:20)	RET
    30        00048 (range_over_func_defer_panic.go:20)	NOP
    30        00048 (range_over_func_defer_panic.go:20)	PCDATA	$1, $-1
    30        00048 (range_over_func_defer_panic.go:20)	PCDATA	$0, $-2
    30        00048 (range_over_func_defer_panic.go:20)	CALL	runtime.morestack_noctxt(SB)
    35        00053 (range_over_func_defer_panic.go:20)	PCDATA	$0, $-1
    35        00053 (range_over_func_defer_panic.go:20)	JMP	0
    37 done
wrote 3 bytes to 0x0
 00 37 00
funcpctab main.order.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:16)	TEXT	main.order.deferwrap1(SB), WRAPPER|ABIInternal, $24-0
     0        00000 (range_over_func_defer_panic.go:16)	TEXT	main.order.deferwrap1(SB), WRAPPER|ABIInternal, $24-0
     0     -1 00000 (range_over_func_defer_panic.go:16)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:16)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:16)	JLS	48
     6        00006 (range_over_func_defer_panic.go:16)	PCDATA	$0, $-1
     6        00006 (range_over_func_defer_panic.go:16)	PUSHQ	BP
     7        00007 (range_over_func_defer_panic.go:16)	MOVQ	SP, BP
     a        00010 (range_over_func_defer_panic.go:16)	SUBQ	$16, SP
     e        00014 (range_over_func_defer_panic.go:16)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:16)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:16)	PCDATA	$1, $0
     e        00014 (range_over_func_defer_panic.go:16)	CALL	runtime.printlock(SB)
    13        00019 (range_over_func_defer_panic.go:16)	LEAQ	go:string."deferred before the loop\n"(SB), AX
    1a        00026 (range_over_func_defer_panic.go:16)	MOVL	$25, BX
    1f        00031 (range_over_func_defer_panic.go:16)	NOP
    20        00032 (range_over_func_defer_panic.go:16)	CALL	runtime.printstring(SB)
    25        00037 (range_over_func_defer_panic.go:16)	CALL	runtime.printunlock(SB)
    2a        00042 (range_over_func_defer_panic.go:16)	ADDQ	$16, SP
    2e        00046 (range_over_func_defer_panic.go:16)	POPQ	BP
    2f        00047 (range_over_func_defer_panic.go:16)	RET
    30        00048 (range_over_func_defer_panic.go:16)	NOP
    30        00048 (range_over_func_defer_panic.go:16)	PCDATA	$1, $-1
    30        00048 (range_over_func_defer_panic.go:16)	PCDATA	$0, $-2
    30        00048 (range_over_func_defer_panic.go:16)	CALL	runtime.morestack_noctxt(SB)
    35        00053 (range_over_func_defer_panic.go:16)	PCDATA	$0, $-1
    35        00053 (range_over_func_defer_panic.go:16)	JMP	0
    37 done
wrote 3 bytes to 0x0
 00 37 00
funcpctab main.Seq [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:4)	TEXT	main.Seq(SB), ABIInternal, $40-8
     0        00000 (range_over_func_defer_panic.go:4)	TEXT	main.Seq(SB), ABIInternal, $40-8
     0     -1 00000 (range_over_func_defer_panic.go:4)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:4)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:4)	JLS	66
     6        00006 (range_over_func_defer_panic.go:4)	PCDATA	$0, $-1
     6        00006 (range_over_func_defer_panic.go:4)	PUSHQ	BP
     7        00007 (range_over_func_defer_panic.go:4)	MOVQ	SP, BP
     a        00010 (range_over_func_defer_panic.go:4)	SUBQ	$32, SP
     e        00014 (range_over_func_defer_panic.go:4)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:4)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:4)	FUNCDATA	$5, main.Seq.arginfo1(SB)
     e        00014 (range_over_func_defer_panic.go:4)	FUNCDATA	$6, main.Seq.argliveinfo(SB)
     e        00014 (range_over_func_defer_panic.go:4)	PCDATA	$3, $1
     e        00014 (range_over_func_defer_panic.go:5)	MOVQ	AX, main.n+48(SP)
    13        00019 (range_over_func_defer_panic.go:5)	PCDATA	$3, $-1
    13        00019 (range_over_func_defer_panic.go:5)	MOVL	$16, AX
    18        00024 (range_over_func_defer_panic.go:5)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
    1f        00031 (range_over_func_defer_panic.go:5)	MOVL	$1, CX
    24        00036 (range_over_func_defer_panic.go:5)	PCDATA	$1, $0
    24        00036 (range_over_func_defer_panic.go:5)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
    29        00041 (range_over_func_defer_panic.go:5)	LEAQ	main.Seq.func1(SB), DX
    30        00048 (range_over_func_defer_panic.go:5)	MOVQ	DX, (AX)
    33        00051 (range_over_func_defer_panic.go:5)	MOVQ	main.n+48(SP), DX
    38        00056 (range_over_func_defer_panic.go:5)	MOVQ	DX, 8(AX)
    3c        00060 (range_over_func_defer_panic.go:5)	ADDQ	$32, SP
    40        00064 (range_over_func_defer_panic.go:5)	POPQ	BP
    41        00065 (range_over_func_defer_panic.go:5)	RET
    42        00066 (range_over_func_defer_panic.go:5)	NOP
    42        00066 (range_over_func_defer_panic.go:4)	PCDATA	$1, $-1
    42        00066 (range_over_func_defer_panic.go:4)	PCDATA	$0, $-2
    42        00066 (range_over_func_defer_panic.go:4)	MOVQ	AX, 8(SP)
    47        00071 (range_over_func_defer_panic.go:4)	CALL	runtime.morestack_noctxt(SB)
    4c        00076 (range_over_func_defer_panic.go:4)	PCDATA	$0, $-1
    4c        00076 (range_over_func_defer_panic.go:4)	MOVQ	8(SP), AX
    51        00081 (range_over_func_defer_panic.go:4)	JMP	0
    53 done
wrote 3 bytes to 0x0
 00 53 00
funcpctab main.Seq.func1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.func1(SB), NEEDCTXT|ABIInternal, $64-8
     0        00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.func1(SB), NEEDCTXT|ABIInternal, $64-8
     0     -1 00000 (range_over_func_defer_panic.go:5)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:5)	JLS	179
     a        00010 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
     a        00010 (range_over_func_defer_panic.go:5)	PUSHQ	BP
     b        00011 (range_over_func_defer_panic.go:5)	MOVQ	SP, BP
     e        00014 (range_over_func_defer_panic.go:5)	SUBQ	$56, SP
    12        00018 (range_over_func_defer_panic.go:5)	MOVQ	X15, 48(SP)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$1, gclocals·8xbbc5PsWar066JsPAuALg==(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$5, main.Seq.func1.arginfo1(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$6, main.Seq.func1.argliveinfo(SB)
    19        00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$4, main.Seq.func1.opendefer(SB)
    19        00025 (range_over_func_defer_panic.go:5)	PCDATA	$3, $1
    19        00025 (range_over_func_defer_panic.go:7)	MOVQ	AX, main.yield+72(SP)
    1e        00030 (range_over_func_defer_panic.go:7)	PCDATA	$3, $-1
    1e        00030 (range_over_func_defer_panic.go:5)	MOVB	$0, main..autotmp_6+15(SP)
    23        00035 (range_over_func_defer_panic.go:5)	MOVQ	8(DX), CX
    27        00039 (range_over_func_defer_panic.go:5)	MOVQ	CX, main.n+16(SP)
    2c        00044 (range_over_func_defer_panic.go:6)	LEAQ	main.Seq.func1.deferwrap1(SB), BX
    33        00051 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_5+32(SP)
    38        00056 (range_over_func_defer_panic.go:6)	MOVQ	CX, main..autotmp_5+40(SP)
    3d        00061 (range_over_func_defer_panic.go:6)	LEAQ	main..autotmp_5+32(SP), BX
    42        00066 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_8+48(SP)
    47        00071 (range_over_func_defer_panic.go:6)	MOVB	$1, main..autotmp_6+15(SP)
    4c        00076 (range_over_func_defer_panic.go:6)	XORL	DX, DX
    4e        00078 (range_over_func_defer_panic.go:7)	JMP	98
    50        00080 (range_over_func_defer_panic.go:7)	MOVQ	main.i+24(SP), DX
    55        00085 (range_over_func_defer_panic.go:7)	INCQ	DX
    58        00088 (range_over_func_defer_panic.go:8)	MOVQ	main.yield+72(SP), AX
    5d        00093 (range_over_func_defer_panic.go:7)	MOVQ	main.n+16(SP), CX
    62        00098 (range_over_func_defer_panic.go:7)	CMPQ	DX, CX
    65        00101 (range_over_func_defer_panic.go:7)	JGE	147
    67        00103 (range_over_func_defer_panic.go:7)	MOVQ	DX, main.i+24(SP)
    6c        00108 (range_over_func_defer_panic.go:8)	MOVQ	(AX), CX
    6f        00111 (range_over_func_defer_panic.go:7)	MOVQ	AX, BX
    72        00114 (range_over_func_defer_panic.go:8)	MOVQ	DX, AX
    75        00117 (range_over_func_defer_panic.go:8)	MOVQ	BX, DX
    78        00120 (range_over_func_defer_panic.go:8)	PCDATA	$1, $1
    78        00120 (range_over_func_defer_panic.go:8)	CALL	CX
    7a        00122 (range_over_func_defer_panic.go:8)	TESTB	AL, AL
    7c        00124 (range_over_func_defer_panic.go:8)	JNE	80
    7e        00126 (range_over_func_defer_panic.go:9)	MOVB	$0, main..autotmp_6+15(SP)
    83        00131 (range_over_func_defer_panic.go:9)	MOVQ	main..autotmp_8+48(SP), DX
    88        00136 (range_over_func_defer_panic.go:9)	MOVQ	(DX), AX
    8b        00139 (range_over_func_defer_panic.go:9)	PCDATA	$1, $2
    8b        00139 (range_over_func_defer_panic.go:9)	CALL	AX
    8d        00141 (range_over_func_defer_panic.go:9)	ADDQ	$56, SP
    91        00145 (range_over_func_defer_panic.go:9)	POPQ	BP
    92        00146 (range_over_func_defer_panic.go:9)	RET
    93        00147 (range_over_func_defer_panic.go:12)	MOVB	$0, main..autotmp_6+15(SP)
    98        00152 (range_over_func_defer_panic.go:12)	MOVQ	main..autotmp_8+48(SP), DX
    9d        00157 (range_over_func_defer_panic.go:12)	MOVQ	(DX), AX
    a0        00160 (range_over_func_defer_panic.go:12)	CALL	AX
    a2        00162 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
    a6        00166 (range_over_func_defer_panic.go:12)	POPQ	BP
    a7        00167 (range_over_func_defer_panic.go:12)	RET
    a8        00168 (range_over_func_defer_panic.go:12)	CALL	runtime.deferreturn(SB)
    ad        00173 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
    b1        00177 (range_over_func_defer_panic.go:12)	POPQ	BP
    b2        00178 (range_over_func_defer_panic.go:12)	RET
    b3        00179 (range_over_func_defer_panic.go:12)	NOP
    b3        00179 (range_over_func_defer_panic.go:5)	PCDATA	$1, $-1
    b3        00179 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
    b3        00179 (range_over_func_defer_panic.go:5)	MOVQ	AX, 8(SP)
    b8        00184 (range_over_func_defer_panic.go:5)	CALL	runtime.morestack(SB)
    bd        00189 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
    bd        00189 (range_over_func_defer_panic.go:5)	MOVQ	8(SP), AX
    c2        00194 (range_over_func_defer_panic.go:5)	JMP	0
    c7 done
wrote 4 bytes to 0x0
 00 c7 01 00
funcpctab main.Seq.func1.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.func1.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0        00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.func1.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (range_over_func_defer_panic.go:6)	CMPQ	SP, 16(R14)
     4        00004 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
     4        00004 (range_over_func_defer_panic.go:6)	JLS	75
     6        00006 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
     6        00006 (range_over_func_defer_panic.go:6)	PUSHQ	BP
     7        00007 (range_over_func_defer_panic.go:6)	MOVQ	SP, BP
     a        00010 (range_over_func_defer_panic.go:6)	SUBQ	$24, SP
     e        00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (range_over_func_defer_panic.go:6)	MOVQ	8(DX), AX
    12        00018 (range_over_func_defer_panic.go:6)	MOVQ	AX, main..autotmp_1+16(SP)
    17        00023 (range_over_func_defer_panic.go:6)	PCDATA	$1, $0
    17        00023 (range_over_func_defer_panic.go:6)	CALL	runtime.printlock(SB)
    1c        00028 (range_over_func_defer_panic.go:6)	LEAQ	go:string."iterator done "(SB), AX
    23        00035 (range_over_func_defer_panic.go:6)	MOVL	$14, BX
    28        00040 (range_over_func_defer_panic.go:6)	CALL	runtime.printstring(SB)
    2d        00045 (range_over_func_defer_panic.go:6)	MOVQ	main..autotmp_1+16(SP), AX
    32        00050 (range_over_func_defer_panic.go:6)	CALL	runtime.printint(SB)
    37        00055 (range_over_func_defer_panic.go:6)	CALL	runtime.printnl(SB)
    3c        00060 (range_over_func_defer_panic.go:6)	NOP
    40        00064 (range_over_func_defer_panic.go:6)	CALL	runtime.printunlock(SB)
    45        00069 (range_over_func_defer_panic.go:6)	ADDQ	$24, SP
    49        00073 (range_over_func_defer_panic.go:6)	POPQ	BP
    4a        00074 (range_over_func_defer_panic.go:6)	RET
    4b        00075 (range_over_func_defer_panic.go:6)	NOP
    4b        00075 (range_over_func_defer_panic.go:6)	PCDATA	$1, $-1
    4b        00075 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
    4b        00075 (range_over_func_defer_panic.go:6)	CALL	runtime.morestack(SB)
    50        00080 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
    50        00080 (range_over_func_defer_panic.go:6)	JMP	0
    52 done
wrote 3 bytes to 0x0
 00 52 00
main.Seq STEXT size=83 align=0x0 args=0x8 locals=0x28 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:4)	TEXT	main.Seq(SB), ABIInternal, $40-8
	0x0000 00000 (range_over_func_defer_panic.go:4)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:4)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:4)	JLS	66
	0x0006 00006 (range_over_func_defer_panic.go:4)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func_defer_panic.go:4)	PUSHQ	BP
	0x0007 00007 (range_over_func_defer_panic.go:4)	MOVQ	SP, BP
	0x000a 00010 (range_over_func_defer_panic.go:4)	SUBQ	$32, SP
	0x000e 00014 (range_over_func_defer_panic.go:4)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:4)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:4)	FUNCDATA	$5, main.Seq.arginfo1(SB)
	0x000e 00014 (range_over_func_defer_panic.go:4)	FUNCDATA	$6, main.Seq.argliveinfo(SB)
	0x000e 00014 (range_over_func_defer_panic.go:4)	PCDATA	$3, $1
	0x000e 00014 (range_over_func_defer_panic.go:5)	MOVQ	AX, main.n+48(SP)
	0x0013 00019 (range_over_func_defer_panic.go:5)	PCDATA	$3, $-1
	0x0013 00019 (range_over_func_defer_panic.go:5)	MOVL	$16, AX
	0x0018 00024 (range_over_func_defer_panic.go:5)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
	0x001f 00031 (range_over_func_defer_panic.go:5)	MOVL	$1, CX
	0x0024 00036 (range_over_func_defer_panic.go:5)	PCDATA	$1, $0
	0x0024 00036 (range_over_func_defer_panic.go:5)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x0029 00041 (range_over_func_defer_panic.go:5)	LEAQ	main.Seq.func1(SB), DX
	0x0030 00048 (range_over_func_defer_panic.go:5)	MOVQ	DX, (AX)
	0x0033 00051 (range_over_func_defer_panic.go:5)	MOVQ	main.n+48(SP), DX
	0x0038 00056 (range_over_func_defer_panic.go:5)	MOVQ	DX, 8(AX)
	0x003c 00060 (range_over_func_defer_panic.go:5)	ADDQ	$32, SP
	0x0040 00064 (range_over_func_defer_panic.go:5)	POPQ	BP
	0x0041 00065 (range_over_func_defer_panic.go:5)	RET
	0x0042 00066 (range_over_func_defer_panic.go:5)	NOP
	0x0042 00066 (range_over_func_defer_panic.go:4)	PCDATA	$1, $-1
	0x0042 00066 (range_over_func_defer_panic.go:4)	PCDATA	$0, $-2
	0x0042 00066 (range_over_func_defer_panic.go:4)	MOVQ	AX, 8(SP)
	0x0047 00071 (range_over_func_defer_panic.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x004c 00076 (range_over_func_defer_panic.go:4)	PCDATA	$0, $-1
	0x004c 00076 (range_over_func_defer_panic.go:4)	MOVQ	8(SP), AX
	0x0051 00081 (range_over_func_defer_panic.go:4)	JMP	0
	0x0000 49 3b 66 10 76 3c 55 48 89 e5 48 83 ec 20 48 89  I;f.v<UH..H.. H.
	0x0010 44 24 30 b8 10 00 00 00 48 8d 1d 00 00 00 00 b9  D$0.....H.......
	0x0020 01 00 00 00 e8 00 00 00 00 48 8d 15 00 00 00 00  .........H......
	0x0030 48 89 10 48 8b 54 24 30 48 89 50 08 48 83 c4 20  H..H.T$0H.P.H.. 
	0x0040 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24  ].H.D$......H.D$
	0x0050 08 eb ad                                         ...
	rel 27+4 t=R_PCREL type:noalg.struct { F uintptr; X0 int }+0
	rel 37+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 44+4 t=R_PCREL main.Seq.func1+0
	rel 72+4 t=R_CALL runtime.morestack_noctxt+0
main.Seq.func1 STEXT size=199 align=0x0 args=0x8 locals=0x40 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.func1(SB), NEEDCTXT|ABIInternal, $64-8
	0x0000 00000 (range_over_func_defer_panic.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:5)	JLS	179
	0x000a 00010 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func_defer_panic.go:5)	PUSHQ	BP
	0x000b 00011 (range_over_func_defer_panic.go:5)	MOVQ	SP, BP
	0x000e 00014 (range_over_func_defer_panic.go:5)	SUBQ	$56, SP
	0x0012 00018 (range_over_func_defer_panic.go:5)	MOVQ	X15, 48(SP)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$1, gclocals·8xbbc5PsWar066JsPAuALg==(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$5, main.Seq.func1.arginfo1(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$6, main.Seq.func1.argliveinfo(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$4, main.Seq.func1.opendefer(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	PCDATA	$3, $1
	0x0019 00025 (range_over_func_defer_panic.go:7)	MOVQ	AX, main.yield+72(SP)
	0x001e 00030 (range_over_func_defer_panic.go:7)	PCDATA	$3, $-1
	0x001e 00030 (range_over_func_defer_panic.go:5)	MOVB	$0, main..autotmp_6+15(SP)
	0x0023 00035 (range_over_func_defer_panic.go:5)	MOVQ	8(DX), CX
	0x0027 00039 (range_over_func_defer_panic.go:5)	MOVQ	CX, main.n+16(SP)
	0x002c 00044 (range_over_func_defer_panic.go:6)	LEAQ	main.Seq.func1.deferwrap1(SB), BX
	0x0033 00051 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_5+32(SP)
	0x0038 00056 (range_over_func_defer_panic.go:6)	MOVQ	CX, main..autotmp_5+40(SP)
	0x003d 00061 (range_over_func_defer_panic.go:6)	LEAQ	main..autotmp_5+32(SP), BX
	0x0042 00066 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_8+48(SP)
	0x0047 00071 (range_over_func_defer_panic.go:6)	MOVB	$1, main..autotmp_6+15(SP)
	0x004c 00076 (range_over_func_defer_panic.go:6)	XORL	DX, DX
	0x004e 00078 (range_over_func_defer_panic.go:7)	JMP	98
	0x0050 00080 (range_over_func_defer_panic.go:7)	MOVQ	main.i+24(SP), DX
	0x0055 00085 (range_over_func_defer_panic.go:7)	INCQ	DX
	0x0058 00088 (range_over_func_defer_panic.go:8)	MOVQ	main.yield+72(SP), AX
	0x005d 00093 (range_over_func_defer_panic.go:7)	MOVQ	main.n+16(SP), CX
	0x0062 00098 (range_over_func_defer_panic.go:7)	CMPQ	DX, CX
	0x0065 00101 (range_over_func_defer_panic.go:7)	JGE	147
	0x0067 00103 (range_over_func_defer_panic.go:7)	MOVQ	DX, main.i+24(SP)
	0x006c 00108 (range_over_func_defer_panic.go:8)	MOVQ	(AX), CX
	0x006f 00111 (range_over_func_defer_panic.go:7)	MOVQ	AX, BX
	0x0072 00114 (range_over_func_defer_panic.go:8)	MOVQ	DX, AX
	0x0075 00117 (range_over_func_defer_panic.go:8)	MOVQ	BX, DX
	0x0078 00120 (range_over_func_defer_panic.go:8)	PCDATA	$1, $1
	0x0078 00120 (range_over_func_defer_panic.go:8)	CALL	CX
	0x007a 00122 (range_over_func_defer_panic.go:8)	TESTB	AL, AL
	0x007c 00124 (range_over_func_defer_panic.go:8)	JNE	80
	0x007e 00126 (range_over_func_defer_panic.go:9)	MOVB	$0, main..autotmp_6+15(SP)
	0x0083 00131 (range_over_func_defer_panic.go:9)	MOVQ	main..autotmp_8+48(SP), DX
	0x0088 00136 (range_over_func_defer_panic.go:9)	MOVQ	(DX), AX
	0x008b 00139 (range_over_func_defer_panic.go:9)	PCDATA	$1, $2
	0x008b 00139 (range_over_func_defer_panic.go:9)	CALL	AX
	0x008d 00141 (range_over_func_defer_panic.go:9)	ADDQ	$56, SP
	0x0091 00145 (range_over_func_defer_panic.go:9)	POPQ	BP
	0x0092 00146 (range_over_func_defer_panic.go:9)	RET
	0x0093 00147 (range_over_func_defer_panic.go:12)	MOVB	$0, main..autotmp_6+15(SP)
	0x0098 00152 (range_over_func_defer_panic.go:12)	MOVQ	main..autotmp_8+48(SP), DX
	0x009d 00157 (range_over_func_defer_panic.go:12)	MOVQ	(DX), AX
	0x00a0 00160 (range_over_func_defer_panic.go:12)	CALL	AX
	0x00a2 00162 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
	0x00a6 00166 (range_over_func_defer_panic.go:12)	POPQ	BP
	0x00a7 00167 (range_over_func_defer_panic.go:12)	RET
	0x00a8 00168 (range_over_func_defer_panic.go:12)	CALL	runtime.deferreturn(SB)
	0x00ad 00173 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
	0x00b1 00177 (range_over_func_defer_panic.go:12)	POPQ	BP
	0x00b2 00178 (range_over_func_defer_panic.go:12)	RET
	0x00b3 00179 (range_over_func_defer_panic.go:12)	NOP
	0x00b3 00179 (range_over_func_defer_panic.go:5)	PCDATA	$1, $-1
	0x00b3 00179 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
	0x00b3 00179 (range_over_func_defer_panic.go:5)	MOVQ	AX, 8(SP)
	0x00b8 00184 (range_over_func_defer_panic.go:5)	CALL	runtime.morestack(SB)
	0x00bd 00189 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
	0x00bd 00189 (range_over_func_defer_panic.go:5)	MOVQ	8(SP), AX
	0x00c2 00194 (range_over_func_defer_panic.go:5)	JMP	0
	0x0000 49 3b 66 10 0f 86 a9 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 66 44 0f d6 7c 24 30 48 89 44 24 48 c6 44  .8fD..|$0H.D$H.D
	0x0020 24 0f 00 48 8b 4a 08 48 89 4c 24 10 48 8d 1d 00  $..H.J.H.L$.H...
	0x0030 00 00 00 48 89 5c 24 20 48 89 4c 24 28 48 8d 5c  ...H.\$ H.L$(H.\
	0x0040 24 20 48 89 5c 24 30 c6 44 24 0f 01 31 d2 eb 12  $ H.\$0.D$..1...
	0x0050 48 8b 54 24 18 48 ff c2 48 8b 44 24 48 48 8b 4c  H.T$.H..H.D$HH.L
	0x0060 24 10 48 39 ca 7d 2c 48 89 54 24 18 48 8b 08 48  $.H9.},H.T$.H..H
	0x0070 89 c3 48 89 d0 48 89 da ff d1 84 c0 75 d2 c6 44  ..H..H......u..D
	0x0080 24 0f 00 48 8b 54 24 30 48 8b 02 ff d0 48 83 c4  $..H.T$0H....H..
	0x0090 38 5d c3 c6 44 24 0f 00 48 8b 54 24 30 48 8b 02  8]..D$..H.T$0H..
	0x00a0 ff d0 48 83 c4 38 5d c3 e8 00 00 00 00 48 83 c4  ..H..8]......H..
	0x00b0 38 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44  8].H.D$......H.D
	0x00c0 24 08 e9 39 ff ff ff                             $..9...
	rel 47+4 t=R_PCREL main.Seq.func1.deferwrap1+0
	rel 120+0 t=R_CALLIND +0
	rel 139+0 t=R_CALLIND +0
	rel 160+0 t=R_CALLIND +0
	rel 169+4 t=R_CALL runtime.deferreturn+0
	rel 185+4 t=R_CALL runtime.morestack+0
main.Seq.func1.deferwrap1 STEXT size=82 align=0x0 args=0x0 locals=0x20 funcid=0x17
	0x0000 00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.func1.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (range_over_func_defer_panic.go:6)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:6)	JLS	75
	0x0006 00006 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func_defer_panic.go:6)	PUSHQ	BP
	0x0007 00007 (range_over_func_defer_panic.go:6)	MOVQ	SP, BP
	0x000a 00010 (range_over_func_defer_panic.go:6)	SUBQ	$24, SP
	0x000e 00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:6)	MOVQ	8(DX), AX
	0x0012 00018 (range_over_func_defer_panic.go:6)	MOVQ	AX, main..autotmp_1+16(SP)
	0x0017 00023 (range_over_func_defer_panic.go:6)	PCDATA	$1, $0
	0x0017 00023 (range_over_func_defer_panic.go:6)	CALL	runtime.printlock(SB)
	0x001c 00028 (range_over_func_defer_panic.go:6)	LEAQ	go:string."iterator done "(SB), AX
	0x0023 00035 (range_over_func_defer_panic.go:6)	MOVL	$14, BX
	0x0028 00040 (range_over_func_defer_panic.go:6)	CALL	runtime.printstring(SB)
	0x002d 00045 (range_over_func_defer_panic.go:6)	MOVQ	main..autotmp_1+16(SP), AX
	0x0032 00050 (range_over_func_defer_panic.go:6)	CALL	runtime.printint(SB)
	0x0037 00055 (range_over_func_defer_panic.go:6)	CALL	runtime.printnl(SB)
	0x003c 00060 (range_over_func_defer_panic.go:6)	NOP
	0x0040 00064 (range_over_func_defer_panic.go:6)	CALL	runtime.printunlock(SB)
	0x0045 00069 (range_over_func_defer_panic.go:6)	ADDQ	$24, SP
	0x0049 00073 (range_over_func_defer_panic.go:6)	POPQ	BP
	0x004a 00074 (range_over_func_defer_panic.go:6)	RET
	0x004b 00075 (range_over_func_defer_panic.go:6)	NOP
	0x004b 00075 (range_over_func_defer_panic.go:6)	PCDATA	$1, $-1
	0x004b 00075 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
	0x004b 00075 (range_over_func_defer_panic.go:6)	CALL	runtime.morestack(SB)
	0x0050 00080 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
	0x0050 00080 (range_over_func_defer_panic.go:6)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 18 48 8b  I;f.vEUH..H...H.
	0x0010 42 08 48 89 44 24 10 e8 00 00 00 00 48 8d 05 00  B.H.D$......H...
	0x0020 00 00 00 bb 0e 00 00 00 e8 00 00 00 00 48 8b 44  .............H.D
	0x0030 24 10 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $.............@.
	0x0040 e8 00 00 00 00 48 83 c4 18 5d c3 e8 00 00 00 00  .....H...]......
	0x0050 eb ae                                            ..
	rel 24+4 t=R_CALL runtime.printlock+0
	rel 31+4 t=R_PCREL go:string."iterator done "+0
	rel 41+4 t=R_CALL runtime.printstring+0
	rel 51+4 t=R_CALL runtime.printint+0
	rel 56+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 76+4 t=R_CALL runtime.morestack+0
main.order STEXT size=278 align=0x0 args=0x0 locals=0xb0 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:15)	TEXT	main.order(SB), ABIInternal, $176-0
	0x0000 00000 (range_over_func_defer_panic.go:15)	LEAQ	-48(SP), R12
	0x0005 00005 (range_over_func_defer_panic.go:15)	CMPQ	R12, 16(R14)
	0x0009 00009 (range_over_func_defer_panic.go:15)	PCDATA	$0, $-2
	0x0009 00009 (range_over_func_defer_panic.go:15)	JLS	268
	0x000f 00015 (range_over_func_defer_panic.go:15)	PCDATA	$0, $-1
	0x000f 00015 (range_over_func_defer_panic.go:15)	PUSHQ	BP
	0x0010 00016 (range_over_func_defer_panic.go:15)	MOVQ	SP, BP
	0x0013 00019 (range_over_func_defer_panic.go:15)	SUBQ	$168, SP
	0x001a 00026 (range_over_func_defer_panic.go:15)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (range_over_func_defer_panic.go:15)	FUNCDATA	$1, gclocals·e5x/vPEus3D8CA0YXjp49Q==(SB)
	0x001a 00026 (range_over_func_defer_panic.go:15)	FUNCDATA	$2, main.order.stkobj(SB)
	0x001a 00026 (range_over_func_defer_panic.go:16)	LEAQ	main.order.deferwrap1·f(SB), CX
	0x0021 00033 (range_over_func_defer_panic.go:16)	MOVQ	CX, main..autotmp_10+104(SP)
	0x0026 00038 (range_over_func_defer_panic.go:16)	LEAQ	main..autotmp_10+80(SP), AX
	0x002b 00043 (range_over_func_defer_panic.go:16)	PCDATA	$1, $0
	0x002b 00043 (range_over_func_defer_panic.go:16)	CALL	runtime.deferprocStack(SB)
	0x0030 00048 (range_over_func_defer_panic.go:17)	CALL	runtime.deferrangefunc(SB)
	0x0035 00053 (range_over_func_defer_panic.go:17)	MOVQ	$1, main.#state1+128(SP)
	0x0041 00065 (range_over_func_defer_panic.go:17)	LEAQ	main.order-range1(SB), CX
	0x0048 00072 (range_over_func_defer_panic.go:17)	MOVQ	CX, main..autotmp_7+136(SP)
	0x0050 00080 (range_over_func_defer_panic.go:17)	LEAQ	main.#state1+128(SP), CX
	0x0058 00088 (range_over_func_defer_panic.go:17)	MOVQ	CX, main..autotmp_7+144(SP)
	0x0060 00096 (range_over_func_defer_panic.go:17)	MOVQ	AX, main..autotmp_7+152(SP)
	0x0068 00104 (range_over_func_defer_panic.go:17)	MOVQ	BX, main..autotmp_7+160(SP)
	0x0070 00112 (<unknown line number>)	NOP
	0x0070 00112 (range_over_func_defer_panic.go:5)	LEAQ	main.Seq.func1#RMgI/RZtu4k=#(SB), CX
	0x0077 00119 (range_over_func_defer_panic.go:5)	MOVQ	CX, main..autotmp_9+16(SP)
	0x007c 00124 (range_over_func_defer_panic.go:5)	MOVQ	$3, main..autotmp_9+24(SP)
	0x0085 00133 (range_over_func_defer_panic.go:17)	LEAQ	main..autotmp_7+136(SP), AX
	0x008d 00141 (range_over_func_defer_panic.go:17)	LEAQ	main..autotmp_9+16(SP), DX
	0x0092 00146 (range_over_func_defer_panic.go:17)	CALL	CX
	0x0094 00148 (range_over_func_defer_panic.go:19)	CMPQ	main.#state1+128(SP), $2
	0x009d 00157 (range_over_func_defer_panic.go:19)	JEQ	257
	0x009f 00159 (range_over_func_defer_panic.go:19)	MOVQ	$3, main.#state1+128(SP)
	0x00ab 00171 (range_over_func_defer_panic.go:20)	LEAQ	main.order.deferwrap2·f(SB), CX
	0x00b2 00178 (range_over_func_defer_panic.go:20)	MOVQ	CX, main..autotmp_11+56(SP)
	0x00b7 00183 (range_over_func_defer_panic.go:20)	LEAQ	main..autotmp_11+32(SP), AX
	0x00bc 00188 (range_over_func_defer_panic.go:20)	NOP
	0x00c0 00192 (range_over_func_defer_panic.go:20)	CALL	runtime.deferprocStack(SB)
	0x00c5 00197 (range_over_func_defer_panic.go:21)	CALL	runtime.printlock(SB)
	0x00ca 00202 (range_over_func_defer_panic.go:21)	LEAQ	go:string."order body ends\n"(SB), AX
	0x00d1 00209 (range_over_func_defer_panic.go:21)	MOVL	$16, BX
	0x00d6 00214 (range_over_func_defer_panic.go:21)	CALL	runtime.printstring(SB)
	0x00db 00219 (range_over_func_defer_panic.go:21)	NOP
	0x00e0 00224 (range_over_func_defer_panic.go:21)	CALL	runtime.printunlock(SB)
	0x00e5 00229 (range_over_func_defer_panic.go:22)	CALL	runtime.deferreturn(SB)
	0x00ea 00234 (range_over_func_defer_panic.go:22)	ADDQ	$168, SP
	0x00f1 00241 (range_over_func_defer_panic.go:22)	POPQ	BP
	0x00f2 00242 (range_over_func_defer_panic.go:22)	RET
	0x00f3 00243 (range_over_func_defer_panic.go:22)	CALL	runtime.deferreturn(SB)
	0x00f8 00248 (range_over_func_defer_panic.go:22)	ADDQ	$168, SP
	0x00ff 00255 (range_over_func_defer_panic.go:22)	POPQ	BP
	0x0100 00256 (range_over_func_defer_panic.go:22)	RET
	0x0101 00257 (range_over_func_defer_panic.go:19)	MOVL	$4, AX
	0x0106 00262 (range_over_func_defer_panic.go:19)	CALL	runtime.panicrangestate(SB)
	0x010b 00267 (range_over_func_defer_panic.go:19)	XCHGL	AX, AX
	0x010c 00268 (range_over_func_defer_panic.go:19)	NOP
	0x010c 00268 (range_over_func_defer_panic.go:15)	PCDATA	$1, $-1
	0x010c 00268 (range_over_func_defer_panic.go:15)	PCDATA	$0, $-2
	0x010c 00268 (range_over_func_defer_panic.go:15)	CALL	runtime.morestack_noctxt(SB)
	0x0111 00273 (range_over_func_defer_panic.go:15)	PCDATA	$0, $-1
	0x0111 00273 (range_over_func_defer_panic.go:15)	JMP	0
	0x0000 4c 8d 64 24 d0 4d 3b 66 10 0f 86 fd 00 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec a8 00 00 00 48 8d 0d 00 00 00  H..H......H.....
	0x0020 00 48 89 4c 24 68 48 8d 44 24 50 e8 00 00 00 00  .H.L$hH.D$P.....
	0x0030 e8 00 00 00 00 48 c7 84 24 80 00 00 00 01 00 00  .....H..$.......
	0x0040 00 48 8d 0d 00 00 00 00 48 89 8c 24 88 00 00 00  .H......H..$....
	0x0050 48 8d 8c 24 80 00 00 00 48 89 8c 24 90 00 00 00  H..$....H..$....
	0x0060 48 89 84 24 98 00 00 00 48 89 9c 24 a0 00 00 00  H..$....H..$....
	0x0070 48 8d 0d 00 00 00 00 48 89 4c 24 10 48 c7 44 24  H......H.L$.H.D$
	0x0080 18 03 00 00 00 48 8d 84 24 88 00 00 00 48 8d 54  .....H..$....H.T
	0x0090 24 10 ff d1 48 83 bc 24 80 00 00 00 02 74 62 48  $...H..$.....tbH
	0x00a0 c7 84 24 80 00 00 00 03 00 00 00 48 8d 0d 00 00  ..$........H....
	0x00b0 00 00 48 89 4c 24 38 48 8d 44 24 20 0f 1f 40 00  ..H.L$8H.D$ ..@.
	0x00c0 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00  ..........H.....
	0x00d0 00 bb 10 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x00e0 e8 00 00 00 00 e8 00 00 00 00 48 81 c4 a8 00 00  ..........H.....
	0x00f0 00 5d c3 e8 00 00 00 00 48 81 c4 a8 00 00 00 5d  .]......H......]
	0x0100 c3 b8 04 00 00 00 e8 00 00 00 00 90 e8 00 00 00  ................
	0x0110 00 e9 ea fe ff ff                                ......
	rel 29+4 t=R_PCREL main.order.deferwrap1·f+0
	rel 44+4 t=R_CALL runtime.deferprocStack+0
	rel 49+4 t=R_CALL runtime.deferrangefunc+0
	rel 68+4 t=R_PCREL main.order-range1+0
	rel 115+4 t=R_PCREL main.Seq.func1#RMgI/RZtu4k=#+0
	rel 146+0 t=R_CALLIND +0
	rel 174+4 t=R_PCREL main.order.deferwrap2·f+0
	rel 193+4 t=R_CALL runtime.deferprocStack+0
	rel 198+4 t=R_CALL runtime.printlock+0
	rel 205+4 t=R_PCREL go:string."order body ends\n"+0
	rel 215+4 t=R_CALL runtime.printstring+0
	rel 225+4 t=R_CALL runtime.printunlock+0
	rel 230+4 t=R_CALL runtime.deferreturn+0
	rel 244+4 t=R_CALL runtime.deferreturn+0
	rel 263+4 t=R_CALL runtime.panicrangestate+0
	rel 269+4 t=R_CALL runtime.morestack_noctxt+0
main.Seq.func1#RMgI/RZtu4k=# STEXT size=199 align=0x0 args=0x8 locals=0x40 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.func1#RMgI/RZtu4k=#(SB), NEEDCTXT|ABIInternal, $64-8
	0x0000 00000 (range_over_func_defer_panic.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:5)	JLS	179
	0x000a 00010 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func_defer_panic.go:5)	PUSHQ	BP
	0x000b 00011 (range_over_func_defer_panic.go:5)	MOVQ	SP, BP
	0x000e 00014 (range_over_func_defer_panic.go:5)	SUBQ	$56, SP
	0x0012 00018 (range_over_func_defer_panic.go:5)	MOVQ	X15, 48(SP)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$1, gclocals·8xbbc5PsWar066JsPAuALg==(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$5, main.Seq.func1#RMgI/RZtu4k=#.arginfo1(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$6, main.Seq.func1#RMgI/RZtu4k=#.argliveinfo(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$4, main.Seq.func1#RMgI/RZtu4k=#.opendefer(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	PCDATA	$3, $1
	0x0019 00025 (range_over_func_defer_panic.go:7)	MOVQ	AX, main.yield+72(SP)
	0x001e 00030 (range_over_func_defer_panic.go:7)	PCDATA	$3, $-1
	0x001e 00030 (range_over_func_defer_panic.go:5)	MOVB	$0, main..autotmp_6+15(SP)
	0x0023 00035 (range_over_func_defer_panic.go:5)	MOVQ	8(DX), CX
	0x0027 00039 (range_over_func_defer_panic.go:5)	MOVQ	CX, main.n+16(SP)
	0x002c 00044 (range_over_func_defer_panic.go:6)	LEAQ	main.Seq.func1#RMgI/RZtu4k=#.deferwrap1(SB), BX
	0x0033 00051 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_5+32(SP)
	0x0038 00056 (range_over_func_defer_panic.go:6)	MOVQ	CX, main..autotmp_5+40(SP)
	0x003d 00061 (range_over_func_defer_panic.go:6)	LEAQ	main..autotmp_5+32(SP), BX
	0x0042 00066 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_8+48(SP)
	0x0047 00071 (range_over_func_defer_panic.go:6)	MOVB	$1, main..autotmp_6+15(SP)
	0x004c 00076 (range_over_func_defer_panic.go:6)	XORL	DX, DX
	0x004e 00078 (range_over_func_defer_panic.go:7)	JMP	98
	0x0050 00080 (range_over_func_defer_panic.go:7)	MOVQ	main.i+24(SP), DX
	0x0055 00085 (range_over_func_defer_panic.go:7)	INCQ	DX
	0x0058 00088 (range_over_func_defer_panic.go:8)	MOVQ	main.yield+72(SP), AX
	0x005d 00093 (range_over_func_defer_panic.go:7)	MOVQ	main.n+16(SP), CX
	0x0062 00098 (range_over_func_defer_panic.go:7)	CMPQ	DX, CX
	0x0065 00101 (range_over_func_defer_panic.go:7)	JGE	147
	0x0067 00103 (range_over_func_defer_panic.go:7)	MOVQ	DX, main.i+24(SP)
	0x006c 00108 (range_over_func_defer_panic.go:8)	MOVQ	(AX), CX
	0x006f 00111 (range_over_func_defer_panic.go:7)	MOVQ	AX, BX
	0x0072 00114 (range_over_func_defer_panic.go:8)	MOVQ	DX, AX
	0x0075 00117 (range_over_func_defer_panic.go:8)	MOVQ	BX, DX
	0x0078 00120 (range_over_func_defer_panic.go:8)	PCDATA	$1, $1
	0x0078 00120 (range_over_func_defer_panic.go:8)	CALL	CX
	0x007a 00122 (range_over_func_defer_panic.go:8)	TESTB	AL, AL
	0x007c 00124 (range_over_func_defer_panic.go:8)	JNE	80
	0x007e 00126 (range_over_func_defer_panic.go:9)	MOVB	$0, main..autotmp_6+15(SP)
	0x0083 00131 (range_over_func_defer_panic.go:9)	MOVQ	main..autotmp_8+48(SP), DX
	0x0088 00136 (range_over_func_defer_panic.go:9)	MOVQ	(DX), AX
	0x008b 00139 (range_over_func_defer_panic.go:9)	PCDATA	$1, $2
	0x008b 00139 (range_over_func_defer_panic.go:9)	CALL	AX
	0x008d 00141 (range_over_func_defer_panic.go:9)	ADDQ	$56, SP
	0x0091 00145 (range_over_func_defer_panic.go:9)	POPQ	BP
	0x0092 00146 (range_over_func_defer_panic.go:9)	RET
	0x0093 00147 (range_over_func_defer_panic.go:12)	MOVB	$0, main..autotmp_6+15(SP)
	0x0098 00152 (range_over_func_defer_panic.go:12)	MOVQ	main..autotmp_8+48(SP), DX
	0x009d 00157 (range_over_func_defer_panic.go:12)	MOVQ	(DX), AX
	0x00a0 00160 (range_over_func_defer_panic.go:12)	CALL	AX
	0x00a2 00162 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
	0x00a6 00166 (range_over_func_defer_panic.go:12)	POPQ	BP
	0x00a7 00167 (range_over_func_defer_panic.go:12)	RET
	0x00a8 00168 (range_over_func_defer_panic.go:12)	CALL	runtime.deferreturn(SB)
	0x00ad 00173 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
	0x00b1 00177 (range_over_func_defer_panic.go:12)	POPQ	BP
	0x00b2 00178 (range_over_func_defer_panic.go:12)	RET
	0x00b3 00179 (range_over_func_defer_panic.go:12)	NOP
	0x00b3 00179 (range_over_func_defer_panic.go:5)	PCDATA	$1, $-1
	0x00b3 00179 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
	0x00b3 00179 (range_over_func_defer_panic.go:5)	MOVQ	AX, 8(SP)
	0x00b8 00184 (range_over_func_defer_panic.go:5)	CALL	runtime.morestack(SB)
	0x00bd 00189 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
	0x00bd 00189 (range_over_func_defer_panic.go:5)	MOVQ	8(SP), AX
	0x00c2 00194 (range_over_func_defer_panic.go:5)	JMP	0
	0x0000 49 3b 66 10 0f 86 a9 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 66 44 0f d6 7c 24 30 48 89 44 24 48 c6 44  .8fD..|$0H.D$H.D
	0x0020 24 0f 00 48 8b 4a 08 48 89 4c 24 10 48 8d 1d 00  $..H.J.H.L$.H...
	0x0030 00 00 00 48 89 5c 24 20 48 89 4c 24 28 48 8d 5c  ...H.\$ H.L$(H.\
	0x0040 24 20 48 89 5c 24 30 c6 44 24 0f 01 31 d2 eb 12  $ H.\$0.D$..1...
	0x0050 48 8b 54 24 18 48 ff c2 48 8b 44 24 48 48 8b 4c  H.T$.H..H.D$HH.L
	0x0060 24 10 48 39 ca 7d 2c 48 89 54 24 18 48 8b 08 48  $.H9.},H.T$.H..H
	0x0070 89 c3 48 89 d0 48 89 da ff d1 84 c0 75 d2 c6 44  ..H..H......u..D
	0x0080 24 0f 00 48 8b 54 24 30 48 8b 02 ff d0 48 83 c4  $..H.T$0H....H..
	0x0090 38 5d c3 c6 44 24 0f 00 48 8b 54 24 30 48 8b 02  8]..D$..H.T$0H..
	0x00a0 ff d0 48 83 c4 38 5d c3 e8 00 00 00 00 48 83 c4  ..H..8]......H..
	0x00b0 38 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44  8].H.D$......H.D
	0x00c0 24 08 e9 39 ff ff ff                             $..9...
	rel 47+4 t=R_PCREL main.Seq.func1#RMgI/RZtu4k=#.deferwrap1+0
	rel 120+0 t=R_CALLIND +0
	rel 139+0 t=R_CALLIND +0
	rel 160+0 t=R_CALLIND +0
	rel 169+4 t=R_CALL runtime.deferreturn+0
	rel 185+4 t=R_CALL runtime.morestack+0
main.Seq.func1#RMgI/RZtu4k=#.deferwrap1 STEXT size=82 align=0x0 args=0x0 locals=0x20 funcid=0x17
	0x0000 00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.func1#RMgI/RZtu4k=#.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (range_over_func_defer_panic.go:6)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:6)	JLS	75
	0x0006 00006 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func_defer_panic.go:6)	PUSHQ	BP
	0x0007 00007 (range_over_func_defer_panic.go:6)	MOVQ	SP, BP
	0x000a 00010 (range_over_func_defer_panic.go:6)	SUBQ	$24, SP
	0x000e 00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:6)	MOVQ	8(DX), AX
	0x0012 00018 (range_over_func_defer_panic.go:6)	MOVQ	AX, main..autotmp_1+16(SP)
	0x0017 00023 (range_over_func_defer_panic.go:6)	PCDATA	$1, $0
	0x0017 00023 (range_over_func_defer_panic.go:6)	CALL	runtime.printlock(SB)
	0x001c 00028 (range_over_func_defer_panic.go:6)	LEAQ	go:string."iterator done "(SB), AX
	0x0023 00035 (range_over_func_defer_panic.go:6)	MOVL	$14, BX
	0x0028 00040 (range_over_func_defer_panic.go:6)	CALL	runtime.printstring(SB)
	0x002d 00045 (range_over_func_defer_panic.go:6)	MOVQ	main..autotmp_1+16(SP), AX
	0x0032 00050 (range_over_func_defer_panic.go:6)	CALL	runtime.printint(SB)
	0x0037 00055 (range_over_func_defer_panic.go:6)	CALL	runtime.printnl(SB)
	0x003c 00060 (range_over_func_defer_panic.go:6)	NOP
	0x0040 00064 (range_over_func_defer_panic.go:6)	CALL	runtime.printunlock(SB)
	0x0045 00069 (range_over_func_defer_panic.go:6)	ADDQ	$24, SP
	0x0049 00073 (range_over_func_defer_panic.go:6)	POPQ	BP
	0x004a 00074 (range_over_func_defer_panic.go:6)	RET
	0x004b 00075 (range_over_func_defer_panic.go:6)	NOP
	0x004b 00075 (range_over_func_defer_panic.go:6)	PCDATA	$1, $-1
	0x004b 00075 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
	0x004b 00075 (range_over_func_defer_panic.go:6)	CALL	runtime.morestack(SB)
	0x0050 00080 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
	0x0050 00080 (range_over_func_defer_panic.go:6)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 18 48 8b  I;f.vEUH..H...H.
	0x0010 42 08 48 89 44 24 10 e8 00 00 00 00 48 8d 05 00  B.H.D$......H...
	0x0020 00 00 00 bb 0e 00 00 00 e8 00 00 00 00 48 8b 44  .............H.D
	0x0030 24 10 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $.............@.
	0x0040 e8 00 00 00 00 48 83 c4 18 5d c3 e8 00 00 00 00  .....H...]......
	0x0050 eb ae                                            ..
	rel 24+4 t=R_CALL runtime.printlock+0
	rel 31+4 t=R_PCREL go:string."iterator done "+0
	rel 41+4 t=R_CALL runtime.printstring+0
	rel 51+4 t=R_CALL runtime.printint+0
	rel 56+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 76+4 t=R_CALL runtime.morestack+0
main.order-range1 STEXT size=207 align=0x0 args=0x8 locals=0x48 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:17)	TEXT	main.order-range1(SB), NEEDCTXT|ABIInternal, $72-8
	0x0000 00000 (range_over_func_defer_panic.go:17)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:17)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:17)	JLS	186
	0x000a 00010 (range_over_func_defer_panic.go:17)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func_defer_panic.go:17)	PUSHQ	BP
	0x000b 00011 (range_over_func_defer_panic.go:17)	MOVQ	SP, BP
	0x000e 00014 (range_over_func_defer_panic.go:17)	SUBQ	$64, SP
	0x0012 00018 (range_over_func_defer_panic.go:17)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:17)	FUNCDATA	$1, gclocals·jhtnfT9Ar3jfo030EBhkFg==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:17)	FUNCDATA	$5, main.order-range1.arginfo1(SB)
	0x0012 00018 (range_over_func_defer_panic.go:17)	FUNCDATA	$6, main.order-range1.argliveinfo(SB)
	0x0012 00018 (range_over_func_defer_panic.go:17)	PCDATA	$3, $1
	0x0012 00018 (range_over_func_defer_panic.go:17)	MOVQ	8(DX), SI
	0x0016 00022 (range_over_func_defer_panic.go:17)	MOVQ	16(DX), DI
	0x001a 00026 (range_over_func_defer_panic.go:17)	MOVQ	24(DX), DX
	0x001e 00030 (range_over_func_defer_panic.go:17)	MOVB	$0, go:builtin.#r+39(SP)
	0x0023 00035 (range_over_func_defer_panic.go:17)	MOVQ	(SI), R8
	0x0026 00038 (range_over_func_defer_panic.go:17)	MOVQ	$2, (SI)
	0x002d 00045 (range_over_func_defer_panic.go:17)	CMPQ	R8, $1
	0x0031 00049 (range_over_func_defer_panic.go:17)	JNE	177
	0x0033 00051 (range_over_func_defer_panic.go:17)	MOVQ	AX, main.v+80(SP)
	0x0038 00056 (range_over_func_defer_panic.go:17)	PCDATA	$3, $-1
	0x0038 00056 (range_over_func_defer_panic.go:17)	MOVQ	SI, main.&#state1+48(SP)
	0x003d 00061 (range_over_func_defer_panic.go:17)	MOVQ	DI, main.#defers.type+40(SP)
	0x0042 00066 (range_over_func_defer_panic.go:17)	MOVQ	DX, main.#defers.data+56(SP)
	0x0047 00071 (range_over_func_defer_panic.go:18)	MOVL	$16, AX
	0x004c 00076 (range_over_func_defer_panic.go:18)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
	0x0053 00083 (range_over_func_defer_panic.go:18)	MOVL	$1, CX
	0x0058 00088 (range_over_func_defer_panic.go:18)	PCDATA	$1, $1
	0x0058 00088 (range_over_func_defer_panic.go:18)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x005d 00093 (range_over_func_defer_panic.go:18)	LEAQ	main.order-range1.deferwrap1(SB), DX
	0x0064 00100 (range_over_func_defer_panic.go:18)	MOVQ	DX, (AX)
	0x0067 00103 (range_over_func_defer_panic.go:18)	MOVQ	main.v+80(SP), DX
	0x006c 00108 (range_over_func_defer_panic.go:18)	MOVQ	DX, 8(AX)
	0x0070 00112 (range_over_func_defer_panic.go:18)	MOVQ	main.#defers.type+40(SP), BX
	0x0075 00117 (range_over_func_defer_panic.go:18)	MOVQ	main.#defers.data+56(SP), CX
	0x007a 00122 (range_over_func_defer_panic.go:18)	PCDATA	$1, $2
	0x007a 00122 (range_over_func_defer_panic.go:18)	CALL	runtime.deferprocat(SB)
	0x007f 00127 (range_over_func_defer_panic.go:19)	MOVQ	main.&#state1+48(SP), AX
	0x0084 00132 (range_over_func_defer_panic.go:19)	MOVQ	$1, (AX)
	0x008b 00139 (range_over_func_defer_panic.go:19)	MOVB	$1, go:builtin.#r+39(SP)
	0x0090 00144 (range_over_func_defer_panic.go:19)	PCDATA	$1, $0
	0x0090 00144 (range_over_func_defer_panic.go:19)	CALL	runtime.deferreturn(SB)
	0x0095 00149 (range_over_func_defer_panic.go:19)	MOVBLZX	go:builtin.#r+39(SP), AX
	0x009a 00154 (range_over_func_defer_panic.go:19)	ADDQ	$64, SP
	0x009e 00158 (range_over_func_defer_panic.go:19)	POPQ	BP
	0x009f 00159 (range_over_func_defer_panic.go:19)	NOP
	0x00a0 00160 (range_over_func_defer_panic.go:19)	RET
	0x00a1 00161 (range_over_func_defer_panic.go:19)	CALL	runtime.deferreturn(SB)
	0x00a6 00166 (range_over_func_defer_panic.go:18)	MOVBLZX	go:builtin.#r+39(SP), AX
	0x00ab 00171 (range_over_func_defer_panic.go:19)	ADDQ	$64, SP
	0x00af 00175 (range_over_func_defer_panic.go:19)	POPQ	BP
	0x00b0 00176 (range_over_func_defer_panic.go:19)	RET
	0x00b1 00177 (range_over_func_defer_panic.go:19)	PCDATA	$3, $1
	0x00b1 00177 (range_over_func_defer_panic.go:17)	MOVQ	R8, AX
	0x00b4 00180 (range_over_func_defer_panic.go:17)	CALL	runtime.panicrangestate(SB)
	0x00b9 00185 (range_over_func_defer_panic.go:17)	XCHGL	AX, AX
	0x00ba 00186 (range_over_func_defer_panic.go:17)	NOP
	0x00ba 00186 (range_over_func_defer_panic.go:17)	PCDATA	$1, $-1
	0x00ba 00186 (range_over_func_defer_panic.go:17)	PCDATA	$0, $-2
	0x00ba 00186 (range_over_func_defer_panic.go:17)	MOVQ	AX, 8(SP)
	0x00bf 00191 (range_over_func_defer_panic.go:17)	NOP
	0x00c0 00192 (range_over_func_defer_panic.go:17)	CALL	runtime.morestack(SB)
	0x00c5 00197 (range_over_func_defer_panic.go:17)	PCDATA	$0, $-1
	0x00c5 00197 (range_over_func_defer_panic.go:17)	MOVQ	8(SP), AX
	0x00ca 00202 (range_over_func_defer_panic.go:17)	JMP	0
	0x0000 49 3b 66 10 0f 86 b0 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 48 8b 72 08 48 8b 7a 10 48 8b 52 18 c6 44  .@H.r.H.z.H.R..D
	0x0020 24 27 00 4c 8b 06 48 c7 06 02 00 00 00 49 83 f8  $'.L..H......I..
	0x0030 01 75 7e 48 89 44 24 50 48 89 74 24 30 48 89 7c  .u~H.D$PH.t$0H.|
	0x0040 24 28 48 89 54 24 38 b8 10 00 00 00 48 8d 1d 00  $(H.T$8.....H...
	0x0050 00 00 00 b9 01 00 00 00 e8 00 00 00 00 48 8d 15  .............H..
	0x0060 00 00 00 00 48 89 10 48 8b 54 24 50 48 89 50 08  ....H..H.T$PH.P.
	0x0070 48 8b 5c 24 28 48 8b 4c 24 38 e8 00 00 00 00 48  H.\$(H.L$8.....H
	0x0080 8b 44 24 30 48 c7 00 01 00 00 00 c6 44 24 27 01  .D$0H.......D$'.
	0x0090 e8 00 00 00 00 0f b6 44 24 27 48 83 c4 40 5d 90  .......D$'H..@].
	0x00a0 c3 e8 00 00 00 00 0f b6 44 24 27 48 83 c4 40 5d  ........D$'H..@]
	0x00b0 c3 4c 89 c0 e8 00 00 00 00 90 48 89 44 24 08 90  .L........H.D$..
	0x00c0 e8 00 00 00 00 48 8b 44 24 08 e9 31 ff ff ff     .....H.D$..1...
	rel 79+4 t=R_PCREL type:noalg.struct { F uintptr; X0 int }+0
	rel 89+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 96+4 t=R_PCREL main.order-range1.deferwrap1+0
	rel 123+4 t=R_CALL runtime.deferprocat+0
	rel 145+4 t=R_CALL runtime.deferreturn+0
	rel 162+4 t=R_CALL runtime.deferreturn+0
	rel 181+4 t=R_CALL runtime.panicrangestate+0
	rel 193+4 t=R_CALL runtime.morestack+0
main.order-range1.deferwrap1 STEXT size=82 align=0x0 args=0x0 locals=0x20 funcid=0x17
	0x0000 00000 (range_over_func_defer_panic.go:18)	TEXT	main.order-range1.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (range_over_func_defer_panic.go:18)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:18)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:18)	JLS	75
	0x0006 00006 (range_over_func_defer_panic.go:18)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func_defer_panic.go:18)	PUSHQ	BP
	0x0007 00007 (range_over_func_defer_panic.go:18)	MOVQ	SP, BP
	0x000a 00010 (range_over_func_defer_panic.go:18)	SUBQ	$24, SP
	0x000e 00014 (range_over_func_defer_panic.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:18)	MOVQ	8(DX), AX
	0x0012 00018 (range_over_func_defer_panic.go:18)	MOVQ	AX, main..autotmp_3+16(SP)
	0x0017 00023 (range_over_func_defer_panic.go:18)	PCDATA	$1, $0
	0x0017 00023 (range_over_func_defer_panic.go:18)	CALL	runtime.printlock(SB)
	0x001c 00028 (range_over_func_defer_panic.go:18)	LEAQ	go:string."loop defer "(SB), AX
	0x0023 00035 (range_over_func_defer_panic.go:18)	MOVL	$11, BX
	0x0028 00040 (range_over_func_defer_panic.go:18)	CALL	runtime.printstring(SB)
	0x002d 00045 (range_over_func_defer_panic.go:18)	MOVQ	main..autotmp_3+16(SP), AX
	0x0032 00050 (range_over_func_defer_panic.go:18)	CALL	runtime.printint(SB)
	0x0037 00055 (range_over_func_defer_panic.go:18)	CALL	runtime.printnl(SB)
	0x003c 00060 (range_over_func_defer_panic.go:18)	NOP
	0x0040 00064 (range_over_func_defer_panic.go:18)	CALL	runtime.printunlock(SB)
	0x0045 00069 (range_over_func_defer_panic.go:18)	ADDQ	$24, SP
	0x0049 00073 (range_over_func_defer_panic.go:18)	POPQ	BP
	0x004a 00074 (range_over_func_defer_panic.go:18)	RET
	0x004b 00075 (range_over_func_defer_panic.go:18)	NOP
	0x004b 00075 (range_over_func_defer_panic.go:18)	PCDATA	$1, $-1
	0x004b 00075 (range_over_func_defer_panic.go:18)	PCDATA	$0, $-2
	0x004b 00075 (range_over_func_defer_panic.go:18)	CALL	runtime.morestack(SB)
	0x0050 00080 (range_over_func_defer_panic.go:18)	PCDATA	$0, $-1
	0x0050 00080 (range_over_func_defer_panic.go:18)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 18 48 8b  I;f.vEUH..H...H.
	0x0010 42 08 48 89 44 24 10 e8 00 00 00 00 48 8d 05 00  B.H.D$......H...
	0x0020 00 00 00 bb 0b 00 00 00 e8 00 00 00 00 48 8b 44  .............H.D
	0x0030 24 10 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $.............@.
	0x0040 e8 00 00 00 00 48 83 c4 18 5d c3 e8 00 00 00 00  .....H...]......
	0x0050 eb ae                                            ..
	rel 24+4 t=R_CALL runtime.printlock+0
	rel 31+4 t=R_PCREL go:string."loop defer "+0
	rel 41+4 t=R_CALL runtime.printstring+0
	rel 51+4 t=R_CALL runtime.printint+0
	rel 56+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 76+4 t=R_CALL runtime.morestack+0
main.nested STEXT size=283 align=0x0 args=0x0 locals=0x78 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:24)	TEXT	main.nested(SB), ABIInternal, $120-0
	0x0000 00000 (range_over_func_defer_panic.go:24)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:24)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:24)	JLS	273
	0x000a 00010 (range_over_func_defer_panic.go:24)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func_defer_panic.go:24)	PUSHQ	BP
	0x000b 00011 (range_over_func_defer_panic.go:24)	MOVQ	SP, BP
	0x000e 00014 (range_over_func_defer_panic.go:24)	SUBQ	$112, SP
	0x0012 00018 (range_over_func_defer_panic.go:24)	MOVQ	X15, 104(SP)
	0x0019 00025 (range_over_func_defer_panic.go:24)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0019 00025 (range_over_func_defer_panic.go:24)	FUNCDATA	$1, gclocals·ZbRI67JRvVO/JU0MrOgTYA==(SB)
	0x0019 00025 (range_over_func_defer_panic.go:24)	FUNCDATA	$2, main.nested.stkobj(SB)
	0x0019 00025 (range_over_func_defer_panic.go:24)	MOVL	$16, AX
	0x001e 00030 (range_over_func_defer_panic.go:24)	LEAQ	type:string(SB), BX
	0x0025 00037 (range_over_func_defer_panic.go:24)	MOVL	$1, CX
	0x002a 00042 (range_over_func_defer_panic.go:24)	PCDATA	$1, $1
	0x002a 00042 (range_over_func_defer_panic.go:24)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x002f 00047 (range_over_func_defer_panic.go:24)	MOVQ	AX, main.&s+104(SP)
	0x0034 00052 (range_over_func_defer_panic.go:25)	CALL	runtime.deferrangefunc(SB)
	0x0039 00057 (range_over_func_defer_panic.go:25)	MOVQ	$1, main.#state1+48(SP)
	0x0042 00066 (range_over_func_defer_panic.go:25)	LEAQ	main.nested-range1(SB), CX
	0x0049 00073 (range_over_func_defer_panic.go:25)	MOVQ	CX, main..autotmp_9+56(SP)
	0x004e 00078 (range_over_func_defer_panic.go:25)	LEAQ	main.#state1+48(SP), CX
	0x0053 00083 (range_over_func_defer_panic.go:25)	MOVQ	CX, main..autotmp_9+64(SP)
	0x0058 00088 (range_over_func_defer_panic.go:25)	MOVQ	main.&s+104(SP), CX
	0x005d 00093 (range_over_func_defer_panic.go:25)	MOVQ	CX, main..autotmp_9+72(SP)
	0x0062 00098 (range_over_func_defer_panic.go:25)	MOVQ	AX, main..autotmp_9+80(SP)
	0x0067 00103 (range_over_func_defer_panic.go:25)	MOVQ	BX, main..autotmp_9+88(SP)
	0x006c 00108 (range_over_func_defer_panic.go:25)	MOVQ	$0, main..autotmp_9+96(SP)
	0x0075 00117 (<unknown line number>)	NOP
	0x0075 00117 (range_over_func_defer_panic.go:5)	LEAQ	main.Seq.func1#8Wum+mHaM5g=#(SB), CX
	0x007c 00124 (range_over_func_defer_panic.go:5)	MOVQ	CX, main..autotmp_11+32(SP)
	0x0081 00129 (range_over_func_defer_panic.go:5)	MOVQ	$2, main..autotmp_11+40(SP)
	0x008a 00138 (range_over_func_defer_panic.go:25)	LEAQ	main..autotmp_9+56(SP), AX
	0x008f 00143 (range_over_func_defer_panic.go:25)	LEAQ	main..autotmp_11+32(SP), DX
	0x0094 00148 (range_over_func_defer_panic.go:25)	CALL	CX
	0x0096 00150 (range_over_func_defer_panic.go:29)	CMPQ	main.#state1+48(SP), $2
	0x009c 00156 (range_over_func_defer_panic.go:29)	JEQ	262
	0x009e 00158 (range_over_func_defer_panic.go:29)	MOVQ	$3, main.#state1+48(SP)
	0x00a7 00167 (range_over_func_defer_panic.go:30)	MOVQ	main.&s+104(SP), AX
	0x00ac 00172 (range_over_func_defer_panic.go:30)	MOVQ	$8, 8(AX)
	0x00b4 00180 (range_over_func_defer_panic.go:30)	CMPL	runtime.writeBarrier(SB), $0
	0x00bb 00187 (range_over_func_defer_panic.go:30)	PCDATA	$0, $-2
	0x00bb 00187 (range_over_func_defer_panic.go:30)	JEQ	200
	0x00bd 00189 (range_over_func_defer_panic.go:30)	MOVQ	(AX), CX
	0x00c0 00192 (range_over_func_defer_panic.go:30)	CALL	runtime.gcWriteBarrier1(SB)
	0x00c5 00197 (range_over_func_defer_panic.go:30)	MOVQ	CX, (R11)
	0x00c8 00200 (range_over_func_defer_panic.go:30)	LEAQ	go:string."nested: "(SB), CX
	0x00cf 00207 (range_over_func_defer_panic.go:30)	MOVQ	CX, (AX)
	0x00d2 00210 (range_over_func_defer_panic.go:31)	PCDATA	$0, $-1
	0x00d2 00210 (range_over_func_defer_panic.go:31)	CALL	runtime.deferreturn(SB)
	0x00d7 00215 (range_over_func_defer_panic.go:30)	MOVQ	main.&s+104(SP), AX
	0x00dc 00220 (range_over_func_defer_panic.go:30)	MOVQ	(AX), CX
	0x00df 00223 (range_over_func_defer_panic.go:30)	MOVQ	8(AX), BX
	0x00e3 00227 (range_over_func_defer_panic.go:30)	MOVQ	CX, AX
	0x00e6 00230 (range_over_func_defer_panic.go:31)	ADDQ	$112, SP
	0x00ea 00234 (range_over_func_defer_panic.go:31)	POPQ	BP
	0x00eb 00235 (range_over_func_defer_panic.go:31)	RET
	0x00ec 00236 (range_over_func_defer_panic.go:31)	CALL	runtime.deferreturn(SB)
	0x00f1 00241 (range_over_func_defer_panic.go:25)	MOVQ	main.&s+104(SP), AX
	0x00f6 00246 (range_over_func_defer_panic.go:25)	MOVQ	(AX), CX
	0x00f9 00249 (range_over_func_defer_panic.go:25)	MOVQ	8(AX), BX
	0x00fd 00253 (range_over_func_defer_panic.go:25)	MOVQ	CX, AX
	0x0100 00256 (range_over_func_defer_panic.go:31)	ADDQ	$112, SP
	0x0104 00260 (range_over_func_defer_panic.go:31)	POPQ	BP
	0x0105 00261 (range_over_func_defer_panic.go:31)	RET
	0x0106 00262 (range_over_func_defer_panic.go:29)	MOVL	$4, AX
	0x010b 00267 (range_over_func_defer_panic.go:29)	CALL	runtime.panicrangestate(SB)
	0x0110 00272 (range_over_func_defer_panic.go:29)	XCHGL	AX, AX
	0x0111 00273 (range_over_func_defer_panic.go:29)	NOP
	0x0111 00273 (range_over_func_defer_panic.go:24)	PCDATA	$1, $-1
	0x0111 00273 (range_over_func_defer_panic.go:24)	PCDATA	$0, $-2
	0x0111 00273 (range_over_func_defer_panic.go:24)	CALL	runtime.morestack_noctxt(SB)
	0x0116 00278 (range_over_func_defer_panic.go:24)	PCDATA	$0, $-1
	0x0116 00278 (range_over_func_defer_panic.go:24)	JMP	0
	0x0000 49 3b 66 10 0f 86 07 01 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 70 66 44 0f d6 7c 24 68 b8 10 00 00 00 48 8d  .pfD..|$h.....H.
	0x0020 1d 00 00 00 00 b9 01 00 00 00 e8 00 00 00 00 48  ...............H
	0x0030 89 44 24 68 e8 00 00 00 00 48 c7 44 24 30 01 00  .D$h.....H.D$0..
	0x0040 00 00 48 8d 0d 00 00 00 00 48 89 4c 24 38 48 8d  ..H......H.L$8H.
	0x0050 4c 24 30 48 89 4c 24 40 48 8b 4c 24 68 48 89 4c  L$0H.L$@H.L$hH.L
	0x0060 24 48 48 89 44 24 50 48 89 5c 24 58 48 c7 44 24  $HH.D$PH.\$XH.D$
	0x0070 60 00 00 00 00 48 8d 0d 00 00 00 00 48 89 4c 24  `....H......H.L$
	0x0080 20 48 c7 44 24 28 02 00 00 00 48 8d 44 24 38 48   H.D$(....H.D$8H
	0x0090 8d 54 24 20 ff d1 48 83 7c 24 30 02 74 68 48 c7  .T$ ..H.|$0.thH.
	0x00a0 44 24 30 03 00 00 00 48 8b 44 24 68 48 c7 40 08  D$0....H.D$hH.@.
	0x00b0 08 00 00 00 83 3d 00 00 00 00 00 74 0b 48 8b 08  .....=.....t.H..
	0x00c0 e8 00 00 00 00 49 89 0b 48 8d 0d 00 00 00 00 48  .....I..H......H
	0x00d0 89 08 e8 00 00 00 00 48 8b 44 24 68 48 8b 08 48  .......H.D$hH..H
	0x00e0 8b 58 08 48 89 c8 48 83 c4 70 5d c3 e8 00 00 00  .X.H..H..p].....
	0x00f0 00 48 8b 44 24 68 48 8b 08 48 8b 58 08 48 89 c8  .H.D$hH..H.X.H..
	0x0100 48 83 c4 70 5d c3 b8 04 00 00 00 e8 00 00 00 00  H..p]...........
	0x0110 90 e8 00 00 00 00 e9 e5 fe ff ff                 ...........
	rel 33+4 t=R_PCREL type:string+0
	rel 43+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC2+0
	rel 53+4 t=R_CALL runtime.deferrangefunc+0
	rel 69+4 t=R_PCREL main.nested-range1+0
	rel 120+4 t=R_PCREL main.Seq.func1#8Wum+mHaM5g=#+0
	rel 148+0 t=R_CALLIND +0
	rel 182+4 t=R_PCREL runtime.writeBarrier+-1
	rel 193+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 203+4 t=R_PCREL go:string."nested: "+0
	rel 211+4 t=R_CALL runtime.deferreturn+0
	rel 237+4 t=R_CALL runtime.deferreturn+0
	rel 268+4 t=R_CALL runtime.panicrangestate+0
	rel 274+4 t=R_CALL runtime.morestack_noctxt+0
main.Seq.func1#8Wum+mHaM5g=# STEXT size=199 align=0x0 args=0x8 locals=0x40 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.func1#8Wum+mHaM5g=#(SB), NEEDCTXT|ABIInternal, $64-8
	0x0000 00000 (range_over_func_defer_panic.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:5)	JLS	179
	0x000a 00010 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func_defer_panic.go:5)	PUSHQ	BP
	0x000b 00011 (range_over_func_defer_panic.go:5)	MOVQ	SP, BP
	0x000e 00014 (range_over_func_defer_panic.go:5)	SUBQ	$56, SP
	0x0012 00018 (range_over_func_defer_panic.go:5)	MOVQ	X15, 48(SP)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$1, gclocals·8xbbc5PsWar066JsPAuALg==(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$5, main.Seq.func1#8Wum+mHaM5g=#.arginfo1(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$6, main.Seq.func1#8Wum+mHaM5g=#.argliveinfo(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$4, main.Seq.func1#8Wum+mHaM5g=#.opendefer(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	PCDATA	$3, $1
	0x0019 00025 (range_over_func_defer_panic.go:7)	MOVQ	AX, main.yield+72(SP)
	0x001e 00030 (range_over_func_defer_panic.go:7)	PCDATA	$3, $-1
	0x001e 00030 (range_over_func_defer_panic.go:5)	MOVB	$0, main..autotmp_6+15(SP)
	0x0023 00035 (range_over_func_defer_panic.go:5)	MOVQ	8(DX), CX
	0x0027 00039 (range_over_func_defer_panic.go:5)	MOVQ	CX, main.n+16(SP)
	0x002c 00044 (range_over_func_defer_panic.go:6)	LEAQ	main.Seq.func1#8Wum+mHaM5g=#.deferwrap1(SB), BX
	0x0033 00051 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_5+32(SP)
	0x0038 00056 (range_over_func_defer_panic.go:6)	MOVQ	CX, main..autotmp_5+40(SP)
	0x003d 00061 (range_over_func_defer_panic.go:6)	LEAQ	main..autotmp_5+32(SP), BX
	0x0042 00066 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_8+48(SP)
	0x0047 00071 (range_over_func_defer_panic.go:6)	MOVB	$1, main..autotmp_6+15(SP)
	0x004c 00076 (range_over_func_defer_panic.go:6)	XORL	DX, DX
	0x004e 00078 (range_over_func_defer_panic.go:7)	JMP	98
	0x0050 00080 (range_over_func_defer_panic.go:7)	MOVQ	main.i+24(SP), DX
	0x0055 00085 (range_over_func_defer_panic.go:7)	INCQ	DX
	0x0058 00088 (range_over_func_defer_panic.go:8)	MOVQ	main.yield+72(SP), AX
	0x005d 00093 (range_over_func_defer_panic.go:7)	MOVQ	main.n+16(SP), CX
	0x0062 00098 (range_over_func_defer_panic.go:7)	CMPQ	DX, CX
	0x0065 00101 (range_over_func_defer_panic.go:7)	JGE	147
	0x0067 00103 (range_over_func_defer_panic.go:7)	MOVQ	DX, main.i+24(SP)
	0x006c 00108 (range_over_func_defer_panic.go:8)	MOVQ	(AX), CX
	0x006f 00111 (range_over_func_defer_panic.go:7)	MOVQ	AX, BX
	0x0072 00114 (range_over_func_defer_panic.go:8)	MOVQ	DX, AX
	0x0075 00117 (range_over_func_defer_panic.go:8)	MOVQ	BX, DX
	0x0078 00120 (range_over_func_defer_panic.go:8)	PCDATA	$1, $1
	0x0078 00120 (range_over_func_defer_panic.go:8)	CALL	CX
	0x007a 00122 (range_over_func_defer_panic.go:8)	TESTB	AL, AL
	0x007c 00124 (range_over_func_defer_panic.go:8)	JNE	80
	0x007e 00126 (range_over_func_defer_panic.go:9)	MOVB	$0, main..autotmp_6+15(SP)
	0x0083 00131 (range_over_func_defer_panic.go:9)	MOVQ	main..autotmp_8+48(SP), DX
	0x0088 00136 (range_over_func_defer_panic.go:9)	MOVQ	(DX), AX
	0x008b 00139 (range_over_func_defer_panic.go:9)	PCDATA	$1, $2
	0x008b 00139 (range_over_func_defer_panic.go:9)	CALL	AX
	0x008d 00141 (range_over_func_defer_panic.go:9)	ADDQ	$56, SP
	0x0091 00145 (range_over_func_defer_panic.go:9)	POPQ	BP
	0x0092 00146 (range_over_func_defer_panic.go:9)	RET
	0x0093 00147 (range_over_func_defer_panic.go:12)	MOVB	$0, main..autotmp_6+15(SP)
	0x0098 00152 (range_over_func_defer_panic.go:12)	MOVQ	main..autotmp_8+48(SP), DX
	0x009d 00157 (range_over_func_defer_panic.go:12)	MOVQ	(DX), AX
	0x00a0 00160 (range_over_func_defer_panic.go:12)	CALL	AX
	0x00a2 00162 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
	0x00a6 00166 (range_over_func_defer_panic.go:12)	POPQ	BP
	0x00a7 00167 (range_over_func_defer_panic.go:12)	RET
	0x00a8 00168 (range_over_func_defer_panic.go:12)	CALL	runtime.deferreturn(SB)
	0x00ad 00173 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
	0x00b1 00177 (range_over_func_defer_panic.go:12)	POPQ	BP
	0x00b2 00178 (range_over_func_defer_panic.go:12)	RET
	0x00b3 00179 (range_over_func_defer_panic.go:12)	NOP
	0x00b3 00179 (range_over_func_defer_panic.go:5)	PCDATA	$1, $-1
	0x00b3 00179 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
	0x00b3 00179 (range_over_func_defer_panic.go:5)	MOVQ	AX, 8(SP)
	0x00b8 00184 (range_over_func_defer_panic.go:5)	CALL	runtime.morestack(SB)
	0x00bd 00189 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
	0x00bd 00189 (range_over_func_defer_panic.go:5)	MOVQ	8(SP), AX
	0x00c2 00194 (range_over_func_defer_panic.go:5)	JMP	0
	0x0000 49 3b 66 10 0f 86 a9 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 66 44 0f d6 7c 24 30 48 89 44 24 48 c6 44  .8fD..|$0H.D$H.D
	0x0020 24 0f 00 48 8b 4a 08 48 89 4c 24 10 48 8d 1d 00  $..H.J.H.L$.H...
	0x0030 00 00 00 48 89 5c 24 20 48 89 4c 24 28 48 8d 5c  ...H.\$ H.L$(H.\
	0x0040 24 20 48 89 5c 24 30 c6 44 24 0f 01 31 d2 eb 12  $ H.\$0.D$..1...
	0x0050 48 8b 54 24 18 48 ff c2 48 8b 44 24 48 48 8b 4c  H.T$.H..H.D$HH.L
	0x0060 24 10 48 39 ca 7d 2c 48 89 54 24 18 48 8b 08 48  $.H9.},H.T$.H..H
	0x0070 89 c3 48 89 d0 48 89 da ff d1 84 c0 75 d2 c6 44  ..H..H......u..D
	0x0080 24 0f 00 48 8b 54 24 30 48 8b 02 ff d0 48 83 c4  $..H.T$0H....H..
	0x0090 38 5d c3 c6 44 24 0f 00 48 8b 54 24 30 48 8b 02  8]..D$..H.T$0H..
	0x00a0 ff d0 48 83 c4 38 5d c3 e8 00 00 00 00 48 83 c4  ..H..8]......H..
	0x00b0 38 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44  8].H.D$......H.D
	0x00c0 24 08 e9 39 ff ff ff                             $..9...
	rel 47+4 t=R_PCREL main.Seq.func1#8Wum+mHaM5g=#.deferwrap1+0
	rel 120+0 t=R_CALLIND +0
	rel 139+0 t=R_CALLIND +0
	rel 160+0 t=R_CALLIND +0
	rel 169+4 t=R_CALL runtime.deferreturn+0
	rel 185+4 t=R_CALL runtime.morestack+0
main.Seq.func1#8Wum+mHaM5g=#.deferwrap1 STEXT size=82 align=0x0 args=0x0 locals=0x20 funcid=0x17
	0x0000 00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.func1#8Wum+mHaM5g=#.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (range_over_func_defer_panic.go:6)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:6)	JLS	75
	0x0006 00006 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func_defer_panic.go:6)	PUSHQ	BP
	0x0007 00007 (range_over_func_defer_panic.go:6)	MOVQ	SP, BP
	0x000a 00010 (range_over_func_defer_panic.go:6)	SUBQ	$24, SP
	0x000e 00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:6)	MOVQ	8(DX), AX
	0x0012 00018 (range_over_func_defer_panic.go:6)	MOVQ	AX, main..autotmp_1+16(SP)
	0x0017 00023 (range_over_func_defer_panic.go:6)	PCDATA	$1, $0
	0x0017 00023 (range_over_func_defer_panic.go:6)	CALL	runtime.printlock(SB)
	0x001c 00028 (range_over_func_defer_panic.go:6)	LEAQ	go:string."iterator done "(SB), AX
	0x0023 00035 (range_over_func_defer_panic.go:6)	MOVL	$14, BX
	0x0028 00040 (range_over_func_defer_panic.go:6)	CALL	runtime.printstring(SB)
	0x002d 00045 (range_over_func_defer_panic.go:6)	MOVQ	main..autotmp_1+16(SP), AX
	0x0032 00050 (range_over_func_defer_panic.go:6)	CALL	runtime.printint(SB)
	0x0037 00055 (range_over_func_defer_panic.go:6)	CALL	runtime.printnl(SB)
	0x003c 00060 (range_over_func_defer_panic.go:6)	NOP
	0x0040 00064 (range_over_func_defer_panic.go:6)	CALL	runtime.printunlock(SB)
	0x0045 00069 (range_over_func_defer_panic.go:6)	ADDQ	$24, SP
	0x0049 00073 (range_over_func_defer_panic.go:6)	POPQ	BP
	0x004a 00074 (range_over_func_defer_panic.go:6)	RET
	0x004b 00075 (range_over_func_defer_panic.go:6)	NOP
	0x004b 00075 (range_over_func_defer_panic.go:6)	PCDATA	$1, $-1
	0x004b 00075 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
	0x004b 00075 (range_over_func_defer_panic.go:6)	CALL	runtime.morestack(SB)
	0x0050 00080 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
	0x0050 00080 (range_over_func_defer_panic.go:6)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 18 48 8b  I;f.vEUH..H...H.
	0x0010 42 08 48 89 44 24 10 e8 00 00 00 00 48 8d 05 00  B.H.D$......H...
	0x0020 00 00 00 bb 0e 00 00 00 e8 00 00 00 00 48 8b 44  .............H.D
	0x0030 24 10 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $.............@.
	0x0040 e8 00 00 00 00 48 83 c4 18 5d c3 e8 00 00 00 00  .....H...]......
	0x0050 eb ae                                            ..
	rel 24+4 t=R_CALL runtime.printlock+0
	rel 31+4 t=R_PCREL go:string."iterator done "+0
	rel 41+4 t=R_CALL runtime.printstring+0
	rel 51+4 t=R_CALL runtime.printint+0
	rel 56+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 76+4 t=R_CALL runtime.morestack+0
main.nested-range1 STEXT size=251 align=0x0 args=0x8 locals=0x68 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:25)	TEXT	main.nested-range1(SB), NEEDCTXT|ABIInternal, $104-8
	0x0000 00000 (range_over_func_defer_panic.go:25)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:25)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:25)	JLS	231
	0x000a 00010 (range_over_func_defer_panic.go:25)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func_defer_panic.go:25)	PUSHQ	BP
	0x000b 00011 (range_over_func_defer_panic.go:25)	MOVQ	SP, BP
	0x000e 00014 (range_over_func_defer_panic.go:25)	SUBQ	$96, SP
	0x0012 00018 (range_over_func_defer_panic.go:25)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:25)	FUNCDATA	$1, gclocals·ZbRI67JRvVO/JU0MrOgTYA==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:25)	FUNCDATA	$2, main.nested-range1.stkobj(SB)
	0x0012 00018 (range_over_func_defer_panic.go:25)	FUNCDATA	$5, main.nested-range1.arginfo1(SB)
	0x0012 00018 (range_over_func_defer_panic.go:25)	FUNCDATA	$6, main.nested-range1.argliveinfo(SB)
	0x0012 00018 (range_over_func_defer_panic.go:25)	PCDATA	$3, $1
	0x0012 00018 (range_over_func_defer_panic.go:25)	MOVQ	8(DX), CX
	0x0016 00022 (range_over_func_defer_panic.go:25)	MOVQ	(CX), BX
	0x0019 00025 (range_over_func_defer_panic.go:25)	MOVQ	16(DX), SI
	0x001d 00029 (range_over_func_defer_panic.go:25)	MOVQ	24(DX), DI
	0x0021 00033 (range_over_func_defer_panic.go:25)	MOVQ	32(DX), R8
	0x0025 00037 (range_over_func_defer_panic.go:25)	MOVQ	40(DX), R9
	0x0029 00041 (range_over_func_defer_panic.go:25)	MOVQ	$2, (CX)
	0x0030 00048 (range_over_func_defer_panic.go:25)	CMPQ	BX, $1
	0x0034 00052 (range_over_func_defer_panic.go:25)	JNE	222
	0x003a 00058 (range_over_func_defer_panic.go:25)	MOVQ	CX, main.&#state1+88(SP)
	0x003f 00063 (range_over_func_defer_panic.go:25)	MOVQ	R9, main..autotmp_18+8(SP)
	0x0044 00068 (range_over_func_defer_panic.go:26)	MOVQ	$1, main.#state2+32(SP)
	0x004d 00077 (range_over_func_defer_panic.go:26)	LEAQ	main.nested-range1-range1(SB), CX
	0x0054 00084 (range_over_func_defer_panic.go:26)	MOVQ	CX, main..autotmp_9+40(SP)
	0x0059 00089 (range_over_func_defer_panic.go:26)	LEAQ	main.#state2+32(SP), CX
	0x005e 00094 (range_over_func_defer_panic.go:26)	MOVQ	CX, main..autotmp_9+48(SP)
	0x0063 00099 (range_over_func_defer_panic.go:26)	MOVQ	SI, main..autotmp_9+56(SP)
	0x0068 00104 (range_over_func_defer_panic.go:26)	MOVQ	AX, main..autotmp_9+64(SP)
	0x006d 00109 (range_over_func_defer_panic.go:26)	MOVQ	DI, main..autotmp_9+72(SP)
	0x0072 00114 (range_over_func_defer_panic.go:26)	MOVQ	R8, main..autotmp_9+80(SP)
	0x0077 00119 (<unknown line number>)	NOP
	0x0077 00119 (range_over_func_defer_panic.go:5)	LEAQ	main.Seq.1#f3dLtG5+NCo=#(SB), CX
	0x007e 00126 (range_over_func_defer_panic.go:5)	MOVQ	CX, main..autotmp_11+16(SP)
	0x0083 00131 (range_over_func_defer_panic.go:5)	MOVQ	$2, main..autotmp_11+24(SP)
	0x008c 00140 (range_over_func_defer_panic.go:26)	LEAQ	main..autotmp_9+40(SP), AX
	0x0091 00145 (range_over_func_defer_panic.go:26)	LEAQ	main..autotmp_11+16(SP), DX
	0x0096 00150 (range_over_func_defer_panic.go:26)	PCDATA	$1, $1
	0x0096 00150 (range_over_func_defer_panic.go:26)	CALL	CX
	0x0098 00152 (range_over_func_defer_panic.go:28)	CMPQ	main.#state2+32(SP), $2
	0x009e 00158 (range_over_func_defer_panic.go:28)	NOP
	0x00a0 00160 (range_over_func_defer_panic.go:28)	JEQ	212
	0x00a2 00162 (range_over_func_defer_panic.go:28)	MOVQ	$3, main.#state2+32(SP)
	0x00ab 00171 (range_over_func_defer_panic.go:25)	MOVQ	main..autotmp_18+8(SP), CX
	0x00b0 00176 (range_over_func_defer_panic.go:25)	CMPQ	CX, $2
	0x00b4 00180 (range_over_func_defer_panic.go:28)	JGT	205
	0x00b6 00182 (range_over_func_defer_panic.go:29)	MOVQ	main.&#state1+88(SP), CX
	0x00bb 00187 (range_over_func_defer_panic.go:29)	MOVQ	$1, (CX)
	0x00c2 00194 (range_over_func_defer_panic.go:29)	MOVL	$1, AX
	0x00c7 00199 (range_over_func_defer_panic.go:29)	ADDQ	$96, SP
	0x00cb 00203 (range_over_func_defer_panic.go:29)	POPQ	BP
	0x00cc 00204 (range_over_func_defer_panic.go:29)	RET
	0x00cd 00205 (range_over_func_defer_panic.go:28)	XORL	AX, AX
	0x00cf 00207 (range_over_func_defer_panic.go:28)	PCDATA	$1, $0
	0x00cf 00207 (range_over_func_defer_panic.go:28)	CALL	runtime.panicrangestate(SB)
	0x00d4 00212 (range_over_func_defer_panic.go:28)	MOVL	$4, AX
	0x00d9 00217 (range_over_func_defer_panic.go:28)	CALL	runtime.panicrangestate(SB)
	0x00de 00222 (range_over_func_defer_panic.go:25)	MOVQ	BX, AX
	0x00e1 00225 (range_over_func_defer_panic.go:25)	CALL	runtime.panicrangestate(SB)
	0x00e6 00230 (range_over_func_defer_panic.go:25)	XCHGL	AX, AX
	0x00e7 00231 (range_over_func_defer_panic.go:25)	NOP
	0x00e7 00231 (range_over_func_defer_panic.go:25)	PCDATA	$1, $-1
	0x00e7 00231 (range_over_func_defer_panic.go:25)	PCDATA	$0, $-2
	0x00e7 00231 (range_over_func_defer_panic.go:25)	MOVQ	AX, 8(SP)
	0x00ec 00236 (range_over_func_defer_panic.go:25)	CALL	runtime.morestack(SB)
	0x00f1 00241 (range_over_func_defer_panic.go:25)	PCDATA	$0, $-1
	0x00f1 00241 (range_over_func_defer_panic.go:25)	MOVQ	8(SP), AX
	0x00f6 00246 (range_over_func_defer_panic.go:25)	JMP	0
	0x0000 49 3b 66 10 0f 86 dd 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 60 48 8b 4a 08 48 8b 19 48 8b 72 10 48 8b 7a  .`H.J.H..H.r.H.z
	0x0020 18 4c 8b 42 20 4c 8b 4a 28 48 c7 01 02 00 00 00  .L.B L.J(H......
	0x0030 48 83 fb 01 0f 85 a4 00 00 00 48 89 4c 24 58 4c  H.........H.L$XL
	0x0040 89 4c 24 08 48 c7 44 24 20 01 00 00 00 48 8d 0d  .L$.H.D$ ....H..
	0x0050 00 00 00 00 48 89 4c 24 28 48 8d 4c 24 20 48 89  ....H.L$(H.L$ H.
	0x0060 4c 24 30 48 89 74 24 38 48 89 44 24 40 48 89 7c  L$0H.t$8H.D$@H.|
	0x0070 24 48 4c 89 44 24 50 48 8d 0d 00 00 00 00 48 89  $HL.D$PH......H.
	0x0080 4c 24 10 48 c7 44 24 18 02 00 00 00 48 8d 44 24  L$.H.D$.....H.D$
	0x0090 28 48 8d 54 24 10 ff d1 48 83 7c 24 20 02 66 90  (H.T$...H.|$ .f.
	0x00a0 74 32 48 c7 44 24 20 03 00 00 00 48 8b 4c 24 08  t2H.D$ ....H.L$.
	0x00b0 48 83 f9 02 7f 17 48 8b 4c 24 58 48 c7 01 01 00  H.....H.L$XH....
	0x00c0 00 00 b8 01 00 00 00 48 83 c4 60 5d c3 31 c0 e8  .......H..`].1..
	0x00d0 00 00 00 00 b8 04 00 00 00 e8 00 00 00 00 48 89  ..............H.
	0x00e0 d8 e8 00 00 00 00 90 48 89 44 24 08 e8 00 00 00  .......H.D$.....
	0x00f0 00 48 8b 44 24 08 e9 05 ff ff ff                 .H.D$......
	rel 80+4 t=R_PCREL main.nested-range1-range1+0
	rel 122+4 t=R_PCREL main.Seq.1#f3dLtG5+NCo=#+0
	rel 150+0 t=R_CALLIND +0
	rel 208+4 t=R_CALL runtime.panicrangestate+0
	rel 218+4 t=R_CALL runtime.panicrangestate+0
	rel 226+4 t=R_CALL runtime.panicrangestate+0
	rel 237+4 t=R_CALL runtime.morestack+0
main.Seq.1#f3dLtG5+NCo=# STEXT size=199 align=0x0 args=0x8 locals=0x40 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.1#f3dLtG5+NCo=#(SB), NEEDCTXT|ABIInternal, $64-8
	0x0000 00000 (range_over_func_defer_panic.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:5)	JLS	179
	0x000a 00010 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func_defer_panic.go:5)	PUSHQ	BP
	0x000b 00011 (range_over_func_defer_panic.go:5)	MOVQ	SP, BP
	0x000e 00014 (range_over_func_defer_panic.go:5)	SUBQ	$56, SP
	0x0012 00018 (range_over_func_defer_panic.go:5)	MOVQ	X15, 48(SP)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$1, gclocals·8xbbc5PsWar066JsPAuALg==(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$5, main.Seq.1#f3dLtG5+NCo=#.arginfo1(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$6, main.Seq.1#f3dLtG5+NCo=#.argliveinfo(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$4, main.Seq.1#f3dLtG5+NCo=#.opendefer(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	PCDATA	$3, $1
	0x0019 00025 (range_over_func_defer_panic.go:7)	MOVQ	AX, main.yield+72(SP)
	0x001e 00030 (range_over_func_defer_panic.go:7)	PCDATA	$3, $-1
	0x001e 00030 (range_over_func_defer_panic.go:5)	MOVB	$0, main..autotmp_6+15(SP)
	0x0023 00035 (range_over_func_defer_panic.go:5)	MOVQ	8(DX), CX
	0x0027 00039 (range_over_func_defer_panic.go:5)	MOVQ	CX, main.n+16(SP)
	0x002c 00044 (range_over_func_defer_panic.go:6)	LEAQ	main.Seq.1#f3dLtG5+NCo=#.deferwrap1(SB), BX
	0x0033 00051 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_5+32(SP)
	0x0038 00056 (range_over_func_defer_panic.go:6)	MOVQ	CX, main..autotmp_5+40(SP)
	0x003d 00061 (range_over_func_defer_panic.go:6)	LEAQ	main..autotmp_5+32(SP), BX
	0x0042 00066 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_8+48(SP)
	0x0047 00071 (range_over_func_defer_panic.go:6)	MOVB	$1, main..autotmp_6+15(SP)
	0x004c 00076 (range_over_func_defer_panic.go:6)	XORL	DX, DX
	0x004e 00078 (range_over_func_defer_panic.go:7)	JMP	98
	0x0050 00080 (range_over_func_defer_panic.go:7)	MOVQ	main.i+24(SP), DX
	0x0055 00085 (range_over_func_defer_panic.go:7)	INCQ	DX
	0x0058 00088 (range_over_func_defer_panic.go:8)	MOVQ	main.yield+72(SP), AX
	0x005d 00093 (range_over_func_defer_panic.go:7)	MOVQ	main.n+16(SP), CX
	0x0062 00098 (range_over_func_defer_panic.go:7)	CMPQ	DX, CX
	0x0065 00101 (range_over_func_defer_panic.go:7)	JGE	147
	0x0067 00103 (range_over_func_defer_panic.go:7)	MOVQ	DX, main.i+24(SP)
	0x006c 00108 (range_over_func_defer_panic.go:8)	MOVQ	(AX), CX
	0x006f 00111 (range_over_func_defer_panic.go:7)	MOVQ	AX, BX
	0x0072 00114 (range_over_func_defer_panic.go:8)	MOVQ	DX, AX
	0x0075 00117 (range_over_func_defer_panic.go:8)	MOVQ	BX, DX
	0x0078 00120 (range_over_func_defer_panic.go:8)	PCDATA	$1, $1
	0x0078 00120 (range_over_func_defer_panic.go:8)	CALL	CX
	0x007a 00122 (range_over_func_defer_panic.go:8)	TESTB	AL, AL
	0x007c 00124 (range_over_func_defer_panic.go:8)	JNE	80
	0x007e 00126 (range_over_func_defer_panic.go:9)	MOVB	$0, main..autotmp_6+15(SP)
	0x0083 00131 (range_over_func_defer_panic.go:9)	MOVQ	main..autotmp_8+48(SP), DX
	0x0088 00136 (range_over_func_defer_panic.go:9)	MOVQ	(DX), AX
	0x008b 00139 (range_over_func_defer_panic.go:9)	PCDATA	$1, $2
	0x008b 00139 (range_over_func_defer_panic.go:9)	CALL	AX
	0x008d 00141 (range_over_func_defer_panic.go:9)	ADDQ	$56, SP
	0x0091 00145 (range_over_func_defer_panic.go:9)	POPQ	BP
	0x0092 00146 (range_over_func_defer_panic.go:9)	RET
	0x0093 00147 (range_over_func_defer_panic.go:12)	MOVB	$0, main..autotmp_6+15(SP)
	0x0098 00152 (range_over_func_defer_panic.go:12)	MOVQ	main..autotmp_8+48(SP), DX
	0x009d 00157 (range_over_func_defer_panic.go:12)	MOVQ	(DX), AX
	0x00a0 00160 (range_over_func_defer_panic.go:12)	CALL	AX
	0x00a2 00162 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
	0x00a6 00166 (range_over_func_defer_panic.go:12)	POPQ	BP
	0x00a7 00167 (range_over_func_defer_panic.go:12)	RET
	0x00a8 00168 (range_over_func_defer_panic.go:12)	CALL	runtime.deferreturn(SB)
	0x00ad 00173 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
	0x00b1 00177 (range_over_func_defer_panic.go:12)	POPQ	BP
	0x00b2 00178 (range_over_func_defer_panic.go:12)	RET
	0x00b3 00179 (range_over_func_defer_panic.go:12)	NOP
	0x00b3 00179 (range_over_func_defer_panic.go:5)	PCDATA	$1, $-1
	0x00b3 00179 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
	0x00b3 00179 (range_over_func_defer_panic.go:5)	MOVQ	AX, 8(SP)
	0x00b8 00184 (range_over_func_defer_panic.go:5)	CALL	runtime.morestack(SB)
	0x00bd 00189 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
	0x00bd 00189 (range_over_func_defer_panic.go:5)	MOVQ	8(SP), AX
	0x00c2 00194 (range_over_func_defer_panic.go:5)	JMP	0
	0x0000 49 3b 66 10 0f 86 a9 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 66 44 0f d6 7c 24 30 48 89 44 24 48 c6 44  .8fD..|$0H.D$H.D
	0x0020 24 0f 00 48 8b 4a 08 48 89 4c 24 10 48 8d 1d 00  $..H.J.H.L$.H...
	0x0030 00 00 00 48 89 5c 24 20 48 89 4c 24 28 48 8d 5c  ...H.\$ H.L$(H.\
	0x0040 24 20 48 89 5c 24 30 c6 44 24 0f 01 31 d2 eb 12  $ H.\$0.D$..1...
	0x0050 48 8b 54 24 18 48 ff c2 48 8b 44 24 48 48 8b 4c  H.T$.H..H.D$HH.L
	0x0060 24 10 48 39 ca 7d 2c 48 89 54 24 18 48 8b 08 48  $.H9.},H.T$.H..H
	0x0070 89 c3 48 89 d0 48 89 da ff d1 84 c0 75 d2 c6 44  ..H..H......u..D
	0x0080 24 0f 00 48 8b 54 24 30 48 8b 02 ff d0 48 83 c4  $..H.T$0H....H..
	0x0090 38 5d c3 c6 44 24 0f 00 48 8b 54 24 30 48 8b 02  8]..D$..H.T$0H..
	0x00a0 ff d0 48 83 c4 38 5d c3 e8 00 00 00 00 48 83 c4  ..H..8]......H..
	0x00b0 38 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44  8].H.D$......H.D
	0x00c0 24 08 e9 39 ff ff ff                             $..9...
	rel 47+4 t=R_PCREL main.Seq.1#f3dLtG5+NCo=#.deferwrap1+0
	rel 120+0 t=R_CALLIND +0
	rel 139+0 t=R_CALLIND +0
	rel 160+0 t=R_CALLIND +0
	rel 169+4 t=R_CALL runtime.deferreturn+0
	rel 185+4 t=R_CALL runtime.morestack+0
main.Seq.1#f3dLtG5+NCo=#.deferwrap1 STEXT size=82 align=0x0 args=0x0 locals=0x20 funcid=0x17
	0x0000 00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.1#f3dLtG5+NCo=#.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (range_over_func_defer_panic.go:6)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:6)	JLS	75
	0x0006 00006 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func_defer_panic.go:6)	PUSHQ	BP
	0x0007 00007 (range_over_func_defer_panic.go:6)	MOVQ	SP, BP
	0x000a 00010 (range_over_func_defer_panic.go:6)	SUBQ	$24, SP
	0x000e 00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:6)	MOVQ	8(DX), AX
	0x0012 00018 (range_over_func_defer_panic.go:6)	MOVQ	AX, main..autotmp_1+16(SP)
	0x0017 00023 (range_over_func_defer_panic.go:6)	PCDATA	$1, $0
	0x0017 00023 (range_over_func_defer_panic.go:6)	CALL	runtime.printlock(SB)
	0x001c 00028 (range_over_func_defer_panic.go:6)	LEAQ	go:string."iterator done "(SB), AX
	0x0023 00035 (range_over_func_defer_panic.go:6)	MOVL	$14, BX
	0x0028 00040 (range_over_func_defer_panic.go:6)	CALL	runtime.printstring(SB)
	0x002d 00045 (range_over_func_defer_panic.go:6)	MOVQ	main..autotmp_1+16(SP), AX
	0x0032 00050 (range_over_func_defer_panic.go:6)	CALL	runtime.printint(SB)
	0x0037 00055 (range_over_func_defer_panic.go:6)	CALL	runtime.printnl(SB)
	0x003c 00060 (range_over_func_defer_panic.go:6)	NOP
	0x0040 00064 (range_over_func_defer_panic.go:6)	CALL	runtime.printunlock(SB)
	0x0045 00069 (range_over_func_defer_panic.go:6)	ADDQ	$24, SP
	0x0049 00073 (range_over_func_defer_panic.go:6)	POPQ	BP
	0x004a 00074 (range_over_func_defer_panic.go:6)	RET
	0x004b 00075 (range_over_func_defer_panic.go:6)	NOP
	0x004b 00075 (range_over_func_defer_panic.go:6)	PCDATA	$1, $-1
	0x004b 00075 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
	0x004b 00075 (range_over_func_defer_panic.go:6)	CALL	runtime.morestack(SB)
	0x0050 00080 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
	0x0050 00080 (range_over_func_defer_panic.go:6)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 18 48 8b  I;f.vEUH..H...H.
	0x0010 42 08 48 89 44 24 10 e8 00 00 00 00 48 8d 05 00  B.H.D$......H...
	0x0020 00 00 00 bb 0e 00 00 00 e8 00 00 00 00 48 8b 44  .............H.D
	0x0030 24 10 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $.............@.
	0x0040 e8 00 00 00 00 48 83 c4 18 5d c3 e8 00 00 00 00  .....H...]......
	0x0050 eb ae                                            ..
	rel 24+4 t=R_CALL runtime.printlock+0
	rel 31+4 t=R_PCREL go:string."iterator done "+0
	rel 41+4 t=R_CALL runtime.printstring+0
	rel 51+4 t=R_CALL runtime.printint+0
	rel 56+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 76+4 t=R_CALL runtime.morestack+0
main.nested-range1-range1 STEXT size=271 align=0x0 args=0x8 locals=0x58 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:26)	TEXT	main.nested-range1-range1(SB), NEEDCTXT|ABIInternal, $88-8
	0x0000 00000 (range_over_func_defer_panic.go:26)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:26)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:26)	JLS	250
	0x000a 00010 (range_over_func_defer_panic.go:26)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func_defer_panic.go:26)	PUSHQ	BP
	0x000b 00011 (range_over_func_defer_panic.go:26)	MOVQ	SP, BP
	0x000e 00014 (range_over_func_defer_panic.go:26)	SUBQ	$80, SP
	0x0012 00018 (range_over_func_defer_panic.go:26)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:26)	FUNCDATA	$1, gclocals·hTGAYHoQxrU2HM6tt9Bxpw==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:26)	FUNCDATA	$5, main.nested-range1-range1.arginfo1(SB)
	0x0012 00018 (range_over_func_defer_panic.go:26)	FUNCDATA	$6, main.nested-range1-range1.argliveinfo(SB)
	0x0012 00018 (range_over_func_defer_panic.go:26)	PCDATA	$3, $1
	0x0012 00018 (range_over_func_defer_panic.go:26)	MOVQ	8(DX), SI
	0x0016 00022 (range_over_func_defer_panic.go:26)	MOVQ	16(DX), DI
	0x001a 00026 (range_over_func_defer_panic.go:26)	MOVQ	24(DX), R8
	0x001e 00030 (range_over_func_defer_panic.go:26)	MOVQ	32(DX), R9
	0x0022 00034 (range_over_func_defer_panic.go:26)	MOVQ	40(DX), DX
	0x0026 00038 (range_over_func_defer_panic.go:26)	MOVB	$0, go:builtin.#r+39(SP)
	0x002b 00043 (range_over_func_defer_panic.go:26)	MOVQ	(SI), R10
	0x002e 00046 (range_over_func_defer_panic.go:26)	MOVQ	$2, (SI)
	0x0035 00053 (range_over_func_defer_panic.go:26)	CMPQ	R10, $1
	0x0039 00057 (range_over_func_defer_panic.go:26)	JNE	241
	0x003f 00063 (range_over_func_defer_panic.go:26)	MOVQ	AX, main.b+96(SP)
	0x0044 00068 (range_over_func_defer_panic.go:26)	PCDATA	$3, $-1
	0x0044 00068 (range_over_func_defer_panic.go:26)	MOVQ	SI, main.&#state2+64(SP)
	0x0049 00073 (range_over_func_defer_panic.go:26)	MOVQ	DI, main.&s+56(SP)
	0x004e 00078 (range_over_func_defer_panic.go:26)	MOVQ	R8, main.a+40(SP)
	0x0053 00083 (range_over_func_defer_panic.go:26)	MOVQ	DX, main.#defers.data+72(SP)
	0x0058 00088 (range_over_func_defer_panic.go:26)	MOVQ	R9, main.#defers.type+48(SP)
	0x005d 00093 (range_over_func_defer_panic.go:27)	MOVL	$32, AX
	0x0062 00098 (range_over_func_defer_panic.go:27)	LEAQ	type:noalg.struct { F uintptr; X0 *string; X1 int; X2 int }(SB), BX
	0x0069 00105 (range_over_func_defer_panic.go:27)	MOVL	$1, CX
	0x006e 00110 (range_over_func_defer_panic.go:27)	PCDATA	$1, $1
	0x006e 00110 (range_over_func_defer_panic.go:27)	CALL	runtime.mallocgcSmallScanNoHeaderSC4(SB)
	0x0073 00115 (range_over_func_defer_panic.go:27)	LEAQ	main.nested-range1-range1.1(SB), DX
	0x007a 00122 (range_over_func_defer_panic.go:27)	MOVQ	DX, (AX)
	0x007d 00125 (range_over_func_defer_panic.go:27)	CMPL	runtime.writeBarrier(SB), $0
	0x0084 00132 (range_over_func_defer_panic.go:27)	PCDATA	$0, $-2
	0x0084 00132 (range_over_func_defer_panic.go:27)	JNE	141
	0x0086 00134 (range_over_func_defer_panic.go:27)	MOVQ	main.&s+56(SP), DX
	0x008b 00139 (range_over_func_defer_panic.go:27)	JMP	154
	0x008d 00141 (range_over_func_defer_panic.go:27)	CALL	runtime.gcWriteBarrier1(SB)
	0x0092 00146 (range_over_func_defer_panic.go:27)	MOVQ	main.&s+56(SP), DX
	0x0097 00151 (range_over_func_defer_panic.go:27)	MOVQ	DX, (R11)
	0x009a 00154 (range_over_func_defer_panic.go:27)	MOVQ	DX, 8(AX)
	0x009e 00158 (range_over_func_defer_panic.go:27)	PCDATA	$0, $-1
	0x009e 00158 (range_over_func_defer_panic.go:27)	MOVQ	main.a+40(SP), DX
	0x00a3 00163 (range_over_func_defer_panic.go:27)	MOVQ	DX, 16(AX)
	0x00a7 00167 (range_over_func_defer_panic.go:27)	MOVQ	main.b+96(SP), DX
	0x00ac 00172 (range_over_func_defer_panic.go:27)	MOVQ	DX, 24(AX)
	0x00b0 00176 (range_over_func_defer_panic.go:27)	MOVQ	main.#defers.type+48(SP), BX
	0x00b5 00181 (range_over_func_defer_panic.go:27)	MOVQ	main.#defers.data+72(SP), CX
	0x00ba 00186 (range_over_func_defer_panic.go:27)	PCDATA	$1, $2
	0x00ba 00186 (range_over_func_defer_panic.go:27)	CALL	runtime.deferprocat(SB)
	0x00bf 00191 (range_over_func_defer_panic.go:28)	MOVQ	main.&#state2+64(SP), AX
	0x00c4 00196 (range_over_func_defer_panic.go:28)	MOVQ	$1, (AX)
	0x00cb 00203 (range_over_func_defer_panic.go:28)	MOVB	$1, go:builtin.#r+39(SP)
	0x00d0 00208 (range_over_func_defer_panic.go:28)	PCDATA	$1, $0
	0x00d0 00208 (range_over_func_defer_panic.go:28)	CALL	runtime.deferreturn(SB)
	0x00d5 00213 (range_over_func_defer_panic.go:28)	MOVBLZX	go:builtin.#r+39(SP), AX
	0x00da 00218 (range_over_func_defer_panic.go:28)	ADDQ	$80, SP
	0x00de 00222 (range_over_func_defer_panic.go:28)	POPQ	BP
	0x00df 00223 (range_over_func_defer_panic.go:28)	NOP
	0x00e0 00224 (range_over_func_defer_panic.go:28)	RET
	0x00e1 00225 (range_over_func_defer_panic.go:28)	CALL	runtime.deferreturn(SB)
	0x00e6 00230 (range_over_func_defer_panic.go:27)	MOVBLZX	go:builtin.#r+39(SP), AX
	0x00eb 00235 (range_over_func_defer_panic.go:28)	ADDQ	$80, SP
	0x00ef 00239 (range_over_func_defer_panic.go:28)	POPQ	BP
	0x00f0 00240 (range_over_func_defer_panic.go:28)	RET
	0x00f1 00241 (range_over_func_defer_panic.go:28)	PCDATA	$3, $1
	0x00f1 00241 (range_over_func_defer_panic.go:26)	MOVQ	R10, AX
	0x00f4 00244 (range_over_func_defer_panic.go:26)	CALL	runtime.panicrangestate(SB)
	0x00f9 00249 (range_over_func_defer_panic.go:26)	XCHGL	AX, AX
	0x00fa 00250 (range_over_func_defer_panic.go:26)	NOP
	0x00fa 00250 (range_over_func_defer_panic.go:26)	PCDATA	$1, $-1
	0x00fa 00250 (range_over_func_defer_panic.go:26)	PCDATA	$0, $-2
	0x00fa 00250 (range_over_func_defer_panic.go:26)	MOVQ	AX, 8(SP)
	0x00ff 00255 (range_over_func_defer_panic.go:26)	NOP
	0x0100 00256 (range_over_func_defer_panic.go:26)	CALL	runtime.morestack(SB)
	0x0105 00261 (range_over_func_defer_panic.go:26)	PCDATA	$0, $-1
	0x0105 00261 (range_over_func_defer_panic.go:26)	MOVQ	8(SP), AX
	0x010a 00266 (range_over_func_defer_panic.go:26)	JMP	0
	0x0000 49 3b 66 10 0f 86 f0 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 50 48 8b 72 08 48 8b 7a 10 4c 8b 42 18 4c 8b  .PH.r.H.z.L.B.L.
	0x0020 4a 20 48 8b 52 28 c6 44 24 27 00 4c 8b 16 48 c7  J H.R(.D$'.L..H.
	0x0030 06 02 00 00 00 49 83 fa 01 0f 85 b2 00 00 00 48  .....I.........H
	0x0040 89 44 24 60 48 89 74 24 40 48 89 7c 24 38 4c 89  .D$`H.t$@H.|$8L.
	0x0050 44 24 28 48 89 54 24 48 4c 89 4c 24 30 b8 20 00  D$(H.T$HL.L$0. .
	0x0060 00 00 48 8d 1d 00 00 00 00 b9 01 00 00 00 e8 00  ..H.............
	0x0070 00 00 00 48 8d 15 00 00 00 00 48 89 10 83 3d 00  ...H......H...=.
	0x0080 00 00 00 00 75 07 48 8b 54 24 38 eb 0d e8 00 00  ....u.H.T$8.....
	0x0090 00 00 48 8b 54 24 38 49 89 13 48 89 50 08 48 8b  ..H.T$8I..H.P.H.
	0x00a0 54 24 28 48 89 50 10 48 8b 54 24 60 48 89 50 18  T$(H.P.H.T$`H.P.
	0x00b0 48 8b 5c 24 30 48 8b 4c 24 48 e8 00 00 00 00 48  H.\$0H.L$H.....H
	0x00c0 8b 44 24 40 48 c7 00 01 00 00 00 c6 44 24 27 01  .D$@H.......D$'.
	0x00d0 e8 00 00 00 00 0f b6 44 24 27 48 83 c4 50 5d 90  .......D$'H..P].
	0x00e0 c3 e8 00 00 00 00 0f b6 44 24 27 48 83 c4 50 5d  ........D$'H..P]
	0x00f0 c3 4c 89 d0 e8 00 00 00 00 90 48 89 44 24 08 90  .L........H.D$..
	0x0100 e8 00 00 00 00 48 8b 44 24 08 e9 f1 fe ff ff     .....H.D$......
	rel 101+4 t=R_PCREL type:noalg.struct { F uintptr; X0 *string; X1 int; X2 int }+0
	rel 111+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC4+0
	rel 118+4 t=R_PCREL main.nested-range1-range1.1+0
	rel 127+4 t=R_PCREL runtime.writeBarrier+-1
	rel 142+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 187+4 t=R_CALL runtime.deferprocat+0
	rel 209+4 t=R_CALL runtime.deferreturn+0
	rel 226+4 t=R_CALL runtime.deferreturn+0
	rel 245+4 t=R_CALL runtime.panicrangestate+0
	rel 257+4 t=R_CALL runtime.morestack+0
main.nested-range1-range1.1 STEXT size=197 align=0x0 args=0x0 locals=0x78 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:27)	TEXT	main.nested-range1-range1.1(SB), NEEDCTXT|ABIInternal, $120-0
	0x0000 00000 (range_over_func_defer_panic.go:27)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:27)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:27)	JLS	182
	0x000a 00010 (range_over_func_defer_panic.go:27)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func_defer_panic.go:27)	PUSHQ	BP
	0x000b 00011 (range_over_func_defer_panic.go:27)	MOVQ	SP, BP
	0x000e 00014 (range_over_func_defer_panic.go:27)	SUBQ	$112, SP
	0x0012 00018 (range_over_func_defer_panic.go:27)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:27)	FUNCDATA	$1, gclocals·sfOxBcdnNBiCaiOXpthwPg==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:27)	MOVQ	16(DX), CX
	0x0016 00022 (range_over_func_defer_panic.go:27)	MOVQ	24(DX), SI
	0x001a 00026 (range_over_func_defer_panic.go:27)	MOVQ	SI, main.b+80(SP)
	0x001f 00031 (range_over_func_defer_panic.go:27)	MOVQ	8(DX), DX
	0x0023 00035 (range_over_func_defer_panic.go:27)	MOVQ	DX, main.&s+104(SP)
	0x0028 00040 (range_over_func_defer_panic.go:27)	ADDQ	$97, CX
	0x002c 00044 (range_over_func_defer_panic.go:27)	MOVLQSX	CX, BX
	0x002f 00047 (range_over_func_defer_panic.go:27)	LEAQ	main..autotmp_0+76(SP), AX
	0x0034 00052 (range_over_func_defer_panic.go:27)	PCDATA	$1, $1
	0x0034 00052 (range_over_func_defer_panic.go:27)	CALL	runtime.intstring(SB)
	0x0039 00057 (range_over_func_defer_panic.go:27)	MOVQ	AX, main..autotmp_7+96(SP)
	0x003e 00062 (range_over_func_defer_panic.go:27)	MOVQ	BX, main..autotmp_8+88(SP)
	0x0043 00067 (range_over_func_defer_panic.go:27)	MOVQ	main.b+80(SP), CX
	0x0048 00072 (range_over_func_defer_panic.go:27)	ADDQ	$48, CX
	0x004c 00076 (range_over_func_defer_panic.go:27)	MOVLQSX	CX, BX
	0x004f 00079 (range_over_func_defer_panic.go:27)	LEAQ	main..autotmp_1+72(SP), AX
	0x0054 00084 (range_over_func_defer_panic.go:27)	PCDATA	$1, $2
	0x0054 00084 (range_over_func_defer_panic.go:27)	CALL	runtime.intstring(SB)
	0x0059 00089 (range_over_func_defer_panic.go:27)	MOVQ	main.&s+104(SP), CX
	0x005e 00094 (range_over_func_defer_panic.go:27)	MOVQ	(CX), DX
	0x0061 00097 (range_over_func_defer_panic.go:27)	MOVQ	8(CX), CX
	0x0065 00101 (range_over_func_defer_panic.go:27)	MOVQ	main..autotmp_7+96(SP), DI
	0x006a 00106 (range_over_func_defer_panic.go:27)	MOVQ	main..autotmp_8+88(SP), SI
	0x006f 00111 (range_over_func_defer_panic.go:27)	MOVQ	AX, R8
	0x0072 00114 (range_over_func_defer_panic.go:27)	MOVQ	BX, R9
	0x0075 00117 (range_over_func_defer_panic.go:27)	LEAQ	go:string." "(SB), R10
	0x007c 00124 (range_over_func_defer_panic.go:27)	MOVL	$1, R11
	0x0082 00130 (range_over_func_defer_panic.go:27)	XORL	AX, AX
	0x0084 00132 (range_over_func_defer_panic.go:27)	MOVQ	DX, BX
	0x0087 00135 (range_over_func_defer_panic.go:27)	PCDATA	$1, $1
	0x0087 00135 (range_over_func_defer_panic.go:27)	CALL	runtime.concatstring4(SB)
	0x008c 00140 (range_over_func_defer_panic.go:27)	MOVQ	main.&s+104(SP), CX
	0x0091 00145 (range_over_func_defer_panic.go:27)	MOVQ	BX, 8(CX)
	0x0095 00149 (range_over_func_defer_panic.go:27)	CMPL	runtime.writeBarrier(SB), $0
	0x009c 00156 (range_over_func_defer_panic.go:27)	PCDATA	$0, $-2
	0x009c 00156 (range_over_func_defer_panic.go:27)	JEQ	173
	0x009e 00158 (range_over_func_defer_panic.go:27)	MOVQ	(CX), DX
	0x00a1 00161 (range_over_func_defer_panic.go:27)	CALL	runtime.gcWriteBarrier2(SB)
	0x00a6 00166 (range_over_func_defer_panic.go:27)	MOVQ	AX, (R11)
	0x00a9 00169 (range_over_func_defer_panic.go:27)	MOVQ	DX, 8(R11)
	0x00ad 00173 (range_over_func_defer_panic.go:27)	MOVQ	AX, (CX)
	0x00b0 00176 (range_over_func_defer_panic.go:27)	PCDATA	$0, $-1
	0x00b0 00176 (range_over_func_defer_panic.go:27)	ADDQ	$112, SP
	0x00b4 00180 (range_over_func_defer_panic.go:27)	POPQ	BP
	0x00b5 00181 (range_over_func_defer_panic.go:27)	RET
	0x00b6 00182 (range_over_func_defer_panic.go:27)	NOP
	0x00b6 00182 (range_over_func_defer_panic.go:27)	PCDATA	$1, $-1
	0x00b6 00182 (range_over_func_defer_panic.go:27)	PCDATA	$0, $-2
	0x00b6 00182 (range_over_func_defer_panic.go:27)	CALL	runtime.morestack(SB)
	0x00bb 00187 (range_over_func_defer_panic.go:27)	PCDATA	$0, $-1
	0x00bb 00187 (range_over_func_defer_panic.go:27)	NOP
	0x00c0 00192 (range_over_func_defer_panic.go:27)	JMP	0
	0x0000 49 3b 66 10 0f 86 ac 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 70 48 8b 4a 10 48 8b 72 18 48 89 74 24 50 48  .pH.J.H.r.H.t$PH
	0x0020 8b 52 08 48 89 54 24 68 48 83 c1 61 48 63 d9 48  .R.H.T$hH..aHc.H
	0x0030 8d 44 24 4c e8 00 00 00 00 48 89 44 24 60 48 89  .D$L.....H.D$`H.
	0x0040 5c 24 58 48 8b 4c 24 50 48 83 c1 30 48 63 d9 48  \$XH.L$PH..0Hc.H
	0x0050 8d 44 24 48 e8 00 00 00 00 48 8b 4c 24 68 48 8b  .D$H.....H.L$hH.
	0x0060 11 48 8b 49 08 48 8b 7c 24 60 48 8b 74 24 58 49  .H.I.H.|$`H.t$XI
	0x0070 89 c0 49 89 d9 4c 8d 15 00 00 00 00 41 bb 01 00  ..I..L......A...
	0x0080 00 00 31 c0 48 89 d3 e8 00 00 00 00 48 8b 4c 24  ..1.H.......H.L$
	0x0090 68 48 89 59 08 83 3d 00 00 00 00 00 74 0f 48 8b  hH.Y..=.....t.H.
	0x00a0 11 e8 00 00 00 00 49 89 03 49 89 53 08 48 89 01  ......I..I.S.H..
	0x00b0 48 83 c4 70 5d c3 e8 00 00 00 00 0f 1f 44 00 00  H..p]........D..
	0x00c0 e9 3b ff ff ff                                   .;...
	rel 53+4 t=R_CALL runtime.intstring+0
	rel 85+4 t=R_CALL runtime.intstring+0
	rel 120+4 t=R_PCREL go:string." "+0
	rel 136+4 t=R_CALL runtime.concatstring4+0
	rel 151+4 t=R_PCREL runtime.writeBarrier+-1
	rel 162+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 183+4 t=R_CALL runtime.morestack+0
main.earlyReturn STEXT size=246 align=0x0 args=0x0 locals=0x68 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:33)	TEXT	main.earlyReturn(SB), ABIInternal, $104-0
	0x0000 00000 (range_over_func_defer_panic.go:33)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:33)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:33)	JLS	236
	0x000a 00010 (range_over_func_defer_panic.go:33)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func_defer_panic.go:33)	PUSHQ	BP
	0x000b 00011 (range_over_func_defer_panic.go:33)	MOVQ	SP, BP
	0x000e 00014 (range_over_func_defer_panic.go:33)	SUBQ	$96, SP
	0x0012 00018 (range_over_func_defer_panic.go:33)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:33)	FUNCDATA	$1, gclocals·/9is4gq24Q1h4ArwHiu1tg==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:33)	FUNCDATA	$2, main.earlyReturn.stkobj(SB)
	0x0012 00018 (range_over_func_defer_panic.go:33)	MOVQ	$0, main.#rv1+32(SP)
	0x001b 00027 (range_over_func_defer_panic.go:34)	MOVQ	$0, main.#next+40(SP)
	0x0024 00036 (range_over_func_defer_panic.go:34)	PCDATA	$1, $0
	0x0024 00036 (range_over_func_defer_panic.go:34)	CALL	runtime.deferrangefunc(SB)
	0x0029 00041 (range_over_func_defer_panic.go:34)	MOVQ	$1, main.#state1+24(SP)
	0x0032 00050 (range_over_func_defer_panic.go:34)	LEAQ	main.earlyReturn-range1(SB), CX
	0x0039 00057 (range_over_func_defer_panic.go:34)	MOVQ	CX, main..autotmp_9+48(SP)
	0x003e 00062 (range_over_func_defer_panic.go:34)	LEAQ	main.#state1+24(SP), CX
	0x0043 00067 (range_over_func_defer_panic.go:34)	MOVQ	CX, main..autotmp_9+56(SP)
	0x0048 00072 (range_over_func_defer_panic.go:34)	MOVQ	AX, main..autotmp_9+64(SP)
	0x004d 00077 (range_over_func_defer_panic.go:34)	MOVQ	BX, main..autotmp_9+72(SP)
	0x0052 00082 (range_over_func_defer_panic.go:34)	LEAQ	main.#rv1+32(SP), CX
	0x0057 00087 (range_over_func_defer_panic.go:34)	MOVQ	CX, main..autotmp_9+80(SP)
	0x005c 00092 (range_over_func_defer_panic.go:34)	LEAQ	main.#next+40(SP), CX
	0x0061 00097 (range_over_func_defer_panic.go:34)	MOVQ	CX, main..autotmp_9+88(SP)
	0x0066 00102 (<unknown line number>)	NOP
	0x0066 00102 (range_over_func_defer_panic.go:5)	LEAQ	main.Seq.func1#TvuX58xFILk=#(SB), CX
	0x006d 00109 (range_over_func_defer_panic.go:5)	MOVQ	CX, main..autotmp_11+8(SP)
	0x0072 00114 (range_over_func_defer_panic.go:5)	MOVQ	$10, main..autotmp_11+16(SP)
	0x007b 00123 (range_over_func_defer_panic.go:34)	LEAQ	main..autotmp_9+48(SP), AX
	0x0080 00128 (range_over_func_defer_panic.go:34)	LEAQ	main..autotmp_11+8(SP), DX
	0x0085 00133 (range_over_func_defer_panic.go:34)	CALL	CX
	0x0087 00135 (range_over_func_defer_panic.go:39)	CMPQ	main.#state1+24(SP), $2
	0x008d 00141 (range_over_func_defer_panic.go:39)	JEQ	225
	0x008f 00143 (range_over_func_defer_panic.go:39)	MOVQ	$3, main.#state1+24(SP)
	0x0098 00152 (range_over_func_defer_panic.go:39)	CMPQ	main.#next+40(SP), $-1
	0x009e 00158 (range_over_func_defer_panic.go:39)	NOP
	0x00a0 00160 (range_over_func_defer_panic.go:39)	JNE	178
	0x00a2 00162 (range_over_func_defer_panic.go:41)	CALL	runtime.deferreturn(SB)
	0x00a7 00167 (range_over_func_defer_panic.go:39)	MOVQ	main.#rv1+32(SP), AX
	0x00ac 00172 (range_over_func_defer_panic.go:41)	ADDQ	$96, SP
	0x00b0 00176 (range_over_func_defer_panic.go:41)	POPQ	BP
	0x00b1 00177 (range_over_func_defer_panic.go:41)	RET
	0x00b2 00178 (range_over_func_defer_panic.go:40)	MOVQ	$-1, main.#rv1+32(SP)
	0x00bb 00187 (range_over_func_defer_panic.go:40)	NOP
	0x00c0 00192 (range_over_func_defer_panic.go:41)	CALL	runtime.deferreturn(SB)
	0x00c5 00197 (range_over_func_defer_panic.go:40)	MOVQ	main.#rv1+32(SP), AX
	0x00ca 00202 (range_over_func_defer_panic.go:41)	ADDQ	$96, SP
	0x00ce 00206 (range_over_func_defer_panic.go:41)	POPQ	BP
	0x00cf 00207 (range_over_func_defer_panic.go:41)	RET
	0x00d0 00208 (range_over_func_defer_panic.go:41)	CALL	runtime.deferreturn(SB)
	0x00d5 00213 (range_over_func_defer_panic.go:34)	MOVQ	main.#rv1+32(SP), AX
	0x00da 00218 (range_over_func_defer_panic.go:41)	ADDQ	$96, SP
	0x00de 00222 (range_over_func_defer_panic.go:41)	POPQ	BP
	0x00df 00223 (range_over_func_defer_panic.go:41)	NOP
	0x00e0 00224 (range_over_func_defer_panic.go:41)	RET
	0x00e1 00225 (range_over_func_defer_panic.go:39)	MOVL	$4, AX
	0x00e6 00230 (range_over_func_defer_panic.go:39)	CALL	runtime.panicrangestate(SB)
	0x00eb 00235 (range_over_func_defer_panic.go:39)	XCHGL	AX, AX
	0x00ec 00236 (range_over_func_defer_panic.go:39)	NOP
	0x00ec 00236 (range_over_func_defer_panic.go:33)	PCDATA	$1, $-1
	0x00ec 00236 (range_over_func_defer_panic.go:33)	PCDATA	$0, $-2
	0x00ec 00236 (range_over_func_defer_panic.go:33)	CALL	runtime.morestack_noctxt(SB)
	0x00f1 00241 (range_over_func_defer_panic.go:33)	PCDATA	$0, $-1
	0x00f1 00241 (range_over_func_defer_panic.go:33)	JMP	0
	0x0000 49 3b 66 10 0f 86 e2 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 60 48 c7 44 24 20 00 00 00 00 48 c7 44 24 28  .`H.D$ ....H.D$(
	0x0020 00 00 00 00 e8 00 00 00 00 48 c7 44 24 18 01 00  .........H.D$...
	0x0030 00 00 48 8d 0d 00 00 00 00 48 89 4c 24 30 48 8d  ..H......H.L$0H.
	0x0040 4c 24 18 48 89 4c 24 38 48 89 44 24 40 48 89 5c  L$.H.L$8H.D$@H.\
	0x0050 24 48 48 8d 4c 24 20 48 89 4c 24 50 48 8d 4c 24  $HH.L$ H.L$PH.L$
	0x0060 28 48 89 4c 24 58 48 8d 0d 00 00 00 00 48 89 4c  (H.L$XH......H.L
	0x0070 24 08 48 c7 44 24 10 0a 00 00 00 48 8d 44 24 30  $.H.D$.....H.D$0
	0x0080 48 8d 54 24 08 ff d1 48 83 7c 24 18 02 74 52 48  H.T$...H.|$..tRH
	0x0090 c7 44 24 18 03 00 00 00 48 83 7c 24 28 ff 66 90  .D$.....H.|$(.f.
	0x00a0 75 10 e8 00 00 00 00 48 8b 44 24 20 48 83 c4 60  u......H.D$ H..`
	0x00b0 5d c3 48 c7 44 24 20 ff ff ff ff 0f 1f 44 00 00  ].H.D$ ......D..
	0x00c0 e8 00 00 00 00 48 8b 44 24 20 48 83 c4 60 5d c3  .....H.D$ H..`].
	0x00d0 e8 00 00 00 00 48 8b 44 24 20 48 83 c4 60 5d 90  .....H.D$ H..`].
	0x00e0 c3 b8 04 00 00 00 e8 00 00 00 00 90 e8 00 00 00  ................
	0x00f0 00 e9 0a ff ff ff                                ......
	rel 37+4 t=R_CALL runtime.deferrangefunc+0
	rel 53+4 t=R_PCREL main.earlyReturn-range1+0
	rel 105+4 t=R_PCREL main.Seq.func1#TvuX58xFILk=#+0
	rel 133+0 t=R_CALLIND +0
	rel 163+4 t=R_CALL runtime.deferreturn+0
	rel 193+4 t=R_CALL runtime.deferreturn+0
	rel 209+4 t=R_CALL runtime.deferreturn+0
	rel 231+4 t=R_CALL runtime.panicrangestate+0
	rel 237+4 t=R_CALL runtime.morestack_noctxt+0
main.Seq.func1#TvuX58xFILk=# STEXT size=199 align=0x0 args=0x8 locals=0x40 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.func1#TvuX58xFILk=#(SB), NEEDCTXT|ABIInternal, $64-8
	0x0000 00000 (range_over_func_defer_panic.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:5)	JLS	179
	0x000a 00010 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func_defer_panic.go:5)	PUSHQ	BP
	0x000b 00011 (range_over_func_defer_panic.go:5)	MOVQ	SP, BP
	0x000e 00014 (range_over_func_defer_panic.go:5)	SUBQ	$56, SP
	0x0012 00018 (range_over_func_defer_panic.go:5)	MOVQ	X15, 48(SP)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$1, gclocals·8xbbc5PsWar066JsPAuALg==(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$5, main.Seq.func1#TvuX58xFILk=#.arginfo1(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$6, main.Seq.func1#TvuX58xFILk=#.argliveinfo(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$4, main.Seq.func1#TvuX58xFILk=#.opendefer(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	PCDATA	$3, $1
	0x0019 00025 (range_over_func_defer_panic.go:7)	MOVQ	AX, main.yield+72(SP)
	0x001e 00030 (range_over_func_defer_panic.go:7)	PCDATA	$3, $-1
	0x001e 00030 (range_over_func_defer_panic.go:5)	MOVB	$0, main..autotmp_6+15(SP)
	0x0023 00035 (range_over_func_defer_panic.go:5)	MOVQ	8(DX), CX
	0x0027 00039 (range_over_func_defer_panic.go:5)	MOVQ	CX, main.n+16(SP)
	0x002c 00044 (range_over_func_defer_panic.go:6)	LEAQ	main.Seq.func1#TvuX58xFILk=#.deferwrap1(SB), BX
	0x0033 00051 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_5+32(SP)
	0x0038 00056 (range_over_func_defer_panic.go:6)	MOVQ	CX, main..autotmp_5+40(SP)
	0x003d 00061 (range_over_func_defer_panic.go:6)	LEAQ	main..autotmp_5+32(SP), BX
	0x0042 00066 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_8+48(SP)
	0x0047 00071 (range_over_func_defer_panic.go:6)	MOVB	$1, main..autotmp_6+15(SP)
	0x004c 00076 (range_over_func_defer_panic.go:6)	XORL	DX, DX
	0x004e 00078 (range_over_func_defer_panic.go:7)	JMP	98
	0x0050 00080 (range_over_func_defer_panic.go:7)	MOVQ	main.i+24(SP), DX
	0x0055 00085 (range_over_func_defer_panic.go:7)	INCQ	DX
	0x0058 00088 (range_over_func_defer_panic.go:8)	MOVQ	main.yield+72(SP), AX
	0x005d 00093 (range_over_func_defer_panic.go:7)	MOVQ	main.n+16(SP), CX
	0x0062 00098 (range_over_func_defer_panic.go:7)	CMPQ	DX, CX
	0x0065 00101 (range_over_func_defer_panic.go:7)	JGE	147
	0x0067 00103 (range_over_func_defer_panic.go:7)	MOVQ	DX, main.i+24(SP)
	0x006c 00108 (range_over_func_defer_panic.go:8)	MOVQ	(AX), CX
	0x006f 00111 (range_over_func_defer_panic.go:7)	MOVQ	AX, BX
	0x0072 00114 (range_over_func_defer_panic.go:8)	MOVQ	DX, AX
	0x0075 00117 (range_over_func_defer_panic.go:8)	MOVQ	BX, DX
	0x0078 00120 (range_over_func_defer_panic.go:8)	PCDATA	$1, $1
	0x0078 00120 (range_over_func_defer_panic.go:8)	CALL	CX
	0x007a 00122 (range_over_func_defer_panic.go:8)	TESTB	AL, AL
	0x007c 00124 (range_over_func_defer_panic.go:8)	JNE	80
	0x007e 00126 (range_over_func_defer_panic.go:9)	MOVB	$0, main..autotmp_6+15(SP)
	0x0083 00131 (range_over_func_defer_panic.go:9)	MOVQ	main..autotmp_8+48(SP), DX
	0x0088 00136 (range_over_func_defer_panic.go:9)	MOVQ	(DX), AX
	0x008b 00139 (range_over_func_defer_panic.go:9)	PCDATA	$1, $2
	0x008b 00139 (range_over_func_defer_panic.go:9)	CALL	AX
	0x008d 00141 (range_over_func_defer_panic.go:9)	ADDQ	$56, SP
	0x0091 00145 (range_over_func_defer_panic.go:9)	POPQ	BP
	0x0092 00146 (range_over_func_defer_panic.go:9)	RET
	0x0093 00147 (range_over_func_defer_panic.go:12)	MOVB	$0, main..autotmp_6+15(SP)
	0x0098 00152 (range_over_func_defer_panic.go:12)	MOVQ	main..autotmp_8+48(SP), DX
	0x009d 00157 (range_over_func_defer_panic.go:12)	MOVQ	(DX), AX
	0x00a0 00160 (range_over_func_defer_panic.go:12)	CALL	AX
	0x00a2 00162 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
	0x00a6 00166 (range_over_func_defer_panic.go:12)	POPQ	BP
	0x00a7 00167 (range_over_func_defer_panic.go:12)	RET
	0x00a8 00168 (range_over_func_defer_panic.go:12)	CALL	runtime.deferreturn(SB)
	0x00ad 00173 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
	0x00b1 00177 (range_over_func_defer_panic.go:12)	POPQ	BP
	0x00b2 00178 (range_over_func_defer_panic.go:12)	RET
	0x00b3 00179 (range_over_func_defer_panic.go:12)	NOP
	0x00b3 00179 (range_over_func_defer_panic.go:5)	PCDATA	$1, $-1
	0x00b3 00179 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
	0x00b3 00179 (range_over_func_defer_panic.go:5)	MOVQ	AX, 8(SP)
	0x00b8 00184 (range_over_func_defer_panic.go:5)	CALL	runtime.morestack(SB)
	0x00bd 00189 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
	0x00bd 00189 (range_over_func_defer_panic.go:5)	MOVQ	8(SP), AX
	0x00c2 00194 (range_over_func_defer_panic.go:5)	JMP	0
	0x0000 49 3b 66 10 0f 86 a9 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 66 44 0f d6 7c 24 30 48 89 44 24 48 c6 44  .8fD..|$0H.D$H.D
	0x0020 24 0f 00 48 8b 4a 08 48 89 4c 24 10 48 8d 1d 00  $..H.J.H.L$.H...
	0x0030 00 00 00 48 89 5c 24 20 48 89 4c 24 28 48 8d 5c  ...H.\$ H.L$(H.\
	0x0040 24 20 48 89 5c 24 30 c6 44 24 0f 01 31 d2 eb 12  $ H.\$0.D$..1...
	0x0050 48 8b 54 24 18 48 ff c2 48 8b 44 24 48 48 8b 4c  H.T$.H..H.D$HH.L
	0x0060 24 10 48 39 ca 7d 2c 48 89 54 24 18 48 8b 08 48  $.H9.},H.T$.H..H
	0x0070 89 c3 48 89 d0 48 89 da ff d1 84 c0 75 d2 c6 44  ..H..H......u..D
	0x0080 24 0f 00 48 8b 54 24 30 48 8b 02 ff d0 48 83 c4  $..H.T$0H....H..
	0x0090 38 5d c3 c6 44 24 0f 00 48 8b 54 24 30 48 8b 02  8]..D$..H.T$0H..
	0x00a0 ff d0 48 83 c4 38 5d c3 e8 00 00 00 00 48 83 c4  ..H..8]......H..
	0x00b0 38 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44  8].H.D$......H.D
	0x00c0 24 08 e9 39 ff ff ff                             $..9...
	rel 47+4 t=R_PCREL main.Seq.func1#TvuX58xFILk=#.deferwrap1+0
	rel 120+0 t=R_CALLIND +0
	rel 139+0 t=R_CALLIND +0
	rel 160+0 t=R_CALLIND +0
	rel 169+4 t=R_CALL runtime.deferreturn+0
	rel 185+4 t=R_CALL runtime.morestack+0
main.Seq.func1#TvuX58xFILk=#.deferwrap1 STEXT size=82 align=0x0 args=0x0 locals=0x20 funcid=0x17
	0x0000 00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.func1#TvuX58xFILk=#.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (range_over_func_defer_panic.go:6)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:6)	JLS	75
	0x0006 00006 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func_defer_panic.go:6)	PUSHQ	BP
	0x0007 00007 (range_over_func_defer_panic.go:6)	MOVQ	SP, BP
	0x000a 00010 (range_over_func_defer_panic.go:6)	SUBQ	$24, SP
	0x000e 00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:6)	MOVQ	8(DX), AX
	0x0012 00018 (range_over_func_defer_panic.go:6)	MOVQ	AX, main..autotmp_1+16(SP)
	0x0017 00023 (range_over_func_defer_panic.go:6)	PCDATA	$1, $0
	0x0017 00023 (range_over_func_defer_panic.go:6)	CALL	runtime.printlock(SB)
	0x001c 00028 (range_over_func_defer_panic.go:6)	LEAQ	go:string."iterator done "(SB), AX
	0x0023 00035 (range_over_func_defer_panic.go:6)	MOVL	$14, BX
	0x0028 00040 (range_over_func_defer_panic.go:6)	CALL	runtime.printstring(SB)
	0x002d 00045 (range_over_func_defer_panic.go:6)	MOVQ	main..autotmp_1+16(SP), AX
	0x0032 00050 (range_over_func_defer_panic.go:6)	CALL	runtime.printint(SB)
	0x0037 00055 (range_over_func_defer_panic.go:6)	CALL	runtime.printnl(SB)
	0x003c 00060 (range_over_func_defer_panic.go:6)	NOP
	0x0040 00064 (range_over_func_defer_panic.go:6)	CALL	runtime.printunlock(SB)
	0x0045 00069 (range_over_func_defer_panic.go:6)	ADDQ	$24, SP
	0x0049 00073 (range_over_func_defer_panic.go:6)	POPQ	BP
	0x004a 00074 (range_over_func_defer_panic.go:6)	RET
	0x004b 00075 (range_over_func_defer_panic.go:6)	NOP
	0x004b 00075 (range_over_func_defer_panic.go:6)	PCDATA	$1, $-1
	0x004b 00075 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
	0x004b 00075 (range_over_func_defer_panic.go:6)	CALL	runtime.morestack(SB)
	0x0050 00080 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
	0x0050 00080 (range_over_func_defer_panic.go:6)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 18 48 8b  I;f.vEUH..H...H.
	0x0010 42 08 48 89 44 24 10 e8 00 00 00 00 48 8d 05 00  B.H.D$......H...
	0x0020 00 00 00 bb 0e 00 00 00 e8 00 00 00 00 48 8b 44  .............H.D
	0x0030 24 10 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $.............@.
	0x0040 e8 00 00 00 00 48 83 c4 18 5d c3 e8 00 00 00 00  .....H...]......
	0x0050 eb ae                                            ..
	rel 24+4 t=R_CALL runtime.printlock+0
	rel 31+4 t=R_PCREL go:string."iterator done "+0
	rel 41+4 t=R_CALL runtime.printstring+0
	rel 51+4 t=R_CALL runtime.printint+0
	rel 56+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 76+4 t=R_CALL runtime.morestack+0
main.earlyReturn-range1 STEXT size=303 align=0x0 args=0x8 locals=0x58 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:34)	TEXT	main.earlyReturn-range1(SB), NEEDCTXT|ABIInternal, $88-8
	0x0000 00000 (range_over_func_defer_panic.go:34)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:34)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:34)	JLS	282
	0x000a 00010 (range_over_func_defer_panic.go:34)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func_defer_panic.go:34)	PUSHQ	BP
	0x000b 00011 (range_over_func_defer_panic.go:34)	MOVQ	SP, BP
	0x000e 00014 (range_over_func_defer_panic.go:34)	SUBQ	$80, SP
	0x0012 00018 (range_over_func_defer_panic.go:34)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:34)	FUNCDATA	$1, gclocals·y89SHoMbHsQLaGOYIGuGZQ==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:34)	FUNCDATA	$5, main.earlyReturn-range1.arginfo1(SB)
	0x0012 00018 (range_over_func_defer_panic.go:34)	FUNCDATA	$6, main.earlyReturn-range1.argliveinfo(SB)
	0x0012 00018 (range_over_func_defer_panic.go:34)	PCDATA	$3, $1
	0x0012 00018 (range_over_func_defer_panic.go:34)	MOVQ	8(DX), SI
	0x0016 00022 (range_over_func_defer_panic.go:34)	MOVQ	16(DX), DI
	0x001a 00026 (range_over_func_defer_panic.go:34)	MOVQ	24(DX), R8
	0x001e 00030 (range_over_func_defer_panic.go:34)	MOVQ	32(DX), R9
	0x0022 00034 (range_over_func_defer_panic.go:34)	MOVQ	40(DX), DX
	0x0026 00038 (range_over_func_defer_panic.go:34)	MOVB	$0, go:builtin.#r+39(SP)
	0x002b 00043 (range_over_func_defer_panic.go:34)	MOVQ	(SI), R10
	0x002e 00046 (range_over_func_defer_panic.go:34)	MOVQ	$2, (SI)
	0x0035 00053 (range_over_func_defer_panic.go:34)	CMPQ	R10, $1
	0x0039 00057 (range_over_func_defer_panic.go:34)	JNE	273
	0x003f 00063 (range_over_func_defer_panic.go:34)	MOVQ	AX, main.v+96(SP)
	0x0044 00068 (range_over_func_defer_panic.go:34)	PCDATA	$3, $-1
	0x0044 00068 (range_over_func_defer_panic.go:34)	MOVQ	SI, main.&#state1+48(SP)
	0x0049 00073 (range_over_func_defer_panic.go:34)	MOVQ	R9, main.&#rv1+56(SP)
	0x004e 00078 (range_over_func_defer_panic.go:34)	MOVQ	DX, main.&#next+64(SP)
	0x0053 00083 (range_over_func_defer_panic.go:34)	MOVQ	R8, main.#defers.data+72(SP)
	0x0058 00088 (range_over_func_defer_panic.go:34)	MOVQ	DI, main.#defers.type+40(SP)
	0x005d 00093 (range_over_func_defer_panic.go:35)	MOVL	$16, AX
	0x0062 00098 (range_over_func_defer_panic.go:35)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
	0x0069 00105 (range_over_func_defer_panic.go:35)	MOVL	$1, CX
	0x006e 00110 (range_over_func_defer_panic.go:35)	PCDATA	$1, $1
	0x006e 00110 (range_over_func_defer_panic.go:35)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x0073 00115 (range_over_func_defer_panic.go:35)	LEAQ	main.earlyReturn-range1.deferwrap1(SB), DX
	0x007a 00122 (range_over_func_defer_panic.go:35)	MOVQ	DX, (AX)
	0x007d 00125 (range_over_func_defer_panic.go:35)	MOVQ	main.v+96(SP), DX
	0x0082 00130 (range_over_func_defer_panic.go:35)	MOVQ	DX, 8(AX)
	0x0086 00134 (range_over_func_defer_panic.go:35)	MOVQ	main.#defers.type+40(SP), BX
	0x008b 00139 (range_over_func_defer_panic.go:35)	MOVQ	main.#defers.data+72(SP), CX
	0x0090 00144 (range_over_func_defer_panic.go:35)	PCDATA	$1, $2
	0x0090 00144 (range_over_func_defer_panic.go:35)	CALL	runtime.deferprocat(SB)
	0x0095 00149 (range_over_func_defer_panic.go:36)	MOVQ	main.v+96(SP), AX
	0x009a 00154 (range_over_func_defer_panic.go:36)	NOP
	0x00a0 00160 (range_over_func_defer_panic.go:36)	CMPQ	AX, $2
	0x00a4 00164 (range_over_func_defer_panic.go:36)	JNE	223
	0x00a6 00166 (range_over_func_defer_panic.go:37)	MOVQ	main.&#rv1+56(SP), AX
	0x00ab 00171 (range_over_func_defer_panic.go:37)	MOVQ	$200, (AX)
	0x00b2 00178 (range_over_func_defer_panic.go:37)	MOVQ	main.&#next+64(SP), AX
	0x00b7 00183 (range_over_func_defer_panic.go:37)	MOVQ	$-1, (AX)
	0x00be 00190 (range_over_func_defer_panic.go:37)	MOVQ	main.&#state1+48(SP), AX
	0x00c3 00195 (range_over_func_defer_panic.go:37)	MOVQ	$0, (AX)
	0x00ca 00202 (range_over_func_defer_panic.go:37)	MOVB	$0, go:builtin.#r+39(SP)
	0x00cf 00207 (range_over_func_defer_panic.go:39)	PCDATA	$1, $0
	0x00cf 00207 (range_over_func_defer_panic.go:39)	CALL	runtime.deferreturn(SB)
	0x00d4 00212 (range_over_func_defer_panic.go:37)	MOVBLZX	go:builtin.#r+39(SP), AX
	0x00d9 00217 (range_over_func_defer_panic.go:39)	ADDQ	$80, SP
	0x00dd 00221 (range_over_func_defer_panic.go:39)	POPQ	BP
	0x00de 00222 (range_over_func_defer_panic.go:39)	RET
	0x00df 00223 (range_over_func_defer_panic.go:39)	MOVQ	main.&#state1+48(SP), AX
	0x00e4 00228 (range_over_func_defer_panic.go:39)	MOVQ	$1, (AX)
	0x00eb 00235 (range_over_func_defer_panic.go:39)	MOVB	$1, go:builtin.#r+39(SP)
	0x00f0 00240 (range_over_func_defer_panic.go:39)	CALL	runtime.deferreturn(SB)
	0x00f5 00245 (range_over_func_defer_panic.go:39)	MOVBLZX	go:builtin.#r+39(SP), AX
	0x00fa 00250 (range_over_func_defer_panic.go:39)	ADDQ	$80, SP
	0x00fe 00254 (range_over_func_defer_panic.go:39)	POPQ	BP
	0x00ff 00255 (range_over_func_defer_panic.go:39)	NOP
	0x0100 00256 (range_over_func_defer_panic.go:39)	RET
	0x0101 00257 (range_over_func_defer_panic.go:39)	CALL	runtime.deferreturn(SB)
	0x0106 00262 (range_over_func_defer_panic.go:35)	MOVBLZX	go:builtin.#r+39(SP), AX
	0x010b 00267 (range_over_func_defer_panic.go:39)	ADDQ	$80, SP
	0x010f 00271 (range_over_func_defer_panic.go:39)	POPQ	BP
	0x0110 00272 (range_over_func_defer_panic.go:39)	RET
	0x0111 00273 (range_over_func_defer_panic.go:39)	PCDATA	$3, $1
	0x0111 00273 (range_over_func_defer_panic.go:34)	MOVQ	R10, AX
	0x0114 00276 (range_over_func_defer_panic.go:34)	CALL	runtime.panicrangestate(SB)
	0x0119 00281 (range_over_func_defer_panic.go:34)	XCHGL	AX, AX
	0x011a 00282 (range_over_func_defer_panic.go:34)	NOP
	0x011a 00282 (range_over_func_defer_panic.go:34)	PCDATA	$1, $-1
	0x011a 00282 (range_over_func_defer_panic.go:34)	PCDATA	$0, $-2
	0x011a 00282 (range_over_func_defer_panic.go:34)	MOVQ	AX, 8(SP)
	0x011f 00287 (range_over_func_defer_panic.go:34)	NOP
	0x0120 00288 (range_over_func_defer_panic.go:34)	CALL	runtime.morestack(SB)
	0x0125 00293 (range_over_func_defer_panic.go:34)	PCDATA	$0, $-1
	0x0125 00293 (range_over_func_defer_panic.go:34)	MOVQ	8(SP), AX
	0x012a 00298 (range_over_func_defer_panic.go:34)	JMP	0
	0x0000 49 3b 66 10 0f 86 10 01 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 50 48 8b 72 08 48 8b 7a 10 4c 8b 42 18 4c 8b  .PH.r.H.z.L.B.L.
	0x0020 4a 20 48 8b 52 28 c6 44 24 27 00 4c 8b 16 48 c7  J H.R(.D$'.L..H.
	0x0030 06 02 00 00 00 49 83 fa 01 0f 85 d2 00 00 00 48  .....I.........H
	0x0040 89 44 24 60 48 89 74 24 30 4c 89 4c 24 38 48 89  .D$`H.t$0L.L$8H.
	0x0050 54 24 40 4c 89 44 24 48 48 89 7c 24 28 b8 10 00  T$@L.D$HH.|$(...
	0x0060 00 00 48 8d 1d 00 00 00 00 b9 01 00 00 00 e8 00  ..H.............
	0x0070 00 00 00 48 8d 15 00 00 00 00 48 89 10 48 8b 54  ...H......H..H.T
	0x0080 24 60 48 89 50 08 48 8b 5c 24 28 48 8b 4c 24 48  $`H.P.H.\$(H.L$H
	0x0090 e8 00 00 00 00 48 8b 44 24 60 66 0f 1f 44 00 00  .....H.D$`f..D..
	0x00a0 48 83 f8 02 75 39 48 8b 44 24 38 48 c7 00 c8 00  H...u9H.D$8H....
	0x00b0 00 00 48 8b 44 24 40 48 c7 00 ff ff ff ff 48 8b  ..H.D$@H......H.
	0x00c0 44 24 30 48 c7 00 00 00 00 00 c6 44 24 27 00 e8  D$0H.......D$'..
	0x00d0 00 00 00 00 0f b6 44 24 27 48 83 c4 50 5d c3 48  ......D$'H..P].H
	0x00e0 8b 44 24 30 48 c7 00 01 00 00 00 c6 44 24 27 01  .D$0H.......D$'.
	0x00f0 e8 00 00 00 00 0f b6 44 24 27 48 83 c4 50 5d 90  .......D$'H..P].
	0x0100 c3 e8 00 00 00 00 0f b6 44 24 27 48 83 c4 50 5d  ........D$'H..P]
	0x0110 c3 4c 89 d0 e8 00 00 00 00 90 48 89 44 24 08 90  .L........H.D$..
	0x0120 e8 00 00 00 00 48 8b 44 24 08 e9 d1 fe ff ff     .....H.D$......
	rel 101+4 t=R_PCREL type:noalg.struct { F uintptr; X0 int }+0
	rel 111+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 118+4 t=R_PCREL main.earlyReturn-range1.deferwrap1+0
	rel 145+4 t=R_CALL runtime.deferprocat+0
	rel 208+4 t=R_CALL runtime.deferreturn+0
	rel 241+4 t=R_CALL runtime.deferreturn+0
	rel 258+4 t=R_CALL runtime.deferreturn+0
	rel 277+4 t=R_CALL runtime.panicrangestate+0
	rel 289+4 t=R_CALL runtime.morestack+0
main.earlyReturn-range1.deferwrap1 STEXT size=82 align=0x0 args=0x0 locals=0x20 funcid=0x17
	0x0000 00000 (range_over_func_defer_panic.go:35)	TEXT	main.earlyReturn-range1.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (range_over_func_defer_panic.go:35)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:35)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:35)	JLS	75
	0x0006 00006 (range_over_func_defer_panic.go:35)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func_defer_panic.go:35)	PUSHQ	BP
	0x0007 00007 (range_over_func_defer_panic.go:35)	MOVQ	SP, BP
	0x000a 00010 (range_over_func_defer_panic.go:35)	SUBQ	$24, SP
	0x000e 00014 (range_over_func_defer_panic.go:35)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:35)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:35)	MOVQ	8(DX), AX
	0x0012 00018 (range_over_func_defer_panic.go:35)	MOVQ	AX, main..autotmp_3+16(SP)
	0x0017 00023 (range_over_func_defer_panic.go:35)	PCDATA	$1, $0
	0x0017 00023 (range_over_func_defer_panic.go:35)	CALL	runtime.printlock(SB)
	0x001c 00028 (range_over_func_defer_panic.go:35)	LEAQ	go:string."early defer "(SB), AX
	0x0023 00035 (range_over_func_defer_panic.go:35)	MOVL	$12, BX
	0x0028 00040 (range_over_func_defer_panic.go:35)	CALL	runtime.printstring(SB)
	0x002d 00045 (range_over_func_defer_panic.go:35)	MOVQ	main..autotmp_3+16(SP), AX
	0x0032 00050 (range_over_func_defer_panic.go:35)	CALL	runtime.printint(SB)
	0x0037 00055 (range_over_func_defer_panic.go:35)	CALL	runtime.printnl(SB)
	0x003c 00060 (range_over_func_defer_panic.go:35)	NOP
	0x0040 00064 (range_over_func_defer_panic.go:35)	CALL	runtime.printunlock(SB)
	0x0045 00069 (range_over_func_defer_panic.go:35)	ADDQ	$24, SP
	0x0049 00073 (range_over_func_defer_panic.go:35)	POPQ	BP
	0x004a 00074 (range_over_func_defer_panic.go:35)	RET
	0x004b 00075 (range_over_func_defer_panic.go:35)	NOP
	0x004b 00075 (range_over_func_defer_panic.go:35)	PCDATA	$1, $-1
	0x004b 00075 (range_over_func_defer_panic.go:35)	PCDATA	$0, $-2
	0x004b 00075 (range_over_func_defer_panic.go:35)	CALL	runtime.morestack(SB)
	0x0050 00080 (range_over_func_defer_panic.go:35)	PCDATA	$0, $-1
	0x0050 00080 (range_over_func_defer_panic.go:35)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 18 48 8b  I;f.vEUH..H...H.
	0x0010 42 08 48 89 44 24 10 e8 00 00 00 00 48 8d 05 00  B.H.D$......H...
	0x0020 00 00 00 bb 0c 00 00 00 e8 00 00 00 00 48 8b 44  .............H.D
	0x0030 24 10 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $.............@.
	0x0040 e8 00 00 00 00 48 83 c4 18 5d c3 e8 00 00 00 00  .....H...]......
	0x0050 eb ae                                            ..
	rel 24+4 t=R_CALL runtime.printlock+0
	rel 31+4 t=R_PCREL go:string."early defer "+0
	rel 41+4 t=R_CALL runtime.printstring+0
	rel 51+4 t=R_CALL runtime.printint+0
	rel 56+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 76+4 t=R_CALL runtime.morestack+0
main.bodyPanics STEXT size=272 align=0x0 args=0x0 locals=0x98 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:43)	TEXT	main.bodyPanics(SB), ABIInternal, $152-0
	0x0000 00000 (range_over_func_defer_panic.go:43)	LEAQ	-24(SP), R12
	0x0005 00005 (range_over_func_defer_panic.go:43)	CMPQ	R12, 16(R14)
	0x0009 00009 (range_over_func_defer_panic.go:43)	PCDATA	$0, $-2
	0x0009 00009 (range_over_func_defer_panic.go:43)	JLS	262
	0x000f 00015 (range_over_func_defer_panic.go:43)	PCDATA	$0, $-1
	0x000f 00015 (range_over_func_defer_panic.go:43)	PUSHQ	BP
	0x0010 00016 (range_over_func_defer_panic.go:43)	MOVQ	SP, BP
	0x0013 00019 (range_over_func_defer_panic.go:43)	SUBQ	$144, SP
	0x001a 00026 (range_over_func_defer_panic.go:43)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x001a 00026 (range_over_func_defer_panic.go:43)	FUNCDATA	$1, gclocals·DbjO8tVUMuAbCYZAQe8aLg==(SB)
	0x001a 00026 (range_over_func_defer_panic.go:43)	FUNCDATA	$2, main.bodyPanics.stkobj(SB)
	0x001a 00026 (range_over_func_defer_panic.go:43)	MOVUPS	X15, main.msg+80(SP)
	0x0020 00032 (range_over_func_defer_panic.go:44)	LEAQ	main.bodyPanics.func1(SB), CX
	0x0027 00039 (range_over_func_defer_panic.go:44)	MOVQ	CX, main..autotmp_8+96(SP)
	0x002c 00044 (range_over_func_defer_panic.go:44)	LEAQ	main.msg+80(SP), CX
	0x0031 00049 (range_over_func_defer_panic.go:44)	MOVQ	CX, main..autotmp_8+104(SP)
	0x0036 00054 (range_over_func_defer_panic.go:44)	LEAQ	main..autotmp_8+96(SP), CX
	0x003b 00059 (range_over_func_defer_panic.go:44)	MOVQ	CX, main..autotmp_13+32(SP)
	0x0040 00064 (range_over_func_defer_panic.go:44)	LEAQ	main..autotmp_13+8(SP), AX
	0x0045 00069 (range_over_func_defer_panic.go:44)	PCDATA	$1, $1
	0x0045 00069 (range_over_func_defer_panic.go:44)	CALL	runtime.deferprocStack(SB)
	0x004a 00074 (range_over_func_defer_panic.go:49)	CALL	runtime.deferrangefunc(SB)
	0x004f 00079 (range_over_func_defer_panic.go:49)	MOVQ	$1, main.#state1+72(SP)
	0x0058 00088 (range_over_func_defer_panic.go:49)	LEAQ	main.bodyPanics-range1(SB), CX
	0x005f 00095 (range_over_func_defer_panic.go:49)	MOVQ	CX, main..autotmp_10+112(SP)
	0x0064 00100 (range_over_func_defer_panic.go:49)	LEAQ	main.#state1+72(SP), CX
	0x0069 00105 (range_over_func_defer_panic.go:49)	MOVQ	CX, main..autotmp_10+120(SP)
	0x006e 00110 (range_over_func_defer_panic.go:49)	MOVQ	AX, main..autotmp_10+128(SP)
	0x0076 00118 (range_over_func_defer_panic.go:49)	MOVQ	BX, main..autotmp_10+136(SP)
	0x007e 00126 (<unknown line number>)	NOP
	0x007e 00126 (range_over_func_defer_panic.go:5)	LEAQ	main.Seq.func1#kFf4nreaSqI=#(SB), CX
	0x0085 00133 (range_over_func_defer_panic.go:5)	MOVQ	CX, main..autotmp_12+56(SP)
	0x008a 00138 (range_over_func_defer_panic.go:5)	MOVQ	$5, main..autotmp_12+64(SP)
	0x0093 00147 (range_over_func_defer_panic.go:49)	LEAQ	main..autotmp_10+112(SP), AX
	0x0098 00152 (range_over_func_defer_panic.go:49)	LEAQ	main..autotmp_12+56(SP), DX
	0x009d 00157 (range_over_func_defer_panic.go:49)	CALL	CX
	0x009f 00159 (range_over_func_defer_panic.go:54)	CMPQ	main.#state1+72(SP), $2
	0x00a5 00165 (range_over_func_defer_panic.go:54)	JEQ	248
	0x00a7 00167 (range_over_func_defer_panic.go:54)	MOVQ	$3, main.#state1+72(SP)
	0x00b0 00176 (range_over_func_defer_panic.go:55)	LEAQ	go:string."no panic"(SB), AX
	0x00b7 00183 (range_over_func_defer_panic.go:55)	MOVQ	AX, main.msg+80(SP)
	0x00bc 00188 (range_over_func_defer_panic.go:55)	MOVQ	$8, main.msg+88(SP)
	0x00c5 00197 (range_over_func_defer_panic.go:56)	CALL	runtime.deferreturn(SB)
	0x00ca 00202 (range_over_func_defer_panic.go:55)	MOVQ	main.msg+80(SP), AX
	0x00cf 00207 (range_over_func_defer_panic.go:55)	MOVQ	main.msg+88(SP), BX
	0x00d4 00212 (range_over_func_defer_panic.go:56)	ADDQ	$144, SP
	0x00db 00219 (range_over_func_defer_panic.go:56)	POPQ	BP
	0x00dc 00220 (range_over_func_defer_panic.go:56)	RET
	0x00dd 00221 (range_over_func_defer_panic.go:56)	NOP
	0x00e0 00224 (range_over_func_defer_panic.go:56)	CALL	runtime.deferreturn(SB)
	0x00e5 00229 (range_over_func_defer_panic.go:44)	MOVQ	main.msg+80(SP), AX
	0x00ea 00234 (range_over_func_defer_panic.go:44)	MOVQ	main.msg+88(SP), BX
	0x00ef 00239 (range_over_func_defer_panic.go:56)	ADDQ	$144, SP
	0x00f6 00246 (range_over_func_defer_panic.go:56)	POPQ	BP
	0x00f7 00247 (range_over_func_defer_panic.go:56)	RET
	0x00f8 00248 (range_over_func_defer_panic.go:54)	MOVL	$4, AX
	0x00fd 00253 (range_over_func_defer_panic.go:54)	NOP
	0x0100 00256 (range_over_func_defer_panic.go:54)	CALL	runtime.panicrangestate(SB)
	0x0105 00261 (range_over_func_defer_panic.go:54)	XCHGL	AX, AX
	0x0106 00262 (range_over_func_defer_panic.go:54)	NOP
	0x0106 00262 (range_over_func_defer_panic.go:43)	PCDATA	$1, $-1
	0x0106 00262 (range_over_func_defer_panic.go:43)	PCDATA	$0, $-2
	0x0106 00262 (range_over_func_defer_panic.go:43)	CALL	runtime.morestack_noctxt(SB)
	0x010b 00267 (range_over_func_defer_panic.go:43)	PCDATA	$0, $-1
	0x010b 00267 (range_over_func_defer_panic.go:43)	JMP	0
	0x0000 4c 8d 64 24 e8 4d 3b 66 10 0f 86 f7 00 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec 90 00 00 00 44 0f 11 7c 24 50  H..H......D..|$P
	0x0020 48 8d 0d 00 00 00 00 48 89 4c 24 60 48 8d 4c 24  H......H.L$`H.L$
	0x0030 50 48 89 4c 24 68 48 8d 4c 24 60 48 89 4c 24 20  PH.L$hH.L$`H.L$ 
	0x0040 48 8d 44 24 08 e8 00 00 00 00 e8 00 00 00 00 48  H.D$...........H
	0x0050 c7 44 24 48 01 00 00 00 48 8d 0d 00 00 00 00 48  .D$H....H......H
	0x0060 89 4c 24 70 48 8d 4c 24 48 48 89 4c 24 78 48 89  .L$pH.L$HH.L$xH.
	0x0070 84 24 80 00 00 00 48 89 9c 24 88 00 00 00 48 8d  .$....H..$....H.
	0x0080 0d 00 00 00 00 48 89 4c 24 38 48 c7 44 24 40 05  .....H.L$8H.D$@.
	0x0090 00 00 00 48 8d 44 24 70 48 8d 54 24 38 ff d1 48  ...H.D$pH.T$8..H
	0x00a0 83 7c 24 48 02 74 51 48 c7 44 24 48 03 00 00 00  .|$H.tQH.D$H....
	0x00b0 48 8d 05 00 00 00 00 48 89 44 24 50 48 c7 44 24  H......H.D$PH.D$
	0x00c0 58 08 00 00 00 e8 00 00 00 00 48 8b 44 24 50 48  X.........H.D$PH
	0x00d0 8b 5c 24 58 48 81 c4 90 00 00 00 5d c3 0f 1f 00  .\$XH......]....
	0x00e0 e8 00 00 00 00 48 8b 44 24 50 48 8b 5c 24 58 48  .....H.D$PH.\$XH
	0x00f0 81 c4 90 00 00 00 5d c3 b8 04 00 00 00 0f 1f 00  ......].........
	0x0100 e8 00 00 00 00 90 e8 00 00 00 00 e9 f0 fe ff ff  ................
	rel 35+4 t=R_PCREL main.bodyPanics.func1+0
	rel 70+4 t=R_CALL runtime.deferprocStack+0
	rel 75+4 t=R_CALL runtime.deferrangefunc+0
	rel 91+4 t=R_PCREL main.bodyPanics-range1+0
	rel 129+4 t=R_PCREL main.Seq.func1#kFf4nreaSqI=#+0
	rel 157+0 t=R_CALLIND +0
	rel 179+4 t=R_PCREL go:string."no panic"+0
	rel 198+4 t=R_CALL runtime.deferreturn+0
	rel 225+4 t=R_CALL runtime.deferreturn+0
	rel 257+4 t=R_CALL runtime.panicrangestate+0
	rel 263+4 t=R_CALL runtime.morestack_noctxt+0
main.Seq.func1#kFf4nreaSqI=# STEXT size=199 align=0x0 args=0x8 locals=0x40 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:5)	TEXT	main.Seq.func1#kFf4nreaSqI=#(SB), NEEDCTXT|ABIInternal, $64-8
	0x0000 00000 (range_over_func_defer_panic.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:5)	JLS	179
	0x000a 00010 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func_defer_panic.go:5)	PUSHQ	BP
	0x000b 00011 (range_over_func_defer_panic.go:5)	MOVQ	SP, BP
	0x000e 00014 (range_over_func_defer_panic.go:5)	SUBQ	$56, SP
	0x0012 00018 (range_over_func_defer_panic.go:5)	MOVQ	X15, 48(SP)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$1, gclocals·8xbbc5PsWar066JsPAuALg==(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$5, main.Seq.func1#kFf4nreaSqI=#.arginfo1(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$6, main.Seq.func1#kFf4nreaSqI=#.argliveinfo(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	FUNCDATA	$4, main.Seq.func1#kFf4nreaSqI=#.opendefer(SB)
	0x0019 00025 (range_over_func_defer_panic.go:5)	PCDATA	$3, $1
	0x0019 00025 (range_over_func_defer_panic.go:7)	MOVQ	AX, main.yield+72(SP)
	0x001e 00030 (range_over_func_defer_panic.go:7)	PCDATA	$3, $-1
	0x001e 00030 (range_over_func_defer_panic.go:5)	MOVB	$0, main..autotmp_6+15(SP)
	0x0023 00035 (range_over_func_defer_panic.go:5)	MOVQ	8(DX), CX
	0x0027 00039 (range_over_func_defer_panic.go:5)	MOVQ	CX, main.n+16(SP)
	0x002c 00044 (range_over_func_defer_panic.go:6)	LEAQ	main.Seq.func1#kFf4nreaSqI=#.deferwrap1(SB), BX
	0x0033 00051 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_5+32(SP)
	0x0038 00056 (range_over_func_defer_panic.go:6)	MOVQ	CX, main..autotmp_5+40(SP)
	0x003d 00061 (range_over_func_defer_panic.go:6)	LEAQ	main..autotmp_5+32(SP), BX
	0x0042 00066 (range_over_func_defer_panic.go:6)	MOVQ	BX, main..autotmp_8+48(SP)
	0x0047 00071 (range_over_func_defer_panic.go:6)	MOVB	$1, main..autotmp_6+15(SP)
	0x004c 00076 (range_over_func_defer_panic.go:6)	XORL	DX, DX
	0x004e 00078 (range_over_func_defer_panic.go:7)	JMP	98
	0x0050 00080 (range_over_func_defer_panic.go:7)	MOVQ	main.i+24(SP), DX
	0x0055 00085 (range_over_func_defer_panic.go:7)	INCQ	DX
	0x0058 00088 (range_over_func_defer_panic.go:8)	MOVQ	main.yield+72(SP), AX
	0x005d 00093 (range_over_func_defer_panic.go:7)	MOVQ	main.n+16(SP), CX
	0x0062 00098 (range_over_func_defer_panic.go:7)	CMPQ	DX, CX
	0x0065 00101 (range_over_func_defer_panic.go:7)	JGE	147
	0x0067 00103 (range_over_func_defer_panic.go:7)	MOVQ	DX, main.i+24(SP)
	0x006c 00108 (range_over_func_defer_panic.go:8)	MOVQ	(AX), CX
	0x006f 00111 (range_over_func_defer_panic.go:7)	MOVQ	AX, BX
	0x0072 00114 (range_over_func_defer_panic.go:8)	MOVQ	DX, AX
	0x0075 00117 (range_over_func_defer_panic.go:8)	MOVQ	BX, DX
	0x0078 00120 (range_over_func_defer_panic.go:8)	PCDATA	$1, $1
	0x0078 00120 (range_over_func_defer_panic.go:8)	CALL	CX
	0x007a 00122 (range_over_func_defer_panic.go:8)	TESTB	AL, AL
	0x007c 00124 (range_over_func_defer_panic.go:8)	JNE	80
	0x007e 00126 (range_over_func_defer_panic.go:9)	MOVB	$0, main..autotmp_6+15(SP)
	0x0083 00131 (range_over_func_defer_panic.go:9)	MOVQ	main..autotmp_8+48(SP), DX
	0x0088 00136 (range_over_func_defer_panic.go:9)	MOVQ	(DX), AX
	0x008b 00139 (range_over_func_defer_panic.go:9)	PCDATA	$1, $2
	0x008b 00139 (range_over_func_defer_panic.go:9)	CALL	AX
	0x008d 00141 (range_over_func_defer_panic.go:9)	ADDQ	$56, SP
	0x0091 00145 (range_over_func_defer_panic.go:9)	POPQ	BP
	0x0092 00146 (range_over_func_defer_panic.go:9)	RET
	0x0093 00147 (range_over_func_defer_panic.go:12)	MOVB	$0, main..autotmp_6+15(SP)
	0x0098 00152 (range_over_func_defer_panic.go:12)	MOVQ	main..autotmp_8+48(SP), DX
	0x009d 00157 (range_over_func_defer_panic.go:12)	MOVQ	(DX), AX
	0x00a0 00160 (range_over_func_defer_panic.go:12)	CALL	AX
	0x00a2 00162 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
	0x00a6 00166 (range_over_func_defer_panic.go:12)	POPQ	BP
	0x00a7 00167 (range_over_func_defer_panic.go:12)	RET
	0x00a8 00168 (range_over_func_defer_panic.go:12)	CALL	runtime.deferreturn(SB)
	0x00ad 00173 (range_over_func_defer_panic.go:12)	ADDQ	$56, SP
	0x00b1 00177 (range_over_func_defer_panic.go:12)	POPQ	BP
	0x00b2 00178 (range_over_func_defer_panic.go:12)	RET
	0x00b3 00179 (range_over_func_defer_panic.go:12)	NOP
	0x00b3 00179 (range_over_func_defer_panic.go:5)	PCDATA	$1, $-1
	0x00b3 00179 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-2
	0x00b3 00179 (range_over_func_defer_panic.go:5)	MOVQ	AX, 8(SP)
	0x00b8 00184 (range_over_func_defer_panic.go:5)	CALL	runtime.morestack(SB)
	0x00bd 00189 (range_over_func_defer_panic.go:5)	PCDATA	$0, $-1
	0x00bd 00189 (range_over_func_defer_panic.go:5)	MOVQ	8(SP), AX
	0x00c2 00194 (range_over_func_defer_panic.go:5)	JMP	0
	0x0000 49 3b 66 10 0f 86 a9 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 66 44 0f d6 7c 24 30 48 89 44 24 48 c6 44  .8fD..|$0H.D$H.D
	0x0020 24 0f 00 48 8b 4a 08 48 89 4c 24 10 48 8d 1d 00  $..H.J.H.L$.H...
	0x0030 00 00 00 48 89 5c 24 20 48 89 4c 24 28 48 8d 5c  ...H.\$ H.L$(H.\
	0x0040 24 20 48 89 5c 24 30 c6 44 24 0f 01 31 d2 eb 12  $ H.\$0.D$..1...
	0x0050 48 8b 54 24 18 48 ff c2 48 8b 44 24 48 48 8b 4c  H.T$.H..H.D$HH.L
	0x0060 24 10 48 39 ca 7d 2c 48 89 54 24 18 48 8b 08 48  $.H9.},H.T$.H..H
	0x0070 89 c3 48 89 d0 48 89 da ff d1 84 c0 75 d2 c6 44  ..H..H......u..D
	0x0080 24 0f 00 48 8b 54 24 30 48 8b 02 ff d0 48 83 c4  $..H.T$0H....H..
	0x0090 38 5d c3 c6 44 24 0f 00 48 8b 54 24 30 48 8b 02  8]..D$..H.T$0H..
	0x00a0 ff d0 48 83 c4 38 5d c3 e8 00 00 00 00 48 83 c4  ..H..8]......H..
	0x00b0 38 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44  8].H.D$......H.D
	0x00c0 24 08 e9 39 ff ff ff                             $..9...
	rel 47+4 t=R_PCREL main.Seq.func1#kFf4nreaSqI=#.deferwrap1+0
	rel 120+0 t=R_CALLIND +0
	rel 139+0 t=R_CALLIND +0
	rel 160+0 t=R_CALLIND +0
	rel 169+4 t=R_CALL runtime.deferreturn+0
	rel 185+4 t=R_CALL runtime.morestack+0
main.Seq.func1#kFf4nreaSqI=#.deferwrap1 STEXT size=82 align=0x0 args=0x0 locals=0x20 funcid=0x17
	0x0000 00000 (range_over_func_defer_panic.go:6)	TEXT	main.Seq.func1#kFf4nreaSqI=#.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (range_over_func_defer_panic.go:6)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:6)	JLS	75
	0x0006 00006 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func_defer_panic.go:6)	PUSHQ	BP
	0x0007 00007 (range_over_func_defer_panic.go:6)	MOVQ	SP, BP
	0x000a 00010 (range_over_func_defer_panic.go:6)	SUBQ	$24, SP
	0x000e 00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:6)	MOVQ	8(DX), AX
	0x0012 00018 (range_over_func_defer_panic.go:6)	MOVQ	AX, main..autotmp_1+16(SP)
	0x0017 00023 (range_over_func_defer_panic.go:6)	PCDATA	$1, $0
	0x0017 00023 (range_over_func_defer_panic.go:6)	CALL	runtime.printlock(SB)
	0x001c 00028 (range_over_func_defer_panic.go:6)	LEAQ	go:string."iterator done "(SB), AX
	0x0023 00035 (range_over_func_defer_panic.go:6)	MOVL	$14, BX
	0x0028 00040 (range_over_func_defer_panic.go:6)	CALL	runtime.printstring(SB)
	0x002d 00045 (range_over_func_defer_panic.go:6)	MOVQ	main..autotmp_1+16(SP), AX
	0x0032 00050 (range_over_func_defer_panic.go:6)	CALL	runtime.printint(SB)
	0x0037 00055 (range_over_func_defer_panic.go:6)	CALL	runtime.printnl(SB)
	0x003c 00060 (range_over_func_defer_panic.go:6)	NOP
	0x0040 00064 (range_over_func_defer_panic.go:6)	CALL	runtime.printunlock(SB)
	0x0045 00069 (range_over_func_defer_panic.go:6)	ADDQ	$24, SP
	0x0049 00073 (range_over_func_defer_panic.go:6)	POPQ	BP
	0x004a 00074 (range_over_func_defer_panic.go:6)	RET
	0x004b 00075 (range_over_func_defer_panic.go:6)	NOP
	0x004b 00075 (range_over_func_defer_panic.go:6)	PCDATA	$1, $-1
	0x004b 00075 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-2
	0x004b 00075 (range_over_func_defer_panic.go:6)	CALL	runtime.morestack(SB)
	0x0050 00080 (range_over_func_defer_panic.go:6)	PCDATA	$0, $-1
	0x0050 00080 (range_over_func_defer_panic.go:6)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 18 48 8b  I;f.vEUH..H...H.
	0x0010 42 08 48 89 44 24 10 e8 00 00 00 00 48 8d 05 00  B.H.D$......H...
	0x0020 00 00 00 bb 0e 00 00 00 e8 00 00 00 00 48 8b 44  .............H.D
	0x0030 24 10 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $.............@.
	0x0040 e8 00 00 00 00 48 83 c4 18 5d c3 e8 00 00 00 00  .....H...]......
	0x0050 eb ae                                            ..
	rel 24+4 t=R_CALL runtime.printlock+0
	rel 31+4 t=R_PCREL go:string."iterator done "+0
	rel 41+4 t=R_CALL runtime.printstring+0
	rel 51+4 t=R_CALL runtime.printint+0
	rel 56+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 76+4 t=R_CALL runtime.morestack+0
main.bodyPanics-range1 STEXT size=243 align=0x0 args=0x8 locals=0x48 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:49)	TEXT	main.bodyPanics-range1(SB), NEEDCTXT|ABIInternal, $72-8
	0x0000 00000 (range_over_func_defer_panic.go:49)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:49)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:49)	JLS	223
	0x000a 00010 (range_over_func_defer_panic.go:49)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func_defer_panic.go:49)	PUSHQ	BP
	0x000b 00011 (range_over_func_defer_panic.go:49)	MOVQ	SP, BP
	0x000e 00014 (range_over_func_defer_panic.go:49)	SUBQ	$64, SP
	0x0012 00018 (range_over_func_defer_panic.go:49)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:49)	FUNCDATA	$1, gclocals·jhtnfT9Ar3jfo030EBhkFg==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:49)	FUNCDATA	$5, main.bodyPanics-range1.arginfo1(SB)
	0x0012 00018 (range_over_func_defer_panic.go:49)	FUNCDATA	$6, main.bodyPanics-range1.argliveinfo(SB)
	0x0012 00018 (range_over_func_defer_panic.go:49)	PCDATA	$3, $1
	0x0012 00018 (range_over_func_defer_panic.go:49)	MOVQ	8(DX), SI
	0x0016 00022 (range_over_func_defer_panic.go:49)	MOVQ	16(DX), DI
	0x001a 00026 (range_over_func_defer_panic.go:49)	MOVQ	24(DX), DX
	0x001e 00030 (range_over_func_defer_panic.go:49)	MOVB	$0, go:builtin.#r+39(SP)
	0x0023 00035 (range_over_func_defer_panic.go:49)	MOVQ	(SI), R8
	0x0026 00038 (range_over_func_defer_panic.go:49)	MOVQ	$2, (SI)
	0x002d 00045 (range_over_func_defer_panic.go:49)	CMPQ	R8, $1
	0x0031 00049 (range_over_func_defer_panic.go:49)	JNE	214
	0x0037 00055 (range_over_func_defer_panic.go:49)	MOVQ	AX, main.v+80(SP)
	0x003c 00060 (range_over_func_defer_panic.go:49)	PCDATA	$3, $-1
	0x003c 00060 (range_over_func_defer_panic.go:49)	MOVQ	SI, main.&#state1+48(SP)
	0x0041 00065 (range_over_func_defer_panic.go:49)	MOVQ	DX, main.#defers.data+56(SP)
	0x0046 00070 (range_over_func_defer_panic.go:49)	MOVQ	DI, main.#defers.type+40(SP)
	0x004b 00075 (range_over_func_defer_panic.go:50)	MOVL	$16, AX
	0x0050 00080 (range_over_func_defer_panic.go:50)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
	0x0057 00087 (range_over_func_defer_panic.go:50)	MOVL	$1, CX
	0x005c 00092 (range_over_func_defer_panic.go:50)	PCDATA	$1, $1
	0x005c 00092 (range_over_func_defer_panic.go:50)	NOP
	0x0060 00096 (range_over_func_defer_panic.go:50)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x0065 00101 (range_over_func_defer_panic.go:50)	LEAQ	main.bodyPanics-range1.deferwrap1(SB), DX
	0x006c 00108 (range_over_func_defer_panic.go:50)	MOVQ	DX, (AX)
	0x006f 00111 (range_over_func_defer_panic.go:50)	MOVQ	main.v+80(SP), DX
	0x0074 00116 (range_over_func_defer_panic.go:50)	MOVQ	DX, 8(AX)
	0x0078 00120 (range_over_func_defer_panic.go:50)	MOVQ	main.#defers.type+40(SP), BX
	0x007d 00125 (range_over_func_defer_panic.go:50)	MOVQ	main.#defers.data+56(SP), CX
	0x0082 00130 (range_over_func_defer_panic.go:50)	PCDATA	$1, $2
	0x0082 00130 (range_over_func_defer_panic.go:50)	CALL	runtime.deferprocat(SB)
	0x0087 00135 (range_over_func_defer_panic.go:51)	MOVQ	main.v+80(SP), CX
	0x008c 00140 (range_over_func_defer_panic.go:51)	CMPQ	CX, $1
	0x0090 00144 (range_over_func_defer_panic.go:51)	JEQ	195
	0x0092 00146 (range_over_func_defer_panic.go:54)	MOVQ	main.&#state1+48(SP), AX
	0x0097 00151 (range_over_func_defer_panic.go:54)	MOVQ	$1, (AX)
	0x009e 00158 (range_over_func_defer_panic.go:54)	MOVB	$1, go:builtin.#r+39(SP)
	0x00a3 00163 (range_over_func_defer_panic.go:54)	PCDATA	$1, $0
	0x00a3 00163 (range_over_func_defer_panic.go:54)	CALL	runtime.deferreturn(SB)
	0x00a8 00168 (range_over_func_defer_panic.go:54)	MOVBLZX	go:builtin.#r+39(SP), AX
	0x00ad 00173 (range_over_func_defer_panic.go:54)	ADDQ	$64, SP
	0x00b1 00177 (range_over_func_defer_panic.go:54)	POPQ	BP
	0x00b2 00178 (range_over_func_defer_panic.go:54)	RET
	0x00b3 00179 (range_over_func_defer_panic.go:54)	CALL	runtime.deferreturn(SB)
	0x00b8 00184 (range_over_func_defer_panic.go:50)	MOVBLZX	go:builtin.#r+39(SP), AX
	0x00bd 00189 (range_over_func_defer_panic.go:54)	ADDQ	$64, SP
	0x00c1 00193 (range_over_func_defer_panic.go:54)	POPQ	BP
	0x00c2 00194 (range_over_func_defer_panic.go:54)	RET
	0x00c3 00195 (range_over_func_defer_panic.go:52)	LEAQ	type:string(SB), AX
	0x00ca 00202 (range_over_func_defer_panic.go:52)	LEAQ	main..stmp_0(SB), BX
	0x00d1 00209 (range_over_func_defer_panic.go:52)	CALL	runtime.gopanic(SB)
	0x00d6 00214 (range_over_func_defer_panic.go:52)	PCDATA	$3, $1
	0x00d6 00214 (range_over_func_defer_panic.go:49)	MOVQ	R8, AX
	0x00d9 00217 (range_over_func_defer_panic.go:49)	CALL	runtime.panicrangestate(SB)
	0x00de 00222 (range_over_func_defer_panic.go:49)	XCHGL	AX, AX
	0x00df 00223 (range_over_func_defer_panic.go:49)	NOP
	0x00df 00223 (range_over_func_defer_panic.go:49)	PCDATA	$1, $-1
	0x00df 00223 (range_over_func_defer_panic.go:49)	PCDATA	$0, $-2
	0x00df 00223 (range_over_func_defer_panic.go:49)	MOVQ	AX, 8(SP)
	0x00e4 00228 (range_over_func_defer_panic.go:49)	CALL	runtime.morestack(SB)
	0x00e9 00233 (range_over_func_defer_panic.go:49)	PCDATA	$0, $-1
	0x00e9 00233 (range_over_func_defer_panic.go:49)	MOVQ	8(SP), AX
	0x00ee 00238 (range_over_func_defer_panic.go:49)	JMP	0
	0x0000 49 3b 66 10 0f 86 d5 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 48 8b 72 08 48 8b 7a 10 48 8b 52 18 c6 44  .@H.r.H.z.H.R..D
	0x0020 24 27 00 4c 8b 06 48 c7 06 02 00 00 00 49 83 f8  $'.L..H......I..
	0x0030 01 0f 85 9f 00 00 00 48 89 44 24 50 48 89 74 24  .......H.D$PH.t$
	0x0040 30 48 89 54 24 38 48 89 7c 24 28 b8 10 00 00 00  0H.T$8H.|$(.....
	0x0050 48 8d 1d 00 00 00 00 b9 01 00 00 00 0f 1f 40 00  H.............@.
	0x0060 e8 00 00 00 00 48 8d 15 00 00 00 00 48 89 10 48  .....H......H..H
	0x0070 8b 54 24 50 48 89 50 08 48 8b 5c 24 28 48 8b 4c  .T$PH.P.H.\$(H.L
	0x0080 24 38 e8 00 00 00 00 48 8b 4c 24 50 48 83 f9 01  $8.....H.L$PH...
	0x0090 74 31 48 8b 44 24 30 48 c7 00 01 00 00 00 c6 44  t1H.D$0H.......D
	0x00a0 24 27 01 e8 00 00 00 00 0f b6 44 24 27 48 83 c4  $'........D$'H..
	0x00b0 40 5d c3 e8 00 00 00 00 0f b6 44 24 27 48 83 c4  @]........D$'H..
	0x00c0 40 5d c3 48 8d 05 00 00 00 00 48 8d 1d 00 00 00  @].H......H.....
	0x00d0 00 e8 00 00 00 00 4c 89 c0 e8 00 00 00 00 90 48  ......L........H
	0x00e0 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08 e9 0d  .D$......H.D$...
	0x00f0 ff ff ff                                         ...
	rel 3+0 t=R_USEIFACE type:string+0
	rel 83+4 t=R_PCREL type:noalg.struct { F uintptr; X0 int }+0
	rel 97+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 104+4 t=R_PCREL main.bodyPanics-range1.deferwrap1+0
	rel 131+4 t=R_CALL runtime.deferprocat+0
	rel 164+4 t=R_CALL runtime.deferreturn+0
	rel 180+4 t=R_CALL runtime.deferreturn+0
	rel 198+4 t=R_PCREL type:string+0
	rel 205+4 t=R_PCREL main..stmp_0+0
	rel 210+4 t=R_CALL runtime.gopanic+0
	rel 218+4 t=R_CALL runtime.panicrangestate+0
	rel 229+4 t=R_CALL runtime.morestack+0
main.bodyPanics-range1.deferwrap1 STEXT size=82 align=0x0 args=0x0 locals=0x20 funcid=0x17
	0x0000 00000 (range_over_func_defer_panic.go:50)	TEXT	main.bodyPanics-range1.deferwrap1(SB), WRAPPER|NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (range_over_func_defer_panic.go:50)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:50)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:50)	JLS	75
	0x0006 00006 (range_over_func_defer_panic.go:50)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func_defer_panic.go:50)	PUSHQ	BP
	0x0007 00007 (range_over_func_defer_panic.go:50)	MOVQ	SP, BP
	0x000a 00010 (range_over_func_defer_panic.go:50)	SUBQ	$24, SP
	0x000e 00014 (range_over_func_defer_panic.go:50)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:50)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:50)	MOVQ	8(DX), AX
	0x0012 00018 (range_over_func_defer_panic.go:50)	MOVQ	AX, main..autotmp_3+16(SP)
	0x0017 00023 (range_over_func_defer_panic.go:50)	PCDATA	$1, $0
	0x0017 00023 (range_over_func_defer_panic.go:50)	CALL	runtime.printlock(SB)
	0x001c 00028 (range_over_func_defer_panic.go:50)	LEAQ	go:string."panicking loop defer "(SB), AX
	0x0023 00035 (range_over_func_defer_panic.go:50)	MOVL	$21, BX
	0x0028 00040 (range_over_func_defer_panic.go:50)	CALL	runtime.printstring(SB)
	0x002d 00045 (range_over_func_defer_panic.go:50)	MOVQ	main..autotmp_3+16(SP), AX
	0x0032 00050 (range_over_func_defer_panic.go:50)	CALL	runtime.printint(SB)
	0x0037 00055 (range_over_func_defer_panic.go:50)	CALL	runtime.printnl(SB)
	0x003c 00060 (range_over_func_defer_panic.go:50)	NOP
	0x0040 00064 (range_over_func_defer_panic.go:50)	CALL	runtime.printunlock(SB)
	0x0045 00069 (range_over_func_defer_panic.go:50)	ADDQ	$24, SP
	0x0049 00073 (range_over_func_defer_panic.go:50)	POPQ	BP
	0x004a 00074 (range_over_func_defer_panic.go:50)	RET
	0x004b 00075 (range_over_func_defer_panic.go:50)	NOP
	0x004b 00075 (range_over_func_defer_panic.go:50)	PCDATA	$1, $-1
	0x004b 00075 (range_over_func_defer_panic.go:50)	PCDATA	$0, $-2
	0x004b 00075 (range_over_func_defer_panic.go:50)	CALL	runtime.morestack(SB)
	0x0050 00080 (range_over_func_defer_panic.go:50)	PCDATA	$0, $-1
	0x0050 00080 (range_over_func_defer_panic.go:50)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 18 48 8b  I;f.vEUH..H...H.
	0x0010 42 08 48 89 44 24 10 e8 00 00 00 00 48 8d 05 00  B.H.D$......H...
	0x0020 00 00 00 bb 15 00 00 00 e8 00 00 00 00 48 8b 44  .............H.D
	0x0030 24 10 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $.............@.
	0x0040 e8 00 00 00 00 48 83 c4 18 5d c3 e8 00 00 00 00  .....H...]......
	0x0050 eb ae                                            ..
	rel 24+4 t=R_CALL runtime.printlock+0
	rel 31+4 t=R_PCREL go:string."panicking loop defer "+0
	rel 41+4 t=R_CALL runtime.printstring+0
	rel 51+4 t=R_CALL runtime.printint+0
	rel 56+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 76+4 t=R_CALL runtime.morestack+0
main.bodyPanics.func1 STEXT size=148 align=0x0 args=0x0 locals=0x38 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:44)	TEXT	main.bodyPanics.func1(SB), NEEDCTXT|ABIInternal, $56-0
	0x0000 00000 (range_over_func_defer_panic.go:44)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:44)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:44)	JLS	138
	0x000a 00010 (range_over_func_defer_panic.go:44)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func_defer_panic.go:44)	PUSHQ	BP
	0x000b 00011 (range_over_func_defer_panic.go:44)	MOVQ	SP, BP
	0x000e 00014 (range_over_func_defer_panic.go:44)	SUBQ	$48, SP
	0x0012 00018 (range_over_func_defer_panic.go:44)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:44)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:44)	MOVQ	8(DX), AX
	0x0016 00022 (range_over_func_defer_panic.go:44)	MOVQ	AX, main.&msg+40(SP)
	0x001b 00027 (range_over_func_defer_panic.go:45)	PCDATA	$1, $1
	0x001b 00027 (range_over_func_defer_panic.go:45)	NOP
	0x0020 00032 (range_over_func_defer_panic.go:45)	CALL	runtime.gorecover(SB)
	0x0025 00037 (range_over_func_defer_panic.go:45)	TESTQ	AX, AX
	0x0028 00040 (range_over_func_defer_panic.go:45)	JEQ	116
	0x002a 00042 (range_over_func_defer_panic.go:46)	LEAQ	type:string(SB), DX
	0x0031 00049 (range_over_func_defer_panic.go:46)	CMPQ	AX, DX
	0x0034 00052 (range_over_func_defer_panic.go:46)	JNE	122
	0x0036 00054 (range_over_func_defer_panic.go:46)	MOVQ	(BX), DI
	0x0039 00057 (range_over_func_defer_panic.go:46)	MOVQ	8(BX), SI
	0x003d 00061 (range_over_func_defer_panic.go:46)	XORL	AX, AX
	0x003f 00063 (range_over_func_defer_panic.go:46)	LEAQ	go:string."recovered: "(SB), BX
	0x0046 00070 (range_over_func_defer_panic.go:46)	MOVL	$11, CX
	0x004b 00075 (range_over_func_defer_panic.go:46)	CALL	runtime.concatstring2(SB)
	0x0050 00080 (range_over_func_defer_panic.go:46)	MOVQ	main.&msg+40(SP), DX
	0x0055 00085 (range_over_func_defer_panic.go:46)	MOVQ	BX, 8(DX)
	0x0059 00089 (range_over_func_defer_panic.go:46)	CMPL	runtime.writeBarrier(SB), $0
	0x0060 00096 (range_over_func_defer_panic.go:46)	PCDATA	$0, $-2
	0x0060 00096 (range_over_func_defer_panic.go:46)	JEQ	113
	0x0062 00098 (range_over_func_defer_panic.go:46)	MOVQ	(DX), CX
	0x0065 00101 (range_over_func_defer_panic.go:46)	CALL	runtime.gcWriteBarrier2(SB)
	0x006a 00106 (range_over_func_defer_panic.go:46)	MOVQ	AX, (R11)
	0x006d 00109 (range_over_func_defer_panic.go:46)	MOVQ	CX, 8(R11)
	0x0071 00113 (range_over_func_defer_panic.go:46)	MOVQ	AX, (DX)
	0x0074 00116 (range_over_func_defer_panic.go:48)	PCDATA	$0, $-1
	0x0074 00116 (range_over_func_defer_panic.go:48)	ADDQ	$48, SP
	0x0078 00120 (range_over_func_defer_panic.go:48)	POPQ	BP
	0x0079 00121 (range_over_func_defer_panic.go:48)	RET
	0x007a 00122 (range_over_func_defer_panic.go:46)	MOVQ	DX, BX
	0x007d 00125 (range_over_func_defer_panic.go:46)	LEAQ	type:interface {}(SB), CX
	0x0084 00132 (range_over_func_defer_panic.go:46)	PCDATA	$1, $0
	0x0084 00132 (range_over_func_defer_panic.go:46)	CALL	runtime.panicdottypeE(SB)
	0x0089 00137 (range_over_func_defer_panic.go:46)	XCHGL	AX, AX
	0x008a 00138 (range_over_func_defer_panic.go:46)	NOP
	0x008a 00138 (range_over_func_defer_panic.go:44)	PCDATA	$1, $-1
	0x008a 00138 (range_over_func_defer_panic.go:44)	PCDATA	$0, $-2
	0x008a 00138 (range_over_func_defer_panic.go:44)	CALL	runtime.morestack(SB)
	0x008f 00143 (range_over_func_defer_panic.go:44)	PCDATA	$0, $-1
	0x008f 00143 (range_over_func_defer_panic.go:44)	JMP	0
	0x0000 49 3b 66 10 0f 86 80 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 30 48 8b 42 08 48 89 44 24 28 0f 1f 44 00 00  .0H.B.H.D$(..D..
	0x0020 e8 00 00 00 00 48 85 c0 74 4a 48 8d 15 00 00 00  .....H..tJH.....
	0x0030 00 48 39 d0 75 44 48 8b 3b 48 8b 73 08 31 c0 48  .H9.uDH.;H.s.1.H
	0x0040 8d 1d 00 00 00 00 b9 0b 00 00 00 e8 00 00 00 00  ................
	0x0050 48 8b 54 24 28 48 89 5a 08 83 3d 00 00 00 00 00  H.T$(H.Z..=.....
	0x0060 74 0f 48 8b 0a e8 00 00 00 00 49 89 03 49 89 4b  t.H.......I..I.K
	0x0070 08 48 89 02 48 83 c4 30 5d c3 48 89 d3 48 8d 0d  .H..H..0].H..H..
	0x0080 00 00 00 00 e8 00 00 00 00 90 e8 00 00 00 00 e9  ................
	0x0090 6c ff ff ff                                      l...
	rel 33+4 t=R_CALL runtime.gorecover+0
	rel 45+4 t=R_PCREL type:string+0
	rel 66+4 t=R_PCREL go:string."recovered: "+0
	rel 76+4 t=R_CALL runtime.concatstring2+0
	rel 91+4 t=R_PCREL runtime.writeBarrier+-1
	rel 102+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 128+4 t=R_PCREL type:interface {}+0
	rel 133+4 t=R_CALL runtime.panicdottypeE+0
	rel 139+4 t=R_CALL runtime.morestack+0
main.main STEXT size=170 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (range_over_func_defer_panic.go:58)	TEXT	main.main(SB), ABIInternal, $40-0
	0x0000 00000 (range_over_func_defer_panic.go:58)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:58)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:58)	JLS	157
	0x000a 00010 (range_over_func_defer_panic.go:58)	PCDATA	$0, $-1
	0x000a 00010 (range_over_func_defer_panic.go:58)	PUSHQ	BP
	0x000b 00011 (range_over_func_defer_panic.go:58)	MOVQ	SP, BP
	0x000e 00014 (range_over_func_defer_panic.go:58)	SUBQ	$32, SP
	0x0012 00018 (range_over_func_defer_panic.go:58)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:58)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0012 00018 (range_over_func_defer_panic.go:59)	PCDATA	$1, $0
	0x0012 00018 (range_over_func_defer_panic.go:59)	CALL	main.order(SB)
	0x0017 00023 (range_over_func_defer_panic.go:60)	CALL	main.nested(SB)
	0x001c 00028 (range_over_func_defer_panic.go:60)	MOVQ	AX, main..autotmp_2+24(SP)
	0x0021 00033 (range_over_func_defer_panic.go:60)	MOVQ	BX, main..autotmp_3+16(SP)
	0x0026 00038 (range_over_func_defer_panic.go:60)	PCDATA	$1, $1
	0x0026 00038 (range_over_func_defer_panic.go:60)	CALL	runtime.printlock(SB)
	0x002b 00043 (range_over_func_defer_panic.go:60)	MOVQ	main..autotmp_2+24(SP), AX
	0x0030 00048 (range_over_func_defer_panic.go:60)	MOVQ	main..autotmp_3+16(SP), BX
	0x0035 00053 (range_over_func_defer_panic.go:60)	PCDATA	$1, $0
	0x0035 00053 (range_over_func_defer_panic.go:60)	CALL	runtime.printstring(SB)
	0x003a 00058 (range_over_func_defer_panic.go:60)	CALL	runtime.printnl(SB)
	0x003f 00063 (range_over_func_defer_panic.go:60)	NOP
	0x0040 00064 (range_over_func_defer_panic.go:60)	CALL	runtime.printunlock(SB)
	0x0045 00069 (range_over_func_defer_panic.go:61)	CALL	main.earlyReturn(SB)
	0x004a 00074 (range_over_func_defer_panic.go:61)	MOVQ	AX, main..autotmp_3+16(SP)
	0x004f 00079 (range_over_func_defer_panic.go:61)	CALL	runtime.printlock(SB)
	0x0054 00084 (range_over_func_defer_panic.go:61)	MOVQ	main..autotmp_3+16(SP), AX
	0x0059 00089 (range_over_func_defer_panic.go:61)	CALL	runtime.printint(SB)
	0x005e 00094 (range_over_func_defer_panic.go:61)	NOP
	0x0060 00096 (range_over_func_defer_panic.go:61)	CALL	runtime.printnl(SB)
	0x0065 00101 (range_over_func_defer_panic.go:61)	CALL	runtime.printunlock(SB)
	0x006a 00106 (range_over_func_defer_panic.go:62)	CALL	main.bodyPanics(SB)
	0x006f 00111 (range_over_func_defer_panic.go:62)	MOVQ	AX, main..autotmp_2+24(SP)
	0x0074 00116 (range_over_func_defer_panic.go:62)	MOVQ	BX, main..autotmp_3+16(SP)
	0x0079 00121 (range_over_func_defer_panic.go:62)	PCDATA	$1, $1
	0x0079 00121 (range_over_func_defer_panic.go:62)	CALL	runtime.printlock(SB)
	0x007e 00126 (range_over_func_defer_panic.go:62)	MOVQ	main..autotmp_2+24(SP), AX
	0x0083 00131 (range_over_func_defer_panic.go:62)	MOVQ	main..autotmp_3+16(SP), BX
	0x0088 00136 (range_over_func_defer_panic.go:62)	PCDATA	$1, $0
	0x0088 00136 (range_over_func_defer_panic.go:62)	CALL	runtime.printstring(SB)
	0x008d 00141 (range_over_func_defer_panic.go:62)	CALL	runtime.printnl(SB)
	0x0092 00146 (range_over_func_defer_panic.go:62)	CALL	runtime.printunlock(SB)
	0x0097 00151 (range_over_func_defer_panic.go:63)	ADDQ	$32, SP
	0x009b 00155 (range_over_func_defer_panic.go:63)	POPQ	BP
	0x009c 00156 (range_over_func_defer_panic.go:63)	RET
	0x009d 00157 (range_over_func_defer_panic.go:63)	NOP
	0x009d 00157 (range_over_func_defer_panic.go:58)	PCDATA	$1, $-1
	0x009d 00157 (range_over_func_defer_panic.go:58)	PCDATA	$0, $-2
	0x009d 00157 (range_over_func_defer_panic.go:58)	NOP
	0x00a0 00160 (range_over_func_defer_panic.go:58)	CALL	runtime.morestack_noctxt(SB)
	0x00a5 00165 (range_over_func_defer_panic.go:58)	PCDATA	$0, $-1
	0x00a5 00165 (range_over_func_defer_panic.go:58)	JMP	0
	0x0000 49 3b 66 10 0f 86 93 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 20 e8 00 00 00 00 e8 00 00 00 00 48 89 44 24  . ..........H.D$
	0x0020 18 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24 18  .H.\$......H.D$.
	0x0030 48 8b 5c 24 10 e8 00 00 00 00 e8 00 00 00 00 90  H.\$............
	0x0040 e8 00 00 00 00 e8 00 00 00 00 48 89 44 24 10 e8  ..........H.D$..
	0x0050 00 00 00 00 48 8b 44 24 10 e8 00 00 00 00 66 90  ....H.D$......f.
	0x0060 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0070 89 44 24 18 48 89 5c 24 10 e8 00 00 00 00 48 8b  .D$.H.\$......H.
	0x0080 44 24 18 48 8b 5c 24 10 e8 00 00 00 00 e8 00 00  D$.H.\$.........
	0x0090 00 00 e8 00 00 00 00 48 83 c4 20 5d c3 0f 1f 00  .......H.. ]....
	0x00a0 e8 00 00 00 00 e9 56 ff ff ff                    ......V...
	rel 19+4 t=R_CALL main.order+0
	rel 24+4 t=R_CALL main.nested+0
	rel 39+4 t=R_CALL runtime.printlock+0
	rel 54+4 t=R_CALL runtime.printstring+0
	rel 59+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 70+4 t=R_CALL main.earlyReturn+0
	rel 80+4 t=R_CALL runtime.printlock+0
	rel 90+4 t=R_CALL runtime.printint+0
	rel 97+4 t=R_CALL runtime.printnl+0
	rel 102+4 t=R_CALL runtime.printunlock+0
	rel 107+4 t=R_CALL main.bodyPanics+0
	rel 122+4 t=R_CALL runtime.printlock+0
	rel 137+4 t=R_CALL runtime.printstring+0
	rel 142+4 t=R_CALL runtime.printnl+0
	rel 147+4 t=R_CALL runtime.printunlock+0
	rel 161+4 t=R_CALL runtime.morestack_noctxt+0
main.order.deferwrap1 STEXT size=55 align=0x0 args=0x0 locals=0x18 funcid=0x17
	0x0000 00000 (range_over_func_defer_panic.go:16)	TEXT	main.order.deferwrap1(SB), WRAPPER|ABIInternal, $24-0
	0x0000 00000 (range_over_func_defer_panic.go:16)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:16)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:16)	JLS	48
	0x0006 00006 (range_over_func_defer_panic.go:16)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func_defer_panic.go:16)	PUSHQ	BP
	0x0007 00007 (range_over_func_defer_panic.go:16)	MOVQ	SP, BP
	0x000a 00010 (range_over_func_defer_panic.go:16)	SUBQ	$16, SP
	0x000e 00014 (range_over_func_defer_panic.go:16)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:16)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:16)	PCDATA	$1, $0
	0x000e 00014 (range_over_func_defer_panic.go:16)	CALL	runtime.printlock(SB)
	0x0013 00019 (range_over_func_defer_panic.go:16)	LEAQ	go:string."deferred before the loop\n"(SB), AX
	0x001a 00026 (range_over_func_defer_panic.go:16)	MOVL	$25, BX
	0x001f 00031 (range_over_func_defer_panic.go:16)	NOP
	0x0020 00032 (range_over_func_defer_panic.go:16)	CALL	runtime.printstring(SB)
	0x0025 00037 (range_over_func_defer_panic.go:16)	CALL	runtime.printunlock(SB)
	0x002a 00042 (range_over_func_defer_panic.go:16)	ADDQ	$16, SP
	0x002e 00046 (range_over_func_defer_panic.go:16)	POPQ	BP
	0x002f 00047 (range_over_func_defer_panic.go:16)	RET
	0x0030 00048 (range_over_func_defer_panic.go:16)	NOP
	0x0030 00048 (range_over_func_defer_panic.go:16)	PCDATA	$1, $-1
	0x0030 00048 (range_over_func_defer_panic.go:16)	PCDATA	$0, $-2
	0x0030 00048 (range_over_func_defer_panic.go:16)	CALL	runtime.morestack_noctxt(SB)
	0x0035 00053 (range_over_func_defer_panic.go:16)	PCDATA	$0, $-1
	0x0035 00053 (range_over_func_defer_panic.go:16)	JMP	0
	0x0000 49 3b 66 10 76 2a 55 48 89 e5 48 83 ec 10 e8 00  I;f.v*UH..H.....
	0x0010 00 00 00 48 8d 05 00 00 00 00 bb 19 00 00 00 90  ...H............
	0x0020 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 10 5d c3  ..........H...].
	0x0030 e8 00 00 00 00 eb c9                             .......
	rel 15+4 t=R_CALL runtime.printlock+0
	rel 22+4 t=R_PCREL go:string."deferred before the loop\n"+0
	rel 33+4 t=R_CALL runtime.printstring+0
	rel 38+4 t=R_CALL runtime.printunlock+0
	rel 49+4 t=R_CALL runtime.morestack_noctxt+0
main.order.deferwrap2 STEXT size=55 align=0x0 args=0x0 locals=0x18 funcid=0x17
	0x0000 00000 (range_over_func_defer_panic.go:20)	TEXT	main.order.deferwrap2(SB), WRAPPER|ABIInternal, $24-0
	0x0000 00000 (range_over_func_defer_panic.go:20)	CMPQ	SP, 16(R14)
	0x0004 00004 (range_over_func_defer_panic.go:20)	PCDATA	$0, $-2
	0x0004 00004 (range_over_func_defer_panic.go:20)	JLS	48
	0x0006 00006 (range_over_func_defer_panic.go:20)	PCDATA	$0, $-1
	0x0006 00006 (range_over_func_defer_panic.go:20)	PUSHQ	BP
	0x0007 00007 (range_over_func_defer_panic.go:20)	MOVQ	SP, BP
	0x000a 00010 (range_over_func_defer_panic.go:20)	SUBQ	$16, SP
	0x000e 00014 (range_over_func_defer_panic.go:20)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:20)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (range_over_func_defer_panic.go:20)	PCDATA	$1, $0
	0x000e 00014 (range_over_func_defer_panic.go:20)	CALL	runtime.printlock(SB)
	0x0013 00019 (range_over_func_defer_panic.go:20)	LEAQ	go:string."deferred after the loop\n"(SB), AX
	0x001a 00026 (range_over_func_defer_panic.go:20)	MOVL	$24, BX
	0x001f 00031 (range_over_func_defer_panic.go:20)	NOP
	0x0020 00032 (range_over_func_defer_panic.go:20)	CALL	runtime.printstring(SB)
	0x0025 00037 (range_over_func_defer_panic.go:20)	CALL	runtime.printunlock(SB)
	0x002a 00042 (range_over_func_defer_panic.go:20)	ADDQ	$16, SP
	0x002e 00046 (range_over_func_defer_panic.go:20)	POPQ	BP
	0x002f 00047 (range_over_func_defer_panic.go:20)	RET
	0x0030 00048 (range_over_func_defer_panic.go:20)	NOP
	0x0030 00048 (range_over_func_defer_panic.go:20)	PCDATA	$1, $-1
	0x0030 00048 (range_over_func_defer_panic.go:20)	PCDATA	$0, $-2
	0x0030 00048 (range_over_func_defer_panic.go:20)	CALL	runtime.morestack_noctxt(SB)
	0x0035 00053 (range_over_func_defer_panic.go:20)	PCDATA	$0, $-1
	0x0035 00053 (range_over_func_defer_panic.go:20)	JMP	0
	0x0000 49 3b 66 10 76 2a 55 48 89 e5 48 83 ec 10 e8 00  I;f.v*UH..H.....
	0x0010 00 00 00 48 8d 05 00 00 00 00 bb 18 00 00 00 90  ...H............
	0x0020 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 10 5d c3  ..........H...].
	0x0030 e8 00 00 00 00 eb c9                             .......
	rel 15+4 t=R_CALL runtime.printlock+0
	rel 22+4 t=R_PCREL go:string."deferred after the loop\n"+0
	rel 33+4 t=R_CALL runtime.printstring+0
	rel 38+4 t=R_CALL runtime.printunlock+0
	rel 49+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.Seq$abstract SDWARFABSFCN dupok size=22 align=0x0
	0x0000 05 6d 61 69 6e 2e 53 65 71 00 01 04 01 22 6e 00  .main.Seq...."n.
	0x0010 00 00 00 00 00 00                                ......
	rel 17+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."iterator done" SRODATA dupok size=13 align=0x1
	0x0000 69 74 65 72 61 74 6f 72 20 64 6f 6e 65           iterator done
go:string."iterator done " SRODATA dupok size=14 align=0x1
	0x0000 69 74 65 72 61 74 6f 72 20 64 6f 6e 65 20        iterator done 
go:string."order body ends" SRODATA dupok size=15 align=0x1
	0x0000 6f 72 64 65 72 20 62 6f 64 79 20 65 6e 64 73     order body ends
go:string."order body ends\n" SRODATA dupok size=16 align=0x1
	0x0000 6f 72 64 65 72 20 62 6f 64 79 20 65 6e 64 73 0a  order body ends.
go:string."loop defer" SRODATA dupok size=10 align=0x1
	0x0000 6c 6f 6f 70 20 64 65 66 65 72                    loop defer
go:string."loop defer " SRODATA dupok size=11 align=0x1
	0x0000 6c 6f 6f 70 20 64 65 66 65 72 20                 loop defer 
go:string."nested: " SRODATA dupok size=8 align=0x1
	0x0000 6e 65 73 74 65 64 3a 20                          nested: 
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
go:string."early defer" SRODATA dupok size=11 align=0x1
	0x0000 65 61 72 6c 79 20 64 65 66 65 72                 early defer
go:string."early defer " SRODATA dupok size=12 align=0x1
	0x0000 65 61 72 6c 79 20 64 65 66 65 72 20              early defer 
go:string."no panic" SRODATA dupok size=8 align=0x1
	0x0000 6e 6f 20 70 61 6e 69 63                          no panic
go:string."body panic" SRODATA dupok size=10 align=0x1
	0x0000 62 6f 64 79 20 70 61 6e 69 63                    body panic
go:string."panicking loop defer" SRODATA dupok size=20 align=0x1
	0x0000 70 61 6e 69 63 6b 69 6e 67 20 6c 6f 6f 70 20 64  panicking loop d
	0x0010 65 66 65 72                                      efer
go:string."panicking loop defer " SRODATA dupok size=21 align=0x1
	0x0000 70 61 6e 69 63 6b 69 6e 67 20 6c 6f 6f 70 20 64  panicking loop d
	0x0010 65 66 65 72 20                                   efer 
go:string."recovered: " SRODATA dupok size=11 align=0x1
	0x0000 72 65 63 6f 76 65 72 65 64 3a 20                 recovered: 
main..stmp_0 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 0a 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."body panic"+0
go:string."deferred before the loop" SRODATA dupok size=24 align=0x1
	0x0000 64 65 66 65 72 72 65 64 20 62 65 66 6f 72 65 20  deferred before 
	0x0010 74 68 65 20 6c 6f 6f 70                          the loop
go:string."deferred before the loop\n" SRODATA dupok size=25 align=0x1
	0x0000 64 65 66 65 72 72 65 64 20 62 65 66 6f 72 65 20  deferred before 
	0x0010 74 68 65 20 6c 6f 6f 70 0a                       the loop.
go:string."deferred after the loop" SRODATA dupok size=23 align=0x1
	0x0000 64 65 66 65 72 72 65 64 20 61 66 74 65 72 20 74  deferred after t
	0x0010 68 65 20 6c 6f 6f 70                             he loop
go:string."deferred after the loop\n" SRODATA dupok size=24 align=0x1
	0x0000 64 65 66 65 72 72 65 64 20 61 66 74 65 72 20 74  deferred after t
	0x0010 68 65 20 6c 6f 6f 70 0a                          he loop.
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*func(func(int) bool)- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 66 75 6e 63 28 66 75 6e 63 28 69 6e 74  ..*func(func(int
	0x0010 29 20 62 6f 6f 6c 29                             ) bool)
type:*func(func(int) bool) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fa 51 f2 92 28 08 08 16 00 00 00 00 00 00 00 00  .Q..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(func(int) bool)-+0
	rel 48+8 t=R_ADDR type:func(func(int) bool)+0
type:.namedata.*func(int) bool- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 66 75 6e 63 28 69 6e 74 29 20 62 6f 6f  ..*func(int) boo
	0x0010 6c                                               l
type:*func(int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 07 d2 7f d5 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int) bool-+0
	rel 48+8 t=R_ADDR type:func(int) bool+0
type:func(int) bool SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a3 94 54 7e 22 08 08 13 00 00 00 00 00 00 00 00  ..T~"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(int) bool+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:bool+0
type:func(func(int) bool) SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7a a4 46 ba 22 08 08 13 00 00 00 00 00 00 00 00  z.F."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(func(int) bool)-+0
	rel 44+4 t=RelocType(-32763) type:*func(func(int) bool)+0
	rel 56+8 t=R_ADDR type:func(int) bool+0
type:.namedata.*struct { F uintptr; X0 *string; X1 int; X2 int }- SRODATA dupok size=51 align=0x1
	0x0000 00 31 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  .1*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 2a 73 74 72 69 6e  ntptr; X0 *strin
	0x0020 67 3b 20 58 31 20 69 6e 74 3b 20 58 32 20 69 6e  g; X1 int; X2 in
	0x0030 74 20 7d                                         t }
type:noalg.*struct { F uintptr; X0 *string; X1 int; X2 int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8a cb 7f 74 20 08 08 16 00 00 00 00 00 00 00 00  ...t ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *string; X1 int; X2 int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *string; X1 int; X2 int }+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.F. SRODATA dupok size=3 align=0x1
	0x0000 01 01 46                                         ..F
type:.namedata.X0. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 30                                      ..X0
type:.namedata.X1. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 31                                      ..X1
type:.namedata.X2. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 32                                      ..X2
type:noalg.struct { F uintptr; X0 *string; X1 int; X2 int } SRODATA dupok size=176 align=0x8
	0x0000 20 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00   ...............
	0x0010 f5 dc 70 7f 02 08 08 19 00 00 00 00 00 00 00 00  ..p.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 04 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *string; X1 int; X2 int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 *string; X1 int; X2 int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *string; X1 int; X2 int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:*string+0
	rel 128+8 t=R_ADDR type:.namedata.X1.+0
	rel 136+8 t=R_ADDR type:int+0
	rel 152+8 t=R_ADDR type:.namedata.X2.+0
	rel 160+8 t=R_ADDR type:int+0
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
runtime.gcbits.2600000000000000 SRODATA dupok size=8 align=0x8
	0x0000 26 00 00 00 00 00 00 00                          &.......
runtime.gcbits.1600000000000000 SRODATA dupok size=8 align=0x8
	0x0000 16 00 00 00 00 00 00 00                          ........
runtime.gcbits.0a00000000000000 SRODATA dupok size=8 align=0x8
	0x0000 0a 00 00 00 00 00 00 00                          ........
runtime.gcbits.3a00000000000000 SRODATA dupok size=8 align=0x8
	0x0000 3a 00 00 00 00 00 00 00                          :.......
main.order.deferwrap1·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.order.deferwrap1+0
main.order.deferwrap2·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.order.deferwrap2+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.Seq.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Seq.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·mwFurZyQFy+ezr0Dhah66w== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 01 01 00                 ...........
gclocals·8xbbc5PsWar066JsPAuALg== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 00 01 01                 ...........
main.Seq.func1.opendefer SRODATA dupok size=2 align=0x1
	0x0000 29 08                                            ).
main.Seq.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Seq.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·e5x/vPEus3D8CA0YXjp49Q== SRODATA dupok size=9 align=0x4
	0x0000 01 00 00 00 04 00 00 00 00                       .........
main.order.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e0 ff ff ff 20 00 00 00  ............ ...
	0x0010 20 00 00 00 00 00 00 00                           .......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0a00000000000000+0
main.Seq.func1#RMgI/RZtu4k=#.opendefer SRODATA dupok size=2 align=0x1
	0x0000 29 08                                            ).
main.Seq.func1#RMgI/RZtu4k=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Seq.func1#RMgI/RZtu4k=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·jhtnfT9Ar3jfo030EBhkFg== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 00 03 01                 ...........
main.order-range1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.order-range1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·ZbRI67JRvVO/JU0MrOgTYA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 07 00 00 00 00 40                    .........@
main.nested.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 c8 ff ff ff 30 00 00 00  ............0...
	0x0010 28 00 00 00 00 00 00 00                          (.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.1600000000000000+0
main.Seq.func1#8Wum+mHaM5g=#.opendefer SRODATA dupok size=2 align=0x1
	0x0000 29 08                                            ).
main.Seq.func1#8Wum+mHaM5g=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Seq.func1#8Wum+mHaM5g=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.nested-range1.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 c8 ff ff ff 30 00 00 00  ............0...
	0x0010 30 00 00 00 00 00 00 00                          0.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.2600000000000000+0
main.nested-range1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.nested-range1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Seq.1#f3dLtG5+NCo=#.opendefer SRODATA dupok size=2 align=0x1
	0x0000 29 08                                            ).
main.Seq.1#f3dLtG5+NCo=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Seq.1#f3dLtG5+NCo=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·hTGAYHoQxrU2HM6tt9Bxpw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 03 00 00 00 00 07 02                 ...........
main.nested-range1-range1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.nested-range1-range1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·sfOxBcdnNBiCaiOXpthwPg== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 00 02 03                 ...........
gclocals·/9is4gq24Q1h4ArwHiu1tg== SRODATA dupok size=9 align=0x4
	0x0000 01 00 00 00 06 00 00 00 00                       .........
main.earlyReturn.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 d0 ff ff ff 30 00 00 00  ............0...
	0x0010 30 00 00 00 00 00 00 00                          0.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.3a00000000000000+0
main.Seq.func1#TvuX58xFILk=#.opendefer SRODATA dupok size=2 align=0x1
	0x0000 29 08                                            ).
main.Seq.func1#TvuX58xFILk=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Seq.func1#TvuX58xFILk=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·y89SHoMbHsQLaGOYIGuGZQ== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 04 00 00 00 00 0f 07                 ...........
main.earlyReturn-range1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.earlyReturn-range1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·DbjO8tVUMuAbCYZAQe8aLg== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 08 00 00 00 00 01                    ..........
main.bodyPanics.stkobj SRODATA static size=56 align=0x8
	0x0000 03 00 00 00 00 00 00 00 c0 ff ff ff 10 00 00 00  ................
	0x0010 08 00 00 00 00 00 00 00 d0 ff ff ff 10 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00 e0 ff ff ff 20 00 00 00  ............ ...
	0x0030 20 00 00 00 00 00 00 00                           .......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.0a00000000000000+0
main.Seq.func1#kFf4nreaSqI=#.opendefer SRODATA dupok size=2 align=0x1
	0x0000 29 08                                            ).
main.Seq.func1#kFf4nreaSqI=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Seq.func1#kFf4nreaSqI=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.bodyPanics-range1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.bodyPanics-range1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
