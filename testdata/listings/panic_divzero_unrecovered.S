main.Samples.Avg STEXT nosplit size=53 align=0x0 args=0x18 locals=0x8 funcid=0x0
	0x0000 00000 (panic_divzero_unrecovered.go:8)	TEXT	main.Samples.Avg(SB), NOSPLIT|ABIInternal, $8-24
	0x0000 00000 (panic_divzero_unrecovered.go:8)	PUSHQ	BP
	0x0001 00001 (panic_divzero_unrecovered.go:8)	MOVQ	SP, BP
	0x0004 00004 (panic_divzero_unrecovered.go:8)	MOVQ	AX, main.s+16(FP)
	0x0009 00009 (panic_divzero_unrecovered.go:8)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0009 00009 (panic_divzero_unrecovered.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0009 00009 (panic_divzero_unrecovered.go:8)	FUNCDATA	$5, main.Samples.Avg.arginfo1(SB)
	0x0009 00009 (panic_divzero_unrecovered.go:8)	FUNCDATA	$6, main.Samples.Avg.argliveinfo(SB)
	0x0009 00009 (panic_divzero_unrecovered.go:8)	PCDATA	$3, $1
	0x0009 00009 (panic_divzero_unrecovered.go:10)	XORL	CX, CX
	0x000b 00011 (panic_divzero_unrecovered.go:10)	XORL	DX, DX
	0x000d 00013 (panic_divzero_unrecovered.go:10)	JMP	22
	0x000f 00015 (panic_divzero_unrecovered.go:11)	ADDQ	(AX)(CX*8), DX
	0x0013 00019 (panic_divzero_unrecovered.go:10)	INCQ	CX
	0x0016 00022 (panic_divzero_unrecovered.go:10)	CMPQ	BX, CX
	0x0019 00025 (panic_divzero_unrecovered.go:10)	JGT	15
	0x001b 00027 (panic_divzero_unrecovered.go:10)	NOP
	0x0020 00032 (panic_divzero_unrecovered.go:13)	TESTQ	BX, BX
	0x0023 00035 (panic_divzero_unrecovered.go:13)	JEQ	47
	0x0025 00037 (panic_divzero_unrecovered.go:13)	MOVQ	DX, AX
	0x0028 00040 (panic_divzero_unrecovered.go:13)	CQO
	0x002a 00042 (panic_divzero_unrecovered.go:13)	IDIVQ	BX
	0x002d 00045 (panic_divzero_unrecovered.go:13)	POPQ	BP
	0x002e 00046 (panic_divzero_unrecovered.go:13)	RET
	0x002f 00047 (panic_divzero_unrecovered.go:13)	PCDATA	$1, $1
	0x002f 00047 (panic_divzero_unrecovered.go:13)	CALL	runtime.panicdivide(SB)
	0x0034 00052 (panic_divzero_unrecovered.go:13)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 89 44 24 10 31 c9 31 d2 eb 07 48  UH..H.D$.1.1...H
	0x0010 03 14 c8 48 ff c1 48 39 cb 7f f4 0f 1f 44 00 00  ...H..H9.....D..
	0x0020 48 85 db 74 0a 48 89 d0 48 99 48 f7 fb 5d c3 e8  H..t.H..H.H..]..
	0x0030 00 00 00 00 90                                   .....
	rel 48+4 t=R_CALL runtime.panicdivide+0
