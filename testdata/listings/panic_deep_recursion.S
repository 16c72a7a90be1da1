funcpctab main.deepPanic [valfunc=pctoinline]
     0     -1 00000 (panic_deep_recursion.go:6)	TEXT	main.deepPanic(SB), ABIInternal, $160-8
     0        00000 (panic_deep_recursion.go:6)	TEXT	main.deepPanic(SB), ABIInternal, $160-8
     0     -1 00000 (panic_deep_recursion.go:6)	LEAQ	-32(SP), R12
     5        00005 (panic_deep_recursion.go:6)	CMPQ	R12, 16(R14)
     9        00009 (panic_deep_recursion.go:6)	PCDATA	$0, $-2
     9        00009 (panic_deep_recursion.go:6)	JLS	180
     f        00015 (panic_deep_recursion.go:6)	PCDATA	$0, $-1
     f        00015 (panic_deep_recursion.go:6)	PUSHQ	BP
    10        00016 (panic_deep_recursion.go:6)	MOVQ	SP, BP
    13        00019 (panic_deep_recursion.go:6)	SUBQ	$152, SP
    1a        00026 (panic_deep_recursion.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1a        00026 (panic_deep_recursion.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1a        00026 (panic_deep_recursion.go:6)	FUNCDATA	$5, main.deepPanic.arginfo1(SB)
    1a        00026 (panic_deep_recursion.go:6)	FUNCDATA	$6, main.deepPanic.argliveinfo(SB)
    1a        00026 (panic_deep_recursion.go:6)	PCDATA	$3, $1
    1a        00026 (panic_deep_recursion.go:7)	LEAQ	main.pad+16(SP), CX
    1f        00031 (panic_deep_recursion.go:7)	MOVUPS	X15, (CX)
    23        00035 (panic_deep_recursion.go:7)	MOVUPS	X15, 16(CX)
    28        00040 (panic_deep_recursion.go:7)	MOVUPS	X15, 32(CX)
    2d        00045 (panic_deep_recursion.go:7)	MOVUPS	X15, 48(CX)
    32        00050 (panic_deep_recursion.go:7)	MOVUPS	X15, 64(CX)
    37        00055 (panic_deep_recursion.go:7)	MOVUPS	X15, 80(CX)
    3c        00060 (panic_deep_recursion.go:7)	MOVUPS	X15, 96(CX)
    41        00065 (panic_deep_recursion.go:7)	MOVUPS	X15, 112(CX)
    46        00070 (panic_deep_recursion.go:8)	MOVQ	AX, CX
    49        00073 (panic_deep_recursion.go:8)	SARQ	$63, CX
    4d        00077 (panic_deep_recursion.go:8)	SHRQ	$60, CX
    51        00081 (panic_deep_recursion.go:8)	ADDQ	AX, CX
    54        00084 (panic_deep_recursion.go:8)	ANDQ	$-16, CX
    58        00088 (panic_deep_recursion.go:8)	MOVQ	AX, DX
    5b        00091 (panic_deep_recursion.go:8)	SUBQ	CX, DX
    5e        00094 (panic_deep_recursion.go:8)	NOP
    60        00096 (panic_deep_recursion.go:8)	CMPQ	DX, $16
    64        00100 (panic_deep_recursion.go:8)	JCC	174
    66        00102 (panic_deep_recursion.go:8)	MOVQ	AX, main.pad+16(SP)(DX*8)
    6b        00107 (panic_deep_recursion.go:9)	TESTQ	AX, AX
    6e        00110 (panic_deep_recursion.go:9)	JEQ	155
    70        00112 (panic_deep_recursion.go:8)	MOVQ	DX, main..autotmp_5+144(SP)
    78        00120 (panic_deep_recursion.go:12)	DECQ	AX
    7b        00123 (panic_deep_recursion.go:12)	PCDATA	$1, $0
    7b        00123 (panic_deep_recursion.go:12)	NOP
    80        00128 (panic_deep_recursion.go:12)	CALL	main.deepPanic(SB)
    85        00133 (panic_deep_recursion.go:12)	MOVQ	main..autotmp_5+144(SP), CX
    8d        00141 (panic_deep_recursion.go:12)	ADDQ	main.pad+16(SP)(CX*8), AX
    92        00146 (panic_deep_recursion.go:12)	ADDQ	$152, SP
    99        00153 (panic_deep_recursion.go:12)	POPQ	BP
    9a        00154 (panic_deep_recursion.go:12)	RET
    9b        00155 (panic_deep_recursion.go:10)	LEAQ	type:string(SB), AX
    a2        00162 (panic_deep_recursion.go:10)	LEAQ	main..stmp_0(SB), BX
    a9        00169 (panic_deep_recursion.go:10)	CALL	runtime.gopanic(SB)
    ae        00174 (panic_deep_recursion.go:8)	PCDATA	$4, $18621
    ae        00174 (panic_deep_recursion.go:8)	CALL	runtime.panicBounds(SB)
    b3        00179 (panic_deep_recursion.go:8)	XCHGL	AX, AX
    b4        00180 (panic_deep_recursion.go:8)	NOP
    b4        00180 (panic_deep_recursion.go:6)	PCDATA	$1, $-1
    b4        00180 (panic_deep_recursion.go:6)	PCDATA	$0, $-2
    b4        00180 (panic_deep_recursion.go:6)	MOVQ	AX, 8(SP)
    b9        00185 (panic_deep_recursion.go:6)	CALL	runtime.morestack_noctxt(SB)
    be        00190 (panic_deep_recursion.go:6)	PCDATA	$0, $-1
    be        00190 (panic_deep_recursion.go:6)	MOVQ	8(SP), AX
    c3        00195 (panic_deep_recursion.go:6)	JMP	0
    c8 done
wrote 4 bytes to 0x0
 00 c8 01 00
funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (panic_deep_recursion.go:22)	TEXT	main.main(SB), ABIInternal, $40-0
     0        00000 (panic_deep_recursion.go:22)	TEXT	main.main(SB), ABIInternal, $40-0
     0     -1 00000 (panic_deep_recursion.go:22)	CMPQ	SP, 16(R14)
     4        00004 (panic_deep_recursion.go:22)	PCDATA	$0, $-2
     4        00004 (panic_deep_recursion.go:22)	JLS	78
     6        00006 (panic_deep_recursion.go:22)	PCDATA	$0, $-1
     6        00006 (panic_deep_recursion.go:22)	PUSHQ	BP
     7        00007 (panic_deep_recursion.go:22)	MOVQ	SP, BP
     a        00010 (panic_deep_recursion.go:22)	SUBQ	$32, SP
     e        00014 (panic_deep_recursion.go:22)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (panic_deep_recursion.go:22)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (panic_deep_recursion.go:23)	PCDATA	$1, $0
     e        00014 (panic_deep_recursion.go:23)	CALL	main.catch(SB)
    13        00019 (panic_deep_recursion.go:23)	MOVQ	AX, main..autotmp_1+24(SP)
    18        00024 (panic_deep_recursion.go:23)	MOVQ	BX, main..autotmp_2+16(SP)
    1d        00029 (panic_deep_recursion.go:23)	PCDATA	$1, $1
    1d        00029 (panic_deep_recursion.go:23)	NOP
    20        00032 (panic_deep_recursion.go:23)	CALL	runtime.printlock(SB)
    25        00037 (panic_deep_recursion.go:23)	MOVQ	main..autotmp_1+24(SP), AX
    2a        00042 (panic_deep_recursion.go:23)	MOVQ	main..autotmp_2+16(SP), BX
    2f        00047 (panic_deep_recursion.go:23)	PCDATA	$1, $0
    2f        00047 (panic_deep_recursion.go:23)	CALL	runtime.printstring(SB)
    34        00052 (panic_deep_recursion.go:23)	CALL	runtime.printnl(SB)
    39        00057 (panic_deep_recursion.go:23)	CALL	runtime.printunlock(SB)
    3e        00062 (panic_deep_recursion.go:24)	MOVL	$100000, AX
    43        00067 (panic_deep_recursion.go:24)	CALL	main.deepPanic(SB)
    48        00072 (panic_deep_recursion.go:25)	ADDQ	$32, SP
    4c        00076 (panic_deep_recursion.go:25)	POPQ	BP
    4d        00077 (panic_deep_recursion.go:25)	RET
    4e        00078 (panic_deep_recursion.go:25)	NOP
    4e        00078 (panic_deep_recursion.go:22)	PCDATA	$1, $-1
    4e        00078 (panic_deep_recursion.go:22)	PCDATA	$0, $-2
    4e        00078 (panic_deep_recursion.go:22)	CALL	runtime.morestack_noctxt(SB)
    53        00083 (panic_deep_recursion.go:22)	PCDATA	$0, $-1
    53        00083 (panic_deep_recursion.go:22)	JMP	0
    55 done
wrote 3 bytes to 0x0
 00 55 00
funcpctab main.catch [valfunc=pctoinline]
     0     -1 00000 (panic_deep_recursion.go:16)	TEXT	main.catch(SB), ABIInternal, $64-0
     0        00000 (panic_deep_recursion.go:16)	TEXT	main.catch(SB), ABIInternal, $64-0
     0     -1 00000 (panic_deep_recursion.go:16)	CMPQ	SP, 16(R14)
     4        00004 (panic_deep_recursion.go:16)	PCDATA	$0, $-2
     4        00004 (panic_deep_recursion.go:16)	JLS	156
     a        00010 (panic_deep_recursion.go:16)	PCDATA	$0, $-1
     a        00010 (panic_deep_recursion.go:16)	PUSHQ	BP
     b        00011 (panic_deep_recursion.go:16)	MOVQ	SP, BP
     e        00014 (panic_deep_recursion.go:16)	SUBQ	$56, SP
    12        00018 (panic_deep_recursion.go:16)	MOVQ	X15, 48(SP)
    19        00025 (panic_deep_recursion.go:16)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    19        00025 (panic_deep_recursion.go:16)	FUNCDATA	$1, gclocals·TggWaExUwDZc5d5PnqhOxw==(SB)
    19        00025 (panic_deep_recursion.go:16)	FUNCDATA	$2, main.catch.stkobj(SB)
    19        00025 (panic_deep_recursion.go:16)	FUNCDATA	$4, main.catch.opendefer(SB)
    19        00025 (panic_deep_recursion.go:16)	MOVB	$0, main..autotmp_3+15(SP)
    1e        00030 (panic_deep_recursion.go:16)	MOVUPS	X15, main.r+16(SP)
    24        00036 (panic_deep_recursion.go:17)	LEAQ	main.catch.func1(SB), CX
    2b        00043 (panic_deep_recursion.go:17)	MOVQ	CX, main..autotmp_2+32(SP)
    30        00048 (panic_deep_recursion.go:17)	LEAQ	main.r+16(SP), CX
    35        00053 (panic_deep_recursion.go:17)	MOVQ	CX, main..autotmp_2+40(SP)
    3a        00058 (panic_deep_recursion.go:17)	LEAQ	main..autotmp_2+32(SP), CX
    3f        00063 (panic_deep_recursion.go:17)	MOVQ	CX, main..autotmp_4+48(SP)
    44        00068 (panic_deep_recursion.go:17)	MOVB	$1, main..autotmp_3+15(SP)
    49        00073 (panic_deep_recursion.go:18)	MOVL	$100000, AX
    4e        00078 (panic_deep_recursion.go:18)	PCDATA	$1, $1
    4e        00078 (panic_deep_recursion.go:18)	CALL	main.deepPanic(SB)
    53        00083 (panic_deep_recursion.go:19)	LEAQ	go:string."none"(SB), CX
    5a        00090 (panic_deep_recursion.go:19)	MOVQ	CX, main.r+16(SP)
    5f        00095 (panic_deep_recursion.go:19)	MOVQ	$4, main.r+24(SP)
    68        00104 (panic_deep_recursion.go:19)	MOVB	$0, main..autotmp_3+15(SP)
    6d        00109 (panic_deep_recursion.go:19)	MOVQ	main..autotmp_4+48(SP), DX
    72        00114 (panic_deep_recursion.go:19)	MOVQ	(DX), CX
    75        00117 (panic_deep_recursion.go:19)	CALL	CX
    77        00119 (panic_deep_recursion.go:19)	MOVQ	main.r+16(SP), AX
    7c        00124 (panic_deep_recursion.go:19)	MOVQ	main.r+24(SP), BX
    81        00129 (panic_deep_recursion.go:19)	ADDQ	$56, SP
    85        00133 (panic_deep_recursion.go:19)	POPQ	BP
    86        00134 (panic_deep_recursion.go:19)	RET
    87        00135 (panic_deep_recursion.go:19)	CALL	runtime.deferreturn(SB)
    8c        00140 (panic_deep_recursion.go:19)	MOVQ	main.r+16(SP), AX
    91        00145 (panic_deep_recursion.go:19)	MOVQ	main.r+24(SP), BX
    96        00150 (panic_deep_recursion.go:19)	ADDQ	$56, SP
    9a        00154 (panic_deep_recursion.go:19)	POPQ	BP
    9b        00155 (panic_deep_recursion.go:19)	RET
    9c        00156 (panic_deep_recursion.go:19)	NOP
    9c        00156 (panic_deep_recursion.go:16)	PCDATA	$1, $-1
    9c        00156 (panic_deep_recursion.go:16)	PCDATA	$0, $-2
    9c        00156 (panic_deep_recursion.go:16)	NOP
    a0        00160 (panic_deep_recursion.go:16)	CALL	runtime.morestack_noctxt(SB)
    a5        00165 (panic_deep_recursion.go:16)	PCDATA	$0, $-1
    a5        00165 (panic_deep_recursion.go:16)	JMP	0
    aa done
wrote 4 bytes to 0x0
 00 aa 01 00
funcpctab main.catch.func1 [valfunc=pctoinline]
     0     -1 00000 (panic_deep_recursion.go:17)	TEXT	main.catch.func1(SB), NEEDCTXT|ABIInternal, $40-0
     0        00000 (panic_deep_recursion.go:17)	TEXT	main.catch.func1(SB), NEEDCTXT|ABIInternal, $40-0
     0     -1 00000 (panic_deep_recursion.go:17)	CMPQ	SP, 16(R14)
     4        00004 (panic_deep_recursion.go:17)	PCDATA	$0, $-2
     4        00004 (panic_deep_recursion.go:17)	JLS	106
     6        00006 (panic_deep_recursion.go:17)	PCDATA	$0, $-1
     6        00006 (panic_deep_recursion.go:17)	PUSHQ	BP
     7        00007 (panic_deep_recursion.go:17)	MOVQ	SP, BP
     a        00010 (panic_deep_recursion.go:17)	SUBQ	$32, SP
     e        00014 (panic_deep_recursion.go:17)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (panic_deep_recursion.go:17)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (panic_deep_recursion.go:17)	MOVQ	8(DX), AX
    12        00018 (panic_deep_recursion.go:17)	MOVQ	AX, main.&r+24(SP)
    17        00023 (panic_deep_recursion.go:17)	PCDATA	$1, $1
    17        00023 (panic_deep_recursion.go:17)	CALL	runtime.gorecover(SB)
    1c        00028 (panic_deep_recursion.go:17)	LEAQ	type:string(SB), CX
    23        00035 (panic_deep_recursion.go:17)	CMPQ	AX, CX
    26        00038 (panic_deep_recursion.go:17)	JNE	90
    28        00040 (panic_deep_recursion.go:17)	MOVQ	8(BX), AX
    2c        00044 (panic_deep_recursion.go:17)	MOVQ	(BX), CX
    2f        00047 (panic_deep_recursion.go:17)	MOVQ	main.&r+24(SP), DX
    34        00052 (panic_deep_recursion.go:17)	MOVQ	AX, 8(DX)
    38        00056 (panic_deep_recursion.go:17)	CMPL	runtime.writeBarrier(SB), $0
    3f        00063 (panic_deep_recursion.go:17)	PCDATA	$0, $-2
    3f        00063 (panic_deep_recursion.go:17)	NOP
    40        00064 (panic_deep_recursion.go:17)	JEQ	81
    42        00066 (panic_deep_recursion.go:17)	MOVQ	(DX), AX
    45        00069 (panic_deep_recursion.go:17)	CALL	runtime.gcWriteBarrier2(SB)
    4a        00074 (panic_deep_recursion.go:17)	MOVQ	CX, (R11)
    4d        00077 (panic_deep_recursion.go:17)	MOVQ	AX, 8(R11)
    51        00081 (panic_deep_recursion.go:17)	MOVQ	CX, (DX)
    54        00084 (panic_deep_recursion.go:17)	PCDATA	$0, $-1
    54        00084 (panic_deep_recursion.go:17)	ADDQ	$32, SP
    58        00088 (panic_deep_recursion.go:17)	POPQ	BP
    59        00089 (panic_deep_recursion.go:17)	RET
    5a        00090 (panic_deep_recursion.go:17)	MOVQ	CX, BX
    5d        00093 (panic_deep_recursion.go:17)	LEAQ	type:interface {}(SB), CX
    64        00100 (panic_deep_recursion.go:17)	PCDATA	$1, $0
    64        00100 (panic_deep_recursion.go:17)	CALL	runtime.panicdottypeE(SB)
    69        00105 (panic_deep_recursion.go:17)	XCHGL	AX, AX
    6a        00106 (panic_deep_recursion.go:17)	NOP
    6a        00106 (panic_deep_recursion.go:17)	PCDATA	$1, $-1
    6a        00106 (panic_deep_recursion.go:17)	PCDATA	$0, $-2
    6a        00106 (panic_deep_recursion.go:17)	CALL	runtime.morestack(SB)
    6f        00111 (panic_deep_recursion.go:17)	PCDATA	$0, $-1
    6f        00111 (panic_deep_recursion.go:17)	JMP	0
    71 done
wrote 3 bytes to 0x0
 00 71 00
main.deepPanic STEXT size=200 align=0x0 args=0x8 locals=0xa0 funcid=0x0
	0x0000 00000 (panic_deep_recursion.go:6)	TEXT	main.deepPanic(SB), ABIInternal, $160-8
	0x0000 00000 (panic_deep_recursion.go:6)	LEAQ	-32(SP), R12
	0x0005 00005 (panic_deep_recursion.go:6)	CMPQ	R12, 16(R14)
	0x0009 00009 (panic_deep_recursion.go:6)	PCDATA	$0, $-2
	0x0009 00009 (panic_deep_recursion.go:6)	JLS	180
	0x000f 00015 (panic_deep_recursion.go:6)	PCDATA	$0, $-1
	0x000f 00015 (panic_deep_recursion.go:6)	PUSHQ	BP
	0x0010 00016 (panic_deep_recursion.go:6)	MOVQ	SP, BP
	0x0013 00019 (panic_deep_recursion.go:6)	SUBQ	$152, SP
	0x001a 00026 (panic_deep_recursion.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (panic_deep_recursion.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (panic_deep_recursion.go:6)	FUNCDATA	$5, main.deepPanic.arginfo1(SB)
	0x001a 00026 (panic_deep_recursion.go:6)	FUNCDATA	$6, main.deepPanic.argliveinfo(SB)
	0x001a 00026 (panic_deep_recursion.go:6)	PCDATA	$3, $1
	0x001a 00026 (panic_deep_recursion.go:7)	LEAQ	main.pad+16(SP), CX
	0x001f 00031 (panic_deep_recursion.go:7)	MOVUPS	X15, (CX)
	0x0023 00035 (panic_deep_recursion.go:7)	MOVUPS	X15, 16(CX)
	0x0028 00040 (panic_deep_recursion.go:7)	MOVUPS	X15, 32(CX)
	0x002d 00045 (panic_deep_recursion.go:7)	MOVUPS	X15, 48(CX)
	0x0032 00050 (panic_deep_recursion.go:7)	MOVUPS	X15, 64(CX)
	0x0037 00055 (panic_deep_recursion.go:7)	MOVUPS	X15, 80(CX)
	0x003c 00060 (panic_deep_recursion.go:7)	MOVUPS	X15, 96(CX)
	0x0041 00065 (panic_deep_recursion.go:7)	MOVUPS	X15, 112(CX)
	0x0046 00070 (panic_deep_recursion.go:8)	MOVQ	AX, CX
	0x0049 00073 (panic_deep_recursion.go:8)	SARQ	$63, CX
	0x004d 00077 (panic_deep_recursion.go:8)	SHRQ	$60, CX
	0x0051 00081 (panic_deep_recursion.go:8)	ADDQ	AX, CX
	0x0054 00084 (panic_deep_recursion.go:8)	ANDQ	$-16, CX
	0x0058 00088 (panic_deep_recursion.go:8)	MOVQ	AX, DX
	0x005b 00091 (panic_deep_recursion.go:8)	SUBQ	CX, DX
	0x005e 00094 (panic_deep_recursion.go:8)	NOP
	0x0060 00096 (panic_deep_recursion.go:8)	CMPQ	DX, $16
	0x0064 00100 (panic_deep_recursion.go:8)	JCC	174
	0x0066 00102 (panic_deep_recursion.go:8)	MOVQ	AX, main.pad+16(SP)(DX*8)
	0x006b 00107 (panic_deep_recursion.go:9)	TESTQ	AX, AX
	0x006e 00110 (panic_deep_recursion.go:9)	JEQ	155
	0x0070 00112 (panic_deep_recursion.go:8)	MOVQ	DX, main..autotmp_5+144(SP)
	0x0078 00120 (panic_deep_recursion.go:12)	DECQ	AX
	0x007b 00123 (panic_deep_recursion.go:12)	PCDATA	$1, $0
	0x007b 00123 (panic_deep_recursion.go:12)	NOP
	0x0080 00128 (panic_deep_recursion.go:12)	CALL	main.deepPanic(SB)
	0x0085 00133 (panic_deep_recursion.go:12)	MOVQ	main..autotmp_5+144(SP), CX
	0x008d 00141 (panic_deep_recursion.go:12)	ADDQ	main.pad+16(SP)(CX*8), AX
	0x0092 00146 (panic_deep_recursion.go:12)	ADDQ	$152, SP
	0x0099 00153 (panic_deep_recursion.go:12)	POPQ	BP
	0x009a 00154 (panic_deep_recursion.go:12)	RET
	0x009b 00155 (panic_deep_recursion.go:10)	LEAQ	type:string(SB), AX
	0x00a2 00162 (panic_deep_recursion.go:10)	LEAQ	main..stmp_0(SB), BX
	0x00a9 00169 (panic_deep_recursion.go:10)	CALL	runtime.gopanic(SB)
	0x00ae 00174 (panic_deep_recursion.go:8)	PCDATA	$4, $18621
	0x00ae 00174 (panic_deep_recursion.go:8)	CALL	runtime.panicBounds(SB)
	0x00b3 00179 (panic_deep_recursion.go:8)	XCHGL	AX, AX
	0x00b4 00180 (panic_deep_recursion.go:8)	NOP
	0x00b4 00180 (panic_deep_recursion.go:6)	PCDATA	$1, $-1
	0x00b4 00180 (panic_deep_recursion.go:6)	PCDATA	$0, $-2
	0x00b4 00180 (panic_deep_recursion.go:6)	MOVQ	AX, 8(SP)
	0x00b9 00185 (panic_deep_recursion.go:6)	CALL	runtime.morestack_noctxt(SB)
	0x00be 00190 (panic_deep_recursion.go:6)	PCDATA	$0, $-1
	0x00be 00190 (panic_deep_recursion.go:6)	MOVQ	8(SP), AX
	0x00c3 00195 (panic_deep_recursion.go:6)	JMP	0
	0x0000 4c 8d 64 24 e0 4d 3b 66 10 0f 86 a5 00 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec 98 00 00 00 48 8d 4c 24 10 44  H..H......H.L$.D
	0x0020 0f 11 39 44 0f 11 79 10 44 0f 11 79 20 44 0f 11  ..9D..y.D..y D..
	0x0030 79 30 44 0f 11 79 40 44 0f 11 79 50 44 0f 11 79  y0D..y@D..yPD..y
	0x0040 60 44 0f 11 79 70 48 89 c1 48 c1 f9 3f 48 c1 e9  `D..ypH..H..?H..
	0x0050 3c 48 01 c1 48 83 e1 f0 48 89 c2 48 29 ca 66 90  <H..H...H..H).f.
	0x0060 48 83 fa 10 73 48 48 89 44 d4 10 48 85 c0 74 2b  H...sHH.D..H..t+
	0x0070 48 89 94 24 90 00 00 00 48 ff c8 0f 1f 44 00 00  H..$....H....D..
	0x0080 e8 00 00 00 00 48 8b 8c 24 90 00 00 00 48 03 44  .....H..$....H.D
	0x0090 cc 10 48 81 c4 98 00 00 00 5d c3 48 8d 05 00 00  ..H......].H....
	0x00a0 00 00 48 8d 1d 00 00 00 00 e8 00 00 00 00 e8 00  ..H.............
	0x00b0 00 00 00 90 48 89 44 24 08 e8 00 00 00 00 48 8b  ....H.D$......H.
	0x00c0 44 24 08 e9 38 ff ff ff                          D$..8...
	rel 3+0 t=R_USEIFACE type:string+0
	rel 129+4 t=R_CALL main.deepPanic+0
	rel 158+4 t=R_PCREL type:string+0
	rel 165+4 t=R_PCREL main..stmp_0+0
	rel 170+4 t=R_CALL runtime.gopanic+0
	rel 175+4 t=R_CALL runtime.panicBounds+0
	rel 186+4 t=R_CALL runtime.morestack_noctxt+0
main.catch STEXT size=170 align=0x0 args=0x0 locals=0x40 funcid=0x0
	0x0000 00000 (panic_deep_recursion.go:16)	TEXT	main.catch(SB), ABIInternal, $64-0
	0x0000 00000 (panic_deep_recursion.go:16)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_deep_recursion.go:16)	PCDATA	$0, $-2
	0x0004 00004 (panic_deep_recursion.go:16)	JLS	156
	0x000a 00010 (panic_deep_recursion.go:16)	PCDATA	$0, $-1
	0x000a 00010 (panic_deep_recursion.go:16)	PUSHQ	BP
	0x000b 00011 (panic_deep_recursion.go:16)	MOVQ	SP, BP
	0x000e 00014 (panic_deep_recursion.go:16)	SUBQ	$56, SP
	0x0012 00018 (panic_deep_recursion.go:16)	MOVQ	X15, 48(SP)
	0x0019 00025 (panic_deep_recursion.go:16)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0019 00025 (panic_deep_recursion.go:16)	FUNCDATA	$1, gclocals·TggWaExUwDZc5d5PnqhOxw==(SB)
	0x0019 00025 (panic_deep_recursion.go:16)	FUNCDATA	$2, main.catch.stkobj(SB)
	0x0019 00025 (panic_deep_recursion.go:16)	FUNCDATA	$4, main.catch.opendefer(SB)
	0x0019 00025 (panic_deep_recursion.go:16)	MOVB	$0, main..autotmp_3+15(SP)
	0x001e 00030 (panic_deep_recursion.go:16)	MOVUPS	X15, main.r+16(SP)
	0x0024 00036 (panic_deep_recursion.go:17)	LEAQ	main.catch.func1(SB), CX
	0x002b 00043 (panic_deep_recursion.go:17)	MOVQ	CX, main..autotmp_2+32(SP)
	0x0030 00048 (panic_deep_recursion.go:17)	LEAQ	main.r+16(SP), CX
	0x0035 00053 (panic_deep_recursion.go:17)	MOVQ	CX, main..autotmp_2+40(SP)
	0x003a 00058 (panic_deep_recursion.go:17)	LEAQ	main..autotmp_2+32(SP), CX
	0x003f 00063 (panic_deep_recursion.go:17)	MOVQ	CX, main..autotmp_4+48(SP)
	0x0044 00068 (panic_deep_recursion.go:17)	MOVB	$1, main..autotmp_3+15(SP)
	0x0049 00073 (panic_deep_recursion.go:18)	MOVL	$100000, AX
	0x004e 00078 (panic_deep_recursion.go:18)	PCDATA	$1, $1
	0x004e 00078 (panic_deep_recursion.go:18)	CALL	main.deepPanic(SB)
	0x0053 00083 (panic_deep_recursion.go:19)	LEAQ	go:string."none"(SB), CX
	0x005a 00090 (panic_deep_recursion.go:19)	MOVQ	CX, main.r+16(SP)
	0x005f 00095 (panic_deep_recursion.go:19)	MOVQ	$4, main.r+24(SP)
	0x0068 00104 (panic_deep_recursion.go:19)	MOVB	$0, main..autotmp_3+15(SP)
	0x006d 00109 (panic_deep_recursion.go:19)	MOVQ	main..autotmp_4+48(SP), DX
	0x0072 00114 (panic_deep_recursion.go:19)	MOVQ	(DX), CX
	0x0075 00117 (panic_deep_recursion.go:19)	CALL	CX
	0x0077 00119 (panic_deep_recursion.go:19)	MOVQ	main.r+16(SP), AX
	0x007c 00124 (panic_deep_recursion.go:19)	MOVQ	main.r+24(SP), BX
	0x0081 00129 (panic_deep_recursion.go:19)	ADDQ	$56, SP
	0x0085 00133 (panic_deep_recursion.go:19)	POPQ	BP
	0x0086 00134 (panic_deep_recursion.go:19)	RET
	0x0087 00135 (panic_deep_recursion.go:19)	CALL	runtime.deferreturn(SB)
	0x008c 00140 (panic_deep_recursion.go:19)	MOVQ	main.r+16(SP), AX
	0x0091 00145 (panic_deep_recursion.go:19)	MOVQ	main.r+24(SP), BX
	0x0096 00150 (panic_deep_recursion.go:19)	ADDQ	$56, SP
	0x009a 00154 (panic_deep_recursion.go:19)	POPQ	BP
	0x009b 00155 (panic_deep_recursion.go:19)	RET
	0x009c 00156 (panic_deep_recursion.go:19)	NOP
	0x009c 00156 (panic_deep_recursion.go:16)	PCDATA	$1, $-1
	0x009c 00156 (panic_deep_recursion.go:16)	PCDATA	$0, $-2
	0x009c 00156 (panic_deep_recursion.go:16)	NOP
	0x00a0 00160 (panic_deep_recursion.go:16)	CALL	runtime.morestack_noctxt(SB)
	0x00a5 00165 (panic_deep_recursion.go:16)	PCDATA	$0, $-1
	0x00a5 00165 (panic_deep_recursion.go:16)	JMP	0
	0x0000 49 3b 66 10 0f 86 92 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 66 44 0f d6 7c 24 30 c6 44 24 0f 00 44 0f  .8fD..|$0.D$..D.
	0x0020 11 7c 24 10 48 8d 0d 00 00 00 00 48 89 4c 24 20  .|$.H......H.L$ 
	0x0030 48 8d 4c 24 10 48 89 4c 24 28 48 8d 4c 24 20 48  H.L$.H.L$(H.L$ H
	0x0040 89 4c 24 30 c6 44 24 0f 01 b8 a0 86 01 00 e8 00  .L$0.D$.........
	0x0050 00 00 00 48 8d 0d 00 00 00 00 48 89 4c 24 10 48  ...H......H.L$.H
	0x0060 c7 44 24 18 04 00 00 00 c6 44 24 0f 00 48 8b 54  .D$......D$..H.T
	0x0070 24 30 48 8b 0a ff d1 48 8b 44 24 10 48 8b 5c 24  $0H....H.D$.H.\$
	0x0080 18 48 83 c4 38 5d c3 e8 00 00 00 00 48 8b 44 24  .H..8]......H.D$
	0x0090 10 48 8b 5c 24 18 48 83 c4 38 5d c3 0f 1f 40 00  .H.\$.H..8]...@.
	0x00a0 e8 00 00 00 00 e9 56 ff ff ff                    ......V...
	rel 39+4 t=R_PCREL main.catch.func1+0
	rel 79+4 t=R_CALL main.deepPanic+0
	rel 86+4 t=R_PCREL go:string."none"+0
	rel 117+0 t=R_CALLIND +0
	rel 136+4 t=R_CALL runtime.deferreturn+0
	rel 161+4 t=R_CALL runtime.morestack_noctxt+0
main.catch.func1 STEXT size=113 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (panic_deep_recursion.go:17)	TEXT	main.catch.func1(SB), NEEDCTXT|ABIInternal, $40-0
	0x0000 00000 (panic_deep_recursion.go:17)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_deep_recursion.go:17)	PCDATA	$0, $-2
	0x0004 00004 (panic_deep_recursion.go:17)	JLS	106
	0x0006 00006 (panic_deep_recursion.go:17)	PCDATA	$0, $-1
	0x0006 00006 (panic_deep_recursion.go:17)	PUSHQ	BP
	0x0007 00007 (panic_deep_recursion.go:17)	MOVQ	SP, BP
	0x000a 00010 (panic_deep_recursion.go:17)	SUBQ	$32, SP
	0x000e 00014 (panic_deep_recursion.go:17)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (panic_deep_recursion.go:17)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (panic_deep_recursion.go:17)	MOVQ	8(DX), AX
	0x0012 00018 (panic_deep_recursion.go:17)	MOVQ	AX, main.&r+24(SP)
	0x0017 00023 (panic_deep_recursion.go:17)	PCDATA	$1, $1
	0x0017 00023 (panic_deep_recursion.go:17)	CALL	runtime.gorecover(SB)
	0x001c 00028 (panic_deep_recursion.go:17)	LEAQ	type:string(SB), CX
	0x0023 00035 (panic_deep_recursion.go:17)	CMPQ	AX, CX
	0x0026 00038 (panic_deep_recursion.go:17)	JNE	90
	0x0028 00040 (panic_deep_recursion.go:17)	MOVQ	8(BX), AX
	0x002c 00044 (panic_deep_recursion.go:17)	MOVQ	(BX), CX
	0x002f 00047 (panic_deep_recursion.go:17)	MOVQ	main.&r+24(SP), DX
	0x0034 00052 (panic_deep_recursion.go:17)	MOVQ	AX, 8(DX)
	0x0038 00056 (panic_deep_recursion.go:17)	CMPL	runtime.writeBarrier(SB), $0
	0x003f 00063 (panic_deep_recursion.go:17)	PCDATA	$0, $-2
	0x003f 00063 (panic_deep_recursion.go:17)	NOP
	0x0040 00064 (panic_deep_recursion.go:17)	JEQ	81
	0x0042 00066 (panic_deep_recursion.go:17)	MOVQ	(DX), AX
	0x0045 00069 (panic_deep_recursion.go:17)	CALL	runtime.gcWriteBarrier2(SB)
	0x004a 00074 (panic_deep_recursion.go:17)	MOVQ	CX, (R11)
	0x004d 00077 (panic_deep_recursion.go:17)	MOVQ	AX, 8(R11)
	0x0051 00081 (panic_deep_recursion.go:17)	MOVQ	CX, (DX)
	0x0054 00084 (panic_deep_recursion.go:17)	PCDATA	$0, $-1
	0x0054 00084 (panic_deep_recursion.go:17)	ADDQ	$32, SP
	0x0058 00088 (panic_deep_recursion.go:17)	POPQ	BP
	0x0059 00089 (panic_deep_recursion.go:17)	RET
	0x005a 00090 (panic_deep_recursion.go:17)	MOVQ	CX, BX
	0x005d 00093 (panic_deep_recursion.go:17)	LEAQ	type:interface {}(SB), CX
	0x0064 00100 (panic_deep_recursion.go:17)	PCDATA	$1, $0
	0x0064 00100 (panic_deep_recursion.go:17)	CALL	runtime.panicdottypeE(SB)
	0x0069 00105 (panic_deep_recursion.go:17)	XCHGL	AX, AX
	0x006a 00106 (panic_deep_recursion.go:17)	NOP
	0x006a 00106 (panic_deep_recursion.go:17)	PCDATA	$1, $-1
	0x006a 00106 (panic_deep_recursion.go:17)	PCDATA	$0, $-2
	0x006a 00106 (panic_deep_recursion.go:17)	CALL	runtime.morestack(SB)
	0x006f 00111 (panic_deep_recursion.go:17)	PCDATA	$0, $-1
	0x006f 00111 (panic_deep_recursion.go:17)	JMP	0
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
main.main STEXT size=85 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (panic_deep_recursion.go:22)	TEXT	main.main(SB), ABIInternal, $40-0
	0x0000 00000 (panic_deep_recursion.go:22)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_deep_recursion.go:22)	PCDATA	$0, $-2
	0x0004 00004 (panic_deep_recursion.go:22)	JLS	78
	0x0006 00006 (panic_deep_recursion.go:22)	PCDATA	$0, $-1
	0x0006 00006 (panic_deep_recursion.go:22)	PUSHQ	BP
	0x0007 00007 (panic_deep_recursion.go:22)	MOVQ	SP, BP
	0x000a 00010 (panic_deep_recursion.go:22)	SUBQ	$32, SP
	0x000e 00014 (panic_deep_recursion.go:22)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (panic_deep_recursion.go:22)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (panic_deep_recursion.go:23)	PCDATA	$1, $0
	0x000e 00014 (panic_deep_recursion.go:23)	CALL	main.catch(SB)
	0x0013 00019 (panic_deep_recursion.go:23)	MOVQ	AX, main..autotmp_1+24(SP)
	0x0018 00024 (panic_deep_recursion.go:23)	MOVQ	BX, main..autotmp_2+16(SP)
	0x001d 00029 (panic_deep_recursion.go:23)	PCDATA	$1, $1
	0x001d 00029 (panic_deep_recursion.go:23)	NOP
	0x0020 00032 (panic_deep_recursion.go:23)	CALL	runtime.printlock(SB)
	0x0025 00037 (panic_deep_recursion.go:23)	MOVQ	main..autotmp_1+24(SP), AX
	0x002a 00042 (panic_deep_recursion.go:23)	MOVQ	main..autotmp_2+16(SP), BX
	0x002f 00047 (panic_deep_recursion.go:23)	PCDATA	$1, $0
	0x002f 00047 (panic_deep_recursion.go:23)	CALL	runtime.printstring(SB)
	0x0034 00052 (panic_deep_recursion.go:23)	CALL	runtime.printnl(SB)
	0x0039 00057 (panic_deep_recursion.go:23)	CALL	runtime.printunlock(SB)
	0x003e 00062 (panic_deep_recursion.go:24)	MOVL	$100000, AX
	0x0043 00067 (panic_deep_recursion.go:24)	CALL	main.deepPanic(SB)
	0x0048 00072 (panic_deep_recursion.go:25)	ADDQ	$32, SP
	0x004c 00076 (panic_deep_recursion.go:25)	POPQ	BP
	0x004d 00077 (panic_deep_recursion.go:25)	RET
	0x004e 00078 (panic_deep_recursion.go:25)	NOP
	0x004e 00078 (panic_deep_recursion.go:22)	PCDATA	$1, $-1
	0x004e 00078 (panic_deep_recursion.go:22)	PCDATA	$0, $-2
	0x004e 00078 (panic_deep_recursion.go:22)	CALL	runtime.morestack_noctxt(SB)
	0x0053 00083 (panic_deep_recursion.go:22)	PCDATA	$0, $-1
	0x0053 00083 (panic_deep_recursion.go:22)	JMP	0
	0x0000 49 3b 66 10 76 48 55 48 89 e5 48 83 ec 20 e8 00  I;f.vHUH..H.. ..
	0x0010 00 00 00 48 89 44 24 18 48 89 5c 24 10 0f 1f 00  ...H.D$.H.\$....
	0x0020 e8 00 00 00 00 48 8b 44 24 18 48 8b 5c 24 10 e8  .....H.D$.H.\$..
	0x0030 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 a0  ................
	0x0040 86 01 00 e8 00 00 00 00 48 83 c4 20 5d c3 e8 00  ........H.. ]...
	0x0050 00 00 00 eb ab                                   .....
	rel 15+4 t=R_CALL main.catch+0
	rel 33+4 t=R_CALL runtime.printlock+0
	rel 48+4 t=R_CALL runtime.printstring+0
	rel 53+4 t=R_CALL runtime.printnl+0
	rel 58+4 t=R_CALL runtime.printunlock+0
	rel 68+4 t=R_CALL main.deepPanic+0
	rel 79+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."deep" SRODATA dupok size=4 align=0x1
	0x0000 64 65 65 70                                      deep
main..stmp_0 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."deep"+0
go:string."none" SRODATA dupok size=4 align=0x1
	0x0000 6e 6f 6e 65                                      none
type:.eqfunc.M128 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 80 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*[16]int- SRODATA dupok size=10 align=0x1
	0x0000 00 08 2a 5b 31 36 5d 69 6e 74                    ..*[16]int
type:*[16]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 35 0a 89 69 28 08 08 16 00 00 00 00 00 00 00 00  5..i(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[16]int-+0
	rel 48+8 t=R_ADDR type:[16]int+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:[16]int SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 b4 ab fb 09 0a 08 08 11 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M128+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[16]int-+0
	rel 44+4 t=RelocType(-32763) type:*[16]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.deepPanic.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.deepPanic.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·TggWaExUwDZc5d5PnqhOxw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 05 00 00 00 00 11                    ..........
main.catch.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 d8 ff ff ff 10 00 00 00  ................
	0x0010 08 00 00 00 00 00 00 00 e8 ff ff ff 10 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.catch.opendefer SRODATA dupok size=2 align=0x1
	0x0000 29 08                                            ).
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
