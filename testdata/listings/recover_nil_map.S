funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (recover_nil_map.go:21)	TEXT	main.main(SB), ABIInternal, $480-0
     0        00000 (recover_nil_map.go:21)	TEXT	main.main(SB), ABIInternal, $480-0
     0     -1 00000 (recover_nil_map.go:21)	LEAQ	-352(SP), R12
     8        00008 (recover_nil_map.go:21)	CMPQ	R12, 16(R14)
     c        00012 (recover_nil_map.go:21)	PCDATA	$0, $-2
     c        00012 (recover_nil_map.go:21)	JLS	856
    12        00018 (recover_nil_map.go:21)	PCDATA	$0, $-1
    12        00018 (recover_nil_map.go:21)	PUSHQ	BP
    13        00019 (recover_nil_map.go:21)	MOVQ	SP, BP
    16        00022 (recover_nil_map.go:21)	SUBQ	$472, SP
    1d        00029 (recover_nil_map.go:21)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
    1d        00029 (recover_nil_map.go:21)	FUNCDATA	$1, gclocals·1w/+w+jwSrpi6RI4CI05fg==(SB)
    1d        00029 (recover_nil_map.go:21)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (recover_nil_map.go:23)	LEAQ	type:map[string]int(SB), AX
    24        00036 (recover_nil_map.go:23)	XORL	BX, BX
    26        00038 (recover_nil_map.go:23)	LEAQ	go:string."x"(SB), CX
    2d        00045 (recover_nil_map.go:23)	MOVL	$1, DI
    32        00050 (recover_nil_map.go:23)	PCDATA	$1, $0
    32        00050 (recover_nil_map.go:23)	CALL	runtime.mapaccess1_faststr(SB)
    37        00055 (recover_nil_map.go:23)	MOVQ	(AX), DX
    3a        00058 (recover_nil_map.go:23)	MOVQ	DX, main..autotmp_30+56(SP)
    3f        00063 (recover_nil_map.go:23)	NOP
    40        00064 (recover_nil_map.go:23)	CALL	runtime.printlock(SB)
    45        00069 (recover_nil_map.go:23)	LEAQ	go:string."len "(SB), AX
    4c        00076 (recover_nil_map.go:23)	MOVL	$4, BX
    51        00081 (recover_nil_map.go:23)	CALL	runtime.printstring(SB)
    56        00086 (recover_nil_map.go:23)	XORL	AX, AX
    58        00088 (recover_nil_map.go:23)	CALL	runtime.printint(SB)
    5d        00093 (recover_nil_map.go:23)	LEAQ	go:string." read "(SB), AX
    64        00100 (recover_nil_map.go:23)	MOVL	$6, BX
    69        00105 (recover_nil_map.go:23)	CALL	runtime.printstring(SB)
    6e        00110 (recover_nil_map.go:23)	MOVQ	main..autotmp_30+56(SP), AX
    73        00115 (recover_nil_map.go:23)	CALL	runtime.printint(SB)
    78        00120 (recover_nil_map.go:23)	CALL	runtime.printnl(SB)
    7d        00125 (recover_nil_map.go:23)	NOP
    80        00128 (recover_nil_map.go:23)	CALL	runtime.printunlock(SB)
    85        00133 (recover_nil_map.go:24)	LEAQ	type:map[string]int(SB), AX
    8c        00140 (recover_nil_map.go:24)	XORL	BX, BX
    8e        00142 (recover_nil_map.go:24)	LEAQ	go:string."y"(SB), CX
    95        00149 (recover_nil_map.go:24)	MOVL	$1, DI
    9a        00154 (recover_nil_map.go:24)	CALL	runtime.mapaccess2_faststr(SB)
    9f        00159 (recover_nil_map.go:24)	MOVB	BL, main.ok+39(SP)
    a3        00163 (recover_nil_map.go:24)	MOVQ	(AX), DX
    a6        00166 (recover_nil_map.go:24)	MOVQ	DX, main.v+40(SP)
    ab        00171 (recover_nil_map.go:25)	CALL	runtime.printlock(SB)
    b0        00176 (recover_nil_map.go:25)	MOVQ	main.v+40(SP), AX
    b5        00181 (recover_nil_map.go:25)	CALL	runtime.printint(SB)
    ba        00186 (recover_nil_map.go:25)	CALL	runtime.printsp(SB)
    bf        00191 (recover_nil_map.go:25)	MOVBLZX	main.ok+39(SP), AX
    c4        00196 (recover_nil_map.go:25)	CALL	runtime.printbool(SB)
    c9        00201 (recover_nil_map.go:25)	CALL	runtime.printnl(SB)
    ce        00206 (recover_nil_map.go:25)	CALL	runtime.printunlock(SB)
    d3        00211 (recover_nil_map.go:26)	LEAQ	type:map[string]int(SB), AX
    da        00218 (recover_nil_map.go:26)	XORL	BX, BX
    dc        00220 (recover_nil_map.go:26)	LEAQ	go:string."z"(SB), CX
    e3        00227 (recover_nil_map.go:26)	MOVL	$1, DI
    e8        00232 (recover_nil_map.go:26)	CALL	runtime.mapdelete_faststr(SB)
    ed        00237 (recover_nil_map.go:28)	LEAQ	main..autotmp_11+376(SP), CX
    f5        00245 (recover_nil_map.go:28)	MOVUPS	X15, (CX)
    f9        00249 (recover_nil_map.go:28)	MOVUPS	X15, 16(CX)
    fe        00254 (recover_nil_map.go:28)	MOVUPS	X15, 32(CX)
   103        00259 (recover_nil_map.go:28)	MOVUPS	X15, 48(CX)
   108        00264 (recover_nil_map.go:28)	MOVUPS	X15, 64(CX)
   10d        00269 (recover_nil_map.go:28)	MOVUPS	X15, 80(CX)
   112        00274 (recover_nil_map.go:28)	LEAQ	type:map[string]int(SB), AX
   119        00281 (recover_nil_map.go:28)	XORL	BX, BX
   11b        00283 (recover_nil_map.go:28)	PCDATA	$1, $1
   11b        00283 (recover_nil_map.go:28)	NOP
   120        00288 (recover_nil_map.go:28)	CALL	runtime.mapIterStart(SB)
   125        00293 (recover_nil_map.go:28)	XORL	AX, AX
   127        00295 (recover_nil_map.go:28)	JMP	318
   129        00297 (recover_nil_map.go:28)	LEAQ	main..autotmp_11+376(SP), AX
   131        00305 (recover_nil_map.go:28)	CALL	runtime.mapIterNext(SB)
   136        00310 (recover_nil_map.go:29)	MOVQ	main.n+48(SP), AX
   13b        00315 (recover_nil_map.go:29)	INCQ	AX
   13e        00318 (recover_nil_map.go:28)	MOVQ	AX, main.n+48(SP)
   143        00323 (recover_nil_map.go:28)	CMPQ	main..autotmp_11+376(SP), $0
   14c        00332 (recover_nil_map.go:28)	JNE	297
   14e        00334 (recover_nil_map.go:31)	PCDATA	$1, $0
   14e        00334 (recover_nil_map.go:31)	CALL	runtime.printlock(SB)
   153        00339 (recover_nil_map.go:31)	LEAQ	go:string."range count "(SB), AX
   15a        00346 (recover_nil_map.go:31)	MOVL	$12, BX
   15f        00351 (recover_nil_map.go:31)	NOP
   160        00352 (recover_nil_map.go:31)	CALL	runtime.printstring(SB)
   165        00357 (recover_nil_map.go:31)	MOVQ	main.n+48(SP), AX
   16a        00362 (recover_nil_map.go:31)	CALL	runtime.printint(SB)
   16f        00367 (recover_nil_map.go:31)	CALL	runtime.printnl(SB)
   174        00372 (recover_nil_map.go:31)	CALL	runtime.printunlock(SB)
   179        00377 (recover_nil_map.go:33)	LEAQ	main.main.func1(SB), AX
   180        00384 (recover_nil_map.go:33)	MOVQ	AX, main..autotmp_12+360(SP)
   188        00392 (recover_nil_map.go:33)	MOVQ	$0, main..autotmp_12+368(SP)
   194        00404 (recover_nil_map.go:33)	LEAQ	go:string."nil map write"(SB), AX
   19b        00411 (recover_nil_map.go:33)	MOVL	$13, BX
   1a0        00416 (recover_nil_map.go:33)	LEAQ	main..autotmp_12+360(SP), CX
   1a8        00424 (recover_nil_map.go:33)	CALL	main.try(SB)
   1ad        00429 (recover_nil_map.go:34)	MOVQ	$0, main.r+64(SP)
   1b6        00438 (recover_nil_map.go:35)	LEAQ	main.main.func2(SB), AX
   1bd        00445 (recover_nil_map.go:35)	MOVQ	AX, main..autotmp_13+344(SP)
   1c5        00453 (recover_nil_map.go:35)	LEAQ	main.r+64(SP), AX
   1ca        00458 (recover_nil_map.go:35)	MOVQ	AX, main..autotmp_13+352(SP)
   1d2        00466 (recover_nil_map.go:35)	LEAQ	go:string."nil map via method"(SB), AX
   1d9        00473 (recover_nil_map.go:35)	MOVL	$18, BX
   1de        00478 (recover_nil_map.go:35)	LEAQ	main..autotmp_13+344(SP), CX
   1e6        00486 (recover_nil_map.go:35)	CALL	main.try(SB)
   1eb        00491 (recover_nil_map.go:36)	LEAQ	main..autotmp_20+280(SP), AX
   1f3        00499 (recover_nil_map.go:36)	MOVUPS	X15, (AX)
   1f7        00503 (recover_nil_map.go:36)	MOVUPS	X15, 16(AX)
   1fc        00508 (recover_nil_map.go:36)	MOVUPS	X15, 32(AX)
   201        00513 (recover_nil_map.go:36)	LEAQ	main..autotmp_21+80(SP), AX
   206        00518 (recover_nil_map.go:36)	MOVL	$3, CX
   20b        00523 (recover_nil_map.go:36)	MOVUPS	X15, (AX)
   20f        00527 (recover_nil_map.go:36)	MOVUPS	X15, 16(AX)
   214        00532 (recover_nil_map.go:36)	MOVUPS	X15, 32(AX)
   219        00537 (recover_nil_map.go:36)	MOVUPS	X15, 48(AX)
   21e        00542 (recover_nil_map.go:36)	ADDQ	$64, AX
   222        00546 (recover_nil_map.go:36)	DECL	CX
   224        00548 (recover_nil_map.go:36)	JNE	523
   226        00550 (recover_nil_map.go:36)	MOVUPS	X15, -8(AX)
   22b        00555 (recover_nil_map.go:36)	MOVQ	$-9187201950435737472, AX
   235        00565 (recover_nil_map.go:36)	MOVQ	AX, main..autotmp_21+80(SP)
   23a        00570 (recover_nil_map.go:36)	LEAQ	main..autotmp_21+80(SP), AX
   23f        00575 (recover_nil_map.go:36)	MOVQ	AX, main..autotmp_20+296(SP)
   247        00583 (recover_nil_map.go:36)	PCDATA	$1, $2
   247        00583 (recover_nil_map.go:36)	CALL	runtime.rand(SB)
   24c        00588 (recover_nil_map.go:36)	MOVQ	AX, main..autotmp_20+288(SP)
   254        00596 (recover_nil_map.go:36)	LEAQ	main..autotmp_20+280(SP), AX
   25c        00604 (recover_nil_map.go:36)	MOVQ	AX, main.r+64(SP)
   261        00609 (recover_nil_map.go:37)	LEAQ	main.main.func3(SB), AX
   268        00616 (recover_nil_map.go:37)	MOVQ	AX, main..autotmp_13+344(SP)
   270        00624 (recover_nil_map.go:37)	LEAQ	main.r+64(SP), AX
   275        00629 (recover_nil_map.go:37)	MOVQ	AX, main..autotmp_13+352(SP)
   27d        00637 (recover_nil_map.go:37)	LEAQ	go:string."after make"(SB), AX
   284        00644 (recover_nil_map.go:37)	MOVL	$10, BX
   289        00649 (recover_nil_map.go:37)	LEAQ	main..autotmp_13+344(SP), CX
   291        00657 (recover_nil_map.go:37)	PCDATA	$1, $3
   291        00657 (recover_nil_map.go:37)	CALL	main.try(SB)
   296        00662 (recover_nil_map.go:38)	MOVQ	main.r+64(SP), BX
   29b        00667 (recover_nil_map.go:38)	LEAQ	type:map[string]int(SB), AX
   2a2        00674 (recover_nil_map.go:38)	LEAQ	go:string."k"(SB), CX
   2a9        00681 (recover_nil_map.go:38)	MOVL	$1, DI
   2ae        00686 (recover_nil_map.go:38)	PCDATA	$1, $0
   2ae        00686 (recover_nil_map.go:38)	CALL	runtime.mapaccess1_faststr(SB)
   2b3        00691 (recover_nil_map.go:38)	MOVQ	(AX), AX
   2b6        00694 (recover_nil_map.go:38)	MOVQ	AX, main..autotmp_30+56(SP)
   2bb        00699 (recover_nil_map.go:38)	NOP
   2c0        00704 (recover_nil_map.go:38)	CALL	runtime.printlock(SB)
   2c5        00709 (recover_nil_map.go:38)	MOVQ	main..autotmp_30+56(SP), AX
   2ca        00714 (recover_nil_map.go:38)	CALL	runtime.printint(SB)
   2cf        00719 (recover_nil_map.go:38)	CALL	runtime.printnl(SB)
   2d4        00724 (recover_nil_map.go:38)	CALL	runtime.printunlock(SB)
   2d9        00729 (recover_nil_map.go:40)	MOVQ	$0, main.mm+72(SP)
   2e2        00738 (recover_nil_map.go:41)	LEAQ	main.main.func4(SB), AX
   2e9        00745 (recover_nil_map.go:41)	MOVQ	AX, main..autotmp_14+328(SP)
   2f1        00753 (recover_nil_map.go:41)	LEAQ	main.mm+72(SP), AX
   2f6        00758 (recover_nil_map.go:41)	MOVQ	AX, main..autotmp_14+336(SP)
   2fe        00766 (recover_nil_map.go:41)	LEAQ	go:string."nested nil"(SB), AX
   305        00773 (recover_nil_map.go:41)	MOVL	$10, BX
   30a        00778 (recover_nil_map.go:41)	LEAQ	main..autotmp_14+328(SP), CX
   312        00786 (recover_nil_map.go:41)	PCDATA	$1, $4
   312        00786 (recover_nil_map.go:41)	CALL	main.try(SB)
   317        00791 (recover_nil_map.go:42)	MOVQ	main.mm+72(SP), AX
   31c        00796 (recover_nil_map.go:42)	NOP
   320        00800 (recover_nil_map.go:42)	TESTQ	AX, AX
   323        00803 (recover_nil_map.go:42)	JEQ	810
   325        00805 (recover_nil_map.go:42)	MOVQ	(AX), AX
   328        00808 (recover_nil_map.go:42)	JMP	812
   32a        00810 (recover_nil_map.go:42)	XORL	AX, AX
   32c        00812 (recover_nil_map.go:42)	MOVQ	AX, main..autotmp_30+56(SP)
   331        00817 (recover_nil_map.go:42)	PCDATA	$1, $0
   331        00817 (recover_nil_map.go:42)	CALL	runtime.printlock(SB)
   336        00822 (recover_nil_map.go:42)	MOVQ	main..autotmp_30+56(SP), AX
   33b        00827 (recover_nil_map.go:42)	NOP
   340        00832 (recover_nil_map.go:42)	CALL	runtime.printint(SB)
   345        00837 (recover_nil_map.go:42)	CALL	runtime.printnl(SB)
   34a        00842 (recover_nil_map.go:42)	CALL	runtime.printunlock(SB)
   34f        00847 (recover_nil_map.go:43)	ADDQ	$472, SP
   356        00854 (recover_nil_map.go:43)	POPQ	BP
   357        00855 (recover_nil_map.go:43)	RET
   358        00856 (recover_nil_map.go:43)	NOP
   358        00856 (recover_nil_map.go:21)	PCDATA	$1, $-1
   358        00856 (recover_nil_map.go:21)	PCDATA	$0, $-2
   358        00856 (recover_nil_map.go:21)	CALL	runtime.morestack_noctxt(SB)
   35d        00861 (recover_nil_map.go:21)	PCDATA	$0, $-1
   35d        00861 (recover_nil_map.go:21)	NOP
   360        00864 (recover_nil_map.go:21)	JMP	0
   365 done
wrote 4 bytes to 0x0
 00 e5 06 00
funcpctab main.main.func4 [valfunc=pctoinline]
     0     -1 00000 (recover_nil_map.go:41)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $40-0
     0        00000 (recover_nil_map.go:41)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $40-0
     0     -1 00000 (recover_nil_map.go:41)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_map.go:41)	PCDATA	$0, $-2
     4        00004 (recover_nil_map.go:41)	JLS	116
     6        00006 (recover_nil_map.go:41)	PCDATA	$0, $-1
     6        00006 (recover_nil_map.go:41)	PUSHQ	BP
     7        00007 (recover_nil_map.go:41)	MOVQ	SP, BP
     a        00010 (recover_nil_map.go:41)	SUBQ	$32, SP
     e        00014 (recover_nil_map.go:41)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (recover_nil_map.go:41)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (recover_nil_map.go:41)	MOVQ	8(DX), AX
    12        00018 (recover_nil_map.go:41)	MOVQ	AX, main.&mm+24(SP)
    17        00023 (recover_nil_map.go:41)	PCDATA	$1, $1
    17        00023 (recover_nil_map.go:41)	CALL	runtime.makemap_small(SB)
    1c        00028 (recover_nil_map.go:41)	CMPL	runtime.writeBarrier(SB), $0
    23        00035 (recover_nil_map.go:41)	PCDATA	$0, $-2
    23        00035 (recover_nil_map.go:41)	JNE	44
    25        00037 (recover_nil_map.go:41)	MOVQ	main.&mm+24(SP), DX
    2a        00042 (recover_nil_map.go:41)	JMP	64
    2c        00044 (recover_nil_map.go:41)	MOVQ	main.&mm+24(SP), DX
    31        00049 (recover_nil_map.go:41)	MOVQ	(DX), SI
    34        00052 (recover_nil_map.go:41)	CALL	runtime.gcWriteBarrier2(SB)
    39        00057 (recover_nil_map.go:41)	MOVQ	AX, (R11)
    3c        00060 (recover_nil_map.go:41)	MOVQ	SI, 8(R11)
    40        00064 (recover_nil_map.go:41)	MOVQ	AX, (DX)
    43        00067 (recover_nil_map.go:41)	PCDATA	$0, $-1
    43        00067 (recover_nil_map.go:41)	MOVQ	AX, BX
    46        00070 (recover_nil_map.go:41)	MOVL	$1, CX
    4b        00075 (recover_nil_map.go:41)	LEAQ	type:map[int]map[int]bool(SB), AX
    52        00082 (recover_nil_map.go:41)	PCDATA	$1, $0
    52        00082 (recover_nil_map.go:41)	CALL	runtime.mapaccess1_fast64(SB)
    57        00087 (recover_nil_map.go:41)	MOVQ	(AX), BX
    5a        00090 (recover_nil_map.go:41)	LEAQ	type:map[int]bool(SB), AX
    61        00097 (recover_nil_map.go:41)	MOVL	$2, CX
    66        00102 (recover_nil_map.go:41)	CALL	runtime.mapassign_fast64(SB)
    6b        00107 (recover_nil_map.go:41)	MOVB	$1, (AX)
    6e        00110 (recover_nil_map.go:41)	ADDQ	$32, SP
    72        00114 (recover_nil_map.go:41)	POPQ	BP
    73        00115 (recover_nil_map.go:41)	RET
    74        00116 (recover_nil_map.go:41)	NOP
    74        00116 (recover_nil_map.go:41)	PCDATA	$1, $-1
    74        00116 (recover_nil_map.go:41)	PCDATA	$0, $-2
    74        00116 (recover_nil_map.go:41)	CALL	runtime.morestack(SB)
    79        00121 (recover_nil_map.go:41)	PCDATA	$0, $-1
    79        00121 (recover_nil_map.go:41)	JMP	0
    7b done
