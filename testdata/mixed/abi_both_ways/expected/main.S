main.twice STEXT nosplit size=4 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (main.go:14)	TEXT	main.twice(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (main.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (main.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (main.go:14)	FUNCDATA	$5, main.twice.arginfo1(SB)
	0x0000 00000 (main.go:14)	FUNCDATA	$6, main.twice.argliveinfo(SB)
	0x0000 00000 (main.go:14)	PCDATA	$3, $1
	0x0000 00000 (main.go:14)	ADDQ	AX, AX
	0x0003 00003 (main.go:14)	RET
	0x0000 48 01 c0 c3                                      H...
main.main STEXT size=490 align=0x0 args=0x0 locals=0x50 funcid=0x0
	0x0000 00000 (main.go:16)	TEXT	main.main(SB), ABIInternal, $80-0
	0x0000 00000 (main.go:16)	CMPQ	SP, 16(R14)
	0x0004 00004 (main.go:16)	PCDATA	$0, $-2
	0x0004 00004 (main.go:16)	JLS	479
	0x000a 00010 (main.go:16)	PCDATA	$0, $-1
	0x000a 00010 (main.go:16)	PUSHQ	BP
	0x000b 00011 (main.go:16)	MOVQ	SP, BP
	0x000e 00014 (main.go:16)	SUBQ	$72, SP
	0x0012 00018 (main.go:16)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (main.go:16)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (main.go:17)	MOVQ	$40, (SP)
	0x001a 00026 (main.go:17)	MOVQ	$2, 8(SP)
	0x0023 00035 (main.go:17)	PCDATA	$1, $0
	0x0023 00035 (main.go:17)	CALL	main.add(SB)
	0x0028 00040 (main.go:17)	XORPS	X15, X15
	0x002c 00044 (main.go:17)	MOVQ	(TLS), R14
	0x0035 00053 (main.go:17)	MOVQ	16(SP), AX
	0x003a 00058 (main.go:17)	MOVQ	AX, main.s+40(SP)
	0x003f 00063 (main.go:17)	MOVBLZX	24(SP), AX
	0x0044 00068 (main.go:17)	MOVB	AL, main.ok+39(SP)
	0x0048 00072 (main.go:18)	CALL	runtime.printlock(SB)
	0x004d 00077 (main.go:18)	MOVQ	main.s+40(SP), AX
	0x0052 00082 (main.go:18)	CALL	runtime.printint(SB)
	0x0057 00087 (main.go:18)	CALL	runtime.printsp(SB)
	0x005c 00092 (main.go:18)	MOVBLZX	main.ok+39(SP), AX
	0x0061 00097 (main.go:18)	CALL	runtime.printbool(SB)
	0x0066 00102 (main.go:18)	CALL	runtime.printnl(SB)
	0x006b 00107 (main.go:18)	CALL	runtime.printunlock(SB)
	0x0070 00112 (main.go:19)	MOVQ	$-50, (SP)
	0x0078 00120 (main.go:19)	MOVQ	$7, 8(SP)
	0x0081 00129 (main.go:19)	CALL	main.add(SB)
	0x0086 00134 (main.go:19)	XORPS	X15, X15
	0x008a 00138 (main.go:19)	MOVQ	(TLS), R14
	0x0093 00147 (main.go:19)	MOVQ	16(SP), AX
	0x0098 00152 (main.go:19)	MOVQ	AX, main.s+40(SP)
	0x009d 00157 (main.go:19)	MOVBLZX	24(SP), AX
	0x00a2 00162 (main.go:19)	MOVB	AL, main.ok+39(SP)
	0x00a6 00166 (main.go:20)	CALL	runtime.printlock(SB)
	0x00ab 00171 (main.go:20)	MOVQ	main.s+40(SP), AX
	0x00b0 00176 (main.go:20)	CALL	runtime.printint(SB)
	0x00b5 00181 (main.go:20)	CALL	runtime.printsp(SB)
	0x00ba 00186 (main.go:20)	MOVBLZX	main.ok+39(SP), AX
	0x00bf 00191 (main.go:20)	NOP
	0x00c0 00192 (main.go:20)	CALL	runtime.printbool(SB)
	0x00c5 00197 (main.go:20)	CALL	runtime.printnl(SB)
	0x00ca 00202 (main.go:20)	CALL	runtime.printunlock(SB)
	0x00cf 00207 (main.go:21)	MOVQ	$21, (SP)
	0x00d7 00215 (main.go:21)	CALL	main.callTwice(SB)
	0x00dc 00220 (main.go:21)	XORPS	X15, X15
	0x00e0 00224 (main.go:21)	MOVQ	(TLS), R14
	0x00e9 00233 (main.go:21)	MOVQ	8(SP), AX
	0x00ee 00238 (main.go:21)	MOVQ	AX, main..autotmp_13+64(SP)
	0x00f3 00243 (main.go:21)	MOVQ	$-4, (SP)
	0x00fb 00251 (main.go:21)	NOP
	0x0100 00256 (main.go:21)	CALL	main.callTwice(SB)
	0x0105 00261 (main.go:21)	XORPS	X15, X15
	0x0109 00265 (main.go:21)	MOVQ	(TLS), R14
	0x0112 00274 (main.go:21)	MOVQ	8(SP), AX
	0x0117 00279 (main.go:21)	MOVQ	AX, main..autotmp_14+56(SP)
	0x011c 00284 (main.go:21)	NOP
	0x0120 00288 (main.go:21)	CALL	runtime.printlock(SB)
	0x0125 00293 (main.go:21)	MOVQ	main..autotmp_13+64(SP), AX
	0x012a 00298 (main.go:21)	CALL	runtime.printint(SB)
	0x012f 00303 (main.go:21)	CALL	runtime.printsp(SB)
	0x0134 00308 (main.go:21)	MOVQ	main..autotmp_14+56(SP), AX
	0x0139 00313 (main.go:21)	CALL	runtime.printint(SB)
	0x013e 00318 (main.go:21)	NOP
	0x0140 00320 (main.go:21)	CALL	runtime.printnl(SB)
	0x0145 00325 (main.go:21)	CALL	runtime.printunlock(SB)
	0x014a 00330 (main.go:22)	MOVB	$-1, (SP)
	0x014e 00334 (main.go:22)	MOVQ	$1000, 8(SP)
	0x0157 00343 (main.go:22)	MOVW	$-300, 16(SP)
	0x015e 00350 (main.go:22)	MOVL	$70000, 20(SP)
	0x0166 00358 (main.go:22)	CALL	main.mix(SB)
	0x016b 00363 (main.go:22)	XORPS	X15, X15
	0x016f 00367 (main.go:22)	MOVQ	(TLS), R14
	0x0178 00376 (main.go:22)	MOVQ	24(SP), AX
	0x017d 00381 (main.go:22)	MOVQ	AX, main..autotmp_13+64(SP)
	0x0182 00386 (main.go:22)	CALL	runtime.printlock(SB)
	0x0187 00391 (main.go:22)	MOVQ	main..autotmp_13+64(SP), AX
	0x018c 00396 (main.go:22)	CALL	runtime.printint(SB)
	0x0191 00401 (main.go:22)	CALL	runtime.printnl(SB)
	0x0196 00406 (main.go:22)	CALL	runtime.printunlock(SB)
	0x019b 00411 (main.go:24)	MOVQ	main.add·f(SB), AX
	0x01a2 00418 (main.go:24)	MOVL	$2, BX
	0x01a7 00423 (main.go:24)	LEAQ	main.add·f(SB), DX
	0x01ae 00430 (main.go:24)	MOVQ	AX, CX
	0x01b1 00433 (main.go:24)	MOVL	$1, AX
	0x01b6 00438 (main.go:24)	CALL	CX
	0x01b8 00440 (main.go:24)	MOVQ	AX, main.r+48(SP)
	0x01bd 00445 (main.go:24)	NOP
	0x01c0 00448 (main.go:25)	CALL	runtime.printlock(SB)
	0x01c5 00453 (main.go:25)	MOVQ	main.r+48(SP), AX
	0x01ca 00458 (main.go:25)	CALL	runtime.printint(SB)
	0x01cf 00463 (main.go:25)	CALL	runtime.printnl(SB)
	0x01d4 00468 (main.go:25)	CALL	runtime.printunlock(SB)
	0x01d9 00473 (main.go:26)	ADDQ	$72, SP
	0x01dd 00477 (main.go:26)	POPQ	BP
	0x01de 00478 (main.go:26)	RET
	0x01df 00479 (main.go:26)	NOP
	0x01df 00479 (main.go:16)	PCDATA	$1, $-1
	0x01df 00479 (main.go:16)	PCDATA	$0, $-2
	0x01df 00479 (main.go:16)	NOP
	0x01e0 00480 (main.go:16)	CALL	runtime.morestack_noctxt(SB)
	0x01e5 00485 (main.go:16)	PCDATA	$0, $-1
	0x01e5 00485 (main.go:16)	JMP	0
	0x0000 49 3b 66 10 0f 86 d5 01 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 48 48 c7 04 24 28 00 00 00 48 c7 44 24 08 02  .HH..$(...H.D$..
	0x0020 00 00 00 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34  ........E.W.dL.4
	0x0030 25 00 00 00 00 48 8b 44 24 10 48 89 44 24 28 0f  %....H.D$.H.D$(.
	0x0040 b6 44 24 18 88 44 24 27 e8 00 00 00 00 48 8b 44  .D$..D$'.....H.D
	0x0050 24 28 e8 00 00 00 00 e8 00 00 00 00 0f b6 44 24  $(............D$
	0x0060 27 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00  '...............
	0x0070 48 c7 04 24 ce ff ff ff 48 c7 44 24 08 07 00 00  H..$....H.D$....
	0x0080 00 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34 25 00  ......E.W.dL.4%.
	0x0090 00 00 00 48 8b 44 24 10 48 89 44 24 28 0f b6 44  ...H.D$.H.D$(..D
	0x00a0 24 18 88 44 24 27 e8 00 00 00 00 48 8b 44 24 28  $..D$'.....H.D$(
	0x00b0 e8 00 00 00 00 e8 00 00 00 00 0f b6 44 24 27 90  ............D$'.
	0x00c0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x00d0 c7 04 24 15 00 00 00 e8 00 00 00 00 45 0f 57 ff  ..$.........E.W.
	0x00e0 64 4c 8b 34 25 00 00 00 00 48 8b 44 24 08 48 89  dL.4%....H.D$.H.
	0x00f0 44 24 40 48 c7 04 24 fc ff ff ff 0f 1f 44 00 00  D$@H..$......D..
	0x0100 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34 25 00 00  .....E.W.dL.4%..
	0x0110 00 00 48 8b 44 24 08 48 89 44 24 38 0f 1f 40 00  ..H.D$.H.D$8..@.
	0x0120 e8 00 00 00 00 48 8b 44 24 40 e8 00 00 00 00 e8  .....H.D$@......
	0x0130 00 00 00 00 48 8b 44 24 38 e8 00 00 00 00 66 90  ....H.D$8.....f.
	0x0140 e8 00 00 00 00 e8 00 00 00 00 c6 04 24 ff 48 c7  ............$.H.
	0x0150 44 24 08 e8 03 00 00 66 c7 44 24 10 d4 fe c7 44  D$.....f.D$....D
	0x0160 24 14 70 11 01 00 e8 00 00 00 00 45 0f 57 ff 64  $.p........E.W.d
	0x0170 4c 8b 34 25 00 00 00 00 48 8b 44 24 18 48 89 44  L.4%....H.D$.H.D
	0x0180 24 40 e8 00 00 00 00 48 8b 44 24 40 e8 00 00 00  $@.....H.D$@....
	0x0190 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 05 00 00  ...........H....
	0x01a0 00 00 bb 02 00 00 00 48 8d 15 00 00 00 00 48 89  .......H......H.
	0x01b0 c1 b8 01 00 00 00 ff d1 48 89 44 24 30 0f 1f 00  ........H.D$0...
	0x01c0 e8 00 00 00 00 48 8b 44 24 30 e8 00 00 00 00 e8  .....H.D$0......
	0x01d0 00 00 00 00 e8 00 00 00 00 48 83 c4 48 5d c3 90  .........H..H]..
	0x01e0 e8 00 00 00 00 e9 16 fe ff ff                    ..........
	rel 36+4 t=R_CALL main.add+0
	rel 49+4 t=R_TLS_LE TLS+0
	rel 73+4 t=R_CALL runtime.printlock+0
	rel 83+4 t=R_CALL runtime.printint+0
	rel 88+4 t=R_CALL runtime.printsp+0
	rel 98+4 t=R_CALL runtime.printbool+0
	rel 103+4 t=R_CALL runtime.printnl+0
	rel 108+4 t=R_CALL runtime.printunlock+0
	rel 130+4 t=R_CALL main.add+0
	rel 143+4 t=R_TLS_LE TLS+0
	rel 167+4 t=R_CALL runtime.printlock+0
	rel 177+4 t=R_CALL runtime.printint+0
	rel 182+4 t=R_CALL runtime.printsp+0
	rel 193+4 t=R_CALL runtime.printbool+0
	rel 198+4 t=R_CALL runtime.printnl+0
	rel 203+4 t=R_CALL runtime.printunlock+0
	rel 216+4 t=R_CALL main.callTwice+0
	rel 229+4 t=R_TLS_LE TLS+0
	rel 257+4 t=R_CALL main.callTwice+0
	rel 270+4 t=R_TLS_LE TLS+0
	rel 289+4 t=R_CALL runtime.printlock+0
	rel 299+4 t=R_CALL runtime.printint+0
	rel 304+4 t=R_CALL runtime.printsp+0
	rel 314+4 t=R_CALL runtime.printint+0
	rel 321+4 t=R_CALL runtime.printnl+0
	rel 326+4 t=R_CALL runtime.printunlock+0
	rel 359+4 t=R_CALL main.mix+0
	rel 372+4 t=R_TLS_LE TLS+0
	rel 387+4 t=R_CALL runtime.printlock+0
	rel 397+4 t=R_CALL runtime.printint+0
	rel 402+4 t=R_CALL runtime.printnl+0
	rel 407+4 t=R_CALL runtime.printunlock+0
	rel 414+4 t=R_PCREL main.add·f+0
	rel 426+4 t=R_PCREL main.add·f+0
	rel 438+0 t=R_CALLIND +0
	rel 449+4 t=R_CALL runtime.printlock+0
	rel 459+4 t=R_CALL runtime.printint+0
	rel 464+4 t=R_CALL runtime.printnl+0
	rel 469+4 t=R_CALL runtime.printunlock+0
	rel 481+4 t=R_CALL runtime.morestack_noctxt+0
main.add STEXT dupok nosplit size=51 align=0x0 args=0x10 locals=0x28 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.add(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $40-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$32, SP
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$5, main.add.arginfo1(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$6, main.add.argliveinfo(SB)
	0x0008 00008 (<autogenerated>:1)	PCDATA	$3, $1
	0x0008 00008 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x000c 00012 (<autogenerated>:1)	MOVQ	BX, 8(SP)
	0x0011 00017 (<autogenerated>:1)	PCDATA	$1, $0
	0x0011 00017 (<autogenerated>:1)	CALL	main.add(SB)
	0x0016 00022 (<autogenerated>:1)	XORPS	X15, X15
	0x001a 00026 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x0023 00035 (<autogenerated>:1)	MOVQ	16(SP), AX
	0x0028 00040 (<autogenerated>:1)	MOVBLZX	24(SP), BX
	0x002d 00045 (<autogenerated>:1)	ADDQ	$32, SP
	0x0031 00049 (<autogenerated>:1)	POPQ	BP
	0x0032 00050 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 20 48 89 04 24 48 89 5c 24  UH..H.. H..$H.\$
	0x0010 08 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34 25 00  ......E.W.dL.4%.
	0x0020 00 00 00 48 8b 44 24 10 0f b6 5c 24 18 48 83 c4  ...H.D$...\$.H..
	0x0030 20 5d c3                                          ].
	rel 18+4 t=R_CALL main.add+0
	rel 31+4 t=R_TLS_LE TLS+0
main.callTwice STEXT dupok nosplit size=41 align=0x0 args=0x8 locals=0x18 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.callTwice(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $24-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$16, SP
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$5, main.callTwice.arginfo1(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$6, main.callTwice.argliveinfo(SB)
	0x0008 00008 (<autogenerated>:1)	PCDATA	$3, $1
	0x0008 00008 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x000c 00012 (<autogenerated>:1)	PCDATA	$1, $0
	0x000c 00012 (<autogenerated>:1)	CALL	main.callTwice(SB)
	0x0011 00017 (<autogenerated>:1)	XORPS	X15, X15
	0x0015 00021 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x001e 00030 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0023 00035 (<autogenerated>:1)	ADDQ	$16, SP
	0x0027 00039 (<autogenerated>:1)	POPQ	BP
	0x0028 00040 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 10 48 89 04 24 e8 00 00 00  UH..H...H..$....
	0x0010 00 45 0f 57 ff 64 4c 8b 34 25 00 00 00 00 48 8b  .E.W.dL.4%....H.
	0x0020 44 24 08 48 83 c4 10 5d c3                       D$.H...].
	rel 13+4 t=R_CALL main.callTwice+0
	rel 26+4 t=R_TLS_LE TLS+0
main.mix STEXT dupok nosplit size=54 align=0x0 args=0x18 locals=0x28 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.mix(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $40-24
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$32, SP
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$5, main.mix.arginfo1(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$6, main.mix.argliveinfo(SB)
	0x0008 00008 (<autogenerated>:1)	PCDATA	$3, $1
	0x0008 00008 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0008 00008 (<autogenerated>:1)	MOVB	AL, (SP)
	0x000b 00011 (<autogenerated>:1)	MOVQ	BX, 8(SP)
	0x0010 00016 (<autogenerated>:1)	MOVW	CX, 16(SP)
	0x0015 00021 (<autogenerated>:1)	MOVL	DI, 20(SP)
	0x0019 00025 (<autogenerated>:1)	PCDATA	$1, $0
	0x0019 00025 (<autogenerated>:1)	CALL	main.mix(SB)
	0x001e 00030 (<autogenerated>:1)	XORPS	X15, X15
	0x0022 00034 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x002b 00043 (<autogenerated>:1)	MOVQ	24(SP), AX
	0x0030 00048 (<autogenerated>:1)	ADDQ	$32, SP
	0x0034 00052 (<autogenerated>:1)	POPQ	BP
	0x0035 00053 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 20 88 04 24 48 89 5c 24 08  UH..H.. ..$H.\$.
	0x0010 66 89 4c 24 10 89 7c 24 14 e8 00 00 00 00 45 0f  f.L$..|$......E.
	0x0020 57 ff 64 4c 8b 34 25 00 00 00 00 48 8b 44 24 18  W.dL.4%....H.D$.
	0x0030 48 83 c4 20 5d c3                                H.. ].
	rel 26+4 t=R_CALL main.mix+0
	rel 39+4 t=R_TLS_LE TLS+0
main.twice STEXT dupok nosplit size=42 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.twice(SB), DUPOK|NOSPLIT|ABIWRAPPER, $16-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$8, SP
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$5, main.twice.arginfo0(SB)
	0x0008 00008 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0008 00008 (<autogenerated>:1)	MOVQ	main.x+24(SP), AX
	0x000d 00013 (<autogenerated>:1)	PCDATA	$1, $0
	0x000d 00013 (<autogenerated>:1)	XORPS	X15, X15
	0x0011 00017 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x001a 00026 (<autogenerated>:1)	CALL	main.twice(SB)
	0x001f 00031 (<autogenerated>:1)	MOVQ	AX, main.~r0+32(SP)
	0x0024 00036 (<autogenerated>:1)	ADDQ	$8, SP
	0x0028 00040 (<autogenerated>:1)	POPQ	BP
	0x0029 00041 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 08 48 8b 44 24 18 45 0f 57  UH..H...H.D$.E.W
	0x0010 ff 64 4c 8b 34 25 00 00 00 00 e8 00 00 00 00 48  .dL.4%.........H
	0x0020 89 44 24 20 48 83 c4 08 5d c3                    .D$ H...].
	rel 22+4 t=R_TLS_LE TLS+0
	rel 27+4 t=R_CALL main.twice+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
main.add.args_stackmap SRODATA size=10 align=0x0
	0x0000 02 00 00 00 04 00 00 00 00 00                    ..........
main.add.arginfo0 SRODATA size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.callTwice.args_stackmap SRODATA size=10 align=0x0
	0x0000 02 00 00 00 02 00 00 00 00 00                    ..........
main.callTwice.arginfo0 SRODATA size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.mix.args_stackmap SRODATA size=10 align=0x0
	0x0000 02 00 00 00 04 00 00 00 00 00                    ..........
main.mix.arginfo0 SRODATA size=9 align=0x1
	0x0000 00 01 08 08 10 02 14 04 ff                       .........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*func(int64, int64) (int64, bool)- SRODATA dupok size=35 align=0x1
	0x0000 00 21 2a 66 75 6e 63 28 69 6e 74 36 34 2c 20 69  .!*func(int64, i
	0x0010 6e 74 36 34 29 20 28 69 6e 74 36 34 2c 20 62 6f  nt64) (int64, bo
	0x0020 6f 6c 29                                         ol)
type:*func(int64, int64) (int64, bool) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 bd f8 3d 36 28 08 08 16 00 00 00 00 00 00 00 00  ..=6(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int64, int64) (int64, bool)-+0
	rel 48+8 t=R_ADDR type:func(int64, int64) (int64, bool)+0
type:func(int64, int64) (int64, bool) SRODATA dupok size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 56 6b d2 2c 22 08 08 13 00 00 00 00 00 00 00 00  Vk.,"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 02 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int64, int64) (int64, bool)-+0
	rel 44+4 t=RelocType(-32763) type:*func(int64, int64) (int64, bool)+0
	rel 56+8 t=R_ADDR type:int64+0
	rel 64+8 t=R_ADDR type:int64+0
	rel 72+8 t=R_ADDR type:int64+0
	rel 80+8 t=R_ADDR type:bool+0
main.add·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.add+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.twice.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.twice.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.add.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.add.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.callTwice.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.callTwice.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.mix.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 00 01 08 08 10 02 14 04 ff                       .........
main.mix.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.twice.arginfo0 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
