funcpctab main.deep [valfunc=pctoinline]
     0     -1 00000 (panic_repanic.go:39)	TEXT	main.deep(SB), ABIInternal, $24-8
     0        00000 (panic_repanic.go:39)	TEXT	main.deep(SB), ABIInternal, $24-8
     0     -1 00000 (panic_repanic.go:39)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic.go:39)	PCDATA	$0, $-2
     4        00004 (panic_repanic.go:39)	JLS	92
     6        00006 (panic_repanic.go:39)	PCDATA	$0, $-1
     6        00006 (panic_repanic.go:39)	PUSHQ	BP
     7        00007 (panic_repanic.go:39)	MOVQ	SP, BP
     a        00010 (panic_repanic.go:39)	SUBQ	$16, SP
     e        00014 (panic_repanic.go:39)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_repanic.go:39)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_repanic.go:39)	FUNCDATA	$5, main.deep.arginfo1(SB)
     e        00014 (panic_repanic.go:39)	FUNCDATA	$6, main.deep.argliveinfo(SB)
     e        00014 (panic_repanic.go:39)	PCDATA	$3, $1
     e        00014 (panic_repanic.go:40)	TESTQ	AX, AX
    11        00017 (panic_repanic.go:40)	JEQ	69
    13        00019 (<unknown line number>)	NOP
    13      0 00019 (panic_repanic.go:43)	CMPQ	AX, $1
    17        00023 (panic_repanic.go:43)	JEQ	47
    19        00025 (panic_repanic.go:43)	ADDQ	$-2, AX
    1d        00029 (panic_repanic.go:43)	PCDATA	$1, $0
    1d        00029 (panic_repanic.go:43)	NOP
    20        00032 (panic_repanic.go:43)	CALL	main.deep(SB)
    25     -1 00037 (panic_repanic.go:43)	ADDQ	$2, AX
    29        00041 (panic_repanic.go:43)	ADDQ	$16, SP
    2d        00045 (panic_repanic.go:43)	POPQ	BP
    2e        00046 (panic_repanic.go:43)	RET
    2f      0 00047 (panic_repanic.go:43)	XORL	AX, AX
    31        00049 (panic_repanic.go:43)	CALL	runtime.convT64(SB)
    36        00054 (panic_repanic.go:43)	MOVQ	AX, BX
    39        00057 (panic_repanic.go:43)	LEAQ	type:int(SB), AX
    40        00064 (panic_repanic.go:43)	CALL	runtime.gopanic(SB)
    45     -1 00069 (panic_repanic.go:41)	XORL	AX, AX
    47        00071 (panic_repanic.go:41)	CALL	runtime.convT64(SB)
    4c        00076 (panic_repanic.go:41)	MOVQ	AX, BX
    4f        00079 (panic_repanic.go:41)	LEAQ	type:int(SB), AX
    56        00086 (panic_repanic.go:41)	CALL	runtime.gopanic(SB)
    5b        00091 (panic_repanic.go:41)	XCHGL	AX, AX
    5c        00092 (panic_repanic.go:41)	NOP
    5c        00092 (panic_repanic.go:39)	PCDATA	$1, $-1
    5c        00092 (panic_repanic.go:39)	PCDATA	$0, $-2
    5c        00092 (panic_repanic.go:39)	MOVQ	AX, 8(SP)
    61        00097 (panic_repanic.go:39)	CALL	runtime.morestack_noctxt(SB)
    66        00102 (panic_repanic.go:39)	PCDATA	$0, $-1
    66        00102 (panic_repanic.go:39)	MOVQ	8(SP), AX
    6b        00107 (panic_repanic.go:39)	JMP	0
    6d done
wrote 11 bytes to 0x0
 00 13 02 12 01 0a 02 16 01 28 00
-- inlining tree for main.deep:
0 | -1 | main.deep (panic_repanic.go:43:13) pc=37
--
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (panic_repanic.go:49)	TEXT	main.main.func1(SB), ABIInternal, $32-0
     0        00000 (panic_repanic.go:49)	TEXT	main.main.func1(SB), ABIInternal, $32-0
     0     -1 00000 (panic_repanic.go:49)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic.go:49)	PCDATA	$0, $-2
     4        00004 (panic_repanic.go:49)	JLS	86
     6        00006 (panic_repanic.go:49)	PCDATA	$0, $-1
     6        00006 (panic_repanic.go:49)	PUSHQ	BP
     7        00007 (panic_repanic.go:49)	MOVQ	SP, BP
     a        00010 (panic_repanic.go:49)	SUBQ	$24, SP
     e        00014 (panic_repanic.go:49)	MOVQ	X15, 16(SP)
    15        00021 (panic_repanic.go:49)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    15        00021 (panic_repanic.go:49)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    15        00021 (panic_repanic.go:49)	FUNCDATA	$4, main.main.func1.opendefer(SB)
    15        00021 (panic_repanic.go:49)	MOVB	$0, main..autotmp_4+15(SP)
    1a        00026 (panic_repanic.go:50)	LEAQ	main.main.func1.1·f(SB), CX
    21        00033 (panic_repanic.go:50)	MOVQ	CX, main..autotmp_5+16(SP)
    26        00038 (panic_repanic.go:50)	MOVB	$1, main..autotmp_4+15(SP)
    2b        00043 (panic_repanic.go:51)	XCHGL	AX, AX
    2c      0 00044 (panic_repanic.go:51)	MOVL	$49, AX
    31        00049 (panic_repanic.go:51)	PCDATA	$1, $1
    31        00049 (panic_repanic.go:51)	CALL	main.deep(SB)
    36     -1 00054 (panic_repanic.go:52)	MOVB	$0, main..autotmp_4+15(SP)
    3b        00059 (panic_repanic.go:52)	NOP
    40        00064 (panic_repanic.go:52)	CALL	main.main.func1.1(SB)
    45        00069 (panic_repanic.go:52)	ADDQ	$24, SP
    49        00073 (panic_repanic.go:52)	POPQ	BP
    4a        00074 (panic_repanic.go:52)	RET
    4b        00075 (panic_repanic.go:52)	CALL	runtime.deferreturn(SB)
    50        00080 (panic_repanic.go:52)	ADDQ	$24, SP
    54        00084 (panic_repanic.go:52)	POPQ	BP
    55        00085 (panic_repanic.go:52)	RET
    56        00086 (panic_repanic.go:52)	NOP
    56        00086 (panic_repanic.go:49)	PCDATA	$1, $-1
    56        00086 (panic_repanic.go:49)	PCDATA	$0, $-2
    56        00086 (panic_repanic.go:49)	CALL	runtime.morestack_noctxt(SB)
    5b        00091 (panic_repanic.go:49)	PCDATA	$0, $-1
    5b        00091 (panic_repanic.go:49)	JMP	0
    5d done
wrote 7 bytes to 0x0
 00 2c 02 0a 01 27 00
-- inlining tree for main.main.func1:
0 | -1 | main.deep (panic_repanic.go:51:7) pc=43
--
funcpctab main.inner.func1 [valfunc=pctoinline]
     0     -1 00000 (panic_repanic.go:5)	TEXT	main.inner.func1(SB), ABIInternal, $72-0
     0        00000 (panic_repanic.go:5)	TEXT	main.inner.func1(SB), ABIInternal, $72-0
     0     -1 00000 (panic_repanic.go:5)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic.go:5)	PCDATA	$0, $-2
     4        00004 (panic_repanic.go:5)	JLS	181
     a        00010 (panic_repanic.go:5)	PCDATA	$0, $-1
     a        00010 (panic_repanic.go:5)	PUSHQ	BP
     b        00011 (panic_repanic.go:5)	MOVQ	SP, BP
     e        00014 (panic_repanic.go:5)	SUBQ	$64, SP
    12        00018 (panic_repanic.go:5)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    12        00018 (panic_repanic.go:5)	FUNCDATA	$1, gclocals·jhtnfT9Ar3jfo030EBhkFg==(SB)
    12        00018 (panic_repanic.go:6)	PCDATA	$1, $0
    12        00018 (panic_repanic.go:6)	CALL	runtime.gorecover(SB)
    17        00023 (panic_repanic.go:7)	LEAQ	type:string(SB), CX
    1e        00030 (panic_repanic.go:7)	NOP
    20        00032 (panic_repanic.go:7)	CMPQ	AX, CX
    23        00035 (panic_repanic.go:7)	JNE	165
    29        00041 (panic_repanic.go:6)	MOVQ	BX, main.r.data+48(SP)
    2e        00046 (panic_repanic.go:7)	MOVQ	(BX), AX
    31        00049 (panic_repanic.go:7)	MOVQ	AX, main..autotmp_6+56(SP)
    36        00054 (panic_repanic.go:7)	MOVQ	8(BX), AX
    3a        00058 (panic_repanic.go:7)	MOVQ	AX, main..autotmp_7+40(SP)
    3f        00063 (panic_repanic.go:7)	PCDATA	$1, $1
    3f        00063 (panic_repanic.go:7)	NOP
    40        00064 (panic_repanic.go:7)	CALL	runtime.printlock(SB)
    45        00069 (panic_repanic.go:7)	LEAQ	go:string."inner recovered: "(SB), AX
    4c        00076 (panic_repanic.go:7)	MOVL	$17, BX
    51        00081 (panic_repanic.go:7)	CALL	runtime.printstring(SB)
    56        00086 (panic_repanic.go:7)	MOVQ	main..autotmp_6+56(SP), AX
    5b        00091 (panic_repanic.go:7)	MOVQ	main..autotmp_7+40(SP), BX
    60        00096 (panic_repanic.go:7)	PCDATA	$1, $2
    60        00096 (panic_repanic.go:7)	CALL	runtime.printstring(SB)
    65        00101 (panic_repanic.go:7)	CALL	runtime.printnl(SB)
    6a        00106 (panic_repanic.go:7)	CALL	runtime.printunlock(SB)
    6f        00111 (panic_repanic.go:8)	MOVQ	main.r.data+48(SP), AX
    74        00116 (panic_repanic.go:8)	MOVQ	(AX), DI
    77        00119 (panic_repanic.go:8)	MOVQ	8(AX), SI
    7b        00123 (panic_repanic.go:8)	XORL	AX, AX
    7d        00125 (panic_repanic.go:8)	LEAQ	go:string."re-"(SB), BX
    84        00132 (panic_repanic.go:8)	MOVL	$3, CX
    89        00137 (panic_repanic.go:8)	PCDATA	$1, $0
    89        00137 (panic_repanic.go:8)	CALL	runtime.concatstring2(SB)
    8e        00142 (panic_repanic.go:8)	CALL	runtime.convTstring(SB)
    93        00147 (panic_repanic.go:8)	MOVQ	AX, BX
    96        00150 (panic_repanic.go:8)	LEAQ	type:string(SB), AX
    9d        00157 (panic_repanic.go:8)	NOP
    a0        00160 (panic_repanic.go:8)	CALL	runtime.gopanic(SB)
    a5        00165 (panic_repanic.go:7)	MOVQ	CX, BX
    a8        00168 (panic_repanic.go:7)	LEAQ	type:interface {}(SB), CX
    af        00175 (panic_repanic.go:7)	CALL	runtime.panicdottypeE(SB)
    b4        00180 (panic_repanic.go:7)	XCHGL	AX, AX
    b5        00181 (panic_repanic.go:7)	NOP
    b5        00181 (panic_repanic.go:5)	PCDATA	$1, $-1
    b5        00181 (panic_repanic.go:5)	PCDATA	$0, $-2
    b5        00181 (panic_repanic.go:5)	CALL	runtime.morestack_noctxt(SB)
    ba        00186 (panic_repanic.go:5)	PCDATA	$0, $-1
    ba        00186 (panic_repanic.go:5)	JMP	0
    bf done
wrote 4 bytes to 0x0
 00 bf 01 00
funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (panic_repanic.go:46)	TEXT	main.main(SB), ABIInternal, $40-0
     0        00000 (panic_repanic.go:46)	TEXT	main.main(SB), ABIInternal, $40-0
     0     -1 00000 (panic_repanic.go:46)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic.go:46)	PCDATA	$0, $-2
     4        00004 (panic_repanic.go:46)	JLS	149
     a        00010 (panic_repanic.go:46)	PCDATA	$0, $-1
     a        00010 (panic_repanic.go:46)	PUSHQ	BP
     b        00011 (panic_repanic.go:46)	MOVQ	SP, BP
     e        00014 (panic_repanic.go:46)	SUBQ	$32, SP
    12        00018 (panic_repanic.go:46)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (panic_repanic.go:46)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    12        00018 (panic_repanic.go:47)	PCDATA	$1, $0
    12        00018 (panic_repanic.go:47)	CALL	main.outer(SB)
    17        00023 (panic_repanic.go:47)	MOVQ	AX, main..autotmp_1+24(SP)
    1c        00028 (panic_repanic.go:47)	MOVQ	BX, main..autotmp_2+16(SP)
    21        00033 (panic_repanic.go:47)	PCDATA	$1, $1
    21        00033 (panic_repanic.go:47)	CALL	runtime.printlock(SB)
    26        00038 (panic_repanic.go:47)	MOVQ	main..autotmp_1+24(SP), AX
    2b        00043 (panic_repanic.go:47)	MOVQ	main..autotmp_2+16(SP), BX
    30        00048 (panic_repanic.go:47)	PCDATA	$1, $0
    30        00048 (panic_repanic.go:47)	CALL	runtime.printstring(SB)
    35        00053 (panic_repanic.go:47)	CALL	runtime.printnl(SB)
    3a        00058 (panic_repanic.go:47)	CALL	runtime.printunlock(SB)
    3f        00063 (panic_repanic.go:47)	NOP
    40        00064 (panic_repanic.go:48)	CALL	main.panicInDefer(SB)
    45        00069 (panic_repanic.go:48)	MOVQ	AX, main..autotmp_1+24(SP)
    4a        00074 (panic_repanic.go:48)	MOVQ	BX, main..autotmp_2+16(SP)
    4f        00079 (panic_repanic.go:48)	PCDATA	$1, $1
    4f        00079 (panic_repanic.go:48)	CALL	runtime.printlock(SB)
    54        00084 (panic_repanic.go:48)	MOVQ	main..autotmp_1+24(SP), AX
    59        00089 (panic_repanic.go:48)	MOVQ	main..autotmp_2+16(SP), BX
    5e        00094 (panic_repanic.go:48)	PCDATA	$1, $0
    5e        00094 (panic_repanic.go:48)	NOP
    60        00096 (panic_repanic.go:48)	CALL	runtime.printstring(SB)
    65        00101 (panic_repanic.go:48)	CALL	runtime.printnl(SB)
    6a        00106 (panic_repanic.go:48)	CALL	runtime.printunlock(SB)
    6f        00111 (panic_repanic.go:52)	CALL	main.main.func1(SB)
    74        00116 (panic_repanic.go:53)	CALL	runtime.printlock(SB)
    79        00121 (panic_repanic.go:53)	LEAQ	go:string."done\n"(SB), AX
    80        00128 (panic_repanic.go:53)	MOVL	$5, BX
    85        00133 (panic_repanic.go:53)	CALL	runtime.printstring(SB)
    8a        00138 (panic_repanic.go:53)	CALL	runtime.printunlock(SB)
    8f        00143 (panic_repanic.go:54)	ADDQ	$32, SP
    93        00147 (panic_repanic.go:54)	POPQ	BP
    94        00148 (panic_repanic.go:54)	RET
    95        00149 (panic_repanic.go:54)	NOP
    95        00149 (panic_repanic.go:46)	PCDATA	$1, $-1
    95        00149 (panic_repanic.go:46)	PCDATA	$0, $-2
    95        00149 (panic_repanic.go:46)	CALL	runtime.morestack_noctxt(SB)
    9a        00154 (panic_repanic.go:46)	PCDATA	$0, $-1
    9a        00154 (panic_repanic.go:46)	JMP	0
    9f done
