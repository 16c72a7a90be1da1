funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (recover_index_oob.go:19)	TEXT	main.main(SB), ABIInternal, $184-0
     0        00000 (recover_index_oob.go:19)	TEXT	main.main(SB), ABIInternal, $184-0
     0     -1 00000 (recover_index_oob.go:19)	LEAQ	-56(SP), R12
     5        00005 (recover_index_oob.go:19)	CMPQ	R12, 16(R14)
     9        00009 (recover_index_oob.go:19)	PCDATA	$0, $-2
     9        00009 (recover_index_oob.go:19)	JLS	816
     f        00015 (recover_index_oob.go:19)	PCDATA	$0, $-1
     f        00015 (recover_index_oob.go:19)	PUSHQ	BP
    10        00016 (recover_index_oob.go:19)	MOVQ	SP, BP
    13        00019 (recover_index_oob.go:19)	SUBQ	$176, SP
    1a        00026 (recover_index_oob.go:19)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    1a        00026 (recover_index_oob.go:19)	FUNCDATA	$1, gclocals·W7HDUmjtyPzXecjpikXXxA==(SB)
    1a        00026 (recover_index_oob.go:19)	FUNCDATA	$2, main.main.stkobj(SB)
    1a        00026 (recover_index_oob.go:20)	MOVQ	$1, main..autotmp_7+56(SP)
    23        00035 (recover_index_oob.go:20)	MOVQ	$2, main..autotmp_7+64(SP)
    2c        00044 (recover_index_oob.go:20)	MOVQ	$3, main..autotmp_7+72(SP)
    35        00053 (recover_index_oob.go:21)	LEAQ	main.a+24(SP), DX
    3a        00058 (recover_index_oob.go:21)	MOVUPS	X15, (DX)
    3e        00062 (recover_index_oob.go:21)	MOVUPS	X15, 16(DX)
    43        00067 (recover_index_oob.go:23)	LEAQ	main.main.func1(SB), DX
    4a        00074 (recover_index_oob.go:23)	MOVQ	DX, main..autotmp_3+144(SP)
    52        00082 (recover_index_oob.go:23)	MOVQ	$3, main..autotmp_3+160(SP)
    5e        00094 (recover_index_oob.go:23)	MOVQ	$3, main..autotmp_3+168(SP)
    6a        00106 (recover_index_oob.go:23)	LEAQ	main..autotmp_7+56(SP), DX
    6f        00111 (recover_index_oob.go:23)	MOVQ	DX, main..autotmp_3+152(SP)
    77        00119 (recover_index_oob.go:23)	LEAQ	go:string."slice index"(SB), AX
    7e        00126 (recover_index_oob.go:23)	MOVL	$11, BX
    83        00131 (recover_index_oob.go:23)	LEAQ	main..autotmp_3+144(SP), CX
    8b        00139 (recover_index_oob.go:23)	PCDATA	$1, $0
    8b        00139 (recover_index_oob.go:23)	CALL	main.try(SB)
    90        00144 (recover_index_oob.go:24)	LEAQ	main.main.func2(SB), DX
    97        00151 (recover_index_oob.go:24)	MOVQ	DX, main..autotmp_3+144(SP)
    9f        00159 (recover_index_oob.go:24)	MOVQ	$3, main..autotmp_3+160(SP)
    ab        00171 (recover_index_oob.go:24)	MOVQ	$3, main..autotmp_3+168(SP)
    b7        00183 (recover_index_oob.go:24)	LEAQ	main..autotmp_7+56(SP), DX
    bc        00188 (recover_index_oob.go:24)	MOVQ	DX, main..autotmp_3+152(SP)
    c4        00196 (recover_index_oob.go:24)	LEAQ	go:string."slice neg index"(SB), AX
    cb        00203 (recover_index_oob.go:24)	MOVL	$15, BX
    d0        00208 (recover_index_oob.go:24)	LEAQ	main..autotmp_3+144(SP), CX
    d8        00216 (recover_index_oob.go:24)	CALL	main.try(SB)
    dd        00221 (recover_index_oob.go:25)	LEAQ	main.main.func3(SB), DX
    e4        00228 (recover_index_oob.go:25)	MOVQ	DX, main..autotmp_4+128(SP)
    ec        00236 (recover_index_oob.go:25)	LEAQ	main.a+24(SP), DX
    f1        00241 (recover_index_oob.go:25)	MOVQ	DX, main..autotmp_4+136(SP)
    f9        00249 (recover_index_oob.go:25)	LEAQ	go:string."array index"(SB), AX
   100        00256 (recover_index_oob.go:25)	MOVL	$11, BX
   105        00261 (recover_index_oob.go:25)	LEAQ	main..autotmp_4+128(SP), CX
   10d        00269 (recover_index_oob.go:25)	CALL	main.try(SB)
   112        00274 (recover_index_oob.go:26)	LEAQ	main.main.func4(SB), DX
   119        00281 (recover_index_oob.go:26)	MOVQ	DX, main..autotmp_5+104(SP)
   11e        00286 (recover_index_oob.go:26)	MOVQ	$5, main..autotmp_5+120(SP)
   127        00295 (recover_index_oob.go:26)	LEAQ	go:string."hello"(SB), DX
   12e        00302 (recover_index_oob.go:26)	MOVQ	DX, main..autotmp_5+112(SP)
   133        00307 (recover_index_oob.go:26)	LEAQ	go:string."string index"(SB), AX
   13a        00314 (recover_index_oob.go:26)	MOVL	$12, BX
   13f        00319 (recover_index_oob.go:26)	LEAQ	main..autotmp_5+104(SP), CX
   144        00324 (recover_index_oob.go:26)	CALL	main.try(SB)
   149        00329 (recover_index_oob.go:27)	LEAQ	main.main.func5(SB), DX
   150        00336 (recover_index_oob.go:27)	MOVQ	DX, main..autotmp_3+144(SP)
   158        00344 (recover_index_oob.go:27)	MOVQ	$3, main..autotmp_3+160(SP)
   164        00356 (recover_index_oob.go:27)	MOVQ	$3, main..autotmp_3+168(SP)
   170        00368 (recover_index_oob.go:27)	LEAQ	main..autotmp_7+56(SP), DX
   175        00373 (recover_index_oob.go:27)	MOVQ	DX, main..autotmp_3+152(SP)
   17d        00381 (recover_index_oob.go:27)	LEAQ	go:string."slice high"(SB), AX
   184        00388 (recover_index_oob.go:27)	MOVL	$10, BX
   189        00393 (recover_index_oob.go:27)	LEAQ	main..autotmp_3+144(SP), CX
   191        00401 (recover_index_oob.go:27)	CALL	main.try(SB)
   196        00406 (recover_index_oob.go:28)	LEAQ	main.main.func6(SB), DX
   19d        00413 (recover_index_oob.go:28)	MOVQ	DX, main..autotmp_3+144(SP)
   1a5        00421 (recover_index_oob.go:28)	MOVQ	$3, main..autotmp_3+160(SP)
   1b1        00433 (recover_index_oob.go:28)	MOVQ	$3, main..autotmp_3+168(SP)
   1bd        00445 (recover_index_oob.go:28)	LEAQ	main..autotmp_7+56(SP), DX
   1c2        00450 (recover_index_oob.go:28)	MOVQ	DX, main..autotmp_3+152(SP)
   1ca        00458 (recover_index_oob.go:28)	LEAQ	go:string."slice low>high"(SB), AX
   1d1        00465 (recover_index_oob.go:28)	MOVL	$14, BX
   1d6        00470 (recover_index_oob.go:28)	LEAQ	main..autotmp_3+144(SP), CX
   1de        00478 (recover_index_oob.go:28)	NOP
   1e0        00480 (recover_index_oob.go:28)	CALL	main.try(SB)
   1e5        00485 (recover_index_oob.go:29)	LEAQ	main.main.func7(SB), DX
   1ec        00492 (recover_index_oob.go:29)	MOVQ	DX, main..autotmp_3+144(SP)
   1f4        00500 (recover_index_oob.go:29)	MOVQ	$3, main..autotmp_3+160(SP)
   200        00512 (recover_index_oob.go:29)	MOVQ	$3, main..autotmp_3+168(SP)
   20c        00524 (recover_index_oob.go:29)	LEAQ	main..autotmp_7+56(SP), DX
   211        00529 (recover_index_oob.go:29)	MOVQ	DX, main..autotmp_3+152(SP)
   219        00537 (recover_index_oob.go:29)	LEAQ	go:string."3-index cap"(SB), AX
   220        00544 (recover_index_oob.go:29)	MOVL	$11, BX
   225        00549 (recover_index_oob.go:29)	LEAQ	main..autotmp_3+144(SP), CX
   22d        00557 (recover_index_oob.go:29)	CALL	main.try(SB)
   232        00562 (recover_index_oob.go:30)	LEAQ	main.main.func8(SB), DX
   239        00569 (recover_index_oob.go:30)	MOVQ	DX, main..autotmp_5+104(SP)
   23e        00574 (recover_index_oob.go:30)	MOVQ	$5, main..autotmp_5+120(SP)
   247        00583 (recover_index_oob.go:30)	LEAQ	go:string."hello"(SB), DX
   24e        00590 (recover_index_oob.go:30)	MOVQ	DX, main..autotmp_5+112(SP)
   253        00595 (recover_index_oob.go:30)	LEAQ	go:string."string slice"(SB), AX
   25a        00602 (recover_index_oob.go:30)	MOVL	$12, BX
   25f        00607 (recover_index_oob.go:30)	LEAQ	main..autotmp_5+104(SP), CX
   264        00612 (recover_index_oob.go:30)	CALL	main.try(SB)
   269        00617 (recover_index_oob.go:31)	LEAQ	main.main.func9(SB), DX
   270        00624 (recover_index_oob.go:31)	MOVQ	DX, main..autotmp_3+144(SP)
   278        00632 (recover_index_oob.go:31)	MOVQ	$3, main..autotmp_3+160(SP)
   284        00644 (recover_index_oob.go:31)	MOVQ	$3, main..autotmp_3+168(SP)
   290        00656 (recover_index_oob.go:31)	LEAQ	main..autotmp_7+56(SP), DX
   295        00661 (recover_index_oob.go:31)	MOVQ	DX, main..autotmp_3+152(SP)
   29d        00669 (recover_index_oob.go:31)	LEAQ	go:string."in range"(SB), AX
   2a4        00676 (recover_index_oob.go:31)	MOVL	$8, BX
   2a9        00681 (recover_index_oob.go:31)	LEAQ	main..autotmp_3+144(SP), CX
   2b1        00689 (recover_index_oob.go:31)	CALL	main.try(SB)
   2b6        00694 (recover_index_oob.go:32)	MOVQ	main..autotmp_7+56(SP), DX
   2bb        00699 (recover_index_oob.go:32)	MOVQ	DX, main..autotmp_23+96(SP)
   2c0        00704 (recover_index_oob.go:32)	MOVQ	main..autotmp_7+64(SP), DX
   2c5        00709 (recover_index_oob.go:32)	MOVQ	DX, main..autotmp_24+88(SP)
   2ca        00714 (recover_index_oob.go:32)	MOVQ	main..autotmp_7+72(SP), DX
   2cf        00719 (recover_index_oob.go:32)	MOVQ	DX, main..autotmp_25+80(SP)
   2d4        00724 (recover_index_oob.go:32)	CALL	runtime.printlock(SB)
   2d9        00729 (recover_index_oob.go:32)	MOVQ	main..autotmp_23+96(SP), AX
   2de        00734 (recover_index_oob.go:32)	NOP
   2e0        00736 (recover_index_oob.go:32)	CALL	runtime.printint(SB)
   2e5        00741 (recover_index_oob.go:32)	CALL	runtime.printsp(SB)
   2ea        00746 (recover_index_oob.go:32)	MOVQ	main..autotmp_24+88(SP), AX
   2ef        00751 (recover_index_oob.go:32)	CALL	runtime.printint(SB)
   2f4        00756 (recover_index_oob.go:32)	CALL	runtime.printsp(SB)
   2f9        00761 (recover_index_oob.go:32)	MOVQ	main..autotmp_25+80(SP), AX
   2fe        00766 (recover_index_oob.go:32)	NOP
   300        00768 (recover_index_oob.go:32)	CALL	runtime.printint(SB)
   305        00773 (recover_index_oob.go:32)	CALL	runtime.printnl(SB)
   30a        00778 (recover_index_oob.go:32)	CALL	runtime.printunlock(SB)
   30f        00783 (recover_index_oob.go:33)	LEAQ	go:string."make negative len"(SB), AX
   316        00790 (recover_index_oob.go:33)	MOVL	$17, BX
   31b        00795 (recover_index_oob.go:33)	LEAQ	main.main.func10·f(SB), CX
   322        00802 (recover_index_oob.go:33)	CALL	main.try(SB)
   327        00807 (recover_index_oob.go:34)	ADDQ	$176, SP
   32e        00814 (recover_index_oob.go:34)	POPQ	BP
   32f        00815 (recover_index_oob.go:34)	RET
   330        00816 (recover_index_oob.go:34)	NOP
   330        00816 (recover_index_oob.go:19)	PCDATA	$1, $-1
   330        00816 (recover_index_oob.go:19)	PCDATA	$0, $-2
   330        00816 (recover_index_oob.go:19)	CALL	runtime.morestack_noctxt(SB)
   335        00821 (recover_index_oob.go:19)	PCDATA	$0, $-1
   335        00821 (recover_index_oob.go:19)	JMP	0
   33a done
wrote 4 bytes to 0x0
 00 ba 06 00
