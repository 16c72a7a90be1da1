funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (map_iface_array_keys.go:26)	TEXT	main.main(SB), ABIInternal, $1632-0
     0        00000 (map_iface_array_keys.go:26)	TEXT	main.main(SB), ABIInternal, $1632-0
     0     -1 00000 (map_iface_array_keys.go:26)	LEAQ	-1504(SP), R12
     8        00008 (map_iface_array_keys.go:26)	CMPQ	R12, 16(R14)
     c        00012 (map_iface_array_keys.go:26)	PCDATA	$0, $-2
     c        00012 (map_iface_array_keys.go:26)	JLS	3864
    12        00018 (map_iface_array_keys.go:26)	PCDATA	$0, $-1
    12        00018 (map_iface_array_keys.go:26)	PUSHQ	BP
    13        00019 (map_iface_array_keys.go:26)	MOVQ	SP, BP
    16        00022 (map_iface_array_keys.go:26)	SUBQ	$1624, SP
    1d        00029 (map_iface_array_keys.go:26)	FUNCDATA	$0, gclocals·IbzqHxZgEOQo30g4cwTkXA==(SB)
    1d        00029 (map_iface_array_keys.go:26)	FUNCDATA	$1, gclocals·Z9Car8+brf7ktiDGOPvlLg==(SB)
    1d        00029 (map_iface_array_keys.go:26)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (map_iface_array_keys.go:27)	LEAQ	main..autotmp_38+1360(SP), AX
    25        00037 (map_iface_array_keys.go:27)	MOVUPS	X15, (AX)
    29        00041 (map_iface_array_keys.go:27)	MOVUPS	X15, 16(AX)
    2e        00046 (map_iface_array_keys.go:27)	MOVUPS	X15, 32(AX)
    33        00051 (map_iface_array_keys.go:27)	LEAQ	main..autotmp_39+1160(SP), AX
    3b        00059 (map_iface_array_keys.go:27)	MOVL	$3, CX
    40        00064 (map_iface_array_keys.go:27)	MOVUPS	X15, (AX)
    44        00068 (map_iface_array_keys.go:27)	MOVUPS	X15, 16(AX)
    49        00073 (map_iface_array_keys.go:27)	MOVUPS	X15, 32(AX)
    4e        00078 (map_iface_array_keys.go:27)	MOVUPS	X15, 48(AX)
    53        00083 (map_iface_array_keys.go:27)	ADDQ	$64, AX
    57        00087 (map_iface_array_keys.go:27)	DECL	CX
    59        00089 (map_iface_array_keys.go:27)	JNE	64
    5b        00091 (map_iface_array_keys.go:27)	MOVUPS	X15, -8(AX)
    60        00096 (map_iface_array_keys.go:27)	MOVQ	$-9187201950435737472, AX
    6a        00106 (map_iface_array_keys.go:27)	MOVQ	AX, main..autotmp_39+1160(SP)
    72        00114 (map_iface_array_keys.go:27)	LEAQ	main..autotmp_39+1160(SP), AX
    7a        00122 (map_iface_array_keys.go:27)	MOVQ	AX, main..autotmp_38+1376(SP)
    82        00130 (map_iface_array_keys.go:27)	PCDATA	$1, $1
    82        00130 (map_iface_array_keys.go:27)	CALL	runtime.rand(SB)
    87        00135 (map_iface_array_keys.go:27)	MOVQ	AX, main..autotmp_38+1368(SP)
    8f        00143 (map_iface_array_keys.go:28)	LEAQ	type:int(SB), AX
    96        00150 (map_iface_array_keys.go:28)	MOVQ	AX, main..autotmp_22+1584(SP)
    9e        00158 (map_iface_array_keys.go:28)	LEAQ	main..stmp_0(SB), AX
    a5        00165 (map_iface_array_keys.go:28)	MOVQ	AX, main..autotmp_22+1592(SP)
    ad        00173 (map_iface_array_keys.go:28)	LEAQ	type:map[interface {}]int(SB), AX
    b4        00180 (map_iface_array_keys.go:28)	LEAQ	main..autotmp_38+1360(SP), BX
    bc        00188 (map_iface_array_keys.go:28)	LEAQ	main..autotmp_22+1584(SP), CX
    c4        00196 (map_iface_array_keys.go:28)	CALL	runtime.mapassign(SB)
    c9        00201 (map_iface_array_keys.go:28)	MOVQ	$10, (AX)
    d0        00208 (map_iface_array_keys.go:29)	LEAQ	type:string(SB), AX
    d7        00215 (map_iface_array_keys.go:29)	MOVQ	AX, main..autotmp_22+1584(SP)
    df        00223 (map_iface_array_keys.go:29)	LEAQ	main..stmp_1(SB), AX
    e6        00230 (map_iface_array_keys.go:29)	MOVQ	AX, main..autotmp_22+1592(SP)
    ee        00238 (map_iface_array_keys.go:29)	LEAQ	type:map[interface {}]int(SB), AX
    f5        00245 (map_iface_array_keys.go:29)	LEAQ	main..autotmp_38+1360(SP), BX
    fd        00253 (map_iface_array_keys.go:29)	LEAQ	main..autotmp_22+1584(SP), CX
   105        00261 (map_iface_array_keys.go:29)	CALL	runtime.mapassign(SB)
   10a        00266 (map_iface_array_keys.go:29)	MOVQ	$20, (AX)
   111        00273 (map_iface_array_keys.go:30)	LEAQ	type:int8(SB), AX
   118        00280 (map_iface_array_keys.go:30)	MOVQ	AX, main..autotmp_22+1584(SP)
   120        00288 (map_iface_array_keys.go:30)	LEAQ	runtime.staticuint64s+8(SB), AX
   127        00295 (map_iface_array_keys.go:30)	MOVQ	AX, main..autotmp_22+1592(SP)
   12f        00303 (map_iface_array_keys.go:30)	LEAQ	type:map[interface {}]int(SB), AX
   136        00310 (map_iface_array_keys.go:30)	LEAQ	main..autotmp_38+1360(SP), BX
   13e        00318 (map_iface_array_keys.go:30)	LEAQ	main..autotmp_22+1584(SP), CX
   146        00326 (map_iface_array_keys.go:30)	CALL	runtime.mapassign(SB)
   14b        00331 (map_iface_array_keys.go:30)	MOVQ	$30, (AX)
   152        00338 (map_iface_array_keys.go:31)	LEAQ	type:main.point(SB), AX
   159        00345 (map_iface_array_keys.go:31)	MOVQ	AX, main..autotmp_22+1584(SP)
   161        00353 (map_iface_array_keys.go:31)	LEAQ	main..stmp_3(SB), AX
   168        00360 (map_iface_array_keys.go:31)	MOVQ	AX, main..autotmp_22+1592(SP)
   170        00368 (map_iface_array_keys.go:31)	LEAQ	type:map[interface {}]int(SB), AX
   177        00375 (map_iface_array_keys.go:31)	LEAQ	main..autotmp_38+1360(SP), BX
   17f        00383 (map_iface_array_keys.go:31)	LEAQ	main..autotmp_22+1584(SP), CX
   187        00391 (map_iface_array_keys.go:31)	CALL	runtime.mapassign(SB)
   18c        00396 (map_iface_array_keys.go:31)	MOVQ	$40, (AX)
   193        00403 (map_iface_array_keys.go:32)	LEAQ	type:[2]string(SB), AX
   19a        00410 (map_iface_array_keys.go:32)	MOVQ	AX, main..autotmp_22+1584(SP)
   1a2        00418 (map_iface_array_keys.go:32)	LEAQ	main..stmp_4(SB), AX
   1a9        00425 (map_iface_array_keys.go:32)	MOVQ	AX, main..autotmp_22+1592(SP)
   1b1        00433 (map_iface_array_keys.go:32)	LEAQ	type:map[interface {}]int(SB), AX
   1b8        00440 (map_iface_array_keys.go:32)	LEAQ	main..autotmp_38+1360(SP), BX
   1c0        00448 (map_iface_array_keys.go:32)	LEAQ	main..autotmp_22+1584(SP), CX
   1c8        00456 (map_iface_array_keys.go:32)	CALL	runtime.mapassign(SB)
   1cd        00461 (map_iface_array_keys.go:32)	MOVQ	$50, (AX)
   1d4        00468 (map_iface_array_keys.go:33)	LEAQ	type:map[interface {}]int(SB), AX
   1db        00475 (map_iface_array_keys.go:33)	LEAQ	main..autotmp_38+1360(SP), BX
   1e3        00483 (map_iface_array_keys.go:33)	LEAQ	main..stmp_5(SB), CX
   1ea        00490 (map_iface_array_keys.go:33)	CALL	runtime.mapassign(SB)
   1ef        00495 (map_iface_array_keys.go:33)	MOVQ	$60, (AX)
   1f6        00502 (map_iface_array_keys.go:34)	LEAQ	type:float64(SB), AX
   1fd        00509 (map_iface_array_keys.go:34)	MOVQ	AX, main..autotmp_22+1584(SP)
   205        00517 (map_iface_array_keys.go:34)	LEAQ	main..stmp_6(SB), AX
   20c        00524 (map_iface_array_keys.go:34)	MOVQ	AX, main..autotmp_22+1592(SP)
   214        00532 (map_iface_array_keys.go:34)	LEAQ	type:map[interface {}]int(SB), AX
   21b        00539 (map_iface_array_keys.go:34)	LEAQ	main..autotmp_38+1360(SP), BX
   223        00547 (map_iface_array_keys.go:34)	LEAQ	main..autotmp_22+1584(SP), CX
   22b        00555 (map_iface_array_keys.go:34)	CALL	runtime.mapassign(SB)
   230        00560 (map_iface_array_keys.go:34)	MOVQ	$70, (AX)
   237        00567 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_38+1360(SP), AX
   23f        00575 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_124+504(SP)
   247        00583 (map_iface_array_keys.go:35)	LEAQ	type:int(SB), AX
   24e        00590 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_22+1584(SP)
   256        00598 (map_iface_array_keys.go:35)	LEAQ	main..stmp_7(SB), AX
   25d        00605 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_22+1592(SP)
   265        00613 (map_iface_array_keys.go:35)	LEAQ	type:string(SB), AX
   26c        00620 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_24+1568(SP)
   274        00628 (map_iface_array_keys.go:35)	LEAQ	main..stmp_8(SB), AX
   27b        00635 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_24+1576(SP)
   283        00643 (map_iface_array_keys.go:35)	LEAQ	type:int8(SB), AX
   28a        00650 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_25+1552(SP)
   292        00658 (map_iface_array_keys.go:35)	LEAQ	runtime.staticuint64s+8(SB), AX
   299        00665 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_25+1560(SP)
   2a1        00673 (map_iface_array_keys.go:35)	LEAQ	type:main.point(SB), AX
   2a8        00680 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_26+1536(SP)
   2b0        00688 (map_iface_array_keys.go:35)	LEAQ	main..stmp_10(SB), AX
   2b7        00695 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_26+1544(SP)
   2bf        00703 (map_iface_array_keys.go:35)	LEAQ	type:[2]string(SB), AX
   2c6        00710 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_27+1520(SP)
   2ce        00718 (map_iface_array_keys.go:35)	LEAQ	main..stmp_11(SB), AX
   2d5        00725 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_27+1528(SP)
   2dd        00733 (map_iface_array_keys.go:35)	LEAQ	type:float64(SB), AX
   2e4        00740 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_28+1504(SP)
   2ec        00748 (map_iface_array_keys.go:35)	LEAQ	main..stmp_13(SB), AX
   2f3        00755 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_28+1512(SP)
   2fb        00763 (map_iface_array_keys.go:35)	LEAQ	type:map[interface {}]int(SB), AX
   302        00770 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_38+1360(SP), BX
   30a        00778 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_22+1584(SP), CX
   312        00786 (map_iface_array_keys.go:35)	PCDATA	$1, $2
   312        00786 (map_iface_array_keys.go:35)	CALL	runtime.mapaccess1(SB)
   317        00791 (map_iface_array_keys.go:35)	MOVQ	(AX), AX
   31a        00794 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_125+496(SP)
   322        00802 (map_iface_array_keys.go:35)	LEAQ	type:map[interface {}]int(SB), AX
   329        00809 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_38+1360(SP), BX
   331        00817 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_24+1568(SP), CX
   339        00825 (map_iface_array_keys.go:35)	PCDATA	$1, $3
   339        00825 (map_iface_array_keys.go:35)	CALL	runtime.mapaccess1(SB)
   33e        00830 (map_iface_array_keys.go:35)	MOVQ	(AX), AX
   341        00833 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_126+488(SP)
   349        00841 (map_iface_array_keys.go:35)	LEAQ	type:map[interface {}]int(SB), AX
   350        00848 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_38+1360(SP), BX
   358        00856 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_25+1552(SP), CX
   360        00864 (map_iface_array_keys.go:35)	PCDATA	$1, $4
   360        00864 (map_iface_array_keys.go:35)	CALL	runtime.mapaccess1(SB)
   365        00869 (map_iface_array_keys.go:35)	MOVQ	(AX), AX
   368        00872 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_127+480(SP)
   370        00880 (map_iface_array_keys.go:35)	LEAQ	type:map[interface {}]int(SB), AX
   377        00887 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_38+1360(SP), BX
   37f        00895 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_26+1536(SP), CX
   387        00903 (map_iface_array_keys.go:35)	PCDATA	$1, $5
   387        00903 (map_iface_array_keys.go:35)	CALL	runtime.mapaccess1(SB)
   38c        00908 (map_iface_array_keys.go:35)	MOVQ	(AX), AX
   38f        00911 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_128+472(SP)
   397        00919 (map_iface_array_keys.go:35)	LEAQ	type:map[interface {}]int(SB), AX
   39e        00926 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_38+1360(SP), BX
   3a6        00934 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_27+1520(SP), CX
   3ae        00942 (map_iface_array_keys.go:35)	PCDATA	$1, $6
   3ae        00942 (map_iface_array_keys.go:35)	CALL	runtime.mapaccess1(SB)
   3b3        00947 (map_iface_array_keys.go:35)	MOVQ	(AX), AX
   3b6        00950 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_129+464(SP)
   3be        00958 (map_iface_array_keys.go:35)	LEAQ	type:map[interface {}]int(SB), AX
   3c5        00965 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_38+1360(SP), BX
   3cd        00973 (map_iface_array_keys.go:35)	LEAQ	main..stmp_12(SB), CX
   3d4        00980 (map_iface_array_keys.go:35)	CALL	runtime.mapaccess1(SB)
   3d9        00985 (map_iface_array_keys.go:35)	MOVQ	(AX), AX
   3dc        00988 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_130+456(SP)
   3e4        00996 (map_iface_array_keys.go:35)	LEAQ	type:map[interface {}]int(SB), AX
   3eb        01003 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_38+1360(SP), BX
   3f3        01011 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_28+1504(SP), CX
   3fb        01019 (map_iface_array_keys.go:35)	PCDATA	$1, $1
   3fb        01019 (map_iface_array_keys.go:35)	NOP
   400        01024 (map_iface_array_keys.go:35)	CALL	runtime.mapaccess1(SB)
   405        01029 (map_iface_array_keys.go:35)	MOVQ	(AX), AX
   408        01032 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_131+448(SP)
   410        01040 (map_iface_array_keys.go:35)	CALL	runtime.printlock(SB)
   415        01045 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_124+504(SP), AX
   41d        01053 (map_iface_array_keys.go:35)	NOP
   420        01056 (map_iface_array_keys.go:35)	CALL	runtime.printint(SB)
   425        01061 (map_iface_array_keys.go:35)	CALL	runtime.printsp(SB)
   42a        01066 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_125+496(SP), AX
   432        01074 (map_iface_array_keys.go:35)	CALL	runtime.printint(SB)
   437        01079 (map_iface_array_keys.go:35)	CALL	runtime.printsp(SB)
   43c        01084 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_126+488(SP), AX
   444        01092 (map_iface_array_keys.go:35)	CALL	runtime.printint(SB)
   449        01097 (map_iface_array_keys.go:35)	CALL	runtime.printsp(SB)
   44e        01102 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_127+480(SP), AX
   456        01110 (map_iface_array_keys.go:35)	CALL	runtime.printint(SB)
   45b        01115 (map_iface_array_keys.go:35)	NOP
   460        01120 (map_iface_array_keys.go:35)	CALL	runtime.printsp(SB)
   465        01125 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_128+472(SP), AX
   46d        01133 (map_iface_array_keys.go:35)	CALL	runtime.printint(SB)
   472        01138 (map_iface_array_keys.go:35)	CALL	runtime.printsp(SB)
   477        01143 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_129+464(SP), AX
   47f        01151 (map_iface_array_keys.go:35)	NOP
   480        01152 (map_iface_array_keys.go:35)	CALL	runtime.printint(SB)
   485        01157 (map_iface_array_keys.go:35)	CALL	runtime.printsp(SB)
   48a        01162 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_130+456(SP), AX
   492        01170 (map_iface_array_keys.go:35)	CALL	runtime.printint(SB)
   497        01175 (map_iface_array_keys.go:35)	CALL	runtime.printsp(SB)
   49c        01180 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_131+448(SP), AX
   4a4        01188 (map_iface_array_keys.go:35)	CALL	runtime.printint(SB)
   4a9        01193 (map_iface_array_keys.go:35)	CALL	runtime.printnl(SB)
   4ae        01198 (map_iface_array_keys.go:35)	CALL	runtime.printunlock(SB)
   4b3        01203 (map_iface_array_keys.go:36)	LEAQ	type:int16(SB), AX
   4ba        01210 (map_iface_array_keys.go:36)	MOVQ	AX, main..autotmp_28+1504(SP)
   4c2        01218 (map_iface_array_keys.go:36)	LEAQ	main..stmp_14(SB), AX
   4c9        01225 (map_iface_array_keys.go:36)	MOVQ	AX, main..autotmp_28+1512(SP)
   4d1        01233 (map_iface_array_keys.go:36)	LEAQ	type:map[interface {}]int(SB), AX
   4d8        01240 (map_iface_array_keys.go:36)	LEAQ	main..autotmp_38+1360(SP), BX
   4e0        01248 (map_iface_array_keys.go:36)	LEAQ	main..autotmp_28+1504(SP), CX
   4e8        01256 (map_iface_array_keys.go:36)	CALL	runtime.mapaccess2(SB)
   4ed        01261 (map_iface_array_keys.go:36)	MOVB	BL, main.ok+69(SP)
   4f1        01265 (map_iface_array_keys.go:37)	CALL	runtime.printlock(SB)
   4f6        01270 (map_iface_array_keys.go:37)	LEAQ	go:string."int16(1) present: "(SB), AX
   4fd        01277 (map_iface_array_keys.go:37)	MOVL	$18, BX
   502        01282 (map_iface_array_keys.go:37)	CALL	runtime.printstring(SB)
   507        01287 (map_iface_array_keys.go:37)	MOVBLZX	main.ok+69(SP), AX
   50c        01292 (map_iface_array_keys.go:37)	CALL	runtime.printbool(SB)
   511        01297 (map_iface_array_keys.go:37)	CALL	runtime.printnl(SB)
   516        01302 (map_iface_array_keys.go:37)	CALL	runtime.printunlock(SB)
   51b        01307 (map_iface_array_keys.go:38)	LEAQ	type:string(SB), AX
   522        01314 (map_iface_array_keys.go:38)	MOVQ	AX, main..autotmp_28+1504(SP)
   52a        01322 (map_iface_array_keys.go:38)	LEAQ	main..stmp_15(SB), AX
   531        01329 (map_iface_array_keys.go:38)	MOVQ	AX, main..autotmp_28+1512(SP)
   539        01337 (map_iface_array_keys.go:38)	LEAQ	type:map[interface {}]int(SB), AX
   540        01344 (map_iface_array_keys.go:38)	LEAQ	main..autotmp_38+1360(SP), BX
   548        01352 (map_iface_array_keys.go:38)	LEAQ	main..autotmp_28+1504(SP), CX
   550        01360 (map_iface_array_keys.go:38)	CALL	runtime.mapdelete(SB)
   555        01365 (map_iface_array_keys.go:39)	MOVQ	main..autotmp_38+1360(SP), AX
   55d        01373 (map_iface_array_keys.go:39)	MOVQ	AX, main..autotmp_124+504(SP)
   565        01381 (map_iface_array_keys.go:39)	LEAQ	type:string(SB), AX
   56c        01388 (map_iface_array_keys.go:39)	MOVQ	AX, main..autotmp_28+1504(SP)
   574        01396 (map_iface_array_keys.go:39)	LEAQ	main..stmp_16(SB), AX
   57b        01403 (map_iface_array_keys.go:39)	MOVQ	AX, main..autotmp_28+1512(SP)
   583        01411 (map_iface_array_keys.go:39)	LEAQ	type:map[interface {}]int(SB), AX
   58a        01418 (map_iface_array_keys.go:39)	LEAQ	main..autotmp_38+1360(SP), BX
   592        01426 (map_iface_array_keys.go:39)	LEAQ	main..autotmp_28+1504(SP), CX
   59a        01434 (map_iface_array_keys.go:39)	CALL	runtime.mapaccess1(SB)
   59f        01439 (map_iface_array_keys.go:39)	MOVQ	(AX), AX
   5a2        01442 (map_iface_array_keys.go:39)	MOVQ	AX, main..autotmp_125+496(SP)
   5aa        01450 (map_iface_array_keys.go:39)	CALL	runtime.printlock(SB)
   5af        01455 (map_iface_array_keys.go:39)	MOVQ	main..autotmp_124+504(SP), AX
   5b7        01463 (map_iface_array_keys.go:39)	CALL	runtime.printint(SB)
   5bc        01468 (map_iface_array_keys.go:39)	NOP
   5c0        01472 (map_iface_array_keys.go:39)	CALL	runtime.printsp(SB)
   5c5        01477 (map_iface_array_keys.go:39)	MOVQ	main..autotmp_125+496(SP), AX
   5cd        01485 (map_iface_array_keys.go:39)	CALL	runtime.printint(SB)
   5d2        01490 (map_iface_array_keys.go:39)	CALL	runtime.printnl(SB)
   5d7        01495 (map_iface_array_keys.go:39)	CALL	runtime.printunlock(SB)
   5dc        01500 (map_iface_array_keys.go:41)	LEAQ	main..autotmp_61+1112(SP), AX
   5e4        01508 (map_iface_array_keys.go:41)	MOVUPS	X15, (AX)
   5e8        01512 (map_iface_array_keys.go:41)	MOVUPS	X15, 16(AX)
   5ed        01517 (map_iface_array_keys.go:41)	MOVUPS	X15, 32(AX)
   5f2        01522 (map_iface_array_keys.go:41)	LEAQ	main..autotmp_62+848(SP), AX
   5fa        01530 (map_iface_array_keys.go:41)	MOVL	$4, CX
   5ff        01535 (map_iface_array_keys.go:41)	MOVUPS	X15, (AX)
   603        01539 (map_iface_array_keys.go:41)	MOVUPS	X15, 16(AX)
   608        01544 (map_iface_array_keys.go:41)	MOVUPS	X15, 32(AX)
   60d        01549 (map_iface_array_keys.go:41)	MOVUPS	X15, 48(AX)
   612        01554 (map_iface_array_keys.go:41)	ADDQ	$64, AX
   616        01558 (map_iface_array_keys.go:41)	DECL	CX
   618        01560 (map_iface_array_keys.go:41)	JNE	1535
   61a        01562 (map_iface_array_keys.go:41)	MOVUPS	X15, -8(AX)
   61f        01567 (map_iface_array_keys.go:41)	MOVQ	$-9187201950435737472, AX
   629        01577 (map_iface_array_keys.go:41)	MOVQ	AX, main..autotmp_62+848(SP)
   631        01585 (map_iface_array_keys.go:41)	LEAQ	main..autotmp_62+848(SP), AX
   639        01593 (map_iface_array_keys.go:41)	MOVQ	AX, main..autotmp_61+1128(SP)
   641        01601 (map_iface_array_keys.go:41)	PCDATA	$1, $7
   641        01601 (map_iface_array_keys.go:41)	CALL	runtime.rand(SB)
   646        01606 (map_iface_array_keys.go:41)	MOVQ	AX, main..autotmp_61+1120(SP)
   64e        01614 (map_iface_array_keys.go:42)	XORL	AX, AX
   650        01616 (map_iface_array_keys.go:42)	JMP	1621
   652        01618 (map_iface_array_keys.go:42)	INCQ	AX
   655        01621 (map_iface_array_keys.go:42)	CMPQ	AX, $3
   659        01625 (map_iface_array_keys.go:42)	JGE	1839
   65f        01631 (map_iface_array_keys.go:42)	MOVQ	AX, main.i+144(SP)
   667        01639 (map_iface_array_keys.go:44)	LEAQ	(AX)(AX*2), DX
   66b        01643 (map_iface_array_keys.go:44)	MOVQ	DX, main..autotmp_125+496(SP)
   673        01651 (map_iface_array_keys.go:44)	XORL	CX, CX
   675        01653 (map_iface_array_keys.go:43)	JMP	1685
   677        01655 (map_iface_array_keys.go:44)	PCDATA	$0, $-2
   677        01655 (map_iface_array_keys.go:44)	MOVQ	SI, (AX)
   67a        01658 (map_iface_array_keys.go:43)	PCDATA	$0, $-1
   67a        01658 (map_iface_array_keys.go:43)	MOVQ	main.j+136(SP), CX
   682        01666 (map_iface_array_keys.go:43)	INCQ	CX
   685        01669 (map_iface_array_keys.go:44)	MOVQ	main.i+144(SP), AX
   68d        01677 (map_iface_array_keys.go:44)	MOVQ	main..autotmp_125+496(SP), DX
   695        01685 (map_iface_array_keys.go:43)	CMPQ	CX, $3
   699        01689 (map_iface_array_keys.go:43)	JGE	1618
   69b        01691 (map_iface_array_keys.go:43)	MOVQ	CX, main.j+136(SP)
   6a3        01699 (map_iface_array_keys.go:44)	MOVQ	AX, main..autotmp_30+432(SP)
   6ab        01707 (map_iface_array_keys.go:44)	MOVQ	CX, main..autotmp_30+440(SP)
   6b3        01715 (map_iface_array_keys.go:44)	LEAQ	(CX)(DX*1), CX
   6b7        01719 (map_iface_array_keys.go:44)	LEAQ	97(CX), CX
   6bb        01723 (map_iface_array_keys.go:44)	MOVLQSX	CX, BX
   6be        01726 (map_iface_array_keys.go:44)	XORL	AX, AX
   6c0        01728 (map_iface_array_keys.go:44)	CALL	runtime.intstring(SB)
   6c5        01733 (map_iface_array_keys.go:44)	MOVQ	BX, main..autotmp_126+488(SP)
   6cd        01741 (map_iface_array_keys.go:44)	MOVQ	AX, main..autotmp_132+1616(SP)
   6d5        01749 (map_iface_array_keys.go:44)	LEAQ	type:map[[2]int]string(SB), AX
   6dc        01756 (map_iface_array_keys.go:44)	LEAQ	main..autotmp_61+1112(SP), BX
   6e4        01764 (map_iface_array_keys.go:44)	LEAQ	main..autotmp_30+432(SP), CX
   6ec        01772 (map_iface_array_keys.go:44)	PCDATA	$1, $8
   6ec        01772 (map_iface_array_keys.go:44)	CALL	runtime.mapassign(SB)
   6f1        01777 (map_iface_array_keys.go:44)	MOVQ	main..autotmp_126+488(SP), CX
   6f9        01785 (map_iface_array_keys.go:44)	MOVQ	CX, 8(AX)
   6fd        01789 (map_iface_array_keys.go:44)	CMPL	runtime.writeBarrier(SB), $0
   704        01796 (map_iface_array_keys.go:44)	PCDATA	$0, $-2
   704        01796 (map_iface_array_keys.go:44)	JNE	1811
   706        01798 (map_iface_array_keys.go:44)	MOVQ	main..autotmp_132+1616(SP), SI
   70e        01806 (map_iface_array_keys.go:44)	JMP	1655
   713        01811 (map_iface_array_keys.go:44)	MOVQ	(AX), DX
   716        01814 (map_iface_array_keys.go:44)	CALL	runtime.gcWriteBarrier2(SB)
   71b        01819 (map_iface_array_keys.go:44)	MOVQ	main..autotmp_132+1616(SP), SI
   723        01827 (map_iface_array_keys.go:44)	MOVQ	SI, (R11)
   726        01830 (map_iface_array_keys.go:44)	MOVQ	DX, 8(R11)
   72a        01834 (map_iface_array_keys.go:44)	JMP	1655
   72f        01839 (map_iface_array_keys.go:47)	PCDATA	$0, $-1
   72f        01839 (map_iface_array_keys.go:47)	MOVQ	main..autotmp_61+1112(SP), DX
   737        01847 (map_iface_array_keys.go:47)	MOVQ	DX, main..autotmp_124+504(SP)
   73f        01855 (map_iface_array_keys.go:47)	LEAQ	type:map[[2]int]string(SB), AX
   746        01862 (map_iface_array_keys.go:47)	LEAQ	main..autotmp_61+1112(SP), BX
   74e        01870 (map_iface_array_keys.go:47)	LEAQ	main..stmp_17(SB), CX
   755        01877 (map_iface_array_keys.go:47)	PCDATA	$1, $7
   755        01877 (map_iface_array_keys.go:47)	CALL	runtime.mapaccess1(SB)
   75a        01882 (map_iface_array_keys.go:47)	MOVQ	(AX), DX
   75d        01885 (map_iface_array_keys.go:47)	MOVQ	DX, main..autotmp_132+1616(SP)
   765        01893 (map_iface_array_keys.go:47)	MOVQ	8(AX), DX
   769        01897 (map_iface_array_keys.go:47)	MOVQ	DX, main..autotmp_125+496(SP)
   771        01905 (map_iface_array_keys.go:47)	LEAQ	type:map[[2]int]string(SB), AX
   778        01912 (map_iface_array_keys.go:47)	LEAQ	main..autotmp_61+1112(SP), BX
   780        01920 (map_iface_array_keys.go:47)	LEAQ	main..stmp_18(SB), CX
   787        01927 (map_iface_array_keys.go:47)	PCDATA	$1, $9
   787        01927 (map_iface_array_keys.go:47)	CALL	runtime.mapaccess1(SB)
   78c        01932 (map_iface_array_keys.go:47)	MOVQ	(AX), DX
   78f        01935 (map_iface_array_keys.go:47)	MOVQ	DX, main..autotmp_133+1608(SP)
   797        01943 (map_iface_array_keys.go:47)	MOVQ	8(AX), DX
   79b        01947 (map_iface_array_keys.go:47)	MOVQ	DX, main..autotmp_126+488(SP)
   7a3        01955 (map_iface_array_keys.go:47)	PCDATA	$1, $10
   7a3        01955 (map_iface_array_keys.go:47)	CALL	runtime.printlock(SB)
   7a8        01960 (map_iface_array_keys.go:47)	MOVQ	main..autotmp_124+504(SP), AX
   7b0        01968 (map_iface_array_keys.go:47)	CALL	runtime.printint(SB)
   7b5        01973 (map_iface_array_keys.go:47)	CALL	runtime.printsp(SB)
   7ba        01978 (map_iface_array_keys.go:47)	MOVQ	main..autotmp_132+1616(SP), AX
   7c2        01986 (map_iface_array_keys.go:47)	MOVQ	main..autotmp_125+496(SP), BX
   7ca        01994 (map_iface_array_keys.go:47)	PCDATA	$1, $11
   7ca        01994 (map_iface_array_keys.go:47)	CALL	runtime.printstring(SB)
   7cf        01999 (map_iface_array_keys.go:47)	CALL	runtime.printsp(SB)
   7d4        02004 (map_iface_array_keys.go:47)	MOVQ	main..autotmp_133+1608(SP), AX
   7dc        02012 (map_iface_array_keys.go:47)	MOVQ	main..autotmp_126+488(SP), BX
   7e4        02020 (map_iface_array_keys.go:47)	PCDATA	$1, $1
   7e4        02020 (map_iface_array_keys.go:47)	CALL	runtime.printstring(SB)
   7e9        02025 (map_iface_array_keys.go:47)	CALL	runtime.printnl(SB)
   7ee        02030 (map_iface_array_keys.go:47)	CALL	runtime.printunlock(SB)
   7f3        02035 (map_iface_array_keys.go:49)	MOVL	$16, AX
   7f8        02040 (map_iface_array_keys.go:49)	LEAQ	type:main.point(SB), BX
   7ff        02047 (map_iface_array_keys.go:49)	MOVL	$1, CX
   804        02052 (map_iface_array_keys.go:49)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
   809        02057 (map_iface_array_keys.go:49)	MOVQ	AX, main.a+560(SP)
   811        02065 (map_iface_array_keys.go:49)	MOVQ	$1, (AX)
   818        02072 (map_iface_array_keys.go:49)	MOVQ	$1, 8(AX)
   820        02080 (map_iface_array_keys.go:49)	MOVL	$16, AX
   825        02085 (map_iface_array_keys.go:49)	LEAQ	type:main.point(SB), BX
   82c        02092 (map_iface_array_keys.go:49)	MOVL	$1, CX
   831        02097 (map_iface_array_keys.go:49)	PCDATA	$1, $12
   831        02097 (map_iface_array_keys.go:49)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
   836        02102 (map_iface_array_keys.go:49)	MOVQ	AX, main.b+552(SP)
   83e        02110 (map_iface_array_keys.go:49)	MOVQ	$1, (AX)
   845        02117 (map_iface_array_keys.go:49)	MOVQ	$1, 8(AX)
   84d        02125 (map_iface_array_keys.go:50)	LEAQ	main..autotmp_73+800(SP), DX
   855        02133 (map_iface_array_keys.go:50)	MOVUPS	X15, (DX)
   859        02137 (map_iface_array_keys.go:50)	MOVUPS	X15, 16(DX)
   85e        02142 (map_iface_array_keys.go:50)	MOVUPS	X15, 32(DX)
   863        02147 (map_iface_array_keys.go:50)	LEAQ	main..autotmp_74+664(SP), DX
   86b        02155 (map_iface_array_keys.go:50)	MOVUPS	X15, (DX)
   86f        02159 (map_iface_array_keys.go:50)	MOVUPS	X15, 16(DX)
   874        02164 (map_iface_array_keys.go:50)	MOVUPS	X15, 32(DX)
   879        02169 (map_iface_array_keys.go:50)	MOVUPS	X15, 48(DX)
   87e        02174 (map_iface_array_keys.go:50)	MOVUPS	X15, 64(DX)
   883        02179 (map_iface_array_keys.go:50)	MOVUPS	X15, 80(DX)
   888        02184 (map_iface_array_keys.go:50)	MOVUPS	X15, 96(DX)
   88d        02189 (map_iface_array_keys.go:50)	MOVUPS	X15, 112(DX)
   892        02194 (map_iface_array_keys.go:50)	MOVUPS	X15, 120(DX)
   897        02199 (map_iface_array_keys.go:50)	MOVQ	$-9187201950435737472, SI
   8a1        02209 (map_iface_array_keys.go:50)	MOVQ	SI, main..autotmp_74+664(SP)
   8a9        02217 (map_iface_array_keys.go:50)	MOVQ	DX, main..autotmp_73+816(SP)
   8b1        02225 (map_iface_array_keys.go:50)	PCDATA	$1, $13
   8b1        02225 (map_iface_array_keys.go:50)	CALL	runtime.rand(SB)
   8b6        02230 (map_iface_array_keys.go:50)	MOVQ	AX, main..autotmp_73+808(SP)
   8be        02238 (map_iface_array_keys.go:50)	LEAQ	type:map[*main.point]int(SB), AX
   8c5        02245 (map_iface_array_keys.go:50)	LEAQ	main..autotmp_73+800(SP), BX
   8cd        02253 (map_iface_array_keys.go:50)	MOVQ	main.a+560(SP), CX
   8d5        02261 (map_iface_array_keys.go:50)	CALL	runtime.mapassign_fast64ptr(SB)
   8da        02266 (map_iface_array_keys.go:50)	MOVQ	$1, (AX)
   8e1        02273 (map_iface_array_keys.go:50)	LEAQ	type:map[*main.point]int(SB), AX
   8e8        02280 (map_iface_array_keys.go:50)	LEAQ	main..autotmp_73+800(SP), BX
   8f0        02288 (map_iface_array_keys.go:50)	MOVQ	main.b+552(SP), CX
   8f8        02296 (map_iface_array_keys.go:50)	CALL	runtime.mapassign_fast64ptr(SB)
   8fd        02301 (map_iface_array_keys.go:50)	MOVQ	$2, (AX)
   904        02308 (map_iface_array_keys.go:51)	MOVQ	main..autotmp_73+800(SP), DX
   90c        02316 (map_iface_array_keys.go:51)	MOVQ	DX, main..autotmp_124+504(SP)
   914        02324 (map_iface_array_keys.go:51)	MOVQ	main.a+560(SP), CX
   91c        02332 (map_iface_array_keys.go:51)	LEAQ	type:map[*main.point]int(SB), AX
   923        02339 (map_iface_array_keys.go:51)	LEAQ	main..autotmp_73+800(SP), BX
   92b        02347 (map_iface_array_keys.go:51)	PCDATA	$1, $14
   92b        02347 (map_iface_array_keys.go:51)	CALL	runtime.mapaccess1_fast64(SB)
   930        02352 (map_iface_array_keys.go:51)	MOVQ	(AX), DX
   933        02355 (map_iface_array_keys.go:51)	MOVQ	DX, main..autotmp_125+496(SP)
   93b        02363 (map_iface_array_keys.go:51)	MOVQ	main.b+552(SP), CX
   943        02371 (map_iface_array_keys.go:51)	LEAQ	type:map[*main.point]int(SB), AX
   94a        02378 (map_iface_array_keys.go:51)	LEAQ	main..autotmp_73+800(SP), BX
   952        02386 (map_iface_array_keys.go:51)	PCDATA	$1, $1
   952        02386 (map_iface_array_keys.go:51)	CALL	runtime.mapaccess1_fast64(SB)
   957        02391 (map_iface_array_keys.go:51)	MOVQ	(AX), DX
   95a        02394 (map_iface_array_keys.go:51)	MOVQ	DX, main..autotmp_126+488(SP)
   962        02402 (map_iface_array_keys.go:51)	CALL	runtime.printlock(SB)
   967        02407 (map_iface_array_keys.go:51)	MOVQ	main..autotmp_124+504(SP), AX
   96f        02415 (map_iface_array_keys.go:51)	CALL	runtime.printint(SB)
   974        02420 (map_iface_array_keys.go:51)	CALL	runtime.printsp(SB)
   979        02425 (map_iface_array_keys.go:51)	MOVQ	main..autotmp_125+496(SP), AX
   981        02433 (map_iface_array_keys.go:51)	CALL	runtime.printint(SB)
   986        02438 (map_iface_array_keys.go:51)	CALL	runtime.printsp(SB)
   98b        02443 (map_iface_array_keys.go:51)	MOVQ	main..autotmp_126+488(SP), AX
   993        02451 (map_iface_array_keys.go:51)	CALL	runtime.printint(SB)
   998        02456 (map_iface_array_keys.go:51)	CALL	runtime.printnl(SB)
   99d        02461 (map_iface_array_keys.go:51)	NOP
   9a0        02464 (map_iface_array_keys.go:51)	CALL	runtime.printunlock(SB)
   9a5        02469 (map_iface_array_keys.go:54)	XORPS	X0, X0
   9a8        02472 (map_iface_array_keys.go:54)	DIVSD	X0, X0
   9ac        02476 (map_iface_array_keys.go:54)	MOVSD	X0, main.nan+88(SP)
   9b2        02482 (map_iface_array_keys.go:55)	LEAQ	main..autotmp_84+616(SP), DX
   9ba        02490 (map_iface_array_keys.go:55)	MOVUPS	X15, (DX)
   9be        02494 (map_iface_array_keys.go:55)	MOVUPS	X15, 16(DX)
   9c3        02499 (map_iface_array_keys.go:55)	MOVUPS	X15, 32(DX)
   9c8        02504 (map_iface_array_keys.go:55)	LEAQ	main..autotmp_85+288(SP), DX
   9d0        02512 (map_iface_array_keys.go:55)	MOVUPS	X15, (DX)
   9d4        02516 (map_iface_array_keys.go:55)	MOVUPS	X15, 16(DX)
   9d9        02521 (map_iface_array_keys.go:55)	MOVUPS	X15, 32(DX)
   9de        02526 (map_iface_array_keys.go:55)	MOVUPS	X15, 48(DX)
   9e3        02531 (map_iface_array_keys.go:55)	MOVUPS	X15, 64(DX)
   9e8        02536 (map_iface_array_keys.go:55)	MOVUPS	X15, 80(DX)
   9ed        02541 (map_iface_array_keys.go:55)	MOVUPS	X15, 96(DX)
   9f2        02546 (map_iface_array_keys.go:55)	MOVUPS	X15, 112(DX)
   9f7        02551 (map_iface_array_keys.go:55)	MOVUPS	X15, 120(DX)
   9fc        02556 (map_iface_array_keys.go:55)	MOVQ	$-9187201950435737472, SI
   a06        02566 (map_iface_array_keys.go:55)	MOVQ	SI, main..autotmp_85+288(SP)
   a0e        02574 (map_iface_array_keys.go:55)	MOVQ	DX, main..autotmp_84+632(SP)
   a16        02582 (map_iface_array_keys.go:55)	PCDATA	$1, $15
   a16        02582 (map_iface_array_keys.go:55)	CALL	runtime.rand(SB)
   a1b        02587 (map_iface_array_keys.go:55)	MOVQ	AX, main..autotmp_84+624(SP)
   a23        02595 (map_iface_array_keys.go:56)	MOVSD	main.nan+88(SP), X0
   a29        02601 (map_iface_array_keys.go:56)	MOVSD	X0, main..autotmp_33+424(SP)
   a32        02610 (map_iface_array_keys.go:56)	LEAQ	type:map[float64]int(SB), AX
   a39        02617 (map_iface_array_keys.go:56)	LEAQ	main..autotmp_84+616(SP), BX
   a41        02625 (map_iface_array_keys.go:56)	LEAQ	main..autotmp_33+424(SP), CX
   a49        02633 (map_iface_array_keys.go:56)	CALL	runtime.mapassign(SB)
   a4e        02638 (map_iface_array_keys.go:56)	MOVQ	$1, (AX)
   a55        02645 (map_iface_array_keys.go:57)	MOVSD	main.nan+88(SP), X0
   a5b        02651 (map_iface_array_keys.go:57)	MOVSD	X0, main..autotmp_33+424(SP)
   a64        02660 (map_iface_array_keys.go:57)	LEAQ	type:map[float64]int(SB), AX
   a6b        02667 (map_iface_array_keys.go:57)	LEAQ	main..autotmp_84+616(SP), BX
   a73        02675 (map_iface_array_keys.go:57)	LEAQ	main..autotmp_33+424(SP), CX
   a7b        02683 (map_iface_array_keys.go:57)	NOP
   a80        02688 (map_iface_array_keys.go:57)	CALL	runtime.mapassign(SB)
   a85        02693 (map_iface_array_keys.go:57)	MOVQ	$2, (AX)
   a8c        02700 (map_iface_array_keys.go:58)	LEAQ	type:map[float64]int(SB), AX
   a93        02707 (map_iface_array_keys.go:58)	LEAQ	main..autotmp_84+616(SP), BX
   a9b        02715 (map_iface_array_keys.go:58)	LEAQ	main..stmp_19(SB), CX
   aa2        02722 (map_iface_array_keys.go:58)	CALL	runtime.mapassign(SB)
   aa7        02727 (map_iface_array_keys.go:58)	MOVQ	$3, (AX)
   aae        02734 (map_iface_array_keys.go:59)	MOVQ	main..autotmp_84+616(SP), DX
   ab6        02742 (map_iface_array_keys.go:59)	MOVQ	DX, main..autotmp_124+504(SP)
   abe        02750 (map_iface_array_keys.go:59)	MOVSD	main.nan+88(SP), X0
   ac4        02756 (map_iface_array_keys.go:59)	MOVSD	X0, main..autotmp_33+424(SP)
   acd        02765 (map_iface_array_keys.go:59)	LEAQ	type:map[float64]int(SB), AX
   ad4        02772 (map_iface_array_keys.go:59)	LEAQ	main..autotmp_84+616(SP), BX
   adc        02780 (map_iface_array_keys.go:59)	LEAQ	main..autotmp_33+424(SP), CX
   ae4        02788 (map_iface_array_keys.go:59)	CALL	runtime.mapaccess1(SB)
   ae9        02793 (map_iface_array_keys.go:59)	MOVQ	(AX), DX
   aec        02796 (map_iface_array_keys.go:59)	MOVQ	DX, main..autotmp_125+496(SP)
   af4        02804 (map_iface_array_keys.go:59)	LEAQ	type:map[float64]int(SB), AX
   afb        02811 (map_iface_array_keys.go:59)	LEAQ	main..autotmp_84+616(SP), BX
   b03        02819 (map_iface_array_keys.go:59)	LEAQ	main..stmp_20(SB), CX
   b0a        02826 (map_iface_array_keys.go:59)	CALL	runtime.mapaccess1(SB)
   b0f        02831 (map_iface_array_keys.go:59)	MOVQ	(AX), DX
   b12        02834 (map_iface_array_keys.go:59)	MOVQ	DX, main..autotmp_126+488(SP)
   b1a        02842 (map_iface_array_keys.go:59)	CALL	runtime.printlock(SB)
   b1f        02847 (map_iface_array_keys.go:59)	MOVQ	main..autotmp_124+504(SP), AX
   b27        02855 (map_iface_array_keys.go:59)	CALL	runtime.printint(SB)
   b2c        02860 (map_iface_array_keys.go:59)	CALL	runtime.printsp(SB)
   b31        02865 (map_iface_array_keys.go:59)	MOVQ	main..autotmp_125+496(SP), AX
   b39        02873 (map_iface_array_keys.go:59)	CALL	runtime.printint(SB)
   b3e        02878 (map_iface_array_keys.go:59)	NOP
   b40        02880 (map_iface_array_keys.go:59)	CALL	runtime.printsp(SB)
   b45        02885 (map_iface_array_keys.go:59)	MOVQ	main..autotmp_126+488(SP), AX
   b4d        02893 (map_iface_array_keys.go:59)	CALL	runtime.printint(SB)
   b52        02898 (map_iface_array_keys.go:59)	CALL	runtime.printnl(SB)
   b57        02903 (map_iface_array_keys.go:59)	CALL	runtime.printunlock(SB)
   b5c        02908 (map_iface_array_keys.go:61)	LEAQ	main..autotmp_35+1408(SP), CX
   b64        02916 (map_iface_array_keys.go:61)	MOVUPS	X15, (CX)
   b68        02920 (map_iface_array_keys.go:61)	MOVUPS	X15, 16(CX)
   b6d        02925 (map_iface_array_keys.go:61)	MOVUPS	X15, 32(CX)
   b72        02930 (map_iface_array_keys.go:61)	MOVUPS	X15, 48(CX)
   b77        02935 (map_iface_array_keys.go:61)	MOVUPS	X15, 64(CX)
   b7c        02940 (map_iface_array_keys.go:61)	MOVUPS	X15, 80(CX)
   b81        02945 (map_iface_array_keys.go:61)	LEAQ	type:map[float64]int(SB), AX
   b88        02952 (map_iface_array_keys.go:61)	LEAQ	main..autotmp_84+616(SP), BX
   b90        02960 (map_iface_array_keys.go:61)	PCDATA	$1, $16
   b90        02960 (map_iface_array_keys.go:61)	CALL	runtime.mapIterStart(SB)
   b95        02965 (map_iface_array_keys.go:61)	XORL	AX, AX
   b97        02967 (map_iface_array_keys.go:61)	JMP	3047
   b99        02969 (map_iface_array_keys.go:61)	MOVSD	(CX), X0
   b9d        02973 (map_iface_array_keys.go:61)	MOVSD	X0, main.k+128(SP)
   ba6        02982 (map_iface_array_keys.go:61)	MOVQ	main..autotmp_35+1416(SP), CX
   bae        02990 (map_iface_array_keys.go:61)	MOVQ	(CX), CX
   bb1        02993 (map_iface_array_keys.go:61)	MOVQ	CX, main.v+72(SP)
   bb6        02998 (map_iface_array_keys.go:61)	LEAQ	main..autotmp_35+1408(SP), AX
   bbe        03006 (map_iface_array_keys.go:61)	NOP
   bc0        03008 (map_iface_array_keys.go:61)	CALL	runtime.mapIterNext(SB)
   bc5        03013 (map_iface_array_keys.go:63)	MOVQ	main.v+72(SP), CX
   bca        03018 (map_iface_array_keys.go:63)	MOVQ	main.sum+80(SP), AX
   bcf        03023 (map_iface_array_keys.go:63)	ADDQ	AX, CX
   bd2        03026 (map_iface_array_keys.go:62)	MOVSD	main.k+128(SP), X0
   bdb        03035 (map_iface_array_keys.go:62)	UCOMISD	X0, X0
   bdf        03039 (map_iface_array_keys.go:62)	CMOVQNE	CX, AX
   be3        03043 (map_iface_array_keys.go:62)	CMOVQPS	CX, AX
   be7        03047 (map_iface_array_keys.go:61)	MOVQ	AX, main.sum+80(SP)
   bec        03052 (map_iface_array_keys.go:61)	MOVQ	main..autotmp_35+1408(SP), CX
   bf4        03060 (map_iface_array_keys.go:61)	TESTQ	CX, CX
   bf7        03063 (map_iface_array_keys.go:61)	JNE	2969
   bf9        03065 (map_iface_array_keys.go:66)	PCDATA	$1, $1
   bf9        03065 (map_iface_array_keys.go:66)	CALL	runtime.printlock(SB)
   bfe        03070 (map_iface_array_keys.go:66)	LEAQ	go:string."nan values sum "(SB), AX
   c05        03077 (map_iface_array_keys.go:66)	MOVL	$15, BX
   c0a        03082 (map_iface_array_keys.go:66)	CALL	runtime.printstring(SB)
   c0f        03087 (map_iface_array_keys.go:66)	MOVQ	main.sum+80(SP), AX
   c14        03092 (map_iface_array_keys.go:66)	CALL	runtime.printint(SB)
   c19        03097 (map_iface_array_keys.go:66)	CALL	runtime.printnl(SB)
   c1e        03102 (map_iface_array_keys.go:66)	NOP
   c20        03104 (map_iface_array_keys.go:66)	CALL	runtime.printunlock(SB)
   c25        03109 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_98+568(SP), AX
   c2d        03117 (map_iface_array_keys.go:69)	MOVUPS	X15, (AX)
   c31        03121 (map_iface_array_keys.go:69)	MOVUPS	X15, 16(AX)
   c36        03126 (map_iface_array_keys.go:69)	MOVUPS	X15, 32(AX)
   c3b        03131 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_99+152(SP), AX
   c43        03139 (map_iface_array_keys.go:69)	MOVUPS	X15, (AX)
   c47        03143 (map_iface_array_keys.go:69)	MOVUPS	X15, 16(AX)
   c4c        03148 (map_iface_array_keys.go:69)	MOVUPS	X15, 32(AX)
   c51        03153 (map_iface_array_keys.go:69)	MOVUPS	X15, 48(AX)
   c56        03158 (map_iface_array_keys.go:69)	MOVUPS	X15, 64(AX)
   c5b        03163 (map_iface_array_keys.go:69)	MOVUPS	X15, 80(AX)
   c60        03168 (map_iface_array_keys.go:69)	MOVUPS	X15, 96(AX)
   c65        03173 (map_iface_array_keys.go:69)	MOVUPS	X15, 112(AX)
   c6a        03178 (map_iface_array_keys.go:69)	MOVUPS	X15, 120(AX)
   c6f        03183 (map_iface_array_keys.go:69)	MOVQ	$-9187201950435737472, CX
   c79        03193 (map_iface_array_keys.go:69)	MOVQ	CX, main..autotmp_99+152(SP)
   c81        03201 (map_iface_array_keys.go:69)	MOVQ	AX, main..autotmp_98+584(SP)
   c89        03209 (map_iface_array_keys.go:69)	PCDATA	$1, $17
   c89        03209 (map_iface_array_keys.go:69)	CALL	runtime.rand(SB)
   c8e        03214 (map_iface_array_keys.go:69)	MOVQ	AX, main..autotmp_98+576(SP)
   c96        03222 (map_iface_array_keys.go:69)	LEAQ	type:map[int]bool(SB), AX
   c9d        03229 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_98+568(SP), BX
   ca5        03237 (map_iface_array_keys.go:69)	MOVL	$5, CX
   caa        03242 (map_iface_array_keys.go:69)	CALL	runtime.mapassign_fast64(SB)
   caf        03247 (map_iface_array_keys.go:69)	MOVB	$1, (AX)
   cb2        03250 (map_iface_array_keys.go:69)	LEAQ	type:map[int]bool(SB), AX
   cb9        03257 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_98+568(SP), BX
   cc1        03265 (map_iface_array_keys.go:69)	MOVQ	$-3, CX
   cc8        03272 (map_iface_array_keys.go:69)	CALL	runtime.mapassign_fast64(SB)
   ccd        03277 (map_iface_array_keys.go:69)	MOVB	$1, (AX)
   cd0        03280 (map_iface_array_keys.go:69)	LEAQ	type:map[int]bool(SB), AX
   cd7        03287 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_98+568(SP), BX
   cdf        03295 (map_iface_array_keys.go:69)	MOVL	$9, CX
   ce4        03300 (map_iface_array_keys.go:69)	CALL	runtime.mapassign_fast64(SB)
   ce9        03305 (map_iface_array_keys.go:69)	MOVB	$1, (AX)
   cec        03308 (map_iface_array_keys.go:69)	LEAQ	type:map[int]bool(SB), AX
   cf3        03315 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_98+568(SP), BX
   cfb        03323 (map_iface_array_keys.go:69)	XORL	CX, CX
   cfd        03325 (map_iface_array_keys.go:69)	NOP
   d00        03328 (map_iface_array_keys.go:69)	CALL	runtime.mapassign_fast64(SB)
   d05        03333 (map_iface_array_keys.go:69)	MOVB	$1, (AX)
   d08        03336 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_35+1408(SP), CX
   d10        03344 (map_iface_array_keys.go:69)	MOVUPS	X15, (CX)
   d14        03348 (map_iface_array_keys.go:69)	MOVUPS	X15, 16(CX)
   d19        03353 (map_iface_array_keys.go:69)	MOVUPS	X15, 32(CX)
   d1e        03358 (map_iface_array_keys.go:69)	MOVUPS	X15, 48(CX)
   d23        03363 (map_iface_array_keys.go:69)	MOVUPS	X15, 64(CX)
   d28        03368 (map_iface_array_keys.go:69)	MOVUPS	X15, 80(CX)
   d2d        03373 (map_iface_array_keys.go:69)	LEAQ	type:map[int]bool(SB), AX
   d34        03380 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_98+568(SP), BX
   d3c        03388 (map_iface_array_keys.go:69)	PCDATA	$1, $16
   d3c        03388 (map_iface_array_keys.go:69)	NOP
   d40        03392 (map_iface_array_keys.go:69)	CALL	runtime.mapIterStart(SB)
   d45        03397 (map_iface_array_keys.go:69)	XORL	AX, AX
   d47        03399 (map_iface_array_keys.go:68)	LEAQ	main..autotmp_97+288(SP), CX
   d4f        03407 (map_iface_array_keys.go:68)	XORL	DX, DX
   d51        03409 (map_iface_array_keys.go:68)	XORL	BX, BX
   d53        03411 (map_iface_array_keys.go:69)	JMP	3476
   d55        03413 (map_iface_array_keys.go:70)	MOVQ	CX, main.keys.ptr+544(SP)
   d5d        03421 (map_iface_array_keys.go:70)	MOVQ	R9, main.keys.len+96(SP)
   d62        03426 (map_iface_array_keys.go:70)	MOVQ	BX, main.keys.cap+104(SP)
   d67        03431 (map_iface_array_keys.go:70)	MOVB	AL, main..autotmp_135+70(SP)
   d6b        03435 (map_iface_array_keys.go:70)	MOVQ	R8, -8(CX)(R9*8)
   d70        03440 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_35+1408(SP), AX
   d78        03448 (map_iface_array_keys.go:69)	PCDATA	$1, $18
   d78        03448 (map_iface_array_keys.go:69)	CALL	runtime.mapIterNext(SB)
   d7d        03453 (map_iface_array_keys.go:69)	MOVBLZX	main..autotmp_135+70(SP), AX
   d82        03458 (map_iface_array_keys.go:69)	MOVQ	main.keys.ptr+544(SP), CX
   d8a        03466 (map_iface_array_keys.go:69)	MOVQ	main.keys.len+96(SP), DX
   d8f        03471 (map_iface_array_keys.go:69)	MOVQ	main.keys.cap+104(SP), BX
   d94        03476 (map_iface_array_keys.go:69)	MOVQ	main..autotmp_35+1408(SP), R8
   d9c        03484 (map_iface_array_keys.go:69)	NOP
   da0        03488 (map_iface_array_keys.go:69)	TESTQ	R8, R8
   da3        03491 (map_iface_array_keys.go:69)	JEQ	3621
   da9        03497 (map_iface_array_keys.go:70)	LEAQ	1(DX), R9
   dad        03501 (map_iface_array_keys.go:69)	MOVQ	(R8), R8
   db0        03504 (map_iface_array_keys.go:70)	CMPQ	BX, R9
   db3        03507 (map_iface_array_keys.go:70)	JCC	3413
   db5        03509 (map_iface_array_keys.go:69)	MOVQ	R8, main.k+120(SP)
   dba        03514 (map_iface_array_keys.go:69)	MOVB	AL, main..autotmp_134+71(SP)
   dbe        03518 (map_iface_array_keys.go:69)	NOP
   dc0        03520 (map_iface_array_keys.go:70)	CMPQ	R9, $4
   dc4        03524 (map_iface_array_keys.go:70)	JGT	3567
   dc6        03526 (map_iface_array_keys.go:69)	TESTB	AL, AL
   dc8        03528 (map_iface_array_keys.go:70)	JNE	3567
   dca        03530 (map_iface_array_keys.go:70)	TESTQ	DX, DX
   dcd        03533 (map_iface_array_keys.go:70)	JNE	3567
   dcf        03535 (map_iface_array_keys.go:70)	LEAQ	main..autotmp_113+512(SP), CX
   dd7        03543 (map_iface_array_keys.go:70)	MOVUPS	X15, (CX)
   ddb        03547 (map_iface_array_keys.go:70)	MOVUPS	X15, 16(CX)
   de0        03552 (map_iface_array_keys.go:70)	MOVL	$4, BX
   de5        03557 (map_iface_array_keys.go:70)	MOVL	$1, AX
   dea        03562 (map_iface_array_keys.go:70)	JMP	3413
   def        03567 (map_iface_array_keys.go:70)	MOVQ	CX, AX
   df2        03570 (map_iface_array_keys.go:70)	MOVQ	BX, CX
   df5        03573 (map_iface_array_keys.go:70)	MOVL	$1, DI
   dfa        03578 (map_iface_array_keys.go:70)	LEAQ	type:int(SB), SI
   e01        03585 (map_iface_array_keys.go:70)	MOVQ	R9, BX
   e04        03588 (map_iface_array_keys.go:70)	PCDATA	$1, $16
   e04        03588 (map_iface_array_keys.go:70)	CALL	runtime.growslice(SB)
   e09        03593 (map_iface_array_keys.go:70)	MOVQ	main.k+120(SP), R8
   e0e        03598 (map_iface_array_keys.go:70)	MOVQ	BX, R9
   e11        03601 (map_iface_array_keys.go:70)	MOVQ	CX, BX
   e14        03604 (map_iface_array_keys.go:70)	MOVQ	AX, CX
   e17        03607 (map_iface_array_keys.go:70)	MOVBLZX	main..autotmp_134+71(SP), AX
   e1c        03612 (map_iface_array_keys.go:70)	NOP
   e20        03616 (map_iface_array_keys.go:70)	JMP	3413
   e25        03621 (<unknown line number>)	NOP
   e25      0 03621 (map_iface_array_keys.go:72)	MOVL	$1, AX
   e2a        03626 (map_iface_array_keys.go:72)	JMP	3632
   e2c        03628 (map_iface_array_keys.go:72)	LEAQ	1(BX), AX
   e30        03632 (map_iface_array_keys.go:72)	CMPQ	AX, DX
   e33        03635 (map_iface_array_keys.go:72)	JGE	3675
   e35        03637 (map_iface_array_keys.go:72)	MOVQ	AX, BX
   e38        03640 (map_iface_array_keys.go:72)	JMP	3654
   e3a        03642 (map_iface_array_keys.go:72)	MOVQ	DI, (CX)(AX*8)
   e3e        03646 (map_iface_array_keys.go:72)	MOVQ	SI, -8(CX)(AX*8)
   e43        03651 (map_iface_array_keys.go:72)	DECQ	AX
   e46        03654 (map_iface_array_keys.go:72)	TESTQ	AX, AX
   e49        03657 (map_iface_array_keys.go:72)	JLE	3628
   e4b        03659 (map_iface_array_keys.go:72)	MOVQ	(CX)(AX*8), SI
   e4f        03663 (map_iface_array_keys.go:72)	MOVQ	-8(CX)(AX*8), DI
   e54        03668 (map_iface_array_keys.go:72)	CMPQ	DI, SI
   e57        03671 (map_iface_array_keys.go:72)	JGT	3642
   e59        03673 (map_iface_array_keys.go:72)	JMP	3628
   e5b     -1 03675 (map_iface_array_keys.go:69)	MOVQ	DX, main.keys.len+96(SP)
   e60        03680 (map_iface_array_keys.go:69)	MOVQ	CX, main..autotmp_136+1600(SP)
   e68        03688 (map_iface_array_keys.go:69)	XORL	AX, AX
   e6a        03690 (map_iface_array_keys.go:72)	JMP	3761
   e6c        03692 (map_iface_array_keys.go:72)	MOVQ	AX, main..autotmp_125+496(SP)
   e74        03700 (map_iface_array_keys.go:72)	MOVQ	(CX)(AX*8), AX
   e78        03704 (map_iface_array_keys.go:72)	MOVQ	AX, main.k+112(SP)
   e7d        03709 (map_iface_array_keys.go:73)	PCDATA	$1, $19
   e7d        03709 (map_iface_array_keys.go:73)	NOP
   e80        03712 (map_iface_array_keys.go:73)	CALL	runtime.printlock(SB)
   e85        03717 (map_iface_array_keys.go:73)	MOVQ	main.k+112(SP), AX
   e8a        03722 (map_iface_array_keys.go:73)	CALL	runtime.printint(SB)
   e8f        03727 (map_iface_array_keys.go:73)	CALL	runtime.printsp(SB)
   e94        03732 (map_iface_array_keys.go:73)	CALL	runtime.printunlock(SB)
   e99        03737 (map_iface_array_keys.go:72)	MOVQ	main..autotmp_125+496(SP), AX
   ea1        03745 (map_iface_array_keys.go:72)	INCQ	AX
   ea4        03748 (map_iface_array_keys.go:72)	MOVQ	main..autotmp_136+1600(SP), CX
   eac        03756 (map_iface_array_keys.go:72)	MOVQ	main.keys.len+96(SP), DX
   eb1        03761 (map_iface_array_keys.go:72)	CMPQ	AX, DX
   eb4        03764 (map_iface_array_keys.go:72)	JLT	3692
   eb6        03766 (map_iface_array_keys.go:75)	PCDATA	$1, $1
   eb6        03766 (map_iface_array_keys.go:75)	CALL	runtime.printlock(SB)
   ebb        03771 (map_iface_array_keys.go:75)	NOP
   ec0        03776 (map_iface_array_keys.go:75)	CALL	runtime.printnl(SB)
   ec5        03781 (map_iface_array_keys.go:75)	CALL	runtime.printunlock(SB)
   eca        03786 (map_iface_array_keys.go:76)	LEAQ	main..autotmp_38+1360(SP), AX
   ed2        03794 (map_iface_array_keys.go:76)	PCDATA	$1, $0
   ed2        03794 (map_iface_array_keys.go:76)	CALL	main.hashUnhashable(SB)
   ed7        03799 (map_iface_array_keys.go:76)	MOVQ	AX, main..autotmp_132+1616(SP)
   edf        03807 (map_iface_array_keys.go:76)	MOVQ	BX, main..autotmp_125+496(SP)
   ee7        03815 (map_iface_array_keys.go:76)	PCDATA	$1, $20
   ee7        03815 (map_iface_array_keys.go:76)	CALL	runtime.printlock(SB)
   eec        03820 (map_iface_array_keys.go:76)	MOVQ	main..autotmp_132+1616(SP), AX
   ef4        03828 (map_iface_array_keys.go:76)	MOVQ	main..autotmp_125+496(SP), BX
   efc        03836 (map_iface_array_keys.go:76)	PCDATA	$1, $0
   efc        03836 (map_iface_array_keys.go:76)	NOP
   f00        03840 (map_iface_array_keys.go:76)	CALL	runtime.printstring(SB)
   f05        03845 (map_iface_array_keys.go:76)	CALL	runtime.printnl(SB)
   f0a        03850 (map_iface_array_keys.go:76)	CALL	runtime.printunlock(SB)
   f0f        03855 (map_iface_array_keys.go:77)	ADDQ	$1624, SP
   f16        03862 (map_iface_array_keys.go:77)	POPQ	BP
   f17        03863 (map_iface_array_keys.go:77)	RET
   f18        03864 (map_iface_array_keys.go:77)	NOP
   f18        03864 (map_iface_array_keys.go:26)	PCDATA	$1, $-1
   f18        03864 (map_iface_array_keys.go:26)	PCDATA	$0, $-2
   f18        03864 (map_iface_array_keys.go:26)	CALL	runtime.morestack_noctxt(SB)
   f1d        03869 (map_iface_array_keys.go:26)	PCDATA	$0, $-1
   f1d        03869 (map_iface_array_keys.go:26)	NOP
   f20        03872 (map_iface_array_keys.go:26)	JMP	0
   f25 done