wrote 4 bytes to 0x0
 00 9f 01 00
funcpctab main.main.func1.1 [valfunc=pctoinline]
     0     -1 00000 (panic_repanic.go:50)	TEXT	main.main.func1.1(SB), ABIInternal, $40-0
     0        00000 (panic_repanic.go:50)	TEXT	main.main.func1.1(SB), ABIInternal, $40-0
     0     -1 00000 (panic_repanic.go:50)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic.go:50)	PCDATA	$0, $-2
     4        00004 (panic_repanic.go:50)	JLS	103
     6        00006 (panic_repanic.go:50)	PCDATA	$0, $-1
     6        00006 (panic_repanic.go:50)	PUSHQ	BP
     7        00007 (panic_repanic.go:50)	MOVQ	SP, BP
     a        00010 (panic_repanic.go:50)	SUBQ	$32, SP
     e        00014 (panic_repanic.go:50)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_repanic.go:50)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_repanic.go:50)	PCDATA	$1, $0
     e        00014 (panic_repanic.go:50)	CALL	runtime.gorecover(SB)
    13        00019 (panic_repanic.go:50)	LEAQ	type:int(SB), CX
    1a        00026 (panic_repanic.go:50)	CMPQ	AX, CX
    1d        00029 (panic_repanic.go:50)	JNE	87
    1f        00031 (panic_repanic.go:50)	MOVQ	(BX), AX
    22        00034 (panic_repanic.go:50)	MOVQ	AX, main..autotmp_2+24(SP)
    27        00039 (panic_repanic.go:50)	CALL	runtime.printlock(SB)
    2c        00044 (panic_repanic.go:50)	LEAQ	go:string."deep recovered "(SB), AX
    33        00051 (panic_repanic.go:50)	MOVL	$15, BX
    38        00056 (panic_repanic.go:50)	CALL	runtime.printstring(SB)
    3d        00061 (panic_repanic.go:50)	MOVQ	main..autotmp_2+24(SP), AX
    42        00066 (panic_repanic.go:50)	CALL	runtime.printint(SB)
    47        00071 (panic_repanic.go:50)	CALL	runtime.printnl(SB)
    4c        00076 (panic_repanic.go:50)	CALL	runtime.printunlock(SB)
    51        00081 (panic_repanic.go:50)	ADDQ	$32, SP
    55        00085 (panic_repanic.go:50)	POPQ	BP
    56        00086 (panic_repanic.go:50)	RET
    57        00087 (panic_repanic.go:50)	MOVQ	CX, BX
    5a        00090 (panic_repanic.go:50)	LEAQ	type:interface {}(SB), CX
    61        00097 (panic_repanic.go:50)	CALL	runtime.panicdottypeE(SB)
    66        00102 (panic_repanic.go:50)	XCHGL	AX, AX
    67        00103 (panic_repanic.go:50)	NOP
    67        00103 (panic_repanic.go:50)	PCDATA	$1, $-1
    67        00103 (panic_repanic.go:50)	PCDATA	$0, $-2
    67        00103 (panic_repanic.go:50)	CALL	runtime.morestack_noctxt(SB)
    6c        00108 (panic_repanic.go:50)	PCDATA	$0, $-1
    6c        00108 (panic_repanic.go:50)	JMP	0
    6e done
wrote 3 bytes to 0x0
 00 6e 00
funcpctab main.panicInDefer [valfunc=pctoinline]
     0     -1 00000 (panic_repanic.go:29)	TEXT	main.panicInDefer(SB), ABIInternal, $80-0
     0        00000 (panic_repanic.go:29)	TEXT	main.panicInDefer(SB), ABIInternal, $80-0
     0     -1 00000 (panic_repanic.go:29)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic.go:29)	PCDATA	$0, $-2
     4        00004 (panic_repanic.go:29)	JLS	126
     6        00006 (panic_repanic.go:29)	PCDATA	$0, $-1
     6        00006 (panic_repanic.go:29)	PUSHQ	BP
     7        00007 (panic_repanic.go:29)	MOVQ	SP, BP
     a        00010 (panic_repanic.go:29)	SUBQ	$72, SP
     e        00014 (panic_repanic.go:29)	MOVUPS	X15, 56(SP)
    14        00020 (panic_repanic.go:29)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    14        00020 (panic_repanic.go:29)	FUNCDATA	$1, gclocals·WyN+ZvkyvqETRYMy2C18Aw==(SB)
    14        00020 (panic_repanic.go:29)	FUNCDATA	$2, main.panicInDefer.stkobj(SB)
    14        00020 (panic_repanic.go:29)	FUNCDATA	$4, main.panicInDefer.opendefer(SB)
    14        00020 (panic_repanic.go:29)	MOVB	$0, main..autotmp_3+23(SP)
    19        00025 (panic_repanic.go:29)	MOVUPS	X15, main.got+24(SP)
    1f        00031 (panic_repanic.go:30)	LEAQ	main.panicInDefer.func1(SB), CX
    26        00038 (panic_repanic.go:30)	MOVQ	CX, main..autotmp_2+40(SP)
    2b        00043 (panic_repanic.go:30)	LEAQ	main.got+24(SP), CX
    30        00048 (panic_repanic.go:30)	MOVQ	CX, main..autotmp_2+48(SP)
    35        00053 (panic_repanic.go:30)	LEAQ	main..autotmp_2+40(SP), CX
    3a        00058 (panic_repanic.go:30)	MOVQ	CX, main..autotmp_4+56(SP)
    3f        00063 (panic_repanic.go:30)	MOVB	$1, main..autotmp_3+23(SP)
    44        00068 (panic_repanic.go:33)	LEAQ	main.panicInDefer.func2·f(SB), CX
    4b        00075 (panic_repanic.go:33)	MOVQ	CX, main..autotmp_5+64(SP)
    50        00080 (panic_repanic.go:33)	MOVB	$3, main..autotmp_3+23(SP)
    55        00085 (panic_repanic.go:36)	LEAQ	type:string(SB), AX
    5c        00092 (panic_repanic.go:36)	LEAQ	main..stmp_1(SB), BX
    63        00099 (panic_repanic.go:36)	PCDATA	$1, $1
    63        00099 (panic_repanic.go:36)	CALL	runtime.gopanic(SB)
    68        00104 (panic_repanic.go:36)	XCHGL	AX, AX
    69        00105 (panic_repanic.go:36)	CALL	runtime.deferreturn(SB)
    6e        00110 (panic_repanic.go:36)	MOVQ	main.got+24(SP), AX
    73        00115 (panic_repanic.go:36)	MOVQ	main.got+32(SP), BX
    78        00120 (panic_repanic.go:36)	ADDQ	$72, SP
    7c        00124 (panic_repanic.go:36)	POPQ	BP
    7d        00125 (panic_repanic.go:36)	RET
    7e        00126 (panic_repanic.go:36)	NOP
    7e        00126 (panic_repanic.go:29)	PCDATA	$1, $-1
    7e        00126 (panic_repanic.go:29)	PCDATA	$0, $-2
    7e        00126 (panic_repanic.go:29)	NOP
    80        00128 (panic_repanic.go:29)	CALL	runtime.morestack_noctxt(SB)
    85        00133 (panic_repanic.go:29)	PCDATA	$0, $-1
    85        00133 (panic_repanic.go:29)	JMP	0
    8a done
wrote 4 bytes to 0x0
 00 8a 01 00
funcpctab main.panicInDefer.func1 [valfunc=pctoinline]
     0     -1 00000 (panic_repanic.go:30)	TEXT	main.panicInDefer.func1(SB), NEEDCTXT|ABIInternal, $40-0
     0        00000 (panic_repanic.go:30)	TEXT	main.panicInDefer.func1(SB), NEEDCTXT|ABIInternal, $40-0
     0     -1 00000 (panic_repanic.go:30)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic.go:30)	PCDATA	$0, $-2
     4        00004 (panic_repanic.go:30)	JLS	106
     6        00006 (panic_repanic.go:30)	PCDATA	$0, $-1
     6        00006 (panic_repanic.go:30)	PUSHQ	BP
     7        00007 (panic_repanic.go:30)	MOVQ	SP, BP
     a        00010 (panic_repanic.go:30)	SUBQ	$32, SP
     e        00014 (panic_repanic.go:30)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (panic_repanic.go:30)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (panic_repanic.go:30)	MOVQ	8(DX), AX
    12        00018 (panic_repanic.go:30)	MOVQ	AX, main.&got+24(SP)
    17        00023 (panic_repanic.go:31)	PCDATA	$1, $1
    17        00023 (panic_repanic.go:31)	CALL	runtime.gorecover(SB)
    1c        00028 (panic_repanic.go:31)	LEAQ	type:string(SB), CX
    23        00035 (panic_repanic.go:31)	CMPQ	AX, CX
    26        00038 (panic_repanic.go:31)	JNE	90
    28        00040 (panic_repanic.go:31)	MOVQ	8(BX), AX
    2c        00044 (panic_repanic.go:31)	MOVQ	(BX), CX
    2f        00047 (panic_repanic.go:31)	MOVQ	main.&got+24(SP), DX
    34        00052 (panic_repanic.go:31)	MOVQ	AX, 8(DX)
    38        00056 (panic_repanic.go:31)	CMPL	runtime.writeBarrier(SB), $0
    3f        00063 (panic_repanic.go:31)	PCDATA	$0, $-2
    3f        00063 (panic_repanic.go:31)	NOP
    40        00064 (panic_repanic.go:31)	JEQ	81
    42        00066 (panic_repanic.go:31)	MOVQ	(DX), AX
    45        00069 (panic_repanic.go:31)	CALL	runtime.gcWriteBarrier2(SB)
    4a        00074 (panic_repanic.go:31)	MOVQ	CX, (R11)
    4d        00077 (panic_repanic.go:31)	MOVQ	AX, 8(R11)
    51        00081 (panic_repanic.go:31)	MOVQ	CX, (DX)
    54        00084 (panic_repanic.go:32)	PCDATA	$0, $-1
    54        00084 (panic_repanic.go:32)	ADDQ	$32, SP
    58        00088 (panic_repanic.go:32)	POPQ	BP
    59        00089 (panic_repanic.go:32)	RET
    5a        00090 (panic_repanic.go:31)	MOVQ	CX, BX
    5d        00093 (panic_repanic.go:31)	LEAQ	type:interface {}(SB), CX
    64        00100 (panic_repanic.go:31)	PCDATA	$1, $0
    64        00100 (panic_repanic.go:31)	CALL	runtime.panicdottypeE(SB)
    69        00105 (panic_repanic.go:31)	XCHGL	AX, AX
    6a        00106 (panic_repanic.go:31)	NOP
    6a        00106 (panic_repanic.go:30)	PCDATA	$1, $-1
    6a        00106 (panic_repanic.go:30)	PCDATA	$0, $-2
    6a        00106 (panic_repanic.go:30)	CALL	runtime.morestack(SB)
    6f        00111 (panic_repanic.go:30)	PCDATA	$0, $-1
    6f        00111 (panic_repanic.go:30)	JMP	0
    71 done
wrote 3 bytes to 0x0
 00 71 00
