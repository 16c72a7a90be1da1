funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (const_iota.go:46)	TEXT	main.main(SB), ABIInternal, $48-0
     0        00000 (const_iota.go:46)	TEXT	main.main(SB), ABIInternal, $48-0
     0     -1 00000 (const_iota.go:46)	CMPQ	SP, 16(R14)
     4        00004 (const_iota.go:46)	PCDATA	$0, $-2
     4        00004 (const_iota.go:46)	JLS	661
     a        00010 (const_iota.go:46)	PCDATA	$0, $-1
     a        00010 (const_iota.go:46)	PUSHQ	BP
     b        00011 (const_iota.go:46)	MOVQ	SP, BP
     e        00014 (const_iota.go:46)	SUBQ	$40, SP
    12        00018 (const_iota.go:46)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (const_iota.go:46)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (const_iota.go:47)	MOVQ	main..stmp_1+24(SB), AX
    19      0 00025 (const_iota.go:47)	MOVQ	AX, main.~r0.len+32(SP)
    1e      1 00030 (const_iota.go:47)	MOVQ	main..stmp_2+40(SB), AX
    25        00037 (const_iota.go:47)	MOVQ	AX, main.~r0.len+24(SP)
    2a        00042 (<unknown line number>)	NOP
    2a        00042 (<unknown line number>)	NOP
    2a        00042 (const_iota.go:47)	PCDATA	$1, $0
    2a     -1 00042 (const_iota.go:47)	CALL	runtime.printlock(SB)
    2f        00047 (const_iota.go:47)	XORL	AX, AX
    31        00049 (const_iota.go:47)	CALL	runtime.printint(SB)
    36        00054 (const_iota.go:47)	CALL	runtime.printsp(SB)
    3b        00059 (const_iota.go:47)	MOVL	$3, AX
    40        00064 (const_iota.go:47)	CALL	runtime.printint(SB)
    45        00069 (const_iota.go:47)	CALL	runtime.printsp(SB)
    4a        00074 (const_iota.go:47)	LEAQ	go:string."Mon"(SB), AX
    51        00081 (const_iota.go:47)	MOVQ	main.~r0.len+32(SP), BX
    56        00086 (const_iota.go:47)	CALL	runtime.printstring(SB)
    5b        00091 (const_iota.go:47)	NOP
    60        00096 (const_iota.go:47)	CALL	runtime.printsp(SB)
    65        00101 (const_iota.go:47)	LEAQ	go:string."Tue"(SB), AX
    6c        00108 (const_iota.go:47)	MOVQ	main.~r0.len+24(SP), BX
    71        00113 (const_iota.go:47)	CALL	runtime.printstring(SB)
    76        00118 (const_iota.go:47)	CALL	runtime.printnl(SB)
    7b        00123 (const_iota.go:47)	NOP
    80        00128 (const_iota.go:47)	CALL	runtime.printunlock(SB)
    85        00133 (const_iota.go:48)	CALL	runtime.printlock(SB)
    8a        00138 (const_iota.go:48)	MOVL	$1024, AX
    8f        00143 (const_iota.go:48)	CALL	runtime.printuint(SB)
    94        00148 (const_iota.go:48)	CALL	runtime.printsp(SB)
    99        00153 (const_iota.go:48)	MOVL	$1048576, AX
    9e        00158 (const_iota.go:48)	NOP
    a0        00160 (const_iota.go:48)	CALL	runtime.printuint(SB)
    a5        00165 (const_iota.go:48)	CALL	runtime.printsp(SB)
    aa        00170 (const_iota.go:48)	MOVL	$1073741824, AX
    af        00175 (const_iota.go:48)	CALL	runtime.printuint(SB)
    b4        00180 (const_iota.go:48)	CALL	runtime.printsp(SB)
    b9        00185 (const_iota.go:48)	MOVQ	$1099511627776, AX
    c3        00195 (const_iota.go:48)	CALL	runtime.printuint(SB)
    c8        00200 (const_iota.go:48)	CALL	runtime.printnl(SB)
    cd        00205 (const_iota.go:48)	CALL	runtime.printunlock(SB)
    d2        00210 (const_iota.go:49)	CALL	runtime.printlock(SB)
    d7        00215 (const_iota.go:49)	XORL	AX, AX
    d9        00217 (const_iota.go:49)	CALL	runtime.printint(SB)
    de        00222 (const_iota.go:49)	NOP
    e0        00224 (const_iota.go:49)	CALL	runtime.printsp(SB)
    e5        00229 (const_iota.go:49)	XORL	AX, AX
    e7        00231 (const_iota.go:49)	CALL	runtime.printint(SB)
    ec        00236 (const_iota.go:49)	CALL	runtime.printsp(SB)
    f1        00241 (const_iota.go:49)	MOVL	$1, AX
    f6        00246 (const_iota.go:49)	CALL	runtime.printint(SB)
    fb        00251 (const_iota.go:49)	NOP
   100        00256 (const_iota.go:49)	CALL	runtime.printsp(SB)
   105        00261 (const_iota.go:49)	MOVL	$10, AX
   10a        00266 (const_iota.go:49)	CALL	runtime.printint(SB)
   10f        00271 (const_iota.go:49)	CALL	runtime.printsp(SB)
   114        00276 (const_iota.go:49)	MOVL	$2, AX
   119        00281 (const_iota.go:49)	CALL	runtime.printint(SB)
   11e        00286 (const_iota.go:49)	NOP
   120        00288 (const_iota.go:49)	CALL	runtime.printsp(SB)
   125        00293 (const_iota.go:49)	MOVL	$20, AX
   12a        00298 (const_iota.go:49)	CALL	runtime.printint(SB)
   12f        00303 (const_iota.go:49)	CALL	runtime.printnl(SB)
   134        00308 (const_iota.go:49)	CALL	runtime.printunlock(SB)
   139        00313 (const_iota.go:50)	CALL	runtime.printlock(SB)
   13e        00318 (const_iota.go:50)	MOVL	$4, AX
   143        00323 (const_iota.go:50)	CALL	runtime.printint(SB)
   148        00328 (const_iota.go:50)	CALL	runtime.printsp(SB)
   14d        00333 (const_iota.go:50)	MOVL	$1024, AX
   152        00338 (const_iota.go:50)	CALL	runtime.printint(SB)
   157        00343 (const_iota.go:50)	CALL	runtime.printnl(SB)
   15c        00348 (const_iota.go:50)	NOP
   160        00352 (const_iota.go:50)	CALL	runtime.printunlock(SB)
   165        00357 (const_iota.go:52)	CALL	runtime.printlock(SB)
   16a        00362 (const_iota.go:52)	MOVSD	$f64.400921fb54442d18(SB), X0
   172        00370 (const_iota.go:52)	CALL	runtime.printfloat64(SB)
   177        00375 (const_iota.go:52)	CALL	runtime.printsp(SB)
   17c        00380 (const_iota.go:52)	MOVSS	$f32.40490fdb(SB), X0
   184        00388 (const_iota.go:52)	CALL	runtime.printfloat32(SB)
   189        00393 (const_iota.go:52)	CALL	runtime.printsp(SB)
   18e        00398 (const_iota.go:52)	MOVL	$3141, AX
   193        00403 (const_iota.go:52)	CALL	runtime.printint(SB)
   198        00408 (const_iota.go:52)	CALL	runtime.printnl(SB)
   19d        00413 (const_iota.go:52)	NOP
   1a0        00416 (const_iota.go:52)	CALL	runtime.printunlock(SB)
   1a5        00421 (const_iota.go:53)	CALL	runtime.printlock(SB)
   1aa        00426 (const_iota.go:53)	MOVL	$4294967295, AX
   1af        00431 (const_iota.go:53)	CALL	runtime.printuint(SB)
   1b4        00436 (const_iota.go:53)	CALL	runtime.printsp(SB)
   1b9        00441 (const_iota.go:53)	MOVL	$65535, AX
   1be        00446 (const_iota.go:53)	NOP
   1c0        00448 (const_iota.go:53)	CALL	runtime.printuint(SB)
   1c5        00453 (const_iota.go:53)	CALL	runtime.printnl(SB)
   1ca        00458 (const_iota.go:53)	CALL	runtime.printunlock(SB)
   1cf        00463 (const_iota.go:55)	CALL	runtime.printlock(SB)
   1d4        00468 (const_iota.go:55)	MOVL	$5, AX
   1d9        00473 (const_iota.go:55)	CALL	runtime.printuint(SB)
   1de        00478 (const_iota.go:55)	NOP
   1e0        00480 (const_iota.go:55)	CALL	runtime.printsp(SB)
   1e5        00485 (const_iota.go:55)	XORL	AX, AX
   1e7        00487 (const_iota.go:55)	CALL	runtime.printbool(SB)
   1ec        00492 (const_iota.go:55)	CALL	runtime.printsp(SB)
   1f1        00497 (const_iota.go:55)	MOVL	$1, AX
   1f6        00502 (const_iota.go:55)	CALL	runtime.printbool(SB)
   1fb        00507 (const_iota.go:55)	NOP
   200        00512 (const_iota.go:55)	CALL	runtime.printsp(SB)
   205        00517 (const_iota.go:55)	MOVL	$4, AX
   20a        00522 (const_iota.go:55)	CALL	runtime.printuint(SB)
   20f        00527 (const_iota.go:55)	CALL	runtime.printnl(SB)
   214        00532 (const_iota.go:55)	CALL	runtime.printunlock(SB)
   219        00537 (const_iota.go:57)	CALL	runtime.printlock(SB)
   21e        00542 (const_iota.go:57)	MOVQ	$-300, AX
   225        00549 (const_iota.go:57)	CALL	runtime.printint(SB)
   22a        00554 (const_iota.go:57)	CALL	runtime.printsp(SB)
   22f        00559 (const_iota.go:57)	MOVL	$23, AX
   234        00564 (const_iota.go:57)	CALL	runtime.printint(SB)
   239        00569 (const_iota.go:57)	LEAQ	go:string." string\n"(SB), AX
   240        00576 (const_iota.go:57)	MOVL	$8, BX
   245        00581 (const_iota.go:57)	CALL	runtime.printstring(SB)
   24a        00586 (const_iota.go:57)	CALL	runtime.printunlock(SB)
   24f      2 00591 (const_iota.go:60)	MOVQ	main..stmp_3+56(SB), AX
   256        00598 (const_iota.go:60)	MOVQ	AX, main.~r0.len+16(SP)
   25b        00603 (<unknown line number>)	NOP
   25b     -1 00603 (<unknown line number>)	NOP
   260        00608 (const_iota.go:60)	CALL	runtime.printlock(SB)
   265        00613 (const_iota.go:60)	MOVL	$3, AX
   26a        00618 (const_iota.go:60)	CALL	runtime.printint(SB)
   26f        00623 (const_iota.go:60)	CALL	runtime.printsp(SB)
   274        00628 (const_iota.go:60)	LEAQ	go:string."Wed"(SB), AX
   27b        00635 (const_iota.go:60)	MOVQ	main.~r0.len+16(SP), BX
   280        00640 (const_iota.go:60)	CALL	runtime.printstring(SB)
   285        00645 (const_iota.go:60)	CALL	runtime.printnl(SB)
   28a        00650 (const_iota.go:60)	CALL	runtime.printunlock(SB)
   28f        00655 (const_iota.go:61)	ADDQ	$40, SP
   293        00659 (const_iota.go:61)	POPQ	BP
   294        00660 (const_iota.go:61)	RET
   295        00661 (const_iota.go:61)	NOP
   295        00661 (const_iota.go:46)	PCDATA	$1, $-1
   295        00661 (const_iota.go:46)	PCDATA	$0, $-2
   295        00661 (const_iota.go:46)	CALL	runtime.morestack_noctxt(SB)
   29a        00666 (const_iota.go:46)	PCDATA	$0, $-1
   29a        00666 (const_iota.go:46)	JMP	0
   29f done