funcpctab main.main.func9 [valfunc=pctoinline]
     0     -1 00000 (recover_index_oob.go:31)	TEXT	main.main.func9(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (recover_index_oob.go:31)	TEXT	main.main.func9(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (recover_index_oob.go:31)	CMPQ	SP, 16(R14)
     4        00004 (recover_index_oob.go:31)	PCDATA	$0, $-2
     4        00004 (recover_index_oob.go:31)	JLS	77
     6        00006 (recover_index_oob.go:31)	PCDATA	$0, $-1
     6        00006 (recover_index_oob.go:31)	PUSHQ	BP
     7        00007 (recover_index_oob.go:31)	MOVQ	SP, BP
     a        00010 (recover_index_oob.go:31)	SUBQ	$24, SP
     e        00014 (recover_index_oob.go:31)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (recover_index_oob.go:31)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (recover_index_oob.go:31)	MOVQ	16(DX), CX
    12        00018 (recover_index_oob.go:31)	MOVQ	CX, main.s.len+8(SP)
    17        00023 (recover_index_oob.go:31)	MOVQ	8(DX), CX
    1b        00027 (recover_index_oob.go:31)	MOVQ	CX, main.s.ptr+16(SP)
    20        00032 (recover_index_oob.go:31)	MOVL	$2, AX
    25        00037 (recover_index_oob.go:31)	PCDATA	$1, $1
    25        00037 (recover_index_oob.go:31)	CALL	main.idx(SB)
    2a        00042 (recover_index_oob.go:31)	MOVQ	main.s.len+8(SP), CX
    2f        00047 (recover_index_oob.go:31)	CMPQ	AX, CX
    32        00050 (recover_index_oob.go:31)	JCC	71
    34        00052 (recover_index_oob.go:31)	MOVQ	main.s.ptr+16(SP), CX
    39        00057 (recover_index_oob.go:31)	MOVQ	$30, (CX)(AX*8)
    41        00065 (recover_index_oob.go:31)	ADDQ	$24, SP
    45        00069 (recover_index_oob.go:31)	POPQ	BP
    46        00070 (recover_index_oob.go:31)	RET
    47        00071 (recover_index_oob.go:31)	PCDATA	$1, $0
    47        00071 (recover_index_oob.go:31)	PCDATA	$4, $1215
    47        00071 (recover_index_oob.go:31)	CALL	runtime.panicBounds(SB)
    4c        00076 (recover_index_oob.go:31)	XCHGL	AX, AX
    4d        00077 (recover_index_oob.go:31)	NOP
    4d        00077 (recover_index_oob.go:31)	PCDATA	$1, $-1
    4d        00077 (recover_index_oob.go:31)	PCDATA	$0, $-2
    4d        00077 (recover_index_oob.go:31)	CALL	runtime.morestack(SB)
    52        00082 (recover_index_oob.go:31)	PCDATA	$0, $-1
    52        00082 (recover_index_oob.go:31)	JMP	0
    54 done
wrote 3 bytes to 0x0
 00 54 00
funcpctab main.main.func8 [valfunc=pctoinline]
     0     -1 00000 (recover_index_oob.go:30)	TEXT	main.main.func8(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (recover_index_oob.go:30)	TEXT	main.main.func8(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (recover_index_oob.go:30)	CMPQ	SP, 16(R14)
     4        00004 (recover_index_oob.go:30)	PCDATA	$0, $-2
     4        00004 (recover_index_oob.go:30)	JLS	89
     6        00006 (recover_index_oob.go:30)	PCDATA	$0, $-1
     6        00006 (recover_index_oob.go:30)	PUSHQ	BP
     7        00007 (recover_index_oob.go:30)	MOVQ	SP, BP
     a        00010 (recover_index_oob.go:30)	SUBQ	$24, SP
     e        00014 (recover_index_oob.go:30)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_index_oob.go:30)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_index_oob.go:30)	MOVQ	16(DX), CX
    12        00018 (recover_index_oob.go:30)	MOVQ	CX, main.str.len+8(SP)
    17        00023 (recover_index_oob.go:30)	MOVL	$3, AX
    1c        00028 (recover_index_oob.go:30)	PCDATA	$1, $0
    1c        00028 (recover_index_oob.go:30)	NOP
    20        00032 (recover_index_oob.go:30)	CALL	main.idx(SB)
    25        00037 (recover_index_oob.go:30)	MOVQ	AX, main..autotmp_5+16(SP)
    2a        00042 (recover_index_oob.go:30)	MOVL	$9, AX
    2f        00047 (recover_index_oob.go:30)	CALL	main.idx(SB)
    34        00052 (recover_index_oob.go:30)	MOVQ	main.str.len+8(SP), CX
    39        00057 (recover_index_oob.go:30)	CMPQ	AX, CX
    3c        00060 (recover_index_oob.go:30)	JHI	83
    3e        00062 (recover_index_oob.go:30)	MOVQ	main..autotmp_5+16(SP), CX
    43        00067 (recover_index_oob.go:30)	CMPQ	AX, CX
    46        00070 (recover_index_oob.go:30)	JCS	78
    48        00072 (recover_index_oob.go:30)	ADDQ	$24, SP
    4c        00076 (recover_index_oob.go:30)	POPQ	BP
    4d        00077 (recover_index_oob.go:30)	RET
    4e        00078 (recover_index_oob.go:30)	PCDATA	$4, $138
    4e        00078 (recover_index_oob.go:30)	CALL	runtime.panicBounds(SB)
    53        00083 (recover_index_oob.go:30)	PCDATA	$4, $1216
    53        00083 (recover_index_oob.go:30)	CALL	runtime.panicBounds(SB)
    58        00088 (recover_index_oob.go:30)	XCHGL	AX, AX
    59        00089 (recover_index_oob.go:30)	NOP
    59        00089 (recover_index_oob.go:30)	PCDATA	$1, $-1
    59        00089 (recover_index_oob.go:30)	PCDATA	$0, $-2
    59        00089 (recover_index_oob.go:30)	CALL	runtime.morestack(SB)
    5e        00094 (recover_index_oob.go:30)	PCDATA	$0, $-1
    5e        00094 (recover_index_oob.go:30)	NOP
    60        00096 (recover_index_oob.go:30)	JMP	0
    62 done
wrote 3 bytes to 0x0
 00 62 00
funcpctab main.main.func7 [valfunc=pctoinline]
     0     -1 00000 (recover_index_oob.go:29)	TEXT	main.main.func7(SB), NEEDCTXT|ABIInternal, $24-0
     0        00000 (recover_index_oob.go:29)	TEXT	main.main.func7(SB), NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (recover_index_oob.go:29)	CMPQ	SP, 16(R14)
     4        00004 (recover_index_oob.go:29)	PCDATA	$0, $-2
     4        00004 (recover_index_oob.go:29)	JLS	75
     6        00006 (recover_index_oob.go:29)	PCDATA	$0, $-1
     6        00006 (recover_index_oob.go:29)	PUSHQ	BP
     7        00007 (recover_index_oob.go:29)	MOVQ	SP, BP
     a        00010 (recover_index_oob.go:29)	SUBQ	$16, SP
     e        00014 (recover_index_oob.go:29)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_index_oob.go:29)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_index_oob.go:29)	MOVQ	24(DX), CX
    12        00018 (recover_index_oob.go:29)	MOVQ	CX, main.s.cap+8(SP)
    17        00023 (recover_index_oob.go:29)	MOVL	$9, AX
    1c        00028 (recover_index_oob.go:29)	PCDATA	$1, $0
    1c        00028 (recover_index_oob.go:29)	NOP
    20        00032 (recover_index_oob.go:29)	CALL	main.idx(SB)
    25        00037 (recover_index_oob.go:29)	MOVQ	main.s.cap+8(SP), CX
    2a        00042 (recover_index_oob.go:29)	CMPQ	AX, CX
    2d        00045 (recover_index_oob.go:29)	JHI	69
    2f        00047 (recover_index_oob.go:29)	CMPQ	AX, $1
    33        00051 (recover_index_oob.go:29)	JCS	59
    35        00053 (recover_index_oob.go:29)	ADDQ	$16, SP
    39        00057 (recover_index_oob.go:29)	POPQ	BP
    3a        00058 (recover_index_oob.go:29)	RET
    3b        00059 (recover_index_oob.go:29)	PCDATA	$4, $42
    3b        00059 (recover_index_oob.go:29)	NOP
    40        00064 (recover_index_oob.go:29)	CALL	runtime.panicBounds(SB)
    45        00069 (recover_index_oob.go:29)	PCDATA	$4, $1220
    45        00069 (recover_index_oob.go:29)	CALL	runtime.panicBounds(SB)
    4a        00074 (recover_index_oob.go:29)	XCHGL	AX, AX
    4b        00075 (recover_index_oob.go:29)	NOP
    4b        00075 (recover_index_oob.go:29)	PCDATA	$1, $-1
    4b        00075 (recover_index_oob.go:29)	PCDATA	$0, $-2
    4b        00075 (recover_index_oob.go:29)	CALL	runtime.morestack(SB)
    50        00080 (recover_index_oob.go:29)	PCDATA	$0, $-1
    50        00080 (recover_index_oob.go:29)	JMP	0
    52 done
wrote 3 bytes to 0x0
 00 52 00
funcpctab main.main.func6 [valfunc=pctoinline]
     0     -1 00000 (recover_index_oob.go:28)	TEXT	main.main.func6(SB), NEEDCTXT|ABIInternal, $32-0
     0        00000 (recover_index_oob.go:28)	TEXT	main.main.func6(SB), NEEDCTXT|ABIInternal, $32-0
     0     -1 00000 (recover_index_oob.go:28)	CMPQ	SP, 16(R14)
     4        00004 (recover_index_oob.go:28)	PCDATA	$0, $-2
     4        00004 (recover_index_oob.go:28)	JLS	89
     6        00006 (recover_index_oob.go:28)	PCDATA	$0, $-1
     6        00006 (recover_index_oob.go:28)	PUSHQ	BP
     7        00007 (recover_index_oob.go:28)	MOVQ	SP, BP
     a        00010 (recover_index_oob.go:28)	SUBQ	$24, SP
     e        00014 (recover_index_oob.go:28)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_index_oob.go:28)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_index_oob.go:28)	MOVQ	24(DX), CX
    12        00018 (recover_index_oob.go:28)	MOVQ	CX, main.s.cap+8(SP)
    17        00023 (recover_index_oob.go:28)	MOVL	$2, AX
    1c        00028 (recover_index_oob.go:28)	PCDATA	$1, $0
    1c        00028 (recover_index_oob.go:28)	NOP
    20        00032 (recover_index_oob.go:28)	CALL	main.idx(SB)
    25        00037 (recover_index_oob.go:28)	MOVQ	AX, main..autotmp_6+16(SP)
    2a        00042 (recover_index_oob.go:28)	MOVL	$1, AX
    2f        00047 (recover_index_oob.go:28)	CALL	main.idx(SB)
    34        00052 (recover_index_oob.go:28)	MOVQ	main.s.cap+8(SP), CX
    39        00057 (recover_index_oob.go:28)	CMPQ	AX, CX
    3c        00060 (recover_index_oob.go:28)	JHI	83
    3e        00062 (recover_index_oob.go:28)	MOVQ	main..autotmp_6+16(SP), CX
    43        00067 (recover_index_oob.go:28)	CMPQ	AX, CX
    46        00070 (recover_index_oob.go:28)	JCS	78
    48        00072 (recover_index_oob.go:28)	ADDQ	$24, SP
    4c        00076 (recover_index_oob.go:28)	POPQ	BP
    4d        00077 (recover_index_oob.go:28)	RET
    4e        00078 (recover_index_oob.go:28)	PCDATA	$4, $138
    4e        00078 (recover_index_oob.go:28)	CALL	runtime.panicBounds(SB)
    53        00083 (recover_index_oob.go:28)	PCDATA	$4, $1217
    53        00083 (recover_index_oob.go:28)	CALL	runtime.panicBounds(SB)
    58        00088 (recover_index_oob.go:28)	XCHGL	AX, AX
    59        00089 (recover_index_oob.go:28)	NOP
    59        00089 (recover_index_oob.go:28)	PCDATA	$1, $-1
    59        00089 (recover_index_oob.go:28)	PCDATA	$0, $-2
    59        00089 (recover_index_oob.go:28)	CALL	runtime.morestack(SB)
    5e        00094 (recover_index_oob.go:28)	PCDATA	$0, $-1
    5e        00094 (recover_index_oob.go:28)	NOP
    60        00096 (recover_index_oob.go:28)	JMP	0
    62 done
wrote 3 bytes to 0x0
 00 62 00
funcpctab main.main.func5 [valfunc=pctoinline]
     0     -1 00000 (recover_index_oob.go:27)	TEXT	main.main.func5(SB), NEEDCTXT|ABIInternal, $24-0
     0        00000 (recover_index_oob.go:27)	TEXT	main.main.func5(SB), NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (recover_index_oob.go:27)	CMPQ	SP, 16(R14)
     4        00004 (recover_index_oob.go:27)	PCDATA	$0, $-2
     4        00004 (recover_index_oob.go:27)	JLS	59
     6        00006 (recover_index_oob.go:27)	PCDATA	$0, $-1
     6        00006 (recover_index_oob.go:27)	PUSHQ	BP
     7        00007 (recover_index_oob.go:27)	MOVQ	SP, BP
     a        00010 (recover_index_oob.go:27)	SUBQ	$16, SP
     e        00014 (recover_index_oob.go:27)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_index_oob.go:27)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_index_oob.go:27)	MOVQ	24(DX), CX
    12        00018 (recover_index_oob.go:27)	MOVQ	CX, main.s.cap+8(SP)
    17        00023 (recover_index_oob.go:27)	MOVL	$4, AX
    1c        00028 (recover_index_oob.go:27)	PCDATA	$1, $0
    1c        00028 (recover_index_oob.go:27)	NOP
    20        00032 (recover_index_oob.go:27)	CALL	main.idx(SB)
    25        00037 (recover_index_oob.go:27)	MOVQ	main.s.cap+8(SP), CX
    2a        00042 (recover_index_oob.go:27)	CMPQ	AX, CX
    2d        00045 (recover_index_oob.go:27)	JHI	53
    2f        00047 (recover_index_oob.go:27)	ADDQ	$16, SP
    33        00051 (recover_index_oob.go:27)	POPQ	BP
    34        00052 (recover_index_oob.go:27)	RET
    35        00053 (recover_index_oob.go:27)	PCDATA	$4, $1217
    35        00053 (recover_index_oob.go:27)	CALL	runtime.panicBounds(SB)
    3a        00058 (recover_index_oob.go:27)	XCHGL	AX, AX
    3b        00059 (recover_index_oob.go:27)	NOP
    3b        00059 (recover_index_oob.go:27)	PCDATA	$1, $-1
    3b        00059 (recover_index_oob.go:27)	PCDATA	$0, $-2
    3b        00059 (recover_index_oob.go:27)	NOP
    40        00064 (recover_index_oob.go:27)	CALL	runtime.morestack(SB)
    45        00069 (recover_index_oob.go:27)	PCDATA	$0, $-1
    45        00069 (recover_index_oob.go:27)	JMP	0
    47 done
wrote 3 bytes to 0x0
 00 47 00
funcpctab main.main.func4 [valfunc=pctoinline]
     0     -1 00000 (recover_index_oob.go:26)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $24-0
     0        00000 (recover_index_oob.go:26)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (recover_index_oob.go:26)	CMPQ	SP, 16(R14)
     4        00004 (recover_index_oob.go:26)	PCDATA	$0, $-2
     4        00004 (recover_index_oob.go:26)	JLS	59
     6        00006 (recover_index_oob.go:26)	PCDATA	$0, $-1
     6        00006 (recover_index_oob.go:26)	PUSHQ	BP
     7        00007 (recover_index_oob.go:26)	MOVQ	SP, BP
     a        00010 (recover_index_oob.go:26)	SUBQ	$16, SP
     e        00014 (recover_index_oob.go:26)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_index_oob.go:26)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_index_oob.go:26)	MOVQ	16(DX), CX
    12        00018 (recover_index_oob.go:26)	MOVQ	CX, main.str.len+8(SP)
    17        00023 (recover_index_oob.go:26)	MOVL	$10, AX
    1c        00028 (recover_index_oob.go:26)	PCDATA	$1, $0
    1c        00028 (recover_index_oob.go:26)	NOP
    20        00032 (recover_index_oob.go:26)	CALL	main.idx(SB)
    25        00037 (recover_index_oob.go:26)	MOVQ	main.str.len+8(SP), CX
    2a        00042 (recover_index_oob.go:26)	CMPQ	AX, CX
    2d        00045 (recover_index_oob.go:26)	JCC	53
    2f        00047 (recover_index_oob.go:26)	ADDQ	$16, SP
    33        00051 (recover_index_oob.go:26)	POPQ	BP
    34        00052 (recover_index_oob.go:26)	RET
    35        00053 (recover_index_oob.go:26)	PCDATA	$4, $1215
    35        00053 (recover_index_oob.go:26)	CALL	runtime.panicBounds(SB)
    3a        00058 (recover_index_oob.go:26)	XCHGL	AX, AX
    3b        00059 (recover_index_oob.go:26)	NOP
    3b        00059 (recover_index_oob.go:26)	PCDATA	$1, $-1
    3b        00059 (recover_index_oob.go:26)	PCDATA	$0, $-2
    3b        00059 (recover_index_oob.go:26)	NOP
    40        00064 (recover_index_oob.go:26)	CALL	runtime.morestack(SB)
    45        00069 (recover_index_oob.go:26)	PCDATA	$0, $-1
    45        00069 (recover_index_oob.go:26)	JMP	0
    47 done
wrote 3 bytes to 0x0
 00 47 00
funcpctab main.main.func3 [valfunc=pctoinline]
     0     -1 00000 (recover_index_oob.go:25)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $24-0
     0        00000 (recover_index_oob.go:25)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (recover_index_oob.go:25)	CMPQ	SP, 16(R14)
     4        00004 (recover_index_oob.go:25)	PCDATA	$0, $-2
     4        00004 (recover_index_oob.go:25)	JLS	70
     6        00006 (recover_index_oob.go:25)	PCDATA	$0, $-1
     6        00006 (recover_index_oob.go:25)	PUSHQ	BP
     7        00007 (recover_index_oob.go:25)	MOVQ	SP, BP
     a        00010 (recover_index_oob.go:25)	SUBQ	$16, SP
     e        00014 (recover_index_oob.go:25)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (recover_index_oob.go:25)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (recover_index_oob.go:25)	MOVQ	8(DX), CX
    12        00018 (recover_index_oob.go:25)	MOVQ	CX, main.&a+8(SP)
    17        00023 (recover_index_oob.go:25)	MOVL	$4, AX
    1c        00028 (recover_index_oob.go:25)	PCDATA	$1, $1
    1c        00028 (recover_index_oob.go:25)	NOP
    20        00032 (recover_index_oob.go:25)	CALL	main.idx(SB)
    25        00037 (recover_index_oob.go:25)	CMPQ	AX, $4
    29        00041 (recover_index_oob.go:25)	JCC	62
    2b        00043 (recover_index_oob.go:25)	MOVQ	main.&a+8(SP), CX
    30        00048 (recover_index_oob.go:25)	MOVQ	$1, (CX)(AX*8)
    38        00056 (recover_index_oob.go:25)	ADDQ	$16, SP
    3c        00060 (recover_index_oob.go:25)	POPQ	BP
    3d        00061 (recover_index_oob.go:25)	RET
    3e        00062 (recover_index_oob.go:25)	PCDATA	$1, $0
    3e        00062 (recover_index_oob.go:25)	PCDATA	$4, $4653
    3e        00062 (recover_index_oob.go:25)	NOP
    40        00064 (recover_index_oob.go:25)	CALL	runtime.panicBounds(SB)
    45        00069 (recover_index_oob.go:25)	XCHGL	AX, AX
    46        00070 (recover_index_oob.go:25)	NOP
    46        00070 (recover_index_oob.go:25)	PCDATA	$1, $-1
    46        00070 (recover_index_oob.go:25)	PCDATA	$0, $-2
    46        00070 (recover_index_oob.go:25)	CALL	runtime.morestack(SB)
    4b        00075 (recover_index_oob.go:25)	PCDATA	$0, $-1
    4b        00075 (recover_index_oob.go:25)	JMP	0
    4d done
