main.deep STEXT size=218 align=0x0 args=0x8 locals=0x218 funcid=0x0
	0x0000 00000 (main.go:25)	TEXT	main.deep(SB), ABIInternal, $536-8
	0x0000 00000 (main.go:25)	LEAQ	-408(SP), R12
	0x0008 00008 (main.go:25)	CMPQ	R12, 16(R14)
	0x000c 00012 (main.go:25)	PCDATA	$0, $-2
	0x000c 00012 (main.go:25)	JLS	198
	0x0012 00018 (main.go:25)	PCDATA	$0, $-1
	0x0012 00018 (main.go:25)	PUSHQ	BP
	0x0013 00019 (main.go:25)	MOVQ	SP, BP
	0x0016 00022 (main.go:25)	SUBQ	$528, SP
	0x001d 00029 (main.go:25)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (main.go:25)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001d 00029 (main.go:25)	FUNCDATA	$5, main.deep.arginfo1(SB)
	0x001d 00029 (main.go:25)	FUNCDATA	$6, main.deep.argliveinfo(SB)
	0x001d 00029 (main.go:25)	PCDATA	$3, $1
	0x001d 00029 (main.go:26)	LEAQ	main.pad+8(SP), CX
	0x0022 00034 (main.go:26)	MOVL	$8, DX
	0x0027 00039 (main.go:26)	MOVUPS	X15, (CX)
	0x002b 00043 (main.go:26)	MOVUPS	X15, 16(CX)
	0x0030 00048 (main.go:26)	MOVUPS	X15, 32(CX)
	0x0035 00053 (main.go:26)	MOVUPS	X15, 48(CX)
	0x003a 00058 (main.go:26)	ADDQ	$64, CX
	0x003e 00062 (main.go:26)	NOP
	0x0040 00064 (main.go:26)	DECL	DX
	0x0042 00066 (main.go:26)	JNE	39
	0x0044 00068 (main.go:27)	MOVQ	AX, CX
	0x0047 00071 (main.go:27)	SARQ	$63, CX
	0x004b 00075 (main.go:27)	SHRQ	$58, CX
	0x004f 00079 (main.go:27)	ADDQ	AX, CX
	0x0052 00082 (main.go:27)	ANDQ	$-64, CX
	0x0056 00086 (main.go:27)	MOVQ	AX, DX
	0x0059 00089 (main.go:27)	SUBQ	CX, DX
	0x005c 00092 (main.go:27)	NOP
	0x0060 00096 (main.go:27)	CMPQ	DX, $64
	0x0064 00100 (main.go:27)	JCC	183
	0x0066 00102 (main.go:27)	MOVQ	AX, main.pad+8(SP)(DX*8)
	0x006b 00107 (main.go:28)	TESTQ	AX, AX
	0x006e 00110 (main.go:28)	JNE	123
	0x0070 00112 (main.go:29)	XORL	AX, AX
	0x0072 00114 (main.go:29)	ADDQ	$528, SP
	0x0079 00121 (main.go:29)	POPQ	BP
	0x007a 00122 (main.go:29)	RET
	0x007b 00123 (main.go:27)	MOVQ	AX, main.n+544(SP)
	0x0083 00131 (main.go:27)	PCDATA	$3, $-1
	0x0083 00131 (main.go:27)	MOVQ	DX, main..autotmp_5+520(SP)
	0x008b 00139 (main.go:31)	DECQ	AX
	0x008e 00142 (main.go:31)	PCDATA	$1, $0
	0x008e 00142 (main.go:31)	CALL	main.deep(SB)
	0x0093 00147 (main.go:31)	MOVQ	main..autotmp_5+520(SP), CX
	0x009b 00155 (main.go:31)	ADDQ	main.pad+8(SP)(CX*8), AX
	0x00a0 00160 (main.go:31)	MOVQ	main.n+544(SP), CX
	0x00a8 00168 (main.go:31)	SUBQ	CX, AX
	0x00ab 00171 (main.go:31)	INCQ	AX
	0x00ae 00174 (main.go:31)	ADDQ	$528, SP
	0x00b5 00181 (main.go:31)	POPQ	BP
	0x00b6 00182 (main.go:31)	RET
	0x00b7 00183 (main.go:31)	PCDATA	$3, $1
	0x00b7 00183 (main.go:27)	MOVQ	$64, AX
	0x00bc 00188 (main.go:27)	PCDATA	$4, $207
	0x00bc 00188 (main.go:27)	NOP
	0x00c0 00192 (main.go:27)	CALL	runtime.panicBounds(SB)
	0x00c5 00197 (main.go:27)	XCHGL	AX, AX
	0x00c6 00198 (main.go:27)	NOP
	0x00c6 00198 (main.go:25)	PCDATA	$1, $-1
	0x00c6 00198 (main.go:25)	PCDATA	$0, $-2
	0x00c6 00198 (main.go:25)	MOVQ	AX, 8(SP)
	0x00cb 00203 (main.go:25)	CALL	runtime.morestack_noctxt(SB)
	0x00d0 00208 (main.go:25)	PCDATA	$0, $-1
	0x00d0 00208 (main.go:25)	MOVQ	8(SP), AX
	0x00d5 00213 (main.go:25)	JMP	0
	0x0000 4c 8d a4 24 68 fe ff ff 4d 3b 66 10 0f 86 b4 00  L..$h...M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec 10 02 00 00 48 8d 4c  ..UH..H......H.L
	0x0020 24 08 ba 08 00 00 00 44 0f 11 39 44 0f 11 79 10  $......D..9D..y.
	0x0030 44 0f 11 79 20 44 0f 11 79 30 48 83 c1 40 66 90  D..y D..y0H..@f.
	0x0040 ff ca 75 e3 48 89 c1 48 c1 f9 3f 48 c1 e9 3a 48  ..u.H..H..?H..:H
	0x0050 01 c1 48 83 e1 c0 48 89 c2 48 29 ca 0f 1f 40 00  ..H...H..H)...@.
	0x0060 48 83 fa 40 73 51 48 89 44 d4 08 48 85 c0 75 0b  H..@sQH.D..H..u.
	0x0070 31 c0 48 81 c4 10 02 00 00 5d c3 48 89 84 24 20  1.H......].H..$ 
	0x0080 02 00 00 48 89 94 24 08 02 00 00 48 ff c8 e8 00  ...H..$....H....
	0x0090 00 00 00 48 8b 8c 24 08 02 00 00 48 03 44 cc 08  ...H..$....H.D..
	0x00a0 48 8b 8c 24 20 02 00 00 48 29 c8 48 ff c0 48 81  H..$ ...H).H..H.
	0x00b0 c4 10 02 00 00 5d c3 b8 40 00 00 00 0f 1f 40 00  .....]..@.....@.
	0x00c0 e8 00 00 00 00 90 48 89 44 24 08 e8 00 00 00 00  ......H.D$......
	0x00d0 48 8b 44 24 08 e9 26 ff ff ff                    H.D$..&...
	rel 143+4 t=R_CALL main.deep+0
	rel 193+4 t=R_CALL runtime.panicBounds+0
	rel 204+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=389 align=0x0 args=0x0 locals=0x48 funcid=0x0
	0x0000 00000 (main.go:36)	TEXT	main.main(SB), ABIInternal, $72-0
	0x0000 00000 (main.go:36)	CMPQ	SP, 16(R14)
	0x0004 00004 (main.go:36)	PCDATA	$0, $-2
	0x0004 00004 (main.go:36)	JLS	377
	0x000a 00010 (main.go:36)	PCDATA	$0, $-1
	0x000a 00010 (main.go:36)	PUSHQ	BP
	0x000b 00011 (main.go:36)	MOVQ	SP, BP
	0x000e 00014 (main.go:36)	SUBQ	$64, SP
	0x0012 00018 (main.go:36)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (main.go:36)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0012 00018 (main.go:37)	MOVQ	$42, main.x+40(SP)
	0x001b 00027 (main.go:38)	LEAQ	main.x+40(SP), AX
	0x0020 00032 (main.go:38)	MOVQ	AX, (SP)
	0x0024 00036 (main.go:38)	MOVQ	$200, 8(SP)
	0x002d 00045 (main.go:38)	PCDATA	$1, $0
	0x002d 00045 (main.go:38)	CALL	main.after(SB)
	0x0032 00050 (main.go:38)	XORPS	X15, X15
	0x0036 00054 (main.go:38)	MOVQ	(TLS), R14
	0x003f 00063 (main.go:38)	MOVQ	16(SP), AX
	0x0044 00068 (main.go:38)	MOVQ	AX, main.r+56(SP)
	0x0049 00073 (main.go:39)	PCDATA	$1, $1
	0x0049 00073 (main.go:39)	CALL	runtime.printlock(SB)
	0x004e 00078 (main.go:39)	LEAQ	go:string."after: "(SB), AX
	0x0055 00085 (main.go:39)	MOVL	$7, BX
	0x005a 00090 (main.go:39)	CALL	runtime.printstring(SB)
	0x005f 00095 (main.go:39)	MOVQ	main.r+56(SP), AX
	0x0064 00100 (main.go:39)	LEAQ	main.x+40(SP), CX
	0x0069 00105 (main.go:39)	CMPQ	AX, CX
	0x006c 00108 (main.go:39)	SETEQ	AL
	0x006f 00111 (main.go:39)	PCDATA	$1, $0
	0x006f 00111 (main.go:39)	CALL	runtime.printbool(SB)
	0x0074 00116 (main.go:39)	CALL	runtime.printnl(SB)
	0x0079 00121 (main.go:39)	CALL	runtime.printunlock(SB)
	0x007e 00126 (main.go:40)	MOVQ	$43, main.y+32(SP)
	0x0087 00135 (main.go:41)	LEAQ	main.y+32(SP), AX
	0x008c 00140 (main.go:41)	MOVQ	AX, (SP)
	0x0090 00144 (main.go:41)	MOVQ	$400, 8(SP)
	0x0099 00153 (main.go:41)	CALL	main.before(SB)
	0x009e 00158 (main.go:41)	XORPS	X15, X15
	0x00a2 00162 (main.go:41)	MOVQ	(TLS), R14
	0x00ab 00171 (main.go:41)	MOVQ	16(SP), AX
	0x00b0 00176 (main.go:41)	MOVQ	AX, main.r+56(SP)
	0x00b5 00181 (main.go:42)	PCDATA	$1, $1
	0x00b5 00181 (main.go:42)	CALL	runtime.printlock(SB)
	0x00ba 00186 (main.go:42)	LEAQ	go:string."before: "(SB), AX
	0x00c1 00193 (main.go:42)	MOVL	$8, BX
	0x00c6 00198 (main.go:42)	CALL	runtime.printstring(SB)
	0x00cb 00203 (main.go:42)	MOVQ	main.r+56(SP), AX
	0x00d0 00208 (main.go:42)	LEAQ	main.y+32(SP), CX
	0x00d5 00213 (main.go:42)	CMPQ	AX, CX
	0x00d8 00216 (main.go:42)	SETEQ	AL
	0x00db 00219 (main.go:42)	PCDATA	$1, $0
	0x00db 00219 (main.go:42)	NOP
	0x00e0 00224 (main.go:42)	CALL	runtime.printbool(SB)
	0x00e5 00229 (main.go:42)	CALL	runtime.printnl(SB)
	0x00ea 00234 (main.go:42)	CALL	runtime.printunlock(SB)
	0x00ef 00239 (main.go:43)	MOVQ	$44, main.z+24(SP)
	0x00f8 00248 (main.go:44)	LEAQ	main.z+24(SP), AX
	0x00fd 00253 (main.go:44)	MOVQ	AX, (SP)
	0x0101 00257 (main.go:44)	MOVQ	$800, 8(SP)
	0x010a 00266 (main.go:44)	CALL	main.param(SB)
	0x010f 00271 (main.go:44)	XORPS	X15, X15
	0x0113 00275 (main.go:44)	MOVQ	(TLS), R14
	0x011c 00284 (main.go:44)	MOVQ	16(SP), AX
	0x0121 00289 (main.go:44)	MOVQ	AX, main.r+56(SP)
	0x0126 00294 (main.go:45)	MOVQ	(AX), AX
	0x0129 00297 (main.go:45)	MOVQ	AX, main..autotmp_8+48(SP)
	0x012e 00302 (main.go:45)	PCDATA	$1, $1
	0x012e 00302 (main.go:45)	CALL	runtime.printlock(SB)
	0x0133 00307 (main.go:45)	LEAQ	go:string."param: "(SB), AX
	0x013a 00314 (main.go:45)	MOVL	$7, BX
	0x013f 00319 (main.go:45)	NOP
	0x0140 00320 (main.go:45)	CALL	runtime.printstring(SB)
	0x0145 00325 (main.go:45)	MOVQ	main.r+56(SP), AX
	0x014a 00330 (main.go:45)	LEAQ	main.z+24(SP), CX
	0x014f 00335 (main.go:45)	CMPQ	AX, CX
	0x0152 00338 (main.go:45)	SETEQ	AL
	0x0155 00341 (main.go:45)	PCDATA	$1, $0
	0x0155 00341 (main.go:45)	CALL	runtime.printbool(SB)
	0x015a 00346 (main.go:45)	CALL	runtime.printsp(SB)
	0x015f 00351 (main.go:45)	MOVQ	main..autotmp_8+48(SP), AX
	0x0164 00356 (main.go:45)	CALL	runtime.printint(SB)
	0x0169 00361 (main.go:45)	CALL	runtime.printnl(SB)
	0x016e 00366 (main.go:45)	CALL	runtime.printunlock(SB)
	0x0173 00371 (main.go:46)	ADDQ	$64, SP
	0x0177 00375 (main.go:46)	POPQ	BP
	0x0178 00376 (main.go:46)	RET
	0x0179 00377 (main.go:46)	NOP
	0x0179 00377 (main.go:36)	PCDATA	$1, $-1
	0x0179 00377 (main.go:36)	PCDATA	$0, $-2
	0x0179 00377 (main.go:36)	CALL	runtime.morestack_noctxt(SB)
	0x017e 00382 (main.go:36)	PCDATA	$0, $-1
	0x017e 00382 (main.go:36)	NOP
	0x0180 00384 (main.go:36)	JMP	0
	0x0000 49 3b 66 10 0f 86 6f 01 00 00 55 48 89 e5 48 83  I;f...o...UH..H.
	0x0010 ec 40 48 c7 44 24 28 2a 00 00 00 48 8d 44 24 28  .@H.D$(*...H.D$(
	0x0020 48 89 04 24 48 c7 44 24 08 c8 00 00 00 e8 00 00  H..$H.D$........
	0x0030 00 00 45 0f 57 ff 64 4c 8b 34 25 00 00 00 00 48  ..E.W.dL.4%....H
	0x0040 8b 44 24 10 48 89 44 24 38 e8 00 00 00 00 48 8d  .D$.H.D$8.....H.
	0x0050 05 00 00 00 00 bb 07 00 00 00 e8 00 00 00 00 48  ...............H
	0x0060 8b 44 24 38 48 8d 4c 24 28 48 39 c8 0f 94 c0 e8  .D$8H.L$(H9.....
	0x0070 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 c7  ..............H.
	0x0080 44 24 20 2b 00 00 00 48 8d 44 24 20 48 89 04 24  D$ +...H.D$ H..$
	0x0090 48 c7 44 24 08 90 01 00 00 e8 00 00 00 00 45 0f  H.D$..........E.
	0x00a0 57 ff 64 4c 8b 34 25 00 00 00 00 48 8b 44 24 10  W.dL.4%....H.D$.
	0x00b0 48 89 44 24 38 e8 00 00 00 00 48 8d 05 00 00 00  H.D$8.....H.....
	0x00c0 00 bb 08 00 00 00 e8 00 00 00 00 48 8b 44 24 38  ...........H.D$8
	0x00d0 48 8d 4c 24 20 48 39 c8 0f 94 c0 0f 1f 44 00 00  H.L$ H9......D..
	0x00e0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x00f0 c7 44 24 18 2c 00 00 00 48 8d 44 24 18 48 89 04  .D$.,...H.D$.H..
	0x0100 24 48 c7 44 24 08 20 03 00 00 e8 00 00 00 00 45  $H.D$. ........E
	0x0110 0f 57 ff 64 4c 8b 34 25 00 00 00 00 48 8b 44 24  .W.dL.4%....H.D$
	0x0120 10 48 89 44 24 38 48 8b 00 48 89 44 24 30 e8 00  .H.D$8H..H.D$0..
	0x0130 00 00 00 48 8d 05 00 00 00 00 bb 07 00 00 00 90  ...H............
	0x0140 e8 00 00 00 00 48 8b 44 24 38 48 8d 4c 24 18 48  .....H.D$8H.L$.H
	0x0150 39 c8 0f 94 c0 e8 00 00 00 00 e8 00 00 00 00 48  9..............H
	0x0160 8b 44 24 30 e8 00 00 00 00 e8 00 00 00 00 e8 00  .D$0............
	0x0170 00 00 00 48 83 c4 40 5d c3 e8 00 00 00 00 66 90  ...H..@]......f.
	0x0180 e9 7b fe ff ff                                   .{...
	rel 46+4 t=R_CALL main.after+0
	rel 59+4 t=R_TLS_LE TLS+0
	rel 74+4 t=R_CALL runtime.printlock+0
	rel 81+4 t=R_PCREL go:string."after: "+0
	rel 91+4 t=R_CALL runtime.printstring+0
	rel 112+4 t=R_CALL runtime.printbool+0
	rel 117+4 t=R_CALL runtime.printnl+0
	rel 122+4 t=R_CALL runtime.printunlock+0
	rel 154+4 t=R_CALL main.before+0
	rel 167+4 t=R_TLS_LE TLS+0
	rel 182+4 t=R_CALL runtime.printlock+0
	rel 189+4 t=R_PCREL go:string."before: "+0
	rel 199+4 t=R_CALL runtime.printstring+0
	rel 225+4 t=R_CALL runtime.printbool+0
	rel 230+4 t=R_CALL runtime.printnl+0
	rel 235+4 t=R_CALL runtime.printunlock+0
	rel 267+4 t=R_CALL main.param+0
	rel 280+4 t=R_TLS_LE TLS+0
	rel 303+4 t=R_CALL runtime.printlock+0
	rel 310+4 t=R_PCREL go:string."param: "+0
	rel 321+4 t=R_CALL runtime.printstring+0
	rel 342+4 t=R_CALL runtime.printbool+0
	rel 347+4 t=R_CALL runtime.printsp+0
	rel 357+4 t=R_CALL runtime.printint+0
	rel 362+4 t=R_CALL runtime.printnl+0
	rel 367+4 t=R_CALL runtime.printunlock+0
	rel 378+4 t=R_CALL runtime.morestack_noctxt+0
main.after STEXT dupok nosplit size=46 align=0x0 args=0x10 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.after(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$24, SP
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$5, main.after.arginfo1(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$6, main.after.argliveinfo(SB)
	0x0008 00008 (<autogenerated>:1)	PCDATA	$3, $1
	0x0008 00008 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x000c 00012 (<autogenerated>:1)	MOVQ	BX, 8(SP)
	0x0011 00017 (<autogenerated>:1)	PCDATA	$1, $1
	0x0011 00017 (<autogenerated>:1)	CALL	main.after(SB)
	0x0016 00022 (<autogenerated>:1)	XORPS	X15, X15
	0x001a 00026 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x0023 00035 (<autogenerated>:1)	MOVQ	16(SP), AX
	0x0028 00040 (<autogenerated>:1)	ADDQ	$24, SP
	0x002c 00044 (<autogenerated>:1)	POPQ	BP
	0x002d 00045 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 18 48 89 04 24 48 89 5c 24  UH..H...H..$H.\$
	0x0010 08 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34 25 00  ......E.W.dL.4%.
	0x0020 00 00 00 48 8b 44 24 10 48 83 c4 18 5d c3        ...H.D$.H...].
	rel 18+4 t=R_CALL main.after+0
	rel 31+4 t=R_TLS_LE TLS+0
main.before STEXT dupok nosplit size=46 align=0x0 args=0x10 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.before(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$24, SP
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$5, main.before.arginfo1(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$6, main.before.argliveinfo(SB)
	0x0008 00008 (<autogenerated>:1)	PCDATA	$3, $1
	0x0008 00008 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x000c 00012 (<autogenerated>:1)	MOVQ	BX, 8(SP)
	0x0011 00017 (<autogenerated>:1)	PCDATA	$1, $1
	0x0011 00017 (<autogenerated>:1)	CALL	main.before(SB)
	0x0016 00022 (<autogenerated>:1)	XORPS	X15, X15
	0x001a 00026 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x0023 00035 (<autogenerated>:1)	MOVQ	16(SP), AX
	0x0028 00040 (<autogenerated>:1)	ADDQ	$24, SP
	0x002c 00044 (<autogenerated>:1)	POPQ	BP
	0x002d 00045 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 18 48 89 04 24 48 89 5c 24  UH..H...H..$H.\$
	0x0010 08 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34 25 00  ......E.W.dL.4%.
	0x0020 00 00 00 48 8b 44 24 10 48 83 c4 18 5d c3        ...H.D$.H...].
	rel 18+4 t=R_CALL main.before+0
	rel 31+4 t=R_TLS_LE TLS+0
main.param STEXT dupok nosplit size=46 align=0x0 args=0x10 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.param(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$24, SP
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$5, main.param.arginfo1(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$6, main.param.argliveinfo(SB)
	0x0008 00008 (<autogenerated>:1)	PCDATA	$3, $1
	0x0008 00008 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x000c 00012 (<autogenerated>:1)	MOVQ	BX, 8(SP)
	0x0011 00017 (<autogenerated>:1)	PCDATA	$1, $1
	0x0011 00017 (<autogenerated>:1)	CALL	main.param(SB)
	0x0016 00022 (<autogenerated>:1)	XORPS	X15, X15
	0x001a 00026 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x0023 00035 (<autogenerated>:1)	MOVQ	16(SP), AX
	0x0028 00040 (<autogenerated>:1)	ADDQ	$24, SP
	0x002c 00044 (<autogenerated>:1)	POPQ	BP
	0x002d 00045 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 18 48 89 04 24 48 89 5c 24  UH..H...H..$H.\$
	0x0010 08 e8 00 00 00 00 45 0f 57 ff 64 4c 8b 34 25 00  ......E.W.dL.4%.
	0x0020 00 00 00 48 8b 44 24 10 48 83 c4 18 5d c3        ...H.D$.H...].
	rel 18+4 t=R_CALL main.param+0
	rel 31+4 t=R_TLS_LE TLS+0
main.deep STEXT dupok nosplit size=42 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.deep(SB), DUPOK|NOSPLIT|ABIWRAPPER, $16-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$8, SP
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0008 00008 (<autogenerated>:1)	FUNCDATA	$5, main.deep.arginfo0(SB)
	0x0008 00008 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0008 00008 (<autogenerated>:1)	MOVQ	main.n+24(SP), AX
	0x000d 00013 (<autogenerated>:1)	PCDATA	$1, $0
	0x000d 00013 (<autogenerated>:1)	XORPS	X15, X15
	0x0011 00017 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x001a 00026 (<autogenerated>:1)	CALL	main.deep(SB)
	0x001f 00031 (<autogenerated>:1)	MOVQ	AX, main.~r0+32(SP)
	0x0024 00036 (<autogenerated>:1)	ADDQ	$8, SP
	0x0028 00040 (<autogenerated>:1)	POPQ	BP
	0x0029 00041 (<autogenerated>:1)	RET
	0x0000 55 48 89 e5 48 83 ec 08 48 8b 44 24 18 45 0f 57  UH..H...H.D$.E.W
	0x0010 ff 64 4c 8b 34 25 00 00 00 00 e8 00 00 00 00 48  .dL.4%.........H
	0x0020 89 44 24 20 48 83 c4 08 5d c3                    .D$ H...].
	rel 22+4 t=R_TLS_LE TLS+0
	rel 27+4 t=R_CALL main.deep+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
main.after.args_stackmap SRODATA size=10 align=0x0
	0x0000 02 00 00 00 03 00 00 00 01 05                    ..........
main.after.arginfo0 SRODATA size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.before.args_stackmap SRODATA size=10 align=0x0
	0x0000 02 00 00 00 03 00 00 00 01 05                    ..........
main.before.arginfo0 SRODATA size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.param.args_stackmap SRODATA size=10 align=0x0
	0x0000 02 00 00 00 03 00 00 00 01 05                    ..........
main.param.arginfo0 SRODATA size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
go:string."after:" SRODATA dupok size=6 align=0x1
	0x0000 61 66 74 65 72 3a                                after:
go:string."after: " SRODATA dupok size=7 align=0x1
	0x0000 61 66 74 65 72 3a 20                             after: 
go:string."before:" SRODATA dupok size=7 align=0x1
	0x0000 62 65 66 6f 72 65 3a                             before:
go:string."before: " SRODATA dupok size=8 align=0x1
	0x0000 62 65 66 6f 72 65 3a 20                          before: 
go:string."param:" SRODATA dupok size=6 align=0x1
	0x0000 70 61 72 61 6d 3a                                param:
go:string."param: " SRODATA dupok size=7 align=0x1
	0x0000 70 61 72 61 6d 3a 20                             param: 
type:.eqfunc.M512 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 02 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*[64]int64- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 5b 36 34 5d 69 6e 74 36 34              ..*[64]int64
type:*[64]int64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fe 8d 0a 1c 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[64]int64-+0
	rel 48+8 t=R_ADDR type:[64]int64+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:[64]int64 SRODATA dupok size=72 align=0x8
	0x0000 00 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 b0 50 cf 57 0a 08 08 11 00 00 00 00 00 00 00 00  .P.W............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 40 00 00 00 00 00 00 00                          @.......
	rel 24+8 t=R_ADDR type:.eqfunc.M512+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[64]int64-+0
	rel 44+4 t=RelocType(-32763) type:*[64]int64+0
	rel 48+8 t=R_ADDR type:int64+0
	rel 56+8 t=R_ADDR type:[]int64+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.deep.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.deep.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
main.after.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.after.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.before.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.before.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.param.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.param.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.deep.arginfo0 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