funcpctab main.outer [valfunc=pctoinline]
     0     -1 00000 (panic_repanic.go:19)	TEXT	main.outer(SB), ABIInternal, $56-0
     0        00000 (panic_repanic.go:19)	TEXT	main.outer(SB), ABIInternal, $56-0
     0     -1 00000 (panic_repanic.go:19)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic.go:19)	PCDATA	$0, $-2
     4        00004 (panic_repanic.go:19)	JLS	151
     a        00010 (panic_repanic.go:19)	PCDATA	$0, $-1
     a        00010 (panic_repanic.go:19)	PUSHQ	BP
     b        00011 (panic_repanic.go:19)	MOVQ	SP, BP
     e        00014 (panic_repanic.go:19)	SUBQ	$48, SP
    12        00018 (panic_repanic.go:19)	MOVQ	X15, 40(SP)
    19        00025 (panic_repanic.go:19)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    19        00025 (panic_repanic.go:19)	FUNCDATA	$1, gclocals·TggWaExUwDZc5d5PnqhOxw==(SB)
    19        00025 (panic_repanic.go:19)	FUNCDATA	$2, main.outer.stkobj(SB)
    19        00025 (panic_repanic.go:19)	FUNCDATA	$4, main.outer.opendefer(SB)
    19        00025 (panic_repanic.go:19)	MOVB	$0, main..autotmp_3+7(SP)
    1e        00030 (panic_repanic.go:19)	MOVUPS	X15, main.msg+8(SP)
    24        00036 (panic_repanic.go:20)	LEAQ	main.outer.func1(SB), AX
    2b        00043 (panic_repanic.go:20)	MOVQ	AX, main..autotmp_2+24(SP)
    30        00048 (panic_repanic.go:20)	LEAQ	main.msg+8(SP), AX
    35        00053 (panic_repanic.go:20)	MOVQ	AX, main..autotmp_2+32(SP)
    3a        00058 (panic_repanic.go:20)	LEAQ	main..autotmp_2+24(SP), AX
    3f        00063 (panic_repanic.go:20)	MOVQ	AX, main..autotmp_4+40(SP)
    44        00068 (panic_repanic.go:20)	MOVB	$1, main..autotmp_3+7(SP)
    49        00073 (panic_repanic.go:25)	PCDATA	$1, $1
    49        00073 (panic_repanic.go:25)	CALL	main.middle(SB)
    4e        00078 (panic_repanic.go:26)	LEAQ	go:string."no panic"(SB), AX
    55        00085 (panic_repanic.go:26)	MOVQ	AX, main.msg+8(SP)
    5a        00090 (panic_repanic.go:26)	MOVQ	$8, main.msg+16(SP)
    63        00099 (panic_repanic.go:26)	MOVB	$0, main..autotmp_3+7(SP)
    68        00104 (panic_repanic.go:26)	MOVQ	main..autotmp_4+40(SP), DX
    6d        00109 (panic_repanic.go:26)	MOVQ	(DX), AX
    70        00112 (panic_repanic.go:26)	CALL	AX
    72        00114 (panic_repanic.go:26)	MOVQ	main.msg+8(SP), AX
    77        00119 (panic_repanic.go:26)	MOVQ	main.msg+16(SP), BX
    7c        00124 (panic_repanic.go:26)	ADDQ	$48, SP
    80        00128 (panic_repanic.go:26)	POPQ	BP
    81        00129 (panic_repanic.go:26)	RET
    82        00130 (panic_repanic.go:26)	CALL	runtime.deferreturn(SB)
    87        00135 (panic_repanic.go:26)	MOVQ	main.msg+8(SP), AX
    8c        00140 (panic_repanic.go:26)	MOVQ	main.msg+16(SP), BX
    91        00145 (panic_repanic.go:26)	ADDQ	$48, SP
    95        00149 (panic_repanic.go:26)	POPQ	BP
    96        00150 (panic_repanic.go:26)	RET
    97        00151 (panic_repanic.go:26)	NOP
    97        00151 (panic_repanic.go:19)	PCDATA	$1, $-1
    97        00151 (panic_repanic.go:19)	PCDATA	$0, $-2
    97        00151 (panic_repanic.go:19)	CALL	runtime.morestack_noctxt(SB)
    9c        00156 (panic_repanic.go:19)	PCDATA	$0, $-1
    9c        00156 (panic_repanic.go:19)	NOP
    a0        00160 (panic_repanic.go:19)	JMP	0
    a5 done
wrote 4 bytes to 0x0
 00 a5 01 00
funcpctab main.outer.func1 [valfunc=pctoinline]
     0     -1 00000 (panic_repanic.go:20)	TEXT	main.outer.func1(SB), NEEDCTXT|ABIInternal, $56-0
     0        00000 (panic_repanic.go:20)	TEXT	main.outer.func1(SB), NEEDCTXT|ABIInternal, $56-0
     0     -1 00000 (panic_repanic.go:20)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic.go:20)	PCDATA	$0, $-2
     4        00004 (panic_repanic.go:20)	JLS	138
     a        00010 (panic_repanic.go:20)	PCDATA	$0, $-1
     a        00010 (panic_repanic.go:20)	PUSHQ	BP
     b        00011 (panic_repanic.go:20)	MOVQ	SP, BP
     e        00014 (panic_repanic.go:20)	SUBQ	$48, SP
    12        00018 (panic_repanic.go:20)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (panic_repanic.go:20)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    12        00018 (panic_repanic.go:20)	MOVQ	8(DX), AX
    16        00022 (panic_repanic.go:20)	MOVQ	AX, main.&msg+40(SP)
    1b        00027 (panic_repanic.go:21)	PCDATA	$1, $1
    1b        00027 (panic_repanic.go:21)	NOP
    20        00032 (panic_repanic.go:21)	CALL	runtime.gorecover(SB)
    25        00037 (panic_repanic.go:21)	TESTQ	AX, AX
    28        00040 (panic_repanic.go:21)	JEQ	116
    2a        00042 (panic_repanic.go:22)	LEAQ	type:string(SB), DX
    31        00049 (panic_repanic.go:22)	CMPQ	AX, DX
    34        00052 (panic_repanic.go:22)	JNE	122
    36        00054 (panic_repanic.go:22)	MOVQ	(BX), DI
    39        00057 (panic_repanic.go:22)	MOVQ	8(BX), SI
    3d        00061 (panic_repanic.go:22)	XORL	AX, AX
    3f        00063 (panic_repanic.go:22)	LEAQ	go:string."outer recovered: "(SB), BX
    46        00070 (panic_repanic.go:22)	MOVL	$17, CX
    4b        00075 (panic_repanic.go:22)	CALL	runtime.concatstring2(SB)
    50        00080 (panic_repanic.go:22)	MOVQ	main.&msg+40(SP), DX
    55        00085 (panic_repanic.go:22)	MOVQ	BX, 8(DX)
    59        00089 (panic_repanic.go:22)	CMPL	runtime.writeBarrier(SB), $0
    60        00096 (panic_repanic.go:22)	PCDATA	$0, $-2
    60        00096 (panic_repanic.go:22)	JEQ	113
    62        00098 (panic_repanic.go:22)	MOVQ	(DX), CX
    65        00101 (panic_repanic.go:22)	CALL	runtime.gcWriteBarrier2(SB)
    6a        00106 (panic_repanic.go:22)	MOVQ	AX, (R11)
    6d        00109 (panic_repanic.go:22)	MOVQ	CX, 8(R11)
    71        00113 (panic_repanic.go:22)	MOVQ	AX, (DX)
    74        00116 (panic_repanic.go:24)	PCDATA	$0, $-1
    74        00116 (panic_repanic.go:24)	ADDQ	$48, SP
    78        00120 (panic_repanic.go:24)	POPQ	BP
    79        00121 (panic_repanic.go:24)	RET
    7a        00122 (panic_repanic.go:22)	MOVQ	DX, BX
    7d        00125 (panic_repanic.go:22)	LEAQ	type:interface {}(SB), CX
    84        00132 (panic_repanic.go:22)	PCDATA	$1, $0
    84        00132 (panic_repanic.go:22)	CALL	runtime.panicdottypeE(SB)
    89        00137 (panic_repanic.go:22)	XCHGL	AX, AX
    8a        00138 (panic_repanic.go:22)	NOP
    8a        00138 (panic_repanic.go:20)	PCDATA	$1, $-1
    8a        00138 (panic_repanic.go:20)	PCDATA	$0, $-2
    8a        00138 (panic_repanic.go:20)	CALL	runtime.morestack(SB)
    8f        00143 (panic_repanic.go:20)	PCDATA	$0, $-1
    8f        00143 (panic_repanic.go:20)	JMP	0
    94 done
wrote 4 bytes to 0x0
 00 94 01 00
funcpctab main.middle [valfunc=pctoinline]
     0     -1 00000 (panic_repanic.go:13)	TEXT	main.middle(SB), ABIInternal, $40-0
     0        00000 (panic_repanic.go:13)	TEXT	main.middle(SB), ABIInternal, $40-0
     0     -1 00000 (panic_repanic.go:13)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic.go:13)	PCDATA	$0, $-2
     4        00004 (panic_repanic.go:13)	JLS	107
     6        00006 (panic_repanic.go:13)	PCDATA	$0, $-1
     6        00006 (panic_repanic.go:13)	PUSHQ	BP
     7        00007 (panic_repanic.go:13)	MOVQ	SP, BP
     a        00010 (panic_repanic.go:13)	SUBQ	$32, SP
     e        00014 (panic_repanic.go:13)	MOVQ	X15, 24(SP)
    15        00021 (panic_repanic.go:13)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    15        00021 (panic_repanic.go:13)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    15        00021 (panic_repanic.go:13)	FUNCDATA	$4, main.middle.opendefer(SB)
    15        00021 (panic_repanic.go:13)	MOVB	$0, main..autotmp_0+23(SP)
    1a        00026 (panic_repanic.go:14)	LEAQ	main.middle.deferwrap1·f(SB), AX
    21        00033 (panic_repanic.go:14)	MOVQ	AX, main..autotmp_1+24(SP)
    26        00038 (panic_repanic.go:14)	MOVB	$1, main..autotmp_0+23(SP)
    2b        00043 (panic_repanic.go:15)	PCDATA	$1, $1
    2b        00043 (panic_repanic.go:15)	CALL	main.inner(SB)
    30        00048 (panic_repanic.go:16)	CALL	runtime.printlock(SB)
    35        00053 (panic_repanic.go:16)	LEAQ	go:string."not reached\n"(SB), AX
    3c        00060 (panic_repanic.go:16)	MOVL	$12, BX
    41        00065 (panic_repanic.go:16)	CALL	runtime.printstring(SB)
    46        00070 (panic_repanic.go:16)	CALL	runtime.printunlock(SB)
    4b        00075 (panic_repanic.go:17)	MOVB	$0, main..autotmp_0+23(SP)
    50        00080 (panic_repanic.go:17)	CALL	main.middle.deferwrap1(SB)
    55        00085 (panic_repanic.go:17)	ADDQ	$32, SP
    59        00089 (panic_repanic.go:17)	POPQ	BP
    5a        00090 (panic_repanic.go:17)	RET
    5b        00091 (panic_repanic.go:17)	NOP
    60        00096 (panic_repanic.go:17)	CALL	runtime.deferreturn(SB)
    65        00101 (panic_repanic.go:17)	ADDQ	$32, SP
    69        00105 (panic_repanic.go:17)	POPQ	BP
    6a        00106 (panic_repanic.go:17)	RET
    6b        00107 (panic_repanic.go:17)	NOP
    6b        00107 (panic_repanic.go:13)	PCDATA	$1, $-1
    6b        00107 (panic_repanic.go:13)	PCDATA	$0, $-2
    6b        00107 (panic_repanic.go:13)	CALL	runtime.morestack_noctxt(SB)
    70        00112 (panic_repanic.go:13)	PCDATA	$0, $-1
    70        00112 (panic_repanic.go:13)	JMP	0
    72 done
wrote 3 bytes to 0x0
 00 72 00
funcpctab main.inner [valfunc=pctoinline]
     0     -1 00000 (panic_repanic.go:4)	TEXT	main.inner(SB), ABIInternal, $40-0
     0        00000 (panic_repanic.go:4)	TEXT	main.inner(SB), ABIInternal, $40-0
     0     -1 00000 (panic_repanic.go:4)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic.go:4)	PCDATA	$0, $-2
     4        00004 (panic_repanic.go:4)	JLS	75
     6        00006 (panic_repanic.go:4)	PCDATA	$0, $-1
     6        00006 (panic_repanic.go:4)	PUSHQ	BP
     7        00007 (panic_repanic.go:4)	MOVQ	SP, BP
     a        00010 (panic_repanic.go:4)	SUBQ	$32, SP
     e        00014 (panic_repanic.go:4)	MOVQ	X15, 24(SP)
    15        00021 (panic_repanic.go:4)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    15        00021 (panic_repanic.go:4)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    15        00021 (panic_repanic.go:4)	FUNCDATA	$4, main.inner.opendefer(SB)
    15        00021 (panic_repanic.go:4)	MOVB	$0, main..autotmp_0+23(SP)
    1a        00026 (panic_repanic.go:5)	LEAQ	main.inner.func1·f(SB), CX
    21        00033 (panic_repanic.go:5)	MOVQ	CX, main..autotmp_1+24(SP)
    26        00038 (panic_repanic.go:5)	MOVB	$1, main..autotmp_0+23(SP)
    2b        00043 (panic_repanic.go:10)	LEAQ	type:string(SB), AX
    32        00050 (panic_repanic.go:10)	LEAQ	main..stmp_0(SB), BX
    39        00057 (panic_repanic.go:10)	PCDATA	$1, $1
    39        00057 (panic_repanic.go:10)	CALL	runtime.gopanic(SB)
    3e        00062 (panic_repanic.go:10)	XCHGL	AX, AX
    3f        00063 (panic_repanic.go:10)	NOP
    40        00064 (panic_repanic.go:10)	CALL	runtime.deferreturn(SB)
    45        00069 (panic_repanic.go:10)	ADDQ	$32, SP
    49        00073 (panic_repanic.go:10)	POPQ	BP
    4a        00074 (panic_repanic.go:10)	RET
    4b        00075 (panic_repanic.go:10)	NOP
    4b        00075 (panic_repanic.go:4)	PCDATA	$1, $-1
    4b        00075 (panic_repanic.go:4)	PCDATA	$0, $-2
    4b        00075 (panic_repanic.go:4)	CALL	runtime.morestack_noctxt(SB)
    50        00080 (panic_repanic.go:4)	PCDATA	$0, $-1
    50        00080 (panic_repanic.go:4)	JMP	0
    52 done
wrote 3 bytes to 0x0
 00 52 00
