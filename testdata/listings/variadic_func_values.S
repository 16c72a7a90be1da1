funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:40)	TEXT	main.main(SB), ABIInternal, $208-0
     0        00000 (variadic_func_values.go:40)	TEXT	main.main(SB), ABIInternal, $208-0
     0     -1 00000 (variadic_func_values.go:40)	LEAQ	-80(SP), R12
     5        00005 (variadic_func_values.go:40)	CMPQ	R12, 16(R14)
     9        00009 (variadic_func_values.go:40)	PCDATA	$0, $-2
     9        00009 (variadic_func_values.go:40)	JLS	711
     f        00015 (variadic_func_values.go:40)	PCDATA	$0, $-1
     f        00015 (variadic_func_values.go:40)	PUSHQ	BP
    10        00016 (variadic_func_values.go:40)	MOVQ	SP, BP
    13        00019 (variadic_func_values.go:40)	SUBQ	$200, SP
    1a        00026 (variadic_func_values.go:40)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    1a        00026 (variadic_func_values.go:40)	FUNCDATA	$1, gclocals·BPlwx4ERB7Wl+2UvxaKZQw==(SB)
    1a        00026 (variadic_func_values.go:40)	FUNCDATA	$2, main.main.stkobj(SB)
    1a        00026 (<unknown line number>)	NOP
    1a        00026 (variadic_func_values.go:41)	MOVQ	$2, main..autotmp_45+112(SP)
    23        00035 (variadic_func_values.go:41)	MOVQ	$3, main..autotmp_45+120(SP)
    2c        00044 (<unknown line number>)	NOP
    2c      0 00044 (variadic_func_values.go:41)	XORL	AX, AX
    2e        00046 (variadic_func_values.go:41)	MOVL	$1, CX
    33        00051 (variadic_func_values.go:41)	JMP	64
    35        00053 (variadic_func_values.go:41)	ADDQ	main..autotmp_45+112(SP)(AX*8), CX
    3a        00058 (variadic_func_values.go:41)	INCQ	AX
    3d        00061 (variadic_func_values.go:41)	NOP
    40        00064 (variadic_func_values.go:41)	CMPQ	AX, $2
    44        00068 (variadic_func_values.go:41)	JLT	53
    46     -1 00070 (variadic_func_values.go:41)	MOVQ	$4, main..autotmp_49+88(SP)
    4f        00079 (variadic_func_values.go:41)	MOVQ	$5, main..autotmp_49+96(SP)
    58        00088 (variadic_func_values.go:41)	MOVQ	$6, main..autotmp_49+104(SP)
    61        00097 (<unknown line number>)	NOP
    61      1 00097 (variadic_func_values.go:41)	XORL	AX, AX
    63        00099 (variadic_func_values.go:41)	XORL	DX, DX
    65        00101 (variadic_func_values.go:41)	JMP	111
    67        00103 (variadic_func_values.go:41)	ADDQ	main..autotmp_49+88(SP)(AX*8), DX
    6c        00108 (variadic_func_values.go:41)	INCQ	AX
    6f        00111 (variadic_func_values.go:41)	CMPQ	AX, $3
    73        00115 (variadic_func_values.go:41)	JLT	103
    75        00117 (variadic_func_values.go:41)	MOVQ	DX, main.base+40(SP)
    7a      0 00122 (variadic_func_values.go:41)	MOVQ	CX, main.base+48(SP)
    7f        00127 (variadic_func_values.go:41)	PCDATA	$1, $0
    7f     -1 00127 (variadic_func_values.go:41)	NOP
    80        00128 (variadic_func_values.go:41)	CALL	runtime.printlock(SB)
    85        00133 (variadic_func_values.go:41)	MOVL	$1, AX
    8a        00138 (variadic_func_values.go:41)	CALL	runtime.printint(SB)
    8f        00143 (variadic_func_values.go:41)	CALL	runtime.printsp(SB)
    94        00148 (variadic_func_values.go:41)	MOVQ	main.base+48(SP), AX
    99        00153 (variadic_func_values.go:41)	CALL	runtime.printint(SB)
    9e        00158 (variadic_func_values.go:41)	NOP
    a0        00160 (variadic_func_values.go:41)	CALL	runtime.printsp(SB)
    a5        00165 (variadic_func_values.go:41)	MOVQ	main.base+40(SP), AX
    aa        00170 (variadic_func_values.go:41)	CALL	runtime.printint(SB)
    af        00175 (variadic_func_values.go:41)	CALL	runtime.printnl(SB)
    b4        00180 (variadic_func_values.go:41)	CALL	runtime.printunlock(SB)
    b9        00185 (variadic_func_values.go:42)	CALL	runtime.printlock(SB)
    be        00190 (variadic_func_values.go:42)	XORL	AX, AX
    c0        00192 (variadic_func_values.go:42)	CALL	runtime.printint(SB)
    c5        00197 (variadic_func_values.go:42)	CALL	runtime.printsp(SB)
    ca        00202 (variadic_func_values.go:42)	MOVL	$3, AX
    cf        00207 (variadic_func_values.go:42)	CALL	runtime.printint(SB)
    d4        00212 (variadic_func_values.go:42)	CALL	runtime.printsp(SB)
    d9        00217 (variadic_func_values.go:42)	MOVL	$2, AX
    de        00222 (variadic_func_values.go:42)	NOP
    e0        00224 (variadic_func_values.go:42)	CALL	runtime.printint(SB)
    e5        00229 (variadic_func_values.go:42)	CALL	runtime.printsp(SB)
    ea        00234 (variadic_func_values.go:42)	MOVL	$1, AX
    ef        00239 (variadic_func_values.go:42)	CALL	runtime.printint(SB)
    f4        00244 (variadic_func_values.go:42)	CALL	runtime.printnl(SB)
    f9        00249 (variadic_func_values.go:42)	CALL	runtime.printunlock(SB)
    fe        00254 (variadic_func_values.go:43)	MOVQ	$1, main..autotmp_59+64(SP)
   107        00263 (variadic_func_values.go:43)	MOVQ	$2, main..autotmp_59+72(SP)
   110        00272 (variadic_func_values.go:43)	MOVQ	$3, main..autotmp_59+80(SP)
   119        00281 (variadic_func_values.go:44)	LEAQ	main..autotmp_59+64(SP), AX
   11e        00286 (variadic_func_values.go:44)	MOVL	$3, BX
   123        00291 (variadic_func_values.go:44)	MOVL	BX, CX
   125        00293 (variadic_func_values.go:44)	CALL	main.modify(SB)
   12a        00298 (variadic_func_values.go:45)	MOVQ	$10, main..autotmp_39+128(SP)
   136        00310 (variadic_func_values.go:45)	MOVQ	$20, main..autotmp_39+136(SP)
   142        00322 (variadic_func_values.go:45)	LEAQ	main..autotmp_39+128(SP), AX
   14a        00330 (variadic_func_values.go:45)	MOVL	$2, BX
   14f        00335 (variadic_func_values.go:45)	MOVL	BX, CX
   151        00337 (variadic_func_values.go:45)	CALL	main.modify(SB)
   156        00342 (variadic_func_values.go:46)	MOVQ	main..autotmp_59+64(SP), AX
   15b        00347 (variadic_func_values.go:46)	MOVQ	AX, main..autotmp_99+56(SP)
   160        00352 (variadic_func_values.go:46)	CALL	runtime.printlock(SB)
   165        00357 (variadic_func_values.go:46)	MOVQ	main..autotmp_99+56(SP), AX
   16a        00362 (variadic_func_values.go:46)	CALL	runtime.printint(SB)
   16f        00367 (variadic_func_values.go:46)	CALL	runtime.printnl(SB)
   174        00372 (variadic_func_values.go:46)	CALL	runtime.printunlock(SB)
   179        00377 (<unknown line number>)	NOP
   179      2 00377 (variadic_func_values.go:47)	LEAQ	main.table.func1#BvZHsVe4VXo=#·f(SB), AX
   180        00384 (variadic_func_values.go:47)	MOVQ	AX, main..autotmp_64+168(SP)
   188        00392 (variadic_func_values.go:47)	LEAQ	main.table.func2#BvZHsVe4VXo=#·f(SB), AX
   18f        00399 (variadic_func_values.go:47)	MOVQ	AX, main..autotmp_64+176(SP)
   197        00407 (variadic_func_values.go:47)	LEAQ	main.table.func3#BvZHsVe4VXo=#·f(SB), AX
   19e        00414 (variadic_func_values.go:47)	MOVQ	AX, main..autotmp_64+184(SP)
   1a6        00422 (variadic_func_values.go:47)	LEAQ	main.table.func4#BvZHsVe4VXo=#·f(SB), AX
   1ad        00429 (variadic_func_values.go:47)	MOVQ	AX, main..autotmp_64+192(SP)
   1b5        00437 (variadic_func_values.go:47)	XORL	AX, AX
   1b7     -1 00439 (variadic_func_values.go:47)	JMP	525
   1b9        00441 (variadic_func_values.go:47)	MOVQ	AX, main.i+32(SP)
   1be        00446 (variadic_func_values.go:47)	MOVQ	main..autotmp_64+168(SP)(AX*8), DX
   1c6        00454 (variadic_func_values.go:48)	MOVQ	(DX), CX
   1c9        00457 (variadic_func_values.go:48)	MOVL	$6, AX
   1ce        00462 (variadic_func_values.go:48)	MOVL	$3, BX
   1d3        00467 (variadic_func_values.go:48)	PCDATA	$1, $1
   1d3        00467 (variadic_func_values.go:48)	CALL	CX
   1d5        00469 (variadic_func_values.go:48)	MOVQ	AX, main..autotmp_99+56(SP)
   1da        00474 (variadic_func_values.go:48)	CALL	runtime.printlock(SB)
   1df        00479 (variadic_func_values.go:48)	MOVQ	main.i+32(SP), AX
   1e4        00484 (variadic_func_values.go:48)	CALL	runtime.printint(SB)
   1e9        00489 (variadic_func_values.go:48)	CALL	runtime.printsp(SB)
   1ee        00494 (variadic_func_values.go:48)	MOVQ	main..autotmp_99+56(SP), AX
   1f3        00499 (variadic_func_values.go:48)	CALL	runtime.printint(SB)
   1f8        00504 (variadic_func_values.go:48)	CALL	runtime.printnl(SB)
   1fd        00509 (variadic_func_values.go:48)	NOP
   200        00512 (variadic_func_values.go:48)	CALL	runtime.printunlock(SB)
   205        00517 (variadic_func_values.go:47)	MOVQ	main.i+32(SP), AX
   20a        00522 (variadic_func_values.go:47)	INCQ	AX
   20d        00525 (variadic_func_values.go:47)	CMPQ	AX, $4
   211        00529 (variadic_func_values.go:47)	JLT	441
   213        00531 (variadic_func_values.go:51)	PCDATA	$1, $0
   213        00531 (variadic_func_values.go:51)	CALL	runtime.printlock(SB)
   218        00536 (variadic_func_values.go:51)	MOVL	$1, AX
   21d        00541 (variadic_func_values.go:51)	NOP
   220        00544 (variadic_func_values.go:51)	CALL	runtime.printbool(SB)
   225        00549 (variadic_func_values.go:51)	CALL	runtime.printnl(SB)
   22a        00554 (variadic_func_values.go:51)	CALL	runtime.printunlock(SB)
   22f        00559 (variadic_func_values.go:52)	LEAQ	main.main.func1·f(SB), AX
   236        00566 (variadic_func_values.go:52)	MOVQ	AX, main..autotmp_69+144(SP)
   23e        00574 (variadic_func_values.go:52)	LEAQ	main.main.func2·f(SB), AX
   245        00581 (variadic_func_values.go:52)	MOVQ	AX, main..autotmp_69+152(SP)
   24d        00589 (variadic_func_values.go:52)	LEAQ	main.main.func3·f(SB), AX
   254        00596 (variadic_func_values.go:52)	MOVQ	AX, main..autotmp_69+160(SP)
   25c        00604 (<unknown line number>)	NOP
   25c        00604 (variadic_func_values.go:53)	XORL	AX, AX
   25e        00606 (variadic_func_values.go:53)	MOVL	$4, CX
   263      3 00611 (variadic_func_values.go:53)	JMP	651
   265        00613 (variadic_func_values.go:53)	MOVQ	AX, main..autotmp_99+56(SP)
   26a        00618 (variadic_func_values.go:53)	MOVQ	main..autotmp_69+144(SP)(AX*8), DX
   272        00626 (variadic_func_values.go:53)	MOVQ	(DX), BX
   275        00629 (variadic_func_values.go:53)	MOVQ	CX, AX
   278        00632 (variadic_func_values.go:53)	PCDATA	$1, $2
   278        00632 (variadic_func_values.go:53)	CALL	BX
   27a        00634 (variadic_func_values.go:53)	MOVQ	main..autotmp_99+56(SP), CX
   27f        00639 (variadic_func_values.go:53)	INCQ	CX
   282        00642 (variadic_func_values.go:53)	MOVQ	AX, DX
   285        00645 (variadic_func_values.go:53)	MOVQ	CX, AX
   288        00648 (variadic_func_values.go:53)	MOVQ	DX, CX
   28b        00651 (variadic_func_values.go:53)	CMPQ	AX, $3
   28f        00655 (variadic_func_values.go:53)	JLT	613
   291        00657 (variadic_func_values.go:53)	MOVQ	CX, main.x+24(SP)
   296        00662 (<unknown line number>)	NOP
   296        00662 (variadic_func_values.go:53)	PCDATA	$1, $0
   296     -1 00662 (variadic_func_values.go:53)	CALL	runtime.printlock(SB)
   29b        00667 (variadic_func_values.go:53)	MOVQ	main.x+24(SP), AX
   2a0        00672 (variadic_func_values.go:53)	CALL	runtime.printint(SB)
   2a5        00677 (variadic_func_values.go:53)	CALL	runtime.printsp(SB)
   2aa        00682 (variadic_func_values.go:53)	MOVL	$9, AX
   2af        00687 (variadic_func_values.go:53)	CALL	runtime.printint(SB)
   2b4        00692 (variadic_func_values.go:53)	CALL	runtime.printnl(SB)
   2b9        00697 (variadic_func_values.go:53)	CALL	runtime.printunlock(SB)
   2be        00702 (variadic_func_values.go:54)	ADDQ	$200, SP
   2c5        00709 (variadic_func_values.go:54)	POPQ	BP
   2c6        00710 (variadic_func_values.go:54)	RET
   2c7        00711 (variadic_func_values.go:54)	NOP
   2c7        00711 (variadic_func_values.go:40)	PCDATA	$1, $-1
   2c7        00711 (variadic_func_values.go:40)	PCDATA	$0, $-2
   2c7        00711 (variadic_func_values.go:40)	CALL	runtime.morestack_noctxt(SB)
   2cc        00716 (variadic_func_values.go:40)	PCDATA	$0, $-1
   2cc        00716 (variadic_func_values.go:40)	JMP	0
   2d1 done
