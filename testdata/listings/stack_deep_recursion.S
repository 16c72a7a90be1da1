funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (stack_deep_recursion.go:30)	TEXT	main.main(SB), ABIInternal, $72-0
     0        00000 (stack_deep_recursion.go:30)	TEXT	main.main(SB), ABIInternal, $72-0
     0     -1 00000 (stack_deep_recursion.go:30)	CMPQ	SP, 16(R14)
     4        00004 (stack_deep_recursion.go:30)	PCDATA	$0, $-2
     4        00004 (stack_deep_recursion.go:30)	JLS	184
     a        00010 (stack_deep_recursion.go:30)	PCDATA	$0, $-1
     a        00010 (stack_deep_recursion.go:30)	PUSHQ	BP
     b        00011 (stack_deep_recursion.go:30)	MOVQ	SP, BP
     e        00014 (stack_deep_recursion.go:30)	SUBQ	$64, SP
    12        00018 (stack_deep_recursion.go:30)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (stack_deep_recursion.go:30)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (stack_deep_recursion.go:31)	MOVL	$1000000, AX
    17        00023 (stack_deep_recursion.go:31)	XORL	BX, BX
    19        00025 (stack_deep_recursion.go:31)	MOVL	BX, CX
    1b        00027 (stack_deep_recursion.go:31)	MOVQ	CX, DI
    1e        00030 (stack_deep_recursion.go:31)	MOVQ	CX, SI
    21        00033 (stack_deep_recursion.go:31)	MOVQ	CX, R8
    24        00036 (stack_deep_recursion.go:31)	PCDATA	$1, $0
    24        00036 (stack_deep_recursion.go:31)	CALL	main.depth(SB)
    29        00041 (stack_deep_recursion.go:31)	MOVQ	AX, main..autotmp_2+56(SP)
    2e        00046 (stack_deep_recursion.go:31)	CALL	runtime.printlock(SB)
    33        00051 (stack_deep_recursion.go:31)	MOVQ	main..autotmp_2+56(SP), AX
    38        00056 (stack_deep_recursion.go:31)	CALL	runtime.printint(SB)
    3d        00061 (stack_deep_recursion.go:31)	NOP
    40        00064 (stack_deep_recursion.go:31)	CALL	runtime.printnl(SB)
    45        00069 (stack_deep_recursion.go:31)	CALL	runtime.printunlock(SB)
    4a        00074 (stack_deep_recursion.go:32)	MOVQ	$0, main.v+48(SP)
    53        00083 (stack_deep_recursion.go:33)	MOVL	$1000, AX
    58        00088 (stack_deep_recursion.go:33)	LEAQ	main.v+48(SP), BX
    5d        00093 (stack_deep_recursion.go:33)	NOP
    60        00096 (stack_deep_recursion.go:33)	CALL	main.sumDown(SB)
    65        00101 (stack_deep_recursion.go:33)	MOVQ	AX, main..autotmp_2+56(SP)
    6a        00106 (stack_deep_recursion.go:33)	CALL	runtime.printlock(SB)
    6f        00111 (stack_deep_recursion.go:33)	MOVQ	main..autotmp_2+56(SP), AX
    74        00116 (stack_deep_recursion.go:33)	CALL	runtime.printint(SB)
    79        00121 (stack_deep_recursion.go:33)	CALL	runtime.printnl(SB)
    7e        00126 (stack_deep_recursion.go:33)	NOP
    80        00128 (stack_deep_recursion.go:33)	CALL	runtime.printunlock(SB)
    85        00133 (stack_deep_recursion.go:34)	MOVL	$300000, AX
    8a        00138 (stack_deep_recursion.go:34)	LEAQ	main.v+48(SP), BX
    8f        00143 (stack_deep_recursion.go:34)	CALL	main.sumDown(SB)
    94        00148 (stack_deep_recursion.go:34)	MOVQ	AX, main..autotmp_2+56(SP)
    99        00153 (stack_deep_recursion.go:34)	CALL	runtime.printlock(SB)
    9e        00158 (stack_deep_recursion.go:34)	MOVQ	main..autotmp_2+56(SP), AX
    a3        00163 (stack_deep_recursion.go:34)	CALL	runtime.printint(SB)
    a8        00168 (stack_deep_recursion.go:34)	CALL	runtime.printnl(SB)
    ad        00173 (stack_deep_recursion.go:34)	CALL	runtime.printunlock(SB)
    b2        00178 (stack_deep_recursion.go:35)	ADDQ	$64, SP
    b6        00182 (stack_deep_recursion.go:35)	POPQ	BP
    b7        00183 (stack_deep_recursion.go:35)	RET
    b8        00184 (stack_deep_recursion.go:35)	NOP
    b8        00184 (stack_deep_recursion.go:30)	PCDATA	$1, $-1
    b8        00184 (stack_deep_recursion.go:30)	PCDATA	$0, $-2
    b8        00184 (stack_deep_recursion.go:30)	CALL	runtime.morestack_noctxt(SB)
    bd        00189 (stack_deep_recursion.go:30)	PCDATA	$0, $-1
    bd        00189 (stack_deep_recursion.go:30)	NOP
    c0        00192 (stack_deep_recursion.go:30)	JMP	0
    c5 done
