main.main STEXT size=538 align=0x0 args=0x0 locals=0x88 funcid=0x0
	0x0000 00000 (bignum.go:13)	TEXT	main.main(SB), ABIInternal, $136-0
	0x0000 00000 (bignum.go:13)	LEAQ	-8(SP), R12
	0x0005 00005 (bignum.go:13)	CMPQ	R12, 16(R14)
	0x0009 00009 (bignum.go:13)	PCDATA	$0, $-2
	0x0009 00009 (bignum.go:13)	JLS	528
	0x000f 00015 (bignum.go:13)	PCDATA	$0, $-1
	0x000f 00015 (bignum.go:13)	PUSHQ	BP
	0x0010 00016 (bignum.go:13)	MOVQ	SP, BP
	0x0013 00019 (bignum.go:13)	ADDQ	$-128, SP
	0x0017 00023 (bignum.go:13)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
	0x0017 00023 (bignum.go:13)	FUNCDATA	$1, gclocals·c2kJDCe2Egg1S8V4NMO8rg==(SB)
	0x0017 00023 (bignum.go:15)	LEAQ	type:uint64(SB), AX
	0x001e 00030 (bignum.go:15)	MOVL	$64, BX
	0x0023 00035 (bignum.go:15)	MOVL	BX, CX
	0x0025 00037 (bignum.go:15)	PCDATA	$1, $0
	0x0025 00037 (bignum.go:15)	CALL	runtime.makeslice(SB)
	0x002a 00042 (bignum.go:15)	MOVQ	AX, main..autotmp_24+120(SP)
	0x002f 00047 (bignum.go:16)	LEAQ	type:uint64(SB), AX
	0x0036 00054 (bignum.go:16)	MOVL	$64, BX
	0x003b 00059 (bignum.go:16)	MOVL	BX, CX
	0x003d 00061 (bignum.go:16)	PCDATA	$1, $1
	0x003d 00061 (bignum.go:16)	NOP
	0x0040 00064 (bignum.go:16)	CALL	runtime.makeslice(SB)
	0x0045 00069 (bignum.go:16)	MOVQ	AX, main..autotmp_25+112(SP)
	0x004a 00074 (bignum.go:17)	LEAQ	type:uint64(SB), AX
	0x0051 00081 (bignum.go:17)	MOVL	$64, BX
	0x0056 00086 (bignum.go:17)	MOVL	BX, CX
	0x0058 00088 (bignum.go:17)	PCDATA	$1, $2
	0x0058 00088 (bignum.go:17)	CALL	runtime.makeslice(SB)
	0x005d 00093 (bignum.go:19)	MOVQ	$-7046029254386353131, DX
	0x0067 00103 (bignum.go:19)	XORL	SI, SI
	0x0069 00105 (bignum.go:19)	MOVQ	main..autotmp_24+120(SP), DI
	0x006e 00110 (bignum.go:19)	MOVQ	main..autotmp_25+112(SP), R8
	0x0073 00115 (bignum.go:19)	JMP	172
	0x0075 00117 (bignum.go:20)	MOVQ	DX, CX
	0x0078 00120 (bignum.go:20)	SHLQ	$13, CX
	0x007c 00124 (bignum.go:20)	XORQ	CX, DX
	0x007f 00127 (bignum.go:21)	MOVQ	DX, CX
	0x0082 00130 (bignum.go:21)	SHRQ	$7, CX
	0x0086 00134 (bignum.go:21)	XORQ	CX, DX
	0x0089 00137 (bignum.go:22)	MOVQ	DX, CX
	0x008c 00140 (bignum.go:22)	SHLQ	$17, CX
	0x0090 00144 (bignum.go:22)	XORQ	CX, DX
	0x0093 00147 (bignum.go:23)	MOVQ	DX, (DI)(SI*8)
	0x0097 00151 (bignum.go:24)	MOVQ	$2685821657736338717, CX
	0x00a1 00161 (bignum.go:24)	IMULQ	DX, CX
	0x00a5 00165 (bignum.go:24)	MOVQ	CX, (R8)(SI*8)
	0x00a9 00169 (bignum.go:19)	INCQ	SI
	0x00ac 00172 (bignum.go:19)	CMPQ	SI, $64
	0x00b0 00176 (bignum.go:19)	JLT	117
	0x00b2 00178 (bignum.go:17)	MOVQ	AX, main..autotmp_26+104(SP)
	0x00b7 00183 (bignum.go:17)	XORL	CX, CX
	0x00b9 00185 (bignum.go:17)	XORL	DX, DX
	0x00bb 00187 (bignum.go:17)	NOP
	0x00c0 00192 (bignum.go:19)	JMP	469
	0x00c5 00197 (bignum.go:27)	MOVQ	CX, main.round+88(SP)
	0x00ca 00202 (bignum.go:28)	MOVQ	AX, (SP)
	0x00ce 00206 (bignum.go:28)	MOVQ	$64, 8(SP)
	0x00d7 00215 (bignum.go:28)	MOVQ	$64, 16(SP)
	0x00e0 00224 (bignum.go:28)	MOVQ	DI, 24(SP)
	0x00e5 00229 (bignum.go:28)	MOVQ	$64, 32(SP)
	0x00ee 00238 (bignum.go:28)	MOVQ	$64, 40(SP)
	0x00f7 00247 (bignum.go:28)	MOVQ	R8, 48(SP)
	0x00fc 00252 (bignum.go:28)	MOVQ	$64, 56(SP)
	0x0105 00261 (bignum.go:28)	MOVQ	$64, 64(SP)
	0x010e 00270 (bignum.go:28)	PCDATA	$1, $3
	0x010e 00270 (bignum.go:28)	CALL	main.addVV(SB)
	0x0113 00275 (bignum.go:28)	XORPS	X15, X15
	0x0117 00279 (bignum.go:28)	MOVQ	(TLS), R14
	0x0120 00288 (bignum.go:28)	MOVQ	72(SP), AX
	0x0125 00293 (bignum.go:29)	MOVQ	main.round+88(SP), CX
	0x012a 00298 (bignum.go:29)	MOVQ	CX, DX
	0x012d 00301 (bignum.go:29)	ANDQ	$-64, CX
	0x0131 00305 (bignum.go:29)	SUBQ	CX, DX
	0x0134 00308 (bignum.go:29)	MOVQ	DX, main..autotmp_27+96(SP)
	0x0139 00313 (bignum.go:29)	MOVQ	main..autotmp_25+112(SP), CX
	0x013e 00318 (bignum.go:29)	MOVQ	(CX)(DX*8), CX
	0x0142 00322 (bignum.go:29)	MOVQ	main..autotmp_24+120(SP), DX
	0x0147 00327 (bignum.go:29)	MOVQ	DX, (SP)
	0x014b 00331 (bignum.go:29)	MOVQ	$64, 8(SP)
	0x0154 00340 (bignum.go:29)	MOVQ	$64, 16(SP)
	0x015d 00349 (bignum.go:29)	MOVQ	main..autotmp_26+104(SP), DX
	0x0162 00354 (bignum.go:29)	MOVQ	DX, 24(SP)
	0x0167 00359 (bignum.go:29)	MOVQ	$64, 32(SP)
	0x0170 00368 (bignum.go:29)	MOVQ	$64, 40(SP)
	0x0179 00377 (bignum.go:29)	ORQ	$1, CX
	0x017d 00381 (bignum.go:29)	MOVQ	CX, 48(SP)
	0x0182 00386 (bignum.go:29)	MOVQ	AX, 56(SP)
	0x0187 00391 (bignum.go:29)	CALL	main.mulAddVWW(SB)
	0x018c 00396 (bignum.go:29)	XORPS	X15, X15
	0x0190 00400 (bignum.go:29)	MOVQ	(TLS), R14
	0x0199 00409 (bignum.go:30)	MOVQ	main.sum+80(SP), DX
	0x019e 00414 (bignum.go:30)	MOVQ	DX, AX
	0x01a1 00417 (bignum.go:30)	SHLQ	$5, AX
	0x01a5 00421 (bignum.go:30)	SUBQ	DX, AX
	0x01a8 00424 (bignum.go:30)	ADDQ	64(SP), AX
	0x01ad 00429 (bignum.go:30)	MOVQ	main..autotmp_27+96(SP), CX
	0x01b2 00434 (bignum.go:30)	MOVQ	main..autotmp_26+104(SP), DX
	0x01b7 00439 (bignum.go:30)	ADDQ	(DX)(CX*8), AX
	0x01bb 00443 (bignum.go:27)	MOVQ	main.round+88(SP), CX
	0x01c0 00448 (bignum.go:27)	INCQ	CX
	0x01c3 00451 (bignum.go:28)	MOVQ	main..autotmp_24+120(SP), DI
	0x01c8 00456 (bignum.go:28)	MOVQ	main..autotmp_25+112(SP), R8
	0x01cd 00461 (bignum.go:27)	MOVQ	AX, DX
	0x01d0 00464 (bignum.go:28)	MOVQ	main..autotmp_26+104(SP), AX
	0x01d5 00469 (bignum.go:27)	MOVQ	DX, main.sum+80(SP)
	0x01da 00474 (bignum.go:27)	NOP
	0x01e0 00480 (bignum.go:27)	CMPQ	CX, $400000
	0x01e7 00487 (bignum.go:27)	JLT	197
	0x01ed 00493 (bignum.go:32)	PCDATA	$1, $0
	0x01ed 00493 (bignum.go:32)	CALL	runtime.printlock(SB)
	0x01f2 00498 (bignum.go:32)	MOVQ	main.sum+80(SP), AX
	0x01f7 00503 (bignum.go:32)	CALL	runtime.printuint(SB)
	0x01fc 00508 (bignum.go:32)	NOP
	0x0200 00512 (bignum.go:32)	CALL	runtime.printnl(SB)
	0x0205 00517 (bignum.go:32)	CALL	runtime.printunlock(SB)
	0x020a 00522 (bignum.go:33)	SUBQ	$-128, SP
	0x020e 00526 (bignum.go:33)	POPQ	BP
	0x020f 00527 (bignum.go:33)	RET
	0x0210 00528 (bignum.go:33)	NOP
	0x0210 00528 (bignum.go:13)	PCDATA	$1, $-1
	0x0210 00528 (bignum.go:13)	PCDATA	$0, $-2
	0x0210 00528 (bignum.go:13)	CALL	runtime.morestack_noctxt(SB)
	0x0215 00533 (bignum.go:13)	PCDATA	$0, $-1
	0x0215 00533 (bignum.go:13)	JMP	0
	0x0000 4c 8d 64 24 f8 4d 3b 66 10 0f 86 01 02 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 83 c4 80 48 8d 05 00 00 00 00 bb 40  H..H...H.......@
	0x0020 00 00 00 89 d9 e8 00 00 00 00 48 89 44 24 78 48  ..........H.D$xH
	0x0030 8d 05 00 00 00 00 bb 40 00 00 00 89 d9 0f 1f 00  .......@........
	0x0040 e8 00 00 00 00 48 89 44 24 70 48 8d 05 00 00 00  .....H.D$pH.....
	0x0050 00 bb 40 00 00 00 89 d9 e8 00 00 00 00 48 ba 15  ..@..........H..
	0x0060 7c 4a 7f b9 79 37 9e 31 f6 48 8b 7c 24 78 4c 8b  |J..y7.1.H.|$xL.
	0x0070 44 24 70 eb 37 48 89 d1 48 c1 e1 0d 48 31 ca 48  D$p.7H..H...H1.H
	0x0080 89 d1 48 c1 e9 07 48 31 ca 48 89 d1 48 c1 e1 11  ..H...H1.H..H...
	0x0090 48 31 ca 48 89 14 f7 48 b9 1d dd 6c 4f 91 f4 45  H1.H...H...lO..E
	0x00a0 25 48 0f af ca 49 89 0c f0 48 ff c6 48 83 fe 40  %H...I...H..H..@
	0x00b0 7c c3 48 89 44 24 68 31 c9 31 d2 0f 1f 44 00 00  |.H.D$h1.1...D..
	0x00c0 e9 10 01 00 00 48 89 4c 24 58 48 89 04 24 48 c7  .....H.L$XH..$H.
	0x00d0 44 24 08 40 00 00 00 48 c7 44 24 10 40 00 00 00  D$.@...H.D$.@...
	0x00e0 48 89 7c 24 18 48 c7 44 24 20 40 00 00 00 48 c7  H.|$.H.D$ @...H.
	0x00f0 44 24 28 40 00 00 00 4c 89 44 24 30 48 c7 44 24  D$(@...L.D$0H.D$
	0x0100 38 40 00 00 00 48 c7 44 24 40 40 00 00 00 e8 00  8@...H.D$@@.....
	0x0110 00 00 00 45 0f 57 ff 64 4c 8b 34 25 00 00 00 00  ...E.W.dL.4%....
	0x0120 48 8b 44 24 48 48 8b 4c 24 58 48 89 ca 48 83 e1  H.D$HH.L$XH..H..
	0x0130 c0 48 29 ca 48 89 54 24 60 48 8b 4c 24 70 48 8b  .H).H.T$`H.L$pH.
	0x0140 0c d1 48 8b 54 24 78 48 89 14 24 48 c7 44 24 08  ..H.T$xH..$H.D$.
	0x0150 40 00 00 00 48 c7 44 24 10 40 00 00 00 48 8b 54  @...H.D$.@...H.T
	0x0160 24 68 48 89 54 24 18 48 c7 44 24 20 40 00 00 00  $hH.T$.H.D$ @...
	0x0170 48 c7 44 24 28 40 00 00 00 48 83 c9 01 48 89 4c  H.D$(@...H...H.L
	0x0180 24 30 48 89 44 24 38 e8 00 00 00 00 45 0f 57 ff  $0H.D$8.....E.W.
	0x0190 64 4c 8b 34 25 00 00 00 00 48 8b 54 24 50 48 89  dL.4%....H.T$PH.
	0x01a0 d0 48 c1 e0 05 48 29 d0 48 03 44 24 40 48 8b 4c  .H...H).H.D$@H.L
	0x01b0 24 60 48 8b 54 24 68 48 03 04 ca 48 8b 4c 24 58  $`H.T$hH...H.L$X
	0x01c0 48 ff c1 48 8b 7c 24 78 4c 8b 44 24 70 48 89 c2  H..H.|$xL.D$pH..
	0x01d0 48 8b 44 24 68 48 89 54 24 50 66 0f 1f 44 00 00  H.D$hH.T$Pf..D..
	0x01e0 48 81 f9 80 1a 06 00 0f 8c d8 fe ff ff e8 00 00  H...............
	0x01f0 00 00 48 8b 44 24 50 e8 00 00 00 00 0f 1f 40 00  ..H.D$P.......@.
	0x0200 e8 00 00 00 00 e8 00 00 00 00 48 83 ec 80 5d c3  ..........H...].
	0x0210 e8 00 00 00 00 e9 e6 fd ff ff                    ..........
	rel 26+4 t=R_PCREL type:uint64+0
	rel 38+4 t=R_CALL runtime.makeslice+0
	rel 50+4 t=R_PCREL type:uint64+0
	rel 65+4 t=R_CALL runtime.makeslice+0
	rel 77+4 t=R_PCREL type:uint64+0
	rel 89+4 t=R_CALL runtime.makeslice+0
	rel 271+4 t=R_CALL main.addVV+0
	rel 284+4 t=R_TLS_LE TLS+0
	rel 392+4 t=R_CALL main.mulAddVWW+0
	rel 405+4 t=R_TLS_LE TLS+0
	rel 494+4 t=R_CALL runtime.printlock+0
	rel 504+4 t=R_CALL runtime.printuint+0
	rel 513+4 t=R_CALL runtime.printnl+0
	rel 518+4 t=R_CALL runtime.printunlock+0
	rel 529+4 t=R_CALL runtime.morestack_noctxt+0