main.report STEXT size=114 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (panic_divzero_unrecovered.go:17)	TEXT	main.report(SB), ABIInternal, $32-16
	0x0000 00000 (panic_divzero_unrecovered.go:17)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_divzero_unrecovered.go:17)	PCDATA	$0, $-2
	0x0004 00004 (panic_divzero_unrecovered.go:17)	JLS	87
	0x0006 00006 (panic_divzero_unrecovered.go:17)	PCDATA	$0, $-1
	0x0006 00006 (panic_divzero_unrecovered.go:17)	PUSHQ	BP
	0x0007 00007 (panic_divzero_unrecovered.go:17)	MOVQ	SP, BP
	0x000a 00010 (panic_divzero_unrecovered.go:17)	SUBQ	$24, SP
	0x000e 00014 (panic_divzero_unrecovered.go:17)	MOVQ	AX, main.a+40(FP)
	0x0013 00019 (panic_divzero_unrecovered.go:17)	MOVQ	BX, main.a+48(FP)
	0x0018 00024 (panic_divzero_unrecovered.go:17)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (panic_divzero_unrecovered.go:17)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (panic_divzero_unrecovered.go:17)	FUNCDATA	$5, main.report.arginfo1(SB)
	0x0018 00024 (panic_divzero_unrecovered.go:17)	FUNCDATA	$6, main.report.argliveinfo(SB)
	0x0018 00024 (panic_divzero_unrecovered.go:17)	PCDATA	$3, $1
	0x0018 00024 (panic_divzero_unrecovered.go:18)	MOVQ	24(AX), CX
	0x001c 00028 (panic_divzero_unrecovered.go:18)	MOVQ	BX, AX
	0x001f 00031 (panic_divzero_unrecovered.go:18)	PCDATA	$1, $1
	0x001f 00031 (panic_divzero_unrecovered.go:18)	NOP
	0x0020 00032 (panic_divzero_unrecovered.go:18)	CALL	CX
	0x0022 00034 (panic_divzero_unrecovered.go:18)	MOVQ	AX, main..autotmp_2+16(SP)
	0x0027 00039 (panic_divzero_unrecovered.go:18)	CALL	runtime.printlock(SB)
	0x002c 00044 (panic_divzero_unrecovered.go:18)	LEAQ	go:string."avg "(SB), AX
	0x0033 00051 (panic_divzero_unrecovered.go:18)	MOVL	$4, BX
	0x0038 00056 (panic_divzero_unrecovered.go:18)	CALL	runtime.printstring(SB)
	0x003d 00061 (panic_divzero_unrecovered.go:18)	MOVQ	main..autotmp_2+16(SP), AX
	0x0042 00066 (panic_divzero_unrecovered.go:18)	CALL	runtime.printint(SB)
	0x0047 00071 (panic_divzero_unrecovered.go:18)	CALL	runtime.printnl(SB)
	0x004c 00076 (panic_divzero_unrecovered.go:18)	CALL	runtime.printunlock(SB)
	0x0051 00081 (panic_divzero_unrecovered.go:19)	ADDQ	$24, SP
	0x0055 00085 (panic_divzero_unrecovered.go:19)	POPQ	BP
	0x0056 00086 (panic_divzero_unrecovered.go:19)	RET
	0x0057 00087 (panic_divzero_unrecovered.go:19)	NOP
	0x0057 00087 (panic_divzero_unrecovered.go:17)	PCDATA	$1, $-1
	0x0057 00087 (panic_divzero_unrecovered.go:17)	PCDATA	$0, $-2
	0x0057 00087 (panic_divzero_unrecovered.go:17)	MOVQ	AX, 8(SP)
	0x005c 00092 (panic_divzero_unrecovered.go:17)	MOVQ	BX, 16(SP)
	0x0061 00097 (panic_divzero_unrecovered.go:17)	CALL	runtime.morestack_noctxt(SB)
	0x0066 00102 (panic_divzero_unrecovered.go:17)	PCDATA	$0, $-1
	0x0066 00102 (panic_divzero_unrecovered.go:17)	MOVQ	8(SP), AX
	0x006b 00107 (panic_divzero_unrecovered.go:17)	MOVQ	16(SP), BX
	0x0070 00112 (panic_divzero_unrecovered.go:17)	JMP	0
	0x0000 49 3b 66 10 76 51 55 48 89 e5 48 83 ec 18 48 89  I;f.vQUH..H...H.
	0x0010 44 24 28 48 89 5c 24 30 48 8b 48 18 48 89 d8 90  D$(H.\$0H.H.H...
	0x0020 ff d1 48 89 44 24 10 e8 00 00 00 00 48 8d 05 00  ..H.D$......H...
	0x0030 00 00 00 bb 04 00 00 00 e8 00 00 00 00 48 8b 44  .............H.D
	0x0040 24 10 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00  $...............
	0x0050 00 48 83 c4 18 5d c3 48 89 44 24 08 48 89 5c 24  .H...].H.D$.H.\$
	0x0060 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10  ......H.D$.H.\$.
	0x0070 eb 8e                                            ..
	rel 2+0 t=R_USEIFACEMETHOD type:main.Averager+96
	rel 32+0 t=R_CALLIND +0
	rel 40+4 t=R_CALL runtime.printlock+0
	rel 47+4 t=R_PCREL go:string."avg "+0
	rel 57+4 t=R_CALL runtime.printstring+0
	rel 67+4 t=R_CALL runtime.printint+0
	rel 72+4 t=R_CALL runtime.printnl+0
	rel 77+4 t=R_CALL runtime.printunlock+0
	rel 98+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=197 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (panic_divzero_unrecovered.go:21)	TEXT	main.main(SB), ABIInternal, $40-0
	0x0000 00000 (panic_divzero_unrecovered.go:21)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_divzero_unrecovered.go:21)	PCDATA	$0, $-2
	0x0004 00004 (panic_divzero_unrecovered.go:21)	JLS	182
	0x000a 00010 (panic_divzero_unrecovered.go:21)	PCDATA	$0, $-1
	0x000a 00010 (panic_divzero_unrecovered.go:21)	PUSHQ	BP
	0x000b 00011 (panic_divzero_unrecovered.go:21)	MOVQ	SP, BP
	0x000e 00014 (panic_divzero_unrecovered.go:21)	SUBQ	$32, SP
	0x0012 00018 (panic_divzero_unrecovered.go:21)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (panic_divzero_unrecovered.go:21)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (panic_divzero_unrecovered.go:22)	MOVL	$32, AX
	0x0017 00023 (panic_divzero_unrecovered.go:22)	LEAQ	type:[4]int(SB), BX
	0x001e 00030 (panic_divzero_unrecovered.go:22)	MOVL	$1, CX
	0x0023 00035 (panic_divzero_unrecovered.go:22)	PCDATA	$1, $0
	0x0023 00035 (panic_divzero_unrecovered.go:22)	CALL	runtime.mallocgcSmallNoScanSC4(SB)
	0x0028 00040 (panic_divzero_unrecovered.go:22)	MOVQ	$3, (AX)
	0x002f 00047 (panic_divzero_unrecovered.go:22)	MOVQ	$4, 8(AX)
	0x0037 00055 (panic_divzero_unrecovered.go:22)	MOVQ	$5, 16(AX)
	0x003f 00063 (panic_divzero_unrecovered.go:22)	MOVQ	$8, 24(AX)
	0x0047 00071 (panic_divzero_unrecovered.go:22)	MOVL	$4, BX
	0x004c 00076 (panic_divzero_unrecovered.go:22)	MOVL	BX, CX
	0x004e 00078 (panic_divzero_unrecovered.go:22)	CALL	runtime.convTslice(SB)
	0x0053 00083 (panic_divzero_unrecovered.go:22)	MOVQ	AX, BX
	0x0056 00086 (panic_divzero_unrecovered.go:22)	LEAQ	go:itab.main.Samples,main.Averager(SB), AX
	0x005d 00093 (panic_divzero_unrecovered.go:22)	NOP
	0x0060 00096 (panic_divzero_unrecovered.go:22)	CALL	main.report(SB)
	0x0065 00101 (panic_divzero_unrecovered.go:23)	MOVL	$8, AX
	0x006a 00106 (panic_divzero_unrecovered.go:23)	LEAQ	type:[1]int(SB), BX
	0x0071 00113 (panic_divzero_unrecovered.go:23)	MOVL	$1, CX
	0x0076 00118 (panic_divzero_unrecovered.go:23)	CALL	runtime.mallocgcTinySC2(SB)
	0x007b 00123 (panic_divzero_unrecovered.go:23)	MOVQ	$-10, (AX)
	0x0082 00130 (panic_divzero_unrecovered.go:23)	MOVL	$1, BX
	0x0087 00135 (panic_divzero_unrecovered.go:23)	MOVL	BX, CX
	0x0089 00137 (panic_divzero_unrecovered.go:23)	CALL	runtime.convTslice(SB)
	0x008e 00142 (panic_divzero_unrecovered.go:23)	MOVQ	AX, BX
	0x0091 00145 (panic_divzero_unrecovered.go:23)	LEAQ	go:itab.main.Samples,main.Averager(SB), AX
	0x0098 00152 (panic_divzero_unrecovered.go:23)	CALL	main.report(SB)
	0x009d 00157 (panic_divzero_unrecovered.go:24)	LEAQ	go:itab.main.Samples,main.Averager(SB), AX
	0x00a4 00164 (panic_divzero_unrecovered.go:24)	LEAQ	runtime.zeroVal(SB), BX
	0x00ab 00171 (panic_divzero_unrecovered.go:24)	CALL	main.report(SB)
	0x00b0 00176 (panic_divzero_unrecovered.go:25)	ADDQ	$32, SP
	0x00b4 00180 (panic_divzero_unrecovered.go:25)	POPQ	BP
	0x00b5 00181 (panic_divzero_unrecovered.go:25)	RET
	0x00b6 00182 (panic_divzero_unrecovered.go:25)	NOP
	0x00b6 00182 (panic_divzero_unrecovered.go:21)	PCDATA	$1, $-1
	0x00b6 00182 (panic_divzero_unrecovered.go:21)	PCDATA	$0, $-2
	0x00b6 00182 (panic_divzero_unrecovered.go:21)	CALL	runtime.morestack_noctxt(SB)
	0x00bb 00187 (panic_divzero_unrecovered.go:21)	PCDATA	$0, $-1
	0x00bb 00187 (panic_divzero_unrecovered.go:21)	NOP
	0x00c0 00192 (panic_divzero_unrecovered.go:21)	JMP	0
	0x0000 49 3b 66 10 0f 86 ac 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 20 b8 20 00 00 00 48 8d 1d 00 00 00 00 b9 01  . . ...H........
	0x0020 00 00 00 e8 00 00 00 00 48 c7 00 03 00 00 00 48  ........H......H
	0x0030 c7 40 08 04 00 00 00 48 c7 40 10 05 00 00 00 48  .@.....H.@.....H
	0x0040 c7 40 18 08 00 00 00 bb 04 00 00 00 89 d9 e8 00  .@..............
	0x0050 00 00 00 48 89 c3 48 8d 05 00 00 00 00 0f 1f 00  ...H..H.........
	0x0060 e8 00 00 00 00 b8 08 00 00 00 48 8d 1d 00 00 00  ..........H.....
	0x0070 00 b9 01 00 00 00 e8 00 00 00 00 48 c7 00 f6 ff  ...........H....
	0x0080 ff ff bb 01 00 00 00 89 d9 e8 00 00 00 00 48 89  ..............H.
	0x0090 c3 48 8d 05 00 00 00 00 e8 00 00 00 00 48 8d 05  .H...........H..
	0x00a0 00 00 00 00 48 8d 1d 00 00 00 00 e8 00 00 00 00  ....H...........
	0x00b0 48 83 c4 20 5d c3 e8 00 00 00 00 0f 1f 44 00 00  H.. ]........D..
	0x00c0 e9 3b ff ff ff                                   .;...
	rel 3+0 t=R_USEIFACE type:main.Samples+0
	rel 3+0 t=R_USEIFACE type:main.Samples+0
	rel 3+0 t=R_USEIFACE type:main.Samples+0
	rel 26+4 t=R_PCREL type:[4]int+0
	rel 36+4 t=R_CALL runtime.mallocgcSmallNoScanSC4+0
	rel 79+4 t=R_CALL runtime.convTslice+0
	rel 89+4 t=R_PCREL go:itab.main.Samples,main.Averager+0
	rel 97+4 t=R_CALL main.report+0
	rel 109+4 t=R_PCREL type:[1]int+0
	rel 119+4 t=R_CALL runtime.mallocgcTinySC2+0
	rel 138+4 t=R_CALL runtime.convTslice+0
	rel 148+4 t=R_PCREL go:itab.main.Samples,main.Averager+0
	rel 153+4 t=R_CALL main.report+0
	rel 160+4 t=R_PCREL go:itab.main.Samples,main.Averager+0
	rel 167+4 t=R_PCREL runtime.zeroVal+0
	rel 172+4 t=R_CALL main.report+0
	rel 183+4 t=R_CALL runtime.morestack_noctxt+0