funcpctab main.middle.deferwrap1 [valfunc=pctoinline]
     0     -1 00000 (panic_repanic.go:14)	TEXT	main.middle.deferwrap1(SB), WRAPPER|ABIInternal, $24-0
     0        00000 (panic_repanic.go:14)	TEXT	main.middle.deferwrap1(SB), WRAPPER|ABIInternal, $24-0
     0     -1 00000 (panic_repanic.go:14)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic.go:14)	PCDATA	$0, $-2
     4        00004 (panic_repanic.go:14)	JLS	48
     6        00006 (panic_repanic.go:14)	PCDATA	$0, $-1
     6        00006 (panic_repanic.go:14)	PUSHQ	BP
     7        00007 (panic_repanic.go:14)	MOVQ	SP, BP
     a        00010 (panic_repanic.go:14)	SUBQ	$16, SP
     e        00014 (panic_repanic.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_repanic.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_repanic.go:14)	PCDATA	$1, $0
     e        00014 (panic_repanic.go:14)	CALL	runtime.printlock(SB)
    13        00019 (panic_repanic.go:14)	LEAQ	go:string."middle deferred print runs\n"(SB), AX
    1a        00026 (panic_repanic.go:14)	MOVL	$27, BX
    1f        00031 (panic_repanic.go:14)	NOP
    20        00032 (panic_repanic.go:14)	CALL	runtime.printstring(SB)
    25        00037 (panic_repanic.go:14)	CALL	runtime.printunlock(SB)
    2a        00042 (panic_repanic.go:14)	ADDQ	$16, SP
    2e        00046 (panic_repanic.go:14)	POPQ	BP
    2f        00047 (panic_repanic.go:14)	RET
    30        00048 (panic_repanic.go:14)	NOP
    30        00048 (panic_repanic.go:14)	PCDATA	$1, $-1
    30        00048 (panic_repanic.go:14)	PCDATA	$0, $-2
    30        00048 (panic_repanic.go:14)	CALL	runtime.morestack_noctxt(SB)
    35        00053 (panic_repanic.go:14)	PCDATA	$0, $-1
    35        00053 (panic_repanic.go:14)	JMP	0
    37 done
wrote 3 bytes to 0x0
 00 37 00
funcpctab main.panicInDefer.func2 [valfunc=pctoinline]
     0     -1 00000 (panic_repanic.go:33)	TEXT	main.panicInDefer.func2(SB), ABIInternal, $24-0
     0        00000 (panic_repanic.go:33)	TEXT	main.panicInDefer.func2(SB), ABIInternal, $24-0
     0     -1 00000 (panic_repanic.go:33)	CMPQ	SP, 16(R14)
     4        00004 (panic_repanic.go:33)	PCDATA	$0, $-2
     4        00004 (panic_repanic.go:33)	JLS	38
     6        00006 (panic_repanic.go:33)	PCDATA	$0, $-1
     6        00006 (panic_repanic.go:33)	PUSHQ	BP
     7        00007 (panic_repanic.go:33)	MOVQ	SP, BP
     a        00010 (panic_repanic.go:33)	SUBQ	$16, SP
     e        00014 (panic_repanic.go:33)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_repanic.go:33)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_repanic.go:34)	LEAQ	type:string(SB), AX
    15        00021 (panic_repanic.go:34)	LEAQ	main..stmp_3(SB), BX
    1c        00028 (panic_repanic.go:34)	PCDATA	$1, $0
    1c        00028 (panic_repanic.go:34)	NOP
    20        00032 (panic_repanic.go:34)	CALL	runtime.gopanic(SB)
    25        00037 (panic_repanic.go:34)	XCHGL	AX, AX
    26        00038 (panic_repanic.go:34)	NOP
    26        00038 (panic_repanic.go:33)	PCDATA	$1, $-1
    26        00038 (panic_repanic.go:33)	PCDATA	$0, $-2
    26        00038 (panic_repanic.go:33)	CALL	runtime.morestack_noctxt(SB)
    2b        00043 (panic_repanic.go:33)	PCDATA	$0, $-1
    2b        00043 (panic_repanic.go:33)	JMP	0
    2d done
wrote 3 bytes to 0x0
 00 2d 00
main.inner STEXT size=82 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (panic_repanic.go:4)	TEXT	main.inner(SB), ABIInternal, $40-0
	0x0000 00000 (panic_repanic.go:4)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic.go:4)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic.go:4)	JLS	75
	0x0006 00006 (panic_repanic.go:4)	PCDATA	$0, $-1
	0x0006 00006 (panic_repanic.go:4)	PUSHQ	BP
	0x0007 00007 (panic_repanic.go:4)	MOVQ	SP, BP
	0x000a 00010 (panic_repanic.go:4)	SUBQ	$32, SP
	0x000e 00014 (panic_repanic.go:4)	MOVQ	X15, 24(SP)
	0x0015 00021 (panic_repanic.go:4)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0015 00021 (panic_repanic.go:4)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0015 00021 (panic_repanic.go:4)	FUNCDATA	$4, main.inner.opendefer(SB)
	0x0015 00021 (panic_repanic.go:4)	MOVB	$0, main..autotmp_0+23(SP)
	0x001a 00026 (panic_repanic.go:5)	LEAQ	main.inner.func1·f(SB), CX
	0x0021 00033 (panic_repanic.go:5)	MOVQ	CX, main..autotmp_1+24(SP)
	0x0026 00038 (panic_repanic.go:5)	MOVB	$1, main..autotmp_0+23(SP)
	0x002b 00043 (panic_repanic.go:10)	LEAQ	type:string(SB), AX
	0x0032 00050 (panic_repanic.go:10)	LEAQ	main..stmp_0(SB), BX
	0x0039 00057 (panic_repanic.go:10)	PCDATA	$1, $1
	0x0039 00057 (panic_repanic.go:10)	CALL	runtime.gopanic(SB)
	0x003e 00062 (panic_repanic.go:10)	XCHGL	AX, AX
	0x003f 00063 (panic_repanic.go:10)	NOP
	0x0040 00064 (panic_repanic.go:10)	CALL	runtime.deferreturn(SB)
	0x0045 00069 (panic_repanic.go:10)	ADDQ	$32, SP
	0x0049 00073 (panic_repanic.go:10)	POPQ	BP
	0x004a 00074 (panic_repanic.go:10)	RET
	0x004b 00075 (panic_repanic.go:10)	NOP
	0x004b 00075 (panic_repanic.go:4)	PCDATA	$1, $-1
	0x004b 00075 (panic_repanic.go:4)	PCDATA	$0, $-2
	0x004b 00075 (panic_repanic.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x0050 00080 (panic_repanic.go:4)	PCDATA	$0, $-1
	0x0050 00080 (panic_repanic.go:4)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 20 66 44  I;f.vEUH..H.. fD
	0x0010 0f d6 7c 24 18 c6 44 24 17 00 48 8d 0d 00 00 00  ..|$..D$..H.....
	0x0020 00 48 89 4c 24 18 c6 44 24 17 01 48 8d 05 00 00  .H.L$..D$..H....
	0x0030 00 00 48 8d 1d 00 00 00 00 e8 00 00 00 00 90 90  ..H.............
	0x0040 e8 00 00 00 00 48 83 c4 20 5d c3 e8 00 00 00 00  .....H.. ]......
	0x0050 eb ae                                            ..
	rel 2+0 t=R_USEIFACE type:string+0
	rel 29+4 t=R_PCREL main.inner.func1·f+0
	rel 46+4 t=R_PCREL type:string+0
	rel 53+4 t=R_PCREL main..stmp_0+0
	rel 58+4 t=R_CALL runtime.gopanic+0
	rel 65+4 t=R_CALL runtime.deferreturn+0
	rel 76+4 t=R_CALL runtime.morestack_noctxt+0
main.middle STEXT size=114 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (panic_repanic.go:13)	TEXT	main.middle(SB), ABIInternal, $40-0
	0x0000 00000 (panic_repanic.go:13)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic.go:13)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic.go:13)	JLS	107
	0x0006 00006 (panic_repanic.go:13)	PCDATA	$0, $-1
	0x0006 00006 (panic_repanic.go:13)	PUSHQ	BP
	0x0007 00007 (panic_repanic.go:13)	MOVQ	SP, BP
	0x000a 00010 (panic_repanic.go:13)	SUBQ	$32, SP
	0x000e 00014 (panic_repanic.go:13)	MOVQ	X15, 24(SP)
	0x0015 00021 (panic_repanic.go:13)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0015 00021 (panic_repanic.go:13)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0015 00021 (panic_repanic.go:13)	FUNCDATA	$4, main.middle.opendefer(SB)
	0x0015 00021 (panic_repanic.go:13)	MOVB	$0, main..autotmp_0+23(SP)
	0x001a 00026 (panic_repanic.go:14)	LEAQ	main.middle.deferwrap1·f(SB), AX
	0x0021 00033 (panic_repanic.go:14)	MOVQ	AX, main..autotmp_1+24(SP)
	0x0026 00038 (panic_repanic.go:14)	MOVB	$1, main..autotmp_0+23(SP)
	0x002b 00043 (panic_repanic.go:15)	PCDATA	$1, $1
	0x002b 00043 (panic_repanic.go:15)	CALL	main.inner(SB)
	0x0030 00048 (panic_repanic.go:16)	CALL	runtime.printlock(SB)
	0x0035 00053 (panic_repanic.go:16)	LEAQ	go:string."not reached\n"(SB), AX
	0x003c 00060 (panic_repanic.go:16)	MOVL	$12, BX
	0x0041 00065 (panic_repanic.go:16)	CALL	runtime.printstring(SB)
	0x0046 00070 (panic_repanic.go:16)	CALL	runtime.printunlock(SB)
	0x004b 00075 (panic_repanic.go:17)	MOVB	$0, main..autotmp_0+23(SP)
	0x0050 00080 (panic_repanic.go:17)	CALL	main.middle.deferwrap1(SB)
	0x0055 00085 (panic_repanic.go:17)	ADDQ	$32, SP
	0x0059 00089 (panic_repanic.go:17)	POPQ	BP
	0x005a 00090 (panic_repanic.go:17)	RET
	0x005b 00091 (panic_repanic.go:17)	NOP
	0x0060 00096 (panic_repanic.go:17)	CALL	runtime.deferreturn(SB)
	0x0065 00101 (panic_repanic.go:17)	ADDQ	$32, SP
	0x0069 00105 (panic_repanic.go:17)	POPQ	BP
	0x006a 00106 (panic_repanic.go:17)	RET
	0x006b 00107 (panic_repanic.go:17)	NOP
	0x006b 00107 (panic_repanic.go:13)	PCDATA	$1, $-1
	0x006b 00107 (panic_repanic.go:13)	PCDATA	$0, $-2
	0x006b 00107 (panic_repanic.go:13)	CALL	runtime.morestack_noctxt(SB)
	0x0070 00112 (panic_repanic.go:13)	PCDATA	$0, $-1
	0x0070 00112 (panic_repanic.go:13)	JMP	0
	0x0000 49 3b 66 10 76 65 55 48 89 e5 48 83 ec 20 66 44  I;f.veUH..H.. fD
	0x0010 0f d6 7c 24 18 c6 44 24 17 00 48 8d 05 00 00 00  ..|$..D$..H.....
	0x0020 00 48 89 44 24 18 c6 44 24 17 01 e8 00 00 00 00  .H.D$..D$.......
	0x0030 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 0c 00 00  .....H..........
	0x0040 00 e8 00 00 00 00 e8 00 00 00 00 c6 44 24 17 00  ............D$..
	0x0050 e8 00 00 00 00 48 83 c4 20 5d c3 0f 1f 44 00 00  .....H.. ]...D..
	0x0060 e8 00 00 00 00 48 83 c4 20 5d c3 e8 00 00 00 00  .....H.. ]......
	0x0070 eb 8e                                            ..
	rel 29+4 t=R_PCREL main.middle.deferwrap1·f+0
	rel 44+4 t=R_CALL main.inner+0
	rel 49+4 t=R_CALL runtime.printlock+0
	rel 56+4 t=R_PCREL go:string."not reached\n"+0
	rel 66+4 t=R_CALL runtime.printstring+0
	rel 71+4 t=R_CALL runtime.printunlock+0
	rel 81+4 t=R_CALL main.middle.deferwrap1+0
	rel 97+4 t=R_CALL runtime.deferreturn+0
	rel 108+4 t=R_CALL runtime.morestack_noctxt+0
