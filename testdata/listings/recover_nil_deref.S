funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (recover_nil_deref.go:31)	TEXT	main.main(SB), ABIInternal, $128-0
     0        00000 (recover_nil_deref.go:31)	TEXT	main.main(SB), ABIInternal, $128-0
     0     -1 00000 (recover_nil_deref.go:31)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_deref.go:31)	PCDATA	$0, $-2
     4        00004 (recover_nil_deref.go:31)	JLS	430
     a        00010 (recover_nil_deref.go:31)	PCDATA	$0, $-1
     a        00010 (recover_nil_deref.go:31)	PUSHQ	BP
     b        00011 (recover_nil_deref.go:31)	MOVQ	SP, BP
     e        00014 (recover_nil_deref.go:31)	SUBQ	$120, SP
    12        00018 (recover_nil_deref.go:31)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (recover_nil_deref.go:31)	FUNCDATA	$1, gclocals·E2X6dychdtKUvvDcqkSyhw==(SB)
    12        00018 (recover_nil_deref.go:31)	FUNCDATA	$2, main.main.stkobj(SB)
    12        00018 (recover_nil_deref.go:33)	LEAQ	main.main.func1(SB), DX
    19        00025 (recover_nil_deref.go:33)	MOVQ	DX, main..autotmp_5+72(SP)
    1e        00030 (recover_nil_deref.go:33)	MOVQ	$0, main..autotmp_5+80(SP)
    27        00039 (recover_nil_deref.go:33)	LEAQ	go:string."load"(SB), AX
    2e        00046 (recover_nil_deref.go:33)	MOVL	$4, BX
    33        00051 (recover_nil_deref.go:33)	LEAQ	main..autotmp_5+72(SP), CX
    38        00056 (recover_nil_deref.go:33)	PCDATA	$1, $0
    38        00056 (recover_nil_deref.go:33)	CALL	main.try(SB)
    3d        00061 (recover_nil_deref.go:34)	LEAQ	main.main.func2(SB), DX
    44        00068 (recover_nil_deref.go:34)	MOVQ	DX, main..autotmp_5+72(SP)
    49        00073 (recover_nil_deref.go:34)	MOVQ	$0, main..autotmp_5+80(SP)
    52        00082 (recover_nil_deref.go:34)	LEAQ	go:string."store"(SB), AX
    59        00089 (recover_nil_deref.go:34)	MOVL	$5, BX
    5e        00094 (recover_nil_deref.go:34)	LEAQ	main..autotmp_5+72(SP), CX
    63        00099 (recover_nil_deref.go:34)	CALL	main.try(SB)
    68        00104 (recover_nil_deref.go:36)	LEAQ	main.main.func3(SB), DX
    6f        00111 (recover_nil_deref.go:36)	MOVQ	DX, main..autotmp_6+56(SP)
    74        00116 (recover_nil_deref.go:36)	MOVQ	$0, main..autotmp_6+64(SP)
    7d        00125 (recover_nil_deref.go:36)	LEAQ	go:string."field"(SB), AX
    84        00132 (recover_nil_deref.go:36)	MOVL	$5, BX
    89        00137 (recover_nil_deref.go:36)	LEAQ	main..autotmp_6+56(SP), CX
    8e        00142 (recover_nil_deref.go:36)	CALL	main.try(SB)
    93        00147 (recover_nil_deref.go:37)	LEAQ	main.main.func4(SB), DX
    9a        00154 (recover_nil_deref.go:37)	MOVQ	DX, main..autotmp_6+56(SP)
    9f        00159 (recover_nil_deref.go:37)	MOVQ	$0, main..autotmp_6+64(SP)
    a8        00168 (recover_nil_deref.go:37)	LEAQ	go:string."method"(SB), AX
    af        00175 (recover_nil_deref.go:37)	MOVL	$6, BX
    b4        00180 (recover_nil_deref.go:37)	LEAQ	main..autotmp_6+56(SP), CX
    b9        00185 (recover_nil_deref.go:37)	CALL	main.try(SB)
    be        00190 (recover_nil_deref.go:38)	LEAQ	main.main.func5(SB), DX
    c5        00197 (recover_nil_deref.go:38)	MOVQ	DX, main..autotmp_6+56(SP)
    ca        00202 (recover_nil_deref.go:38)	MOVQ	$0, main..autotmp_6+64(SP)
    d3        00211 (recover_nil_deref.go:38)	LEAQ	go:string."nil-safe method"(SB), AX
    da        00218 (recover_nil_deref.go:38)	MOVL	$15, BX
    df        00223 (recover_nil_deref.go:38)	LEAQ	main..autotmp_6+56(SP), CX
    e4        00228 (recover_nil_deref.go:38)	CALL	main.try(SB)
    e9        00233 (recover_nil_deref.go:39)	MOVQ	$1, main..autotmp_15+104(SP)
    f2        00242 (recover_nil_deref.go:39)	MOVQ	$2, main..autotmp_17+88(SP)
    fb        00251 (recover_nil_deref.go:39)	MOVQ	$0, main..autotmp_17+96(SP)
   104        00260 (recover_nil_deref.go:39)	LEAQ	main..autotmp_17+88(SP), DX
   109        00265 (recover_nil_deref.go:39)	MOVQ	DX, main..autotmp_15+112(SP)
   10e        00270 (recover_nil_deref.go:40)	LEAQ	main.main.func6(SB), DX
   115        00277 (recover_nil_deref.go:40)	MOVQ	DX, main..autotmp_6+56(SP)
   11a        00282 (recover_nil_deref.go:40)	LEAQ	main..autotmp_15+104(SP), DX
   11f        00287 (recover_nil_deref.go:40)	MOVQ	DX, main..autotmp_6+64(SP)
   124        00292 (recover_nil_deref.go:40)	LEAQ	go:string."walk off end"(SB), AX
   12b        00299 (recover_nil_deref.go:40)	MOVL	$12, BX
   130        00304 (recover_nil_deref.go:40)	LEAQ	main..autotmp_6+56(SP), CX
   135        00309 (recover_nil_deref.go:40)	CALL	main.try(SB)
   13a        00314 (recover_nil_deref.go:42)	LEAQ	main.main.func7(SB), DX
   141        00321 (recover_nil_deref.go:42)	MOVQ	DX, main..autotmp_7+40(SP)
   146        00326 (recover_nil_deref.go:42)	MOVQ	$0, main..autotmp_7+48(SP)
   14f        00335 (recover_nil_deref.go:42)	LEAQ	go:string."array ptr index"(SB), AX
   156        00342 (recover_nil_deref.go:42)	MOVL	$15, BX
   15b        00347 (recover_nil_deref.go:42)	LEAQ	main..autotmp_7+40(SP), CX
   160        00352 (recover_nil_deref.go:42)	CALL	main.try(SB)
   165        00357 (recover_nil_deref.go:43)	LEAQ	go:string."len of nil array ptr"(SB), AX
   16c        00364 (recover_nil_deref.go:43)	MOVL	$20, BX
   171        00369 (recover_nil_deref.go:43)	LEAQ	main.main.func8·f(SB), CX
   178        00376 (recover_nil_deref.go:43)	CALL	main.try(SB)
   17d        00381 (recover_nil_deref.go:45)	LEAQ	main.main.func9(SB), DX
   184        00388 (recover_nil_deref.go:45)	MOVQ	DX, main..autotmp_8+24(SP)
   189        00393 (recover_nil_deref.go:45)	MOVQ	$0, main..autotmp_8+32(SP)
   192        00402 (recover_nil_deref.go:45)	LEAQ	go:string."nil func call"(SB), AX
   199        00409 (recover_nil_deref.go:45)	MOVL	$13, BX
   19e        00414 (recover_nil_deref.go:45)	LEAQ	main..autotmp_8+24(SP), CX
   1a3        00419 (recover_nil_deref.go:45)	CALL	main.try(SB)
   1a8        00424 (recover_nil_deref.go:46)	ADDQ	$120, SP
   1ac        00428 (recover_nil_deref.go:46)	POPQ	BP
   1ad        00429 (recover_nil_deref.go:46)	RET
   1ae        00430 (recover_nil_deref.go:46)	NOP
   1ae        00430 (recover_nil_deref.go:31)	PCDATA	$1, $-1
   1ae        00430 (recover_nil_deref.go:31)	PCDATA	$0, $-2
   1ae        00430 (recover_nil_deref.go:31)	CALL	runtime.morestack_noctxt(SB)
   1b3        00435 (recover_nil_deref.go:31)	PCDATA	$0, $-1
   1b3        00435 (recover_nil_deref.go:31)	JMP	0
   1b8 done
wrote 4 bytes to 0x0
 00 b8 03 00
funcpctab main.main.func9 [valfunc=pctoinline]
     0     -1 00000 (recover_nil_deref.go:45)	TEXT	main.main.func9(SB), NEEDCTXT|ABIInternal, $8-0
     0        00000 (recover_nil_deref.go:45)	TEXT	main.main.func9(SB), NEEDCTXT|ABIInternal, $8-0
     0     -1 00000 (recover_nil_deref.go:45)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_deref.go:45)	PCDATA	$0, $-2
     4        00004 (recover_nil_deref.go:45)	JLS	21
     6        00006 (recover_nil_deref.go:45)	PCDATA	$0, $-1
     6        00006 (recover_nil_deref.go:45)	PUSHQ	BP
     7        00007 (recover_nil_deref.go:45)	MOVQ	SP, BP
     a        00010 (recover_nil_deref.go:45)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     a        00010 (recover_nil_deref.go:45)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     a        00010 (recover_nil_deref.go:45)	MOVQ	8(DX), DX
     e        00014 (recover_nil_deref.go:45)	MOVQ	(DX), AX
    11        00017 (recover_nil_deref.go:45)	PCDATA	$1, $0
    11        00017 (recover_nil_deref.go:45)	CALL	AX
    13        00019 (recover_nil_deref.go:45)	POPQ	BP
    14        00020 (recover_nil_deref.go:45)	RET
    15        00021 (recover_nil_deref.go:45)	NOP
    15        00021 (recover_nil_deref.go:45)	PCDATA	$1, $-1
    15        00021 (recover_nil_deref.go:45)	PCDATA	$0, $-2
    15        00021 (recover_nil_deref.go:45)	CALL	runtime.morestack(SB)
    1a        00026 (recover_nil_deref.go:45)	PCDATA	$0, $-1
    1a        00026 (recover_nil_deref.go:45)	JMP	0
    1c done
wrote 3 bytes to 0x0
 00 1c 00
funcpctab main.main.func7 [valfunc=pctoinline]
     0     -1 00000 (recover_nil_deref.go:42)	TEXT	main.main.func7(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (recover_nil_deref.go:42)	TEXT	main.main.func7(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (recover_nil_deref.go:42)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (recover_nil_deref.go:42)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (recover_nil_deref.go:42)	MOVQ	8(DX), AX
     4        00004 (recover_nil_deref.go:42)	MOVQ	$1, 16(AX)
     c        00012 (recover_nil_deref.go:42)	RET
     d done
wrote 3 bytes to 0x0
 00 0d 00
funcpctab main.main.func6 [valfunc=pctoinline]
     0     -1 00000 (recover_nil_deref.go:40)	TEXT	main.main.func6(SB), NEEDCTXT|ABIInternal, $24-0
     0        00000 (recover_nil_deref.go:40)	TEXT	main.main.func6(SB), NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (recover_nil_deref.go:40)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_deref.go:40)	PCDATA	$0, $-2
     4        00004 (recover_nil_deref.go:40)	JLS	65
     6        00006 (recover_nil_deref.go:40)	PCDATA	$0, $-1
     6        00006 (recover_nil_deref.go:40)	PUSHQ	BP
     7        00007 (recover_nil_deref.go:40)	MOVQ	SP, BP
     a        00010 (recover_nil_deref.go:40)	SUBQ	$16, SP
     e        00014 (recover_nil_deref.go:40)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_nil_deref.go:40)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_nil_deref.go:40)	MOVQ	8(DX), AX
    12        00018 (recover_nil_deref.go:40)	MOVQ	8(AX), AX
    16        00022 (recover_nil_deref.go:40)	MOVQ	8(AX), AX
    1a        00026 (recover_nil_deref.go:40)	MOVQ	(AX), AX
    1d        00029 (recover_nil_deref.go:40)	MOVQ	AX, main..autotmp_2+8(SP)
    22        00034 (recover_nil_deref.go:40)	PCDATA	$1, $0
    22        00034 (recover_nil_deref.go:40)	CALL	runtime.printlock(SB)
    27        00039 (recover_nil_deref.go:40)	MOVQ	main..autotmp_2+8(SP), AX
    2c        00044 (recover_nil_deref.go:40)	CALL	runtime.printint(SB)
    31        00049 (recover_nil_deref.go:40)	CALL	runtime.printnl(SB)
    36        00054 (recover_nil_deref.go:40)	CALL	runtime.printunlock(SB)
    3b        00059 (recover_nil_deref.go:40)	ADDQ	$16, SP
    3f        00063 (recover_nil_deref.go:40)	POPQ	BP
    40        00064 (recover_nil_deref.go:40)	RET
    41        00065 (recover_nil_deref.go:40)	NOP
    41        00065 (recover_nil_deref.go:40)	PCDATA	$1, $-1
    41        00065 (recover_nil_deref.go:40)	PCDATA	$0, $-2
    41        00065 (recover_nil_deref.go:40)	CALL	runtime.morestack(SB)
    46        00070 (recover_nil_deref.go:40)	PCDATA	$0, $-1
    46        00070 (recover_nil_deref.go:40)	JMP	0
    48 done