wrote 9 bytes to 0x0
 00 a5 1c 02 36 01 ca 01 00
-- inlining tree for main.main:
0 | -1 | main.sortedInts (map_iface_array_keys.go:72:30) pc=3690
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
funcpctab main.hashUnhashable [valfunc=pctoinline]
     0     -1 00000 (map_iface_array_keys.go:15)	TEXT	main.hashUnhashable(SB), ABIInternal, $104-8
     0        00000 (map_iface_array_keys.go:15)	TEXT	main.hashUnhashable(SB), ABIInternal, $104-8
     0     -1 00000 (map_iface_array_keys.go:15)	CMPQ	SP, 16(R14)
     4        00004 (map_iface_array_keys.go:15)	PCDATA	$0, $-2
     4        00004 (map_iface_array_keys.go:15)	JLS	239
     a        00010 (map_iface_array_keys.go:15)	PCDATA	$0, $-1
     a        00010 (map_iface_array_keys.go:15)	PUSHQ	BP
     b        00011 (map_iface_array_keys.go:15)	MOVQ	SP, BP
     e        00014 (map_iface_array_keys.go:15)	SUBQ	$96, SP
    12        00018 (map_iface_array_keys.go:15)	MOVQ	X15, 88(SP)
    19        00025 (map_iface_array_keys.go:15)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
    19        00025 (map_iface_array_keys.go:15)	FUNCDATA	$1, gclocals·GqjNI+c+Y/hD4xjA7CDjlA==(SB)
    19        00025 (map_iface_array_keys.go:15)	FUNCDATA	$2, main.hashUnhashable.stkobj(SB)
    19        00025 (map_iface_array_keys.go:15)	FUNCDATA	$5, main.hashUnhashable.arginfo1(SB)
    19        00025 (map_iface_array_keys.go:15)	FUNCDATA	$6, main.hashUnhashable.argliveinfo(SB)
    19        00025 (map_iface_array_keys.go:15)	FUNCDATA	$4, main.hashUnhashable.opendefer(SB)
    19        00025 (map_iface_array_keys.go:15)	PCDATA	$3, $1
    19        00025 (map_iface_array_keys.go:23)	MOVQ	AX, main.m+112(SP)
    1e        00030 (map_iface_array_keys.go:23)	PCDATA	$3, $-1
    1e        00030 (map_iface_array_keys.go:15)	MOVB	$0, main..autotmp_9+39(SP)
    23        00035 (map_iface_array_keys.go:15)	MOVUPS	X15, main.msg+40(SP)
    29        00041 (map_iface_array_keys.go:16)	LEAQ	main.hashUnhashable.func1(SB), DX
    30        00048 (map_iface_array_keys.go:16)	MOVQ	DX, main..autotmp_4+56(SP)
    35        00053 (map_iface_array_keys.go:16)	LEAQ	main.msg+40(SP), DX
    3a        00058 (map_iface_array_keys.go:16)	MOVQ	DX, main..autotmp_4+64(SP)
    3f        00063 (map_iface_array_keys.go:16)	LEAQ	main..autotmp_4+56(SP), DX
    44        00068 (map_iface_array_keys.go:16)	MOVQ	DX, main..autotmp_10+88(SP)
    49        00073 (map_iface_array_keys.go:16)	MOVB	$1, main..autotmp_9+39(SP)
    4e        00078 (map_iface_array_keys.go:22)	MOVL	$8, AX
    53        00083 (map_iface_array_keys.go:22)	LEAQ	type:[1]int(SB), BX
    5a        00090 (map_iface_array_keys.go:22)	MOVL	$1, CX
    5f        00095 (map_iface_array_keys.go:22)	PCDATA	$1, $1
    5f        00095 (map_iface_array_keys.go:22)	NOP
    60        00096 (map_iface_array_keys.go:22)	CALL	runtime.mallocgcTinySC2(SB)
    65        00101 (map_iface_array_keys.go:22)	MOVQ	$1, (AX)
    6c        00108 (map_iface_array_keys.go:22)	MOVL	$1, BX
    71        00113 (map_iface_array_keys.go:22)	MOVL	BX, CX
    73        00115 (map_iface_array_keys.go:22)	CALL	runtime.convTslice(SB)
    78        00120 (map_iface_array_keys.go:22)	LEAQ	type:[]int(SB), DX
    7f        00127 (map_iface_array_keys.go:22)	MOVQ	DX, main..autotmp_2+72(SP)
    84        00132 (map_iface_array_keys.go:22)	MOVQ	AX, main..autotmp_2+80(SP)
    89        00137 (map_iface_array_keys.go:22)	LEAQ	type:map[interface {}]int(SB), AX
    90        00144 (map_iface_array_keys.go:22)	MOVQ	main.m+112(SP), BX
    95        00149 (map_iface_array_keys.go:22)	LEAQ	main..autotmp_2+72(SP), CX
    9a        00154 (map_iface_array_keys.go:22)	PCDATA	$1, $2
    9a        00154 (map_iface_array_keys.go:22)	CALL	runtime.mapassign(SB)
    9f        00159 (map_iface_array_keys.go:22)	MOVQ	$1, (AX)
    a6        00166 (map_iface_array_keys.go:23)	LEAQ	go:string."no panic"(SB), DX
    ad        00173 (map_iface_array_keys.go:23)	MOVQ	DX, main.msg+40(SP)
    b2        00178 (map_iface_array_keys.go:23)	MOVQ	$8, main.msg+48(SP)
    bb        00187 (map_iface_array_keys.go:23)	MOVB	$0, main..autotmp_9+39(SP)
    c0        00192 (map_iface_array_keys.go:23)	MOVQ	main..autotmp_10+88(SP), DX
    c5        00197 (map_iface_array_keys.go:23)	MOVQ	(DX), SI
    c8        00200 (map_iface_array_keys.go:23)	CALL	SI
    ca        00202 (map_iface_array_keys.go:23)	MOVQ	main.msg+40(SP), AX
    cf        00207 (map_iface_array_keys.go:23)	MOVQ	main.msg+48(SP), BX
    d4        00212 (map_iface_array_keys.go:23)	ADDQ	$96, SP
    d8        00216 (map_iface_array_keys.go:23)	POPQ	BP
    d9        00217 (map_iface_array_keys.go:23)	RET
    da        00218 (map_iface_array_keys.go:23)	CALL	runtime.deferreturn(SB)
    df        00223 (map_iface_array_keys.go:23)	MOVQ	main.msg+40(SP), AX
    e4        00228 (map_iface_array_keys.go:23)	MOVQ	main.msg+48(SP), BX
    e9        00233 (map_iface_array_keys.go:23)	ADDQ	$96, SP
    ed        00237 (map_iface_array_keys.go:23)	POPQ	BP
    ee        00238 (map_iface_array_keys.go:23)	RET
    ef        00239 (map_iface_array_keys.go:23)	NOP
    ef        00239 (map_iface_array_keys.go:15)	PCDATA	$1, $-1
    ef        00239 (map_iface_array_keys.go:15)	PCDATA	$0, $-2
    ef        00239 (map_iface_array_keys.go:15)	MOVQ	AX, 8(SP)
    f4        00244 (map_iface_array_keys.go:15)	CALL	runtime.morestack_noctxt(SB)
    f9        00249 (map_iface_array_keys.go:15)	PCDATA	$0, $-1
    f9        00249 (map_iface_array_keys.go:15)	MOVQ	8(SP), AX
    fe        00254 (map_iface_array_keys.go:15)	NOP
   100        00256 (map_iface_array_keys.go:15)	JMP	0
   105 done