main.outer STEXT size=165 align=0x0 args=0x0 locals=0x38 funcid=0x0
	0x0000 00000 (panic_repanic.go:19)	TEXT	main.outer(SB), ABIInternal, $56-0
	0x0000 00000 (panic_repanic.go:19)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic.go:19)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic.go:19)	JLS	151
	0x000a 00010 (panic_repanic.go:19)	PCDATA	$0, $-1
	0x000a 00010 (panic_repanic.go:19)	PUSHQ	BP
	0x000b 00011 (panic_repanic.go:19)	MOVQ	SP, BP
	0x000e 00014 (panic_repanic.go:19)	SUBQ	$48, SP
	0x0012 00018 (panic_repanic.go:19)	MOVQ	X15, 40(SP)
	0x0019 00025 (panic_repanic.go:19)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0019 00025 (panic_repanic.go:19)	FUNCDATA	$1, gclocals·TggWaExUwDZc5d5PnqhOxw==(SB)
	0x0019 00025 (panic_repanic.go:19)	FUNCDATA	$2, main.outer.stkobj(SB)
	0x0019 00025 (panic_repanic.go:19)	FUNCDATA	$4, main.outer.opendefer(SB)
	0x0019 00025 (panic_repanic.go:19)	MOVB	$0, main..autotmp_3+7(SP)
	0x001e 00030 (panic_repanic.go:19)	MOVUPS	X15, main.msg+8(SP)
	0x0024 00036 (panic_repanic.go:20)	LEAQ	main.outer.func1(SB), AX
	0x002b 00043 (panic_repanic.go:20)	MOVQ	AX, main..autotmp_2+24(SP)
	0x0030 00048 (panic_repanic.go:20)	LEAQ	main.msg+8(SP), AX
	0x0035 00053 (panic_repanic.go:20)	MOVQ	AX, main..autotmp_2+32(SP)
	0x003a 00058 (panic_repanic.go:20)	LEAQ	main..autotmp_2+24(SP), AX
	0x003f 00063 (panic_repanic.go:20)	MOVQ	AX, main..autotmp_4+40(SP)
	0x0044 00068 (panic_repanic.go:20)	MOVB	$1, main..autotmp_3+7(SP)
	0x0049 00073 (panic_repanic.go:25)	PCDATA	$1, $1
	0x0049 00073 (panic_repanic.go:25)	CALL	main.middle(SB)
	0x004e 00078 (panic_repanic.go:26)	LEAQ	go:string."no panic"(SB), AX
	0x0055 00085 (panic_repanic.go:26)	MOVQ	AX, main.msg+8(SP)
	0x005a 00090 (panic_repanic.go:26)	MOVQ	$8, main.msg+16(SP)
	0x0063 00099 (panic_repanic.go:26)	MOVB	$0, main..autotmp_3+7(SP)
	0x0068 00104 (panic_repanic.go:26)	MOVQ	main..autotmp_4+40(SP), DX
	0x006d 00109 (panic_repanic.go:26)	MOVQ	(DX), AX
	0x0070 00112 (panic_repanic.go:26)	CALL	AX
	0x0072 00114 (panic_repanic.go:26)	MOVQ	main.msg+8(SP), AX
	0x0077 00119 (panic_repanic.go:26)	MOVQ	main.msg+16(SP), BX
	0x007c 00124 (panic_repanic.go:26)	ADDQ	$48, SP
	0x0080 00128 (panic_repanic.go:26)	POPQ	BP
	0x0081 00129 (panic_repanic.go:26)	RET
	0x0082 00130 (panic_repanic.go:26)	CALL	runtime.deferreturn(SB)
	0x0087 00135 (panic_repanic.go:26)	MOVQ	main.msg+8(SP), AX
	0x008c 00140 (panic_repanic.go:26)	MOVQ	main.msg+16(SP), BX
	0x0091 00145 (panic_repanic.go:26)	ADDQ	$48, SP
	0x0095 00149 (panic_repanic.go:26)	POPQ	BP
	0x0096 00150 (panic_repanic.go:26)	RET
	0x0097 00151 (panic_repanic.go:26)	NOP
	0x0097 00151 (panic_repanic.go:19)	PCDATA	$1, $-1
	0x0097 00151 (panic_repanic.go:19)	PCDATA	$0, $-2
	0x0097 00151 (panic_repanic.go:19)	CALL	runtime.morestack_noctxt(SB)
	0x009c 00156 (panic_repanic.go:19)	PCDATA	$0, $-1
	0x009c 00156 (panic_repanic.go:19)	NOP
	0x00a0 00160 (panic_repanic.go:19)	JMP	0
	0x0000 49 3b 66 10 0f 86 8d 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 30 66 44 0f d6 7c 24 28 c6 44 24 07 00 44 0f  .0fD..|$(.D$..D.
	0x0020 11 7c 24 08 48 8d 05 00 00 00 00 48 89 44 24 18  .|$.H......H.D$.
	0x0030 48 8d 44 24 08 48 89 44 24 20 48 8d 44 24 18 48  H.D$.H.D$ H.D$.H
	0x0040 89 44 24 28 c6 44 24 07 01 e8 00 00 00 00 48 8d  .D$(.D$.......H.
	0x0050 05 00 00 00 00 48 89 44 24 08 48 c7 44 24 10 08  .....H.D$.H.D$..
	0x0060 00 00 00 c6 44 24 07 00 48 8b 54 24 28 48 8b 02  ....D$..H.T$(H..
	0x0070 ff d0 48 8b 44 24 08 48 8b 5c 24 10 48 83 c4 30  ..H.D$.H.\$.H..0
	0x0080 5d c3 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24  ]......H.D$.H.\$
	0x0090 10 48 83 c4 30 5d c3 e8 00 00 00 00 0f 1f 40 00  .H..0]........@.
	0x00a0 e9 5b ff ff ff                                   .[...
	rel 39+4 t=R_PCREL main.outer.func1+0
	rel 74+4 t=R_CALL main.middle+0
	rel 81+4 t=R_PCREL go:string."no panic"+0
	rel 112+0 t=R_CALLIND +0
	rel 131+4 t=R_CALL runtime.deferreturn+0
	rel 152+4 t=R_CALL runtime.morestack_noctxt+0
main.outer.func1 STEXT size=148 align=0x0 args=0x0 locals=0x38 funcid=0x0
	0x0000 00000 (panic_repanic.go:20)	TEXT	main.outer.func1(SB), NEEDCTXT|ABIInternal, $56-0
	0x0000 00000 (panic_repanic.go:20)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic.go:20)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic.go:20)	JLS	138
	0x000a 00010 (panic_repanic.go:20)	PCDATA	$0, $-1
	0x000a 00010 (panic_repanic.go:20)	PUSHQ	BP
	0x000b 00011 (panic_repanic.go:20)	MOVQ	SP, BP
	0x000e 00014 (panic_repanic.go:20)	SUBQ	$48, SP
	0x0012 00018 (panic_repanic.go:20)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (panic_repanic.go:20)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0012 00018 (panic_repanic.go:20)	MOVQ	8(DX), AX
	0x0016 00022 (panic_repanic.go:20)	MOVQ	AX, main.&msg+40(SP)
	0x001b 00027 (panic_repanic.go:21)	PCDATA	$1, $1
	0x001b 00027 (panic_repanic.go:21)	NOP
	0x0020 00032 (panic_repanic.go:21)	CALL	runtime.gorecover(SB)
	0x0025 00037 (panic_repanic.go:21)	TESTQ	AX, AX
	0x0028 00040 (panic_repanic.go:21)	JEQ	116
	0x002a 00042 (panic_repanic.go:22)	LEAQ	type:string(SB), DX
	0x0031 00049 (panic_repanic.go:22)	CMPQ	AX, DX
	0x0034 00052 (panic_repanic.go:22)	JNE	122
	0x0036 00054 (panic_repanic.go:22)	MOVQ	(BX), DI
	0x0039 00057 (panic_repanic.go:22)	MOVQ	8(BX), SI
	0x003d 00061 (panic_repanic.go:22)	XORL	AX, AX
	0x003f 00063 (panic_repanic.go:22)	LEAQ	go:string."outer recovered: "(SB), BX
	0x0046 00070 (panic_repanic.go:22)	MOVL	$17, CX
	0x004b 00075 (panic_repanic.go:22)	CALL	runtime.concatstring2(SB)
	0x0050 00080 (panic_repanic.go:22)	MOVQ	main.&msg+40(SP), DX
	0x0055 00085 (panic_repanic.go:22)	MOVQ	BX, 8(DX)
	0x0059 00089 (panic_repanic.go:22)	CMPL	runtime.writeBarrier(SB), $0
	0x0060 00096 (panic_repanic.go:22)	PCDATA	$0, $-2
	0x0060 00096 (panic_repanic.go:22)	JEQ	113
	0x0062 00098 (panic_repanic.go:22)	MOVQ	(DX), CX
	0x0065 00101 (panic_repanic.go:22)	CALL	runtime.gcWriteBarrier2(SB)
	0x006a 00106 (panic_repanic.go:22)	MOVQ	AX, (R11)
	0x006d 00109 (panic_repanic.go:22)	MOVQ	CX, 8(R11)
	0x0071 00113 (panic_repanic.go:22)	MOVQ	AX, (DX)
	0x0074 00116 (panic_repanic.go:24)	PCDATA	$0, $-1
	0x0074 00116 (panic_repanic.go:24)	ADDQ	$48, SP
	0x0078 00120 (panic_repanic.go:24)	POPQ	BP
	0x0079 00121 (panic_repanic.go:24)	RET
	0x007a 00122 (panic_repanic.go:22)	MOVQ	DX, BX
	0x007d 00125 (panic_repanic.go:22)	LEAQ	type:interface {}(SB), CX
	0x0084 00132 (panic_repanic.go:22)	PCDATA	$1, $0
	0x0084 00132 (panic_repanic.go:22)	CALL	runtime.panicdottypeE(SB)
	0x0089 00137 (panic_repanic.go:22)	XCHGL	AX, AX
	0x008a 00138 (panic_repanic.go:22)	NOP
	0x008a 00138 (panic_repanic.go:20)	PCDATA	$1, $-1
	0x008a 00138 (panic_repanic.go:20)	PCDATA	$0, $-2
	0x008a 00138 (panic_repanic.go:20)	CALL	runtime.morestack(SB)
	0x008f 00143 (panic_repanic.go:20)	PCDATA	$0, $-1
	0x008f 00143 (panic_repanic.go:20)	JMP	0
	0x0000 49 3b 66 10 0f 86 80 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 30 48 8b 42 08 48 89 44 24 28 0f 1f 44 00 00  .0H.B.H.D$(..D..
	0x0020 e8 00 00 00 00 48 85 c0 74 4a 48 8d 15 00 00 00  .....H..tJH.....
	0x0030 00 48 39 d0 75 44 48 8b 3b 48 8b 73 08 31 c0 48  .H9.uDH.;H.s.1.H
	0x0040 8d 1d 00 00 00 00 b9 11 00 00 00 e8 00 00 00 00  ................
	0x0050 48 8b 54 24 28 48 89 5a 08 83 3d 00 00 00 00 00  H.T$(H.Z..=.....
	0x0060 74 0f 48 8b 0a e8 00 00 00 00 49 89 03 49 89 4b  t.H.......I..I.K
	0x0070 08 48 89 02 48 83 c4 30 5d c3 48 89 d3 48 8d 0d  .H..H..0].H..H..
	0x0080 00 00 00 00 e8 00 00 00 00 90 e8 00 00 00 00 e9  ................
	0x0090 6c ff ff ff                                      l...
	rel 33+4 t=R_CALL runtime.gorecover+0
	rel 45+4 t=R_PCREL type:string+0
	rel 66+4 t=R_PCREL go:string."outer recovered: "+0
	rel 76+4 t=R_CALL runtime.concatstring2+0
	rel 91+4 t=R_PCREL runtime.writeBarrier+-1
	rel 102+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 128+4 t=R_PCREL type:interface {}+0
	rel 133+4 t=R_CALL runtime.panicdottypeE+0
	rel 139+4 t=R_CALL runtime.morestack+0
main.panicInDefer STEXT size=138 align=0x0 args=0x0 locals=0x50 funcid=0x0
	0x0000 00000 (panic_repanic.go:29)	TEXT	main.panicInDefer(SB), ABIInternal, $80-0
	0x0000 00000 (panic_repanic.go:29)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic.go:29)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic.go:29)	JLS	126
	0x0006 00006 (panic_repanic.go:29)	PCDATA	$0, $-1
	0x0006 00006 (panic_repanic.go:29)	PUSHQ	BP
	0x0007 00007 (panic_repanic.go:29)	MOVQ	SP, BP
	0x000a 00010 (panic_repanic.go:29)	SUBQ	$72, SP
	0x000e 00014 (panic_repanic.go:29)	MOVUPS	X15, 56(SP)
	0x0014 00020 (panic_repanic.go:29)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0014 00020 (panic_repanic.go:29)	FUNCDATA	$1, gclocals·WyN+ZvkyvqETRYMy2C18Aw==(SB)
	0x0014 00020 (panic_repanic.go:29)	FUNCDATA	$2, main.panicInDefer.stkobj(SB)
	0x0014 00020 (panic_repanic.go:29)	FUNCDATA	$4, main.panicInDefer.opendefer(SB)
	0x0014 00020 (panic_repanic.go:29)	MOVB	$0, main..autotmp_3+23(SP)
	0x0019 00025 (panic_repanic.go:29)	MOVUPS	X15, main.got+24(SP)
	0x001f 00031 (panic_repanic.go:30)	LEAQ	main.panicInDefer.func1(SB), CX
	0x0026 00038 (panic_repanic.go:30)	MOVQ	CX, main..autotmp_2+40(SP)
	0x002b 00043 (panic_repanic.go:30)	LEAQ	main.got+24(SP), CX
	0x0030 00048 (panic_repanic.go:30)	MOVQ	CX, main..autotmp_2+48(SP)
	0x0035 00053 (panic_repanic.go:30)	LEAQ	main..autotmp_2+40(SP), CX
	0x003a 00058 (panic_repanic.go:30)	MOVQ	CX, main..autotmp_4+56(SP)
	0x003f 00063 (panic_repanic.go:30)	MOVB	$1, main..autotmp_3+23(SP)
	0x0044 00068 (panic_repanic.go:33)	LEAQ	main.panicInDefer.func2·f(SB), CX
	0x004b 00075 (panic_repanic.go:33)	MOVQ	CX, main..autotmp_5+64(SP)
	0x0050 00080 (panic_repanic.go:33)	MOVB	$3, main..autotmp_3+23(SP)
	0x0055 00085 (panic_repanic.go:36)	LEAQ	type:string(SB), AX
	0x005c 00092 (panic_repanic.go:36)	LEAQ	main..stmp_1(SB), BX
	0x0063 00099 (panic_repanic.go:36)	PCDATA	$1, $1
	0x0063 00099 (panic_repanic.go:36)	CALL	runtime.gopanic(SB)
	0x0068 00104 (panic_repanic.go:36)	XCHGL	AX, AX
	0x0069 00105 (panic_repanic.go:36)	CALL	runtime.deferreturn(SB)
	0x006e 00110 (panic_repanic.go:36)	MOVQ	main.got+24(SP), AX
	0x0073 00115 (panic_repanic.go:36)	MOVQ	main.got+32(SP), BX
	0x0078 00120 (panic_repanic.go:36)	ADDQ	$72, SP
	0x007c 00124 (panic_repanic.go:36)	POPQ	BP
	0x007d 00125 (panic_repanic.go:36)	RET
	0x007e 00126 (panic_repanic.go:36)	NOP
	0x007e 00126 (panic_repanic.go:29)	PCDATA	$1, $-1
	0x007e 00126 (panic_repanic.go:29)	PCDATA	$0, $-2
	0x007e 00126 (panic_repanic.go:29)	NOP
	0x0080 00128 (panic_repanic.go:29)	CALL	runtime.morestack_noctxt(SB)
	0x0085 00133 (panic_repanic.go:29)	PCDATA	$0, $-1
	0x0085 00133 (panic_repanic.go:29)	JMP	0
	0x0000 49 3b 66 10 76 78 55 48 89 e5 48 83 ec 48 44 0f  I;f.vxUH..H..HD.
	0x0010 11 7c 24 38 c6 44 24 17 00 44 0f 11 7c 24 18 48  .|$8.D$..D..|$.H
	0x0020 8d 0d 00 00 00 00 48 89 4c 24 28 48 8d 4c 24 18  ......H.L$(H.L$.
	0x0030 48 89 4c 24 30 48 8d 4c 24 28 48 89 4c 24 38 c6  H.L$0H.L$(H.L$8.
	0x0040 44 24 17 01 48 8d 0d 00 00 00 00 48 89 4c 24 40  D$..H......H.L$@
	0x0050 c6 44 24 17 03 48 8d 05 00 00 00 00 48 8d 1d 00  .D$..H......H...
	0x0060 00 00 00 e8 00 00 00 00 90 e8 00 00 00 00 48 8b  ..............H.
	0x0070 44 24 18 48 8b 5c 24 20 48 83 c4 48 5d c3 66 90  D$.H.\$ H..H].f.
	0x0080 e8 00 00 00 00 e9 76 ff ff ff                    ......v...
	rel 2+0 t=R_USEIFACE type:string+0
	rel 34+4 t=R_PCREL main.panicInDefer.func1+0
	rel 71+4 t=R_PCREL main.panicInDefer.func2·f+0
	rel 88+4 t=R_PCREL type:string+0
	rel 95+4 t=R_PCREL main..stmp_1+0
	rel 100+4 t=R_CALL runtime.gopanic+0
	rel 106+4 t=R_CALL runtime.deferreturn+0
	rel 129+4 t=R_CALL runtime.morestack_noctxt+0
main.panicInDefer.func1 STEXT size=113 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (panic_repanic.go:30)	TEXT	main.panicInDefer.func1(SB), NEEDCTXT|ABIInternal, $40-0
	0x0000 00000 (panic_repanic.go:30)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic.go:30)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic.go:30)	JLS	106
	0x0006 00006 (panic_repanic.go:30)	PCDATA	$0, $-1
	0x0006 00006 (panic_repanic.go:30)	PUSHQ	BP
	0x0007 00007 (panic_repanic.go:30)	MOVQ	SP, BP
	0x000a 00010 (panic_repanic.go:30)	SUBQ	$32, SP
	0x000e 00014 (panic_repanic.go:30)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (panic_repanic.go:30)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (panic_repanic.go:30)	MOVQ	8(DX), AX
	0x0012 00018 (panic_repanic.go:30)	MOVQ	AX, main.&got+24(SP)
	0x0017 00023 (panic_repanic.go:31)	PCDATA	$1, $1
	0x0017 00023 (panic_repanic.go:31)	CALL	runtime.gorecover(SB)
	0x001c 00028 (panic_repanic.go:31)	LEAQ	type:string(SB), CX
	0x0023 00035 (panic_repanic.go:31)	CMPQ	AX, CX
	0x0026 00038 (panic_repanic.go:31)	JNE	90
	0x0028 00040 (panic_repanic.go:31)	MOVQ	8(BX), AX
	0x002c 00044 (panic_repanic.go:31)	MOVQ	(BX), CX
	0x002f 00047 (panic_repanic.go:31)	MOVQ	main.&got+24(SP), DX
	0x0034 00052 (panic_repanic.go:31)	MOVQ	AX, 8(DX)
	0x0038 00056 (panic_repanic.go:31)	CMPL	runtime.writeBarrier(SB), $0
	0x003f 00063 (panic_repanic.go:31)	PCDATA	$0, $-2
	0x003f 00063 (panic_repanic.go:31)	NOP
	0x0040 00064 (panic_repanic.go:31)	JEQ	81
	0x0042 00066 (panic_repanic.go:31)	MOVQ	(DX), AX
	0x0045 00069 (panic_repanic.go:31)	CALL	runtime.gcWriteBarrier2(SB)
	0x004a 00074 (panic_repanic.go:31)	MOVQ	CX, (R11)
	0x004d 00077 (panic_repanic.go:31)	MOVQ	AX, 8(R11)
	0x0051 00081 (panic_repanic.go:31)	MOVQ	CX, (DX)
	0x0054 00084 (panic_repanic.go:32)	PCDATA	$0, $-1
	0x0054 00084 (panic_repanic.go:32)	ADDQ	$32, SP
	0x0058 00088 (panic_repanic.go:32)	POPQ	BP
	0x0059 00089 (panic_repanic.go:32)	RET
	0x005a 00090 (panic_repanic.go:31)	MOVQ	CX, BX
	0x005d 00093 (panic_repanic.go:31)	LEAQ	type:interface {}(SB), CX
	0x0064 00100 (panic_repanic.go:31)	PCDATA	$1, $0
	0x0064 00100 (panic_repanic.go:31)	CALL	runtime.panicdottypeE(SB)
	0x0069 00105 (panic_repanic.go:31)	XCHGL	AX, AX
	0x006a 00106 (panic_repanic.go:31)	NOP
	0x006a 00106 (panic_repanic.go:30)	PCDATA	$1, $-1
	0x006a 00106 (panic_repanic.go:30)	PCDATA	$0, $-2
	0x006a 00106 (panic_repanic.go:30)	CALL	runtime.morestack(SB)
	0x006f 00111 (panic_repanic.go:30)	PCDATA	$0, $-1
	0x006f 00111 (panic_repanic.go:30)	JMP	0
	0x0000 49 3b 66 10 76 64 55 48 89 e5 48 83 ec 20 48 8b  I;f.vdUH..H.. H.
	0x0010 42 08 48 89 44 24 18 e8 00 00 00 00 48 8d 0d 00  B.H.D$......H...
	0x0020 00 00 00 48 39 c8 75 32 48 8b 43 08 48 8b 0b 48  ...H9.u2H.C.H..H
	0x0030 8b 54 24 18 48 89 42 08 83 3d 00 00 00 00 00 90  .T$.H.B..=......
	0x0040 74 0f 48 8b 02 e8 00 00 00 00 49 89 0b 49 89 43  t.H.......I..I.C
	0x0050 08 48 89 0a 48 83 c4 20 5d c3 48 89 cb 48 8d 0d  .H..H.. ].H..H..
	0x0060 00 00 00 00 e8 00 00 00 00 90 e8 00 00 00 00 eb  ................
	0x0070 8f                                               .
	rel 24+4 t=R_CALL runtime.gorecover+0
	rel 31+4 t=R_PCREL type:string+0
	rel 58+4 t=R_PCREL runtime.writeBarrier+-1
	rel 70+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 96+4 t=R_PCREL type:interface {}+0
	rel 101+4 t=R_CALL runtime.panicdottypeE+0
	rel 107+4 t=R_CALL runtime.morestack+0