wrote 4 bytes to 0x0
 00 c5 01 00
funcpctab main.depth [valfunc=pctoinline]
     0     -1 00000 (stack_deep_recursion.go:9)	TEXT	main.depth(SB), ABIInternal, $96-48
     0        00000 (stack_deep_recursion.go:9)	TEXT	main.depth(SB), ABIInternal, $96-48
     0     -1 00000 (stack_deep_recursion.go:9)	CMPQ	SP, 16(R14)
     4        00004 (stack_deep_recursion.go:9)	PCDATA	$0, $-2
     4        00004 (stack_deep_recursion.go:9)	JLS	186
     a        00010 (stack_deep_recursion.go:9)	PCDATA	$0, $-1
     a        00010 (stack_deep_recursion.go:9)	PUSHQ	BP
     b        00011 (stack_deep_recursion.go:9)	MOVQ	SP, BP
     e        00014 (stack_deep_recursion.go:9)	SUBQ	$88, SP
    12        00018 (stack_deep_recursion.go:9)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (stack_deep_recursion.go:9)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (stack_deep_recursion.go:9)	FUNCDATA	$5, main.depth.arginfo1(SB)
    12        00018 (stack_deep_recursion.go:9)	FUNCDATA	$6, main.depth.argliveinfo(SB)
    12        00018 (stack_deep_recursion.go:9)	PCDATA	$3, $1
    12        00018 (stack_deep_recursion.go:9)	MOVQ	BX, main.fr+112(SP)
    17        00023 (stack_deep_recursion.go:9)	MOVQ	CX, main.fr+120(SP)
    1c        00028 (stack_deep_recursion.go:9)	MOVQ	DI, main.fr+128(SP)
    24        00036 (stack_deep_recursion.go:9)	MOVQ	SI, main.fr+136(SP)
    2c        00044 (stack_deep_recursion.go:9)	MOVQ	R8, main.fr+144(SP)
    34        00052 (stack_deep_recursion.go:10)	TESTQ	AX, AX
    37        00055 (stack_deep_recursion.go:10)	JNE	72
    39        00057 (stack_deep_recursion.go:11)	MOVQ	main.fr+112(SP), CX
    3e        00062 (stack_deep_recursion.go:11)	LEAQ	(R8)(CX*1), AX
    42        00066 (stack_deep_recursion.go:11)	ADDQ	$88, SP
    46        00070 (stack_deep_recursion.go:11)	POPQ	BP
    47        00071 (stack_deep_recursion.go:11)	RET
    48        00072 (stack_deep_recursion.go:13)	LEAQ	main.local+48(SP), DX
    4d        00077 (stack_deep_recursion.go:13)	MOVUPS	X15, (DX)
    51        00081 (stack_deep_recursion.go:13)	MOVUPS	X15, 16(DX)
    56        00086 (stack_deep_recursion.go:13)	MOVUPS	X15, 24(DX)
    5b        00091 (stack_deep_recursion.go:13)	MOVQ	main.fr+112(SP), DX
    60        00096 (stack_deep_recursion.go:13)	INCQ	DX
    63        00099 (stack_deep_recursion.go:13)	MOVQ	DX, main.local+48(SP)
    68        00104 (stack_deep_recursion.go:13)	MOVQ	main.fr+120(SP), CX
    6d        00109 (stack_deep_recursion.go:13)	MOVQ	CX, main.local+56(SP)
    72        00114 (stack_deep_recursion.go:13)	MOVQ	main.fr+128(SP), DI
    7a        00122 (stack_deep_recursion.go:13)	MOVQ	DI, main.local+64(SP)
    7f        00127 (stack_deep_recursion.go:13)	MOVQ	main.fr+136(SP), SI
    87        00135 (stack_deep_recursion.go:13)	MOVQ	SI, main.local+72(SP)
    8c        00140 (stack_deep_recursion.go:13)	MOVQ	main.fr+144(SP), R8
    94        00148 (stack_deep_recursion.go:13)	XORQ	AX, R8
    97        00151 (stack_deep_recursion.go:13)	MOVQ	R8, main.local+80(SP)
    9c        00156 (stack_deep_recursion.go:14)	MOVQ	main.local+48(SP), BX
    a1        00161 (stack_deep_recursion.go:14)	DECQ	AX
    a4        00164 (stack_deep_recursion.go:14)	PCDATA	$1, $0
    a4        00164 (stack_deep_recursion.go:14)	CALL	main.depth(SB)
    a9        00169 (stack_deep_recursion.go:15)	MOVQ	main.local+48(SP), DX
    ae        00174 (stack_deep_recursion.go:15)	ANDL	$1, DX
    b1        00177 (stack_deep_recursion.go:15)	ADDQ	DX, AX
    b4        00180 (stack_deep_recursion.go:15)	ADDQ	$88, SP
    b8        00184 (stack_deep_recursion.go:15)	POPQ	BP
    b9        00185 (stack_deep_recursion.go:15)	RET
    ba        00186 (stack_deep_recursion.go:15)	NOP
    ba        00186 (stack_deep_recursion.go:9)	PCDATA	$1, $-1
    ba        00186 (stack_deep_recursion.go:9)	PCDATA	$0, $-2
    ba        00186 (stack_deep_recursion.go:9)	MOVQ	AX, 8(SP)
    bf        00191 (stack_deep_recursion.go:9)	MOVQ	BX, 16(SP)
    c4        00196 (stack_deep_recursion.go:9)	MOVQ	CX, 24(SP)
    c9        00201 (stack_deep_recursion.go:9)	MOVQ	DI, 32(SP)
    ce        00206 (stack_deep_recursion.go:9)	MOVQ	SI, 40(SP)
    d3        00211 (stack_deep_recursion.go:9)	MOVQ	R8, 48(SP)
    d8        00216 (stack_deep_recursion.go:9)	CALL	runtime.morestack_noctxt(SB)
    dd        00221 (stack_deep_recursion.go:9)	PCDATA	$0, $-1
    dd        00221 (stack_deep_recursion.go:9)	MOVQ	8(SP), AX
    e2        00226 (stack_deep_recursion.go:9)	MOVQ	16(SP), BX
    e7        00231 (stack_deep_recursion.go:9)	MOVQ	24(SP), CX
    ec        00236 (stack_deep_recursion.go:9)	MOVQ	32(SP), DI
    f1        00241 (stack_deep_recursion.go:9)	MOVQ	40(SP), SI
    f6        00246 (stack_deep_recursion.go:9)	MOVQ	48(SP), R8
    fb        00251 (stack_deep_recursion.go:9)	NOP
   100        00256 (stack_deep_recursion.go:9)	JMP	0
   105 done
