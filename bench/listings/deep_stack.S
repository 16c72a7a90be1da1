main.deep STEXT size=269 align=0x0 args=0x10 locals=0x118 funcid=0x0
	0x0000 00000 (deep_stack.go:6)	TEXT	main.deep(SB), ABIInternal, $280-16
	0x0000 00000 (deep_stack.go:6)	LEAQ	-152(SP), R12
	0x0008 00008 (deep_stack.go:6)	CMPQ	R12, 16(R14)
	0x000c 00012 (deep_stack.go:6)	PCDATA	$0, $-2
	0x000c 00012 (deep_stack.go:6)	JLS	239
	0x0012 00018 (deep_stack.go:6)	PCDATA	$0, $-1
	0x0012 00018 (deep_stack.go:6)	PUSHQ	BP
	0x0013 00019 (deep_stack.go:6)	MOVQ	SP, BP
	0x0016 00022 (deep_stack.go:6)	SUBQ	$272, SP
	0x001d 00029 (deep_stack.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (deep_stack.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (deep_stack.go:6)	FUNCDATA	$5, main.deep.arginfo1(SB)
	0x001d 00029 (deep_stack.go:6)	FUNCDATA	$6, main.deep.argliveinfo(SB)
	0x001d 00029 (deep_stack.go:6)	PCDATA	$3, $1
	0x001d 00029 (deep_stack.go:7)	LEAQ	main.buf+16(SP), CX
	0x0022 00034 (deep_stack.go:7)	MOVL	$4, DX
	0x0027 00039 (deep_stack.go:7)	MOVUPS	X15, (CX)
	0x002b 00043 (deep_stack.go:7)	MOVUPS	X15, 16(CX)
	0x0030 00048 (deep_stack.go:7)	MOVUPS	X15, 32(CX)
	0x0035 00053 (deep_stack.go:7)	MOVUPS	X15, 48(CX)
	0x003a 00058 (deep_stack.go:7)	ADDQ	$64, CX
	0x003e 00062 (deep_stack.go:7)	NOP
	0x0040 00064 (deep_stack.go:7)	DECL	DX
	0x0042 00066 (deep_stack.go:7)	JNE	39
	0x0044 00068 (deep_stack.go:8)	XORL	CX, CX
	0x0046 00070 (deep_stack.go:8)	JMP	96
	0x0048 00072 (deep_stack.go:9)	MOVQ	CX, DX
	0x004b 00075 (deep_stack.go:9)	IMULQ	AX, DX
	0x004f 00079 (deep_stack.go:9)	ADDQ	BX, DX
	0x0052 00082 (deep_stack.go:9)	MOVQ	DX, main.buf+16(SP)(CX*8)
	0x0057 00087 (deep_stack.go:8)	INCQ	CX
	0x005a 00090 (deep_stack.go:8)	NOP
	0x0060 00096 (deep_stack.go:8)	CMPQ	CX, $32
	0x0064 00100 (deep_stack.go:8)	JLT	72
	0x0066 00102 (deep_stack.go:11)	TESTQ	AX, AX
	0x0069 00105 (deep_stack.go:11)	JNE	124
	0x006b 00107 (deep_stack.go:12)	ANDL	$31, BX
	0x006e 00110 (deep_stack.go:12)	MOVQ	main.buf+16(SP)(BX*8), AX
	0x0073 00115 (deep_stack.go:12)	ADDQ	$272, SP
	0x007a 00122 (deep_stack.go:12)	POPQ	BP
	0x007b 00123 (deep_stack.go:12)	RET
	0x007c 00124 (deep_stack.go:8)	MOVQ	AX, main.n+288(SP)
	0x0084 00132 (deep_stack.go:8)	PCDATA	$3, $2
	0x0084 00132 (deep_stack.go:14)	DECQ	AX
	0x0087 00135 (deep_stack.go:14)	IMUL3Q	$1103515245, BX, BX
	0x008e 00142 (deep_stack.go:14)	ADDQ	$12345, BX
	0x0095 00149 (deep_stack.go:14)	ANDL	$2147483647, BX
	0x009b 00155 (deep_stack.go:14)	PCDATA	$1, $0
	0x009b 00155 (deep_stack.go:14)	NOP
	0x00a0 00160 (deep_stack.go:14)	CALL	main.deep(SB)
	0x00a5 00165 (deep_stack.go:15)	MOVQ	main.n+288(SP), CX
	0x00ad 00173 (deep_stack.go:15)	ANDL	$31, CX
	0x00b0 00176 (deep_stack.go:15)	ADDQ	main.buf+16(SP)(CX*8), AX
	0x00b5 00181 (deep_stack.go:15)	MOVQ	AX, CX
	0x00b8 00184 (deep_stack.go:15)	SARQ	$63, AX
	0x00bc 00188 (deep_stack.go:15)	MOVQ	AX, DX
	0x00bf 00191 (deep_stack.go:15)	MOVQ	$-8543223828751151131, AX
	0x00c9 00201 (deep_stack.go:15)	MOVQ	DX, BX
	0x00cc 00204 (deep_stack.go:15)	IMULQ	CX
	0x00cf 00207 (deep_stack.go:15)	ADDQ	CX, DX
	0x00d2 00210 (deep_stack.go:15)	SARQ	$29, DX
	0x00d6 00214 (deep_stack.go:15)	SUBQ	BX, DX
	0x00d9 00217 (deep_stack.go:15)	IMUL3Q	$1000000007, DX, DX
	0x00e0 00224 (deep_stack.go:15)	SUBQ	DX, CX
	0x00e3 00227 (deep_stack.go:15)	MOVQ	CX, AX
	0x00e6 00230 (deep_stack.go:15)	ADDQ	$272, SP
	0x00ed 00237 (deep_stack.go:15)	POPQ	BP
	0x00ee 00238 (deep_stack.go:15)	RET
	0x00ef 00239 (deep_stack.go:15)	NOP
	0x00ef 00239 (deep_stack.go:6)	PCDATA	$1, $-1
	0x00ef 00239 (deep_stack.go:6)	PCDATA	$0, $-2
	0x00ef 00239 (deep_stack.go:6)	MOVQ	AX, 8(SP)
	0x00f4 00244 (deep_stack.go:6)	MOVQ	BX, 16(SP)
	0x00f9 00249 (deep_stack.go:6)	CALL	runtime.morestack_noctxt(SB)
	0x00fe 00254 (deep_stack.go:6)	PCDATA	$0, $-1
	0x00fe 00254 (deep_stack.go:6)	MOVQ	8(SP), AX
	0x0103 00259 (deep_stack.go:6)	MOVQ	16(SP), BX
	0x0108 00264 (deep_stack.go:6)	JMP	0
	0x0000 4c 8d a4 24 68 ff ff ff 4d 3b 66 10 0f 86 dd 00  L..$h...M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec 10 01 00 00 48 8d 4c  ..UH..H......H.L
	0x0020 24 10 ba 04 00 00 00 44 0f 11 39 44 0f 11 79 10  $......D..9D..y.
	0x0030 44 0f 11 79 20 44 0f 11 79 30 48 83 c1 40 66 90  D..y D..y0H..@f.
	0x0040 ff ca 75 e3 31 c9 eb 18 48 89 ca 48 0f af d0 48  ..u.1...H..H...H
	0x0050 01 da 48 89 54 cc 10 48 ff c1 66 0f 1f 44 00 00  ..H.T..H..f..D..
	0x0060 48 83 f9 20 7c e2 48 85 c0 75 11 83 e3 1f 48 8b  H.. |.H..u....H.
	0x0070 44 dc 10 48 81 c4 10 01 00 00 5d c3 48 89 84 24  D..H......].H..$
	0x0080 20 01 00 00 48 ff c8 48 69 db 6d 4e c6 41 48 81   ...H..Hi.mN.AH.
	0x0090 c3 39 30 00 00 81 e3 ff ff ff 7f 0f 1f 44 00 00  .90..........D..
	0x00a0 e8 00 00 00 00 48 8b 8c 24 20 01 00 00 83 e1 1f  .....H..$ ......
	0x00b0 48 03 44 cc 10 48 89 c1 48 c1 f8 3f 48 89 c2 48  H.D..H..H..?H..H
	0x00c0 b8 e5 8f a2 12 31 5f 70 89 48 89 d3 48 f7 e9 48  .....1_p.H..H..H
	0x00d0 01 ca 48 c1 fa 1d 48 29 da 48 69 d2 07 ca 9a 3b  ..H...H).Hi....;
	0x00e0 48 29 d1 48 89 c8 48 81 c4 10 01 00 00 5d c3 48  H).H..H......].H
	0x00f0 89 44 24 08 48 89 5c 24 10 e8 00 00 00 00 48 8b  .D$.H.\$......H.
	0x0100 44 24 08 48 8b 5c 24 10 e9 f3 fe ff ff           D$.H.\$......
	rel 161+4 t=R_CALL main.deep+0
	rel 250+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=165 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (deep_stack.go:18)	TEXT	main.main(SB), ABIInternal, $40-0
	0x0000 00000 (deep_stack.go:18)	CMPQ	SP, 16(R14)
	0x0004 00004 (deep_stack.go:18)	PCDATA	$0, $-2
	0x0004 00004 (deep_stack.go:18)	JLS	150
	0x000a 00010 (deep_stack.go:18)	PCDATA	$0, $-1
	0x000a 00010 (deep_stack.go:18)	PUSHQ	BP
	0x000b 00011 (deep_stack.go:18)	MOVQ	SP, BP
	0x000e 00014 (deep_stack.go:18)	SUBQ	$32, SP
	0x0012 00018 (deep_stack.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (deep_stack.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (deep_stack.go:18)	XORL	AX, AX
	0x0014 00020 (deep_stack.go:18)	XORL	CX, CX
	0x0016 00022 (deep_stack.go:20)	JMP	108
	0x0018 00024 (deep_stack.go:20)	MOVQ	AX, main.round+24(SP)
	0x001d 00029 (deep_stack.go:21)	MOVQ	AX, BX
	0x0020 00032 (deep_stack.go:21)	MOVL	$200000, AX
	0x0025 00037 (deep_stack.go:21)	PCDATA	$1, $0
	0x0025 00037 (deep_stack.go:21)	CALL	main.deep(SB)
	0x002a 00042 (deep_stack.go:21)	MOVQ	main.sum+16(SP), CX
	0x002f 00047 (deep_stack.go:21)	MOVQ	CX, DX
	0x0032 00050 (deep_stack.go:21)	SHLQ	$5, CX
	0x0036 00054 (deep_stack.go:21)	SUBQ	DX, CX
	0x0039 00057 (deep_stack.go:21)	ADDQ	AX, CX
	0x003c 00060 (deep_stack.go:21)	MOVQ	$-8543223828751151131, AX
	0x0046 00070 (deep_stack.go:21)	IMULQ	CX
	0x0049 00073 (deep_stack.go:21)	ADDQ	CX, DX
	0x004c 00076 (deep_stack.go:21)	SARQ	$29, DX
	0x0050 00080 (deep_stack.go:21)	MOVQ	CX, SI
	0x0053 00083 (deep_stack.go:21)	SARQ	$63, SI
	0x0057 00087 (deep_stack.go:21)	SUBQ	SI, DX
	0x005a 00090 (deep_stack.go:21)	IMUL3Q	$1000000007, DX, DX
	0x0061 00097 (deep_stack.go:21)	SUBQ	DX, CX
	0x0064 00100 (deep_stack.go:20)	MOVQ	main.round+24(SP), AX
	0x0069 00105 (deep_stack.go:20)	INCQ	AX
	0x006c 00108 (deep_stack.go:20)	MOVQ	CX, main.sum+16(SP)
	0x0071 00113 (deep_stack.go:20)	CMPQ	AX, $5
	0x0075 00117 (deep_stack.go:20)	JLT	24
	0x0077 00119 (deep_stack.go:23)	CALL	runtime.printlock(SB)
	0x007c 00124 (deep_stack.go:23)	MOVQ	main.sum+16(SP), AX
	0x0081 00129 (deep_stack.go:23)	CALL	runtime.printint(SB)
	0x0086 00134 (deep_stack.go:23)	CALL	runtime.printnl(SB)
	0x008b 00139 (deep_stack.go:23)	CALL	runtime.printunlock(SB)
	0x0090 00144 (deep_stack.go:24)	ADDQ	$32, SP
	0x0094 00148 (deep_stack.go:24)	POPQ	BP
	0x0095 00149 (deep_stack.go:24)	RET
	0x0096 00150 (deep_stack.go:24)	NOP
	0x0096 00150 (deep_stack.go:18)	PCDATA	$1, $-1
	0x0096 00150 (deep_stack.go:18)	PCDATA	$0, $-2
	0x0096 00150 (deep_stack.go:18)	CALL	runtime.morestack_noctxt(SB)
	0x009b 00155 (deep_stack.go:18)	PCDATA	$0, $-1
	0x009b 00155 (deep_stack.go:18)	NOP
	0x00a0 00160 (deep_stack.go:18)	JMP	0
	0x0000 49 3b 66 10 0f 86 8c 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 20 31 c0 31 c9 eb 54 48 89 44 24 18 48 89 c3  . 1.1..TH.D$.H..
	0x0020 b8 40 0d 03 00 e8 00 00 00 00 48 8b 4c 24 10 48  .@........H.L$.H
	0x0030 89 ca 48 c1 e1 05 48 29 d1 48 01 c1 48 b8 e5 8f  ..H...H).H..H...
	0x0040 a2 12 31 5f 70 89 48 f7 e9 48 01 ca 48 c1 fa 1d  ..1_p.H..H..H...
	0x0050 48 89 ce 48 c1 fe 3f 48 29 f2 48 69 d2 07 ca 9a  H..H..?H).Hi....
	0x0060 3b 48 29 d1 48 8b 44 24 18 48 ff c0 48 89 4c 24  ;H).H.D$.H..H.L$
	0x0070 10 48 83 f8 05 7c a1 e8 00 00 00 00 48 8b 44 24  .H...|......H.D$
	0x0080 10 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00  ................
	0x0090 48 83 c4 20 5d c3 e8 00 00 00 00 0f 1f 44 00 00  H.. ]........D..
	0x00a0 e9 5b ff ff ff                                   .[...
	rel 38+4 t=R_CALL main.deep+0
	rel 120+4 t=R_CALL runtime.printlock+0
	rel 130+4 t=R_CALL runtime.printint+0
	rel 135+4 t=R_CALL runtime.printnl+0
	rel 140+4 t=R_CALL runtime.printunlock+0
	rel 151+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
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
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.deep.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.deep.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 01                                         ...