wrote 3 bytes to 0x0
 00 4d 00
funcpctab main.main.func2 [valfunc=pctoinline]
     0     -1 00000 (recover_index_oob.go:24)	TEXT	main.main.func2(SB), NEEDCTXT|ABIInternal, $24-0
     0        00000 (recover_index_oob.go:24)	TEXT	main.main.func2(SB), NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (recover_index_oob.go:24)	CMPQ	SP, 16(R14)
     4        00004 (recover_index_oob.go:24)	PCDATA	$0, $-2
     4        00004 (recover_index_oob.go:24)	JLS	59
     6        00006 (recover_index_oob.go:24)	PCDATA	$0, $-1
     6        00006 (recover_index_oob.go:24)	PUSHQ	BP
     7        00007 (recover_index_oob.go:24)	MOVQ	SP, BP
     a        00010 (recover_index_oob.go:24)	SUBQ	$16, SP
     e        00014 (recover_index_oob.go:24)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_index_oob.go:24)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_index_oob.go:24)	MOVQ	16(DX), CX
    12        00018 (recover_index_oob.go:24)	MOVQ	CX, main.s.len+8(SP)
    17        00023 (recover_index_oob.go:24)	MOVQ	$-1, AX
    1e        00030 (recover_index_oob.go:24)	PCDATA	$1, $0
    1e        00030 (recover_index_oob.go:24)	NOP
    20        00032 (recover_index_oob.go:24)	CALL	main.idx(SB)
    25        00037 (recover_index_oob.go:24)	MOVQ	main.s.len+8(SP), CX
    2a        00042 (recover_index_oob.go:24)	CMPQ	AX, CX
    2d        00045 (recover_index_oob.go:24)	JCC	53
    2f        00047 (recover_index_oob.go:24)	ADDQ	$16, SP
    33        00051 (recover_index_oob.go:24)	POPQ	BP
    34        00052 (recover_index_oob.go:24)	RET
    35        00053 (recover_index_oob.go:24)	PCDATA	$4, $1215
    35        00053 (recover_index_oob.go:24)	CALL	runtime.panicBounds(SB)
    3a        00058 (recover_index_oob.go:24)	XCHGL	AX, AX
    3b        00059 (recover_index_oob.go:24)	NOP
    3b        00059 (recover_index_oob.go:24)	PCDATA	$1, $-1
    3b        00059 (recover_index_oob.go:24)	PCDATA	$0, $-2
    3b        00059 (recover_index_oob.go:24)	NOP
    40        00064 (recover_index_oob.go:24)	CALL	runtime.morestack(SB)
    45        00069 (recover_index_oob.go:24)	PCDATA	$0, $-1
    45        00069 (recover_index_oob.go:24)	JMP	0
    47 done
wrote 3 bytes to 0x0
 00 47 00
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (recover_index_oob.go:23)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $24-0
     0        00000 (recover_index_oob.go:23)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $24-0
     0     -1 00000 (recover_index_oob.go:23)	CMPQ	SP, 16(R14)
     4        00004 (recover_index_oob.go:23)	PCDATA	$0, $-2
     4        00004 (recover_index_oob.go:23)	JLS	59
     6        00006 (recover_index_oob.go:23)	PCDATA	$0, $-1
     6        00006 (recover_index_oob.go:23)	PUSHQ	BP
     7        00007 (recover_index_oob.go:23)	MOVQ	SP, BP
     a        00010 (recover_index_oob.go:23)	SUBQ	$16, SP
     e        00014 (recover_index_oob.go:23)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_index_oob.go:23)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_index_oob.go:23)	MOVQ	16(DX), CX
    12        00018 (recover_index_oob.go:23)	MOVQ	CX, main.s.len+8(SP)
    17        00023 (recover_index_oob.go:23)	MOVL	$5, AX
    1c        00028 (recover_index_oob.go:23)	PCDATA	$1, $0
    1c        00028 (recover_index_oob.go:23)	NOP
    20        00032 (recover_index_oob.go:23)	CALL	main.idx(SB)
    25        00037 (recover_index_oob.go:23)	MOVQ	main.s.len+8(SP), CX
    2a        00042 (recover_index_oob.go:23)	CMPQ	AX, CX
    2d        00045 (recover_index_oob.go:23)	JCC	53
    2f        00047 (recover_index_oob.go:23)	ADDQ	$16, SP
    33        00051 (recover_index_oob.go:23)	POPQ	BP
    34        00052 (recover_index_oob.go:23)	RET
    35        00053 (recover_index_oob.go:23)	PCDATA	$4, $1215
    35        00053 (recover_index_oob.go:23)	CALL	runtime.panicBounds(SB)
    3a        00058 (recover_index_oob.go:23)	XCHGL	AX, AX
    3b        00059 (recover_index_oob.go:23)	NOP
    3b        00059 (recover_index_oob.go:23)	PCDATA	$1, $-1
    3b        00059 (recover_index_oob.go:23)	PCDATA	$0, $-2
    3b        00059 (recover_index_oob.go:23)	NOP
    40        00064 (recover_index_oob.go:23)	CALL	runtime.morestack(SB)
    45        00069 (recover_index_oob.go:23)	PCDATA	$0, $-1
    45        00069 (recover_index_oob.go:23)	JMP	0
    47 done
wrote 3 bytes to 0x0
 00 47 00
funcpctab main.try [valfunc=pctoinline]
     0     -1 00000 (recover_index_oob.go:6)	TEXT	main.try(SB), ABIInternal, $64-24
     0        00000 (recover_index_oob.go:6)	TEXT	main.try(SB), ABIInternal, $64-24
     0     -1 00000 (recover_index_oob.go:6)	CMPQ	SP, 16(R14)
     4        00004 (recover_index_oob.go:6)	PCDATA	$0, $-2
     4        00004 (recover_index_oob.go:6)	JLS	159
     a        00010 (recover_index_oob.go:6)	PCDATA	$0, $-1
     a        00010 (recover_index_oob.go:6)	PUSHQ	BP
     b        00011 (recover_index_oob.go:6)	MOVQ	SP, BP
     e        00014 (recover_index_oob.go:6)	SUBQ	$56, SP
    12        00018 (recover_index_oob.go:6)	MOVQ	X15, 48(SP)
    19        00025 (recover_index_oob.go:6)	FUNCDATA	$0, gclocals·QDNDPDj3dRUSzU7zaTc1Bg==(SB)
    19        00025 (recover_index_oob.go:6)	FUNCDATA	$1, gclocals·w7E7A4u13Ua3Tlm6A/av2Q==(SB)
    19        00025 (recover_index_oob.go:6)	FUNCDATA	$2, main.try.stkobj(SB)
    19        00025 (recover_index_oob.go:6)	FUNCDATA	$5, main.try.arginfo1(SB)
    19        00025 (recover_index_oob.go:6)	FUNCDATA	$6, main.try.argliveinfo(SB)
    19        00025 (recover_index_oob.go:6)	FUNCDATA	$4, main.try.opendefer(SB)
    19        00025 (recover_index_oob.go:6)	PCDATA	$3, $1
    19        00025 (recover_index_oob.go:14)	MOVQ	BX, main.label+80(SP)
    1e        00030 (recover_index_oob.go:14)	MOVQ	AX, main.label+72(SP)
    23        00035 (recover_index_oob.go:14)	PCDATA	$3, $2
    23        00035 (recover_index_oob.go:6)	MOVB	$0, main..autotmp_4+23(SP)
    28        00040 (recover_index_oob.go:7)	LEAQ	main.try.func1(SB), SI
    2f        00047 (recover_index_oob.go:7)	MOVQ	SI, main..autotmp_3+24(SP)
    34        00052 (recover_index_oob.go:7)	MOVQ	BX, main..autotmp_3+40(SP)
    39        00057 (recover_index_oob.go:7)	MOVQ	AX, main..autotmp_3+32(SP)
    3e        00062 (recover_index_oob.go:7)	LEAQ	main..autotmp_3+24(SP), AX
    43        00067 (recover_index_oob.go:7)	MOVQ	AX, main..autotmp_5+48(SP)
    48        00072 (recover_index_oob.go:7)	MOVB	$1, main..autotmp_4+23(SP)
    4d        00077 (recover_index_oob.go:12)	MOVQ	(CX), AX
    50        00080 (recover_index_oob.go:12)	MOVQ	CX, DX
    53        00083 (recover_index_oob.go:12)	PCDATA	$1, $1
    53        00083 (recover_index_oob.go:12)	CALL	AX
    55        00085 (recover_index_oob.go:13)	CALL	runtime.printlock(SB)
    5a        00090 (recover_index_oob.go:13)	MOVQ	main.label+72(SP), AX
    5f        00095 (recover_index_oob.go:13)	MOVQ	main.label+80(SP), BX
    64        00100 (recover_index_oob.go:13)	PCDATA	$1, $2
    64        00100 (recover_index_oob.go:13)	CALL	runtime.printstring(SB)
    69        00105 (recover_index_oob.go:13)	LEAQ	go:string." -> ok\n"(SB), AX
    70        00112 (recover_index_oob.go:13)	MOVL	$7, BX
    75        00117 (recover_index_oob.go:13)	CALL	runtime.printstring(SB)
    7a        00122 (recover_index_oob.go:13)	CALL	runtime.printunlock(SB)
    7f        00127 (recover_index_oob.go:14)	MOVB	$0, main..autotmp_4+23(SP)
    84        00132 (recover_index_oob.go:14)	MOVQ	main..autotmp_5+48(SP), DX
    89        00137 (recover_index_oob.go:14)	MOVQ	(DX), AX
    8c        00140 (recover_index_oob.go:14)	CALL	AX
    8e        00142 (recover_index_oob.go:14)	ADDQ	$56, SP
    92        00146 (recover_index_oob.go:14)	POPQ	BP
    93        00147 (recover_index_oob.go:14)	RET
    94        00148 (recover_index_oob.go:14)	CALL	runtime.deferreturn(SB)
    99        00153 (recover_index_oob.go:14)	ADDQ	$56, SP
    9d        00157 (recover_index_oob.go:14)	POPQ	BP
    9e        00158 (recover_index_oob.go:14)	RET
    9f        00159 (recover_index_oob.go:14)	NOP
    9f        00159 (recover_index_oob.go:6)	PCDATA	$1, $-1
    9f        00159 (recover_index_oob.go:6)	PCDATA	$0, $-2
    9f        00159 (recover_index_oob.go:6)	MOVQ	AX, 8(SP)
    a4        00164 (recover_index_oob.go:6)	MOVQ	BX, 16(SP)
    a9        00169 (recover_index_oob.go:6)	MOVQ	CX, 24(SP)
    ae        00174 (recover_index_oob.go:6)	CALL	runtime.morestack_noctxt(SB)
    b3        00179 (recover_index_oob.go:6)	PCDATA	$0, $-1
    b3        00179 (recover_index_oob.go:6)	MOVQ	8(SP), AX
    b8        00184 (recover_index_oob.go:6)	MOVQ	16(SP), BX
    bd        00189 (recover_index_oob.go:6)	MOVQ	24(SP), CX
    c2        00194 (recover_index_oob.go:6)	JMP	0
    c7 done
wrote 4 bytes to 0x0
 00 c7 01 00
funcpctab main.try.func1 [valfunc=pctoinline]
     0     -1 00000 (recover_index_oob.go:7)	TEXT	main.try.func1(SB), NEEDCTXT|ABIInternal, $72-0
     0        00000 (recover_index_oob.go:7)	TEXT	main.try.func1(SB), NEEDCTXT|ABIInternal, $72-0
     0     -1 00000 (recover_index_oob.go:7)	CMPQ	SP, 16(R14)
     4        00004 (recover_index_oob.go:7)	PCDATA	$0, $-2
     4        00004 (recover_index_oob.go:7)	JLS	221
     a        00010 (recover_index_oob.go:7)	PCDATA	$0, $-1
     a        00010 (recover_index_oob.go:7)	PUSHQ	BP
     b        00011 (recover_index_oob.go:7)	MOVQ	SP, BP
     e        00014 (recover_index_oob.go:7)	SUBQ	$64, SP
    12        00018 (recover_index_oob.go:7)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
    12        00018 (recover_index_oob.go:7)	FUNCDATA	$1, gclocals·cvO7BHZ/KlBpSG9rcBZWMg==(SB)
    12        00018 (recover_index_oob.go:7)	MOVQ	8(DX), AX
    16        00022 (recover_index_oob.go:7)	MOVQ	AX, main.label.ptr+48(SP)
    1b        00027 (recover_index_oob.go:7)	MOVQ	16(DX), AX
    1f        00031 (recover_index_oob.go:7)	MOVQ	AX, main.label.len+24(SP)
    24        00036 (recover_index_oob.go:8)	PCDATA	$1, $1
    24        00036 (recover_index_oob.go:8)	CALL	runtime.gorecover(SB)
    29        00041 (recover_index_oob.go:8)	TESTQ	AX, AX
    2c        00044 (recover_index_oob.go:8)	JEQ	61
    2e        00046 (recover_index_oob.go:9)	MOVQ	main..typeAssert.0(SB), CX
    35        00053 (recover_index_oob.go:9)	MOVQ	(CX), DX
    38        00056 (recover_index_oob.go:9)	MOVL	16(AX), SI
    3b        00059 (recover_index_oob.go:9)	JMP	67
    3d        00061 (recover_index_oob.go:11)	ADDQ	$64, SP
    41        00065 (recover_index_oob.go:11)	POPQ	BP
    42        00066 (recover_index_oob.go:11)	RET
    43        00067 (recover_index_oob.go:9)	MOVQ	SI, DI
    46        00070 (recover_index_oob.go:9)	ANDQ	DX, SI
    49        00073 (recover_index_oob.go:9)	SHLQ	$4, SI
    4d        00077 (recover_index_oob.go:9)	MOVQ	8(SI)(CX*1), R8
    52        00082 (recover_index_oob.go:9)	CMPQ	AX, R8
    55        00085 (recover_index_oob.go:9)	JEQ	130
    57        00087 (recover_index_oob.go:9)	LEAQ	1(DI), SI
    5b        00091 (recover_index_oob.go:9)	NOP
    60        00096 (recover_index_oob.go:9)	TESTQ	R8, R8
    63        00099 (recover_index_oob.go:9)	JNE	67
    65        00101 (recover_index_oob.go:8)	MOVQ	BX, main.r.data+40(SP)
    6a        00106 (recover_index_oob.go:9)	MOVQ	AX, BX
    6d        00109 (recover_index_oob.go:9)	LEAQ	main..typeAssert.0(SB), AX
    74        00116 (recover_index_oob.go:9)	PCDATA	$1, $2
    74        00116 (recover_index_oob.go:9)	CALL	runtime.typeAssert(SB)
    79        00121 (recover_index_oob.go:9)	MOVQ	main.r.data+40(SP), BX
    7e        00126 (recover_index_oob.go:9)	NOP
    80        00128 (recover_index_oob.go:9)	JMP	135
    82        00130 (recover_index_oob.go:9)	MOVQ	16(SI)(CX*1), AX
    87        00135 (recover_index_oob.go:9)	MOVQ	24(AX), CX
    8b        00139 (recover_index_oob.go:9)	MOVQ	BX, AX
    8e        00142 (recover_index_oob.go:9)	PCDATA	$1, $1
    8e        00142 (recover_index_oob.go:9)	CALL	CX
    90        00144 (recover_index_oob.go:9)	MOVQ	AX, main..autotmp_8+56(SP)
    95        00149 (recover_index_oob.go:9)	MOVQ	BX, main..autotmp_9+32(SP)
    9a        00154 (recover_index_oob.go:9)	PCDATA	$1, $3
    9a        00154 (recover_index_oob.go:9)	CALL	runtime.printlock(SB)
    9f        00159 (recover_index_oob.go:9)	MOVQ	main.label.ptr+48(SP), AX
    a4        00164 (recover_index_oob.go:9)	MOVQ	main.label.len+24(SP), BX
    a9        00169 (recover_index_oob.go:9)	PCDATA	$1, $4
    a9        00169 (recover_index_oob.go:9)	CALL	runtime.printstring(SB)
    ae        00174 (recover_index_oob.go:9)	LEAQ	go:string." -> "(SB), AX
    b5        00181 (recover_index_oob.go:9)	MOVL	$4, BX
    ba        00186 (recover_index_oob.go:9)	CALL	runtime.printstring(SB)
    bf        00191 (recover_index_oob.go:9)	MOVQ	main..autotmp_8+56(SP), AX
    c4        00196 (recover_index_oob.go:9)	MOVQ	main..autotmp_9+32(SP), BX
    c9        00201 (recover_index_oob.go:9)	PCDATA	$1, $0
    c9        00201 (recover_index_oob.go:9)	CALL	runtime.printstring(SB)
    ce        00206 (recover_index_oob.go:9)	CALL	runtime.printnl(SB)
    d3        00211 (recover_index_oob.go:9)	CALL	runtime.printunlock(SB)
    d8        00216 (recover_index_oob.go:9)	JMP	61
    dd        00221 (recover_index_oob.go:9)	NOP
    dd        00221 (recover_index_oob.go:7)	PCDATA	$1, $-1
    dd        00221 (recover_index_oob.go:7)	PCDATA	$0, $-2
    dd        00221 (recover_index_oob.go:7)	NOP
    e0        00224 (recover_index_oob.go:7)	CALL	runtime.morestack(SB)
    e5        00229 (recover_index_oob.go:7)	PCDATA	$0, $-1
    e5        00229 (recover_index_oob.go:7)	JMP	0
    ea done