wrote 4 bytes to 0x0
 00 85 02 00
funcpctab main.sumDown [valfunc=pctoinline]
     0     -1 00000 (stack_deep_recursion.go:21)	TEXT	main.sumDown(SB), ABIInternal, $32-16
     0        00000 (stack_deep_recursion.go:21)	TEXT	main.sumDown(SB), ABIInternal, $32-16
     0     -1 00000 (stack_deep_recursion.go:21)	CMPQ	SP, 16(R14)
     4        00004 (stack_deep_recursion.go:21)	PCDATA	$0, $-2
     4        00004 (stack_deep_recursion.go:21)	JLS	65
     6        00006 (stack_deep_recursion.go:21)	PCDATA	$0, $-1
     6        00006 (stack_deep_recursion.go:21)	PUSHQ	BP
     7        00007 (stack_deep_recursion.go:21)	MOVQ	SP, BP
     a        00010 (stack_deep_recursion.go:21)	SUBQ	$24, SP
     e        00014 (stack_deep_recursion.go:21)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
     e        00014 (stack_deep_recursion.go:21)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (stack_deep_recursion.go:21)	FUNCDATA	$5, main.sumDown.arginfo1(SB)
     e        00014 (stack_deep_recursion.go:21)	FUNCDATA	$6, main.sumDown.argliveinfo(SB)
     e        00014 (stack_deep_recursion.go:21)	PCDATA	$3, $1
     e        00014 (stack_deep_recursion.go:23)	TESTQ	AX, AX
    11        00017 (stack_deep_recursion.go:23)	JNE	28
    13        00019 (stack_deep_recursion.go:24)	MOVQ	(BX), AX
    16        00022 (stack_deep_recursion.go:24)	ADDQ	$24, SP
    1a        00026 (stack_deep_recursion.go:24)	POPQ	BP
    1b        00027 (stack_deep_recursion.go:24)	RET
    1c        00028 (stack_deep_recursion.go:23)	MOVQ	BX, main.p+48(SP)
    21        00033 (stack_deep_recursion.go:23)	PCDATA	$3, $2
    21        00033 (stack_deep_recursion.go:26)	MOVQ	AX, main.x+16(SP)
    26        00038 (stack_deep_recursion.go:27)	DECQ	AX
    29        00041 (stack_deep_recursion.go:27)	LEAQ	main.x+16(SP), BX
    2e        00046 (stack_deep_recursion.go:27)	PCDATA	$1, $0
    2e        00046 (stack_deep_recursion.go:27)	CALL	main.sumDown(SB)
    33        00051 (stack_deep_recursion.go:27)	MOVQ	main.p+48(SP), CX
    38        00056 (stack_deep_recursion.go:27)	ADDQ	(CX), AX
    3b        00059 (stack_deep_recursion.go:27)	ADDQ	$24, SP
    3f        00063 (stack_deep_recursion.go:27)	POPQ	BP
    40        00064 (stack_deep_recursion.go:27)	RET
    41        00065 (stack_deep_recursion.go:27)	NOP
    41        00065 (stack_deep_recursion.go:21)	PCDATA	$1, $-1
    41        00065 (stack_deep_recursion.go:21)	PCDATA	$0, $-2
    41        00065 (stack_deep_recursion.go:21)	MOVQ	AX, 8(SP)
    46        00070 (stack_deep_recursion.go:21)	MOVQ	BX, 16(SP)
    4b        00075 (stack_deep_recursion.go:21)	CALL	runtime.morestack_noctxt(SB)
    50        00080 (stack_deep_recursion.go:21)	PCDATA	$0, $-1
    50        00080 (stack_deep_recursion.go:21)	MOVQ	8(SP), AX
    55        00085 (stack_deep_recursion.go:21)	MOVQ	16(SP), BX
    5a        00090 (stack_deep_recursion.go:21)	JMP	0
    5c done
