funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (panic_string_unrecovered.go:21)	TEXT	main.main(SB), ABIInternal, $72-0
     0        00000 (panic_string_unrecovered.go:21)	TEXT	main.main(SB), ABIInternal, $72-0
     0     -1 00000 (panic_string_unrecovered.go:21)	CMPQ	SP, 16(R14)
     4        00004 (panic_string_unrecovered.go:21)	PCDATA	$0, $-2
     4        00004 (panic_string_unrecovered.go:21)	JLS	180
     a        00010 (panic_string_unrecovered.go:21)	PCDATA	$0, $-1
     a        00010 (panic_string_unrecovered.go:21)	PUSHQ	BP
     b        00011 (panic_string_unrecovered.go:21)	MOVQ	SP, BP
     e        00014 (panic_string_unrecovered.go:21)	SUBQ	$64, SP
    12        00018 (panic_string_unrecovered.go:21)	MOVQ	X15, 56(SP)
    19        00025 (panic_string_unrecovered.go:21)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    19        00025 (panic_string_unrecovered.go:21)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
    19        00025 (panic_string_unrecovered.go:21)	FUNCDATA	$2, main.main.stkobj(SB)
    19        00025 (panic_string_unrecovered.go:21)	FUNCDATA	$4, main.main.opendefer(SB)
    19        00025 (panic_string_unrecovered.go:21)	MOVB	$0, main..autotmp_7+23(SP)
    1e        00030 (panic_string_unrecovered.go:22)	MOVQ	$0, main..autotmp_3+32(SP)
    27        00039 (panic_string_unrecovered.go:23)	PCDATA	$1, $1
    27        00039 (panic_string_unrecovered.go:23)	CALL	runtime.gorecover(SB)
    2c        00044 (panic_string_unrecovered.go:23)	MOVQ	AX, main.r.type+24(SP)
    31        00049 (panic_string_unrecovered.go:24)	CALL	runtime.printlock(SB)
    36        00054 (panic_string_unrecovered.go:24)	LEAQ	go:string."recover returned nil: "(SB), AX
    3d        00061 (panic_string_unrecovered.go:24)	MOVL	$22, BX
    42        00066 (panic_string_unrecovered.go:24)	CALL	runtime.printstring(SB)
    47        00071 (panic_string_unrecovered.go:24)	MOVQ	main.r.type+24(SP), AX
    4c        00076 (panic_string_unrecovered.go:24)	TESTQ	AX, AX
    4f        00079 (panic_string_unrecovered.go:24)	SETEQ	AL
    52        00082 (panic_string_unrecovered.go:24)	CALL	runtime.printbool(SB)
    57        00087 (panic_string_unrecovered.go:24)	CALL	runtime.printnl(SB)
    5c        00092 (panic_string_unrecovered.go:24)	NOP
    60        00096 (panic_string_unrecovered.go:24)	CALL	runtime.printunlock(SB)
    65        00101 (panic_string_unrecovered.go:25)	LEAQ	main.main.func1(SB), AX
    6c        00108 (panic_string_unrecovered.go:25)	MOVQ	AX, main..autotmp_6+40(SP)
    71        00113 (panic_string_unrecovered.go:25)	LEAQ	main..autotmp_3+32(SP), AX
    76        00118 (panic_string_unrecovered.go:25)	MOVQ	AX, main..autotmp_6+48(SP)
    7b        00123 (panic_string_unrecovered.go:25)	LEAQ	main..autotmp_6+40(SP), CX
    80        00128 (panic_string_unrecovered.go:25)	MOVQ	CX, main..autotmp_8+56(SP)
    85        00133 (panic_string_unrecovered.go:25)	MOVB	$1, main..autotmp_7+23(SP)
    8a        00138 (panic_string_unrecovered.go:28)	MOVL	$3, BX
    8f        00143 (panic_string_unrecovered.go:28)	CALL	main.run(SB)
    94        00148 (panic_string_unrecovered.go:29)	MOVB	$0, main..autotmp_7+23(SP)
    99        00153 (panic_string_unrecovered.go:29)	MOVQ	main..autotmp_8+56(SP), DX
    9e        00158 (panic_string_unrecovered.go:29)	MOVQ	(DX), AX
    a1        00161 (panic_string_unrecovered.go:29)	CALL	AX
    a3        00163 (panic_string_unrecovered.go:29)	ADDQ	$64, SP
    a7        00167 (panic_string_unrecovered.go:29)	POPQ	BP
    a8        00168 (panic_string_unrecovered.go:29)	RET
    a9        00169 (panic_string_unrecovered.go:29)	CALL	runtime.deferreturn(SB)
    ae        00174 (panic_string_unrecovered.go:29)	ADDQ	$64, SP
    b2        00178 (panic_string_unrecovered.go:29)	POPQ	BP
    b3        00179 (panic_string_unrecovered.go:29)	RET
    b4        00180 (panic_string_unrecovered.go:29)	NOP
    b4        00180 (panic_string_unrecovered.go:21)	PCDATA	$1, $-1
    b4        00180 (panic_string_unrecovered.go:21)	PCDATA	$0, $-2
    b4        00180 (panic_string_unrecovered.go:21)	CALL	runtime.morestack_noctxt(SB)
    b9        00185 (panic_string_unrecovered.go:21)	PCDATA	$0, $-1
    b9        00185 (panic_string_unrecovered.go:21)	JMP	0
    be done