wrote 23 bytes to 0x0
 00 2c 02 1a 01 1b 04 19 01 05 01 fa 01 06 3e 05 ac 01 08 33 07 3b 00
-- inlining tree for main.main:
0 | -1 | main.sum (variadic_func_values.go:41:21) pc=26
1 | -1 | main.sum (variadic_func_values.go:41:35) pc=26
2 | -1 | main.table (variadic_func_values.go:47:25) pc=439
3 | -1 | main.pipeline.func1#ogkU/M7UodE=# (variadic_func_values.go:53:11) pc=604
--
funcpctab main.pipeline.func1#t09LGZbLbXE=# [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:32)	TEXT	main.pipeline.func1#t09LGZbLbXE=#(SB), NEEDCTXT|ABIInternal, $40-8
     0        00000 (variadic_func_values.go:32)	TEXT	main.pipeline.func1#t09LGZbLbXE=#(SB), NEEDCTXT|ABIInternal, $40-8
     0     -1 00000 (variadic_func_values.go:32)	CMPQ	SP, 16(R14)
     4        00004 (variadic_func_values.go:32)	PCDATA	$0, $-2
     4        00004 (variadic_func_values.go:32)	JLS	79
     6        00006 (variadic_func_values.go:32)	PCDATA	$0, $-1
     6        00006 (variadic_func_values.go:32)	PUSHQ	BP
     7        00007 (variadic_func_values.go:32)	MOVQ	SP, BP
     a        00010 (variadic_func_values.go:32)	SUBQ	$32, SP
     e        00014 (variadic_func_values.go:32)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (variadic_func_values.go:32)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (variadic_func_values.go:32)	FUNCDATA	$5, main.pipeline.func1#t09LGZbLbXE=#.arginfo1(SB)
     e        00014 (variadic_func_values.go:32)	FUNCDATA	$6, main.pipeline.func1#t09LGZbLbXE=#.argliveinfo(SB)
     e        00014 (variadic_func_values.go:32)	PCDATA	$3, $1
     e        00014 (variadic_func_values.go:32)	MOVQ	8(DX), CX
    12        00018 (variadic_func_values.go:32)	MOVQ	CX, main.fs.ptr+24(SP)
    17        00023 (variadic_func_values.go:32)	MOVQ	16(DX), BX
    1b        00027 (variadic_func_values.go:32)	MOVQ	BX, main.fs.len+8(SP)
    20        00032 (variadic_func_values.go:32)	XORL	DX, DX
    22        00034 (variadic_func_values.go:33)	JMP	68
    24        00036 (variadic_func_values.go:33)	MOVQ	DX, main..autotmp_10+16(SP)
    29        00041 (variadic_func_values.go:33)	MOVQ	(CX)(DX*8), DX
    2d        00045 (variadic_func_values.go:34)	MOVQ	(DX), CX
    30        00048 (variadic_func_values.go:34)	PCDATA	$1, $1
    30        00048 (variadic_func_values.go:34)	CALL	CX
    32        00050 (variadic_func_values.go:33)	MOVQ	main..autotmp_10+16(SP), DX
    37        00055 (variadic_func_values.go:33)	INCQ	DX
    3a        00058 (variadic_func_values.go:33)	MOVQ	main.fs.ptr+24(SP), CX
    3f        00063 (variadic_func_values.go:33)	MOVQ	main.fs.len+8(SP), BX
    44        00068 (variadic_func_values.go:33)	CMPQ	DX, BX
    47        00071 (variadic_func_values.go:33)	JLT	36
    49        00073 (variadic_func_values.go:36)	ADDQ	$32, SP
    4d        00077 (variadic_func_values.go:36)	POPQ	BP
    4e        00078 (variadic_func_values.go:36)	RET
    4f        00079 (variadic_func_values.go:36)	NOP
    4f        00079 (variadic_func_values.go:32)	PCDATA	$1, $-1
    4f        00079 (variadic_func_values.go:32)	PCDATA	$0, $-2
    4f        00079 (variadic_func_values.go:32)	MOVQ	AX, 8(SP)
    54        00084 (variadic_func_values.go:32)	CALL	runtime.morestack(SB)
    59        00089 (variadic_func_values.go:32)	PCDATA	$0, $-1
    59        00089 (variadic_func_values.go:32)	MOVQ	8(SP), AX
    5e        00094 (variadic_func_values.go:32)	NOP
    60        00096 (variadic_func_values.go:32)	JMP	0
    62 done
wrote 3 bytes to 0x0
 00 62 00
funcpctab main.pipeline.func1#ogkU/M7UodE=# [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:32)	TEXT	main.pipeline.func1#ogkU/M7UodE=#(SB), NEEDCTXT|ABIInternal, $40-8
     0        00000 (variadic_func_values.go:32)	TEXT	main.pipeline.func1#ogkU/M7UodE=#(SB), NEEDCTXT|ABIInternal, $40-8
     0     -1 00000 (variadic_func_values.go:32)	CMPQ	SP, 16(R14)
     4        00004 (variadic_func_values.go:32)	PCDATA	$0, $-2
     4        00004 (variadic_func_values.go:32)	JLS	79
     6        00006 (variadic_func_values.go:32)	PCDATA	$0, $-1
     6        00006 (variadic_func_values.go:32)	PUSHQ	BP
     7        00007 (variadic_func_values.go:32)	MOVQ	SP, BP
     a        00010 (variadic_func_values.go:32)	SUBQ	$32, SP
     e        00014 (variadic_func_values.go:32)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (variadic_func_values.go:32)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (variadic_func_values.go:32)	FUNCDATA	$5, main.pipeline.func1#ogkU/M7UodE=#.arginfo1(SB)
     e        00014 (variadic_func_values.go:32)	FUNCDATA	$6, main.pipeline.func1#ogkU/M7UodE=#.argliveinfo(SB)
     e        00014 (variadic_func_values.go:32)	PCDATA	$3, $1
     e        00014 (variadic_func_values.go:32)	MOVQ	8(DX), CX
    12        00018 (variadic_func_values.go:32)	MOVQ	CX, main.fs.ptr+24(SP)
    17        00023 (variadic_func_values.go:32)	MOVQ	16(DX), BX
    1b        00027 (variadic_func_values.go:32)	MOVQ	BX, main.fs.len+8(SP)
    20        00032 (variadic_func_values.go:32)	XORL	DX, DX
    22        00034 (variadic_func_values.go:33)	JMP	68
    24        00036 (variadic_func_values.go:33)	MOVQ	DX, main..autotmp_10+16(SP)
    29        00041 (variadic_func_values.go:33)	MOVQ	(CX)(DX*8), DX
    2d        00045 (variadic_func_values.go:34)	MOVQ	(DX), CX
    30        00048 (variadic_func_values.go:34)	PCDATA	$1, $1
    30        00048 (variadic_func_values.go:34)	CALL	CX
    32        00050 (variadic_func_values.go:33)	MOVQ	main..autotmp_10+16(SP), DX
    37        00055 (variadic_func_values.go:33)	INCQ	DX
    3a        00058 (variadic_func_values.go:33)	MOVQ	main.fs.ptr+24(SP), CX
    3f        00063 (variadic_func_values.go:33)	MOVQ	main.fs.len+8(SP), BX
    44        00068 (variadic_func_values.go:33)	CMPQ	DX, BX
    47        00071 (variadic_func_values.go:33)	JLT	36
    49        00073 (variadic_func_values.go:36)	ADDQ	$32, SP
    4d        00077 (variadic_func_values.go:36)	POPQ	BP
    4e        00078 (variadic_func_values.go:36)	RET
    4f        00079 (variadic_func_values.go:36)	NOP
    4f        00079 (variadic_func_values.go:32)	PCDATA	$1, $-1
    4f        00079 (variadic_func_values.go:32)	PCDATA	$0, $-2
    4f        00079 (variadic_func_values.go:32)	MOVQ	AX, 8(SP)
    54        00084 (variadic_func_values.go:32)	CALL	runtime.morestack(SB)
    59        00089 (variadic_func_values.go:32)	PCDATA	$0, $-1
    59        00089 (variadic_func_values.go:32)	MOVQ	8(SP), AX
    5e        00094 (variadic_func_values.go:32)	NOP
    60        00096 (variadic_func_values.go:32)	JMP	0
    62 done
wrote 3 bytes to 0x0
 00 62 00
funcpctab main.sum [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:4)	TEXT	main.sum(SB), NOSPLIT|NOFRAME|ABIInternal, $0-32
     0        00000 (variadic_func_values.go:4)	TEXT	main.sum(SB), NOSPLIT|NOFRAME|ABIInternal, $0-32
     0     -1 00000 (variadic_func_values.go:4)	MOVQ	BX, main.xs+16(FP)
     5        00005 (variadic_func_values.go:4)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
     5        00005 (variadic_func_values.go:4)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (variadic_func_values.go:4)	FUNCDATA	$5, main.sum.arginfo1(SB)
     5        00005 (variadic_func_values.go:4)	FUNCDATA	$6, main.sum.argliveinfo(SB)
     5        00005 (variadic_func_values.go:4)	PCDATA	$3, $1
     5        00005 (variadic_func_values.go:5)	XORL	DX, DX
     7        00007 (variadic_func_values.go:5)	JMP	16
     9        00009 (variadic_func_values.go:6)	ADDQ	(BX)(DX*8), AX
     d        00013 (variadic_func_values.go:5)	INCQ	DX
    10        00016 (variadic_func_values.go:5)	CMPQ	CX, DX
    13        00019 (variadic_func_values.go:5)	JGT	9
    15        00021 (variadic_func_values.go:8)	RET
    16 done
wrote 3 bytes to 0x0
 00 16 00
funcpctab main.count [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:11)	TEXT	main.count(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (variadic_func_values.go:11)	TEXT	main.count(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (variadic_func_values.go:11)	MOVQ	AX, main.xs+8(FP)
     5        00005 (variadic_func_values.go:11)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (variadic_func_values.go:11)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (variadic_func_values.go:11)	FUNCDATA	$5, main.count.arginfo1(SB)
     5        00005 (variadic_func_values.go:11)	FUNCDATA	$6, main.count.argliveinfo(SB)
     5        00005 (variadic_func_values.go:11)	PCDATA	$3, $1
     5        00005 (variadic_func_values.go:11)	MOVQ	BX, AX
     8        00008 (variadic_func_values.go:11)	RET
     9 done
wrote 3 bytes to 0x0
 00 09 00
funcpctab main.table.func2 [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:25)	TEXT	main.table.func2(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (variadic_func_values.go:25)	TEXT	main.table.func2(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (variadic_func_values.go:25)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:25)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:25)	FUNCDATA	$5, main.table.func2.arginfo1(SB)
     0        00000 (variadic_func_values.go:25)	FUNCDATA	$6, main.table.func2.argliveinfo(SB)
     0        00000 (variadic_func_values.go:25)	PCDATA	$3, $1
     0     -1 00000 (variadic_func_values.go:25)	SUBQ	BX, AX
     3        00003 (variadic_func_values.go:25)	RET
     4 done
wrote 3 bytes to 0x0
 00 04 00
funcpctab main.table.func4 [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:27)	TEXT	main.table.func4(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (variadic_func_values.go:27)	TEXT	main.table.func4(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (variadic_func_values.go:27)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:27)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:27)	FUNCDATA	$5, main.table.func4.arginfo1(SB)
     0        00000 (variadic_func_values.go:27)	FUNCDATA	$6, main.table.func4.argliveinfo(SB)
     0        00000 (variadic_func_values.go:27)	PCDATA	$3, $1
     0     -1 00000 (variadic_func_values.go:27)	MOVQ	BX, CX
     3        00003 (variadic_func_values.go:27)	SHLQ	CX, AX
     6        00006 (variadic_func_values.go:27)	CMPQ	CX, $64
     a        00010 (variadic_func_values.go:27)	SBBQ	DX, DX
     d        00013 (variadic_func_values.go:27)	ANDQ	DX, AX
    10        00016 (variadic_func_values.go:27)	RET
    11 done
wrote 3 bytes to 0x0
 00 11 00
funcpctab main.table.func3 [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:26)	TEXT	main.table.func3(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (variadic_func_values.go:26)	TEXT	main.table.func3(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (variadic_func_values.go:26)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:26)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:26)	FUNCDATA	$5, main.table.func3.arginfo1(SB)
     0        00000 (variadic_func_values.go:26)	FUNCDATA	$6, main.table.func3.argliveinfo(SB)
     0        00000 (variadic_func_values.go:26)	PCDATA	$3, $1
     0     -1 00000 (variadic_func_values.go:26)	IMULQ	BX, AX
     4        00004 (variadic_func_values.go:26)	RET
     5 done
wrote 3 bytes to 0x0
 00 05 00
funcpctab main.table.func2#BvZHsVe4VXo=# [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:25)	TEXT	main.table.func2#BvZHsVe4VXo=#(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (variadic_func_values.go:25)	TEXT	main.table.func2#BvZHsVe4VXo=#(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (variadic_func_values.go:25)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:25)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:25)	FUNCDATA	$5, main.table.func2#BvZHsVe4VXo=#.arginfo1(SB)
     0        00000 (variadic_func_values.go:25)	FUNCDATA	$6, main.table.func2#BvZHsVe4VXo=#.argliveinfo(SB)
     0        00000 (variadic_func_values.go:25)	PCDATA	$3, $1
     0     -1 00000 (variadic_func_values.go:25)	SUBQ	BX, AX
     3        00003 (variadic_func_values.go:25)	RET
     4 done
wrote 3 bytes to 0x0
 00 04 00
funcpctab main.table.func1 [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:24)	TEXT	main.table.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (variadic_func_values.go:24)	TEXT	main.table.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (variadic_func_values.go:24)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:24)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:24)	FUNCDATA	$5, main.table.func1.arginfo1(SB)
     0        00000 (variadic_func_values.go:24)	FUNCDATA	$6, main.table.func1.argliveinfo(SB)
     0        00000 (variadic_func_values.go:24)	PCDATA	$3, $1
     0     -1 00000 (variadic_func_values.go:24)	ADDQ	BX, AX
     3        00003 (variadic_func_values.go:24)	RET
     4 done
wrote 3 bytes to 0x0
 00 04 00
funcpctab main.table.func3#BvZHsVe4VXo=# [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:26)	TEXT	main.table.func3#BvZHsVe4VXo=#(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (variadic_func_values.go:26)	TEXT	main.table.func3#BvZHsVe4VXo=#(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (variadic_func_values.go:26)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:26)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:26)	FUNCDATA	$5, main.table.func3#BvZHsVe4VXo=#.arginfo1(SB)
     0        00000 (variadic_func_values.go:26)	FUNCDATA	$6, main.table.func3#BvZHsVe4VXo=#.argliveinfo(SB)
     0        00000 (variadic_func_values.go:26)	PCDATA	$3, $1
     0     -1 00000 (variadic_func_values.go:26)	IMULQ	BX, AX
     4        00004 (variadic_func_values.go:26)	RET
     5 done