wrote 3 bytes to 0x0
 00 48 00
funcpctab main.main.func5 [valfunc=pctoinline]
     0     -1 00000 (recover_nil_deref.go:38)	TEXT	main.main.func5(SB), NEEDCTXT|ABIInternal, $24-0
     0        00000 (recover_nil_deref.go:38)	TEXT	main.main.func5(SB), NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (recover_nil_deref.go:38)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_deref.go:38)	PCDATA	$0, $-2
     4        00004 (recover_nil_deref.go:38)	JLS	75
     6        00006 (recover_nil_deref.go:38)	PCDATA	$0, $-1
     6        00006 (recover_nil_deref.go:38)	PUSHQ	BP
     7        00007 (recover_nil_deref.go:38)	MOVQ	SP, BP
     a        00010 (recover_nil_deref.go:38)	SUBQ	$16, SP
     e        00014 (recover_nil_deref.go:38)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_nil_deref.go:38)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_nil_deref.go:38)	MOVQ	8(DX), AX
    12        00018 (<unknown line number>)	NOP
    12      0 00018 (recover_nil_deref.go:38)	TESTQ	AX, AX
    15        00021 (recover_nil_deref.go:38)	JEQ	28
    17        00023 (recover_nil_deref.go:38)	MOVQ	(AX), AX
    1a     -1 00026 (recover_nil_deref.go:38)	JMP	35
    1c        00028 (recover_nil_deref.go:38)	MOVQ	$-1, AX
    23        00035 (recover_nil_deref.go:38)	MOVQ	AX, main.~r0+8(SP)
    28        00040 (recover_nil_deref.go:38)	PCDATA	$1, $0
    28        00040 (recover_nil_deref.go:38)	CALL	runtime.printlock(SB)
    2d        00045 (recover_nil_deref.go:38)	MOVQ	main.~r0+8(SP), AX
    32        00050 (recover_nil_deref.go:38)	CALL	runtime.printint(SB)
    37        00055 (recover_nil_deref.go:38)	CALL	runtime.printnl(SB)
    3c        00060 (recover_nil_deref.go:38)	NOP
    40        00064 (recover_nil_deref.go:38)	CALL	runtime.printunlock(SB)
    45        00069 (recover_nil_deref.go:38)	ADDQ	$16, SP
    49        00073 (recover_nil_deref.go:38)	POPQ	BP
    4a        00074 (recover_nil_deref.go:38)	RET
    4b        00075 (recover_nil_deref.go:38)	NOP
    4b        00075 (recover_nil_deref.go:38)	PCDATA	$1, $-1
    4b        00075 (recover_nil_deref.go:38)	PCDATA	$0, $-2
    4b        00075 (recover_nil_deref.go:38)	CALL	runtime.morestack(SB)
    50        00080 (recover_nil_deref.go:38)	PCDATA	$0, $-1
    50        00080 (recover_nil_deref.go:38)	JMP	0
    52 done
wrote 7 bytes to 0x0
 00 12 02 08 01 38 00
-- inlining tree for main.main.func5:
0 | -1 | main.(*Node).SafeVal (recover_nil_deref.go:38:51) pc=14
--
funcpctab main.main.func4 [valfunc=pctoinline]
     0     -1 00000 (recover_nil_deref.go:37)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $24-0
     0        00000 (recover_nil_deref.go:37)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (recover_nil_deref.go:37)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_deref.go:37)	PCDATA	$0, $-2
     4        00004 (recover_nil_deref.go:37)	JLS	57
     6        00006 (recover_nil_deref.go:37)	PCDATA	$0, $-1
     6        00006 (recover_nil_deref.go:37)	PUSHQ	BP
     7        00007 (recover_nil_deref.go:37)	MOVQ	SP, BP
     a        00010 (recover_nil_deref.go:37)	SUBQ	$16, SP
     e        00014 (recover_nil_deref.go:37)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_nil_deref.go:37)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_nil_deref.go:37)	MOVQ	8(DX), AX
    12      0 00018 (recover_nil_deref.go:37)	MOVQ	(AX), AX
    15        00021 (recover_nil_deref.go:37)	MOVQ	AX, main.~r0+8(SP)
    1a        00026 (<unknown line number>)	NOP
    1a        00026 (recover_nil_deref.go:37)	PCDATA	$1, $0
    1a     -1 00026 (recover_nil_deref.go:37)	CALL	runtime.printlock(SB)
    1f        00031 (recover_nil_deref.go:37)	MOVQ	main.~r0+8(SP), AX
    24        00036 (recover_nil_deref.go:37)	CALL	runtime.printint(SB)
    29        00041 (recover_nil_deref.go:37)	CALL	runtime.printnl(SB)
    2e        00046 (recover_nil_deref.go:37)	CALL	runtime.printunlock(SB)
    33        00051 (recover_nil_deref.go:37)	ADDQ	$16, SP
    37        00055 (recover_nil_deref.go:37)	POPQ	BP
    38        00056 (recover_nil_deref.go:37)	RET
    39        00057 (recover_nil_deref.go:37)	NOP
    39        00057 (recover_nil_deref.go:37)	PCDATA	$1, $-1
    39        00057 (recover_nil_deref.go:37)	PCDATA	$0, $-2
    39        00057 (recover_nil_deref.go:37)	CALL	runtime.morestack(SB)
    3e        00062 (recover_nil_deref.go:37)	PCDATA	$0, $-1
    3e        00062 (recover_nil_deref.go:37)	NOP
    40        00064 (recover_nil_deref.go:37)	JMP	0
    42 done
wrote 7 bytes to 0x0
 00 12 02 08 01 28 00
-- inlining tree for main.main.func4:
0 | -1 | main.(*Node).Val (recover_nil_deref.go:37:38) pc=14
--
funcpctab main.main.func3 [valfunc=pctoinline]
     0     -1 00000 (recover_nil_deref.go:36)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $24-0
     0        00000 (recover_nil_deref.go:36)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (recover_nil_deref.go:36)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_deref.go:36)	PCDATA	$0, $-2
     4        00004 (recover_nil_deref.go:36)	JLS	57
     6        00006 (recover_nil_deref.go:36)	PCDATA	$0, $-1
     6        00006 (recover_nil_deref.go:36)	PUSHQ	BP
     7        00007 (recover_nil_deref.go:36)	MOVQ	SP, BP
     a        00010 (recover_nil_deref.go:36)	SUBQ	$16, SP
     e        00014 (recover_nil_deref.go:36)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_nil_deref.go:36)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_nil_deref.go:36)	MOVQ	8(DX), AX
    12        00018 (recover_nil_deref.go:36)	MOVQ	(AX), AX
    15        00021 (recover_nil_deref.go:36)	MOVQ	AX, main..autotmp_2+8(SP)
    1a        00026 (recover_nil_deref.go:36)	PCDATA	$1, $0
    1a        00026 (recover_nil_deref.go:36)	CALL	runtime.printlock(SB)
    1f        00031 (recover_nil_deref.go:36)	MOVQ	main..autotmp_2+8(SP), AX
    24        00036 (recover_nil_deref.go:36)	CALL	runtime.printint(SB)
    29        00041 (recover_nil_deref.go:36)	CALL	runtime.printnl(SB)
    2e        00046 (recover_nil_deref.go:36)	CALL	runtime.printunlock(SB)
    33        00051 (recover_nil_deref.go:36)	ADDQ	$16, SP
    37        00055 (recover_nil_deref.go:36)	POPQ	BP
    38        00056 (recover_nil_deref.go:36)	RET
    39        00057 (recover_nil_deref.go:36)	NOP
    39        00057 (recover_nil_deref.go:36)	PCDATA	$1, $-1
    39        00057 (recover_nil_deref.go:36)	PCDATA	$0, $-2
    39        00057 (recover_nil_deref.go:36)	CALL	runtime.morestack(SB)
    3e        00062 (recover_nil_deref.go:36)	PCDATA	$0, $-1
    3e        00062 (recover_nil_deref.go:36)	NOP
    40        00064 (recover_nil_deref.go:36)	JMP	0
    42 done
wrote 3 bytes to 0x0
 00 42 00
funcpctab main.main.func2 [valfunc=pctoinline]
     0     -1 00000 (recover_nil_deref.go:34)	TEXT	main.main.func2(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (recover_nil_deref.go:34)	TEXT	main.main.func2(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (recover_nil_deref.go:34)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (recover_nil_deref.go:34)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (recover_nil_deref.go:34)	MOVQ	8(DX), AX
     4        00004 (recover_nil_deref.go:34)	MOVQ	$3, (AX)
     b        00011 (recover_nil_deref.go:34)	RET
     c done
wrote 3 bytes to 0x0
 00 0c 00
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (recover_nil_deref.go:33)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $24-0
     0        00000 (recover_nil_deref.go:33)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (recover_nil_deref.go:33)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_deref.go:33)	PCDATA	$0, $-2
     4        00004 (recover_nil_deref.go:33)	JLS	63
     6        00006 (recover_nil_deref.go:33)	PCDATA	$0, $-1
     6        00006 (recover_nil_deref.go:33)	PUSHQ	BP
     7        00007 (recover_nil_deref.go:33)	MOVQ	SP, BP
     a        00010 (recover_nil_deref.go:33)	SUBQ	$16, SP
     e        00014 (recover_nil_deref.go:33)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_nil_deref.go:33)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_nil_deref.go:33)	MOVQ	8(DX), AX
    12        00018 (recover_nil_deref.go:33)	PCDATA	$1, $0
    12        00018 (recover_nil_deref.go:33)	CALL	main.get(SB)
    17        00023 (recover_nil_deref.go:33)	MOVQ	AX, main..autotmp_2+8(SP)
    1c        00028 (recover_nil_deref.go:33)	NOP
    20        00032 (recover_nil_deref.go:33)	CALL	runtime.printlock(SB)
    25        00037 (recover_nil_deref.go:33)	MOVQ	main..autotmp_2+8(SP), AX
    2a        00042 (recover_nil_deref.go:33)	CALL	runtime.printint(SB)
    2f        00047 (recover_nil_deref.go:33)	CALL	runtime.printnl(SB)
    34        00052 (recover_nil_deref.go:33)	CALL	runtime.printunlock(SB)
    39        00057 (recover_nil_deref.go:33)	ADDQ	$16, SP
    3d        00061 (recover_nil_deref.go:33)	POPQ	BP
    3e        00062 (recover_nil_deref.go:33)	RET
    3f        00063 (recover_nil_deref.go:33)	NOP
    3f        00063 (recover_nil_deref.go:33)	PCDATA	$1, $-1
    3f        00063 (recover_nil_deref.go:33)	PCDATA	$0, $-2
    3f        00063 (recover_nil_deref.go:33)	NOP
    40        00064 (recover_nil_deref.go:33)	CALL	runtime.morestack(SB)
    45        00069 (recover_nil_deref.go:33)	PCDATA	$0, $-1
    45        00069 (recover_nil_deref.go:33)	JMP	0
    47 done
wrote 3 bytes to 0x0
 00 47 00
