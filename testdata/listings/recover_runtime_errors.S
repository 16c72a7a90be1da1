funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (recover_runtime_errors.go:32)	TEXT	main.main(SB), ABIInternal, $208-0
     0        00000 (recover_runtime_errors.go:32)	TEXT	main.main(SB), ABIInternal, $208-0
     0     -1 00000 (recover_runtime_errors.go:32)	LEAQ	-80(SP), R12
     5        00005 (recover_runtime_errors.go:32)	CMPQ	R12, 16(R14)
     9        00009 (recover_runtime_errors.go:32)	PCDATA	$0, $-2
     9        00009 (recover_runtime_errors.go:32)	JLS	358
     f        00015 (recover_runtime_errors.go:32)	PCDATA	$0, $-1
     f        00015 (recover_runtime_errors.go:32)	PUSHQ	BP
    10        00016 (recover_runtime_errors.go:32)	MOVQ	SP, BP
    13        00019 (recover_runtime_errors.go:32)	SUBQ	$200, SP
    1a        00026 (recover_runtime_errors.go:32)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    1a        00026 (recover_runtime_errors.go:32)	FUNCDATA	$1, gclocals·823vk8job+2mH7hKLnKBEg==(SB)
    1a        00026 (recover_runtime_errors.go:32)	FUNCDATA	$2, main.main.stkobj(SB)
    1a        00026 (recover_runtime_errors.go:38)	LEAQ	main.main.func1·f(SB), CX
    21        00033 (recover_runtime_errors.go:38)	MOVQ	CX, main..autotmp_10+120(SP)
    26        00038 (recover_runtime_errors.go:39)	LEAQ	main.main.func2(SB), CX
    2d        00045 (recover_runtime_errors.go:39)	MOVQ	CX, main..autotmp_12+104(SP)
    32        00050 (recover_runtime_errors.go:39)	MOVQ	$0, main..autotmp_12+112(SP)
    3b        00059 (recover_runtime_errors.go:39)	LEAQ	main..autotmp_12+104(SP), CX
    40        00064 (recover_runtime_errors.go:39)	MOVQ	CX, main..autotmp_10+128(SP)
    48        00072 (recover_runtime_errors.go:40)	LEAQ	main.main.func3(SB), CX
    4f        00079 (recover_runtime_errors.go:40)	MOVQ	CX, main..autotmp_14+88(SP)
    54        00084 (recover_runtime_errors.go:40)	MOVQ	$0, main..autotmp_14+96(SP)
    5d        00093 (recover_runtime_errors.go:40)	LEAQ	main..autotmp_14+88(SP), CX
    62        00098 (recover_runtime_errors.go:40)	MOVQ	CX, main..autotmp_10+136(SP)
    6a        00106 (recover_runtime_errors.go:41)	LEAQ	main.main.func4·f(SB), CX
    71        00113 (recover_runtime_errors.go:41)	MOVQ	CX, main..autotmp_10+144(SP)
    79        00121 (recover_runtime_errors.go:42)	LEAQ	main.main.func5(SB), CX
    80        00128 (recover_runtime_errors.go:42)	MOVQ	CX, main..autotmp_16+64(SP)
    85        00133 (recover_runtime_errors.go:42)	LEAQ	type:main.Cat(SB), CX
    8c        00140 (recover_runtime_errors.go:42)	MOVQ	CX, main..autotmp_16+72(SP)
    91        00145 (recover_runtime_errors.go:42)	LEAQ	runtime.zerobase(SB), CX
    98        00152 (recover_runtime_errors.go:42)	MOVQ	CX, main..autotmp_16+80(SP)
    9d        00157 (recover_runtime_errors.go:42)	LEAQ	main..autotmp_16+64(SP), CX
    a2        00162 (recover_runtime_errors.go:42)	MOVQ	CX, main..autotmp_10+152(SP)
    aa        00170 (recover_runtime_errors.go:43)	LEAQ	main.main.func6(SB), CX
    b1        00177 (recover_runtime_errors.go:43)	MOVQ	CX, main..autotmp_18+40(SP)
    b6        00182 (recover_runtime_errors.go:43)	MOVUPS	X15, main..autotmp_18+48(SP)
    bc        00188 (recover_runtime_errors.go:43)	LEAQ	main..autotmp_18+40(SP), CX
    c1        00193 (recover_runtime_errors.go:43)	MOVQ	CX, main..autotmp_10+160(SP)
    c9        00201 (recover_runtime_errors.go:44)	LEAQ	main.main.func7·f(SB), CX
    d0        00208 (recover_runtime_errors.go:44)	MOVQ	CX, main..autotmp_10+168(SP)
    d8        00216 (recover_runtime_errors.go:45)	LEAQ	main.main.func8·f(SB), CX
    df        00223 (recover_runtime_errors.go:45)	MOVQ	CX, main..autotmp_10+176(SP)
    e7        00231 (recover_runtime_errors.go:46)	LEAQ	main.main.func9·f(SB), CX
    ee        00238 (recover_runtime_errors.go:46)	MOVQ	CX, main..autotmp_10+184(SP)
    f6        00246 (recover_runtime_errors.go:47)	LEAQ	main.main.func10·f(SB), CX
    fd        00253 (recover_runtime_errors.go:47)	MOVQ	CX, main..autotmp_10+192(SP)
   105        00261 (recover_runtime_errors.go:47)	XORL	AX, AX
   107        00263 (recover_runtime_errors.go:49)	JMP	343
   109        00265 (recover_runtime_errors.go:49)	MOVQ	AX, main.i+16(SP)
   10e        00270 (recover_runtime_errors.go:49)	MOVQ	main..autotmp_10+120(SP)(AX*8), AX
   113        00275 (recover_runtime_errors.go:50)	PCDATA	$1, $1
   113        00275 (recover_runtime_errors.go:50)	CALL	main.classify(SB)
   118        00280 (recover_runtime_errors.go:50)	MOVQ	AX, main..autotmp_28+32(SP)
   11d        00285 (recover_runtime_errors.go:50)	MOVQ	BX, main..autotmp_29+24(SP)
   122        00290 (recover_runtime_errors.go:50)	PCDATA	$1, $2
   122        00290 (recover_runtime_errors.go:50)	CALL	runtime.printlock(SB)
   127        00295 (recover_runtime_errors.go:50)	MOVQ	main.i+16(SP), AX
   12c        00300 (recover_runtime_errors.go:50)	CALL	runtime.printint(SB)
   131        00305 (recover_runtime_errors.go:50)	CALL	runtime.printsp(SB)
   136        00310 (recover_runtime_errors.go:50)	MOVQ	main..autotmp_28+32(SP), AX
   13b        00315 (recover_runtime_errors.go:50)	MOVQ	main..autotmp_29+24(SP), BX
   140        00320 (recover_runtime_errors.go:50)	PCDATA	$1, $1
   140        00320 (recover_runtime_errors.go:50)	CALL	runtime.printstring(SB)
   145        00325 (recover_runtime_errors.go:50)	CALL	runtime.printnl(SB)
   14a        00330 (recover_runtime_errors.go:50)	CALL	runtime.printunlock(SB)
   14f        00335 (recover_runtime_errors.go:49)	MOVQ	main.i+16(SP), AX
   154        00340 (recover_runtime_errors.go:49)	INCQ	AX
   157        00343 (recover_runtime_errors.go:49)	CMPQ	AX, $10
   15b        00347 (recover_runtime_errors.go:49)	JLT	265
   15d        00349 (recover_runtime_errors.go:52)	ADDQ	$200, SP
   164        00356 (recover_runtime_errors.go:52)	POPQ	BP
   165        00357 (recover_runtime_errors.go:52)	RET
   166        00358 (recover_runtime_errors.go:52)	NOP
   166        00358 (recover_runtime_errors.go:32)	PCDATA	$1, $-1
   166        00358 (recover_runtime_errors.go:32)	PCDATA	$0, $-2
   166        00358 (recover_runtime_errors.go:32)	CALL	runtime.morestack_noctxt(SB)
   16b        00363 (recover_runtime_errors.go:32)	PCDATA	$0, $-1
   16b        00363 (recover_runtime_errors.go:32)	JMP	0
   170 done
wrote 4 bytes to 0x0
 00 f0 02 00
funcpctab main.main.func6 [valfunc=pctoinline]
     0     -1 00000 (recover_runtime_errors.go:43)	TEXT	main.main.func6(SB), NEEDCTXT|ABIInternal, $16-0
     0        00000 (recover_runtime_errors.go:43)	TEXT	main.main.func6(SB), NEEDCTXT|ABIInternal, $16-0
     0     -1 00000 (recover_runtime_errors.go:43)	CMPQ	SP, 16(R14)
     4        00004 (recover_runtime_errors.go:43)	PCDATA	$0, $-2
     4        00004 (recover_runtime_errors.go:43)	JLS	34
     6        00006 (recover_runtime_errors.go:43)	PCDATA	$0, $-1
     6        00006 (recover_runtime_errors.go:43)	PUSHQ	BP
     7        00007 (recover_runtime_errors.go:43)	MOVQ	SP, BP
     a        00010 (recover_runtime_errors.go:43)	SUBQ	$8, SP
     e        00014 (recover_runtime_errors.go:43)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_runtime_errors.go:43)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_runtime_errors.go:43)	MOVQ	8(DX), CX
    12        00018 (recover_runtime_errors.go:43)	MOVQ	16(DX), AX
    16        00022 (recover_runtime_errors.go:43)	MOVQ	24(CX), CX
    1a        00026 (recover_runtime_errors.go:43)	PCDATA	$1, $0
    1a        00026 (recover_runtime_errors.go:43)	CALL	CX
    1c        00028 (recover_runtime_errors.go:43)	ADDQ	$8, SP
    20        00032 (recover_runtime_errors.go:43)	POPQ	BP
    21        00033 (recover_runtime_errors.go:43)	RET
    22        00034 (recover_runtime_errors.go:43)	NOP
    22        00034 (recover_runtime_errors.go:43)	PCDATA	$1, $-1
    22        00034 (recover_runtime_errors.go:43)	PCDATA	$0, $-2
    22        00034 (recover_runtime_errors.go:43)	CALL	runtime.morestack(SB)
    27        00039 (recover_runtime_errors.go:43)	PCDATA	$0, $-1
    27        00039 (recover_runtime_errors.go:43)	JMP	0
    29 done
wrote 3 bytes to 0x0
 00 29 00
funcpctab main.main.func5 [valfunc=pctoinline]
     0     -1 00000 (recover_runtime_errors.go:42)	TEXT	main.main.func5(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (recover_runtime_errors.go:42)	TEXT	main.main.func5(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (recover_runtime_errors.go:42)	CMPQ	SP, 16(R14)
     4        00004 (recover_runtime_errors.go:42)	PCDATA	$0, $-2
     4        00004 (recover_runtime_errors.go:42)	JLS	49
     6        00006 (recover_runtime_errors.go:42)	PCDATA	$0, $-1
     6        00006 (recover_runtime_errors.go:42)	PUSHQ	BP
     7        00007 (recover_runtime_errors.go:42)	MOVQ	SP, BP
     a        00010 (recover_runtime_errors.go:42)	SUBQ	$24, SP
     e        00014 (recover_runtime_errors.go:42)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_runtime_errors.go:42)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_runtime_errors.go:42)	MOVQ	8(DX), AX
    12        00018 (recover_runtime_errors.go:42)	LEAQ	type:int(SB), BX
    19        00025 (recover_runtime_errors.go:42)	CMPQ	AX, BX
    1c        00028 (recover_runtime_errors.go:42)	JNE	36
    1e        00030 (recover_runtime_errors.go:42)	ADDQ	$24, SP
    22        00034 (recover_runtime_errors.go:42)	POPQ	BP
    23        00035 (recover_runtime_errors.go:42)	RET
    24        00036 (recover_runtime_errors.go:42)	LEAQ	type:interface {}(SB), CX
    2b        00043 (recover_runtime_errors.go:42)	PCDATA	$1, $0
    2b        00043 (recover_runtime_errors.go:42)	CALL	runtime.panicdottypeE(SB)
    30        00048 (recover_runtime_errors.go:42)	XCHGL	AX, AX
    31        00049 (recover_runtime_errors.go:42)	NOP
    31        00049 (recover_runtime_errors.go:42)	PCDATA	$1, $-1
    31        00049 (recover_runtime_errors.go:42)	PCDATA	$0, $-2
    31        00049 (recover_runtime_errors.go:42)	CALL	runtime.morestack(SB)
    36        00054 (recover_runtime_errors.go:42)	PCDATA	$0, $-1
    36        00054 (recover_runtime_errors.go:42)	JMP	0
    38 done
wrote 3 bytes to 0x0
 00 38 00