wrote 3 bytes to 0x0
 00 5c 00
main.depth STEXT size=261 align=0x0 args=0x30 locals=0x60 funcid=0x0
	0x0000 00000 (stack_deep_recursion.go:9)	TEXT	main.depth(SB), ABIInternal, $96-48
	0x0000 00000 (stack_deep_recursion.go:9)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_deep_recursion.go:9)	PCDATA	$0, $-2
	0x0004 00004 (stack_deep_recursion.go:9)	JLS	186
	0x000a 00010 (stack_deep_recursion.go:9)	PCDATA	$0, $-1
	0x000a 00010 (stack_deep_recursion.go:9)	PUSHQ	BP
	0x000b 00011 (stack_deep_recursion.go:9)	MOVQ	SP, BP
	0x000e 00014 (stack_deep_recursion.go:9)	SUBQ	$88, SP
	0x0012 00018 (stack_deep_recursion.go:9)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (stack_deep_recursion.go:9)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (stack_deep_recursion.go:9)	FUNCDATA	$5, main.depth.arginfo1(SB)
	0x0012 00018 (stack_deep_recursion.go:9)	FUNCDATA	$6, main.depth.argliveinfo(SB)
	0x0012 00018 (stack_deep_recursion.go:9)	PCDATA	$3, $1
	0x0012 00018 (stack_deep_recursion.go:9)	MOVQ	BX, main.fr+112(SP)
	0x0017 00023 (stack_deep_recursion.go:9)	MOVQ	CX, main.fr+120(SP)
	0x001c 00028 (stack_deep_recursion.go:9)	MOVQ	DI, main.fr+128(SP)
	0x0024 00036 (stack_deep_recursion.go:9)	MOVQ	SI, main.fr+136(SP)
	0x002c 00044 (stack_deep_recursion.go:9)	MOVQ	R8, main.fr+144(SP)
	0x0034 00052 (stack_deep_recursion.go:10)	TESTQ	AX, AX
	0x0037 00055 (stack_deep_recursion.go:10)	JNE	72
	0x0039 00057 (stack_deep_recursion.go:11)	MOVQ	main.fr+112(SP), CX
	0x003e 00062 (stack_deep_recursion.go:11)	LEAQ	(R8)(CX*1), AX
	0x0042 00066 (stack_deep_recursion.go:11)	ADDQ	$88, SP
	0x0046 00070 (stack_deep_recursion.go:11)	POPQ	BP
	0x0047 00071 (stack_deep_recursion.go:11)	RET
	0x0048 00072 (stack_deep_recursion.go:13)	LEAQ	main.local+48(SP), DX
	0x004d 00077 (stack_deep_recursion.go:13)	MOVUPS	X15, (DX)
	0x0051 00081 (stack_deep_recursion.go:13)	MOVUPS	X15, 16(DX)
	0x0056 00086 (stack_deep_recursion.go:13)	MOVUPS	X15, 24(DX)
	0x005b 00091 (stack_deep_recursion.go:13)	MOVQ	main.fr+112(SP), DX
	0x0060 00096 (stack_deep_recursion.go:13)	INCQ	DX
	0x0063 00099 (stack_deep_recursion.go:13)	MOVQ	DX, main.local+48(SP)
	0x0068 00104 (stack_deep_recursion.go:13)	MOVQ	main.fr+120(SP), CX
	0x006d 00109 (stack_deep_recursion.go:13)	MOVQ	CX, main.local+56(SP)
	0x0072 00114 (stack_deep_recursion.go:13)	MOVQ	main.fr+128(SP), DI
	0x007a 00122 (stack_deep_recursion.go:13)	MOVQ	DI, main.local+64(SP)
	0x007f 00127 (stack_deep_recursion.go:13)	MOVQ	main.fr+136(SP), SI
	0x0087 00135 (stack_deep_recursion.go:13)	MOVQ	SI, main.local+72(SP)
	0x008c 00140 (stack_deep_recursion.go:13)	MOVQ	main.fr+144(SP), R8
	0x0094 00148 (stack_deep_recursion.go:13)	XORQ	AX, R8
	0x0097 00151 (stack_deep_recursion.go:13)	MOVQ	R8, main.local+80(SP)
	0x009c 00156 (stack_deep_recursion.go:14)	MOVQ	main.local+48(SP), BX
	0x00a1 00161 (stack_deep_recursion.go:14)	DECQ	AX
	0x00a4 00164 (stack_deep_recursion.go:14)	PCDATA	$1, $0
	0x00a4 00164 (stack_deep_recursion.go:14)	CALL	main.depth(SB)
	0x00a9 00169 (stack_deep_recursion.go:15)	MOVQ	main.local+48(SP), DX
	0x00ae 00174 (stack_deep_recursion.go:15)	ANDL	$1, DX
	0x00b1 00177 (stack_deep_recursion.go:15)	ADDQ	DX, AX
	0x00b4 00180 (stack_deep_recursion.go:15)	ADDQ	$88, SP
	0x00b8 00184 (stack_deep_recursion.go:15)	POPQ	BP
	0x00b9 00185 (stack_deep_recursion.go:15)	RET
	0x00ba 00186 (stack_deep_recursion.go:15)	NOP
	0x00ba 00186 (stack_deep_recursion.go:9)	PCDATA	$1, $-1
	0x00ba 00186 (stack_deep_recursion.go:9)	PCDATA	$0, $-2
	0x00ba 00186 (stack_deep_recursion.go:9)	MOVQ	AX, 8(SP)
	0x00bf 00191 (stack_deep_recursion.go:9)	MOVQ	BX, 16(SP)
	0x00c4 00196 (stack_deep_recursion.go:9)	MOVQ	CX, 24(SP)
	0x00c9 00201 (stack_deep_recursion.go:9)	MOVQ	DI, 32(SP)
	0x00ce 00206 (stack_deep_recursion.go:9)	MOVQ	SI, 40(SP)
	0x00d3 00211 (stack_deep_recursion.go:9)	MOVQ	R8, 48(SP)
	0x00d8 00216 (stack_deep_recursion.go:9)	CALL	runtime.morestack_noctxt(SB)
	0x00dd 00221 (stack_deep_recursion.go:9)	PCDATA	$0, $-1
	0x00dd 00221 (stack_deep_recursion.go:9)	MOVQ	8(SP), AX
	0x00e2 00226 (stack_deep_recursion.go:9)	MOVQ	16(SP), BX
	0x00e7 00231 (stack_deep_recursion.go:9)	MOVQ	24(SP), CX
	0x00ec 00236 (stack_deep_recursion.go:9)	MOVQ	32(SP), DI
	0x00f1 00241 (stack_deep_recursion.go:9)	MOVQ	40(SP), SI
	0x00f6 00246 (stack_deep_recursion.go:9)	MOVQ	48(SP), R8
	0x00fb 00251 (stack_deep_recursion.go:9)	NOP
	0x0100 00256 (stack_deep_recursion.go:9)	JMP	0
	0x0000 49 3b 66 10 0f 86 b0 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 58 48 89 5c 24 70 48 89 4c 24 78 48 89 bc 24  .XH.\$pH.L$xH..$
	0x0020 80 00 00 00 48 89 b4 24 88 00 00 00 4c 89 84 24  ....H..$....L..$
	0x0030 90 00 00 00 48 85 c0 75 0f 48 8b 4c 24 70 49 8d  ....H..u.H.L$pI.
	0x0040 04 08 48 83 c4 58 5d c3 48 8d 54 24 30 44 0f 11  ..H..X].H.T$0D..
	0x0050 3a 44 0f 11 7a 10 44 0f 11 7a 18 48 8b 54 24 70  :D..z.D..z.H.T$p
	0x0060 48 ff c2 48 89 54 24 30 48 8b 4c 24 78 48 89 4c  H..H.T$0H.L$xH.L
	0x0070 24 38 48 8b bc 24 80 00 00 00 48 89 7c 24 40 48  $8H..$....H.|$@H
	0x0080 8b b4 24 88 00 00 00 48 89 74 24 48 4c 8b 84 24  ..$....H.t$HL..$
	0x0090 90 00 00 00 49 31 c0 4c 89 44 24 50 48 8b 5c 24  ....I1.L.D$PH.\$
	0x00a0 30 48 ff c8 e8 00 00 00 00 48 8b 54 24 30 83 e2  0H.......H.T$0..
	0x00b0 01 48 01 d0 48 83 c4 58 5d c3 48 89 44 24 08 48  .H..H..X].H.D$.H
	0x00c0 89 5c 24 10 48 89 4c 24 18 48 89 7c 24 20 48 89  .\$.H.L$.H.|$ H.
	0x00d0 74 24 28 4c 89 44 24 30 e8 00 00 00 00 48 8b 44  t$(L.D$0.....H.D
	0x00e0 24 08 48 8b 5c 24 10 48 8b 4c 24 18 48 8b 7c 24  $.H.\$.H.L$.H.|$
	0x00f0 20 48 8b 74 24 28 4c 8b 44 24 30 0f 1f 44 00 00   H.t$(L.D$0..D..
	0x0100 e9 fb fe ff ff                                   .....
	rel 165+4 t=R_CALL main.depth+0
	rel 217+4 t=R_CALL runtime.morestack_noctxt+0
main.sumDown STEXT size=92 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (stack_deep_recursion.go:21)	TEXT	main.sumDown(SB), ABIInternal, $32-16
	0x0000 00000 (stack_deep_recursion.go:21)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_deep_recursion.go:21)	PCDATA	$0, $-2
	0x0004 00004 (stack_deep_recursion.go:21)	JLS	65
	0x0006 00006 (stack_deep_recursion.go:21)	PCDATA	$0, $-1
	0x0006 00006 (stack_deep_recursion.go:21)	PUSHQ	BP
	0x0007 00007 (stack_deep_recursion.go:21)	MOVQ	SP, BP
	0x000a 00010 (stack_deep_recursion.go:21)	SUBQ	$24, SP
	0x000e 00014 (stack_deep_recursion.go:21)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x000e 00014 (stack_deep_recursion.go:21)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (stack_deep_recursion.go:21)	FUNCDATA	$5, main.sumDown.arginfo1(SB)
	0x000e 00014 (stack_deep_recursion.go:21)	FUNCDATA	$6, main.sumDown.argliveinfo(SB)
	0x000e 00014 (stack_deep_recursion.go:21)	PCDATA	$3, $1
	0x000e 00014 (stack_deep_recursion.go:23)	TESTQ	AX, AX
	0x0011 00017 (stack_deep_recursion.go:23)	JNE	28
	0x0013 00019 (stack_deep_recursion.go:24)	MOVQ	(BX), AX
	0x0016 00022 (stack_deep_recursion.go:24)	ADDQ	$24, SP
	0x001a 00026 (stack_deep_recursion.go:24)	POPQ	BP
	0x001b 00027 (stack_deep_recursion.go:24)	RET
	0x001c 00028 (stack_deep_recursion.go:23)	MOVQ	BX, main.p+48(SP)
	0x0021 00033 (stack_deep_recursion.go:23)	PCDATA	$3, $2
	0x0021 00033 (stack_deep_recursion.go:26)	MOVQ	AX, main.x+16(SP)
	0x0026 00038 (stack_deep_recursion.go:27)	DECQ	AX
	0x0029 00041 (stack_deep_recursion.go:27)	LEAQ	main.x+16(SP), BX
	0x002e 00046 (stack_deep_recursion.go:27)	PCDATA	$1, $0
	0x002e 00046 (stack_deep_recursion.go:27)	CALL	main.sumDown(SB)
	0x0033 00051 (stack_deep_recursion.go:27)	MOVQ	main.p+48(SP), CX
	0x0038 00056 (stack_deep_recursion.go:27)	ADDQ	(CX), AX
	0x003b 00059 (stack_deep_recursion.go:27)	ADDQ	$24, SP
	0x003f 00063 (stack_deep_recursion.go:27)	POPQ	BP
	0x0040 00064 (stack_deep_recursion.go:27)	RET
	0x0041 00065 (stack_deep_recursion.go:27)	NOP
	0x0041 00065 (stack_deep_recursion.go:21)	PCDATA	$1, $-1
	0x0041 00065 (stack_deep_recursion.go:21)	PCDATA	$0, $-2
	0x0041 00065 (stack_deep_recursion.go:21)	MOVQ	AX, 8(SP)
	0x0046 00070 (stack_deep_recursion.go:21)	MOVQ	BX, 16(SP)
	0x004b 00075 (stack_deep_recursion.go:21)	CALL	runtime.morestack_noctxt(SB)
	0x0050 00080 (stack_deep_recursion.go:21)	PCDATA	$0, $-1
	0x0050 00080 (stack_deep_recursion.go:21)	MOVQ	8(SP), AX
	0x0055 00085 (stack_deep_recursion.go:21)	MOVQ	16(SP), BX
	0x005a 00090 (stack_deep_recursion.go:21)	JMP	0
	0x0000 49 3b 66 10 76 3b 55 48 89 e5 48 83 ec 18 48 85  I;f.v;UH..H...H.
	0x0010 c0 75 09 48 8b 03 48 83 c4 18 5d c3 48 89 5c 24  .u.H..H...].H.\$
	0x0020 30 48 89 44 24 10 48 ff c8 48 8d 5c 24 10 e8 00  0H.D$.H..H.\$...
	0x0030 00 00 00 48 8b 4c 24 30 48 03 01 48 83 c4 18 5d  ...H.L$0H..H...]
	0x0040 c3 48 89 44 24 08 48 89 5c 24 10 e8 00 00 00 00  .H.D$.H.\$......
	0x0050 48 8b 44 24 08 48 8b 5c 24 10 eb a4              H.D$.H.\$...
	rel 47+4 t=R_CALL main.sumDown+0
	rel 76+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=197 align=0x0 args=0x0 locals=0x48 funcid=0x0
	0x0000 00000 (stack_deep_recursion.go:30)	TEXT	main.main(SB), ABIInternal, $72-0
	0x0000 00000 (stack_deep_recursion.go:30)	CMPQ	SP, 16(R14)
	0x0004 00004 (stack_deep_recursion.go:30)	PCDATA	$0, $-2
	0x0004 00004 (stack_deep_recursion.go:30)	JLS	184
	0x000a 00010 (stack_deep_recursion.go:30)	PCDATA	$0, $-1
	0x000a 00010 (stack_deep_recursion.go:30)	PUSHQ	BP
	0x000b 00011 (stack_deep_recursion.go:30)	MOVQ	SP, BP
	0x000e 00014 (stack_deep_recursion.go:30)	SUBQ	$64, SP
	0x0012 00018 (stack_deep_recursion.go:30)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (stack_deep_recursion.go:30)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (stack_deep_recursion.go:31)	MOVL	$1000000, AX
	0x0017 00023 (stack_deep_recursion.go:31)	XORL	BX, BX
	0x0019 00025 (stack_deep_recursion.go:31)	MOVL	BX, CX
	0x001b 00027 (stack_deep_recursion.go:31)	MOVQ	CX, DI
	0x001e 00030 (stack_deep_recursion.go:31)	MOVQ	CX, SI
	0x0021 00033 (stack_deep_recursion.go:31)	MOVQ	CX, R8
	0x0024 00036 (stack_deep_recursion.go:31)	PCDATA	$1, $0
	0x0024 00036 (stack_deep_recursion.go:31)	CALL	main.depth(SB)
	0x0029 00041 (stack_deep_recursion.go:31)	MOVQ	AX, main..autotmp_2+56(SP)
	0x002e 00046 (stack_deep_recursion.go:31)	CALL	runtime.printlock(SB)
	0x0033 00051 (stack_deep_recursion.go:31)	MOVQ	main..autotmp_2+56(SP), AX
	0x0038 00056 (stack_deep_recursion.go:31)	CALL	runtime.printint(SB)
	0x003d 00061 (stack_deep_recursion.go:31)	NOP
	0x0040 00064 (stack_deep_recursion.go:31)	CALL	runtime.printnl(SB)
	0x0045 00069 (stack_deep_recursion.go:31)	CALL	runtime.printunlock(SB)
	0x004a 00074 (stack_deep_recursion.go:32)	MOVQ	$0, main.v+48(SP)
	0x0053 00083 (stack_deep_recursion.go:33)	MOVL	$1000, AX
	0x0058 00088 (stack_deep_recursion.go:33)	LEAQ	main.v+48(SP), BX
	0x005d 00093 (stack_deep_recursion.go:33)	NOP
	0x0060 00096 (stack_deep_recursion.go:33)	CALL	main.sumDown(SB)
	0x0065 00101 (stack_deep_recursion.go:33)	MOVQ	AX, main..autotmp_2+56(SP)
	0x006a 00106 (stack_deep_recursion.go:33)	CALL	runtime.printlock(SB)
	0x006f 00111 (stack_deep_recursion.go:33)	MOVQ	main..autotmp_2+56(SP), AX
	0x0074 00116 (stack_deep_recursion.go:33)	CALL	runtime.printint(SB)
	0x0079 00121 (stack_deep_recursion.go:33)	CALL	runtime.printnl(SB)
	0x007e 00126 (stack_deep_recursion.go:33)	NOP
	0x0080 00128 (stack_deep_recursion.go:33)	CALL	runtime.printunlock(SB)
	0x0085 00133 (stack_deep_recursion.go:34)	MOVL	$300000, AX
	0x008a 00138 (stack_deep_recursion.go:34)	LEAQ	main.v+48(SP), BX
	0x008f 00143 (stack_deep_recursion.go:34)	CALL	main.sumDown(SB)
	0x0094 00148 (stack_deep_recursion.go:34)	MOVQ	AX, main..autotmp_2+56(SP)
	0x0099 00153 (stack_deep_recursion.go:34)	CALL	runtime.printlock(SB)
	0x009e 00158 (stack_deep_recursion.go:34)	MOVQ	main..autotmp_2+56(SP), AX
	0x00a3 00163 (stack_deep_recursion.go:34)	CALL	runtime.printint(SB)
	0x00a8 00168 (stack_deep_recursion.go:34)	CALL	runtime.printnl(SB)
	0x00ad 00173 (stack_deep_recursion.go:34)	CALL	runtime.printunlock(SB)
	0x00b2 00178 (stack_deep_recursion.go:35)	ADDQ	$64, SP
	0x00b6 00182 (stack_deep_recursion.go:35)	POPQ	BP
	0x00b7 00183 (stack_deep_recursion.go:35)	RET
	0x00b8 00184 (stack_deep_recursion.go:35)	NOP
	0x00b8 00184 (stack_deep_recursion.go:30)	PCDATA	$1, $-1
	0x00b8 00184 (stack_deep_recursion.go:30)	PCDATA	$0, $-2
	0x00b8 00184 (stack_deep_recursion.go:30)	CALL	runtime.morestack_noctxt(SB)
	0x00bd 00189 (stack_deep_recursion.go:30)	PCDATA	$0, $-1
	0x00bd 00189 (stack_deep_recursion.go:30)	NOP
	0x00c0 00192 (stack_deep_recursion.go:30)	JMP	0
	0x0000 49 3b 66 10 0f 86 ae 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 b8 40 42 0f 00 31 db 89 d9 48 89 cf 48 89  .@.@B..1...H..H.
	0x0020 ce 49 89 c8 e8 00 00 00 00 48 89 44 24 38 e8 00  .I.......H.D$8..
	0x0030 00 00 00 48 8b 44 24 38 e8 00 00 00 00 0f 1f 00  ...H.D$8........
	0x0040 e8 00 00 00 00 e8 00 00 00 00 48 c7 44 24 30 00  ..........H.D$0.
	0x0050 00 00 00 b8 e8 03 00 00 48 8d 5c 24 30 0f 1f 00  ........H.\$0...
	0x0060 e8 00 00 00 00 48 89 44 24 38 e8 00 00 00 00 48  .....H.D$8.....H
	0x0070 8b 44 24 38 e8 00 00 00 00 e8 00 00 00 00 66 90  .D$8..........f.
	0x0080 e8 00 00 00 00 b8 e0 93 04 00 48 8d 5c 24 30 e8  ..........H.\$0.
	0x0090 00 00 00 00 48 89 44 24 38 e8 00 00 00 00 48 8b  ....H.D$8.....H.
	0x00a0 44 24 38 e8 00 00 00 00 e8 00 00 00 00 e8 00 00  D$8.............
	0x00b0 00 00 48 83 c4 40 5d c3 e8 00 00 00 00 0f 1f 00  ..H..@].........
	0x00c0 e9 3b ff ff ff                                   .;...
	rel 37+4 t=R_CALL main.depth+0
	rel 47+4 t=R_CALL runtime.printlock+0
	rel 57+4 t=R_CALL runtime.printint+0
	rel 65+4 t=R_CALL runtime.printnl+0
	rel 70+4 t=R_CALL runtime.printunlock+0
	rel 97+4 t=R_CALL main.sumDown+0
	rel 107+4 t=R_CALL runtime.printlock+0
	rel 117+4 t=R_CALL runtime.printint+0
	rel 122+4 t=R_CALL runtime.printnl+0
	rel 129+4 t=R_CALL runtime.printunlock+0
	rel 144+4 t=R_CALL main.sumDown+0
	rel 154+4 t=R_CALL runtime.printlock+0
	rel 164+4 t=R_CALL runtime.printint+0
	rel 169+4 t=R_CALL runtime.printnl+0
	rel 174+4 t=R_CALL runtime.printunlock+0
	rel 185+4 t=R_CALL runtime.morestack_noctxt+0
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
type:.namedata.*main.frame- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 6d 61 69 6e 2e 66 72 61 6d 65           ..*main.frame
type:*main.frame SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 71 42 29 a4 28 08 08 16 00 00 00 00 00 00 00 00  qB).(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.frame-+0
	rel 48+8 t=R_ADDR type:main.frame+0
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
type:.namedata.h- SRODATA dupok size=3 align=0x1
	0x0000 00 01 68                                         ..h
type:main.frame SRODATA size=216 align=0x8
	0x0000 28 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  (...............
	0x0010 25 fd 62 8d 0f 08 08 19 00 00 00 00 00 00 00 00  %.b.............
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
	rel 40+4 t=R_ADDROFF type:.namedata.*main.frame-+0
	rel 44+4 t=R_ADDROFF type:*main.frame+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.frame+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.a-+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.b-+0
	rel 128+8 t=R_ADDR type:int+0
	rel 144+8 t=R_ADDR type:.namedata.c-+0
	rel 152+8 t=R_ADDR type:int+0
	rel 168+8 t=R_ADDR type:.namedata.d-+0
	rel 176+8 t=R_ADDR type:int+0
	rel 192+8 t=R_ADDR type:.namedata.h-+0
	rel 200+8 t=R_ADDR type:int+0
main.sink SBSS size=8 align=0x0
 SDWARFVAR size=26 align=0x0
	0x0000 0a 6d 61 69 6e 2e 73 69 6e 6b 00 09 03 00 00 00  .main.sink......
	0x0010 00 00 00 00 00 00 00 00 00 01                    ..........
	rel 13+8 t=R_ADDR main.sink+0
	rel 21+4 t=R_DWARFSECREF go:info.*int+0
main..stmp_0 SRODATA static size=40 align=0x8
main..stmp_1 SRODATA static size=40 align=0x8
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.depth.arginfo1 SRODATA static dupok size=15 align=0x1
	0x0000 00 08 fe 08 08 10 08 18 08 20 08 28 08 fd ff     ......... .(...
main.depth.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 3e                                            .>
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.sumDown.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.sumDown.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 02                                         ...