wrote 4 bytes to 0x0
 00 ea 01 00
funcpctab main.rtError.Error [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.rtError.Error(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.rtError.Error(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.rtError.Error.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.rtError.Error.argliveinfo(SB)
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
funcpctab main.main.func10 [valfunc=pctoinline]
     0     -1 00000 (recover_index_oob.go:33)	TEXT	main.main.func10(SB), ABIInternal, $32-0
     0        00000 (recover_index_oob.go:33)	TEXT	main.main.func10(SB), ABIInternal, $32-0
     0     -1 00000 (recover_index_oob.go:33)	CMPQ	SP, 16(R14)
     4        00004 (recover_index_oob.go:33)	PCDATA	$0, $-2
     4        00004 (recover_index_oob.go:33)	JLS	62
     6        00006 (recover_index_oob.go:33)	PCDATA	$0, $-1
     6        00006 (recover_index_oob.go:33)	PUSHQ	BP
     7        00007 (recover_index_oob.go:33)	MOVQ	SP, BP
     a        00010 (recover_index_oob.go:33)	SUBQ	$24, SP
     e        00014 (recover_index_oob.go:33)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_index_oob.go:33)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (recover_index_oob.go:33)	MOVQ	$-3, AX
    15        00021 (recover_index_oob.go:33)	PCDATA	$1, $0
    15        00021 (recover_index_oob.go:33)	CALL	main.idx(SB)
    1a        00026 (recover_index_oob.go:33)	NOP
    20        00032 (recover_index_oob.go:33)	CMPQ	AX, $4
    24        00036 (recover_index_oob.go:33)	JLS	56
    26        00038 (recover_index_oob.go:33)	MOVQ	AX, BX
    29        00041 (recover_index_oob.go:33)	MOVQ	BX, CX
    2c        00044 (recover_index_oob.go:33)	LEAQ	type:int(SB), AX
    33        00051 (recover_index_oob.go:33)	CALL	runtime.makeslice(SB)
    38        00056 (recover_index_oob.go:33)	ADDQ	$24, SP
    3c        00060 (recover_index_oob.go:33)	POPQ	BP
    3d        00061 (recover_index_oob.go:33)	RET
    3e        00062 (recover_index_oob.go:33)	NOP
    3e        00062 (recover_index_oob.go:33)	PCDATA	$1, $-1
    3e        00062 (recover_index_oob.go:33)	PCDATA	$0, $-2
    3e        00062 (recover_index_oob.go:33)	NOP
    40        00064 (recover_index_oob.go:33)	CALL	runtime.morestack_noctxt(SB)
    45        00069 (recover_index_oob.go:33)	PCDATA	$0, $-1
    45        00069 (recover_index_oob.go:33)	JMP	0
    47 done
wrote 3 bytes to 0x0
 00 47 00
funcpctab main.idx [valfunc=pctoinline]
     0     -1 00000 (recover_index_oob.go:17)	TEXT	main.idx(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (recover_index_oob.go:17)	TEXT	main.idx(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (recover_index_oob.go:17)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (recover_index_oob.go:17)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (recover_index_oob.go:17)	FUNCDATA	$5, main.idx.arginfo1(SB)
     0        00000 (recover_index_oob.go:17)	FUNCDATA	$6, main.idx.argliveinfo(SB)
     0        00000 (recover_index_oob.go:17)	PCDATA	$3, $1
     0     -1 00000 (recover_index_oob.go:17)	RET
     1 done
wrote 3 bytes to 0x0
 00 01 00
main.try STEXT size=199 align=0x0 args=0x18 locals=0x40 funcid=0x0
	0x0000 00000 (recover_index_oob.go:6)	TEXT	main.try(SB), ABIInternal, $64-24
	0x0000 00000 (recover_index_oob.go:6)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_index_oob.go:6)	PCDATA	$0, $-2
	0x0004 00004 (recover_index_oob.go:6)	JLS	159
	0x000a 00010 (recover_index_oob.go:6)	PCDATA	$0, $-1
	0x000a 00010 (recover_index_oob.go:6)	PUSHQ	BP
	0x000b 00011 (recover_index_oob.go:6)	MOVQ	SP, BP
	0x000e 00014 (recover_index_oob.go:6)	SUBQ	$56, SP
	0x0012 00018 (recover_index_oob.go:6)	MOVQ	X15, 48(SP)
	0x0019 00025 (recover_index_oob.go:6)	FUNCDATA	$0, gclocals·QDNDPDj3dRUSzU7zaTc1Bg==(SB)
	0x0019 00025 (recover_index_oob.go:6)	FUNCDATA	$1, gclocals·w7E7A4u13Ua3Tlm6A/av2Q==(SB)
	0x0019 00025 (recover_index_oob.go:6)	FUNCDATA	$2, main.try.stkobj(SB)
	0x0019 00025 (recover_index_oob.go:6)	FUNCDATA	$5, main.try.arginfo1(SB)
	0x0019 00025 (recover_index_oob.go:6)	FUNCDATA	$6, main.try.argliveinfo(SB)
	0x0019 00025 (recover_index_oob.go:6)	FUNCDATA	$4, main.try.opendefer(SB)
	0x0019 00025 (recover_index_oob.go:6)	PCDATA	$3, $1
	0x0019 00025 (recover_index_oob.go:14)	MOVQ	BX, main.label+80(SP)
	0x001e 00030 (recover_index_oob.go:14)	MOVQ	AX, main.label+72(SP)
	0x0023 00035 (recover_index_oob.go:14)	PCDATA	$3, $2
	0x0023 00035 (recover_index_oob.go:6)	MOVB	$0, main..autotmp_4+23(SP)
	0x0028 00040 (recover_index_oob.go:7)	LEAQ	main.try.func1(SB), SI
	0x002f 00047 (recover_index_oob.go:7)	MOVQ	SI, main..autotmp_3+24(SP)
	0x0034 00052 (recover_index_oob.go:7)	MOVQ	BX, main..autotmp_3+40(SP)
	0x0039 00057 (recover_index_oob.go:7)	MOVQ	AX, main..autotmp_3+32(SP)
	0x003e 00062 (recover_index_oob.go:7)	LEAQ	main..autotmp_3+24(SP), AX
	0x0043 00067 (recover_index_oob.go:7)	MOVQ	AX, main..autotmp_5+48(SP)
	0x0048 00072 (recover_index_oob.go:7)	MOVB	$1, main..autotmp_4+23(SP)
	0x004d 00077 (recover_index_oob.go:12)	MOVQ	(CX), AX
	0x0050 00080 (recover_index_oob.go:12)	MOVQ	CX, DX
	0x0053 00083 (recover_index_oob.go:12)	PCDATA	$1, $1
	0x0053 00083 (recover_index_oob.go:12)	CALL	AX
	0x0055 00085 (recover_index_oob.go:13)	CALL	runtime.printlock(SB)
	0x005a 00090 (recover_index_oob.go:13)	MOVQ	main.label+72(SP), AX
	0x005f 00095 (recover_index_oob.go:13)	MOVQ	main.label+80(SP), BX
	0x0064 00100 (recover_index_oob.go:13)	PCDATA	$1, $2
	0x0064 00100 (recover_index_oob.go:13)	CALL	runtime.printstring(SB)
	0x0069 00105 (recover_index_oob.go:13)	LEAQ	go:string." -> ok\n"(SB), AX
	0x0070 00112 (recover_index_oob.go:13)	MOVL	$7, BX
	0x0075 00117 (recover_index_oob.go:13)	CALL	runtime.printstring(SB)
	0x007a 00122 (recover_index_oob.go:13)	CALL	runtime.printunlock(SB)
	0x007f 00127 (recover_index_oob.go:14)	MOVB	$0, main..autotmp_4+23(SP)
	0x0084 00132 (recover_index_oob.go:14)	MOVQ	main..autotmp_5+48(SP), DX
	0x0089 00137 (recover_index_oob.go:14)	MOVQ	(DX), AX
	0x008c 00140 (recover_index_oob.go:14)	CALL	AX
	0x008e 00142 (recover_index_oob.go:14)	ADDQ	$56, SP
	0x0092 00146 (recover_index_oob.go:14)	POPQ	BP
	0x0093 00147 (recover_index_oob.go:14)	RET
	0x0094 00148 (recover_index_oob.go:14)	CALL	runtime.deferreturn(SB)
	0x0099 00153 (recover_index_oob.go:14)	ADDQ	$56, SP
	0x009d 00157 (recover_index_oob.go:14)	POPQ	BP
	0x009e 00158 (recover_index_oob.go:14)	RET
	0x009f 00159 (recover_index_oob.go:14)	NOP
	0x009f 00159 (recover_index_oob.go:6)	PCDATA	$1, $-1
	0x009f 00159 (recover_index_oob.go:6)	PCDATA	$0, $-2
	0x009f 00159 (recover_index_oob.go:6)	MOVQ	AX, 8(SP)
	0x00a4 00164 (recover_index_oob.go:6)	MOVQ	BX, 16(SP)
	0x00a9 00169 (recover_index_oob.go:6)	MOVQ	CX, 24(SP)
	0x00ae 00174 (recover_index_oob.go:6)	CALL	runtime.morestack_noctxt(SB)
	0x00b3 00179 (recover_index_oob.go:6)	PCDATA	$0, $-1
	0x00b3 00179 (recover_index_oob.go:6)	MOVQ	8(SP), AX
	0x00b8 00184 (recover_index_oob.go:6)	MOVQ	16(SP), BX
	0x00bd 00189 (recover_index_oob.go:6)	MOVQ	24(SP), CX
	0x00c2 00194 (recover_index_oob.go:6)	JMP	0
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
	0x0000 00000 (recover_index_oob.go:7)	TEXT	main.try.func1(SB), NEEDCTXT|ABIInternal, $72-0
	0x0000 00000 (recover_index_oob.go:7)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_index_oob.go:7)	PCDATA	$0, $-2
	0x0004 00004 (recover_index_oob.go:7)	JLS	221
	0x000a 00010 (recover_index_oob.go:7)	PCDATA	$0, $-1
	0x000a 00010 (recover_index_oob.go:7)	PUSHQ	BP
	0x000b 00011 (recover_index_oob.go:7)	MOVQ	SP, BP
	0x000e 00014 (recover_index_oob.go:7)	SUBQ	$64, SP
	0x0012 00018 (recover_index_oob.go:7)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
	0x0012 00018 (recover_index_oob.go:7)	FUNCDATA	$1, gclocals·cvO7BHZ/KlBpSG9rcBZWMg==(SB)
	0x0012 00018 (recover_index_oob.go:7)	MOVQ	8(DX), AX
	0x0016 00022 (recover_index_oob.go:7)	MOVQ	AX, main.label.ptr+48(SP)
	0x001b 00027 (recover_index_oob.go:7)	MOVQ	16(DX), AX
	0x001f 00031 (recover_index_oob.go:7)	MOVQ	AX, main.label.len+24(SP)
	0x0024 00036 (recover_index_oob.go:8)	PCDATA	$1, $1
	0x0024 00036 (recover_index_oob.go:8)	CALL	runtime.gorecover(SB)
	0x0029 00041 (recover_index_oob.go:8)	TESTQ	AX, AX
	0x002c 00044 (recover_index_oob.go:8)	JEQ	61
	0x002e 00046 (recover_index_oob.go:9)	MOVQ	main..typeAssert.0(SB), CX
	0x0035 00053 (recover_index_oob.go:9)	MOVQ	(CX), DX
	0x0038 00056 (recover_index_oob.go:9)	MOVL	16(AX), SI
	0x003b 00059 (recover_index_oob.go:9)	JMP	67
	0x003d 00061 (recover_index_oob.go:11)	ADDQ	$64, SP
	0x0041 00065 (recover_index_oob.go:11)	POPQ	BP
	0x0042 00066 (recover_index_oob.go:11)	RET
	0x0043 00067 (recover_index_oob.go:9)	MOVQ	SI, DI
	0x0046 00070 (recover_index_oob.go:9)	ANDQ	DX, SI
	0x0049 00073 (recover_index_oob.go:9)	SHLQ	$4, SI
	0x004d 00077 (recover_index_oob.go:9)	MOVQ	8(SI)(CX*1), R8
	0x0052 00082 (recover_index_oob.go:9)	CMPQ	AX, R8
	0x0055 00085 (recover_index_oob.go:9)	JEQ	130
	0x0057 00087 (recover_index_oob.go:9)	LEAQ	1(DI), SI
	0x005b 00091 (recover_index_oob.go:9)	NOP
	0x0060 00096 (recover_index_oob.go:9)	TESTQ	R8, R8
	0x0063 00099 (recover_index_oob.go:9)	JNE	67
	0x0065 00101 (recover_index_oob.go:8)	MOVQ	BX, main.r.data+40(SP)
	0x006a 00106 (recover_index_oob.go:9)	MOVQ	AX, BX
	0x006d 00109 (recover_index_oob.go:9)	LEAQ	main..typeAssert.0(SB), AX
	0x0074 00116 (recover_index_oob.go:9)	PCDATA	$1, $2
	0x0074 00116 (recover_index_oob.go:9)	CALL	runtime.typeAssert(SB)
	0x0079 00121 (recover_index_oob.go:9)	MOVQ	main.r.data+40(SP), BX
	0x007e 00126 (recover_index_oob.go:9)	NOP
	0x0080 00128 (recover_index_oob.go:9)	JMP	135
	0x0082 00130 (recover_index_oob.go:9)	MOVQ	16(SI)(CX*1), AX
	0x0087 00135 (recover_index_oob.go:9)	MOVQ	24(AX), CX
	0x008b 00139 (recover_index_oob.go:9)	MOVQ	BX, AX
	0x008e 00142 (recover_index_oob.go:9)	PCDATA	$1, $1
	0x008e 00142 (recover_index_oob.go:9)	CALL	CX
	0x0090 00144 (recover_index_oob.go:9)	MOVQ	AX, main..autotmp_8+56(SP)
	0x0095 00149 (recover_index_oob.go:9)	MOVQ	BX, main..autotmp_9+32(SP)
	0x009a 00154 (recover_index_oob.go:9)	PCDATA	$1, $3
	0x009a 00154 (recover_index_oob.go:9)	CALL	runtime.printlock(SB)
	0x009f 00159 (recover_index_oob.go:9)	MOVQ	main.label.ptr+48(SP), AX
	0x00a4 00164 (recover_index_oob.go:9)	MOVQ	main.label.len+24(SP), BX
	0x00a9 00169 (recover_index_oob.go:9)	PCDATA	$1, $4
	0x00a9 00169 (recover_index_oob.go:9)	CALL	runtime.printstring(SB)
	0x00ae 00174 (recover_index_oob.go:9)	LEAQ	go:string." -> "(SB), AX
	0x00b5 00181 (recover_index_oob.go:9)	MOVL	$4, BX
	0x00ba 00186 (recover_index_oob.go:9)	CALL	runtime.printstring(SB)
	0x00bf 00191 (recover_index_oob.go:9)	MOVQ	main..autotmp_8+56(SP), AX
	0x00c4 00196 (recover_index_oob.go:9)	MOVQ	main..autotmp_9+32(SP), BX
	0x00c9 00201 (recover_index_oob.go:9)	PCDATA	$1, $0
	0x00c9 00201 (recover_index_oob.go:9)	CALL	runtime.printstring(SB)
	0x00ce 00206 (recover_index_oob.go:9)	CALL	runtime.printnl(SB)
	0x00d3 00211 (recover_index_oob.go:9)	CALL	runtime.printunlock(SB)
	0x00d8 00216 (recover_index_oob.go:9)	JMP	61
	0x00dd 00221 (recover_index_oob.go:9)	NOP
	0x00dd 00221 (recover_index_oob.go:7)	PCDATA	$1, $-1
	0x00dd 00221 (recover_index_oob.go:7)	PCDATA	$0, $-2
	0x00dd 00221 (recover_index_oob.go:7)	NOP
	0x00e0 00224 (recover_index_oob.go:7)	CALL	runtime.morestack(SB)
	0x00e5 00229 (recover_index_oob.go:7)	PCDATA	$0, $-1
	0x00e5 00229 (recover_index_oob.go:7)	JMP	0
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
	rel 3+0 t=R_USEIFACEMETHOD type:main.rtError+96
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
main.idx STEXT nosplit size=1 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (recover_index_oob.go:17)	TEXT	main.idx(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (recover_index_oob.go:17)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (recover_index_oob.go:17)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (recover_index_oob.go:17)	FUNCDATA	$5, main.idx.arginfo1(SB)
	0x0000 00000 (recover_index_oob.go:17)	FUNCDATA	$6, main.idx.argliveinfo(SB)
	0x0000 00000 (recover_index_oob.go:17)	PCDATA	$3, $1
	0x0000 00000 (recover_index_oob.go:17)	RET
	0x0000 c3                                               .
main.main STEXT size=826 align=0x0 args=0x0 locals=0xb8 funcid=0x0
	0x0000 00000 (recover_index_oob.go:19)	TEXT	main.main(SB), ABIInternal, $184-0
	0x0000 00000 (recover_index_oob.go:19)	LEAQ	-56(SP), R12
	0x0005 00005 (recover_index_oob.go:19)	CMPQ	R12, 16(R14)
	0x0009 00009 (recover_index_oob.go:19)	PCDATA	$0, $-2
	0x0009 00009 (recover_index_oob.go:19)	JLS	816
	0x000f 00015 (recover_index_oob.go:19)	PCDATA	$0, $-1
	0x000f 00015 (recover_index_oob.go:19)	PUSHQ	BP
	0x0010 00016 (recover_index_oob.go:19)	MOVQ	SP, BP
	0x0013 00019 (recover_index_oob.go:19)	SUBQ	$176, SP
	0x001a 00026 (recover_index_oob.go:19)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x001a 00026 (recover_index_oob.go:19)	FUNCDATA	$1, gclocals·W7HDUmjtyPzXecjpikXXxA==(SB)
	0x001a 00026 (recover_index_oob.go:19)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001a 00026 (recover_index_oob.go:20)	MOVQ	$1, main..autotmp_7+56(SP)
	0x0023 00035 (recover_index_oob.go:20)	MOVQ	$2, main..autotmp_7+64(SP)
	0x002c 00044 (recover_index_oob.go:20)	MOVQ	$3, main..autotmp_7+72(SP)
	0x0035 00053 (recover_index_oob.go:21)	LEAQ	main.a+24(SP), DX
	0x003a 00058 (recover_index_oob.go:21)	MOVUPS	X15, (DX)
	0x003e 00062 (recover_index_oob.go:21)	MOVUPS	X15, 16(DX)
	0x0043 00067 (recover_index_oob.go:23)	LEAQ	main.main.func1(SB), DX
	0x004a 00074 (recover_index_oob.go:23)	MOVQ	DX, main..autotmp_3+144(SP)
	0x0052 00082 (recover_index_oob.go:23)	MOVQ	$3, main..autotmp_3+160(SP)
	0x005e 00094 (recover_index_oob.go:23)	MOVQ	$3, main..autotmp_3+168(SP)
	0x006a 00106 (recover_index_oob.go:23)	LEAQ	main..autotmp_7+56(SP), DX
	0x006f 00111 (recover_index_oob.go:23)	MOVQ	DX, main..autotmp_3+152(SP)
	0x0077 00119 (recover_index_oob.go:23)	LEAQ	go:string."slice index"(SB), AX
	0x007e 00126 (recover_index_oob.go:23)	MOVL	$11, BX
	0x0083 00131 (recover_index_oob.go:23)	LEAQ	main..autotmp_3+144(SP), CX
	0x008b 00139 (recover_index_oob.go:23)	PCDATA	$1, $0
	0x008b 00139 (recover_index_oob.go:23)	CALL	main.try(SB)
	0x0090 00144 (recover_index_oob.go:24)	LEAQ	main.main.func2(SB), DX
	0x0097 00151 (recover_index_oob.go:24)	MOVQ	DX, main..autotmp_3+144(SP)
	0x009f 00159 (recover_index_oob.go:24)	MOVQ	$3, main..autotmp_3+160(SP)
	0x00ab 00171 (recover_index_oob.go:24)	MOVQ	$3, main..autotmp_3+168(SP)
	0x00b7 00183 (recover_index_oob.go:24)	LEAQ	main..autotmp_7+56(SP), DX
	0x00bc 00188 (recover_index_oob.go:24)	MOVQ	DX, main..autotmp_3+152(SP)
	0x00c4 00196 (recover_index_oob.go:24)	LEAQ	go:string."slice neg index"(SB), AX
	0x00cb 00203 (recover_index_oob.go:24)	MOVL	$15, BX
	0x00d0 00208 (recover_index_oob.go:24)	LEAQ	main..autotmp_3+144(SP), CX
	0x00d8 00216 (recover_index_oob.go:24)	CALL	main.try(SB)
	0x00dd 00221 (recover_index_oob.go:25)	LEAQ	main.main.func3(SB), DX
	0x00e4 00228 (recover_index_oob.go:25)	MOVQ	DX, main..autotmp_4+128(SP)
	0x00ec 00236 (recover_index_oob.go:25)	LEAQ	main.a+24(SP), DX
	0x00f1 00241 (recover_index_oob.go:25)	MOVQ	DX, main..autotmp_4+136(SP)
	0x00f9 00249 (recover_index_oob.go:25)	LEAQ	go:string."array index"(SB), AX
	0x0100 00256 (recover_index_oob.go:25)	MOVL	$11, BX
	0x0105 00261 (recover_index_oob.go:25)	LEAQ	main..autotmp_4+128(SP), CX
	0x010d 00269 (recover_index_oob.go:25)	CALL	main.try(SB)
	0x0112 00274 (recover_index_oob.go:26)	LEAQ	main.main.func4(SB), DX
	0x0119 00281 (recover_index_oob.go:26)	MOVQ	DX, main..autotmp_5+104(SP)
	0x011e 00286 (recover_index_oob.go:26)	MOVQ	$5, main..autotmp_5+120(SP)
	0x0127 00295 (recover_index_oob.go:26)	LEAQ	go:string."hello"(SB), DX
	0x012e 00302 (recover_index_oob.go:26)	MOVQ	DX, main..autotmp_5+112(SP)
	0x0133 00307 (recover_index_oob.go:26)	LEAQ	go:string."string index"(SB), AX
	0x013a 00314 (recover_index_oob.go:26)	MOVL	$12, BX
	0x013f 00319 (recover_index_oob.go:26)	LEAQ	main..autotmp_5+104(SP), CX
	0x0144 00324 (recover_index_oob.go:26)	CALL	main.try(SB)
	0x0149 00329 (recover_index_oob.go:27)	LEAQ	main.main.func5(SB), DX
	0x0150 00336 (recover_index_oob.go:27)	MOVQ	DX, main..autotmp_3+144(SP)
	0x0158 00344 (recover_index_oob.go:27)	MOVQ	$3, main..autotmp_3+160(SP)
	0x0164 00356 (recover_index_oob.go:27)	MOVQ	$3, main..autotmp_3+168(SP)
	0x0170 00368 (recover_index_oob.go:27)	LEAQ	main..autotmp_7+56(SP), DX
	0x0175 00373 (recover_index_oob.go:27)	MOVQ	DX, main..autotmp_3+152(SP)
	0x017d 00381 (recover_index_oob.go:27)	LEAQ	go:string."slice high"(SB), AX
	0x0184 00388 (recover_index_oob.go:27)	MOVL	$10, BX
	0x0189 00393 (recover_index_oob.go:27)	LEAQ	main..autotmp_3+144(SP), CX
	0x0191 00401 (recover_index_oob.go:27)	CALL	main.try(SB)
	0x0196 00406 (recover_index_oob.go:28)	LEAQ	main.main.func6(SB), DX
	0x019d 00413 (recover_index_oob.go:28)	MOVQ	DX, main..autotmp_3+144(SP)
	0x01a5 00421 (recover_index_oob.go:28)	MOVQ	$3, main..autotmp_3+160(SP)
	0x01b1 00433 (recover_index_oob.go:28)	MOVQ	$3, main..autotmp_3+168(SP)
	0x01bd 00445 (recover_index_oob.go:28)	LEAQ	main..autotmp_7+56(SP), DX
	0x01c2 00450 (recover_index_oob.go:28)	MOVQ	DX, main..autotmp_3+152(SP)
	0x01ca 00458 (recover_index_oob.go:28)	LEAQ	go:string."slice low>high"(SB), AX
	0x01d1 00465 (recover_index_oob.go:28)	MOVL	$14, BX
	0x01d6 00470 (recover_index_oob.go:28)	LEAQ	main..autotmp_3+144(SP), CX
	0x01de 00478 (recover_index_oob.go:28)	NOP
	0x01e0 00480 (recover_index_oob.go:28)	CALL	main.try(SB)
	0x01e5 00485 (recover_index_oob.go:29)	LEAQ	main.main.func7(SB), DX
	0x01ec 00492 (recover_index_oob.go:29)	MOVQ	DX, main..autotmp_3+144(SP)
	0x01f4 00500 (recover_index_oob.go:29)	MOVQ	$3, main..autotmp_3+160(SP)
	0x0200 00512 (recover_index_oob.go:29)	MOVQ	$3, main..autotmp_3+168(SP)
	0x020c 00524 (recover_index_oob.go:29)	LEAQ	main..autotmp_7+56(SP), DX
	0x0211 00529 (recover_index_oob.go:29)	MOVQ	DX, main..autotmp_3+152(SP)
	0x0219 00537 (recover_index_oob.go:29)	LEAQ	go:string."3-index cap"(SB), AX
	0x0220 00544 (recover_index_oob.go:29)	MOVL	$11, BX
	0x0225 00549 (recover_index_oob.go:29)	LEAQ	main..autotmp_3+144(SP), CX
	0x022d 00557 (recover_index_oob.go:29)	CALL	main.try(SB)
	0x0232 00562 (recover_index_oob.go:30)	LEAQ	main.main.func8(SB), DX
	0x0239 00569 (recover_index_oob.go:30)	MOVQ	DX, main..autotmp_5+104(SP)
	0x023e 00574 (recover_index_oob.go:30)	MOVQ	$5, main..autotmp_5+120(SP)
	0x0247 00583 (recover_index_oob.go:30)	LEAQ	go:string."hello"(SB), DX
	0x024e 00590 (recover_index_oob.go:30)	MOVQ	DX, main..autotmp_5+112(SP)
	0x0253 00595 (recover_index_oob.go:30)	LEAQ	go:string."string slice"(SB), AX
	0x025a 00602 (recover_index_oob.go:30)	MOVL	$12, BX
	0x025f 00607 (recover_index_oob.go:30)	LEAQ	main..autotmp_5+104(SP), CX
	0x0264 00612 (recover_index_oob.go:30)	CALL	main.try(SB)
	0x0269 00617 (recover_index_oob.go:31)	LEAQ	main.main.func9(SB), DX
	0x0270 00624 (recover_index_oob.go:31)	MOVQ	DX, main..autotmp_3+144(SP)
	0x0278 00632 (recover_index_oob.go:31)	MOVQ	$3, main..autotmp_3+160(SP)
	0x0284 00644 (recover_index_oob.go:31)	MOVQ	$3, main..autotmp_3+168(SP)
	0x0290 00656 (recover_index_oob.go:31)	LEAQ	main..autotmp_7+56(SP), DX
	0x0295 00661 (recover_index_oob.go:31)	MOVQ	DX, main..autotmp_3+152(SP)
	0x029d 00669 (recover_index_oob.go:31)	LEAQ	go:string."in range"(SB), AX
	0x02a4 00676 (recover_index_oob.go:31)	MOVL	$8, BX
	0x02a9 00681 (recover_index_oob.go:31)	LEAQ	main..autotmp_3+144(SP), CX
	0x02b1 00689 (recover_index_oob.go:31)	CALL	main.try(SB)
	0x02b6 00694 (recover_index_oob.go:32)	MOVQ	main..autotmp_7+56(SP), DX
	0x02bb 00699 (recover_index_oob.go:32)	MOVQ	DX, main..autotmp_23+96(SP)
	0x02c0 00704 (recover_index_oob.go:32)	MOVQ	main..autotmp_7+64(SP), DX
	0x02c5 00709 (recover_index_oob.go:32)	MOVQ	DX, main..autotmp_24+88(SP)
	0x02ca 00714 (recover_index_oob.go:32)	MOVQ	main..autotmp_7+72(SP), DX
	0x02cf 00719 (recover_index_oob.go:32)	MOVQ	DX, main..autotmp_25+80(SP)
	0x02d4 00724 (recover_index_oob.go:32)	CALL	runtime.printlock(SB)
	0x02d9 00729 (recover_index_oob.go:32)	MOVQ	main..autotmp_23+96(SP), AX
	0x02de 00734 (recover_index_oob.go:32)	NOP
	0x02e0 00736 (recover_index_oob.go:32)	CALL	runtime.printint(SB)
	0x02e5 00741 (recover_index_oob.go:32)	CALL	runtime.printsp(SB)
	0x02ea 00746 (recover_index_oob.go:32)	MOVQ	main..autotmp_24+88(SP), AX
	0x02ef 00751 (recover_index_oob.go:32)	CALL	runtime.printint(SB)
	0x02f4 00756 (recover_index_oob.go:32)	CALL	runtime.printsp(SB)
	0x02f9 00761 (recover_index_oob.go:32)	MOVQ	main..autotmp_25+80(SP), AX
	0x02fe 00766 (recover_index_oob.go:32)	NOP
	0x0300 00768 (recover_index_oob.go:32)	CALL	runtime.printint(SB)
	0x0305 00773 (recover_index_oob.go:32)	CALL	runtime.printnl(SB)
	0x030a 00778 (recover_index_oob.go:32)	CALL	runtime.printunlock(SB)
	0x030f 00783 (recover_index_oob.go:33)	LEAQ	go:string."make negative len"(SB), AX
	0x0316 00790 (recover_index_oob.go:33)	MOVL	$17, BX
	0x031b 00795 (recover_index_oob.go:33)	LEAQ	main.main.func10·f(SB), CX
	0x0322 00802 (recover_index_oob.go:33)	CALL	main.try(SB)
	0x0327 00807 (recover_index_oob.go:34)	ADDQ	$176, SP
	0x032e 00814 (recover_index_oob.go:34)	POPQ	BP
	0x032f 00815 (recover_index_oob.go:34)	RET
	0x0330 00816 (recover_index_oob.go:34)	NOP
	0x0330 00816 (recover_index_oob.go:19)	PCDATA	$1, $-1
	0x0330 00816 (recover_index_oob.go:19)	PCDATA	$0, $-2
	0x0330 00816 (recover_index_oob.go:19)	CALL	runtime.morestack_noctxt(SB)
	0x0335 00821 (recover_index_oob.go:19)	PCDATA	$0, $-1
	0x0335 00821 (recover_index_oob.go:19)	JMP	0
	0x0000 4c 8d 64 24 c8 4d 3b 66 10 0f 86 21 03 00 00 55  L.d$.M;f...!...U
	0x0010 48 89 e5 48 81 ec b0 00 00 00 48 c7 44 24 38 01  H..H......H.D$8.
	0x0020 00 00 00 48 c7 44 24 40 02 00 00 00 48 c7 44 24  ...H.D$@....H.D$
	0x0030 48 03 00 00 00 48 8d 54 24 18 44 0f 11 3a 44 0f  H....H.T$.D..:D.
	0x0040 11 7a 10 48 8d 15 00 00 00 00 48 89 94 24 90 00  .z.H......H..$..
	0x0050 00 00 48 c7 84 24 a0 00 00 00 03 00 00 00 48 c7  ..H..$........H.
	0x0060 84 24 a8 00 00 00 03 00 00 00 48 8d 54 24 38 48  .$........H.T$8H
	0x0070 89 94 24 98 00 00 00 48 8d 05 00 00 00 00 bb 0b  ..$....H........
	0x0080 00 00 00 48 8d 8c 24 90 00 00 00 e8 00 00 00 00  ...H..$.........
	0x0090 48 8d 15 00 00 00 00 48 89 94 24 90 00 00 00 48  H......H..$....H
	0x00a0 c7 84 24 a0 00 00 00 03 00 00 00 48 c7 84 24 a8  ..$........H..$.
	0x00b0 00 00 00 03 00 00 00 48 8d 54 24 38 48 89 94 24  .......H.T$8H..$
	0x00c0 98 00 00 00 48 8d 05 00 00 00 00 bb 0f 00 00 00  ....H...........
	0x00d0 48 8d 8c 24 90 00 00 00 e8 00 00 00 00 48 8d 15  H..$.........H..
	0x00e0 00 00 00 00 48 89 94 24 80 00 00 00 48 8d 54 24  ....H..$....H.T$
	0x00f0 18 48 89 94 24 88 00 00 00 48 8d 05 00 00 00 00  .H..$....H......
	0x0100 bb 0b 00 00 00 48 8d 8c 24 80 00 00 00 e8 00 00  .....H..$.......
	0x0110 00 00 48 8d 15 00 00 00 00 48 89 54 24 68 48 c7  ..H......H.T$hH.
	0x0120 44 24 78 05 00 00 00 48 8d 15 00 00 00 00 48 89  D$x....H......H.
	0x0130 54 24 70 48 8d 05 00 00 00 00 bb 0c 00 00 00 48  T$pH...........H
	0x0140 8d 4c 24 68 e8 00 00 00 00 48 8d 15 00 00 00 00  .L$h.....H......
	0x0150 48 89 94 24 90 00 00 00 48 c7 84 24 a0 00 00 00  H..$....H..$....
	0x0160 03 00 00 00 48 c7 84 24 a8 00 00 00 03 00 00 00  ....H..$........
	0x0170 48 8d 54 24 38 48 89 94 24 98 00 00 00 48 8d 05  H.T$8H..$....H..
	0x0180 00 00 00 00 bb 0a 00 00 00 48 8d 8c 24 90 00 00  .........H..$...
	0x0190 00 e8 00 00 00 00 48 8d 15 00 00 00 00 48 89 94  ......H......H..
	0x01a0 24 90 00 00 00 48 c7 84 24 a0 00 00 00 03 00 00  $....H..$.......
	0x01b0 00 48 c7 84 24 a8 00 00 00 03 00 00 00 48 8d 54  .H..$........H.T
	0x01c0 24 38 48 89 94 24 98 00 00 00 48 8d 05 00 00 00  $8H..$....H.....
	0x01d0 00 bb 0e 00 00 00 48 8d 8c 24 90 00 00 00 66 90  ......H..$....f.
	0x01e0 e8 00 00 00 00 48 8d 15 00 00 00 00 48 89 94 24  .....H......H..$
	0x01f0 90 00 00 00 48 c7 84 24 a0 00 00 00 03 00 00 00  ....H..$........
	0x0200 48 c7 84 24 a8 00 00 00 03 00 00 00 48 8d 54 24  H..$........H.T$
	0x0210 38 48 89 94 24 98 00 00 00 48 8d 05 00 00 00 00  8H..$....H......
	0x0220 bb 0b 00 00 00 48 8d 8c 24 90 00 00 00 e8 00 00  .....H..$.......
	0x0230 00 00 48 8d 15 00 00 00 00 48 89 54 24 68 48 c7  ..H......H.T$hH.
	0x0240 44 24 78 05 00 00 00 48 8d 15 00 00 00 00 48 89  D$x....H......H.
	0x0250 54 24 70 48 8d 05 00 00 00 00 bb 0c 00 00 00 48  T$pH...........H
	0x0260 8d 4c 24 68 e8 00 00 00 00 48 8d 15 00 00 00 00  .L$h.....H......
	0x0270 48 89 94 24 90 00 00 00 48 c7 84 24 a0 00 00 00  H..$....H..$....
	0x0280 03 00 00 00 48 c7 84 24 a8 00 00 00 03 00 00 00  ....H..$........
	0x0290 48 8d 54 24 38 48 89 94 24 98 00 00 00 48 8d 05  H.T$8H..$....H..
	0x02a0 00 00 00 00 bb 08 00 00 00 48 8d 8c 24 90 00 00  .........H..$...
	0x02b0 00 e8 00 00 00 00 48 8b 54 24 38 48 89 54 24 60  ......H.T$8H.T$`
	0x02c0 48 8b 54 24 40 48 89 54 24 58 48 8b 54 24 48 48  H.T$@H.T$XH.T$HH
	0x02d0 89 54 24 50 e8 00 00 00 00 48 8b 44 24 60 66 90  .T$P.....H.D$`f.
	0x02e0 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 58 e8  ..........H.D$X.
	0x02f0 00 00 00 00 e8 00 00 00 00 48 8b 44 24 50 66 90  .........H.D$Pf.
	0x0300 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0310 8d 05 00 00 00 00 bb 11 00 00 00 48 8d 0d 00 00  ...........H....
	0x0320 00 00 e8 00 00 00 00 48 81 c4 b0 00 00 00 5d c3  .......H......].
	0x0330 e8 00 00 00 00 e9 c6 fc ff ff                    ..........
	rel 70+4 t=R_PCREL main.main.func1+0
	rel 122+4 t=R_PCREL go:string."slice index"+0
	rel 140+4 t=R_CALL main.try+0
	rel 147+4 t=R_PCREL main.main.func2+0
	rel 199+4 t=R_PCREL go:string."slice neg index"+0
	rel 217+4 t=R_CALL main.try+0
	rel 224+4 t=R_PCREL main.main.func3+0
	rel 252+4 t=R_PCREL go:string."array index"+0
	rel 270+4 t=R_CALL main.try+0
	rel 277+4 t=R_PCREL main.main.func4+0
	rel 298+4 t=R_PCREL go:string."hello"+0
	rel 310+4 t=R_PCREL go:string."string index"+0
	rel 325+4 t=R_CALL main.try+0
	rel 332+4 t=R_PCREL main.main.func5+0
	rel 384+4 t=R_PCREL go:string."slice high"+0
	rel 402+4 t=R_CALL main.try+0
	rel 409+4 t=R_PCREL main.main.func6+0
	rel 461+4 t=R_PCREL go:string."slice low>high"+0
	rel 481+4 t=R_CALL main.try+0
	rel 488+4 t=R_PCREL main.main.func7+0
	rel 540+4 t=R_PCREL go:string."3-index cap"+0
	rel 558+4 t=R_CALL main.try+0
	rel 565+4 t=R_PCREL main.main.func8+0
	rel 586+4 t=R_PCREL go:string."hello"+0
	rel 598+4 t=R_PCREL go:string."string slice"+0
	rel 613+4 t=R_CALL main.try+0
	rel 620+4 t=R_PCREL main.main.func9+0
	rel 672+4 t=R_PCREL go:string."in range"+0
	rel 690+4 t=R_CALL main.try+0
	rel 725+4 t=R_CALL runtime.printlock+0
	rel 737+4 t=R_CALL runtime.printint+0
	rel 742+4 t=R_CALL runtime.printsp+0
	rel 752+4 t=R_CALL runtime.printint+0
	rel 757+4 t=R_CALL runtime.printsp+0
	rel 769+4 t=R_CALL runtime.printint+0
	rel 774+4 t=R_CALL runtime.printnl+0
	rel 779+4 t=R_CALL runtime.printunlock+0
	rel 786+4 t=R_PCREL go:string."make negative len"+0
	rel 798+4 t=R_PCREL main.main.func10·f+0
	rel 803+4 t=R_CALL main.try+0
	rel 817+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func9 STEXT size=84 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (recover_index_oob.go:31)	TEXT	main.main.func9(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (recover_index_oob.go:31)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_index_oob.go:31)	PCDATA	$0, $-2
	0x0004 00004 (recover_index_oob.go:31)	JLS	77
	0x0006 00006 (recover_index_oob.go:31)	PCDATA	$0, $-1
	0x0006 00006 (recover_index_oob.go:31)	PUSHQ	BP
	0x0007 00007 (recover_index_oob.go:31)	MOVQ	SP, BP
	0x000a 00010 (recover_index_oob.go:31)	SUBQ	$24, SP
	0x000e 00014 (recover_index_oob.go:31)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (recover_index_oob.go:31)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (recover_index_oob.go:31)	MOVQ	16(DX), CX
	0x0012 00018 (recover_index_oob.go:31)	MOVQ	CX, main.s.len+8(SP)
	0x0017 00023 (recover_index_oob.go:31)	MOVQ	8(DX), CX
	0x001b 00027 (recover_index_oob.go:31)	MOVQ	CX, main.s.ptr+16(SP)
	0x0020 00032 (recover_index_oob.go:31)	MOVL	$2, AX
	0x0025 00037 (recover_index_oob.go:31)	PCDATA	$1, $1
	0x0025 00037 (recover_index_oob.go:31)	CALL	main.idx(SB)
	0x002a 00042 (recover_index_oob.go:31)	MOVQ	main.s.len+8(SP), CX
	0x002f 00047 (recover_index_oob.go:31)	CMPQ	AX, CX
	0x0032 00050 (recover_index_oob.go:31)	JCC	71
	0x0034 00052 (recover_index_oob.go:31)	MOVQ	main.s.ptr+16(SP), CX
	0x0039 00057 (recover_index_oob.go:31)	MOVQ	$30, (CX)(AX*8)
	0x0041 00065 (recover_index_oob.go:31)	ADDQ	$24, SP
	0x0045 00069 (recover_index_oob.go:31)	POPQ	BP
	0x0046 00070 (recover_index_oob.go:31)	RET
	0x0047 00071 (recover_index_oob.go:31)	PCDATA	$1, $0
	0x0047 00071 (recover_index_oob.go:31)	PCDATA	$4, $1215
	0x0047 00071 (recover_index_oob.go:31)	CALL	runtime.panicBounds(SB)
	0x004c 00076 (recover_index_oob.go:31)	XCHGL	AX, AX
	0x004d 00077 (recover_index_oob.go:31)	NOP
	0x004d 00077 (recover_index_oob.go:31)	PCDATA	$1, $-1
	0x004d 00077 (recover_index_oob.go:31)	PCDATA	$0, $-2
	0x004d 00077 (recover_index_oob.go:31)	CALL	runtime.morestack(SB)
	0x0052 00082 (recover_index_oob.go:31)	PCDATA	$0, $-1
	0x0052 00082 (recover_index_oob.go:31)	JMP	0
	0x0000 49 3b 66 10 76 47 55 48 89 e5 48 83 ec 18 48 8b  I;f.vGUH..H...H.
	0x0010 4a 10 48 89 4c 24 08 48 8b 4a 08 48 89 4c 24 10  J.H.L$.H.J.H.L$.
	0x0020 b8 02 00 00 00 e8 00 00 00 00 48 8b 4c 24 08 48  ..........H.L$.H
	0x0030 39 c8 73 13 48 8b 4c 24 10 48 c7 04 c1 1e 00 00  9.s.H.L$.H......
	0x0040 00 48 83 c4 18 5d c3 e8 00 00 00 00 90 e8 00 00  .H...]..........
	0x0050 00 00 eb ac                                      ....
	rel 38+4 t=R_CALL main.idx+0
	rel 72+4 t=R_CALL runtime.panicBounds+0
	rel 78+4 t=R_CALL runtime.morestack+0
main.main.func8 STEXT size=98 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (recover_index_oob.go:30)	TEXT	main.main.func8(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (recover_index_oob.go:30)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_index_oob.go:30)	PCDATA	$0, $-2
	0x0004 00004 (recover_index_oob.go:30)	JLS	89
	0x0006 00006 (recover_index_oob.go:30)	PCDATA	$0, $-1
	0x0006 00006 (recover_index_oob.go:30)	PUSHQ	BP
	0x0007 00007 (recover_index_oob.go:30)	MOVQ	SP, BP
	0x000a 00010 (recover_index_oob.go:30)	SUBQ	$24, SP
	0x000e 00014 (recover_index_oob.go:30)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_index_oob.go:30)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_index_oob.go:30)	MOVQ	16(DX), CX
	0x0012 00018 (recover_index_oob.go:30)	MOVQ	CX, main.str.len+8(SP)
	0x0017 00023 (recover_index_oob.go:30)	MOVL	$3, AX
	0x001c 00028 (recover_index_oob.go:30)	PCDATA	$1, $0
	0x001c 00028 (recover_index_oob.go:30)	NOP
	0x0020 00032 (recover_index_oob.go:30)	CALL	main.idx(SB)
	0x0025 00037 (recover_index_oob.go:30)	MOVQ	AX, main..autotmp_5+16(SP)
	0x002a 00042 (recover_index_oob.go:30)	MOVL	$9, AX
	0x002f 00047 (recover_index_oob.go:30)	CALL	main.idx(SB)
	0x0034 00052 (recover_index_oob.go:30)	MOVQ	main.str.len+8(SP), CX
	0x0039 00057 (recover_index_oob.go:30)	CMPQ	AX, CX
	0x003c 00060 (recover_index_oob.go:30)	JHI	83
	0x003e 00062 (recover_index_oob.go:30)	MOVQ	main..autotmp_5+16(SP), CX
	0x0043 00067 (recover_index_oob.go:30)	CMPQ	AX, CX
	0x0046 00070 (recover_index_oob.go:30)	JCS	78
	0x0048 00072 (recover_index_oob.go:30)	ADDQ	$24, SP
	0x004c 00076 (recover_index_oob.go:30)	POPQ	BP
	0x004d 00077 (recover_index_oob.go:30)	RET
	0x004e 00078 (recover_index_oob.go:30)	PCDATA	$4, $138
	0x004e 00078 (recover_index_oob.go:30)	CALL	runtime.panicBounds(SB)
	0x0053 00083 (recover_index_oob.go:30)	PCDATA	$4, $1216
	0x0053 00083 (recover_index_oob.go:30)	CALL	runtime.panicBounds(SB)
	0x0058 00088 (recover_index_oob.go:30)	XCHGL	AX, AX
	0x0059 00089 (recover_index_oob.go:30)	NOP
	0x0059 00089 (recover_index_oob.go:30)	PCDATA	$1, $-1
	0x0059 00089 (recover_index_oob.go:30)	PCDATA	$0, $-2
	0x0059 00089 (recover_index_oob.go:30)	CALL	runtime.morestack(SB)
	0x005e 00094 (recover_index_oob.go:30)	PCDATA	$0, $-1
	0x005e 00094 (recover_index_oob.go:30)	NOP
	0x0060 00096 (recover_index_oob.go:30)	JMP	0
	0x0000 49 3b 66 10 76 53 55 48 89 e5 48 83 ec 18 48 8b  I;f.vSUH..H...H.
	0x0010 4a 10 48 89 4c 24 08 b8 03 00 00 00 0f 1f 40 00  J.H.L$........@.
	0x0020 e8 00 00 00 00 48 89 44 24 10 b8 09 00 00 00 e8  .....H.D$.......
	0x0030 00 00 00 00 48 8b 4c 24 08 48 39 c8 77 15 48 8b  ....H.L$.H9.w.H.
	0x0040 4c 24 10 48 39 c8 72 06 48 83 c4 18 5d c3 e8 00  L$.H9.r.H...]...
	0x0050 00 00 00 e8 00 00 00 00 90 e8 00 00 00 00 66 90  ..............f.
	0x0060 eb 9e                                            ..
	rel 33+4 t=R_CALL main.idx+0
	rel 48+4 t=R_CALL main.idx+0
	rel 79+4 t=R_CALL runtime.panicBounds+0
	rel 84+4 t=R_CALL runtime.panicBounds+0
	rel 90+4 t=R_CALL runtime.morestack+0
