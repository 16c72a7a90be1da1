funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (struct_embedding_override.go:37)	TEXT	main.main(SB), ABIInternal, $440-0
     0        00000 (struct_embedding_override.go:37)	TEXT	main.main(SB), ABIInternal, $440-0
     0     -1 00000 (struct_embedding_override.go:37)	LEAQ	-312(SP), R12
     8        00008 (struct_embedding_override.go:37)	CMPQ	R12, 16(R14)
     c        00012 (struct_embedding_override.go:37)	PCDATA	$0, $-2
     c        00012 (struct_embedding_override.go:37)	JLS	1095
    12        00018 (struct_embedding_override.go:37)	PCDATA	$0, $-1
    12        00018 (struct_embedding_override.go:37)	PUSHQ	BP
    13        00019 (struct_embedding_override.go:37)	MOVQ	SP, BP
    16        00022 (struct_embedding_override.go:37)	SUBQ	$432, SP
    1d        00029 (struct_embedding_override.go:37)	FUNCDATA	$0, gclocals·XhHydcwudYgAAAHTAKMedg==(SB)
    1d        00029 (struct_embedding_override.go:37)	FUNCDATA	$1, gclocals·6f962YCjMJfOJ+PHxjDOJQ==(SB)
    1d        00029 (struct_embedding_override.go:37)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (struct_embedding_override.go:39)	LEAQ	main.s+312(SP), CX
    25        00037 (struct_embedding_override.go:39)	MOVUPS	X15, (CX)
    29        00041 (struct_embedding_override.go:39)	MOVUPS	X15, 16(CX)
    2e        00046 (struct_embedding_override.go:39)	MOVUPS	X15, 24(CX)
    33        00051 (struct_embedding_override.go:39)	MOVQ	$500, main.s+312(SP)
    3f        00063 (struct_embedding_override.go:39)	MOVQ	$4, main.s+320(SP)
    4b        00075 (struct_embedding_override.go:39)	LEAQ	go:string."racer"(SB), CX
    52        00082 (struct_embedding_override.go:39)	MOVQ	CX, main.s+328(SP)
    5a        00090 (struct_embedding_override.go:39)	MOVQ	$5, main.s+336(SP)
    66        00102 (struct_embedding_override.go:39)	MOVB	$1, main.s+344(SP)
    6e        00110 (<unknown line number>)	NOP
    6e        00110 (<unknown line number>)	NOP
    6e      1 00110 (struct_embedding_override.go:40)	MOVL	$150, AX
    73        00115 (struct_embedding_override.go:40)	PCDATA	$1, $1
    73        00115 (struct_embedding_override.go:40)	CALL	main.itoa(SB)
    78        00120 (struct_embedding_override.go:40)	MOVL	$7, CX
    7d        00125 (struct_embedding_override.go:40)	MOVQ	AX, DI
    80        00128 (struct_embedding_override.go:40)	MOVQ	BX, SI
    83        00131 (struct_embedding_override.go:40)	LEAQ	main..autotmp_28+216(SP), AX
    8b        00139 (struct_embedding_override.go:40)	LEAQ	go:string."engine "(SB), BX
    92        00146 (struct_embedding_override.go:40)	CALL	runtime.concatstring2(SB)
    97      0 00151 (struct_embedding_override.go:40)	MOVL	$5, CX
    9c        00156 (struct_embedding_override.go:40)	LEAQ	go:string." with "(SB), DI
    a3        00163 (struct_embedding_override.go:40)	MOVL	$6, SI
    a8        00168 (struct_embedding_override.go:40)	MOVQ	AX, R8
    ab        00171 (struct_embedding_override.go:40)	MOVQ	BX, R9
    ae        00174 (struct_embedding_override.go:40)	LEAQ	main..autotmp_29+184(SP), AX
    b6        00182 (struct_embedding_override.go:40)	LEAQ	go:string."sedan"(SB), BX
    bd        00189 (struct_embedding_override.go:40)	NOP
    c0        00192 (struct_embedding_override.go:40)	CALL	runtime.concatstring3(SB)
    c5        00197 (struct_embedding_override.go:40)	MOVQ	AX, main.~r0.ptr+304(SP)
    cd        00205 (struct_embedding_override.go:40)	MOVQ	BX, main.~r0.len+264(SP)
    d5        00213 (struct_embedding_override.go:40)	PCDATA	$1, $2
    d5     -1 00213 (struct_embedding_override.go:40)	CALL	runtime.printlock(SB)
    da        00218 (struct_embedding_override.go:40)	MOVQ	main.~r0.ptr+304(SP), AX
    e2        00226 (struct_embedding_override.go:40)	MOVQ	main.~r0.len+264(SP), BX
    ea        00234 (struct_embedding_override.go:40)	PCDATA	$1, $1
    ea        00234 (struct_embedding_override.go:40)	CALL	runtime.printstring(SB)
    ef        00239 (struct_embedding_override.go:40)	CALL	runtime.printsp(SB)
    f4        00244 (struct_embedding_override.go:40)	LEAQ	go:string."vroom"(SB), AX
    fb        00251 (struct_embedding_override.go:40)	MOVL	$5, BX
   100        00256 (struct_embedding_override.go:40)	CALL	runtime.printstring(SB)
   105        00261 (struct_embedding_override.go:40)	CALL	runtime.printsp(SB)
   10a        00266 (struct_embedding_override.go:40)	MOVL	$4, AX
   10f        00271 (struct_embedding_override.go:40)	CALL	runtime.printint(SB)
   114        00276 (struct_embedding_override.go:40)	CALL	runtime.printsp(SB)
   119        00281 (struct_embedding_override.go:40)	MOVL	$150, AX
   11e        00286 (struct_embedding_override.go:40)	NOP
   120        00288 (struct_embedding_override.go:40)	CALL	runtime.printint(SB)
   125        00293 (struct_embedding_override.go:40)	CALL	runtime.printnl(SB)
   12a        00298 (struct_embedding_override.go:40)	CALL	runtime.printunlock(SB)
   12f        00303 (struct_embedding_override.go:41)	MOVQ	main.s+312(SP), AX
   137        00311 (struct_embedding_override.go:41)	MOVQ	main.s+328(SP), CX
   13f        00319 (struct_embedding_override.go:41)	MOVQ	CX, main..autotmp_97+360(SP)
   147        00327 (struct_embedding_override.go:41)	MOVQ	main.s+336(SP), CX
   14f        00335 (struct_embedding_override.go:41)	MOVQ	CX, main..autotmp_98+272(SP)
   157        00343 (<unknown line number>)	NOP
   157        00343 (<unknown line number>)	NOP
   157        00343 (struct_embedding_override.go:41)	PCDATA	$1, $3
   157      3 00343 (struct_embedding_override.go:41)	CALL	main.itoa(SB)
   15c        00348 (struct_embedding_override.go:41)	MOVL	$7, CX
   161        00353 (struct_embedding_override.go:41)	MOVQ	AX, DI
   164        00356 (struct_embedding_override.go:41)	MOVQ	BX, SI
   167        00359 (struct_embedding_override.go:41)	LEAQ	main..autotmp_31+152(SP), AX
   16f        00367 (struct_embedding_override.go:41)	LEAQ	go:string."engine "(SB), BX
   176        00374 (struct_embedding_override.go:41)	CALL	runtime.concatstring2(SB)
   17b      2 00379 (struct_embedding_override.go:41)	MOVQ	main..autotmp_98+272(SP), CX
   183        00387 (struct_embedding_override.go:41)	LEAQ	go:string." with "(SB), DI
   18a        00394 (struct_embedding_override.go:41)	MOVL	$6, SI
   18f        00399 (struct_embedding_override.go:41)	MOVQ	AX, R8
   192        00402 (struct_embedding_override.go:41)	MOVQ	BX, R9
   195        00405 (struct_embedding_override.go:41)	LEAQ	main..autotmp_32+120(SP), AX
   19a        00410 (struct_embedding_override.go:41)	MOVQ	main..autotmp_97+360(SP), BX
   1a2        00418 (struct_embedding_override.go:41)	PCDATA	$1, $1
   1a2        00418 (struct_embedding_override.go:41)	CALL	runtime.concatstring3(SB)
   1a7        00423 (struct_embedding_override.go:41)	MOVQ	AX, main.~r0.ptr+296(SP)
   1af        00431 (struct_embedding_override.go:41)	MOVQ	BX, main.~r0.len+256(SP)
   1b7     -1 00439 (struct_embedding_override.go:41)	MOVQ	main.s+320(SP), CX
   1bf        00447 (struct_embedding_override.go:41)	MOVQ	CX, main..autotmp_98+272(SP)
   1c7        00455 (struct_embedding_override.go:41)	PCDATA	$1, $4
   1c7        00455 (struct_embedding_override.go:41)	CALL	runtime.printlock(SB)
   1cc        00460 (struct_embedding_override.go:41)	MOVQ	main.~r0.ptr+296(SP), AX
   1d4        00468 (struct_embedding_override.go:41)	MOVQ	main.~r0.len+256(SP), BX
   1dc        00476 (struct_embedding_override.go:41)	PCDATA	$1, $1
   1dc        00476 (struct_embedding_override.go:41)	NOP
   1e0        00480 (struct_embedding_override.go:41)	CALL	runtime.printstring(SB)
   1e5        00485 (struct_embedding_override.go:41)	CALL	runtime.printsp(SB)
   1ea        00490 (struct_embedding_override.go:41)	LEAQ	go:string."VROOM"(SB), AX
   1f1        00497 (struct_embedding_override.go:41)	MOVL	$5, BX
   1f6        00502 (struct_embedding_override.go:41)	CALL	runtime.printstring(SB)
   1fb        00507 (struct_embedding_override.go:41)	NOP
   200        00512 (struct_embedding_override.go:41)	CALL	runtime.printsp(SB)
   205        00517 (struct_embedding_override.go:41)	LEAQ	go:string."vroom"(SB), AX
   20c        00524 (struct_embedding_override.go:41)	MOVL	$5, BX
   211        00529 (struct_embedding_override.go:41)	CALL	runtime.printstring(SB)
   216        00534 (struct_embedding_override.go:41)	CALL	runtime.printsp(SB)
   21b        00539 (struct_embedding_override.go:41)	LEAQ	go:string."vroom"(SB), AX
   222        00546 (struct_embedding_override.go:41)	MOVL	$5, BX
   227        00551 (struct_embedding_override.go:41)	CALL	runtime.printstring(SB)
   22c        00556 (struct_embedding_override.go:41)	CALL	runtime.printsp(SB)
   231        00561 (struct_embedding_override.go:41)	MOVQ	main..autotmp_98+272(SP), AX
   239        00569 (struct_embedding_override.go:41)	CALL	runtime.printint(SB)
   23e        00574 (struct_embedding_override.go:41)	NOP
   240        00576 (struct_embedding_override.go:41)	CALL	runtime.printnl(SB)
   245        00581 (struct_embedding_override.go:41)	CALL	runtime.printunlock(SB)
   24a        00586 (struct_embedding_override.go:42)	LEAQ	main..autotmp_35+368(SP), CX
   252        00594 (struct_embedding_override.go:42)	MOVUPS	X15, (CX)
   256        00598 (struct_embedding_override.go:42)	MOVUPS	X15, 16(CX)
   25b        00603 (struct_embedding_override.go:42)	MOVUPS	X15, 32(CX)
   260        00608 (struct_embedding_override.go:42)	MOVUPS	X15, 48(CX)
   265        00613 (struct_embedding_override.go:42)	MOVL	$150, AX
   26a        00618 (struct_embedding_override.go:42)	PCDATA	$1, $5
   26a        00618 (struct_embedding_override.go:42)	CALL	runtime.convT64(SB)
   26f        00623 (struct_embedding_override.go:42)	LEAQ	go:itab.main.Engine,main.Describer(SB), CX
   276        00630 (struct_embedding_override.go:42)	MOVQ	CX, main..autotmp_35+368(SP)
   27e        00638 (struct_embedding_override.go:42)	MOVQ	AX, main..autotmp_35+376(SP)
   286        00646 (struct_embedding_override.go:42)	LEAQ	go:itab.main.Car,main.Describer(SB), CX
   28d        00653 (struct_embedding_override.go:42)	MOVQ	CX, main..autotmp_35+384(SP)
   295        00661 (struct_embedding_override.go:42)	LEAQ	main..stmp_0(SB), CX
   29c        00668 (struct_embedding_override.go:42)	MOVQ	CX, main..autotmp_35+392(SP)
   2a4        00676 (struct_embedding_override.go:42)	LEAQ	type:main.SportsCar(SB), AX
   2ab        00683 (struct_embedding_override.go:42)	LEAQ	main.s+312(SP), BX
   2b3        00691 (struct_embedding_override.go:42)	CALL	runtime.convT(SB)
   2b8        00696 (struct_embedding_override.go:42)	LEAQ	go:itab.main.SportsCar,main.Describer(SB), CX
   2bf        00703 (struct_embedding_override.go:42)	MOVQ	CX, main..autotmp_35+400(SP)
   2c7        00711 (struct_embedding_override.go:42)	MOVQ	AX, main..autotmp_35+408(SP)
   2cf        00719 (struct_embedding_override.go:42)	LEAQ	type:main.Car(SB), AX
   2d6        00726 (struct_embedding_override.go:42)	LEAQ	main.s+312(SP), BX
   2de        00734 (struct_embedding_override.go:42)	NOP
   2e0        00736 (struct_embedding_override.go:42)	CALL	runtime.convT(SB)
   2e5        00741 (struct_embedding_override.go:42)	LEAQ	go:itab.main.Car,main.Describer(SB), CX
   2ec        00748 (struct_embedding_override.go:42)	MOVQ	CX, main..autotmp_35+416(SP)
   2f4        00756 (struct_embedding_override.go:42)	MOVQ	AX, main..autotmp_35+424(SP)
   2fc        00764 (struct_embedding_override.go:43)	LEAQ	main..autotmp_35+368(SP), CX
   304        00772 (struct_embedding_override.go:43)	XORL	AX, AX
   306        00774 (struct_embedding_override.go:43)	JMP	880
   308        00776 (struct_embedding_override.go:43)	MOVQ	AX, main..autotmp_98+272(SP)
   310        00784 (struct_embedding_override.go:43)	MOVQ	CX, main..autotmp_99+352(SP)
   318        00792 (struct_embedding_override.go:43)	MOVQ	(CX), DX
   31b        00795 (struct_embedding_override.go:43)	MOVQ	8(CX), AX
   31f        00799 (struct_embedding_override.go:44)	MOVQ	24(DX), CX
   323        00803 (struct_embedding_override.go:44)	PCDATA	$1, $6
   323        00803 (struct_embedding_override.go:44)	CALL	CX
   325        00805 (struct_embedding_override.go:44)	MOVQ	AX, main..autotmp_97+360(SP)
   32d        00813 (struct_embedding_override.go:44)	MOVQ	BX, main..autotmp_100+280(SP)
   335        00821 (struct_embedding_override.go:44)	PCDATA	$1, $7
   335        00821 (struct_embedding_override.go:44)	CALL	runtime.printlock(SB)
   33a        00826 (struct_embedding_override.go:44)	MOVQ	main..autotmp_97+360(SP), AX
   342        00834 (struct_embedding_override.go:44)	MOVQ	main..autotmp_100+280(SP), BX
   34a        00842 (struct_embedding_override.go:44)	PCDATA	$1, $6
   34a        00842 (struct_embedding_override.go:44)	CALL	runtime.printstring(SB)
   34f        00847 (struct_embedding_override.go:44)	CALL	runtime.printnl(SB)
   354        00852 (struct_embedding_override.go:44)	CALL	runtime.printunlock(SB)
   359        00857 (struct_embedding_override.go:43)	MOVQ	main..autotmp_99+352(SP), CX
   361        00865 (struct_embedding_override.go:43)	ADDQ	$16, CX
   365        00869 (struct_embedding_override.go:43)	MOVQ	main..autotmp_98+272(SP), AX
   36d        00877 (struct_embedding_override.go:43)	INCQ	AX
   370        00880 (struct_embedding_override.go:43)	CMPQ	AX, $4
   374        00884 (struct_embedding_override.go:43)	JLT	776
   376        00886 (struct_embedding_override.go:46)	MOVQ	main.s+312(SP), AX
   37e        00894 (struct_embedding_override.go:46)	ADDQ	$50, AX
   382        00898 (struct_embedding_override.go:46)	MOVQ	AX, main.s+312(SP)
   38a        00906 (struct_embedding_override.go:47)	MOVQ	main.s+328(SP), CX
   392        00914 (struct_embedding_override.go:47)	MOVQ	CX, main..autotmp_97+360(SP)
   39a        00922 (struct_embedding_override.go:47)	MOVQ	main.s+336(SP), CX
   3a2        00930 (struct_embedding_override.go:47)	MOVQ	CX, main..autotmp_98+272(SP)
   3aa        00938 (<unknown line number>)	NOP
   3aa        00938 (<unknown line number>)	NOP
   3aa        00938 (struct_embedding_override.go:47)	PCDATA	$1, $8
   3aa      5 00938 (struct_embedding_override.go:47)	CALL	main.itoa(SB)
   3af        00943 (struct_embedding_override.go:47)	MOVL	$7, CX
   3b4        00948 (struct_embedding_override.go:47)	MOVQ	AX, DI
   3b7        00951 (struct_embedding_override.go:47)	MOVQ	BX, SI
   3ba        00954 (struct_embedding_override.go:47)	LEAQ	main..autotmp_45+88(SP), AX
   3bf        00959 (struct_embedding_override.go:47)	LEAQ	go:string."engine "(SB), BX
   3c6        00966 (struct_embedding_override.go:47)	CALL	runtime.concatstring2(SB)
   3cb      4 00971 (struct_embedding_override.go:47)	MOVQ	main..autotmp_98+272(SP), CX
   3d3        00979 (struct_embedding_override.go:47)	LEAQ	go:string." with "(SB), DI
   3da        00986 (struct_embedding_override.go:47)	MOVL	$6, SI
   3df        00991 (struct_embedding_override.go:47)	MOVQ	AX, R8
   3e2        00994 (struct_embedding_override.go:47)	MOVQ	BX, R9
   3e5        00997 (struct_embedding_override.go:47)	LEAQ	main..autotmp_46+56(SP), AX
   3ea        01002 (struct_embedding_override.go:47)	MOVQ	main..autotmp_97+360(SP), BX
   3f2        01010 (struct_embedding_override.go:47)	PCDATA	$1, $0
   3f2        01010 (struct_embedding_override.go:47)	CALL	runtime.concatstring3(SB)
   3f7        01015 (struct_embedding_override.go:47)	MOVQ	AX, main.~r0.ptr+288(SP)
   3ff        01023 (struct_embedding_override.go:47)	MOVQ	BX, main.~r0.len+248(SP)
   407        01031 (struct_embedding_override.go:47)	PCDATA	$1, $9
   407     -1 01031 (struct_embedding_override.go:47)	CALL	runtime.printlock(SB)
   40c        01036 (struct_embedding_override.go:47)	MOVQ	main.~r0.ptr+288(SP), AX
   414        01044 (struct_embedding_override.go:47)	MOVQ	main.~r0.len+248(SP), BX
   41c        01052 (struct_embedding_override.go:47)	PCDATA	$1, $0
   41c        01052 (struct_embedding_override.go:47)	NOP
   420        01056 (struct_embedding_override.go:47)	CALL	runtime.printstring(SB)
   425        01061 (struct_embedding_override.go:47)	CALL	runtime.printsp(SB)
   42a        01066 (struct_embedding_override.go:47)	MOVL	$150, AX
   42f        01071 (struct_embedding_override.go:47)	CALL	runtime.printint(SB)
   434        01076 (struct_embedding_override.go:47)	CALL	runtime.printnl(SB)
   439        01081 (struct_embedding_override.go:47)	CALL	runtime.printunlock(SB)
   43e        01086 (struct_embedding_override.go:48)	ADDQ	$432, SP
   445        01093 (struct_embedding_override.go:48)	POPQ	BP
   446        01094 (struct_embedding_override.go:48)	RET
   447        01095 (struct_embedding_override.go:48)	NOP
   447        01095 (struct_embedding_override.go:37)	PCDATA	$1, $-1
   447        01095 (struct_embedding_override.go:37)	PCDATA	$0, $-2
   447        01095 (struct_embedding_override.go:37)	CALL	runtime.morestack_noctxt(SB)
   44c        01100 (struct_embedding_override.go:37)	PCDATA	$0, $-1
   44c        01100 (struct_embedding_override.go:37)	JMP	0
   451 done
wrote 23 bytes to 0x0
 00 6e 04 29 01 3e 01 82 01 08 24 01 3c 05 f3 03 0c 21 01 3c 09 4a 00
