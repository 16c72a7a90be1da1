main.IntSlice.Len STEXT nosplit size=9 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (sort_iface.go:13)	TEXT	main.IntSlice.Len(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (sort_iface.go:13)	MOVQ	AX, main.s+8(FP)
	0x0005 00005 (sort_iface.go:13)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (sort_iface.go:13)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (sort_iface.go:13)	FUNCDATA	$5, main.IntSlice.Len.arginfo1(SB)
	0x0005 00005 (sort_iface.go:13)	FUNCDATA	$6, main.IntSlice.Len.argliveinfo(SB)
	0x0005 00005 (sort_iface.go:13)	PCDATA	$3, $1
	0x0005 00005 (sort_iface.go:13)	MOVQ	BX, AX
	0x0008 00008 (sort_iface.go:13)	RET
	0x0000 48 89 44 24 08 48 89 d8 c3                       H.D$.H...
main.IntSlice.Less STEXT nosplit size=46 align=0x0 args=0x28 locals=0x8 funcid=0x0
	0x0000 00000 (sort_iface.go:14)	TEXT	main.IntSlice.Less(SB), NOSPLIT|ABIInternal, $8-40
	0x0000 00000 (sort_iface.go:14)	PUSHQ	BP
	0x0001 00001 (sort_iface.go:14)	MOVQ	SP, BP
	0x0004 00004 (sort_iface.go:14)	MOVQ	AX, main.s+16(FP)
	0x0009 00009 (sort_iface.go:14)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0009 00009 (sort_iface.go:14)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0009 00009 (sort_iface.go:14)	FUNCDATA	$5, main.IntSlice.Less.arginfo1(SB)
	0x0009 00009 (sort_iface.go:14)	FUNCDATA	$6, main.IntSlice.Less.argliveinfo(SB)
	0x0009 00009 (sort_iface.go:14)	PCDATA	$3, $1
	0x0009 00009 (sort_iface.go:14)	CMPQ	BX, DI
	0x000c 00012 (sort_iface.go:14)	JLS	40
	0x000e 00014 (sort_iface.go:14)	MOVQ	(AX)(DI*8), CX
	0x0012 00018 (sort_iface.go:14)	CMPQ	BX, SI
	0x0015 00021 (sort_iface.go:14)	JLS	35
	0x0017 00023 (sort_iface.go:14)	MOVQ	(AX)(SI*8), DX
	0x001b 00027 (sort_iface.go:14)	CMPQ	DX, CX
	0x001e 00030 (sort_iface.go:14)	SETGT	AL
	0x0021 00033 (sort_iface.go:14)	POPQ	BP
	0x0022 00034 (sort_iface.go:14)	RET
	0x0023 00035 (sort_iface.go:14)	PCDATA	$1, $1
	0x0023 00035 (sort_iface.go:14)	PCDATA	$4, $3951
	0x0023 00035 (sort_iface.go:14)	CALL	runtime.panicBounds(SB)
	0x0028 00040 (sort_iface.go:14)	PCDATA	$4, $4023
	0x0028 00040 (sort_iface.go:14)	CALL	runtime.panicBounds(SB)
	0x002d 00045 (sort_iface.go:14)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 89 44 24 10 48 39 fb 76 1a 48 8b  UH..H.D$.H9.v.H.
	0x0010 0c f8 48 39 f3 76 0c 48 8b 14 f0 48 39 ca 0f 9f  ..H9.v.H...H9...
	0x0020 c0 5d c3 e8 00 00 00 00 e8 00 00 00 00 90        .]............
	rel 36+4 t=R_CALL runtime.panicBounds+0
	rel 41+4 t=R_CALL runtime.panicBounds+0
main.IntSlice.Swap STEXT nosplit size=48 align=0x0 args=0x28 locals=0x8 funcid=0x0
	0x0000 00000 (sort_iface.go:15)	TEXT	main.IntSlice.Swap(SB), NOSPLIT|ABIInternal, $8-40
	0x0000 00000 (sort_iface.go:15)	PUSHQ	BP
	0x0001 00001 (sort_iface.go:15)	MOVQ	SP, BP
	0x0004 00004 (sort_iface.go:15)	MOVQ	AX, main.s+16(FP)
	0x0009 00009 (sort_iface.go:15)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0009 00009 (sort_iface.go:15)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0009 00009 (sort_iface.go:15)	FUNCDATA	$5, main.IntSlice.Swap.arginfo1(SB)
	0x0009 00009 (sort_iface.go:15)	FUNCDATA	$6, main.IntSlice.Swap.argliveinfo(SB)
	0x0009 00009 (sort_iface.go:15)	PCDATA	$3, $1
	0x0009 00009 (sort_iface.go:15)	CMPQ	BX, DI
	0x000c 00012 (sort_iface.go:15)	JLS	42
	0x000e 00014 (sort_iface.go:15)	MOVQ	(AX)(DI*8), CX
	0x0012 00018 (sort_iface.go:15)	CMPQ	BX, SI
	0x0015 00021 (sort_iface.go:15)	JLS	37
	0x0017 00023 (sort_iface.go:15)	MOVQ	(AX)(SI*8), DX
	0x001b 00027 (sort_iface.go:15)	MOVQ	DX, (AX)(DI*8)
	0x001f 00031 (sort_iface.go:15)	MOVQ	CX, (AX)(SI*8)
	0x0023 00035 (sort_iface.go:15)	POPQ	BP
	0x0024 00036 (sort_iface.go:15)	RET
	0x0025 00037 (sort_iface.go:15)	PCDATA	$1, $1
	0x0025 00037 (sort_iface.go:15)	PCDATA	$4, $3951
	0x0025 00037 (sort_iface.go:15)	CALL	runtime.panicBounds(SB)
	0x002a 00042 (sort_iface.go:15)	PCDATA	$4, $4023
	0x002a 00042 (sort_iface.go:15)	CALL	runtime.panicBounds(SB)
	0x002f 00047 (sort_iface.go:15)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 89 44 24 10 48 39 fb 76 1c 48 8b  UH..H.D$.H9.v.H.
	0x0010 0c f8 48 39 f3 76 0e 48 8b 14 f0 48 89 14 f8 48  ..H9.v.H...H...H
	0x0020 89 0c f0 5d c3 e8 00 00 00 00 e8 00 00 00 00 90  ...]............
	rel 38+4 t=R_CALL runtime.panicBounds+0
	rel 43+4 t=R_CALL runtime.panicBounds+0