wrote 4 bytes to 0x0
 00 be 01 00
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (panic_string_unrecovered.go:25)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (panic_string_unrecovered.go:25)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (panic_string_unrecovered.go:25)	CMPQ	SP, 16(R14)
     4        00004 (panic_string_unrecovered.go:25)	PCDATA	$0, $-2
     4        00004 (panic_string_unrecovered.go:25)	JLS	75
     6        00006 (panic_string_unrecovered.go:25)	PCDATA	$0, $-1
     6        00006 (panic_string_unrecovered.go:25)	PUSHQ	BP
     7        00007 (panic_string_unrecovered.go:25)	MOVQ	SP, BP
     a        00010 (panic_string_unrecovered.go:25)	SUBQ	$24, SP
     e        00014 (panic_string_unrecovered.go:25)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_string_unrecovered.go:25)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_string_unrecovered.go:25)	MOVQ	8(DX), AX
    12        00018 (panic_string_unrecovered.go:26)	MOVQ	(AX), AX
    15        00021 (panic_string_unrecovered.go:26)	MOVQ	AX, main..autotmp_2+16(SP)
    1a        00026 (panic_string_unrecovered.go:26)	PCDATA	$1, $0
    1a        00026 (panic_string_unrecovered.go:26)	CALL	runtime.printlock(SB)
    1f        00031 (panic_string_unrecovered.go:26)	LEAQ	go:string."deferred sees steps "(SB), AX
    26        00038 (panic_string_unrecovered.go:26)	MOVL	$20, BX
    2b        00043 (panic_string_unrecovered.go:26)	CALL	runtime.printstring(SB)
    30        00048 (panic_string_unrecovered.go:26)	MOVQ	main..autotmp_2+16(SP), AX
    35        00053 (panic_string_unrecovered.go:26)	CALL	runtime.printint(SB)
    3a        00058 (panic_string_unrecovered.go:26)	CALL	runtime.printnl(SB)
    3f        00063 (panic_string_unrecovered.go:26)	NOP
    40        00064 (panic_string_unrecovered.go:26)	CALL	runtime.printunlock(SB)
    45        00069 (panic_string_unrecovered.go:27)	ADDQ	$24, SP
    49        00073 (panic_string_unrecovered.go:27)	POPQ	BP
    4a        00074 (panic_string_unrecovered.go:27)	RET
    4b        00075 (panic_string_unrecovered.go:27)	NOP
    4b        00075 (panic_string_unrecovered.go:25)	PCDATA	$1, $-1
    4b        00075 (panic_string_unrecovered.go:25)	PCDATA	$0, $-2
    4b        00075 (panic_string_unrecovered.go:25)	CALL	runtime.morestack(SB)
    50        00080 (panic_string_unrecovered.go:25)	PCDATA	$0, $-1
    50        00080 (panic_string_unrecovered.go:25)	JMP	0
    52 done
wrote 3 bytes to 0x0
 00 52 00
funcpctab main.run [valfunc=pctoinline]
     0     -1 00000 (panic_string_unrecovered.go:14)	TEXT	main.run(SB), ABIInternal, $40-16
     0        00000 (panic_string_unrecovered.go:14)	TEXT	main.run(SB), ABIInternal, $40-16
     0     -1 00000 (panic_string_unrecovered.go:14)	CMPQ	SP, 16(R14)
     4        00004 (panic_string_unrecovered.go:14)	PCDATA	$0, $-2
     4        00004 (panic_string_unrecovered.go:14)	JLS	166
     a        00010 (panic_string_unrecovered.go:14)	PCDATA	$0, $-1
     a        00010 (panic_string_unrecovered.go:14)	PUSHQ	BP
     b        00011 (panic_string_unrecovered.go:14)	MOVQ	SP, BP
     e        00014 (panic_string_unrecovered.go:14)	SUBQ	$32, SP
    12        00018 (panic_string_unrecovered.go:14)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
    12        00018 (panic_string_unrecovered.go:14)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (panic_string_unrecovered.go:14)	FUNCDATA	$5, main.run.arginfo1(SB)
    12        00018 (panic_string_unrecovered.go:14)	FUNCDATA	$6, main.run.argliveinfo(SB)
    12        00018 (panic_string_unrecovered.go:14)	PCDATA	$3, $1
    12        00018 (panic_string_unrecovered.go:15)	MOVQ	AX, main.s+48(SP)
    17        00023 (panic_string_unrecovered.go:15)	MOVQ	BX, main.limit+56(SP)
    1c        00028 (panic_string_unrecovered.go:15)	PCDATA	$3, $-1
    1c        00028 (panic_string_unrecovered.go:15)	XORL	CX, CX
    1e        00030 (panic_string_unrecovered.go:15)	NOP
    20        00032 (panic_string_unrecovered.go:15)	JMP	107
    22        00034 (panic_string_unrecovered.go:15)	MOVQ	CX, main.i+16(SP)
    27      0 00039 (panic_string_unrecovered.go:16)	MOVQ	DX, main..autotmp_6+24(SP)
    2c        00044 (panic_string_unrecovered.go:17)	PCDATA	$1, $0
    2c     -1 00044 (panic_string_unrecovered.go:17)	CALL	runtime.printlock(SB)
    31        00049 (panic_string_unrecovered.go:17)	LEAQ	go:string."step "(SB), AX
    38        00056 (panic_string_unrecovered.go:17)	MOVL	$5, BX
    3d        00061 (panic_string_unrecovered.go:17)	NOP
    40        00064 (panic_string_unrecovered.go:17)	CALL	runtime.printstring(SB)
    45        00069 (panic_string_unrecovered.go:17)	MOVQ	main..autotmp_6+24(SP), AX
    4a        00074 (panic_string_unrecovered.go:17)	CALL	runtime.printint(SB)
    4f        00079 (panic_string_unrecovered.go:17)	CALL	runtime.printnl(SB)
    54        00084 (panic_string_unrecovered.go:17)	CALL	runtime.printunlock(SB)
    59        00089 (panic_string_unrecovered.go:15)	MOVQ	main.i+16(SP), CX
    5e        00094 (panic_string_unrecovered.go:15)	INCQ	CX
    61      0 00097 (panic_string_unrecovered.go:16)	MOVQ	main.s+48(SP), AX
    66        00102 (panic_string_unrecovered.go:16)	MOVQ	main.limit+56(SP), BX
    6b     -1 00107 (panic_string_unrecovered.go:15)	CMPQ	CX, $10
    6f        00111 (panic_string_unrecovered.go:15)	JGE	135
    71      0 00113 (panic_string_unrecovered.go:16)	MOVQ	(AX), DX
    74        00116 (panic_string_unrecovered.go:16)	INCQ	DX
    77     -1 00119 (panic_string_unrecovered.go:16)	XCHGL	AX, AX
    78      0 00120 (panic_string_unrecovered.go:16)	MOVQ	DX, (AX)
    7b        00123 (panic_string_unrecovered.go:16)	NOP
    80        00128 (panic_string_unrecovered.go:16)	CMPQ	BX, DX
    83        00131 (panic_string_unrecovered.go:16)	JGE	34
    85        00133 (panic_string_unrecovered.go:16)	JMP	141
    87     -1 00135 (panic_string_unrecovered.go:19)	ADDQ	$32, SP
    8b        00139 (panic_string_unrecovered.go:19)	POPQ	BP
    8c        00140 (panic_string_unrecovered.go:19)	RET
    8d      0 00141 (panic_string_unrecovered.go:16)	LEAQ	type:string(SB), AX
    94        00148 (panic_string_unrecovered.go:16)	LEAQ	main..stmp_1(SB), BX
    9b        00155 (panic_string_unrecovered.go:16)	PCDATA	$1, $1
    9b        00155 (panic_string_unrecovered.go:16)	NOP
    a0        00160 (panic_string_unrecovered.go:16)	CALL	runtime.gopanic(SB)
    a5        00165 (panic_string_unrecovered.go:16)	XCHGL	AX, AX
    a6        00166 (panic_string_unrecovered.go:16)	NOP
    a6        00166 (panic_string_unrecovered.go:14)	PCDATA	$1, $-1
    a6        00166 (panic_string_unrecovered.go:14)	PCDATA	$0, $-2
    a6     -1 00166 (panic_string_unrecovered.go:14)	MOVQ	AX, 8(SP)
    ab        00171 (panic_string_unrecovered.go:14)	MOVQ	BX, 16(SP)
    b0        00176 (panic_string_unrecovered.go:14)	CALL	runtime.morestack_noctxt(SB)
    b5        00181 (panic_string_unrecovered.go:14)	PCDATA	$0, $-1
    b5        00181 (panic_string_unrecovered.go:14)	MOVQ	8(SP), AX
    ba        00186 (panic_string_unrecovered.go:14)	MOVQ	16(SP), BX
    bf        00191 (panic_string_unrecovered.go:14)	NOP
    c0        00192 (panic_string_unrecovered.go:14)	JMP	0
    c5 done
