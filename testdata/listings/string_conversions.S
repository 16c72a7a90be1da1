funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (string_conversions.go:4)	TEXT	main.main(SB), ABIInternal, $736-0
     0        00000 (string_conversions.go:4)	TEXT	main.main(SB), ABIInternal, $736-0
     0     -1 00000 (string_conversions.go:4)	LEAQ	-608(SP), R12
     8        00008 (string_conversions.go:4)	CMPQ	R12, 16(R14)
     c        00012 (string_conversions.go:4)	PCDATA	$0, $-2
     c        00012 (string_conversions.go:4)	JLS	1470
    12        00018 (string_conversions.go:4)	PCDATA	$0, $-1
    12        00018 (string_conversions.go:4)	PUSHQ	BP
    13        00019 (string_conversions.go:4)	MOVQ	SP, BP
    16        00022 (string_conversions.go:4)	SUBQ	$728, SP
    1d        00029 (string_conversions.go:4)	FUNCDATA	$0, gclocals·3Nf0KxzcHw1JLr11btD+gA==(SB)
    1d        00029 (string_conversions.go:4)	FUNCDATA	$1, gclocals·VG/BXPlAKFWP6JQ21N0RYQ==(SB)
    1d        00029 (string_conversions.go:6)	LEAQ	main..autotmp_19+308(SP), AX
    25        00037 (string_conversions.go:6)	LEAQ	go:string."añb€"(SB), BX
    2c        00044 (string_conversions.go:6)	MOVL	$7, CX
    31        00049 (string_conversions.go:6)	PCDATA	$1, $0
    31        00049 (string_conversions.go:6)	CALL	runtime.stringtoslicebyte(SB)
    36        00054 (string_conversions.go:6)	MOVQ	BX, main.bs.len+632(SP)
    3e        00062 (string_conversions.go:6)	MOVQ	AX, main.bs.ptr+712(SP)
    46        00070 (string_conversions.go:7)	LEAQ	main..autotmp_20+468(SP), AX
    4e        00078 (string_conversions.go:7)	LEAQ	go:string."añb€"(SB), BX
    55        00085 (string_conversions.go:7)	MOVL	$7, CX
    5a        00090 (string_conversions.go:7)	PCDATA	$1, $1
    5a        00090 (string_conversions.go:7)	CALL	runtime.stringtoslicerune(SB)
    5f        00095 (string_conversions.go:7)	MOVQ	BX, main.rs.len+608(SP)
    67        00103 (string_conversions.go:7)	MOVQ	AX, main.rs.ptr+704(SP)
    6f        00111 (string_conversions.go:7)	MOVQ	CX, main.rs.cap+616(SP)
    77        00119 (string_conversions.go:8)	PCDATA	$1, $2
    77        00119 (string_conversions.go:8)	CALL	runtime.printlock(SB)
    7c        00124 (string_conversions.go:8)	MOVQ	main.bs.len+632(SP), AX
    84        00132 (string_conversions.go:8)	CALL	runtime.printint(SB)
    89        00137 (string_conversions.go:8)	CALL	runtime.printsp(SB)
    8e        00142 (string_conversions.go:8)	MOVQ	main.rs.len+608(SP), AX
    96        00150 (string_conversions.go:8)	CALL	runtime.printint(SB)
    9b        00155 (string_conversions.go:8)	NOP
    a0        00160 (string_conversions.go:8)	CALL	runtime.printnl(SB)
    a5        00165 (string_conversions.go:8)	CALL	runtime.printunlock(SB)
    aa        00170 (string_conversions.go:8)	XORL	AX, AX
    ac        00172 (string_conversions.go:9)	JMP	245
    ae        00174 (string_conversions.go:9)	MOVQ	AX, main..autotmp_73+664(SP)
    b6        00182 (string_conversions.go:9)	MOVQ	main.bs.ptr+712(SP), CX
    be        00190 (string_conversions.go:9)	MOVBLZX	(CX)(AX*1), AX
    c2        00194 (string_conversions.go:9)	MOVQ	AX, main..autotmp_74+656(SP)
    ca        00202 (string_conversions.go:10)	CALL	runtime.printlock(SB)
    cf        00207 (string_conversions.go:10)	MOVQ	main..autotmp_74+656(SP), AX
    d7        00215 (string_conversions.go:10)	CALL	runtime.printuint(SB)
    dc        00220 (string_conversions.go:10)	NOP
    e0        00224 (string_conversions.go:10)	CALL	runtime.printsp(SB)
    e5        00229 (string_conversions.go:10)	CALL	runtime.printunlock(SB)
    ea        00234 (string_conversions.go:9)	MOVQ	main..autotmp_73+664(SP), AX
    f2        00242 (string_conversions.go:9)	INCQ	AX
    f5        00245 (string_conversions.go:9)	MOVQ	main.bs.len+632(SP), CX
    fd        00253 (string_conversions.go:9)	NOP
   100        00256 (string_conversions.go:9)	CMPQ	CX, AX
   103        00259 (string_conversions.go:9)	JGT	174
   105        00261 (string_conversions.go:12)	CALL	runtime.printlock(SB)
   10a        00266 (string_conversions.go:12)	CALL	runtime.printnl(SB)
   10f        00271 (string_conversions.go:12)	CALL	runtime.printunlock(SB)
   114        00276 (string_conversions.go:12)	XORL	AX, AX
   116        00278 (string_conversions.go:13)	JMP	350
   118        00280 (string_conversions.go:13)	MOVQ	AX, main..autotmp_73+664(SP)
   120        00288 (string_conversions.go:13)	MOVQ	main.rs.ptr+704(SP), CX
   128        00296 (string_conversions.go:13)	LEAQ	(CX)(AX*4), AX
   12c        00300 (string_conversions.go:13)	MOVLQSX	(AX), AX
   12f        00303 (string_conversions.go:13)	MOVQ	AX, main..autotmp_75+648(SP)
   137        00311 (string_conversions.go:14)	CALL	runtime.printlock(SB)
   13c        00316 (string_conversions.go:14)	MOVQ	main..autotmp_75+648(SP), AX
   144        00324 (string_conversions.go:14)	CALL	runtime.printint(SB)
   149        00329 (string_conversions.go:14)	CALL	runtime.printsp(SB)
   14e        00334 (string_conversions.go:14)	CALL	runtime.printunlock(SB)
   153        00339 (string_conversions.go:13)	MOVQ	main..autotmp_73+664(SP), AX
   15b        00347 (string_conversions.go:13)	INCQ	AX
   15e        00350 (string_conversions.go:13)	MOVQ	main.rs.len+608(SP), CX
   166        00358 (string_conversions.go:13)	CMPQ	CX, AX
   169        00361 (string_conversions.go:13)	JGT	280
   16b        00363 (string_conversions.go:16)	CALL	runtime.printlock(SB)
   170        00368 (string_conversions.go:16)	CALL	runtime.printnl(SB)
   175        00373 (string_conversions.go:16)	CALL	runtime.printunlock(SB)
   17a        00378 (string_conversions.go:18)	MOVQ	main.bs.len+632(SP), CX
   182        00386 (string_conversions.go:18)	TESTQ	CX, CX
   185        00389 (string_conversions.go:18)	JLS	1464
   18b        00395 (string_conversions.go:18)	MOVQ	main.bs.ptr+712(SP), BX
   193        00403 (string_conversions.go:18)	MOVB	$65, (BX)
   196        00406 (string_conversions.go:19)	LEAQ	main..autotmp_26+276(SP), AX
   19e        00414 (string_conversions.go:19)	PCDATA	$1, $3
   19e        00414 (string_conversions.go:19)	NOP
   1a0        00416 (string_conversions.go:19)	CALL	runtime.slicebytetostring(SB)
   1a5        00421 (string_conversions.go:19)	MOVQ	AX, main..autotmp_76+720(SP)
   1ad        00429 (string_conversions.go:19)	MOVQ	BX, main..autotmp_73+664(SP)
   1b5        00437 (string_conversions.go:19)	PCDATA	$1, $4
   1b5        00437 (string_conversions.go:19)	CALL	runtime.printlock(SB)
   1ba        00442 (string_conversions.go:19)	MOVQ	main..autotmp_76+720(SP), AX
   1c2        00450 (string_conversions.go:19)	MOVQ	main..autotmp_73+664(SP), BX
   1ca        00458 (string_conversions.go:19)	PCDATA	$1, $3
   1ca        00458 (string_conversions.go:19)	CALL	runtime.printstring(SB)
   1cf        00463 (string_conversions.go:19)	CALL	runtime.printsp(SB)
   1d4        00468 (string_conversions.go:19)	LEAQ	go:string."añb€"(SB), AX
   1db        00475 (string_conversions.go:19)	MOVL	$7, BX
   1e0        00480 (string_conversions.go:19)	CALL	runtime.printstring(SB)
   1e5        00485 (string_conversions.go:19)	CALL	runtime.printnl(SB)
   1ea        00490 (string_conversions.go:19)	CALL	runtime.printunlock(SB)
   1ef        00495 (string_conversions.go:20)	MOVQ	main.rs.len+608(SP), CX
   1f7        00503 (string_conversions.go:20)	NOP
   200        00512 (string_conversions.go:20)	CMPQ	CX, $3
   204        00516 (string_conversions.go:20)	JLS	1459
   20a        00522 (string_conversions.go:20)	MOVQ	main.rs.ptr+704(SP), BX
   212        00530 (string_conversions.go:20)	MOVL	$36, 12(BX)
   219        00537 (string_conversions.go:21)	LEAQ	main..autotmp_28+244(SP), AX
   221        00545 (string_conversions.go:21)	MOVQ	main.rs.cap+616(SP), DI
   229        00553 (string_conversions.go:21)	PCDATA	$1, $0
   229        00553 (string_conversions.go:21)	CALL	runtime.slicerunetostring(SB)
   22e        00558 (string_conversions.go:21)	MOVQ	AX, main..autotmp_76+720(SP)
   236        00566 (string_conversions.go:21)	MOVQ	BX, main..autotmp_73+664(SP)
   23e        00574 (string_conversions.go:21)	PCDATA	$1, $5
   23e        00574 (string_conversions.go:21)	NOP
   240        00576 (string_conversions.go:21)	CALL	runtime.printlock(SB)
   245        00581 (string_conversions.go:21)	MOVQ	main..autotmp_76+720(SP), AX
   24d        00589 (string_conversions.go:21)	MOVQ	main..autotmp_73+664(SP), BX
   255        00597 (string_conversions.go:21)	PCDATA	$1, $0
   255        00597 (string_conversions.go:21)	CALL	runtime.printstring(SB)
   25a        00602 (string_conversions.go:21)	CALL	runtime.printnl(SB)
   25f        00607 (string_conversions.go:21)	NOP
   260        00608 (string_conversions.go:21)	CALL	runtime.printunlock(SB)
   265        00613 (string_conversions.go:23)	CALL	runtime.printlock(SB)
   26a        00618 (string_conversions.go:23)	LEAQ	go:string."A 世 � � �\n"(SB), AX
   271        00625 (string_conversions.go:23)	MOVL	$18, BX
   276        00630 (string_conversions.go:23)	CALL	runtime.printstring(SB)
   27b        00635 (string_conversions.go:23)	NOP
   280        00640 (string_conversions.go:23)	CALL	runtime.printunlock(SB)
   285        00645 (string_conversions.go:24)	CALL	runtime.printlock(SB)
   28a        00650 (string_conversions.go:24)	MOVL	$4, AX
   28f        00655 (string_conversions.go:24)	CALL	runtime.printint(SB)
   294        00660 (string_conversions.go:24)	CALL	runtime.printnl(SB)
   299        00665 (string_conversions.go:24)	CALL	runtime.printunlock(SB)
   29e        00670 (string_conversions.go:28)	LEAQ	main..autotmp_31+208(SP), AX
   2a6        00678 (string_conversions.go:28)	MOVL	$122, BX
   2ab        00683 (string_conversions.go:28)	CALL	runtime.intstring(SB)
   2b0        00688 (string_conversions.go:28)	MOVQ	AX, main..autotmp_76+720(SP)
   2b8        00696 (string_conversions.go:28)	MOVQ	BX, main..autotmp_73+664(SP)
   2c0        00704 (string_conversions.go:28)	LEAQ	main..autotmp_32+204(SP), AX
   2c8        00712 (string_conversions.go:28)	MOVL	$113, BX
   2cd        00717 (string_conversions.go:28)	PCDATA	$1, $5
   2cd        00717 (string_conversions.go:28)	CALL	runtime.intstring(SB)
   2d2        00722 (string_conversions.go:28)	MOVQ	main..autotmp_73+664(SP), CX
   2da        00730 (string_conversions.go:28)	MOVQ	AX, DI
   2dd        00733 (string_conversions.go:28)	MOVQ	BX, SI
   2e0        00736 (string_conversions.go:28)	LEAQ	main..autotmp_30+212(SP), AX
   2e8        00744 (string_conversions.go:28)	MOVQ	main..autotmp_76+720(SP), BX
   2f0        00752 (string_conversions.go:28)	PCDATA	$1, $0
   2f0        00752 (string_conversions.go:28)	CALL	runtime.concatstring2(SB)
   2f5        00757 (string_conversions.go:28)	MOVQ	AX, main..autotmp_76+720(SP)
   2fd        00765 (string_conversions.go:28)	MOVQ	BX, main..autotmp_73+664(SP)
   305        00773 (string_conversions.go:28)	PCDATA	$1, $5
   305        00773 (string_conversions.go:28)	CALL	runtime.printlock(SB)
   30a        00778 (string_conversions.go:28)	MOVL	$122, AX
   30f        00783 (string_conversions.go:28)	CALL	runtime.printint(SB)
   314        00788 (string_conversions.go:28)	CALL	runtime.printsp(SB)
   319        00793 (string_conversions.go:28)	MOVL	$113, AX
   31e        00798 (string_conversions.go:28)	NOP
   320        00800 (string_conversions.go:28)	CALL	runtime.printuint(SB)
   325        00805 (string_conversions.go:28)	CALL	runtime.printsp(SB)
   32a        00810 (string_conversions.go:28)	MOVQ	main..autotmp_76+720(SP), AX
   332        00818 (string_conversions.go:28)	MOVQ	main..autotmp_73+664(SP), BX
   33a        00826 (string_conversions.go:28)	PCDATA	$1, $0
   33a        00826 (string_conversions.go:28)	CALL	runtime.printstring(SB)
   33f        00831 (string_conversions.go:28)	NOP
   340        00832 (string_conversions.go:28)	CALL	runtime.printnl(SB)
   345        00837 (string_conversions.go:28)	CALL	runtime.printunlock(SB)
   34a        00842 (string_conversions.go:30)	MOVQ	$0, main..autotmp_35+194(SP)
   356        00854 (string_conversions.go:30)	MOVW	$0, main..autotmp_35+202(SP)
   360        00864 (string_conversions.go:31)	LEAQ	main..autotmp_35+194(SP), DX
   368        00872 (string_conversions.go:31)	MOVL	$10, SI
   36d        00877 (string_conversions.go:31)	MOVL	$9, R8
   373        00883 (string_conversions.go:31)	XORL	R9, R9
   376        00886 (string_conversions.go:31)	XORL	R10, R10
   379        00889 (string_conversions.go:31)	JMP	905
   37b        00891 (string_conversions.go:32)	LEAQ	48(R8), AX
   37f        00895 (string_conversions.go:32)	MOVB	AL, -1(BX)(DX*1)
   383        00899 (string_conversions.go:31)	DECQ	R8
   386        00902 (string_conversions.go:31)	MOVQ	BX, R10
   389        00905 (string_conversions.go:31)	TESTQ	R8, R8
   38c        00908 (string_conversions.go:31)	JLT	1029
   38e        00910 (string_conversions.go:32)	LEAQ	1(R10), BX
   392        00914 (string_conversions.go:32)	CMPQ	SI, BX
   395        00917 (string_conversions.go:32)	JCC	891
   397        00919 (string_conversions.go:31)	MOVQ	R8, main.i+624(SP)
   39f        00927 (string_conversions.go:31)	MOVB	R9B, main..autotmp_77+65(SP)
   3a4        00932 (string_conversions.go:32)	CMPQ	BX, $32
   3a8        00936 (string_conversions.go:32)	JGT	978
   3aa        00938 (string_conversions.go:31)	TESTB	R9B, R9B
   3ad        00941 (string_conversions.go:32)	JNE	978
   3af        00943 (string_conversions.go:32)	TESTQ	R10, R10
   3b2        00946 (string_conversions.go:32)	JNE	978
   3b4        00948 (string_conversions.go:32)	LEAQ	main..autotmp_52+672(SP), DX
   3bc        00956 (string_conversions.go:32)	MOVUPS	X15, (DX)
   3c0        00960 (string_conversions.go:32)	MOVUPS	X15, 16(DX)
   3c5        00965 (string_conversions.go:32)	MOVL	$32, SI
   3ca        00970 (string_conversions.go:32)	MOVL	$1, R9
   3d0        00976 (string_conversions.go:32)	JMP	891
   3d2        00978 (string_conversions.go:32)	MOVQ	DX, AX
   3d5        00981 (string_conversions.go:32)	MOVQ	SI, CX
   3d8        00984 (string_conversions.go:32)	MOVL	$1, DI
   3dd        00989 (string_conversions.go:32)	LEAQ	type:uint8(SB), SI
   3e4        00996 (string_conversions.go:32)	CALL	runtime.growslice(SB)
   3e9        01001 (string_conversions.go:32)	MOVQ	main.i+624(SP), R8
   3f1        01009 (string_conversions.go:32)	MOVQ	AX, DX
   3f4        01012 (string_conversions.go:32)	MOVQ	CX, SI
   3f7        01015 (string_conversions.go:32)	MOVBLZX	main..autotmp_77+65(SP), R9
   3fd        01021 (string_conversions.go:32)	NOP
   400        01024 (string_conversions.go:32)	JMP	891
   405        01029 (string_conversions.go:34)	LEAQ	main..autotmp_38+162(SP), AX
   40d        01037 (string_conversions.go:34)	MOVQ	DX, BX
   410        01040 (string_conversions.go:34)	MOVQ	R10, CX
   413        01043 (string_conversions.go:34)	CALL	runtime.slicebytetostring(SB)
   418        01048 (string_conversions.go:34)	MOVQ	AX, main..autotmp_76+720(SP)
   420        01056 (string_conversions.go:34)	MOVQ	BX, main..autotmp_73+664(SP)
   428        01064 (string_conversions.go:34)	PCDATA	$1, $5
   428        01064 (string_conversions.go:34)	CALL	runtime.printlock(SB)
   42d        01069 (string_conversions.go:34)	MOVQ	main..autotmp_76+720(SP), AX
   435        01077 (string_conversions.go:34)	MOVQ	main..autotmp_73+664(SP), BX
   43d        01085 (string_conversions.go:34)	PCDATA	$1, $0
   43d        01085 (string_conversions.go:34)	NOP
   440        01088 (string_conversions.go:34)	CALL	runtime.printstring(SB)
   445        01093 (string_conversions.go:34)	CALL	runtime.printnl(SB)
   44a        01098 (string_conversions.go:34)	CALL	runtime.printunlock(SB)
   44f        01103 (string_conversions.go:36)	MOVL	$72, main..autotmp_18+596(SP)
   45a        01114 (string_conversions.go:36)	MOVQ	$550077936435273, DX
   464        01124 (string_conversions.go:36)	MOVQ	DX, main..autotmp_18+600(SP)
   46c        01132 (string_conversions.go:36)	LEAQ	main..autotmp_40+130(SP), AX
   474        01140 (string_conversions.go:36)	LEAQ	main..autotmp_18+596(SP), BX
   47c        01148 (string_conversions.go:36)	MOVL	$3, CX
   481        01153 (string_conversions.go:36)	MOVL	CX, DI
   483        01155 (string_conversions.go:36)	CALL	runtime.slicerunetostring(SB)
   488        01160 (string_conversions.go:36)	MOVQ	BX, CX
   48b        01163 (string_conversions.go:36)	MOVQ	AX, BX
   48e        01166 (string_conversions.go:36)	LEAQ	main..autotmp_39+340(SP), AX
   496        01174 (string_conversions.go:36)	CALL	runtime.stringtoslicerune(SB)
   49b        01179 (string_conversions.go:36)	NOP
   4a0        01184 (string_conversions.go:37)	CMPQ	BX, $2
   4a4        01188 (string_conversions.go:37)	JLS	1454
   4aa        01194 (string_conversions.go:36)	MOVQ	BX, main.back.len+640(SP)
   4b2        01202 (string_conversions.go:37)	MOVLQSX	8(AX), AX
   4b6        01206 (string_conversions.go:37)	MOVQ	AX, main..autotmp_75+648(SP)
   4be        01214 (string_conversions.go:37)	NOP
   4c0        01216 (string_conversions.go:37)	CALL	runtime.printlock(SB)
   4c5        01221 (string_conversions.go:37)	MOVQ	main.back.len+640(SP), AX
   4cd        01229 (string_conversions.go:37)	CALL	runtime.printint(SB)
   4d2        01234 (string_conversions.go:37)	CALL	runtime.printsp(SB)
   4d7        01239 (string_conversions.go:37)	MOVQ	main..autotmp_75+648(SP), AX
   4df        01247 (string_conversions.go:37)	NOP
   4e0        01248 (string_conversions.go:37)	CALL	runtime.printint(SB)
   4e5        01253 (string_conversions.go:37)	CALL	runtime.printnl(SB)
   4ea        01258 (string_conversions.go:37)	CALL	runtime.printunlock(SB)
   4ef        01263 (string_conversions.go:40)	CALL	runtime.printlock(SB)
   4f4        01268 (string_conversions.go:40)	XORL	AX, AX
   4f6        01270 (string_conversions.go:40)	CALL	runtime.printint(SB)
   4fb        01275 (string_conversions.go:40)	NOP
   500        01280 (string_conversions.go:40)	CALL	runtime.printsp(SB)
   505        01285 (string_conversions.go:40)	MOVL	$1, AX
   50a        01290 (string_conversions.go:40)	CALL	runtime.printbool(SB)
   50f        01295 (string_conversions.go:40)	CALL	runtime.printnl(SB)
   514        01300 (string_conversions.go:40)	CALL	runtime.printunlock(SB)
   519        01305 (string_conversions.go:44)	LEAQ	main..autotmp_47+98(SP), AX
   51e        01310 (string_conversions.go:44)	LEAQ	go:string."immutable"(SB), BX
   525        01317 (string_conversions.go:44)	MOVL	$9, CX
   52a        01322 (string_conversions.go:44)	CALL	runtime.stringtoslicebyte(SB)
   52f        01327 (string_conversions.go:45)	XORL	CX, CX
   531        01329 (string_conversions.go:45)	JMP	1344
   533        01331 (string_conversions.go:46)	MOVBLZX	(AX)(CX*1), DX
   537        01335 (string_conversions.go:46)	ADDL	$-32, DX
   53a        01338 (string_conversions.go:46)	MOVB	DL, (AX)(CX*1)
   53d        01341 (string_conversions.go:45)	INCQ	CX
   540        01344 (string_conversions.go:45)	CMPQ	BX, CX
   543        01347 (string_conversions.go:45)	JGT	1331
   545        01349 (string_conversions.go:48)	MOVQ	BX, CX
   548        01352 (string_conversions.go:48)	MOVQ	AX, BX
   54b        01355 (string_conversions.go:48)	LEAQ	main..autotmp_51+66(SP), AX
   550        01360 (string_conversions.go:48)	CALL	runtime.slicebytetostring(SB)
   555        01365 (string_conversions.go:48)	MOVQ	AX, main..autotmp_76+720(SP)
   55d        01373 (string_conversions.go:48)	MOVQ	BX, main..autotmp_73+664(SP)
   565        01381 (string_conversions.go:48)	PCDATA	$1, $5
   565        01381 (string_conversions.go:48)	CALL	runtime.printlock(SB)
   56a        01386 (string_conversions.go:48)	LEAQ	go:string."immutable"(SB), AX
   571        01393 (string_conversions.go:48)	MOVL	$9, BX
   576        01398 (string_conversions.go:48)	CALL	runtime.printstring(SB)
   57b        01403 (string_conversions.go:48)	NOP
   580        01408 (string_conversions.go:48)	CALL	runtime.printsp(SB)
   585        01413 (string_conversions.go:48)	MOVQ	main..autotmp_76+720(SP), AX
   58d        01421 (string_conversions.go:48)	MOVQ	main..autotmp_73+664(SP), BX
   595        01429 (string_conversions.go:48)	PCDATA	$1, $0
   595        01429 (string_conversions.go:48)	CALL	runtime.printstring(SB)
   59a        01434 (string_conversions.go:48)	CALL	runtime.printnl(SB)
   59f        01439 (string_conversions.go:48)	NOP
   5a0        01440 (string_conversions.go:48)	CALL	runtime.printunlock(SB)
   5a5        01445 (string_conversions.go:49)	ADDQ	$728, SP
   5ac        01452 (string_conversions.go:49)	POPQ	BP
   5ad        01453 (string_conversions.go:49)	RET
   5ae        01454 (string_conversions.go:37)	PCDATA	$4, $3546
   5ae        01454 (string_conversions.go:37)	CALL	runtime.panicBounds(SB)
   5b3        01459 (string_conversions.go:20)	PCDATA	$4, $1278
   5b3        01459 (string_conversions.go:20)	CALL	runtime.panicBounds(SB)
   5b8        01464 (string_conversions.go:18)	PCDATA	$4, $0
   5b8        01464 (string_conversions.go:18)	CALL	runtime.panicBounds(SB)
   5bd        01469 (string_conversions.go:18)	XCHGL	AX, AX
   5be        01470 (string_conversions.go:18)	NOP
   5be        01470 (string_conversions.go:4)	PCDATA	$1, $-1
   5be        01470 (string_conversions.go:4)	PCDATA	$0, $-2
   5be        01470 (string_conversions.go:4)	NOP
   5c0        01472 (string_conversions.go:4)	CALL	runtime.morestack_noctxt(SB)
   5c5        01477 (string_conversions.go:4)	PCDATA	$0, $-1
   5c5        01477 (string_conversions.go:4)	JMP	0
   5ca done