main.main.func7 STEXT size=82 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (recover_index_oob.go:29)	TEXT	main.main.func7(SB), NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (recover_index_oob.go:29)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_index_oob.go:29)	PCDATA	$0, $-2
	0x0004 00004 (recover_index_oob.go:29)	JLS	75
	0x0006 00006 (recover_index_oob.go:29)	PCDATA	$0, $-1
	0x0006 00006 (recover_index_oob.go:29)	PUSHQ	BP
	0x0007 00007 (recover_index_oob.go:29)	MOVQ	SP, BP
	0x000a 00010 (recover_index_oob.go:29)	SUBQ	$16, SP
	0x000e 00014 (recover_index_oob.go:29)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_index_oob.go:29)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_index_oob.go:29)	MOVQ	24(DX), CX
	0x0012 00018 (recover_index_oob.go:29)	MOVQ	CX, main.s.cap+8(SP)
	0x0017 00023 (recover_index_oob.go:29)	MOVL	$9, AX
	0x001c 00028 (recover_index_oob.go:29)	PCDATA	$1, $0
	0x001c 00028 (recover_index_oob.go:29)	NOP
	0x0020 00032 (recover_index_oob.go:29)	CALL	main.idx(SB)
	0x0025 00037 (recover_index_oob.go:29)	MOVQ	main.s.cap+8(SP), CX
	0x002a 00042 (recover_index_oob.go:29)	CMPQ	AX, CX
	0x002d 00045 (recover_index_oob.go:29)	JHI	69
	0x002f 00047 (recover_index_oob.go:29)	CMPQ	AX, $1
	0x0033 00051 (recover_index_oob.go:29)	JCS	59
	0x0035 00053 (recover_index_oob.go:29)	ADDQ	$16, SP
	0x0039 00057 (recover_index_oob.go:29)	POPQ	BP
	0x003a 00058 (recover_index_oob.go:29)	RET
	0x003b 00059 (recover_index_oob.go:29)	PCDATA	$4, $42
	0x003b 00059 (recover_index_oob.go:29)	NOP
	0x0040 00064 (recover_index_oob.go:29)	CALL	runtime.panicBounds(SB)
	0x0045 00069 (recover_index_oob.go:29)	PCDATA	$4, $1220
	0x0045 00069 (recover_index_oob.go:29)	CALL	runtime.panicBounds(SB)
	0x004a 00074 (recover_index_oob.go:29)	XCHGL	AX, AX
	0x004b 00075 (recover_index_oob.go:29)	NOP
	0x004b 00075 (recover_index_oob.go:29)	PCDATA	$1, $-1
	0x004b 00075 (recover_index_oob.go:29)	PCDATA	$0, $-2
	0x004b 00075 (recover_index_oob.go:29)	CALL	runtime.morestack(SB)
	0x0050 00080 (recover_index_oob.go:29)	PCDATA	$0, $-1
	0x0050 00080 (recover_index_oob.go:29)	JMP	0
	0x0000 49 3b 66 10 76 45 55 48 89 e5 48 83 ec 10 48 8b  I;f.vEUH..H...H.
	0x0010 4a 18 48 89 4c 24 08 b8 09 00 00 00 0f 1f 40 00  J.H.L$........@.
	0x0020 e8 00 00 00 00 48 8b 4c 24 08 48 39 c8 77 16 48  .....H.L$.H9.w.H
	0x0030 83 f8 01 72 06 48 83 c4 10 5d c3 0f 1f 44 00 00  ...r.H...]...D..
	0x0040 e8 00 00 00 00 e8 00 00 00 00 90 e8 00 00 00 00  ................
	0x0050 eb ae                                            ..
	rel 33+4 t=R_CALL main.idx+0
	rel 65+4 t=R_CALL runtime.panicBounds+0
	rel 70+4 t=R_CALL runtime.panicBounds+0
	rel 76+4 t=R_CALL runtime.morestack+0