-- inlining tree for main.main:
0 | -1 | main.Car.Describe (struct_embedding_override.go:40:20) pc=213
1 | 0 | main.Engine.Describe (struct_embedding_override.go:21:79) pc=151
2 | -1 | main.Car.Describe (struct_embedding_override.go:41:20) pc=303
3 | 2 | main.Engine.Describe (struct_embedding_override.go:21:79) pc=379
4 | -1 | main.Car.Describe (struct_embedding_override.go:47:20) pc=906
5 | 4 | main.Engine.Describe (struct_embedding_override.go:21:79) pc=971
--
funcpctab main.(*Car).Describe [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Car).Describe(SB), DUPOK|WRAPPER|ABIInternal, $112-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Car).Describe(SB), DUPOK|WRAPPER|ABIInternal, $112-8
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	123
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$104, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Z8zdw/dq+fE82FieA9ctlQ==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Car).Describe.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Car).Describe.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	TESTQ	AX, AX
    11        00017 (<autogenerated>:1)	JEQ	117
    13        00019 (<autogenerated>:1)	MOVQ	(AX), CX
    16        00022 (<autogenerated>:1)	MOVQ	24(AX), DX
    1a        00026 (<autogenerated>:1)	MOVQ	DX, main..autotmp_18+88(SP)
    1f        00031 (<autogenerated>:1)	MOVQ	16(AX), DX
    23        00035 (<autogenerated>:1)	MOVQ	DX, main..autotmp_19+96(SP)
    28        00040 (<unknown line number>)	NOP
    28        00040 (<unknown line number>)	NOP
    28      1 00040 (<autogenerated>:1)	MOVQ	CX, AX
    2b        00043 (<autogenerated>:1)	PCDATA	$1, $1
    2b        00043 (<autogenerated>:1)	CALL	main.itoa(SB)
    30        00048 (<autogenerated>:1)	MOVL	$7, CX
    35        00053 (<autogenerated>:1)	MOVQ	AX, DI
    38        00056 (<autogenerated>:1)	MOVQ	BX, SI
    3b        00059 (<autogenerated>:1)	LEAQ	main..autotmp_7+56(SP), AX
    40        00064 (<autogenerated>:1)	LEAQ	go:string."engine "(SB), BX
    47        00071 (<autogenerated>:1)	CALL	runtime.concatstring2(SB)
    4c      0 00076 (<autogenerated>:1)	MOVQ	main..autotmp_18+88(SP), CX
    51        00081 (<autogenerated>:1)	LEAQ	go:string." with "(SB), DI
    58        00088 (<autogenerated>:1)	MOVL	$6, SI
    5d        00093 (<autogenerated>:1)	MOVQ	AX, R8
    60        00096 (<autogenerated>:1)	MOVQ	BX, R9
    63        00099 (<autogenerated>:1)	XORL	AX, AX
    65        00101 (<autogenerated>:1)	MOVQ	main..autotmp_19+96(SP), BX
    6a        00106 (<autogenerated>:1)	PCDATA	$1, $2
    6a        00106 (<autogenerated>:1)	CALL	runtime.concatstring3(SB)
    6f     -1 00111 (<autogenerated>:1)	ADDQ	$104, SP
    73        00115 (<autogenerated>:1)	POPQ	BP
    74        00116 (<autogenerated>:1)	RET
    75        00117 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    7a        00122 (<autogenerated>:1)	XCHGL	AX, AX
    7b        00123 (<autogenerated>:1)	NOP
    7b        00123 (<autogenerated>:1)	PCDATA	$1, $-1
    7b        00123 (<autogenerated>:1)	PCDATA	$0, $-2
    7b        00123 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    80        00128 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    85        00133 (<autogenerated>:1)	PCDATA	$0, $-1
    85        00133 (<autogenerated>:1)	MOVQ	8(SP), AX
    8a        00138 (<autogenerated>:1)	JMP	0
    8f done
wrote 9 bytes to 0x0
 00 28 04 24 01 23 01 20 00
-- inlining tree for main.(*Car).Describe:
0 | -1 | main.Car.Describe (<autogenerated>:1) pc=14
1 | 0 | main.Engine.Describe (struct_embedding_override.go:21:79) pc=76
--
funcpctab main.(*SportsCar).Describe [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*SportsCar).Describe(SB), DUPOK|WRAPPER|ABIInternal, $112-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*SportsCar).Describe(SB), DUPOK|WRAPPER|ABIInternal, $112-8
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	112
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$104, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Z8zdw/dq+fE82FieA9ctlQ==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*SportsCar).Describe.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*SportsCar).Describe.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	(AX), CX
    11        00017 (<autogenerated>:1)	MOVQ	24(AX), DX
    15        00021 (<autogenerated>:1)	MOVQ	DX, main..autotmp_18+88(SP)
    1a        00026 (<autogenerated>:1)	MOVQ	16(AX), DX
    1e        00030 (<autogenerated>:1)	MOVQ	DX, main..autotmp_19+96(SP)
    23        00035 (<unknown line number>)	NOP
    23        00035 (<unknown line number>)	NOP
    23      1 00035 (<autogenerated>:1)	MOVQ	CX, AX
    26        00038 (<autogenerated>:1)	PCDATA	$1, $1
    26        00038 (<autogenerated>:1)	CALL	main.itoa(SB)
    2b        00043 (<autogenerated>:1)	MOVL	$7, CX
    30        00048 (<autogenerated>:1)	MOVQ	AX, DI
    33        00051 (<autogenerated>:1)	MOVQ	BX, SI
    36        00054 (<autogenerated>:1)	LEAQ	main..autotmp_7+56(SP), AX
    3b        00059 (<autogenerated>:1)	LEAQ	go:string."engine "(SB), BX
    42        00066 (<autogenerated>:1)	CALL	runtime.concatstring2(SB)
    47      0 00071 (<autogenerated>:1)	MOVQ	main..autotmp_18+88(SP), CX
    4c        00076 (<autogenerated>:1)	LEAQ	go:string." with "(SB), DI
    53        00083 (<autogenerated>:1)	MOVL	$6, SI
    58        00088 (<autogenerated>:1)	MOVQ	AX, R8
    5b        00091 (<autogenerated>:1)	MOVQ	BX, R9
    5e        00094 (<autogenerated>:1)	XORL	AX, AX
    60        00096 (<autogenerated>:1)	MOVQ	main..autotmp_19+96(SP), BX
    65        00101 (<autogenerated>:1)	PCDATA	$1, $2
    65        00101 (<autogenerated>:1)	CALL	runtime.concatstring3(SB)
    6a     -1 00106 (<autogenerated>:1)	ADDQ	$104, SP
    6e        00110 (<autogenerated>:1)	POPQ	BP
    6f        00111 (<autogenerated>:1)	RET
    70        00112 (<autogenerated>:1)	NOP
    70        00112 (<autogenerated>:1)	PCDATA	$1, $-1
    70        00112 (<autogenerated>:1)	PCDATA	$0, $-2
    70        00112 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    75        00117 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    7a        00122 (<autogenerated>:1)	PCDATA	$0, $-1
    7a        00122 (<autogenerated>:1)	MOVQ	8(SP), AX
    7f        00127 (<autogenerated>:1)	NOP
    80        00128 (<autogenerated>:1)	JMP	0
    85 done
wrote 9 bytes to 0x0
 00 23 04 24 01 23 01 1b 00
-- inlining tree for main.(*SportsCar).Describe:
0 | -1 | main.Car.Describe (<autogenerated>:1) pc=14
1 | 0 | main.Engine.Describe (struct_embedding_override.go:21:79) pc=71
--
funcpctab main.SportsCar.Describe [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.SportsCar.Describe(SB), DUPOK|WRAPPER|ABIInternal, $112-40
     0        00000 (<autogenerated>:1)	TEXT	main.SportsCar.Describe(SB), DUPOK|WRAPPER|ABIInternal, $112-40
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	144
     a        00010 (<autogenerated>:1)	PCDATA	$0, $-1
     a        00010 (<autogenerated>:1)	PUSHQ	BP
     b        00011 (<autogenerated>:1)	MOVQ	SP, BP
     e        00014 (<autogenerated>:1)	SUBQ	$104, SP
    12        00018 (<autogenerated>:1)	FUNCDATA	$0, gclocals·2kxH0mWZWUKz2cCdf6+ycw==(SB)
    12        00018 (<autogenerated>:1)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
    12        00018 (<autogenerated>:1)	FUNCDATA	$5, main.SportsCar.Describe.arginfo1(SB)
    12        00018 (<autogenerated>:1)	MOVQ	CX, main..autotmp_18+96(SP)
    17        00023 (<autogenerated>:1)	MOVQ	DI, main..autotmp_19+88(SP)
    1c        00028 (<autogenerated>:1)	MOVQ	AX, main.c+120(SP)
    21        00033 (<autogenerated>:1)	MOVQ	BX, main.c+128(SP)
    29        00041 (<autogenerated>:1)	MOVQ	CX, main.c+136(SP)
    31        00049 (<autogenerated>:1)	MOVQ	DI, main.c+144(SP)
    39        00057 (<autogenerated>:1)	MOVB	SIB, main.c+152(SP)
    41        00065 (<autogenerated>:1)	MOVQ	main.c+120(SP), AX
    46        00070 (<unknown line number>)	NOP
    46        00070 (<unknown line number>)	NOP
    46        00070 (<autogenerated>:1)	PCDATA	$1, $1
    46      1 00070 (<autogenerated>:1)	CALL	main.itoa(SB)
    4b        00075 (<autogenerated>:1)	MOVL	$7, CX
    50        00080 (<autogenerated>:1)	MOVQ	AX, DI
    53        00083 (<autogenerated>:1)	MOVQ	BX, SI
    56        00086 (<autogenerated>:1)	LEAQ	main..autotmp_7+56(SP), AX
    5b        00091 (<autogenerated>:1)	LEAQ	go:string."engine "(SB), BX
    62        00098 (<autogenerated>:1)	CALL	runtime.concatstring2(SB)
    67      0 00103 (<autogenerated>:1)	MOVQ	main..autotmp_19+88(SP), CX
    6c        00108 (<autogenerated>:1)	LEAQ	go:string." with "(SB), DI
    73        00115 (<autogenerated>:1)	MOVL	$6, SI
    78        00120 (<autogenerated>:1)	MOVQ	AX, R8
    7b        00123 (<autogenerated>:1)	MOVQ	BX, R9
    7e        00126 (<autogenerated>:1)	XORL	AX, AX
    80        00128 (<autogenerated>:1)	MOVQ	main..autotmp_18+96(SP), BX
    85        00133 (<autogenerated>:1)	PCDATA	$1, $2
    85        00133 (<autogenerated>:1)	CALL	runtime.concatstring3(SB)
    8a     -1 00138 (<autogenerated>:1)	ADDQ	$104, SP
    8e        00142 (<autogenerated>:1)	POPQ	BP
    8f        00143 (<autogenerated>:1)	RET
    90        00144 (<autogenerated>:1)	NOP
    90        00144 (<autogenerated>:1)	PCDATA	$1, $-1
    90        00144 (<autogenerated>:1)	PCDATA	$0, $-2
    90        00144 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    95        00149 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    9a        00154 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    9f        00159 (<autogenerated>:1)	MOVQ	DI, 32(SP)
    a4        00164 (<autogenerated>:1)	MOVB	SIB, 40(SP)
    a9        00169 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    ae        00174 (<autogenerated>:1)	PCDATA	$0, $-1
    ae        00174 (<autogenerated>:1)	MOVQ	8(SP), AX
    b3        00179 (<autogenerated>:1)	MOVQ	16(SP), BX
    b8        00184 (<autogenerated>:1)	MOVQ	24(SP), CX
    bd        00189 (<autogenerated>:1)	MOVQ	32(SP), DI
    c2        00194 (<autogenerated>:1)	MOVBLZX	40(SP), SI
    c7        00199 (<autogenerated>:1)	JMP	0
    cc done
wrote 9 bytes to 0x0
 00 46 04 21 01 23 01 42 00
-- inlining tree for main.SportsCar.Describe:
0 | -1 | main.Car.Describe (<autogenerated>:1) pc=18
1 | 0 | main.Engine.Describe (struct_embedding_override.go:21:79) pc=103
--
funcpctab type:.eq.M16SM1 [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.M16SM1(SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.M16SM1(SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	80
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M16SM1.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M16SM1.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	(AX), DX
    11        00017 (<autogenerated>:1)	CMPQ	(BX), DX
    14        00020 (<autogenerated>:1)	JNE	72
    16        00022 (<autogenerated>:1)	MOVQ	8(AX), DX
    1a        00026 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CMPQ	8(BX), DX
    24        00036 (<autogenerated>:1)	JNE	72
    26        00038 (<autogenerated>:1)	MOVQ	24(AX), CX
    2a        00042 (<autogenerated>:1)	CMPQ	24(BX), CX
    2e        00046 (<autogenerated>:1)	JNE	72
    30        00048 (<autogenerated>:1)	MOVBLZX	32(AX), DX
    34        00052 (<autogenerated>:1)	CMPB	32(BX), DL
    37        00055 (<autogenerated>:1)	JNE	72
    39        00057 (<autogenerated>:1)	MOVQ	16(AX), AX
    3d        00061 (<autogenerated>:1)	MOVQ	16(BX), BX
    41        00065 (<autogenerated>:1)	PCDATA	$1, $1
    41        00065 (<autogenerated>:1)	CALL	runtime.memequal(SB)
    46        00070 (<autogenerated>:1)	JMP	74
    48        00072 (<autogenerated>:1)	XORL	AX, AX
    4a        00074 (<autogenerated>:1)	ADDQ	$24, SP
    4e        00078 (<autogenerated>:1)	POPQ	BP
    4f        00079 (<autogenerated>:1)	RET
    50        00080 (<autogenerated>:1)	NOP
    50        00080 (<autogenerated>:1)	PCDATA	$1, $-1
    50        00080 (<autogenerated>:1)	PCDATA	$0, $-2
    50        00080 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    55        00085 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    5a        00090 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    5f        00095 (<autogenerated>:1)	PCDATA	$0, $-1
    5f        00095 (<autogenerated>:1)	MOVQ	8(SP), AX
    64        00100 (<autogenerated>:1)	MOVQ	16(SP), BX
    69        00105 (<autogenerated>:1)	JMP	0
    6b done
wrote 3 bytes to 0x0
 00 6b 00
funcpctab main.(*Engine).Describe [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Engine).Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Engine).Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-8
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	64
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$40, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Engine).Describe.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Engine).Describe.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	TESTQ	AX, AX
    11        00017 (<autogenerated>:1)	JEQ	58
    13        00019 (<autogenerated>:1)	MOVQ	(AX), AX
    16        00022 (<unknown line number>)	NOP
    16        00022 (<autogenerated>:1)	PCDATA	$1, $1
    16      0 00022 (<autogenerated>:1)	CALL	main.itoa(SB)
    1b        00027 (<autogenerated>:1)	MOVL	$7, CX
    20        00032 (<autogenerated>:1)	MOVQ	AX, DI
    23        00035 (<autogenerated>:1)	MOVQ	BX, SI
    26        00038 (<autogenerated>:1)	XORL	AX, AX
    28        00040 (<autogenerated>:1)	LEAQ	go:string."engine "(SB), BX
    2f        00047 (<autogenerated>:1)	CALL	runtime.concatstring2(SB)
    34     -1 00052 (<autogenerated>:1)	ADDQ	$40, SP
    38        00056 (<autogenerated>:1)	POPQ	BP
    39        00057 (<autogenerated>:1)	RET
    3a        00058 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    3f        00063 (<autogenerated>:1)	XCHGL	AX, AX
    40        00064 (<autogenerated>:1)	NOP
    40        00064 (<autogenerated>:1)	PCDATA	$1, $-1
    40        00064 (<autogenerated>:1)	PCDATA	$0, $-2
    40        00064 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    45        00069 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    4a        00074 (<autogenerated>:1)	PCDATA	$0, $-1
    4a        00074 (<autogenerated>:1)	MOVQ	8(SP), AX
    4f        00079 (<autogenerated>:1)	JMP	0
    51 done
wrote 7 bytes to 0x0
 00 16 02 1e 01 1d 00
-- inlining tree for main.(*Engine).Describe:
0 | -1 | main.Engine.Describe (<autogenerated>:1) pc=14
--
funcpctab main.(*Wheels).Count [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Wheels).Count(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Wheels).Count(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Wheels).Count.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Wheels).Count.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	14
     9        00009 (<autogenerated>:1)	MOVQ	(AX), AX
     c        00012 (<autogenerated>:1)	POPQ	BP
     d        00013 (<autogenerated>:1)	RET
     e        00014 (<autogenerated>:1)	PCDATA	$1, $1
     e        00014 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    13        00019 (<autogenerated>:1)	XCHGL	AX, AX
    14 done
wrote 3 bytes to 0x0
 00 14 00
funcpctab main.(*Engine).Start [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Engine).Start(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Engine).Start(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Engine).Start.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Engine).Start.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	23
     9        00009 (<autogenerated>:1)	LEAQ	go:string."vroom"(SB), AX
    10        00016 (<autogenerated>:1)	MOVL	$5, BX
    15        00021 (<autogenerated>:1)	POPQ	BP
    16        00022 (<autogenerated>:1)	RET
    17        00023 (<autogenerated>:1)	PCDATA	$1, $1
    17        00023 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    1c        00028 (<autogenerated>:1)	XCHGL	AX, AX
    1d done
wrote 3 bytes to 0x0
 00 1d 00
funcpctab main.Car.Describe [valfunc=pctoinline]
     0     -1 00000 (struct_embedding_override.go:21)	TEXT	main.Car.Describe(SB), ABIInternal, $112-32
     0        00000 (struct_embedding_override.go:21)	TEXT	main.Car.Describe(SB), ABIInternal, $112-32
     0     -1 00000 (struct_embedding_override.go:21)	CMPQ	SP, 16(R14)
     4        00004 (struct_embedding_override.go:21)	PCDATA	$0, $-2
     4        00004 (struct_embedding_override.go:21)	JLS	110
     6        00006 (struct_embedding_override.go:21)	PCDATA	$0, $-1
     6        00006 (struct_embedding_override.go:21)	PUSHQ	BP
     7        00007 (struct_embedding_override.go:21)	MOVQ	SP, BP
     a        00010 (struct_embedding_override.go:21)	SUBQ	$104, SP
     e        00014 (struct_embedding_override.go:21)	MOVQ	CX, main.c+136(FP)
    16        00022 (struct_embedding_override.go:21)	FUNCDATA	$0, gclocals·2kxH0mWZWUKz2cCdf6+ycw==(SB)
    16        00022 (struct_embedding_override.go:21)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
    16        00022 (struct_embedding_override.go:21)	FUNCDATA	$5, main.Car.Describe.arginfo1(SB)
    16        00022 (struct_embedding_override.go:21)	FUNCDATA	$6, main.Car.Describe.argliveinfo(SB)
    16        00022 (struct_embedding_override.go:21)	PCDATA	$3, $1
    16        00022 (struct_embedding_override.go:21)	MOVQ	CX, main..autotmp_9+96(SP)
    1b        00027 (struct_embedding_override.go:21)	MOVQ	DI, main..autotmp_10+88(SP)
    20        00032 (<unknown line number>)	NOP
    20        00032 (struct_embedding_override.go:21)	PCDATA	$1, $1
    20      0 00032 (struct_embedding_override.go:21)	CALL	main.itoa(SB)
    25        00037 (struct_embedding_override.go:21)	MOVL	$7, CX
    2a        00042 (struct_embedding_override.go:21)	MOVQ	AX, DI
    2d        00045 (struct_embedding_override.go:21)	MOVQ	BX, SI
    30        00048 (struct_embedding_override.go:21)	LEAQ	main..autotmp_5+56(SP), AX
    35        00053 (struct_embedding_override.go:21)	LEAQ	go:string."engine "(SB), BX
    3c        00060 (struct_embedding_override.go:21)	NOP
    40        00064 (struct_embedding_override.go:21)	CALL	runtime.concatstring2(SB)
    45     -1 00069 (struct_embedding_override.go:21)	MOVQ	main..autotmp_10+88(SP), CX
    4a        00074 (struct_embedding_override.go:21)	LEAQ	go:string." with "(SB), DI
    51        00081 (struct_embedding_override.go:21)	MOVL	$6, SI
    56        00086 (struct_embedding_override.go:21)	MOVQ	AX, R8
    59        00089 (struct_embedding_override.go:21)	MOVQ	BX, R9
    5c        00092 (struct_embedding_override.go:21)	XORL	AX, AX
    5e        00094 (struct_embedding_override.go:21)	MOVQ	main..autotmp_9+96(SP), BX
    63        00099 (struct_embedding_override.go:21)	PCDATA	$1, $2
    63        00099 (struct_embedding_override.go:21)	CALL	runtime.concatstring3(SB)
    68        00104 (struct_embedding_override.go:21)	ADDQ	$104, SP
    6c        00108 (struct_embedding_override.go:21)	POPQ	BP
    6d        00109 (struct_embedding_override.go:21)	RET
    6e        00110 (struct_embedding_override.go:21)	NOP
    6e        00110 (struct_embedding_override.go:21)	PCDATA	$1, $-1
    6e        00110 (struct_embedding_override.go:21)	PCDATA	$0, $-2
    6e        00110 (struct_embedding_override.go:21)	MOVQ	AX, 8(SP)
    73        00115 (struct_embedding_override.go:21)	MOVQ	BX, 16(SP)
    78        00120 (struct_embedding_override.go:21)	MOVQ	CX, 24(SP)
    7d        00125 (struct_embedding_override.go:21)	MOVQ	DI, 32(SP)
    82        00130 (struct_embedding_override.go:21)	CALL	runtime.morestack_noctxt(SB)
    87        00135 (struct_embedding_override.go:21)	PCDATA	$0, $-1
    87        00135 (struct_embedding_override.go:21)	MOVQ	8(SP), AX
    8c        00140 (struct_embedding_override.go:21)	MOVQ	16(SP), BX
    91        00145 (struct_embedding_override.go:21)	MOVQ	24(SP), CX
    96        00150 (struct_embedding_override.go:21)	MOVQ	32(SP), DI
    9b        00155 (struct_embedding_override.go:21)	NOP
    a0        00160 (struct_embedding_override.go:21)	JMP	0
    a5 done
wrote 7 bytes to 0x0
 00 20 02 25 01 60 00
