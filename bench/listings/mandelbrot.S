main.mandelbrot STEXT nosplit size=227 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (mandelbrot.go:6)	TEXT	main.mandelbrot(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (mandelbrot.go:6)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (mandelbrot.go:6)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (mandelbrot.go:6)	FUNCDATA	$5, main.mandelbrot.arginfo1(SB)
	0x0000 00000 (mandelbrot.go:6)	FUNCDATA	$6, main.mandelbrot.argliveinfo(SB)
	0x0000 00000 (mandelbrot.go:6)	PCDATA	$3, $1
	0x0000 00000 (mandelbrot.go:8)	XORL	DX, DX
	0x0002 00002 (mandelbrot.go:8)	XORL	SI, SI
	0x0004 00004 (mandelbrot.go:8)	JMP	9
	0x0006 00006 (mandelbrot.go:8)	INCQ	DX
	0x0009 00009 (mandelbrot.go:8)	CMPQ	BX, DX
	0x000c 00012 (mandelbrot.go:8)	JLE	223
	0x0012 00018 (mandelbrot.go:9)	XORPS	X0, X0
	0x0015 00021 (mandelbrot.go:9)	CVTSQ2SD	DX, X0
	0x001a 00026 (mandelbrot.go:9)	ADDSD	X0, X0
	0x001e 00030 (mandelbrot.go:9)	XORPS	X1, X1
	0x0021 00033 (mandelbrot.go:9)	CVTSQ2SD	BX, X1
	0x0026 00038 (mandelbrot.go:9)	DIVSD	X1, X0
	0x002a 00042 (mandelbrot.go:9)	MOVSD	$f64.3ff0000000000000(SB), X1
	0x0032 00050 (mandelbrot.go:9)	SUBSD	X1, X0
	0x0036 00054 (mandelbrot.go:10)	XORL	DI, DI
	0x0038 00056 (mandelbrot.go:10)	JMP	64
	0x003a 00058 (mandelbrot.go:17)	ADDQ	R8, SI
	0x003d 00061 (mandelbrot.go:10)	INCQ	DI
	0x0040 00064 (mandelbrot.go:10)	CMPQ	AX, DI
	0x0043 00067 (mandelbrot.go:10)	JLE	6
	0x0045 00069 (mandelbrot.go:11)	XORPS	X2, X2
	0x0048 00072 (mandelbrot.go:11)	CVTSQ2SD	DI, X2
	0x004d 00077 (mandelbrot.go:11)	MOVSD	$f64.4008000000000000(SB), X3
	0x0055 00085 (mandelbrot.go:11)	MULSD	X3, X2
	0x0059 00089 (mandelbrot.go:11)	XORPS	X4, X4
	0x005c 00092 (mandelbrot.go:11)	CVTSQ2SD	AX, X4
	0x0061 00097 (mandelbrot.go:11)	DIVSD	X4, X2
	0x0065 00101 (mandelbrot.go:11)	MOVSD	$f64.4000000000000000(SB), X4
	0x006d 00109 (mandelbrot.go:11)	SUBSD	X4, X2
	0x0071 00113 (mandelbrot.go:14)	XORL	R8, R8
	0x0074 00116 (mandelbrot.go:14)	XORPS	X5, X5
	0x0077 00119 (mandelbrot.go:14)	XORPS	X6, X6
	0x007a 00122 (mandelbrot.go:14)	JMP	160
	0x007c 00124 (mandelbrot.go:15)	SUBSD	X6, X9
	0x0081 00129 (mandelbrot.go:15)	ADDSD	X7, X7
	0x0085 00133 (mandelbrot.go:15)	MULSD	X7, X8
	0x008a 00138 (mandelbrot.go:15)	ADDSD	X2, X9
	0x008f 00143 (mandelbrot.go:15)	ADDSD	X0, X8
	0x0094 00148 (mandelbrot.go:14)	INCQ	R8
	0x0097 00151 (mandelbrot.go:14)	MOVUPS	X9, X5
	0x009b 00155 (mandelbrot.go:14)	MOVUPS	X8, X6
	0x009f 00159 (mandelbrot.go:14)	NOP
	0x00a0 00160 (mandelbrot.go:14)	CMPQ	CX, R8
	0x00a3 00163 (mandelbrot.go:14)	JLE	209
	0x00a5 00165 (mandelbrot.go:14)	MOVUPS	X5, X7
	0x00a8 00168 (mandelbrot.go:14)	MULSD	X5, X5
	0x00ac 00172 (mandelbrot.go:14)	MOVUPS	X6, X8
	0x00b0 00176 (mandelbrot.go:14)	MULSD	X6, X6
	0x00b4 00180 (mandelbrot.go:14)	MOVUPS	X5, X9
	0x00b8 00184 (mandelbrot.go:14)	ADDSD	X6, X5
	0x00bc 00188 (mandelbrot.go:14)	MOVSD	$f64.4010000000000000(SB), X10
	0x00c5 00197 (mandelbrot.go:14)	UCOMISD	X5, X10
	0x00ca 00202 (mandelbrot.go:14)	JCC	124
	0x00cc 00204 (mandelbrot.go:14)	JMP	58
	0x00d1 00209 (mandelbrot.go:14)	MOVSD	$f64.4010000000000000(SB), X10
	0x00da 00218 (mandelbrot.go:14)	JMP	58
	0x00df 00223 (mandelbrot.go:20)	MOVQ	SI, AX
	0x00e2 00226 (mandelbrot.go:20)	RET
	0x0000 31 d2 31 f6 eb 03 48 ff c2 48 39 d3 0f 8e cd 00  1.1...H..H9.....
	0x0010 00 00 0f 57 c0 f2 48 0f 2a c2 f2 0f 58 c0 0f 57  ...W..H.*...X..W
	0x0020 c9 f2 48 0f 2a cb f2 0f 5e c1 f2 0f 10 0d 00 00  ..H.*...^.......
	0x0030 00 00 f2 0f 5c c1 31 ff eb 06 4c 01 c6 48 ff c7  ....\.1...L..H..
	0x0040 48 39 f8 7e c1 0f 57 d2 f2 48 0f 2a d7 f2 0f 10  H9.~..W..H.*....
	0x0050 1d 00 00 00 00 f2 0f 59 d3 0f 57 e4 f2 48 0f 2a  .......Y..W..H.*
	0x0060 e0 f2 0f 5e d4 f2 0f 10 25 00 00 00 00 f2 0f 5c  ...^....%......\
	0x0070 d4 45 31 c0 0f 57 ed 0f 57 f6 eb 24 f2 44 0f 5c  .E1..W..W..$.D.\
	0x0080 ce f2 0f 58 ff f2 44 0f 59 c7 f2 44 0f 58 ca f2  ...X..D.Y..D.X..
	0x0090 44 0f 58 c0 49 ff c0 41 0f 10 e9 41 0f 10 f0 90  D.X.I..A...A....
	0x00a0 4c 39 c1 7e 2c 0f 10 fd f2 0f 59 ed 44 0f 10 c6  L9.~,.....Y.D...
	0x00b0 f2 0f 59 f6 44 0f 10 cd f2 0f 58 ee f2 44 0f 10  ..Y.D.....X..D..
	0x00c0 15 00 00 00 00 66 44 0f 2e d5 73 b0 e9 69 ff ff  .....fD...s..i..
	0x00d0 ff f2 44 0f 10 15 00 00 00 00 e9 5b ff ff ff 48  ..D........[...H
	0x00e0 89 f0 c3                                         ...
	rel 46+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 81+4 t=R_PCREL $f64.4008000000000000+0
	rel 105+4 t=R_PCREL $f64.4000000000000000+0
	rel 193+4 t=R_PCREL $f64.4010000000000000+0
	rel 214+4 t=R_PCREL $f64.4010000000000000+0
main.main STEXT size=82 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (mandelbrot.go:23)	TEXT	main.main(SB), ABIInternal, $40-0
	0x0000 00000 (mandelbrot.go:23)	CMPQ	SP, 16(R14)
	0x0004 00004 (mandelbrot.go:23)	PCDATA	$0, $-2
	0x0004 00004 (mandelbrot.go:23)	JLS	75
	0x0006 00006 (mandelbrot.go:23)	PCDATA	$0, $-1
	0x0006 00006 (mandelbrot.go:23)	PUSHQ	BP
	0x0007 00007 (mandelbrot.go:23)	MOVQ	SP, BP
	0x000a 00010 (mandelbrot.go:23)	SUBQ	$32, SP
	0x000e 00014 (mandelbrot.go:23)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (mandelbrot.go:23)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (mandelbrot.go:24)	MOVL	$800, AX
	0x0013 00019 (mandelbrot.go:24)	MOVL	$600, BX
	0x0018 00024 (mandelbrot.go:24)	MOVL	$200, CX
	0x001d 00029 (mandelbrot.go:24)	PCDATA	$1, $0
	0x001d 00029 (mandelbrot.go:24)	NOP
	0x0020 00032 (mandelbrot.go:24)	CALL	main.mandelbrot(SB)
	0x0025 00037 (mandelbrot.go:24)	MOVQ	AX, main..autotmp_1+24(SP)
	0x002a 00042 (mandelbrot.go:24)	CALL	runtime.printlock(SB)
	0x002f 00047 (mandelbrot.go:24)	MOVQ	main..autotmp_1+24(SP), AX
	0x0034 00052 (mandelbrot.go:24)	CALL	runtime.printint(SB)
	0x0039 00057 (mandelbrot.go:24)	CALL	runtime.printnl(SB)
	0x003e 00062 (mandelbrot.go:24)	NOP
	0x0040 00064 (mandelbrot.go:24)	CALL	runtime.printunlock(SB)
	0x0045 00069 (mandelbrot.go:25)	ADDQ	$32, SP
	0x0049 00073 (mandelbrot.go:25)	POPQ	BP
	0x004a 00074 (mandelbrot.go:25)	RET
	0x004b 00075 (mandelbrot.go:25)	NOP
	0x004b 00075 (mandelbrot.go:23)	PCDATA	$1, $-1
	0x004b 00075 (mandelbrot.go:23)	PCDATA	$0, $-2
	0x004b 00075 (mandelbrot.go:23)	CALL	runtime.morestack_noctxt(SB)
	0x0050 00080 (mandelbrot.go:23)	PCDATA	$0, $-1
	0x0050 00080 (mandelbrot.go:23)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 20 b8 20  I;f.vEUH..H.. . 
	0x0010 03 00 00 bb 58 02 00 00 b9 c8 00 00 00 0f 1f 00  ....X...........
	0x0020 e8 00 00 00 00 48 89 44 24 18 e8 00 00 00 00 48  .....H.D$......H
	0x0030 8b 44 24 18 e8 00 00 00 00 e8 00 00 00 00 66 90  .D$...........f.
	0x0040 e8 00 00 00 00 48 83 c4 20 5d c3 e8 00 00 00 00  .....H.. ]......
	0x0050 eb ae                                            ..
	rel 33+4 t=R_CALL main.mandelbrot+0
	rel 43+4 t=R_CALL runtime.printlock+0
	rel 53+4 t=R_CALL runtime.printint+0
	rel 58+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 76+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.mandelbrot.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 00 08 08 08 10 08 ff                             .......
main.mandelbrot.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
$f64.3ff0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 f0 3f                          .......?
$f64.4000000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 00 40                          .......@
$f64.4008000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 08 40                          .......@
$f64.4010000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 10 40                          .......@