funcpctab main.main.func3 [valfunc=pctoinline]
     0     -1 00000 (recover_runtime_errors.go:40)	TEXT	main.main.func3(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (recover_runtime_errors.go:40)	TEXT	main.main.func3(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (recover_runtime_errors.go:40)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (recover_runtime_errors.go:40)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (recover_runtime_errors.go:40)	MOVQ	8(DX), AX
     4        00004 (recover_runtime_errors.go:40)	TESTB	AL, (AX)
     6        00006 (recover_runtime_errors.go:40)	RET
     7 done
wrote 3 bytes to 0x0
 00 07 00
funcpctab main.main.func2 [valfunc=pctoinline]
     0     -1 00000 (recover_runtime_errors.go:39)	TEXT	main.main.func2(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (recover_runtime_errors.go:39)	TEXT	main.main.func2(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (recover_runtime_errors.go:39)	CMPQ	SP, 16(R14)
     4        00004 (recover_runtime_errors.go:39)	PCDATA	$0, $-2
     4        00004 (recover_runtime_errors.go:39)	JLS	50
     6        00006 (recover_runtime_errors.go:39)	PCDATA	$0, $-1
     6        00006 (recover_runtime_errors.go:39)	PUSHQ	BP
     7        00007 (recover_runtime_errors.go:39)	MOVQ	SP, BP
     a        00010 (recover_runtime_errors.go:39)	SUBQ	$24, SP
     e        00014 (recover_runtime_errors.go:39)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_runtime_errors.go:39)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_runtime_errors.go:39)	MOVQ	8(DX), BX
    12        00018 (recover_runtime_errors.go:39)	LEAQ	type:map[int]int(SB), AX
    19        00025 (recover_runtime_errors.go:39)	MOVL	$1, CX
    1e        00030 (recover_runtime_errors.go:39)	PCDATA	$1, $0
    1e        00030 (recover_runtime_errors.go:39)	NOP
    20        00032 (recover_runtime_errors.go:39)	CALL	runtime.mapassign_fast64(SB)
    25        00037 (recover_runtime_errors.go:39)	MOVQ	$2, (AX)
    2c        00044 (recover_runtime_errors.go:39)	ADDQ	$24, SP
    30        00048 (recover_runtime_errors.go:39)	POPQ	BP
    31        00049 (recover_runtime_errors.go:39)	RET
    32        00050 (recover_runtime_errors.go:39)	NOP
    32        00050 (recover_runtime_errors.go:39)	PCDATA	$1, $-1
    32        00050 (recover_runtime_errors.go:39)	PCDATA	$0, $-2
    32        00050 (recover_runtime_errors.go:39)	CALL	runtime.morestack(SB)
    37        00055 (recover_runtime_errors.go:39)	PCDATA	$0, $-1
    37        00055 (recover_runtime_errors.go:39)	JMP	0
    39 done
wrote 3 bytes to 0x0
 00 39 00
funcpctab main.(*Cat).Sound [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Cat).Sound(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Cat).Sound(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Cat).Sound.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Cat).Sound.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	23
     9        00009 (<autogenerated>:1)	LEAQ	go:string."meow"(SB), AX
    10        00016 (<autogenerated>:1)	MOVL	$4, BX
    15        00021 (<autogenerated>:1)	POPQ	BP
    16        00022 (<autogenerated>:1)	RET
    17        00023 (<autogenerated>:1)	PCDATA	$1, $1
    17        00023 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    1c        00028 (<autogenerated>:1)	XCHGL	AX, AX
    1d done
wrote 3 bytes to 0x0
 00 1d 00
funcpctab main.main.func9 [valfunc=pctoinline]
     0     -1 00000 (recover_runtime_errors.go:46)	TEXT	main.main.func9(SB), ABIInternal, $24-0
     0        00000 (recover_runtime_errors.go:46)	TEXT	main.main.func9(SB), ABIInternal, $24-0
     0     -1 00000 (recover_runtime_errors.go:46)	CMPQ	SP, 16(R14)
     4        00004 (recover_runtime_errors.go:46)	PCDATA	$0, $-2
     4        00004 (recover_runtime_errors.go:46)	JLS	75
     6        00006 (recover_runtime_errors.go:46)	PCDATA	$0, $-1
     6        00006 (recover_runtime_errors.go:46)	PUSHQ	BP
     7        00007 (recover_runtime_errors.go:46)	MOVQ	SP, BP
     a        00010 (recover_runtime_errors.go:46)	SUBQ	$16, SP
     e        00014 (recover_runtime_errors.go:46)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_runtime_errors.go:46)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_runtime_errors.go:46)	MOVL	$1, AX
    13        00019 (recover_runtime_errors.go:46)	PCDATA	$1, $0
    13        00019 (recover_runtime_errors.go:46)	CALL	main.num(SB)
    18        00024 (recover_runtime_errors.go:46)	MOVQ	AX, main..autotmp_5+8(SP)
    1d        00029 (recover_runtime_errors.go:46)	XORL	AX, AX
    1f        00031 (recover_runtime_errors.go:46)	NOP
    20        00032 (recover_runtime_errors.go:46)	CALL	main.num(SB)
    25        00037 (recover_runtime_errors.go:46)	CMPQ	AX, $2
    29        00041 (recover_runtime_errors.go:46)	JHI	69
    2b        00043 (recover_runtime_errors.go:46)	MOVQ	main..autotmp_5+8(SP), CX
    30        00048 (recover_runtime_errors.go:46)	CMPQ	AX, CX
    33        00051 (recover_runtime_errors.go:46)	JCS	59
    35        00053 (recover_runtime_errors.go:46)	ADDQ	$16, SP
    39        00057 (recover_runtime_errors.go:46)	POPQ	BP
    3a        00058 (recover_runtime_errors.go:46)	RET
    3b        00059 (recover_runtime_errors.go:46)	PCDATA	$4, $138
    3b        00059 (recover_runtime_errors.go:46)	NOP
    40        00064 (recover_runtime_errors.go:46)	CALL	runtime.panicBounds(SB)
    45        00069 (recover_runtime_errors.go:46)	PCDATA	$4, $2351
    45        00069 (recover_runtime_errors.go:46)	CALL	runtime.panicBounds(SB)
    4a        00074 (recover_runtime_errors.go:46)	XCHGL	AX, AX
    4b        00075 (recover_runtime_errors.go:46)	NOP
    4b        00075 (recover_runtime_errors.go:46)	PCDATA	$1, $-1
    4b        00075 (recover_runtime_errors.go:46)	PCDATA	$0, $-2
    4b        00075 (recover_runtime_errors.go:46)	CALL	runtime.morestack_noctxt(SB)
    50        00080 (recover_runtime_errors.go:46)	PCDATA	$0, $-1
    50        00080 (recover_runtime_errors.go:46)	JMP	0
    52 done
wrote 3 bytes to 0x0
 00 52 00
funcpctab main.main.func10 [valfunc=pctoinline]
     0     -1 00000 (recover_runtime_errors.go:47)	TEXT	main.main.func10(SB), ABIInternal, $16-0
     0        00000 (recover_runtime_errors.go:47)	TEXT	main.main.func10(SB), ABIInternal, $16-0
     0     -1 00000 (recover_runtime_errors.go:47)	CMPQ	SP, 16(R14)
     4        00004 (recover_runtime_errors.go:47)	PCDATA	$0, $-2
     4        00004 (recover_runtime_errors.go:47)	JLS	42
     6        00006 (recover_runtime_errors.go:47)	PCDATA	$0, $-1
     6        00006 (recover_runtime_errors.go:47)	PUSHQ	BP
     7        00007 (recover_runtime_errors.go:47)	MOVQ	SP, BP
     a        00010 (recover_runtime_errors.go:47)	SUBQ	$8, SP
     e        00014 (recover_runtime_errors.go:47)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_runtime_errors.go:47)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_runtime_errors.go:47)	MOVL	$3, AX
    13        00019 (recover_runtime_errors.go:47)	PCDATA	$1, $0
    13        00019 (recover_runtime_errors.go:47)	CALL	main.num(SB)
    18        00024 (recover_runtime_errors.go:47)	CMPQ	AX, $3
    1c        00028 (recover_runtime_errors.go:47)	JCC	36
    1e        00030 (recover_runtime_errors.go:47)	ADDQ	$8, SP
    22        00034 (recover_runtime_errors.go:47)	POPQ	BP
    23        00035 (recover_runtime_errors.go:47)	RET
    24        00036 (recover_runtime_errors.go:47)	PCDATA	$4, $3501
    24        00036 (recover_runtime_errors.go:47)	CALL	runtime.panicBounds(SB)
    29        00041 (recover_runtime_errors.go:47)	XCHGL	AX, AX
    2a        00042 (recover_runtime_errors.go:47)	NOP
    2a        00042 (recover_runtime_errors.go:47)	PCDATA	$1, $-1
    2a        00042 (recover_runtime_errors.go:47)	PCDATA	$0, $-2
    2a        00042 (recover_runtime_errors.go:47)	CALL	runtime.morestack_noctxt(SB)
    2f        00047 (recover_runtime_errors.go:47)	PCDATA	$0, $-1
    2f        00047 (recover_runtime_errors.go:47)	JMP	0
    31 done
wrote 3 bytes to 0x0
 00 31 00
funcpctab main.classify [valfunc=pctoinline]
     0     -1 00000 (recover_runtime_errors.go:14)	TEXT	main.classify(SB), ABIInternal, $56-8
     0        00000 (recover_runtime_errors.go:14)	TEXT	main.classify(SB), ABIInternal, $56-8
     0     -1 00000 (recover_runtime_errors.go:14)	CMPQ	SP, 16(R14)
     4        00004 (recover_runtime_errors.go:14)	PCDATA	$0, $-2
     4        00004 (recover_runtime_errors.go:14)	JLS	154
     a        00010 (recover_runtime_errors.go:14)	PCDATA	$0, $-1
     a        00010 (recover_runtime_errors.go:14)	PUSHQ	BP
     b        00011 (recover_runtime_errors.go:14)	MOVQ	SP, BP
     e        00014 (recover_runtime_errors.go:14)	SUBQ	$48, SP
    12        00018 (recover_runtime_errors.go:14)	MOVQ	X15, 40(SP)
    19        00025 (recover_runtime_errors.go:14)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
    19        00025 (recover_runtime_errors.go:14)	FUNCDATA	$1, gclocals·TggWaExUwDZc5d5PnqhOxw==(SB)
    19        00025 (recover_runtime_errors.go:14)	FUNCDATA	$2, main.classify.stkobj(SB)
    19        00025 (recover_runtime_errors.go:14)	FUNCDATA	$5, main.classify.arginfo1(SB)
    19        00025 (recover_runtime_errors.go:14)	FUNCDATA	$6, main.classify.argliveinfo(SB)
    19        00025 (recover_runtime_errors.go:14)	FUNCDATA	$4, main.classify.opendefer(SB)
    19        00025 (recover_runtime_errors.go:14)	PCDATA	$3, $1
    19        00025 (recover_runtime_errors.go:14)	MOVB	$0, main..autotmp_4+7(SP)
    1e        00030 (recover_runtime_errors.go:14)	MOVUPS	X15, main.kind+8(SP)
    24        00036 (recover_runtime_errors.go:15)	LEAQ	main.classify.func1(SB), CX
    2b        00043 (recover_runtime_errors.go:15)	MOVQ	CX, main..autotmp_3+24(SP)
    30        00048 (recover_runtime_errors.go:15)	LEAQ	main.kind+8(SP), CX
    35        00053 (recover_runtime_errors.go:15)	MOVQ	CX, main..autotmp_3+32(SP)
    3a        00058 (recover_runtime_errors.go:15)	LEAQ	main..autotmp_3+24(SP), CX
    3f        00063 (recover_runtime_errors.go:15)	MOVQ	CX, main..autotmp_5+40(SP)
    44        00068 (recover_runtime_errors.go:15)	MOVB	$1, main..autotmp_4+7(SP)
    49        00073 (recover_runtime_errors.go:25)	MOVQ	(AX), CX
    4c        00076 (recover_runtime_errors.go:25)	MOVQ	AX, DX
    4f        00079 (recover_runtime_errors.go:25)	PCDATA	$1, $1
    4f        00079 (recover_runtime_errors.go:25)	CALL	CX
    51        00081 (recover_runtime_errors.go:26)	LEAQ	go:string."unreachable?"(SB), AX
    58        00088 (recover_runtime_errors.go:26)	MOVQ	AX, main.kind+8(SP)
    5d        00093 (recover_runtime_errors.go:26)	MOVQ	$12, main.kind+16(SP)
    66        00102 (recover_runtime_errors.go:26)	MOVB	$0, main..autotmp_4+7(SP)
    6b        00107 (recover_runtime_errors.go:26)	MOVQ	main..autotmp_5+40(SP), DX
    70        00112 (recover_runtime_errors.go:26)	MOVQ	(DX), AX
    73        00115 (recover_runtime_errors.go:26)	CALL	AX
    75        00117 (recover_runtime_errors.go:26)	MOVQ	main.kind+8(SP), AX
    7a        00122 (recover_runtime_errors.go:26)	MOVQ	main.kind+16(SP), BX
    7f        00127 (recover_runtime_errors.go:26)	ADDQ	$48, SP
    83        00131 (recover_runtime_errors.go:26)	POPQ	BP
    84        00132 (recover_runtime_errors.go:26)	RET
    85        00133 (recover_runtime_errors.go:26)	CALL	runtime.deferreturn(SB)
    8a        00138 (recover_runtime_errors.go:26)	MOVQ	main.kind+8(SP), AX
    8f        00143 (recover_runtime_errors.go:26)	MOVQ	main.kind+16(SP), BX
    94        00148 (recover_runtime_errors.go:26)	ADDQ	$48, SP
    98        00152 (recover_runtime_errors.go:26)	POPQ	BP
    99        00153 (recover_runtime_errors.go:26)	RET
    9a        00154 (recover_runtime_errors.go:26)	NOP
    9a        00154 (recover_runtime_errors.go:14)	PCDATA	$1, $-1
    9a        00154 (recover_runtime_errors.go:14)	PCDATA	$0, $-2
    9a        00154 (recover_runtime_errors.go:14)	MOVQ	AX, 8(SP)
    9f        00159 (recover_runtime_errors.go:14)	NOP
    a0        00160 (recover_runtime_errors.go:14)	CALL	runtime.morestack_noctxt(SB)
    a5        00165 (recover_runtime_errors.go:14)	PCDATA	$0, $-1
    a5        00165 (recover_runtime_errors.go:14)	MOVQ	8(SP), AX
    aa        00170 (recover_runtime_errors.go:14)	JMP	0
    af done
wrote 4 bytes to 0x0
 00 af 01 00
