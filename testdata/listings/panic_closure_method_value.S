funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (panic_closure_method_value.go:21)	TEXT	main.main(SB), ABIInternal, $112-0
     0        00000 (panic_closure_method_value.go:21)	TEXT	main.main(SB), ABIInternal, $112-0
     0     -1 00000 (panic_closure_method_value.go:21)	CMPQ	SP, 16(R14)
     4        00004 (panic_closure_method_value.go:21)	PCDATA	$0, $-2
     4        00004 (panic_closure_method_value.go:21)	JLS	384
     a        00010 (panic_closure_method_value.go:21)	PCDATA	$0, $-1
     a        00010 (panic_closure_method_value.go:21)	PUSHQ	BP
     b        00011 (panic_closure_method_value.go:21)	MOVQ	SP, BP
     e        00014 (panic_closure_method_value.go:21)	SUBQ	$104, SP
    12        00018 (panic_closure_method_value.go:21)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (panic_closure_method_value.go:21)	FUNCDATA	$1, gclocals·5VlIHulmjZXLybuW+4WJgQ==(SB)
    12        00018 (panic_closure_method_value.go:21)	FUNCDATA	$2, main.main.stkobj(SB)
    12        00018 (panic_closure_method_value.go:22)	MOVQ	$0, main..autotmp_14+72(SP)
    1b        00027 (panic_closure_method_value.go:22)	MOVQ	$10, main..autotmp_14+80(SP)
    24        00036 (panic_closure_method_value.go:23)	LEAQ	main.(*counter).step-fm(SB), CX
    2b        00043 (panic_closure_method_value.go:23)	MOVQ	CX, main..autotmp_16+88(SP)
    30        00048 (panic_closure_method_value.go:23)	LEAQ	main..autotmp_14+72(SP), CX
    35        00053 (panic_closure_method_value.go:23)	MOVQ	CX, main..autotmp_16+96(SP)
    3a        00058 (panic_closure_method_value.go:24)	MOVQ	$1, main..autotmp_18+48(SP)
    43        00067 (panic_closure_method_value.go:24)	MOVQ	$2, main..autotmp_18+56(SP)
    4c        00076 (panic_closure_method_value.go:24)	MOVQ	$3, main..autotmp_18+64(SP)
    55        00085 (<unknown line number>)	NOP
    55        00085 (panic_closure_method_value.go:24)	XORL	AX, AX
    57      0 00087 (panic_closure_method_value.go:24)	JMP	120
    59        00089 (panic_closure_method_value.go:24)	MOVQ	AX, main..autotmp_35+16(SP)
    5e        00094 (panic_closure_method_value.go:24)	MOVQ	main..autotmp_18+48(SP)(AX*8), AX
    63      1 00099 (panic_closure_method_value.go:24)	MOVQ	main..autotmp_16+88(SP), CX
    68      0 00104 (panic_closure_method_value.go:24)	XCHGL	AX, AX
    69      1 00105 (panic_closure_method_value.go:24)	LEAQ	main..autotmp_16+88(SP), DX
    6e        00110 (panic_closure_method_value.go:24)	PCDATA	$1, $1
    6e        00110 (panic_closure_method_value.go:24)	CALL	CX
    70      0 00112 (panic_closure_method_value.go:24)	MOVQ	main..autotmp_35+16(SP), AX
    75        00117 (panic_closure_method_value.go:24)	INCQ	AX
    78        00120 (panic_closure_method_value.go:24)	CMPQ	AX, $3
    7c        00124 (panic_closure_method_value.go:24)	JLT	89
    7e     -1 00126 (panic_closure_method_value.go:25)	MOVQ	main..autotmp_14+72(SP), AX
    83        00131 (panic_closure_method_value.go:25)	MOVQ	AX, main..autotmp_35+16(SP)
    88        00136 (panic_closure_method_value.go:25)	CALL	runtime.printlock(SB)
    8d        00141 (panic_closure_method_value.go:25)	LEAQ	go:string."after first pass "(SB), AX
    94        00148 (panic_closure_method_value.go:25)	MOVL	$17, BX
    99        00153 (panic_closure_method_value.go:25)	CALL	runtime.printstring(SB)
    9e        00158 (panic_closure_method_value.go:25)	MOVQ	main..autotmp_35+16(SP), AX
    a3        00163 (panic_closure_method_value.go:25)	CALL	runtime.printint(SB)
    a8        00168 (panic_closure_method_value.go:25)	CALL	runtime.printnl(SB)
    ad        00173 (panic_closure_method_value.go:25)	CALL	runtime.printunlock(SB)
    b2      2 00178 (panic_closure_method_value.go:27)	MOVQ	main..autotmp_14+72(SP), AX
    b7        00183 (panic_closure_method_value.go:27)	INCQ	AX
    ba     -1 00186 (panic_closure_method_value.go:27)	XCHGL	AX, AX
    bb      2 00187 (panic_closure_method_value.go:27)	MOVQ	AX, main..autotmp_14+72(SP)
    c0        00192 (panic_closure_method_value.go:27)	CMPQ	main..autotmp_14+80(SP), AX
    c5        00197 (panic_closure_method_value.go:27)	JLT	363
    cb        00203 (panic_closure_method_value.go:27)	MOVQ	AX, main..autotmp_35+16(SP)
    d0     -1 00208 (panic_closure_method_value.go:28)	CALL	runtime.printlock(SB)
    d5        00213 (panic_closure_method_value.go:28)	LEAQ	go:string."after method expression "(SB), AX
    dc        00220 (panic_closure_method_value.go:28)	MOVL	$24, BX
    e1        00225 (panic_closure_method_value.go:28)	CALL	runtime.printstring(SB)
    e6        00230 (panic_closure_method_value.go:28)	MOVQ	main..autotmp_35+16(SP), AX
    eb        00235 (panic_closure_method_value.go:28)	CALL	runtime.printint(SB)
    f0        00240 (panic_closure_method_value.go:28)	CALL	runtime.printnl(SB)
    f5        00245 (panic_closure_method_value.go:28)	CALL	runtime.printunlock(SB)
    fa        00250 (panic_closure_method_value.go:29)	MOVQ	$1, main..autotmp_26+24(SP)
   103        00259 (panic_closure_method_value.go:29)	MOVQ	$2, main..autotmp_26+32(SP)
   10c        00268 (panic_closure_method_value.go:29)	MOVQ	$3, main..autotmp_26+40(SP)
   115        00277 (<unknown line number>)	NOP
   115        00277 (panic_closure_method_value.go:29)	XORL	AX, AX
   117      3 00279 (panic_closure_method_value.go:29)	JMP	320
   119        00281 (panic_closure_method_value.go:29)	MOVQ	AX, main..autotmp_35+16(SP)
   11e        00286 (panic_closure_method_value.go:29)	MOVQ	main..autotmp_26+24(SP)(AX*8), CX
   123      5 00291 (panic_closure_method_value.go:29)	MOVQ	main..autotmp_16+88(SP), BX
   128        00296 (panic_closure_method_value.go:29)	LEAQ	(CX)(CX*1), AX
   12c      3 00300 (panic_closure_method_value.go:29)	XCHGL	AX, AX
   12d      4 00301 (panic_closure_method_value.go:29)	XCHGL	AX, AX
   12e      5 00302 (panic_closure_method_value.go:29)	LEAQ	main..autotmp_16+88(SP), DX
   133        00307 (panic_closure_method_value.go:29)	CALL	BX
   135      3 00309 (panic_closure_method_value.go:29)	MOVQ	main..autotmp_35+16(SP), AX
   13a        00314 (panic_closure_method_value.go:29)	INCQ	AX
   13d        00317 (panic_closure_method_value.go:29)	NOP
   140        00320 (panic_closure_method_value.go:29)	CMPQ	AX, $3
   144        00324 (panic_closure_method_value.go:29)	JLT	281
   146        00326 (panic_closure_method_value.go:30)	PCDATA	$1, $0
   146     -1 00326 (panic_closure_method_value.go:30)	CALL	runtime.printlock(SB)
   14b        00331 (panic_closure_method_value.go:30)	LEAQ	go:string."not reached\n"(SB), AX
   152        00338 (panic_closure_method_value.go:30)	MOVL	$12, BX
   157        00343 (panic_closure_method_value.go:30)	CALL	runtime.printstring(SB)
   15c        00348 (panic_closure_method_value.go:30)	NOP
   160        00352 (panic_closure_method_value.go:30)	CALL	runtime.printunlock(SB)
   165        00357 (panic_closure_method_value.go:31)	ADDQ	$104, SP
   169        00361 (panic_closure_method_value.go:31)	POPQ	BP
   16a        00362 (panic_closure_method_value.go:31)	RET
   16b      2 00363 (panic_closure_method_value.go:27)	CALL	runtime.convT64(SB)
   170        00368 (panic_closure_method_value.go:27)	MOVQ	AX, BX
   173        00371 (panic_closure_method_value.go:27)	LEAQ	type:int(SB), AX
   17a        00378 (panic_closure_method_value.go:27)	CALL	runtime.gopanic(SB)
   17f        00383 (panic_closure_method_value.go:27)	XCHGL	AX, AX
   180        00384 (panic_closure_method_value.go:27)	NOP
   180        00384 (panic_closure_method_value.go:21)	PCDATA	$1, $-1
   180        00384 (panic_closure_method_value.go:21)	PCDATA	$0, $-2
   180     -1 00384 (panic_closure_method_value.go:21)	CALL	runtime.morestack_noctxt(SB)
   185        00389 (panic_closure_method_value.go:21)	PCDATA	$0, $-1
   185        00389 (panic_closure_method_value.go:21)	JMP	0
   18a done