-- inlining tree for main.Car.Describe:
0 | -1 | main.Engine.Describe (struct_embedding_override.go:21:79) pc=22
--
funcpctab main.(*SportsCar).Start [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*SportsCar).Start(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*SportsCar).Start(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*SportsCar).Start.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*SportsCar).Start.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	23
     9        00009 (<autogenerated>:1)	LEAQ	go:string."VROOM"(SB), AX
    10        00016 (<autogenerated>:1)	MOVL	$5, BX
    15        00021 (<autogenerated>:1)	POPQ	BP
    16        00022 (<autogenerated>:1)	RET
    17        00023 (<autogenerated>:1)	PCDATA	$1, $1
    17        00023 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    1c        00028 (<autogenerated>:1)	XCHGL	AX, AX
    1d done
wrote 3 bytes to 0x0
 00 1d 00
funcpctab type:.eq.M16S [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.M16S(SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.M16S(SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	71
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M16S.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M16S.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	(AX), DX
    11        00017 (<autogenerated>:1)	CMPQ	(BX), DX
    14        00020 (<autogenerated>:1)	JNE	63
    16        00022 (<autogenerated>:1)	MOVQ	8(AX), DX
    1a        00026 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CMPQ	8(BX), DX
    24        00036 (<autogenerated>:1)	JNE	63
    26        00038 (<autogenerated>:1)	MOVQ	24(AX), CX
    2a        00042 (<autogenerated>:1)	CMPQ	24(BX), CX
    2e        00046 (<autogenerated>:1)	JNE	63
    30        00048 (<autogenerated>:1)	MOVQ	16(AX), AX
    34        00052 (<autogenerated>:1)	MOVQ	16(BX), BX
    38        00056 (<autogenerated>:1)	PCDATA	$1, $1
    38        00056 (<autogenerated>:1)	CALL	runtime.memequal(SB)
    3d        00061 (<autogenerated>:1)	JMP	65
    3f        00063 (<autogenerated>:1)	XORL	AX, AX
    41        00065 (<autogenerated>:1)	ADDQ	$24, SP
    45        00069 (<autogenerated>:1)	POPQ	BP
    46        00070 (<autogenerated>:1)	RET
    47        00071 (<autogenerated>:1)	NOP
    47        00071 (<autogenerated>:1)	PCDATA	$1, $-1
    47        00071 (<autogenerated>:1)	PCDATA	$0, $-2
    47        00071 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    4c        00076 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    51        00081 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    56        00086 (<autogenerated>:1)	PCDATA	$0, $-1
    56        00086 (<autogenerated>:1)	MOVQ	8(SP), AX
    5b        00091 (<autogenerated>:1)	MOVQ	16(SP), BX
    60        00096 (<autogenerated>:1)	JMP	0
    62 done
wrote 3 bytes to 0x0
 00 62 00
funcpctab main.Car.Start [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Car.Start(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-32
     0        00000 (<autogenerated>:1)	TEXT	main.Car.Start(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-32
     0        00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·hyAImouC9Dl6LsGve7UiMg==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$5, main.Car.Start.arginfo1(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$6, main.Car.Start.argliveinfo(SB)
     0        00000 (<autogenerated>:1)	PCDATA	$3, $1
     0     -1 00000 (<autogenerated>:1)	LEAQ	go:string."vroom"(SB), AX
     7        00007 (<autogenerated>:1)	MOVL	$5, BX
     c        00012 (<autogenerated>:1)	RET
     d done
wrote 3 bytes to 0x0
 00 0d 00
funcpctab main.SportsCar.Count [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.SportsCar.Count(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-40
     0        00000 (<autogenerated>:1)	TEXT	main.SportsCar.Count(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-40
     0        00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·psbdpG2JvgWTgwMzSCvM6g==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$5, main.SportsCar.Count.arginfo1(SB)
     0     -1 00000 (<autogenerated>:1)	MOVQ	BX, AX
     3        00003 (<autogenerated>:1)	RET
     4 done
wrote 3 bytes to 0x0
 00 04 00
funcpctab main.(*Car).Count [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Car).Count(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Car).Count(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
     0        00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*Car).Count.arginfo1(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*Car).Count.argliveinfo(SB)
     0        00000 (<autogenerated>:1)	PCDATA	$3, $1
     0     -1 00000 (<autogenerated>:1)	MOVQ	8(AX), AX
     4        00004 (<autogenerated>:1)	RET
     5 done
wrote 3 bytes to 0x0
 00 05 00
funcpctab main.Car.Count [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Car.Count(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-32
     0        00000 (<autogenerated>:1)	TEXT	main.Car.Count(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-32
     0     -1 00000 (<autogenerated>:1)	MOVQ	CX, main.w+24(FP)
     5        00005 (<autogenerated>:1)	FUNCDATA	$0, gclocals·psbdpG2JvgWTgwMzSCvM6g==(SB)
     5        00005 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (<autogenerated>:1)	FUNCDATA	$5, main.Car.Count.arginfo1(SB)
     5        00005 (<autogenerated>:1)	FUNCDATA	$6, main.Car.Count.argliveinfo(SB)
     5        00005 (<autogenerated>:1)	PCDATA	$3, $1
     5        00005 (<autogenerated>:1)	MOVQ	BX, AX
     8        00008 (<autogenerated>:1)	RET
     9 done
wrote 3 bytes to 0x0
 00 09 00
funcpctab main.(*Car).Start [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Car).Start(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Car).Start(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
     0        00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*Car).Start.arginfo1(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*Car).Start.argliveinfo(SB)
     0        00000 (<autogenerated>:1)	PCDATA	$3, $1
     0     -1 00000 (<autogenerated>:1)	TESTB	AL, (AX)
     2        00002 (<autogenerated>:1)	LEAQ	go:string."vroom"(SB), AX
     9        00009 (<autogenerated>:1)	MOVL	$5, BX
     e        00014 (<autogenerated>:1)	RET
     f done
wrote 3 bytes to 0x0
 00 0f 00
funcpctab main.(*SportsCar).Count [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*SportsCar).Count(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*SportsCar).Count(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
     0        00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*SportsCar).Count.arginfo1(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*SportsCar).Count.argliveinfo(SB)
     0        00000 (<autogenerated>:1)	PCDATA	$3, $1
     0     -1 00000 (<autogenerated>:1)	MOVQ	8(AX), AX
     4        00004 (<autogenerated>:1)	RET
     5 done
wrote 3 bytes to 0x0
 00 05 00
funcpctab main.itoa [valfunc=pctoinline]
     0     -1 00000 (struct_embedding_override.go:30)	TEXT	main.itoa(SB), ABIInternal, $80-8
     0        00000 (struct_embedding_override.go:30)	TEXT	main.itoa(SB), ABIInternal, $80-8
     0     -1 00000 (struct_embedding_override.go:30)	CMPQ	SP, 16(R14)
     4        00004 (struct_embedding_override.go:30)	PCDATA	$0, $-2
     4        00004 (struct_embedding_override.go:30)	JLS	162
     a        00010 (struct_embedding_override.go:30)	PCDATA	$0, $-1
     a        00010 (struct_embedding_override.go:30)	PUSHQ	BP
     b        00011 (struct_embedding_override.go:30)	MOVQ	SP, BP
     e        00014 (struct_embedding_override.go:30)	SUBQ	$72, SP
    12        00018 (struct_embedding_override.go:30)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    12        00018 (struct_embedding_override.go:30)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
    12        00018 (struct_embedding_override.go:30)	FUNCDATA	$5, main.itoa.arginfo1(SB)
    12        00018 (struct_embedding_override.go:30)	FUNCDATA	$6, main.itoa.argliveinfo(SB)
    12        00018 (struct_embedding_override.go:30)	PCDATA	$3, $1
    12        00018 (struct_embedding_override.go:31)	CMPQ	AX, $10
    16        00022 (struct_embedding_override.go:31)	JGE	44
    18        00024 (struct_embedding_override.go:32)	LEAQ	48(AX), CX
    1c        00028 (struct_embedding_override.go:32)	MOVLQSX	CX, BX
    1f        00031 (struct_embedding_override.go:32)	XORL	AX, AX
    21        00033 (struct_embedding_override.go:32)	PCDATA	$1, $0
    21        00033 (struct_embedding_override.go:32)	CALL	runtime.intstring(SB)
    26        00038 (struct_embedding_override.go:32)	ADDQ	$72, SP
    2a        00042 (struct_embedding_override.go:32)	POPQ	BP
    2b        00043 (struct_embedding_override.go:32)	RET
    2c        00044 (struct_embedding_override.go:31)	MOVQ	AX, main.n+88(SP)
    31        00049 (struct_embedding_override.go:31)	PCDATA	$3, $-1
    31        00049 (struct_embedding_override.go:31)	MOVQ	AX, CX
    34        00052 (struct_embedding_override.go:34)	MOVQ	$-3689348814741910323, AX
    3e        00062 (struct_embedding_override.go:34)	MULQ	CX
    41        00065 (struct_embedding_override.go:34)	SHRQ	$3, DX
    45        00069 (struct_embedding_override.go:34)	MOVQ	DX, main..autotmp_7+56(SP)
    4a        00074 (struct_embedding_override.go:34)	MOVQ	DX, AX
    4d        00077 (struct_embedding_override.go:34)	CALL	main.itoa(SB)
    52        00082 (struct_embedding_override.go:34)	MOVQ	AX, main..autotmp_8+64(SP)
    57        00087 (struct_embedding_override.go:34)	MOVQ	BX, main..autotmp_9+48(SP)
    5c        00092 (struct_embedding_override.go:34)	MOVQ	main..autotmp_7+56(SP), CX
    61        00097 (struct_embedding_override.go:34)	ADDQ	CX, CX
    64        00100 (struct_embedding_override.go:34)	LEAQ	(CX)(CX*4), CX
    68        00104 (struct_embedding_override.go:34)	MOVQ	main.n+88(SP), DX
    6d        00109 (struct_embedding_override.go:34)	SUBQ	CX, DX
    70        00112 (struct_embedding_override.go:34)	LEAQ	48(DX), CX
    74        00116 (struct_embedding_override.go:34)	MOVLQSX	CX, BX
    77        00119 (struct_embedding_override.go:34)	LEAQ	main..autotmp_4+44(SP), AX
    7c        00124 (struct_embedding_override.go:34)	PCDATA	$1, $1
    7c        00124 (struct_embedding_override.go:34)	NOP
    80        00128 (struct_embedding_override.go:34)	CALL	runtime.intstring(SB)
    85        00133 (struct_embedding_override.go:34)	MOVQ	main..autotmp_9+48(SP), CX
    8a        00138 (struct_embedding_override.go:34)	MOVQ	AX, DI
    8d        00141 (struct_embedding_override.go:34)	MOVQ	BX, SI
    90        00144 (struct_embedding_override.go:34)	XORL	AX, AX
    92        00146 (struct_embedding_override.go:34)	MOVQ	main..autotmp_8+64(SP), BX
    97        00151 (struct_embedding_override.go:34)	PCDATA	$1, $0
    97        00151 (struct_embedding_override.go:34)	CALL	runtime.concatstring2(SB)
    9c        00156 (struct_embedding_override.go:34)	ADDQ	$72, SP
    a0        00160 (struct_embedding_override.go:34)	POPQ	BP
    a1        00161 (struct_embedding_override.go:34)	RET
    a2        00162 (struct_embedding_override.go:34)	NOP
    a2        00162 (struct_embedding_override.go:30)	PCDATA	$1, $-1
    a2        00162 (struct_embedding_override.go:30)	PCDATA	$0, $-2
    a2        00162 (struct_embedding_override.go:30)	MOVQ	AX, 8(SP)
    a7        00167 (struct_embedding_override.go:30)	CALL	runtime.morestack_noctxt(SB)
    ac        00172 (struct_embedding_override.go:30)	PCDATA	$0, $-1
    ac        00172 (struct_embedding_override.go:30)	MOVQ	8(SP), AX
    b1        00177 (struct_embedding_override.go:30)	JMP	0
    b6 done
wrote 4 bytes to 0x0
 00 b6 01 00
funcpctab main.Engine.Describe [valfunc=pctoinline]
     0     -1 00000 (struct_embedding_override.go:8)	TEXT	main.Engine.Describe(SB), ABIInternal, $48-8
     0        00000 (struct_embedding_override.go:8)	TEXT	main.Engine.Describe(SB), ABIInternal, $48-8
     0     -1 00000 (struct_embedding_override.go:8)	CMPQ	SP, 16(R14)
     4        00004 (struct_embedding_override.go:8)	PCDATA	$0, $-2
     4        00004 (struct_embedding_override.go:8)	JLS	50
     6        00006 (struct_embedding_override.go:8)	PCDATA	$0, $-1
     6        00006 (struct_embedding_override.go:8)	PUSHQ	BP
     7        00007 (struct_embedding_override.go:8)	MOVQ	SP, BP
     a        00010 (struct_embedding_override.go:8)	SUBQ	$40, SP
     e        00014 (struct_embedding_override.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (struct_embedding_override.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (struct_embedding_override.go:8)	FUNCDATA	$5, main.Engine.Describe.arginfo1(SB)
     e        00014 (struct_embedding_override.go:8)	FUNCDATA	$6, main.Engine.Describe.argliveinfo(SB)
     e        00014 (struct_embedding_override.go:8)	PCDATA	$3, $1
     e        00014 (struct_embedding_override.go:8)	PCDATA	$1, $0
     e        00014 (struct_embedding_override.go:8)	CALL	main.itoa(SB)
    13        00019 (struct_embedding_override.go:8)	MOVL	$7, CX
    18        00024 (struct_embedding_override.go:8)	MOVQ	AX, DI
    1b        00027 (struct_embedding_override.go:8)	MOVQ	BX, SI
    1e        00030 (struct_embedding_override.go:8)	XORL	AX, AX
    20        00032 (struct_embedding_override.go:8)	LEAQ	go:string."engine "(SB), BX
    27        00039 (struct_embedding_override.go:8)	CALL	runtime.concatstring2(SB)
    2c        00044 (struct_embedding_override.go:8)	ADDQ	$40, SP
    30        00048 (struct_embedding_override.go:8)	POPQ	BP
    31        00049 (struct_embedding_override.go:8)	RET
    32        00050 (struct_embedding_override.go:8)	NOP
    32        00050 (struct_embedding_override.go:8)	PCDATA	$1, $-1
    32        00050 (struct_embedding_override.go:8)	PCDATA	$0, $-2
    32        00050 (struct_embedding_override.go:8)	MOVQ	AX, 8(SP)
    37        00055 (struct_embedding_override.go:8)	CALL	runtime.morestack_noctxt(SB)
    3c        00060 (struct_embedding_override.go:8)	PCDATA	$0, $-1
    3c        00060 (struct_embedding_override.go:8)	MOVQ	8(SP), AX
    41        00065 (struct_embedding_override.go:8)	JMP	0
    43 done
wrote 3 bytes to 0x0
 00 43 00
funcpctab main.Describer.Describe [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Describer.Describe(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.Describer.Describe(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Describer.Describe.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Describer.Describe.argliveinfo(SB)
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
funcpctab main.SportsCar.Start [valfunc=pctoinline]
     0     -1 00000 (struct_embedding_override.go:28)	TEXT	main.SportsCar.Start(SB), NOSPLIT|NOFRAME|ABIInternal, $0-40
     0        00000 (struct_embedding_override.go:28)	TEXT	main.SportsCar.Start(SB), NOSPLIT|NOFRAME|ABIInternal, $0-40
     0        00000 (struct_embedding_override.go:28)	FUNCDATA	$0, gclocals·hyAImouC9Dl6LsGve7UiMg==(SB)
     0        00000 (struct_embedding_override.go:28)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (struct_embedding_override.go:28)	FUNCDATA	$5, main.SportsCar.Start.arginfo1(SB)
     0     -1 00000 (struct_embedding_override.go:28)	LEAQ	go:string."VROOM"(SB), AX
     7        00007 (struct_embedding_override.go:28)	MOVL	$5, BX
     c        00012 (struct_embedding_override.go:28)	RET
     d done
wrote 3 bytes to 0x0
 00 0d 00
funcpctab main.Wheels.Count [valfunc=pctoinline]
     0     -1 00000 (struct_embedding_override.go:13)	TEXT	main.Wheels.Count(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (struct_embedding_override.go:13)	TEXT	main.Wheels.Count(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (struct_embedding_override.go:13)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (struct_embedding_override.go:13)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (struct_embedding_override.go:13)	FUNCDATA	$5, main.Wheels.Count.arginfo1(SB)
     0        00000 (struct_embedding_override.go:13)	FUNCDATA	$6, main.Wheels.Count.argliveinfo(SB)
     0        00000 (struct_embedding_override.go:13)	PCDATA	$3, $1
     0     -1 00000 (struct_embedding_override.go:13)	RET
     1 done
wrote 3 bytes to 0x0
 00 01 00
funcpctab main.Engine.Start [valfunc=pctoinline]
     0     -1 00000 (struct_embedding_override.go:9)	TEXT	main.Engine.Start(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (struct_embedding_override.go:9)	TEXT	main.Engine.Start(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0        00000 (struct_embedding_override.go:9)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (struct_embedding_override.go:9)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (struct_embedding_override.go:9)	FUNCDATA	$5, main.Engine.Start.arginfo1(SB)
     0        00000 (struct_embedding_override.go:9)	FUNCDATA	$6, main.Engine.Start.argliveinfo(SB)
     0        00000 (struct_embedding_override.go:9)	PCDATA	$3, $1
     0     -1 00000 (struct_embedding_override.go:9)	LEAQ	go:string."vroom"(SB), AX
     7        00007 (struct_embedding_override.go:9)	MOVL	$5, BX
     c        00012 (struct_embedding_override.go:9)	RET
     d done
wrote 3 bytes to 0x0
 00 0d 00
main.Engine.Describe STEXT size=67 align=0x0 args=0x8 locals=0x30 funcid=0x0
	0x0000 00000 (struct_embedding_override.go:8)	TEXT	main.Engine.Describe(SB), ABIInternal, $48-8
	0x0000 00000 (struct_embedding_override.go:8)	CMPQ	SP, 16(R14)
	0x0004 00004 (struct_embedding_override.go:8)	PCDATA	$0, $-2
	0x0004 00004 (struct_embedding_override.go:8)	JLS	50
	0x0006 00006 (struct_embedding_override.go:8)	PCDATA	$0, $-1
	0x0006 00006 (struct_embedding_override.go:8)	PUSHQ	BP
	0x0007 00007 (struct_embedding_override.go:8)	MOVQ	SP, BP
	0x000a 00010 (struct_embedding_override.go:8)	SUBQ	$40, SP
	0x000e 00014 (struct_embedding_override.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (struct_embedding_override.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (struct_embedding_override.go:8)	FUNCDATA	$5, main.Engine.Describe.arginfo1(SB)
	0x000e 00014 (struct_embedding_override.go:8)	FUNCDATA	$6, main.Engine.Describe.argliveinfo(SB)
	0x000e 00014 (struct_embedding_override.go:8)	PCDATA	$3, $1
	0x000e 00014 (struct_embedding_override.go:8)	PCDATA	$1, $0
	0x000e 00014 (struct_embedding_override.go:8)	CALL	main.itoa(SB)
	0x0013 00019 (struct_embedding_override.go:8)	MOVL	$7, CX
	0x0018 00024 (struct_embedding_override.go:8)	MOVQ	AX, DI
	0x001b 00027 (struct_embedding_override.go:8)	MOVQ	BX, SI
	0x001e 00030 (struct_embedding_override.go:8)	XORL	AX, AX
	0x0020 00032 (struct_embedding_override.go:8)	LEAQ	go:string."engine "(SB), BX
	0x0027 00039 (struct_embedding_override.go:8)	CALL	runtime.concatstring2(SB)
	0x002c 00044 (struct_embedding_override.go:8)	ADDQ	$40, SP
	0x0030 00048 (struct_embedding_override.go:8)	POPQ	BP
	0x0031 00049 (struct_embedding_override.go:8)	RET
	0x0032 00050 (struct_embedding_override.go:8)	NOP
	0x0032 00050 (struct_embedding_override.go:8)	PCDATA	$1, $-1
	0x0032 00050 (struct_embedding_override.go:8)	PCDATA	$0, $-2
	0x0032 00050 (struct_embedding_override.go:8)	MOVQ	AX, 8(SP)
	0x0037 00055 (struct_embedding_override.go:8)	CALL	runtime.morestack_noctxt(SB)
	0x003c 00060 (struct_embedding_override.go:8)	PCDATA	$0, $-1
	0x003c 00060 (struct_embedding_override.go:8)	MOVQ	8(SP), AX
	0x0041 00065 (struct_embedding_override.go:8)	JMP	0
	0x0000 49 3b 66 10 76 2c 55 48 89 e5 48 83 ec 28 e8 00  I;f.v,UH..H..(..
	0x0010 00 00 00 b9 07 00 00 00 48 89 c7 48 89 de 31 c0  ........H..H..1.
	0x0020 48 8d 1d 00 00 00 00 e8 00 00 00 00 48 83 c4 28  H...........H..(
	0x0030 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24  ].H.D$......H.D$
	0x0040 08 eb bd                                         ...
	rel 15+4 t=R_CALL main.itoa+0
	rel 35+4 t=R_PCREL go:string."engine "+0
	rel 40+4 t=R_CALL runtime.concatstring2+0
	rel 56+4 t=R_CALL runtime.morestack_noctxt+0
main.Engine.Start STEXT nosplit size=13 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (struct_embedding_override.go:9)	TEXT	main.Engine.Start(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (struct_embedding_override.go:9)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (struct_embedding_override.go:9)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (struct_embedding_override.go:9)	FUNCDATA	$5, main.Engine.Start.arginfo1(SB)
	0x0000 00000 (struct_embedding_override.go:9)	FUNCDATA	$6, main.Engine.Start.argliveinfo(SB)
	0x0000 00000 (struct_embedding_override.go:9)	PCDATA	$3, $1
	0x0000 00000 (struct_embedding_override.go:9)	LEAQ	go:string."vroom"(SB), AX
	0x0007 00007 (struct_embedding_override.go:9)	MOVL	$5, BX
	0x000c 00012 (struct_embedding_override.go:9)	RET
	0x0000 48 8d 05 00 00 00 00 bb 05 00 00 00 c3           H............
	rel 3+4 t=R_PCREL go:string."vroom"+0
main.Wheels.Count STEXT nosplit size=1 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (struct_embedding_override.go:13)	TEXT	main.Wheels.Count(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (struct_embedding_override.go:13)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (struct_embedding_override.go:13)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (struct_embedding_override.go:13)	FUNCDATA	$5, main.Wheels.Count.arginfo1(SB)
	0x0000 00000 (struct_embedding_override.go:13)	FUNCDATA	$6, main.Wheels.Count.argliveinfo(SB)
	0x0000 00000 (struct_embedding_override.go:13)	PCDATA	$3, $1
	0x0000 00000 (struct_embedding_override.go:13)	RET
	0x0000 c3                                               .
main.Car.Describe STEXT size=165 align=0x0 args=0x20 locals=0x70 funcid=0x0
	0x0000 00000 (struct_embedding_override.go:21)	TEXT	main.Car.Describe(SB), ABIInternal, $112-32
	0x0000 00000 (struct_embedding_override.go:21)	CMPQ	SP, 16(R14)
	0x0004 00004 (struct_embedding_override.go:21)	PCDATA	$0, $-2
	0x0004 00004 (struct_embedding_override.go:21)	JLS	110
	0x0006 00006 (struct_embedding_override.go:21)	PCDATA	$0, $-1
	0x0006 00006 (struct_embedding_override.go:21)	PUSHQ	BP
	0x0007 00007 (struct_embedding_override.go:21)	MOVQ	SP, BP
	0x000a 00010 (struct_embedding_override.go:21)	SUBQ	$104, SP
	0x000e 00014 (struct_embedding_override.go:21)	MOVQ	CX, main.c+136(FP)
	0x0016 00022 (struct_embedding_override.go:21)	FUNCDATA	$0, gclocals·2kxH0mWZWUKz2cCdf6+ycw==(SB)
	0x0016 00022 (struct_embedding_override.go:21)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x0016 00022 (struct_embedding_override.go:21)	FUNCDATA	$5, main.Car.Describe.arginfo1(SB)
	0x0016 00022 (struct_embedding_override.go:21)	FUNCDATA	$6, main.Car.Describe.argliveinfo(SB)
	0x0016 00022 (struct_embedding_override.go:21)	PCDATA	$3, $1
	0x0016 00022 (struct_embedding_override.go:21)	MOVQ	CX, main..autotmp_9+96(SP)
	0x001b 00027 (struct_embedding_override.go:21)	MOVQ	DI, main..autotmp_10+88(SP)
	0x0020 00032 (<unknown line number>)	NOP
	0x0020 00032 (struct_embedding_override.go:8)	PCDATA	$1, $1
	0x0020 00032 (struct_embedding_override.go:8)	CALL	main.itoa(SB)
	0x0025 00037 (struct_embedding_override.go:8)	MOVL	$7, CX
	0x002a 00042 (struct_embedding_override.go:8)	MOVQ	AX, DI
	0x002d 00045 (struct_embedding_override.go:8)	MOVQ	BX, SI
	0x0030 00048 (struct_embedding_override.go:8)	LEAQ	main..autotmp_5+56(SP), AX
	0x0035 00053 (struct_embedding_override.go:8)	LEAQ	go:string."engine "(SB), BX
	0x003c 00060 (struct_embedding_override.go:8)	NOP
	0x0040 00064 (struct_embedding_override.go:8)	CALL	runtime.concatstring2(SB)
	0x0045 00069 (struct_embedding_override.go:21)	MOVQ	main..autotmp_10+88(SP), CX
	0x004a 00074 (struct_embedding_override.go:21)	LEAQ	go:string." with "(SB), DI
	0x0051 00081 (struct_embedding_override.go:21)	MOVL	$6, SI
	0x0056 00086 (struct_embedding_override.go:21)	MOVQ	AX, R8
	0x0059 00089 (struct_embedding_override.go:21)	MOVQ	BX, R9
	0x005c 00092 (struct_embedding_override.go:21)	XORL	AX, AX
	0x005e 00094 (struct_embedding_override.go:21)	MOVQ	main..autotmp_9+96(SP), BX
	0x0063 00099 (struct_embedding_override.go:21)	PCDATA	$1, $2
	0x0063 00099 (struct_embedding_override.go:21)	CALL	runtime.concatstring3(SB)
	0x0068 00104 (struct_embedding_override.go:21)	ADDQ	$104, SP
	0x006c 00108 (struct_embedding_override.go:21)	POPQ	BP
	0x006d 00109 (struct_embedding_override.go:21)	RET
	0x006e 00110 (struct_embedding_override.go:21)	NOP
	0x006e 00110 (struct_embedding_override.go:21)	PCDATA	$1, $-1
	0x006e 00110 (struct_embedding_override.go:21)	PCDATA	$0, $-2
	0x006e 00110 (struct_embedding_override.go:21)	MOVQ	AX, 8(SP)
	0x0073 00115 (struct_embedding_override.go:21)	MOVQ	BX, 16(SP)
	0x0078 00120 (struct_embedding_override.go:21)	MOVQ	CX, 24(SP)
	0x007d 00125 (struct_embedding_override.go:21)	MOVQ	DI, 32(SP)
	0x0082 00130 (struct_embedding_override.go:21)	CALL	runtime.morestack_noctxt(SB)
	0x0087 00135 (struct_embedding_override.go:21)	PCDATA	$0, $-1
	0x0087 00135 (struct_embedding_override.go:21)	MOVQ	8(SP), AX
	0x008c 00140 (struct_embedding_override.go:21)	MOVQ	16(SP), BX
	0x0091 00145 (struct_embedding_override.go:21)	MOVQ	24(SP), CX
	0x0096 00150 (struct_embedding_override.go:21)	MOVQ	32(SP), DI
	0x009b 00155 (struct_embedding_override.go:21)	NOP
	0x00a0 00160 (struct_embedding_override.go:21)	JMP	0
	0x0000 49 3b 66 10 76 68 55 48 89 e5 48 83 ec 68 48 89  I;f.vhUH..H..hH.
	0x0010 8c 24 88 00 00 00 48 89 4c 24 60 48 89 7c 24 58  .$....H.L$`H.|$X
	0x0020 e8 00 00 00 00 b9 07 00 00 00 48 89 c7 48 89 de  ..........H..H..
	0x0030 48 8d 44 24 38 48 8d 1d 00 00 00 00 0f 1f 40 00  H.D$8H........@.
	0x0040 e8 00 00 00 00 48 8b 4c 24 58 48 8d 3d 00 00 00  .....H.L$XH.=...
	0x0050 00 be 06 00 00 00 49 89 c0 49 89 d9 31 c0 48 8b  ......I..I..1.H.
	0x0060 5c 24 60 e8 00 00 00 00 48 83 c4 68 5d c3 48 89  \$`.....H..h].H.
	0x0070 44 24 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c  D$.H.\$.H.L$.H.|
	0x0080 24 20 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24  $ .....H.D$.H.\$
	0x0090 10 48 8b 4c 24 18 48 8b 7c 24 20 0f 1f 44 00 00  .H.L$.H.|$ ..D..
	0x00a0 e9 5b ff ff ff                                   .[...
	rel 33+4 t=R_CALL main.itoa+0
	rel 56+4 t=R_PCREL go:string."engine "+0
	rel 65+4 t=R_CALL runtime.concatstring2+0
	rel 77+4 t=R_PCREL go:string." with "+0
	rel 100+4 t=R_CALL runtime.concatstring3+0
	rel 131+4 t=R_CALL runtime.morestack_noctxt+0
main.SportsCar.Start STEXT nosplit size=13 align=0x0 args=0x28 locals=0x0 funcid=0x0
	0x0000 00000 (struct_embedding_override.go:28)	TEXT	main.SportsCar.Start(SB), NOSPLIT|NOFRAME|ABIInternal, $0-40
	0x0000 00000 (struct_embedding_override.go:28)	FUNCDATA	$0, gclocals·hyAImouC9Dl6LsGve7UiMg==(SB)
	0x0000 00000 (struct_embedding_override.go:28)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (struct_embedding_override.go:28)	FUNCDATA	$5, main.SportsCar.Start.arginfo1(SB)
	0x0000 00000 (struct_embedding_override.go:28)	LEAQ	go:string."VROOM"(SB), AX
	0x0007 00007 (struct_embedding_override.go:28)	MOVL	$5, BX
	0x000c 00012 (struct_embedding_override.go:28)	RET
	0x0000 48 8d 05 00 00 00 00 bb 05 00 00 00 c3           H............
	rel 3+4 t=R_PCREL go:string."VROOM"+0
main.itoa STEXT size=182 align=0x0 args=0x8 locals=0x50 funcid=0x0
	0x0000 00000 (struct_embedding_override.go:30)	TEXT	main.itoa(SB), ABIInternal, $80-8
	0x0000 00000 (struct_embedding_override.go:30)	CMPQ	SP, 16(R14)
	0x0004 00004 (struct_embedding_override.go:30)	PCDATA	$0, $-2
	0x0004 00004 (struct_embedding_override.go:30)	JLS	162
	0x000a 00010 (struct_embedding_override.go:30)	PCDATA	$0, $-1
	0x000a 00010 (struct_embedding_override.go:30)	PUSHQ	BP
	0x000b 00011 (struct_embedding_override.go:30)	MOVQ	SP, BP
	0x000e 00014 (struct_embedding_override.go:30)	SUBQ	$72, SP
	0x0012 00018 (struct_embedding_override.go:30)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0012 00018 (struct_embedding_override.go:30)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x0012 00018 (struct_embedding_override.go:30)	FUNCDATA	$5, main.itoa.arginfo1(SB)
	0x0012 00018 (struct_embedding_override.go:30)	FUNCDATA	$6, main.itoa.argliveinfo(SB)
	0x0012 00018 (struct_embedding_override.go:30)	PCDATA	$3, $1
	0x0012 00018 (struct_embedding_override.go:31)	CMPQ	AX, $10
	0x0016 00022 (struct_embedding_override.go:31)	JGE	44
	0x0018 00024 (struct_embedding_override.go:32)	LEAQ	48(AX), CX
	0x001c 00028 (struct_embedding_override.go:32)	MOVLQSX	CX, BX
	0x001f 00031 (struct_embedding_override.go:32)	XORL	AX, AX
	0x0021 00033 (struct_embedding_override.go:32)	PCDATA	$1, $0
	0x0021 00033 (struct_embedding_override.go:32)	CALL	runtime.intstring(SB)
	0x0026 00038 (struct_embedding_override.go:32)	ADDQ	$72, SP
	0x002a 00042 (struct_embedding_override.go:32)	POPQ	BP
	0x002b 00043 (struct_embedding_override.go:32)	RET
	0x002c 00044 (struct_embedding_override.go:31)	MOVQ	AX, main.n+88(SP)
	0x0031 00049 (struct_embedding_override.go:31)	PCDATA	$3, $-1
	0x0031 00049 (struct_embedding_override.go:31)	MOVQ	AX, CX
	0x0034 00052 (struct_embedding_override.go:34)	MOVQ	$-3689348814741910323, AX
	0x003e 00062 (struct_embedding_override.go:34)	MULQ	CX
	0x0041 00065 (struct_embedding_override.go:34)	SHRQ	$3, DX
	0x0045 00069 (struct_embedding_override.go:34)	MOVQ	DX, main..autotmp_7+56(SP)
	0x004a 00074 (struct_embedding_override.go:34)	MOVQ	DX, AX
	0x004d 00077 (struct_embedding_override.go:34)	CALL	main.itoa(SB)
	0x0052 00082 (struct_embedding_override.go:34)	MOVQ	AX, main..autotmp_8+64(SP)
	0x0057 00087 (struct_embedding_override.go:34)	MOVQ	BX, main..autotmp_9+48(SP)
	0x005c 00092 (struct_embedding_override.go:34)	MOVQ	main..autotmp_7+56(SP), CX
	0x0061 00097 (struct_embedding_override.go:34)	ADDQ	CX, CX
	0x0064 00100 (struct_embedding_override.go:34)	LEAQ	(CX)(CX*4), CX
	0x0068 00104 (struct_embedding_override.go:34)	MOVQ	main.n+88(SP), DX
	0x006d 00109 (struct_embedding_override.go:34)	SUBQ	CX, DX
	0x0070 00112 (struct_embedding_override.go:34)	LEAQ	48(DX), CX
	0x0074 00116 (struct_embedding_override.go:34)	MOVLQSX	CX, BX
	0x0077 00119 (struct_embedding_override.go:34)	LEAQ	main..autotmp_4+44(SP), AX
	0x007c 00124 (struct_embedding_override.go:34)	PCDATA	$1, $1
	0x007c 00124 (struct_embedding_override.go:34)	NOP
	0x0080 00128 (struct_embedding_override.go:34)	CALL	runtime.intstring(SB)
	0x0085 00133 (struct_embedding_override.go:34)	MOVQ	main..autotmp_9+48(SP), CX
	0x008a 00138 (struct_embedding_override.go:34)	MOVQ	AX, DI
	0x008d 00141 (struct_embedding_override.go:34)	MOVQ	BX, SI
	0x0090 00144 (struct_embedding_override.go:34)	XORL	AX, AX
	0x0092 00146 (struct_embedding_override.go:34)	MOVQ	main..autotmp_8+64(SP), BX
	0x0097 00151 (struct_embedding_override.go:34)	PCDATA	$1, $0
	0x0097 00151 (struct_embedding_override.go:34)	CALL	runtime.concatstring2(SB)
	0x009c 00156 (struct_embedding_override.go:34)	ADDQ	$72, SP
	0x00a0 00160 (struct_embedding_override.go:34)	POPQ	BP
	0x00a1 00161 (struct_embedding_override.go:34)	RET
	0x00a2 00162 (struct_embedding_override.go:34)	NOP
	0x00a2 00162 (struct_embedding_override.go:30)	PCDATA	$1, $-1
	0x00a2 00162 (struct_embedding_override.go:30)	PCDATA	$0, $-2
	0x00a2 00162 (struct_embedding_override.go:30)	MOVQ	AX, 8(SP)
	0x00a7 00167 (struct_embedding_override.go:30)	CALL	runtime.morestack_noctxt(SB)
	0x00ac 00172 (struct_embedding_override.go:30)	PCDATA	$0, $-1
	0x00ac 00172 (struct_embedding_override.go:30)	MOVQ	8(SP), AX
	0x00b1 00177 (struct_embedding_override.go:30)	JMP	0
	0x0000 49 3b 66 10 0f 86 98 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 48 48 83 f8 0a 7d 14 48 8d 48 30 48 63 d9 31  .HH...}.H.H0Hc.1
	0x0020 c0 e8 00 00 00 00 48 83 c4 48 5d c3 48 89 44 24  ......H..H].H.D$
	0x0030 58 48 89 c1 48 b8 cd cc cc cc cc cc cc cc 48 f7  XH..H.........H.
	0x0040 e1 48 c1 ea 03 48 89 54 24 38 48 89 d0 e8 00 00  .H...H.T$8H.....
	0x0050 00 00 48 89 44 24 40 48 89 5c 24 30 48 8b 4c 24  ..H.D$@H.\$0H.L$
	0x0060 38 48 01 c9 48 8d 0c 89 48 8b 54 24 58 48 29 ca  8H..H...H.T$XH).
	0x0070 48 8d 4a 30 48 63 d9 48 8d 44 24 2c 0f 1f 40 00  H.J0Hc.H.D$,..@.
	0x0080 e8 00 00 00 00 48 8b 4c 24 30 48 89 c7 48 89 de  .....H.L$0H..H..
	0x0090 31 c0 48 8b 5c 24 40 e8 00 00 00 00 48 83 c4 48  1.H.\$@.....H..H
	0x00a0 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24  ].H.D$......H.D$
	0x00b0 08 e9 4a ff ff ff                                ..J...
	rel 34+4 t=R_CALL runtime.intstring+0
	rel 78+4 t=R_CALL main.itoa+0
	rel 129+4 t=R_CALL runtime.intstring+0
	rel 152+4 t=R_CALL runtime.concatstring2+0
	rel 168+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=1105 align=0x0 args=0x0 locals=0x1b8 funcid=0x0
	0x0000 00000 (struct_embedding_override.go:37)	TEXT	main.main(SB), ABIInternal, $440-0
	0x0000 00000 (struct_embedding_override.go:37)	LEAQ	-312(SP), R12
	0x0008 00008 (struct_embedding_override.go:37)	CMPQ	R12, 16(R14)
	0x000c 00012 (struct_embedding_override.go:37)	PCDATA	$0, $-2
	0x000c 00012 (struct_embedding_override.go:37)	JLS	1095
	0x0012 00018 (struct_embedding_override.go:37)	PCDATA	$0, $-1
	0x0012 00018 (struct_embedding_override.go:37)	PUSHQ	BP
	0x0013 00019 (struct_embedding_override.go:37)	MOVQ	SP, BP
	0x0016 00022 (struct_embedding_override.go:37)	SUBQ	$432, SP
	0x001d 00029 (struct_embedding_override.go:37)	FUNCDATA	$0, gclocals·XhHydcwudYgAAAHTAKMedg==(SB)
	0x001d 00029 (struct_embedding_override.go:37)	FUNCDATA	$1, gclocals·6f962YCjMJfOJ+PHxjDOJQ==(SB)
	0x001d 00029 (struct_embedding_override.go:37)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (struct_embedding_override.go:39)	LEAQ	main.s+312(SP), CX
	0x0025 00037 (struct_embedding_override.go:39)	MOVUPS	X15, (CX)
	0x0029 00041 (struct_embedding_override.go:39)	MOVUPS	X15, 16(CX)
	0x002e 00046 (struct_embedding_override.go:39)	MOVUPS	X15, 24(CX)
	0x0033 00051 (struct_embedding_override.go:39)	MOVQ	$500, main.s+312(SP)
	0x003f 00063 (struct_embedding_override.go:39)	MOVQ	$4, main.s+320(SP)
	0x004b 00075 (struct_embedding_override.go:39)	LEAQ	go:string."racer"(SB), CX
	0x0052 00082 (struct_embedding_override.go:39)	MOVQ	CX, main.s+328(SP)
	0x005a 00090 (struct_embedding_override.go:39)	MOVQ	$5, main.s+336(SP)
	0x0066 00102 (struct_embedding_override.go:39)	MOVB	$1, main.s+344(SP)
	0x006e 00110 (<unknown line number>)	NOP
	0x006e 00110 (<unknown line number>)	NOP
	0x006e 00110 (struct_embedding_override.go:8)	MOVL	$150, AX
	0x0073 00115 (struct_embedding_override.go:8)	PCDATA	$1, $1
	0x0073 00115 (struct_embedding_override.go:8)	CALL	main.itoa(SB)
	0x0078 00120 (struct_embedding_override.go:8)	MOVL	$7, CX
	0x007d 00125 (struct_embedding_override.go:8)	MOVQ	AX, DI
	0x0080 00128 (struct_embedding_override.go:8)	MOVQ	BX, SI
	0x0083 00131 (struct_embedding_override.go:8)	LEAQ	main..autotmp_28+216(SP), AX
	0x008b 00139 (struct_embedding_override.go:8)	LEAQ	go:string."engine "(SB), BX
	0x0092 00146 (struct_embedding_override.go:8)	CALL	runtime.concatstring2(SB)
	0x0097 00151 (struct_embedding_override.go:21)	MOVL	$5, CX
	0x009c 00156 (struct_embedding_override.go:21)	LEAQ	go:string." with "(SB), DI
	0x00a3 00163 (struct_embedding_override.go:21)	MOVL	$6, SI
	0x00a8 00168 (struct_embedding_override.go:21)	MOVQ	AX, R8
	0x00ab 00171 (struct_embedding_override.go:21)	MOVQ	BX, R9
	0x00ae 00174 (struct_embedding_override.go:21)	LEAQ	main..autotmp_29+184(SP), AX
	0x00b6 00182 (struct_embedding_override.go:21)	LEAQ	go:string."sedan"(SB), BX
	0x00bd 00189 (struct_embedding_override.go:21)	NOP
	0x00c0 00192 (struct_embedding_override.go:21)	CALL	runtime.concatstring3(SB)
	0x00c5 00197 (struct_embedding_override.go:21)	MOVQ	AX, main.~r0.ptr+304(SP)
	0x00cd 00205 (struct_embedding_override.go:21)	MOVQ	BX, main.~r0.len+264(SP)
	0x00d5 00213 (struct_embedding_override.go:40)	PCDATA	$1, $2
	0x00d5 00213 (struct_embedding_override.go:40)	CALL	runtime.printlock(SB)
	0x00da 00218 (struct_embedding_override.go:40)	MOVQ	main.~r0.ptr+304(SP), AX
	0x00e2 00226 (struct_embedding_override.go:40)	MOVQ	main.~r0.len+264(SP), BX
	0x00ea 00234 (struct_embedding_override.go:40)	PCDATA	$1, $1
	0x00ea 00234 (struct_embedding_override.go:40)	CALL	runtime.printstring(SB)
	0x00ef 00239 (struct_embedding_override.go:40)	CALL	runtime.printsp(SB)
	0x00f4 00244 (struct_embedding_override.go:40)	LEAQ	go:string."vroom"(SB), AX
	0x00fb 00251 (struct_embedding_override.go:40)	MOVL	$5, BX
	0x0100 00256 (struct_embedding_override.go:40)	CALL	runtime.printstring(SB)
	0x0105 00261 (struct_embedding_override.go:40)	CALL	runtime.printsp(SB)
	0x010a 00266 (struct_embedding_override.go:40)	MOVL	$4, AX
	0x010f 00271 (struct_embedding_override.go:40)	CALL	runtime.printint(SB)
	0x0114 00276 (struct_embedding_override.go:40)	CALL	runtime.printsp(SB)
	0x0119 00281 (struct_embedding_override.go:40)	MOVL	$150, AX
	0x011e 00286 (struct_embedding_override.go:40)	NOP
	0x0120 00288 (struct_embedding_override.go:40)	CALL	runtime.printint(SB)
	0x0125 00293 (struct_embedding_override.go:40)	CALL	runtime.printnl(SB)
	0x012a 00298 (struct_embedding_override.go:40)	CALL	runtime.printunlock(SB)
	0x012f 00303 (struct_embedding_override.go:41)	MOVQ	main.s+312(SP), AX
	0x0137 00311 (struct_embedding_override.go:41)	MOVQ	main.s+328(SP), CX
	0x013f 00319 (struct_embedding_override.go:41)	MOVQ	CX, main..autotmp_97+360(SP)
	0x0147 00327 (struct_embedding_override.go:41)	MOVQ	main.s+336(SP), CX
	0x014f 00335 (struct_embedding_override.go:41)	MOVQ	CX, main..autotmp_98+272(SP)
	0x0157 00343 (<unknown line number>)	NOP
	0x0157 00343 (<unknown line number>)	NOP
	0x0157 00343 (struct_embedding_override.go:8)	PCDATA	$1, $3
	0x0157 00343 (struct_embedding_override.go:8)	CALL	main.itoa(SB)
	0x015c 00348 (struct_embedding_override.go:8)	MOVL	$7, CX
	0x0161 00353 (struct_embedding_override.go:8)	MOVQ	AX, DI
	0x0164 00356 (struct_embedding_override.go:8)	MOVQ	BX, SI
	0x0167 00359 (struct_embedding_override.go:8)	LEAQ	main..autotmp_31+152(SP), AX
	0x016f 00367 (struct_embedding_override.go:8)	LEAQ	go:string."engine "(SB), BX
	0x0176 00374 (struct_embedding_override.go:8)	CALL	runtime.concatstring2(SB)
	0x017b 00379 (struct_embedding_override.go:21)	MOVQ	main..autotmp_98+272(SP), CX
	0x0183 00387 (struct_embedding_override.go:21)	LEAQ	go:string." with "(SB), DI
	0x018a 00394 (struct_embedding_override.go:21)	MOVL	$6, SI
	0x018f 00399 (struct_embedding_override.go:21)	MOVQ	AX, R8
	0x0192 00402 (struct_embedding_override.go:21)	MOVQ	BX, R9
	0x0195 00405 (struct_embedding_override.go:21)	LEAQ	main..autotmp_32+120(SP), AX
	0x019a 00410 (struct_embedding_override.go:21)	MOVQ	main..autotmp_97+360(SP), BX
	0x01a2 00418 (struct_embedding_override.go:21)	PCDATA	$1, $1
	0x01a2 00418 (struct_embedding_override.go:21)	CALL	runtime.concatstring3(SB)
	0x01a7 00423 (struct_embedding_override.go:21)	MOVQ	AX, main.~r0.ptr+296(SP)
	0x01af 00431 (struct_embedding_override.go:21)	MOVQ	BX, main.~r0.len+256(SP)
	0x01b7 00439 (struct_embedding_override.go:41)	MOVQ	main.s+320(SP), CX
	0x01bf 00447 (struct_embedding_override.go:41)	MOVQ	CX, main..autotmp_98+272(SP)
	0x01c7 00455 (struct_embedding_override.go:41)	PCDATA	$1, $4
	0x01c7 00455 (struct_embedding_override.go:41)	CALL	runtime.printlock(SB)
	0x01cc 00460 (struct_embedding_override.go:41)	MOVQ	main.~r0.ptr+296(SP), AX
	0x01d4 00468 (struct_embedding_override.go:41)	MOVQ	main.~r0.len+256(SP), BX
	0x01dc 00476 (struct_embedding_override.go:41)	PCDATA	$1, $1
	0x01dc 00476 (struct_embedding_override.go:41)	NOP
	0x01e0 00480 (struct_embedding_override.go:41)	CALL	runtime.printstring(SB)
	0x01e5 00485 (struct_embedding_override.go:41)	CALL	runtime.printsp(SB)
	0x01ea 00490 (struct_embedding_override.go:41)	LEAQ	go:string."VROOM"(SB), AX
	0x01f1 00497 (struct_embedding_override.go:41)	MOVL	$5, BX
	0x01f6 00502 (struct_embedding_override.go:41)	CALL	runtime.printstring(SB)
	0x01fb 00507 (struct_embedding_override.go:41)	NOP
	0x0200 00512 (struct_embedding_override.go:41)	CALL	runtime.printsp(SB)
	0x0205 00517 (struct_embedding_override.go:41)	LEAQ	go:string."vroom"(SB), AX
	0x020c 00524 (struct_embedding_override.go:41)	MOVL	$5, BX
	0x0211 00529 (struct_embedding_override.go:41)	CALL	runtime.printstring(SB)
	0x0216 00534 (struct_embedding_override.go:41)	CALL	runtime.printsp(SB)
	0x021b 00539 (struct_embedding_override.go:41)	LEAQ	go:string."vroom"(SB), AX
	0x0222 00546 (struct_embedding_override.go:41)	MOVL	$5, BX
	0x0227 00551 (struct_embedding_override.go:41)	CALL	runtime.printstring(SB)
	0x022c 00556 (struct_embedding_override.go:41)	CALL	runtime.printsp(SB)
	0x0231 00561 (struct_embedding_override.go:41)	MOVQ	main..autotmp_98+272(SP), AX
	0x0239 00569 (struct_embedding_override.go:41)	CALL	runtime.printint(SB)
	0x023e 00574 (struct_embedding_override.go:41)	NOP
	0x0240 00576 (struct_embedding_override.go:41)	CALL	runtime.printnl(SB)
	0x0245 00581 (struct_embedding_override.go:41)	CALL	runtime.printunlock(SB)
	0x024a 00586 (struct_embedding_override.go:42)	LEAQ	main..autotmp_35+368(SP), CX
	0x0252 00594 (struct_embedding_override.go:42)	MOVUPS	X15, (CX)
	0x0256 00598 (struct_embedding_override.go:42)	MOVUPS	X15, 16(CX)
	0x025b 00603 (struct_embedding_override.go:42)	MOVUPS	X15, 32(CX)
	0x0260 00608 (struct_embedding_override.go:42)	MOVUPS	X15, 48(CX)
	0x0265 00613 (struct_embedding_override.go:42)	MOVL	$150, AX
	0x026a 00618 (struct_embedding_override.go:42)	PCDATA	$1, $5
	0x026a 00618 (struct_embedding_override.go:42)	CALL	runtime.convT64(SB)
	0x026f 00623 (struct_embedding_override.go:42)	LEAQ	go:itab.main.Engine,main.Describer(SB), CX
	0x0276 00630 (struct_embedding_override.go:42)	MOVQ	CX, main..autotmp_35+368(SP)
	0x027e 00638 (struct_embedding_override.go:42)	MOVQ	AX, main..autotmp_35+376(SP)
	0x0286 00646 (struct_embedding_override.go:42)	LEAQ	go:itab.main.Car,main.Describer(SB), CX
	0x028d 00653 (struct_embedding_override.go:42)	MOVQ	CX, main..autotmp_35+384(SP)
	0x0295 00661 (struct_embedding_override.go:42)	LEAQ	main..stmp_0(SB), CX
	0x029c 00668 (struct_embedding_override.go:42)	MOVQ	CX, main..autotmp_35+392(SP)
	0x02a4 00676 (struct_embedding_override.go:42)	LEAQ	type:main.SportsCar(SB), AX
	0x02ab 00683 (struct_embedding_override.go:42)	LEAQ	main.s+312(SP), BX
	0x02b3 00691 (struct_embedding_override.go:42)	CALL	runtime.convT(SB)
	0x02b8 00696 (struct_embedding_override.go:42)	LEAQ	go:itab.main.SportsCar,main.Describer(SB), CX
	0x02bf 00703 (struct_embedding_override.go:42)	MOVQ	CX, main..autotmp_35+400(SP)
	0x02c7 00711 (struct_embedding_override.go:42)	MOVQ	AX, main..autotmp_35+408(SP)
	0x02cf 00719 (struct_embedding_override.go:42)	LEAQ	type:main.Car(SB), AX
	0x02d6 00726 (struct_embedding_override.go:42)	LEAQ	main.s+312(SP), BX
	0x02de 00734 (struct_embedding_override.go:42)	NOP
	0x02e0 00736 (struct_embedding_override.go:42)	CALL	runtime.convT(SB)
	0x02e5 00741 (struct_embedding_override.go:42)	LEAQ	go:itab.main.Car,main.Describer(SB), CX
	0x02ec 00748 (struct_embedding_override.go:42)	MOVQ	CX, main..autotmp_35+416(SP)
	0x02f4 00756 (struct_embedding_override.go:42)	MOVQ	AX, main..autotmp_35+424(SP)
	0x02fc 00764 (struct_embedding_override.go:43)	LEAQ	main..autotmp_35+368(SP), CX
	0x0304 00772 (struct_embedding_override.go:43)	XORL	AX, AX
	0x0306 00774 (struct_embedding_override.go:43)	JMP	880
	0x0308 00776 (struct_embedding_override.go:43)	MOVQ	AX, main..autotmp_98+272(SP)
	0x0310 00784 (struct_embedding_override.go:43)	MOVQ	CX, main..autotmp_99+352(SP)
	0x0318 00792 (struct_embedding_override.go:43)	MOVQ	(CX), DX
	0x031b 00795 (struct_embedding_override.go:43)	MOVQ	8(CX), AX
	0x031f 00799 (struct_embedding_override.go:44)	MOVQ	24(DX), CX
	0x0323 00803 (struct_embedding_override.go:44)	PCDATA	$1, $6
	0x0323 00803 (struct_embedding_override.go:44)	CALL	CX
	0x0325 00805 (struct_embedding_override.go:44)	MOVQ	AX, main..autotmp_97+360(SP)
	0x032d 00813 (struct_embedding_override.go:44)	MOVQ	BX, main..autotmp_100+280(SP)
	0x0335 00821 (struct_embedding_override.go:44)	PCDATA	$1, $7
	0x0335 00821 (struct_embedding_override.go:44)	CALL	runtime.printlock(SB)
	0x033a 00826 (struct_embedding_override.go:44)	MOVQ	main..autotmp_97+360(SP), AX
	0x0342 00834 (struct_embedding_override.go:44)	MOVQ	main..autotmp_100+280(SP), BX
	0x034a 00842 (struct_embedding_override.go:44)	PCDATA	$1, $6
	0x034a 00842 (struct_embedding_override.go:44)	CALL	runtime.printstring(SB)
	0x034f 00847 (struct_embedding_override.go:44)	CALL	runtime.printnl(SB)
	0x0354 00852 (struct_embedding_override.go:44)	CALL	runtime.printunlock(SB)
	0x0359 00857 (struct_embedding_override.go:43)	MOVQ	main..autotmp_99+352(SP), CX
	0x0361 00865 (struct_embedding_override.go:43)	ADDQ	$16, CX
	0x0365 00869 (struct_embedding_override.go:43)	MOVQ	main..autotmp_98+272(SP), AX
	0x036d 00877 (struct_embedding_override.go:43)	INCQ	AX
	0x0370 00880 (struct_embedding_override.go:43)	CMPQ	AX, $4
	0x0374 00884 (struct_embedding_override.go:43)	JLT	776
	0x0376 00886 (struct_embedding_override.go:46)	MOVQ	main.s+312(SP), AX
	0x037e 00894 (struct_embedding_override.go:46)	ADDQ	$50, AX
	0x0382 00898 (struct_embedding_override.go:46)	MOVQ	AX, main.s+312(SP)
	0x038a 00906 (struct_embedding_override.go:47)	MOVQ	main.s+328(SP), CX
	0x0392 00914 (struct_embedding_override.go:47)	MOVQ	CX, main..autotmp_97+360(SP)
	0x039a 00922 (struct_embedding_override.go:47)	MOVQ	main.s+336(SP), CX
	0x03a2 00930 (struct_embedding_override.go:47)	MOVQ	CX, main..autotmp_98+272(SP)
	0x03aa 00938 (<unknown line number>)	NOP
	0x03aa 00938 (<unknown line number>)	NOP
	0x03aa 00938 (struct_embedding_override.go:8)	PCDATA	$1, $8
	0x03aa 00938 (struct_embedding_override.go:8)	CALL	main.itoa(SB)
	0x03af 00943 (struct_embedding_override.go:8)	MOVL	$7, CX
	0x03b4 00948 (struct_embedding_override.go:8)	MOVQ	AX, DI
	0x03b7 00951 (struct_embedding_override.go:8)	MOVQ	BX, SI
	0x03ba 00954 (struct_embedding_override.go:8)	LEAQ	main..autotmp_45+88(SP), AX
	0x03bf 00959 (struct_embedding_override.go:8)	LEAQ	go:string."engine "(SB), BX
	0x03c6 00966 (struct_embedding_override.go:8)	CALL	runtime.concatstring2(SB)
	0x03cb 00971 (struct_embedding_override.go:21)	MOVQ	main..autotmp_98+272(SP), CX
	0x03d3 00979 (struct_embedding_override.go:21)	LEAQ	go:string." with "(SB), DI
	0x03da 00986 (struct_embedding_override.go:21)	MOVL	$6, SI
	0x03df 00991 (struct_embedding_override.go:21)	MOVQ	AX, R8
	0x03e2 00994 (struct_embedding_override.go:21)	MOVQ	BX, R9
	0x03e5 00997 (struct_embedding_override.go:21)	LEAQ	main..autotmp_46+56(SP), AX
	0x03ea 01002 (struct_embedding_override.go:21)	MOVQ	main..autotmp_97+360(SP), BX
	0x03f2 01010 (struct_embedding_override.go:21)	PCDATA	$1, $0
	0x03f2 01010 (struct_embedding_override.go:21)	CALL	runtime.concatstring3(SB)
	0x03f7 01015 (struct_embedding_override.go:21)	MOVQ	AX, main.~r0.ptr+288(SP)
	0x03ff 01023 (struct_embedding_override.go:21)	MOVQ	BX, main.~r0.len+248(SP)
	0x0407 01031 (struct_embedding_override.go:47)	PCDATA	$1, $9
	0x0407 01031 (struct_embedding_override.go:47)	CALL	runtime.printlock(SB)
	0x040c 01036 (struct_embedding_override.go:47)	MOVQ	main.~r0.ptr+288(SP), AX
	0x0414 01044 (struct_embedding_override.go:47)	MOVQ	main.~r0.len+248(SP), BX
	0x041c 01052 (struct_embedding_override.go:47)	PCDATA	$1, $0
	0x041c 01052 (struct_embedding_override.go:47)	NOP
	0x0420 01056 (struct_embedding_override.go:47)	CALL	runtime.printstring(SB)
	0x0425 01061 (struct_embedding_override.go:47)	CALL	runtime.printsp(SB)
	0x042a 01066 (struct_embedding_override.go:47)	MOVL	$150, AX
	0x042f 01071 (struct_embedding_override.go:47)	CALL	runtime.printint(SB)
	0x0434 01076 (struct_embedding_override.go:47)	CALL	runtime.printnl(SB)
	0x0439 01081 (struct_embedding_override.go:47)	CALL	runtime.printunlock(SB)
	0x043e 01086 (struct_embedding_override.go:48)	ADDQ	$432, SP
	0x0445 01093 (struct_embedding_override.go:48)	POPQ	BP
	0x0446 01094 (struct_embedding_override.go:48)	RET
	0x0447 01095 (struct_embedding_override.go:48)	NOP
	0x0447 01095 (struct_embedding_override.go:37)	PCDATA	$1, $-1
	0x0447 01095 (struct_embedding_override.go:37)	PCDATA	$0, $-2
	0x0447 01095 (struct_embedding_override.go:37)	CALL	runtime.morestack_noctxt(SB)
	0x044c 01100 (struct_embedding_override.go:37)	PCDATA	$0, $-1
	0x044c 01100 (struct_embedding_override.go:37)	JMP	0
	0x0000 4c 8d a4 24 c8 fe ff ff 4d 3b 66 10 0f 86 35 04  L..$....M;f...5.
	0x0010 00 00 55 48 89 e5 48 81 ec b0 01 00 00 48 8d 8c  ..UH..H......H..
	0x0020 24 38 01 00 00 44 0f 11 39 44 0f 11 79 10 44 0f  $8...D..9D..y.D.
	0x0030 11 79 18 48 c7 84 24 38 01 00 00 f4 01 00 00 48  .y.H..$8.......H
	0x0040 c7 84 24 40 01 00 00 04 00 00 00 48 8d 0d 00 00  ..$@.......H....
	0x0050 00 00 48 89 8c 24 48 01 00 00 48 c7 84 24 50 01  ..H..$H...H..$P.
	0x0060 00 00 05 00 00 00 c6 84 24 58 01 00 00 01 b8 96  ........$X......
	0x0070 00 00 00 e8 00 00 00 00 b9 07 00 00 00 48 89 c7  .............H..
	0x0080 48 89 de 48 8d 84 24 d8 00 00 00 48 8d 1d 00 00  H..H..$....H....
	0x0090 00 00 e8 00 00 00 00 b9 05 00 00 00 48 8d 3d 00  ............H.=.
	0x00a0 00 00 00 be 06 00 00 00 49 89 c0 49 89 d9 48 8d  ........I..I..H.
	0x00b0 84 24 b8 00 00 00 48 8d 1d 00 00 00 00 0f 1f 00  .$....H.........
	0x00c0 e8 00 00 00 00 48 89 84 24 30 01 00 00 48 89 9c  .....H..$0...H..
	0x00d0 24 08 01 00 00 e8 00 00 00 00 48 8b 84 24 30 01  $.........H..$0.
	0x00e0 00 00 48 8b 9c 24 08 01 00 00 e8 00 00 00 00 e8  ..H..$..........
	0x00f0 00 00 00 00 48 8d 05 00 00 00 00 bb 05 00 00 00  ....H...........
	0x0100 e8 00 00 00 00 e8 00 00 00 00 b8 04 00 00 00 e8  ................
	0x0110 00 00 00 00 e8 00 00 00 00 b8 96 00 00 00 66 90  ..............f.
	0x0120 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0130 8b 84 24 38 01 00 00 48 8b 8c 24 48 01 00 00 48  ..$8...H..$H...H
	0x0140 89 8c 24 68 01 00 00 48 8b 8c 24 50 01 00 00 48  ..$h...H..$P...H
	0x0150 89 8c 24 10 01 00 00 e8 00 00 00 00 b9 07 00 00  ..$.............
	0x0160 00 48 89 c7 48 89 de 48 8d 84 24 98 00 00 00 48  .H..H..H..$....H
	0x0170 8d 1d 00 00 00 00 e8 00 00 00 00 48 8b 8c 24 10  ...........H..$.
	0x0180 01 00 00 48 8d 3d 00 00 00 00 be 06 00 00 00 49  ...H.=.........I
	0x0190 89 c0 49 89 d9 48 8d 44 24 78 48 8b 9c 24 68 01  ..I..H.D$xH..$h.
	0x01a0 00 00 e8 00 00 00 00 48 89 84 24 28 01 00 00 48  .......H..$(...H
	0x01b0 89 9c 24 00 01 00 00 48 8b 8c 24 40 01 00 00 48  ..$....H..$@...H
	0x01c0 89 8c 24 10 01 00 00 e8 00 00 00 00 48 8b 84 24  ..$.........H..$
	0x01d0 28 01 00 00 48 8b 9c 24 00 01 00 00 0f 1f 40 00  (...H..$......@.
	0x01e0 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00  ..........H.....
	0x01f0 00 bb 05 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0200 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 05 00 00  .....H..........
	0x0210 00 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00  ...........H....
	0x0220 00 00 bb 05 00 00 00 e8 00 00 00 00 e8 00 00 00  ................
	0x0230 00 48 8b 84 24 10 01 00 00 e8 00 00 00 00 66 90  .H..$.........f.
	0x0240 e8 00 00 00 00 e8 00 00 00 00 48 8d 8c 24 70 01  ..........H..$p.
	0x0250 00 00 44 0f 11 39 44 0f 11 79 10 44 0f 11 79 20  ..D..9D..y.D..y 
	0x0260 44 0f 11 79 30 b8 96 00 00 00 e8 00 00 00 00 48  D..y0..........H
	0x0270 8d 0d 00 00 00 00 48 89 8c 24 70 01 00 00 48 89  ......H..$p...H.
	0x0280 84 24 78 01 00 00 48 8d 0d 00 00 00 00 48 89 8c  .$x...H......H..
	0x0290 24 80 01 00 00 48 8d 0d 00 00 00 00 48 89 8c 24  $....H......H..$
	0x02a0 88 01 00 00 48 8d 05 00 00 00 00 48 8d 9c 24 38  ....H......H..$8
	0x02b0 01 00 00 e8 00 00 00 00 48 8d 0d 00 00 00 00 48  ........H......H
	0x02c0 89 8c 24 90 01 00 00 48 89 84 24 98 01 00 00 48  ..$....H..$....H
	0x02d0 8d 05 00 00 00 00 48 8d 9c 24 38 01 00 00 66 90  ......H..$8...f.
	0x02e0 e8 00 00 00 00 48 8d 0d 00 00 00 00 48 89 8c 24  .....H......H..$
	0x02f0 a0 01 00 00 48 89 84 24 a8 01 00 00 48 8d 8c 24  ....H..$....H..$
	0x0300 70 01 00 00 31 c0 eb 68 48 89 84 24 10 01 00 00  p...1..hH..$....
	0x0310 48 89 8c 24 60 01 00 00 48 8b 11 48 8b 41 08 48  H..$`...H..H.A.H
	0x0320 8b 4a 18 ff d1 48 89 84 24 68 01 00 00 48 89 9c  .J...H..$h...H..
	0x0330 24 18 01 00 00 e8 00 00 00 00 48 8b 84 24 68 01  $.........H..$h.
	0x0340 00 00 48 8b 9c 24 18 01 00 00 e8 00 00 00 00 e8  ..H..$..........
	0x0350 00 00 00 00 e8 00 00 00 00 48 8b 8c 24 60 01 00  .........H..$`..
	0x0360 00 48 83 c1 10 48 8b 84 24 10 01 00 00 48 ff c0  .H...H..$....H..
	0x0370 48 83 f8 04 7c 92 48 8b 84 24 38 01 00 00 48 83  H...|.H..$8...H.
	0x0380 c0 32 48 89 84 24 38 01 00 00 48 8b 8c 24 48 01  .2H..$8...H..$H.
	0x0390 00 00 48 89 8c 24 68 01 00 00 48 8b 8c 24 50 01  ..H..$h...H..$P.
	0x03a0 00 00 48 89 8c 24 10 01 00 00 e8 00 00 00 00 b9  ..H..$..........
	0x03b0 07 00 00 00 48 89 c7 48 89 de 48 8d 44 24 58 48  ....H..H..H.D$XH
	0x03c0 8d 1d 00 00 00 00 e8 00 00 00 00 48 8b 8c 24 10  ...........H..$.
	0x03d0 01 00 00 48 8d 3d 00 00 00 00 be 06 00 00 00 49  ...H.=.........I
	0x03e0 89 c0 49 89 d9 48 8d 44 24 38 48 8b 9c 24 68 01  ..I..H.D$8H..$h.
	0x03f0 00 00 e8 00 00 00 00 48 89 84 24 20 01 00 00 48  .......H..$ ...H
	0x0400 89 9c 24 f8 00 00 00 e8 00 00 00 00 48 8b 84 24  ..$.........H..$
	0x0410 20 01 00 00 48 8b 9c 24 f8 00 00 00 0f 1f 40 00   ...H..$......@.
	0x0420 e8 00 00 00 00 e8 00 00 00 00 b8 96 00 00 00 e8  ................
	0x0430 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 81  ..............H.
	0x0440 c4 b0 01 00 00 5d c3 e8 00 00 00 00 e9 af fb ff  .....]..........
	0x0450 ff                                               .
	rel 3+0 t=R_USEIFACE type:main.Engine+0
	rel 3+0 t=R_USEIFACE type:main.Car+0
	rel 3+0 t=R_USEIFACE type:main.SportsCar+0
	rel 3+0 t=R_USEIFACE type:main.Car+0
	rel 3+0 t=R_USEIFACEMETHOD type:main.Describer+96
	rel 78+4 t=R_PCREL go:string."racer"+0
	rel 116+4 t=R_CALL main.itoa+0
	rel 142+4 t=R_PCREL go:string."engine "+0
	rel 147+4 t=R_CALL runtime.concatstring2+0
	rel 159+4 t=R_PCREL go:string." with "+0
	rel 185+4 t=R_PCREL go:string."sedan"+0
	rel 193+4 t=R_CALL runtime.concatstring3+0
	rel 214+4 t=R_CALL runtime.printlock+0
	rel 235+4 t=R_CALL runtime.printstring+0
	rel 240+4 t=R_CALL runtime.printsp+0
	rel 247+4 t=R_PCREL go:string."vroom"+0
	rel 257+4 t=R_CALL runtime.printstring+0
	rel 262+4 t=R_CALL runtime.printsp+0
	rel 272+4 t=R_CALL runtime.printint+0
	rel 277+4 t=R_CALL runtime.printsp+0
	rel 289+4 t=R_CALL runtime.printint+0
	rel 294+4 t=R_CALL runtime.printnl+0
	rel 299+4 t=R_CALL runtime.printunlock+0
	rel 344+4 t=R_CALL main.itoa+0
	rel 370+4 t=R_PCREL go:string."engine "+0
	rel 375+4 t=R_CALL runtime.concatstring2+0
	rel 390+4 t=R_PCREL go:string." with "+0
	rel 419+4 t=R_CALL runtime.concatstring3+0
	rel 456+4 t=R_CALL runtime.printlock+0
	rel 481+4 t=R_CALL runtime.printstring+0
	rel 486+4 t=R_CALL runtime.printsp+0
	rel 493+4 t=R_PCREL go:string."VROOM"+0
	rel 503+4 t=R_CALL runtime.printstring+0
	rel 513+4 t=R_CALL runtime.printsp+0
	rel 520+4 t=R_PCREL go:string."vroom"+0
	rel 530+4 t=R_CALL runtime.printstring+0
	rel 535+4 t=R_CALL runtime.printsp+0
	rel 542+4 t=R_PCREL go:string."vroom"+0
	rel 552+4 t=R_CALL runtime.printstring+0
	rel 557+4 t=R_CALL runtime.printsp+0
	rel 570+4 t=R_CALL runtime.printint+0
	rel 577+4 t=R_CALL runtime.printnl+0
	rel 582+4 t=R_CALL runtime.printunlock+0
	rel 619+4 t=R_CALL runtime.convT64+0
	rel 626+4 t=R_PCREL go:itab.main.Engine,main.Describer+0
	rel 649+4 t=R_PCREL go:itab.main.Car,main.Describer+0
	rel 664+4 t=R_PCREL main..stmp_0+0
	rel 679+4 t=R_PCREL type:main.SportsCar+0
	rel 692+4 t=R_CALL runtime.convT+0
	rel 699+4 t=R_PCREL go:itab.main.SportsCar,main.Describer+0
	rel 722+4 t=R_PCREL type:main.Car+0
	rel 737+4 t=R_CALL runtime.convT+0
	rel 744+4 t=R_PCREL go:itab.main.Car,main.Describer+0
	rel 803+0 t=R_CALLIND +0
	rel 822+4 t=R_CALL runtime.printlock+0
	rel 843+4 t=R_CALL runtime.printstring+0
	rel 848+4 t=R_CALL runtime.printnl+0
	rel 853+4 t=R_CALL runtime.printunlock+0
	rel 939+4 t=R_CALL main.itoa+0
	rel 962+4 t=R_PCREL go:string."engine "+0
	rel 967+4 t=R_CALL runtime.concatstring2+0
	rel 982+4 t=R_PCREL go:string." with "+0
	rel 1011+4 t=R_CALL runtime.concatstring3+0
	rel 1032+4 t=R_CALL runtime.printlock+0
	rel 1057+4 t=R_CALL runtime.printstring+0
	rel 1062+4 t=R_CALL runtime.printsp+0
	rel 1072+4 t=R_CALL runtime.printint+0
	rel 1077+4 t=R_CALL runtime.printnl+0
	rel 1082+4 t=R_CALL runtime.printunlock+0
	rel 1096+4 t=R_CALL runtime.morestack_noctxt+0
type:.eq.M16S STEXT dupok size=98 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.M16S(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	71
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M16S.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M16S.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	(AX), DX
	0x0011 00017 (<autogenerated>:1)	CMPQ	(BX), DX
	0x0014 00020 (<autogenerated>:1)	JNE	63
	0x0016 00022 (<autogenerated>:1)	MOVQ	8(AX), DX
	0x001a 00026 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CMPQ	8(BX), DX
	0x0024 00036 (<autogenerated>:1)	JNE	63
	0x0026 00038 (<autogenerated>:1)	MOVQ	24(AX), CX
	0x002a 00042 (<autogenerated>:1)	CMPQ	24(BX), CX
	0x002e 00046 (<autogenerated>:1)	JNE	63
	0x0030 00048 (<autogenerated>:1)	MOVQ	16(AX), AX
	0x0034 00052 (<autogenerated>:1)	MOVQ	16(BX), BX
	0x0038 00056 (<autogenerated>:1)	PCDATA	$1, $1
	0x0038 00056 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x003d 00061 (<autogenerated>:1)	JMP	65
	0x003f 00063 (<autogenerated>:1)	XORL	AX, AX
	0x0041 00065 (<autogenerated>:1)	ADDQ	$24, SP
	0x0045 00069 (<autogenerated>:1)	POPQ	BP
	0x0046 00070 (<autogenerated>:1)	RET
	0x0047 00071 (<autogenerated>:1)	NOP
	0x0047 00071 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0047 00071 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0047 00071 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x004c 00076 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0051 00081 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0056 00086 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0056 00086 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x005b 00091 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0060 00096 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 41 55 48 89 e5 48 83 ec 18 48 8b  I;f.vAUH..H...H.
	0x0010 10 48 39 13 75 29 48 8b 50 08 66 0f 1f 44 00 00  .H9.u)H.P.f..D..
	0x0020 48 39 53 08 75 19 48 8b 48 18 48 39 4b 18 75 0f  H9S.u.H.H.H9K.u.
	0x0030 48 8b 40 10 48 8b 5b 10 e8 00 00 00 00 eb 02 31  H.@.H.[........1
	0x0040 c0 48 83 c4 18 5d c3 48 89 44 24 08 48 89 5c 24  .H...].H.D$.H.\$
	0x0050 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10  ......H.D$.H.\$.
	0x0060 eb 9e                                            ..
	rel 57+4 t=R_CALL runtime.memequal+0
	rel 82+4 t=R_CALL runtime.morestack_noctxt+0
type:.eq.M16SM1 STEXT dupok size=107 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.M16SM1(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	80
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M16SM1.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M16SM1.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	(AX), DX
	0x0011 00017 (<autogenerated>:1)	CMPQ	(BX), DX
	0x0014 00020 (<autogenerated>:1)	JNE	72
	0x0016 00022 (<autogenerated>:1)	MOVQ	8(AX), DX
	0x001a 00026 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CMPQ	8(BX), DX
	0x0024 00036 (<autogenerated>:1)	JNE	72
	0x0026 00038 (<autogenerated>:1)	MOVQ	24(AX), CX
	0x002a 00042 (<autogenerated>:1)	CMPQ	24(BX), CX
	0x002e 00046 (<autogenerated>:1)	JNE	72
	0x0030 00048 (<autogenerated>:1)	MOVBLZX	32(AX), DX
	0x0034 00052 (<autogenerated>:1)	CMPB	32(BX), DL
	0x0037 00055 (<autogenerated>:1)	JNE	72
	0x0039 00057 (<autogenerated>:1)	MOVQ	16(AX), AX
	0x003d 00061 (<autogenerated>:1)	MOVQ	16(BX), BX
	0x0041 00065 (<autogenerated>:1)	PCDATA	$1, $1
	0x0041 00065 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x0046 00070 (<autogenerated>:1)	JMP	74
	0x0048 00072 (<autogenerated>:1)	XORL	AX, AX
	0x004a 00074 (<autogenerated>:1)	ADDQ	$24, SP
	0x004e 00078 (<autogenerated>:1)	POPQ	BP
	0x004f 00079 (<autogenerated>:1)	RET
	0x0050 00080 (<autogenerated>:1)	NOP
	0x0050 00080 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0050 00080 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0050 00080 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0055 00085 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x005a 00090 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x005f 00095 (<autogenerated>:1)	PCDATA	$0, $-1
	0x005f 00095 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0064 00100 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0069 00105 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 4a 55 48 89 e5 48 83 ec 18 48 8b  I;f.vJUH..H...H.
	0x0010 10 48 39 13 75 32 48 8b 50 08 66 0f 1f 44 00 00  .H9.u2H.P.f..D..
	0x0020 48 39 53 08 75 22 48 8b 48 18 48 39 4b 18 75 18  H9S.u"H.H.H9K.u.
	0x0030 0f b6 50 20 38 53 20 75 0f 48 8b 40 10 48 8b 5b  ..P 8S u.H.@.H.[
	0x0040 10 e8 00 00 00 00 eb 02 31 c0 48 83 c4 18 5d c3  ........1.H...].
	0x0050 48 89 44 24 08 48 89 5c 24 10 e8 00 00 00 00 48  H.D$.H.\$......H
	0x0060 8b 44 24 08 48 8b 5c 24 10 eb 95                 .D$.H.\$...
	rel 66+4 t=R_CALL runtime.memequal+0
	rel 91+4 t=R_CALL runtime.morestack_noctxt+0
main.Describer.Describe STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Describer.Describe(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Describer.Describe.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Describer.Describe.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.Describer+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Engine).Describe STEXT dupok size=81 align=0x0 args=0x8 locals=0x30 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Engine).Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-8
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	64
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$40, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Engine).Describe.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Engine).Describe.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	TESTQ	AX, AX
	0x0011 00017 (<autogenerated>:1)	JEQ	58
	0x0013 00019 (<autogenerated>:1)	MOVQ	(AX), AX
	0x0016 00022 (<unknown line number>)	NOP
	0x0016 00022 (struct_embedding_override.go:8)	PCDATA	$1, $1
	0x0016 00022 (struct_embedding_override.go:8)	CALL	main.itoa(SB)
	0x001b 00027 (struct_embedding_override.go:8)	MOVL	$7, CX
	0x0020 00032 (struct_embedding_override.go:8)	MOVQ	AX, DI
	0x0023 00035 (struct_embedding_override.go:8)	MOVQ	BX, SI
	0x0026 00038 (struct_embedding_override.go:8)	XORL	AX, AX
	0x0028 00040 (struct_embedding_override.go:8)	LEAQ	go:string."engine "(SB), BX
	0x002f 00047 (struct_embedding_override.go:8)	CALL	runtime.concatstring2(SB)
	0x0034 00052 (<autogenerated>:1)	ADDQ	$40, SP
	0x0038 00056 (<autogenerated>:1)	POPQ	BP
	0x0039 00057 (<autogenerated>:1)	RET
	0x003a 00058 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x003f 00063 (<autogenerated>:1)	XCHGL	AX, AX
	0x0040 00064 (<autogenerated>:1)	NOP
	0x0040 00064 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0040 00064 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0040 00064 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0045 00069 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x004a 00074 (<autogenerated>:1)	PCDATA	$0, $-1
	0x004a 00074 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004f 00079 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 3a 55 48 89 e5 48 83 ec 28 48 85  I;f.v:UH..H..(H.
	0x0010 c0 74 27 48 8b 00 e8 00 00 00 00 b9 07 00 00 00  .t'H............
	0x0020 48 89 c7 48 89 de 31 c0 48 8d 1d 00 00 00 00 e8  H..H..1.H.......
	0x0030 00 00 00 00 48 83 c4 28 5d c3 e8 00 00 00 00 90  ....H..(].......
	0x0040 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08 eb  H.D$......H.D$..
	0x0050 af                                               .
	rel 23+4 t=R_CALL main.itoa+0
	rel 43+4 t=R_PCREL go:string."engine "+0
	rel 48+4 t=R_CALL runtime.concatstring2+0
	rel 59+4 t=R_CALL runtime.panicwrap+0
	rel 70+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Engine).Start STEXT dupok nosplit size=29 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Engine).Start(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Engine).Start.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Engine).Start.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	23
	0x0009 00009 (<autogenerated>:1)	LEAQ	go:string."vroom"(SB), AX
	0x0010 00016 (<autogenerated>:1)	MOVL	$5, BX
	0x0015 00021 (<autogenerated>:1)	POPQ	BP
	0x0016 00022 (<autogenerated>:1)	RET
	0x0017 00023 (<autogenerated>:1)	PCDATA	$1, $1
	0x0017 00023 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x001c 00028 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 0e 48 8d 05 00 00 00 00  UH..H..t.H......
	0x0010 bb 05 00 00 00 5d c3 e8 00 00 00 00 90           .....].......
	rel 12+4 t=R_PCREL go:string."vroom"+0
	rel 24+4 t=R_CALL runtime.panicwrap+0
main.(*Wheels).Count STEXT dupok nosplit size=20 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Wheels).Count(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Wheels).Count.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Wheels).Count.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	14
	0x0009 00009 (<autogenerated>:1)	MOVQ	(AX), AX
	0x000c 00012 (<autogenerated>:1)	POPQ	BP
	0x000d 00013 (<autogenerated>:1)	RET
	0x000e 00014 (<autogenerated>:1)	PCDATA	$1, $1
	0x000e 00014 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0013 00019 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 05 48 8b 00 5d c3 e8 00  UH..H..t.H..]...
	0x0010 00 00 00 90                                      ....
	rel 15+4 t=R_CALL runtime.panicwrap+0
main.Car.Count STEXT dupok nosplit size=9 align=0x0 args=0x20 locals=0x0 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Car.Count(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-32
	0x0000 00000 (<autogenerated>:1)	MOVQ	CX, main.w+24(FP)
	0x0005 00005 (<autogenerated>:1)	FUNCDATA	$0, gclocals·psbdpG2JvgWTgwMzSCvM6g==(SB)
	0x0005 00005 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (<autogenerated>:1)	FUNCDATA	$5, main.Car.Count.arginfo1(SB)
	0x0005 00005 (<autogenerated>:1)	FUNCDATA	$6, main.Car.Count.argliveinfo(SB)
	0x0005 00005 (<autogenerated>:1)	PCDATA	$3, $1
	0x0005 00005 (<autogenerated>:1)	MOVQ	BX, AX
	0x0008 00008 (<autogenerated>:1)	RET
	0x0000 48 89 4c 24 18 48 89 d8 c3                       H.L$.H...
main.(*Car).Count STEXT dupok nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Car).Count(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*Car).Count.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*Car).Count.argliveinfo(SB)
	0x0000 00000 (<autogenerated>:1)	PCDATA	$3, $1
	0x0000 00000 (<autogenerated>:1)	MOVQ	8(AX), AX
	0x0004 00004 (<autogenerated>:1)	RET
	0x0000 48 8b 40 08 c3                                   H.@..
main.(*Car).Describe STEXT dupok size=143 align=0x0 args=0x8 locals=0x70 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Car).Describe(SB), DUPOK|WRAPPER|ABIInternal, $112-8
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	123
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$104, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Z8zdw/dq+fE82FieA9ctlQ==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Car).Describe.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Car).Describe.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	TESTQ	AX, AX
	0x0011 00017 (<autogenerated>:1)	JEQ	117
	0x0013 00019 (<autogenerated>:1)	MOVQ	(AX), CX
	0x0016 00022 (<autogenerated>:1)	MOVQ	24(AX), DX
	0x001a 00026 (<autogenerated>:1)	MOVQ	DX, main..autotmp_18+88(SP)
	0x001f 00031 (<autogenerated>:1)	MOVQ	16(AX), DX
	0x0023 00035 (<autogenerated>:1)	MOVQ	DX, main..autotmp_19+96(SP)
	0x0028 00040 (<unknown line number>)	NOP
	0x0028 00040 (<unknown line number>)	NOP
	0x0028 00040 (struct_embedding_override.go:8)	MOVQ	CX, AX
	0x002b 00043 (struct_embedding_override.go:8)	PCDATA	$1, $1
	0x002b 00043 (struct_embedding_override.go:8)	CALL	main.itoa(SB)
	0x0030 00048 (struct_embedding_override.go:8)	MOVL	$7, CX
	0x0035 00053 (struct_embedding_override.go:8)	MOVQ	AX, DI
	0x0038 00056 (struct_embedding_override.go:8)	MOVQ	BX, SI
	0x003b 00059 (struct_embedding_override.go:8)	LEAQ	main..autotmp_7+56(SP), AX
	0x0040 00064 (struct_embedding_override.go:8)	LEAQ	go:string."engine "(SB), BX
	0x0047 00071 (struct_embedding_override.go:8)	CALL	runtime.concatstring2(SB)
	0x004c 00076 (struct_embedding_override.go:21)	MOVQ	main..autotmp_18+88(SP), CX
	0x0051 00081 (struct_embedding_override.go:21)	LEAQ	go:string." with "(SB), DI
	0x0058 00088 (struct_embedding_override.go:21)	MOVL	$6, SI
	0x005d 00093 (struct_embedding_override.go:21)	MOVQ	AX, R8
	0x0060 00096 (struct_embedding_override.go:21)	MOVQ	BX, R9
	0x0063 00099 (struct_embedding_override.go:21)	XORL	AX, AX
	0x0065 00101 (struct_embedding_override.go:21)	MOVQ	main..autotmp_19+96(SP), BX
	0x006a 00106 (struct_embedding_override.go:21)	PCDATA	$1, $2
	0x006a 00106 (struct_embedding_override.go:21)	CALL	runtime.concatstring3(SB)
	0x006f 00111 (<autogenerated>:1)	ADDQ	$104, SP
	0x0073 00115 (<autogenerated>:1)	POPQ	BP
	0x0074 00116 (<autogenerated>:1)	RET
	0x0075 00117 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x007a 00122 (<autogenerated>:1)	XCHGL	AX, AX
	0x007b 00123 (<autogenerated>:1)	NOP
	0x007b 00123 (<autogenerated>:1)	PCDATA	$1, $-1
	0x007b 00123 (<autogenerated>:1)	PCDATA	$0, $-2
	0x007b 00123 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0080 00128 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0085 00133 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0085 00133 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x008a 00138 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 75 55 48 89 e5 48 83 ec 68 48 85  I;f.vuUH..H..hH.
	0x0010 c0 74 62 48 8b 08 48 8b 50 18 48 89 54 24 58 48  .tbH..H.P.H.T$XH
	0x0020 8b 50 10 48 89 54 24 60 48 89 c8 e8 00 00 00 00  .P.H.T$`H.......
	0x0030 b9 07 00 00 00 48 89 c7 48 89 de 48 8d 44 24 38  .....H..H..H.D$8
	0x0040 48 8d 1d 00 00 00 00 e8 00 00 00 00 48 8b 4c 24  H...........H.L$
	0x0050 58 48 8d 3d 00 00 00 00 be 06 00 00 00 49 89 c0  XH.=.........I..
	0x0060 49 89 d9 31 c0 48 8b 5c 24 60 e8 00 00 00 00 48  I..1.H.\$`.....H
	0x0070 83 c4 68 5d c3 e8 00 00 00 00 90 48 89 44 24 08  ..h].......H.D$.
	0x0080 e8 00 00 00 00 48 8b 44 24 08 e9 71 ff ff ff     .....H.D$..q...
	rel 44+4 t=R_CALL main.itoa+0
	rel 67+4 t=R_PCREL go:string."engine "+0
	rel 72+4 t=R_CALL runtime.concatstring2+0
	rel 84+4 t=R_PCREL go:string." with "+0
	rel 107+4 t=R_CALL runtime.concatstring3+0
	rel 118+4 t=R_CALL runtime.panicwrap+0
	rel 129+4 t=R_CALL runtime.morestack_noctxt+0
main.Car.Start STEXT dupok nosplit size=13 align=0x0 args=0x20 locals=0x0 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Car.Start(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-32
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·hyAImouC9Dl6LsGve7UiMg==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, main.Car.Start.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$6, main.Car.Start.argliveinfo(SB)
	0x0000 00000 (<autogenerated>:1)	PCDATA	$3, $1
	0x0000 00000 (<autogenerated>:1)	LEAQ	go:string."vroom"(SB), AX
	0x0007 00007 (<autogenerated>:1)	MOVL	$5, BX
	0x000c 00012 (<autogenerated>:1)	RET
	0x0000 48 8d 05 00 00 00 00 bb 05 00 00 00 c3           H............
	rel 3+4 t=R_PCREL go:string."vroom"+0
main.(*Car).Start STEXT dupok nosplit size=15 align=0x0 args=0x8 locals=0x0 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Car).Start(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*Car).Start.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*Car).Start.argliveinfo(SB)
	0x0000 00000 (<autogenerated>:1)	PCDATA	$3, $1
	0x0000 00000 (<autogenerated>:1)	TESTB	AL, (AX)
	0x0002 00002 (<autogenerated>:1)	LEAQ	go:string."vroom"(SB), AX
	0x0009 00009 (<autogenerated>:1)	MOVL	$5, BX
	0x000e 00014 (<autogenerated>:1)	RET
	0x0000 84 00 48 8d 05 00 00 00 00 bb 05 00 00 00 c3     ..H............
	rel 5+4 t=R_PCREL go:string."vroom"+0
main.SportsCar.Count STEXT dupok nosplit size=4 align=0x0 args=0x28 locals=0x0 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.SportsCar.Count(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-40
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·psbdpG2JvgWTgwMzSCvM6g==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, main.SportsCar.Count.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	MOVQ	BX, AX
	0x0003 00003 (<autogenerated>:1)	RET
	0x0000 48 89 d8 c3                                      H...
main.(*SportsCar).Count STEXT dupok nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*SportsCar).Count(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*SportsCar).Count.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*SportsCar).Count.argliveinfo(SB)
	0x0000 00000 (<autogenerated>:1)	PCDATA	$3, $1
	0x0000 00000 (<autogenerated>:1)	MOVQ	8(AX), AX
	0x0004 00004 (<autogenerated>:1)	RET
	0x0000 48 8b 40 08 c3                                   H.@..
main.SportsCar.Describe STEXT dupok size=204 align=0x0 args=0x28 locals=0x70 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.SportsCar.Describe(SB), DUPOK|WRAPPER|ABIInternal, $112-40
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	144
	0x000a 00010 (<autogenerated>:1)	PCDATA	$0, $-1
	0x000a 00010 (<autogenerated>:1)	PUSHQ	BP
	0x000b 00011 (<autogenerated>:1)	MOVQ	SP, BP
	0x000e 00014 (<autogenerated>:1)	SUBQ	$104, SP
	0x0012 00018 (<autogenerated>:1)	FUNCDATA	$0, gclocals·2kxH0mWZWUKz2cCdf6+ycw==(SB)
	0x0012 00018 (<autogenerated>:1)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x0012 00018 (<autogenerated>:1)	FUNCDATA	$5, main.SportsCar.Describe.arginfo1(SB)
	0x0012 00018 (<autogenerated>:1)	MOVQ	CX, main..autotmp_18+96(SP)
	0x0017 00023 (<autogenerated>:1)	MOVQ	DI, main..autotmp_19+88(SP)
	0x001c 00028 (<autogenerated>:1)	MOVQ	AX, main.c+120(SP)
	0x0021 00033 (<autogenerated>:1)	MOVQ	BX, main.c+128(SP)
	0x0029 00041 (<autogenerated>:1)	MOVQ	CX, main.c+136(SP)
	0x0031 00049 (<autogenerated>:1)	MOVQ	DI, main.c+144(SP)
	0x0039 00057 (<autogenerated>:1)	MOVB	SIB, main.c+152(SP)
	0x0041 00065 (<autogenerated>:1)	MOVQ	main.c+120(SP), AX
	0x0046 00070 (<unknown line number>)	NOP
	0x0046 00070 (<unknown line number>)	NOP
	0x0046 00070 (struct_embedding_override.go:8)	PCDATA	$1, $1
	0x0046 00070 (struct_embedding_override.go:8)	CALL	main.itoa(SB)
	0x004b 00075 (struct_embedding_override.go:8)	MOVL	$7, CX
	0x0050 00080 (struct_embedding_override.go:8)	MOVQ	AX, DI
	0x0053 00083 (struct_embedding_override.go:8)	MOVQ	BX, SI
	0x0056 00086 (struct_embedding_override.go:8)	LEAQ	main..autotmp_7+56(SP), AX
	0x005b 00091 (struct_embedding_override.go:8)	LEAQ	go:string."engine "(SB), BX
	0x0062 00098 (struct_embedding_override.go:8)	CALL	runtime.concatstring2(SB)
	0x0067 00103 (struct_embedding_override.go:21)	MOVQ	main..autotmp_19+88(SP), CX
	0x006c 00108 (struct_embedding_override.go:21)	LEAQ	go:string." with "(SB), DI
	0x0073 00115 (struct_embedding_override.go:21)	MOVL	$6, SI
	0x0078 00120 (struct_embedding_override.go:21)	MOVQ	AX, R8
	0x007b 00123 (struct_embedding_override.go:21)	MOVQ	BX, R9
	0x007e 00126 (struct_embedding_override.go:21)	XORL	AX, AX
	0x0080 00128 (struct_embedding_override.go:21)	MOVQ	main..autotmp_18+96(SP), BX
	0x0085 00133 (struct_embedding_override.go:21)	PCDATA	$1, $2
	0x0085 00133 (struct_embedding_override.go:21)	CALL	runtime.concatstring3(SB)
	0x008a 00138 (<autogenerated>:1)	ADDQ	$104, SP
	0x008e 00142 (<autogenerated>:1)	POPQ	BP
	0x008f 00143 (<autogenerated>:1)	RET
	0x0090 00144 (<autogenerated>:1)	NOP
	0x0090 00144 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0090 00144 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0090 00144 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0095 00149 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x009a 00154 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x009f 00159 (<autogenerated>:1)	MOVQ	DI, 32(SP)
	0x00a4 00164 (<autogenerated>:1)	MOVB	SIB, 40(SP)
	0x00a9 00169 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x00ae 00174 (<autogenerated>:1)	PCDATA	$0, $-1
	0x00ae 00174 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x00b3 00179 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x00b8 00184 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x00bd 00189 (<autogenerated>:1)	MOVQ	32(SP), DI
	0x00c2 00194 (<autogenerated>:1)	MOVBLZX	40(SP), SI
	0x00c7 00199 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 0f 86 86 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 68 48 89 4c 24 60 48 89 7c 24 58 48 89 44 24  .hH.L$`H.|$XH.D$
	0x0020 78 48 89 9c 24 80 00 00 00 48 89 8c 24 88 00 00  xH..$....H..$...
	0x0030 00 48 89 bc 24 90 00 00 00 40 88 b4 24 98 00 00  .H..$....@..$...
	0x0040 00 48 8b 44 24 78 e8 00 00 00 00 b9 07 00 00 00  .H.D$x..........
	0x0050 48 89 c7 48 89 de 48 8d 44 24 38 48 8d 1d 00 00  H..H..H.D$8H....
	0x0060 00 00 e8 00 00 00 00 48 8b 4c 24 58 48 8d 3d 00  .......H.L$XH.=.
	0x0070 00 00 00 be 06 00 00 00 49 89 c0 49 89 d9 31 c0  ........I..I..1.
	0x0080 48 8b 5c 24 60 e8 00 00 00 00 48 83 c4 68 5d c3  H.\$`.....H..h].
	0x0090 48 89 44 24 08 48 89 5c 24 10 48 89 4c 24 18 48  H.D$.H.\$.H.L$.H
	0x00a0 89 7c 24 20 40 88 74 24 28 e8 00 00 00 00 48 8b  .|$ @.t$(.....H.
	0x00b0 44 24 08 48 8b 5c 24 10 48 8b 4c 24 18 48 8b 7c  D$.H.\$.H.L$.H.|
	0x00c0 24 20 0f b6 74 24 28 e9 34 ff ff ff              $ ..t$(.4...
	rel 71+4 t=R_CALL main.itoa+0
	rel 94+4 t=R_PCREL go:string."engine "+0
	rel 99+4 t=R_CALL runtime.concatstring2+0
	rel 111+4 t=R_PCREL go:string." with "+0
	rel 134+4 t=R_CALL runtime.concatstring3+0
	rel 170+4 t=R_CALL runtime.morestack_noctxt+0
main.(*SportsCar).Describe STEXT dupok size=133 align=0x0 args=0x8 locals=0x70 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*SportsCar).Describe(SB), DUPOK|WRAPPER|ABIInternal, $112-8
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	112
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$104, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Z8zdw/dq+fE82FieA9ctlQ==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*SportsCar).Describe.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*SportsCar).Describe.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	(AX), CX
	0x0011 00017 (<autogenerated>:1)	MOVQ	24(AX), DX
	0x0015 00021 (<autogenerated>:1)	MOVQ	DX, main..autotmp_18+88(SP)
	0x001a 00026 (<autogenerated>:1)	MOVQ	16(AX), DX
	0x001e 00030 (<autogenerated>:1)	MOVQ	DX, main..autotmp_19+96(SP)
	0x0023 00035 (<unknown line number>)	NOP
	0x0023 00035 (<unknown line number>)	NOP
	0x0023 00035 (struct_embedding_override.go:8)	MOVQ	CX, AX
	0x0026 00038 (struct_embedding_override.go:8)	PCDATA	$1, $1
	0x0026 00038 (struct_embedding_override.go:8)	CALL	main.itoa(SB)
	0x002b 00043 (struct_embedding_override.go:8)	MOVL	$7, CX
	0x0030 00048 (struct_embedding_override.go:8)	MOVQ	AX, DI
	0x0033 00051 (struct_embedding_override.go:8)	MOVQ	BX, SI
	0x0036 00054 (struct_embedding_override.go:8)	LEAQ	main..autotmp_7+56(SP), AX
	0x003b 00059 (struct_embedding_override.go:8)	LEAQ	go:string."engine "(SB), BX
	0x0042 00066 (struct_embedding_override.go:8)	CALL	runtime.concatstring2(SB)
	0x0047 00071 (struct_embedding_override.go:21)	MOVQ	main..autotmp_18+88(SP), CX
	0x004c 00076 (struct_embedding_override.go:21)	LEAQ	go:string." with "(SB), DI
	0x0053 00083 (struct_embedding_override.go:21)	MOVL	$6, SI
	0x0058 00088 (struct_embedding_override.go:21)	MOVQ	AX, R8
	0x005b 00091 (struct_embedding_override.go:21)	MOVQ	BX, R9
	0x005e 00094 (struct_embedding_override.go:21)	XORL	AX, AX
	0x0060 00096 (struct_embedding_override.go:21)	MOVQ	main..autotmp_19+96(SP), BX
	0x0065 00101 (struct_embedding_override.go:21)	PCDATA	$1, $2
	0x0065 00101 (struct_embedding_override.go:21)	CALL	runtime.concatstring3(SB)
	0x006a 00106 (<autogenerated>:1)	ADDQ	$104, SP
	0x006e 00110 (<autogenerated>:1)	POPQ	BP
	0x006f 00111 (<autogenerated>:1)	RET
	0x0070 00112 (<autogenerated>:1)	NOP
	0x0070 00112 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0070 00112 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0070 00112 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0075 00117 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x007a 00122 (<autogenerated>:1)	PCDATA	$0, $-1
	0x007a 00122 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x007f 00127 (<autogenerated>:1)	NOP
	0x0080 00128 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 6a 55 48 89 e5 48 83 ec 68 48 8b  I;f.vjUH..H..hH.
	0x0010 08 48 8b 50 18 48 89 54 24 58 48 8b 50 10 48 89  .H.P.H.T$XH.P.H.
	0x0020 54 24 60 48 89 c8 e8 00 00 00 00 b9 07 00 00 00  T$`H............
	0x0030 48 89 c7 48 89 de 48 8d 44 24 38 48 8d 1d 00 00  H..H..H.D$8H....
	0x0040 00 00 e8 00 00 00 00 48 8b 4c 24 58 48 8d 3d 00  .......H.L$XH.=.
	0x0050 00 00 00 be 06 00 00 00 49 89 c0 49 89 d9 31 c0  ........I..I..1.
	0x0060 48 8b 5c 24 60 e8 00 00 00 00 48 83 c4 68 5d c3  H.\$`.....H..h].
	0x0070 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08 90  H.D$......H.D$..
	0x0080 e9 7b ff ff ff                                   .{...
	rel 39+4 t=R_CALL main.itoa+0
	rel 62+4 t=R_PCREL go:string."engine "+0
	rel 67+4 t=R_CALL runtime.concatstring2+0
	rel 79+4 t=R_PCREL go:string." with "+0
	rel 102+4 t=R_CALL runtime.concatstring3+0
	rel 118+4 t=R_CALL runtime.morestack_noctxt+0
main.(*SportsCar).Start STEXT dupok nosplit size=29 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*SportsCar).Start(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*SportsCar).Start.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*SportsCar).Start.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	23
	0x0009 00009 (<autogenerated>:1)	LEAQ	go:string."VROOM"(SB), AX
	0x0010 00016 (<autogenerated>:1)	MOVL	$5, BX
	0x0015 00021 (<autogenerated>:1)	POPQ	BP
	0x0016 00022 (<autogenerated>:1)	RET
	0x0017 00023 (<autogenerated>:1)	PCDATA	$1, $1
	0x0017 00023 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x001c 00028 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 0e 48 8d 05 00 00 00 00  UH..H..t.H......
	0x0010 bb 05 00 00 00 5d c3 e8 00 00 00 00 90           .....].......
	rel 12+4 t=R_PCREL go:string."VROOM"+0
	rel 24+4 t=R_CALL runtime.panicwrap+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
runtime.interequal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.interequal+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Describer. SRODATA dupok size=17 align=0x1
	0x0000 01 0f 2a 6d 61 69 6e 2e 44 65 73 63 72 69 62 65  ..*main.Describe
	0x0010 72                                               r
type:*main.Describer SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 17 3c 6a f9 28 08 08 16 00 00 00 00 00 00 00 00  .<j.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Describer.+0
	rel 48+8 t=R_ADDR type:main.Describer+0
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
type:.namedata.Describe. SRODATA dupok size=10 align=0x1
	0x0000 01 08 44 65 73 63 72 69 62 65                    ..Describe
type:main.Describer SRODATA size=104 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 e8 3f 2f 22 07 08 08 14 00 00 00 00 00 00 00 00  .?/"............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Describer.+0
	rel 44+4 t=R_ADDROFF type:*main.Describer+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Describer+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.Describe.+0
	rel 100+4 t=R_ADDROFF type:func() string+0
type:.namedata.*main.Engine. SRODATA dupok size=14 align=0x1
	0x0000 01 0c 2a 6d 61 69 6e 2e 45 6e 67 69 6e 65        ..*main.Engine
type:.namedata.*func(*main.Engine) string- SRODATA dupok size=28 align=0x1
	0x0000 00 1a 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 45 6e  ..*func(*main.En
	0x0010 67 69 6e 65 29 20 73 74 72 69 6e 67              gine) string
type:*func(*main.Engine) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 28 7b 2f 44 28 08 08 16 00 00 00 00 00 00 00 00  ({/D(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Engine) string-+0
	rel 48+8 t=R_ADDR type:func(*main.Engine) string+0
type:func(*main.Engine) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 04 b7 37 7c 22 08 08 13 00 00 00 00 00 00 00 00  ..7|"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Engine) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Engine) string+0
	rel 56+8 t=R_ADDR type:*main.Engine+0
	rel 64+8 t=R_ADDR type:string+0
type:.namedata.Start. SRODATA dupok size=7 align=0x1
	0x0000 01 05 53 74 61 72 74                             ..Start
type:*main.Engine SRODATA size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 97 46 2d 67 29 08 08 16 00 00 00 00 00 00 00 00  .F-g)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 02 00 02 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Engine.+0
	rel 48+8 t=R_ADDR type:main.Engine+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Describe.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*Engine).Describe+0
	rel 84+4 t=R_METHODOFF main.(*Engine).Describe+0
	rel 88+4 t=R_ADDROFF type:.namedata.Start.+0
	rel 92+4 t=R_METHODOFF type:func() string+0
	rel 96+4 t=R_METHODOFF main.(*Engine).Start+0
	rel 100+4 t=R_METHODOFF main.(*Engine).Start+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.HP. SRODATA dupok size=4 align=0x1
	0x0000 01 02 48 50                                      ..HP
type:.namedata.*func(main.Engine) string- SRODATA dupok size=27 align=0x1
	0x0000 00 19 2a 66 75 6e 63 28 6d 61 69 6e 2e 45 6e 67  ..*func(main.Eng
	0x0010 69 6e 65 29 20 73 74 72 69 6e 67                 ine) string
type:*func(main.Engine) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 59 64 9f 17 28 08 08 16 00 00 00 00 00 00 00 00  Yd..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Engine) string-+0
	rel 48+8 t=R_ADDR type:func(main.Engine) string+0
type:func(main.Engine) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d3 03 3b e2 22 08 08 13 00 00 00 00 00 00 00 00  ..;."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Engine) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Engine) string+0
	rel 56+8 t=R_ADDR type:main.Engine+0
	rel 64+8 t=R_ADDR type:string+0
type:main.Engine SRODATA size=152 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 67 e9 54 6e 0f 08 08 19 00 00 00 00 00 00 00 00  g.Tn............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 02 00 02 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Engine.+0
	rel 44+4 t=R_ADDROFF type:*main.Engine+0
	rel 56+8 t=R_ADDR type:main.Engine+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.HP.+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+4 t=R_ADDROFF type:.namedata.Describe.+0
	rel 124+4 t=R_METHODOFF type:func() string+0
	rel 128+4 t=R_METHODOFF main.(*Engine).Describe+0
	rel 132+4 t=R_METHODOFF main.Engine.Describe+0
	rel 136+4 t=R_ADDROFF type:.namedata.Start.+0
	rel 140+4 t=R_METHODOFF type:func() string+0
	rel 144+4 t=R_METHODOFF main.(*Engine).Start+0
	rel 148+4 t=R_METHODOFF main.Engine.Start+0
go:itab.main.Engine,main.Describer SRODATA dupok size=32 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 67 e9 54 6e 00 00 00 00 00 00 00 00 00 00 00 00  g.Tn............
	rel 0+8 t=R_ADDR type:main.Describer+0
	rel 8+8 t=R_ADDR type:main.Engine+0
	rel 24+8 t=RelocType(-32767) main.(*Engine).Describe+0
type:.eqfunc.M16S SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.M16S+0
type:.namedata.*main.Car. SRODATA dupok size=11 align=0x1
	0x0000 01 09 2a 6d 61 69 6e 2e 43 61 72                 ..*main.Car
type:.namedata.*func(*main.Car) int- SRODATA dupok size=22 align=0x1
	0x0000 00 14 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 43 61  ..*func(*main.Ca
	0x0010 72 29 20 69 6e 74                                r) int
type:*func(*main.Car) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 16 f5 69 99 28 08 08 16 00 00 00 00 00 00 00 00  ..i.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Car) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Car) int+0
type:func(*main.Car) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ae 80 4d 7e 22 08 08 13 00 00 00 00 00 00 00 00  ..M~"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Car) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Car) int+0
	rel 56+8 t=R_ADDR type:*main.Car+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(*main.Car) string- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 43 61  ..*func(*main.Ca
	0x0010 72 29 20 73 74 72 69 6e 67                       r) string
type:*func(*main.Car) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 10 8d e4 3e 28 08 08 16 00 00 00 00 00 00 00 00  ...>(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Car) string-+0
	rel 48+8 t=R_ADDR type:func(*main.Car) string+0
type:func(*main.Car) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 31 80 d4 6f 22 08 08 13 00 00 00 00 00 00 00 00  1..o"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Car) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Car) string+0
	rel 56+8 t=R_ADDR type:*main.Car+0
	rel 64+8 t=R_ADDR type:string+0
type:.namedata.Count. SRODATA dupok size=7 align=0x1
	0x0000 01 05 43 6f 75 6e 74                             ..Count
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
type:*main.Car SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9c 23 4e 38 29 08 08 16 00 00 00 00 00 00 00 00  .#N8)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Car.+0
	rel 48+8 t=R_ADDR type:main.Car+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Count.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*Car).Count+0
	rel 84+4 t=R_METHODOFF main.(*Car).Count+0
	rel 88+4 t=R_ADDROFF type:.namedata.Describe.+0
	rel 92+4 t=R_METHODOFF type:func() string+0
	rel 96+4 t=R_METHODOFF main.(*Car).Describe+0
	rel 100+4 t=R_METHODOFF main.(*Car).Describe+0
	rel 104+4 t=R_ADDROFF type:.namedata.Start.+0
	rel 108+4 t=R_METHODOFF type:func() string+0
	rel 112+4 t=R_METHODOFF main.(*Car).Start+0
	rel 116+4 t=R_METHODOFF main.(*Car).Start+0