main.bubbleSort STEXT size=293 align=0x0 args=0x10 locals=0x58 funcid=0x0
	0x0000 00000 (sort_iface.go:18)	TEXT	main.bubbleSort(SB), ABIInternal, $88-16
	0x0000 00000 (sort_iface.go:18)	CMPQ	SP, 16(R14)
	0x0004 00004 (sort_iface.go:18)	PCDATA	$0, $-2
	0x0004 00004 (sort_iface.go:18)	JLS	262
	0x000a 00010 (sort_iface.go:18)	PCDATA	$0, $-1
	0x000a 00010 (sort_iface.go:18)	PUSHQ	BP
	0x000b 00011 (sort_iface.go:18)	MOVQ	SP, BP
	0x000e 00014 (sort_iface.go:18)	SUBQ	$80, SP
	0x0012 00018 (sort_iface.go:18)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0012 00018 (sort_iface.go:18)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (sort_iface.go:18)	FUNCDATA	$5, main.bubbleSort.arginfo1(SB)
	0x0012 00018 (sort_iface.go:18)	FUNCDATA	$6, main.bubbleSort.argliveinfo(SB)
	0x0012 00018 (sort_iface.go:18)	PCDATA	$3, $1
	0x0012 00018 (sort_iface.go:21)	MOVQ	BX, main.data+104(SP)
	0x0017 00023 (sort_iface.go:21)	MOVQ	AX, main.data+96(SP)
	0x001c 00028 (sort_iface.go:21)	PCDATA	$3, $-1
	0x001c 00028 (sort_iface.go:20)	MOVQ	24(AX), CX
	0x0020 00032 (sort_iface.go:20)	MOVQ	BX, AX
	0x0023 00035 (sort_iface.go:20)	PCDATA	$1, $0
	0x0023 00035 (sort_iface.go:20)	CALL	CX
	0x0025 00037 (sort_iface.go:20)	MOVQ	AX, main.n+40(SP)
	0x002a 00042 (sort_iface.go:21)	XORL	CX, CX
	0x002c 00044 (sort_iface.go:21)	MOVQ	main.data+96(SP), DX
	0x0031 00049 (sort_iface.go:21)	MOVQ	main.data+104(SP), BX
	0x0036 00054 (sort_iface.go:21)	XORL	SI, SI
	0x0038 00056 (sort_iface.go:21)	JMP	64
	0x003a 00058 (sort_iface.go:21)	INCQ	CX
	0x003d 00061 (sort_iface.go:21)	MOVQ	DI, AX
	0x0040 00064 (sort_iface.go:21)	CMPQ	AX, CX
	0x0043 00067 (sort_iface.go:21)	JLE	253
	0x0049 00073 (sort_iface.go:21)	MOVQ	CX, main.i+56(SP)
	0x004e 00078 (sort_iface.go:23)	MOVQ	AX, DI
	0x0051 00081 (sort_iface.go:23)	SUBQ	CX, AX
	0x0054 00084 (sort_iface.go:23)	LEAQ	-1(AX), R8
	0x0058 00088 (sort_iface.go:23)	MOVQ	R8, main..autotmp_8+72(SP)
	0x005d 00093 (sort_iface.go:23)	XORL	AX, AX
	0x005f 00095 (sort_iface.go:23)	XORL	R9, R9
	0x0062 00098 (sort_iface.go:23)	JMP	139
	0x0064 00100 (<unknown line number>)	MOVBLZX	main.swapped+30(SP), R9
	0x006a 00106 (<unknown line number>)	ORL	AX, R9
	0x006d 00109 (sort_iface.go:21)	MOVQ	main.i+56(SP), CX
	0x0072 00114 (sort_iface.go:24)	MOVQ	main.data+96(SP), DX
	0x0077 00119 (sort_iface.go:24)	MOVQ	main.data+104(SP), BX
	0x007c 00124 (sort_iface.go:21)	MOVQ	main.n+40(SP), DI
	0x0081 00129 (sort_iface.go:23)	MOVQ	main..autotmp_8+72(SP), R8
	0x0086 00134 (sort_iface.go:23)	MOVQ	main..autotmp_9+64(SP), AX
	0x008b 00139 (sort_iface.go:23)	CMPQ	AX, R8
	0x008e 00142 (sort_iface.go:23)	JGE	244
	0x0090 00144 (sort_iface.go:23)	MOVQ	AX, main.j+48(SP)
	0x0095 00149 (sort_iface.go:23)	MOVQ	SI, main.swaps+32(SP)
	0x009a 00154 (sort_iface.go:23)	MOVB	R9B, main.swapped+30(SP)
	0x009f 00159 (sort_iface.go:24)	MOVQ	32(DX), DX
	0x00a3 00163 (sort_iface.go:24)	LEAQ	1(AX), SI
	0x00a7 00167 (sort_iface.go:24)	MOVQ	SI, main..autotmp_9+64(SP)
	0x00ac 00172 (sort_iface.go:24)	MOVQ	AX, CX
	0x00af 00175 (sort_iface.go:24)	MOVQ	BX, AX
	0x00b2 00178 (sort_iface.go:24)	MOVQ	SI, BX
	0x00b5 00181 (sort_iface.go:24)	CALL	DX
	0x00b7 00183 (sort_iface.go:24)	TESTB	AL, AL
	0x00b9 00185 (sort_iface.go:24)	JNE	194
	0x00bb 00187 (<unknown line number>)	MOVQ	main.swaps+32(SP), SI
	0x00c0 00192 (sort_iface.go:24)	JMP	100
	0x00c2 00194 (sort_iface.go:24)	MOVB	AL, main..autotmp_10+31(SP)
	0x00c6 00198 (sort_iface.go:25)	MOVQ	main.data+96(SP), DX
	0x00cb 00203 (sort_iface.go:25)	MOVQ	40(DX), DX
	0x00cf 00207 (sort_iface.go:25)	MOVQ	main.data+104(SP), AX
	0x00d4 00212 (sort_iface.go:25)	MOVQ	main.j+48(SP), BX
	0x00d9 00217 (sort_iface.go:25)	MOVQ	main..autotmp_9+64(SP), CX
	0x00de 00222 (sort_iface.go:25)	NOP
	0x00e0 00224 (sort_iface.go:25)	CALL	DX
	0x00e2 00226 (sort_iface.go:26)	MOVQ	main.swaps+32(SP), SI
	0x00e7 00231 (sort_iface.go:26)	INCQ	SI
	0x00ea 00234 (<unknown line number>)	MOVBLZX	main..autotmp_10+31(SP), AX
	0x00ef 00239 (sort_iface.go:27)	JMP	100
	0x00f4 00244 (sort_iface.go:23)	TESTB	R9B, R9B
	0x00f7 00247 (sort_iface.go:30)	JNE	58
	0x00fd 00253 (sort_iface.go:34)	MOVQ	SI, AX
	0x0100 00256 (sort_iface.go:34)	ADDQ	$80, SP
	0x0104 00260 (sort_iface.go:34)	POPQ	BP
	0x0105 00261 (sort_iface.go:34)	RET
	0x0106 00262 (sort_iface.go:34)	NOP
	0x0106 00262 (sort_iface.go:18)	PCDATA	$1, $-1
	0x0106 00262 (sort_iface.go:18)	PCDATA	$0, $-2
	0x0106 00262 (sort_iface.go:18)	MOVQ	AX, 8(SP)
	0x010b 00267 (sort_iface.go:18)	MOVQ	BX, 16(SP)
	0x0110 00272 (sort_iface.go:18)	CALL	runtime.morestack_noctxt(SB)
	0x0115 00277 (sort_iface.go:18)	PCDATA	$0, $-1
	0x0115 00277 (sort_iface.go:18)	MOVQ	8(SP), AX
	0x011a 00282 (sort_iface.go:18)	MOVQ	16(SP), BX
	0x011f 00287 (sort_iface.go:18)	NOP
	0x0120 00288 (sort_iface.go:18)	JMP	0
	0x0000 49 3b 66 10 0f 86 fc 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 50 48 89 5c 24 68 48 89 44 24 60 48 8b 48 18  .PH.\$hH.D$`H.H.
	0x0020 48 89 d8 ff d1 48 89 44 24 28 31 c9 48 8b 54 24  H....H.D$(1.H.T$
	0x0030 60 48 8b 5c 24 68 31 f6 eb 06 48 ff c1 48 89 f8  `H.\$h1...H..H..
	0x0040 48 39 c8 0f 8e b4 00 00 00 48 89 4c 24 38 48 89  H9.......H.L$8H.
	0x0050 c7 48 29 c8 4c 8d 40 ff 4c 89 44 24 48 31 c0 45  .H).L.@.L.D$H1.E
	0x0060 31 c9 eb 27 44 0f b6 4c 24 1e 41 09 c1 48 8b 4c  1..'D..L$.A..H.L
	0x0070 24 38 48 8b 54 24 60 48 8b 5c 24 68 48 8b 7c 24  $8H.T$`H.\$hH.|$
	0x0080 28 4c 8b 44 24 48 48 8b 44 24 40 4c 39 c0 7d 64  (L.D$HH.D$@L9.}d
	0x0090 48 89 44 24 30 48 89 74 24 20 44 88 4c 24 1e 48  H.D$0H.t$ D.L$.H
	0x00a0 8b 52 20 48 8d 70 01 48 89 74 24 40 48 89 c1 48  .R H.p.H.t$@H..H
	0x00b0 89 d8 48 89 f3 ff d2 84 c0 75 07 48 8b 74 24 20  ..H......u.H.t$ 
	0x00c0 eb a2 88 44 24 1f 48 8b 54 24 60 48 8b 52 28 48  ...D$.H.T$`H.R(H
	0x00d0 8b 44 24 68 48 8b 5c 24 30 48 8b 4c 24 40 66 90  .D$hH.\$0H.L$@f.
	0x00e0 ff d2 48 8b 74 24 20 48 ff c6 0f b6 44 24 1f e9  ..H.t$ H....D$..
	0x00f0 70 ff ff ff 45 84 c9 0f 85 3d ff ff ff 48 89 f0  p...E....=...H..
	0x0100 48 83 c4 50 5d c3 48 89 44 24 08 48 89 5c 24 10  H..P].H.D$.H.\$.
	0x0110 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 90  .....H.D$.H.\$..
	0x0120 e9 db fe ff ff                                   .....
	rel 3+0 t=R_USEIFACEMETHOD type:main.Interface+96
	rel 3+0 t=R_USEIFACEMETHOD type:main.Interface+104
	rel 3+0 t=R_USEIFACEMETHOD type:main.Interface+112
	rel 35+0 t=R_CALLIND +0
	rel 181+0 t=R_CALLIND +0
	rel 224+0 t=R_CALLIND +0
	rel 273+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=398 align=0x0 args=0x0 locals=0x40 funcid=0x0
	0x0000 00000 (sort_iface.go:37)	TEXT	main.main(SB), ABIInternal, $64-0
	0x0000 00000 (sort_iface.go:37)	CMPQ	SP, 16(R14)
	0x0004 00004 (sort_iface.go:37)	PCDATA	$0, $-2
	0x0004 00004 (sort_iface.go:37)	JLS	388
	0x000a 00010 (sort_iface.go:37)	PCDATA	$0, $-1
	0x000a 00010 (sort_iface.go:37)	PUSHQ	BP
	0x000b 00011 (sort_iface.go:37)	MOVQ	SP, BP
	0x000e 00014 (sort_iface.go:37)	SUBQ	$56, SP
	0x0012 00018 (sort_iface.go:37)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (sort_iface.go:37)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0012 00018 (sort_iface.go:39)	LEAQ	type:int(SB), AX
	0x0019 00025 (sort_iface.go:39)	MOVL	$3000, BX
	0x001e 00030 (sort_iface.go:39)	MOVL	BX, CX
	0x0020 00032 (sort_iface.go:39)	PCDATA	$1, $0
	0x0020 00032 (sort_iface.go:39)	CALL	runtime.makeslice(SB)
	0x0025 00037 (sort_iface.go:39)	MOVQ	AX, main..autotmp_18+48(SP)
	0x002a 00042 (sort_iface.go:39)	XORL	CX, CX
	0x002c 00044 (sort_iface.go:39)	XORL	DX, DX
	0x002e 00046 (sort_iface.go:39)	MOVL	$12345, BX
	0x0033 00051 (sort_iface.go:42)	JMP	125
	0x0035 00053 (sort_iface.go:51)	LEAQ	(SI)(CX*1), DX
	0x0039 00057 (sort_iface.go:51)	MOVQ	DX, SI
	0x003c 00060 (sort_iface.go:51)	SARQ	$63, SI
	0x0040 00064 (sort_iface.go:39)	MOVQ	AX, CX
	0x0043 00067 (sort_iface.go:51)	MOVQ	$-8543223828751151131, AX
	0x004d 00077 (sort_iface.go:51)	MOVQ	DX, BX
	0x0050 00080 (sort_iface.go:51)	IMULQ	DX
	0x0053 00083 (sort_iface.go:51)	LEAQ	(BX)(DX*1), DI
	0x0057 00087 (sort_iface.go:51)	SARQ	$29, DI
	0x005b 00091 (sort_iface.go:51)	SUBQ	SI, DI
	0x005e 00094 (sort_iface.go:51)	IMUL3Q	$1000000007, DI, SI
	0x0065 00101 (sort_iface.go:51)	SUBQ	SI, BX
	0x0068 00104 (sort_iface.go:42)	MOVQ	main.round+40(SP), SI
	0x006d 00109 (sort_iface.go:42)	INCQ	SI
	0x0070 00112 (sort_iface.go:45)	MOVQ	CX, AX
	0x0073 00115 (sort_iface.go:42)	MOVQ	SI, CX
	0x0076 00118 (sort_iface.go:42)	MOVQ	BX, DX
	0x0079 00121 (sort_iface.go:42)	MOVL	main.seed+28(SP), BX
	0x007d 00125 (sort_iface.go:42)	MOVQ	DX, main.sum+32(SP)
	0x0082 00130 (sort_iface.go:42)	TESTQ	CX, CX
	0x0085 00133 (sort_iface.go:42)	JGT	357
	0x008b 00139 (sort_iface.go:43)	XORL	SI, SI
	0x008d 00141 (sort_iface.go:43)	JMP	196
	0x008f 00143 (sort_iface.go:44)	IMUL3L	$1664525, BX, BX
	0x0095 00149 (sort_iface.go:44)	ADDL	$1013904223, BX
	0x009b 00155 (sort_iface.go:45)	MOVL	BX, DI
	0x009d 00157 (sort_iface.go:45)	SHRL	$8, DI
	0x00a0 00160 (sort_iface.go:45)	MOVL	DI, R8
	0x00a3 00163 (sort_iface.go:45)	SHRQ	$1, DI
	0x00a6 00166 (sort_iface.go:45)	MOVL	$2814749768, R9
	0x00ac 00172 (sort_iface.go:45)	IMULQ	R9, DI
	0x00b0 00176 (sort_iface.go:45)	SHRQ	$47, DI
	0x00b4 00180 (sort_iface.go:45)	IMUL3L	$100000, DI, DI
	0x00ba 00186 (sort_iface.go:45)	SUBL	DI, R8
	0x00bd 00189 (sort_iface.go:45)	MOVQ	R8, (AX)(SI*8)
	0x00c1 00193 (sort_iface.go:43)	INCQ	SI
	0x00c4 00196 (sort_iface.go:43)	CMPQ	SI, $3000
	0x00cb 00203 (sort_iface.go:43)	JLT	143
	0x00cd 00205 (sort_iface.go:42)	MOVQ	CX, main.round+40(SP)
	0x00d2 00210 (sort_iface.go:43)	MOVL	BX, main.seed+28(SP)
	0x00d6 00214 (sort_iface.go:47)	MOVL	$3000, BX
	0x00db 00219 (sort_iface.go:47)	MOVL	BX, CX
	0x00dd 00221 (sort_iface.go:47)	PCDATA	$1, $1
	0x00dd 00221 (sort_iface.go:47)	NOP
	0x00e0 00224 (sort_iface.go:47)	CALL	runtime.convTslice(SB)
	0x00e5 00229 (sort_iface.go:47)	MOVQ	AX, BX
	0x00e8 00232 (sort_iface.go:47)	LEAQ	go:itab.main.IntSlice,main.Interface(SB), AX
	0x00ef 00239 (sort_iface.go:47)	CALL	main.bubbleSort(SB)
	0x00f4 00244 (sort_iface.go:48)	XORL	DX, DX
	0x00f6 00246 (sort_iface.go:48)	MOVQ	main.sum+32(SP), SI
	0x00fb 00251 (sort_iface.go:47)	MOVQ	AX, CX
	0x00fe 00254 (sort_iface.go:48)	MOVQ	main..autotmp_18+48(SP), AX
	0x0103 00259 (sort_iface.go:48)	JMP	338
	0x0105 00261 (sort_iface.go:48)	MOVQ	(AX)(DX*8), DI
	0x0109 00265 (sort_iface.go:49)	MOVQ	SI, R8
	0x010c 00268 (sort_iface.go:49)	SHLQ	$5, SI
	0x0110 00272 (sort_iface.go:49)	SUBQ	R8, SI
	0x0113 00275 (sort_iface.go:48)	INCQ	DX
	0x0116 00278 (sort_iface.go:49)	IMULQ	DX, DI
	0x011a 00282 (sort_iface.go:49)	ADDQ	DI, SI
	0x011d 00285 (sort_iface.go:39)	MOVQ	AX, BX
	0x0120 00288 (sort_iface.go:49)	MOVQ	$-8543223828751151131, AX
	0x012a 00298 (sort_iface.go:48)	MOVQ	DX, DI
	0x012d 00301 (sort_iface.go:49)	IMULQ	SI
	0x0130 00304 (sort_iface.go:49)	LEAQ	(SI)(DX*1), R8
	0x0134 00308 (sort_iface.go:49)	SARQ	$29, R8
	0x0138 00312 (sort_iface.go:49)	MOVQ	SI, R9
	0x013b 00315 (sort_iface.go:49)	SARQ	$63, R9
	0x013f 00319 (sort_iface.go:49)	SUBQ	R9, R8
	0x0142 00322 (sort_iface.go:49)	IMUL3Q	$1000000007, R8, R8
	0x0149 00329 (sort_iface.go:49)	SUBQ	R8, SI
	0x014c 00332 (sort_iface.go:48)	MOVQ	BX, AX
	0x014f 00335 (sort_iface.go:48)	MOVQ	DI, DX
	0x0152 00338 (sort_iface.go:48)	CMPQ	DX, $3000
	0x0159 00345 (sort_iface.go:48)	JLT	261
	0x015b 00347 (sort_iface.go:48)	NOP
	0x0160 00352 (sort_iface.go:48)	JMP	53
	0x0165 00357 (sort_iface.go:53)	PCDATA	$1, $0
	0x0165 00357 (sort_iface.go:53)	CALL	runtime.printlock(SB)
	0x016a 00362 (sort_iface.go:53)	MOVQ	main.sum+32(SP), AX
	0x016f 00367 (sort_iface.go:53)	CALL	runtime.printint(SB)
	0x0174 00372 (sort_iface.go:53)	CALL	runtime.printnl(SB)
	0x0179 00377 (sort_iface.go:53)	CALL	runtime.printunlock(SB)
	0x017e 00382 (sort_iface.go:54)	ADDQ	$56, SP
	0x0182 00386 (sort_iface.go:54)	POPQ	BP
	0x0183 00387 (sort_iface.go:54)	RET
	0x0184 00388 (sort_iface.go:54)	NOP
	0x0184 00388 (sort_iface.go:37)	PCDATA	$1, $-1
	0x0184 00388 (sort_iface.go:37)	PCDATA	$0, $-2
	0x0184 00388 (sort_iface.go:37)	CALL	runtime.morestack_noctxt(SB)
	0x0189 00393 (sort_iface.go:37)	PCDATA	$0, $-1
	0x0189 00393 (sort_iface.go:37)	JMP	0
	0x0000 49 3b 66 10 0f 86 7a 01 00 00 55 48 89 e5 48 83  I;f...z...UH..H.
	0x0010 ec 38 48 8d 05 00 00 00 00 bb b8 0b 00 00 89 d9  .8H.............
	0x0020 e8 00 00 00 00 48 89 44 24 30 31 c9 31 d2 bb 39  .....H.D$01.1..9
	0x0030 30 00 00 eb 48 48 8d 14 0e 48 89 d6 48 c1 fe 3f  0...HH...H..H..?
	0x0040 48 89 c1 48 b8 e5 8f a2 12 31 5f 70 89 48 89 d3  H..H.....1_p.H..
	0x0050 48 f7 ea 48 8d 3c 13 48 c1 ff 1d 48 29 f7 48 69  H..H.<.H...H).Hi
	0x0060 f7 07 ca 9a 3b 48 29 f3 48 8b 74 24 28 48 ff c6  ....;H).H.t$(H..
	0x0070 48 89 c8 48 89 f1 48 89 da 8b 5c 24 1c 48 89 54  H..H..H...\$.H.T
	0x0080 24 20 48 85 c9 0f 8f da 00 00 00 31 f6 eb 35 69  $ H........1..5i
	0x0090 db 0d 66 19 00 81 c3 5f f3 6e 3c 89 df c1 ef 08  ..f...._.n<.....
	0x00a0 41 89 f8 48 d1 ef 41 b9 48 ac c5 a7 49 0f af f9  A..H..A.H...I...
	0x00b0 48 c1 ef 2f 69 ff a0 86 01 00 41 29 f8 4c 89 04  H../i.....A).L..
	0x00c0 f0 48 ff c6 48 81 fe b8 0b 00 00 7c c2 48 89 4c  .H..H......|.H.L
	0x00d0 24 28 89 5c 24 1c bb b8 0b 00 00 89 d9 0f 1f 00  $(.\$...........
	0x00e0 e8 00 00 00 00 48 89 c3 48 8d 05 00 00 00 00 e8  .....H..H.......
	0x00f0 00 00 00 00 31 d2 48 8b 74 24 20 48 89 c1 48 8b  ....1.H.t$ H..H.
	0x0100 44 24 30 eb 4d 48 8b 3c d0 49 89 f0 48 c1 e6 05  D$0.MH.<.I..H...
	0x0110 4c 29 c6 48 ff c2 48 0f af fa 48 01 fe 48 89 c3  L).H..H...H..H..
	0x0120 48 b8 e5 8f a2 12 31 5f 70 89 48 89 d7 48 f7 ee  H.....1_p.H..H..
	0x0130 4c 8d 04 16 49 c1 f8 1d 49 89 f1 49 c1 f9 3f 4d  L...I...I..I..?M
	0x0140 29 c8 4d 69 c0 07 ca 9a 3b 4c 29 c6 48 89 d8 48  ).Mi....;L).H..H
	0x0150 89 fa 48 81 fa b8 0b 00 00 7c aa 0f 1f 44 00 00  ..H......|...D..
	0x0160 e9 d0 fe ff ff e8 00 00 00 00 48 8b 44 24 20 e8  ..........H.D$ .
	0x0170 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 83  ..............H.
	0x0180 c4 38 5d c3 e8 00 00 00 00 e9 72 fe ff ff        .8].......r...
	rel 3+0 t=R_USEIFACE type:main.IntSlice+0
	rel 21+4 t=R_PCREL type:int+0
	rel 33+4 t=R_CALL runtime.makeslice+0
	rel 225+4 t=R_CALL runtime.convTslice+0
	rel 235+4 t=R_PCREL go:itab.main.IntSlice,main.Interface+0
	rel 240+4 t=R_CALL main.bubbleSort+0
	rel 358+4 t=R_CALL runtime.printlock+0
	rel 368+4 t=R_CALL runtime.printint+0
	rel 373+4 t=R_CALL runtime.printnl+0
	rel 378+4 t=R_CALL runtime.printunlock+0
	rel 389+4 t=R_CALL runtime.morestack_noctxt+0