wrote 3 bytes to 0x0
 00 7b 00
funcpctab main.main.func3 [valfunc=pctoinline]
     0     -1 00000 (recover_nil_map.go:37)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $40-0
     0        00000 (recover_nil_map.go:37)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $40-0
     0     -1 00000 (recover_nil_map.go:37)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_map.go:37)	PCDATA	$0, $-2
     4        00004 (recover_nil_map.go:37)	JLS	68
     6        00006 (recover_nil_map.go:37)	PCDATA	$0, $-1
     6        00006 (recover_nil_map.go:37)	PUSHQ	BP
     7        00007 (recover_nil_map.go:37)	MOVQ	SP, BP
     a        00010 (recover_nil_map.go:37)	SUBQ	$32, SP
     e        00014 (recover_nil_map.go:37)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (recover_nil_map.go:37)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (recover_nil_map.go:37)	MOVQ	8(DX), AX
    12        00018 (recover_nil_map.go:37)	MOVQ	AX, main.&r+24(SP)
    17        00023 (recover_nil_map.go:37)	LEAQ	go:string."k"(SB), BX
    1e        00030 (recover_nil_map.go:37)	MOVL	$1, CX
    23        00035 (recover_nil_map.go:37)	PCDATA	$1, $1
    23        00035 (recover_nil_map.go:37)	CALL	main.(*Registry).Add(SB)
    28        00040 (recover_nil_map.go:37)	MOVQ	main.&r+24(SP), AX
    2d        00045 (recover_nil_map.go:37)	LEAQ	go:string."k"(SB), BX
    34        00052 (recover_nil_map.go:37)	MOVL	$1, CX
    39        00057 (recover_nil_map.go:37)	PCDATA	$1, $0
    39        00057 (recover_nil_map.go:37)	CALL	main.(*Registry).Add(SB)
    3e        00062 (recover_nil_map.go:37)	ADDQ	$32, SP
    42        00066 (recover_nil_map.go:37)	POPQ	BP
    43        00067 (recover_nil_map.go:37)	RET
    44        00068 (recover_nil_map.go:37)	NOP
    44        00068 (recover_nil_map.go:37)	PCDATA	$1, $-1
    44        00068 (recover_nil_map.go:37)	PCDATA	$0, $-2
    44        00068 (recover_nil_map.go:37)	CALL	runtime.morestack(SB)
    49        00073 (recover_nil_map.go:37)	PCDATA	$0, $-1
    49        00073 (recover_nil_map.go:37)	JMP	0
    4b done
wrote 3 bytes to 0x0
 00 4b 00
funcpctab main.main.func2 [valfunc=pctoinline]
     0     -1 00000 (recover_nil_map.go:35)	TEXT	main.main.func2(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (recover_nil_map.go:35)	TEXT	main.main.func2(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (recover_nil_map.go:35)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_map.go:35)	PCDATA	$0, $-2
     4        00004 (recover_nil_map.go:35)	JLS	43
     6        00006 (recover_nil_map.go:35)	PCDATA	$0, $-1
     6        00006 (recover_nil_map.go:35)	PUSHQ	BP
     7        00007 (recover_nil_map.go:35)	MOVQ	SP, BP
     a        00010 (recover_nil_map.go:35)	SUBQ	$24, SP
     e        00014 (recover_nil_map.go:35)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_nil_map.go:35)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_nil_map.go:35)	MOVQ	8(DX), AX
    12        00018 (recover_nil_map.go:35)	LEAQ	go:string."k"(SB), BX
    19        00025 (recover_nil_map.go:35)	MOVL	$1, CX
    1e        00030 (recover_nil_map.go:35)	PCDATA	$1, $0
    1e        00030 (recover_nil_map.go:35)	NOP
    20        00032 (recover_nil_map.go:35)	CALL	main.(*Registry).Add(SB)
    25        00037 (recover_nil_map.go:35)	ADDQ	$24, SP
    29        00041 (recover_nil_map.go:35)	POPQ	BP
    2a        00042 (recover_nil_map.go:35)	RET
    2b        00043 (recover_nil_map.go:35)	NOP
    2b        00043 (recover_nil_map.go:35)	PCDATA	$1, $-1
    2b        00043 (recover_nil_map.go:35)	PCDATA	$0, $-2
    2b        00043 (recover_nil_map.go:35)	CALL	runtime.morestack(SB)
    30        00048 (recover_nil_map.go:35)	PCDATA	$0, $-1
    30        00048 (recover_nil_map.go:35)	JMP	0
    32 done
wrote 3 bytes to 0x0
 00 32 00
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (recover_nil_map.go:33)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $40-0
     0        00000 (recover_nil_map.go:33)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $40-0
     0     -1 00000 (recover_nil_map.go:33)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_map.go:33)	PCDATA	$0, $-2
     4        00004 (recover_nil_map.go:33)	JLS	55
     6        00006 (recover_nil_map.go:33)	PCDATA	$0, $-1
     6        00006 (recover_nil_map.go:33)	PUSHQ	BP
     7        00007 (recover_nil_map.go:33)	MOVQ	SP, BP
     a        00010 (recover_nil_map.go:33)	SUBQ	$32, SP
     e        00014 (recover_nil_map.go:33)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_nil_map.go:33)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_nil_map.go:33)	MOVQ	8(DX), BX
    12        00018 (recover_nil_map.go:33)	LEAQ	type:map[string]int(SB), AX
    19        00025 (recover_nil_map.go:33)	LEAQ	go:string."a"(SB), CX
    20        00032 (recover_nil_map.go:33)	MOVL	$1, DI
    25        00037 (recover_nil_map.go:33)	PCDATA	$1, $0
    25        00037 (recover_nil_map.go:33)	CALL	runtime.mapassign_faststr(SB)
    2a        00042 (recover_nil_map.go:33)	MOVQ	$1, (AX)
    31        00049 (recover_nil_map.go:33)	ADDQ	$32, SP
    35        00053 (recover_nil_map.go:33)	POPQ	BP
    36        00054 (recover_nil_map.go:33)	RET
    37        00055 (recover_nil_map.go:33)	NOP
    37        00055 (recover_nil_map.go:33)	PCDATA	$1, $-1
    37        00055 (recover_nil_map.go:33)	PCDATA	$0, $-2
    37        00055 (recover_nil_map.go:33)	CALL	runtime.morestack(SB)
    3c        00060 (recover_nil_map.go:33)	PCDATA	$0, $-1
    3c        00060 (recover_nil_map.go:33)	JMP	0
    3e done
wrote 3 bytes to 0x0
 00 3e 00
funcpctab main.try [valfunc=pctoinline]
     0     -1 00000 (recover_nil_map.go:4)	TEXT	main.try(SB), ABIInternal, $64-24
     0        00000 (recover_nil_map.go:4)	TEXT	main.try(SB), ABIInternal, $64-24
     0     -1 00000 (recover_nil_map.go:4)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_map.go:4)	PCDATA	$0, $-2
     4        00004 (recover_nil_map.go:4)	JLS	159
     a        00010 (recover_nil_map.go:4)	PCDATA	$0, $-1
     a        00010 (recover_nil_map.go:4)	PUSHQ	BP
     b        00011 (recover_nil_map.go:4)	MOVQ	SP, BP
     e        00014 (recover_nil_map.go:4)	SUBQ	$56, SP
    12        00018 (recover_nil_map.go:4)	MOVQ	X15, 48(SP)
    19        00025 (recover_nil_map.go:4)	FUNCDATA	$0, gclocals·QDNDPDj3dRUSzU7zaTc1Bg==(SB)
    19        00025 (recover_nil_map.go:4)	FUNCDATA	$1, gclocals·w7E7A4u13Ua3Tlm6A/av2Q==(SB)
    19        00025 (recover_nil_map.go:4)	FUNCDATA	$2, main.try.stkobj(SB)
    19        00025 (recover_nil_map.go:4)	FUNCDATA	$5, main.try.arginfo1(SB)
    19        00025 (recover_nil_map.go:4)	FUNCDATA	$6, main.try.argliveinfo(SB)
    19        00025 (recover_nil_map.go:4)	FUNCDATA	$4, main.try.opendefer(SB)
    19        00025 (recover_nil_map.go:4)	PCDATA	$3, $1
    19        00025 (recover_nil_map.go:12)	MOVQ	BX, main.label+80(SP)
    1e        00030 (recover_nil_map.go:12)	MOVQ	AX, main.label+72(SP)
    23        00035 (recover_nil_map.go:12)	PCDATA	$3, $2
    23        00035 (recover_nil_map.go:4)	MOVB	$0, main..autotmp_4+23(SP)
    28        00040 (recover_nil_map.go:5)	LEAQ	main.try.func1(SB), SI
    2f        00047 (recover_nil_map.go:5)	MOVQ	SI, main..autotmp_3+24(SP)
    34        00052 (recover_nil_map.go:5)	MOVQ	BX, main..autotmp_3+40(SP)
    39        00057 (recover_nil_map.go:5)	MOVQ	AX, main..autotmp_3+32(SP)
    3e        00062 (recover_nil_map.go:5)	LEAQ	main..autotmp_3+24(SP), AX
    43        00067 (recover_nil_map.go:5)	MOVQ	AX, main..autotmp_5+48(SP)
    48        00072 (recover_nil_map.go:5)	MOVB	$1, main..autotmp_4+23(SP)
    4d        00077 (recover_nil_map.go:10)	MOVQ	(CX), AX
    50        00080 (recover_nil_map.go:10)	MOVQ	CX, DX
    53        00083 (recover_nil_map.go:10)	PCDATA	$1, $1
    53        00083 (recover_nil_map.go:10)	CALL	AX
    55        00085 (recover_nil_map.go:11)	CALL	runtime.printlock(SB)
    5a        00090 (recover_nil_map.go:11)	MOVQ	main.label+72(SP), AX
    5f        00095 (recover_nil_map.go:11)	MOVQ	main.label+80(SP), BX
    64        00100 (recover_nil_map.go:11)	PCDATA	$1, $2
    64        00100 (recover_nil_map.go:11)	CALL	runtime.printstring(SB)
    69        00105 (recover_nil_map.go:11)	LEAQ	go:string." -> ok\n"(SB), AX
    70        00112 (recover_nil_map.go:11)	MOVL	$7, BX
    75        00117 (recover_nil_map.go:11)	CALL	runtime.printstring(SB)
    7a        00122 (recover_nil_map.go:11)	CALL	runtime.printunlock(SB)
    7f        00127 (recover_nil_map.go:12)	MOVB	$0, main..autotmp_4+23(SP)
    84        00132 (recover_nil_map.go:12)	MOVQ	main..autotmp_5+48(SP), DX
    89        00137 (recover_nil_map.go:12)	MOVQ	(DX), AX
    8c        00140 (recover_nil_map.go:12)	CALL	AX
    8e        00142 (recover_nil_map.go:12)	ADDQ	$56, SP
    92        00146 (recover_nil_map.go:12)	POPQ	BP
    93        00147 (recover_nil_map.go:12)	RET
    94        00148 (recover_nil_map.go:12)	CALL	runtime.deferreturn(SB)
    99        00153 (recover_nil_map.go:12)	ADDQ	$56, SP
    9d        00157 (recover_nil_map.go:12)	POPQ	BP
    9e        00158 (recover_nil_map.go:12)	RET
    9f        00159 (recover_nil_map.go:12)	NOP
    9f        00159 (recover_nil_map.go:4)	PCDATA	$1, $-1
    9f        00159 (recover_nil_map.go:4)	PCDATA	$0, $-2
    9f        00159 (recover_nil_map.go:4)	MOVQ	AX, 8(SP)
    a4        00164 (recover_nil_map.go:4)	MOVQ	BX, 16(SP)
    a9        00169 (recover_nil_map.go:4)	MOVQ	CX, 24(SP)
    ae        00174 (recover_nil_map.go:4)	CALL	runtime.morestack_noctxt(SB)
    b3        00179 (recover_nil_map.go:4)	PCDATA	$0, $-1
    b3        00179 (recover_nil_map.go:4)	MOVQ	8(SP), AX
    b8        00184 (recover_nil_map.go:4)	MOVQ	16(SP), BX
    bd        00189 (recover_nil_map.go:4)	MOVQ	24(SP), CX
    c2        00194 (recover_nil_map.go:4)	JMP	0
    c7 done
wrote 4 bytes to 0x0
 00 c7 01 00
funcpctab main.try.func1 [valfunc=pctoinline]
     0     -1 00000 (recover_nil_map.go:5)	TEXT	main.try.func1(SB), NEEDCTXT|ABIInternal, $72-0
     0        00000 (recover_nil_map.go:5)	TEXT	main.try.func1(SB), NEEDCTXT|ABIInternal, $72-0
     0     -1 00000 (recover_nil_map.go:5)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_map.go:5)	PCDATA	$0, $-2
     4        00004 (recover_nil_map.go:5)	JLS	221
     a        00010 (recover_nil_map.go:5)	PCDATA	$0, $-1
     a        00010 (recover_nil_map.go:5)	PUSHQ	BP
     b        00011 (recover_nil_map.go:5)	MOVQ	SP, BP
     e        00014 (recover_nil_map.go:5)	SUBQ	$64, SP
    12        00018 (recover_nil_map.go:5)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
    12        00018 (recover_nil_map.go:5)	FUNCDATA	$1, gclocals·cvO7BHZ/KlBpSG9rcBZWMg==(SB)
    12        00018 (recover_nil_map.go:5)	MOVQ	8(DX), AX
    16        00022 (recover_nil_map.go:5)	MOVQ	AX, main.label.ptr+48(SP)
    1b        00027 (recover_nil_map.go:5)	MOVQ	16(DX), AX
    1f        00031 (recover_nil_map.go:5)	MOVQ	AX, main.label.len+24(SP)
    24        00036 (recover_nil_map.go:6)	PCDATA	$1, $1
    24        00036 (recover_nil_map.go:6)	CALL	runtime.gorecover(SB)
    29        00041 (recover_nil_map.go:6)	TESTQ	AX, AX
    2c        00044 (recover_nil_map.go:6)	JEQ	61
    2e        00046 (recover_nil_map.go:7)	MOVQ	main..typeAssert.0(SB), CX
    35        00053 (recover_nil_map.go:7)	MOVQ	(CX), DX
    38        00056 (recover_nil_map.go:7)	MOVL	16(AX), SI
    3b        00059 (recover_nil_map.go:7)	JMP	67
    3d        00061 (recover_nil_map.go:9)	ADDQ	$64, SP
    41        00065 (recover_nil_map.go:9)	POPQ	BP
    42        00066 (recover_nil_map.go:9)	RET
    43        00067 (recover_nil_map.go:7)	MOVQ	SI, DI
    46        00070 (recover_nil_map.go:7)	ANDQ	DX, SI
    49        00073 (recover_nil_map.go:7)	SHLQ	$4, SI
    4d        00077 (recover_nil_map.go:7)	MOVQ	8(SI)(CX*1), R8
    52        00082 (recover_nil_map.go:7)	CMPQ	AX, R8
    55        00085 (recover_nil_map.go:7)	JEQ	130
    57        00087 (recover_nil_map.go:7)	LEAQ	1(DI), SI
    5b        00091 (recover_nil_map.go:7)	NOP
    60        00096 (recover_nil_map.go:7)	TESTQ	R8, R8
    63        00099 (recover_nil_map.go:7)	JNE	67
    65        00101 (recover_nil_map.go:6)	MOVQ	BX, main.r.data+40(SP)
    6a        00106 (recover_nil_map.go:7)	MOVQ	AX, BX
    6d        00109 (recover_nil_map.go:7)	LEAQ	main..typeAssert.0(SB), AX
    74        00116 (recover_nil_map.go:7)	PCDATA	$1, $2
    74        00116 (recover_nil_map.go:7)	CALL	runtime.typeAssert(SB)
    79        00121 (recover_nil_map.go:7)	MOVQ	main.r.data+40(SP), BX
    7e        00126 (recover_nil_map.go:7)	NOP
    80        00128 (recover_nil_map.go:7)	JMP	135
    82        00130 (recover_nil_map.go:7)	MOVQ	16(SI)(CX*1), AX
    87        00135 (recover_nil_map.go:7)	MOVQ	24(AX), CX
    8b        00139 (recover_nil_map.go:7)	MOVQ	BX, AX
    8e        00142 (recover_nil_map.go:7)	PCDATA	$1, $1
    8e        00142 (recover_nil_map.go:7)	CALL	CX
    90        00144 (recover_nil_map.go:7)	MOVQ	AX, main..autotmp_8+56(SP)
    95        00149 (recover_nil_map.go:7)	MOVQ	BX, main..autotmp_9+32(SP)
    9a        00154 (recover_nil_map.go:7)	PCDATA	$1, $3
    9a        00154 (recover_nil_map.go:7)	CALL	runtime.printlock(SB)
    9f        00159 (recover_nil_map.go:7)	MOVQ	main.label.ptr+48(SP), AX
    a4        00164 (recover_nil_map.go:7)	MOVQ	main.label.len+24(SP), BX
    a9        00169 (recover_nil_map.go:7)	PCDATA	$1, $4
    a9        00169 (recover_nil_map.go:7)	CALL	runtime.printstring(SB)
    ae        00174 (recover_nil_map.go:7)	LEAQ	go:string." -> "(SB), AX
    b5        00181 (recover_nil_map.go:7)	MOVL	$4, BX
    ba        00186 (recover_nil_map.go:7)	CALL	runtime.printstring(SB)
    bf        00191 (recover_nil_map.go:7)	MOVQ	main..autotmp_8+56(SP), AX
    c4        00196 (recover_nil_map.go:7)	MOVQ	main..autotmp_9+32(SP), BX
    c9        00201 (recover_nil_map.go:7)	PCDATA	$1, $0
    c9        00201 (recover_nil_map.go:7)	CALL	runtime.printstring(SB)
    ce        00206 (recover_nil_map.go:7)	CALL	runtime.printnl(SB)
    d3        00211 (recover_nil_map.go:7)	CALL	runtime.printunlock(SB)
    d8        00216 (recover_nil_map.go:7)	JMP	61
    dd        00221 (recover_nil_map.go:7)	NOP
    dd        00221 (recover_nil_map.go:5)	PCDATA	$1, $-1
    dd        00221 (recover_nil_map.go:5)	PCDATA	$0, $-2
    dd        00221 (recover_nil_map.go:5)	NOP
    e0        00224 (recover_nil_map.go:5)	CALL	runtime.morestack(SB)
    e5        00229 (recover_nil_map.go:5)	PCDATA	$0, $-1
    e5        00229 (recover_nil_map.go:5)	JMP	0
    ea done
