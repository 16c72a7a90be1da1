funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (panic_deep_unrecovered.go:12)	TEXT	main.main(SB), ABIInternal, $32-0
     0        00000 (panic_deep_unrecovered.go:12)	TEXT	main.main(SB), ABIInternal, $32-0
     0     -1 00000 (panic_deep_unrecovered.go:12)	CMPQ	SP, 16(R14)
     4        00004 (panic_deep_unrecovered.go:12)	PCDATA	$0, $-2
     4        00004 (panic_deep_unrecovered.go:12)	JLS	95
     6        00006 (panic_deep_unrecovered.go:12)	PCDATA	$0, $-1
     6        00006 (panic_deep_unrecovered.go:12)	PUSHQ	BP
     7        00007 (panic_deep_unrecovered.go:12)	MOVQ	SP, BP
     a        00010 (panic_deep_unrecovered.go:12)	SUBQ	$24, SP
     e        00014 (panic_deep_unrecovered.go:12)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_deep_unrecovered.go:12)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (panic_deep_unrecovered.go:13)	PCDATA	$1, $0
     e        00014 (panic_deep_unrecovered.go:13)	CALL	runtime.printlock(SB)
    13        00019 (panic_deep_unrecovered.go:13)	LEAQ	go:string."start\n"(SB), AX
    1a        00026 (panic_deep_unrecovered.go:13)	MOVL	$6, BX
    1f        00031 (panic_deep_unrecovered.go:13)	NOP
    20        00032 (panic_deep_unrecovered.go:13)	CALL	runtime.printstring(SB)
    25        00037 (panic_deep_unrecovered.go:13)	CALL	runtime.printunlock(SB)
    2a        00042 (panic_deep_unrecovered.go:14)	MOVL	$1000, AX
    2f        00047 (panic_deep_unrecovered.go:14)	XORL	BX, BX
    31        00049 (panic_deep_unrecovered.go:14)	CALL	main.down(SB)
    36        00054 (panic_deep_unrecovered.go:14)	MOVQ	AX, main..autotmp_1+16(SP)
    3b        00059 (panic_deep_unrecovered.go:14)	NOP
    40        00064 (panic_deep_unrecovered.go:14)	CALL	runtime.printlock(SB)
    45        00069 (panic_deep_unrecovered.go:14)	MOVQ	main..autotmp_1+16(SP), AX
    4a        00074 (panic_deep_unrecovered.go:14)	CALL	runtime.printint(SB)
    4f        00079 (panic_deep_unrecovered.go:14)	CALL	runtime.printnl(SB)
    54        00084 (panic_deep_unrecovered.go:14)	CALL	runtime.printunlock(SB)
    59        00089 (panic_deep_unrecovered.go:15)	ADDQ	$24, SP
    5d        00093 (panic_deep_unrecovered.go:15)	POPQ	BP
    5e        00094 (panic_deep_unrecovered.go:15)	RET
    5f        00095 (panic_deep_unrecovered.go:15)	NOP
    5f        00095 (panic_deep_unrecovered.go:12)	PCDATA	$1, $-1
    5f        00095 (panic_deep_unrecovered.go:12)	PCDATA	$0, $-2
    5f        00095 (panic_deep_unrecovered.go:12)	NOP
    60        00096 (panic_deep_unrecovered.go:12)	CALL	runtime.morestack_noctxt(SB)
    65        00101 (panic_deep_unrecovered.go:12)	PCDATA	$0, $-1
    65        00101 (panic_deep_unrecovered.go:12)	JMP	0
    67 done
wrote 3 bytes to 0x0
 00 67 00