main.deep STEXT size=109 align=0x0 args=0x8 locals=0x18 funcid=0x0
	0x0000 00000 (panic_repanic.go:39)	TEXT	main.deep(SB), ABIInternal, $24-8
	0x0000 00000 (panic_repanic.go:39)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic.go:39)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic.go:39)	JLS	92
	0x0006 00006 (panic_repanic.go:39)	PCDATA	$0, $-1
	0x0006 00006 (panic_repanic.go:39)	PUSHQ	BP
	0x0007 00007 (panic_repanic.go:39)	MOVQ	SP, BP
	0x000a 00010 (panic_repanic.go:39)	SUBQ	$16, SP
	0x000e 00014 (panic_repanic.go:39)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_repanic.go:39)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_repanic.go:39)	FUNCDATA	$5, main.deep.arginfo1(SB)
	0x000e 00014 (panic_repanic.go:39)	FUNCDATA	$6, main.deep.argliveinfo(SB)
	0x000e 00014 (panic_repanic.go:39)	PCDATA	$3, $1
	0x000e 00014 (panic_repanic.go:40)	TESTQ	AX, AX
	0x0011 00017 (panic_repanic.go:40)	JEQ	69
	0x0013 00019 (<unknown line number>)	NOP
	0x0013 00019 (panic_repanic.go:40)	CMPQ	AX, $1
	0x0017 00023 (panic_repanic.go:40)	JEQ	47
	0x0019 00025 (panic_repanic.go:43)	ADDQ	$-2, AX
	0x001d 00029 (panic_repanic.go:43)	PCDATA	$1, $0
	0x001d 00029 (panic_repanic.go:43)	NOP
	0x0020 00032 (panic_repanic.go:43)	CALL	main.deep(SB)
	0x0025 00037 (panic_repanic.go:43)	ADDQ	$2, AX
	0x0029 00041 (panic_repanic.go:43)	ADDQ	$16, SP
	0x002d 00045 (panic_repanic.go:43)	POPQ	BP
	0x002e 00046 (panic_repanic.go:43)	RET
	0x002f 00047 (panic_repanic.go:41)	XORL	AX, AX
	0x0031 00049 (panic_repanic.go:41)	CALL	runtime.convT64(SB)
	0x0036 00054 (panic_repanic.go:41)	MOVQ	AX, BX
	0x0039 00057 (panic_repanic.go:41)	LEAQ	type:int(SB), AX
	0x0040 00064 (panic_repanic.go:41)	CALL	runtime.gopanic(SB)
	0x0045 00069 (panic_repanic.go:41)	XORL	AX, AX
	0x0047 00071 (panic_repanic.go:41)	CALL	runtime.convT64(SB)
	0x004c 00076 (panic_repanic.go:41)	MOVQ	AX, BX
	0x004f 00079 (panic_repanic.go:41)	LEAQ	type:int(SB), AX
	0x0056 00086 (panic_repanic.go:41)	CALL	runtime.gopanic(SB)
	0x005b 00091 (panic_repanic.go:41)	XCHGL	AX, AX
	0x005c 00092 (panic_repanic.go:41)	NOP
	0x005c 00092 (panic_repanic.go:39)	PCDATA	$1, $-1
	0x005c 00092 (panic_repanic.go:39)	PCDATA	$0, $-2
	0x005c 00092 (panic_repanic.go:39)	MOVQ	AX, 8(SP)
	0x0061 00097 (panic_repanic.go:39)	CALL	runtime.morestack_noctxt(SB)
	0x0066 00102 (panic_repanic.go:39)	PCDATA	$0, $-1
	0x0066 00102 (panic_repanic.go:39)	MOVQ	8(SP), AX
	0x006b 00107 (panic_repanic.go:39)	JMP	0
	0x0000 49 3b 66 10 76 56 55 48 89 e5 48 83 ec 10 48 85  I;f.vVUH..H...H.
	0x0010 c0 74 32 48 83 f8 01 74 16 48 83 c0 fe 0f 1f 00  .t2H...t.H......
	0x0020 e8 00 00 00 00 48 83 c0 02 48 83 c4 10 5d c3 31  .....H...H...].1
	0x0030 c0 e8 00 00 00 00 48 89 c3 48 8d 05 00 00 00 00  ......H..H......
	0x0040 e8 00 00 00 00 31 c0 e8 00 00 00 00 48 89 c3 48  .....1......H..H
	0x0050 8d 05 00 00 00 00 e8 00 00 00 00 90 48 89 44 24  ............H.D$
	0x0060 08 e8 00 00 00 00 48 8b 44 24 08 eb 93           ......H.D$...
	rel 2+0 t=R_USEIFACE type:int+0
	rel 2+0 t=R_USEIFACE type:int+0
	rel 33+4 t=R_CALL main.deep+0
	rel 50+4 t=R_CALL runtime.convT64+0
	rel 60+4 t=R_PCREL type:int+0
	rel 65+4 t=R_CALL runtime.gopanic+0
	rel 72+4 t=R_CALL runtime.convT64+0
	rel 82+4 t=R_PCREL type:int+0
	rel 87+4 t=R_CALL runtime.gopanic+0
	rel 98+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=159 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (panic_repanic.go:46)	TEXT	main.main(SB), ABIInternal, $40-0
	0x0000 00000 (panic_repanic.go:46)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic.go:46)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic.go:46)	JLS	149
	0x000a 00010 (panic_repanic.go:46)	PCDATA	$0, $-1
	0x000a 00010 (panic_repanic.go:46)	PUSHQ	BP
	0x000b 00011 (panic_repanic.go:46)	MOVQ	SP, BP
	0x000e 00014 (panic_repanic.go:46)	SUBQ	$32, SP
	0x0012 00018 (panic_repanic.go:46)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (panic_repanic.go:46)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0012 00018 (panic_repanic.go:47)	PCDATA	$1, $0
	0x0012 00018 (panic_repanic.go:47)	CALL	main.outer(SB)
	0x0017 00023 (panic_repanic.go:47)	MOVQ	AX, main..autotmp_1+24(SP)
	0x001c 00028 (panic_repanic.go:47)	MOVQ	BX, main..autotmp_2+16(SP)
	0x0021 00033 (panic_repanic.go:47)	PCDATA	$1, $1
	0x0021 00033 (panic_repanic.go:47)	CALL	runtime.printlock(SB)
	0x0026 00038 (panic_repanic.go:47)	MOVQ	main..autotmp_1+24(SP), AX
	0x002b 00043 (panic_repanic.go:47)	MOVQ	main..autotmp_2+16(SP), BX
	0x0030 00048 (panic_repanic.go:47)	PCDATA	$1, $0
	0x0030 00048 (panic_repanic.go:47)	CALL	runtime.printstring(SB)
	0x0035 00053 (panic_repanic.go:47)	CALL	runtime.printnl(SB)
	0x003a 00058 (panic_repanic.go:47)	CALL	runtime.printunlock(SB)
	0x003f 00063 (panic_repanic.go:47)	NOP
	0x0040 00064 (panic_repanic.go:48)	CALL	main.panicInDefer(SB)
	0x0045 00069 (panic_repanic.go:48)	MOVQ	AX, main..autotmp_1+24(SP)
	0x004a 00074 (panic_repanic.go:48)	MOVQ	BX, main..autotmp_2+16(SP)
	0x004f 00079 (panic_repanic.go:48)	PCDATA	$1, $1
	0x004f 00079 (panic_repanic.go:48)	CALL	runtime.printlock(SB)
	0x0054 00084 (panic_repanic.go:48)	MOVQ	main..autotmp_1+24(SP), AX
	0x0059 00089 (panic_repanic.go:48)	MOVQ	main..autotmp_2+16(SP), BX
	0x005e 00094 (panic_repanic.go:48)	PCDATA	$1, $0
	0x005e 00094 (panic_repanic.go:48)	NOP
	0x0060 00096 (panic_repanic.go:48)	CALL	runtime.printstring(SB)
	0x0065 00101 (panic_repanic.go:48)	CALL	runtime.printnl(SB)
	0x006a 00106 (panic_repanic.go:48)	CALL	runtime.printunlock(SB)
	0x006f 00111 (panic_repanic.go:52)	CALL	main.main.func1(SB)
	0x0074 00116 (panic_repanic.go:53)	CALL	runtime.printlock(SB)
	0x0079 00121 (panic_repanic.go:53)	LEAQ	go:string."done\n"(SB), AX
	0x0080 00128 (panic_repanic.go:53)	MOVL	$5, BX
	0x0085 00133 (panic_repanic.go:53)	CALL	runtime.printstring(SB)
	0x008a 00138 (panic_repanic.go:53)	CALL	runtime.printunlock(SB)
	0x008f 00143 (panic_repanic.go:54)	ADDQ	$32, SP
	0x0093 00147 (panic_repanic.go:54)	POPQ	BP
	0x0094 00148 (panic_repanic.go:54)	RET
	0x0095 00149 (panic_repanic.go:54)	NOP
	0x0095 00149 (panic_repanic.go:46)	PCDATA	$1, $-1
	0x0095 00149 (panic_repanic.go:46)	PCDATA	$0, $-2
	0x0095 00149 (panic_repanic.go:46)	CALL	runtime.morestack_noctxt(SB)
	0x009a 00154 (panic_repanic.go:46)	PCDATA	$0, $-1
	0x009a 00154 (panic_repanic.go:46)	JMP	0
	0x0000 49 3b 66 10 0f 86 8b 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 20 e8 00 00 00 00 48 89 44 24 18 48 89 5c 24  . .....H.D$.H.\$
	0x0020 10 e8 00 00 00 00 48 8b 44 24 18 48 8b 5c 24 10  ......H.D$.H.\$.
	0x0030 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 90  ................
	0x0040 e8 00 00 00 00 48 89 44 24 18 48 89 5c 24 10 e8  .....H.D$.H.\$..
	0x0050 00 00 00 00 48 8b 44 24 18 48 8b 5c 24 10 66 90  ....H.D$.H.\$.f.
	0x0060 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x0070 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00  .........H......
	0x0080 bb 05 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0090 83 c4 20 5d c3 e8 00 00 00 00 e9 61 ff ff ff     .. ].......a...
	rel 19+4 t=R_CALL main.outer+0
	rel 34+4 t=R_CALL runtime.printlock+0
	rel 49+4 t=R_CALL runtime.printstring+0
	rel 54+4 t=R_CALL runtime.printnl+0
	rel 59+4 t=R_CALL runtime.printunlock+0
	rel 65+4 t=R_CALL main.panicInDefer+0
	rel 80+4 t=R_CALL runtime.printlock+0
	rel 97+4 t=R_CALL runtime.printstring+0
	rel 102+4 t=R_CALL runtime.printnl+0
	rel 107+4 t=R_CALL runtime.printunlock+0
	rel 112+4 t=R_CALL main.main.func1+0
	rel 117+4 t=R_CALL runtime.printlock+0
	rel 124+4 t=R_PCREL go:string."done\n"+0
	rel 134+4 t=R_CALL runtime.printstring+0
	rel 139+4 t=R_CALL runtime.printunlock+0
	rel 150+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func1 STEXT size=93 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (panic_repanic.go:49)	TEXT	main.main.func1(SB), ABIInternal, $32-0
	0x0000 00000 (panic_repanic.go:49)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic.go:49)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic.go:49)	JLS	86
	0x0006 00006 (panic_repanic.go:49)	PCDATA	$0, $-1
	0x0006 00006 (panic_repanic.go:49)	PUSHQ	BP
	0x0007 00007 (panic_repanic.go:49)	MOVQ	SP, BP
	0x000a 00010 (panic_repanic.go:49)	SUBQ	$24, SP
	0x000e 00014 (panic_repanic.go:49)	MOVQ	X15, 16(SP)
	0x0015 00021 (panic_repanic.go:49)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0015 00021 (panic_repanic.go:49)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0015 00021 (panic_repanic.go:49)	FUNCDATA	$4, main.main.func1.opendefer(SB)
	0x0015 00021 (panic_repanic.go:49)	MOVB	$0, main..autotmp_4+15(SP)
	0x001a 00026 (panic_repanic.go:50)	LEAQ	main.main.func1.1·f(SB), CX
	0x0021 00033 (panic_repanic.go:50)	MOVQ	CX, main..autotmp_5+16(SP)
	0x0026 00038 (panic_repanic.go:50)	MOVB	$1, main..autotmp_4+15(SP)
	0x002b 00043 (panic_repanic.go:51)	XCHGL	AX, AX
	0x002c 00044 (panic_repanic.go:43)	MOVL	$49, AX
	0x0031 00049 (panic_repanic.go:43)	PCDATA	$1, $1
	0x0031 00049 (panic_repanic.go:43)	CALL	main.deep(SB)
	0x0036 00054 (panic_repanic.go:52)	MOVB	$0, main..autotmp_4+15(SP)
	0x003b 00059 (panic_repanic.go:52)	NOP
	0x0040 00064 (panic_repanic.go:52)	CALL	main.main.func1.1(SB)
	0x0045 00069 (panic_repanic.go:52)	ADDQ	$24, SP
	0x0049 00073 (panic_repanic.go:52)	POPQ	BP
	0x004a 00074 (panic_repanic.go:52)	RET
	0x004b 00075 (panic_repanic.go:52)	CALL	runtime.deferreturn(SB)
	0x0050 00080 (panic_repanic.go:52)	ADDQ	$24, SP
	0x0054 00084 (panic_repanic.go:52)	POPQ	BP
	0x0055 00085 (panic_repanic.go:52)	RET
	0x0056 00086 (panic_repanic.go:52)	NOP
	0x0056 00086 (panic_repanic.go:49)	PCDATA	$1, $-1
	0x0056 00086 (panic_repanic.go:49)	PCDATA	$0, $-2
	0x0056 00086 (panic_repanic.go:49)	CALL	runtime.morestack_noctxt(SB)
	0x005b 00091 (panic_repanic.go:49)	PCDATA	$0, $-1
	0x005b 00091 (panic_repanic.go:49)	JMP	0
	0x0000 49 3b 66 10 76 50 55 48 89 e5 48 83 ec 18 66 44  I;f.vPUH..H...fD
	0x0010 0f d6 7c 24 10 c6 44 24 0f 00 48 8d 0d 00 00 00  ..|$..D$..H.....
	0x0020 00 48 89 4c 24 10 c6 44 24 0f 01 90 b8 31 00 00  .H.L$..D$....1..
	0x0030 00 e8 00 00 00 00 c6 44 24 0f 00 0f 1f 44 00 00  .......D$....D..
	0x0040 e8 00 00 00 00 48 83 c4 18 5d c3 e8 00 00 00 00  .....H...]......
	0x0050 48 83 c4 18 5d c3 e8 00 00 00 00 eb a3           H...]........
	rel 2+0 t=R_USEIFACE type:int+0
	rel 29+4 t=R_PCREL main.main.func1.1·f+0
	rel 50+4 t=R_CALL main.deep+0
	rel 65+4 t=R_CALL main.main.func1.1+0
	rel 76+4 t=R_CALL runtime.deferreturn+0
	rel 87+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func1.1 STEXT size=110 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (panic_repanic.go:50)	TEXT	main.main.func1.1(SB), ABIInternal, $40-0
	0x0000 00000 (panic_repanic.go:50)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic.go:50)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic.go:50)	JLS	103
	0x0006 00006 (panic_repanic.go:50)	PCDATA	$0, $-1
	0x0006 00006 (panic_repanic.go:50)	PUSHQ	BP
	0x0007 00007 (panic_repanic.go:50)	MOVQ	SP, BP
	0x000a 00010 (panic_repanic.go:50)	SUBQ	$32, SP
	0x000e 00014 (panic_repanic.go:50)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_repanic.go:50)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_repanic.go:50)	PCDATA	$1, $0
	0x000e 00014 (panic_repanic.go:50)	CALL	runtime.gorecover(SB)
	0x0013 00019 (panic_repanic.go:50)	LEAQ	type:int(SB), CX
	0x001a 00026 (panic_repanic.go:50)	CMPQ	AX, CX
	0x001d 00029 (panic_repanic.go:50)	JNE	87
	0x001f 00031 (panic_repanic.go:50)	MOVQ	(BX), AX
	0x0022 00034 (panic_repanic.go:50)	MOVQ	AX, main..autotmp_2+24(SP)
	0x0027 00039 (panic_repanic.go:50)	CALL	runtime.printlock(SB)
	0x002c 00044 (panic_repanic.go:50)	LEAQ	go:string."deep recovered "(SB), AX
	0x0033 00051 (panic_repanic.go:50)	MOVL	$15, BX
	0x0038 00056 (panic_repanic.go:50)	CALL	runtime.printstring(SB)
	0x003d 00061 (panic_repanic.go:50)	MOVQ	main..autotmp_2+24(SP), AX
	0x0042 00066 (panic_repanic.go:50)	CALL	runtime.printint(SB)
	0x0047 00071 (panic_repanic.go:50)	CALL	runtime.printnl(SB)
	0x004c 00076 (panic_repanic.go:50)	CALL	runtime.printunlock(SB)
	0x0051 00081 (panic_repanic.go:50)	ADDQ	$32, SP
	0x0055 00085 (panic_repanic.go:50)	POPQ	BP
	0x0056 00086 (panic_repanic.go:50)	RET
	0x0057 00087 (panic_repanic.go:50)	MOVQ	CX, BX
	0x005a 00090 (panic_repanic.go:50)	LEAQ	type:interface {}(SB), CX
	0x0061 00097 (panic_repanic.go:50)	CALL	runtime.panicdottypeE(SB)
	0x0066 00102 (panic_repanic.go:50)	XCHGL	AX, AX
	0x0067 00103 (panic_repanic.go:50)	NOP
	0x0067 00103 (panic_repanic.go:50)	PCDATA	$1, $-1
	0x0067 00103 (panic_repanic.go:50)	PCDATA	$0, $-2
	0x0067 00103 (panic_repanic.go:50)	CALL	runtime.morestack_noctxt(SB)
	0x006c 00108 (panic_repanic.go:50)	PCDATA	$0, $-1
	0x006c 00108 (panic_repanic.go:50)	JMP	0
	0x0000 49 3b 66 10 76 61 55 48 89 e5 48 83 ec 20 e8 00  I;f.vaUH..H.. ..
	0x0010 00 00 00 48 8d 0d 00 00 00 00 48 39 c8 75 38 48  ...H......H9.u8H
	0x0020 8b 03 48 89 44 24 18 e8 00 00 00 00 48 8d 05 00  ..H.D$......H...
	0x0030 00 00 00 bb 0f 00 00 00 e8 00 00 00 00 48 8b 44  .............H.D
	0x0040 24 18 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00  $...............
	0x0050 00 48 83 c4 20 5d c3 48 89 cb 48 8d 0d 00 00 00  .H.. ].H..H.....
	0x0060 00 e8 00 00 00 00 90 e8 00 00 00 00 eb 92        ..............
	rel 15+4 t=R_CALL runtime.gorecover+0
	rel 22+4 t=R_PCREL type:int+0
	rel 40+4 t=R_CALL runtime.printlock+0
	rel 47+4 t=R_PCREL go:string."deep recovered "+0
	rel 57+4 t=R_CALL runtime.printstring+0
	rel 67+4 t=R_CALL runtime.printint+0
	rel 72+4 t=R_CALL runtime.printnl+0
	rel 77+4 t=R_CALL runtime.printunlock+0
	rel 93+4 t=R_PCREL type:interface {}+0
	rel 98+4 t=R_CALL runtime.panicdottypeE+0
	rel 104+4 t=R_CALL runtime.morestack_noctxt+0
