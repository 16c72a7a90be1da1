funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (panic_nil_deref_unrecovered.go:17)	TEXT	main.main(SB), ABIInternal, $80-0
     0        00000 (panic_nil_deref_unrecovered.go:17)	TEXT	main.main(SB), ABIInternal, $80-0
     0     -1 00000 (panic_nil_deref_unrecovered.go:17)	CMPQ	SP, 16(R14)
     4        00004 (panic_nil_deref_unrecovered.go:17)	PCDATA	$0, $-2
     4        00004 (panic_nil_deref_unrecovered.go:17)	JLS	255
     a        00010 (panic_nil_deref_unrecovered.go:17)	PCDATA	$0, $-1
     a        00010 (panic_nil_deref_unrecovered.go:17)	PUSHQ	BP
     b        00011 (panic_nil_deref_unrecovered.go:17)	MOVQ	SP, BP
     e        00014 (panic_nil_deref_unrecovered.go:17)	SUBQ	$72, SP
    12        00018 (panic_nil_deref_unrecovered.go:17)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (panic_nil_deref_unrecovered.go:17)	FUNCDATA	$1, gclocals·MtgOUTy92kXeBoF4Zsl8QQ==(SB)
    12        00018 (panic_nil_deref_unrecovered.go:17)	FUNCDATA	$2, main.main.stkobj(SB)
    12        00018 (panic_nil_deref_unrecovered.go:18)	MOVQ	$0, main..autotmp_3+56(SP)
    1b        00027 (panic_nil_deref_unrecovered.go:18)	MOVUPS	X15, main..autotmp_5+24(SP)
    21        00033 (panic_nil_deref_unrecovered.go:18)	MOVQ	$1, main..autotmp_5+40(SP)
    2a        00042 (panic_nil_deref_unrecovered.go:18)	LEAQ	main..autotmp_5+24(SP), CX
    2f        00047 (panic_nil_deref_unrecovered.go:18)	MOVQ	CX, main..autotmp_3+48(SP)
    34        00052 (panic_nil_deref_unrecovered.go:18)	MOVQ	$2, main..autotmp_3+64(SP)
    3d        00061 (panic_nil_deref_unrecovered.go:19)	LEAQ	main..autotmp_3+48(SP), AX
    42        00066 (panic_nil_deref_unrecovered.go:19)	PCDATA	$1, $1
    42        00066 (panic_nil_deref_unrecovered.go:19)	CALL	main.leftmost(SB)
    47        00071 (panic_nil_deref_unrecovered.go:19)	MOVQ	AX, main..autotmp_8+16(SP)
    4c        00076 (panic_nil_deref_unrecovered.go:19)	CALL	runtime.printlock(SB)
    51        00081 (panic_nil_deref_unrecovered.go:19)	LEAQ	go:string."leftmost "(SB), AX
    58        00088 (panic_nil_deref_unrecovered.go:19)	MOVL	$9, BX
    5d        00093 (panic_nil_deref_unrecovered.go:19)	NOP
    60        00096 (panic_nil_deref_unrecovered.go:19)	CALL	runtime.printstring(SB)
    65        00101 (panic_nil_deref_unrecovered.go:19)	MOVQ	main..autotmp_8+16(SP), AX
    6a        00106 (panic_nil_deref_unrecovered.go:19)	CALL	runtime.printint(SB)
    6f        00111 (panic_nil_deref_unrecovered.go:19)	CALL	runtime.printnl(SB)
    74        00116 (panic_nil_deref_unrecovered.go:19)	CALL	runtime.printunlock(SB)
    79        00121 (panic_nil_deref_unrecovered.go:20)	MOVQ	main..autotmp_3+48(SP), AX
    7e        00126 (panic_nil_deref_unrecovered.go:20)	NOP
    80        00128 (panic_nil_deref_unrecovered.go:20)	CALL	main.leftmost(SB)
    85        00133 (panic_nil_deref_unrecovered.go:20)	MOVQ	AX, main..autotmp_8+16(SP)
    8a        00138 (panic_nil_deref_unrecovered.go:20)	CALL	runtime.printlock(SB)
    8f        00143 (panic_nil_deref_unrecovered.go:20)	LEAQ	go:string."leftmost "(SB), AX
    96        00150 (panic_nil_deref_unrecovered.go:20)	MOVL	$9, BX
    9b        00155 (panic_nil_deref_unrecovered.go:20)	NOP
    a0        00160 (panic_nil_deref_unrecovered.go:20)	CALL	runtime.printstring(SB)
    a5        00165 (panic_nil_deref_unrecovered.go:20)	MOVQ	main..autotmp_8+16(SP), AX
    aa        00170 (panic_nil_deref_unrecovered.go:20)	CALL	runtime.printint(SB)
    af        00175 (panic_nil_deref_unrecovered.go:20)	CALL	runtime.printnl(SB)
    b4        00180 (panic_nil_deref_unrecovered.go:20)	CALL	runtime.printunlock(SB)
    b9        00185 (panic_nil_deref_unrecovered.go:21)	MOVQ	main..autotmp_3+56(SP), AX
    be        00190 (panic_nil_deref_unrecovered.go:21)	PCDATA	$1, $0
    be        00190 (panic_nil_deref_unrecovered.go:21)	NOP
    c0        00192 (panic_nil_deref_unrecovered.go:21)	CALL	main.leftmost(SB)
    c5        00197 (panic_nil_deref_unrecovered.go:21)	MOVQ	AX, main..autotmp_8+16(SP)
    ca        00202 (panic_nil_deref_unrecovered.go:21)	CALL	runtime.printlock(SB)
    cf        00207 (panic_nil_deref_unrecovered.go:21)	LEAQ	go:string."leftmost "(SB), AX
    d6        00214 (panic_nil_deref_unrecovered.go:21)	MOVL	$9, BX
    db        00219 (panic_nil_deref_unrecovered.go:21)	NOP
    e0        00224 (panic_nil_deref_unrecovered.go:21)	CALL	runtime.printstring(SB)
    e5        00229 (panic_nil_deref_unrecovered.go:21)	MOVQ	main..autotmp_8+16(SP), AX
    ea        00234 (panic_nil_deref_unrecovered.go:21)	CALL	runtime.printint(SB)
    ef        00239 (panic_nil_deref_unrecovered.go:21)	CALL	runtime.printnl(SB)
    f4        00244 (panic_nil_deref_unrecovered.go:21)	CALL	runtime.printunlock(SB)
    f9        00249 (panic_nil_deref_unrecovered.go:22)	ADDQ	$72, SP
    fd        00253 (panic_nil_deref_unrecovered.go:22)	POPQ	BP
    fe        00254 (panic_nil_deref_unrecovered.go:22)	RET
    ff        00255 (panic_nil_deref_unrecovered.go:22)	NOP
    ff        00255 (panic_nil_deref_unrecovered.go:17)	PCDATA	$1, $-1
    ff        00255 (panic_nil_deref_unrecovered.go:17)	PCDATA	$0, $-2
    ff        00255 (panic_nil_deref_unrecovered.go:17)	NOP
   100        00256 (panic_nil_deref_unrecovered.go:17)	CALL	runtime.morestack_noctxt(SB)
   105        00261 (panic_nil_deref_unrecovered.go:17)	PCDATA	$0, $-1
   105        00261 (panic_nil_deref_unrecovered.go:17)	JMP	0
   10a done