wrote 4 bytes to 0x0
 00 85 02 00
funcpctab main.hashUnhashable.func1 [valfunc=pctoinline]
     0     -1 00000 (map_iface_array_keys.go:16)	TEXT	main.hashUnhashable.func1(SB), NEEDCTXT|ABIInternal, $48-0
     0        00000 (map_iface_array_keys.go:16)	TEXT	main.hashUnhashable.func1(SB), NEEDCTXT|ABIInternal, $48-0
     0     -1 00000 (map_iface_array_keys.go:16)	CMPQ	SP, 16(R14)
     4        00004 (map_iface_array_keys.go:16)	PCDATA	$0, $-2
     4        00004 (map_iface_array_keys.go:16)	JLS	180
     a        00010 (map_iface_array_keys.go:16)	PCDATA	$0, $-1
     a        00010 (map_iface_array_keys.go:16)	PUSHQ	BP
     b        00011 (map_iface_array_keys.go:16)	MOVQ	SP, BP
     e        00014 (map_iface_array_keys.go:16)	SUBQ	$40, SP
    12        00018 (map_iface_array_keys.go:16)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    12        00018 (map_iface_array_keys.go:16)	FUNCDATA	$1, gclocals·sfOxBcdnNBiCaiOXpthwPg==(SB)
    12        00018 (map_iface_array_keys.go:16)	MOVQ	8(DX), AX
    16        00022 (map_iface_array_keys.go:16)	MOVQ	AX, main.&msg+32(SP)
    1b        00027 (map_iface_array_keys.go:17)	PCDATA	$1, $1
    1b        00027 (map_iface_array_keys.go:17)	NOP
    20        00032 (map_iface_array_keys.go:17)	CALL	runtime.gorecover(SB)
    25        00037 (map_iface_array_keys.go:18)	TESTQ	AX, AX
    28        00040 (map_iface_array_keys.go:18)	JEQ	57
    2a        00042 (map_iface_array_keys.go:18)	MOVQ	main..typeAssert.0(SB), CX
    31        00049 (map_iface_array_keys.go:18)	MOVQ	(CX), DX
    34        00052 (map_iface_array_keys.go:18)	MOVL	16(AX), SI
    37        00055 (map_iface_array_keys.go:18)	JMP	117
    39        00057 (map_iface_array_keys.go:18)	TESTQ	AX, AX
    3c        00060 (map_iface_array_keys.go:18)	JEQ	111
    3e        00062 (map_iface_array_keys.go:19)	MOVQ	24(AX), CX
    42        00066 (map_iface_array_keys.go:19)	MOVQ	BX, AX
    45        00069 (map_iface_array_keys.go:19)	CALL	CX
    47        00071 (map_iface_array_keys.go:19)	MOVQ	main.&msg+32(SP), CX
    4c        00076 (map_iface_array_keys.go:19)	MOVQ	BX, 8(CX)
    50        00080 (map_iface_array_keys.go:19)	CMPL	runtime.writeBarrier(SB), $0
    57        00087 (map_iface_array_keys.go:19)	PCDATA	$0, $-2
    57        00087 (map_iface_array_keys.go:19)	JEQ	108
    59        00089 (map_iface_array_keys.go:19)	MOVQ	(CX), DX
    5c        00092 (map_iface_array_keys.go:19)	NOP
    60        00096 (map_iface_array_keys.go:19)	CALL	runtime.gcWriteBarrier2(SB)
    65        00101 (map_iface_array_keys.go:19)	MOVQ	AX, (R11)
    68        00104 (map_iface_array_keys.go:19)	MOVQ	DX, 8(R11)
    6c        00108 (map_iface_array_keys.go:19)	MOVQ	AX, (CX)
    6f        00111 (map_iface_array_keys.go:21)	PCDATA	$0, $-1
    6f        00111 (map_iface_array_keys.go:21)	ADDQ	$40, SP
    73        00115 (map_iface_array_keys.go:21)	POPQ	BP
    74        00116 (map_iface_array_keys.go:21)	RET
    75        00117 (map_iface_array_keys.go:18)	MOVQ	SI, DI
    78        00120 (map_iface_array_keys.go:18)	ANDQ	DX, SI
    7b        00123 (map_iface_array_keys.go:18)	SHLQ	$4, SI
    7f        00127 (map_iface_array_keys.go:18)	MOVQ	8(SI)(CX*1), R8
    84        00132 (map_iface_array_keys.go:18)	CMPQ	AX, R8
    87        00135 (map_iface_array_keys.go:18)	JEQ	173
    89        00137 (map_iface_array_keys.go:18)	LEAQ	1(DI), SI
    8d        00141 (map_iface_array_keys.go:18)	TESTQ	R8, R8
    90        00144 (map_iface_array_keys.go:18)	JNE	117
    92        00146 (map_iface_array_keys.go:17)	MOVQ	BX, main.r.data+24(SP)
    97        00151 (map_iface_array_keys.go:18)	MOVQ	AX, BX
    9a        00154 (map_iface_array_keys.go:18)	LEAQ	main..typeAssert.0(SB), AX
    a1        00161 (map_iface_array_keys.go:18)	PCDATA	$1, $2
    a1        00161 (map_iface_array_keys.go:18)	CALL	runtime.typeAssert(SB)
    a6        00166 (map_iface_array_keys.go:19)	MOVQ	main.r.data+24(SP), BX
    ab        00171 (map_iface_array_keys.go:18)	JMP	57
    ad        00173 (map_iface_array_keys.go:18)	MOVQ	16(SI)(CX*1), AX
    b2        00178 (map_iface_array_keys.go:18)	JMP	57
    b4        00180 (map_iface_array_keys.go:18)	NOP
    b4        00180 (map_iface_array_keys.go:16)	PCDATA	$1, $-1
    b4        00180 (map_iface_array_keys.go:16)	PCDATA	$0, $-2
    b4        00180 (map_iface_array_keys.go:16)	CALL	runtime.morestack(SB)
    b9        00185 (map_iface_array_keys.go:16)	PCDATA	$0, $-1
    b9        00185 (map_iface_array_keys.go:16)	JMP	0
    be done
wrote 4 bytes to 0x0
 00 be 01 00
