funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (map_struct_float_keys.go:11)	TEXT	main.main(SB), ABIInternal, $2168-0
     0        00000 (map_struct_float_keys.go:11)	TEXT	main.main(SB), ABIInternal, $2168-0
     0     -1 00000 (map_struct_float_keys.go:11)	LEAQ	-2040(SP), R12
     8        00008 (map_struct_float_keys.go:11)	CMPQ	R12, 16(R14)
     c        00012 (map_struct_float_keys.go:11)	PCDATA	$0, $-2
     c        00012 (map_struct_float_keys.go:11)	JLS	3891
    12        00018 (map_struct_float_keys.go:11)	PCDATA	$0, $-1
    12        00018 (map_struct_float_keys.go:11)	PUSHQ	BP
    13        00019 (map_struct_float_keys.go:11)	MOVQ	SP, BP
    16        00022 (map_struct_float_keys.go:11)	SUBQ	$2160, SP
    1d        00029 (map_struct_float_keys.go:11)	FUNCDATA	$0, gclocals·8ydwDILTM6opVpLxgUBAqQ==(SB)
    1d        00029 (map_struct_float_keys.go:11)	FUNCDATA	$1, gclocals·hISIcWMV/jc6GcZwjoT/8Q==(SB)
    1d        00029 (map_struct_float_keys.go:11)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (map_struct_float_keys.go:12)	LEAQ	main..autotmp_29+1872(SP), AX
    25        00037 (map_struct_float_keys.go:12)	MOVUPS	X15, (AX)
    29        00041 (map_struct_float_keys.go:12)	MOVUPS	X15, 16(AX)
    2e        00046 (map_struct_float_keys.go:12)	MOVUPS	X15, 32(AX)
    33        00051 (map_struct_float_keys.go:12)	LEAQ	main..autotmp_30+1608(SP), AX
    3b        00059 (map_struct_float_keys.go:12)	MOVL	$4, CX
    40        00064 (map_struct_float_keys.go:12)	MOVUPS	X15, (AX)
    44        00068 (map_struct_float_keys.go:12)	MOVUPS	X15, 16(AX)
    49        00073 (map_struct_float_keys.go:12)	MOVUPS	X15, 32(AX)
    4e        00078 (map_struct_float_keys.go:12)	MOVUPS	X15, 48(AX)
    53        00083 (map_struct_float_keys.go:12)	ADDQ	$64, AX
    57        00087 (map_struct_float_keys.go:12)	DECL	CX
    59        00089 (map_struct_float_keys.go:12)	JNE	64
    5b        00091 (map_struct_float_keys.go:12)	MOVUPS	X15, -8(AX)
    60        00096 (map_struct_float_keys.go:12)	MOVQ	$-9187201950435737472, AX
    6a        00106 (map_struct_float_keys.go:12)	MOVQ	AX, main..autotmp_30+1608(SP)
    72        00114 (map_struct_float_keys.go:12)	LEAQ	main..autotmp_30+1608(SP), AX
    7a        00122 (map_struct_float_keys.go:12)	MOVQ	AX, main..autotmp_29+1888(SP)
    82        00130 (map_struct_float_keys.go:12)	PCDATA	$1, $1
    82        00130 (map_struct_float_keys.go:12)	CALL	runtime.rand(SB)
    87        00135 (map_struct_float_keys.go:12)	MOVQ	AX, main..autotmp_29+1880(SP)
    8f        00143 (map_struct_float_keys.go:13)	XORL	AX, AX
    91        00145 (map_struct_float_keys.go:13)	JMP	150
    93        00147 (map_struct_float_keys.go:13)	INCQ	AX
    96        00150 (map_struct_float_keys.go:13)	CMPQ	AX, $3
    9a        00154 (map_struct_float_keys.go:13)	JGE	279
    9c        00156 (map_struct_float_keys.go:13)	MOVQ	AX, main.x+40(SP)
    a1        00161 (map_struct_float_keys.go:14)	XORL	DX, DX
    a3        00163 (map_struct_float_keys.go:14)	JMP	168
    a5        00165 (map_struct_float_keys.go:14)	INCQ	DX
    a8        00168 (map_struct_float_keys.go:14)	CMPQ	DX, $3
    ac        00172 (map_struct_float_keys.go:14)	JGE	147
    ae        00174 (map_struct_float_keys.go:15)	CMPQ	DX, AX
    b1        00177 (map_struct_float_keys.go:15)	JEQ	165
    b3        00179 (map_struct_float_keys.go:14)	MOVQ	DX, main.y+32(SP)
    b8        00184 (map_struct_float_keys.go:16)	MOVQ	AX, main..autotmp_17+560(SP)
    c0        00192 (map_struct_float_keys.go:16)	MOVQ	DX, main..autotmp_17+568(SP)
    c8        00200 (map_struct_float_keys.go:16)	LEAQ	type:map[main.Point]string(SB), AX
    cf        00207 (map_struct_float_keys.go:16)	LEAQ	main..autotmp_29+1872(SP), BX
    d7        00215 (map_struct_float_keys.go:16)	LEAQ	main..autotmp_17+560(SP), CX
    df        00223 (map_struct_float_keys.go:16)	NOP
    e0        00224 (map_struct_float_keys.go:16)	CALL	runtime.mapassign(SB)
    e5        00229 (map_struct_float_keys.go:16)	MOVQ	$3, 8(AX)
    ed        00237 (map_struct_float_keys.go:16)	CMPL	runtime.writeBarrier(SB), $0
    f4        00244 (map_struct_float_keys.go:16)	PCDATA	$0, $-2
    f4        00244 (map_struct_float_keys.go:16)	JEQ	257
    f6        00246 (map_struct_float_keys.go:16)	MOVQ	(AX), DX
    f9        00249 (map_struct_float_keys.go:16)	CALL	runtime.gcWriteBarrier1(SB)
    fe        00254 (map_struct_float_keys.go:16)	MOVQ	DX, (R11)
   101        00257 (map_struct_float_keys.go:16)	LEAQ	go:string."off"(SB), DX
   108        00264 (map_struct_float_keys.go:16)	MOVQ	DX, (AX)
   10b        00267 (map_struct_float_keys.go:15)	PCDATA	$0, $-1
   10b        00267 (map_struct_float_keys.go:15)	MOVQ	main.x+40(SP), AX
   110        00272 (map_struct_float_keys.go:14)	MOVQ	main.y+32(SP), DX
   115        00277 (map_struct_float_keys.go:16)	JMP	165
   117        00279 (map_struct_float_keys.go:20)	LEAQ	type:map[main.Point]string(SB), AX
   11e        00286 (map_struct_float_keys.go:20)	LEAQ	main..autotmp_29+1872(SP), BX
   126        00294 (map_struct_float_keys.go:20)	LEAQ	main..stmp_0(SB), CX
   12d        00301 (map_struct_float_keys.go:20)	CALL	runtime.mapassign(SB)
   132        00306 (map_struct_float_keys.go:20)	MOVQ	$4, 8(AX)
   13a        00314 (map_struct_float_keys.go:37)	XORPS	X0, X0
   13d        00317 (map_struct_float_keys.go:37)	MOVSD	$f64.8000000000000000(SB), X1
   145        00325 (map_struct_float_keys.go:37)	PXOR	X1, X0
   149        00329 (map_struct_float_keys.go:37)	MOVSD	X0, main..autotmp_123+624(SP)
   152        00338 (map_struct_float_keys.go:20)	CMPL	runtime.writeBarrier(SB), $0
   159        00345 (map_struct_float_keys.go:20)	PCDATA	$0, $-2
   159        00345 (map_struct_float_keys.go:20)	JEQ	360
   15b        00347 (map_struct_float_keys.go:20)	MOVQ	(AX), DX
   15e        00350 (map_struct_float_keys.go:20)	NOP
   160        00352 (map_struct_float_keys.go:20)	CALL	runtime.gcWriteBarrier1(SB)
   165        00357 (map_struct_float_keys.go:20)	MOVQ	DX, (R11)
   168        00360 (map_struct_float_keys.go:20)	LEAQ	go:string."diag"(SB), DX
   16f        00367 (map_struct_float_keys.go:20)	MOVQ	DX, (AX)
   172        00370 (map_struct_float_keys.go:21)	PCDATA	$0, $-1
   172        00370 (map_struct_float_keys.go:21)	MOVQ	main..autotmp_29+1872(SP), DX
   17a        00378 (map_struct_float_keys.go:21)	MOVQ	DX, main..autotmp_124+616(SP)
   182        00386 (map_struct_float_keys.go:21)	LEAQ	type:map[main.Point]string(SB), AX
   189        00393 (map_struct_float_keys.go:21)	LEAQ	main..autotmp_29+1872(SP), BX
   191        00401 (map_struct_float_keys.go:21)	LEAQ	main..stmp_1(SB), CX
   198        00408 (map_struct_float_keys.go:21)	CALL	runtime.mapaccess1(SB)
   19d        00413 (map_struct_float_keys.go:21)	MOVQ	(AX), DX
   1a0        00416 (map_struct_float_keys.go:21)	MOVQ	DX, main..autotmp_125+2104(SP)
   1a8        00424 (map_struct_float_keys.go:21)	MOVQ	8(AX), DX
   1ac        00428 (map_struct_float_keys.go:21)	MOVQ	DX, main..autotmp_126+608(SP)
   1b4        00436 (map_struct_float_keys.go:21)	LEAQ	type:map[main.Point]string(SB), AX
   1bb        00443 (map_struct_float_keys.go:21)	LEAQ	main..autotmp_29+1872(SP), BX
   1c3        00451 (map_struct_float_keys.go:21)	LEAQ	main..stmp_2(SB), CX
   1ca        00458 (map_struct_float_keys.go:21)	PCDATA	$1, $2
   1ca        00458 (map_struct_float_keys.go:21)	CALL	runtime.mapaccess1(SB)
   1cf        00463 (map_struct_float_keys.go:21)	MOVQ	(AX), DX
   1d2        00466 (map_struct_float_keys.go:21)	MOVQ	DX, main..autotmp_127+2096(SP)
   1da        00474 (map_struct_float_keys.go:21)	MOVQ	8(AX), DX
   1de        00478 (map_struct_float_keys.go:21)	MOVQ	DX, main..autotmp_128+600(SP)
   1e6        00486 (map_struct_float_keys.go:21)	LEAQ	type:map[main.Point]string(SB), AX
   1ed        00493 (map_struct_float_keys.go:21)	LEAQ	main..autotmp_29+1872(SP), BX
   1f5        00501 (map_struct_float_keys.go:21)	LEAQ	main..stmp_3(SB), CX
   1fc        00508 (map_struct_float_keys.go:21)	PCDATA	$1, $3
   1fc        00508 (map_struct_float_keys.go:21)	NOP
   200        00512 (map_struct_float_keys.go:21)	CALL	runtime.mapaccess1(SB)
   205        00517 (map_struct_float_keys.go:32)	XORPS	X0, X0
   208        00520 (map_struct_float_keys.go:32)	DIVSD	X0, X0
   20c        00524 (map_struct_float_keys.go:32)	MOVSD	X0, main.nan+56(SP)
   212        00530 (map_struct_float_keys.go:21)	MOVQ	8(AX), DX
   216        00534 (map_struct_float_keys.go:21)	MOVQ	DX, main..autotmp_129+592(SP)
   21e        00542 (map_struct_float_keys.go:21)	NOP
   220        00544 (map_struct_float_keys.go:21)	CALL	runtime.printlock(SB)
   225        00549 (map_struct_float_keys.go:21)	MOVQ	main..autotmp_124+616(SP), AX
   22d        00557 (map_struct_float_keys.go:21)	CALL	runtime.printint(SB)
   232        00562 (map_struct_float_keys.go:21)	CALL	runtime.printsp(SB)
   237        00567 (map_struct_float_keys.go:21)	MOVQ	main..autotmp_125+2104(SP), AX
   23f        00575 (map_struct_float_keys.go:21)	MOVQ	main..autotmp_126+608(SP), BX
   247        00583 (map_struct_float_keys.go:21)	PCDATA	$1, $4
   247        00583 (map_struct_float_keys.go:21)	CALL	runtime.printstring(SB)
   24c        00588 (map_struct_float_keys.go:21)	CALL	runtime.printsp(SB)
   251        00593 (map_struct_float_keys.go:21)	MOVQ	main..autotmp_127+2096(SP), AX
   259        00601 (map_struct_float_keys.go:21)	MOVQ	main..autotmp_128+600(SP), BX
   261        00609 (map_struct_float_keys.go:21)	PCDATA	$1, $0
   261        00609 (map_struct_float_keys.go:21)	CALL	runtime.printstring(SB)
   266        00614 (map_struct_float_keys.go:21)	CALL	runtime.printsp(SB)
   26b        00619 (map_struct_float_keys.go:21)	MOVQ	main..autotmp_129+592(SP), DX
   273        00627 (map_struct_float_keys.go:21)	TESTQ	DX, DX
   276        00630 (map_struct_float_keys.go:21)	SETEQ	AL
   279        00633 (map_struct_float_keys.go:21)	CALL	runtime.printbool(SB)
   27e        00638 (map_struct_float_keys.go:21)	NOP
   280        00640 (map_struct_float_keys.go:21)	CALL	runtime.printnl(SB)
   285        00645 (map_struct_float_keys.go:21)	CALL	runtime.printunlock(SB)
   28a        00650 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_41+1560(SP), DX
   292        00658 (map_struct_float_keys.go:23)	MOVUPS	X15, (DX)
   296        00662 (map_struct_float_keys.go:23)	MOVUPS	X15, 16(DX)
   29b        00667 (map_struct_float_keys.go:23)	MOVUPS	X15, 32(DX)
   2a0        00672 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_42+1296(SP), DX
   2a8        00680 (map_struct_float_keys.go:23)	MOVL	$4, SI
   2ad        00685 (map_struct_float_keys.go:23)	MOVUPS	X15, (DX)
   2b1        00689 (map_struct_float_keys.go:23)	MOVUPS	X15, 16(DX)
   2b6        00694 (map_struct_float_keys.go:23)	MOVUPS	X15, 32(DX)
   2bb        00699 (map_struct_float_keys.go:23)	MOVUPS	X15, 48(DX)
   2c0        00704 (map_struct_float_keys.go:23)	ADDQ	$64, DX
   2c4        00708 (map_struct_float_keys.go:23)	DECL	SI
   2c6        00710 (map_struct_float_keys.go:23)	JNE	685
   2c8        00712 (map_struct_float_keys.go:23)	MOVUPS	X15, -8(DX)
   2cd        00717 (map_struct_float_keys.go:23)	MOVQ	$-9187201950435737472, DX
   2d7        00727 (map_struct_float_keys.go:23)	MOVQ	DX, main..autotmp_42+1296(SP)
   2df        00735 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_42+1296(SP), DX
   2e7        00743 (map_struct_float_keys.go:23)	MOVQ	DX, main..autotmp_41+1576(SP)
   2ef        00751 (map_struct_float_keys.go:23)	PCDATA	$1, $5
   2ef        00751 (map_struct_float_keys.go:23)	CALL	runtime.rand(SB)
   2f4        00756 (map_struct_float_keys.go:23)	MOVQ	AX, main..autotmp_41+1568(SP)
   2fc        00764 (map_struct_float_keys.go:23)	LEAQ	go:string."a"(SB), DX
   303        00771 (map_struct_float_keys.go:23)	MOVQ	DX, main..autotmp_48+1272(SP)
   30b        00779 (map_struct_float_keys.go:23)	MOVQ	$1, main..autotmp_48+1280(SP)
   317        00791 (map_struct_float_keys.go:23)	MOVB	$1, main..autotmp_48+1288(SP)
   31f        00799 (map_struct_float_keys.go:23)	LEAQ	type:map[main.Key]int(SB), AX
   326        00806 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_41+1560(SP), BX
   32e        00814 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_48+1272(SP), CX
   336        00822 (map_struct_float_keys.go:23)	CALL	runtime.mapassign(SB)
   33b        00827 (map_struct_float_keys.go:23)	MOVQ	$10, (AX)
   342        00834 (map_struct_float_keys.go:23)	LEAQ	go:string."a"(SB), DX
   349        00841 (map_struct_float_keys.go:23)	MOVQ	DX, main..autotmp_50+1248(SP)
   351        00849 (map_struct_float_keys.go:23)	MOVQ	$1, main..autotmp_50+1256(SP)
   35d        00861 (map_struct_float_keys.go:23)	MOVB	$2, main..autotmp_50+1264(SP)
   365        00869 (map_struct_float_keys.go:23)	LEAQ	type:map[main.Key]int(SB), AX
   36c        00876 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_41+1560(SP), BX
   374        00884 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_50+1248(SP), CX
   37c        00892 (map_struct_float_keys.go:23)	NOP
   380        00896 (map_struct_float_keys.go:23)	CALL	runtime.mapassign(SB)
   385        00901 (map_struct_float_keys.go:23)	MOVQ	$20, (AX)
   38c        00908 (map_struct_float_keys.go:23)	LEAQ	go:string."b"(SB), DX
   393        00915 (map_struct_float_keys.go:23)	MOVQ	DX, main..autotmp_52+1224(SP)
   39b        00923 (map_struct_float_keys.go:23)	MOVQ	$1, main..autotmp_52+1232(SP)
   3a7        00935 (map_struct_float_keys.go:23)	MOVB	$1, main..autotmp_52+1240(SP)
   3af        00943 (map_struct_float_keys.go:23)	LEAQ	type:map[main.Key]int(SB), AX
   3b6        00950 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_41+1560(SP), BX
   3be        00958 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_52+1224(SP), CX
   3c6        00966 (map_struct_float_keys.go:23)	CALL	runtime.mapassign(SB)
   3cb        00971 (map_struct_float_keys.go:23)	MOVQ	$30, (AX)
   3d2        00978 (map_struct_float_keys.go:24)	LEAQ	type:map[main.Key]int(SB), AX
   3d9        00985 (map_struct_float_keys.go:24)	LEAQ	main..autotmp_41+1560(SP), BX
   3e1        00993 (map_struct_float_keys.go:24)	LEAQ	main..stmp_4(SB), CX
   3e8        01000 (map_struct_float_keys.go:24)	CALL	runtime.mapassign(SB)
   3ed        01005 (map_struct_float_keys.go:24)	ADDQ	$5, (AX)
   3f1        01009 (map_struct_float_keys.go:25)	MOVQ	main..autotmp_41+1560(SP), DX
   3f9        01017 (map_struct_float_keys.go:25)	MOVQ	DX, main..autotmp_124+616(SP)
   401        01025 (map_struct_float_keys.go:25)	LEAQ	type:map[main.Key]int(SB), AX
   408        01032 (map_struct_float_keys.go:25)	LEAQ	main..autotmp_41+1560(SP), BX
   410        01040 (map_struct_float_keys.go:25)	LEAQ	main..stmp_5(SB), CX
   417        01047 (map_struct_float_keys.go:25)	PCDATA	$1, $0
   417        01047 (map_struct_float_keys.go:25)	CALL	runtime.mapaccess1(SB)
   41c        01052 (map_struct_float_keys.go:25)	MOVQ	(AX), DX
   41f        01055 (map_struct_float_keys.go:25)	MOVQ	DX, main..autotmp_126+608(SP)
   427        01063 (map_struct_float_keys.go:25)	CALL	runtime.printlock(SB)
   42c        01068 (map_struct_float_keys.go:25)	MOVQ	main..autotmp_126+608(SP), AX
   434        01076 (map_struct_float_keys.go:25)	CALL	runtime.printint(SB)
   439        01081 (map_struct_float_keys.go:25)	CALL	runtime.printsp(SB)
   43e        01086 (map_struct_float_keys.go:25)	MOVQ	main..autotmp_124+616(SP), AX
   446        01094 (map_struct_float_keys.go:25)	CALL	runtime.printint(SB)
   44b        01099 (map_struct_float_keys.go:25)	CALL	runtime.printnl(SB)
   450        01104 (map_struct_float_keys.go:25)	CALL	runtime.printunlock(SB)
   455        01109 (map_struct_float_keys.go:27)	LEAQ	main..autotmp_56+1176(SP), DX
   45d        01117 (map_struct_float_keys.go:27)	MOVUPS	X15, (DX)
   461        01121 (map_struct_float_keys.go:27)	MOVUPS	X15, 16(DX)
   466        01126 (map_struct_float_keys.go:27)	MOVUPS	X15, 32(DX)
   46b        01131 (map_struct_float_keys.go:27)	LEAQ	main..autotmp_57+352(SP), DX
   473        01139 (map_struct_float_keys.go:27)	MOVL	$3, SI
   478        01144 (map_struct_float_keys.go:27)	MOVUPS	X15, (DX)
   47c        01148 (map_struct_float_keys.go:27)	MOVUPS	X15, 16(DX)
   481        01153 (map_struct_float_keys.go:27)	MOVUPS	X15, 32(DX)
   486        01158 (map_struct_float_keys.go:27)	MOVUPS	X15, 48(DX)
   48b        01163 (map_struct_float_keys.go:27)	ADDQ	$64, DX
   48f        01167 (map_struct_float_keys.go:27)	DECL	SI
   491        01169 (map_struct_float_keys.go:27)	JNE	1144
   493        01171 (map_struct_float_keys.go:27)	MOVUPS	X15, -8(DX)
   498        01176 (map_struct_float_keys.go:27)	MOVQ	$-9187201950435737472, DX
   4a2        01186 (map_struct_float_keys.go:27)	MOVQ	DX, main..autotmp_57+352(SP)
   4aa        01194 (map_struct_float_keys.go:27)	LEAQ	main..autotmp_57+352(SP), DX
   4b2        01202 (map_struct_float_keys.go:27)	MOVQ	DX, main..autotmp_56+1192(SP)
   4ba        01210 (map_struct_float_keys.go:27)	PCDATA	$1, $6
   4ba        01210 (map_struct_float_keys.go:27)	CALL	runtime.rand(SB)
   4bf        01215 (map_struct_float_keys.go:27)	MOVQ	AX, main..autotmp_56+1184(SP)
   4c7        01223 (map_struct_float_keys.go:27)	MOVQ	$1, main..autotmp_61+336(SP)
   4d3        01235 (map_struct_float_keys.go:27)	MOVQ	$2, main..autotmp_61+344(SP)
   4df        01247 (map_struct_float_keys.go:27)	LEAQ	type:map[[2]int]int(SB), AX
   4e6        01254 (map_struct_float_keys.go:27)	LEAQ	main..autotmp_56+1176(SP), BX
   4ee        01262 (map_struct_float_keys.go:27)	LEAQ	main..autotmp_61+336(SP), CX
   4f6        01270 (map_struct_float_keys.go:27)	CALL	runtime.mapassign(SB)
   4fb        01275 (map_struct_float_keys.go:27)	MOVQ	$3, (AX)
   502        01282 (map_struct_float_keys.go:28)	LEAQ	type:map[[2]int]int(SB), AX
   509        01289 (map_struct_float_keys.go:28)	LEAQ	main..autotmp_56+1176(SP), BX
   511        01297 (map_struct_float_keys.go:28)	LEAQ	main..stmp_6(SB), CX
   518        01304 (map_struct_float_keys.go:28)	CALL	runtime.mapassign(SB)
   51d        01309 (map_struct_float_keys.go:28)	INCQ	(AX)
   520        01312 (map_struct_float_keys.go:29)	LEAQ	type:map[[2]int]int(SB), AX
   527        01319 (map_struct_float_keys.go:29)	LEAQ	main..autotmp_56+1176(SP), BX
   52f        01327 (map_struct_float_keys.go:29)	LEAQ	main..stmp_7(SB), CX
   536        01334 (map_struct_float_keys.go:29)	PCDATA	$1, $0
   536        01334 (map_struct_float_keys.go:29)	CALL	runtime.mapaccess1(SB)
   53b        01339 (map_struct_float_keys.go:29)	MOVQ	(AX), DX
   53e        01342 (map_struct_float_keys.go:29)	MOVQ	DX, main..autotmp_126+608(SP)
   546        01350 (map_struct_float_keys.go:29)	CALL	runtime.printlock(SB)
   54b        01355 (map_struct_float_keys.go:29)	MOVQ	main..autotmp_126+608(SP), AX
   553        01363 (map_struct_float_keys.go:29)	CALL	runtime.printint(SB)
   558        01368 (map_struct_float_keys.go:29)	CALL	runtime.printnl(SB)
   55d        01373 (map_struct_float_keys.go:29)	NOP
   560        01376 (map_struct_float_keys.go:29)	CALL	runtime.printunlock(SB)
   565        01381 (map_struct_float_keys.go:33)	LEAQ	main..autotmp_66+1128(SP), DX
   56d        01389 (map_struct_float_keys.go:33)	MOVUPS	X15, (DX)
   571        01393 (map_struct_float_keys.go:33)	MOVUPS	X15, 16(DX)
   576        01398 (map_struct_float_keys.go:33)	MOVUPS	X15, 32(DX)
   57b        01403 (map_struct_float_keys.go:33)	LEAQ	main..autotmp_67+200(SP), DX
   583        01411 (map_struct_float_keys.go:33)	MOVUPS	X15, (DX)
   587        01415 (map_struct_float_keys.go:33)	MOVUPS	X15, 16(DX)
   58c        01420 (map_struct_float_keys.go:33)	MOVUPS	X15, 32(DX)
   591        01425 (map_struct_float_keys.go:33)	MOVUPS	X15, 48(DX)
   596        01430 (map_struct_float_keys.go:33)	MOVUPS	X15, 64(DX)
   59b        01435 (map_struct_float_keys.go:33)	MOVUPS	X15, 80(DX)
   5a0        01440 (map_struct_float_keys.go:33)	MOVUPS	X15, 96(DX)
   5a5        01445 (map_struct_float_keys.go:33)	MOVUPS	X15, 112(DX)
   5aa        01450 (map_struct_float_keys.go:33)	MOVUPS	X15, 120(DX)
   5af        01455 (map_struct_float_keys.go:33)	MOVQ	$-9187201950435737472, SI
   5b9        01465 (map_struct_float_keys.go:33)	MOVQ	SI, main..autotmp_67+200(SP)
   5c1        01473 (map_struct_float_keys.go:33)	MOVQ	DX, main..autotmp_66+1144(SP)
   5c9        01481 (map_struct_float_keys.go:33)	PCDATA	$1, $7
   5c9        01481 (map_struct_float_keys.go:33)	CALL	runtime.rand(SB)
   5ce        01486 (map_struct_float_keys.go:33)	MOVQ	AX, main..autotmp_66+1136(SP)
   5d6        01494 (map_struct_float_keys.go:34)	MOVSD	main.nan+56(SP), X0
   5dc        01500 (map_struct_float_keys.go:34)	MOVSD	X0, main..autotmp_19+552(SP)
   5e5        01509 (map_struct_float_keys.go:34)	LEAQ	type:map[float64]int(SB), AX
   5ec        01516 (map_struct_float_keys.go:34)	LEAQ	main..autotmp_66+1128(SP), BX
   5f4        01524 (map_struct_float_keys.go:34)	LEAQ	main..autotmp_19+552(SP), CX
   5fc        01532 (map_struct_float_keys.go:34)	NOP
   600        01536 (map_struct_float_keys.go:34)	CALL	runtime.mapassign(SB)
   605        01541 (map_struct_float_keys.go:34)	MOVQ	$1, (AX)
   60c        01548 (map_struct_float_keys.go:35)	MOVSD	main.nan+56(SP), X0
   612        01554 (map_struct_float_keys.go:35)	MOVSD	X0, main..autotmp_19+552(SP)
   61b        01563 (map_struct_float_keys.go:35)	LEAQ	type:map[float64]int(SB), AX
   622        01570 (map_struct_float_keys.go:35)	LEAQ	main..autotmp_66+1128(SP), BX
   62a        01578 (map_struct_float_keys.go:35)	LEAQ	main..autotmp_19+552(SP), CX
   632        01586 (map_struct_float_keys.go:35)	CALL	runtime.mapassign(SB)
   637        01591 (map_struct_float_keys.go:35)	MOVQ	$2, (AX)
   63e        01598 (map_struct_float_keys.go:36)	LEAQ	type:map[float64]int(SB), AX
   645        01605 (map_struct_float_keys.go:36)	LEAQ	main..autotmp_66+1128(SP), BX
   64d        01613 (map_struct_float_keys.go:36)	LEAQ	main..stmp_8(SB), CX
   654        01620 (map_struct_float_keys.go:36)	CALL	runtime.mapassign(SB)
   659        01625 (map_struct_float_keys.go:36)	MOVQ	$3, (AX)
   660        01632 (map_struct_float_keys.go:37)	MOVSD	main..autotmp_123+624(SP), X0
   669        01641 (map_struct_float_keys.go:37)	MOVSD	X0, main..autotmp_19+552(SP)
   672        01650 (map_struct_float_keys.go:37)	LEAQ	type:map[float64]int(SB), AX
   679        01657 (map_struct_float_keys.go:37)	LEAQ	main..autotmp_66+1128(SP), BX
   681        01665 (map_struct_float_keys.go:37)	LEAQ	main..autotmp_19+552(SP), CX
   689        01673 (map_struct_float_keys.go:37)	CALL	runtime.mapassign(SB)
   68e        01678 (map_struct_float_keys.go:37)	MOVQ	$4, (AX)
   695        01685 (map_struct_float_keys.go:38)	LEAQ	type:map[float64]int(SB), AX
   69c        01692 (map_struct_float_keys.go:38)	LEAQ	main..autotmp_66+1128(SP), BX
   6a4        01700 (map_struct_float_keys.go:38)	LEAQ	main..stmp_9(SB), CX
   6ab        01707 (map_struct_float_keys.go:38)	CALL	runtime.mapassign(SB)
   6b0        01712 (map_struct_float_keys.go:38)	MOVQ	$5, (AX)
   6b7        01719 (map_struct_float_keys.go:39)	MOVSD	main.nan+56(SP), X0
   6bd        01725 (map_struct_float_keys.go:39)	MOVSD	X0, main..autotmp_19+552(SP)
   6c6        01734 (map_struct_float_keys.go:39)	LEAQ	type:map[float64]int(SB), AX
   6cd        01741 (map_struct_float_keys.go:39)	LEAQ	main..autotmp_66+1128(SP), BX
   6d5        01749 (map_struct_float_keys.go:39)	LEAQ	main..autotmp_19+552(SP), CX
   6dd        01757 (map_struct_float_keys.go:39)	NOP
   6e0        01760 (map_struct_float_keys.go:39)	CALL	runtime.mapaccess2(SB)
   6e5        01765 (map_struct_float_keys.go:39)	MOVB	BL, main.found+30(SP)
   6e9        01769 (map_struct_float_keys.go:40)	MOVQ	main..autotmp_66+1128(SP), DX
   6f1        01777 (map_struct_float_keys.go:40)	MOVQ	DX, main..autotmp_124+616(SP)
   6f9        01785 (map_struct_float_keys.go:40)	LEAQ	type:map[float64]int(SB), AX
   700        01792 (map_struct_float_keys.go:40)	LEAQ	main..autotmp_66+1128(SP), BX
   708        01800 (map_struct_float_keys.go:40)	LEAQ	main..stmp_10(SB), CX
   70f        01807 (map_struct_float_keys.go:40)	CALL	runtime.mapaccess1(SB)
   714        01812 (map_struct_float_keys.go:40)	MOVQ	(AX), DX
   717        01815 (map_struct_float_keys.go:40)	MOVQ	DX, main..autotmp_126+608(SP)
   71f        01823 (map_struct_float_keys.go:40)	LEAQ	type:map[float64]int(SB), AX
   726        01830 (map_struct_float_keys.go:40)	LEAQ	main..autotmp_66+1128(SP), BX
   72e        01838 (map_struct_float_keys.go:40)	LEAQ	main..stmp_11(SB), CX
   735        01845 (map_struct_float_keys.go:40)	CALL	runtime.mapaccess1(SB)
   73a        01850 (map_struct_float_keys.go:40)	MOVQ	(AX), DX
   73d        01853 (map_struct_float_keys.go:40)	MOVQ	DX, main..autotmp_128+600(SP)
   745        01861 (map_struct_float_keys.go:40)	CALL	runtime.printlock(SB)
   74a        01866 (map_struct_float_keys.go:40)	MOVQ	main..autotmp_124+616(SP), AX
   752        01874 (map_struct_float_keys.go:40)	CALL	runtime.printint(SB)
   757        01879 (map_struct_float_keys.go:40)	CALL	runtime.printsp(SB)
   75c        01884 (map_struct_float_keys.go:40)	MOVBLZX	main.found+30(SP), AX
   761        01889 (map_struct_float_keys.go:40)	CALL	runtime.printbool(SB)
   766        01894 (map_struct_float_keys.go:40)	CALL	runtime.printsp(SB)
   76b        01899 (map_struct_float_keys.go:40)	MOVQ	main..autotmp_126+608(SP), AX
   773        01907 (map_struct_float_keys.go:40)	CALL	runtime.printint(SB)
   778        01912 (map_struct_float_keys.go:40)	CALL	runtime.printsp(SB)
   77d        01917 (map_struct_float_keys.go:40)	MOVQ	main..autotmp_128+600(SP), AX
   785        01925 (map_struct_float_keys.go:40)	CALL	runtime.printint(SB)
   78a        01930 (map_struct_float_keys.go:40)	CALL	runtime.printnl(SB)
   78f        01935 (map_struct_float_keys.go:40)	CALL	runtime.printunlock(SB)
   794        01940 (map_struct_float_keys.go:42)	LEAQ	main..autotmp_22+1984(SP), CX
   79c        01948 (map_struct_float_keys.go:42)	MOVUPS	X15, (CX)
   7a0        01952 (map_struct_float_keys.go:42)	MOVUPS	X15, 16(CX)
   7a5        01957 (map_struct_float_keys.go:42)	MOVUPS	X15, 32(CX)
   7aa        01962 (map_struct_float_keys.go:42)	MOVUPS	X15, 48(CX)
   7af        01967 (map_struct_float_keys.go:42)	MOVUPS	X15, 64(CX)
   7b4        01972 (map_struct_float_keys.go:42)	MOVUPS	X15, 80(CX)
   7b9        01977 (map_struct_float_keys.go:42)	LEAQ	type:map[float64]int(SB), AX
   7c0        01984 (map_struct_float_keys.go:42)	LEAQ	main..autotmp_66+1128(SP), BX
   7c8        01992 (map_struct_float_keys.go:42)	PCDATA	$1, $8
   7c8        01992 (map_struct_float_keys.go:42)	CALL	runtime.mapIterStart(SB)
   7cd        01997 (map_struct_float_keys.go:42)	XORL	AX, AX
   7cf        01999 (map_struct_float_keys.go:42)	JMP	2035
   7d1        02001 (map_struct_float_keys.go:42)	MOVQ	main..autotmp_22+1992(SP), CX
   7d9        02009 (map_struct_float_keys.go:42)	ADDQ	(CX), AX
   7dc        02012 (map_struct_float_keys.go:42)	MOVQ	AX, main.sum+48(SP)
   7e1        02017 (map_struct_float_keys.go:42)	LEAQ	main..autotmp_22+1984(SP), AX
   7e9        02025 (map_struct_float_keys.go:42)	CALL	runtime.mapIterNext(SB)
   7ee        02030 (map_struct_float_keys.go:42)	MOVQ	main.sum+48(SP), AX
   7f3        02035 (map_struct_float_keys.go:42)	CMPQ	main..autotmp_22+1984(SP), $0
   7fc        02044 (map_struct_float_keys.go:42)	JNE	2001
   7fe        02046 (map_struct_float_keys.go:42)	MOVQ	AX, main.sum+48(SP)
   803        02051 (map_struct_float_keys.go:45)	PCDATA	$1, $0
   803        02051 (map_struct_float_keys.go:45)	CALL	runtime.printlock(SB)
   808        02056 (map_struct_float_keys.go:45)	LEAQ	go:string."sum "(SB), AX
   80f        02063 (map_struct_float_keys.go:45)	MOVL	$4, BX
   814        02068 (map_struct_float_keys.go:45)	CALL	runtime.printstring(SB)
   819        02073 (map_struct_float_keys.go:45)	MOVQ	main.sum+48(SP), AX
   81e        02078 (map_struct_float_keys.go:45)	NOP
   820        02080 (map_struct_float_keys.go:45)	CALL	runtime.printint(SB)
   825        02085 (map_struct_float_keys.go:45)	CALL	runtime.printnl(SB)
   82a        02090 (map_struct_float_keys.go:45)	CALL	runtime.printunlock(SB)
   82f        02095 (map_struct_float_keys.go:47)	LEAQ	main..autotmp_81+1080(SP), AX
   837        02103 (map_struct_float_keys.go:47)	MOVUPS	X15, (AX)
   83b        02107 (map_struct_float_keys.go:47)	MOVUPS	X15, 16(AX)
   840        02112 (map_struct_float_keys.go:47)	MOVUPS	X15, 32(AX)
   845        02117 (map_struct_float_keys.go:47)	LEAQ	main..autotmp_82+64(SP), AX
   84a        02122 (map_struct_float_keys.go:47)	MOVUPS	X15, (AX)
   84e        02126 (map_struct_float_keys.go:47)	MOVUPS	X15, 16(AX)
   853        02131 (map_struct_float_keys.go:47)	MOVUPS	X15, 32(AX)
   858        02136 (map_struct_float_keys.go:47)	MOVUPS	X15, 48(AX)
   85d        02141 (map_struct_float_keys.go:47)	MOVUPS	X15, 64(AX)
   862        02146 (map_struct_float_keys.go:47)	MOVUPS	X15, 80(AX)
   867        02151 (map_struct_float_keys.go:47)	MOVUPS	X15, 96(AX)
   86c        02156 (map_struct_float_keys.go:47)	MOVUPS	X15, 112(AX)
   871        02161 (map_struct_float_keys.go:47)	MOVUPS	X15, 120(AX)
   876        02166 (map_struct_float_keys.go:47)	MOVQ	$-9187201950435737472, CX
   880        02176 (map_struct_float_keys.go:47)	MOVQ	CX, main..autotmp_82+64(SP)
   885        02181 (map_struct_float_keys.go:47)	MOVQ	AX, main..autotmp_81+1096(SP)
   88d        02189 (map_struct_float_keys.go:47)	PCDATA	$1, $9
   88d        02189 (map_struct_float_keys.go:47)	CALL	runtime.rand(SB)
   892        02194 (map_struct_float_keys.go:47)	MOVQ	AX, main..autotmp_81+1088(SP)
   89a        02202 (map_struct_float_keys.go:47)	MOVB	$1, main..autotmp_88+31(SP)
   89f        02207 (map_struct_float_keys.go:47)	LEAQ	type:map[bool]int(SB), AX
   8a6        02214 (map_struct_float_keys.go:47)	LEAQ	main..autotmp_81+1080(SP), BX
   8ae        02222 (map_struct_float_keys.go:47)	LEAQ	main..autotmp_88+31(SP), CX
   8b3        02227 (map_struct_float_keys.go:47)	CALL	runtime.mapassign(SB)
   8b8        02232 (map_struct_float_keys.go:47)	MOVQ	$1, (AX)
   8bf        02239 (map_struct_float_keys.go:48)	LEAQ	type:map[bool]int(SB), AX
   8c6        02246 (map_struct_float_keys.go:48)	LEAQ	main..autotmp_81+1080(SP), BX
   8ce        02254 (map_struct_float_keys.go:48)	LEAQ	main..stmp_12(SB), CX
   8d5        02261 (map_struct_float_keys.go:48)	CALL	runtime.mapassign(SB)
   8da        02266 (map_struct_float_keys.go:48)	DECQ	(AX)
   8dd        02269 (map_struct_float_keys.go:49)	MOVQ	main..autotmp_81+1080(SP), AX
   8e5        02277 (map_struct_float_keys.go:49)	MOVQ	AX, main..autotmp_124+616(SP)
   8ed        02285 (map_struct_float_keys.go:49)	LEAQ	type:map[bool]int(SB), AX
   8f4        02292 (map_struct_float_keys.go:49)	LEAQ	main..autotmp_81+1080(SP), BX
   8fc        02300 (map_struct_float_keys.go:49)	LEAQ	main..stmp_13(SB), CX
   903        02307 (map_struct_float_keys.go:49)	CALL	runtime.mapaccess1(SB)
   908        02312 (map_struct_float_keys.go:49)	MOVQ	(AX), AX
   90b        02315 (map_struct_float_keys.go:49)	MOVQ	AX, main..autotmp_126+608(SP)
   913        02323 (map_struct_float_keys.go:49)	LEAQ	type:map[bool]int(SB), AX
   91a        02330 (map_struct_float_keys.go:49)	LEAQ	main..autotmp_81+1080(SP), BX
   922        02338 (map_struct_float_keys.go:49)	LEAQ	main..stmp_14(SB), CX
   929        02345 (map_struct_float_keys.go:49)	PCDATA	$1, $0
   929        02345 (map_struct_float_keys.go:49)	CALL	runtime.mapaccess1(SB)
   92e        02350 (map_struct_float_keys.go:49)	MOVQ	(AX), AX
   931        02353 (map_struct_float_keys.go:49)	MOVQ	AX, main..autotmp_128+600(SP)
   939        02361 (map_struct_float_keys.go:49)	CALL	runtime.printlock(SB)
   93e        02366 (map_struct_float_keys.go:49)	MOVQ	main..autotmp_126+608(SP), AX
   946        02374 (map_struct_float_keys.go:49)	CALL	runtime.printint(SB)
   94b        02379 (map_struct_float_keys.go:49)	CALL	runtime.printsp(SB)
   950        02384 (map_struct_float_keys.go:49)	MOVQ	main..autotmp_128+600(SP), AX
   958        02392 (map_struct_float_keys.go:49)	CALL	runtime.printint(SB)
   95d        02397 (map_struct_float_keys.go:49)	NOP
   960        02400 (map_struct_float_keys.go:49)	CALL	runtime.printsp(SB)
   965        02405 (map_struct_float_keys.go:49)	MOVQ	main..autotmp_124+616(SP), AX
   96d        02413 (map_struct_float_keys.go:49)	CALL	runtime.printint(SB)
   972        02418 (map_struct_float_keys.go:49)	CALL	runtime.printnl(SB)
   977        02423 (map_struct_float_keys.go:49)	CALL	runtime.printunlock(SB)
   97c        02428 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_93+1032(SP), AX
   984        02436 (map_struct_float_keys.go:51)	MOVUPS	X15, (AX)
   988        02440 (map_struct_float_keys.go:51)	MOVUPS	X15, 16(AX)
   98d        02445 (map_struct_float_keys.go:51)	MOVUPS	X15, 32(AX)
   992        02450 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_94+768(SP), AX
   99a        02458 (map_struct_float_keys.go:51)	MOVL	$4, CX
   99f        02463 (map_struct_float_keys.go:51)	MOVUPS	X15, (AX)
   9a3        02467 (map_struct_float_keys.go:51)	MOVUPS	X15, 16(AX)
   9a8        02472 (map_struct_float_keys.go:51)	MOVUPS	X15, 32(AX)
   9ad        02477 (map_struct_float_keys.go:51)	MOVUPS	X15, 48(AX)
   9b2        02482 (map_struct_float_keys.go:51)	ADDQ	$64, AX
   9b6        02486 (map_struct_float_keys.go:51)	DECL	CX
   9b8        02488 (map_struct_float_keys.go:51)	JNE	2463
   9ba        02490 (map_struct_float_keys.go:51)	MOVUPS	X15, -8(AX)
   9bf        02495 (map_struct_float_keys.go:51)	MOVQ	$-9187201950435737472, AX
   9c9        02505 (map_struct_float_keys.go:51)	MOVQ	AX, main..autotmp_94+768(SP)
   9d1        02513 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_94+768(SP), AX
   9d9        02521 (map_struct_float_keys.go:51)	MOVQ	AX, main..autotmp_93+1048(SP)
   9e1        02529 (map_struct_float_keys.go:51)	PCDATA	$1, $10
   9e1        02529 (map_struct_float_keys.go:51)	CALL	runtime.rand(SB)
   9e6        02534 (map_struct_float_keys.go:51)	MOVQ	AX, main..autotmp_93+1040(SP)
   9ee        02542 (map_struct_float_keys.go:51)	LEAQ	type:int(SB), AX
   9f5        02549 (map_struct_float_keys.go:51)	MOVQ	AX, main..autotmp_24+1968(SP)
   9fd        02557 (map_struct_float_keys.go:51)	LEAQ	main..stmp_15(SB), AX
   a04        02564 (map_struct_float_keys.go:51)	MOVQ	AX, main..autotmp_24+1976(SP)
   a0c        02572 (map_struct_float_keys.go:51)	LEAQ	type:map[interface {}]string(SB), AX
   a13        02579 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_93+1032(SP), BX
   a1b        02587 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_24+1968(SP), CX
   a23        02595 (map_struct_float_keys.go:51)	CALL	runtime.mapassign(SB)
   a28        02600 (map_struct_float_keys.go:51)	MOVQ	$3, 8(AX)
   a30        02608 (map_struct_float_keys.go:51)	CMPL	runtime.writeBarrier(SB), $0
   a37        02615 (map_struct_float_keys.go:51)	PCDATA	$0, $-2
   a37        02615 (map_struct_float_keys.go:51)	JEQ	2632
   a39        02617 (map_struct_float_keys.go:51)	MOVQ	(AX), DX
   a3c        02620 (map_struct_float_keys.go:51)	NOP
   a40        02624 (map_struct_float_keys.go:51)	CALL	runtime.gcWriteBarrier1(SB)
   a45        02629 (map_struct_float_keys.go:51)	MOVQ	DX, (R11)
   a48        02632 (map_struct_float_keys.go:51)	LEAQ	go:string."int"(SB), DX
   a4f        02639 (map_struct_float_keys.go:51)	MOVQ	DX, (AX)
   a52        02642 (map_struct_float_keys.go:51)	PCDATA	$0, $-1
   a52        02642 (map_struct_float_keys.go:51)	LEAQ	type:string(SB), DX
   a59        02649 (map_struct_float_keys.go:51)	MOVQ	DX, main..autotmp_24+1968(SP)
   a61        02657 (map_struct_float_keys.go:51)	LEAQ	main..stmp_16(SB), DX
   a68        02664 (map_struct_float_keys.go:51)	MOVQ	DX, main..autotmp_24+1976(SP)
   a70        02672 (map_struct_float_keys.go:51)	LEAQ	type:map[interface {}]string(SB), AX
   a77        02679 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_93+1032(SP), BX
   a7f        02687 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_24+1968(SP), CX
   a87        02695 (map_struct_float_keys.go:51)	CALL	runtime.mapassign(SB)
   a8c        02700 (map_struct_float_keys.go:51)	MOVQ	$6, 8(AX)
   a94        02708 (map_struct_float_keys.go:51)	CMPL	runtime.writeBarrier(SB), $0
   a9b        02715 (map_struct_float_keys.go:51)	PCDATA	$0, $-2
   a9b        02715 (map_struct_float_keys.go:51)	JEQ	2728
   a9d        02717 (map_struct_float_keys.go:51)	MOVQ	(AX), DX
   aa0        02720 (map_struct_float_keys.go:51)	CALL	runtime.gcWriteBarrier1(SB)
   aa5        02725 (map_struct_float_keys.go:51)	MOVQ	DX, (R11)
   aa8        02728 (map_struct_float_keys.go:51)	LEAQ	go:string."string"(SB), DX
   aaf        02735 (map_struct_float_keys.go:51)	MOVQ	DX, (AX)
   ab2        02738 (map_struct_float_keys.go:51)	PCDATA	$0, $-1
   ab2        02738 (map_struct_float_keys.go:51)	LEAQ	type:float64(SB), DX
   ab9        02745 (map_struct_float_keys.go:51)	MOVQ	DX, main..autotmp_24+1968(SP)
   ac1        02753 (map_struct_float_keys.go:51)	LEAQ	main..stmp_17(SB), DX
   ac8        02760 (map_struct_float_keys.go:51)	MOVQ	DX, main..autotmp_24+1976(SP)
   ad0        02768 (map_struct_float_keys.go:51)	LEAQ	type:map[interface {}]string(SB), AX
   ad7        02775 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_93+1032(SP), BX
   adf        02783 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_24+1968(SP), CX
   ae7        02791 (map_struct_float_keys.go:51)	CALL	runtime.mapassign(SB)
   aec        02796 (map_struct_float_keys.go:51)	MOVQ	$5, 8(AX)
   af4        02804 (map_struct_float_keys.go:51)	CMPL	runtime.writeBarrier(SB), $0
   afb        02811 (map_struct_float_keys.go:51)	PCDATA	$0, $-2
   afb        02811 (map_struct_float_keys.go:51)	JEQ	2824
   afd        02813 (map_struct_float_keys.go:51)	MOVQ	(AX), DX
   b00        02816 (map_struct_float_keys.go:51)	CALL	runtime.gcWriteBarrier1(SB)
   b05        02821 (map_struct_float_keys.go:51)	MOVQ	DX, (R11)
   b08        02824 (map_struct_float_keys.go:51)	LEAQ	go:string."float"(SB), DX
   b0f        02831 (map_struct_float_keys.go:51)	MOVQ	DX, (AX)
   b12        02834 (map_struct_float_keys.go:51)	PCDATA	$0, $-1
   b12        02834 (map_struct_float_keys.go:51)	LEAQ	type:main.Point(SB), DX
   b19        02841 (map_struct_float_keys.go:51)	MOVQ	DX, main..autotmp_24+1968(SP)
   b21        02849 (map_struct_float_keys.go:51)	LEAQ	main..stmp_18(SB), DX
   b28        02856 (map_struct_float_keys.go:51)	MOVQ	DX, main..autotmp_24+1976(SP)
   b30        02864 (map_struct_float_keys.go:51)	LEAQ	type:map[interface {}]string(SB), AX
   b37        02871 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_93+1032(SP), BX
   b3f        02879 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_24+1968(SP), CX
   b47        02887 (map_struct_float_keys.go:51)	CALL	runtime.mapassign(SB)
   b4c        02892 (map_struct_float_keys.go:51)	MOVQ	$5, 8(AX)
   b54        02900 (map_struct_float_keys.go:51)	CMPL	runtime.writeBarrier(SB), $0
   b5b        02907 (map_struct_float_keys.go:51)	PCDATA	$0, $-2
   b5b        02907 (map_struct_float_keys.go:51)	JEQ	2920
   b5d        02909 (map_struct_float_keys.go:51)	MOVQ	(AX), DX
   b60        02912 (map_struct_float_keys.go:51)	CALL	runtime.gcWriteBarrier1(SB)
   b65        02917 (map_struct_float_keys.go:51)	MOVQ	DX, (R11)
   b68        02920 (map_struct_float_keys.go:51)	LEAQ	go:string."point"(SB), DX
   b6f        02927 (map_struct_float_keys.go:51)	MOVQ	DX, (AX)
   b72        02930 (map_struct_float_keys.go:52)	PCDATA	$0, $-1
   b72        02930 (map_struct_float_keys.go:52)	LEAQ	type:int(SB), DX
   b79        02937 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_24+1968(SP)
   b81        02945 (map_struct_float_keys.go:52)	LEAQ	main..stmp_19(SB), DX
   b88        02952 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_24+1976(SP)
   b90        02960 (map_struct_float_keys.go:52)	LEAQ	type:string(SB), DX
   b97        02967 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_25+1952(SP)
   b9f        02975 (map_struct_float_keys.go:52)	LEAQ	main..stmp_20(SB), DX
   ba6        02982 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_25+1960(SP)
   bae        02990 (map_struct_float_keys.go:52)	LEAQ	type:float64(SB), DX
   bb5        02997 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_26+1936(SP)
   bbd        03005 (map_struct_float_keys.go:52)	LEAQ	main..stmp_21(SB), DX
   bc4        03012 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_26+1944(SP)
   bcc        03020 (map_struct_float_keys.go:52)	LEAQ	type:main.Point(SB), DX
   bd3        03027 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_27+1920(SP)
   bdb        03035 (map_struct_float_keys.go:52)	LEAQ	main..stmp_22(SB), DX
   be2        03042 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_27+1928(SP)
   bea        03050 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_93+1032(SP), DX
   bf2        03058 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_124+616(SP)
   bfa        03066 (map_struct_float_keys.go:52)	LEAQ	type:map[interface {}]string(SB), AX
   c01        03073 (map_struct_float_keys.go:52)	LEAQ	main..autotmp_93+1032(SP), BX
   c09        03081 (map_struct_float_keys.go:52)	LEAQ	main..autotmp_24+1968(SP), CX
   c11        03089 (map_struct_float_keys.go:52)	PCDATA	$1, $11
   c11        03089 (map_struct_float_keys.go:52)	CALL	runtime.mapaccess1(SB)
   c16        03094 (map_struct_float_keys.go:52)	MOVQ	(AX), DX
   c19        03097 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_125+2104(SP)
   c21        03105 (map_struct_float_keys.go:52)	MOVQ	8(AX), DX
   c25        03109 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_126+608(SP)
   c2d        03117 (map_struct_float_keys.go:52)	LEAQ	type:map[interface {}]string(SB), AX
   c34        03124 (map_struct_float_keys.go:52)	LEAQ	main..autotmp_93+1032(SP), BX
   c3c        03132 (map_struct_float_keys.go:52)	LEAQ	main..autotmp_25+1952(SP), CX
   c44        03140 (map_struct_float_keys.go:52)	PCDATA	$1, $12
   c44        03140 (map_struct_float_keys.go:52)	CALL	runtime.mapaccess1(SB)
   c49        03145 (map_struct_float_keys.go:52)	MOVQ	(AX), DX
   c4c        03148 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_127+2096(SP)
   c54        03156 (map_struct_float_keys.go:52)	MOVQ	8(AX), DX
   c58        03160 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_128+600(SP)
   c60        03168 (map_struct_float_keys.go:52)	LEAQ	type:map[interface {}]string(SB), AX
   c67        03175 (map_struct_float_keys.go:52)	LEAQ	main..autotmp_93+1032(SP), BX
   c6f        03183 (map_struct_float_keys.go:52)	LEAQ	main..autotmp_26+1936(SP), CX
   c77        03191 (map_struct_float_keys.go:52)	PCDATA	$1, $13
   c77        03191 (map_struct_float_keys.go:52)	CALL	runtime.mapaccess1(SB)
   c7c        03196 (map_struct_float_keys.go:52)	MOVQ	(AX), DX
   c7f        03199 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_130+2088(SP)
   c87        03207 (map_struct_float_keys.go:52)	MOVQ	8(AX), DX
   c8b        03211 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_131+584(SP)
   c93        03219 (map_struct_float_keys.go:52)	LEAQ	type:map[interface {}]string(SB), AX
   c9a        03226 (map_struct_float_keys.go:52)	LEAQ	main..autotmp_93+1032(SP), BX
   ca2        03234 (map_struct_float_keys.go:52)	LEAQ	main..autotmp_27+1920(SP), CX
   caa        03242 (map_struct_float_keys.go:52)	PCDATA	$1, $14
   caa        03242 (map_struct_float_keys.go:52)	CALL	runtime.mapaccess1(SB)
   caf        03247 (map_struct_float_keys.go:52)	MOVQ	(AX), DX
   cb2        03250 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_132+2080(SP)
   cba        03258 (map_struct_float_keys.go:52)	MOVQ	8(AX), DX
   cbe        03262 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_133+576(SP)
   cc6        03270 (map_struct_float_keys.go:52)	PCDATA	$1, $15
   cc6        03270 (map_struct_float_keys.go:52)	CALL	runtime.printlock(SB)
   ccb        03275 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_125+2104(SP), AX
   cd3        03283 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_126+608(SP), BX
   cdb        03291 (map_struct_float_keys.go:52)	PCDATA	$1, $16
   cdb        03291 (map_struct_float_keys.go:52)	NOP
   ce0        03296 (map_struct_float_keys.go:52)	CALL	runtime.printstring(SB)
   ce5        03301 (map_struct_float_keys.go:52)	CALL	runtime.printsp(SB)
   cea        03306 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_127+2096(SP), AX
   cf2        03314 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_128+600(SP), BX
   cfa        03322 (map_struct_float_keys.go:52)	PCDATA	$1, $17
   cfa        03322 (map_struct_float_keys.go:52)	CALL	runtime.printstring(SB)
   cff        03327 (map_struct_float_keys.go:52)	NOP
   d00        03328 (map_struct_float_keys.go:52)	CALL	runtime.printsp(SB)
   d05        03333 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_130+2088(SP), AX
   d0d        03341 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_131+584(SP), BX
   d15        03349 (map_struct_float_keys.go:52)	PCDATA	$1, $18
   d15        03349 (map_struct_float_keys.go:52)	CALL	runtime.printstring(SB)
   d1a        03354 (map_struct_float_keys.go:52)	CALL	runtime.printsp(SB)
   d1f        03359 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_132+2080(SP), AX
   d27        03367 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_133+576(SP), BX
   d2f        03375 (map_struct_float_keys.go:52)	PCDATA	$1, $0
   d2f        03375 (map_struct_float_keys.go:52)	CALL	runtime.printstring(SB)
   d34        03380 (map_struct_float_keys.go:52)	CALL	runtime.printsp(SB)
   d39        03385 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_124+616(SP), AX
   d41        03393 (map_struct_float_keys.go:52)	CALL	runtime.printint(SB)
   d46        03398 (map_struct_float_keys.go:52)	CALL	runtime.printnl(SB)
   d4b        03403 (map_struct_float_keys.go:52)	CALL	runtime.printunlock(SB)
   d50        03408 (map_struct_float_keys.go:54)	LEAQ	main..autotmp_108+2112(SP), DX
   d58        03416 (map_struct_float_keys.go:54)	MOVUPS	X15, (DX)
   d5c        03420 (map_struct_float_keys.go:54)	MOVUPS	X15, 16(DX)
   d61        03425 (map_struct_float_keys.go:54)	MOVUPS	X15, 32(DX)
   d66        03430 (map_struct_float_keys.go:54)	LEAQ	main..autotmp_109+632(SP), DX
   d6e        03438 (map_struct_float_keys.go:54)	MOVUPS	X15, (DX)
   d72        03442 (map_struct_float_keys.go:54)	MOVUPS	X15, 16(DX)
   d77        03447 (map_struct_float_keys.go:54)	MOVUPS	X15, 32(DX)
   d7c        03452 (map_struct_float_keys.go:54)	MOVUPS	X15, 48(DX)
   d81        03457 (map_struct_float_keys.go:54)	MOVUPS	X15, 64(DX)
   d86        03462 (map_struct_float_keys.go:54)	MOVUPS	X15, 80(DX)
   d8b        03467 (map_struct_float_keys.go:54)	MOVUPS	X15, 96(DX)
   d90        03472 (map_struct_float_keys.go:54)	MOVUPS	X15, 112(DX)
   d95        03477 (map_struct_float_keys.go:54)	MOVUPS	X15, 120(DX)
   d9a        03482 (map_struct_float_keys.go:54)	MOVQ	$-9187201950435737472, SI
   da4        03492 (map_struct_float_keys.go:54)	MOVQ	SI, main..autotmp_109+632(SP)
   dac        03500 (map_struct_float_keys.go:54)	MOVQ	DX, main..autotmp_108+2128(SP)
   db4        03508 (map_struct_float_keys.go:54)	PCDATA	$1, $19
   db4        03508 (map_struct_float_keys.go:54)	CALL	runtime.rand(SB)
   db9        03513 (map_struct_float_keys.go:54)	MOVQ	AX, main..autotmp_108+2120(SP)
   dc1        03521 (map_struct_float_keys.go:54)	XORL	AX, AX
   dc3        03523 (map_struct_float_keys.go:55)	JMP	3568
   dc5        03525 (map_struct_float_keys.go:55)	MOVQ	SI, main..autotmp_126+608(SP)
   dcd        03533 (map_struct_float_keys.go:56)	LEAQ	type:map[int32]int(SB), AX
   dd4        03540 (map_struct_float_keys.go:56)	LEAQ	main..autotmp_108+2112(SP), BX
   ddc        03548 (map_struct_float_keys.go:56)	NOP
   de0        03552 (map_struct_float_keys.go:56)	CALL	runtime.mapassign_fast32(SB)
   de5        03557 (map_struct_float_keys.go:56)	INCQ	(AX)
   de8        03560 (map_struct_float_keys.go:55)	MOVQ	main..autotmp_126+608(SP), AX
   df0        03568 (map_struct_float_keys.go:55)	CMPQ	AX, $11
   df4        03572 (map_struct_float_keys.go:55)	JGE	3619
   df6        03574 (map_struct_float_keys.go:55)	LEAQ	go:string."mississippi"(SB), DX
   dfd        03581 (map_struct_float_keys.go:55)	MOVBLZX	(DX)(AX*1), CX
   e01        03585 (map_struct_float_keys.go:55)	CMPL	CX, $127
   e04        03588 (map_struct_float_keys.go:55)	JGT	3596
   e06        03590 (map_struct_float_keys.go:55)	LEAQ	1(AX), SI
   e0a        03594 (map_struct_float_keys.go:55)	JMP	3525
   e0c        03596 (map_struct_float_keys.go:55)	MOVL	$11, BX
   e11        03601 (map_struct_float_keys.go:55)	MOVQ	AX, CX
   e14        03604 (map_struct_float_keys.go:55)	MOVQ	DX, AX
   e17        03607 (map_struct_float_keys.go:55)	CALL	runtime.decoderune(SB)
   e1c        03612 (map_struct_float_keys.go:55)	MOVL	AX, CX
   e1e        03614 (map_struct_float_keys.go:55)	MOVQ	BX, SI
   e21        03617 (map_struct_float_keys.go:55)	JMP	3525
   e23        03619 (map_struct_float_keys.go:58)	MOVQ	main..autotmp_108+2112(SP), DX
   e2b        03627 (map_struct_float_keys.go:58)	MOVQ	DX, main..autotmp_124+616(SP)
   e33        03635 (map_struct_float_keys.go:58)	LEAQ	type:map[int32]int(SB), AX
   e3a        03642 (map_struct_float_keys.go:58)	LEAQ	main..autotmp_108+2112(SP), BX
   e42        03650 (map_struct_float_keys.go:58)	MOVL	$115, CX
   e47        03655 (map_struct_float_keys.go:58)	CALL	runtime.mapaccess1_fast32(SB)
   e4c        03660 (map_struct_float_keys.go:58)	MOVQ	(AX), DX
   e4f        03663 (map_struct_float_keys.go:58)	MOVQ	DX, main..autotmp_126+608(SP)
   e57        03671 (map_struct_float_keys.go:58)	LEAQ	type:map[int32]int(SB), AX
   e5e        03678 (map_struct_float_keys.go:58)	LEAQ	main..autotmp_108+2112(SP), BX
   e66        03686 (map_struct_float_keys.go:58)	MOVL	$105, CX
   e6b        03691 (map_struct_float_keys.go:58)	CALL	runtime.mapaccess1_fast32(SB)
   e70        03696 (map_struct_float_keys.go:58)	MOVQ	(AX), DX
   e73        03699 (map_struct_float_keys.go:58)	MOVQ	DX, main..autotmp_128+600(SP)
   e7b        03707 (map_struct_float_keys.go:58)	LEAQ	type:map[int32]int(SB), AX
   e82        03714 (map_struct_float_keys.go:58)	LEAQ	main..autotmp_108+2112(SP), BX
   e8a        03722 (map_struct_float_keys.go:58)	MOVL	$112, CX
   e8f        03727 (map_struct_float_keys.go:58)	CALL	runtime.mapaccess1_fast32(SB)
   e94        03732 (map_struct_float_keys.go:58)	MOVQ	(AX), DX
   e97        03735 (map_struct_float_keys.go:58)	MOVQ	DX, main..autotmp_131+584(SP)
   e9f        03743 (map_struct_float_keys.go:58)	LEAQ	type:map[int32]int(SB), AX
   ea6        03750 (map_struct_float_keys.go:58)	LEAQ	main..autotmp_108+2112(SP), BX
   eae        03758 (map_struct_float_keys.go:58)	MOVL	$109, CX
   eb3        03763 (map_struct_float_keys.go:58)	PCDATA	$1, $0
   eb3        03763 (map_struct_float_keys.go:58)	CALL	runtime.mapaccess1_fast32(SB)
   eb8        03768 (map_struct_float_keys.go:58)	MOVQ	(AX), DX
   ebb        03771 (map_struct_float_keys.go:58)	MOVQ	DX, main..autotmp_133+576(SP)
   ec3        03779 (map_struct_float_keys.go:58)	CALL	runtime.printlock(SB)
   ec8        03784 (map_struct_float_keys.go:58)	MOVQ	main..autotmp_126+608(SP), AX
   ed0        03792 (map_struct_float_keys.go:58)	CALL	runtime.printint(SB)
   ed5        03797 (map_struct_float_keys.go:58)	CALL	runtime.printsp(SB)
   eda        03802 (map_struct_float_keys.go:58)	MOVQ	main..autotmp_128+600(SP), AX
   ee2        03810 (map_struct_float_keys.go:58)	CALL	runtime.printint(SB)
   ee7        03815 (map_struct_float_keys.go:58)	CALL	runtime.printsp(SB)
   eec        03820 (map_struct_float_keys.go:58)	MOVQ	main..autotmp_131+584(SP), AX
   ef4        03828 (map_struct_float_keys.go:58)	CALL	runtime.printint(SB)
   ef9        03833 (map_struct_float_keys.go:58)	CALL	runtime.printsp(SB)
   efe        03838 (map_struct_float_keys.go:58)	MOVQ	main..autotmp_133+576(SP), AX
   f06        03846 (map_struct_float_keys.go:58)	CALL	runtime.printint(SB)
   f0b        03851 (map_struct_float_keys.go:58)	CALL	runtime.printsp(SB)
   f10        03856 (map_struct_float_keys.go:58)	MOVQ	main..autotmp_124+616(SP), AX
   f18        03864 (map_struct_float_keys.go:58)	CALL	runtime.printint(SB)
   f1d        03869 (map_struct_float_keys.go:58)	NOP
   f20        03872 (map_struct_float_keys.go:58)	CALL	runtime.printnl(SB)
   f25        03877 (map_struct_float_keys.go:58)	CALL	runtime.printunlock(SB)
   f2a        03882 (map_struct_float_keys.go:59)	ADDQ	$2160, SP
   f31        03889 (map_struct_float_keys.go:59)	POPQ	BP
   f32        03890 (map_struct_float_keys.go:59)	RET
   f33        03891 (map_struct_float_keys.go:59)	NOP
   f33        03891 (map_struct_float_keys.go:11)	PCDATA	$1, $-1
   f33        03891 (map_struct_float_keys.go:11)	PCDATA	$0, $-2
   f33        03891 (map_struct_float_keys.go:11)	CALL	runtime.morestack_noctxt(SB)
   f38        03896 (map_struct_float_keys.go:11)	PCDATA	$0, $-1
   f38        03896 (map_struct_float_keys.go:11)	JMP	0
   f3d done