wrote 3 bytes to 0x0
 00 05 00
funcpctab main.main.func2 [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:52)	TEXT	main.main.func2(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (variadic_func_values.go:52)	TEXT	main.main.func2(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (variadic_func_values.go:52)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:52)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:52)	FUNCDATA	$5, main.main.func2.arginfo1(SB)
     0        00000 (variadic_func_values.go:52)	FUNCDATA	$6, main.main.func2.argliveinfo(SB)
     0        00000 (variadic_func_values.go:52)	PCDATA	$3, $1
     0     -1 00000 (variadic_func_values.go:52)	LEAQ	(AX)(AX*1), CX
     4        00004 (variadic_func_values.go:52)	LEAQ	(CX)(CX*4), AX
     8        00008 (variadic_func_values.go:52)	RET
     9 done
wrote 3 bytes to 0x0
 00 09 00
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:52)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (variadic_func_values.go:52)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (variadic_func_values.go:52)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:52)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:52)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
     0        00000 (variadic_func_values.go:52)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
     0        00000 (variadic_func_values.go:52)	PCDATA	$3, $1
     0     -1 00000 (variadic_func_values.go:52)	INCQ	AX
     3        00003 (variadic_func_values.go:52)	RET
     4 done
wrote 3 bytes to 0x0
 00 04 00
funcpctab main.table.func4#BvZHsVe4VXo=# [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:27)	TEXT	main.table.func4#BvZHsVe4VXo=#(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (variadic_func_values.go:27)	TEXT	main.table.func4#BvZHsVe4VXo=#(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (variadic_func_values.go:27)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:27)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:27)	FUNCDATA	$5, main.table.func4#BvZHsVe4VXo=#.arginfo1(SB)
     0        00000 (variadic_func_values.go:27)	FUNCDATA	$6, main.table.func4#BvZHsVe4VXo=#.argliveinfo(SB)
     0        00000 (variadic_func_values.go:27)	PCDATA	$3, $1
     0     -1 00000 (variadic_func_values.go:27)	MOVQ	BX, CX
     3        00003 (variadic_func_values.go:27)	SHLQ	CX, AX
     6        00006 (variadic_func_values.go:27)	CMPQ	CX, $64
     a        00010 (variadic_func_values.go:27)	SBBQ	DX, DX
     d        00013 (variadic_func_values.go:27)	ANDQ	DX, AX
    10        00016 (variadic_func_values.go:27)	RET
    11 done
wrote 3 bytes to 0x0
 00 11 00
funcpctab main.pipeline [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:31)	TEXT	main.pipeline(SB), ABIInternal, $40-24
     0        00000 (variadic_func_values.go:31)	TEXT	main.pipeline(SB), ABIInternal, $40-24
     0     -1 00000 (variadic_func_values.go:31)	CMPQ	SP, 16(R14)
     4        00004 (variadic_func_values.go:31)	PCDATA	$0, $-2
     4        00004 (variadic_func_values.go:31)	JLS	119
     6        00006 (variadic_func_values.go:31)	PCDATA	$0, $-1
     6        00006 (variadic_func_values.go:31)	PUSHQ	BP
     7        00007 (variadic_func_values.go:31)	MOVQ	SP, BP
     a        00010 (variadic_func_values.go:31)	SUBQ	$32, SP
     e        00014 (variadic_func_values.go:31)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (variadic_func_values.go:31)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (variadic_func_values.go:31)	FUNCDATA	$5, main.pipeline.arginfo1(SB)
     e        00014 (variadic_func_values.go:31)	FUNCDATA	$6, main.pipeline.argliveinfo(SB)
     e        00014 (variadic_func_values.go:31)	PCDATA	$3, $1
     e        00014 (variadic_func_values.go:32)	MOVQ	CX, main.fs+64(SP)
    13        00019 (variadic_func_values.go:32)	MOVQ	BX, main.fs+56(SP)
    18        00024 (variadic_func_values.go:32)	MOVQ	AX, main.fs+48(SP)
    1d        00029 (variadic_func_values.go:32)	PCDATA	$3, $-1
    1d        00029 (variadic_func_values.go:32)	MOVL	$32, AX
    22        00034 (variadic_func_values.go:32)	LEAQ	type:noalg.struct { F uintptr; X0 []func(int) int }(SB), BX
    29        00041 (variadic_func_values.go:32)	MOVL	$1, CX
    2e        00046 (variadic_func_values.go:32)	PCDATA	$1, $0
    2e        00046 (variadic_func_values.go:32)	CALL	runtime.mallocgcSmallScanNoHeaderSC4(SB)
    33        00051 (variadic_func_values.go:32)	LEAQ	main.pipeline.func1(SB), DX
    3a        00058 (variadic_func_values.go:32)	MOVQ	DX, (AX)
    3d        00061 (variadic_func_values.go:32)	MOVQ	main.fs+56(SP), DX
    42        00066 (variadic_func_values.go:32)	MOVQ	DX, 16(AX)
    46        00070 (variadic_func_values.go:32)	MOVQ	main.fs+64(SP), DX
    4b        00075 (variadic_func_values.go:32)	MOVQ	DX, 24(AX)
    4f        00079 (variadic_func_values.go:32)	CMPL	runtime.writeBarrier(SB), $0
    56        00086 (variadic_func_values.go:32)	PCDATA	$0, $-2
    56        00086 (variadic_func_values.go:32)	JNE	96
    58        00088 (variadic_func_values.go:32)	MOVQ	main.fs+48(SP), CX
    5d        00093 (variadic_func_values.go:32)	JMP	109
    5f        00095 (variadic_func_values.go:32)	NOP
    60        00096 (variadic_func_values.go:32)	CALL	runtime.gcWriteBarrier1(SB)
    65        00101 (variadic_func_values.go:32)	MOVQ	main.fs+48(SP), CX
    6a        00106 (variadic_func_values.go:32)	MOVQ	CX, (R11)
    6d        00109 (variadic_func_values.go:32)	MOVQ	CX, 8(AX)
    71        00113 (variadic_func_values.go:32)	PCDATA	$0, $-1
    71        00113 (variadic_func_values.go:32)	ADDQ	$32, SP
    75        00117 (variadic_func_values.go:32)	POPQ	BP
    76        00118 (variadic_func_values.go:32)	RET
    77        00119 (variadic_func_values.go:32)	NOP
    77        00119 (variadic_func_values.go:31)	PCDATA	$1, $-1
    77        00119 (variadic_func_values.go:31)	PCDATA	$0, $-2
    77        00119 (variadic_func_values.go:31)	MOVQ	AX, 8(SP)
    7c        00124 (variadic_func_values.go:31)	MOVQ	BX, 16(SP)
    81        00129 (variadic_func_values.go:31)	MOVQ	CX, 24(SP)
    86        00134 (variadic_func_values.go:31)	CALL	runtime.morestack_noctxt(SB)
    8b        00139 (variadic_func_values.go:31)	PCDATA	$0, $-1
    8b        00139 (variadic_func_values.go:31)	MOVQ	8(SP), AX
    90        00144 (variadic_func_values.go:31)	MOVQ	16(SP), BX
    95        00149 (variadic_func_values.go:31)	MOVQ	24(SP), CX
    9a        00154 (variadic_func_values.go:31)	JMP	0
    9f done
wrote 4 bytes to 0x0
 00 9f 01 00
funcpctab main.pipeline.func1 [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:32)	TEXT	main.pipeline.func1(SB), NEEDCTXT|ABIInternal, $40-8
     0        00000 (variadic_func_values.go:32)	TEXT	main.pipeline.func1(SB), NEEDCTXT|ABIInternal, $40-8
     0     -1 00000 (variadic_func_values.go:32)	CMPQ	SP, 16(R14)
     4        00004 (variadic_func_values.go:32)	PCDATA	$0, $-2
     4        00004 (variadic_func_values.go:32)	JLS	79
     6        00006 (variadic_func_values.go:32)	PCDATA	$0, $-1
     6        00006 (variadic_func_values.go:32)	PUSHQ	BP
     7        00007 (variadic_func_values.go:32)	MOVQ	SP, BP
     a        00010 (variadic_func_values.go:32)	SUBQ	$32, SP
     e        00014 (variadic_func_values.go:32)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (variadic_func_values.go:32)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (variadic_func_values.go:32)	FUNCDATA	$5, main.pipeline.func1.arginfo1(SB)
     e        00014 (variadic_func_values.go:32)	FUNCDATA	$6, main.pipeline.func1.argliveinfo(SB)
     e        00014 (variadic_func_values.go:32)	PCDATA	$3, $1
     e        00014 (variadic_func_values.go:32)	MOVQ	8(DX), CX
    12        00018 (variadic_func_values.go:32)	MOVQ	CX, main.fs.ptr+24(SP)
    17        00023 (variadic_func_values.go:32)	MOVQ	16(DX), BX
    1b        00027 (variadic_func_values.go:32)	MOVQ	BX, main.fs.len+8(SP)
    20        00032 (variadic_func_values.go:32)	XORL	DX, DX
    22        00034 (variadic_func_values.go:33)	JMP	68
    24        00036 (variadic_func_values.go:33)	MOVQ	DX, main..autotmp_10+16(SP)
    29        00041 (variadic_func_values.go:33)	MOVQ	(CX)(DX*8), DX
    2d        00045 (variadic_func_values.go:34)	MOVQ	(DX), CX
    30        00048 (variadic_func_values.go:34)	PCDATA	$1, $1
    30        00048 (variadic_func_values.go:34)	CALL	CX
    32        00050 (variadic_func_values.go:33)	MOVQ	main..autotmp_10+16(SP), DX
    37        00055 (variadic_func_values.go:33)	INCQ	DX
    3a        00058 (variadic_func_values.go:33)	MOVQ	main.fs.ptr+24(SP), CX
    3f        00063 (variadic_func_values.go:33)	MOVQ	main.fs.len+8(SP), BX
    44        00068 (variadic_func_values.go:33)	CMPQ	DX, BX
    47        00071 (variadic_func_values.go:33)	JLT	36
    49        00073 (variadic_func_values.go:36)	ADDQ	$32, SP
    4d        00077 (variadic_func_values.go:36)	POPQ	BP
    4e        00078 (variadic_func_values.go:36)	RET
    4f        00079 (variadic_func_values.go:36)	NOP
    4f        00079 (variadic_func_values.go:32)	PCDATA	$1, $-1
    4f        00079 (variadic_func_values.go:32)	PCDATA	$0, $-2
    4f        00079 (variadic_func_values.go:32)	MOVQ	AX, 8(SP)
    54        00084 (variadic_func_values.go:32)	CALL	runtime.morestack(SB)
    59        00089 (variadic_func_values.go:32)	PCDATA	$0, $-1
    59        00089 (variadic_func_values.go:32)	MOVQ	8(SP), AX
    5e        00094 (variadic_func_values.go:32)	NOP
    60        00096 (variadic_func_values.go:32)	JMP	0
    62 done
wrote 3 bytes to 0x0
 00 62 00
funcpctab main.table [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:22)	TEXT	main.table(SB), ABIInternal, $40-0
     0        00000 (variadic_func_values.go:22)	TEXT	main.table(SB), ABIInternal, $40-0
     0     -1 00000 (variadic_func_values.go:22)	CMPQ	SP, 16(R14)
     4        00004 (variadic_func_values.go:22)	PCDATA	$0, $-2
     4        00004 (variadic_func_values.go:22)	JLS	93
     6        00006 (variadic_func_values.go:22)	PCDATA	$0, $-1
     6        00006 (variadic_func_values.go:22)	PUSHQ	BP
     7        00007 (variadic_func_values.go:22)	MOVQ	SP, BP
     a        00010 (variadic_func_values.go:22)	SUBQ	$32, SP
     e        00014 (variadic_func_values.go:22)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (variadic_func_values.go:22)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (variadic_func_values.go:23)	MOVL	$32, AX
    13        00019 (variadic_func_values.go:23)	LEAQ	type:[4]main.op(SB), BX
    1a        00026 (variadic_func_values.go:23)	MOVL	$1, CX
    1f        00031 (variadic_func_values.go:23)	PCDATA	$1, $0
    1f        00031 (variadic_func_values.go:23)	NOP
    20        00032 (variadic_func_values.go:23)	CALL	runtime.mallocgcSmallScanNoHeaderSC4(SB)
    25        00037 (variadic_func_values.go:24)	LEAQ	main.table.func1·f(SB), DX
    2c        00044 (variadic_func_values.go:24)	MOVQ	DX, (AX)
    2f        00047 (variadic_func_values.go:25)	LEAQ	main.table.func2·f(SB), DX
    36        00054 (variadic_func_values.go:25)	MOVQ	DX, 8(AX)
    3a        00058 (variadic_func_values.go:26)	LEAQ	main.table.func3·f(SB), DX
    41        00065 (variadic_func_values.go:26)	MOVQ	DX, 16(AX)
    45        00069 (variadic_func_values.go:27)	LEAQ	main.table.func4·f(SB), DX
    4c        00076 (variadic_func_values.go:27)	MOVQ	DX, 24(AX)
    50        00080 (variadic_func_values.go:23)	MOVL	$4, BX
    55        00085 (variadic_func_values.go:23)	MOVL	BX, CX
    57        00087 (variadic_func_values.go:23)	ADDQ	$32, SP
    5b        00091 (variadic_func_values.go:23)	POPQ	BP
    5c        00092 (variadic_func_values.go:23)	RET
    5d        00093 (variadic_func_values.go:23)	NOP
    5d        00093 (variadic_func_values.go:22)	PCDATA	$1, $-1
    5d        00093 (variadic_func_values.go:22)	PCDATA	$0, $-2
    5d        00093 (variadic_func_values.go:22)	NOP
    60        00096 (variadic_func_values.go:22)	CALL	runtime.morestack_noctxt(SB)
    65        00101 (variadic_func_values.go:22)	PCDATA	$0, $-1
    65        00101 (variadic_func_values.go:22)	JMP	0
    67 done
wrote 3 bytes to 0x0
 00 67 00
