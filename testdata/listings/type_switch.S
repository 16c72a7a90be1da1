main.Color.String STEXT nosplit size=41 align=0x0 args=0x8 locals=0x8 funcid=0x0
	0x0000 00000 (type_switch.go:8)	TEXT	main.Color.String(SB), NOSPLIT|ABIInternal, $8-8
	0x0000 00000 (type_switch.go:8)	PUSHQ	BP
	0x0001 00001 (type_switch.go:8)	MOVQ	SP, BP
	0x0004 00004 (type_switch.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (type_switch.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (type_switch.go:8)	FUNCDATA	$5, main.Color.String.arginfo1(SB)
	0x0004 00004 (type_switch.go:8)	FUNCDATA	$6, main.Color.String.argliveinfo(SB)
	0x0004 00004 (type_switch.go:8)	PCDATA	$3, $1
	0x0004 00004 (type_switch.go:8)	CMPQ	AX, $3
	0x0008 00008 (type_switch.go:8)	JCC	35
	0x000a 00010 (type_switch.go:8)	SHLQ	$4, AX
	0x000e 00014 (type_switch.go:8)	LEAQ	main..stmp_0(SB), CX
	0x0015 00021 (type_switch.go:8)	MOVQ	(CX)(AX*1), DX
	0x0019 00025 (type_switch.go:8)	MOVQ	8(CX)(AX*1), BX
	0x001e 00030 (type_switch.go:8)	MOVQ	DX, AX
	0x0021 00033 (type_switch.go:8)	POPQ	BP
	0x0022 00034 (type_switch.go:8)	RET
	0x0023 00035 (type_switch.go:8)	PCDATA	$1, $0
	0x0023 00035 (type_switch.go:8)	PCDATA	$4, $3501
	0x0023 00035 (type_switch.go:8)	CALL	runtime.panicBounds(SB)
	0x0028 00040 (type_switch.go:8)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 83 f8 03 73 19 48 c1 e0 04 48 8d  UH..H...s.H...H.
	0x0010 0d 00 00 00 00 48 8b 14 01 48 8b 5c 01 08 48 89  .....H...H.\..H.
	0x0020 d0 5d c3 e8 00 00 00 00 90                       .].......
	rel 17+4 t=R_PCREL main..stmp_0+0
	rel 36+4 t=R_CALL runtime.panicBounds+0
main.describe STEXT size=683 align=0x0 args=0x10 locals=0x38 funcid=0x0
	0x0000 00000 (type_switch.go:13)	TEXT	main.describe(SB), ABIInternal, $56-16
	0x0000 00000 (type_switch.go:13)	CMPQ	SP, 16(R14)
	0x0004 00004 (type_switch.go:13)	PCDATA	$0, $-2
	0x0004 00004 (type_switch.go:13)	JLS	653
	0x000a 00010 (type_switch.go:13)	PCDATA	$0, $-1
	0x000a 00010 (type_switch.go:13)	PUSHQ	BP
	0x000b 00011 (type_switch.go:13)	MOVQ	SP, BP
	0x000e 00014 (type_switch.go:13)	SUBQ	$48, SP
	0x0012 00018 (type_switch.go:13)	MOVQ	AX, main.v+64(FP)
	0x0017 00023 (type_switch.go:13)	MOVQ	BX, main.v+72(FP)
	0x001c 00028 (type_switch.go:13)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x001c 00028 (type_switch.go:13)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x001c 00028 (type_switch.go:13)	FUNCDATA	$5, main.describe.arginfo1(SB)
	0x001c 00028 (type_switch.go:13)	FUNCDATA	$6, main.describe.argliveinfo(SB)
	0x001c 00028 (type_switch.go:13)	PCDATA	$3, $1
	0x001c 00028 (type_switch.go:13)	NOP
	0x0020 00032 (type_switch.go:14)	TESTQ	AX, AX
	0x0023 00035 (type_switch.go:14)	JEQ	451
	0x0029 00041 (type_switch.go:14)	MOVL	16(AX), CX
	0x002c 00044 (type_switch.go:14)	MOVL	CX, DX
	0x002e 00046 (type_switch.go:14)	SHRL	$12, CX
	0x0031 00049 (type_switch.go:14)	ANDL	$15, CX
	0x0034 00052 (type_switch.go:14)	LEAQ	main.describe.jump6(SB), SI
	0x003b 00059 (type_switch.go:14)	JMP	(SI)(CX*8)
	0x003e 00062 (type_switch.go:28)	LEAQ	type:main.Pair(SB), CX
	0x0045 00069 (type_switch.go:28)	CMPQ	AX, CX
	0x0048 00072 (type_switch.go:28)	JNE	439
	0x004e 00078 (type_switch.go:28)	MOVQ	(BX), CX
	0x0051 00081 (type_switch.go:29)	CMPQ	8(BX), CX
	0x0055 00085 (type_switch.go:29)	JNE	105
	0x0057 00087 (type_switch.go:30)	LEAQ	go:string."equal pair"(SB), AX
	0x005e 00094 (type_switch.go:30)	MOVL	$10, BX
	0x0063 00099 (type_switch.go:30)	ADDQ	$48, SP
	0x0067 00103 (type_switch.go:30)	POPQ	BP
	0x0068 00104 (type_switch.go:30)	RET
	0x0069 00105 (type_switch.go:32)	LEAQ	go:string."pair"(SB), AX
	0x0070 00112 (type_switch.go:32)	MOVL	$4, BX
	0x0075 00117 (type_switch.go:32)	ADDQ	$48, SP
	0x0079 00121 (type_switch.go:32)	POPQ	BP
	0x007a 00122 (type_switch.go:32)	RET
	0x007b 00123 (type_switch.go:22)	LEAQ	type:int8(SB), CX
	0x0082 00130 (type_switch.go:22)	CMPQ	AX, CX
	0x0085 00133 (type_switch.go:22)	JEQ	421
	0x008b 00139 (type_switch.go:22)	JMP	439
	0x0090 00144 (type_switch.go:24)	LEAQ	type:string(SB), CX
	0x0097 00151 (type_switch.go:24)	NOP
	0x00a0 00160 (type_switch.go:24)	CMPQ	AX, CX
	0x00a3 00163 (type_switch.go:24)	JNE	439
	0x00a9 00169 (type_switch.go:24)	MOVQ	8(BX), CX
	0x00ad 00173 (type_switch.go:25)	ADDQ	$48, CX
	0x00b1 00177 (type_switch.go:25)	MOVLQSX	CX, BX
	0x00b4 00180 (type_switch.go:25)	LEAQ	main..autotmp_21+44(SP), AX
	0x00b9 00185 (type_switch.go:25)	PCDATA	$1, $1
	0x00b9 00185 (type_switch.go:25)	CALL	runtime.intstring(SB)
	0x00be 00190 (type_switch.go:25)	MOVL	$14, CX
	0x00c3 00195 (type_switch.go:25)	MOVQ	AX, DI
	0x00c6 00198 (type_switch.go:25)	MOVQ	BX, SI
	0x00c9 00201 (type_switch.go:25)	XORL	AX, AX
	0x00cb 00203 (type_switch.go:25)	LEAQ	go:string."string of len "(SB), BX
	0x00d2 00210 (type_switch.go:25)	CALL	runtime.concatstring2(SB)
	0x00d7 00215 (type_switch.go:25)	ADDQ	$48, SP
	0x00db 00219 (type_switch.go:25)	POPQ	BP
	0x00dc 00220 (type_switch.go:25)	RET
	0x00dd 00221 (type_switch.go:39)	LEAQ	type:bool(SB), CX
	0x00e4 00228 (type_switch.go:39)	CMPQ	AX, CX
	0x00e7 00231 (type_switch.go:39)	JEQ	389
	0x00ed 00237 (type_switch.go:39)	JMP	439
	0x00f2 00242 (type_switch.go:35)	LEAQ	type:[]int(SB), CX
	0x00f9 00249 (type_switch.go:35)	NOP
	0x0100 00256 (type_switch.go:35)	CMPQ	AX, CX
	0x0103 00259 (type_switch.go:35)	JNE	439
	0x0109 00265 (type_switch.go:36)	LEAQ	go:string."int slice"(SB), AX
	0x0110 00272 (type_switch.go:36)	MOVL	$9, BX
	0x0115 00277 (type_switch.go:36)	ADDQ	$48, SP
	0x0119 00281 (type_switch.go:36)	POPQ	BP
	0x011a 00282 (type_switch.go:36)	RET
	0x011b 00283 (type_switch.go:17)	LEAQ	type:int(SB), CX
	0x0122 00290 (type_switch.go:17)	CMPQ	AX, CX
	0x0125 00293 (type_switch.go:17)	JNE	439
	0x012b 00299 (type_switch.go:17)	CMPQ	(BX), $0
	0x012f 00303 (type_switch.go:18)	JGE	323
	0x0131 00305 (type_switch.go:19)	LEAQ	go:string."negative int"(SB), AX
	0x0138 00312 (type_switch.go:19)	MOVL	$12, BX
	0x013d 00317 (type_switch.go:19)	ADDQ	$48, SP
	0x0141 00321 (type_switch.go:19)	POPQ	BP
	0x0142 00322 (type_switch.go:19)	RET
	0x0143 00323 (type_switch.go:21)	LEAQ	go:string."int"(SB), AX
	0x014a 00330 (type_switch.go:21)	MOVL	$3, BX
	0x014f 00335 (type_switch.go:21)	ADDQ	$48, SP
	0x0153 00339 (type_switch.go:21)	POPQ	BP
	0x0154 00340 (type_switch.go:21)	RET
	0x0155 00341 (type_switch.go:33)	LEAQ	type:*main.Pair(SB), CX
	0x015c 00348 (type_switch.go:33)	NOP
	0x0160 00352 (type_switch.go:33)	CMPQ	AX, CX
	0x0163 00355 (type_switch.go:33)	JNE	439
	0x0165 00357 (type_switch.go:34)	LEAQ	go:string."pair pointer"(SB), AX
	0x016c 00364 (type_switch.go:34)	MOVL	$12, BX
	0x0171 00369 (type_switch.go:34)	ADDQ	$48, SP
	0x0175 00373 (type_switch.go:34)	POPQ	BP
	0x0176 00374 (type_switch.go:34)	RET
	0x0177 00375 (type_switch.go:39)	LEAQ	type:float64(SB), CX
	0x017e 00382 (type_switch.go:39)	NOP
	0x0180 00384 (type_switch.go:39)	CMPQ	AX, CX
	0x0183 00387 (type_switch.go:39)	JNE	439
	0x0185 00389 (type_switch.go:40)	LEAQ	go:string."bool or float64"(SB), AX
	0x018c 00396 (type_switch.go:40)	MOVL	$15, BX
	0x0191 00401 (type_switch.go:40)	ADDQ	$48, SP
	0x0195 00405 (type_switch.go:40)	POPQ	BP
	0x0196 00406 (type_switch.go:40)	RET
	0x0197 00407 (type_switch.go:22)	LEAQ	type:int16(SB), CX
	0x019e 00414 (type_switch.go:22)	NOP
	0x01a0 00416 (type_switch.go:22)	CMPQ	AX, CX
	0x01a3 00419 (type_switch.go:22)	JNE	439
	0x01a5 00421 (type_switch.go:23)	LEAQ	go:string."small int"(SB), AX
	0x01ac 00428 (type_switch.go:23)	MOVL	$9, BX
	0x01b1 00433 (type_switch.go:23)	ADDQ	$48, SP
	0x01b5 00437 (type_switch.go:23)	POPQ	BP
	0x01b6 00438 (type_switch.go:23)	RET
	0x01b7 00439 (type_switch.go:14)	MOVQ	main..interfaceSwitch.0(SB), SI
	0x01be 00446 (type_switch.go:14)	MOVQ	(SI), DI
	0x01c1 00449 (type_switch.go:14)	JMP	472
	0x01c3 00451 (type_switch.go:16)	LEAQ	go:string."nil"(SB), AX
	0x01ca 00458 (type_switch.go:16)	MOVL	$3, BX
	0x01cf 00463 (type_switch.go:16)	ADDQ	$48, SP
	0x01d3 00467 (type_switch.go:16)	POPQ	BP
	0x01d4 00468 (type_switch.go:16)	RET
	0x01d5 00469 (type_switch.go:14)	MOVQ	CX, DX
	0x01d8 00472 (type_switch.go:14)	MOVQ	DX, CX
	0x01db 00475 (type_switch.go:14)	ANDQ	DI, DX
	0x01de 00478 (type_switch.go:14)	LEAQ	(DX)(DX*2), DX
	0x01e2 00482 (type_switch.go:14)	MOVQ	8(SI)(DX*8), R8
	0x01e7 00487 (type_switch.go:14)	CMPQ	AX, R8
	0x01ea 00490 (type_switch.go:14)	JEQ	530
	0x01ec 00492 (type_switch.go:14)	INCQ	CX
	0x01ef 00495 (type_switch.go:14)	TESTQ	R8, R8
	0x01f2 00498 (type_switch.go:14)	JNE	469
	0x01f4 00500 (type_switch.go:14)	MOVQ	BX, main.v+72(SP)
	0x01f9 00505 (type_switch.go:14)	PCDATA	$3, $2
	0x01f9 00505 (type_switch.go:14)	MOVQ	AX, BX
	0x01fc 00508 (type_switch.go:14)	LEAQ	main..interfaceSwitch.0(SB), AX
	0x0203 00515 (type_switch.go:14)	PCDATA	$1, $0
	0x0203 00515 (type_switch.go:14)	CALL	runtime.interfaceSwitch(SB)
	0x0208 00520 (type_switch.go:14)	MOVQ	BX, CX
	0x020b 00523 (type_switch.go:38)	MOVQ	main.v+72(SP), BX
	0x0210 00528 (type_switch.go:14)	JMP	544
	0x0212 00530 (type_switch.go:14)	PCDATA	$3, $1
	0x0212 00530 (type_switch.go:14)	MOVQ	16(SI)(DX*8), AX
	0x0217 00535 (type_switch.go:14)	MOVQ	24(SI)(DX*8), CX
	0x021c 00540 (type_switch.go:14)	NOP
	0x0220 00544 (type_switch.go:14)	TESTQ	AX, AX
	0x0223 00547 (type_switch.go:14)	JEQ	613
	0x0225 00549 (type_switch.go:14)	CMPQ	AX, $1
	0x0229 00553 (type_switch.go:14)	JNE	595
	0x022b 00555 (type_switch.go:38)	MOVQ	24(CX), CX
	0x022f 00559 (type_switch.go:38)	MOVQ	BX, AX
	0x0232 00562 (type_switch.go:38)	PCDATA	$1, $1
	0x0232 00562 (type_switch.go:38)	CALL	CX
	0x0234 00564 (type_switch.go:38)	MOVL	$6, CX
	0x0239 00569 (type_switch.go:38)	MOVQ	AX, DI
	0x023c 00572 (type_switch.go:38)	MOVQ	BX, SI
	0x023f 00575 (type_switch.go:38)	XORL	AX, AX
	0x0241 00577 (type_switch.go:38)	LEAQ	go:string."error "(SB), BX
	0x0248 00584 (type_switch.go:38)	CALL	runtime.concatstring2(SB)
	0x024d 00589 (type_switch.go:38)	ADDQ	$48, SP
	0x0251 00593 (type_switch.go:38)	POPQ	BP
	0x0252 00594 (type_switch.go:38)	RET
	0x0253 00595 (type_switch.go:42)	LEAQ	go:string."other"(SB), AX
	0x025a 00602 (type_switch.go:42)	MOVL	$5, BX
	0x025f 00607 (type_switch.go:42)	ADDQ	$48, SP
	0x0263 00611 (type_switch.go:42)	POPQ	BP
	0x0264 00612 (type_switch.go:42)	RET
	0x0265 00613 (type_switch.go:27)	MOVQ	24(CX), CX
	0x0269 00617 (type_switch.go:27)	MOVQ	BX, AX
	0x026c 00620 (type_switch.go:27)	CALL	CX
	0x026e 00622 (type_switch.go:27)	MOVL	$9, CX
	0x0273 00627 (type_switch.go:27)	MOVQ	AX, DI
	0x0276 00630 (type_switch.go:27)	MOVQ	BX, SI
	0x0279 00633 (type_switch.go:27)	XORL	AX, AX
	0x027b 00635 (type_switch.go:27)	LEAQ	go:string."stringer "(SB), BX
	0x0282 00642 (type_switch.go:27)	CALL	runtime.concatstring2(SB)
	0x0287 00647 (type_switch.go:27)	ADDQ	$48, SP
	0x028b 00651 (type_switch.go:27)	POPQ	BP
	0x028c 00652 (type_switch.go:27)	RET
	0x028d 00653 (type_switch.go:27)	NOP
	0x028d 00653 (type_switch.go:13)	PCDATA	$1, $-1
	0x028d 00653 (type_switch.go:13)	PCDATA	$0, $-2
	0x028d 00653 (type_switch.go:13)	MOVQ	AX, 8(SP)
	0x0292 00658 (type_switch.go:13)	MOVQ	BX, 16(SP)
	0x0297 00663 (type_switch.go:13)	CALL	runtime.morestack_noctxt(SB)
	0x029c 00668 (type_switch.go:13)	PCDATA	$0, $-1
	0x029c 00668 (type_switch.go:13)	MOVQ	8(SP), AX
	0x02a1 00673 (type_switch.go:13)	MOVQ	16(SP), BX
	0x02a6 00678 (type_switch.go:13)	JMP	0
	0x0000 49 3b 66 10 0f 86 83 02 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 30 48 89 44 24 40 48 89 5c 24 48 0f 1f 40 00  .0H.D$@H.\$H..@.
	0x0020 48 85 c0 0f 84 9a 01 00 00 8b 48 10 89 ca c1 e9  H.........H.....
	0x0030 0c 83 e1 0f 48 8d 35 00 00 00 00 ff 24 ce 48 8d  ....H.5.....$.H.
	0x0040 0d 00 00 00 00 48 39 c8 0f 85 69 01 00 00 48 8b  .....H9...i...H.
	0x0050 0b 48 39 4b 08 75 12 48 8d 05 00 00 00 00 bb 0a  .H9K.u.H........
	0x0060 00 00 00 48 83 c4 30 5d c3 48 8d 05 00 00 00 00  ...H..0].H......
	0x0070 bb 04 00 00 00 48 83 c4 30 5d c3 48 8d 0d 00 00  .....H..0].H....
	0x0080 00 00 48 39 c8 0f 84 1a 01 00 00 e9 27 01 00 00  ..H9........'...
	0x0090 48 8d 0d 00 00 00 00 66 0f 1f 84 00 00 00 00 00  H......f........
	0x00a0 48 39 c8 0f 85 0e 01 00 00 48 8b 4b 08 48 83 c1  H9.......H.K.H..
	0x00b0 30 48 63 d9 48 8d 44 24 2c e8 00 00 00 00 b9 0e  0Hc.H.D$,.......
	0x00c0 00 00 00 48 89 c7 48 89 de 31 c0 48 8d 1d 00 00  ...H..H..1.H....
	0x00d0 00 00 e8 00 00 00 00 48 83 c4 30 5d c3 48 8d 0d  .......H..0].H..
	0x00e0 00 00 00 00 48 39 c8 0f 84 98 00 00 00 e9 c5 00  ....H9..........
	0x00f0 00 00 48 8d 0d 00 00 00 00 0f 1f 80 00 00 00 00  ..H.............
	0x0100 48 39 c8 0f 85 ae 00 00 00 48 8d 05 00 00 00 00  H9.......H......
	0x0110 bb 09 00 00 00 48 83 c4 30 5d c3 48 8d 0d 00 00  .....H..0].H....
	0x0120 00 00 48 39 c8 0f 85 8c 00 00 00 48 83 3b 00 7d  ..H9.......H.;.}
	0x0130 12 48 8d 05 00 00 00 00 bb 0c 00 00 00 48 83 c4  .H...........H..
	0x0140 30 5d c3 48 8d 05 00 00 00 00 bb 03 00 00 00 48  0].H...........H
	0x0150 83 c4 30 5d c3 48 8d 0d 00 00 00 00 0f 1f 40 00  ..0].H........@.
	0x0160 48 39 c8 75 52 48 8d 05 00 00 00 00 bb 0c 00 00  H9.uRH..........
	0x0170 00 48 83 c4 30 5d c3 48 8d 0d 00 00 00 00 66 90  .H..0].H......f.
	0x0180 48 39 c8 75 32 48 8d 05 00 00 00 00 bb 0f 00 00  H9.u2H..........
	0x0190 00 48 83 c4 30 5d c3 48 8d 0d 00 00 00 00 66 90  .H..0].H......f.
	0x01a0 48 39 c8 75 12 48 8d 05 00 00 00 00 bb 09 00 00  H9.u.H..........
	0x01b0 00 48 83 c4 30 5d c3 48 8b 35 00 00 00 00 48 8b  .H..0].H.5....H.
	0x01c0 3e eb 15 48 8d 05 00 00 00 00 bb 03 00 00 00 48  >..H...........H
	0x01d0 83 c4 30 5d c3 48 89 ca 48 89 d1 48 21 fa 48 8d  ..0].H..H..H!.H.
	0x01e0 14 52 4c 8b 44 d6 08 4c 39 c0 74 26 48 ff c1 4d  .RL.D..L9.t&H..M
	0x01f0 85 c0 75 e1 48 89 5c 24 48 48 89 c3 48 8d 05 00  ..u.H.\$HH..H...
	0x0200 00 00 00 e8 00 00 00 00 48 89 d9 48 8b 5c 24 48  ........H..H.\$H
	0x0210 eb 0e 48 8b 44 d6 10 48 8b 4c d6 18 0f 1f 40 00  ..H.D..H.L....@.
	0x0220 48 85 c0 74 40 48 83 f8 01 75 28 48 8b 49 18 48  H..t@H...u(H.I.H
	0x0230 89 d8 ff d1 b9 06 00 00 00 48 89 c7 48 89 de 31  .........H..H..1
	0x0240 c0 48 8d 1d 00 00 00 00 e8 00 00 00 00 48 83 c4  .H...........H..
	0x0250 30 5d c3 48 8d 05 00 00 00 00 bb 05 00 00 00 48  0].H...........H
	0x0260 83 c4 30 5d c3 48 8b 49 18 48 89 d8 ff d1 b9 09  ..0].H.I.H......
	0x0270 00 00 00 48 89 c7 48 89 de 31 c0 48 8d 1d 00 00  ...H..H..1.H....
	0x0280 00 00 e8 00 00 00 00 48 83 c4 30 5d c3 48 89 44  .......H..0].H.D
	0x0290 24 08 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24  $.H.\$......H.D$
	0x02a0 08 48 8b 5c 24 10 e9 55 fd ff ff                 .H.\$..U...
	rel 3+0 t=R_USEIFACEMETHOD type:main.Stringer+96
	rel 3+0 t=R_USEIFACEMETHOD type:error+96
	rel 55+4 t=R_PCREL main.describe.jump6+0
	rel 65+4 t=R_PCREL type:main.Pair+0
	rel 90+4 t=R_PCREL go:string."equal pair"+0
	rel 108+4 t=R_PCREL go:string."pair"+0
	rel 126+4 t=R_PCREL type:int8+0
	rel 147+4 t=R_PCREL type:string+0
	rel 186+4 t=R_CALL runtime.intstring+0
	rel 206+4 t=R_PCREL go:string."string of len "+0
	rel 211+4 t=R_CALL runtime.concatstring2+0
	rel 224+4 t=R_PCREL type:bool+0
	rel 245+4 t=R_PCREL type:[]int+0
	rel 268+4 t=R_PCREL go:string."int slice"+0
	rel 286+4 t=R_PCREL type:int+0
	rel 308+4 t=R_PCREL go:string."negative int"+0
	rel 326+4 t=R_PCREL go:string."int"+0
	rel 344+4 t=R_PCREL type:*main.Pair+0
	rel 360+4 t=R_PCREL go:string."pair pointer"+0
	rel 378+4 t=R_PCREL type:float64+0
	rel 392+4 t=R_PCREL go:string."bool or float64"+0
	rel 410+4 t=R_PCREL type:int16+0
	rel 424+4 t=R_PCREL go:string."small int"+0
	rel 442+4 t=R_PCREL main..interfaceSwitch.0+0
	rel 454+4 t=R_PCREL go:string."nil"+0
	rel 511+4 t=R_PCREL main..interfaceSwitch.0+0
	rel 516+4 t=R_CALL runtime.interfaceSwitch+0
	rel 562+0 t=R_CALLIND +0
	rel 580+4 t=R_PCREL go:string."error "+0
	rel 585+4 t=R_CALL runtime.concatstring2+0
	rel 598+4 t=R_PCREL go:string."other"+0
	rel 620+0 t=R_CALLIND +0
	rel 638+4 t=R_PCREL go:string."stringer "+0
	rel 643+4 t=R_CALL runtime.concatstring2+0
	rel 664+4 t=R_CALL runtime.morestack_noctxt+0