funcpctab main.try [valfunc=pctoinline]
     0     -1 00000 (recover_nil_deref.go:18)	TEXT	main.try(SB), ABIInternal, $64-24
     0        00000 (recover_nil_deref.go:18)	TEXT	main.try(SB), ABIInternal, $64-24
     0     -1 00000 (recover_nil_deref.go:18)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_deref.go:18)	PCDATA	$0, $-2
     4        00004 (recover_nil_deref.go:18)	JLS	159
     a        00010 (recover_nil_deref.go:18)	PCDATA	$0, $-1
     a        00010 (recover_nil_deref.go:18)	PUSHQ	BP
     b        00011 (recover_nil_deref.go:18)	MOVQ	SP, BP
     e        00014 (recover_nil_deref.go:18)	SUBQ	$56, SP
    12        00018 (recover_nil_deref.go:18)	MOVQ	X15, 48(SP)
    19        00025 (recover_nil_deref.go:18)	FUNCDATA	$0, gclocals·QDNDPDj3dRUSzU7zaTc1Bg==(SB)
    19        00025 (recover_nil_deref.go:18)	FUNCDATA	$1, gclocals·w7E7A4u13Ua3Tlm6A/av2Q==(SB)
    19        00025 (recover_nil_deref.go:18)	FUNCDATA	$2, main.try.stkobj(SB)
    19        00025 (recover_nil_deref.go:18)	FUNCDATA	$5, main.try.arginfo1(SB)
    19        00025 (recover_nil_deref.go:18)	FUNCDATA	$6, main.try.argliveinfo(SB)
    19        00025 (recover_nil_deref.go:18)	FUNCDATA	$4, main.try.opendefer(SB)
    19        00025 (recover_nil_deref.go:18)	PCDATA	$3, $1
    19        00025 (recover_nil_deref.go:26)	MOVQ	BX, main.label+80(SP)
    1e        00030 (recover_nil_deref.go:26)	MOVQ	AX, main.label+72(SP)
    23        00035 (recover_nil_deref.go:26)	PCDATA	$3, $2
    23        00035 (recover_nil_deref.go:18)	MOVB	$0, main..autotmp_4+23(SP)
    28        00040 (recover_nil_deref.go:19)	LEAQ	main.try.func1(SB), SI
    2f        00047 (recover_nil_deref.go:19)	MOVQ	SI, main..autotmp_3+24(SP)
    34        00052 (recover_nil_deref.go:19)	MOVQ	BX, main..autotmp_3+40(SP)
    39        00057 (recover_nil_deref.go:19)	MOVQ	AX, main..autotmp_3+32(SP)
    3e        00062 (recover_nil_deref.go:19)	LEAQ	main..autotmp_3+24(SP), AX
    43        00067 (recover_nil_deref.go:19)	MOVQ	AX, main..autotmp_5+48(SP)
    48        00072 (recover_nil_deref.go:19)	MOVB	$1, main..autotmp_4+23(SP)
    4d        00077 (recover_nil_deref.go:24)	MOVQ	(CX), AX
    50        00080 (recover_nil_deref.go:24)	MOVQ	CX, DX
    53        00083 (recover_nil_deref.go:24)	PCDATA	$1, $1
    53        00083 (recover_nil_deref.go:24)	CALL	AX
    55        00085 (recover_nil_deref.go:25)	CALL	runtime.printlock(SB)
    5a        00090 (recover_nil_deref.go:25)	MOVQ	main.label+72(SP), AX
    5f        00095 (recover_nil_deref.go:25)	MOVQ	main.label+80(SP), BX
    64        00100 (recover_nil_deref.go:25)	PCDATA	$1, $2
    64        00100 (recover_nil_deref.go:25)	CALL	runtime.printstring(SB)
    69        00105 (recover_nil_deref.go:25)	LEAQ	go:string." -> ok\n"(SB), AX
    70        00112 (recover_nil_deref.go:25)	MOVL	$7, BX
    75        00117 (recover_nil_deref.go:25)	CALL	runtime.printstring(SB)
    7a        00122 (recover_nil_deref.go:25)	CALL	runtime.printunlock(SB)
    7f        00127 (recover_nil_deref.go:26)	MOVB	$0, main..autotmp_4+23(SP)
    84        00132 (recover_nil_deref.go:26)	MOVQ	main..autotmp_5+48(SP), DX
    89        00137 (recover_nil_deref.go:26)	MOVQ	(DX), AX
    8c        00140 (recover_nil_deref.go:26)	CALL	AX
    8e        00142 (recover_nil_deref.go:26)	ADDQ	$56, SP
    92        00146 (recover_nil_deref.go:26)	POPQ	BP
    93        00147 (recover_nil_deref.go:26)	RET
    94        00148 (recover_nil_deref.go:26)	CALL	runtime.deferreturn(SB)
    99        00153 (recover_nil_deref.go:26)	ADDQ	$56, SP
    9d        00157 (recover_nil_deref.go:26)	POPQ	BP
    9e        00158 (recover_nil_deref.go:26)	RET
    9f        00159 (recover_nil_deref.go:26)	NOP
    9f        00159 (recover_nil_deref.go:18)	PCDATA	$1, $-1
    9f        00159 (recover_nil_deref.go:18)	PCDATA	$0, $-2
    9f        00159 (recover_nil_deref.go:18)	MOVQ	AX, 8(SP)
    a4        00164 (recover_nil_deref.go:18)	MOVQ	BX, 16(SP)
    a9        00169 (recover_nil_deref.go:18)	MOVQ	CX, 24(SP)
    ae        00174 (recover_nil_deref.go:18)	CALL	runtime.morestack_noctxt(SB)
    b3        00179 (recover_nil_deref.go:18)	PCDATA	$0, $-1
    b3        00179 (recover_nil_deref.go:18)	MOVQ	8(SP), AX
    b8        00184 (recover_nil_deref.go:18)	MOVQ	16(SP), BX
    bd        00189 (recover_nil_deref.go:18)	MOVQ	24(SP), CX
    c2        00194 (recover_nil_deref.go:18)	JMP	0
    c7 done
wrote 4 bytes to 0x0
 00 c7 01 00
funcpctab main.try.func1 [valfunc=pctoinline]
     0     -1 00000 (recover_nil_deref.go:19)	TEXT	main.try.func1(SB), NEEDCTXT|ABIInternal, $72-0
     0        00000 (recover_nil_deref.go:19)	TEXT	main.try.func1(SB), NEEDCTXT|ABIInternal, $72-0
     0     -1 00000 (recover_nil_deref.go:19)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_deref.go:19)	PCDATA	$0, $-2
     4        00004 (recover_nil_deref.go:19)	JLS	221
     a        00010 (recover_nil_deref.go:19)	PCDATA	$0, $-1
     a        00010 (recover_nil_deref.go:19)	PUSHQ	BP
     b        00011 (recover_nil_deref.go:19)	MOVQ	SP, BP
     e        00014 (recover_nil_deref.go:19)	SUBQ	$64, SP
    12        00018 (recover_nil_deref.go:19)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
    12        00018 (recover_nil_deref.go:19)	FUNCDATA	$1, gclocals·cvO7BHZ/KlBpSG9rcBZWMg==(SB)
    12        00018 (recover_nil_deref.go:19)	MOVQ	8(DX), AX
    16        00022 (recover_nil_deref.go:19)	MOVQ	AX, main.label.ptr+48(SP)
    1b        00027 (recover_nil_deref.go:19)	MOVQ	16(DX), AX
    1f        00031 (recover_nil_deref.go:19)	MOVQ	AX, main.label.len+24(SP)
    24        00036 (recover_nil_deref.go:20)	PCDATA	$1, $1
    24        00036 (recover_nil_deref.go:20)	CALL	runtime.gorecover(SB)
    29        00041 (recover_nil_deref.go:20)	TESTQ	AX, AX
    2c        00044 (recover_nil_deref.go:20)	JEQ	61
    2e        00046 (recover_nil_deref.go:21)	MOVQ	main..typeAssert.0(SB), CX
    35        00053 (recover_nil_deref.go:21)	MOVQ	(CX), DX
    38        00056 (recover_nil_deref.go:21)	MOVL	16(AX), SI
    3b        00059 (recover_nil_deref.go:21)	JMP	67
    3d        00061 (recover_nil_deref.go:23)	ADDQ	$64, SP
    41        00065 (recover_nil_deref.go:23)	POPQ	BP
    42        00066 (recover_nil_deref.go:23)	RET
    43        00067 (recover_nil_deref.go:21)	MOVQ	SI, DI
    46        00070 (recover_nil_deref.go:21)	ANDQ	DX, SI
    49        00073 (recover_nil_deref.go:21)	SHLQ	$4, SI
    4d        00077 (recover_nil_deref.go:21)	MOVQ	8(SI)(CX*1), R8
    52        00082 (recover_nil_deref.go:21)	CMPQ	AX, R8
    55        00085 (recover_nil_deref.go:21)	JEQ	130
    57        00087 (recover_nil_deref.go:21)	LEAQ	1(DI), SI
    5b        00091 (recover_nil_deref.go:21)	NOP
    60        00096 (recover_nil_deref.go:21)	TESTQ	R8, R8
    63        00099 (recover_nil_deref.go:21)	JNE	67
    65        00101 (recover_nil_deref.go:20)	MOVQ	BX, main.r.data+40(SP)
    6a        00106 (recover_nil_deref.go:21)	MOVQ	AX, BX
    6d        00109 (recover_nil_deref.go:21)	LEAQ	main..typeAssert.0(SB), AX
    74        00116 (recover_nil_deref.go:21)	PCDATA	$1, $2
    74        00116 (recover_nil_deref.go:21)	CALL	runtime.typeAssert(SB)
    79        00121 (recover_nil_deref.go:21)	MOVQ	main.r.data+40(SP), BX
    7e        00126 (recover_nil_deref.go:21)	NOP
    80        00128 (recover_nil_deref.go:21)	JMP	135
    82        00130 (recover_nil_deref.go:21)	MOVQ	16(SI)(CX*1), AX
    87        00135 (recover_nil_deref.go:21)	MOVQ	24(AX), CX
    8b        00139 (recover_nil_deref.go:21)	MOVQ	BX, AX
    8e        00142 (recover_nil_deref.go:21)	PCDATA	$1, $1
    8e        00142 (recover_nil_deref.go:21)	CALL	CX
    90        00144 (recover_nil_deref.go:21)	MOVQ	AX, main..autotmp_8+56(SP)
    95        00149 (recover_nil_deref.go:21)	MOVQ	BX, main..autotmp_9+32(SP)
    9a        00154 (recover_nil_deref.go:21)	PCDATA	$1, $3
    9a        00154 (recover_nil_deref.go:21)	CALL	runtime.printlock(SB)
    9f        00159 (recover_nil_deref.go:21)	MOVQ	main.label.ptr+48(SP), AX
    a4        00164 (recover_nil_deref.go:21)	MOVQ	main.label.len+24(SP), BX
    a9        00169 (recover_nil_deref.go:21)	PCDATA	$1, $4
    a9        00169 (recover_nil_deref.go:21)	CALL	runtime.printstring(SB)
    ae        00174 (recover_nil_deref.go:21)	LEAQ	go:string." -> "(SB), AX
    b5        00181 (recover_nil_deref.go:21)	MOVL	$4, BX
    ba        00186 (recover_nil_deref.go:21)	CALL	runtime.printstring(SB)
    bf        00191 (recover_nil_deref.go:21)	MOVQ	main..autotmp_8+56(SP), AX
    c4        00196 (recover_nil_deref.go:21)	MOVQ	main..autotmp_9+32(SP), BX
    c9        00201 (recover_nil_deref.go:21)	PCDATA	$1, $0
    c9        00201 (recover_nil_deref.go:21)	CALL	runtime.printstring(SB)
    ce        00206 (recover_nil_deref.go:21)	CALL	runtime.printnl(SB)
    d3        00211 (recover_nil_deref.go:21)	CALL	runtime.printunlock(SB)
    d8        00216 (recover_nil_deref.go:21)	JMP	61
    dd        00221 (recover_nil_deref.go:21)	NOP
    dd        00221 (recover_nil_deref.go:19)	PCDATA	$1, $-1
    dd        00221 (recover_nil_deref.go:19)	PCDATA	$0, $-2
    dd        00221 (recover_nil_deref.go:19)	NOP
    e0        00224 (recover_nil_deref.go:19)	CALL	runtime.morestack(SB)
    e5        00229 (recover_nil_deref.go:19)	PCDATA	$0, $-1
    e5        00229 (recover_nil_deref.go:19)	JMP	0
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
funcpctab main.(*Node).SafeVal [valfunc=pctoinline]
     0     -1 00000 (recover_nil_deref.go:11)	TEXT	main.(*Node).SafeVal(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (recover_nil_deref.go:11)	TEXT	main.(*Node).SafeVal(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (recover_nil_deref.go:11)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (recover_nil_deref.go:11)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (recover_nil_deref.go:11)	FUNCDATA	$5, main.(*Node).SafeVal.arginfo1(SB)
     0        00000 (recover_nil_deref.go:11)	FUNCDATA	$6, main.(*Node).SafeVal.argliveinfo(SB)
     0        00000 (recover_nil_deref.go:11)	PCDATA	$3, $1
     0     -1 00000 (recover_nil_deref.go:12)	TESTQ	AX, AX
     3        00003 (recover_nil_deref.go:12)	JEQ	9
     5        00005 (recover_nil_deref.go:15)	MOVQ	(AX), AX
     8        00008 (recover_nil_deref.go:15)	RET
     9        00009 (recover_nil_deref.go:13)	MOVQ	$-1, AX
    10        00016 (recover_nil_deref.go:13)	RET
    11 done
wrote 3 bytes to 0x0
 00 11 00
funcpctab main.main.func8 [valfunc=pctoinline]
     0     -1 00000 (recover_nil_deref.go:43)	TEXT	main.main.func8(SB), ABIInternal, $16-0
     0        00000 (recover_nil_deref.go:43)	TEXT	main.main.func8(SB), ABIInternal, $16-0
     0     -1 00000 (recover_nil_deref.go:43)	CMPQ	SP, 16(R14)
     4        00004 (recover_nil_deref.go:43)	PCDATA	$0, $-2
     4        00004 (recover_nil_deref.go:43)	JLS	48
     6        00006 (recover_nil_deref.go:43)	PCDATA	$0, $-1
     6        00006 (recover_nil_deref.go:43)	PUSHQ	BP
     7        00007 (recover_nil_deref.go:43)	MOVQ	SP, BP
     a        00010 (recover_nil_deref.go:43)	SUBQ	$8, SP
     e        00014 (recover_nil_deref.go:43)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_nil_deref.go:43)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_nil_deref.go:43)	PCDATA	$1, $0
     e        00014 (recover_nil_deref.go:43)	CALL	runtime.printlock(SB)
    13        00019 (recover_nil_deref.go:43)	MOVL	$5, AX
    18        00024 (recover_nil_deref.go:43)	CALL	runtime.printint(SB)
    1d        00029 (recover_nil_deref.go:43)	NOP
    20        00032 (recover_nil_deref.go:43)	CALL	runtime.printnl(SB)
    25        00037 (recover_nil_deref.go:43)	CALL	runtime.printunlock(SB)
    2a        00042 (recover_nil_deref.go:43)	ADDQ	$8, SP
    2e        00046 (recover_nil_deref.go:43)	POPQ	BP
    2f        00047 (recover_nil_deref.go:43)	RET
    30        00048 (recover_nil_deref.go:43)	NOP
    30        00048 (recover_nil_deref.go:43)	PCDATA	$1, $-1
    30        00048 (recover_nil_deref.go:43)	PCDATA	$0, $-2
    30        00048 (recover_nil_deref.go:43)	CALL	runtime.morestack_noctxt(SB)
    35        00053 (recover_nil_deref.go:43)	PCDATA	$0, $-1
    35        00053 (recover_nil_deref.go:43)	JMP	0
    37 done