main.Interface.Len STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Interface.Len(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Interface.Len.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Interface.Len.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.Interface+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.Interface.Less STEXT dupok size=92 align=0x0 args=0x20 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Interface.Less(SB), DUPOK|WRAPPER|ABIInternal, $32-32
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	45
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+40(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+48(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Interface.Less.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Interface.Less.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	MOVQ	32(AX), DX
	0x001c 00028 (<autogenerated>:1)	MOVQ	BX, AX
	0x001f 00031 (<autogenerated>:1)	MOVQ	CX, BX
	0x0022 00034 (<autogenerated>:1)	MOVQ	DI, CX
	0x0025 00037 (<autogenerated>:1)	PCDATA	$1, $1
	0x0025 00037 (<autogenerated>:1)	CALL	DX
	0x0027 00039 (<autogenerated>:1)	ADDQ	$24, SP
	0x002b 00043 (<autogenerated>:1)	POPQ	BP
	0x002c 00044 (<autogenerated>:1)	RET
	0x002d 00045 (<autogenerated>:1)	NOP
	0x002d 00045 (<autogenerated>:1)	PCDATA	$1, $-1
	0x002d 00045 (<autogenerated>:1)	PCDATA	$0, $-2
	0x002d 00045 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0032 00050 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0037 00055 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x003c 00060 (<autogenerated>:1)	MOVQ	DI, 32(SP)
	0x0041 00065 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0046 00070 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0046 00070 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004b 00075 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0050 00080 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x0055 00085 (<autogenerated>:1)	MOVQ	32(SP), DI
	0x005a 00090 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 27 55 48 89 e5 48 83 ec 18 48 89  I;f.v'UH..H...H.
	0x0010 44 24 28 48 89 5c 24 30 48 8b 50 20 48 89 d8 48  D$(H.\$0H.P H..H
	0x0020 89 cb 48 89 f9 ff d2 48 83 c4 18 5d c3 48 89 44  ..H....H...].H.D
	0x0030 24 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c 24  $.H.\$.H.L$.H.|$
	0x0040 20 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10   .....H.D$.H.\$.
	0x0050 48 8b 4c 24 18 48 8b 7c 24 20 eb a4              H.L$.H.|$ ..
	rel 2+0 t=R_USEIFACEMETHOD type:main.Interface+104
	rel 37+0 t=R_CALLIND +0
	rel 66+4 t=R_CALL runtime.morestack_noctxt+0
main.Interface.Swap STEXT dupok size=92 align=0x0 args=0x20 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Interface.Swap(SB), DUPOK|WRAPPER|ABIInternal, $32-32
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	45
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+40(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+48(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Interface.Swap.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Interface.Swap.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	MOVQ	40(AX), DX
	0x001c 00028 (<autogenerated>:1)	MOVQ	BX, AX
	0x001f 00031 (<autogenerated>:1)	MOVQ	CX, BX
	0x0022 00034 (<autogenerated>:1)	MOVQ	DI, CX
	0x0025 00037 (<autogenerated>:1)	PCDATA	$1, $1
	0x0025 00037 (<autogenerated>:1)	CALL	DX
	0x0027 00039 (<autogenerated>:1)	ADDQ	$24, SP
	0x002b 00043 (<autogenerated>:1)	POPQ	BP
	0x002c 00044 (<autogenerated>:1)	RET
	0x002d 00045 (<autogenerated>:1)	NOP
	0x002d 00045 (<autogenerated>:1)	PCDATA	$1, $-1
	0x002d 00045 (<autogenerated>:1)	PCDATA	$0, $-2
	0x002d 00045 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0032 00050 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0037 00055 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x003c 00060 (<autogenerated>:1)	MOVQ	DI, 32(SP)
	0x0041 00065 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0046 00070 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0046 00070 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004b 00075 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0050 00080 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x0055 00085 (<autogenerated>:1)	MOVQ	32(SP), DI
	0x005a 00090 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 27 55 48 89 e5 48 83 ec 18 48 89  I;f.v'UH..H...H.
	0x0010 44 24 28 48 89 5c 24 30 48 8b 50 28 48 89 d8 48  D$(H.\$0H.P(H..H
	0x0020 89 cb 48 89 f9 ff d2 48 83 c4 18 5d c3 48 89 44  ..H....H...].H.D
	0x0030 24 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c 24  $.H.\$.H.L$.H.|$
	0x0040 20 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10   .....H.D$.H.\$.
	0x0050 48 8b 4c 24 18 48 8b 7c 24 20 eb a4              H.L$.H.|$ ..
	rel 2+0 t=R_USEIFACEMETHOD type:main.Interface+112
	rel 37+0 t=R_CALLIND +0
	rel 66+4 t=R_CALL runtime.morestack_noctxt+0
main.(*IntSlice).Len STEXT dupok nosplit size=21 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*IntSlice).Len(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*IntSlice).Len.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*IntSlice).Len.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	15
	0x0009 00009 (<autogenerated>:1)	MOVQ	8(AX), AX
	0x000d 00013 (<autogenerated>:1)	POPQ	BP
	0x000e 00014 (<autogenerated>:1)	RET
	0x000f 00015 (<autogenerated>:1)	PCDATA	$1, $1
	0x000f 00015 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0014 00020 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 06 48 8b 40 08 5d c3 e8  UH..H..t.H.@.]..
	0x0010 00 00 00 00 90                                   .....
	rel 16+4 t=R_CALL runtime.panicwrap+0
main.(*IntSlice).Less STEXT dupok nosplit size=58 align=0x0 args=0x18 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*IntSlice).Less(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-24
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*IntSlice).Less.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*IntSlice).Less.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	52
	0x0009 00009 (<autogenerated>:1)	MOVQ	8(AX), DX
	0x000d 00013 (<unknown line number>)	NOP
	0x000d 00013 (sort_iface.go:14)	CMPQ	BX, DX
	0x0010 00016 (sort_iface.go:14)	JCC	47
	0x0012 00018 (<autogenerated>:1)	MOVQ	(AX), SI
	0x0015 00021 (sort_iface.go:14)	MOVQ	(SI)(BX*8), BX
	0x0019 00025 (sort_iface.go:14)	CMPQ	CX, DX
	0x001c 00028 (sort_iface.go:14)	JCC	42
	0x001e 00030 (sort_iface.go:14)	MOVQ	(SI)(CX*8), CX
	0x0022 00034 (sort_iface.go:14)	CMPQ	CX, BX
	0x0025 00037 (sort_iface.go:14)	SETGT	AL
	0x0028 00040 (<autogenerated>:1)	POPQ	BP
	0x0029 00041 (<autogenerated>:1)	RET
	0x002a 00042 (sort_iface.go:14)	PCDATA	$1, $1
	0x002a 00042 (sort_iface.go:14)	PCDATA	$4, $2439
	0x002a 00042 (sort_iface.go:14)	CALL	runtime.panicBounds(SB)
	0x002f 00047 (sort_iface.go:14)	PCDATA	$4, $2583
	0x002f 00047 (sort_iface.go:14)	CALL	runtime.panicBounds(SB)
	0x0034 00052 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0039 00057 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 2b 48 8b 50 08 48 39 d3  UH..H..t+H.P.H9.
	0x0010 73 1d 48 8b 30 48 8b 1c de 48 39 d1 73 0c 48 8b  s.H.0H...H9.s.H.
	0x0020 0c ce 48 39 d9 0f 9f c0 5d c3 e8 00 00 00 00 e8  ..H9....].......
	0x0030 00 00 00 00 e8 00 00 00 00 90                    ..........
	rel 43+4 t=R_CALL runtime.panicBounds+0
	rel 48+4 t=R_CALL runtime.panicBounds+0
	rel 53+4 t=R_CALL runtime.panicwrap+0