main.E.Error STEXT nosplit size=13 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (type_switch.go:48)	TEXT	main.E.Error(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (type_switch.go:48)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (type_switch.go:48)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (type_switch.go:48)	FUNCDATA	$5, main.E.Error.arginfo1(SB)
	0x0000 00000 (type_switch.go:48)	LEAQ	go:string."E!"(SB), AX
	0x0007 00007 (type_switch.go:48)	MOVL	$2, BX
	0x000c 00012 (type_switch.go:48)	RET
	0x0000 48 8d 05 00 00 00 00 bb 02 00 00 00 c3           H............
	rel 3+4 t=R_PCREL go:string."E!"+0
main.main STEXT size=670 align=0x0 args=0x0 locals=0x148 funcid=0x0
	0x0000 00000 (type_switch.go:50)	TEXT	main.main(SB), ABIInternal, $328-0
	0x0000 00000 (type_switch.go:50)	LEAQ	-200(SP), R12
	0x0008 00008 (type_switch.go:50)	CMPQ	R12, 16(R14)
	0x000c 00012 (type_switch.go:50)	PCDATA	$0, $-2
	0x000c 00012 (type_switch.go:50)	JLS	660
	0x0012 00018 (type_switch.go:50)	PCDATA	$0, $-1
	0x0012 00018 (type_switch.go:50)	PUSHQ	BP
	0x0013 00019 (type_switch.go:50)	MOVQ	SP, BP
	0x0016 00022 (type_switch.go:50)	SUBQ	$320, SP
	0x001d 00029 (type_switch.go:50)	FUNCDATA	$0, gclocals·D6AnjkNyRZzKYVnNXnHP7g==(SB)
	0x001d 00029 (type_switch.go:50)	FUNCDATA	$1, gclocals·InaSXAWzUmqnrvIqOcfxbw==(SB)
	0x001d 00029 (type_switch.go:50)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (type_switch.go:52)	MOVL	$16, AX
	0x0022 00034 (type_switch.go:52)	LEAQ	type:main.Pair(SB), BX
	0x0029 00041 (type_switch.go:52)	MOVL	$1, CX
	0x002e 00046 (type_switch.go:52)	PCDATA	$1, $0
	0x002e 00046 (type_switch.go:52)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x0033 00051 (type_switch.go:51)	LEAQ	main..autotmp_8+48(SP), DX
	0x0038 00056 (type_switch.go:51)	MOVL	$4, SI
	0x003d 00061 (type_switch.go:51)	MOVUPS	X15, (DX)
	0x0041 00065 (type_switch.go:51)	MOVUPS	X15, 16(DX)
	0x0046 00070 (type_switch.go:51)	MOVUPS	X15, 32(DX)
	0x004b 00075 (type_switch.go:51)	MOVUPS	X15, 48(DX)
	0x0050 00080 (type_switch.go:51)	ADDQ	$64, DX
	0x0054 00084 (type_switch.go:51)	DECL	SI
	0x0056 00086 (type_switch.go:51)	JNE	61
	0x0058 00088 (type_switch.go:51)	LEAQ	type:int(SB), DX
	0x005f 00095 (type_switch.go:51)	MOVQ	DX, main..autotmp_8+64(SP)
	0x0064 00100 (type_switch.go:51)	LEAQ	main..stmp_1(SB), SI
	0x006b 00107 (type_switch.go:51)	MOVQ	SI, main..autotmp_8+72(SP)
	0x0070 00112 (type_switch.go:51)	MOVQ	DX, main..autotmp_8+80(SP)
	0x0075 00117 (type_switch.go:51)	LEAQ	main..stmp_2(SB), DX
	0x007c 00124 (type_switch.go:51)	MOVQ	DX, main..autotmp_8+88(SP)
	0x0081 00129 (type_switch.go:51)	LEAQ	type:int8(SB), DX
	0x0088 00136 (type_switch.go:51)	MOVQ	DX, main..autotmp_8+96(SP)
	0x008d 00141 (type_switch.go:51)	LEAQ	runtime.staticuint64s+8(SB), DX
	0x0094 00148 (type_switch.go:51)	MOVQ	DX, main..autotmp_8+104(SP)
	0x0099 00153 (type_switch.go:51)	LEAQ	type:int16(SB), DX
	0x00a0 00160 (type_switch.go:51)	MOVQ	DX, main..autotmp_8+112(SP)
	0x00a5 00165 (type_switch.go:51)	LEAQ	main..stmp_4(SB), DX
	0x00ac 00172 (type_switch.go:51)	MOVQ	DX, main..autotmp_8+120(SP)
	0x00b1 00177 (type_switch.go:51)	LEAQ	type:string(SB), DX
	0x00b8 00184 (type_switch.go:51)	MOVQ	DX, main..autotmp_8+128(SP)
	0x00c0 00192 (type_switch.go:51)	LEAQ	main..stmp_5(SB), DX
	0x00c7 00199 (type_switch.go:51)	MOVQ	DX, main..autotmp_8+136(SP)
	0x00cf 00207 (type_switch.go:51)	LEAQ	type:main.Color(SB), DX
	0x00d6 00214 (type_switch.go:51)	MOVQ	DX, main..autotmp_8+144(SP)
	0x00de 00222 (type_switch.go:51)	LEAQ	main..stmp_6(SB), DX
	0x00e5 00229 (type_switch.go:51)	MOVQ	DX, main..autotmp_8+152(SP)
	0x00ed 00237 (type_switch.go:51)	LEAQ	type:main.Pair(SB), DX
	0x00f4 00244 (type_switch.go:51)	MOVQ	DX, main..autotmp_8+160(SP)
	0x00fc 00252 (type_switch.go:51)	LEAQ	main..stmp_7(SB), SI
	0x0103 00259 (type_switch.go:51)	MOVQ	SI, main..autotmp_8+168(SP)
	0x010b 00267 (type_switch.go:52)	MOVQ	DX, main..autotmp_8+176(SP)
	0x0113 00275 (type_switch.go:52)	LEAQ	main..stmp_8(SB), DX
	0x011a 00282 (type_switch.go:52)	MOVQ	DX, main..autotmp_8+184(SP)
	0x0122 00290 (type_switch.go:52)	LEAQ	type:*main.Pair(SB), DX
	0x0129 00297 (type_switch.go:52)	MOVQ	DX, main..autotmp_8+192(SP)
	0x0131 00305 (type_switch.go:52)	MOVQ	AX, main..autotmp_8+200(SP)
	0x0139 00313 (type_switch.go:52)	MOVL	$8, AX
	0x013e 00318 (type_switch.go:52)	LEAQ	type:[1]int(SB), BX
	0x0145 00325 (type_switch.go:52)	MOVL	$1, CX
	0x014a 00330 (type_switch.go:52)	PCDATA	$1, $1
	0x014a 00330 (type_switch.go:52)	CALL	runtime.mallocgcTinySC2(SB)
	0x014f 00335 (type_switch.go:52)	MOVQ	$1, (AX)
	0x0156 00342 (type_switch.go:52)	MOVL	$1, BX
	0x015b 00347 (type_switch.go:52)	MOVL	BX, CX
	0x015d 00349 (type_switch.go:52)	NOP
	0x0160 00352 (type_switch.go:52)	CALL	runtime.convTslice(SB)
	0x0165 00357 (type_switch.go:52)	LEAQ	type:[]int(SB), DX
	0x016c 00364 (type_switch.go:52)	MOVQ	DX, main..autotmp_8+208(SP)
	0x0174 00372 (type_switch.go:52)	MOVQ	AX, main..autotmp_8+216(SP)
	0x017c 00380 (type_switch.go:52)	LEAQ	type:main.E(SB), DX
	0x0183 00387 (type_switch.go:52)	MOVQ	DX, main..autotmp_8+224(SP)
	0x018b 00395 (type_switch.go:52)	LEAQ	runtime.zerobase(SB), DX
	0x0192 00402 (type_switch.go:52)	MOVQ	DX, main..autotmp_8+232(SP)
	0x019a 00410 (type_switch.go:52)	LEAQ	type:bool(SB), DX
	0x01a1 00417 (type_switch.go:52)	MOVQ	DX, main..autotmp_8+240(SP)
	0x01a9 00425 (type_switch.go:52)	LEAQ	runtime.staticuint64s+8(SB), DX
	0x01b0 00432 (type_switch.go:52)	MOVQ	DX, main..autotmp_8+248(SP)
	0x01b8 00440 (type_switch.go:52)	LEAQ	type:float64(SB), DX
	0x01bf 00447 (type_switch.go:52)	MOVQ	DX, main..autotmp_8+256(SP)
	0x01c7 00455 (type_switch.go:52)	LEAQ	main..stmp_11(SB), DX
	0x01ce 00462 (type_switch.go:52)	MOVQ	DX, main..autotmp_8+264(SP)
	0x01d6 00470 (type_switch.go:52)	LEAQ	type:float32(SB), DX
	0x01dd 00477 (type_switch.go:52)	MOVQ	DX, main..autotmp_8+272(SP)
	0x01e5 00485 (type_switch.go:52)	LEAQ	main..stmp_12(SB), DX
	0x01ec 00492 (type_switch.go:52)	MOVQ	DX, main..autotmp_8+280(SP)
	0x01f4 00500 (type_switch.go:52)	LEAQ	type:uint(SB), DX
	0x01fb 00507 (type_switch.go:52)	MOVQ	DX, main..autotmp_8+288(SP)
	0x0203 00515 (type_switch.go:52)	LEAQ	main..stmp_13(SB), DX
	0x020a 00522 (type_switch.go:52)	MOVQ	DX, main..autotmp_8+296(SP)
	0x0212 00530 (type_switch.go:53)	LEAQ	main..autotmp_8+48(SP), DX
	0x0217 00535 (type_switch.go:53)	XORL	AX, AX
	0x0219 00537 (type_switch.go:53)	JMP	645
	0x021b 00539 (type_switch.go:53)	MOVQ	AX, main.i+32(SP)
	0x0220 00544 (type_switch.go:53)	MOVQ	DX, main..autotmp_22+312(SP)
	0x0228 00552 (type_switch.go:53)	MOVQ	(DX), AX
	0x022b 00555 (type_switch.go:53)	MOVQ	8(DX), BX
	0x022f 00559 (type_switch.go:54)	PCDATA	$1, $2
	0x022f 00559 (type_switch.go:54)	CALL	main.describe(SB)
	0x0234 00564 (type_switch.go:54)	MOVQ	AX, main..autotmp_23+304(SP)
	0x023c 00572 (type_switch.go:54)	MOVQ	BX, main..autotmp_24+40(SP)
	0x0241 00577 (type_switch.go:54)	PCDATA	$1, $3
	0x0241 00577 (type_switch.go:54)	CALL	runtime.printlock(SB)
	0x0246 00582 (type_switch.go:54)	MOVQ	main.i+32(SP), AX
	0x024b 00587 (type_switch.go:54)	CALL	runtime.printint(SB)
	0x0250 00592 (type_switch.go:54)	CALL	runtime.printsp(SB)
	0x0255 00597 (type_switch.go:54)	MOVQ	main..autotmp_23+304(SP), AX
	0x025d 00605 (type_switch.go:54)	MOVQ	main..autotmp_24+40(SP), BX
	0x0262 00610 (type_switch.go:54)	PCDATA	$1, $2
	0x0262 00610 (type_switch.go:54)	CALL	runtime.printstring(SB)
	0x0267 00615 (type_switch.go:54)	CALL	runtime.printnl(SB)
	0x026c 00620 (type_switch.go:54)	CALL	runtime.printunlock(SB)
	0x0271 00625 (type_switch.go:53)	MOVQ	main..autotmp_22+312(SP), DX
	0x0279 00633 (type_switch.go:53)	ADDQ	$16, DX
	0x027d 00637 (type_switch.go:53)	MOVQ	main.i+32(SP), AX
	0x0282 00642 (type_switch.go:53)	INCQ	AX
	0x0285 00645 (type_switch.go:53)	CMPQ	AX, $16
	0x0289 00649 (type_switch.go:53)	JLT	539
	0x028b 00651 (type_switch.go:56)	ADDQ	$320, SP
	0x0292 00658 (type_switch.go:56)	POPQ	BP
	0x0293 00659 (type_switch.go:56)	RET
	0x0294 00660 (type_switch.go:56)	NOP
	0x0294 00660 (type_switch.go:50)	PCDATA	$1, $-1
	0x0294 00660 (type_switch.go:50)	PCDATA	$0, $-2
	0x0294 00660 (type_switch.go:50)	CALL	runtime.morestack_noctxt(SB)
	0x0299 00665 (type_switch.go:50)	PCDATA	$0, $-1
	0x0299 00665 (type_switch.go:50)	JMP	0
	0x0000 4c 8d a4 24 38 ff ff ff 4d 3b 66 10 0f 86 82 02  L..$8...M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec 40 01 00 00 b8 10 00  ..UH..H..@......
	0x0020 00 00 48 8d 1d 00 00 00 00 b9 01 00 00 00 e8 00  ..H.............
	0x0030 00 00 00 48 8d 54 24 30 be 04 00 00 00 44 0f 11  ...H.T$0.....D..
	0x0040 3a 44 0f 11 7a 10 44 0f 11 7a 20 44 0f 11 7a 30  :D..z.D..z D..z0
	0x0050 48 83 c2 40 ff ce 75 e5 48 8d 15 00 00 00 00 48  H..@..u.H......H
	0x0060 89 54 24 40 48 8d 35 00 00 00 00 48 89 74 24 48  .T$@H.5....H.t$H
	0x0070 48 89 54 24 50 48 8d 15 00 00 00 00 48 89 54 24  H.T$PH......H.T$
	0x0080 58 48 8d 15 00 00 00 00 48 89 54 24 60 48 8d 15  XH......H.T$`H..
	0x0090 00 00 00 00 48 89 54 24 68 48 8d 15 00 00 00 00  ....H.T$hH......
	0x00a0 48 89 54 24 70 48 8d 15 00 00 00 00 48 89 54 24  H.T$pH......H.T$
	0x00b0 78 48 8d 15 00 00 00 00 48 89 94 24 80 00 00 00  xH......H..$....
	0x00c0 48 8d 15 00 00 00 00 48 89 94 24 88 00 00 00 48  H......H..$....H
	0x00d0 8d 15 00 00 00 00 48 89 94 24 90 00 00 00 48 8d  ......H..$....H.
	0x00e0 15 00 00 00 00 48 89 94 24 98 00 00 00 48 8d 15  .....H..$....H..
	0x00f0 00 00 00 00 48 89 94 24 a0 00 00 00 48 8d 35 00  ....H..$....H.5.
	0x0100 00 00 00 48 89 b4 24 a8 00 00 00 48 89 94 24 b0  ...H..$....H..$.
	0x0110 00 00 00 48 8d 15 00 00 00 00 48 89 94 24 b8 00  ...H......H..$..
	0x0120 00 00 48 8d 15 00 00 00 00 48 89 94 24 c0 00 00  ..H......H..$...
	0x0130 00 48 89 84 24 c8 00 00 00 b8 08 00 00 00 48 8d  .H..$.........H.
	0x0140 1d 00 00 00 00 b9 01 00 00 00 e8 00 00 00 00 48  ...............H
	0x0150 c7 00 01 00 00 00 bb 01 00 00 00 89 d9 0f 1f 00  ................
	0x0160 e8 00 00 00 00 48 8d 15 00 00 00 00 48 89 94 24  .....H......H..$
	0x0170 d0 00 00 00 48 89 84 24 d8 00 00 00 48 8d 15 00  ....H..$....H...
	0x0180 00 00 00 48 89 94 24 e0 00 00 00 48 8d 15 00 00  ...H..$....H....
	0x0190 00 00 48 89 94 24 e8 00 00 00 48 8d 15 00 00 00  ..H..$....H.....
	0x01a0 00 48 89 94 24 f0 00 00 00 48 8d 15 00 00 00 00  .H..$....H......
	0x01b0 48 89 94 24 f8 00 00 00 48 8d 15 00 00 00 00 48  H..$....H......H
	0x01c0 89 94 24 00 01 00 00 48 8d 15 00 00 00 00 48 89  ..$....H......H.
	0x01d0 94 24 08 01 00 00 48 8d 15 00 00 00 00 48 89 94  .$....H......H..
	0x01e0 24 10 01 00 00 48 8d 15 00 00 00 00 48 89 94 24  $....H......H..$
	0x01f0 18 01 00 00 48 8d 15 00 00 00 00 48 89 94 24 20  ....H......H..$ 
	0x0200 01 00 00 48 8d 15 00 00 00 00 48 89 94 24 28 01  ...H......H..$(.
	0x0210 00 00 48 8d 54 24 30 31 c0 eb 6a 48 89 44 24 20  ..H.T$01..jH.D$ 
	0x0220 48 89 94 24 38 01 00 00 48 8b 02 48 8b 5a 08 e8  H..$8...H..H.Z..
	0x0230 00 00 00 00 48 89 84 24 30 01 00 00 48 89 5c 24  ....H..$0...H.\$
	0x0240 28 e8 00 00 00 00 48 8b 44 24 20 e8 00 00 00 00  (.....H.D$ .....
	0x0250 e8 00 00 00 00 48 8b 84 24 30 01 00 00 48 8b 5c  .....H..$0...H.\
	0x0260 24 28 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00  $(..............
	0x0270 00 48 8b 94 24 38 01 00 00 48 83 c2 10 48 8b 44  .H..$8...H...H.D
	0x0280 24 20 48 ff c0 48 83 f8 10 7c 90 48 81 c4 40 01  $ H..H...|.H..@.
	0x0290 00 00 5d c3 e8 00 00 00 00 e9 62 fd ff ff        ..].......b...
	rel 3+0 t=R_USEIFACE type:int+0
	rel 3+0 t=R_USEIFACE type:int+0
	rel 3+0 t=R_USEIFACE type:int8+0
	rel 3+0 t=R_USEIFACE type:int16+0
	rel 3+0 t=R_USEIFACE type:string+0
	rel 3+0 t=R_USEIFACE type:main.Color+0
	rel 3+0 t=R_USEIFACE type:main.Pair+0
	rel 3+0 t=R_USEIFACE type:main.Pair+0
	rel 3+0 t=R_USEIFACE type:*main.Pair+0
	rel 3+0 t=R_USEIFACE type:[]int+0
	rel 3+0 t=R_USEIFACE type:main.E+0
	rel 3+0 t=R_USEIFACE type:bool+0
	rel 3+0 t=R_USEIFACE type:float64+0
	rel 3+0 t=R_USEIFACE type:float32+0
	rel 3+0 t=R_USEIFACE type:uint+0
	rel 37+4 t=R_PCREL type:main.Pair+0
	rel 47+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 91+4 t=R_PCREL type:int+0
	rel 103+4 t=R_PCREL main..stmp_1+0
	rel 120+4 t=R_PCREL main..stmp_2+0
	rel 132+4 t=R_PCREL type:int8+0
	rel 144+4 t=R_PCREL runtime.staticuint64s+8
	rel 156+4 t=R_PCREL type:int16+0
	rel 168+4 t=R_PCREL main..stmp_4+0
	rel 180+4 t=R_PCREL type:string+0
	rel 195+4 t=R_PCREL main..stmp_5+0
	rel 210+4 t=R_PCREL type:main.Color+0
	rel 225+4 t=R_PCREL main..stmp_6+0
	rel 240+4 t=R_PCREL type:main.Pair+0
	rel 255+4 t=R_PCREL main..stmp_7+0
	rel 278+4 t=R_PCREL main..stmp_8+0
	rel 293+4 t=R_PCREL type:*main.Pair+0
	rel 321+4 t=R_PCREL type:[1]int+0
	rel 331+4 t=R_CALL runtime.mallocgcTinySC2+0
	rel 353+4 t=R_CALL runtime.convTslice+0
	rel 360+4 t=R_PCREL type:[]int+0
	rel 383+4 t=R_PCREL type:main.E+0
	rel 398+4 t=R_PCREL runtime.zerobase+0
	rel 413+4 t=R_PCREL type:bool+0
	rel 428+4 t=R_PCREL runtime.staticuint64s+8
	rel 443+4 t=R_PCREL type:float64+0
	rel 458+4 t=R_PCREL main..stmp_11+0
	rel 473+4 t=R_PCREL type:float32+0
	rel 488+4 t=R_PCREL main..stmp_12+0
	rel 503+4 t=R_PCREL type:uint+0
	rel 518+4 t=R_PCREL main..stmp_13+0
	rel 560+4 t=R_CALL main.describe+0
	rel 578+4 t=R_CALL runtime.printlock+0
	rel 588+4 t=R_CALL runtime.printint+0
	rel 593+4 t=R_CALL runtime.printsp+0
	rel 611+4 t=R_CALL runtime.printstring+0
	rel 616+4 t=R_CALL runtime.printnl+0
	rel 621+4 t=R_CALL runtime.printunlock+0
	rel 661+4 t=R_CALL runtime.morestack_noctxt+0
main.Stringer.String STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Stringer.String(SB), DUPOK|WRAPPER|ABIInternal, $16-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	40
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$8, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+24(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+32(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Stringer.String.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Stringer.String.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	MOVQ	24(AX), CX
	0x001c 00028 (<autogenerated>:1)	MOVQ	BX, AX
	0x001f 00031 (<autogenerated>:1)	PCDATA	$1, $1
	0x001f 00031 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CALL	CX
	0x0022 00034 (<autogenerated>:1)	ADDQ	$8, SP
	0x0026 00038 (<autogenerated>:1)	POPQ	BP
	0x0027 00039 (<autogenerated>:1)	RET
	0x0028 00040 (<autogenerated>:1)	NOP
	0x0028 00040 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0028 00040 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0028 00040 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x002d 00045 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0032 00050 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0037 00055 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0037 00055 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x003c 00060 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0041 00065 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 22 55 48 89 e5 48 83 ec 08 48 89  I;f.v"UH..H...H.
	0x0010 44 24 18 48 89 5c 24 20 48 8b 48 18 48 89 d8 90  D$.H.\$ H.H.H...
	0x0020 ff d1 48 83 c4 08 5d c3 48 89 44 24 08 48 89 5c  ..H...].H.D$.H.\
	0x0030 24 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24  $......H.D$.H.\$
	0x0040 10 eb bd                                         ...
	rel 2+0 t=R_USEIFACEMETHOD type:main.Stringer+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Color).String STEXT dupok nosplit size=51 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Color).String(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Color).String.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Color).String.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	45
	0x0009 00009 (<autogenerated>:1)	MOVQ	(AX), CX
	0x000c 00012 (<unknown line number>)	NOP
	0x000c 00012 (type_switch.go:8)	CMPQ	CX, $3
	0x0010 00016 (type_switch.go:8)	JCC	40
	0x0012 00018 (type_switch.go:8)	SHLQ	$4, CX
	0x0016 00022 (type_switch.go:8)	LEAQ	main..stmp_14(SB), DX
	0x001d 00029 (type_switch.go:8)	MOVQ	(DX)(CX*1), AX
	0x0021 00033 (type_switch.go:8)	MOVQ	8(DX)(CX*1), BX
	0x0026 00038 (<autogenerated>:1)	POPQ	BP
	0x0027 00039 (<autogenerated>:1)	RET
	0x0028 00040 (type_switch.go:8)	PCDATA	$1, $1
	0x0028 00040 (type_switch.go:8)	PCDATA	$4, $3573
	0x0028 00040 (type_switch.go:8)	CALL	runtime.panicBounds(SB)
	0x002d 00045 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0032 00050 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 24 48 8b 08 48 83 f9 03  UH..H..t$H..H...
	0x0010 73 16 48 c1 e1 04 48 8d 15 00 00 00 00 48 8b 04  s.H...H......H..
	0x0020 0a 48 8b 5c 0a 08 5d c3 e8 00 00 00 00 e8 00 00  .H.\..].........
	0x0030 00 00 90                                         ...
	rel 25+4 t=R_PCREL main..stmp_14+0
	rel 41+4 t=R_CALL runtime.panicBounds+0
	rel 46+4 t=R_CALL runtime.panicwrap+0
main.(*E).Error STEXT dupok nosplit size=29 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*E).Error(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*E).Error.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*E).Error.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	23
	0x0009 00009 (<autogenerated>:1)	LEAQ	go:string."E!"(SB), AX
	0x0010 00016 (<autogenerated>:1)	MOVL	$2, BX
	0x0015 00021 (<autogenerated>:1)	POPQ	BP
	0x0016 00022 (<autogenerated>:1)	RET
	0x0017 00023 (<autogenerated>:1)	PCDATA	$1, $1
	0x0017 00023 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x001c 00028 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 0e 48 8d 05 00 00 00 00  UH..H..t.H......
	0x0010 bb 02 00 00 00 5d c3 e8 00 00 00 00 90           .....].......
	rel 12+4 t=R_PCREL go:string."E!"+0
	rel 24+4 t=R_CALL runtime.panicwrap+0
type:.eq.SSS STEXT dupok size=173 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.SSS(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	143
	0x000a 00010 (<autogenerated>:1)	PCDATA	$0, $-1
	0x000a 00010 (<autogenerated>:1)	PUSHQ	BP
	0x000b 00011 (<autogenerated>:1)	MOVQ	SP, BP
	0x000e 00014 (<autogenerated>:1)	SUBQ	$24, SP
	0x0012 00018 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x0012 00018 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.SSS.arginfo1(SB)
	0x0012 00018 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.SSS.argliveinfo(SB)
	0x0012 00018 (<autogenerated>:1)	PCDATA	$3, $1
	0x0012 00018 (<autogenerated>:1)	MOVQ	8(AX), CX
	0x0016 00022 (<autogenerated>:1)	CMPQ	8(BX), CX
	0x001a 00026 (<autogenerated>:1)	JNE	135
	0x001c 00028 (<autogenerated>:1)	MOVQ	24(AX), DX
	0x0020 00032 (<autogenerated>:1)	CMPQ	24(BX), DX
	0x0024 00036 (<autogenerated>:1)	JNE	135
	0x0026 00038 (<autogenerated>:1)	MOVQ	40(AX), DX
	0x002a 00042 (<autogenerated>:1)	CMPQ	40(BX), DX
	0x002e 00046 (<autogenerated>:1)	JNE	135
	0x0030 00048 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
	0x0035 00053 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
	0x003a 00058 (<autogenerated>:1)	PCDATA	$3, $-1
	0x003a 00058 (<autogenerated>:1)	MOVQ	(AX), AX
	0x003d 00061 (<autogenerated>:1)	MOVQ	(BX), BX
	0x0040 00064 (<autogenerated>:1)	PCDATA	$1, $0
	0x0040 00064 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x0045 00069 (<autogenerated>:1)	TESTB	AL, AL
	0x0047 00071 (<autogenerated>:1)	JEQ	135
	0x0049 00073 (<autogenerated>:1)	MOVQ	main.p+40(SP), DX
	0x004e 00078 (<autogenerated>:1)	MOVQ	16(DX), AX
	0x0052 00082 (<autogenerated>:1)	MOVQ	main.q+48(SP), SI
	0x0057 00087 (<autogenerated>:1)	MOVQ	16(SI), BX
	0x005b 00091 (<autogenerated>:1)	MOVQ	24(DX), CX
	0x005f 00095 (<autogenerated>:1)	NOP
	0x0060 00096 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x0065 00101 (<autogenerated>:1)	TESTB	AL, AL
	0x0067 00103 (<autogenerated>:1)	JEQ	135
	0x0069 00105 (<autogenerated>:1)	MOVQ	main.p+40(SP), DX
	0x006e 00110 (<autogenerated>:1)	MOVQ	32(DX), AX
	0x0072 00114 (<autogenerated>:1)	MOVQ	main.q+48(SP), SI
	0x0077 00119 (<autogenerated>:1)	MOVQ	32(SI), BX
	0x007b 00123 (<autogenerated>:1)	MOVQ	40(DX), CX
	0x007f 00127 (<autogenerated>:1)	PCDATA	$1, $1
	0x007f 00127 (<autogenerated>:1)	NOP
	0x0080 00128 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x0085 00133 (<autogenerated>:1)	JMP	137
	0x0087 00135 (<autogenerated>:1)	PCDATA	$3, $1
	0x0087 00135 (<autogenerated>:1)	XORL	AX, AX
	0x0089 00137 (<autogenerated>:1)	ADDQ	$24, SP
	0x008d 00141 (<autogenerated>:1)	POPQ	BP
	0x008e 00142 (<autogenerated>:1)	RET
	0x008f 00143 (<autogenerated>:1)	NOP
	0x008f 00143 (<autogenerated>:1)	PCDATA	$1, $-1
	0x008f 00143 (<autogenerated>:1)	PCDATA	$0, $-2
	0x008f 00143 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0094 00148 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0099 00153 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x009e 00158 (<autogenerated>:1)	PCDATA	$0, $-1
	0x009e 00158 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x00a3 00163 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x00a8 00168 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 0f 86 85 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 18 48 8b 48 08 48 39 4b 08 75 6b 48 8b 50 18  ..H.H.H9K.ukH.P.
	0x0020 48 39 53 18 75 61 48 8b 50 28 48 39 53 28 75 57  H9S.uaH.P(H9S(uW
	0x0030 48 89 44 24 28 48 89 5c 24 30 48 8b 00 48 8b 1b  H.D$(H.\$0H..H..
	0x0040 e8 00 00 00 00 84 c0 74 3e 48 8b 54 24 28 48 8b  .......t>H.T$(H.
	0x0050 42 10 48 8b 74 24 30 48 8b 5e 10 48 8b 4a 18 90  B.H.t$0H.^.H.J..
	0x0060 e8 00 00 00 00 84 c0 74 1e 48 8b 54 24 28 48 8b  .......t.H.T$(H.
	0x0070 42 20 48 8b 74 24 30 48 8b 5e 20 48 8b 4a 28 90  B H.t$0H.^ H.J(.
	0x0080 e8 00 00 00 00 eb 02 31 c0 48 83 c4 18 5d c3 48  .......1.H...].H
	0x0090 89 44 24 08 48 89 5c 24 10 e8 00 00 00 00 48 8b  .D$.H.\$......H.
	0x00a0 44 24 08 48 8b 5c 24 10 e9 53 ff ff ff           D$.H.\$..S...
	rel 65+4 t=R_CALL runtime.memequal+0
	rel 97+4 t=R_CALL runtime.memequal+0
	rel 129+4 t=R_CALL runtime.memequal+0
	rel 154+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.Color.String$abstract SDWARFABSFCN dupok size=31 align=0x0
	0x0000 05 6d 61 69 6e 2e 43 6f 6c 6f 72 2e 53 74 72 69  .main.Color.Stri
	0x0010 6e 67 00 01 08 01 22 63 00 00 00 00 00 00 00     ng...."c.......
	rel 26+4 t=R_DWARFSECREF go:info.main.Color+0
go:info.main.E.Error$abstract SDWARFABSFCN dupok size=18 align=0x0
	0x0000 05 6d 61 69 6e 2e 45 2e 45 72 72 6f 72 00 01 30  .main.E.Error..0
	0x0010 01 00                                            ..
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Color. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 43 6f 6c 6f 72           ..*main.Color
type:.namedata.*func(*main.Color) string- SRODATA dupok size=27 align=0x1
	0x0000 00 19 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 43 6f  ..*func(*main.Co
	0x0010 6c 6f 72 29 20 73 74 72 69 6e 67                 lor) string
type:*func(*main.Color) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c9 55 e5 93 28 08 08 16 00 00 00 00 00 00 00 00  .U..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Color) string-+0
	rel 48+8 t=R_ADDR type:func(*main.Color) string+0
type:func(*main.Color) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e3 76 2e 4f 22 08 08 13 00 00 00 00 00 00 00 00  .v.O"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Color) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Color) string+0
	rel 56+8 t=R_ADDR type:*main.Color+0
	rel 64+8 t=R_ADDR type:string+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.String. SRODATA dupok size=8 align=0x1
	0x0000 01 06 53 74 72 69 6e 67                          ..String
type:.namedata.*func() string- SRODATA dupok size=16 align=0x1
	0x0000 00 0e 2a 66 75 6e 63 28 29 20 73 74 72 69 6e 67  ..*func() string
type:*func() string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 38 65 5b 28 28 08 08 16 00 00 00 00 00 00 00 00  8e[((...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() string-+0
	rel 48+8 t=R_ADDR type:func() string+0
type:func() string SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 01 1f 55 63 22 08 08 13 00 00 00 00 00 00 00 00  ..Uc"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() string-+0
	rel 44+4 t=RelocType(-32763) type:*func() string+0
	rel 56+8 t=R_ADDR type:string+0
type:*main.Color SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 25 2f 2f e7 29 08 08 16 00 00 00 00 00 00 00 00  %//.)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Color.+0
	rel 48+8 t=R_ADDR type:main.Color+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.String.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*Color).String+0
	rel 84+4 t=R_METHODOFF main.(*Color).String+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.*func(main.Color) string- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 66 75 6e 63 28 6d 61 69 6e 2e 43 6f 6c  ..*func(main.Col
	0x0010 6f 72 29 20 73 74 72 69 6e 67                    or) string
type:*func(main.Color) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0e ab c8 6c 28 08 08 16 00 00 00 00 00 00 00 00  ...l(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Color) string-+0
	rel 48+8 t=R_ADDR type:func(main.Color) string+0
type:func(main.Color) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 bc df 4e 86 22 08 08 13 00 00 00 00 00 00 00 00  ..N."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Color) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Color) string+0
	rel 56+8 t=R_ADDR type:main.Color+0
	rel 64+8 t=R_ADDR type:string+0
type:main.Color SRODATA size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 d9 98 d9 9f 0f 08 08 02 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 01 00 01 00 10 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Color.+0
	rel 44+4 t=R_ADDROFF type:*main.Color+0
	rel 48+4 t=R_ADDROFF type:.importpath.main.+0
	rel 64+4 t=R_ADDROFF type:.namedata.String.+0
	rel 68+4 t=R_METHODOFF type:func() string+0
	rel 72+4 t=R_METHODOFF main.(*Color).String+0
	rel 76+4 t=R_METHODOFF main.Color.String+0
runtime.memequal0·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal0+0
type:.namedata.*main.E. SRODATA dupok size=9 align=0x1
	0x0000 01 07 2a 6d 61 69 6e 2e 45                       ..*main.E
type:.namedata.*func(*main.E) string- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 45 29  ..*func(*main.E)
	0x0010 20 73 74 72 69 6e 67                              string
type:*func(*main.E) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 57 eb 68 43 28 08 08 16 00 00 00 00 00 00 00 00  W.hC(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.E) string-+0
	rel 48+8 t=R_ADDR type:func(*main.E) string+0
type:func(*main.E) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 bb 68 f8 d3 22 08 08 13 00 00 00 00 00 00 00 00  .h.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.E) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.E) string+0
	rel 56+8 t=R_ADDR type:*main.E+0
	rel 64+8 t=R_ADDR type:string+0
type:.namedata.Error. SRODATA dupok size=7 align=0x1
	0x0000 01 05 45 72 72 6f 72                             ..Error
type:*main.E SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7a 60 2e aa 29 08 08 16 00 00 00 00 00 00 00 00  z`..)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.E.+0
	rel 48+8 t=R_ADDR type:main.E+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Error.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*E).Error+0
	rel 84+4 t=R_METHODOFF main.(*E).Error+0