main.addVV STEXT dupok nosplit size=99 align=0x0 args=0x48 locals=0x58 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.addVV(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $88-72
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$80, SP
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, main.z+96(FP)
	0x000d 00013 (<autogenerated>:1)	MOVQ	DI, main.x+120(FP)
	0x0012 00018 (<autogenerated>:1)	MOVQ	R9, main.y+144(FP)
	0x001a 00026 (<autogenerated>:1)	FUNCDATA	$0, gclocals·/zz39XO4TKXnwqNTMXFiBQ==(SB)
	0x001a 00026 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x001a 00026 (<autogenerated>:1)	FUNCDATA	$5, main.addVV.arginfo1(SB)
	0x001a 00026 (<autogenerated>:1)	FUNCDATA	$6, main.addVV.argliveinfo(SB)
	0x001a 00026 (<autogenerated>:1)	PCDATA	$3, $1
	0x001a 00026 (<autogenerated>:1)	PCDATA	$0, $-2
	0x001a 00026 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x001e 00030 (<autogenerated>:1)	MOVQ	BX, 8(SP)
	0x0023 00035 (<autogenerated>:1)	MOVQ	CX, 16(SP)
	0x0028 00040 (<autogenerated>:1)	MOVQ	DI, 24(SP)
	0x002d 00045 (<autogenerated>:1)	MOVQ	SI, 32(SP)
	0x0032 00050 (<autogenerated>:1)	MOVQ	R8, 40(SP)
	0x0037 00055 (<autogenerated>:1)	MOVQ	R9, 48(SP)
	0x003c 00060 (<autogenerated>:1)	MOVQ	R10, 56(SP)
	0x0041 00065 (<autogenerated>:1)	MOVQ	R11, 64(SP)
	0x0046 00070 (<autogenerated>:1)	PCDATA	$1, $1
	0x0046 00070 (<autogenerated>:1)	CALL	main.addVV(SB)
	0x004b 00075 (<autogenerated>:1)	XORPS	X15, X15
	0x004f 00079 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x0058 00088 (<autogenerated>:1)	MOVQ	72(SP), AX
	0x005d 00093 (<autogenerated>:1)	ADDQ	$80, SP
	0x0061 00097 (<autogenerated>:1)	POPQ	BP
	0x0062 00098 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 50 48 89 44 24 60 48 89 7c  UH..H..PH.D$`H.|
	0x0010 24 78 4c 89 8c 24 90 00 00 00 48 89 04 24 48 89  $xL..$....H..$H.
	0x0020 5c 24 08 48 89 4c 24 10 48 89 7c 24 18 48 89 74  \$.H.L$.H.|$.H.t
	0x0030 24 20 4c 89 44 24 28 4c 89 4c 24 30 4c 89 54 24  $ L.D$(L.L$0L.T$
	0x0040 38 4c 89 5c 24 40 e8 00 00 00 00 45 0f 57 ff 64  8L.\$@.....E.W.d
	0x0050 4c 8b 34 25 00 00 00 00 48 8b 44 24 48 48 83 c4  L.4%....H.D$HH..
	0x0060 50 5d c3                                         P].
	rel 71+4 t=R_CALL main.addVV+0
	rel 84+4 t=R_TLS_LE TLS+0
main.mulAddVWW STEXT dupok nosplit size=86 align=0x0 args=0x40 locals=0x50 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.mulAddVWW(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $80-64
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$72, SP
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, main.z+88(FP)
	0x000d 00013 (<autogenerated>:1)	MOVQ	DI, main.x+112(FP)
	0x0012 00018 (<autogenerated>:1)	FUNCDATA	$0, gclocals·cC5rNmVCHyCv6uELS7ccGw==(SB)
	0x0012 00018 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (<autogenerated>:1)	FUNCDATA	$5, main.mulAddVWW.arginfo1(SB)
	0x0012 00018 (<autogenerated>:1)	FUNCDATA	$6, main.mulAddVWW.argliveinfo(SB)
	0x0012 00018 (<autogenerated>:1)	PCDATA	$3, $1
	0x0012 00018 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0012 00018 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x0016 00022 (<autogenerated>:1)	MOVQ	BX, 8(SP)
	0x001b 00027 (<autogenerated>:1)	MOVQ	CX, 16(SP)
	0x0020 00032 (<autogenerated>:1)	MOVQ	DI, 24(SP)
	0x0025 00037 (<autogenerated>:1)	MOVQ	SI, 32(SP)
	0x002a 00042 (<autogenerated>:1)	MOVQ	R8, 40(SP)
	0x002f 00047 (<autogenerated>:1)	MOVQ	R9, 48(SP)
	0x0034 00052 (<autogenerated>:1)	MOVQ	R10, 56(SP)
	0x0039 00057 (<autogenerated>:1)	PCDATA	$1, $1
	0x0039 00057 (<autogenerated>:1)	CALL	main.mulAddVWW(SB)
	0x003e 00062 (<autogenerated>:1)	XORPS	X15, X15
	0x0042 00066 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x004b 00075 (<autogenerated>:1)	MOVQ	64(SP), AX
	0x0050 00080 (<autogenerated>:1)	ADDQ	$72, SP
	0x0054 00084 (<autogenerated>:1)	POPQ	BP
	0x0055 00085 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 48 48 89 44 24 58 48 89 7c  UH..H..HH.D$XH.|
	0x0010 24 70 48 89 04 24 48 89 5c 24 08 48 89 4c 24 10  $pH..$H.\$.H.L$.
	0x0020 48 89 7c 24 18 48 89 74 24 20 4c 89 44 24 28 4c  H.|$.H.t$ L.D$(L
	0x0030 89 4c 24 30 4c 89 54 24 38 e8 00 00 00 00 45 0f  .L$0L.T$8.....E.
	0x0040 57 ff 64 4c 8b 34 25 00 00 00 00 48 8b 44 24 40  W.dL.4%....H.D$@
	0x0050 48 83 c4 48 5d c3                                H..H].
	rel 58+4 t=R_CALL main.mulAddVWW+0
	rel 71+4 t=R_TLS_LE TLS+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
main.addVV.args_stackmap SRODATA size=12 align=0x0
	0x0000 02 00 00 00 0a 00 00 00 49 00 49 00              ........I.I.
main.addVV.arginfo0 SRODATA size=25 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd fe 18 08 20 08 28 08 fd  ........... .(..
	0x0010 fe 30 08 38 08 40 08 fd ff                       .0.8.@...
main.mulAddVWW.args_stackmap SRODATA size=12 align=0x0
	0x0000 02 00 00 00 09 00 00 00 09 00 09 00              ............
main.mulAddVWW.arginfo0 SRODATA size=21 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd fe 18 08 20 08 28 08 fd  ........... .(..
	0x0010 30 08 38 08 ff                                   0.8..
gclocals·D6AnjkNyRZzKYVnNXnHP7g== SRODATA dupok size=8 align=0x4
	0x0000 04 00 00 00 00 00 00 00                          ........
gclocals·c2kJDCe2Egg1S8V4NMO8rg== SRODATA dupok size=12 align=0x4
	0x0000 04 00 00 00 03 00 00 00 00 04 06 07              ............
gclocals·/zz39XO4TKXnwqNTMXFiBQ== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 07 00 00 00 49 00                    ........I.
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.addVV.arginfo1 SRODATA static dupok size=25 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd fe 18 08 20 08 28 08 fd  ........... .(..
	0x0010 fe 30 08 38 08 40 08 fd ff                       .0.8.@...
main.addVV.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 00                                         ...
gclocals·cC5rNmVCHyCv6uELS7ccGw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 04 00 00 00 09 00                    ..........
main.mulAddVWW.arginfo1 SRODATA static dupok size=21 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd fe 18 08 20 08 28 08 fd  ........... .(..
	0x0010 30 08 38 08 ff                                   0.8..
main.mulAddVWW.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