runtime.gcbits.0400000000000000 SRODATA dupok size=8 align=0x8
	0x0000 04 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Wheels. SRODATA dupok size=14 align=0x1
	0x0000 01 0c 2a 6d 61 69 6e 2e 57 68 65 65 6c 73        ..*main.Wheels
type:.namedata.*func(*main.Wheels) int- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 57 68  ..*func(*main.Wh
	0x0010 65 65 6c 73 29 20 69 6e 74                       eels) int
type:*func(*main.Wheels) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 db 88 74 36 28 08 08 16 00 00 00 00 00 00 00 00  ..t6(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Wheels) int-+0
	rel 48+8 t=R_ADDR type:func(*main.Wheels) int+0
type:func(*main.Wheels) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b8 d4 27 ed 22 08 08 13 00 00 00 00 00 00 00 00  ..'."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Wheels) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Wheels) int+0
	rel 56+8 t=R_ADDR type:*main.Wheels+0
	rel 64+8 t=R_ADDR type:int+0
type:*main.Wheels SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4c 47 2e d1 29 08 08 16 00 00 00 00 00 00 00 00  LG..)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Wheels.+0
	rel 48+8 t=R_ADDR type:main.Wheels+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Count.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*Wheels).Count+0
	rel 84+4 t=R_METHODOFF main.(*Wheels).Count+0