type:.namedata.*func(main.E) string- SRODATA dupok size=22 align=0x1
	0x0000 00 14 2a 66 75 6e 63 28 6d 61 69 6e 2e 45 29 20  ..*func(main.E) 
	0x0010 73 74 72 69 6e 67                                string
type:*func(main.E) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 77 af d3 75 28 08 08 16 00 00 00 00 00 00 00 00  w..u(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.E) string-+0
	rel 48+8 t=R_ADDR type:func(main.E) string+0
type:func(main.E) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 26 64 c3 12 22 08 08 13 00 00 00 00 00 00 00 00  &d.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.E) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.E) string+0
	rel 56+8 t=R_ADDR type:main.E+0
	rel 64+8 t=R_ADDR type:string+0
type:main.E SRODATA size=112 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 83 61 3d ea 0f 01 01 19 00 00 00 00 00 00 00 00  .a=.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 01 00 01 00 10 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal0·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.E.+0
	rel 44+4 t=R_ADDROFF type:*main.E+0
	rel 56+8 t=R_ADDR type:main.E+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Error.+0
	rel 100+4 t=R_METHODOFF type:func() string+0
	rel 104+4 t=R_METHODOFF main.(*E).Error+0
	rel 108+4 t=R_METHODOFF main.E.Error+0
