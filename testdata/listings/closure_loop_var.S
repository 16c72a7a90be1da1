funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (closure_loop_var.go:4)	TEXT	main.main(SB), ABIInternal, $424-0
     0        00000 (closure_loop_var.go:4)	TEXT	main.main(SB), ABIInternal, $424-0
     0     -1 00000 (closure_loop_var.go:4)	LEAQ	-296(SP), R12
     8        00008 (closure_loop_var.go:4)	CMPQ	R12, 16(R14)
     c        00012 (closure_loop_var.go:4)	PCDATA	$0, $-2
     c        00012 (closure_loop_var.go:4)	JLS	1788
    12        00018 (closure_loop_var.go:4)	PCDATA	$0, $-1
    12        00018 (closure_loop_var.go:4)	PUSHQ	BP
    13        00019 (closure_loop_var.go:4)	MOVQ	SP, BP
    16        00022 (closure_loop_var.go:4)	SUBQ	$416, SP
    1d        00029 (closure_loop_var.go:4)	FUNCDATA	$0, gclocals·XhHydcwudYgAAAHTAKMedg==(SB)
    1d        00029 (closure_loop_var.go:4)	FUNCDATA	$1, gclocals·WpKMhX+wNkBOpNuqnUgq+g==(SB)
    1d        00029 (closure_loop_var.go:4)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (closure_loop_var.go:4)	XORL	AX, AX
    1f        00031 (closure_loop_var.go:4)	MOVL	$1, CX
    24        00036 (closure_loop_var.go:4)	XORL	DX, DX
    26        00038 (closure_loop_var.go:4)	XORL	BX, BX
    28        00040 (closure_loop_var.go:4)	XORL	SI, SI
    2a        00042 (closure_loop_var.go:4)	XORL	DI, DI
    2c        00044 (closure_loop_var.go:6)	JMP	64
    2e        00046 (closure_loop_var.go:7)	PCDATA	$0, $-2
    2e        00046 (closure_loop_var.go:7)	MOVQ	AX, -8(BX)(SI*8)
    33        00051 (<unknown line number>)	PCDATA	$0, $-1
    33        00051 (<unknown line number>)	MOVQ	DX, AX
    36        00054 (<unknown line number>)	MOVQ	SI, DX
    39        00057 (<unknown line number>)	MOVL	DI, SI
    3b        00059 (<unknown line number>)	MOVQ	CX, DI
    3e        00062 (<unknown line number>)	XORL	CX, CX
    40        00064 (closure_loop_var.go:6)	XORL	$1, CX
    43        00067 (closure_loop_var.go:6)	MOVBLZX	CL, R8
    47        00071 (closure_loop_var.go:6)	ADDQ	AX, R8
    4a        00074 (closure_loop_var.go:6)	CMPQ	R8, $5
    4e        00078 (closure_loop_var.go:6)	JGE	357
    54        00084 (closure_loop_var.go:6)	MOVQ	R8, main.i+112(SP)
    59        00089 (<unknown line number>)	MOVQ	DI, main.fs.cap+160(SP)
    61        00097 (<unknown line number>)	MOVQ	DX, main.fs.len+152(SP)
    69        00105 (<unknown line number>)	MOVQ	BX, main.fs.ptr+216(SP)
    71        00113 (<unknown line number>)	MOVB	SIB, main..autotmp_66+71(SP)
    76        00118 (closure_loop_var.go:7)	MOVL	$16, AX
    7b        00123 (closure_loop_var.go:7)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
    82        00130 (closure_loop_var.go:7)	MOVL	$1, CX
    87        00135 (closure_loop_var.go:7)	PCDATA	$1, $1
    87        00135 (closure_loop_var.go:7)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
    8c        00140 (closure_loop_var.go:7)	LEAQ	main.main.func1(SB), DX
    93        00147 (closure_loop_var.go:7)	MOVQ	DX, (AX)
    96        00150 (closure_loop_var.go:7)	MOVQ	main.i+112(SP), DX
    9b        00155 (closure_loop_var.go:7)	MOVQ	DX, 8(AX)
    9f        00159 (closure_loop_var.go:7)	MOVQ	main.fs.len+152(SP), BX
    a7        00167 (closure_loop_var.go:7)	LEAQ	1(BX), SI
    ab        00171 (closure_loop_var.go:7)	MOVQ	main.fs.cap+160(SP), CX
    b3        00179 (closure_loop_var.go:7)	CMPQ	CX, SI
    b6        00182 (closure_loop_var.go:7)	JCS	199
    b8        00184 (closure_loop_var.go:6)	MOVQ	main.fs.ptr+216(SP), BX
    c0        00192 (closure_loop_var.go:6)	MOVBLZX	main..autotmp_66+71(SP), DI
    c5        00197 (closure_loop_var.go:7)	JMP	317
    c7        00199 (closure_loop_var.go:7)	MOVQ	AX, main..autotmp_67+256(SP)
    cf        00207 (closure_loop_var.go:7)	CMPQ	SI, $4
    d3        00211 (closure_loop_var.go:7)	JGT	263
    d5        00213 (<unknown line number>)	MOVBLZX	main..autotmp_66+71(SP), R8
    db        00219 (<unknown line number>)	NOP
    e0        00224 (<unknown line number>)	TESTB	R8B, R8B
    e3        00227 (closure_loop_var.go:7)	JNE	263
    e5        00229 (closure_loop_var.go:7)	TESTQ	BX, BX
    e8        00232 (closure_loop_var.go:7)	JNE	263
    ea        00234 (closure_loop_var.go:7)	LEAQ	main..autotmp_41+328(SP), BX
    f2        00242 (closure_loop_var.go:7)	MOVUPS	X15, (BX)
    f6        00246 (closure_loop_var.go:7)	MOVUPS	X15, 16(BX)
    fb        00251 (closure_loop_var.go:7)	MOVL	$4, CX
   100        00256 (closure_loop_var.go:7)	MOVL	$1, DI
   105        00261 (closure_loop_var.go:7)	JMP	317
   107        00263 (closure_loop_var.go:7)	MOVQ	main.fs.ptr+216(SP), AX
   10f        00271 (closure_loop_var.go:7)	MOVQ	SI, BX
   112        00274 (closure_loop_var.go:7)	MOVL	$1, DI
   117        00279 (closure_loop_var.go:7)	LEAQ	type:func() int(SB), SI
   11e        00286 (closure_loop_var.go:7)	PCDATA	$1, $2
   11e        00286 (closure_loop_var.go:7)	NOP
   120        00288 (closure_loop_var.go:7)	CALL	runtime.growslice(SB)
   125        00293 (<unknown line number>)	MOVQ	main.i+112(SP), DX
   12a        00298 (closure_loop_var.go:6)	MOVQ	BX, SI
   12d        00301 (closure_loop_var.go:6)	MOVQ	AX, BX
   130        00304 (closure_loop_var.go:6)	MOVBLZX	main..autotmp_66+71(SP), DI
   135        00309 (closure_loop_var.go:7)	MOVQ	main..autotmp_67+256(SP), AX
   13d        00317 (closure_loop_var.go:7)	CMPL	runtime.writeBarrier(SB), $0
   144        00324 (closure_loop_var.go:7)	PCDATA	$0, $-2
   144        00324 (closure_loop_var.go:7)	JEQ	46
   14a        00330 (closure_loop_var.go:7)	MOVQ	-8(BX)(SI*8), R8
   14f        00335 (closure_loop_var.go:7)	CALL	runtime.gcWriteBarrier2(SB)
   154        00340 (closure_loop_var.go:7)	MOVQ	AX, (R11)
   157        00343 (closure_loop_var.go:7)	MOVQ	R8, 8(R11)
   15b        00347 (closure_loop_var.go:7)	NOP
   160        00352 (closure_loop_var.go:7)	JMP	46
   165        00357 (closure_loop_var.go:9)	PCDATA	$0, $-1
   165        00357 (closure_loop_var.go:9)	LEAQ	+432(FP), SI
   16d        00365 (closure_loop_var.go:9)	SUBQ	SP, SI
   170        00368 (closure_loop_var.go:9)	MOVQ	BX, DI
   173        00371 (closure_loop_var.go:9)	SUBQ	SP, DI
   176        00374 (closure_loop_var.go:9)	CMPQ	DI, SI
   179        00377 (closure_loop_var.go:9)	JCC	400
   17b        00379 (closure_loop_var.go:9)	LEAQ	type:func() int(SB), AX
   182        00386 (closure_loop_var.go:9)	MOVQ	DX, CX
   185        00389 (closure_loop_var.go:9)	PCDATA	$1, $0
   185        00389 (closure_loop_var.go:9)	CALL	runtime.moveSliceNoCap(SB)
   18a        00394 (closure_loop_var.go:9)	MOVQ	BX, DX
   18d        00397 (closure_loop_var.go:9)	MOVQ	AX, BX
   190        00400 (closure_loop_var.go:9)	MOVQ	BX, main.fs.ptr+216(SP)
   198        00408 (closure_loop_var.go:9)	MOVQ	DX, main.fs.len+152(SP)
   1a0        00416 (closure_loop_var.go:9)	XORL	AX, AX
   1a2        00418 (closure_loop_var.go:9)	JMP	503
   1a4        00420 (closure_loop_var.go:9)	MOVQ	AX, main..autotmp_68+184(SP)
   1ac        00428 (closure_loop_var.go:9)	MOVQ	(BX)(AX*8), DX
   1b0        00432 (closure_loop_var.go:10)	MOVQ	(DX), AX
   1b3        00435 (closure_loop_var.go:10)	PCDATA	$1, $1
   1b3        00435 (closure_loop_var.go:10)	CALL	AX
   1b5        00437 (closure_loop_var.go:10)	MOVQ	AX, main..autotmp_69+176(SP)
   1bd        00445 (closure_loop_var.go:10)	NOP
   1c0        00448 (closure_loop_var.go:10)	CALL	runtime.printlock(SB)
   1c5        00453 (closure_loop_var.go:10)	MOVQ	main..autotmp_69+176(SP), AX
   1cd        00461 (closure_loop_var.go:10)	CALL	runtime.printint(SB)
   1d2        00466 (closure_loop_var.go:10)	CALL	runtime.printsp(SB)
   1d7        00471 (closure_loop_var.go:10)	CALL	runtime.printunlock(SB)
   1dc        00476 (closure_loop_var.go:9)	MOVQ	main..autotmp_68+184(SP), AX
   1e4        00484 (closure_loop_var.go:9)	INCQ	AX
   1e7        00487 (closure_loop_var.go:9)	MOVQ	main.fs.len+152(SP), DX
   1ef        00495 (closure_loop_var.go:9)	MOVQ	main.fs.ptr+216(SP), BX
   1f7        00503 (closure_loop_var.go:9)	CMPQ	AX, DX
   1fa        00506 (closure_loop_var.go:9)	JLT	420
   1fc        00508 (closure_loop_var.go:12)	PCDATA	$1, $0
   1fc        00508 (closure_loop_var.go:12)	NOP
   200        00512 (closure_loop_var.go:12)	CALL	runtime.printlock(SB)
   205        00517 (closure_loop_var.go:12)	CALL	runtime.printnl(SB)
   20a        00522 (closure_loop_var.go:12)	CALL	runtime.printunlock(SB)
   20f        00527 (closure_loop_var.go:14)	LEAQ	type:int(SB), AX
   216        00534 (closure_loop_var.go:14)	CALL	runtime.newobject(SB)
   21b        00539 (closure_loop_var.go:14)	MOVQ	AX, main.&shared+408(SP)
   223        00547 (closure_loop_var.go:14)	XORL	CX, CX
   225        00549 (closure_loop_var.go:14)	XORL	DX, DX
   227        00551 (closure_loop_var.go:14)	XORL	BX, BX
   229        00553 (closure_loop_var.go:14)	XORL	SI, SI
   22b        00555 (closure_loop_var.go:14)	XORL	DI, DI
   22d        00557 (closure_loop_var.go:16)	JMP	584
   22f        00559 (closure_loop_var.go:18)	PCDATA	$0, $-2
   22f        00559 (closure_loop_var.go:18)	MOVQ	AX, -8(SI)(R9*8)
   234        00564 (closure_loop_var.go:16)	PCDATA	$0, $-1
   234        00564 (closure_loop_var.go:16)	MOVQ	main.j+88(SP), R10
   239        00569 (closure_loop_var.go:16)	INCQ	R10
   23c        00572 (closure_loop_var.go:17)	MOVQ	R8, AX
   23f        00575 (closure_loop_var.go:16)	MOVQ	R9, BX
   242        00578 (closure_loop_var.go:16)	MOVQ	CX, DI
   245        00581 (closure_loop_var.go:16)	MOVQ	R10, CX
   248        00584 (closure_loop_var.go:16)	CMPQ	CX, $5
   24c        00588 (closure_loop_var.go:16)	JGE	892
   252        00594 (closure_loop_var.go:16)	MOVQ	CX, main.j+88(SP)
   257        00599 (closure_loop_var.go:16)	MOVQ	DI, main.gs.cap+144(SP)
   25f        00607 (closure_loop_var.go:16)	MOVQ	SI, main.gs.ptr+208(SP)
   267        00615 (closure_loop_var.go:16)	MOVQ	BX, main.gs.len+136(SP)
   26f        00623 (closure_loop_var.go:16)	MOVB	DL, main..autotmp_66+71(SP)
   273        00627 (closure_loop_var.go:17)	MOVQ	CX, (AX)
   276        00630 (closure_loop_var.go:18)	MOVL	$16, AX
   27b        00635 (closure_loop_var.go:18)	LEAQ	type:noalg.struct { F uintptr; X0 *int }(SB), BX
   282        00642 (closure_loop_var.go:18)	MOVL	$1, CX
   287        00647 (closure_loop_var.go:18)	PCDATA	$1, $3
   287        00647 (closure_loop_var.go:18)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
   28c        00652 (closure_loop_var.go:18)	LEAQ	main.main.func2(SB), DX
   293        00659 (closure_loop_var.go:18)	MOVQ	DX, (AX)
   296        00662 (closure_loop_var.go:18)	CMPL	runtime.writeBarrier(SB), $0
   29d        00669 (closure_loop_var.go:18)	PCDATA	$0, $-2
   29d        00669 (closure_loop_var.go:18)	JNE	681
   29f        00671 (closure_loop_var.go:18)	MOVQ	main.&shared+408(SP), R8
   2a7        00679 (closure_loop_var.go:18)	JMP	697
   2a9        00681 (closure_loop_var.go:18)	CALL	runtime.gcWriteBarrier1(SB)
   2ae        00686 (closure_loop_var.go:18)	MOVQ	main.&shared+408(SP), R8
   2b6        00694 (closure_loop_var.go:18)	MOVQ	R8, (R11)
   2b9        00697 (closure_loop_var.go:18)	MOVQ	R8, 8(AX)
   2bd        00701 (closure_loop_var.go:18)	PCDATA	$0, $-1
   2bd        00701 (closure_loop_var.go:18)	MOVQ	main.gs.len+136(SP), BX
   2c5        00709 (closure_loop_var.go:18)	LEAQ	1(BX), R9
   2c9        00713 (closure_loop_var.go:18)	MOVQ	main.gs.cap+144(SP), CX
   2d1        00721 (closure_loop_var.go:18)	CMPQ	CX, R9
   2d4        00724 (closure_loop_var.go:18)	JCS	741
   2d6        00726 (closure_loop_var.go:18)	MOVQ	main.gs.ptr+208(SP), SI
   2de        00734 (closure_loop_var.go:18)	MOVBLZX	main..autotmp_66+71(SP), DX
   2e3        00739 (closure_loop_var.go:18)	JMP	857
   2e5        00741 (closure_loop_var.go:18)	MOVQ	AX, main..autotmp_70+248(SP)
   2ed        00749 (closure_loop_var.go:18)	CMPQ	R9, $4
   2f1        00753 (closure_loop_var.go:18)	JGT	802
   2f3        00755 (closure_loop_var.go:16)	MOVBLZX	main..autotmp_66+71(SP), R10
   2f9        00761 (closure_loop_var.go:16)	TESTB	R10B, R10B
   2fc        00764 (closure_loop_var.go:18)	JNE	802
   2fe        00766 (closure_loop_var.go:18)	NOP
   300        00768 (closure_loop_var.go:18)	TESTQ	BX, BX
   303        00771 (closure_loop_var.go:18)	JNE	802
   305        00773 (closure_loop_var.go:18)	LEAQ	main..autotmp_46+296(SP), SI
   30d        00781 (closure_loop_var.go:18)	MOVUPS	X15, (SI)
   311        00785 (closure_loop_var.go:18)	MOVUPS	X15, 16(SI)
   316        00790 (closure_loop_var.go:18)	MOVL	$4, CX
   31b        00795 (closure_loop_var.go:18)	MOVL	$1, DX
   320        00800 (closure_loop_var.go:18)	JMP	857
   322        00802 (closure_loop_var.go:18)	MOVQ	main.gs.ptr+208(SP), AX
   32a        00810 (closure_loop_var.go:18)	MOVQ	R9, BX
   32d        00813 (closure_loop_var.go:18)	MOVL	$1, DI
   332        00818 (closure_loop_var.go:18)	LEAQ	type:func() int(SB), SI
   339        00825 (closure_loop_var.go:18)	PCDATA	$1, $4
   339        00825 (closure_loop_var.go:18)	CALL	runtime.growslice(SB)
   33e        00830 (closure_loop_var.go:17)	MOVQ	main.&shared+408(SP), R8
   346        00838 (closure_loop_var.go:18)	MOVQ	BX, R9
   349        00841 (closure_loop_var.go:18)	MOVQ	AX, SI
   34c        00844 (closure_loop_var.go:18)	MOVBLZX	main..autotmp_66+71(SP), DX
   351        00849 (closure_loop_var.go:18)	MOVQ	main..autotmp_70+248(SP), AX
   359        00857 (closure_loop_var.go:18)	CMPL	runtime.writeBarrier(SB), $0
   360        00864 (closure_loop_var.go:18)	PCDATA	$0, $-2
   360        00864 (closure_loop_var.go:18)	JEQ	559
   366        00870 (closure_loop_var.go:18)	MOVQ	-8(SI)(R9*8), DI
   36b        00875 (closure_loop_var.go:18)	CALL	runtime.gcWriteBarrier2(SB)
   370        00880 (closure_loop_var.go:18)	MOVQ	AX, (R11)
   373        00883 (closure_loop_var.go:18)	MOVQ	DI, 8(R11)
   377        00887 (closure_loop_var.go:18)	JMP	559
   37c        00892 (closure_loop_var.go:20)	PCDATA	$0, $-1
   37c        00892 (closure_loop_var.go:20)	LEAQ	+432(FP), DI
   384        00900 (closure_loop_var.go:20)	SUBQ	SP, DI
   387        00903 (closure_loop_var.go:20)	MOVQ	SI, R8
   38a        00906 (closure_loop_var.go:20)	SUBQ	SP, SI
   38d        00909 (closure_loop_var.go:20)	CMPQ	SI, DI
   390        00912 (closure_loop_var.go:20)	JCC	936
   392        00914 (closure_loop_var.go:20)	LEAQ	type:func() int(SB), AX
   399        00921 (closure_loop_var.go:20)	MOVQ	BX, CX
   39c        00924 (closure_loop_var.go:20)	MOVQ	R8, BX
   39f        00927 (closure_loop_var.go:20)	PCDATA	$1, $0
   39f        00927 (closure_loop_var.go:20)	NOP
   3a0        00928 (closure_loop_var.go:20)	CALL	runtime.moveSliceNoCap(SB)
   3a5        00933 (closure_loop_var.go:20)	MOVQ	AX, R8
   3a8        00936 (closure_loop_var.go:20)	MOVQ	R8, main.gs.ptr+208(SP)
   3b0        00944 (closure_loop_var.go:20)	MOVQ	BX, main.gs.len+136(SP)
   3b8        00952 (closure_loop_var.go:20)	XORL	AX, AX
   3ba        00954 (closure_loop_var.go:20)	JMP	1036
   3bc        00956 (closure_loop_var.go:20)	MOVQ	AX, main..autotmp_68+184(SP)
   3c4        00964 (closure_loop_var.go:20)	MOVQ	(R8)(AX*8), DX
   3c8        00968 (closure_loop_var.go:21)	MOVQ	(DX), AX
   3cb        00971 (closure_loop_var.go:21)	PCDATA	$1, $5
   3cb        00971 (closure_loop_var.go:21)	CALL	AX
   3cd        00973 (closure_loop_var.go:21)	MOVQ	AX, main..autotmp_69+176(SP)
   3d5        00981 (closure_loop_var.go:21)	CALL	runtime.printlock(SB)
   3da        00986 (closure_loop_var.go:21)	MOVQ	main..autotmp_69+176(SP), AX
   3e2        00994 (closure_loop_var.go:21)	CALL	runtime.printint(SB)
   3e7        00999 (closure_loop_var.go:21)	CALL	runtime.printsp(SB)
   3ec        01004 (closure_loop_var.go:21)	CALL	runtime.printunlock(SB)
   3f1        01009 (closure_loop_var.go:20)	MOVQ	main..autotmp_68+184(SP), AX
   3f9        01017 (closure_loop_var.go:20)	INCQ	AX
   3fc        01020 (closure_loop_var.go:20)	MOVQ	main.gs.len+136(SP), BX
   404        01028 (closure_loop_var.go:20)	MOVQ	main.gs.ptr+208(SP), R8
   40c        01036 (closure_loop_var.go:20)	CMPQ	AX, BX
   40f        01039 (closure_loop_var.go:20)	JLT	956
   411        01041 (closure_loop_var.go:23)	PCDATA	$1, $0
   411        01041 (closure_loop_var.go:23)	CALL	runtime.printlock(SB)
   416        01046 (closure_loop_var.go:23)	CALL	runtime.printnl(SB)
   41b        01051 (closure_loop_var.go:23)	NOP
   420        01056 (closure_loop_var.go:23)	CALL	runtime.printunlock(SB)
   425        01061 (closure_loop_var.go:25)	MOVQ	$5, main..autotmp_34+368(SP)
   431        01073 (closure_loop_var.go:25)	LEAQ	go:string."alpha"(SB), AX
   438        01080 (closure_loop_var.go:25)	MOVQ	AX, main..autotmp_34+360(SP)
   440        01088 (closure_loop_var.go:25)	MOVQ	$4, main..autotmp_34+384(SP)
   44c        01100 (closure_loop_var.go:25)	LEAQ	go:string."beta"(SB), AX
   453        01107 (closure_loop_var.go:25)	MOVQ	AX, main..autotmp_34+376(SP)
   45b        01115 (closure_loop_var.go:25)	MOVQ	$5, main..autotmp_34+400(SP)
   467        01127 (closure_loop_var.go:25)	LEAQ	go:string."gamma"(SB), AX
   46e        01134 (closure_loop_var.go:25)	MOVQ	AX, main..autotmp_34+392(SP)
   476        01142 (closure_loop_var.go:27)	LEAQ	main..autotmp_34+360(SP), AX
   47e        01150 (closure_loop_var.go:27)	XORL	CX, CX
   480        01152 (closure_loop_var.go:27)	XORL	DX, DX
   482        01154 (closure_loop_var.go:27)	XORL	BX, BX
   484        01156 (closure_loop_var.go:27)	XORL	SI, SI
   486        01158 (closure_loop_var.go:27)	XORL	DI, DI
   488        01160 (closure_loop_var.go:27)	JMP	1191
   48a        01162 (closure_loop_var.go:28)	PCDATA	$0, $-2
   48a        01162 (closure_loop_var.go:28)	MOVQ	AX, -8(DI)(R9*8)
   48f        01167 (closure_loop_var.go:27)	PCDATA	$0, $-1
   48f        01167 (closure_loop_var.go:27)	MOVQ	main..autotmp_71+240(SP), AX
   497        01175 (closure_loop_var.go:27)	ADDQ	$16, AX
   49b        01179 (closure_loop_var.go:27)	INCQ	R8
   49e        01182 (closure_loop_var.go:27)	MOVQ	R9, BX
   4a1        01185 (closure_loop_var.go:27)	MOVQ	CX, SI
   4a4        01188 (closure_loop_var.go:27)	MOVQ	R8, CX
   4a7        01191 (closure_loop_var.go:27)	MOVQ	DI, main.hs.ptr+200(SP)
   4af        01199 (closure_loop_var.go:27)	CMPQ	CX, $3
   4b3        01203 (closure_loop_var.go:27)	JGE	1541
   4b9        01209 (closure_loop_var.go:27)	MOVQ	BX, main.hs.len+120(SP)
   4be        01214 (closure_loop_var.go:27)	MOVQ	CX, main.idx+96(SP)
   4c3        01219 (closure_loop_var.go:27)	MOVQ	SI, main.hs.cap+128(SP)
   4cb        01227 (closure_loop_var.go:27)	MOVB	DL, main..autotmp_66+71(SP)
   4cf        01231 (closure_loop_var.go:27)	MOVQ	AX, main..autotmp_71+240(SP)
   4d7        01239 (closure_loop_var.go:27)	MOVQ	8(AX), DX
   4db        01243 (closure_loop_var.go:27)	MOVQ	DX, main.w.len+72(SP)
   4e0        01248 (closure_loop_var.go:27)	MOVQ	(AX), DX
   4e3        01251 (closure_loop_var.go:27)	MOVQ	DX, main.w.ptr+192(SP)
   4eb        01259 (closure_loop_var.go:28)	MOVL	$32, AX
   4f0        01264 (closure_loop_var.go:28)	LEAQ	type:noalg.struct { F uintptr; X0 string; X1 int }(SB), BX
   4f7        01271 (closure_loop_var.go:28)	MOVL	$1, CX
   4fc        01276 (closure_loop_var.go:28)	PCDATA	$1, $6
   4fc        01276 (closure_loop_var.go:28)	NOP
   500        01280 (closure_loop_var.go:28)	CALL	runtime.mallocgcSmallScanNoHeaderSC4(SB)
   505        01285 (closure_loop_var.go:28)	LEAQ	main.main.func3(SB), DX
   50c        01292 (closure_loop_var.go:28)	MOVQ	DX, (AX)
   50f        01295 (closure_loop_var.go:28)	MOVQ	main.w.len+72(SP), DX
   514        01300 (closure_loop_var.go:28)	MOVQ	DX, 16(AX)
   518        01304 (closure_loop_var.go:28)	CMPL	runtime.writeBarrier(SB), $0
   51f        01311 (closure_loop_var.go:28)	PCDATA	$0, $-2
   51f        01311 (closure_loop_var.go:28)	NOP
   520        01312 (closure_loop_var.go:28)	JNE	1324
   522        01314 (closure_loop_var.go:28)	MOVQ	main.w.ptr+192(SP), R8
   52a        01322 (closure_loop_var.go:28)	JMP	1340
   52c        01324 (closure_loop_var.go:28)	CALL	runtime.gcWriteBarrier1(SB)
   531        01329 (closure_loop_var.go:28)	MOVQ	main.w.ptr+192(SP), R8
   539        01337 (closure_loop_var.go:28)	MOVQ	R8, (R11)
   53c        01340 (closure_loop_var.go:28)	MOVQ	R8, 8(AX)
   540        01344 (closure_loop_var.go:28)	PCDATA	$0, $-1
   540        01344 (closure_loop_var.go:28)	MOVQ	main.idx+96(SP), R8
   545        01349 (closure_loop_var.go:28)	MOVQ	R8, 24(AX)
   549        01353 (closure_loop_var.go:28)	MOVQ	main.hs.len+120(SP), BX
   54e        01358 (closure_loop_var.go:28)	LEAQ	1(BX), R9
   552        01362 (closure_loop_var.go:28)	MOVQ	main.hs.cap+128(SP), CX
   55a        01370 (closure_loop_var.go:28)	CMPQ	CX, R9
   55d        01373 (closure_loop_var.go:28)	JCS	1390
   55f        01375 (closure_loop_var.go:28)	MOVQ	main.hs.ptr+200(SP), DI
   567        01383 (closure_loop_var.go:28)	MOVBLZX	main..autotmp_66+71(SP), DX
   56c        01388 (closure_loop_var.go:28)	JMP	1501
   56e        01390 (closure_loop_var.go:28)	MOVQ	AX, main..autotmp_72+232(SP)
   576        01398 (closure_loop_var.go:28)	CMPQ	R9, $4
   57a        01402 (closure_loop_var.go:28)	JGT	1449
   57c        01404 (closure_loop_var.go:27)	MOVBLZX	main..autotmp_66+71(SP), R10
   582        01410 (closure_loop_var.go:27)	TESTB	R10B, R10B
   585        01413 (closure_loop_var.go:28)	JNE	1449
   587        01415 (closure_loop_var.go:28)	TESTQ	BX, BX
   58a        01418 (closure_loop_var.go:28)	JNE	1449
   58c        01420 (closure_loop_var.go:28)	LEAQ	main..autotmp_50+264(SP), DI
   594        01428 (closure_loop_var.go:28)	MOVUPS	X15, (DI)
   598        01432 (closure_loop_var.go:28)	MOVUPS	X15, 16(DI)
   59d        01437 (closure_loop_var.go:28)	MOVL	$4, CX
   5a2        01442 (closure_loop_var.go:28)	MOVL	$1, DX
   5a7        01447 (closure_loop_var.go:28)	JMP	1501
   5a9        01449 (closure_loop_var.go:28)	MOVQ	main.hs.ptr+200(SP), AX
   5b1        01457 (closure_loop_var.go:28)	MOVQ	R9, BX
   5b4        01460 (closure_loop_var.go:28)	MOVL	$1, DI
   5b9        01465 (closure_loop_var.go:28)	LEAQ	type:func() string(SB), SI
   5c0        01472 (closure_loop_var.go:28)	PCDATA	$1, $7
   5c0        01472 (closure_loop_var.go:28)	CALL	runtime.growslice(SB)
   5c5        01477 (closure_loop_var.go:27)	MOVQ	main.idx+96(SP), R8
   5ca        01482 (closure_loop_var.go:28)	MOVQ	BX, R9
   5cd        01485 (closure_loop_var.go:28)	MOVQ	AX, DI
   5d0        01488 (closure_loop_var.go:28)	MOVBLZX	main..autotmp_66+71(SP), DX
   5d5        01493 (closure_loop_var.go:28)	MOVQ	main..autotmp_72+232(SP), AX
   5dd        01501 (closure_loop_var.go:28)	CMPL	runtime.writeBarrier(SB), $0
   5e4        01508 (closure_loop_var.go:28)	PCDATA	$0, $-2
   5e4        01508 (closure_loop_var.go:28)	JEQ	1162
   5ea        01514 (closure_loop_var.go:28)	MOVQ	-8(DI)(R9*8), SI
   5ef        01519 (closure_loop_var.go:28)	CALL	runtime.gcWriteBarrier2(SB)
   5f4        01524 (closure_loop_var.go:28)	MOVQ	AX, (R11)
   5f7        01527 (closure_loop_var.go:28)	MOVQ	SI, 8(R11)
   5fb        01531 (closure_loop_var.go:28)	NOP
   600        01536 (closure_loop_var.go:28)	JMP	1162
   605        01541 (closure_loop_var.go:30)	PCDATA	$0, $-1
   605        01541 (closure_loop_var.go:30)	LEAQ	-1(BX), AX
   609        01545 (closure_loop_var.go:30)	JMP	1632
   60b        01547 (closure_loop_var.go:30)	MOVQ	AX, main.k+80(SP)
   610        01552 (closure_loop_var.go:31)	MOVQ	(DI)(AX*8), DX
   614        01556 (closure_loop_var.go:31)	MOVQ	(DX), AX
   617        01559 (closure_loop_var.go:31)	PCDATA	$1, $8
   617        01559 (closure_loop_var.go:31)	CALL	AX
   619        01561 (closure_loop_var.go:31)	MOVQ	AX, main..autotmp_73+224(SP)
   621        01569 (closure_loop_var.go:31)	MOVQ	BX, main..autotmp_68+184(SP)
   629        01577 (closure_loop_var.go:31)	PCDATA	$1, $9
   629        01577 (closure_loop_var.go:31)	CALL	runtime.printlock(SB)
   62e        01582 (closure_loop_var.go:31)	MOVQ	main..autotmp_73+224(SP), AX
   636        01590 (closure_loop_var.go:31)	MOVQ	main..autotmp_68+184(SP), BX
   63e        01598 (closure_loop_var.go:31)	PCDATA	$1, $8
   63e        01598 (closure_loop_var.go:31)	NOP
   640        01600 (closure_loop_var.go:31)	CALL	runtime.printstring(SB)
   645        01605 (closure_loop_var.go:31)	CALL	runtime.printnl(SB)
   64a        01610 (closure_loop_var.go:31)	CALL	runtime.printunlock(SB)
   64f        01615 (closure_loop_var.go:30)	MOVQ	main.k+80(SP), AX
   654        01620 (closure_loop_var.go:30)	DECQ	AX
   657        01623 (closure_loop_var.go:31)	MOVQ	main.hs.ptr+200(SP), DI
   65f        01631 (closure_loop_var.go:31)	NOP
   660        01632 (closure_loop_var.go:30)	TESTQ	AX, AX
   663        01635 (closure_loop_var.go:30)	JGE	1547
   665        01637 (closure_loop_var.go:30)	XORL	AX, AX
   667        01639 (closure_loop_var.go:30)	MOVL	$1, CX
   66c        01644 (closure_loop_var.go:30)	XORL	DX, DX
   66e        01646 (closure_loop_var.go:30)	JMP	1707
   670      0 01648 (closure_loop_var.go:38)	LEAQ	(AX)(CX*1), AX
   674        01652 (closure_loop_var.go:38)	LEAQ	10(AX), AX
   678        01656 (closure_loop_var.go:38)	MOVQ	AX, main.i+104(SP)
   67d     -1 01661 (closure_loop_var.go:38)	XCHGL	AX, AX
   67e        01662 (closure_loop_var.go:39)	PCDATA	$1, $0
   67e        01662 (closure_loop_var.go:39)	NOP
   680        01664 (closure_loop_var.go:39)	CALL	runtime.printlock(SB)
   685        01669 (closure_loop_var.go:39)	MOVQ	main.i+104(SP), AX
   68a        01674 (closure_loop_var.go:39)	CALL	runtime.printint(SB)
   68f        01679 (closure_loop_var.go:39)	CALL	runtime.printsp(SB)
   694        01684 (closure_loop_var.go:39)	CALL	runtime.printunlock(SB)
   699      0 01689 (closure_loop_var.go:38)	MOVQ	main.count+168(SP), DX
   6a1        01697 (closure_loop_var.go:38)	INCQ	DX
   6a4     -1 01700 (<unknown line number>)	MOVQ	main.i+104(SP), AX
   6a9        01705 (<unknown line number>)	XORL	CX, CX
   6ab        01707 (<unknown line number>)	MOVQ	DX, main.count+168(SP)
   6b3        01715 (closure_loop_var.go:36)	XORL	$1, CX
   6b6        01718 (closure_loop_var.go:36)	MOVBLZX	CL, CX
   6b9        01721 (closure_loop_var.go:36)	LEAQ	(CX)(AX*1), BX
   6bd        01725 (closure_loop_var.go:36)	NOP
   6c0        01728 (closure_loop_var.go:36)	CMPQ	BX, $4
   6c4        01732 (closure_loop_var.go:36)	JLT	1648
   6c6        01734 (closure_loop_var.go:41)	CALL	runtime.printlock(SB)
   6cb        01739 (closure_loop_var.go:41)	LEAQ	go:string."count "(SB), AX
   6d2        01746 (closure_loop_var.go:41)	MOVL	$6, BX
   6d7        01751 (closure_loop_var.go:41)	CALL	runtime.printstring(SB)
   6dc        01756 (closure_loop_var.go:41)	MOVQ	main.count+168(SP), AX
   6e4        01764 (closure_loop_var.go:41)	CALL	runtime.printint(SB)
   6e9        01769 (closure_loop_var.go:41)	CALL	runtime.printnl(SB)
   6ee        01774 (closure_loop_var.go:41)	CALL	runtime.printunlock(SB)
   6f3        01779 (closure_loop_var.go:42)	ADDQ	$416, SP
   6fa        01786 (closure_loop_var.go:42)	POPQ	BP
   6fb        01787 (closure_loop_var.go:42)	RET
   6fc        01788 (closure_loop_var.go:42)	NOP
   6fc        01788 (closure_loop_var.go:4)	PCDATA	$1, $-1
   6fc        01788 (closure_loop_var.go:4)	PCDATA	$0, $-2
   6fc        01788 (closure_loop_var.go:4)	NOP
   700        01792 (closure_loop_var.go:4)	CALL	runtime.morestack_noctxt(SB)
   705        01797 (closure_loop_var.go:4)	PCDATA	$0, $-1
   705        01797 (closure_loop_var.go:4)	JMP	0
   70a done