type:.namedata.N. SRODATA dupok size=3 align=0x1
	0x0000 01 01 4e                                         ..N
type:.namedata.*func(main.Wheels) int- SRODATA dupok size=24 align=0x1
	0x0000 00 16 2a 66 75 6e 63 28 6d 61 69 6e 2e 57 68 65  ..*func(main.Whe
	0x0010 65 6c 73 29 20 69 6e 74                          els) int
type:*func(main.Wheels) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7f d5 3a 18 28 08 08 16 00 00 00 00 00 00 00 00  ..:.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Wheels) int-+0
	rel 48+8 t=R_ADDR type:func(main.Wheels) int+0
type:func(main.Wheels) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 94 10 13 8b 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Wheels) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Wheels) int+0
	rel 56+8 t=R_ADDR type:main.Wheels+0
	rel 64+8 t=R_ADDR type:int+0
type:main.Wheels SRODATA size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 18 e3 da 80 0f 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 01 00 01 00 28 00 00 00 00 00 00 00  ........(.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Wheels.+0
	rel 44+4 t=R_ADDROFF type:*main.Wheels+0
	rel 56+8 t=R_ADDR type:main.Wheels+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.N.+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+4 t=R_ADDROFF type:.namedata.Count.+0
	rel 124+4 t=R_METHODOFF type:func() int+0
	rel 128+4 t=R_METHODOFF main.(*Wheels).Count+0
	rel 132+4 t=R_METHODOFF main.Wheels.Count+0
type:.namedata.Engine..embedded SRODATA dupok size=8 align=0x1
	0x0000 09 06 45 6e 67 69 6e 65                          ..Engine
type:.namedata.Wheels..embedded SRODATA dupok size=8 align=0x1
	0x0000 09 06 57 68 65 65 6c 73                          ..Wheels
type:.namedata.Model. SRODATA dupok size=7 align=0x1
	0x0000 01 05 4d 6f 64 65 6c                             ..Model
type:.namedata.*func(main.Car) int- SRODATA dupok size=21 align=0x1
	0x0000 00 13 2a 66 75 6e 63 28 6d 61 69 6e 2e 43 61 72  ..*func(main.Car
	0x0010 29 20 69 6e 74                                   ) int
type:*func(main.Car) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f1 16 93 bd 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Car) int-+0
	rel 48+8 t=R_ADDR type:func(main.Car) int+0