wrote 4 bytes to 0x0
 00 ea 01 00
funcpctab go:interface { Error() string }.Error [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	go:interface { Error() string }.Error(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	go:interface { Error() string }.Error(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	40
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$8, SP
     e        00014 (<autogenerated>:1)	MOVQ	AX, go:~p0+24(FP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, go:~p0+32(FP)
    18        00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, go:interface { Error() string }.Error.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, go:interface { Error() string }.Error.argliveinfo(SB)
    18        00024 (<autogenerated>:1)	PCDATA	$3, $1
    18        00024 (<autogenerated>:1)	MOVQ	24(AX), CX
    1c        00028 (<autogenerated>:1)	MOVQ	BX, AX
    1f        00031 (<autogenerated>:1)	PCDATA	$1, $1
    1f        00031 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CALL	CX
    22        00034 (<autogenerated>:1)	ADDQ	$8, SP
    26        00038 (<autogenerated>:1)	POPQ	BP
    27        00039 (<autogenerated>:1)	RET
    28        00040 (<autogenerated>:1)	NOP
    28        00040 (<autogenerated>:1)	PCDATA	$1, $-1
    28        00040 (<autogenerated>:1)	PCDATA	$0, $-2
    28        00040 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    2d        00045 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    32        00050 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    37        00055 (<autogenerated>:1)	PCDATA	$0, $-1
    37        00055 (<autogenerated>:1)	MOVQ	8(SP), AX
    3c        00060 (<autogenerated>:1)	MOVQ	16(SP), BX
    41        00065 (<autogenerated>:1)	JMP	0
    43 done
wrote 3 bytes to 0x0
 00 43 00
funcpctab main.(*Registry).Add [valfunc=pctoinline]
     0     -1 00000 (recover_nil_map.go:19)	TEXT	main.(*Registry).Add(SB), ABIInternal, $40-24
     0        00000 (recover_nil_map.go:19)	TEXT	main.(*Registry).Add(SB), ABIInternal, $40-24
     0     -1 00000 (recover_nil_map.go:19)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_map.go:19)	PCDATA	$0, $-2
     4        00004 (recover_nil_map.go:19)	JLS	52
     6        00006 (recover_nil_map.go:19)	PCDATA	$0, $-1
     6        00006 (recover_nil_map.go:19)	PUSHQ	BP
     7        00007 (recover_nil_map.go:19)	MOVQ	SP, BP
     a        00010 (recover_nil_map.go:19)	SUBQ	$32, SP
     e        00014 (recover_nil_map.go:19)	MOVQ	BX, main.k+56(FP)
    13        00019 (recover_nil_map.go:19)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
    13        00019 (recover_nil_map.go:19)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    13        00019 (recover_nil_map.go:19)	FUNCDATA	$5, main.(*Registry).Add.arginfo1(SB)
    13        00019 (recover_nil_map.go:19)	FUNCDATA	$6, main.(*Registry).Add.argliveinfo(SB)
    13        00019 (recover_nil_map.go:19)	PCDATA	$3, $1
    13        00019 (recover_nil_map.go:19)	MOVQ	(AX), DX
    16        00022 (recover_nil_map.go:19)	LEAQ	type:map[string]int(SB), AX
    1d        00029 (recover_nil_map.go:19)	MOVQ	CX, DI
    20        00032 (recover_nil_map.go:19)	MOVQ	BX, CX
    23        00035 (recover_nil_map.go:19)	MOVQ	DX, BX
    26        00038 (recover_nil_map.go:19)	PCDATA	$1, $1
    26        00038 (recover_nil_map.go:19)	CALL	runtime.mapassign_faststr(SB)
    2b        00043 (recover_nil_map.go:19)	INCQ	(AX)
    2e        00046 (recover_nil_map.go:19)	ADDQ	$32, SP
    32        00050 (recover_nil_map.go:19)	POPQ	BP
    33        00051 (recover_nil_map.go:19)	RET
    34        00052 (recover_nil_map.go:19)	NOP
    34        00052 (recover_nil_map.go:19)	PCDATA	$1, $-1
    34        00052 (recover_nil_map.go:19)	PCDATA	$0, $-2
    34        00052 (recover_nil_map.go:19)	MOVQ	AX, 8(SP)
    39        00057 (recover_nil_map.go:19)	MOVQ	BX, 16(SP)
    3e        00062 (recover_nil_map.go:19)	MOVQ	CX, 24(SP)
    43        00067 (recover_nil_map.go:19)	CALL	runtime.morestack_noctxt(SB)
    48        00072 (recover_nil_map.go:19)	PCDATA	$0, $-1
    48        00072 (recover_nil_map.go:19)	MOVQ	8(SP), AX
    4d        00077 (recover_nil_map.go:19)	MOVQ	16(SP), BX
    52        00082 (recover_nil_map.go:19)	MOVQ	24(SP), CX
    57        00087 (recover_nil_map.go:19)	JMP	0
    59 done
wrote 3 bytes to 0x0
 00 59 00
main.try STEXT size=199 align=0x0 args=0x18 locals=0x40 funcid=0x0
	0x0000 00000 (recover_nil_map.go:4)	TEXT	main.try(SB), ABIInternal, $64-24
	0x0000 00000 (recover_nil_map.go:4)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_map.go:4)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_map.go:4)	JLS	159
	0x000a 00010 (recover_nil_map.go:4)	PCDATA	$0, $-1
	0x000a 00010 (recover_nil_map.go:4)	PUSHQ	BP
	0x000b 00011 (recover_nil_map.go:4)	MOVQ	SP, BP
	0x000e 00014 (recover_nil_map.go:4)	SUBQ	$56, SP
	0x0012 00018 (recover_nil_map.go:4)	MOVQ	X15, 48(SP)
	0x0019 00025 (recover_nil_map.go:4)	FUNCDATA	$0, gclocals·QDNDPDj3dRUSzU7zaTc1Bg==(SB)
	0x0019 00025 (recover_nil_map.go:4)	FUNCDATA	$1, gclocals·w7E7A4u13Ua3Tlm6A/av2Q==(SB)
	0x0019 00025 (recover_nil_map.go:4)	FUNCDATA	$2, main.try.stkobj(SB)
	0x0019 00025 (recover_nil_map.go:4)	FUNCDATA	$5, main.try.arginfo1(SB)
	0x0019 00025 (recover_nil_map.go:4)	FUNCDATA	$6, main.try.argliveinfo(SB)
	0x0019 00025 (recover_nil_map.go:4)	FUNCDATA	$4, main.try.opendefer(SB)
	0x0019 00025 (recover_nil_map.go:4)	PCDATA	$3, $1
	0x0019 00025 (recover_nil_map.go:12)	MOVQ	BX, main.label+80(SP)
	0x001e 00030 (recover_nil_map.go:12)	MOVQ	AX, main.label+72(SP)
	0x0023 00035 (recover_nil_map.go:12)	PCDATA	$3, $2
	0x0023 00035 (recover_nil_map.go:4)	MOVB	$0, main..autotmp_4+23(SP)
	0x0028 00040 (recover_nil_map.go:5)	LEAQ	main.try.func1(SB), SI
	0x002f 00047 (recover_nil_map.go:5)	MOVQ	SI, main..autotmp_3+24(SP)
	0x0034 00052 (recover_nil_map.go:5)	MOVQ	BX, main..autotmp_3+40(SP)
	0x0039 00057 (recover_nil_map.go:5)	MOVQ	AX, main..autotmp_3+32(SP)
	0x003e 00062 (recover_nil_map.go:5)	LEAQ	main..autotmp_3+24(SP), AX
	0x0043 00067 (recover_nil_map.go:5)	MOVQ	AX, main..autotmp_5+48(SP)
	0x0048 00072 (recover_nil_map.go:5)	MOVB	$1, main..autotmp_4+23(SP)
	0x004d 00077 (recover_nil_map.go:10)	MOVQ	(CX), AX
	0x0050 00080 (recover_nil_map.go:10)	MOVQ	CX, DX
	0x0053 00083 (recover_nil_map.go:10)	PCDATA	$1, $1
	0x0053 00083 (recover_nil_map.go:10)	CALL	AX
	0x0055 00085 (recover_nil_map.go:11)	CALL	runtime.printlock(SB)
	0x005a 00090 (recover_nil_map.go:11)	MOVQ	main.label+72(SP), AX
	0x005f 00095 (recover_nil_map.go:11)	MOVQ	main.label+80(SP), BX
	0x0064 00100 (recover_nil_map.go:11)	PCDATA	$1, $2
	0x0064 00100 (recover_nil_map.go:11)	CALL	runtime.printstring(SB)
	0x0069 00105 (recover_nil_map.go:11)	LEAQ	go:string." -> ok\n"(SB), AX
	0x0070 00112 (recover_nil_map.go:11)	MOVL	$7, BX
	0x0075 00117 (recover_nil_map.go:11)	CALL	runtime.printstring(SB)
	0x007a 00122 (recover_nil_map.go:11)	CALL	runtime.printunlock(SB)
	0x007f 00127 (recover_nil_map.go:12)	MOVB	$0, main..autotmp_4+23(SP)
	0x0084 00132 (recover_nil_map.go:12)	MOVQ	main..autotmp_5+48(SP), DX
	0x0089 00137 (recover_nil_map.go:12)	MOVQ	(DX), AX
	0x008c 00140 (recover_nil_map.go:12)	CALL	AX
	0x008e 00142 (recover_nil_map.go:12)	ADDQ	$56, SP
	0x0092 00146 (recover_nil_map.go:12)	POPQ	BP
	0x0093 00147 (recover_nil_map.go:12)	RET
	0x0094 00148 (recover_nil_map.go:12)	CALL	runtime.deferreturn(SB)
	0x0099 00153 (recover_nil_map.go:12)	ADDQ	$56, SP
	0x009d 00157 (recover_nil_map.go:12)	POPQ	BP
	0x009e 00158 (recover_nil_map.go:12)	RET
	0x009f 00159 (recover_nil_map.go:12)	NOP
	0x009f 00159 (recover_nil_map.go:4)	PCDATA	$1, $-1
	0x009f 00159 (recover_nil_map.go:4)	PCDATA	$0, $-2
	0x009f 00159 (recover_nil_map.go:4)	MOVQ	AX, 8(SP)
	0x00a4 00164 (recover_nil_map.go:4)	MOVQ	BX, 16(SP)
	0x00a9 00169 (recover_nil_map.go:4)	MOVQ	CX, 24(SP)
	0x00ae 00174 (recover_nil_map.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x00b3 00179 (recover_nil_map.go:4)	PCDATA	$0, $-1
	0x00b3 00179 (recover_nil_map.go:4)	MOVQ	8(SP), AX
	0x00b8 00184 (recover_nil_map.go:4)	MOVQ	16(SP), BX
	0x00bd 00189 (recover_nil_map.go:4)	MOVQ	24(SP), CX
	0x00c2 00194 (recover_nil_map.go:4)	JMP	0
	0x0000 49 3b 66 10 0f 86 95 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 38 66 44 0f d6 7c 24 30 48 89 5c 24 50 48 89  .8fD..|$0H.\$PH.
	0x0020 44 24 48 c6 44 24 17 00 48 8d 35 00 00 00 00 48  D$H.D$..H.5....H
	0x0030 89 74 24 18 48 89 5c 24 28 48 89 44 24 20 48 8d  .t$.H.\$(H.D$ H.
	0x0040 44 24 18 48 89 44 24 30 c6 44 24 17 01 48 8b 01  D$.H.D$0.D$..H..
	0x0050 48 89 ca ff d0 e8 00 00 00 00 48 8b 44 24 48 48  H.........H.D$HH
	0x0060 8b 5c 24 50 e8 00 00 00 00 48 8d 05 00 00 00 00  .\$P.....H......
	0x0070 bb 07 00 00 00 e8 00 00 00 00 e8 00 00 00 00 c6  ................
	0x0080 44 24 17 00 48 8b 54 24 30 48 8b 02 ff d0 48 83  D$..H.T$0H....H.
	0x0090 c4 38 5d c3 e8 00 00 00 00 48 83 c4 38 5d c3 48  .8]......H..8].H
	0x00a0 89 44 24 08 48 89 5c 24 10 48 89 4c 24 18 e8 00  .D$.H.\$.H.L$...
	0x00b0 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48 8b 4c  ...H.D$.H.\$.H.L
	0x00c0 24 18 e9 39 ff ff ff                             $..9...
	rel 43+4 t=R_PCREL main.try.func1+0
	rel 83+0 t=R_CALLIND +0
	rel 86+4 t=R_CALL runtime.printlock+0
	rel 101+4 t=R_CALL runtime.printstring+0
	rel 108+4 t=R_PCREL go:string." -> ok\n"+0
	rel 118+4 t=R_CALL runtime.printstring+0
	rel 123+4 t=R_CALL runtime.printunlock+0
	rel 140+0 t=R_CALLIND +0
	rel 149+4 t=R_CALL runtime.deferreturn+0
	rel 175+4 t=R_CALL runtime.morestack_noctxt+0
main.try.func1 STEXT size=234 align=0x0 args=0x0 locals=0x48 funcid=0x0
	0x0000 00000 (recover_nil_map.go:5)	TEXT	main.try.func1(SB), NEEDCTXT|ABIInternal, $72-0
	0x0000 00000 (recover_nil_map.go:5)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_map.go:5)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_map.go:5)	JLS	221
	0x000a 00010 (recover_nil_map.go:5)	PCDATA	$0, $-1
	0x000a 00010 (recover_nil_map.go:5)	PUSHQ	BP
	0x000b 00011 (recover_nil_map.go:5)	MOVQ	SP, BP
	0x000e 00014 (recover_nil_map.go:5)	SUBQ	$64, SP
	0x0012 00018 (recover_nil_map.go:5)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
	0x0012 00018 (recover_nil_map.go:5)	FUNCDATA	$1, gclocals·cvO7BHZ/KlBpSG9rcBZWMg==(SB)
	0x0012 00018 (recover_nil_map.go:5)	MOVQ	8(DX), AX
	0x0016 00022 (recover_nil_map.go:5)	MOVQ	AX, main.label.ptr+48(SP)
	0x001b 00027 (recover_nil_map.go:5)	MOVQ	16(DX), AX
	0x001f 00031 (recover_nil_map.go:5)	MOVQ	AX, main.label.len+24(SP)
	0x0024 00036 (recover_nil_map.go:6)	PCDATA	$1, $1
	0x0024 00036 (recover_nil_map.go:6)	CALL	runtime.gorecover(SB)
	0x0029 00041 (recover_nil_map.go:6)	TESTQ	AX, AX
	0x002c 00044 (recover_nil_map.go:6)	JEQ	61
	0x002e 00046 (recover_nil_map.go:7)	MOVQ	main..typeAssert.0(SB), CX
	0x0035 00053 (recover_nil_map.go:7)	MOVQ	(CX), DX
	0x0038 00056 (recover_nil_map.go:7)	MOVL	16(AX), SI
	0x003b 00059 (recover_nil_map.go:7)	JMP	67
	0x003d 00061 (recover_nil_map.go:9)	ADDQ	$64, SP
	0x0041 00065 (recover_nil_map.go:9)	POPQ	BP
	0x0042 00066 (recover_nil_map.go:9)	RET
	0x0043 00067 (recover_nil_map.go:7)	MOVQ	SI, DI
	0x0046 00070 (recover_nil_map.go:7)	ANDQ	DX, SI
	0x0049 00073 (recover_nil_map.go:7)	SHLQ	$4, SI
	0x004d 00077 (recover_nil_map.go:7)	MOVQ	8(SI)(CX*1), R8
	0x0052 00082 (recover_nil_map.go:7)	CMPQ	AX, R8
	0x0055 00085 (recover_nil_map.go:7)	JEQ	130
	0x0057 00087 (recover_nil_map.go:7)	LEAQ	1(DI), SI
	0x005b 00091 (recover_nil_map.go:7)	NOP
	0x0060 00096 (recover_nil_map.go:7)	TESTQ	R8, R8
	0x0063 00099 (recover_nil_map.go:7)	JNE	67
	0x0065 00101 (recover_nil_map.go:6)	MOVQ	BX, main.r.data+40(SP)
	0x006a 00106 (recover_nil_map.go:7)	MOVQ	AX, BX
	0x006d 00109 (recover_nil_map.go:7)	LEAQ	main..typeAssert.0(SB), AX
	0x0074 00116 (recover_nil_map.go:7)	PCDATA	$1, $2
	0x0074 00116 (recover_nil_map.go:7)	CALL	runtime.typeAssert(SB)
	0x0079 00121 (recover_nil_map.go:7)	MOVQ	main.r.data+40(SP), BX
	0x007e 00126 (recover_nil_map.go:7)	NOP
	0x0080 00128 (recover_nil_map.go:7)	JMP	135
	0x0082 00130 (recover_nil_map.go:7)	MOVQ	16(SI)(CX*1), AX
	0x0087 00135 (recover_nil_map.go:7)	MOVQ	24(AX), CX
	0x008b 00139 (recover_nil_map.go:7)	MOVQ	BX, AX
	0x008e 00142 (recover_nil_map.go:7)	PCDATA	$1, $1
	0x008e 00142 (recover_nil_map.go:7)	CALL	CX
	0x0090 00144 (recover_nil_map.go:7)	MOVQ	AX, main..autotmp_8+56(SP)
	0x0095 00149 (recover_nil_map.go:7)	MOVQ	BX, main..autotmp_9+32(SP)
	0x009a 00154 (recover_nil_map.go:7)	PCDATA	$1, $3
	0x009a 00154 (recover_nil_map.go:7)	CALL	runtime.printlock(SB)
	0x009f 00159 (recover_nil_map.go:7)	MOVQ	main.label.ptr+48(SP), AX
	0x00a4 00164 (recover_nil_map.go:7)	MOVQ	main.label.len+24(SP), BX
	0x00a9 00169 (recover_nil_map.go:7)	PCDATA	$1, $4
	0x00a9 00169 (recover_nil_map.go:7)	CALL	runtime.printstring(SB)
	0x00ae 00174 (recover_nil_map.go:7)	LEAQ	go:string." -> "(SB), AX
	0x00b5 00181 (recover_nil_map.go:7)	MOVL	$4, BX
	0x00ba 00186 (recover_nil_map.go:7)	CALL	runtime.printstring(SB)
	0x00bf 00191 (recover_nil_map.go:7)	MOVQ	main..autotmp_8+56(SP), AX
	0x00c4 00196 (recover_nil_map.go:7)	MOVQ	main..autotmp_9+32(SP), BX
	0x00c9 00201 (recover_nil_map.go:7)	PCDATA	$1, $0
	0x00c9 00201 (recover_nil_map.go:7)	CALL	runtime.printstring(SB)
	0x00ce 00206 (recover_nil_map.go:7)	CALL	runtime.printnl(SB)
	0x00d3 00211 (recover_nil_map.go:7)	CALL	runtime.printunlock(SB)
	0x00d8 00216 (recover_nil_map.go:7)	JMP	61
	0x00dd 00221 (recover_nil_map.go:7)	NOP
	0x00dd 00221 (recover_nil_map.go:5)	PCDATA	$1, $-1
	0x00dd 00221 (recover_nil_map.go:5)	PCDATA	$0, $-2
	0x00dd 00221 (recover_nil_map.go:5)	NOP
	0x00e0 00224 (recover_nil_map.go:5)	CALL	runtime.morestack(SB)
	0x00e5 00229 (recover_nil_map.go:5)	PCDATA	$0, $-1
	0x00e5 00229 (recover_nil_map.go:5)	JMP	0
	0x0000 49 3b 66 10 0f 86 d3 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 40 48 8b 42 08 48 89 44 24 30 48 8b 42 10 48  .@H.B.H.D$0H.B.H
	0x0020 89 44 24 18 e8 00 00 00 00 48 85 c0 74 0f 48 8b  .D$......H..t.H.
	0x0030 0d 00 00 00 00 48 8b 11 8b 70 10 eb 06 48 83 c4  .....H...p...H..
	0x0040 40 5d c3 48 89 f7 48 21 d6 48 c1 e6 04 4c 8b 44  @].H..H!.H...L.D
	0x0050 0e 08 4c 39 c0 74 2b 48 8d 77 01 0f 1f 44 00 00  ..L9.t+H.w...D..
	0x0060 4d 85 c0 75 de 48 89 5c 24 28 48 89 c3 48 8d 05  M..u.H.\$(H..H..
	0x0070 00 00 00 00 e8 00 00 00 00 48 8b 5c 24 28 66 90  .........H.\$(f.
	0x0080 eb 05 48 8b 44 0e 10 48 8b 48 18 48 89 d8 ff d1  ..H.D..H.H.H....
	0x0090 48 89 44 24 38 48 89 5c 24 20 e8 00 00 00 00 48  H.D$8H.\$ .....H
	0x00a0 8b 44 24 30 48 8b 5c 24 18 e8 00 00 00 00 48 8d  .D$0H.\$......H.
	0x00b0 05 00 00 00 00 bb 04 00 00 00 e8 00 00 00 00 48  ...............H
	0x00c0 8b 44 24 38 48 8b 5c 24 20 e8 00 00 00 00 e8 00  .D$8H.\$ .......
	0x00d0 00 00 00 e8 00 00 00 00 e9 60 ff ff ff 0f 1f 00  .........`......
	0x00e0 e8 00 00 00 00 e9 16 ff ff ff                    ..........
	rel 3+0 t=R_USEIFACEMETHOD type:interface { Error() string }+80
	rel 37+4 t=R_CALL runtime.gorecover+0
	rel 49+4 t=R_PCREL main..typeAssert.0+0
	rel 112+4 t=R_PCREL main..typeAssert.0+0
	rel 117+4 t=R_CALL runtime.typeAssert+0
	rel 142+0 t=R_CALLIND +0
	rel 155+4 t=R_CALL runtime.printlock+0
	rel 170+4 t=R_CALL runtime.printstring+0
	rel 177+4 t=R_PCREL go:string." -> "+0
	rel 187+4 t=R_CALL runtime.printstring+0
	rel 202+4 t=R_CALL runtime.printstring+0
	rel 207+4 t=R_CALL runtime.printnl+0
	rel 212+4 t=R_CALL runtime.printunlock+0
	rel 225+4 t=R_CALL runtime.morestack+0
main.(*Registry).Add STEXT size=89 align=0x0 args=0x18 locals=0x28 funcid=0x0
	0x0000 00000 (recover_nil_map.go:19)	TEXT	main.(*Registry).Add(SB), ABIInternal, $40-24
	0x0000 00000 (recover_nil_map.go:19)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_map.go:19)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_map.go:19)	JLS	52
	0x0006 00006 (recover_nil_map.go:19)	PCDATA	$0, $-1
	0x0006 00006 (recover_nil_map.go:19)	PUSHQ	BP
	0x0007 00007 (recover_nil_map.go:19)	MOVQ	SP, BP
	0x000a 00010 (recover_nil_map.go:19)	SUBQ	$32, SP
	0x000e 00014 (recover_nil_map.go:19)	MOVQ	BX, main.k+56(FP)
	0x0013 00019 (recover_nil_map.go:19)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x0013 00019 (recover_nil_map.go:19)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0013 00019 (recover_nil_map.go:19)	FUNCDATA	$5, main.(*Registry).Add.arginfo1(SB)
	0x0013 00019 (recover_nil_map.go:19)	FUNCDATA	$6, main.(*Registry).Add.argliveinfo(SB)
	0x0013 00019 (recover_nil_map.go:19)	PCDATA	$3, $1
	0x0013 00019 (recover_nil_map.go:19)	MOVQ	(AX), DX
	0x0016 00022 (recover_nil_map.go:19)	LEAQ	type:map[string]int(SB), AX
	0x001d 00029 (recover_nil_map.go:19)	MOVQ	CX, DI
	0x0020 00032 (recover_nil_map.go:19)	MOVQ	BX, CX
	0x0023 00035 (recover_nil_map.go:19)	MOVQ	DX, BX
	0x0026 00038 (recover_nil_map.go:19)	PCDATA	$1, $1
	0x0026 00038 (recover_nil_map.go:19)	CALL	runtime.mapassign_faststr(SB)
	0x002b 00043 (recover_nil_map.go:19)	INCQ	(AX)
	0x002e 00046 (recover_nil_map.go:19)	ADDQ	$32, SP
	0x0032 00050 (recover_nil_map.go:19)	POPQ	BP
	0x0033 00051 (recover_nil_map.go:19)	RET
	0x0034 00052 (recover_nil_map.go:19)	NOP
	0x0034 00052 (recover_nil_map.go:19)	PCDATA	$1, $-1
	0x0034 00052 (recover_nil_map.go:19)	PCDATA	$0, $-2
	0x0034 00052 (recover_nil_map.go:19)	MOVQ	AX, 8(SP)
	0x0039 00057 (recover_nil_map.go:19)	MOVQ	BX, 16(SP)
	0x003e 00062 (recover_nil_map.go:19)	MOVQ	CX, 24(SP)
	0x0043 00067 (recover_nil_map.go:19)	CALL	runtime.morestack_noctxt(SB)
	0x0048 00072 (recover_nil_map.go:19)	PCDATA	$0, $-1
	0x0048 00072 (recover_nil_map.go:19)	MOVQ	8(SP), AX
	0x004d 00077 (recover_nil_map.go:19)	MOVQ	16(SP), BX
	0x0052 00082 (recover_nil_map.go:19)	MOVQ	24(SP), CX
	0x0057 00087 (recover_nil_map.go:19)	JMP	0
	0x0000 49 3b 66 10 76 2e 55 48 89 e5 48 83 ec 20 48 89  I;f.v.UH..H.. H.
	0x0010 5c 24 38 48 8b 10 48 8d 05 00 00 00 00 48 89 cf  \$8H..H......H..
	0x0020 48 89 d9 48 89 d3 e8 00 00 00 00 48 ff 00 48 83  H..H.......H..H.
	0x0030 c4 20 5d c3 48 89 44 24 08 48 89 5c 24 10 48 89  . ].H.D$.H.\$.H.
	0x0040 4c 24 18 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c  L$......H.D$.H.\
	0x0050 24 10 48 8b 4c 24 18 eb a7                       $.H.L$...
	rel 25+4 t=R_PCREL type:map[string]int+0
	rel 39+4 t=R_CALL runtime.mapassign_faststr+0
	rel 68+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=869 align=0x0 args=0x0 locals=0x1e0 funcid=0x0
	0x0000 00000 (recover_nil_map.go:21)	TEXT	main.main(SB), ABIInternal, $480-0
	0x0000 00000 (recover_nil_map.go:21)	LEAQ	-352(SP), R12
	0x0008 00008 (recover_nil_map.go:21)	CMPQ	R12, 16(R14)
	0x000c 00012 (recover_nil_map.go:21)	PCDATA	$0, $-2
	0x000c 00012 (recover_nil_map.go:21)	JLS	856
	0x0012 00018 (recover_nil_map.go:21)	PCDATA	$0, $-1
	0x0012 00018 (recover_nil_map.go:21)	PUSHQ	BP
	0x0013 00019 (recover_nil_map.go:21)	MOVQ	SP, BP
	0x0016 00022 (recover_nil_map.go:21)	SUBQ	$472, SP
	0x001d 00029 (recover_nil_map.go:21)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
	0x001d 00029 (recover_nil_map.go:21)	FUNCDATA	$1, gclocals·1w/+w+jwSrpi6RI4CI05fg==(SB)
	0x001d 00029 (recover_nil_map.go:21)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (recover_nil_map.go:23)	LEAQ	type:map[string]int(SB), AX
	0x0024 00036 (recover_nil_map.go:23)	XORL	BX, BX
	0x0026 00038 (recover_nil_map.go:23)	LEAQ	go:string."x"(SB), CX
	0x002d 00045 (recover_nil_map.go:23)	MOVL	$1, DI
	0x0032 00050 (recover_nil_map.go:23)	PCDATA	$1, $0
	0x0032 00050 (recover_nil_map.go:23)	CALL	runtime.mapaccess1_faststr(SB)
	0x0037 00055 (recover_nil_map.go:23)	MOVQ	(AX), DX
	0x003a 00058 (recover_nil_map.go:23)	MOVQ	DX, main..autotmp_30+56(SP)
	0x003f 00063 (recover_nil_map.go:23)	NOP
	0x0040 00064 (recover_nil_map.go:23)	CALL	runtime.printlock(SB)
	0x0045 00069 (recover_nil_map.go:23)	LEAQ	go:string."len "(SB), AX
	0x004c 00076 (recover_nil_map.go:23)	MOVL	$4, BX
	0x0051 00081 (recover_nil_map.go:23)	CALL	runtime.printstring(SB)
	0x0056 00086 (recover_nil_map.go:23)	XORL	AX, AX
	0x0058 00088 (recover_nil_map.go:23)	CALL	runtime.printint(SB)
	0x005d 00093 (recover_nil_map.go:23)	LEAQ	go:string." read "(SB), AX
	0x0064 00100 (recover_nil_map.go:23)	MOVL	$6, BX
	0x0069 00105 (recover_nil_map.go:23)	CALL	runtime.printstring(SB)
	0x006e 00110 (recover_nil_map.go:23)	MOVQ	main..autotmp_30+56(SP), AX
	0x0073 00115 (recover_nil_map.go:23)	CALL	runtime.printint(SB)
	0x0078 00120 (recover_nil_map.go:23)	CALL	runtime.printnl(SB)
	0x007d 00125 (recover_nil_map.go:23)	NOP
	0x0080 00128 (recover_nil_map.go:23)	CALL	runtime.printunlock(SB)
	0x0085 00133 (recover_nil_map.go:24)	LEAQ	type:map[string]int(SB), AX
	0x008c 00140 (recover_nil_map.go:24)	XORL	BX, BX
	0x008e 00142 (recover_nil_map.go:24)	LEAQ	go:string."y"(SB), CX
	0x0095 00149 (recover_nil_map.go:24)	MOVL	$1, DI
	0x009a 00154 (recover_nil_map.go:24)	CALL	runtime.mapaccess2_faststr(SB)
	0x009f 00159 (recover_nil_map.go:24)	MOVB	BL, main.ok+39(SP)
	0x00a3 00163 (recover_nil_map.go:24)	MOVQ	(AX), DX
	0x00a6 00166 (recover_nil_map.go:24)	MOVQ	DX, main.v+40(SP)
	0x00ab 00171 (recover_nil_map.go:25)	CALL	runtime.printlock(SB)
	0x00b0 00176 (recover_nil_map.go:25)	MOVQ	main.v+40(SP), AX
	0x00b5 00181 (recover_nil_map.go:25)	CALL	runtime.printint(SB)
	0x00ba 00186 (recover_nil_map.go:25)	CALL	runtime.printsp(SB)
	0x00bf 00191 (recover_nil_map.go:25)	MOVBLZX	main.ok+39(SP), AX
	0x00c4 00196 (recover_nil_map.go:25)	CALL	runtime.printbool(SB)
	0x00c9 00201 (recover_nil_map.go:25)	CALL	runtime.printnl(SB)
	0x00ce 00206 (recover_nil_map.go:25)	CALL	runtime.printunlock(SB)
	0x00d3 00211 (recover_nil_map.go:26)	LEAQ	type:map[string]int(SB), AX
	0x00da 00218 (recover_nil_map.go:26)	XORL	BX, BX
	0x00dc 00220 (recover_nil_map.go:26)	LEAQ	go:string."z"(SB), CX
	0x00e3 00227 (recover_nil_map.go:26)	MOVL	$1, DI
	0x00e8 00232 (recover_nil_map.go:26)	CALL	runtime.mapdelete_faststr(SB)
	0x00ed 00237 (recover_nil_map.go:28)	LEAQ	main..autotmp_11+376(SP), CX
	0x00f5 00245 (recover_nil_map.go:28)	MOVUPS	X15, (CX)
	0x00f9 00249 (recover_nil_map.go:28)	MOVUPS	X15, 16(CX)
	0x00fe 00254 (recover_nil_map.go:28)	MOVUPS	X15, 32(CX)
	0x0103 00259 (recover_nil_map.go:28)	MOVUPS	X15, 48(CX)
	0x0108 00264 (recover_nil_map.go:28)	MOVUPS	X15, 64(CX)
	0x010d 00269 (recover_nil_map.go:28)	MOVUPS	X15, 80(CX)
	0x0112 00274 (recover_nil_map.go:28)	LEAQ	type:map[string]int(SB), AX
	0x0119 00281 (recover_nil_map.go:28)	XORL	BX, BX
	0x011b 00283 (recover_nil_map.go:28)	PCDATA	$1, $1
	0x011b 00283 (recover_nil_map.go:28)	NOP
	0x0120 00288 (recover_nil_map.go:28)	CALL	runtime.mapIterStart(SB)
	0x0125 00293 (recover_nil_map.go:28)	XORL	AX, AX
	0x0127 00295 (recover_nil_map.go:28)	JMP	318
	0x0129 00297 (recover_nil_map.go:28)	LEAQ	main..autotmp_11+376(SP), AX
	0x0131 00305 (recover_nil_map.go:28)	CALL	runtime.mapIterNext(SB)
	0x0136 00310 (recover_nil_map.go:29)	MOVQ	main.n+48(SP), AX
	0x013b 00315 (recover_nil_map.go:29)	INCQ	AX
	0x013e 00318 (recover_nil_map.go:28)	MOVQ	AX, main.n+48(SP)
	0x0143 00323 (recover_nil_map.go:28)	CMPQ	main..autotmp_11+376(SP), $0
	0x014c 00332 (recover_nil_map.go:28)	JNE	297
	0x014e 00334 (recover_nil_map.go:31)	PCDATA	$1, $0
	0x014e 00334 (recover_nil_map.go:31)	CALL	runtime.printlock(SB)
	0x0153 00339 (recover_nil_map.go:31)	LEAQ	go:string."range count "(SB), AX
	0x015a 00346 (recover_nil_map.go:31)	MOVL	$12, BX
	0x015f 00351 (recover_nil_map.go:31)	NOP
	0x0160 00352 (recover_nil_map.go:31)	CALL	runtime.printstring(SB)
	0x0165 00357 (recover_nil_map.go:31)	MOVQ	main.n+48(SP), AX
	0x016a 00362 (recover_nil_map.go:31)	CALL	runtime.printint(SB)
	0x016f 00367 (recover_nil_map.go:31)	CALL	runtime.printnl(SB)
	0x0174 00372 (recover_nil_map.go:31)	CALL	runtime.printunlock(SB)
	0x0179 00377 (recover_nil_map.go:33)	LEAQ	main.main.func1(SB), AX
	0x0180 00384 (recover_nil_map.go:33)	MOVQ	AX, main..autotmp_12+360(SP)
	0x0188 00392 (recover_nil_map.go:33)	MOVQ	$0, main..autotmp_12+368(SP)
	0x0194 00404 (recover_nil_map.go:33)	LEAQ	go:string."nil map write"(SB), AX
	0x019b 00411 (recover_nil_map.go:33)	MOVL	$13, BX
	0x01a0 00416 (recover_nil_map.go:33)	LEAQ	main..autotmp_12+360(SP), CX
	0x01a8 00424 (recover_nil_map.go:33)	CALL	main.try(SB)
	0x01ad 00429 (recover_nil_map.go:34)	MOVQ	$0, main.r+64(SP)
	0x01b6 00438 (recover_nil_map.go:35)	LEAQ	main.main.func2(SB), AX
	0x01bd 00445 (recover_nil_map.go:35)	MOVQ	AX, main..autotmp_13+344(SP)
	0x01c5 00453 (recover_nil_map.go:35)	LEAQ	main.r+64(SP), AX
	0x01ca 00458 (recover_nil_map.go:35)	MOVQ	AX, main..autotmp_13+352(SP)
	0x01d2 00466 (recover_nil_map.go:35)	LEAQ	go:string."nil map via method"(SB), AX
	0x01d9 00473 (recover_nil_map.go:35)	MOVL	$18, BX
	0x01de 00478 (recover_nil_map.go:35)	LEAQ	main..autotmp_13+344(SP), CX
	0x01e6 00486 (recover_nil_map.go:35)	CALL	main.try(SB)
	0x01eb 00491 (recover_nil_map.go:36)	LEAQ	main..autotmp_20+280(SP), AX
	0x01f3 00499 (recover_nil_map.go:36)	MOVUPS	X15, (AX)
	0x01f7 00503 (recover_nil_map.go:36)	MOVUPS	X15, 16(AX)
	0x01fc 00508 (recover_nil_map.go:36)	MOVUPS	X15, 32(AX)
	0x0201 00513 (recover_nil_map.go:36)	LEAQ	main..autotmp_21+80(SP), AX
	0x0206 00518 (recover_nil_map.go:36)	MOVL	$3, CX
	0x020b 00523 (recover_nil_map.go:36)	MOVUPS	X15, (AX)
	0x020f 00527 (recover_nil_map.go:36)	MOVUPS	X15, 16(AX)
	0x0214 00532 (recover_nil_map.go:36)	MOVUPS	X15, 32(AX)
	0x0219 00537 (recover_nil_map.go:36)	MOVUPS	X15, 48(AX)
	0x021e 00542 (recover_nil_map.go:36)	ADDQ	$64, AX
	0x0222 00546 (recover_nil_map.go:36)	DECL	CX
	0x0224 00548 (recover_nil_map.go:36)	JNE	523
	0x0226 00550 (recover_nil_map.go:36)	MOVUPS	X15, -8(AX)
	0x022b 00555 (recover_nil_map.go:36)	MOVQ	$-9187201950435737472, AX
	0x0235 00565 (recover_nil_map.go:36)	MOVQ	AX, main..autotmp_21+80(SP)
	0x023a 00570 (recover_nil_map.go:36)	LEAQ	main..autotmp_21+80(SP), AX
	0x023f 00575 (recover_nil_map.go:36)	MOVQ	AX, main..autotmp_20+296(SP)
	0x0247 00583 (recover_nil_map.go:36)	PCDATA	$1, $2
	0x0247 00583 (recover_nil_map.go:36)	CALL	runtime.rand(SB)
	0x024c 00588 (recover_nil_map.go:36)	MOVQ	AX, main..autotmp_20+288(SP)
	0x0254 00596 (recover_nil_map.go:36)	LEAQ	main..autotmp_20+280(SP), AX
	0x025c 00604 (recover_nil_map.go:36)	MOVQ	AX, main.r+64(SP)
	0x0261 00609 (recover_nil_map.go:37)	LEAQ	main.main.func3(SB), AX
	0x0268 00616 (recover_nil_map.go:37)	MOVQ	AX, main..autotmp_13+344(SP)
	0x0270 00624 (recover_nil_map.go:37)	LEAQ	main.r+64(SP), AX
	0x0275 00629 (recover_nil_map.go:37)	MOVQ	AX, main..autotmp_13+352(SP)
	0x027d 00637 (recover_nil_map.go:37)	LEAQ	go:string."after make"(SB), AX
	0x0284 00644 (recover_nil_map.go:37)	MOVL	$10, BX
	0x0289 00649 (recover_nil_map.go:37)	LEAQ	main..autotmp_13+344(SP), CX
	0x0291 00657 (recover_nil_map.go:37)	PCDATA	$1, $3
	0x0291 00657 (recover_nil_map.go:37)	CALL	main.try(SB)
	0x0296 00662 (recover_nil_map.go:38)	MOVQ	main.r+64(SP), BX
	0x029b 00667 (recover_nil_map.go:38)	LEAQ	type:map[string]int(SB), AX
	0x02a2 00674 (recover_nil_map.go:38)	LEAQ	go:string."k"(SB), CX
	0x02a9 00681 (recover_nil_map.go:38)	MOVL	$1, DI
	0x02ae 00686 (recover_nil_map.go:38)	PCDATA	$1, $0
	0x02ae 00686 (recover_nil_map.go:38)	CALL	runtime.mapaccess1_faststr(SB)
	0x02b3 00691 (recover_nil_map.go:38)	MOVQ	(AX), AX
	0x02b6 00694 (recover_nil_map.go:38)	MOVQ	AX, main..autotmp_30+56(SP)
	0x02bb 00699 (recover_nil_map.go:38)	NOP
	0x02c0 00704 (recover_nil_map.go:38)	CALL	runtime.printlock(SB)
	0x02c5 00709 (recover_nil_map.go:38)	MOVQ	main..autotmp_30+56(SP), AX
	0x02ca 00714 (recover_nil_map.go:38)	CALL	runtime.printint(SB)
	0x02cf 00719 (recover_nil_map.go:38)	CALL	runtime.printnl(SB)
	0x02d4 00724 (recover_nil_map.go:38)	CALL	runtime.printunlock(SB)
	0x02d9 00729 (recover_nil_map.go:40)	MOVQ	$0, main.mm+72(SP)
	0x02e2 00738 (recover_nil_map.go:41)	LEAQ	main.main.func4(SB), AX
	0x02e9 00745 (recover_nil_map.go:41)	MOVQ	AX, main..autotmp_14+328(SP)
	0x02f1 00753 (recover_nil_map.go:41)	LEAQ	main.mm+72(SP), AX
	0x02f6 00758 (recover_nil_map.go:41)	MOVQ	AX, main..autotmp_14+336(SP)
	0x02fe 00766 (recover_nil_map.go:41)	LEAQ	go:string."nested nil"(SB), AX
	0x0305 00773 (recover_nil_map.go:41)	MOVL	$10, BX
	0x030a 00778 (recover_nil_map.go:41)	LEAQ	main..autotmp_14+328(SP), CX
	0x0312 00786 (recover_nil_map.go:41)	PCDATA	$1, $4
	0x0312 00786 (recover_nil_map.go:41)	CALL	main.try(SB)
	0x0317 00791 (recover_nil_map.go:42)	MOVQ	main.mm+72(SP), AX
	0x031c 00796 (recover_nil_map.go:42)	NOP
	0x0320 00800 (recover_nil_map.go:42)	TESTQ	AX, AX
	0x0323 00803 (recover_nil_map.go:42)	JEQ	810
	0x0325 00805 (recover_nil_map.go:42)	MOVQ	(AX), AX
	0x0328 00808 (recover_nil_map.go:42)	JMP	812
	0x032a 00810 (recover_nil_map.go:42)	XORL	AX, AX
	0x032c 00812 (recover_nil_map.go:42)	MOVQ	AX, main..autotmp_30+56(SP)
	0x0331 00817 (recover_nil_map.go:42)	PCDATA	$1, $0
	0x0331 00817 (recover_nil_map.go:42)	CALL	runtime.printlock(SB)
	0x0336 00822 (recover_nil_map.go:42)	MOVQ	main..autotmp_30+56(SP), AX
	0x033b 00827 (recover_nil_map.go:42)	NOP
	0x0340 00832 (recover_nil_map.go:42)	CALL	runtime.printint(SB)
	0x0345 00837 (recover_nil_map.go:42)	CALL	runtime.printnl(SB)
	0x034a 00842 (recover_nil_map.go:42)	CALL	runtime.printunlock(SB)
	0x034f 00847 (recover_nil_map.go:43)	ADDQ	$472, SP
	0x0356 00854 (recover_nil_map.go:43)	POPQ	BP
	0x0357 00855 (recover_nil_map.go:43)	RET
	0x0358 00856 (recover_nil_map.go:43)	NOP
	0x0358 00856 (recover_nil_map.go:21)	PCDATA	$1, $-1
	0x0358 00856 (recover_nil_map.go:21)	PCDATA	$0, $-2
	0x0358 00856 (recover_nil_map.go:21)	CALL	runtime.morestack_noctxt(SB)
	0x035d 00861 (recover_nil_map.go:21)	PCDATA	$0, $-1
	0x035d 00861 (recover_nil_map.go:21)	NOP
	0x0360 00864 (recover_nil_map.go:21)	JMP	0
	0x0000 4c 8d a4 24 a0 fe ff ff 4d 3b 66 10 0f 86 46 03  L..$....M;f...F.
	0x0010 00 00 55 48 89 e5 48 81 ec d8 01 00 00 48 8d 05  ..UH..H......H..
	0x0020 00 00 00 00 31 db 48 8d 0d 00 00 00 00 bf 01 00  ....1.H.........
	0x0030 00 00 e8 00 00 00 00 48 8b 10 48 89 54 24 38 90  .......H..H.T$8.
	0x0040 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 04 00 00  .....H..........
	0x0050 00 e8 00 00 00 00 31 c0 e8 00 00 00 00 48 8d 05  ......1......H..
	0x0060 00 00 00 00 bb 06 00 00 00 e8 00 00 00 00 48 8b  ..............H.
	0x0070 44 24 38 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  D$8.............
	0x0080 e8 00 00 00 00 48 8d 05 00 00 00 00 31 db 48 8d  .....H......1.H.
	0x0090 0d 00 00 00 00 bf 01 00 00 00 e8 00 00 00 00 88  ................
	0x00a0 5c 24 27 48 8b 10 48 89 54 24 28 e8 00 00 00 00  \$'H..H.T$(.....
	0x00b0 48 8b 44 24 28 e8 00 00 00 00 e8 00 00 00 00 0f  H.D$(...........
	0x00c0 b6 44 24 27 e8 00 00 00 00 e8 00 00 00 00 e8 00  .D$'............
	0x00d0 00 00 00 48 8d 05 00 00 00 00 31 db 48 8d 0d 00  ...H......1.H...
	0x00e0 00 00 00 bf 01 00 00 00 e8 00 00 00 00 48 8d 8c  .............H..
	0x00f0 24 78 01 00 00 44 0f 11 39 44 0f 11 79 10 44 0f  $x...D..9D..y.D.
	0x0100 11 79 20 44 0f 11 79 30 44 0f 11 79 40 44 0f 11  .y D..y0D..y@D..
	0x0110 79 50 48 8d 05 00 00 00 00 31 db 0f 1f 44 00 00  yPH......1...D..
	0x0120 e8 00 00 00 00 31 c0 eb 15 48 8d 84 24 78 01 00  .....1...H..$x..
	0x0130 00 e8 00 00 00 00 48 8b 44 24 30 48 ff c0 48 89  ......H.D$0H..H.
	0x0140 44 24 30 48 83 bc 24 78 01 00 00 00 75 db e8 00  D$0H..$x....u...
	0x0150 00 00 00 48 8d 05 00 00 00 00 bb 0c 00 00 00 90  ...H............
	0x0160 e8 00 00 00 00 48 8b 44 24 30 e8 00 00 00 00 e8  .....H.D$0......
	0x0170 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00  .........H......
	0x0180 48 89 84 24 68 01 00 00 48 c7 84 24 70 01 00 00  H..$h...H..$p...
	0x0190 00 00 00 00 48 8d 05 00 00 00 00 bb 0d 00 00 00  ....H...........
	0x01a0 48 8d 8c 24 68 01 00 00 e8 00 00 00 00 48 c7 44  H..$h........H.D
	0x01b0 24 40 00 00 00 00 48 8d 05 00 00 00 00 48 89 84  $@....H......H..
	0x01c0 24 58 01 00 00 48 8d 44 24 40 48 89 84 24 60 01  $X...H.D$@H..$`.
	0x01d0 00 00 48 8d 05 00 00 00 00 bb 12 00 00 00 48 8d  ..H...........H.
	0x01e0 8c 24 58 01 00 00 e8 00 00 00 00 48 8d 84 24 18  .$X........H..$.
	0x01f0 01 00 00 44 0f 11 38 44 0f 11 78 10 44 0f 11 78  ...D..8D..x.D..x
	0x0200 20 48 8d 44 24 50 b9 03 00 00 00 44 0f 11 38 44   H.D$P.....D..8D
	0x0210 0f 11 78 10 44 0f 11 78 20 44 0f 11 78 30 48 83  ..x.D..x D..x0H.
	0x0220 c0 40 ff c9 75 e5 44 0f 11 78 f8 48 b8 80 80 80  .@..u.D..x.H....
	0x0230 80 80 80 80 80 48 89 44 24 50 48 8d 44 24 50 48  .....H.D$PH.D$PH
	0x0240 89 84 24 28 01 00 00 e8 00 00 00 00 48 89 84 24  ..$(........H..$
	0x0250 20 01 00 00 48 8d 84 24 18 01 00 00 48 89 44 24   ...H..$....H.D$
	0x0260 40 48 8d 05 00 00 00 00 48 89 84 24 58 01 00 00  @H......H..$X...
	0x0270 48 8d 44 24 40 48 89 84 24 60 01 00 00 48 8d 05  H.D$@H..$`...H..
	0x0280 00 00 00 00 bb 0a 00 00 00 48 8d 8c 24 58 01 00  .........H..$X..
	0x0290 00 e8 00 00 00 00 48 8b 5c 24 40 48 8d 05 00 00  ......H.\$@H....
	0x02a0 00 00 48 8d 0d 00 00 00 00 bf 01 00 00 00 e8 00  ..H.............
	0x02b0 00 00 00 48 8b 00 48 89 44 24 38 0f 1f 44 00 00  ...H..H.D$8..D..
	0x02c0 e8 00 00 00 00 48 8b 44 24 38 e8 00 00 00 00 e8  .....H.D$8......
	0x02d0 00 00 00 00 e8 00 00 00 00 48 c7 44 24 48 00 00  .........H.D$H..
	0x02e0 00 00 48 8d 05 00 00 00 00 48 89 84 24 48 01 00  ..H......H..$H..
	0x02f0 00 48 8d 44 24 48 48 89 84 24 50 01 00 00 48 8d  .H.D$HH..$P...H.
	0x0300 05 00 00 00 00 bb 0a 00 00 00 48 8d 8c 24 48 01  ..........H..$H.
	0x0310 00 00 e8 00 00 00 00 48 8b 44 24 48 0f 1f 40 00  .......H.D$H..@.
	0x0320 48 85 c0 74 05 48 8b 00 eb 02 31 c0 48 89 44 24  H..t.H....1.H.D$
	0x0330 38 e8 00 00 00 00 48 8b 44 24 38 0f 1f 44 00 00  8.....H.D$8..D..
	0x0340 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0350 81 c4 d8 01 00 00 5d c3 e8 00 00 00 00 0f 1f 00  ......].........
	0x0360 e9 9b fc ff ff                                   .....
	rel 32+4 t=R_PCREL type:map[string]int+0
	rel 41+4 t=R_PCREL go:string."x"+0
	rel 51+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 65+4 t=R_CALL runtime.printlock+0
	rel 72+4 t=R_PCREL go:string."len "+0
	rel 82+4 t=R_CALL runtime.printstring+0
	rel 89+4 t=R_CALL runtime.printint+0
	rel 96+4 t=R_PCREL go:string." read "+0
	rel 106+4 t=R_CALL runtime.printstring+0
	rel 116+4 t=R_CALL runtime.printint+0
	rel 121+4 t=R_CALL runtime.printnl+0
	rel 129+4 t=R_CALL runtime.printunlock+0
	rel 136+4 t=R_PCREL type:map[string]int+0
	rel 145+4 t=R_PCREL go:string."y"+0
	rel 155+4 t=R_CALL runtime.mapaccess2_faststr+0
	rel 172+4 t=R_CALL runtime.printlock+0
	rel 182+4 t=R_CALL runtime.printint+0
	rel 187+4 t=R_CALL runtime.printsp+0
	rel 197+4 t=R_CALL runtime.printbool+0
	rel 202+4 t=R_CALL runtime.printnl+0
	rel 207+4 t=R_CALL runtime.printunlock+0
	rel 214+4 t=R_PCREL type:map[string]int+0
	rel 223+4 t=R_PCREL go:string."z"+0
	rel 233+4 t=R_CALL runtime.mapdelete_faststr+0
	rel 277+4 t=R_PCREL type:map[string]int+0
	rel 289+4 t=R_CALL runtime.mapIterStart+0
	rel 306+4 t=R_CALL runtime.mapIterNext+0
	rel 335+4 t=R_CALL runtime.printlock+0
	rel 342+4 t=R_PCREL go:string."range count "+0
	rel 353+4 t=R_CALL runtime.printstring+0
	rel 363+4 t=R_CALL runtime.printint+0
	rel 368+4 t=R_CALL runtime.printnl+0
	rel 373+4 t=R_CALL runtime.printunlock+0
	rel 380+4 t=R_PCREL main.main.func1+0
	rel 407+4 t=R_PCREL go:string."nil map write"+0
	rel 425+4 t=R_CALL main.try+0
	rel 441+4 t=R_PCREL main.main.func2+0
	rel 469+4 t=R_PCREL go:string."nil map via method"+0
	rel 487+4 t=R_CALL main.try+0
	rel 584+4 t=R_CALL runtime.rand+0
	rel 612+4 t=R_PCREL main.main.func3+0
	rel 640+4 t=R_PCREL go:string."after make"+0
	rel 658+4 t=R_CALL main.try+0
	rel 670+4 t=R_PCREL type:map[string]int+0
	rel 677+4 t=R_PCREL go:string."k"+0
	rel 687+4 t=R_CALL runtime.mapaccess1_faststr+0
	rel 705+4 t=R_CALL runtime.printlock+0
	rel 715+4 t=R_CALL runtime.printint+0
	rel 720+4 t=R_CALL runtime.printnl+0
	rel 725+4 t=R_CALL runtime.printunlock+0
	rel 741+4 t=R_PCREL main.main.func4+0
	rel 769+4 t=R_PCREL go:string."nested nil"+0
	rel 787+4 t=R_CALL main.try+0
	rel 818+4 t=R_CALL runtime.printlock+0
	rel 833+4 t=R_CALL runtime.printint+0
	rel 838+4 t=R_CALL runtime.printnl+0
	rel 843+4 t=R_CALL runtime.printunlock+0
	rel 857+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func4 STEXT size=123 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (recover_nil_map.go:41)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $40-0
	0x0000 00000 (recover_nil_map.go:41)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_map.go:41)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_map.go:41)	JLS	116
	0x0006 00006 (recover_nil_map.go:41)	PCDATA	$0, $-1
	0x0006 00006 (recover_nil_map.go:41)	PUSHQ	BP
	0x0007 00007 (recover_nil_map.go:41)	MOVQ	SP, BP
	0x000a 00010 (recover_nil_map.go:41)	SUBQ	$32, SP
	0x000e 00014 (recover_nil_map.go:41)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (recover_nil_map.go:41)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (recover_nil_map.go:41)	MOVQ	8(DX), AX
	0x0012 00018 (recover_nil_map.go:41)	MOVQ	AX, main.&mm+24(SP)
	0x0017 00023 (recover_nil_map.go:41)	PCDATA	$1, $1
	0x0017 00023 (recover_nil_map.go:41)	CALL	runtime.makemap_small(SB)
	0x001c 00028 (recover_nil_map.go:41)	CMPL	runtime.writeBarrier(SB), $0
	0x0023 00035 (recover_nil_map.go:41)	PCDATA	$0, $-2
	0x0023 00035 (recover_nil_map.go:41)	JNE	44
	0x0025 00037 (recover_nil_map.go:41)	MOVQ	main.&mm+24(SP), DX
	0x002a 00042 (recover_nil_map.go:41)	JMP	64
	0x002c 00044 (recover_nil_map.go:41)	MOVQ	main.&mm+24(SP), DX
	0x0031 00049 (recover_nil_map.go:41)	MOVQ	(DX), SI
	0x0034 00052 (recover_nil_map.go:41)	CALL	runtime.gcWriteBarrier2(SB)
	0x0039 00057 (recover_nil_map.go:41)	MOVQ	AX, (R11)
	0x003c 00060 (recover_nil_map.go:41)	MOVQ	SI, 8(R11)
	0x0040 00064 (recover_nil_map.go:41)	MOVQ	AX, (DX)
	0x0043 00067 (recover_nil_map.go:41)	PCDATA	$0, $-1
	0x0043 00067 (recover_nil_map.go:41)	MOVQ	AX, BX
	0x0046 00070 (recover_nil_map.go:41)	MOVL	$1, CX
	0x004b 00075 (recover_nil_map.go:41)	LEAQ	type:map[int]map[int]bool(SB), AX
	0x0052 00082 (recover_nil_map.go:41)	PCDATA	$1, $0
	0x0052 00082 (recover_nil_map.go:41)	CALL	runtime.mapaccess1_fast64(SB)
	0x0057 00087 (recover_nil_map.go:41)	MOVQ	(AX), BX
	0x005a 00090 (recover_nil_map.go:41)	LEAQ	type:map[int]bool(SB), AX
	0x0061 00097 (recover_nil_map.go:41)	MOVL	$2, CX
	0x0066 00102 (recover_nil_map.go:41)	CALL	runtime.mapassign_fast64(SB)
	0x006b 00107 (recover_nil_map.go:41)	MOVB	$1, (AX)
	0x006e 00110 (recover_nil_map.go:41)	ADDQ	$32, SP
	0x0072 00114 (recover_nil_map.go:41)	POPQ	BP
	0x0073 00115 (recover_nil_map.go:41)	RET
	0x0074 00116 (recover_nil_map.go:41)	NOP
	0x0074 00116 (recover_nil_map.go:41)	PCDATA	$1, $-1
	0x0074 00116 (recover_nil_map.go:41)	PCDATA	$0, $-2
	0x0074 00116 (recover_nil_map.go:41)	CALL	runtime.morestack(SB)
	0x0079 00121 (recover_nil_map.go:41)	PCDATA	$0, $-1
	0x0079 00121 (recover_nil_map.go:41)	JMP	0
	0x0000 49 3b 66 10 76 6e 55 48 89 e5 48 83 ec 20 48 8b  I;f.vnUH..H.. H.
	0x0010 42 08 48 89 44 24 18 e8 00 00 00 00 83 3d 00 00  B.H.D$.......=..
	0x0020 00 00 00 75 07 48 8b 54 24 18 eb 14 48 8b 54 24  ...u.H.T$...H.T$
	0x0030 18 48 8b 32 e8 00 00 00 00 49 89 03 49 89 73 08  .H.2.....I..I.s.
	0x0040 48 89 02 48 89 c3 b9 01 00 00 00 48 8d 05 00 00  H..H.......H....
	0x0050 00 00 e8 00 00 00 00 48 8b 18 48 8d 05 00 00 00  .......H..H.....
	0x0060 00 b9 02 00 00 00 e8 00 00 00 00 c6 00 01 48 83  ..............H.
	0x0070 c4 20 5d c3 e8 00 00 00 00 eb 85                 . ]........
	rel 24+4 t=R_CALL runtime.makemap_small+0
	rel 30+4 t=R_PCREL runtime.writeBarrier+-1
	rel 53+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 78+4 t=R_PCREL type:map[int]map[int]bool+0
	rel 83+4 t=R_CALL runtime.mapaccess1_fast64+0
	rel 93+4 t=R_PCREL type:map[int]bool+0
	rel 103+4 t=R_CALL runtime.mapassign_fast64+0
	rel 117+4 t=R_CALL runtime.morestack+0
main.main.func3 STEXT size=75 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (recover_nil_map.go:37)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $40-0
	0x0000 00000 (recover_nil_map.go:37)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_map.go:37)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_map.go:37)	JLS	68
	0x0006 00006 (recover_nil_map.go:37)	PCDATA	$0, $-1
	0x0006 00006 (recover_nil_map.go:37)	PUSHQ	BP
	0x0007 00007 (recover_nil_map.go:37)	MOVQ	SP, BP
	0x000a 00010 (recover_nil_map.go:37)	SUBQ	$32, SP
	0x000e 00014 (recover_nil_map.go:37)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (recover_nil_map.go:37)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (recover_nil_map.go:37)	MOVQ	8(DX), AX
	0x0012 00018 (recover_nil_map.go:37)	MOVQ	AX, main.&r+24(SP)
	0x0017 00023 (recover_nil_map.go:37)	LEAQ	go:string."k"(SB), BX
	0x001e 00030 (recover_nil_map.go:37)	MOVL	$1, CX
	0x0023 00035 (recover_nil_map.go:37)	PCDATA	$1, $1
	0x0023 00035 (recover_nil_map.go:37)	CALL	main.(*Registry).Add(SB)
	0x0028 00040 (recover_nil_map.go:37)	MOVQ	main.&r+24(SP), AX
	0x002d 00045 (recover_nil_map.go:37)	LEAQ	go:string."k"(SB), BX
	0x0034 00052 (recover_nil_map.go:37)	MOVL	$1, CX
	0x0039 00057 (recover_nil_map.go:37)	PCDATA	$1, $0
	0x0039 00057 (recover_nil_map.go:37)	CALL	main.(*Registry).Add(SB)
	0x003e 00062 (recover_nil_map.go:37)	ADDQ	$32, SP
	0x0042 00066 (recover_nil_map.go:37)	POPQ	BP
	0x0043 00067 (recover_nil_map.go:37)	RET
	0x0044 00068 (recover_nil_map.go:37)	NOP
	0x0044 00068 (recover_nil_map.go:37)	PCDATA	$1, $-1
	0x0044 00068 (recover_nil_map.go:37)	PCDATA	$0, $-2
	0x0044 00068 (recover_nil_map.go:37)	CALL	runtime.morestack(SB)
	0x0049 00073 (recover_nil_map.go:37)	PCDATA	$0, $-1
	0x0049 00073 (recover_nil_map.go:37)	JMP	0
	0x0000 49 3b 66 10 76 3e 55 48 89 e5 48 83 ec 20 48 8b  I;f.v>UH..H.. H.
	0x0010 42 08 48 89 44 24 18 48 8d 1d 00 00 00 00 b9 01  B.H.D$.H........
	0x0020 00 00 00 e8 00 00 00 00 48 8b 44 24 18 48 8d 1d  ........H.D$.H..
	0x0030 00 00 00 00 b9 01 00 00 00 e8 00 00 00 00 48 83  ..............H.
	0x0040 c4 20 5d c3 e8 00 00 00 00 eb b5                 . ]........
	rel 26+4 t=R_PCREL go:string."k"+0
	rel 36+4 t=R_CALL main.(*Registry).Add+0
	rel 48+4 t=R_PCREL go:string."k"+0
	rel 58+4 t=R_CALL main.(*Registry).Add+0
	rel 69+4 t=R_CALL runtime.morestack+0
main.main.func2 STEXT size=50 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (recover_nil_map.go:35)	TEXT	main.main.func2(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (recover_nil_map.go:35)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_map.go:35)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_map.go:35)	JLS	43
	0x0006 00006 (recover_nil_map.go:35)	PCDATA	$0, $-1
	0x0006 00006 (recover_nil_map.go:35)	PUSHQ	BP
	0x0007 00007 (recover_nil_map.go:35)	MOVQ	SP, BP
	0x000a 00010 (recover_nil_map.go:35)	SUBQ	$24, SP
	0x000e 00014 (recover_nil_map.go:35)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_nil_map.go:35)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_nil_map.go:35)	MOVQ	8(DX), AX
	0x0012 00018 (recover_nil_map.go:35)	LEAQ	go:string."k"(SB), BX
	0x0019 00025 (recover_nil_map.go:35)	MOVL	$1, CX
	0x001e 00030 (recover_nil_map.go:35)	PCDATA	$1, $0
	0x001e 00030 (recover_nil_map.go:35)	NOP
	0x0020 00032 (recover_nil_map.go:35)	CALL	main.(*Registry).Add(SB)
	0x0025 00037 (recover_nil_map.go:35)	ADDQ	$24, SP
	0x0029 00041 (recover_nil_map.go:35)	POPQ	BP
	0x002a 00042 (recover_nil_map.go:35)	RET
	0x002b 00043 (recover_nil_map.go:35)	NOP
	0x002b 00043 (recover_nil_map.go:35)	PCDATA	$1, $-1
	0x002b 00043 (recover_nil_map.go:35)	PCDATA	$0, $-2
	0x002b 00043 (recover_nil_map.go:35)	CALL	runtime.morestack(SB)
	0x0030 00048 (recover_nil_map.go:35)	PCDATA	$0, $-1
	0x0030 00048 (recover_nil_map.go:35)	JMP	0
	0x0000 49 3b 66 10 76 25 55 48 89 e5 48 83 ec 18 48 8b  I;f.v%UH..H...H.
	0x0010 42 08 48 8d 1d 00 00 00 00 b9 01 00 00 00 66 90  B.H...........f.
	0x0020 e8 00 00 00 00 48 83 c4 18 5d c3 e8 00 00 00 00  .....H...]......
	0x0030 eb ce                                            ..
	rel 21+4 t=R_PCREL go:string."k"+0
	rel 33+4 t=R_CALL main.(*Registry).Add+0
	rel 44+4 t=R_CALL runtime.morestack+0
main.main.func1 STEXT size=62 align=0x0 args=0x0 locals=0x28 funcid=0x0
	0x0000 00000 (recover_nil_map.go:33)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $40-0
	0x0000 00000 (recover_nil_map.go:33)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_map.go:33)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_map.go:33)	JLS	55
	0x0006 00006 (recover_nil_map.go:33)	PCDATA	$0, $-1
	0x0006 00006 (recover_nil_map.go:33)	PUSHQ	BP
	0x0007 00007 (recover_nil_map.go:33)	MOVQ	SP, BP
	0x000a 00010 (recover_nil_map.go:33)	SUBQ	$32, SP
	0x000e 00014 (recover_nil_map.go:33)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_nil_map.go:33)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_nil_map.go:33)	MOVQ	8(DX), BX
	0x0012 00018 (recover_nil_map.go:33)	LEAQ	type:map[string]int(SB), AX
	0x0019 00025 (recover_nil_map.go:33)	LEAQ	go:string."a"(SB), CX
	0x0020 00032 (recover_nil_map.go:33)	MOVL	$1, DI
	0x0025 00037 (recover_nil_map.go:33)	PCDATA	$1, $0
	0x0025 00037 (recover_nil_map.go:33)	CALL	runtime.mapassign_faststr(SB)
	0x002a 00042 (recover_nil_map.go:33)	MOVQ	$1, (AX)
	0x0031 00049 (recover_nil_map.go:33)	ADDQ	$32, SP
	0x0035 00053 (recover_nil_map.go:33)	POPQ	BP
	0x0036 00054 (recover_nil_map.go:33)	RET
	0x0037 00055 (recover_nil_map.go:33)	NOP
	0x0037 00055 (recover_nil_map.go:33)	PCDATA	$1, $-1
	0x0037 00055 (recover_nil_map.go:33)	PCDATA	$0, $-2
	0x0037 00055 (recover_nil_map.go:33)	CALL	runtime.morestack(SB)
	0x003c 00060 (recover_nil_map.go:33)	PCDATA	$0, $-1
	0x003c 00060 (recover_nil_map.go:33)	JMP	0
	0x0000 49 3b 66 10 76 31 55 48 89 e5 48 83 ec 20 48 8b  I;f.v1UH..H.. H.
	0x0010 5a 08 48 8d 05 00 00 00 00 48 8d 0d 00 00 00 00  Z.H......H......
	0x0020 bf 01 00 00 00 e8 00 00 00 00 48 c7 00 01 00 00  ..........H.....
	0x0030 00 48 83 c4 20 5d c3 e8 00 00 00 00 eb c2        .H.. ]........
	rel 21+4 t=R_PCREL type:map[string]int+0
	rel 28+4 t=R_PCREL go:string."a"+0
	rel 38+4 t=R_CALL runtime.mapassign_faststr+0
	rel 56+4 t=R_CALL runtime.morestack+0
go:interface { Error() string }.Error STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	go:interface { Error() string }.Error(SB), DUPOK|WRAPPER|ABIInternal, $16-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	40
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$8, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, go:~p0+24(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, go:~p0+32(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, go:interface { Error() string }.Error.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, go:interface { Error() string }.Error.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:interface { Error() string }+80
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.interequal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.interequal+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*interface { Error() string }- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 69 6e 74 65 72 66 61 63 65 20 7b 20 45  ..*interface { E
	0x0010 72 72 6f 72 28 29 20 73 74 72 69 6e 67 20 7d     rror() string }
type:*interface { Error() string } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 43 57 6a 56 28 08 08 16 00 00 00 00 00 00 00 00  CWjV(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*interface { Error() string }-+0
	rel 48+8 t=R_ADDR type:interface { Error() string }+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
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
type:.namedata.Error. SRODATA dupok size=7 align=0x1
	0x0000 01 05 45 72 72 6f 72                             ..Error
type:interface { Error() string } SRODATA dupok size=88 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 79 b9 9c 4e 02 08 08 14 00 00 00 00 00 00 00 00  y..N............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*interface { Error() string }-+0
	rel 44+4 t=RelocType(-32763) type:*interface { Error() string }+0
	rel 56+8 t=R_ADDR type:interface { Error() string }+80
	rel 80+4 t=R_ADDROFF type:.namedata.Error.+0
	rel 84+4 t=R_ADDROFF type:func() string+0
type:.namedata.*map[int]bool- SRODATA dupok size=15 align=0x1
	0x0000 00 0d 2a 6d 61 70 5b 69 6e 74 5d 62 6f 6f 6c     ..*map[int]bool
type:*map[int]bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3d 86 73 a3 28 08 08 16 00 00 00 00 00 00 00 00  =.s.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int]bool-+0
	rel 48+8 t=R_ADDR type:map[int]bool+0
type:.namedata.*map.group[int]bool- SRODATA dupok size=21 align=0x1
	0x0000 00 13 2a 6d 61 70 2e 67 72 6f 75 70 5b 69 6e 74  ..*map.group[int
	0x0010 5d 62 6f 6f 6c                                   ]bool
type:noalg.*map.group[int]bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 11 ed 00 67 20 08 08 16 00 00 00 00 00 00 00 00  ...g ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int]bool-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[int]bool+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.*[8]struct { key int; elem bool }- SRODATA dupok size=35 align=0x1
	0x0000 00 21 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .!*[8]struct { k
	0x0010 65 79 20 69 6e 74 3b 20 65 6c 65 6d 20 62 6f 6f  ey int; elem boo
	0x0020 6c 20 7d                                         l }
type:noalg.*[8]struct { key int; elem bool } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4c ea eb 13 20 08 08 16 00 00 00 00 00 00 00 00  L... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int; elem bool }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key int; elem bool }+0
type:.namedata.*struct { key int; elem bool }- SRODATA dupok size=32 align=0x1
	0x0000 00 1e 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  ..*struct { key 
	0x0010 69 6e 74 3b 20 65 6c 65 6d 20 62 6f 6f 6c 20 7d  int; elem bool }
type:noalg.*struct { key int; elem bool } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e0 16 2b 62 20 08 08 16 00 00 00 00 00 00 00 00  ..+b ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int; elem bool }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem bool }+0
type:.importpath.. SRODATA dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.namedata.key- SRODATA dupok size=5 align=0x1
	0x0000 00 03 6b 65 79                                   ..key
type:.namedata.elem- SRODATA dupok size=6 align=0x1
	0x0000 00 04 65 6c 65 6d                                ..elem
type:noalg.struct { key int; elem bool } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 4b 98 fc 21 02 08 08 19 00 00 00 00 00 00 00 00  K..!............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int; elem bool }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key int; elem bool }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key int; elem bool }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:int+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:bool+0
type:.namedata.*[]struct { key int; elem bool }- SRODATA dupok size=34 align=0x1
	0x0000 00 20 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  . *[]struct { ke
	0x0010 79 20 69 6e 74 3b 20 65 6c 65 6d 20 62 6f 6f 6c  y int; elem bool
	0x0020 20 7d                                             }
type:*[]struct { key int; elem bool } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b3 c1 97 3a 28 08 08 16 00 00 00 00 00 00 00 00  ...:(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int; elem bool }-+0
	rel 48+8 t=R_ADDR type:[]struct { key int; elem bool }+0
type:[]struct { key int; elem bool } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9e 1d e7 21 02 08 08 17 00 00 00 00 00 00 00 00  ...!............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int; elem bool }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key int; elem bool }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem bool }+0
type:noalg.[8]struct { key int; elem bool } SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 f8 6a c6 12 02 08 08 11 00 00 00 00 00 00 00 00  .j..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int; elem bool }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key int; elem bool }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem bool }+0
	rel 56+8 t=R_ADDR type:[]struct { key int; elem bool }+0
type:.namedata.ctrl- SRODATA dupok size=6 align=0x1
	0x0000 00 04 63 74 72 6c                                ..ctrl
type:.namedata.slots- SRODATA dupok size=7 align=0x1
	0x0000 00 05 73 6c 6f 74 73                             ..slots
type:noalg.map.group[int]bool SRODATA dupok size=128 align=0x8
	0x0000 88 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 0d 04 b8 af 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int]bool-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[int]bool+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[int]bool+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key int; elem bool }+0
runtime.memhash64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memhash64+0
type:map[int]bool SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a1 4f cd a4 22 08 08 15 00 00 00 00 00 00 00 00  .O.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 88 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0070 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int]bool-+0
	rel 44+4 t=RelocType(-32763) type:*map[int]bool+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:bool+0
	rel 64+8 t=R_ADDR type:noalg.map.group[int]bool+0
	rel 72+8 t=R_ADDR runtime.memhash64·f+0
type:.namedata.*map[int]map[int]bool- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 6d 61 70 5b 69 6e 74 5d 6d 61 70 5b 69  ..*map[int]map[i
	0x0010 6e 74 5d 62 6f 6f 6c                             nt]bool
type:*map[int]map[int]bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f0 6d a8 5e 28 08 08 16 00 00 00 00 00 00 00 00  .m.^(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int]map[int]bool-+0
	rel 48+8 t=R_ADDR type:map[int]map[int]bool+0
type:.namedata.*map.group[int]map[int]bool- SRODATA dupok size=29 align=0x1
	0x0000 00 1b 2a 6d 61 70 2e 67 72 6f 75 70 5b 69 6e 74  ..*map.group[int
	0x0010 5d 6d 61 70 5b 69 6e 74 5d 62 6f 6f 6c           ]map[int]bool
type:noalg.*map.group[int]map[int]bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8a 14 46 b6 20 08 08 16 00 00 00 00 00 00 00 00  ..F. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int]map[int]bool-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[int]map[int]bool+0
runtime.gcbits.5455010000000000 SRODATA dupok size=8 align=0x8
	0x0000 54 55 01 00 00 00 00 00                          TU......
type:.namedata.*[8]struct { key int; elem map[int]bool }- SRODATA dupok size=43 align=0x1
	0x0000 00 29 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .)*[8]struct { k
	0x0010 65 79 20 69 6e 74 3b 20 65 6c 65 6d 20 6d 61 70  ey int; elem map
	0x0020 5b 69 6e 74 5d 62 6f 6f 6c 20 7d                 [int]bool }
type:noalg.*[8]struct { key int; elem map[int]bool } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0d 2a d5 e4 20 08 08 16 00 00 00 00 00 00 00 00  .*.. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int; elem map[int]bool }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key int; elem map[int]bool }+0
runtime.gcbits.aaaa000000000000 SRODATA dupok size=8 align=0x8
	0x0000 aa aa 00 00 00 00 00 00                          ........
type:.namedata.*struct { key int; elem map[int]bool }- SRODATA dupok size=40 align=0x1
	0x0000 00 26 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  .&*struct { key 
	0x0010 69 6e 74 3b 20 65 6c 65 6d 20 6d 61 70 5b 69 6e  int; elem map[in
	0x0020 74 5d 62 6f 6f 6c 20 7d                          t]bool }
type:noalg.*struct { key int; elem map[int]bool } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 40 25 87 da 20 08 08 16 00 00 00 00 00 00 00 00  @%.. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int; elem map[int]bool }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem map[int]bool }+0
type:noalg.struct { key int; elem map[int]bool } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 2b 05 95 7e 02 08 08 19 00 00 00 00 00 00 00 00  +..~............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int; elem map[int]bool }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key int; elem map[int]bool }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key int; elem map[int]bool }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:int+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:map[int]bool+0
type:.namedata.*[]struct { key int; elem map[int]bool }- SRODATA dupok size=42 align=0x1
	0x0000 00 28 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  .(*[]struct { ke
	0x0010 79 20 69 6e 74 3b 20 65 6c 65 6d 20 6d 61 70 5b  y int; elem map[
	0x0020 69 6e 74 5d 62 6f 6f 6c 20 7d                    int]bool }
type:*[]struct { key int; elem map[int]bool } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 30 58 62 87 28 08 08 16 00 00 00 00 00 00 00 00  0Xb.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int; elem map[int]bool }-+0
	rel 48+8 t=R_ADDR type:[]struct { key int; elem map[int]bool }+0
type:[]struct { key int; elem map[int]bool } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 70 7a a4 a2 02 08 08 17 00 00 00 00 00 00 00 00  pz..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int; elem map[int]bool }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key int; elem map[int]bool }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem map[int]bool }+0
type:noalg.[8]struct { key int; elem map[int]bool } SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 80 00 00 00 00 00 00 00  ................
	0x0010 d1 b6 d8 e3 02 08 08 11 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.aaaa000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int; elem map[int]bool }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key int; elem map[int]bool }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem map[int]bool }+0
	rel 56+8 t=R_ADDR type:[]struct { key int; elem map[int]bool }+0
type:noalg.map.group[int]map[int]bool SRODATA dupok size=128 align=0x8
	0x0000 88 00 00 00 00 00 00 00 88 00 00 00 00 00 00 00  ................
	0x0010 0f 81 89 79 02 08 08 19 00 00 00 00 00 00 00 00  ...y............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.5455010000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int]map[int]bool-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[int]map[int]bool+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[int]map[int]bool+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key int; elem map[int]bool }+0
type:map[int]map[int]bool SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 09 2f 74 d9 22 08 08 15 00 00 00 00 00 00 00 00  ./t."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 88 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0070 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int]map[int]bool-+0
	rel 44+4 t=RelocType(-32763) type:*map[int]map[int]bool+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:map[int]bool+0
	rel 64+8 t=R_ADDR type:noalg.map.group[int]map[int]bool+0
	rel 72+8 t=R_ADDR runtime.memhash64·f+0
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
type:.namedata.*main.Registry. SRODATA dupok size=16 align=0x1
	0x0000 01 0e 2a 6d 61 69 6e 2e 52 65 67 69 73 74 72 79  ..*main.Registry
type:.namedata.*func(*main.Registry, string)- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 52 65  ..*func(*main.Re
	0x0010 67 69 73 74 72 79 2c 20 73 74 72 69 6e 67 29     gistry, string)
type:*func(*main.Registry, string) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 44 20 fb 3b 28 08 08 16 00 00 00 00 00 00 00 00  D .;(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Registry, string)-+0
	rel 48+8 t=R_ADDR type:func(*main.Registry, string)+0
type:func(*main.Registry, string) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 40 8d 00 09 22 08 08 13 00 00 00 00 00 00 00 00  @..."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Registry, string)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Registry, string)+0
	rel 56+8 t=R_ADDR type:*main.Registry+0
	rel 64+8 t=R_ADDR type:string+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Add. SRODATA dupok size=5 align=0x1
	0x0000 01 03 41 64 64                                   ..Add
type:.namedata.*func(string)- SRODATA dupok size=15 align=0x1
	0x0000 00 0d 2a 66 75 6e 63 28 73 74 72 69 6e 67 29     ..*func(string)
type:*func(string) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0e b1 eb b9 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(string)-+0
	rel 48+8 t=R_ADDR type:func(string)+0
type:func(string) SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8c ae 53 08 22 08 08 13 00 00 00 00 00 00 00 00  ..S."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(string)-+0
	rel 44+4 t=RelocType(-32763) type:*func(string)+0
	rel 56+8 t=R_ADDR type:string+0
type:*main.Registry SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 51 c3 e1 d9 29 08 08 16 00 00 00 00 00 00 00 00  Q...)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Registry.+0
	rel 48+8 t=R_ADDR type:main.Registry+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Add.+0
	rel 76+4 t=R_METHODOFF type:func(string)+0
	rel 80+4 t=R_METHODOFF main.(*Registry).Add+0
	rel 84+4 t=R_METHODOFF main.(*Registry).Add+0
type:.namedata.m- SRODATA dupok size=3 align=0x1
	0x0000 00 01 6d                                         ..m
type:main.Registry SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 38 fc 76 b8 27 08 08 19 00 00 00 00 00 00 00 00  8.v.'...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Registry.+0
	rel 44+4 t=R_ADDROFF type:*main.Registry+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Registry+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.m-+0
	rel 104+8 t=R_ADDR type:map[string]int+0
go:string."-> ok" SRODATA dupok size=5 align=0x1
	0x0000 2d 3e 20 6f 6b                                   -> ok
go:string." -> ok\n" SRODATA dupok size=7 align=0x1
	0x0000 20 2d 3e 20 6f 6b 0a                              -> ok.
main..typeAssert.0 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00                                               .
	rel 0+8 t=R_ADDR runtime.emptyTypeAssertCache+0
	rel 8+8 t=R_ADDR type:interface { Error() string }+0
go:string."->" SRODATA dupok size=2 align=0x1
	0x0000 2d 3e                                            ->
go:string." -> " SRODATA dupok size=4 align=0x1
	0x0000 20 2d 3e 20                                       -> 
type:.eqfunc.M17 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 11 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }- SRODATA dupok size=389 align=0x1
	0x0000 00 82 03 2a 73 74 72 75 63 74 20 7b 20 43 61 63  ...*struct { Cac
	0x0010 68 65 20 2a 73 74 72 75 63 74 20 7b 20 4d 61 73  he *struct { Mas
	0x0020 6b 20 75 69 6e 74 70 74 72 3b 20 45 6e 74 72 69  k uintptr; Entri
	0x0030 65 73 20 5b 31 5d 73 74 72 75 63 74 20 7b 20 54  es [1]struct { T
	0x0040 79 70 20 75 69 6e 74 70 74 72 3b 20 49 74 61 62  yp uintptr; Itab
	0x0050 20 75 69 6e 74 70 74 72 20 7d 20 7d 3b 20 49 6e   uintptr } }; In
	0x0060 74 65 72 20 2a 73 74 72 75 63 74 20 7b 20 54 79  ter *struct { Ty
	0x0070 70 65 20 73 74 72 75 63 74 20 7b 20 53 69 7a 65  pe struct { Size
	0x0080 5f 20 75 69 6e 74 70 74 72 3b 20 50 74 72 42 79  _ uintptr; PtrBy
	0x0090 74 65 73 20 75 69 6e 74 70 74 72 3b 20 48 61 73  tes uintptr; Has
	0x00a0 68 20 75 69 6e 74 33 32 3b 20 54 46 6c 61 67 20  h uint32; TFlag 
	0x00b0 75 69 6e 74 38 3b 20 41 6c 69 67 6e 5f 20 75 69  uint8; Align_ ui
	0x00c0 6e 74 38 3b 20 46 69 65 6c 64 41 6c 69 67 6e 5f  nt8; FieldAlign_
	0x00d0 20 75 69 6e 74 38 3b 20 4b 69 6e 64 5f 20 75 69   uint8; Kind_ ui
	0x00e0 6e 74 38 3b 20 45 71 75 61 6c 20 75 6e 73 61 66  nt8; Equal unsaf
	0x00f0 65 2e 50 6f 69 6e 74 65 72 3b 20 47 43 44 61 74  e.Pointer; GCDat
	0x0100 61 20 2a 75 69 6e 74 38 3b 20 53 74 72 20 69 6e  a *uint8; Str in
	0x0110 74 33 32 3b 20 50 74 72 54 6f 54 68 69 73 20 69  t32; PtrToThis i
	0x0120 6e 74 33 32 20 7d 3b 20 50 6b 67 50 61 74 68 20  nt32 }; PkgPath 
	0x0130 73 74 72 75 63 74 20 7b 20 42 79 74 65 73 20 2a  struct { Bytes *
	0x0140 75 69 6e 74 38 20 7d 3b 20 4d 65 74 68 6f 64 73  uint8 }; Methods
	0x0150 20 5b 5d 73 74 72 75 63 74 20 7b 20 4e 61 6d 65   []struct { Name
	0x0160 20 69 6e 74 33 32 3b 20 54 79 70 20 69 6e 74 33   int32; Typ int3
	0x0170 32 20 7d 20 7d 3b 20 43 61 6e 46 61 69 6c 20 62  2 } }; CanFail b
	0x0180 6f 6f 6c 20 7d                                   ool }
type:*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 06 49 a7 78 28 08 08 16 00 00 00 00 00 00 00 00  .I.x(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }-+0
	rel 48+8 t=R_ADDR type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }+0
runtime.gcbits.0300000000000000 SRODATA dupok size=8 align=0x8
	0x0000 03 00 00 00 00 00 00 00                          ........
type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }- SRODATA dupok size=75 align=0x1
	0x0000 00 49 2a 73 74 72 75 63 74 20 7b 20 4d 61 73 6b  .I*struct { Mask
	0x0010 20 75 69 6e 74 70 74 72 3b 20 45 6e 74 72 69 65   uintptr; Entrie
	0x0020 73 20 5b 31 5d 73 74 72 75 63 74 20 7b 20 54 79  s [1]struct { Ty
	0x0030 70 20 75 69 6e 74 70 74 72 3b 20 49 74 61 62 20  p uintptr; Itab 
	0x0040 75 69 6e 74 70 74 72 20 7d 20 7d                 uintptr } }
type:.eqfunc.M24 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.memequal128·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal128+0
type:.namedata.*[1]struct { Typ uintptr; Itab uintptr }- SRODATA dupok size=42 align=0x1
	0x0000 00 28 2a 5b 31 5d 73 74 72 75 63 74 20 7b 20 54  .(*[1]struct { T
	0x0010 79 70 20 75 69 6e 74 70 74 72 3b 20 49 74 61 62  yp uintptr; Itab
	0x0020 20 75 69 6e 74 70 74 72 20 7d                     uintptr }
type:*[1]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 68 d6 05 da 28 08 08 16 00 00 00 00 00 00 00 00  h...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]struct { Typ uintptr; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:[1]struct { Typ uintptr; Itab uintptr }+0
type:.namedata.*struct { Typ uintptr; Itab uintptr }- SRODATA dupok size=39 align=0x1
	0x0000 00 25 2a 73 74 72 75 63 74 20 7b 20 54 79 70 20  .%*struct { Typ 
	0x0010 75 69 6e 74 70 74 72 3b 20 49 74 61 62 20 75 69  uintptr; Itab ui
	0x0020 6e 74 70 74 72 20 7d                             ntptr }
type:*struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 6a a8 34 30 28 08 08 16 00 00 00 00 00 00 00 00  j.40(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Typ uintptr; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Itab uintptr }+0
type:.namedata.Typ. SRODATA dupok size=5 align=0x1
	0x0000 01 03 54 79 70                                   ..Typ
type:.namedata.Itab. SRODATA dupok size=6 align=0x1
	0x0000 01 04 49 74 61 62                                ..Itab
type:struct { Typ uintptr; Itab uintptr } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 db 85 a0 2a 0a 08 08 19 00 00 00 00 00 00 00 00  ...*............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Typ uintptr; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Typ uintptr; Itab uintptr }+0
	rel 56+8 t=R_ADDR type:struct { Typ uintptr; Itab uintptr }+80
	rel 80+8 t=R_ADDR type:.namedata.Typ.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.Itab.+0
	rel 112+8 t=R_ADDR type:uintptr+0
type:.namedata.*[]struct { Typ uintptr; Itab uintptr }- SRODATA dupok size=41 align=0x1
	0x0000 00 27 2a 5b 5d 73 74 72 75 63 74 20 7b 20 54 79  .'*[]struct { Ty
	0x0010 70 20 75 69 6e 74 70 74 72 3b 20 49 74 61 62 20  p uintptr; Itab 
	0x0020 75 69 6e 74 70 74 72 20 7d                       uintptr }
type:*[]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c8 78 f2 9f 28 08 08 16 00 00 00 00 00 00 00 00  .x..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Typ uintptr; Itab uintptr }-+0
	rel 48+8 t=R_ADDR type:[]struct { Typ uintptr; Itab uintptr }+0
type:[]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a8 35 dd 88 02 08 08 17 00 00 00 00 00 00 00 00  .5..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Typ uintptr; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { Typ uintptr; Itab uintptr }+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Itab uintptr }+0
type:[1]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=72 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 86 a7 6f bb 0a 08 08 11 00 00 00 00 00 00 00 00  ..o.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[1]struct { Typ uintptr; Itab uintptr }-+0
	rel 44+4 t=RelocType(-32763) type:*[1]struct { Typ uintptr; Itab uintptr }+0
	rel 48+8 t=R_ADDR type:struct { Typ uintptr; Itab uintptr }+0
	rel 56+8 t=R_ADDR type:[]struct { Typ uintptr; Itab uintptr }+0
type:.namedata.Mask. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4d 61 73 6b                                ..Mask
type:.namedata.Entries. SRODATA dupok size=9 align=0x1
	0x0000 01 07 45 6e 74 72 69 65 73                       ..Entries
type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } } SRODATA dupok size=128 align=0x8
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 e1 10 5d 01 0a 08 08 19 00 00 00 00 00 00 00 00  ..].............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.M24+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }+0
	rel 56+8 t=R_ADDR type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }+80
	rel 80+8 t=R_ADDR type:.namedata.Mask.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.Entries.+0
	rel 112+8 t=R_ADDR type:[1]struct { Typ uintptr; Itab uintptr }+0
type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 10 2f 04 74 28 08 08 16 00 00 00 00 00 00 00 00  ./.t(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }-+0
	rel 48+8 t=R_ADDR type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }+0
type:.namedata.*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }- SRODATA dupok size=276 align=0x1
	0x0000 00 91 02 2a 73 74 72 75 63 74 20 7b 20 54 79 70  ...*struct { Typ
	0x0010 65 20 73 74 72 75 63 74 20 7b 20 53 69 7a 65 5f  e struct { Size_
	0x0020 20 75 69 6e 74 70 74 72 3b 20 50 74 72 42 79 74   uintptr; PtrByt
	0x0030 65 73 20 75 69 6e 74 70 74 72 3b 20 48 61 73 68  es uintptr; Hash
	0x0040 20 75 69 6e 74 33 32 3b 20 54 46 6c 61 67 20 75   uint32; TFlag u
	0x0050 69 6e 74 38 3b 20 41 6c 69 67 6e 5f 20 75 69 6e  int8; Align_ uin
	0x0060 74 38 3b 20 46 69 65 6c 64 41 6c 69 67 6e 5f 20  t8; FieldAlign_ 
	0x0070 75 69 6e 74 38 3b 20 4b 69 6e 64 5f 20 75 69 6e  uint8; Kind_ uin
	0x0080 74 38 3b 20 45 71 75 61 6c 20 75 6e 73 61 66 65  t8; Equal unsafe
	0x0090 2e 50 6f 69 6e 74 65 72 3b 20 47 43 44 61 74 61  .Pointer; GCData
	0x00a0 20 2a 75 69 6e 74 38 3b 20 53 74 72 20 69 6e 74   *uint8; Str int
	0x00b0 33 32 3b 20 50 74 72 54 6f 54 68 69 73 20 69 6e  32; PtrToThis in
	0x00c0 74 33 32 20 7d 3b 20 50 6b 67 50 61 74 68 20 73  t32 }; PkgPath s
	0x00d0 74 72 75 63 74 20 7b 20 42 79 74 65 73 20 2a 75  truct { Bytes *u
	0x00e0 69 6e 74 38 20 7d 3b 20 4d 65 74 68 6f 64 73 20  int8 }; Methods 
	0x00f0 5b 5d 73 74 72 75 63 74 20 7b 20 4e 61 6d 65 20  []struct { Name 
	0x0100 69 6e 74 33 32 3b 20 54 79 70 20 69 6e 74 33 32  int32; Typ int32
	0x0110 20 7d 20 7d                                       } }
runtime.gcbits.d800000000000000 SRODATA dupok size=8 align=0x8
	0x0000 d8 00 00 00 00 00 00 00                          ........
type:.eqfunc.M48 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 30 00 00 00 00 00 00 00  ........0.......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:.namedata.*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }- SRODATA dupok size=183 align=0x1
	0x0000 00 b4 01 2a 73 74 72 75 63 74 20 7b 20 53 69 7a  ...*struct { Siz
	0x0010 65 5f 20 75 69 6e 74 70 74 72 3b 20 50 74 72 42  e_ uintptr; PtrB
	0x0020 79 74 65 73 20 75 69 6e 74 70 74 72 3b 20 48 61  ytes uintptr; Ha
	0x0030 73 68 20 75 69 6e 74 33 32 3b 20 54 46 6c 61 67  sh uint32; TFlag
	0x0040 20 75 69 6e 74 38 3b 20 41 6c 69 67 6e 5f 20 75   uint8; Align_ u
	0x0050 69 6e 74 38 3b 20 46 69 65 6c 64 41 6c 69 67 6e  int8; FieldAlign
	0x0060 5f 20 75 69 6e 74 38 3b 20 4b 69 6e 64 5f 20 75  _ uint8; Kind_ u
	0x0070 69 6e 74 38 3b 20 45 71 75 61 6c 20 75 6e 73 61  int8; Equal unsa
	0x0080 66 65 2e 50 6f 69 6e 74 65 72 3b 20 47 43 44 61  fe.Pointer; GCDa
	0x0090 74 61 20 2a 75 69 6e 74 38 3b 20 53 74 72 20 69  ta *uint8; Str i
	0x00a0 6e 74 33 32 3b 20 50 74 72 54 6f 54 68 69 73 20  nt32; PtrToThis 
	0x00b0 69 6e 74 33 32 20 7d                             int32 }
type:*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 02 b5 e2 b8 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }-+0
	rel 48+8 t=R_ADDR type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+0
runtime.gcbits.1800000000000000 SRODATA dupok size=8 align=0x8
	0x0000 18 00 00 00 00 00 00 00                          ........
type:.namedata.Size_. SRODATA dupok size=7 align=0x1
	0x0000 01 05 53 69 7a 65 5f                             ..Size_
type:.namedata.PtrBytes. SRODATA dupok size=10 align=0x1
	0x0000 01 08 50 74 72 42 79 74 65 73                    ..PtrBytes
type:.namedata.Hash. SRODATA dupok size=6 align=0x1
	0x0000 01 04 48 61 73 68                                ..Hash
type:.namedata.TFlag. SRODATA dupok size=7 align=0x1
	0x0000 01 05 54 46 6c 61 67                             ..TFlag
type:.namedata.Align_. SRODATA dupok size=8 align=0x1
	0x0000 01 06 41 6c 69 67 6e 5f                          ..Align_
type:.namedata.FieldAlign_. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 46 69 65 6c 64 41 6c 69 67 6e 5f           ..FieldAlign_
type:.namedata.Kind_. SRODATA dupok size=7 align=0x1
	0x0000 01 05 4b 69 6e 64 5f                             ..Kind_
type:.namedata.Equal. SRODATA dupok size=7 align=0x1
	0x0000 01 05 45 71 75 61 6c                             ..Equal
type:.namedata.GCData. SRODATA dupok size=8 align=0x1
	0x0000 01 06 47 43 44 61 74 61                          ..GCData
type:.namedata.Str. SRODATA dupok size=5 align=0x1
	0x0000 01 03 53 74 72                                   ..Str
type:.namedata.PtrToThis. SRODATA dupok size=11 align=0x1
	0x0000 01 09 50 74 72 54 6f 54 68 69 73                 ..PtrToThis
type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 } SRODATA dupok size=344 align=0x8
	0x0000 30 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  0.......(.......
	0x0010 df 8b 27 19 0a 08 08 19 00 00 00 00 00 00 00 00  ..'.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 0b 00 00 00 00 00 00 00 0b 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00 14 00 00 00 00 00 00 00  ................
	0x00b0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00c0 15 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00d0 00 00 00 00 00 00 00 00 16 00 00 00 00 00 00 00  ................
	0x00e0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00f0 17 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0100 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0110 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0120 20 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ...............
	0x0130 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	0x0140 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0150 2c 00 00 00 00 00 00 00                          ,.......
	rel 24+8 t=R_ADDR type:.eqfunc.M48+0
	rel 32+8 t=R_ADDR runtime.gcbits.1800000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+0
	rel 56+8 t=R_ADDR type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+80
	rel 80+8 t=R_ADDR type:.namedata.Size_.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.PtrBytes.+0
	rel 112+8 t=R_ADDR type:uintptr+0
	rel 128+8 t=R_ADDR type:.namedata.Hash.+0
	rel 136+8 t=R_ADDR type:uint32+0
	rel 152+8 t=R_ADDR type:.namedata.TFlag.+0
	rel 160+8 t=R_ADDR type:uint8+0
	rel 176+8 t=R_ADDR type:.namedata.Align_.+0
	rel 184+8 t=R_ADDR type:uint8+0
	rel 200+8 t=R_ADDR type:.namedata.FieldAlign_.+0
	rel 208+8 t=R_ADDR type:uint8+0
	rel 224+8 t=R_ADDR type:.namedata.Kind_.+0
	rel 232+8 t=R_ADDR type:uint8+0
	rel 248+8 t=R_ADDR type:.namedata.Equal.+0
	rel 256+8 t=R_ADDR type:unsafe.Pointer+0
	rel 272+8 t=R_ADDR type:.namedata.GCData.+0
	rel 280+8 t=R_ADDR type:*uint8+0
	rel 296+8 t=R_ADDR type:.namedata.Str.+0
	rel 304+8 t=R_ADDR type:int32+0
	rel 320+8 t=R_ADDR type:.namedata.PtrToThis.+0
	rel 328+8 t=R_ADDR type:int32+0
type:.namedata.*struct { Bytes *uint8 }- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 73 74 72 75 63 74 20 7b 20 42 79 74 65  ..*struct { Byte
	0x0010 73 20 2a 75 69 6e 74 38 20 7d                    s *uint8 }
type:*struct { Bytes *uint8 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ae f3 83 e0 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Bytes *uint8 }-+0
	rel 48+8 t=R_ADDR type:struct { Bytes *uint8 }+0
type:.namedata.Bytes. SRODATA dupok size=7 align=0x1
	0x0000 01 05 42 79 74 65 73                             ..Bytes
type:struct { Bytes *uint8 } SRODATA dupok size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5b b6 9b 9b 2a 08 08 19 00 00 00 00 00 00 00 00  [...*...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Bytes *uint8 }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Bytes *uint8 }+0
	rel 56+8 t=R_ADDR type:struct { Bytes *uint8 }+80
	rel 80+8 t=R_ADDR type:.namedata.Bytes.+0
	rel 88+8 t=R_ADDR type:*uint8+0
type:.namedata.*[]struct { Name int32; Typ int32 }- SRODATA dupok size=37 align=0x1
	0x0000 00 23 2a 5b 5d 73 74 72 75 63 74 20 7b 20 4e 61  .#*[]struct { Na
	0x0010 6d 65 20 69 6e 74 33 32 3b 20 54 79 70 20 69 6e  me int32; Typ in
	0x0020 74 33 32 20 7d                                   t32 }
type:*[]struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f3 48 29 f7 28 08 08 16 00 00 00 00 00 00 00 00  .H).(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Name int32; Typ int32 }-+0
	rel 48+8 t=R_ADDR type:[]struct { Name int32; Typ int32 }+0
type:.namedata.*struct { Name int32; Typ int32 }- SRODATA dupok size=35 align=0x1
	0x0000 00 21 2a 73 74 72 75 63 74 20 7b 20 4e 61 6d 65  .!*struct { Name
	0x0010 20 69 6e 74 33 32 3b 20 54 79 70 20 69 6e 74 33   int32; Typ int3
	0x0020 32 20 7d                                         2 }
type:*struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 2b b2 f8 3c 28 08 08 16 00 00 00 00 00 00 00 00  +..<(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Name int32; Typ int32 }-+0
	rel 48+8 t=R_ADDR type:struct { Name int32; Typ int32 }+0
type:.namedata.Name. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4e 61 6d 65                                ..Name
type:struct { Name int32; Typ int32 } SRODATA dupok size=128 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 70 40 f5 d0 0a 04 04 19 00 00 00 00 00 00 00 00  p@..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Name int32; Typ int32 }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Name int32; Typ int32 }+0
	rel 56+8 t=R_ADDR type:struct { Name int32; Typ int32 }+80
	rel 80+8 t=R_ADDR type:.namedata.Name.+0
	rel 88+8 t=R_ADDR type:int32+0
	rel 104+8 t=R_ADDR type:.namedata.Typ.+0
	rel 112+8 t=R_ADDR type:int32+0
type:[]struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 14 9c 61 d5 02 08 08 17 00 00 00 00 00 00 00 00  ..a.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { Name int32; Typ int32 }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { Name int32; Typ int32 }+0
	rel 48+8 t=R_ADDR type:struct { Name int32; Typ int32 }+0
type:.namedata.Type. SRODATA dupok size=6 align=0x1
	0x0000 01 04 54 79 70 65                                ..Type
type:.namedata.PkgPath. SRODATA dupok size=9 align=0x1
	0x0000 01 07 50 6b 67 50 61 74 68                       ..PkgPath
type:.namedata.Methods. SRODATA dupok size=9 align=0x1
	0x0000 01 07 4d 65 74 68 6f 64 73                       ..Methods
type:struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=152 align=0x8
	0x0000 50 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  P.......@.......
	0x0010 e5 c7 ba fd 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 30 00 00 00 00 00 00 00  ........0.......
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 38 00 00 00 00 00 00 00                          8.......
	rel 32+8 t=R_ADDR runtime.gcbits.d800000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
	rel 56+8 t=R_ADDR type:struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+80
	rel 80+8 t=R_ADDR type:.namedata.Type.+0
	rel 88+8 t=R_ADDR type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }+0
	rel 104+8 t=R_ADDR type:.namedata.PkgPath.+0
	rel 112+8 t=R_ADDR type:struct { Bytes *uint8 }+0
	rel 128+8 t=R_ADDR type:.namedata.Methods.+0
	rel 136+8 t=R_ADDR type:[]struct { Name int32; Typ int32 }+0
type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f0 fb ae 4a 28 08 08 16 00 00 00 00 00 00 00 00  ...J(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }-+0
	rel 48+8 t=R_ADDR type:struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
type:.namedata.Cache. SRODATA dupok size=7 align=0x1
	0x0000 01 05 43 61 63 68 65                             ..Cache
type:.namedata.Inter. SRODATA dupok size=7 align=0x1
	0x0000 01 05 49 6e 74 65 72                             ..Inter
type:.namedata.CanFail. SRODATA dupok size=9 align=0x1
	0x0000 01 07 43 61 6e 46 61 69 6c                       ..CanFail
type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool } SRODATA dupok size=152 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 01 09 29 f8 02 08 08 19 00 00 00 00 00 00 00 00  ..).............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M17+0
	rel 32+8 t=R_ADDR runtime.gcbits.0300000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }-+0
	rel 44+4 t=RelocType(-32763) type:*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }+0
	rel 56+8 t=R_ADDR type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }+80
	rel 80+8 t=R_ADDR type:.namedata.Cache.+0
	rel 88+8 t=R_ADDR type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }+0
	rel 104+8 t=R_ADDR type:.namedata.Inter.+0
	rel 112+8 t=R_ADDR type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }+0
	rel 128+8 t=R_ADDR type:.namedata.CanFail.+0
	rel 136+8 t=R_ADDR type:bool+0
go:string."len" SRODATA dupok size=3 align=0x1
	0x0000 6c 65 6e                                         len
go:string."read" SRODATA dupok size=4 align=0x1
	0x0000 72 65 61 64                                      read
go:string."x" SRODATA dupok size=1 align=0x1
	0x0000 78                                               x
go:string."len " SRODATA dupok size=4 align=0x1
	0x0000 6c 65 6e 20                                      len 
go:string." read " SRODATA dupok size=6 align=0x1
	0x0000 20 72 65 61 64 20                                 read 
go:string."y" SRODATA dupok size=1 align=0x1
	0x0000 79                                               y
go:string."z" SRODATA dupok size=1 align=0x1
	0x0000 7a                                               z
go:string."range count" SRODATA dupok size=11 align=0x1
	0x0000 72 61 6e 67 65 20 63 6f 75 6e 74                 range count
go:string."range count " SRODATA dupok size=12 align=0x1
	0x0000 72 61 6e 67 65 20 63 6f 75 6e 74 20              range count 
go:string."nil map write" SRODATA dupok size=13 align=0x1
	0x0000 6e 69 6c 20 6d 61 70 20 77 72 69 74 65           nil map write
go:string."nil map via method" SRODATA dupok size=18 align=0x1
	0x0000 6e 69 6c 20 6d 61 70 20 76 69 61 20 6d 65 74 68  nil map via meth
	0x0010 6f 64                                            od
go:string."after make" SRODATA dupok size=10 align=0x1
	0x0000 61 66 74 65 72 20 6d 61 6b 65                    after make
go:string."k" SRODATA dupok size=1 align=0x1
	0x0000 6b                                               k
go:string."nested nil" SRODATA dupok size=10 align=0x1
	0x0000 6e 65 73 74 65 64 20 6e 69 6c                    nested nil
go:string."a" SRODATA dupok size=1 align=0x1
	0x0000 61                                               a
type:.namedata.*func()- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 66 75 6e 63 28 29                       ..*func()
type:*func() SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 75 53 d6 d8 28 08 08 16 00 00 00 00 00 00 00 00  uS..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func()-+0
	rel 48+8 t=R_ADDR type:func()+0
type:func() SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fe 05 46 7f 22 08 08 13 00 00 00 00 00 00 00 00  ..F."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func()-+0
	rel 44+4 t=RelocType(-32763) type:*func()+0
runtime.gcbits.0f06000000000000 SRODATA dupok size=8 align=0x8
	0x0000 0f 06 00 00 00 00 00 00                          ........
runtime.gcbits.0400000000000000 SRODATA dupok size=8 align=0x8
	0x0000 04 00 00 00 00 00 00 00                          ........
gclocals·QDNDPDj3dRUSzU7zaTc1Bg== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 03 00 00 00 05 01 00                 ...........
gclocals·w7E7A4u13Ua3Tlm6A/av2Q== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 04 00 00 00 00 08 08                 ...........
main.try.stkobj SRODATA static size=24 align=0x8
	0x0000 01 00 00 00 00 00 00 00 e0 ff ff ff 18 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.try.opendefer SRODATA dupok size=2 align=0x1
	0x0000 21 08                                            !.
main.try.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 fd 10 08 ff                       .........
main.try.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 03                                         ...
gclocals·Dj7m7VTqKq6fxJqfrrXabg== SRODATA dupok size=8 align=0x4
	0x0000 05 00 00 00 00 00 00 00                          ........
gclocals·cvO7BHZ/KlBpSG9rcBZWMg== SRODATA dupok size=13 align=0x4
	0x0000 05 00 00 00 03 00 00 00 00 02 03 06 04           .............
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.(*Registry).Add.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 00 08 fe 08 08 10 08 fd ff                       .........
main.(*Registry).Add.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·1w/+w+jwSrpi6RI4CI05fg== SRODATA dupok size=43 align=0x4
	0x0000 05 00 00 00 33 00 00 00 00 00 00 00 00 00 00 00  ....3...........
	0x0010 00 00 00 80 07 03 00 00 00 20 00 00 00 01 00 00  ......... ......
	0x0020 00 00 00 00 02 00 00 00 00 00 00                 ...........
main.main.stkobj SRODATA static size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 68 fe ff ff 08 00 00 00  ........h.......
	0x0010 08 00 00 00 00 00 00 00 70 fe ff ff 08 00 00 00  ........p.......
	0x0020 08 00 00 00 00 00 00 00 78 fe ff ff c8 00 00 00  ........x.......
	0x0030 b8 00 00 00 00 00 00 00 40 ff ff ff 30 00 00 00  ........@...0...
	0x0040 18 00 00 00 00 00 00 00 70 ff ff ff 10 00 00 00  ........p.......
	0x0050 10 00 00 00 00 00 00 00 80 ff ff ff 10 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 90 ff ff ff 10 00 00 00  ................
	0x0070 10 00 00 00 00 00 00 00 a0 ff ff ff 60 00 00 00  ............`...
	0x0080 58 00 00 00 00 00 00 00                          X.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.9224490000000000+0
	rel 68+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 84+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 100+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 116+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 132+4 t=R_ADDROFF runtime.gcbits.0f06000000000000+0
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
go:interface { Error() string }.Error.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
go:interface { Error() string }.Error.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