wrote 41 bytes to 0x0
 00 57 02 0c 02 05 01 01 02 07 01 0e 01 34 06 08 05 01 06 15 05 47 08 0c 04 09 03 01 02 01 02 07 03 11 07 25 06 15 05 0a 00
-- inlining tree for main.main:
0 | -1 | main.apply (panic_closure_method_value.go:24:7) pc=58
1 | 0 | main.apply.func1#8Wum+mHaM5g=# (panic_closure_method_value.go:17:4) pc=104
2 | -1 | main.(*counter).step (panic_closure_method_value.go:27:6) pc=186
3 | -1 | main.apply (panic_closure_method_value.go:29:7) pc=250
4 | 3 | main.apply.func1#TvuX58xFILk=# (panic_closure_method_value.go:17:4) pc=300
5 | 4 | main.main.func1 (panic_closure_method_value.go:16:5) pc=301
--
funcpctab main.(*counter).step-fm [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*counter).step-fm(SB), DUPOK|WRAPPER|NEEDCTXT|ABIInternal, $24-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*counter).step-fm(SB), DUPOK|WRAPPER|NEEDCTXT|ABIInternal, $24-8
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	57
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$16, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*counter).step-fm.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*counter).step-fm.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	8(DX), CX
    12      0 00018 (<autogenerated>:1)	ADDQ	(CX), AX
    15        00021 (<unknown line number>)	NOP
    15        00021 (<autogenerated>:1)	MOVQ	AX, (CX)
    18        00024 (<autogenerated>:1)	CMPQ	8(CX), AX
    1c        00028 (<autogenerated>:1)	JLT	36
    1e     -1 00030 (<autogenerated>:1)	ADDQ	$16, SP
    22        00034 (<autogenerated>:1)	POPQ	BP
    23        00035 (<autogenerated>:1)	RET
    24        00036 (<autogenerated>:1)	PCDATA	$1, $0
    24      0 00036 (<autogenerated>:1)	CALL	runtime.convT64(SB)
    29        00041 (<autogenerated>:1)	MOVQ	AX, BX
    2c        00044 (<autogenerated>:1)	LEAQ	type:int(SB), AX
    33        00051 (<autogenerated>:1)	CALL	runtime.gopanic(SB)
    38        00056 (<autogenerated>:1)	XCHGL	AX, AX
    39        00057 (<autogenerated>:1)	NOP
    39        00057 (<autogenerated>:1)	PCDATA	$1, $-1
    39        00057 (<autogenerated>:1)	PCDATA	$0, $-2
    39     -1 00057 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    3e        00062 (<autogenerated>:1)	NOP
    40        00064 (<autogenerated>:1)	CALL	runtime.morestack(SB)
    45        00069 (<autogenerated>:1)	PCDATA	$0, $-1
    45        00069 (<autogenerated>:1)	MOVQ	8(SP), AX
    4a        00074 (<autogenerated>:1)	JMP	0
    4c done
wrote 11 bytes to 0x0
 00 12 02 0c 01 06 02 15 01 13 00