wrote 23 bytes to 0x0
 00 27 02 05 01 35 02 0a 01 06 02 06 01 01 02 0f 01 06 02 19 01 1f 00
-- inlining tree for main.run:
0 | -1 | main.(*state).step (panic_string_unrecovered.go:16:9) pc=119
--
funcpctab main.(*state).step [valfunc=pctoinline]
     0     -1 00000 (panic_string_unrecovered.go:6)	TEXT	main.(*state).step(SB), ABIInternal, $24-16
     0        00000 (panic_string_unrecovered.go:6)	TEXT	main.(*state).step(SB), ABIInternal, $24-16
     0     -1 00000 (panic_string_unrecovered.go:6)	CMPQ	SP, 16(R14)
     4        00004 (panic_string_unrecovered.go:6)	PCDATA	$0, $-2
     4        00004 (panic_string_unrecovered.go:6)	JLS	54
     6        00006 (panic_string_unrecovered.go:6)	PCDATA	$0, $-1
     6        00006 (panic_string_unrecovered.go:6)	PUSHQ	BP
     7        00007 (panic_string_unrecovered.go:6)	MOVQ	SP, BP
     a        00010 (panic_string_unrecovered.go:6)	SUBQ	$16, SP
     e        00014 (panic_string_unrecovered.go:6)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (panic_string_unrecovered.go:6)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (panic_string_unrecovered.go:6)	FUNCDATA	$5, main.(*state).step.arginfo1(SB)
     e        00014 (panic_string_unrecovered.go:6)	FUNCDATA	$6, main.(*state).step.argliveinfo(SB)
     e        00014 (panic_string_unrecovered.go:6)	PCDATA	$3, $1
     e        00014 (panic_string_unrecovered.go:7)	MOVQ	(AX), CX
    11        00017 (panic_string_unrecovered.go:7)	INCQ	CX
    14        00020 (panic_string_unrecovered.go:7)	MOVQ	CX, (AX)
    17        00023 (panic_string_unrecovered.go:8)	CMPQ	BX, CX
    1a        00026 (panic_string_unrecovered.go:8)	JLT	34
    1c        00028 (panic_string_unrecovered.go:11)	ADDQ	$16, SP
    20        00032 (panic_string_unrecovered.go:11)	POPQ	BP
    21        00033 (panic_string_unrecovered.go:11)	RET
    22        00034 (panic_string_unrecovered.go:9)	LEAQ	type:string(SB), AX
    29        00041 (panic_string_unrecovered.go:9)	LEAQ	main..stmp_0(SB), BX
    30        00048 (panic_string_unrecovered.go:9)	PCDATA	$1, $1
    30        00048 (panic_string_unrecovered.go:9)	CALL	runtime.gopanic(SB)
    35        00053 (panic_string_unrecovered.go:9)	XCHGL	AX, AX
    36        00054 (panic_string_unrecovered.go:9)	NOP
    36        00054 (panic_string_unrecovered.go:6)	PCDATA	$1, $-1
    36        00054 (panic_string_unrecovered.go:6)	PCDATA	$0, $-2
    36        00054 (panic_string_unrecovered.go:6)	MOVQ	AX, 8(SP)
    3b        00059 (panic_string_unrecovered.go:6)	MOVQ	BX, 16(SP)
    40        00064 (panic_string_unrecovered.go:6)	CALL	runtime.morestack_noctxt(SB)
    45        00069 (panic_string_unrecovered.go:6)	PCDATA	$0, $-1
    45        00069 (panic_string_unrecovered.go:6)	MOVQ	8(SP), AX
    4a        00074 (panic_string_unrecovered.go:6)	MOVQ	16(SP), BX
    4f        00079 (panic_string_unrecovered.go:6)	JMP	0
    51 done