funcpctab main.sortedInts [valfunc=pctoinline]
     0     -1 00000 (map_iface_array_keys.go:6)	TEXT	main.sortedInts(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (map_iface_array_keys.go:6)	TEXT	main.sortedInts(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (map_iface_array_keys.go:6)	MOVQ	AX, main.xs+8(FP)
     5        00005 (map_iface_array_keys.go:6)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (map_iface_array_keys.go:6)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (map_iface_array_keys.go:6)	FUNCDATA	$5, main.sortedInts.arginfo1(SB)
     5        00005 (map_iface_array_keys.go:6)	FUNCDATA	$6, main.sortedInts.argliveinfo(SB)
     5        00005 (map_iface_array_keys.go:6)	PCDATA	$3, $1
     5        00005 (map_iface_array_keys.go:7)	MOVL	$1, DX
     a        00010 (map_iface_array_keys.go:7)	JMP	16
     c        00012 (map_iface_array_keys.go:7)	LEAQ	1(SI), DX
    10        00016 (map_iface_array_keys.go:7)	CMPQ	BX, DX
    13        00019 (map_iface_array_keys.go:7)	JLE	59
    15        00021 (map_iface_array_keys.go:7)	MOVQ	DX, SI
    18        00024 (map_iface_array_keys.go:8)	JMP	38
    1a        00026 (map_iface_array_keys.go:9)	MOVQ	R8, (AX)(DX*8)
    1e        00030 (map_iface_array_keys.go:9)	MOVQ	DI, -8(AX)(DX*8)
    23        00035 (map_iface_array_keys.go:8)	DECQ	DX
    26        00038 (map_iface_array_keys.go:8)	TESTQ	DX, DX
    29        00041 (map_iface_array_keys.go:8)	JLE	12
    2b        00043 (map_iface_array_keys.go:8)	MOVQ	(AX)(DX*8), DI
    2f        00047 (map_iface_array_keys.go:8)	MOVQ	-8(AX)(DX*8), R8
    34        00052 (map_iface_array_keys.go:8)	CMPQ	R8, DI
    37        00055 (map_iface_array_keys.go:8)	JGT	26
    39        00057 (map_iface_array_keys.go:8)	JMP	12
    3b        00059 (map_iface_array_keys.go:12)	RET
    3c done
wrote 3 bytes to 0x0
 00 3c 00
main.sortedInts STEXT nosplit size=60 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (map_iface_array_keys.go:6)	TEXT	main.sortedInts(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (map_iface_array_keys.go:6)	MOVQ	AX, main.xs+8(FP)
	0x0005 00005 (map_iface_array_keys.go:6)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (map_iface_array_keys.go:6)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (map_iface_array_keys.go:6)	FUNCDATA	$5, main.sortedInts.arginfo1(SB)
	0x0005 00005 (map_iface_array_keys.go:6)	FUNCDATA	$6, main.sortedInts.argliveinfo(SB)
	0x0005 00005 (map_iface_array_keys.go:6)	PCDATA	$3, $1
	0x0005 00005 (map_iface_array_keys.go:7)	MOVL	$1, DX
	0x000a 00010 (map_iface_array_keys.go:7)	JMP	16
	0x000c 00012 (map_iface_array_keys.go:7)	LEAQ	1(SI), DX
	0x0010 00016 (map_iface_array_keys.go:7)	CMPQ	BX, DX
	0x0013 00019 (map_iface_array_keys.go:7)	JLE	59
	0x0015 00021 (map_iface_array_keys.go:7)	MOVQ	DX, SI
	0x0018 00024 (map_iface_array_keys.go:8)	JMP	38
	0x001a 00026 (map_iface_array_keys.go:9)	MOVQ	R8, (AX)(DX*8)
	0x001e 00030 (map_iface_array_keys.go:9)	MOVQ	DI, -8(AX)(DX*8)
	0x0023 00035 (map_iface_array_keys.go:8)	DECQ	DX
	0x0026 00038 (map_iface_array_keys.go:8)	TESTQ	DX, DX
	0x0029 00041 (map_iface_array_keys.go:8)	JLE	12
	0x002b 00043 (map_iface_array_keys.go:8)	MOVQ	(AX)(DX*8), DI
	0x002f 00047 (map_iface_array_keys.go:8)	MOVQ	-8(AX)(DX*8), R8
	0x0034 00052 (map_iface_array_keys.go:8)	CMPQ	R8, DI
	0x0037 00055 (map_iface_array_keys.go:8)	JGT	26
	0x0039 00057 (map_iface_array_keys.go:8)	JMP	12
	0x003b 00059 (map_iface_array_keys.go:12)	RET
	0x0000 48 89 44 24 08 ba 01 00 00 00 eb 04 48 8d 56 01  H.D$........H.V.
	0x0010 48 39 d3 7e 26 48 89 d6 eb 0c 4c 89 04 d0 48 89  H9.~&H....L...H.
	0x0020 7c d0 f8 48 ff ca 48 85 d2 7e e1 48 8b 3c d0 4c  |..H..H..~.H.<.L
	0x0030 8b 44 d0 f8 49 39 f8 7f e1 eb d1 c3              .D..I9......
main.hashUnhashable STEXT size=261 align=0x0 args=0x8 locals=0x68 funcid=0x0
	0x0000 00000 (map_iface_array_keys.go:15)	TEXT	main.hashUnhashable(SB), ABIInternal, $104-8
	0x0000 00000 (map_iface_array_keys.go:15)	CMPQ	SP, 16(R14)
	0x0004 00004 (map_iface_array_keys.go:15)	PCDATA	$0, $-2
	0x0004 00004 (map_iface_array_keys.go:15)	JLS	239
	0x000a 00010 (map_iface_array_keys.go:15)	PCDATA	$0, $-1
	0x000a 00010 (map_iface_array_keys.go:15)	PUSHQ	BP
	0x000b 00011 (map_iface_array_keys.go:15)	MOVQ	SP, BP
	0x000e 00014 (map_iface_array_keys.go:15)	SUBQ	$96, SP
	0x0012 00018 (map_iface_array_keys.go:15)	MOVQ	X15, 88(SP)
	0x0019 00025 (map_iface_array_keys.go:15)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
	0x0019 00025 (map_iface_array_keys.go:15)	FUNCDATA	$1, gclocals·GqjNI+c+Y/hD4xjA7CDjlA==(SB)
	0x0019 00025 (map_iface_array_keys.go:15)	FUNCDATA	$2, main.hashUnhashable.stkobj(SB)
	0x0019 00025 (map_iface_array_keys.go:15)	FUNCDATA	$5, main.hashUnhashable.arginfo1(SB)
	0x0019 00025 (map_iface_array_keys.go:15)	FUNCDATA	$6, main.hashUnhashable.argliveinfo(SB)
	0x0019 00025 (map_iface_array_keys.go:15)	FUNCDATA	$4, main.hashUnhashable.opendefer(SB)
	0x0019 00025 (map_iface_array_keys.go:15)	PCDATA	$3, $1
	0x0019 00025 (map_iface_array_keys.go:23)	MOVQ	AX, main.m+112(SP)
	0x001e 00030 (map_iface_array_keys.go:23)	PCDATA	$3, $-1
	0x001e 00030 (map_iface_array_keys.go:15)	MOVB	$0, main..autotmp_9+39(SP)
	0x0023 00035 (map_iface_array_keys.go:15)	MOVUPS	X15, main.msg+40(SP)
	0x0029 00041 (map_iface_array_keys.go:16)	LEAQ	main.hashUnhashable.func1(SB), DX
	0x0030 00048 (map_iface_array_keys.go:16)	MOVQ	DX, main..autotmp_4+56(SP)
	0x0035 00053 (map_iface_array_keys.go:16)	LEAQ	main.msg+40(SP), DX
	0x003a 00058 (map_iface_array_keys.go:16)	MOVQ	DX, main..autotmp_4+64(SP)
	0x003f 00063 (map_iface_array_keys.go:16)	LEAQ	main..autotmp_4+56(SP), DX
	0x0044 00068 (map_iface_array_keys.go:16)	MOVQ	DX, main..autotmp_10+88(SP)
	0x0049 00073 (map_iface_array_keys.go:16)	MOVB	$1, main..autotmp_9+39(SP)
	0x004e 00078 (map_iface_array_keys.go:22)	MOVL	$8, AX
	0x0053 00083 (map_iface_array_keys.go:22)	LEAQ	type:[1]int(SB), BX
	0x005a 00090 (map_iface_array_keys.go:22)	MOVL	$1, CX
	0x005f 00095 (map_iface_array_keys.go:22)	PCDATA	$1, $1
	0x005f 00095 (map_iface_array_keys.go:22)	NOP
	0x0060 00096 (map_iface_array_keys.go:22)	CALL	runtime.mallocgcTinySC2(SB)
	0x0065 00101 (map_iface_array_keys.go:22)	MOVQ	$1, (AX)
	0x006c 00108 (map_iface_array_keys.go:22)	MOVL	$1, BX
	0x0071 00113 (map_iface_array_keys.go:22)	MOVL	BX, CX
	0x0073 00115 (map_iface_array_keys.go:22)	CALL	runtime.convTslice(SB)
	0x0078 00120 (map_iface_array_keys.go:22)	LEAQ	type:[]int(SB), DX
	0x007f 00127 (map_iface_array_keys.go:22)	MOVQ	DX, main..autotmp_2+72(SP)
	0x0084 00132 (map_iface_array_keys.go:22)	MOVQ	AX, main..autotmp_2+80(SP)
	0x0089 00137 (map_iface_array_keys.go:22)	LEAQ	type:map[interface {}]int(SB), AX
	0x0090 00144 (map_iface_array_keys.go:22)	MOVQ	main.m+112(SP), BX
	0x0095 00149 (map_iface_array_keys.go:22)	LEAQ	main..autotmp_2+72(SP), CX
	0x009a 00154 (map_iface_array_keys.go:22)	PCDATA	$1, $2
	0x009a 00154 (map_iface_array_keys.go:22)	CALL	runtime.mapassign(SB)
	0x009f 00159 (map_iface_array_keys.go:22)	MOVQ	$1, (AX)
	0x00a6 00166 (map_iface_array_keys.go:23)	LEAQ	go:string."no panic"(SB), DX
	0x00ad 00173 (map_iface_array_keys.go:23)	MOVQ	DX, main.msg+40(SP)
	0x00b2 00178 (map_iface_array_keys.go:23)	MOVQ	$8, main.msg+48(SP)
	0x00bb 00187 (map_iface_array_keys.go:23)	MOVB	$0, main..autotmp_9+39(SP)
	0x00c0 00192 (map_iface_array_keys.go:23)	MOVQ	main..autotmp_10+88(SP), DX
	0x00c5 00197 (map_iface_array_keys.go:23)	MOVQ	(DX), SI
	0x00c8 00200 (map_iface_array_keys.go:23)	CALL	SI
	0x00ca 00202 (map_iface_array_keys.go:23)	MOVQ	main.msg+40(SP), AX
	0x00cf 00207 (map_iface_array_keys.go:23)	MOVQ	main.msg+48(SP), BX
	0x00d4 00212 (map_iface_array_keys.go:23)	ADDQ	$96, SP
	0x00d8 00216 (map_iface_array_keys.go:23)	POPQ	BP
	0x00d9 00217 (map_iface_array_keys.go:23)	RET
	0x00da 00218 (map_iface_array_keys.go:23)	CALL	runtime.deferreturn(SB)
	0x00df 00223 (map_iface_array_keys.go:23)	MOVQ	main.msg+40(SP), AX
	0x00e4 00228 (map_iface_array_keys.go:23)	MOVQ	main.msg+48(SP), BX
	0x00e9 00233 (map_iface_array_keys.go:23)	ADDQ	$96, SP
	0x00ed 00237 (map_iface_array_keys.go:23)	POPQ	BP
	0x00ee 00238 (map_iface_array_keys.go:23)	RET
	0x00ef 00239 (map_iface_array_keys.go:23)	NOP
	0x00ef 00239 (map_iface_array_keys.go:15)	PCDATA	$1, $-1
	0x00ef 00239 (map_iface_array_keys.go:15)	PCDATA	$0, $-2
	0x00ef 00239 (map_iface_array_keys.go:15)	MOVQ	AX, 8(SP)
	0x00f4 00244 (map_iface_array_keys.go:15)	CALL	runtime.morestack_noctxt(SB)
	0x00f9 00249 (map_iface_array_keys.go:15)	PCDATA	$0, $-1
	0x00f9 00249 (map_iface_array_keys.go:15)	MOVQ	8(SP), AX
	0x00fe 00254 (map_iface_array_keys.go:15)	NOP
	0x0100 00256 (map_iface_array_keys.go:15)	JMP	0
	0x0000 49 3b 66 10 0f 86 e5 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 60 66 44 0f d6 7c 24 58 48 89 44 24 70 c6 44  .`fD..|$XH.D$p.D
	0x0020 24 27 00 44 0f 11 7c 24 28 48 8d 15 00 00 00 00  $'.D..|$(H......
	0x0030 48 89 54 24 38 48 8d 54 24 28 48 89 54 24 40 48  H.T$8H.T$(H.T$@H
	0x0040 8d 54 24 38 48 89 54 24 58 c6 44 24 27 01 b8 08  .T$8H.T$X.D$'...
	0x0050 00 00 00 48 8d 1d 00 00 00 00 b9 01 00 00 00 90  ...H............
	0x0060 e8 00 00 00 00 48 c7 00 01 00 00 00 bb 01 00 00  .....H..........
	0x0070 00 89 d9 e8 00 00 00 00 48 8d 15 00 00 00 00 48  ........H......H
	0x0080 89 54 24 48 48 89 44 24 50 48 8d 05 00 00 00 00  .T$HH.D$PH......
	0x0090 48 8b 5c 24 70 48 8d 4c 24 48 e8 00 00 00 00 48  H.\$pH.L$H.....H
	0x00a0 c7 00 01 00 00 00 48 8d 15 00 00 00 00 48 89 54  ......H......H.T
	0x00b0 24 28 48 c7 44 24 30 08 00 00 00 c6 44 24 27 00  $(H.D$0.....D$'.
	0x00c0 48 8b 54 24 58 48 8b 32 ff d6 48 8b 44 24 28 48  H.T$XH.2..H.D$(H
	0x00d0 8b 5c 24 30 48 83 c4 60 5d c3 e8 00 00 00 00 48  .\$0H..`]......H
	0x00e0 8b 44 24 28 48 8b 5c 24 30 48 83 c4 60 5d c3 48  .D$(H.\$0H..`].H
	0x00f0 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08 66 90  .D$......H.D$.f.
	0x0100 e9 fb fe ff ff                                   .....
	rel 3+0 t=R_USEIFACE type:[]int+0
	rel 44+4 t=R_PCREL main.hashUnhashable.func1+0
	rel 86+4 t=R_PCREL type:[1]int+0
	rel 97+4 t=R_CALL runtime.mallocgcTinySC2+0
	rel 116+4 t=R_CALL runtime.convTslice+0
	rel 123+4 t=R_PCREL type:[]int+0
	rel 140+4 t=R_PCREL type:map[interface {}]int+0
	rel 155+4 t=R_CALL runtime.mapassign+0
	rel 169+4 t=R_PCREL go:string."no panic"+0
	rel 200+0 t=R_CALLIND +0
	rel 219+4 t=R_CALL runtime.deferreturn+0
	rel 245+4 t=R_CALL runtime.morestack_noctxt+0
main.hashUnhashable.func1 STEXT size=190 align=0x0 args=0x0 locals=0x30 funcid=0x0
	0x0000 00000 (map_iface_array_keys.go:16)	TEXT	main.hashUnhashable.func1(SB), NEEDCTXT|ABIInternal, $48-0
	0x0000 00000 (map_iface_array_keys.go:16)	CMPQ	SP, 16(R14)
	0x0004 00004 (map_iface_array_keys.go:16)	PCDATA	$0, $-2
	0x0004 00004 (map_iface_array_keys.go:16)	JLS	180
	0x000a 00010 (map_iface_array_keys.go:16)	PCDATA	$0, $-1
	0x000a 00010 (map_iface_array_keys.go:16)	PUSHQ	BP
	0x000b 00011 (map_iface_array_keys.go:16)	MOVQ	SP, BP
	0x000e 00014 (map_iface_array_keys.go:16)	SUBQ	$40, SP
	0x0012 00018 (map_iface_array_keys.go:16)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (map_iface_array_keys.go:16)	FUNCDATA	$1, gclocals·sfOxBcdnNBiCaiOXpthwPg==(SB)
	0x0012 00018 (map_iface_array_keys.go:16)	MOVQ	8(DX), AX
	0x0016 00022 (map_iface_array_keys.go:16)	MOVQ	AX, main.&msg+32(SP)
	0x001b 00027 (map_iface_array_keys.go:17)	PCDATA	$1, $1
	0x001b 00027 (map_iface_array_keys.go:17)	NOP
	0x0020 00032 (map_iface_array_keys.go:17)	CALL	runtime.gorecover(SB)
	0x0025 00037 (map_iface_array_keys.go:18)	TESTQ	AX, AX
	0x0028 00040 (map_iface_array_keys.go:18)	JEQ	57
	0x002a 00042 (map_iface_array_keys.go:18)	MOVQ	main..typeAssert.0(SB), CX
	0x0031 00049 (map_iface_array_keys.go:18)	MOVQ	(CX), DX
	0x0034 00052 (map_iface_array_keys.go:18)	MOVL	16(AX), SI
	0x0037 00055 (map_iface_array_keys.go:18)	JMP	117
	0x0039 00057 (map_iface_array_keys.go:18)	TESTQ	AX, AX
	0x003c 00060 (map_iface_array_keys.go:18)	JEQ	111
	0x003e 00062 (map_iface_array_keys.go:19)	MOVQ	24(AX), CX
	0x0042 00066 (map_iface_array_keys.go:19)	MOVQ	BX, AX
	0x0045 00069 (map_iface_array_keys.go:19)	CALL	CX
	0x0047 00071 (map_iface_array_keys.go:19)	MOVQ	main.&msg+32(SP), CX
	0x004c 00076 (map_iface_array_keys.go:19)	MOVQ	BX, 8(CX)
	0x0050 00080 (map_iface_array_keys.go:19)	CMPL	runtime.writeBarrier(SB), $0
	0x0057 00087 (map_iface_array_keys.go:19)	PCDATA	$0, $-2
	0x0057 00087 (map_iface_array_keys.go:19)	JEQ	108
	0x0059 00089 (map_iface_array_keys.go:19)	MOVQ	(CX), DX
	0x005c 00092 (map_iface_array_keys.go:19)	NOP
	0x0060 00096 (map_iface_array_keys.go:19)	CALL	runtime.gcWriteBarrier2(SB)
	0x0065 00101 (map_iface_array_keys.go:19)	MOVQ	AX, (R11)
	0x0068 00104 (map_iface_array_keys.go:19)	MOVQ	DX, 8(R11)
	0x006c 00108 (map_iface_array_keys.go:19)	MOVQ	AX, (CX)
	0x006f 00111 (map_iface_array_keys.go:21)	PCDATA	$0, $-1
	0x006f 00111 (map_iface_array_keys.go:21)	ADDQ	$40, SP
	0x0073 00115 (map_iface_array_keys.go:21)	POPQ	BP
	0x0074 00116 (map_iface_array_keys.go:21)	RET
	0x0075 00117 (map_iface_array_keys.go:18)	MOVQ	SI, DI
	0x0078 00120 (map_iface_array_keys.go:18)	ANDQ	DX, SI
	0x007b 00123 (map_iface_array_keys.go:18)	SHLQ	$4, SI
	0x007f 00127 (map_iface_array_keys.go:18)	MOVQ	8(SI)(CX*1), R8
	0x0084 00132 (map_iface_array_keys.go:18)	CMPQ	AX, R8
	0x0087 00135 (map_iface_array_keys.go:18)	JEQ	173
	0x0089 00137 (map_iface_array_keys.go:18)	LEAQ	1(DI), SI
	0x008d 00141 (map_iface_array_keys.go:18)	TESTQ	R8, R8
	0x0090 00144 (map_iface_array_keys.go:18)	JNE	117
	0x0092 00146 (map_iface_array_keys.go:17)	MOVQ	BX, main.r.data+24(SP)
	0x0097 00151 (map_iface_array_keys.go:18)	MOVQ	AX, BX
	0x009a 00154 (map_iface_array_keys.go:18)	LEAQ	main..typeAssert.0(SB), AX
	0x00a1 00161 (map_iface_array_keys.go:18)	PCDATA	$1, $2
	0x00a1 00161 (map_iface_array_keys.go:18)	CALL	runtime.typeAssert(SB)
	0x00a6 00166 (map_iface_array_keys.go:19)	MOVQ	main.r.data+24(SP), BX
	0x00ab 00171 (map_iface_array_keys.go:18)	JMP	57
	0x00ad 00173 (map_iface_array_keys.go:18)	MOVQ	16(SI)(CX*1), AX
	0x00b2 00178 (map_iface_array_keys.go:18)	JMP	57
	0x00b4 00180 (map_iface_array_keys.go:18)	NOP
	0x00b4 00180 (map_iface_array_keys.go:16)	PCDATA	$1, $-1
	0x00b4 00180 (map_iface_array_keys.go:16)	PCDATA	$0, $-2
	0x00b4 00180 (map_iface_array_keys.go:16)	CALL	runtime.morestack(SB)
	0x00b9 00185 (map_iface_array_keys.go:16)	PCDATA	$0, $-1
	0x00b9 00185 (map_iface_array_keys.go:16)	JMP	0
	0x0000 49 3b 66 10 0f 86 aa 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 28 48 8b 42 08 48 89 44 24 20 0f 1f 44 00 00  .(H.B.H.D$ ..D..
	0x0020 e8 00 00 00 00 48 85 c0 74 0f 48 8b 0d 00 00 00  .....H..t.H.....
	0x0030 00 48 8b 11 8b 70 10 eb 3c 48 85 c0 74 31 48 8b  .H...p..<H..t1H.
	0x0040 48 18 48 89 d8 ff d1 48 8b 4c 24 20 48 89 59 08  H.H....H.L$ H.Y.
	0x0050 83 3d 00 00 00 00 00 74 13 48 8b 11 0f 1f 40 00  .=.....t.H....@.
	0x0060 e8 00 00 00 00 49 89 03 49 89 53 08 48 89 01 48  .....I..I.S.H..H
	0x0070 83 c4 28 5d c3 48 89 f7 48 21 d6 48 c1 e6 04 4c  ..(].H..H!.H...L
	0x0080 8b 44 0e 08 4c 39 c0 74 24 48 8d 77 01 4d 85 c0  .D..L9.t$H.w.M..
	0x0090 75 e3 48 89 5c 24 18 48 89 c3 48 8d 05 00 00 00  u.H.\$.H..H.....
	0x00a0 00 e8 00 00 00 00 48 8b 5c 24 18 eb 8c 48 8b 44  ......H.\$...H.D
	0x00b0 0e 10 eb 85 e8 00 00 00 00 e9 42 ff ff ff        ..........B...
	rel 3+0 t=R_USEIFACEMETHOD type:error+96
	rel 33+4 t=R_CALL runtime.gorecover+0
	rel 45+4 t=R_PCREL main..typeAssert.0+0
	rel 69+0 t=R_CALLIND +0
	rel 82+4 t=R_PCREL runtime.writeBarrier+-1
	rel 97+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 157+4 t=R_PCREL main..typeAssert.0+0
	rel 162+4 t=R_CALL runtime.typeAssert+0
	rel 181+4 t=R_CALL runtime.morestack+0
main.main STEXT size=3877 align=0x0 args=0x0 locals=0x660 funcid=0x0
	0x0000 00000 (map_iface_array_keys.go:26)	TEXT	main.main(SB), ABIInternal, $1632-0
	0x0000 00000 (map_iface_array_keys.go:26)	LEAQ	-1504(SP), R12
	0x0008 00008 (map_iface_array_keys.go:26)	CMPQ	R12, 16(R14)
	0x000c 00012 (map_iface_array_keys.go:26)	PCDATA	$0, $-2
	0x000c 00012 (map_iface_array_keys.go:26)	JLS	3864
	0x0012 00018 (map_iface_array_keys.go:26)	PCDATA	$0, $-1
	0x0012 00018 (map_iface_array_keys.go:26)	PUSHQ	BP
	0x0013 00019 (map_iface_array_keys.go:26)	MOVQ	SP, BP
	0x0016 00022 (map_iface_array_keys.go:26)	SUBQ	$1624, SP
	0x001d 00029 (map_iface_array_keys.go:26)	FUNCDATA	$0, gclocals·IbzqHxZgEOQo30g4cwTkXA==(SB)
	0x001d 00029 (map_iface_array_keys.go:26)	FUNCDATA	$1, gclocals·Z9Car8+brf7ktiDGOPvlLg==(SB)
	0x001d 00029 (map_iface_array_keys.go:26)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (map_iface_array_keys.go:27)	LEAQ	main..autotmp_38+1360(SP), AX
	0x0025 00037 (map_iface_array_keys.go:27)	MOVUPS	X15, (AX)
	0x0029 00041 (map_iface_array_keys.go:27)	MOVUPS	X15, 16(AX)
	0x002e 00046 (map_iface_array_keys.go:27)	MOVUPS	X15, 32(AX)
	0x0033 00051 (map_iface_array_keys.go:27)	LEAQ	main..autotmp_39+1160(SP), AX
	0x003b 00059 (map_iface_array_keys.go:27)	MOVL	$3, CX
	0x0040 00064 (map_iface_array_keys.go:27)	MOVUPS	X15, (AX)
	0x0044 00068 (map_iface_array_keys.go:27)	MOVUPS	X15, 16(AX)
	0x0049 00073 (map_iface_array_keys.go:27)	MOVUPS	X15, 32(AX)
	0x004e 00078 (map_iface_array_keys.go:27)	MOVUPS	X15, 48(AX)
	0x0053 00083 (map_iface_array_keys.go:27)	ADDQ	$64, AX
	0x0057 00087 (map_iface_array_keys.go:27)	DECL	CX
	0x0059 00089 (map_iface_array_keys.go:27)	JNE	64
	0x005b 00091 (map_iface_array_keys.go:27)	MOVUPS	X15, -8(AX)
	0x0060 00096 (map_iface_array_keys.go:27)	MOVQ	$-9187201950435737472, AX
	0x006a 00106 (map_iface_array_keys.go:27)	MOVQ	AX, main..autotmp_39+1160(SP)
	0x0072 00114 (map_iface_array_keys.go:27)	LEAQ	main..autotmp_39+1160(SP), AX
	0x007a 00122 (map_iface_array_keys.go:27)	MOVQ	AX, main..autotmp_38+1376(SP)
	0x0082 00130 (map_iface_array_keys.go:27)	PCDATA	$1, $1
	0x0082 00130 (map_iface_array_keys.go:27)	CALL	runtime.rand(SB)
	0x0087 00135 (map_iface_array_keys.go:27)	MOVQ	AX, main..autotmp_38+1368(SP)
	0x008f 00143 (map_iface_array_keys.go:28)	LEAQ	type:int(SB), AX
	0x0096 00150 (map_iface_array_keys.go:28)	MOVQ	AX, main..autotmp_22+1584(SP)
	0x009e 00158 (map_iface_array_keys.go:28)	LEAQ	main..stmp_0(SB), AX
	0x00a5 00165 (map_iface_array_keys.go:28)	MOVQ	AX, main..autotmp_22+1592(SP)
	0x00ad 00173 (map_iface_array_keys.go:28)	LEAQ	type:map[interface {}]int(SB), AX
	0x00b4 00180 (map_iface_array_keys.go:28)	LEAQ	main..autotmp_38+1360(SP), BX
	0x00bc 00188 (map_iface_array_keys.go:28)	LEAQ	main..autotmp_22+1584(SP), CX
	0x00c4 00196 (map_iface_array_keys.go:28)	CALL	runtime.mapassign(SB)
	0x00c9 00201 (map_iface_array_keys.go:28)	MOVQ	$10, (AX)
	0x00d0 00208 (map_iface_array_keys.go:29)	LEAQ	type:string(SB), AX
	0x00d7 00215 (map_iface_array_keys.go:29)	MOVQ	AX, main..autotmp_22+1584(SP)
	0x00df 00223 (map_iface_array_keys.go:29)	LEAQ	main..stmp_1(SB), AX
	0x00e6 00230 (map_iface_array_keys.go:29)	MOVQ	AX, main..autotmp_22+1592(SP)
	0x00ee 00238 (map_iface_array_keys.go:29)	LEAQ	type:map[interface {}]int(SB), AX
	0x00f5 00245 (map_iface_array_keys.go:29)	LEAQ	main..autotmp_38+1360(SP), BX
	0x00fd 00253 (map_iface_array_keys.go:29)	LEAQ	main..autotmp_22+1584(SP), CX
	0x0105 00261 (map_iface_array_keys.go:29)	CALL	runtime.mapassign(SB)
	0x010a 00266 (map_iface_array_keys.go:29)	MOVQ	$20, (AX)
	0x0111 00273 (map_iface_array_keys.go:30)	LEAQ	type:int8(SB), AX
	0x0118 00280 (map_iface_array_keys.go:30)	MOVQ	AX, main..autotmp_22+1584(SP)
	0x0120 00288 (map_iface_array_keys.go:30)	LEAQ	runtime.staticuint64s+8(SB), AX
	0x0127 00295 (map_iface_array_keys.go:30)	MOVQ	AX, main..autotmp_22+1592(SP)
	0x012f 00303 (map_iface_array_keys.go:30)	LEAQ	type:map[interface {}]int(SB), AX
	0x0136 00310 (map_iface_array_keys.go:30)	LEAQ	main..autotmp_38+1360(SP), BX
	0x013e 00318 (map_iface_array_keys.go:30)	LEAQ	main..autotmp_22+1584(SP), CX
	0x0146 00326 (map_iface_array_keys.go:30)	CALL	runtime.mapassign(SB)
	0x014b 00331 (map_iface_array_keys.go:30)	MOVQ	$30, (AX)
	0x0152 00338 (map_iface_array_keys.go:31)	LEAQ	type:main.point(SB), AX
	0x0159 00345 (map_iface_array_keys.go:31)	MOVQ	AX, main..autotmp_22+1584(SP)
	0x0161 00353 (map_iface_array_keys.go:31)	LEAQ	main..stmp_3(SB), AX
	0x0168 00360 (map_iface_array_keys.go:31)	MOVQ	AX, main..autotmp_22+1592(SP)
	0x0170 00368 (map_iface_array_keys.go:31)	LEAQ	type:map[interface {}]int(SB), AX
	0x0177 00375 (map_iface_array_keys.go:31)	LEAQ	main..autotmp_38+1360(SP), BX
	0x017f 00383 (map_iface_array_keys.go:31)	LEAQ	main..autotmp_22+1584(SP), CX
	0x0187 00391 (map_iface_array_keys.go:31)	CALL	runtime.mapassign(SB)
	0x018c 00396 (map_iface_array_keys.go:31)	MOVQ	$40, (AX)
	0x0193 00403 (map_iface_array_keys.go:32)	LEAQ	type:[2]string(SB), AX
	0x019a 00410 (map_iface_array_keys.go:32)	MOVQ	AX, main..autotmp_22+1584(SP)
	0x01a2 00418 (map_iface_array_keys.go:32)	LEAQ	main..stmp_4(SB), AX
	0x01a9 00425 (map_iface_array_keys.go:32)	MOVQ	AX, main..autotmp_22+1592(SP)
	0x01b1 00433 (map_iface_array_keys.go:32)	LEAQ	type:map[interface {}]int(SB), AX
	0x01b8 00440 (map_iface_array_keys.go:32)	LEAQ	main..autotmp_38+1360(SP), BX
	0x01c0 00448 (map_iface_array_keys.go:32)	LEAQ	main..autotmp_22+1584(SP), CX
	0x01c8 00456 (map_iface_array_keys.go:32)	CALL	runtime.mapassign(SB)
	0x01cd 00461 (map_iface_array_keys.go:32)	MOVQ	$50, (AX)
	0x01d4 00468 (map_iface_array_keys.go:33)	LEAQ	type:map[interface {}]int(SB), AX
	0x01db 00475 (map_iface_array_keys.go:33)	LEAQ	main..autotmp_38+1360(SP), BX
	0x01e3 00483 (map_iface_array_keys.go:33)	LEAQ	main..stmp_5(SB), CX
	0x01ea 00490 (map_iface_array_keys.go:33)	CALL	runtime.mapassign(SB)
	0x01ef 00495 (map_iface_array_keys.go:33)	MOVQ	$60, (AX)
	0x01f6 00502 (map_iface_array_keys.go:34)	LEAQ	type:float64(SB), AX
	0x01fd 00509 (map_iface_array_keys.go:34)	MOVQ	AX, main..autotmp_22+1584(SP)
	0x0205 00517 (map_iface_array_keys.go:34)	LEAQ	main..stmp_6(SB), AX
	0x020c 00524 (map_iface_array_keys.go:34)	MOVQ	AX, main..autotmp_22+1592(SP)
	0x0214 00532 (map_iface_array_keys.go:34)	LEAQ	type:map[interface {}]int(SB), AX
	0x021b 00539 (map_iface_array_keys.go:34)	LEAQ	main..autotmp_38+1360(SP), BX
	0x0223 00547 (map_iface_array_keys.go:34)	LEAQ	main..autotmp_22+1584(SP), CX
	0x022b 00555 (map_iface_array_keys.go:34)	CALL	runtime.mapassign(SB)
	0x0230 00560 (map_iface_array_keys.go:34)	MOVQ	$70, (AX)
	0x0237 00567 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_38+1360(SP), AX
	0x023f 00575 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_124+504(SP)
	0x0247 00583 (map_iface_array_keys.go:35)	LEAQ	type:int(SB), AX
	0x024e 00590 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_22+1584(SP)
	0x0256 00598 (map_iface_array_keys.go:35)	LEAQ	main..stmp_7(SB), AX
	0x025d 00605 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_22+1592(SP)
	0x0265 00613 (map_iface_array_keys.go:35)	LEAQ	type:string(SB), AX
	0x026c 00620 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_24+1568(SP)
	0x0274 00628 (map_iface_array_keys.go:35)	LEAQ	main..stmp_8(SB), AX
	0x027b 00635 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_24+1576(SP)
	0x0283 00643 (map_iface_array_keys.go:35)	LEAQ	type:int8(SB), AX
	0x028a 00650 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_25+1552(SP)
	0x0292 00658 (map_iface_array_keys.go:35)	LEAQ	runtime.staticuint64s+8(SB), AX
	0x0299 00665 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_25+1560(SP)
	0x02a1 00673 (map_iface_array_keys.go:35)	LEAQ	type:main.point(SB), AX
	0x02a8 00680 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_26+1536(SP)
	0x02b0 00688 (map_iface_array_keys.go:35)	LEAQ	main..stmp_10(SB), AX
	0x02b7 00695 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_26+1544(SP)
	0x02bf 00703 (map_iface_array_keys.go:35)	LEAQ	type:[2]string(SB), AX
	0x02c6 00710 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_27+1520(SP)
	0x02ce 00718 (map_iface_array_keys.go:35)	LEAQ	main..stmp_11(SB), AX
	0x02d5 00725 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_27+1528(SP)
	0x02dd 00733 (map_iface_array_keys.go:35)	LEAQ	type:float64(SB), AX
	0x02e4 00740 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_28+1504(SP)
	0x02ec 00748 (map_iface_array_keys.go:35)	LEAQ	main..stmp_13(SB), AX
	0x02f3 00755 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_28+1512(SP)
	0x02fb 00763 (map_iface_array_keys.go:35)	LEAQ	type:map[interface {}]int(SB), AX
	0x0302 00770 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_38+1360(SP), BX
	0x030a 00778 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_22+1584(SP), CX
	0x0312 00786 (map_iface_array_keys.go:35)	PCDATA	$1, $2
	0x0312 00786 (map_iface_array_keys.go:35)	CALL	runtime.mapaccess1(SB)
	0x0317 00791 (map_iface_array_keys.go:35)	MOVQ	(AX), AX
	0x031a 00794 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_125+496(SP)
	0x0322 00802 (map_iface_array_keys.go:35)	LEAQ	type:map[interface {}]int(SB), AX
	0x0329 00809 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_38+1360(SP), BX
	0x0331 00817 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_24+1568(SP), CX
	0x0339 00825 (map_iface_array_keys.go:35)	PCDATA	$1, $3
	0x0339 00825 (map_iface_array_keys.go:35)	CALL	runtime.mapaccess1(SB)
	0x033e 00830 (map_iface_array_keys.go:35)	MOVQ	(AX), AX
	0x0341 00833 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_126+488(SP)
	0x0349 00841 (map_iface_array_keys.go:35)	LEAQ	type:map[interface {}]int(SB), AX
	0x0350 00848 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_38+1360(SP), BX
	0x0358 00856 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_25+1552(SP), CX
	0x0360 00864 (map_iface_array_keys.go:35)	PCDATA	$1, $4
	0x0360 00864 (map_iface_array_keys.go:35)	CALL	runtime.mapaccess1(SB)
	0x0365 00869 (map_iface_array_keys.go:35)	MOVQ	(AX), AX
	0x0368 00872 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_127+480(SP)
	0x0370 00880 (map_iface_array_keys.go:35)	LEAQ	type:map[interface {}]int(SB), AX
	0x0377 00887 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_38+1360(SP), BX
	0x037f 00895 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_26+1536(SP), CX
	0x0387 00903 (map_iface_array_keys.go:35)	PCDATA	$1, $5
	0x0387 00903 (map_iface_array_keys.go:35)	CALL	runtime.mapaccess1(SB)
	0x038c 00908 (map_iface_array_keys.go:35)	MOVQ	(AX), AX
	0x038f 00911 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_128+472(SP)
	0x0397 00919 (map_iface_array_keys.go:35)	LEAQ	type:map[interface {}]int(SB), AX
	0x039e 00926 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_38+1360(SP), BX
	0x03a6 00934 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_27+1520(SP), CX
	0x03ae 00942 (map_iface_array_keys.go:35)	PCDATA	$1, $6
	0x03ae 00942 (map_iface_array_keys.go:35)	CALL	runtime.mapaccess1(SB)
	0x03b3 00947 (map_iface_array_keys.go:35)	MOVQ	(AX), AX
	0x03b6 00950 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_129+464(SP)
	0x03be 00958 (map_iface_array_keys.go:35)	LEAQ	type:map[interface {}]int(SB), AX
	0x03c5 00965 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_38+1360(SP), BX
	0x03cd 00973 (map_iface_array_keys.go:35)	LEAQ	main..stmp_12(SB), CX
	0x03d4 00980 (map_iface_array_keys.go:35)	CALL	runtime.mapaccess1(SB)
	0x03d9 00985 (map_iface_array_keys.go:35)	MOVQ	(AX), AX
	0x03dc 00988 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_130+456(SP)
	0x03e4 00996 (map_iface_array_keys.go:35)	LEAQ	type:map[interface {}]int(SB), AX
	0x03eb 01003 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_38+1360(SP), BX
	0x03f3 01011 (map_iface_array_keys.go:35)	LEAQ	main..autotmp_28+1504(SP), CX
	0x03fb 01019 (map_iface_array_keys.go:35)	PCDATA	$1, $1
	0x03fb 01019 (map_iface_array_keys.go:35)	NOP
	0x0400 01024 (map_iface_array_keys.go:35)	CALL	runtime.mapaccess1(SB)
	0x0405 01029 (map_iface_array_keys.go:35)	MOVQ	(AX), AX
	0x0408 01032 (map_iface_array_keys.go:35)	MOVQ	AX, main..autotmp_131+448(SP)
	0x0410 01040 (map_iface_array_keys.go:35)	CALL	runtime.printlock(SB)
	0x0415 01045 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_124+504(SP), AX
	0x041d 01053 (map_iface_array_keys.go:35)	NOP
	0x0420 01056 (map_iface_array_keys.go:35)	CALL	runtime.printint(SB)
	0x0425 01061 (map_iface_array_keys.go:35)	CALL	runtime.printsp(SB)
	0x042a 01066 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_125+496(SP), AX
	0x0432 01074 (map_iface_array_keys.go:35)	CALL	runtime.printint(SB)
	0x0437 01079 (map_iface_array_keys.go:35)	CALL	runtime.printsp(SB)
	0x043c 01084 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_126+488(SP), AX
	0x0444 01092 (map_iface_array_keys.go:35)	CALL	runtime.printint(SB)
	0x0449 01097 (map_iface_array_keys.go:35)	CALL	runtime.printsp(SB)
	0x044e 01102 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_127+480(SP), AX
	0x0456 01110 (map_iface_array_keys.go:35)	CALL	runtime.printint(SB)
	0x045b 01115 (map_iface_array_keys.go:35)	NOP
	0x0460 01120 (map_iface_array_keys.go:35)	CALL	runtime.printsp(SB)
	0x0465 01125 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_128+472(SP), AX
	0x046d 01133 (map_iface_array_keys.go:35)	CALL	runtime.printint(SB)
	0x0472 01138 (map_iface_array_keys.go:35)	CALL	runtime.printsp(SB)
	0x0477 01143 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_129+464(SP), AX
	0x047f 01151 (map_iface_array_keys.go:35)	NOP
	0x0480 01152 (map_iface_array_keys.go:35)	CALL	runtime.printint(SB)
	0x0485 01157 (map_iface_array_keys.go:35)	CALL	runtime.printsp(SB)
	0x048a 01162 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_130+456(SP), AX
	0x0492 01170 (map_iface_array_keys.go:35)	CALL	runtime.printint(SB)
	0x0497 01175 (map_iface_array_keys.go:35)	CALL	runtime.printsp(SB)
	0x049c 01180 (map_iface_array_keys.go:35)	MOVQ	main..autotmp_131+448(SP), AX
	0x04a4 01188 (map_iface_array_keys.go:35)	CALL	runtime.printint(SB)
	0x04a9 01193 (map_iface_array_keys.go:35)	CALL	runtime.printnl(SB)
	0x04ae 01198 (map_iface_array_keys.go:35)	CALL	runtime.printunlock(SB)
	0x04b3 01203 (map_iface_array_keys.go:36)	LEAQ	type:int16(SB), AX
	0x04ba 01210 (map_iface_array_keys.go:36)	MOVQ	AX, main..autotmp_28+1504(SP)
	0x04c2 01218 (map_iface_array_keys.go:36)	LEAQ	main..stmp_14(SB), AX
	0x04c9 01225 (map_iface_array_keys.go:36)	MOVQ	AX, main..autotmp_28+1512(SP)
	0x04d1 01233 (map_iface_array_keys.go:36)	LEAQ	type:map[interface {}]int(SB), AX
	0x04d8 01240 (map_iface_array_keys.go:36)	LEAQ	main..autotmp_38+1360(SP), BX
	0x04e0 01248 (map_iface_array_keys.go:36)	LEAQ	main..autotmp_28+1504(SP), CX
	0x04e8 01256 (map_iface_array_keys.go:36)	CALL	runtime.mapaccess2(SB)
	0x04ed 01261 (map_iface_array_keys.go:36)	MOVB	BL, main.ok+69(SP)
	0x04f1 01265 (map_iface_array_keys.go:37)	CALL	runtime.printlock(SB)
	0x04f6 01270 (map_iface_array_keys.go:37)	LEAQ	go:string."int16(1) present: "(SB), AX
	0x04fd 01277 (map_iface_array_keys.go:37)	MOVL	$18, BX
	0x0502 01282 (map_iface_array_keys.go:37)	CALL	runtime.printstring(SB)
	0x0507 01287 (map_iface_array_keys.go:37)	MOVBLZX	main.ok+69(SP), AX
	0x050c 01292 (map_iface_array_keys.go:37)	CALL	runtime.printbool(SB)
	0x0511 01297 (map_iface_array_keys.go:37)	CALL	runtime.printnl(SB)
	0x0516 01302 (map_iface_array_keys.go:37)	CALL	runtime.printunlock(SB)
	0x051b 01307 (map_iface_array_keys.go:38)	LEAQ	type:string(SB), AX
	0x0522 01314 (map_iface_array_keys.go:38)	MOVQ	AX, main..autotmp_28+1504(SP)
	0x052a 01322 (map_iface_array_keys.go:38)	LEAQ	main..stmp_15(SB), AX
	0x0531 01329 (map_iface_array_keys.go:38)	MOVQ	AX, main..autotmp_28+1512(SP)
	0x0539 01337 (map_iface_array_keys.go:38)	LEAQ	type:map[interface {}]int(SB), AX
	0x0540 01344 (map_iface_array_keys.go:38)	LEAQ	main..autotmp_38+1360(SP), BX
	0x0548 01352 (map_iface_array_keys.go:38)	LEAQ	main..autotmp_28+1504(SP), CX
	0x0550 01360 (map_iface_array_keys.go:38)	CALL	runtime.mapdelete(SB)
	0x0555 01365 (map_iface_array_keys.go:39)	MOVQ	main..autotmp_38+1360(SP), AX
	0x055d 01373 (map_iface_array_keys.go:39)	MOVQ	AX, main..autotmp_124+504(SP)
	0x0565 01381 (map_iface_array_keys.go:39)	LEAQ	type:string(SB), AX
	0x056c 01388 (map_iface_array_keys.go:39)	MOVQ	AX, main..autotmp_28+1504(SP)
	0x0574 01396 (map_iface_array_keys.go:39)	LEAQ	main..stmp_16(SB), AX
	0x057b 01403 (map_iface_array_keys.go:39)	MOVQ	AX, main..autotmp_28+1512(SP)
	0x0583 01411 (map_iface_array_keys.go:39)	LEAQ	type:map[interface {}]int(SB), AX
	0x058a 01418 (map_iface_array_keys.go:39)	LEAQ	main..autotmp_38+1360(SP), BX
	0x0592 01426 (map_iface_array_keys.go:39)	LEAQ	main..autotmp_28+1504(SP), CX
	0x059a 01434 (map_iface_array_keys.go:39)	CALL	runtime.mapaccess1(SB)
	0x059f 01439 (map_iface_array_keys.go:39)	MOVQ	(AX), AX
	0x05a2 01442 (map_iface_array_keys.go:39)	MOVQ	AX, main..autotmp_125+496(SP)
	0x05aa 01450 (map_iface_array_keys.go:39)	CALL	runtime.printlock(SB)
	0x05af 01455 (map_iface_array_keys.go:39)	MOVQ	main..autotmp_124+504(SP), AX
	0x05b7 01463 (map_iface_array_keys.go:39)	CALL	runtime.printint(SB)
	0x05bc 01468 (map_iface_array_keys.go:39)	NOP
	0x05c0 01472 (map_iface_array_keys.go:39)	CALL	runtime.printsp(SB)
	0x05c5 01477 (map_iface_array_keys.go:39)	MOVQ	main..autotmp_125+496(SP), AX
	0x05cd 01485 (map_iface_array_keys.go:39)	CALL	runtime.printint(SB)
	0x05d2 01490 (map_iface_array_keys.go:39)	CALL	runtime.printnl(SB)
	0x05d7 01495 (map_iface_array_keys.go:39)	CALL	runtime.printunlock(SB)
	0x05dc 01500 (map_iface_array_keys.go:41)	LEAQ	main..autotmp_61+1112(SP), AX
	0x05e4 01508 (map_iface_array_keys.go:41)	MOVUPS	X15, (AX)
	0x05e8 01512 (map_iface_array_keys.go:41)	MOVUPS	X15, 16(AX)
	0x05ed 01517 (map_iface_array_keys.go:41)	MOVUPS	X15, 32(AX)
	0x05f2 01522 (map_iface_array_keys.go:41)	LEAQ	main..autotmp_62+848(SP), AX
	0x05fa 01530 (map_iface_array_keys.go:41)	MOVL	$4, CX
	0x05ff 01535 (map_iface_array_keys.go:41)	MOVUPS	X15, (AX)
	0x0603 01539 (map_iface_array_keys.go:41)	MOVUPS	X15, 16(AX)
	0x0608 01544 (map_iface_array_keys.go:41)	MOVUPS	X15, 32(AX)
	0x060d 01549 (map_iface_array_keys.go:41)	MOVUPS	X15, 48(AX)
	0x0612 01554 (map_iface_array_keys.go:41)	ADDQ	$64, AX
	0x0616 01558 (map_iface_array_keys.go:41)	DECL	CX
	0x0618 01560 (map_iface_array_keys.go:41)	JNE	1535
	0x061a 01562 (map_iface_array_keys.go:41)	MOVUPS	X15, -8(AX)
	0x061f 01567 (map_iface_array_keys.go:41)	MOVQ	$-9187201950435737472, AX
	0x0629 01577 (map_iface_array_keys.go:41)	MOVQ	AX, main..autotmp_62+848(SP)
	0x0631 01585 (map_iface_array_keys.go:41)	LEAQ	main..autotmp_62+848(SP), AX
	0x0639 01593 (map_iface_array_keys.go:41)	MOVQ	AX, main..autotmp_61+1128(SP)
	0x0641 01601 (map_iface_array_keys.go:41)	PCDATA	$1, $7
	0x0641 01601 (map_iface_array_keys.go:41)	CALL	runtime.rand(SB)
	0x0646 01606 (map_iface_array_keys.go:41)	MOVQ	AX, main..autotmp_61+1120(SP)
	0x064e 01614 (map_iface_array_keys.go:42)	XORL	AX, AX
	0x0650 01616 (map_iface_array_keys.go:42)	JMP	1621
	0x0652 01618 (map_iface_array_keys.go:42)	INCQ	AX
	0x0655 01621 (map_iface_array_keys.go:42)	CMPQ	AX, $3
	0x0659 01625 (map_iface_array_keys.go:42)	JGE	1839
	0x065f 01631 (map_iface_array_keys.go:42)	MOVQ	AX, main.i+144(SP)
	0x0667 01639 (map_iface_array_keys.go:44)	LEAQ	(AX)(AX*2), DX
	0x066b 01643 (map_iface_array_keys.go:44)	MOVQ	DX, main..autotmp_125+496(SP)
	0x0673 01651 (map_iface_array_keys.go:44)	XORL	CX, CX
	0x0675 01653 (map_iface_array_keys.go:43)	JMP	1685
	0x0677 01655 (map_iface_array_keys.go:44)	PCDATA	$0, $-2
	0x0677 01655 (map_iface_array_keys.go:44)	MOVQ	SI, (AX)
	0x067a 01658 (map_iface_array_keys.go:43)	PCDATA	$0, $-1
	0x067a 01658 (map_iface_array_keys.go:43)	MOVQ	main.j+136(SP), CX
	0x0682 01666 (map_iface_array_keys.go:43)	INCQ	CX
	0x0685 01669 (map_iface_array_keys.go:44)	MOVQ	main.i+144(SP), AX
	0x068d 01677 (map_iface_array_keys.go:44)	MOVQ	main..autotmp_125+496(SP), DX
	0x0695 01685 (map_iface_array_keys.go:43)	CMPQ	CX, $3
	0x0699 01689 (map_iface_array_keys.go:43)	JGE	1618
	0x069b 01691 (map_iface_array_keys.go:43)	MOVQ	CX, main.j+136(SP)
	0x06a3 01699 (map_iface_array_keys.go:44)	MOVQ	AX, main..autotmp_30+432(SP)
	0x06ab 01707 (map_iface_array_keys.go:44)	MOVQ	CX, main..autotmp_30+440(SP)
	0x06b3 01715 (map_iface_array_keys.go:44)	LEAQ	(CX)(DX*1), CX
	0x06b7 01719 (map_iface_array_keys.go:44)	LEAQ	97(CX), CX
	0x06bb 01723 (map_iface_array_keys.go:44)	MOVLQSX	CX, BX
	0x06be 01726 (map_iface_array_keys.go:44)	XORL	AX, AX
	0x06c0 01728 (map_iface_array_keys.go:44)	CALL	runtime.intstring(SB)
	0x06c5 01733 (map_iface_array_keys.go:44)	MOVQ	BX, main..autotmp_126+488(SP)
	0x06cd 01741 (map_iface_array_keys.go:44)	MOVQ	AX, main..autotmp_132+1616(SP)
	0x06d5 01749 (map_iface_array_keys.go:44)	LEAQ	type:map[[2]int]string(SB), AX
	0x06dc 01756 (map_iface_array_keys.go:44)	LEAQ	main..autotmp_61+1112(SP), BX
	0x06e4 01764 (map_iface_array_keys.go:44)	LEAQ	main..autotmp_30+432(SP), CX
	0x06ec 01772 (map_iface_array_keys.go:44)	PCDATA	$1, $8
	0x06ec 01772 (map_iface_array_keys.go:44)	CALL	runtime.mapassign(SB)
	0x06f1 01777 (map_iface_array_keys.go:44)	MOVQ	main..autotmp_126+488(SP), CX
	0x06f9 01785 (map_iface_array_keys.go:44)	MOVQ	CX, 8(AX)
	0x06fd 01789 (map_iface_array_keys.go:44)	CMPL	runtime.writeBarrier(SB), $0
	0x0704 01796 (map_iface_array_keys.go:44)	PCDATA	$0, $-2
	0x0704 01796 (map_iface_array_keys.go:44)	JNE	1811
	0x0706 01798 (map_iface_array_keys.go:44)	MOVQ	main..autotmp_132+1616(SP), SI
	0x070e 01806 (map_iface_array_keys.go:44)	JMP	1655
	0x0713 01811 (map_iface_array_keys.go:44)	MOVQ	(AX), DX
	0x0716 01814 (map_iface_array_keys.go:44)	CALL	runtime.gcWriteBarrier2(SB)
	0x071b 01819 (map_iface_array_keys.go:44)	MOVQ	main..autotmp_132+1616(SP), SI
	0x0723 01827 (map_iface_array_keys.go:44)	MOVQ	SI, (R11)
	0x0726 01830 (map_iface_array_keys.go:44)	MOVQ	DX, 8(R11)
	0x072a 01834 (map_iface_array_keys.go:44)	JMP	1655
	0x072f 01839 (map_iface_array_keys.go:47)	PCDATA	$0, $-1
	0x072f 01839 (map_iface_array_keys.go:47)	MOVQ	main..autotmp_61+1112(SP), DX
	0x0737 01847 (map_iface_array_keys.go:47)	MOVQ	DX, main..autotmp_124+504(SP)
	0x073f 01855 (map_iface_array_keys.go:47)	LEAQ	type:map[[2]int]string(SB), AX
	0x0746 01862 (map_iface_array_keys.go:47)	LEAQ	main..autotmp_61+1112(SP), BX
	0x074e 01870 (map_iface_array_keys.go:47)	LEAQ	main..stmp_17(SB), CX
	0x0755 01877 (map_iface_array_keys.go:47)	PCDATA	$1, $7
	0x0755 01877 (map_iface_array_keys.go:47)	CALL	runtime.mapaccess1(SB)
	0x075a 01882 (map_iface_array_keys.go:47)	MOVQ	(AX), DX
	0x075d 01885 (map_iface_array_keys.go:47)	MOVQ	DX, main..autotmp_132+1616(SP)
	0x0765 01893 (map_iface_array_keys.go:47)	MOVQ	8(AX), DX
	0x0769 01897 (map_iface_array_keys.go:47)	MOVQ	DX, main..autotmp_125+496(SP)
	0x0771 01905 (map_iface_array_keys.go:47)	LEAQ	type:map[[2]int]string(SB), AX
	0x0778 01912 (map_iface_array_keys.go:47)	LEAQ	main..autotmp_61+1112(SP), BX
	0x0780 01920 (map_iface_array_keys.go:47)	LEAQ	main..stmp_18(SB), CX
	0x0787 01927 (map_iface_array_keys.go:47)	PCDATA	$1, $9
	0x0787 01927 (map_iface_array_keys.go:47)	CALL	runtime.mapaccess1(SB)
	0x078c 01932 (map_iface_array_keys.go:47)	MOVQ	(AX), DX
	0x078f 01935 (map_iface_array_keys.go:47)	MOVQ	DX, main..autotmp_133+1608(SP)
	0x0797 01943 (map_iface_array_keys.go:47)	MOVQ	8(AX), DX
	0x079b 01947 (map_iface_array_keys.go:47)	MOVQ	DX, main..autotmp_126+488(SP)
	0x07a3 01955 (map_iface_array_keys.go:47)	PCDATA	$1, $10
	0x07a3 01955 (map_iface_array_keys.go:47)	CALL	runtime.printlock(SB)
	0x07a8 01960 (map_iface_array_keys.go:47)	MOVQ	main..autotmp_124+504(SP), AX
	0x07b0 01968 (map_iface_array_keys.go:47)	CALL	runtime.printint(SB)
	0x07b5 01973 (map_iface_array_keys.go:47)	CALL	runtime.printsp(SB)
	0x07ba 01978 (map_iface_array_keys.go:47)	MOVQ	main..autotmp_132+1616(SP), AX
	0x07c2 01986 (map_iface_array_keys.go:47)	MOVQ	main..autotmp_125+496(SP), BX
	0x07ca 01994 (map_iface_array_keys.go:47)	PCDATA	$1, $11
	0x07ca 01994 (map_iface_array_keys.go:47)	CALL	runtime.printstring(SB)
	0x07cf 01999 (map_iface_array_keys.go:47)	CALL	runtime.printsp(SB)
	0x07d4 02004 (map_iface_array_keys.go:47)	MOVQ	main..autotmp_133+1608(SP), AX
	0x07dc 02012 (map_iface_array_keys.go:47)	MOVQ	main..autotmp_126+488(SP), BX
	0x07e4 02020 (map_iface_array_keys.go:47)	PCDATA	$1, $1
	0x07e4 02020 (map_iface_array_keys.go:47)	CALL	runtime.printstring(SB)
	0x07e9 02025 (map_iface_array_keys.go:47)	CALL	runtime.printnl(SB)
	0x07ee 02030 (map_iface_array_keys.go:47)	CALL	runtime.printunlock(SB)
	0x07f3 02035 (map_iface_array_keys.go:49)	MOVL	$16, AX
	0x07f8 02040 (map_iface_array_keys.go:49)	LEAQ	type:main.point(SB), BX
	0x07ff 02047 (map_iface_array_keys.go:49)	MOVL	$1, CX
	0x0804 02052 (map_iface_array_keys.go:49)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x0809 02057 (map_iface_array_keys.go:49)	MOVQ	AX, main.a+560(SP)
	0x0811 02065 (map_iface_array_keys.go:49)	MOVQ	$1, (AX)
	0x0818 02072 (map_iface_array_keys.go:49)	MOVQ	$1, 8(AX)
	0x0820 02080 (map_iface_array_keys.go:49)	MOVL	$16, AX
	0x0825 02085 (map_iface_array_keys.go:49)	LEAQ	type:main.point(SB), BX
	0x082c 02092 (map_iface_array_keys.go:49)	MOVL	$1, CX
	0x0831 02097 (map_iface_array_keys.go:49)	PCDATA	$1, $12
	0x0831 02097 (map_iface_array_keys.go:49)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x0836 02102 (map_iface_array_keys.go:49)	MOVQ	AX, main.b+552(SP)
	0x083e 02110 (map_iface_array_keys.go:49)	MOVQ	$1, (AX)
	0x0845 02117 (map_iface_array_keys.go:49)	MOVQ	$1, 8(AX)
	0x084d 02125 (map_iface_array_keys.go:50)	LEAQ	main..autotmp_73+800(SP), DX
	0x0855 02133 (map_iface_array_keys.go:50)	MOVUPS	X15, (DX)
	0x0859 02137 (map_iface_array_keys.go:50)	MOVUPS	X15, 16(DX)
	0x085e 02142 (map_iface_array_keys.go:50)	MOVUPS	X15, 32(DX)
	0x0863 02147 (map_iface_array_keys.go:50)	LEAQ	main..autotmp_74+664(SP), DX
	0x086b 02155 (map_iface_array_keys.go:50)	MOVUPS	X15, (DX)
	0x086f 02159 (map_iface_array_keys.go:50)	MOVUPS	X15, 16(DX)
	0x0874 02164 (map_iface_array_keys.go:50)	MOVUPS	X15, 32(DX)
	0x0879 02169 (map_iface_array_keys.go:50)	MOVUPS	X15, 48(DX)
	0x087e 02174 (map_iface_array_keys.go:50)	MOVUPS	X15, 64(DX)
	0x0883 02179 (map_iface_array_keys.go:50)	MOVUPS	X15, 80(DX)
	0x0888 02184 (map_iface_array_keys.go:50)	MOVUPS	X15, 96(DX)
	0x088d 02189 (map_iface_array_keys.go:50)	MOVUPS	X15, 112(DX)
	0x0892 02194 (map_iface_array_keys.go:50)	MOVUPS	X15, 120(DX)
	0x0897 02199 (map_iface_array_keys.go:50)	MOVQ	$-9187201950435737472, SI
	0x08a1 02209 (map_iface_array_keys.go:50)	MOVQ	SI, main..autotmp_74+664(SP)
	0x08a9 02217 (map_iface_array_keys.go:50)	MOVQ	DX, main..autotmp_73+816(SP)
	0x08b1 02225 (map_iface_array_keys.go:50)	PCDATA	$1, $13
	0x08b1 02225 (map_iface_array_keys.go:50)	CALL	runtime.rand(SB)
	0x08b6 02230 (map_iface_array_keys.go:50)	MOVQ	AX, main..autotmp_73+808(SP)
	0x08be 02238 (map_iface_array_keys.go:50)	LEAQ	type:map[*main.point]int(SB), AX
	0x08c5 02245 (map_iface_array_keys.go:50)	LEAQ	main..autotmp_73+800(SP), BX
	0x08cd 02253 (map_iface_array_keys.go:50)	MOVQ	main.a+560(SP), CX
	0x08d5 02261 (map_iface_array_keys.go:50)	CALL	runtime.mapassign_fast64ptr(SB)
	0x08da 02266 (map_iface_array_keys.go:50)	MOVQ	$1, (AX)
	0x08e1 02273 (map_iface_array_keys.go:50)	LEAQ	type:map[*main.point]int(SB), AX
	0x08e8 02280 (map_iface_array_keys.go:50)	LEAQ	main..autotmp_73+800(SP), BX
	0x08f0 02288 (map_iface_array_keys.go:50)	MOVQ	main.b+552(SP), CX
	0x08f8 02296 (map_iface_array_keys.go:50)	CALL	runtime.mapassign_fast64ptr(SB)
	0x08fd 02301 (map_iface_array_keys.go:50)	MOVQ	$2, (AX)
	0x0904 02308 (map_iface_array_keys.go:51)	MOVQ	main..autotmp_73+800(SP), DX
	0x090c 02316 (map_iface_array_keys.go:51)	MOVQ	DX, main..autotmp_124+504(SP)
	0x0914 02324 (map_iface_array_keys.go:51)	MOVQ	main.a+560(SP), CX
	0x091c 02332 (map_iface_array_keys.go:51)	LEAQ	type:map[*main.point]int(SB), AX
	0x0923 02339 (map_iface_array_keys.go:51)	LEAQ	main..autotmp_73+800(SP), BX
	0x092b 02347 (map_iface_array_keys.go:51)	PCDATA	$1, $14
	0x092b 02347 (map_iface_array_keys.go:51)	CALL	runtime.mapaccess1_fast64(SB)
	0x0930 02352 (map_iface_array_keys.go:51)	MOVQ	(AX), DX
	0x0933 02355 (map_iface_array_keys.go:51)	MOVQ	DX, main..autotmp_125+496(SP)
	0x093b 02363 (map_iface_array_keys.go:51)	MOVQ	main.b+552(SP), CX
	0x0943 02371 (map_iface_array_keys.go:51)	LEAQ	type:map[*main.point]int(SB), AX
	0x094a 02378 (map_iface_array_keys.go:51)	LEAQ	main..autotmp_73+800(SP), BX
	0x0952 02386 (map_iface_array_keys.go:51)	PCDATA	$1, $1
	0x0952 02386 (map_iface_array_keys.go:51)	CALL	runtime.mapaccess1_fast64(SB)
	0x0957 02391 (map_iface_array_keys.go:51)	MOVQ	(AX), DX
	0x095a 02394 (map_iface_array_keys.go:51)	MOVQ	DX, main..autotmp_126+488(SP)
	0x0962 02402 (map_iface_array_keys.go:51)	CALL	runtime.printlock(SB)
	0x0967 02407 (map_iface_array_keys.go:51)	MOVQ	main..autotmp_124+504(SP), AX
	0x096f 02415 (map_iface_array_keys.go:51)	CALL	runtime.printint(SB)
	0x0974 02420 (map_iface_array_keys.go:51)	CALL	runtime.printsp(SB)
	0x0979 02425 (map_iface_array_keys.go:51)	MOVQ	main..autotmp_125+496(SP), AX
	0x0981 02433 (map_iface_array_keys.go:51)	CALL	runtime.printint(SB)
	0x0986 02438 (map_iface_array_keys.go:51)	CALL	runtime.printsp(SB)
	0x098b 02443 (map_iface_array_keys.go:51)	MOVQ	main..autotmp_126+488(SP), AX
	0x0993 02451 (map_iface_array_keys.go:51)	CALL	runtime.printint(SB)
	0x0998 02456 (map_iface_array_keys.go:51)	CALL	runtime.printnl(SB)
	0x099d 02461 (map_iface_array_keys.go:51)	NOP
	0x09a0 02464 (map_iface_array_keys.go:51)	CALL	runtime.printunlock(SB)
	0x09a5 02469 (map_iface_array_keys.go:54)	XORPS	X0, X0
	0x09a8 02472 (map_iface_array_keys.go:54)	DIVSD	X0, X0
	0x09ac 02476 (map_iface_array_keys.go:54)	MOVSD	X0, main.nan+88(SP)
	0x09b2 02482 (map_iface_array_keys.go:55)	LEAQ	main..autotmp_84+616(SP), DX
	0x09ba 02490 (map_iface_array_keys.go:55)	MOVUPS	X15, (DX)
	0x09be 02494 (map_iface_array_keys.go:55)	MOVUPS	X15, 16(DX)
	0x09c3 02499 (map_iface_array_keys.go:55)	MOVUPS	X15, 32(DX)
	0x09c8 02504 (map_iface_array_keys.go:55)	LEAQ	main..autotmp_85+288(SP), DX
	0x09d0 02512 (map_iface_array_keys.go:55)	MOVUPS	X15, (DX)
	0x09d4 02516 (map_iface_array_keys.go:55)	MOVUPS	X15, 16(DX)
	0x09d9 02521 (map_iface_array_keys.go:55)	MOVUPS	X15, 32(DX)
	0x09de 02526 (map_iface_array_keys.go:55)	MOVUPS	X15, 48(DX)
	0x09e3 02531 (map_iface_array_keys.go:55)	MOVUPS	X15, 64(DX)
	0x09e8 02536 (map_iface_array_keys.go:55)	MOVUPS	X15, 80(DX)
	0x09ed 02541 (map_iface_array_keys.go:55)	MOVUPS	X15, 96(DX)
	0x09f2 02546 (map_iface_array_keys.go:55)	MOVUPS	X15, 112(DX)
	0x09f7 02551 (map_iface_array_keys.go:55)	MOVUPS	X15, 120(DX)
	0x09fc 02556 (map_iface_array_keys.go:55)	MOVQ	$-9187201950435737472, SI
	0x0a06 02566 (map_iface_array_keys.go:55)	MOVQ	SI, main..autotmp_85+288(SP)
	0x0a0e 02574 (map_iface_array_keys.go:55)	MOVQ	DX, main..autotmp_84+632(SP)
	0x0a16 02582 (map_iface_array_keys.go:55)	PCDATA	$1, $15
	0x0a16 02582 (map_iface_array_keys.go:55)	CALL	runtime.rand(SB)
	0x0a1b 02587 (map_iface_array_keys.go:55)	MOVQ	AX, main..autotmp_84+624(SP)
	0x0a23 02595 (map_iface_array_keys.go:56)	MOVSD	main.nan+88(SP), X0
	0x0a29 02601 (map_iface_array_keys.go:56)	MOVSD	X0, main..autotmp_33+424(SP)
	0x0a32 02610 (map_iface_array_keys.go:56)	LEAQ	type:map[float64]int(SB), AX
	0x0a39 02617 (map_iface_array_keys.go:56)	LEAQ	main..autotmp_84+616(SP), BX
	0x0a41 02625 (map_iface_array_keys.go:56)	LEAQ	main..autotmp_33+424(SP), CX
	0x0a49 02633 (map_iface_array_keys.go:56)	CALL	runtime.mapassign(SB)
	0x0a4e 02638 (map_iface_array_keys.go:56)	MOVQ	$1, (AX)
	0x0a55 02645 (map_iface_array_keys.go:57)	MOVSD	main.nan+88(SP), X0
	0x0a5b 02651 (map_iface_array_keys.go:57)	MOVSD	X0, main..autotmp_33+424(SP)
	0x0a64 02660 (map_iface_array_keys.go:57)	LEAQ	type:map[float64]int(SB), AX
	0x0a6b 02667 (map_iface_array_keys.go:57)	LEAQ	main..autotmp_84+616(SP), BX
	0x0a73 02675 (map_iface_array_keys.go:57)	LEAQ	main..autotmp_33+424(SP), CX
	0x0a7b 02683 (map_iface_array_keys.go:57)	NOP
	0x0a80 02688 (map_iface_array_keys.go:57)	CALL	runtime.mapassign(SB)
	0x0a85 02693 (map_iface_array_keys.go:57)	MOVQ	$2, (AX)
	0x0a8c 02700 (map_iface_array_keys.go:58)	LEAQ	type:map[float64]int(SB), AX
	0x0a93 02707 (map_iface_array_keys.go:58)	LEAQ	main..autotmp_84+616(SP), BX
	0x0a9b 02715 (map_iface_array_keys.go:58)	LEAQ	main..stmp_19(SB), CX
	0x0aa2 02722 (map_iface_array_keys.go:58)	CALL	runtime.mapassign(SB)
	0x0aa7 02727 (map_iface_array_keys.go:58)	MOVQ	$3, (AX)
	0x0aae 02734 (map_iface_array_keys.go:59)	MOVQ	main..autotmp_84+616(SP), DX
	0x0ab6 02742 (map_iface_array_keys.go:59)	MOVQ	DX, main..autotmp_124+504(SP)
	0x0abe 02750 (map_iface_array_keys.go:59)	MOVSD	main.nan+88(SP), X0
	0x0ac4 02756 (map_iface_array_keys.go:59)	MOVSD	X0, main..autotmp_33+424(SP)
	0x0acd 02765 (map_iface_array_keys.go:59)	LEAQ	type:map[float64]int(SB), AX
	0x0ad4 02772 (map_iface_array_keys.go:59)	LEAQ	main..autotmp_84+616(SP), BX
	0x0adc 02780 (map_iface_array_keys.go:59)	LEAQ	main..autotmp_33+424(SP), CX
	0x0ae4 02788 (map_iface_array_keys.go:59)	CALL	runtime.mapaccess1(SB)
	0x0ae9 02793 (map_iface_array_keys.go:59)	MOVQ	(AX), DX
	0x0aec 02796 (map_iface_array_keys.go:59)	MOVQ	DX, main..autotmp_125+496(SP)
	0x0af4 02804 (map_iface_array_keys.go:59)	LEAQ	type:map[float64]int(SB), AX
	0x0afb 02811 (map_iface_array_keys.go:59)	LEAQ	main..autotmp_84+616(SP), BX
	0x0b03 02819 (map_iface_array_keys.go:59)	LEAQ	main..stmp_20(SB), CX
	0x0b0a 02826 (map_iface_array_keys.go:59)	CALL	runtime.mapaccess1(SB)
	0x0b0f 02831 (map_iface_array_keys.go:59)	MOVQ	(AX), DX
	0x0b12 02834 (map_iface_array_keys.go:59)	MOVQ	DX, main..autotmp_126+488(SP)
	0x0b1a 02842 (map_iface_array_keys.go:59)	CALL	runtime.printlock(SB)
	0x0b1f 02847 (map_iface_array_keys.go:59)	MOVQ	main..autotmp_124+504(SP), AX
	0x0b27 02855 (map_iface_array_keys.go:59)	CALL	runtime.printint(SB)
	0x0b2c 02860 (map_iface_array_keys.go:59)	CALL	runtime.printsp(SB)
	0x0b31 02865 (map_iface_array_keys.go:59)	MOVQ	main..autotmp_125+496(SP), AX
	0x0b39 02873 (map_iface_array_keys.go:59)	CALL	runtime.printint(SB)
	0x0b3e 02878 (map_iface_array_keys.go:59)	NOP
	0x0b40 02880 (map_iface_array_keys.go:59)	CALL	runtime.printsp(SB)
	0x0b45 02885 (map_iface_array_keys.go:59)	MOVQ	main..autotmp_126+488(SP), AX
	0x0b4d 02893 (map_iface_array_keys.go:59)	CALL	runtime.printint(SB)
	0x0b52 02898 (map_iface_array_keys.go:59)	CALL	runtime.printnl(SB)
	0x0b57 02903 (map_iface_array_keys.go:59)	CALL	runtime.printunlock(SB)
	0x0b5c 02908 (map_iface_array_keys.go:61)	LEAQ	main..autotmp_35+1408(SP), CX
	0x0b64 02916 (map_iface_array_keys.go:61)	MOVUPS	X15, (CX)
	0x0b68 02920 (map_iface_array_keys.go:61)	MOVUPS	X15, 16(CX)
	0x0b6d 02925 (map_iface_array_keys.go:61)	MOVUPS	X15, 32(CX)
	0x0b72 02930 (map_iface_array_keys.go:61)	MOVUPS	X15, 48(CX)
	0x0b77 02935 (map_iface_array_keys.go:61)	MOVUPS	X15, 64(CX)
	0x0b7c 02940 (map_iface_array_keys.go:61)	MOVUPS	X15, 80(CX)
	0x0b81 02945 (map_iface_array_keys.go:61)	LEAQ	type:map[float64]int(SB), AX
	0x0b88 02952 (map_iface_array_keys.go:61)	LEAQ	main..autotmp_84+616(SP), BX
	0x0b90 02960 (map_iface_array_keys.go:61)	PCDATA	$1, $16
	0x0b90 02960 (map_iface_array_keys.go:61)	CALL	runtime.mapIterStart(SB)
	0x0b95 02965 (map_iface_array_keys.go:61)	XORL	AX, AX
	0x0b97 02967 (map_iface_array_keys.go:61)	JMP	3047
	0x0b99 02969 (map_iface_array_keys.go:61)	MOVSD	(CX), X0
	0x0b9d 02973 (map_iface_array_keys.go:61)	MOVSD	X0, main.k+128(SP)
	0x0ba6 02982 (map_iface_array_keys.go:61)	MOVQ	main..autotmp_35+1416(SP), CX
	0x0bae 02990 (map_iface_array_keys.go:61)	MOVQ	(CX), CX
	0x0bb1 02993 (map_iface_array_keys.go:61)	MOVQ	CX, main.v+72(SP)
	0x0bb6 02998 (map_iface_array_keys.go:61)	LEAQ	main..autotmp_35+1408(SP), AX
	0x0bbe 03006 (map_iface_array_keys.go:61)	NOP
	0x0bc0 03008 (map_iface_array_keys.go:61)	CALL	runtime.mapIterNext(SB)
	0x0bc5 03013 (map_iface_array_keys.go:63)	MOVQ	main.v+72(SP), CX
	0x0bca 03018 (map_iface_array_keys.go:63)	MOVQ	main.sum+80(SP), AX
	0x0bcf 03023 (map_iface_array_keys.go:63)	ADDQ	AX, CX
	0x0bd2 03026 (map_iface_array_keys.go:62)	MOVSD	main.k+128(SP), X0
	0x0bdb 03035 (map_iface_array_keys.go:62)	UCOMISD	X0, X0
	0x0bdf 03039 (map_iface_array_keys.go:62)	CMOVQNE	CX, AX
	0x0be3 03043 (map_iface_array_keys.go:62)	CMOVQPS	CX, AX
	0x0be7 03047 (map_iface_array_keys.go:61)	MOVQ	AX, main.sum+80(SP)
	0x0bec 03052 (map_iface_array_keys.go:61)	MOVQ	main..autotmp_35+1408(SP), CX
	0x0bf4 03060 (map_iface_array_keys.go:61)	TESTQ	CX, CX
	0x0bf7 03063 (map_iface_array_keys.go:61)	JNE	2969
	0x0bf9 03065 (map_iface_array_keys.go:66)	PCDATA	$1, $1
	0x0bf9 03065 (map_iface_array_keys.go:66)	CALL	runtime.printlock(SB)
	0x0bfe 03070 (map_iface_array_keys.go:66)	LEAQ	go:string."nan values sum "(SB), AX
	0x0c05 03077 (map_iface_array_keys.go:66)	MOVL	$15, BX
	0x0c0a 03082 (map_iface_array_keys.go:66)	CALL	runtime.printstring(SB)
	0x0c0f 03087 (map_iface_array_keys.go:66)	MOVQ	main.sum+80(SP), AX
	0x0c14 03092 (map_iface_array_keys.go:66)	CALL	runtime.printint(SB)
	0x0c19 03097 (map_iface_array_keys.go:66)	CALL	runtime.printnl(SB)
	0x0c1e 03102 (map_iface_array_keys.go:66)	NOP
	0x0c20 03104 (map_iface_array_keys.go:66)	CALL	runtime.printunlock(SB)
	0x0c25 03109 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_98+568(SP), AX
	0x0c2d 03117 (map_iface_array_keys.go:69)	MOVUPS	X15, (AX)
	0x0c31 03121 (map_iface_array_keys.go:69)	MOVUPS	X15, 16(AX)
	0x0c36 03126 (map_iface_array_keys.go:69)	MOVUPS	X15, 32(AX)
	0x0c3b 03131 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_99+152(SP), AX
	0x0c43 03139 (map_iface_array_keys.go:69)	MOVUPS	X15, (AX)
	0x0c47 03143 (map_iface_array_keys.go:69)	MOVUPS	X15, 16(AX)
	0x0c4c 03148 (map_iface_array_keys.go:69)	MOVUPS	X15, 32(AX)
	0x0c51 03153 (map_iface_array_keys.go:69)	MOVUPS	X15, 48(AX)
	0x0c56 03158 (map_iface_array_keys.go:69)	MOVUPS	X15, 64(AX)
	0x0c5b 03163 (map_iface_array_keys.go:69)	MOVUPS	X15, 80(AX)
	0x0c60 03168 (map_iface_array_keys.go:69)	MOVUPS	X15, 96(AX)
	0x0c65 03173 (map_iface_array_keys.go:69)	MOVUPS	X15, 112(AX)
	0x0c6a 03178 (map_iface_array_keys.go:69)	MOVUPS	X15, 120(AX)
	0x0c6f 03183 (map_iface_array_keys.go:69)	MOVQ	$-9187201950435737472, CX
	0x0c79 03193 (map_iface_array_keys.go:69)	MOVQ	CX, main..autotmp_99+152(SP)
	0x0c81 03201 (map_iface_array_keys.go:69)	MOVQ	AX, main..autotmp_98+584(SP)
	0x0c89 03209 (map_iface_array_keys.go:69)	PCDATA	$1, $17
	0x0c89 03209 (map_iface_array_keys.go:69)	CALL	runtime.rand(SB)
	0x0c8e 03214 (map_iface_array_keys.go:69)	MOVQ	AX, main..autotmp_98+576(SP)
	0x0c96 03222 (map_iface_array_keys.go:69)	LEAQ	type:map[int]bool(SB), AX
	0x0c9d 03229 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_98+568(SP), BX
	0x0ca5 03237 (map_iface_array_keys.go:69)	MOVL	$5, CX
	0x0caa 03242 (map_iface_array_keys.go:69)	CALL	runtime.mapassign_fast64(SB)
	0x0caf 03247 (map_iface_array_keys.go:69)	MOVB	$1, (AX)
	0x0cb2 03250 (map_iface_array_keys.go:69)	LEAQ	type:map[int]bool(SB), AX
	0x0cb9 03257 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_98+568(SP), BX
	0x0cc1 03265 (map_iface_array_keys.go:69)	MOVQ	$-3, CX
	0x0cc8 03272 (map_iface_array_keys.go:69)	CALL	runtime.mapassign_fast64(SB)
	0x0ccd 03277 (map_iface_array_keys.go:69)	MOVB	$1, (AX)
	0x0cd0 03280 (map_iface_array_keys.go:69)	LEAQ	type:map[int]bool(SB), AX
	0x0cd7 03287 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_98+568(SP), BX
	0x0cdf 03295 (map_iface_array_keys.go:69)	MOVL	$9, CX
	0x0ce4 03300 (map_iface_array_keys.go:69)	CALL	runtime.mapassign_fast64(SB)
	0x0ce9 03305 (map_iface_array_keys.go:69)	MOVB	$1, (AX)
	0x0cec 03308 (map_iface_array_keys.go:69)	LEAQ	type:map[int]bool(SB), AX
	0x0cf3 03315 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_98+568(SP), BX
	0x0cfb 03323 (map_iface_array_keys.go:69)	XORL	CX, CX
	0x0cfd 03325 (map_iface_array_keys.go:69)	NOP
	0x0d00 03328 (map_iface_array_keys.go:69)	CALL	runtime.mapassign_fast64(SB)
	0x0d05 03333 (map_iface_array_keys.go:69)	MOVB	$1, (AX)
	0x0d08 03336 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_35+1408(SP), CX
	0x0d10 03344 (map_iface_array_keys.go:69)	MOVUPS	X15, (CX)
	0x0d14 03348 (map_iface_array_keys.go:69)	MOVUPS	X15, 16(CX)
	0x0d19 03353 (map_iface_array_keys.go:69)	MOVUPS	X15, 32(CX)
	0x0d1e 03358 (map_iface_array_keys.go:69)	MOVUPS	X15, 48(CX)
	0x0d23 03363 (map_iface_array_keys.go:69)	MOVUPS	X15, 64(CX)
	0x0d28 03368 (map_iface_array_keys.go:69)	MOVUPS	X15, 80(CX)
	0x0d2d 03373 (map_iface_array_keys.go:69)	LEAQ	type:map[int]bool(SB), AX
	0x0d34 03380 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_98+568(SP), BX
	0x0d3c 03388 (map_iface_array_keys.go:69)	PCDATA	$1, $16
	0x0d3c 03388 (map_iface_array_keys.go:69)	NOP
	0x0d40 03392 (map_iface_array_keys.go:69)	CALL	runtime.mapIterStart(SB)
	0x0d45 03397 (map_iface_array_keys.go:69)	XORL	AX, AX
	0x0d47 03399 (map_iface_array_keys.go:68)	LEAQ	main..autotmp_97+288(SP), CX
	0x0d4f 03407 (map_iface_array_keys.go:68)	XORL	DX, DX
	0x0d51 03409 (map_iface_array_keys.go:68)	XORL	BX, BX
	0x0d53 03411 (map_iface_array_keys.go:69)	JMP	3476
	0x0d55 03413 (map_iface_array_keys.go:70)	MOVQ	CX, main.keys.ptr+544(SP)
	0x0d5d 03421 (map_iface_array_keys.go:70)	MOVQ	R9, main.keys.len+96(SP)
	0x0d62 03426 (map_iface_array_keys.go:70)	MOVQ	BX, main.keys.cap+104(SP)
	0x0d67 03431 (map_iface_array_keys.go:70)	MOVB	AL, main..autotmp_135+70(SP)
	0x0d6b 03435 (map_iface_array_keys.go:70)	MOVQ	R8, -8(CX)(R9*8)
	0x0d70 03440 (map_iface_array_keys.go:69)	LEAQ	main..autotmp_35+1408(SP), AX
	0x0d78 03448 (map_iface_array_keys.go:69)	PCDATA	$1, $18
	0x0d78 03448 (map_iface_array_keys.go:69)	CALL	runtime.mapIterNext(SB)
	0x0d7d 03453 (map_iface_array_keys.go:69)	MOVBLZX	main..autotmp_135+70(SP), AX
	0x0d82 03458 (map_iface_array_keys.go:69)	MOVQ	main.keys.ptr+544(SP), CX
	0x0d8a 03466 (map_iface_array_keys.go:69)	MOVQ	main.keys.len+96(SP), DX
	0x0d8f 03471 (map_iface_array_keys.go:69)	MOVQ	main.keys.cap+104(SP), BX
	0x0d94 03476 (map_iface_array_keys.go:69)	MOVQ	main..autotmp_35+1408(SP), R8
	0x0d9c 03484 (map_iface_array_keys.go:69)	NOP
	0x0da0 03488 (map_iface_array_keys.go:69)	TESTQ	R8, R8
	0x0da3 03491 (map_iface_array_keys.go:69)	JEQ	3621
	0x0da9 03497 (map_iface_array_keys.go:70)	LEAQ	1(DX), R9
	0x0dad 03501 (map_iface_array_keys.go:69)	MOVQ	(R8), R8
	0x0db0 03504 (map_iface_array_keys.go:70)	CMPQ	BX, R9
	0x0db3 03507 (map_iface_array_keys.go:70)	JCC	3413
	0x0db5 03509 (map_iface_array_keys.go:69)	MOVQ	R8, main.k+120(SP)
	0x0dba 03514 (map_iface_array_keys.go:69)	MOVB	AL, main..autotmp_134+71(SP)
	0x0dbe 03518 (map_iface_array_keys.go:69)	NOP
	0x0dc0 03520 (map_iface_array_keys.go:70)	CMPQ	R9, $4
	0x0dc4 03524 (map_iface_array_keys.go:70)	JGT	3567
	0x0dc6 03526 (map_iface_array_keys.go:69)	TESTB	AL, AL
	0x0dc8 03528 (map_iface_array_keys.go:70)	JNE	3567
	0x0dca 03530 (map_iface_array_keys.go:70)	TESTQ	DX, DX
	0x0dcd 03533 (map_iface_array_keys.go:70)	JNE	3567
	0x0dcf 03535 (map_iface_array_keys.go:70)	LEAQ	main..autotmp_113+512(SP), CX
	0x0dd7 03543 (map_iface_array_keys.go:70)	MOVUPS	X15, (CX)
	0x0ddb 03547 (map_iface_array_keys.go:70)	MOVUPS	X15, 16(CX)
	0x0de0 03552 (map_iface_array_keys.go:70)	MOVL	$4, BX
	0x0de5 03557 (map_iface_array_keys.go:70)	MOVL	$1, AX
	0x0dea 03562 (map_iface_array_keys.go:70)	JMP	3413
	0x0def 03567 (map_iface_array_keys.go:70)	MOVQ	CX, AX
	0x0df2 03570 (map_iface_array_keys.go:70)	MOVQ	BX, CX
	0x0df5 03573 (map_iface_array_keys.go:70)	MOVL	$1, DI
	0x0dfa 03578 (map_iface_array_keys.go:70)	LEAQ	type:int(SB), SI
	0x0e01 03585 (map_iface_array_keys.go:70)	MOVQ	R9, BX
	0x0e04 03588 (map_iface_array_keys.go:70)	PCDATA	$1, $16
	0x0e04 03588 (map_iface_array_keys.go:70)	CALL	runtime.growslice(SB)
	0x0e09 03593 (map_iface_array_keys.go:70)	MOVQ	main.k+120(SP), R8
	0x0e0e 03598 (map_iface_array_keys.go:70)	MOVQ	BX, R9
	0x0e11 03601 (map_iface_array_keys.go:70)	MOVQ	CX, BX
	0x0e14 03604 (map_iface_array_keys.go:70)	MOVQ	AX, CX
	0x0e17 03607 (map_iface_array_keys.go:70)	MOVBLZX	main..autotmp_134+71(SP), AX
	0x0e1c 03612 (map_iface_array_keys.go:70)	NOP
	0x0e20 03616 (map_iface_array_keys.go:70)	JMP	3413
	0x0e25 03621 (<unknown line number>)	NOP
	0x0e25 03621 (map_iface_array_keys.go:7)	MOVL	$1, AX
	0x0e2a 03626 (map_iface_array_keys.go:7)	JMP	3632
	0x0e2c 03628 (map_iface_array_keys.go:7)	LEAQ	1(BX), AX
	0x0e30 03632 (map_iface_array_keys.go:7)	CMPQ	AX, DX
	0x0e33 03635 (map_iface_array_keys.go:7)	JGE	3675
	0x0e35 03637 (map_iface_array_keys.go:7)	MOVQ	AX, BX
	0x0e38 03640 (map_iface_array_keys.go:8)	JMP	3654
	0x0e3a 03642 (map_iface_array_keys.go:9)	MOVQ	DI, (CX)(AX*8)
	0x0e3e 03646 (map_iface_array_keys.go:9)	MOVQ	SI, -8(CX)(AX*8)
	0x0e43 03651 (map_iface_array_keys.go:8)	DECQ	AX
	0x0e46 03654 (map_iface_array_keys.go:8)	TESTQ	AX, AX
	0x0e49 03657 (map_iface_array_keys.go:8)	JLE	3628
	0x0e4b 03659 (map_iface_array_keys.go:8)	MOVQ	(CX)(AX*8), SI
	0x0e4f 03663 (map_iface_array_keys.go:8)	MOVQ	-8(CX)(AX*8), DI
	0x0e54 03668 (map_iface_array_keys.go:8)	CMPQ	DI, SI
	0x0e57 03671 (map_iface_array_keys.go:8)	JGT	3642
	0x0e59 03673 (map_iface_array_keys.go:8)	JMP	3628
	0x0e5b 03675 (map_iface_array_keys.go:69)	MOVQ	DX, main.keys.len+96(SP)
	0x0e60 03680 (map_iface_array_keys.go:69)	MOVQ	CX, main..autotmp_136+1600(SP)
	0x0e68 03688 (map_iface_array_keys.go:69)	XORL	AX, AX
	0x0e6a 03690 (map_iface_array_keys.go:72)	JMP	3761
	0x0e6c 03692 (map_iface_array_keys.go:72)	MOVQ	AX, main..autotmp_125+496(SP)
	0x0e74 03700 (map_iface_array_keys.go:72)	MOVQ	(CX)(AX*8), AX
	0x0e78 03704 (map_iface_array_keys.go:72)	MOVQ	AX, main.k+112(SP)
	0x0e7d 03709 (map_iface_array_keys.go:73)	PCDATA	$1, $19
	0x0e7d 03709 (map_iface_array_keys.go:73)	NOP
	0x0e80 03712 (map_iface_array_keys.go:73)	CALL	runtime.printlock(SB)
	0x0e85 03717 (map_iface_array_keys.go:73)	MOVQ	main.k+112(SP), AX
	0x0e8a 03722 (map_iface_array_keys.go:73)	CALL	runtime.printint(SB)
	0x0e8f 03727 (map_iface_array_keys.go:73)	CALL	runtime.printsp(SB)
	0x0e94 03732 (map_iface_array_keys.go:73)	CALL	runtime.printunlock(SB)
	0x0e99 03737 (map_iface_array_keys.go:72)	MOVQ	main..autotmp_125+496(SP), AX
	0x0ea1 03745 (map_iface_array_keys.go:72)	INCQ	AX
	0x0ea4 03748 (map_iface_array_keys.go:72)	MOVQ	main..autotmp_136+1600(SP), CX
	0x0eac 03756 (map_iface_array_keys.go:72)	MOVQ	main.keys.len+96(SP), DX
	0x0eb1 03761 (map_iface_array_keys.go:72)	CMPQ	AX, DX
	0x0eb4 03764 (map_iface_array_keys.go:72)	JLT	3692
	0x0eb6 03766 (map_iface_array_keys.go:75)	PCDATA	$1, $1
	0x0eb6 03766 (map_iface_array_keys.go:75)	CALL	runtime.printlock(SB)
	0x0ebb 03771 (map_iface_array_keys.go:75)	NOP
	0x0ec0 03776 (map_iface_array_keys.go:75)	CALL	runtime.printnl(SB)
	0x0ec5 03781 (map_iface_array_keys.go:75)	CALL	runtime.printunlock(SB)
	0x0eca 03786 (map_iface_array_keys.go:76)	LEAQ	main..autotmp_38+1360(SP), AX
	0x0ed2 03794 (map_iface_array_keys.go:76)	PCDATA	$1, $0
	0x0ed2 03794 (map_iface_array_keys.go:76)	CALL	main.hashUnhashable(SB)
	0x0ed7 03799 (map_iface_array_keys.go:76)	MOVQ	AX, main..autotmp_132+1616(SP)
	0x0edf 03807 (map_iface_array_keys.go:76)	MOVQ	BX, main..autotmp_125+496(SP)
	0x0ee7 03815 (map_iface_array_keys.go:76)	PCDATA	$1, $20
	0x0ee7 03815 (map_iface_array_keys.go:76)	CALL	runtime.printlock(SB)
	0x0eec 03820 (map_iface_array_keys.go:76)	MOVQ	main..autotmp_132+1616(SP), AX
	0x0ef4 03828 (map_iface_array_keys.go:76)	MOVQ	main..autotmp_125+496(SP), BX
	0x0efc 03836 (map_iface_array_keys.go:76)	PCDATA	$1, $0
	0x0efc 03836 (map_iface_array_keys.go:76)	NOP
	0x0f00 03840 (map_iface_array_keys.go:76)	CALL	runtime.printstring(SB)
	0x0f05 03845 (map_iface_array_keys.go:76)	CALL	runtime.printnl(SB)
	0x0f0a 03850 (map_iface_array_keys.go:76)	CALL	runtime.printunlock(SB)
	0x0f0f 03855 (map_iface_array_keys.go:77)	ADDQ	$1624, SP
	0x0f16 03862 (map_iface_array_keys.go:77)	POPQ	BP
	0x0f17 03863 (map_iface_array_keys.go:77)	RET
	0x0f18 03864 (map_iface_array_keys.go:77)	NOP
	0x0f18 03864 (map_iface_array_keys.go:26)	PCDATA	$1, $-1
	0x0f18 03864 (map_iface_array_keys.go:26)	PCDATA	$0, $-2
	0x0f18 03864 (map_iface_array_keys.go:26)	CALL	runtime.morestack_noctxt(SB)
	0x0f1d 03869 (map_iface_array_keys.go:26)	PCDATA	$0, $-1
	0x0f1d 03869 (map_iface_array_keys.go:26)	NOP
	0x0f20 03872 (map_iface_array_keys.go:26)	JMP	0
	0x0000 4c 8d a4 24 20 fa ff ff 4d 3b 66 10 0f 86 06 0f  L..$ ...M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec 58 06 00 00 48 8d 84  ..UH..H..X...H..
	0x0020 24 50 05 00 00 44 0f 11 38 44 0f 11 78 10 44 0f  $P...D..8D..x.D.
	0x0030 11 78 20 48 8d 84 24 88 04 00 00 b9 03 00 00 00  .x H..$.........
	0x0040 44 0f 11 38 44 0f 11 78 10 44 0f 11 78 20 44 0f  D..8D..x.D..x D.
	0x0050 11 78 30 48 83 c0 40 ff c9 75 e5 44 0f 11 78 f8  .x0H..@..u.D..x.
	0x0060 48 b8 80 80 80 80 80 80 80 80 48 89 84 24 88 04  H.........H..$..
	0x0070 00 00 48 8d 84 24 88 04 00 00 48 89 84 24 60 05  ..H..$....H..$`.
	0x0080 00 00 e8 00 00 00 00 48 89 84 24 58 05 00 00 48  .......H..$X...H
	0x0090 8d 05 00 00 00 00 48 89 84 24 30 06 00 00 48 8d  ......H..$0...H.
	0x00a0 05 00 00 00 00 48 89 84 24 38 06 00 00 48 8d 05  .....H..$8...H..
	0x00b0 00 00 00 00 48 8d 9c 24 50 05 00 00 48 8d 8c 24  ....H..$P...H..$
	0x00c0 30 06 00 00 e8 00 00 00 00 48 c7 00 0a 00 00 00  0........H......
	0x00d0 48 8d 05 00 00 00 00 48 89 84 24 30 06 00 00 48  H......H..$0...H
	0x00e0 8d 05 00 00 00 00 48 89 84 24 38 06 00 00 48 8d  ......H..$8...H.
	0x00f0 05 00 00 00 00 48 8d 9c 24 50 05 00 00 48 8d 8c  .....H..$P...H..
	0x0100 24 30 06 00 00 e8 00 00 00 00 48 c7 00 14 00 00  $0........H.....
	0x0110 00 48 8d 05 00 00 00 00 48 89 84 24 30 06 00 00  .H......H..$0...
	0x0120 48 8d 05 00 00 00 00 48 89 84 24 38 06 00 00 48  H......H..$8...H
	0x0130 8d 05 00 00 00 00 48 8d 9c 24 50 05 00 00 48 8d  ......H..$P...H.
	0x0140 8c 24 30 06 00 00 e8 00 00 00 00 48 c7 00 1e 00  .$0........H....
	0x0150 00 00 48 8d 05 00 00 00 00 48 89 84 24 30 06 00  ..H......H..$0..
	0x0160 00 48 8d 05 00 00 00 00 48 89 84 24 38 06 00 00  .H......H..$8...
	0x0170 48 8d 05 00 00 00 00 48 8d 9c 24 50 05 00 00 48  H......H..$P...H
	0x0180 8d 8c 24 30 06 00 00 e8 00 00 00 00 48 c7 00 28  ..$0........H..(
	0x0190 00 00 00 48 8d 05 00 00 00 00 48 89 84 24 30 06  ...H......H..$0.
	0x01a0 00 00 48 8d 05 00 00 00 00 48 89 84 24 38 06 00  ..H......H..$8..
	0x01b0 00 48 8d 05 00 00 00 00 48 8d 9c 24 50 05 00 00  .H......H..$P...
	0x01c0 48 8d 8c 24 30 06 00 00 e8 00 00 00 00 48 c7 00  H..$0........H..
	0x01d0 32 00 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 50  2...H......H..$P
	0x01e0 05 00 00 48 8d 0d 00 00 00 00 e8 00 00 00 00 48  ...H...........H
	0x01f0 c7 00 3c 00 00 00 48 8d 05 00 00 00 00 48 89 84  ..<...H......H..
	0x0200 24 30 06 00 00 48 8d 05 00 00 00 00 48 89 84 24  $0...H......H..$
	0x0210 38 06 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 50  8...H......H..$P
	0x0220 05 00 00 48 8d 8c 24 30 06 00 00 e8 00 00 00 00  ...H..$0........
	0x0230 48 c7 00 46 00 00 00 48 8b 84 24 50 05 00 00 48  H..F...H..$P...H
	0x0240 89 84 24 f8 01 00 00 48 8d 05 00 00 00 00 48 89  ..$....H......H.
	0x0250 84 24 30 06 00 00 48 8d 05 00 00 00 00 48 89 84  .$0...H......H..
	0x0260 24 38 06 00 00 48 8d 05 00 00 00 00 48 89 84 24  $8...H......H..$
	0x0270 20 06 00 00 48 8d 05 00 00 00 00 48 89 84 24 28   ...H......H..$(
	0x0280 06 00 00 48 8d 05 00 00 00 00 48 89 84 24 10 06  ...H......H..$..
	0x0290 00 00 48 8d 05 00 00 00 00 48 89 84 24 18 06 00  ..H......H..$...
	0x02a0 00 48 8d 05 00 00 00 00 48 89 84 24 00 06 00 00  .H......H..$....
	0x02b0 48 8d 05 00 00 00 00 48 89 84 24 08 06 00 00 48  H......H..$....H
	0x02c0 8d 05 00 00 00 00 48 89 84 24 f0 05 00 00 48 8d  ......H..$....H.
	0x02d0 05 00 00 00 00 48 89 84 24 f8 05 00 00 48 8d 05  .....H..$....H..
	0x02e0 00 00 00 00 48 89 84 24 e0 05 00 00 48 8d 05 00  ....H..$....H...
	0x02f0 00 00 00 48 89 84 24 e8 05 00 00 48 8d 05 00 00  ...H..$....H....
	0x0300 00 00 48 8d 9c 24 50 05 00 00 48 8d 8c 24 30 06  ..H..$P...H..$0.
	0x0310 00 00 e8 00 00 00 00 48 8b 00 48 89 84 24 f0 01  .......H..H..$..
	0x0320 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 50 05 00  ..H......H..$P..
	0x0330 00 48 8d 8c 24 20 06 00 00 e8 00 00 00 00 48 8b  .H..$ ........H.
	0x0340 00 48 89 84 24 e8 01 00 00 48 8d 05 00 00 00 00  .H..$....H......
	0x0350 48 8d 9c 24 50 05 00 00 48 8d 8c 24 10 06 00 00  H..$P...H..$....
	0x0360 e8 00 00 00 00 48 8b 00 48 89 84 24 e0 01 00 00  .....H..H..$....
	0x0370 48 8d 05 00 00 00 00 48 8d 9c 24 50 05 00 00 48  H......H..$P...H
	0x0380 8d 8c 24 00 06 00 00 e8 00 00 00 00 48 8b 00 48  ..$.........H..H
	0x0390 89 84 24 d8 01 00 00 48 8d 05 00 00 00 00 48 8d  ..$....H......H.
	0x03a0 9c 24 50 05 00 00 48 8d 8c 24 f0 05 00 00 e8 00  .$P...H..$......
	0x03b0 00 00 00 48 8b 00 48 89 84 24 d0 01 00 00 48 8d  ...H..H..$....H.
	0x03c0 05 00 00 00 00 48 8d 9c 24 50 05 00 00 48 8d 0d  .....H..$P...H..
	0x03d0 00 00 00 00 e8 00 00 00 00 48 8b 00 48 89 84 24  .........H..H..$
	0x03e0 c8 01 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 50  ....H......H..$P
	0x03f0 05 00 00 48 8d 8c 24 e0 05 00 00 0f 1f 44 00 00  ...H..$......D..
	0x0400 e8 00 00 00 00 48 8b 00 48 89 84 24 c0 01 00 00  .....H..H..$....
	0x0410 e8 00 00 00 00 48 8b 84 24 f8 01 00 00 0f 1f 00  .....H..$.......
	0x0420 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 f0 01  ..........H..$..
	0x0430 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24  ............H..$
	0x0440 e8 01 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b  ..............H.
	0x0450 84 24 e0 01 00 00 e8 00 00 00 00 0f 1f 44 00 00  .$...........D..
	0x0460 e8 00 00 00 00 48 8b 84 24 d8 01 00 00 e8 00 00  .....H..$.......
	0x0470 00 00 e8 00 00 00 00 48 8b 84 24 d0 01 00 00 90  .......H..$.....
	0x0480 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 c8 01  ..........H..$..
	0x0490 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24  ............H..$
	0x04a0 c0 01 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00  ................
	0x04b0 00 00 00 48 8d 05 00 00 00 00 48 89 84 24 e0 05  ...H......H..$..
	0x04c0 00 00 48 8d 05 00 00 00 00 48 89 84 24 e8 05 00  ..H......H..$...
	0x04d0 00 48 8d 05 00 00 00 00 48 8d 9c 24 50 05 00 00  .H......H..$P...
	0x04e0 48 8d 8c 24 e0 05 00 00 e8 00 00 00 00 88 5c 24  H..$..........\$
	0x04f0 45 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 12 00  E.....H.........
	0x0500 00 00 e8 00 00 00 00 0f b6 44 24 45 e8 00 00 00  .........D$E....
	0x0510 00 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00  ...........H....
	0x0520 00 00 48 89 84 24 e0 05 00 00 48 8d 05 00 00 00  ..H..$....H.....
	0x0530 00 48 89 84 24 e8 05 00 00 48 8d 05 00 00 00 00  .H..$....H......
	0x0540 48 8d 9c 24 50 05 00 00 48 8d 8c 24 e0 05 00 00  H..$P...H..$....
	0x0550 e8 00 00 00 00 48 8b 84 24 50 05 00 00 48 89 84  .....H..$P...H..
	0x0560 24 f8 01 00 00 48 8d 05 00 00 00 00 48 89 84 24  $....H......H..$
	0x0570 e0 05 00 00 48 8d 05 00 00 00 00 48 89 84 24 e8  ....H......H..$.
	0x0580 05 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 50 05  ...H......H..$P.
	0x0590 00 00 48 8d 8c 24 e0 05 00 00 e8 00 00 00 00 48  ..H..$.........H
	0x05a0 8b 00 48 89 84 24 f0 01 00 00 e8 00 00 00 00 48  ..H..$.........H
	0x05b0 8b 84 24 f8 01 00 00 e8 00 00 00 00 0f 1f 40 00  ..$...........@.
	0x05c0 e8 00 00 00 00 48 8b 84 24 f0 01 00 00 e8 00 00  .....H..$.......
	0x05d0 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8d 84 24  ............H..$
	0x05e0 58 04 00 00 44 0f 11 38 44 0f 11 78 10 44 0f 11  X...D..8D..x.D..
	0x05f0 78 20 48 8d 84 24 50 03 00 00 b9 04 00 00 00 44  x H..$P........D
	0x0600 0f 11 38 44 0f 11 78 10 44 0f 11 78 20 44 0f 11  ..8D..x.D..x D..
	0x0610 78 30 48 83 c0 40 ff c9 75 e5 44 0f 11 78 f8 48  x0H..@..u.D..x.H
	0x0620 b8 80 80 80 80 80 80 80 80 48 89 84 24 50 03 00  .........H..$P..
	0x0630 00 48 8d 84 24 50 03 00 00 48 89 84 24 68 04 00  .H..$P...H..$h..
	0x0640 00 e8 00 00 00 00 48 89 84 24 60 04 00 00 31 c0  ......H..$`...1.
	0x0650 eb 03 48 ff c0 48 83 f8 03 0f 8d d0 00 00 00 48  ..H..H.........H
	0x0660 89 84 24 90 00 00 00 48 8d 14 40 48 89 94 24 f0  ..$....H..@H..$.
	0x0670 01 00 00 31 c9 eb 1e 48 89 30 48 8b 8c 24 88 00  ...1...H.0H..$..
	0x0680 00 00 48 ff c1 48 8b 84 24 90 00 00 00 48 8b 94  ..H..H..$....H..
	0x0690 24 f0 01 00 00 48 83 f9 03 7d b7 48 89 8c 24 88  $....H...}.H..$.
	0x06a0 00 00 00 48 89 84 24 b0 01 00 00 48 89 8c 24 b8  ...H..$....H..$.
	0x06b0 01 00 00 48 8d 0c 11 48 8d 49 61 48 63 d9 31 c0  ...H...H.IaHc.1.
	0x06c0 e8 00 00 00 00 48 89 9c 24 e8 01 00 00 48 89 84  .....H..$....H..
	0x06d0 24 50 06 00 00 48 8d 05 00 00 00 00 48 8d 9c 24  $P...H......H..$
	0x06e0 58 04 00 00 48 8d 8c 24 b0 01 00 00 e8 00 00 00  X...H..$........
	0x06f0 00 48 8b 8c 24 e8 01 00 00 48 89 48 08 83 3d 00  .H..$....H.H..=.
	0x0700 00 00 00 00 75 0d 48 8b b4 24 50 06 00 00 e9 64  ....u.H..$P....d
	0x0710 ff ff ff 48 8b 10 e8 00 00 00 00 48 8b b4 24 50  ...H.......H..$P
	0x0720 06 00 00 49 89 33 49 89 53 08 e9 48 ff ff ff 48  ...I.3I.S..H...H
	0x0730 8b 94 24 58 04 00 00 48 89 94 24 f8 01 00 00 48  ..$X...H..$....H
	0x0740 8d 05 00 00 00 00 48 8d 9c 24 58 04 00 00 48 8d  ......H..$X...H.
	0x0750 0d 00 00 00 00 e8 00 00 00 00 48 8b 10 48 89 94  ..........H..H..
	0x0760 24 50 06 00 00 48 8b 50 08 48 89 94 24 f0 01 00  $P...H.P.H..$...
	0x0770 00 48 8d 05 00 00 00 00 48 8d 9c 24 58 04 00 00  .H......H..$X...
	0x0780 48 8d 0d 00 00 00 00 e8 00 00 00 00 48 8b 10 48  H...........H..H
	0x0790 89 94 24 48 06 00 00 48 8b 50 08 48 89 94 24 e8  ..$H...H.P.H..$.
	0x07a0 01 00 00 e8 00 00 00 00 48 8b 84 24 f8 01 00 00  ........H..$....
	0x07b0 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 50 06  ..........H..$P.
	0x07c0 00 00 48 8b 9c 24 f0 01 00 00 e8 00 00 00 00 e8  ..H..$..........
	0x07d0 00 00 00 00 48 8b 84 24 48 06 00 00 48 8b 9c 24  ....H..$H...H..$
	0x07e0 e8 01 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00  ................
	0x07f0 00 00 00 b8 10 00 00 00 48 8d 1d 00 00 00 00 b9  ........H.......
	0x0800 01 00 00 00 e8 00 00 00 00 48 89 84 24 30 02 00  .........H..$0..
	0x0810 00 48 c7 00 01 00 00 00 48 c7 40 08 01 00 00 00  .H......H.@.....
	0x0820 b8 10 00 00 00 48 8d 1d 00 00 00 00 b9 01 00 00  .....H..........
	0x0830 00 e8 00 00 00 00 48 89 84 24 28 02 00 00 48 c7  ......H..$(...H.
	0x0840 00 01 00 00 00 48 c7 40 08 01 00 00 00 48 8d 94  .....H.@.....H..
	0x0850 24 20 03 00 00 44 0f 11 3a 44 0f 11 7a 10 44 0f  $ ...D..:D..z.D.
	0x0860 11 7a 20 48 8d 94 24 98 02 00 00 44 0f 11 3a 44  .z H..$....D..:D
	0x0870 0f 11 7a 10 44 0f 11 7a 20 44 0f 11 7a 30 44 0f  ..z.D..z D..z0D.
	0x0880 11 7a 40 44 0f 11 7a 50 44 0f 11 7a 60 44 0f 11  .z@D..zPD..z`D..
	0x0890 7a 70 44 0f 11 7a 78 48 be 80 80 80 80 80 80 80  zpD..zxH........
	0x08a0 80 48 89 b4 24 98 02 00 00 48 89 94 24 30 03 00  .H..$....H..$0..
	0x08b0 00 e8 00 00 00 00 48 89 84 24 28 03 00 00 48 8d  ......H..$(...H.
	0x08c0 05 00 00 00 00 48 8d 9c 24 20 03 00 00 48 8b 8c  .....H..$ ...H..
	0x08d0 24 30 02 00 00 e8 00 00 00 00 48 c7 00 01 00 00  $0........H.....
	0x08e0 00 48 8d 05 00 00 00 00 48 8d 9c 24 20 03 00 00  .H......H..$ ...
	0x08f0 48 8b 8c 24 28 02 00 00 e8 00 00 00 00 48 c7 00  H..$(........H..
	0x0900 02 00 00 00 48 8b 94 24 20 03 00 00 48 89 94 24  ....H..$ ...H..$
	0x0910 f8 01 00 00 48 8b 8c 24 30 02 00 00 48 8d 05 00  ....H..$0...H...
	0x0920 00 00 00 48 8d 9c 24 20 03 00 00 e8 00 00 00 00  ...H..$ ........
	0x0930 48 8b 10 48 89 94 24 f0 01 00 00 48 8b 8c 24 28  H..H..$....H..$(
	0x0940 02 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 20 03  ...H......H..$ .
	0x0950 00 00 e8 00 00 00 00 48 8b 10 48 89 94 24 e8 01  .......H..H..$..
	0x0960 00 00 e8 00 00 00 00 48 8b 84 24 f8 01 00 00 e8  .......H..$.....
	0x0970 00 00 00 00 e8 00 00 00 00 48 8b 84 24 f0 01 00  .........H..$...
	0x0980 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 e8  ...........H..$.
	0x0990 01 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 00  ................
	0x09a0 e8 00 00 00 00 0f 57 c0 f2 0f 5e c0 f2 0f 11 44  ......W...^....D
	0x09b0 24 58 48 8d 94 24 68 02 00 00 44 0f 11 3a 44 0f  $XH..$h...D..:D.
	0x09c0 11 7a 10 44 0f 11 7a 20 48 8d 94 24 20 01 00 00  .z.D..z H..$ ...
	0x09d0 44 0f 11 3a 44 0f 11 7a 10 44 0f 11 7a 20 44 0f  D..:D..z.D..z D.
	0x09e0 11 7a 30 44 0f 11 7a 40 44 0f 11 7a 50 44 0f 11  .z0D..z@D..zPD..
	0x09f0 7a 60 44 0f 11 7a 70 44 0f 11 7a 78 48 be 80 80  z`D..zpD..zxH...
	0x0a00 80 80 80 80 80 80 48 89 b4 24 20 01 00 00 48 89  ......H..$ ...H.
	0x0a10 94 24 78 02 00 00 e8 00 00 00 00 48 89 84 24 70  .$x........H..$p
	0x0a20 02 00 00 f2 0f 10 44 24 58 f2 0f 11 84 24 a8 01  ......D$X....$..
	0x0a30 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 68 02 00  ..H......H..$h..
	0x0a40 00 48 8d 8c 24 a8 01 00 00 e8 00 00 00 00 48 c7  .H..$.........H.
	0x0a50 00 01 00 00 00 f2 0f 10 44 24 58 f2 0f 11 84 24  ........D$X....$
	0x0a60 a8 01 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 68  ....H......H..$h
	0x0a70 02 00 00 48 8d 8c 24 a8 01 00 00 0f 1f 44 00 00  ...H..$......D..
	0x0a80 e8 00 00 00 00 48 c7 00 02 00 00 00 48 8d 05 00  .....H......H...
	0x0a90 00 00 00 48 8d 9c 24 68 02 00 00 48 8d 0d 00 00  ...H..$h...H....
	0x0aa0 00 00 e8 00 00 00 00 48 c7 00 03 00 00 00 48 8b  .......H......H.
	0x0ab0 94 24 68 02 00 00 48 89 94 24 f8 01 00 00 f2 0f  .$h...H..$......
	0x0ac0 10 44 24 58 f2 0f 11 84 24 a8 01 00 00 48 8d 05  .D$X....$....H..
	0x0ad0 00 00 00 00 48 8d 9c 24 68 02 00 00 48 8d 8c 24  ....H..$h...H..$
	0x0ae0 a8 01 00 00 e8 00 00 00 00 48 8b 10 48 89 94 24  .........H..H..$
	0x0af0 f0 01 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 68  ....H......H..$h
	0x0b00 02 00 00 48 8d 0d 00 00 00 00 e8 00 00 00 00 48  ...H...........H
	0x0b10 8b 10 48 89 94 24 e8 01 00 00 e8 00 00 00 00 48  ..H..$.........H
	0x0b20 8b 84 24 f8 01 00 00 e8 00 00 00 00 e8 00 00 00  ..$.............
	0x0b30 00 48 8b 84 24 f0 01 00 00 e8 00 00 00 00 66 90  .H..$.........f.
	0x0b40 e8 00 00 00 00 48 8b 84 24 e8 01 00 00 e8 00 00  .....H..$.......
	0x0b50 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8d 8c 24  ............H..$
	0x0b60 80 05 00 00 44 0f 11 39 44 0f 11 79 10 44 0f 11  ....D..9D..y.D..
	0x0b70 79 20 44 0f 11 79 30 44 0f 11 79 40 44 0f 11 79  y D..y0D..y@D..y
	0x0b80 50 48 8d 05 00 00 00 00 48 8d 9c 24 68 02 00 00  PH......H..$h...
	0x0b90 e8 00 00 00 00 31 c0 eb 4e f2 0f 10 01 f2 0f 11  .....1..N.......
	0x0ba0 84 24 80 00 00 00 48 8b 8c 24 88 05 00 00 48 8b  .$....H..$....H.
	0x0bb0 09 48 89 4c 24 48 48 8d 84 24 80 05 00 00 66 90  .H.L$HH..$....f.
	0x0bc0 e8 00 00 00 00 48 8b 4c 24 48 48 8b 44 24 50 48  .....H.L$HH.D$PH
	0x0bd0 01 c1 f2 0f 10 84 24 80 00 00 00 66 0f 2e c0 48  ......$....f...H
	0x0be0 0f 45 c1 48 0f 4a c1 48 89 44 24 50 48 8b 8c 24  .E.H.J.H.D$PH..$
	0x0bf0 80 05 00 00 48 85 c9 75 a0 e8 00 00 00 00 48 8d  ....H..u......H.
	0x0c00 05 00 00 00 00 bb 0f 00 00 00 e8 00 00 00 00 48  ...............H
	0x0c10 8b 44 24 50 e8 00 00 00 00 e8 00 00 00 00 66 90  .D$P..........f.
	0x0c20 e8 00 00 00 00 48 8d 84 24 38 02 00 00 44 0f 11  .....H..$8...D..
	0x0c30 38 44 0f 11 78 10 44 0f 11 78 20 48 8d 84 24 98  8D..x.D..x H..$.
	0x0c40 00 00 00 44 0f 11 38 44 0f 11 78 10 44 0f 11 78  ...D..8D..x.D..x
	0x0c50 20 44 0f 11 78 30 44 0f 11 78 40 44 0f 11 78 50   D..x0D..x@D..xP
	0x0c60 44 0f 11 78 60 44 0f 11 78 70 44 0f 11 78 78 48  D..x`D..xpD..xxH
	0x0c70 b9 80 80 80 80 80 80 80 80 48 89 8c 24 98 00 00  .........H..$...
	0x0c80 00 48 89 84 24 48 02 00 00 e8 00 00 00 00 48 89  .H..$H........H.
	0x0c90 84 24 40 02 00 00 48 8d 05 00 00 00 00 48 8d 9c  .$@...H......H..
	0x0ca0 24 38 02 00 00 b9 05 00 00 00 e8 00 00 00 00 c6  $8..............
	0x0cb0 00 01 48 8d 05 00 00 00 00 48 8d 9c 24 38 02 00  ..H......H..$8..
	0x0cc0 00 48 c7 c1 fd ff ff ff e8 00 00 00 00 c6 00 01  .H..............
	0x0cd0 48 8d 05 00 00 00 00 48 8d 9c 24 38 02 00 00 b9  H......H..$8....
	0x0ce0 09 00 00 00 e8 00 00 00 00 c6 00 01 48 8d 05 00  ............H...
	0x0cf0 00 00 00 48 8d 9c 24 38 02 00 00 31 c9 0f 1f 00  ...H..$8...1....
	0x0d00 e8 00 00 00 00 c6 00 01 48 8d 8c 24 80 05 00 00  ........H..$....
	0x0d10 44 0f 11 39 44 0f 11 79 10 44 0f 11 79 20 44 0f  D..9D..y.D..y D.
	0x0d20 11 79 30 44 0f 11 79 40 44 0f 11 79 50 48 8d 05  .y0D..y@D..yPH..
	0x0d30 00 00 00 00 48 8d 9c 24 38 02 00 00 0f 1f 40 00  ....H..$8.....@.
	0x0d40 e8 00 00 00 00 31 c0 48 8d 8c 24 20 01 00 00 31  .....1.H..$ ...1
	0x0d50 d2 31 db eb 3f 48 89 8c 24 20 02 00 00 4c 89 4c  .1..?H..$ ...L.L
	0x0d60 24 60 48 89 5c 24 68 88 44 24 46 4e 89 44 c9 f8  $`H.\$h.D$FN.D..
	0x0d70 48 8d 84 24 80 05 00 00 e8 00 00 00 00 0f b6 44  H..$...........D
	0x0d80 24 46 48 8b 8c 24 20 02 00 00 48 8b 54 24 60 48  $FH..$ ...H.T$`H
	0x0d90 8b 5c 24 68 4c 8b 84 24 80 05 00 00 0f 1f 40 00  .\$hL..$......@.
	0x0da0 4d 85 c0 0f 84 7c 00 00 00 4c 8d 4a 01 4d 8b 00  M....|...L.J.M..
	0x0db0 4c 39 cb 73 a0 4c 89 44 24 78 88 44 24 47 66 90  L9.s.L.D$x.D$Gf.
	0x0dc0 49 83 f9 04 7f 29 84 c0 75 25 48 85 d2 75 20 48  I....)..u%H..u H
	0x0dd0 8d 8c 24 00 02 00 00 44 0f 11 39 44 0f 11 79 10  ..$....D..9D..y.
	0x0de0 bb 04 00 00 00 b8 01 00 00 00 e9 66 ff ff ff 48  ...........f...H
	0x0df0 89 c8 48 89 d9 bf 01 00 00 00 48 8d 35 00 00 00  ..H.......H.5...
	0x0e00 00 4c 89 cb e8 00 00 00 00 4c 8b 44 24 78 49 89  .L.......L.D$xI.
	0x0e10 d9 48 89 cb 48 89 c1 0f b6 44 24 47 0f 1f 40 00  .H..H....D$G..@.
	0x0e20 e9 30 ff ff ff b8 01 00 00 00 eb 04 48 8d 43 01  .0..........H.C.
	0x0e30 48 39 d0 7d 26 48 89 c3 eb 0c 48 89 3c c1 48 89  H9.}&H....H.<.H.
	0x0e40 74 c1 f8 48 ff c8 48 85 c0 7e e1 48 8b 34 c1 48  t..H..H..~.H.4.H
	0x0e50 8b 7c c1 f8 48 39 f7 7f e1 eb d1 48 89 54 24 60  .|..H9.....H.T$`
	0x0e60 48 89 8c 24 40 06 00 00 31 c0 eb 45 48 89 84 24  H..$@...1..EH..$
	0x0e70 f0 01 00 00 48 8b 04 c1 48 89 44 24 70 0f 1f 00  ....H...H.D$p...
	0x0e80 e8 00 00 00 00 48 8b 44 24 70 e8 00 00 00 00 e8  .....H.D$p......
	0x0e90 00 00 00 00 e8 00 00 00 00 48 8b 84 24 f0 01 00  .........H..$...
	0x0ea0 00 48 ff c0 48 8b 8c 24 40 06 00 00 48 8b 54 24  .H..H..$@...H.T$
	0x0eb0 60 48 39 d0 7c b6 e8 00 00 00 00 0f 1f 44 00 00  `H9.|........D..
	0x0ec0 e8 00 00 00 00 e8 00 00 00 00 48 8d 84 24 50 05  ..........H..$P.
	0x0ed0 00 00 e8 00 00 00 00 48 89 84 24 50 06 00 00 48  .......H..$P...H
	0x0ee0 89 9c 24 f0 01 00 00 e8 00 00 00 00 48 8b 84 24  ..$.........H..$
	0x0ef0 50 06 00 00 48 8b 9c 24 f0 01 00 00 0f 1f 40 00  P...H..$......@.
	0x0f00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0f10 81 c4 58 06 00 00 5d c3 e8 00 00 00 00 0f 1f 00  ..X...].........
	0x0f20 e9 db f0 ff ff                                   .....
	rel 4+0 t=R_USEIFACE type:int+0
	rel 4+0 t=R_USEIFACE type:string+0
	rel 4+0 t=R_USEIFACE type:int8+0
	rel 4+0 t=R_USEIFACE type:main.point+0
	rel 4+0 t=R_USEIFACE type:[2]string+0
	rel 4+0 t=R_USEIFACE type:float64+0
	rel 4+0 t=R_USEIFACE type:int+0
	rel 4+0 t=R_USEIFACE type:string+0
	rel 4+0 t=R_USEIFACE type:int8+0
	rel 4+0 t=R_USEIFACE type:main.point+0
	rel 4+0 t=R_USEIFACE type:[2]string+0
	rel 4+0 t=R_USEIFACE type:float64+0
	rel 4+0 t=R_USEIFACE type:int16+0
	rel 4+0 t=R_USEIFACE type:string+0
	rel 4+0 t=R_USEIFACE type:string+0
	rel 131+4 t=R_CALL runtime.rand+0
	rel 146+4 t=R_PCREL type:int+0
	rel 161+4 t=R_PCREL main..stmp_0+0
	rel 176+4 t=R_PCREL type:map[interface {}]int+0
	rel 197+4 t=R_CALL runtime.mapassign+0
	rel 211+4 t=R_PCREL type:string+0
	rel 226+4 t=R_PCREL main..stmp_1+0
	rel 241+4 t=R_PCREL type:map[interface {}]int+0
	rel 262+4 t=R_CALL runtime.mapassign+0
	rel 276+4 t=R_PCREL type:int8+0
	rel 291+4 t=R_PCREL runtime.staticuint64s+8
	rel 306+4 t=R_PCREL type:map[interface {}]int+0
	rel 327+4 t=R_CALL runtime.mapassign+0
	rel 341+4 t=R_PCREL type:main.point+0
	rel 356+4 t=R_PCREL main..stmp_3+0
	rel 371+4 t=R_PCREL type:map[interface {}]int+0
	rel 392+4 t=R_CALL runtime.mapassign+0
	rel 406+4 t=R_PCREL type:[2]string+0
	rel 421+4 t=R_PCREL main..stmp_4+0
	rel 436+4 t=R_PCREL type:map[interface {}]int+0
	rel 457+4 t=R_CALL runtime.mapassign+0
	rel 471+4 t=R_PCREL type:map[interface {}]int+0
	rel 486+4 t=R_PCREL main..stmp_5+0
	rel 491+4 t=R_CALL runtime.mapassign+0
	rel 505+4 t=R_PCREL type:float64+0
	rel 520+4 t=R_PCREL main..stmp_6+0
	rel 535+4 t=R_PCREL type:map[interface {}]int+0
	rel 556+4 t=R_CALL runtime.mapassign+0
	rel 586+4 t=R_PCREL type:int+0
	rel 601+4 t=R_PCREL main..stmp_7+0
	rel 616+4 t=R_PCREL type:string+0
	rel 631+4 t=R_PCREL main..stmp_8+0
	rel 646+4 t=R_PCREL type:int8+0
	rel 661+4 t=R_PCREL runtime.staticuint64s+8
	rel 676+4 t=R_PCREL type:main.point+0
	rel 691+4 t=R_PCREL main..stmp_10+0
	rel 706+4 t=R_PCREL type:[2]string+0
	rel 721+4 t=R_PCREL main..stmp_11+0
	rel 736+4 t=R_PCREL type:float64+0
	rel 751+4 t=R_PCREL main..stmp_13+0
	rel 766+4 t=R_PCREL type:map[interface {}]int+0
	rel 787+4 t=R_CALL runtime.mapaccess1+0
	rel 805+4 t=R_PCREL type:map[interface {}]int+0
	rel 826+4 t=R_CALL runtime.mapaccess1+0
	rel 844+4 t=R_PCREL type:map[interface {}]int+0
	rel 865+4 t=R_CALL runtime.mapaccess1+0
	rel 883+4 t=R_PCREL type:map[interface {}]int+0
	rel 904+4 t=R_CALL runtime.mapaccess1+0
	rel 922+4 t=R_PCREL type:map[interface {}]int+0
	rel 943+4 t=R_CALL runtime.mapaccess1+0
	rel 961+4 t=R_PCREL type:map[interface {}]int+0
	rel 976+4 t=R_PCREL main..stmp_12+0
	rel 981+4 t=R_CALL runtime.mapaccess1+0
	rel 999+4 t=R_PCREL type:map[interface {}]int+0
	rel 1025+4 t=R_CALL runtime.mapaccess1+0
	rel 1041+4 t=R_CALL runtime.printlock+0
	rel 1057+4 t=R_CALL runtime.printint+0
	rel 1062+4 t=R_CALL runtime.printsp+0
	rel 1075+4 t=R_CALL runtime.printint+0
	rel 1080+4 t=R_CALL runtime.printsp+0
	rel 1093+4 t=R_CALL runtime.printint+0
	rel 1098+4 t=R_CALL runtime.printsp+0
	rel 1111+4 t=R_CALL runtime.printint+0
	rel 1121+4 t=R_CALL runtime.printsp+0
	rel 1134+4 t=R_CALL runtime.printint+0
	rel 1139+4 t=R_CALL runtime.printsp+0
	rel 1153+4 t=R_CALL runtime.printint+0
	rel 1158+4 t=R_CALL runtime.printsp+0
	rel 1171+4 t=R_CALL runtime.printint+0
	rel 1176+4 t=R_CALL runtime.printsp+0
	rel 1189+4 t=R_CALL runtime.printint+0
	rel 1194+4 t=R_CALL runtime.printnl+0
	rel 1199+4 t=R_CALL runtime.printunlock+0
	rel 1206+4 t=R_PCREL type:int16+0
	rel 1221+4 t=R_PCREL main..stmp_14+0
	rel 1236+4 t=R_PCREL type:map[interface {}]int+0
	rel 1257+4 t=R_CALL runtime.mapaccess2+0
	rel 1266+4 t=R_CALL runtime.printlock+0
	rel 1273+4 t=R_PCREL go:string."int16(1) present: "+0
	rel 1283+4 t=R_CALL runtime.printstring+0
	rel 1293+4 t=R_CALL runtime.printbool+0
	rel 1298+4 t=R_CALL runtime.printnl+0
	rel 1303+4 t=R_CALL runtime.printunlock+0
	rel 1310+4 t=R_PCREL type:string+0
	rel 1325+4 t=R_PCREL main..stmp_15+0
	rel 1340+4 t=R_PCREL type:map[interface {}]int+0
	rel 1361+4 t=R_CALL runtime.mapdelete+0
	rel 1384+4 t=R_PCREL type:string+0
	rel 1399+4 t=R_PCREL main..stmp_16+0
	rel 1414+4 t=R_PCREL type:map[interface {}]int+0
	rel 1435+4 t=R_CALL runtime.mapaccess1+0
	rel 1451+4 t=R_CALL runtime.printlock+0
	rel 1464+4 t=R_CALL runtime.printint+0
	rel 1473+4 t=R_CALL runtime.printsp+0
	rel 1486+4 t=R_CALL runtime.printint+0
	rel 1491+4 t=R_CALL runtime.printnl+0
	rel 1496+4 t=R_CALL runtime.printunlock+0
	rel 1602+4 t=R_CALL runtime.rand+0
	rel 1729+4 t=R_CALL runtime.intstring+0
	rel 1752+4 t=R_PCREL type:map[[2]int]string+0
	rel 1773+4 t=R_CALL runtime.mapassign+0
	rel 1791+4 t=R_PCREL runtime.writeBarrier+-1
	rel 1815+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 1858+4 t=R_PCREL type:map[[2]int]string+0
	rel 1873+4 t=R_PCREL main..stmp_17+0
	rel 1878+4 t=R_CALL runtime.mapaccess1+0
	rel 1908+4 t=R_PCREL type:map[[2]int]string+0
	rel 1923+4 t=R_PCREL main..stmp_18+0
	rel 1928+4 t=R_CALL runtime.mapaccess1+0
	rel 1956+4 t=R_CALL runtime.printlock+0
	rel 1969+4 t=R_CALL runtime.printint+0
	rel 1974+4 t=R_CALL runtime.printsp+0
	rel 1995+4 t=R_CALL runtime.printstring+0
	rel 2000+4 t=R_CALL runtime.printsp+0
	rel 2021+4 t=R_CALL runtime.printstring+0
	rel 2026+4 t=R_CALL runtime.printnl+0
	rel 2031+4 t=R_CALL runtime.printunlock+0
	rel 2043+4 t=R_PCREL type:main.point+0
	rel 2053+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 2088+4 t=R_PCREL type:main.point+0
	rel 2098+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 2226+4 t=R_CALL runtime.rand+0
	rel 2241+4 t=R_PCREL type:map[*main.point]int+0
	rel 2262+4 t=R_CALL runtime.mapassign_fast64ptr+0
	rel 2276+4 t=R_PCREL type:map[*main.point]int+0
	rel 2297+4 t=R_CALL runtime.mapassign_fast64ptr+0
	rel 2335+4 t=R_PCREL type:map[*main.point]int+0
	rel 2348+4 t=R_CALL runtime.mapaccess1_fast64+0
	rel 2374+4 t=R_PCREL type:map[*main.point]int+0
	rel 2387+4 t=R_CALL runtime.mapaccess1_fast64+0
	rel 2403+4 t=R_CALL runtime.printlock+0
	rel 2416+4 t=R_CALL runtime.printint+0
	rel 2421+4 t=R_CALL runtime.printsp+0
	rel 2434+4 t=R_CALL runtime.printint+0
	rel 2439+4 t=R_CALL runtime.printsp+0
	rel 2452+4 t=R_CALL runtime.printint+0
	rel 2457+4 t=R_CALL runtime.printnl+0
	rel 2465+4 t=R_CALL runtime.printunlock+0
	rel 2583+4 t=R_CALL runtime.rand+0
	rel 2613+4 t=R_PCREL type:map[float64]int+0
	rel 2634+4 t=R_CALL runtime.mapassign+0
	rel 2663+4 t=R_PCREL type:map[float64]int+0
	rel 2689+4 t=R_CALL runtime.mapassign+0
	rel 2703+4 t=R_PCREL type:map[float64]int+0
	rel 2718+4 t=R_PCREL main..stmp_19+0
	rel 2723+4 t=R_CALL runtime.mapassign+0
	rel 2768+4 t=R_PCREL type:map[float64]int+0
	rel 2789+4 t=R_CALL runtime.mapaccess1+0
	rel 2807+4 t=R_PCREL type:map[float64]int+0
	rel 2822+4 t=R_PCREL main..stmp_20+0
	rel 2827+4 t=R_CALL runtime.mapaccess1+0
	rel 2843+4 t=R_CALL runtime.printlock+0
	rel 2856+4 t=R_CALL runtime.printint+0
	rel 2861+4 t=R_CALL runtime.printsp+0
	rel 2874+4 t=R_CALL runtime.printint+0
	rel 2881+4 t=R_CALL runtime.printsp+0
	rel 2894+4 t=R_CALL runtime.printint+0
	rel 2899+4 t=R_CALL runtime.printnl+0
	rel 2904+4 t=R_CALL runtime.printunlock+0
	rel 2948+4 t=R_PCREL type:map[float64]int+0
	rel 2961+4 t=R_CALL runtime.mapIterStart+0
	rel 3009+4 t=R_CALL runtime.mapIterNext+0
	rel 3066+4 t=R_CALL runtime.printlock+0
	rel 3073+4 t=R_PCREL go:string."nan values sum "+0
	rel 3083+4 t=R_CALL runtime.printstring+0
	rel 3093+4 t=R_CALL runtime.printint+0
	rel 3098+4 t=R_CALL runtime.printnl+0
	rel 3105+4 t=R_CALL runtime.printunlock+0
	rel 3210+4 t=R_CALL runtime.rand+0
	rel 3225+4 t=R_PCREL type:map[int]bool+0
	rel 3243+4 t=R_CALL runtime.mapassign_fast64+0
	rel 3253+4 t=R_PCREL type:map[int]bool+0
	rel 3273+4 t=R_CALL runtime.mapassign_fast64+0
	rel 3283+4 t=R_PCREL type:map[int]bool+0
	rel 3301+4 t=R_CALL runtime.mapassign_fast64+0
	rel 3311+4 t=R_PCREL type:map[int]bool+0
	rel 3329+4 t=R_CALL runtime.mapassign_fast64+0
	rel 3376+4 t=R_PCREL type:map[int]bool+0
	rel 3393+4 t=R_CALL runtime.mapIterStart+0
	rel 3449+4 t=R_CALL runtime.mapIterNext+0
	rel 3581+4 t=R_PCREL type:int+0
	rel 3589+4 t=R_CALL runtime.growslice+0
	rel 3713+4 t=R_CALL runtime.printlock+0
	rel 3723+4 t=R_CALL runtime.printint+0
	rel 3728+4 t=R_CALL runtime.printsp+0
	rel 3733+4 t=R_CALL runtime.printunlock+0
	rel 3767+4 t=R_CALL runtime.printlock+0
	rel 3777+4 t=R_CALL runtime.printnl+0
	rel 3782+4 t=R_CALL runtime.printunlock+0
	rel 3795+4 t=R_CALL main.hashUnhashable+0
	rel 3816+4 t=R_CALL runtime.printlock+0
	rel 3841+4 t=R_CALL runtime.printstring+0
	rel 3846+4 t=R_CALL runtime.printnl+0
	rel 3851+4 t=R_CALL runtime.printunlock+0
	rel 3865+4 t=R_CALL runtime.morestack_noctxt+0
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
go:info.main.sortedInts$abstract SDWARFABSFCN dupok size=46 align=0x0
	0x0000 05 6d 61 69 6e 2e 73 6f 72 74 65 64 49 6e 74 73  .main.sortedInts
	0x0010 00 01 06 01 22 78 73 00 00 00 00 00 00 21 69 00  ...."xs......!i.
	0x0020 07 00 00 00 00 21 6a 00 08 00 00 00 00 00        .....!j.......
	rel 25+4 t=R_DWARFSECREF go:info.[]int+0
	rel 33+4 t=R_DWARFSECREF go:info.int+0
	rel 41+4 t=R_DWARFSECREF go:info.int+0
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
type:.namedata.*main.point- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 6d 61 69 6e 2e 70 6f 69 6e 74           ..*main.point
type:*main.point SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f2 3d 5a 9f 28 08 08 16 00 00 00 00 00 00 00 00  .=Z.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.point-+0
	rel 48+8 t=R_ADDR type:main.point+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.x- SRODATA dupok size=3 align=0x1
	0x0000 00 01 78                                         ..x
type:.namedata.y- SRODATA dupok size=3 align=0x1
	0x0000 00 01 79                                         ..y
type:main.point SRODATA size=144 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 3c 87 99 c6 0f 08 08 19 00 00 00 00 00 00 00 00  <...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.point-+0
	rel 44+4 t=R_ADDROFF type:*main.point+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.point+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.x-+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.y-+0
	rel 128+8 t=R_ADDR type:int+0
type:.eqfunc.SS SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.SS+0
type:.namedata.*[2]string- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 5b 32 5d 73 74 72 69 6e 67              ..*[2]string
type:*[2]string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d5 1a 98 59 28 08 08 16 00 00 00 00 00 00 00 00  ...Y(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[2]string-+0
	rel 48+8 t=R_ADDR type:[2]string+0
runtime.gcbits.0500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 05 00 00 00 00 00 00 00                          ........
type:[2]string SRODATA dupok size=72 align=0x8
	0x0000 20 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00   ...............
	0x0010 56 69 2c 22 02 08 08 11 00 00 00 00 00 00 00 00  Vi,"............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.SS+0
	rel 32+8 t=R_ADDR runtime.gcbits.0500000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[2]string-+0
	rel 44+4 t=RelocType(-32763) type:*[2]string+0
	rel 48+8 t=R_ADDR type:string+0
	rel 56+8 t=R_ADDR type:[]string+0
type:.namedata.*map[*main.point]int- SRODATA dupok size=22 align=0x1
	0x0000 00 14 2a 6d 61 70 5b 2a 6d 61 69 6e 2e 70 6f 69  ..*map[*main.poi
	0x0010 6e 74 5d 69 6e 74                                nt]int
type:*map[*main.point]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 34 07 44 67 28 08 08 16 00 00 00 00 00 00 00 00  4.Dg(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[*main.point]int-+0
	rel 48+8 t=R_ADDR type:map[*main.point]int+0
type:.namedata.*map.group[*main.point]int- SRODATA dupok size=28 align=0x1
	0x0000 00 1a 2a 6d 61 70 2e 67 72 6f 75 70 5b 2a 6d 61  ..*map.group[*ma
	0x0010 69 6e 2e 70 6f 69 6e 74 5d 69 6e 74              in.point]int
type:noalg.*map.group[*main.point]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8d ff f7 dc 20 08 08 16 00 00 00 00 00 00 00 00  .... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[*main.point]int-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[*main.point]int+0
runtime.gcbits.aaaa000000000000 SRODATA dupok size=8 align=0x8
	0x0000 aa aa 00 00 00 00 00 00                          ........
type:.namedata.*[8]struct { key *main.point; elem int }- SRODATA dupok size=42 align=0x1
	0x0000 00 28 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .(*[8]struct { k
	0x0010 65 79 20 2a 6d 61 69 6e 2e 70 6f 69 6e 74 3b 20  ey *main.point; 
	0x0020 65 6c 65 6d 20 69 6e 74 20 7d                    elem int }
type:noalg.*[8]struct { key *main.point; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ea f7 51 a0 20 08 08 16 00 00 00 00 00 00 00 00  ..Q. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key *main.point; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key *main.point; elem int }+0
runtime.gcbits.5555000000000000 SRODATA dupok size=8 align=0x8
	0x0000 55 55 00 00 00 00 00 00                          UU......
type:.namedata.*struct { key *main.point; elem int }- SRODATA dupok size=39 align=0x1
	0x0000 00 25 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  .%*struct { key 
	0x0010 2a 6d 61 69 6e 2e 70 6f 69 6e 74 3b 20 65 6c 65  *main.point; ele
	0x0020 6d 20 69 6e 74 20 7d                             m int }
type:noalg.*struct { key *main.point; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9f 28 24 d5 20 08 08 16 00 00 00 00 00 00 00 00  .($. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key *main.point; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key *main.point; elem int }+0
type:.importpath.. SRODATA dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.namedata.key- SRODATA dupok size=5 align=0x1
	0x0000 00 03 6b 65 79                                   ..key
type:.namedata.elem- SRODATA dupok size=6 align=0x1
	0x0000 00 04 65 6c 65 6d                                ..elem
type:noalg.struct { key *main.point; elem int } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f6 e1 0b 1e 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key *main.point; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key *main.point; elem int }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key *main.point; elem int }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:*main.point+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:int+0
type:.namedata.*[]struct { key *main.point; elem int }- SRODATA dupok size=41 align=0x1
	0x0000 00 27 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  .'*[]struct { ke
	0x0010 79 20 2a 6d 61 69 6e 2e 70 6f 69 6e 74 3b 20 65  y *main.point; e
	0x0020 6c 65 6d 20 69 6e 74 20 7d                       lem int }
type:*[]struct { key *main.point; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 99 b2 86 95 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key *main.point; elem int }-+0
	rel 48+8 t=R_ADDR type:[]struct { key *main.point; elem int }+0
type:[]struct { key *main.point; elem int } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 22 f1 32 32 02 08 08 17 00 00 00 00 00 00 00 00  ".22............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key *main.point; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key *main.point; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key *main.point; elem int }+0
type:noalg.[8]struct { key *main.point; elem int } SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 78 00 00 00 00 00 00 00  ........x.......
	0x0010 03 cd 3f 5b 02 08 08 11 00 00 00 00 00 00 00 00  ..?[............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.5555000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key *main.point; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key *main.point; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key *main.point; elem int }+0
	rel 56+8 t=R_ADDR type:[]struct { key *main.point; elem int }+0
type:.namedata.ctrl- SRODATA dupok size=6 align=0x1
	0x0000 00 04 63 74 72 6c                                ..ctrl
type:.namedata.slots- SRODATA dupok size=7 align=0x1
	0x0000 00 05 73 6c 6f 74 73                             ..slots
type:noalg.map.group[*main.point]int SRODATA dupok size=128 align=0x8
	0x0000 88 00 00 00 00 00 00 00 80 00 00 00 00 00 00 00  ................
	0x0010 3d 1e 79 ff 02 08 08 19 00 00 00 00 00 00 00 00  =.y.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.aaaa000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[*main.point]int-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[*main.point]int+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[*main.point]int+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key *main.point; elem int }+0
runtime.memhash64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memhash64+0
type:map[*main.point]int SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 65 28 6c 62 22 08 08 15 00 00 00 00 00 00 00 00  e(lb"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 88 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0070 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[*main.point]int-+0
	rel 44+4 t=RelocType(-32763) type:*map[*main.point]int+0
	rel 48+8 t=R_ADDR type:*main.point+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:noalg.map.group[*main.point]int+0
	rel 72+8 t=R_ADDR runtime.memhash64·f+0
type:.namedata.*map[[2]int]string- SRODATA dupok size=20 align=0x1
	0x0000 00 12 2a 6d 61 70 5b 5b 32 5d 69 6e 74 5d 73 74  ..*map[[2]int]st
	0x0010 72 69 6e 67                                      ring
type:*map[[2]int]string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 08 56 87 4c 28 08 08 16 00 00 00 00 00 00 00 00  .V.L(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[[2]int]string-+0
	rel 48+8 t=R_ADDR type:map[[2]int]string+0
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
type:.namedata.*map.group[[2]int]string- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 6d 61 70 2e 67 72 6f 75 70 5b 5b 32 5d  ..*map.group[[2]
	0x0010 69 6e 74 5d 73 74 72 69 6e 67                    int]string
type:noalg.*map.group[[2]int]string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 bf df 18 e9 20 08 08 16 00 00 00 00 00 00 00 00  .... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[[2]int]string-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[[2]int]string+0
runtime.gcbits.8888888800000000 SRODATA dupok size=8 align=0x8
	0x0000 88 88 88 88 00 00 00 00                          ........
type:.namedata.*[8]struct { key [2]int; elem string }- SRODATA dupok size=40 align=0x1
	0x0000 00 26 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .&*[8]struct { k
	0x0010 65 79 20 5b 32 5d 69 6e 74 3b 20 65 6c 65 6d 20  ey [2]int; elem 
	0x0020 73 74 72 69 6e 67 20 7d                          string }
type:noalg.*[8]struct { key [2]int; elem string } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 2d 35 36 ba 20 08 08 16 00 00 00 00 00 00 00 00  -56. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key [2]int; elem string }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key [2]int; elem string }+0
runtime.gcbits.4444444400000000 SRODATA dupok size=8 align=0x8
	0x0000 44 44 44 44 00 00 00 00                          DDDD....
type:.namedata.*struct { key [2]int; elem string }- SRODATA dupok size=37 align=0x1
	0x0000 00 23 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  .#*struct { key 
	0x0010 5b 32 5d 69 6e 74 3b 20 65 6c 65 6d 20 73 74 72  [2]int; elem str
	0x0020 69 6e 67 20 7d                                   ing }
type:noalg.*struct { key [2]int; elem string } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 73 77 95 e2 20 08 08 16 00 00 00 00 00 00 00 00  sw.. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key [2]int; elem string }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key [2]int; elem string }+0
runtime.gcbits.0400000000000000 SRODATA dupok size=8 align=0x8
	0x0000 04 00 00 00 00 00 00 00                          ........
type:noalg.struct { key [2]int; elem string } SRODATA dupok size=128 align=0x8
	0x0000 20 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00   ...............
	0x0010 f5 e6 96 2e 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0400000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key [2]int; elem string }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key [2]int; elem string }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key [2]int; elem string }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:[2]int+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:string+0
