main.main STEXT size=319 align=0x0 args=0x0 locals=0x38 funcid=0x0
	0x0000 00000 (main.go:18)	TEXT	main.main(SB), ABIInternal, $56-0
	0x0000 00000 (main.go:18)	CMPQ	SP, 16(R14)
	0x0004 00004 (main.go:18)	PCDATA	$0, $-2
	0x0004 00004 (main.go:18)	JLS	309
	0x000a 00010 (main.go:18)	PCDATA	$0, $-1
	0x000a 00010 (main.go:18)	PUSHQ	BP
	0x000b 00011 (main.go:18)	MOVQ	SP, BP
	0x000e 00014 (main.go:18)	SUBQ	$48, SP
	0x0012 00018 (main.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (main.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (main.go:19)	MOVL	$24, AX
	0x0017 00023 (main.go:19)	LEAQ	type:main.Point(SB), BX
	0x001e 00030 (main.go:19)	MOVL	$1, CX
	0x0023 00035 (main.go:19)	PCDATA	$1, $0
	0x0023 00035 (main.go:19)	CALL	runtime.mallocgcSmallNoScanSC3(SB)
	0x0028 00040 (main.go:19)	MOVL	$7, (AX)
	0x002e 00046 (main.go:19)	MOVQ	$4609434218613702656, DX
	0x0038 00056 (main.go:19)	MOVQ	DX, 8(AX)
	0x003c 00060 (main.go:19)	MOVQ	$-4611686018427387904, DX
	0x0046 00070 (main.go:19)	MOVQ	DX, 16(AX)
	0x004a 00074 (main.go:20)	MOVQ	AX, (SP)
	0x004e 00078 (main.go:20)	CALL	main.norm2(SB)
	0x0053 00083 (main.go:20)	XORPS	X15, X15
	0x0057 00087 (main.go:20)	MOVQ	(TLS), R14
	0x0060 00096 (main.go:20)	MOVSD	8(SP), X0
	0x0066 00102 (main.go:20)	MOVSD	X0, main..autotmp_4+40(SP)
	0x006c 00108 (main.go:20)	CALL	runtime.printlock(SB)
	0x0071 00113 (main.go:20)	MOVSD	main..autotmp_4+40(SP), X0
	0x0077 00119 (main.go:20)	CALL	runtime.printfloat64(SB)
	0x007c 00124 (main.go:20)	NOP
	0x0080 00128 (main.go:20)	CALL	runtime.printnl(SB)
	0x0085 00133 (main.go:20)	CALL	runtime.printunlock(SB)
	0x008a 00138 (main.go:21)	MOVQ	$4607182418800017408, DX
	0x0094 00148 (main.go:21)	MOVQ	DX, (SP)
	0x0098 00152 (main.go:21)	MOVQ	$4611686018427387904, DX
	0x00a2 00162 (main.go:21)	MOVQ	DX, 8(SP)
	0x00a7 00167 (main.go:21)	CALL	main.mid(SB)
	0x00ac 00172 (main.go:21)	XORPS	X15, X15
	0x00b0 00176 (main.go:21)	MOVQ	(TLS), R14
	0x00b9 00185 (main.go:21)	MOVSD	16(SP), X0
	0x00bf 00191 (main.go:21)	MOVSD	X0, main..autotmp_4+40(SP)
	0x00c5 00197 (main.go:21)	MOVQ	$-128383115725867620, DX
	0x00cf 00207 (main.go:21)	MOVQ	DX, (SP)
	0x00d3 00211 (main.go:21)	MOVQ	$9094988921128908188, DX
	0x00dd 00221 (main.go:21)	MOVQ	DX, 8(SP)
	0x00e2 00226 (main.go:21)	CALL	main.mid(SB)
	0x00e7 00231 (main.go:21)	XORPS	X15, X15
	0x00eb 00235 (main.go:21)	MOVQ	(TLS), R14
	0x00f4 00244 (main.go:21)	MOVSD	16(SP), X0
	0x00fa 00250 (main.go:21)	MOVSD	X0, main..autotmp_5+32(SP)
	0x0100 00256 (main.go:21)	CALL	runtime.printlock(SB)
	0x0105 00261 (main.go:21)	MOVSD	main..autotmp_4+40(SP), X0
	0x010b 00267 (main.go:21)	CALL	runtime.printfloat64(SB)
	0x0110 00272 (main.go:21)	CALL	runtime.printsp(SB)
	0x0115 00277 (main.go:21)	MOVSD	main..autotmp_5+32(SP), X0
	0x011b 00283 (main.go:21)	NOP
	0x0120 00288 (main.go:21)	CALL	runtime.printfloat64(SB)
	0x0125 00293 (main.go:21)	CALL	runtime.printnl(SB)
	0x012a 00298 (main.go:21)	CALL	runtime.printunlock(SB)
	0x012f 00303 (main.go:22)	ADDQ	$48, SP
	0x0133 00307 (main.go:22)	POPQ	BP
	0x0134 00308 (main.go:22)	RET
	0x0135 00309 (main.go:22)	NOP
	0x0135 00309 (main.go:18)	PCDATA	$1, $-1
	0x0135 00309 (main.go:18)	PCDATA	$0, $-2
	0x0135 00309 (main.go:18)	CALL	runtime.morestack_noctxt(SB)
	0x013a 00314 (main.go:18)	PCDATA	$0, $-1
	0x013a 00314 (main.go:18)	JMP	0
	0x0000 49 3b 66 10 0f 86 2b 01 00 00 55 48 89 e5 48 83  I;f...+...UH..H.
	0x0010 ec 30 b8 18 00 00 00 48 8d 1d 00 00 00 00 b9 01  .0.....H........
	0x0020 00 00 00 e8 00 00 00 00 c7 00 07 00 00 00 48 ba  ..............H.
	0x0030 00 00 00 00 00 00 f8 3f 48 89 50 08 48 ba 00 00  .......?H.P.H...
	0x0040 00 00 00 00 00 c0 48 89 50 10 48 89 04 24 e8 00  ......H.P.H..$..
	0x0050 00 00 00 45 0f 57 ff 64 4c 8b 34 25 00 00 00 00  ...E.W.dL.4%....
	0x0060 f2 0f 10 44 24 08 f2 0f 11 44 24 28 e8 00 00 00  ...D$....D$(....
	0x0070 00 f2 0f 10 44 24 28 e8 00 00 00 00 0f 1f 40 00  ....D$(.......@.
	0x0080 e8 00 00 00 00 e8 00 00 00 00 48 ba 00 00 00 00  ..........H.....
	0x0090 00 00 f0 3f 48 89 14 24 48 ba 00 00 00 00 00 00  ...?H..$H.......
	0x00a0 00 40 48 89 54 24 08 e8 00 00 00 00 45 0f 57 ff  .@H.T$......E.W.
	0x00b0 64 4c 8b 34 25 00 00 00 00 f2 0f 10 44 24 10 f2  dL.4%.......D$..
	0x00c0 0f 11 44 24 28 48 ba 9c 75 00 88 3c e4 37 fe 48  ..D$(H..u..<.7.H
	0x00d0 89 14 24 48 ba 9c 75 00 88 3c e4 37 7e 48 89 54  ..$H..u..<.7~H.T
	0x00e0 24 08 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34 25  $......E.W.dL.4%
	0x00f0 00 00 00 00 f2 0f 10 44 24 10 f2 0f 11 44 24 20  .......D$....D$ 
	0x0100 e8 00 00 00 00 f2 0f 10 44 24 28 e8 00 00 00 00  ........D$(.....
	0x0110 e8 00 00 00 00 f2 0f 10 44 24 20 0f 1f 44 00 00  ........D$ ..D..
	0x0120 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0130 83 c4 30 5d c3 e8 00 00 00 00 e9 c1 fe ff ff     ..0]...........
	rel 26+4 t=R_PCREL type:main.Point+0
	rel 36+4 t=R_CALL runtime.mallocgcSmallNoScanSC3+0
	rel 79+4 t=R_CALL main.norm2+0
	rel 92+4 t=R_TLS_LE TLS+0
	rel 109+4 t=R_CALL runtime.printlock+0
	rel 120+4 t=R_CALL runtime.printfloat64+0
	rel 129+4 t=R_CALL runtime.printnl+0
	rel 134+4 t=R_CALL runtime.printunlock+0
	rel 168+4 t=R_CALL main.mid+0
	rel 181+4 t=R_TLS_LE TLS+0
	rel 227+4 t=R_CALL main.mid+0
	rel 240+4 t=R_TLS_LE TLS+0
	rel 257+4 t=R_CALL runtime.printlock+0
	rel 268+4 t=R_CALL runtime.printfloat64+0
	rel 273+4 t=R_CALL runtime.printsp+0
	rel 289+4 t=R_CALL runtime.printfloat64+0
	rel 294+4 t=R_CALL runtime.printnl+0
	rel 299+4 t=R_CALL runtime.printunlock+0
	rel 310+4 t=R_CALL runtime.morestack_noctxt+0
main.norm2 STEXT dupok nosplit size=42 align=0x0 args=0x8 locals=0x18 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.norm2(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $24-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$16, SP
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$5, main.norm2.arginfo1(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$6, main.norm2.argliveinfo(SB)
	0x0008 00008 (<autogenerated>:1)	PCDATA	$3, $1
	0x0008 00008 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x000c 00012 (<autogenerated>:1)	PCDATA	$1, $1
	0x000c 00012 (<autogenerated>:1)	CALL	main.norm2(SB)
	0x0011 00017 (<autogenerated>:1)	XORPS	X15, X15
	0x0015 00021 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x001e 00030 (<autogenerated>:1)	MOVSD	8(SP), X0
	0x0024 00036 (<autogenerated>:1)	ADDQ	$16, SP
	0x0028 00040 (<autogenerated>:1)	POPQ	BP
	0x0029 00041 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 10 48 89 04 24 e8 00 00 00  UH..H...H..$....
	0x0010 00 45 0f 57 ff 64 4c 8b 34 25 00 00 00 00 f2 0f  .E.W.dL.4%......
	0x0020 10 44 24 08 48 83 c4 10 5d c3                    .D$.H...].
	rel 13+4 t=R_CALL main.norm2+0
	rel 26+4 t=R_TLS_LE TLS+0
main.mid STEXT dupok nosplit size=49 align=0x0 args=0x10 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.mid(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$24, SP
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$5, main.mid.arginfo1(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$6, main.mid.argliveinfo(SB)
	0x0008 00008 (<autogenerated>:1)	PCDATA	$3, $1
	0x0008 00008 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0008 00008 (<autogenerated>:1)	MOVSD	X0, (SP)
	0x000d 00013 (<autogenerated>:1)	MOVSD	X1, 8(SP)
	0x0013 00019 (<autogenerated>:1)	PCDATA	$1, $0
	0x0013 00019 (<autogenerated>:1)	CALL	main.mid(SB)
	0x0018 00024 (<autogenerated>:1)	XORPS	X15, X15
	0x001c 00028 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x0025 00037 (<autogenerated>:1)	MOVSD	16(SP), X0
	0x002b 00043 (<autogenerated>:1)	ADDQ	$24, SP
	0x002f 00047 (<autogenerated>:1)	POPQ	BP
	0x0030 00048 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 18 f2 0f 11 04 24 f2 0f 11  UH..H.......$...
	0x0010 4c 24 08 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34  L$......E.W.dL.4
	0x0020 25 00 00 00 00 f2 0f 10 44 24 10 48 83 c4 18 5d  %.......D$.H...]
	0x0030 c3                                               .
	rel 20+4 t=R_CALL main.mid+0
	rel 33+4 t=R_TLS_LE TLS+0
type:.eq.M4K4GG STEXT dupok nosplit size=50 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.M4K4GG(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M4K4GG.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M4K4GG.argliveinfo(SB)
	0x0000 00000 (<autogenerated>:1)	PCDATA	$3, $1
	0x0000 00000 (<autogenerated>:1)	MOVL	(AX), CX
	0x0002 00002 (<autogenerated>:1)	CMPL	(BX), CX
	0x0004 00004 (<autogenerated>:1)	JNE	47
	0x0006 00006 (<autogenerated>:1)	MOVSD	8(AX), X0
	0x000b 00011 (<autogenerated>:1)	MOVSD	8(BX), X1
	0x0010 00016 (<autogenerated>:1)	UCOMISD	X0, X1
	0x0014 00020 (<autogenerated>:1)	JNE	47
	0x0016 00022 (<autogenerated>:1)	JPS	47
	0x0018 00024 (<autogenerated>:1)	MOVSD	16(AX), X0
	0x001d 00029 (<autogenerated>:1)	MOVSD	16(BX), X1
	0x0022 00034 (<autogenerated>:1)	UCOMISD	X0, X1
	0x0026 00038 (<autogenerated>:1)	SETEQ	AL
	0x0029 00041 (<autogenerated>:1)	SETPC	CL
	0x002c 00044 (<autogenerated>:1)	ANDL	CX, AX
	0x002e 00046 (<autogenerated>:1)	RET
	0x002f 00047 (<autogenerated>:1)	XORL	AX, AX
	0x0031 00049 (<autogenerated>:1)	RET
	0x0000 8b 08 39 0b 75 29 f2 0f 10 40 08 f2 0f 10 4b 08  ..9.u)...@....K.
	0x0010 66 0f 2e c8 75 19 7a 17 f2 0f 10 40 10 f2 0f 10  f...u.z....@....
	0x0020 4b 10 66 0f 2e c8 0f 94 c0 0f 9b c1 21 c8 c3 31  K.f.........!..1
	0x0030 c0 c3                                            ..
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
type:.eqfunc.M4K4GG SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.M4K4GG+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Point. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 50 6f 69 6e 74           ..*main.Point
type:*main.Point SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 cc ba 8c 4f 28 08 08 16 00 00 00 00 00 00 00 00  ...O(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Point.+0
	rel 48+8 t=R_ADDR type:main.Point+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.Tag. SRODATA dupok size=5 align=0x1
	0x0000 01 03 54 61 67                                   ..Tag
type:.namedata.X. SRODATA dupok size=3 align=0x1
	0x0000 01 01 58                                         ..X
type:.namedata.Y. SRODATA dupok size=3 align=0x1
	0x0000 01 01 59                                         ..Y
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:main.Point SRODATA size=168 align=0x8
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 2d 71 d9 6e 07 08 08 19 00 00 00 00 00 00 00 00  -q.n............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 58 00 00 00 00 00 00 00  ........X.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M4K4GG+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Point.+0
	rel 44+4 t=R_ADDROFF type:*main.Point+0
	rel 56+8 t=R_ADDR type:main.Point+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.Tag.+0
	rel 104+8 t=R_ADDR type:int32+0
	rel 120+8 t=R_ADDR type:.namedata.X.+0
	rel 128+8 t=R_ADDR type:float64+0
	rel 144+8 t=R_ADDR type:.namedata.Y.+0
	rel 152+8 t=R_ADDR type:float64+0
go:constinfo.main SDWARFCONST size=17 align=0x0
	0x0000 0b 6d 61 69 6e 2e 73 63 61 6c 65 00 00 00 00 00  .main.scale.....
	0x0010 03                                               .
	rel 12+4 t=R_DWARFSECREF go:info.int+0
main.norm2.args_stackmap SRODATA size=10 align=0x0
	0x0000 02 00 00 00 02 00 00 00 01 01                    ..........
main.norm2.arginfo0 SRODATA size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.mid.args_stackmap SRODATA size=10 align=0x0
	0x0000 02 00 00 00 03 00 00 00 00 00                    ..........
main.mid.arginfo0 SRODATA size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.norm2.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.norm2.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.mid.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.mid.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
type:.eq.M4K4GG.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.M4K4GG.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
