funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:53)	TEXT	main.main(SB), ABIInternal, $464-0
     0        00000 (generics_constraints.go:53)	TEXT	main.main(SB), ABIInternal, $464-0
     0     -1 00000 (generics_constraints.go:53)	LEAQ	-336(SP), R12
     8        00008 (generics_constraints.go:53)	CMPQ	R12, 16(R14)
     c        00012 (generics_constraints.go:53)	PCDATA	$0, $-2
     c        00012 (generics_constraints.go:53)	JLS	1166
    12        00018 (generics_constraints.go:53)	PCDATA	$0, $-1
    12        00018 (generics_constraints.go:53)	PUSHQ	BP
    13        00019 (generics_constraints.go:53)	MOVQ	SP, BP
    16        00022 (generics_constraints.go:53)	SUBQ	$456, SP
    1d        00029 (generics_constraints.go:53)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
    1d        00029 (generics_constraints.go:53)	FUNCDATA	$1, gclocals·4s3ku6Qb4aQNN1wbFrlEJg==(SB)
    1d        00029 (generics_constraints.go:53)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (generics_constraints.go:54)	MOVQ	$1, main..autotmp_48+280(SP)
    29        00041 (generics_constraints.go:54)	MOVQ	$2, main..autotmp_48+288(SP)
    35        00053 (generics_constraints.go:54)	MOVQ	$3, main..autotmp_48+296(SP)
    41        00065 (generics_constraints.go:54)	LEAQ	main..dict.Join[main.ID](SB), AX
    48        00072 (generics_constraints.go:54)	LEAQ	main..autotmp_48+280(SP), BX
    50        00080 (generics_constraints.go:54)	MOVL	$3, CX
    55        00085 (generics_constraints.go:54)	MOVL	CX, DI
    57        00087 (generics_constraints.go:54)	LEAQ	go:string.", "(SB), SI
    5e        00094 (generics_constraints.go:54)	MOVL	$2, R8
    64        00100 (generics_constraints.go:54)	PCDATA	$1, $0
    64        00100 (generics_constraints.go:54)	CALL	main.Join[go.shape.int](SB)
    69        00105 (generics_constraints.go:54)	MOVQ	AX, main..autotmp_98+352(SP)
    71        00113 (generics_constraints.go:54)	MOVQ	BX, main..autotmp_99+104(SP)
    76        00118 (generics_constraints.go:54)	PCDATA	$1, $1
    76        00118 (generics_constraints.go:54)	CALL	runtime.printlock(SB)
    7b        00123 (generics_constraints.go:54)	MOVQ	main..autotmp_98+352(SP), AX
    83        00131 (generics_constraints.go:54)	MOVQ	main..autotmp_99+104(SP), BX
    88        00136 (generics_constraints.go:54)	PCDATA	$1, $0
    88        00136 (generics_constraints.go:54)	CALL	runtime.printstring(SB)
    8d        00141 (generics_constraints.go:54)	CALL	runtime.printnl(SB)
    92        00146 (generics_constraints.go:54)	CALL	runtime.printunlock(SB)
    97        00151 (generics_constraints.go:55)	MOVQ	$1, main..autotmp_59+416(SP)
    a3        00163 (generics_constraints.go:55)	LEAQ	go:string."a"(SB), DX
    aa        00170 (generics_constraints.go:55)	MOVQ	DX, main..autotmp_59+408(SP)
    b2        00178 (generics_constraints.go:55)	MOVQ	$1, main..autotmp_59+432(SP)
    be        00190 (generics_constraints.go:55)	LEAQ	go:string."b"(SB), DX
    c5        00197 (generics_constraints.go:55)	MOVQ	DX, main..autotmp_59+424(SP)
    cd        00205 (generics_constraints.go:55)	MOVQ	$1, main..autotmp_59+448(SP)
    d9        00217 (generics_constraints.go:55)	LEAQ	go:string."c"(SB), DX
    e0        00224 (generics_constraints.go:55)	MOVQ	DX, main..autotmp_59+440(SP)
    e8        00232 (<unknown line number>)	NOP
    e8      0 00232 (generics_constraints.go:55)	LEAQ	main..autotmp_59+408(SP), DX
    f0        00240 (generics_constraints.go:55)	XORL	R9, R9
    f3        00243 (generics_constraints.go:55)	JMP	256
    f5        00245 (generics_constraints.go:55)	LEAQ	16(AX), DX
    f9        00249 (generics_constraints.go:55)	INCQ	R9
    fc        00252 (generics_constraints.go:55)	NOP
   100        00256 (generics_constraints.go:55)	CMPQ	R9, $3
   104        00260 (generics_constraints.go:55)	JGE	282
   106        00262 (generics_constraints.go:55)	MOVQ	DX, AX
   109        00265 (generics_constraints.go:55)	CMPQ	8(DX), $1
   10e        00270 (generics_constraints.go:55)	JNE	245
   110        00272 (generics_constraints.go:55)	MOVQ	(DX), CX
   113        00275 (generics_constraints.go:55)	CMPB	(CX), $99
   116        00278 (generics_constraints.go:55)	JNE	245
   118        00280 (generics_constraints.go:55)	JMP	289
   11a        00282 (generics_constraints.go:55)	MOVQ	$-1, R9
   121     -1 00289 (generics_constraints.go:55)	MOVQ	$4609434218613702656, AX
   12b        00299 (generics_constraints.go:55)	MOVQ	AX, main..autotmp_65+264(SP)
   133        00307 (generics_constraints.go:55)	MOVQ	$4612811918334230528, AX
   13d        00317 (generics_constraints.go:55)	MOVQ	AX, main..autotmp_65+272(SP)
   145        00325 (<unknown line number>)	NOP
   145      1 00325 (generics_constraints.go:55)	XORL	AX, AX
   147        00327 (generics_constraints.go:55)	JMP	332
   149        00329 (generics_constraints.go:55)	INCQ	AX
   14c        00332 (generics_constraints.go:55)	CMPQ	AX, $2
   150        00336 (generics_constraints.go:55)	JGE	365
   152        00338 (generics_constraints.go:55)	MOVSD	main..autotmp_65+264(SP)(AX*8), X0
   15b        00347 (generics_constraints.go:55)	MOVSD	$f64.4008000000000000(SB), X1
   163        00355 (generics_constraints.go:55)	UCOMISD	X1, X0
   167        00359 (generics_constraints.go:55)	JNE	329
   169        00361 (generics_constraints.go:55)	JPS	329
   16b        00363 (generics_constraints.go:55)	JMP	372
   16d        00365 (generics_constraints.go:55)	MOVQ	$-1, AX
   174     -1 00372 (generics_constraints.go:55)	MOVQ	AX, main.~r0+64(SP)
   179        00377 (generics_constraints.go:55)	MOVQ	R9, main.~r0+72(SP)
   17e        00382 (generics_constraints.go:55)	MOVQ	$7, main..autotmp_69+248(SP)
   18a        00394 (generics_constraints.go:55)	MOVQ	$8, main..autotmp_69+256(SP)
   196        00406 (<unknown line number>)	NOP
   196      2 00406 (generics_constraints.go:55)	XORL	CX, CX
   198        00408 (generics_constraints.go:55)	JMP	416
   19a        00410 (generics_constraints.go:55)	INCQ	CX
   19d        00413 (generics_constraints.go:55)	NOP
   1a0        00416 (generics_constraints.go:55)	CMPQ	CX, $2
   1a4        00420 (generics_constraints.go:55)	JGE	438
   1a6        00422 (generics_constraints.go:55)	MOVQ	main..autotmp_69+248(SP)(CX*8), DX
   1ae        00430 (generics_constraints.go:55)	CMPQ	DX, $8
   1b2        00434 (generics_constraints.go:55)	JNE	410
   1b4        00436 (generics_constraints.go:55)	JMP	445
   1b6        00438 (generics_constraints.go:55)	MOVQ	$-1, CX
   1bd     -1 00445 (generics_constraints.go:55)	MOVQ	CX, main.~r0+56(SP)
   1c2        00450 (generics_constraints.go:55)	CALL	runtime.printlock(SB)
   1c7        00455 (generics_constraints.go:55)	MOVQ	main.~r0+72(SP), AX
   1cc        00460 (generics_constraints.go:55)	CALL	runtime.printint(SB)
   1d1        00465 (generics_constraints.go:55)	CALL	runtime.printsp(SB)
   1d6        00470 (generics_constraints.go:55)	MOVQ	main.~r0+64(SP), AX
   1db        00475 (generics_constraints.go:55)	NOP
   1e0        00480 (generics_constraints.go:55)	CALL	runtime.printint(SB)
   1e5        00485 (generics_constraints.go:55)	CALL	runtime.printsp(SB)
   1ea        00490 (generics_constraints.go:55)	MOVQ	main.~r0+56(SP), AX
   1ef        00495 (generics_constraints.go:55)	CALL	runtime.printint(SB)
   1f4        00500 (generics_constraints.go:55)	CALL	runtime.printnl(SB)
   1f9        00505 (generics_constraints.go:55)	CALL	runtime.printunlock(SB)
   1fe        00510 (generics_constraints.go:56)	LEAQ	main..autotmp_72+360(SP), AX
   206        00518 (generics_constraints.go:56)	MOVUPS	X15, (AX)
   20a        00522 (generics_constraints.go:56)	MOVUPS	X15, 16(AX)
   20f        00527 (generics_constraints.go:56)	MOVUPS	X15, 32(AX)
   214        00532 (generics_constraints.go:56)	LEAQ	main..autotmp_73+112(SP), AX
   219        00537 (generics_constraints.go:56)	MOVUPS	X15, (AX)
   21d        00541 (generics_constraints.go:56)	MOVUPS	X15, 16(AX)
   222        00546 (generics_constraints.go:56)	MOVUPS	X15, 32(AX)
   227        00551 (generics_constraints.go:56)	MOVUPS	X15, 48(AX)
   22c        00556 (generics_constraints.go:56)	MOVUPS	X15, 64(AX)
   231        00561 (generics_constraints.go:56)	MOVUPS	X15, 80(AX)
   236        00566 (generics_constraints.go:56)	MOVUPS	X15, 96(AX)
   23b        00571 (generics_constraints.go:56)	MOVUPS	X15, 112(AX)
   240        00576 (generics_constraints.go:56)	MOVUPS	X15, 120(AX)
   245        00581 (generics_constraints.go:56)	MOVQ	$-9187201950435737472, CX
   24f        00591 (generics_constraints.go:56)	MOVQ	CX, main..autotmp_73+112(SP)
   254        00596 (generics_constraints.go:56)	MOVQ	AX, main..autotmp_72+376(SP)
   25c        00604 (generics_constraints.go:56)	PCDATA	$1, $2
   25c        00604 (generics_constraints.go:56)	NOP
   260        00608 (generics_constraints.go:56)	CALL	runtime.rand(SB)
   265        00613 (generics_constraints.go:56)	MOVQ	AX, main..autotmp_72+368(SP)
   26d        00621 (generics_constraints.go:56)	XORL	AX, AX
   26f        00623 (generics_constraints.go:57)	JMP	672
   271        00625 (generics_constraints.go:57)	MOVQ	AX, main.i+96(SP)
   276      3 00630 (generics_constraints.go:58)	LEAQ	type:main.Set[int](SB), DX
   27d     -1 00637 (generics_constraints.go:58)	XCHGL	AX, AX
   27e      3 00638 (generics_constraints.go:58)	LEAQ	main..autotmp_72+360(SP), BX
   286        00646 (generics_constraints.go:58)	MOVQ	AX, CX
   289        00649 (generics_constraints.go:58)	MOVQ	DX, AX
   28c        00652 (generics_constraints.go:58)	CALL	runtime.mapassign_fast64(SB)
   291        00657 (generics_constraints.go:58)	TESTB	AL, (AX)
   293     -1 00659 (generics_constraints.go:57)	MOVQ	main.i+96(SP), AX
   298        00664 (generics_constraints.go:57)	ADDQ	$3, AX
   29c        00668 (generics_constraints.go:57)	NOP
   2a0        00672 (generics_constraints.go:57)	CMPQ	AX, $10
   2a4        00676 (generics_constraints.go:57)	JLT	625
   2a6        00678 (generics_constraints.go:60)	MOVQ	main..autotmp_72+360(SP), DX
   2ae        00686 (generics_constraints.go:60)	MOVQ	DX, main..autotmp_100+320(SP)
   2b6      4 00694 (generics_constraints.go:60)	LEAQ	type:main.Set[int](SB), AX
   2bd        00701 (<unknown line number>)	NOP
   2bd        00701 (generics_constraints.go:60)	LEAQ	main..autotmp_72+360(SP), BX
   2c5        00709 (generics_constraints.go:60)	MOVL	$6, CX
   2ca        00714 (generics_constraints.go:60)	CALL	runtime.mapaccess2_fast64(SB)
   2cf        00719 (generics_constraints.go:60)	MOVB	BL, main.ok+55(SP)
   2d3      5 00723 (generics_constraints.go:60)	LEAQ	type:main.Set[int](SB), AX
   2da        00730 (<unknown line number>)	NOP
   2da        00730 (generics_constraints.go:60)	LEAQ	main..autotmp_72+360(SP), BX
   2e2        00738 (generics_constraints.go:60)	MOVL	$7, CX
   2e7        00743 (generics_constraints.go:60)	PCDATA	$1, $0
   2e7        00743 (generics_constraints.go:60)	CALL	runtime.mapaccess2_fast64(SB)
   2ec        00748 (generics_constraints.go:60)	MOVB	BL, main.ok+54(SP)
   2f0     -1 00752 (generics_constraints.go:60)	CALL	runtime.printlock(SB)
   2f5        00757 (generics_constraints.go:60)	MOVQ	main..autotmp_100+320(SP), AX
   2fd        00765 (generics_constraints.go:60)	NOP
   300        00768 (generics_constraints.go:60)	CALL	runtime.printint(SB)
   305        00773 (generics_constraints.go:60)	CALL	runtime.printsp(SB)
   30a        00778 (generics_constraints.go:60)	MOVBLZX	main.ok+55(SP), AX
   30f        00783 (generics_constraints.go:60)	CALL	runtime.printbool(SB)
   314        00788 (generics_constraints.go:60)	CALL	runtime.printsp(SB)
   319        00793 (generics_constraints.go:60)	MOVBLZX	main.ok+54(SP), AX
   31e        00798 (generics_constraints.go:60)	NOP
   320        00800 (generics_constraints.go:60)	CALL	runtime.printbool(SB)
   325        00805 (generics_constraints.go:60)	CALL	runtime.printnl(SB)
   32a        00810 (generics_constraints.go:60)	CALL	runtime.printunlock(SB)
   32f        00815 (generics_constraints.go:61)	MOVUPS	X15, main.l+336(SP)
   338        00824 (generics_constraints.go:61)	MOVL	$1, AX
   33d        00829 (generics_constraints.go:62)	JMP	864
   33f        00831 (generics_constraints.go:63)	PCDATA	$0, $-2
   33f      6 00831 (generics_constraints.go:63)	MOVQ	DX, 8(AX)
   343        00835 (generics_constraints.go:63)	PCDATA	$0, $-1
   343        00835 (generics_constraints.go:63)	MOVQ	AX, main.l+336(SP)
   34b        00843 (generics_constraints.go:63)	INCQ	main.l+344(SP)
   353     -1 00851 (generics_constraints.go:62)	MOVQ	main.i+88(SP), AX
   358        00856 (generics_constraints.go:62)	INCQ	AX
   35b        00859 (generics_constraints.go:62)	NOP
   360        00864 (generics_constraints.go:62)	CMPQ	AX, $4
   364        00868 (generics_constraints.go:62)	JGT	973
   366        00870 (generics_constraints.go:62)	MOVQ	AX, main.i+88(SP)
   36b        00875 (generics_constraints.go:63)	XORPS	X0, X0
   36e        00878 (generics_constraints.go:63)	CVTSQ2SD	AX, X0
   373        00883 (generics_constraints.go:63)	MOVSD	$f64.3fe0000000000000(SB), X1
   37b        00891 (generics_constraints.go:63)	MULSD	X1, X0
   37f        00895 (generics_constraints.go:63)	MOVSD	X0, main..autotmp_101+312(SP)
   388        00904 (<unknown line number>)	NOP
   388      6 00904 (generics_constraints.go:63)	MOVL	$16, AX
   38d        00909 (generics_constraints.go:63)	LEAQ	type:main.node[go.shape.float64](SB), BX
   394        00916 (generics_constraints.go:63)	MOVL	$1, CX
   399        00921 (generics_constraints.go:63)	PCDATA	$1, $3
   399        00921 (generics_constraints.go:63)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
   39e        00926 (generics_constraints.go:63)	MOVSD	main..autotmp_101+312(SP), X0
   3a7        00935 (generics_constraints.go:63)	MOVSD	X0, (AX)
   3ab        00939 (generics_constraints.go:63)	MOVQ	main.l+336(SP), DX
   3b3        00947 (generics_constraints.go:63)	CMPL	runtime.writeBarrier(SB), $0
   3ba        00954 (generics_constraints.go:63)	PCDATA	$0, $-2
   3ba        00954 (generics_constraints.go:63)	JEQ	831
   3bc        00956 (generics_constraints.go:63)	NOP
   3c0        00960 (generics_constraints.go:63)	CALL	runtime.gcWriteBarrier1(SB)
   3c5        00965 (generics_constraints.go:63)	MOVQ	DX, (R11)
   3c8        00968 (generics_constraints.go:63)	JMP	831
   3cd     -1 00973 (generics_constraints.go:66)	XCHGL	AX, AX
   3ce        00974 (generics_constraints.go:66)	PCDATA	$0, $-1
   3ce      7 00974 (generics_constraints.go:66)	MOVQ	main.l+336(SP), AX
   3d6        00982 (generics_constraints.go:66)	XORPS	X0, X0
   3d9        00985 (generics_constraints.go:66)	JMP	1070
   3db        00987 (generics_constraints.go:66)	MOVQ	AX, main.n+328(SP)
   3e3        00995 (generics_constraints.go:66)	MOVSD	(AX), X0
   3e7        00999 (generics_constraints.go:66)	MOVSD	X0, main..autotmp_102+304(SP)
   3f0        01008 (<unknown line number>)	NOP
   3f0        01008 (generics_constraints.go:66)	PCDATA	$1, $4
   3f0      8 01008 (generics_constraints.go:66)	CALL	runtime.printlock(SB)
   3f5        01013 (generics_constraints.go:66)	MOVSD	main..autotmp_102+304(SP), X0
   3fe        01022 (generics_constraints.go:66)	NOP
   400        01024 (generics_constraints.go:66)	CALL	runtime.printfloat64(SB)
   405        01029 (generics_constraints.go:66)	CALL	runtime.printsp(SB)
   40a        01034 (generics_constraints.go:66)	CALL	runtime.printunlock(SB)
   40f      7 01039 (generics_constraints.go:66)	MOVQ	main.n+328(SP), AX
   417        01047 (generics_constraints.go:66)	MOVQ	8(AX), AX
   41b      8 01051 (generics_constraints.go:66)	MOVSD	main.total+80(SP), X0
   421        01057 (generics_constraints.go:66)	MOVSD	main..autotmp_102+304(SP), X1
   42a        01066 (generics_constraints.go:66)	ADDSD	X1, X0
   42e      7 01070 (generics_constraints.go:66)	MOVSD	X0, main.total+80(SP)
   434        01076 (generics_constraints.go:66)	TESTQ	AX, AX
   437        01079 (generics_constraints.go:66)	JNE	987
   439        01081 (generics_constraints.go:67)	PCDATA	$1, $3
   439     -1 01081 (generics_constraints.go:67)	CALL	runtime.printlock(SB)
   43e        01086 (generics_constraints.go:67)	NOP
   440        01088 (generics_constraints.go:67)	CALL	runtime.printnl(SB)
   445        01093 (generics_constraints.go:67)	CALL	runtime.printunlock(SB)
   44a        01098 (generics_constraints.go:68)	MOVQ	main.l+344(SP), AX
   452        01106 (generics_constraints.go:68)	MOVQ	AX, main..autotmp_99+104(SP)
   457        01111 (generics_constraints.go:68)	PCDATA	$1, $0
   457        01111 (generics_constraints.go:68)	CALL	runtime.printlock(SB)
   45c        01116 (generics_constraints.go:68)	MOVQ	main..autotmp_99+104(SP), AX
   461        01121 (generics_constraints.go:68)	CALL	runtime.printint(SB)
   466        01126 (generics_constraints.go:68)	CALL	runtime.printsp(SB)
   46b        01131 (generics_constraints.go:68)	MOVSD	main.total+80(SP), X0
   471        01137 (generics_constraints.go:68)	CALL	runtime.printfloat64(SB)
   476        01142 (generics_constraints.go:68)	CALL	runtime.printnl(SB)
   47b        01147 (generics_constraints.go:68)	NOP
   480        01152 (generics_constraints.go:68)	CALL	runtime.printunlock(SB)
   485        01157 (generics_constraints.go:69)	ADDQ	$456, SP
   48c        01164 (generics_constraints.go:69)	POPQ	BP
   48d        01165 (generics_constraints.go:69)	RET
   48e        01166 (generics_constraints.go:69)	NOP
   48e        01166 (generics_constraints.go:53)	PCDATA	$1, $-1
   48e        01166 (generics_constraints.go:53)	PCDATA	$0, $-2
   48e        01166 (generics_constraints.go:53)	CALL	runtime.morestack_noctxt(SB)
   493        01171 (generics_constraints.go:53)	PCDATA	$0, $-1
   493        01171 (generics_constraints.go:53)	JMP	0
   498 done
wrote 51 bytes to 0x0
 00 e8 01 02 39 01 24 04 2f 03 22 06 27 05 b9 01 08 07 07 01 08 15 07 23 0a 1d 02 1d 0b 4f 0e 14 0d 35 0e 45 0d 01 10 22 02 1f 01 0c 02 13 01 0b 0f 5f 00
-- inlining tree for main.main:
0 | -1 | main.Index[go.shape.string] (generics_constraints.go:55:15) pc=151
1 | -1 | main.Index[go.shape.float64] (generics_constraints.go:55:52) pc=151
2 | -1 | main.Index[go.shape.int] (generics_constraints.go:55:83) pc=151
3 | -1 | main.Set[go.shape.int].Add (generics_constraints.go:58:8) pc=637
4 | -1 | main.Set[go.shape.int].Has (generics_constraints.go:60:23) pc=678
5 | -1 | main.Set[go.shape.int].Has (generics_constraints.go:60:33) pc=678
6 | -1 | main.(*List[go.shape.float64]).Prepend (generics_constraints.go:63:12) pc=875
7 | -1 | main.(*List[go.shape.float64]).Each (generics_constraints.go:66:8) pc=973
8 | 7 | main.main.func1 (generics_constraints.go:49:4) pc=995
--
funcpctab main.(*Set[int]).Has [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Set[int]).Has(SB), DUPOK|WRAPPER|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	main.(*Set[int]).Has(SB), DUPOK|WRAPPER|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	54
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Set[int]).Has.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Set[int]).Has.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	TESTQ	AX, AX
    11        00017 (<autogenerated>:1)	JEQ	48
    13        00019 (<autogenerated>:1)	MOVQ	(AX), DX
    16      0 00022 (<autogenerated>:1)	LEAQ	type:main.Set[int](SB), AX
    1d        00029 (<unknown line number>)	NOP
    1d        00029 (<autogenerated>:1)	MOVQ	BX, CX
    20        00032 (<autogenerated>:1)	MOVQ	DX, BX
    23        00035 (<autogenerated>:1)	PCDATA	$1, $1
    23        00035 (<autogenerated>:1)	CALL	runtime.mapaccess2_fast64(SB)
    28     -1 00040 (<autogenerated>:1)	MOVL	BX, AX
    2a        00042 (<autogenerated>:1)	ADDQ	$24, SP
    2e        00046 (<autogenerated>:1)	POPQ	BP
    2f        00047 (<autogenerated>:1)	RET
    30        00048 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    35        00053 (<autogenerated>:1)	XCHGL	AX, AX
    36        00054 (<autogenerated>:1)	NOP
    36        00054 (<autogenerated>:1)	PCDATA	$1, $-1
    36        00054 (<autogenerated>:1)	PCDATA	$0, $-2
    36        00054 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    3b        00059 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    40        00064 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    45        00069 (<autogenerated>:1)	PCDATA	$0, $-1
    45        00069 (<autogenerated>:1)	MOVQ	8(SP), AX
    4a        00074 (<autogenerated>:1)	MOVQ	16(SP), BX
    4f        00079 (<autogenerated>:1)	JMP	0
    51 done
wrote 7 bytes to 0x0
 00 16 02 12 01 29 00
-- inlining tree for main.(*Set[int]).Has:
0 | -1 | main.Set[go.shape.int].Has (<autogenerated>:1) pc=14
--
funcpctab main.(*Set[go.shape.int]).Has [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Set[go.shape.int]).Has(SB), DUPOK|WRAPPER|ABIInternal, $32-24
     0        00000 (<autogenerated>:1)	TEXT	main.(*Set[go.shape.int]).Has(SB), DUPOK|WRAPPER|ABIInternal, $32-24
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	51
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Set[go.shape.int]).Has.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Set[go.shape.int]).Has.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	TESTQ	AX, AX
    11        00017 (<autogenerated>:1)	JEQ	45
    13        00019 (<autogenerated>:1)	MOVQ	(AX), DX
    16      0 00022 (<autogenerated>:1)	MOVQ	16(BX), AX
    1a        00026 (<unknown line number>)	NOP
    1a        00026 (<autogenerated>:1)	MOVQ	DX, BX
    1d        00029 (<autogenerated>:1)	PCDATA	$1, $1
    1d        00029 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CALL	runtime.mapaccess2_fast64(SB)
    25     -1 00037 (<autogenerated>:1)	MOVL	BX, AX
    27        00039 (<autogenerated>:1)	ADDQ	$24, SP
    2b        00043 (<autogenerated>:1)	POPQ	BP
    2c        00044 (<autogenerated>:1)	RET
    2d        00045 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    32        00050 (<autogenerated>:1)	XCHGL	AX, AX
    33        00051 (<autogenerated>:1)	NOP
    33        00051 (<autogenerated>:1)	PCDATA	$1, $-1
    33        00051 (<autogenerated>:1)	PCDATA	$0, $-2
    33        00051 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    38        00056 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    3d        00061 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    42        00066 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    47        00071 (<autogenerated>:1)	PCDATA	$0, $-1
    47        00071 (<autogenerated>:1)	MOVQ	8(SP), AX
    4c        00076 (<autogenerated>:1)	MOVQ	16(SP), BX
    51        00081 (<autogenerated>:1)	MOVQ	24(SP), CX
    56        00086 (<autogenerated>:1)	JMP	0
    58 done
wrote 7 bytes to 0x0
 00 16 02 0f 01 33 00
-- inlining tree for main.(*Set[go.shape.int]).Has:
0 | -1 | main.Set[go.shape.int].Has (<autogenerated>:1) pc=14
--
funcpctab main.Set[int].Has [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:33)	TEXT	main.Set[int].Has(SB), DUPOK|WRAPPER|ABIInternal, $32-16
     0        00000 (generics_constraints.go:33)	TEXT	main.Set[int].Has(SB), DUPOK|WRAPPER|ABIInternal, $32-16
     0     -1 00000 (generics_constraints.go:33)	CMPQ	SP, 16(R14)
     4        00004 (generics_constraints.go:33)	PCDATA	$0, $-2
     4        00004 (generics_constraints.go:33)	JLS	45
     6        00006 (generics_constraints.go:33)	PCDATA	$0, $-1
     6        00006 (generics_constraints.go:33)	PUSHQ	BP
     7        00007 (generics_constraints.go:33)	MOVQ	SP, BP
     a        00010 (generics_constraints.go:33)	SUBQ	$24, SP
     e        00014 (generics_constraints.go:33)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (generics_constraints.go:33)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (generics_constraints.go:33)	FUNCDATA	$5, main.Set[int].Has.arginfo1(SB)
     e        00014 (generics_constraints.go:33)	FUNCDATA	$6, main.Set[int].Has.argliveinfo(SB)
     e        00014 (generics_constraints.go:33)	PCDATA	$3, $1
     e      0 00014 (generics_constraints.go:33)	LEAQ	type:main.Set[int](SB), DX
    15        00021 (<unknown line number>)	NOP
    15        00021 (generics_constraints.go:33)	MOVQ	BX, CX
    18        00024 (generics_constraints.go:33)	MOVQ	AX, BX
    1b        00027 (generics_constraints.go:33)	MOVQ	DX, AX
    1e        00030 (generics_constraints.go:33)	PCDATA	$1, $1
    1e        00030 (generics_constraints.go:33)	NOP
    20        00032 (generics_constraints.go:33)	CALL	runtime.mapaccess2_fast64(SB)
    25     -1 00037 (generics_constraints.go:33)	MOVL	BX, AX
    27        00039 (generics_constraints.go:33)	ADDQ	$24, SP
    2b        00043 (generics_constraints.go:33)	POPQ	BP
    2c        00044 (generics_constraints.go:33)	RET
    2d        00045 (generics_constraints.go:33)	NOP
    2d        00045 (generics_constraints.go:33)	PCDATA	$1, $-1
    2d        00045 (generics_constraints.go:33)	PCDATA	$0, $-2
    2d        00045 (generics_constraints.go:33)	MOVQ	AX, 8(SP)
    32        00050 (generics_constraints.go:33)	MOVQ	BX, 16(SP)
    37        00055 (generics_constraints.go:33)	CALL	runtime.morestack_noctxt(SB)
    3c        00060 (generics_constraints.go:33)	PCDATA	$0, $-1
    3c        00060 (generics_constraints.go:33)	MOVQ	8(SP), AX
    41        00065 (generics_constraints.go:33)	MOVQ	16(SP), BX
    46        00070 (generics_constraints.go:33)	JMP	0
    48 done
wrote 7 bytes to 0x0
 00 0e 02 17 01 23 00