wrote 3 bytes to 0x0
 00 51 00
main.(*state).step STEXT size=81 align=0x0 args=0x10 locals=0x18 funcid=0x0
	0x0000 00000 (panic_string_unrecovered.go:6)	TEXT	main.(*state).step(SB), ABIInternal, $24-16
	0x0000 00000 (panic_string_unrecovered.go:6)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_string_unrecovered.go:6)	PCDATA	$0, $-2
	0x0004 00004 (panic_string_unrecovered.go:6)	JLS	54
	0x0006 00006 (panic_string_unrecovered.go:6)	PCDATA	$0, $-1
	0x0006 00006 (panic_string_unrecovered.go:6)	PUSHQ	BP
	0x0007 00007 (panic_string_unrecovered.go:6)	MOVQ	SP, BP
	0x000a 00010 (panic_string_unrecovered.go:6)	SUBQ	$16, SP
	0x000e 00014 (panic_string_unrecovered.go:6)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (panic_string_unrecovered.go:6)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (panic_string_unrecovered.go:6)	FUNCDATA	$5, main.(*state).step.arginfo1(SB)
	0x000e 00014 (panic_string_unrecovered.go:6)	FUNCDATA	$6, main.(*state).step.argliveinfo(SB)
	0x000e 00014 (panic_string_unrecovered.go:6)	PCDATA	$3, $1
	0x000e 00014 (panic_string_unrecovered.go:7)	MOVQ	(AX), CX
	0x0011 00017 (panic_string_unrecovered.go:7)	INCQ	CX
	0x0014 00020 (panic_string_unrecovered.go:7)	MOVQ	CX, (AX)
	0x0017 00023 (panic_string_unrecovered.go:8)	CMPQ	BX, CX
	0x001a 00026 (panic_string_unrecovered.go:8)	JLT	34
	0x001c 00028 (panic_string_unrecovered.go:11)	ADDQ	$16, SP
	0x0020 00032 (panic_string_unrecovered.go:11)	POPQ	BP
	0x0021 00033 (panic_string_unrecovered.go:11)	RET
	0x0022 00034 (panic_string_unrecovered.go:9)	LEAQ	type:string(SB), AX
	0x0029 00041 (panic_string_unrecovered.go:9)	LEAQ	main..stmp_0(SB), BX
	0x0030 00048 (panic_string_unrecovered.go:9)	PCDATA	$1, $1
	0x0030 00048 (panic_string_unrecovered.go:9)	CALL	runtime.gopanic(SB)
	0x0035 00053 (panic_string_unrecovered.go:9)	XCHGL	AX, AX
	0x0036 00054 (panic_string_unrecovered.go:9)	NOP
	0x0036 00054 (panic_string_unrecovered.go:6)	PCDATA	$1, $-1
	0x0036 00054 (panic_string_unrecovered.go:6)	PCDATA	$0, $-2
	0x0036 00054 (panic_string_unrecovered.go:6)	MOVQ	AX, 8(SP)
	0x003b 00059 (panic_string_unrecovered.go:6)	MOVQ	BX, 16(SP)
	0x0040 00064 (panic_string_unrecovered.go:6)	CALL	runtime.morestack_noctxt(SB)
	0x0045 00069 (panic_string_unrecovered.go:6)	PCDATA	$0, $-1
	0x0045 00069 (panic_string_unrecovered.go:6)	MOVQ	8(SP), AX
	0x004a 00074 (panic_string_unrecovered.go:6)	MOVQ	16(SP), BX
	0x004f 00079 (panic_string_unrecovered.go:6)	JMP	0
	0x0000 49 3b 66 10 76 30 55 48 89 e5 48 83 ec 10 48 8b  I;f.v0UH..H...H.
	0x0010 08 48 ff c1 48 89 08 48 39 cb 7c 06 48 83 c4 10  .H..H..H9.|.H...
	0x0020 5d c3 48 8d 05 00 00 00 00 48 8d 1d 00 00 00 00  ].H......H......
	0x0030 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c 24 10  ......H.D$.H.\$.
	0x0040 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 eb  .....H.D$.H.\$..
	0x0050 af                                               .
	rel 2+0 t=R_USEIFACE type:string+0
	rel 37+4 t=R_PCREL type:string+0
	rel 44+4 t=R_PCREL main..stmp_0+0
	rel 49+4 t=R_CALL runtime.gopanic+0
	rel 65+4 t=R_CALL runtime.morestack_noctxt+0