main.main.func6 STEXT size=98 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (recover_index_oob.go:28)	TEXT	main.main.func6(SB), NEEDCTXT|ABIInternal, $32-0
	0x0000 00000 (recover_index_oob.go:28)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_index_oob.go:28)	PCDATA	$0, $-2
	0x0004 00004 (recover_index_oob.go:28)	JLS	89
	0x0006 00006 (recover_index_oob.go:28)	PCDATA	$0, $-1
	0x0006 00006 (recover_index_oob.go:28)	PUSHQ	BP
	0x0007 00007 (recover_index_oob.go:28)	MOVQ	SP, BP
	0x000a 00010 (recover_index_oob.go:28)	SUBQ	$24, SP
	0x000e 00014 (recover_index_oob.go:28)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_index_oob.go:28)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_index_oob.go:28)	MOVQ	24(DX), CX
	0x0012 00018 (recover_index_oob.go:28)	MOVQ	CX, main.s.cap+8(SP)
	0x0017 00023 (recover_index_oob.go:28)	MOVL	$2, AX
	0x001c 00028 (recover_index_oob.go:28)	PCDATA	$1, $0
	0x001c 00028 (recover_index_oob.go:28)	NOP
	0x0020 00032 (recover_index_oob.go:28)	CALL	main.idx(SB)
	0x0025 00037 (recover_index_oob.go:28)	MOVQ	AX, main..autotmp_6+16(SP)
	0x002a 00042 (recover_index_oob.go:28)	MOVL	$1, AX
	0x002f 00047 (recover_index_oob.go:28)	CALL	main.idx(SB)
	0x0034 00052 (recover_index_oob.go:28)	MOVQ	main.s.cap+8(SP), CX
	0x0039 00057 (recover_index_oob.go:28)	CMPQ	AX, CX
	0x003c 00060 (recover_index_oob.go:28)	JHI	83
	0x003e 00062 (recover_index_oob.go:28)	MOVQ	main..autotmp_6+16(SP), CX
	0x0043 00067 (recover_index_oob.go:28)	CMPQ	AX, CX
	0x0046 00070 (recover_index_oob.go:28)	JCS	78
	0x0048 00072 (recover_index_oob.go:28)	ADDQ	$24, SP
	0x004c 00076 (recover_index_oob.go:28)	POPQ	BP
	0x004d 00077 (recover_index_oob.go:28)	RET
	0x004e 00078 (recover_index_oob.go:28)	PCDATA	$4, $138
	0x004e 00078 (recover_index_oob.go:28)	CALL	runtime.panicBounds(SB)
	0x0053 00083 (recover_index_oob.go:28)	PCDATA	$4, $1217
	0x0053 00083 (recover_index_oob.go:28)	CALL	runtime.panicBounds(SB)
	0x0058 00088 (recover_index_oob.go:28)	XCHGL	AX, AX
	0x0059 00089 (recover_index_oob.go:28)	NOP
	0x0059 00089 (recover_index_oob.go:28)	PCDATA	$1, $-1
	0x0059 00089 (recover_index_oob.go:28)	PCDATA	$0, $-2
	0x0059 00089 (recover_index_oob.go:28)	CALL	runtime.morestack(SB)
	0x005e 00094 (recover_index_oob.go:28)	PCDATA	$0, $-1
	0x005e 00094 (recover_index_oob.go:28)	NOP
	0x0060 00096 (recover_index_oob.go:28)	JMP	0
	0x0000 49 3b 66 10 76 53 55 48 89 e5 48 83 ec 18 48 8b  I;f.vSUH..H...H.
	0x0010 4a 18 48 89 4c 24 08 b8 02 00 00 00 0f 1f 40 00  J.H.L$........@.
	0x0020 e8 00 00 00 00 48 89 44 24 10 b8 01 00 00 00 e8  .....H.D$.......
	0x0030 00 00 00 00 48 8b 4c 24 08 48 39 c8 77 15 48 8b  ....H.L$.H9.w.H.
	0x0040 4c 24 10 48 39 c8 72 06 48 83 c4 18 5d c3 e8 00  L$.H9.r.H...]...
	0x0050 00 00 00 e8 00 00 00 00 90 e8 00 00 00 00 66 90  ..............f.
	0x0060 eb 9e                                            ..
	rel 33+4 t=R_CALL main.idx+0
	rel 48+4 t=R_CALL main.idx+0
	rel 79+4 t=R_CALL runtime.panicBounds+0
	rel 84+4 t=R_CALL runtime.panicBounds+0
	rel 90+4 t=R_CALL runtime.morestack+0