main.Averager.Avg STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Averager.Avg(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Averager.Avg.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Averager.Avg.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.Averager+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Samples).Avg STEXT dupok nosplit size=60 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Samples).Avg(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Samples).Avg.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Samples).Avg.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	54
	0x0009 00009 (<autogenerated>:1)	MOVQ	8(AX), CX
	0x000d 00013 (<autogenerated>:1)	MOVQ	(AX), DX
	0x0010 00016 (<unknown line number>)	NOP
	0x0010 00016 (panic_divzero_unrecovered.go:10)	XORL	BX, BX
	0x0012 00018 (panic_divzero_unrecovered.go:10)	XORL	AX, AX
	0x0014 00020 (panic_divzero_unrecovered.go:10)	JMP	32
	0x0016 00022 (panic_divzero_unrecovered.go:11)	ADDQ	(DX)(BX*8), AX
	0x001a 00026 (panic_divzero_unrecovered.go:10)	INCQ	BX
	0x001d 00029 (panic_divzero_unrecovered.go:10)	NOP
	0x0020 00032 (panic_divzero_unrecovered.go:10)	CMPQ	BX, CX
	0x0023 00035 (panic_divzero_unrecovered.go:10)	JLT	22
	0x0025 00037 (panic_divzero_unrecovered.go:13)	TESTQ	CX, CX
	0x0028 00040 (panic_divzero_unrecovered.go:13)	JEQ	49
	0x002a 00042 (panic_divzero_unrecovered.go:13)	CQO
	0x002c 00044 (panic_divzero_unrecovered.go:13)	IDIVQ	CX
	0x002f 00047 (<autogenerated>:1)	POPQ	BP
	0x0030 00048 (<autogenerated>:1)	RET
	0x0031 00049 (panic_divzero_unrecovered.go:13)	PCDATA	$1, $1
	0x0031 00049 (panic_divzero_unrecovered.go:13)	CALL	runtime.panicdivide(SB)
	0x0036 00054 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x003b 00059 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 2d 48 8b 48 08 48 8b 10  UH..H..t-H.H.H..
	0x0010 31 db 31 c0 eb 0a 48 03 04 da 48 ff c3 0f 1f 00  1.1...H...H.....
	0x0020 48 39 cb 7c f1 48 85 c9 74 07 48 99 48 f7 f9 5d  H9.|.H..t.H.H..]
	0x0030 c3 e8 00 00 00 00 e8 00 00 00 00 90              ............
	rel 50+4 t=R_CALL runtime.panicdivide+0
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
type:.namedata.*main.Averager. SRODATA dupok size=16 align=0x1
	0x0000 01 0e 2a 6d 61 69 6e 2e 41 76 65 72 61 67 65 72  ..*main.Averager