wrote 4 bytes to 0x0
 00 ca 0b 00
main.main STEXT size=1482 align=0x0 args=0x0 locals=0x2e0 funcid=0x0
	0x0000 00000 (string_conversions.go:4)	TEXT	main.main(SB), ABIInternal, $736-0
	0x0000 00000 (string_conversions.go:4)	LEAQ	-608(SP), R12
	0x0008 00008 (string_conversions.go:4)	CMPQ	R12, 16(R14)
	0x000c 00012 (string_conversions.go:4)	PCDATA	$0, $-2
	0x000c 00012 (string_conversions.go:4)	JLS	1470
	0x0012 00018 (string_conversions.go:4)	PCDATA	$0, $-1
	0x0012 00018 (string_conversions.go:4)	PUSHQ	BP
	0x0013 00019 (string_conversions.go:4)	MOVQ	SP, BP
	0x0016 00022 (string_conversions.go:4)	SUBQ	$728, SP
	0x001d 00029 (string_conversions.go:4)	FUNCDATA	$0, gclocals·3Nf0KxzcHw1JLr11btD+gA==(SB)
	0x001d 00029 (string_conversions.go:4)	FUNCDATA	$1, gclocals·VG/BXPlAKFWP6JQ21N0RYQ==(SB)
	0x001d 00029 (string_conversions.go:6)	LEAQ	main..autotmp_19+308(SP), AX
	0x0025 00037 (string_conversions.go:6)	LEAQ	go:string."añb€"(SB), BX
	0x002c 00044 (string_conversions.go:6)	MOVL	$7, CX
	0x0031 00049 (string_conversions.go:6)	PCDATA	$1, $0
	0x0031 00049 (string_conversions.go:6)	CALL	runtime.stringtoslicebyte(SB)
	0x0036 00054 (string_conversions.go:6)	MOVQ	BX, main.bs.len+632(SP)
	0x003e 00062 (string_conversions.go:6)	MOVQ	AX, main.bs.ptr+712(SP)
	0x0046 00070 (string_conversions.go:7)	LEAQ	main..autotmp_20+468(SP), AX
	0x004e 00078 (string_conversions.go:7)	LEAQ	go:string."añb€"(SB), BX
	0x0055 00085 (string_conversions.go:7)	MOVL	$7, CX
	0x005a 00090 (string_conversions.go:7)	PCDATA	$1, $1
	0x005a 00090 (string_conversions.go:7)	CALL	runtime.stringtoslicerune(SB)
	0x005f 00095 (string_conversions.go:7)	MOVQ	BX, main.rs.len+608(SP)
	0x0067 00103 (string_conversions.go:7)	MOVQ	AX, main.rs.ptr+704(SP)
	0x006f 00111 (string_conversions.go:7)	MOVQ	CX, main.rs.cap+616(SP)
	0x0077 00119 (string_conversions.go:8)	PCDATA	$1, $2
	0x0077 00119 (string_conversions.go:8)	CALL	runtime.printlock(SB)
	0x007c 00124 (string_conversions.go:8)	MOVQ	main.bs.len+632(SP), AX
	0x0084 00132 (string_conversions.go:8)	CALL	runtime.printint(SB)
	0x0089 00137 (string_conversions.go:8)	CALL	runtime.printsp(SB)
	0x008e 00142 (string_conversions.go:8)	MOVQ	main.rs.len+608(SP), AX
	0x0096 00150 (string_conversions.go:8)	CALL	runtime.printint(SB)
	0x009b 00155 (string_conversions.go:8)	NOP
	0x00a0 00160 (string_conversions.go:8)	CALL	runtime.printnl(SB)
	0x00a5 00165 (string_conversions.go:8)	CALL	runtime.printunlock(SB)
	0x00aa 00170 (string_conversions.go:8)	XORL	AX, AX
	0x00ac 00172 (string_conversions.go:9)	JMP	245
	0x00ae 00174 (string_conversions.go:9)	MOVQ	AX, main..autotmp_73+664(SP)
	0x00b6 00182 (string_conversions.go:9)	MOVQ	main.bs.ptr+712(SP), CX
	0x00be 00190 (string_conversions.go:9)	MOVBLZX	(CX)(AX*1), AX
	0x00c2 00194 (string_conversions.go:9)	MOVQ	AX, main..autotmp_74+656(SP)
	0x00ca 00202 (string_conversions.go:10)	CALL	runtime.printlock(SB)
	0x00cf 00207 (string_conversions.go:10)	MOVQ	main..autotmp_74+656(SP), AX
	0x00d7 00215 (string_conversions.go:10)	CALL	runtime.printuint(SB)
	0x00dc 00220 (string_conversions.go:10)	NOP
	0x00e0 00224 (string_conversions.go:10)	CALL	runtime.printsp(SB)
	0x00e5 00229 (string_conversions.go:10)	CALL	runtime.printunlock(SB)
	0x00ea 00234 (string_conversions.go:9)	MOVQ	main..autotmp_73+664(SP), AX
	0x00f2 00242 (string_conversions.go:9)	INCQ	AX
	0x00f5 00245 (string_conversions.go:9)	MOVQ	main.bs.len+632(SP), CX
	0x00fd 00253 (string_conversions.go:9)	NOP
	0x0100 00256 (string_conversions.go:9)	CMPQ	CX, AX
	0x0103 00259 (string_conversions.go:9)	JGT	174
	0x0105 00261 (string_conversions.go:12)	CALL	runtime.printlock(SB)
	0x010a 00266 (string_conversions.go:12)	CALL	runtime.printnl(SB)
	0x010f 00271 (string_conversions.go:12)	CALL	runtime.printunlock(SB)
	0x0114 00276 (string_conversions.go:12)	XORL	AX, AX
	0x0116 00278 (string_conversions.go:13)	JMP	350
	0x0118 00280 (string_conversions.go:13)	MOVQ	AX, main..autotmp_73+664(SP)
	0x0120 00288 (string_conversions.go:13)	MOVQ	main.rs.ptr+704(SP), CX
	0x0128 00296 (string_conversions.go:13)	LEAQ	(CX)(AX*4), AX
	0x012c 00300 (string_conversions.go:13)	MOVLQSX	(AX), AX
	0x012f 00303 (string_conversions.go:13)	MOVQ	AX, main..autotmp_75+648(SP)
	0x0137 00311 (string_conversions.go:14)	CALL	runtime.printlock(SB)
	0x013c 00316 (string_conversions.go:14)	MOVQ	main..autotmp_75+648(SP), AX
	0x0144 00324 (string_conversions.go:14)	CALL	runtime.printint(SB)
	0x0149 00329 (string_conversions.go:14)	CALL	runtime.printsp(SB)
	0x014e 00334 (string_conversions.go:14)	CALL	runtime.printunlock(SB)
	0x0153 00339 (string_conversions.go:13)	MOVQ	main..autotmp_73+664(SP), AX
	0x015b 00347 (string_conversions.go:13)	INCQ	AX
	0x015e 00350 (string_conversions.go:13)	MOVQ	main.rs.len+608(SP), CX
	0x0166 00358 (string_conversions.go:13)	CMPQ	CX, AX
	0x0169 00361 (string_conversions.go:13)	JGT	280
	0x016b 00363 (string_conversions.go:16)	CALL	runtime.printlock(SB)
	0x0170 00368 (string_conversions.go:16)	CALL	runtime.printnl(SB)
	0x0175 00373 (string_conversions.go:16)	CALL	runtime.printunlock(SB)
	0x017a 00378 (string_conversions.go:18)	MOVQ	main.bs.len+632(SP), CX
	0x0182 00386 (string_conversions.go:18)	TESTQ	CX, CX
	0x0185 00389 (string_conversions.go:18)	JLS	1464
	0x018b 00395 (string_conversions.go:18)	MOVQ	main.bs.ptr+712(SP), BX
	0x0193 00403 (string_conversions.go:18)	MOVB	$65, (BX)
	0x0196 00406 (string_conversions.go:19)	LEAQ	main..autotmp_26+276(SP), AX
	0x019e 00414 (string_conversions.go:19)	PCDATA	$1, $3
	0x019e 00414 (string_conversions.go:19)	NOP
	0x01a0 00416 (string_conversions.go:19)	CALL	runtime.slicebytetostring(SB)
	0x01a5 00421 (string_conversions.go:19)	MOVQ	AX, main..autotmp_76+720(SP)
	0x01ad 00429 (string_conversions.go:19)	MOVQ	BX, main..autotmp_73+664(SP)
	0x01b5 00437 (string_conversions.go:19)	PCDATA	$1, $4
	0x01b5 00437 (string_conversions.go:19)	CALL	runtime.printlock(SB)
	0x01ba 00442 (string_conversions.go:19)	MOVQ	main..autotmp_76+720(SP), AX
	0x01c2 00450 (string_conversions.go:19)	MOVQ	main..autotmp_73+664(SP), BX
	0x01ca 00458 (string_conversions.go:19)	PCDATA	$1, $3
	0x01ca 00458 (string_conversions.go:19)	CALL	runtime.printstring(SB)
	0x01cf 00463 (string_conversions.go:19)	CALL	runtime.printsp(SB)
	0x01d4 00468 (string_conversions.go:19)	LEAQ	go:string."añb€"(SB), AX
	0x01db 00475 (string_conversions.go:19)	MOVL	$7, BX
	0x01e0 00480 (string_conversions.go:19)	CALL	runtime.printstring(SB)
	0x01e5 00485 (string_conversions.go:19)	CALL	runtime.printnl(SB)
	0x01ea 00490 (string_conversions.go:19)	CALL	runtime.printunlock(SB)
	0x01ef 00495 (string_conversions.go:20)	MOVQ	main.rs.len+608(SP), CX
	0x01f7 00503 (string_conversions.go:20)	NOP
	0x0200 00512 (string_conversions.go:20)	CMPQ	CX, $3
	0x0204 00516 (string_conversions.go:20)	JLS	1459
	0x020a 00522 (string_conversions.go:20)	MOVQ	main.rs.ptr+704(SP), BX
	0x0212 00530 (string_conversions.go:20)	MOVL	$36, 12(BX)
	0x0219 00537 (string_conversions.go:21)	LEAQ	main..autotmp_28+244(SP), AX
	0x0221 00545 (string_conversions.go:21)	MOVQ	main.rs.cap+616(SP), DI
	0x0229 00553 (string_conversions.go:21)	PCDATA	$1, $0
	0x0229 00553 (string_conversions.go:21)	CALL	runtime.slicerunetostring(SB)
	0x022e 00558 (string_conversions.go:21)	MOVQ	AX, main..autotmp_76+720(SP)
	0x0236 00566 (string_conversions.go:21)	MOVQ	BX, main..autotmp_73+664(SP)
	0x023e 00574 (string_conversions.go:21)	PCDATA	$1, $5
	0x023e 00574 (string_conversions.go:21)	NOP
	0x0240 00576 (string_conversions.go:21)	CALL	runtime.printlock(SB)
	0x0245 00581 (string_conversions.go:21)	MOVQ	main..autotmp_76+720(SP), AX
	0x024d 00589 (string_conversions.go:21)	MOVQ	main..autotmp_73+664(SP), BX
	0x0255 00597 (string_conversions.go:21)	PCDATA	$1, $0
	0x0255 00597 (string_conversions.go:21)	CALL	runtime.printstring(SB)
	0x025a 00602 (string_conversions.go:21)	CALL	runtime.printnl(SB)
	0x025f 00607 (string_conversions.go:21)	NOP
	0x0260 00608 (string_conversions.go:21)	CALL	runtime.printunlock(SB)
	0x0265 00613 (string_conversions.go:23)	CALL	runtime.printlock(SB)
	0x026a 00618 (string_conversions.go:23)	LEAQ	go:string."A 世 � � �\n"(SB), AX
	0x0271 00625 (string_conversions.go:23)	MOVL	$18, BX
	0x0276 00630 (string_conversions.go:23)	CALL	runtime.printstring(SB)
	0x027b 00635 (string_conversions.go:23)	NOP
	0x0280 00640 (string_conversions.go:23)	CALL	runtime.printunlock(SB)
	0x0285 00645 (string_conversions.go:24)	CALL	runtime.printlock(SB)
	0x028a 00650 (string_conversions.go:24)	MOVL	$4, AX
	0x028f 00655 (string_conversions.go:24)	CALL	runtime.printint(SB)
	0x0294 00660 (string_conversions.go:24)	CALL	runtime.printnl(SB)
	0x0299 00665 (string_conversions.go:24)	CALL	runtime.printunlock(SB)
	0x029e 00670 (string_conversions.go:28)	LEAQ	main..autotmp_31+208(SP), AX
	0x02a6 00678 (string_conversions.go:28)	MOVL	$122, BX
	0x02ab 00683 (string_conversions.go:28)	CALL	runtime.intstring(SB)
	0x02b0 00688 (string_conversions.go:28)	MOVQ	AX, main..autotmp_76+720(SP)
	0x02b8 00696 (string_conversions.go:28)	MOVQ	BX, main..autotmp_73+664(SP)
	0x02c0 00704 (string_conversions.go:28)	LEAQ	main..autotmp_32+204(SP), AX
	0x02c8 00712 (string_conversions.go:28)	MOVL	$113, BX
	0x02cd 00717 (string_conversions.go:28)	PCDATA	$1, $5
	0x02cd 00717 (string_conversions.go:28)	CALL	runtime.intstring(SB)
	0x02d2 00722 (string_conversions.go:28)	MOVQ	main..autotmp_73+664(SP), CX
	0x02da 00730 (string_conversions.go:28)	MOVQ	AX, DI
	0x02dd 00733 (string_conversions.go:28)	MOVQ	BX, SI
	0x02e0 00736 (string_conversions.go:28)	LEAQ	main..autotmp_30+212(SP), AX
	0x02e8 00744 (string_conversions.go:28)	MOVQ	main..autotmp_76+720(SP), BX
	0x02f0 00752 (string_conversions.go:28)	PCDATA	$1, $0
	0x02f0 00752 (string_conversions.go:28)	CALL	runtime.concatstring2(SB)
	0x02f5 00757 (string_conversions.go:28)	MOVQ	AX, main..autotmp_76+720(SP)
	0x02fd 00765 (string_conversions.go:28)	MOVQ	BX, main..autotmp_73+664(SP)
	0x0305 00773 (string_conversions.go:28)	PCDATA	$1, $5
	0x0305 00773 (string_conversions.go:28)	CALL	runtime.printlock(SB)
	0x030a 00778 (string_conversions.go:28)	MOVL	$122, AX
	0x030f 00783 (string_conversions.go:28)	CALL	runtime.printint(SB)
	0x0314 00788 (string_conversions.go:28)	CALL	runtime.printsp(SB)
	0x0319 00793 (string_conversions.go:28)	MOVL	$113, AX
	0x031e 00798 (string_conversions.go:28)	NOP
	0x0320 00800 (string_conversions.go:28)	CALL	runtime.printuint(SB)
	0x0325 00805 (string_conversions.go:28)	CALL	runtime.printsp(SB)
	0x032a 00810 (string_conversions.go:28)	MOVQ	main..autotmp_76+720(SP), AX
	0x0332 00818 (string_conversions.go:28)	MOVQ	main..autotmp_73+664(SP), BX
	0x033a 00826 (string_conversions.go:28)	PCDATA	$1, $0
	0x033a 00826 (string_conversions.go:28)	CALL	runtime.printstring(SB)
	0x033f 00831 (string_conversions.go:28)	NOP
	0x0340 00832 (string_conversions.go:28)	CALL	runtime.printnl(SB)
	0x0345 00837 (string_conversions.go:28)	CALL	runtime.printunlock(SB)
	0x034a 00842 (string_conversions.go:30)	MOVQ	$0, main..autotmp_35+194(SP)
	0x0356 00854 (string_conversions.go:30)	MOVW	$0, main..autotmp_35+202(SP)
	0x0360 00864 (string_conversions.go:31)	LEAQ	main..autotmp_35+194(SP), DX
	0x0368 00872 (string_conversions.go:31)	MOVL	$10, SI
	0x036d 00877 (string_conversions.go:31)	MOVL	$9, R8
	0x0373 00883 (string_conversions.go:31)	XORL	R9, R9
	0x0376 00886 (string_conversions.go:31)	XORL	R10, R10
	0x0379 00889 (string_conversions.go:31)	JMP	905
	0x037b 00891 (string_conversions.go:32)	LEAQ	48(R8), AX
	0x037f 00895 (string_conversions.go:32)	MOVB	AL, -1(BX)(DX*1)
	0x0383 00899 (string_conversions.go:31)	DECQ	R8
	0x0386 00902 (string_conversions.go:31)	MOVQ	BX, R10
	0x0389 00905 (string_conversions.go:31)	TESTQ	R8, R8
	0x038c 00908 (string_conversions.go:31)	JLT	1029
	0x038e 00910 (string_conversions.go:32)	LEAQ	1(R10), BX
	0x0392 00914 (string_conversions.go:32)	CMPQ	SI, BX
	0x0395 00917 (string_conversions.go:32)	JCC	891
	0x0397 00919 (string_conversions.go:31)	MOVQ	R8, main.i+624(SP)
	0x039f 00927 (string_conversions.go:31)	MOVB	R9B, main..autotmp_77+65(SP)
	0x03a4 00932 (string_conversions.go:32)	CMPQ	BX, $32
	0x03a8 00936 (string_conversions.go:32)	JGT	978
	0x03aa 00938 (string_conversions.go:31)	TESTB	R9B, R9B
	0x03ad 00941 (string_conversions.go:32)	JNE	978
	0x03af 00943 (string_conversions.go:32)	TESTQ	R10, R10
	0x03b2 00946 (string_conversions.go:32)	JNE	978
	0x03b4 00948 (string_conversions.go:32)	LEAQ	main..autotmp_52+672(SP), DX
	0x03bc 00956 (string_conversions.go:32)	MOVUPS	X15, (DX)
	0x03c0 00960 (string_conversions.go:32)	MOVUPS	X15, 16(DX)
	0x03c5 00965 (string_conversions.go:32)	MOVL	$32, SI
	0x03ca 00970 (string_conversions.go:32)	MOVL	$1, R9
	0x03d0 00976 (string_conversions.go:32)	JMP	891
	0x03d2 00978 (string_conversions.go:32)	MOVQ	DX, AX
	0x03d5 00981 (string_conversions.go:32)	MOVQ	SI, CX
	0x03d8 00984 (string_conversions.go:32)	MOVL	$1, DI
	0x03dd 00989 (string_conversions.go:32)	LEAQ	type:uint8(SB), SI
	0x03e4 00996 (string_conversions.go:32)	CALL	runtime.growslice(SB)
	0x03e9 01001 (string_conversions.go:32)	MOVQ	main.i+624(SP), R8
	0x03f1 01009 (string_conversions.go:32)	MOVQ	AX, DX
	0x03f4 01012 (string_conversions.go:32)	MOVQ	CX, SI
	0x03f7 01015 (string_conversions.go:32)	MOVBLZX	main..autotmp_77+65(SP), R9
	0x03fd 01021 (string_conversions.go:32)	NOP
	0x0400 01024 (string_conversions.go:32)	JMP	891
	0x0405 01029 (string_conversions.go:34)	LEAQ	main..autotmp_38+162(SP), AX
	0x040d 01037 (string_conversions.go:34)	MOVQ	DX, BX
	0x0410 01040 (string_conversions.go:34)	MOVQ	R10, CX
	0x0413 01043 (string_conversions.go:34)	CALL	runtime.slicebytetostring(SB)
	0x0418 01048 (string_conversions.go:34)	MOVQ	AX, main..autotmp_76+720(SP)
	0x0420 01056 (string_conversions.go:34)	MOVQ	BX, main..autotmp_73+664(SP)
	0x0428 01064 (string_conversions.go:34)	PCDATA	$1, $5
	0x0428 01064 (string_conversions.go:34)	CALL	runtime.printlock(SB)
	0x042d 01069 (string_conversions.go:34)	MOVQ	main..autotmp_76+720(SP), AX
	0x0435 01077 (string_conversions.go:34)	MOVQ	main..autotmp_73+664(SP), BX
	0x043d 01085 (string_conversions.go:34)	PCDATA	$1, $0
	0x043d 01085 (string_conversions.go:34)	NOP
	0x0440 01088 (string_conversions.go:34)	CALL	runtime.printstring(SB)
	0x0445 01093 (string_conversions.go:34)	CALL	runtime.printnl(SB)
	0x044a 01098 (string_conversions.go:34)	CALL	runtime.printunlock(SB)
	0x044f 01103 (string_conversions.go:36)	MOVL	$72, main..autotmp_18+596(SP)
	0x045a 01114 (string_conversions.go:36)	MOVQ	$550077936435273, DX
	0x0464 01124 (string_conversions.go:36)	MOVQ	DX, main..autotmp_18+600(SP)
	0x046c 01132 (string_conversions.go:36)	LEAQ	main..autotmp_40+130(SP), AX
	0x0474 01140 (string_conversions.go:36)	LEAQ	main..autotmp_18+596(SP), BX
	0x047c 01148 (string_conversions.go:36)	MOVL	$3, CX
	0x0481 01153 (string_conversions.go:36)	MOVL	CX, DI
	0x0483 01155 (string_conversions.go:36)	CALL	runtime.slicerunetostring(SB)
	0x0488 01160 (string_conversions.go:36)	MOVQ	BX, CX
	0x048b 01163 (string_conversions.go:36)	MOVQ	AX, BX
	0x048e 01166 (string_conversions.go:36)	LEAQ	main..autotmp_39+340(SP), AX
	0x0496 01174 (string_conversions.go:36)	CALL	runtime.stringtoslicerune(SB)
	0x049b 01179 (string_conversions.go:36)	NOP
	0x04a0 01184 (string_conversions.go:37)	CMPQ	BX, $2
	0x04a4 01188 (string_conversions.go:37)	JLS	1454
	0x04aa 01194 (string_conversions.go:36)	MOVQ	BX, main.back.len+640(SP)
	0x04b2 01202 (string_conversions.go:37)	MOVLQSX	8(AX), AX
	0x04b6 01206 (string_conversions.go:37)	MOVQ	AX, main..autotmp_75+648(SP)
	0x04be 01214 (string_conversions.go:37)	NOP
	0x04c0 01216 (string_conversions.go:37)	CALL	runtime.printlock(SB)
	0x04c5 01221 (string_conversions.go:37)	MOVQ	main.back.len+640(SP), AX
	0x04cd 01229 (string_conversions.go:37)	CALL	runtime.printint(SB)
	0x04d2 01234 (string_conversions.go:37)	CALL	runtime.printsp(SB)
	0x04d7 01239 (string_conversions.go:37)	MOVQ	main..autotmp_75+648(SP), AX
	0x04df 01247 (string_conversions.go:37)	NOP
	0x04e0 01248 (string_conversions.go:37)	CALL	runtime.printint(SB)
	0x04e5 01253 (string_conversions.go:37)	CALL	runtime.printnl(SB)
	0x04ea 01258 (string_conversions.go:37)	CALL	runtime.printunlock(SB)
	0x04ef 01263 (string_conversions.go:40)	CALL	runtime.printlock(SB)
	0x04f4 01268 (string_conversions.go:40)	XORL	AX, AX
	0x04f6 01270 (string_conversions.go:40)	CALL	runtime.printint(SB)
	0x04fb 01275 (string_conversions.go:40)	NOP
	0x0500 01280 (string_conversions.go:40)	CALL	runtime.printsp(SB)
	0x0505 01285 (string_conversions.go:40)	MOVL	$1, AX
	0x050a 01290 (string_conversions.go:40)	CALL	runtime.printbool(SB)
	0x050f 01295 (string_conversions.go:40)	CALL	runtime.printnl(SB)
	0x0514 01300 (string_conversions.go:40)	CALL	runtime.printunlock(SB)
	0x0519 01305 (string_conversions.go:44)	LEAQ	main..autotmp_47+98(SP), AX
	0x051e 01310 (string_conversions.go:44)	LEAQ	go:string."immutable"(SB), BX
	0x0525 01317 (string_conversions.go:44)	MOVL	$9, CX
	0x052a 01322 (string_conversions.go:44)	CALL	runtime.stringtoslicebyte(SB)
	0x052f 01327 (string_conversions.go:45)	XORL	CX, CX
	0x0531 01329 (string_conversions.go:45)	JMP	1344
	0x0533 01331 (string_conversions.go:46)	MOVBLZX	(AX)(CX*1), DX
	0x0537 01335 (string_conversions.go:46)	ADDL	$-32, DX
	0x053a 01338 (string_conversions.go:46)	MOVB	DL, (AX)(CX*1)
	0x053d 01341 (string_conversions.go:45)	INCQ	CX
	0x0540 01344 (string_conversions.go:45)	CMPQ	BX, CX
	0x0543 01347 (string_conversions.go:45)	JGT	1331
	0x0545 01349 (string_conversions.go:48)	MOVQ	BX, CX
	0x0548 01352 (string_conversions.go:48)	MOVQ	AX, BX
	0x054b 01355 (string_conversions.go:48)	LEAQ	main..autotmp_51+66(SP), AX
	0x0550 01360 (string_conversions.go:48)	CALL	runtime.slicebytetostring(SB)
	0x0555 01365 (string_conversions.go:48)	MOVQ	AX, main..autotmp_76+720(SP)
	0x055d 01373 (string_conversions.go:48)	MOVQ	BX, main..autotmp_73+664(SP)
	0x0565 01381 (string_conversions.go:48)	PCDATA	$1, $5
	0x0565 01381 (string_conversions.go:48)	CALL	runtime.printlock(SB)
	0x056a 01386 (string_conversions.go:48)	LEAQ	go:string."immutable"(SB), AX
	0x0571 01393 (string_conversions.go:48)	MOVL	$9, BX
	0x0576 01398 (string_conversions.go:48)	CALL	runtime.printstring(SB)
	0x057b 01403 (string_conversions.go:48)	NOP
	0x0580 01408 (string_conversions.go:48)	CALL	runtime.printsp(SB)
	0x0585 01413 (string_conversions.go:48)	MOVQ	main..autotmp_76+720(SP), AX
	0x058d 01421 (string_conversions.go:48)	MOVQ	main..autotmp_73+664(SP), BX
	0x0595 01429 (string_conversions.go:48)	PCDATA	$1, $0
	0x0595 01429 (string_conversions.go:48)	CALL	runtime.printstring(SB)
	0x059a 01434 (string_conversions.go:48)	CALL	runtime.printnl(SB)
	0x059f 01439 (string_conversions.go:48)	NOP
	0x05a0 01440 (string_conversions.go:48)	CALL	runtime.printunlock(SB)
	0x05a5 01445 (string_conversions.go:49)	ADDQ	$728, SP
	0x05ac 01452 (string_conversions.go:49)	POPQ	BP
	0x05ad 01453 (string_conversions.go:49)	RET
	0x05ae 01454 (string_conversions.go:37)	PCDATA	$4, $3546
	0x05ae 01454 (string_conversions.go:37)	CALL	runtime.panicBounds(SB)
	0x05b3 01459 (string_conversions.go:20)	PCDATA	$4, $1278
	0x05b3 01459 (string_conversions.go:20)	CALL	runtime.panicBounds(SB)
	0x05b8 01464 (string_conversions.go:18)	PCDATA	$4, $0
	0x05b8 01464 (string_conversions.go:18)	CALL	runtime.panicBounds(SB)
	0x05bd 01469 (string_conversions.go:18)	XCHGL	AX, AX
	0x05be 01470 (string_conversions.go:18)	NOP
	0x05be 01470 (string_conversions.go:4)	PCDATA	$1, $-1
	0x05be 01470 (string_conversions.go:4)	PCDATA	$0, $-2
	0x05be 01470 (string_conversions.go:4)	NOP
	0x05c0 01472 (string_conversions.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x05c5 01477 (string_conversions.go:4)	PCDATA	$0, $-1
	0x05c5 01477 (string_conversions.go:4)	JMP	0
	0x0000 4c 8d a4 24 a0 fd ff ff 4d 3b 66 10 0f 86 ac 05  L..$....M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec d8 02 00 00 48 8d 84  ..UH..H......H..
	0x0020 24 34 01 00 00 48 8d 1d 00 00 00 00 b9 07 00 00  $4...H..........
	0x0030 00 e8 00 00 00 00 48 89 9c 24 78 02 00 00 48 89  ......H..$x...H.
	0x0040 84 24 c8 02 00 00 48 8d 84 24 d4 01 00 00 48 8d  .$....H..$....H.
	0x0050 1d 00 00 00 00 b9 07 00 00 00 e8 00 00 00 00 48  ...............H
	0x0060 89 9c 24 60 02 00 00 48 89 84 24 c0 02 00 00 48  ..$`...H..$....H
	0x0070 89 8c 24 68 02 00 00 e8 00 00 00 00 48 8b 84 24  ..$h........H..$
	0x0080 78 02 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b  x.............H.
	0x0090 84 24 60 02 00 00 e8 00 00 00 00 0f 1f 44 00 00  .$`..........D..
	0x00a0 e8 00 00 00 00 e8 00 00 00 00 31 c0 eb 47 48 89  ..........1..GH.
	0x00b0 84 24 98 02 00 00 48 8b 8c 24 c8 02 00 00 0f b6  .$....H..$......
	0x00c0 04 01 48 89 84 24 90 02 00 00 e8 00 00 00 00 48  ..H..$.........H
	0x00d0 8b 84 24 90 02 00 00 e8 00 00 00 00 0f 1f 40 00  ..$...........@.
	0x00e0 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 98 02  ..........H..$..
	0x00f0 00 00 48 ff c0 48 8b 8c 24 78 02 00 00 0f 1f 00  ..H..H..$x......
	0x0100 48 39 c1 7f a9 e8 00 00 00 00 e8 00 00 00 00 e8  H9..............
	0x0110 00 00 00 00 31 c0 eb 46 48 89 84 24 98 02 00 00  ....1..FH..$....
	0x0120 48 8b 8c 24 c0 02 00 00 48 8d 04 81 48 63 00 48  H..$....H...Hc.H
	0x0130 89 84 24 88 02 00 00 e8 00 00 00 00 48 8b 84 24  ..$.........H..$
	0x0140 88 02 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00  ................
	0x0150 00 00 00 48 8b 84 24 98 02 00 00 48 ff c0 48 8b  ...H..$....H..H.
	0x0160 8c 24 60 02 00 00 48 39 c1 7f ad e8 00 00 00 00  .$`...H9........
	0x0170 e8 00 00 00 00 e8 00 00 00 00 48 8b 8c 24 78 02  ..........H..$x.
	0x0180 00 00 48 85 c9 0f 86 2d 04 00 00 48 8b 9c 24 c8  ..H....-...H..$.
	0x0190 02 00 00 c6 03 41 48 8d 84 24 14 01 00 00 66 90  .....AH..$....f.
	0x01a0 e8 00 00 00 00 48 89 84 24 d0 02 00 00 48 89 9c  .....H..$....H..
	0x01b0 24 98 02 00 00 e8 00 00 00 00 48 8b 84 24 d0 02  $.........H..$..
	0x01c0 00 00 48 8b 9c 24 98 02 00 00 e8 00 00 00 00 e8  ..H..$..........
	0x01d0 00 00 00 00 48 8d 05 00 00 00 00 bb 07 00 00 00  ....H...........
	0x01e0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x01f0 8b 8c 24 60 02 00 00 66 0f 1f 84 00 00 00 00 00  ..$`...f........
	0x0200 48 83 f9 03 0f 86 a9 03 00 00 48 8b 9c 24 c0 02  H.........H..$..
	0x0210 00 00 c7 43 0c 24 00 00 00 48 8d 84 24 f4 00 00  ...C.$...H..$...
	0x0220 00 48 8b bc 24 68 02 00 00 e8 00 00 00 00 48 89  .H..$h........H.
	0x0230 84 24 d0 02 00 00 48 89 9c 24 98 02 00 00 66 90  .$....H..$....f.
	0x0240 e8 00 00 00 00 48 8b 84 24 d0 02 00 00 48 8b 9c  .....H..$....H..
	0x0250 24 98 02 00 00 e8 00 00 00 00 e8 00 00 00 00 90  $...............
	0x0260 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00  ..........H.....
	0x0270 00 bb 12 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0280 e8 00 00 00 00 e8 00 00 00 00 b8 04 00 00 00 e8  ................
	0x0290 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8d  ..............H.
	0x02a0 84 24 d0 00 00 00 bb 7a 00 00 00 e8 00 00 00 00  .$.....z........
	0x02b0 48 89 84 24 d0 02 00 00 48 89 9c 24 98 02 00 00  H..$....H..$....
	0x02c0 48 8d 84 24 cc 00 00 00 bb 71 00 00 00 e8 00 00  H..$.....q......
	0x02d0 00 00 48 8b 8c 24 98 02 00 00 48 89 c7 48 89 de  ..H..$....H..H..
	0x02e0 48 8d 84 24 d4 00 00 00 48 8b 9c 24 d0 02 00 00  H..$....H..$....
	0x02f0 e8 00 00 00 00 48 89 84 24 d0 02 00 00 48 89 9c  .....H..$....H..
	0x0300 24 98 02 00 00 e8 00 00 00 00 b8 7a 00 00 00 e8  $..........z....
	0x0310 00 00 00 00 e8 00 00 00 00 b8 71 00 00 00 66 90  ..........q...f.
	0x0320 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 d0 02  ..........H..$..
	0x0330 00 00 48 8b 9c 24 98 02 00 00 e8 00 00 00 00 90  ..H..$..........
	0x0340 e8 00 00 00 00 e8 00 00 00 00 48 c7 84 24 c2 00  ..........H..$..
	0x0350 00 00 00 00 00 00 66 c7 84 24 ca 00 00 00 00 00  ......f..$......
	0x0360 48 8d 94 24 c2 00 00 00 be 0a 00 00 00 41 b8 09  H..$.........A..
	0x0370 00 00 00 45 31 c9 45 31 d2 eb 0e 49 8d 40 30 88  ...E1.E1...I.@0.
	0x0380 44 13 ff 49 ff c8 49 89 da 4d 85 c0 7c 77 49 8d  D..I..I..M..|wI.
	0x0390 5a 01 48 39 de 73 e4 4c 89 84 24 70 02 00 00 44  Z.H9.s.L..$p...D
	0x03a0 88 4c 24 41 48 83 fb 20 7f 28 45 84 c9 75 23 4d  .L$AH.. .(E..u#M
	0x03b0 85 d2 75 1e 48 8d 94 24 a0 02 00 00 44 0f 11 3a  ..u.H..$....D..:
	0x03c0 44 0f 11 7a 10 be 20 00 00 00 41 b9 01 00 00 00  D..z.. ...A.....
	0x03d0 eb a9 48 89 d0 48 89 f1 bf 01 00 00 00 48 8d 35  ..H..H.......H.5
	0x03e0 00 00 00 00 e8 00 00 00 00 4c 8b 84 24 70 02 00  .........L..$p..
	0x03f0 00 48 89 c2 48 89 ce 44 0f b6 4c 24 41 0f 1f 00  .H..H..D..L$A...
	0x0400 e9 76 ff ff ff 48 8d 84 24 a2 00 00 00 48 89 d3  .v...H..$....H..
	0x0410 4c 89 d1 e8 00 00 00 00 48 89 84 24 d0 02 00 00  L.......H..$....
	0x0420 48 89 9c 24 98 02 00 00 e8 00 00 00 00 48 8b 84  H..$.........H..
	0x0430 24 d0 02 00 00 48 8b 9c 24 98 02 00 00 0f 1f 00  $....H..$.......
	0x0440 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 c7  ................
	0x0450 84 24 54 02 00 00 48 00 00 00 48 ba 49 00 00 00  .$T...H...H.I...
	0x0460 4b f4 01 00 48 89 94 24 58 02 00 00 48 8d 84 24  K...H..$X...H..$
	0x0470 82 00 00 00 48 8d 9c 24 54 02 00 00 b9 03 00 00  ....H..$T.......
	0x0480 00 89 cf e8 00 00 00 00 48 89 d9 48 89 c3 48 8d  ........H..H..H.
	0x0490 84 24 54 01 00 00 e8 00 00 00 00 0f 1f 44 00 00  .$T..........D..
	0x04a0 48 83 fb 02 0f 86 04 01 00 00 48 89 9c 24 80 02  H.........H..$..
	0x04b0 00 00 48 63 40 08 48 89 84 24 88 02 00 00 66 90  ..Hc@.H..$....f.
	0x04c0 e8 00 00 00 00 48 8b 84 24 80 02 00 00 e8 00 00  .....H..$.......
	0x04d0 00 00 e8 00 00 00 00 48 8b 84 24 88 02 00 00 90  .......H..$.....
	0x04e0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x04f0 00 00 00 00 31 c0 e8 00 00 00 00 0f 1f 44 00 00  ....1........D..
	0x0500 e8 00 00 00 00 b8 01 00 00 00 e8 00 00 00 00 e8  ................
	0x0510 00 00 00 00 e8 00 00 00 00 48 8d 44 24 62 48 8d  .........H.D$bH.
	0x0520 1d 00 00 00 00 b9 09 00 00 00 e8 00 00 00 00 31  ...............1
	0x0530 c9 eb 0d 0f b6 14 08 83 c2 e0 88 14 08 48 ff c1  .............H..
	0x0540 48 39 cb 7f ee 48 89 d9 48 89 c3 48 8d 44 24 42  H9...H..H..H.D$B
	0x0550 e8 00 00 00 00 48 89 84 24 d0 02 00 00 48 89 9c  .....H..$....H..
	0x0560 24 98 02 00 00 e8 00 00 00 00 48 8d 05 00 00 00  $.........H.....
	0x0570 00 bb 09 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0580 e8 00 00 00 00 48 8b 84 24 d0 02 00 00 48 8b 9c  .....H..$....H..
	0x0590 24 98 02 00 00 e8 00 00 00 00 e8 00 00 00 00 90  $...............
	0x05a0 e8 00 00 00 00 48 81 c4 d8 02 00 00 5d c3 e8 00  .....H......]...
	0x05b0 00 00 00 e8 00 00 00 00 e8 00 00 00 00 90 66 90  ..............f.
	0x05c0 e8 00 00 00 00 e9 36 fa ff ff                    ......6...
	rel 40+4 t=R_PCREL go:string."añb€"+0
	rel 50+4 t=R_CALL runtime.stringtoslicebyte+0
	rel 81+4 t=R_PCREL go:string."añb€"+0
	rel 91+4 t=R_CALL runtime.stringtoslicerune+0
	rel 120+4 t=R_CALL runtime.printlock+0
	rel 133+4 t=R_CALL runtime.printint+0
	rel 138+4 t=R_CALL runtime.printsp+0
	rel 151+4 t=R_CALL runtime.printint+0
	rel 161+4 t=R_CALL runtime.printnl+0
	rel 166+4 t=R_CALL runtime.printunlock+0
	rel 203+4 t=R_CALL runtime.printlock+0
	rel 216+4 t=R_CALL runtime.printuint+0
	rel 225+4 t=R_CALL runtime.printsp+0
	rel 230+4 t=R_CALL runtime.printunlock+0
	rel 262+4 t=R_CALL runtime.printlock+0
	rel 267+4 t=R_CALL runtime.printnl+0
	rel 272+4 t=R_CALL runtime.printunlock+0
	rel 312+4 t=R_CALL runtime.printlock+0
	rel 325+4 t=R_CALL runtime.printint+0
	rel 330+4 t=R_CALL runtime.printsp+0
	rel 335+4 t=R_CALL runtime.printunlock+0
	rel 364+4 t=R_CALL runtime.printlock+0
	rel 369+4 t=R_CALL runtime.printnl+0
	rel 374+4 t=R_CALL runtime.printunlock+0
	rel 417+4 t=R_CALL runtime.slicebytetostring+0
	rel 438+4 t=R_CALL runtime.printlock+0
	rel 459+4 t=R_CALL runtime.printstring+0
	rel 464+4 t=R_CALL runtime.printsp+0
	rel 471+4 t=R_PCREL go:string."añb€"+0
	rel 481+4 t=R_CALL runtime.printstring+0
	rel 486+4 t=R_CALL runtime.printnl+0
	rel 491+4 t=R_CALL runtime.printunlock+0
	rel 554+4 t=R_CALL runtime.slicerunetostring+0
	rel 577+4 t=R_CALL runtime.printlock+0
	rel 598+4 t=R_CALL runtime.printstring+0
	rel 603+4 t=R_CALL runtime.printnl+0
	rel 609+4 t=R_CALL runtime.printunlock+0
	rel 614+4 t=R_CALL runtime.printlock+0
	rel 621+4 t=R_PCREL go:string."A 世 � � �\n"+0
	rel 631+4 t=R_CALL runtime.printstring+0
	rel 641+4 t=R_CALL runtime.printunlock+0
	rel 646+4 t=R_CALL runtime.printlock+0
	rel 656+4 t=R_CALL runtime.printint+0
	rel 661+4 t=R_CALL runtime.printnl+0
	rel 666+4 t=R_CALL runtime.printunlock+0
	rel 684+4 t=R_CALL runtime.intstring+0
	rel 718+4 t=R_CALL runtime.intstring+0
	rel 753+4 t=R_CALL runtime.concatstring2+0
	rel 774+4 t=R_CALL runtime.printlock+0
	rel 784+4 t=R_CALL runtime.printint+0
	rel 789+4 t=R_CALL runtime.printsp+0
	rel 801+4 t=R_CALL runtime.printuint+0
	rel 806+4 t=R_CALL runtime.printsp+0
	rel 827+4 t=R_CALL runtime.printstring+0
	rel 833+4 t=R_CALL runtime.printnl+0
	rel 838+4 t=R_CALL runtime.printunlock+0
	rel 992+4 t=R_PCREL type:uint8+0
	rel 997+4 t=R_CALL runtime.growslice+0
	rel 1044+4 t=R_CALL runtime.slicebytetostring+0
	rel 1065+4 t=R_CALL runtime.printlock+0
	rel 1089+4 t=R_CALL runtime.printstring+0
	rel 1094+4 t=R_CALL runtime.printnl+0
	rel 1099+4 t=R_CALL runtime.printunlock+0
	rel 1156+4 t=R_CALL runtime.slicerunetostring+0
	rel 1175+4 t=R_CALL runtime.stringtoslicerune+0
	rel 1217+4 t=R_CALL runtime.printlock+0
	rel 1230+4 t=R_CALL runtime.printint+0
	rel 1235+4 t=R_CALL runtime.printsp+0
	rel 1249+4 t=R_CALL runtime.printint+0
	rel 1254+4 t=R_CALL runtime.printnl+0
	rel 1259+4 t=R_CALL runtime.printunlock+0
	rel 1264+4 t=R_CALL runtime.printlock+0
	rel 1271+4 t=R_CALL runtime.printint+0
	rel 1281+4 t=R_CALL runtime.printsp+0
	rel 1291+4 t=R_CALL runtime.printbool+0
	rel 1296+4 t=R_CALL runtime.printnl+0
	rel 1301+4 t=R_CALL runtime.printunlock+0
	rel 1313+4 t=R_PCREL go:string."immutable"+0
	rel 1323+4 t=R_CALL runtime.stringtoslicebyte+0
	rel 1361+4 t=R_CALL runtime.slicebytetostring+0
	rel 1382+4 t=R_CALL runtime.printlock+0
	rel 1389+4 t=R_PCREL go:string."immutable"+0
	rel 1399+4 t=R_CALL runtime.printstring+0
	rel 1409+4 t=R_CALL runtime.printsp+0
	rel 1430+4 t=R_CALL runtime.printstring+0
	rel 1435+4 t=R_CALL runtime.printnl+0
	rel 1441+4 t=R_CALL runtime.printunlock+0
	rel 1455+4 t=R_CALL runtime.panicBounds+0
	rel 1460+4 t=R_CALL runtime.panicBounds+0
	rel 1465+4 t=R_CALL runtime.panicBounds+0
	rel 1473+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."añb€" SRODATA dupok size=7 align=0x1
	0x0000 61 c3 b1 62 e2 82 ac                             a..b...
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
go:string."A" SRODATA dupok size=1 align=0x1
	0x0000 41                                               A
go:string."世" SRODATA dupok size=3 align=0x1
	0x0000 e4 b8 96                                         ...
go:string."�" SRODATA dupok size=3 align=0x1
	0x0000 ef bf bd                                         ...
go:string."A 世 � � �\n" SRODATA dupok size=18 align=0x1
	0x0000 41 20 e4 b8 96 20 ef bf bd 20 ef bf bd 20 ef bf  A ... ... ... ..
	0x0010 bd 0a                                            ..
go:string."" SRODATA dupok size=0 align=0x1
go:string."immutable" SRODATA dupok size=9 align=0x1
	0x0000 69 6d 6d 75 74 61 62 6c 65                       immutable
gclocals·3Nf0KxzcHw1JLr11btD+gA== SRODATA dupok size=8 align=0x4
	0x0000 06 00 00 00 00 00 00 00                          ........
gclocals·VG/BXPlAKFWP6JQ21N0RYQ== SRODATA dupok size=14 align=0x4
	0x0000 06 00 00 00 03 00 00 00 00 02 03 01 05 04        ..............