wrote 12 bytes to 0x0
 00 f0 0c 02 0d 01 1c 02 0b 01 66 00
-- inlining tree for main.main:
0 | -1 | main.main.func4 (closure_loop_var.go:38:7) pc=1661
--
funcpctab main.main.func3 [valfunc=pctoinline]
     0     -1 00000 (closure_loop_var.go:28)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $88-0
     0        00000 (closure_loop_var.go:28)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $88-0
     0     -1 00000 (closure_loop_var.go:28)	CMPQ	SP, 16(R14)
     4        00004 (closure_loop_var.go:28)	PCDATA	$0, $-2
     4        00004 (closure_loop_var.go:28)	JLS	94
     6        00006 (closure_loop_var.go:28)	PCDATA	$0, $-1
     6        00006 (closure_loop_var.go:28)	PUSHQ	BP
     7        00007 (closure_loop_var.go:28)	MOVQ	SP, BP
     a        00010 (closure_loop_var.go:28)	SUBQ	$80, SP
     e        00014 (closure_loop_var.go:28)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (closure_loop_var.go:28)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
     e        00014 (closure_loop_var.go:28)	MOVQ	8(DX), CX
    12        00018 (closure_loop_var.go:28)	MOVQ	CX, main.w.ptr+72(SP)
    17        00023 (closure_loop_var.go:28)	MOVQ	16(DX), CX
    1b        00027 (closure_loop_var.go:28)	MOVQ	CX, main.w.len+64(SP)
    20        00032 (closure_loop_var.go:28)	MOVQ	24(DX), CX
    24        00036 (closure_loop_var.go:28)	ADDQ	$48, CX
    28        00040 (closure_loop_var.go:28)	MOVLQSX	CX, BX
    2b        00043 (closure_loop_var.go:28)	LEAQ	main..autotmp_1+60(SP), AX
    30        00048 (closure_loop_var.go:28)	PCDATA	$1, $1
    30        00048 (closure_loop_var.go:28)	CALL	runtime.intstring(SB)
    35        00053 (closure_loop_var.go:28)	MOVQ	main.w.len+64(SP), CX
    3a        00058 (closure_loop_var.go:28)	LEAQ	go:string."#"(SB), DI
    41        00065 (closure_loop_var.go:28)	MOVL	$1, SI
    46        00070 (closure_loop_var.go:28)	MOVQ	AX, R8
    49        00073 (closure_loop_var.go:28)	MOVQ	BX, R9
    4c        00076 (closure_loop_var.go:28)	XORL	AX, AX
    4e        00078 (closure_loop_var.go:28)	MOVQ	main.w.ptr+72(SP), BX
    53        00083 (closure_loop_var.go:28)	PCDATA	$1, $0
    53        00083 (closure_loop_var.go:28)	CALL	runtime.concatstring3(SB)
    58        00088 (closure_loop_var.go:28)	ADDQ	$80, SP
    5c        00092 (closure_loop_var.go:28)	POPQ	BP
    5d        00093 (closure_loop_var.go:28)	RET
    5e        00094 (closure_loop_var.go:28)	NOP
    5e        00094 (closure_loop_var.go:28)	PCDATA	$1, $-1
    5e        00094 (closure_loop_var.go:28)	PCDATA	$0, $-2
    5e        00094 (closure_loop_var.go:28)	NOP
    60        00096 (closure_loop_var.go:28)	CALL	runtime.morestack(SB)
    65        00101 (closure_loop_var.go:28)	PCDATA	$0, $-1
    65        00101 (closure_loop_var.go:28)	JMP	0
    67 done