funcpctab main.down [valfunc=pctoinline]
     0     -1 00000 (panic_deep_unrecovered.go:5)	TEXT	main.down(SB), ABIInternal, $40-16
     0        00000 (panic_deep_unrecovered.go:5)	TEXT	main.down(SB), ABIInternal, $40-16
     0     -1 00000 (panic_deep_unrecovered.go:5)	CMPQ	SP, 16(R14)
     4        00004 (panic_deep_unrecovered.go:5)	PCDATA	$0, $-2
     4        00004 (panic_deep_unrecovered.go:5)	JLS	87
     6        00006 (panic_deep_unrecovered.go:5)	PCDATA	$0, $-1
     6        00006 (panic_deep_unrecovered.go:5)	PUSHQ	BP
     7        00007 (panic_deep_unrecovered.go:5)	MOVQ	SP, BP
     a        00010 (panic_deep_unrecovered.go:5)	SUBQ	$32, SP
     e        00014 (panic_deep_unrecovered.go:5)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
     e        00014 (panic_deep_unrecovered.go:5)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (panic_deep_unrecovered.go:5)	FUNCDATA	$5, main.down.arginfo1(SB)
     e        00014 (panic_deep_unrecovered.go:5)	FUNCDATA	$6, main.down.argliveinfo(SB)
     e        00014 (panic_deep_unrecovered.go:5)	PCDATA	$3, $1
     e        00014 (panic_deep_unrecovered.go:6)	TESTQ	AX, AX
    11        00017 (panic_deep_unrecovered.go:6)	JNE	70
    13        00019 (panic_deep_unrecovered.go:6)	MOVQ	AX, main.n+48(SP)
    18        00024 (panic_deep_unrecovered.go:6)	MOVQ	BX, main.m+56(SP)
    1d        00029 (panic_deep_unrecovered.go:6)	PCDATA	$3, $-1
    1d        00029 (panic_deep_unrecovered.go:7)	LEAQ	type:map[string]int(SB), AX
    24        00036 (panic_deep_unrecovered.go:7)	LEAQ	go:string."x"(SB), CX
    2b        00043 (panic_deep_unrecovered.go:7)	MOVL	$1, DI
    30        00048 (panic_deep_unrecovered.go:7)	PCDATA	$1, $0
    30        00048 (panic_deep_unrecovered.go:7)	CALL	runtime.mapassign_faststr(SB)
    35        00053 (panic_deep_unrecovered.go:7)	MOVQ	$1, (AX)
    3c        00060 (panic_deep_unrecovered.go:9)	MOVQ	main.n+48(SP), AX
    41        00065 (panic_deep_unrecovered.go:9)	MOVQ	main.m+56(SP), BX
    46        00070 (panic_deep_unrecovered.go:7)	PCDATA	$3, $1
    46        00070 (panic_deep_unrecovered.go:9)	DECQ	AX
    49        00073 (panic_deep_unrecovered.go:9)	PCDATA	$1, $1
    49        00073 (panic_deep_unrecovered.go:9)	CALL	main.down(SB)
    4e        00078 (panic_deep_unrecovered.go:9)	INCQ	AX
    51        00081 (panic_deep_unrecovered.go:9)	ADDQ	$32, SP
    55        00085 (panic_deep_unrecovered.go:9)	POPQ	BP
    56        00086 (panic_deep_unrecovered.go:9)	RET
    57        00087 (panic_deep_unrecovered.go:9)	NOP
    57        00087 (panic_deep_unrecovered.go:5)	PCDATA	$1, $-1
    57        00087 (panic_deep_unrecovered.go:5)	PCDATA	$0, $-2
    57        00087 (panic_deep_unrecovered.go:5)	MOVQ	AX, 8(SP)
    5c        00092 (panic_deep_unrecovered.go:5)	MOVQ	BX, 16(SP)
    61        00097 (panic_deep_unrecovered.go:5)	CALL	runtime.morestack_noctxt(SB)
    66        00102 (panic_deep_unrecovered.go:5)	PCDATA	$0, $-1
    66        00102 (panic_deep_unrecovered.go:5)	MOVQ	8(SP), AX
    6b        00107 (panic_deep_unrecovered.go:5)	MOVQ	16(SP), BX
    70        00112 (panic_deep_unrecovered.go:5)	JMP	0
    72 done