runtime.memequal128·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal128+0
type:.namedata.*main.Pair. SRODATA dupok size=12 align=0x1
	0x0000 01 0a 2a 6d 61 69 6e 2e 50 61 69 72              ..*main.Pair
type:*main.Pair SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f3 c4 91 55 28 08 08 16 00 00 00 00 00 00 00 00  ...U(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Pair.+0
	rel 48+8 t=R_ADDR type:main.Pair+0
type:.namedata.A. SRODATA dupok size=3 align=0x1
	0x0000 01 01 41                                         ..A
type:.namedata.B. SRODATA dupok size=3 align=0x1
	0x0000 01 01 42                                         ..B
type:main.Pair SRODATA size=144 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 72 0f 59 57 0f 08 08 19 00 00 00 00 00 00 00 00  r.YW............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Pair.+0
	rel 44+4 t=R_ADDROFF type:*main.Pair+0
	rel 56+8 t=R_ADDR type:main.Pair+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.A.+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.B.+0
	rel 128+8 t=R_ADDR type:int+0
runtime.interequal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.interequal+0
type:.namedata.*main.Stringer. SRODATA dupok size=16 align=0x1
	0x0000 01 0e 2a 6d 61 69 6e 2e 53 74 72 69 6e 67 65 72  ..*main.Stringer
type:*main.Stringer SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f6 bd 5a 2c 28 08 08 16 00 00 00 00 00 00 00 00  ..Z,(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Stringer.+0
	rel 48+8 t=R_ADDR type:main.Stringer+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:main.Stringer SRODATA size=104 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 22 ce c6 83 07 08 08 14 00 00 00 00 00 00 00 00  "...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Stringer.+0
	rel 44+4 t=R_ADDROFF type:*main.Stringer+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Stringer+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.String.+0
	rel 100+4 t=R_ADDROFF type:func() string+0
go:string."red" SRODATA dupok size=3 align=0x1
	0x0000 72 65 64                                         red
go:string."green" SRODATA dupok size=5 align=0x1
	0x0000 67 72 65 65 6e                                   green
go:string."blue" SRODATA dupok size=4 align=0x1
	0x0000 62 6c 75 65                                      blue
main..stmp_0 SRODATA static size=48 align=0x8
	0x0000 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 05 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."red"+0
	rel 16+8 t=R_ADDR go:string."green"+0
	rel 32+8 t=R_ADDR go:string."blue"+0
type:.eqfunc.SSS SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.SSS+0
type:.namedata.*[3]string- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 5b 33 5d 73 74 72 69 6e 67              ..*[3]string
type:*[3]string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d7 2b e7 86 28 08 08 16 00 00 00 00 00 00 00 00  .+..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[3]string-+0
	rel 48+8 t=R_ADDR type:[3]string+0
runtime.gcbits.1500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 15 00 00 00 00 00 00 00                          ........
type:[3]string SRODATA dupok size=72 align=0x8
	0x0000 30 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  0.......(.......
	0x0010 e4 08 ce 99 02 08 08 11 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.SSS+0
	rel 32+8 t=R_ADDR runtime.gcbits.1500000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[3]string-+0
	rel 44+4 t=RelocType(-32763) type:*[3]string+0
	rel 48+8 t=R_ADDR type:string+0
	rel 56+8 t=R_ADDR type:[]string+0
main..interfaceSwitch.0 SDATA size=32 align=0x0
	0x0000 00 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.emptyInterfaceSwitchCache+0
	rel 16+8 t=R_ADDR type:main.Stringer+0
	rel 24+8 t=R_ADDR type:error+0
go:string."nil" SRODATA dupok size=3 align=0x1
	0x0000 6e 69 6c                                         nil
go:string."negative int" SRODATA dupok size=12 align=0x1
	0x0000 6e 65 67 61 74 69 76 65 20 69 6e 74              negative int
go:string."int" SRODATA dupok size=3 align=0x1
	0x0000 69 6e 74                                         int
go:string."small int" SRODATA dupok size=9 align=0x1
	0x0000 73 6d 61 6c 6c 20 69 6e 74                       small int
go:string."string of len " SRODATA dupok size=14 align=0x1
	0x0000 73 74 72 69 6e 67 20 6f 66 20 6c 65 6e 20        string of len 
go:string."stringer " SRODATA dupok size=9 align=0x1
	0x0000 73 74 72 69 6e 67 65 72 20                       stringer 
go:string."equal pair" SRODATA dupok size=10 align=0x1
	0x0000 65 71 75 61 6c 20 70 61 69 72                    equal pair
go:string."pair" SRODATA dupok size=4 align=0x1
	0x0000 70 61 69 72                                      pair
go:string."pair pointer" SRODATA dupok size=12 align=0x1
	0x0000 70 61 69 72 20 70 6f 69 6e 74 65 72              pair pointer
go:string."int slice" SRODATA dupok size=9 align=0x1
	0x0000 69 6e 74 20 73 6c 69 63 65                       int slice
go:string."error " SRODATA dupok size=6 align=0x1
	0x0000 65 72 72 6f 72 20                                error 
go:string."bool or float64" SRODATA dupok size=15 align=0x1
	0x0000 62 6f 6f 6c 20 6f 72 20 66 6c 6f 61 74 36 34     bool or float64
go:string."other" SRODATA dupok size=5 align=0x1
	0x0000 6f 74 68 65 72                                   other
type:.eqfunc.M24 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }; NCases int; Cases [1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } }- SRODATA dupok size=400 align=0x1
	0x0000 00 8d 03 2a 73 74 72 75 63 74 20 7b 20 43 61 63  ...*struct { Cac
	0x0010 68 65 20 2a 73 74 72 75 63 74 20 7b 20 4d 61 73  he *struct { Mas
	0x0020 6b 20 75 69 6e 74 70 74 72 3b 20 45 6e 74 72 69  k uintptr; Entri
	0x0030 65 73 20 5b 31 5d 73 74 72 75 63 74 20 7b 20 54  es [1]struct { T
	0x0040 79 70 20 75 69 6e 74 70 74 72 3b 20 43 61 73 65  yp uintptr; Case
	0x0050 20 69 6e 74 3b 20 49 74 61 62 20 75 69 6e 74 70   int; Itab uintp
	0x0060 74 72 20 7d 20 7d 3b 20 4e 43 61 73 65 73 20 69  tr } }; NCases i
	0x0070 6e 74 3b 20 43 61 73 65 73 20 5b 31 5d 2a 73 74  nt; Cases [1]*st
	0x0080 72 75 63 74 20 7b 20 54 79 70 65 20 73 74 72 75  ruct { Type stru
	0x0090 63 74 20 7b 20 53 69 7a 65 5f 20 75 69 6e 74 70  ct { Size_ uintp
	0x00a0 74 72 3b 20 50 74 72 42 79 74 65 73 20 75 69 6e  tr; PtrBytes uin
	0x00b0 74 70 74 72 3b 20 48 61 73 68 20 75 69 6e 74 33  tptr; Hash uint3
	0x00c0 32 3b 20 54 46 6c 61 67 20 75 69 6e 74 38 3b 20  2; TFlag uint8; 
	0x00d0 41 6c 69 67 6e 5f 20 75 69 6e 74 38 3b 20 46 69  Align_ uint8; Fi
	0x00e0 65 6c 64 41 6c 69 67 6e 5f 20 75 69 6e 74 38 3b  eldAlign_ uint8;
	0x00f0 20 4b 69 6e 64 5f 20 75 69 6e 74 38 3b 20 45 71   Kind_ uint8; Eq
	0x0100 75 61 6c 20 75 6e 73 61 66 65 2e 50 6f 69 6e 74  ual unsafe.Point
	0x0110 65 72 3b 20 47 43 44 61 74 61 20 2a 75 69 6e 74  er; GCData *uint
	0x0120 38 3b 20 53 74 72 20 69 6e 74 33 32 3b 20 50 74  8; Str int32; Pt
	0x0130 72 54 6f 54 68 69 73 20 69 6e 74 33 32 20 7d 3b  rToThis int32 };
	0x0140 20 50 6b 67 50 61 74 68 20 73 74 72 75 63 74 20   PkgPath struct 
	0x0150 7b 20 42 79 74 65 73 20 2a 75 69 6e 74 38 20 7d  { Bytes *uint8 }
	0x0160 3b 20 4d 65 74 68 6f 64 73 20 5b 5d 73 74 72 75  ; Methods []stru
	0x0170 63 74 20 7b 20 4e 61 6d 65 20 69 6e 74 33 32 3b  ct { Name int32;
	0x0180 20 54 79 70 20 69 6e 74 33 32 20 7d 20 7d 20 7d   Typ int32 } } }
type:*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }; NCases int; Cases [1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 31 db 96 39 28 08 08 16 00 00 00 00 00 00 00 00  1..9(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }; NCases int; Cases [1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } }-+0
	rel 48+8 t=R_ADDR type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }; NCases int; Cases [1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } }+0
