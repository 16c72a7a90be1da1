funcpctab main.safe [valfunc=pctoinline]
     0     -1 00000 (panic_recovered_then_unrecovered.go:15)	TEXT	main.safe(SB), ABIInternal, $64-16
     0        00000 (panic_recovered_then_unrecovered.go:15)	TEXT	main.safe(SB), ABIInternal, $64-16
     0     -1 00000 (panic_recovered_then_unrecovered.go:15)	CMPQ	SP, 16(R14)
     4        00004 (panic_recovered_then_unrecovered.go:15)	PCDATA	$0, $-2
     4        00004 (panic_recovered_then_unrecovered.go:15)	JLS	159
     a        00010 (panic_recovered_then_unrecovered.go:15)	PCDATA	$0, $-1
     a        00010 (panic_recovered_then_unrecovered.go:15)	PUSHQ	BP
     b        00011 (panic_recovered_then_unrecovered.go:15)	MOVQ	SP, BP
     e        00014 (panic_recovered_then_unrecovered.go:15)	SUBQ	$56, SP
    12        00018 (panic_recovered_then_unrecovered.go:15)	MOVQ	AX, main.s+72(FP)
    17        00023 (panic_recovered_then_unrecovered.go:15)	MOVQ	BX, main.s+80(FP)
    1c        00028 (panic_recovered_then_unrecovered.go:15)	MOVQ	X15, 48(SP)
    23        00035 (panic_recovered_then_unrecovered.go:15)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    23        00035 (panic_recovered_then_unrecovered.go:15)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
    23        00035 (panic_recovered_then_unrecovered.go:15)	FUNCDATA	$2, main.safe.stkobj(SB)
    23        00035 (panic_recovered_then_unrecovered.go:15)	FUNCDATA	$5, main.safe.arginfo1(SB)
    23        00035 (panic_recovered_then_unrecovered.go:15)	FUNCDATA	$6, main.safe.argliveinfo(SB)
    23        00035 (panic_recovered_then_unrecovered.go:15)	FUNCDATA	$4, main.safe.opendefer(SB)
    23        00035 (panic_recovered_then_unrecovered.go:15)	PCDATA	$3, $1
    23        00035 (panic_recovered_then_unrecovered.go:15)	MOVB	$0, main..autotmp_7+31(SP)
    28        00040 (panic_recovered_then_unrecovered.go:15)	MOVB	$0, main.ok+30(SP)
    2d        00045 (panic_recovered_then_unrecovered.go:16)	LEAQ	main.safe.func1(SB), SI
    34        00052 (panic_recovered_then_unrecovered.go:16)	MOVQ	SI, main..autotmp_6+32(SP)
    39        00057 (panic_recovered_then_unrecovered.go:16)	LEAQ	main.ok+30(SP), SI
    3e        00062 (panic_recovered_then_unrecovered.go:16)	MOVQ	SI, main..autotmp_6+40(SP)
    43        00067 (panic_recovered_then_unrecovered.go:16)	LEAQ	main..autotmp_6+32(SP), DX
    48        00072 (panic_recovered_then_unrecovered.go:16)	MOVQ	DX, main..autotmp_8+48(SP)
    4d        00077 (panic_recovered_then_unrecovered.go:16)	MOVB	$1, main..autotmp_7+31(SP)
    52        00082 (panic_recovered_then_unrecovered.go:21)	XCHGL	AX, AX
    53      0 00083 (panic_recovered_then_unrecovered.go:21)	LEAQ	go:itab.main.Circle,main.Shape(SB), SI
    5a        00090 (panic_recovered_then_unrecovered.go:21)	CMPQ	AX, SI
    5d        00093 (panic_recovered_then_unrecovered.go:21)	JNE	123
    5f     -1 00095 (panic_recovered_then_unrecovered.go:22)	MOVB	$1, main.ok+30(SP)
    64        00100 (panic_recovered_then_unrecovered.go:22)	MOVB	$0, main..autotmp_7+31(SP)
    69        00105 (panic_recovered_then_unrecovered.go:22)	MOVQ	main..autotmp_6+32(SP), AX
    6e        00110 (panic_recovered_then_unrecovered.go:22)	PCDATA	$1, $1
    6e        00110 (panic_recovered_then_unrecovered.go:22)	CALL	AX
    70        00112 (panic_recovered_then_unrecovered.go:22)	MOVBLZX	main.ok+30(SP), AX
    75        00117 (panic_recovered_then_unrecovered.go:22)	ADDQ	$56, SP
    79        00121 (panic_recovered_then_unrecovered.go:22)	POPQ	BP
    7a        00122 (panic_recovered_then_unrecovered.go:22)	RET
    7b      0 00123 (panic_recovered_then_unrecovered.go:21)	LEAQ	type:main.Circle(SB), BX
    82        00130 (panic_recovered_then_unrecovered.go:21)	LEAQ	type:main.Shape(SB), CX
    89        00137 (panic_recovered_then_unrecovered.go:21)	CALL	runtime.panicdottypeI(SB)
    8e        00142 (panic_recovered_then_unrecovered.go:21)	XCHGL	AX, AX
    8f        00143 (panic_recovered_then_unrecovered.go:21)	CALL	runtime.deferreturn(SB)
    94        00148 (panic_recovered_then_unrecovered.go:21)	MOVBLZX	main.ok+30(SP), AX
    99        00153 (panic_recovered_then_unrecovered.go:21)	ADDQ	$56, SP
    9d        00157 (panic_recovered_then_unrecovered.go:21)	POPQ	BP
    9e        00158 (panic_recovered_then_unrecovered.go:21)	RET
    9f        00159 (panic_recovered_then_unrecovered.go:21)	NOP
    9f        00159 (panic_recovered_then_unrecovered.go:15)	PCDATA	$1, $-1
    9f        00159 (panic_recovered_then_unrecovered.go:15)	PCDATA	$0, $-2
    9f     -1 00159 (panic_recovered_then_unrecovered.go:15)	MOVQ	AX, 8(SP)
    a4        00164 (panic_recovered_then_unrecovered.go:15)	MOVQ	BX, 16(SP)
    a9        00169 (panic_recovered_then_unrecovered.go:15)	CALL	runtime.morestack_noctxt(SB)
    ae        00174 (panic_recovered_then_unrecovered.go:15)	PCDATA	$0, $-1
    ae        00174 (panic_recovered_then_unrecovered.go:15)	MOVQ	8(SP), AX
    b3        00179 (panic_recovered_then_unrecovered.go:15)	MOVQ	16(SP), BX
    b8        00184 (panic_recovered_then_unrecovered.go:15)	JMP	0
    bd done
wrote 11 bytes to 0x0
 00 53 02 0c 01 1c 02 24 01 1e 00
-- inlining tree for main.safe:
0 | -1 | main.mustCircle (panic_recovered_then_unrecovered.go:21:12) pc=82
--
funcpctab main.safe.func1 [valfunc=pctoinline]
     0     -1 00000 (panic_recovered_then_unrecovered.go:16)	TEXT	main.safe.func1(SB), NEEDCTXT|ABIInternal, $16-0
     0        00000 (panic_recovered_then_unrecovered.go:16)	TEXT	main.safe.func1(SB), NEEDCTXT|ABIInternal, $16-0
     0     -1 00000 (panic_recovered_then_unrecovered.go:16)	CMPQ	SP, 16(R14)
     4        00004 (panic_recovered_then_unrecovered.go:16)	PCDATA	$0, $-2
     4        00004 (panic_recovered_then_unrecovered.go:16)	JLS	50
     6        00006 (panic_recovered_then_unrecovered.go:16)	PCDATA	$0, $-1
     6        00006 (panic_recovered_then_unrecovered.go:16)	PUSHQ	BP
     7        00007 (panic_recovered_then_unrecovered.go:16)	MOVQ	SP, BP
     a        00010 (panic_recovered_then_unrecovered.go:16)	SUBQ	$8, SP
     e        00014 (panic_recovered_then_unrecovered.go:16)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (panic_recovered_then_unrecovered.go:16)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (panic_recovered_then_unrecovered.go:16)	MOVQ	8(DX), AX
    12        00018 (panic_recovered_then_unrecovered.go:16)	MOVQ	AX, main.&ok(SP)
    16        00022 (panic_recovered_then_unrecovered.go:17)	PCDATA	$1, $1
    16        00022 (panic_recovered_then_unrecovered.go:17)	CALL	runtime.gorecover(SB)
    1b        00027 (panic_recovered_then_unrecovered.go:17)	NOP
    20        00032 (panic_recovered_then_unrecovered.go:17)	TESTQ	AX, AX
    23        00035 (panic_recovered_then_unrecovered.go:17)	JEQ	44
    25        00037 (panic_recovered_then_unrecovered.go:18)	MOVQ	main.&ok(SP), AX
    29        00041 (panic_recovered_then_unrecovered.go:18)	MOVB	$0, (AX)
    2c        00044 (panic_recovered_then_unrecovered.go:20)	ADDQ	$8, SP
    30        00048 (panic_recovered_then_unrecovered.go:20)	POPQ	BP
    31        00049 (panic_recovered_then_unrecovered.go:20)	RET
    32        00050 (panic_recovered_then_unrecovered.go:20)	NOP
    32        00050 (panic_recovered_then_unrecovered.go:16)	PCDATA	$1, $-1
    32        00050 (panic_recovered_then_unrecovered.go:16)	PCDATA	$0, $-2
    32        00050 (panic_recovered_then_unrecovered.go:16)	CALL	runtime.morestack(SB)
    37        00055 (panic_recovered_then_unrecovered.go:16)	PCDATA	$0, $-1
    37        00055 (panic_recovered_then_unrecovered.go:16)	JMP	0
    39 done
wrote 3 bytes to 0x0
 00 39 00
funcpctab main.(*Square).Area [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Square).Area(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Square).Area(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Square).Area.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Square).Area.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	19
     9        00009 (<autogenerated>:1)	MOVSD	(AX), X0
     d      0 00013 (<autogenerated>:1)	MULSD	X0, X0
    11        00017 (<unknown line number>)	NOP
    11     -1 00017 (<autogenerated>:1)	POPQ	BP
    12        00018 (<autogenerated>:1)	RET
    13        00019 (<autogenerated>:1)	PCDATA	$1, $1
    13        00019 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    18        00024 (<autogenerated>:1)	XCHGL	AX, AX
    19 done