-- inlining tree for main.(*counter).step-fm:
0 | -1 | main.(*counter).step (<autogenerated>:1) pc=14
--
funcpctab main.apply [valfunc=pctoinline]
     0     -1 00000 (panic_closure_method_value.go:13)	TEXT	main.apply(SB), ABIInternal, $24-32
     0        00000 (panic_closure_method_value.go:13)	TEXT	main.apply(SB), ABIInternal, $24-32
     0     -1 00000 (panic_closure_method_value.go:13)	CMPQ	SP, 16(R14)
     4        00004 (panic_closure_method_value.go:13)	PCDATA	$0, $-2
     4        00004 (panic_closure_method_value.go:13)	JLS	89
     6        00006 (panic_closure_method_value.go:13)	PCDATA	$0, $-1
     6        00006 (panic_closure_method_value.go:13)	PUSHQ	BP
     7        00007 (panic_closure_method_value.go:13)	MOVQ	SP, BP
     a        00010 (panic_closure_method_value.go:13)	SUBQ	$16, SP
     e        00014 (panic_closure_method_value.go:13)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (panic_closure_method_value.go:13)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (panic_closure_method_value.go:13)	FUNCDATA	$5, main.apply.arginfo1(SB)
     e        00014 (panic_closure_method_value.go:13)	FUNCDATA	$6, main.apply.argliveinfo(SB)
     e        00014 (panic_closure_method_value.go:13)	PCDATA	$3, $1
     e        00014 (panic_closure_method_value.go:14)	MOVQ	AX, main.f+32(SP)
    13        00019 (panic_closure_method_value.go:14)	MOVQ	BX, main.xs+40(SP)
    18        00024 (panic_closure_method_value.go:14)	MOVQ	CX, main.xs+48(SP)
    1d        00029 (panic_closure_method_value.go:14)	PCDATA	$3, $2
    1d        00029 (panic_closure_method_value.go:14)	XORL	DX, DX
    1f        00031 (panic_closure_method_value.go:14)	NOP
    20        00032 (panic_closure_method_value.go:14)	JMP	78
    22        00034 (panic_closure_method_value.go:14)	MOVQ	DX, main..autotmp_6+8(SP)
    27        00039 (panic_closure_method_value.go:14)	MOVQ	(BX)(DX*8), CX
    2b      0 00043 (panic_closure_method_value.go:17)	MOVQ	(AX), BX
    2e     -1 00046 (panic_closure_method_value.go:17)	XCHGL	AX, AX
    2f      0 00047 (panic_closure_method_value.go:17)	MOVQ	AX, DX
    32        00050 (panic_closure_method_value.go:17)	MOVQ	CX, AX
    35        00053 (panic_closure_method_value.go:17)	PCDATA	$1, $0
    35        00053 (panic_closure_method_value.go:17)	CALL	BX
    37     -1 00055 (panic_closure_method_value.go:14)	MOVQ	main..autotmp_6+8(SP), DX
    3c        00060 (panic_closure_method_value.go:14)	INCQ	DX
    3f      0 00063 (panic_closure_method_value.go:17)	MOVQ	main.f+32(SP), AX
    44     -1 00068 (panic_closure_method_value.go:14)	MOVQ	main.xs+48(SP), CX
    49        00073 (panic_closure_method_value.go:14)	MOVQ	main.xs+40(SP), BX
    4e        00078 (panic_closure_method_value.go:14)	CMPQ	CX, DX
    51        00081 (panic_closure_method_value.go:14)	JGT	34
    53        00083 (panic_closure_method_value.go:19)	ADDQ	$16, SP
    57        00087 (panic_closure_method_value.go:19)	POPQ	BP
    58        00088 (panic_closure_method_value.go:19)	RET
    59        00089 (panic_closure_method_value.go:19)	NOP
    59        00089 (panic_closure_method_value.go:13)	PCDATA	$1, $-1
    59        00089 (panic_closure_method_value.go:13)	PCDATA	$0, $-2
    59        00089 (panic_closure_method_value.go:13)	MOVQ	AX, 8(SP)
    5e        00094 (panic_closure_method_value.go:13)	MOVQ	BX, 16(SP)
    63        00099 (panic_closure_method_value.go:13)	MOVQ	CX, 24(SP)
    68        00104 (panic_closure_method_value.go:13)	MOVQ	DI, 32(SP)
    6d        00109 (panic_closure_method_value.go:13)	CALL	runtime.morestack_noctxt(SB)
    72        00114 (panic_closure_method_value.go:13)	PCDATA	$0, $-1
    72        00114 (panic_closure_method_value.go:13)	MOVQ	8(SP), AX
    77        00119 (panic_closure_method_value.go:13)	MOVQ	16(SP), BX
    7c        00124 (panic_closure_method_value.go:13)	MOVQ	24(SP), CX
    81        00129 (panic_closure_method_value.go:13)	MOVQ	32(SP), DI
    86        00134 (panic_closure_method_value.go:13)	JMP	0
    8b done
wrote 15 bytes to 0x0
 00 2b 02 03 01 01 02 08 01 08 02 05 01 47 00
-- inlining tree for main.apply:
0 | -1 | main.apply.func1 (panic_closure_method_value.go:17:4) pc=46
--
funcpctab main.(*counter).step [valfunc=pctoinline]
     0     -1 00000 (panic_closure_method_value.go:6)	TEXT	main.(*counter).step(SB), ABIInternal, $24-16
     0        00000 (panic_closure_method_value.go:6)	TEXT	main.(*counter).step(SB), ABIInternal, $24-16
     0     -1 00000 (panic_closure_method_value.go:6)	CMPQ	SP, 16(R14)
     4        00004 (panic_closure_method_value.go:6)	PCDATA	$0, $-2
     4        00004 (panic_closure_method_value.go:6)	JLS	57
     6        00006 (panic_closure_method_value.go:6)	PCDATA	$0, $-1
     6        00006 (panic_closure_method_value.go:6)	PUSHQ	BP
     7        00007 (panic_closure_method_value.go:6)	MOVQ	SP, BP
     a        00010 (panic_closure_method_value.go:6)	SUBQ	$16, SP
     e        00014 (panic_closure_method_value.go:6)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (panic_closure_method_value.go:6)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (panic_closure_method_value.go:6)	FUNCDATA	$5, main.(*counter).step.arginfo1(SB)
     e        00014 (panic_closure_method_value.go:6)	FUNCDATA	$6, main.(*counter).step.argliveinfo(SB)
     e        00014 (panic_closure_method_value.go:6)	PCDATA	$3, $1
     e        00014 (panic_closure_method_value.go:7)	ADDQ	(AX), BX
    11        00017 (panic_closure_method_value.go:7)	MOVQ	BX, (AX)
    14        00020 (panic_closure_method_value.go:8)	CMPQ	8(AX), BX
    18        00024 (panic_closure_method_value.go:8)	JLT	33
    1a        00026 (panic_closure_method_value.go:11)	ADDQ	$16, SP
    1e        00030 (panic_closure_method_value.go:11)	POPQ	BP
    1f        00031 (panic_closure_method_value.go:11)	NOP
    20        00032 (panic_closure_method_value.go:11)	RET
    21        00033 (panic_closure_method_value.go:9)	MOVQ	BX, AX
    24        00036 (panic_closure_method_value.go:9)	PCDATA	$1, $1
    24        00036 (panic_closure_method_value.go:9)	CALL	runtime.convT64(SB)
    29        00041 (panic_closure_method_value.go:9)	MOVQ	AX, BX
    2c        00044 (panic_closure_method_value.go:9)	LEAQ	type:int(SB), AX
    33        00051 (panic_closure_method_value.go:9)	CALL	runtime.gopanic(SB)
    38        00056 (panic_closure_method_value.go:9)	XCHGL	AX, AX
    39        00057 (panic_closure_method_value.go:9)	NOP
    39        00057 (panic_closure_method_value.go:6)	PCDATA	$1, $-1
    39        00057 (panic_closure_method_value.go:6)	PCDATA	$0, $-2
    39        00057 (panic_closure_method_value.go:6)	MOVQ	AX, 8(SP)
    3e        00062 (panic_closure_method_value.go:6)	MOVQ	BX, 16(SP)
    43        00067 (panic_closure_method_value.go:6)	CALL	runtime.morestack_noctxt(SB)
    48        00072 (panic_closure_method_value.go:6)	PCDATA	$0, $-1
    48        00072 (panic_closure_method_value.go:6)	MOVQ	8(SP), AX
    4d        00077 (panic_closure_method_value.go:6)	MOVQ	16(SP), BX
    52        00082 (panic_closure_method_value.go:6)	JMP	0
    54 done