funcpctab main.classify.func1 [valfunc=pctoinline]
     0     -1 00000 (recover_runtime_errors.go:15)	TEXT	main.classify.func1(SB), NEEDCTXT|ABIInternal, $72-0
     0        00000 (recover_runtime_errors.go:15)	TEXT	main.classify.func1(SB), NEEDCTXT|ABIInternal, $72-0
     0     -1 00000 (recover_runtime_errors.go:15)	CMPQ	SP, 16(R14)
     4        00004 (recover_runtime_errors.go:15)	PCDATA	$0, $-2
     4        00004 (recover_runtime_errors.go:15)	JLS	358
     a        00010 (recover_runtime_errors.go:15)	PCDATA	$0, $-1
     a        00010 (recover_runtime_errors.go:15)	PUSHQ	BP
     b        00011 (recover_runtime_errors.go:15)	MOVQ	SP, BP
     e        00014 (recover_runtime_errors.go:15)	SUBQ	$64, SP
    12        00018 (recover_runtime_errors.go:15)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
    12        00018 (recover_runtime_errors.go:15)	FUNCDATA	$1, gclocals·sfOxBcdnNBiCaiOXpthwPg==(SB)
    12        00018 (recover_runtime_errors.go:15)	MOVQ	8(DX), AX
    16        00022 (recover_runtime_errors.go:15)	MOVQ	AX, main.&kind+56(SP)
    1b        00027 (recover_runtime_errors.go:16)	PCDATA	$1, $1
    1b        00027 (recover_runtime_errors.go:16)	NOP
    20        00032 (recover_runtime_errors.go:16)	CALL	runtime.gorecover(SB)
    25        00037 (recover_runtime_errors.go:17)	TESTQ	AX, AX
    28        00040 (recover_runtime_errors.go:17)	JEQ	61
    2a        00042 (recover_runtime_errors.go:17)	MOVQ	main..typeAssert.0(SB), DX
    31        00049 (recover_runtime_errors.go:17)	MOVQ	(DX), R8
    34        00052 (recover_runtime_errors.go:17)	MOVL	16(AX), R9
    38        00056 (recover_runtime_errors.go:17)	JMP	271
    3d        00061 (recover_runtime_errors.go:16)	MOVQ	AX, CX
    40        00064 (recover_runtime_errors.go:17)	TESTQ	AX, AX
    43        00067 (recover_runtime_errors.go:17)	JNE	195
    45        00069 (recover_runtime_errors.go:19)	LEAQ	type:string(SB), DX
    4c        00076 (recover_runtime_errors.go:19)	CMPQ	CX, DX
    4f        00079 (recover_runtime_errors.go:19)	JNE	145
    51        00081 (recover_runtime_errors.go:19)	MOVQ	(BX), DI
    54        00084 (recover_runtime_errors.go:19)	MOVQ	8(BX), SI
    58        00088 (recover_runtime_errors.go:20)	XORL	AX, AX
    5a        00090 (recover_runtime_errors.go:20)	LEAQ	go:string."user: "(SB), BX
    61        00097 (recover_runtime_errors.go:20)	MOVL	$6, CX
    66        00102 (recover_runtime_errors.go:20)	CALL	runtime.concatstring2(SB)
    6b        00107 (recover_runtime_errors.go:20)	MOVQ	main.&kind+56(SP), DX
    70        00112 (recover_runtime_errors.go:20)	MOVQ	BX, 8(DX)
    74        00116 (recover_runtime_errors.go:20)	CMPL	runtime.writeBarrier(SB), $0
    7b        00123 (recover_runtime_errors.go:20)	PCDATA	$0, $-2
    7b        00123 (recover_runtime_errors.go:20)	JEQ	140
    7d        00125 (recover_runtime_errors.go:20)	MOVQ	(DX), CX
    80        00128 (recover_runtime_errors.go:20)	CALL	runtime.gcWriteBarrier2(SB)
    85        00133 (recover_runtime_errors.go:20)	MOVQ	AX, (R11)
    88        00136 (recover_runtime_errors.go:20)	MOVQ	CX, 8(R11)
    8c        00140 (recover_runtime_errors.go:20)	MOVQ	AX, (DX)
    8f        00143 (recover_runtime_errors.go:20)	PCDATA	$0, $-1
    8f        00143 (recover_runtime_errors.go:20)	JMP	265
    91        00145 (recover_runtime_errors.go:17)	TESTQ	CX, CX
    94        00148 (recover_runtime_errors.go:21)	JNE	265
    96        00150 (recover_runtime_errors.go:22)	MOVQ	main.&kind+56(SP), AX
    9b        00155 (recover_runtime_errors.go:22)	MOVQ	$4, 8(AX)
    a3        00163 (recover_runtime_errors.go:22)	CMPL	runtime.writeBarrier(SB), $0
    aa        00170 (recover_runtime_errors.go:22)	PCDATA	$0, $-2
    aa        00170 (recover_runtime_errors.go:22)	JEQ	183
    ac        00172 (recover_runtime_errors.go:22)	MOVQ	(AX), CX
    af        00175 (recover_runtime_errors.go:22)	CALL	runtime.gcWriteBarrier1(SB)
    b4        00180 (recover_runtime_errors.go:22)	MOVQ	CX, (R11)
    b7        00183 (recover_runtime_errors.go:22)	LEAQ	go:string."none"(SB), CX
    be        00190 (recover_runtime_errors.go:22)	MOVQ	CX, (AX)
    c1        00193 (recover_runtime_errors.go:22)	PCDATA	$0, $-1
    c1        00193 (recover_runtime_errors.go:22)	JMP	265
    c3        00195 (recover_runtime_errors.go:18)	MOVQ	24(AX), CX
    c7        00199 (recover_runtime_errors.go:18)	MOVQ	BX, AX
    ca        00202 (recover_runtime_errors.go:18)	CALL	CX
    cc        00204 (recover_runtime_errors.go:18)	MOVL	$9, CX
    d1        00209 (recover_runtime_errors.go:18)	MOVQ	AX, DI
    d4        00212 (recover_runtime_errors.go:18)	MOVQ	BX, SI
    d7        00215 (recover_runtime_errors.go:18)	XORL	AX, AX
    d9        00217 (recover_runtime_errors.go:18)	LEAQ	go:string."runtime: "(SB), BX
    e0        00224 (recover_runtime_errors.go:18)	CALL	runtime.concatstring2(SB)
    e5        00229 (recover_runtime_errors.go:18)	MOVQ	main.&kind+56(SP), CX
    ea        00234 (recover_runtime_errors.go:18)	MOVQ	BX, 8(CX)
    ee        00238 (recover_runtime_errors.go:18)	CMPL	runtime.writeBarrier(SB), $0
    f5        00245 (recover_runtime_errors.go:18)	PCDATA	$0, $-2
    f5        00245 (recover_runtime_errors.go:18)	JEQ	262
    f7        00247 (recover_runtime_errors.go:18)	MOVQ	(CX), DX
    fa        00250 (recover_runtime_errors.go:18)	CALL	runtime.gcWriteBarrier2(SB)
    ff        00255 (recover_runtime_errors.go:18)	MOVQ	AX, (R11)
   102        00258 (recover_runtime_errors.go:18)	MOVQ	DX, 8(R11)
   106        00262 (recover_runtime_errors.go:18)	MOVQ	AX, (CX)
   109        00265 (recover_runtime_errors.go:24)	PCDATA	$0, $-1
   109        00265 (recover_runtime_errors.go:24)	ADDQ	$64, SP
   10d        00269 (recover_runtime_errors.go:24)	POPQ	BP
   10e        00270 (recover_runtime_errors.go:24)	RET
   10f        00271 (recover_runtime_errors.go:17)	MOVQ	R9, R10
   112        00274 (recover_runtime_errors.go:17)	ANDQ	R8, R9
   115        00277 (recover_runtime_errors.go:17)	SHLQ	$4, R9
   119        00281 (recover_runtime_errors.go:17)	MOVQ	8(R9)(DX*1), R11
   11e        00286 (recover_runtime_errors.go:17)	NOP
   120        00288 (recover_runtime_errors.go:17)	CMPQ	AX, R11
   123        00291 (recover_runtime_errors.go:17)	JEQ	342
   125        00293 (recover_runtime_errors.go:17)	LEAQ	1(R10), R9
   129        00297 (recover_runtime_errors.go:17)	TESTQ	R11, R11
   12c        00300 (recover_runtime_errors.go:17)	JNE	271
   12e        00302 (recover_runtime_errors.go:16)	MOVQ	BX, main.r.data+48(SP)
   133        00307 (recover_runtime_errors.go:16)	MOVQ	AX, main.r.type+40(SP)
   138        00312 (recover_runtime_errors.go:17)	MOVQ	AX, BX
   13b        00315 (recover_runtime_errors.go:17)	LEAQ	main..typeAssert.0(SB), AX
   142        00322 (recover_runtime_errors.go:17)	PCDATA	$1, $2
   142        00322 (recover_runtime_errors.go:17)	CALL	runtime.typeAssert(SB)
   147        00327 (recover_runtime_errors.go:19)	MOVQ	main.r.type+40(SP), CX
   14c        00332 (recover_runtime_errors.go:19)	MOVQ	main.r.data+48(SP), BX
   151        00337 (recover_runtime_errors.go:17)	JMP	64
   156        00342 (recover_runtime_errors.go:17)	MOVQ	16(R9)(DX*1), DX
   15b        00347 (recover_runtime_errors.go:19)	MOVQ	AX, CX
   15e        00350 (recover_runtime_errors.go:17)	MOVQ	DX, AX
   161        00353 (recover_runtime_errors.go:17)	JMP	64
   166        00358 (recover_runtime_errors.go:17)	NOP
   166        00358 (recover_runtime_errors.go:15)	PCDATA	$1, $-1
   166        00358 (recover_runtime_errors.go:15)	PCDATA	$0, $-2
   166        00358 (recover_runtime_errors.go:15)	CALL	runtime.morestack(SB)
   16b        00363 (recover_runtime_errors.go:15)	PCDATA	$0, $-1
   16b        00363 (recover_runtime_errors.go:15)	JMP	0
   170 done
wrote 4 bytes to 0x0
 00 f0 02 00
funcpctab main.main.func4 [valfunc=pctoinline]
     0     -1 00000 (recover_runtime_errors.go:41)	TEXT	main.main.func4(SB), ABIInternal, $16-0
     0        00000 (recover_runtime_errors.go:41)	TEXT	main.main.func4(SB), ABIInternal, $16-0
     0     -1 00000 (recover_runtime_errors.go:41)	CMPQ	SP, 16(R14)
     4        00004 (recover_runtime_errors.go:41)	PCDATA	$0, $-2
     4        00004 (recover_runtime_errors.go:41)	JLS	39
     6        00006 (recover_runtime_errors.go:41)	PCDATA	$0, $-1
     6        00006 (recover_runtime_errors.go:41)	PUSHQ	BP
     7        00007 (recover_runtime_errors.go:41)	MOVQ	SP, BP
     a        00010 (recover_runtime_errors.go:41)	SUBQ	$8, SP
     e        00014 (recover_runtime_errors.go:41)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_runtime_errors.go:41)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_runtime_errors.go:41)	XORL	AX, AX
    10        00016 (recover_runtime_errors.go:41)	PCDATA	$1, $0
    10        00016 (recover_runtime_errors.go:41)	CALL	main.num(SB)
    15        00021 (recover_runtime_errors.go:41)	TESTQ	AX, AX
    18        00024 (recover_runtime_errors.go:41)	JEQ	33
    1a        00026 (recover_runtime_errors.go:41)	ADDQ	$8, SP
    1e        00030 (recover_runtime_errors.go:41)	POPQ	BP
    1f        00031 (recover_runtime_errors.go:41)	NOP
    20        00032 (recover_runtime_errors.go:41)	RET
    21        00033 (recover_runtime_errors.go:41)	CALL	runtime.panicdivide(SB)
    26        00038 (recover_runtime_errors.go:41)	XCHGL	AX, AX
    27        00039 (recover_runtime_errors.go:41)	NOP
    27        00039 (recover_runtime_errors.go:41)	PCDATA	$1, $-1
    27        00039 (recover_runtime_errors.go:41)	PCDATA	$0, $-2
    27        00039 (recover_runtime_errors.go:41)	CALL	runtime.morestack_noctxt(SB)
    2c        00044 (recover_runtime_errors.go:41)	PCDATA	$0, $-1
    2c        00044 (recover_runtime_errors.go:41)	JMP	0
    2e done
wrote 3 bytes to 0x0
 00 2e 00
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (recover_runtime_errors.go:38)	TEXT	main.main.func1(SB), ABIInternal, $16-0
     0        00000 (recover_runtime_errors.go:38)	TEXT	main.main.func1(SB), ABIInternal, $16-0
     0     -1 00000 (recover_runtime_errors.go:38)	CMPQ	SP, 16(R14)
     4        00004 (recover_runtime_errors.go:38)	PCDATA	$0, $-2
     4        00004 (recover_runtime_errors.go:38)	JLS	27
     6        00006 (recover_runtime_errors.go:38)	PCDATA	$0, $-1
     6        00006 (recover_runtime_errors.go:38)	PUSHQ	BP
     7        00007 (recover_runtime_errors.go:38)	MOVQ	SP, BP
     a        00010 (recover_runtime_errors.go:38)	SUBQ	$8, SP
     e        00014 (recover_runtime_errors.go:38)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_runtime_errors.go:38)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_runtime_errors.go:38)	XORL	AX, AX
    10        00016 (recover_runtime_errors.go:38)	PCDATA	$1, $0
    10        00016 (recover_runtime_errors.go:38)	CALL	main.num(SB)
    15        00021 (recover_runtime_errors.go:38)	PCDATA	$4, $45
    15        00021 (recover_runtime_errors.go:38)	CALL	runtime.panicBounds(SB)
    1a        00026 (recover_runtime_errors.go:38)	XCHGL	AX, AX
    1b        00027 (recover_runtime_errors.go:38)	NOP
    1b        00027 (recover_runtime_errors.go:38)	PCDATA	$1, $-1
    1b        00027 (recover_runtime_errors.go:38)	PCDATA	$0, $-2
    1b        00027 (recover_runtime_errors.go:38)	NOP
    20        00032 (recover_runtime_errors.go:38)	CALL	runtime.morestack_noctxt(SB)
    25        00037 (recover_runtime_errors.go:38)	PCDATA	$0, $-1
    25        00037 (recover_runtime_errors.go:38)	JMP	0
    27 done
wrote 3 bytes to 0x0
 00 27 00