wrote 7 bytes to 0x0
 00 0d 02 04 01 08 00
-- inlining tree for main.(*Square).Area:
0 | -1 | main.Square.Area (<autogenerated>:1) pc=4
--
funcpctab main.(*Circle).Area [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Circle).Area(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Circle).Area(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Circle).Area.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Circle).Area.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	31
     9        00009 (<autogenerated>:1)	MOVSD	(AX), X0
     d      0 00013 (<autogenerated>:1)	MOVSD	$f64.4008000000000000(SB), X1
    15        00021 (<autogenerated>:1)	MULSD	X0, X1
    19        00025 (<autogenerated>:1)	MULSD	X1, X0
    1d        00029 (<unknown line number>)	NOP
    1d     -1 00029 (<autogenerated>:1)	POPQ	BP
    1e        00030 (<autogenerated>:1)	RET
    1f        00031 (<autogenerated>:1)	PCDATA	$1, $1
    1f        00031 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    25        00037 (<autogenerated>:1)	XCHGL	AX, AX
    26 done
wrote 7 bytes to 0x0
 00 0d 02 10 01 09 00
-- inlining tree for main.(*Circle).Area:
0 | -1 | main.Circle.Area (<autogenerated>:1) pc=4
--
funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (panic_recovered_then_unrecovered.go:25)	TEXT	main.main(SB), ABIInternal, $136-0
     0        00000 (panic_recovered_then_unrecovered.go:25)	TEXT	main.main(SB), ABIInternal, $136-0
     0     -1 00000 (panic_recovered_then_unrecovered.go:25)	LEAQ	-8(SP), R12
     5        00005 (panic_recovered_then_unrecovered.go:25)	CMPQ	R12, 16(R14)
     9        00009 (panic_recovered_then_unrecovered.go:25)	PCDATA	$0, $-2
     9        00009 (panic_recovered_then_unrecovered.go:25)	JLS	422
     f        00015 (panic_recovered_then_unrecovered.go:25)	PCDATA	$0, $-1
     f        00015 (panic_recovered_then_unrecovered.go:25)	PUSHQ	BP
    10        00016 (panic_recovered_then_unrecovered.go:25)	MOVQ	SP, BP
    13        00019 (panic_recovered_then_unrecovered.go:25)	ADDQ	$-128, SP
    17        00023 (panic_recovered_then_unrecovered.go:25)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
    17        00023 (panic_recovered_then_unrecovered.go:25)	FUNCDATA	$1, gclocals·SXxLAJNeP6KWjNGHlDFG7g==(SB)
    17        00023 (panic_recovered_then_unrecovered.go:25)	FUNCDATA	$2, main.main.stkobj(SB)
    17        00023 (panic_recovered_then_unrecovered.go:26)	LEAQ	go:itab.main.Circle,main.Shape(SB), DX
    1e        00030 (panic_recovered_then_unrecovered.go:26)	MOVQ	DX, main..autotmp_11+80(SP)
    23        00035 (panic_recovered_then_unrecovered.go:26)	LEAQ	main..stmp_0(SB), SI
    2a        00042 (panic_recovered_then_unrecovered.go:26)	MOVQ	SI, main..autotmp_11+88(SP)
    2f        00047 (panic_recovered_then_unrecovered.go:26)	LEAQ	go:itab.main.Square,main.Shape(SB), SI
    36        00054 (panic_recovered_then_unrecovered.go:26)	MOVQ	SI, main..autotmp_11+96(SP)
    3b        00059 (panic_recovered_then_unrecovered.go:26)	LEAQ	main..stmp_1(SB), SI
    42        00066 (panic_recovered_then_unrecovered.go:26)	MOVQ	SI, main..autotmp_11+104(SP)
    47        00071 (panic_recovered_then_unrecovered.go:26)	MOVQ	DX, main..autotmp_11+112(SP)
    4c        00076 (panic_recovered_then_unrecovered.go:26)	LEAQ	main..stmp_2(SB), SI
    53        00083 (panic_recovered_then_unrecovered.go:26)	MOVQ	SI, main..autotmp_11+120(SP)
    58        00088 (panic_recovered_then_unrecovered.go:27)	LEAQ	main..autotmp_11+80(SP), SI
    5d        00093 (panic_recovered_then_unrecovered.go:27)	XORL	AX, AX
    5f        00095 (panic_recovered_then_unrecovered.go:27)	NOP
    60        00096 (panic_recovered_then_unrecovered.go:27)	JMP	256
    65        00101 (panic_recovered_then_unrecovered.go:27)	MOVQ	AX, main.i+40(SP)
    6a        00106 (panic_recovered_then_unrecovered.go:27)	MOVQ	SI, main..autotmp_32+72(SP)
    6f        00111 (panic_recovered_then_unrecovered.go:27)	MOVQ	(SI), AX
    72        00114 (panic_recovered_then_unrecovered.go:27)	MOVQ	AX, main.s.itab+32(SP)
    77        00119 (panic_recovered_then_unrecovered.go:27)	MOVQ	8(SI), BX
    7b        00123 (panic_recovered_then_unrecovered.go:27)	MOVQ	BX, main.s.data+64(SP)
    80        00128 (panic_recovered_then_unrecovered.go:28)	PCDATA	$1, $1
    80        00128 (panic_recovered_then_unrecovered.go:28)	CALL	main.safe(SB)
    85        00133 (panic_recovered_then_unrecovered.go:28)	MOVB	AL, main..autotmp_33+31(SP)
    89        00137 (panic_recovered_then_unrecovered.go:28)	MOVQ	main.s.itab+32(SP), CX
    8e        00142 (panic_recovered_then_unrecovered.go:28)	MOVQ	24(CX), CX
    92        00146 (panic_recovered_then_unrecovered.go:28)	MOVQ	main.s.data+64(SP), AX
    97        00151 (panic_recovered_then_unrecovered.go:28)	PCDATA	$1, $2
    97        00151 (panic_recovered_then_unrecovered.go:28)	CALL	CX
    99        00153 (panic_recovered_then_unrecovered.go:28)	MOVSD	X0, main..autotmp_34+56(SP)
    9f        00159 (panic_recovered_then_unrecovered.go:28)	NOP
    a0        00160 (panic_recovered_then_unrecovered.go:28)	CALL	runtime.printlock(SB)
    a5        00165 (panic_recovered_then_unrecovered.go:28)	MOVQ	main.i+40(SP), AX
    aa        00170 (panic_recovered_then_unrecovered.go:28)	CALL	runtime.printint(SB)
    af        00175 (panic_recovered_then_unrecovered.go:28)	CALL	runtime.printsp(SB)
    b4        00180 (panic_recovered_then_unrecovered.go:28)	MOVBLZX	main..autotmp_33+31(SP), AX
    b9        00185 (panic_recovered_then_unrecovered.go:28)	CALL	runtime.printbool(SB)
    be        00190 (panic_recovered_then_unrecovered.go:28)	NOP
    c0        00192 (panic_recovered_then_unrecovered.go:28)	CALL	runtime.printsp(SB)
    c5        00197 (panic_recovered_then_unrecovered.go:28)	MOVSD	main..autotmp_34+56(SP), X0
    cb        00203 (panic_recovered_then_unrecovered.go:28)	CVTTSD2SQ	X0, AX
    d0        00208 (panic_recovered_then_unrecovered.go:28)	CALL	runtime.printint(SB)
    d5        00213 (panic_recovered_then_unrecovered.go:28)	CALL	runtime.printnl(SB)
    da        00218 (panic_recovered_then_unrecovered.go:28)	CALL	runtime.printunlock(SB)
    df        00223 (panic_recovered_then_unrecovered.go:27)	MOVQ	main..autotmp_32+72(SP), SI
    e4        00228 (panic_recovered_then_unrecovered.go:27)	ADDQ	$16, SI
    e8        00232 (panic_recovered_then_unrecovered.go:27)	MOVQ	main.i+40(SP), AX
    ed        00237 (panic_recovered_then_unrecovered.go:27)	INCQ	AX
    f0        00240 (panic_recovered_then_unrecovered.go:27)	LEAQ	go:itab.main.Circle,main.Shape(SB), DX
    f7        00247 (panic_recovered_then_unrecovered.go:27)	NOP
   100        00256 (panic_recovered_then_unrecovered.go:27)	CMPQ	AX, $3
   104        00260 (panic_recovered_then_unrecovered.go:27)	JLT	101
   10a        00266 (panic_recovered_then_unrecovered.go:30)	LEAQ	main..autotmp_11+80(SP), SI
   10f        00271 (panic_recovered_then_unrecovered.go:30)	XORL	AX, AX
   111        00273 (panic_recovered_then_unrecovered.go:30)	JMP	375
   113        00275 (panic_recovered_then_unrecovered.go:30)	MOVQ	AX, main..autotmp_35+48(SP)
   118        00280 (panic_recovered_then_unrecovered.go:30)	MOVQ	SI, main..autotmp_32+72(SP)
   11d        00285 (panic_recovered_then_unrecovered.go:30)	MOVQ	8(SI), AX
   121      0 00289 (panic_recovered_then_unrecovered.go:31)	MOVSD	(AX), X0
   125        00293 (panic_recovered_then_unrecovered.go:31)	MOVSD	X0, main..autotmp_34+56(SP)
   12b        00299 (panic_recovered_then_unrecovered.go:31)	PCDATA	$1, $3
   12b     -1 00299 (panic_recovered_then_unrecovered.go:31)	CALL	runtime.printlock(SB)
   130        00304 (panic_recovered_then_unrecovered.go:31)	LEAQ	go:string."radius "(SB), AX
   137        00311 (panic_recovered_then_unrecovered.go:31)	MOVL	$7, BX
   13c        00316 (panic_recovered_then_unrecovered.go:31)	NOP
   140        00320 (panic_recovered_then_unrecovered.go:31)	CALL	runtime.printstring(SB)
   145        00325 (panic_recovered_then_unrecovered.go:31)	MOVSD	main..autotmp_34+56(SP), X0
   14b        00331 (panic_recovered_then_unrecovered.go:31)	CVTTSD2SQ	X0, AX
   150        00336 (panic_recovered_then_unrecovered.go:31)	CALL	runtime.printint(SB)
   155        00341 (panic_recovered_then_unrecovered.go:31)	CALL	runtime.printnl(SB)
   15a        00346 (panic_recovered_then_unrecovered.go:31)	CALL	runtime.printunlock(SB)
   15f        00351 (panic_recovered_then_unrecovered.go:30)	MOVQ	main..autotmp_32+72(SP), SI
   164        00356 (panic_recovered_then_unrecovered.go:30)	ADDQ	$16, SI
   168        00360 (panic_recovered_then_unrecovered.go:30)	MOVQ	main..autotmp_35+48(SP), AX
   16d        00365 (panic_recovered_then_unrecovered.go:30)	INCQ	AX
   170        00368 (panic_recovered_then_unrecovered.go:30)	LEAQ	go:itab.main.Circle,main.Shape(SB), DX
   177        00375 (panic_recovered_then_unrecovered.go:30)	CMPQ	AX, $3
   17b        00379 (panic_recovered_then_unrecovered.go:30)	JGE	391
   17d        00381 (panic_recovered_then_unrecovered.go:30)	MOVQ	(SI), DI
   180        00384 (<unknown line number>)	NOP
   180      0 00384 (panic_recovered_then_unrecovered.go:31)	CMPQ	DI, DX
   183        00387 (panic_recovered_then_unrecovered.go:31)	JEQ	275
   185        00389 (panic_recovered_then_unrecovered.go:31)	JMP	397
   187     -1 00391 (panic_recovered_then_unrecovered.go:33)	SUBQ	$-128, SP
   18b        00395 (panic_recovered_then_unrecovered.go:33)	POPQ	BP
   18c        00396 (panic_recovered_then_unrecovered.go:33)	RET
   18d      0 00397 (panic_recovered_then_unrecovered.go:31)	MOVQ	DI, AX
   190        00400 (panic_recovered_then_unrecovered.go:31)	LEAQ	type:main.Circle(SB), BX
   197        00407 (panic_recovered_then_unrecovered.go:31)	LEAQ	type:main.Shape(SB), CX
   19e        00414 (panic_recovered_then_unrecovered.go:31)	PCDATA	$1, $0
   19e        00414 (panic_recovered_then_unrecovered.go:31)	NOP
   1a0        00416 (panic_recovered_then_unrecovered.go:31)	CALL	runtime.panicdottypeI(SB)
   1a5        00421 (panic_recovered_then_unrecovered.go:31)	XCHGL	AX, AX
   1a6        00422 (panic_recovered_then_unrecovered.go:31)	NOP
   1a6        00422 (panic_recovered_then_unrecovered.go:25)	PCDATA	$1, $-1
   1a6        00422 (panic_recovered_then_unrecovered.go:25)	PCDATA	$0, $-2
   1a6     -1 00422 (panic_recovered_then_unrecovered.go:25)	CALL	runtime.morestack_noctxt(SB)
   1ab        00427 (panic_recovered_then_unrecovered.go:25)	PCDATA	$0, $-1
   1ab        00427 (panic_recovered_then_unrecovered.go:25)	JMP	0
   1b0 done