type:*main.Averager SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f3 d7 47 ee 28 08 08 16 00 00 00 00 00 00 00 00  ..G.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Averager.+0
	rel 48+8 t=R_ADDR type:main.Averager+0
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
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Avg. SRODATA dupok size=5 align=0x1
	0x0000 01 03 41 76 67                                   ..Avg
type:main.Averager SRODATA size=104 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 b0 2a 85 24 07 08 08 14 00 00 00 00 00 00 00 00  .*.$............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Averager.+0
	rel 44+4 t=R_ADDROFF type:*main.Averager+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Averager+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Avg.+0
	rel 100+4 t=R_ADDROFF type:func() int+0
type:.namedata.*main.Samples. SRODATA dupok size=15 align=0x1
	0x0000 01 0d 2a 6d 61 69 6e 2e 53 61 6d 70 6c 65 73     ..*main.Samples
type:.namedata.*func(*main.Samples) int- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 53 61  ..*func(*main.Sa
	0x0010 6d 70 6c 65 73 29 20 69 6e 74                    mples) int
type:*func(*main.Samples) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 25 b2 71 c7 28 08 08 16 00 00 00 00 00 00 00 00  %.q.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Samples) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Samples) int+0
type:func(*main.Samples) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a2 a4 47 41 22 08 08 13 00 00 00 00 00 00 00 00  ..GA"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Samples) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Samples) int+0
	rel 56+8 t=R_ADDR type:*main.Samples+0
	rel 64+8 t=R_ADDR type:int+0