type:func(main.Car) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ff bf 51 23 22 08 08 13 00 00 00 00 00 00 00 00  ..Q#"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Car) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Car) int+0
	rel 56+8 t=R_ADDR type:main.Car+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(main.Car) string- SRODATA dupok size=24 align=0x1
	0x0000 00 16 2a 66 75 6e 63 28 6d 61 69 6e 2e 43 61 72  ..*func(main.Car
	0x0010 29 20 73 74 72 69 6e 67                          ) string
type:*func(main.Car) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0f 7d 00 8a 28 08 08 16 00 00 00 00 00 00 00 00  .}..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Car) string-+0
	rel 48+8 t=R_ADDR type:func(main.Car) string+0
type:func(main.Car) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 45 6c b0 1c 22 08 08 13 00 00 00 00 00 00 00 00  El.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Car) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Car) string+0
	rel 56+8 t=R_ADDR type:main.Car+0
	rel 64+8 t=R_ADDR type:string+0
type:main.Car SRODATA size=216 align=0x8
	0x0000 20 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00   ...............
	0x0010 37 c0 ff 9a 07 08 08 19 00 00 00 00 00 00 00 00  7...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 03 00 03 00 58 00 00 00 00 00 00 00  ........X.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00b0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00c0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00d0 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M16S+0
	rel 32+8 t=R_ADDR runtime.gcbits.0400000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Car.+0
	rel 44+4 t=R_ADDROFF type:*main.Car+0
	rel 56+8 t=R_ADDR type:main.Car+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.Engine..embedded+0
	rel 104+8 t=R_ADDR type:main.Engine+0
	rel 120+8 t=R_ADDR type:.namedata.Wheels..embedded+0
	rel 128+8 t=R_ADDR type:main.Wheels+0
	rel 144+8 t=R_ADDR type:.namedata.Model.+0
	rel 152+8 t=R_ADDR type:string+0
	rel 168+4 t=R_ADDROFF type:.namedata.Count.+0
	rel 172+4 t=R_METHODOFF type:func() int+0
	rel 176+4 t=R_METHODOFF main.(*Car).Count+0
	rel 180+4 t=R_METHODOFF main.Car.Count+0
	rel 184+4 t=R_ADDROFF type:.namedata.Describe.+0
	rel 188+4 t=R_METHODOFF type:func() string+0
	rel 192+4 t=R_METHODOFF main.(*Car).Describe+0
	rel 196+4 t=R_METHODOFF main.Car.Describe+0
	rel 200+4 t=R_ADDROFF type:.namedata.Start.+0
	rel 204+4 t=R_METHODOFF type:func() string+0
	rel 208+4 t=R_METHODOFF main.(*Car).Start+0
	rel 212+4 t=R_METHODOFF main.Car.Start+0