main.(*IntSlice).Swap STEXT dupok nosplit size=60 align=0x0 args=0x18 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*IntSlice).Swap(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-24
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*IntSlice).Swap.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*IntSlice).Swap.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	54
	0x0009 00009 (<autogenerated>:1)	MOVQ	8(AX), DX
	0x000d 00013 (<unknown line number>)	NOP
	0x000d 00013 (sort_iface.go:15)	CMPQ	BX, DX
	0x0010 00016 (sort_iface.go:15)	JCC	49
	0x0012 00018 (<autogenerated>:1)	MOVQ	(AX), AX
	0x0015 00021 (sort_iface.go:15)	MOVQ	(AX)(BX*8), SI
	0x0019 00025 (sort_iface.go:15)	CMPQ	CX, DX
	0x001c 00028 (sort_iface.go:15)	JCC	44
	0x001e 00030 (sort_iface.go:15)	MOVQ	(AX)(CX*8), DX
	0x0022 00034 (sort_iface.go:15)	MOVQ	DX, (AX)(BX*8)
	0x0026 00038 (sort_iface.go:15)	MOVQ	SI, (AX)(CX*8)
	0x002a 00042 (<autogenerated>:1)	POPQ	BP
	0x002b 00043 (<autogenerated>:1)	RET
	0x002c 00044 (sort_iface.go:15)	PCDATA	$1, $1
	0x002c 00044 (sort_iface.go:15)	PCDATA	$4, $2439
	0x002c 00044 (sort_iface.go:15)	CALL	runtime.panicBounds(SB)
	0x0031 00049 (sort_iface.go:15)	PCDATA	$4, $2583
	0x0031 00049 (sort_iface.go:15)	CALL	runtime.panicBounds(SB)
	0x0036 00054 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x003b 00059 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 2d 48 8b 50 08 48 39 d3  UH..H..t-H.P.H9.
	0x0010 73 1f 48 8b 00 48 8b 34 d8 48 39 d1 73 0e 48 8b  s.H..H.4.H9.s.H.
	0x0020 14 c8 48 89 14 d8 48 89 34 c8 5d c3 e8 00 00 00  ..H...H.4.].....
	0x0030 00 e8 00 00 00 00 e8 00 00 00 00 90              ............
	rel 45+4 t=R_CALL runtime.panicBounds+0
	rel 50+4 t=R_CALL runtime.panicBounds+0
	rel 55+4 t=R_CALL runtime.panicwrap+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
