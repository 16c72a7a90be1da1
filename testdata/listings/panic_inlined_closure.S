funcpctab main.check [valfunc=pctoinline]
     0     -1 00000 (panic_inlined_closure.go:5)	TEXT	main.check(SB), ABIInternal, $24-24
     0        00000 (panic_inlined_closure.go:5)	TEXT	main.check(SB), ABIInternal, $24-24
     0     -1 00000 (panic_inlined_closure.go:5)	CMPQ	SP, 16(R14)
     4        00004 (panic_inlined_closure.go:5)	PCDATA	$0, $-2
     4        00004 (panic_inlined_closure.go:5)	JLS	78
     6        00006 (panic_inlined_closure.go:5)	PCDATA	$0, $-1
     6        00006 (panic_inlined_closure.go:5)	PUSHQ	BP
     7        00007 (panic_inlined_closure.go:5)	MOVQ	SP, BP
     a        00010 (panic_inlined_closure.go:5)	SUBQ	$16, SP
     e        00014 (panic_inlined_closure.go:5)	MOVQ	AX, main.xs+32(FP)
    13        00019 (panic_inlined_closure.go:5)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
    13        00019 (panic_inlined_closure.go:5)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    13        00019 (panic_inlined_closure.go:5)	FUNCDATA	$5, main.check.arginfo1(SB)
    13        00019 (panic_inlined_closure.go:5)	FUNCDATA	$6, main.check.argliveinfo(SB)
    13        00019 (panic_inlined_closure.go:5)	PCDATA	$3, $1
    13        00019 (panic_inlined_closure.go:7)	XORL	CX, CX
    15        00021 (panic_inlined_closure.go:7)	XORL	DX, DX
    17        00023 (panic_inlined_closure.go:7)	JMP	32
    19        00025 (panic_inlined_closure.go:8)	LEAQ	(DX)(SI*2), DX
    1d        00029 (panic_inlined_closure.go:7)	INCQ	CX
    20        00032 (panic_inlined_closure.go:7)	CMPQ	BX, CX
    23        00035 (panic_inlined_closure.go:7)	JLE	49
    25        00037 (panic_inlined_closure.go:7)	MOVQ	(AX)(CX*8), SI
    29        00041 (panic_inlined_closure.go:13)	XCHGL	AX, AX
    2a      0 00042 (panic_inlined_closure.go:13)	TESTQ	SI, SI
    2d        00045 (panic_inlined_closure.go:13)	JGE	25
    2f        00047 (panic_inlined_closure.go:13)	JMP	58
    31     -1 00049 (panic_inlined_closure.go:15)	MOVQ	DX, AX
    34        00052 (panic_inlined_closure.go:15)	ADDQ	$16, SP
    38        00056 (panic_inlined_closure.go:15)	POPQ	BP
    39        00057 (panic_inlined_closure.go:15)	RET
    3a      0 00058 (panic_inlined_closure.go:13)	LEAQ	type:string(SB), AX
    41        00065 (panic_inlined_closure.go:13)	LEAQ	main..stmp_0(SB), BX
    48        00072 (panic_inlined_closure.go:13)	PCDATA	$1, $1
    48        00072 (panic_inlined_closure.go:13)	CALL	runtime.gopanic(SB)
    4d        00077 (panic_inlined_closure.go:13)	XCHGL	AX, AX
    4e        00078 (panic_inlined_closure.go:13)	NOP
    4e        00078 (panic_inlined_closure.go:5)	PCDATA	$1, $-1
    4e        00078 (panic_inlined_closure.go:5)	PCDATA	$0, $-2
    4e     -1 00078 (panic_inlined_closure.go:5)	MOVQ	AX, 8(SP)
    53        00083 (panic_inlined_closure.go:5)	MOVQ	BX, 16(SP)
    58        00088 (panic_inlined_closure.go:5)	MOVQ	CX, 24(SP)
    5d        00093 (panic_inlined_closure.go:5)	NOP
    60        00096 (panic_inlined_closure.go:5)	CALL	runtime.morestack_noctxt(SB)
    65        00101 (panic_inlined_closure.go:5)	PCDATA	$0, $-1
    65        00101 (panic_inlined_closure.go:5)	MOVQ	8(SP), AX
    6a        00106 (panic_inlined_closure.go:5)	MOVQ	16(SP), BX
    6f        00111 (panic_inlined_closure.go:5)	MOVQ	24(SP), CX
    74        00116 (panic_inlined_closure.go:5)	JMP	0
    76 done