go:itab.main.Car,main.Describer SRODATA dupok size=32 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 37 c0 ff 9a 00 00 00 00 00 00 00 00 00 00 00 00  7...............
	rel 0+8 t=R_ADDR type:main.Describer+0
	rel 8+8 t=R_ADDR type:main.Car+0
	rel 24+8 t=RelocType(-32767) main.(*Car).Describe+0
type:.eqfunc.M16SM1 SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.M16SM1+0
type:.namedata.*main.SportsCar. SRODATA dupok size=17 align=0x1
	0x0000 01 0f 2a 6d 61 69 6e 2e 53 70 6f 72 74 73 43 61  ..*main.SportsCa
	0x0010 72                                               r
type:.namedata.*func(*main.SportsCar) int- SRODATA dupok size=28 align=0x1
	0x0000 00 1a 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 53 70  ..*func(*main.Sp
	0x0010 6f 72 74 73 43 61 72 29 20 69 6e 74              ortsCar) int
type:*func(*main.SportsCar) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a8 22 a8 89 28 08 08 16 00 00 00 00 00 00 00 00  ."..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.SportsCar) int-+0
	rel 48+8 t=R_ADDR type:func(*main.SportsCar) int+0
type:func(*main.SportsCar) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5d 70 bc 23 22 08 08 13 00 00 00 00 00 00 00 00  ]p.#"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.SportsCar) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.SportsCar) int+0
	rel 56+8 t=R_ADDR type:*main.SportsCar+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(*main.SportsCar) string- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 53 70  ..*func(*main.Sp
	0x0010 6f 72 74 73 43 61 72 29 20 73 74 72 69 6e 67     ortsCar) string