wrote 4 bytes to 0x0
 00 8a 02 00
funcpctab main.leftmost [valfunc=pctoinline]
     0     -1 00000 (panic_nil_deref_unrecovered.go:10)	TEXT	main.leftmost(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (panic_nil_deref_unrecovered.go:10)	TEXT	main.leftmost(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (panic_nil_deref_unrecovered.go:10)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (panic_nil_deref_unrecovered.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (panic_nil_deref_unrecovered.go:10)	FUNCDATA	$5, main.leftmost.arginfo1(SB)
     0        00000 (panic_nil_deref_unrecovered.go:10)	FUNCDATA	$6, main.leftmost.argliveinfo(SB)
     0        00000 (panic_nil_deref_unrecovered.go:10)	PCDATA	$3, $1
     0     -1 00000 (panic_nil_deref_unrecovered.go:11)	JMP	5
     2        00002 (panic_nil_deref_unrecovered.go:11)	MOVQ	CX, AX
     5        00005 (panic_nil_deref_unrecovered.go:11)	MOVQ	(AX), CX
     8        00008 (panic_nil_deref_unrecovered.go:11)	TESTQ	CX, CX
     b        00011 (panic_nil_deref_unrecovered.go:11)	JNE	2
     d        00013 (panic_nil_deref_unrecovered.go:14)	MOVQ	16(AX), AX
    11        00017 (panic_nil_deref_unrecovered.go:14)	RET
    12 done
wrote 3 bytes to 0x0
 00 12 00
main.leftmost STEXT nosplit size=18 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (panic_nil_deref_unrecovered.go:10)	TEXT	main.leftmost(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (panic_nil_deref_unrecovered.go:10)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (panic_nil_deref_unrecovered.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (panic_nil_deref_unrecovered.go:10)	FUNCDATA	$5, main.leftmost.arginfo1(SB)
	0x0000 00000 (panic_nil_deref_unrecovered.go:10)	FUNCDATA	$6, main.leftmost.argliveinfo(SB)
	0x0000 00000 (panic_nil_deref_unrecovered.go:10)	PCDATA	$3, $1
	0x0000 00000 (panic_nil_deref_unrecovered.go:11)	JMP	5
	0x0002 00002 (panic_nil_deref_unrecovered.go:11)	MOVQ	CX, AX
	0x0005 00005 (panic_nil_deref_unrecovered.go:11)	MOVQ	(AX), CX
	0x0008 00008 (panic_nil_deref_unrecovered.go:11)	TESTQ	CX, CX
	0x000b 00011 (panic_nil_deref_unrecovered.go:11)	JNE	2
	0x000d 00013 (panic_nil_deref_unrecovered.go:14)	MOVQ	16(AX), AX
	0x0011 00017 (panic_nil_deref_unrecovered.go:14)	RET
	0x0000 eb 03 48 89 c8 48 8b 08 48 85 c9 75 f5 48 8b 40  ..H..H..H..u.H.@
	0x0010 10 c3                                            ..
main.main STEXT size=266 align=0x0 args=0x0 locals=0x50 funcid=0x0
	0x0000 00000 (panic_nil_deref_unrecovered.go:17)	TEXT	main.main(SB), ABIInternal, $80-0
	0x0000 00000 (panic_nil_deref_unrecovered.go:17)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_nil_deref_unrecovered.go:17)	PCDATA	$0, $-2
	0x0004 00004 (panic_nil_deref_unrecovered.go:17)	JLS	255
	0x000a 00010 (panic_nil_deref_unrecovered.go:17)	PCDATA	$0, $-1
	0x000a 00010 (panic_nil_deref_unrecovered.go:17)	PUSHQ	BP
	0x000b 00011 (panic_nil_deref_unrecovered.go:17)	MOVQ	SP, BP
	0x000e 00014 (panic_nil_deref_unrecovered.go:17)	SUBQ	$72, SP
	0x0012 00018 (panic_nil_deref_unrecovered.go:17)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (panic_nil_deref_unrecovered.go:17)	FUNCDATA	$1, gclocals·MtgOUTy92kXeBoF4Zsl8QQ==(SB)
	0x0012 00018 (panic_nil_deref_unrecovered.go:17)	FUNCDATA	$2, main.main.stkobj(SB)
	0x0012 00018 (panic_nil_deref_unrecovered.go:18)	MOVQ	$0, main..autotmp_3+56(SP)
	0x001b 00027 (panic_nil_deref_unrecovered.go:18)	MOVUPS	X15, main..autotmp_5+24(SP)
	0x0021 00033 (panic_nil_deref_unrecovered.go:18)	MOVQ	$1, main..autotmp_5+40(SP)
	0x002a 00042 (panic_nil_deref_unrecovered.go:18)	LEAQ	main..autotmp_5+24(SP), CX
	0x002f 00047 (panic_nil_deref_unrecovered.go:18)	MOVQ	CX, main..autotmp_3+48(SP)
	0x0034 00052 (panic_nil_deref_unrecovered.go:18)	MOVQ	$2, main..autotmp_3+64(SP)
	0x003d 00061 (panic_nil_deref_unrecovered.go:19)	LEAQ	main..autotmp_3+48(SP), AX
	0x0042 00066 (panic_nil_deref_unrecovered.go:19)	PCDATA	$1, $1
	0x0042 00066 (panic_nil_deref_unrecovered.go:19)	CALL	main.leftmost(SB)
	0x0047 00071 (panic_nil_deref_unrecovered.go:19)	MOVQ	AX, main..autotmp_8+16(SP)
	0x004c 00076 (panic_nil_deref_unrecovered.go:19)	CALL	runtime.printlock(SB)
	0x0051 00081 (panic_nil_deref_unrecovered.go:19)	LEAQ	go:string."leftmost "(SB), AX
	0x0058 00088 (panic_nil_deref_unrecovered.go:19)	MOVL	$9, BX
	0x005d 00093 (panic_nil_deref_unrecovered.go:19)	NOP
	0x0060 00096 (panic_nil_deref_unrecovered.go:19)	CALL	runtime.printstring(SB)
	0x0065 00101 (panic_nil_deref_unrecovered.go:19)	MOVQ	main..autotmp_8+16(SP), AX
	0x006a 00106 (panic_nil_deref_unrecovered.go:19)	CALL	runtime.printint(SB)
	0x006f 00111 (panic_nil_deref_unrecovered.go:19)	CALL	runtime.printnl(SB)
	0x0074 00116 (panic_nil_deref_unrecovered.go:19)	CALL	runtime.printunlock(SB)
	0x0079 00121 (panic_nil_deref_unrecovered.go:20)	MOVQ	main..autotmp_3+48(SP), AX
	0x007e 00126 (panic_nil_deref_unrecovered.go:20)	NOP
	0x0080 00128 (panic_nil_deref_unrecovered.go:20)	CALL	main.leftmost(SB)
	0x0085 00133 (panic_nil_deref_unrecovered.go:20)	MOVQ	AX, main..autotmp_8+16(SP)
	0x008a 00138 (panic_nil_deref_unrecovered.go:20)	CALL	runtime.printlock(SB)
	0x008f 00143 (panic_nil_deref_unrecovered.go:20)	LEAQ	go:string."leftmost "(SB), AX
	0x0096 00150 (panic_nil_deref_unrecovered.go:20)	MOVL	$9, BX
	0x009b 00155 (panic_nil_deref_unrecovered.go:20)	NOP
	0x00a0 00160 (panic_nil_deref_unrecovered.go:20)	CALL	runtime.printstring(SB)
	0x00a5 00165 (panic_nil_deref_unrecovered.go:20)	MOVQ	main..autotmp_8+16(SP), AX
	0x00aa 00170 (panic_nil_deref_unrecovered.go:20)	CALL	runtime.printint(SB)
	0x00af 00175 (panic_nil_deref_unrecovered.go:20)	CALL	runtime.printnl(SB)
	0x00b4 00180 (panic_nil_deref_unrecovered.go:20)	CALL	runtime.printunlock(SB)
	0x00b9 00185 (panic_nil_deref_unrecovered.go:21)	MOVQ	main..autotmp_3+56(SP), AX
	0x00be 00190 (panic_nil_deref_unrecovered.go:21)	PCDATA	$1, $0
	0x00be 00190 (panic_nil_deref_unrecovered.go:21)	NOP
	0x00c0 00192 (panic_nil_deref_unrecovered.go:21)	CALL	main.leftmost(SB)
	0x00c5 00197 (panic_nil_deref_unrecovered.go:21)	MOVQ	AX, main..autotmp_8+16(SP)
	0x00ca 00202 (panic_nil_deref_unrecovered.go:21)	CALL	runtime.printlock(SB)
	0x00cf 00207 (panic_nil_deref_unrecovered.go:21)	LEAQ	go:string."leftmost "(SB), AX
	0x00d6 00214 (panic_nil_deref_unrecovered.go:21)	MOVL	$9, BX
	0x00db 00219 (panic_nil_deref_unrecovered.go:21)	NOP
	0x00e0 00224 (panic_nil_deref_unrecovered.go:21)	CALL	runtime.printstring(SB)
	0x00e5 00229 (panic_nil_deref_unrecovered.go:21)	MOVQ	main..autotmp_8+16(SP), AX
	0x00ea 00234 (panic_nil_deref_unrecovered.go:21)	CALL	runtime.printint(SB)
	0x00ef 00239 (panic_nil_deref_unrecovered.go:21)	CALL	runtime.printnl(SB)
	0x00f4 00244 (panic_nil_deref_unrecovered.go:21)	CALL	runtime.printunlock(SB)
	0x00f9 00249 (panic_nil_deref_unrecovered.go:22)	ADDQ	$72, SP
	0x00fd 00253 (panic_nil_deref_unrecovered.go:22)	POPQ	BP
	0x00fe 00254 (panic_nil_deref_unrecovered.go:22)	RET
	0x00ff 00255 (panic_nil_deref_unrecovered.go:22)	NOP
	0x00ff 00255 (panic_nil_deref_unrecovered.go:17)	PCDATA	$1, $-1
	0x00ff 00255 (panic_nil_deref_unrecovered.go:17)	PCDATA	$0, $-2
	0x00ff 00255 (panic_nil_deref_unrecovered.go:17)	NOP
	0x0100 00256 (panic_nil_deref_unrecovered.go:17)	CALL	runtime.morestack_noctxt(SB)
	0x0105 00261 (panic_nil_deref_unrecovered.go:17)	PCDATA	$0, $-1
	0x0105 00261 (panic_nil_deref_unrecovered.go:17)	JMP	0
	0x0000 49 3b 66 10 0f 86 f5 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 48 48 c7 44 24 38 00 00 00 00 44 0f 11 7c 24  .HH.D$8....D..|$
	0x0020 18 48 c7 44 24 28 01 00 00 00 48 8d 4c 24 18 48  .H.D$(....H.L$.H
	0x0030 89 4c 24 30 48 c7 44 24 40 02 00 00 00 48 8d 44  .L$0H.D$@....H.D
	0x0040 24 30 e8 00 00 00 00 48 89 44 24 10 e8 00 00 00  $0.....H.D$.....
	0x0050 00 48 8d 05 00 00 00 00 bb 09 00 00 00 0f 1f 00  .H..............
	0x0060 e8 00 00 00 00 48 8b 44 24 10 e8 00 00 00 00 e8  .....H.D$.......
	0x0070 00 00 00 00 e8 00 00 00 00 48 8b 44 24 30 66 90  .........H.D$0f.
	0x0080 e8 00 00 00 00 48 89 44 24 10 e8 00 00 00 00 48  .....H.D$......H
	0x0090 8d 05 00 00 00 00 bb 09 00 00 00 0f 1f 44 00 00  .............D..
	0x00a0 e8 00 00 00 00 48 8b 44 24 10 e8 00 00 00 00 e8  .....H.D$.......
	0x00b0 00 00 00 00 e8 00 00 00 00 48 8b 44 24 38 66 90  .........H.D$8f.
	0x00c0 e8 00 00 00 00 48 89 44 24 10 e8 00 00 00 00 48  .....H.D$......H
	0x00d0 8d 05 00 00 00 00 bb 09 00 00 00 0f 1f 44 00 00  .............D..
	0x00e0 e8 00 00 00 00 48 8b 44 24 10 e8 00 00 00 00 e8  .....H.D$.......
	0x00f0 00 00 00 00 e8 00 00 00 00 48 83 c4 48 5d c3 90  .........H..H]..
	0x0100 e8 00 00 00 00 e9 f6 fe ff ff                    ..........
	rel 67+4 t=R_CALL main.leftmost+0
	rel 77+4 t=R_CALL runtime.printlock+0
	rel 84+4 t=R_PCREL go:string."leftmost "+0
	rel 97+4 t=R_CALL runtime.printstring+0
	rel 107+4 t=R_CALL runtime.printint+0
	rel 112+4 t=R_CALL runtime.printnl+0
	rel 117+4 t=R_CALL runtime.printunlock+0
	rel 129+4 t=R_CALL main.leftmost+0
	rel 139+4 t=R_CALL runtime.printlock+0
	rel 146+4 t=R_PCREL go:string."leftmost "+0
	rel 161+4 t=R_CALL runtime.printstring+0
	rel 171+4 t=R_CALL runtime.printint+0
	rel 176+4 t=R_CALL runtime.printnl+0
	rel 181+4 t=R_CALL runtime.printunlock+0
	rel 193+4 t=R_CALL main.leftmost+0
	rel 203+4 t=R_CALL runtime.printlock+0
	rel 210+4 t=R_PCREL go:string."leftmost "+0
	rel 225+4 t=R_CALL runtime.printstring+0
	rel 235+4 t=R_CALL runtime.printint+0
	rel 240+4 t=R_CALL runtime.printnl+0
	rel 245+4 t=R_CALL runtime.printunlock+0
	rel 257+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
type:.eqfunc.M24 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Tree. SRODATA dupok size=12 align=0x1
	0x0000 01 0a 2a 6d 61 69 6e 2e 54 72 65 65              ..*main.Tree
type:*main.Tree SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a2 d4 84 b6 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Tree.+0
	rel 48+8 t=R_ADDR type:main.Tree+0
runtime.gcbits.0300000000000000 SRODATA dupok size=8 align=0x8
	0x0000 03 00 00 00 00 00 00 00                          ........
type:.namedata.Left. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4c 65 66 74                                ..Left
type:.namedata.Right. SRODATA dupok size=7 align=0x1
	0x0000 01 05 52 69 67 68 74                             ..Right
type:.namedata.Val. SRODATA dupok size=5 align=0x1
	0x0000 01 03 56 61 6c                                   ..Val
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:main.Tree SRODATA size=168 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 e1 40 a7 27 0f 08 08 19 00 00 00 00 00 00 00 00  .@.'............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 58 00 00 00 00 00 00 00  ........X.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M24+0
	rel 32+8 t=R_ADDR runtime.gcbits.0300000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Tree.+0
	rel 44+4 t=R_ADDROFF type:*main.Tree+0
	rel 56+8 t=R_ADDR type:main.Tree+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.Left.+0
	rel 104+8 t=R_ADDR type:*main.Tree+0
	rel 120+8 t=R_ADDR type:.namedata.Right.+0
	rel 128+8 t=R_ADDR type:*main.Tree+0
	rel 144+8 t=R_ADDR type:.namedata.Val.+0
	rel 152+8 t=R_ADDR type:int+0
go:string."leftmost" SRODATA dupok size=8 align=0x1
	0x0000 6c 65 66 74 6d 6f 73 74                          leftmost
go:string."leftmost " SRODATA dupok size=9 align=0x1
	0x0000 6c 65 66 74 6d 6f 73 74 20                       leftmost 
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.leftmost.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.leftmost.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·MtgOUTy92kXeBoF4Zsl8QQ== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 06 00 00 00 00 18                    ..........
main.main.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 d0 ff ff ff 18 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00 e8 ff ff ff 18 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0300000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0300000000000000+0