runtime.gcbits.0500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 05 00 00 00 00 00 00 00                          ........
type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }- SRODATA dupok size=85 align=0x1
	0x0000 00 53 2a 73 74 72 75 63 74 20 7b 20 4d 61 73 6b  .S*struct { Mask
	0x0010 20 75 69 6e 74 70 74 72 3b 20 45 6e 74 72 69 65   uintptr; Entrie
	0x0020 73 20 5b 31 5d 73 74 72 75 63 74 20 7b 20 54 79  s [1]struct { Ty
	0x0030 70 20 75 69 6e 74 70 74 72 3b 20 43 61 73 65 20  p uintptr; Case 
	0x0040 69 6e 74 3b 20 49 74 61 62 20 75 69 6e 74 70 74  int; Itab uintpt
	0x0050 72 20 7d 20 7d                                   r } }
type:.eqfunc.M32 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00  ........ .......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*[1]struct { Typ uintptr; Case int; Itab uintptr }- SRODATA dupok size=52 align=0x1
	0x0000 00 32 2a 5b 31 5d 73 74 72 75 63 74 20 7b 20 54  .2*[1]struct { T
	0x0010 79 70 20 75 69 6e 74 70 74 72 3b 20 43 61 73 65  yp uintptr; Case
	0x0020 20 69 6e 74 3b 20 49 74 61 62 20 75 69 6e 74 70   int; Itab uintp
	0x0030 74 72 20 7d                                      tr }