wrote 3 bytes to 0x0
 00 67 00
funcpctab main.main.func2 [valfunc=pctoinline]
     0     -1 00000 (closure_loop_var.go:18)	TEXT	main.main.func2(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_loop_var.go:18)	TEXT	main.main.func2(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_loop_var.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_loop_var.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (closure_loop_var.go:18)	MOVQ	8(DX), CX
     4        00004 (closure_loop_var.go:18)	MOVQ	(CX), AX
     7        00007 (closure_loop_var.go:18)	RET
     8 done
wrote 3 bytes to 0x0
 00 08 00
funcpctab main.main.func1 [valfunc=pctoinline]
     0     -1 00000 (closure_loop_var.go:7)	TEXT	main.main.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_loop_var.go:7)	TEXT	main.main.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
     0        00000 (closure_loop_var.go:7)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (closure_loop_var.go:7)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0     -1 00000 (closure_loop_var.go:7)	MOVQ	8(DX), AX
     4        00004 (closure_loop_var.go:7)	IMULQ	AX, AX
     8        00008 (closure_loop_var.go:7)	RET
     9 done
wrote 3 bytes to 0x0
 00 09 00
main.main.func4 STEXT size=0 align=0x0 args=0x0 locals=0x0 funcid=0x0
main.main STEXT size=1802 align=0x0 args=0x0 locals=0x1a8 funcid=0x0
	0x0000 00000 (closure_loop_var.go:4)	TEXT	main.main(SB), ABIInternal, $424-0
	0x0000 00000 (closure_loop_var.go:4)	LEAQ	-296(SP), R12
	0x0008 00008 (closure_loop_var.go:4)	CMPQ	R12, 16(R14)
	0x000c 00012 (closure_loop_var.go:4)	PCDATA	$0, $-2
	0x000c 00012 (closure_loop_var.go:4)	JLS	1788
	0x0012 00018 (closure_loop_var.go:4)	PCDATA	$0, $-1
	0x0012 00018 (closure_loop_var.go:4)	PUSHQ	BP
	0x0013 00019 (closure_loop_var.go:4)	MOVQ	SP, BP
	0x0016 00022 (closure_loop_var.go:4)	SUBQ	$416, SP
	0x001d 00029 (closure_loop_var.go:4)	FUNCDATA	$0, gclocals·XhHydcwudYgAAAHTAKMedg==(SB)
	0x001d 00029 (closure_loop_var.go:4)	FUNCDATA	$1, gclocals·WpKMhX+wNkBOpNuqnUgq+g==(SB)
	0x001d 00029 (closure_loop_var.go:4)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (closure_loop_var.go:4)	XORL	AX, AX
	0x001f 00031 (closure_loop_var.go:4)	MOVL	$1, CX
	0x0024 00036 (closure_loop_var.go:4)	XORL	DX, DX
	0x0026 00038 (closure_loop_var.go:4)	XORL	BX, BX
	0x0028 00040 (closure_loop_var.go:4)	XORL	SI, SI
	0x002a 00042 (closure_loop_var.go:4)	XORL	DI, DI
	0x002c 00044 (closure_loop_var.go:6)	JMP	64
	0x002e 00046 (closure_loop_var.go:7)	PCDATA	$0, $-2
	0x002e 00046 (closure_loop_var.go:7)	MOVQ	AX, -8(BX)(SI*8)
	0x0033 00051 (<unknown line number>)	PCDATA	$0, $-1
	0x0033 00051 (<unknown line number>)	MOVQ	DX, AX
	0x0036 00054 (<unknown line number>)	MOVQ	SI, DX
	0x0039 00057 (<unknown line number>)	MOVL	DI, SI
	0x003b 00059 (<unknown line number>)	MOVQ	CX, DI
	0x003e 00062 (<unknown line number>)	XORL	CX, CX
	0x0040 00064 (closure_loop_var.go:6)	XORL	$1, CX
	0x0043 00067 (closure_loop_var.go:6)	MOVBLZX	CL, R8
	0x0047 00071 (closure_loop_var.go:6)	ADDQ	AX, R8
	0x004a 00074 (closure_loop_var.go:6)	CMPQ	R8, $5
	0x004e 00078 (closure_loop_var.go:6)	JGE	357
	0x0054 00084 (closure_loop_var.go:6)	MOVQ	R8, main.i+112(SP)
	0x0059 00089 (<unknown line number>)	MOVQ	DI, main.fs.cap+160(SP)
	0x0061 00097 (<unknown line number>)	MOVQ	DX, main.fs.len+152(SP)
	0x0069 00105 (<unknown line number>)	MOVQ	BX, main.fs.ptr+216(SP)
	0x0071 00113 (<unknown line number>)	MOVB	SIB, main..autotmp_66+71(SP)
	0x0076 00118 (closure_loop_var.go:7)	MOVL	$16, AX
	0x007b 00123 (closure_loop_var.go:7)	LEAQ	type:noalg.struct { F uintptr; X0 int }(SB), BX
	0x0082 00130 (closure_loop_var.go:7)	MOVL	$1, CX
	0x0087 00135 (closure_loop_var.go:7)	PCDATA	$1, $1
	0x0087 00135 (closure_loop_var.go:7)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x008c 00140 (closure_loop_var.go:7)	LEAQ	main.main.func1(SB), DX
	0x0093 00147 (closure_loop_var.go:7)	MOVQ	DX, (AX)
	0x0096 00150 (closure_loop_var.go:7)	MOVQ	main.i+112(SP), DX
	0x009b 00155 (closure_loop_var.go:7)	MOVQ	DX, 8(AX)
	0x009f 00159 (closure_loop_var.go:7)	MOVQ	main.fs.len+152(SP), BX
	0x00a7 00167 (closure_loop_var.go:7)	LEAQ	1(BX), SI
	0x00ab 00171 (closure_loop_var.go:7)	MOVQ	main.fs.cap+160(SP), CX
	0x00b3 00179 (closure_loop_var.go:7)	CMPQ	CX, SI
	0x00b6 00182 (closure_loop_var.go:7)	JCS	199
	0x00b8 00184 (closure_loop_var.go:6)	MOVQ	main.fs.ptr+216(SP), BX
	0x00c0 00192 (closure_loop_var.go:6)	MOVBLZX	main..autotmp_66+71(SP), DI
	0x00c5 00197 (closure_loop_var.go:7)	JMP	317
	0x00c7 00199 (closure_loop_var.go:7)	MOVQ	AX, main..autotmp_67+256(SP)
	0x00cf 00207 (closure_loop_var.go:7)	CMPQ	SI, $4
	0x00d3 00211 (closure_loop_var.go:7)	JGT	263
	0x00d5 00213 (<unknown line number>)	MOVBLZX	main..autotmp_66+71(SP), R8
	0x00db 00219 (<unknown line number>)	NOP
	0x00e0 00224 (<unknown line number>)	TESTB	R8B, R8B
	0x00e3 00227 (closure_loop_var.go:7)	JNE	263
	0x00e5 00229 (closure_loop_var.go:7)	TESTQ	BX, BX
	0x00e8 00232 (closure_loop_var.go:7)	JNE	263
	0x00ea 00234 (closure_loop_var.go:7)	LEAQ	main..autotmp_41+328(SP), BX
	0x00f2 00242 (closure_loop_var.go:7)	MOVUPS	X15, (BX)
	0x00f6 00246 (closure_loop_var.go:7)	MOVUPS	X15, 16(BX)
	0x00fb 00251 (closure_loop_var.go:7)	MOVL	$4, CX
	0x0100 00256 (closure_loop_var.go:7)	MOVL	$1, DI
	0x0105 00261 (closure_loop_var.go:7)	JMP	317
	0x0107 00263 (closure_loop_var.go:7)	MOVQ	main.fs.ptr+216(SP), AX
	0x010f 00271 (closure_loop_var.go:7)	MOVQ	SI, BX
	0x0112 00274 (closure_loop_var.go:7)	MOVL	$1, DI
	0x0117 00279 (closure_loop_var.go:7)	LEAQ	type:func() int(SB), SI
	0x011e 00286 (closure_loop_var.go:7)	PCDATA	$1, $2
	0x011e 00286 (closure_loop_var.go:7)	NOP
	0x0120 00288 (closure_loop_var.go:7)	CALL	runtime.growslice(SB)
	0x0125 00293 (<unknown line number>)	MOVQ	main.i+112(SP), DX
	0x012a 00298 (closure_loop_var.go:6)	MOVQ	BX, SI
	0x012d 00301 (closure_loop_var.go:6)	MOVQ	AX, BX
	0x0130 00304 (closure_loop_var.go:6)	MOVBLZX	main..autotmp_66+71(SP), DI
	0x0135 00309 (closure_loop_var.go:7)	MOVQ	main..autotmp_67+256(SP), AX
	0x013d 00317 (closure_loop_var.go:7)	CMPL	runtime.writeBarrier(SB), $0
	0x0144 00324 (closure_loop_var.go:7)	PCDATA	$0, $-2
	0x0144 00324 (closure_loop_var.go:7)	JEQ	46
	0x014a 00330 (closure_loop_var.go:7)	MOVQ	-8(BX)(SI*8), R8
	0x014f 00335 (closure_loop_var.go:7)	CALL	runtime.gcWriteBarrier2(SB)
	0x0154 00340 (closure_loop_var.go:7)	MOVQ	AX, (R11)
	0x0157 00343 (closure_loop_var.go:7)	MOVQ	R8, 8(R11)
	0x015b 00347 (closure_loop_var.go:7)	NOP
	0x0160 00352 (closure_loop_var.go:7)	JMP	46
	0x0165 00357 (closure_loop_var.go:9)	PCDATA	$0, $-1
	0x0165 00357 (closure_loop_var.go:9)	LEAQ	+432(FP), SI
	0x016d 00365 (closure_loop_var.go:9)	SUBQ	SP, SI
	0x0170 00368 (closure_loop_var.go:9)	MOVQ	BX, DI
	0x0173 00371 (closure_loop_var.go:9)	SUBQ	SP, DI
	0x0176 00374 (closure_loop_var.go:9)	CMPQ	DI, SI
	0x0179 00377 (closure_loop_var.go:9)	JCC	400
	0x017b 00379 (closure_loop_var.go:9)	LEAQ	type:func() int(SB), AX
	0x0182 00386 (closure_loop_var.go:9)	MOVQ	DX, CX
	0x0185 00389 (closure_loop_var.go:9)	PCDATA	$1, $0
	0x0185 00389 (closure_loop_var.go:9)	CALL	runtime.moveSliceNoCap(SB)
	0x018a 00394 (closure_loop_var.go:9)	MOVQ	BX, DX
	0x018d 00397 (closure_loop_var.go:9)	MOVQ	AX, BX
	0x0190 00400 (closure_loop_var.go:9)	MOVQ	BX, main.fs.ptr+216(SP)
	0x0198 00408 (closure_loop_var.go:9)	MOVQ	DX, main.fs.len+152(SP)
	0x01a0 00416 (closure_loop_var.go:9)	XORL	AX, AX
	0x01a2 00418 (closure_loop_var.go:9)	JMP	503
	0x01a4 00420 (closure_loop_var.go:9)	MOVQ	AX, main..autotmp_68+184(SP)
	0x01ac 00428 (closure_loop_var.go:9)	MOVQ	(BX)(AX*8), DX
	0x01b0 00432 (closure_loop_var.go:10)	MOVQ	(DX), AX
	0x01b3 00435 (closure_loop_var.go:10)	PCDATA	$1, $1
	0x01b3 00435 (closure_loop_var.go:10)	CALL	AX
	0x01b5 00437 (closure_loop_var.go:10)	MOVQ	AX, main..autotmp_69+176(SP)
	0x01bd 00445 (closure_loop_var.go:10)	NOP
	0x01c0 00448 (closure_loop_var.go:10)	CALL	runtime.printlock(SB)
	0x01c5 00453 (closure_loop_var.go:10)	MOVQ	main..autotmp_69+176(SP), AX
	0x01cd 00461 (closure_loop_var.go:10)	CALL	runtime.printint(SB)
	0x01d2 00466 (closure_loop_var.go:10)	CALL	runtime.printsp(SB)
	0x01d7 00471 (closure_loop_var.go:10)	CALL	runtime.printunlock(SB)
	0x01dc 00476 (closure_loop_var.go:9)	MOVQ	main..autotmp_68+184(SP), AX
	0x01e4 00484 (closure_loop_var.go:9)	INCQ	AX
	0x01e7 00487 (closure_loop_var.go:9)	MOVQ	main.fs.len+152(SP), DX
	0x01ef 00495 (closure_loop_var.go:9)	MOVQ	main.fs.ptr+216(SP), BX
	0x01f7 00503 (closure_loop_var.go:9)	CMPQ	AX, DX
	0x01fa 00506 (closure_loop_var.go:9)	JLT	420
	0x01fc 00508 (closure_loop_var.go:12)	PCDATA	$1, $0
	0x01fc 00508 (closure_loop_var.go:12)	NOP
	0x0200 00512 (closure_loop_var.go:12)	CALL	runtime.printlock(SB)
	0x0205 00517 (closure_loop_var.go:12)	CALL	runtime.printnl(SB)
	0x020a 00522 (closure_loop_var.go:12)	CALL	runtime.printunlock(SB)
	0x020f 00527 (closure_loop_var.go:14)	LEAQ	type:int(SB), AX
	0x0216 00534 (closure_loop_var.go:14)	CALL	runtime.newobject(SB)
	0x021b 00539 (closure_loop_var.go:14)	MOVQ	AX, main.&shared+408(SP)
	0x0223 00547 (closure_loop_var.go:14)	XORL	CX, CX
	0x0225 00549 (closure_loop_var.go:14)	XORL	DX, DX
	0x0227 00551 (closure_loop_var.go:14)	XORL	BX, BX
	0x0229 00553 (closure_loop_var.go:14)	XORL	SI, SI
	0x022b 00555 (closure_loop_var.go:14)	XORL	DI, DI
	0x022d 00557 (closure_loop_var.go:16)	JMP	584
	0x022f 00559 (closure_loop_var.go:18)	PCDATA	$0, $-2
	0x022f 00559 (closure_loop_var.go:18)	MOVQ	AX, -8(SI)(R9*8)
	0x0234 00564 (closure_loop_var.go:16)	PCDATA	$0, $-1
	0x0234 00564 (closure_loop_var.go:16)	MOVQ	main.j+88(SP), R10
	0x0239 00569 (closure_loop_var.go:16)	INCQ	R10
	0x023c 00572 (closure_loop_var.go:17)	MOVQ	R8, AX
	0x023f 00575 (closure_loop_var.go:16)	MOVQ	R9, BX
	0x0242 00578 (closure_loop_var.go:16)	MOVQ	CX, DI
	0x0245 00581 (closure_loop_var.go:16)	MOVQ	R10, CX
	0x0248 00584 (closure_loop_var.go:16)	CMPQ	CX, $5
	0x024c 00588 (closure_loop_var.go:16)	JGE	892
	0x0252 00594 (closure_loop_var.go:16)	MOVQ	CX, main.j+88(SP)
	0x0257 00599 (closure_loop_var.go:16)	MOVQ	DI, main.gs.cap+144(SP)
	0x025f 00607 (closure_loop_var.go:16)	MOVQ	SI, main.gs.ptr+208(SP)
	0x0267 00615 (closure_loop_var.go:16)	MOVQ	BX, main.gs.len+136(SP)
	0x026f 00623 (closure_loop_var.go:16)	MOVB	DL, main..autotmp_66+71(SP)
	0x0273 00627 (closure_loop_var.go:17)	MOVQ	CX, (AX)
	0x0276 00630 (closure_loop_var.go:18)	MOVL	$16, AX
	0x027b 00635 (closure_loop_var.go:18)	LEAQ	type:noalg.struct { F uintptr; X0 *int }(SB), BX
	0x0282 00642 (closure_loop_var.go:18)	MOVL	$1, CX
	0x0287 00647 (closure_loop_var.go:18)	PCDATA	$1, $3
	0x0287 00647 (closure_loop_var.go:18)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x028c 00652 (closure_loop_var.go:18)	LEAQ	main.main.func2(SB), DX
	0x0293 00659 (closure_loop_var.go:18)	MOVQ	DX, (AX)
	0x0296 00662 (closure_loop_var.go:18)	CMPL	runtime.writeBarrier(SB), $0
	0x029d 00669 (closure_loop_var.go:18)	PCDATA	$0, $-2
	0x029d 00669 (closure_loop_var.go:18)	JNE	681
	0x029f 00671 (closure_loop_var.go:18)	MOVQ	main.&shared+408(SP), R8
	0x02a7 00679 (closure_loop_var.go:18)	JMP	697
	0x02a9 00681 (closure_loop_var.go:18)	CALL	runtime.gcWriteBarrier1(SB)
	0x02ae 00686 (closure_loop_var.go:18)	MOVQ	main.&shared+408(SP), R8
	0x02b6 00694 (closure_loop_var.go:18)	MOVQ	R8, (R11)
	0x02b9 00697 (closure_loop_var.go:18)	MOVQ	R8, 8(AX)
	0x02bd 00701 (closure_loop_var.go:18)	PCDATA	$0, $-1
	0x02bd 00701 (closure_loop_var.go:18)	MOVQ	main.gs.len+136(SP), BX
	0x02c5 00709 (closure_loop_var.go:18)	LEAQ	1(BX), R9
	0x02c9 00713 (closure_loop_var.go:18)	MOVQ	main.gs.cap+144(SP), CX
	0x02d1 00721 (closure_loop_var.go:18)	CMPQ	CX, R9
	0x02d4 00724 (closure_loop_var.go:18)	JCS	741
	0x02d6 00726 (closure_loop_var.go:18)	MOVQ	main.gs.ptr+208(SP), SI
	0x02de 00734 (closure_loop_var.go:18)	MOVBLZX	main..autotmp_66+71(SP), DX
	0x02e3 00739 (closure_loop_var.go:18)	JMP	857
	0x02e5 00741 (closure_loop_var.go:18)	MOVQ	AX, main..autotmp_70+248(SP)
	0x02ed 00749 (closure_loop_var.go:18)	CMPQ	R9, $4
	0x02f1 00753 (closure_loop_var.go:18)	JGT	802
	0x02f3 00755 (closure_loop_var.go:16)	MOVBLZX	main..autotmp_66+71(SP), R10
	0x02f9 00761 (closure_loop_var.go:16)	TESTB	R10B, R10B
	0x02fc 00764 (closure_loop_var.go:18)	JNE	802
	0x02fe 00766 (closure_loop_var.go:18)	NOP
	0x0300 00768 (closure_loop_var.go:18)	TESTQ	BX, BX
	0x0303 00771 (closure_loop_var.go:18)	JNE	802
	0x0305 00773 (closure_loop_var.go:18)	LEAQ	main..autotmp_46+296(SP), SI
	0x030d 00781 (closure_loop_var.go:18)	MOVUPS	X15, (SI)
	0x0311 00785 (closure_loop_var.go:18)	MOVUPS	X15, 16(SI)
	0x0316 00790 (closure_loop_var.go:18)	MOVL	$4, CX
	0x031b 00795 (closure_loop_var.go:18)	MOVL	$1, DX
	0x0320 00800 (closure_loop_var.go:18)	JMP	857
	0x0322 00802 (closure_loop_var.go:18)	MOVQ	main.gs.ptr+208(SP), AX
	0x032a 00810 (closure_loop_var.go:18)	MOVQ	R9, BX
	0x032d 00813 (closure_loop_var.go:18)	MOVL	$1, DI
	0x0332 00818 (closure_loop_var.go:18)	LEAQ	type:func() int(SB), SI
	0x0339 00825 (closure_loop_var.go:18)	PCDATA	$1, $4
	0x0339 00825 (closure_loop_var.go:18)	CALL	runtime.growslice(SB)
	0x033e 00830 (closure_loop_var.go:17)	MOVQ	main.&shared+408(SP), R8
	0x0346 00838 (closure_loop_var.go:18)	MOVQ	BX, R9
	0x0349 00841 (closure_loop_var.go:18)	MOVQ	AX, SI
	0x034c 00844 (closure_loop_var.go:18)	MOVBLZX	main..autotmp_66+71(SP), DX
	0x0351 00849 (closure_loop_var.go:18)	MOVQ	main..autotmp_70+248(SP), AX
	0x0359 00857 (closure_loop_var.go:18)	CMPL	runtime.writeBarrier(SB), $0
	0x0360 00864 (closure_loop_var.go:18)	PCDATA	$0, $-2
	0x0360 00864 (closure_loop_var.go:18)	JEQ	559
	0x0366 00870 (closure_loop_var.go:18)	MOVQ	-8(SI)(R9*8), DI
	0x036b 00875 (closure_loop_var.go:18)	CALL	runtime.gcWriteBarrier2(SB)
	0x0370 00880 (closure_loop_var.go:18)	MOVQ	AX, (R11)
	0x0373 00883 (closure_loop_var.go:18)	MOVQ	DI, 8(R11)
	0x0377 00887 (closure_loop_var.go:18)	JMP	559
	0x037c 00892 (closure_loop_var.go:20)	PCDATA	$0, $-1
	0x037c 00892 (closure_loop_var.go:20)	LEAQ	+432(FP), DI
	0x0384 00900 (closure_loop_var.go:20)	SUBQ	SP, DI
	0x0387 00903 (closure_loop_var.go:20)	MOVQ	SI, R8
	0x038a 00906 (closure_loop_var.go:20)	SUBQ	SP, SI
	0x038d 00909 (closure_loop_var.go:20)	CMPQ	SI, DI
	0x0390 00912 (closure_loop_var.go:20)	JCC	936
	0x0392 00914 (closure_loop_var.go:20)	LEAQ	type:func() int(SB), AX
	0x0399 00921 (closure_loop_var.go:20)	MOVQ	BX, CX
	0x039c 00924 (closure_loop_var.go:20)	MOVQ	R8, BX
	0x039f 00927 (closure_loop_var.go:20)	PCDATA	$1, $0
	0x039f 00927 (closure_loop_var.go:20)	NOP
	0x03a0 00928 (closure_loop_var.go:20)	CALL	runtime.moveSliceNoCap(SB)
	0x03a5 00933 (closure_loop_var.go:20)	MOVQ	AX, R8
	0x03a8 00936 (closure_loop_var.go:20)	MOVQ	R8, main.gs.ptr+208(SP)
	0x03b0 00944 (closure_loop_var.go:20)	MOVQ	BX, main.gs.len+136(SP)
	0x03b8 00952 (closure_loop_var.go:20)	XORL	AX, AX
	0x03ba 00954 (closure_loop_var.go:20)	JMP	1036
	0x03bc 00956 (closure_loop_var.go:20)	MOVQ	AX, main..autotmp_68+184(SP)
	0x03c4 00964 (closure_loop_var.go:20)	MOVQ	(R8)(AX*8), DX
	0x03c8 00968 (closure_loop_var.go:21)	MOVQ	(DX), AX
	0x03cb 00971 (closure_loop_var.go:21)	PCDATA	$1, $5
	0x03cb 00971 (closure_loop_var.go:21)	CALL	AX
	0x03cd 00973 (closure_loop_var.go:21)	MOVQ	AX, main..autotmp_69+176(SP)
	0x03d5 00981 (closure_loop_var.go:21)	CALL	runtime.printlock(SB)
	0x03da 00986 (closure_loop_var.go:21)	MOVQ	main..autotmp_69+176(SP), AX
	0x03e2 00994 (closure_loop_var.go:21)	CALL	runtime.printint(SB)
	0x03e7 00999 (closure_loop_var.go:21)	CALL	runtime.printsp(SB)
	0x03ec 01004 (closure_loop_var.go:21)	CALL	runtime.printunlock(SB)
	0x03f1 01009 (closure_loop_var.go:20)	MOVQ	main..autotmp_68+184(SP), AX
	0x03f9 01017 (closure_loop_var.go:20)	INCQ	AX
	0x03fc 01020 (closure_loop_var.go:20)	MOVQ	main.gs.len+136(SP), BX
	0x0404 01028 (closure_loop_var.go:20)	MOVQ	main.gs.ptr+208(SP), R8
	0x040c 01036 (closure_loop_var.go:20)	CMPQ	AX, BX
	0x040f 01039 (closure_loop_var.go:20)	JLT	956
	0x0411 01041 (closure_loop_var.go:23)	PCDATA	$1, $0
	0x0411 01041 (closure_loop_var.go:23)	CALL	runtime.printlock(SB)
	0x0416 01046 (closure_loop_var.go:23)	CALL	runtime.printnl(SB)
	0x041b 01051 (closure_loop_var.go:23)	NOP
	0x0420 01056 (closure_loop_var.go:23)	CALL	runtime.printunlock(SB)
	0x0425 01061 (closure_loop_var.go:25)	MOVQ	$5, main..autotmp_34+368(SP)
	0x0431 01073 (closure_loop_var.go:25)	LEAQ	go:string."alpha"(SB), AX
	0x0438 01080 (closure_loop_var.go:25)	MOVQ	AX, main..autotmp_34+360(SP)
	0x0440 01088 (closure_loop_var.go:25)	MOVQ	$4, main..autotmp_34+384(SP)
	0x044c 01100 (closure_loop_var.go:25)	LEAQ	go:string."beta"(SB), AX
	0x0453 01107 (closure_loop_var.go:25)	MOVQ	AX, main..autotmp_34+376(SP)
	0x045b 01115 (closure_loop_var.go:25)	MOVQ	$5, main..autotmp_34+400(SP)
	0x0467 01127 (closure_loop_var.go:25)	LEAQ	go:string."gamma"(SB), AX
	0x046e 01134 (closure_loop_var.go:25)	MOVQ	AX, main..autotmp_34+392(SP)
	0x0476 01142 (closure_loop_var.go:27)	LEAQ	main..autotmp_34+360(SP), AX
	0x047e 01150 (closure_loop_var.go:27)	XORL	CX, CX
	0x0480 01152 (closure_loop_var.go:27)	XORL	DX, DX
	0x0482 01154 (closure_loop_var.go:27)	XORL	BX, BX
	0x0484 01156 (closure_loop_var.go:27)	XORL	SI, SI
	0x0486 01158 (closure_loop_var.go:27)	XORL	DI, DI
	0x0488 01160 (closure_loop_var.go:27)	JMP	1191
	0x048a 01162 (closure_loop_var.go:28)	PCDATA	$0, $-2
	0x048a 01162 (closure_loop_var.go:28)	MOVQ	AX, -8(DI)(R9*8)
	0x048f 01167 (closure_loop_var.go:27)	PCDATA	$0, $-1
	0x048f 01167 (closure_loop_var.go:27)	MOVQ	main..autotmp_71+240(SP), AX
	0x0497 01175 (closure_loop_var.go:27)	ADDQ	$16, AX
	0x049b 01179 (closure_loop_var.go:27)	INCQ	R8
	0x049e 01182 (closure_loop_var.go:27)	MOVQ	R9, BX
	0x04a1 01185 (closure_loop_var.go:27)	MOVQ	CX, SI
	0x04a4 01188 (closure_loop_var.go:27)	MOVQ	R8, CX
	0x04a7 01191 (closure_loop_var.go:27)	MOVQ	DI, main.hs.ptr+200(SP)
	0x04af 01199 (closure_loop_var.go:27)	CMPQ	CX, $3
	0x04b3 01203 (closure_loop_var.go:27)	JGE	1541
	0x04b9 01209 (closure_loop_var.go:27)	MOVQ	BX, main.hs.len+120(SP)
	0x04be 01214 (closure_loop_var.go:27)	MOVQ	CX, main.idx+96(SP)
	0x04c3 01219 (closure_loop_var.go:27)	MOVQ	SI, main.hs.cap+128(SP)
	0x04cb 01227 (closure_loop_var.go:27)	MOVB	DL, main..autotmp_66+71(SP)
	0x04cf 01231 (closure_loop_var.go:27)	MOVQ	AX, main..autotmp_71+240(SP)
	0x04d7 01239 (closure_loop_var.go:27)	MOVQ	8(AX), DX
	0x04db 01243 (closure_loop_var.go:27)	MOVQ	DX, main.w.len+72(SP)
	0x04e0 01248 (closure_loop_var.go:27)	MOVQ	(AX), DX
	0x04e3 01251 (closure_loop_var.go:27)	MOVQ	DX, main.w.ptr+192(SP)
	0x04eb 01259 (closure_loop_var.go:28)	MOVL	$32, AX
	0x04f0 01264 (closure_loop_var.go:28)	LEAQ	type:noalg.struct { F uintptr; X0 string; X1 int }(SB), BX
	0x04f7 01271 (closure_loop_var.go:28)	MOVL	$1, CX
	0x04fc 01276 (closure_loop_var.go:28)	PCDATA	$1, $6
	0x04fc 01276 (closure_loop_var.go:28)	NOP
	0x0500 01280 (closure_loop_var.go:28)	CALL	runtime.mallocgcSmallScanNoHeaderSC4(SB)
	0x0505 01285 (closure_loop_var.go:28)	LEAQ	main.main.func3(SB), DX
	0x050c 01292 (closure_loop_var.go:28)	MOVQ	DX, (AX)
	0x050f 01295 (closure_loop_var.go:28)	MOVQ	main.w.len+72(SP), DX
	0x0514 01300 (closure_loop_var.go:28)	MOVQ	DX, 16(AX)
	0x0518 01304 (closure_loop_var.go:28)	CMPL	runtime.writeBarrier(SB), $0
	0x051f 01311 (closure_loop_var.go:28)	PCDATA	$0, $-2
	0x051f 01311 (closure_loop_var.go:28)	NOP
	0x0520 01312 (closure_loop_var.go:28)	JNE	1324
	0x0522 01314 (closure_loop_var.go:28)	MOVQ	main.w.ptr+192(SP), R8
	0x052a 01322 (closure_loop_var.go:28)	JMP	1340
	0x052c 01324 (closure_loop_var.go:28)	CALL	runtime.gcWriteBarrier1(SB)
	0x0531 01329 (closure_loop_var.go:28)	MOVQ	main.w.ptr+192(SP), R8
	0x0539 01337 (closure_loop_var.go:28)	MOVQ	R8, (R11)
	0x053c 01340 (closure_loop_var.go:28)	MOVQ	R8, 8(AX)
	0x0540 01344 (closure_loop_var.go:28)	PCDATA	$0, $-1
	0x0540 01344 (closure_loop_var.go:28)	MOVQ	main.idx+96(SP), R8
	0x0545 01349 (closure_loop_var.go:28)	MOVQ	R8, 24(AX)
	0x0549 01353 (closure_loop_var.go:28)	MOVQ	main.hs.len+120(SP), BX
	0x054e 01358 (closure_loop_var.go:28)	LEAQ	1(BX), R9
	0x0552 01362 (closure_loop_var.go:28)	MOVQ	main.hs.cap+128(SP), CX
	0x055a 01370 (closure_loop_var.go:28)	CMPQ	CX, R9
	0x055d 01373 (closure_loop_var.go:28)	JCS	1390
	0x055f 01375 (closure_loop_var.go:28)	MOVQ	main.hs.ptr+200(SP), DI
	0x0567 01383 (closure_loop_var.go:28)	MOVBLZX	main..autotmp_66+71(SP), DX
	0x056c 01388 (closure_loop_var.go:28)	JMP	1501
	0x056e 01390 (closure_loop_var.go:28)	MOVQ	AX, main..autotmp_72+232(SP)
	0x0576 01398 (closure_loop_var.go:28)	CMPQ	R9, $4
	0x057a 01402 (closure_loop_var.go:28)	JGT	1449
	0x057c 01404 (closure_loop_var.go:27)	MOVBLZX	main..autotmp_66+71(SP), R10
	0x0582 01410 (closure_loop_var.go:27)	TESTB	R10B, R10B
	0x0585 01413 (closure_loop_var.go:28)	JNE	1449
	0x0587 01415 (closure_loop_var.go:28)	TESTQ	BX, BX
	0x058a 01418 (closure_loop_var.go:28)	JNE	1449
	0x058c 01420 (closure_loop_var.go:28)	LEAQ	main..autotmp_50+264(SP), DI
	0x0594 01428 (closure_loop_var.go:28)	MOVUPS	X15, (DI)
	0x0598 01432 (closure_loop_var.go:28)	MOVUPS	X15, 16(DI)
	0x059d 01437 (closure_loop_var.go:28)	MOVL	$4, CX
	0x05a2 01442 (closure_loop_var.go:28)	MOVL	$1, DX
	0x05a7 01447 (closure_loop_var.go:28)	JMP	1501
	0x05a9 01449 (closure_loop_var.go:28)	MOVQ	main.hs.ptr+200(SP), AX
	0x05b1 01457 (closure_loop_var.go:28)	MOVQ	R9, BX
	0x05b4 01460 (closure_loop_var.go:28)	MOVL	$1, DI
	0x05b9 01465 (closure_loop_var.go:28)	LEAQ	type:func() string(SB), SI
	0x05c0 01472 (closure_loop_var.go:28)	PCDATA	$1, $7
	0x05c0 01472 (closure_loop_var.go:28)	CALL	runtime.growslice(SB)
	0x05c5 01477 (closure_loop_var.go:27)	MOVQ	main.idx+96(SP), R8
	0x05ca 01482 (closure_loop_var.go:28)	MOVQ	BX, R9
	0x05cd 01485 (closure_loop_var.go:28)	MOVQ	AX, DI
	0x05d0 01488 (closure_loop_var.go:28)	MOVBLZX	main..autotmp_66+71(SP), DX
	0x05d5 01493 (closure_loop_var.go:28)	MOVQ	main..autotmp_72+232(SP), AX
	0x05dd 01501 (closure_loop_var.go:28)	CMPL	runtime.writeBarrier(SB), $0
	0x05e4 01508 (closure_loop_var.go:28)	PCDATA	$0, $-2
	0x05e4 01508 (closure_loop_var.go:28)	JEQ	1162
	0x05ea 01514 (closure_loop_var.go:28)	MOVQ	-8(DI)(R9*8), SI
	0x05ef 01519 (closure_loop_var.go:28)	CALL	runtime.gcWriteBarrier2(SB)
	0x05f4 01524 (closure_loop_var.go:28)	MOVQ	AX, (R11)
	0x05f7 01527 (closure_loop_var.go:28)	MOVQ	SI, 8(R11)
	0x05fb 01531 (closure_loop_var.go:28)	NOP
	0x0600 01536 (closure_loop_var.go:28)	JMP	1162
	0x0605 01541 (closure_loop_var.go:30)	PCDATA	$0, $-1
	0x0605 01541 (closure_loop_var.go:30)	LEAQ	-1(BX), AX
	0x0609 01545 (closure_loop_var.go:30)	JMP	1632
	0x060b 01547 (closure_loop_var.go:30)	MOVQ	AX, main.k+80(SP)
	0x0610 01552 (closure_loop_var.go:31)	MOVQ	(DI)(AX*8), DX
	0x0614 01556 (closure_loop_var.go:31)	MOVQ	(DX), AX
	0x0617 01559 (closure_loop_var.go:31)	PCDATA	$1, $8
	0x0617 01559 (closure_loop_var.go:31)	CALL	AX
	0x0619 01561 (closure_loop_var.go:31)	MOVQ	AX, main..autotmp_73+224(SP)
	0x0621 01569 (closure_loop_var.go:31)	MOVQ	BX, main..autotmp_68+184(SP)
	0x0629 01577 (closure_loop_var.go:31)	PCDATA	$1, $9
	0x0629 01577 (closure_loop_var.go:31)	CALL	runtime.printlock(SB)
	0x062e 01582 (closure_loop_var.go:31)	MOVQ	main..autotmp_73+224(SP), AX
	0x0636 01590 (closure_loop_var.go:31)	MOVQ	main..autotmp_68+184(SP), BX
	0x063e 01598 (closure_loop_var.go:31)	PCDATA	$1, $8
	0x063e 01598 (closure_loop_var.go:31)	NOP
	0x0640 01600 (closure_loop_var.go:31)	CALL	runtime.printstring(SB)
	0x0645 01605 (closure_loop_var.go:31)	CALL	runtime.printnl(SB)
	0x064a 01610 (closure_loop_var.go:31)	CALL	runtime.printunlock(SB)
	0x064f 01615 (closure_loop_var.go:30)	MOVQ	main.k+80(SP), AX
	0x0654 01620 (closure_loop_var.go:30)	DECQ	AX
	0x0657 01623 (closure_loop_var.go:31)	MOVQ	main.hs.ptr+200(SP), DI
	0x065f 01631 (closure_loop_var.go:31)	NOP
	0x0660 01632 (closure_loop_var.go:30)	TESTQ	AX, AX
	0x0663 01635 (closure_loop_var.go:30)	JGE	1547
	0x0665 01637 (closure_loop_var.go:30)	XORL	AX, AX
	0x0667 01639 (closure_loop_var.go:30)	MOVL	$1, CX
	0x066c 01644 (closure_loop_var.go:30)	XORL	DX, DX
	0x066e 01646 (closure_loop_var.go:30)	JMP	1707
	0x0670 01648 (closure_loop_var.go:37)	LEAQ	(AX)(CX*1), AX
	0x0674 01652 (closure_loop_var.go:37)	LEAQ	10(AX), AX
	0x0678 01656 (closure_loop_var.go:37)	MOVQ	AX, main.i+104(SP)
	0x067d 01661 (closure_loop_var.go:38)	XCHGL	AX, AX
	0x067e 01662 (closure_loop_var.go:39)	PCDATA	$1, $0
	0x067e 01662 (closure_loop_var.go:39)	NOP
	0x0680 01664 (closure_loop_var.go:39)	CALL	runtime.printlock(SB)
	0x0685 01669 (closure_loop_var.go:39)	MOVQ	main.i+104(SP), AX
	0x068a 01674 (closure_loop_var.go:39)	CALL	runtime.printint(SB)
	0x068f 01679 (closure_loop_var.go:39)	CALL	runtime.printsp(SB)
	0x0694 01684 (closure_loop_var.go:39)	CALL	runtime.printunlock(SB)
	0x0699 01689 (closure_loop_var.go:37)	MOVQ	main.count+168(SP), DX
	0x06a1 01697 (closure_loop_var.go:37)	INCQ	DX
	0x06a4 01700 (<unknown line number>)	MOVQ	main.i+104(SP), AX
	0x06a9 01705 (<unknown line number>)	XORL	CX, CX
	0x06ab 01707 (<unknown line number>)	MOVQ	DX, main.count+168(SP)
	0x06b3 01715 (closure_loop_var.go:36)	XORL	$1, CX
	0x06b6 01718 (closure_loop_var.go:36)	MOVBLZX	CL, CX
	0x06b9 01721 (closure_loop_var.go:36)	LEAQ	(CX)(AX*1), BX
	0x06bd 01725 (closure_loop_var.go:36)	NOP
	0x06c0 01728 (closure_loop_var.go:36)	CMPQ	BX, $4
	0x06c4 01732 (closure_loop_var.go:36)	JLT	1648
	0x06c6 01734 (closure_loop_var.go:41)	CALL	runtime.printlock(SB)
	0x06cb 01739 (closure_loop_var.go:41)	LEAQ	go:string."count "(SB), AX
	0x06d2 01746 (closure_loop_var.go:41)	MOVL	$6, BX
	0x06d7 01751 (closure_loop_var.go:41)	CALL	runtime.printstring(SB)
	0x06dc 01756 (closure_loop_var.go:41)	MOVQ	main.count+168(SP), AX
	0x06e4 01764 (closure_loop_var.go:41)	CALL	runtime.printint(SB)
	0x06e9 01769 (closure_loop_var.go:41)	CALL	runtime.printnl(SB)
	0x06ee 01774 (closure_loop_var.go:41)	CALL	runtime.printunlock(SB)
	0x06f3 01779 (closure_loop_var.go:42)	ADDQ	$416, SP
	0x06fa 01786 (closure_loop_var.go:42)	POPQ	BP
	0x06fb 01787 (closure_loop_var.go:42)	RET
	0x06fc 01788 (closure_loop_var.go:42)	NOP
	0x06fc 01788 (closure_loop_var.go:4)	PCDATA	$1, $-1
	0x06fc 01788 (closure_loop_var.go:4)	PCDATA	$0, $-2
	0x06fc 01788 (closure_loop_var.go:4)	NOP
	0x0700 01792 (closure_loop_var.go:4)	CALL	runtime.morestack_noctxt(SB)
	0x0705 01797 (closure_loop_var.go:4)	PCDATA	$0, $-1
	0x0705 01797 (closure_loop_var.go:4)	JMP	0
	0x0000 4c 8d a4 24 d8 fe ff ff 4d 3b 66 10 0f 86 ea 06  L..$....M;f.....
	0x0010 00 00 55 48 89 e5 48 81 ec a0 01 00 00 31 c0 b9  ..UH..H......1..
	0x0020 01 00 00 00 31 d2 31 db 31 f6 31 ff eb 12 48 89  ....1.1.1.1...H.
	0x0030 44 f3 f8 48 89 d0 48 89 f2 89 fe 48 89 cf 31 c9  D..H..H....H..1.
	0x0040 83 f1 01 44 0f b6 c1 49 01 c0 49 83 f8 05 0f 8d  ...D...I..I.....
	0x0050 11 01 00 00 4c 89 44 24 70 48 89 bc 24 a0 00 00  ....L.D$pH..$...
	0x0060 00 48 89 94 24 98 00 00 00 48 89 9c 24 d8 00 00  .H..$....H..$...
	0x0070 00 40 88 74 24 47 b8 10 00 00 00 48 8d 1d 00 00  .@.t$G.....H....
	0x0080 00 00 b9 01 00 00 00 e8 00 00 00 00 48 8d 15 00  ............H...
	0x0090 00 00 00 48 89 10 48 8b 54 24 70 48 89 50 08 48  ...H..H.T$pH.P.H
	0x00a0 8b 9c 24 98 00 00 00 48 8d 73 01 48 8b 8c 24 a0  ..$....H.s.H..$.
	0x00b0 00 00 00 48 39 f1 72 0f 48 8b 9c 24 d8 00 00 00  ...H9.r.H..$....
	0x00c0 0f b6 7c 24 47 eb 76 48 89 84 24 00 01 00 00 48  ..|$G.vH..$....H
	0x00d0 83 fe 04 7f 32 44 0f b6 44 24 47 0f 1f 44 00 00  ....2D..D$G..D..
	0x00e0 45 84 c0 75 22 48 85 db 75 1d 48 8d 9c 24 48 01  E..u"H..u.H..$H.
	0x00f0 00 00 44 0f 11 3b 44 0f 11 7b 10 b9 04 00 00 00  ..D..;D..{......
	0x0100 bf 01 00 00 00 eb 36 48 8b 84 24 d8 00 00 00 48  ......6H..$....H
	0x0110 89 f3 bf 01 00 00 00 48 8d 35 00 00 00 00 66 90  .......H.5....f.
	0x0120 e8 00 00 00 00 48 8b 54 24 70 48 89 de 48 89 c3  .....H.T$pH..H..
	0x0130 0f b6 7c 24 47 48 8b 84 24 00 01 00 00 83 3d 00  ..|$GH..$.....=.
	0x0140 00 00 00 00 0f 84 e4 fe ff ff 4c 8b 44 f3 f8 e8  ..........L.D...
	0x0150 00 00 00 00 49 89 03 4d 89 43 08 0f 1f 44 00 00  ....I..M.C...D..
	0x0160 e9 c9 fe ff ff 48 8d b4 24 b0 01 00 00 48 29 e6  .....H..$....H).
	0x0170 48 89 df 48 29 e7 48 39 f7 73 15 48 8d 05 00 00  H..H).H9.s.H....
	0x0180 00 00 48 89 d1 e8 00 00 00 00 48 89 da 48 89 c3  ..H.......H..H..
	0x0190 48 89 9c 24 d8 00 00 00 48 89 94 24 98 00 00 00  H..$....H..$....
	0x01a0 31 c0 eb 53 48 89 84 24 b8 00 00 00 48 8b 14 c3  1..SH..$....H...
	0x01b0 48 8b 02 ff d0 48 89 84 24 b0 00 00 00 0f 1f 00  H....H..$.......
	0x01c0 e8 00 00 00 00 48 8b 84 24 b0 00 00 00 e8 00 00  .....H..$.......
	0x01d0 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24  ............H..$
	0x01e0 b8 00 00 00 48 ff c0 48 8b 94 24 98 00 00 00 48  ....H..H..$....H
	0x01f0 8b 9c 24 d8 00 00 00 48 39 d0 7c a8 0f 1f 40 00  ..$....H9.|...@.
	0x0200 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0210 8d 05 00 00 00 00 e8 00 00 00 00 48 89 84 24 98  ...........H..$.
	0x0220 01 00 00 31 c9 31 d2 31 db 31 f6 31 ff eb 19 4a  ...1.1.1.1.1...J
	0x0230 89 44 ce f8 4c 8b 54 24 58 49 ff c2 4c 89 c0 4c  .D..L.T$XI..L..L
	0x0240 89 cb 48 89 cf 4c 89 d1 48 83 f9 05 0f 8d 2a 01  ..H..L..H.....*.
	0x0250 00 00 48 89 4c 24 58 48 89 bc 24 90 00 00 00 48  ..H.L$XH..$....H
	0x0260 89 b4 24 d0 00 00 00 48 89 9c 24 88 00 00 00 88  ..$....H..$.....
	0x0270 54 24 47 48 89 08 b8 10 00 00 00 48 8d 1d 00 00  T$GH.......H....
	0x0280 00 00 b9 01 00 00 00 e8 00 00 00 00 48 8d 15 00  ............H...
	0x0290 00 00 00 48 89 10 83 3d 00 00 00 00 00 75 0a 4c  ...H...=.....u.L
	0x02a0 8b 84 24 98 01 00 00 eb 10 e8 00 00 00 00 4c 8b  ..$...........L.
	0x02b0 84 24 98 01 00 00 4d 89 03 4c 89 40 08 48 8b 9c  .$....M..L.@.H..
	0x02c0 24 88 00 00 00 4c 8d 4b 01 48 8b 8c 24 90 00 00  $....L.K.H..$...
	0x02d0 00 4c 39 c9 72 0f 48 8b b4 24 d0 00 00 00 0f b6  .L9.r.H..$......
	0x02e0 54 24 47 eb 74 48 89 84 24 f8 00 00 00 49 83 f9  T$G.tH..$....I..
	0x02f0 04 7f 2f 44 0f b6 54 24 47 45 84 d2 75 24 66 90  ../D..T$GE..u$f.
	0x0300 48 85 db 75 1d 48 8d b4 24 28 01 00 00 44 0f 11  H..u.H..$(...D..
	0x0310 3e 44 0f 11 7e 10 b9 04 00 00 00 ba 01 00 00 00  >D..~...........
	0x0320 eb 37 48 8b 84 24 d0 00 00 00 4c 89 cb bf 01 00  .7H..$....L.....
	0x0330 00 00 48 8d 35 00 00 00 00 e8 00 00 00 00 4c 8b  ..H.5.........L.
	0x0340 84 24 98 01 00 00 49 89 d9 48 89 c6 0f b6 54 24  .$....I..H....T$
	0x0350 47 48 8b 84 24 f8 00 00 00 83 3d 00 00 00 00 00  GH..$.....=.....
	0x0360 0f 84 c9 fe ff ff 4a 8b 7c ce f8 e8 00 00 00 00  ......J.|.......
	0x0370 49 89 03 49 89 7b 08 e9 b3 fe ff ff 48 8d bc 24  I..I.{......H..$
	0x0380 b0 01 00 00 48 29 e7 49 89 f0 48 29 e6 48 39 fe  ....H).I..H).H9.
	0x0390 73 16 48 8d 05 00 00 00 00 48 89 d9 4c 89 c3 90  s.H......H..L...
	0x03a0 e8 00 00 00 00 49 89 c0 4c 89 84 24 d0 00 00 00  .....I..L..$....
	0x03b0 48 89 9c 24 88 00 00 00 31 c0 eb 50 48 89 84 24  H..$....1..PH..$
	0x03c0 b8 00 00 00 49 8b 14 c0 48 8b 02 ff d0 48 89 84  ....I...H....H..
	0x03d0 24 b0 00 00 00 e8 00 00 00 00 48 8b 84 24 b0 00  $.........H..$..
	0x03e0 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00  ................
	0x03f0 00 48 8b 84 24 b8 00 00 00 48 ff c0 48 8b 9c 24  .H..$....H..H..$
	0x0400 88 00 00 00 4c 8b 84 24 d0 00 00 00 48 39 d8 7c  ....L..$....H9.|
	0x0410 ab e8 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x0420 e8 00 00 00 00 48 c7 84 24 70 01 00 00 05 00 00  .....H..$p......
	0x0430 00 48 8d 05 00 00 00 00 48 89 84 24 68 01 00 00  .H......H..$h...
	0x0440 48 c7 84 24 80 01 00 00 04 00 00 00 48 8d 05 00  H..$........H...
	0x0450 00 00 00 48 89 84 24 78 01 00 00 48 c7 84 24 90  ...H..$x...H..$.
	0x0460 01 00 00 05 00 00 00 48 8d 05 00 00 00 00 48 89  .......H......H.
	0x0470 84 24 88 01 00 00 48 8d 84 24 68 01 00 00 31 c9  .$....H..$h...1.
	0x0480 31 d2 31 db 31 f6 31 ff eb 1d 4a 89 44 cf f8 48  1.1.1.1...J.D..H
	0x0490 8b 84 24 f0 00 00 00 48 83 c0 10 49 ff c0 4c 89  ..$....H...I..L.
	0x04a0 cb 48 89 ce 4c 89 c1 48 89 bc 24 c8 00 00 00 48  .H..L..H..$....H
	0x04b0 83 f9 03 0f 8d 4c 01 00 00 48 89 5c 24 78 48 89  .....L...H.\$xH.
	0x04c0 4c 24 60 48 89 b4 24 80 00 00 00 88 54 24 47 48  L$`H..$.....T$GH
	0x04d0 89 84 24 f0 00 00 00 48 8b 50 08 48 89 54 24 48  ..$....H.P.H.T$H
	0x04e0 48 8b 10 48 89 94 24 c0 00 00 00 b8 20 00 00 00  H..H..$..... ...
	0x04f0 48 8d 1d 00 00 00 00 b9 01 00 00 00 0f 1f 40 00  H.............@.
	0x0500 e8 00 00 00 00 48 8d 15 00 00 00 00 48 89 10 48  .....H......H..H
	0x0510 8b 54 24 48 48 89 50 10 83 3d 00 00 00 00 00 90  .T$HH.P..=......
	0x0520 75 0a 4c 8b 84 24 c0 00 00 00 eb 10 e8 00 00 00  u.L..$..........
	0x0530 00 4c 8b 84 24 c0 00 00 00 4d 89 03 4c 89 40 08  .L..$....M..L.@.
	0x0540 4c 8b 44 24 60 4c 89 40 18 48 8b 5c 24 78 4c 8d  L.D$`L.@.H.\$xL.
	0x0550 4b 01 48 8b 8c 24 80 00 00 00 4c 39 c9 72 0f 48  K.H..$....L9.r.H
	0x0560 8b bc 24 c8 00 00 00 0f b6 54 24 47 eb 6f 48 89  ..$......T$G.oH.
	0x0570 84 24 e8 00 00 00 49 83 f9 04 7f 2d 44 0f b6 54  .$....I....-D..T
	0x0580 24 47 45 84 d2 75 22 48 85 db 75 1d 48 8d bc 24  $GE..u"H..u.H..$
	0x0590 08 01 00 00 44 0f 11 3f 44 0f 11 7f 10 b9 04 00  ....D..?D.......
	0x05a0 00 00 ba 01 00 00 00 eb 34 48 8b 84 24 c8 00 00  ........4H..$...
	0x05b0 00 4c 89 cb bf 01 00 00 00 48 8d 35 00 00 00 00  .L.......H.5....
	0x05c0 e8 00 00 00 00 4c 8b 44 24 60 49 89 d9 48 89 c7  .....L.D$`I..H..
	0x05d0 0f b6 54 24 47 48 8b 84 24 e8 00 00 00 83 3d 00  ..T$GH..$.....=.
	0x05e0 00 00 00 00 0f 84 a0 fe ff ff 4a 8b 74 cf f8 e8  ..........J.t...
	0x05f0 00 00 00 00 49 89 03 49 89 73 08 0f 1f 44 00 00  ....I..I.s...D..
	0x0600 e9 85 fe ff ff 48 8d 43 ff eb 55 48 89 44 24 50  .....H.C..UH.D$P
	0x0610 48 8b 14 c7 48 8b 02 ff d0 48 89 84 24 e0 00 00  H...H....H..$...
	0x0620 00 48 89 9c 24 b8 00 00 00 e8 00 00 00 00 48 8b  .H..$.........H.
	0x0630 84 24 e0 00 00 00 48 8b 9c 24 b8 00 00 00 66 90  .$....H..$....f.
	0x0640 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0650 8b 44 24 50 48 ff c8 48 8b bc 24 c8 00 00 00 90  .D$PH..H..$.....
	0x0660 48 85 c0 7d a6 31 c0 b9 01 00 00 00 31 d2 eb 3b  H..}.1......1..;
	0x0670 48 8d 04 08 48 8d 40 0a 48 89 44 24 68 90 66 90  H...H.@.H.D$h.f.
	0x0680 e8 00 00 00 00 48 8b 44 24 68 e8 00 00 00 00 e8  .....H.D$h......
	0x0690 00 00 00 00 e8 00 00 00 00 48 8b 94 24 a8 00 00  .........H..$...
	0x06a0 00 48 ff c2 48 8b 44 24 68 31 c9 48 89 94 24 a8  .H..H.D$h1.H..$.
	0x06b0 00 00 00 83 f1 01 0f b6 c9 48 8d 1c 01 0f 1f 00  .........H......
	0x06c0 48 83 fb 04 7c aa e8 00 00 00 00 48 8d 05 00 00  H...|......H....
	0x06d0 00 00 bb 06 00 00 00 e8 00 00 00 00 48 8b 84 24  ............H..$
	0x06e0 a8 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00  ................
	0x06f0 00 00 00 48 81 c4 a0 01 00 00 5d c3 0f 1f 40 00  ...H......]...@.
	0x0700 e8 00 00 00 00 e9 f6 f8 ff ff                    ..........
	rel 126+4 t=R_PCREL type:noalg.struct { F uintptr; X0 int }+0
	rel 136+4 t=R_CALL runtime.mallocgcSmallNoScanSC2+0
	rel 143+4 t=R_PCREL main.main.func1+0
	rel 282+4 t=R_PCREL type:func() int+0
	rel 289+4 t=R_CALL runtime.growslice+0
	rel 319+4 t=R_PCREL runtime.writeBarrier+-1
	rel 336+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 382+4 t=R_PCREL type:func() int+0
	rel 390+4 t=R_CALL runtime.moveSliceNoCap+0
	rel 435+0 t=R_CALLIND +0
	rel 449+4 t=R_CALL runtime.printlock+0
	rel 462+4 t=R_CALL runtime.printint+0
	rel 467+4 t=R_CALL runtime.printsp+0
	rel 472+4 t=R_CALL runtime.printunlock+0
	rel 513+4 t=R_CALL runtime.printlock+0
	rel 518+4 t=R_CALL runtime.printnl+0
	rel 523+4 t=R_CALL runtime.printunlock+0
	rel 530+4 t=R_PCREL type:int+0
	rel 535+4 t=R_CALL runtime.newobject+0
	rel 638+4 t=R_PCREL type:noalg.struct { F uintptr; X0 *int }+0
	rel 648+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC2+0
	rel 655+4 t=R_PCREL main.main.func2+0
	rel 664+4 t=R_PCREL runtime.writeBarrier+-1
	rel 682+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 821+4 t=R_PCREL type:func() int+0
	rel 826+4 t=R_CALL runtime.growslice+0
	rel 859+4 t=R_PCREL runtime.writeBarrier+-1
	rel 876+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 917+4 t=R_PCREL type:func() int+0
	rel 929+4 t=R_CALL runtime.moveSliceNoCap+0
	rel 971+0 t=R_CALLIND +0
	rel 982+4 t=R_CALL runtime.printlock+0
	rel 995+4 t=R_CALL runtime.printint+0
	rel 1000+4 t=R_CALL runtime.printsp+0
	rel 1005+4 t=R_CALL runtime.printunlock+0
	rel 1042+4 t=R_CALL runtime.printlock+0
	rel 1047+4 t=R_CALL runtime.printnl+0
	rel 1057+4 t=R_CALL runtime.printunlock+0
	rel 1076+4 t=R_PCREL go:string."alpha"+0
	rel 1103+4 t=R_PCREL go:string."beta"+0
	rel 1130+4 t=R_PCREL go:string."gamma"+0
	rel 1267+4 t=R_PCREL type:noalg.struct { F uintptr; X0 string; X1 int }+0
	rel 1281+4 t=R_CALL runtime.mallocgcSmallScanNoHeaderSC4+0
	rel 1288+4 t=R_PCREL main.main.func3+0
	rel 1306+4 t=R_PCREL runtime.writeBarrier+-1
	rel 1325+4 t=R_CALL runtime.gcWriteBarrier1+0
	rel 1468+4 t=R_PCREL type:func() string+0
	rel 1473+4 t=R_CALL runtime.growslice+0
	rel 1503+4 t=R_PCREL runtime.writeBarrier+-1
	rel 1520+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 1559+0 t=R_CALLIND +0
	rel 1578+4 t=R_CALL runtime.printlock+0
	rel 1601+4 t=R_CALL runtime.printstring+0
	rel 1606+4 t=R_CALL runtime.printnl+0
	rel 1611+4 t=R_CALL runtime.printunlock+0
	rel 1665+4 t=R_CALL runtime.printlock+0
	rel 1675+4 t=R_CALL runtime.printint+0
	rel 1680+4 t=R_CALL runtime.printsp+0
	rel 1685+4 t=R_CALL runtime.printunlock+0
	rel 1735+4 t=R_CALL runtime.printlock+0
	rel 1742+4 t=R_PCREL go:string."count "+0
	rel 1752+4 t=R_CALL runtime.printstring+0
	rel 1765+4 t=R_CALL runtime.printint+0
	rel 1770+4 t=R_CALL runtime.printnl+0
	rel 1775+4 t=R_CALL runtime.printunlock+0
	rel 1793+4 t=R_CALL runtime.morestack_noctxt+0
main.main.func3 STEXT size=103 align=0x0 args=0x0 locals=0x58 funcid=0x0
	0x0000 00000 (closure_loop_var.go:28)	TEXT	main.main.func3(SB), NEEDCTXT|ABIInternal, $88-0
	0x0000 00000 (closure_loop_var.go:28)	CMPQ	SP, 16(R14)
	0x0004 00004 (closure_loop_var.go:28)	PCDATA	$0, $-2
	0x0004 00004 (closure_loop_var.go:28)	JLS	94
	0x0006 00006 (closure_loop_var.go:28)	PCDATA	$0, $-1
	0x0006 00006 (closure_loop_var.go:28)	PUSHQ	BP
	0x0007 00007 (closure_loop_var.go:28)	MOVQ	SP, BP
	0x000a 00010 (closure_loop_var.go:28)	SUBQ	$80, SP
	0x000e 00014 (closure_loop_var.go:28)	FUNCDATA	$0, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (closure_loop_var.go:28)	FUNCDATA	$1, gclocals·Co8N3J4cno6MKCtTxcCDSA==(SB)
	0x000e 00014 (closure_loop_var.go:28)	MOVQ	8(DX), CX
	0x0012 00018 (closure_loop_var.go:28)	MOVQ	CX, main.w.ptr+72(SP)
	0x0017 00023 (closure_loop_var.go:28)	MOVQ	16(DX), CX
	0x001b 00027 (closure_loop_var.go:28)	MOVQ	CX, main.w.len+64(SP)
	0x0020 00032 (closure_loop_var.go:28)	MOVQ	24(DX), CX
	0x0024 00036 (closure_loop_var.go:28)	ADDQ	$48, CX
	0x0028 00040 (closure_loop_var.go:28)	MOVLQSX	CX, BX
	0x002b 00043 (closure_loop_var.go:28)	LEAQ	main..autotmp_1+60(SP), AX
	0x0030 00048 (closure_loop_var.go:28)	PCDATA	$1, $1
	0x0030 00048 (closure_loop_var.go:28)	CALL	runtime.intstring(SB)
	0x0035 00053 (closure_loop_var.go:28)	MOVQ	main.w.len+64(SP), CX
	0x003a 00058 (closure_loop_var.go:28)	LEAQ	go:string."#"(SB), DI
	0x0041 00065 (closure_loop_var.go:28)	MOVL	$1, SI
	0x0046 00070 (closure_loop_var.go:28)	MOVQ	AX, R8
	0x0049 00073 (closure_loop_var.go:28)	MOVQ	BX, R9
	0x004c 00076 (closure_loop_var.go:28)	XORL	AX, AX
	0x004e 00078 (closure_loop_var.go:28)	MOVQ	main.w.ptr+72(SP), BX
	0x0053 00083 (closure_loop_var.go:28)	PCDATA	$1, $0
	0x0053 00083 (closure_loop_var.go:28)	CALL	runtime.concatstring3(SB)
	0x0058 00088 (closure_loop_var.go:28)	ADDQ	$80, SP
	0x005c 00092 (closure_loop_var.go:28)	POPQ	BP
	0x005d 00093 (closure_loop_var.go:28)	RET
	0x005e 00094 (closure_loop_var.go:28)	NOP
	0x005e 00094 (closure_loop_var.go:28)	PCDATA	$1, $-1
	0x005e 00094 (closure_loop_var.go:28)	PCDATA	$0, $-2
	0x005e 00094 (closure_loop_var.go:28)	NOP
	0x0060 00096 (closure_loop_var.go:28)	CALL	runtime.morestack(SB)
	0x0065 00101 (closure_loop_var.go:28)	PCDATA	$0, $-1
	0x0065 00101 (closure_loop_var.go:28)	JMP	0
	0x0000 49 3b 66 10 76 58 55 48 89 e5 48 83 ec 50 48 8b  I;f.vXUH..H..PH.
	0x0010 4a 08 48 89 4c 24 48 48 8b 4a 10 48 89 4c 24 40  J.H.L$HH.J.H.L$@
	0x0020 48 8b 4a 18 48 83 c1 30 48 63 d9 48 8d 44 24 3c  H.J.H..0Hc.H.D$<
	0x0030 e8 00 00 00 00 48 8b 4c 24 40 48 8d 3d 00 00 00  .....H.L$@H.=...
	0x0040 00 be 01 00 00 00 49 89 c0 49 89 d9 31 c0 48 8b  ......I..I..1.H.
	0x0050 5c 24 48 e8 00 00 00 00 48 83 c4 50 5d c3 66 90  \$H.....H..P].f.
	0x0060 e8 00 00 00 00 eb 99                             .......
	rel 49+4 t=R_CALL runtime.intstring+0
	rel 61+4 t=R_PCREL go:string."#"+0
	rel 84+4 t=R_CALL runtime.concatstring3+0
	rel 97+4 t=R_CALL runtime.morestack+0
main.main.func2 STEXT nosplit size=8 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (closure_loop_var.go:18)	TEXT	main.main.func2(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (closure_loop_var.go:18)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_loop_var.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_loop_var.go:18)	MOVQ	8(DX), CX
	0x0004 00004 (closure_loop_var.go:18)	MOVQ	(CX), AX
	0x0007 00007 (closure_loop_var.go:18)	RET
	0x0000 48 8b 4a 08 48 8b 01 c3                          H.J.H...
main.main.func1 STEXT nosplit size=9 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (closure_loop_var.go:7)	TEXT	main.main.func1(SB), NOSPLIT|NEEDCTXT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (closure_loop_var.go:7)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_loop_var.go:7)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (closure_loop_var.go:7)	MOVQ	8(DX), AX
	0x0004 00004 (closure_loop_var.go:7)	IMULQ	AX, AX
	0x0008 00008 (closure_loop_var.go:7)	RET
	0x0000 48 8b 42 08 48 0f af c0 c3                       H.B.H....
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.main.func4$abstract SDWARFABSFCN dupok size=21 align=0x0
	0x0000 05 6d 61 69 6e 2e 6d 61 69 6e 2e 66 75 6e 63 34  .main.main.func4
	0x0010 00 01 25 01 00                                   ..%..
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
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
go:string." " SRODATA dupok size=1 align=0x1
	0x0000 20                                                
go:string."alpha" SRODATA dupok size=5 align=0x1
	0x0000 61 6c 70 68 61                                   alpha
go:string."beta" SRODATA dupok size=4 align=0x1
	0x0000 62 65 74 61                                      beta
go:string."gamma" SRODATA dupok size=5 align=0x1
	0x0000 67 61 6d 6d 61                                   gamma
go:string."count" SRODATA dupok size=5 align=0x1
	0x0000 63 6f 75 6e 74                                   count
go:string."count " SRODATA dupok size=6 align=0x1
	0x0000 63 6f 75 6e 74 20                                count 
go:string."#" SRODATA dupok size=1 align=0x1
	0x0000 23                                               #
type:.namedata.*[]func() int- SRODATA dupok size=15 align=0x1
	0x0000 00 0d 2a 5b 5d 66 75 6e 63 28 29 20 69 6e 74     ..*[]func() int
type:*[]func() int SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a3 a4 44 7a 28 08 08 16 00 00 00 00 00 00 00 00  ..Dz(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]func() int-+0
	rel 48+8 t=R_ADDR type:[]func() int+0
type:[]func() int SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 1b ad 0e 75 02 08 08 17 00 00 00 00 00 00 00 00  ...u............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]func() int-+0
	rel 44+4 t=RelocType(-32763) type:*[]func() int+0
	rel 48+8 t=R_ADDR type:func() int+0
type:.namedata.*[]func() string- SRODATA dupok size=18 align=0x1
	0x0000 00 10 2a 5b 5d 66 75 6e 63 28 29 20 73 74 72 69  ..*[]func() stri
	0x0010 6e 67                                            ng
type:*[]func() string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c7 90 72 2a 28 08 08 16 00 00 00 00 00 00 00 00  ..r*(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]func() string-+0
	rel 48+8 t=R_ADDR type:[]func() string+0
type:[]func() string SRODATA dupok size=56 align=0x8
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 75 25 f5 d7 02 08 08 17 00 00 00 00 00 00 00 00  u%..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]func() string-+0
	rel 44+4 t=RelocType(-32763) type:*[]func() string+0
	rel 48+8 t=R_ADDR type:func() string+0
type:.namedata.*struct { F uintptr; X0 *int }- SRODATA dupok size=32 align=0x1
	0x0000 00 1e 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  ..*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 2a 69 6e 74 20 7d  ntptr; X0 *int }
type:noalg.*struct { F uintptr; X0 *int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 70 c1 ac 1c 20 08 08 16 00 00 00 00 00 00 00 00  p... ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *int }+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.F. SRODATA dupok size=3 align=0x1
	0x0000 01 01 46                                         ..F
type:.namedata.X0. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 30                                      ..X0
type:noalg.struct { F uintptr; X0 *int } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 79 19 0c e4 02 08 08 19 00 00 00 00 00 00 00 00  y...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 *int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 *int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 *int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:*int+0
type:.namedata.*struct { F uintptr; X0 int }- SRODATA dupok size=31 align=0x1
	0x0000 00 1d 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  ..*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 69 6e 74 20 7d     ntptr; X0 int }
type:noalg.*struct { F uintptr; X0 int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 08 96 15 71 20 08 08 16 00 00 00 00 00 00 00 00  ...q ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 int }+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:noalg.struct { F uintptr; X0 int } SRODATA dupok size=128 align=0x8
	0x0000 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 0a 46 a7 44 02 08 08 19 00 00 00 00 00 00 00 00  .F.D............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:int+0
type:.namedata.*struct { F uintptr; X0 string; X1 int }- SRODATA dupok size=42 align=0x1
	0x0000 00 28 2a 73 74 72 75 63 74 20 7b 20 46 20 75 69  .(*struct { F ui
	0x0010 6e 74 70 74 72 3b 20 58 30 20 73 74 72 69 6e 67  ntptr; X0 string
	0x0020 3b 20 58 31 20 69 6e 74 20 7d                    ; X1 int }
type:noalg.*struct { F uintptr; X0 string; X1 int } SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f5 94 c5 6b 20 08 08 16 00 00 00 00 00 00 00 00  ...k ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 string; X1 int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { F uintptr; X0 string; X1 int }+0
type:.namedata.X1. SRODATA dupok size=4 align=0x1
	0x0000 01 02 58 31                                      ..X1
type:noalg.struct { F uintptr; X0 string; X1 int } SRODATA dupok size=152 align=0x8
	0x0000 20 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00   ...............
	0x0010 cc d0 0c a0 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0090 18 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { F uintptr; X0 string; X1 int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { F uintptr; X0 string; X1 int }+0
	rel 56+8 t=R_ADDR type:noalg.struct { F uintptr; X0 string; X1 int }+80
	rel 80+8 t=R_ADDR type:.namedata.F.+0
	rel 88+8 t=R_ADDR type:uintptr+0
	rel 104+8 t=R_ADDR type:.namedata.X0.+0
	rel 112+8 t=R_ADDR type:string+0
	rel 128+8 t=R_ADDR type:.namedata.X1.+0
	rel 136+8 t=R_ADDR type:int+0
runtime.gcbits.1500000000000000 SRODATA dupok size=8 align=0x8
	0x0000 15 00 00 00 00 00 00 00                          ........
runtime.gcbits.0f00000000000000 SRODATA dupok size=8 align=0x8
	0x0000 0f 00 00 00 00 00 00 00                          ........
gclocals·XhHydcwudYgAAAHTAKMedg== SRODATA dupok size=8 align=0x4
	0x0000 0a 00 00 00 00 00 00 00                          ........
gclocals·WpKMhX+wNkBOpNuqnUgq+g== SRODATA dupok size=48 align=0x4
	0x0000 0a 00 00 00 1c 00 00 00 00 00 00 00 08 00 00 00  ................
	0x0010 00 01 00 00 04 00 00 08 80 00 00 08 04 00 00 00  ................
	0x0020 43 00 00 00 60 00 00 00 02 00 00 00 12 00 00 00  C...`...........
main.main.stkobj SRODATA static size=72 align=0x8
	0x0000 04 00 00 00 00 00 00 00 68 ff ff ff 20 00 00 00  ........h... ...
	0x0010 20 00 00 00 00 00 00 00 88 ff ff ff 20 00 00 00   ........... ...
	0x0020 20 00 00 00 00 00 00 00 a8 ff ff ff 20 00 00 00   ........... ...
	0x0030 20 00 00 00 00 00 00 00 c8 ff ff ff 30 00 00 00   ...........0...
	0x0040 28 00 00 00 00 00 00 00                          (.......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0f00000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0f00000000000000+0
	rel 52+4 t=R_ADDROFF runtime.gcbits.0f00000000000000+0
	rel 68+4 t=R_ADDROFF runtime.gcbits.1500000000000000+0
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
gclocals·Co8N3J4cno6MKCtTxcCDSA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 00 01                    ..........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
