main.main STEXT size=812 align=0x0 args=0x0 locals=0x118 funcid=0x0
	0x0000 00000 (maps.go:5)	TEXT	main.main(SB), ABIInternal, $280-0
	0x0000 00000 (maps.go:5)	LEAQ	-152(SP), R12
	0x0008 00008 (maps.go:5)	CMPQ	R12, 16(R14)
	0x000c 00012 (maps.go:5)	PCDATA	$0, $-2
	0x000c 00012 (maps.go:5)	JLS	802
	0x0012 00018 (maps.go:5)	PCDATA	$0, $-1
	0x0012 00018 (maps.go:5)	PUSHQ	BP
	0x0013 00019 (maps.go:5)	MOVQ	SP, BP
	0x0016 00022 (maps.go:5)	SUBQ	$272, SP
	0x001d 00029 (maps.go:5)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x001d 00029 (maps.go:5)	FUNCDATA	$1, gclocals·AWRg8PE1wVOMotN/u3tuNg==(SB)
	0x001d 00029 (maps.go:5)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (maps.go:5)	XORL	AX, AX
	0x001f 00031 (maps.go:5)	XORL	CX, CX
	0x0021 00033 (maps.go:8)	JMP	95
	0x0023 00035 (maps.go:37)	MOVQ	main..autotmp_19+224(SP), BX
	0x002b 00043 (maps.go:37)	ADDQ	BX, DX
	0x002e 00046 (maps.go:37)	MOVQ	DX, BX
	0x0031 00049 (maps.go:37)	SARQ	$63, DX
	0x0035 00053 (maps.go:37)	MOVQ	$-8543223828751151131, AX
	0x003f 00063 (maps.go:37)	MOVQ	DX, SI
	0x0042 00066 (maps.go:37)	IMULQ	BX
	0x0045 00069 (maps.go:37)	ADDQ	BX, DX
	0x0048 00072 (maps.go:37)	SARQ	$29, DX
	0x004c 00076 (maps.go:37)	SUBQ	SI, DX
	0x004f 00079 (maps.go:37)	IMUL3Q	$1000000007, DX, DX
	0x0056 00086 (maps.go:37)	SUBQ	DX, BX
	0x0059 00089 (maps.go:8)	MOVQ	CX, AX
	0x005c 00092 (maps.go:8)	MOVQ	BX, CX
	0x005f 00095 (maps.go:8)	MOVQ	CX, main.sum+32(SP)
	0x0064 00100 (maps.go:8)	CMPQ	AX, $3
	0x0068 00104 (maps.go:8)	JGE	765
	0x006e 00110 (maps.go:8)	MOVQ	AX, main.round+40(SP)
	0x0073 00115 (maps.go:9)	LEAQ	main..autotmp_19+224(SP), AX
	0x007b 00123 (maps.go:9)	MOVUPS	X15, (AX)
	0x007f 00127 (maps.go:9)	MOVUPS	X15, 16(AX)
	0x0084 00132 (maps.go:9)	MOVUPS	X15, 32(AX)
	0x0089 00137 (maps.go:9)	LEAQ	main..autotmp_20+88(SP), AX
	0x008e 00142 (maps.go:9)	MOVUPS	X15, (AX)
	0x0092 00146 (maps.go:9)	MOVUPS	X15, 16(AX)
	0x0097 00151 (maps.go:9)	MOVUPS	X15, 32(AX)
	0x009c 00156 (maps.go:9)	MOVUPS	X15, 48(AX)
	0x00a1 00161 (maps.go:9)	MOVUPS	X15, 64(AX)
	0x00a6 00166 (maps.go:9)	MOVUPS	X15, 80(AX)
	0x00ab 00171 (maps.go:9)	MOVUPS	X15, 96(AX)
	0x00b0 00176 (maps.go:9)	MOVUPS	X15, 112(AX)
	0x00b5 00181 (maps.go:9)	MOVUPS	X15, 120(AX)
	0x00ba 00186 (maps.go:9)	MOVQ	$-9187201950435737472, CX
	0x00c4 00196 (maps.go:9)	MOVQ	CX, main..autotmp_20+88(SP)
	0x00c9 00201 (maps.go:9)	MOVQ	AX, main..autotmp_19+240(SP)
	0x00d1 00209 (maps.go:9)	PCDATA	$1, $1
	0x00d1 00209 (maps.go:9)	CALL	runtime.rand(SB)
	0x00d6 00214 (maps.go:9)	MOVQ	AX, main..autotmp_19+232(SP)
	0x00de 00222 (maps.go:10)	MOVQ	main.round+40(SP), AX
	0x00e3 00227 (maps.go:10)	INCQ	AX
	0x00e6 00230 (maps.go:10)	MOVQ	AX, main..autotmp_28+80(SP)
	0x00eb 00235 (maps.go:10)	MOVQ	AX, CX
	0x00ee 00238 (maps.go:10)	XORL	DX, DX
	0x00f0 00240 (maps.go:11)	JMP	320
	0x00f2 00242 (maps.go:11)	MOVQ	DX, main.i+72(SP)
	0x00f7 00247 (maps.go:12)	IMUL3L	$1664525, AX, CX
	0x00fd 00253 (maps.go:12)	ADDL	$1013904223, CX
	0x0103 00259 (maps.go:12)	MOVL	CX, main.seed+28(SP)
	0x0107 00263 (maps.go:13)	MOVL	CX, DX
	0x0109 00265 (maps.go:13)	SHRL	$4, DX
	0x010c 00268 (maps.go:13)	LEAQ	type:map[int]int(SB), AX
	0x0113 00275 (maps.go:13)	LEAQ	main..autotmp_19+224(SP), BX
	0x011b 00283 (maps.go:13)	MOVL	DX, CX
	0x011d 00285 (maps.go:13)	NOP
	0x0120 00288 (maps.go:13)	CALL	runtime.mapassign_fast64(SB)
	0x0125 00293 (maps.go:13)	MOVQ	main.i+72(SP), DX
	0x012a 00298 (maps.go:13)	MOVQ	DX, (AX)
	0x012d 00301 (maps.go:11)	INCQ	DX
	0x0130 00304 (maps.go:21)	MOVQ	main..autotmp_28+80(SP), CX
	0x0135 00309 (maps.go:11)	MOVL	main.seed+28(SP), AX
	0x0139 00313 (maps.go:11)	NOP
	0x0140 00320 (maps.go:11)	CMPQ	DX, $200000
	0x0147 00327 (maps.go:11)	JLT	242
	0x0149 00329 (maps.go:11)	XORL	AX, AX
	0x014b 00331 (maps.go:15)	MOVQ	main.sum+32(SP), DX
	0x0150 00336 (maps.go:11)	JMP	403
	0x0152 00338 (maps.go:15)	MOVQ	AX, main.i+64(SP)
	0x0157 00343 (maps.go:16)	IMUL3Q	$7919, AX, CX
	0x015e 00350 (maps.go:16)	LEAQ	type:map[int]int(SB), AX
	0x0165 00357 (maps.go:16)	LEAQ	main..autotmp_19+224(SP), BX
	0x016d 00365 (maps.go:16)	CALL	runtime.mapaccess2_fast64(SB)
	0x0172 00370 (maps.go:16)	MOVQ	(AX), DX
	0x0175 00373 (maps.go:17)	MOVQ	main.sum+32(SP), SI
	0x017a 00378 (maps.go:17)	ADDQ	SI, DX
	0x017d 00381 (maps.go:17)	TESTB	BL, BL
	0x017f 00383 (maps.go:17)	CMOVQNE	DX, SI
	0x0183 00387 (maps.go:15)	MOVQ	main.i+64(SP), AX
	0x0188 00392 (maps.go:15)	INCQ	AX
	0x018b 00395 (maps.go:21)	MOVQ	main..autotmp_28+80(SP), CX
	0x0190 00400 (maps.go:15)	MOVQ	SI, DX
	0x0193 00403 (maps.go:15)	MOVQ	DX, main.sum+32(SP)
	0x0198 00408 (maps.go:15)	NOP
	0x01a0 00416 (maps.go:15)	CMPQ	AX, $400000
	0x01a6 00422 (maps.go:15)	JLT	338
	0x01a8 00424 (maps.go:10)	MOVQ	CX, AX
	0x01ab 00427 (maps.go:10)	XORL	BX, BX
	0x01ad 00429 (maps.go:21)	JMP	449
	0x01af 00431 (maps.go:21)	LEAQ	1(DX), BX
	0x01b3 00435 (maps.go:31)	MOVQ	main..autotmp_28+80(SP), AX
	0x01b8 00440 (maps.go:31)	MOVQ	main.sum+32(SP), DX
	0x01bd 00445 (maps.go:21)	MOVL	main.seed+28(SP), CX
	0x01c1 00449 (maps.go:21)	CMPQ	BX, $200000
	0x01c8 00456 (maps.go:21)	JGE	559
	0x01ca 00458 (maps.go:21)	MOVQ	BX, main.i+56(SP)
	0x01cf 00463 (maps.go:22)	IMUL3L	$1664525, CX, CX
	0x01d5 00469 (maps.go:22)	ADDL	$1013904223, CX
	0x01db 00475 (maps.go:22)	MOVL	CX, main.seed+28(SP)
	0x01df 00479 (maps.go:23)	MOVL	CX, SI
	0x01e1 00481 (maps.go:23)	SHRL	$4, SI
	0x01e4 00484 (maps.go:24)	BTL	$0, BX
	0x01e8 00488 (maps.go:24)	JCS	524
	0x01ea 00490 (maps.go:25)	LEAQ	type:map[int]int(SB), AX
	0x01f1 00497 (maps.go:25)	LEAQ	main..autotmp_19+224(SP), BX
	0x01f9 00505 (maps.go:25)	MOVL	SI, CX
	0x01fb 00507 (maps.go:25)	NOP
	0x0200 00512 (maps.go:25)	CALL	runtime.mapdelete_fast64(SB)
	0x0205 00517 (maps.go:21)	MOVQ	main.i+56(SP), DX
	0x020a 00522 (maps.go:25)	JMP	431
	0x020c 00524 (maps.go:27)	LEAQ	type:map[int]int(SB), AX
	0x0213 00531 (maps.go:27)	LEAQ	main..autotmp_19+224(SP), BX
	0x021b 00539 (maps.go:27)	MOVL	SI, CX
	0x021d 00541 (maps.go:27)	NOP
	0x0220 00544 (maps.go:27)	CALL	runtime.mapassign_fast64(SB)
	0x0225 00549 (maps.go:27)	MOVQ	main.i+56(SP), DX
	0x022a 00554 (maps.go:27)	ADDQ	DX, (AX)
	0x022d 00557 (maps.go:27)	JMP	431
	0x022f 00559 (maps.go:10)	MOVQ	AX, CX
	0x0232 00562 (maps.go:10)	XORL	BX, BX
	0x0234 00564 (maps.go:31)	JMP	579
	0x0236 00566 (maps.go:31)	LEAQ	1(R9), BX
	0x023a 00570 (maps.go:8)	MOVQ	main..autotmp_28+80(SP), CX
	0x023f 00575 (maps.go:31)	MOVL	main.seed+28(SP), AX
	0x0243 00579 (maps.go:31)	CMPQ	BX, $200000
	0x024a 00586 (maps.go:31)	JGE	35
	0x0250 00592 (maps.go:31)	MOVQ	BX, main.i+48(SP)
	0x0255 00597 (maps.go:31)	MOVQ	DX, main.sum+32(SP)
	0x025a 00602 (maps.go:32)	IMUL3L	$1664525, AX, CX
	0x0260 00608 (maps.go:32)	ADDL	$1013904223, CX
	0x0266 00614 (maps.go:32)	MOVL	CX, main.seed+28(SP)
	0x026a 00618 (maps.go:33)	MOVL	CX, DX
	0x026c 00620 (maps.go:33)	SHRL	$4, DX
	0x026f 00623 (maps.go:33)	LEAQ	type:map[int]int(SB), AX
	0x0276 00630 (maps.go:33)	LEAQ	main..autotmp_19+224(SP), BX
	0x027e 00638 (maps.go:33)	MOVL	DX, CX
	0x0280 00640 (maps.go:33)	CALL	runtime.mapaccess2_fast64(SB)
	0x0285 00645 (maps.go:33)	TESTB	BL, BL
	0x0287 00647 (maps.go:33)	JEQ	750
	0x0289 00649 (maps.go:33)	MOVQ	(AX), SI
	0x028c 00652 (maps.go:34)	MOVQ	$-7094901566811366006, AX
	0x0296 00662 (maps.go:34)	MOVQ	main.i+48(SP), DI
	0x029b 00667 (maps.go:34)	MULQ	DI
	0x029e 00670 (maps.go:34)	SHRQ	$3, DX
	0x02a2 00674 (maps.go:34)	LEAQ	(DX)(DX*2), R8
	0x02a6 00678 (maps.go:34)	LEAQ	(DX)(R8*4), R8
	0x02aa 00682 (maps.go:34)	MOVQ	DI, R9
	0x02ad 00685 (maps.go:34)	SUBQ	R8, DI
	0x02b0 00688 (maps.go:34)	IMULQ	SI, DI
	0x02b4 00692 (maps.go:34)	MOVQ	main.sum+32(SP), SI
	0x02b9 00697 (maps.go:34)	LEAQ	(DI)(SI*1), DX
	0x02bd 00701 (maps.go:34)	MOVQ	$-8543223828751151131, AX
	0x02c7 00711 (maps.go:34)	MOVQ	DX, CX
	0x02ca 00714 (maps.go:34)	IMULQ	DX
	0x02cd 00717 (maps.go:34)	LEAQ	(CX)(DX*1), SI
	0x02d1 00721 (maps.go:34)	MOVQ	CX, DX
	0x02d4 00724 (maps.go:34)	SARQ	$63, CX
	0x02d8 00728 (maps.go:34)	SARQ	$29, SI
	0x02dc 00732 (maps.go:34)	SUBQ	CX, SI
	0x02df 00735 (maps.go:34)	IMUL3Q	$1000000007, SI, SI
	0x02e6 00742 (maps.go:34)	SUBQ	SI, DX
	0x02e9 00745 (maps.go:34)	JMP	566
	0x02ee 00750 (maps.go:31)	MOVQ	main.i+48(SP), R9
	0x02f3 00755 (<unknown line number>)	MOVQ	main.sum+32(SP), DX
	0x02f8 00760 (maps.go:33)	JMP	566
	0x02fd 00765 (maps.go:39)	PCDATA	$1, $0
	0x02fd 00765 (maps.go:39)	NOP
	0x0300 00768 (maps.go:39)	CALL	runtime.printlock(SB)
	0x0305 00773 (maps.go:39)	MOVQ	main.sum+32(SP), AX
	0x030a 00778 (maps.go:39)	CALL	runtime.printint(SB)
	0x030f 00783 (maps.go:39)	CALL	runtime.printnl(SB)
	0x0314 00788 (maps.go:39)	CALL	runtime.printunlock(SB)
	0x0319 00793 (maps.go:40)	ADDQ	$272, SP
	0x0320 00800 (maps.go:40)	POPQ	BP
	0x0321 00801 (maps.go:40)	RET
	0x0322 00802 (maps.go:40)	NOP
	0x0322 00802 (maps.go:5)	PCDATA	$1, $-1
	0x0322 00802 (maps.go:5)	PCDATA	$0, $-2
	0x0322 00802 (maps.go:5)	CALL	runtime.morestack_noctxt(SB)
	0x0327 00807 (maps.go:5)	PCDATA	$0, $-1
	0x0327 00807 (maps.go:5)	JMP	0
	0x0000 4c 8d a4 24 68 ff ff ff 4d 3b 66 10 0f 86 10 03  L..$h...M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec 10 01 00 00 31 c0 31  ..UH..H......1.1
	0x0020 c9 eb 3c 48 8b 9c 24 e0 00 00 00 48 01 da 48 89  ..<H..$....H..H.
	0x0030 d3 48 c1 fa 3f 48 b8 e5 8f a2 12 31 5f 70 89 48  .H..?H.....1_p.H
	0x0040 89 d6 48 f7 eb 48 01 da 48 c1 fa 1d 48 29 f2 48  ..H..H..H...H).H
	0x0050 69 d2 07 ca 9a 3b 48 29 d3 48 89 c8 48 89 d9 48  i....;H).H..H..H
	0x0060 89 4c 24 20 48 83 f8 03 0f 8d 8f 02 00 00 48 89  .L$ H.........H.
	0x0070 44 24 28 48 8d 84 24 e0 00 00 00 44 0f 11 38 44  D$(H..$....D..8D
	0x0080 0f 11 78 10 44 0f 11 78 20 48 8d 44 24 58 44 0f  ..x.D..x H.D$XD.
	0x0090 11 38 44 0f 11 78 10 44 0f 11 78 20 44 0f 11 78  .8D..x.D..x D..x
	0x00a0 30 44 0f 11 78 40 44 0f 11 78 50 44 0f 11 78 60  0D..x@D..xPD..x`
	0x00b0 44 0f 11 78 70 44 0f 11 78 78 48 b9 80 80 80 80  D..xpD..xxH.....
	0x00c0 80 80 80 80 48 89 4c 24 58 48 89 84 24 f0 00 00  ....H.L$XH..$...
	0x00d0 00 e8 00 00 00 00 48 89 84 24 e8 00 00 00 48 8b  ......H..$....H.
	0x00e0 44 24 28 48 ff c0 48 89 44 24 50 48 89 c1 31 d2  D$(H..H.D$PH..1.
	0x00f0 eb 4e 48 89 54 24 48 69 c8 0d 66 19 00 81 c1 5f  .NH.T$Hi..f...._
	0x0100 f3 6e 3c 89 4c 24 1c 89 ca c1 ea 04 48 8d 05 00  .n<.L$......H...
	0x0110 00 00 00 48 8d 9c 24 e0 00 00 00 89 d1 0f 1f 00  ...H..$.........
	0x0120 e8 00 00 00 00 48 8b 54 24 48 48 89 10 48 ff c2  .....H.T$HH..H..
	0x0130 48 8b 4c 24 50 8b 44 24 1c 0f 1f 80 00 00 00 00  H.L$P.D$........
	0x0140 48 81 fa 40 0d 03 00 7c a9 31 c0 48 8b 54 24 20  H..@...|.1.H.T$ 
	0x0150 eb 41 48 89 44 24 40 48 69 c8 ef 1e 00 00 48 8d  .AH.D$@Hi.....H.
	0x0160 05 00 00 00 00 48 8d 9c 24 e0 00 00 00 e8 00 00  .....H..$.......
	0x0170 00 00 48 8b 10 48 8b 74 24 20 48 01 f2 84 db 48  ..H..H.t$ H....H
	0x0180 0f 45 f2 48 8b 44 24 40 48 ff c0 48 8b 4c 24 50  .E.H.D$@H..H.L$P
	0x0190 48 89 f2 48 89 54 24 20 0f 1f 84 00 00 00 00 00  H..H.T$ ........
	0x01a0 48 3d 80 1a 06 00 7c aa 48 89 c8 31 db eb 12 48  H=....|.H..1...H
	0x01b0 8d 5a 01 48 8b 44 24 50 48 8b 54 24 20 8b 4c 24  .Z.H.D$PH.T$ .L$
	0x01c0 1c 48 81 fb 40 0d 03 00 7d 65 48 89 5c 24 38 69  .H..@...}eH.\$8i
	0x01d0 c9 0d 66 19 00 81 c1 5f f3 6e 3c 89 4c 24 1c 89  ..f...._.n<.L$..
	0x01e0 ce c1 ee 04 0f ba e3 00 72 22 48 8d 05 00 00 00  ........r"H.....
	0x01f0 00 48 8d 9c 24 e0 00 00 00 89 f1 0f 1f 44 00 00  .H..$........D..
	0x0200 e8 00 00 00 00 48 8b 54 24 38 eb a3 48 8d 05 00  .....H.T$8..H...
	0x0210 00 00 00 48 8d 9c 24 e0 00 00 00 89 f1 0f 1f 00  ...H..$.........
	0x0220 e8 00 00 00 00 48 8b 54 24 38 48 01 10 eb 80 48  .....H.T$8H....H
	0x0230 89 c1 31 db eb 0d 49 8d 59 01 48 8b 4c 24 50 8b  ..1...I.Y.H.L$P.
	0x0240 44 24 1c 48 81 fb 40 0d 03 00 0f 8d d3 fd ff ff  D$.H..@.........
	0x0250 48 89 5c 24 30 48 89 54 24 20 69 c8 0d 66 19 00  H.\$0H.T$ i..f..
	0x0260 81 c1 5f f3 6e 3c 89 4c 24 1c 89 ca c1 ea 04 48  .._.n<.L$......H
	0x0270 8d 05 00 00 00 00 48 8d 9c 24 e0 00 00 00 89 d1  ......H..$......
	0x0280 e8 00 00 00 00 84 db 74 65 48 8b 30 48 b8 8a 9d  .......teH.0H...
	0x0290 d8 89 9d d8 89 9d 48 8b 7c 24 30 48 f7 e7 48 c1  ......H.|$0H..H.
	0x02a0 ea 03 4c 8d 04 52 4e 8d 04 82 49 89 f9 4c 29 c7  ..L..RN...I..L).
	0x02b0 48 0f af fe 48 8b 74 24 20 48 8d 14 37 48 b8 e5  H...H.t$ H..7H..
	0x02c0 8f a2 12 31 5f 70 89 48 89 d1 48 f7 ea 48 8d 34  ...1_p.H..H..H.4
	0x02d0 11 48 89 ca 48 c1 f9 3f 48 c1 fe 1d 48 29 ce 48  .H..H..?H...H).H
	0x02e0 69 f6 07 ca 9a 3b 48 29 f2 e9 48 ff ff ff 4c 8b  i....;H)..H...L.
	0x02f0 4c 24 30 48 8b 54 24 20 e9 39 ff ff ff 0f 1f 00  L$0H.T$ .9......
	0x0300 e8 00 00 00 00 48 8b 44 24 20 e8 00 00 00 00 e8  .....H.D$ ......
	0x0310 00 00 00 00 e8 00 00 00 00 48 81 c4 10 01 00 00  .........H......
	0x0320 5d c3 e8 00 00 00 00 e9 d4 fc ff ff              ]...........
	rel 210+4 t=R_CALL runtime.rand+0
	rel 271+4 t=R_PCREL type:map[int]int+0
	rel 289+4 t=R_CALL runtime.mapassign_fast64+0
	rel 353+4 t=R_PCREL type:map[int]int+0
	rel 366+4 t=R_CALL runtime.mapaccess2_fast64+0
	rel 493+4 t=R_PCREL type:map[int]int+0
	rel 513+4 t=R_CALL runtime.mapdelete_fast64+0
	rel 527+4 t=R_PCREL type:map[int]int+0
	rel 545+4 t=R_CALL runtime.mapassign_fast64+0
	rel 626+4 t=R_PCREL type:map[int]int+0
	rel 641+4 t=R_CALL runtime.mapaccess2_fast64+0
	rel 769+4 t=R_CALL runtime.printlock+0
	rel 779+4 t=R_CALL runtime.printint+0
	rel 784+4 t=R_CALL runtime.printnl+0
	rel 789+4 t=R_CALL runtime.printunlock+0
	rel 803+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*map[int]int- SRODATA dupok size=14 align=0x1
	0x0000 00 0c 2a 6d 61 70 5b 69 6e 74 5d 69 6e 74        ..*map[int]int
type:*map[int]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 74 51 b7 ae 28 08 08 16 00 00 00 00 00 00 00 00  tQ..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int]int-+0
	rel 48+8 t=R_ADDR type:map[int]int+0
type:.namedata.*map.group[int]int- SRODATA dupok size=20 align=0x1
	0x0000 00 12 2a 6d 61 70 2e 67 72 6f 75 70 5b 69 6e 74  ..*map.group[int
	0x0010 5d 69 6e 74                                      ]int
type:noalg.*map.group[int]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 59 e2 af 14 20 08 08 16 00 00 00 00 00 00 00 00  Y... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int]int-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[int]int+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.*[8]struct { key int; elem int }- SRODATA dupok size=34 align=0x1
	0x0000 00 20 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  . *[8]struct { k
	0x0010 65 79 20 69 6e 74 3b 20 65 6c 65 6d 20 69 6e 74  ey int; elem int
	0x0020 20 7d                                             }
type:noalg.*[8]struct { key int; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 dd b3 23 cb 20 08 08 16 00 00 00 00 00 00 00 00  ..#. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key int; elem int }+0
type:.namedata.*struct { key int; elem int }- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  ..*struct { key 
	0x0010 69 6e 74 3b 20 65 6c 65 6d 20 69 6e 74 20 7d     int; elem int }
type:noalg.*struct { key int; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ff c4 f6 0c 20 08 08 16 00 00 00 00 00 00 00 00  .... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem int }+0
type:.importpath.. SRODATA dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.namedata.key- SRODATA dupok size=5 align=0x1
	0x0000 00 03 6b 65 79                                   ..key
type:.namedata.elem- SRODATA dupok size=6 align=0x1
	0x0000 00 04 65 6c 65 6d                                ..elem
type:noalg.struct { key int; elem int } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 20 f2 56 9c 02 08 08 19 00 00 00 00 00 00 00 00   .V.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key int; elem int }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key int; elem int }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:int+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:int+0
type:.namedata.*[]struct { key int; elem int }- SRODATA dupok size=33 align=0x1
	0x0000 00 1f 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  ..*[]struct { ke
	0x0010 79 20 69 6e 74 3b 20 65 6c 65 6d 20 69 6e 74 20  y int; elem int 
	0x0020 7d                                               }
type:*[]struct { key int; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c2 95 42 f2 28 08 08 16 00 00 00 00 00 00 00 00  ..B.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int; elem int }-+0
	rel 48+8 t=R_ADDR type:[]struct { key int; elem int }+0
type:[]struct { key int; elem int } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e9 1c 2f 24 02 08 08 17 00 00 00 00 00 00 00 00  ../$............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key int; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem int }+0
type:noalg.[8]struct { key int; elem int } SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 da 27 44 7e 02 08 08 11 00 00 00 00 00 00 00 00  .'D~............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key int; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem int }+0
	rel 56+8 t=R_ADDR type:[]struct { key int; elem int }+0
type:.namedata.ctrl- SRODATA dupok size=6 align=0x1
	0x0000 00 04 63 74 72 6c                                ..ctrl
type:.namedata.slots- SRODATA dupok size=7 align=0x1
	0x0000 00 05 73 6c 6f 74 73                             ..slots
type:noalg.map.group[int]int SRODATA dupok size=128 align=0x8
	0x0000 88 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 f8 ad e5 a7 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int]int-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[int]int+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[int]int+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key int; elem int }+0
runtime.memhash64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memhash64+0
type:map[int]int SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9e 99 5a 5d 22 08 08 15 00 00 00 00 00 00 00 00  ..Z]"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 88 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0070 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int]int-+0
	rel 44+4 t=RelocType(-32763) type:*map[int]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:noalg.map.group[int]int+0
	rel 72+8 t=R_ADDR runtime.memhash64·f+0
runtime.gcbits.0400000000000000 SRODATA dupok size=8 align=0x8
	0x0000 04 00 00 00 00 00 00 00                          ........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·AWRg8PE1wVOMotN/u3tuNg== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 06 00 00 00 00 04                    ..........
main.main.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 d0 ff ff ff 30 00 00 00  ............0...
	0x0010 18 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