main.main.func5 STEXT size=71 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (recover_index_oob.go:27)	TEXT	main.main.func5(SB), NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (recover_index_oob.go:27)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_index_oob.go:27)	PCDATA	$0, $-2
	0x0004 00004 (recover_index_oob.go:27)	JLS	59
	0x0006 00006 (recover_index_oob.go:27)	PCDATA	$0, $-1
	0x0006 00006 (recover_index_oob.go:27)	PUSHQ	BP
	0x0007 00007 (recover_index_oob.go:27)	MOVQ	SP, BP
	0x000a 00010 (recover_index_oob.go:27)	SUBQ	$16, SP
	0x000e 00014 (recover_index_oob.go:27)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_index_oob.go:27)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_index_oob.go:27)	MOVQ	24(DX), CX
	0x0012 00018 (recover_index_oob.go:27)	MOVQ	CX, main.s.cap+8(SP)
	0x0017 00023 (recover_index_oob.go:27)	MOVL	$4, AX
	0x001c 00028 (recover_index_oob.go:27)	PCDATA	$1, $0
	0x001c 00028 (recover_index_oob.go:27)	NOP
	0x0020 00032 (recover_index_oob.go:27)	CALL	main.idx(SB)
	0x0025 00037 (recover_index_oob.go:27)	MOVQ	main.s.cap+8(SP), CX
	0x002a 00042 (recover_index_oob.go:27)	CMPQ	AX, CX
	0x002d 00045 (recover_index_oob.go:27)	JHI	53
	0x002f 00047 (recover_index_oob.go:27)	ADDQ	$16, SP
	0x0033 00051 (recover_index_oob.go:27)	POPQ	BP
	0x0034 00052 (recover_index_oob.go:27)	RET
	0x0035 00053 (recover_index_oob.go:27)	PCDATA	$4, $1217
	0x0035 00053 (recover_index_oob.go:27)	CALL	runtime.panicBounds(SB)
	0x003a 00058 (recover_index_oob.go:27)	XCHGL	AX, AX
	0x003b 00059 (recover_index_oob.go:27)	NOP
	0x003b 00059 (recover_index_oob.go:27)	PCDATA	$1, $-1
	0x003b 00059 (recover_index_oob.go:27)	PCDATA	$0, $-2
	0x003b 00059 (recover_index_oob.go:27)	NOP
	0x0040 00064 (recover_index_oob.go:27)	CALL	runtime.morestack(SB)
	0x0045 00069 (recover_index_oob.go:27)	PCDATA	$0, $-1
	0x0045 00069 (recover_index_oob.go:27)	JMP	0
	0x0000 49 3b 66 10 76 35 55 48 89 e5 48 83 ec 10 48 8b  I;f.v5UH..H...H.
	0x0010 4a 18 48 89 4c 24 08 b8 04 00 00 00 0f 1f 40 00  J.H.L$........@.
	0x0020 e8 00 00 00 00 48 8b 4c 24 08 48 39 c8 77 06 48  .....H.L$.H9.w.H
	0x0030 83 c4 10 5d c3 e8 00 00 00 00 90 0f 1f 44 00 00  ...].........D..
	0x0040 e8 00 00 00 00 eb b9                             .......
	rel 33+4 t=R_CALL main.idx+0
	rel 54+4 t=R_CALL runtime.panicBounds+0
	rel 65+4 t=R_CALL runtime.morestack+0
main.main.func4 STEXT size=71 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (recover_index_oob.go:26)	TEXT	main.main.func4(SB), NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (recover_index_oob.go:26)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_index_oob.go:26)	PCDATA	$0, $-2
	0x0004 00004 (recover_index_oob.go:26)	JLS	59
	0x0006 00006 (recover_index_oob.go:26)	PCDATA	$0, $-1
	0x0006 00006 (recover_index_oob.go:26)	PUSHQ	BP
	0x0007 00007 (recover_index_oob.go:26)	MOVQ	SP, BP
	0x000a 00010 (recover_index_oob.go:26)	SUBQ	$16, SP
	0x000e 00014 (recover_index_oob.go:26)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_index_oob.go:26)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_index_oob.go:26)	MOVQ	16(DX), CX
	0x0012 00018 (recover_index_oob.go:26)	MOVQ	CX, main.str.len+8(SP)
	0x0017 00023 (recover_index_oob.go:26)	MOVL	$10, AX
	0x001c 00028 (recover_index_oob.go:26)	PCDATA	$1, $0
	0x001c 00028 (recover_index_oob.go:26)	NOP
	0x0020 00032 (recover_index_oob.go:26)	CALL	main.idx(SB)
	0x0025 00037 (recover_index_oob.go:26)	MOVQ	main.str.len+8(SP), CX
	0x002a 00042 (recover_index_oob.go:26)	CMPQ	AX, CX
	0x002d 00045 (recover_index_oob.go:26)	JCC	53
	0x002f 00047 (recover_index_oob.go:26)	ADDQ	$16, SP
	0x0033 00051 (recover_index_oob.go:26)	POPQ	BP
	0x0034 00052 (recover_index_oob.go:26)	RET
	0x0035 00053 (recover_index_oob.go:26)	PCDATA	$4, $1215
	0x0035 00053 (recover_index_oob.go:26)	CALL	runtime.panicBounds(SB)
	0x003a 00058 (recover_index_oob.go:26)	XCHGL	AX, AX
	0x003b 00059 (recover_index_oob.go:26)	NOP
	0x003b 00059 (recover_index_oob.go:26)	PCDATA	$1, $-1
	0x003b 00059 (recover_index_oob.go:26)	PCDATA	$0, $-2
	0x003b 00059 (recover_index_oob.go:26)	NOP
	0x0040 00064 (recover_index_oob.go:26)	CALL	runtime.morestack(SB)
	0x0045 00069 (recover_index_oob.go:26)	PCDATA	$0, $-1
	0x0045 00069 (recover_index_oob.go:26)	JMP	0
	0x0000 49 3b 66 10 76 35 55 48 89 e5 48 83 ec 10 48 8b  I;f.v5UH..H...H.
	0x0010 4a 10 48 89 4c 24 08 b8 0a 00 00 00 0f 1f 40 00  J.H.L$........@.
	0x0020 e8 00 00 00 00 48 8b 4c 24 08 48 39 c8 73 06 48  .....H.L$.H9.s.H
	0x0030 83 c4 10 5d c3 e8 00 00 00 00 90 0f 1f 44 00 00  ...].........D..
	0x0040 e8 00 00 00 00 eb b9                             .......
	rel 33+4 t=R_CALL main.idx+0
	rel 54+4 t=R_CALL runtime.panicBounds+0
	rel 65+4 t=R_CALL runtime.morestack+0