type:.namedata.*[]struct { key [2]int; elem string }- SRODATA dupok size=39 align=0x1
	0x0000 00 25 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  .%*[]struct { ke
	0x0010 79 20 5b 32 5d 69 6e 74 3b 20 65 6c 65 6d 20 73  y [2]int; elem s
	0x0020 74 72 69 6e 67 20 7d                             tring }
type:*[]struct { key [2]int; elem string } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f4 55 db 07 28 08 08 16 00 00 00 00 00 00 00 00  .U..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key [2]int; elem string }-+0
	rel 48+8 t=R_ADDR type:[]struct { key [2]int; elem string }+0
type:[]struct { key [2]int; elem string } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7a ea 9a 14 02 08 08 17 00 00 00 00 00 00 00 00  z...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key [2]int; elem string }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key [2]int; elem string }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key [2]int; elem string }+0
type:noalg.[8]struct { key [2]int; elem string } SRODATA dupok size=72 align=0x8
	0x0000 00 01 00 00 00 00 00 00 f8 00 00 00 00 00 00 00  ................
	0x0010 e2 31 81 c1 02 08 08 11 00 00 00 00 00 00 00 00  .1..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.4444444400000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key [2]int; elem string }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key [2]int; elem string }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key [2]int; elem string }+0
	rel 56+8 t=R_ADDR type:[]struct { key [2]int; elem string }+0