wrote 3 bytes to 0x0
 00 72 00
main.down STEXT size=114 align=0x0 args=0x10 locals=0x28 funcid=0x0
	0x0000 00000 (panic_deep_unrecovered.go:5)	TEXT	main.down(SB), ABIInternal, $40-16
	0x0000 00000 (panic_deep_unrecovered.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_deep_unrecovered.go:5)	PCDATA	$0, $-2
	0x0004 00004 (panic_deep_unrecovered.go:5)	JLS	87
	0x0006 00006 (panic_deep_unrecovered.go:5)	PCDATA	$0, $-1
	0x0006 00006 (panic_deep_unrecovered.go:5)	PUSHQ	BP
	0x0007 00007 (panic_deep_unrecovered.go:5)	MOVQ	SP, BP
	0x000a 00010 (panic_deep_unrecovered.go:5)	SUBQ	$32, SP
	0x000e 00014 (panic_deep_unrecovered.go:5)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x000e 00014 (panic_deep_unrecovered.go:5)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (panic_deep_unrecovered.go:5)	FUNCDATA	$5, main.down.arginfo1(SB)
	0x000e 00014 (panic_deep_unrecovered.go:5)	FUNCDATA	$6, main.down.argliveinfo(SB)
	0x000e 00014 (panic_deep_unrecovered.go:5)	PCDATA	$3, $1
	0x000e 00014 (panic_deep_unrecovered.go:6)	TESTQ	AX, AX
	0x0011 00017 (panic_deep_unrecovered.go:6)	JNE	70
	0x0013 00019 (panic_deep_unrecovered.go:6)	MOVQ	AX, main.n+48(SP)
	0x0018 00024 (panic_deep_unrecovered.go:6)	MOVQ	BX, main.m+56(SP)
	0x001d 00029 (panic_deep_unrecovered.go:6)	PCDATA	$3, $-1
	0x001d 00029 (panic_deep_unrecovered.go:7)	LEAQ	type:map[string]int(SB), AX
	0x0024 00036 (panic_deep_unrecovered.go:7)	LEAQ	go:string."x"(SB), CX
	0x002b 00043 (panic_deep_unrecovered.go:7)	MOVL	$1, DI
	0x0030 00048 (panic_deep_unrecovered.go:7)	PCDATA	$1, $0
	0x0030 00048 (panic_deep_unrecovered.go:7)	CALL	runtime.mapassign_faststr(SB)
	0x0035 00053 (panic_deep_unrecovered.go:7)	MOVQ	$1, (AX)
	0x003c 00060 (panic_deep_unrecovered.go:9)	MOVQ	main.n+48(SP), AX
	0x0041 00065 (panic_deep_unrecovered.go:9)	MOVQ	main.m+56(SP), BX
	0x0046 00070 (panic_deep_unrecovered.go:7)	PCDATA	$3, $1
	0x0046 00070 (panic_deep_unrecovered.go:9)	DECQ	AX
	0x0049 00073 (panic_deep_unrecovered.go:9)	PCDATA	$1, $1
	0x0049 00073 (panic_deep_unrecovered.go:9)	CALL	main.down(SB)
	0x004e 00078 (panic_deep_unrecovered.go:9)	INCQ	AX
	0x0051 00081 (panic_deep_unrecovered.go:9)	ADDQ	$32, SP
	0x0055 00085 (panic_deep_unrecovered.go:9)	POPQ	BP
	0x0056 00086 (panic_deep_unrecovered.go:9)	RET
	0x0057 00087 (panic_deep_unrecovered.go:9)	NOP
	0x0057 00087 (panic_deep_unrecovered.go:5)	PCDATA	$1, $-1
	0x0057 00087 (panic_deep_unrecovered.go:5)	PCDATA	$0, $-2
	0x0057 00087 (panic_deep_unrecovered.go:5)	MOVQ	AX, 8(SP)
	0x005c 00092 (panic_deep_unrecovered.go:5)	MOVQ	BX, 16(SP)
	0x0061 00097 (panic_deep_unrecovered.go:5)	CALL	runtime.morestack_noctxt(SB)
	0x0066 00102 (panic_deep_unrecovered.go:5)	PCDATA	$0, $-1
	0x0066 00102 (panic_deep_unrecovered.go:5)	MOVQ	8(SP), AX
	0x006b 00107 (panic_deep_unrecovered.go:5)	MOVQ	16(SP), BX
	0x0070 00112 (panic_deep_unrecovered.go:5)	JMP	0
	0x0000 49 3b 66 10 76 51 55 48 89 e5 48 83 ec 20 48 85  I;f.vQUH..H.. H.
	0x0010 c0 75 33 48 89 44 24 30 48 89 5c 24 38 48 8d 05  .u3H.D$0H.\$8H..
	0x0020 00 00 00 00 48 8d 0d 00 00 00 00 bf 01 00 00 00  ....H...........
	0x0030 e8 00 00 00 00 48 c7 00 01 00 00 00 48 8b 44 24  .....H......H.D$
	0x0040 30 48 8b 5c 24 38 48 ff c8 e8 00 00 00 00 48 ff  0H.\$8H.......H.
	0x0050 c0 48 83 c4 20 5d c3 48 89 44 24 08 48 89 5c 24  .H.. ].H.D$.H.\$
	0x0060 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10  ......H.D$.H.\$.
	0x0070 eb 8e                                            ..
	rel 32+4 t=R_PCREL type:map[string]int+0
	rel 39+4 t=R_PCREL go:string."x"+0
	rel 49+4 t=R_CALL runtime.mapassign_faststr+0
	rel 74+4 t=R_CALL main.down+0
	rel 98+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=103 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (panic_deep_unrecovered.go:12)	TEXT	main.main(SB), ABIInternal, $32-0
	0x0000 00000 (panic_deep_unrecovered.go:12)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_deep_unrecovered.go:12)	PCDATA	$0, $-2
	0x0004 00004 (panic_deep_unrecovered.go:12)	JLS	95
	0x0006 00006 (panic_deep_unrecovered.go:12)	PCDATA	$0, $-1
	0x0006 00006 (panic_deep_unrecovered.go:12)	PUSHQ	BP
	0x0007 00007 (panic_deep_unrecovered.go:12)	MOVQ	SP, BP
	0x000a 00010 (panic_deep_unrecovered.go:12)	SUBQ	$24, SP
	0x000e 00014 (panic_deep_unrecovered.go:12)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_deep_unrecovered.go:12)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (panic_deep_unrecovered.go:13)	PCDATA	$1, $0
	0x000e 00014 (panic_deep_unrecovered.go:13)	CALL	runtime.printlock(SB)
	0x0013 00019 (panic_deep_unrecovered.go:13)	LEAQ	go:string."start\n"(SB), AX
	0x001a 00026 (panic_deep_unrecovered.go:13)	MOVL	$6, BX
	0x001f 00031 (panic_deep_unrecovered.go:13)	NOP
	0x0020 00032 (panic_deep_unrecovered.go:13)	CALL	runtime.printstring(SB)
	0x0025 00037 (panic_deep_unrecovered.go:13)	CALL	runtime.printunlock(SB)
	0x002a 00042 (panic_deep_unrecovered.go:14)	MOVL	$1000, AX
	0x002f 00047 (panic_deep_unrecovered.go:14)	XORL	BX, BX
	0x0031 00049 (panic_deep_unrecovered.go:14)	CALL	main.down(SB)
	0x0036 00054 (panic_deep_unrecovered.go:14)	MOVQ	AX, main..autotmp_1+16(SP)
	0x003b 00059 (panic_deep_unrecovered.go:14)	NOP
	0x0040 00064 (panic_deep_unrecovered.go:14)	CALL	runtime.printlock(SB)
	0x0045 00069 (panic_deep_unrecovered.go:14)	MOVQ	main..autotmp_1+16(SP), AX
	0x004a 00074 (panic_deep_unrecovered.go:14)	CALL	runtime.printint(SB)
	0x004f 00079 (panic_deep_unrecovered.go:14)	CALL	runtime.printnl(SB)
	0x0054 00084 (panic_deep_unrecovered.go:14)	CALL	runtime.printunlock(SB)
	0x0059 00089 (panic_deep_unrecovered.go:15)	ADDQ	$24, SP
	0x005d 00093 (panic_deep_unrecovered.go:15)	POPQ	BP
	0x005e 00094 (panic_deep_unrecovered.go:15)	RET
	0x005f 00095 (panic_deep_unrecovered.go:15)	NOP
	0x005f 00095 (panic_deep_unrecovered.go:12)	PCDATA	$1, $-1
	0x005f 00095 (panic_deep_unrecovered.go:12)	PCDATA	$0, $-2
	0x005f 00095 (panic_deep_unrecovered.go:12)	NOP
	0x0060 00096 (panic_deep_unrecovered.go:12)	CALL	runtime.morestack_noctxt(SB)
	0x0065 00101 (panic_deep_unrecovered.go:12)	PCDATA	$0, $-1
	0x0065 00101 (panic_deep_unrecovered.go:12)	JMP	0
	0x0000 49 3b 66 10 76 59 55 48 89 e5 48 83 ec 18 e8 00  I;f.vYUH..H.....
	0x0010 00 00 00 48 8d 05 00 00 00 00 bb 06 00 00 00 90  ...H............
	0x0020 e8 00 00 00 00 e8 00 00 00 00 b8 e8 03 00 00 31  ...............1
	0x0030 db e8 00 00 00 00 48 89 44 24 10 0f 1f 44 00 00  ......H.D$...D..
	0x0040 e8 00 00 00 00 48 8b 44 24 10 e8 00 00 00 00 e8  .....H.D$.......
	0x0050 00 00 00 00 e8 00 00 00 00 48 83 c4 18 5d c3 90  .........H...]..
	0x0060 e8 00 00 00 00 eb 99                             .......
	rel 15+4 t=R_CALL runtime.printlock+0
	rel 22+4 t=R_PCREL go:string."start\n"+0
	rel 33+4 t=R_CALL runtime.printstring+0
	rel 38+4 t=R_CALL runtime.printunlock+0
	rel 50+4 t=R_CALL main.down+0
	rel 65+4 t=R_CALL runtime.printlock+0
	rel 75+4 t=R_CALL runtime.printint+0
	rel 80+4 t=R_CALL runtime.printnl+0
	rel 85+4 t=R_CALL runtime.printunlock+0
	rel 97+4 t=R_CALL runtime.morestack_noctxt+0
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
type:.namedata.*map[string]int- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 6d 61 70 5b 73 74 72 69 6e 67 5d 69 6e  ..*map[string]in
	0x0010 74                                               t