wrote 3 bytes to 0x0
 00 54 00
main.apply.func1 STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
main.apply.func1#8Wum+mHaM5g=# STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
main.apply.func1#TvuX58xFILk=# STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
main.main.func1 STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
main.(*counter).step STEXT size=84 align=0x0 args=0x10 locals=0x18 funcid=0x0
	0x0000 00000 (panic_closure_method_value.go:6)	TEXT	main.(*counter).step(SB), ABIInternal, $24-16
	0x0000 00000 (panic_closure_method_value.go:6)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_closure_method_value.go:6)	PCDATA	$0, $-2
	0x0004 00004 (panic_closure_method_value.go:6)	JLS	57
	0x0006 00006 (panic_closure_method_value.go:6)	PCDATA	$0, $-1
	0x0006 00006 (panic_closure_method_value.go:6)	PUSHQ	BP
	0x0007 00007 (panic_closure_method_value.go:6)	MOVQ	SP, BP
	0x000a 00010 (panic_closure_method_value.go:6)	SUBQ	$16, SP
	0x000e 00014 (panic_closure_method_value.go:6)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (panic_closure_method_value.go:6)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (panic_closure_method_value.go:6)	FUNCDATA	$5, main.(*counter).step.arginfo1(SB)
	0x000e 00014 (panic_closure_method_value.go:6)	FUNCDATA	$6, main.(*counter).step.argliveinfo(SB)
	0x000e 00014 (panic_closure_method_value.go:6)	PCDATA	$3, $1
	0x000e 00014 (panic_closure_method_value.go:7)	ADDQ	(AX), BX
	0x0011 00017 (panic_closure_method_value.go:7)	MOVQ	BX, (AX)
	0x0014 00020 (panic_closure_method_value.go:8)	CMPQ	8(AX), BX
	0x0018 00024 (panic_closure_method_value.go:8)	JLT	33
	0x001a 00026 (panic_closure_method_value.go:11)	ADDQ	$16, SP
	0x001e 00030 (panic_closure_method_value.go:11)	POPQ	BP
	0x001f 00031 (panic_closure_method_value.go:11)	NOP
	0x0020 00032 (panic_closure_method_value.go:11)	RET
	0x0021 00033 (panic_closure_method_value.go:9)	MOVQ	BX, AX
	0x0024 00036 (panic_closure_method_value.go:9)	PCDATA	$1, $1
	0x0024 00036 (panic_closure_method_value.go:9)	CALL	runtime.convT64(SB)
	0x0029 00041 (panic_closure_method_value.go:9)	MOVQ	AX, BX
	0x002c 00044 (panic_closure_method_value.go:9)	LEAQ	type:int(SB), AX
	0x0033 00051 (panic_closure_method_value.go:9)	CALL	runtime.gopanic(SB)
	0x0038 00056 (panic_closure_method_value.go:9)	XCHGL	AX, AX
	0x0039 00057 (panic_closure_method_value.go:9)	NOP
	0x0039 00057 (panic_closure_method_value.go:6)	PCDATA	$1, $-1
	0x0039 00057 (panic_closure_method_value.go:6)	PCDATA	$0, $-2
	0x0039 00057 (panic_closure_method_value.go:6)	MOVQ	AX, 8(SP)
	0x003e 00062 (panic_closure_method_value.go:6)	MOVQ	BX, 16(SP)
	0x0043 00067 (panic_closure_method_value.go:6)	CALL	runtime.morestack_noctxt(SB)
	0x0048 00072 (panic_closure_method_value.go:6)	PCDATA	$0, $-1
	0x0048 00072 (panic_closure_method_value.go:6)	MOVQ	8(SP), AX
	0x004d 00077 (panic_closure_method_value.go:6)	MOVQ	16(SP), BX
	0x0052 00082 (panic_closure_method_value.go:6)	JMP	0
	0x0000 49 3b 66 10 76 33 55 48 89 e5 48 83 ec 10 48 03  I;f.v3UH..H...H.
	0x0010 18 48 89 18 48 39 58 08 7c 07 48 83 c4 10 5d 90  .H..H9X.|.H...].
	0x0020 c3 48 89 d8 e8 00 00 00 00 48 89 c3 48 8d 05 00  .H.......H..H...
	0x0030 00 00 00 e8 00 00 00 00 90 48 89 44 24 08 48 89  .........H.D$.H.
	0x0040 5c 24 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c  \$......H.D$.H.\
	0x0050 24 10 eb ac                                      $...
	rel 2+0 t=R_USEIFACE type:int+0
	rel 37+4 t=R_CALL runtime.convT64+0
	rel 47+4 t=R_PCREL type:int+0
	rel 52+4 t=R_CALL runtime.gopanic+0
	rel 68+4 t=R_CALL runtime.morestack_noctxt+0