main.run STEXT size=197 align=0x0 args=0x10 locals=0x28 funcid=0x0
	0x0000 00000 (panic_string_unrecovered.go:14)	TEXT	main.run(SB), ABIInternal, $40-16
	0x0000 00000 (panic_string_unrecovered.go:14)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_string_unrecovered.go:14)	PCDATA	$0, $-2
	0x0004 00004 (panic_string_unrecovered.go:14)	JLS	166
	0x000a 00010 (panic_string_unrecovered.go:14)	PCDATA	$0, $-1
	0x000a 00010 (panic_string_unrecovered.go:14)	PUSHQ	BP
	0x000b 00011 (panic_string_unrecovered.go:14)	MOVQ	SP, BP
	0x000e 00014 (panic_string_unrecovered.go:14)	SUBQ	$32, SP
	0x0012 00018 (panic_string_unrecovered.go:14)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0012 00018 (panic_string_unrecovered.go:14)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (panic_string_unrecovered.go:14)	FUNCDATA	$5, main.run.arginfo1(SB)
	0x0012 00018 (panic_string_unrecovered.go:14)	FUNCDATA	$6, main.run.argliveinfo(SB)
	0x0012 00018 (panic_string_unrecovered.go:14)	PCDATA	$3, $1
	0x0012 00018 (panic_string_unrecovered.go:15)	MOVQ	AX, main.s+48(SP)
	0x0017 00023 (panic_string_unrecovered.go:15)	MOVQ	BX, main.limit+56(SP)
	0x001c 00028 (panic_string_unrecovered.go:15)	PCDATA	$3, $-1
	0x001c 00028 (panic_string_unrecovered.go:15)	XORL	CX, CX
	0x001e 00030 (panic_string_unrecovered.go:15)	NOP
	0x0020 00032 (panic_string_unrecovered.go:15)	JMP	107
	0x0022 00034 (panic_string_unrecovered.go:15)	MOVQ	CX, main.i+16(SP)
	0x0027 00039 (panic_string_unrecovered.go:7)	MOVQ	DX, main..autotmp_6+24(SP)
	0x002c 00044 (panic_string_unrecovered.go:17)	PCDATA	$1, $0
	0x002c 00044 (panic_string_unrecovered.go:17)	CALL	runtime.printlock(SB)
	0x0031 00049 (panic_string_unrecovered.go:17)	LEAQ	go:string."step "(SB), AX
	0x0038 00056 (panic_string_unrecovered.go:17)	MOVL	$5, BX
	0x003d 00061 (panic_string_unrecovered.go:17)	NOP
	0x0040 00064 (panic_string_unrecovered.go:17)	CALL	runtime.printstring(SB)
	0x0045 00069 (panic_string_unrecovered.go:17)	MOVQ	main..autotmp_6+24(SP), AX
	0x004a 00074 (panic_string_unrecovered.go:17)	CALL	runtime.printint(SB)
	0x004f 00079 (panic_string_unrecovered.go:17)	CALL	runtime.printnl(SB)
	0x0054 00084 (panic_string_unrecovered.go:17)	CALL	runtime.printunlock(SB)
	0x0059 00089 (panic_string_unrecovered.go:15)	MOVQ	main.i+16(SP), CX
	0x005e 00094 (panic_string_unrecovered.go:15)	INCQ	CX
	0x0061 00097 (panic_string_unrecovered.go:7)	MOVQ	main.s+48(SP), AX
	0x0066 00102 (panic_string_unrecovered.go:8)	MOVQ	main.limit+56(SP), BX
	0x006b 00107 (panic_string_unrecovered.go:15)	CMPQ	CX, $10
	0x006f 00111 (panic_string_unrecovered.go:15)	JGE	135
	0x0071 00113 (panic_string_unrecovered.go:7)	MOVQ	(AX), DX
	0x0074 00116 (panic_string_unrecovered.go:7)	INCQ	DX
	0x0077 00119 (panic_string_unrecovered.go:16)	XCHGL	AX, AX
	0x0078 00120 (panic_string_unrecovered.go:7)	MOVQ	DX, (AX)
	0x007b 00123 (panic_string_unrecovered.go:7)	NOP
	0x0080 00128 (panic_string_unrecovered.go:8)	CMPQ	BX, DX
	0x0083 00131 (panic_string_unrecovered.go:8)	JGE	34
	0x0085 00133 (panic_string_unrecovered.go:8)	JMP	141
	0x0087 00135 (panic_string_unrecovered.go:19)	ADDQ	$32, SP
	0x008b 00139 (panic_string_unrecovered.go:19)	POPQ	BP
	0x008c 00140 (panic_string_unrecovered.go:19)	RET
	0x008d 00141 (panic_string_unrecovered.go:9)	LEAQ	type:string(SB), AX
	0x0094 00148 (panic_string_unrecovered.go:9)	LEAQ	main..stmp_1(SB), BX
	0x009b 00155 (panic_string_unrecovered.go:9)	PCDATA	$1, $1
	0x009b 00155 (panic_string_unrecovered.go:9)	NOP
	0x00a0 00160 (panic_string_unrecovered.go:9)	CALL	runtime.gopanic(SB)
	0x00a5 00165 (panic_string_unrecovered.go:9)	XCHGL	AX, AX
	0x00a6 00166 (panic_string_unrecovered.go:9)	NOP
	0x00a6 00166 (panic_string_unrecovered.go:14)	PCDATA	$1, $-1
	0x00a6 00166 (panic_string_unrecovered.go:14)	PCDATA	$0, $-2
	0x00a6 00166 (panic_string_unrecovered.go:14)	MOVQ	AX, 8(SP)
	0x00ab 00171 (panic_string_unrecovered.go:14)	MOVQ	BX, 16(SP)
	0x00b0 00176 (panic_string_unrecovered.go:14)	CALL	runtime.morestack_noctxt(SB)
	0x00b5 00181 (panic_string_unrecovered.go:14)	PCDATA	$0, $-1
	0x00b5 00181 (panic_string_unrecovered.go:14)	MOVQ	8(SP), AX
	0x00ba 00186 (panic_string_unrecovered.go:14)	MOVQ	16(SP), BX
	0x00bf 00191 (panic_string_unrecovered.go:14)	NOP
	0x00c0 00192 (panic_string_unrecovered.go:14)	JMP	0
	0x0000 49 3b 66 10 0f 86 9c 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 20 48 89 44 24 30 48 89 5c 24 38 31 c9 66 90  . H.D$0H.\$81.f.
	0x0020 eb 49 48 89 4c 24 10 48 89 54 24 18 e8 00 00 00  .IH.L$.H.T$.....
	0x0030 00 48 8d 05 00 00 00 00 bb 05 00 00 00 0f 1f 00  .H..............
	0x0040 e8 00 00 00 00 48 8b 44 24 18 e8 00 00 00 00 e8  .....H.D$.......
	0x0050 00 00 00 00 e8 00 00 00 00 48 8b 4c 24 10 48 ff  .........H.L$.H.
	0x0060 c1 48 8b 44 24 30 48 8b 5c 24 38 48 83 f9 0a 7d  .H.D$0H.\$8H...}
	0x0070 16 48 8b 10 48 ff c2 90 48 89 10 0f 1f 44 00 00  .H..H...H....D..
	0x0080 48 39 d3 7d 9d eb 06 48 83 c4 20 5d c3 48 8d 05  H9.}...H.. ].H..
	0x0090 00 00 00 00 48 8d 1d 00 00 00 00 0f 1f 44 00 00  ....H........D..
	0x00a0 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c 24 10  ......H.D$.H.\$.
	0x00b0 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 90  .....H.D$.H.\$..
	0x00c0 e9 3b ff ff ff                                   .;...
	rel 3+0 t=R_USEIFACE type:string+0
	rel 45+4 t=R_CALL runtime.printlock+0
	rel 52+4 t=R_PCREL go:string."step "+0
	rel 65+4 t=R_CALL runtime.printstring+0
	rel 75+4 t=R_CALL runtime.printint+0
	rel 80+4 t=R_CALL runtime.printnl+0
	rel 85+4 t=R_CALL runtime.printunlock+0
	rel 144+4 t=R_PCREL type:string+0
	rel 151+4 t=R_PCREL main..stmp_1+0
	rel 161+4 t=R_CALL runtime.gopanic+0
	rel 177+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=190 align=0x0 args=0x0 locals=0x48 funcid=0x0
	0x0000 00000 (panic_string_unrecovered.go:21)	TEXT	main.main(SB), ABIInternal, $72-0
	0x0000 00000 (panic_string_unrecovered.go:21)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_string_unrecovered.go:21)	PCDATA	$0, $-2
	0x0004 00004 (panic_string_unrecovered.go:21)	JLS	180
	0x000a 00010 (panic_string_unrecovered.go:21)	PCDATA	$0, $-1
	0x000a 00010 (panic_string_unrecovered.go:21)	PUSHQ	BP
	0x000b 00011 (panic_string_unrecovered.go:21)	MOVQ	SP, BP
	0x000e 00014 (panic_string_unrecovered.go:21)	SUBQ	$64, SP
	0x0012 00018 (panic_string_unrecovered.go:21)	MOVQ	X15, 56(SP)
	0x0019 00025 (panic_string_unrecovered.go:21)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0019 00025 (panic_string_unrecovered.go:21)	FUNCDATA	$1, gclocals·wSZsRWWmrOmngSuEx9VDDg==(SB)
	0x0019 00025 (panic_string_unrecovered.go:21)	FUNCDATA	$2, main.main.stkobj(SB)
	0x0019 00025 (panic_string_unrecovered.go:21)	FUNCDATA	$4, main.main.opendefer(SB)
	0x0019 00025 (panic_string_unrecovered.go:21)	MOVB	$0, main..autotmp_7+23(SP)
	0x001e 00030 (panic_string_unrecovered.go:22)	MOVQ	$0, main..autotmp_3+32(SP)
	0x0027 00039 (panic_string_unrecovered.go:23)	PCDATA	$1, $1
	0x0027 00039 (panic_string_unrecovered.go:23)	CALL	runtime.gorecover(SB)
	0x002c 00044 (panic_string_unrecovered.go:23)	MOVQ	AX, main.r.type+24(SP)
	0x0031 00049 (panic_string_unrecovered.go:24)	CALL	runtime.printlock(SB)
	0x0036 00054 (panic_string_unrecovered.go:24)	LEAQ	go:string."recover returned nil: "(SB), AX
	0x003d 00061 (panic_string_unrecovered.go:24)	MOVL	$22, BX
	0x0042 00066 (panic_string_unrecovered.go:24)	CALL	runtime.printstring(SB)
	0x0047 00071 (panic_string_unrecovered.go:24)	MOVQ	main.r.type+24(SP), AX
	0x004c 00076 (panic_string_unrecovered.go:24)	TESTQ	AX, AX
	0x004f 00079 (panic_string_unrecovered.go:24)	SETEQ	AL
	0x0052 00082 (panic_string_unrecovered.go:24)	CALL	runtime.printbool(SB)
	0x0057 00087 (panic_string_unrecovered.go:24)	CALL	runtime.printnl(SB)
	0x005c 00092 (panic_string_unrecovered.go:24)	NOP
	0x0060 00096 (panic_string_unrecovered.go:24)	CALL	runtime.printunlock(SB)
	0x0065 00101 (panic_string_unrecovered.go:25)	LEAQ	main.main.func1(SB), AX
	0x006c 00108 (panic_string_unrecovered.go:25)	MOVQ	AX, main..autotmp_6+40(SP)
	0x0071 00113 (panic_string_unrecovered.go:25)	LEAQ	main..autotmp_3+32(SP), AX
	0x0076 00118 (panic_string_unrecovered.go:25)	MOVQ	AX, main..autotmp_6+48(SP)
	0x007b 00123 (panic_string_unrecovered.go:25)	LEAQ	main..autotmp_6+40(SP), CX
	0x0080 00128 (panic_string_unrecovered.go:25)	MOVQ	CX, main..autotmp_8+56(SP)
	0x0085 00133 (panic_string_unrecovered.go:25)	MOVB	$1, main..autotmp_7+23(SP)
	0x008a 00138 (panic_string_unrecovered.go:28)	MOVL	$3, BX
	0x008f 00143 (panic_string_unrecovered.go:28)	CALL	main.run(SB)
	0x0094 00148 (panic_string_unrecovered.go:29)	MOVB	$0, main..autotmp_7+23(SP)
	0x0099 00153 (panic_string_unrecovered.go:29)	MOVQ	main..autotmp_8+56(SP), DX
	0x009e 00158 (panic_string_unrecovered.go:29)	MOVQ	(DX), AX
	0x00a1 00161 (panic_string_unrecovered.go:29)	CALL	AX
	0x00a3 00163 (panic_string_unrecovered.go:29)	ADDQ	$64, SP
	0x00a7 00167 (panic_string_unrecovered.go:29)	POPQ	BP
	0x00a8 00168 (panic_string_unrecovered.go:29)	RET
	0x00a9 00169 (panic_string_unrecovered.go:29)	CALL	runtime.deferreturn(SB)
	0x00ae 00174 (panic_string_unrecovered.go:29)	ADDQ	$64, SP
	0x00b2 00178 (panic_string_unrecovered.go:29)	POPQ	BP
	0x00b3 00179 (panic_string_unrecovered.go:29)	RET
	0x00b4 00180 (panic_string_unrecovered.go:29)	NOP
	0x00b4 00180 (panic_string_unrecovered.go:21)	PCDATA	$1, $-1
	0x00b4 00180 (panic_string_unrecovered.go:21)	PCDATA	$0, $-2
	0x00b4 00180 (panic_string_unrecovered.go:21)	CALL	runtime.morestack_noctxt(SB)
	0x00b9 00185 (panic_string_unrecovered.go:21)	PCDATA	$0, $-1
	0x00b9 00185 (panic_string_unrecovered.go:21)	JMP	0
	0x0000 49 3b 66 10 0f 86 aa 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 66 44 0f d6 7c 24 38 c6 44 24 17 00 48 c7  .@fD..|$8.D$..H.
	0x0020 44 24 20 00 00 00 00 e8 00 00 00 00 48 89 44 24  D$ .........H.D$
	0x0030 18 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 16 00  ......H.........
	0x0040 00 00 e8 00 00 00 00 48 8b 44 24 18 48 85 c0 0f  .......H.D$.H...
	0x0050 94 c0 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x0060 e8 00 00 00 00 48 8d 05 00 00 00 00 48 89 44 24  .....H......H.D$
	0x0070 28 48 8d 44 24 20 48 89 44 24 30 48 8d 4c 24 28  (H.D$ H.D$0H.L$(
	0x0080 48 89 4c 24 38 c6 44 24 17 01 bb 03 00 00 00 e8  H.L$8.D$........
	0x0090 00 00 00 00 c6 44 24 17 00 48 8b 54 24 38 48 8b  .....D$..H.T$8H.
	0x00a0 02 ff d0 48 83 c4 40 5d c3 e8 00 00 00 00 48 83  ...H..@]......H.
	0x00b0 c4 40 5d c3 e8 00 00 00 00 e9 42 ff ff ff        .@].......B...
	rel 40+4 t=R_CALL runtime.gorecover+0
	rel 50+4 t=R_CALL runtime.printlock+0
	rel 57+4 t=R_PCREL go:string."recover returned nil: "+0
	rel 67+4 t=R_CALL runtime.printstring+0
	rel 83+4 t=R_CALL runtime.printbool+0
	rel 88+4 t=R_CALL runtime.printnl+0
	rel 97+4 t=R_CALL runtime.printunlock+0
	rel 104+4 t=R_PCREL main.main.func1+0
	rel 144+4 t=R_CALL main.run+0
	rel 161+0 t=R_CALLIND +0
	rel 170+4 t=R_CALL runtime.deferreturn+0
	rel 181+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func1 STEXT size=82 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (panic_string_unrecovered.go:25)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (panic_string_unrecovered.go:25)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_string_unrecovered.go:25)	PCDATA	$0, $-2
	0x0004 00004 (panic_string_unrecovered.go:25)	JLS	75
	0x0006 00006 (panic_string_unrecovered.go:25)	PCDATA	$0, $-1
	0x0006 00006 (panic_string_unrecovered.go:25)	PUSHQ	BP
	0x0007 00007 (panic_string_unrecovered.go:25)	MOVQ	SP, BP
	0x000a 00010 (panic_string_unrecovered.go:25)	SUBQ	$24, SP
	0x000e 00014 (panic_string_unrecovered.go:25)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_string_unrecovered.go:25)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_string_unrecovered.go:25)	MOVQ	8(DX), AX
	0x0012 00018 (panic_string_unrecovered.go:26)	MOVQ	(AX), AX
	0x0015 00021 (panic_string_unrecovered.go:26)	MOVQ	AX, main..autotmp_2+16(SP)
	0x001a 00026 (panic_string_unrecovered.go:26)	PCDATA	$1, $0
	0x001a 00026 (panic_string_unrecovered.go:26)	CALL	runtime.printlock(SB)
	0x001f 00031 (panic_string_unrecovered.go:26)	LEAQ	go:string."deferred sees steps "(SB), AX
	0x0026 00038 (panic_string_unrecovered.go:26)	MOVL	$20, BX
	0x002b 00043 (panic_string_unrecovered.go:26)	CALL	runtime.printstring(SB)
	0x0030 00048 (panic_string_unrecovered.go:26)	MOVQ	main..autotmp_2+16(SP), AX
	0x0035 00053 (panic_string_unrecovered.go:26)	CALL	runtime.printint(SB)
	0x003a 00058 (panic_string_unrecovered.go:26)	CALL	runtime.printnl(SB)
	0x003f 00063 (panic_string_unrecovered.go:26)	NOP
	0x0040 00064 (panic_string_unrecovered.go:26)	CALL	runtime.printunlock(SB)
	0x0045 00069 (panic_string_unrecovered.go:27)	ADDQ	$24, SP
	0x0049 00073 (panic_string_unrecovered.go:27)	POPQ	BP
	0x004a 00074 (panic_string_unrecovered.go:27)	RET
	0x004b 00075 (panic_string_unrecovered.go:27)	NOP
	0x004b 00075 (panic_string_unrecovered.go:25)	PCDATA	$1, $-1
	0x004b 00075 (panic_string_unrecovered.go:25)	PCDATA	$0, $-2
	0x004b 00075 (panic_string_unrecovered.go:25)	CALL	runtime.morestack(SB)
	0x0050 00080 (panic_string_unrecovered.go:25)	PCDATA	$0, $-1
	0x0050 00080 (panic_string_unrecovered.go:25)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 18 48 8b  I;f.vEUH..H...H.
	0x0010 42 08 48 8b 00 48 89 44 24 10 e8 00 00 00 00 48  B.H..H.D$......H
	0x0020 8d 05 00 00 00 00 bb 14 00 00 00 e8 00 00 00 00  ................
	0x0030 48 8b 44 24 10 e8 00 00 00 00 e8 00 00 00 00 90  H.D$............
	0x0040 e8 00 00 00 00 48 83 c4 18 5d c3 e8 00 00 00 00  .....H...]......
	0x0050 eb ae                                            ..
	rel 27+4 t=R_CALL runtime.printlock+0
	rel 34+4 t=R_PCREL go:string."deferred sees steps "+0
	rel 44+4 t=R_CALL runtime.printstring+0
	rel 54+4 t=R_CALL runtime.printint+0
	rel 59+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 76+4 t=R_CALL runtime.morestack+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.(*state).step$abstract SDWARFABSFCN dupok size=44 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 73 74 61 74 65 29 2e 73  .main.(*state).s
	0x0010 74 65 70 00 01 06 01 22 73 00 00 00 00 00 00 22  tep...."s......"
	0x0020 6c 69 6d 69 74 00 00 00 00 00 00 00              limit.......
	rel 27+4 t=R_DWARFSECREF go:info.*main.state+0
	rel 39+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.state- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 6d 61 69 6e 2e 73 74 61 74 65           ..*main.state