main.main.func3 STEXT size=77 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (recover_index_oob.go:25)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (recover_index_oob.go:25)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_index_oob.go:25)	PCDATA	$0, $-2
	0x0004 00004 (recover_index_oob.go:25)	JLS	70
	0x0006 00006 (recover_index_oob.go:25)	PCDATA	$0, $-1
	0x0006 00006 (recover_index_oob.go:25)	PUSHQ	BP
	0x0007 00007 (recover_index_oob.go:25)	MOVQ	SP, BP
	0x000a 00010 (recover_index_oob.go:25)	SUBQ	$16, SP
	0x000e 00014 (recover_index_oob.go:25)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (recover_index_oob.go:25)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (recover_index_oob.go:25)	MOVQ	8(DX), CX
	0x0012 00018 (recover_index_oob.go:25)	MOVQ	CX, main.&a+8(SP)
	0x0017 00023 (recover_index_oob.go:25)	MOVL	$4, AX
	0x001c 00028 (recover_index_oob.go:25)	PCDATA	$1, $1
	0x001c 00028 (recover_index_oob.go:25)	NOP
	0x0020 00032 (recover_index_oob.go:25)	CALL	main.idx(SB)
	0x0025 00037 (recover_index_oob.go:25)	CMPQ	AX, $4
	0x0029 00041 (recover_index_oob.go:25)	JCC	62
	0x002b 00043 (recover_index_oob.go:25)	MOVQ	main.&a+8(SP), CX
	0x0030 00048 (recover_index_oob.go:25)	MOVQ	$1, (CX)(AX*8)
	0x0038 00056 (recover_index_oob.go:25)	ADDQ	$16, SP
	0x003c 00060 (recover_index_oob.go:25)	POPQ	BP
	0x003d 00061 (recover_index_oob.go:25)	RET
	0x003e 00062 (recover_index_oob.go:25)	PCDATA	$1, $0
	0x003e 00062 (recover_index_oob.go:25)	PCDATA	$4, $4653
	0x003e 00062 (recover_index_oob.go:25)	NOP
	0x0040 00064 (recover_index_oob.go:25)	CALL	runtime.panicBounds(SB)
	0x0045 00069 (recover_index_oob.go:25)	XCHGL	AX, AX
	0x0046 00070 (recover_index_oob.go:25)	NOP
	0x0046 00070 (recover_index_oob.go:25)	PCDATA	$1, $-1
	0x0046 00070 (recover_index_oob.go:25)	PCDATA	$0, $-2
	0x0046 00070 (recover_index_oob.go:25)	CALL	runtime.morestack(SB)
	0x004b 00075 (recover_index_oob.go:25)	PCDATA	$0, $-1
	0x004b 00075 (recover_index_oob.go:25)	JMP	0
	0x0000 49 3b 66 10 76 40 55 48 89 e5 48 83 ec 10 48 8b  I;f.v@UH..H...H.
	0x0010 4a 08 48 89 4c 24 08 b8 04 00 00 00 0f 1f 40 00  J.H.L$........@.
	0x0020 e8 00 00 00 00 48 83 f8 04 73 13 48 8b 4c 24 08  .....H...s.H.L$.
	0x0030 48 c7 04 c1 01 00 00 00 48 83 c4 10 5d c3 66 90  H.......H...].f.
	0x0040 e8 00 00 00 00 90 e8 00 00 00 00 eb b3           .............
	rel 33+4 t=R_CALL main.idx+0
	rel 65+4 t=R_CALL runtime.panicBounds+0
	rel 71+4 t=R_CALL runtime.morestack+0
main.main.func2 STEXT size=71 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (recover_index_oob.go:24)	TEXT	main.main.func2(SB), NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (recover_index_oob.go:24)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_index_oob.go:24)	PCDATA	$0, $-2
	0x0004 00004 (recover_index_oob.go:24)	JLS	59
	0x0006 00006 (recover_index_oob.go:24)	PCDATA	$0, $-1
	0x0006 00006 (recover_index_oob.go:24)	PUSHQ	BP
	0x0007 00007 (recover_index_oob.go:24)	MOVQ	SP, BP
	0x000a 00010 (recover_index_oob.go:24)	SUBQ	$16, SP
	0x000e 00014 (recover_index_oob.go:24)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_index_oob.go:24)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_index_oob.go:24)	MOVQ	16(DX), CX
	0x0012 00018 (recover_index_oob.go:24)	MOVQ	CX, main.s.len+8(SP)
	0x0017 00023 (recover_index_oob.go:24)	MOVQ	$-1, AX
	0x001e 00030 (recover_index_oob.go:24)	PCDATA	$1, $0
	0x001e 00030 (recover_index_oob.go:24)	NOP
	0x0020 00032 (recover_index_oob.go:24)	CALL	main.idx(SB)
	0x0025 00037 (recover_index_oob.go:24)	MOVQ	main.s.len+8(SP), CX
	0x002a 00042 (recover_index_oob.go:24)	CMPQ	AX, CX
	0x002d 00045 (recover_index_oob.go:24)	JCC	53
	0x002f 00047 (recover_index_oob.go:24)	ADDQ	$16, SP
	0x0033 00051 (recover_index_oob.go:24)	POPQ	BP
	0x0034 00052 (recover_index_oob.go:24)	RET
	0x0035 00053 (recover_index_oob.go:24)	PCDATA	$4, $1215
	0x0035 00053 (recover_index_oob.go:24)	CALL	runtime.panicBounds(SB)
	0x003a 00058 (recover_index_oob.go:24)	XCHGL	AX, AX
	0x003b 00059 (recover_index_oob.go:24)	NOP
	0x003b 00059 (recover_index_oob.go:24)	PCDATA	$1, $-1
	0x003b 00059 (recover_index_oob.go:24)	PCDATA	$0, $-2
	0x003b 00059 (recover_index_oob.go:24)	NOP
	0x0040 00064 (recover_index_oob.go:24)	CALL	runtime.morestack(SB)
	0x0045 00069 (recover_index_oob.go:24)	PCDATA	$0, $-1
	0x0045 00069 (recover_index_oob.go:24)	JMP	0
	0x0000 49 3b 66 10 76 35 55 48 89 e5 48 83 ec 10 48 8b  I;f.v5UH..H...H.
	0x0010 4a 10 48 89 4c 24 08 48 c7 c0 ff ff ff ff 66 90  J.H.L$.H......f.
	0x0020 e8 00 00 00 00 48 8b 4c 24 08 48 39 c8 73 06 48  .....H.L$.H9.s.H
	0x0030 83 c4 10 5d c3 e8 00 00 00 00 90 0f 1f 44 00 00  ...].........D..
	0x0040 e8 00 00 00 00 eb b9                             .......
	rel 33+4 t=R_CALL main.idx+0
	rel 54+4 t=R_CALL runtime.panicBounds+0
	rel 65+4 t=R_CALL runtime.morestack+0
main.main.func1 STEXT size=71 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (recover_index_oob.go:23)	TEXT	main.main.func1(SB), NEEDCTXT|ABIInternal, $24-0
	0x0000 00000 (recover_index_oob.go:23)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_index_oob.go:23)	PCDATA	$0, $-2
	0x0004 00004 (recover_index_oob.go:23)	JLS	59
	0x0006 00006 (recover_index_oob.go:23)	PCDATA	$0, $-1
	0x0006 00006 (recover_index_oob.go:23)	PUSHQ	BP
	0x0007 00007 (recover_index_oob.go:23)	MOVQ	SP, BP
	0x000a 00010 (recover_index_oob.go:23)	SUBQ	$16, SP
	0x000e 00014 (recover_index_oob.go:23)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_index_oob.go:23)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_index_oob.go:23)	MOVQ	16(DX), CX
	0x0012 00018 (recover_index_oob.go:23)	MOVQ	CX, main.s.len+8(SP)
	0x0017 00023 (recover_index_oob.go:23)	MOVL	$5, AX
	0x001c 00028 (recover_index_oob.go:23)	PCDATA	$1, $0
	0x001c 00028 (recover_index_oob.go:23)	NOP
	0x0020 00032 (recover_index_oob.go:23)	CALL	main.idx(SB)
	0x0025 00037 (recover_index_oob.go:23)	MOVQ	main.s.len+8(SP), CX
	0x002a 00042 (recover_index_oob.go:23)	CMPQ	AX, CX
	0x002d 00045 (recover_index_oob.go:23)	JCC	53
	0x002f 00047 (recover_index_oob.go:23)	ADDQ	$16, SP
	0x0033 00051 (recover_index_oob.go:23)	POPQ	BP
	0x0034 00052 (recover_index_oob.go:23)	RET
	0x0035 00053 (recover_index_oob.go:23)	PCDATA	$4, $1215
	0x0035 00053 (recover_index_oob.go:23)	CALL	runtime.panicBounds(SB)
	0x003a 00058 (recover_index_oob.go:23)	XCHGL	AX, AX
	0x003b 00059 (recover_index_oob.go:23)	NOP
	0x003b 00059 (recover_index_oob.go:23)	PCDATA	$1, $-1
	0x003b 00059 (recover_index_oob.go:23)	PCDATA	$0, $-2
	0x003b 00059 (recover_index_oob.go:23)	NOP
	0x0040 00064 (recover_index_oob.go:23)	CALL	runtime.morestack(SB)
	0x0045 00069 (recover_index_oob.go:23)	PCDATA	$0, $-1
	0x0045 00069 (recover_index_oob.go:23)	JMP	0
	0x0000 49 3b 66 10 76 35 55 48 89 e5 48 83 ec 10 48 8b  I;f.v5UH..H...H.
	0x0010 4a 10 48 89 4c 24 08 b8 05 00 00 00 0f 1f 40 00  J.H.L$........@.
	0x0020 e8 00 00 00 00 48 8b 4c 24 08 48 39 c8 73 06 48  .....H.L$.H9.s.H
	0x0030 83 c4 10 5d c3 e8 00 00 00 00 90 0f 1f 44 00 00  ...].........D..
	0x0040 e8 00 00 00 00 eb b9                             .......
	rel 33+4 t=R_CALL main.idx+0
	rel 54+4 t=R_CALL runtime.panicBounds+0
	rel 65+4 t=R_CALL runtime.morestack+0
main.main.func10 STEXT size=71 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (recover_index_oob.go:33)	TEXT	main.main.func10(SB), ABIInternal, $32-0
	0x0000 00000 (recover_index_oob.go:33)	CMPQ	SP, 16(R14)
	0x0004 00004 (recover_index_oob.go:33)	PCDATA	$0, $-2
	0x0004 00004 (recover_index_oob.go:33)	JLS	62
	0x0006 00006 (recover_index_oob.go:33)	PCDATA	$0, $-1
	0x0006 00006 (recover_index_oob.go:33)	PUSHQ	BP
	0x0007 00007 (recover_index_oob.go:33)	MOVQ	SP, BP
	0x000a 00010 (recover_index_oob.go:33)	SUBQ	$24, SP
	0x000e 00014 (recover_index_oob.go:33)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_index_oob.go:33)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (recover_index_oob.go:33)	MOVQ	$-3, AX
	0x0015 00021 (recover_index_oob.go:33)	PCDATA	$1, $0
	0x0015 00021 (recover_index_oob.go:33)	CALL	main.idx(SB)
	0x001a 00026 (recover_index_oob.go:33)	NOP
	0x0020 00032 (recover_index_oob.go:33)	CMPQ	AX, $4
	0x0024 00036 (recover_index_oob.go:33)	JLS	56
	0x0026 00038 (recover_index_oob.go:33)	MOVQ	AX, BX
	0x0029 00041 (recover_index_oob.go:33)	MOVQ	BX, CX
	0x002c 00044 (recover_index_oob.go:33)	LEAQ	type:int(SB), AX
	0x0033 00051 (recover_index_oob.go:33)	CALL	runtime.makeslice(SB)
	0x0038 00056 (recover_index_oob.go:33)	ADDQ	$24, SP
	0x003c 00060 (recover_index_oob.go:33)	POPQ	BP
	0x003d 00061 (recover_index_oob.go:33)	RET
	0x003e 00062 (recover_index_oob.go:33)	NOP
	0x003e 00062 (recover_index_oob.go:33)	PCDATA	$1, $-1
	0x003e 00062 (recover_index_oob.go:33)	PCDATA	$0, $-2
	0x003e 00062 (recover_index_oob.go:33)	NOP
	0x0040 00064 (recover_index_oob.go:33)	CALL	runtime.morestack_noctxt(SB)
	0x0045 00069 (recover_index_oob.go:33)	PCDATA	$0, $-1
	0x0045 00069 (recover_index_oob.go:33)	JMP	0
	0x0000 49 3b 66 10 76 38 55 48 89 e5 48 83 ec 18 48 c7  I;f.v8UH..H...H.
	0x0010 c0 fd ff ff ff e8 00 00 00 00 66 0f 1f 44 00 00  ..........f..D..
	0x0020 48 83 f8 04 76 12 48 89 c3 48 89 d9 48 8d 05 00  H...v.H..H..H...
	0x0030 00 00 00 e8 00 00 00 00 48 83 c4 18 5d c3 66 90  ........H...].f.
	0x0040 e8 00 00 00 00 eb b9                             .......
	rel 22+4 t=R_CALL main.idx+0
	rel 47+4 t=R_PCREL type:int+0
	rel 52+4 t=R_CALL runtime.makeslice+0
	rel 65+4 t=R_CALL runtime.morestack_noctxt+0
main.rtError.Error STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.rtError.Error(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.rtError.Error.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.rtError.Error.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.rtError+96
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
type:.namedata.*main.rtError- SRODATA dupok size=15 align=0x1
	0x0000 00 0d 2a 6d 61 69 6e 2e 72 74 45 72 72 6f 72     ..*main.rtError
type:*main.rtError SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b9 4e a8 d2 28 08 08 16 00 00 00 00 00 00 00 00  .N..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.rtError-+0
	rel 48+8 t=R_ADDR type:main.rtError+0
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
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Error. SRODATA dupok size=7 align=0x1
	0x0000 01 05 45 72 72 6f 72                             ..Error
type:main.rtError SRODATA size=104 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 0d a7 9a 15 07 08 08 14 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.rtError-+0
	rel 44+4 t=R_ADDROFF type:*main.rtError+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.rtError+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Error.+0
	rel 100+4 t=R_ADDROFF type:func() string+0
go:string."-> ok" SRODATA dupok size=5 align=0x1
	0x0000 2d 3e 20 6f 6b                                   -> ok
go:string." -> ok\n" SRODATA dupok size=7 align=0x1
	0x0000 20 2d 3e 20 6f 6b 0a                              -> ok.
main..typeAssert.0 SDATA size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00                                               .
	rel 0+8 t=R_ADDR runtime.emptyTypeAssertCache+0
	rel 8+8 t=R_ADDR type:main.rtError+0
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
go:string."hello" SRODATA dupok size=5 align=0x1
	0x0000 68 65 6c 6c 6f                                   hello
go:string."slice index" SRODATA dupok size=11 align=0x1
	0x0000 73 6c 69 63 65 20 69 6e 64 65 78                 slice index
go:string."slice neg index" SRODATA dupok size=15 align=0x1
	0x0000 73 6c 69 63 65 20 6e 65 67 20 69 6e 64 65 78     slice neg index
go:string."array index" SRODATA dupok size=11 align=0x1
	0x0000 61 72 72 61 79 20 69 6e 64 65 78                 array index
go:string."string index" SRODATA dupok size=12 align=0x1
	0x0000 73 74 72 69 6e 67 20 69 6e 64 65 78              string index
go:string."slice high" SRODATA dupok size=10 align=0x1
	0x0000 73 6c 69 63 65 20 68 69 67 68                    slice high
go:string."slice low>high" SRODATA dupok size=14 align=0x1
	0x0000 73 6c 69 63 65 20 6c 6f 77 3e 68 69 67 68        slice low>high
go:string."3-index cap" SRODATA dupok size=11 align=0x1
	0x0000 33 2d 69 6e 64 65 78 20 63 61 70                 3-index cap
go:string."string slice" SRODATA dupok size=12 align=0x1
	0x0000 73 74 72 69 6e 67 20 73 6c 69 63 65              string slice
go:string."in range" SRODATA dupok size=8 align=0x1
	0x0000 69 6e 20 72 61 6e 67 65                          in range
go:string."make negative len" SRODATA dupok size=17 align=0x1
	0x0000 6d 61 6b 65 20 6e 65 67 61 74 69 76 65 20 6c 65  make negative le
	0x0010 6e                                               n
type:.namedata.*[4]int- SRODATA dupok size=9 align=0x1
	0x0000 00 07 2a 5b 34 5d 69 6e 74                       ..*[4]int
type:.eqfunc.M32 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00  ........ .......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:[4]int SRODATA dupok size=72 align=0x8
	0x0000 20 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ...............
	0x0010 ba 6f 63 68 0a 08 08 11 00 00 00 00 00 00 00 00  .och............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 04 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M32+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]int-+0
	rel 44+4 t=RelocType(-32763) type:*[4]int+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:[]int+0
type:*[4]int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b4 cc 31 9a 28 08 08 16 00 00 00 00 00 00 00 00  ..1.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]int-+0
	rel 48+8 t=R_ADDR type:[4]int+0
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
main.main.func10·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.main.func10+0
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
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.idx.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.idx.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·W7HDUmjtyPzXecjpikXXxA== SRODATA dupok size=10 align=0x4
	0x0000 01 00 00 00 09 00 00 00 00 00                    ..........
main.main.stkobj SRODATA static size=56 align=0x8
	0x0000 03 00 00 00 00 00 00 00 b8 ff ff ff 18 00 00 00  ................
	0x0010 10 00 00 00 00 00 00 00 d0 ff ff ff 10 00 00 00  ................
	0x0020 10 00 00 00 00 00 00 00 e0 ff ff ff 20 00 00 00  ............ ...
	0x0030 10 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
main.rtError.Error.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.rtError.Error.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