main.apply STEXT size=139 align=0x0 args=0x20 locals=0x18 funcid=0x0
	0x0000 00000 (panic_closure_method_value.go:13)	TEXT	main.apply(SB), ABIInternal, $24-32
	0x0000 00000 (panic_closure_method_value.go:13)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_closure_method_value.go:13)	PCDATA	$0, $-2
	0x0004 00004 (panic_closure_method_value.go:13)	JLS	89
	0x0006 00006 (panic_closure_method_value.go:13)	PCDATA	$0, $-1
	0x0006 00006 (panic_closure_method_value.go:13)	PUSHQ	BP
	0x0007 00007 (panic_closure_method_value.go:13)	MOVQ	SP, BP
	0x000a 00010 (panic_closure_method_value.go:13)	SUBQ	$16, SP
	0x000e 00014 (panic_closure_method_value.go:13)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (panic_closure_method_value.go:13)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (panic_closure_method_value.go:13)	FUNCDATA	$5, main.apply.arginfo1(SB)
	0x000e 00014 (panic_closure_method_value.go:13)	FUNCDATA	$6, main.apply.argliveinfo(SB)
	0x000e 00014 (panic_closure_method_value.go:13)	PCDATA	$3, $1
	0x000e 00014 (panic_closure_method_value.go:14)	MOVQ	AX, main.f+32(SP)
	0x0013 00019 (panic_closure_method_value.go:14)	MOVQ	BX, main.xs+40(SP)
	0x0018 00024 (panic_closure_method_value.go:14)	MOVQ	CX, main.xs+48(SP)
	0x001d 00029 (panic_closure_method_value.go:14)	PCDATA	$3, $2
	0x001d 00029 (panic_closure_method_value.go:14)	XORL	DX, DX
	0x001f 00031 (panic_closure_method_value.go:14)	NOP
	0x0020 00032 (panic_closure_method_value.go:14)	JMP	78
	0x0022 00034 (panic_closure_method_value.go:14)	MOVQ	DX, main..autotmp_6+8(SP)
	0x0027 00039 (panic_closure_method_value.go:14)	MOVQ	(BX)(DX*8), CX
	0x002b 00043 (panic_closure_method_value.go:16)	MOVQ	(AX), BX
	0x002e 00046 (panic_closure_method_value.go:17)	XCHGL	AX, AX
	0x002f 00047 (panic_closure_method_value.go:16)	MOVQ	AX, DX
	0x0032 00050 (panic_closure_method_value.go:16)	MOVQ	CX, AX
	0x0035 00053 (panic_closure_method_value.go:16)	PCDATA	$1, $0
	0x0035 00053 (panic_closure_method_value.go:16)	CALL	BX
	0x0037 00055 (panic_closure_method_value.go:14)	MOVQ	main..autotmp_6+8(SP), DX
	0x003c 00060 (panic_closure_method_value.go:14)	INCQ	DX
	0x003f 00063 (panic_closure_method_value.go:16)	MOVQ	main.f+32(SP), AX
	0x0044 00068 (panic_closure_method_value.go:14)	MOVQ	main.xs+48(SP), CX
	0x0049 00073 (panic_closure_method_value.go:14)	MOVQ	main.xs+40(SP), BX
	0x004e 00078 (panic_closure_method_value.go:14)	CMPQ	CX, DX
	0x0051 00081 (panic_closure_method_value.go:14)	JGT	34
	0x0053 00083 (panic_closure_method_value.go:19)	ADDQ	$16, SP
	0x0057 00087 (panic_closure_method_value.go:19)	POPQ	BP
	0x0058 00088 (panic_closure_method_value.go:19)	RET
	0x0059 00089 (panic_closure_method_value.go:19)	NOP
	0x0059 00089 (panic_closure_method_value.go:13)	PCDATA	$1, $-1
	0x0059 00089 (panic_closure_method_value.go:13)	PCDATA	$0, $-2
	0x0059 00089 (panic_closure_method_value.go:13)	MOVQ	AX, 8(SP)
	0x005e 00094 (panic_closure_method_value.go:13)	MOVQ	BX, 16(SP)
	0x0063 00099 (panic_closure_method_value.go:13)	MOVQ	CX, 24(SP)
	0x0068 00104 (panic_closure_method_value.go:13)	MOVQ	DI, 32(SP)
	0x006d 00109 (panic_closure_method_value.go:13)	CALL	runtime.morestack_noctxt(SB)
	0x0072 00114 (panic_closure_method_value.go:13)	PCDATA	$0, $-1
	0x0072 00114 (panic_closure_method_value.go:13)	MOVQ	8(SP), AX
	0x0077 00119 (panic_closure_method_value.go:13)	MOVQ	16(SP), BX
	0x007c 00124 (panic_closure_method_value.go:13)	MOVQ	24(SP), CX
	0x0081 00129 (panic_closure_method_value.go:13)	MOVQ	32(SP), DI
	0x0086 00134 (panic_closure_method_value.go:13)	JMP	0
	0x0000 49 3b 66 10 76 53 55 48 89 e5 48 83 ec 10 48 89  I;f.vSUH..H...H.
	0x0010 44 24 20 48 89 5c 24 28 48 89 4c 24 30 31 d2 90  D$ H.\$(H.L$01..
	0x0020 eb 2c 48 89 54 24 08 48 8b 0c d3 48 8b 18 90 48  .,H.T$.H...H...H
	0x0030 89 c2 48 89 c8 ff d3 48 8b 54 24 08 48 ff c2 48  ..H....H.T$.H..H
	0x0040 8b 44 24 20 48 8b 4c 24 30 48 8b 5c 24 28 48 39  .D$ H.L$0H.\$(H9
	0x0050 d1 7f cf 48 83 c4 10 5d c3 48 89 44 24 08 48 89  ...H...].H.D$.H.
	0x0060 5c 24 10 48 89 4c 24 18 48 89 7c 24 20 e8 00 00  \$.H.L$.H.|$ ...
	0x0070 00 00 48 8b 44 24 08 48 8b 5c 24 10 48 8b 4c 24  ..H.D$.H.\$.H.L$
	0x0080 18 48 8b 7c 24 20 e9 75 ff ff ff                 .H.|$ .u...
	rel 53+0 t=R_CALLIND +0
	rel 110+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=394 align=0x0 args=0x0 locals=0x70 funcid=0x0
	0x0000 00000 (panic_closure_method_value.go:21)	TEXT	main.main(SB), ABIInternal, $112-0
	0x0000 00000 (panic_closure_method_value.go:21)	CMPQ	SP, 16(R14)
	0x0004 00004 (panic_closure_method_value.go:21)	PCDATA	$0, $-2
	0x0004 00004 (panic_closure_method_value.go:21)	JLS	384
	0x000a 00010 (panic_closure_method_value.go:21)	PCDATA	$0, $-1
	0x000a 00010 (panic_closure_method_value.go:21)	PUSHQ	BP
	0x000b 00011 (panic_closure_method_value.go:21)	MOVQ	SP, BP
	0x000e 00014 (panic_closure_method_value.go:21)	SUBQ	$104, SP
	0x0012 00018 (panic_closure_method_value.go:21)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (panic_closure_method_value.go:21)	FUNCDATA	$1, gclocals·5VlIHulmjZXLybuW+4WJgQ==(SB)
	0x0012 00018 (panic_closure_method_value.go:21)	FUNCDATA	$2, main.main.stkobj(SB)
	0x0012 00018 (panic_closure_method_value.go:22)	MOVQ	$0, main..autotmp_14+72(SP)
	0x001b 00027 (panic_closure_method_value.go:22)	MOVQ	$10, main..autotmp_14+80(SP)
	0x0024 00036 (panic_closure_method_value.go:23)	LEAQ	main.(*counter).step-fm(SB), CX
	0x002b 00043 (panic_closure_method_value.go:23)	MOVQ	CX, main..autotmp_16+88(SP)
	0x0030 00048 (panic_closure_method_value.go:23)	LEAQ	main..autotmp_14+72(SP), CX
	0x0035 00053 (panic_closure_method_value.go:23)	MOVQ	CX, main..autotmp_16+96(SP)
	0x003a 00058 (panic_closure_method_value.go:24)	MOVQ	$1, main..autotmp_18+48(SP)
	0x0043 00067 (panic_closure_method_value.go:24)	MOVQ	$2, main..autotmp_18+56(SP)
	0x004c 00076 (panic_closure_method_value.go:24)	MOVQ	$3, main..autotmp_18+64(SP)
	0x0055 00085 (<unknown line number>)	NOP
	0x0055 00085 (panic_closure_method_value.go:24)	XORL	AX, AX
	0x0057 00087 (panic_closure_method_value.go:14)	JMP	120
	0x0059 00089 (panic_closure_method_value.go:14)	MOVQ	AX, main..autotmp_35+16(SP)
	0x005e 00094 (panic_closure_method_value.go:14)	MOVQ	main..autotmp_18+48(SP)(AX*8), AX
	0x0063 00099 (panic_closure_method_value.go:16)	MOVQ	main..autotmp_16+88(SP), CX
	0x0068 00104 (panic_closure_method_value.go:17)	XCHGL	AX, AX
	0x0069 00105 (panic_closure_method_value.go:16)	LEAQ	main..autotmp_16+88(SP), DX
	0x006e 00110 (panic_closure_method_value.go:16)	PCDATA	$1, $1
	0x006e 00110 (panic_closure_method_value.go:16)	CALL	CX
	0x0070 00112 (panic_closure_method_value.go:14)	MOVQ	main..autotmp_35+16(SP), AX
	0x0075 00117 (panic_closure_method_value.go:14)	INCQ	AX
	0x0078 00120 (panic_closure_method_value.go:14)	CMPQ	AX, $3
	0x007c 00124 (panic_closure_method_value.go:14)	JLT	89
	0x007e 00126 (panic_closure_method_value.go:25)	MOVQ	main..autotmp_14+72(SP), AX
	0x0083 00131 (panic_closure_method_value.go:25)	MOVQ	AX, main..autotmp_35+16(SP)
	0x0088 00136 (panic_closure_method_value.go:25)	CALL	runtime.printlock(SB)
	0x008d 00141 (panic_closure_method_value.go:25)	LEAQ	go:string."after first pass "(SB), AX
	0x0094 00148 (panic_closure_method_value.go:25)	MOVL	$17, BX
	0x0099 00153 (panic_closure_method_value.go:25)	CALL	runtime.printstring(SB)
	0x009e 00158 (panic_closure_method_value.go:25)	MOVQ	main..autotmp_35+16(SP), AX
	0x00a3 00163 (panic_closure_method_value.go:25)	CALL	runtime.printint(SB)
	0x00a8 00168 (panic_closure_method_value.go:25)	CALL	runtime.printnl(SB)
	0x00ad 00173 (panic_closure_method_value.go:25)	CALL	runtime.printunlock(SB)
	0x00b2 00178 (panic_closure_method_value.go:7)	MOVQ	main..autotmp_14+72(SP), AX
	0x00b7 00183 (panic_closure_method_value.go:7)	INCQ	AX
	0x00ba 00186 (panic_closure_method_value.go:27)	XCHGL	AX, AX
	0x00bb 00187 (panic_closure_method_value.go:7)	MOVQ	AX, main..autotmp_14+72(SP)
	0x00c0 00192 (panic_closure_method_value.go:8)	CMPQ	main..autotmp_14+80(SP), AX
	0x00c5 00197 (panic_closure_method_value.go:8)	JLT	363
	0x00cb 00203 (panic_closure_method_value.go:7)	MOVQ	AX, main..autotmp_35+16(SP)
	0x00d0 00208 (panic_closure_method_value.go:28)	CALL	runtime.printlock(SB)
	0x00d5 00213 (panic_closure_method_value.go:28)	LEAQ	go:string."after method expression "(SB), AX
	0x00dc 00220 (panic_closure_method_value.go:28)	MOVL	$24, BX
	0x00e1 00225 (panic_closure_method_value.go:28)	CALL	runtime.printstring(SB)
	0x00e6 00230 (panic_closure_method_value.go:28)	MOVQ	main..autotmp_35+16(SP), AX
	0x00eb 00235 (panic_closure_method_value.go:28)	CALL	runtime.printint(SB)
	0x00f0 00240 (panic_closure_method_value.go:28)	CALL	runtime.printnl(SB)
	0x00f5 00245 (panic_closure_method_value.go:28)	CALL	runtime.printunlock(SB)
	0x00fa 00250 (panic_closure_method_value.go:29)	MOVQ	$1, main..autotmp_26+24(SP)
	0x0103 00259 (panic_closure_method_value.go:29)	MOVQ	$2, main..autotmp_26+32(SP)
	0x010c 00268 (panic_closure_method_value.go:29)	MOVQ	$3, main..autotmp_26+40(SP)
	0x0115 00277 (<unknown line number>)	NOP
	0x0115 00277 (panic_closure_method_value.go:29)	XORL	AX, AX
	0x0117 00279 (panic_closure_method_value.go:14)	JMP	320
	0x0119 00281 (panic_closure_method_value.go:14)	MOVQ	AX, main..autotmp_35+16(SP)
	0x011e 00286 (panic_closure_method_value.go:14)	MOVQ	main..autotmp_26+24(SP)(AX*8), CX
	0x0123 00291 (panic_closure_method_value.go:29)	MOVQ	main..autotmp_16+88(SP), BX
	0x0128 00296 (panic_closure_method_value.go:29)	LEAQ	(CX)(CX*1), AX
	0x012c 00300 (panic_closure_method_value.go:17)	XCHGL	AX, AX
	0x012d 00301 (panic_closure_method_value.go:16)	XCHGL	AX, AX
	0x012e 00302 (panic_closure_method_value.go:29)	LEAQ	main..autotmp_16+88(SP), DX
	0x0133 00307 (panic_closure_method_value.go:29)	CALL	BX
	0x0135 00309 (panic_closure_method_value.go:14)	MOVQ	main..autotmp_35+16(SP), AX
	0x013a 00314 (panic_closure_method_value.go:14)	INCQ	AX
	0x013d 00317 (panic_closure_method_value.go:14)	NOP
	0x0140 00320 (panic_closure_method_value.go:14)	CMPQ	AX, $3
	0x0144 00324 (panic_closure_method_value.go:14)	JLT	281
	0x0146 00326 (panic_closure_method_value.go:30)	PCDATA	$1, $0
	0x0146 00326 (panic_closure_method_value.go:30)	CALL	runtime.printlock(SB)
	0x014b 00331 (panic_closure_method_value.go:30)	LEAQ	go:string."not reached\n"(SB), AX
	0x0152 00338 (panic_closure_method_value.go:30)	MOVL	$12, BX
	0x0157 00343 (panic_closure_method_value.go:30)	CALL	runtime.printstring(SB)
	0x015c 00348 (panic_closure_method_value.go:30)	NOP
	0x0160 00352 (panic_closure_method_value.go:30)	CALL	runtime.printunlock(SB)
	0x0165 00357 (panic_closure_method_value.go:31)	ADDQ	$104, SP
	0x0169 00361 (panic_closure_method_value.go:31)	POPQ	BP
	0x016a 00362 (panic_closure_method_value.go:31)	RET
	0x016b 00363 (panic_closure_method_value.go:9)	CALL	runtime.convT64(SB)
	0x0170 00368 (panic_closure_method_value.go:9)	MOVQ	AX, BX
	0x0173 00371 (panic_closure_method_value.go:9)	LEAQ	type:int(SB), AX
	0x017a 00378 (panic_closure_method_value.go:9)	CALL	runtime.gopanic(SB)
	0x017f 00383 (panic_closure_method_value.go:9)	XCHGL	AX, AX
	0x0180 00384 (panic_closure_method_value.go:9)	NOP
	0x0180 00384 (panic_closure_method_value.go:21)	PCDATA	$1, $-1
	0x0180 00384 (panic_closure_method_value.go:21)	PCDATA	$0, $-2
	0x0180 00384 (panic_closure_method_value.go:21)	CALL	runtime.morestack_noctxt(SB)
	0x0185 00389 (panic_closure_method_value.go:21)	PCDATA	$0, $-1
	0x0185 00389 (panic_closure_method_value.go:21)	JMP	0
	0x0000 49 3b 66 10 0f 86 76 01 00 00 55 48 89 e5 48 83  I;f...v...UH..H.
	0x0010 ec 68 48 c7 44 24 48 00 00 00 00 48 c7 44 24 50  .hH.D$H....H.D$P
	0x0020 0a 00 00 00 48 8d 0d 00 00 00 00 48 89 4c 24 58  ....H......H.L$X
	0x0030 48 8d 4c 24 48 48 89 4c 24 60 48 c7 44 24 30 01  H.L$HH.L$`H.D$0.
	0x0040 00 00 00 48 c7 44 24 38 02 00 00 00 48 c7 44 24  ...H.D$8....H.D$
	0x0050 40 03 00 00 00 31 c0 eb 1f 48 89 44 24 10 48 8b  @....1...H.D$.H.
	0x0060 44 c4 30 48 8b 4c 24 58 90 48 8d 54 24 58 ff d1  D.0H.L$X.H.T$X..
	0x0070 48 8b 44 24 10 48 ff c0 48 83 f8 03 7c db 48 8b  H.D$.H..H...|.H.
	0x0080 44 24 48 48 89 44 24 10 e8 00 00 00 00 48 8d 05  D$HH.D$......H..
	0x0090 00 00 00 00 bb 11 00 00 00 e8 00 00 00 00 48 8b  ..............H.
	0x00a0 44 24 10 e8 00 00 00 00 e8 00 00 00 00 e8 00 00  D$..............
	0x00b0 00 00 48 8b 44 24 48 48 ff c0 90 48 89 44 24 48  ..H.D$HH...H.D$H
	0x00c0 48 39 44 24 50 0f 8c a0 00 00 00 48 89 44 24 10  H9D$P......H.D$.
	0x00d0 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 18 00 00  .....H..........
	0x00e0 00 e8 00 00 00 00 48 8b 44 24 10 e8 00 00 00 00  ......H.D$......
	0x00f0 e8 00 00 00 00 e8 00 00 00 00 48 c7 44 24 18 01  ..........H.D$..
	0x0100 00 00 00 48 c7 44 24 20 02 00 00 00 48 c7 44 24  ...H.D$ ....H.D$
	0x0110 28 03 00 00 00 31 c0 eb 27 48 89 44 24 10 48 8b  (....1..'H.D$.H.
	0x0120 4c c4 18 48 8b 5c 24 58 48 8d 04 09 90 90 48 8d  L..H.\$XH.....H.
	0x0130 54 24 58 ff d3 48 8b 44 24 10 48 ff c0 0f 1f 00  T$X..H.D$.H.....
	0x0140 48 83 f8 03 7c d3 e8 00 00 00 00 48 8d 05 00 00  H...|......H....
	0x0150 00 00 bb 0c 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x0160 e8 00 00 00 00 48 83 c4 68 5d c3 e8 00 00 00 00  .....H..h]......
	0x0170 48 89 c3 48 8d 05 00 00 00 00 e8 00 00 00 00 90  H..H............
	0x0180 e8 00 00 00 00 e9 76 fe ff ff                    ......v...
	rel 3+0 t=R_USEIFACE type:int+0
	rel 39+4 t=R_PCREL main.(*counter).step-fm+0
	rel 110+0 t=R_CALLIND +0
	rel 137+4 t=R_CALL runtime.printlock+0
	rel 144+4 t=R_PCREL go:string."after first pass "+0
	rel 154+4 t=R_CALL runtime.printstring+0
	rel 164+4 t=R_CALL runtime.printint+0
	rel 169+4 t=R_CALL runtime.printnl+0
	rel 174+4 t=R_CALL runtime.printunlock+0
	rel 209+4 t=R_CALL runtime.printlock+0
	rel 216+4 t=R_PCREL go:string."after method expression "+0
	rel 226+4 t=R_CALL runtime.printstring+0
	rel 236+4 t=R_CALL runtime.printint+0
	rel 241+4 t=R_CALL runtime.printnl+0
	rel 246+4 t=R_CALL runtime.printunlock+0
	rel 307+0 t=R_CALLIND +0
	rel 327+4 t=R_CALL runtime.printlock+0
	rel 334+4 t=R_PCREL go:string."not reached\n"+0
	rel 344+4 t=R_CALL runtime.printstring+0
	rel 353+4 t=R_CALL runtime.printunlock+0
	rel 364+4 t=R_CALL runtime.convT64+0
	rel 374+4 t=R_PCREL type:int+0
	rel 379+4 t=R_CALL runtime.gopanic+0
	rel 385+4 t=R_CALL runtime.morestack_noctxt+0
main.(*counter).step-fm STEXT dupok size=76 align=0x0 args=0x8 locals=0x18 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*counter).step-fm(SB), DUPOK|WRAPPER|NEEDCTXT|ABIInternal, $24-8
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	57
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$16, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*counter).step-fm.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*counter).step-fm.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	8(DX), CX
	0x0012 00018 (panic_closure_method_value.go:7)	ADDQ	(CX), AX
	0x0015 00021 (<unknown line number>)	NOP
	0x0015 00021 (panic_closure_method_value.go:7)	MOVQ	AX, (CX)
	0x0018 00024 (panic_closure_method_value.go:8)	CMPQ	8(CX), AX
	0x001c 00028 (panic_closure_method_value.go:8)	JLT	36
	0x001e 00030 (<autogenerated>:1)	ADDQ	$16, SP
	0x0022 00034 (<autogenerated>:1)	POPQ	BP
	0x0023 00035 (<autogenerated>:1)	RET
	0x0024 00036 (panic_closure_method_value.go:9)	PCDATA	$1, $0
	0x0024 00036 (panic_closure_method_value.go:9)	CALL	runtime.convT64(SB)
	0x0029 00041 (panic_closure_method_value.go:9)	MOVQ	AX, BX
	0x002c 00044 (panic_closure_method_value.go:9)	LEAQ	type:int(SB), AX
	0x0033 00051 (panic_closure_method_value.go:9)	CALL	runtime.gopanic(SB)
	0x0038 00056 (panic_closure_method_value.go:9)	XCHGL	AX, AX
	0x0039 00057 (panic_closure_method_value.go:9)	NOP
	0x0039 00057 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0039 00057 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0039 00057 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x003e 00062 (<autogenerated>:1)	NOP
	0x0040 00064 (<autogenerated>:1)	CALL	runtime.morestack(SB)
	0x0045 00069 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0045 00069 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004a 00074 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 33 55 48 89 e5 48 83 ec 10 48 8b  I;f.v3UH..H...H.
	0x0010 4a 08 48 03 01 48 89 01 48 39 41 08 7c 06 48 83  J.H..H..H9A.|.H.
	0x0020 c4 10 5d c3 e8 00 00 00 00 48 89 c3 48 8d 05 00  ..]......H..H...
	0x0030 00 00 00 e8 00 00 00 00 90 48 89 44 24 08 66 90  .........H.D$.f.
	0x0040 e8 00 00 00 00 48 8b 44 24 08 eb b4              .....H.D$...
	rel 2+0 t=R_USEIFACE type:int+0
	rel 37+4 t=R_CALL runtime.convT64+0
	rel 47+4 t=R_PCREL type:int+0
	rel 52+4 t=R_CALL runtime.gopanic+0
	rel 65+4 t=R_CALL runtime.morestack+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.apply.func1$abstract SDWARFABSFCN dupok size=22 align=0x0
	0x0000 05 6d 61 69 6e 2e 61 70 70 6c 79 2e 66 75 6e 63  .main.apply.func
	0x0010 31 00 01 0f 01 00                                1.....
go:info.main.apply$abstract SDWARFABSFCN dupok size=41 align=0x0
	0x0000 05 6d 61 69 6e 2e 61 70 70 6c 79 00 01 0d 01 22  .main.apply...."
	0x0010 66 00 00 00 00 00 00 22 78 73 00 00 00 00 00 00  f......"xs......
	0x0020 21 78 00 0e 00 00 00 00 00                       !x.......
	rel 19+4 t=R_DWARFSECREF go:info.func(int)+0
	rel 28+4 t=R_DWARFSECREF go:info.[]int+0
	rel 36+4 t=R_DWARFSECREF go:info.int+0
go:info.main.(*counter).step$abstract SDWARFABSFCN dupok size=43 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 63 6f 75 6e 74 65 72 29  .main.(*counter)
	0x0010 2e 73 74 65 70 00 01 06 01 22 63 00 00 00 00 00  .step...."c.....
	0x0020 00 22 62 79 00 00 00 00 00 00 00                 ."by.......
	rel 29+4 t=R_DWARFSECREF go:info.*main.counter+0
	rel 38+4 t=R_DWARFSECREF go:info.int+0
go:info.main.apply.func1#8Wum+mHaM5g=#$abstract SDWARFABSFCN dupok size=22 align=0x0
	0x0000 05 6d 61 69 6e 2e 61 70 70 6c 79 2e 66 75 6e 63  .main.apply.func
	0x0010 31 00 01 0f 01 00                                1.....
go:info.main.apply.func1#TvuX58xFILk=#$abstract SDWARFABSFCN dupok size=22 align=0x0
	0x0000 05 6d 61 69 6e 2e 61 70 70 6c 79 2e 66 75 6e 63  .main.apply.func
	0x0010 31 00 01 0f 01 00                                1.....
go:info.main.main.func1$abstract SDWARFABSFCN dupok size=29 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2e 66 75 6e 63 31  .main.main.func1
	0x0010 00 01 1d 01 22 76 00 00 00 00 00 00 00           ...."v.......
	rel 0+0 t=R_USETYPE type:int+0
	rel 24+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal128·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal128+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.counter- SRODATA dupok size=15 align=0x1
	0x0000 00 0d 2a 6d 61 69 6e 2e 63 6f 75 6e 74 65 72     ..*main.counter
type:.namedata.*func(*main.counter, int)- SRODATA dupok size=27 align=0x1
	0x0000 00 19 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 63 6f  ..*func(*main.co
	0x0010 75 6e 74 65 72 2c 20 69 6e 74 29                 unter, int)
type:*func(*main.counter, int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 44 fb 0b 3e 28 08 08 16 00 00 00 00 00 00 00 00  D..>(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.counter, int)-+0
	rel 48+8 t=R_ADDR type:func(*main.counter, int)+0
type:func(*main.counter, int) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 36 12 4b 61 22 08 08 13 00 00 00 00 00 00 00 00  6.Ka"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.counter, int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.counter, int)+0
	rel 56+8 t=R_ADDR type:*main.counter+0
	rel 64+8 t=R_ADDR type:int+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.step- SRODATA dupok size=6 align=0x1
	0x0000 00 04 73 74 65 70                                ..step
type:.namedata.*func(int)- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 66 75 6e 63 28 69 6e 74 29              ..*func(int)
type:*func(int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5e eb a8 b3 28 08 08 16 00 00 00 00 00 00 00 00  ^...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int)-+0
	rel 48+8 t=R_ADDR type:func(int)+0
type:func(int) SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f2 a3 a2 b7 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(int)+0
	rel 56+8 t=R_ADDR type:int+0
type:*main.counter SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 91 91 b8 f4 29 08 08 16 00 00 00 00 00 00 00 00  ....)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 00 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.counter-+0
	rel 48+8 t=R_ADDR type:main.counter+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.step-+0
	rel 76+4 t=R_METHODOFF type:func(int)+0
	rel 80+4 t=R_METHODOFF main.(*counter).step+0
	rel 84+4 t=R_METHODOFF main.(*counter).step+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.n- SRODATA dupok size=3 align=0x1
	0x0000 00 01 6e                                         ..n
type:.namedata.limit- SRODATA dupok size=7 align=0x1
	0x0000 00 05 6c 69 6d 69 74                             ..limit
type:main.counter SRODATA size=144 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 e5 9d ed 40 0f 08 08 19 00 00 00 00 00 00 00 00  ...@............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.counter-+0
	rel 44+4 t=R_ADDROFF type:*main.counter+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.counter+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.n-+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.limit-+0
	rel 128+8 t=R_ADDR type:int+0
go:string."after first pass" SRODATA dupok size=16 align=0x1
	0x0000 61 66 74 65 72 20 66 69 72 73 74 20 70 61 73 73  after first pass
go:string."after first pass " SRODATA dupok size=17 align=0x1
	0x0000 61 66 74 65 72 20 66 69 72 73 74 20 70 61 73 73  after first pass
	0x0010 20                                                
go:string."after method expression" SRODATA dupok size=23 align=0x1
	0x0000 61 66 74 65 72 20 6d 65 74 68 6f 64 20 65 78 70  after method exp
	0x0010 72 65 73 73 69 6f 6e                             ression
go:string."after method expression " SRODATA dupok size=24 align=0x1
	0x0000 61 66 74 65 72 20 6d 65 74 68 6f 64 20 65 78 70  after method exp
	0x0010 72 65 73 73 69 6f 6e 20                          ression 
go:string."not reached" SRODATA dupok size=11 align=0x1
	0x0000 6e 6f 74 20 72 65 61 63 68 65 64                 not reached
go:string."not reached\n" SRODATA dupok size=12 align=0x1
	0x0000 6e 6f 74 20 72 65 61 63 68 65 64 0a              not reached.
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
main.(*counter).step·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.(*counter).step+0
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.(*counter).step.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.(*counter).step.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
main.apply.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 00 08 fe 08 08 10 08 18 08 fd ff                 ...........
main.apply.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 07                                         ...
gclocals·5VlIHulmjZXLybuW+4WJgQ== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 00 02                    ..........
main.main.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 f0 ff ff ff 10 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.(*counter).step-fm.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*counter).step-fm.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