funcpctab main.modify [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:14)	TEXT	main.modify(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (variadic_func_values.go:14)	TEXT	main.modify(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (variadic_func_values.go:14)	MOVQ	AX, main.xs+8(FP)
     5        00005 (variadic_func_values.go:14)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (variadic_func_values.go:14)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (variadic_func_values.go:14)	FUNCDATA	$5, main.modify.arginfo1(SB)
     5        00005 (variadic_func_values.go:14)	FUNCDATA	$6, main.modify.argliveinfo(SB)
     5        00005 (variadic_func_values.go:14)	PCDATA	$3, $1
     5        00005 (variadic_func_values.go:15)	TESTQ	BX, BX
     8        00008 (variadic_func_values.go:15)	JEQ	17
     a        00010 (variadic_func_values.go:16)	MOVQ	$-1, (AX)
    11        00017 (variadic_func_values.go:18)	RET
    12 done
wrote 3 bytes to 0x0
 00 12 00
funcpctab main.table.func1#BvZHsVe4VXo=# [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:24)	TEXT	main.table.func1#BvZHsVe4VXo=#(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (variadic_func_values.go:24)	TEXT	main.table.func1#BvZHsVe4VXo=#(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (variadic_func_values.go:24)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:24)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:24)	FUNCDATA	$5, main.table.func1#BvZHsVe4VXo=#.arginfo1(SB)
     0        00000 (variadic_func_values.go:24)	FUNCDATA	$6, main.table.func1#BvZHsVe4VXo=#.argliveinfo(SB)
     0        00000 (variadic_func_values.go:24)	PCDATA	$3, $1
     0     -1 00000 (variadic_func_values.go:24)	ADDQ	BX, AX
     3        00003 (variadic_func_values.go:24)	RET
     4 done
wrote 3 bytes to 0x0
 00 04 00
funcpctab main.main.func3 [valfunc=pctoinline]
     0     -1 00000 (variadic_func_values.go:52)	TEXT	main.main.func3(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (variadic_func_values.go:52)	TEXT	main.main.func3(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (variadic_func_values.go:52)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:52)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (variadic_func_values.go:52)	FUNCDATA	$5, main.main.func3.arginfo1(SB)
     0        00000 (variadic_func_values.go:52)	FUNCDATA	$6, main.main.func3.argliveinfo(SB)
     0        00000 (variadic_func_values.go:52)	PCDATA	$3, $1
     0     -1 00000 (variadic_func_values.go:52)	ADDQ	$-3, AX
     4        00004 (variadic_func_values.go:52)	RET
     5 done
wrote 3 bytes to 0x0
 00 05 00
main.sum STEXT nosplit size=22 align=0x0 args=0x20 locals=0x0 funcid=0x0
	0x0000 00000 (variadic_func_values.go:4)	TEXT	main.sum(SB), NOSPLIT|NOFRAME|ABIInternal, $0-32
	0x0000 00000 (variadic_func_values.go:4)	MOVQ	BX, main.xs+16(FP)
	0x0005 00005 (variadic_func_values.go:4)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0005 00005 (variadic_func_values.go:4)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (variadic_func_values.go:4)	FUNCDATA	$5, main.sum.arginfo1(SB)
	0x0005 00005 (variadic_func_values.go:4)	FUNCDATA	$6, main.sum.argliveinfo(SB)
	0x0005 00005 (variadic_func_values.go:4)	PCDATA	$3, $1
	0x0005 00005 (variadic_func_values.go:5)	XORL	DX, DX
	0x0007 00007 (variadic_func_values.go:5)	JMP	16
	0x0009 00009 (variadic_func_values.go:6)	ADDQ	(BX)(DX*8), AX
	0x000d 00013 (variadic_func_values.go:5)	INCQ	DX
	0x0010 00016 (variadic_func_values.go:5)	CMPQ	CX, DX
	0x0013 00019 (variadic_func_values.go:5)	JGT	9
	0x0015 00021 (variadic_func_values.go:8)	RET
	0x0000 48 89 5c 24 10 31 d2 eb 07 48 03 04 d3 48 ff c2  H.\$.1...H...H..
	0x0010 48 39 d1 7f f4 c3                                H9....
main.count STEXT nosplit size=9 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (variadic_func_values.go:11)	TEXT	main.count(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (variadic_func_values.go:11)	MOVQ	AX, main.xs+8(FP)
	0x0005 00005 (variadic_func_values.go:11)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (variadic_func_values.go:11)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (variadic_func_values.go:11)	FUNCDATA	$5, main.count.arginfo1(SB)
	0x0005 00005 (variadic_func_values.go:11)	FUNCDATA	$6, main.count.argliveinfo(SB)
	0x0005 00005 (variadic_func_values.go:11)	PCDATA	$3, $1
	0x0005 00005 (variadic_func_values.go:11)	MOVQ	BX, AX
	0x0008 00008 (variadic_func_values.go:11)	RET
	0x0000 48 89 44 24 08 48 89 d8 c3                       H.D$.H...
main.modify STEXT nosplit size=18 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (variadic_func_values.go:14)	TEXT	main.modify(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (variadic_func_values.go:14)	MOVQ	AX, main.xs+8(FP)
	0x0005 00005 (variadic_func_values.go:14)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (variadic_func_values.go:14)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (variadic_func_values.go:14)	FUNCDATA	$5, main.modify.arginfo1(SB)
	0x0005 00005 (variadic_func_values.go:14)	FUNCDATA	$6, main.modify.argliveinfo(SB)
	0x0005 00005 (variadic_func_values.go:14)	PCDATA	$3, $1
	0x0005 00005 (variadic_func_values.go:15)	TESTQ	BX, BX
	0x0008 00008 (variadic_func_values.go:15)	JEQ	17
	0x000a 00010 (variadic_func_values.go:16)	MOVQ	$-1, (AX)
	0x0011 00017 (variadic_func_values.go:18)	RET
	0x0000 48 89 44 24 08 48 85 db 74 07 48 c7 00 ff ff ff  H.D$.H..t.H.....
	0x0010 ff c3                                            ..
main.table STEXT size=103 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (variadic_func_values.go:22)	TEXT	main.table(SB), ABIInternal, $40-0
	0x0000 00000 (variadic_func_values.go:22)	CMPQ	SP, 16(R14)
	0x0004 00004 (variadic_func_values.go:22)	PCDATA	$0, $-2
	0x0004 00004 (variadic_func_values.go:22)	JLS	93
	0x0006 00006 (variadic_func_values.go:22)	PCDATA	$0, $-1
	0x0006 00006 (variadic_func_values.go:22)	PUSHQ	BP
	0x0007 00007 (variadic_func_values.go:22)	MOVQ	SP, BP
	0x000a 00010 (variadic_func_values.go:22)	SUBQ	$32, SP
	0x000e 00014 (variadic_func_values.go:22)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (variadic_func_values.go:22)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (variadic_func_values.go:23)	MOVL	$32, AX
	0x0013 00019 (variadic_func_values.go:23)	LEAQ	type:[4]main.op(SB), BX
	0x001a 00026 (variadic_func_values.go:23)	MOVL	$1, CX
	0x001f 00031 (variadic_func_values.go:23)	PCDATA	$1, $0
	0x001f 00031 (variadic_func_values.go:23)	NOP
	0x0020 00032 (variadic_func_values.go:23)	CALL	runtime.mallocgcSmallScanNoHeaderSC4(SB)
	0x0025 00037 (variadic_func_values.go:24)	LEAQ	main.table.func1·f(SB), DX
	0x002c 00044 (variadic_func_values.go:24)	MOVQ	DX, (AX)
	0x002f 00047 (variadic_func_values.go:25)	LEAQ	main.table.func2·f(SB), DX
	0x0036 00054 (variadic_func_values.go:25)	MOVQ	DX, 8(AX)
	0x003a 00058 (variadic_func_values.go:26)	LEAQ	main.table.func3·f(SB), DX
	0x0041 00065 (variadic_func_values.go:26)	MOVQ	DX, 16(AX)
	0x0045 00069 (variadic_func_values.go:27)	LEAQ	main.table.func4·f(SB), DX
	0x004c 00076 (variadic_func_values.go:27)	MOVQ	DX, 24(AX)
	0x0050 00080 (variadic_func_values.go:23)	MOVL	$4, BX
	0x0055 00085 (variadic_func_values.go:23)	MOVL	BX, CX
	0x0057 00087 (variadic_func_values.go:23)	ADDQ	$32, SP
	0x005b 00091 (variadic_func_values.go:23)	POPQ	BP
	0x005c 00092 (variadic_func_values.go:23)	RET
	0x005d 00093 (variadic_func_values.go:23)	NOP
	0x005d 00093 (variadic_func_values.go:22)	PCDATA	$1, $-1
	0x005d 00093 (variadic_func_values.go:22)	PCDATA	$0, $-2
	0x005d 00093 (variadic_func_values.go:22)	NOP
	0x0060 00096 (variadic_func_values.go:22)	CALL	runtime.morestack_noctxt(SB)
	0x0065 00101 (variadic_func_values.go:22)	PCDATA	$0, $-1
	0x0065 00101 (variadic_func_values.go:22)	JMP	0
	0x0000 49 3b 66 10 76 57 55 48 89 e5 48 83 ec 20 b8 20  I;f.vWUH..H.. . 
	0x0010 00 00 00 48 8d 1d 00 00 00 00 b9 01 00 00 00 90  ...H............
	0x0020 e8 00 00 00 00 48 8d 15 00 00 00 00 48 89 10 48  .....H......H..H
	0x0030 8d 15 00 00 00 00 48 89 50 08 48 8d 15 00 00 00  ......H.P.H.....
	0x0040 00 48 89 50 10 48 8d 15 00 00 00 00 48 89 50 18  .H.P.H......H.P.
	0x0050 bb 04 00 00 00 89 d9 48 83 c4 20 5d c3 0f 1f 00  .......H.. ]....
	0x0060 e8 00 00 00 00 eb 99                             .......
	rel 22+4 t=R_PCREL type:[4]main.op+0
	rel 33+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC4+0
	rel 40+4 t=R_PCREL main.table.func1·f+0
	rel 50+4 t=R_PCREL main.table.func2·f+0
	rel 61+4 t=R_PCREL main.table.func3·f+0
	rel 72+4 t=R_PCREL main.table.func4·f+0
	rel 97+4 t=R_CALL runtime.morestack_noctxt+0
main.pipeline STEXT size=159 align=0x0 args=0x18 locals=0x28 funcid=0x0
	0x0000 00000 (variadic_func_values.go:31)	TEXT	main.pipeline(SB), ABIInternal, $40-24
	0x0000 00000 (variadic_func_values.go:31)	CMPQ	SP, 16(R14)
	0x0004 00004 (variadic_func_values.go:31)	PCDATA	$0, $-2
	0x0004 00004 (variadic_func_values.go:31)	JLS	119
	0x0006 00006 (variadic_func_values.go:31)	PCDATA	$0, $-1
	0x0006 00006 (variadic_func_values.go:31)	PUSHQ	BP
	0x0007 00007 (variadic_func_values.go:31)	MOVQ	SP, BP
	0x000a 00010 (variadic_func_values.go:31)	SUBQ	$32, SP
	0x000e 00014 (variadic_func_values.go:31)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (variadic_func_values.go:31)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (variadic_func_values.go:31)	FUNCDATA	$5, main.pipeline.arginfo1(SB)
	0x000e 00014 (variadic_func_values.go:31)	FUNCDATA	$6, main.pipeline.argliveinfo(SB)
	0x000e 00014 (variadic_func_values.go:31)	PCDATA	$3, $1
	0x000e 00014 (variadic_func_values.go:32)	MOVQ	CX, main.fs+64(SP)
	0x0013 00019 (variadic_func_values.go:32)	MOVQ	BX, main.fs+56(SP)
	0x0018 00024 (variadic_func_values.go:32)	MOVQ	AX, main.fs+48(SP)
	0x001d 00029 (variadic_func_values.go:32)	PCDATA	$3, $-1
	0x001d 00029 (variadic_func_values.go:32)	MOVL	$32, AX
	0x0022 00034 (variadic_func_values.go:32)	LEAQ	type:noalg.struct { F uintptr; X0 []func(int) int }(SB), BX
	0x0029 00041 (variadic_func_values.go:32)	MOVL	$1, CX
	0x002e 00046 (variadic_func_values.go:32)	PCDATA	$1, $0
	0x002e 00046 (variadic_func_values.go:32)	CALL	runtime.mallocgcSmallScanNoHeaderSC4(SB)
	0x0033 00051 (variadic_func_values.go:32)	LEAQ	main.pipeline.func1(SB), DX
	0x003a 00058 (variadic_func_values.go:32)	MOVQ	DX, (AX)
	0x003d 00061 (variadic_func_values.go:32)	MOVQ	main.fs+56(SP), DX
	0x0042 00066 (variadic_func_values.go:32)	MOVQ	DX, 16(AX)
	0x0046 00070 (variadic_func_values.go:32)	MOVQ	main.fs+64(SP), DX
	0x004b 00075 (variadic_func_values.go:32)	MOVQ	DX, 24(AX)
	0x004f 00079 (variadic_func_values.go:32)	CMPL	runtime.writeBarrier(SB), $0
	0x0056 00086 (variadic_func_values.go:32)	PCDATA	$0, $-2
	0x0056 00086 (variadic_func_values.go:32)	JNE	96
	0x0058 00088 (variadic_func_values.go:32)	MOVQ	main.fs+48(SP), CX
	0x005d 00093 (variadic_func_values.go:32)	JMP	109
	0x005f 00095 (variadic_func_values.go:32)	NOP
	0x0060 00096 (variadic_func_values.go:32)	CALL	runtime.gcWriteBarrier1(SB)
	0x0065 00101 (variadic_func_values.go:32)	MOVQ	main.fs+48(SP), CX
	0x006a 00106 (variadic_func_values.go:32)	MOVQ	CX, (R11)
	0x006d 00109 (variadic_func_values.go:32)	MOVQ	CX, 8(AX)
	0x0071 00113 (variadic_func_values.go:32)	PCDATA	$0, $-1
	0x0071 00113 (variadic_func_values.go:32)	ADDQ	$32, SP
	0x0075 00117 (variadic_func_values.go:32)	POPQ	BP
	0x0076 00118 (variadic_func_values.go:32)	RET
	0x0077 00119 (variadic_func_values.go:32)	NOP
	0x0077 00119 (variadic_func_values.go:31)	PCDATA	$1, $-1
	0x0077 00119 (variadic_func_values.go:31)	PCDATA	$0, $-2
	0x0077 00119 (variadic_func_values.go:31)	MOVQ	AX, 8(SP)
	0x007c 00124 (variadic_func_values.go:31)	MOVQ	BX, 16(SP)
	0x0081 00129 (variadic_func_values.go:31)	MOVQ	CX, 24(SP)
	0x0086 00134 (variadic_func_values.go:31)	CALL	runtime.morestack_noctxt(SB)
	0x008b 00139 (variadic_func_values.go:31)	PCDATA	$0, $-1
	0x008b 00139 (variadic_func_values.go:31)	MOVQ	8(SP), AX
	0x0090 00144 (variadic_func_values.go:31)	MOVQ	16(SP), BX
	0x0095 00149 (variadic_func_values.go:31)	MOVQ	24(SP), CX
	0x009a 00154 (variadic_func_values.go:31)	JMP	0
	0x0000 49 3b 66 10 76 71 55 48 89 e5 48 83 ec 20 48 89  I;f.vqUH..H.. H.
	0x0010 4c 24 40 48 89 5c 24 38 48 89 44 24 30 b8 20 00  L$@H.\$8H.D$0. .
	0x0020 00 00 48 8d 1d 00 00 00 00 b9 01 00 00 00 e8 00  ..H.............
	0x0030 00 00 00 48 8d 15 00 00 00 00 48 89 10 48 8b 54  ...H......H..H.T
	0x0040 24 38 48 89 50 10 48 8b 54 24 40 48 89 50 18 83  $8H.P.H.T$@H.P..
	0x0050 3d 00 00 00 00 00 75 08 48 8b 4c 24 30 eb 0e 90  =.....u.H.L$0...
	0x0060 e8 00 00 00 00 48 8b 4c 24 30 49 89 0b 48 89 48  .....H.L$0I..H.H
	0x0070 08 48 83 c4 20 5d c3 48 89 44 24 08 48 89 5c 24  .H.. ].H.D$.H.\$
	0x0080 10 48 89 4c 24 18 e8 00 00 00 00 48 8b 44 24 08  .H.L$......H.D$.
	0x0090 48 8b 5c 24 10 48 8b 4c 24 18 e9 61 ff ff ff     H.\$.H.L$..a...
	rel 37+4 t=R_PCREL type:noalg.struct { F uintptr; X0 []func(int) int }+0
	rel 47+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC4+0
	rel 54+4 t=R_PCREL main.pipeline.func1+0
	rel 81+4 t=R_PCREL runtime.writeBarrier+-1
	rel 97+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 135+4 t=R_CALL runtime.morestack_noctxt+0
main.pipeline.func1 STEXT size=98 align=0x0 args=0x8 locals=0x28 funcid=0x0
	0x0000 00000 (variadic_func_values.go:32)	TEXT	main.pipeline.func1(SB), NEEDCTXT|ABIInternal, $40-8
	0x0000 00000 (variadic_func_values.go:32)	CMPQ	SP, 16(R14)
	0x0004 00004 (variadic_func_values.go:32)	PCDATA	$0, $-2
	0x0004 00004 (variadic_func_values.go:32)	JLS	79
	0x0006 00006 (variadic_func_values.go:32)	PCDATA	$0, $-1
	0x0006 00006 (variadic_func_values.go:32)	PUSHQ	BP
	0x0007 00007 (variadic_func_values.go:32)	MOVQ	SP, BP
	0x000a 00010 (variadic_func_values.go:32)	SUBQ	$32, SP
	0x000e 00014 (variadic_func_values.go:32)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (variadic_func_values.go:32)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (variadic_func_values.go:32)	FUNCDATA	$5, main.pipeline.func1.arginfo1(SB)
	0x000e 00014 (variadic_func_values.go:32)	FUNCDATA	$6, main.pipeline.func1.argliveinfo(SB)
	0x000e 00014 (variadic_func_values.go:32)	PCDATA	$3, $1
	0x000e 00014 (variadic_func_values.go:32)	MOVQ	8(DX), CX
	0x0012 00018 (variadic_func_values.go:32)	MOVQ	CX, main.fs.ptr+24(SP)
	0x0017 00023 (variadic_func_values.go:32)	MOVQ	16(DX), BX
	0x001b 00027 (variadic_func_values.go:32)	MOVQ	BX, main.fs.len+8(SP)
	0x0020 00032 (variadic_func_values.go:32)	XORL	DX, DX
	0x0022 00034 (variadic_func_values.go:33)	JMP	68
	0x0024 00036 (variadic_func_values.go:33)	MOVQ	DX, main..autotmp_10+16(SP)
	0x0029 00041 (variadic_func_values.go:33)	MOVQ	(CX)(DX*8), DX
	0x002d 00045 (variadic_func_values.go:34)	MOVQ	(DX), CX
	0x0030 00048 (variadic_func_values.go:34)	PCDATA	$1, $1
	0x0030 00048 (variadic_func_values.go:34)	CALL	CX
	0x0032 00050 (variadic_func_values.go:33)	MOVQ	main..autotmp_10+16(SP), DX
	0x0037 00055 (variadic_func_values.go:33)	INCQ	DX
	0x003a 00058 (variadic_func_values.go:33)	MOVQ	main.fs.ptr+24(SP), CX
	0x003f 00063 (variadic_func_values.go:33)	MOVQ	main.fs.len+8(SP), BX
	0x0044 00068 (variadic_func_values.go:33)	CMPQ	DX, BX
	0x0047 00071 (variadic_func_values.go:33)	JLT	36
	0x0049 00073 (variadic_func_values.go:36)	ADDQ	$32, SP
	0x004d 00077 (variadic_func_values.go:36)	POPQ	BP
	0x004e 00078 (variadic_func_values.go:36)	RET
	0x004f 00079 (variadic_func_values.go:36)	NOP
	0x004f 00079 (variadic_func_values.go:32)	PCDATA	$1, $-1
	0x004f 00079 (variadic_func_values.go:32)	PCDATA	$0, $-2
	0x004f 00079 (variadic_func_values.go:32)	MOVQ	AX, 8(SP)
	0x0054 00084 (variadic_func_values.go:32)	CALL	runtime.morestack(SB)
	0x0059 00089 (variadic_func_values.go:32)	PCDATA	$0, $-1
	0x0059 00089 (variadic_func_values.go:32)	MOVQ	8(SP), AX
	0x005e 00094 (variadic_func_values.go:32)	NOP
	0x0060 00096 (variadic_func_values.go:32)	JMP	0
	0x0000 49 3b 66 10 76 49 55 48 89 e5 48 83 ec 20 48 8b  I;f.vIUH..H.. H.
	0x0010 4a 08 48 89 4c 24 18 48 8b 5a 10 48 89 5c 24 08  J.H.L$.H.Z.H.\$.
	0x0020 31 d2 eb 20 48 89 54 24 10 48 8b 14 d1 48 8b 0a  1.. H.T$.H...H..
	0x0030 ff d1 48 8b 54 24 10 48 ff c2 48 8b 4c 24 18 48  ..H.T$.H..H.L$.H
	0x0040 8b 5c 24 08 48 39 da 7c db 48 83 c4 20 5d c3 48  .\$.H9.|.H.. ].H
	0x0050 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08 66 90  .D$......H.D$.f.
	0x0060 eb 9e                                            ..
	rel 48+0 t=R_CALLIND +0
	rel 85+4 t=R_CALL runtime.morestack+0
main.main STEXT size=721 align=0x0 args=0x0 locals=0xd0 funcid=0x0
	0x0000 00000 (variadic_func_values.go:40)	TEXT	main.main(SB), ABIInternal, $208-0
	0x0000 00000 (variadic_func_values.go:40)	LEAQ	-80(SP), R12
	0x0005 00005 (variadic_func_values.go:40)	CMPQ	R12, 16(R14)
	0x0009 00009 (variadic_func_values.go:40)	PCDATA	$0, $-2
	0x0009 00009 (variadic_func_values.go:40)	JLS	711
	0x000f 00015 (variadic_func_values.go:40)	PCDATA	$0, $-1
	0x000f 00015 (variadic_func_values.go:40)	PUSHQ	BP
	0x0010 00016 (variadic_func_values.go:40)	MOVQ	SP, BP
	0x0013 00019 (variadic_func_values.go:40)	SUBQ	$200, SP
	0x001a 00026 (variadic_func_values.go:40)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x001a 00026 (variadic_func_values.go:40)	FUNCDATA	$1, gclocals·BPlwx4ERB7Wl+2UvxaKZQw==(SB)
	0x001a 00026 (variadic_func_values.go:40)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001a 00026 (<unknown line number>)	NOP
	0x001a 00026 (variadic_func_values.go:41)	MOVQ	$2, main..autotmp_45+112(SP)
	0x0023 00035 (variadic_func_values.go:41)	MOVQ	$3, main..autotmp_45+120(SP)
	0x002c 00044 (<unknown line number>)	NOP
	0x002c 00044 (variadic_func_values.go:5)	XORL	AX, AX
	0x002e 00046 (variadic_func_values.go:5)	MOVL	$1, CX
	0x0033 00051 (variadic_func_values.go:5)	JMP	64
	0x0035 00053 (variadic_func_values.go:6)	ADDQ	main..autotmp_45+112(SP)(AX*8), CX
	0x003a 00058 (variadic_func_values.go:5)	INCQ	AX
	0x003d 00061 (variadic_func_values.go:5)	NOP
	0x0040 00064 (variadic_func_values.go:5)	CMPQ	AX, $2
	0x0044 00068 (variadic_func_values.go:5)	JLT	53
	0x0046 00070 (variadic_func_values.go:41)	MOVQ	$4, main..autotmp_49+88(SP)
	0x004f 00079 (variadic_func_values.go:41)	MOVQ	$5, main..autotmp_49+96(SP)
	0x0058 00088 (variadic_func_values.go:41)	MOVQ	$6, main..autotmp_49+104(SP)
	0x0061 00097 (<unknown line number>)	NOP
	0x0061 00097 (variadic_func_values.go:5)	XORL	AX, AX
	0x0063 00099 (variadic_func_values.go:5)	XORL	DX, DX
	0x0065 00101 (variadic_func_values.go:5)	JMP	111
	0x0067 00103 (variadic_func_values.go:6)	ADDQ	main..autotmp_49+88(SP)(AX*8), DX
	0x006c 00108 (variadic_func_values.go:5)	INCQ	AX
	0x006f 00111 (variadic_func_values.go:5)	CMPQ	AX, $3
	0x0073 00115 (variadic_func_values.go:5)	JLT	103
	0x0075 00117 (variadic_func_values.go:5)	MOVQ	DX, main.base+40(SP)
	0x007a 00122 (variadic_func_values.go:5)	MOVQ	CX, main.base+48(SP)
	0x007f 00127 (variadic_func_values.go:41)	PCDATA	$1, $0
	0x007f 00127 (variadic_func_values.go:41)	NOP
	0x0080 00128 (variadic_func_values.go:41)	CALL	runtime.printlock(SB)
	0x0085 00133 (variadic_func_values.go:41)	MOVL	$1, AX
	0x008a 00138 (variadic_func_values.go:41)	CALL	runtime.printint(SB)
	0x008f 00143 (variadic_func_values.go:41)	CALL	runtime.printsp(SB)
	0x0094 00148 (variadic_func_values.go:41)	MOVQ	main.base+48(SP), AX
	0x0099 00153 (variadic_func_values.go:41)	CALL	runtime.printint(SB)
	0x009e 00158 (variadic_func_values.go:41)	NOP
	0x00a0 00160 (variadic_func_values.go:41)	CALL	runtime.printsp(SB)
	0x00a5 00165 (variadic_func_values.go:41)	MOVQ	main.base+40(SP), AX
	0x00aa 00170 (variadic_func_values.go:41)	CALL	runtime.printint(SB)
	0x00af 00175 (variadic_func_values.go:41)	CALL	runtime.printnl(SB)
	0x00b4 00180 (variadic_func_values.go:41)	CALL	runtime.printunlock(SB)
	0x00b9 00185 (variadic_func_values.go:42)	CALL	runtime.printlock(SB)
	0x00be 00190 (variadic_func_values.go:42)	XORL	AX, AX
	0x00c0 00192 (variadic_func_values.go:42)	CALL	runtime.printint(SB)
	0x00c5 00197 (variadic_func_values.go:42)	CALL	runtime.printsp(SB)
	0x00ca 00202 (variadic_func_values.go:42)	MOVL	$3, AX
	0x00cf 00207 (variadic_func_values.go:42)	CALL	runtime.printint(SB)
	0x00d4 00212 (variadic_func_values.go:42)	CALL	runtime.printsp(SB)
	0x00d9 00217 (variadic_func_values.go:42)	MOVL	$2, AX
	0x00de 00222 (variadic_func_values.go:42)	NOP
	0x00e0 00224 (variadic_func_values.go:42)	CALL	runtime.printint(SB)
	0x00e5 00229 (variadic_func_values.go:42)	CALL	runtime.printsp(SB)
	0x00ea 00234 (variadic_func_values.go:42)	MOVL	$1, AX
	0x00ef 00239 (variadic_func_values.go:42)	CALL	runtime.printint(SB)
	0x00f4 00244 (variadic_func_values.go:42)	CALL	runtime.printnl(SB)
	0x00f9 00249 (variadic_func_values.go:42)	CALL	runtime.printunlock(SB)
	0x00fe 00254 (variadic_func_values.go:43)	MOVQ	$1, main..autotmp_59+64(SP)
	0x0107 00263 (variadic_func_values.go:43)	MOVQ	$2, main..autotmp_59+72(SP)
	0x0110 00272 (variadic_func_values.go:43)	MOVQ	$3, main..autotmp_59+80(SP)
	0x0119 00281 (variadic_func_values.go:44)	LEAQ	main..autotmp_59+64(SP), AX
	0x011e 00286 (variadic_func_values.go:44)	MOVL	$3, BX
	0x0123 00291 (variadic_func_values.go:44)	MOVL	BX, CX
	0x0125 00293 (variadic_func_values.go:44)	CALL	main.modify(SB)
	0x012a 00298 (variadic_func_values.go:45)	MOVQ	$10, main..autotmp_39+128(SP)
	0x0136 00310 (variadic_func_values.go:45)	MOVQ	$20, main..autotmp_39+136(SP)
	0x0142 00322 (variadic_func_values.go:45)	LEAQ	main..autotmp_39+128(SP), AX
	0x014a 00330 (variadic_func_values.go:45)	MOVL	$2, BX
	0x014f 00335 (variadic_func_values.go:45)	MOVL	BX, CX
	0x0151 00337 (variadic_func_values.go:45)	CALL	main.modify(SB)
	0x0156 00342 (variadic_func_values.go:46)	MOVQ	main..autotmp_59+64(SP), AX
	0x015b 00347 (variadic_func_values.go:46)	MOVQ	AX, main..autotmp_99+56(SP)
	0x0160 00352 (variadic_func_values.go:46)	CALL	runtime.printlock(SB)
	0x0165 00357 (variadic_func_values.go:46)	MOVQ	main..autotmp_99+56(SP), AX
	0x016a 00362 (variadic_func_values.go:46)	CALL	runtime.printint(SB)
	0x016f 00367 (variadic_func_values.go:46)	CALL	runtime.printnl(SB)
	0x0174 00372 (variadic_func_values.go:46)	CALL	runtime.printunlock(SB)
	0x0179 00377 (<unknown line number>)	NOP
	0x0179 00377 (variadic_func_values.go:27)	LEAQ	main.table.func1#BvZHsVe4VXo=#·f(SB), AX
	0x0180 00384 (variadic_func_values.go:27)	MOVQ	AX, main..autotmp_64+168(SP)
	0x0188 00392 (variadic_func_values.go:27)	LEAQ	main.table.func2#BvZHsVe4VXo=#·f(SB), AX
	0x018f 00399 (variadic_func_values.go:27)	MOVQ	AX, main..autotmp_64+176(SP)
	0x0197 00407 (variadic_func_values.go:27)	LEAQ	main.table.func3#BvZHsVe4VXo=#·f(SB), AX
	0x019e 00414 (variadic_func_values.go:27)	MOVQ	AX, main..autotmp_64+184(SP)
	0x01a6 00422 (variadic_func_values.go:27)	LEAQ	main.table.func4#BvZHsVe4VXo=#·f(SB), AX
	0x01ad 00429 (variadic_func_values.go:27)	MOVQ	AX, main..autotmp_64+192(SP)
	0x01b5 00437 (variadic_func_values.go:27)	XORL	AX, AX
	0x01b7 00439 (variadic_func_values.go:47)	JMP	525
	0x01b9 00441 (variadic_func_values.go:47)	MOVQ	AX, main.i+32(SP)
	0x01be 00446 (variadic_func_values.go:47)	MOVQ	main..autotmp_64+168(SP)(AX*8), DX
	0x01c6 00454 (variadic_func_values.go:48)	MOVQ	(DX), CX
	0x01c9 00457 (variadic_func_values.go:48)	MOVL	$6, AX
	0x01ce 00462 (variadic_func_values.go:48)	MOVL	$3, BX
	0x01d3 00467 (variadic_func_values.go:48)	PCDATA	$1, $1
	0x01d3 00467 (variadic_func_values.go:48)	CALL	CX
	0x01d5 00469 (variadic_func_values.go:48)	MOVQ	AX, main..autotmp_99+56(SP)
	0x01da 00474 (variadic_func_values.go:48)	CALL	runtime.printlock(SB)
	0x01df 00479 (variadic_func_values.go:48)	MOVQ	main.i+32(SP), AX
	0x01e4 00484 (variadic_func_values.go:48)	CALL	runtime.printint(SB)
	0x01e9 00489 (variadic_func_values.go:48)	CALL	runtime.printsp(SB)
	0x01ee 00494 (variadic_func_values.go:48)	MOVQ	main..autotmp_99+56(SP), AX
	0x01f3 00499 (variadic_func_values.go:48)	CALL	runtime.printint(SB)
	0x01f8 00504 (variadic_func_values.go:48)	CALL	runtime.printnl(SB)
	0x01fd 00509 (variadic_func_values.go:48)	NOP
	0x0200 00512 (variadic_func_values.go:48)	CALL	runtime.printunlock(SB)
	0x0205 00517 (variadic_func_values.go:47)	MOVQ	main.i+32(SP), AX
	0x020a 00522 (variadic_func_values.go:47)	INCQ	AX
	0x020d 00525 (variadic_func_values.go:47)	CMPQ	AX, $4
	0x0211 00529 (variadic_func_values.go:47)	JLT	441
	0x0213 00531 (variadic_func_values.go:51)	PCDATA	$1, $0
	0x0213 00531 (variadic_func_values.go:51)	CALL	runtime.printlock(SB)
	0x0218 00536 (variadic_func_values.go:51)	MOVL	$1, AX
	0x021d 00541 (variadic_func_values.go:51)	NOP
	0x0220 00544 (variadic_func_values.go:51)	CALL	runtime.printbool(SB)
	0x0225 00549 (variadic_func_values.go:51)	CALL	runtime.printnl(SB)
	0x022a 00554 (variadic_func_values.go:51)	CALL	runtime.printunlock(SB)
	0x022f 00559 (variadic_func_values.go:52)	LEAQ	main.main.func1·f(SB), AX
	0x0236 00566 (variadic_func_values.go:52)	MOVQ	AX, main..autotmp_69+144(SP)
	0x023e 00574 (variadic_func_values.go:52)	LEAQ	main.main.func2·f(SB), AX
	0x0245 00581 (variadic_func_values.go:52)	MOVQ	AX, main..autotmp_69+152(SP)
	0x024d 00589 (variadic_func_values.go:52)	LEAQ	main.main.func3·f(SB), AX
	0x0254 00596 (variadic_func_values.go:52)	MOVQ	AX, main..autotmp_69+160(SP)
	0x025c 00604 (<unknown line number>)	NOP
	0x025c 00604 (variadic_func_values.go:53)	XORL	AX, AX
	0x025e 00606 (variadic_func_values.go:53)	MOVL	$4, CX
	0x0263 00611 (variadic_func_values.go:33)	JMP	651
	0x0265 00613 (variadic_func_values.go:33)	MOVQ	AX, main..autotmp_99+56(SP)
	0x026a 00618 (variadic_func_values.go:33)	MOVQ	main..autotmp_69+144(SP)(AX*8), DX
	0x0272 00626 (variadic_func_values.go:34)	MOVQ	(DX), BX
	0x0275 00629 (variadic_func_values.go:34)	MOVQ	CX, AX
	0x0278 00632 (variadic_func_values.go:34)	PCDATA	$1, $2
	0x0278 00632 (variadic_func_values.go:34)	CALL	BX
	0x027a 00634 (variadic_func_values.go:33)	MOVQ	main..autotmp_99+56(SP), CX
	0x027f 00639 (variadic_func_values.go:33)	INCQ	CX
	0x0282 00642 (variadic_func_values.go:33)	MOVQ	AX, DX
	0x0285 00645 (variadic_func_values.go:33)	MOVQ	CX, AX
	0x0288 00648 (variadic_func_values.go:33)	MOVQ	DX, CX
	0x028b 00651 (variadic_func_values.go:33)	CMPQ	AX, $3
	0x028f 00655 (variadic_func_values.go:33)	JLT	613
	0x0291 00657 (variadic_func_values.go:33)	MOVQ	CX, main.x+24(SP)
	0x0296 00662 (<unknown line number>)	NOP
	0x0296 00662 (variadic_func_values.go:53)	PCDATA	$1, $0
	0x0296 00662 (variadic_func_values.go:53)	CALL	runtime.printlock(SB)
	0x029b 00667 (variadic_func_values.go:53)	MOVQ	main.x+24(SP), AX
	0x02a0 00672 (variadic_func_values.go:53)	CALL	runtime.printint(SB)
	0x02a5 00677 (variadic_func_values.go:53)	CALL	runtime.printsp(SB)
	0x02aa 00682 (variadic_func_values.go:53)	MOVL	$9, AX
	0x02af 00687 (variadic_func_values.go:53)	CALL	runtime.printint(SB)
	0x02b4 00692 (variadic_func_values.go:53)	CALL	runtime.printnl(SB)
	0x02b9 00697 (variadic_func_values.go:53)	CALL	runtime.printunlock(SB)
	0x02be 00702 (variadic_func_values.go:54)	ADDQ	$200, SP
	0x02c5 00709 (variadic_func_values.go:54)	POPQ	BP
	0x02c6 00710 (variadic_func_values.go:54)	RET
	0x02c7 00711 (variadic_func_values.go:54)	NOP
	0x02c7 00711 (variadic_func_values.go:40)	PCDATA	$1, $-1
	0x02c7 00711 (variadic_func_values.go:40)	PCDATA	$0, $-2
	0x02c7 00711 (variadic_func_values.go:40)	CALL	runtime.morestack_noctxt(SB)
	0x02cc 00716 (variadic_func_values.go:40)	PCDATA	$0, $-1
	0x02cc 00716 (variadic_func_values.go:40)	JMP	0
	0x0000 4c 8d 64 24 b0 4d 3b 66 10 0f 86 b8 02 00 00 55  L.d$.M;f.......U
	0x0010 48 89 e5 48 81 ec c8 00 00 00 48 c7 44 24 70 02  H..H......H.D$p.
	0x0020 00 00 00 48 c7 44 24 78 03 00 00 00 31 c0 b9 01  ...H.D$x....1...
	0x0030 00 00 00 eb 0b 48 03 4c c4 70 48 ff c0 0f 1f 00  .....H.L.pH.....
	0x0040 48 83 f8 02 7c ef 48 c7 44 24 58 04 00 00 00 48  H...|.H.D$X....H
	0x0050 c7 44 24 60 05 00 00 00 48 c7 44 24 68 06 00 00  .D$`....H.D$h...
	0x0060 00 31 c0 31 d2 eb 08 48 03 54 c4 58 48 ff c0 48  .1.1...H.T.XH..H
	0x0070 83 f8 03 7c f2 48 89 54 24 28 48 89 4c 24 30 90  ...|.H.T$(H.L$0.
	0x0080 e8 00 00 00 00 b8 01 00 00 00 e8 00 00 00 00 e8  ................
	0x0090 00 00 00 00 48 8b 44 24 30 e8 00 00 00 00 66 90  ....H.D$0.....f.
	0x00a0 e8 00 00 00 00 48 8b 44 24 28 e8 00 00 00 00 e8  .....H.D$(......
	0x00b0 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 31 c0  ..............1.
	0x00c0 e8 00 00 00 00 e8 00 00 00 00 b8 03 00 00 00 e8  ................
	0x00d0 00 00 00 00 e8 00 00 00 00 b8 02 00 00 00 66 90  ..............f.
	0x00e0 e8 00 00 00 00 e8 00 00 00 00 b8 01 00 00 00 e8  ................
	0x00f0 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 c7  ..............H.
	0x0100 44 24 40 01 00 00 00 48 c7 44 24 48 02 00 00 00  D$@....H.D$H....
	0x0110 48 c7 44 24 50 03 00 00 00 48 8d 44 24 40 bb 03  H.D$P....H.D$@..
	0x0120 00 00 00 89 d9 e8 00 00 00 00 48 c7 84 24 80 00  ..........H..$..
	0x0130 00 00 0a 00 00 00 48 c7 84 24 88 00 00 00 14 00  ......H..$......
	0x0140 00 00 48 8d 84 24 80 00 00 00 bb 02 00 00 00 89  ..H..$..........
	0x0150 d9 e8 00 00 00 00 48 8b 44 24 40 48 89 44 24 38  ......H.D$@H.D$8
	0x0160 e8 00 00 00 00 48 8b 44 24 38 e8 00 00 00 00 e8  .....H.D$8......
	0x0170 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00  .........H......
	0x0180 48 89 84 24 a8 00 00 00 48 8d 05 00 00 00 00 48  H..$....H......H
	0x0190 89 84 24 b0 00 00 00 48 8d 05 00 00 00 00 48 89  ..$....H......H.
	0x01a0 84 24 b8 00 00 00 48 8d 05 00 00 00 00 48 89 84  .$....H......H..
	0x01b0 24 c0 00 00 00 31 c0 eb 54 48 89 44 24 20 48 8b  $....1..TH.D$ H.
	0x01c0 94 c4 a8 00 00 00 48 8b 0a b8 06 00 00 00 bb 03  ......H.........
	0x01d0 00 00 00 ff d1 48 89 44 24 38 e8 00 00 00 00 48  .....H.D$8.....H
	0x01e0 8b 44 24 20 e8 00 00 00 00 e8 00 00 00 00 48 8b  .D$ ..........H.
	0x01f0 44 24 38 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  D$8.............
	0x0200 e8 00 00 00 00 48 8b 44 24 20 48 ff c0 48 83 f8  .....H.D$ H..H..
	0x0210 04 7c a6 e8 00 00 00 00 b8 01 00 00 00 0f 1f 00  .|..............
	0x0220 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0230 8d 05 00 00 00 00 48 89 84 24 90 00 00 00 48 8d  ......H..$....H.
	0x0240 05 00 00 00 00 48 89 84 24 98 00 00 00 48 8d 05  .....H..$....H..
	0x0250 00 00 00 00 48 89 84 24 a0 00 00 00 31 c0 b9 04  ....H..$....1...
	0x0260 00 00 00 eb 26 48 89 44 24 38 48 8b 94 c4 90 00  ....&H.D$8H.....
	0x0270 00 00 48 8b 1a 48 89 c8 ff d3 48 8b 4c 24 38 48  ..H..H....H.L$8H
	0x0280 ff c1 48 89 c2 48 89 c8 48 89 d1 48 83 f8 03 7c  ..H..H..H..H...|
	0x0290 d4 48 89 4c 24 18 e8 00 00 00 00 48 8b 44 24 18  .H.L$......H.D$.
	0x02a0 e8 00 00 00 00 e8 00 00 00 00 b8 09 00 00 00 e8  ................
	0x02b0 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 81  ..............H.
	0x02c0 c4 c8 00 00 00 5d c3 e8 00 00 00 00 e9 2f fd ff  .....]......./..
	0x02d0 ff                                               .
	rel 3+0 t=R_USEIFACE type:int+0
	rel 3+0 t=R_USEIFACE type:string+0
	rel 3+0 t=R_USEIFACE type:int+0
	rel 3+0 t=R_USEIFACE type:int+0
	rel 129+4 t=R_CALL runtime.printlock+0
	rel 139+4 t=R_CALL runtime.printint+0
	rel 144+4 t=R_CALL runtime.printsp+0
	rel 154+4 t=R_CALL runtime.printint+0
	rel 161+4 t=R_CALL runtime.printsp+0
	rel 171+4 t=R_CALL runtime.printint+0
	rel 176+4 t=R_CALL runtime.printnl+0
	rel 181+4 t=R_CALL runtime.printunlock+0
	rel 186+4 t=R_CALL runtime.printlock+0
	rel 193+4 t=R_CALL runtime.printint+0
	rel 198+4 t=R_CALL runtime.printsp+0
	rel 208+4 t=R_CALL runtime.printint+0
	rel 213+4 t=R_CALL runtime.printsp+0
	rel 225+4 t=R_CALL runtime.printint+0
	rel 230+4 t=R_CALL runtime.printsp+0
	rel 240+4 t=R_CALL runtime.printint+0
	rel 245+4 t=R_CALL runtime.printnl+0
	rel 250+4 t=R_CALL runtime.printunlock+0
	rel 294+4 t=R_CALL main.modify+0
	rel 338+4 t=R_CALL main.modify+0
	rel 353+4 t=R_CALL runtime.printlock+0
	rel 363+4 t=R_CALL runtime.printint+0
	rel 368+4 t=R_CALL runtime.printnl+0
	rel 373+4 t=R_CALL runtime.printunlock+0
	rel 380+4 t=R_PCREL main.table.func1#BvZHsVe4VXo=#·f+0
	rel 395+4 t=R_PCREL main.table.func2#BvZHsVe4VXo=#·f+0
	rel 410+4 t=R_PCREL main.table.func3#BvZHsVe4VXo=#·f+0
	rel 425+4 t=R_PCREL main.table.func4#BvZHsVe4VXo=#·f+0
	rel 467+0 t=R_CALLIND +0
	rel 475+4 t=R_CALL runtime.printlock+0
	rel 485+4 t=R_CALL runtime.printint+0
	rel 490+4 t=R_CALL runtime.printsp+0
	rel 500+4 t=R_CALL runtime.printint+0
	rel 505+4 t=R_CALL runtime.printnl+0
	rel 513+4 t=R_CALL runtime.printunlock+0
	rel 532+4 t=R_CALL runtime.printlock+0
	rel 545+4 t=R_CALL runtime.printbool+0
	rel 550+4 t=R_CALL runtime.printnl+0
	rel 555+4 t=R_CALL runtime.printunlock+0
	rel 562+4 t=R_PCREL main.main.func1·f+0
	rel 577+4 t=R_PCREL main.main.func2·f+0
	rel 592+4 t=R_PCREL main.main.func3·f+0
	rel 632+0 t=R_CALLIND +0
	rel 663+4 t=R_CALL runtime.printlock+0
	rel 673+4 t=R_CALL runtime.printint+0
	rel 678+4 t=R_CALL runtime.printsp+0
	rel 688+4 t=R_CALL runtime.printint+0
	rel 693+4 t=R_CALL runtime.printnl+0
	rel 698+4 t=R_CALL runtime.printunlock+0
	rel 712+4 t=R_CALL runtime.morestack_noctxt+0
main.pipeline.func1#t09LGZbLbXE=# STEXT size=98 align=0x0 args=0x8 locals=0x28 funcid=0x0
	0x0000 00000 (variadic_func_values.go:32)	TEXT	main.pipeline.func1#t09LGZbLbXE=#(SB), NEEDCTXT|ABIInternal, $40-8
	0x0000 00000 (variadic_func_values.go:32)	CMPQ	SP, 16(R14)
	0x0004 00004 (variadic_func_values.go:32)	PCDATA	$0, $-2
	0x0004 00004 (variadic_func_values.go:32)	JLS	79
	0x0006 00006 (variadic_func_values.go:32)	PCDATA	$0, $-1
	0x0006 00006 (variadic_func_values.go:32)	PUSHQ	BP
	0x0007 00007 (variadic_func_values.go:32)	MOVQ	SP, BP
	0x000a 00010 (variadic_func_values.go:32)	SUBQ	$32, SP
	0x000e 00014 (variadic_func_values.go:32)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (variadic_func_values.go:32)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (variadic_func_values.go:32)	FUNCDATA	$5, main.pipeline.func1#t09LGZbLbXE=#.arginfo1(SB)
	0x000e 00014 (variadic_func_values.go:32)	FUNCDATA	$6, main.pipeline.func1#t09LGZbLbXE=#.argliveinfo(SB)
	0x000e 00014 (variadic_func_values.go:32)	PCDATA	$3, $1
	0x000e 00014 (variadic_func_values.go:32)	MOVQ	8(DX), CX
	0x0012 00018 (variadic_func_values.go:32)	MOVQ	CX, main.fs.ptr+24(SP)
	0x0017 00023 (variadic_func_values.go:32)	MOVQ	16(DX), BX
	0x001b 00027 (variadic_func_values.go:32)	MOVQ	BX, main.fs.len+8(SP)
	0x0020 00032 (variadic_func_values.go:32)	XORL	DX, DX
	0x0022 00034 (variadic_func_values.go:33)	JMP	68
	0x0024 00036 (variadic_func_values.go:33)	MOVQ	DX, main..autotmp_10+16(SP)
	0x0029 00041 (variadic_func_values.go:33)	MOVQ	(CX)(DX*8), DX
	0x002d 00045 (variadic_func_values.go:34)	MOVQ	(DX), CX
	0x0030 00048 (variadic_func_values.go:34)	PCDATA	$1, $1
	0x0030 00048 (variadic_func_values.go:34)	CALL	CX
	0x0032 00050 (variadic_func_values.go:33)	MOVQ	main..autotmp_10+16(SP), DX
	0x0037 00055 (variadic_func_values.go:33)	INCQ	DX
	0x003a 00058 (variadic_func_values.go:33)	MOVQ	main.fs.ptr+24(SP), CX
	0x003f 00063 (variadic_func_values.go:33)	MOVQ	main.fs.len+8(SP), BX
	0x0044 00068 (variadic_func_values.go:33)	CMPQ	DX, BX
	0x0047 00071 (variadic_func_values.go:33)	JLT	36
	0x0049 00073 (variadic_func_values.go:36)	ADDQ	$32, SP
	0x004d 00077 (variadic_func_values.go:36)	POPQ	BP
	0x004e 00078 (variadic_func_values.go:36)	RET
	0x004f 00079 (variadic_func_values.go:36)	NOP
	0x004f 00079 (variadic_func_values.go:32)	PCDATA	$1, $-1
	0x004f 00079 (variadic_func_values.go:32)	PCDATA	$0, $-2
	0x004f 00079 (variadic_func_values.go:32)	MOVQ	AX, 8(SP)
	0x0054 00084 (variadic_func_values.go:32)	CALL	runtime.morestack(SB)
	0x0059 00089 (variadic_func_values.go:32)	PCDATA	$0, $-1
	0x0059 00089 (variadic_func_values.go:32)	MOVQ	8(SP), AX
	0x005e 00094 (variadic_func_values.go:32)	NOP
	0x0060 00096 (variadic_func_values.go:32)	JMP	0
	0x0000 49 3b 66 10 76 49 55 48 89 e5 48 83 ec 20 48 8b  I;f.vIUH..H.. H.
	0x0010 4a 08 48 89 4c 24 18 48 8b 5a 10 48 89 5c 24 08  J.H.L$.H.Z.H.\$.
	0x0020 31 d2 eb 20 48 89 54 24 10 48 8b 14 d1 48 8b 0a  1.. H.T$.H...H..
	0x0030 ff d1 48 8b 54 24 10 48 ff c2 48 8b 4c 24 18 48  ..H.T$.H..H.L$.H
	0x0040 8b 5c 24 08 48 39 da 7c db 48 83 c4 20 5d c3 48  .\$.H9.|.H.. ].H
	0x0050 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08 66 90  .D$......H.D$.f.
	0x0060 eb 9e                                            ..
	rel 48+0 t=R_CALLIND +0
	rel 85+4 t=R_CALL runtime.morestack+0
main.pipeline.func1#ogkU/M7UodE=# STEXT size=98 align=0x0 args=0x8 locals=0x28 funcid=0x0
	0x0000 00000 (variadic_func_values.go:32)	TEXT	main.pipeline.func1#ogkU/M7UodE=#(SB), NEEDCTXT|ABIInternal, $40-8
	0x0000 00000 (variadic_func_values.go:32)	CMPQ	SP, 16(R14)
	0x0004 00004 (variadic_func_values.go:32)	PCDATA	$0, $-2
	0x0004 00004 (variadic_func_values.go:32)	JLS	79
	0x0006 00006 (variadic_func_values.go:32)	PCDATA	$0, $-1
	0x0006 00006 (variadic_func_values.go:32)	PUSHQ	BP
	0x0007 00007 (variadic_func_values.go:32)	MOVQ	SP, BP
	0x000a 00010 (variadic_func_values.go:32)	SUBQ	$32, SP
	0x000e 00014 (variadic_func_values.go:32)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (variadic_func_values.go:32)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (variadic_func_values.go:32)	FUNCDATA	$5, main.pipeline.func1#ogkU/M7UodE=#.arginfo1(SB)
	0x000e 00014 (variadic_func_values.go:32)	FUNCDATA	$6, main.pipeline.func1#ogkU/M7UodE=#.argliveinfo(SB)
	0x000e 00014 (variadic_func_values.go:32)	PCDATA	$3, $1
	0x000e 00014 (variadic_func_values.go:32)	MOVQ	8(DX), CX
	0x0012 00018 (variadic_func_values.go:32)	MOVQ	CX, main.fs.ptr+24(SP)
	0x0017 00023 (variadic_func_values.go:32)	MOVQ	16(DX), BX
	0x001b 00027 (variadic_func_values.go:32)	MOVQ	BX, main.fs.len+8(SP)
	0x0020 00032 (variadic_func_values.go:32)	XORL	DX, DX
	0x0022 00034 (variadic_func_values.go:33)	JMP	68
	0x0024 00036 (variadic_func_values.go:33)	MOVQ	DX, main..autotmp_10+16(SP)
	0x0029 00041 (variadic_func_values.go:33)	MOVQ	(CX)(DX*8), DX
	0x002d 00045 (variadic_func_values.go:34)	MOVQ	(DX), CX
	0x0030 00048 (variadic_func_values.go:34)	PCDATA	$1, $1
	0x0030 00048 (variadic_func_values.go:34)	CALL	CX
	0x0032 00050 (variadic_func_values.go:33)	MOVQ	main..autotmp_10+16(SP), DX
	0x0037 00055 (variadic_func_values.go:33)	INCQ	DX
	0x003a 00058 (variadic_func_values.go:33)	MOVQ	main.fs.ptr+24(SP), CX
	0x003f 00063 (variadic_func_values.go:33)	MOVQ	main.fs.len+8(SP), BX
	0x0044 00068 (variadic_func_values.go:33)	CMPQ	DX, BX
	0x0047 00071 (variadic_func_values.go:33)	JLT	36
	0x0049 00073 (variadic_func_values.go:36)	ADDQ	$32, SP
	0x004d 00077 (variadic_func_values.go:36)	POPQ	BP
	0x004e 00078 (variadic_func_values.go:36)	RET
	0x004f 00079 (variadic_func_values.go:36)	NOP
	0x004f 00079 (variadic_func_values.go:32)	PCDATA	$1, $-1
	0x004f 00079 (variadic_func_values.go:32)	PCDATA	$0, $-2
	0x004f 00079 (variadic_func_values.go:32)	MOVQ	AX, 8(SP)
	0x0054 00084 (variadic_func_values.go:32)	CALL	runtime.morestack(SB)
	0x0059 00089 (variadic_func_values.go:32)	PCDATA	$0, $-1
	0x0059 00089 (variadic_func_values.go:32)	MOVQ	8(SP), AX
	0x005e 00094 (variadic_func_values.go:32)	NOP
	0x0060 00096 (variadic_func_values.go:32)	JMP	0
	0x0000 49 3b 66 10 76 49 55 48 89 e5 48 83 ec 20 48 8b  I;f.vIUH..H.. H.
	0x0010 4a 08 48 89 4c 24 18 48 8b 5a 10 48 89 5c 24 08  J.H.L$.H.Z.H.\$.
	0x0020 31 d2 eb 20 48 89 54 24 10 48 8b 14 d1 48 8b 0a  1.. H.T$.H...H..
	0x0030 ff d1 48 8b 54 24 10 48 ff c2 48 8b 4c 24 18 48  ..H.T$.H..H.L$.H
	0x0040 8b 5c 24 08 48 39 da 7c db 48 83 c4 20 5d c3 48  .\$.H9.|.H.. ].H
	0x0050 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08 66 90  .D$......H.D$.f.
	0x0060 eb 9e                                            ..
	rel 48+0 t=R_CALLIND +0
	rel 85+4 t=R_CALL runtime.morestack+0
main.main.func1 STEXT nosplit size=4 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (variadic_func_values.go:52)	TEXT	main.main.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (variadic_func_values.go:52)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:52)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:52)	FUNCDATA	$5, main.main.func1.arginfo1(SB)
	0x0000 00000 (variadic_func_values.go:52)	FUNCDATA	$6, main.main.func1.argliveinfo(SB)
	0x0000 00000 (variadic_func_values.go:52)	PCDATA	$3, $1
	0x0000 00000 (variadic_func_values.go:52)	INCQ	AX
	0x0003 00003 (variadic_func_values.go:52)	RET
	0x0000 48 ff c0 c3                                      H...
main.main.func2 STEXT nosplit size=9 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (variadic_func_values.go:52)	TEXT	main.main.func2(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (variadic_func_values.go:52)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:52)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:52)	FUNCDATA	$5, main.main.func2.arginfo1(SB)
	0x0000 00000 (variadic_func_values.go:52)	FUNCDATA	$6, main.main.func2.argliveinfo(SB)
	0x0000 00000 (variadic_func_values.go:52)	PCDATA	$3, $1
	0x0000 00000 (variadic_func_values.go:52)	LEAQ	(AX)(AX*1), CX
	0x0004 00004 (variadic_func_values.go:52)	LEAQ	(CX)(CX*4), AX
	0x0008 00008 (variadic_func_values.go:52)	RET
	0x0000 48 8d 0c 00 48 8d 04 89 c3                       H...H....
main.main.func3 STEXT nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (variadic_func_values.go:52)	TEXT	main.main.func3(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (variadic_func_values.go:52)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:52)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:52)	FUNCDATA	$5, main.main.func3.arginfo1(SB)
	0x0000 00000 (variadic_func_values.go:52)	FUNCDATA	$6, main.main.func3.argliveinfo(SB)
	0x0000 00000 (variadic_func_values.go:52)	PCDATA	$3, $1
	0x0000 00000 (variadic_func_values.go:52)	ADDQ	$-3, AX
	0x0004 00004 (variadic_func_values.go:52)	RET
	0x0000 48 83 c0 fd c3                                   H....
main.table.func1 STEXT nosplit size=4 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (variadic_func_values.go:24)	TEXT	main.table.func1(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (variadic_func_values.go:24)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:24)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:24)	FUNCDATA	$5, main.table.func1.arginfo1(SB)
	0x0000 00000 (variadic_func_values.go:24)	FUNCDATA	$6, main.table.func1.argliveinfo(SB)
	0x0000 00000 (variadic_func_values.go:24)	PCDATA	$3, $1
	0x0000 00000 (variadic_func_values.go:24)	ADDQ	BX, AX
	0x0003 00003 (variadic_func_values.go:24)	RET
	0x0000 48 01 d8 c3                                      H...
main.table.func2 STEXT nosplit size=4 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (variadic_func_values.go:25)	TEXT	main.table.func2(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (variadic_func_values.go:25)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:25)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:25)	FUNCDATA	$5, main.table.func2.arginfo1(SB)
	0x0000 00000 (variadic_func_values.go:25)	FUNCDATA	$6, main.table.func2.argliveinfo(SB)
	0x0000 00000 (variadic_func_values.go:25)	PCDATA	$3, $1
	0x0000 00000 (variadic_func_values.go:25)	SUBQ	BX, AX
	0x0003 00003 (variadic_func_values.go:25)	RET
	0x0000 48 29 d8 c3                                      H)..
main.table.func3 STEXT nosplit size=5 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (variadic_func_values.go:26)	TEXT	main.table.func3(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (variadic_func_values.go:26)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:26)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:26)	FUNCDATA	$5, main.table.func3.arginfo1(SB)
	0x0000 00000 (variadic_func_values.go:26)	FUNCDATA	$6, main.table.func3.argliveinfo(SB)
	0x0000 00000 (variadic_func_values.go:26)	PCDATA	$3, $1
	0x0000 00000 (variadic_func_values.go:26)	IMULQ	BX, AX
	0x0004 00004 (variadic_func_values.go:26)	RET
	0x0000 48 0f af c3 c3                                   H....
main.table.func4 STEXT nosplit size=17 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (variadic_func_values.go:27)	TEXT	main.table.func4(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (variadic_func_values.go:27)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:27)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:27)	FUNCDATA	$5, main.table.func4.arginfo1(SB)
	0x0000 00000 (variadic_func_values.go:27)	FUNCDATA	$6, main.table.func4.argliveinfo(SB)
	0x0000 00000 (variadic_func_values.go:27)	PCDATA	$3, $1
	0x0000 00000 (variadic_func_values.go:27)	MOVQ	BX, CX
	0x0003 00003 (variadic_func_values.go:27)	SHLQ	CX, AX
	0x0006 00006 (variadic_func_values.go:27)	CMPQ	CX, $64
	0x000a 00010 (variadic_func_values.go:27)	SBBQ	DX, DX
	0x000d 00013 (variadic_func_values.go:27)	ANDQ	DX, AX
	0x0010 00016 (variadic_func_values.go:27)	RET
	0x0000 48 89 d9 48 d3 e0 48 83 f9 40 48 19 d2 48 21 d0  H..H..H..@H..H!.
	0x0010 c3                                               .
main.table.func1#BvZHsVe4VXo=# STEXT nosplit size=4 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (variadic_func_values.go:24)	TEXT	main.table.func1#BvZHsVe4VXo=#(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (variadic_func_values.go:24)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:24)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:24)	FUNCDATA	$5, main.table.func1#BvZHsVe4VXo=#.arginfo1(SB)
	0x0000 00000 (variadic_func_values.go:24)	FUNCDATA	$6, main.table.func1#BvZHsVe4VXo=#.argliveinfo(SB)
	0x0000 00000 (variadic_func_values.go:24)	PCDATA	$3, $1
	0x0000 00000 (variadic_func_values.go:24)	ADDQ	BX, AX
	0x0003 00003 (variadic_func_values.go:24)	RET
	0x0000 48 01 d8 c3                                      H...
main.table.func2#BvZHsVe4VXo=# STEXT nosplit size=4 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (variadic_func_values.go:25)	TEXT	main.table.func2#BvZHsVe4VXo=#(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (variadic_func_values.go:25)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:25)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:25)	FUNCDATA	$5, main.table.func2#BvZHsVe4VXo=#.arginfo1(SB)
	0x0000 00000 (variadic_func_values.go:25)	FUNCDATA	$6, main.table.func2#BvZHsVe4VXo=#.argliveinfo(SB)
	0x0000 00000 (variadic_func_values.go:25)	PCDATA	$3, $1
	0x0000 00000 (variadic_func_values.go:25)	SUBQ	BX, AX
	0x0003 00003 (variadic_func_values.go:25)	RET
	0x0000 48 29 d8 c3                                      H)..
main.table.func3#BvZHsVe4VXo=# STEXT nosplit size=5 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (variadic_func_values.go:26)	TEXT	main.table.func3#BvZHsVe4VXo=#(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (variadic_func_values.go:26)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:26)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:26)	FUNCDATA	$5, main.table.func3#BvZHsVe4VXo=#.arginfo1(SB)
	0x0000 00000 (variadic_func_values.go:26)	FUNCDATA	$6, main.table.func3#BvZHsVe4VXo=#.argliveinfo(SB)
	0x0000 00000 (variadic_func_values.go:26)	PCDATA	$3, $1
	0x0000 00000 (variadic_func_values.go:26)	IMULQ	BX, AX
	0x0004 00004 (variadic_func_values.go:26)	RET
	0x0000 48 0f af c3 c3                                   H....
main.table.func4#BvZHsVe4VXo=# STEXT nosplit size=17 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (variadic_func_values.go:27)	TEXT	main.table.func4#BvZHsVe4VXo=#(SB), NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (variadic_func_values.go:27)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:27)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (variadic_func_values.go:27)	FUNCDATA	$5, main.table.func4#BvZHsVe4VXo=#.arginfo1(SB)
	0x0000 00000 (variadic_func_values.go:27)	FUNCDATA	$6, main.table.func4#BvZHsVe4VXo=#.argliveinfo(SB)
	0x0000 00000 (variadic_func_values.go:27)	PCDATA	$3, $1
	0x0000 00000 (variadic_func_values.go:27)	MOVQ	BX, CX
	0x0003 00003 (variadic_func_values.go:27)	SHLQ	CX, AX
	0x0006 00006 (variadic_func_values.go:27)	CMPQ	CX, $64
	0x000a 00010 (variadic_func_values.go:27)	SBBQ	DX, DX
	0x000d 00013 (variadic_func_values.go:27)	ANDQ	DX, AX
	0x0010 00016 (variadic_func_values.go:27)	RET
	0x0000 48 89 d9 48 d3 e0 48 83 f9 40 48 19 d2 48 21 d0  H..H..H..@H..H!.
	0x0010 c3                                               .
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.sum$abstract SDWARFABSFCN dupok size=42 align=0x0
	0x0000 05 6d 61 69 6e 2e 73 75 6d 00 01 04 01 22 62 61  .main.sum...."ba
	0x0010 73 65 00 00 00 00 00 00 22 78 73 00 00 00 00 00  se......"xs.....
	0x0020 00 21 78 00 05 00 00 00 00 00                    .!x.......
	rel 20+4 t=R_DWARFSECREF go:info.int+0
	rel 29+4 t=R_DWARFSECREF go:info.[]int+0
	rel 37+4 t=R_DWARFSECREF go:info.int+0
go:info.main.count$abstract SDWARFABSFCN dupok size=25 align=0x0
	0x0000 05 6d 61 69 6e 2e 63 6f 75 6e 74 00 01 0b 01 22  .main.count...."
	0x0010 78 73 00 00 00 00 00 00 00                       xs.......
	rel 20+4 t=R_DWARFSECREF go:info.[]interface {}+0
go:info.main.table$abstract SDWARFABSFCN dupok size=16 align=0x0
	0x0000 05 6d 61 69 6e 2e 74 61 62 6c 65 00 01 16 01 00  .main.table.....
go:info.main.pipeline$abstract SDWARFABSFCN dupok size=28 align=0x0
	0x0000 05 6d 61 69 6e 2e 70 69 70 65 6c 69 6e 65 00 01  .main.pipeline..
	0x0010 1f 01 22 66 73 00 00 00 00 00 00 00              .."fs.......
	rel 23+4 t=R_DWARFSECREF go:info.[]func(int) int+0
go:info.main.pipeline.func1#ogkU/M7UodE=#$abstract SDWARFABSFCN dupok size=41 align=0x0
	0x0000 05 6d 61 69 6e 2e 70 69 70 65 6c 69 6e 65 2e 66  .main.pipeline.f
	0x0010 75 6e 63 31 00 01 20 01 22 78 00 00 00 00 00 00  unc1.. ."x......
	0x0020 21 66 00 21 00 00 00 00 00                       !f.!.....
	rel 28+4 t=R_DWARFSECREF go:info.int+0
	rel 36+4 t=R_DWARFSECREF go:info.func(int) int+0
go:info.main.pipeline.func1#t09LGZbLbXE=#$abstract SDWARFABSFCN dupok size=41 align=0x0
	0x0000 05 6d 61 69 6e 2e 70 69 70 65 6c 69 6e 65 2e 66  .main.pipeline.f
	0x0010 75 6e 63 31 00 01 20 01 22 78 00 00 00 00 00 00  unc1.. ."x......
	0x0020 21 66 00 21 00 00 00 00 00                       !f.!.....
	rel 28+4 t=R_DWARFSECREF go:info.int+0
	rel 36+4 t=R_DWARFSECREF go:info.func(int) int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.op- SRODATA dupok size=10 align=0x1
	0x0000 00 08 2a 6d 61 69 6e 2e 6f 70                    ..*main.op
type:*main.op SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 17 01 87 05 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.op-+0
	rel 48+8 t=R_ADDR type:main.op+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:main.op SRODATA size=96 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 be cf 15 77 27 08 08 13 00 00 00 00 00 00 00 00  ...w'...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 28 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  (...............
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.op-+0
	rel 44+4 t=R_ADDROFF type:*main.op+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+8 t=R_ADDR type:int+0
	rel 80+8 t=R_ADDR type:int+0
	rel 88+8 t=R_ADDR type:int+0
type:.namedata.*func(int) int- SRODATA dupok size=16 align=0x1
	0x0000 00 0e 2a 66 75 6e 63 28 69 6e 74 29 20 69 6e 74  ..*func(int) int
type:*func(int) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4f 01 6b 7d 28 08 08 16 00 00 00 00 00 00 00 00  O.k}(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int) int-+0
	rel 48+8 t=R_ADDR type:func(int) int+0
type:func(int) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 1d 4d ca 7e 22 08 08 13 00 00 00 00 00 00 00 00  .M.~"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(int) int+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(int, int) int- SRODATA dupok size=21 align=0x1
	0x0000 00 13 2a 66 75 6e 63 28 69 6e 74 2c 20 69 6e 74  ..*func(int, int
	0x0010 29 20 69 6e 74                                   ) int
type:*func(int, int) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ec de d5 8f 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, int) int-+0
	rel 48+8 t=R_ADDR type:func(int, int) int+0
type:func(int, int) int SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 af e5 7d 4e 22 08 08 13 00 00 00 00 00 00 00 00  ..}N"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int, int) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(int, int) int+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:int+0
go:string."a" SRODATA dupok size=1 align=0x1
	0x0000 61                                               a
main..stmp_0 SRODATA static size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
main..stmp_1 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."a"+0
main..stmp_2 SRODATA static size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
main..stmp_3 SRODATA static size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.*[4]main.op- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 5b 34 5d 6d 61 69 6e 2e 6f 70           ..*[4]main.op
type:*[4]main.op SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0b d7 3c d3 28 08 08 16 00 00 00 00 00 00 00 00  ..<.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]main.op-+0
	rel 48+8 t=R_ADDR type:[4]main.op+0
runtime.gcbits.0f00000000000000 SRODATA dupok size=8 align=0x8
	0x0000 0f 00 00 00 00 00 00 00                          ........
type:.namedata.*[]main.op- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 5b 5d 6d 61 69 6e 2e 6f 70              ..*[]main.op
type:*[]main.op SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ce 07 61 39 28 08 08 16 00 00 00 00 00 00 00 00  ..a9(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.op-+0
	rel 48+8 t=R_ADDR type:[]main.op+0
type:[]main.op SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 49 b5 e5 31 02 08 08 17 00 00 00 00 00 00 00 00  I..1............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.op-+0
	rel 44+4 t=RelocType(-32763) type:*[]main.op+0
	rel 48+8 t=R_ADDR type:main.op+0
type:[4]main.op SRODATA dupok size=72 align=0x8
	0x0000 20 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00   ....... .......
	0x0010 86 d0 db 50 02 08 08 11 00 00 00 00 00 00 00 00  ...P............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 04 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0f00000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]main.op-+0
	rel 44+4 t=RelocType(-32763) type:*[4]main.op+0
	rel 48+8 t=R_ADDR type:main.op+0
	rel 56+8 t=R_ADDR type:[]main.op+0
type:.namedata.*[]func(int) int- SRODATA dupok size=18 align=0x1
	0x0000 00 10 2a 5b 5d 66 75 6e 63 28 69 6e 74 29 20 69  ..*[]func(int) i
	0x0010 6e 74                                            nt
type:*[]func(int) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9d 85 be 41 28 08 08 16 00 00 00 00 00 00 00 00  ...A(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]func(int) int-+0
	rel 48+8 t=R_ADDR type:[]func(int) int+0
type:[]func(int) int SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 59 c9 eb 9b 02 08 08 17 00 00 00 00 00 00 00 00  Y...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]func(int) int-+0
	rel 44+4 t=RelocType(-32763) type:*[]func(int) int+0
	rel 48+8 t=R_ADDR type:func(int) int+0
type:.namedata.*struct { F uintptr; X0 []func(int) int }- SRODATA dupok size=43 align=0x1
	0x0000 00 29 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  .)*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 5b 5d 66 75 6e 63  ntptr; X0 []func
	0x0020 28 69 6e 74 29 20 69 6e 74 20 7d                 (int) int }
type:noalg.*struct { F uintptr; X0 []func(int) int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 20 b0 68 e7 20 08 08 16 00 00 00 00 00 00 00 00   .h. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 []func(int) int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 []func(int) int }+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.F. SRODATA dupok size=3 align=0x1
	0x0000 01 01 46                                         ..F
type:.namedata.X0. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 30                                      ..X0
type:noalg.struct { F uintptr; X0 []func(int) int } SRODATA dupok size=128 align=0x8
	0x0000 20 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00   ...............
	0x0010 92 d4 7e 66 02 08 08 19 00 00 00 00 00 00 00 00  ..~f............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 []func(int) int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 []func(int) int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 []func(int) int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:[]func(int) int+0
runtime.gcbits.0700000000000000 SRODATA dupok size=8 align=0x8
	0x0000 07 00 00 00 00 00 00 00                          ........
main.main.func1·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func1+0
main.main.func2·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func2+0
main.main.func3·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func3+0
main.table.func1·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.table.func1+0
main.table.func1#BvZHsVe4VXo=#·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.table.func1#BvZHsVe4VXo=#+0
main.table.func2·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.table.func2+0
main.table.func2#BvZHsVe4VXo=#·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.table.func2#BvZHsVe4VXo=#+0
main.table.func3·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.table.func3+0
main.table.func3#BvZHsVe4VXo=#·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.table.func3#BvZHsVe4VXo=#+0
main.table.func4·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.table.func4+0
main.table.func4#BvZHsVe4VXo=#·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.table.func4#BvZHsVe4VXo=#+0
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.sum.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 00 08 fe 08 08 10 08 18 08 fd ff                 ...........
main.sum.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
main.count.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.count.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.modify.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.modify.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.pipeline.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.pipeline.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
main.pipeline.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.pipeline.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·BPlwx4ERB7Wl+2UvxaKZQw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 07 00 00 00 00 78 07                 .........x.
main.main.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 c8 ff ff ff 18 00 00 00  ................
	0x0010 18 00 00 00 00 00 00 00 e0 ff ff ff 20 00 00 00  ............ ...
	0x0020 20 00 00 00 00 00 00 00                           .......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0700000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0f00000000000000+0
main.pipeline.func1#t09LGZbLbXE=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.pipeline.func1#t09LGZbLbXE=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.pipeline.func1#ogkU/M7UodE=#.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.pipeline.func1#ogkU/M7UodE=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.main.func1.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.main.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.main.func2.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.main.func2.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.main.func3.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.main.func3.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.table.func1.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.table.func1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.table.func2.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.table.func2.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.table.func3.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.table.func3.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.table.func4.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.table.func4.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.table.func1#BvZHsVe4VXo=#.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.table.func1#BvZHsVe4VXo=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.table.func2#BvZHsVe4VXo=#.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.table.func2#BvZHsVe4VXo=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.table.func3#BvZHsVe4VXo=#.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.table.func3#BvZHsVe4VXo=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.table.func4#BvZHsVe4VXo=#.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
main.table.func4#BvZHsVe4VXo=#.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