main.panicInDefer.func2 STEXT size=45 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (panic_repanic.go:33)	TEXT	main.panicInDefer.func2(SB), ABIInternal, $24-0
	0x0000 00000 (panic_repanic.go:33)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic.go:33)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic.go:33)	JLS	38
	0x0006 00006 (panic_repanic.go:33)	PCDATA	$0, $-1
	0x0006 00006 (panic_repanic.go:33)	PUSHQ	BP
	0x0007 00007 (panic_repanic.go:33)	MOVQ	SP, BP
	0x000a 00010 (panic_repanic.go:33)	SUBQ	$16, SP
	0x000e 00014 (panic_repanic.go:33)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_repanic.go:33)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_repanic.go:34)	LEAQ	type:string(SB), AX
	0x0015 00021 (panic_repanic.go:34)	LEAQ	main..stmp_3(SB), BX
	0x001c 00028 (panic_repanic.go:34)	PCDATA	$1, $0
	0x001c 00028 (panic_repanic.go:34)	NOP
	0x0020 00032 (panic_repanic.go:34)	CALL	runtime.gopanic(SB)
	0x0025 00037 (panic_repanic.go:34)	XCHGL	AX, AX
	0x0026 00038 (panic_repanic.go:34)	NOP
	0x0026 00038 (panic_repanic.go:33)	PCDATA	$1, $-1
	0x0026 00038 (panic_repanic.go:33)	PCDATA	$0, $-2
	0x0026 00038 (panic_repanic.go:33)	CALL	runtime.morestack_noctxt(SB)
	0x002b 00043 (panic_repanic.go:33)	PCDATA	$0, $-1
	0x002b 00043 (panic_repanic.go:33)	JMP	0
	0x0000 49 3b 66 10 76 20 55 48 89 e5 48 83 ec 10 48 8d  I;f.v UH..H...H.
	0x0010 05 00 00 00 00 48 8d 1d 00 00 00 00 0f 1f 40 00  .....H........@.
	0x0020 e8 00 00 00 00 90 e8 00 00 00 00 eb d3           .............
	rel 2+0 t=R_USEIFACE type:string+0
	rel 17+4 t=R_PCREL type:string+0
	rel 24+4 t=R_PCREL main..stmp_3+0
	rel 33+4 t=R_CALL runtime.gopanic+0
	rel 39+4 t=R_CALL runtime.morestack_noctxt+0