type:.namedata.*func(*main.state, int)- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 73 74  ..*func(*main.st
	0x0010 61 74 65 2c 20 69 6e 74 29                       ate, int)
type:*func(*main.state, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 53 4c f4 f7 28 08 08 16 00 00 00 00 00 00 00 00  SL..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.state, int)-+0
	rel 48+8 t=R_ADDR type:func(*main.state, int)+0
type:func(*main.state, int) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9d bb 61 ad 22 08 08 13 00 00 00 00 00 00 00 00  ..a."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.state, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.state, int)+0
	rel 56+8 t=R_ADDR type:*main.state+0
	rel 64+8 t=R_ADDR type:int+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.step- SRODATA dupok size=6 align=0x1
	0x0000 00 04 73 74 65 70                                ..step
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
type:*main.state SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 97 de 09 0c 29 08 08 16 00 00 00 00 00 00 00 00  ....)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 00 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.state-+0
	rel 48+8 t=R_ADDR type:main.state+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.step-+0
	rel 76+4 t=R_METHODOFF type:func(int)+0
	rel 80+4 t=R_METHODOFF main.(*state).step+0
	rel 84+4 t=R_METHODOFF main.(*state).step+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.steps- SRODATA dupok size=7 align=0x1
	0x0000 00 05 73 74 65 70 73                             ..steps