type:noalg.map.group[[2]int]string SRODATA dupok size=128 align=0x8
	0x0000 08 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00  ................
	0x0010 d5 14 d6 32 02 08 08 19 00 00 00 00 00 00 00 00  ...2............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.8888888800000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[[2]int]string-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[[2]int]string+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[[2]int]string+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key [2]int; elem string }+0
runtime.memhash128·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memhash128+0
type:map[[2]int]string SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 de c5 b3 95 22 08 08 15 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 08 01 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 20 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00   ...............
	0x0070 20 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00   ...............
	0x0080 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[[2]int]string-+0
	rel 44+4 t=RelocType(-32763) type:*map[[2]int]string+0
	rel 48+8 t=R_ADDR type:[2]int+0
	rel 56+8 t=R_ADDR type:string+0
	rel 64+8 t=R_ADDR type:noalg.map.group[[2]int]string+0
	rel 72+8 t=R_ADDR runtime.memhash128·f+0
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
type:.namedata.*map[interface {}]int- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 6d 61 70 5b 69 6e 74 65 72 66 61 63 65  ..*map[interface
	0x0010 20 7b 7d 5d 69 6e 74                              {}]int
type:*map[interface {}]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 78 0c 51 db 28 08 08 16 00 00 00 00 00 00 00 00  x.Q.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[interface {}]int-+0
	rel 48+8 t=R_ADDR type:map[interface {}]int+0