main.middle.deferwrap1 STEXT size=55 align=0x0 args=0x0 locals=0x18 funcid=0x17
	0x0000 00000 (panic_repanic.go:14)	TEXT	main.middle.deferwrap1(SB), WRAPPER|ABIInternal, $24-0
	0x0000 00000 (panic_repanic.go:14)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic.go:14)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic.go:14)	JLS	48
	0x0006 00006 (panic_repanic.go:14)	PCDATA	$0, $-1
	0x0006 00006 (panic_repanic.go:14)	PUSHQ	BP
	0x0007 00007 (panic_repanic.go:14)	MOVQ	SP, BP
	0x000a 00010 (panic_repanic.go:14)	SUBQ	$16, SP
	0x000e 00014 (panic_repanic.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_repanic.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_repanic.go:14)	PCDATA	$1, $0
	0x000e 00014 (panic_repanic.go:14)	CALL	runtime.printlock(SB)
	0x0013 00019 (panic_repanic.go:14)	LEAQ	go:string."middle deferred print runs\n"(SB), AX
	0x001a 00026 (panic_repanic.go:14)	MOVL	$27, BX
	0x001f 00031 (panic_repanic.go:14)	NOP
	0x0020 00032 (panic_repanic.go:14)	CALL	runtime.printstring(SB)
	0x0025 00037 (panic_repanic.go:14)	CALL	runtime.printunlock(SB)
	0x002a 00042 (panic_repanic.go:14)	ADDQ	$16, SP
	0x002e 00046 (panic_repanic.go:14)	POPQ	BP
	0x002f 00047 (panic_repanic.go:14)	RET
	0x0030 00048 (panic_repanic.go:14)	NOP
	0x0030 00048 (panic_repanic.go:14)	PCDATA	$1, $-1
	0x0030 00048 (panic_repanic.go:14)	PCDATA	$0, $-2
	0x0030 00048 (panic_repanic.go:14)	CALL	runtime.morestack_noctxt(SB)
	0x0035 00053 (panic_repanic.go:14)	PCDATA	$0, $-1
	0x0035 00053 (panic_repanic.go:14)	JMP	0
	0x0000 49 3b 66 10 76 2a 55 48 89 e5 48 83 ec 10 e8 00  I;f.v*UH..H.....
	0x0010 00 00 00 48 8d 05 00 00 00 00 bb 1b 00 00 00 90  ...H............
	0x0020 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 10 5d c3  ..........H...].
	0x0030 e8 00 00 00 00 eb c9                             .......
	rel 15+4 t=R_CALL runtime.printlock+0
	rel 22+4 t=R_PCREL go:string."middle deferred print runs\n"+0
	rel 33+4 t=R_CALL runtime.printstring+0
	rel 38+4 t=R_CALL runtime.printunlock+0
	rel 49+4 t=R_CALL runtime.morestack_noctxt+0
main.inner.func1 STEXT size=191 align=0x0 args=0x0 locals=0x48 funcid=0x0
	0x0000 00000 (panic_repanic.go:5)	TEXT	main.inner.func1(SB), ABIInternal, $72-0
	0x0000 00000 (panic_repanic.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_repanic.go:5)	PCDATA	$0, $-2
	0x0004 00004 (panic_repanic.go:5)	JLS	181
	0x000a 00010 (panic_repanic.go:5)	PCDATA	$0, $-1
	0x000a 00010 (panic_repanic.go:5)	PUSHQ	BP
	0x000b 00011 (panic_repanic.go:5)	MOVQ	SP, BP
	0x000e 00014 (panic_repanic.go:5)	SUBQ	$64, SP
	0x0012 00018 (panic_repanic.go:5)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (panic_repanic.go:5)	FUNCDATA	$1, gclocals·jhtnfT9Ar3jfo030EBhkFg==(SB)
	0x0012 00018 (panic_repanic.go:6)	PCDATA	$1, $0
	0x0012 00018 (panic_repanic.go:6)	CALL	runtime.gorecover(SB)
	0x0017 00023 (panic_repanic.go:7)	LEAQ	type:string(SB), CX
	0x001e 00030 (panic_repanic.go:7)	NOP
	0x0020 00032 (panic_repanic.go:7)	CMPQ	AX, CX
	0x0023 00035 (panic_repanic.go:7)	JNE	165
	0x0029 00041 (panic_repanic.go:6)	MOVQ	BX, main.r.data+48(SP)
	0x002e 00046 (panic_repanic.go:7)	MOVQ	(BX), AX
	0x0031 00049 (panic_repanic.go:7)	MOVQ	AX, main..autotmp_6+56(SP)
	0x0036 00054 (panic_repanic.go:7)	MOVQ	8(BX), AX
	0x003a 00058 (panic_repanic.go:7)	MOVQ	AX, main..autotmp_7+40(SP)
	0x003f 00063 (panic_repanic.go:7)	PCDATA	$1, $1
	0x003f 00063 (panic_repanic.go:7)	NOP
	0x0040 00064 (panic_repanic.go:7)	CALL	runtime.printlock(SB)
	0x0045 00069 (panic_repanic.go:7)	LEAQ	go:string."inner recovered: "(SB), AX
	0x004c 00076 (panic_repanic.go:7)	MOVL	$17, BX
	0x0051 00081 (panic_repanic.go:7)	CALL	runtime.printstring(SB)
	0x0056 00086 (panic_repanic.go:7)	MOVQ	main..autotmp_6+56(SP), AX
	0x005b 00091 (panic_repanic.go:7)	MOVQ	main..autotmp_7+40(SP), BX
	0x0060 00096 (panic_repanic.go:7)	PCDATA	$1, $2
	0x0060 00096 (panic_repanic.go:7)	CALL	runtime.printstring(SB)
	0x0065 00101 (panic_repanic.go:7)	CALL	runtime.printnl(SB)
	0x006a 00106 (panic_repanic.go:7)	CALL	runtime.printunlock(SB)
	0x006f 00111 (panic_repanic.go:8)	MOVQ	main.r.data+48(SP), AX
	0x0074 00116 (panic_repanic.go:8)	MOVQ	(AX), DI
	0x0077 00119 (panic_repanic.go:8)	MOVQ	8(AX), SI
	0x007b 00123 (panic_repanic.go:8)	XORL	AX, AX
	0x007d 00125 (panic_repanic.go:8)	LEAQ	go:string."re-"(SB), BX
	0x0084 00132 (panic_repanic.go:8)	MOVL	$3, CX
	0x0089 00137 (panic_repanic.go:8)	PCDATA	$1, $0
	0x0089 00137 (panic_repanic.go:8)	CALL	runtime.concatstring2(SB)
	0x008e 00142 (panic_repanic.go:8)	CALL	runtime.convTstring(SB)
	0x0093 00147 (panic_repanic.go:8)	MOVQ	AX, BX
	0x0096 00150 (panic_repanic.go:8)	LEAQ	type:string(SB), AX
	0x009d 00157 (panic_repanic.go:8)	NOP
	0x00a0 00160 (panic_repanic.go:8)	CALL	runtime.gopanic(SB)
	0x00a5 00165 (panic_repanic.go:7)	MOVQ	CX, BX
	0x00a8 00168 (panic_repanic.go:7)	LEAQ	type:interface {}(SB), CX
	0x00af 00175 (panic_repanic.go:7)	CALL	runtime.panicdottypeE(SB)
	0x00b4 00180 (panic_repanic.go:7)	XCHGL	AX, AX
	0x00b5 00181 (panic_repanic.go:7)	NOP
	0x00b5 00181 (panic_repanic.go:5)	PCDATA	$1, $-1
	0x00b5 00181 (panic_repanic.go:5)	PCDATA	$0, $-2
	0x00b5 00181 (panic_repanic.go:5)	CALL	runtime.morestack_noctxt(SB)
	0x00ba 00186 (panic_repanic.go:5)	PCDATA	$0, $-1
	0x00ba 00186 (panic_repanic.go:5)	JMP	0
	0x0000 49 3b 66 10 0f 86 ab 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 e8 00 00 00 00 48 8d 0d 00 00 00 00 66 90  .@.....H......f.
	0x0020 48 39 c8 0f 85 7c 00 00 00 48 89 5c 24 30 48 8b  H9...|...H.\$0H.
	0x0030 03 48 89 44 24 38 48 8b 43 08 48 89 44 24 28 90  .H.D$8H.C.H.D$(.
	0x0040 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 11 00 00  .....H..........
	0x0050 00 e8 00 00 00 00 48 8b 44 24 38 48 8b 5c 24 28  ......H.D$8H.\$(
	0x0060 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0070 8b 44 24 30 48 8b 38 48 8b 70 08 31 c0 48 8d 1d  .D$0H.8H.p.1.H..
	0x0080 00 00 00 00 b9 03 00 00 00 e8 00 00 00 00 e8 00  ................
	0x0090 00 00 00 48 89 c3 48 8d 05 00 00 00 00 0f 1f 00  ...H..H.........
	0x00a0 e8 00 00 00 00 48 89 cb 48 8d 0d 00 00 00 00 e8  .....H..H.......
	0x00b0 00 00 00 00 90 e8 00 00 00 00 e9 41 ff ff ff     ...........A...
	rel 4+0 t=R_USEIFACE type:string+0
	rel 19+4 t=R_CALL runtime.gorecover+0
	rel 26+4 t=R_PCREL type:string+0
	rel 65+4 t=R_CALL runtime.printlock+0
	rel 72+4 t=R_PCREL go:string."inner recovered: "+0
	rel 82+4 t=R_CALL runtime.printstring+0
	rel 97+4 t=R_CALL runtime.printstring+0
	rel 102+4 t=R_CALL runtime.printnl+0
	rel 107+4 t=R_CALL runtime.printunlock+0
	rel 128+4 t=R_PCREL go:string."re-"+0
	rel 138+4 t=R_CALL runtime.concatstring2+0
	rel 143+4 t=R_CALL runtime.convTstring+0
	rel 153+4 t=R_PCREL type:string+0
	rel 161+4 t=R_CALL runtime.gopanic+0
	rel 171+4 t=R_PCREL type:interface {}+0
	rel 176+4 t=R_CALL runtime.panicdottypeE+0
	rel 182+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.deep$abstract SDWARFABSFCN dupok size=23 align=0x0
	0x0000 05 6d 61 69 6e 2e 64 65 65 70 00 01 27 01 22 6e  .main.deep..'."n
	0x0010 00 00 00 00 00 00 00                             .......
	rel 18+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."first" SRODATA dupok size=5 align=0x1
	0x0000 66 69 72 73 74                                   first
main..stmp_0 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 05 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."first"+0
go:string."not reached" SRODATA dupok size=11 align=0x1
	0x0000 6e 6f 74 20 72 65 61 63 68 65 64                 not reached
go:string."not reached\n" SRODATA dupok size=12 align=0x1
	0x0000 6e 6f 74 20 72 65 61 63 68 65 64 0a              not reached.
go:string."no panic" SRODATA dupok size=8 align=0x1
	0x0000 6e 6f 20 70 61 6e 69 63                          no panic
go:string."outer recovered: " SRODATA dupok size=17 align=0x1
	0x0000 6f 75 74 65 72 20 72 65 63 6f 76 65 72 65 64 3a  outer recovered:
	0x0010 20                                                
main..stmp_1 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 05 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."first"+0
go:string."done" SRODATA dupok size=4 align=0x1
	0x0000 64 6f 6e 65                                      done
go:string."done\n" SRODATA dupok size=5 align=0x1
	0x0000 64 6f 6e 65 0a                                   done.
main..stmp_2 SRODATA static size=8 align=0x8
	0x0000 32 00 00 00 00 00 00 00                          2.......
go:string."deep recovered" SRODATA dupok size=14 align=0x1
	0x0000 64 65 65 70 20 72 65 63 6f 76 65 72 65 64        deep recovered
go:string."deep recovered " SRODATA dupok size=15 align=0x1
	0x0000 64 65 65 70 20 72 65 63 6f 76 65 72 65 64 20     deep recovered 
go:string."second (replaces first)" SRODATA dupok size=23 align=0x1
	0x0000 73 65 63 6f 6e 64 20 28 72 65 70 6c 61 63 65 73  second (replaces
	0x0010 20 66 69 72 73 74 29                              first)
main..stmp_3 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 17 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."second (replaces first)"+0
go:string."middle deferred print runs" SRODATA dupok size=26 align=0x1
	0x0000 6d 69 64 64 6c 65 20 64 65 66 65 72 72 65 64 20  middle deferred 
	0x0010 70 72 69 6e 74 20 72 75 6e 73                    print runs
go:string."middle deferred print runs\n" SRODATA dupok size=27 align=0x1
	0x0000 6d 69 64 64 6c 65 20 64 65 66 65 72 72 65 64 20  middle deferred 
	0x0010 70 72 69 6e 74 20 72 75 6e 73 0a                 print runs.
go:string."inner recovered:" SRODATA dupok size=16 align=0x1
	0x0000 69 6e 6e 65 72 20 72 65 63 6f 76 65 72 65 64 3a  inner recovered:
go:string."inner recovered: " SRODATA dupok size=17 align=0x1
	0x0000 69 6e 6e 65 72 20 72 65 63 6f 76 65 72 65 64 3a  inner recovered:
	0x0010 20                                                
go:string."re-" SRODATA dupok size=3 align=0x1
	0x0000 72 65 2d                                         re-
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
main.inner.func1·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.inner.func1+0
main.main.func1.1·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func1.1+0
main.middle.deferwrap1·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.middle.deferwrap1+0
main.panicInDefer.func2·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.panicInDefer.func2+0
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
main.inner.opendefer SRODATA dupok size=2 align=0x1
	0x0000 09 08                                            ..
main.middle.opendefer SRODATA dupok size=2 align=0x1
	0x0000 09 08                                            ..
gclocals·TggWaExUwDZc5d5PnqhOxw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 05 00 00 00 00 11                    ..........
main.outer.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 d8 ff ff ff 10 00 00 00  ................
	0x0010 08 00 00 00 00 00 00 00 e8 ff ff ff 10 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.outer.opendefer SRODATA dupok size=2 align=0x1
	0x0000 29 08                                            ).
gclocals·WyN+ZvkyvqETRYMy2C18Aw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 06 00 00 00 00 31                    .........1
main.panicInDefer.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 d0 ff ff ff 10 00 00 00  ................
	0x0010 08 00 00 00 00 00 00 00 e0 ff ff ff 10 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.panicInDefer.opendefer SRODATA dupok size=2 align=0x1
	0x0000 31 10                                            1.
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.deep.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.deep.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.main.func1.opendefer SRODATA dupok size=2 align=0x1
	0x0000 09 08                                            ..
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·jhtnfT9Ar3jfo030EBhkFg== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 00 03 01                 ...........