wrote 3 bytes to 0x0
 00 37 00
funcpctab main.get [valfunc=pctoinline]
     0     -1 00000 (recover_nil_deref.go:29)	TEXT	main.get(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (recover_nil_deref.go:29)	TEXT	main.get(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (recover_nil_deref.go:29)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (recover_nil_deref.go:29)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (recover_nil_deref.go:29)	FUNCDATA	$5, main.get.arginfo1(SB)
     0        00000 (recover_nil_deref.go:29)	FUNCDATA	$6, main.get.argliveinfo(SB)
     0        00000 (recover_nil_deref.go:29)	PCDATA	$3, $1
     0     -1 00000 (recover_nil_deref.go:29)	MOVQ	(AX), AX
     3        00003 (recover_nil_deref.go:29)	RET
     4 done
wrote 3 bytes to 0x0
 00 04 00
funcpctab main.(*Node).Val [valfunc=pctoinline]
     0     -1 00000 (recover_nil_deref.go:9)	TEXT	main.(*Node).Val(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (recover_nil_deref.go:9)	TEXT	main.(*Node).Val(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (recover_nil_deref.go:9)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (recover_nil_deref.go:9)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (recover_nil_deref.go:9)	FUNCDATA	$5, main.(*Node).Val.arginfo1(SB)
     0        00000 (recover_nil_deref.go:9)	FUNCDATA	$6, main.(*Node).Val.argliveinfo(SB)
     0        00000 (recover_nil_deref.go:9)	PCDATA	$3, $1
     0     -1 00000 (recover_nil_deref.go:9)	MOVQ	(AX), AX
     3        00003 (recover_nil_deref.go:9)	RET
     4 done
wrote 3 bytes to 0x0
 00 04 00
main.(*Node).Val STEXT nosplit size=4 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (recover_nil_deref.go:9)	TEXT	main.(*Node).Val(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (recover_nil_deref.go:9)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (recover_nil_deref.go:9)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (recover_nil_deref.go:9)	FUNCDATA	$5, main.(*Node).Val.arginfo1(SB)
	0x0000 00000 (recover_nil_deref.go:9)	FUNCDATA	$6, main.(*Node).Val.argliveinfo(SB)
	0x0000 00000 (recover_nil_deref.go:9)	PCDATA	$3, $1
	0x0000 00000 (recover_nil_deref.go:9)	MOVQ	(AX), AX
	0x0003 00003 (recover_nil_deref.go:9)	RET
	0x0000 48 8b 00 c3                                      H...
main.(*Node).SafeVal STEXT nosplit size=17 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (recover_nil_deref.go:11)	TEXT	main.(*Node).SafeVal(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (recover_nil_deref.go:11)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (recover_nil_deref.go:11)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (recover_nil_deref.go:11)	FUNCDATA	$5, main.(*Node).SafeVal.arginfo1(SB)
	0x0000 00000 (recover_nil_deref.go:11)	FUNCDATA	$6, main.(*Node).SafeVal.argliveinfo(SB)
	0x0000 00000 (recover_nil_deref.go:11)	PCDATA	$3, $1
	0x0000 00000 (recover_nil_deref.go:12)	TESTQ	AX, AX
	0x0003 00003 (recover_nil_deref.go:12)	JEQ	9
	0x0005 00005 (recover_nil_deref.go:15)	MOVQ	(AX), AX
	0x0008 00008 (recover_nil_deref.go:15)	RET
	0x0009 00009 (recover_nil_deref.go:13)	MOVQ	$-1, AX
	0x0010 00016 (recover_nil_deref.go:13)	RET
	0x0000 48 85 c0 74 04 48 8b 00 c3 48 c7 c0 ff ff ff ff  H..t.H...H......
	0x0010 c3                                               .
main.try STEXT size=199 align=0x0 args=0x18 locals=0x40 funcid=0x0
	0x0000 00000 (recover_nil_deref.go:18)	TEXT	main.try(SB), ABIInternal, $64-24
	0x0000 00000 (recover_nil_deref.go:18)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_deref.go:18)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_deref.go:18)	JLS	159
	0x000a 00010 (recover_nil_deref.go:18)	PCDATA	$0, $-1
	0x000a 00010 (recover_nil_deref.go:18)	PUSHQ	BP
	0x000b 00011 (recover_nil_deref.go:18)	MOVQ	SP, BP
	0x000e 00014 (recover_nil_deref.go:18)	SUBQ	$56, SP
	0x0012 00018 (recover_nil_deref.go:18)	MOVQ	X15, 48(SP)
	0x0019 00025 (recover_nil_deref.go:18)	FUNCDATA	$0, gclocals·QDNDPDj3dRUSzU7zaTc1Bg==(SB)
	0x0019 00025 (recover_nil_deref.go:18)	FUNCDATA	$1, gclocals·w7E7A4u13Ua3Tlm6A/av2Q==(SB)
	0x0019 00025 (recover_nil_deref.go:18)	FUNCDATA	$2, main.try.stkobj(SB)
	0x0019 00025 (recover_nil_deref.go:18)	FUNCDATA	$5, main.try.arginfo1(SB)
	0x0019 00025 (recover_nil_deref.go:18)	FUNCDATA	$6, main.try.argliveinfo(SB)
	0x0019 00025 (recover_nil_deref.go:18)	FUNCDATA	$4, main.try.opendefer(SB)
	0x0019 00025 (recover_nil_deref.go:18)	PCDATA	$3, $1
	0x0019 00025 (recover_nil_deref.go:26)	MOVQ	BX, main.label+80(SP)
	0x001e 00030 (recover_nil_deref.go:26)	MOVQ	AX, main.label+72(SP)
	0x0023 00035 (recover_nil_deref.go:26)	PCDATA	$3, $2
	0x0023 00035 (recover_nil_deref.go:18)	MOVB	$0, main..autotmp_4+23(SP)
	0x0028 00040 (recover_nil_deref.go:19)	LEAQ	main.try.func1(SB), SI
	0x002f 00047 (recover_nil_deref.go:19)	MOVQ	SI, main..autotmp_3+24(SP)
	0x0034 00052 (recover_nil_deref.go:19)	MOVQ	BX, main..autotmp_3+40(SP)
	0x0039 00057 (recover_nil_deref.go:19)	MOVQ	AX, main..autotmp_3+32(SP)
	0x003e 00062 (recover_nil_deref.go:19)	LEAQ	main..autotmp_3+24(SP), AX
	0x0043 00067 (recover_nil_deref.go:19)	MOVQ	AX, main..autotmp_5+48(SP)
	0x0048 00072 (recover_nil_deref.go:19)	MOVB	$1, main..autotmp_4+23(SP)
	0x004d 00077 (recover_nil_deref.go:24)	MOVQ	(CX), AX
	0x0050 00080 (recover_nil_deref.go:24)	MOVQ	CX, DX
	0x0053 00083 (recover_nil_deref.go:24)	PCDATA	$1, $1
	0x0053 00083 (recover_nil_deref.go:24)	CALL	AX
	0x0055 00085 (recover_nil_deref.go:25)	CALL	runtime.printlock(SB)
	0x005a 00090 (recover_nil_deref.go:25)	MOVQ	main.label+72(SP), AX
	0x005f 00095 (recover_nil_deref.go:25)	MOVQ	main.label+80(SP), BX
	0x0064 00100 (recover_nil_deref.go:25)	PCDATA	$1, $2
	0x0064 00100 (recover_nil_deref.go:25)	CALL	runtime.printstring(SB)
	0x0069 00105 (recover_nil_deref.go:25)	LEAQ	go:string." -> ok\n"(SB), AX
	0x0070 00112 (recover_nil_deref.go:25)	MOVL	$7, BX
	0x0075 00117 (recover_nil_deref.go:25)	CALL	runtime.printstring(SB)
	0x007a 00122 (recover_nil_deref.go:25)	CALL	runtime.printunlock(SB)
	0x007f 00127 (recover_nil_deref.go:26)	MOVB	$0, main..autotmp_4+23(SP)
	0x0084 00132 (recover_nil_deref.go:26)	MOVQ	main..autotmp_5+48(SP), DX
	0x0089 00137 (recover_nil_deref.go:26)	MOVQ	(DX), AX
	0x008c 00140 (recover_nil_deref.go:26)	CALL	AX
	0x008e 00142 (recover_nil_deref.go:26)	ADDQ	$56, SP
	0x0092 00146 (recover_nil_deref.go:26)	POPQ	BP
	0x0093 00147 (recover_nil_deref.go:26)	RET
	0x0094 00148 (recover_nil_deref.go:26)	CALL	runtime.deferreturn(SB)
	0x0099 00153 (recover_nil_deref.go:26)	ADDQ	$56, SP
	0x009d 00157 (recover_nil_deref.go:26)	POPQ	BP
	0x009e 00158 (recover_nil_deref.go:26)	RET
	0x009f 00159 (recover_nil_deref.go:26)	NOP
	0x009f 00159 (recover_nil_deref.go:18)	PCDATA	$1, $-1
	0x009f 00159 (recover_nil_deref.go:18)	PCDATA	$0, $-2
	0x009f 00159 (recover_nil_deref.go:18)	MOVQ	AX, 8(SP)
	0x00a4 00164 (recover_nil_deref.go:18)	MOVQ	BX, 16(SP)
	0x00a9 00169 (recover_nil_deref.go:18)	MOVQ	CX, 24(SP)
	0x00ae 00174 (recover_nil_deref.go:18)	CALL	runtime.morestack_noctxt(SB)
	0x00b3 00179 (recover_nil_deref.go:18)	PCDATA	$0, $-1
	0x00b3 00179 (recover_nil_deref.go:18)	MOVQ	8(SP), AX
	0x00b8 00184 (recover_nil_deref.go:18)	MOVQ	16(SP), BX
	0x00bd 00189 (recover_nil_deref.go:18)	MOVQ	24(SP), CX
	0x00c2 00194 (recover_nil_deref.go:18)	JMP	0
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
	0x0000 00000 (recover_nil_deref.go:19)	TEXT	main.try.func1(SB), NEEDCTXT|ABIInternal, $72-0
	0x0000 00000 (recover_nil_deref.go:19)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_deref.go:19)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_deref.go:19)	JLS	221
	0x000a 00010 (recover_nil_deref.go:19)	PCDATA	$0, $-1
	0x000a 00010 (recover_nil_deref.go:19)	PUSHQ	BP
	0x000b 00011 (recover_nil_deref.go:19)	MOVQ	SP, BP
	0x000e 00014 (recover_nil_deref.go:19)	SUBQ	$64, SP
	0x0012 00018 (recover_nil_deref.go:19)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
	0x0012 00018 (recover_nil_deref.go:19)	FUNCDATA	$1, gclocals·cvO7BHZ/KlBpSG9rcBZWMg==(SB)
	0x0012 00018 (recover_nil_deref.go:19)	MOVQ	8(DX), AX
	0x0016 00022 (recover_nil_deref.go:19)	MOVQ	AX, main.label.ptr+48(SP)
	0x001b 00027 (recover_nil_deref.go:19)	MOVQ	16(DX), AX
	0x001f 00031 (recover_nil_deref.go:19)	MOVQ	AX, main.label.len+24(SP)
	0x0024 00036 (recover_nil_deref.go:20)	PCDATA	$1, $1
	0x0024 00036 (recover_nil_deref.go:20)	CALL	runtime.gorecover(SB)
	0x0029 00041 (recover_nil_deref.go:20)	TESTQ	AX, AX
	0x002c 00044 (recover_nil_deref.go:20)	JEQ	61
	0x002e 00046 (recover_nil_deref.go:21)	MOVQ	main..typeAssert.0(SB), CX
	0x0035 00053 (recover_nil_deref.go:21)	MOVQ	(CX), DX
	0x0038 00056 (recover_nil_deref.go:21)	MOVL	16(AX), SI
	0x003b 00059 (recover_nil_deref.go:21)	JMP	67
	0x003d 00061 (recover_nil_deref.go:23)	ADDQ	$64, SP
	0x0041 00065 (recover_nil_deref.go:23)	POPQ	BP
	0x0042 00066 (recover_nil_deref.go:23)	RET
	0x0043 00067 (recover_nil_deref.go:21)	MOVQ	SI, DI
	0x0046 00070 (recover_nil_deref.go:21)	ANDQ	DX, SI
	0x0049 00073 (recover_nil_deref.go:21)	SHLQ	$4, SI
	0x004d 00077 (recover_nil_deref.go:21)	MOVQ	8(SI)(CX*1), R8
	0x0052 00082 (recover_nil_deref.go:21)	CMPQ	AX, R8
	0x0055 00085 (recover_nil_deref.go:21)	JEQ	130
	0x0057 00087 (recover_nil_deref.go:21)	LEAQ	1(DI), SI
	0x005b 00091 (recover_nil_deref.go:21)	NOP
	0x0060 00096 (recover_nil_deref.go:21)	TESTQ	R8, R8
	0x0063 00099 (recover_nil_deref.go:21)	JNE	67
	0x0065 00101 (recover_nil_deref.go:20)	MOVQ	BX, main.r.data+40(SP)
	0x006a 00106 (recover_nil_deref.go:21)	MOVQ	AX, BX
	0x006d 00109 (recover_nil_deref.go:21)	LEAQ	main..typeAssert.0(SB), AX
	0x0074 00116 (recover_nil_deref.go:21)	PCDATA	$1, $2
	0x0074 00116 (recover_nil_deref.go:21)	CALL	runtime.typeAssert(SB)
	0x0079 00121 (recover_nil_deref.go:21)	MOVQ	main.r.data+40(SP), BX
	0x007e 00126 (recover_nil_deref.go:21)	NOP
	0x0080 00128 (recover_nil_deref.go:21)	JMP	135
	0x0082 00130 (recover_nil_deref.go:21)	MOVQ	16(SI)(CX*1), AX
	0x0087 00135 (recover_nil_deref.go:21)	MOVQ	24(AX), CX
	0x008b 00139 (recover_nil_deref.go:21)	MOVQ	BX, AX
	0x008e 00142 (recover_nil_deref.go:21)	PCDATA	$1, $1
	0x008e 00142 (recover_nil_deref.go:21)	CALL	CX
	0x0090 00144 (recover_nil_deref.go:21)	MOVQ	AX, main..autotmp_8+56(SP)
	0x0095 00149 (recover_nil_deref.go:21)	MOVQ	BX, main..autotmp_9+32(SP)
	0x009a 00154 (recover_nil_deref.go:21)	PCDATA	$1, $3
	0x009a 00154 (recover_nil_deref.go:21)	CALL	runtime.printlock(SB)
	0x009f 00159 (recover_nil_deref.go:21)	MOVQ	main.label.ptr+48(SP), AX
	0x00a4 00164 (recover_nil_deref.go:21)	MOVQ	main.label.len+24(SP), BX
	0x00a9 00169 (recover_nil_deref.go:21)	PCDATA	$1, $4
	0x00a9 00169 (recover_nil_deref.go:21)	CALL	runtime.printstring(SB)
	0x00ae 00174 (recover_nil_deref.go:21)	LEAQ	go:string." -> "(SB), AX
	0x00b5 00181 (recover_nil_deref.go:21)	MOVL	$4, BX
	0x00ba 00186 (recover_nil_deref.go:21)	CALL	runtime.printstring(SB)
	0x00bf 00191 (recover_nil_deref.go:21)	MOVQ	main..autotmp_8+56(SP), AX
	0x00c4 00196 (recover_nil_deref.go:21)	MOVQ	main..autotmp_9+32(SP), BX
	0x00c9 00201 (recover_nil_deref.go:21)	PCDATA	$1, $0
	0x00c9 00201 (recover_nil_deref.go:21)	CALL	runtime.printstring(SB)
	0x00ce 00206 (recover_nil_deref.go:21)	CALL	runtime.printnl(SB)
	0x00d3 00211 (recover_nil_deref.go:21)	CALL	runtime.printunlock(SB)
	0x00d8 00216 (recover_nil_deref.go:21)	JMP	61
	0x00dd 00221 (recover_nil_deref.go:21)	NOP
	0x00dd 00221 (recover_nil_deref.go:19)	PCDATA	$1, $-1
	0x00dd 00221 (recover_nil_deref.go:19)	PCDATA	$0, $-2
	0x00dd 00221 (recover_nil_deref.go:19)	NOP
	0x00e0 00224 (recover_nil_deref.go:19)	CALL	runtime.morestack(SB)
	0x00e5 00229 (recover_nil_deref.go:19)	PCDATA	$0, $-1
	0x00e5 00229 (recover_nil_deref.go:19)	JMP	0
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
main.get STEXT nosplit size=4 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (recover_nil_deref.go:29)	TEXT	main.get(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (recover_nil_deref.go:29)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (recover_nil_deref.go:29)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (recover_nil_deref.go:29)	FUNCDATA	$5, main.get.arginfo1(SB)
	0x0000 00000 (recover_nil_deref.go:29)	FUNCDATA	$6, main.get.argliveinfo(SB)
	0x0000 00000 (recover_nil_deref.go:29)	PCDATA	$3, $1
	0x0000 00000 (recover_nil_deref.go:29)	MOVQ	(AX), AX
	0x0003 00003 (recover_nil_deref.go:29)	RET
	0x0000 48 8b 00 c3                                      H...
main.main STEXT size=440 align=0x0 args=0x0 locals=0x80 funcid=0x0
	0x0000 00000 (recover_nil_deref.go:31)	TEXT	main.main(SB), ABIInternal, $128-0
	0x0000 00000 (recover_nil_deref.go:31)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_deref.go:31)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_deref.go:31)	JLS	430
	0x000a 00010 (recover_nil_deref.go:31)	PCDATA	$0, $-1
	0x000a 00010 (recover_nil_deref.go:31)	PUSHQ	BP
	0x000b 00011 (recover_nil_deref.go:31)	MOVQ	SP, BP
	0x000e 00014 (recover_nil_deref.go:31)	SUBQ	$120, SP
	0x0012 00018 (recover_nil_deref.go:31)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (recover_nil_deref.go:31)	FUNCDATA	$1, gclocals·E2X6dychdtKUvvDcqkSyhw==(SB)
	0x0012 00018 (recover_nil_deref.go:31)	FUNCDATA	$2, main.main.stkobj(SB)
	0x0012 00018 (recover_nil_deref.go:33)	LEAQ	main.main.func1(SB), DX
	0x0019 00025 (recover_nil_deref.go:33)	MOVQ	DX, main..autotmp_5+72(SP)
	0x001e 00030 (recover_nil_deref.go:33)	MOVQ	$0, main..autotmp_5+80(SP)
	0x0027 00039 (recover_nil_deref.go:33)	LEAQ	go:string."load"(SB), AX
	0x002e 00046 (recover_nil_deref.go:33)	MOVL	$4, BX
	0x0033 00051 (recover_nil_deref.go:33)	LEAQ	main..autotmp_5+72(SP), CX
	0x0038 00056 (recover_nil_deref.go:33)	PCDATA	$1, $0
	0x0038 00056 (recover_nil_deref.go:33)	CALL	main.try(SB)
	0x003d 00061 (recover_nil_deref.go:34)	LEAQ	main.main.func2(SB), DX
	0x0044 00068 (recover_nil_deref.go:34)	MOVQ	DX, main..autotmp_5+72(SP)
	0x0049 00073 (recover_nil_deref.go:34)	MOVQ	$0, main..autotmp_5+80(SP)
	0x0052 00082 (recover_nil_deref.go:34)	LEAQ	go:string."store"(SB), AX
	0x0059 00089 (recover_nil_deref.go:34)	MOVL	$5, BX
	0x005e 00094 (recover_nil_deref.go:34)	LEAQ	main..autotmp_5+72(SP), CX
	0x0063 00099 (recover_nil_deref.go:34)	CALL	main.try(SB)
	0x0068 00104 (recover_nil_deref.go:36)	LEAQ	main.main.func3(SB), DX
	0x006f 00111 (recover_nil_deref.go:36)	MOVQ	DX, main..autotmp_6+56(SP)
	0x0074 00116 (recover_nil_deref.go:36)	MOVQ	$0, main..autotmp_6+64(SP)
	0x007d 00125 (recover_nil_deref.go:36)	LEAQ	go:string."field"(SB), AX
	0x0084 00132 (recover_nil_deref.go:36)	MOVL	$5, BX
	0x0089 00137 (recover_nil_deref.go:36)	LEAQ	main..autotmp_6+56(SP), CX
	0x008e 00142 (recover_nil_deref.go:36)	CALL	main.try(SB)
	0x0093 00147 (recover_nil_deref.go:37)	LEAQ	main.main.func4(SB), DX
	0x009a 00154 (recover_nil_deref.go:37)	MOVQ	DX, main..autotmp_6+56(SP)
	0x009f 00159 (recover_nil_deref.go:37)	MOVQ	$0, main..autotmp_6+64(SP)
	0x00a8 00168 (recover_nil_deref.go:37)	LEAQ	go:string."method"(SB), AX
	0x00af 00175 (recover_nil_deref.go:37)	MOVL	$6, BX
	0x00b4 00180 (recover_nil_deref.go:37)	LEAQ	main..autotmp_6+56(SP), CX
	0x00b9 00185 (recover_nil_deref.go:37)	CALL	main.try(SB)
	0x00be 00190 (recover_nil_deref.go:38)	LEAQ	main.main.func5(SB), DX
	0x00c5 00197 (recover_nil_deref.go:38)	MOVQ	DX, main..autotmp_6+56(SP)
	0x00ca 00202 (recover_nil_deref.go:38)	MOVQ	$0, main..autotmp_6+64(SP)
	0x00d3 00211 (recover_nil_deref.go:38)	LEAQ	go:string."nil-safe method"(SB), AX
	0x00da 00218 (recover_nil_deref.go:38)	MOVL	$15, BX
	0x00df 00223 (recover_nil_deref.go:38)	LEAQ	main..autotmp_6+56(SP), CX
	0x00e4 00228 (recover_nil_deref.go:38)	CALL	main.try(SB)
	0x00e9 00233 (recover_nil_deref.go:39)	MOVQ	$1, main..autotmp_15+104(SP)
	0x00f2 00242 (recover_nil_deref.go:39)	MOVQ	$2, main..autotmp_17+88(SP)
	0x00fb 00251 (recover_nil_deref.go:39)	MOVQ	$0, main..autotmp_17+96(SP)
	0x0104 00260 (recover_nil_deref.go:39)	LEAQ	main..autotmp_17+88(SP), DX
	0x0109 00265 (recover_nil_deref.go:39)	MOVQ	DX, main..autotmp_15+112(SP)
	0x010e 00270 (recover_nil_deref.go:40)	LEAQ	main.main.func6(SB), DX
	0x0115 00277 (recover_nil_deref.go:40)	MOVQ	DX, main..autotmp_6+56(SP)
	0x011a 00282 (recover_nil_deref.go:40)	LEAQ	main..autotmp_15+104(SP), DX
	0x011f 00287 (recover_nil_deref.go:40)	MOVQ	DX, main..autotmp_6+64(SP)
	0x0124 00292 (recover_nil_deref.go:40)	LEAQ	go:string."walk off end"(SB), AX
	0x012b 00299 (recover_nil_deref.go:40)	MOVL	$12, BX
	0x0130 00304 (recover_nil_deref.go:40)	LEAQ	main..autotmp_6+56(SP), CX
	0x0135 00309 (recover_nil_deref.go:40)	CALL	main.try(SB)
	0x013a 00314 (recover_nil_deref.go:42)	LEAQ	main.main.func7(SB), DX
	0x0141 00321 (recover_nil_deref.go:42)	MOVQ	DX, main..autotmp_7+40(SP)
	0x0146 00326 (recover_nil_deref.go:42)	MOVQ	$0, main..autotmp_7+48(SP)
	0x014f 00335 (recover_nil_deref.go:42)	LEAQ	go:string."array ptr index"(SB), AX
	0x0156 00342 (recover_nil_deref.go:42)	MOVL	$15, BX
	0x015b 00347 (recover_nil_deref.go:42)	LEAQ	main..autotmp_7+40(SP), CX
	0x0160 00352 (recover_nil_deref.go:42)	CALL	main.try(SB)
	0x0165 00357 (recover_nil_deref.go:43)	LEAQ	go:string."len of nil array ptr"(SB), AX
	0x016c 00364 (recover_nil_deref.go:43)	MOVL	$20, BX
	0x0171 00369 (recover_nil_deref.go:43)	LEAQ	main.main.func8·f(SB), CX
	0x0178 00376 (recover_nil_deref.go:43)	CALL	main.try(SB)
	0x017d 00381 (recover_nil_deref.go:45)	LEAQ	main.main.func9(SB), DX
	0x0184 00388 (recover_nil_deref.go:45)	MOVQ	DX, main..autotmp_8+24(SP)
	0x0189 00393 (recover_nil_deref.go:45)	MOVQ	$0, main..autotmp_8+32(SP)
	0x0192 00402 (recover_nil_deref.go:45)	LEAQ	go:string."nil func call"(SB), AX
	0x0199 00409 (recover_nil_deref.go:45)	MOVL	$13, BX
	0x019e 00414 (recover_nil_deref.go:45)	LEAQ	main..autotmp_8+24(SP), CX
	0x01a3 00419 (recover_nil_deref.go:45)	CALL	main.try(SB)
	0x01a8 00424 (recover_nil_deref.go:46)	ADDQ	$120, SP
	0x01ac 00428 (recover_nil_deref.go:46)	POPQ	BP
	0x01ad 00429 (recover_nil_deref.go:46)	RET
	0x01ae 00430 (recover_nil_deref.go:46)	NOP
	0x01ae 00430 (recover_nil_deref.go:31)	PCDATA	$1, $-1
	0x01ae 00430 (recover_nil_deref.go:31)	PCDATA	$0, $-2
	0x01ae 00430 (recover_nil_deref.go:31)	CALL	runtime.morestack_noctxt(SB)
	0x01b3 00435 (recover_nil_deref.go:31)	PCDATA	$0, $-1
	0x01b3 00435 (recover_nil_deref.go:31)	JMP	0
	0x0000 49 3b 66 10 0f 86 a4 01 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 78 48 8d 15 00 00 00 00 48 89 54 24 48 48 c7  .xH......H.T$HH.
	0x0020 44 24 50 00 00 00 00 48 8d 05 00 00 00 00 bb 04  D$P....H........
	0x0030 00 00 00 48 8d 4c 24 48 e8 00 00 00 00 48 8d 15  ...H.L$H.....H..
	0x0040 00 00 00 00 48 89 54 24 48 48 c7 44 24 50 00 00  ....H.T$HH.D$P..
	0x0050 00 00 48 8d 05 00 00 00 00 bb 05 00 00 00 48 8d  ..H...........H.
	0x0060 4c 24 48 e8 00 00 00 00 48 8d 15 00 00 00 00 48  L$H.....H......H
	0x0070 89 54 24 38 48 c7 44 24 40 00 00 00 00 48 8d 05  .T$8H.D$@....H..
	0x0080 00 00 00 00 bb 05 00 00 00 48 8d 4c 24 38 e8 00  .........H.L$8..
	0x0090 00 00 00 48 8d 15 00 00 00 00 48 89 54 24 38 48  ...H......H.T$8H
	0x00a0 c7 44 24 40 00 00 00 00 48 8d 05 00 00 00 00 bb  .D$@....H.......
	0x00b0 06 00 00 00 48 8d 4c 24 38 e8 00 00 00 00 48 8d  ....H.L$8.....H.
	0x00c0 15 00 00 00 00 48 89 54 24 38 48 c7 44 24 40 00  .....H.T$8H.D$@.
	0x00d0 00 00 00 48 8d 05 00 00 00 00 bb 0f 00 00 00 48  ...H...........H
	0x00e0 8d 4c 24 38 e8 00 00 00 00 48 c7 44 24 68 01 00  .L$8.....H.D$h..
	0x00f0 00 00 48 c7 44 24 58 02 00 00 00 48 c7 44 24 60  ..H.D$X....H.D$`
	0x0100 00 00 00 00 48 8d 54 24 58 48 89 54 24 70 48 8d  ....H.T$XH.T$pH.
	0x0110 15 00 00 00 00 48 89 54 24 38 48 8d 54 24 68 48  .....H.T$8H.T$hH
	0x0120 89 54 24 40 48 8d 05 00 00 00 00 bb 0c 00 00 00  .T$@H...........
	0x0130 48 8d 4c 24 38 e8 00 00 00 00 48 8d 15 00 00 00  H.L$8.....H.....
	0x0140 00 48 89 54 24 28 48 c7 44 24 30 00 00 00 00 48  .H.T$(H.D$0....H
	0x0150 8d 05 00 00 00 00 bb 0f 00 00 00 48 8d 4c 24 28  ...........H.L$(
	0x0160 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 14 00 00  .....H..........
	0x0170 00 48 8d 0d 00 00 00 00 e8 00 00 00 00 48 8d 15  .H...........H..
	0x0180 00 00 00 00 48 89 54 24 18 48 c7 44 24 20 00 00  ....H.T$.H.D$ ..
	0x0190 00 00 48 8d 05 00 00 00 00 bb 0d 00 00 00 48 8d  ..H...........H.
	0x01a0 4c 24 18 e8 00 00 00 00 48 83 c4 78 5d c3 e8 00  L$......H..x]...
	0x01b0 00 00 00 e9 48 fe ff ff                          ....H...
	rel 21+4 t=R_PCREL main.main.func1+0
	rel 42+4 t=R_PCREL go:string."load"+0
	rel 57+4 t=R_CALL main.try+0
	rel 64+4 t=R_PCREL main.main.func2+0
	rel 85+4 t=R_PCREL go:string."store"+0
	rel 100+4 t=R_CALL main.try+0
	rel 107+4 t=R_PCREL main.main.func3+0
	rel 128+4 t=R_PCREL go:string."field"+0
	rel 143+4 t=R_CALL main.try+0
	rel 150+4 t=R_PCREL main.main.func4+0
	rel 171+4 t=R_PCREL go:string."method"+0
	rel 186+4 t=R_CALL main.try+0
	rel 193+4 t=R_PCREL main.main.func5+0
	rel 214+4 t=R_PCREL go:string."nil-safe method"+0
	rel 229+4 t=R_CALL main.try+0
	rel 273+4 t=R_PCREL main.main.func6+0
	rel 295+4 t=R_PCREL go:string."walk off end"+0
	rel 310+4 t=R_CALL main.try+0
	rel 317+4 t=R_PCREL main.main.func7+0
	rel 338+4 t=R_PCREL go:string."array ptr index"+0
	rel 353+4 t=R_CALL main.try+0
	rel 360+4 t=R_PCREL go:string."len of nil array ptr"+0
	rel 372+4 t=R_PCREL main.main.func8·f+0
	rel 377+4 t=R_CALL main.try+0
	rel 384+4 t=R_PCREL main.main.func9+0
	rel 405+4 t=R_PCREL go:string."nil func call"+0
	rel 420+4 t=R_CALL main.try+0
	rel 431+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func9 STEXT size=28 align=0x0 args=0x0 locals=0x8 funcid=0x0
	0x0000 00000 (recover_nil_deref.go:45)	TEXT	main.main.func9(SB), NEEDCTXT|ABIInternal, $8-0
	0x0000 00000 (recover_nil_deref.go:45)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_deref.go:45)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_deref.go:45)	JLS	21
	0x0006 00006 (recover_nil_deref.go:45)	PCDATA	$0, $-1
	0x0006 00006 (recover_nil_deref.go:45)	PUSHQ	BP
	0x0007 00007 (recover_nil_deref.go:45)	MOVQ	SP, BP
	0x000a 00010 (recover_nil_deref.go:45)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000a 00010 (recover_nil_deref.go:45)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000a 00010 (recover_nil_deref.go:45)	MOVQ	8(DX), DX
	0x000e 00014 (recover_nil_deref.go:45)	MOVQ	(DX), AX
	0x0011 00017 (recover_nil_deref.go:45)	PCDATA	$1, $0
	0x0011 00017 (recover_nil_deref.go:45)	CALL	AX
	0x0013 00019 (recover_nil_deref.go:45)	POPQ	BP
	0x0014 00020 (recover_nil_deref.go:45)	RET
	0x0015 00021 (recover_nil_deref.go:45)	NOP
	0x0015 00021 (recover_nil_deref.go:45)	PCDATA	$1, $-1
	0x0015 00021 (recover_nil_deref.go:45)	PCDATA	$0, $-2
	0x0015 00021 (recover_nil_deref.go:45)	CALL	runtime.morestack(SB)
	0x001a 00026 (recover_nil_deref.go:45)	PCDATA	$0, $-1
	0x001a 00026 (recover_nil_deref.go:45)	JMP	0
	0x0000 49 3b 66 10 76 0f 55 48 89 e5 48 8b 52 08 48 8b  I;f.v.UH..H.R.H.
	0x0010 02 ff d0 5d c3 e8 00 00 00 00 eb e4              ...]........
	rel 17+0 t=R_CALLIND +0
	rel 22+4 t=R_CALL runtime.morestack+0
main.main.func7 STEXT nosplit size=13 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (recover_nil_deref.go:42)	TEXT	main.main.func7(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (recover_nil_deref.go:42)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (recover_nil_deref.go:42)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (recover_nil_deref.go:42)	MOVQ	8(DX), AX
	0x0004 00004 (recover_nil_deref.go:42)	MOVQ	$1, 16(AX)
	0x000c 00012 (recover_nil_deref.go:42)	RET
	0x0000 48 8b 42 08 48 c7 40 10 01 00 00 00 c3           H.B.H.@......
main.main.func6 STEXT size=72 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (recover_nil_deref.go:40)	TEXT	main.main.func6(SB), NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (recover_nil_deref.go:40)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_deref.go:40)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_deref.go:40)	JLS	65
	0x0006 00006 (recover_nil_deref.go:40)	PCDATA	$0, $-1
	0x0006 00006 (recover_nil_deref.go:40)	PUSHQ	BP
	0x0007 00007 (recover_nil_deref.go:40)	MOVQ	SP, BP
	0x000a 00010 (recover_nil_deref.go:40)	SUBQ	$16, SP
	0x000e 00014 (recover_nil_deref.go:40)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_nil_deref.go:40)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_nil_deref.go:40)	MOVQ	8(DX), AX
	0x0012 00018 (recover_nil_deref.go:40)	MOVQ	8(AX), AX
	0x0016 00022 (recover_nil_deref.go:40)	MOVQ	8(AX), AX
	0x001a 00026 (recover_nil_deref.go:40)	MOVQ	(AX), AX
	0x001d 00029 (recover_nil_deref.go:40)	MOVQ	AX, main..autotmp_2+8(SP)
	0x0022 00034 (recover_nil_deref.go:40)	PCDATA	$1, $0
	0x0022 00034 (recover_nil_deref.go:40)	CALL	runtime.printlock(SB)
	0x0027 00039 (recover_nil_deref.go:40)	MOVQ	main..autotmp_2+8(SP), AX
	0x002c 00044 (recover_nil_deref.go:40)	CALL	runtime.printint(SB)
	0x0031 00049 (recover_nil_deref.go:40)	CALL	runtime.printnl(SB)
	0x0036 00054 (recover_nil_deref.go:40)	CALL	runtime.printunlock(SB)
	0x003b 00059 (recover_nil_deref.go:40)	ADDQ	$16, SP
	0x003f 00063 (recover_nil_deref.go:40)	POPQ	BP
	0x0040 00064 (recover_nil_deref.go:40)	RET
	0x0041 00065 (recover_nil_deref.go:40)	NOP
	0x0041 00065 (recover_nil_deref.go:40)	PCDATA	$1, $-1
	0x0041 00065 (recover_nil_deref.go:40)	PCDATA	$0, $-2
	0x0041 00065 (recover_nil_deref.go:40)	CALL	runtime.morestack(SB)
	0x0046 00070 (recover_nil_deref.go:40)	PCDATA	$0, $-1
	0x0046 00070 (recover_nil_deref.go:40)	JMP	0
	0x0000 49 3b 66 10 76 3b 55 48 89 e5 48 83 ec 10 48 8b  I;f.v;UH..H...H.
	0x0010 42 08 48 8b 40 08 48 8b 40 08 48 8b 00 48 89 44  B.H.@.H.@.H..H.D
	0x0020 24 08 e8 00 00 00 00 48 8b 44 24 08 e8 00 00 00  $......H.D$.....
	0x0030 00 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 10 5d  ...........H...]
	0x0040 c3 e8 00 00 00 00 eb b8                          ........
	rel 35+4 t=R_CALL runtime.printlock+0
	rel 45+4 t=R_CALL runtime.printint+0
	rel 50+4 t=R_CALL runtime.printnl+0
	rel 55+4 t=R_CALL runtime.printunlock+0
	rel 66+4 t=R_CALL runtime.morestack+0
main.main.func5 STEXT size=82 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (recover_nil_deref.go:38)	TEXT	main.main.func5(SB), NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (recover_nil_deref.go:38)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_deref.go:38)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_deref.go:38)	JLS	75
	0x0006 00006 (recover_nil_deref.go:38)	PCDATA	$0, $-1
	0x0006 00006 (recover_nil_deref.go:38)	PUSHQ	BP
	0x0007 00007 (recover_nil_deref.go:38)	MOVQ	SP, BP
	0x000a 00010 (recover_nil_deref.go:38)	SUBQ	$16, SP
	0x000e 00014 (recover_nil_deref.go:38)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_nil_deref.go:38)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_nil_deref.go:38)	MOVQ	8(DX), AX
	0x0012 00018 (<unknown line number>)	NOP
	0x0012 00018 (recover_nil_deref.go:12)	TESTQ	AX, AX
	0x0015 00021 (recover_nil_deref.go:12)	JEQ	28
	0x0017 00023 (recover_nil_deref.go:15)	MOVQ	(AX), AX
	0x001a 00026 (recover_nil_deref.go:38)	JMP	35
	0x001c 00028 (recover_nil_deref.go:38)	MOVQ	$-1, AX
	0x0023 00035 (recover_nil_deref.go:38)	MOVQ	AX, main.~r0+8(SP)
	0x0028 00040 (recover_nil_deref.go:38)	PCDATA	$1, $0
	0x0028 00040 (recover_nil_deref.go:38)	CALL	runtime.printlock(SB)
	0x002d 00045 (recover_nil_deref.go:38)	MOVQ	main.~r0+8(SP), AX
	0x0032 00050 (recover_nil_deref.go:38)	CALL	runtime.printint(SB)
	0x0037 00055 (recover_nil_deref.go:38)	CALL	runtime.printnl(SB)
	0x003c 00060 (recover_nil_deref.go:38)	NOP
	0x0040 00064 (recover_nil_deref.go:38)	CALL	runtime.printunlock(SB)
	0x0045 00069 (recover_nil_deref.go:38)	ADDQ	$16, SP
	0x0049 00073 (recover_nil_deref.go:38)	POPQ	BP
	0x004a 00074 (recover_nil_deref.go:38)	RET
	0x004b 00075 (recover_nil_deref.go:38)	NOP
	0x004b 00075 (recover_nil_deref.go:38)	PCDATA	$1, $-1
	0x004b 00075 (recover_nil_deref.go:38)	PCDATA	$0, $-2
	0x004b 00075 (recover_nil_deref.go:38)	CALL	runtime.morestack(SB)
	0x0050 00080 (recover_nil_deref.go:38)	PCDATA	$0, $-1
	0x0050 00080 (recover_nil_deref.go:38)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 10 48 8b  I;f.vEUH..H...H.
	0x0010 42 08 48 85 c0 74 05 48 8b 00 eb 07 48 c7 c0 ff  B.H..t.H....H...
	0x0020 ff ff ff 48 89 44 24 08 e8 00 00 00 00 48 8b 44  ...H.D$......H.D
	0x0030 24 08 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  $.............@.
	0x0040 e8 00 00 00 00 48 83 c4 10 5d c3 e8 00 00 00 00  .....H...]......
	0x0050 eb ae                                            ..
	rel 41+4 t=R_CALL runtime.printlock+0
	rel 51+4 t=R_CALL runtime.printint+0
	rel 56+4 t=R_CALL runtime.printnl+0
	rel 65+4 t=R_CALL runtime.printunlock+0
	rel 76+4 t=R_CALL runtime.morestack+0
main.main.func4 STEXT size=66 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (recover_nil_deref.go:37)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (recover_nil_deref.go:37)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_deref.go:37)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_deref.go:37)	JLS	57
	0x0006 00006 (recover_nil_deref.go:37)	PCDATA	$0, $-1
	0x0006 00006 (recover_nil_deref.go:37)	PUSHQ	BP
	0x0007 00007 (recover_nil_deref.go:37)	MOVQ	SP, BP
	0x000a 00010 (recover_nil_deref.go:37)	SUBQ	$16, SP
	0x000e 00014 (recover_nil_deref.go:37)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_nil_deref.go:37)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_nil_deref.go:37)	MOVQ	8(DX), AX
	0x0012 00018 (recover_nil_deref.go:9)	MOVQ	(AX), AX
	0x0015 00021 (recover_nil_deref.go:9)	MOVQ	AX, main.~r0+8(SP)
	0x001a 00026 (<unknown line number>)	NOP
	0x001a 00026 (recover_nil_deref.go:37)	PCDATA	$1, $0
	0x001a 00026 (recover_nil_deref.go:37)	CALL	runtime.printlock(SB)
	0x001f 00031 (recover_nil_deref.go:37)	MOVQ	main.~r0+8(SP), AX
	0x0024 00036 (recover_nil_deref.go:37)	CALL	runtime.printint(SB)
	0x0029 00041 (recover_nil_deref.go:37)	CALL	runtime.printnl(SB)
	0x002e 00046 (recover_nil_deref.go:37)	CALL	runtime.printunlock(SB)
	0x0033 00051 (recover_nil_deref.go:37)	ADDQ	$16, SP
	0x0037 00055 (recover_nil_deref.go:37)	POPQ	BP
	0x0038 00056 (recover_nil_deref.go:37)	RET
	0x0039 00057 (recover_nil_deref.go:37)	NOP
	0x0039 00057 (recover_nil_deref.go:37)	PCDATA	$1, $-1
	0x0039 00057 (recover_nil_deref.go:37)	PCDATA	$0, $-2
	0x0039 00057 (recover_nil_deref.go:37)	CALL	runtime.morestack(SB)
	0x003e 00062 (recover_nil_deref.go:37)	PCDATA	$0, $-1
	0x003e 00062 (recover_nil_deref.go:37)	NOP
	0x0040 00064 (recover_nil_deref.go:37)	JMP	0
	0x0000 49 3b 66 10 76 33 55 48 89 e5 48 83 ec 10 48 8b  I;f.v3UH..H...H.
	0x0010 42 08 48 8b 00 48 89 44 24 08 e8 00 00 00 00 48  B.H..H.D$......H
	0x0020 8b 44 24 08 e8 00 00 00 00 e8 00 00 00 00 e8 00  .D$.............
	0x0030 00 00 00 48 83 c4 10 5d c3 e8 00 00 00 00 66 90  ...H...]......f.
	0x0040 eb be                                            ..
	rel 27+4 t=R_CALL runtime.printlock+0
	rel 37+4 t=R_CALL runtime.printint+0
	rel 42+4 t=R_CALL runtime.printnl+0
	rel 47+4 t=R_CALL runtime.printunlock+0
	rel 58+4 t=R_CALL runtime.morestack+0
main.main.func3 STEXT size=66 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (recover_nil_deref.go:36)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (recover_nil_deref.go:36)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_deref.go:36)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_deref.go:36)	JLS	57
	0x0006 00006 (recover_nil_deref.go:36)	PCDATA	$0, $-1
	0x0006 00006 (recover_nil_deref.go:36)	PUSHQ	BP
	0x0007 00007 (recover_nil_deref.go:36)	MOVQ	SP, BP
	0x000a 00010 (recover_nil_deref.go:36)	SUBQ	$16, SP
	0x000e 00014 (recover_nil_deref.go:36)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_nil_deref.go:36)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_nil_deref.go:36)	MOVQ	8(DX), AX
	0x0012 00018 (recover_nil_deref.go:36)	MOVQ	(AX), AX
	0x0015 00021 (recover_nil_deref.go:36)	MOVQ	AX, main..autotmp_2+8(SP)
	0x001a 00026 (recover_nil_deref.go:36)	PCDATA	$1, $0
	0x001a 00026 (recover_nil_deref.go:36)	CALL	runtime.printlock(SB)
	0x001f 00031 (recover_nil_deref.go:36)	MOVQ	main..autotmp_2+8(SP), AX
	0x0024 00036 (recover_nil_deref.go:36)	CALL	runtime.printint(SB)
	0x0029 00041 (recover_nil_deref.go:36)	CALL	runtime.printnl(SB)
	0x002e 00046 (recover_nil_deref.go:36)	CALL	runtime.printunlock(SB)
	0x0033 00051 (recover_nil_deref.go:36)	ADDQ	$16, SP
	0x0037 00055 (recover_nil_deref.go:36)	POPQ	BP
	0x0038 00056 (recover_nil_deref.go:36)	RET
	0x0039 00057 (recover_nil_deref.go:36)	NOP
	0x0039 00057 (recover_nil_deref.go:36)	PCDATA	$1, $-1
	0x0039 00057 (recover_nil_deref.go:36)	PCDATA	$0, $-2
	0x0039 00057 (recover_nil_deref.go:36)	CALL	runtime.morestack(SB)
	0x003e 00062 (recover_nil_deref.go:36)	PCDATA	$0, $-1
	0x003e 00062 (recover_nil_deref.go:36)	NOP
	0x0040 00064 (recover_nil_deref.go:36)	JMP	0
	0x0000 49 3b 66 10 76 33 55 48 89 e5 48 83 ec 10 48 8b  I;f.v3UH..H...H.
	0x0010 42 08 48 8b 00 48 89 44 24 08 e8 00 00 00 00 48  B.H..H.D$......H
	0x0020 8b 44 24 08 e8 00 00 00 00 e8 00 00 00 00 e8 00  .D$.............
	0x0030 00 00 00 48 83 c4 10 5d c3 e8 00 00 00 00 66 90  ...H...]......f.
	0x0040 eb be                                            ..
	rel 27+4 t=R_CALL runtime.printlock+0
	rel 37+4 t=R_CALL runtime.printint+0
	rel 42+4 t=R_CALL runtime.printnl+0
	rel 47+4 t=R_CALL runtime.printunlock+0
	rel 58+4 t=R_CALL runtime.morestack+0
main.main.func2 STEXT nosplit size=12 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (recover_nil_deref.go:34)	TEXT	main.main.func2(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (recover_nil_deref.go:34)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (recover_nil_deref.go:34)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (recover_nil_deref.go:34)	MOVQ	8(DX), AX
	0x0004 00004 (recover_nil_deref.go:34)	MOVQ	$3, (AX)
	0x000b 00011 (recover_nil_deref.go:34)	RET
	0x0000 48 8b 42 08 48 c7 00 03 00 00 00 c3              H.B.H.......
main.main.func1 STEXT size=71 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (recover_nil_deref.go:33)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (recover_nil_deref.go:33)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_deref.go:33)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_deref.go:33)	JLS	63
	0x0006 00006 (recover_nil_deref.go:33)	PCDATA	$0, $-1
	0x0006 00006 (recover_nil_deref.go:33)	PUSHQ	BP
	0x0007 00007 (recover_nil_deref.go:33)	MOVQ	SP, BP
	0x000a 00010 (recover_nil_deref.go:33)	SUBQ	$16, SP
	0x000e 00014 (recover_nil_deref.go:33)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_nil_deref.go:33)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_nil_deref.go:33)	MOVQ	8(DX), AX
	0x0012 00018 (recover_nil_deref.go:33)	PCDATA	$1, $0
	0x0012 00018 (recover_nil_deref.go:33)	CALL	main.get(SB)
	0x0017 00023 (recover_nil_deref.go:33)	MOVQ	AX, main..autotmp_2+8(SP)
	0x001c 00028 (recover_nil_deref.go:33)	NOP
	0x0020 00032 (recover_nil_deref.go:33)	CALL	runtime.printlock(SB)
	0x0025 00037 (recover_nil_deref.go:33)	MOVQ	main..autotmp_2+8(SP), AX
	0x002a 00042 (recover_nil_deref.go:33)	CALL	runtime.printint(SB)
	0x002f 00047 (recover_nil_deref.go:33)	CALL	runtime.printnl(SB)
	0x0034 00052 (recover_nil_deref.go:33)	CALL	runtime.printunlock(SB)
	0x0039 00057 (recover_nil_deref.go:33)	ADDQ	$16, SP
	0x003d 00061 (recover_nil_deref.go:33)	POPQ	BP
	0x003e 00062 (recover_nil_deref.go:33)	RET
	0x003f 00063 (recover_nil_deref.go:33)	NOP
	0x003f 00063 (recover_nil_deref.go:33)	PCDATA	$1, $-1
	0x003f 00063 (recover_nil_deref.go:33)	PCDATA	$0, $-2
	0x003f 00063 (recover_nil_deref.go:33)	NOP
	0x0040 00064 (recover_nil_deref.go:33)	CALL	runtime.morestack(SB)
	0x0045 00069 (recover_nil_deref.go:33)	PCDATA	$0, $-1
	0x0045 00069 (recover_nil_deref.go:33)	JMP	0
	0x0000 49 3b 66 10 76 39 55 48 89 e5 48 83 ec 10 48 8b  I;f.v9UH..H...H.
	0x0010 42 08 e8 00 00 00 00 48 89 44 24 08 0f 1f 40 00  B......H.D$...@.
	0x0020 e8 00 00 00 00 48 8b 44 24 08 e8 00 00 00 00 e8  .....H.D$.......
	0x0030 00 00 00 00 e8 00 00 00 00 48 83 c4 10 5d c3 90  .........H...]..
	0x0040 e8 00 00 00 00 eb b9                             .......
	rel 19+4 t=R_CALL main.get+0
	rel 33+4 t=R_CALL runtime.printlock+0
	rel 43+4 t=R_CALL runtime.printint+0
	rel 48+4 t=R_CALL runtime.printnl+0
	rel 53+4 t=R_CALL runtime.printunlock+0
	rel 65+4 t=R_CALL runtime.morestack+0
main.main.func8 STEXT size=55 align=0x0 args=0x0 locals=0x10 funcid=0x0
	0x0000 00000 (recover_nil_deref.go:43)	TEXT	main.main.func8(SB), ABIInternal, $16-0
	0x0000 00000 (recover_nil_deref.go:43)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_nil_deref.go:43)	PCDATA	$0, $-2
	0x0004 00004 (recover_nil_deref.go:43)	JLS	48
	0x0006 00006 (recover_nil_deref.go:43)	PCDATA	$0, $-1
	0x0006 00006 (recover_nil_deref.go:43)	PUSHQ	BP
	0x0007 00007 (recover_nil_deref.go:43)	MOVQ	SP, BP
	0x000a 00010 (recover_nil_deref.go:43)	SUBQ	$8, SP
	0x000e 00014 (recover_nil_deref.go:43)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_nil_deref.go:43)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_nil_deref.go:43)	PCDATA	$1, $0
	0x000e 00014 (recover_nil_deref.go:43)	CALL	runtime.printlock(SB)
	0x0013 00019 (recover_nil_deref.go:43)	MOVL	$5, AX
	0x0018 00024 (recover_nil_deref.go:43)	CALL	runtime.printint(SB)
	0x001d 00029 (recover_nil_deref.go:43)	NOP
	0x0020 00032 (recover_nil_deref.go:43)	CALL	runtime.printnl(SB)
	0x0025 00037 (recover_nil_deref.go:43)	CALL	runtime.printunlock(SB)
	0x002a 00042 (recover_nil_deref.go:43)	ADDQ	$8, SP
	0x002e 00046 (recover_nil_deref.go:43)	POPQ	BP
	0x002f 00047 (recover_nil_deref.go:43)	RET
	0x0030 00048 (recover_nil_deref.go:43)	NOP
	0x0030 00048 (recover_nil_deref.go:43)	PCDATA	$1, $-1
	0x0030 00048 (recover_nil_deref.go:43)	PCDATA	$0, $-2
	0x0030 00048 (recover_nil_deref.go:43)	CALL	runtime.morestack_noctxt(SB)
	0x0035 00053 (recover_nil_deref.go:43)	PCDATA	$0, $-1
	0x0035 00053 (recover_nil_deref.go:43)	JMP	0
	0x0000 49 3b 66 10 76 2a 55 48 89 e5 48 83 ec 08 e8 00  I;f.v*UH..H.....
	0x0010 00 00 00 b8 05 00 00 00 e8 00 00 00 00 0f 1f 00  ................
	0x0020 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 08 5d c3  ..........H...].
	0x0030 e8 00 00 00 00 eb c9                             .......
	rel 15+4 t=R_CALL runtime.printlock+0
	rel 25+4 t=R_CALL runtime.printint+0
	rel 33+4 t=R_CALL runtime.printnl+0
	rel 38+4 t=R_CALL runtime.printunlock+0
	rel 49+4 t=R_CALL runtime.morestack_noctxt+0
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
go:info.main.(*Node).Val$abstract SDWARFABSFCN dupok size=30 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 4e 6f 64 65 29 2e 56 61  .main.(*Node).Va
	0x0010 6c 00 01 09 01 22 6e 00 00 00 00 00 00 00        l...."n.......
	rel 25+4 t=R_DWARFSECREF go:info.*main.Node+0
go:info.main.(*Node).SafeVal$abstract SDWARFABSFCN dupok size=34 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 4e 6f 64 65 29 2e 53 61  .main.(*Node).Sa
	0x0010 66 65 56 61 6c 00 01 0b 01 22 6e 00 00 00 00 00  feVal...."n.....
	0x0020 00 00                                            ..
	rel 29+4 t=R_DWARFSECREF go:info.*main.Node+0
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
runtime.memequal128·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal128+0
type:.namedata.*main.Node. SRODATA dupok size=12 align=0x1
	0x0000 01 0a 2a 6d 61 69 6e 2e 4e 6f 64 65              ..*main.Node
type:.namedata.*func(*main.Node) int- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 4e 6f  ..*func(*main.No
	0x0010 64 65 29 20 69 6e 74                             de) int
type:*func(*main.Node) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b7 26 3c fd 28 08 08 16 00 00 00 00 00 00 00 00  .&<.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Node) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Node) int+0
type:func(*main.Node) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 78 ae c4 65 22 08 08 13 00 00 00 00 00 00 00 00  x..e"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Node) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Node) int+0
	rel 56+8 t=R_ADDR type:*main.Node+0
	rel 64+8 t=R_ADDR type:int+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.SafeVal. SRODATA dupok size=9 align=0x1
	0x0000 01 07 53 61 66 65 56 61 6c                       ..SafeVal
type:.namedata.*func() int- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 66 75 6e 63 28 29 20 69 6e 74           ..*func() int
type:*func() int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a8 d2 35 e7 28 08 08 16 00 00 00 00 00 00 00 00  ..5.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() int-+0
	rel 48+8 t=R_ADDR type:func() int+0
type:func() int SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 bd 97 29 21 22 08 08 13 00 00 00 00 00 00 00 00  ..)!"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func() int-+0
	rel 44+4 t=RelocType(-32763) type:*func() int+0
	rel 56+8 t=R_ADDR type:int+0
type:.namedata.Val. SRODATA dupok size=5 align=0x1
	0x0000 01 03 56 61 6c                                   ..Val
type:*main.Node SRODATA size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fe e4 0e 6c 29 08 08 16 00 00 00 00 00 00 00 00  ...l)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 02 00 02 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Node.+0
	rel 48+8 t=R_ADDR type:main.Node+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.SafeVal.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*Node).SafeVal+0
	rel 84+4 t=R_METHODOFF main.(*Node).SafeVal+0
	rel 88+4 t=R_ADDROFF type:.namedata.Val.+0
	rel 92+4 t=R_METHODOFF type:func() int+0
	rel 96+4 t=R_METHODOFF main.(*Node).Val+0
	rel 100+4 t=R_METHODOFF main.(*Node).Val+0
type:.namedata.val- SRODATA dupok size=5 align=0x1
	0x0000 00 03 76 61 6c                                   ..val
type:.namedata.next- SRODATA dupok size=6 align=0x1
	0x0000 00 04 6e 65 78 74                                ..next
type:main.Node SRODATA size=144 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 e6 b4 f6 68 0f 08 08 19 00 00 00 00 00 00 00 00  ...h............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Node.+0
	rel 44+4 t=R_ADDROFF type:*main.Node+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Node+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.val-+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.next-+0
	rel 128+8 t=R_ADDR type:*main.Node+0
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
runtime.gcbits. SRODATA dupok size=0 align=0x8
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
go:string."load" SRODATA dupok size=4 align=0x1
	0x0000 6c 6f 61 64                                      load
go:string."store" SRODATA dupok size=5 align=0x1
	0x0000 73 74 6f 72 65                                   store
go:string."field" SRODATA dupok size=5 align=0x1
	0x0000 66 69 65 6c 64                                   field
go:string."method" SRODATA dupok size=6 align=0x1
	0x0000 6d 65 74 68 6f 64                                method
go:string."nil-safe method" SRODATA dupok size=15 align=0x1
	0x0000 6e 69 6c 2d 73 61 66 65 20 6d 65 74 68 6f 64     nil-safe method
go:string."walk off end" SRODATA dupok size=12 align=0x1
	0x0000 77 61 6c 6b 20 6f 66 66 20 65 6e 64              walk off end
go:string."array ptr index" SRODATA dupok size=15 align=0x1
	0x0000 61 72 72 61 79 20 70 74 72 20 69 6e 64 65 78     array ptr index
go:string."len of nil array ptr" SRODATA dupok size=20 align=0x1
	0x0000 6c 65 6e 20 6f 66 20 6e 69 6c 20 61 72 72 61 79  len of nil array
	0x0010 20 70 74 72                                       ptr
go:string."nil func call" SRODATA dupok size=13 align=0x1
	0x0000 6e 69 6c 20 66 75 6e 63 20 63 61 6c 6c           nil func call
type:.namedata.*[5]int- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 5b 35 5d 69 6e 74                       ..*[5]int
type:.eqfunc.M40 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:[5]int SRODATA dupok size=72 align=0x8
	0x0000 28 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  (...............
	0x0010 82 52 6c c2 0a 08 08 11 00 00 00 00 00 00 00 00  .Rl.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 05 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M40+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[5]int-+0
	rel 44+4 t=RelocType(-32763) type:*[5]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
type:*[5]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d2 6f 5b 66 28 08 08 16 00 00 00 00 00 00 00 00  .o[f(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[5]int-+0
	rel 48+8 t=R_ADDR type:[5]int+0
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
main.main.func8·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func8+0
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.(*Node).Val.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Node).Val.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Node).SafeVal.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Node).SafeVal.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
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
main.get.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.get.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
gclocals·E2X6dychdtKUvvDcqkSyhw== SRODATA dupok size=10 align=0x4
	0x0000 01 00 00 00 0c 00 00 00 00 00                    ..........
main.main.stkobj SRODATA static size=104 align=0x8
	0x0000 06 00 00 00 00 00 00 00 a0 ff ff ff 10 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00 b0 ff ff ff 10 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00 c0 ff ff ff 10 00 00 00  ................
	0x0030 10 00 00 00 00 00 00 00 d0 ff ff ff 10 00 00 00  ................
	0x0040 10 00 00 00 00 00 00 00 e0 ff ff ff 10 00 00 00  ................
	0x0050 10 00 00 00 00 00 00 00 f0 ff ff ff 10 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 68+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 84+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 100+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
go:interface { Error() string }.Error.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
go:interface { Error() string }.Error.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