type:*map[string]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 71 01 0c 2c 28 08 08 16 00 00 00 00 00 00 00 00  q..,(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[string]int-+0
	rel 48+8 t=R_ADDR type:map[string]int+0
type:.namedata.*map.group[string]int- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 6d 61 70 2e 67 72 6f 75 70 5b 73 74 72  ..*map.group[str
	0x0010 69 6e 67 5d 69 6e 74                             ing]int
type:noalg.*map.group[string]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d6 22 5d 15 20 08 08 16 00 00 00 00 00 00 00 00  ."]. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[string]int-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[string]int+0
runtime.gcbits.9224490000000000 SRODATA dupok size=8 align=0x8
	0x0000 92 24 49 00 00 00 00 00                          .$I.....
type:.namedata.*[8]struct { key string; elem int }- SRODATA dupok size=37 align=0x1
	0x0000 00 23 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .#*[8]struct { k
	0x0010 65 79 20 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20  ey string; elem 
	0x0020 69 6e 74 20 7d                                   int }
type:noalg.*[8]struct { key string; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d9 db f8 4f 20 08 08 16 00 00 00 00 00 00 00 00  ...O ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key string; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key string; elem int }+0
runtime.gcbits.4992240000000000 SRODATA dupok size=8 align=0x8
	0x0000 49 92 24 00 00 00 00 00                          I.$.....