-- inlining tree for main.Set[int].Has:
0 | -1 | main.Set[go.shape.int].Has (generics_constraints.go:33:6) pc=37
--
funcpctab main.Index[float64] [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:21)	TEXT	main.Index[float64](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-32
     0        00000 (generics_constraints.go:21)	TEXT	main.Index[float64](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-32
     0     -1 00000 (generics_constraints.go:21)	MOVQ	AX, main.xs+8(FP)
     5        00005 (generics_constraints.go:21)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (generics_constraints.go:21)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (generics_constraints.go:21)	FUNCDATA	$5, main.Index[float64].arginfo1(SB)
     5        00005 (generics_constraints.go:21)	FUNCDATA	$6, main.Index[float64].argliveinfo(SB)
     5        00005 (generics_constraints.go:21)	PCDATA	$3, $1
     5        00005 (<unknown line number>)	NOP
     5        00005 (generics_constraints.go:21)	XCHGL	AX, AX
     6      0 00006 (generics_constraints.go:21)	XORL	CX, CX
     8        00008 (generics_constraints.go:21)	JMP	13
     a        00010 (generics_constraints.go:21)	INCQ	CX
     d        00013 (generics_constraints.go:21)	CMPQ	BX, CX
    10        00016 (generics_constraints.go:21)	JLE	34
    12        00018 (generics_constraints.go:21)	MOVSD	(AX)(CX*8), X1
    17        00023 (generics_constraints.go:21)	UCOMISD	X0, X1
    1b        00027 (generics_constraints.go:21)	JNE	10
    1d        00029 (generics_constraints.go:21)	JPS	10
    1f        00031 (generics_constraints.go:21)	NOP
    20        00032 (generics_constraints.go:21)	JMP	41
    22        00034 (generics_constraints.go:21)	MOVQ	$-1, CX
    29     -1 00041 (generics_constraints.go:21)	MOVQ	CX, AX
    2c        00044 (generics_constraints.go:21)	RET
    2d done
wrote 7 bytes to 0x0
 00 06 02 23 01 04 00
-- inlining tree for main.Index[float64]:
0 | -1 | main.Index[go.shape.float64] (generics_constraints.go:21:6) pc=41
--
funcpctab main.Index[string] [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:21)	TEXT	main.Index[string](SB), DUPOK|WRAPPER|ABIInternal, $48-40
     0        00000 (generics_constraints.go:21)	TEXT	main.Index[string](SB), DUPOK|WRAPPER|ABIInternal, $48-40
     0     -1 00000 (generics_constraints.go:21)	CMPQ	SP, 16(R14)
     4        00004 (generics_constraints.go:21)	PCDATA	$0, $-2
     4        00004 (generics_constraints.go:21)	JLS	131
     6        00006 (generics_constraints.go:21)	PCDATA	$0, $-1
     6        00006 (generics_constraints.go:21)	PUSHQ	BP
     7        00007 (generics_constraints.go:21)	MOVQ	SP, BP
     a        00010 (generics_constraints.go:21)	SUBQ	$40, SP
     e        00014 (generics_constraints.go:21)	MOVQ	AX, main.xs+56(FP)
    13        00019 (generics_constraints.go:21)	FUNCDATA	$0, gclocals·R1skkzq7HdXS0/+tXZdW+A==(SB)
    13        00019 (generics_constraints.go:21)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
    13        00019 (generics_constraints.go:21)	FUNCDATA	$5, main.Index[string].arginfo1(SB)
    13        00019 (generics_constraints.go:21)	FUNCDATA	$6, main.Index[string].argliveinfo(SB)
    13        00019 (generics_constraints.go:21)	PCDATA	$3, $1
    13      0 00019 (generics_constraints.go:21)	MOVQ	SI, main.v+88(SP)
    18        00024 (generics_constraints.go:21)	MOVQ	DI, main.v+80(SP)
    1d        00029 (generics_constraints.go:21)	MOVQ	BX, main.xs+64(SP)
    22        00034 (generics_constraints.go:21)	PCDATA	$3, $2
    22        00034 (<unknown line number>)	NOP
    22        00034 (generics_constraints.go:21)	XORL	DX, DX
    24        00036 (generics_constraints.go:21)	JMP	45
    26        00038 (generics_constraints.go:21)	ADDQ	$16, AX
    2a        00042 (generics_constraints.go:21)	INCQ	DX
    2d        00045 (generics_constraints.go:21)	CMPQ	BX, DX
    30        00048 (generics_constraints.go:21)	JLE	118
    32        00050 (generics_constraints.go:21)	MOVQ	8(AX), CX
    36        00054 (generics_constraints.go:21)	CMPQ	SI, CX
    39        00057 (generics_constraints.go:21)	JNE	38
    3b        00059 (generics_constraints.go:21)	MOVQ	DX, main.~r0+24(SP)
    40        00064 (generics_constraints.go:21)	MOVQ	AX, main..autotmp_21+32(SP)
    45        00069 (generics_constraints.go:21)	MOVQ	(AX), AX
    48        00072 (generics_constraints.go:21)	MOVQ	DI, BX
    4b        00075 (generics_constraints.go:21)	PCDATA	$1, $1
    4b        00075 (generics_constraints.go:21)	CALL	runtime.memequal(SB)
    50        00080 (generics_constraints.go:21)	TESTB	AL, AL
    52        00082 (generics_constraints.go:21)	JNE	111
    54        00084 (generics_constraints.go:21)	MOVQ	main..autotmp_21+32(SP), AX
    59        00089 (generics_constraints.go:21)	MOVQ	main.~r0+24(SP), DX
    5e        00094 (generics_constraints.go:21)	MOVQ	main.xs+64(SP), BX
    63        00099 (generics_constraints.go:21)	MOVQ	main.v+88(SP), SI
    68        00104 (generics_constraints.go:21)	MOVQ	main.v+80(SP), DI
    6d        00109 (generics_constraints.go:21)	JMP	38
    6f     -1 00111 (generics_constraints.go:21)	MOVQ	main.~r0+24(SP), AX
    74        00116 (generics_constraints.go:21)	JMP	125
    76        00118 (generics_constraints.go:21)	MOVQ	$-1, AX
    7d        00125 (generics_constraints.go:21)	ADDQ	$40, SP
    81        00129 (generics_constraints.go:21)	POPQ	BP
    82        00130 (generics_constraints.go:21)	RET
    83        00131 (generics_constraints.go:21)	NOP
    83        00131 (generics_constraints.go:21)	PCDATA	$1, $-1
    83        00131 (generics_constraints.go:21)	PCDATA	$0, $-2
    83        00131 (generics_constraints.go:21)	MOVQ	AX, 8(SP)
    88        00136 (generics_constraints.go:21)	MOVQ	BX, 16(SP)
    8d        00141 (generics_constraints.go:21)	MOVQ	CX, 24(SP)
    92        00146 (generics_constraints.go:21)	MOVQ	DI, 32(SP)
    97        00151 (generics_constraints.go:21)	MOVQ	SI, 40(SP)
    9c        00156 (generics_constraints.go:21)	NOP
    a0        00160 (generics_constraints.go:21)	CALL	runtime.morestack_noctxt(SB)
    a5        00165 (generics_constraints.go:21)	PCDATA	$0, $-1
    a5        00165 (generics_constraints.go:21)	MOVQ	8(SP), AX
    aa        00170 (generics_constraints.go:21)	MOVQ	16(SP), BX
    af        00175 (generics_constraints.go:21)	MOVQ	24(SP), CX
    b4        00180 (generics_constraints.go:21)	MOVQ	32(SP), DI
    b9        00185 (generics_constraints.go:21)	MOVQ	40(SP), SI
    be        00190 (generics_constraints.go:21)	NOP
    c0        00192 (generics_constraints.go:21)	JMP	0
    c5 done
wrote 7 bytes to 0x0
 00 13 02 5c 01 56 00
-- inlining tree for main.Index[string]:
0 | -1 | main.Index[go.shape.string] (generics_constraints.go:21:6) pc=111
--
funcpctab main.Index[main.ID] [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:21)	TEXT	main.Index[main.ID](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-32
     0        00000 (generics_constraints.go:21)	TEXT	main.Index[main.ID](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-32
     0     -1 00000 (generics_constraints.go:21)	MOVQ	AX, main.xs+8(FP)
     5        00005 (generics_constraints.go:21)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     5        00005 (generics_constraints.go:21)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (generics_constraints.go:21)	FUNCDATA	$5, main.Index[main.ID].arginfo1(SB)
     5        00005 (generics_constraints.go:21)	FUNCDATA	$6, main.Index[main.ID].argliveinfo(SB)
     5        00005 (generics_constraints.go:21)	PCDATA	$3, $1
     5        00005 (<unknown line number>)	NOP
     5        00005 (generics_constraints.go:21)	XCHGL	AX, AX
     6      0 00006 (generics_constraints.go:21)	XORL	CX, CX
     8        00008 (generics_constraints.go:21)	JMP	13
     a        00010 (generics_constraints.go:21)	INCQ	CX
     d        00013 (generics_constraints.go:21)	CMPQ	BX, CX
    10        00016 (generics_constraints.go:21)	JLE	29
    12        00018 (generics_constraints.go:21)	MOVQ	(AX)(CX*8), DX
    16        00022 (generics_constraints.go:21)	CMPQ	DX, DI
    19        00025 (generics_constraints.go:21)	JNE	10
    1b        00027 (generics_constraints.go:21)	JMP	36
    1d        00029 (generics_constraints.go:21)	MOVQ	$-1, CX
    24     -1 00036 (generics_constraints.go:21)	MOVQ	CX, AX
    27        00039 (generics_constraints.go:21)	RET
    28 done
wrote 7 bytes to 0x0
 00 06 02 1e 01 04 00
-- inlining tree for main.Index[main.ID]:
0 | -1 | main.Index[go.shape.int] (generics_constraints.go:21:6) pc=36
--
funcpctab main.(*Set[int]).Add [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Set[int]).Add(SB), DUPOK|WRAPPER|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	main.(*Set[int]).Add(SB), DUPOK|WRAPPER|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	54
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Set[int]).Add.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Set[int]).Add.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	TESTQ	AX, AX
    11        00017 (<autogenerated>:1)	JEQ	48
    13        00019 (<autogenerated>:1)	MOVQ	(AX), DX
    16      0 00022 (<autogenerated>:1)	LEAQ	type:main.Set[int](SB), AX
    1d        00029 (<unknown line number>)	NOP
    1d        00029 (<autogenerated>:1)	MOVQ	BX, CX
    20        00032 (<autogenerated>:1)	MOVQ	DX, BX
    23        00035 (<autogenerated>:1)	PCDATA	$1, $1
    23        00035 (<autogenerated>:1)	CALL	runtime.mapassign_fast64(SB)
    28        00040 (<autogenerated>:1)	TESTB	AL, (AX)
    2a     -1 00042 (<autogenerated>:1)	ADDQ	$24, SP
    2e        00046 (<autogenerated>:1)	POPQ	BP
    2f        00047 (<autogenerated>:1)	RET
    30        00048 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    35        00053 (<autogenerated>:1)	XCHGL	AX, AX
    36        00054 (<autogenerated>:1)	NOP
    36        00054 (<autogenerated>:1)	PCDATA	$1, $-1
    36        00054 (<autogenerated>:1)	PCDATA	$0, $-2
    36        00054 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    3b        00059 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    40        00064 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    45        00069 (<autogenerated>:1)	PCDATA	$0, $-1
    45        00069 (<autogenerated>:1)	MOVQ	8(SP), AX
    4a        00074 (<autogenerated>:1)	MOVQ	16(SP), BX
    4f        00079 (<autogenerated>:1)	JMP	0
    51 done
wrote 7 bytes to 0x0
 00 16 02 14 01 27 00
-- inlining tree for main.(*Set[int]).Add:
0 | -1 | main.Set[go.shape.int].Add (<autogenerated>:1) pc=14
--
funcpctab main.(*List[float64]).Each [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:47)	TEXT	main.(*List[float64]).Each(SB), DUPOK|WRAPPER|ABIInternal, $24-16
     0        00000 (generics_constraints.go:47)	TEXT	main.(*List[float64]).Each(SB), DUPOK|WRAPPER|ABIInternal, $24-16
     0     -1 00000 (generics_constraints.go:47)	CMPQ	SP, 16(R14)
     4        00004 (generics_constraints.go:47)	PCDATA	$0, $-2
     4        00004 (generics_constraints.go:47)	JLS	66
     6        00006 (generics_constraints.go:47)	PCDATA	$0, $-1
     6        00006 (generics_constraints.go:47)	PUSHQ	BP
     7        00007 (generics_constraints.go:47)	MOVQ	SP, BP
     a        00010 (generics_constraints.go:47)	SUBQ	$16, SP
     e        00014 (generics_constraints.go:47)	FUNCDATA	$0, gclocals·LlwIfJ7557UAFoF2cYCFqg==(SB)
     e        00014 (generics_constraints.go:47)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
     e        00014 (generics_constraints.go:47)	FUNCDATA	$5, main.(*List[float64]).Each.arginfo1(SB)
     e        00014 (generics_constraints.go:47)	FUNCDATA	$6, main.(*List[float64]).Each.argliveinfo(SB)
     e        00014 (generics_constraints.go:47)	PCDATA	$3, $1
     e      0 00014 (generics_constraints.go:47)	MOVQ	BX, main.f+40(SP)
    13        00019 (generics_constraints.go:47)	PCDATA	$3, $2
    13        00019 (<unknown line number>)	NOP
    13        00019 (generics_constraints.go:47)	MOVQ	(AX), AX
    16        00022 (generics_constraints.go:47)	JMP	55
    18        00024 (generics_constraints.go:47)	MOVQ	AX, main.n+8(SP)
    1d        00029 (generics_constraints.go:47)	MOVQ	(BX), CX
    20        00032 (generics_constraints.go:47)	MOVSD	(AX), X0
    24        00036 (generics_constraints.go:47)	MOVQ	BX, DX
    27        00039 (generics_constraints.go:47)	PCDATA	$1, $1
    27        00039 (generics_constraints.go:47)	CALL	CX
    29        00041 (generics_constraints.go:47)	MOVQ	main.n+8(SP), AX
    2e        00046 (generics_constraints.go:47)	MOVQ	8(AX), AX
    32        00050 (generics_constraints.go:47)	MOVQ	main.f+40(SP), BX
    37        00055 (generics_constraints.go:47)	TESTQ	AX, AX
    3a        00058 (generics_constraints.go:47)	JNE	24
    3c     -1 00060 (generics_constraints.go:47)	ADDQ	$16, SP
    40        00064 (generics_constraints.go:47)	POPQ	BP
    41        00065 (generics_constraints.go:47)	RET
    42        00066 (generics_constraints.go:47)	NOP
    42        00066 (generics_constraints.go:47)	PCDATA	$1, $-1
    42        00066 (generics_constraints.go:47)	PCDATA	$0, $-2
    42        00066 (generics_constraints.go:47)	MOVQ	AX, 8(SP)
    47        00071 (generics_constraints.go:47)	MOVQ	BX, 16(SP)
    4c        00076 (generics_constraints.go:47)	CALL	runtime.morestack_noctxt(SB)
    51        00081 (generics_constraints.go:47)	PCDATA	$0, $-1
    51        00081 (generics_constraints.go:47)	MOVQ	8(SP), AX
    56        00086 (generics_constraints.go:47)	MOVQ	16(SP), BX
    5b        00091 (generics_constraints.go:47)	JMP	0
    5d done
wrote 7 bytes to 0x0
 00 0e 02 2e 01 21 00
-- inlining tree for main.(*List[float64]).Each:
0 | -1 | main.(*List[go.shape.float64]).Each (generics_constraints.go:47:6) pc=60
--
funcpctab main.(*Set[go.shape.int]).Add [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Set[go.shape.int]).Add(SB), DUPOK|WRAPPER|ABIInternal, $32-24
     0        00000 (<autogenerated>:1)	TEXT	main.(*Set[go.shape.int]).Add(SB), DUPOK|WRAPPER|ABIInternal, $32-24
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	51
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Set[go.shape.int]).Add.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Set[go.shape.int]).Add.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	TESTQ	AX, AX
    11        00017 (<autogenerated>:1)	JEQ	45
    13        00019 (<autogenerated>:1)	MOVQ	(AX), DX
    16      0 00022 (<autogenerated>:1)	MOVQ	(BX), AX
    19        00025 (<unknown line number>)	NOP
    19        00025 (<autogenerated>:1)	MOVQ	DX, BX
    1c        00028 (<autogenerated>:1)	PCDATA	$1, $1
    1c        00028 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CALL	runtime.mapassign_fast64(SB)
    25        00037 (<autogenerated>:1)	TESTB	AL, (AX)
    27     -1 00039 (<autogenerated>:1)	ADDQ	$24, SP
    2b        00043 (<autogenerated>:1)	POPQ	BP
    2c        00044 (<autogenerated>:1)	RET
    2d        00045 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    32        00050 (<autogenerated>:1)	XCHGL	AX, AX
    33        00051 (<autogenerated>:1)	NOP
    33        00051 (<autogenerated>:1)	PCDATA	$1, $-1
    33        00051 (<autogenerated>:1)	PCDATA	$0, $-2
    33        00051 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    38        00056 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    3d        00061 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    42        00066 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    47        00071 (<autogenerated>:1)	PCDATA	$0, $-1
    47        00071 (<autogenerated>:1)	MOVQ	8(SP), AX
    4c        00076 (<autogenerated>:1)	MOVQ	16(SP), BX
    51        00081 (<autogenerated>:1)	MOVQ	24(SP), CX
    56        00086 (<autogenerated>:1)	JMP	0
    58 done
wrote 7 bytes to 0x0
 00 16 02 11 01 31 00
-- inlining tree for main.(*Set[go.shape.int]).Add:
0 | -1 | main.Set[go.shape.int].Add (<autogenerated>:1) pc=14
--
funcpctab main.(*ID).String [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*ID).String(SB), DUPOK|WRAPPER|ABIInternal, $56-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*ID).String(SB), DUPOK|WRAPPER|ABIInternal, $56-8
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	81
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$48, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*ID).String.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*ID).String.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	TESTQ	AX, AX
    11        00017 (<autogenerated>:1)	JEQ	75
    13        00019 (<autogenerated>:1)	MOVQ	(AX), CX
    16      0 00022 (<autogenerated>:1)	ADDQ	$48, CX
    1a        00026 (<autogenerated>:1)	MOVLQSX	CX, BX
    1d        00029 (<unknown line number>)	NOP
    1d        00029 (<autogenerated>:1)	LEAQ	main..autotmp_4+44(SP), AX
    22        00034 (<autogenerated>:1)	PCDATA	$1, $1
    22        00034 (<autogenerated>:1)	CALL	runtime.intstring(SB)
    27        00039 (<autogenerated>:1)	MOVL	$1, CX
    2c        00044 (<autogenerated>:1)	MOVQ	AX, DI
    2f        00047 (<autogenerated>:1)	MOVQ	BX, SI
    32        00050 (<autogenerated>:1)	XORL	AX, AX
    34        00052 (<autogenerated>:1)	LEAQ	go:string."#"(SB), BX
    3b        00059 (<autogenerated>:1)	NOP
    40        00064 (<autogenerated>:1)	CALL	runtime.concatstring2(SB)
    45     -1 00069 (<autogenerated>:1)	ADDQ	$48, SP
    49        00073 (<autogenerated>:1)	POPQ	BP
    4a        00074 (<autogenerated>:1)	RET
    4b        00075 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    50        00080 (<autogenerated>:1)	XCHGL	AX, AX
    51        00081 (<autogenerated>:1)	NOP
    51        00081 (<autogenerated>:1)	PCDATA	$1, $-1
    51        00081 (<autogenerated>:1)	PCDATA	$0, $-2
    51        00081 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    56        00086 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    5b        00091 (<autogenerated>:1)	PCDATA	$0, $-1
    5b        00091 (<autogenerated>:1)	MOVQ	8(SP), AX
    60        00096 (<autogenerated>:1)	JMP	0
    62 done
wrote 7 bytes to 0x0
 00 16 02 2f 01 1d 00
-- inlining tree for main.(*ID).String:
0 | -1 | main.ID.String (<autogenerated>:1) pc=14
--
funcpctab main.(*List[float64]).Prepend [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:45)	TEXT	main.(*List[float64]).Prepend(SB), DUPOK|WRAPPER|ABIInternal, $40-16
     0        00000 (generics_constraints.go:45)	TEXT	main.(*List[float64]).Prepend(SB), DUPOK|WRAPPER|ABIInternal, $40-16
     0     -1 00000 (generics_constraints.go:45)	CMPQ	SP, 16(R14)
     4        00004 (generics_constraints.go:45)	PCDATA	$0, $-2
     4        00004 (generics_constraints.go:45)	JLS	110
     6        00006 (generics_constraints.go:45)	PCDATA	$0, $-1
     6        00006 (generics_constraints.go:45)	PUSHQ	BP
     7        00007 (generics_constraints.go:45)	MOVQ	SP, BP
     a        00010 (generics_constraints.go:45)	SUBQ	$32, SP
     e        00014 (generics_constraints.go:45)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (generics_constraints.go:45)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (generics_constraints.go:45)	FUNCDATA	$5, main.(*List[float64]).Prepend.arginfo1(SB)
     e        00014 (generics_constraints.go:45)	FUNCDATA	$6, main.(*List[float64]).Prepend.argliveinfo(SB)
     e        00014 (generics_constraints.go:45)	PCDATA	$3, $1
     e        00014 (generics_constraints.go:45)	MOVQ	AX, main.l+48(SP)
    13        00019 (generics_constraints.go:45)	MOVSD	X0, main.v+56(SP)
    19        00025 (generics_constraints.go:45)	PCDATA	$3, $-1
    19        00025 (<unknown line number>)	NOP
    19      0 00025 (generics_constraints.go:45)	MOVL	$16, AX
    1e        00030 (generics_constraints.go:45)	LEAQ	type:main.node[go.shape.float64](SB), BX
    25        00037 (generics_constraints.go:45)	MOVL	$1, CX
    2a        00042 (generics_constraints.go:45)	PCDATA	$1, $0
    2a        00042 (generics_constraints.go:45)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
    2f        00047 (generics_constraints.go:45)	MOVSD	main.v+56(SP), X0
    35        00053 (generics_constraints.go:45)	MOVSD	X0, (AX)
    39        00057 (generics_constraints.go:45)	MOVQ	main.l+48(SP), DX
    3e        00062 (generics_constraints.go:45)	MOVQ	(DX), SI
    41        00065 (generics_constraints.go:45)	CMPL	runtime.writeBarrier(SB), $0
    48        00072 (generics_constraints.go:45)	PCDATA	$0, $-2
    48        00072 (generics_constraints.go:45)	JEQ	93
    4a        00074 (generics_constraints.go:45)	MOVQ	(DX), CX
    4d        00077 (generics_constraints.go:45)	CALL	runtime.gcWriteBarrier3(SB)
    52        00082 (generics_constraints.go:45)	MOVQ	SI, (R11)
    55        00085 (generics_constraints.go:45)	MOVQ	AX, 8(R11)
    59        00089 (generics_constraints.go:45)	MOVQ	CX, 16(R11)
    5d        00093 (generics_constraints.go:45)	MOVQ	SI, 8(AX)
    61        00097 (generics_constraints.go:45)	MOVQ	AX, (DX)
    64        00100 (generics_constraints.go:45)	PCDATA	$0, $-1
    64        00100 (generics_constraints.go:45)	INCQ	8(DX)
    68     -1 00104 (generics_constraints.go:45)	ADDQ	$32, SP
    6c        00108 (generics_constraints.go:45)	POPQ	BP
    6d        00109 (generics_constraints.go:45)	RET
    6e        00110 (generics_constraints.go:45)	NOP
    6e        00110 (generics_constraints.go:45)	PCDATA	$1, $-1
    6e        00110 (generics_constraints.go:45)	PCDATA	$0, $-2
    6e        00110 (generics_constraints.go:45)	MOVQ	AX, 8(SP)
    73        00115 (generics_constraints.go:45)	MOVSD	X0, 16(SP)
    79        00121 (generics_constraints.go:45)	CALL	runtime.morestack_noctxt(SB)
    7e        00126 (generics_constraints.go:45)	PCDATA	$0, $-1
    7e        00126 (generics_constraints.go:45)	MOVQ	8(SP), AX
    83        00131 (generics_constraints.go:45)	MOVSD	16(SP), X0
    89        00137 (generics_constraints.go:45)	JMP	0
    8e done
wrote 7 bytes to 0x0
 00 19 02 4f 01 26 00
-- inlining tree for main.(*List[float64]).Prepend:
0 | -1 | main.(*List[go.shape.float64]).Prepend (generics_constraints.go:45:6) pc=14
--
funcpctab main.Set[int].Add [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:32)	TEXT	main.Set[int].Add(SB), DUPOK|WRAPPER|ABIInternal, $32-16
     0        00000 (generics_constraints.go:32)	TEXT	main.Set[int].Add(SB), DUPOK|WRAPPER|ABIInternal, $32-16
     0     -1 00000 (generics_constraints.go:32)	CMPQ	SP, 16(R14)
     4        00004 (generics_constraints.go:32)	PCDATA	$0, $-2
     4        00004 (generics_constraints.go:32)	JLS	45
     6        00006 (generics_constraints.go:32)	PCDATA	$0, $-1
     6        00006 (generics_constraints.go:32)	PUSHQ	BP
     7        00007 (generics_constraints.go:32)	MOVQ	SP, BP
     a        00010 (generics_constraints.go:32)	SUBQ	$24, SP
     e        00014 (generics_constraints.go:32)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (generics_constraints.go:32)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (generics_constraints.go:32)	FUNCDATA	$5, main.Set[int].Add.arginfo1(SB)
     e        00014 (generics_constraints.go:32)	FUNCDATA	$6, main.Set[int].Add.argliveinfo(SB)
     e        00014 (generics_constraints.go:32)	PCDATA	$3, $1
     e      0 00014 (generics_constraints.go:32)	LEAQ	type:main.Set[int](SB), DX
    15        00021 (<unknown line number>)	NOP
    15        00021 (generics_constraints.go:32)	MOVQ	BX, CX
    18        00024 (generics_constraints.go:32)	MOVQ	AX, BX
    1b        00027 (generics_constraints.go:32)	MOVQ	DX, AX
    1e        00030 (generics_constraints.go:32)	PCDATA	$1, $1
    1e        00030 (generics_constraints.go:32)	NOP
    20        00032 (generics_constraints.go:32)	CALL	runtime.mapassign_fast64(SB)
    25        00037 (generics_constraints.go:32)	TESTB	AL, (AX)
    27     -1 00039 (generics_constraints.go:32)	ADDQ	$24, SP
    2b        00043 (generics_constraints.go:32)	POPQ	BP
    2c        00044 (generics_constraints.go:32)	RET
    2d        00045 (generics_constraints.go:32)	NOP
    2d        00045 (generics_constraints.go:32)	PCDATA	$1, $-1
    2d        00045 (generics_constraints.go:32)	PCDATA	$0, $-2
    2d        00045 (generics_constraints.go:32)	MOVQ	AX, 8(SP)
    32        00050 (generics_constraints.go:32)	MOVQ	BX, 16(SP)
    37        00055 (generics_constraints.go:32)	CALL	runtime.morestack_noctxt(SB)
    3c        00060 (generics_constraints.go:32)	PCDATA	$0, $-1
    3c        00060 (generics_constraints.go:32)	MOVQ	8(SP), AX
    41        00065 (generics_constraints.go:32)	MOVQ	16(SP), BX
    46        00070 (generics_constraints.go:32)	JMP	0
    48 done
wrote 7 bytes to 0x0
 00 0e 02 19 01 21 00
-- inlining tree for main.Set[int].Add:
0 | -1 | main.Set[go.shape.int].Add (generics_constraints.go:32:6) pc=39
--
funcpctab main.Join[go.shape.int] [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:10)	TEXT	main.Join[go.shape.int](SB), DUPOK|ABIInternal, $80-48
     0        00000 (generics_constraints.go:10)	TEXT	main.Join[go.shape.int](SB), DUPOK|ABIInternal, $80-48
     0     -1 00000 (generics_constraints.go:10)	CMPQ	SP, 16(R14)
     4        00004 (generics_constraints.go:10)	PCDATA	$0, $-2
     4        00004 (generics_constraints.go:10)	JLS	222
     a        00010 (generics_constraints.go:10)	PCDATA	$0, $-1
     a        00010 (generics_constraints.go:10)	PUSHQ	BP
     b        00011 (generics_constraints.go:10)	MOVQ	SP, BP
     e        00014 (generics_constraints.go:10)	SUBQ	$72, SP
    12        00018 (generics_constraints.go:10)	FUNCDATA	$0, gclocals·4yYZh4T1ccm5P1SxLIsstQ==(SB)
    12        00018 (generics_constraints.go:10)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
    12        00018 (generics_constraints.go:10)	FUNCDATA	$5, main.Join[go.shape.int].arginfo1(SB)
    12        00018 (generics_constraints.go:10)	FUNCDATA	$6, main.Join[go.shape.int].argliveinfo(SB)
    12        00018 (generics_constraints.go:10)	PCDATA	$3, $1
    12        00018 (generics_constraints.go:12)	MOVQ	AX, main..dict+88(SP)
    17        00023 (generics_constraints.go:12)	MOVQ	CX, main.xs+104(SP)
    1c        00028 (generics_constraints.go:12)	MOVQ	R8, main.sep+128(SP)
    24        00036 (generics_constraints.go:12)	MOVQ	SI, main.sep+120(SP)
    29        00041 (generics_constraints.go:12)	MOVQ	BX, main.xs+96(SP)
    2e        00046 (generics_constraints.go:12)	PCDATA	$3, $2
    2e        00046 (generics_constraints.go:12)	XORL	DX, DX
    30        00048 (generics_constraints.go:12)	XORL	DI, DI
    32        00050 (generics_constraints.go:12)	XORL	R9, R9
    35        00053 (generics_constraints.go:12)	JMP	143
    37        00055 (generics_constraints.go:16)	MOVQ	R9, main.s.ptr+64(SP)
    3c        00060 (generics_constraints.go:16)	MOVQ	DI, main.s.len+48(SP)
    41        00065 (generics_constraints.go:16)	MOVQ	(AX), CX
    44        00068 (generics_constraints.go:16)	MOVQ	AX, DX
    47        00071 (generics_constraints.go:16)	MOVQ	R10, AX
    4a        00074 (generics_constraints.go:16)	PCDATA	$1, $1
    4a        00074 (generics_constraints.go:16)	CALL	CX
    4c        00076 (generics_constraints.go:16)	MOVQ	main.s.len+48(SP), CX
    51        00081 (generics_constraints.go:16)	MOVQ	AX, DI
    54        00084 (generics_constraints.go:16)	MOVQ	BX, SI
    57        00087 (generics_constraints.go:16)	XORL	AX, AX
    59        00089 (generics_constraints.go:16)	MOVQ	main.s.ptr+64(SP), BX
    5e        00094 (generics_constraints.go:16)	PCDATA	$1, $0
    5e        00094 (generics_constraints.go:16)	NOP
    60        00096 (generics_constraints.go:16)	CALL	runtime.concatstring2(SB)
    65        00101 (generics_constraints.go:12)	MOVQ	main.i+56(SP), DX
    6a        00106 (generics_constraints.go:12)	INCQ	DX
    6d        00109 (generics_constraints.go:12)	MOVQ	main.xs+104(SP), CX
    72        00114 (generics_constraints.go:14)	MOVQ	main.sep+120(SP), SI
    77        00119 (generics_constraints.go:14)	MOVQ	main.sep+128(SP), R8
    7f        00127 (generics_constraints.go:12)	MOVQ	BX, DI
    82        00130 (generics_constraints.go:12)	MOVQ	AX, R9
    85        00133 (generics_constraints.go:16)	MOVQ	main..dict+88(SP), AX
    8a        00138 (generics_constraints.go:12)	MOVQ	main.xs+96(SP), BX
    8f        00143 (generics_constraints.go:12)	CMPQ	CX, DX
    92        00146 (generics_constraints.go:12)	JLE	210
    94        00148 (generics_constraints.go:12)	MOVQ	DX, main.i+56(SP)
    99        00153 (generics_constraints.go:12)	MOVQ	(BX)(DX*8), R10
    9d        00157 (generics_constraints.go:12)	NOP
    a0        00160 (generics_constraints.go:13)	TESTQ	DX, DX
    a3        00163 (generics_constraints.go:13)	JLE	55
    a5        00165 (generics_constraints.go:12)	MOVQ	R10, main.x+40(SP)
    aa        00170 (generics_constraints.go:14)	XORL	AX, AX
    ac        00172 (generics_constraints.go:14)	MOVQ	R9, BX
    af        00175 (generics_constraints.go:14)	MOVQ	DI, CX
    b2        00178 (generics_constraints.go:14)	MOVQ	SI, DI
    b5        00181 (generics_constraints.go:14)	MOVQ	R8, SI
    b8        00184 (generics_constraints.go:14)	CALL	runtime.concatstring2(SB)
    bd        00189 (generics_constraints.go:16)	MOVQ	main.x+40(SP), R10
    c2        00194 (generics_constraints.go:16)	MOVQ	BX, DI
    c5        00197 (generics_constraints.go:16)	MOVQ	AX, R9
    c8        00200 (generics_constraints.go:16)	MOVQ	main..dict+88(SP), AX
    cd        00205 (generics_constraints.go:14)	JMP	55
    d2        00210 (generics_constraints.go:18)	MOVQ	R9, AX
    d5        00213 (generics_constraints.go:18)	MOVQ	DI, BX
    d8        00216 (generics_constraints.go:18)	ADDQ	$72, SP
    dc        00220 (generics_constraints.go:18)	POPQ	BP
    dd        00221 (generics_constraints.go:18)	RET
    de        00222 (generics_constraints.go:18)	NOP
    de        00222 (generics_constraints.go:10)	PCDATA	$1, $-1
    de        00222 (generics_constraints.go:10)	PCDATA	$0, $-2
    de        00222 (generics_constraints.go:10)	MOVQ	AX, 8(SP)
    e3        00227 (generics_constraints.go:10)	MOVQ	BX, 16(SP)
    e8        00232 (generics_constraints.go:10)	MOVQ	CX, 24(SP)
    ed        00237 (generics_constraints.go:10)	MOVQ	DI, 32(SP)
    f2        00242 (generics_constraints.go:10)	MOVQ	SI, 40(SP)
    f7        00247 (generics_constraints.go:10)	MOVQ	R8, 48(SP)
    fc        00252 (generics_constraints.go:10)	NOP
   100        00256 (generics_constraints.go:10)	CALL	runtime.morestack_noctxt(SB)
   105        00261 (generics_constraints.go:10)	PCDATA	$0, $-1
   105        00261 (generics_constraints.go:10)	MOVQ	8(SP), AX
   10a        00266 (generics_constraints.go:10)	MOVQ	16(SP), BX
   10f        00271 (generics_constraints.go:10)	MOVQ	24(SP), CX
   114        00276 (generics_constraints.go:10)	MOVQ	32(SP), DI
   119        00281 (generics_constraints.go:10)	MOVQ	40(SP), SI
   11e        00286 (generics_constraints.go:10)	MOVQ	48(SP), R8
   123        00291 (generics_constraints.go:10)	JMP	0
   128 done
wrote 4 bytes to 0x0
 00 a8 02 00
funcpctab main.Set[go.shape.int].Has [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:33)	TEXT	main.Set[go.shape.int].Has(SB), DUPOK|ABIInternal, $32-24
     0        00000 (generics_constraints.go:33)	TEXT	main.Set[go.shape.int].Has(SB), DUPOK|ABIInternal, $32-24
     0     -1 00000 (generics_constraints.go:33)	CMPQ	SP, 16(R14)
     4        00004 (generics_constraints.go:33)	PCDATA	$0, $-2
     4        00004 (generics_constraints.go:33)	JLS	37
     6        00006 (generics_constraints.go:33)	PCDATA	$0, $-1
     6        00006 (generics_constraints.go:33)	PUSHQ	BP
     7        00007 (generics_constraints.go:33)	MOVQ	SP, BP
     a        00010 (generics_constraints.go:33)	SUBQ	$24, SP
     e        00014 (generics_constraints.go:33)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (generics_constraints.go:33)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (generics_constraints.go:33)	FUNCDATA	$5, main.Set[go.shape.int].Has.arginfo1(SB)
     e        00014 (generics_constraints.go:33)	FUNCDATA	$6, main.Set[go.shape.int].Has.argliveinfo(SB)
     e        00014 (generics_constraints.go:33)	PCDATA	$3, $1
     e        00014 (generics_constraints.go:33)	MOVQ	16(BX), DX
    12        00018 (generics_constraints.go:33)	MOVQ	AX, BX
    15        00021 (generics_constraints.go:33)	MOVQ	DX, AX
    18        00024 (generics_constraints.go:33)	PCDATA	$1, $1
    18        00024 (generics_constraints.go:33)	CALL	runtime.mapaccess2_fast64(SB)
    1d        00029 (generics_constraints.go:33)	MOVL	BX, AX
    1f        00031 (generics_constraints.go:33)	ADDQ	$24, SP
    23        00035 (generics_constraints.go:33)	POPQ	BP
    24        00036 (generics_constraints.go:33)	RET
    25        00037 (generics_constraints.go:33)	NOP
    25        00037 (generics_constraints.go:33)	PCDATA	$1, $-1
    25        00037 (generics_constraints.go:33)	PCDATA	$0, $-2
    25        00037 (generics_constraints.go:33)	MOVQ	AX, 8(SP)
    2a        00042 (generics_constraints.go:33)	MOVQ	BX, 16(SP)
    2f        00047 (generics_constraints.go:33)	MOVQ	CX, 24(SP)
    34        00052 (generics_constraints.go:33)	CALL	runtime.morestack_noctxt(SB)
    39        00057 (generics_constraints.go:33)	PCDATA	$0, $-1
    39        00057 (generics_constraints.go:33)	MOVQ	8(SP), AX
    3e        00062 (generics_constraints.go:33)	MOVQ	16(SP), BX
    43        00067 (generics_constraints.go:33)	MOVQ	24(SP), CX
    48        00072 (generics_constraints.go:33)	JMP	0
    4a done
wrote 3 bytes to 0x0
 00 4a 00