runtime.interequal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.interequal+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Interface. SRODATA dupok size=17 align=0x1
	0x0000 01 0f 2a 6d 61 69 6e 2e 49 6e 74 65 72 66 61 63  ..*main.Interfac
	0x0010 65                                               e
type:*main.Interface SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d4 6e a4 3d 28 08 08 16 00 00 00 00 00 00 00 00  .n.=(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Interface.+0
	rel 48+8 t=R_ADDR type:main.Interface+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.*func() int- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 66 75 6e 63 28 29 20 69 6e 74           ..*func() int
type:*func() int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a8 d2 35 e7 28 08 08 16 00 00 00 00 00 00 00 00  ..5.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() int-+0
	rel 48+8 t=R_ADDR type:func() int+0
type:func() int SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 bd 97 29 21 22 08 08 13 00 00 00 00 00 00 00 00  ..)!"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() int-+0
	rel 44+4 t=RelocType(-32763) type:*func() int+0
	rel 56+8 t=R_ADDR type:int+0
type:.namedata.*func(int, int) bool- SRODATA dupok size=22 align=0x1
	0x0000 00 14 2a 66 75 6e 63 28 69 6e 74 2c 20 69 6e 74  ..*func(int, int
	0x0010 29 20 62 6f 6f 6c                                ) bool