wrote 11 bytes to 0x0
 00 2a 02 07 01 09 02 14 01 28 00
-- inlining tree for main.check:
0 | -1 | main.check.func1 (panic_inlined_closure.go:13:4) pc=41
--
funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (panic_inlined_closure.go:18)	TEXT	main.main(SB), ABIInternal, $64-0
     0        00000 (panic_inlined_closure.go:18)	TEXT	main.main(SB), ABIInternal, $64-0
     0     -1 00000 (panic_inlined_closure.go:18)	CMPQ	SP, 16(R14)
     4        00004 (panic_inlined_closure.go:18)	PCDATA	$0, $-2
     4        00004 (panic_inlined_closure.go:18)	JLS	176
     a        00010 (panic_inlined_closure.go:18)	PCDATA	$0, $-1
     a        00010 (panic_inlined_closure.go:18)	PUSHQ	BP
     b        00011 (panic_inlined_closure.go:18)	MOVQ	SP, BP
     e        00014 (panic_inlined_closure.go:18)	SUBQ	$56, SP
    12        00018 (panic_inlined_closure.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (panic_inlined_closure.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (panic_inlined_closure.go:19)	MOVQ	$1, main..autotmp_0+32(SP)
    1b        00027 (panic_inlined_closure.go:19)	MOVQ	$2, main..autotmp_0+40(SP)
    24        00036 (panic_inlined_closure.go:19)	MOVQ	$3, main..autotmp_0+48(SP)
    2d        00045 (panic_inlined_closure.go:19)	LEAQ	main..autotmp_0+32(SP), AX
    32        00050 (panic_inlined_closure.go:19)	MOVL	$3, BX
    37        00055 (panic_inlined_closure.go:19)	MOVL	BX, CX
    39        00057 (panic_inlined_closure.go:19)	PCDATA	$1, $0
    39        00057 (panic_inlined_closure.go:19)	CALL	main.check(SB)
    3e        00062 (panic_inlined_closure.go:19)	MOVQ	AX, main..autotmp_6+24(SP)
    43        00067 (panic_inlined_closure.go:19)	CALL	runtime.printlock(SB)
    48        00072 (panic_inlined_closure.go:19)	MOVQ	main..autotmp_6+24(SP), AX
    4d        00077 (panic_inlined_closure.go:19)	CALL	runtime.printint(SB)
    52        00082 (panic_inlined_closure.go:19)	CALL	runtime.printnl(SB)
    57        00087 (panic_inlined_closure.go:19)	CALL	runtime.printunlock(SB)
    5c        00092 (panic_inlined_closure.go:20)	MOVQ	$4, main..autotmp_0+32(SP)
    65        00101 (panic_inlined_closure.go:20)	MOVQ	$-5, main..autotmp_0+40(SP)
    6e        00110 (panic_inlined_closure.go:20)	MOVQ	$6, main..autotmp_0+48(SP)
    77        00119 (panic_inlined_closure.go:20)	LEAQ	main..autotmp_0+32(SP), AX
    7c        00124 (panic_inlined_closure.go:20)	MOVL	$3, BX
    81        00129 (panic_inlined_closure.go:20)	MOVL	BX, CX
    83        00131 (panic_inlined_closure.go:20)	CALL	main.check(SB)
    88        00136 (panic_inlined_closure.go:20)	MOVQ	AX, main..autotmp_6+24(SP)
    8d        00141 (panic_inlined_closure.go:20)	CALL	runtime.printlock(SB)
    92        00146 (panic_inlined_closure.go:20)	MOVQ	main..autotmp_6+24(SP), AX
    97        00151 (panic_inlined_closure.go:20)	CALL	runtime.printint(SB)
    9c        00156 (panic_inlined_closure.go:20)	NOP
    a0        00160 (panic_inlined_closure.go:20)	CALL	runtime.printnl(SB)
    a5        00165 (panic_inlined_closure.go:20)	CALL	runtime.printunlock(SB)
    aa        00170 (panic_inlined_closure.go:21)	ADDQ	$56, SP
    ae        00174 (panic_inlined_closure.go:21)	POPQ	BP
    af        00175 (panic_inlined_closure.go:21)	RET
    b0        00176 (panic_inlined_closure.go:21)	NOP
    b0        00176 (panic_inlined_closure.go:18)	PCDATA	$1, $-1
    b0        00176 (panic_inlined_closure.go:18)	PCDATA	$0, $-2
    b0        00176 (panic_inlined_closure.go:18)	CALL	runtime.morestack_noctxt(SB)
    b5        00181 (panic_inlined_closure.go:18)	PCDATA	$0, $-1
    b5        00181 (panic_inlined_closure.go:18)	JMP	0
    ba done
wrote 4 bytes to 0x0
 00 ba 01 00
main.check.func1 STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
main.check STEXT size=118 align=0x0 args=0x18 locals=0x18 funcid=0x0
	0x0000 00000 (panic_inlined_closure.go:5)	TEXT	main.check(SB), ABIInternal, $24-24
	0x0000 00000 (panic_inlined_closure.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_inlined_closure.go:5)	PCDATA	$0, $-2
	0x0004 00004 (panic_inlined_closure.go:5)	JLS	78
	0x0006 00006 (panic_inlined_closure.go:5)	PCDATA	$0, $-1
	0x0006 00006 (panic_inlined_closure.go:5)	PUSHQ	BP
	0x0007 00007 (panic_inlined_closure.go:5)	MOVQ	SP, BP
	0x000a 00010 (panic_inlined_closure.go:5)	SUBQ	$16, SP
	0x000e 00014 (panic_inlined_closure.go:5)	MOVQ	AX, main.xs+32(FP)
	0x0013 00019 (panic_inlined_closure.go:5)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0013 00019 (panic_inlined_closure.go:5)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0013 00019 (panic_inlined_closure.go:5)	FUNCDATA	$5, main.check.arginfo1(SB)
	0x0013 00019 (panic_inlined_closure.go:5)	FUNCDATA	$6, main.check.argliveinfo(SB)
	0x0013 00019 (panic_inlined_closure.go:5)	PCDATA	$3, $1
	0x0013 00019 (panic_inlined_closure.go:7)	XORL	CX, CX
	0x0015 00021 (panic_inlined_closure.go:7)	XORL	DX, DX
	0x0017 00023 (panic_inlined_closure.go:7)	JMP	32
	0x0019 00025 (panic_inlined_closure.go:8)	LEAQ	(DX)(SI*2), DX
	0x001d 00029 (panic_inlined_closure.go:7)	INCQ	CX
	0x0020 00032 (panic_inlined_closure.go:7)	CMPQ	BX, CX
	0x0023 00035 (panic_inlined_closure.go:7)	JLE	49
	0x0025 00037 (panic_inlined_closure.go:7)	MOVQ	(AX)(CX*8), SI
	0x0029 00041 (panic_inlined_closure.go:13)	XCHGL	AX, AX
	0x002a 00042 (panic_inlined_closure.go:9)	TESTQ	SI, SI
	0x002d 00045 (panic_inlined_closure.go:9)	JGE	25
	0x002f 00047 (panic_inlined_closure.go:9)	JMP	58
	0x0031 00049 (panic_inlined_closure.go:15)	MOVQ	DX, AX
	0x0034 00052 (panic_inlined_closure.go:15)	ADDQ	$16, SP
	0x0038 00056 (panic_inlined_closure.go:15)	POPQ	BP
	0x0039 00057 (panic_inlined_closure.go:15)	RET
	0x003a 00058 (panic_inlined_closure.go:10)	LEAQ	type:string(SB), AX
	0x0041 00065 (panic_inlined_closure.go:10)	LEAQ	main..stmp_0(SB), BX
	0x0048 00072 (panic_inlined_closure.go:10)	PCDATA	$1, $1
	0x0048 00072 (panic_inlined_closure.go:10)	CALL	runtime.gopanic(SB)
	0x004d 00077 (panic_inlined_closure.go:10)	XCHGL	AX, AX
	0x004e 00078 (panic_inlined_closure.go:10)	NOP
	0x004e 00078 (panic_inlined_closure.go:5)	PCDATA	$1, $-1
	0x004e 00078 (panic_inlined_closure.go:5)	PCDATA	$0, $-2
	0x004e 00078 (panic_inlined_closure.go:5)	MOVQ	AX, 8(SP)
	0x0053 00083 (panic_inlined_closure.go:5)	MOVQ	BX, 16(SP)
	0x0058 00088 (panic_inlined_closure.go:5)	MOVQ	CX, 24(SP)
	0x005d 00093 (panic_inlined_closure.go:5)	NOP
	0x0060 00096 (panic_inlined_closure.go:5)	CALL	runtime.morestack_noctxt(SB)
	0x0065 00101 (panic_inlined_closure.go:5)	PCDATA	$0, $-1
	0x0065 00101 (panic_inlined_closure.go:5)	MOVQ	8(SP), AX
	0x006a 00106 (panic_inlined_closure.go:5)	MOVQ	16(SP), BX
	0x006f 00111 (panic_inlined_closure.go:5)	MOVQ	24(SP), CX
	0x0074 00116 (panic_inlined_closure.go:5)	JMP	0
	0x0000 49 3b 66 10 76 48 55 48 89 e5 48 83 ec 10 48 89  I;f.vHUH..H...H.
	0x0010 44 24 20 31 c9 31 d2 eb 07 48 8d 14 72 48 ff c1  D$ 1.1...H..rH..
	0x0020 48 39 cb 7e 0c 48 8b 34 c8 90 48 85 f6 7d ea eb  H9.~.H.4..H..}..
	0x0030 09 48 89 d0 48 83 c4 10 5d c3 48 8d 05 00 00 00  .H..H...].H.....
	0x0040 00 48 8d 1d 00 00 00 00 e8 00 00 00 00 90 48 89  .H............H.
	0x0050 44 24 08 48 89 5c 24 10 48 89 4c 24 18 0f 1f 00  D$.H.\$.H.L$....
	0x0060 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48  .....H.D$.H.\$.H
	0x0070 8b 4c 24 18 eb 8a                                .L$...
	rel 2+0 t=R_USEIFACE type:string+0
	rel 61+4 t=R_PCREL type:string+0
	rel 68+4 t=R_PCREL main..stmp_0+0
	rel 73+4 t=R_CALL runtime.gopanic+0
	rel 97+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=186 align=0x0 args=0x0 locals=0x40 funcid=0x0
	0x0000 00000 (panic_inlined_closure.go:18)	TEXT	main.main(SB), ABIInternal, $64-0
	0x0000 00000 (panic_inlined_closure.go:18)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_inlined_closure.go:18)	PCDATA	$0, $-2
	0x0004 00004 (panic_inlined_closure.go:18)	JLS	176
	0x000a 00010 (panic_inlined_closure.go:18)	PCDATA	$0, $-1
	0x000a 00010 (panic_inlined_closure.go:18)	PUSHQ	BP
	0x000b 00011 (panic_inlined_closure.go:18)	MOVQ	SP, BP
	0x000e 00014 (panic_inlined_closure.go:18)	SUBQ	$56, SP
	0x0012 00018 (panic_inlined_closure.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (panic_inlined_closure.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (panic_inlined_closure.go:19)	MOVQ	$1, main..autotmp_0+32(SP)
	0x001b 00027 (panic_inlined_closure.go:19)	MOVQ	$2, main..autotmp_0+40(SP)
	0x0024 00036 (panic_inlined_closure.go:19)	MOVQ	$3, main..autotmp_0+48(SP)
	0x002d 00045 (panic_inlined_closure.go:19)	LEAQ	main..autotmp_0+32(SP), AX
	0x0032 00050 (panic_inlined_closure.go:19)	MOVL	$3, BX
	0x0037 00055 (panic_inlined_closure.go:19)	MOVL	BX, CX
	0x0039 00057 (panic_inlined_closure.go:19)	PCDATA	$1, $0
	0x0039 00057 (panic_inlined_closure.go:19)	CALL	main.check(SB)
	0x003e 00062 (panic_inlined_closure.go:19)	MOVQ	AX, main..autotmp_6+24(SP)
	0x0043 00067 (panic_inlined_closure.go:19)	CALL	runtime.printlock(SB)
	0x0048 00072 (panic_inlined_closure.go:19)	MOVQ	main..autotmp_6+24(SP), AX
	0x004d 00077 (panic_inlined_closure.go:19)	CALL	runtime.printint(SB)
	0x0052 00082 (panic_inlined_closure.go:19)	CALL	runtime.printnl(SB)
	0x0057 00087 (panic_inlined_closure.go:19)	CALL	runtime.printunlock(SB)
	0x005c 00092 (panic_inlined_closure.go:20)	MOVQ	$4, main..autotmp_0+32(SP)
	0x0065 00101 (panic_inlined_closure.go:20)	MOVQ	$-5, main..autotmp_0+40(SP)
	0x006e 00110 (panic_inlined_closure.go:20)	MOVQ	$6, main..autotmp_0+48(SP)
	0x0077 00119 (panic_inlined_closure.go:20)	LEAQ	main..autotmp_0+32(SP), AX
	0x007c 00124 (panic_inlined_closure.go:20)	MOVL	$3, BX
	0x0081 00129 (panic_inlined_closure.go:20)	MOVL	BX, CX
	0x0083 00131 (panic_inlined_closure.go:20)	CALL	main.check(SB)
	0x0088 00136 (panic_inlined_closure.go:20)	MOVQ	AX, main..autotmp_6+24(SP)
	0x008d 00141 (panic_inlined_closure.go:20)	CALL	runtime.printlock(SB)
	0x0092 00146 (panic_inlined_closure.go:20)	MOVQ	main..autotmp_6+24(SP), AX
	0x0097 00151 (panic_inlined_closure.go:20)	CALL	runtime.printint(SB)
	0x009c 00156 (panic_inlined_closure.go:20)	NOP
	0x00a0 00160 (panic_inlined_closure.go:20)	CALL	runtime.printnl(SB)
	0x00a5 00165 (panic_inlined_closure.go:20)	CALL	runtime.printunlock(SB)
	0x00aa 00170 (panic_inlined_closure.go:21)	ADDQ	$56, SP
	0x00ae 00174 (panic_inlined_closure.go:21)	POPQ	BP
	0x00af 00175 (panic_inlined_closure.go:21)	RET
	0x00b0 00176 (panic_inlined_closure.go:21)	NOP
	0x00b0 00176 (panic_inlined_closure.go:18)	PCDATA	$1, $-1
	0x00b0 00176 (panic_inlined_closure.go:18)	PCDATA	$0, $-2
	0x00b0 00176 (panic_inlined_closure.go:18)	CALL	runtime.morestack_noctxt(SB)
	0x00b5 00181 (panic_inlined_closure.go:18)	PCDATA	$0, $-1
	0x00b5 00181 (panic_inlined_closure.go:18)	JMP	0
	0x0000 49 3b 66 10 0f 86 a6 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 48 c7 44 24 20 01 00 00 00 48 c7 44 24 28  .8H.D$ ....H.D$(
	0x0020 02 00 00 00 48 c7 44 24 30 03 00 00 00 48 8d 44  ....H.D$0....H.D
	0x0030 24 20 bb 03 00 00 00 89 d9 e8 00 00 00 00 48 89  $ ............H.
	0x0040 44 24 18 e8 00 00 00 00 48 8b 44 24 18 e8 00 00  D$......H.D$....
	0x0050 00 00 e8 00 00 00 00 e8 00 00 00 00 48 c7 44 24  ............H.D$
	0x0060 20 04 00 00 00 48 c7 44 24 28 fb ff ff ff 48 c7   ....H.D$(....H.
	0x0070 44 24 30 06 00 00 00 48 8d 44 24 20 bb 03 00 00  D$0....H.D$ ....
	0x0080 00 89 d9 e8 00 00 00 00 48 89 44 24 18 e8 00 00  ........H.D$....
	0x0090 00 00 48 8b 44 24 18 e8 00 00 00 00 0f 1f 40 00  ..H.D$........@.
	0x00a0 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 38 5d c3  ..........H..8].
	0x00b0 e8 00 00 00 00 e9 46 ff ff ff                    ......F...
	rel 58+4 t=R_CALL main.check+0
	rel 68+4 t=R_CALL runtime.printlock+0
	rel 78+4 t=R_CALL runtime.printint+0
	rel 83+4 t=R_CALL runtime.printnl+0
	rel 88+4 t=R_CALL runtime.printunlock+0
	rel 132+4 t=R_CALL main.check+0
	rel 142+4 t=R_CALL runtime.printlock+0
	rel 152+4 t=R_CALL runtime.printint+0
	rel 161+4 t=R_CALL runtime.printnl+0
	rel 166+4 t=R_CALL runtime.printunlock+0
	rel 177+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.check.func1$abstract SDWARFABSFCN dupok size=22 align=0x0
	0x0000 05 6d 61 69 6e 2e 63 68 65 63 6b 2e 66 75 6e 63  .main.check.func
	0x0010 31 00 01 08 01 00                                1.....
	rel 0+0 t=R_USETYPE type:int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."negative value" SRODATA dupok size=14 align=0x1
	0x0000 6e 65 67 61 74 69 76 65 20 76 61 6c 75 65        negative value
main..stmp_0 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 0e 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."negative value"+0
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.check.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.check.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