type:.namedata.*struct { key string; elem int }- SRODATA dupok size=34 align=0x1
	0x0000 00 20 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  . *struct { key 
	0x0010 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20 69 6e 74  string; elem int
	0x0020 20 7d                                             }
type:noalg.*struct { key string; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a5 29 d2 a0 20 08 08 16 00 00 00 00 00 00 00 00  .).. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key string; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem int }+0
type:.importpath.. SRODATA dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.namedata.key- SRODATA dupok size=5 align=0x1
	0x0000 00 03 6b 65 79                                   ..key
type:.namedata.elem- SRODATA dupok size=6 align=0x1
	0x0000 00 04 65 6c 65 6d                                ..elem
type:noalg.struct { key string; elem int } SRODATA dupok size=128 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 27 5f 86 81 02 08 08 19 00 00 00 00 00 00 00 00  '_..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key string; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key string; elem int }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key string; elem int }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:string+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:int+0
type:.namedata.*[]struct { key string; elem int }- SRODATA dupok size=36 align=0x1
	0x0000 00 22 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  ."*[]struct { ke
	0x0010 79 20 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20 69  y string; elem i
	0x0020 6e 74 20 7d                                      nt }
type:*[]struct { key string; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 db c0 b2 af 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key string; elem int }-+0
	rel 48+8 t=R_ADDR type:[]struct { key string; elem int }+0
