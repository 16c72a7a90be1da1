main.main STEXT size=797 align=0x0 args=0x0 locals=0xb0 funcid=0x0
	0x0000 00000 (main.go:11)	TEXT	main.main(SB), ABIInternal, $176-0
	0x0000 00000 (main.go:11)	LEAQ	-48(SP), R12
	0x0005 00005 (main.go:11)	CMPQ	R12, 16(R14)
	0x0009 00009 (main.go:11)	PCDATA	$0, $-2
	0x0009 00009 (main.go:11)	JLS	787
	0x000f 00015 (main.go:11)	PCDATA	$0, $-1
	0x000f 00015 (main.go:11)	PUSHQ	BP
	0x0010 00016 (main.go:11)	MOVQ	SP, BP
	0x0013 00019 (main.go:11)	SUBQ	$168, SP
	0x001a 00026 (main.go:11)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
	0x001a 00026 (main.go:11)	FUNCDATA	$1, gclocals·0UeDM9oE/dwRGV9XBPtrNw==(SB)
	0x001a 00026 (main.go:12)	MOVL	$48, AX
	0x001f 00031 (main.go:12)	LEAQ	type:[6]int64(SB), BX
	0x0026 00038 (main.go:12)	MOVL	$1, CX
	0x002b 00043 (main.go:12)	PCDATA	$1, $0
	0x002b 00043 (main.go:12)	CALL	runtime.mallocgcSmallNoScanSC5(SB)
	0x0030 00048 (main.go:12)	MOVQ	AX, main..autotmp_23+160(SP)
	0x0038 00056 (main.go:12)	MOVQ	$1, (AX)
	0x003f 00063 (main.go:12)	MOVQ	$2, 8(AX)
	0x0047 00071 (main.go:12)	MOVQ	$3, 16(AX)
	0x004f 00079 (main.go:12)	MOVQ	$4, 24(AX)
	0x0057 00087 (main.go:12)	MOVQ	$5, 32(AX)
	0x005f 00095 (main.go:12)	MOVQ	$1099511627776, DX
	0x0069 00105 (main.go:12)	MOVQ	DX, 40(AX)
	0x006d 00109 (main.go:13)	MOVQ	AX, (SP)
	0x0071 00113 (main.go:13)	MOVQ	$6, 8(SP)
	0x007a 00122 (main.go:13)	MOVQ	$6, 16(SP)
	0x0083 00131 (main.go:13)	PCDATA	$1, $1
	0x0083 00131 (main.go:13)	CALL	main.sum(SB)
	0x0088 00136 (main.go:13)	XORPS	X15, X15
	0x008c 00140 (main.go:13)	MOVQ	(TLS), R14
	0x0095 00149 (main.go:13)	MOVQ	24(SP), DX
	0x009a 00154 (main.go:13)	MOVQ	DX, main..autotmp_24+136(SP)
	0x00a2 00162 (main.go:13)	MOVQ	main..autotmp_23+160(SP), DX
	0x00aa 00170 (main.go:13)	ADDQ	$16, DX
	0x00ae 00174 (main.go:13)	MOVQ	DX, (SP)
	0x00b2 00178 (main.go:13)	MOVQ	$2, 8(SP)
	0x00bb 00187 (main.go:13)	MOVQ	$4, 16(SP)
	0x00c4 00196 (main.go:13)	PCDATA	$1, $0
	0x00c4 00196 (main.go:13)	CALL	main.sum(SB)
	0x00c9 00201 (main.go:13)	XORPS	X15, X15
	0x00cd 00205 (main.go:13)	MOVQ	(TLS), R14
	0x00d6 00214 (main.go:13)	MOVQ	24(SP), DX
	0x00db 00219 (main.go:13)	MOVQ	DX, main..autotmp_25+128(SP)
	0x00e3 00227 (main.go:13)	MOVUPS	X15, (SP)
	0x00e8 00232 (main.go:13)	MOVQ	$0, 16(SP)
	0x00f1 00241 (main.go:13)	CALL	main.sum(SB)
	0x00f6 00246 (main.go:13)	XORPS	X15, X15
	0x00fa 00250 (main.go:13)	MOVQ	(TLS), R14
	0x0103 00259 (main.go:13)	MOVQ	24(SP), DX
	0x0108 00264 (main.go:13)	MOVQ	DX, main..autotmp_26+120(SP)
	0x010d 00269 (main.go:13)	CALL	runtime.printlock(SB)
	0x0112 00274 (main.go:13)	MOVQ	main..autotmp_24+136(SP), AX
	0x011a 00282 (main.go:13)	CALL	runtime.printint(SB)
	0x011f 00287 (main.go:13)	NOP
	0x0120 00288 (main.go:13)	CALL	runtime.printsp(SB)
	0x0125 00293 (main.go:13)	MOVQ	main..autotmp_25+128(SP), AX
	0x012d 00301 (main.go:13)	CALL	runtime.printint(SB)
	0x0132 00306 (main.go:13)	CALL	runtime.printsp(SB)
	0x0137 00311 (main.go:13)	MOVQ	main..autotmp_26+120(SP), AX
	0x013c 00316 (main.go:13)	NOP
	0x0140 00320 (main.go:13)	CALL	runtime.printint(SB)
	0x0145 00325 (main.go:13)	CALL	runtime.printnl(SB)
	0x014a 00330 (main.go:13)	CALL	runtime.printunlock(SB)
	0x014f 00335 (main.go:14)	LEAQ	go:string."mississippi"(SB), DX
	0x0156 00342 (main.go:14)	MOVQ	DX, (SP)
	0x015a 00346 (main.go:14)	MOVQ	$11, 8(SP)
	0x0163 00355 (main.go:14)	MOVB	$115, 16(SP)
	0x0168 00360 (main.go:14)	CALL	main.count(SB)
	0x016d 00365 (main.go:14)	XORPS	X15, X15
	0x0171 00369 (main.go:14)	MOVQ	(TLS), R14
	0x017a 00378 (main.go:14)	MOVQ	24(SP), DX
	0x017f 00383 (main.go:14)	MOVQ	DX, main..autotmp_27+112(SP)
	0x0184 00388 (main.go:14)	MOVUPS	X15, (SP)
	0x0189 00393 (main.go:14)	MOVB	$120, 16(SP)
	0x018e 00398 (main.go:14)	CALL	main.count(SB)
	0x0193 00403 (main.go:14)	XORPS	X15, X15
	0x0197 00407 (main.go:14)	MOVQ	(TLS), R14
	0x01a0 00416 (main.go:14)	MOVQ	24(SP), DX
	0x01a5 00421 (main.go:14)	MOVQ	DX, main..autotmp_28+104(SP)
	0x01aa 00426 (main.go:14)	LEAQ	go:string."aaa"(SB), DX
	0x01b1 00433 (main.go:14)	MOVQ	DX, (SP)
	0x01b5 00437 (main.go:14)	MOVQ	$3, 8(SP)
	0x01be 00446 (main.go:14)	MOVB	$97, 16(SP)
	0x01c3 00451 (main.go:14)	CALL	main.count(SB)
	0x01c8 00456 (main.go:14)	XORPS	X15, X15
	0x01cc 00460 (main.go:14)	MOVQ	(TLS), R14
	0x01d5 00469 (main.go:14)	MOVQ	24(SP), DX
	0x01da 00474 (main.go:14)	MOVQ	DX, main..autotmp_29+96(SP)
	0x01df 00479 (main.go:14)	NOP
	0x01e0 00480 (main.go:14)	CALL	runtime.printlock(SB)
	0x01e5 00485 (main.go:14)	MOVQ	main..autotmp_27+112(SP), AX
	0x01ea 00490 (main.go:14)	CALL	runtime.printint(SB)
	0x01ef 00495 (main.go:14)	CALL	runtime.printsp(SB)
	0x01f4 00500 (main.go:14)	MOVQ	main..autotmp_28+104(SP), AX
	0x01f9 00505 (main.go:14)	CALL	runtime.printint(SB)
	0x01fe 00510 (main.go:14)	NOP
	0x0200 00512 (main.go:14)	CALL	runtime.printsp(SB)
	0x0205 00517 (main.go:14)	MOVQ	main..autotmp_29+96(SP), AX
	0x020a 00522 (main.go:14)	CALL	runtime.printint(SB)
	0x020f 00527 (main.go:14)	CALL	runtime.printnl(SB)
	0x0214 00532 (main.go:14)	CALL	runtime.printunlock(SB)
	0x0219 00537 (main.go:15)	LEAQ	type:uint8(SB), AX
	0x0220 00544 (main.go:15)	MOVL	$5, BX
	0x0225 00549 (main.go:15)	MOVL	$8, CX
	0x022a 00554 (main.go:15)	CALL	runtime.makeslice(SB)
	0x022f 00559 (main.go:15)	MOVQ	AX, main..autotmp_30+152(SP)
	0x0237 00567 (main.go:16)	LEAQ	1(AX), DX
	0x023b 00571 (main.go:16)	MOVQ	DX, main..autotmp_31+144(SP)
	0x0243 00579 (main.go:16)	MOVQ	DX, (SP)
	0x0247 00583 (main.go:16)	MOVQ	$3, 8(SP)
	0x0250 00592 (main.go:16)	MOVQ	$7, 16(SP)
	0x0259 00601 (main.go:16)	MOVB	$122, 24(SP)
	0x025e 00606 (main.go:16)	PCDATA	$1, $2
	0x025e 00606 (main.go:16)	NOP
	0x0260 00608 (main.go:16)	CALL	main.fill(SB)
	0x0265 00613 (main.go:16)	XORPS	X15, X15
	0x0269 00617 (main.go:16)	MOVQ	(TLS), R14
	0x0272 00626 (main.go:16)	MOVQ	32(SP), DX
	0x0277 00631 (main.go:16)	MOVQ	DX, main.n+72(SP)
	0x027c 00636 (main.go:17)	LEAQ	main..autotmp_14+40(SP), AX
	0x0281 00641 (main.go:17)	MOVQ	main..autotmp_31+144(SP), BX
	0x0289 00649 (main.go:17)	MOVL	$3, CX
	0x028e 00654 (main.go:17)	PCDATA	$1, $3
	0x028e 00654 (main.go:17)	CALL	runtime.slicebytetostring(SB)
	0x0293 00659 (main.go:17)	MOVQ	AX, main..autotmp_31+144(SP)
	0x029b 00667 (main.go:17)	MOVQ	BX, main..autotmp_27+112(SP)
	0x02a0 00672 (main.go:17)	MOVQ	main..autotmp_30+152(SP), DX
	0x02a8 00680 (main.go:17)	MOVBLZX	(DX), SI
	0x02ab 00683 (main.go:17)	MOVQ	SI, main..autotmp_32+88(SP)
	0x02b0 00688 (main.go:17)	MOVBLZX	4(DX), DX
	0x02b4 00692 (main.go:17)	MOVQ	DX, main..autotmp_33+80(SP)
	0x02b9 00697 (main.go:17)	PCDATA	$1, $4
	0x02b9 00697 (main.go:17)	CALL	runtime.printlock(SB)
	0x02be 00702 (main.go:17)	MOVQ	main.n+72(SP), AX
	0x02c3 00707 (main.go:17)	CALL	runtime.printint(SB)
	0x02c8 00712 (main.go:17)	CALL	runtime.printsp(SB)
	0x02cd 00717 (main.go:17)	MOVQ	main..autotmp_31+144(SP), AX
	0x02d5 00725 (main.go:17)	MOVQ	main..autotmp_27+112(SP), BX
	0x02da 00730 (main.go:17)	PCDATA	$1, $0
	0x02da 00730 (main.go:17)	CALL	runtime.printstring(SB)
	0x02df 00735 (main.go:17)	NOP
	0x02e0 00736 (main.go:17)	CALL	runtime.printsp(SB)
	0x02e5 00741 (main.go:17)	MOVQ	main..autotmp_32+88(SP), AX
	0x02ea 00746 (main.go:17)	CALL	runtime.printuint(SB)
	0x02ef 00751 (main.go:17)	CALL	runtime.printsp(SB)
	0x02f4 00756 (main.go:17)	MOVQ	main..autotmp_33+80(SP), AX
	0x02f9 00761 (main.go:17)	CALL	runtime.printuint(SB)
	0x02fe 00766 (main.go:17)	NOP
	0x0300 00768 (main.go:17)	CALL	runtime.printnl(SB)
	0x0305 00773 (main.go:17)	CALL	runtime.printunlock(SB)
	0x030a 00778 (main.go:18)	ADDQ	$168, SP
	0x0311 00785 (main.go:18)	POPQ	BP
	0x0312 00786 (main.go:18)	RET
	0x0313 00787 (main.go:18)	NOP
	0x0313 00787 (main.go:11)	PCDATA	$1, $-1
	0x0313 00787 (main.go:11)	PCDATA	$0, $-2
	0x0313 00787 (main.go:11)	CALL	runtime.morestack_noctxt(SB)
	0x0318 00792 (main.go:11)	PCDATA	$0, $-1
	0x0318 00792 (main.go:11)	JMP	0
	0x0000 4c 8d 64 24 d0 4d 3b 66 10 0f 86 04 03 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec a8 00 00 00 b8 30 00 00 00 48  H..H.......0...H
	0x0020 8d 1d 00 00 00 00 b9 01 00 00 00 e8 00 00 00 00  ................
	0x0030 48 89 84 24 a0 00 00 00 48 c7 00 01 00 00 00 48  H..$....H......H
	0x0040 c7 40 08 02 00 00 00 48 c7 40 10 03 00 00 00 48  .@.....H.@.....H
	0x0050 c7 40 18 04 00 00 00 48 c7 40 20 05 00 00 00 48  .@.....H.@ ....H
	0x0060 ba 00 00 00 00 00 01 00 00 48 89 50 28 48 89 04  .........H.P(H..
	0x0070 24 48 c7 44 24 08 06 00 00 00 48 c7 44 24 10 06  $H.D$.....H.D$..
	0x0080 00 00 00 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34  ........E.W.dL.4
	0x0090 25 00 00 00 00 48 8b 54 24 18 48 89 94 24 88 00  %....H.T$.H..$..
	0x00a0 00 00 48 8b 94 24 a0 00 00 00 48 83 c2 10 48 89  ..H..$....H...H.
	0x00b0 14 24 48 c7 44 24 08 02 00 00 00 48 c7 44 24 10  .$H.D$.....H.D$.
	0x00c0 04 00 00 00 e8 00 00 00 00 45 0f 57 ff 64 4c 8b  .........E.W.dL.
	0x00d0 34 25 00 00 00 00 48 8b 54 24 18 48 89 94 24 80  4%....H.T$.H..$.
	0x00e0 00 00 00 44 0f 11 3c 24 48 c7 44 24 10 00 00 00  ...D..<$H.D$....
	0x00f0 00 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34 25 00  ......E.W.dL.4%.
	0x0100 00 00 00 48 8b 54 24 18 48 89 54 24 78 e8 00 00  ...H.T$.H.T$x...
	0x0110 00 00 48 8b 84 24 88 00 00 00 e8 00 00 00 00 90  ..H..$..........
	0x0120 e8 00 00 00 00 48 8b 84 24 80 00 00 00 e8 00 00  .....H..$.......
	0x0130 00 00 e8 00 00 00 00 48 8b 44 24 78 0f 1f 40 00  .......H.D$x..@.
	0x0140 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0150 8d 15 00 00 00 00 48 89 14 24 48 c7 44 24 08 0b  ......H..$H.D$..
	0x0160 00 00 00 c6 44 24 10 73 e8 00 00 00 00 45 0f 57  ....D$.s.....E.W
	0x0170 ff 64 4c 8b 34 25 00 00 00 00 48 8b 54 24 18 48  .dL.4%....H.T$.H
	0x0180 89 54 24 70 44 0f 11 3c 24 c6 44 24 10 78 e8 00  .T$pD..<$.D$.x..
	0x0190 00 00 00 45 0f 57 ff 64 4c 8b 34 25 00 00 00 00  ...E.W.dL.4%....
	0x01a0 48 8b 54 24 18 48 89 54 24 68 48 8d 15 00 00 00  H.T$.H.T$hH.....
	0x01b0 00 48 89 14 24 48 c7 44 24 08 03 00 00 00 c6 44  .H..$H.D$......D
	0x01c0 24 10 61 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34  $.a.....E.W.dL.4
	0x01d0 25 00 00 00 00 48 8b 54 24 18 48 89 54 24 60 90  %....H.T$.H.T$`.
	0x01e0 e8 00 00 00 00 48 8b 44 24 70 e8 00 00 00 00 e8  .....H.D$p......
	0x01f0 00 00 00 00 48 8b 44 24 68 e8 00 00 00 00 66 90  ....H.D$h.....f.
	0x0200 e8 00 00 00 00 48 8b 44 24 60 e8 00 00 00 00 e8  .....H.D$`......
	0x0210 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00  .........H......
	0x0220 bb 05 00 00 00 b9 08 00 00 00 e8 00 00 00 00 48  ...............H
	0x0230 89 84 24 98 00 00 00 48 8d 50 01 48 89 94 24 90  ..$....H.P.H..$.
	0x0240 00 00 00 48 89 14 24 48 c7 44 24 08 03 00 00 00  ...H..$H.D$.....
	0x0250 48 c7 44 24 10 07 00 00 00 c6 44 24 18 7a 66 90  H.D$......D$.zf.
	0x0260 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34 25 00 00  .....E.W.dL.4%..
	0x0270 00 00 48 8b 54 24 20 48 89 54 24 48 48 8d 44 24  ..H.T$ H.T$HH.D$
	0x0280 28 48 8b 9c 24 90 00 00 00 b9 03 00 00 00 e8 00  (H..$...........
	0x0290 00 00 00 48 89 84 24 90 00 00 00 48 89 5c 24 70  ...H..$....H.\$p
	0x02a0 48 8b 94 24 98 00 00 00 0f b6 32 48 89 74 24 58  H..$......2H.t$X
	0x02b0 0f b6 52 04 48 89 54 24 50 e8 00 00 00 00 48 8b  ..R.H.T$P.....H.
	0x02c0 44 24 48 e8 00 00 00 00 e8 00 00 00 00 48 8b 84  D$H..........H..
	0x02d0 24 90 00 00 00 48 8b 5c 24 70 e8 00 00 00 00 90  $....H.\$p......
	0x02e0 e8 00 00 00 00 48 8b 44 24 58 e8 00 00 00 00 e8  .....H.D$X......
	0x02f0 00 00 00 00 48 8b 44 24 50 e8 00 00 00 00 66 90  ....H.D$P.....f.
	0x0300 e8 00 00 00 00 e8 00 00 00 00 48 81 c4 a8 00 00  ..........H.....
	0x0310 00 5d c3 e8 00 00 00 00 e9 e3 fc ff ff           .]...........
	rel 34+4 t=R_PCREL type:[6]int64+0
	rel 44+4 t=R_CALL runtime.mallocgcSmallNoScanSC5+0
	rel 132+4 t=R_CALL main.sum+0
	rel 145+4 t=R_TLS_LE TLS+0
	rel 197+4 t=R_CALL main.sum+0
	rel 210+4 t=R_TLS_LE TLS+0
	rel 242+4 t=R_CALL main.sum+0
	rel 255+4 t=R_TLS_LE TLS+0
	rel 270+4 t=R_CALL runtime.printlock+0
	rel 283+4 t=R_CALL runtime.printint+0
	rel 289+4 t=R_CALL runtime.printsp+0
	rel 302+4 t=R_CALL runtime.printint+0
	rel 307+4 t=R_CALL runtime.printsp+0
	rel 321+4 t=R_CALL runtime.printint+0
	rel 326+4 t=R_CALL runtime.printnl+0
	rel 331+4 t=R_CALL runtime.printunlock+0
	rel 338+4 t=R_PCREL go:string."mississippi"+0
	rel 361+4 t=R_CALL main.count+0
	rel 374+4 t=R_TLS_LE TLS+0
	rel 399+4 t=R_CALL main.count+0
	rel 412+4 t=R_TLS_LE TLS+0
	rel 429+4 t=R_PCREL go:string."aaa"+0
	rel 452+4 t=R_CALL main.count+0
	rel 465+4 t=R_TLS_LE TLS+0
	rel 481+4 t=R_CALL runtime.printlock+0
	rel 491+4 t=R_CALL runtime.printint+0
	rel 496+4 t=R_CALL runtime.printsp+0
	rel 506+4 t=R_CALL runtime.printint+0
	rel 513+4 t=R_CALL runtime.printsp+0
	rel 523+4 t=R_CALL runtime.printint+0
	rel 528+4 t=R_CALL runtime.printnl+0
	rel 533+4 t=R_CALL runtime.printunlock+0
	rel 540+4 t=R_PCREL type:uint8+0
	rel 555+4 t=R_CALL runtime.makeslice+0
	rel 609+4 t=R_CALL main.fill+0
	rel 622+4 t=R_TLS_LE TLS+0
	rel 655+4 t=R_CALL runtime.slicebytetostring+0
	rel 698+4 t=R_CALL runtime.printlock+0
	rel 708+4 t=R_CALL runtime.printint+0
	rel 713+4 t=R_CALL runtime.printsp+0
	rel 731+4 t=R_CALL runtime.printstring+0
	rel 737+4 t=R_CALL runtime.printsp+0
	rel 747+4 t=R_CALL runtime.printuint+0
	rel 752+4 t=R_CALL runtime.printsp+0
	rel 762+4 t=R_CALL runtime.printuint+0
	rel 769+4 t=R_CALL runtime.printnl+0
	rel 774+4 t=R_CALL runtime.printunlock+0
	rel 788+4 t=R_CALL runtime.morestack_noctxt+0
main.sum STEXT dupok nosplit size=61 align=0x0 args=0x18 locals=0x28 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.sum(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $40-24
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$32, SP
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, main.xs+48(FP)
	0x000d 00013 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000d 00013 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000d 00013 (<autogenerated>:1)	FUNCDATA	$5, main.sum.arginfo1(SB)
	0x000d 00013 (<autogenerated>:1)	FUNCDATA	$6, main.sum.argliveinfo(SB)
	0x000d 00013 (<autogenerated>:1)	PCDATA	$3, $1
	0x000d 00013 (<autogenerated>:1)	PCDATA	$0, $-2
	0x000d 00013 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x0011 00017 (<autogenerated>:1)	MOVQ	BX, 8(SP)
	0x0016 00022 (<autogenerated>:1)	MOVQ	CX, 16(SP)
	0x001b 00027 (<autogenerated>:1)	PCDATA	$1, $1
	0x001b 00027 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CALL	main.sum(SB)
	0x0025 00037 (<autogenerated>:1)	XORPS	X15, X15
	0x0029 00041 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x0032 00050 (<autogenerated>:1)	MOVQ	24(SP), AX
	0x0037 00055 (<autogenerated>:1)	ADDQ	$32, SP
	0x003b 00059 (<autogenerated>:1)	POPQ	BP
	0x003c 00060 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 20 48 89 44 24 30 48 89 04  UH..H.. H.D$0H..
	0x0010 24 48 89 5c 24 08 48 89 4c 24 10 0f 1f 44 00 00  $H.\$.H.L$...D..
	0x0020 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34 25 00 00  .....E.W.dL.4%..
	0x0030 00 00 48 8b 44 24 18 48 83 c4 20 5d c3           ..H.D$.H.. ].
	rel 33+4 t=R_CALL main.sum+0
	rel 46+4 t=R_TLS_LE TLS+0
main.count STEXT dupok nosplit size=55 align=0x0 args=0x18 locals=0x28 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.count(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $40-24
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$32, SP
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, main.s+48(FP)
	0x000d 00013 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000d 00013 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000d 00013 (<autogenerated>:1)	FUNCDATA	$5, main.count.arginfo1(SB)
	0x000d 00013 (<autogenerated>:1)	FUNCDATA	$6, main.count.argliveinfo(SB)
	0x000d 00013 (<autogenerated>:1)	PCDATA	$3, $1
	0x000d 00013 (<autogenerated>:1)	PCDATA	$0, $-2
	0x000d 00013 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x0011 00017 (<autogenerated>:1)	MOVQ	BX, 8(SP)
	0x0016 00022 (<autogenerated>:1)	MOVB	CL, 16(SP)
	0x001a 00026 (<autogenerated>:1)	PCDATA	$1, $1
	0x001a 00026 (<autogenerated>:1)	CALL	main.count(SB)
	0x001f 00031 (<autogenerated>:1)	XORPS	X15, X15
	0x0023 00035 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x002c 00044 (<autogenerated>:1)	MOVQ	24(SP), AX
	0x0031 00049 (<autogenerated>:1)	ADDQ	$32, SP
	0x0035 00053 (<autogenerated>:1)	POPQ	BP
	0x0036 00054 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 20 48 89 44 24 30 48 89 04  UH..H.. H.D$0H..
	0x0010 24 48 89 5c 24 08 88 4c 24 10 e8 00 00 00 00 45  $H.\$..L$......E
	0x0020 0f 57 ff 64 4c 8b 34 25 00 00 00 00 48 8b 44 24  .W.dL.4%....H.D$
	0x0030 18 48 83 c4 20 5d c3                             .H.. ].
	rel 27+4 t=R_CALL main.count+0
	rel 40+4 t=R_TLS_LE TLS+0
main.fill STEXT dupok nosplit size=61 align=0x0 args=0x20 locals=0x30 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.fill(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $48-32
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$40, SP
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, main.b+56(FP)
	0x000d 00013 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000d 00013 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000d 00013 (<autogenerated>:1)	FUNCDATA	$5, main.fill.arginfo1(SB)
	0x000d 00013 (<autogenerated>:1)	FUNCDATA	$6, main.fill.argliveinfo(SB)
	0x000d 00013 (<autogenerated>:1)	PCDATA	$3, $1
	0x000d 00013 (<autogenerated>:1)	PCDATA	$0, $-2
	0x000d 00013 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x0011 00017 (<autogenerated>:1)	MOVQ	BX, 8(SP)
	0x0016 00022 (<autogenerated>:1)	MOVQ	CX, 16(SP)
	0x001b 00027 (<autogenerated>:1)	MOVB	DIB, 24(SP)
	0x0020 00032 (<autogenerated>:1)	PCDATA	$1, $1
	0x0020 00032 (<autogenerated>:1)	CALL	main.fill(SB)
	0x0025 00037 (<autogenerated>:1)	XORPS	X15, X15
	0x0029 00041 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x0032 00050 (<autogenerated>:1)	MOVQ	32(SP), AX
	0x0037 00055 (<autogenerated>:1)	ADDQ	$40, SP
	0x003b 00059 (<autogenerated>:1)	POPQ	BP
	0x003c 00060 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 28 48 89 44 24 38 48 89 04  UH..H..(H.D$8H..
	0x0010 24 48 89 5c 24 08 48 89 4c 24 10 40 88 7c 24 18  $H.\$.H.L$.@.|$.
	0x0020 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34 25 00 00  .....E.W.dL.4%..
	0x0030 00 00 48 8b 44 24 20 48 83 c4 28 5d c3           ..H.D$ H..(].
	rel 33+4 t=R_CALL main.fill+0
	rel 46+4 t=R_TLS_LE TLS+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
main.sum.args_stackmap SRODATA size=10 align=0x0
	0x0000 02 00 00 00 04 00 00 00 01 01                    ..........
main.sum.arginfo0 SRODATA size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.count.args_stackmap SRODATA size=10 align=0x0
	0x0000 02 00 00 00 04 00 00 00 01 01                    ..........
main.count.arginfo0 SRODATA size=9 align=0x1
	0x0000 fe 00 08 08 08 fd 10 01 ff                       .........
main.fill.args_stackmap SRODATA size=10 align=0x0
	0x0000 02 00 00 00 05 00 00 00 01 01                    ..........
main.fill.arginfo0 SRODATA size=11 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd 18 01 ff                 ...........
go:string."mississippi" SRODATA dupok size=11 align=0x1
	0x0000 6d 69 73 73 69 73 73 69 70 70 69                 mississippi
go:string."" SRODATA dupok size=0 align=0x1
go:string."aaa" SRODATA dupok size=3 align=0x1
	0x0000 61 61 61                                         aaa
type:.eqfunc.M48 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 30 00 00 00 00 00 00 00  ........0.......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*[6]int64- SRODATA dupok size=11 align=0x1
	0x0000 00 09 2a 5b 36 5d 69 6e 74 36 34                 ..*[6]int64
type:*[6]int64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 50 48 5d 7c 28 08 08 16 00 00 00 00 00 00 00 00  PH]|(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[6]int64-+0
	rel 48+8 t=R_ADDR type:[6]int64+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:[6]int64 SRODATA dupok size=72 align=0x8
	0x0000 30 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  0...............
	0x0010 6a 9c 19 7c 0a 08 08 11 00 00 00 00 00 00 00 00  j..|............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 06 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M48+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[6]int64-+0
	rel 44+4 t=RelocType(-32763) type:*[6]int64+0
	rel 48+8 t=R_ADDR type:int64+0
	rel 56+8 t=R_ADDR type:[]int64+0
gclocals·Dj7m7VTqKq6fxJqfrrXabg== SRODATA dupok size=8 align=0x4
	0x0000 05 00 00 00 00 00 00 00                          ........
gclocals·0UeDM9oE/dwRGV9XBPtrNw== SRODATA dupok size=13 align=0x4
	0x0000 05 00 00 00 03 00 00 00 00 04 03 02 01           .............
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.sum.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.sum.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.count.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 fd 10 01 ff                       .........
main.count.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.fill.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd 18 01 ff                 ...........
main.fill.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