type:*func(int, int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0f 6d 7f cf 28 08 08 16 00 00 00 00 00 00 00 00  .m..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, int) bool-+0
	rel 48+8 t=R_ADDR type:func(int, int) bool+0
type:func(int, int) bool SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0e 2b 4a 63 22 08 08 13 00 00 00 00 00 00 00 00  .+Jc"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(int, int) bool+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:bool+0
type:.namedata.*func(int, int)- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 66 75 6e 63 28 69 6e 74 2c 20 69 6e 74  ..*func(int, int
	0x0010 29                                               )
type:*func(int, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 2c d4 38 07 28 08 08 16 00 00 00 00 00 00 00 00  ,.8.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, int)-+0
	rel 48+8 t=R_ADDR type:func(int, int)+0
type:func(int, int) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e2 4c 79 5c 22 08 08 13 00 00 00 00 00 00 00 00  .Ly\"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(int, int)+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:int+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Len. SRODATA dupok size=5 align=0x1
	0x0000 01 03 4c 65 6e                                   ..Len
type:.namedata.Less. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4c 65 73 73                                ..Less
type:.namedata.Swap. SRODATA dupok size=6 align=0x1
	0x0000 01 04 53 77 61 70                                ..Swap
type:main.Interface SRODATA size=120 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 de 96 47 22 07 08 08 14 00 00 00 00 00 00 00 00  ..G"............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Interface.+0
	rel 44+4 t=R_ADDROFF type:*main.Interface+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Interface+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Len.+0
	rel 100+4 t=R_ADDROFF type:func() int+0
	rel 104+4 t=R_ADDROFF type:.namedata.Less.+0
	rel 108+4 t=R_ADDROFF type:func(int, int) bool+0
	rel 112+4 t=R_ADDROFF type:.namedata.Swap.+0
	rel 116+4 t=R_ADDROFF type:func(int, int)+0