type:[]struct { key string; elem int } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 36 77 4d 9b 02 08 08 17 00 00 00 00 00 00 00 00  6wM.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key string; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key string; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem int }+0
type:noalg.[8]struct { key string; elem int } SRODATA dupok size=72 align=0x8
	0x0000 c0 00 00 00 00 00 00 00 b0 00 00 00 00 00 00 00  ................
	0x0010 55 f8 4c 78 02 08 08 11 00 00 00 00 00 00 00 00  U.Lx............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.4992240000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key string; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key string; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem int }+0
	rel 56+8 t=R_ADDR type:[]struct { key string; elem int }+0
type:.namedata.ctrl- SRODATA dupok size=6 align=0x1
	0x0000 00 04 63 74 72 6c                                ..ctrl
type:.namedata.slots- SRODATA dupok size=7 align=0x1
	0x0000 00 05 73 6c 6f 74 73                             ..slots
type:noalg.map.group[string]int SRODATA dupok size=128 align=0x8
	0x0000 c8 00 00 00 00 00 00 00 b8 00 00 00 00 00 00 00  ................
	0x0010 e5 8e 87 de 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.9224490000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[string]int-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[string]int+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[string]int+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key string; elem int }+0
runtime.strhash·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.strhash+0
type:map[string]int SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3d 0e e0 31 22 08 08 15 00 00 00 00 00 00 00 00  =..1"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 c8 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 18 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0070 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0080 01 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[string]int-+0
	rel 44+4 t=RelocType(-32763) type:*map[string]int+0
	rel 48+8 t=R_ADDR type:string+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:noalg.map.group[string]int+0
	rel 72+8 t=R_ADDR runtime.strhash·f+0
go:string."x" SRODATA dupok size=1 align=0x1
	0x0000 78                                               x
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
main.down.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