type:*func(*main.SportsCar) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 2e 2d 79 79 28 08 08 16 00 00 00 00 00 00 00 00  .-yy(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.SportsCar) string-+0
	rel 48+8 t=R_ADDR type:func(*main.SportsCar) string+0
type:func(*main.SportsCar) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 61 25 04 b9 22 08 08 13 00 00 00 00 00 00 00 00  a%.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.SportsCar) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.SportsCar) string+0
	rel 56+8 t=R_ADDR type:*main.SportsCar+0
	rel 64+8 t=R_ADDR type:string+0
type:*main.SportsCar SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a7 05 a0 fc 29 08 08 16 00 00 00 00 00 00 00 00  ....)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.SportsCar.+0
	rel 48+8 t=R_ADDR type:main.SportsCar+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Count.+0
	rel 76+4 t=R_METHODOFF type:func() int+0
	rel 80+4 t=R_METHODOFF main.(*SportsCar).Count+0
	rel 84+4 t=R_METHODOFF main.(*SportsCar).Count+0
	rel 88+4 t=R_ADDROFF type:.namedata.Describe.+0
	rel 92+4 t=R_METHODOFF type:func() string+0
	rel 96+4 t=R_METHODOFF main.(*SportsCar).Describe+0
	rel 100+4 t=R_METHODOFF main.(*SportsCar).Describe+0
	rel 104+4 t=R_ADDROFF type:.namedata.Start.+0
	rel 108+4 t=R_METHODOFF type:func() string+0
	rel 112+4 t=R_METHODOFF main.(*SportsCar).Start+0
	rel 116+4 t=R_METHODOFF main.(*SportsCar).Start+0
type:.namedata.Car..embedded SRODATA dupok size=5 align=0x1
	0x0000 09 03 43 61 72                                   ..Car
type:.namedata.Turbo. SRODATA dupok size=7 align=0x1
	0x0000 01 05 54 75 72 62 6f                             ..Turbo
type:.namedata.*func(main.SportsCar) int- SRODATA dupok size=27 align=0x1
	0x0000 00 19 2a 66 75 6e 63 28 6d 61 69 6e 2e 53 70 6f  ..*func(main.Spo
	0x0010 72 74 73 43 61 72 29 20 69 6e 74                 rtsCar) int
type:*func(main.SportsCar) int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5b 76 1e 24 28 08 08 16 00 00 00 00 00 00 00 00  [v.$(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.SportsCar) int-+0
	rel 48+8 t=R_ADDR type:func(main.SportsCar) int+0
type:func(main.SportsCar) int SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ad 4d 12 91 22 08 08 13 00 00 00 00 00 00 00 00  .M.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.SportsCar) int-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.SportsCar) int+0
	rel 56+8 t=R_ADDR type:main.SportsCar+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(main.SportsCar) string- SRODATA dupok size=30 align=0x1
	0x0000 00 1c 2a 66 75 6e 63 28 6d 61 69 6e 2e 53 70 6f  ..*func(main.Spo
	0x0010 72 74 73 43 61 72 29 20 73 74 72 69 6e 67        rtsCar) string
type:*func(main.SportsCar) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 71 08 c2 46 28 08 08 16 00 00 00 00 00 00 00 00  q..F(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.SportsCar) string-+0
	rel 48+8 t=R_ADDR type:func(main.SportsCar) string+0
type:func(main.SportsCar) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 45 b5 9f 0b 22 08 08 13 00 00 00 00 00 00 00 00  E..."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.SportsCar) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.SportsCar) string+0
	rel 56+8 t=R_ADDR type:main.SportsCar+0
	rel 64+8 t=R_ADDR type:string+0
type:main.SportsCar SRODATA size=192 align=0x8
	0x0000 28 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  (...............
	0x0010 03 07 7f 1c 07 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 03 00 03 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00  ........ .......
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00b0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.M16SM1+0
	rel 32+8 t=R_ADDR runtime.gcbits.0400000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.SportsCar.+0
	rel 44+4 t=R_ADDROFF type:*main.SportsCar+0
	rel 56+8 t=R_ADDR type:main.SportsCar+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.Car..embedded+0
	rel 104+8 t=R_ADDR type:main.Car+0
	rel 120+8 t=R_ADDR type:.namedata.Turbo.+0
	rel 128+8 t=R_ADDR type:bool+0
	rel 144+4 t=R_ADDROFF type:.namedata.Count.+0
	rel 148+4 t=R_METHODOFF type:func() int+0
	rel 152+4 t=R_METHODOFF main.(*SportsCar).Count+0
	rel 156+4 t=R_METHODOFF main.SportsCar.Count+0
	rel 160+4 t=R_ADDROFF type:.namedata.Describe.+0
	rel 164+4 t=R_METHODOFF type:func() string+0
	rel 168+4 t=R_METHODOFF main.(*SportsCar).Describe+0
	rel 172+4 t=R_METHODOFF main.SportsCar.Describe+0
	rel 176+4 t=R_ADDROFF type:.namedata.Start.+0
	rel 180+4 t=R_METHODOFF type:func() string+0
	rel 184+4 t=R_METHODOFF main.(*SportsCar).Start+0
	rel 188+4 t=R_METHODOFF main.SportsCar.Start+0
go:itab.main.SportsCar,main.Describer SRODATA dupok size=32 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 03 07 7f 1c 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:main.Describer+0
	rel 8+8 t=R_ADDR type:main.SportsCar+0
	rel 24+8 t=RelocType(-32767) main.(*SportsCar).Describe+0
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.Engine.Describe$abstract SDWARFABSFCN dupok size=34 align=0x0
	0x0000 05 6d 61 69 6e 2e 45 6e 67 69 6e 65 2e 44 65 73  .main.Engine.Des
	0x0010 63 72 69 62 65 00 01 08 01 22 65 00 00 00 00 00  cribe...."e.....
	0x0020 00 00                                            ..
	rel 29+4 t=R_DWARFSECREF go:info.main.Engine+0
go:info.main.Car.Describe$abstract SDWARFABSFCN dupok size=31 align=0x0
	0x0000 05 6d 61 69 6e 2e 43 61 72 2e 44 65 73 63 72 69  .main.Car.Descri
	0x0010 62 65 00 01 15 01 22 63 00 00 00 00 00 00 00     be...."c.......
	rel 26+4 t=R_DWARFSECREF go:info.main.Car+0
go:info.main.Engine.Start$abstract SDWARFABSFCN dupok size=31 align=0x0
	0x0000 05 6d 61 69 6e 2e 45 6e 67 69 6e 65 2e 53 74 61  .main.Engine.Sta
	0x0010 72 74 00 01 09 01 22 65 00 00 00 00 00 00 00     rt...."e.......
	rel 26+4 t=R_DWARFSECREF go:info.main.Engine+0
go:info.main.Wheels.Count$abstract SDWARFABSFCN dupok size=31 align=0x0
	0x0000 05 6d 61 69 6e 2e 57 68 65 65 6c 73 2e 43 6f 75  .main.Wheels.Cou
	0x0010 6e 74 00 01 0d 01 22 77 00 00 00 00 00 00 00     nt...."w.......
	rel 26+4 t=R_DWARFSECREF go:info.main.Wheels+0
go:info.main.SportsCar.Start$abstract SDWARFABSFCN dupok size=34 align=0x0
	0x0000 05 6d 61 69 6e 2e 53 70 6f 72 74 73 43 61 72 2e  .main.SportsCar.
	0x0010 53 74 61 72 74 00 01 1c 01 22 73 00 00 00 00 00  Start...."s.....
	0x0020 00 00                                            ..
	rel 29+4 t=R_DWARFSECREF go:info.main.SportsCar+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
go:string."engine " SRODATA dupok size=7 align=0x1
	0x0000 65 6e 67 69 6e 65 20                             engine 
go:string."vroom" SRODATA dupok size=5 align=0x1
	0x0000 76 72 6f 6f 6d                                   vroom
go:string." with " SRODATA dupok size=6 align=0x1
	0x0000 20 77 69 74 68 20                                 with 
go:string."VROOM" SRODATA dupok size=5 align=0x1
	0x0000 56 52 4f 4f 4d                                   VROOM
go:string."sedan" SRODATA dupok size=5 align=0x1
	0x0000 73 65 64 61 6e                                   sedan
go:string."racer" SRODATA dupok size=5 align=0x1
	0x0000 72 61 63 65 72                                   racer
main..stmp_0 SRODATA static size=32 align=0x8
	0x0000 96 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 05 00 00 00 00 00 00 00  ................
	rel 16+8 t=R_ADDR go:string."sedan"+0
type:.namedata.*[]main.Describer- SRODATA dupok size=19 align=0x1
	0x0000 00 11 2a 5b 5d 6d 61 69 6e 2e 44 65 73 63 72 69  ..*[]main.Descri
	0x0010 62 65 72                                         ber
type:*[]main.Describer SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e9 86 3b 0c 28 08 08 16 00 00 00 00 00 00 00 00  ..;.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.Describer-+0
	rel 48+8 t=R_ADDR type:[]main.Describer+0
type:[]main.Describer SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7c fd 57 99 02 08 08 17 00 00 00 00 00 00 00 00  |.W.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.Describer-+0
	rel 44+4 t=RelocType(-32763) type:*[]main.Describer+0
	rel 48+8 t=R_ADDR type:main.Describer+0
runtime.gcbits.aa00000000000000 SRODATA dupok size=8 align=0x8
	0x0000 aa 00 00 00 00 00 00 00                          ........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.Engine.Describe.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 fe 00 08 fd ff                                   .....
main.Engine.Describe.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Engine.Start.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 fe 00 08 fd ff                                   .....
main.Engine.Start.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Wheels.Count.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 fe 00 08 fd ff                                   .....
main.Wheels.Count.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·2kxH0mWZWUKz2cCdf6+ycw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 03 00 00 00 04 00 00                 ...........
gclocals·Vi90HuirP9VPo7whN2aauw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 00 01 00                 ...........
main.Car.Describe.arginfo1 SRODATA static dupok size=17 align=0x1
	0x0000 fe fe 00 08 fd fe 08 08 fd fe 10 08 18 08 fd fd  ................
	0x0010 ff                                               .
main.Car.Describe.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·hyAImouC9Dl6LsGve7UiMg== SRODATA dupok size=9 align=0x4
	0x0000 01 00 00 00 03 00 00 00 00                       .........
main.SportsCar.Start.arginfo1 SRODATA static dupok size=21 align=0x1
	0x0000 fe fe fe 00 08 fd fe 08 08 fd fe 10 08 18 08 fd  ................
	0x0010 fd 20 01 fd ff                                   . ...
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
main.itoa.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.itoa.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·XhHydcwudYgAAAHTAKMedg== SRODATA dupok size=8 align=0x4
	0x0000 0a 00 00 00 00 00 00 00                          ........
gclocals·6f962YCjMJfOJ+PHxjDOJQ== SRODATA dupok size=38 align=0x4
	0x0000 0a 00 00 00 12 00 00 00 00 00 00 20 00 00 24 00  ........... ..$.
	0x0010 00 20 02 00 22 00 00 20 a8 02 20 01 00 20 03 00  . ..".. .. .. ..
	0x0020 00 02 00 01 00 00                                ......
main.main.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 88 ff ff ff 28 00 00 00  ............(...
	0x0010 18 00 00 00 00 00 00 00 c0 ff ff ff 40 00 00 00  ............@...
	0x0020 40 00 00 00 00 00 00 00                          @.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.aa00000000000000+0
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
type:.eq.M16S.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.M16S.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.eq.M16SM1.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.M16SM1.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
main.Describer.Describe.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Describer.Describe.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
main.(*Engine).Describe.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Engine).Describe.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Engine).Start.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Engine).Start.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Wheels).Count.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Wheels).Count.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·psbdpG2JvgWTgwMzSCvM6g== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 03 00 00 00 04 00                    ..........
main.Car.Count.arginfo1 SRODATA static dupok size=17 align=0x1
	0x0000 fe fe 00 08 fd fe 08 08 fd fe 10 08 18 08 fd fd  ................
	0x0010 ff                                               .
main.Car.Count.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Car).Count.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Car).Count.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Z8zdw/dq+fE82FieA9ctlQ== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 01 00 00                 ...........
main.(*Car).Describe.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Car).Describe.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Car.Start.arginfo1 SRODATA static dupok size=17 align=0x1
	0x0000 fe fe 00 08 fd fe 08 08 fd fe 10 08 18 08 fd fd  ................
	0x0010 ff                                               .
main.Car.Start.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Car).Start.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Car).Start.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.SportsCar.Count.arginfo1 SRODATA static dupok size=21 align=0x1
	0x0000 fe fe fe 00 08 fd fe 08 08 fd fe 10 08 18 08 fd  ................
	0x0010 fd 20 01 fd ff                                   . ...
main.(*SportsCar).Count.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*SportsCar).Count.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.SportsCar.Describe.arginfo1 SRODATA static dupok size=21 align=0x1
	0x0000 fe fe fe 00 08 fd fe 08 08 fd fe 10 08 18 08 fd  ................
	0x0010 fd 20 01 fd ff                                   . ...
main.(*SportsCar).Describe.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*SportsCar).Describe.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*SportsCar).Start.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*SportsCar).Start.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