wrote 16 bytes to 0x0
 00 a1 02 02 0a 01 55 02 07 01 06 02 19 01 0a 00
-- inlining tree for main.main:
0 | -1 | main.mustCircle (panic_recovered_then_unrecovered.go:31:35) pc=299
--
funcpctab main.mustCircle [valfunc=pctoinline]
     0     -1 00000 (panic_recovered_then_unrecovered.go:11)	TEXT	main.mustCircle(SB), ABIInternal, $32-16
     0        00000 (panic_recovered_then_unrecovered.go:11)	TEXT	main.mustCircle(SB), ABIInternal, $32-16
     0     -1 00000 (panic_recovered_then_unrecovered.go:11)	CMPQ	SP, 16(R14)
     4        00004 (panic_recovered_then_unrecovered.go:11)	PCDATA	$0, $-2
     4        00004 (panic_recovered_then_unrecovered.go:11)	JLS	70
     6        00006 (panic_recovered_then_unrecovered.go:11)	PCDATA	$0, $-1
     6        00006 (panic_recovered_then_unrecovered.go:11)	PUSHQ	BP
     7        00007 (panic_recovered_then_unrecovered.go:11)	MOVQ	SP, BP
     a        00010 (panic_recovered_then_unrecovered.go:11)	SUBQ	$24, SP
     e        00014 (panic_recovered_then_unrecovered.go:11)	MOVQ	AX, main.s+40(FP)
    13        00019 (panic_recovered_then_unrecovered.go:11)	MOVQ	BX, main.s+48(FP)
    18        00024 (panic_recovered_then_unrecovered.go:11)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    18        00024 (panic_recovered_then_unrecovered.go:11)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (panic_recovered_then_unrecovered.go:11)	FUNCDATA	$5, main.mustCircle.arginfo1(SB)
    18        00024 (panic_recovered_then_unrecovered.go:11)	FUNCDATA	$6, main.mustCircle.argliveinfo(SB)
    18        00024 (panic_recovered_then_unrecovered.go:11)	PCDATA	$3, $1
    18        00024 (panic_recovered_then_unrecovered.go:12)	LEAQ	go:itab.main.Circle,main.Shape(SB), DX
    1f        00031 (panic_recovered_then_unrecovered.go:12)	NOP
    20        00032 (panic_recovered_then_unrecovered.go:12)	CMPQ	AX, DX
    23        00035 (panic_recovered_then_unrecovered.go:12)	JNE	47
    25        00037 (panic_recovered_then_unrecovered.go:12)	MOVSD	(BX), X0
    29        00041 (panic_recovered_then_unrecovered.go:12)	ADDQ	$24, SP
    2d        00045 (panic_recovered_then_unrecovered.go:12)	POPQ	BP
    2e        00046 (panic_recovered_then_unrecovered.go:12)	RET
    2f        00047 (panic_recovered_then_unrecovered.go:12)	LEAQ	type:main.Circle(SB), BX
    36        00054 (panic_recovered_then_unrecovered.go:12)	LEAQ	type:main.Shape(SB), CX
    3d        00061 (panic_recovered_then_unrecovered.go:12)	PCDATA	$1, $1
    3d        00061 (panic_recovered_then_unrecovered.go:12)	NOP
    40        00064 (panic_recovered_then_unrecovered.go:12)	CALL	runtime.panicdottypeI(SB)
    45        00069 (panic_recovered_then_unrecovered.go:12)	XCHGL	AX, AX
    46        00070 (panic_recovered_then_unrecovered.go:12)	NOP
    46        00070 (panic_recovered_then_unrecovered.go:11)	PCDATA	$1, $-1
    46        00070 (panic_recovered_then_unrecovered.go:11)	PCDATA	$0, $-2
    46        00070 (panic_recovered_then_unrecovered.go:11)	MOVQ	AX, 8(SP)
    4b        00075 (panic_recovered_then_unrecovered.go:11)	MOVQ	BX, 16(SP)
    50        00080 (panic_recovered_then_unrecovered.go:11)	CALL	runtime.morestack_noctxt(SB)
    55        00085 (panic_recovered_then_unrecovered.go:11)	PCDATA	$0, $-1
    55        00085 (panic_recovered_then_unrecovered.go:11)	MOVQ	8(SP), AX
    5a        00090 (panic_recovered_then_unrecovered.go:11)	MOVQ	16(SP), BX
    5f        00095 (panic_recovered_then_unrecovered.go:11)	NOP
    60        00096 (panic_recovered_then_unrecovered.go:11)	JMP	0
    62 done
wrote 3 bytes to 0x0
 00 62 00