type:.namedata.*map.group[interface {}]int- SRODATA dupok size=29 align=0x1
	0x0000 00 1b 2a 6d 61 70 2e 67 72 6f 75 70 5b 69 6e 74  ..*map.group[int
	0x0010 65 72 66 61 63 65 20 7b 7d 5d 69 6e 74           erface {}]int
type:noalg.*map.group[interface {}]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fe a1 9b 75 20 08 08 16 00 00 00 00 00 00 00 00  ...u ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[interface {}]int-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[interface {}]int+0
runtime.gcbits.2449920000000000 SRODATA dupok size=8 align=0x8
	0x0000 24 49 92 00 00 00 00 00                          $I......
type:.namedata.*[8]struct { key interface {}; elem int }- SRODATA dupok size=43 align=0x1
	0x0000 00 29 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .)*[8]struct { k
	0x0010 65 79 20 69 6e 74 65 72 66 61 63 65 20 7b 7d 3b  ey interface {};
	0x0020 20 65 6c 65 6d 20 69 6e 74 20 7d                  elem int }
type:noalg.*[8]struct { key interface {}; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c2 4c 1c 23 20 08 08 16 00 00 00 00 00 00 00 00  .L.# ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key interface {}; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key interface {}; elem int }+0
runtime.gcbits.9224490000000000 SRODATA dupok size=8 align=0x8
	0x0000 92 24 49 00 00 00 00 00                          .$I.....
type:.namedata.*struct { key interface {}; elem int }- SRODATA dupok size=40 align=0x1
	0x0000 00 26 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  .&*struct { key 
	0x0010 69 6e 74 65 72 66 61 63 65 20 7b 7d 3b 20 65 6c  interface {}; el
	0x0020 65 6d 20 69 6e 74 20 7d                          em int }
type:noalg.*struct { key interface {}; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7a 6f bf 37 20 08 08 16 00 00 00 00 00 00 00 00  zo.7 ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key interface {}; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key interface {}; elem int }+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:noalg.struct { key interface {}; elem int } SRODATA dupok size=128 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 52 3c ee 0a 02 08 08 19 00 00 00 00 00 00 00 00  R<..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key interface {}; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key interface {}; elem int }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key interface {}; elem int }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:interface {}+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:int+0
type:.namedata.*[]struct { key interface {}; elem int }- SRODATA dupok size=42 align=0x1
	0x0000 00 28 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  .(*[]struct { ke
	0x0010 79 20 69 6e 74 65 72 66 61 63 65 20 7b 7d 3b 20  y interface {}; 
	0x0020 65 6c 65 6d 20 69 6e 74 20 7d                    elem int }
type:*[]struct { key interface {}; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b4 3b 51 68 28 08 08 16 00 00 00 00 00 00 00 00  .;Qh(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key interface {}; elem int }-+0
	rel 48+8 t=R_ADDR type:[]struct { key interface {}; elem int }+0
type:[]struct { key interface {}; elem int } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9d 9b 07 eb 02 08 08 17 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key interface {}; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key interface {}; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key interface {}; elem int }+0
type:noalg.[8]struct { key interface {}; elem int } SRODATA dupok size=72 align=0x8
	0x0000 c0 00 00 00 00 00 00 00 b8 00 00 00 00 00 00 00  ................
	0x0010 5b 42 6a c0 02 08 08 11 00 00 00 00 00 00 00 00  [Bj.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.9224490000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key interface {}; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key interface {}; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key interface {}; elem int }+0
	rel 56+8 t=R_ADDR type:[]struct { key interface {}; elem int }+0
type:noalg.map.group[interface {}]int SRODATA dupok size=128 align=0x8
	0x0000 c8 00 00 00 00 00 00 00 c0 00 00 00 00 00 00 00  ................
	0x0010 cd e6 0f 0c 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.2449920000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[interface {}]int-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[interface {}]int+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[interface {}]int+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key interface {}; elem int }+0