type:*main.Samples SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c5 3c 0c 60 29 08 08 16 00 00 00 00 00 00 00 00  .<.`)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Samples.+0
	rel 48+8 t=R_ADDR type:main.Samples+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Avg.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*Samples).Avg+0
	rel 84+4 t=R_METHODOFF main.(*Samples).Avg+0
type:.namedata.xs- SRODATA dupok size=4 align=0x1
	0x0000 00 02 78 73                                      ..xs
type:.namedata.*func(main.Samples) int- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 6d 61 69 6e 2e 53 61 6d  ..*func(main.Sam
	0x0010 70 6c 65 73 29 20 69 6e 74                       ples) int
type:*func(main.Samples) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 db ac fa 2b 28 08 08 16 00 00 00 00 00 00 00 00  ...+(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Samples) int-+0
	rel 48+8 t=R_ADDR type:func(main.Samples) int+0
type:func(main.Samples) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5e dd b9 a5 22 08 08 13 00 00 00 00 00 00 00 00  ^..."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Samples) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Samples) int+0
	rel 56+8 t=R_ADDR type:main.Samples+0
	rel 64+8 t=R_ADDR type:int+0
type:main.Samples SRODATA size=136 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 14 c2 1c 3d 07 08 08 19 00 00 00 00 00 00 00 00  ...=............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 01 00 01 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Samples.+0
	rel 44+4 t=R_ADDROFF type:*main.Samples+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Samples+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.xs-+0
	rel 104+8 t=R_ADDR type:[]int+0
	rel 120+4 t=R_ADDROFF type:.namedata.Avg.+0
	rel 124+4 t=R_METHODOFF type:func() int+0
	rel 128+4 t=R_METHODOFF main.(*Samples).Avg+0
	rel 132+4 t=R_METHODOFF main.Samples.Avg+0
go:itab.main.Samples,main.Averager SRODATA dupok size=32 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 14 c2 1c 3d 00 00 00 00 00 00 00 00 00 00 00 00  ...=............
	rel 0+8 t=R_ADDR type:main.Averager+0
	rel 8+8 t=R_ADDR type:main.Samples+0
	rel 24+8 t=RelocType(-32767) main.(*Samples).Avg+0
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.Samples.Avg$abstract SDWARFABSFCN dupok size=48 align=0x0
	0x0000 05 6d 61 69 6e 2e 53 61 6d 70 6c 65 73 2e 41 76  .main.Samples.Av
	0x0010 67 00 01 08 01 22 73 00 00 00 00 00 00 21 73 75  g...."s......!su
	0x0020 6d 00 09 00 00 00 00 21 78 00 0a 00 00 00 00 00  m......!x.......
	rel 25+4 t=R_DWARFSECREF go:info.main.Samples+0
	rel 35+4 t=R_DWARFSECREF go:info.int+0
	rel 43+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."avg" SRODATA dupok size=3 align=0x1
	0x0000 61 76 67                                         avg
go:string."avg " SRODATA dupok size=4 align=0x1
	0x0000 61 76 67 20                                      avg 
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
runtime.gcbits. SRODATA dupok size=0 align=0x8
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
type:.eqfunc.M32 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00  ........ .......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*[4]int- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 5b 34 5d 69 6e 74                       ..*[4]int
type:*[4]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b4 cc 31 9a 28 08 08 16 00 00 00 00 00 00 00 00  ..1.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]int-+0
	rel 48+8 t=R_ADDR type:[4]int+0
type:[4]int SRODATA dupok size=72 align=0x8
	0x0000 20 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ...............
	0x0010 ba 6f 63 68 0a 08 08 11 00 00 00 00 00 00 00 00  .och............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 04 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M32+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]int-+0
	rel 44+4 t=RelocType(-32763) type:*[4]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.Samples.Avg.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe fe 00 08 08 08 10 08 fd fd ff                 ...........
main.Samples.Avg.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
main.report.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.report.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.Averager.Avg.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Averager.Avg.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Samples).Avg.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Samples).Avg.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