type:main.state SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 80 d3 40 c8 0f 08 08 19 00 00 00 00 00 00 00 00  ..@.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.state-+0
	rel 44+4 t=R_ADDROFF type:*main.state+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.state+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.steps-+0
	rel 104+8 t=R_ADDR type:int+0
go:string."too many steps" SRODATA dupok size=14 align=0x1
	0x0000 74 6f 6f 20 6d 61 6e 79 20 73 74 65 70 73        too many steps
main..stmp_0 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 0e 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."too many steps"+0
go:string."step" SRODATA dupok size=4 align=0x1
	0x0000 73 74 65 70                                      step
go:string."step " SRODATA dupok size=5 align=0x1
	0x0000 73 74 65 70 20                                   step 
main..stmp_1 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 0e 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."too many steps"+0
go:string."recover returned nil:" SRODATA dupok size=21 align=0x1
	0x0000 72 65 63 6f 76 65 72 20 72 65 74 75 72 6e 65 64  recover returned
	0x0010 20 6e 69 6c 3a                                    nil:
go:string."recover returned nil: " SRODATA dupok size=22 align=0x1
	0x0000 72 65 63 6f 76 65 72 20 72 65 74 75 72 6e 65 64  recover returned
	0x0010 20 6e 69 6c 3a 20                                 nil: 
go:string."deferred sees steps" SRODATA dupok size=19 align=0x1
	0x0000 64 65 66 65 72 72 65 64 20 73 65 65 73 20 73 74  deferred sees st
	0x0010 65 70 73                                         eps
go:string."deferred sees steps " SRODATA dupok size=20 align=0x1
	0x0000 64 65 66 65 72 72 65 64 20 73 65 65 73 20 73 74  deferred sees st
	0x0010 65 70 73 20                                      eps 
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.(*state).step.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.(*state).step.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.run.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.run.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wSZsRWWmrOmngSuEx9VDDg== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 03 00 00 00 00 04                    ..........
main.main.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e8 ff ff ff 10 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.main.opendefer SRODATA dupok size=2 align=0x1
	0x0000 29 08                                            ).
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
