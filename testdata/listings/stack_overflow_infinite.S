funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (stack_overflow_infinite.go:14)	TEXT	main.main(SB), ABIInternal, $160-0
     0        00000 (stack_overflow_infinite.go:14)	TEXT	main.main(SB), ABIInternal, $160-0
     0     -1 00000 (stack_overflow_infinite.go:14)	LEAQ	-32(SP), R12
     5        00005 (stack_overflow_infinite.go:14)	CMPQ	R12, 16(R14)
     9        00009 (stack_overflow_infinite.go:14)	PCDATA	$0, $-2
     9        00009 (stack_overflow_infinite.go:14)	JLS	158
     f        00015 (stack_overflow_infinite.go:14)	PCDATA	$0, $-1
     f        00015 (stack_overflow_infinite.go:14)	PUSHQ	BP
    10        00016 (stack_overflow_infinite.go:14)	MOVQ	SP, BP
    13        00019 (stack_overflow_infinite.go:14)	SUBQ	$152, SP
    1a        00026 (stack_overflow_infinite.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1a        00026 (stack_overflow_infinite.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1a        00026 (stack_overflow_infinite.go:15)	LEAQ	main.b+16(SP), AX
    1f        00031 (stack_overflow_infinite.go:15)	MOVUPS	X15, (AX)
    23        00035 (stack_overflow_infinite.go:15)	MOVUPS	X15, 16(AX)
    28        00040 (stack_overflow_infinite.go:15)	MOVUPS	X15, 32(AX)
    2d        00045 (stack_overflow_infinite.go:15)	MOVUPS	X15, 48(AX)
    32        00050 (stack_overflow_infinite.go:15)	MOVUPS	X15, 64(AX)
    37        00055 (stack_overflow_infinite.go:15)	MOVUPS	X15, 80(AX)
    3c        00060 (stack_overflow_infinite.go:15)	MOVUPS	X15, 96(AX)
    41        00065 (stack_overflow_infinite.go:15)	MOVUPS	X15, 112(AX)
    46        00070 (stack_overflow_infinite.go:16)	PCDATA	$1, $0
    46        00070 (stack_overflow_infinite.go:16)	CALL	runtime.printlock(SB)
    4b        00075 (stack_overflow_infinite.go:16)	LEAQ	go:string."start\n"(SB), AX
    52        00082 (stack_overflow_infinite.go:16)	MOVL	$6, BX
    57        00087 (stack_overflow_infinite.go:16)	CALL	runtime.printstring(SB)
    5c        00092 (stack_overflow_infinite.go:16)	NOP
    60        00096 (stack_overflow_infinite.go:16)	CALL	runtime.printunlock(SB)
    65        00101 (stack_overflow_infinite.go:17)	XORL	AX, AX
    67        00103 (stack_overflow_infinite.go:17)	LEAQ	main.b+16(SP), BX
    6c        00108 (stack_overflow_infinite.go:17)	CALL	main.down(SB)
    71        00113 (stack_overflow_infinite.go:17)	MOVQ	AX, main..autotmp_2+144(SP)
    79        00121 (stack_overflow_infinite.go:17)	CALL	runtime.printlock(SB)
    7e        00126 (stack_overflow_infinite.go:17)	MOVQ	main..autotmp_2+144(SP), AX
    86        00134 (stack_overflow_infinite.go:17)	CALL	runtime.printint(SB)
    8b        00139 (stack_overflow_infinite.go:17)	CALL	runtime.printnl(SB)
    90        00144 (stack_overflow_infinite.go:17)	CALL	runtime.printunlock(SB)
    95        00149 (stack_overflow_infinite.go:18)	ADDQ	$152, SP
    9c        00156 (stack_overflow_infinite.go:18)	POPQ	BP
    9d        00157 (stack_overflow_infinite.go:18)	RET
    9e        00158 (stack_overflow_infinite.go:18)	NOP
    9e        00158 (stack_overflow_infinite.go:14)	PCDATA	$1, $-1
    9e        00158 (stack_overflow_infinite.go:14)	PCDATA	$0, $-2
    9e        00158 (stack_overflow_infinite.go:14)	NOP
    a0        00160 (stack_overflow_infinite.go:14)	CALL	runtime.morestack_noctxt(SB)
    a5        00165 (stack_overflow_infinite.go:14)	PCDATA	$0, $-1
    a5        00165 (stack_overflow_infinite.go:14)	JMP	0
    aa done
wrote 4 bytes to 0x0
 00 aa 01 00
funcpctab main.down [valfunc=pctoinline]
     0     -1 00000 (stack_overflow_infinite.go:8)	TEXT	main.down(SB), ABIInternal, $152-16
     0        00000 (stack_overflow_infinite.go:8)	TEXT	main.down(SB), ABIInternal, $152-16
     0     -1 00000 (stack_overflow_infinite.go:8)	LEAQ	-24(SP), R12
     5        00005 (stack_overflow_infinite.go:8)	CMPQ	R12, 16(R14)
     9        00009 (stack_overflow_infinite.go:8)	PCDATA	$0, $-2
     9        00009 (stack_overflow_infinite.go:8)	JLS	152
     f        00015 (stack_overflow_infinite.go:8)	PCDATA	$0, $-1
     f        00015 (stack_overflow_infinite.go:8)	PUSHQ	BP
    10        00016 (stack_overflow_infinite.go:8)	MOVQ	SP, BP
    13        00019 (stack_overflow_infinite.go:8)	SUBQ	$144, SP
    1a        00026 (stack_overflow_infinite.go:8)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    1a        00026 (stack_overflow_infinite.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    1a        00026 (stack_overflow_infinite.go:8)	FUNCDATA	$5, main.down.arginfo1(SB)
    1a        00026 (stack_overflow_infinite.go:8)	FUNCDATA	$6, main.down.argliveinfo(SB)
    1a        00026 (stack_overflow_infinite.go:8)	PCDATA	$3, $1
    1a        00026 (stack_overflow_infinite.go:9)	LEAQ	main.local+16(SP), CX
    1f        00031 (stack_overflow_infinite.go:9)	MOVUPS	X15, (CX)
    23        00035 (stack_overflow_infinite.go:9)	MOVUPS	X15, 16(CX)
    28        00040 (stack_overflow_infinite.go:9)	MOVUPS	X15, 32(CX)
    2d        00045 (stack_overflow_infinite.go:9)	MOVUPS	X15, 48(CX)
    32        00050 (stack_overflow_infinite.go:9)	MOVUPS	X15, 64(CX)
    37        00055 (stack_overflow_infinite.go:9)	MOVUPS	X15, 80(CX)
    3c        00060 (stack_overflow_infinite.go:9)	MOVUPS	X15, 96(CX)
    41        00065 (stack_overflow_infinite.go:9)	MOVUPS	X15, 112(CX)
    46        00070 (stack_overflow_infinite.go:10)	MOVQ	AX, DX
    49        00073 (stack_overflow_infinite.go:10)	SARQ	$63, DX
    4d        00077 (stack_overflow_infinite.go:10)	SHRQ	$60, DX
    51        00081 (stack_overflow_infinite.go:10)	ADDQ	AX, DX
    54        00084 (stack_overflow_infinite.go:10)	ANDQ	$-16, DX
    58        00088 (stack_overflow_infinite.go:10)	MOVQ	AX, SI
    5b        00091 (stack_overflow_infinite.go:10)	SUBQ	DX, SI
    5e        00094 (stack_overflow_infinite.go:10)	NOP
    60        00096 (stack_overflow_infinite.go:10)	CMPQ	SI, $16
    64        00100 (stack_overflow_infinite.go:10)	JCC	146
    66        00102 (stack_overflow_infinite.go:10)	MOVQ	BX, main.b+168(SP)
    6e        00110 (stack_overflow_infinite.go:10)	PCDATA	$3, $2
    6e        00110 (stack_overflow_infinite.go:10)	MOVQ	AX, main.local+16(SP)(SI*8)
    73        00115 (stack_overflow_infinite.go:11)	INCQ	AX
    76        00118 (stack_overflow_infinite.go:11)	MOVQ	CX, BX
    79        00121 (stack_overflow_infinite.go:11)	PCDATA	$1, $0
    79        00121 (stack_overflow_infinite.go:11)	CALL	main.down(SB)
    7e        00126 (stack_overflow_infinite.go:11)	MOVQ	main.b+168(SP), CX
    86        00134 (stack_overflow_infinite.go:11)	ADDQ	(CX), AX
    89        00137 (stack_overflow_infinite.go:11)	ADDQ	$144, SP
    90        00144 (stack_overflow_infinite.go:11)	POPQ	BP
    91        00145 (stack_overflow_infinite.go:11)	RET
    92        00146 (stack_overflow_infinite.go:11)	PCDATA	$3, $1
    92        00146 (stack_overflow_infinite.go:10)	PCDATA	$1, $1
    92        00146 (stack_overflow_infinite.go:10)	PCDATA	$4, $18909
    92        00146 (stack_overflow_infinite.go:10)	CALL	runtime.panicBounds(SB)
    97        00151 (stack_overflow_infinite.go:10)	XCHGL	AX, AX
    98        00152 (stack_overflow_infinite.go:10)	NOP
    98        00152 (stack_overflow_infinite.go:8)	PCDATA	$1, $-1
    98        00152 (stack_overflow_infinite.go:8)	PCDATA	$0, $-2
    98        00152 (stack_overflow_infinite.go:8)	MOVQ	AX, 8(SP)
    9d        00157 (stack_overflow_infinite.go:8)	MOVQ	BX, 16(SP)
    a2        00162 (stack_overflow_infinite.go:8)	CALL	runtime.morestack_noctxt(SB)
    a7        00167 (stack_overflow_infinite.go:8)	PCDATA	$0, $-1
    a7        00167 (stack_overflow_infinite.go:8)	MOVQ	8(SP), AX
    ac        00172 (stack_overflow_infinite.go:8)	MOVQ	16(SP), BX
    b1        00177 (stack_overflow_infinite.go:8)	JMP	0
    b6 done
wrote 4 bytes to 0x0
 00 b6 01 00
main.down STEXT size=182 align=0x0 args=0x10 locals=0x98 funcid=0x0
	0x0000 00000 (stack_overflow_infinite.go:8)	TEXT	main.down(SB), ABIInternal, $152-16
	0x0000 00000 (stack_overflow_infinite.go:8)	LEAQ	-24(SP), R12
	0x0005 00005 (stack_overflow_infinite.go:8)	CMPQ	R12, 16(R14)
	0x0009 00009 (stack_overflow_infinite.go:8)	PCDATA	$0, $-2
	0x0009 00009 (stack_overflow_infinite.go:8)	JLS	152
	0x000f 00015 (stack_overflow_infinite.go:8)	PCDATA	$0, $-1
	0x000f 00015 (stack_overflow_infinite.go:8)	PUSHQ	BP
	0x0010 00016 (stack_overflow_infinite.go:8)	MOVQ	SP, BP
	0x0013 00019 (stack_overflow_infinite.go:8)	SUBQ	$144, SP
	0x001a 00026 (stack_overflow_infinite.go:8)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x001a 00026 (stack_overflow_infinite.go:8)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x001a 00026 (stack_overflow_infinite.go:8)	FUNCDATA	$5, main.down.arginfo1(SB)
	0x001a 00026 (stack_overflow_infinite.go:8)	FUNCDATA	$6, main.down.argliveinfo(SB)
	0x001a 00026 (stack_overflow_infinite.go:8)	PCDATA	$3, $1
	0x001a 00026 (stack_overflow_infinite.go:9)	LEAQ	main.local+16(SP), CX
	0x001f 00031 (stack_overflow_infinite.go:9)	MOVUPS	X15, (CX)
	0x0023 00035 (stack_overflow_infinite.go:9)	MOVUPS	X15, 16(CX)
	0x0028 00040 (stack_overflow_infinite.go:9)	MOVUPS	X15, 32(CX)
	0x002d 00045 (stack_overflow_infinite.go:9)	MOVUPS	X15, 48(CX)
	0x0032 00050 (stack_overflow_infinite.go:9)	MOVUPS	X15, 64(CX)
	0x0037 00055 (stack_overflow_infinite.go:9)	MOVUPS	X15, 80(CX)
	0x003c 00060 (stack_overflow_infinite.go:9)	MOVUPS	X15, 96(CX)
	0x0041 00065 (stack_overflow_infinite.go:9)	MOVUPS	X15, 112(CX)
	0x0046 00070 (stack_overflow_infinite.go:10)	MOVQ	AX, DX
	0x0049 00073 (stack_overflow_infinite.go:10)	SARQ	$63, DX
	0x004d 00077 (stack_overflow_infinite.go:10)	SHRQ	$60, DX
	0x0051 00081 (stack_overflow_infinite.go:10)	ADDQ	AX, DX
	0x0054 00084 (stack_overflow_infinite.go:10)	ANDQ	$-16, DX
	0x0058 00088 (stack_overflow_infinite.go:10)	MOVQ	AX, SI
	0x005b 00091 (stack_overflow_infinite.go:10)	SUBQ	DX, SI
	0x005e 00094 (stack_overflow_infinite.go:10)	NOP
	0x0060 00096 (stack_overflow_infinite.go:10)	CMPQ	SI, $16
	0x0064 00100 (stack_overflow_infinite.go:10)	JCC	146
	0x0066 00102 (stack_overflow_infinite.go:10)	MOVQ	BX, main.b+168(SP)
	0x006e 00110 (stack_overflow_infinite.go:10)	PCDATA	$3, $2
	0x006e 00110 (stack_overflow_infinite.go:10)	MOVQ	AX, main.local+16(SP)(SI*8)
	0x0073 00115 (stack_overflow_infinite.go:11)	INCQ	AX
	0x0076 00118 (stack_overflow_infinite.go:11)	MOVQ	CX, BX
	0x0079 00121 (stack_overflow_infinite.go:11)	PCDATA	$1, $0
	0x0079 00121 (stack_overflow_infinite.go:11)	CALL	main.down(SB)
	0x007e 00126 (stack_overflow_infinite.go:11)	MOVQ	main.b+168(SP), CX
	0x0086 00134 (stack_overflow_infinite.go:11)	ADDQ	(CX), AX
	0x0089 00137 (stack_overflow_infinite.go:11)	ADDQ	$144, SP
	0x0090 00144 (stack_overflow_infinite.go:11)	POPQ	BP
	0x0091 00145 (stack_overflow_infinite.go:11)	RET
	0x0092 00146 (stack_overflow_infinite.go:11)	PCDATA	$3, $1
	0x0092 00146 (stack_overflow_infinite.go:10)	PCDATA	$1, $1
	0x0092 00146 (stack_overflow_infinite.go:10)	PCDATA	$4, $18909
	0x0092 00146 (stack_overflow_infinite.go:10)	CALL	runtime.panicBounds(SB)
	0x0097 00151 (stack_overflow_infinite.go:10)	XCHGL	AX, AX
	0x0098 00152 (stack_overflow_infinite.go:10)	NOP
	0x0098 00152 (stack_overflow_infinite.go:8)	PCDATA	$1, $-1
	0x0098 00152 (stack_overflow_infinite.go:8)	PCDATA	$0, $-2
	0x0098 00152 (stack_overflow_infinite.go:8)	MOVQ	AX, 8(SP)
	0x009d 00157 (stack_overflow_infinite.go:8)	MOVQ	BX, 16(SP)
	0x00a2 00162 (stack_overflow_infinite.go:8)	CALL	runtime.morestack_noctxt(SB)
	0x00a7 00167 (stack_overflow_infinite.go:8)	PCDATA	$0, $-1
	0x00a7 00167 (stack_overflow_infinite.go:8)	MOVQ	8(SP), AX
	0x00ac 00172 (stack_overflow_infinite.go:8)	MOVQ	16(SP), BX
	0x00b1 00177 (stack_overflow_infinite.go:8)	JMP	0
	0x0000 4c 8d 64 24 e8 4d 3b 66 10 0f 86 89 00 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec 90 00 00 00 48 8d 4c 24 10 44  H..H......H.L$.D
	0x0020 0f 11 39 44 0f 11 79 10 44 0f 11 79 20 44 0f 11  ..9D..y.D..y D..
	0x0030 79 30 44 0f 11 79 40 44 0f 11 79 50 44 0f 11 79  y0D..y@D..yPD..y
	0x0040 60 44 0f 11 79 70 48 89 c2 48 c1 fa 3f 48 c1 ea  `D..ypH..H..?H..
	0x0050 3c 48 01 c2 48 83 e2 f0 48 89 c6 48 29 d6 66 90  <H..H...H..H).f.
	0x0060 48 83 fe 10 73 2c 48 89 9c 24 a8 00 00 00 48 89  H...s,H..$....H.
	0x0070 44 f4 10 48 ff c0 48 89 cb e8 00 00 00 00 48 8b  D..H..H.......H.
	0x0080 8c 24 a8 00 00 00 48 03 01 48 81 c4 90 00 00 00  .$....H..H......
	0x0090 5d c3 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c  ].......H.D$.H.\
	0x00a0 24 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24  $......H.D$.H.\$
	0x00b0 10 e9 4a ff ff ff                                ..J...
	rel 122+4 t=R_CALL main.down+0
	rel 147+4 t=R_CALL runtime.panicBounds+0
	rel 163+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=170 align=0x0 args=0x0 locals=0xa0 funcid=0x0
	0x0000 00000 (stack_overflow_infinite.go:14)	TEXT	main.main(SB), ABIInternal, $160-0
	0x0000 00000 (stack_overflow_infinite.go:14)	LEAQ	-32(SP), R12
	0x0005 00005 (stack_overflow_infinite.go:14)	CMPQ	R12, 16(R14)
	0x0009 00009 (stack_overflow_infinite.go:14)	PCDATA	$0, $-2
	0x0009 00009 (stack_overflow_infinite.go:14)	JLS	158
	0x000f 00015 (stack_overflow_infinite.go:14)	PCDATA	$0, $-1
	0x000f 00015 (stack_overflow_infinite.go:14)	PUSHQ	BP
	0x0010 00016 (stack_overflow_infinite.go:14)	MOVQ	SP, BP
	0x0013 00019 (stack_overflow_infinite.go:14)	SUBQ	$152, SP
	0x001a 00026 (stack_overflow_infinite.go:14)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (stack_overflow_infinite.go:14)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (stack_overflow_infinite.go:15)	LEAQ	main.b+16(SP), AX
	0x001f 00031 (stack_overflow_infinite.go:15)	MOVUPS	X15, (AX)
	0x0023 00035 (stack_overflow_infinite.go:15)	MOVUPS	X15, 16(AX)
	0x0028 00040 (stack_overflow_infinite.go:15)	MOVUPS	X15, 32(AX)
	0x002d 00045 (stack_overflow_infinite.go:15)	MOVUPS	X15, 48(AX)
	0x0032 00050 (stack_overflow_infinite.go:15)	MOVUPS	X15, 64(AX)
	0x0037 00055 (stack_overflow_infinite.go:15)	MOVUPS	X15, 80(AX)
	0x003c 00060 (stack_overflow_infinite.go:15)	MOVUPS	X15, 96(AX)
	0x0041 00065 (stack_overflow_infinite.go:15)	MOVUPS	X15, 112(AX)
	0x0046 00070 (stack_overflow_infinite.go:16)	PCDATA	$1, $0
	0x0046 00070 (stack_overflow_infinite.go:16)	CALL	runtime.printlock(SB)
	0x004b 00075 (stack_overflow_infinite.go:16)	LEAQ	go:string."start\n"(SB), AX
	0x0052 00082 (stack_overflow_infinite.go:16)	MOVL	$6, BX
	0x0057 00087 (stack_overflow_infinite.go:16)	CALL	runtime.printstring(SB)
	0x005c 00092 (stack_overflow_infinite.go:16)	NOP
	0x0060 00096 (stack_overflow_infinite.go:16)	CALL	runtime.printunlock(SB)
	0x0065 00101 (stack_overflow_infinite.go:17)	XORL	AX, AX
	0x0067 00103 (stack_overflow_infinite.go:17)	LEAQ	main.b+16(SP), BX
	0x006c 00108 (stack_overflow_infinite.go:17)	CALL	main.down(SB)
	0x0071 00113 (stack_overflow_infinite.go:17)	MOVQ	AX, main..autotmp_2+144(SP)
	0x0079 00121 (stack_overflow_infinite.go:17)	CALL	runtime.printlock(SB)
	0x007e 00126 (stack_overflow_infinite.go:17)	MOVQ	main..autotmp_2+144(SP), AX
	0x0086 00134 (stack_overflow_infinite.go:17)	CALL	runtime.printint(SB)
	0x008b 00139 (stack_overflow_infinite.go:17)	CALL	runtime.printnl(SB)
	0x0090 00144 (stack_overflow_infinite.go:17)	CALL	runtime.printunlock(SB)
	0x0095 00149 (stack_overflow_infinite.go:18)	ADDQ	$152, SP
	0x009c 00156 (stack_overflow_infinite.go:18)	POPQ	BP
	0x009d 00157 (stack_overflow_infinite.go:18)	RET
	0x009e 00158 (stack_overflow_infinite.go:18)	NOP
	0x009e 00158 (stack_overflow_infinite.go:14)	PCDATA	$1, $-1
	0x009e 00158 (stack_overflow_infinite.go:14)	PCDATA	$0, $-2
	0x009e 00158 (stack_overflow_infinite.go:14)	NOP
	0x00a0 00160 (stack_overflow_infinite.go:14)	CALL	runtime.morestack_noctxt(SB)
	0x00a5 00165 (stack_overflow_infinite.go:14)	PCDATA	$0, $-1
	0x00a5 00165 (stack_overflow_infinite.go:14)	JMP	0
	0x0000 4c 8d 64 24 e0 4d 3b 66 10 0f 86 8f 00 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec 98 00 00 00 48 8d 44 24 10 44  H..H......H.D$.D
	0x0020 0f 11 38 44 0f 11 78 10 44 0f 11 78 20 44 0f 11  ..8D..x.D..x D..
	0x0030 78 30 44 0f 11 78 40 44 0f 11 78 50 44 0f 11 78  x0D..x@D..xPD..x
	0x0040 60 44 0f 11 78 70 e8 00 00 00 00 48 8d 05 00 00  `D..xp.....H....
	0x0050 00 00 bb 06 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x0060 e8 00 00 00 00 31 c0 48 8d 5c 24 10 e8 00 00 00  .....1.H.\$.....
	0x0070 00 48 89 84 24 90 00 00 00 e8 00 00 00 00 48 8b  .H..$.........H.
	0x0080 84 24 90 00 00 00 e8 00 00 00 00 e8 00 00 00 00  .$..............
	0x0090 e8 00 00 00 00 48 81 c4 98 00 00 00 5d c3 66 90  .....H......].f.
	0x00a0 e8 00 00 00 00 e9 56 ff ff ff                    ......V...
	rel 71+4 t=R_CALL runtime.printlock+0
	rel 78+4 t=R_PCREL go:string."start\n"+0
	rel 88+4 t=R_CALL runtime.printstring+0
	rel 97+4 t=R_CALL runtime.printunlock+0
	rel 109+4 t=R_CALL main.down+0
	rel 122+4 t=R_CALL runtime.printlock+0
	rel 135+4 t=R_CALL runtime.printint+0
	rel 140+4 t=R_CALL runtime.printnl+0
	rel 145+4 t=R_CALL runtime.printunlock+0
	rel 161+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
type:.eqfunc.M128 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 80 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.block- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 6d 61 69 6e 2e 62 6c 6f 63 6b           ..*main.block
type:*main.block SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 77 49 21 45 28 08 08 16 00 00 00 00 00 00 00 00  wI!E(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.block-+0
	rel 48+8 t=R_ADDR type:main.block+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.*[16]int- SRODATA dupok size=10 align=0x1
	0x0000 00 08 2a 5b 31 36 5d 69 6e 74                    ..*[16]int
type:*[16]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 35 0a 89 69 28 08 08 16 00 00 00 00 00 00 00 00  5..i(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[16]int-+0
	rel 48+8 t=R_ADDR type:[16]int+0
type:[16]int SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 b4 ab fb 09 0a 08 08 11 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M128+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[16]int-+0
	rel 44+4 t=RelocType(-32763) type:*[16]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.a- SRODATA dupok size=3 align=0x1
	0x0000 00 01 61                                         ..a
type:main.block SRODATA size=120 align=0x8
	0x0000 80 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 cf ca 12 f7 0f 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M128+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.block-+0
	rel 44+4 t=R_ADDROFF type:*main.block+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.block+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.a-+0
	rel 104+8 t=R_ADDR type:[16]int+0
go:string."start" SRODATA dupok size=5 align=0x1
	0x0000 73 74 61 72 74                                   start
go:string."start\n" SRODATA dupok size=6 align=0x1
	0x0000 73 74 61 72 74 0a                                start.
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.down.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.down.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 02                                         ...
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