funcpctab main.Animal.Sound [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Animal.Sound(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.Animal.Sound(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	40
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$8, SP
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+24(FP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+32(FP)
    18        00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Animal.Sound.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Animal.Sound.argliveinfo(SB)
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
funcpctab main.runtimeError.Error [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.runtimeError.Error(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.runtimeError.Error(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	40
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$8, SP
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+24(FP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+32(FP)
    18        00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.runtimeError.Error.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.runtimeError.Error.argliveinfo(SB)
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
funcpctab main.Cat.Sound [valfunc=pctoinline]
     0     -1 00000 (recover_runtime_errors.go:12)	TEXT	main.Cat.Sound(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0        00000 (recover_runtime_errors.go:12)	TEXT	main.Cat.Sound(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0        00000 (recover_runtime_errors.go:12)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (recover_runtime_errors.go:12)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (recover_runtime_errors.go:12)	FUNCDATA	$5, main.Cat.Sound.arginfo1(SB)
     0     -1 00000 (recover_runtime_errors.go:12)	LEAQ	go:string."meow"(SB), AX
     7        00007 (recover_runtime_errors.go:12)	MOVL	$4, BX
     c        00012 (recover_runtime_errors.go:12)	RET
     d done
wrote 3 bytes to 0x0
 00 0d 00
funcpctab main.runtimeError.RuntimeError [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.runtimeError.RuntimeError(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.runtimeError.RuntimeError(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	40
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$8, SP
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+24(FP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+32(FP)
    18        00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.runtimeError.RuntimeError.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.runtimeError.RuntimeError.argliveinfo(SB)
    18        00024 (<autogenerated>:1)	PCDATA	$3, $1
    18        00024 (<autogenerated>:1)	MOVQ	32(AX), CX
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
funcpctab main.main.func7 [valfunc=pctoinline]
     0     -1 00000 (recover_runtime_errors.go:44)	TEXT	main.main.func7(SB), ABIInternal, $24-0
     0        00000 (recover_runtime_errors.go:44)	TEXT	main.main.func7(SB), ABIInternal, $24-0
     0     -1 00000 (recover_runtime_errors.go:44)	CMPQ	SP, 16(R14)
     4        00004 (recover_runtime_errors.go:44)	PCDATA	$0, $-2
     4        00004 (recover_runtime_errors.go:44)	JLS	38
     6        00006 (recover_runtime_errors.go:44)	PCDATA	$0, $-1
     6        00006 (recover_runtime_errors.go:44)	PUSHQ	BP
     7        00007 (recover_runtime_errors.go:44)	MOVQ	SP, BP
     a        00010 (recover_runtime_errors.go:44)	SUBQ	$16, SP
     e        00014 (recover_runtime_errors.go:44)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_runtime_errors.go:44)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_runtime_errors.go:44)	LEAQ	type:string(SB), AX
    15        00021 (recover_runtime_errors.go:44)	LEAQ	main..stmp_1(SB), BX
    1c        00028 (recover_runtime_errors.go:44)	PCDATA	$1, $0
    1c        00028 (recover_runtime_errors.go:44)	NOP
    20        00032 (recover_runtime_errors.go:44)	CALL	runtime.gopanic(SB)
    25        00037 (recover_runtime_errors.go:44)	XCHGL	AX, AX
    26        00038 (recover_runtime_errors.go:44)	NOP
    26        00038 (recover_runtime_errors.go:44)	PCDATA	$1, $-1
    26        00038 (recover_runtime_errors.go:44)	PCDATA	$0, $-2
    26        00038 (recover_runtime_errors.go:44)	CALL	runtime.morestack_noctxt(SB)
    2b        00043 (recover_runtime_errors.go:44)	PCDATA	$0, $-1
    2b        00043 (recover_runtime_errors.go:44)	JMP	0
    2d done
wrote 3 bytes to 0x0
 00 2d 00
funcpctab main.num [valfunc=pctoinline]
     0     -1 00000 (recover_runtime_errors.go:30)	TEXT	main.num(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (recover_runtime_errors.go:30)	TEXT	main.num(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (recover_runtime_errors.go:30)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (recover_runtime_errors.go:30)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (recover_runtime_errors.go:30)	FUNCDATA	$5, main.num.arginfo1(SB)
     0        00000 (recover_runtime_errors.go:30)	FUNCDATA	$6, main.num.argliveinfo(SB)
     0        00000 (recover_runtime_errors.go:30)	PCDATA	$3, $1
     0     -1 00000 (recover_runtime_errors.go:30)	RET
     1 done
wrote 3 bytes to 0x0
 00 01 00
funcpctab main.main.func8 [valfunc=pctoinline]
     0     -1 00000 (recover_runtime_errors.go:45)	TEXT	main.main.func8(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0        00000 (recover_runtime_errors.go:45)	TEXT	main.main.func8(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0        00000 (recover_runtime_errors.go:45)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (recover_runtime_errors.go:45)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (recover_runtime_errors.go:45)	RET
     1 done
wrote 3 bytes to 0x0
 00 01 00
main.Cat.Sound STEXT nosplit size=13 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (recover_runtime_errors.go:12)	TEXT	main.Cat.Sound(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (recover_runtime_errors.go:12)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (recover_runtime_errors.go:12)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (recover_runtime_errors.go:12)	FUNCDATA	$5, main.Cat.Sound.arginfo1(SB)
	0x0000 00000 (recover_runtime_errors.go:12)	LEAQ	go:string."meow"(SB), AX
	0x0007 00007 (recover_runtime_errors.go:12)	MOVL	$4, BX
	0x000c 00012 (recover_runtime_errors.go:12)	RET
	0x0000 48 8d 05 00 00 00 00 bb 04 00 00 00 c3           H............
	rel 3+4 t=R_PCREL go:string."meow"+0
main.classify STEXT size=175 align=0x0 args=0x8 locals=0x38 funcid=0x0
	0x0000 00000 (recover_runtime_errors.go:14)	TEXT	main.classify(SB), ABIInternal, $56-8
	0x0000 00000 (recover_runtime_errors.go:14)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_runtime_errors.go:14)	PCDATA	$0, $-2
	0x0004 00004 (recover_runtime_errors.go:14)	JLS	154
	0x000a 00010 (recover_runtime_errors.go:14)	PCDATA	$0, $-1
	0x000a 00010 (recover_runtime_errors.go:14)	PUSHQ	BP
	0x000b 00011 (recover_runtime_errors.go:14)	MOVQ	SP, BP
	0x000e 00014 (recover_runtime_errors.go:14)	SUBQ	$48, SP
	0x0012 00018 (recover_runtime_errors.go:14)	MOVQ	X15, 40(SP)
	0x0019 00025 (recover_runtime_errors.go:14)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0019 00025 (recover_runtime_errors.go:14)	FUNCDATA	$1, gclocals·TggWaExUwDZc5d5PnqhOxw==(SB)
	0x0019 00025 (recover_runtime_errors.go:14)	FUNCDATA	$2, main.classify.stkobj(SB)
	0x0019 00025 (recover_runtime_errors.go:14)	FUNCDATA	$5, main.classify.arginfo1(SB)
	0x0019 00025 (recover_runtime_errors.go:14)	FUNCDATA	$6, main.classify.argliveinfo(SB)
	0x0019 00025 (recover_runtime_errors.go:14)	FUNCDATA	$4, main.classify.opendefer(SB)
	0x0019 00025 (recover_runtime_errors.go:14)	PCDATA	$3, $1
	0x0019 00025 (recover_runtime_errors.go:14)	MOVB	$0, main..autotmp_4+7(SP)
	0x001e 00030 (recover_runtime_errors.go:14)	MOVUPS	X15, main.kind+8(SP)
	0x0024 00036 (recover_runtime_errors.go:15)	LEAQ	main.classify.func1(SB), CX
	0x002b 00043 (recover_runtime_errors.go:15)	MOVQ	CX, main..autotmp_3+24(SP)
	0x0030 00048 (recover_runtime_errors.go:15)	LEAQ	main.kind+8(SP), CX
	0x0035 00053 (recover_runtime_errors.go:15)	MOVQ	CX, main..autotmp_3+32(SP)
	0x003a 00058 (recover_runtime_errors.go:15)	LEAQ	main..autotmp_3+24(SP), CX
	0x003f 00063 (recover_runtime_errors.go:15)	MOVQ	CX, main..autotmp_5+40(SP)
	0x0044 00068 (recover_runtime_errors.go:15)	MOVB	$1, main..autotmp_4+7(SP)
	0x0049 00073 (recover_runtime_errors.go:25)	MOVQ	(AX), CX
	0x004c 00076 (recover_runtime_errors.go:25)	MOVQ	AX, DX
	0x004f 00079 (recover_runtime_errors.go:25)	PCDATA	$1, $1
	0x004f 00079 (recover_runtime_errors.go:25)	CALL	CX
	0x0051 00081 (recover_runtime_errors.go:26)	LEAQ	go:string."unreachable?"(SB), AX
	0x0058 00088 (recover_runtime_errors.go:26)	MOVQ	AX, main.kind+8(SP)
	0x005d 00093 (recover_runtime_errors.go:26)	MOVQ	$12, main.kind+16(SP)
	0x0066 00102 (recover_runtime_errors.go:26)	MOVB	$0, main..autotmp_4+7(SP)
	0x006b 00107 (recover_runtime_errors.go:26)	MOVQ	main..autotmp_5+40(SP), DX
	0x0070 00112 (recover_runtime_errors.go:26)	MOVQ	(DX), AX
	0x0073 00115 (recover_runtime_errors.go:26)	CALL	AX
	0x0075 00117 (recover_runtime_errors.go:26)	MOVQ	main.kind+8(SP), AX
	0x007a 00122 (recover_runtime_errors.go:26)	MOVQ	main.kind+16(SP), BX
	0x007f 00127 (recover_runtime_errors.go:26)	ADDQ	$48, SP
	0x0083 00131 (recover_runtime_errors.go:26)	POPQ	BP
	0x0084 00132 (recover_runtime_errors.go:26)	RET
	0x0085 00133 (recover_runtime_errors.go:26)	CALL	runtime.deferreturn(SB)
	0x008a 00138 (recover_runtime_errors.go:26)	MOVQ	main.kind+8(SP), AX
	0x008f 00143 (recover_runtime_errors.go:26)	MOVQ	main.kind+16(SP), BX
	0x0094 00148 (recover_runtime_errors.go:26)	ADDQ	$48, SP
	0x0098 00152 (recover_runtime_errors.go:26)	POPQ	BP
	0x0099 00153 (recover_runtime_errors.go:26)	RET
	0x009a 00154 (recover_runtime_errors.go:26)	NOP
	0x009a 00154 (recover_runtime_errors.go:14)	PCDATA	$1, $-1
	0x009a 00154 (recover_runtime_errors.go:14)	PCDATA	$0, $-2
	0x009a 00154 (recover_runtime_errors.go:14)	MOVQ	AX, 8(SP)
	0x009f 00159 (recover_runtime_errors.go:14)	NOP
	0x00a0 00160 (recover_runtime_errors.go:14)	CALL	runtime.morestack_noctxt(SB)
	0x00a5 00165 (recover_runtime_errors.go:14)	PCDATA	$0, $-1
	0x00a5 00165 (recover_runtime_errors.go:14)	MOVQ	8(SP), AX
	0x00aa 00170 (recover_runtime_errors.go:14)	JMP	0
	0x0000 49 3b 66 10 0f 86 90 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 30 66 44 0f d6 7c 24 28 c6 44 24 07 00 44 0f  .0fD..|$(.D$..D.
	0x0020 11 7c 24 08 48 8d 0d 00 00 00 00 48 89 4c 24 18  .|$.H......H.L$.
	0x0030 48 8d 4c 24 08 48 89 4c 24 20 48 8d 4c 24 18 48  H.L$.H.L$ H.L$.H
	0x0040 89 4c 24 28 c6 44 24 07 01 48 8b 08 48 89 c2 ff  .L$(.D$..H..H...
	0x0050 d1 48 8d 05 00 00 00 00 48 89 44 24 08 48 c7 44  .H......H.D$.H.D
	0x0060 24 10 0c 00 00 00 c6 44 24 07 00 48 8b 54 24 28  $......D$..H.T$(
	0x0070 48 8b 02 ff d0 48 8b 44 24 08 48 8b 5c 24 10 48  H....H.D$.H.\$.H
	0x0080 83 c4 30 5d c3 e8 00 00 00 00 48 8b 44 24 08 48  ..0]......H.D$.H
	0x0090 8b 5c 24 10 48 83 c4 30 5d c3 48 89 44 24 08 90  .\$.H..0].H.D$..
	0x00a0 e8 00 00 00 00 48 8b 44 24 08 e9 51 ff ff ff     .....H.D$..Q...
	rel 39+4 t=R_PCREL main.classify.func1+0
	rel 79+0 t=R_CALLIND +0
	rel 84+4 t=R_PCREL go:string."unreachable?"+0
	rel 115+0 t=R_CALLIND +0
	rel 134+4 t=R_CALL runtime.deferreturn+0
	rel 161+4 t=R_CALL runtime.morestack_noctxt+0
main.classify.func1 STEXT size=368 align=0x0 args=0x0 locals=0x48 funcid=0x0
	0x0000 00000 (recover_runtime_errors.go:15)	TEXT	main.classify.func1(SB), NEEDCTXT|ABIInternal, $72-0
	0x0000 00000 (recover_runtime_errors.go:15)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_runtime_errors.go:15)	PCDATA	$0, $-2
	0x0004 00004 (recover_runtime_errors.go:15)	JLS	358
	0x000a 00010 (recover_runtime_errors.go:15)	PCDATA	$0, $-1
	0x000a 00010 (recover_runtime_errors.go:15)	PUSHQ	BP
	0x000b 00011 (recover_runtime_errors.go:15)	MOVQ	SP, BP
	0x000e 00014 (recover_runtime_errors.go:15)	SUBQ	$64, SP
	0x0012 00018 (recover_runtime_errors.go:15)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x0012 00018 (recover_runtime_errors.go:15)	FUNCDATA	$1, gclocals·sfOxBcdnNBiCaiOXpthwPg==(SB)
	0x0012 00018 (recover_runtime_errors.go:15)	MOVQ	8(DX), AX
	0x0016 00022 (recover_runtime_errors.go:15)	MOVQ	AX, main.&kind+56(SP)
	0x001b 00027 (recover_runtime_errors.go:16)	PCDATA	$1, $1
	0x001b 00027 (recover_runtime_errors.go:16)	NOP
	0x0020 00032 (recover_runtime_errors.go:16)	CALL	runtime.gorecover(SB)
	0x0025 00037 (recover_runtime_errors.go:17)	TESTQ	AX, AX
	0x0028 00040 (recover_runtime_errors.go:17)	JEQ	61
	0x002a 00042 (recover_runtime_errors.go:17)	MOVQ	main..typeAssert.0(SB), DX
	0x0031 00049 (recover_runtime_errors.go:17)	MOVQ	(DX), R8
	0x0034 00052 (recover_runtime_errors.go:17)	MOVL	16(AX), R9
	0x0038 00056 (recover_runtime_errors.go:17)	JMP	271
	0x003d 00061 (recover_runtime_errors.go:16)	MOVQ	AX, CX
	0x0040 00064 (recover_runtime_errors.go:17)	TESTQ	AX, AX
	0x0043 00067 (recover_runtime_errors.go:17)	JNE	195
	0x0045 00069 (recover_runtime_errors.go:19)	LEAQ	type:string(SB), DX
	0x004c 00076 (recover_runtime_errors.go:19)	CMPQ	CX, DX
	0x004f 00079 (recover_runtime_errors.go:19)	JNE	145
	0x0051 00081 (recover_runtime_errors.go:19)	MOVQ	(BX), DI
	0x0054 00084 (recover_runtime_errors.go:19)	MOVQ	8(BX), SI
	0x0058 00088 (recover_runtime_errors.go:20)	XORL	AX, AX
	0x005a 00090 (recover_runtime_errors.go:20)	LEAQ	go:string."user: "(SB), BX
	0x0061 00097 (recover_runtime_errors.go:20)	MOVL	$6, CX
	0x0066 00102 (recover_runtime_errors.go:20)	CALL	runtime.concatstring2(SB)
	0x006b 00107 (recover_runtime_errors.go:20)	MOVQ	main.&kind+56(SP), DX
	0x0070 00112 (recover_runtime_errors.go:20)	MOVQ	BX, 8(DX)
	0x0074 00116 (recover_runtime_errors.go:20)	CMPL	runtime.writeBarrier(SB), $0
	0x007b 00123 (recover_runtime_errors.go:20)	PCDATA	$0, $-2
	0x007b 00123 (recover_runtime_errors.go:20)	JEQ	140
	0x007d 00125 (recover_runtime_errors.go:20)	MOVQ	(DX), CX
	0x0080 00128 (recover_runtime_errors.go:20)	CALL	runtime.gcWriteBarrier2(SB)
	0x0085 00133 (recover_runtime_errors.go:20)	MOVQ	AX, (R11)
	0x0088 00136 (recover_runtime_errors.go:20)	MOVQ	CX, 8(R11)
	0x008c 00140 (recover_runtime_errors.go:20)	MOVQ	AX, (DX)
	0x008f 00143 (recover_runtime_errors.go:20)	PCDATA	$0, $-1
	0x008f 00143 (recover_runtime_errors.go:20)	JMP	265
	0x0091 00145 (recover_runtime_errors.go:17)	TESTQ	CX, CX
	0x0094 00148 (recover_runtime_errors.go:21)	JNE	265
	0x0096 00150 (recover_runtime_errors.go:22)	MOVQ	main.&kind+56(SP), AX
	0x009b 00155 (recover_runtime_errors.go:22)	MOVQ	$4, 8(AX)
	0x00a3 00163 (recover_runtime_errors.go:22)	CMPL	runtime.writeBarrier(SB), $0
	0x00aa 00170 (recover_runtime_errors.go:22)	PCDATA	$0, $-2
	0x00aa 00170 (recover_runtime_errors.go:22)	JEQ	183
	0x00ac 00172 (recover_runtime_errors.go:22)	MOVQ	(AX), CX
	0x00af 00175 (recover_runtime_errors.go:22)	CALL	runtime.gcWriteBarrier1(SB)
	0x00b4 00180 (recover_runtime_errors.go:22)	MOVQ	CX, (R11)
	0x00b7 00183 (recover_runtime_errors.go:22)	LEAQ	go:string."none"(SB), CX
	0x00be 00190 (recover_runtime_errors.go:22)	MOVQ	CX, (AX)
	0x00c1 00193 (recover_runtime_errors.go:22)	PCDATA	$0, $-1
	0x00c1 00193 (recover_runtime_errors.go:22)	JMP	265
	0x00c3 00195 (recover_runtime_errors.go:18)	MOVQ	24(AX), CX
	0x00c7 00199 (recover_runtime_errors.go:18)	MOVQ	BX, AX
	0x00ca 00202 (recover_runtime_errors.go:18)	CALL	CX
	0x00cc 00204 (recover_runtime_errors.go:18)	MOVL	$9, CX
	0x00d1 00209 (recover_runtime_errors.go:18)	MOVQ	AX, DI
	0x00d4 00212 (recover_runtime_errors.go:18)	MOVQ	BX, SI
	0x00d7 00215 (recover_runtime_errors.go:18)	XORL	AX, AX
	0x00d9 00217 (recover_runtime_errors.go:18)	LEAQ	go:string."runtime: "(SB), BX
	0x00e0 00224 (recover_runtime_errors.go:18)	CALL	runtime.concatstring2(SB)
	0x00e5 00229 (recover_runtime_errors.go:18)	MOVQ	main.&kind+56(SP), CX
	0x00ea 00234 (recover_runtime_errors.go:18)	MOVQ	BX, 8(CX)
	0x00ee 00238 (recover_runtime_errors.go:18)	CMPL	runtime.writeBarrier(SB), $0
	0x00f5 00245 (recover_runtime_errors.go:18)	PCDATA	$0, $-2
	0x00f5 00245 (recover_runtime_errors.go:18)	JEQ	262
	0x00f7 00247 (recover_runtime_errors.go:18)	MOVQ	(CX), DX
	0x00fa 00250 (recover_runtime_errors.go:18)	CALL	runtime.gcWriteBarrier2(SB)
	0x00ff 00255 (recover_runtime_errors.go:18)	MOVQ	AX, (R11)
	0x0102 00258 (recover_runtime_errors.go:18)	MOVQ	DX, 8(R11)
	0x0106 00262 (recover_runtime_errors.go:18)	MOVQ	AX, (CX)
	0x0109 00265 (recover_runtime_errors.go:24)	PCDATA	$0, $-1
	0x0109 00265 (recover_runtime_errors.go:24)	ADDQ	$64, SP
	0x010d 00269 (recover_runtime_errors.go:24)	POPQ	BP
	0x010e 00270 (recover_runtime_errors.go:24)	RET
	0x010f 00271 (recover_runtime_errors.go:17)	MOVQ	R9, R10
	0x0112 00274 (recover_runtime_errors.go:17)	ANDQ	R8, R9
	0x0115 00277 (recover_runtime_errors.go:17)	SHLQ	$4, R9
	0x0119 00281 (recover_runtime_errors.go:17)	MOVQ	8(R9)(DX*1), R11
	0x011e 00286 (recover_runtime_errors.go:17)	NOP
	0x0120 00288 (recover_runtime_errors.go:17)	CMPQ	AX, R11
	0x0123 00291 (recover_runtime_errors.go:17)	JEQ	342
	0x0125 00293 (recover_runtime_errors.go:17)	LEAQ	1(R10), R9
	0x0129 00297 (recover_runtime_errors.go:17)	TESTQ	R11, R11
	0x012c 00300 (recover_runtime_errors.go:17)	JNE	271
	0x012e 00302 (recover_runtime_errors.go:16)	MOVQ	BX, main.r.data+48(SP)
	0x0133 00307 (recover_runtime_errors.go:16)	MOVQ	AX, main.r.type+40(SP)
	0x0138 00312 (recover_runtime_errors.go:17)	MOVQ	AX, BX
	0x013b 00315 (recover_runtime_errors.go:17)	LEAQ	main..typeAssert.0(SB), AX
	0x0142 00322 (recover_runtime_errors.go:17)	PCDATA	$1, $2
	0x0142 00322 (recover_runtime_errors.go:17)	CALL	runtime.typeAssert(SB)
	0x0147 00327 (recover_runtime_errors.go:19)	MOVQ	main.r.type+40(SP), CX
	0x014c 00332 (recover_runtime_errors.go:19)	MOVQ	main.r.data+48(SP), BX
	0x0151 00337 (recover_runtime_errors.go:17)	JMP	64
	0x0156 00342 (recover_runtime_errors.go:17)	MOVQ	16(R9)(DX*1), DX
	0x015b 00347 (recover_runtime_errors.go:19)	MOVQ	AX, CX
	0x015e 00350 (recover_runtime_errors.go:17)	MOVQ	DX, AX
	0x0161 00353 (recover_runtime_errors.go:17)	JMP	64
	0x0166 00358 (recover_runtime_errors.go:17)	NOP
	0x0166 00358 (recover_runtime_errors.go:15)	PCDATA	$1, $-1
	0x0166 00358 (recover_runtime_errors.go:15)	PCDATA	$0, $-2
	0x0166 00358 (recover_runtime_errors.go:15)	CALL	runtime.morestack(SB)
	0x016b 00363 (recover_runtime_errors.go:15)	PCDATA	$0, $-1
	0x016b 00363 (recover_runtime_errors.go:15)	JMP	0
	0x0000 49 3b 66 10 0f 86 5c 01 00 00 55 48 89 e5 48 83  I;f...\...UH..H.
	0x0010 ec 40 48 8b 42 08 48 89 44 24 38 0f 1f 44 00 00  .@H.B.H.D$8..D..
	0x0020 e8 00 00 00 00 48 85 c0 74 13 48 8b 15 00 00 00  .....H..t.H.....
	0x0030 00 4c 8b 02 44 8b 48 10 e9 d2 00 00 00 48 89 c1  .L..D.H......H..
	0x0040 48 85 c0 75 7e 48 8d 15 00 00 00 00 48 39 d1 75  H..u~H......H9.u
	0x0050 40 48 8b 3b 48 8b 73 08 31 c0 48 8d 1d 00 00 00  @H.;H.s.1.H.....
	0x0060 00 b9 06 00 00 00 e8 00 00 00 00 48 8b 54 24 38  ...........H.T$8
	0x0070 48 89 5a 08 83 3d 00 00 00 00 00 74 0f 48 8b 0a  H.Z..=.....t.H..
	0x0080 e8 00 00 00 00 49 89 03 49 89 4b 08 48 89 02 eb  .....I..I.K.H...
	0x0090 78 48 85 c9 75 73 48 8b 44 24 38 48 c7 40 08 04  xH..usH.D$8H.@..
	0x00a0 00 00 00 83 3d 00 00 00 00 00 74 0b 48 8b 08 e8  ....=.....t.H...
	0x00b0 00 00 00 00 49 89 0b 48 8d 0d 00 00 00 00 48 89  ....I..H......H.
	0x00c0 08 eb 46 48 8b 48 18 48 89 d8 ff d1 b9 09 00 00  ..FH.H.H........
	0x00d0 00 48 89 c7 48 89 de 31 c0 48 8d 1d 00 00 00 00  .H..H..1.H......
	0x00e0 e8 00 00 00 00 48 8b 4c 24 38 48 89 59 08 83 3d  .....H.L$8H.Y..=
	0x00f0 00 00 00 00 00 74 0f 48 8b 11 e8 00 00 00 00 49  .....t.H.......I
	0x0100 89 03 49 89 53 08 48 89 01 48 83 c4 40 5d c3 4d  ..I.S.H..H..@].M
	0x0110 89 ca 4d 21 c1 49 c1 e1 04 4d 8b 5c 11 08 66 90  ..M!.I...M.\..f.
	0x0120 4c 39 d8 74 31 4d 8d 4a 01 4d 85 db 75 e1 48 89  L9.t1M.J.M..u.H.
	0x0130 5c 24 30 48 89 44 24 28 48 89 c3 48 8d 05 00 00  \$0H.D$(H..H....
	0x0140 00 00 e8 00 00 00 00 48 8b 4c 24 28 48 8b 5c 24  .......H.L$(H.\$
	0x0150 30 e9 ea fe ff ff 49 8b 54 11 10 48 89 c1 48 89  0.....I.T..H..H.
	0x0160 d0 e9 da fe ff ff e8 00 00 00 00 e9 90 fe ff ff  ................
	rel 3+0 t=R_USEIFACEMETHOD type:main.runtimeError+96
	rel 33+4 t=R_CALL runtime.gorecover+0
	rel 45+4 t=R_PCREL main..typeAssert.0+0
	rel 72+4 t=R_PCREL type:string+0
	rel 93+4 t=R_PCREL go:string."user: "+0
	rel 103+4 t=R_CALL runtime.concatstring2+0
	rel 118+4 t=R_PCREL runtime.writeBarrier+-1
	rel 129+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 165+4 t=R_PCREL runtime.writeBarrier+-1
	rel 176+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 186+4 t=R_PCREL go:string."none"+0
	rel 202+0 t=R_CALLIND +0
	rel 220+4 t=R_PCREL go:string."runtime: "+0
	rel 225+4 t=R_CALL runtime.concatstring2+0
	rel 240+4 t=R_PCREL runtime.writeBarrier+-1
	rel 251+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 318+4 t=R_PCREL main..typeAssert.0+0
	rel 323+4 t=R_CALL runtime.typeAssert+0
	rel 359+4 t=R_CALL runtime.morestack+0
main.num STEXT nosplit size=1 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (recover_runtime_errors.go:30)	TEXT	main.num(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (recover_runtime_errors.go:30)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (recover_runtime_errors.go:30)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (recover_runtime_errors.go:30)	FUNCDATA	$5, main.num.arginfo1(SB)
	0x0000 00000 (recover_runtime_errors.go:30)	FUNCDATA	$6, main.num.argliveinfo(SB)
	0x0000 00000 (recover_runtime_errors.go:30)	PCDATA	$3, $1
	0x0000 00000 (recover_runtime_errors.go:30)	RET
	0x0000 c3                                               .
main.main STEXT size=368 align=0x0 args=0x0 locals=0xd0 funcid=0x0
	0x0000 00000 (recover_runtime_errors.go:32)	TEXT	main.main(SB), ABIInternal, $208-0
	0x0000 00000 (recover_runtime_errors.go:32)	LEAQ	-80(SP), R12
	0x0005 00005 (recover_runtime_errors.go:32)	CMPQ	R12, 16(R14)
	0x0009 00009 (recover_runtime_errors.go:32)	PCDATA	$0, $-2
	0x0009 00009 (recover_runtime_errors.go:32)	JLS	358
	0x000f 00015 (recover_runtime_errors.go:32)	PCDATA	$0, $-1
	0x000f 00015 (recover_runtime_errors.go:32)	PUSHQ	BP
	0x0010 00016 (recover_runtime_errors.go:32)	MOVQ	SP, BP
	0x0013 00019 (recover_runtime_errors.go:32)	SUBQ	$200, SP
	0x001a 00026 (recover_runtime_errors.go:32)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x001a 00026 (recover_runtime_errors.go:32)	FUNCDATA	$1, gclocals·823vk8job+2mH7hKLnKBEg==(SB)
	0x001a 00026 (recover_runtime_errors.go:32)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001a 00026 (recover_runtime_errors.go:38)	LEAQ	main.main.func1·f(SB), CX
	0x0021 00033 (recover_runtime_errors.go:38)	MOVQ	CX, main..autotmp_10+120(SP)
	0x0026 00038 (recover_runtime_errors.go:39)	LEAQ	main.main.func2(SB), CX
	0x002d 00045 (recover_runtime_errors.go:39)	MOVQ	CX, main..autotmp_12+104(SP)
	0x0032 00050 (recover_runtime_errors.go:39)	MOVQ	$0, main..autotmp_12+112(SP)
	0x003b 00059 (recover_runtime_errors.go:39)	LEAQ	main..autotmp_12+104(SP), CX
	0x0040 00064 (recover_runtime_errors.go:39)	MOVQ	CX, main..autotmp_10+128(SP)
	0x0048 00072 (recover_runtime_errors.go:40)	LEAQ	main.main.func3(SB), CX
	0x004f 00079 (recover_runtime_errors.go:40)	MOVQ	CX, main..autotmp_14+88(SP)
	0x0054 00084 (recover_runtime_errors.go:40)	MOVQ	$0, main..autotmp_14+96(SP)
	0x005d 00093 (recover_runtime_errors.go:40)	LEAQ	main..autotmp_14+88(SP), CX
	0x0062 00098 (recover_runtime_errors.go:40)	MOVQ	CX, main..autotmp_10+136(SP)
	0x006a 00106 (recover_runtime_errors.go:41)	LEAQ	main.main.func4·f(SB), CX
	0x0071 00113 (recover_runtime_errors.go:41)	MOVQ	CX, main..autotmp_10+144(SP)
	0x0079 00121 (recover_runtime_errors.go:42)	LEAQ	main.main.func5(SB), CX
	0x0080 00128 (recover_runtime_errors.go:42)	MOVQ	CX, main..autotmp_16+64(SP)
	0x0085 00133 (recover_runtime_errors.go:42)	LEAQ	type:main.Cat(SB), CX
	0x008c 00140 (recover_runtime_errors.go:42)	MOVQ	CX, main..autotmp_16+72(SP)
	0x0091 00145 (recover_runtime_errors.go:42)	LEAQ	runtime.zerobase(SB), CX
	0x0098 00152 (recover_runtime_errors.go:42)	MOVQ	CX, main..autotmp_16+80(SP)
	0x009d 00157 (recover_runtime_errors.go:42)	LEAQ	main..autotmp_16+64(SP), CX
	0x00a2 00162 (recover_runtime_errors.go:42)	MOVQ	CX, main..autotmp_10+152(SP)
	0x00aa 00170 (recover_runtime_errors.go:43)	LEAQ	main.main.func6(SB), CX
	0x00b1 00177 (recover_runtime_errors.go:43)	MOVQ	CX, main..autotmp_18+40(SP)
	0x00b6 00182 (recover_runtime_errors.go:43)	MOVUPS	X15, main..autotmp_18+48(SP)
	0x00bc 00188 (recover_runtime_errors.go:43)	LEAQ	main..autotmp_18+40(SP), CX
	0x00c1 00193 (recover_runtime_errors.go:43)	MOVQ	CX, main..autotmp_10+160(SP)
	0x00c9 00201 (recover_runtime_errors.go:44)	LEAQ	main.main.func7·f(SB), CX
	0x00d0 00208 (recover_runtime_errors.go:44)	MOVQ	CX, main..autotmp_10+168(SP)
	0x00d8 00216 (recover_runtime_errors.go:45)	LEAQ	main.main.func8·f(SB), CX
	0x00df 00223 (recover_runtime_errors.go:45)	MOVQ	CX, main..autotmp_10+176(SP)
	0x00e7 00231 (recover_runtime_errors.go:46)	LEAQ	main.main.func9·f(SB), CX
	0x00ee 00238 (recover_runtime_errors.go:46)	MOVQ	CX, main..autotmp_10+184(SP)
	0x00f6 00246 (recover_runtime_errors.go:47)	LEAQ	main.main.func10·f(SB), CX
	0x00fd 00253 (recover_runtime_errors.go:47)	MOVQ	CX, main..autotmp_10+192(SP)
	0x0105 00261 (recover_runtime_errors.go:47)	XORL	AX, AX
	0x0107 00263 (recover_runtime_errors.go:49)	JMP	343
	0x0109 00265 (recover_runtime_errors.go:49)	MOVQ	AX, main.i+16(SP)
	0x010e 00270 (recover_runtime_errors.go:49)	MOVQ	main..autotmp_10+120(SP)(AX*8), AX
	0x0113 00275 (recover_runtime_errors.go:50)	PCDATA	$1, $1
	0x0113 00275 (recover_runtime_errors.go:50)	CALL	main.classify(SB)
	0x0118 00280 (recover_runtime_errors.go:50)	MOVQ	AX, main..autotmp_28+32(SP)
	0x011d 00285 (recover_runtime_errors.go:50)	MOVQ	BX, main..autotmp_29+24(SP)
	0x0122 00290 (recover_runtime_errors.go:50)	PCDATA	$1, $2
	0x0122 00290 (recover_runtime_errors.go:50)	CALL	runtime.printlock(SB)
	0x0127 00295 (recover_runtime_errors.go:50)	MOVQ	main.i+16(SP), AX
	0x012c 00300 (recover_runtime_errors.go:50)	CALL	runtime.printint(SB)
	0x0131 00305 (recover_runtime_errors.go:50)	CALL	runtime.printsp(SB)
	0x0136 00310 (recover_runtime_errors.go:50)	MOVQ	main..autotmp_28+32(SP), AX
	0x013b 00315 (recover_runtime_errors.go:50)	MOVQ	main..autotmp_29+24(SP), BX
	0x0140 00320 (recover_runtime_errors.go:50)	PCDATA	$1, $1
	0x0140 00320 (recover_runtime_errors.go:50)	CALL	runtime.printstring(SB)
	0x0145 00325 (recover_runtime_errors.go:50)	CALL	runtime.printnl(SB)
	0x014a 00330 (recover_runtime_errors.go:50)	CALL	runtime.printunlock(SB)
	0x014f 00335 (recover_runtime_errors.go:49)	MOVQ	main.i+16(SP), AX
	0x0154 00340 (recover_runtime_errors.go:49)	INCQ	AX
	0x0157 00343 (recover_runtime_errors.go:49)	CMPQ	AX, $10
	0x015b 00347 (recover_runtime_errors.go:49)	JLT	265
	0x015d 00349 (recover_runtime_errors.go:52)	ADDQ	$200, SP
	0x0164 00356 (recover_runtime_errors.go:52)	POPQ	BP
	0x0165 00357 (recover_runtime_errors.go:52)	RET
	0x0166 00358 (recover_runtime_errors.go:52)	NOP
	0x0166 00358 (recover_runtime_errors.go:32)	PCDATA	$1, $-1
	0x0166 00358 (recover_runtime_errors.go:32)	PCDATA	$0, $-2
	0x0166 00358 (recover_runtime_errors.go:32)	CALL	runtime.morestack_noctxt(SB)
	0x016b 00363 (recover_runtime_errors.go:32)	PCDATA	$0, $-1
	0x016b 00363 (recover_runtime_errors.go:32)	JMP	0
	0x0000 4c 8d 64 24 b0 4d 3b 66 10 0f 86 57 01 00 00 55  L.d$.M;f...W...U
	0x0010 48 89 e5 48 81 ec c8 00 00 00 48 8d 0d 00 00 00  H..H......H.....
	0x0020 00 48 89 4c 24 78 48 8d 0d 00 00 00 00 48 89 4c  .H.L$xH......H.L
	0x0030 24 68 48 c7 44 24 70 00 00 00 00 48 8d 4c 24 68  $hH.D$p....H.L$h
	0x0040 48 89 8c 24 80 00 00 00 48 8d 0d 00 00 00 00 48  H..$....H......H
	0x0050 89 4c 24 58 48 c7 44 24 60 00 00 00 00 48 8d 4c  .L$XH.D$`....H.L
	0x0060 24 58 48 89 8c 24 88 00 00 00 48 8d 0d 00 00 00  $XH..$....H.....
	0x0070 00 48 89 8c 24 90 00 00 00 48 8d 0d 00 00 00 00  .H..$....H......
	0x0080 48 89 4c 24 40 48 8d 0d 00 00 00 00 48 89 4c 24  H.L$@H......H.L$
	0x0090 48 48 8d 0d 00 00 00 00 48 89 4c 24 50 48 8d 4c  HH......H.L$PH.L
	0x00a0 24 40 48 89 8c 24 98 00 00 00 48 8d 0d 00 00 00  $@H..$....H.....
	0x00b0 00 48 89 4c 24 28 44 0f 11 7c 24 30 48 8d 4c 24  .H.L$(D..|$0H.L$
	0x00c0 28 48 89 8c 24 a0 00 00 00 48 8d 0d 00 00 00 00  (H..$....H......
	0x00d0 48 89 8c 24 a8 00 00 00 48 8d 0d 00 00 00 00 48  H..$....H......H
	0x00e0 89 8c 24 b0 00 00 00 48 8d 0d 00 00 00 00 48 89  ..$....H......H.
	0x00f0 8c 24 b8 00 00 00 48 8d 0d 00 00 00 00 48 89 8c  .$....H......H..
	0x0100 24 c0 00 00 00 31 c0 eb 4e 48 89 44 24 10 48 8b  $....1..NH.D$.H.
	0x0110 44 c4 78 e8 00 00 00 00 48 89 44 24 20 48 89 5c  D.x.....H.D$ H.\
	0x0120 24 18 e8 00 00 00 00 48 8b 44 24 10 e8 00 00 00  $......H.D$.....
	0x0130 00 e8 00 00 00 00 48 8b 44 24 20 48 8b 5c 24 18  ......H.D$ H.\$.
	0x0140 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0150 8b 44 24 10 48 ff c0 48 83 f8 0a 7c ac 48 81 c4  .D$.H..H...|.H..
	0x0160 c8 00 00 00 5d c3 e8 00 00 00 00 e9 90 fe ff ff  ....]...........
	rel 3+0 t=R_USEIFACE type:main.Cat+0
	rel 29+4 t=R_PCREL main.main.func1·f+0
	rel 41+4 t=R_PCREL main.main.func2+0
	rel 75+4 t=R_PCREL main.main.func3+0
	rel 109+4 t=R_PCREL main.main.func4·f+0
	rel 124+4 t=R_PCREL main.main.func5+0
	rel 136+4 t=R_PCREL type:main.Cat+0
	rel 148+4 t=R_PCREL runtime.zerobase+0
	rel 173+4 t=R_PCREL main.main.func6+0
	rel 204+4 t=R_PCREL main.main.func7·f+0
	rel 219+4 t=R_PCREL main.main.func8·f+0
	rel 234+4 t=R_PCREL main.main.func9·f+0
	rel 249+4 t=R_PCREL main.main.func10·f+0
	rel 276+4 t=R_CALL main.classify+0
	rel 291+4 t=R_CALL runtime.printlock+0
	rel 301+4 t=R_CALL runtime.printint+0
	rel 306+4 t=R_CALL runtime.printsp+0
	rel 321+4 t=R_CALL runtime.printstring+0
	rel 326+4 t=R_CALL runtime.printnl+0
	rel 331+4 t=R_CALL runtime.printunlock+0
	rel 359+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func6 STEXT size=41 align=0x0 args=0x0 locals=0x10 funcid=0x0
	0x0000 00000 (recover_runtime_errors.go:43)	TEXT	main.main.func6(SB), NEEDCTXT|ABIInternal, $16-0
	0x0000 00000 (recover_runtime_errors.go:43)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_runtime_errors.go:43)	PCDATA	$0, $-2
	0x0004 00004 (recover_runtime_errors.go:43)	JLS	34
	0x0006 00006 (recover_runtime_errors.go:43)	PCDATA	$0, $-1
	0x0006 00006 (recover_runtime_errors.go:43)	PUSHQ	BP
	0x0007 00007 (recover_runtime_errors.go:43)	MOVQ	SP, BP
	0x000a 00010 (recover_runtime_errors.go:43)	SUBQ	$8, SP
	0x000e 00014 (recover_runtime_errors.go:43)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_runtime_errors.go:43)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_runtime_errors.go:43)	MOVQ	8(DX), CX
	0x0012 00018 (recover_runtime_errors.go:43)	MOVQ	16(DX), AX
	0x0016 00022 (recover_runtime_errors.go:43)	MOVQ	24(CX), CX
	0x001a 00026 (recover_runtime_errors.go:43)	PCDATA	$1, $0
	0x001a 00026 (recover_runtime_errors.go:43)	CALL	CX
	0x001c 00028 (recover_runtime_errors.go:43)	ADDQ	$8, SP
	0x0020 00032 (recover_runtime_errors.go:43)	POPQ	BP
	0x0021 00033 (recover_runtime_errors.go:43)	RET
	0x0022 00034 (recover_runtime_errors.go:43)	NOP
	0x0022 00034 (recover_runtime_errors.go:43)	PCDATA	$1, $-1
	0x0022 00034 (recover_runtime_errors.go:43)	PCDATA	$0, $-2
	0x0022 00034 (recover_runtime_errors.go:43)	CALL	runtime.morestack(SB)
	0x0027 00039 (recover_runtime_errors.go:43)	PCDATA	$0, $-1
	0x0027 00039 (recover_runtime_errors.go:43)	JMP	0
	0x0000 49 3b 66 10 76 1c 55 48 89 e5 48 83 ec 08 48 8b  I;f.v.UH..H...H.
	0x0010 4a 08 48 8b 42 10 48 8b 49 18 ff d1 48 83 c4 08  J.H.B.H.I...H...
	0x0020 5d c3 e8 00 00 00 00 eb d7                       ]........
	rel 2+0 t=R_USEIFACEMETHOD type:main.Animal+96
	rel 26+0 t=R_CALLIND +0
	rel 35+4 t=R_CALL runtime.morestack+0
main.main.func5 STEXT size=56 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (recover_runtime_errors.go:42)	TEXT	main.main.func5(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (recover_runtime_errors.go:42)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_runtime_errors.go:42)	PCDATA	$0, $-2
	0x0004 00004 (recover_runtime_errors.go:42)	JLS	49
	0x0006 00006 (recover_runtime_errors.go:42)	PCDATA	$0, $-1
	0x0006 00006 (recover_runtime_errors.go:42)	PUSHQ	BP
	0x0007 00007 (recover_runtime_errors.go:42)	MOVQ	SP, BP
	0x000a 00010 (recover_runtime_errors.go:42)	SUBQ	$24, SP
	0x000e 00014 (recover_runtime_errors.go:42)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_runtime_errors.go:42)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_runtime_errors.go:42)	MOVQ	8(DX), AX
	0x0012 00018 (recover_runtime_errors.go:42)	LEAQ	type:int(SB), BX
	0x0019 00025 (recover_runtime_errors.go:42)	CMPQ	AX, BX
	0x001c 00028 (recover_runtime_errors.go:42)	JNE	36
	0x001e 00030 (recover_runtime_errors.go:42)	ADDQ	$24, SP
	0x0022 00034 (recover_runtime_errors.go:42)	POPQ	BP
	0x0023 00035 (recover_runtime_errors.go:42)	RET
	0x0024 00036 (recover_runtime_errors.go:42)	LEAQ	type:interface {}(SB), CX
	0x002b 00043 (recover_runtime_errors.go:42)	PCDATA	$1, $0
	0x002b 00043 (recover_runtime_errors.go:42)	CALL	runtime.panicdottypeE(SB)
	0x0030 00048 (recover_runtime_errors.go:42)	XCHGL	AX, AX
	0x0031 00049 (recover_runtime_errors.go:42)	NOP
	0x0031 00049 (recover_runtime_errors.go:42)	PCDATA	$1, $-1
	0x0031 00049 (recover_runtime_errors.go:42)	PCDATA	$0, $-2
	0x0031 00049 (recover_runtime_errors.go:42)	CALL	runtime.morestack(SB)
	0x0036 00054 (recover_runtime_errors.go:42)	PCDATA	$0, $-1
	0x0036 00054 (recover_runtime_errors.go:42)	JMP	0
	0x0000 49 3b 66 10 76 2b 55 48 89 e5 48 83 ec 18 48 8b  I;f.v+UH..H...H.
	0x0010 42 08 48 8d 1d 00 00 00 00 48 39 d8 75 06 48 83  B.H......H9.u.H.
	0x0020 c4 18 5d c3 48 8d 0d 00 00 00 00 e8 00 00 00 00  ..].H...........
	0x0030 90 e8 00 00 00 00 eb c8                          ........
	rel 21+4 t=R_PCREL type:int+0
	rel 39+4 t=R_PCREL type:interface {}+0
	rel 44+4 t=R_CALL runtime.panicdottypeE+0
	rel 50+4 t=R_CALL runtime.morestack+0
main.main.func3 STEXT nosplit size=7 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (recover_runtime_errors.go:40)	TEXT	main.main.func3(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (recover_runtime_errors.go:40)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (recover_runtime_errors.go:40)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (recover_runtime_errors.go:40)	MOVQ	8(DX), AX
	0x0004 00004 (recover_runtime_errors.go:40)	TESTB	AL, (AX)
	0x0006 00006 (recover_runtime_errors.go:40)	RET
	0x0000 48 8b 42 08 84 00 c3                             H.B....
main.main.func2 STEXT size=57 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (recover_runtime_errors.go:39)	TEXT	main.main.func2(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (recover_runtime_errors.go:39)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_runtime_errors.go:39)	PCDATA	$0, $-2
	0x0004 00004 (recover_runtime_errors.go:39)	JLS	50
	0x0006 00006 (recover_runtime_errors.go:39)	PCDATA	$0, $-1
	0x0006 00006 (recover_runtime_errors.go:39)	PUSHQ	BP
	0x0007 00007 (recover_runtime_errors.go:39)	MOVQ	SP, BP
	0x000a 00010 (recover_runtime_errors.go:39)	SUBQ	$24, SP
	0x000e 00014 (recover_runtime_errors.go:39)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_runtime_errors.go:39)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_runtime_errors.go:39)	MOVQ	8(DX), BX
	0x0012 00018 (recover_runtime_errors.go:39)	LEAQ	type:map[int]int(SB), AX
	0x0019 00025 (recover_runtime_errors.go:39)	MOVL	$1, CX
	0x001e 00030 (recover_runtime_errors.go:39)	PCDATA	$1, $0
	0x001e 00030 (recover_runtime_errors.go:39)	NOP
	0x0020 00032 (recover_runtime_errors.go:39)	CALL	runtime.mapassign_fast64(SB)
	0x0025 00037 (recover_runtime_errors.go:39)	MOVQ	$2, (AX)
	0x002c 00044 (recover_runtime_errors.go:39)	ADDQ	$24, SP
	0x0030 00048 (recover_runtime_errors.go:39)	POPQ	BP
	0x0031 00049 (recover_runtime_errors.go:39)	RET
	0x0032 00050 (recover_runtime_errors.go:39)	NOP
	0x0032 00050 (recover_runtime_errors.go:39)	PCDATA	$1, $-1
	0x0032 00050 (recover_runtime_errors.go:39)	PCDATA	$0, $-2
	0x0032 00050 (recover_runtime_errors.go:39)	CALL	runtime.morestack(SB)
	0x0037 00055 (recover_runtime_errors.go:39)	PCDATA	$0, $-1
	0x0037 00055 (recover_runtime_errors.go:39)	JMP	0
	0x0000 49 3b 66 10 76 2c 55 48 89 e5 48 83 ec 18 48 8b  I;f.v,UH..H...H.
	0x0010 5a 08 48 8d 05 00 00 00 00 b9 01 00 00 00 66 90  Z.H...........f.
	0x0020 e8 00 00 00 00 48 c7 00 02 00 00 00 48 83 c4 18  .....H......H...
	0x0030 5d c3 e8 00 00 00 00 eb c7                       ]........
	rel 21+4 t=R_PCREL type:map[int]int+0
	rel 33+4 t=R_CALL runtime.mapassign_fast64+0
	rel 51+4 t=R_CALL runtime.morestack+0
main.main.func1 STEXT size=39 align=0x0 args=0x0 locals=0x10 funcid=0x0
	0x0000 00000 (recover_runtime_errors.go:38)	TEXT	main.main.func1(SB), ABIInternal, $16-0
	0x0000 00000 (recover_runtime_errors.go:38)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_runtime_errors.go:38)	PCDATA	$0, $-2
	0x0004 00004 (recover_runtime_errors.go:38)	JLS	27
	0x0006 00006 (recover_runtime_errors.go:38)	PCDATA	$0, $-1
	0x0006 00006 (recover_runtime_errors.go:38)	PUSHQ	BP
	0x0007 00007 (recover_runtime_errors.go:38)	MOVQ	SP, BP
	0x000a 00010 (recover_runtime_errors.go:38)	SUBQ	$8, SP
	0x000e 00014 (recover_runtime_errors.go:38)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_runtime_errors.go:38)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_runtime_errors.go:38)	XORL	AX, AX
	0x0010 00016 (recover_runtime_errors.go:38)	PCDATA	$1, $0
	0x0010 00016 (recover_runtime_errors.go:38)	CALL	main.num(SB)
	0x0015 00021 (recover_runtime_errors.go:38)	PCDATA	$4, $45
	0x0015 00021 (recover_runtime_errors.go:38)	CALL	runtime.panicBounds(SB)
	0x001a 00026 (recover_runtime_errors.go:38)	XCHGL	AX, AX
	0x001b 00027 (recover_runtime_errors.go:38)	NOP
	0x001b 00027 (recover_runtime_errors.go:38)	PCDATA	$1, $-1
	0x001b 00027 (recover_runtime_errors.go:38)	PCDATA	$0, $-2
	0x001b 00027 (recover_runtime_errors.go:38)	NOP
	0x0020 00032 (recover_runtime_errors.go:38)	CALL	runtime.morestack_noctxt(SB)
	0x0025 00037 (recover_runtime_errors.go:38)	PCDATA	$0, $-1
	0x0025 00037 (recover_runtime_errors.go:38)	JMP	0
	0x0000 49 3b 66 10 76 15 55 48 89 e5 48 83 ec 08 31 c0  I;f.v.UH..H...1.
	0x0010 e8 00 00 00 00 e8 00 00 00 00 90 0f 1f 44 00 00  .............D..
	0x0020 e8 00 00 00 00 eb d9                             .......
	rel 17+4 t=R_CALL main.num+0
	rel 22+4 t=R_CALL runtime.panicBounds+0
	rel 33+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func4 STEXT size=46 align=0x0 args=0x0 locals=0x10 funcid=0x0
	0x0000 00000 (recover_runtime_errors.go:41)	TEXT	main.main.func4(SB), ABIInternal, $16-0
	0x0000 00000 (recover_runtime_errors.go:41)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_runtime_errors.go:41)	PCDATA	$0, $-2
	0x0004 00004 (recover_runtime_errors.go:41)	JLS	39
	0x0006 00006 (recover_runtime_errors.go:41)	PCDATA	$0, $-1
	0x0006 00006 (recover_runtime_errors.go:41)	PUSHQ	BP
	0x0007 00007 (recover_runtime_errors.go:41)	MOVQ	SP, BP
	0x000a 00010 (recover_runtime_errors.go:41)	SUBQ	$8, SP
	0x000e 00014 (recover_runtime_errors.go:41)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_runtime_errors.go:41)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_runtime_errors.go:41)	XORL	AX, AX
	0x0010 00016 (recover_runtime_errors.go:41)	PCDATA	$1, $0
	0x0010 00016 (recover_runtime_errors.go:41)	CALL	main.num(SB)
	0x0015 00021 (recover_runtime_errors.go:41)	TESTQ	AX, AX
	0x0018 00024 (recover_runtime_errors.go:41)	JEQ	33
	0x001a 00026 (recover_runtime_errors.go:41)	ADDQ	$8, SP
	0x001e 00030 (recover_runtime_errors.go:41)	POPQ	BP
	0x001f 00031 (recover_runtime_errors.go:41)	NOP
	0x0020 00032 (recover_runtime_errors.go:41)	RET
	0x0021 00033 (recover_runtime_errors.go:41)	CALL	runtime.panicdivide(SB)
	0x0026 00038 (recover_runtime_errors.go:41)	XCHGL	AX, AX
	0x0027 00039 (recover_runtime_errors.go:41)	NOP
	0x0027 00039 (recover_runtime_errors.go:41)	PCDATA	$1, $-1
	0x0027 00039 (recover_runtime_errors.go:41)	PCDATA	$0, $-2
	0x0027 00039 (recover_runtime_errors.go:41)	CALL	runtime.morestack_noctxt(SB)
	0x002c 00044 (recover_runtime_errors.go:41)	PCDATA	$0, $-1
	0x002c 00044 (recover_runtime_errors.go:41)	JMP	0
	0x0000 49 3b 66 10 76 21 55 48 89 e5 48 83 ec 08 31 c0  I;f.v!UH..H...1.
	0x0010 e8 00 00 00 00 48 85 c0 74 07 48 83 c4 08 5d 90  .....H..t.H...].
	0x0020 c3 e8 00 00 00 00 90 e8 00 00 00 00 eb d2        ..............
	rel 17+4 t=R_CALL main.num+0
	rel 34+4 t=R_CALL runtime.panicdivide+0
	rel 40+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func7 STEXT size=45 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (recover_runtime_errors.go:44)	TEXT	main.main.func7(SB), ABIInternal, $24-0
	0x0000 00000 (recover_runtime_errors.go:44)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_runtime_errors.go:44)	PCDATA	$0, $-2
	0x0004 00004 (recover_runtime_errors.go:44)	JLS	38
	0x0006 00006 (recover_runtime_errors.go:44)	PCDATA	$0, $-1
	0x0006 00006 (recover_runtime_errors.go:44)	PUSHQ	BP
	0x0007 00007 (recover_runtime_errors.go:44)	MOVQ	SP, BP
	0x000a 00010 (recover_runtime_errors.go:44)	SUBQ	$16, SP
	0x000e 00014 (recover_runtime_errors.go:44)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_runtime_errors.go:44)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_runtime_errors.go:44)	LEAQ	type:string(SB), AX
	0x0015 00021 (recover_runtime_errors.go:44)	LEAQ	main..stmp_1(SB), BX
	0x001c 00028 (recover_runtime_errors.go:44)	PCDATA	$1, $0
	0x001c 00028 (recover_runtime_errors.go:44)	NOP
	0x0020 00032 (recover_runtime_errors.go:44)	CALL	runtime.gopanic(SB)
	0x0025 00037 (recover_runtime_errors.go:44)	XCHGL	AX, AX
	0x0026 00038 (recover_runtime_errors.go:44)	NOP
	0x0026 00038 (recover_runtime_errors.go:44)	PCDATA	$1, $-1
	0x0026 00038 (recover_runtime_errors.go:44)	PCDATA	$0, $-2
	0x0026 00038 (recover_runtime_errors.go:44)	CALL	runtime.morestack_noctxt(SB)
	0x002b 00043 (recover_runtime_errors.go:44)	PCDATA	$0, $-1
	0x002b 00043 (recover_runtime_errors.go:44)	JMP	0
	0x0000 49 3b 66 10 76 20 55 48 89 e5 48 83 ec 10 48 8d  I;f.v UH..H...H.
	0x0010 05 00 00 00 00 48 8d 1d 00 00 00 00 0f 1f 40 00  .....H........@.
	0x0020 e8 00 00 00 00 90 e8 00 00 00 00 eb d3           .............
	rel 2+0 t=R_USEIFACE type:string+0
	rel 17+4 t=R_PCREL type:string+0
	rel 24+4 t=R_PCREL main..stmp_1+0
	rel 33+4 t=R_CALL runtime.gopanic+0
	rel 39+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func8 STEXT nosplit size=1 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (recover_runtime_errors.go:45)	TEXT	main.main.func8(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (recover_runtime_errors.go:45)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (recover_runtime_errors.go:45)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (recover_runtime_errors.go:45)	RET
	0x0000 c3                                               .
main.main.func9 STEXT size=82 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (recover_runtime_errors.go:46)	TEXT	main.main.func9(SB), ABIInternal, $24-0
	0x0000 00000 (recover_runtime_errors.go:46)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_runtime_errors.go:46)	PCDATA	$0, $-2
	0x0004 00004 (recover_runtime_errors.go:46)	JLS	75
	0x0006 00006 (recover_runtime_errors.go:46)	PCDATA	$0, $-1
	0x0006 00006 (recover_runtime_errors.go:46)	PUSHQ	BP
	0x0007 00007 (recover_runtime_errors.go:46)	MOVQ	SP, BP
	0x000a 00010 (recover_runtime_errors.go:46)	SUBQ	$16, SP
	0x000e 00014 (recover_runtime_errors.go:46)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_runtime_errors.go:46)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_runtime_errors.go:46)	MOVL	$1, AX
	0x0013 00019 (recover_runtime_errors.go:46)	PCDATA	$1, $0
	0x0013 00019 (recover_runtime_errors.go:46)	CALL	main.num(SB)
	0x0018 00024 (recover_runtime_errors.go:46)	MOVQ	AX, main..autotmp_5+8(SP)
	0x001d 00029 (recover_runtime_errors.go:46)	XORL	AX, AX
	0x001f 00031 (recover_runtime_errors.go:46)	NOP
	0x0020 00032 (recover_runtime_errors.go:46)	CALL	main.num(SB)
	0x0025 00037 (recover_runtime_errors.go:46)	CMPQ	AX, $2
	0x0029 00041 (recover_runtime_errors.go:46)	JHI	69
	0x002b 00043 (recover_runtime_errors.go:46)	MOVQ	main..autotmp_5+8(SP), CX
	0x0030 00048 (recover_runtime_errors.go:46)	CMPQ	AX, CX
	0x0033 00051 (recover_runtime_errors.go:46)	JCS	59
	0x0035 00053 (recover_runtime_errors.go:46)	ADDQ	$16, SP
	0x0039 00057 (recover_runtime_errors.go:46)	POPQ	BP
	0x003a 00058 (recover_runtime_errors.go:46)	RET
	0x003b 00059 (recover_runtime_errors.go:46)	PCDATA	$4, $138
	0x003b 00059 (recover_runtime_errors.go:46)	NOP
	0x0040 00064 (recover_runtime_errors.go:46)	CALL	runtime.panicBounds(SB)
	0x0045 00069 (recover_runtime_errors.go:46)	PCDATA	$4, $2351
	0x0045 00069 (recover_runtime_errors.go:46)	CALL	runtime.panicBounds(SB)
	0x004a 00074 (recover_runtime_errors.go:46)	XCHGL	AX, AX
	0x004b 00075 (recover_runtime_errors.go:46)	NOP
	0x004b 00075 (recover_runtime_errors.go:46)	PCDATA	$1, $-1
	0x004b 00075 (recover_runtime_errors.go:46)	PCDATA	$0, $-2
	0x004b 00075 (recover_runtime_errors.go:46)	CALL	runtime.morestack_noctxt(SB)
	0x0050 00080 (recover_runtime_errors.go:46)	PCDATA	$0, $-1
	0x0050 00080 (recover_runtime_errors.go:46)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 10 b8 01  I;f.vEUH..H.....
	0x0010 00 00 00 e8 00 00 00 00 48 89 44 24 08 31 c0 90  ........H.D$.1..
	0x0020 e8 00 00 00 00 48 83 f8 02 77 1a 48 8b 4c 24 08  .....H...w.H.L$.
	0x0030 48 39 c8 72 06 48 83 c4 10 5d c3 0f 1f 44 00 00  H9.r.H...]...D..
	0x0040 e8 00 00 00 00 e8 00 00 00 00 90 e8 00 00 00 00  ................
	0x0050 eb ae                                            ..
	rel 20+4 t=R_CALL main.num+0
	rel 33+4 t=R_CALL main.num+0
	rel 65+4 t=R_CALL runtime.panicBounds+0
	rel 70+4 t=R_CALL runtime.panicBounds+0
	rel 76+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func10 STEXT size=49 align=0x0 args=0x0 locals=0x10 funcid=0x0
	0x0000 00000 (recover_runtime_errors.go:47)	TEXT	main.main.func10(SB), ABIInternal, $16-0
	0x0000 00000 (recover_runtime_errors.go:47)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_runtime_errors.go:47)	PCDATA	$0, $-2
	0x0004 00004 (recover_runtime_errors.go:47)	JLS	42
	0x0006 00006 (recover_runtime_errors.go:47)	PCDATA	$0, $-1
	0x0006 00006 (recover_runtime_errors.go:47)	PUSHQ	BP
	0x0007 00007 (recover_runtime_errors.go:47)	MOVQ	SP, BP
	0x000a 00010 (recover_runtime_errors.go:47)	SUBQ	$8, SP
	0x000e 00014 (recover_runtime_errors.go:47)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_runtime_errors.go:47)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_runtime_errors.go:47)	MOVL	$3, AX
	0x0013 00019 (recover_runtime_errors.go:47)	PCDATA	$1, $0
	0x0013 00019 (recover_runtime_errors.go:47)	CALL	main.num(SB)
	0x0018 00024 (recover_runtime_errors.go:47)	CMPQ	AX, $3
	0x001c 00028 (recover_runtime_errors.go:47)	JCC	36
	0x001e 00030 (recover_runtime_errors.go:47)	ADDQ	$8, SP
	0x0022 00034 (recover_runtime_errors.go:47)	POPQ	BP
	0x0023 00035 (recover_runtime_errors.go:47)	RET
	0x0024 00036 (recover_runtime_errors.go:47)	PCDATA	$4, $3501
	0x0024 00036 (recover_runtime_errors.go:47)	CALL	runtime.panicBounds(SB)
	0x0029 00041 (recover_runtime_errors.go:47)	XCHGL	AX, AX
	0x002a 00042 (recover_runtime_errors.go:47)	NOP
	0x002a 00042 (recover_runtime_errors.go:47)	PCDATA	$1, $-1
	0x002a 00042 (recover_runtime_errors.go:47)	PCDATA	$0, $-2
	0x002a 00042 (recover_runtime_errors.go:47)	CALL	runtime.morestack_noctxt(SB)
	0x002f 00047 (recover_runtime_errors.go:47)	PCDATA	$0, $-1
	0x002f 00047 (recover_runtime_errors.go:47)	JMP	0
	0x0000 49 3b 66 10 76 24 55 48 89 e5 48 83 ec 08 b8 03  I;f.v$UH..H.....
	0x0010 00 00 00 e8 00 00 00 00 48 83 f8 03 73 06 48 83  ........H...s.H.
	0x0020 c4 08 5d c3 e8 00 00 00 00 90 e8 00 00 00 00 eb  ..].............
	0x0030 cf                                               .
	rel 20+4 t=R_CALL main.num+0
	rel 37+4 t=R_CALL runtime.panicBounds+0
	rel 43+4 t=R_CALL runtime.morestack_noctxt+0
main.runtimeError.Error STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.runtimeError.Error(SB), DUPOK|WRAPPER|ABIInternal, $16-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	40
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$8, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+24(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+32(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.runtimeError.Error.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.runtimeError.Error.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.runtimeError+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.runtimeError.RuntimeError STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.runtimeError.RuntimeError(SB), DUPOK|WRAPPER|ABIInternal, $16-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	40
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$8, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+24(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+32(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.runtimeError.RuntimeError.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.runtimeError.RuntimeError.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	MOVQ	32(AX), CX
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
	0x0010 44 24 18 48 89 5c 24 20 48 8b 48 20 48 89 d8 90  D$.H.\$ H.H H...
	0x0020 ff d1 48 83 c4 08 5d c3 48 89 44 24 08 48 89 5c  ..H...].H.D$.H.\
	0x0030 24 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24  $......H.D$.H.\$
	0x0040 10 eb bd                                         ...
	rel 2+0 t=R_USEIFACEMETHOD type:main.runtimeError+104
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.Animal.Sound STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Animal.Sound(SB), DUPOK|WRAPPER|ABIInternal, $16-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	40
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$8, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.~p0+24(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.~p0+32(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Animal.Sound.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Animal.Sound.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.Animal+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Cat).Sound STEXT dupok nosplit size=29 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Cat).Sound(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Cat).Sound.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Cat).Sound.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	23
	0x0009 00009 (<autogenerated>:1)	LEAQ	go:string."meow"(SB), AX
	0x0010 00016 (<autogenerated>:1)	MOVL	$4, BX
	0x0015 00021 (<autogenerated>:1)	POPQ	BP
	0x0016 00022 (<autogenerated>:1)	RET
	0x0017 00023 (<autogenerated>:1)	PCDATA	$1, $1
	0x0017 00023 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x001c 00028 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 0e 48 8d 05 00 00 00 00  UH..H..t.H......
	0x0010 bb 04 00 00 00 5d c3 e8 00 00 00 00 90           .....].......
	rel 12+4 t=R_PCREL go:string."meow"+0
	rel 24+4 t=R_CALL runtime.panicwrap+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.Cat.Sound$abstract SDWARFABSFCN dupok size=20 align=0x0
	0x0000 05 6d 61 69 6e 2e 43 61 74 2e 53 6f 75 6e 64 00  .main.Cat.Sound.
	0x0010 01 0c 01 00                                      ....
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal0·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal0+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Cat. SRODATA dupok size=11 align=0x1
	0x0000 01 09 2a 6d 61 69 6e 2e 43 61 74                 ..*main.Cat
type:.namedata.*func(*main.Cat) string- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 43 61  ..*func(*main.Ca
	0x0010 74 29 20 73 74 72 69 6e 67                       t) string
type:*func(*main.Cat) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f1 4f 0f 0b 28 08 08 16 00 00 00 00 00 00 00 00  .O..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Cat) string-+0
	rel 48+8 t=R_ADDR type:func(*main.Cat) string+0
type:func(*main.Cat) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c1 ab fb 32 22 08 08 13 00 00 00 00 00 00 00 00  ...2"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Cat) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Cat) string+0
	rel 56+8 t=R_ADDR type:*main.Cat+0
	rel 64+8 t=R_ADDR type:string+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Sound. SRODATA dupok size=7 align=0x1
	0x0000 01 05 53 6f 75 6e 64                             ..Sound
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
type:*main.Cat SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4a 51 79 59 29 08 08 16 00 00 00 00 00 00 00 00  JQyY)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Cat.+0
	rel 48+8 t=R_ADDR type:main.Cat+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Sound.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*Cat).Sound+0
	rel 84+4 t=R_METHODOFF main.(*Cat).Sound+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.*func(main.Cat) string- SRODATA dupok size=24 align=0x1
	0x0000 00 16 2a 66 75 6e 63 28 6d 61 69 6e 2e 43 61 74  ..*func(main.Cat
	0x0010 29 20 73 74 72 69 6e 67                          ) string
type:*func(main.Cat) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c4 58 59 c2 28 08 08 16 00 00 00 00 00 00 00 00  .XY.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Cat) string-+0
	rel 48+8 t=R_ADDR type:func(main.Cat) string+0
type:func(main.Cat) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 57 69 21 a3 22 08 08 13 00 00 00 00 00 00 00 00  Wi!."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Cat) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Cat) string+0
	rel 56+8 t=R_ADDR type:main.Cat+0
	rel 64+8 t=R_ADDR type:string+0
type:main.Cat SRODATA size=112 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 85 42 31 ba 0f 01 01 19 00 00 00 00 00 00 00 00  .B1.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 01 00 01 00 10 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal0·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Cat.+0
	rel 44+4 t=R_ADDROFF type:*main.Cat+0
	rel 56+8 t=R_ADDR type:main.Cat+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Sound.+0
	rel 100+4 t=R_METHODOFF type:func() string+0
	rel 104+4 t=R_METHODOFF main.(*Cat).Sound+0
	rel 108+4 t=R_METHODOFF main.Cat.Sound+0
runtime.interequal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.interequal+0
type:.namedata.*main.runtimeError- SRODATA dupok size=20 align=0x1
	0x0000 00 12 2a 6d 61 69 6e 2e 72 75 6e 74 69 6d 65 45  ..*main.runtimeE
	0x0010 72 72 6f 72                                      rror
type:*main.runtimeError SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d5 36 57 0b 28 08 08 16 00 00 00 00 00 00 00 00  .6W.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.runtimeError-+0
	rel 48+8 t=R_ADDR type:main.runtimeError+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
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
type:.namedata.Error. SRODATA dupok size=7 align=0x1
	0x0000 01 05 45 72 72 6f 72                             ..Error
type:.namedata.RuntimeError. SRODATA dupok size=14 align=0x1
	0x0000 01 0c 52 75 6e 74 69 6d 65 45 72 72 6f 72        ..RuntimeError
type:main.runtimeError SRODATA size=112 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 39 90 27 aa 07 08 08 14 00 00 00 00 00 00 00 00  9.'.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00  ........ .......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.runtimeError-+0
	rel 44+4 t=R_ADDROFF type:*main.runtimeError+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.runtimeError+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Error.+0
	rel 100+4 t=R_ADDROFF type:func() string+0
	rel 104+4 t=R_ADDROFF type:.namedata.RuntimeError.+0
	rel 108+4 t=R_ADDROFF type:func()+0
type:.namedata.*map[int]int- SRODATA dupok size=14 align=0x1
	0x0000 00 0c 2a 6d 61 70 5b 69 6e 74 5d 69 6e 74        ..*map[int]int
type:*map[int]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 74 51 b7 ae 28 08 08 16 00 00 00 00 00 00 00 00  tQ..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int]int-+0
	rel 48+8 t=R_ADDR type:map[int]int+0
type:.namedata.*map.group[int]int- SRODATA dupok size=20 align=0x1
	0x0000 00 12 2a 6d 61 70 2e 67 72 6f 75 70 5b 69 6e 74  ..*map.group[int
	0x0010 5d 69 6e 74                                      ]int
type:noalg.*map.group[int]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 59 e2 af 14 20 08 08 16 00 00 00 00 00 00 00 00  Y... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int]int-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[int]int+0
type:.namedata.*[8]struct { key int; elem int }- SRODATA dupok size=34 align=0x1
	0x0000 00 20 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  . *[8]struct { k
	0x0010 65 79 20 69 6e 74 3b 20 65 6c 65 6d 20 69 6e 74  ey int; elem int
	0x0020 20 7d                                             }
type:noalg.*[8]struct { key int; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 dd b3 23 cb 20 08 08 16 00 00 00 00 00 00 00 00  ..#. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key int; elem int }+0
type:.namedata.*struct { key int; elem int }- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  ..*struct { key 
	0x0010 69 6e 74 3b 20 65 6c 65 6d 20 69 6e 74 20 7d     int; elem int }
type:noalg.*struct { key int; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ff c4 f6 0c 20 08 08 16 00 00 00 00 00 00 00 00  .... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem int }+0
type:.importpath.. SRODATA dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.namedata.key- SRODATA dupok size=5 align=0x1
	0x0000 00 03 6b 65 79                                   ..key
type:.namedata.elem- SRODATA dupok size=6 align=0x1
	0x0000 00 04 65 6c 65 6d                                ..elem
type:noalg.struct { key int; elem int } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 20 f2 56 9c 02 08 08 19 00 00 00 00 00 00 00 00   .V.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key int; elem int }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key int; elem int }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:int+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:int+0
type:.namedata.*[]struct { key int; elem int }- SRODATA dupok size=33 align=0x1
	0x0000 00 1f 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  ..*[]struct { ke
	0x0010 79 20 69 6e 74 3b 20 65 6c 65 6d 20 69 6e 74 20  y int; elem int 
	0x0020 7d                                               }
type:*[]struct { key int; elem int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c2 95 42 f2 28 08 08 16 00 00 00 00 00 00 00 00  ..B.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int; elem int }-+0
	rel 48+8 t=R_ADDR type:[]struct { key int; elem int }+0
type:[]struct { key int; elem int } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e9 1c 2f 24 02 08 08 17 00 00 00 00 00 00 00 00  ../$............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key int; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem int }+0
type:noalg.[8]struct { key int; elem int } SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 da 27 44 7e 02 08 08 11 00 00 00 00 00 00 00 00  .'D~............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key int; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem int }+0
	rel 56+8 t=R_ADDR type:[]struct { key int; elem int }+0
type:.namedata.ctrl- SRODATA dupok size=6 align=0x1
	0x0000 00 04 63 74 72 6c                                ..ctrl
type:.namedata.slots- SRODATA dupok size=7 align=0x1
	0x0000 00 05 73 6c 6f 74 73                             ..slots
type:noalg.map.group[int]int SRODATA dupok size=128 align=0x8
	0x0000 88 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 f8 ad e5 a7 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int]int-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[int]int+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[int]int+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key int; elem int }+0
runtime.memhash64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memhash64+0
type:map[int]int SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9e 99 5a 5d 22 08 08 15 00 00 00 00 00 00 00 00  ..Z]"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 88 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0070 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int]int-+0
	rel 44+4 t=RelocType(-32763) type:*map[int]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:noalg.map.group[int]int+0
	rel 72+8 t=R_ADDR runtime.memhash64·f+0
type:.namedata.*main.Animal. SRODATA dupok size=14 align=0x1
	0x0000 01 0c 2a 6d 61 69 6e 2e 41 6e 69 6d 61 6c        ..*main.Animal
type:*main.Animal SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a4 6c 77 e1 28 08 08 16 00 00 00 00 00 00 00 00  .lw.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Animal.+0
	rel 48+8 t=R_ADDR type:main.Animal+0
type:main.Animal SRODATA size=104 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 c6 69 93 6d 07 08 08 14 00 00 00 00 00 00 00 00  .i.m............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Animal.+0
	rel 44+4 t=R_ADDROFF type:*main.Animal+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Animal+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Sound.+0
	rel 100+4 t=R_ADDROFF type:func() string+0
go:string."meow" SRODATA dupok size=4 align=0x1
	0x0000 6d 65 6f 77                                      meow
go:string."unreachable?" SRODATA dupok size=12 align=0x1
	0x0000 75 6e 72 65 61 63 68 61 62 6c 65 3f              unreachable?
main..typeAssert.0 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 01                                               .
	rel 0+8 t=R_ADDR runtime.emptyTypeAssertCache+0
	rel 8+8 t=R_ADDR type:main.runtimeError+0
go:string."runtime: " SRODATA dupok size=9 align=0x1
	0x0000 72 75 6e 74 69 6d 65 3a 20                       runtime: 
go:string."user: " SRODATA dupok size=6 align=0x1
	0x0000 75 73 65 72 3a 20                                user: 
go:string."none" SRODATA dupok size=4 align=0x1
	0x0000 6e 6f 6e 65                                      none
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
main..stmp_0 SRODATA static size=0 align=0x1
go:string."plain string" SRODATA dupok size=12 align=0x1
	0x0000 70 6c 61 69 6e 20 73 74 72 69 6e 67              plain string
main..stmp_1 SRODATA static size=16 align=0x8
	0x0000 00 00 00 00 00 00 00 00 0c 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."plain string"+0
type:.namedata.*[0]int- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 5b 30 5d 69 6e 74                       ..*[0]int
type:*[0]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 cc 40 f7 98 28 08 08 16 00 00 00 00 00 00 00 00  .@..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[0]int-+0
	rel 48+8 t=R_ADDR type:[0]int+0
type:[0]int SRODATA dupok size=72 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 ee 29 e0 80 0a 08 08 11 00 00 00 00 00 00 00 00  .)..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal0·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[0]int-+0
	rel 44+4 t=RelocType(-32763) type:*[0]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
runtime.gcbits.ff03000000000000 SRODATA dupok size=8 align=0x8
	0x0000 ff 03 00 00 00 00 00 00                          ........
runtime.gcbits.0400000000000000 SRODATA dupok size=8 align=0x8
	0x0000 04 00 00 00 00 00 00 00                          ........
main.main.func1·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func1+0
main.main.func10·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func10+0
main.main.func4·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func4+0
main.main.func7·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func7+0
main.main.func8·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func8+0
main.main.func9·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func9+0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.Cat.Sound.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 fe fd ff                                         ...
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·TggWaExUwDZc5d5PnqhOxw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 05 00 00 00 00 11                    ..........
main.classify.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 d8 ff ff ff 10 00 00 00  ................
	0x0010 08 00 00 00 00 00 00 00 e8 ff ff ff 10 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
main.classify.opendefer SRODATA dupok size=2 align=0x1
	0x0000 29 08                                            ).
main.classify.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.classify.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8 align=0x4
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·sfOxBcdnNBiCaiOXpthwPg== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 00 02 03                 ...........
main.num.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.num.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·823vk8job+2mH7hKLnKBEg== SRODATA dupok size=17 align=0x4
	0x0000 03 00 00 00 15 00 00 00 00 00 00 00 f8 1f 01 f8  ................
	0x0010 1f                                               .
main.main.stkobj SRODATA static size=88 align=0x8
	0x0000 05 00 00 00 00 00 00 00 60 ff ff ff 18 00 00 00  ........`.......
	0x0010 18 00 00 00 00 00 00 00 78 ff ff ff 18 00 00 00  ........x.......
	0x0020 18 00 00 00 00 00 00 00 90 ff ff ff 10 00 00 00  ................
	0x0030 10 00 00 00 00 00 00 00 a0 ff ff ff 10 00 00 00  ................
	0x0040 10 00 00 00 00 00 00 00 b0 ff ff ff 50 00 00 00  ............P...
	0x0050 50 00 00 00 00 00 00 00                          P.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 68+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 84+4 t=R_ADDROFF runtime.gcbits.ff03000000000000+0
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.runtimeError.Error.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.runtimeError.Error.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.runtimeError.RuntimeError.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.runtimeError.RuntimeError.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Animal.Sound.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Animal.Sound.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Cat).Sound.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Cat).Sound.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