wrote 4 bytes to 0x0
 00 bd 1e 00
funcpctab type:.eq.SM1 [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.SM1(SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.SM1(SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	58
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.SM1.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.SM1.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	8(AX), CX
    12        00018 (<autogenerated>:1)	CMPQ	8(BX), CX
    16        00022 (<autogenerated>:1)	JNE	50
    18        00024 (<autogenerated>:1)	MOVBLZX	16(AX), DX
    1c        00028 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CMPB	16(BX), DL
    23        00035 (<autogenerated>:1)	JNE	50
    25        00037 (<autogenerated>:1)	MOVQ	(AX), AX
    28        00040 (<autogenerated>:1)	MOVQ	(BX), BX
    2b        00043 (<autogenerated>:1)	PCDATA	$1, $1
    2b        00043 (<autogenerated>:1)	CALL	runtime.memequal(SB)
    30        00048 (<autogenerated>:1)	JMP	52
    32        00050 (<autogenerated>:1)	XORL	AX, AX
    34        00052 (<autogenerated>:1)	ADDQ	$24, SP
    38        00056 (<autogenerated>:1)	POPQ	BP
    39        00057 (<autogenerated>:1)	RET
    3a        00058 (<autogenerated>:1)	NOP
    3a        00058 (<autogenerated>:1)	PCDATA	$1, $-1
    3a        00058 (<autogenerated>:1)	PCDATA	$0, $-2
    3a        00058 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    3f        00063 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    44        00068 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    49        00073 (<autogenerated>:1)	PCDATA	$0, $-1
    49        00073 (<autogenerated>:1)	MOVQ	8(SP), AX
    4e        00078 (<autogenerated>:1)	MOVQ	16(SP), BX
    53        00083 (<autogenerated>:1)	JMP	0
    55 done
wrote 3 bytes to 0x0
 00 55 00
funcpctab type:.hash.SM1 [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.hash.SM1(SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.hash.SM1(SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	55
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.hash.SM1.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.hash.SM1.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
    13        00019 (<autogenerated>:1)	PCDATA	$3, $2
    13        00019 (<autogenerated>:1)	PCDATA	$1, $0
    13        00019 (<autogenerated>:1)	CALL	runtime.strhash(SB)
    18        00024 (<autogenerated>:1)	MOVQ	main.p+40(SP), CX
    1d        00029 (<autogenerated>:1)	ADDQ	$16, CX
    21        00033 (<autogenerated>:1)	MOVQ	AX, BX
    24        00036 (<autogenerated>:1)	MOVQ	CX, AX
    27        00039 (<autogenerated>:1)	MOVL	$1, CX
    2c        00044 (<autogenerated>:1)	PCDATA	$1, $1
    2c        00044 (<autogenerated>:1)	CALL	runtime.memhash(SB)
    31        00049 (<autogenerated>:1)	ADDQ	$24, SP
    35        00053 (<autogenerated>:1)	POPQ	BP
    36        00054 (<autogenerated>:1)	RET
    37        00055 (<autogenerated>:1)	NOP
    37        00055 (<autogenerated>:1)	PCDATA	$1, $-1
    37        00055 (<autogenerated>:1)	PCDATA	$0, $-2
    37        00055 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    3c        00060 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    41        00065 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    46        00070 (<autogenerated>:1)	PCDATA	$0, $-1
    46        00070 (<autogenerated>:1)	MOVQ	8(SP), AX
    4b        00075 (<autogenerated>:1)	MOVQ	16(SP), BX
    50        00080 (<autogenerated>:1)	JMP	0
    52 done
wrote 3 bytes to 0x0
 00 52 00
main.main STEXT size=3901 align=0x0 args=0x0 locals=0x878 funcid=0x0
	0x0000 00000 (map_struct_float_keys.go:11)	TEXT	main.main(SB), ABIInternal, $2168-0
	0x0000 00000 (map_struct_float_keys.go:11)	LEAQ	-2040(SP), R12
	0x0008 00008 (map_struct_float_keys.go:11)	CMPQ	R12, 16(R14)
	0x000c 00012 (map_struct_float_keys.go:11)	PCDATA	$0, $-2
	0x000c 00012 (map_struct_float_keys.go:11)	JLS	3891
	0x0012 00018 (map_struct_float_keys.go:11)	PCDATA	$0, $-1
	0x0012 00018 (map_struct_float_keys.go:11)	PUSHQ	BP
	0x0013 00019 (map_struct_float_keys.go:11)	MOVQ	SP, BP
	0x0016 00022 (map_struct_float_keys.go:11)	SUBQ	$2160, SP
	0x001d 00029 (map_struct_float_keys.go:11)	FUNCDATA	$0, gclocals·8ydwDILTM6opVpLxgUBAqQ==(SB)
	0x001d 00029 (map_struct_float_keys.go:11)	FUNCDATA	$1, gclocals·hISIcWMV/jc6GcZwjoT/8Q==(SB)
	0x001d 00029 (map_struct_float_keys.go:11)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (map_struct_float_keys.go:12)	LEAQ	main..autotmp_29+1872(SP), AX
	0x0025 00037 (map_struct_float_keys.go:12)	MOVUPS	X15, (AX)
	0x0029 00041 (map_struct_float_keys.go:12)	MOVUPS	X15, 16(AX)
	0x002e 00046 (map_struct_float_keys.go:12)	MOVUPS	X15, 32(AX)
	0x0033 00051 (map_struct_float_keys.go:12)	LEAQ	main..autotmp_30+1608(SP), AX
	0x003b 00059 (map_struct_float_keys.go:12)	MOVL	$4, CX
	0x0040 00064 (map_struct_float_keys.go:12)	MOVUPS	X15, (AX)
	0x0044 00068 (map_struct_float_keys.go:12)	MOVUPS	X15, 16(AX)
	0x0049 00073 (map_struct_float_keys.go:12)	MOVUPS	X15, 32(AX)
	0x004e 00078 (map_struct_float_keys.go:12)	MOVUPS	X15, 48(AX)
	0x0053 00083 (map_struct_float_keys.go:12)	ADDQ	$64, AX
	0x0057 00087 (map_struct_float_keys.go:12)	DECL	CX
	0x0059 00089 (map_struct_float_keys.go:12)	JNE	64
	0x005b 00091 (map_struct_float_keys.go:12)	MOVUPS	X15, -8(AX)
	0x0060 00096 (map_struct_float_keys.go:12)	MOVQ	$-9187201950435737472, AX
	0x006a 00106 (map_struct_float_keys.go:12)	MOVQ	AX, main..autotmp_30+1608(SP)
	0x0072 00114 (map_struct_float_keys.go:12)	LEAQ	main..autotmp_30+1608(SP), AX
	0x007a 00122 (map_struct_float_keys.go:12)	MOVQ	AX, main..autotmp_29+1888(SP)
	0x0082 00130 (map_struct_float_keys.go:12)	PCDATA	$1, $1
	0x0082 00130 (map_struct_float_keys.go:12)	CALL	runtime.rand(SB)
	0x0087 00135 (map_struct_float_keys.go:12)	MOVQ	AX, main..autotmp_29+1880(SP)
	0x008f 00143 (map_struct_float_keys.go:13)	XORL	AX, AX
	0x0091 00145 (map_struct_float_keys.go:13)	JMP	150
	0x0093 00147 (map_struct_float_keys.go:13)	INCQ	AX
	0x0096 00150 (map_struct_float_keys.go:13)	CMPQ	AX, $3
	0x009a 00154 (map_struct_float_keys.go:13)	JGE	279
	0x009c 00156 (map_struct_float_keys.go:13)	MOVQ	AX, main.x+40(SP)
	0x00a1 00161 (map_struct_float_keys.go:14)	XORL	DX, DX
	0x00a3 00163 (map_struct_float_keys.go:14)	JMP	168
	0x00a5 00165 (map_struct_float_keys.go:14)	INCQ	DX
	0x00a8 00168 (map_struct_float_keys.go:14)	CMPQ	DX, $3
	0x00ac 00172 (map_struct_float_keys.go:14)	JGE	147
	0x00ae 00174 (map_struct_float_keys.go:15)	CMPQ	DX, AX
	0x00b1 00177 (map_struct_float_keys.go:15)	JEQ	165
	0x00b3 00179 (map_struct_float_keys.go:14)	MOVQ	DX, main.y+32(SP)
	0x00b8 00184 (map_struct_float_keys.go:16)	MOVQ	AX, main..autotmp_17+560(SP)
	0x00c0 00192 (map_struct_float_keys.go:16)	MOVQ	DX, main..autotmp_17+568(SP)
	0x00c8 00200 (map_struct_float_keys.go:16)	LEAQ	type:map[main.Point]string(SB), AX
	0x00cf 00207 (map_struct_float_keys.go:16)	LEAQ	main..autotmp_29+1872(SP), BX
	0x00d7 00215 (map_struct_float_keys.go:16)	LEAQ	main..autotmp_17+560(SP), CX
	0x00df 00223 (map_struct_float_keys.go:16)	NOP
	0x00e0 00224 (map_struct_float_keys.go:16)	CALL	runtime.mapassign(SB)
	0x00e5 00229 (map_struct_float_keys.go:16)	MOVQ	$3, 8(AX)
	0x00ed 00237 (map_struct_float_keys.go:16)	CMPL	runtime.writeBarrier(SB), $0
	0x00f4 00244 (map_struct_float_keys.go:16)	PCDATA	$0, $-2
	0x00f4 00244 (map_struct_float_keys.go:16)	JEQ	257
	0x00f6 00246 (map_struct_float_keys.go:16)	MOVQ	(AX), DX
	0x00f9 00249 (map_struct_float_keys.go:16)	CALL	runtime.gcWriteBarrier1(SB)
	0x00fe 00254 (map_struct_float_keys.go:16)	MOVQ	DX, (R11)
	0x0101 00257 (map_struct_float_keys.go:16)	LEAQ	go:string."off"(SB), DX
	0x0108 00264 (map_struct_float_keys.go:16)	MOVQ	DX, (AX)
	0x010b 00267 (map_struct_float_keys.go:15)	PCDATA	$0, $-1
	0x010b 00267 (map_struct_float_keys.go:15)	MOVQ	main.x+40(SP), AX
	0x0110 00272 (map_struct_float_keys.go:14)	MOVQ	main.y+32(SP), DX
	0x0115 00277 (map_struct_float_keys.go:16)	JMP	165
	0x0117 00279 (map_struct_float_keys.go:20)	LEAQ	type:map[main.Point]string(SB), AX
	0x011e 00286 (map_struct_float_keys.go:20)	LEAQ	main..autotmp_29+1872(SP), BX
	0x0126 00294 (map_struct_float_keys.go:20)	LEAQ	main..stmp_0(SB), CX
	0x012d 00301 (map_struct_float_keys.go:20)	CALL	runtime.mapassign(SB)
	0x0132 00306 (map_struct_float_keys.go:20)	MOVQ	$4, 8(AX)
	0x013a 00314 (map_struct_float_keys.go:37)	XORPS	X0, X0
	0x013d 00317 (map_struct_float_keys.go:37)	MOVSD	$f64.8000000000000000(SB), X1
	0x0145 00325 (map_struct_float_keys.go:37)	PXOR	X1, X0
	0x0149 00329 (map_struct_float_keys.go:37)	MOVSD	X0, main..autotmp_123+624(SP)
	0x0152 00338 (map_struct_float_keys.go:20)	CMPL	runtime.writeBarrier(SB), $0
	0x0159 00345 (map_struct_float_keys.go:20)	PCDATA	$0, $-2
	0x0159 00345 (map_struct_float_keys.go:20)	JEQ	360
	0x015b 00347 (map_struct_float_keys.go:20)	MOVQ	(AX), DX
	0x015e 00350 (map_struct_float_keys.go:20)	NOP
	0x0160 00352 (map_struct_float_keys.go:20)	CALL	runtime.gcWriteBarrier1(SB)
	0x0165 00357 (map_struct_float_keys.go:20)	MOVQ	DX, (R11)
	0x0168 00360 (map_struct_float_keys.go:20)	LEAQ	go:string."diag"(SB), DX
	0x016f 00367 (map_struct_float_keys.go:20)	MOVQ	DX, (AX)
	0x0172 00370 (map_struct_float_keys.go:21)	PCDATA	$0, $-1
	0x0172 00370 (map_struct_float_keys.go:21)	MOVQ	main..autotmp_29+1872(SP), DX
	0x017a 00378 (map_struct_float_keys.go:21)	MOVQ	DX, main..autotmp_124+616(SP)
	0x0182 00386 (map_struct_float_keys.go:21)	LEAQ	type:map[main.Point]string(SB), AX
	0x0189 00393 (map_struct_float_keys.go:21)	LEAQ	main..autotmp_29+1872(SP), BX
	0x0191 00401 (map_struct_float_keys.go:21)	LEAQ	main..stmp_1(SB), CX
	0x0198 00408 (map_struct_float_keys.go:21)	CALL	runtime.mapaccess1(SB)
	0x019d 00413 (map_struct_float_keys.go:21)	MOVQ	(AX), DX
	0x01a0 00416 (map_struct_float_keys.go:21)	MOVQ	DX, main..autotmp_125+2104(SP)
	0x01a8 00424 (map_struct_float_keys.go:21)	MOVQ	8(AX), DX
	0x01ac 00428 (map_struct_float_keys.go:21)	MOVQ	DX, main..autotmp_126+608(SP)
	0x01b4 00436 (map_struct_float_keys.go:21)	LEAQ	type:map[main.Point]string(SB), AX
	0x01bb 00443 (map_struct_float_keys.go:21)	LEAQ	main..autotmp_29+1872(SP), BX
	0x01c3 00451 (map_struct_float_keys.go:21)	LEAQ	main..stmp_2(SB), CX
	0x01ca 00458 (map_struct_float_keys.go:21)	PCDATA	$1, $2
	0x01ca 00458 (map_struct_float_keys.go:21)	CALL	runtime.mapaccess1(SB)
	0x01cf 00463 (map_struct_float_keys.go:21)	MOVQ	(AX), DX
	0x01d2 00466 (map_struct_float_keys.go:21)	MOVQ	DX, main..autotmp_127+2096(SP)
	0x01da 00474 (map_struct_float_keys.go:21)	MOVQ	8(AX), DX
	0x01de 00478 (map_struct_float_keys.go:21)	MOVQ	DX, main..autotmp_128+600(SP)
	0x01e6 00486 (map_struct_float_keys.go:21)	LEAQ	type:map[main.Point]string(SB), AX
	0x01ed 00493 (map_struct_float_keys.go:21)	LEAQ	main..autotmp_29+1872(SP), BX
	0x01f5 00501 (map_struct_float_keys.go:21)	LEAQ	main..stmp_3(SB), CX
	0x01fc 00508 (map_struct_float_keys.go:21)	PCDATA	$1, $3
	0x01fc 00508 (map_struct_float_keys.go:21)	NOP
	0x0200 00512 (map_struct_float_keys.go:21)	CALL	runtime.mapaccess1(SB)
	0x0205 00517 (map_struct_float_keys.go:32)	XORPS	X0, X0
	0x0208 00520 (map_struct_float_keys.go:32)	DIVSD	X0, X0
	0x020c 00524 (map_struct_float_keys.go:32)	MOVSD	X0, main.nan+56(SP)
	0x0212 00530 (map_struct_float_keys.go:21)	MOVQ	8(AX), DX
	0x0216 00534 (map_struct_float_keys.go:21)	MOVQ	DX, main..autotmp_129+592(SP)
	0x021e 00542 (map_struct_float_keys.go:21)	NOP
	0x0220 00544 (map_struct_float_keys.go:21)	CALL	runtime.printlock(SB)
	0x0225 00549 (map_struct_float_keys.go:21)	MOVQ	main..autotmp_124+616(SP), AX
	0x022d 00557 (map_struct_float_keys.go:21)	CALL	runtime.printint(SB)
	0x0232 00562 (map_struct_float_keys.go:21)	CALL	runtime.printsp(SB)
	0x0237 00567 (map_struct_float_keys.go:21)	MOVQ	main..autotmp_125+2104(SP), AX
	0x023f 00575 (map_struct_float_keys.go:21)	MOVQ	main..autotmp_126+608(SP), BX
	0x0247 00583 (map_struct_float_keys.go:21)	PCDATA	$1, $4
	0x0247 00583 (map_struct_float_keys.go:21)	CALL	runtime.printstring(SB)
	0x024c 00588 (map_struct_float_keys.go:21)	CALL	runtime.printsp(SB)
	0x0251 00593 (map_struct_float_keys.go:21)	MOVQ	main..autotmp_127+2096(SP), AX
	0x0259 00601 (map_struct_float_keys.go:21)	MOVQ	main..autotmp_128+600(SP), BX
	0x0261 00609 (map_struct_float_keys.go:21)	PCDATA	$1, $0
	0x0261 00609 (map_struct_float_keys.go:21)	CALL	runtime.printstring(SB)
	0x0266 00614 (map_struct_float_keys.go:21)	CALL	runtime.printsp(SB)
	0x026b 00619 (map_struct_float_keys.go:21)	MOVQ	main..autotmp_129+592(SP), DX
	0x0273 00627 (map_struct_float_keys.go:21)	TESTQ	DX, DX
	0x0276 00630 (map_struct_float_keys.go:21)	SETEQ	AL
	0x0279 00633 (map_struct_float_keys.go:21)	CALL	runtime.printbool(SB)
	0x027e 00638 (map_struct_float_keys.go:21)	NOP
	0x0280 00640 (map_struct_float_keys.go:21)	CALL	runtime.printnl(SB)
	0x0285 00645 (map_struct_float_keys.go:21)	CALL	runtime.printunlock(SB)
	0x028a 00650 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_41+1560(SP), DX
	0x0292 00658 (map_struct_float_keys.go:23)	MOVUPS	X15, (DX)
	0x0296 00662 (map_struct_float_keys.go:23)	MOVUPS	X15, 16(DX)
	0x029b 00667 (map_struct_float_keys.go:23)	MOVUPS	X15, 32(DX)
	0x02a0 00672 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_42+1296(SP), DX
	0x02a8 00680 (map_struct_float_keys.go:23)	MOVL	$4, SI
	0x02ad 00685 (map_struct_float_keys.go:23)	MOVUPS	X15, (DX)
	0x02b1 00689 (map_struct_float_keys.go:23)	MOVUPS	X15, 16(DX)
	0x02b6 00694 (map_struct_float_keys.go:23)	MOVUPS	X15, 32(DX)
	0x02bb 00699 (map_struct_float_keys.go:23)	MOVUPS	X15, 48(DX)
	0x02c0 00704 (map_struct_float_keys.go:23)	ADDQ	$64, DX
	0x02c4 00708 (map_struct_float_keys.go:23)	DECL	SI
	0x02c6 00710 (map_struct_float_keys.go:23)	JNE	685
	0x02c8 00712 (map_struct_float_keys.go:23)	MOVUPS	X15, -8(DX)
	0x02cd 00717 (map_struct_float_keys.go:23)	MOVQ	$-9187201950435737472, DX
	0x02d7 00727 (map_struct_float_keys.go:23)	MOVQ	DX, main..autotmp_42+1296(SP)
	0x02df 00735 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_42+1296(SP), DX
	0x02e7 00743 (map_struct_float_keys.go:23)	MOVQ	DX, main..autotmp_41+1576(SP)
	0x02ef 00751 (map_struct_float_keys.go:23)	PCDATA	$1, $5
	0x02ef 00751 (map_struct_float_keys.go:23)	CALL	runtime.rand(SB)
	0x02f4 00756 (map_struct_float_keys.go:23)	MOVQ	AX, main..autotmp_41+1568(SP)
	0x02fc 00764 (map_struct_float_keys.go:23)	LEAQ	go:string."a"(SB), DX
	0x0303 00771 (map_struct_float_keys.go:23)	MOVQ	DX, main..autotmp_48+1272(SP)
	0x030b 00779 (map_struct_float_keys.go:23)	MOVQ	$1, main..autotmp_48+1280(SP)
	0x0317 00791 (map_struct_float_keys.go:23)	MOVB	$1, main..autotmp_48+1288(SP)
	0x031f 00799 (map_struct_float_keys.go:23)	LEAQ	type:map[main.Key]int(SB), AX
	0x0326 00806 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_41+1560(SP), BX
	0x032e 00814 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_48+1272(SP), CX
	0x0336 00822 (map_struct_float_keys.go:23)	CALL	runtime.mapassign(SB)
	0x033b 00827 (map_struct_float_keys.go:23)	MOVQ	$10, (AX)
	0x0342 00834 (map_struct_float_keys.go:23)	LEAQ	go:string."a"(SB), DX
	0x0349 00841 (map_struct_float_keys.go:23)	MOVQ	DX, main..autotmp_50+1248(SP)
	0x0351 00849 (map_struct_float_keys.go:23)	MOVQ	$1, main..autotmp_50+1256(SP)
	0x035d 00861 (map_struct_float_keys.go:23)	MOVB	$2, main..autotmp_50+1264(SP)
	0x0365 00869 (map_struct_float_keys.go:23)	LEAQ	type:map[main.Key]int(SB), AX
	0x036c 00876 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_41+1560(SP), BX
	0x0374 00884 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_50+1248(SP), CX
	0x037c 00892 (map_struct_float_keys.go:23)	NOP
	0x0380 00896 (map_struct_float_keys.go:23)	CALL	runtime.mapassign(SB)
	0x0385 00901 (map_struct_float_keys.go:23)	MOVQ	$20, (AX)
	0x038c 00908 (map_struct_float_keys.go:23)	LEAQ	go:string."b"(SB), DX
	0x0393 00915 (map_struct_float_keys.go:23)	MOVQ	DX, main..autotmp_52+1224(SP)
	0x039b 00923 (map_struct_float_keys.go:23)	MOVQ	$1, main..autotmp_52+1232(SP)
	0x03a7 00935 (map_struct_float_keys.go:23)	MOVB	$1, main..autotmp_52+1240(SP)
	0x03af 00943 (map_struct_float_keys.go:23)	LEAQ	type:map[main.Key]int(SB), AX
	0x03b6 00950 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_41+1560(SP), BX
	0x03be 00958 (map_struct_float_keys.go:23)	LEAQ	main..autotmp_52+1224(SP), CX
	0x03c6 00966 (map_struct_float_keys.go:23)	CALL	runtime.mapassign(SB)
	0x03cb 00971 (map_struct_float_keys.go:23)	MOVQ	$30, (AX)
	0x03d2 00978 (map_struct_float_keys.go:24)	LEAQ	type:map[main.Key]int(SB), AX
	0x03d9 00985 (map_struct_float_keys.go:24)	LEAQ	main..autotmp_41+1560(SP), BX
	0x03e1 00993 (map_struct_float_keys.go:24)	LEAQ	main..stmp_4(SB), CX
	0x03e8 01000 (map_struct_float_keys.go:24)	CALL	runtime.mapassign(SB)
	0x03ed 01005 (map_struct_float_keys.go:24)	ADDQ	$5, (AX)
	0x03f1 01009 (map_struct_float_keys.go:25)	MOVQ	main..autotmp_41+1560(SP), DX
	0x03f9 01017 (map_struct_float_keys.go:25)	MOVQ	DX, main..autotmp_124+616(SP)
	0x0401 01025 (map_struct_float_keys.go:25)	LEAQ	type:map[main.Key]int(SB), AX
	0x0408 01032 (map_struct_float_keys.go:25)	LEAQ	main..autotmp_41+1560(SP), BX
	0x0410 01040 (map_struct_float_keys.go:25)	LEAQ	main..stmp_5(SB), CX
	0x0417 01047 (map_struct_float_keys.go:25)	PCDATA	$1, $0
	0x0417 01047 (map_struct_float_keys.go:25)	CALL	runtime.mapaccess1(SB)
	0x041c 01052 (map_struct_float_keys.go:25)	MOVQ	(AX), DX
	0x041f 01055 (map_struct_float_keys.go:25)	MOVQ	DX, main..autotmp_126+608(SP)
	0x0427 01063 (map_struct_float_keys.go:25)	CALL	runtime.printlock(SB)
	0x042c 01068 (map_struct_float_keys.go:25)	MOVQ	main..autotmp_126+608(SP), AX
	0x0434 01076 (map_struct_float_keys.go:25)	CALL	runtime.printint(SB)
	0x0439 01081 (map_struct_float_keys.go:25)	CALL	runtime.printsp(SB)
	0x043e 01086 (map_struct_float_keys.go:25)	MOVQ	main..autotmp_124+616(SP), AX
	0x0446 01094 (map_struct_float_keys.go:25)	CALL	runtime.printint(SB)
	0x044b 01099 (map_struct_float_keys.go:25)	CALL	runtime.printnl(SB)
	0x0450 01104 (map_struct_float_keys.go:25)	CALL	runtime.printunlock(SB)
	0x0455 01109 (map_struct_float_keys.go:27)	LEAQ	main..autotmp_56+1176(SP), DX
	0x045d 01117 (map_struct_float_keys.go:27)	MOVUPS	X15, (DX)
	0x0461 01121 (map_struct_float_keys.go:27)	MOVUPS	X15, 16(DX)
	0x0466 01126 (map_struct_float_keys.go:27)	MOVUPS	X15, 32(DX)
	0x046b 01131 (map_struct_float_keys.go:27)	LEAQ	main..autotmp_57+352(SP), DX
	0x0473 01139 (map_struct_float_keys.go:27)	MOVL	$3, SI
	0x0478 01144 (map_struct_float_keys.go:27)	MOVUPS	X15, (DX)
	0x047c 01148 (map_struct_float_keys.go:27)	MOVUPS	X15, 16(DX)
	0x0481 01153 (map_struct_float_keys.go:27)	MOVUPS	X15, 32(DX)
	0x0486 01158 (map_struct_float_keys.go:27)	MOVUPS	X15, 48(DX)
	0x048b 01163 (map_struct_float_keys.go:27)	ADDQ	$64, DX
	0x048f 01167 (map_struct_float_keys.go:27)	DECL	SI
	0x0491 01169 (map_struct_float_keys.go:27)	JNE	1144
	0x0493 01171 (map_struct_float_keys.go:27)	MOVUPS	X15, -8(DX)
	0x0498 01176 (map_struct_float_keys.go:27)	MOVQ	$-9187201950435737472, DX
	0x04a2 01186 (map_struct_float_keys.go:27)	MOVQ	DX, main..autotmp_57+352(SP)
	0x04aa 01194 (map_struct_float_keys.go:27)	LEAQ	main..autotmp_57+352(SP), DX
	0x04b2 01202 (map_struct_float_keys.go:27)	MOVQ	DX, main..autotmp_56+1192(SP)
	0x04ba 01210 (map_struct_float_keys.go:27)	PCDATA	$1, $6
	0x04ba 01210 (map_struct_float_keys.go:27)	CALL	runtime.rand(SB)
	0x04bf 01215 (map_struct_float_keys.go:27)	MOVQ	AX, main..autotmp_56+1184(SP)
	0x04c7 01223 (map_struct_float_keys.go:27)	MOVQ	$1, main..autotmp_61+336(SP)
	0x04d3 01235 (map_struct_float_keys.go:27)	MOVQ	$2, main..autotmp_61+344(SP)
	0x04df 01247 (map_struct_float_keys.go:27)	LEAQ	type:map[[2]int]int(SB), AX
	0x04e6 01254 (map_struct_float_keys.go:27)	LEAQ	main..autotmp_56+1176(SP), BX
	0x04ee 01262 (map_struct_float_keys.go:27)	LEAQ	main..autotmp_61+336(SP), CX
	0x04f6 01270 (map_struct_float_keys.go:27)	CALL	runtime.mapassign(SB)
	0x04fb 01275 (map_struct_float_keys.go:27)	MOVQ	$3, (AX)
	0x0502 01282 (map_struct_float_keys.go:28)	LEAQ	type:map[[2]int]int(SB), AX
	0x0509 01289 (map_struct_float_keys.go:28)	LEAQ	main..autotmp_56+1176(SP), BX
	0x0511 01297 (map_struct_float_keys.go:28)	LEAQ	main..stmp_6(SB), CX
	0x0518 01304 (map_struct_float_keys.go:28)	CALL	runtime.mapassign(SB)
	0x051d 01309 (map_struct_float_keys.go:28)	INCQ	(AX)
	0x0520 01312 (map_struct_float_keys.go:29)	LEAQ	type:map[[2]int]int(SB), AX
	0x0527 01319 (map_struct_float_keys.go:29)	LEAQ	main..autotmp_56+1176(SP), BX
	0x052f 01327 (map_struct_float_keys.go:29)	LEAQ	main..stmp_7(SB), CX
	0x0536 01334 (map_struct_float_keys.go:29)	PCDATA	$1, $0
	0x0536 01334 (map_struct_float_keys.go:29)	CALL	runtime.mapaccess1(SB)
	0x053b 01339 (map_struct_float_keys.go:29)	MOVQ	(AX), DX
	0x053e 01342 (map_struct_float_keys.go:29)	MOVQ	DX, main..autotmp_126+608(SP)
	0x0546 01350 (map_struct_float_keys.go:29)	CALL	runtime.printlock(SB)
	0x054b 01355 (map_struct_float_keys.go:29)	MOVQ	main..autotmp_126+608(SP), AX
	0x0553 01363 (map_struct_float_keys.go:29)	CALL	runtime.printint(SB)
	0x0558 01368 (map_struct_float_keys.go:29)	CALL	runtime.printnl(SB)
	0x055d 01373 (map_struct_float_keys.go:29)	NOP
	0x0560 01376 (map_struct_float_keys.go:29)	CALL	runtime.printunlock(SB)
	0x0565 01381 (map_struct_float_keys.go:33)	LEAQ	main..autotmp_66+1128(SP), DX
	0x056d 01389 (map_struct_float_keys.go:33)	MOVUPS	X15, (DX)
	0x0571 01393 (map_struct_float_keys.go:33)	MOVUPS	X15, 16(DX)
	0x0576 01398 (map_struct_float_keys.go:33)	MOVUPS	X15, 32(DX)
	0x057b 01403 (map_struct_float_keys.go:33)	LEAQ	main..autotmp_67+200(SP), DX
	0x0583 01411 (map_struct_float_keys.go:33)	MOVUPS	X15, (DX)
	0x0587 01415 (map_struct_float_keys.go:33)	MOVUPS	X15, 16(DX)
	0x058c 01420 (map_struct_float_keys.go:33)	MOVUPS	X15, 32(DX)
	0x0591 01425 (map_struct_float_keys.go:33)	MOVUPS	X15, 48(DX)
	0x0596 01430 (map_struct_float_keys.go:33)	MOVUPS	X15, 64(DX)
	0x059b 01435 (map_struct_float_keys.go:33)	MOVUPS	X15, 80(DX)
	0x05a0 01440 (map_struct_float_keys.go:33)	MOVUPS	X15, 96(DX)
	0x05a5 01445 (map_struct_float_keys.go:33)	MOVUPS	X15, 112(DX)
	0x05aa 01450 (map_struct_float_keys.go:33)	MOVUPS	X15, 120(DX)
	0x05af 01455 (map_struct_float_keys.go:33)	MOVQ	$-9187201950435737472, SI
	0x05b9 01465 (map_struct_float_keys.go:33)	MOVQ	SI, main..autotmp_67+200(SP)
	0x05c1 01473 (map_struct_float_keys.go:33)	MOVQ	DX, main..autotmp_66+1144(SP)
	0x05c9 01481 (map_struct_float_keys.go:33)	PCDATA	$1, $7
	0x05c9 01481 (map_struct_float_keys.go:33)	CALL	runtime.rand(SB)
	0x05ce 01486 (map_struct_float_keys.go:33)	MOVQ	AX, main..autotmp_66+1136(SP)
	0x05d6 01494 (map_struct_float_keys.go:34)	MOVSD	main.nan+56(SP), X0
	0x05dc 01500 (map_struct_float_keys.go:34)	MOVSD	X0, main..autotmp_19+552(SP)
	0x05e5 01509 (map_struct_float_keys.go:34)	LEAQ	type:map[float64]int(SB), AX
	0x05ec 01516 (map_struct_float_keys.go:34)	LEAQ	main..autotmp_66+1128(SP), BX
	0x05f4 01524 (map_struct_float_keys.go:34)	LEAQ	main..autotmp_19+552(SP), CX
	0x05fc 01532 (map_struct_float_keys.go:34)	NOP
	0x0600 01536 (map_struct_float_keys.go:34)	CALL	runtime.mapassign(SB)
	0x0605 01541 (map_struct_float_keys.go:34)	MOVQ	$1, (AX)
	0x060c 01548 (map_struct_float_keys.go:35)	MOVSD	main.nan+56(SP), X0
	0x0612 01554 (map_struct_float_keys.go:35)	MOVSD	X0, main..autotmp_19+552(SP)
	0x061b 01563 (map_struct_float_keys.go:35)	LEAQ	type:map[float64]int(SB), AX
	0x0622 01570 (map_struct_float_keys.go:35)	LEAQ	main..autotmp_66+1128(SP), BX
	0x062a 01578 (map_struct_float_keys.go:35)	LEAQ	main..autotmp_19+552(SP), CX
	0x0632 01586 (map_struct_float_keys.go:35)	CALL	runtime.mapassign(SB)
	0x0637 01591 (map_struct_float_keys.go:35)	MOVQ	$2, (AX)
	0x063e 01598 (map_struct_float_keys.go:36)	LEAQ	type:map[float64]int(SB), AX
	0x0645 01605 (map_struct_float_keys.go:36)	LEAQ	main..autotmp_66+1128(SP), BX
	0x064d 01613 (map_struct_float_keys.go:36)	LEAQ	main..stmp_8(SB), CX
	0x0654 01620 (map_struct_float_keys.go:36)	CALL	runtime.mapassign(SB)
	0x0659 01625 (map_struct_float_keys.go:36)	MOVQ	$3, (AX)
	0x0660 01632 (map_struct_float_keys.go:37)	MOVSD	main..autotmp_123+624(SP), X0
	0x0669 01641 (map_struct_float_keys.go:37)	MOVSD	X0, main..autotmp_19+552(SP)
	0x0672 01650 (map_struct_float_keys.go:37)	LEAQ	type:map[float64]int(SB), AX
	0x0679 01657 (map_struct_float_keys.go:37)	LEAQ	main..autotmp_66+1128(SP), BX
	0x0681 01665 (map_struct_float_keys.go:37)	LEAQ	main..autotmp_19+552(SP), CX
	0x0689 01673 (map_struct_float_keys.go:37)	CALL	runtime.mapassign(SB)
	0x068e 01678 (map_struct_float_keys.go:37)	MOVQ	$4, (AX)
	0x0695 01685 (map_struct_float_keys.go:38)	LEAQ	type:map[float64]int(SB), AX
	0x069c 01692 (map_struct_float_keys.go:38)	LEAQ	main..autotmp_66+1128(SP), BX
	0x06a4 01700 (map_struct_float_keys.go:38)	LEAQ	main..stmp_9(SB), CX
	0x06ab 01707 (map_struct_float_keys.go:38)	CALL	runtime.mapassign(SB)
	0x06b0 01712 (map_struct_float_keys.go:38)	MOVQ	$5, (AX)
	0x06b7 01719 (map_struct_float_keys.go:39)	MOVSD	main.nan+56(SP), X0
	0x06bd 01725 (map_struct_float_keys.go:39)	MOVSD	X0, main..autotmp_19+552(SP)
	0x06c6 01734 (map_struct_float_keys.go:39)	LEAQ	type:map[float64]int(SB), AX
	0x06cd 01741 (map_struct_float_keys.go:39)	LEAQ	main..autotmp_66+1128(SP), BX
	0x06d5 01749 (map_struct_float_keys.go:39)	LEAQ	main..autotmp_19+552(SP), CX
	0x06dd 01757 (map_struct_float_keys.go:39)	NOP
	0x06e0 01760 (map_struct_float_keys.go:39)	CALL	runtime.mapaccess2(SB)
	0x06e5 01765 (map_struct_float_keys.go:39)	MOVB	BL, main.found+30(SP)
	0x06e9 01769 (map_struct_float_keys.go:40)	MOVQ	main..autotmp_66+1128(SP), DX
	0x06f1 01777 (map_struct_float_keys.go:40)	MOVQ	DX, main..autotmp_124+616(SP)
	0x06f9 01785 (map_struct_float_keys.go:40)	LEAQ	type:map[float64]int(SB), AX
	0x0700 01792 (map_struct_float_keys.go:40)	LEAQ	main..autotmp_66+1128(SP), BX
	0x0708 01800 (map_struct_float_keys.go:40)	LEAQ	main..stmp_10(SB), CX
	0x070f 01807 (map_struct_float_keys.go:40)	CALL	runtime.mapaccess1(SB)
	0x0714 01812 (map_struct_float_keys.go:40)	MOVQ	(AX), DX
	0x0717 01815 (map_struct_float_keys.go:40)	MOVQ	DX, main..autotmp_126+608(SP)
	0x071f 01823 (map_struct_float_keys.go:40)	LEAQ	type:map[float64]int(SB), AX
	0x0726 01830 (map_struct_float_keys.go:40)	LEAQ	main..autotmp_66+1128(SP), BX
	0x072e 01838 (map_struct_float_keys.go:40)	LEAQ	main..stmp_11(SB), CX
	0x0735 01845 (map_struct_float_keys.go:40)	CALL	runtime.mapaccess1(SB)
	0x073a 01850 (map_struct_float_keys.go:40)	MOVQ	(AX), DX
	0x073d 01853 (map_struct_float_keys.go:40)	MOVQ	DX, main..autotmp_128+600(SP)
	0x0745 01861 (map_struct_float_keys.go:40)	CALL	runtime.printlock(SB)
	0x074a 01866 (map_struct_float_keys.go:40)	MOVQ	main..autotmp_124+616(SP), AX
	0x0752 01874 (map_struct_float_keys.go:40)	CALL	runtime.printint(SB)
	0x0757 01879 (map_struct_float_keys.go:40)	CALL	runtime.printsp(SB)
	0x075c 01884 (map_struct_float_keys.go:40)	MOVBLZX	main.found+30(SP), AX
	0x0761 01889 (map_struct_float_keys.go:40)	CALL	runtime.printbool(SB)
	0x0766 01894 (map_struct_float_keys.go:40)	CALL	runtime.printsp(SB)
	0x076b 01899 (map_struct_float_keys.go:40)	MOVQ	main..autotmp_126+608(SP), AX
	0x0773 01907 (map_struct_float_keys.go:40)	CALL	runtime.printint(SB)
	0x0778 01912 (map_struct_float_keys.go:40)	CALL	runtime.printsp(SB)
	0x077d 01917 (map_struct_float_keys.go:40)	MOVQ	main..autotmp_128+600(SP), AX
	0x0785 01925 (map_struct_float_keys.go:40)	CALL	runtime.printint(SB)
	0x078a 01930 (map_struct_float_keys.go:40)	CALL	runtime.printnl(SB)
	0x078f 01935 (map_struct_float_keys.go:40)	CALL	runtime.printunlock(SB)
	0x0794 01940 (map_struct_float_keys.go:42)	LEAQ	main..autotmp_22+1984(SP), CX
	0x079c 01948 (map_struct_float_keys.go:42)	MOVUPS	X15, (CX)
	0x07a0 01952 (map_struct_float_keys.go:42)	MOVUPS	X15, 16(CX)
	0x07a5 01957 (map_struct_float_keys.go:42)	MOVUPS	X15, 32(CX)
	0x07aa 01962 (map_struct_float_keys.go:42)	MOVUPS	X15, 48(CX)
	0x07af 01967 (map_struct_float_keys.go:42)	MOVUPS	X15, 64(CX)
	0x07b4 01972 (map_struct_float_keys.go:42)	MOVUPS	X15, 80(CX)
	0x07b9 01977 (map_struct_float_keys.go:42)	LEAQ	type:map[float64]int(SB), AX
	0x07c0 01984 (map_struct_float_keys.go:42)	LEAQ	main..autotmp_66+1128(SP), BX
	0x07c8 01992 (map_struct_float_keys.go:42)	PCDATA	$1, $8
	0x07c8 01992 (map_struct_float_keys.go:42)	CALL	runtime.mapIterStart(SB)
	0x07cd 01997 (map_struct_float_keys.go:42)	XORL	AX, AX
	0x07cf 01999 (map_struct_float_keys.go:42)	JMP	2035
	0x07d1 02001 (map_struct_float_keys.go:42)	MOVQ	main..autotmp_22+1992(SP), CX
	0x07d9 02009 (map_struct_float_keys.go:42)	ADDQ	(CX), AX
	0x07dc 02012 (map_struct_float_keys.go:42)	MOVQ	AX, main.sum+48(SP)
	0x07e1 02017 (map_struct_float_keys.go:42)	LEAQ	main..autotmp_22+1984(SP), AX
	0x07e9 02025 (map_struct_float_keys.go:42)	CALL	runtime.mapIterNext(SB)
	0x07ee 02030 (map_struct_float_keys.go:42)	MOVQ	main.sum+48(SP), AX
	0x07f3 02035 (map_struct_float_keys.go:42)	CMPQ	main..autotmp_22+1984(SP), $0
	0x07fc 02044 (map_struct_float_keys.go:42)	JNE	2001
	0x07fe 02046 (map_struct_float_keys.go:42)	MOVQ	AX, main.sum+48(SP)
	0x0803 02051 (map_struct_float_keys.go:45)	PCDATA	$1, $0
	0x0803 02051 (map_struct_float_keys.go:45)	CALL	runtime.printlock(SB)
	0x0808 02056 (map_struct_float_keys.go:45)	LEAQ	go:string."sum "(SB), AX
	0x080f 02063 (map_struct_float_keys.go:45)	MOVL	$4, BX
	0x0814 02068 (map_struct_float_keys.go:45)	CALL	runtime.printstring(SB)
	0x0819 02073 (map_struct_float_keys.go:45)	MOVQ	main.sum+48(SP), AX
	0x081e 02078 (map_struct_float_keys.go:45)	NOP
	0x0820 02080 (map_struct_float_keys.go:45)	CALL	runtime.printint(SB)
	0x0825 02085 (map_struct_float_keys.go:45)	CALL	runtime.printnl(SB)
	0x082a 02090 (map_struct_float_keys.go:45)	CALL	runtime.printunlock(SB)
	0x082f 02095 (map_struct_float_keys.go:47)	LEAQ	main..autotmp_81+1080(SP), AX
	0x0837 02103 (map_struct_float_keys.go:47)	MOVUPS	X15, (AX)
	0x083b 02107 (map_struct_float_keys.go:47)	MOVUPS	X15, 16(AX)
	0x0840 02112 (map_struct_float_keys.go:47)	MOVUPS	X15, 32(AX)
	0x0845 02117 (map_struct_float_keys.go:47)	LEAQ	main..autotmp_82+64(SP), AX
	0x084a 02122 (map_struct_float_keys.go:47)	MOVUPS	X15, (AX)
	0x084e 02126 (map_struct_float_keys.go:47)	MOVUPS	X15, 16(AX)
	0x0853 02131 (map_struct_float_keys.go:47)	MOVUPS	X15, 32(AX)
	0x0858 02136 (map_struct_float_keys.go:47)	MOVUPS	X15, 48(AX)
	0x085d 02141 (map_struct_float_keys.go:47)	MOVUPS	X15, 64(AX)
	0x0862 02146 (map_struct_float_keys.go:47)	MOVUPS	X15, 80(AX)
	0x0867 02151 (map_struct_float_keys.go:47)	MOVUPS	X15, 96(AX)
	0x086c 02156 (map_struct_float_keys.go:47)	MOVUPS	X15, 112(AX)
	0x0871 02161 (map_struct_float_keys.go:47)	MOVUPS	X15, 120(AX)
	0x0876 02166 (map_struct_float_keys.go:47)	MOVQ	$-9187201950435737472, CX
	0x0880 02176 (map_struct_float_keys.go:47)	MOVQ	CX, main..autotmp_82+64(SP)
	0x0885 02181 (map_struct_float_keys.go:47)	MOVQ	AX, main..autotmp_81+1096(SP)
	0x088d 02189 (map_struct_float_keys.go:47)	PCDATA	$1, $9
	0x088d 02189 (map_struct_float_keys.go:47)	CALL	runtime.rand(SB)
	0x0892 02194 (map_struct_float_keys.go:47)	MOVQ	AX, main..autotmp_81+1088(SP)
	0x089a 02202 (map_struct_float_keys.go:47)	MOVB	$1, main..autotmp_88+31(SP)
	0x089f 02207 (map_struct_float_keys.go:47)	LEAQ	type:map[bool]int(SB), AX
	0x08a6 02214 (map_struct_float_keys.go:47)	LEAQ	main..autotmp_81+1080(SP), BX
	0x08ae 02222 (map_struct_float_keys.go:47)	LEAQ	main..autotmp_88+31(SP), CX
	0x08b3 02227 (map_struct_float_keys.go:47)	CALL	runtime.mapassign(SB)
	0x08b8 02232 (map_struct_float_keys.go:47)	MOVQ	$1, (AX)
	0x08bf 02239 (map_struct_float_keys.go:48)	LEAQ	type:map[bool]int(SB), AX
	0x08c6 02246 (map_struct_float_keys.go:48)	LEAQ	main..autotmp_81+1080(SP), BX
	0x08ce 02254 (map_struct_float_keys.go:48)	LEAQ	main..stmp_12(SB), CX
	0x08d5 02261 (map_struct_float_keys.go:48)	CALL	runtime.mapassign(SB)
	0x08da 02266 (map_struct_float_keys.go:48)	DECQ	(AX)
	0x08dd 02269 (map_struct_float_keys.go:49)	MOVQ	main..autotmp_81+1080(SP), AX
	0x08e5 02277 (map_struct_float_keys.go:49)	MOVQ	AX, main..autotmp_124+616(SP)
	0x08ed 02285 (map_struct_float_keys.go:49)	LEAQ	type:map[bool]int(SB), AX
	0x08f4 02292 (map_struct_float_keys.go:49)	LEAQ	main..autotmp_81+1080(SP), BX
	0x08fc 02300 (map_struct_float_keys.go:49)	LEAQ	main..stmp_13(SB), CX
	0x0903 02307 (map_struct_float_keys.go:49)	CALL	runtime.mapaccess1(SB)
	0x0908 02312 (map_struct_float_keys.go:49)	MOVQ	(AX), AX
	0x090b 02315 (map_struct_float_keys.go:49)	MOVQ	AX, main..autotmp_126+608(SP)
	0x0913 02323 (map_struct_float_keys.go:49)	LEAQ	type:map[bool]int(SB), AX
	0x091a 02330 (map_struct_float_keys.go:49)	LEAQ	main..autotmp_81+1080(SP), BX
	0x0922 02338 (map_struct_float_keys.go:49)	LEAQ	main..stmp_14(SB), CX
	0x0929 02345 (map_struct_float_keys.go:49)	PCDATA	$1, $0
	0x0929 02345 (map_struct_float_keys.go:49)	CALL	runtime.mapaccess1(SB)
	0x092e 02350 (map_struct_float_keys.go:49)	MOVQ	(AX), AX
	0x0931 02353 (map_struct_float_keys.go:49)	MOVQ	AX, main..autotmp_128+600(SP)
	0x0939 02361 (map_struct_float_keys.go:49)	CALL	runtime.printlock(SB)
	0x093e 02366 (map_struct_float_keys.go:49)	MOVQ	main..autotmp_126+608(SP), AX
	0x0946 02374 (map_struct_float_keys.go:49)	CALL	runtime.printint(SB)
	0x094b 02379 (map_struct_float_keys.go:49)	CALL	runtime.printsp(SB)
	0x0950 02384 (map_struct_float_keys.go:49)	MOVQ	main..autotmp_128+600(SP), AX
	0x0958 02392 (map_struct_float_keys.go:49)	CALL	runtime.printint(SB)
	0x095d 02397 (map_struct_float_keys.go:49)	NOP
	0x0960 02400 (map_struct_float_keys.go:49)	CALL	runtime.printsp(SB)
	0x0965 02405 (map_struct_float_keys.go:49)	MOVQ	main..autotmp_124+616(SP), AX
	0x096d 02413 (map_struct_float_keys.go:49)	CALL	runtime.printint(SB)
	0x0972 02418 (map_struct_float_keys.go:49)	CALL	runtime.printnl(SB)
	0x0977 02423 (map_struct_float_keys.go:49)	CALL	runtime.printunlock(SB)
	0x097c 02428 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_93+1032(SP), AX
	0x0984 02436 (map_struct_float_keys.go:51)	MOVUPS	X15, (AX)
	0x0988 02440 (map_struct_float_keys.go:51)	MOVUPS	X15, 16(AX)
	0x098d 02445 (map_struct_float_keys.go:51)	MOVUPS	X15, 32(AX)
	0x0992 02450 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_94+768(SP), AX
	0x099a 02458 (map_struct_float_keys.go:51)	MOVL	$4, CX
	0x099f 02463 (map_struct_float_keys.go:51)	MOVUPS	X15, (AX)
	0x09a3 02467 (map_struct_float_keys.go:51)	MOVUPS	X15, 16(AX)
	0x09a8 02472 (map_struct_float_keys.go:51)	MOVUPS	X15, 32(AX)
	0x09ad 02477 (map_struct_float_keys.go:51)	MOVUPS	X15, 48(AX)
	0x09b2 02482 (map_struct_float_keys.go:51)	ADDQ	$64, AX
	0x09b6 02486 (map_struct_float_keys.go:51)	DECL	CX
	0x09b8 02488 (map_struct_float_keys.go:51)	JNE	2463
	0x09ba 02490 (map_struct_float_keys.go:51)	MOVUPS	X15, -8(AX)
	0x09bf 02495 (map_struct_float_keys.go:51)	MOVQ	$-9187201950435737472, AX
	0x09c9 02505 (map_struct_float_keys.go:51)	MOVQ	AX, main..autotmp_94+768(SP)
	0x09d1 02513 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_94+768(SP), AX
	0x09d9 02521 (map_struct_float_keys.go:51)	MOVQ	AX, main..autotmp_93+1048(SP)
	0x09e1 02529 (map_struct_float_keys.go:51)	PCDATA	$1, $10
	0x09e1 02529 (map_struct_float_keys.go:51)	CALL	runtime.rand(SB)
	0x09e6 02534 (map_struct_float_keys.go:51)	MOVQ	AX, main..autotmp_93+1040(SP)
	0x09ee 02542 (map_struct_float_keys.go:51)	LEAQ	type:int(SB), AX
	0x09f5 02549 (map_struct_float_keys.go:51)	MOVQ	AX, main..autotmp_24+1968(SP)
	0x09fd 02557 (map_struct_float_keys.go:51)	LEAQ	main..stmp_15(SB), AX
	0x0a04 02564 (map_struct_float_keys.go:51)	MOVQ	AX, main..autotmp_24+1976(SP)
	0x0a0c 02572 (map_struct_float_keys.go:51)	LEAQ	type:map[interface {}]string(SB), AX
	0x0a13 02579 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_93+1032(SP), BX
	0x0a1b 02587 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_24+1968(SP), CX
	0x0a23 02595 (map_struct_float_keys.go:51)	CALL	runtime.mapassign(SB)
	0x0a28 02600 (map_struct_float_keys.go:51)	MOVQ	$3, 8(AX)
	0x0a30 02608 (map_struct_float_keys.go:51)	CMPL	runtime.writeBarrier(SB), $0
	0x0a37 02615 (map_struct_float_keys.go:51)	PCDATA	$0, $-2
	0x0a37 02615 (map_struct_float_keys.go:51)	JEQ	2632
	0x0a39 02617 (map_struct_float_keys.go:51)	MOVQ	(AX), DX
	0x0a3c 02620 (map_struct_float_keys.go:51)	NOP
	0x0a40 02624 (map_struct_float_keys.go:51)	CALL	runtime.gcWriteBarrier1(SB)
	0x0a45 02629 (map_struct_float_keys.go:51)	MOVQ	DX, (R11)
	0x0a48 02632 (map_struct_float_keys.go:51)	LEAQ	go:string."int"(SB), DX
	0x0a4f 02639 (map_struct_float_keys.go:51)	MOVQ	DX, (AX)
	0x0a52 02642 (map_struct_float_keys.go:51)	PCDATA	$0, $-1
	0x0a52 02642 (map_struct_float_keys.go:51)	LEAQ	type:string(SB), DX
	0x0a59 02649 (map_struct_float_keys.go:51)	MOVQ	DX, main..autotmp_24+1968(SP)
	0x0a61 02657 (map_struct_float_keys.go:51)	LEAQ	main..stmp_16(SB), DX
	0x0a68 02664 (map_struct_float_keys.go:51)	MOVQ	DX, main..autotmp_24+1976(SP)
	0x0a70 02672 (map_struct_float_keys.go:51)	LEAQ	type:map[interface {}]string(SB), AX
	0x0a77 02679 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_93+1032(SP), BX
	0x0a7f 02687 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_24+1968(SP), CX
	0x0a87 02695 (map_struct_float_keys.go:51)	CALL	runtime.mapassign(SB)
	0x0a8c 02700 (map_struct_float_keys.go:51)	MOVQ	$6, 8(AX)
	0x0a94 02708 (map_struct_float_keys.go:51)	CMPL	runtime.writeBarrier(SB), $0
	0x0a9b 02715 (map_struct_float_keys.go:51)	PCDATA	$0, $-2
	0x0a9b 02715 (map_struct_float_keys.go:51)	JEQ	2728
	0x0a9d 02717 (map_struct_float_keys.go:51)	MOVQ	(AX), DX
	0x0aa0 02720 (map_struct_float_keys.go:51)	CALL	runtime.gcWriteBarrier1(SB)
	0x0aa5 02725 (map_struct_float_keys.go:51)	MOVQ	DX, (R11)
	0x0aa8 02728 (map_struct_float_keys.go:51)	LEAQ	go:string."string"(SB), DX
	0x0aaf 02735 (map_struct_float_keys.go:51)	MOVQ	DX, (AX)
	0x0ab2 02738 (map_struct_float_keys.go:51)	PCDATA	$0, $-1
	0x0ab2 02738 (map_struct_float_keys.go:51)	LEAQ	type:float64(SB), DX
	0x0ab9 02745 (map_struct_float_keys.go:51)	MOVQ	DX, main..autotmp_24+1968(SP)
	0x0ac1 02753 (map_struct_float_keys.go:51)	LEAQ	main..stmp_17(SB), DX
	0x0ac8 02760 (map_struct_float_keys.go:51)	MOVQ	DX, main..autotmp_24+1976(SP)
	0x0ad0 02768 (map_struct_float_keys.go:51)	LEAQ	type:map[interface {}]string(SB), AX
	0x0ad7 02775 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_93+1032(SP), BX
	0x0adf 02783 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_24+1968(SP), CX
	0x0ae7 02791 (map_struct_float_keys.go:51)	CALL	runtime.mapassign(SB)
	0x0aec 02796 (map_struct_float_keys.go:51)	MOVQ	$5, 8(AX)
	0x0af4 02804 (map_struct_float_keys.go:51)	CMPL	runtime.writeBarrier(SB), $0
	0x0afb 02811 (map_struct_float_keys.go:51)	PCDATA	$0, $-2
	0x0afb 02811 (map_struct_float_keys.go:51)	JEQ	2824
	0x0afd 02813 (map_struct_float_keys.go:51)	MOVQ	(AX), DX
	0x0b00 02816 (map_struct_float_keys.go:51)	CALL	runtime.gcWriteBarrier1(SB)
	0x0b05 02821 (map_struct_float_keys.go:51)	MOVQ	DX, (R11)
	0x0b08 02824 (map_struct_float_keys.go:51)	LEAQ	go:string."float"(SB), DX
	0x0b0f 02831 (map_struct_float_keys.go:51)	MOVQ	DX, (AX)
	0x0b12 02834 (map_struct_float_keys.go:51)	PCDATA	$0, $-1
	0x0b12 02834 (map_struct_float_keys.go:51)	LEAQ	type:main.Point(SB), DX
	0x0b19 02841 (map_struct_float_keys.go:51)	MOVQ	DX, main..autotmp_24+1968(SP)
	0x0b21 02849 (map_struct_float_keys.go:51)	LEAQ	main..stmp_18(SB), DX
	0x0b28 02856 (map_struct_float_keys.go:51)	MOVQ	DX, main..autotmp_24+1976(SP)
	0x0b30 02864 (map_struct_float_keys.go:51)	LEAQ	type:map[interface {}]string(SB), AX
	0x0b37 02871 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_93+1032(SP), BX
	0x0b3f 02879 (map_struct_float_keys.go:51)	LEAQ	main..autotmp_24+1968(SP), CX
	0x0b47 02887 (map_struct_float_keys.go:51)	CALL	runtime.mapassign(SB)
	0x0b4c 02892 (map_struct_float_keys.go:51)	MOVQ	$5, 8(AX)
	0x0b54 02900 (map_struct_float_keys.go:51)	CMPL	runtime.writeBarrier(SB), $0
	0x0b5b 02907 (map_struct_float_keys.go:51)	PCDATA	$0, $-2
	0x0b5b 02907 (map_struct_float_keys.go:51)	JEQ	2920
	0x0b5d 02909 (map_struct_float_keys.go:51)	MOVQ	(AX), DX
	0x0b60 02912 (map_struct_float_keys.go:51)	CALL	runtime.gcWriteBarrier1(SB)
	0x0b65 02917 (map_struct_float_keys.go:51)	MOVQ	DX, (R11)
	0x0b68 02920 (map_struct_float_keys.go:51)	LEAQ	go:string."point"(SB), DX
	0x0b6f 02927 (map_struct_float_keys.go:51)	MOVQ	DX, (AX)
	0x0b72 02930 (map_struct_float_keys.go:52)	PCDATA	$0, $-1
	0x0b72 02930 (map_struct_float_keys.go:52)	LEAQ	type:int(SB), DX
	0x0b79 02937 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_24+1968(SP)
	0x0b81 02945 (map_struct_float_keys.go:52)	LEAQ	main..stmp_19(SB), DX
	0x0b88 02952 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_24+1976(SP)
	0x0b90 02960 (map_struct_float_keys.go:52)	LEAQ	type:string(SB), DX
	0x0b97 02967 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_25+1952(SP)
	0x0b9f 02975 (map_struct_float_keys.go:52)	LEAQ	main..stmp_20(SB), DX
	0x0ba6 02982 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_25+1960(SP)
	0x0bae 02990 (map_struct_float_keys.go:52)	LEAQ	type:float64(SB), DX
	0x0bb5 02997 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_26+1936(SP)
	0x0bbd 03005 (map_struct_float_keys.go:52)	LEAQ	main..stmp_21(SB), DX
	0x0bc4 03012 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_26+1944(SP)
	0x0bcc 03020 (map_struct_float_keys.go:52)	LEAQ	type:main.Point(SB), DX
	0x0bd3 03027 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_27+1920(SP)
	0x0bdb 03035 (map_struct_float_keys.go:52)	LEAQ	main..stmp_22(SB), DX
	0x0be2 03042 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_27+1928(SP)
	0x0bea 03050 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_93+1032(SP), DX
	0x0bf2 03058 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_124+616(SP)
	0x0bfa 03066 (map_struct_float_keys.go:52)	LEAQ	type:map[interface {}]string(SB), AX
	0x0c01 03073 (map_struct_float_keys.go:52)	LEAQ	main..autotmp_93+1032(SP), BX
	0x0c09 03081 (map_struct_float_keys.go:52)	LEAQ	main..autotmp_24+1968(SP), CX
	0x0c11 03089 (map_struct_float_keys.go:52)	PCDATA	$1, $11
	0x0c11 03089 (map_struct_float_keys.go:52)	CALL	runtime.mapaccess1(SB)
	0x0c16 03094 (map_struct_float_keys.go:52)	MOVQ	(AX), DX
	0x0c19 03097 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_125+2104(SP)
	0x0c21 03105 (map_struct_float_keys.go:52)	MOVQ	8(AX), DX
	0x0c25 03109 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_126+608(SP)
	0x0c2d 03117 (map_struct_float_keys.go:52)	LEAQ	type:map[interface {}]string(SB), AX
	0x0c34 03124 (map_struct_float_keys.go:52)	LEAQ	main..autotmp_93+1032(SP), BX
	0x0c3c 03132 (map_struct_float_keys.go:52)	LEAQ	main..autotmp_25+1952(SP), CX
	0x0c44 03140 (map_struct_float_keys.go:52)	PCDATA	$1, $12
	0x0c44 03140 (map_struct_float_keys.go:52)	CALL	runtime.mapaccess1(SB)
	0x0c49 03145 (map_struct_float_keys.go:52)	MOVQ	(AX), DX
	0x0c4c 03148 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_127+2096(SP)
	0x0c54 03156 (map_struct_float_keys.go:52)	MOVQ	8(AX), DX
	0x0c58 03160 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_128+600(SP)
	0x0c60 03168 (map_struct_float_keys.go:52)	LEAQ	type:map[interface {}]string(SB), AX
	0x0c67 03175 (map_struct_float_keys.go:52)	LEAQ	main..autotmp_93+1032(SP), BX
	0x0c6f 03183 (map_struct_float_keys.go:52)	LEAQ	main..autotmp_26+1936(SP), CX
	0x0c77 03191 (map_struct_float_keys.go:52)	PCDATA	$1, $13
	0x0c77 03191 (map_struct_float_keys.go:52)	CALL	runtime.mapaccess1(SB)
	0x0c7c 03196 (map_struct_float_keys.go:52)	MOVQ	(AX), DX
	0x0c7f 03199 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_130+2088(SP)
	0x0c87 03207 (map_struct_float_keys.go:52)	MOVQ	8(AX), DX
	0x0c8b 03211 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_131+584(SP)
	0x0c93 03219 (map_struct_float_keys.go:52)	LEAQ	type:map[interface {}]string(SB), AX
	0x0c9a 03226 (map_struct_float_keys.go:52)	LEAQ	main..autotmp_93+1032(SP), BX
	0x0ca2 03234 (map_struct_float_keys.go:52)	LEAQ	main..autotmp_27+1920(SP), CX
	0x0caa 03242 (map_struct_float_keys.go:52)	PCDATA	$1, $14
	0x0caa 03242 (map_struct_float_keys.go:52)	CALL	runtime.mapaccess1(SB)
	0x0caf 03247 (map_struct_float_keys.go:52)	MOVQ	(AX), DX
	0x0cb2 03250 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_132+2080(SP)
	0x0cba 03258 (map_struct_float_keys.go:52)	MOVQ	8(AX), DX
	0x0cbe 03262 (map_struct_float_keys.go:52)	MOVQ	DX, main..autotmp_133+576(SP)
	0x0cc6 03270 (map_struct_float_keys.go:52)	PCDATA	$1, $15
	0x0cc6 03270 (map_struct_float_keys.go:52)	CALL	runtime.printlock(SB)
	0x0ccb 03275 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_125+2104(SP), AX
	0x0cd3 03283 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_126+608(SP), BX
	0x0cdb 03291 (map_struct_float_keys.go:52)	PCDATA	$1, $16
	0x0cdb 03291 (map_struct_float_keys.go:52)	NOP
	0x0ce0 03296 (map_struct_float_keys.go:52)	CALL	runtime.printstring(SB)
	0x0ce5 03301 (map_struct_float_keys.go:52)	CALL	runtime.printsp(SB)
	0x0cea 03306 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_127+2096(SP), AX
	0x0cf2 03314 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_128+600(SP), BX
	0x0cfa 03322 (map_struct_float_keys.go:52)	PCDATA	$1, $17
	0x0cfa 03322 (map_struct_float_keys.go:52)	CALL	runtime.printstring(SB)
	0x0cff 03327 (map_struct_float_keys.go:52)	NOP
	0x0d00 03328 (map_struct_float_keys.go:52)	CALL	runtime.printsp(SB)
	0x0d05 03333 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_130+2088(SP), AX
	0x0d0d 03341 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_131+584(SP), BX
	0x0d15 03349 (map_struct_float_keys.go:52)	PCDATA	$1, $18
	0x0d15 03349 (map_struct_float_keys.go:52)	CALL	runtime.printstring(SB)
	0x0d1a 03354 (map_struct_float_keys.go:52)	CALL	runtime.printsp(SB)
	0x0d1f 03359 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_132+2080(SP), AX
	0x0d27 03367 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_133+576(SP), BX
	0x0d2f 03375 (map_struct_float_keys.go:52)	PCDATA	$1, $0
	0x0d2f 03375 (map_struct_float_keys.go:52)	CALL	runtime.printstring(SB)
	0x0d34 03380 (map_struct_float_keys.go:52)	CALL	runtime.printsp(SB)
	0x0d39 03385 (map_struct_float_keys.go:52)	MOVQ	main..autotmp_124+616(SP), AX
	0x0d41 03393 (map_struct_float_keys.go:52)	CALL	runtime.printint(SB)
	0x0d46 03398 (map_struct_float_keys.go:52)	CALL	runtime.printnl(SB)
	0x0d4b 03403 (map_struct_float_keys.go:52)	CALL	runtime.printunlock(SB)
	0x0d50 03408 (map_struct_float_keys.go:54)	LEAQ	main..autotmp_108+2112(SP), DX
	0x0d58 03416 (map_struct_float_keys.go:54)	MOVUPS	X15, (DX)
	0x0d5c 03420 (map_struct_float_keys.go:54)	MOVUPS	X15, 16(DX)
	0x0d61 03425 (map_struct_float_keys.go:54)	MOVUPS	X15, 32(DX)
	0x0d66 03430 (map_struct_float_keys.go:54)	LEAQ	main..autotmp_109+632(SP), DX
	0x0d6e 03438 (map_struct_float_keys.go:54)	MOVUPS	X15, (DX)
	0x0d72 03442 (map_struct_float_keys.go:54)	MOVUPS	X15, 16(DX)
	0x0d77 03447 (map_struct_float_keys.go:54)	MOVUPS	X15, 32(DX)
	0x0d7c 03452 (map_struct_float_keys.go:54)	MOVUPS	X15, 48(DX)
	0x0d81 03457 (map_struct_float_keys.go:54)	MOVUPS	X15, 64(DX)
	0x0d86 03462 (map_struct_float_keys.go:54)	MOVUPS	X15, 80(DX)
	0x0d8b 03467 (map_struct_float_keys.go:54)	MOVUPS	X15, 96(DX)
	0x0d90 03472 (map_struct_float_keys.go:54)	MOVUPS	X15, 112(DX)
	0x0d95 03477 (map_struct_float_keys.go:54)	MOVUPS	X15, 120(DX)
	0x0d9a 03482 (map_struct_float_keys.go:54)	MOVQ	$-9187201950435737472, SI
	0x0da4 03492 (map_struct_float_keys.go:54)	MOVQ	SI, main..autotmp_109+632(SP)
	0x0dac 03500 (map_struct_float_keys.go:54)	MOVQ	DX, main..autotmp_108+2128(SP)
	0x0db4 03508 (map_struct_float_keys.go:54)	PCDATA	$1, $19
	0x0db4 03508 (map_struct_float_keys.go:54)	CALL	runtime.rand(SB)
	0x0db9 03513 (map_struct_float_keys.go:54)	MOVQ	AX, main..autotmp_108+2120(SP)
	0x0dc1 03521 (map_struct_float_keys.go:54)	XORL	AX, AX
	0x0dc3 03523 (map_struct_float_keys.go:55)	JMP	3568
	0x0dc5 03525 (map_struct_float_keys.go:55)	MOVQ	SI, main..autotmp_126+608(SP)
	0x0dcd 03533 (map_struct_float_keys.go:56)	LEAQ	type:map[int32]int(SB), AX
	0x0dd4 03540 (map_struct_float_keys.go:56)	LEAQ	main..autotmp_108+2112(SP), BX
	0x0ddc 03548 (map_struct_float_keys.go:56)	NOP
	0x0de0 03552 (map_struct_float_keys.go:56)	CALL	runtime.mapassign_fast32(SB)
	0x0de5 03557 (map_struct_float_keys.go:56)	INCQ	(AX)
	0x0de8 03560 (map_struct_float_keys.go:55)	MOVQ	main..autotmp_126+608(SP), AX
	0x0df0 03568 (map_struct_float_keys.go:55)	CMPQ	AX, $11
	0x0df4 03572 (map_struct_float_keys.go:55)	JGE	3619
	0x0df6 03574 (map_struct_float_keys.go:55)	LEAQ	go:string."mississippi"(SB), DX
	0x0dfd 03581 (map_struct_float_keys.go:55)	MOVBLZX	(DX)(AX*1), CX
	0x0e01 03585 (map_struct_float_keys.go:55)	CMPL	CX, $127
	0x0e04 03588 (map_struct_float_keys.go:55)	JGT	3596
	0x0e06 03590 (map_struct_float_keys.go:55)	LEAQ	1(AX), SI
	0x0e0a 03594 (map_struct_float_keys.go:55)	JMP	3525
	0x0e0c 03596 (map_struct_float_keys.go:55)	MOVL	$11, BX
	0x0e11 03601 (map_struct_float_keys.go:55)	MOVQ	AX, CX
	0x0e14 03604 (map_struct_float_keys.go:55)	MOVQ	DX, AX
	0x0e17 03607 (map_struct_float_keys.go:55)	CALL	runtime.decoderune(SB)
	0x0e1c 03612 (map_struct_float_keys.go:55)	MOVL	AX, CX
	0x0e1e 03614 (map_struct_float_keys.go:55)	MOVQ	BX, SI
	0x0e21 03617 (map_struct_float_keys.go:55)	JMP	3525
	0x0e23 03619 (map_struct_float_keys.go:58)	MOVQ	main..autotmp_108+2112(SP), DX
	0x0e2b 03627 (map_struct_float_keys.go:58)	MOVQ	DX, main..autotmp_124+616(SP)
	0x0e33 03635 (map_struct_float_keys.go:58)	LEAQ	type:map[int32]int(SB), AX
	0x0e3a 03642 (map_struct_float_keys.go:58)	LEAQ	main..autotmp_108+2112(SP), BX
	0x0e42 03650 (map_struct_float_keys.go:58)	MOVL	$115, CX
	0x0e47 03655 (map_struct_float_keys.go:58)	CALL	runtime.mapaccess1_fast32(SB)
	0x0e4c 03660 (map_struct_float_keys.go:58)	MOVQ	(AX), DX
	0x0e4f 03663 (map_struct_float_keys.go:58)	MOVQ	DX, main..autotmp_126+608(SP)
	0x0e57 03671 (map_struct_float_keys.go:58)	LEAQ	type:map[int32]int(SB), AX
	0x0e5e 03678 (map_struct_float_keys.go:58)	LEAQ	main..autotmp_108+2112(SP), BX
	0x0e66 03686 (map_struct_float_keys.go:58)	MOVL	$105, CX
	0x0e6b 03691 (map_struct_float_keys.go:58)	CALL	runtime.mapaccess1_fast32(SB)
	0x0e70 03696 (map_struct_float_keys.go:58)	MOVQ	(AX), DX
	0x0e73 03699 (map_struct_float_keys.go:58)	MOVQ	DX, main..autotmp_128+600(SP)
	0x0e7b 03707 (map_struct_float_keys.go:58)	LEAQ	type:map[int32]int(SB), AX
	0x0e82 03714 (map_struct_float_keys.go:58)	LEAQ	main..autotmp_108+2112(SP), BX
	0x0e8a 03722 (map_struct_float_keys.go:58)	MOVL	$112, CX
	0x0e8f 03727 (map_struct_float_keys.go:58)	CALL	runtime.mapaccess1_fast32(SB)
	0x0e94 03732 (map_struct_float_keys.go:58)	MOVQ	(AX), DX
	0x0e97 03735 (map_struct_float_keys.go:58)	MOVQ	DX, main..autotmp_131+584(SP)
	0x0e9f 03743 (map_struct_float_keys.go:58)	LEAQ	type:map[int32]int(SB), AX
	0x0ea6 03750 (map_struct_float_keys.go:58)	LEAQ	main..autotmp_108+2112(SP), BX
	0x0eae 03758 (map_struct_float_keys.go:58)	MOVL	$109, CX
	0x0eb3 03763 (map_struct_float_keys.go:58)	PCDATA	$1, $0
	0x0eb3 03763 (map_struct_float_keys.go:58)	CALL	runtime.mapaccess1_fast32(SB)
	0x0eb8 03768 (map_struct_float_keys.go:58)	MOVQ	(AX), DX
	0x0ebb 03771 (map_struct_float_keys.go:58)	MOVQ	DX, main..autotmp_133+576(SP)
	0x0ec3 03779 (map_struct_float_keys.go:58)	CALL	runtime.printlock(SB)
	0x0ec8 03784 (map_struct_float_keys.go:58)	MOVQ	main..autotmp_126+608(SP), AX
	0x0ed0 03792 (map_struct_float_keys.go:58)	CALL	runtime.printint(SB)
	0x0ed5 03797 (map_struct_float_keys.go:58)	CALL	runtime.printsp(SB)
	0x0eda 03802 (map_struct_float_keys.go:58)	MOVQ	main..autotmp_128+600(SP), AX
	0x0ee2 03810 (map_struct_float_keys.go:58)	CALL	runtime.printint(SB)
	0x0ee7 03815 (map_struct_float_keys.go:58)	CALL	runtime.printsp(SB)
	0x0eec 03820 (map_struct_float_keys.go:58)	MOVQ	main..autotmp_131+584(SP), AX
	0x0ef4 03828 (map_struct_float_keys.go:58)	CALL	runtime.printint(SB)
	0x0ef9 03833 (map_struct_float_keys.go:58)	CALL	runtime.printsp(SB)
	0x0efe 03838 (map_struct_float_keys.go:58)	MOVQ	main..autotmp_133+576(SP), AX
	0x0f06 03846 (map_struct_float_keys.go:58)	CALL	runtime.printint(SB)
	0x0f0b 03851 (map_struct_float_keys.go:58)	CALL	runtime.printsp(SB)
	0x0f10 03856 (map_struct_float_keys.go:58)	MOVQ	main..autotmp_124+616(SP), AX
	0x0f18 03864 (map_struct_float_keys.go:58)	CALL	runtime.printint(SB)
	0x0f1d 03869 (map_struct_float_keys.go:58)	NOP
	0x0f20 03872 (map_struct_float_keys.go:58)	CALL	runtime.printnl(SB)
	0x0f25 03877 (map_struct_float_keys.go:58)	CALL	runtime.printunlock(SB)
	0x0f2a 03882 (map_struct_float_keys.go:59)	ADDQ	$2160, SP
	0x0f31 03889 (map_struct_float_keys.go:59)	POPQ	BP
	0x0f32 03890 (map_struct_float_keys.go:59)	RET
	0x0f33 03891 (map_struct_float_keys.go:59)	NOP
	0x0f33 03891 (map_struct_float_keys.go:11)	PCDATA	$1, $-1
	0x0f33 03891 (map_struct_float_keys.go:11)	PCDATA	$0, $-2
	0x0f33 03891 (map_struct_float_keys.go:11)	CALL	runtime.morestack_noctxt(SB)
	0x0f38 03896 (map_struct_float_keys.go:11)	PCDATA	$0, $-1
	0x0f38 03896 (map_struct_float_keys.go:11)	JMP	0
	0x0000 4c 8d a4 24 08 f8 ff ff 4d 3b 66 10 0f 86 21 0f  L..$....M;f...!.
	0x0010 00 00 55 48 89 e5 48 81 ec 70 08 00 00 48 8d 84  ..UH..H..p...H..
	0x0020 24 50 07 00 00 44 0f 11 38 44 0f 11 78 10 44 0f  $P...D..8D..x.D.
	0x0030 11 78 20 48 8d 84 24 48 06 00 00 b9 04 00 00 00  .x H..$H........
	0x0040 44 0f 11 38 44 0f 11 78 10 44 0f 11 78 20 44 0f  D..8D..x.D..x D.
	0x0050 11 78 30 48 83 c0 40 ff c9 75 e5 44 0f 11 78 f8  .x0H..@..u.D..x.
	0x0060 48 b8 80 80 80 80 80 80 80 80 48 89 84 24 48 06  H.........H..$H.
	0x0070 00 00 48 8d 84 24 48 06 00 00 48 89 84 24 60 07  ..H..$H...H..$`.
	0x0080 00 00 e8 00 00 00 00 48 89 84 24 58 07 00 00 31  .......H..$X...1
	0x0090 c0 eb 03 48 ff c0 48 83 f8 03 7d 7b 48 89 44 24  ...H..H...}{H.D$
	0x00a0 28 31 d2 eb 03 48 ff c2 48 83 fa 03 7d e5 48 39  (1...H..H...}.H9
	0x00b0 c2 74 f2 48 89 54 24 20 48 89 84 24 30 02 00 00  .t.H.T$ H..$0...
	0x00c0 48 89 94 24 38 02 00 00 48 8d 05 00 00 00 00 48  H..$8...H......H
	0x00d0 8d 9c 24 50 07 00 00 48 8d 8c 24 30 02 00 00 90  ..$P...H..$0....
	0x00e0 e8 00 00 00 00 48 c7 40 08 03 00 00 00 83 3d 00  .....H.@......=.
	0x00f0 00 00 00 00 74 0b 48 8b 10 e8 00 00 00 00 49 89  ....t.H.......I.
	0x0100 13 48 8d 15 00 00 00 00 48 89 10 48 8b 44 24 28  .H......H..H.D$(
	0x0110 48 8b 54 24 20 eb 8e 48 8d 05 00 00 00 00 48 8d  H.T$ ..H......H.
	0x0120 9c 24 50 07 00 00 48 8d 0d 00 00 00 00 e8 00 00  .$P...H.........
	0x0130 00 00 48 c7 40 08 04 00 00 00 0f 57 c0 f2 0f 10  ..H.@......W....
	0x0140 0d 00 00 00 00 66 0f ef c1 f2 0f 11 84 24 70 02  .....f.......$p.
	0x0150 00 00 83 3d 00 00 00 00 00 74 0d 48 8b 10 66 90  ...=.....t.H..f.
	0x0160 e8 00 00 00 00 49 89 13 48 8d 15 00 00 00 00 48  .....I..H......H
	0x0170 89 10 48 8b 94 24 50 07 00 00 48 89 94 24 68 02  ..H..$P...H..$h.
	0x0180 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 50 07 00  ..H......H..$P..
	0x0190 00 48 8d 0d 00 00 00 00 e8 00 00 00 00 48 8b 10  .H...........H..
	0x01a0 48 89 94 24 38 08 00 00 48 8b 50 08 48 89 94 24  H..$8...H.P.H..$
	0x01b0 60 02 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 50  `...H......H..$P
	0x01c0 07 00 00 48 8d 0d 00 00 00 00 e8 00 00 00 00 48  ...H...........H
	0x01d0 8b 10 48 89 94 24 30 08 00 00 48 8b 50 08 48 89  ..H..$0...H.P.H.
	0x01e0 94 24 58 02 00 00 48 8d 05 00 00 00 00 48 8d 9c  .$X...H......H..
	0x01f0 24 50 07 00 00 48 8d 0d 00 00 00 00 0f 1f 40 00  $P...H........@.
	0x0200 e8 00 00 00 00 0f 57 c0 f2 0f 5e c0 f2 0f 11 44  ......W...^....D
	0x0210 24 38 48 8b 50 08 48 89 94 24 50 02 00 00 66 90  $8H.P.H..$P...f.
	0x0220 e8 00 00 00 00 48 8b 84 24 68 02 00 00 e8 00 00  .....H..$h......
	0x0230 00 00 e8 00 00 00 00 48 8b 84 24 38 08 00 00 48  .......H..$8...H
	0x0240 8b 9c 24 60 02 00 00 e8 00 00 00 00 e8 00 00 00  ..$`............
	0x0250 00 48 8b 84 24 30 08 00 00 48 8b 9c 24 58 02 00  .H..$0...H..$X..
	0x0260 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 94 24 50  ...........H..$P
	0x0270 02 00 00 48 85 d2 0f 94 c0 e8 00 00 00 00 66 90  ...H..........f.
	0x0280 e8 00 00 00 00 e8 00 00 00 00 48 8d 94 24 18 06  ..........H..$..
	0x0290 00 00 44 0f 11 3a 44 0f 11 7a 10 44 0f 11 7a 20  ..D..:D..z.D..z 
	0x02a0 48 8d 94 24 10 05 00 00 be 04 00 00 00 44 0f 11  H..$.........D..
	0x02b0 3a 44 0f 11 7a 10 44 0f 11 7a 20 44 0f 11 7a 30  :D..z.D..z D..z0
	0x02c0 48 83 c2 40 ff ce 75 e5 44 0f 11 7a f8 48 ba 80  H..@..u.D..z.H..
	0x02d0 80 80 80 80 80 80 80 48 89 94 24 10 05 00 00 48  .......H..$....H
	0x02e0 8d 94 24 10 05 00 00 48 89 94 24 28 06 00 00 e8  ..$....H..$(....
	0x02f0 00 00 00 00 48 89 84 24 20 06 00 00 48 8d 15 00  ....H..$ ...H...
	0x0300 00 00 00 48 89 94 24 f8 04 00 00 48 c7 84 24 00  ...H..$....H..$.
	0x0310 05 00 00 01 00 00 00 c6 84 24 08 05 00 00 01 48  .........$.....H
	0x0320 8d 05 00 00 00 00 48 8d 9c 24 18 06 00 00 48 8d  ......H..$....H.
	0x0330 8c 24 f8 04 00 00 e8 00 00 00 00 48 c7 00 0a 00  .$.........H....
	0x0340 00 00 48 8d 15 00 00 00 00 48 89 94 24 e0 04 00  ..H......H..$...
	0x0350 00 48 c7 84 24 e8 04 00 00 01 00 00 00 c6 84 24  .H..$..........$
	0x0360 f0 04 00 00 02 48 8d 05 00 00 00 00 48 8d 9c 24  .....H......H..$
	0x0370 18 06 00 00 48 8d 8c 24 e0 04 00 00 0f 1f 40 00  ....H..$......@.
	0x0380 e8 00 00 00 00 48 c7 00 14 00 00 00 48 8d 15 00  .....H......H...
	0x0390 00 00 00 48 89 94 24 c8 04 00 00 48 c7 84 24 d0  ...H..$....H..$.
	0x03a0 04 00 00 01 00 00 00 c6 84 24 d8 04 00 00 01 48  .........$.....H
	0x03b0 8d 05 00 00 00 00 48 8d 9c 24 18 06 00 00 48 8d  ......H..$....H.
	0x03c0 8c 24 c8 04 00 00 e8 00 00 00 00 48 c7 00 1e 00  .$.........H....
	0x03d0 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 18 06 00  ..H......H..$...
	0x03e0 00 48 8d 0d 00 00 00 00 e8 00 00 00 00 48 83 00  .H...........H..
	0x03f0 05 48 8b 94 24 18 06 00 00 48 89 94 24 68 02 00  .H..$....H..$h..
	0x0400 00 48 8d 05 00 00 00 00 48 8d 9c 24 18 06 00 00  .H......H..$....
	0x0410 48 8d 0d 00 00 00 00 e8 00 00 00 00 48 8b 10 48  H...........H..H
	0x0420 89 94 24 60 02 00 00 e8 00 00 00 00 48 8b 84 24  ..$`........H..$
	0x0430 60 02 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b  `.............H.
	0x0440 84 24 68 02 00 00 e8 00 00 00 00 e8 00 00 00 00  .$h.............
	0x0450 e8 00 00 00 00 48 8d 94 24 98 04 00 00 44 0f 11  .....H..$....D..
	0x0460 3a 44 0f 11 7a 10 44 0f 11 7a 20 48 8d 94 24 60  :D..z.D..z H..$`
	0x0470 01 00 00 be 03 00 00 00 44 0f 11 3a 44 0f 11 7a  ........D..:D..z
	0x0480 10 44 0f 11 7a 20 44 0f 11 7a 30 48 83 c2 40 ff  .D..z D..z0H..@.
	0x0490 ce 75 e5 44 0f 11 7a f8 48 ba 80 80 80 80 80 80  .u.D..z.H.......
	0x04a0 80 80 48 89 94 24 60 01 00 00 48 8d 94 24 60 01  ..H..$`...H..$`.
	0x04b0 00 00 48 89 94 24 a8 04 00 00 e8 00 00 00 00 48  ..H..$.........H
	0x04c0 89 84 24 a0 04 00 00 48 c7 84 24 50 01 00 00 01  ..$....H..$P....
	0x04d0 00 00 00 48 c7 84 24 58 01 00 00 02 00 00 00 48  ...H..$X.......H
	0x04e0 8d 05 00 00 00 00 48 8d 9c 24 98 04 00 00 48 8d  ......H..$....H.
	0x04f0 8c 24 50 01 00 00 e8 00 00 00 00 48 c7 00 03 00  .$P........H....
	0x0500 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 98 04 00  ..H......H..$...
	0x0510 00 48 8d 0d 00 00 00 00 e8 00 00 00 00 48 ff 00  .H...........H..
	0x0520 48 8d 05 00 00 00 00 48 8d 9c 24 98 04 00 00 48  H......H..$....H
	0x0530 8d 0d 00 00 00 00 e8 00 00 00 00 48 8b 10 48 89  ...........H..H.
	0x0540 94 24 60 02 00 00 e8 00 00 00 00 48 8b 84 24 60  .$`........H..$`
	0x0550 02 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  ................
	0x0560 e8 00 00 00 00 48 8d 94 24 68 04 00 00 44 0f 11  .....H..$h...D..
	0x0570 3a 44 0f 11 7a 10 44 0f 11 7a 20 48 8d 94 24 c8  :D..z.D..z H..$.
	0x0580 00 00 00 44 0f 11 3a 44 0f 11 7a 10 44 0f 11 7a  ...D..:D..z.D..z
	0x0590 20 44 0f 11 7a 30 44 0f 11 7a 40 44 0f 11 7a 50   D..z0D..z@D..zP
	0x05a0 44 0f 11 7a 60 44 0f 11 7a 70 44 0f 11 7a 78 48  D..z`D..zpD..zxH
	0x05b0 be 80 80 80 80 80 80 80 80 48 89 b4 24 c8 00 00  .........H..$...
	0x05c0 00 48 89 94 24 78 04 00 00 e8 00 00 00 00 48 89  .H..$x........H.
	0x05d0 84 24 70 04 00 00 f2 0f 10 44 24 38 f2 0f 11 84  .$p......D$8....
	0x05e0 24 28 02 00 00 48 8d 05 00 00 00 00 48 8d 9c 24  $(...H......H..$
	0x05f0 68 04 00 00 48 8d 8c 24 28 02 00 00 0f 1f 40 00  h...H..$(.....@.
	0x0600 e8 00 00 00 00 48 c7 00 01 00 00 00 f2 0f 10 44  .....H.........D
	0x0610 24 38 f2 0f 11 84 24 28 02 00 00 48 8d 05 00 00  $8....$(...H....
	0x0620 00 00 48 8d 9c 24 68 04 00 00 48 8d 8c 24 28 02  ..H..$h...H..$(.
	0x0630 00 00 e8 00 00 00 00 48 c7 00 02 00 00 00 48 8d  .......H......H.
	0x0640 05 00 00 00 00 48 8d 9c 24 68 04 00 00 48 8d 0d  .....H..$h...H..
	0x0650 00 00 00 00 e8 00 00 00 00 48 c7 00 03 00 00 00  .........H......
	0x0660 f2 0f 10 84 24 70 02 00 00 f2 0f 11 84 24 28 02  ....$p.......$(.
	0x0670 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 68 04 00  ..H......H..$h..
	0x0680 00 48 8d 8c 24 28 02 00 00 e8 00 00 00 00 48 c7  .H..$(........H.
	0x0690 00 04 00 00 00 48 8d 05 00 00 00 00 48 8d 9c 24  .....H......H..$
	0x06a0 68 04 00 00 48 8d 0d 00 00 00 00 e8 00 00 00 00  h...H...........
	0x06b0 48 c7 00 05 00 00 00 f2 0f 10 44 24 38 f2 0f 11  H.........D$8...
	0x06c0 84 24 28 02 00 00 48 8d 05 00 00 00 00 48 8d 9c  .$(...H......H..
	0x06d0 24 68 04 00 00 48 8d 8c 24 28 02 00 00 0f 1f 00  $h...H..$(......
	0x06e0 e8 00 00 00 00 88 5c 24 1e 48 8b 94 24 68 04 00  ......\$.H..$h..
	0x06f0 00 48 89 94 24 68 02 00 00 48 8d 05 00 00 00 00  .H..$h...H......
	0x0700 48 8d 9c 24 68 04 00 00 48 8d 0d 00 00 00 00 e8  H..$h...H.......
	0x0710 00 00 00 00 48 8b 10 48 89 94 24 60 02 00 00 48  ....H..H..$`...H
	0x0720 8d 05 00 00 00 00 48 8d 9c 24 68 04 00 00 48 8d  ......H..$h...H.
	0x0730 0d 00 00 00 00 e8 00 00 00 00 48 8b 10 48 89 94  ..........H..H..
	0x0740 24 58 02 00 00 e8 00 00 00 00 48 8b 84 24 68 02  $X........H..$h.
	0x0750 00 00 e8 00 00 00 00 e8 00 00 00 00 0f b6 44 24  ..............D$
	0x0760 1e e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 60  ...........H..$`
	0x0770 02 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 84  .............H..
	0x0780 24 58 02 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  $X..............
	0x0790 00 00 00 00 48 8d 8c 24 c0 07 00 00 44 0f 11 39  ....H..$....D..9
	0x07a0 44 0f 11 79 10 44 0f 11 79 20 44 0f 11 79 30 44  D..y.D..y D..y0D
	0x07b0 0f 11 79 40 44 0f 11 79 50 48 8d 05 00 00 00 00  ..y@D..yPH......
	0x07c0 48 8d 9c 24 68 04 00 00 e8 00 00 00 00 31 c0 eb  H..$h........1..
	0x07d0 22 48 8b 8c 24 c8 07 00 00 48 03 01 48 89 44 24  "H..$....H..H.D$
	0x07e0 30 48 8d 84 24 c0 07 00 00 e8 00 00 00 00 48 8b  0H..$.........H.
	0x07f0 44 24 30 48 83 bc 24 c0 07 00 00 00 75 d3 48 89  D$0H..$.....u.H.
	0x0800 44 24 30 e8 00 00 00 00 48 8d 05 00 00 00 00 bb  D$0.....H.......
	0x0810 04 00 00 00 e8 00 00 00 00 48 8b 44 24 30 66 90  .........H.D$0f.
	0x0820 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0830 8d 84 24 38 04 00 00 44 0f 11 38 44 0f 11 78 10  ..$8...D..8D..x.
	0x0840 44 0f 11 78 20 48 8d 44 24 40 44 0f 11 38 44 0f  D..x H.D$@D..8D.
	0x0850 11 78 10 44 0f 11 78 20 44 0f 11 78 30 44 0f 11  .x.D..x D..x0D..
	0x0860 78 40 44 0f 11 78 50 44 0f 11 78 60 44 0f 11 78  x@D..xPD..x`D..x
	0x0870 70 44 0f 11 78 78 48 b9 80 80 80 80 80 80 80 80  pD..xxH.........
	0x0880 48 89 4c 24 40 48 89 84 24 48 04 00 00 e8 00 00  H.L$@H..$H......
	0x0890 00 00 48 89 84 24 40 04 00 00 c6 44 24 1f 01 48  ..H..$@....D$..H
	0x08a0 8d 05 00 00 00 00 48 8d 9c 24 38 04 00 00 48 8d  ......H..$8...H.
	0x08b0 4c 24 1f e8 00 00 00 00 48 c7 00 01 00 00 00 48  L$......H......H
	0x08c0 8d 05 00 00 00 00 48 8d 9c 24 38 04 00 00 48 8d  ......H..$8...H.
	0x08d0 0d 00 00 00 00 e8 00 00 00 00 48 ff 08 48 8b 84  ..........H..H..
	0x08e0 24 38 04 00 00 48 89 84 24 68 02 00 00 48 8d 05  $8...H..$h...H..
	0x08f0 00 00 00 00 48 8d 9c 24 38 04 00 00 48 8d 0d 00  ....H..$8...H...
	0x0900 00 00 00 e8 00 00 00 00 48 8b 00 48 89 84 24 60  ........H..H..$`
	0x0910 02 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 38 04  ...H......H..$8.
	0x0920 00 00 48 8d 0d 00 00 00 00 e8 00 00 00 00 48 8b  ..H...........H.
	0x0930 00 48 89 84 24 58 02 00 00 e8 00 00 00 00 48 8b  .H..$X........H.
	0x0940 84 24 60 02 00 00 e8 00 00 00 00 e8 00 00 00 00  .$`.............
	0x0950 48 8b 84 24 58 02 00 00 e8 00 00 00 00 0f 1f 00  H..$X...........
	0x0960 e8 00 00 00 00 48 8b 84 24 68 02 00 00 e8 00 00  .....H..$h......
	0x0970 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8d 84 24  ............H..$
	0x0980 08 04 00 00 44 0f 11 38 44 0f 11 78 10 44 0f 11  ....D..8D..x.D..
	0x0990 78 20 48 8d 84 24 00 03 00 00 b9 04 00 00 00 44  x H..$.........D
	0x09a0 0f 11 38 44 0f 11 78 10 44 0f 11 78 20 44 0f 11  ..8D..x.D..x D..
	0x09b0 78 30 48 83 c0 40 ff c9 75 e5 44 0f 11 78 f8 48  x0H..@..u.D..x.H
	0x09c0 b8 80 80 80 80 80 80 80 80 48 89 84 24 00 03 00  .........H..$...
	0x09d0 00 48 8d 84 24 00 03 00 00 48 89 84 24 18 04 00  .H..$....H..$...
	0x09e0 00 e8 00 00 00 00 48 89 84 24 10 04 00 00 48 8d  ......H..$....H.
	0x09f0 05 00 00 00 00 48 89 84 24 b0 07 00 00 48 8d 05  .....H..$....H..
	0x0a00 00 00 00 00 48 89 84 24 b8 07 00 00 48 8d 05 00  ....H..$....H...
	0x0a10 00 00 00 48 8d 9c 24 08 04 00 00 48 8d 8c 24 b0  ...H..$....H..$.
	0x0a20 07 00 00 e8 00 00 00 00 48 c7 40 08 03 00 00 00  ........H.@.....
	0x0a30 83 3d 00 00 00 00 00 74 0f 48 8b 10 0f 1f 40 00  .=.....t.H....@.
	0x0a40 e8 00 00 00 00 49 89 13 48 8d 15 00 00 00 00 48  .....I..H......H
	0x0a50 89 10 48 8d 15 00 00 00 00 48 89 94 24 b0 07 00  ..H......H..$...
	0x0a60 00 48 8d 15 00 00 00 00 48 89 94 24 b8 07 00 00  .H......H..$....
	0x0a70 48 8d 05 00 00 00 00 48 8d 9c 24 08 04 00 00 48  H......H..$....H
	0x0a80 8d 8c 24 b0 07 00 00 e8 00 00 00 00 48 c7 40 08  ..$.........H.@.
	0x0a90 06 00 00 00 83 3d 00 00 00 00 00 74 0b 48 8b 10  .....=.....t.H..
	0x0aa0 e8 00 00 00 00 49 89 13 48 8d 15 00 00 00 00 48  .....I..H......H
	0x0ab0 89 10 48 8d 15 00 00 00 00 48 89 94 24 b0 07 00  ..H......H..$...
	0x0ac0 00 48 8d 15 00 00 00 00 48 89 94 24 b8 07 00 00  .H......H..$....
	0x0ad0 48 8d 05 00 00 00 00 48 8d 9c 24 08 04 00 00 48  H......H..$....H
	0x0ae0 8d 8c 24 b0 07 00 00 e8 00 00 00 00 48 c7 40 08  ..$.........H.@.
	0x0af0 05 00 00 00 83 3d 00 00 00 00 00 74 0b 48 8b 10  .....=.....t.H..
	0x0b00 e8 00 00 00 00 49 89 13 48 8d 15 00 00 00 00 48  .....I..H......H
	0x0b10 89 10 48 8d 15 00 00 00 00 48 89 94 24 b0 07 00  ..H......H..$...
	0x0b20 00 48 8d 15 00 00 00 00 48 89 94 24 b8 07 00 00  .H......H..$....
	0x0b30 48 8d 05 00 00 00 00 48 8d 9c 24 08 04 00 00 48  H......H..$....H
	0x0b40 8d 8c 24 b0 07 00 00 e8 00 00 00 00 48 c7 40 08  ..$.........H.@.
	0x0b50 05 00 00 00 83 3d 00 00 00 00 00 74 0b 48 8b 10  .....=.....t.H..
	0x0b60 e8 00 00 00 00 49 89 13 48 8d 15 00 00 00 00 48  .....I..H......H
	0x0b70 89 10 48 8d 15 00 00 00 00 48 89 94 24 b0 07 00  ..H......H..$...
	0x0b80 00 48 8d 15 00 00 00 00 48 89 94 24 b8 07 00 00  .H......H..$....
	0x0b90 48 8d 15 00 00 00 00 48 89 94 24 a0 07 00 00 48  H......H..$....H
	0x0ba0 8d 15 00 00 00 00 48 89 94 24 a8 07 00 00 48 8d  ......H..$....H.
	0x0bb0 15 00 00 00 00 48 89 94 24 90 07 00 00 48 8d 15  .....H..$....H..
	0x0bc0 00 00 00 00 48 89 94 24 98 07 00 00 48 8d 15 00  ....H..$....H...
	0x0bd0 00 00 00 48 89 94 24 80 07 00 00 48 8d 15 00 00  ...H..$....H....
	0x0be0 00 00 48 89 94 24 88 07 00 00 48 8b 94 24 08 04  ..H..$....H..$..
	0x0bf0 00 00 48 89 94 24 68 02 00 00 48 8d 05 00 00 00  ..H..$h...H.....
	0x0c00 00 48 8d 9c 24 08 04 00 00 48 8d 8c 24 b0 07 00  .H..$....H..$...
	0x0c10 00 e8 00 00 00 00 48 8b 10 48 89 94 24 38 08 00  ......H..H..$8..
	0x0c20 00 48 8b 50 08 48 89 94 24 60 02 00 00 48 8d 05  .H.P.H..$`...H..
	0x0c30 00 00 00 00 48 8d 9c 24 08 04 00 00 48 8d 8c 24  ....H..$....H..$
	0x0c40 a0 07 00 00 e8 00 00 00 00 48 8b 10 48 89 94 24  .........H..H..$
	0x0c50 30 08 00 00 48 8b 50 08 48 89 94 24 58 02 00 00  0...H.P.H..$X...
	0x0c60 48 8d 05 00 00 00 00 48 8d 9c 24 08 04 00 00 48  H......H..$....H
	0x0c70 8d 8c 24 90 07 00 00 e8 00 00 00 00 48 8b 10 48  ..$.........H..H
	0x0c80 89 94 24 28 08 00 00 48 8b 50 08 48 89 94 24 48  ..$(...H.P.H..$H
	0x0c90 02 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 08 04  ...H......H..$..
	0x0ca0 00 00 48 8d 8c 24 80 07 00 00 e8 00 00 00 00 48  ..H..$.........H
	0x0cb0 8b 10 48 89 94 24 20 08 00 00 48 8b 50 08 48 89  ..H..$ ...H.P.H.
	0x0cc0 94 24 40 02 00 00 e8 00 00 00 00 48 8b 84 24 38  .$@........H..$8
	0x0cd0 08 00 00 48 8b 9c 24 60 02 00 00 0f 1f 44 00 00  ...H..$`.....D..
	0x0ce0 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 30 08  ..........H..$0.
	0x0cf0 00 00 48 8b 9c 24 58 02 00 00 e8 00 00 00 00 90  ..H..$X.........
	0x0d00 e8 00 00 00 00 48 8b 84 24 28 08 00 00 48 8b 9c  .....H..$(...H..
	0x0d10 24 48 02 00 00 e8 00 00 00 00 e8 00 00 00 00 48  $H.............H
	0x0d20 8b 84 24 20 08 00 00 48 8b 9c 24 40 02 00 00 e8  ..$ ...H..$@....
	0x0d30 00 00 00 00 e8 00 00 00 00 48 8b 84 24 68 02 00  .........H..$h..
	0x0d40 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00  ................
	0x0d50 48 8d 94 24 40 08 00 00 44 0f 11 3a 44 0f 11 7a  H..$@...D..:D..z
	0x0d60 10 44 0f 11 7a 20 48 8d 94 24 78 02 00 00 44 0f  .D..z H..$x...D.
	0x0d70 11 3a 44 0f 11 7a 10 44 0f 11 7a 20 44 0f 11 7a  .:D..z.D..z D..z
	0x0d80 30 44 0f 11 7a 40 44 0f 11 7a 50 44 0f 11 7a 60  0D..z@D..zPD..z`
	0x0d90 44 0f 11 7a 70 44 0f 11 7a 78 48 be 80 80 80 80  D..zpD..zxH.....
	0x0da0 80 80 80 80 48 89 b4 24 78 02 00 00 48 89 94 24  ....H..$x...H..$
	0x0db0 50 08 00 00 e8 00 00 00 00 48 89 84 24 48 08 00  P........H..$H..
	0x0dc0 00 31 c0 eb 2b 48 89 b4 24 60 02 00 00 48 8d 05  .1..+H..$`...H..
	0x0dd0 00 00 00 00 48 8d 9c 24 40 08 00 00 0f 1f 40 00  ....H..$@.....@.
	0x0de0 e8 00 00 00 00 48 ff 00 48 8b 84 24 60 02 00 00  .....H..H..$`...
	0x0df0 48 83 f8 0b 7d 2d 48 8d 15 00 00 00 00 0f b6 0c  H...}-H.........
	0x0e00 02 83 f9 7f 7f 06 48 8d 70 01 eb b9 bb 0b 00 00  ......H.p.......
	0x0e10 00 48 89 c1 48 89 d0 e8 00 00 00 00 89 c1 48 89  .H..H.........H.
	0x0e20 de eb a2 48 8b 94 24 40 08 00 00 48 89 94 24 68  ...H..$@...H..$h
	0x0e30 02 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 40 08  ...H......H..$@.
	0x0e40 00 00 b9 73 00 00 00 e8 00 00 00 00 48 8b 10 48  ...s........H..H
	0x0e50 89 94 24 60 02 00 00 48 8d 05 00 00 00 00 48 8d  ..$`...H......H.
	0x0e60 9c 24 40 08 00 00 b9 69 00 00 00 e8 00 00 00 00  .$@....i........
	0x0e70 48 8b 10 48 89 94 24 58 02 00 00 48 8d 05 00 00  H..H..$X...H....
	0x0e80 00 00 48 8d 9c 24 40 08 00 00 b9 70 00 00 00 e8  ..H..$@....p....
	0x0e90 00 00 00 00 48 8b 10 48 89 94 24 48 02 00 00 48  ....H..H..$H...H
	0x0ea0 8d 05 00 00 00 00 48 8d 9c 24 40 08 00 00 b9 6d  ......H..$@....m
	0x0eb0 00 00 00 e8 00 00 00 00 48 8b 10 48 89 94 24 40  ........H..H..$@
	0x0ec0 02 00 00 e8 00 00 00 00 48 8b 84 24 60 02 00 00  ........H..$`...
	0x0ed0 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 58 02  ..........H..$X.
	0x0ee0 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24  ............H..$
	0x0ef0 48 02 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b  H.............H.
	0x0f00 84 24 40 02 00 00 e8 00 00 00 00 e8 00 00 00 00  .$@.............
	0x0f10 48 8b 84 24 68 02 00 00 e8 00 00 00 00 0f 1f 00  H..$h...........
	0x0f20 e8 00 00 00 00 e8 00 00 00 00 48 81 c4 70 08 00  ..........H..p..
	0x0f30 00 5d c3 e8 00 00 00 00 e9 c3 f0 ff ff           .]...........
	rel 3+0 t=R_USEIFACE type:int+0
	rel 3+0 t=R_USEIFACE type:string+0
	rel 3+0 t=R_USEIFACE type:float64+0
	rel 3+0 t=R_USEIFACE type:main.Point+0
	rel 3+0 t=R_USEIFACE type:int+0
	rel 3+0 t=R_USEIFACE type:string+0
	rel 3+0 t=R_USEIFACE type:float64+0
	rel 3+0 t=R_USEIFACE type:main.Point+0
	rel 131+4 t=R_CALL runtime.rand+0
	rel 203+4 t=R_PCREL type:map[main.Point]string+0
	rel 225+4 t=R_CALL runtime.mapassign+0
	rel 239+4 t=R_PCREL runtime.writeBarrier+-1
	rel 250+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 260+4 t=R_PCREL go:string."off"+0
	rel 282+4 t=R_PCREL type:map[main.Point]string+0
	rel 297+4 t=R_PCREL main..stmp_0+0
	rel 302+4 t=R_CALL runtime.mapassign+0
	rel 321+4 t=R_PCREL $f64.8000000000000000+0
	rel 340+4 t=R_PCREL runtime.writeBarrier+-1
	rel 353+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 363+4 t=R_PCREL go:string."diag"+0
	rel 389+4 t=R_PCREL type:map[main.Point]string+0
	rel 404+4 t=R_PCREL main..stmp_1+0
	rel 409+4 t=R_CALL runtime.mapaccess1+0
	rel 439+4 t=R_PCREL type:map[main.Point]string+0
	rel 454+4 t=R_PCREL main..stmp_2+0
	rel 459+4 t=R_CALL runtime.mapaccess1+0
	rel 489+4 t=R_PCREL type:map[main.Point]string+0
	rel 504+4 t=R_PCREL main..stmp_3+0
	rel 513+4 t=R_CALL runtime.mapaccess1+0
	rel 545+4 t=R_CALL runtime.printlock+0
	rel 558+4 t=R_CALL runtime.printint+0
	rel 563+4 t=R_CALL runtime.printsp+0
	rel 584+4 t=R_CALL runtime.printstring+0
	rel 589+4 t=R_CALL runtime.printsp+0
	rel 610+4 t=R_CALL runtime.printstring+0
	rel 615+4 t=R_CALL runtime.printsp+0
	rel 634+4 t=R_CALL runtime.printbool+0
	rel 641+4 t=R_CALL runtime.printnl+0
	rel 646+4 t=R_CALL runtime.printunlock+0
	rel 752+4 t=R_CALL runtime.rand+0
	rel 767+4 t=R_PCREL go:string."a"+0
	rel 802+4 t=R_PCREL type:map[main.Key]int+0
	rel 823+4 t=R_CALL runtime.mapassign+0
	rel 837+4 t=R_PCREL go:string."a"+0
	rel 872+4 t=R_PCREL type:map[main.Key]int+0
	rel 897+4 t=R_CALL runtime.mapassign+0
	rel 911+4 t=R_PCREL go:string."b"+0
	rel 946+4 t=R_PCREL type:map[main.Key]int+0
	rel 967+4 t=R_CALL runtime.mapassign+0
	rel 981+4 t=R_PCREL type:map[main.Key]int+0
	rel 996+4 t=R_PCREL main..stmp_4+0
	rel 1001+4 t=R_CALL runtime.mapassign+0
	rel 1028+4 t=R_PCREL type:map[main.Key]int+0
	rel 1043+4 t=R_PCREL main..stmp_5+0
	rel 1048+4 t=R_CALL runtime.mapaccess1+0
	rel 1064+4 t=R_CALL runtime.printlock+0
	rel 1077+4 t=R_CALL runtime.printint+0
	rel 1082+4 t=R_CALL runtime.printsp+0
	rel 1095+4 t=R_CALL runtime.printint+0
	rel 1100+4 t=R_CALL runtime.printnl+0
	rel 1105+4 t=R_CALL runtime.printunlock+0
	rel 1211+4 t=R_CALL runtime.rand+0
	rel 1250+4 t=R_PCREL type:map[[2]int]int+0
	rel 1271+4 t=R_CALL runtime.mapassign+0
	rel 1285+4 t=R_PCREL type:map[[2]int]int+0
	rel 1300+4 t=R_PCREL main..stmp_6+0
	rel 1305+4 t=R_CALL runtime.mapassign+0
	rel 1315+4 t=R_PCREL type:map[[2]int]int+0
	rel 1330+4 t=R_PCREL main..stmp_7+0
	rel 1335+4 t=R_CALL runtime.mapaccess1+0
	rel 1351+4 t=R_CALL runtime.printlock+0
	rel 1364+4 t=R_CALL runtime.printint+0
	rel 1369+4 t=R_CALL runtime.printnl+0
	rel 1377+4 t=R_CALL runtime.printunlock+0
	rel 1482+4 t=R_CALL runtime.rand+0
	rel 1512+4 t=R_PCREL type:map[float64]int+0
	rel 1537+4 t=R_CALL runtime.mapassign+0
	rel 1566+4 t=R_PCREL type:map[float64]int+0
	rel 1587+4 t=R_CALL runtime.mapassign+0
	rel 1601+4 t=R_PCREL type:map[float64]int+0
	rel 1616+4 t=R_PCREL main..stmp_8+0
	rel 1621+4 t=R_CALL runtime.mapassign+0
	rel 1653+4 t=R_PCREL type:map[float64]int+0
	rel 1674+4 t=R_CALL runtime.mapassign+0
	rel 1688+4 t=R_PCREL type:map[float64]int+0
	rel 1703+4 t=R_PCREL main..stmp_9+0
	rel 1708+4 t=R_CALL runtime.mapassign+0
	rel 1737+4 t=R_PCREL type:map[float64]int+0
	rel 1761+4 t=R_CALL runtime.mapaccess2+0
	rel 1788+4 t=R_PCREL type:map[float64]int+0
	rel 1803+4 t=R_PCREL main..stmp_10+0
	rel 1808+4 t=R_CALL runtime.mapaccess1+0
	rel 1826+4 t=R_PCREL type:map[float64]int+0
	rel 1841+4 t=R_PCREL main..stmp_11+0
	rel 1846+4 t=R_CALL runtime.mapaccess1+0
	rel 1862+4 t=R_CALL runtime.printlock+0
	rel 1875+4 t=R_CALL runtime.printint+0
	rel 1880+4 t=R_CALL runtime.printsp+0
	rel 1890+4 t=R_CALL runtime.printbool+0
	rel 1895+4 t=R_CALL runtime.printsp+0
	rel 1908+4 t=R_CALL runtime.printint+0
	rel 1913+4 t=R_CALL runtime.printsp+0
	rel 1926+4 t=R_CALL runtime.printint+0
	rel 1931+4 t=R_CALL runtime.printnl+0
	rel 1936+4 t=R_CALL runtime.printunlock+0
	rel 1980+4 t=R_PCREL type:map[float64]int+0
	rel 1993+4 t=R_CALL runtime.mapIterStart+0
	rel 2026+4 t=R_CALL runtime.mapIterNext+0
	rel 2052+4 t=R_CALL runtime.printlock+0
	rel 2059+4 t=R_PCREL go:string."sum "+0
	rel 2069+4 t=R_CALL runtime.printstring+0
	rel 2081+4 t=R_CALL runtime.printint+0
	rel 2086+4 t=R_CALL runtime.printnl+0
	rel 2091+4 t=R_CALL runtime.printunlock+0
	rel 2190+4 t=R_CALL runtime.rand+0
	rel 2210+4 t=R_PCREL type:map[bool]int+0
	rel 2228+4 t=R_CALL runtime.mapassign+0
	rel 2242+4 t=R_PCREL type:map[bool]int+0
	rel 2257+4 t=R_PCREL main..stmp_12+0
	rel 2262+4 t=R_CALL runtime.mapassign+0
	rel 2288+4 t=R_PCREL type:map[bool]int+0
	rel 2303+4 t=R_PCREL main..stmp_13+0
	rel 2308+4 t=R_CALL runtime.mapaccess1+0
	rel 2326+4 t=R_PCREL type:map[bool]int+0
	rel 2341+4 t=R_PCREL main..stmp_14+0
	rel 2346+4 t=R_CALL runtime.mapaccess1+0
	rel 2362+4 t=R_CALL runtime.printlock+0
	rel 2375+4 t=R_CALL runtime.printint+0
	rel 2380+4 t=R_CALL runtime.printsp+0
	rel 2393+4 t=R_CALL runtime.printint+0
	rel 2401+4 t=R_CALL runtime.printsp+0
	rel 2414+4 t=R_CALL runtime.printint+0
	rel 2419+4 t=R_CALL runtime.printnl+0
	rel 2424+4 t=R_CALL runtime.printunlock+0
	rel 2530+4 t=R_CALL runtime.rand+0
	rel 2545+4 t=R_PCREL type:int+0
	rel 2560+4 t=R_PCREL main..stmp_15+0
	rel 2575+4 t=R_PCREL type:map[interface {}]string+0
	rel 2596+4 t=R_CALL runtime.mapassign+0
	rel 2610+4 t=R_PCREL runtime.writeBarrier+-1
	rel 2625+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 2635+4 t=R_PCREL go:string."int"+0
	rel 2645+4 t=R_PCREL type:string+0
	rel 2660+4 t=R_PCREL main..stmp_16+0
	rel 2675+4 t=R_PCREL type:map[interface {}]string+0
	rel 2696+4 t=R_CALL runtime.mapassign+0
	rel 2710+4 t=R_PCREL runtime.writeBarrier+-1
	rel 2721+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 2731+4 t=R_PCREL go:string."string"+0
	rel 2741+4 t=R_PCREL type:float64+0
	rel 2756+4 t=R_PCREL main..stmp_17+0
	rel 2771+4 t=R_PCREL type:map[interface {}]string+0
	rel 2792+4 t=R_CALL runtime.mapassign+0
	rel 2806+4 t=R_PCREL runtime.writeBarrier+-1
	rel 2817+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 2827+4 t=R_PCREL go:string."float"+0
	rel 2837+4 t=R_PCREL type:main.Point+0
	rel 2852+4 t=R_PCREL main..stmp_18+0
	rel 2867+4 t=R_PCREL type:map[interface {}]string+0
	rel 2888+4 t=R_CALL runtime.mapassign+0
	rel 2902+4 t=R_PCREL runtime.writeBarrier+-1
	rel 2913+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 2923+4 t=R_PCREL go:string."point"+0
	rel 2933+4 t=R_PCREL type:int+0
	rel 2948+4 t=R_PCREL main..stmp_19+0
	rel 2963+4 t=R_PCREL type:string+0
	rel 2978+4 t=R_PCREL main..stmp_20+0
	rel 2993+4 t=R_PCREL type:float64+0
	rel 3008+4 t=R_PCREL main..stmp_21+0
	rel 3023+4 t=R_PCREL type:main.Point+0
	rel 3038+4 t=R_PCREL main..stmp_22+0
	rel 3069+4 t=R_PCREL type:map[interface {}]string+0
	rel 3090+4 t=R_CALL runtime.mapaccess1+0
	rel 3120+4 t=R_PCREL type:map[interface {}]string+0
	rel 3141+4 t=R_CALL runtime.mapaccess1+0
	rel 3171+4 t=R_PCREL type:map[interface {}]string+0
	rel 3192+4 t=R_CALL runtime.mapaccess1+0
	rel 3222+4 t=R_PCREL type:map[interface {}]string+0
	rel 3243+4 t=R_CALL runtime.mapaccess1+0
	rel 3271+4 t=R_CALL runtime.printlock+0
	rel 3297+4 t=R_CALL runtime.printstring+0
	rel 3302+4 t=R_CALL runtime.printsp+0
	rel 3323+4 t=R_CALL runtime.printstring+0
	rel 3329+4 t=R_CALL runtime.printsp+0
	rel 3350+4 t=R_CALL runtime.printstring+0
	rel 3355+4 t=R_CALL runtime.printsp+0
	rel 3376+4 t=R_CALL runtime.printstring+0
	rel 3381+4 t=R_CALL runtime.printsp+0
	rel 3394+4 t=R_CALL runtime.printint+0
	rel 3399+4 t=R_CALL runtime.printnl+0
	rel 3404+4 t=R_CALL runtime.printunlock+0
	rel 3509+4 t=R_CALL runtime.rand+0
	rel 3536+4 t=R_PCREL type:map[int32]int+0
	rel 3553+4 t=R_CALL runtime.mapassign_fast32+0
	rel 3577+4 t=R_PCREL go:string."mississippi"+0
	rel 3608+4 t=R_CALL runtime.decoderune+0
	rel 3638+4 t=R_PCREL type:map[int32]int+0
	rel 3656+4 t=R_CALL runtime.mapaccess1_fast32+0
	rel 3674+4 t=R_PCREL type:map[int32]int+0
	rel 3692+4 t=R_CALL runtime.mapaccess1_fast32+0
	rel 3710+4 t=R_PCREL type:map[int32]int+0
	rel 3728+4 t=R_CALL runtime.mapaccess1_fast32+0
	rel 3746+4 t=R_PCREL type:map[int32]int+0
	rel 3764+4 t=R_CALL runtime.mapaccess1_fast32+0
	rel 3780+4 t=R_CALL runtime.printlock+0
	rel 3793+4 t=R_CALL runtime.printint+0
	rel 3798+4 t=R_CALL runtime.printsp+0
	rel 3811+4 t=R_CALL runtime.printint+0
	rel 3816+4 t=R_CALL runtime.printsp+0
	rel 3829+4 t=R_CALL runtime.printint+0
	rel 3834+4 t=R_CALL runtime.printsp+0
	rel 3847+4 t=R_CALL runtime.printint+0
	rel 3852+4 t=R_CALL runtime.printsp+0
	rel 3865+4 t=R_CALL runtime.printint+0
	rel 3873+4 t=R_CALL runtime.printnl+0
	rel 3878+4 t=R_CALL runtime.printunlock+0
	rel 3892+4 t=R_CALL runtime.morestack_noctxt+0
type:.eq.SM1 STEXT dupok size=85 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.SM1(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	58
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.SM1.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.SM1.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	8(AX), CX
	0x0012 00018 (<autogenerated>:1)	CMPQ	8(BX), CX
	0x0016 00022 (<autogenerated>:1)	JNE	50
	0x0018 00024 (<autogenerated>:1)	MOVBLZX	16(AX), DX
	0x001c 00028 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CMPB	16(BX), DL
	0x0023 00035 (<autogenerated>:1)	JNE	50
	0x0025 00037 (<autogenerated>:1)	MOVQ	(AX), AX
	0x0028 00040 (<autogenerated>:1)	MOVQ	(BX), BX
	0x002b 00043 (<autogenerated>:1)	PCDATA	$1, $1
	0x002b 00043 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x0030 00048 (<autogenerated>:1)	JMP	52
	0x0032 00050 (<autogenerated>:1)	XORL	AX, AX
	0x0034 00052 (<autogenerated>:1)	ADDQ	$24, SP
	0x0038 00056 (<autogenerated>:1)	POPQ	BP
	0x0039 00057 (<autogenerated>:1)	RET
	0x003a 00058 (<autogenerated>:1)	NOP
	0x003a 00058 (<autogenerated>:1)	PCDATA	$1, $-1
	0x003a 00058 (<autogenerated>:1)	PCDATA	$0, $-2
	0x003a 00058 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x003f 00063 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0044 00068 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0049 00073 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0049 00073 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004e 00078 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0053 00083 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 34 55 48 89 e5 48 83 ec 18 48 8b  I;f.v4UH..H...H.
	0x0010 48 08 48 39 4b 08 75 1a 0f b6 50 10 0f 1f 40 00  H.H9K.u...P...@.
	0x0020 38 53 10 75 0d 48 8b 00 48 8b 1b e8 00 00 00 00  8S.u.H..H.......
	0x0030 eb 02 31 c0 48 83 c4 18 5d c3 48 89 44 24 08 48  ..1.H...].H.D$.H
	0x0040 89 5c 24 10 e8 00 00 00 00 48 8b 44 24 08 48 8b  .\$......H.D$.H.
	0x0050 5c 24 10 eb ab                                   \$...
	rel 44+4 t=R_CALL runtime.memequal+0
	rel 69+4 t=R_CALL runtime.morestack_noctxt+0
type:.hash.SM1 STEXT dupok size=82 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.hash.SM1(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	55
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.hash.SM1.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.hash.SM1.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.p+40(SP)
	0x0013 00019 (<autogenerated>:1)	PCDATA	$3, $2
	0x0013 00019 (<autogenerated>:1)	PCDATA	$1, $0
	0x0013 00019 (<autogenerated>:1)	CALL	runtime.strhash(SB)
	0x0018 00024 (<autogenerated>:1)	MOVQ	main.p+40(SP), CX
	0x001d 00029 (<autogenerated>:1)	ADDQ	$16, CX
	0x0021 00033 (<autogenerated>:1)	MOVQ	AX, BX
	0x0024 00036 (<autogenerated>:1)	MOVQ	CX, AX
	0x0027 00039 (<autogenerated>:1)	MOVL	$1, CX
	0x002c 00044 (<autogenerated>:1)	PCDATA	$1, $1
	0x002c 00044 (<autogenerated>:1)	CALL	runtime.memhash(SB)
	0x0031 00049 (<autogenerated>:1)	ADDQ	$24, SP
	0x0035 00053 (<autogenerated>:1)	POPQ	BP
	0x0036 00054 (<autogenerated>:1)	RET
	0x0037 00055 (<autogenerated>:1)	NOP
	0x0037 00055 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0037 00055 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0037 00055 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x003c 00060 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0041 00065 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0046 00070 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0046 00070 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004b 00075 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0050 00080 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 31 55 48 89 e5 48 83 ec 18 48 89  I;f.v1UH..H...H.
	0x0010 44 24 28 e8 00 00 00 00 48 8b 4c 24 28 48 83 c1  D$(.....H.L$(H..
	0x0020 10 48 89 c3 48 89 c8 b9 01 00 00 00 e8 00 00 00  .H..H...........
	0x0030 00 48 83 c4 18 5d c3 48 89 44 24 08 48 89 5c 24  .H...].H.D$.H.\$
	0x0040 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10  ......H.D$.H.\$.
	0x0050 eb ae                                            ..
	rel 20+4 t=R_CALL runtime.strhash+0
	rel 45+4 t=R_CALL runtime.memhash+0
	rel 66+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
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
type:.namedata.*main.Point. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 50 6f 69 6e 74           ..*main.Point
type:*main.Point SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 cc ba 8c 4f 28 08 08 16 00 00 00 00 00 00 00 00  ...O(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Point.+0
	rel 48+8 t=R_ADDR type:main.Point+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.X. SRODATA dupok size=3 align=0x1
	0x0000 01 01 58                                         ..X
type:.namedata.Y. SRODATA dupok size=3 align=0x1
	0x0000 01 01 59                                         ..Y
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:main.Point SRODATA size=144 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 2d 71 d9 6e 0f 08 08 19 00 00 00 00 00 00 00 00  -q.n............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Point.+0
	rel 44+4 t=R_ADDROFF type:*main.Point+0
	rel 56+8 t=R_ADDR type:main.Point+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.X.+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.Y.+0
	rel 128+8 t=R_ADDR type:int+0
type:.namedata.*map[[2]int]int- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 6d 61 70 5b 5b 32 5d 69 6e 74 5d 69 6e  ..*map[[2]int]in
	0x0010 74                                               t
type:*map[[2]int]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 6b 79 0e 30 28 08 08 16 00 00 00 00 00 00 00 00  ky.0(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[[2]int]int-+0
	rel 48+8 t=R_ADDR type:map[[2]int]int+0
type:.namedata.*[2]int- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 5b 32 5d 69 6e 74                       ..*[2]int
type:*[2]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4b ea a2 a4 28 08 08 16 00 00 00 00 00 00 00 00  K...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[2]int-+0
	rel 48+8 t=R_ADDR type:[2]int+0
type:[2]int SRODATA dupok size=72 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 e3 56 57 7d 0a 08 08 11 00 00 00 00 00 00 00 00  .VW}............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[2]int-+0
	rel 44+4 t=RelocType(-32763) type:*[2]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
type:.namedata.*map.group[[2]int]int- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 6d 61 70 2e 67 72 6f 75 70 5b 5b 32 5d  ..*map.group[[2]
	0x0010 69 6e 74 5d 69 6e 74                             int]int
type:noalg.*map.group[[2]int]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b1 c0 a8 0b 20 08 08 16 00 00 00 00 00 00 00 00  .... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[[2]int]int-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[[2]int]int+0
type:.namedata.*[8]struct { key [2]int; elem int }- SRODATA dupok size=37 align=0x1
	0x0000 00 23 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .#*[8]struct { k
	0x0010 65 79 20 5b 32 5d 69 6e 74 3b 20 65 6c 65 6d 20  ey [2]int; elem 
	0x0020 69 6e 74 20 7d                                   int }
type:noalg.*[8]struct { key [2]int; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3a 49 7e bc 20 08 08 16 00 00 00 00 00 00 00 00  :I~. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key [2]int; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key [2]int; elem int }+0
type:.namedata.*struct { key [2]int; elem int }- SRODATA dupok size=34 align=0x1
	0x0000 00 20 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  . *struct { key 
	0x0010 5b 32 5d 69 6e 74 3b 20 65 6c 65 6d 20 69 6e 74  [2]int; elem int
	0x0020 20 7d                                             }
type:noalg.*struct { key [2]int; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 42 aa 00 da 20 08 08 16 00 00 00 00 00 00 00 00  B... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key [2]int; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key [2]int; elem int }+0
type:.importpath.. SRODATA dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.namedata.key- SRODATA dupok size=5 align=0x1
	0x0000 00 03 6b 65 79                                   ..key
type:.namedata.elem- SRODATA dupok size=6 align=0x1
	0x0000 00 04 65 6c 65 6d                                ..elem
type:noalg.struct { key [2]int; elem int } SRODATA dupok size=128 align=0x8
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 84 75 57 9e 02 08 08 19 00 00 00 00 00 00 00 00  .uW.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key [2]int; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key [2]int; elem int }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key [2]int; elem int }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:[2]int+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:int+0
type:.namedata.*[]struct { key [2]int; elem int }- SRODATA dupok size=36 align=0x1
	0x0000 00 22 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  ."*[]struct { ke
	0x0010 79 20 5b 32 5d 69 6e 74 3b 20 65 6c 65 6d 20 69  y [2]int; elem i
	0x0020 6e 74 20 7d                                      nt }
type:*[]struct { key [2]int; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5e cc db f0 28 08 08 16 00 00 00 00 00 00 00 00  ^...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key [2]int; elem int }-+0
	rel 48+8 t=R_ADDR type:[]struct { key [2]int; elem int }+0
type:[]struct { key [2]int; elem int } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 6d 09 b5 da 02 08 08 17 00 00 00 00 00 00 00 00  m...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key [2]int; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key [2]int; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key [2]int; elem int }+0
type:noalg.[8]struct { key [2]int; elem int } SRODATA dupok size=72 align=0x8
	0x0000 c0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 d5 c5 ae dd 02 08 08 11 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key [2]int; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key [2]int; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key [2]int; elem int }+0
	rel 56+8 t=R_ADDR type:[]struct { key [2]int; elem int }+0
type:.namedata.ctrl- SRODATA dupok size=6 align=0x1
	0x0000 00 04 63 74 72 6c                                ..ctrl
type:.namedata.slots- SRODATA dupok size=7 align=0x1
	0x0000 00 05 73 6c 6f 74 73                             ..slots
type:noalg.map.group[[2]int]int SRODATA dupok size=128 align=0x8
	0x0000 c8 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 5d 5a f3 f6 02 08 08 19 00 00 00 00 00 00 00 00  ]Z..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[[2]int]int-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[[2]int]int+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[[2]int]int+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key [2]int; elem int }+0
runtime.memhash128·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memhash128+0
type:map[[2]int]int SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e4 73 8c e1 22 08 08 15 00 00 00 00 00 00 00 00  .s.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 c8 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 18 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0070 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[[2]int]int-+0
	rel 44+4 t=RelocType(-32763) type:*map[[2]int]int+0
	rel 48+8 t=R_ADDR type:[2]int+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:noalg.map.group[[2]int]int+0
	rel 72+8 t=R_ADDR runtime.memhash128·f+0
type:.namedata.*map[bool]int- SRODATA dupok size=15 align=0x1
	0x0000 00 0d 2a 6d 61 70 5b 62 6f 6f 6c 5d 69 6e 74     ..*map[bool]int
type:*map[bool]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4f 9b c2 0a 28 08 08 16 00 00 00 00 00 00 00 00  O...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[bool]int-+0
	rel 48+8 t=R_ADDR type:map[bool]int+0
type:.namedata.*map.group[bool]int- SRODATA dupok size=21 align=0x1
	0x0000 00 13 2a 6d 61 70 2e 67 72 6f 75 70 5b 62 6f 6f  ..*map.group[boo
	0x0010 6c 5d 69 6e 74                                   l]int
type:noalg.*map.group[bool]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4f ed 19 75 20 08 08 16 00 00 00 00 00 00 00 00  O..u ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[bool]int-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[bool]int+0
type:.namedata.*[8]struct { key bool; elem int }- SRODATA dupok size=35 align=0x1
	0x0000 00 21 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .!*[8]struct { k
	0x0010 65 79 20 62 6f 6f 6c 3b 20 65 6c 65 6d 20 69 6e  ey bool; elem in
	0x0020 74 20 7d                                         t }
type:noalg.*[8]struct { key bool; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 41 9a 83 02 20 08 08 16 00 00 00 00 00 00 00 00  A... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key bool; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key bool; elem int }+0
type:.namedata.*struct { key bool; elem int }- SRODATA dupok size=32 align=0x1
	0x0000 00 1e 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  ..*struct { key 
	0x0010 62 6f 6f 6c 3b 20 65 6c 65 6d 20 69 6e 74 20 7d  bool; elem int }
type:noalg.*struct { key bool; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 26 b1 5c 8f 20 08 08 16 00 00 00 00 00 00 00 00  &.\. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key bool; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key bool; elem int }+0
type:noalg.struct { key bool; elem int } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 fc 51 ee 3f 02 08 08 19 00 00 00 00 00 00 00 00  .Q.?............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key bool; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key bool; elem int }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key bool; elem int }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:bool+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:int+0
type:.namedata.*[]struct { key bool; elem int }- SRODATA dupok size=34 align=0x1
	0x0000 00 20 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  . *[]struct { ke
	0x0010 79 20 62 6f 6f 6c 3b 20 65 6c 65 6d 20 69 6e 74  y bool; elem int
	0x0020 20 7d                                             }
type:*[]struct { key bool; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 57 14 2a 1d 28 08 08 16 00 00 00 00 00 00 00 00  W.*.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key bool; elem int }-+0
	rel 48+8 t=R_ADDR type:[]struct { key bool; elem int }+0
type:[]struct { key bool; elem int } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0a a8 fa 25 02 08 08 17 00 00 00 00 00 00 00 00  ...%............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key bool; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key bool; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key bool; elem int }+0
type:noalg.[8]struct { key bool; elem int } SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 6a d4 c1 b4 02 08 08 11 00 00 00 00 00 00 00 00  j...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key bool; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key bool; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key bool; elem int }+0
	rel 56+8 t=R_ADDR type:[]struct { key bool; elem int }+0
type:noalg.map.group[bool]int SRODATA dupok size=128 align=0x8
	0x0000 88 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 cc 08 b9 6a 02 08 08 19 00 00 00 00 00 00 00 00  ...j............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[bool]int-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[bool]int+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[bool]int+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key bool; elem int }+0
runtime.memhash8·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memhash8+0
type:map[bool]int SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 53 b6 68 fa 22 08 08 15 00 00 00 00 00 00 00 00  S.h."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 88 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0070 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[bool]int-+0
	rel 44+4 t=RelocType(-32763) type:*map[bool]int+0
	rel 48+8 t=R_ADDR type:bool+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:noalg.map.group[bool]int+0
	rel 72+8 t=R_ADDR runtime.memhash8·f+0
type:.namedata.*map[float64]int- SRODATA dupok size=18 align=0x1
	0x0000 00 10 2a 6d 61 70 5b 66 6c 6f 61 74 36 34 5d 69  ..*map[float64]i
	0x0010 6e 74                                            nt
type:*map[float64]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 32 93 30 fa 28 08 08 16 00 00 00 00 00 00 00 00  2.0.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[float64]int-+0
	rel 48+8 t=R_ADDR type:map[float64]int+0
type:.namedata.*map.group[float64]int- SRODATA dupok size=24 align=0x1
	0x0000 00 16 2a 6d 61 70 2e 67 72 6f 75 70 5b 66 6c 6f  ..*map.group[flo
	0x0010 61 74 36 34 5d 69 6e 74                          at64]int
type:noalg.*map.group[float64]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 78 5f c5 b5 20 08 08 16 00 00 00 00 00 00 00 00  x_.. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[float64]int-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[float64]int+0
type:.namedata.*[8]struct { key float64; elem int }- SRODATA dupok size=38 align=0x1
	0x0000 00 24 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .$*[8]struct { k
	0x0010 65 79 20 66 6c 6f 61 74 36 34 3b 20 65 6c 65 6d  ey float64; elem
	0x0020 20 69 6e 74 20 7d                                 int }
type:noalg.*[8]struct { key float64; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 41 9d 7a 75 20 08 08 16 00 00 00 00 00 00 00 00  A.zu ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key float64; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key float64; elem int }+0
type:.namedata.*struct { key float64; elem int }- SRODATA dupok size=35 align=0x1
	0x0000 00 21 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  .!*struct { key 
	0x0010 66 6c 6f 61 74 36 34 3b 20 65 6c 65 6d 20 69 6e  float64; elem in
	0x0020 74 20 7d                                         t }
type:noalg.*struct { key float64; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3c 21 e9 44 20 08 08 16 00 00 00 00 00 00 00 00  <!.D ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key float64; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key float64; elem int }+0
type:noalg.struct { key float64; elem int } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 38 0d 42 25 02 08 08 19 00 00 00 00 00 00 00 00  8.B%............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key float64; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key float64; elem int }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key float64; elem int }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:float64+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:int+0
type:.namedata.*[]struct { key float64; elem int }- SRODATA dupok size=37 align=0x1
	0x0000 00 23 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  .#*[]struct { ke
	0x0010 79 20 66 6c 6f 61 74 36 34 3b 20 65 6c 65 6d 20  y float64; elem 
	0x0020 69 6e 74 20 7d                                   int }
type:*[]struct { key float64; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f2 2f f4 c3 28 08 08 16 00 00 00 00 00 00 00 00  ./..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key float64; elem int }-+0
	rel 48+8 t=R_ADDR type:[]struct { key float64; elem int }+0
type:[]struct { key float64; elem int } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 16 eb 25 d8 02 08 08 17 00 00 00 00 00 00 00 00  ..%.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key float64; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key float64; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key float64; elem int }+0
type:noalg.[8]struct { key float64; elem int } SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 24 d9 e4 c5 02 08 08 11 00 00 00 00 00 00 00 00  $...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key float64; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key float64; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key float64; elem int }+0
	rel 56+8 t=R_ADDR type:[]struct { key float64; elem int }+0
type:noalg.map.group[float64]int SRODATA dupok size=128 align=0x8
	0x0000 88 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 69 ff df 42 02 08 08 19 00 00 00 00 00 00 00 00  i..B............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[float64]int-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[float64]int+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[float64]int+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key float64; elem int }+0
runtime.f64hash·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.f64hash+0
type:map[float64]int SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fd fa 85 91 22 08 08 15 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 88 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0070 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 01 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[float64]int-+0
	rel 44+4 t=RelocType(-32763) type:*map[float64]int+0
	rel 48+8 t=R_ADDR type:float64+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:noalg.map.group[float64]int+0
	rel 72+8 t=R_ADDR runtime.f64hash·f+0
type:.namedata.*map[int32]int- SRODATA dupok size=16 align=0x1
	0x0000 00 0e 2a 6d 61 70 5b 69 6e 74 33 32 5d 69 6e 74  ..*map[int32]int
type:*map[int32]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e6 43 5f f3 28 08 08 16 00 00 00 00 00 00 00 00  .C_.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int32]int-+0
	rel 48+8 t=R_ADDR type:map[int32]int+0
type:.namedata.*map.group[int32]int- SRODATA dupok size=22 align=0x1
	0x0000 00 14 2a 6d 61 70 2e 67 72 6f 75 70 5b 69 6e 74  ..*map.group[int
	0x0010 33 32 5d 69 6e 74                                32]int
type:noalg.*map.group[int32]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8c 04 2a 6d 20 08 08 16 00 00 00 00 00 00 00 00  ..*m ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int32]int-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[int32]int+0
type:.namedata.*[8]struct { key int32; elem int }- SRODATA dupok size=36 align=0x1
	0x0000 00 22 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  ."*[8]struct { k
	0x0010 65 79 20 69 6e 74 33 32 3b 20 65 6c 65 6d 20 69  ey int32; elem i
	0x0020 6e 74 20 7d                                      nt }
type:noalg.*[8]struct { key int32; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 69 bc 21 08 20 08 08 16 00 00 00 00 00 00 00 00  i.!. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int32; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key int32; elem int }+0
type:.namedata.*struct { key int32; elem int }- SRODATA dupok size=33 align=0x1
	0x0000 00 1f 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  ..*struct { key 
	0x0010 69 6e 74 33 32 3b 20 65 6c 65 6d 20 69 6e 74 20  int32; elem int 
	0x0020 7d                                               }
type:noalg.*struct { key int32; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 48 43 9c ae 20 08 08 16 00 00 00 00 00 00 00 00  HC.. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int32; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int32; elem int }+0
type:noalg.struct { key int32; elem int } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 56 65 cd 0b 02 08 08 19 00 00 00 00 00 00 00 00  Ve..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int32; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key int32; elem int }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key int32; elem int }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:int32+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:int+0
type:.namedata.*[]struct { key int32; elem int }- SRODATA dupok size=35 align=0x1
	0x0000 00 21 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  .!*[]struct { ke
	0x0010 79 20 69 6e 74 33 32 3b 20 65 6c 65 6d 20 69 6e  y int32; elem in
	0x0020 74 20 7d                                         t }
type:*[]struct { key int32; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 88 3e 18 eb 28 08 08 16 00 00 00 00 00 00 00 00  .>..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int32; elem int }-+0
	rel 48+8 t=R_ADDR type:[]struct { key int32; elem int }+0
type:[]struct { key int32; elem int } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 29 a5 1d 8a 02 08 08 17 00 00 00 00 00 00 00 00  )...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int32; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key int32; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int32; elem int }+0
type:noalg.[8]struct { key int32; elem int } SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 c6 bf 76 96 02 08 08 11 00 00 00 00 00 00 00 00  ..v.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int32; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key int32; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int32; elem int }+0
	rel 56+8 t=R_ADDR type:[]struct { key int32; elem int }+0
type:noalg.map.group[int32]int SRODATA dupok size=128 align=0x8
	0x0000 88 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 49 e1 cc 1a 02 08 08 19 00 00 00 00 00 00 00 00  I...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int32]int-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[int32]int+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[int32]int+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key int32; elem int }+0
runtime.memhash32·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memhash32+0
type:map[int32]int SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e8 34 d8 a0 22 08 08 15 00 00 00 00 00 00 00 00  .4.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 88 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0070 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int32]int-+0
	rel 44+4 t=RelocType(-32763) type:*map[int32]int+0
	rel 48+8 t=R_ADDR type:int32+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:noalg.map.group[int32]int+0
	rel 72+8 t=R_ADDR runtime.memhash32·f+0
type:.namedata.*map[interface {}]string- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 6d 61 70 5b 69 6e 74 65 72 66 61 63 65  ..*map[interface
	0x0010 20 7b 7d 5d 73 74 72 69 6e 67                     {}]string
type:*map[interface {}]string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 01 37 5e 6a 28 08 08 16 00 00 00 00 00 00 00 00  .7^j(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[interface {}]string-+0
	rel 48+8 t=R_ADDR type:map[interface {}]string+0
type:.namedata.*map.group[interface {}]string- SRODATA dupok size=32 align=0x1
	0x0000 00 1e 2a 6d 61 70 2e 67 72 6f 75 70 5b 69 6e 74  ..*map.group[int
	0x0010 65 72 66 61 63 65 20 7b 7d 5d 73 74 72 69 6e 67  erface {}]string
type:noalg.*map.group[interface {}]string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 76 36 25 47 20 08 08 16 00 00 00 00 00 00 00 00  v6%G ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[interface {}]string-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[interface {}]string+0
runtime.gcbits.cccccccc00000000 SRODATA dupok size=8 align=0x8
	0x0000 cc cc cc cc 00 00 00 00                          ........
type:.namedata.*[8]struct { key interface {}; elem string }- SRODATA dupok size=46 align=0x1
	0x0000 00 2c 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .,*[8]struct { k
	0x0010 65 79 20 69 6e 74 65 72 66 61 63 65 20 7b 7d 3b  ey interface {};
	0x0020 20 65 6c 65 6d 20 73 74 72 69 6e 67 20 7d         elem string }
type:noalg.*[8]struct { key interface {}; elem string } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 94 1b a3 b4 20 08 08 16 00 00 00 00 00 00 00 00  .... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key interface {}; elem string }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key interface {}; elem string }+0
runtime.gcbits.6666666600000000 SRODATA dupok size=8 align=0x8
	0x0000 66 66 66 66 00 00 00 00                          ffff....
type:.namedata.*struct { key interface {}; elem string }- SRODATA dupok size=43 align=0x1
	0x0000 00 29 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  .)*struct { key 
	0x0010 69 6e 74 65 72 66 61 63 65 20 7b 7d 3b 20 65 6c  interface {}; el
	0x0020 65 6d 20 73 74 72 69 6e 67 20 7d                 em string }
type:noalg.*struct { key interface {}; elem string } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ba f8 f2 af 20 08 08 16 00 00 00 00 00 00 00 00  .... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key interface {}; elem string }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key interface {}; elem string }+0
runtime.gcbits.0600000000000000 SRODATA dupok size=8 align=0x8
	0x0000 06 00 00 00 00 00 00 00                          ........
type:noalg.struct { key interface {}; elem string } SRODATA dupok size=128 align=0x8
	0x0000 20 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00   ...............
	0x0010 65 05 98 0f 02 08 08 19 00 00 00 00 00 00 00 00  e...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0600000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key interface {}; elem string }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key interface {}; elem string }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key interface {}; elem string }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:interface {}+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:string+0
type:.namedata.*[]struct { key interface {}; elem string }- SRODATA dupok size=45 align=0x1
	0x0000 00 2b 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  .+*[]struct { ke
	0x0010 79 20 69 6e 74 65 72 66 61 63 65 20 7b 7d 3b 20  y interface {}; 
	0x0020 65 6c 65 6d 20 73 74 72 69 6e 67 20 7d           elem string }
type:*[]struct { key interface {}; elem string } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 62 f8 b6 28 28 08 08 16 00 00 00 00 00 00 00 00  b..((...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key interface {}; elem string }-+0
	rel 48+8 t=R_ADDR type:[]struct { key interface {}; elem string }+0
type:[]struct { key interface {}; elem string } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 24 fe de 7b 02 08 08 17 00 00 00 00 00 00 00 00  $..{............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key interface {}; elem string }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key interface {}; elem string }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key interface {}; elem string }+0
type:noalg.[8]struct { key interface {}; elem string } SRODATA dupok size=72 align=0x8
	0x0000 00 01 00 00 00 00 00 00 f8 00 00 00 00 00 00 00  ................
	0x0010 79 53 4a bb 02 08 08 11 00 00 00 00 00 00 00 00  ySJ.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.6666666600000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key interface {}; elem string }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key interface {}; elem string }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key interface {}; elem string }+0
	rel 56+8 t=R_ADDR type:[]struct { key interface {}; elem string }+0
type:noalg.map.group[interface {}]string SRODATA dupok size=128 align=0x8
	0x0000 08 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00  ................
	0x0010 2f 16 5f e2 02 08 08 19 00 00 00 00 00 00 00 00  /._.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.cccccccc00000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[interface {}]string-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[interface {}]string+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[interface {}]string+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key interface {}; elem string }+0
runtime.nilinterhash·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.nilinterhash+0
type:map[interface {}]string SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 54 1f 53 3b 22 08 08 15 00 00 00 00 00 00 00 00  T.S;"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 08 01 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 20 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00   ...............
	0x0070 20 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00   ...............
	0x0080 03 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[interface {}]string-+0
	rel 44+4 t=RelocType(-32763) type:*map[interface {}]string+0
	rel 48+8 t=R_ADDR type:interface {}+0
	rel 56+8 t=R_ADDR type:string+0
	rel 64+8 t=R_ADDR type:noalg.map.group[interface {}]string+0
	rel 72+8 t=R_ADDR runtime.nilinterhash·f+0
type:.namedata.*map[main.Key]int- SRODATA dupok size=19 align=0x1
	0x0000 00 11 2a 6d 61 70 5b 6d 61 69 6e 2e 4b 65 79 5d  ..*map[main.Key]
	0x0010 69 6e 74                                         int
type:*map[main.Key]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7b 1b d3 e6 28 08 08 16 00 00 00 00 00 00 00 00  {...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[main.Key]int-+0
	rel 48+8 t=R_ADDR type:map[main.Key]int+0
type:.eqfunc.SM1 SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.SM1+0
type:.namedata.*main.Key. SRODATA dupok size=11 align=0x1
	0x0000 01 09 2a 6d 61 69 6e 2e 4b 65 79                 ..*main.Key
type:*main.Key SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3f 63 43 c7 28 08 08 16 00 00 00 00 00 00 00 00  ?cC.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Key.+0
	rel 48+8 t=R_ADDR type:main.Key+0
type:.namedata.Name. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4e 61 6d 65                                ..Name
type:.namedata.N. SRODATA dupok size=3 align=0x1
	0x0000 01 01 4e                                         ..N
type:main.Key SRODATA size=144 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8b 7d 27 65 07 08 08 19 00 00 00 00 00 00 00 00  .}'e............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.SM1+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Key.+0
	rel 44+4 t=R_ADDROFF type:*main.Key+0
	rel 56+8 t=R_ADDR type:main.Key+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.Name.+0
	rel 104+8 t=R_ADDR type:string+0
	rel 120+8 t=R_ADDR type:.namedata.N.+0
	rel 128+8 t=R_ADDR type:int8+0
type:.namedata.*map.group[main.Key]int- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 6d 61 70 2e 67 72 6f 75 70 5b 6d 61 69  ..*map.group[mai
	0x0010 6e 2e 4b 65 79 5d 69 6e 74                       n.Key]int
type:noalg.*map.group[main.Key]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 29 6a 07 01 20 08 08 16 00 00 00 00 00 00 00 00  )j.. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[main.Key]int-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[main.Key]int+0
runtime.gcbits.2222222200000000 SRODATA dupok size=8 align=0x8
	0x0000 22 22 22 22 00 00 00 00                          """"....
type:.namedata.*[8]struct { key main.Key; elem int }- SRODATA dupok size=39 align=0x1
	0x0000 00 25 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .%*[8]struct { k
	0x0010 65 79 20 6d 61 69 6e 2e 4b 65 79 3b 20 65 6c 65  ey main.Key; ele
	0x0020 6d 20 69 6e 74 20 7d                             m int }
type:noalg.*[8]struct { key main.Key; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 56 4c 27 53 20 08 08 16 00 00 00 00 00 00 00 00  VL'S ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key main.Key; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key main.Key; elem int }+0
runtime.gcbits.1111111100000000 SRODATA dupok size=8 align=0x8
	0x0000 11 11 11 11 00 00 00 00                          ........
type:.namedata.*struct { key main.Key; elem int }- SRODATA dupok size=36 align=0x1
	0x0000 00 22 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  ."*struct { key 
	0x0010 6d 61 69 6e 2e 4b 65 79 3b 20 65 6c 65 6d 20 69  main.Key; elem i
	0x0020 6e 74 20 7d                                      nt }
type:noalg.*struct { key main.Key; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7d fe 3b d2 20 08 08 16 00 00 00 00 00 00 00 00  }.;. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key main.Key; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key main.Key; elem int }+0
type:noalg.struct { key main.Key; elem int } SRODATA dupok size=128 align=0x8
	0x0000 20 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00   ...............
	0x0010 5c e1 5e 0a 02 08 08 19 00 00 00 00 00 00 00 00  \.^.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key main.Key; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key main.Key; elem int }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key main.Key; elem int }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:main.Key+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:int+0
type:.namedata.*[]struct { key main.Key; elem int }- SRODATA dupok size=38 align=0x1
	0x0000 00 24 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  .$*[]struct { ke
	0x0010 79 20 6d 61 69 6e 2e 4b 65 79 3b 20 65 6c 65 6d  y main.Key; elem
	0x0020 20 69 6e 74 20 7d                                 int }
type:*[]struct { key main.Key; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3d 84 00 c4 28 08 08 16 00 00 00 00 00 00 00 00  =...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key main.Key; elem int }-+0
	rel 48+8 t=R_ADDR type:[]struct { key main.Key; elem int }+0
type:[]struct { key main.Key; elem int } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3e 92 20 62 02 08 08 17 00 00 00 00 00 00 00 00  >. b............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key main.Key; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key main.Key; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key main.Key; elem int }+0
type:noalg.[8]struct { key main.Key; elem int } SRODATA dupok size=72 align=0x8
	0x0000 00 01 00 00 00 00 00 00 e8 00 00 00 00 00 00 00  ................
	0x0010 78 14 d7 62 02 08 08 11 00 00 00 00 00 00 00 00  x..b............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.1111111100000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key main.Key; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key main.Key; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key main.Key; elem int }+0
	rel 56+8 t=R_ADDR type:[]struct { key main.Key; elem int }+0
type:noalg.map.group[main.Key]int SRODATA dupok size=128 align=0x8
	0x0000 08 01 00 00 00 00 00 00 f0 00 00 00 00 00 00 00  ................
	0x0010 3a 23 5d a0 02 08 08 19 00 00 00 00 00 00 00 00  :#].............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.2222222200000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[main.Key]int-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[main.Key]int+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[main.Key]int+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key main.Key; elem int }+0
type:.hashfunc.SM1 SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.hash.SM1+0
type:map[main.Key]int SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7d be 25 fe 22 08 08 15 00 00 00 00 00 00 00 00  }.%."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 08 01 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 20 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00   ....... .......
	0x0070 20 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00   ...............
	0x0080 01 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[main.Key]int-+0
	rel 44+4 t=RelocType(-32763) type:*map[main.Key]int+0
	rel 48+8 t=R_ADDR type:main.Key+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:noalg.map.group[main.Key]int+0
	rel 72+8 t=R_ADDR type:.hashfunc.SM1+0
type:.namedata.*map[main.Point]string- SRODATA dupok size=24 align=0x1
	0x0000 00 16 2a 6d 61 70 5b 6d 61 69 6e 2e 50 6f 69 6e  ..*map[main.Poin
	0x0010 74 5d 73 74 72 69 6e 67                          t]string
type:*map[main.Point]string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e6 b5 3c c3 28 08 08 16 00 00 00 00 00 00 00 00  ..<.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[main.Point]string-+0
	rel 48+8 t=R_ADDR type:map[main.Point]string+0
type:.namedata.*map.group[main.Point]string- SRODATA dupok size=30 align=0x1
	0x0000 00 1c 2a 6d 61 70 2e 67 72 6f 75 70 5b 6d 61 69  ..*map.group[mai
	0x0010 6e 2e 50 6f 69 6e 74 5d 73 74 72 69 6e 67        n.Point]string
type:noalg.*map.group[main.Point]string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 df 28 9b b6 20 08 08 16 00 00 00 00 00 00 00 00  .(.. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[main.Point]string-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[main.Point]string+0
runtime.gcbits.8888888800000000 SRODATA dupok size=8 align=0x8
	0x0000 88 88 88 88 00 00 00 00                          ........
type:.namedata.*[8]struct { key main.Point; elem string }- SRODATA dupok size=44 align=0x1
	0x0000 00 2a 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .**[8]struct { k
	0x0010 65 79 20 6d 61 69 6e 2e 50 6f 69 6e 74 3b 20 65  ey main.Point; e
	0x0020 6c 65 6d 20 73 74 72 69 6e 67 20 7d              lem string }
type:noalg.*[8]struct { key main.Point; elem string } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a0 a8 de c2 20 08 08 16 00 00 00 00 00 00 00 00  .... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key main.Point; elem string }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key main.Point; elem string }+0
runtime.gcbits.4444444400000000 SRODATA dupok size=8 align=0x8
	0x0000 44 44 44 44 00 00 00 00                          DDDD....
type:.namedata.*struct { key main.Point; elem string }- SRODATA dupok size=41 align=0x1
	0x0000 00 27 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  .'*struct { key 
	0x0010 6d 61 69 6e 2e 50 6f 69 6e 74 3b 20 65 6c 65 6d  main.Point; elem
	0x0020 20 73 74 72 69 6e 67 20 7d                        string }
type:noalg.*struct { key main.Point; elem string } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 34 54 33 fd 20 08 08 16 00 00 00 00 00 00 00 00  4T3. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key main.Point; elem string }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key main.Point; elem string }+0
runtime.gcbits.0400000000000000 SRODATA dupok size=8 align=0x8
	0x0000 04 00 00 00 00 00 00 00                          ........
type:noalg.struct { key main.Point; elem string } SRODATA dupok size=128 align=0x8
	0x0000 20 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00   ...............
	0x0010 5a 1c 1c 68 02 08 08 19 00 00 00 00 00 00 00 00  Z..h............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0400000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key main.Point; elem string }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key main.Point; elem string }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key main.Point; elem string }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:main.Point+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:string+0
type:.namedata.*[]struct { key main.Point; elem string }- SRODATA dupok size=43 align=0x1
	0x0000 00 29 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  .)*[]struct { ke
	0x0010 79 20 6d 61 69 6e 2e 50 6f 69 6e 74 3b 20 65 6c  y main.Point; el
	0x0020 65 6d 20 73 74 72 69 6e 67 20 7d                 em string }
type:*[]struct { key main.Point; elem string } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 59 db b4 c4 28 08 08 16 00 00 00 00 00 00 00 00  Y...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key main.Point; elem string }-+0
	rel 48+8 t=R_ADDR type:[]struct { key main.Point; elem string }+0
type:[]struct { key main.Point; elem string } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f9 f1 5e d3 02 08 08 17 00 00 00 00 00 00 00 00  ..^.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key main.Point; elem string }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key main.Point; elem string }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key main.Point; elem string }+0
type:noalg.[8]struct { key main.Point; elem string } SRODATA dupok size=72 align=0x8
	0x0000 00 01 00 00 00 00 00 00 f8 00 00 00 00 00 00 00  ................
	0x0010 71 5e 9a 2a 02 08 08 11 00 00 00 00 00 00 00 00  q^.*............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.4444444400000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key main.Point; elem string }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key main.Point; elem string }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key main.Point; elem string }+0
	rel 56+8 t=R_ADDR type:[]struct { key main.Point; elem string }+0
type:noalg.map.group[main.Point]string SRODATA dupok size=128 align=0x8
	0x0000 08 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00  ................
	0x0010 4e 76 19 ea 02 08 08 19 00 00 00 00 00 00 00 00  Nv..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.8888888800000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[main.Point]string-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[main.Point]string+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[main.Point]string+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key main.Point; elem string }+0
type:map[main.Point]string SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5b 18 dd 16 22 08 08 15 00 00 00 00 00 00 00 00  [..."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 08 01 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 20 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00   ...............
	0x0070 20 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00   ...............
	0x0080 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[main.Point]string-+0
	rel 44+4 t=RelocType(-32763) type:*map[main.Point]string+0
	rel 48+8 t=R_ADDR type:main.Point+0
	rel 56+8 t=R_ADDR type:string+0
	rel 64+8 t=R_ADDR type:noalg.map.group[main.Point]string+0
	rel 72+8 t=R_ADDR runtime.memhash128·f+0
go:string."a" SRODATA dupok size=1 align=0x1
	0x0000 61                                               a
go:string."1" SRODATA dupok size=1 align=0x1
	0x0000 31                                               1
go:string."off" SRODATA dupok size=3 align=0x1
	0x0000 6f 66 66                                         off
go:string."diag" SRODATA dupok size=4 align=0x1
	0x0000 64 69 61 67                                      diag
go:string."b" SRODATA dupok size=1 align=0x1
	0x0000 62                                               b
go:string."sum" SRODATA dupok size=3 align=0x1
	0x0000 73 75 6d                                         sum
go:string."sum " SRODATA dupok size=4 align=0x1
	0x0000 73 75 6d 20                                      sum 
go:string."int" SRODATA dupok size=3 align=0x1
	0x0000 69 6e 74                                         int
go:string."string" SRODATA dupok size=6 align=0x1
	0x0000 73 74 72 69 6e 67                                string
go:string."float" SRODATA dupok size=5 align=0x1
	0x0000 66 6c 6f 61 74                                   float
go:string."point" SRODATA dupok size=5 align=0x1
	0x0000 70 6f 69 6e 74                                   point
go:string."mississippi" SRODATA dupok size=11 align=0x1
	0x0000 6d 69 73 73 69 73 73 69 70 70 69                 mississippi
main..stmp_0 SRODATA static size=16 align=0x8
	0x0000 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
main..stmp_1 SRODATA static size=16 align=0x8
	0x0000 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
main..stmp_2 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
main..stmp_3 SRODATA static size=16 align=0x8
	0x0000 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
main..stmp_4 SRODATA static size=24 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0010 01                                               .
	rel 0+8 t=R_ADDR go:string."a"+0
main..stmp_5 SRODATA static size=24 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0010 01                                               .
	rel 0+8 t=R_ADDR go:string."a"+0
main..stmp_6 SRODATA static size=16 align=0x8
	0x0000 01 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
main..stmp_7 SRODATA static size=16 align=0x8
	0x0000 01 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
main..stmp_8 SRODATA static size=8 align=0x8
main..stmp_9 SRODATA static size=8 align=0x8
	0x0000 00 00 00 00 00 00 f8 3f                          .......?
main..stmp_10 SRODATA static size=8 align=0x8
main..stmp_11 SRODATA static size=8 align=0x8
	0x0000 00 00 00 00 00 00 f8 3f                          .......?
main..stmp_12 SRODATA static size=1 align=0x1
main..stmp_13 SRODATA static size=1 align=0x1
	0x0000 01                                               .
main..stmp_14 SRODATA static size=1 align=0x1
main..stmp_15 SRODATA static size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
main..stmp_16 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."1"+0
main..stmp_17 SRODATA static size=8 align=0x8
	0x0000 00 00 00 00 00 00 f0 3f                          .......?
main..stmp_18 SRODATA static size=16 align=0x8
	0x0000 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
main..stmp_19 SRODATA static size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
main..stmp_20 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."1"+0
main..stmp_21 SRODATA static size=8 align=0x8
	0x0000 00 00 00 00 00 00 f0 3f                          .......?
main..stmp_22 SRODATA static size=16 align=0x8
	0x0000 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
runtime.gcbits.0f06000000000000 SRODATA dupok size=8 align=0x8
	0x0000 0f 06 00 00 00 00 00 00                          ........
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·8ydwDILTM6opVpLxgUBAqQ== SRODATA dupok size=8 align=0x4
	0x0000 14 00 00 00 00 00 00 00                          ........
gclocals·hISIcWMV/jc6GcZwjoT/8Q== SRODATA dupok size=448 align=0x4
	0x0000 14 00 00 00 ae 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 10  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 10 00 00 80 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 c0 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 40 00 00 00 00 00 00 00 00 00 00 00  ....@...........
	0x0080 00 00 20 00 00 00 00 00 00 00 00 00 00 00 00 00  .. .............
	0x0090 00 00 20 00 00 00 00 00 00 00 00 00 00 00 00 00  .. .............
	0x00a0 00 00 00 00 00 00 00 80 00 00 00 00 00 00 00 00  ................
	0x00b0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00c0 00 00 00 00 00 00 00 00 00 00 00 0f 06 00 00 00  ................
	0x00d0 00 00 00 02 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00e0 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x00f0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 08 00  ................
	0x0100 00 00 00 00 00 00 00 00 00 00 00 00 2a 00 00 00  ............*...
	0x0110 00 00 00 00 08 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0120 00 00 0a 00 80 00 00 00 00 00 08 00 00 00 00 00  ................
	0x0130 00 00 00 00 00 00 00 00 02 00 c0 00 00 00 00 00  ................
	0x0140 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0150 e0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0160 00 00 00 00 00 00 f0 00 00 00 00 00 00 00 00 00  ................
	0x0170 00 00 00 00 00 00 00 00 00 00 00 00 70 00 00 00  ............p...
	0x0180 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0190 00 00 30 00 00 00 00 00 00 00 00 00 00 00 00 00  ..0.............
	0x01a0 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x01b0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 04  ................
main.main.stkobj SRODATA static size=296 align=0x8
	0x0000 12 00 00 00 00 00 00 00 90 fa ff ff 08 01 00 00  ................
	0x0010 00 01 00 00 00 00 00 00 98 fb ff ff 30 00 00 00  ............0...
	0x0020 18 00 00 00 00 00 00 00 c8 fb ff ff 30 00 00 00  ............0...
	0x0030 18 00 00 00 00 00 00 00 f8 fb ff ff 30 00 00 00  ............0...
	0x0040 18 00 00 00 00 00 00 00 28 fc ff ff 30 00 00 00  ........(...0...
	0x0050 18 00 00 00 00 00 00 00 58 fc ff ff 18 00 00 00  ........X.......
	0x0060 08 00 00 00 00 00 00 00 70 fc ff ff 18 00 00 00  ........p.......
	0x0070 08 00 00 00 00 00 00 00 88 fc ff ff 18 00 00 00  ................
	0x0080 08 00 00 00 00 00 00 00 a0 fc ff ff 08 01 00 00  ................
	0x0090 f0 00 00 00 00 00 00 00 a8 fd ff ff 30 00 00 00  ............0...
	0x00a0 18 00 00 00 00 00 00 00 d8 fd ff ff 08 01 00 00  ................
	0x00b0 00 01 00 00 00 00 00 00 e0 fe ff ff 30 00 00 00  ............0...
	0x00c0 18 00 00 00 00 00 00 00 10 ff ff ff 10 00 00 00  ................
	0x00d0 10 00 00 00 00 00 00 00 20 ff ff ff 10 00 00 00  ........ .......
	0x00e0 10 00 00 00 00 00 00 00 30 ff ff ff 10 00 00 00  ........0.......
	0x00f0 10 00 00 00 00 00 00 00 40 ff ff ff 10 00 00 00  ........@.......
	0x0100 10 00 00 00 00 00 00 00 50 ff ff ff 60 00 00 00  ........P...`...
	0x0110 58 00 00 00 00 00 00 00 d0 ff ff ff 30 00 00 00  X...........0...
	0x0120 18 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.cccccccc00000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 68+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 84+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 100+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 116+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 132+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 148+4 t=R_ADDROFF runtime.gcbits.2222222200000000+0
	rel 164+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 180+4 t=R_ADDROFF runtime.gcbits.8888888800000000+0
	rel 196+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 212+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 228+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 244+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 260+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 276+4 t=R_ADDROFF runtime.gcbits.0f06000000000000+0
	rel 292+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.eq.SM1.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.SM1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
type:.hash.SM1.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.hash.SM1.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 01                                         ...
$f64.8000000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 00 80                          ........