funcpctab type:.eq.GM8 [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.GM8(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.GM8(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-16
     0        00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.GM8.arginfo1(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.GM8.argliveinfo(SB)
     0        00000 (<autogenerated>:1)	PCDATA	$3, $1
     0     -1 00000 (<autogenerated>:1)	MOVSD	(BX), X0
     4        00004 (<autogenerated>:1)	MOVSD	(AX), X1
     8        00008 (<autogenerated>:1)	UCOMISD	X0, X1
     c        00012 (<autogenerated>:1)	JNE	28
     e        00014 (<autogenerated>:1)	JPS	28
    10        00016 (<autogenerated>:1)	MOVQ	8(AX), CX
    14        00020 (<autogenerated>:1)	CMPQ	8(BX), CX
    18        00024 (<autogenerated>:1)	SETEQ	AL
    1b        00027 (<autogenerated>:1)	RET
    1c        00028 (<autogenerated>:1)	XORL	AX, AX
    1e        00030 (<autogenerated>:1)	RET
    1f done
wrote 3 bytes to 0x0
 00 1f 00
funcpctab main.Index[go.shape.string] [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:21)	TEXT	main.Index[go.shape.string](SB), DUPOK|ABIInternal, $48-48
     0        00000 (generics_constraints.go:21)	TEXT	main.Index[go.shape.string](SB), DUPOK|ABIInternal, $48-48
     0     -1 00000 (generics_constraints.go:21)	CMPQ	SP, 16(R14)
     4        00004 (generics_constraints.go:21)	PCDATA	$0, $-2
     4        00004 (generics_constraints.go:21)	JLS	142
     a        00010 (generics_constraints.go:21)	PCDATA	$0, $-1
     a        00010 (generics_constraints.go:21)	PUSHQ	BP
     b        00011 (generics_constraints.go:21)	MOVQ	SP, BP
     e        00014 (generics_constraints.go:21)	SUBQ	$40, SP
    12        00018 (generics_constraints.go:21)	MOVQ	BX, main.xs+64(FP)
    17        00023 (generics_constraints.go:21)	FUNCDATA	$0, gclocals·B8HbU7Eg9fqtpXmIbLjHnQ==(SB)
    17        00023 (generics_constraints.go:21)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
    17        00023 (generics_constraints.go:21)	FUNCDATA	$5, main.Index[go.shape.string].arginfo1(SB)
    17        00023 (generics_constraints.go:21)	FUNCDATA	$6, main.Index[go.shape.string].argliveinfo(SB)
    17        00023 (generics_constraints.go:21)	PCDATA	$3, $1
    17        00023 (generics_constraints.go:22)	MOVQ	R8, main.v+96(SP)
    1c        00028 (generics_constraints.go:22)	MOVQ	SI, main.v+88(SP)
    21        00033 (generics_constraints.go:22)	MOVQ	CX, main.xs+72(SP)
    26        00038 (generics_constraints.go:22)	PCDATA	$3, $2
    26        00038 (generics_constraints.go:22)	XORL	DX, DX
    28        00040 (generics_constraints.go:22)	JMP	49
    2a        00042 (generics_constraints.go:22)	ADDQ	$16, BX
    2e        00046 (generics_constraints.go:22)	INCQ	DX
    31        00049 (generics_constraints.go:22)	CMPQ	CX, DX
    34        00052 (generics_constraints.go:22)	JLE	129
    36        00054 (generics_constraints.go:22)	MOVQ	8(BX), DI
    3a        00058 (generics_constraints.go:23)	CMPQ	R8, DI
    3d        00061 (generics_constraints.go:23)	JNE	42
    3f        00063 (generics_constraints.go:22)	MOVQ	DX, main.i+24(SP)
    44        00068 (generics_constraints.go:22)	MOVQ	BX, main..autotmp_13+32(SP)
    49        00073 (generics_constraints.go:22)	MOVQ	(BX), AX
    4c        00076 (generics_constraints.go:23)	MOVQ	SI, BX
    4f        00079 (generics_constraints.go:23)	MOVQ	DI, CX
    52        00082 (generics_constraints.go:23)	PCDATA	$1, $1
    52        00082 (generics_constraints.go:23)	CALL	runtime.memequal(SB)
    57        00087 (generics_constraints.go:23)	TESTB	AL, AL
    59        00089 (generics_constraints.go:23)	JNE	118
    5b        00091 (generics_constraints.go:22)	MOVQ	main.xs+72(SP), CX
    60        00096 (generics_constraints.go:22)	MOVQ	main.i+24(SP), DX
    65        00101 (generics_constraints.go:22)	MOVQ	main..autotmp_13+32(SP), BX
    6a        00106 (generics_constraints.go:23)	MOVQ	main.v+88(SP), SI
    6f        00111 (generics_constraints.go:23)	MOVQ	main.v+96(SP), R8
    74        00116 (generics_constraints.go:23)	JMP	42
    76        00118 (generics_constraints.go:24)	MOVQ	main.i+24(SP), AX
    7b        00123 (generics_constraints.go:24)	ADDQ	$40, SP
    7f        00127 (generics_constraints.go:24)	POPQ	BP
    80        00128 (generics_constraints.go:24)	RET
    81        00129 (generics_constraints.go:27)	MOVQ	$-1, AX
    88        00136 (generics_constraints.go:27)	ADDQ	$40, SP
    8c        00140 (generics_constraints.go:27)	POPQ	BP
    8d        00141 (generics_constraints.go:27)	RET
    8e        00142 (generics_constraints.go:27)	NOP
    8e        00142 (generics_constraints.go:21)	PCDATA	$1, $-1
    8e        00142 (generics_constraints.go:21)	PCDATA	$0, $-2
    8e        00142 (generics_constraints.go:21)	MOVQ	AX, 8(SP)
    93        00147 (generics_constraints.go:21)	MOVQ	BX, 16(SP)
    98        00152 (generics_constraints.go:21)	MOVQ	CX, 24(SP)
    9d        00157 (generics_constraints.go:21)	MOVQ	DI, 32(SP)
    a2        00162 (generics_constraints.go:21)	MOVQ	SI, 40(SP)
    a7        00167 (generics_constraints.go:21)	MOVQ	R8, 48(SP)
    ac        00172 (generics_constraints.go:21)	CALL	runtime.morestack_noctxt(SB)
    b1        00177 (generics_constraints.go:21)	PCDATA	$0, $-1
    b1        00177 (generics_constraints.go:21)	MOVQ	8(SP), AX
    b6        00182 (generics_constraints.go:21)	MOVQ	16(SP), BX
    bb        00187 (generics_constraints.go:21)	MOVQ	24(SP), CX
    c0        00192 (generics_constraints.go:21)	MOVQ	32(SP), DI
    c5        00197 (generics_constraints.go:21)	MOVQ	40(SP), SI
    ca        00202 (generics_constraints.go:21)	MOVQ	48(SP), R8
    cf        00207 (generics_constraints.go:21)	JMP	0
    d4 done
wrote 4 bytes to 0x0
 00 d4 01 00
funcpctab main.Index[go.shape.int] [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:21)	TEXT	main.Index[go.shape.int](SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-40
     0        00000 (generics_constraints.go:21)	TEXT	main.Index[go.shape.int](SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-40
     0     -1 00000 (generics_constraints.go:21)	MOVQ	BX, main.xs+16(FP)
     5        00005 (generics_constraints.go:21)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
     5        00005 (generics_constraints.go:21)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (generics_constraints.go:21)	FUNCDATA	$5, main.Index[go.shape.int].arginfo1(SB)
     5        00005 (generics_constraints.go:21)	FUNCDATA	$6, main.Index[go.shape.int].argliveinfo(SB)
     5        00005 (generics_constraints.go:21)	PCDATA	$3, $1
     5        00005 (generics_constraints.go:22)	XORL	DX, DX
     7        00007 (generics_constraints.go:22)	JMP	12
     9        00009 (generics_constraints.go:22)	INCQ	DX
     c        00012 (generics_constraints.go:22)	CMPQ	CX, DX
     f        00015 (generics_constraints.go:22)	JLE	30
    11        00017 (generics_constraints.go:22)	MOVQ	(BX)(DX*8), DI
    15        00021 (generics_constraints.go:22)	CMPQ	DI, SI
    18        00024 (generics_constraints.go:23)	JNE	9
    1a        00026 (generics_constraints.go:24)	MOVQ	DX, AX
    1d        00029 (generics_constraints.go:24)	RET
    1e        00030 (generics_constraints.go:27)	MOVQ	$-1, AX
    25        00037 (generics_constraints.go:27)	RET
    26 done
wrote 3 bytes to 0x0
 00 26 00
funcpctab main.Index[go.shape.float64] [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:21)	TEXT	main.Index[go.shape.float64](SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-40
     0        00000 (generics_constraints.go:21)	TEXT	main.Index[go.shape.float64](SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-40
     0     -1 00000 (generics_constraints.go:21)	MOVQ	BX, main.xs+16(FP)
     5        00005 (generics_constraints.go:21)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
     5        00005 (generics_constraints.go:21)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     5        00005 (generics_constraints.go:21)	FUNCDATA	$5, main.Index[go.shape.float64].arginfo1(SB)
     5        00005 (generics_constraints.go:21)	FUNCDATA	$6, main.Index[go.shape.float64].argliveinfo(SB)
     5        00005 (generics_constraints.go:21)	PCDATA	$3, $1
     5        00005 (generics_constraints.go:22)	XORL	DX, DX
     7        00007 (generics_constraints.go:22)	JMP	12
     9        00009 (generics_constraints.go:22)	INCQ	DX
     c        00012 (generics_constraints.go:22)	CMPQ	CX, DX
     f        00015 (generics_constraints.go:22)	JLE	34
    11        00017 (generics_constraints.go:22)	MOVSD	(BX)(DX*8), X1
    16        00022 (generics_constraints.go:23)	UCOMISD	X0, X1
    1a        00026 (generics_constraints.go:23)	JNE	9
    1c        00028 (generics_constraints.go:23)	JPS	9
    1e        00030 (generics_constraints.go:24)	MOVQ	DX, AX
    21        00033 (generics_constraints.go:24)	RET
    22        00034 (generics_constraints.go:27)	MOVQ	$-1, AX
    29        00041 (generics_constraints.go:27)	RET
    2a done
wrote 3 bytes to 0x0
 00 2a 00
funcpctab main.(*List[go.shape.float64]).Each [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:47)	TEXT	main.(*List[go.shape.float64]).Each(SB), DUPOK|ABIInternal, $24-24
     0        00000 (generics_constraints.go:47)	TEXT	main.(*List[go.shape.float64]).Each(SB), DUPOK|ABIInternal, $24-24
     0     -1 00000 (generics_constraints.go:47)	CMPQ	SP, 16(R14)
     4        00004 (generics_constraints.go:47)	PCDATA	$0, $-2
     4        00004 (generics_constraints.go:47)	JLS	66
     6        00006 (generics_constraints.go:47)	PCDATA	$0, $-1
     6        00006 (generics_constraints.go:47)	PUSHQ	BP
     7        00007 (generics_constraints.go:47)	MOVQ	SP, BP
     a        00010 (generics_constraints.go:47)	SUBQ	$16, SP
     e        00014 (generics_constraints.go:47)	FUNCDATA	$0, gclocals·bOe5TeiqYWGHlKaYjVoRzg==(SB)
     e        00014 (generics_constraints.go:47)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
     e        00014 (generics_constraints.go:47)	FUNCDATA	$5, main.(*List[go.shape.float64]).Each.arginfo1(SB)
     e        00014 (generics_constraints.go:47)	FUNCDATA	$6, main.(*List[go.shape.float64]).Each.argliveinfo(SB)
     e        00014 (generics_constraints.go:47)	PCDATA	$3, $1
     e        00014 (generics_constraints.go:48)	MOVQ	CX, main.f+48(SP)
    13        00019 (generics_constraints.go:48)	PCDATA	$3, $2
    13        00019 (generics_constraints.go:48)	MOVQ	(AX), AX
    16        00022 (generics_constraints.go:48)	JMP	55
    18        00024 (generics_constraints.go:48)	MOVQ	AX, main.n+8(SP)
    1d        00029 (generics_constraints.go:49)	MOVQ	(CX), BX
    20        00032 (generics_constraints.go:49)	MOVSD	(AX), X0
    24        00036 (generics_constraints.go:49)	MOVQ	CX, DX
    27        00039 (generics_constraints.go:49)	PCDATA	$1, $1
    27        00039 (generics_constraints.go:49)	CALL	BX
    29        00041 (generics_constraints.go:48)	MOVQ	main.n+8(SP), AX
    2e        00046 (generics_constraints.go:48)	MOVQ	8(AX), AX
    32        00050 (generics_constraints.go:49)	MOVQ	main.f+48(SP), CX
    37        00055 (generics_constraints.go:48)	TESTQ	AX, AX
    3a        00058 (generics_constraints.go:48)	JNE	24
    3c        00060 (generics_constraints.go:51)	ADDQ	$16, SP
    40        00064 (generics_constraints.go:51)	POPQ	BP
    41        00065 (generics_constraints.go:51)	RET
    42        00066 (generics_constraints.go:51)	NOP
    42        00066 (generics_constraints.go:47)	PCDATA	$1, $-1
    42        00066 (generics_constraints.go:47)	PCDATA	$0, $-2
    42        00066 (generics_constraints.go:47)	MOVQ	AX, 8(SP)
    47        00071 (generics_constraints.go:47)	MOVQ	BX, 16(SP)
    4c        00076 (generics_constraints.go:47)	MOVQ	CX, 24(SP)
    51        00081 (generics_constraints.go:47)	CALL	runtime.morestack_noctxt(SB)
    56        00086 (generics_constraints.go:47)	PCDATA	$0, $-1
    56        00086 (generics_constraints.go:47)	MOVQ	8(SP), AX
    5b        00091 (generics_constraints.go:47)	MOVQ	16(SP), BX
    60        00096 (generics_constraints.go:47)	MOVQ	24(SP), CX
    65        00101 (generics_constraints.go:47)	JMP	0
    67 done
wrote 3 bytes to 0x0
 00 67 00
funcpctab main.Join[main.ID] [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:10)	TEXT	main.Join[main.ID](SB), DUPOK|WRAPPER|ABIInternal, $56-40
     0        00000 (generics_constraints.go:10)	TEXT	main.Join[main.ID](SB), DUPOK|WRAPPER|ABIInternal, $56-40
     0     -1 00000 (generics_constraints.go:10)	CMPQ	SP, 16(R14)
     4        00004 (generics_constraints.go:10)	PCDATA	$0, $-2
     4        00004 (generics_constraints.go:10)	JLS	57
     6        00006 (generics_constraints.go:10)	PCDATA	$0, $-1
     6        00006 (generics_constraints.go:10)	PUSHQ	BP
     7        00007 (generics_constraints.go:10)	MOVQ	SP, BP
     a        00010 (generics_constraints.go:10)	SUBQ	$48, SP
     e        00014 (generics_constraints.go:10)	MOVQ	AX, main.xs+64(FP)
    13        00019 (generics_constraints.go:10)	MOVQ	DI, main.sep+88(FP)
    18        00024 (generics_constraints.go:10)	FUNCDATA	$0, gclocals·cC5rNmVCHyCv6uELS7ccGw==(SB)
    18        00024 (generics_constraints.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (generics_constraints.go:10)	FUNCDATA	$5, main.Join[main.ID].arginfo1(SB)
    18        00024 (generics_constraints.go:10)	FUNCDATA	$6, main.Join[main.ID].argliveinfo(SB)
    18        00024 (generics_constraints.go:10)	PCDATA	$3, $1
    18        00024 (generics_constraints.go:10)	MOVQ	SI, R8
    1b        00027 (generics_constraints.go:10)	MOVQ	DI, SI
    1e        00030 (generics_constraints.go:10)	MOVQ	CX, DI
    21        00033 (generics_constraints.go:10)	MOVQ	BX, CX
    24        00036 (generics_constraints.go:10)	MOVQ	AX, BX
    27        00039 (generics_constraints.go:10)	LEAQ	main..dict.Join[main.ID](SB), AX
    2e        00046 (generics_constraints.go:10)	PCDATA	$1, $1
    2e        00046 (generics_constraints.go:10)	CALL	main.Join[go.shape.int](SB)
    33        00051 (generics_constraints.go:10)	ADDQ	$48, SP
    37        00055 (generics_constraints.go:10)	POPQ	BP
    38        00056 (generics_constraints.go:10)	RET
    39        00057 (generics_constraints.go:10)	NOP
    39        00057 (generics_constraints.go:10)	PCDATA	$1, $-1
    39        00057 (generics_constraints.go:10)	PCDATA	$0, $-2
    39        00057 (generics_constraints.go:10)	MOVQ	AX, 8(SP)
    3e        00062 (generics_constraints.go:10)	MOVQ	BX, 16(SP)
    43        00067 (generics_constraints.go:10)	MOVQ	CX, 24(SP)
    48        00072 (generics_constraints.go:10)	MOVQ	DI, 32(SP)
    4d        00077 (generics_constraints.go:10)	MOVQ	SI, 40(SP)
    52        00082 (generics_constraints.go:10)	CALL	runtime.morestack_noctxt(SB)
    57        00087 (generics_constraints.go:10)	PCDATA	$0, $-1
    57        00087 (generics_constraints.go:10)	MOVQ	8(SP), AX
    5c        00092 (generics_constraints.go:10)	MOVQ	16(SP), BX
    61        00097 (generics_constraints.go:10)	MOVQ	24(SP), CX
    66        00102 (generics_constraints.go:10)	MOVQ	32(SP), DI
    6b        00107 (generics_constraints.go:10)	MOVQ	40(SP), SI
    70        00112 (generics_constraints.go:10)	JMP	0
    72 done
wrote 3 bytes to 0x0
 00 72 00
funcpctab main.(*List[go.shape.float64]).Prepend [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:45)	TEXT	main.(*List[go.shape.float64]).Prepend(SB), DUPOK|ABIInternal, $40-24
     0        00000 (generics_constraints.go:45)	TEXT	main.(*List[go.shape.float64]).Prepend(SB), DUPOK|ABIInternal, $40-24
     0     -1 00000 (generics_constraints.go:45)	CMPQ	SP, 16(R14)
     4        00004 (generics_constraints.go:45)	PCDATA	$0, $-2
     4        00004 (generics_constraints.go:45)	JLS	110
     6        00006 (generics_constraints.go:45)	PCDATA	$0, $-1
     6        00006 (generics_constraints.go:45)	PUSHQ	BP
     7        00007 (generics_constraints.go:45)	MOVQ	SP, BP
     a        00010 (generics_constraints.go:45)	SUBQ	$32, SP
     e        00014 (generics_constraints.go:45)	FUNCDATA	$0, gclocals·JnfAVn+HlBgdPzEchG//AQ==(SB)
     e        00014 (generics_constraints.go:45)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (generics_constraints.go:45)	FUNCDATA	$5, main.(*List[go.shape.float64]).Prepend.arginfo1(SB)
     e        00014 (generics_constraints.go:45)	FUNCDATA	$6, main.(*List[go.shape.float64]).Prepend.argliveinfo(SB)
     e        00014 (generics_constraints.go:45)	PCDATA	$3, $1
     e        00014 (generics_constraints.go:45)	MOVQ	AX, main.l+48(SP)
    13        00019 (generics_constraints.go:45)	MOVSD	X0, main.v+64(SP)
    19        00025 (generics_constraints.go:45)	PCDATA	$3, $2
    19        00025 (generics_constraints.go:45)	MOVL	$16, AX
    1e        00030 (generics_constraints.go:45)	LEAQ	type:main.node[go.shape.float64](SB), BX
    25        00037 (generics_constraints.go:45)	MOVL	$1, CX
    2a        00042 (generics_constraints.go:45)	PCDATA	$1, $0
    2a        00042 (generics_constraints.go:45)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
    2f        00047 (generics_constraints.go:45)	MOVSD	main.v+64(SP), X0
    35        00053 (generics_constraints.go:45)	MOVSD	X0, (AX)
    39        00057 (generics_constraints.go:45)	MOVQ	main.l+48(SP), DX
    3e        00062 (generics_constraints.go:45)	MOVQ	(DX), SI
    41        00065 (generics_constraints.go:45)	CMPL	runtime.writeBarrier(SB), $0
    48        00072 (generics_constraints.go:45)	PCDATA	$0, $-2
    48        00072 (generics_constraints.go:45)	JEQ	93
    4a        00074 (generics_constraints.go:45)	MOVQ	(DX), CX
    4d        00077 (generics_constraints.go:45)	CALL	runtime.gcWriteBarrier3(SB)
    52        00082 (generics_constraints.go:45)	MOVQ	SI, (R11)
    55        00085 (generics_constraints.go:45)	MOVQ	AX, 8(R11)
    59        00089 (generics_constraints.go:45)	MOVQ	CX, 16(R11)
    5d        00093 (generics_constraints.go:45)	MOVQ	SI, 8(AX)
    61        00097 (generics_constraints.go:45)	MOVQ	AX, (DX)
    64        00100 (generics_constraints.go:45)	PCDATA	$0, $-1
    64        00100 (generics_constraints.go:45)	INCQ	8(DX)
    68        00104 (generics_constraints.go:45)	ADDQ	$32, SP
    6c        00108 (generics_constraints.go:45)	POPQ	BP
    6d        00109 (generics_constraints.go:45)	RET
    6e        00110 (generics_constraints.go:45)	NOP
    6e        00110 (generics_constraints.go:45)	PCDATA	$1, $-1
    6e        00110 (generics_constraints.go:45)	PCDATA	$0, $-2
    6e        00110 (generics_constraints.go:45)	MOVQ	AX, 8(SP)
    73        00115 (generics_constraints.go:45)	MOVQ	BX, 16(SP)
    78        00120 (generics_constraints.go:45)	MOVSD	X0, 24(SP)
    7e        00126 (generics_constraints.go:45)	NOP
    80        00128 (generics_constraints.go:45)	CALL	runtime.morestack_noctxt(SB)
    85        00133 (generics_constraints.go:45)	PCDATA	$0, $-1
    85        00133 (generics_constraints.go:45)	MOVQ	8(SP), AX
    8a        00138 (generics_constraints.go:45)	MOVQ	16(SP), BX
    8f        00143 (generics_constraints.go:45)	MOVSD	24(SP), X0
    95        00149 (generics_constraints.go:45)	JMP	0
    9a done
wrote 4 bytes to 0x0
 00 9a 01 00
funcpctab main.Stringer.String [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Stringer.String(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0        00000 (<autogenerated>:1)	TEXT	main.Stringer.String(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Stringer.String.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Stringer.String.argliveinfo(SB)
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
funcpctab main.Set[go.shape.int].Add [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:32)	TEXT	main.Set[go.shape.int].Add(SB), DUPOK|ABIInternal, $32-24
     0        00000 (generics_constraints.go:32)	TEXT	main.Set[go.shape.int].Add(SB), DUPOK|ABIInternal, $32-24
     0     -1 00000 (generics_constraints.go:32)	CMPQ	SP, 16(R14)
     4        00004 (generics_constraints.go:32)	PCDATA	$0, $-2
     4        00004 (generics_constraints.go:32)	JLS	36
     6        00006 (generics_constraints.go:32)	PCDATA	$0, $-1
     6        00006 (generics_constraints.go:32)	PUSHQ	BP
     7        00007 (generics_constraints.go:32)	MOVQ	SP, BP
     a        00010 (generics_constraints.go:32)	SUBQ	$24, SP
     e        00014 (generics_constraints.go:32)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (generics_constraints.go:32)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (generics_constraints.go:32)	FUNCDATA	$5, main.Set[go.shape.int].Add.arginfo1(SB)
     e        00014 (generics_constraints.go:32)	FUNCDATA	$6, main.Set[go.shape.int].Add.argliveinfo(SB)
     e        00014 (generics_constraints.go:32)	PCDATA	$3, $1
     e        00014 (generics_constraints.go:32)	MOVQ	(BX), DX
    11        00017 (generics_constraints.go:32)	MOVQ	AX, BX
    14        00020 (generics_constraints.go:32)	MOVQ	DX, AX
    17        00023 (generics_constraints.go:32)	PCDATA	$1, $1
    17        00023 (generics_constraints.go:32)	CALL	runtime.mapassign_fast64(SB)
    1c        00028 (generics_constraints.go:32)	TESTB	AL, (AX)
    1e        00030 (generics_constraints.go:32)	ADDQ	$24, SP
    22        00034 (generics_constraints.go:32)	POPQ	BP
    23        00035 (generics_constraints.go:32)	RET
    24        00036 (generics_constraints.go:32)	NOP
    24        00036 (generics_constraints.go:32)	PCDATA	$1, $-1
    24        00036 (generics_constraints.go:32)	PCDATA	$0, $-2
    24        00036 (generics_constraints.go:32)	MOVQ	AX, 8(SP)
    29        00041 (generics_constraints.go:32)	MOVQ	BX, 16(SP)
    2e        00046 (generics_constraints.go:32)	MOVQ	CX, 24(SP)
    33        00051 (generics_constraints.go:32)	CALL	runtime.morestack_noctxt(SB)
    38        00056 (generics_constraints.go:32)	PCDATA	$0, $-1
    38        00056 (generics_constraints.go:32)	MOVQ	8(SP), AX
    3d        00061 (generics_constraints.go:32)	MOVQ	16(SP), BX
    42        00066 (generics_constraints.go:32)	MOVQ	24(SP), CX
    47        00071 (generics_constraints.go:32)	JMP	0
    49 done
wrote 3 bytes to 0x0
 00 49 00
funcpctab main.ID.String [valfunc=pctoinline]
     0     -1 00000 (generics_constraints.go:8)	TEXT	main.ID.String(SB), ABIInternal, $56-8
     0        00000 (generics_constraints.go:8)	TEXT	main.ID.String(SB), ABIInternal, $56-8
     0     -1 00000 (generics_constraints.go:8)	CMPQ	SP, 16(R14)
     4        00004 (generics_constraints.go:8)	PCDATA	$0, $-2
     4        00004 (generics_constraints.go:8)	JLS	62
     6        00006 (generics_constraints.go:8)	PCDATA	$0, $-1
     6        00006 (generics_constraints.go:8)	PUSHQ	BP
     7        00007 (generics_constraints.go:8)	MOVQ	SP, BP
     a        00010 (generics_constraints.go:8)	SUBQ	$48, SP
     e        00014 (generics_constraints.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (generics_constraints.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (generics_constraints.go:8)	FUNCDATA	$5, main.ID.String.arginfo1(SB)
     e        00014 (generics_constraints.go:8)	FUNCDATA	$6, main.ID.String.argliveinfo(SB)
     e        00014 (generics_constraints.go:8)	PCDATA	$3, $1
     e        00014 (generics_constraints.go:8)	LEAQ	48(AX), CX
    12        00018 (generics_constraints.go:8)	MOVLQSX	CX, BX
    15        00021 (generics_constraints.go:8)	LEAQ	main..autotmp_2+44(SP), AX
    1a        00026 (generics_constraints.go:8)	PCDATA	$1, $0
    1a        00026 (generics_constraints.go:8)	CALL	runtime.intstring(SB)
    1f        00031 (generics_constraints.go:8)	MOVL	$1, CX
    24        00036 (generics_constraints.go:8)	MOVQ	AX, DI
    27        00039 (generics_constraints.go:8)	MOVQ	BX, SI
    2a        00042 (generics_constraints.go:8)	XORL	AX, AX
    2c        00044 (generics_constraints.go:8)	LEAQ	go:string."#"(SB), BX
    33        00051 (generics_constraints.go:8)	CALL	runtime.concatstring2(SB)
    38        00056 (generics_constraints.go:8)	ADDQ	$48, SP
    3c        00060 (generics_constraints.go:8)	POPQ	BP
    3d        00061 (generics_constraints.go:8)	RET
    3e        00062 (generics_constraints.go:8)	NOP
    3e        00062 (generics_constraints.go:8)	PCDATA	$1, $-1
    3e        00062 (generics_constraints.go:8)	PCDATA	$0, $-2
    3e        00062 (generics_constraints.go:8)	MOVQ	AX, 8(SP)
    43        00067 (generics_constraints.go:8)	CALL	runtime.morestack_noctxt(SB)
    48        00072 (generics_constraints.go:8)	PCDATA	$0, $-1
    48        00072 (generics_constraints.go:8)	MOVQ	8(SP), AX
    4d        00077 (generics_constraints.go:8)	JMP	0
    4f done
wrote 3 bytes to 0x0
 00 4f 00
main.main.func1 STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
main.ID.String STEXT size=79 align=0x0 args=0x8 locals=0x38 funcid=0x0
	0x0000 00000 (generics_constraints.go:8)	TEXT	main.ID.String(SB), ABIInternal, $56-8
	0x0000 00000 (generics_constraints.go:8)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_constraints.go:8)	PCDATA	$0, $-2
	0x0004 00004 (generics_constraints.go:8)	JLS	62
	0x0006 00006 (generics_constraints.go:8)	PCDATA	$0, $-1
	0x0006 00006 (generics_constraints.go:8)	PUSHQ	BP
	0x0007 00007 (generics_constraints.go:8)	MOVQ	SP, BP
	0x000a 00010 (generics_constraints.go:8)	SUBQ	$48, SP
	0x000e 00014 (generics_constraints.go:8)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (generics_constraints.go:8)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (generics_constraints.go:8)	FUNCDATA	$5, main.ID.String.arginfo1(SB)
	0x000e 00014 (generics_constraints.go:8)	FUNCDATA	$6, main.ID.String.argliveinfo(SB)
	0x000e 00014 (generics_constraints.go:8)	PCDATA	$3, $1
	0x000e 00014 (generics_constraints.go:8)	LEAQ	48(AX), CX
	0x0012 00018 (generics_constraints.go:8)	MOVLQSX	CX, BX
	0x0015 00021 (generics_constraints.go:8)	LEAQ	main..autotmp_2+44(SP), AX
	0x001a 00026 (generics_constraints.go:8)	PCDATA	$1, $0
	0x001a 00026 (generics_constraints.go:8)	CALL	runtime.intstring(SB)
	0x001f 00031 (generics_constraints.go:8)	MOVL	$1, CX
	0x0024 00036 (generics_constraints.go:8)	MOVQ	AX, DI
	0x0027 00039 (generics_constraints.go:8)	MOVQ	BX, SI
	0x002a 00042 (generics_constraints.go:8)	XORL	AX, AX
	0x002c 00044 (generics_constraints.go:8)	LEAQ	go:string."#"(SB), BX
	0x0033 00051 (generics_constraints.go:8)	CALL	runtime.concatstring2(SB)
	0x0038 00056 (generics_constraints.go:8)	ADDQ	$48, SP
	0x003c 00060 (generics_constraints.go:8)	POPQ	BP
	0x003d 00061 (generics_constraints.go:8)	RET
	0x003e 00062 (generics_constraints.go:8)	NOP
	0x003e 00062 (generics_constraints.go:8)	PCDATA	$1, $-1
	0x003e 00062 (generics_constraints.go:8)	PCDATA	$0, $-2
	0x003e 00062 (generics_constraints.go:8)	MOVQ	AX, 8(SP)
	0x0043 00067 (generics_constraints.go:8)	CALL	runtime.morestack_noctxt(SB)
	0x0048 00072 (generics_constraints.go:8)	PCDATA	$0, $-1
	0x0048 00072 (generics_constraints.go:8)	MOVQ	8(SP), AX
	0x004d 00077 (generics_constraints.go:8)	JMP	0
	0x0000 49 3b 66 10 76 38 55 48 89 e5 48 83 ec 30 48 8d  I;f.v8UH..H..0H.
	0x0010 48 30 48 63 d9 48 8d 44 24 2c e8 00 00 00 00 b9  H0Hc.H.D$,......
	0x0020 01 00 00 00 48 89 c7 48 89 de 31 c0 48 8d 1d 00  ....H..H..1.H...
	0x0030 00 00 00 e8 00 00 00 00 48 83 c4 30 5d c3 48 89  ........H..0].H.
	0x0040 44 24 08 e8 00 00 00 00 48 8b 44 24 08 eb b1     D$......H.D$...
	rel 27+4 t=R_CALL runtime.intstring+0
	rel 47+4 t=R_PCREL go:string."#"+0
	rel 52+4 t=R_CALL runtime.concatstring2+0
	rel 68+4 t=R_CALL runtime.morestack_noctxt+0
main.main STEXT size=1176 align=0x0 args=0x0 locals=0x1d0 funcid=0x0
	0x0000 00000 (generics_constraints.go:53)	TEXT	main.main(SB), ABIInternal, $464-0
	0x0000 00000 (generics_constraints.go:53)	LEAQ	-336(SP), R12
	0x0008 00008 (generics_constraints.go:53)	CMPQ	R12, 16(R14)
	0x000c 00012 (generics_constraints.go:53)	PCDATA	$0, $-2
	0x000c 00012 (generics_constraints.go:53)	JLS	1166
	0x0012 00018 (generics_constraints.go:53)	PCDATA	$0, $-1
	0x0012 00018 (generics_constraints.go:53)	PUSHQ	BP
	0x0013 00019 (generics_constraints.go:53)	MOVQ	SP, BP
	0x0016 00022 (generics_constraints.go:53)	SUBQ	$456, SP
	0x001d 00029 (generics_constraints.go:53)	FUNCDATA	$0, gclocals·Dj7m7VTqKq6fxJqfrrXabg==(SB)
	0x001d 00029 (generics_constraints.go:53)	FUNCDATA	$1, gclocals·4s3ku6Qb4aQNN1wbFrlEJg==(SB)
	0x001d 00029 (generics_constraints.go:53)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (generics_constraints.go:54)	MOVQ	$1, main..autotmp_48+280(SP)
	0x0029 00041 (generics_constraints.go:54)	MOVQ	$2, main..autotmp_48+288(SP)
	0x0035 00053 (generics_constraints.go:54)	MOVQ	$3, main..autotmp_48+296(SP)
	0x0041 00065 (generics_constraints.go:54)	LEAQ	main..dict.Join[main.ID](SB), AX
	0x0048 00072 (generics_constraints.go:54)	LEAQ	main..autotmp_48+280(SP), BX
	0x0050 00080 (generics_constraints.go:54)	MOVL	$3, CX
	0x0055 00085 (generics_constraints.go:54)	MOVL	CX, DI
	0x0057 00087 (generics_constraints.go:54)	LEAQ	go:string.", "(SB), SI
	0x005e 00094 (generics_constraints.go:54)	MOVL	$2, R8
	0x0064 00100 (generics_constraints.go:54)	PCDATA	$1, $0
	0x0064 00100 (generics_constraints.go:54)	CALL	main.Join[go.shape.int](SB)
	0x0069 00105 (generics_constraints.go:54)	MOVQ	AX, main..autotmp_98+352(SP)
	0x0071 00113 (generics_constraints.go:54)	MOVQ	BX, main..autotmp_99+104(SP)
	0x0076 00118 (generics_constraints.go:54)	PCDATA	$1, $1
	0x0076 00118 (generics_constraints.go:54)	CALL	runtime.printlock(SB)
	0x007b 00123 (generics_constraints.go:54)	MOVQ	main..autotmp_98+352(SP), AX
	0x0083 00131 (generics_constraints.go:54)	MOVQ	main..autotmp_99+104(SP), BX
	0x0088 00136 (generics_constraints.go:54)	PCDATA	$1, $0
	0x0088 00136 (generics_constraints.go:54)	CALL	runtime.printstring(SB)
	0x008d 00141 (generics_constraints.go:54)	CALL	runtime.printnl(SB)
	0x0092 00146 (generics_constraints.go:54)	CALL	runtime.printunlock(SB)
	0x0097 00151 (generics_constraints.go:55)	MOVQ	$1, main..autotmp_59+416(SP)
	0x00a3 00163 (generics_constraints.go:55)	LEAQ	go:string."a"(SB), DX
	0x00aa 00170 (generics_constraints.go:55)	MOVQ	DX, main..autotmp_59+408(SP)
	0x00b2 00178 (generics_constraints.go:55)	MOVQ	$1, main..autotmp_59+432(SP)
	0x00be 00190 (generics_constraints.go:55)	LEAQ	go:string."b"(SB), DX
	0x00c5 00197 (generics_constraints.go:55)	MOVQ	DX, main..autotmp_59+424(SP)
	0x00cd 00205 (generics_constraints.go:55)	MOVQ	$1, main..autotmp_59+448(SP)
	0x00d9 00217 (generics_constraints.go:55)	LEAQ	go:string."c"(SB), DX
	0x00e0 00224 (generics_constraints.go:55)	MOVQ	DX, main..autotmp_59+440(SP)
	0x00e8 00232 (<unknown line number>)	NOP
	0x00e8 00232 (generics_constraints.go:22)	LEAQ	main..autotmp_59+408(SP), DX
	0x00f0 00240 (generics_constraints.go:22)	XORL	R9, R9
	0x00f3 00243 (generics_constraints.go:22)	JMP	256
	0x00f5 00245 (generics_constraints.go:22)	LEAQ	16(AX), DX
	0x00f9 00249 (generics_constraints.go:22)	INCQ	R9
	0x00fc 00252 (generics_constraints.go:22)	NOP
	0x0100 00256 (generics_constraints.go:22)	CMPQ	R9, $3
	0x0104 00260 (generics_constraints.go:22)	JGE	282
	0x0106 00262 (generics_constraints.go:22)	MOVQ	DX, AX
	0x0109 00265 (generics_constraints.go:22)	CMPQ	8(DX), $1
	0x010e 00270 (generics_constraints.go:23)	JNE	245
	0x0110 00272 (generics_constraints.go:22)	MOVQ	(DX), CX
	0x0113 00275 (generics_constraints.go:23)	CMPB	(CX), $99
	0x0116 00278 (generics_constraints.go:23)	JNE	245
	0x0118 00280 (generics_constraints.go:23)	JMP	289
	0x011a 00282 (generics_constraints.go:23)	MOVQ	$-1, R9
	0x0121 00289 (generics_constraints.go:55)	MOVQ	$4609434218613702656, AX
	0x012b 00299 (generics_constraints.go:55)	MOVQ	AX, main..autotmp_65+264(SP)
	0x0133 00307 (generics_constraints.go:55)	MOVQ	$4612811918334230528, AX
	0x013d 00317 (generics_constraints.go:55)	MOVQ	AX, main..autotmp_65+272(SP)
	0x0145 00325 (<unknown line number>)	NOP
	0x0145 00325 (generics_constraints.go:22)	XORL	AX, AX
	0x0147 00327 (generics_constraints.go:22)	JMP	332
	0x0149 00329 (generics_constraints.go:22)	INCQ	AX
	0x014c 00332 (generics_constraints.go:22)	CMPQ	AX, $2
	0x0150 00336 (generics_constraints.go:22)	JGE	365
	0x0152 00338 (generics_constraints.go:22)	MOVSD	main..autotmp_65+264(SP)(AX*8), X0
	0x015b 00347 (generics_constraints.go:23)	MOVSD	$f64.4008000000000000(SB), X1
	0x0163 00355 (generics_constraints.go:23)	UCOMISD	X1, X0
	0x0167 00359 (generics_constraints.go:23)	JNE	329
	0x0169 00361 (generics_constraints.go:23)	JPS	329
	0x016b 00363 (generics_constraints.go:23)	JMP	372
	0x016d 00365 (generics_constraints.go:23)	MOVQ	$-1, AX
	0x0174 00372 (generics_constraints.go:55)	MOVQ	AX, main.~r0+64(SP)
	0x0179 00377 (generics_constraints.go:55)	MOVQ	R9, main.~r0+72(SP)
	0x017e 00382 (generics_constraints.go:55)	MOVQ	$7, main..autotmp_69+248(SP)
	0x018a 00394 (generics_constraints.go:55)	MOVQ	$8, main..autotmp_69+256(SP)
	0x0196 00406 (<unknown line number>)	NOP
	0x0196 00406 (generics_constraints.go:22)	XORL	CX, CX
	0x0198 00408 (generics_constraints.go:22)	JMP	416
	0x019a 00410 (generics_constraints.go:22)	INCQ	CX
	0x019d 00413 (generics_constraints.go:22)	NOP
	0x01a0 00416 (generics_constraints.go:22)	CMPQ	CX, $2
	0x01a4 00420 (generics_constraints.go:22)	JGE	438
	0x01a6 00422 (generics_constraints.go:22)	MOVQ	main..autotmp_69+248(SP)(CX*8), DX
	0x01ae 00430 (generics_constraints.go:22)	CMPQ	DX, $8
	0x01b2 00434 (generics_constraints.go:23)	JNE	410
	0x01b4 00436 (generics_constraints.go:23)	JMP	445
	0x01b6 00438 (generics_constraints.go:23)	MOVQ	$-1, CX
	0x01bd 00445 (generics_constraints.go:55)	MOVQ	CX, main.~r0+56(SP)
	0x01c2 00450 (generics_constraints.go:55)	CALL	runtime.printlock(SB)
	0x01c7 00455 (generics_constraints.go:55)	MOVQ	main.~r0+72(SP), AX
	0x01cc 00460 (generics_constraints.go:55)	CALL	runtime.printint(SB)
	0x01d1 00465 (generics_constraints.go:55)	CALL	runtime.printsp(SB)
	0x01d6 00470 (generics_constraints.go:55)	MOVQ	main.~r0+64(SP), AX
	0x01db 00475 (generics_constraints.go:55)	NOP
	0x01e0 00480 (generics_constraints.go:55)	CALL	runtime.printint(SB)
	0x01e5 00485 (generics_constraints.go:55)	CALL	runtime.printsp(SB)
	0x01ea 00490 (generics_constraints.go:55)	MOVQ	main.~r0+56(SP), AX
	0x01ef 00495 (generics_constraints.go:55)	CALL	runtime.printint(SB)
	0x01f4 00500 (generics_constraints.go:55)	CALL	runtime.printnl(SB)
	0x01f9 00505 (generics_constraints.go:55)	CALL	runtime.printunlock(SB)
	0x01fe 00510 (generics_constraints.go:56)	LEAQ	main..autotmp_72+360(SP), AX
	0x0206 00518 (generics_constraints.go:56)	MOVUPS	X15, (AX)
	0x020a 00522 (generics_constraints.go:56)	MOVUPS	X15, 16(AX)
	0x020f 00527 (generics_constraints.go:56)	MOVUPS	X15, 32(AX)
	0x0214 00532 (generics_constraints.go:56)	LEAQ	main..autotmp_73+112(SP), AX
	0x0219 00537 (generics_constraints.go:56)	MOVUPS	X15, (AX)
	0x021d 00541 (generics_constraints.go:56)	MOVUPS	X15, 16(AX)
	0x0222 00546 (generics_constraints.go:56)	MOVUPS	X15, 32(AX)
	0x0227 00551 (generics_constraints.go:56)	MOVUPS	X15, 48(AX)
	0x022c 00556 (generics_constraints.go:56)	MOVUPS	X15, 64(AX)
	0x0231 00561 (generics_constraints.go:56)	MOVUPS	X15, 80(AX)
	0x0236 00566 (generics_constraints.go:56)	MOVUPS	X15, 96(AX)
	0x023b 00571 (generics_constraints.go:56)	MOVUPS	X15, 112(AX)
	0x0240 00576 (generics_constraints.go:56)	MOVUPS	X15, 120(AX)
	0x0245 00581 (generics_constraints.go:56)	MOVQ	$-9187201950435737472, CX
	0x024f 00591 (generics_constraints.go:56)	MOVQ	CX, main..autotmp_73+112(SP)
	0x0254 00596 (generics_constraints.go:56)	MOVQ	AX, main..autotmp_72+376(SP)
	0x025c 00604 (generics_constraints.go:56)	PCDATA	$1, $2
	0x025c 00604 (generics_constraints.go:56)	NOP
	0x0260 00608 (generics_constraints.go:56)	CALL	runtime.rand(SB)
	0x0265 00613 (generics_constraints.go:56)	MOVQ	AX, main..autotmp_72+368(SP)
	0x026d 00621 (generics_constraints.go:56)	XORL	AX, AX
	0x026f 00623 (generics_constraints.go:57)	JMP	672
	0x0271 00625 (generics_constraints.go:57)	MOVQ	AX, main.i+96(SP)
	0x0276 00630 (generics_constraints.go:32)	LEAQ	type:main.Set[int](SB), DX
	0x027d 00637 (generics_constraints.go:58)	XCHGL	AX, AX
	0x027e 00638 (generics_constraints.go:32)	LEAQ	main..autotmp_72+360(SP), BX
	0x0286 00646 (generics_constraints.go:32)	MOVQ	AX, CX
	0x0289 00649 (generics_constraints.go:32)	MOVQ	DX, AX
	0x028c 00652 (generics_constraints.go:32)	CALL	runtime.mapassign_fast64(SB)
	0x0291 00657 (generics_constraints.go:32)	TESTB	AL, (AX)
	0x0293 00659 (generics_constraints.go:57)	MOVQ	main.i+96(SP), AX
	0x0298 00664 (generics_constraints.go:57)	ADDQ	$3, AX
	0x029c 00668 (generics_constraints.go:57)	NOP
	0x02a0 00672 (generics_constraints.go:57)	CMPQ	AX, $10
	0x02a4 00676 (generics_constraints.go:57)	JLT	625
	0x02a6 00678 (generics_constraints.go:60)	MOVQ	main..autotmp_72+360(SP), DX
	0x02ae 00686 (generics_constraints.go:60)	MOVQ	DX, main..autotmp_100+320(SP)
	0x02b6 00694 (generics_constraints.go:33)	LEAQ	type:main.Set[int](SB), AX
	0x02bd 00701 (<unknown line number>)	NOP
	0x02bd 00701 (generics_constraints.go:33)	LEAQ	main..autotmp_72+360(SP), BX
	0x02c5 00709 (generics_constraints.go:33)	MOVL	$6, CX
	0x02ca 00714 (generics_constraints.go:33)	CALL	runtime.mapaccess2_fast64(SB)
	0x02cf 00719 (generics_constraints.go:33)	MOVB	BL, main.ok+55(SP)
	0x02d3 00723 (generics_constraints.go:33)	LEAQ	type:main.Set[int](SB), AX
	0x02da 00730 (<unknown line number>)	NOP
	0x02da 00730 (generics_constraints.go:33)	LEAQ	main..autotmp_72+360(SP), BX
	0x02e2 00738 (generics_constraints.go:33)	MOVL	$7, CX
	0x02e7 00743 (generics_constraints.go:33)	PCDATA	$1, $0
	0x02e7 00743 (generics_constraints.go:33)	CALL	runtime.mapaccess2_fast64(SB)
	0x02ec 00748 (generics_constraints.go:33)	MOVB	BL, main.ok+54(SP)
	0x02f0 00752 (generics_constraints.go:60)	CALL	runtime.printlock(SB)
	0x02f5 00757 (generics_constraints.go:60)	MOVQ	main..autotmp_100+320(SP), AX
	0x02fd 00765 (generics_constraints.go:60)	NOP
	0x0300 00768 (generics_constraints.go:60)	CALL	runtime.printint(SB)
	0x0305 00773 (generics_constraints.go:60)	CALL	runtime.printsp(SB)
	0x030a 00778 (generics_constraints.go:60)	MOVBLZX	main.ok+55(SP), AX
	0x030f 00783 (generics_constraints.go:60)	CALL	runtime.printbool(SB)
	0x0314 00788 (generics_constraints.go:60)	CALL	runtime.printsp(SB)
	0x0319 00793 (generics_constraints.go:60)	MOVBLZX	main.ok+54(SP), AX
	0x031e 00798 (generics_constraints.go:60)	NOP
	0x0320 00800 (generics_constraints.go:60)	CALL	runtime.printbool(SB)
	0x0325 00805 (generics_constraints.go:60)	CALL	runtime.printnl(SB)
	0x032a 00810 (generics_constraints.go:60)	CALL	runtime.printunlock(SB)
	0x032f 00815 (generics_constraints.go:61)	MOVUPS	X15, main.l+336(SP)
	0x0338 00824 (generics_constraints.go:61)	MOVL	$1, AX
	0x033d 00829 (generics_constraints.go:62)	JMP	864
	0x033f 00831 (generics_constraints.go:45)	PCDATA	$0, $-2
	0x033f 00831 (generics_constraints.go:45)	MOVQ	DX, 8(AX)
	0x0343 00835 (generics_constraints.go:45)	PCDATA	$0, $-1
	0x0343 00835 (generics_constraints.go:45)	MOVQ	AX, main.l+336(SP)
	0x034b 00843 (generics_constraints.go:45)	INCQ	main.l+344(SP)
	0x0353 00851 (generics_constraints.go:62)	MOVQ	main.i+88(SP), AX
	0x0358 00856 (generics_constraints.go:62)	INCQ	AX
	0x035b 00859 (generics_constraints.go:62)	NOP
	0x0360 00864 (generics_constraints.go:62)	CMPQ	AX, $4
	0x0364 00868 (generics_constraints.go:62)	JGT	973
	0x0366 00870 (generics_constraints.go:62)	MOVQ	AX, main.i+88(SP)
	0x036b 00875 (generics_constraints.go:63)	XORPS	X0, X0
	0x036e 00878 (generics_constraints.go:63)	CVTSQ2SD	AX, X0
	0x0373 00883 (generics_constraints.go:63)	MOVSD	$f64.3fe0000000000000(SB), X1
	0x037b 00891 (generics_constraints.go:63)	MULSD	X1, X0
	0x037f 00895 (generics_constraints.go:63)	MOVSD	X0, main..autotmp_101+312(SP)
	0x0388 00904 (<unknown line number>)	NOP
	0x0388 00904 (generics_constraints.go:45)	MOVL	$16, AX
	0x038d 00909 (generics_constraints.go:45)	LEAQ	type:main.node[go.shape.float64](SB), BX
	0x0394 00916 (generics_constraints.go:45)	MOVL	$1, CX
	0x0399 00921 (generics_constraints.go:45)	PCDATA	$1, $3
	0x0399 00921 (generics_constraints.go:45)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x039e 00926 (generics_constraints.go:45)	MOVSD	main..autotmp_101+312(SP), X0
	0x03a7 00935 (generics_constraints.go:45)	MOVSD	X0, (AX)
	0x03ab 00939 (generics_constraints.go:45)	MOVQ	main.l+336(SP), DX
	0x03b3 00947 (generics_constraints.go:45)	CMPL	runtime.writeBarrier(SB), $0
	0x03ba 00954 (generics_constraints.go:45)	PCDATA	$0, $-2
	0x03ba 00954 (generics_constraints.go:45)	JEQ	831
	0x03bc 00956 (generics_constraints.go:45)	NOP
	0x03c0 00960 (generics_constraints.go:45)	CALL	runtime.gcWriteBarrier1(SB)
	0x03c5 00965 (generics_constraints.go:45)	MOVQ	DX, (R11)
	0x03c8 00968 (generics_constraints.go:45)	JMP	831
	0x03cd 00973 (generics_constraints.go:66)	XCHGL	AX, AX
	0x03ce 00974 (generics_constraints.go:48)	PCDATA	$0, $-1
	0x03ce 00974 (generics_constraints.go:48)	MOVQ	main.l+336(SP), AX
	0x03d6 00982 (generics_constraints.go:48)	XORPS	X0, X0
	0x03d9 00985 (generics_constraints.go:48)	JMP	1070
	0x03db 00987 (generics_constraints.go:48)	MOVQ	AX, main.n+328(SP)
	0x03e3 00995 (generics_constraints.go:49)	MOVSD	(AX), X0
	0x03e7 00999 (generics_constraints.go:49)	MOVSD	X0, main..autotmp_102+304(SP)
	0x03f0 01008 (<unknown line number>)	NOP
	0x03f0 01008 (generics_constraints.go:66)	PCDATA	$1, $4
	0x03f0 01008 (generics_constraints.go:66)	CALL	runtime.printlock(SB)
	0x03f5 01013 (generics_constraints.go:66)	MOVSD	main..autotmp_102+304(SP), X0
	0x03fe 01022 (generics_constraints.go:66)	NOP
	0x0400 01024 (generics_constraints.go:66)	CALL	runtime.printfloat64(SB)
	0x0405 01029 (generics_constraints.go:66)	CALL	runtime.printsp(SB)
	0x040a 01034 (generics_constraints.go:66)	CALL	runtime.printunlock(SB)
	0x040f 01039 (generics_constraints.go:48)	MOVQ	main.n+328(SP), AX
	0x0417 01047 (generics_constraints.go:48)	MOVQ	8(AX), AX
	0x041b 01051 (generics_constraints.go:66)	MOVSD	main.total+80(SP), X0
	0x0421 01057 (generics_constraints.go:66)	MOVSD	main..autotmp_102+304(SP), X1
	0x042a 01066 (generics_constraints.go:66)	ADDSD	X1, X0
	0x042e 01070 (generics_constraints.go:48)	MOVSD	X0, main.total+80(SP)
	0x0434 01076 (generics_constraints.go:48)	TESTQ	AX, AX
	0x0437 01079 (generics_constraints.go:48)	JNE	987
	0x0439 01081 (generics_constraints.go:67)	PCDATA	$1, $3
	0x0439 01081 (generics_constraints.go:67)	CALL	runtime.printlock(SB)
	0x043e 01086 (generics_constraints.go:67)	NOP
	0x0440 01088 (generics_constraints.go:67)	CALL	runtime.printnl(SB)
	0x0445 01093 (generics_constraints.go:67)	CALL	runtime.printunlock(SB)
	0x044a 01098 (generics_constraints.go:68)	MOVQ	main.l+344(SP), AX
	0x0452 01106 (generics_constraints.go:68)	MOVQ	AX, main..autotmp_99+104(SP)
	0x0457 01111 (generics_constraints.go:68)	PCDATA	$1, $0
	0x0457 01111 (generics_constraints.go:68)	CALL	runtime.printlock(SB)
	0x045c 01116 (generics_constraints.go:68)	MOVQ	main..autotmp_99+104(SP), AX
	0x0461 01121 (generics_constraints.go:68)	CALL	runtime.printint(SB)
	0x0466 01126 (generics_constraints.go:68)	CALL	runtime.printsp(SB)
	0x046b 01131 (generics_constraints.go:68)	MOVSD	main.total+80(SP), X0
	0x0471 01137 (generics_constraints.go:68)	CALL	runtime.printfloat64(SB)
	0x0476 01142 (generics_constraints.go:68)	CALL	runtime.printnl(SB)
	0x047b 01147 (generics_constraints.go:68)	NOP
	0x0480 01152 (generics_constraints.go:68)	CALL	runtime.printunlock(SB)
	0x0485 01157 (generics_constraints.go:69)	ADDQ	$456, SP
	0x048c 01164 (generics_constraints.go:69)	POPQ	BP
	0x048d 01165 (generics_constraints.go:69)	RET
	0x048e 01166 (generics_constraints.go:69)	NOP
	0x048e 01166 (generics_constraints.go:53)	PCDATA	$1, $-1
	0x048e 01166 (generics_constraints.go:53)	PCDATA	$0, $-2
	0x048e 01166 (generics_constraints.go:53)	CALL	runtime.morestack_noctxt(SB)
	0x0493 01171 (generics_constraints.go:53)	PCDATA	$0, $-1
	0x0493 01171 (generics_constraints.go:53)	JMP	0
	0x0000 4c 8d a4 24 b0 fe ff ff 4d 3b 66 10 0f 86 7c 04  L..$....M;f...|.
	0x0010 00 00 55 48 89 e5 48 81 ec c8 01 00 00 48 c7 84  ..UH..H......H..
	0x0020 24 18 01 00 00 01 00 00 00 48 c7 84 24 20 01 00  $........H..$ ..
	0x0030 00 02 00 00 00 48 c7 84 24 28 01 00 00 03 00 00  .....H..$(......
	0x0040 00 48 8d 05 00 00 00 00 48 8d 9c 24 18 01 00 00  .H......H..$....
	0x0050 b9 03 00 00 00 89 cf 48 8d 35 00 00 00 00 41 b8  .......H.5....A.
	0x0060 02 00 00 00 e8 00 00 00 00 48 89 84 24 60 01 00  .........H..$`..
	0x0070 00 48 89 5c 24 68 e8 00 00 00 00 48 8b 84 24 60  .H.\$h.....H..$`
	0x0080 01 00 00 48 8b 5c 24 68 e8 00 00 00 00 e8 00 00  ...H.\$h........
	0x0090 00 00 e8 00 00 00 00 48 c7 84 24 a0 01 00 00 01  .......H..$.....
	0x00a0 00 00 00 48 8d 15 00 00 00 00 48 89 94 24 98 01  ...H......H..$..
	0x00b0 00 00 48 c7 84 24 b0 01 00 00 01 00 00 00 48 8d  ..H..$........H.
	0x00c0 15 00 00 00 00 48 89 94 24 a8 01 00 00 48 c7 84  .....H..$....H..
	0x00d0 24 c0 01 00 00 01 00 00 00 48 8d 15 00 00 00 00  $........H......
	0x00e0 48 89 94 24 b8 01 00 00 48 8d 94 24 98 01 00 00  H..$....H..$....
	0x00f0 45 31 c9 eb 0b 48 8d 50 10 49 ff c1 0f 1f 40 00  E1...H.P.I....@.
	0x0100 49 83 f9 03 7d 14 48 89 d0 48 83 7a 08 01 75 e5  I...}.H..H.z..u.
	0x0110 48 8b 0a 80 39 63 75 dd eb 07 49 c7 c1 ff ff ff  H...9cu...I.....
	0x0120 ff 48 b8 00 00 00 00 00 00 f8 3f 48 89 84 24 08  .H........?H..$.
	0x0130 01 00 00 48 b8 00 00 00 00 00 00 04 40 48 89 84  ...H........@H..
	0x0140 24 10 01 00 00 31 c0 eb 03 48 ff c0 48 83 f8 02  $....1...H..H...
	0x0150 7d 1b f2 0f 10 84 c4 08 01 00 00 f2 0f 10 0d 00  }...............
	0x0160 00 00 00 66 0f 2e c1 75 e0 7a de eb 07 48 c7 c0  ...f...u.z...H..
	0x0170 ff ff ff ff 48 89 44 24 40 4c 89 4c 24 48 48 c7  ....H.D$@L.L$HH.
	0x0180 84 24 f8 00 00 00 07 00 00 00 48 c7 84 24 00 01  .$........H..$..
	0x0190 00 00 08 00 00 00 31 c9 eb 06 48 ff c1 0f 1f 00  ......1...H.....
	0x01a0 48 83 f9 02 7d 10 48 8b 94 cc f8 00 00 00 48 83  H...}.H.......H.
	0x01b0 fa 08 75 e6 eb 07 48 c7 c1 ff ff ff ff 48 89 4c  ..u...H......H.L
	0x01c0 24 38 e8 00 00 00 00 48 8b 44 24 48 e8 00 00 00  $8.....H.D$H....
	0x01d0 00 e8 00 00 00 00 48 8b 44 24 40 0f 1f 44 00 00  ......H.D$@..D..
	0x01e0 e8 00 00 00 00 e8 00 00 00 00 48 8b 44 24 38 e8  ..........H.D$8.
	0x01f0 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8d  ..............H.
	0x0200 84 24 68 01 00 00 44 0f 11 38 44 0f 11 78 10 44  .$h...D..8D..x.D
	0x0210 0f 11 78 20 48 8d 44 24 70 44 0f 11 38 44 0f 11  ..x H.D$pD..8D..
	0x0220 78 10 44 0f 11 78 20 44 0f 11 78 30 44 0f 11 78  x.D..x D..x0D..x
	0x0230 40 44 0f 11 78 50 44 0f 11 78 60 44 0f 11 78 70  @D..xPD..x`D..xp
	0x0240 44 0f 11 78 78 48 b9 80 80 80 80 80 80 80 80 48  D..xxH.........H
	0x0250 89 4c 24 70 48 89 84 24 78 01 00 00 0f 1f 40 00  .L$pH..$x.....@.
	0x0260 e8 00 00 00 00 48 89 84 24 70 01 00 00 31 c0 eb  .....H..$p...1..
	0x0270 2f 48 89 44 24 60 48 8d 15 00 00 00 00 90 48 8d  /H.D$`H.......H.
	0x0280 9c 24 68 01 00 00 48 89 c1 48 89 d0 e8 00 00 00  .$h...H..H......
	0x0290 00 84 00 48 8b 44 24 60 48 83 c0 03 0f 1f 40 00  ...H.D$`H.....@.
	0x02a0 48 83 f8 0a 7c cb 48 8b 94 24 68 01 00 00 48 89  H...|.H..$h...H.
	0x02b0 94 24 40 01 00 00 48 8d 05 00 00 00 00 48 8d 9c  .$@...H......H..
	0x02c0 24 68 01 00 00 b9 06 00 00 00 e8 00 00 00 00 88  $h..............
	0x02d0 5c 24 37 48 8d 05 00 00 00 00 48 8d 9c 24 68 01  \$7H......H..$h.
	0x02e0 00 00 b9 07 00 00 00 e8 00 00 00 00 88 5c 24 36  .............\$6
	0x02f0 e8 00 00 00 00 48 8b 84 24 40 01 00 00 0f 1f 00  .....H..$@......
	0x0300 e8 00 00 00 00 e8 00 00 00 00 0f b6 44 24 37 e8  ............D$7.
	0x0310 00 00 00 00 e8 00 00 00 00 0f b6 44 24 36 66 90  ...........D$6f.
	0x0320 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 44  ...............D
	0x0330 0f 11 bc 24 50 01 00 00 b8 01 00 00 00 eb 21 48  ...$P.........!H
	0x0340 89 50 08 48 89 84 24 50 01 00 00 48 ff 84 24 58  .P.H..$P...H..$X
	0x0350 01 00 00 48 8b 44 24 58 48 ff c0 0f 1f 44 00 00  ...H.D$XH....D..
	0x0360 48 83 f8 04 7f 67 48 89 44 24 58 0f 57 c0 f2 48  H....gH.D$X.W..H
	0x0370 0f 2a c0 f2 0f 10 0d 00 00 00 00 f2 0f 59 c1 f2  .*...........Y..
	0x0380 0f 11 84 24 38 01 00 00 b8 10 00 00 00 48 8d 1d  ...$8........H..
	0x0390 00 00 00 00 b9 01 00 00 00 e8 00 00 00 00 f2 0f  ................
	0x03a0 10 84 24 38 01 00 00 f2 0f 11 00 48 8b 94 24 50  ..$8.......H..$P
	0x03b0 01 00 00 83 3d 00 00 00 00 00 74 83 0f 1f 40 00  ....=.....t...@.
	0x03c0 e8 00 00 00 00 49 89 13 e9 72 ff ff ff 90 48 8b  .....I...r....H.
	0x03d0 84 24 50 01 00 00 0f 57 c0 eb 53 48 89 84 24 48  .$P....W..SH..$H
	0x03e0 01 00 00 f2 0f 10 00 f2 0f 11 84 24 30 01 00 00  ...........$0...
	0x03f0 e8 00 00 00 00 f2 0f 10 84 24 30 01 00 00 66 90  .........$0...f.
	0x0400 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0410 8b 84 24 48 01 00 00 48 8b 40 08 f2 0f 10 44 24  ..$H...H.@....D$
	0x0420 50 f2 0f 10 8c 24 30 01 00 00 f2 0f 58 c1 f2 0f  P....$0.....X...
	0x0430 11 44 24 50 48 85 c0 75 a2 e8 00 00 00 00 66 90  .D$PH..u......f.
	0x0440 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 58 01  ..........H..$X.
	0x0450 00 00 48 89 44 24 68 e8 00 00 00 00 48 8b 44 24  ..H.D$h.....H.D$
	0x0460 68 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 44 24  h.............D$
	0x0470 50 e8 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  P............D..
	0x0480 e8 00 00 00 00 48 81 c4 c8 01 00 00 5d c3 e8 00  .....H......]...
	0x0490 00 00 00 e9 68 fb ff ff                          ....h...
	rel 3+0 t=R_USEIFACE type:main.Set[int]+0
	rel 3+0 t=R_USEIFACE type:main.Set[int]+0
	rel 3+0 t=R_USEIFACE type:main.Set[int]+0
	rel 68+4 t=R_PCREL main..dict.Join[main.ID]+0
	rel 90+4 t=R_PCREL go:string.", "+0
	rel 101+4 t=R_CALL main.Join[go.shape.int]+0
	rel 119+4 t=R_CALL runtime.printlock+0
	rel 137+4 t=R_CALL runtime.printstring+0
	rel 142+4 t=R_CALL runtime.printnl+0
	rel 147+4 t=R_CALL runtime.printunlock+0
	rel 166+4 t=R_PCREL go:string."a"+0
	rel 193+4 t=R_PCREL go:string."b"+0
	rel 220+4 t=R_PCREL go:string."c"+0
	rel 351+4 t=R_PCREL $f64.4008000000000000+0
	rel 451+4 t=R_CALL runtime.printlock+0
	rel 461+4 t=R_CALL runtime.printint+0
	rel 466+4 t=R_CALL runtime.printsp+0
	rel 481+4 t=R_CALL runtime.printint+0
	rel 486+4 t=R_CALL runtime.printsp+0
	rel 496+4 t=R_CALL runtime.printint+0
	rel 501+4 t=R_CALL runtime.printnl+0
	rel 506+4 t=R_CALL runtime.printunlock+0
	rel 609+4 t=R_CALL runtime.rand+0
	rel 633+4 t=R_PCREL type:main.Set[int]+0
	rel 653+4 t=R_CALL runtime.mapassign_fast64+0
	rel 697+4 t=R_PCREL type:main.Set[int]+0
	rel 715+4 t=R_CALL runtime.mapaccess2_fast64+0
	rel 726+4 t=R_PCREL type:main.Set[int]+0
	rel 744+4 t=R_CALL runtime.mapaccess2_fast64+0
	rel 753+4 t=R_CALL runtime.printlock+0
	rel 769+4 t=R_CALL runtime.printint+0
	rel 774+4 t=R_CALL runtime.printsp+0
	rel 784+4 t=R_CALL runtime.printbool+0
	rel 789+4 t=R_CALL runtime.printsp+0
	rel 801+4 t=R_CALL runtime.printbool+0
	rel 806+4 t=R_CALL runtime.printnl+0
	rel 811+4 t=R_CALL runtime.printunlock+0
	rel 887+4 t=R_PCREL $f64.3fe0000000000000+0
	rel 912+4 t=R_PCREL type:main.node[go.shape.float64]+0
	rel 922+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC2+0
	rel 949+4 t=R_PCREL runtime.writeBarrier+-1
	rel 961+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 1009+4 t=R_CALL runtime.printlock+0
	rel 1025+4 t=R_CALL runtime.printfloat64+0
	rel 1030+4 t=R_CALL runtime.printsp+0
	rel 1035+4 t=R_CALL runtime.printunlock+0
	rel 1082+4 t=R_CALL runtime.printlock+0
	rel 1089+4 t=R_CALL runtime.printnl+0
	rel 1094+4 t=R_CALL runtime.printunlock+0
	rel 1112+4 t=R_CALL runtime.printlock+0
	rel 1122+4 t=R_CALL runtime.printint+0
	rel 1127+4 t=R_CALL runtime.printsp+0
	rel 1138+4 t=R_CALL runtime.printfloat64+0
	rel 1143+4 t=R_CALL runtime.printnl+0
	rel 1153+4 t=R_CALL runtime.printunlock+0
	rel 1167+4 t=R_CALL runtime.morestack_noctxt+0
main.(*List[go.shape.float64]).Each STEXT dupok size=103 align=0x0 args=0x18 locals=0x18 funcid=0x0
	0x0000 00000 (generics_constraints.go:47)	TEXT	main.(*List[go.shape.float64]).Each(SB), DUPOK|ABIInternal, $24-24
	0x0000 00000 (generics_constraints.go:47)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_constraints.go:47)	PCDATA	$0, $-2
	0x0004 00004 (generics_constraints.go:47)	JLS	66
	0x0006 00006 (generics_constraints.go:47)	PCDATA	$0, $-1
	0x0006 00006 (generics_constraints.go:47)	PUSHQ	BP
	0x0007 00007 (generics_constraints.go:47)	MOVQ	SP, BP
	0x000a 00010 (generics_constraints.go:47)	SUBQ	$16, SP
	0x000e 00014 (generics_constraints.go:47)	FUNCDATA	$0, gclocals·bOe5TeiqYWGHlKaYjVoRzg==(SB)
	0x000e 00014 (generics_constraints.go:47)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x000e 00014 (generics_constraints.go:47)	FUNCDATA	$5, main.(*List[go.shape.float64]).Each.arginfo1(SB)
	0x000e 00014 (generics_constraints.go:47)	FUNCDATA	$6, main.(*List[go.shape.float64]).Each.argliveinfo(SB)
	0x000e 00014 (generics_constraints.go:47)	PCDATA	$3, $1
	0x000e 00014 (generics_constraints.go:48)	MOVQ	CX, main.f+48(SP)
	0x0013 00019 (generics_constraints.go:48)	PCDATA	$3, $2
	0x0013 00019 (generics_constraints.go:48)	MOVQ	(AX), AX
	0x0016 00022 (generics_constraints.go:48)	JMP	55
	0x0018 00024 (generics_constraints.go:48)	MOVQ	AX, main.n+8(SP)
	0x001d 00029 (generics_constraints.go:49)	MOVQ	(CX), BX
	0x0020 00032 (generics_constraints.go:49)	MOVSD	(AX), X0
	0x0024 00036 (generics_constraints.go:49)	MOVQ	CX, DX
	0x0027 00039 (generics_constraints.go:49)	PCDATA	$1, $1
	0x0027 00039 (generics_constraints.go:49)	CALL	BX
	0x0029 00041 (generics_constraints.go:48)	MOVQ	main.n+8(SP), AX
	0x002e 00046 (generics_constraints.go:48)	MOVQ	8(AX), AX
	0x0032 00050 (generics_constraints.go:49)	MOVQ	main.f+48(SP), CX
	0x0037 00055 (generics_constraints.go:48)	TESTQ	AX, AX
	0x003a 00058 (generics_constraints.go:48)	JNE	24
	0x003c 00060 (generics_constraints.go:51)	ADDQ	$16, SP
	0x0040 00064 (generics_constraints.go:51)	POPQ	BP
	0x0041 00065 (generics_constraints.go:51)	RET
	0x0042 00066 (generics_constraints.go:51)	NOP
	0x0042 00066 (generics_constraints.go:47)	PCDATA	$1, $-1
	0x0042 00066 (generics_constraints.go:47)	PCDATA	$0, $-2
	0x0042 00066 (generics_constraints.go:47)	MOVQ	AX, 8(SP)
	0x0047 00071 (generics_constraints.go:47)	MOVQ	BX, 16(SP)
	0x004c 00076 (generics_constraints.go:47)	MOVQ	CX, 24(SP)
	0x0051 00081 (generics_constraints.go:47)	CALL	runtime.morestack_noctxt(SB)
	0x0056 00086 (generics_constraints.go:47)	PCDATA	$0, $-1
	0x0056 00086 (generics_constraints.go:47)	MOVQ	8(SP), AX
	0x005b 00091 (generics_constraints.go:47)	MOVQ	16(SP), BX
	0x0060 00096 (generics_constraints.go:47)	MOVQ	24(SP), CX
	0x0065 00101 (generics_constraints.go:47)	JMP	0
	0x0000 49 3b 66 10 76 3c 55 48 89 e5 48 83 ec 10 48 89  I;f.v<UH..H...H.
	0x0010 4c 24 30 48 8b 00 eb 1f 48 89 44 24 08 48 8b 19  L$0H....H.D$.H..
	0x0020 f2 0f 10 00 48 89 ca ff d3 48 8b 44 24 08 48 8b  ....H....H.D$.H.
	0x0030 40 08 48 8b 4c 24 30 48 85 c0 75 dc 48 83 c4 10  @.H.L$0H..u.H...
	0x0040 5d c3 48 89 44 24 08 48 89 5c 24 10 48 89 4c 24  ].H.D$.H.\$.H.L$
	0x0050 18 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10  ......H.D$.H.\$.
	0x0060 48 8b 4c 24 18 eb 99                             H.L$...
	rel 39+0 t=R_CALLIND +0
	rel 82+4 t=R_CALL runtime.morestack_noctxt+0
main.(*List[go.shape.float64]).Prepend STEXT dupok size=154 align=0x0 args=0x18 locals=0x28 funcid=0x0
	0x0000 00000 (generics_constraints.go:45)	TEXT	main.(*List[go.shape.float64]).Prepend(SB), DUPOK|ABIInternal, $40-24
	0x0000 00000 (generics_constraints.go:45)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_constraints.go:45)	PCDATA	$0, $-2
	0x0004 00004 (generics_constraints.go:45)	JLS	110
	0x0006 00006 (generics_constraints.go:45)	PCDATA	$0, $-1
	0x0006 00006 (generics_constraints.go:45)	PUSHQ	BP
	0x0007 00007 (generics_constraints.go:45)	MOVQ	SP, BP
	0x000a 00010 (generics_constraints.go:45)	SUBQ	$32, SP
	0x000e 00014 (generics_constraints.go:45)	FUNCDATA	$0, gclocals·JnfAVn+HlBgdPzEchG//AQ==(SB)
	0x000e 00014 (generics_constraints.go:45)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (generics_constraints.go:45)	FUNCDATA	$5, main.(*List[go.shape.float64]).Prepend.arginfo1(SB)
	0x000e 00014 (generics_constraints.go:45)	FUNCDATA	$6, main.(*List[go.shape.float64]).Prepend.argliveinfo(SB)
	0x000e 00014 (generics_constraints.go:45)	PCDATA	$3, $1
	0x000e 00014 (generics_constraints.go:45)	MOVQ	AX, main.l+48(SP)
	0x0013 00019 (generics_constraints.go:45)	MOVSD	X0, main.v+64(SP)
	0x0019 00025 (generics_constraints.go:45)	PCDATA	$3, $2
	0x0019 00025 (generics_constraints.go:45)	MOVL	$16, AX
	0x001e 00030 (generics_constraints.go:45)	LEAQ	type:main.node[go.shape.float64](SB), BX
	0x0025 00037 (generics_constraints.go:45)	MOVL	$1, CX
	0x002a 00042 (generics_constraints.go:45)	PCDATA	$1, $0
	0x002a 00042 (generics_constraints.go:45)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x002f 00047 (generics_constraints.go:45)	MOVSD	main.v+64(SP), X0
	0x0035 00053 (generics_constraints.go:45)	MOVSD	X0, (AX)
	0x0039 00057 (generics_constraints.go:45)	MOVQ	main.l+48(SP), DX
	0x003e 00062 (generics_constraints.go:45)	MOVQ	(DX), SI
	0x0041 00065 (generics_constraints.go:45)	CMPL	runtime.writeBarrier(SB), $0
	0x0048 00072 (generics_constraints.go:45)	PCDATA	$0, $-2
	0x0048 00072 (generics_constraints.go:45)	JEQ	93
	0x004a 00074 (generics_constraints.go:45)	MOVQ	(DX), CX
	0x004d 00077 (generics_constraints.go:45)	CALL	runtime.gcWriteBarrier3(SB)
	0x0052 00082 (generics_constraints.go:45)	MOVQ	SI, (R11)
	0x0055 00085 (generics_constraints.go:45)	MOVQ	AX, 8(R11)
	0x0059 00089 (generics_constraints.go:45)	MOVQ	CX, 16(R11)
	0x005d 00093 (generics_constraints.go:45)	MOVQ	SI, 8(AX)
	0x0061 00097 (generics_constraints.go:45)	MOVQ	AX, (DX)
	0x0064 00100 (generics_constraints.go:45)	PCDATA	$0, $-1
	0x0064 00100 (generics_constraints.go:45)	INCQ	8(DX)
	0x0068 00104 (generics_constraints.go:45)	ADDQ	$32, SP
	0x006c 00108 (generics_constraints.go:45)	POPQ	BP
	0x006d 00109 (generics_constraints.go:45)	RET
	0x006e 00110 (generics_constraints.go:45)	NOP
	0x006e 00110 (generics_constraints.go:45)	PCDATA	$1, $-1
	0x006e 00110 (generics_constraints.go:45)	PCDATA	$0, $-2
	0x006e 00110 (generics_constraints.go:45)	MOVQ	AX, 8(SP)
	0x0073 00115 (generics_constraints.go:45)	MOVQ	BX, 16(SP)
	0x0078 00120 (generics_constraints.go:45)	MOVSD	X0, 24(SP)
	0x007e 00126 (generics_constraints.go:45)	NOP
	0x0080 00128 (generics_constraints.go:45)	CALL	runtime.morestack_noctxt(SB)
	0x0085 00133 (generics_constraints.go:45)	PCDATA	$0, $-1
	0x0085 00133 (generics_constraints.go:45)	MOVQ	8(SP), AX
	0x008a 00138 (generics_constraints.go:45)	MOVQ	16(SP), BX
	0x008f 00143 (generics_constraints.go:45)	MOVSD	24(SP), X0
	0x0095 00149 (generics_constraints.go:45)	JMP	0
	0x0000 49 3b 66 10 76 68 55 48 89 e5 48 83 ec 20 48 89  I;f.vhUH..H.. H.
	0x0010 44 24 30 f2 0f 11 44 24 40 b8 10 00 00 00 48 8d  D$0...D$@.....H.
	0x0020 1d 00 00 00 00 b9 01 00 00 00 e8 00 00 00 00 f2  ................
	0x0030 0f 10 44 24 40 f2 0f 11 00 48 8b 54 24 30 48 8b  ..D$@....H.T$0H.
	0x0040 32 83 3d 00 00 00 00 00 74 13 48 8b 0a e8 00 00  2.=.....t.H.....
	0x0050 00 00 49 89 33 49 89 43 08 49 89 4b 10 48 89 70  ..I.3I.C.I.K.H.p
	0x0060 08 48 89 02 48 ff 42 08 48 83 c4 20 5d c3 48 89  .H..H.B.H.. ].H.
	0x0070 44 24 08 48 89 5c 24 10 f2 0f 11 44 24 18 66 90  D$.H.\$....D$.f.
	0x0080 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 f2  .....H.D$.H.\$..
	0x0090 0f 10 44 24 18 e9 66 ff ff ff                    ..D$..f...
	rel 33+4 t=R_PCREL type:main.node[go.shape.float64]+0
	rel 43+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC2+0
	rel 67+4 t=R_PCREL runtime.writeBarrier+-1
	rel 78+4 t=R_CALL runtime.gcWriteBarrier3+0
	rel 129+4 t=R_CALL runtime.morestack_noctxt+0
main.(*List[float64]).Each STEXT dupok size=93 align=0x0 args=0x10 locals=0x18 funcid=0x17
	0x0000 00000 (generics_constraints.go:47)	TEXT	main.(*List[float64]).Each(SB), DUPOK|WRAPPER|ABIInternal, $24-16
	0x0000 00000 (generics_constraints.go:47)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_constraints.go:47)	PCDATA	$0, $-2
	0x0004 00004 (generics_constraints.go:47)	JLS	66
	0x0006 00006 (generics_constraints.go:47)	PCDATA	$0, $-1
	0x0006 00006 (generics_constraints.go:47)	PUSHQ	BP
	0x0007 00007 (generics_constraints.go:47)	MOVQ	SP, BP
	0x000a 00010 (generics_constraints.go:47)	SUBQ	$16, SP
	0x000e 00014 (generics_constraints.go:47)	FUNCDATA	$0, gclocals·LlwIfJ7557UAFoF2cYCFqg==(SB)
	0x000e 00014 (generics_constraints.go:47)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x000e 00014 (generics_constraints.go:47)	FUNCDATA	$5, main.(*List[float64]).Each.arginfo1(SB)
	0x000e 00014 (generics_constraints.go:47)	FUNCDATA	$6, main.(*List[float64]).Each.argliveinfo(SB)
	0x000e 00014 (generics_constraints.go:47)	PCDATA	$3, $1
	0x000e 00014 (generics_constraints.go:48)	MOVQ	BX, main.f+40(SP)
	0x0013 00019 (generics_constraints.go:48)	PCDATA	$3, $2
	0x0013 00019 (<unknown line number>)	NOP
	0x0013 00019 (generics_constraints.go:48)	MOVQ	(AX), AX
	0x0016 00022 (generics_constraints.go:48)	JMP	55
	0x0018 00024 (generics_constraints.go:48)	MOVQ	AX, main.n+8(SP)
	0x001d 00029 (generics_constraints.go:49)	MOVQ	(BX), CX
	0x0020 00032 (generics_constraints.go:49)	MOVSD	(AX), X0
	0x0024 00036 (generics_constraints.go:49)	MOVQ	BX, DX
	0x0027 00039 (generics_constraints.go:49)	PCDATA	$1, $1
	0x0027 00039 (generics_constraints.go:49)	CALL	CX
	0x0029 00041 (generics_constraints.go:48)	MOVQ	main.n+8(SP), AX
	0x002e 00046 (generics_constraints.go:48)	MOVQ	8(AX), AX
	0x0032 00050 (generics_constraints.go:49)	MOVQ	main.f+40(SP), BX
	0x0037 00055 (generics_constraints.go:48)	TESTQ	AX, AX
	0x003a 00058 (generics_constraints.go:48)	JNE	24
	0x003c 00060 (generics_constraints.go:47)	ADDQ	$16, SP
	0x0040 00064 (generics_constraints.go:47)	POPQ	BP
	0x0041 00065 (generics_constraints.go:47)	RET
	0x0042 00066 (generics_constraints.go:47)	NOP
	0x0042 00066 (generics_constraints.go:47)	PCDATA	$1, $-1
	0x0042 00066 (generics_constraints.go:47)	PCDATA	$0, $-2
	0x0042 00066 (generics_constraints.go:47)	MOVQ	AX, 8(SP)
	0x0047 00071 (generics_constraints.go:47)	MOVQ	BX, 16(SP)
	0x004c 00076 (generics_constraints.go:47)	CALL	runtime.morestack_noctxt(SB)
	0x0051 00081 (generics_constraints.go:47)	PCDATA	$0, $-1
	0x0051 00081 (generics_constraints.go:47)	MOVQ	8(SP), AX
	0x0056 00086 (generics_constraints.go:47)	MOVQ	16(SP), BX
	0x005b 00091 (generics_constraints.go:47)	JMP	0
	0x0000 49 3b 66 10 76 3c 55 48 89 e5 48 83 ec 10 48 89  I;f.v<UH..H...H.
	0x0010 5c 24 28 48 8b 00 eb 1f 48 89 44 24 08 48 8b 0b  \$(H....H.D$.H..
	0x0020 f2 0f 10 00 48 89 da ff d1 48 8b 44 24 08 48 8b  ....H....H.D$.H.
	0x0030 40 08 48 8b 5c 24 28 48 85 c0 75 dc 48 83 c4 10  @.H.\$(H..u.H...
	0x0040 5d c3 48 89 44 24 08 48 89 5c 24 10 e8 00 00 00  ].H.D$.H.\$.....
	0x0050 00 48 8b 44 24 08 48 8b 5c 24 10 eb a3           .H.D$.H.\$...
	rel 39+0 t=R_CALLIND +0
	rel 77+4 t=R_CALL runtime.morestack_noctxt+0
main.(*List[float64]).Prepend STEXT dupok size=142 align=0x0 args=0x10 locals=0x28 funcid=0x17
	0x0000 00000 (generics_constraints.go:45)	TEXT	main.(*List[float64]).Prepend(SB), DUPOK|WRAPPER|ABIInternal, $40-16
	0x0000 00000 (generics_constraints.go:45)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_constraints.go:45)	PCDATA	$0, $-2
	0x0004 00004 (generics_constraints.go:45)	JLS	110
	0x0006 00006 (generics_constraints.go:45)	PCDATA	$0, $-1
	0x0006 00006 (generics_constraints.go:45)	PUSHQ	BP
	0x0007 00007 (generics_constraints.go:45)	MOVQ	SP, BP
	0x000a 00010 (generics_constraints.go:45)	SUBQ	$32, SP
	0x000e 00014 (generics_constraints.go:45)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (generics_constraints.go:45)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (generics_constraints.go:45)	FUNCDATA	$5, main.(*List[float64]).Prepend.arginfo1(SB)
	0x000e 00014 (generics_constraints.go:45)	FUNCDATA	$6, main.(*List[float64]).Prepend.argliveinfo(SB)
	0x000e 00014 (generics_constraints.go:45)	PCDATA	$3, $1
	0x000e 00014 (generics_constraints.go:45)	MOVQ	AX, main.l+48(SP)
	0x0013 00019 (generics_constraints.go:45)	MOVSD	X0, main.v+56(SP)
	0x0019 00025 (generics_constraints.go:45)	PCDATA	$3, $-1
	0x0019 00025 (<unknown line number>)	NOP
	0x0019 00025 (generics_constraints.go:45)	MOVL	$16, AX
	0x001e 00030 (generics_constraints.go:45)	LEAQ	type:main.node[go.shape.float64](SB), BX
	0x0025 00037 (generics_constraints.go:45)	MOVL	$1, CX
	0x002a 00042 (generics_constraints.go:45)	PCDATA	$1, $0
	0x002a 00042 (generics_constraints.go:45)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x002f 00047 (generics_constraints.go:45)	MOVSD	main.v+56(SP), X0
	0x0035 00053 (generics_constraints.go:45)	MOVSD	X0, (AX)
	0x0039 00057 (generics_constraints.go:45)	MOVQ	main.l+48(SP), DX
	0x003e 00062 (generics_constraints.go:45)	MOVQ	(DX), SI
	0x0041 00065 (generics_constraints.go:45)	CMPL	runtime.writeBarrier(SB), $0
	0x0048 00072 (generics_constraints.go:45)	PCDATA	$0, $-2
	0x0048 00072 (generics_constraints.go:45)	JEQ	93
	0x004a 00074 (generics_constraints.go:45)	MOVQ	(DX), CX
	0x004d 00077 (generics_constraints.go:45)	CALL	runtime.gcWriteBarrier3(SB)
	0x0052 00082 (generics_constraints.go:45)	MOVQ	SI, (R11)
	0x0055 00085 (generics_constraints.go:45)	MOVQ	AX, 8(R11)
	0x0059 00089 (generics_constraints.go:45)	MOVQ	CX, 16(R11)
	0x005d 00093 (generics_constraints.go:45)	MOVQ	SI, 8(AX)
	0x0061 00097 (generics_constraints.go:45)	MOVQ	AX, (DX)
	0x0064 00100 (generics_constraints.go:45)	PCDATA	$0, $-1
	0x0064 00100 (generics_constraints.go:45)	INCQ	8(DX)
	0x0068 00104 (generics_constraints.go:45)	ADDQ	$32, SP
	0x006c 00108 (generics_constraints.go:45)	POPQ	BP
	0x006d 00109 (generics_constraints.go:45)	RET
	0x006e 00110 (generics_constraints.go:45)	NOP
	0x006e 00110 (generics_constraints.go:45)	PCDATA	$1, $-1
	0x006e 00110 (generics_constraints.go:45)	PCDATA	$0, $-2
	0x006e 00110 (generics_constraints.go:45)	MOVQ	AX, 8(SP)
	0x0073 00115 (generics_constraints.go:45)	MOVSD	X0, 16(SP)
	0x0079 00121 (generics_constraints.go:45)	CALL	runtime.morestack_noctxt(SB)
	0x007e 00126 (generics_constraints.go:45)	PCDATA	$0, $-1
	0x007e 00126 (generics_constraints.go:45)	MOVQ	8(SP), AX
	0x0083 00131 (generics_constraints.go:45)	MOVSD	16(SP), X0
	0x0089 00137 (generics_constraints.go:45)	JMP	0
	0x0000 49 3b 66 10 76 68 55 48 89 e5 48 83 ec 20 48 89  I;f.vhUH..H.. H.
	0x0010 44 24 30 f2 0f 11 44 24 38 b8 10 00 00 00 48 8d  D$0...D$8.....H.
	0x0020 1d 00 00 00 00 b9 01 00 00 00 e8 00 00 00 00 f2  ................
	0x0030 0f 10 44 24 38 f2 0f 11 00 48 8b 54 24 30 48 8b  ..D$8....H.T$0H.
	0x0040 32 83 3d 00 00 00 00 00 74 13 48 8b 0a e8 00 00  2.=.....t.H.....
	0x0050 00 00 49 89 33 49 89 43 08 49 89 4b 10 48 89 70  ..I.3I.C.I.K.H.p
	0x0060 08 48 89 02 48 ff 42 08 48 83 c4 20 5d c3 48 89  .H..H.B.H.. ].H.
	0x0070 44 24 08 f2 0f 11 44 24 10 e8 00 00 00 00 48 8b  D$....D$......H.
	0x0080 44 24 08 f2 0f 10 44 24 10 e9 72 ff ff ff        D$....D$..r...
	rel 33+4 t=R_PCREL type:main.node[go.shape.float64]+0
	rel 43+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC2+0
	rel 67+4 t=R_PCREL runtime.writeBarrier+-1
	rel 78+4 t=R_CALL runtime.gcWriteBarrier3+0
	rel 122+4 t=R_CALL runtime.morestack_noctxt+0
main.Set[go.shape.int].Has STEXT dupok size=74 align=0x0 args=0x18 locals=0x20 funcid=0x0
	0x0000 00000 (generics_constraints.go:33)	TEXT	main.Set[go.shape.int].Has(SB), DUPOK|ABIInternal, $32-24
	0x0000 00000 (generics_constraints.go:33)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_constraints.go:33)	PCDATA	$0, $-2
	0x0004 00004 (generics_constraints.go:33)	JLS	37
	0x0006 00006 (generics_constraints.go:33)	PCDATA	$0, $-1
	0x0006 00006 (generics_constraints.go:33)	PUSHQ	BP
	0x0007 00007 (generics_constraints.go:33)	MOVQ	SP, BP
	0x000a 00010 (generics_constraints.go:33)	SUBQ	$24, SP
	0x000e 00014 (generics_constraints.go:33)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (generics_constraints.go:33)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (generics_constraints.go:33)	FUNCDATA	$5, main.Set[go.shape.int].Has.arginfo1(SB)
	0x000e 00014 (generics_constraints.go:33)	FUNCDATA	$6, main.Set[go.shape.int].Has.argliveinfo(SB)
	0x000e 00014 (generics_constraints.go:33)	PCDATA	$3, $1
	0x000e 00014 (generics_constraints.go:33)	MOVQ	16(BX), DX
	0x0012 00018 (generics_constraints.go:33)	MOVQ	AX, BX
	0x0015 00021 (generics_constraints.go:33)	MOVQ	DX, AX
	0x0018 00024 (generics_constraints.go:33)	PCDATA	$1, $1
	0x0018 00024 (generics_constraints.go:33)	CALL	runtime.mapaccess2_fast64(SB)
	0x001d 00029 (generics_constraints.go:33)	MOVL	BX, AX
	0x001f 00031 (generics_constraints.go:33)	ADDQ	$24, SP
	0x0023 00035 (generics_constraints.go:33)	POPQ	BP
	0x0024 00036 (generics_constraints.go:33)	RET
	0x0025 00037 (generics_constraints.go:33)	NOP
	0x0025 00037 (generics_constraints.go:33)	PCDATA	$1, $-1
	0x0025 00037 (generics_constraints.go:33)	PCDATA	$0, $-2
	0x0025 00037 (generics_constraints.go:33)	MOVQ	AX, 8(SP)
	0x002a 00042 (generics_constraints.go:33)	MOVQ	BX, 16(SP)
	0x002f 00047 (generics_constraints.go:33)	MOVQ	CX, 24(SP)
	0x0034 00052 (generics_constraints.go:33)	CALL	runtime.morestack_noctxt(SB)
	0x0039 00057 (generics_constraints.go:33)	PCDATA	$0, $-1
	0x0039 00057 (generics_constraints.go:33)	MOVQ	8(SP), AX
	0x003e 00062 (generics_constraints.go:33)	MOVQ	16(SP), BX
	0x0043 00067 (generics_constraints.go:33)	MOVQ	24(SP), CX
	0x0048 00072 (generics_constraints.go:33)	JMP	0
	0x0000 49 3b 66 10 76 1f 55 48 89 e5 48 83 ec 18 48 8b  I;f.v.UH..H...H.
	0x0010 53 10 48 89 c3 48 89 d0 e8 00 00 00 00 89 d8 48  S.H..H.........H
	0x0020 83 c4 18 5d c3 48 89 44 24 08 48 89 5c 24 10 48  ...].H.D$.H.\$.H
	0x0030 89 4c 24 18 e8 00 00 00 00 48 8b 44 24 08 48 8b  .L$......H.D$.H.
	0x0040 5c 24 10 48 8b 4c 24 18 eb b6                    \$.H.L$...
	rel 25+4 t=R_CALL runtime.mapaccess2_fast64+0
	rel 53+4 t=R_CALL runtime.morestack_noctxt+0
main.Set[go.shape.int].Add STEXT dupok size=73 align=0x0 args=0x18 locals=0x20 funcid=0x0
	0x0000 00000 (generics_constraints.go:32)	TEXT	main.Set[go.shape.int].Add(SB), DUPOK|ABIInternal, $32-24
	0x0000 00000 (generics_constraints.go:32)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_constraints.go:32)	PCDATA	$0, $-2
	0x0004 00004 (generics_constraints.go:32)	JLS	36
	0x0006 00006 (generics_constraints.go:32)	PCDATA	$0, $-1
	0x0006 00006 (generics_constraints.go:32)	PUSHQ	BP
	0x0007 00007 (generics_constraints.go:32)	MOVQ	SP, BP
	0x000a 00010 (generics_constraints.go:32)	SUBQ	$24, SP
	0x000e 00014 (generics_constraints.go:32)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (generics_constraints.go:32)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (generics_constraints.go:32)	FUNCDATA	$5, main.Set[go.shape.int].Add.arginfo1(SB)
	0x000e 00014 (generics_constraints.go:32)	FUNCDATA	$6, main.Set[go.shape.int].Add.argliveinfo(SB)
	0x000e 00014 (generics_constraints.go:32)	PCDATA	$3, $1
	0x000e 00014 (generics_constraints.go:32)	MOVQ	(BX), DX
	0x0011 00017 (generics_constraints.go:32)	MOVQ	AX, BX
	0x0014 00020 (generics_constraints.go:32)	MOVQ	DX, AX
	0x0017 00023 (generics_constraints.go:32)	PCDATA	$1, $1
	0x0017 00023 (generics_constraints.go:32)	CALL	runtime.mapassign_fast64(SB)
	0x001c 00028 (generics_constraints.go:32)	TESTB	AL, (AX)
	0x001e 00030 (generics_constraints.go:32)	ADDQ	$24, SP
	0x0022 00034 (generics_constraints.go:32)	POPQ	BP
	0x0023 00035 (generics_constraints.go:32)	RET
	0x0024 00036 (generics_constraints.go:32)	NOP
	0x0024 00036 (generics_constraints.go:32)	PCDATA	$1, $-1
	0x0024 00036 (generics_constraints.go:32)	PCDATA	$0, $-2
	0x0024 00036 (generics_constraints.go:32)	MOVQ	AX, 8(SP)
	0x0029 00041 (generics_constraints.go:32)	MOVQ	BX, 16(SP)
	0x002e 00046 (generics_constraints.go:32)	MOVQ	CX, 24(SP)
	0x0033 00051 (generics_constraints.go:32)	CALL	runtime.morestack_noctxt(SB)
	0x0038 00056 (generics_constraints.go:32)	PCDATA	$0, $-1
	0x0038 00056 (generics_constraints.go:32)	MOVQ	8(SP), AX
	0x003d 00061 (generics_constraints.go:32)	MOVQ	16(SP), BX
	0x0042 00066 (generics_constraints.go:32)	MOVQ	24(SP), CX
	0x0047 00071 (generics_constraints.go:32)	JMP	0
	0x0000 49 3b 66 10 76 1e 55 48 89 e5 48 83 ec 18 48 8b  I;f.v.UH..H...H.
	0x0010 13 48 89 c3 48 89 d0 e8 00 00 00 00 84 00 48 83  .H..H.........H.
	0x0020 c4 18 5d c3 48 89 44 24 08 48 89 5c 24 10 48 89  ..].H.D$.H.\$.H.
	0x0030 4c 24 18 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c  L$......H.D$.H.\
	0x0040 24 10 48 8b 4c 24 18 eb b7                       $.H.L$...
	rel 24+4 t=R_CALL runtime.mapassign_fast64+0
	rel 52+4 t=R_CALL runtime.morestack_noctxt+0
main.Set[int].Has STEXT dupok size=72 align=0x0 args=0x10 locals=0x20 funcid=0x17
	0x0000 00000 (generics_constraints.go:33)	TEXT	main.Set[int].Has(SB), DUPOK|WRAPPER|ABIInternal, $32-16
	0x0000 00000 (generics_constraints.go:33)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_constraints.go:33)	PCDATA	$0, $-2
	0x0004 00004 (generics_constraints.go:33)	JLS	45
	0x0006 00006 (generics_constraints.go:33)	PCDATA	$0, $-1
	0x0006 00006 (generics_constraints.go:33)	PUSHQ	BP
	0x0007 00007 (generics_constraints.go:33)	MOVQ	SP, BP
	0x000a 00010 (generics_constraints.go:33)	SUBQ	$24, SP
	0x000e 00014 (generics_constraints.go:33)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (generics_constraints.go:33)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (generics_constraints.go:33)	FUNCDATA	$5, main.Set[int].Has.arginfo1(SB)
	0x000e 00014 (generics_constraints.go:33)	FUNCDATA	$6, main.Set[int].Has.argliveinfo(SB)
	0x000e 00014 (generics_constraints.go:33)	PCDATA	$3, $1
	0x000e 00014 (generics_constraints.go:33)	LEAQ	type:main.Set[int](SB), DX
	0x0015 00021 (<unknown line number>)	NOP
	0x0015 00021 (generics_constraints.go:33)	MOVQ	BX, CX
	0x0018 00024 (generics_constraints.go:33)	MOVQ	AX, BX
	0x001b 00027 (generics_constraints.go:33)	MOVQ	DX, AX
	0x001e 00030 (generics_constraints.go:33)	PCDATA	$1, $1
	0x001e 00030 (generics_constraints.go:33)	NOP
	0x0020 00032 (generics_constraints.go:33)	CALL	runtime.mapaccess2_fast64(SB)
	0x0025 00037 (generics_constraints.go:33)	MOVL	BX, AX
	0x0027 00039 (generics_constraints.go:33)	ADDQ	$24, SP
	0x002b 00043 (generics_constraints.go:33)	POPQ	BP
	0x002c 00044 (generics_constraints.go:33)	RET
	0x002d 00045 (generics_constraints.go:33)	NOP
	0x002d 00045 (generics_constraints.go:33)	PCDATA	$1, $-1
	0x002d 00045 (generics_constraints.go:33)	PCDATA	$0, $-2
	0x002d 00045 (generics_constraints.go:33)	MOVQ	AX, 8(SP)
	0x0032 00050 (generics_constraints.go:33)	MOVQ	BX, 16(SP)
	0x0037 00055 (generics_constraints.go:33)	CALL	runtime.morestack_noctxt(SB)
	0x003c 00060 (generics_constraints.go:33)	PCDATA	$0, $-1
	0x003c 00060 (generics_constraints.go:33)	MOVQ	8(SP), AX
	0x0041 00065 (generics_constraints.go:33)	MOVQ	16(SP), BX
	0x0046 00070 (generics_constraints.go:33)	JMP	0
	0x0000 49 3b 66 10 76 27 55 48 89 e5 48 83 ec 18 48 8d  I;f.v'UH..H...H.
	0x0010 15 00 00 00 00 48 89 d9 48 89 c3 48 89 d0 66 90  .....H..H..H..f.
	0x0020 e8 00 00 00 00 89 d8 48 83 c4 18 5d c3 48 89 44  .......H...].H.D
	0x0030 24 08 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24  $.H.\$......H.D$
	0x0040 08 48 8b 5c 24 10 eb b8                          .H.\$...
	rel 2+0 t=R_USEIFACE type:main.Set[int]+0
	rel 17+4 t=R_PCREL type:main.Set[int]+0
	rel 33+4 t=R_CALL runtime.mapaccess2_fast64+0
	rel 56+4 t=R_CALL runtime.morestack_noctxt+0
main.Set[int].Add STEXT dupok size=72 align=0x0 args=0x10 locals=0x20 funcid=0x17
	0x0000 00000 (generics_constraints.go:32)	TEXT	main.Set[int].Add(SB), DUPOK|WRAPPER|ABIInternal, $32-16
	0x0000 00000 (generics_constraints.go:32)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_constraints.go:32)	PCDATA	$0, $-2
	0x0004 00004 (generics_constraints.go:32)	JLS	45
	0x0006 00006 (generics_constraints.go:32)	PCDATA	$0, $-1
	0x0006 00006 (generics_constraints.go:32)	PUSHQ	BP
	0x0007 00007 (generics_constraints.go:32)	MOVQ	SP, BP
	0x000a 00010 (generics_constraints.go:32)	SUBQ	$24, SP
	0x000e 00014 (generics_constraints.go:32)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (generics_constraints.go:32)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (generics_constraints.go:32)	FUNCDATA	$5, main.Set[int].Add.arginfo1(SB)
	0x000e 00014 (generics_constraints.go:32)	FUNCDATA	$6, main.Set[int].Add.argliveinfo(SB)
	0x000e 00014 (generics_constraints.go:32)	PCDATA	$3, $1
	0x000e 00014 (generics_constraints.go:32)	LEAQ	type:main.Set[int](SB), DX
	0x0015 00021 (<unknown line number>)	NOP
	0x0015 00021 (generics_constraints.go:32)	MOVQ	BX, CX
	0x0018 00024 (generics_constraints.go:32)	MOVQ	AX, BX
	0x001b 00027 (generics_constraints.go:32)	MOVQ	DX, AX
	0x001e 00030 (generics_constraints.go:32)	PCDATA	$1, $1
	0x001e 00030 (generics_constraints.go:32)	NOP
	0x0020 00032 (generics_constraints.go:32)	CALL	runtime.mapassign_fast64(SB)
	0x0025 00037 (generics_constraints.go:32)	TESTB	AL, (AX)
	0x0027 00039 (generics_constraints.go:32)	ADDQ	$24, SP
	0x002b 00043 (generics_constraints.go:32)	POPQ	BP
	0x002c 00044 (generics_constraints.go:32)	RET
	0x002d 00045 (generics_constraints.go:32)	NOP
	0x002d 00045 (generics_constraints.go:32)	PCDATA	$1, $-1
	0x002d 00045 (generics_constraints.go:32)	PCDATA	$0, $-2
	0x002d 00045 (generics_constraints.go:32)	MOVQ	AX, 8(SP)
	0x0032 00050 (generics_constraints.go:32)	MOVQ	BX, 16(SP)
	0x0037 00055 (generics_constraints.go:32)	CALL	runtime.morestack_noctxt(SB)
	0x003c 00060 (generics_constraints.go:32)	PCDATA	$0, $-1
	0x003c 00060 (generics_constraints.go:32)	MOVQ	8(SP), AX
	0x0041 00065 (generics_constraints.go:32)	MOVQ	16(SP), BX
	0x0046 00070 (generics_constraints.go:32)	JMP	0
	0x0000 49 3b 66 10 76 27 55 48 89 e5 48 83 ec 18 48 8d  I;f.v'UH..H...H.
	0x0010 15 00 00 00 00 48 89 d9 48 89 c3 48 89 d0 66 90  .....H..H..H..f.
	0x0020 e8 00 00 00 00 84 00 48 83 c4 18 5d c3 48 89 44  .......H...].H.D
	0x0030 24 08 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24  $.H.\$......H.D$
	0x0040 08 48 8b 5c 24 10 eb b8                          .H.\$...
	rel 2+0 t=R_USEIFACE type:main.Set[int]+0
	rel 17+4 t=R_PCREL type:main.Set[int]+0
	rel 33+4 t=R_CALL runtime.mapassign_fast64+0
	rel 56+4 t=R_CALL runtime.morestack_noctxt+0
main.Index[go.shape.int] STEXT dupok nosplit size=38 align=0x0 args=0x28 locals=0x0 funcid=0x0
	0x0000 00000 (generics_constraints.go:21)	TEXT	main.Index[go.shape.int](SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-40
	0x0000 00000 (generics_constraints.go:21)	MOVQ	BX, main.xs+16(FP)
	0x0005 00005 (generics_constraints.go:21)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0005 00005 (generics_constraints.go:21)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (generics_constraints.go:21)	FUNCDATA	$5, main.Index[go.shape.int].arginfo1(SB)
	0x0005 00005 (generics_constraints.go:21)	FUNCDATA	$6, main.Index[go.shape.int].argliveinfo(SB)
	0x0005 00005 (generics_constraints.go:21)	PCDATA	$3, $1
	0x0005 00005 (generics_constraints.go:22)	XORL	DX, DX
	0x0007 00007 (generics_constraints.go:22)	JMP	12
	0x0009 00009 (generics_constraints.go:22)	INCQ	DX
	0x000c 00012 (generics_constraints.go:22)	CMPQ	CX, DX
	0x000f 00015 (generics_constraints.go:22)	JLE	30
	0x0011 00017 (generics_constraints.go:22)	MOVQ	(BX)(DX*8), DI
	0x0015 00021 (generics_constraints.go:22)	CMPQ	DI, SI
	0x0018 00024 (generics_constraints.go:23)	JNE	9
	0x001a 00026 (generics_constraints.go:24)	MOVQ	DX, AX
	0x001d 00029 (generics_constraints.go:24)	RET
	0x001e 00030 (generics_constraints.go:27)	MOVQ	$-1, AX
	0x0025 00037 (generics_constraints.go:27)	RET
	0x0000 48 89 5c 24 10 31 d2 eb 03 48 ff c2 48 39 d1 7e  H.\$.1...H..H9.~
	0x0010 0d 48 8b 3c d3 48 39 f7 75 ef 48 89 d0 c3 48 c7  .H.<.H9.u.H...H.
	0x0020 c0 ff ff ff ff c3                                ......
main.Index[main.ID] STEXT dupok nosplit size=40 align=0x0 args=0x20 locals=0x0 funcid=0x17
	0x0000 00000 (generics_constraints.go:21)	TEXT	main.Index[main.ID](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-32
	0x0000 00000 (generics_constraints.go:21)	MOVQ	AX, main.xs+8(FP)
	0x0005 00005 (generics_constraints.go:21)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (generics_constraints.go:21)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (generics_constraints.go:21)	FUNCDATA	$5, main.Index[main.ID].arginfo1(SB)
	0x0005 00005 (generics_constraints.go:21)	FUNCDATA	$6, main.Index[main.ID].argliveinfo(SB)
	0x0005 00005 (generics_constraints.go:21)	PCDATA	$3, $1
	0x0005 00005 (<unknown line number>)	NOP
	0x0005 00005 (generics_constraints.go:21)	XCHGL	AX, AX
	0x0006 00006 (generics_constraints.go:22)	XORL	CX, CX
	0x0008 00008 (generics_constraints.go:22)	JMP	13
	0x000a 00010 (generics_constraints.go:22)	INCQ	CX
	0x000d 00013 (generics_constraints.go:22)	CMPQ	BX, CX
	0x0010 00016 (generics_constraints.go:22)	JLE	29
	0x0012 00018 (generics_constraints.go:22)	MOVQ	(AX)(CX*8), DX
	0x0016 00022 (generics_constraints.go:22)	CMPQ	DX, DI
	0x0019 00025 (generics_constraints.go:23)	JNE	10
	0x001b 00027 (generics_constraints.go:23)	JMP	36
	0x001d 00029 (generics_constraints.go:23)	MOVQ	$-1, CX
	0x0024 00036 (generics_constraints.go:21)	MOVQ	CX, AX
	0x0027 00039 (generics_constraints.go:21)	RET
	0x0000 48 89 44 24 08 90 31 c9 eb 03 48 ff c1 48 39 cb  H.D$..1...H..H9.
	0x0010 7e 0b 48 8b 14 c8 48 39 fa 75 ef eb 07 48 c7 c1  ~.H...H9.u...H..
	0x0020 ff ff ff ff 48 89 c8 c3                          ....H...
main.Index[go.shape.float64] STEXT dupok nosplit size=42 align=0x0 args=0x28 locals=0x0 funcid=0x0
	0x0000 00000 (generics_constraints.go:21)	TEXT	main.Index[go.shape.float64](SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-40
	0x0000 00000 (generics_constraints.go:21)	MOVQ	BX, main.xs+16(FP)
	0x0005 00005 (generics_constraints.go:21)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0005 00005 (generics_constraints.go:21)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (generics_constraints.go:21)	FUNCDATA	$5, main.Index[go.shape.float64].arginfo1(SB)
	0x0005 00005 (generics_constraints.go:21)	FUNCDATA	$6, main.Index[go.shape.float64].argliveinfo(SB)
	0x0005 00005 (generics_constraints.go:21)	PCDATA	$3, $1
	0x0005 00005 (generics_constraints.go:22)	XORL	DX, DX
	0x0007 00007 (generics_constraints.go:22)	JMP	12
	0x0009 00009 (generics_constraints.go:22)	INCQ	DX
	0x000c 00012 (generics_constraints.go:22)	CMPQ	CX, DX
	0x000f 00015 (generics_constraints.go:22)	JLE	34
	0x0011 00017 (generics_constraints.go:22)	MOVSD	(BX)(DX*8), X1
	0x0016 00022 (generics_constraints.go:23)	UCOMISD	X0, X1
	0x001a 00026 (generics_constraints.go:23)	JNE	9
	0x001c 00028 (generics_constraints.go:23)	JPS	9
	0x001e 00030 (generics_constraints.go:24)	MOVQ	DX, AX
	0x0021 00033 (generics_constraints.go:24)	RET
	0x0022 00034 (generics_constraints.go:27)	MOVQ	$-1, AX
	0x0029 00041 (generics_constraints.go:27)	RET
	0x0000 48 89 5c 24 10 31 d2 eb 03 48 ff c2 48 39 d1 7e  H.\$.1...H..H9.~
	0x0010 11 f2 0f 10 0c d3 66 0f 2e c8 75 ed 7a eb 48 89  ......f...u.z.H.
	0x0020 d0 c3 48 c7 c0 ff ff ff ff c3                    ..H.......
main.Index[float64] STEXT dupok nosplit size=45 align=0x0 args=0x20 locals=0x0 funcid=0x17
	0x0000 00000 (generics_constraints.go:21)	TEXT	main.Index[float64](SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-32
	0x0000 00000 (generics_constraints.go:21)	MOVQ	AX, main.xs+8(FP)
	0x0005 00005 (generics_constraints.go:21)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0005 00005 (generics_constraints.go:21)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0005 00005 (generics_constraints.go:21)	FUNCDATA	$5, main.Index[float64].arginfo1(SB)
	0x0005 00005 (generics_constraints.go:21)	FUNCDATA	$6, main.Index[float64].argliveinfo(SB)
	0x0005 00005 (generics_constraints.go:21)	PCDATA	$3, $1
	0x0005 00005 (<unknown line number>)	NOP
	0x0005 00005 (generics_constraints.go:21)	XCHGL	AX, AX
	0x0006 00006 (generics_constraints.go:22)	XORL	CX, CX
	0x0008 00008 (generics_constraints.go:22)	JMP	13
	0x000a 00010 (generics_constraints.go:22)	INCQ	CX
	0x000d 00013 (generics_constraints.go:22)	CMPQ	BX, CX
	0x0010 00016 (generics_constraints.go:22)	JLE	34
	0x0012 00018 (generics_constraints.go:22)	MOVSD	(AX)(CX*8), X1
	0x0017 00023 (generics_constraints.go:23)	UCOMISD	X0, X1
	0x001b 00027 (generics_constraints.go:23)	JNE	10
	0x001d 00029 (generics_constraints.go:23)	JPS	10
	0x001f 00031 (generics_constraints.go:23)	NOP
	0x0020 00032 (generics_constraints.go:23)	JMP	41
	0x0022 00034 (generics_constraints.go:23)	MOVQ	$-1, CX
	0x0029 00041 (generics_constraints.go:21)	MOVQ	CX, AX
	0x002c 00044 (generics_constraints.go:21)	RET
	0x0000 48 89 44 24 08 90 31 c9 eb 03 48 ff c1 48 39 cb  H.D$..1...H..H9.
	0x0010 7e 10 f2 0f 10 0c c8 66 0f 2e c8 75 ed 7a eb 90  ~......f...u.z..
	0x0020 eb 07 48 c7 c1 ff ff ff ff 48 89 c8 c3           ..H......H...
main.Index[go.shape.string] STEXT dupok size=212 align=0x0 args=0x30 locals=0x30 funcid=0x0
	0x0000 00000 (generics_constraints.go:21)	TEXT	main.Index[go.shape.string](SB), DUPOK|ABIInternal, $48-48
	0x0000 00000 (generics_constraints.go:21)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_constraints.go:21)	PCDATA	$0, $-2
	0x0004 00004 (generics_constraints.go:21)	JLS	142
	0x000a 00010 (generics_constraints.go:21)	PCDATA	$0, $-1
	0x000a 00010 (generics_constraints.go:21)	PUSHQ	BP
	0x000b 00011 (generics_constraints.go:21)	MOVQ	SP, BP
	0x000e 00014 (generics_constraints.go:21)	SUBQ	$40, SP
	0x0012 00018 (generics_constraints.go:21)	MOVQ	BX, main.xs+64(FP)
	0x0017 00023 (generics_constraints.go:21)	FUNCDATA	$0, gclocals·B8HbU7Eg9fqtpXmIbLjHnQ==(SB)
	0x0017 00023 (generics_constraints.go:21)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x0017 00023 (generics_constraints.go:21)	FUNCDATA	$5, main.Index[go.shape.string].arginfo1(SB)
	0x0017 00023 (generics_constraints.go:21)	FUNCDATA	$6, main.Index[go.shape.string].argliveinfo(SB)
	0x0017 00023 (generics_constraints.go:21)	PCDATA	$3, $1
	0x0017 00023 (generics_constraints.go:22)	MOVQ	R8, main.v+96(SP)
	0x001c 00028 (generics_constraints.go:22)	MOVQ	SI, main.v+88(SP)
	0x0021 00033 (generics_constraints.go:22)	MOVQ	CX, main.xs+72(SP)
	0x0026 00038 (generics_constraints.go:22)	PCDATA	$3, $2
	0x0026 00038 (generics_constraints.go:22)	XORL	DX, DX
	0x0028 00040 (generics_constraints.go:22)	JMP	49
	0x002a 00042 (generics_constraints.go:22)	ADDQ	$16, BX
	0x002e 00046 (generics_constraints.go:22)	INCQ	DX
	0x0031 00049 (generics_constraints.go:22)	CMPQ	CX, DX
	0x0034 00052 (generics_constraints.go:22)	JLE	129
	0x0036 00054 (generics_constraints.go:22)	MOVQ	8(BX), DI
	0x003a 00058 (generics_constraints.go:23)	CMPQ	R8, DI
	0x003d 00061 (generics_constraints.go:23)	JNE	42
	0x003f 00063 (generics_constraints.go:22)	MOVQ	DX, main.i+24(SP)
	0x0044 00068 (generics_constraints.go:22)	MOVQ	BX, main..autotmp_13+32(SP)
	0x0049 00073 (generics_constraints.go:22)	MOVQ	(BX), AX
	0x004c 00076 (generics_constraints.go:23)	MOVQ	SI, BX
	0x004f 00079 (generics_constraints.go:23)	MOVQ	DI, CX
	0x0052 00082 (generics_constraints.go:23)	PCDATA	$1, $1
	0x0052 00082 (generics_constraints.go:23)	CALL	runtime.memequal(SB)
	0x0057 00087 (generics_constraints.go:23)	TESTB	AL, AL
	0x0059 00089 (generics_constraints.go:23)	JNE	118
	0x005b 00091 (generics_constraints.go:22)	MOVQ	main.xs+72(SP), CX
	0x0060 00096 (generics_constraints.go:22)	MOVQ	main.i+24(SP), DX
	0x0065 00101 (generics_constraints.go:22)	MOVQ	main..autotmp_13+32(SP), BX
	0x006a 00106 (generics_constraints.go:23)	MOVQ	main.v+88(SP), SI
	0x006f 00111 (generics_constraints.go:23)	MOVQ	main.v+96(SP), R8
	0x0074 00116 (generics_constraints.go:23)	JMP	42
	0x0076 00118 (generics_constraints.go:24)	MOVQ	main.i+24(SP), AX
	0x007b 00123 (generics_constraints.go:24)	ADDQ	$40, SP
	0x007f 00127 (generics_constraints.go:24)	POPQ	BP
	0x0080 00128 (generics_constraints.go:24)	RET
	0x0081 00129 (generics_constraints.go:27)	MOVQ	$-1, AX
	0x0088 00136 (generics_constraints.go:27)	ADDQ	$40, SP
	0x008c 00140 (generics_constraints.go:27)	POPQ	BP
	0x008d 00141 (generics_constraints.go:27)	RET
	0x008e 00142 (generics_constraints.go:27)	NOP
	0x008e 00142 (generics_constraints.go:21)	PCDATA	$1, $-1
	0x008e 00142 (generics_constraints.go:21)	PCDATA	$0, $-2
	0x008e 00142 (generics_constraints.go:21)	MOVQ	AX, 8(SP)
	0x0093 00147 (generics_constraints.go:21)	MOVQ	BX, 16(SP)
	0x0098 00152 (generics_constraints.go:21)	MOVQ	CX, 24(SP)
	0x009d 00157 (generics_constraints.go:21)	MOVQ	DI, 32(SP)
	0x00a2 00162 (generics_constraints.go:21)	MOVQ	SI, 40(SP)
	0x00a7 00167 (generics_constraints.go:21)	MOVQ	R8, 48(SP)
	0x00ac 00172 (generics_constraints.go:21)	CALL	runtime.morestack_noctxt(SB)
	0x00b1 00177 (generics_constraints.go:21)	PCDATA	$0, $-1
	0x00b1 00177 (generics_constraints.go:21)	MOVQ	8(SP), AX
	0x00b6 00182 (generics_constraints.go:21)	MOVQ	16(SP), BX
	0x00bb 00187 (generics_constraints.go:21)	MOVQ	24(SP), CX
	0x00c0 00192 (generics_constraints.go:21)	MOVQ	32(SP), DI
	0x00c5 00197 (generics_constraints.go:21)	MOVQ	40(SP), SI
	0x00ca 00202 (generics_constraints.go:21)	MOVQ	48(SP), R8
	0x00cf 00207 (generics_constraints.go:21)	JMP	0
	0x0000 49 3b 66 10 0f 86 84 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 28 48 89 5c 24 40 4c 89 44 24 60 48 89 74 24  .(H.\$@L.D$`H.t$
	0x0020 58 48 89 4c 24 48 31 d2 eb 07 48 83 c3 10 48 ff  XH.L$H1...H...H.
	0x0030 c2 48 39 d1 7e 4b 48 8b 7b 08 49 39 f8 75 eb 48  .H9.~KH.{.I9.u.H
	0x0040 89 54 24 18 48 89 5c 24 20 48 8b 03 48 89 f3 48  .T$.H.\$ H..H..H
	0x0050 89 f9 e8 00 00 00 00 84 c0 75 1b 48 8b 4c 24 48  .........u.H.L$H
	0x0060 48 8b 54 24 18 48 8b 5c 24 20 48 8b 74 24 58 4c  H.T$.H.\$ H.t$XL
	0x0070 8b 44 24 60 eb b4 48 8b 44 24 18 48 83 c4 28 5d  .D$`..H.D$.H..(]
	0x0080 c3 48 c7 c0 ff ff ff ff 48 83 c4 28 5d c3 48 89  .H......H..(].H.
	0x0090 44 24 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c  D$.H.\$.H.L$.H.|
	0x00a0 24 20 48 89 74 24 28 4c 89 44 24 30 e8 00 00 00  $ H.t$(L.D$0....
	0x00b0 00 48 8b 44 24 08 48 8b 5c 24 10 48 8b 4c 24 18  .H.D$.H.\$.H.L$.
	0x00c0 48 8b 7c 24 20 48 8b 74 24 28 4c 8b 44 24 30 e9  H.|$ H.t$(L.D$0.
	0x00d0 2c ff ff ff                                      ,...
	rel 83+4 t=R_CALL runtime.memequal+0
	rel 173+4 t=R_CALL runtime.morestack_noctxt+0
main.Index[string] STEXT dupok size=197 align=0x0 args=0x28 locals=0x30 funcid=0x17
	0x0000 00000 (generics_constraints.go:21)	TEXT	main.Index[string](SB), DUPOK|WRAPPER|ABIInternal, $48-40
	0x0000 00000 (generics_constraints.go:21)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_constraints.go:21)	PCDATA	$0, $-2
	0x0004 00004 (generics_constraints.go:21)	JLS	131
	0x0006 00006 (generics_constraints.go:21)	PCDATA	$0, $-1
	0x0006 00006 (generics_constraints.go:21)	PUSHQ	BP
	0x0007 00007 (generics_constraints.go:21)	MOVQ	SP, BP
	0x000a 00010 (generics_constraints.go:21)	SUBQ	$40, SP
	0x000e 00014 (generics_constraints.go:21)	MOVQ	AX, main.xs+56(FP)
	0x0013 00019 (generics_constraints.go:21)	FUNCDATA	$0, gclocals·R1skkzq7HdXS0/+tXZdW+A==(SB)
	0x0013 00019 (generics_constraints.go:21)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x0013 00019 (generics_constraints.go:21)	FUNCDATA	$5, main.Index[string].arginfo1(SB)
	0x0013 00019 (generics_constraints.go:21)	FUNCDATA	$6, main.Index[string].argliveinfo(SB)
	0x0013 00019 (generics_constraints.go:21)	PCDATA	$3, $1
	0x0013 00019 (generics_constraints.go:22)	MOVQ	SI, main.v+88(SP)
	0x0018 00024 (generics_constraints.go:22)	MOVQ	DI, main.v+80(SP)
	0x001d 00029 (generics_constraints.go:22)	MOVQ	BX, main.xs+64(SP)
	0x0022 00034 (generics_constraints.go:22)	PCDATA	$3, $2
	0x0022 00034 (<unknown line number>)	NOP
	0x0022 00034 (generics_constraints.go:22)	XORL	DX, DX
	0x0024 00036 (generics_constraints.go:22)	JMP	45
	0x0026 00038 (generics_constraints.go:22)	ADDQ	$16, AX
	0x002a 00042 (generics_constraints.go:22)	INCQ	DX
	0x002d 00045 (generics_constraints.go:22)	CMPQ	BX, DX
	0x0030 00048 (generics_constraints.go:22)	JLE	118
	0x0032 00050 (generics_constraints.go:22)	MOVQ	8(AX), CX
	0x0036 00054 (generics_constraints.go:23)	CMPQ	SI, CX
	0x0039 00057 (generics_constraints.go:23)	JNE	38
	0x003b 00059 (generics_constraints.go:22)	MOVQ	DX, main.~r0+24(SP)
	0x0040 00064 (generics_constraints.go:22)	MOVQ	AX, main..autotmp_21+32(SP)
	0x0045 00069 (generics_constraints.go:22)	MOVQ	(AX), AX
	0x0048 00072 (generics_constraints.go:23)	MOVQ	DI, BX
	0x004b 00075 (generics_constraints.go:23)	PCDATA	$1, $1
	0x004b 00075 (generics_constraints.go:23)	CALL	runtime.memequal(SB)
	0x0050 00080 (generics_constraints.go:23)	TESTB	AL, AL
	0x0052 00082 (generics_constraints.go:23)	JNE	111
	0x0054 00084 (generics_constraints.go:22)	MOVQ	main..autotmp_21+32(SP), AX
	0x0059 00089 (generics_constraints.go:22)	MOVQ	main.~r0+24(SP), DX
	0x005e 00094 (generics_constraints.go:22)	MOVQ	main.xs+64(SP), BX
	0x0063 00099 (generics_constraints.go:23)	MOVQ	main.v+88(SP), SI
	0x0068 00104 (generics_constraints.go:23)	MOVQ	main.v+80(SP), DI
	0x006d 00109 (generics_constraints.go:23)	JMP	38
	0x006f 00111 (generics_constraints.go:21)	MOVQ	main.~r0+24(SP), AX
	0x0074 00116 (generics_constraints.go:21)	JMP	125
	0x0076 00118 (generics_constraints.go:21)	MOVQ	$-1, AX
	0x007d 00125 (generics_constraints.go:21)	ADDQ	$40, SP
	0x0081 00129 (generics_constraints.go:21)	POPQ	BP
	0x0082 00130 (generics_constraints.go:21)	RET
	0x0083 00131 (generics_constraints.go:21)	NOP
	0x0083 00131 (generics_constraints.go:21)	PCDATA	$1, $-1
	0x0083 00131 (generics_constraints.go:21)	PCDATA	$0, $-2
	0x0083 00131 (generics_constraints.go:21)	MOVQ	AX, 8(SP)
	0x0088 00136 (generics_constraints.go:21)	MOVQ	BX, 16(SP)
	0x008d 00141 (generics_constraints.go:21)	MOVQ	CX, 24(SP)
	0x0092 00146 (generics_constraints.go:21)	MOVQ	DI, 32(SP)
	0x0097 00151 (generics_constraints.go:21)	MOVQ	SI, 40(SP)
	0x009c 00156 (generics_constraints.go:21)	NOP
	0x00a0 00160 (generics_constraints.go:21)	CALL	runtime.morestack_noctxt(SB)
	0x00a5 00165 (generics_constraints.go:21)	PCDATA	$0, $-1
	0x00a5 00165 (generics_constraints.go:21)	MOVQ	8(SP), AX
	0x00aa 00170 (generics_constraints.go:21)	MOVQ	16(SP), BX
	0x00af 00175 (generics_constraints.go:21)	MOVQ	24(SP), CX
	0x00b4 00180 (generics_constraints.go:21)	MOVQ	32(SP), DI
	0x00b9 00185 (generics_constraints.go:21)	MOVQ	40(SP), SI
	0x00be 00190 (generics_constraints.go:21)	NOP
	0x00c0 00192 (generics_constraints.go:21)	JMP	0
	0x0000 49 3b 66 10 76 7d 55 48 89 e5 48 83 ec 28 48 89  I;f.v}UH..H..(H.
	0x0010 44 24 38 48 89 74 24 58 48 89 7c 24 50 48 89 5c  D$8H.t$XH.|$PH.\
	0x0020 24 40 31 d2 eb 07 48 83 c0 10 48 ff c2 48 39 d3  $@1...H...H..H9.
	0x0030 7e 44 48 8b 48 08 48 39 ce 75 eb 48 89 54 24 18  ~DH.H.H9.u.H.T$.
	0x0040 48 89 44 24 20 48 8b 00 48 89 fb e8 00 00 00 00  H.D$ H..H.......
	0x0050 84 c0 75 1b 48 8b 44 24 20 48 8b 54 24 18 48 8b  ..u.H.D$ H.T$.H.
	0x0060 5c 24 40 48 8b 74 24 58 48 8b 7c 24 50 eb b7 48  \$@H.t$XH.|$P..H
	0x0070 8b 44 24 18 eb 07 48 c7 c0 ff ff ff ff 48 83 c4  .D$...H......H..
	0x0080 28 5d c3 48 89 44 24 08 48 89 5c 24 10 48 89 4c  (].H.D$.H.\$.H.L
	0x0090 24 18 48 89 7c 24 20 48 89 74 24 28 0f 1f 40 00  $.H.|$ H.t$(..@.
	0x00a0 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48  .....H.D$.H.\$.H
	0x00b0 8b 4c 24 18 48 8b 7c 24 20 48 8b 74 24 28 66 90  .L$.H.|$ H.t$(f.
	0x00c0 e9 3b ff ff ff                                   .;...
	rel 76+4 t=R_CALL runtime.memequal+0
	rel 161+4 t=R_CALL runtime.morestack_noctxt+0
main.Join[go.shape.int] STEXT dupok size=296 align=0x0 args=0x30 locals=0x50 funcid=0x0
	0x0000 00000 (generics_constraints.go:10)	TEXT	main.Join[go.shape.int](SB), DUPOK|ABIInternal, $80-48
	0x0000 00000 (generics_constraints.go:10)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_constraints.go:10)	PCDATA	$0, $-2
	0x0004 00004 (generics_constraints.go:10)	JLS	222
	0x000a 00010 (generics_constraints.go:10)	PCDATA	$0, $-1
	0x000a 00010 (generics_constraints.go:10)	PUSHQ	BP
	0x000b 00011 (generics_constraints.go:10)	MOVQ	SP, BP
	0x000e 00014 (generics_constraints.go:10)	SUBQ	$72, SP
	0x0012 00018 (generics_constraints.go:10)	FUNCDATA	$0, gclocals·4yYZh4T1ccm5P1SxLIsstQ==(SB)
	0x0012 00018 (generics_constraints.go:10)	FUNCDATA	$1, gclocals·Vi90HuirP9VPo7whN2aauw==(SB)
	0x0012 00018 (generics_constraints.go:10)	FUNCDATA	$5, main.Join[go.shape.int].arginfo1(SB)
	0x0012 00018 (generics_constraints.go:10)	FUNCDATA	$6, main.Join[go.shape.int].argliveinfo(SB)
	0x0012 00018 (generics_constraints.go:10)	PCDATA	$3, $1
	0x0012 00018 (generics_constraints.go:12)	MOVQ	AX, main..dict+88(SP)
	0x0017 00023 (generics_constraints.go:12)	MOVQ	CX, main.xs+104(SP)
	0x001c 00028 (generics_constraints.go:12)	MOVQ	R8, main.sep+128(SP)
	0x0024 00036 (generics_constraints.go:12)	MOVQ	SI, main.sep+120(SP)
	0x0029 00041 (generics_constraints.go:12)	MOVQ	BX, main.xs+96(SP)
	0x002e 00046 (generics_constraints.go:12)	PCDATA	$3, $2
	0x002e 00046 (generics_constraints.go:12)	XORL	DX, DX
	0x0030 00048 (generics_constraints.go:12)	XORL	DI, DI
	0x0032 00050 (generics_constraints.go:12)	XORL	R9, R9
	0x0035 00053 (generics_constraints.go:12)	JMP	143
	0x0037 00055 (generics_constraints.go:16)	MOVQ	R9, main.s.ptr+64(SP)
	0x003c 00060 (generics_constraints.go:16)	MOVQ	DI, main.s.len+48(SP)
	0x0041 00065 (generics_constraints.go:16)	MOVQ	(AX), CX
	0x0044 00068 (generics_constraints.go:16)	MOVQ	AX, DX
	0x0047 00071 (generics_constraints.go:16)	MOVQ	R10, AX
	0x004a 00074 (generics_constraints.go:16)	PCDATA	$1, $1
	0x004a 00074 (generics_constraints.go:16)	CALL	CX
	0x004c 00076 (generics_constraints.go:16)	MOVQ	main.s.len+48(SP), CX
	0x0051 00081 (generics_constraints.go:16)	MOVQ	AX, DI
	0x0054 00084 (generics_constraints.go:16)	MOVQ	BX, SI
	0x0057 00087 (generics_constraints.go:16)	XORL	AX, AX
	0x0059 00089 (generics_constraints.go:16)	MOVQ	main.s.ptr+64(SP), BX
	0x005e 00094 (generics_constraints.go:16)	PCDATA	$1, $0
	0x005e 00094 (generics_constraints.go:16)	NOP
	0x0060 00096 (generics_constraints.go:16)	CALL	runtime.concatstring2(SB)
	0x0065 00101 (generics_constraints.go:12)	MOVQ	main.i+56(SP), DX
	0x006a 00106 (generics_constraints.go:12)	INCQ	DX
	0x006d 00109 (generics_constraints.go:12)	MOVQ	main.xs+104(SP), CX
	0x0072 00114 (generics_constraints.go:14)	MOVQ	main.sep+120(SP), SI
	0x0077 00119 (generics_constraints.go:14)	MOVQ	main.sep+128(SP), R8
	0x007f 00127 (generics_constraints.go:12)	MOVQ	BX, DI
	0x0082 00130 (generics_constraints.go:12)	MOVQ	AX, R9
	0x0085 00133 (generics_constraints.go:16)	MOVQ	main..dict+88(SP), AX
	0x008a 00138 (generics_constraints.go:12)	MOVQ	main.xs+96(SP), BX
	0x008f 00143 (generics_constraints.go:12)	CMPQ	CX, DX
	0x0092 00146 (generics_constraints.go:12)	JLE	210
	0x0094 00148 (generics_constraints.go:12)	MOVQ	DX, main.i+56(SP)
	0x0099 00153 (generics_constraints.go:12)	MOVQ	(BX)(DX*8), R10
	0x009d 00157 (generics_constraints.go:12)	NOP
	0x00a0 00160 (generics_constraints.go:13)	TESTQ	DX, DX
	0x00a3 00163 (generics_constraints.go:13)	JLE	55
	0x00a5 00165 (generics_constraints.go:12)	MOVQ	R10, main.x+40(SP)
	0x00aa 00170 (generics_constraints.go:14)	XORL	AX, AX
	0x00ac 00172 (generics_constraints.go:14)	MOVQ	R9, BX
	0x00af 00175 (generics_constraints.go:14)	MOVQ	DI, CX
	0x00b2 00178 (generics_constraints.go:14)	MOVQ	SI, DI
	0x00b5 00181 (generics_constraints.go:14)	MOVQ	R8, SI
	0x00b8 00184 (generics_constraints.go:14)	CALL	runtime.concatstring2(SB)
	0x00bd 00189 (generics_constraints.go:16)	MOVQ	main.x+40(SP), R10
	0x00c2 00194 (generics_constraints.go:16)	MOVQ	BX, DI
	0x00c5 00197 (generics_constraints.go:16)	MOVQ	AX, R9
	0x00c8 00200 (generics_constraints.go:16)	MOVQ	main..dict+88(SP), AX
	0x00cd 00205 (generics_constraints.go:14)	JMP	55
	0x00d2 00210 (generics_constraints.go:18)	MOVQ	R9, AX
	0x00d5 00213 (generics_constraints.go:18)	MOVQ	DI, BX
	0x00d8 00216 (generics_constraints.go:18)	ADDQ	$72, SP
	0x00dc 00220 (generics_constraints.go:18)	POPQ	BP
	0x00dd 00221 (generics_constraints.go:18)	RET
	0x00de 00222 (generics_constraints.go:18)	NOP
	0x00de 00222 (generics_constraints.go:10)	PCDATA	$1, $-1
	0x00de 00222 (generics_constraints.go:10)	PCDATA	$0, $-2
	0x00de 00222 (generics_constraints.go:10)	MOVQ	AX, 8(SP)
	0x00e3 00227 (generics_constraints.go:10)	MOVQ	BX, 16(SP)
	0x00e8 00232 (generics_constraints.go:10)	MOVQ	CX, 24(SP)
	0x00ed 00237 (generics_constraints.go:10)	MOVQ	DI, 32(SP)
	0x00f2 00242 (generics_constraints.go:10)	MOVQ	SI, 40(SP)
	0x00f7 00247 (generics_constraints.go:10)	MOVQ	R8, 48(SP)
	0x00fc 00252 (generics_constraints.go:10)	NOP
	0x0100 00256 (generics_constraints.go:10)	CALL	runtime.morestack_noctxt(SB)
	0x0105 00261 (generics_constraints.go:10)	PCDATA	$0, $-1
	0x0105 00261 (generics_constraints.go:10)	MOVQ	8(SP), AX
	0x010a 00266 (generics_constraints.go:10)	MOVQ	16(SP), BX
	0x010f 00271 (generics_constraints.go:10)	MOVQ	24(SP), CX
	0x0114 00276 (generics_constraints.go:10)	MOVQ	32(SP), DI
	0x0119 00281 (generics_constraints.go:10)	MOVQ	40(SP), SI
	0x011e 00286 (generics_constraints.go:10)	MOVQ	48(SP), R8
	0x0123 00291 (generics_constraints.go:10)	JMP	0
	0x0000 49 3b 66 10 0f 86 d4 00 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 48 48 89 44 24 58 48 89 4c 24 68 4c 89 84 24  .HH.D$XH.L$hL..$
	0x0020 80 00 00 00 48 89 74 24 78 48 89 5c 24 60 31 d2  ....H.t$xH.\$`1.
	0x0030 31 ff 45 31 c9 eb 58 4c 89 4c 24 40 48 89 7c 24  1.E1..XL.L$@H.|$
	0x0040 30 48 8b 08 48 89 c2 4c 89 d0 ff d1 48 8b 4c 24  0H..H..L....H.L$
	0x0050 30 48 89 c7 48 89 de 31 c0 48 8b 5c 24 40 66 90  0H..H..1.H.\$@f.
	0x0060 e8 00 00 00 00 48 8b 54 24 38 48 ff c2 48 8b 4c  .....H.T$8H..H.L
	0x0070 24 68 48 8b 74 24 78 4c 8b 84 24 80 00 00 00 48  $hH.t$xL..$....H
	0x0080 89 df 49 89 c1 48 8b 44 24 58 48 8b 5c 24 60 48  ..I..H.D$XH.\$`H
	0x0090 39 d1 7e 3e 48 89 54 24 38 4c 8b 14 d3 0f 1f 00  9.~>H.T$8L......
	0x00a0 48 85 d2 7e 92 4c 89 54 24 28 31 c0 4c 89 cb 48  H..~.L.T$(1.L..H
	0x00b0 89 f9 48 89 f7 4c 89 c6 e8 00 00 00 00 4c 8b 54  ..H..L.......L.T
	0x00c0 24 28 48 89 df 49 89 c1 48 8b 44 24 58 e9 65 ff  $(H..I..H.D$X.e.
	0x00d0 ff ff 4c 89 c8 48 89 fb 48 83 c4 48 5d c3 48 89  ..L..H..H..H].H.
	0x00e0 44 24 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c  D$.H.\$.H.L$.H.|
	0x00f0 24 20 48 89 74 24 28 4c 89 44 24 30 0f 1f 40 00  $ H.t$(L.D$0..@.
	0x0100 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 48  .....H.D$.H.\$.H
	0x0110 8b 4c 24 18 48 8b 7c 24 20 48 8b 74 24 28 4c 8b  .L$.H.|$ H.t$(L.
	0x0120 44 24 30 e9 d8 fe ff ff                          D$0.....
	rel 74+0 t=R_CALLIND +0
	rel 97+4 t=R_CALL runtime.concatstring2+0
	rel 185+4 t=R_CALL runtime.concatstring2+0
	rel 257+4 t=R_CALL runtime.morestack_noctxt+0
main.Join[main.ID] STEXT dupok size=114 align=0x0 args=0x28 locals=0x38 funcid=0x17
	0x0000 00000 (generics_constraints.go:10)	TEXT	main.Join[main.ID](SB), DUPOK|WRAPPER|ABIInternal, $56-40
	0x0000 00000 (generics_constraints.go:10)	CMPQ	SP, 16(R14)
	0x0004 00004 (generics_constraints.go:10)	PCDATA	$0, $-2
	0x0004 00004 (generics_constraints.go:10)	JLS	57
	0x0006 00006 (generics_constraints.go:10)	PCDATA	$0, $-1
	0x0006 00006 (generics_constraints.go:10)	PUSHQ	BP
	0x0007 00007 (generics_constraints.go:10)	MOVQ	SP, BP
	0x000a 00010 (generics_constraints.go:10)	SUBQ	$48, SP
	0x000e 00014 (generics_constraints.go:10)	MOVQ	AX, main.xs+64(FP)
	0x0013 00019 (generics_constraints.go:10)	MOVQ	DI, main.sep+88(FP)
	0x0018 00024 (generics_constraints.go:10)	FUNCDATA	$0, gclocals·cC5rNmVCHyCv6uELS7ccGw==(SB)
	0x0018 00024 (generics_constraints.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (generics_constraints.go:10)	FUNCDATA	$5, main.Join[main.ID].arginfo1(SB)
	0x0018 00024 (generics_constraints.go:10)	FUNCDATA	$6, main.Join[main.ID].argliveinfo(SB)
	0x0018 00024 (generics_constraints.go:10)	PCDATA	$3, $1
	0x0018 00024 (generics_constraints.go:10)	MOVQ	SI, R8
	0x001b 00027 (generics_constraints.go:10)	MOVQ	DI, SI
	0x001e 00030 (generics_constraints.go:10)	MOVQ	CX, DI
	0x0021 00033 (generics_constraints.go:10)	MOVQ	BX, CX
	0x0024 00036 (generics_constraints.go:10)	MOVQ	AX, BX
	0x0027 00039 (generics_constraints.go:10)	LEAQ	main..dict.Join[main.ID](SB), AX
	0x002e 00046 (generics_constraints.go:10)	PCDATA	$1, $1
	0x002e 00046 (generics_constraints.go:10)	CALL	main.Join[go.shape.int](SB)
	0x0033 00051 (generics_constraints.go:10)	ADDQ	$48, SP
	0x0037 00055 (generics_constraints.go:10)	POPQ	BP
	0x0038 00056 (generics_constraints.go:10)	RET
	0x0039 00057 (generics_constraints.go:10)	NOP
	0x0039 00057 (generics_constraints.go:10)	PCDATA	$1, $-1
	0x0039 00057 (generics_constraints.go:10)	PCDATA	$0, $-2
	0x0039 00057 (generics_constraints.go:10)	MOVQ	AX, 8(SP)
	0x003e 00062 (generics_constraints.go:10)	MOVQ	BX, 16(SP)
	0x0043 00067 (generics_constraints.go:10)	MOVQ	CX, 24(SP)
	0x0048 00072 (generics_constraints.go:10)	MOVQ	DI, 32(SP)
	0x004d 00077 (generics_constraints.go:10)	MOVQ	SI, 40(SP)
	0x0052 00082 (generics_constraints.go:10)	CALL	runtime.morestack_noctxt(SB)
	0x0057 00087 (generics_constraints.go:10)	PCDATA	$0, $-1
	0x0057 00087 (generics_constraints.go:10)	MOVQ	8(SP), AX
	0x005c 00092 (generics_constraints.go:10)	MOVQ	16(SP), BX
	0x0061 00097 (generics_constraints.go:10)	MOVQ	24(SP), CX
	0x0066 00102 (generics_constraints.go:10)	MOVQ	32(SP), DI
	0x006b 00107 (generics_constraints.go:10)	MOVQ	40(SP), SI
	0x0070 00112 (generics_constraints.go:10)	JMP	0
	0x0000 49 3b 66 10 76 33 55 48 89 e5 48 83 ec 30 48 89  I;f.v3UH..H..0H.
	0x0010 44 24 40 48 89 7c 24 58 49 89 f0 48 89 fe 48 89  D$@H.|$XI..H..H.
	0x0020 cf 48 89 d9 48 89 c3 48 8d 05 00 00 00 00 e8 00  .H..H..H........
	0x0030 00 00 00 48 83 c4 30 5d c3 48 89 44 24 08 48 89  ...H..0].H.D$.H.
	0x0040 5c 24 10 48 89 4c 24 18 48 89 7c 24 20 48 89 74  \$.H.L$.H.|$ H.t
	0x0050 24 28 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24  $(.....H.D$.H.\$
	0x0060 10 48 8b 4c 24 18 48 8b 7c 24 20 48 8b 74 24 28  .H.L$.H.|$ H.t$(
	0x0070 eb 8e                                            ..
	rel 42+4 t=R_PCREL main..dict.Join[main.ID]+0
	rel 47+4 t=R_CALL main.Join[go.shape.int]+0
	rel 83+4 t=R_CALL runtime.morestack_noctxt+0
main.Stringer.String STEXT dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Stringer.String(SB), DUPOK|WRAPPER|ABIInternal, $16-16
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
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Stringer.String.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Stringer.String.argliveinfo(SB)
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
	rel 2+0 t=R_USEIFACEMETHOD type:main.Stringer+96
	rel 32+0 t=R_CALLIND +0
	rel 51+4 t=R_CALL runtime.morestack_noctxt+0
main.(*ID).String STEXT dupok size=98 align=0x0 args=0x8 locals=0x38 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*ID).String(SB), DUPOK|WRAPPER|ABIInternal, $56-8
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	81
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$48, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*ID).String.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*ID).String.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	TESTQ	AX, AX
	0x0011 00017 (<autogenerated>:1)	JEQ	75
	0x0013 00019 (<autogenerated>:1)	MOVQ	(AX), CX
	0x0016 00022 (generics_constraints.go:8)	ADDQ	$48, CX
	0x001a 00026 (generics_constraints.go:8)	MOVLQSX	CX, BX
	0x001d 00029 (<unknown line number>)	NOP
	0x001d 00029 (generics_constraints.go:8)	LEAQ	main..autotmp_4+44(SP), AX
	0x0022 00034 (generics_constraints.go:8)	PCDATA	$1, $1
	0x0022 00034 (generics_constraints.go:8)	CALL	runtime.intstring(SB)
	0x0027 00039 (generics_constraints.go:8)	MOVL	$1, CX
	0x002c 00044 (generics_constraints.go:8)	MOVQ	AX, DI
	0x002f 00047 (generics_constraints.go:8)	MOVQ	BX, SI
	0x0032 00050 (generics_constraints.go:8)	XORL	AX, AX
	0x0034 00052 (generics_constraints.go:8)	LEAQ	go:string."#"(SB), BX
	0x003b 00059 (generics_constraints.go:8)	NOP
	0x0040 00064 (generics_constraints.go:8)	CALL	runtime.concatstring2(SB)
	0x0045 00069 (<autogenerated>:1)	ADDQ	$48, SP
	0x0049 00073 (<autogenerated>:1)	POPQ	BP
	0x004a 00074 (<autogenerated>:1)	RET
	0x004b 00075 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0050 00080 (<autogenerated>:1)	XCHGL	AX, AX
	0x0051 00081 (<autogenerated>:1)	NOP
	0x0051 00081 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0051 00081 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0051 00081 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0056 00086 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x005b 00091 (<autogenerated>:1)	PCDATA	$0, $-1
	0x005b 00091 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0060 00096 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 4b 55 48 89 e5 48 83 ec 30 48 85  I;f.vKUH..H..0H.
	0x0010 c0 74 38 48 8b 08 48 83 c1 30 48 63 d9 48 8d 44  .t8H..H..0Hc.H.D
	0x0020 24 2c e8 00 00 00 00 b9 01 00 00 00 48 89 c7 48  $,..........H..H
	0x0030 89 de 31 c0 48 8d 1d 00 00 00 00 0f 1f 44 00 00  ..1.H........D..
	0x0040 e8 00 00 00 00 48 83 c4 30 5d c3 e8 00 00 00 00  .....H..0]......
	0x0050 90 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08  .H.D$......H.D$.
	0x0060 eb 9e                                            ..
	rel 35+4 t=R_CALL runtime.intstring+0
	rel 55+4 t=R_PCREL go:string."#"+0
	rel 65+4 t=R_CALL runtime.concatstring2+0
	rel 76+4 t=R_CALL runtime.panicwrap+0
	rel 87+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Set[int]).Add STEXT dupok size=81 align=0x0 args=0x10 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Set[int]).Add(SB), DUPOK|WRAPPER|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	54
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Set[int]).Add.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Set[int]).Add.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	TESTQ	AX, AX
	0x0011 00017 (<autogenerated>:1)	JEQ	48
	0x0013 00019 (<autogenerated>:1)	MOVQ	(AX), DX
	0x0016 00022 (generics_constraints.go:32)	LEAQ	type:main.Set[int](SB), AX
	0x001d 00029 (<unknown line number>)	NOP
	0x001d 00029 (generics_constraints.go:32)	MOVQ	BX, CX
	0x0020 00032 (generics_constraints.go:32)	MOVQ	DX, BX
	0x0023 00035 (generics_constraints.go:32)	PCDATA	$1, $1
	0x0023 00035 (generics_constraints.go:32)	CALL	runtime.mapassign_fast64(SB)
	0x0028 00040 (generics_constraints.go:32)	TESTB	AL, (AX)
	0x002a 00042 (<autogenerated>:1)	ADDQ	$24, SP
	0x002e 00046 (<autogenerated>:1)	POPQ	BP
	0x002f 00047 (<autogenerated>:1)	RET
	0x0030 00048 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0035 00053 (<autogenerated>:1)	XCHGL	AX, AX
	0x0036 00054 (<autogenerated>:1)	NOP
	0x0036 00054 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0036 00054 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0036 00054 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x003b 00059 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0040 00064 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0045 00069 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0045 00069 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004a 00074 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x004f 00079 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 30 55 48 89 e5 48 83 ec 18 48 85  I;f.v0UH..H...H.
	0x0010 c0 74 1d 48 8b 10 48 8d 05 00 00 00 00 48 89 d9  .t.H..H......H..
	0x0020 48 89 d3 e8 00 00 00 00 84 00 48 83 c4 18 5d c3  H.........H...].
	0x0030 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c 24 10  ......H.D$.H.\$.
	0x0040 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 eb  .....H.D$.H.\$..
	0x0050 af                                               .
	rel 2+0 t=R_USEIFACE type:main.Set[int]+0
	rel 25+4 t=R_PCREL type:main.Set[int]+0
	rel 36+4 t=R_CALL runtime.mapassign_fast64+0
	rel 49+4 t=R_CALL runtime.panicwrap+0
	rel 65+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Set[int]).Has STEXT dupok size=81 align=0x0 args=0x10 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Set[int]).Has(SB), DUPOK|WRAPPER|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	54
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Set[int]).Has.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Set[int]).Has.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	TESTQ	AX, AX
	0x0011 00017 (<autogenerated>:1)	JEQ	48
	0x0013 00019 (<autogenerated>:1)	MOVQ	(AX), DX
	0x0016 00022 (generics_constraints.go:33)	LEAQ	type:main.Set[int](SB), AX
	0x001d 00029 (<unknown line number>)	NOP
	0x001d 00029 (generics_constraints.go:33)	MOVQ	BX, CX
	0x0020 00032 (generics_constraints.go:33)	MOVQ	DX, BX
	0x0023 00035 (generics_constraints.go:33)	PCDATA	$1, $1
	0x0023 00035 (generics_constraints.go:33)	CALL	runtime.mapaccess2_fast64(SB)
	0x0028 00040 (<autogenerated>:1)	MOVL	BX, AX
	0x002a 00042 (<autogenerated>:1)	ADDQ	$24, SP
	0x002e 00046 (<autogenerated>:1)	POPQ	BP
	0x002f 00047 (<autogenerated>:1)	RET
	0x0030 00048 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0035 00053 (<autogenerated>:1)	XCHGL	AX, AX
	0x0036 00054 (<autogenerated>:1)	NOP
	0x0036 00054 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0036 00054 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0036 00054 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x003b 00059 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0040 00064 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0045 00069 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0045 00069 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004a 00074 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x004f 00079 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 30 55 48 89 e5 48 83 ec 18 48 85  I;f.v0UH..H...H.
	0x0010 c0 74 1d 48 8b 10 48 8d 05 00 00 00 00 48 89 d9  .t.H..H......H..
	0x0020 48 89 d3 e8 00 00 00 00 89 d8 48 83 c4 18 5d c3  H.........H...].
	0x0030 e8 00 00 00 00 90 48 89 44 24 08 48 89 5c 24 10  ......H.D$.H.\$.
	0x0040 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10 eb  .....H.D$.H.\$..
	0x0050 af                                               .
	rel 2+0 t=R_USEIFACE type:main.Set[int]+0
	rel 25+4 t=R_PCREL type:main.Set[int]+0
	rel 36+4 t=R_CALL runtime.mapaccess2_fast64+0
	rel 49+4 t=R_CALL runtime.panicwrap+0
	rel 65+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Set[go.shape.int]).Add STEXT dupok size=88 align=0x0 args=0x18 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Set[go.shape.int]).Add(SB), DUPOK|WRAPPER|ABIInternal, $32-24
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	51
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Set[go.shape.int]).Add.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Set[go.shape.int]).Add.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	TESTQ	AX, AX
	0x0011 00017 (<autogenerated>:1)	JEQ	45
	0x0013 00019 (<autogenerated>:1)	MOVQ	(AX), DX
	0x0016 00022 (generics_constraints.go:32)	MOVQ	(BX), AX
	0x0019 00025 (<unknown line number>)	NOP
	0x0019 00025 (generics_constraints.go:32)	MOVQ	DX, BX
	0x001c 00028 (generics_constraints.go:32)	PCDATA	$1, $1
	0x001c 00028 (generics_constraints.go:32)	NOP
	0x0020 00032 (generics_constraints.go:32)	CALL	runtime.mapassign_fast64(SB)
	0x0025 00037 (generics_constraints.go:32)	TESTB	AL, (AX)
	0x0027 00039 (<autogenerated>:1)	ADDQ	$24, SP
	0x002b 00043 (<autogenerated>:1)	POPQ	BP
	0x002c 00044 (<autogenerated>:1)	RET
	0x002d 00045 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0032 00050 (<autogenerated>:1)	XCHGL	AX, AX
	0x0033 00051 (<autogenerated>:1)	NOP
	0x0033 00051 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0033 00051 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0033 00051 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0038 00056 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x003d 00061 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x0042 00066 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0047 00071 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0047 00071 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004c 00076 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0051 00081 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x0056 00086 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 2d 55 48 89 e5 48 83 ec 18 48 85  I;f.v-UH..H...H.
	0x0010 c0 74 1a 48 8b 10 48 8b 03 48 89 d3 0f 1f 40 00  .t.H..H..H....@.
	0x0020 e8 00 00 00 00 84 00 48 83 c4 18 5d c3 e8 00 00  .......H...]....
	0x0030 00 00 90 48 89 44 24 08 48 89 5c 24 10 48 89 4c  ...H.D$.H.\$.H.L
	0x0040 24 18 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24  $......H.D$.H.\$
	0x0050 10 48 8b 4c 24 18 eb a8                          .H.L$...
	rel 33+4 t=R_CALL runtime.mapassign_fast64+0
	rel 46+4 t=R_CALL runtime.panicwrap+0
	rel 67+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Set[go.shape.int]).Has STEXT dupok size=88 align=0x0 args=0x18 locals=0x20 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Set[go.shape.int]).Has(SB), DUPOK|WRAPPER|ABIInternal, $32-24
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	51
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Set[go.shape.int]).Has.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Set[go.shape.int]).Has.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	TESTQ	AX, AX
	0x0011 00017 (<autogenerated>:1)	JEQ	45
	0x0013 00019 (<autogenerated>:1)	MOVQ	(AX), DX
	0x0016 00022 (generics_constraints.go:33)	MOVQ	16(BX), AX
	0x001a 00026 (<unknown line number>)	NOP
	0x001a 00026 (generics_constraints.go:33)	MOVQ	DX, BX
	0x001d 00029 (generics_constraints.go:33)	PCDATA	$1, $1
	0x001d 00029 (generics_constraints.go:33)	NOP
	0x0020 00032 (generics_constraints.go:33)	CALL	runtime.mapaccess2_fast64(SB)
	0x0025 00037 (<autogenerated>:1)	MOVL	BX, AX
	0x0027 00039 (<autogenerated>:1)	ADDQ	$24, SP
	0x002b 00043 (<autogenerated>:1)	POPQ	BP
	0x002c 00044 (<autogenerated>:1)	RET
	0x002d 00045 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0032 00050 (<autogenerated>:1)	XCHGL	AX, AX
	0x0033 00051 (<autogenerated>:1)	NOP
	0x0033 00051 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0033 00051 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0033 00051 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0038 00056 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x003d 00061 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x0042 00066 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0047 00071 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0047 00071 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004c 00076 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0051 00081 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x0056 00086 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 2d 55 48 89 e5 48 83 ec 18 48 85  I;f.v-UH..H...H.
	0x0010 c0 74 1a 48 8b 10 48 8b 43 10 48 89 d3 0f 1f 00  .t.H..H.C.H.....
	0x0020 e8 00 00 00 00 89 d8 48 83 c4 18 5d c3 e8 00 00  .......H...]....
	0x0030 00 00 90 48 89 44 24 08 48 89 5c 24 10 48 89 4c  ...H.D$.H.\$.H.L
	0x0040 24 18 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24  $......H.D$.H.\$
	0x0050 10 48 8b 4c 24 18 eb a8                          .H.L$...
	rel 33+4 t=R_CALL runtime.mapaccess2_fast64+0
	rel 46+4 t=R_CALL runtime.panicwrap+0
	rel 67+4 t=R_CALL runtime.morestack_noctxt+0
type:.eq.GM8 STEXT dupok nosplit size=31 align=0x0 args=0x10 locals=0x0 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.GM8(SB), DUPOK|NOSPLIT|NOFRAME|ABIInternal, $0-16
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.GM8.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.GM8.argliveinfo(SB)
	0x0000 00000 (<autogenerated>:1)	PCDATA	$3, $1
	0x0000 00000 (<autogenerated>:1)	MOVSD	(BX), X0
	0x0004 00004 (<autogenerated>:1)	MOVSD	(AX), X1
	0x0008 00008 (<autogenerated>:1)	UCOMISD	X0, X1
	0x000c 00012 (<autogenerated>:1)	JNE	28
	0x000e 00014 (<autogenerated>:1)	JPS	28
	0x0010 00016 (<autogenerated>:1)	MOVQ	8(AX), CX
	0x0014 00020 (<autogenerated>:1)	CMPQ	8(BX), CX
	0x0018 00024 (<autogenerated>:1)	SETEQ	AL
	0x001b 00027 (<autogenerated>:1)	RET
	0x001c 00028 (<autogenerated>:1)	XORL	AX, AX
	0x001e 00030 (<autogenerated>:1)	RET
	0x0000 f2 0f 10 03 f2 0f 10 08 66 0f 2e c8 75 0e 7a 0c  ........f...u.z.
	0x0010 48 8b 48 08 48 39 4b 08 0f 94 c0 c3 31 c0 c3     H.H.H9K.....1..
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
main..dict.Join[main.ID] SRODATA dupok size=32 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR main.ID.String+0
	rel 0+0 t=R_USEIFACE type:[]main.ID+0
	rel 0+0 t=R_USEIFACE type:main.ID+0
	rel 0+0 t=R_USEIFACE type:main.ID+0
	rel 0+0 t=R_USEIFACE type:main.ID+0
	rel 8+8 t=R_ADDR type:[]main.ID+0
	rel 16+8 t=R_ADDR type:main.ID+0
main..dict.Index[string] SRODATA dupok size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:[]string+0
	rel 0+0 t=R_USEIFACE type:[]string+0
	rel 0+0 t=R_USEIFACE type:string+0
	rel 0+0 t=R_USEIFACE type:string+0
	rel 0+0 t=R_USEIFACE type:string+0
	rel 8+8 t=R_ADDR type:string+0
main..dict.Index[float64] SRODATA dupok size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:[]float64+0
	rel 0+0 t=R_USEIFACE type:[]float64+0
	rel 0+0 t=R_USEIFACE type:float64+0
	rel 0+0 t=R_USEIFACE type:float64+0
	rel 0+0 t=R_USEIFACE type:float64+0
	rel 8+8 t=R_ADDR type:float64+0
main..dict.Index[main.ID] SRODATA dupok size=24 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:[]main.ID+0
	rel 0+0 t=R_USEIFACE type:[]main.ID+0
	rel 0+0 t=R_USEIFACE type:main.ID+0
	rel 0+0 t=R_USEIFACE type:main.ID+0
	rel 0+0 t=R_USEIFACE type:main.ID+0
	rel 8+8 t=R_ADDR type:main.ID+0
main..dict.Set[int] SRODATA dupok size=32 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR type:main.Set[int]+0
	rel 0+0 t=R_USEIFACE type:main.Set[int]+0
	rel 0+0 t=R_USEIFACE type:int+0
	rel 0+0 t=R_USEIFACE type:main.Set[int]+0
	rel 0+0 t=R_USEIFACE type:int+0
	rel 8+8 t=R_ADDR type:int+0
	rel 16+8 t=R_ADDR type:main.Set[int]+0
	rel 24+8 t=R_ADDR type:int+0
main..dict.List[float64] SRODATA dupok size=40 align=0x0
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:*main.List[float64]+0
	rel 0+0 t=R_USEIFACE type:*main.List[float64]+0
	rel 0+0 t=R_USEIFACE type:float64+0
	rel 0+0 t=R_USEIFACE type:*main.List[float64]+0
	rel 0+0 t=R_USEIFACE type:func(float64)+0
	rel 0+0 t=R_USEIFACE type:*main.node[float64]+0
	rel 8+8 t=R_ADDR type:float64+0
	rel 16+8 t=R_ADDR type:*main.List[float64]+0
	rel 24+8 t=R_ADDR type:func(float64)+0
	rel 32+8 t=R_ADDR type:*main.node[float64]+0
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.Index[go.shape.string]$abstract SDWARFABSFCN dupok size=66 align=0x0
	0x0000 05 6d 61 69 6e 2e 49 6e 64 65 78 5b 67 6f 2e 73  .main.Index[go.s
	0x0010 68 61 70 65 2e 73 74 72 69 6e 67 5d 00 01 15 01  hape.string]....
	0x0020 22 78 73 00 00 00 00 00 00 22 76 00 00 00 00 00  "xs......"v.....
	0x0030 00 21 69 00 16 00 00 00 00 21 78 00 16 00 00 00  .!i......!x.....
	0x0040 00 00                                            ..
	rel 37+4 t=R_DWARFSECREF go:info.[]go.shape.string+0
	rel 45+4 t=R_DWARFSECREF go:info.go.shape.string+0
	rel 53+4 t=R_DWARFSECREF go:info.int+0
	rel 61+4 t=R_DWARFSECREF go:info.go.shape.string+0
go:info.main.Index[go.shape.float64]$abstract SDWARFABSFCN dupok size=67 align=0x0
	0x0000 05 6d 61 69 6e 2e 49 6e 64 65 78 5b 67 6f 2e 73  .main.Index[go.s
	0x0010 68 61 70 65 2e 66 6c 6f 61 74 36 34 5d 00 01 15  hape.float64]...
	0x0020 01 22 78 73 00 00 00 00 00 00 22 76 00 00 00 00  ."xs......"v....
	0x0030 00 00 21 69 00 16 00 00 00 00 21 78 00 16 00 00  ..!i......!x....
	0x0040 00 00 00                                         ...
	rel 38+4 t=R_DWARFSECREF go:info.[]go.shape.float64+0
	rel 46+4 t=R_DWARFSECREF go:info.go.shape.float64+0
	rel 54+4 t=R_DWARFSECREF go:info.int+0
	rel 62+4 t=R_DWARFSECREF go:info.go.shape.float64+0
go:info.main.Index[go.shape.int]$abstract SDWARFABSFCN dupok size=63 align=0x0
	0x0000 05 6d 61 69 6e 2e 49 6e 64 65 78 5b 67 6f 2e 73  .main.Index[go.s
	0x0010 68 61 70 65 2e 69 6e 74 5d 00 01 15 01 22 78 73  hape.int]...."xs
	0x0020 00 00 00 00 00 00 22 76 00 00 00 00 00 00 21 69  ......"v......!i
	0x0030 00 16 00 00 00 00 21 78 00 16 00 00 00 00 00     ......!x.......
	rel 34+4 t=R_DWARFSECREF go:info.[]go.shape.int+0
	rel 42+4 t=R_DWARFSECREF go:info.go.shape.int+0
	rel 50+4 t=R_DWARFSECREF go:info.int+0
	rel 58+4 t=R_DWARFSECREF go:info.go.shape.int+0
go:info.main.Set[go.shape.int].Add$abstract SDWARFABSFCN dupok size=48 align=0x0
	0x0000 05 6d 61 69 6e 2e 53 65 74 5b 67 6f 2e 73 68 61  .main.Set[go.sha
	0x0010 70 65 2e 69 6e 74 5d 2e 41 64 64 00 01 20 01 22  pe.int].Add.. ."
	0x0020 73 00 00 00 00 00 00 22 76 00 00 00 00 00 00 00  s......"v.......
	rel 35+4 t=R_DWARFSECREF go:info.main.Set[go.shape.int]+0
	rel 43+4 t=R_DWARFSECREF go:info.go.shape.int+0
go:info.main.Set[go.shape.int].Has$abstract SDWARFABSFCN dupok size=57 align=0x0
	0x0000 05 6d 61 69 6e 2e 53 65 74 5b 67 6f 2e 73 68 61  .main.Set[go.sha
	0x0010 70 65 2e 69 6e 74 5d 2e 48 61 73 00 01 21 01 22  pe.int].Has..!."
	0x0020 73 00 00 00 00 00 00 22 76 00 00 00 00 00 00 21  s......"v......!
	0x0030 6f 6b 00 21 00 00 00 00 00                       ok.!.....
	rel 35+4 t=R_DWARFSECREF go:info.main.Set[go.shape.int]+0
	rel 43+4 t=R_DWARFSECREF go:info.go.shape.int+0
	rel 52+4 t=R_DWARFSECREF go:info.bool+0
go:info.main.(*List[go.shape.float64]).Prepend$abstract SDWARFABSFCN dupok size=60 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 4c 69 73 74 5b 67 6f 2e  .main.(*List[go.
	0x0010 73 68 61 70 65 2e 66 6c 6f 61 74 36 34 5d 29 2e  shape.float64]).
	0x0020 50 72 65 70 65 6e 64 00 01 2d 01 22 6c 00 00 00  Prepend..-."l...
	0x0030 00 00 00 22 76 00 00 00 00 00 00 00              ..."v.......
	rel 47+4 t=R_DWARFSECREF go:info.*main.List[go.shape.float64]+0
	rel 55+4 t=R_DWARFSECREF go:info.go.shape.float64+0
go:info.main.(*List[go.shape.float64]).Each$abstract SDWARFABSFCN dupok size=65 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 4c 69 73 74 5b 67 6f 2e  .main.(*List[go.
	0x0010 73 68 61 70 65 2e 66 6c 6f 61 74 36 34 5d 29 2e  shape.float64]).
	0x0020 45 61 63 68 00 01 2f 01 22 6c 00 00 00 00 00 00  Each../."l......
	0x0030 22 66 00 00 00 00 00 00 21 6e 00 30 00 00 00 00  "f......!n.0....
	0x0040 00                                               .
	rel 44+4 t=R_DWARFSECREF go:info.*main.List[go.shape.float64]+0
	rel 52+4 t=R_DWARFSECREF go:info.func(go.shape.float64)+0
	rel 60+4 t=R_DWARFSECREF go:info.*main.node[go.shape.float64]+0
go:info.main.main.func1$abstract SDWARFABSFCN dupok size=29 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2e 66 75 6e 63 31  .main.main.func1
	0x0010 00 01 42 01 22 66 00 00 00 00 00 00 00           ..B."f.......
	rel 0+0 t=R_USETYPE type:float64+0
	rel 24+4 t=R_DWARFSECREF go:info.float64+0
go:info.main.ID.String$abstract SDWARFABSFCN dupok size=28 align=0x0
	0x0000 05 6d 61 69 6e 2e 49 44 2e 53 74 72 69 6e 67 00  .main.ID.String.
	0x0010 01 08 01 22 69 00 00 00 00 00 00 00              ..."i.......
	rel 23+4 t=R_DWARFSECREF go:info.main.ID+0
go:info.main.Set[int].Add$abstract SDWARFABSFCN dupok size=39 align=0x0
	0x0000 05 6d 61 69 6e 2e 53 65 74 5b 69 6e 74 5d 2e 41  .main.Set[int].A
	0x0010 64 64 00 01 20 01 22 73 00 00 00 00 00 00 22 76  dd.. ."s......"v
	0x0020 00 00 00 00 00 00 00                             .......
	rel 26+4 t=R_DWARFSECREF go:info.main.Set[int]+0
	rel 34+4 t=R_DWARFSECREF go:info.int+0
go:info.main.Set[int].Has$abstract SDWARFABSFCN dupok size=39 align=0x0
	0x0000 05 6d 61 69 6e 2e 53 65 74 5b 69 6e 74 5d 2e 48  .main.Set[int].H
	0x0010 61 73 00 01 21 01 22 73 00 00 00 00 00 00 22 76  as..!."s......"v
	0x0020 00 00 00 00 00 00 00                             .......
	rel 26+4 t=R_DWARFSECREF go:info.main.Set[int]+0
	rel 34+4 t=R_DWARFSECREF go:info.int+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.ID. SRODATA dupok size=10 align=0x1
	0x0000 01 08 2a 6d 61 69 6e 2e 49 44                    ..*main.ID
type:.namedata.*func(*main.ID) string- SRODATA dupok size=24 align=0x1
	0x0000 00 16 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 49 44  ..*func(*main.ID
	0x0010 29 20 73 74 72 69 6e 67                          ) string
type:*func(*main.ID) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 17 b3 5a 28 28 08 08 16 00 00 00 00 00 00 00 00  ..Z((...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.ID) string-+0
	rel 48+8 t=R_ADDR type:func(*main.ID) string+0
type:func(*main.ID) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 93 ff 0b f8 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.ID) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.ID) string+0
	rel 56+8 t=R_ADDR type:*main.ID+0
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
type:*main.ID SRODATA size=88 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 0c 77 38 dc 29 08 08 16 00 00 00 00 00 00 00 00  .w8.)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 01 00 01 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.ID.+0
	rel 48+8 t=R_ADDR type:main.ID+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.String.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*ID).String+0
	rel 84+4 t=R_METHODOFF main.(*ID).String+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.*func(main.ID) string- SRODATA dupok size=23 align=0x1
	0x0000 00 15 2a 66 75 6e 63 28 6d 61 69 6e 2e 49 44 29  ..*func(main.ID)
	0x0010 20 73 74 72 69 6e 67                              string
type:*func(main.ID) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d0 2f 9c 91 28 08 08 16 00 00 00 00 00 00 00 00  ./..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.ID) string-+0
	rel 48+8 t=R_ADDR type:func(main.ID) string+0
type:func(main.ID) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 53 34 91 25 22 08 08 13 00 00 00 00 00 00 00 00  S4.%"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.ID) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.ID) string+0
	rel 56+8 t=R_ADDR type:main.ID+0
	rel 64+8 t=R_ADDR type:string+0
type:main.ID SRODATA size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 b5 d8 8e c0 0f 08 08 02 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 01 00 01 00 10 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.ID.+0
	rel 44+4 t=R_ADDROFF type:*main.ID+0
	rel 48+4 t=R_ADDROFF type:.importpath.main.+0
	rel 64+4 t=R_ADDROFF type:.namedata.String.+0
	rel 68+4 t=R_METHODOFF type:func() string+0
	rel 72+4 t=R_METHODOFF main.(*ID).String+0
	rel 76+4 t=R_METHODOFF main.ID.String+0
type:.namedata.*main.Set[int]. SRODATA dupok size=16 align=0x1
	0x0000 01 0e 2a 6d 61 69 6e 2e 53 65 74 5b 69 6e 74 5d  ..*main.Set[int]
type:.namedata.*func(*main.Set[int], int)- SRODATA dupok size=28 align=0x1
	0x0000 00 1a 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 53 65  ..*func(*main.Se
	0x0010 74 5b 69 6e 74 5d 2c 20 69 6e 74 29              t[int], int)
type:*func(*main.Set[int], int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 2c 9d 48 30 28 08 08 16 00 00 00 00 00 00 00 00  ,.H0(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Set[int], int)-+0
	rel 48+8 t=R_ADDR type:func(*main.Set[int], int)+0
type:func(*main.Set[int], int) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f8 6a 54 31 22 08 08 13 00 00 00 00 00 00 00 00  .jT1"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Set[int], int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Set[int], int)+0
	rel 56+8 t=R_ADDR type:*main.Set[int]+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(*main.Set[int], int) bool- SRODATA dupok size=33 align=0x1
	0x0000 00 1f 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 53 65  ..*func(*main.Se
	0x0010 74 5b 69 6e 74 5d 2c 20 69 6e 74 29 20 62 6f 6f  t[int], int) boo
	0x0020 6c                                               l
type:*func(*main.Set[int], int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 dc 16 3c 64 28 08 08 16 00 00 00 00 00 00 00 00  ..<d(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Set[int], int) bool-+0
	rel 48+8 t=R_ADDR type:func(*main.Set[int], int) bool+0
type:func(*main.Set[int], int) bool SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 89 e2 00 41 22 08 08 13 00 00 00 00 00 00 00 00  ...A"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Set[int], int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Set[int], int) bool+0
	rel 56+8 t=R_ADDR type:*main.Set[int]+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:bool+0
type:.namedata.Add. SRODATA dupok size=5 align=0x1
	0x0000 01 03 41 64 64                                   ..Add
type:.namedata.*func(int)- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 66 75 6e 63 28 69 6e 74 29              ..*func(int)
type:*func(int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 5e eb a8 b3 28 08 08 16 00 00 00 00 00 00 00 00  ^...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int)-+0
	rel 48+8 t=R_ADDR type:func(int)+0
type:func(int) SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f2 a3 a2 b7 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(int)+0
	rel 56+8 t=R_ADDR type:int+0
type:.namedata.Has. SRODATA dupok size=5 align=0x1
	0x0000 01 03 48 61 73                                   ..Has
type:.namedata.*func(int) bool- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 66 75 6e 63 28 69 6e 74 29 20 62 6f 6f  ..*func(int) boo
	0x0010 6c                                               l
type:*func(int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 07 d2 7f d5 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int) bool-+0
	rel 48+8 t=R_ADDR type:func(int) bool+0
type:func(int) bool SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a3 94 54 7e 22 08 08 13 00 00 00 00 00 00 00 00  ..T~"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(int) bool+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:bool+0
type:*main.Set[int] SRODATA dupok size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fd 11 9b 17 29 08 08 16 00 00 00 00 00 00 00 00  ....)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 02 00 02 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Set[int].+0
	rel 48+8 t=R_ADDR type:main.Set[int]+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Add.+0
	rel 76+4 t=R_METHODOFF type:func(int)+0
	rel 80+4 t=R_METHODOFF main.(*Set[int]).Add+0
	rel 84+4 t=R_METHODOFF main.(*Set[int]).Add+0
	rel 88+4 t=R_ADDROFF type:.namedata.Has.+0
	rel 92+4 t=R_METHODOFF type:func(int) bool+0
	rel 96+4 t=R_METHODOFF main.(*Set[int]).Has+0
	rel 100+4 t=R_METHODOFF main.(*Set[int]).Has+0
runtime.memequal0·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal0+0
type:.namedata.*struct {}- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 73 74 72 75 63 74 20 7b 7d              ..*struct {}
type:*struct {} SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 69 d6 0f 04 28 08 08 16 00 00 00 00 00 00 00 00  i...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct {}-+0
	rel 48+8 t=R_ADDR type:struct {}+0
type:struct {} SRODATA dupok size=80 align=0x8
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 56 e1 fb 1a 0a 01 01 19 00 00 00 00 00 00 00 00  V...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal0·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct {}-+0
	rel 44+4 t=RelocType(-32763) type:*struct {}+0
	rel 56+8 t=R_ADDR type:struct {}+80
type:.namedata.*map.group[int]struct {}- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 6d 61 70 2e 67 72 6f 75 70 5b 69 6e 74  ..*map.group[int
	0x0010 5d 73 74 72 75 63 74 20 7b 7d                    ]struct {}
type:noalg.*map.group[int]struct {} SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f1 bf 5f 70 20 08 08 16 00 00 00 00 00 00 00 00  .._p ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int]struct {}-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[int]struct {}+0
type:.namedata.*[8]struct { key int; elem struct {} }- SRODATA dupok size=40 align=0x1
	0x0000 00 26 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .&*[8]struct { k
	0x0010 65 79 20 69 6e 74 3b 20 65 6c 65 6d 20 73 74 72  ey int; elem str
	0x0020 75 63 74 20 7b 7d 20 7d                          uct {} }
type:noalg.*[8]struct { key int; elem struct {} } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 26 01 d6 b4 20 08 08 16 00 00 00 00 00 00 00 00  &... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int; elem struct {} }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key int; elem struct {} }+0
type:.namedata.*struct { key int; elem struct {} }- SRODATA dupok size=37 align=0x1
	0x0000 00 23 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  .#*struct { key 
	0x0010 69 6e 74 3b 20 65 6c 65 6d 20 73 74 72 75 63 74  int; elem struct
	0x0020 20 7b 7d 20 7d                                    {} }
type:noalg.*struct { key int; elem struct {} } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 10 4d fe 04 20 08 08 16 00 00 00 00 00 00 00 00  .M.. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int; elem struct {} }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem struct {} }+0
type:.importpath.. SRODATA dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.namedata.key- SRODATA dupok size=5 align=0x1
	0x0000 00 03 6b 65 79                                   ..key
type:.namedata.elem- SRODATA dupok size=6 align=0x1
	0x0000 00 04 65 6c 65 6d                                ..elem
type:noalg.struct { key int; elem struct {} } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 93 8c 41 e5 02 08 08 19 00 00 00 00 00 00 00 00  ..A.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key int; elem struct {} }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key int; elem struct {} }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key int; elem struct {} }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:int+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:struct {}+0
type:.namedata.*[]struct { key int; elem struct {} }- SRODATA dupok size=39 align=0x1
	0x0000 00 25 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  .%*[]struct { ke
	0x0010 79 20 69 6e 74 3b 20 65 6c 65 6d 20 73 74 72 75  y int; elem stru
	0x0020 63 74 20 7b 7d 20 7d                             ct {} }
type:*[]struct { key int; elem struct {} } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c5 4a ff d8 28 08 08 16 00 00 00 00 00 00 00 00  .J..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int; elem struct {} }-+0
	rel 48+8 t=R_ADDR type:[]struct { key int; elem struct {} }+0
type:[]struct { key int; elem struct {} } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 67 fc ed a7 02 08 08 17 00 00 00 00 00 00 00 00  g...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key int; elem struct {} }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key int; elem struct {} }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem struct {} }+0
type:noalg.[8]struct { key int; elem struct {} } SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 72 e2 d9 ab 02 08 08 11 00 00 00 00 00 00 00 00  r...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key int; elem struct {} }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key int; elem struct {} }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key int; elem struct {} }+0
	rel 56+8 t=R_ADDR type:[]struct { key int; elem struct {} }+0
type:.namedata.ctrl- SRODATA dupok size=6 align=0x1
	0x0000 00 04 63 74 72 6c                                ..ctrl
type:.namedata.slots- SRODATA dupok size=7 align=0x1
	0x0000 00 05 73 6c 6f 74 73                             ..slots
type:noalg.map.group[int]struct {} SRODATA dupok size=128 align=0x8
	0x0000 88 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 05 bb 94 10 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[int]struct {}-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[int]struct {}+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[int]struct {}+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key int; elem struct {} }+0
runtime.memhash64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memhash64+0
type:.namedata.*map[int]struct {}- SRODATA dupok size=20 align=0x1
	0x0000 00 12 2a 6d 61 70 5b 69 6e 74 5d 73 74 72 75 63  ..*map[int]struc
	0x0010 74 20 7b 7d                                      t {}
type:*map[int]struct {} SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 73 d6 da 1b 28 08 08 16 00 00 00 00 00 00 00 00  s...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int]struct {}-+0
	rel 48+8 t=R_ADDR type:map[int]struct {}+0
type:map[int]struct {} SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b6 ea 90 2f 22 08 08 15 00 00 00 00 00 00 00 00  .../"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 88 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0070 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[int]struct {}-+0
	rel 44+4 t=RelocType(-32763) type:*map[int]struct {}+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:struct {}+0
	rel 64+8 t=R_ADDR type:noalg.map.group[int]struct {}+0
	rel 72+8 t=R_ADDR runtime.memhash64·f+0
type:.namedata.*func(main.Set[int], int)- SRODATA dupok size=27 align=0x1
	0x0000 00 19 2a 66 75 6e 63 28 6d 61 69 6e 2e 53 65 74  ..*func(main.Set
	0x0010 5b 69 6e 74 5d 2c 20 69 6e 74 29                 [int], int)
type:*func(main.Set[int], int) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 78 ef 27 4e 28 08 08 16 00 00 00 00 00 00 00 00  x.'N(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Set[int], int)-+0
	rel 48+8 t=R_ADDR type:func(main.Set[int], int)+0
type:func(main.Set[int], int) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 1b 01 03 fd 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Set[int], int)-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Set[int], int)+0
	rel 56+8 t=R_ADDR type:main.Set[int]+0
	rel 64+8 t=R_ADDR type:int+0
type:.namedata.*func(main.Set[int], int) bool- SRODATA dupok size=32 align=0x1
	0x0000 00 1e 2a 66 75 6e 63 28 6d 61 69 6e 2e 53 65 74  ..*func(main.Set
	0x0010 5b 69 6e 74 5d 2c 20 69 6e 74 29 20 62 6f 6f 6c  [int], int) bool
type:*func(main.Set[int], int) bool SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e3 58 0d 6a 28 08 08 16 00 00 00 00 00 00 00 00  .X.j(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Set[int], int) bool-+0
	rel 48+8 t=R_ADDR type:func(main.Set[int], int) bool+0
type:func(main.Set[int], int) bool SRODATA dupok size=80 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 1a ae d8 23 22 08 08 13 00 00 00 00 00 00 00 00  ...#"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Set[int], int) bool-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Set[int], int) bool+0
	rel 56+8 t=R_ADDR type:main.Set[int]+0
	rel 64+8 t=R_ADDR type:int+0
	rel 72+8 t=R_ADDR type:bool+0
type:main.Set[int] SRODATA dupok size=184 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 45 22 d8 4d 27 08 08 15 00 00 00 00 00 00 00 00  E".M'...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 88 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0070 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 02 00 02 00  ................
	0x0090 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00b0 00 00 00 00 00 00 00 00                          ........
	rel 0+0 t=R_KEEP type:map[int]struct {}+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Set[int].+0
	rel 44+4 t=R_ADDROFF type:*main.Set[int]+0
	rel 48+8 t=R_ADDR type:int+0
	rel 56+8 t=R_ADDR type:struct {}+0
	rel 64+8 t=R_ADDR type:noalg.map.group[int]struct {}+0
	rel 72+8 t=R_ADDR runtime.memhash64·f+0
	rel 136+4 t=R_ADDROFF type:.importpath.main.+0
	rel 152+4 t=R_ADDROFF type:.namedata.Add.+0
	rel 156+4 t=R_METHODOFF type:func(int)+0
	rel 160+4 t=R_METHODOFF main.Set[int].Add+0
	rel 164+4 t=R_METHODOFF main.Set[int].Add+0
	rel 168+4 t=R_ADDROFF type:.namedata.Has.+0
	rel 172+4 t=R_METHODOFF type:func(int) bool+0
	rel 176+4 t=R_METHODOFF main.Set[int].Has+0
	rel 180+4 t=R_METHODOFF main.Set[int].Has+0
type:.namedata.*main.List[float64]. SRODATA dupok size=21 align=0x1
	0x0000 01 13 2a 6d 61 69 6e 2e 4c 69 73 74 5b 66 6c 6f  ..*main.List[flo
	0x0010 61 74 36 34 5d                                   at64]
runtime.memequal128·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal128+0
type:.namedata.*main.node[float64]- SRODATA dupok size=21 align=0x1
	0x0000 00 13 2a 6d 61 69 6e 2e 6e 6f 64 65 5b 66 6c 6f  ..*main.node[flo
	0x0010 61 74 36 34 5d                                   at64]
type:.eqfunc.GM8 SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.GM8+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.v- SRODATA dupok size=3 align=0x1
	0x0000 00 01 76                                         ..v
type:.namedata.next- SRODATA dupok size=6 align=0x1
	0x0000 00 04 6e 65 78 74                                ..next
type:main.node[float64] SRODATA dupok size=144 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 75 3c ce d0 07 08 08 19 00 00 00 00 00 00 00 00  u<..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.GM8+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.node[float64]-+0
	rel 44+4 t=R_ADDROFF type:*main.node[float64]+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.node[float64]+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.v-+0
	rel 104+8 t=R_ADDR type:float64+0
	rel 120+8 t=R_ADDR type:.namedata.next-+0
	rel 128+8 t=R_ADDR type:*main.node[float64]+0
type:*main.node[float64] SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 2d 0c 70 66 28 08 08 16 00 00 00 00 00 00 00 00  -.pf(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.node[float64]-+0
	rel 48+8 t=R_ADDR type:main.node[float64]+0
type:.namedata.head- SRODATA dupok size=6 align=0x1
	0x0000 00 04 68 65 61 64                                ..head
type:.namedata.n- SRODATA dupok size=3 align=0x1
	0x0000 00 01 6e                                         ..n
type:main.List[float64] SRODATA dupok size=144 align=0x8
	0x0000 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 af 97 9b eb 0f 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.List[float64].+0
	rel 44+4 t=R_ADDROFF type:*main.List[float64]+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.List[float64]+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.head-+0
	rel 104+8 t=R_ADDR type:*main.node[float64]+0
	rel 120+8 t=R_ADDR type:.namedata.n-+0
	rel 128+8 t=R_ADDR type:int+0
type:.namedata.*func(*main.List[float64], func(float64))- SRODATA dupok size=43 align=0x1
	0x0000 00 29 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 4c 69  .)*func(*main.Li
	0x0010 73 74 5b 66 6c 6f 61 74 36 34 5d 2c 20 66 75 6e  st[float64], fun
	0x0020 63 28 66 6c 6f 61 74 36 34 29 29                 c(float64))
type:*func(*main.List[float64], func(float64)) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 00 95 32 59 28 08 08 16 00 00 00 00 00 00 00 00  ..2Y(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.List[float64], func(float64))-+0
	rel 48+8 t=R_ADDR type:func(*main.List[float64], func(float64))+0
type:.namedata.*func(float64)- SRODATA dupok size=16 align=0x1
	0x0000 00 0e 2a 66 75 6e 63 28 66 6c 6f 61 74 36 34 29  ..*func(float64)
type:*func(float64) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 98 9d 43 cb 28 08 08 16 00 00 00 00 00 00 00 00  ..C.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(float64)-+0
	rel 48+8 t=R_ADDR type:func(float64)+0
type:func(float64) SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 54 b3 80 cf 22 08 08 13 00 00 00 00 00 00 00 00  T..."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(float64)-+0
	rel 44+4 t=RelocType(-32763) type:*func(float64)+0
	rel 56+8 t=R_ADDR type:float64+0
type:func(*main.List[float64], func(float64)) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 7c 87 df 67 22 08 08 13 00 00 00 00 00 00 00 00  |..g"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.List[float64], func(float64))-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.List[float64], func(float64))+0
	rel 56+8 t=R_ADDR type:*main.List[float64]+0
	rel 64+8 t=R_ADDR type:func(float64)+0
type:.namedata.*func(*main.List[float64], float64)- SRODATA dupok size=37 align=0x1
	0x0000 00 23 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 4c 69  .#*func(*main.Li
	0x0010 73 74 5b 66 6c 6f 61 74 36 34 5d 2c 20 66 6c 6f  st[float64], flo
	0x0020 61 74 36 34 29                                   at64)
type:*func(*main.List[float64], float64) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d9 cd 78 2e 28 08 08 16 00 00 00 00 00 00 00 00  ..x.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.List[float64], float64)-+0
	rel 48+8 t=R_ADDR type:func(*main.List[float64], float64)+0
type:func(*main.List[float64], float64) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 9d 89 93 91 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.List[float64], float64)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.List[float64], float64)+0
	rel 56+8 t=R_ADDR type:*main.List[float64]+0
	rel 64+8 t=R_ADDR type:float64+0
type:.namedata.Each. SRODATA dupok size=6 align=0x1
	0x0000 01 04 45 61 63 68                                ..Each
type:.namedata.*func(func(float64))- SRODATA dupok size=22 align=0x1
	0x0000 00 14 2a 66 75 6e 63 28 66 75 6e 63 28 66 6c 6f  ..*func(func(flo
	0x0010 61 74 36 34 29 29                                at64))
type:*func(func(float64)) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 19 d2 73 3d 28 08 08 16 00 00 00 00 00 00 00 00  ..s=(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(func(float64))-+0
	rel 48+8 t=R_ADDR type:func(func(float64))+0
type:func(func(float64)) SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 88 16 ce 6c 22 08 08 13 00 00 00 00 00 00 00 00  ...l"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(func(float64))-+0
	rel 44+4 t=RelocType(-32763) type:*func(func(float64))+0
	rel 56+8 t=R_ADDR type:func(float64)+0
type:.namedata.Prepend. SRODATA dupok size=9 align=0x1
	0x0000 01 07 50 72 65 70 65 6e 64                       ..Prepend
type:*main.List[float64] SRODATA dupok size=104 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ca 3e 67 4a 29 08 08 16 00 00 00 00 00 00 00 00  .>gJ)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 02 00 02 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.List[float64].+0
	rel 48+8 t=R_ADDR type:main.List[float64]+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Each.+0
	rel 76+4 t=R_METHODOFF type:func(func(float64))+0
	rel 80+4 t=R_METHODOFF main.(*List[float64]).Each+0
	rel 84+4 t=R_METHODOFF main.(*List[float64]).Each+0
	rel 88+4 t=R_ADDROFF type:.namedata.Prepend.+0
	rel 92+4 t=R_METHODOFF type:func(float64)+0
	rel 96+4 t=R_METHODOFF main.(*List[float64]).Prepend+0
	rel 100+4 t=R_METHODOFF main.(*List[float64]).Prepend+0
type:.namedata.*[]main.ID- SRODATA dupok size=12 align=0x1
	0x0000 00 0a 2a 5b 5d 6d 61 69 6e 2e 49 44              ..*[]main.ID
type:*[]main.ID SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 07 47 dc 26 28 08 08 16 00 00 00 00 00 00 00 00  .G.&(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.ID-+0
	rel 48+8 t=R_ADDR type:[]main.ID+0
type:[]main.ID SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 73 f2 3f d0 02 08 08 17 00 00 00 00 00 00 00 00  s.?.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]main.ID-+0
	rel 44+4 t=RelocType(-32763) type:*[]main.ID+0
	rel 48+8 t=R_ADDR type:main.ID+0
runtime.interequal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.interequal+0
type:.namedata.*main.Stringer. SRODATA dupok size=16 align=0x1
	0x0000 01 0e 2a 6d 61 69 6e 2e 53 74 72 69 6e 67 65 72  ..*main.Stringer
type:*main.Stringer SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f6 bd 5a 2c 28 08 08 16 00 00 00 00 00 00 00 00  ..Z,(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Stringer.+0
	rel 48+8 t=R_ADDR type:main.Stringer+0
type:main.Stringer SRODATA size=104 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 22 ce c6 83 07 08 08 14 00 00 00 00 00 00 00 00  "...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 01 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.interequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Stringer.+0
	rel 44+4 t=R_ADDROFF type:*main.Stringer+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.Stringer+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+4 t=R_ADDROFF type:.namedata.String.+0
	rel 100+4 t=R_ADDROFF type:func() string+0
go:string."#" SRODATA dupok size=1 align=0x1
	0x0000 23                                               #
go:string.", " SRODATA dupok size=2 align=0x1
	0x0000 2c 20                                            , 
go:string."a" SRODATA dupok size=1 align=0x1
	0x0000 61                                               a
go:string."b" SRODATA dupok size=1 align=0x1
	0x0000 62                                               b
go:string."c" SRODATA dupok size=1 align=0x1
	0x0000 63                                               c
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
runtime.f64equal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.f64equal+0
type:.namedata.*go.shape.float64- SRODATA dupok size=19 align=0x1
	0x0000 00 11 2a 67 6f 2e 73 68 61 70 65 2e 66 6c 6f 61  ..*go.shape.floa
	0x0010 74 36 34                                         t64
type:*go.shape.float64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 08 b9 4c 33 28 08 08 16 00 00 00 00 00 00 00 00  ..L3(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*go.shape.float64-+0
	rel 48+8 t=R_ADDR type:go.shape.float64+0
type:.importpath.go.shape. SRODATA dupok size=10 align=0x1
	0x0000 00 08 67 6f 2e 73 68 61 70 65                    ..go.shape
type:go.shape.float64 SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 7a 70 83 34 07 08 08 0e 00 00 00 00 00 00 00 00  zp.4............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 10 00 00 00              ............
	rel 24+8 t=R_ADDR runtime.f64equal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*go.shape.float64-+0
	rel 44+4 t=R_ADDROFF type:*go.shape.float64+0
	rel 48+4 t=R_ADDROFF type:.importpath.go.shape.+0
type:.namedata.*go.shape.int- SRODATA dupok size=15 align=0x1
	0x0000 00 0d 2a 67 6f 2e 73 68 61 70 65 2e 69 6e 74     ..*go.shape.int
type:*go.shape.int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 72 6a e4 bb 28 08 08 16 00 00 00 00 00 00 00 00  rj..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*go.shape.int-+0
	rel 48+8 t=R_ADDR type:go.shape.int+0
type:go.shape.int SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 e3 5f 1b a2 0f 08 08 02 00 00 00 00 00 00 00 00  ._..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 10 00 00 00              ............
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*go.shape.int-+0
	rel 44+4 t=R_ADDROFF type:*go.shape.int+0
	rel 48+4 t=R_ADDROFF type:.importpath.go.shape.+0
runtime.strequal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.strequal+0
type:.namedata.*go.shape.string- SRODATA dupok size=18 align=0x1
	0x0000 00 10 2a 67 6f 2e 73 68 61 70 65 2e 73 74 72 69  ..*go.shape.stri
	0x0010 6e 67                                            ng
type:*go.shape.string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 36 c8 77 7c 28 08 08 16 00 00 00 00 00 00 00 00  6.w|(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*go.shape.string-+0
	rel 48+8 t=R_ADDR type:go.shape.string+0
type:go.shape.string SRODATA dupok size=64 align=0x8
	0x0000 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f0 89 90 17 07 08 08 18 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 10 00 00 00              ............
	rel 24+8 t=R_ADDR runtime.strequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*go.shape.string-+0
	rel 44+4 t=R_ADDROFF type:*go.shape.string+0
	rel 48+4 t=R_ADDROFF type:.importpath.go.shape.+0
type:.namedata.*main.Set[go.shape.int]. SRODATA dupok size=25 align=0x1
	0x0000 01 17 2a 6d 61 69 6e 2e 53 65 74 5b 67 6f 2e 73  ..*main.Set[go.s
	0x0010 68 61 70 65 2e 69 6e 74 5d                       hape.int]
type:*main.Set[go.shape.int] SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 1b 89 d8 17 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Set[go.shape.int].+0
	rel 48+8 t=R_ADDR type:main.Set[go.shape.int]+0
type:.namedata.*map.group[go.shape.int]struct {}- SRODATA dupok size=35 align=0x1
	0x0000 00 21 2a 6d 61 70 2e 67 72 6f 75 70 5b 67 6f 2e  .!*map.group[go.
	0x0010 73 68 61 70 65 2e 69 6e 74 5d 73 74 72 75 63 74  shape.int]struct
	0x0020 20 7b 7d                                          {}
type:noalg.*map.group[go.shape.int]struct {} SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 2f cf e0 01 20 08 08 16 00 00 00 00 00 00 00 00  /... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[go.shape.int]struct {}-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[go.shape.int]struct {}+0
type:.namedata.*[8]struct { key go.shape.int; elem struct {} }- SRODATA dupok size=49 align=0x1
	0x0000 00 2f 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  ./*[8]struct { k
	0x0010 65 79 20 67 6f 2e 73 68 61 70 65 2e 69 6e 74 3b  ey go.shape.int;
	0x0020 20 65 6c 65 6d 20 73 74 72 75 63 74 20 7b 7d 20   elem struct {} 
	0x0030 7d                                               }
type:noalg.*[8]struct { key go.shape.int; elem struct {} } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ff 69 76 a7 20 08 08 16 00 00 00 00 00 00 00 00  .iv. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key go.shape.int; elem struct {} }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key go.shape.int; elem struct {} }+0
type:.namedata.*struct { key go.shape.int; elem struct {} }- SRODATA dupok size=46 align=0x1
	0x0000 00 2c 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  .,*struct { key 
	0x0010 67 6f 2e 73 68 61 70 65 2e 69 6e 74 3b 20 65 6c  go.shape.int; el
	0x0020 65 6d 20 73 74 72 75 63 74 20 7b 7d 20 7d        em struct {} }
type:noalg.*struct { key go.shape.int; elem struct {} } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f3 5a c9 98 20 08 08 16 00 00 00 00 00 00 00 00  .Z.. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key go.shape.int; elem struct {} }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key go.shape.int; elem struct {} }+0
type:noalg.struct { key go.shape.int; elem struct {} } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 4d e7 aa e2 02 08 08 19 00 00 00 00 00 00 00 00  M...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key go.shape.int; elem struct {} }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key go.shape.int; elem struct {} }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key go.shape.int; elem struct {} }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:go.shape.int+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:struct {}+0
type:.namedata.*[]struct { key go.shape.int; elem struct {} }- SRODATA dupok size=48 align=0x1
	0x0000 00 2e 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  ..*[]struct { ke
	0x0010 79 20 67 6f 2e 73 68 61 70 65 2e 69 6e 74 3b 20  y go.shape.int; 
	0x0020 65 6c 65 6d 20 73 74 72 75 63 74 20 7b 7d 20 7d  elem struct {} }
type:*[]struct { key go.shape.int; elem struct {} } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fb 15 9a f2 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key go.shape.int; elem struct {} }-+0
	rel 48+8 t=R_ADDR type:[]struct { key go.shape.int; elem struct {} }+0
type:[]struct { key go.shape.int; elem struct {} } SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ef de 94 65 02 08 08 17 00 00 00 00 00 00 00 00  ...e............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key go.shape.int; elem struct {} }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key go.shape.int; elem struct {} }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key go.shape.int; elem struct {} }+0
type:noalg.[8]struct { key go.shape.int; elem struct {} } SRODATA dupok size=72 align=0x8
	0x0000 80 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 5a fd 01 0b 02 08 08 11 00 00 00 00 00 00 00 00  Z...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key go.shape.int; elem struct {} }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key go.shape.int; elem struct {} }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key go.shape.int; elem struct {} }+0
	rel 56+8 t=R_ADDR type:[]struct { key go.shape.int; elem struct {} }+0
type:noalg.map.group[go.shape.int]struct {} SRODATA dupok size=128 align=0x8
	0x0000 88 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 c2 71 49 95 02 08 08 19 00 00 00 00 00 00 00 00  .qI.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[go.shape.int]struct {}-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[go.shape.int]struct {}+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[go.shape.int]struct {}+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key go.shape.int; elem struct {} }+0
type:.namedata.*map[go.shape.int]struct {}- SRODATA dupok size=29 align=0x1
	0x0000 00 1b 2a 6d 61 70 5b 67 6f 2e 73 68 61 70 65 2e  ..*map[go.shape.
	0x0010 69 6e 74 5d 73 74 72 75 63 74 20 7b 7d           int]struct {}
type:*map[go.shape.int]struct {} SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 fd 8b ce 8d 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[go.shape.int]struct {}-+0
	rel 48+8 t=R_ADDR type:map[go.shape.int]struct {}+0
type:map[go.shape.int]struct {} SRODATA dupok size=136 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 37 3d 03 14 22 08 08 15 00 00 00 00 00 00 00 00  7=.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 88 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0070 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00                                      ....
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[go.shape.int]struct {}-+0
	rel 44+4 t=RelocType(-32763) type:*map[go.shape.int]struct {}+0
	rel 48+8 t=R_ADDR type:go.shape.int+0
	rel 56+8 t=R_ADDR type:struct {}+0
	rel 64+8 t=R_ADDR type:noalg.map.group[go.shape.int]struct {}+0
	rel 72+8 t=R_ADDR runtime.memhash64·f+0
type:main.Set[go.shape.int] SRODATA dupok size=152 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 55 6e a8 c8 27 08 08 15 00 00 00 00 00 00 00 00  Un..'...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 88 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0070 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 10 00 00 00                                      ....
	rel 0+0 t=R_KEEP type:map[go.shape.int]struct {}+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Set[go.shape.int].+0
	rel 44+4 t=R_ADDROFF type:*main.Set[go.shape.int]+0
	rel 48+8 t=R_ADDR type:go.shape.int+0
	rel 56+8 t=R_ADDR type:struct {}+0
	rel 64+8 t=R_ADDR type:noalg.map.group[go.shape.int]struct {}+0
	rel 72+8 t=R_ADDR runtime.memhash64·f+0
	rel 136+4 t=R_ADDROFF type:.importpath.main.+0
type:.namedata.*main.node[go.shape.float64]- SRODATA dupok size=30 align=0x1
	0x0000 00 1c 2a 6d 61 69 6e 2e 6e 6f 64 65 5b 67 6f 2e  ..*main.node[go.
	0x0010 73 68 61 70 65 2e 66 6c 6f 61 74 36 34 5d        shape.float64]
type:*main.node[go.shape.float64] SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f9 63 6d d2 28 08 08 16 00 00 00 00 00 00 00 00  .cm.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.node[go.shape.float64]-+0
	rel 48+8 t=R_ADDR type:main.node[go.shape.float64]+0
type:main.node[go.shape.float64] SRODATA dupok size=144 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 7a f6 bf 23 07 08 08 19 00 00 00 00 00 00 00 00  z..#............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.GM8+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.node[go.shape.float64]-+0
	rel 44+4 t=R_ADDROFF type:*main.node[go.shape.float64]+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.node[go.shape.float64]+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.v-+0
	rel 104+8 t=R_ADDR type:go.shape.float64+0
	rel 120+8 t=R_ADDR type:.namedata.next-+0
	rel 128+8 t=R_ADDR type:*main.node[go.shape.float64]+0
type:.namedata.*[3]uintptr- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 5b 33 5d 75 69 6e 74 70 74 72           ..*[3]uintptr
type:.eqfunc.M24 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:[3]uintptr SRODATA dupok size=72 align=0x8
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 33 18 e6 24 0a 08 08 11 00 00 00 00 00 00 00 00  3..$............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M24+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[3]uintptr-+0
	rel 44+4 t=RelocType(-32763) type:*[3]uintptr+0
	rel 48+8 t=R_ADDR type:uintptr+0
	rel 56+8 t=R_ADDR type:[]uintptr+0
type:*[3]uintptr SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 84 95 5a b6 28 08 08 16 00 00 00 00 00 00 00 00  ..Z.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[3]uintptr-+0
	rel 48+8 t=R_ADDR type:[3]uintptr+0
type:.namedata.*[4]uintptr- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 5b 34 5d 75 69 6e 74 70 74 72           ..*[4]uintptr
type:.eqfunc.M32 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00  ........ .......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:[4]uintptr SRODATA dupok size=72 align=0x8
	0x0000 20 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00   ...............
	0x0010 d4 1a b7 fc 0a 08 08 11 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 04 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M32+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]uintptr-+0
	rel 44+4 t=RelocType(-32763) type:*[4]uintptr+0
	rel 48+8 t=R_ADDR type:uintptr+0
	rel 56+8 t=R_ADDR type:[]uintptr+0
type:*[4]uintptr SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 bc ae bb fd 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]uintptr-+0
	rel 48+8 t=R_ADDR type:[4]uintptr+0
type:.namedata.*[5]uintptr- SRODATA dupok size=13 align=0x1
	0x0000 00 0b 2a 5b 35 5d 75 69 6e 74 70 74 72           ..*[5]uintptr
type:.eqfunc.M40 SRODATA dupok size=16 align=0x0
	0x0000 00 00 00 00 00 00 00 00 28 00 00 00 00 00 00 00  ........(.......
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
type:[5]uintptr SRODATA dupok size=72 align=0x8
	0x0000 28 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  (...............
	0x0010 a1 10 d9 c5 0a 08 08 11 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 05 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc.M40+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[5]uintptr-+0
	rel 44+4 t=RelocType(-32763) type:*[5]uintptr+0
	rel 48+8 t=R_ADDR type:uintptr+0
	rel 56+8 t=R_ADDR type:[]uintptr+0
type:*[5]uintptr SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a1 35 02 e5 28 08 08 16 00 00 00 00 00 00 00 00  .5..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[5]uintptr-+0
	rel 48+8 t=R_ADDR type:[5]uintptr+0
type:.namedata.*main.List[go.shape.float64]. SRODATA dupok size=30 align=0x1
	0x0000 01 1c 2a 6d 61 69 6e 2e 4c 69 73 74 5b 67 6f 2e  ..*main.List[go.
	0x0010 73 68 61 70 65 2e 66 6c 6f 61 74 36 34 5d        shape.float64]
type:main.List[go.shape.float64] SRODATA dupok size=144 align=0x8
	0x0000 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 23 c2 5e 63 0f 08 08 19 00 00 00 00 00 00 00 00  #.^c............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR runtime.memequal128·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.List[go.shape.float64].+0
	rel 44+4 t=R_ADDROFF type:*main.List[go.shape.float64]+0
	rel 48+8 t=R_ADDR type:.importpath.main.+0
	rel 56+8 t=R_ADDR type:main.List[go.shape.float64]+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.head-+0
	rel 104+8 t=R_ADDR type:*main.node[go.shape.float64]+0
	rel 120+8 t=R_ADDR type:.namedata.n-+0
	rel 128+8 t=R_ADDR type:int+0
type:*main.List[go.shape.float64] SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 93 02 62 a0 28 08 08 16 00 00 00 00 00 00 00 00  ..b.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.List[go.shape.float64].+0
	rel 48+8 t=R_ADDR type:main.List[go.shape.float64]+0
type:.namedata.*[]go.shape.float64- SRODATA dupok size=21 align=0x1
	0x0000 00 13 2a 5b 5d 67 6f 2e 73 68 61 70 65 2e 66 6c  ..*[]go.shape.fl
	0x0010 6f 61 74 36 34                                   oat64
type:*[]go.shape.float64 SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 30 10 eb 16 28 08 08 16 00 00 00 00 00 00 00 00  0...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]go.shape.float64-+0
	rel 48+8 t=R_ADDR type:[]go.shape.float64+0
type:[]go.shape.float64 SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 be c3 dd aa 02 08 08 17 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]go.shape.float64-+0
	rel 44+4 t=RelocType(-32763) type:*[]go.shape.float64+0
	rel 48+8 t=R_ADDR type:go.shape.float64+0
type:.namedata.*[]go.shape.int- SRODATA dupok size=17 align=0x1
	0x0000 00 0f 2a 5b 5d 67 6f 2e 73 68 61 70 65 2e 69 6e  ..*[]go.shape.in
	0x0010 74                                               t
type:*[]go.shape.int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 1e 91 13 ff 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]go.shape.int-+0
	rel 48+8 t=R_ADDR type:[]go.shape.int+0
type:[]go.shape.int SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 8c 09 0d 5c 02 08 08 17 00 00 00 00 00 00 00 00  ...\............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]go.shape.int-+0
	rel 44+4 t=RelocType(-32763) type:*[]go.shape.int+0
	rel 48+8 t=R_ADDR type:go.shape.int+0
type:.namedata.*[]go.shape.string- SRODATA dupok size=20 align=0x1
	0x0000 00 12 2a 5b 5d 67 6f 2e 73 68 61 70 65 2e 73 74  ..*[]go.shape.st
	0x0010 72 69 6e 67                                      ring
type:*[]go.shape.string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 ef f1 f3 af 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]go.shape.string-+0
	rel 48+8 t=R_ADDR type:[]go.shape.string+0
type:[]go.shape.string SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b9 01 53 0f 02 08 08 17 00 00 00 00 00 00 00 00  ..S.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]go.shape.string-+0
	rel 44+4 t=RelocType(-32763) type:*[]go.shape.string+0
	rel 48+8 t=R_ADDR type:go.shape.string+0
type:.namedata.*func(go.shape.float64)- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 67 6f 2e 73 68 61 70 65  ..*func(go.shape
	0x0010 2e 66 6c 6f 61 74 36 34 29                       .float64)
type:*func(go.shape.float64) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 41 5f 14 ca 28 08 08 16 00 00 00 00 00 00 00 00  A_..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(go.shape.float64)-+0
	rel 48+8 t=R_ADDR type:func(go.shape.float64)+0
type:func(go.shape.float64) SRODATA dupok size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f2 f5 1f cd 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(go.shape.float64)-+0
	rel 44+4 t=RelocType(-32763) type:*func(go.shape.float64)+0
	rel 56+8 t=R_ADDR type:go.shape.float64+0
runtime.gcbits.0400000000000000 SRODATA dupok size=8 align=0x8
	0x0000 04 00 00 00 00 00 00 00                          ........
runtime.gcbits.1500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 15 00 00 00 00 00 00 00                          ........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.ID.String.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.ID.String.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Dj7m7VTqKq6fxJqfrrXabg== SRODATA dupok size=8 align=0x4
	0x0000 05 00 00 00 00 00 00 00                          ........
gclocals·4s3ku6Qb4aQNN1wbFrlEJg== SRODATA dupok size=18 align=0x4
	0x0000 05 00 00 00 10 00 00 00 00 00 08 00 40 00 02 00  ............@...
	0x0010 03 00                                            ..
main.main.stkobj SRODATA static size=56 align=0x8
	0x0000 03 00 00 00 00 00 00 00 88 ff ff ff 10 00 00 00  ................
	0x0010 08 00 00 00 00 00 00 00 a0 ff ff ff 30 00 00 00  ............0...
	0x0020 18 00 00 00 00 00 00 00 d0 ff ff ff 30 00 00 00  ............0...
	0x0030 28 00 00 00 00 00 00 00                          (.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0100000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.1500000000000000+0
gclocals·bOe5TeiqYWGHlKaYjVoRzg== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 03 00 00 00 05 04 00                 ...........
gclocals·Vi90HuirP9VPo7whN2aauw== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 01 00 00 00 00 01 00                 ...........
main.(*List[go.shape.float64]).Each.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 08 08 10 08 ff                                   .....
main.(*List[go.shape.float64]).Each.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 04                                         ...
gclocals·JnfAVn+HlBgdPzEchG//AQ== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.(*List[go.shape.float64]).Prepend.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 08 08 10 08 ff                                   .....
main.(*List[go.shape.float64]).Prepend.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 05                                         ...
gclocals·LlwIfJ7557UAFoF2cYCFqg== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 02 00 00 00 03 02 00                 ...........
main.(*List[float64]).Each.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 08 08 ff                                         ...
main.(*List[float64]).Each.argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 02                                         ...
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
main.(*List[float64]).Prepend.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 08 08 ff                                         ...
main.(*List[float64]).Prepend.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
main.Set[go.shape.int].Has.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 08 08 10 08 ff                                   .....
main.Set[go.shape.int].Has.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Set[go.shape.int].Add.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 08 08 10 08 ff                                   .....
main.Set[go.shape.int].Add.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Set[int].Has.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 08 08 ff                                         ...
main.Set[int].Has.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Set[int].Add.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 08 08 ff                                         ...
main.Set[int].Add.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
main.Index[go.shape.int].arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 08 08 10 08 18 08 fd 20 08 ff                 ........ ..
main.Index[go.shape.int].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Index[main.ID].arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 18 08 ff                                         ...
main.Index[main.ID].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Index[go.shape.float64].arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 08 08 10 08 18 08 fd 20 08 ff                 ........ ..
main.Index[go.shape.float64].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Index[float64].arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 18 08 ff                                         ...
main.Index[float64].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·B8HbU7Eg9fqtpXmIbLjHnQ== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 05 00 00 00 12 12 00                 ...........
main.Index[go.shape.string].arginfo1 SRODATA static dupok size=15 align=0x1
	0x0000 fe 08 08 10 08 18 08 fd fe 20 08 28 08 fd ff     ......... .(...
main.Index[go.shape.string].argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 34                                         ..4
gclocals·R1skkzq7HdXS0/+tXZdW+A== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 04 00 00 00 09 09 00                 ...........
main.Index[string].arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 18 08 20 08 fd ff                             ... ...
main.Index[string].argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 1a                                         ...
gclocals·4yYZh4T1ccm5P1SxLIsstQ== SRODATA dupok size=11 align=0x4
	0x0000 03 00 00 00 05 00 00 00 13 13 00                 ...........
main.Join[go.shape.int].arginfo1 SRODATA static dupok size=15 align=0x1
	0x0000 fe 08 08 10 08 18 08 fd fe 20 08 28 08 fd ff     ......... .(...
main.Join[go.shape.int].argliveinfo SRODATA static dupok size=3 align=0x1
	0x0000 00 00 37                                         ..7
gclocals·cC5rNmVCHyCv6uELS7ccGw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 04 00 00 00 09 00                    ..........
main.Join[main.ID].arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 18 08 20 08 fd ff                             ... ...
main.Join[main.ID].argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Stringer.String.arginfo1 SRODATA static dupok size=7 align=0x1
	0x0000 fe 00 08 08 08 fd ff                             .......
main.Stringer.String.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*ID).String.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*ID).String.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Set[int]).Add.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 08 08 ff                                         ...
main.(*Set[int]).Add.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Set[int]).Has.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 08 08 ff                                         ...
main.(*Set[int]).Has.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Set[go.shape.int]).Add.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 08 08 10 08 ff                                   .....
main.(*Set[go.shape.int]).Add.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Set[go.shape.int]).Has.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 08 08 10 08 ff                                   .....
main.(*Set[go.shape.int]).Has.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.eq.GM8.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.GM8.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
$f64.3fe0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 e0 3f                          .......?
$f64.4008000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 08 40                          .......@