funcpctab main.Shape.Area [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Shape.Area(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.Shape.Area(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Shape.Area.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Shape.Area.argliveinfo(SB)
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
funcpctab main.Square.Area [valfunc=pctoinline]
     0     -1 00000 (panic_recovered_then_unrecovered.go:9)	TEXT	main.Square.Area(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (panic_recovered_then_unrecovered.go:9)	TEXT	main.Square.Area(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (panic_recovered_then_unrecovered.go:9)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (panic_recovered_then_unrecovered.go:9)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (panic_recovered_then_unrecovered.go:9)	FUNCDATA	$5, main.Square.Area.arginfo1(SB)
     0        00000 (panic_recovered_then_unrecovered.go:9)	FUNCDATA	$6, main.Square.Area.argliveinfo(SB)
     0        00000 (panic_recovered_then_unrecovered.go:9)	PCDATA	$3, $1
     0     -1 00000 (panic_recovered_then_unrecovered.go:9)	MULSD	X0, X0
     4        00004 (panic_recovered_then_unrecovered.go:9)	RET
     5 done
wrote 3 bytes to 0x0
 00 05 00
funcpctab main.Circle.Area [valfunc=pctoinline]
     0     -1 00000 (panic_recovered_then_unrecovered.go:8)	TEXT	main.Circle.Area(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (panic_recovered_then_unrecovered.go:8)	TEXT	main.Circle.Area(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (panic_recovered_then_unrecovered.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (panic_recovered_then_unrecovered.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (panic_recovered_then_unrecovered.go:8)	FUNCDATA	$5, main.Circle.Area.arginfo1(SB)
     0        00000 (panic_recovered_then_unrecovered.go:8)	FUNCDATA	$6, main.Circle.Area.argliveinfo(SB)
     0        00000 (panic_recovered_then_unrecovered.go:8)	PCDATA	$3, $1
     0     -1 00000 (panic_recovered_then_unrecovered.go:8)	MOVSD	$f64.4008000000000000(SB), X1
     8        00008 (panic_recovered_then_unrecovered.go:8)	MULSD	X0, X1
     c        00012 (panic_recovered_then_unrecovered.go:8)	MULSD	X1, X0
    10        00016 (panic_recovered_then_unrecovered.go:8)	RET
    11 done
wrote 3 bytes to 0x0
 00 11 00
main.Circle.Area STEXT nosplit size=17 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (panic_recovered_then_unrecovered.go:8)	TEXT	main.Circle.Area(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (panic_recovered_then_unrecovered.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (panic_recovered_then_unrecovered.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (panic_recovered_then_unrecovered.go:8)	FUNCDATA	$5, main.Circle.Area.arginfo1(SB)
	0x0000 00000 (panic_recovered_then_unrecovered.go:8)	FUNCDATA	$6, main.Circle.Area.argliveinfo(SB)
	0x0000 00000 (panic_recovered_then_unrecovered.go:8)	PCDATA	$3, $1
	0x0000 00000 (panic_recovered_then_unrecovered.go:8)	MOVSD	$f64.4008000000000000(SB), X1
	0x0008 00008 (panic_recovered_then_unrecovered.go:8)	MULSD	X0, X1
	0x000c 00012 (panic_recovered_then_unrecovered.go:8)	MULSD	X1, X0
	0x0010 00016 (panic_recovered_then_unrecovered.go:8)	RET
	0x0000 f2 0f 10 0d 00 00 00 00 f2 0f 59 c8 f2 0f 59 c1  ..........Y...Y.
	0x0010 c3                                               .
	rel 4+4 t=R_PCREL $f64.4008000000000000+0
main.Square.Area STEXT nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (panic_recovered_then_unrecovered.go:9)	TEXT	main.Square.Area(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (panic_recovered_then_unrecovered.go:9)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (panic_recovered_then_unrecovered.go:9)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (panic_recovered_then_unrecovered.go:9)	FUNCDATA	$5, main.Square.Area.arginfo1(SB)
	0x0000 00000 (panic_recovered_then_unrecovered.go:9)	FUNCDATA	$6, main.Square.Area.argliveinfo(SB)
	0x0000 00000 (panic_recovered_then_unrecovered.go:9)	PCDATA	$3, $1
	0x0000 00000 (panic_recovered_then_unrecovered.go:9)	MULSD	X0, X0
	0x0004 00004 (panic_recovered_then_unrecovered.go:9)	RET
	0x0000 f2 0f 59 c0 c3                                   ..Y..
main.mustCircle STEXT size=98 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (panic_recovered_then_unrecovered.go:11)	TEXT	main.mustCircle(SB), ABIInternal, $32-16
	0x0000 00000 (panic_recovered_then_unrecovered.go:11)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_recovered_then_unrecovered.go:11)	PCDATA	$0, $-2
	0x0004 00004 (panic_recovered_then_unrecovered.go:11)	JLS	70
	0x0006 00006 (panic_recovered_then_unrecovered.go:11)	PCDATA	$0, $-1
	0x0006 00006 (panic_recovered_then_unrecovered.go:11)	PUSHQ	BP
	0x0007 00007 (panic_recovered_then_unrecovered.go:11)	MOVQ	SP, BP
	0x000a 00010 (panic_recovered_then_unrecovered.go:11)	SUBQ	$24, SP
	0x000e 00014 (panic_recovered_then_unrecovered.go:11)	MOVQ	AX, main.s+40(FP)
	0x0013 00019 (panic_recovered_then_unrecovered.go:11)	MOVQ	BX, main.s+48(FP)
	0x0018 00024 (panic_recovered_then_unrecovered.go:11)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (panic_recovered_then_unrecovered.go:11)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (panic_recovered_then_unrecovered.go:11)	FUNCDATA	$5, main.mustCircle.arginfo1(SB)
	0x0018 00024 (panic_recovered_then_unrecovered.go:11)	FUNCDATA	$6, main.mustCircle.argliveinfo(SB)
	0x0018 00024 (panic_recovered_then_unrecovered.go:11)	PCDATA	$3, $1
	0x0018 00024 (panic_recovered_then_unrecovered.go:12)	LEAQ	go:itab.main.Circle,main.Shape(SB), DX
	0x001f 00031 (panic_recovered_then_unrecovered.go:12)	NOP
	0x0020 00032 (panic_recovered_then_unrecovered.go:12)	CMPQ	AX, DX
	0x0023 00035 (panic_recovered_then_unrecovered.go:12)	JNE	47
	0x0025 00037 (panic_recovered_then_unrecovered.go:12)	MOVSD	(BX), X0
	0x0029 00041 (panic_recovered_then_unrecovered.go:12)	ADDQ	$24, SP
	0x002d 00045 (panic_recovered_then_unrecovered.go:12)	POPQ	BP
	0x002e 00046 (panic_recovered_then_unrecovered.go:12)	RET
	0x002f 00047 (panic_recovered_then_unrecovered.go:12)	LEAQ	type:main.Circle(SB), BX
	0x0036 00054 (panic_recovered_then_unrecovered.go:12)	LEAQ	type:main.Shape(SB), CX
	0x003d 00061 (panic_recovered_then_unrecovered.go:12)	PCDATA	$1, $1
	0x003d 00061 (panic_recovered_then_unrecovered.go:12)	NOP
	0x0040 00064 (panic_recovered_then_unrecovered.go:12)	CALL	runtime.panicdottypeI(SB)
	0x0045 00069 (panic_recovered_then_unrecovered.go:12)	XCHGL	AX, AX
	0x0046 00070 (panic_recovered_then_unrecovered.go:12)	NOP
	0x0046 00070 (panic_recovered_then_unrecovered.go:11)	PCDATA	$1, $-1
	0x0046 00070 (panic_recovered_then_unrecovered.go:11)	PCDATA	$0, $-2
	0x0046 00070 (panic_recovered_then_unrecovered.go:11)	MOVQ	AX, 8(SP)
	0x004b 00075 (panic_recovered_then_unrecovered.go:11)	MOVQ	BX, 16(SP)
	0x0050 00080 (panic_recovered_then_unrecovered.go:11)	CALL	runtime.morestack_noctxt(SB)
	0x0055 00085 (panic_recovered_then_unrecovered.go:11)	PCDATA	$0, $-1
	0x0055 00085 (panic_recovered_then_unrecovered.go:11)	MOVQ	8(SP), AX
	0x005a 00090 (panic_recovered_then_unrecovered.go:11)	MOVQ	16(SP), BX
	0x005f 00095 (panic_recovered_then_unrecovered.go:11)	NOP
	0x0060 00096 (panic_recovered_then_unrecovered.go:11)	JMP	0
	0x0000 49 3b 66 10 76 40 55 48 89 e5 48 83 ec 18 48 89  I;f.v@UH..H...H.
	0x0010 44 24 28 48 89 5c 24 30 48 8d 15 00 00 00 00 90  D$(H.\$0H.......
	0x0020 48 39 d0 75 0a f2 0f 10 03 48 83 c4 18 5d c3 48  H9.u.....H...].H
	0x0030 8d 1d 00 00 00 00 48 8d 0d 00 00 00 00 0f 1f 00  ......H.........
	0x0040 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c 24 10  ......H.D$.H.\$.
	0x0050 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 90  .....H.D$.H.\$..
	0x0060 eb 9e                                            ..
	rel 27+4 t=R_PCREL go:itab.main.Circle,main.Shape+0
	rel 50+4 t=R_PCREL type:main.Circle+0
	rel 57+4 t=R_PCREL type:main.Shape+0
	rel 65+4 t=R_CALL runtime.panicdottypeI+0
	rel 81+4 t=R_CALL runtime.morestack_noctxt+0
main.safe STEXT size=189 align=0x0 args=0x10 locals=0x40 funcid=0x0
	0x0000 00000 (panic_recovered_then_unrecovered.go:15)	TEXT	main.safe(SB), ABIInternal, $64-16
	0x0000 00000 (panic_recovered_then_unrecovered.go:15)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_recovered_then_unrecovered.go:15)	PCDATA	$0, $-2
	0x0004 00004 (panic_recovered_then_unrecovered.go:15)	JLS	159
	0x000a 00010 (panic_recovered_then_unrecovered.go:15)	PCDATA	$0, $-1
	0x000a 00010 (panic_recovered_then_unrecovered.go:15)	PUSHQ	BP
	0x000b 00011 (panic_recovered_then_unrecovered.go:15)	MOVQ	SP, BP
	0x000e 00014 (panic_recovered_then_unrecovered.go:15)	SUBQ	$56, SP
	0x0012 00018 (panic_recovered_then_unrecovered.go:15)	MOVQ	AX, main.s+72(FP)
	0x0017 00023 (panic_recovered_then_unrecovered.go:15)	MOVQ	BX, main.s+80(FP)
	0x001c 00028 (panic_recovered_then_unrecovered.go:15)	MOVQ	X15, 48(SP)
	0x0023 00035 (panic_recovered_then_unrecovered.go:15)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0023 00035 (panic_recovered_then_unrecovered.go:15)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
	0x0023 00035 (panic_recovered_then_unrecovered.go:15)	FUNCDATA	$2, main.safe.stkobj(SB)
	0x0023 00035 (panic_recovered_then_unrecovered.go:15)	FUNCDATA	$5, main.safe.arginfo1(SB)
	0x0023 00035 (panic_recovered_then_unrecovered.go:15)	FUNCDATA	$6, main.safe.argliveinfo(SB)
	0x0023 00035 (panic_recovered_then_unrecovered.go:15)	FUNCDATA	$4, main.safe.opendefer(SB)
	0x0023 00035 (panic_recovered_then_unrecovered.go:15)	PCDATA	$3, $1
	0x0023 00035 (panic_recovered_then_unrecovered.go:15)	MOVB	$0, main..autotmp_7+31(SP)
	0x0028 00040 (panic_recovered_then_unrecovered.go:15)	MOVB	$0, main.ok+30(SP)
	0x002d 00045 (panic_recovered_then_unrecovered.go:16)	LEAQ	main.safe.func1(SB), SI
	0x0034 00052 (panic_recovered_then_unrecovered.go:16)	MOVQ	SI, main..autotmp_6+32(SP)
	0x0039 00057 (panic_recovered_then_unrecovered.go:16)	LEAQ	main.ok+30(SP), SI
	0x003e 00062 (panic_recovered_then_unrecovered.go:16)	MOVQ	SI, main..autotmp_6+40(SP)
	0x0043 00067 (panic_recovered_then_unrecovered.go:16)	LEAQ	main..autotmp_6+32(SP), DX
	0x0048 00072 (panic_recovered_then_unrecovered.go:16)	MOVQ	DX, main..autotmp_8+48(SP)
	0x004d 00077 (panic_recovered_then_unrecovered.go:16)	MOVB	$1, main..autotmp_7+31(SP)
	0x0052 00082 (panic_recovered_then_unrecovered.go:21)	XCHGL	AX, AX
	0x0053 00083 (panic_recovered_then_unrecovered.go:12)	LEAQ	go:itab.main.Circle,main.Shape(SB), SI
	0x005a 00090 (panic_recovered_then_unrecovered.go:12)	CMPQ	AX, SI
	0x005d 00093 (panic_recovered_then_unrecovered.go:12)	JNE	123
	0x005f 00095 (panic_recovered_then_unrecovered.go:22)	MOVB	$1, main.ok+30(SP)
	0x0064 00100 (panic_recovered_then_unrecovered.go:22)	MOVB	$0, main..autotmp_7+31(SP)
	0x0069 00105 (panic_recovered_then_unrecovered.go:22)	MOVQ	main..autotmp_6+32(SP), AX
	0x006e 00110 (panic_recovered_then_unrecovered.go:22)	PCDATA	$1, $1
	0x006e 00110 (panic_recovered_then_unrecovered.go:22)	CALL	AX
	0x0070 00112 (panic_recovered_then_unrecovered.go:22)	MOVBLZX	main.ok+30(SP), AX
	0x0075 00117 (panic_recovered_then_unrecovered.go:22)	ADDQ	$56, SP
	0x0079 00121 (panic_recovered_then_unrecovered.go:22)	POPQ	BP
	0x007a 00122 (panic_recovered_then_unrecovered.go:22)	RET
	0x007b 00123 (panic_recovered_then_unrecovered.go:12)	LEAQ	type:main.Circle(SB), BX
	0x0082 00130 (panic_recovered_then_unrecovered.go:12)	LEAQ	type:main.Shape(SB), CX
	0x0089 00137 (panic_recovered_then_unrecovered.go:12)	CALL	runtime.panicdottypeI(SB)
	0x008e 00142 (panic_recovered_then_unrecovered.go:12)	XCHGL	AX, AX
	0x008f 00143 (panic_recovered_then_unrecovered.go:12)	CALL	runtime.deferreturn(SB)
	0x0094 00148 (panic_recovered_then_unrecovered.go:12)	MOVBLZX	main.ok+30(SP), AX
	0x0099 00153 (panic_recovered_then_unrecovered.go:12)	ADDQ	$56, SP
	0x009d 00157 (panic_recovered_then_unrecovered.go:12)	POPQ	BP
	0x009e 00158 (panic_recovered_then_unrecovered.go:12)	RET
	0x009f 00159 (panic_recovered_then_unrecovered.go:12)	NOP
	0x009f 00159 (panic_recovered_then_unrecovered.go:15)	PCDATA	$1, $-1
	0x009f 00159 (panic_recovered_then_unrecovered.go:15)	PCDATA	$0, $-2
	0x009f 00159 (panic_recovered_then_unrecovered.go:15)	MOVQ	AX, 8(SP)
	0x00a4 00164 (panic_recovered_then_unrecovered.go:15)	MOVQ	BX, 16(SP)
	0x00a9 00169 (panic_recovered_then_unrecovered.go:15)	CALL	runtime.morestack_noctxt(SB)
	0x00ae 00174 (panic_recovered_then_unrecovered.go:15)	PCDATA	$0, $-1
	0x00ae 00174 (panic_recovered_then_unrecovered.go:15)	MOVQ	8(SP), AX
	0x00b3 00179 (panic_recovered_then_unrecovered.go:15)	MOVQ	16(SP), BX
	0x00b8 00184 (panic_recovered_then_unrecovered.go:15)	JMP	0
	0x0000 49 3b 66 10 0f 86 95 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 48 89 44 24 48 48 89 5c 24 50 66 44 0f d6  .8H.D$HH.\$PfD..
	0x0020 7c 24 30 c6 44 24 1f 00 c6 44 24 1e 00 48 8d 35  |$0.D$...D$..H.5
	0x0030 00 00 00 00 48 89 74 24 20 48 8d 74 24 1e 48 89  ....H.t$ H.t$.H.
	0x0040 74 24 28 48 8d 54 24 20 48 89 54 24 30 c6 44 24  t$(H.T$ H.T$0.D$
	0x0050 1f 01 90 48 8d 35 00 00 00 00 48 39 f0 75 1c c6  ...H.5....H9.u..
	0x0060 44 24 1e 01 c6 44 24 1f 00 48 8b 44 24 20 ff d0  D$...D$..H.D$ ..
	0x0070 0f b6 44 24 1e 48 83 c4 38 5d c3 48 8d 1d 00 00  ..D$.H..8].H....
	0x0080 00 00 48 8d 0d 00 00 00 00 e8 00 00 00 00 90 e8  ..H.............
	0x0090 00 00 00 00 0f b6 44 24 1e 48 83 c4 38 5d c3 48  ......D$.H..8].H
	0x00a0 89 44 24 08 48 89 5c 24 10 e8 00 00 00 00 48 8b  .D$.H.\$......H.
	0x00b0 44 24 08 48 8b 5c 24 10 e9 43 ff ff ff           D$.H.\$..C...
	rel 48+4 t=R_PCREL main.safe.func1+0
	rel 86+4 t=R_PCREL go:itab.main.Circle,main.Shape+0
	rel 110+0 t=R_CALLIND +0
	rel 126+4 t=R_PCREL type:main.Circle+0
	rel 133+4 t=R_PCREL type:main.Shape+0
	rel 138+4 t=R_CALL runtime.panicdottypeI+0
	rel 144+4 t=R_CALL runtime.deferreturn+0
	rel 170+4 t=R_CALL runtime.morestack_noctxt+0
main.safe.func1 STEXT size=57 align=0x0 args=0x0 locals=0x10 funcid=0x0
	0x0000 00000 (panic_recovered_then_unrecovered.go:16)	TEXT	main.safe.func1(SB), NEEDCTXT|ABIInternal, $16-0
	0x0000 00000 (panic_recovered_then_unrecovered.go:16)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_recovered_then_unrecovered.go:16)	PCDATA	$0, $-2
	0x0004 00004 (panic_recovered_then_unrecovered.go:16)	JLS	50
	0x0006 00006 (panic_recovered_then_unrecovered.go:16)	PCDATA	$0, $-1
	0x0006 00006 (panic_recovered_then_unrecovered.go:16)	PUSHQ	BP
	0x0007 00007 (panic_recovered_then_unrecovered.go:16)	MOVQ	SP, BP
	0x000a 00010 (panic_recovered_then_unrecovered.go:16)	SUBQ	$8, SP
	0x000e 00014 (panic_recovered_then_unrecovered.go:16)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (panic_recovered_then_unrecovered.go:16)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (panic_recovered_then_unrecovered.go:16)	MOVQ	8(DX), AX
	0x0012 00018 (panic_recovered_then_unrecovered.go:16)	MOVQ	AX, main.&ok(SP)
	0x0016 00022 (panic_recovered_then_unrecovered.go:17)	PCDATA	$1, $1
	0x0016 00022 (panic_recovered_then_unrecovered.go:17)	CALL	runtime.gorecover(SB)
	0x001b 00027 (panic_recovered_then_unrecovered.go:17)	NOP
	0x0020 00032 (panic_recovered_then_unrecovered.go:17)	TESTQ	AX, AX
	0x0023 00035 (panic_recovered_then_unrecovered.go:17)	JEQ	44
	0x0025 00037 (panic_recovered_then_unrecovered.go:18)	MOVQ	main.&ok(SP), AX
	0x0029 00041 (panic_recovered_then_unrecovered.go:18)	MOVB	$0, (AX)
	0x002c 00044 (panic_recovered_then_unrecovered.go:20)	ADDQ	$8, SP
	0x0030 00048 (panic_recovered_then_unrecovered.go:20)	POPQ	BP
	0x0031 00049 (panic_recovered_then_unrecovered.go:20)	RET
	0x0032 00050 (panic_recovered_then_unrecovered.go:20)	NOP
	0x0032 00050 (panic_recovered_then_unrecovered.go:16)	PCDATA	$1, $-1
	0x0032 00050 (panic_recovered_then_unrecovered.go:16)	PCDATA	$0, $-2
	0x0032 00050 (panic_recovered_then_unrecovered.go:16)	CALL	runtime.morestack(SB)
	0x0037 00055 (panic_recovered_then_unrecovered.go:16)	PCDATA	$0, $-1
	0x0037 00055 (panic_recovered_then_unrecovered.go:16)	JMP	0
	0x0000 49 3b 66 10 76 2c 55 48 89 e5 48 83 ec 08 48 8b  I;f.v,UH..H...H.
	0x0010 42 08 48 89 04 24 e8 00 00 00 00 0f 1f 44 00 00  B.H..$.......D..
	0x0020 48 85 c0 74 07 48 8b 04 24 c6 00 00 48 83 c4 08  H..t.H..$...H...
	0x0030 5d c3 e8 00 00 00 00 eb c7                       ]........
	rel 23+4 t=R_CALL runtime.gorecover+0
	rel 51+4 t=R_CALL runtime.morestack+0
main.main STEXT size=432 align=0x0 args=0x0 locals=0x88 funcid=0x0
	0x0000 00000 (panic_recovered_then_unrecovered.go:25)	TEXT	main.main(SB), ABIInternal, $136-0
	0x0000 00000 (panic_recovered_then_unrecovered.go:25)	LEAQ	-8(SP), R12
	0x0005 00005 (panic_recovered_then_unrecovered.go:25)	CMPQ	R12, 16(R14)
	0x0009 00009 (panic_recovered_then_unrecovered.go:25)	PCDATA	$0, $-2
	0x0009 00009 (panic_recovered_then_unrecovered.go:25)	JLS	422
	0x000f 00015 (panic_recovered_then_unrecovered.go:25)	PCDATA	$0, $-1
	0x000f 00015 (panic_recovered_then_unrecovered.go:25)	PUSHQ	BP
	0x0010 00016 (panic_recovered_then_unrecovered.go:25)	MOVQ	SP, BP
	0x0013 00019 (panic_recovered_then_unrecovered.go:25)	ADDQ	$-128, SP
	0x0017 00023 (panic_recovered_then_unrecovered.go:25)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
	0x0017 00023 (panic_recovered_then_unrecovered.go:25)	FUNCDATA	$1, gclocals·SXxLAJNeP6KWjNGHlDFG7g==(SB)
	0x0017 00023 (panic_recovered_then_unrecovered.go:25)	FUNCDATA	$2, main.main.stkobj(SB)
	0x0017 00023 (panic_recovered_then_unrecovered.go:26)	LEAQ	go:itab.main.Circle,main.Shape(SB), DX
	0x001e 00030 (panic_recovered_then_unrecovered.go:26)	MOVQ	DX, main..autotmp_11+80(SP)
	0x0023 00035 (panic_recovered_then_unrecovered.go:26)	LEAQ	main..stmp_0(SB), SI
	0x002a 00042 (panic_recovered_then_unrecovered.go:26)	MOVQ	SI, main..autotmp_11+88(SP)
	0x002f 00047 (panic_recovered_then_unrecovered.go:26)	LEAQ	go:itab.main.Square,main.Shape(SB), SI
	0x0036 00054 (panic_recovered_then_unrecovered.go:26)	MOVQ	SI, main..autotmp_11+96(SP)
	0x003b 00059 (panic_recovered_then_unrecovered.go:26)	LEAQ	main..stmp_1(SB), SI
	0x0042 00066 (panic_recovered_then_unrecovered.go:26)	MOVQ	SI, main..autotmp_11+104(SP)
	0x0047 00071 (panic_recovered_then_unrecovered.go:26)	MOVQ	DX, main..autotmp_11+112(SP)
	0x004c 00076 (panic_recovered_then_unrecovered.go:26)	LEAQ	main..stmp_2(SB), SI
	0x0053 00083 (panic_recovered_then_unrecovered.go:26)	MOVQ	SI, main..autotmp_11+120(SP)
	0x0058 00088 (panic_recovered_then_unrecovered.go:27)	LEAQ	main..autotmp_11+80(SP), SI
	0x005d 00093 (panic_recovered_then_unrecovered.go:27)	XORL	AX, AX
	0x005f 00095 (panic_recovered_then_unrecovered.go:27)	NOP
	0x0060 00096 (panic_recovered_then_unrecovered.go:27)	JMP	256
	0x0065 00101 (panic_recovered_then_unrecovered.go:27)	MOVQ	AX, main.i+40(SP)
	0x006a 00106 (panic_recovered_then_unrecovered.go:27)	MOVQ	SI, main..autotmp_32+72(SP)
	0x006f 00111 (panic_recovered_then_unrecovered.go:27)	MOVQ	(SI), AX
	0x0072 00114 (panic_recovered_then_unrecovered.go:27)	MOVQ	AX, main.s.itab+32(SP)
	0x0077 00119 (panic_recovered_then_unrecovered.go:27)	MOVQ	8(SI), BX
	0x007b 00123 (panic_recovered_then_unrecovered.go:27)	MOVQ	BX, main.s.data+64(SP)
	0x0080 00128 (panic_recovered_then_unrecovered.go:28)	PCDATA	$1, $1
	0x0080 00128 (panic_recovered_then_unrecovered.go:28)	CALL	main.safe(SB)
	0x0085 00133 (panic_recovered_then_unrecovered.go:28)	MOVB	AL, main..autotmp_33+31(SP)
	0x0089 00137 (panic_recovered_then_unrecovered.go:28)	MOVQ	main.s.itab+32(SP), CX
	0x008e 00142 (panic_recovered_then_unrecovered.go:28)	MOVQ	24(CX), CX
	0x0092 00146 (panic_recovered_then_unrecovered.go:28)	MOVQ	main.s.data+64(SP), AX
	0x0097 00151 (panic_recovered_then_unrecovered.go:28)	PCDATA	$1, $2
	0x0097 00151 (panic_recovered_then_unrecovered.go:28)	CALL	CX
	0x0099 00153 (panic_recovered_then_unrecovered.go:28)	MOVSD	X0, main..autotmp_34+56(SP)
	0x009f 00159 (panic_recovered_then_unrecovered.go:28)	NOP
	0x00a0 00160 (panic_recovered_then_unrecovered.go:28)	CALL	runtime.printlock(SB)
	0x00a5 00165 (panic_recovered_then_unrecovered.go:28)	MOVQ	main.i+40(SP), AX
	0x00aa 00170 (panic_recovered_then_unrecovered.go:28)	CALL	runtime.printint(SB)
	0x00af 00175 (panic_recovered_then_unrecovered.go:28)	CALL	runtime.printsp(SB)
	0x00b4 00180 (panic_recovered_then_unrecovered.go:28)	MOVBLZX	main..autotmp_33+31(SP), AX
	0x00b9 00185 (panic_recovered_then_unrecovered.go:28)	CALL	runtime.printbool(SB)
	0x00be 00190 (panic_recovered_then_unrecovered.go:28)	NOP
	0x00c0 00192 (panic_recovered_then_unrecovered.go:28)	CALL	runtime.printsp(SB)
	0x00c5 00197 (panic_recovered_then_unrecovered.go:28)	MOVSD	main..autotmp_34+56(SP), X0
	0x00cb 00203 (panic_recovered_then_unrecovered.go:28)	CVTTSD2SQ	X0, AX
	0x00d0 00208 (panic_recovered_then_unrecovered.go:28)	CALL	runtime.printint(SB)
	0x00d5 00213 (panic_recovered_then_unrecovered.go:28)	CALL	runtime.printnl(SB)
	0x00da 00218 (panic_recovered_then_unrecovered.go:28)	CALL	runtime.printunlock(SB)
	0x00df 00223 (panic_recovered_then_unrecovered.go:27)	MOVQ	main..autotmp_32+72(SP), SI
	0x00e4 00228 (panic_recovered_then_unrecovered.go:27)	ADDQ	$16, SI
	0x00e8 00232 (panic_recovered_then_unrecovered.go:27)	MOVQ	main.i+40(SP), AX
	0x00ed 00237 (panic_recovered_then_unrecovered.go:27)	INCQ	AX
	0x00f0 00240 (panic_recovered_then_unrecovered.go:27)	LEAQ	go:itab.main.Circle,main.Shape(SB), DX
	0x00f7 00247 (panic_recovered_then_unrecovered.go:27)	NOP
	0x0100 00256 (panic_recovered_then_unrecovered.go:27)	CMPQ	AX, $3
	0x0104 00260 (panic_recovered_then_unrecovered.go:27)	JLT	101
	0x010a 00266 (panic_recovered_then_unrecovered.go:30)	LEAQ	main..autotmp_11+80(SP), SI
	0x010f 00271 (panic_recovered_then_unrecovered.go:30)	XORL	AX, AX
	0x0111 00273 (panic_recovered_then_unrecovered.go:30)	JMP	375
	0x0113 00275 (panic_recovered_then_unrecovered.go:30)	MOVQ	AX, main..autotmp_35+48(SP)
	0x0118 00280 (panic_recovered_then_unrecovered.go:30)	MOVQ	SI, main..autotmp_32+72(SP)
	0x011d 00285 (panic_recovered_then_unrecovered.go:30)	MOVQ	8(SI), AX
	0x0121 00289 (panic_recovered_then_unrecovered.go:12)	MOVSD	(AX), X0
	0x0125 00293 (panic_recovered_then_unrecovered.go:12)	MOVSD	X0, main..autotmp_34+56(SP)
	0x012b 00299 (panic_recovered_then_unrecovered.go:31)	PCDATA	$1, $3
	0x012b 00299 (panic_recovered_then_unrecovered.go:31)	CALL	runtime.printlock(SB)
	0x0130 00304 (panic_recovered_then_unrecovered.go:31)	LEAQ	go:string."radius "(SB), AX
	0x0137 00311 (panic_recovered_then_unrecovered.go:31)	MOVL	$7, BX
	0x013c 00316 (panic_recovered_then_unrecovered.go:31)	NOP
	0x0140 00320 (panic_recovered_then_unrecovered.go:31)	CALL	runtime.printstring(SB)
	0x0145 00325 (panic_recovered_then_unrecovered.go:31)	MOVSD	main..autotmp_34+56(SP), X0
	0x014b 00331 (panic_recovered_then_unrecovered.go:31)	CVTTSD2SQ	X0, AX
	0x0150 00336 (panic_recovered_then_unrecovered.go:31)	CALL	runtime.printint(SB)
	0x0155 00341 (panic_recovered_then_unrecovered.go:31)	CALL	runtime.printnl(SB)
	0x015a 00346 (panic_recovered_then_unrecovered.go:31)	CALL	runtime.printunlock(SB)
	0x015f 00351 (panic_recovered_then_unrecovered.go:30)	MOVQ	main..autotmp_32+72(SP), SI
	0x0164 00356 (panic_recovered_then_unrecovered.go:30)	ADDQ	$16, SI
	0x0168 00360 (panic_recovered_then_unrecovered.go:30)	MOVQ	main..autotmp_35+48(SP), AX
	0x016d 00365 (panic_recovered_then_unrecovered.go:30)	INCQ	AX
	0x0170 00368 (panic_recovered_then_unrecovered.go:30)	LEAQ	go:itab.main.Circle,main.Shape(SB), DX
	0x0177 00375 (panic_recovered_then_unrecovered.go:30)	CMPQ	AX, $3
	0x017b 00379 (panic_recovered_then_unrecovered.go:30)	JGE	391
	0x017d 00381 (panic_recovered_then_unrecovered.go:30)	MOVQ	(SI), DI
	0x0180 00384 (<unknown line number>)	NOP
	0x0180 00384 (panic_recovered_then_unrecovered.go:12)	CMPQ	DI, DX
	0x0183 00387 (panic_recovered_then_unrecovered.go:12)	JEQ	275
	0x0185 00389 (panic_recovered_then_unrecovered.go:12)	JMP	397
	0x0187 00391 (panic_recovered_then_unrecovered.go:33)	SUBQ	$-128, SP
	0x018b 00395 (panic_recovered_then_unrecovered.go:33)	POPQ	BP
	0x018c 00396 (panic_recovered_then_unrecovered.go:33)	RET
	0x018d 00397 (panic_recovered_then_unrecovered.go:12)	MOVQ	DI, AX
	0x0190 00400 (panic_recovered_then_unrecovered.go:12)	LEAQ	type:main.Circle(SB), BX
	0x0197 00407 (panic_recovered_then_unrecovered.go:12)	LEAQ	type:main.Shape(SB), CX
	0x019e 00414 (panic_recovered_then_unrecovered.go:12)	PCDATA	$1, $0
	0x019e 00414 (panic_recovered_then_unrecovered.go:12)	NOP
	0x01a0 00416 (panic_recovered_then_unrecovered.go:12)	CALL	runtime.panicdottypeI(SB)
	0x01a5 00421 (panic_recovered_then_unrecovered.go:12)	XCHGL	AX, AX
	0x01a6 00422 (panic_recovered_then_unrecovered.go:12)	NOP
	0x01a6 00422 (panic_recovered_then_unrecovered.go:25)	PCDATA	$1, $-1
	0x01a6 00422 (panic_recovered_then_unrecovered.go:25)	PCDATA	$0, $-2
	0x01a6 00422 (panic_recovered_then_unrecovered.go:25)	CALL	runtime.morestack_noctxt(SB)
	0x01ab 00427 (panic_recovered_then_unrecovered.go:25)	PCDATA	$0, $-1
	0x01ab 00427 (panic_recovered_then_unrecovered.go:25)	JMP	0
	0x0000 4c 8d 64 24 f8 4d 3b 66 10 0f 86 97 01 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 83 c4 80 48 8d 15 00 00 00 00 48 89  H..H...H......H.
	0x0020 54 24 50 48 8d 35 00 00 00 00 48 89 74 24 58 48  T$PH.5....H.t$XH
	0x0030 8d 35 00 00 00 00 48 89 74 24 60 48 8d 35 00 00  .5....H.t$`H.5..
	0x0040 00 00 48 89 74 24 68 48 89 54 24 70 48 8d 35 00  ..H.t$hH.T$pH.5.
	0x0050 00 00 00 48 89 74 24 78 48 8d 74 24 50 31 c0 90  ...H.t$xH.t$P1..
	0x0060 e9 9b 00 00 00 48 89 44 24 28 48 89 74 24 48 48  .....H.D$(H.t$HH
	0x0070 8b 06 48 89 44 24 20 48 8b 5e 08 48 89 5c 24 40  ..H.D$ H.^.H.\$@
	0x0080 e8 00 00 00 00 88 44 24 1f 48 8b 4c 24 20 48 8b  ......D$.H.L$ H.
	0x0090 49 18 48 8b 44 24 40 ff d1 f2 0f 11 44 24 38 90  I.H.D$@.....D$8.
	0x00a0 e8 00 00 00 00 48 8b 44 24 28 e8 00 00 00 00 e8  .....H.D$(......
	0x00b0 00 00 00 00 0f b6 44 24 1f e8 00 00 00 00 66 90  ......D$......f.
	0x00c0 e8 00 00 00 00 f2 0f 10 44 24 38 f2 48 0f 2c c0  ........D$8.H.,.
	0x00d0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x00e0 8b 74 24 48 48 83 c6 10 48 8b 44 24 28 48 ff c0  .t$HH...H.D$(H..
	0x00f0 48 8d 15 00 00 00 00 66 0f 1f 84 00 00 00 00 00  H......f........
	0x0100 48 83 f8 03 0f 8c 5b ff ff ff 48 8d 74 24 50 31  H.....[...H.t$P1
	0x0110 c0 eb 64 48 89 44 24 30 48 89 74 24 48 48 8b 46  ..dH.D$0H.t$HH.F
	0x0120 08 f2 0f 10 00 f2 0f 11 44 24 38 e8 00 00 00 00  ........D$8.....
	0x0130 48 8d 05 00 00 00 00 bb 07 00 00 00 0f 1f 40 00  H.............@.
	0x0140 e8 00 00 00 00 f2 0f 10 44 24 38 f2 48 0f 2c c0  ........D$8.H.,.
	0x0150 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0160 8b 74 24 48 48 83 c6 10 48 8b 44 24 30 48 ff c0  .t$HH...H.D$0H..
	0x0170 48 8d 15 00 00 00 00 48 83 f8 03 7d 0a 48 8b 3e  H......H...}.H.>
	0x0180 48 39 d7 74 8e eb 06 48 83 ec 80 5d c3 48 89 f8  H9.t...H...].H..
	0x0190 48 8d 1d 00 00 00 00 48 8d 0d 00 00 00 00 66 90  H......H......f.
	0x01a0 e8 00 00 00 00 90 e8 00 00 00 00 e9 50 fe ff ff  ............P...
	rel 3+0 t=R_USEIFACE type:main.Circle+0
	rel 3+0 t=R_USEIFACE type:main.Square+0
	rel 3+0 t=R_USEIFACE type:main.Circle+0
	rel 3+0 t=R_USEIFACEMETHOD type:main.Shape+96
	rel 26+4 t=R_PCREL go:itab.main.Circle,main.Shape+0
	rel 38+4 t=R_PCREL main..stmp_0+0
	rel 50+4 t=R_PCREL go:itab.main.Square,main.Shape+0
	rel 62+4 t=R_PCREL main..stmp_1+0
	rel 79+4 t=R_PCREL main..stmp_2+0
	rel 129+4 t=R_CALL main.safe+0
	rel 151+0 t=R_CALLIND +0
	rel 161+4 t=R_CALL runtime.printlock+0
	rel 171+4 t=R_CALL runtime.printint+0
	rel 176+4 t=R_CALL runtime.printsp+0
	rel 186+4 t=R_CALL runtime.printbool+0
	rel 193+4 t=R_CALL runtime.printsp+0
	rel 209+4 t=R_CALL runtime.printint+0
	rel 214+4 t=R_CALL runtime.printnl+0
	rel 219+4 t=R_CALL runtime.printunlock+0
	rel 243+4 t=R_PCREL go:itab.main.Circle,main.Shape+0
	rel 300+4 t=R_CALL runtime.printlock+0
	rel 307+4 t=R_PCREL go:string."radius "+0
	rel 321+4 t=R_CALL runtime.printstring+0
	rel 337+4 t=R_CALL runtime.printint+0
	rel 342+4 t=R_CALL runtime.printnl+0
	rel 347+4 t=R_CALL runtime.printunlock+0
	rel 371+4 t=R_PCREL go:itab.main.Circle,main.Shape+0
	rel 403+4 t=R_PCREL type:main.Circle+0
	rel 410+4 t=R_PCREL type:main.Shape+0
	rel 417+4 t=R_CALL runtime.panicdottypeI+0
	rel 423+4 t=R_CALL runtime.morestack_noctxt+0
main.Shape.Area STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Shape.Area(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Shape.Area.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Shape.Area.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.Shape+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Circle).Area STEXT dupok nosplit size=38 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Circle).Area(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Circle).Area.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Circle).Area.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	31
	0x0009 00009 (<autogenerated>:1)	MOVSD	(AX), X0
	0x000d 00013 (panic_recovered_then_unrecovered.go:8)	MOVSD	$f64.4008000000000000(SB), X1
	0x0015 00021 (panic_recovered_then_unrecovered.go:8)	MULSD	X0, X1
	0x0019 00025 (panic_recovered_then_unrecovered.go:8)	MULSD	X1, X0
	0x001d 00029 (<unknown line number>)	NOP
	0x001d 00029 (<autogenerated>:1)	POPQ	BP
	0x001e 00030 (<autogenerated>:1)	RET
	0x001f 00031 (<autogenerated>:1)	PCDATA	$1, $1
	0x001f 00031 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0025 00037 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 16 f2 0f 10 00 f2 0f 10  UH..H..t........
	0x0010 0d 00 00 00 00 f2 0f 59 c8 f2 0f 59 c1 5d c3 90  .......Y...Y.]..
	0x0020 e8 00 00 00 00 90                                ......
	rel 17+4 t=R_PCREL $f64.4008000000000000+0
	rel 33+4 t=R_CALL runtime.panicwrap+0
main.(*Square).Area STEXT dupok nosplit size=25 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Square).Area(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Square).Area.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Square).Area.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	19
	0x0009 00009 (<autogenerated>:1)	MOVSD	(AX), X0
	0x000d 00013 (panic_recovered_then_unrecovered.go:9)	MULSD	X0, X0
	0x0011 00017 (<unknown line number>)	NOP
	0x0011 00017 (<autogenerated>:1)	POPQ	BP
	0x0012 00018 (<autogenerated>:1)	RET
	0x0013 00019 (<autogenerated>:1)	PCDATA	$1, $1
	0x0013 00019 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0018 00024 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 0a f2 0f 10 00 f2 0f 59  UH..H..t.......Y
	0x0010 c0 5d c3 e8 00 00 00 00 90                       .].......
	rel 20+4 t=R_CALL runtime.panicwrap+0
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
type:.namedata.*main.Shape. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 53 68 61 70 65           ..*main.Shape
type:*main.Shape SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 64 b7 89 e8 28 08 08 16 00 00 00 00 00 00 00 00  d...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Shape.+0
	rel 48+8 t=R_ADDR type:main.Shape+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.*func() float64- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 66 75 6e 63 28 29 20 66 6c 6f 61 74 36  ..*func() float6
	0x0010 34                                               4
type:*func() float64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 01 8f 9f 59 28 08 08 16 00 00 00 00 00 00 00 00  ...Y(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() float64-+0
	rel 48+8 t=R_ADDR type:func() float64+0
type:func() float64 SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 89 d6 f1 7f 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() float64-+0
	rel 44+4 t=RelocType(-32763) type:*func() float64+0
	rel 56+8 t=R_ADDR type:float64+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Area. SRODATA dupok size=6 align=0x1
	0x0000 01 04 41 72 65 61                                ..Area
type:main.Shape SRODATA size=104 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 40 90 3c 62 07 08 08 14 00 00 00 00 00 00 00 00  @.<b............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Shape.+0
	rel 44+4 t=R_ADDROFF type:*main.Shape+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Shape+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Area.+0
	rel 100+4 t=R_ADDROFF type:func() float64+0
runtime.f64equal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.f64equal+0
type:.namedata.*main.Circle. SRODATA dupok size=14 align=0x1
	0x0000 01 0c 2a 6d 61 69 6e 2e 43 69 72 63 6c 65        ..*main.Circle
type:.namedata.*func(*main.Circle) float64- SRODATA dupok size=29 align=0x1
	0x0000 00 1b 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 43 69  ..*func(*main.Ci
	0x0010 72 63 6c 65 29 20 66 6c 6f 61 74 36 34           rcle) float64
type:*func(*main.Circle) float64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ed d5 c6 20 28 08 08 16 00 00 00 00 00 00 00 00  ... (...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Circle) float64-+0
	rel 48+8 t=R_ADDR type:func(*main.Circle) float64+0
type:func(*main.Circle) float64 SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d0 08 f2 ac 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Circle) float64-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Circle) float64+0
	rel 56+8 t=R_ADDR type:*main.Circle+0
	rel 64+8 t=R_ADDR type:float64+0
type:*main.Circle SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 99 94 d9 fa 29 08 08 16 00 00 00 00 00 00 00 00  ....)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Circle.+0
	rel 48+8 t=R_ADDR type:main.Circle+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Area.+0
	rel 76+4 t=R_METHODOFF type:func() float64+0
	rel 80+4 t=R_METHODOFF main.(*Circle).Area+0
	rel 84+4 t=R_METHODOFF main.(*Circle).Area+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.R. SRODATA dupok size=3 align=0x1
	0x0000 01 01 52                                         ..R
type:.namedata.*func(main.Circle) float64- SRODATA dupok size=28 align=0x1
	0x0000 00 1a 2a 66 75 6e 63 28 6d 61 69 6e 2e 43 69 72  ..*func(main.Cir
	0x0010 63 6c 65 29 20 66 6c 6f 61 74 36 34              cle) float64
type:*func(main.Circle) float64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 70 70 e3 3e 28 08 08 16 00 00 00 00 00 00 00 00  pp.>(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Circle) float64-+0
	rel 48+8 t=R_ADDR type:func(main.Circle) float64+0
type:func(main.Circle) float64 SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 88 5d 60 bc 22 08 08 13 00 00 00 00 00 00 00 00  .]`."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Circle) float64-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Circle) float64+0
	rel 56+8 t=R_ADDR type:main.Circle+0
	rel 64+8 t=R_ADDR type:float64+0
type:main.Circle SRODATA size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 4e c6 c6 ed 07 08 08 19 00 00 00 00 00 00 00 00  N...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 01 00 01 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.f64equal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Circle.+0
	rel 44+4 t=R_ADDROFF type:*main.Circle+0
	rel 56+8 t=R_ADDR type:main.Circle+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.R.+0
	rel 104+8 t=R_ADDR type:float64+0
	rel 120+4 t=R_ADDROFF type:.namedata.Area.+0
	rel 124+4 t=R_METHODOFF type:func() float64+0
	rel 128+4 t=R_METHODOFF main.(*Circle).Area+0
	rel 132+4 t=R_METHODOFF main.Circle.Area+0
go:itab.main.Circle,main.Shape SRODATA dupok size=32 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 4e c6 c6 ed 00 00 00 00 00 00 00 00 00 00 00 00  N...............
	rel 0+8 t=R_ADDR type:main.Shape+0
	rel 8+8 t=R_ADDR type:main.Circle+0
	rel 24+8 t=RelocType(-32767) main.(*Circle).Area+0
type:.namedata.*main.Square. SRODATA dupok size=14 align=0x1
	0x0000 01 0c 2a 6d 61 69 6e 2e 53 71 75 61 72 65        ..*main.Square
type:.namedata.*func(*main.Square) float64- SRODATA dupok size=29 align=0x1
	0x0000 00 1b 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 53 71  ..*func(*main.Sq
	0x0010 75 61 72 65 29 20 66 6c 6f 61 74 36 34           uare) float64
type:*func(*main.Square) float64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 6e 4b bd b1 28 08 08 16 00 00 00 00 00 00 00 00  nK..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Square) float64-+0
	rel 48+8 t=R_ADDR type:func(*main.Square) float64+0
type:func(*main.Square) float64 SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 79 61 ee 4b 22 08 08 13 00 00 00 00 00 00 00 00  ya.K"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Square) float64-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Square) float64+0
	rel 56+8 t=R_ADDR type:*main.Square+0
	rel 64+8 t=R_ADDR type:float64+0
type:*main.Square SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e3 d5 d7 d0 29 08 08 16 00 00 00 00 00 00 00 00  ....)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Square.+0
	rel 48+8 t=R_ADDR type:main.Square+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Area.+0
	rel 76+4 t=R_METHODOFF type:func() float64+0
	rel 80+4 t=R_METHODOFF main.(*Square).Area+0
	rel 84+4 t=R_METHODOFF main.(*Square).Area+0
type:.namedata.S. SRODATA dupok size=3 align=0x1
	0x0000 01 01 53                                         ..S
type:.namedata.*func(main.Square) float64- SRODATA dupok size=28 align=0x1
	0x0000 00 1a 2a 66 75 6e 63 28 6d 61 69 6e 2e 53 71 75  ..*func(main.Squ
	0x0010 61 72 65 29 20 66 6c 6f 61 74 36 34              are) float64
type:*func(main.Square) float64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 57 04 d0 91 28 08 08 16 00 00 00 00 00 00 00 00  W...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Square) float64-+0
	rel 48+8 t=R_ADDR type:func(main.Square) float64+0
type:func(main.Square) float64 SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 01 a2 2e 11 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Square) float64-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Square) float64+0
	rel 56+8 t=R_ADDR type:main.Square+0
	rel 64+8 t=R_ADDR type:float64+0
type:main.Square SRODATA size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 a8 23 8f a2 07 08 08 19 00 00 00 00 00 00 00 00  .#..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 01 00 01 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.f64equal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Square.+0
	rel 44+4 t=R_ADDROFF type:*main.Square+0
	rel 56+8 t=R_ADDR type:main.Square+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.S.+0
	rel 104+8 t=R_ADDR type:float64+0
	rel 120+4 t=R_ADDROFF type:.namedata.Area.+0
	rel 124+4 t=R_METHODOFF type:func() float64+0
	rel 128+4 t=R_METHODOFF main.(*Square).Area+0
	rel 132+4 t=R_METHODOFF main.Square.Area+0
go:itab.main.Square,main.Shape SRODATA dupok size=32 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 a8 23 8f a2 00 00 00 00 00 00 00 00 00 00 00 00  .#..............
	rel 0+8 t=R_ADDR type:main.Shape+0
	rel 8+8 t=R_ADDR type:main.Square+0
	rel 24+8 t=RelocType(-32767) main.(*Square).Area+0
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.mustCircle$abstract SDWARFABSFCN dupok size=29 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 75 73 74 43 69 72 63 6c 65  .main.mustCircle
	0x0010 00 01 0b 01 22 73 00 00 00 00 00 00 00           ...."s.......
	rel 24+4 t=R_DWARFSECREF go:info.main.Shape+0
go:info.main.Circle.Area$abstract SDWARFABSFCN dupok size=30 align=0x0
	0x0000 05 6d 61 69 6e 2e 43 69 72 63 6c 65 2e 41 72 65  .main.Circle.Are
	0x0010 61 00 01 08 01 22 63 00 00 00 00 00 00 00        a...."c.......
	rel 25+4 t=R_DWARFSECREF go:info.main.Circle+0
go:info.main.Square.Area$abstract SDWARFABSFCN dupok size=30 align=0x0
	0x0000 05 6d 61 69 6e 2e 53 71 75 61 72 65 2e 41 72 65  .main.Square.Are
	0x0010 61 00 01 09 01 22 73 00 00 00 00 00 00 00        a...."s.......
	rel 25+4 t=R_DWARFSECREF go:info.main.Square+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."radius" SRODATA dupok size=6 align=0x1
	0x0000 72 61 64 69 75 73                                radius
go:string."radius " SRODATA dupok size=7 align=0x1
	0x0000 72 61 64 69 75 73 20                             radius 
main..stmp_0 SRODATA static size=8 align=0x8
	0x0000 00 00 00 00 00 00 f0 3f                          .......?
main..stmp_1 SRODATA static size=8 align=0x8
	0x0000 00 00 00 00 00 00 00 40                          .......@
main..stmp_2 SRODATA static size=8 align=0x8
	0x0000 00 00 00 00 00 00 00 40                          .......@
type:.namedata.*[]main.Shape- SRODATA dupok size=15 align=0x1
	0x0000 00 0d 2a 5b 5d 6d 61 69 6e 2e 53 68 61 70 65     ..*[]main.Shape
type:*[]main.Shape SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 54 8a f3 2f 28 08 08 16 00 00 00 00 00 00 00 00  T../(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.Shape-+0
	rel 48+8 t=R_ADDR type:[]main.Shape+0
type:[]main.Shape SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e9 4e 22 fb 02 08 08 17 00 00 00 00 00 00 00 00  .N".............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.Shape-+0
	rel 44+4 t=RelocType(-32763) type:*[]main.Shape+0
	rel 48+8 t=R_ADDR type:main.Shape+0
runtime.gcbits.2a00000000000000 SRODATA dupok size=8 align=0x8
	0x0000 2a 00 00 00 00 00 00 00                          *.......
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.Circle.Area.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 fe 00 08 fd ff                                   .....
main.Circle.Area.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Square.Area.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 fe 00 08 fd ff                                   .....
main.Square.Area.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.mustCircle.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.mustCircle.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wSZsRWWmrOmngSuEx9VDDg== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 03 00 00 00 00 04                    ..........
main.safe.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e8 ff ff ff 10 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.safe.opendefer SRODATA dupok size=2 align=0x1
	0x0000 19 08                                            ..
main.safe.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.safe.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
gclocals·D6AnjkNyRZzKYVnNXnHP7g== SRODATA dupok size=8 align=0x4
	0x0000 04 00 00 00 00 00 00 00                          ........
gclocals·SXxLAJNeP6KWjNGHlDFG7g== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 08 00 00 00 00 ab aa 02              ............
main.main.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 d0 ff ff ff 30 00 00 00  ............0...
	0x0010 30 00 00 00 00 00 00 00                          0.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.2a00000000000000+0
main.Shape.Area.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Shape.Area.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
main.(*Circle).Area.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Circle).Area.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Square).Area.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Square).Area.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
$f64.4008000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 08 40                          .......@