wrote 14 bytes to 0x0
 00 19 02 05 02 0c 03 a5 04 06 0c 05 44 00
-- inlining tree for main.main:
0 | -1 | main.Weekday.String (const_iota.go:47:42) pc=18
1 | -1 | main.Weekday.String (const_iota.go:47:60) pc=18
2 | -1 | main.Weekday.String (const_iota.go:60:21) pc=608
--
funcpctab type:.eq.SS [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.SS(SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.SS(SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	100
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.SS.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.SS.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	8(AX), CX
    12        00018 (<autogenerated>:1)	CMPQ	8(BX), CX
    16        00022 (<autogenerated>:1)	JNE	92
    18        00024 (<autogenerated>:1)	MOVQ	24(AX), DX
    1c        00028 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CMPQ	24(BX), DX
    24        00036 (<autogenerated>:1)	JNE	92
    26        00038 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
    2b        00043 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
    30        00048 (<autogenerated>:1)	PCDATA	$3, $-1
    30        00048 (<autogenerated>:1)	MOVQ	(AX), AX
    33        00051 (<autogenerated>:1)	MOVQ	(BX), BX
    36        00054 (<autogenerated>:1)	PCDATA	$1, $0
    36        00054 (<autogenerated>:1)	CALL	runtime.memequal(SB)
    3b        00059 (<autogenerated>:1)	TESTB	AL, AL
    3d        00061 (<autogenerated>:1)	JEQ	92
    3f        00063 (<autogenerated>:1)	MOVQ	main.p+40(SP), DX
    44        00068 (<autogenerated>:1)	MOVQ	16(DX), AX
    48        00072 (<autogenerated>:1)	MOVQ	main.q+48(SP), SI
    4d        00077 (<autogenerated>:1)	MOVQ	16(SI), BX
    51        00081 (<autogenerated>:1)	MOVQ	24(DX), CX
    55        00085 (<autogenerated>:1)	PCDATA	$1, $1
    55        00085 (<autogenerated>:1)	CALL	runtime.memequal(SB)
    5a        00090 (<autogenerated>:1)	JMP	94
    5c        00092 (<autogenerated>:1)	PCDATA	$3, $1
    5c        00092 (<autogenerated>:1)	XORL	AX, AX
    5e        00094 (<autogenerated>:1)	ADDQ	$24, SP
    62        00098 (<autogenerated>:1)	POPQ	BP
    63        00099 (<autogenerated>:1)	RET
    64        00100 (<autogenerated>:1)	NOP
    64        00100 (<autogenerated>:1)	PCDATA	$1, $-1
    64        00100 (<autogenerated>:1)	PCDATA	$0, $-2
    64        00100 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    69        00105 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    6e        00110 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    73        00115 (<autogenerated>:1)	PCDATA	$0, $-1
    73        00115 (<autogenerated>:1)	MOVQ	8(SP), AX
    78        00120 (<autogenerated>:1)	MOVQ	16(SP), BX
    7d        00125 (<autogenerated>:1)	JMP	0
    7f done
wrote 3 bytes to 0x0
 00 7f 00
funcpctab main.(*Weekday).String [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Weekday).String(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Weekday).String(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Weekday).String.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Weekday).String.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	45
     9        00009 (<autogenerated>:1)	MOVQ	(AX), CX
     c        00012 (<unknown line number>)	NOP
     c      0 00012 (<autogenerated>:1)	CMPQ	CX, $4
    10        00016 (<autogenerated>:1)	JCC	40
    12        00018 (<autogenerated>:1)	SHLQ	$4, CX
    16        00022 (<autogenerated>:1)	LEAQ	main..stmp_4(SB), DX
    1d        00029 (<autogenerated>:1)	MOVQ	(DX)(CX*1), AX
    21        00033 (<autogenerated>:1)	MOVQ	8(DX)(CX*1), BX
    26     -1 00038 (<autogenerated>:1)	POPQ	BP
    27        00039 (<autogenerated>:1)	RET
    28        00040 (<autogenerated>:1)	PCDATA	$1, $1
    28        00040 (<autogenerated>:1)	PCDATA	$4, $4725
    28      0 00040 (<autogenerated>:1)	CALL	runtime.panicBounds(SB)
    2d     -1 00045 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    32        00050 (<autogenerated>:1)	XCHGL	AX, AX
    33 done
wrote 11 bytes to 0x0
 00 0c 02 1a 01 02 02 05 01 06 00
-- inlining tree for main.(*Weekday).String:
0 | -1 | main.Weekday.String (<autogenerated>:1) pc=4
--
funcpctab type:.eq.[2SS] [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.[2SS](SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.[2SS](SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	92
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.[2SS].arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.[2SS].argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
    18        00024 (<autogenerated>:1)	PCDATA	$3, $-1
    18        00024 (<autogenerated>:1)	XORL	CX, CX
    1a        00026 (<autogenerated>:1)	JMP	47
    1c        00028 (<autogenerated>:1)	MOVQ	main..autotmp_7+16(SP), CX
    21        00033 (<autogenerated>:1)	ADDQ	$32, CX
    25        00037 (<autogenerated>:1)	MOVQ	main.p+40(SP), AX
    2a        00042 (<autogenerated>:1)	MOVQ	main.q+48(SP), BX
    2f        00047 (<autogenerated>:1)	CMPQ	CX, $64
    33        00051 (<autogenerated>:1)	JCC	81
    35        00053 (<autogenerated>:1)	MOVQ	CX, main..autotmp_7+16(SP)
    3a        00058 (<autogenerated>:1)	ADDQ	CX, AX
    3d        00061 (<autogenerated>:1)	ADDQ	CX, BX
    40        00064 (<autogenerated>:1)	PCDATA	$1, $0
    40        00064 (<autogenerated>:1)	CALL	type:.eq.SS(SB)
    45        00069 (<autogenerated>:1)	TESTB	AL, AL
    47        00071 (<autogenerated>:1)	JNE	28
    49        00073 (<autogenerated>:1)	XORL	AX, AX
    4b        00075 (<autogenerated>:1)	ADDQ	$24, SP
    4f        00079 (<autogenerated>:1)	POPQ	BP
    50        00080 (<autogenerated>:1)	RET
    51        00081 (<autogenerated>:1)	MOVL	$1, AX
    56        00086 (<autogenerated>:1)	ADDQ	$24, SP
    5a        00090 (<autogenerated>:1)	POPQ	BP
    5b        00091 (<autogenerated>:1)	RET
    5c        00092 (<autogenerated>:1)	NOP
    5c        00092 (<autogenerated>:1)	PCDATA	$1, $-1
    5c        00092 (<autogenerated>:1)	PCDATA	$0, $-2
    5c        00092 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    61        00097 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    66        00102 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    6b        00107 (<autogenerated>:1)	PCDATA	$0, $-1
    6b        00107 (<autogenerated>:1)	MOVQ	8(SP), AX
    70        00112 (<autogenerated>:1)	MOVQ	16(SP), BX
    75        00117 (<autogenerated>:1)	JMP	0
    77 done
wrote 3 bytes to 0x0
 00 77 00
funcpctab main.Weekday.String [valfunc=pctoinline]
     0     -1 00000 (const_iota.go:13)	TEXT	main.Weekday.String(SB), NOSPLIT|ABIInternal, $8-8
     0        00000 (const_iota.go:13)	TEXT	main.Weekday.String(SB), NOSPLIT|ABIInternal, $8-8
     0     -1 00000 (const_iota.go:13)	PUSHQ	BP
     1        00001 (const_iota.go:13)	MOVQ	SP, BP
     4        00004 (const_iota.go:13)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     4        00004 (const_iota.go:13)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     4        00004 (const_iota.go:13)	FUNCDATA	$5, main.Weekday.String.arginfo1(SB)
     4        00004 (const_iota.go:13)	FUNCDATA	$6, main.Weekday.String.argliveinfo(SB)
     4        00004 (const_iota.go:13)	PCDATA	$3, $1
     4        00004 (const_iota.go:14)	CMPQ	AX, $4
     8        00008 (const_iota.go:14)	JCC	35
     a        00010 (const_iota.go:14)	SHLQ	$4, AX
     e        00014 (const_iota.go:14)	LEAQ	main..stmp_0(SB), CX
    15        00021 (const_iota.go:14)	MOVQ	(CX)(AX*1), DX
    19        00025 (const_iota.go:14)	MOVQ	8(CX)(AX*1), BX
    1e        00030 (const_iota.go:14)	MOVQ	DX, AX
    21        00033 (const_iota.go:14)	POPQ	BP
    22        00034 (const_iota.go:14)	RET
    23        00035 (const_iota.go:14)	PCDATA	$1, $0
    23        00035 (const_iota.go:14)	PCDATA	$4, $4653
    23        00035 (const_iota.go:14)	CALL	runtime.panicBounds(SB)
    28        00040 (const_iota.go:14)	XCHGL	AX, AX
    29 done
wrote 3 bytes to 0x0
 00 29 00
main.Weekday.String STEXT nosplit size=41 align=0x0 args=0x8 locals=0x8 funcid=0x0
	0x0000 00000 (const_iota.go:13)	TEXT	main.Weekday.String(SB), NOSPLIT|ABIInternal, $8-8
	0x0000 00000 (const_iota.go:13)	PUSHQ	BP
	0x0001 00001 (const_iota.go:13)	MOVQ	SP, BP
	0x0004 00004 (const_iota.go:13)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (const_iota.go:13)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0004 00004 (const_iota.go:13)	FUNCDATA	$5, main.Weekday.String.arginfo1(SB)
	0x0004 00004 (const_iota.go:13)	FUNCDATA	$6, main.Weekday.String.argliveinfo(SB)
	0x0004 00004 (const_iota.go:13)	PCDATA	$3, $1
	0x0004 00004 (const_iota.go:14)	CMPQ	AX, $4
	0x0008 00008 (const_iota.go:14)	JCC	35
	0x000a 00010 (const_iota.go:14)	SHLQ	$4, AX
	0x000e 00014 (const_iota.go:14)	LEAQ	main..stmp_0(SB), CX
	0x0015 00021 (const_iota.go:14)	MOVQ	(CX)(AX*1), DX
	0x0019 00025 (const_iota.go:14)	MOVQ	8(CX)(AX*1), BX
	0x001e 00030 (const_iota.go:14)	MOVQ	DX, AX
	0x0021 00033 (const_iota.go:14)	POPQ	BP
	0x0022 00034 (const_iota.go:14)	RET
	0x0023 00035 (const_iota.go:14)	PCDATA	$1, $0
	0x0023 00035 (const_iota.go:14)	PCDATA	$4, $4653
	0x0023 00035 (const_iota.go:14)	CALL	runtime.panicBounds(SB)
	0x0028 00040 (const_iota.go:14)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 83 f8 04 73 19 48 c1 e0 04 48 8d  UH..H...s.H...H.
	0x0010 0d 00 00 00 00 48 8b 14 01 48 8b 5c 01 08 48 89  .....H...H.\..H.
	0x0020 d0 5d c3 e8 00 00 00 00 90                       .].......
	rel 17+4 t=R_PCREL main..stmp_0+0
	rel 36+4 t=R_CALL runtime.panicBounds+0
main.main STEXT size=671 align=0x0 args=0x0 locals=0x30 funcid=0x0
	0x0000 00000 (const_iota.go:46)	TEXT	main.main(SB), ABIInternal, $48-0
	0x0000 00000 (const_iota.go:46)	CMPQ	SP, 16(R14)
	0x0004 00004 (const_iota.go:46)	PCDATA	$0, $-2
	0x0004 00004 (const_iota.go:46)	JLS	661
	0x000a 00010 (const_iota.go:46)	PCDATA	$0, $-1
	0x000a 00010 (const_iota.go:46)	PUSHQ	BP
	0x000b 00011 (const_iota.go:46)	MOVQ	SP, BP
	0x000e 00014 (const_iota.go:46)	SUBQ	$40, SP
	0x0012 00018 (const_iota.go:46)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (const_iota.go:46)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (const_iota.go:47)	MOVQ	main..stmp_1+24(SB), AX
	0x0019 00025 (const_iota.go:14)	MOVQ	AX, main.~r0.len+32(SP)
	0x001e 00030 (const_iota.go:14)	MOVQ	main..stmp_2+40(SB), AX
	0x0025 00037 (const_iota.go:14)	MOVQ	AX, main.~r0.len+24(SP)
	0x002a 00042 (<unknown line number>)	NOP
	0x002a 00042 (<unknown line number>)	NOP
	0x002a 00042 (const_iota.go:47)	PCDATA	$1, $0
	0x002a 00042 (const_iota.go:47)	CALL	runtime.printlock(SB)
	0x002f 00047 (const_iota.go:47)	XORL	AX, AX
	0x0031 00049 (const_iota.go:47)	CALL	runtime.printint(SB)
	0x0036 00054 (const_iota.go:47)	CALL	runtime.printsp(SB)
	0x003b 00059 (const_iota.go:47)	MOVL	$3, AX
	0x0040 00064 (const_iota.go:47)	CALL	runtime.printint(SB)
	0x0045 00069 (const_iota.go:47)	CALL	runtime.printsp(SB)
	0x004a 00074 (const_iota.go:47)	LEAQ	go:string."Mon"(SB), AX
	0x0051 00081 (const_iota.go:47)	MOVQ	main.~r0.len+32(SP), BX
	0x0056 00086 (const_iota.go:47)	CALL	runtime.printstring(SB)
	0x005b 00091 (const_iota.go:47)	NOP
	0x0060 00096 (const_iota.go:47)	CALL	runtime.printsp(SB)
	0x0065 00101 (const_iota.go:47)	LEAQ	go:string."Tue"(SB), AX
	0x006c 00108 (const_iota.go:47)	MOVQ	main.~r0.len+24(SP), BX
	0x0071 00113 (const_iota.go:47)	CALL	runtime.printstring(SB)
	0x0076 00118 (const_iota.go:47)	CALL	runtime.printnl(SB)
	0x007b 00123 (const_iota.go:47)	NOP
	0x0080 00128 (const_iota.go:47)	CALL	runtime.printunlock(SB)
	0x0085 00133 (const_iota.go:48)	CALL	runtime.printlock(SB)
	0x008a 00138 (const_iota.go:48)	MOVL	$1024, AX
	0x008f 00143 (const_iota.go:48)	CALL	runtime.printuint(SB)
	0x0094 00148 (const_iota.go:48)	CALL	runtime.printsp(SB)
	0x0099 00153 (const_iota.go:48)	MOVL	$1048576, AX
	0x009e 00158 (const_iota.go:48)	NOP
	0x00a0 00160 (const_iota.go:48)	CALL	runtime.printuint(SB)
	0x00a5 00165 (const_iota.go:48)	CALL	runtime.printsp(SB)
	0x00aa 00170 (const_iota.go:48)	MOVL	$1073741824, AX
	0x00af 00175 (const_iota.go:48)	CALL	runtime.printuint(SB)
	0x00b4 00180 (const_iota.go:48)	CALL	runtime.printsp(SB)
	0x00b9 00185 (const_iota.go:48)	MOVQ	$1099511627776, AX
	0x00c3 00195 (const_iota.go:48)	CALL	runtime.printuint(SB)
	0x00c8 00200 (const_iota.go:48)	CALL	runtime.printnl(SB)
	0x00cd 00205 (const_iota.go:48)	CALL	runtime.printunlock(SB)
	0x00d2 00210 (const_iota.go:49)	CALL	runtime.printlock(SB)
	0x00d7 00215 (const_iota.go:49)	XORL	AX, AX
	0x00d9 00217 (const_iota.go:49)	CALL	runtime.printint(SB)
	0x00de 00222 (const_iota.go:49)	NOP
	0x00e0 00224 (const_iota.go:49)	CALL	runtime.printsp(SB)
	0x00e5 00229 (const_iota.go:49)	XORL	AX, AX
	0x00e7 00231 (const_iota.go:49)	CALL	runtime.printint(SB)
	0x00ec 00236 (const_iota.go:49)	CALL	runtime.printsp(SB)
	0x00f1 00241 (const_iota.go:49)	MOVL	$1, AX
	0x00f6 00246 (const_iota.go:49)	CALL	runtime.printint(SB)
	0x00fb 00251 (const_iota.go:49)	NOP
	0x0100 00256 (const_iota.go:49)	CALL	runtime.printsp(SB)
	0x0105 00261 (const_iota.go:49)	MOVL	$10, AX
	0x010a 00266 (const_iota.go:49)	CALL	runtime.printint(SB)
	0x010f 00271 (const_iota.go:49)	CALL	runtime.printsp(SB)
	0x0114 00276 (const_iota.go:49)	MOVL	$2, AX
	0x0119 00281 (const_iota.go:49)	CALL	runtime.printint(SB)
	0x011e 00286 (const_iota.go:49)	NOP
	0x0120 00288 (const_iota.go:49)	CALL	runtime.printsp(SB)
	0x0125 00293 (const_iota.go:49)	MOVL	$20, AX
	0x012a 00298 (const_iota.go:49)	CALL	runtime.printint(SB)
	0x012f 00303 (const_iota.go:49)	CALL	runtime.printnl(SB)
	0x0134 00308 (const_iota.go:49)	CALL	runtime.printunlock(SB)
	0x0139 00313 (const_iota.go:50)	CALL	runtime.printlock(SB)
	0x013e 00318 (const_iota.go:50)	MOVL	$4, AX
	0x0143 00323 (const_iota.go:50)	CALL	runtime.printint(SB)
	0x0148 00328 (const_iota.go:50)	CALL	runtime.printsp(SB)
	0x014d 00333 (const_iota.go:50)	MOVL	$1024, AX
	0x0152 00338 (const_iota.go:50)	CALL	runtime.printint(SB)
	0x0157 00343 (const_iota.go:50)	CALL	runtime.printnl(SB)
	0x015c 00348 (const_iota.go:50)	NOP
	0x0160 00352 (const_iota.go:50)	CALL	runtime.printunlock(SB)
	0x0165 00357 (const_iota.go:52)	CALL	runtime.printlock(SB)
	0x016a 00362 (const_iota.go:52)	MOVSD	$f64.400921fb54442d18(SB), X0
	0x0172 00370 (const_iota.go:52)	CALL	runtime.printfloat64(SB)
	0x0177 00375 (const_iota.go:52)	CALL	runtime.printsp(SB)
	0x017c 00380 (const_iota.go:52)	MOVSS	$f32.40490fdb(SB), X0
	0x0184 00388 (const_iota.go:52)	CALL	runtime.printfloat32(SB)
	0x0189 00393 (const_iota.go:52)	CALL	runtime.printsp(SB)
	0x018e 00398 (const_iota.go:52)	MOVL	$3141, AX
	0x0193 00403 (const_iota.go:52)	CALL	runtime.printint(SB)
	0x0198 00408 (const_iota.go:52)	CALL	runtime.printnl(SB)
	0x019d 00413 (const_iota.go:52)	NOP
	0x01a0 00416 (const_iota.go:52)	CALL	runtime.printunlock(SB)
	0x01a5 00421 (const_iota.go:53)	CALL	runtime.printlock(SB)
	0x01aa 00426 (const_iota.go:53)	MOVL	$4294967295, AX
	0x01af 00431 (const_iota.go:53)	CALL	runtime.printuint(SB)
	0x01b4 00436 (const_iota.go:53)	CALL	runtime.printsp(SB)
	0x01b9 00441 (const_iota.go:53)	MOVL	$65535, AX
	0x01be 00446 (const_iota.go:53)	NOP
	0x01c0 00448 (const_iota.go:53)	CALL	runtime.printuint(SB)
	0x01c5 00453 (const_iota.go:53)	CALL	runtime.printnl(SB)
	0x01ca 00458 (const_iota.go:53)	CALL	runtime.printunlock(SB)
	0x01cf 00463 (const_iota.go:55)	CALL	runtime.printlock(SB)
	0x01d4 00468 (const_iota.go:55)	MOVL	$5, AX
	0x01d9 00473 (const_iota.go:55)	CALL	runtime.printuint(SB)
	0x01de 00478 (const_iota.go:55)	NOP
	0x01e0 00480 (const_iota.go:55)	CALL	runtime.printsp(SB)
	0x01e5 00485 (const_iota.go:55)	XORL	AX, AX
	0x01e7 00487 (const_iota.go:55)	CALL	runtime.printbool(SB)
	0x01ec 00492 (const_iota.go:55)	CALL	runtime.printsp(SB)
	0x01f1 00497 (const_iota.go:55)	MOVL	$1, AX
	0x01f6 00502 (const_iota.go:55)	CALL	runtime.printbool(SB)
	0x01fb 00507 (const_iota.go:55)	NOP
	0x0200 00512 (const_iota.go:55)	CALL	runtime.printsp(SB)
	0x0205 00517 (const_iota.go:55)	MOVL	$4, AX
	0x020a 00522 (const_iota.go:55)	CALL	runtime.printuint(SB)
	0x020f 00527 (const_iota.go:55)	CALL	runtime.printnl(SB)
	0x0214 00532 (const_iota.go:55)	CALL	runtime.printunlock(SB)
	0x0219 00537 (const_iota.go:57)	CALL	runtime.printlock(SB)
	0x021e 00542 (const_iota.go:57)	MOVQ	$-300, AX
	0x0225 00549 (const_iota.go:57)	CALL	runtime.printint(SB)
	0x022a 00554 (const_iota.go:57)	CALL	runtime.printsp(SB)
	0x022f 00559 (const_iota.go:57)	MOVL	$23, AX
	0x0234 00564 (const_iota.go:57)	CALL	runtime.printint(SB)
	0x0239 00569 (const_iota.go:57)	LEAQ	go:string." string\n"(SB), AX
	0x0240 00576 (const_iota.go:57)	MOVL	$8, BX
	0x0245 00581 (const_iota.go:57)	CALL	runtime.printstring(SB)
	0x024a 00586 (const_iota.go:57)	CALL	runtime.printunlock(SB)
	0x024f 00591 (const_iota.go:14)	MOVQ	main..stmp_3+56(SB), AX
	0x0256 00598 (const_iota.go:14)	MOVQ	AX, main.~r0.len+16(SP)
	0x025b 00603 (<unknown line number>)	NOP
	0x025b 00603 (<unknown line number>)	NOP
	0x0260 00608 (const_iota.go:60)	CALL	runtime.printlock(SB)
	0x0265 00613 (const_iota.go:60)	MOVL	$3, AX
	0x026a 00618 (const_iota.go:60)	CALL	runtime.printint(SB)
	0x026f 00623 (const_iota.go:60)	CALL	runtime.printsp(SB)
	0x0274 00628 (const_iota.go:60)	LEAQ	go:string."Wed"(SB), AX
	0x027b 00635 (const_iota.go:60)	MOVQ	main.~r0.len+16(SP), BX
	0x0280 00640 (const_iota.go:60)	CALL	runtime.printstring(SB)
	0x0285 00645 (const_iota.go:60)	CALL	runtime.printnl(SB)
	0x028a 00650 (const_iota.go:60)	CALL	runtime.printunlock(SB)
	0x028f 00655 (const_iota.go:61)	ADDQ	$40, SP
	0x0293 00659 (const_iota.go:61)	POPQ	BP
	0x0294 00660 (const_iota.go:61)	RET
	0x0295 00661 (const_iota.go:61)	NOP
	0x0295 00661 (const_iota.go:46)	PCDATA	$1, $-1
	0x0295 00661 (const_iota.go:46)	PCDATA	$0, $-2
	0x0295 00661 (const_iota.go:46)	CALL	runtime.morestack_noctxt(SB)
	0x029a 00666 (const_iota.go:46)	PCDATA	$0, $-1
	0x029a 00666 (const_iota.go:46)	JMP	0
	0x0000 49 3b 66 10 0f 86 8b 02 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 28 48 8b 05 00 00 00 00 48 89 44 24 20 48 8b  .(H......H.D$ H.
	0x0020 05 00 00 00 00 48 89 44 24 18 e8 00 00 00 00 31  .....H.D$......1
	0x0030 c0 e8 00 00 00 00 e8 00 00 00 00 b8 03 00 00 00  ................
	0x0040 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00  ..........H.....
	0x0050 00 48 8b 5c 24 20 e8 00 00 00 00 0f 1f 44 00 00  .H.\$ .......D..
	0x0060 e8 00 00 00 00 48 8d 05 00 00 00 00 48 8b 5c 24  .....H......H.\$
	0x0070 18 e8 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0080 e8 00 00 00 00 e8 00 00 00 00 b8 00 04 00 00 e8  ................
	0x0090 00 00 00 00 e8 00 00 00 00 b8 00 00 10 00 66 90  ..............f.
	0x00a0 e8 00 00 00 00 e8 00 00 00 00 b8 00 00 00 40 e8  ..............@.
	0x00b0 00 00 00 00 e8 00 00 00 00 48 b8 00 00 00 00 00  .........H......
	0x00c0 01 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00  ................
	0x00d0 00 00 e8 00 00 00 00 31 c0 e8 00 00 00 00 66 90  .......1......f.
	0x00e0 e8 00 00 00 00 31 c0 e8 00 00 00 00 e8 00 00 00  .....1..........
	0x00f0 00 b8 01 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0100 e8 00 00 00 00 b8 0a 00 00 00 e8 00 00 00 00 e8  ................
	0x0110 00 00 00 00 b8 02 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x0120 e8 00 00 00 00 b8 14 00 00 00 e8 00 00 00 00 e8  ................
	0x0130 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 04  ................
	0x0140 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 00 04  ................
	0x0150 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x0160 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 05 00 00  ................
	0x0170 00 00 e8 00 00 00 00 e8 00 00 00 00 f3 0f 10 05  ................
	0x0180 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 45  ...............E
	0x0190 0c 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  ................
	0x01a0 e8 00 00 00 00 e8 00 00 00 00 b8 ff ff ff ff e8  ................
	0x01b0 00 00 00 00 e8 00 00 00 00 b8 ff ff 00 00 66 90  ..............f.
	0x01c0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x01d0 00 00 00 00 b8 05 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x01e0 e8 00 00 00 00 31 c0 e8 00 00 00 00 e8 00 00 00  .....1..........
	0x01f0 00 b8 01 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0200 e8 00 00 00 00 b8 04 00 00 00 e8 00 00 00 00 e8  ................
	0x0210 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 c7  ..............H.
	0x0220 c0 d4 fe ff ff e8 00 00 00 00 e8 00 00 00 00 b8  ................
	0x0230 17 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00  .........H......
	0x0240 bb 08 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0250 8b 05 00 00 00 00 48 89 44 24 10 0f 1f 44 00 00  ......H.D$...D..
	0x0260 e8 00 00 00 00 b8 03 00 00 00 e8 00 00 00 00 e8  ................
	0x0270 00 00 00 00 48 8d 05 00 00 00 00 48 8b 5c 24 10  ....H......H.\$.
	0x0280 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0290 83 c4 28 5d c3 e8 00 00 00 00 e9 61 fd ff ff     ..(].......a...
	rel 21+4 t=R_PCREL main..stmp_1+24
	rel 33+4 t=R_PCREL main..stmp_2+40
	rel 43+4 t=R_CALL runtime.printlock+0
	rel 50+4 t=R_CALL runtime.printint+0
	rel 55+4 t=R_CALL runtime.printsp+0
	rel 65+4 t=R_CALL runtime.printint+0
	rel 70+4 t=R_CALL runtime.printsp+0
	rel 77+4 t=R_PCREL go:string."Mon"+0
	rel 87+4 t=R_CALL runtime.printstring+0
	rel 97+4 t=R_CALL runtime.printsp+0
	rel 104+4 t=R_PCREL go:string."Tue"+0
	rel 114+4 t=R_CALL runtime.printstring+0
	rel 119+4 t=R_CALL runtime.printnl+0
	rel 129+4 t=R_CALL runtime.printunlock+0
	rel 134+4 t=R_CALL runtime.printlock+0
	rel 144+4 t=R_CALL runtime.printuint+0
	rel 149+4 t=R_CALL runtime.printsp+0
	rel 161+4 t=R_CALL runtime.printuint+0
	rel 166+4 t=R_CALL runtime.printsp+0
	rel 176+4 t=R_CALL runtime.printuint+0
	rel 181+4 t=R_CALL runtime.printsp+0
	rel 196+4 t=R_CALL runtime.printuint+0
	rel 201+4 t=R_CALL runtime.printnl+0
	rel 206+4 t=R_CALL runtime.printunlock+0
	rel 211+4 t=R_CALL runtime.printlock+0
	rel 218+4 t=R_CALL runtime.printint+0
	rel 225+4 t=R_CALL runtime.printsp+0
	rel 232+4 t=R_CALL runtime.printint+0
	rel 237+4 t=R_CALL runtime.printsp+0
	rel 247+4 t=R_CALL runtime.printint+0
	rel 257+4 t=R_CALL runtime.printsp+0
	rel 267+4 t=R_CALL runtime.printint+0
	rel 272+4 t=R_CALL runtime.printsp+0
	rel 282+4 t=R_CALL runtime.printint+0
	rel 289+4 t=R_CALL runtime.printsp+0
	rel 299+4 t=R_CALL runtime.printint+0
	rel 304+4 t=R_CALL runtime.printnl+0
	rel 309+4 t=R_CALL runtime.printunlock+0
	rel 314+4 t=R_CALL runtime.printlock+0
	rel 324+4 t=R_CALL runtime.printint+0
	rel 329+4 t=R_CALL runtime.printsp+0
	rel 339+4 t=R_CALL runtime.printint+0
	rel 344+4 t=R_CALL runtime.printnl+0
	rel 353+4 t=R_CALL runtime.printunlock+0
	rel 358+4 t=R_CALL runtime.printlock+0
	rel 366+4 t=R_PCREL $f64.400921fb54442d18+0
	rel 371+4 t=R_CALL runtime.printfloat64+0
	rel 376+4 t=R_CALL runtime.printsp+0
	rel 384+4 t=R_PCREL $f32.40490fdb+0
	rel 389+4 t=R_CALL runtime.printfloat32+0
	rel 394+4 t=R_CALL runtime.printsp+0
	rel 404+4 t=R_CALL runtime.printint+0
	rel 409+4 t=R_CALL runtime.printnl+0
	rel 417+4 t=R_CALL runtime.printunlock+0
	rel 422+4 t=R_CALL runtime.printlock+0
	rel 432+4 t=R_CALL runtime.printuint+0
	rel 437+4 t=R_CALL runtime.printsp+0
	rel 449+4 t=R_CALL runtime.printuint+0
	rel 454+4 t=R_CALL runtime.printnl+0
	rel 459+4 t=R_CALL runtime.printunlock+0
	rel 464+4 t=R_CALL runtime.printlock+0
	rel 474+4 t=R_CALL runtime.printuint+0
	rel 481+4 t=R_CALL runtime.printsp+0
	rel 488+4 t=R_CALL runtime.printbool+0
	rel 493+4 t=R_CALL runtime.printsp+0
	rel 503+4 t=R_CALL runtime.printbool+0
	rel 513+4 t=R_CALL runtime.printsp+0
	rel 523+4 t=R_CALL runtime.printuint+0
	rel 528+4 t=R_CALL runtime.printnl+0
	rel 533+4 t=R_CALL runtime.printunlock+0
	rel 538+4 t=R_CALL runtime.printlock+0
	rel 550+4 t=R_CALL runtime.printint+0
	rel 555+4 t=R_CALL runtime.printsp+0
	rel 565+4 t=R_CALL runtime.printint+0
	rel 572+4 t=R_PCREL go:string." string\n"+0
	rel 582+4 t=R_CALL runtime.printstring+0
	rel 587+4 t=R_CALL runtime.printunlock+0
	rel 594+4 t=R_PCREL main..stmp_3+56
	rel 609+4 t=R_CALL runtime.printlock+0
	rel 619+4 t=R_CALL runtime.printint+0
	rel 624+4 t=R_CALL runtime.printsp+0
	rel 631+4 t=R_PCREL go:string."Wed"+0
	rel 641+4 t=R_CALL runtime.printstring+0
	rel 646+4 t=R_CALL runtime.printnl+0
	rel 651+4 t=R_CALL runtime.printunlock+0
	rel 662+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Weekday).String STEXT dupok nosplit size=51 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Weekday).String(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Weekday).String.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Weekday).String.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	45
	0x0009 00009 (<autogenerated>:1)	MOVQ	(AX), CX
	0x000c 00012 (<unknown line number>)	NOP
	0x000c 00012 (const_iota.go:14)	CMPQ	CX, $4
	0x0010 00016 (const_iota.go:14)	JCC	40
	0x0012 00018 (const_iota.go:14)	SHLQ	$4, CX
	0x0016 00022 (const_iota.go:14)	LEAQ	main..stmp_4(SB), DX
	0x001d 00029 (const_iota.go:14)	MOVQ	(DX)(CX*1), AX
	0x0021 00033 (const_iota.go:14)	MOVQ	8(DX)(CX*1), BX
	0x0026 00038 (<autogenerated>:1)	POPQ	BP
	0x0027 00039 (<autogenerated>:1)	RET
	0x0028 00040 (const_iota.go:14)	PCDATA	$1, $1
	0x0028 00040 (const_iota.go:14)	PCDATA	$4, $4725
	0x0028 00040 (const_iota.go:14)	CALL	runtime.panicBounds(SB)
	0x002d 00045 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0032 00050 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 24 48 8b 08 48 83 f9 04  UH..H..t$H..H...
	0x0010 73 16 48 c1 e1 04 48 8d 15 00 00 00 00 48 8b 04  s.H...H......H..
	0x0020 0a 48 8b 5c 0a 08 5d c3 e8 00 00 00 00 e8 00 00  .H.\..].........
	0x0030 00 00 90                                         ...
	rel 25+4 t=R_PCREL main..stmp_4+0
	rel 41+4 t=R_CALL runtime.panicBounds+0
	rel 46+4 t=R_CALL runtime.panicwrap+0
type:.eq.[2SS] STEXT dupok size=119 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.[2SS](SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	92
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.[2SS].arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.[2SS].argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $-1
	0x0018 00024 (<autogenerated>:1)	XORL	CX, CX
	0x001a 00026 (<autogenerated>:1)	JMP	47
	0x001c 00028 (<autogenerated>:1)	MOVQ	main..autotmp_7+16(SP), CX
	0x0021 00033 (<autogenerated>:1)	ADDQ	$32, CX
	0x0025 00037 (<autogenerated>:1)	MOVQ	main.p+40(SP), AX
	0x002a 00042 (<autogenerated>:1)	MOVQ	main.q+48(SP), BX
	0x002f 00047 (<autogenerated>:1)	CMPQ	CX, $64
	0x0033 00051 (<autogenerated>:1)	JCC	81
	0x0035 00053 (<autogenerated>:1)	MOVQ	CX, main..autotmp_7+16(SP)
	0x003a 00058 (<autogenerated>:1)	ADDQ	CX, AX
	0x003d 00061 (<autogenerated>:1)	ADDQ	CX, BX
	0x0040 00064 (<autogenerated>:1)	PCDATA	$1, $0
	0x0040 00064 (<autogenerated>:1)	CALL	type:.eq.SS(SB)
	0x0045 00069 (<autogenerated>:1)	TESTB	AL, AL
	0x0047 00071 (<autogenerated>:1)	JNE	28
	0x0049 00073 (<autogenerated>:1)	XORL	AX, AX
	0x004b 00075 (<autogenerated>:1)	ADDQ	$24, SP
	0x004f 00079 (<autogenerated>:1)	POPQ	BP
	0x0050 00080 (<autogenerated>:1)	RET
	0x0051 00081 (<autogenerated>:1)	MOVL	$1, AX
	0x0056 00086 (<autogenerated>:1)	ADDQ	$24, SP
	0x005a 00090 (<autogenerated>:1)	POPQ	BP
	0x005b 00091 (<autogenerated>:1)	RET
	0x005c 00092 (<autogenerated>:1)	NOP
	0x005c 00092 (<autogenerated>:1)	PCDATA	$1, $-1
	0x005c 00092 (<autogenerated>:1)	PCDATA	$0, $-2
	0x005c 00092 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0061 00097 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0066 00102 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x006b 00107 (<autogenerated>:1)	PCDATA	$0, $-1
	0x006b 00107 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0070 00112 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0075 00117 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 56 55 48 89 e5 48 83 ec 18 48 89  I;f.vVUH..H...H.
	0x0010 44 24 28 48 89 5c 24 30 31 c9 eb 13 48 8b 4c 24  D$(H.\$01...H.L$
	0x0020 10 48 83 c1 20 48 8b 44 24 28 48 8b 5c 24 30 48  .H.. H.D$(H.\$0H
	0x0030 83 f9 40 73 1c 48 89 4c 24 10 48 01 c8 48 01 cb  ..@s.H.L$.H..H..
	0x0040 e8 00 00 00 00 84 c0 75 d3 31 c0 48 83 c4 18 5d  .......u.1.H...]
	0x0050 c3 b8 01 00 00 00 48 83 c4 18 5d c3 48 89 44 24  ......H...].H.D$
	0x0060 08 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24 08  .H.\$......H.D$.
	0x0070 48 8b 5c 24 10 eb 89                             H.\$...
	rel 65+4 t=R_CALL type:.eq.SS+0
	rel 103+4 t=R_CALL runtime.morestack_noctxt+0
type:.eq.SS STEXT dupok size=127 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.SS(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	100
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.SS.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.SS.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	8(AX), CX
	0x0012 00018 (<autogenerated>:1)	CMPQ	8(BX), CX
	0x0016 00022 (<autogenerated>:1)	JNE	92
	0x0018 00024 (<autogenerated>:1)	MOVQ	24(AX), DX
	0x001c 00028 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CMPQ	24(BX), DX
	0x0024 00036 (<autogenerated>:1)	JNE	92
	0x0026 00038 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
	0x002b 00043 (<autogenerated>:1)	MOVQ	BX, main.q+48(SP)
	0x0030 00048 (<autogenerated>:1)	PCDATA	$3, $-1
	0x0030 00048 (<autogenerated>:1)	MOVQ	(AX), AX
	0x0033 00051 (<autogenerated>:1)	MOVQ	(BX), BX
	0x0036 00054 (<autogenerated>:1)	PCDATA	$1, $0
	0x0036 00054 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x003b 00059 (<autogenerated>:1)	TESTB	AL, AL
	0x003d 00061 (<autogenerated>:1)	JEQ	92
	0x003f 00063 (<autogenerated>:1)	MOVQ	main.p+40(SP), DX
	0x0044 00068 (<autogenerated>:1)	MOVQ	16(DX), AX
	0x0048 00072 (<autogenerated>:1)	MOVQ	main.q+48(SP), SI
	0x004d 00077 (<autogenerated>:1)	MOVQ	16(SI), BX
	0x0051 00081 (<autogenerated>:1)	MOVQ	24(DX), CX
	0x0055 00085 (<autogenerated>:1)	PCDATA	$1, $1
	0x0055 00085 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x005a 00090 (<autogenerated>:1)	JMP	94
	0x005c 00092 (<autogenerated>:1)	PCDATA	$3, $1
	0x005c 00092 (<autogenerated>:1)	XORL	AX, AX
	0x005e 00094 (<autogenerated>:1)	ADDQ	$24, SP
	0x0062 00098 (<autogenerated>:1)	POPQ	BP
	0x0063 00099 (<autogenerated>:1)	RET
	0x0064 00100 (<autogenerated>:1)	NOP
	0x0064 00100 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0064 00100 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0064 00100 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0069 00105 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x006e 00110 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0073 00115 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0073 00115 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0078 00120 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x007d 00125 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 5e 55 48 89 e5 48 83 ec 18 48 8b  I;f.v^UH..H...H.
	0x0010 48 08 48 39 4b 08 75 44 48 8b 50 18 0f 1f 40 00  H.H9K.uDH.P...@.
	0x0020 48 39 53 18 75 36 48 89 44 24 28 48 89 5c 24 30  H9S.u6H.D$(H.\$0
	0x0030 48 8b 00 48 8b 1b e8 00 00 00 00 84 c0 74 1d 48  H..H.........t.H
	0x0040 8b 54 24 28 48 8b 42 10 48 8b 74 24 30 48 8b 5e  .T$(H.B.H.t$0H.^
	0x0050 10 48 8b 4a 18 e8 00 00 00 00 eb 02 31 c0 48 83  .H.J........1.H.
	0x0060 c4 18 5d c3 48 89 44 24 08 48 89 5c 24 10 e8 00  ..].H.D$.H.\$...
	0x0070 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 eb 81     ...H.D$.H.\$...
	rel 55+4 t=R_CALL runtime.memequal+0
	rel 86+4 t=R_CALL runtime.memequal+0
	rel 111+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.Weekday.String$abstract SDWARFABSFCN dupok size=33 align=0x0
	0x0000 05 6d 61 69 6e 2e 57 65 65 6b 64 61 79 2e 53 74  .main.Weekday.St
	0x0010 72 69 6e 67 00 01 0d 01 22 64 00 00 00 00 00 00  ring...."d......
	0x0020 00                                               .
	rel 28+4 t=R_DWARFSECREF go:info.main.Weekday+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Weekday. SRODATA dupok size=15 align=0x1
	0x0000 01 0d 2a 6d 61 69 6e 2e 57 65 65 6b 64 61 79     ..*main.Weekday
type:.namedata.*func(*main.Weekday) string- SRODATA dupok size=29 align=0x1
	0x0000 00 1b 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 57 65  ..*func(*main.We
	0x0010 65 6b 64 61 79 29 20 73 74 72 69 6e 67           ekday) string
type:*func(*main.Weekday) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 59 74 d5 22 28 08 08 16 00 00 00 00 00 00 00 00  Yt."(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Weekday) string-+0
	rel 48+8 t=R_ADDR type:func(*main.Weekday) string+0
type:func(*main.Weekday) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 48 cc 3c f7 22 08 08 13 00 00 00 00 00 00 00 00  H.<."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Weekday) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Weekday) string+0
	rel 56+8 t=R_ADDR type:*main.Weekday+0
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
type:*main.Weekday SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 79 3f f6 c9 29 08 08 16 00 00 00 00 00 00 00 00  y?..)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Weekday.+0
	rel 48+8 t=R_ADDR type:main.Weekday+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.String.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*Weekday).String+0
	rel 84+4 t=R_METHODOFF main.(*Weekday).String+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.*func(main.Weekday) string- SRODATA dupok size=28 align=0x1
	0x0000 00 1a 2a 66 75 6e 63 28 6d 61 69 6e 2e 57 65 65  ..*func(main.Wee
	0x0010 6b 64 61 79 29 20 73 74 72 69 6e 67              kday) string
type:*func(main.Weekday) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 96 aa 29 e4 28 08 08 16 00 00 00 00 00 00 00 00  ..).(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Weekday) string-+0
	rel 48+8 t=R_ADDR type:func(main.Weekday) string+0
type:func(main.Weekday) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 77 7f 84 74 22 08 08 13 00 00 00 00 00 00 00 00  w..t"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Weekday) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Weekday) string+0
	rel 56+8 t=R_ADDR type:main.Weekday+0
	rel 64+8 t=R_ADDR type:string+0
type:main.Weekday SRODATA size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 4a 25 36 6d 0f 08 08 02 00 00 00 00 00 00 00 00  J%6m............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 01 00 01 00 10 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Weekday.+0
	rel 44+4 t=R_ADDROFF type:*main.Weekday+0
	rel 48+4 t=R_ADDROFF type:.importpath.main.+0
	rel 64+4 t=R_ADDROFF type:.namedata.String.+0
	rel 68+4 t=R_METHODOFF type:func() string+0
	rel 72+4 t=R_METHODOFF main.(*Weekday).String+0
	rel 76+4 t=R_METHODOFF main.Weekday.String+0
go:constinfo.main SDWARFCONST size=311 align=0x0
	0x0000 0b 6d 61 69 6e 2e 53 75 6e 64 61 79 00 00 00 00  .main.Sunday....
	0x0010 00 00 0b 6d 61 69 6e 2e 4d 6f 6e 64 61 79 00 00  ...main.Monday..
	0x0020 00 00 00 01 0b 6d 61 69 6e 2e 54 75 65 73 64 61  .....main.Tuesda
	0x0030 79 00 00 00 00 00 02 0b 6d 61 69 6e 2e 57 65 64  y.......main.Wed
	0x0040 6e 65 73 64 61 79 00 00 00 00 00 03 0b 6d 61 69  nesday.......mai
	0x0050 6e 2e 4b 42 00 00 00 00 00 80 08 0b 6d 61 69 6e  n.KB........main
	0x0060 2e 4d 42 00 00 00 00 00 80 80 c0 00 0b 6d 61 69  .MB..........mai
	0x0070 6e 2e 47 42 00 00 00 00 00 80 80 80 80 04 0b 6d  n.GB...........m
	0x0080 61 69 6e 2e 54 42 00 00 00 00 00 80 80 80 80 80  ain.TB..........
	0x0090 20 0b 6d 61 69 6e 2e 41 00 00 00 00 00 00 0b 6d   .main.A.......m
	0x00a0 61 69 6e 2e 42 00 00 00 00 00 00 0b 6d 61 69 6e  ain.B.......main
	0x00b0 2e 43 00 00 00 00 00 01 0b 6d 61 69 6e 2e 44 00  .C.......main.D.
	0x00c0 00 00 00 00 0a 0b 6d 61 69 6e 2e 45 00 00 00 00  ......main.E....
	0x00d0 00 02 0b 6d 61 69 6e 2e 46 00 00 00 00 00 14 0b  ...main.F.......
	0x00e0 6d 61 69 6e 2e 73 6d 61 6c 6c 00 00 00 00 00 04  main.small......
	0x00f0 0b 6d 61 69 6e 2e 6d 61 73 6b 00 00 00 00 00 ff  .main.mask......
	0x0100 ff ff ff 0f 0b 6d 61 69 6e 2e 46 6c 61 67 41 00  .....main.FlagA.
	0x0110 00 00 00 00 01 0b 6d 61 69 6e 2e 46 6c 61 67 42  ......main.FlagB
	0x0120 00 00 00 00 00 02 0b 6d 61 69 6e 2e 46 6c 61 67  .......main.Flag
	0x0130 43 00 00 00 00 00 04                             C......
	rel 13+4 t=R_DWARFSECREF go:info.main.Weekday+0
	rel 31+4 t=R_DWARFSECREF go:info.main.Weekday+0
	rel 50+4 t=R_DWARFSECREF go:info.main.Weekday+0
	rel 71+4 t=R_DWARFSECREF go:info.main.Weekday+0
	rel 85+4 t=R_DWARFSECREF go:info.main.Size+0
	rel 100+4 t=R_DWARFSECREF go:info.main.Size+0
	rel 117+4 t=R_DWARFSECREF go:info.main.Size+0
	rel 135+4 t=R_DWARFSECREF go:info.main.Size+0
	rel 153+4 t=R_DWARFSECREF go:info.int+0
	rel 166+4 t=R_DWARFSECREF go:info.int+0
	rel 179+4 t=R_DWARFSECREF go:info.int+0
	rel 192+4 t=R_DWARFSECREF go:info.int+0
	rel 205+4 t=R_DWARFSECREF go:info.int+0
	rel 218+4 t=R_DWARFSECREF go:info.int+0
	rel 235+4 t=R_DWARFSECREF go:info.int+0
	rel 251+4 t=R_DWARFSECREF go:info.uint32+0
	rel 272+4 t=R_DWARFSECREF go:info.main.Flags+0
	rel 289+4 t=R_DWARFSECREF go:info.main.Flags+0
	rel 306+4 t=R_DWARFSECREF go:info.main.Flags+0
type:.namedata.*main.Size. SRODATA dupok size=12 align=0x1
	0x0000 01 0a 2a 6d 61 69 6e 2e 53 69 7a 65              ..*main.Size
type:*main.Size SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 84 08 1e 34 28 08 08 16 00 00 00 00 00 00 00 00  ...4(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Size.+0
	rel 48+8 t=R_ADDR type:main.Size+0
type:main.Size SRODATA size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 a7 d2 0e f6 0f 08 08 0b 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 10 00 00 00              ............
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Size.+0
	rel 44+4 t=R_ADDROFF type:*main.Size+0
	rel 48+4 t=R_ADDROFF type:.importpath.main.+0
runtime.memequal8·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal8+0
type:.namedata.*main.Flags. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 46 6c 61 67 73           ..*main.Flags
type:*main.Flags SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5a 5c e2 76 28 08 08 16 00 00 00 00 00 00 00 00  Z\.v(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Flags.+0
	rel 48+8 t=R_ADDR type:main.Flags+0
type:main.Flags SRODATA size=64 align=0x8
	0x0000 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 8a 01 14 d9 0f 01 01 08 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 10 00 00 00              ............
	rel 24+8 t=R_ADDR runtime.memequal8·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Flags.+0
	rel 44+4 t=R_ADDROFF type:*main.Flags+0
	rel 48+4 t=R_ADDROFF type:.importpath.main.+0
go:string."Sun" SRODATA dupok size=3 align=0x1
	0x0000 53 75 6e                                         Sun
go:string."Mon" SRODATA dupok size=3 align=0x1
	0x0000 4d 6f 6e                                         Mon
go:string."Tue" SRODATA dupok size=3 align=0x1
	0x0000 54 75 65                                         Tue
go:string."Wed" SRODATA dupok size=3 align=0x1
	0x0000 57 65 64                                         Wed
main..stmp_0 SRODATA static size=64 align=0x8
	0x0000 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."Sun"+0
	rel 16+8 t=R_ADDR go:string."Mon"+0
	rel 32+8 t=R_ADDR go:string."Tue"+0
	rel 48+8 t=R_ADDR go:string."Wed"+0
type:.eqfunc.[2SS] SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.[2SS]+0
type:.namedata.*[4]string- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 5b 34 5d 73 74 72 69 6e 67              ..*[4]string
type:*[4]string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 72 be 6a 58 28 08 08 16 00 00 00 00 00 00 00 00  r.jX(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]string-+0
	rel 48+8 t=R_ADDR type:[4]string+0
runtime.gcbits.5500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 55 00 00 00 00 00 00 00                          U.......
type:[4]string SRODATA dupok size=72 align=0x8
	0x0000 40 00 00 00 00 00 00 00 38 00 00 00 00 00 00 00  @.......8.......
	0x0010 9e be 13 f7 02 08 08 11 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 04 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.[2SS]+0
	rel 32+8 t=R_ADDR runtime.gcbits.5500000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]string-+0
	rel 44+4 t=RelocType(-32763) type:*[4]string+0
	rel 48+8 t=R_ADDR type:string+0
	rel 56+8 t=R_ADDR type:[]string+0
go:string."string" SRODATA dupok size=6 align=0x1
	0x0000 73 74 72 69 6e 67                                string
go:string." string\n" SRODATA dupok size=8 align=0x1
	0x0000 20 73 74 72 69 6e 67 0a                           string.
main..stmp_1 SRODATA static size=64 align=0x8
	0x0000 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."Sun"+0
	rel 16+8 t=R_ADDR go:string."Mon"+0
	rel 32+8 t=R_ADDR go:string."Tue"+0
	rel 48+8 t=R_ADDR go:string."Wed"+0
main..stmp_2 SRODATA static size=64 align=0x8
	0x0000 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."Sun"+0
	rel 16+8 t=R_ADDR go:string."Mon"+0
	rel 32+8 t=R_ADDR go:string."Tue"+0
	rel 48+8 t=R_ADDR go:string."Wed"+0
main..stmp_3 SRODATA static size=64 align=0x8
	0x0000 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."Sun"+0
	rel 16+8 t=R_ADDR go:string."Mon"+0
	rel 32+8 t=R_ADDR go:string."Tue"+0
	rel 48+8 t=R_ADDR go:string."Wed"+0
main..stmp_4 SRODATA static size=64 align=0x8
	0x0000 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."Sun"+0
	rel 16+8 t=R_ADDR go:string."Mon"+0
	rel 32+8 t=R_ADDR go:string."Tue"+0
	rel 48+8 t=R_ADDR go:string."Wed"+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.Weekday.String.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.Weekday.String.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.(*Weekday).String.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Weekday).String.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
type:.eq.[2SS].arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 08 08 ff                                         ...
type:.eq.[2SS].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.eq.SS.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.SS.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
$f32.40490fdb SRODATA size=4 align=0x4
	0x0000 db 0f 49 40                                      ..I@
$f64.400921fb54442d18 SRODATA size=8 align=0x8
	0x0000 18 2d 44 54 fb 21 09 40                          .-DT.!.@