runtime.nilinterhash·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.nilinterhash+0
type:map[interface {}]int SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 46 71 ad c7 22 08 08 15 00 00 00 00 00 00 00 00  Fq.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 c8 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 18 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0070 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0080 03 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[interface {}]int-+0
	rel 44+4 t=RelocType(-32763) type:*map[interface {}]int+0
	rel 48+8 t=R_ADDR type:interface {}+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:noalg.map.group[interface {}]int+0
	rel 72+8 t=R_ADDR runtime.nilinterhash·f+0
go:string."no panic" SRODATA dupok size=8 align=0x1
	0x0000 6e 6f 20 70 61 6e 69 63                          no panic
main..typeAssert.0 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01                                               .
	rel 0+8 t=R_ADDR runtime.emptyTypeAssertCache+0
	rel 8+8 t=R_ADDR type:error+0
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
go:string."1" SRODATA dupok size=1 align=0x1
	0x0000 31                                               1
go:string."a" SRODATA dupok size=1 align=0x1
	0x0000 61                                               a
go:string."b" SRODATA dupok size=1 align=0x1
	0x0000 62                                               b
go:string."int16(1) present:" SRODATA dupok size=17 align=0x1
	0x0000 69 6e 74 31 36 28 31 29 20 70 72 65 73 65 6e 74  int16(1) present
	0x0010 3a                                               :
go:string."int16(1) present: " SRODATA dupok size=18 align=0x1
	0x0000 69 6e 74 31 36 28 31 29 20 70 72 65 73 65 6e 74  int16(1) present
	0x0010 3a 20                                            : 
go:string."nan values sum" SRODATA dupok size=14 align=0x1
	0x0000 6e 61 6e 20 76 61 6c 75 65 73 20 73 75 6d        nan values sum
go:string."nan values sum " SRODATA dupok size=15 align=0x1
	0x0000 6e 61 6e 20 76 61 6c 75 65 73 20 73 75 6d 20     nan values sum 
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
main..stmp_0 SRODATA static size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
main..stmp_1 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."1"+0
main..stmp_2 SRODATA static size=1 align=0x1
	0x0000 01                                               .
main..stmp_3 SRODATA static size=16 align=0x8
	0x0000 01 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
main..stmp_4 SRODATA static size=32 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."a"+0
	rel 16+8 t=R_ADDR go:string."b"+0
main..stmp_5 SRODATA static size=16 align=0x8
main..stmp_6 SRODATA static size=8 align=0x8
	0x0000 00 00 00 00 00 00 f8 3f                          .......?
main..stmp_7 SRODATA static size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
main..stmp_8 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."1"+0
main..stmp_9 SRODATA static size=1 align=0x1
	0x0000 01                                               .
main..stmp_10 SRODATA static size=16 align=0x8
	0x0000 01 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
main..stmp_11 SRODATA static size=32 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."a"+0
	rel 16+8 t=R_ADDR go:string."b"+0
main..stmp_12 SRODATA static size=16 align=0x8
main..stmp_13 SRODATA static size=8 align=0x8
	0x0000 00 00 00 00 00 00 f8 3f                          .......?
main..stmp_14 SRODATA static size=2 align=0x2
	0x0000 01 00                                            ..
main..stmp_15 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."1"+0
main..stmp_16 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."1"+0
main..stmp_17 SRODATA static size=16 align=0x8
	0x0000 01 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
main..stmp_18 SRODATA static size=16 align=0x8
	0x0000 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
main..stmp_19 SRODATA static size=8 align=0x8
	0x0000 00 00 00 00 00 00 f0 3f                          .......?
main..stmp_20 SRODATA static size=8 align=0x8
	0x0000 00 00 00 00 00 00 f0 3f                          .......?
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
runtime.gcbits.0f06000000000000 SRODATA dupok size=8 align=0x8
	0x0000 0f 06 00 00 00 00 00 00                          ........
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.sortedInts.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
main.sortedInts.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·mwFurZyQFy+ezr0Dhah66w== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 01 01 00                 ...........
gclocals·GqjNI+c+Y/hD4xjA7CDjlA== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 07 00 00 00 00 41 41                 .........AA
main.hashUnhashable.stkobj SRODATA static size=56 align=0x8
	0x0000 03 00 00 00 00 00 00 00 c8 ff ff ff 10 00 00 00  ................
	0x0010 08 00 00 00 00 00 00 00 d8 ff ff ff 10 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00 e8 ff ff ff 10 00 00 00  ................
	0x0030 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.hashUnhashable.opendefer SRODATA dupok size=2 align=0x1
	0x0000 39 08                                            9.
main.hashUnhashable.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.hashUnhashable.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·sfOxBcdnNBiCaiOXpthwPg== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 00 02 03                 ...........
gclocals·IbzqHxZgEOQo30g4cwTkXA== SRODATA dupok size=8 align=0x4
	0x0000 15 00 00 00 00 00 00 00                          ........
gclocals·Z9Car8+brf7ktiDGOPvlLg== SRODATA dupok size=365 align=0x4
	0x0000 15 00 00 00 87 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 01 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 01 00 aa 02 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 01 00 aa 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 01 00 2a 00 00 00 00  ...........*....
	0x0060 00 00 00 00 00 00 00 00 00 00 01 00 0a 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 01 00 02 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 02 00 00 00 01 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 02 00 00 00 01 00 00  ................
	0x00a0 40 00 00 00 00 00 00 00 00 00 00 00 00 00 01 00  @...............
	0x00b0 00 40 00 00 00 00 00 00 00 00 00 00 00 00 00 01  .@..............
	0x00c0 00 00 60 00 00 00 00 00 00 00 00 00 00 00 00 00  ..`.............
	0x00d0 01 00 00 20 04 00 00 00 00 00 00 00 00 00 00 00  ... ............
	0x00e0 00 01 00 00 00 06 00 00 00 04 00 00 00 00 00 00  ................
	0x00f0 00 00 01 00 00 00 02 00 00 00 04 00 00 00 00 00  ................
	0x0100 00 00 00 01 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0110 00 00 00 00 01 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0120 00 00 00 00 00 f1 60 00 00 20 00 00 00 00 00 00  ......`.. ......
	0x0130 00 00 00 00 00 00 01 00 00 00 01 00 00 00 00 00  ................
	0x0140 00 00 00 00 00 00 00 f1 60 00 00 00 00 00 00 00  ........`.......
	0x0150 00 00 00 00 00 00 00 00 01 00 00 10 00 00 00 00  ................
	0x0160 00 00 00 00 00 00 00 00 00 00 00 00 40           ............@
main.main.stkobj SRODATA static size=248 align=0x8
	0x0000 0f 00 00 00 00 00 00 00 e0 fb ff ff 30 00 00 00  ............0...
	0x0010 18 00 00 00 00 00 00 00 10 fc ff ff 30 00 00 00  ............0...
	0x0020 18 00 00 00 00 00 00 00 40 fc ff ff 88 00 00 00  ........@.......
	0x0030 80 00 00 00 00 00 00 00 c8 fc ff ff 30 00 00 00  ............0...
	0x0040 18 00 00 00 00 00 00 00 f8 fc ff ff 08 01 00 00  ................
	0x0050 00 01 00 00 00 00 00 00 00 fe ff ff 30 00 00 00  ............0...
	0x0060 18 00 00 00 00 00 00 00 30 fe ff ff c8 00 00 00  ........0.......
	0x0070 c0 00 00 00 00 00 00 00 f8 fe ff ff 30 00 00 00  ............0...
	0x0080 18 00 00 00 00 00 00 00 28 ff ff ff 60 00 00 00  ........(...`...
	0x0090 58 00 00 00 00 00 00 00 88 ff ff ff 10 00 00 00  X...............
	0x00a0 10 00 00 00 00 00 00 00 98 ff ff ff 10 00 00 00  ................
	0x00b0 10 00 00 00 00 00 00 00 a8 ff ff ff 10 00 00 00  ................
	0x00c0 10 00 00 00 00 00 00 00 b8 ff ff ff 10 00 00 00  ................
	0x00d0 10 00 00 00 00 00 00 00 c8 ff ff ff 10 00 00 00  ................
	0x00e0 10 00 00 00 00 00 00 00 d8 ff ff ff 10 00 00 00  ................
	0x00f0 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.aaaa000000000000+0
	rel 68+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 84+4 t=R_ADDROFF runtime.gcbits.8888888800000000+0
	rel 100+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 116+4 t=R_ADDROFF runtime.gcbits.2449920000000000+0
	rel 132+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 148+4 t=R_ADDROFF runtime.gcbits.0f06000000000000+0
	rel 164+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 180+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 196+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 212+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 228+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 244+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
type:.eq.SS.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.SS.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