type:.namedata.*main.IntSlice. SRODATA dupok size=16 align=0x1
	0x0000 01 0e 2a 6d 61 69 6e 2e 49 6e 74 53 6c 69 63 65  ..*main.IntSlice
type:.namedata.*func(*main.IntSlice) int- SRODATA dupok size=27 align=0x1
	0x0000 00 19 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 49 6e  ..*func(*main.In
	0x0010 74 53 6c 69 63 65 29 20 69 6e 74                 tSlice) int
type:*func(*main.IntSlice) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a3 5f 56 de 28 08 08 16 00 00 00 00 00 00 00 00  ._V.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.IntSlice) int-+0
	rel 48+8 t=R_ADDR type:func(*main.IntSlice) int+0
type:func(*main.IntSlice) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 60 7b 05 83 22 08 08 13 00 00 00 00 00 00 00 00  `{.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.IntSlice) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.IntSlice) int+0
	rel 56+8 t=R_ADDR type:*main.IntSlice+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(*main.IntSlice, int, int) bool- SRODATA dupok size=38 align=0x1
	0x0000 00 24 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 49 6e  .$*func(*main.In
	0x0010 74 53 6c 69 63 65 2c 20 69 6e 74 2c 20 69 6e 74  tSlice, int, int
	0x0020 29 20 62 6f 6f 6c                                ) bool
type:*func(*main.IntSlice, int, int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ae 94 13 21 28 08 08 16 00 00 00 00 00 00 00 00  ...!(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.IntSlice, int, int) bool-+0
	rel 48+8 t=R_ADDR type:func(*main.IntSlice, int, int) bool+0
type:func(*main.IntSlice, int, int) bool SRODATA dupok size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fe 79 3e 4e 22 08 08 13 00 00 00 00 00 00 00 00  .y>N"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.IntSlice, int, int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.IntSlice, int, int) bool+0
	rel 56+8 t=R_ADDR type:*main.IntSlice+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
	rel 80+8 t=R_ADDR type:bool+0
type:.namedata.*func(*main.IntSlice, int, int)- SRODATA dupok size=33 align=0x1
	0x0000 00 1f 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 49 6e  ..*func(*main.In
	0x0010 74 53 6c 69 63 65 2c 20 69 6e 74 2c 20 69 6e 74  tSlice, int, int
	0x0020 29                                               )
type:*func(*main.IntSlice, int, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4f 95 c9 35 28 08 08 16 00 00 00 00 00 00 00 00  O..5(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.IntSlice, int, int)-+0
	rel 48+8 t=R_ADDR type:func(*main.IntSlice, int, int)+0
type:func(*main.IntSlice, int, int) SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 da 3e 94 ea 22 08 08 13 00 00 00 00 00 00 00 00  .>.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.IntSlice, int, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.IntSlice, int, int)+0
	rel 56+8 t=R_ADDR type:*main.IntSlice+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
type:*main.IntSlice SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5d 9b 12 c7 29 08 08 16 00 00 00 00 00 00 00 00  ]...)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.IntSlice.+0
	rel 48+8 t=R_ADDR type:main.IntSlice+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Len.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*IntSlice).Len+0
	rel 84+4 t=R_METHODOFF main.(*IntSlice).Len+0
	rel 88+4 t=R_ADDROFF type:.namedata.Less.+0
	rel 92+4 t=R_METHODOFF type:func(int, int) bool+0
	rel 96+4 t=R_METHODOFF main.(*IntSlice).Less+0
	rel 100+4 t=R_METHODOFF main.(*IntSlice).Less+0
	rel 104+4 t=R_ADDROFF type:.namedata.Swap.+0
	rel 108+4 t=R_METHODOFF type:func(int, int)+0
	rel 112+4 t=R_METHODOFF main.(*IntSlice).Swap+0
	rel 116+4 t=R_METHODOFF main.(*IntSlice).Swap+0
type:.namedata.*func(main.IntSlice) int- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 66 75 6e 63 28 6d 61 69 6e 2e 49 6e 74  ..*func(main.Int
	0x0010 53 6c 69 63 65 29 20 69 6e 74                    Slice) int
type:*func(main.IntSlice) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 6e 76 7b 95 28 08 08 16 00 00 00 00 00 00 00 00  nv{.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.IntSlice) int-+0
	rel 48+8 t=R_ADDR type:func(main.IntSlice) int+0
type:func(main.IntSlice) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0f bb 0c f8 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.IntSlice) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.IntSlice) int+0
	rel 56+8 t=R_ADDR type:main.IntSlice+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(main.IntSlice, int, int) bool- SRODATA dupok size=37 align=0x1
	0x0000 00 23 2a 66 75 6e 63 28 6d 61 69 6e 2e 49 6e 74  .#*func(main.Int
	0x0010 53 6c 69 63 65 2c 20 69 6e 74 2c 20 69 6e 74 29  Slice, int, int)
	0x0020 20 62 6f 6f 6c                                    bool
type:*func(main.IntSlice, int, int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 82 be a8 63 28 08 08 16 00 00 00 00 00 00 00 00  ...c(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.IntSlice, int, int) bool-+0
	rel 48+8 t=R_ADDR type:func(main.IntSlice, int, int) bool+0
type:func(main.IntSlice, int, int) bool SRODATA dupok size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c3 58 98 9c 22 08 08 13 00 00 00 00 00 00 00 00  .X.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.IntSlice, int, int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.IntSlice, int, int) bool+0
	rel 56+8 t=R_ADDR type:main.IntSlice+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
	rel 80+8 t=R_ADDR type:bool+0
type:.namedata.*func(main.IntSlice, int, int)- SRODATA dupok size=32 align=0x1
	0x0000 00 1e 2a 66 75 6e 63 28 6d 61 69 6e 2e 49 6e 74  ..*func(main.Int
	0x0010 53 6c 69 63 65 2c 20 69 6e 74 2c 20 69 6e 74 29  Slice, int, int)
type:*func(main.IntSlice, int, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fb 78 8a 9d 28 08 08 16 00 00 00 00 00 00 00 00  .x..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.IntSlice, int, int)-+0
	rel 48+8 t=R_ADDR type:func(main.IntSlice, int, int)+0
type:func(main.IntSlice, int, int) SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c9 f4 d4 81 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 03 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.IntSlice, int, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.IntSlice, int, int)+0
	rel 56+8 t=R_ADDR type:main.IntSlice+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
type:main.IntSlice SRODATA size=120 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 48 dc 5a bf 07 08 08 17 00 00 00 00 00 00 00 00  H.Z.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.IntSlice.+0
	rel 44+4 t=R_ADDROFF type:*main.IntSlice+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Len.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*IntSlice).Len+0
	rel 84+4 t=R_METHODOFF main.IntSlice.Len+0
	rel 88+4 t=R_ADDROFF type:.namedata.Less.+0
	rel 92+4 t=R_METHODOFF type:func(int, int) bool+0
	rel 96+4 t=R_METHODOFF main.(*IntSlice).Less+0
	rel 100+4 t=R_METHODOFF main.IntSlice.Less+0
	rel 104+4 t=R_ADDROFF type:.namedata.Swap.+0
	rel 108+4 t=R_METHODOFF type:func(int, int)+0
	rel 112+4 t=R_METHODOFF main.(*IntSlice).Swap+0
	rel 116+4 t=R_METHODOFF main.IntSlice.Swap+0
go:itab.main.IntSlice,main.Interface SRODATA dupok size=48 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 48 dc 5a bf 00 00 00 00 00 00 00 00 00 00 00 00  H.Z.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:main.Interface+0
	rel 8+8 t=R_ADDR type:main.IntSlice+0
	rel 24+8 t=RelocType(-32767) main.(*IntSlice).Len+0
	rel 32+8 t=RelocType(-32767) main.(*IntSlice).Less+0
	rel 40+8 t=RelocType(-32767) main.(*IntSlice).Swap+0
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.IntSlice.Len$abstract SDWARFABSFCN dupok size=31 align=0x0
	0x0000 05 6d 61 69 6e 2e 49 6e 74 53 6c 69 63 65 2e 4c  .main.IntSlice.L
	0x0010 65 6e 00 01 0d 01 22 73 00 00 00 00 00 00 00     en...."s.......
	rel 26+4 t=R_DWARFSECREF go:info.main.IntSlice+0
go:info.main.IntSlice.Less$abstract SDWARFABSFCN dupok size=48 align=0x0
	0x0000 05 6d 61 69 6e 2e 49 6e 74 53 6c 69 63 65 2e 4c  .main.IntSlice.L
	0x0010 65 73 73 00 01 0e 01 22 73 00 00 00 00 00 00 22  ess...."s......"
	0x0020 69 00 00 00 00 00 00 22 6a 00 00 00 00 00 00 00  i......"j.......
	rel 27+4 t=R_DWARFSECREF go:info.main.IntSlice+0
	rel 35+4 t=R_DWARFSECREF go:info.int+0
	rel 43+4 t=R_DWARFSECREF go:info.int+0
go:info.main.IntSlice.Swap$abstract SDWARFABSFCN dupok size=48 align=0x0
	0x0000 05 6d 61 69 6e 2e 49 6e 74 53 6c 69 63 65 2e 53  .main.IntSlice.S
	0x0010 77 61 70 00 01 0f 01 22 73 00 00 00 00 00 00 22  wap...."s......"
	0x0020 69 00 00 00 00 00 00 22 6a 00 00 00 00 00 00 00  i......"j.......
	rel 27+4 t=R_DWARFSECREF go:info.main.IntSlice+0
	rel 35+4 t=R_DWARFSECREF go:info.int+0
	rel 43+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.IntSlice.Len.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.IntSlice.Len.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.IntSlice.Less.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd 18 08 20 08 ff           .......... ..
main.IntSlice.Less.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.IntSlice.Swap.arginfo1 SRODATA static dupok size=13 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd 18 08 20 08 ff           .......... ..
main.IntSlice.Swap.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
main.bubbleSort.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.bubbleSort.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
main.Interface.Len.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Interface.Len.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Interface.Less.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 00 08 08 08 fd 10 08 18 08 ff                 ...........
main.Interface.Less.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Interface.Swap.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 00 08 08 08 fd 10 08 18 08 ff                 ...........
main.Interface.Swap.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*IntSlice).Len.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*IntSlice).Len.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*IntSlice).Less.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.(*IntSlice).Less.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*IntSlice).Swap.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.(*IntSlice).Swap.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