type:*[1]struct { Typ uintptr; Case int; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 bc a4 d2 98 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]struct { Typ uintptr; Case int; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:[1]struct { Typ uintptr; Case int; Itab uintptr }+0
type:.namedata.*struct { Typ uintptr; Case int; Itab uintptr }- SRODATA dupok size=49 align=0x1
	0x0000 00 2f 2a 73 74 72 75 63 74 20 7b 20 54 79 70 20  ./*struct { Typ 
	0x0010 75 69 6e 74 70 74 72 3b 20 43 61 73 65 20 69 6e  uintptr; Case in
	0x0020 74 3b 20 49 74 61 62 20 75 69 6e 74 70 74 72 20  t; Itab uintptr 
	0x0030 7d                                               }
type:*struct { Typ uintptr; Case int; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fb fc 34 f9 28 08 08 16 00 00 00 00 00 00 00 00  ..4.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Typ uintptr; Case int; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Case int; Itab uintptr }+0
type:.namedata.Typ. SRODATA dupok size=5 align=0x1
	0x0000 01 03 54 79 70                                   ..Typ
type:.namedata.Case. SRODATA dupok size=6 align=0x1
	0x0000 01 04 43 61 73 65                                ..Case
type:.namedata.Itab. SRODATA dupok size=6 align=0x1
	0x0000 01 04 49 74 61 62                                ..Itab
type:struct { Typ uintptr; Case int; Itab uintptr } SRODATA dupok size=152 align=0x8
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 f0 cf b3 8e 0a 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M24+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Typ uintptr; Case int; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Typ uintptr; Case int; Itab uintptr }+0
	rel 56+8 t=R_ADDR type:struct { Typ uintptr; Case int; Itab uintptr }+80
	rel 80+8 t=R_ADDR type:.namedata.Typ.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.Case.+0
	rel 112+8 t=R_ADDR type:int+0
	rel 128+8 t=R_ADDR type:.namedata.Itab.+0
	rel 136+8 t=R_ADDR type:uintptr+0
type:.namedata.*[]struct { Typ uintptr; Case int; Itab uintptr }- SRODATA dupok size=51 align=0x1
	0x0000 00 31 2a 5b 5d 73 74 72 75 63 74 20 7b 20 54 79  .1*[]struct { Ty
	0x0010 70 20 75 69 6e 74 70 74 72 3b 20 43 61 73 65 20  p uintptr; Case 
	0x0020 69 6e 74 3b 20 49 74 61 62 20 75 69 6e 74 70 74  int; Itab uintpt
	0x0030 72 20 7d                                         r }
type:*[]struct { Typ uintptr; Case int; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8d a5 0c 90 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Typ uintptr; Case int; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:[]struct { Typ uintptr; Case int; Itab uintptr }+0
type:[]struct { Typ uintptr; Case int; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 90 fc ae 48 02 08 08 17 00 00 00 00 00 00 00 00  ...H............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Typ uintptr; Case int; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { Typ uintptr; Case int; Itab uintptr }+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Case int; Itab uintptr }+0
type:[1]struct { Typ uintptr; Case int; Itab uintptr } SRODATA dupok size=72 align=0x8
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 9b fb 4f 4a 0a 08 08 11 00 00 00 00 00 00 00 00  ..OJ............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M24+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]struct { Typ uintptr; Case int; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*[1]struct { Typ uintptr; Case int; Itab uintptr }+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Case int; Itab uintptr }+0
	rel 56+8 t=R_ADDR type:[]struct { Typ uintptr; Case int; Itab uintptr }+0
type:.namedata.Mask. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4d 61 73 6b                                ..Mask
type:.namedata.Entries. SRODATA dupok size=9 align=0x1
	0x0000 01 07 45 6e 74 72 69 65 73                       ..Entries
type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } } SRODATA dupok size=128 align=0x8
	0x0000 20 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ...............
	0x0010 22 0b 5c f8 0a 08 08 19 00 00 00 00 00 00 00 00  ".\.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.M32+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }+0
	rel 56+8 t=R_ADDR type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }+80
	rel 80+8 t=R_ADDR type:.namedata.Mask.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.Entries.+0
	rel 112+8 t=R_ADDR type:[1]struct { Typ uintptr; Case int; Itab uintptr }+0
type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 aa 7f 66 39 28 08 08 16 00 00 00 00 00 00 00 00  ..f9(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }-+0
	rel 48+8 t=R_ADDR type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }+0
type:.namedata.*[1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }- SRODATA dupok size=280 align=0x1
	0x0000 00 95 02 2a 5b 31 5d 2a 73 74 72 75 63 74 20 7b  ...*[1]*struct {
	0x0010 20 54 79 70 65 20 73 74 72 75 63 74 20 7b 20 53   Type struct { S
	0x0020 69 7a 65 5f 20 75 69 6e 74 70 74 72 3b 20 50 74  ize_ uintptr; Pt
	0x0030 72 42 79 74 65 73 20 75 69 6e 74 70 74 72 3b 20  rBytes uintptr; 
	0x0040 48 61 73 68 20 75 69 6e 74 33 32 3b 20 54 46 6c  Hash uint32; TFl
	0x0050 61 67 20 75 69 6e 74 38 3b 20 41 6c 69 67 6e 5f  ag uint8; Align_
	0x0060 20 75 69 6e 74 38 3b 20 46 69 65 6c 64 41 6c 69   uint8; FieldAli
	0x0070 67 6e 5f 20 75 69 6e 74 38 3b 20 4b 69 6e 64 5f  gn_ uint8; Kind_
	0x0080 20 75 69 6e 74 38 3b 20 45 71 75 61 6c 20 75 6e   uint8; Equal un
	0x0090 73 61 66 65 2e 50 6f 69 6e 74 65 72 3b 20 47 43  safe.Pointer; GC
	0x00a0 44 61 74 61 20 2a 75 69 6e 74 38 3b 20 53 74 72  Data *uint8; Str
	0x00b0 20 69 6e 74 33 32 3b 20 50 74 72 54 6f 54 68 69   int32; PtrToThi
	0x00c0 73 20 69 6e 74 33 32 20 7d 3b 20 50 6b 67 50 61  s int32 }; PkgPa
	0x00d0 74 68 20 73 74 72 75 63 74 20 7b 20 42 79 74 65  th struct { Byte
	0x00e0 73 20 2a 75 69 6e 74 38 20 7d 3b 20 4d 65 74 68  s *uint8 }; Meth
	0x00f0 6f 64 73 20 5b 5d 73 74 72 75 63 74 20 7b 20 4e  ods []struct { N
	0x0100 61 6d 65 20 69 6e 74 33 32 3b 20 54 79 70 20 69  ame int32; Typ i
	0x0110 6e 74 33 32 20 7d 20 7d                          nt32 } }
type:*[1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 be 59 2c 9f 28 08 08 16 00 00 00 00 00 00 00 00  .Y,.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 48+8 t=R_ADDR type:[1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
type:.namedata.*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }- SRODATA dupok size=276 align=0x1
	0x0000 00 91 02 2a 73 74 72 75 63 74 20 7b 20 54 79 70  ...*struct { Typ
	0x0010 65 20 73 74 72 75 63 74 20 7b 20 53 69 7a 65 5f  e struct { Size_
	0x0020 20 75 69 6e 74 70 74 72 3b 20 50 74 72 42 79 74   uintptr; PtrByt
	0x0030 65 73 20 75 69 6e 74 70 74 72 3b 20 48 61 73 68  es uintptr; Hash
	0x0040 20 75 69 6e 74 33 32 3b 20 54 46 6c 61 67 20 75   uint32; TFlag u
	0x0050 69 6e 74 38 3b 20 41 6c 69 67 6e 5f 20 75 69 6e  int8; Align_ uin
	0x0060 74 38 3b 20 46 69 65 6c 64 41 6c 69 67 6e 5f 20  t8; FieldAlign_ 
	0x0070 75 69 6e 74 38 3b 20 4b 69 6e 64 5f 20 75 69 6e  uint8; Kind_ uin
	0x0080 74 38 3b 20 45 71 75 61 6c 20 75 6e 73 61 66 65  t8; Equal unsafe
	0x0090 2e 50 6f 69 6e 74 65 72 3b 20 47 43 44 61 74 61  .Pointer; GCData
	0x00a0 20 2a 75 69 6e 74 38 3b 20 53 74 72 20 69 6e 74   *uint8; Str int
	0x00b0 33 32 3b 20 50 74 72 54 6f 54 68 69 73 20 69 6e  32; PtrToThis in
	0x00c0 74 33 32 20 7d 3b 20 50 6b 67 50 61 74 68 20 73  t32 }; PkgPath s
	0x00d0 74 72 75 63 74 20 7b 20 42 79 74 65 73 20 2a 75  truct { Bytes *u
	0x00e0 69 6e 74 38 20 7d 3b 20 4d 65 74 68 6f 64 73 20  int8 }; Methods 
	0x00f0 5b 5d 73 74 72 75 63 74 20 7b 20 4e 61 6d 65 20  []struct { Name 
	0x0100 69 6e 74 33 32 3b 20 54 79 70 20 69 6e 74 33 32  int32; Typ int32
	0x0110 20 7d 20 7d                                       } }
runtime.gcbits.d800000000000000 SRODATA dupok size=8 align=0x8
	0x0000 d8 00 00 00 00 00 00 00                          ........
type:.eqfunc.M48 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 30 00 00 00 00 00 00 00  ........0.......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }- SRODATA dupok size=183 align=0x1
	0x0000 00 b4 01 2a 73 74 72 75 63 74 20 7b 20 53 69 7a  ...*struct { Siz
	0x0010 65 5f 20 75 69 6e 74 70 74 72 3b 20 50 74 72 42  e_ uintptr; PtrB
	0x0020 79 74 65 73 20 75 69 6e 74 70 74 72 3b 20 48 61  ytes uintptr; Ha
	0x0030 73 68 20 75 69 6e 74 33 32 3b 20 54 46 6c 61 67  sh uint32; TFlag
	0x0040 20 75 69 6e 74 38 3b 20 41 6c 69 67 6e 5f 20 75   uint8; Align_ u
	0x0050 69 6e 74 38 3b 20 46 69 65 6c 64 41 6c 69 67 6e  int8; FieldAlign
	0x0060 5f 20 75 69 6e 74 38 3b 20 4b 69 6e 64 5f 20 75  _ uint8; Kind_ u
	0x0070 69 6e 74 38 3b 20 45 71 75 61 6c 20 75 6e 73 61  int8; Equal unsa
	0x0080 66 65 2e 50 6f 69 6e 74 65 72 3b 20 47 43 44 61  fe.Pointer; GCDa
	0x0090 74 61 20 2a 75 69 6e 74 38 3b 20 53 74 72 20 69  ta *uint8; Str i
	0x00a0 6e 74 33 32 3b 20 50 74 72 54 6f 54 68 69 73 20  nt32; PtrToThis 
	0x00b0 69 6e 74 33 32 20 7d                             int32 }
type:*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 02 b5 e2 b8 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }-+0
	rel 48+8 t=R_ADDR type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+0
runtime.gcbits.1800000000000000 SRODATA dupok size=8 align=0x8
	0x0000 18 00 00 00 00 00 00 00                          ........
type:.namedata.Size_. SRODATA dupok size=7 align=0x1
	0x0000 01 05 53 69 7a 65 5f                             ..Size_
type:.namedata.PtrBytes. SRODATA dupok size=10 align=0x1
	0x0000 01 08 50 74 72 42 79 74 65 73                    ..PtrBytes
type:.namedata.Hash. SRODATA dupok size=6 align=0x1
	0x0000 01 04 48 61 73 68                                ..Hash
type:.namedata.TFlag. SRODATA dupok size=7 align=0x1
	0x0000 01 05 54 46 6c 61 67                             ..TFlag
type:.namedata.Align_. SRODATA dupok size=8 align=0x1
	0x0000 01 06 41 6c 69 67 6e 5f                          ..Align_
type:.namedata.FieldAlign_. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 46 69 65 6c 64 41 6c 69 67 6e 5f           ..FieldAlign_
type:.namedata.Kind_. SRODATA dupok size=7 align=0x1
	0x0000 01 05 4b 69 6e 64 5f                             ..Kind_
type:.namedata.Equal. SRODATA dupok size=7 align=0x1
	0x0000 01 05 45 71 75 61 6c                             ..Equal
type:.namedata.GCData. SRODATA dupok size=8 align=0x1
	0x0000 01 06 47 43 44 61 74 61                          ..GCData
type:.namedata.Str. SRODATA dupok size=5 align=0x1
	0x0000 01 03 53 74 72                                   ..Str
type:.namedata.PtrToThis. SRODATA dupok size=11 align=0x1
	0x0000 01 09 50 74 72 54 6f 54 68 69 73                 ..PtrToThis
type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 } SRODATA dupok size=344 align=0x8
	0x0000 30 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  0.......(.......
	0x0010 df 8b 27 19 0a 08 08 19 00 00 00 00 00 00 00 00  ..'.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 0b 00 00 00 00 00 00 00 0b 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00 14 00 00 00 00 00 00 00  ................
	0x00b0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00c0 15 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00d0 00 00 00 00 00 00 00 00 16 00 00 00 00 00 00 00  ................
	0x00e0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00f0 17 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0100 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0110 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0120 20 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ...............
	0x0130 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	0x0140 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0150 2c 00 00 00 00 00 00 00                          ,.......
	rel 24+8 t=R_ADDR type:.eqfunc.M48+0
	rel 32+8 t=R_ADDR runtime.gcbits.1800000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+0
	rel 56+8 t=R_ADDR type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+80
	rel 80+8 t=R_ADDR type:.namedata.Size_.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.PtrBytes.+0
	rel 112+8 t=R_ADDR type:uintptr+0
	rel 128+8 t=R_ADDR type:.namedata.Hash.+0
	rel 136+8 t=R_ADDR type:uint32+0
	rel 152+8 t=R_ADDR type:.namedata.TFlag.+0
	rel 160+8 t=R_ADDR type:uint8+0
	rel 176+8 t=R_ADDR type:.namedata.Align_.+0
	rel 184+8 t=R_ADDR type:uint8+0
	rel 200+8 t=R_ADDR type:.namedata.FieldAlign_.+0
	rel 208+8 t=R_ADDR type:uint8+0
	rel 224+8 t=R_ADDR type:.namedata.Kind_.+0
	rel 232+8 t=R_ADDR type:uint8+0
	rel 248+8 t=R_ADDR type:.namedata.Equal.+0
	rel 256+8 t=R_ADDR type:unsafe.Pointer+0
	rel 272+8 t=R_ADDR type:.namedata.GCData.+0
	rel 280+8 t=R_ADDR type:*uint8+0
	rel 296+8 t=R_ADDR type:.namedata.Str.+0
	rel 304+8 t=R_ADDR type:int32+0
	rel 320+8 t=R_ADDR type:.namedata.PtrToThis.+0
	rel 328+8 t=R_ADDR type:int32+0
type:.namedata.*struct { Bytes *uint8 }- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 73 74 72 75 63 74 20 7b 20 42 79 74 65  ..*struct { Byte
	0x0010 73 20 2a 75 69 6e 74 38 20 7d                    s *uint8 }
type:*struct { Bytes *uint8 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ae f3 83 e0 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Bytes *uint8 }-+0
	rel 48+8 t=R_ADDR type:struct { Bytes *uint8 }+0
type:.namedata.Bytes. SRODATA dupok size=7 align=0x1
	0x0000 01 05 42 79 74 65 73                             ..Bytes
type:struct { Bytes *uint8 } SRODATA dupok size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5b b6 9b 9b 2a 08 08 19 00 00 00 00 00 00 00 00  [...*...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Bytes *uint8 }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Bytes *uint8 }+0
	rel 56+8 t=R_ADDR type:struct { Bytes *uint8 }+80
	rel 80+8 t=R_ADDR type:.namedata.Bytes.+0
	rel 88+8 t=R_ADDR type:*uint8+0
type:.namedata.*[]struct { Name int32; Typ int32 }- SRODATA dupok size=37 align=0x1
	0x0000 00 23 2a 5b 5d 73 74 72 75 63 74 20 7b 20 4e 61  .#*[]struct { Na
	0x0010 6d 65 20 69 6e 74 33 32 3b 20 54 79 70 20 69 6e  me int32; Typ in
	0x0020 74 33 32 20 7d                                   t32 }
type:*[]struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f3 48 29 f7 28 08 08 16 00 00 00 00 00 00 00 00  .H).(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Name int32; Typ int32 }-+0
	rel 48+8 t=R_ADDR type:[]struct { Name int32; Typ int32 }+0
type:.namedata.*struct { Name int32; Typ int32 }- SRODATA dupok size=35 align=0x1
	0x0000 00 21 2a 73 74 72 75 63 74 20 7b 20 4e 61 6d 65  .!*struct { Name
	0x0010 20 69 6e 74 33 32 3b 20 54 79 70 20 69 6e 74 33   int32; Typ int3
	0x0020 32 20 7d                                         2 }
type:*struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 2b b2 f8 3c 28 08 08 16 00 00 00 00 00 00 00 00  +..<(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Name int32; Typ int32 }-+0
	rel 48+8 t=R_ADDR type:struct { Name int32; Typ int32 }+0
type:.namedata.Name. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4e 61 6d 65                                ..Name
type:struct { Name int32; Typ int32 } SRODATA dupok size=128 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 70 40 f5 d0 0a 04 04 19 00 00 00 00 00 00 00 00  p@..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Name int32; Typ int32 }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Name int32; Typ int32 }+0
	rel 56+8 t=R_ADDR type:struct { Name int32; Typ int32 }+80
	rel 80+8 t=R_ADDR type:.namedata.Name.+0
	rel 88+8 t=R_ADDR type:int32+0
	rel 104+8 t=R_ADDR type:.namedata.Typ.+0
	rel 112+8 t=R_ADDR type:int32+0
type:[]struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 14 9c 61 d5 02 08 08 17 00 00 00 00 00 00 00 00  ..a.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Name int32; Typ int32 }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { Name int32; Typ int32 }+0
	rel 48+8 t=R_ADDR type:struct { Name int32; Typ int32 }+0
type:.namedata.Type. SRODATA dupok size=6 align=0x1
	0x0000 01 04 54 79 70 65                                ..Type
type:.namedata.PkgPath. SRODATA dupok size=9 align=0x1
	0x0000 01 07 50 6b 67 50 61 74 68                       ..PkgPath
type:.namedata.Methods. SRODATA dupok size=9 align=0x1
	0x0000 01 07 4d 65 74 68 6f 64 73                       ..Methods
type:struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=152 align=0x8
	0x0000 50 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  P.......@.......
	0x0010 e5 c7 ba fd 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 30 00 00 00 00 00 00 00  ........0.......
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 38 00 00 00 00 00 00 00                          8.......
	rel 32+8 t=R_ADDR runtime.gcbits.d800000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
	rel 56+8 t=R_ADDR type:struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+80
	rel 80+8 t=R_ADDR type:.namedata.Type.+0
	rel 88+8 t=R_ADDR type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+0
	rel 104+8 t=R_ADDR type:.namedata.PkgPath.+0
	rel 112+8 t=R_ADDR type:struct { Bytes *uint8 }+0
	rel 128+8 t=R_ADDR type:.namedata.Methods.+0
	rel 136+8 t=R_ADDR type:[]struct { Name int32; Typ int32 }+0
type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f0 fb ae 4a 28 08 08 16 00 00 00 00 00 00 00 00  ...J(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 48+8 t=R_ADDR type:struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
type:.namedata.*[]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }- SRODATA dupok size=279 align=0x1
	0x0000 00 94 02 2a 5b 5d 2a 73 74 72 75 63 74 20 7b 20  ...*[]*struct { 
	0x0010 54 79 70 65 20 73 74 72 75 63 74 20 7b 20 53 69  Type struct { Si
	0x0020 7a 65 5f 20 75 69 6e 74 70 74 72 3b 20 50 74 72  ze_ uintptr; Ptr
	0x0030 42 79 74 65 73 20 75 69 6e 74 70 74 72 3b 20 48  Bytes uintptr; H
	0x0040 61 73 68 20 75 69 6e 74 33 32 3b 20 54 46 6c 61  ash uint32; TFla
	0x0050 67 20 75 69 6e 74 38 3b 20 41 6c 69 67 6e 5f 20  g uint8; Align_ 
	0x0060 75 69 6e 74 38 3b 20 46 69 65 6c 64 41 6c 69 67  uint8; FieldAlig
	0x0070 6e 5f 20 75 69 6e 74 38 3b 20 4b 69 6e 64 5f 20  n_ uint8; Kind_ 
	0x0080 75 69 6e 74 38 3b 20 45 71 75 61 6c 20 75 6e 73  uint8; Equal uns
	0x0090 61 66 65 2e 50 6f 69 6e 74 65 72 3b 20 47 43 44  afe.Pointer; GCD
	0x00a0 61 74 61 20 2a 75 69 6e 74 38 3b 20 53 74 72 20  ata *uint8; Str 
	0x00b0 69 6e 74 33 32 3b 20 50 74 72 54 6f 54 68 69 73  int32; PtrToThis
	0x00c0 20 69 6e 74 33 32 20 7d 3b 20 50 6b 67 50 61 74   int32 }; PkgPat
	0x00d0 68 20 73 74 72 75 63 74 20 7b 20 42 79 74 65 73  h struct { Bytes
	0x00e0 20 2a 75 69 6e 74 38 20 7d 3b 20 4d 65 74 68 6f   *uint8 }; Metho
	0x00f0 64 73 20 5b 5d 73 74 72 75 63 74 20 7b 20 4e 61  ds []struct { Na
	0x0100 6d 65 20 69 6e 74 33 32 3b 20 54 79 70 20 69 6e  me int32; Typ in
	0x0110 74 33 32 20 7d 20 7d                             t32 } }
type:*[]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 af e2 4b 34 28 08 08 16 00 00 00 00 00 00 00 00  ..K4(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 48+8 t=R_ADDR type:[]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
type:[]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 21 ab 94 8b 02 08 08 17 00 00 00 00 00 00 00 00  !...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 44+4 t=RelocType(-32763) type:*[]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
	rel 48+8 t=R_ADDR type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
type:[1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 2b 1e e1 23 2a 08 08 11 00 00 00 00 00 00 00 00  +..#*...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 44+4 t=RelocType(-32763) type:*[1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
	rel 48+8 t=R_ADDR type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
	rel 56+8 t=R_ADDR type:[]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
type:.namedata.Cache. SRODATA dupok size=7 align=0x1
	0x0000 01 05 43 61 63 68 65                             ..Cache
type:.namedata.NCases. SRODATA dupok size=8 align=0x1
	0x0000 01 06 4e 43 61 73 65 73                          ..NCases
type:.namedata.Cases. SRODATA dupok size=7 align=0x1
	0x0000 01 05 43 61 73 65 73                             ..Cases
type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }; NCases int; Cases [1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } } SRODATA dupok size=152 align=0x8
	0x0000 18 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0010 2f 43 c8 04 0a 08 08 19 00 00 00 00 00 00 00 00  /C..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M24+0
	rel 32+8 t=R_ADDR runtime.gcbits.0500000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }; NCases int; Cases [1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }; NCases int; Cases [1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } }+0
	rel 56+8 t=R_ADDR type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }; NCases int; Cases [1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } }+80
	rel 80+8 t=R_ADDR type:.namedata.Cache.+0
	rel 88+8 t=R_ADDR type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Case int; Itab uintptr } }+0
	rel 104+8 t=R_ADDR type:.namedata.NCases.+0
	rel 112+8 t=R_ADDR type:int+0
	rel 128+8 t=R_ADDR type:.namedata.Cases.+0
	rel 136+8 t=R_ADDR type:[1]*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
go:string."E!" SRODATA dupok size=2 align=0x1
	0x0000 45 21                                            E!
go:string."hey" SRODATA dupok size=3 align=0x1
	0x0000 68 65 79                                         hey
main..stmp_1 SRODATA static size=8 align=0x8
	0x0000 05 00 00 00 00 00 00 00                          ........
main..stmp_2 SRODATA static size=8 align=0x8
	0x0000 fb ff ff ff ff ff ff ff                          ........
main..stmp_3 SRODATA static size=1 align=0x1
	0x0000 01                                               .
main..stmp_4 SRODATA static size=2 align=0x2
	0x0000 02 00                                            ..
main..stmp_5 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."hey"+0
main..stmp_6 SRODATA static size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
main..stmp_7 SRODATA static size=16 align=0x8
	0x0000 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
main..stmp_8 SRODATA static size=16 align=0x8
	0x0000 01 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
main..stmp_9 SRODATA static size=0 align=0x1
main..stmp_10 SRODATA static size=1 align=0x1
	0x0000 01                                               .
main..stmp_11 SRODATA static size=8 align=0x8
	0x0000 00 00 00 00 00 00 04 40                          .......@
main..stmp_12 SRODATA static size=4 align=0x4
	0x0000 00 00 80 3f                                      ...?
main..stmp_13 SRODATA static size=8 align=0x8
	0x0000 03 00 00 00 00 00 00 00                          ........
main..stmp_14 SRODATA static size=48 align=0x8
	0x0000 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 05 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."red"+0
	rel 16+8 t=R_ADDR go:string."green"+0
	rel 32+8 t=R_ADDR go:string."blue"+0
type:.namedata.*[1]int- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 5b 31 5d 69 6e 74                       ..*[1]int
type:*[1]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9d 4b c3 f9 28 08 08 16 00 00 00 00 00 00 00 00  .K..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]int-+0
	rel 48+8 t=R_ADDR type:[1]int+0
type:[1]int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 38 1f 9b 78 0a 08 08 11 00 00 00 00 00 00 00 00  8..x............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]int-+0
	rel 44+4 t=RelocType(-32763) type:*[1]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
runtime.gcbits.aaaaaaaa00000000 SRODATA dupok size=8 align=0x8
	0x0000 aa aa aa aa 00 00 00 00                          ........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.Color.String.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Color.String.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.describe.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.describe.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 02                                         ...
main.describe.jump6 SRODATA static size=128 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR main.describe+62
	rel 8+8 t=R_ADDR main.describe+123
	rel 16+8 t=R_ADDR main.describe+439
	rel 24+8 t=R_ADDR main.describe+144
	rel 32+8 t=R_ADDR main.describe+439
	rel 40+8 t=R_ADDR main.describe+439
	rel 48+8 t=R_ADDR main.describe+221
	rel 56+8 t=R_ADDR main.describe+439
	rel 64+8 t=R_ADDR main.describe+242
	rel 72+8 t=R_ADDR main.describe+439
	rel 80+8 t=R_ADDR main.describe+283
	rel 88+8 t=R_ADDR main.describe+439
	rel 96+8 t=R_ADDR main.describe+341
	rel 104+8 t=R_ADDR main.describe+375
	rel 112+8 t=R_ADDR main.describe+439
	rel 120+8 t=R_ADDR main.describe+407
main.E.Error.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 fe fd ff                                         ...
gclocals·D6AnjkNyRZzKYVnNXnHP7g== SRODATA dupok size=8 align=0x4
	0x0000 04 00 00 00 00 00 00 00                          ........
gclocals·InaSXAWzUmqnrvIqOcfxbw== SRODATA dupok size=28 align=0x4
	0x0000 04 00 00 00 22 00 00 00 00 00 00 00 00 aa aa aa  ...."...........
	0x0010 aa 00 00 00 00 00 02 00 00 00 00 03              ............
main.main.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 f0 fe ff ff 00 01 00 00  ................
	0x0010 00 01 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.aaaaaaaa00000000+0
main.Stringer.String.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Stringer.String.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
main.(*Color).String.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Color).String.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*E).Error.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*E).Error.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
type:.eq.SSS.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.SSS.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
