funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (embed_promoted.go:25)	TEXT	main.main(SB), ABIInternal, $288-0
     0        00000 (embed_promoted.go:25)	TEXT	main.main(SB), ABIInternal, $288-0
     0     -1 00000 (embed_promoted.go:25)	LEAQ	-160(SP), R12
     8        00008 (embed_promoted.go:25)	CMPQ	R12, 16(R14)
     c        00012 (embed_promoted.go:25)	PCDATA	$0, $-2
     c        00012 (embed_promoted.go:25)	JLS	1084
    12        00018 (embed_promoted.go:25)	PCDATA	$0, $-1
    12        00018 (embed_promoted.go:25)	PUSHQ	BP
    13        00019 (embed_promoted.go:25)	MOVQ	SP, BP
    16        00022 (embed_promoted.go:25)	SUBQ	$280, SP
    1d        00029 (embed_promoted.go:25)	FUNCDATA	$0, gclocals·NL1fmQxTaE165lC0D8tWVg==(SB)
    1d        00029 (embed_promoted.go:25)	FUNCDATA	$1, gclocals·mdXyS9/90v8GQrWNW99d7Q==(SB)
    1d        00029 (embed_promoted.go:25)	FUNCDATA	$2, main.main.stkobj(SB)
    1d        00029 (embed_promoted.go:26)	MOVQ	$7, main.m+200(SP)
    29        00041 (embed_promoted.go:26)	LEAQ	go:string."m"(SB), DI
    30        00048 (embed_promoted.go:26)	MOVQ	DI, main.m+208(SP)
    38        00056 (embed_promoted.go:26)	MOVQ	$1, main.m+216(SP)
    44        00068 (embed_promoted.go:26)	MOVQ	$2, main.m+224(SP)
    50        00080 (<unknown line number>)	NOP
    50      0 00080 (embed_promoted.go:27)	LEAQ	main..autotmp_23+104(SP), AX
    55        00085 (embed_promoted.go:27)	LEAQ	go:string."base:"(SB), BX
    5c        00092 (embed_promoted.go:27)	MOVL	$5, CX
    61        00097 (embed_promoted.go:27)	MOVL	$1, SI
    66        00102 (embed_promoted.go:27)	PCDATA	$1, $1
    66        00102 (embed_promoted.go:27)	CALL	runtime.concatstring2(SB)
    6b        00107 (embed_promoted.go:27)	MOVQ	AX, main..autotmp_59+240(SP)
    73        00115 (embed_promoted.go:27)	MOVQ	BX, main.~r0.len+152(SP)
    7b     -1 00123 (embed_promoted.go:27)	MOVQ	main.m+200(SP), DX
    83        00131 (embed_promoted.go:27)	MOVQ	DX, main..autotmp_60+176(SP)
    8b        00139 (embed_promoted.go:27)	MOVQ	main.m+208(SP), DX
    93        00147 (embed_promoted.go:27)	MOVQ	DX, main..autotmp_61+232(SP)
    9b        00155 (embed_promoted.go:27)	MOVQ	main.m+216(SP), DX
    a3        00163 (embed_promoted.go:27)	MOVQ	DX, main..autotmp_62+168(SP)
    ab        00171 (embed_promoted.go:27)	MOVQ	main.m+224(SP), DX
    b3        00179 (embed_promoted.go:27)	MOVQ	DX, main..autotmp_63+160(SP)
    bb        00187 (embed_promoted.go:27)	PCDATA	$1, $2
    bb        00187 (embed_promoted.go:27)	NOP
    c0        00192 (embed_promoted.go:27)	CALL	runtime.printlock(SB)
    c5        00197 (embed_promoted.go:27)	MOVQ	main..autotmp_60+176(SP), AX
    cd        00205 (embed_promoted.go:27)	CALL	runtime.printint(SB)
    d2        00210 (embed_promoted.go:27)	CALL	runtime.printsp(SB)
    d7        00215 (embed_promoted.go:27)	MOVQ	main..autotmp_61+232(SP), AX
    df        00223 (embed_promoted.go:27)	MOVQ	main..autotmp_62+168(SP), BX
    e7        00231 (embed_promoted.go:27)	PCDATA	$1, $3
    e7        00231 (embed_promoted.go:27)	CALL	runtime.printstring(SB)
    ec        00236 (embed_promoted.go:27)	CALL	runtime.printsp(SB)
    f1        00241 (embed_promoted.go:27)	MOVQ	main..autotmp_63+160(SP), AX
    f9        00249 (embed_promoted.go:27)	CALL	runtime.printint(SB)
    fe        00254 (embed_promoted.go:27)	NOP
   100        00256 (embed_promoted.go:27)	CALL	runtime.printsp(SB)
   105        00261 (embed_promoted.go:27)	MOVQ	main..autotmp_59+240(SP), AX
   10d        00269 (embed_promoted.go:27)	MOVQ	main.~r0.len+152(SP), BX
   115        00277 (embed_promoted.go:27)	PCDATA	$1, $1
   115        00277 (embed_promoted.go:27)	CALL	runtime.printstring(SB)
   11a        00282 (embed_promoted.go:27)	CALL	runtime.printsp(SB)
   11f        00287 (embed_promoted.go:27)	LEAQ	go:string."mid"(SB), AX
   126        00294 (embed_promoted.go:27)	MOVL	$3, BX
   12b        00299 (embed_promoted.go:27)	CALL	runtime.printstring(SB)
   130        00304 (embed_promoted.go:27)	CALL	runtime.printsp(SB)
   135        00309 (embed_promoted.go:27)	LEAQ	go:string."base"(SB), AX
   13c        00316 (embed_promoted.go:27)	MOVL	$4, BX
   141        00321 (embed_promoted.go:27)	CALL	runtime.printstring(SB)
   146        00326 (embed_promoted.go:27)	CALL	runtime.printnl(SB)
   14b        00331 (embed_promoted.go:27)	CALL	runtime.printunlock(SB)
   150        00336 (embed_promoted.go:28)	XCHGL	AX, AX
   151      1 00337 (embed_promoted.go:28)	MOVQ	$7, main.m+216(SP)
   15d        00349 (embed_promoted.go:28)	LEAQ	go:string."renamed"(SB), DX
   164        00356 (embed_promoted.go:28)	MOVQ	DX, main.m+208(SP)
   16c     -1 00364 (embed_promoted.go:29)	CALL	runtime.printlock(SB)
   171        00369 (embed_promoted.go:29)	LEAQ	go:string."renamed"(SB), AX
   178        00376 (embed_promoted.go:29)	MOVL	$7, BX
   17d        00381 (embed_promoted.go:29)	NOP
   180        00384 (embed_promoted.go:29)	CALL	runtime.printstring(SB)
   185        00389 (embed_promoted.go:29)	CALL	runtime.printsp(SB)
   18a        00394 (embed_promoted.go:29)	LEAQ	go:string."renamed"(SB), AX
   191        00401 (embed_promoted.go:29)	MOVL	$7, BX
   196        00406 (embed_promoted.go:29)	CALL	runtime.printstring(SB)
   19b        00411 (embed_promoted.go:29)	NOP
   1a0        00416 (embed_promoted.go:29)	CALL	runtime.printnl(SB)
   1a5        00421 (embed_promoted.go:29)	CALL	runtime.printunlock(SB)
   1aa        00426 (embed_promoted.go:32)	MOVQ	main.m+208(SP), DI
   1b2        00434 (embed_promoted.go:32)	MOVQ	main.m+216(SP), SI
   1ba        00442 (<unknown line number>)	NOP
   1ba      2 00442 (embed_promoted.go:32)	LEAQ	main..autotmp_29+72(SP), AX
   1bf        00447 (embed_promoted.go:32)	LEAQ	go:string."base:"(SB), BX
   1c6        00454 (embed_promoted.go:32)	MOVL	$5, CX
   1cb        00459 (embed_promoted.go:32)	CALL	runtime.concatstring2(SB)
   1d0        00464 (embed_promoted.go:32)	MOVQ	AX, main.~r0.ptr+192(SP)
   1d8        00472 (embed_promoted.go:32)	MOVQ	BX, main.~r0.len+144(SP)
   1e0     -1 00480 (embed_promoted.go:32)	MOVQ	main.m+208(SP), DX
   1e8        00488 (embed_promoted.go:32)	MOVQ	DX, main..autotmp_59+240(SP)
   1f0        00496 (embed_promoted.go:32)	MOVQ	main.m+216(SP), DX
   1f8        00504 (embed_promoted.go:32)	MOVQ	DX, main..autotmp_60+176(SP)
   200        00512 (embed_promoted.go:32)	MOVQ	main.m+200(SP), DX
   208        00520 (embed_promoted.go:32)	MOVQ	DX, main..autotmp_62+168(SP)
   210        00528 (embed_promoted.go:32)	PCDATA	$1, $4
   210        00528 (embed_promoted.go:32)	CALL	runtime.printlock(SB)
   215        00533 (embed_promoted.go:32)	LEAQ	go:string."top"(SB), AX
   21c        00540 (embed_promoted.go:32)	MOVL	$3, BX
   221        00545 (embed_promoted.go:32)	CALL	runtime.printstring(SB)
   226        00550 (embed_promoted.go:32)	CALL	runtime.printsp(SB)
   22b        00555 (embed_promoted.go:32)	MOVQ	main..autotmp_59+240(SP), AX
   233        00563 (embed_promoted.go:32)	MOVQ	main..autotmp_60+176(SP), BX
   23b        00571 (embed_promoted.go:32)	PCDATA	$1, $5
   23b        00571 (embed_promoted.go:32)	NOP
   240        00576 (embed_promoted.go:32)	CALL	runtime.printstring(SB)
   245        00581 (embed_promoted.go:32)	CALL	runtime.printsp(SB)
   24a        00586 (embed_promoted.go:32)	MOVQ	main..autotmp_62+168(SP), AX
   252        00594 (embed_promoted.go:32)	CALL	runtime.printint(SB)
   257        00599 (embed_promoted.go:32)	CALL	runtime.printsp(SB)
   25c        00604 (embed_promoted.go:32)	LEAQ	go:string."mid"(SB), AX
   263        00611 (embed_promoted.go:32)	MOVL	$3, BX
   268        00616 (embed_promoted.go:32)	CALL	runtime.printstring(SB)
   26d        00621 (embed_promoted.go:32)	CALL	runtime.printsp(SB)
   272        00626 (embed_promoted.go:32)	MOVQ	main.~r0.ptr+192(SP), AX
   27a        00634 (embed_promoted.go:32)	MOVQ	main.~r0.len+144(SP), BX
   282        00642 (embed_promoted.go:32)	PCDATA	$1, $1
   282        00642 (embed_promoted.go:32)	CALL	runtime.printstring(SB)
   287        00647 (embed_promoted.go:32)	CALL	runtime.printnl(SB)
   28c        00652 (embed_promoted.go:32)	CALL	runtime.printunlock(SB)
   291        00657 (embed_promoted.go:33)	XCHGL	AX, AX
   292      3 00658 (embed_promoted.go:33)	MOVQ	$6, main.m+216(SP)
   29e        00670 (embed_promoted.go:33)	LEAQ	go:string."viaTop"(SB), DX
   2a5        00677 (embed_promoted.go:33)	MOVQ	DX, main.m+208(SP)
   2ad     -1 00685 (embed_promoted.go:34)	CALL	runtime.printlock(SB)
   2b2        00690 (embed_promoted.go:34)	LEAQ	go:string."viaTop"(SB), AX
   2b9        00697 (embed_promoted.go:34)	MOVL	$6, BX
   2be        00702 (embed_promoted.go:34)	NOP
   2c0        00704 (embed_promoted.go:34)	CALL	runtime.printstring(SB)
   2c5        00709 (embed_promoted.go:34)	CALL	runtime.printsp(SB)
   2ca        00714 (embed_promoted.go:34)	LEAQ	go:string."viaTop"(SB), AX
   2d1        00721 (embed_promoted.go:34)	MOVL	$6, BX
   2d6        00726 (embed_promoted.go:34)	CALL	runtime.printstring(SB)
   2db        00731 (embed_promoted.go:34)	NOP
   2e0        00736 (embed_promoted.go:34)	CALL	runtime.printnl(SB)
   2e5        00741 (embed_promoted.go:34)	CALL	runtime.printunlock(SB)
   2ea        00746 (embed_promoted.go:35)	MOVQ	main.m+224(SP), DX
   2f2        00754 (embed_promoted.go:35)	INCQ	DX
   2f5        00757 (embed_promoted.go:35)	MOVQ	DX, main..autotmp_60+176(SP)
   2fd        00765 (embed_promoted.go:35)	MOVQ	DX, main.m+224(SP)
   305        00773 (embed_promoted.go:36)	CALL	runtime.printlock(SB)
   30a        00778 (embed_promoted.go:36)	MOVQ	main..autotmp_60+176(SP), AX
   312        00786 (embed_promoted.go:36)	CALL	runtime.printint(SB)
   317        00791 (embed_promoted.go:36)	CALL	runtime.printnl(SB)
   31c        00796 (embed_promoted.go:36)	NOP
   320        00800 (embed_promoted.go:36)	CALL	runtime.printunlock(SB)
   325        00805 (embed_promoted.go:38)	MOVUPS	X15, main..autotmp_37+256(SP)
   32e        00814 (embed_promoted.go:38)	MOVQ	$0, main..autotmp_37+272(SP)
   33a        00826 (embed_promoted.go:38)	LEAQ	main.Base.Describe-fm(SB), DX
   341        00833 (embed_promoted.go:38)	MOVQ	DX, main..autotmp_37+248(SP)
   349        00841 (embed_promoted.go:38)	MOVQ	main.m+200(SP), DX
   351        00849 (embed_promoted.go:38)	MOVQ	main.m+208(SP), R8
   359        00857 (embed_promoted.go:38)	MOVQ	main.m+216(SP), R9
   361        00865 (embed_promoted.go:38)	MOVQ	DX, main..autotmp_37+256(SP)
   369        00873 (embed_promoted.go:38)	MOVQ	R9, main..autotmp_37+272(SP)
   371        00881 (embed_promoted.go:38)	MOVQ	R8, main..autotmp_37+264(SP)
   379        00889 (embed_promoted.go:39)	XCHGL	AX, AX
   37a      4 00890 (embed_promoted.go:39)	MOVQ	$5, main.m+216(SP)
   386        00902 (embed_promoted.go:39)	LEAQ	go:string."later"(SB), DX
   38d        00909 (embed_promoted.go:39)	MOVQ	DX, main.m+208(SP)
   395     -1 00917 (embed_promoted.go:40)	MOVQ	main..autotmp_37+248(SP), DX
   39d        00925 (embed_promoted.go:40)	MOVQ	DX, AX
   3a0        00928 (embed_promoted.go:40)	LEAQ	main..autotmp_37+248(SP), DX
   3a8        00936 (embed_promoted.go:40)	CALL	AX
   3aa        00938 (embed_promoted.go:40)	MOVQ	AX, main..autotmp_59+240(SP)
   3b2        00946 (embed_promoted.go:40)	MOVQ	BX, main..autotmp_60+176(SP)
   3ba        00954 (embed_promoted.go:40)	MOVQ	main.m+208(SP), DI
   3c2        00962 (embed_promoted.go:40)	MOVQ	main.m+216(SP), SI
   3ca        00970 (<unknown line number>)	NOP
   3ca      5 00970 (embed_promoted.go:40)	LEAQ	main..autotmp_38+40(SP), AX
   3cf        00975 (embed_promoted.go:40)	LEAQ	go:string."base:"(SB), BX
   3d6        00982 (embed_promoted.go:40)	MOVL	$5, CX
   3db        00987 (embed_promoted.go:40)	PCDATA	$1, $6
   3db        00987 (embed_promoted.go:40)	NOP
   3e0        00992 (embed_promoted.go:40)	CALL	runtime.concatstring2(SB)
   3e5        00997 (embed_promoted.go:40)	MOVQ	AX, main.~r0.ptr+184(SP)
   3ed        01005 (embed_promoted.go:40)	MOVQ	BX, main.~r0.len+136(SP)
   3f5        01013 (embed_promoted.go:40)	PCDATA	$1, $7
   3f5     -1 01013 (embed_promoted.go:40)	CALL	runtime.printlock(SB)
   3fa        01018 (embed_promoted.go:40)	MOVQ	main..autotmp_59+240(SP), AX
   402        01026 (embed_promoted.go:40)	MOVQ	main..autotmp_60+176(SP), BX
   40a        01034 (embed_promoted.go:40)	PCDATA	$1, $8
   40a        01034 (embed_promoted.go:40)	CALL	runtime.printstring(SB)
   40f        01039 (embed_promoted.go:40)	CALL	runtime.printsp(SB)
   414        01044 (embed_promoted.go:40)	MOVQ	main.~r0.ptr+184(SP), AX
   41c        01052 (embed_promoted.go:40)	MOVQ	main.~r0.len+136(SP), BX
   424        01060 (embed_promoted.go:40)	PCDATA	$1, $0
   424        01060 (embed_promoted.go:40)	CALL	runtime.printstring(SB)
   429        01065 (embed_promoted.go:40)	CALL	runtime.printnl(SB)
   42e        01070 (embed_promoted.go:40)	CALL	runtime.printunlock(SB)
   433        01075 (embed_promoted.go:41)	ADDQ	$280, SP
   43a        01082 (embed_promoted.go:41)	POPQ	BP
   43b        01083 (embed_promoted.go:41)	RET
   43c        01084 (embed_promoted.go:41)	NOP
   43c        01084 (embed_promoted.go:25)	PCDATA	$1, $-1
   43c        01084 (embed_promoted.go:25)	PCDATA	$0, $-2
   43c        01084 (embed_promoted.go:25)	NOP
   440        01088 (embed_promoted.go:25)	CALL	runtime.morestack_noctxt(SB)
   445        01093 (embed_promoted.go:25)	PCDATA	$0, $-1
   445        01093 (embed_promoted.go:25)	JMP	0
   44a done
wrote 30 bytes to 0x0
 00 50 02 2b 01 d6 01 04 1b 03 4e 06 26 05 b2 01 08 1b 07 cd 01 0a 1b 09 35 0c 2b 0b 55 00
-- inlining tree for main.main:
0 | -1 | main.Base.Describe (embed_promoted.go:27:43) pc=123
1 | -1 | main.(*Base).Rename (embed_promoted.go:28:10) pc=336
2 | -1 | main.Base.Describe (embed_promoted.go:32:56) pc=426
3 | -1 | main.(*Base).Rename (embed_promoted.go:33:10) pc=657
4 | -1 | main.(*Base).Rename (embed_promoted.go:39:10) pc=889
5 | -1 | main.Base.Describe (embed_promoted.go:40:25) pc=917
--
funcpctab type:.eq.M8SM8 [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.M8SM8(SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.M8SM8(SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	71
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M8SM8.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M8SM8.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	(AX), DX
    11        00017 (<autogenerated>:1)	CMPQ	(BX), DX
    14        00020 (<autogenerated>:1)	JNE	63
    16        00022 (<autogenerated>:1)	MOVQ	16(AX), CX
    1a        00026 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CMPQ	16(BX), CX
    24        00036 (<autogenerated>:1)	JNE	63
    26        00038 (<autogenerated>:1)	MOVQ	24(AX), DX
    2a        00042 (<autogenerated>:1)	CMPQ	24(BX), DX
    2e        00046 (<autogenerated>:1)	JNE	63
    30        00048 (<autogenerated>:1)	MOVQ	8(AX), AX
    34        00052 (<autogenerated>:1)	MOVQ	8(BX), BX
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
funcpctab main.(*Base).Kind [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Base).Kind(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Base).Kind(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Base).Kind.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Base).Kind.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	23
     9        00009 (<autogenerated>:1)	LEAQ	go:string."base"(SB), AX
    10        00016 (<autogenerated>:1)	MOVL	$4, BX
    15        00021 (<autogenerated>:1)	POPQ	BP
    16        00022 (<autogenerated>:1)	RET
    17        00023 (<autogenerated>:1)	PCDATA	$1, $1
    17        00023 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    1c        00028 (<autogenerated>:1)	XCHGL	AX, AX
    1d done
wrote 3 bytes to 0x0
 00 1d 00
funcpctab main.(*Base).Describe [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Base).Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Base).Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-8
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	58
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$40, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Base).Describe.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Base).Describe.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	TESTQ	AX, AX
    11        00017 (<autogenerated>:1)	JEQ	52
    13        00019 (<autogenerated>:1)	MOVQ	16(AX), SI
    17        00023 (<autogenerated>:1)	MOVQ	8(AX), DI
    1b        00027 (<unknown line number>)	NOP
    1b      0 00027 (<autogenerated>:1)	XORL	AX, AX
    1d        00029 (<autogenerated>:1)	LEAQ	go:string."base:"(SB), BX
    24        00036 (<autogenerated>:1)	MOVL	$5, CX
    29        00041 (<autogenerated>:1)	PCDATA	$1, $1
    29        00041 (<autogenerated>:1)	CALL	runtime.concatstring2(SB)
    2e     -1 00046 (<autogenerated>:1)	ADDQ	$40, SP
    32        00050 (<autogenerated>:1)	POPQ	BP
    33        00051 (<autogenerated>:1)	RET
    34        00052 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    39        00057 (<autogenerated>:1)	XCHGL	AX, AX
    3a        00058 (<autogenerated>:1)	NOP
    3a        00058 (<autogenerated>:1)	PCDATA	$1, $-1
    3a        00058 (<autogenerated>:1)	PCDATA	$0, $-2
    3a        00058 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    3f        00063 (<autogenerated>:1)	NOP
    40        00064 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    45        00069 (<autogenerated>:1)	PCDATA	$0, $-1
    45        00069 (<autogenerated>:1)	MOVQ	8(SP), AX
    4a        00074 (<autogenerated>:1)	JMP	0
    4c done
wrote 7 bytes to 0x0
 00 1b 02 13 01 1e 00
-- inlining tree for main.(*Base).Describe:
0 | -1 | main.Base.Describe (<autogenerated>:1) pc=14
--
funcpctab main.(*Mid).Kind [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Mid).Kind(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Mid).Kind(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
     1        00001 (<autogenerated>:1)	MOVQ	SP, BP
     4        00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Mid).Kind.arginfo1(SB)
     4        00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Mid).Kind.argliveinfo(SB)
     4        00004 (<autogenerated>:1)	PCDATA	$3, $1
     4        00004 (<autogenerated>:1)	TESTQ	AX, AX
     7        00007 (<autogenerated>:1)	JEQ	23
     9        00009 (<autogenerated>:1)	LEAQ	go:string."mid"(SB), AX
    10        00016 (<autogenerated>:1)	MOVL	$3, BX
    15        00021 (<autogenerated>:1)	POPQ	BP
    16        00022 (<autogenerated>:1)	RET
    17        00023 (<autogenerated>:1)	PCDATA	$1, $1
    17        00023 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
    1c        00028 (<autogenerated>:1)	XCHGL	AX, AX
    1d done
wrote 3 bytes to 0x0
 00 1d 00
funcpctab type:.eq.M8S [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	type:.eq.M8S(SB), DUPOK|ABIInternal, $32-16
     0        00000 (<autogenerated>:1)	TEXT	type:.eq.M8S(SB), DUPOK|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	61
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$24, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M8S.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M8S.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	(AX), DX
    11        00017 (<autogenerated>:1)	CMPQ	(BX), DX
    14        00020 (<autogenerated>:1)	JNE	53
    16        00022 (<autogenerated>:1)	MOVQ	16(AX), CX
    1a        00026 (<autogenerated>:1)	NOP
    20        00032 (<autogenerated>:1)	CMPQ	16(BX), CX
    24        00036 (<autogenerated>:1)	JNE	53
    26        00038 (<autogenerated>:1)	MOVQ	8(AX), AX
    2a        00042 (<autogenerated>:1)	MOVQ	8(BX), BX
    2e        00046 (<autogenerated>:1)	PCDATA	$1, $1
    2e        00046 (<autogenerated>:1)	CALL	runtime.memequal(SB)
    33        00051 (<autogenerated>:1)	JMP	55
    35        00053 (<autogenerated>:1)	XORL	AX, AX
    37        00055 (<autogenerated>:1)	ADDQ	$24, SP
    3b        00059 (<autogenerated>:1)	POPQ	BP
    3c        00060 (<autogenerated>:1)	RET
    3d        00061 (<autogenerated>:1)	NOP
    3d        00061 (<autogenerated>:1)	PCDATA	$1, $-1
    3d        00061 (<autogenerated>:1)	PCDATA	$0, $-2
    3d        00061 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    42        00066 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    47        00071 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    4c        00076 (<autogenerated>:1)	PCDATA	$0, $-1
    4c        00076 (<autogenerated>:1)	MOVQ	8(SP), AX
    51        00081 (<autogenerated>:1)	MOVQ	16(SP), BX
    56        00086 (<autogenerated>:1)	JMP	0
    58 done
wrote 3 bytes to 0x0
 00 58 00
funcpctab main.Base.Describe-fm [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Base.Describe-fm(SB), DUPOK|WRAPPER|NEEDCTXT|ABIInternal, $48-0
     0        00000 (<autogenerated>:1)	TEXT	main.Base.Describe-fm(SB), DUPOK|WRAPPER|NEEDCTXT|ABIInternal, $48-0
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	47
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$40, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     e        00014 (<autogenerated>:1)	MOVQ	16(DX), DI
    12        00018 (<autogenerated>:1)	MOVQ	24(DX), SI
    16        00022 (<unknown line number>)	NOP
    16      0 00022 (<autogenerated>:1)	XORL	AX, AX
    18        00024 (<autogenerated>:1)	LEAQ	go:string."base:"(SB), BX
    1f        00031 (<autogenerated>:1)	MOVL	$5, CX
    24        00036 (<autogenerated>:1)	PCDATA	$1, $0
    24        00036 (<autogenerated>:1)	CALL	runtime.concatstring2(SB)
    29     -1 00041 (<autogenerated>:1)	ADDQ	$40, SP
    2d        00045 (<autogenerated>:1)	POPQ	BP
    2e        00046 (<autogenerated>:1)	RET
    2f        00047 (<autogenerated>:1)	NOP
    2f        00047 (<autogenerated>:1)	PCDATA	$1, $-1
    2f        00047 (<autogenerated>:1)	PCDATA	$0, $-2
    2f        00047 (<autogenerated>:1)	CALL	runtime.morestack(SB)
    34        00052 (<autogenerated>:1)	PCDATA	$0, $-1
    34        00052 (<autogenerated>:1)	JMP	0
    36 done
wrote 7 bytes to 0x0
 00 16 02 13 01 0d 00
-- inlining tree for main.Base.Describe-fm:
0 | -1 | main.Base.Describe (<autogenerated>:1) pc=14
--
funcpctab main.(*Top).Kind [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Top).Kind(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Top).Kind(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
     0        00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*Top).Kind.arginfo1(SB)
     0        00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*Top).Kind.argliveinfo(SB)
     0        00000 (<autogenerated>:1)	PCDATA	$3, $1
     0     -1 00000 (<autogenerated>:1)	MOVQ	(AX), CX
     3        00003 (<autogenerated>:1)	TESTB	AL, (CX)
     5        00005 (<autogenerated>:1)	LEAQ	go:string."mid"(SB), AX
     c        00012 (<autogenerated>:1)	MOVL	$3, BX
    11        00017 (<autogenerated>:1)	RET
    12 done
wrote 3 bytes to 0x0
 00 12 00
funcpctab main.Top.Kind [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Top.Kind(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
     0        00000 (<autogenerated>:1)	TEXT	main.Top.Kind(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
     0     -1 00000 (<autogenerated>:1)	MOVQ	AX, main.m+8(FP)
     5        00005 (<autogenerated>:1)	MOVQ	BX, main.m+16(FP)
     a        00010 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     a        00010 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     a        00010 (<autogenerated>:1)	FUNCDATA	$5, main.Top.Kind.arginfo1(SB)
     a        00010 (<autogenerated>:1)	FUNCDATA	$6, main.Top.Kind.argliveinfo(SB)
     a        00010 (<autogenerated>:1)	PCDATA	$3, $1
     a        00010 (<autogenerated>:1)	TESTB	AL, (AX)
     c        00012 (<autogenerated>:1)	LEAQ	go:string."mid"(SB), AX
    13        00019 (<autogenerated>:1)	MOVL	$3, BX
    18        00024 (<autogenerated>:1)	RET
    19 done
wrote 3 bytes to 0x0
 00 19 00
funcpctab main.(*Top).Describe [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Top).Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Top).Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-8
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	50
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$40, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Top).Describe.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Top).Describe.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	(AX), DX
    11        00017 (<autogenerated>:1)	MOVQ	16(DX), SI
    15        00021 (<autogenerated>:1)	MOVQ	8(DX), DI
    19        00025 (<unknown line number>)	NOP
    19      0 00025 (<autogenerated>:1)	XORL	AX, AX
    1b        00027 (<autogenerated>:1)	LEAQ	go:string."base:"(SB), BX
    22        00034 (<autogenerated>:1)	MOVL	$5, CX
    27        00039 (<autogenerated>:1)	PCDATA	$1, $1
    27        00039 (<autogenerated>:1)	CALL	runtime.concatstring2(SB)
    2c     -1 00044 (<autogenerated>:1)	ADDQ	$40, SP
    30        00048 (<autogenerated>:1)	POPQ	BP
    31        00049 (<autogenerated>:1)	RET
    32        00050 (<autogenerated>:1)	NOP
    32        00050 (<autogenerated>:1)	PCDATA	$1, $-1
    32        00050 (<autogenerated>:1)	PCDATA	$0, $-2
    32        00050 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    37        00055 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    3c        00060 (<autogenerated>:1)	PCDATA	$0, $-1
    3c        00060 (<autogenerated>:1)	MOVQ	8(SP), AX
    41        00065 (<autogenerated>:1)	JMP	0
    43 done
wrote 7 bytes to 0x0
 00 19 02 13 01 17 00
-- inlining tree for main.(*Top).Describe:
0 | -1 | main.Base.Describe (<autogenerated>:1) pc=14
--
funcpctab main.Mid.Describe [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Mid.Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-32
     0        00000 (<autogenerated>:1)	TEXT	main.Mid.Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-32
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	50
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$40, SP
     e        00014 (<autogenerated>:1)	MOVQ	BX, main.b+64(FP)
    13        00019 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    13        00019 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    13        00019 (<autogenerated>:1)	FUNCDATA	$5, main.Mid.Describe.arginfo1(SB)
    13        00019 (<autogenerated>:1)	FUNCDATA	$6, main.Mid.Describe.argliveinfo(SB)
    13        00019 (<autogenerated>:1)	PCDATA	$3, $1
    13        00019 (<unknown line number>)	NOP
    13      0 00019 (<autogenerated>:1)	XORL	AX, AX
    15        00021 (<autogenerated>:1)	MOVQ	BX, DI
    18        00024 (<autogenerated>:1)	MOVQ	CX, SI
    1b        00027 (<autogenerated>:1)	LEAQ	go:string."base:"(SB), BX
    22        00034 (<autogenerated>:1)	MOVL	$5, CX
    27        00039 (<autogenerated>:1)	PCDATA	$1, $1
    27        00039 (<autogenerated>:1)	CALL	runtime.concatstring2(SB)
    2c     -1 00044 (<autogenerated>:1)	ADDQ	$40, SP
    30        00048 (<autogenerated>:1)	POPQ	BP
    31        00049 (<autogenerated>:1)	RET
    32        00050 (<autogenerated>:1)	NOP
    32        00050 (<autogenerated>:1)	PCDATA	$1, $-1
    32        00050 (<autogenerated>:1)	PCDATA	$0, $-2
    32        00050 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    37        00055 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    3c        00060 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    41        00065 (<autogenerated>:1)	MOVQ	DI, 32(SP)
    46        00070 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    4b        00075 (<autogenerated>:1)	PCDATA	$0, $-1
    4b        00075 (<autogenerated>:1)	MOVQ	8(SP), AX
    50        00080 (<autogenerated>:1)	MOVQ	16(SP), BX
    55        00085 (<autogenerated>:1)	MOVQ	24(SP), CX
    5a        00090 (<autogenerated>:1)	MOVQ	32(SP), DI
    5f        00095 (<autogenerated>:1)	NOP
    60        00096 (<autogenerated>:1)	JMP	0
    62 done
wrote 7 bytes to 0x0
 00 13 02 19 01 36 00
-- inlining tree for main.Mid.Describe:
0 | -1 | main.Base.Describe (<autogenerated>:1) pc=44
--
funcpctab main.(*Mid).Describe [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Mid).Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-8
     0        00000 (<autogenerated>:1)	TEXT	main.(*Mid).Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-8
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	47
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$40, SP
     e        00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Mid).Describe.arginfo1(SB)
     e        00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Mid).Describe.argliveinfo(SB)
     e        00014 (<autogenerated>:1)	PCDATA	$3, $1
     e        00014 (<autogenerated>:1)	MOVQ	16(AX), SI
    12        00018 (<autogenerated>:1)	MOVQ	8(AX), DI
    16        00022 (<unknown line number>)	NOP
    16      0 00022 (<autogenerated>:1)	XORL	AX, AX
    18        00024 (<autogenerated>:1)	LEAQ	go:string."base:"(SB), BX
    1f        00031 (<autogenerated>:1)	MOVL	$5, CX
    24        00036 (<autogenerated>:1)	PCDATA	$1, $1
    24        00036 (<autogenerated>:1)	CALL	runtime.concatstring2(SB)
    29     -1 00041 (<autogenerated>:1)	ADDQ	$40, SP
    2d        00045 (<autogenerated>:1)	POPQ	BP
    2e        00046 (<autogenerated>:1)	RET
    2f        00047 (<autogenerated>:1)	NOP
    2f        00047 (<autogenerated>:1)	PCDATA	$1, $-1
    2f        00047 (<autogenerated>:1)	PCDATA	$0, $-2
    2f        00047 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    34        00052 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    39        00057 (<autogenerated>:1)	PCDATA	$0, $-1
    39        00057 (<autogenerated>:1)	MOVQ	8(SP), AX
    3e        00062 (<autogenerated>:1)	NOP
    40        00064 (<autogenerated>:1)	JMP	0
    42 done
wrote 7 bytes to 0x0
 00 16 02 13 01 19 00
-- inlining tree for main.(*Mid).Describe:
0 | -1 | main.Base.Describe (<autogenerated>:1) pc=14
--
funcpctab main.Top.Describe [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Top.Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-24
     0        00000 (<autogenerated>:1)	TEXT	main.Top.Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-24
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	57
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	SUBQ	$40, SP
     e        00014 (<autogenerated>:1)	MOVQ	AX, main.b+56(FP)
    13        00019 (<autogenerated>:1)	MOVQ	BX, main.b+64(FP)
    18        00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$5, main.Top.Describe.arginfo1(SB)
    18        00024 (<autogenerated>:1)	FUNCDATA	$6, main.Top.Describe.argliveinfo(SB)
    18        00024 (<autogenerated>:1)	PCDATA	$3, $1
    18        00024 (<autogenerated>:1)	MOVQ	16(AX), SI
    1c        00028 (<autogenerated>:1)	MOVQ	8(AX), DI
    20        00032 (<unknown line number>)	NOP
    20      0 00032 (<autogenerated>:1)	XORL	AX, AX
    22        00034 (<autogenerated>:1)	LEAQ	go:string."base:"(SB), BX
    29        00041 (<autogenerated>:1)	MOVL	$5, CX
    2e        00046 (<autogenerated>:1)	PCDATA	$1, $1
    2e        00046 (<autogenerated>:1)	CALL	runtime.concatstring2(SB)
    33     -1 00051 (<autogenerated>:1)	ADDQ	$40, SP
    37        00055 (<autogenerated>:1)	POPQ	BP
    38        00056 (<autogenerated>:1)	RET
    39        00057 (<autogenerated>:1)	NOP
    39        00057 (<autogenerated>:1)	PCDATA	$1, $-1
    39        00057 (<autogenerated>:1)	PCDATA	$0, $-2
    39        00057 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    3e        00062 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    43        00067 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    48        00072 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    4d        00077 (<autogenerated>:1)	PCDATA	$0, $-1
    4d        00077 (<autogenerated>:1)	MOVQ	8(SP), AX
    52        00082 (<autogenerated>:1)	MOVQ	16(SP), BX
    57        00087 (<autogenerated>:1)	MOVQ	24(SP), CX
    5c        00092 (<autogenerated>:1)	JMP	0
    5e done
wrote 7 bytes to 0x0
 00 20 02 13 01 2b 00
-- inlining tree for main.Top.Describe:
0 | -1 | main.Base.Describe (<autogenerated>:1) pc=24
--
funcpctab main.(*Top).Rename [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Top).Rename(SB), DUPOK|WRAPPER|ABIInternal, $8-24
     0        00000 (<autogenerated>:1)	TEXT	main.(*Top).Rename(SB), DUPOK|WRAPPER|ABIInternal, $8-24
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	53
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	MOVQ	BX, main.n+24(FP)
     f        00015 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     f        00015 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     f        00015 (<autogenerated>:1)	FUNCDATA	$5, main.(*Top).Rename.arginfo1(SB)
     f        00015 (<autogenerated>:1)	FUNCDATA	$6, main.(*Top).Rename.argliveinfo(SB)
     f        00015 (<autogenerated>:1)	PCDATA	$3, $1
     f        00015 (<autogenerated>:1)	MOVQ	(AX), AX
    12        00018 (<unknown line number>)	NOP
    12        00018 (<autogenerated>:1)	MOVQ	CX, 16(AX)
    16      0 00022 (<autogenerated>:1)	CMPL	runtime.writeBarrier(SB), $0
    1d        00029 (<autogenerated>:1)	PCDATA	$0, $-2
    1d        00029 (<autogenerated>:1)	JEQ	47
    1f        00031 (<autogenerated>:1)	MOVQ	8(AX), CX
    23        00035 (<autogenerated>:1)	CALL	runtime.gcWriteBarrier2(SB)
    28        00040 (<autogenerated>:1)	MOVQ	BX, (R11)
    2b        00043 (<autogenerated>:1)	MOVQ	CX, 8(R11)
    2f        00047 (<autogenerated>:1)	MOVQ	BX, 8(AX)
    33        00051 (<autogenerated>:1)	PCDATA	$0, $-1
    33     -1 00051 (<autogenerated>:1)	POPQ	BP
    34        00052 (<autogenerated>:1)	RET
    35        00053 (<autogenerated>:1)	NOP
    35        00053 (<autogenerated>:1)	PCDATA	$1, $-1
    35        00053 (<autogenerated>:1)	PCDATA	$0, $-2
    35        00053 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    3a        00058 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    3f        00063 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    44        00068 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    49        00073 (<autogenerated>:1)	PCDATA	$0, $-1
    49        00073 (<autogenerated>:1)	MOVQ	8(SP), AX
    4e        00078 (<autogenerated>:1)	MOVQ	16(SP), BX
    53        00083 (<autogenerated>:1)	MOVQ	24(SP), CX
    58        00088 (<autogenerated>:1)	JMP	0
    5a done
wrote 7 bytes to 0x0
 00 16 02 1d 01 27 00
-- inlining tree for main.(*Top).Rename:
0 | -1 | main.(*Base).Rename (<autogenerated>:1) pc=15
--
funcpctab main.(*Mid).Rename [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.(*Mid).Rename(SB), DUPOK|WRAPPER|ABIInternal, $8-24
     0        00000 (<autogenerated>:1)	TEXT	main.(*Mid).Rename(SB), DUPOK|WRAPPER|ABIInternal, $8-24
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	50
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	MOVQ	BX, main.n+24(FP)
     f        00015 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     f        00015 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     f        00015 (<autogenerated>:1)	FUNCDATA	$5, main.(*Mid).Rename.arginfo1(SB)
     f        00015 (<autogenerated>:1)	FUNCDATA	$6, main.(*Mid).Rename.argliveinfo(SB)
     f        00015 (<autogenerated>:1)	PCDATA	$3, $1
     f        00015 (<unknown line number>)	NOP
     f        00015 (<autogenerated>:1)	MOVQ	CX, 16(AX)
    13      0 00019 (<autogenerated>:1)	CMPL	runtime.writeBarrier(SB), $0
    1a        00026 (<autogenerated>:1)	PCDATA	$0, $-2
    1a        00026 (<autogenerated>:1)	JEQ	44
    1c        00028 (<autogenerated>:1)	MOVQ	8(AX), CX
    20        00032 (<autogenerated>:1)	CALL	runtime.gcWriteBarrier2(SB)
    25        00037 (<autogenerated>:1)	MOVQ	BX, (R11)
    28        00040 (<autogenerated>:1)	MOVQ	CX, 8(R11)
    2c        00044 (<autogenerated>:1)	MOVQ	BX, 8(AX)
    30        00048 (<autogenerated>:1)	PCDATA	$0, $-1
    30     -1 00048 (<autogenerated>:1)	POPQ	BP
    31        00049 (<autogenerated>:1)	RET
    32        00050 (<autogenerated>:1)	NOP
    32        00050 (<autogenerated>:1)	PCDATA	$1, $-1
    32        00050 (<autogenerated>:1)	PCDATA	$0, $-2
    32        00050 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    37        00055 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    3c        00060 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    41        00065 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    46        00070 (<autogenerated>:1)	PCDATA	$0, $-1
    46        00070 (<autogenerated>:1)	MOVQ	8(SP), AX
    4b        00075 (<autogenerated>:1)	MOVQ	16(SP), BX
    50        00080 (<autogenerated>:1)	MOVQ	24(SP), CX
    55        00085 (<autogenerated>:1)	JMP	0
    57 done
wrote 7 bytes to 0x0
 00 13 02 1d 01 27 00
-- inlining tree for main.(*Mid).Rename:
0 | -1 | main.(*Base).Rename (<autogenerated>:1) pc=15
--
funcpctab main.Top.Rename [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	main.Top.Rename(SB), DUPOK|WRAPPER|ABIInternal, $8-40
     0        00000 (<autogenerated>:1)	TEXT	main.Top.Rename(SB), DUPOK|WRAPPER|ABIInternal, $8-40
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
     4        00004 (<autogenerated>:1)	PCDATA	$0, $-2
     4        00004 (<autogenerated>:1)	JLS	60
     6        00006 (<autogenerated>:1)	PCDATA	$0, $-1
     6        00006 (<autogenerated>:1)	PUSHQ	BP
     7        00007 (<autogenerated>:1)	MOVQ	SP, BP
     a        00010 (<autogenerated>:1)	MOVQ	AX, main.b+16(FP)
     f        00015 (<autogenerated>:1)	MOVQ	BX, main.b+24(FP)
    14        00020 (<autogenerated>:1)	MOVQ	DI, main.n+40(FP)
    19        00025 (<autogenerated>:1)	FUNCDATA	$0, gclocals·hXoeDuCHeDntcFi6HJGUgg==(SB)
    19        00025 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    19        00025 (<autogenerated>:1)	FUNCDATA	$5, main.Top.Rename.arginfo1(SB)
    19        00025 (<autogenerated>:1)	FUNCDATA	$6, main.Top.Rename.argliveinfo(SB)
    19        00025 (<autogenerated>:1)	PCDATA	$3, $1
    19        00025 (<unknown line number>)	NOP
    19        00025 (<autogenerated>:1)	MOVQ	SI, 16(AX)
    1d      0 00029 (<autogenerated>:1)	CMPL	runtime.writeBarrier(SB), $0
    24        00036 (<autogenerated>:1)	PCDATA	$0, $-2
    24        00036 (<autogenerated>:1)	JEQ	54
    26        00038 (<autogenerated>:1)	MOVQ	8(AX), CX
    2a        00042 (<autogenerated>:1)	CALL	runtime.gcWriteBarrier2(SB)
    2f        00047 (<autogenerated>:1)	MOVQ	DI, (R11)
    32        00050 (<autogenerated>:1)	MOVQ	CX, 8(R11)
    36        00054 (<autogenerated>:1)	MOVQ	DI, 8(AX)
    3a        00058 (<autogenerated>:1)	PCDATA	$0, $-1
    3a     -1 00058 (<autogenerated>:1)	POPQ	BP
    3b        00059 (<autogenerated>:1)	RET
    3c        00060 (<autogenerated>:1)	NOP
    3c        00060 (<autogenerated>:1)	PCDATA	$1, $-1
    3c        00060 (<autogenerated>:1)	PCDATA	$0, $-2
    3c        00060 (<autogenerated>:1)	MOVQ	AX, 8(SP)
    41        00065 (<autogenerated>:1)	MOVQ	BX, 16(SP)
    46        00070 (<autogenerated>:1)	MOVQ	CX, 24(SP)
    4b        00075 (<autogenerated>:1)	MOVQ	DI, 32(SP)
    50        00080 (<autogenerated>:1)	MOVQ	SI, 40(SP)
    55        00085 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
    5a        00090 (<autogenerated>:1)	PCDATA	$0, $-1
    5a        00090 (<autogenerated>:1)	MOVQ	8(SP), AX
    5f        00095 (<autogenerated>:1)	MOVQ	16(SP), BX
    64        00100 (<autogenerated>:1)	MOVQ	24(SP), CX
    69        00105 (<autogenerated>:1)	MOVQ	32(SP), DI
    6e        00110 (<autogenerated>:1)	MOVQ	40(SP), SI
    73        00115 (<autogenerated>:1)	JMP	0
    75 done
wrote 7 bytes to 0x0
 00 1d 02 1d 01 3b 00
-- inlining tree for main.Top.Rename:
0 | -1 | main.(*Base).Rename (<autogenerated>:1) pc=25
--
funcpctab main.Mid.Kind [valfunc=pctoinline]
     0     -1 00000 (embed_promoted.go:18)	TEXT	main.Mid.Kind(SB), NOSPLIT|NOFRAME|ABIInternal, $0-32
     0        00000 (embed_promoted.go:18)	TEXT	main.Mid.Kind(SB), NOSPLIT|NOFRAME|ABIInternal, $0-32
     0        00000 (embed_promoted.go:18)	FUNCDATA	$0, gclocals·EVwPOTmEGNnKe4zqm0ZbFQ==(SB)
     0        00000 (embed_promoted.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (embed_promoted.go:18)	FUNCDATA	$5, main.Mid.Kind.arginfo1(SB)
     0        00000 (embed_promoted.go:18)	FUNCDATA	$6, main.Mid.Kind.argliveinfo(SB)
     0        00000 (embed_promoted.go:18)	PCDATA	$3, $1
     0     -1 00000 (embed_promoted.go:18)	LEAQ	go:string."mid"(SB), AX
     7        00007 (embed_promoted.go:18)	MOVL	$3, BX
     c        00012 (embed_promoted.go:18)	RET
     d done
wrote 3 bytes to 0x0
 00 0d 00
funcpctab main.Base.Kind [valfunc=pctoinline]
     0     -1 00000 (embed_promoted.go:11)	TEXT	main.Base.Kind(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (embed_promoted.go:11)	TEXT	main.Base.Kind(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
     0        00000 (embed_promoted.go:11)	FUNCDATA	$0, gclocals·EVwPOTmEGNnKe4zqm0ZbFQ==(SB)
     0        00000 (embed_promoted.go:11)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
     0        00000 (embed_promoted.go:11)	FUNCDATA	$5, main.Base.Kind.arginfo1(SB)
     0        00000 (embed_promoted.go:11)	FUNCDATA	$6, main.Base.Kind.argliveinfo(SB)
     0        00000 (embed_promoted.go:11)	PCDATA	$3, $1
     0     -1 00000 (embed_promoted.go:11)	LEAQ	go:string."base"(SB), AX
     7        00007 (embed_promoted.go:11)	MOVL	$4, BX
     c        00012 (embed_promoted.go:11)	RET
     d done
wrote 3 bytes to 0x0
 00 0d 00
funcpctab main.(*Base).Rename [valfunc=pctoinline]
     0     -1 00000 (embed_promoted.go:10)	TEXT	main.(*Base).Rename(SB), ABIInternal, $8-24
     0        00000 (embed_promoted.go:10)	TEXT	main.(*Base).Rename(SB), ABIInternal, $8-24
     0     -1 00000 (embed_promoted.go:10)	CMPQ	SP, 16(R14)
     4        00004 (embed_promoted.go:10)	PCDATA	$0, $-2
     4        00004 (embed_promoted.go:10)	JLS	50
     6        00006 (embed_promoted.go:10)	PCDATA	$0, $-1
     6        00006 (embed_promoted.go:10)	PUSHQ	BP
     7        00007 (embed_promoted.go:10)	MOVQ	SP, BP
     a        00010 (embed_promoted.go:10)	MOVQ	BX, main.n+24(FP)
     f        00015 (embed_promoted.go:10)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
     f        00015 (embed_promoted.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
     f        00015 (embed_promoted.go:10)	FUNCDATA	$5, main.(*Base).Rename.arginfo1(SB)
     f        00015 (embed_promoted.go:10)	FUNCDATA	$6, main.(*Base).Rename.argliveinfo(SB)
     f        00015 (embed_promoted.go:10)	PCDATA	$3, $1
     f        00015 (embed_promoted.go:10)	MOVQ	CX, 16(AX)
    13        00019 (embed_promoted.go:10)	CMPL	runtime.writeBarrier(SB), $0
    1a        00026 (embed_promoted.go:10)	PCDATA	$0, $-2
    1a        00026 (embed_promoted.go:10)	JEQ	44
    1c        00028 (embed_promoted.go:10)	MOVQ	8(AX), CX
    20        00032 (embed_promoted.go:10)	CALL	runtime.gcWriteBarrier2(SB)
    25        00037 (embed_promoted.go:10)	MOVQ	BX, (R11)
    28        00040 (embed_promoted.go:10)	MOVQ	CX, 8(R11)
    2c        00044 (embed_promoted.go:10)	MOVQ	BX, 8(AX)
    30        00048 (embed_promoted.go:10)	PCDATA	$0, $-1
    30        00048 (embed_promoted.go:10)	POPQ	BP
    31        00049 (embed_promoted.go:10)	RET
    32        00050 (embed_promoted.go:10)	NOP
    32        00050 (embed_promoted.go:10)	PCDATA	$1, $-1
    32        00050 (embed_promoted.go:10)	PCDATA	$0, $-2
    32        00050 (embed_promoted.go:10)	MOVQ	AX, 8(SP)
    37        00055 (embed_promoted.go:10)	MOVQ	BX, 16(SP)
    3c        00060 (embed_promoted.go:10)	MOVQ	CX, 24(SP)
    41        00065 (embed_promoted.go:10)	CALL	runtime.morestack_noctxt(SB)
    46        00070 (embed_promoted.go:10)	PCDATA	$0, $-1
    46        00070 (embed_promoted.go:10)	MOVQ	8(SP), AX
    4b        00075 (embed_promoted.go:10)	MOVQ	16(SP), BX
    50        00080 (embed_promoted.go:10)	MOVQ	24(SP), CX
    55        00085 (embed_promoted.go:10)	JMP	0
    57 done
wrote 3 bytes to 0x0
 00 57 00
funcpctab main.Base.Describe [valfunc=pctoinline]
     0     -1 00000 (embed_promoted.go:9)	TEXT	main.Base.Describe(SB), ABIInternal, $48-24
     0        00000 (embed_promoted.go:9)	TEXT	main.Base.Describe(SB), ABIInternal, $48-24
     0     -1 00000 (embed_promoted.go:9)	CMPQ	SP, 16(R14)
     4        00004 (embed_promoted.go:9)	PCDATA	$0, $-2
     4        00004 (embed_promoted.go:9)	JLS	50
     6        00006 (embed_promoted.go:9)	PCDATA	$0, $-1
     6        00006 (embed_promoted.go:9)	PUSHQ	BP
     7        00007 (embed_promoted.go:9)	MOVQ	SP, BP
     a        00010 (embed_promoted.go:9)	SUBQ	$40, SP
     e        00014 (embed_promoted.go:9)	MOVQ	BX, main.b+64(FP)
    13        00019 (embed_promoted.go:9)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
    13        00019 (embed_promoted.go:9)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
    13        00019 (embed_promoted.go:9)	FUNCDATA	$5, main.Base.Describe.arginfo1(SB)
    13        00019 (embed_promoted.go:9)	FUNCDATA	$6, main.Base.Describe.argliveinfo(SB)
    13        00019 (embed_promoted.go:9)	PCDATA	$3, $1
    13        00019 (embed_promoted.go:9)	XORL	AX, AX
    15        00021 (embed_promoted.go:9)	MOVQ	BX, DI
    18        00024 (embed_promoted.go:9)	MOVQ	CX, SI
    1b        00027 (embed_promoted.go:9)	LEAQ	go:string."base:"(SB), BX
    22        00034 (embed_promoted.go:9)	MOVL	$5, CX
    27        00039 (embed_promoted.go:9)	PCDATA	$1, $1
    27        00039 (embed_promoted.go:9)	CALL	runtime.concatstring2(SB)
    2c        00044 (embed_promoted.go:9)	ADDQ	$40, SP
    30        00048 (embed_promoted.go:9)	POPQ	BP
    31        00049 (embed_promoted.go:9)	RET
    32        00050 (embed_promoted.go:9)	NOP
    32        00050 (embed_promoted.go:9)	PCDATA	$1, $-1
    32        00050 (embed_promoted.go:9)	PCDATA	$0, $-2
    32        00050 (embed_promoted.go:9)	MOVQ	AX, 8(SP)
    37        00055 (embed_promoted.go:9)	MOVQ	BX, 16(SP)
    3c        00060 (embed_promoted.go:9)	MOVQ	CX, 24(SP)
    41        00065 (embed_promoted.go:9)	CALL	runtime.morestack_noctxt(SB)
    46        00070 (embed_promoted.go:9)	PCDATA	$0, $-1
    46        00070 (embed_promoted.go:9)	MOVQ	8(SP), AX
    4b        00075 (embed_promoted.go:9)	MOVQ	16(SP), BX
    50        00080 (embed_promoted.go:9)	MOVQ	24(SP), CX
    55        00085 (embed_promoted.go:9)	JMP	0
    57 done
wrote 3 bytes to 0x0
 00 57 00
main.Base.Describe STEXT size=87 align=0x0 args=0x18 locals=0x30 funcid=0x0
	0x0000 00000 (embed_promoted.go:9)	TEXT	main.Base.Describe(SB), ABIInternal, $48-24
	0x0000 00000 (embed_promoted.go:9)	CMPQ	SP, 16(R14)
	0x0004 00004 (embed_promoted.go:9)	PCDATA	$0, $-2
	0x0004 00004 (embed_promoted.go:9)	JLS	50
	0x0006 00006 (embed_promoted.go:9)	PCDATA	$0, $-1
	0x0006 00006 (embed_promoted.go:9)	PUSHQ	BP
	0x0007 00007 (embed_promoted.go:9)	MOVQ	SP, BP
	0x000a 00010 (embed_promoted.go:9)	SUBQ	$40, SP
	0x000e 00014 (embed_promoted.go:9)	MOVQ	BX, main.b+64(FP)
	0x0013 00019 (embed_promoted.go:9)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0013 00019 (embed_promoted.go:9)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0013 00019 (embed_promoted.go:9)	FUNCDATA	$5, main.Base.Describe.arginfo1(SB)
	0x0013 00019 (embed_promoted.go:9)	FUNCDATA	$6, main.Base.Describe.argliveinfo(SB)
	0x0013 00019 (embed_promoted.go:9)	PCDATA	$3, $1
	0x0013 00019 (embed_promoted.go:9)	XORL	AX, AX
	0x0015 00021 (embed_promoted.go:9)	MOVQ	BX, DI
	0x0018 00024 (embed_promoted.go:9)	MOVQ	CX, SI
	0x001b 00027 (embed_promoted.go:9)	LEAQ	go:string."base:"(SB), BX
	0x0022 00034 (embed_promoted.go:9)	MOVL	$5, CX
	0x0027 00039 (embed_promoted.go:9)	PCDATA	$1, $1
	0x0027 00039 (embed_promoted.go:9)	CALL	runtime.concatstring2(SB)
	0x002c 00044 (embed_promoted.go:9)	ADDQ	$40, SP
	0x0030 00048 (embed_promoted.go:9)	POPQ	BP
	0x0031 00049 (embed_promoted.go:9)	RET
	0x0032 00050 (embed_promoted.go:9)	NOP
	0x0032 00050 (embed_promoted.go:9)	PCDATA	$1, $-1
	0x0032 00050 (embed_promoted.go:9)	PCDATA	$0, $-2
	0x0032 00050 (embed_promoted.go:9)	MOVQ	AX, 8(SP)
	0x0037 00055 (embed_promoted.go:9)	MOVQ	BX, 16(SP)
	0x003c 00060 (embed_promoted.go:9)	MOVQ	CX, 24(SP)
	0x0041 00065 (embed_promoted.go:9)	CALL	runtime.morestack_noctxt(SB)
	0x0046 00070 (embed_promoted.go:9)	PCDATA	$0, $-1
	0x0046 00070 (embed_promoted.go:9)	MOVQ	8(SP), AX
	0x004b 00075 (embed_promoted.go:9)	MOVQ	16(SP), BX
	0x0050 00080 (embed_promoted.go:9)	MOVQ	24(SP), CX
	0x0055 00085 (embed_promoted.go:9)	JMP	0
	0x0000 49 3b 66 10 76 2c 55 48 89 e5 48 83 ec 28 48 89  I;f.v,UH..H..(H.
	0x0010 5c 24 40 31 c0 48 89 df 48 89 ce 48 8d 1d 00 00  \$@1.H..H..H....
	0x0020 00 00 b9 05 00 00 00 e8 00 00 00 00 48 83 c4 28  ............H..(
	0x0030 5d c3 48 89 44 24 08 48 89 5c 24 10 48 89 4c 24  ].H.D$.H.\$.H.L$
	0x0040 18 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10  ......H.D$.H.\$.
	0x0050 48 8b 4c 24 18 eb a9                             H.L$...
	rel 30+4 t=R_PCREL go:string."base:"+0
	rel 40+4 t=R_CALL runtime.concatstring2+0
	rel 66+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Base).Rename STEXT size=87 align=0x0 args=0x18 locals=0x8 funcid=0x0
	0x0000 00000 (embed_promoted.go:10)	TEXT	main.(*Base).Rename(SB), ABIInternal, $8-24
	0x0000 00000 (embed_promoted.go:10)	CMPQ	SP, 16(R14)
	0x0004 00004 (embed_promoted.go:10)	PCDATA	$0, $-2
	0x0004 00004 (embed_promoted.go:10)	JLS	50
	0x0006 00006 (embed_promoted.go:10)	PCDATA	$0, $-1
	0x0006 00006 (embed_promoted.go:10)	PUSHQ	BP
	0x0007 00007 (embed_promoted.go:10)	MOVQ	SP, BP
	0x000a 00010 (embed_promoted.go:10)	MOVQ	BX, main.n+24(FP)
	0x000f 00015 (embed_promoted.go:10)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000f 00015 (embed_promoted.go:10)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000f 00015 (embed_promoted.go:10)	FUNCDATA	$5, main.(*Base).Rename.arginfo1(SB)
	0x000f 00015 (embed_promoted.go:10)	FUNCDATA	$6, main.(*Base).Rename.argliveinfo(SB)
	0x000f 00015 (embed_promoted.go:10)	PCDATA	$3, $1
	0x000f 00015 (embed_promoted.go:10)	MOVQ	CX, 16(AX)
	0x0013 00019 (embed_promoted.go:10)	CMPL	runtime.writeBarrier(SB), $0
	0x001a 00026 (embed_promoted.go:10)	PCDATA	$0, $-2
	0x001a 00026 (embed_promoted.go:10)	JEQ	44
	0x001c 00028 (embed_promoted.go:10)	MOVQ	8(AX), CX
	0x0020 00032 (embed_promoted.go:10)	CALL	runtime.gcWriteBarrier2(SB)
	0x0025 00037 (embed_promoted.go:10)	MOVQ	BX, (R11)
	0x0028 00040 (embed_promoted.go:10)	MOVQ	CX, 8(R11)
	0x002c 00044 (embed_promoted.go:10)	MOVQ	BX, 8(AX)
	0x0030 00048 (embed_promoted.go:10)	PCDATA	$0, $-1
	0x0030 00048 (embed_promoted.go:10)	POPQ	BP
	0x0031 00049 (embed_promoted.go:10)	RET
	0x0032 00050 (embed_promoted.go:10)	NOP
	0x0032 00050 (embed_promoted.go:10)	PCDATA	$1, $-1
	0x0032 00050 (embed_promoted.go:10)	PCDATA	$0, $-2
	0x0032 00050 (embed_promoted.go:10)	MOVQ	AX, 8(SP)
	0x0037 00055 (embed_promoted.go:10)	MOVQ	BX, 16(SP)
	0x003c 00060 (embed_promoted.go:10)	MOVQ	CX, 24(SP)
	0x0041 00065 (embed_promoted.go:10)	CALL	runtime.morestack_noctxt(SB)
	0x0046 00070 (embed_promoted.go:10)	PCDATA	$0, $-1
	0x0046 00070 (embed_promoted.go:10)	MOVQ	8(SP), AX
	0x004b 00075 (embed_promoted.go:10)	MOVQ	16(SP), BX
	0x0050 00080 (embed_promoted.go:10)	MOVQ	24(SP), CX
	0x0055 00085 (embed_promoted.go:10)	JMP	0
	0x0000 49 3b 66 10 76 2c 55 48 89 e5 48 89 5c 24 18 48  I;f.v,UH..H.\$.H
	0x0010 89 48 10 83 3d 00 00 00 00 00 74 10 48 8b 48 08  .H..=.....t.H.H.
	0x0020 e8 00 00 00 00 49 89 1b 49 89 4b 08 48 89 58 08  .....I..I.K.H.X.
	0x0030 5d c3 48 89 44 24 08 48 89 5c 24 10 48 89 4c 24  ].H.D$.H.\$.H.L$
	0x0040 18 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10  ......H.D$.H.\$.
	0x0050 48 8b 4c 24 18 eb a9                             H.L$...
	rel 21+4 t=R_PCREL runtime.writeBarrier+-1
	rel 33+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 66+4 t=R_CALL runtime.morestack_noctxt+0
main.Base.Kind STEXT nosplit size=13 align=0x0 args=0x18 locals=0x0 funcid=0x0
	0x0000 00000 (embed_promoted.go:11)	TEXT	main.Base.Kind(SB), NOSPLIT|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (embed_promoted.go:11)	FUNCDATA	$0, gclocals·EVwPOTmEGNnKe4zqm0ZbFQ==(SB)
	0x0000 00000 (embed_promoted.go:11)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (embed_promoted.go:11)	FUNCDATA	$5, main.Base.Kind.arginfo1(SB)
	0x0000 00000 (embed_promoted.go:11)	FUNCDATA	$6, main.Base.Kind.argliveinfo(SB)
	0x0000 00000 (embed_promoted.go:11)	PCDATA	$3, $1
	0x0000 00000 (embed_promoted.go:11)	LEAQ	go:string."base"(SB), AX
	0x0007 00007 (embed_promoted.go:11)	MOVL	$4, BX
	0x000c 00012 (embed_promoted.go:11)	RET
	0x0000 48 8d 05 00 00 00 00 bb 04 00 00 00 c3           H............
	rel 3+4 t=R_PCREL go:string."base"+0
main.Mid.Kind STEXT nosplit size=13 align=0x0 args=0x20 locals=0x0 funcid=0x0
	0x0000 00000 (embed_promoted.go:18)	TEXT	main.Mid.Kind(SB), NOSPLIT|NOFRAME|ABIInternal, $0-32
	0x0000 00000 (embed_promoted.go:18)	FUNCDATA	$0, gclocals·EVwPOTmEGNnKe4zqm0ZbFQ==(SB)
	0x0000 00000 (embed_promoted.go:18)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (embed_promoted.go:18)	FUNCDATA	$5, main.Mid.Kind.arginfo1(SB)
	0x0000 00000 (embed_promoted.go:18)	FUNCDATA	$6, main.Mid.Kind.argliveinfo(SB)
	0x0000 00000 (embed_promoted.go:18)	PCDATA	$3, $1
	0x0000 00000 (embed_promoted.go:18)	LEAQ	go:string."mid"(SB), AX
	0x0007 00007 (embed_promoted.go:18)	MOVL	$3, BX
	0x000c 00012 (embed_promoted.go:18)	RET
	0x0000 48 8d 05 00 00 00 00 bb 03 00 00 00 c3           H............
	rel 3+4 t=R_PCREL go:string."mid"+0
main.main STEXT size=1098 align=0x0 args=0x0 locals=0x120 funcid=0x0
	0x0000 00000 (embed_promoted.go:25)	TEXT	main.main(SB), ABIInternal, $288-0
	0x0000 00000 (embed_promoted.go:25)	LEAQ	-160(SP), R12
	0x0008 00008 (embed_promoted.go:25)	CMPQ	R12, 16(R14)
	0x000c 00012 (embed_promoted.go:25)	PCDATA	$0, $-2
	0x000c 00012 (embed_promoted.go:25)	JLS	1084
	0x0012 00018 (embed_promoted.go:25)	PCDATA	$0, $-1
	0x0012 00018 (embed_promoted.go:25)	PUSHQ	BP
	0x0013 00019 (embed_promoted.go:25)	MOVQ	SP, BP
	0x0016 00022 (embed_promoted.go:25)	SUBQ	$280, SP
	0x001d 00029 (embed_promoted.go:25)	FUNCDATA	$0, gclocals·NL1fmQxTaE165lC0D8tWVg==(SB)
	0x001d 00029 (embed_promoted.go:25)	FUNCDATA	$1, gclocals·mdXyS9/90v8GQrWNW99d7Q==(SB)
	0x001d 00029 (embed_promoted.go:25)	FUNCDATA	$2, main.main.stkobj(SB)
	0x001d 00029 (embed_promoted.go:26)	MOVQ	$7, main.m+200(SP)
	0x0029 00041 (embed_promoted.go:26)	LEAQ	go:string."m"(SB), DI
	0x0030 00048 (embed_promoted.go:26)	MOVQ	DI, main.m+208(SP)
	0x0038 00056 (embed_promoted.go:26)	MOVQ	$1, main.m+216(SP)
	0x0044 00068 (embed_promoted.go:26)	MOVQ	$2, main.m+224(SP)
	0x0050 00080 (<unknown line number>)	NOP
	0x0050 00080 (embed_promoted.go:9)	LEAQ	main..autotmp_23+104(SP), AX
	0x0055 00085 (embed_promoted.go:9)	LEAQ	go:string."base:"(SB), BX
	0x005c 00092 (embed_promoted.go:9)	MOVL	$5, CX
	0x0061 00097 (embed_promoted.go:9)	MOVL	$1, SI
	0x0066 00102 (embed_promoted.go:9)	PCDATA	$1, $1
	0x0066 00102 (embed_promoted.go:9)	CALL	runtime.concatstring2(SB)
	0x006b 00107 (embed_promoted.go:9)	MOVQ	AX, main..autotmp_59+240(SP)
	0x0073 00115 (embed_promoted.go:9)	MOVQ	BX, main.~r0.len+152(SP)
	0x007b 00123 (embed_promoted.go:27)	MOVQ	main.m+200(SP), DX
	0x0083 00131 (embed_promoted.go:27)	MOVQ	DX, main..autotmp_60+176(SP)
	0x008b 00139 (embed_promoted.go:27)	MOVQ	main.m+208(SP), DX
	0x0093 00147 (embed_promoted.go:27)	MOVQ	DX, main..autotmp_61+232(SP)
	0x009b 00155 (embed_promoted.go:27)	MOVQ	main.m+216(SP), DX
	0x00a3 00163 (embed_promoted.go:27)	MOVQ	DX, main..autotmp_62+168(SP)
	0x00ab 00171 (embed_promoted.go:27)	MOVQ	main.m+224(SP), DX
	0x00b3 00179 (embed_promoted.go:27)	MOVQ	DX, main..autotmp_63+160(SP)
	0x00bb 00187 (embed_promoted.go:27)	PCDATA	$1, $2
	0x00bb 00187 (embed_promoted.go:27)	NOP
	0x00c0 00192 (embed_promoted.go:27)	CALL	runtime.printlock(SB)
	0x00c5 00197 (embed_promoted.go:27)	MOVQ	main..autotmp_60+176(SP), AX
	0x00cd 00205 (embed_promoted.go:27)	CALL	runtime.printint(SB)
	0x00d2 00210 (embed_promoted.go:27)	CALL	runtime.printsp(SB)
	0x00d7 00215 (embed_promoted.go:27)	MOVQ	main..autotmp_61+232(SP), AX
	0x00df 00223 (embed_promoted.go:27)	MOVQ	main..autotmp_62+168(SP), BX
	0x00e7 00231 (embed_promoted.go:27)	PCDATA	$1, $3
	0x00e7 00231 (embed_promoted.go:27)	CALL	runtime.printstring(SB)
	0x00ec 00236 (embed_promoted.go:27)	CALL	runtime.printsp(SB)
	0x00f1 00241 (embed_promoted.go:27)	MOVQ	main..autotmp_63+160(SP), AX
	0x00f9 00249 (embed_promoted.go:27)	CALL	runtime.printint(SB)
	0x00fe 00254 (embed_promoted.go:27)	NOP
	0x0100 00256 (embed_promoted.go:27)	CALL	runtime.printsp(SB)
	0x0105 00261 (embed_promoted.go:27)	MOVQ	main..autotmp_59+240(SP), AX
	0x010d 00269 (embed_promoted.go:27)	MOVQ	main.~r0.len+152(SP), BX
	0x0115 00277 (embed_promoted.go:27)	PCDATA	$1, $1
	0x0115 00277 (embed_promoted.go:27)	CALL	runtime.printstring(SB)
	0x011a 00282 (embed_promoted.go:27)	CALL	runtime.printsp(SB)
	0x011f 00287 (embed_promoted.go:27)	LEAQ	go:string."mid"(SB), AX
	0x0126 00294 (embed_promoted.go:27)	MOVL	$3, BX
	0x012b 00299 (embed_promoted.go:27)	CALL	runtime.printstring(SB)
	0x0130 00304 (embed_promoted.go:27)	CALL	runtime.printsp(SB)
	0x0135 00309 (embed_promoted.go:27)	LEAQ	go:string."base"(SB), AX
	0x013c 00316 (embed_promoted.go:27)	MOVL	$4, BX
	0x0141 00321 (embed_promoted.go:27)	CALL	runtime.printstring(SB)
	0x0146 00326 (embed_promoted.go:27)	CALL	runtime.printnl(SB)
	0x014b 00331 (embed_promoted.go:27)	CALL	runtime.printunlock(SB)
	0x0150 00336 (embed_promoted.go:28)	XCHGL	AX, AX
	0x0151 00337 (embed_promoted.go:10)	MOVQ	$7, main.m+216(SP)
	0x015d 00349 (embed_promoted.go:10)	LEAQ	go:string."renamed"(SB), DX
	0x0164 00356 (embed_promoted.go:10)	MOVQ	DX, main.m+208(SP)
	0x016c 00364 (embed_promoted.go:29)	CALL	runtime.printlock(SB)
	0x0171 00369 (embed_promoted.go:29)	LEAQ	go:string."renamed"(SB), AX
	0x0178 00376 (embed_promoted.go:29)	MOVL	$7, BX
	0x017d 00381 (embed_promoted.go:29)	NOP
	0x0180 00384 (embed_promoted.go:29)	CALL	runtime.printstring(SB)
	0x0185 00389 (embed_promoted.go:29)	CALL	runtime.printsp(SB)
	0x018a 00394 (embed_promoted.go:29)	LEAQ	go:string."renamed"(SB), AX
	0x0191 00401 (embed_promoted.go:29)	MOVL	$7, BX
	0x0196 00406 (embed_promoted.go:29)	CALL	runtime.printstring(SB)
	0x019b 00411 (embed_promoted.go:29)	NOP
	0x01a0 00416 (embed_promoted.go:29)	CALL	runtime.printnl(SB)
	0x01a5 00421 (embed_promoted.go:29)	CALL	runtime.printunlock(SB)
	0x01aa 00426 (embed_promoted.go:32)	MOVQ	main.m+208(SP), DI
	0x01b2 00434 (embed_promoted.go:32)	MOVQ	main.m+216(SP), SI
	0x01ba 00442 (<unknown line number>)	NOP
	0x01ba 00442 (embed_promoted.go:9)	LEAQ	main..autotmp_29+72(SP), AX
	0x01bf 00447 (embed_promoted.go:9)	LEAQ	go:string."base:"(SB), BX
	0x01c6 00454 (embed_promoted.go:9)	MOVL	$5, CX
	0x01cb 00459 (embed_promoted.go:9)	CALL	runtime.concatstring2(SB)
	0x01d0 00464 (embed_promoted.go:9)	MOVQ	AX, main.~r0.ptr+192(SP)
	0x01d8 00472 (embed_promoted.go:9)	MOVQ	BX, main.~r0.len+144(SP)
	0x01e0 00480 (embed_promoted.go:32)	MOVQ	main.m+208(SP), DX
	0x01e8 00488 (embed_promoted.go:32)	MOVQ	DX, main..autotmp_59+240(SP)
	0x01f0 00496 (embed_promoted.go:32)	MOVQ	main.m+216(SP), DX
	0x01f8 00504 (embed_promoted.go:32)	MOVQ	DX, main..autotmp_60+176(SP)
	0x0200 00512 (embed_promoted.go:32)	MOVQ	main.m+200(SP), DX
	0x0208 00520 (embed_promoted.go:32)	MOVQ	DX, main..autotmp_62+168(SP)
	0x0210 00528 (embed_promoted.go:32)	PCDATA	$1, $4
	0x0210 00528 (embed_promoted.go:32)	CALL	runtime.printlock(SB)
	0x0215 00533 (embed_promoted.go:32)	LEAQ	go:string."top"(SB), AX
	0x021c 00540 (embed_promoted.go:32)	MOVL	$3, BX
	0x0221 00545 (embed_promoted.go:32)	CALL	runtime.printstring(SB)
	0x0226 00550 (embed_promoted.go:32)	CALL	runtime.printsp(SB)
	0x022b 00555 (embed_promoted.go:32)	MOVQ	main..autotmp_59+240(SP), AX
	0x0233 00563 (embed_promoted.go:32)	MOVQ	main..autotmp_60+176(SP), BX
	0x023b 00571 (embed_promoted.go:32)	PCDATA	$1, $5
	0x023b 00571 (embed_promoted.go:32)	NOP
	0x0240 00576 (embed_promoted.go:32)	CALL	runtime.printstring(SB)
	0x0245 00581 (embed_promoted.go:32)	CALL	runtime.printsp(SB)
	0x024a 00586 (embed_promoted.go:32)	MOVQ	main..autotmp_62+168(SP), AX
	0x0252 00594 (embed_promoted.go:32)	CALL	runtime.printint(SB)
	0x0257 00599 (embed_promoted.go:32)	CALL	runtime.printsp(SB)
	0x025c 00604 (embed_promoted.go:32)	LEAQ	go:string."mid"(SB), AX
	0x0263 00611 (embed_promoted.go:32)	MOVL	$3, BX
	0x0268 00616 (embed_promoted.go:32)	CALL	runtime.printstring(SB)
	0x026d 00621 (embed_promoted.go:32)	CALL	runtime.printsp(SB)
	0x0272 00626 (embed_promoted.go:32)	MOVQ	main.~r0.ptr+192(SP), AX
	0x027a 00634 (embed_promoted.go:32)	MOVQ	main.~r0.len+144(SP), BX
	0x0282 00642 (embed_promoted.go:32)	PCDATA	$1, $1
	0x0282 00642 (embed_promoted.go:32)	CALL	runtime.printstring(SB)
	0x0287 00647 (embed_promoted.go:32)	CALL	runtime.printnl(SB)
	0x028c 00652 (embed_promoted.go:32)	CALL	runtime.printunlock(SB)
	0x0291 00657 (embed_promoted.go:33)	XCHGL	AX, AX
	0x0292 00658 (embed_promoted.go:10)	MOVQ	$6, main.m+216(SP)
	0x029e 00670 (embed_promoted.go:10)	LEAQ	go:string."viaTop"(SB), DX
	0x02a5 00677 (embed_promoted.go:10)	MOVQ	DX, main.m+208(SP)
	0x02ad 00685 (embed_promoted.go:34)	CALL	runtime.printlock(SB)
	0x02b2 00690 (embed_promoted.go:34)	LEAQ	go:string."viaTop"(SB), AX
	0x02b9 00697 (embed_promoted.go:34)	MOVL	$6, BX
	0x02be 00702 (embed_promoted.go:34)	NOP
	0x02c0 00704 (embed_promoted.go:34)	CALL	runtime.printstring(SB)
	0x02c5 00709 (embed_promoted.go:34)	CALL	runtime.printsp(SB)
	0x02ca 00714 (embed_promoted.go:34)	LEAQ	go:string."viaTop"(SB), AX
	0x02d1 00721 (embed_promoted.go:34)	MOVL	$6, BX
	0x02d6 00726 (embed_promoted.go:34)	CALL	runtime.printstring(SB)
	0x02db 00731 (embed_promoted.go:34)	NOP
	0x02e0 00736 (embed_promoted.go:34)	CALL	runtime.printnl(SB)
	0x02e5 00741 (embed_promoted.go:34)	CALL	runtime.printunlock(SB)
	0x02ea 00746 (embed_promoted.go:35)	MOVQ	main.m+224(SP), DX
	0x02f2 00754 (embed_promoted.go:35)	INCQ	DX
	0x02f5 00757 (embed_promoted.go:35)	MOVQ	DX, main..autotmp_60+176(SP)
	0x02fd 00765 (embed_promoted.go:35)	MOVQ	DX, main.m+224(SP)
	0x0305 00773 (embed_promoted.go:36)	CALL	runtime.printlock(SB)
	0x030a 00778 (embed_promoted.go:36)	MOVQ	main..autotmp_60+176(SP), AX
	0x0312 00786 (embed_promoted.go:36)	CALL	runtime.printint(SB)
	0x0317 00791 (embed_promoted.go:36)	CALL	runtime.printnl(SB)
	0x031c 00796 (embed_promoted.go:36)	NOP
	0x0320 00800 (embed_promoted.go:36)	CALL	runtime.printunlock(SB)
	0x0325 00805 (embed_promoted.go:38)	MOVUPS	X15, main..autotmp_37+256(SP)
	0x032e 00814 (embed_promoted.go:38)	MOVQ	$0, main..autotmp_37+272(SP)
	0x033a 00826 (embed_promoted.go:38)	LEAQ	main.Base.Describe-fm(SB), DX
	0x0341 00833 (embed_promoted.go:38)	MOVQ	DX, main..autotmp_37+248(SP)
	0x0349 00841 (embed_promoted.go:38)	MOVQ	main.m+200(SP), DX
	0x0351 00849 (embed_promoted.go:38)	MOVQ	main.m+208(SP), R8
	0x0359 00857 (embed_promoted.go:38)	MOVQ	main.m+216(SP), R9
	0x0361 00865 (embed_promoted.go:38)	MOVQ	DX, main..autotmp_37+256(SP)
	0x0369 00873 (embed_promoted.go:38)	MOVQ	R9, main..autotmp_37+272(SP)
	0x0371 00881 (embed_promoted.go:38)	MOVQ	R8, main..autotmp_37+264(SP)
	0x0379 00889 (embed_promoted.go:39)	XCHGL	AX, AX
	0x037a 00890 (embed_promoted.go:10)	MOVQ	$5, main.m+216(SP)
	0x0386 00902 (embed_promoted.go:10)	LEAQ	go:string."later"(SB), DX
	0x038d 00909 (embed_promoted.go:10)	MOVQ	DX, main.m+208(SP)
	0x0395 00917 (embed_promoted.go:40)	MOVQ	main..autotmp_37+248(SP), DX
	0x039d 00925 (embed_promoted.go:40)	MOVQ	DX, AX
	0x03a0 00928 (embed_promoted.go:40)	LEAQ	main..autotmp_37+248(SP), DX
	0x03a8 00936 (embed_promoted.go:40)	CALL	AX
	0x03aa 00938 (embed_promoted.go:40)	MOVQ	AX, main..autotmp_59+240(SP)
	0x03b2 00946 (embed_promoted.go:40)	MOVQ	BX, main..autotmp_60+176(SP)
	0x03ba 00954 (embed_promoted.go:40)	MOVQ	main.m+208(SP), DI
	0x03c2 00962 (embed_promoted.go:40)	MOVQ	main.m+216(SP), SI
	0x03ca 00970 (<unknown line number>)	NOP
	0x03ca 00970 (embed_promoted.go:9)	LEAQ	main..autotmp_38+40(SP), AX
	0x03cf 00975 (embed_promoted.go:9)	LEAQ	go:string."base:"(SB), BX
	0x03d6 00982 (embed_promoted.go:9)	MOVL	$5, CX
	0x03db 00987 (embed_promoted.go:9)	PCDATA	$1, $6
	0x03db 00987 (embed_promoted.go:9)	NOP
	0x03e0 00992 (embed_promoted.go:9)	CALL	runtime.concatstring2(SB)
	0x03e5 00997 (embed_promoted.go:9)	MOVQ	AX, main.~r0.ptr+184(SP)
	0x03ed 01005 (embed_promoted.go:9)	MOVQ	BX, main.~r0.len+136(SP)
	0x03f5 01013 (embed_promoted.go:40)	PCDATA	$1, $7
	0x03f5 01013 (embed_promoted.go:40)	CALL	runtime.printlock(SB)
	0x03fa 01018 (embed_promoted.go:40)	MOVQ	main..autotmp_59+240(SP), AX
	0x0402 01026 (embed_promoted.go:40)	MOVQ	main..autotmp_60+176(SP), BX
	0x040a 01034 (embed_promoted.go:40)	PCDATA	$1, $8
	0x040a 01034 (embed_promoted.go:40)	CALL	runtime.printstring(SB)
	0x040f 01039 (embed_promoted.go:40)	CALL	runtime.printsp(SB)
	0x0414 01044 (embed_promoted.go:40)	MOVQ	main.~r0.ptr+184(SP), AX
	0x041c 01052 (embed_promoted.go:40)	MOVQ	main.~r0.len+136(SP), BX
	0x0424 01060 (embed_promoted.go:40)	PCDATA	$1, $0
	0x0424 01060 (embed_promoted.go:40)	CALL	runtime.printstring(SB)
	0x0429 01065 (embed_promoted.go:40)	CALL	runtime.printnl(SB)
	0x042e 01070 (embed_promoted.go:40)	CALL	runtime.printunlock(SB)
	0x0433 01075 (embed_promoted.go:41)	ADDQ	$280, SP
	0x043a 01082 (embed_promoted.go:41)	POPQ	BP
	0x043b 01083 (embed_promoted.go:41)	RET
	0x043c 01084 (embed_promoted.go:41)	NOP
	0x043c 01084 (embed_promoted.go:25)	PCDATA	$1, $-1
	0x043c 01084 (embed_promoted.go:25)	PCDATA	$0, $-2
	0x043c 01084 (embed_promoted.go:25)	NOP
	0x0440 01088 (embed_promoted.go:25)	CALL	runtime.morestack_noctxt(SB)
	0x0445 01093 (embed_promoted.go:25)	PCDATA	$0, $-1
	0x0445 01093 (embed_promoted.go:25)	JMP	0
	0x0000 4c 8d a4 24 60 ff ff ff 4d 3b 66 10 0f 86 2a 04  L..$`...M;f...*.
	0x0010 00 00 55 48 89 e5 48 81 ec 18 01 00 00 48 c7 84  ..UH..H......H..
	0x0020 24 c8 00 00 00 07 00 00 00 48 8d 3d 00 00 00 00  $........H.=....
	0x0030 48 89 bc 24 d0 00 00 00 48 c7 84 24 d8 00 00 00  H..$....H..$....
	0x0040 01 00 00 00 48 c7 84 24 e0 00 00 00 02 00 00 00  ....H..$........
	0x0050 48 8d 44 24 68 48 8d 1d 00 00 00 00 b9 05 00 00  H.D$hH..........
	0x0060 00 be 01 00 00 00 e8 00 00 00 00 48 89 84 24 f0  ...........H..$.
	0x0070 00 00 00 48 89 9c 24 98 00 00 00 48 8b 94 24 c8  ...H..$....H..$.
	0x0080 00 00 00 48 89 94 24 b0 00 00 00 48 8b 94 24 d0  ...H..$....H..$.
	0x0090 00 00 00 48 89 94 24 e8 00 00 00 48 8b 94 24 d8  ...H..$....H..$.
	0x00a0 00 00 00 48 89 94 24 a8 00 00 00 48 8b 94 24 e0  ...H..$....H..$.
	0x00b0 00 00 00 48 89 94 24 a0 00 00 00 0f 1f 44 00 00  ...H..$......D..
	0x00c0 e8 00 00 00 00 48 8b 84 24 b0 00 00 00 e8 00 00  .....H..$.......
	0x00d0 00 00 e8 00 00 00 00 48 8b 84 24 e8 00 00 00 48  .......H..$....H
	0x00e0 8b 9c 24 a8 00 00 00 e8 00 00 00 00 e8 00 00 00  ..$.............
	0x00f0 00 48 8b 84 24 a0 00 00 00 e8 00 00 00 00 66 90  .H..$.........f.
	0x0100 e8 00 00 00 00 48 8b 84 24 f0 00 00 00 48 8b 9c  .....H..$....H..
	0x0110 24 98 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  $..............H
	0x0120 8d 05 00 00 00 00 bb 03 00 00 00 e8 00 00 00 00  ................
	0x0130 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 04 00 00  .....H..........
	0x0140 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00  ................
	0x0150 90 48 c7 84 24 d8 00 00 00 07 00 00 00 48 8d 15  .H..$........H..
	0x0160 00 00 00 00 48 89 94 24 d0 00 00 00 e8 00 00 00  ....H..$........
	0x0170 00 48 8d 05 00 00 00 00 bb 07 00 00 00 0f 1f 00  .H..............
	0x0180 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00  ..........H.....
	0x0190 00 bb 07 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x01a0 e8 00 00 00 00 e8 00 00 00 00 48 8b bc 24 d0 00  ..........H..$..
	0x01b0 00 00 48 8b b4 24 d8 00 00 00 48 8d 44 24 48 48  ..H..$....H.D$HH
	0x01c0 8d 1d 00 00 00 00 b9 05 00 00 00 e8 00 00 00 00  ................
	0x01d0 48 89 84 24 c0 00 00 00 48 89 9c 24 90 00 00 00  H..$....H..$....
	0x01e0 48 8b 94 24 d0 00 00 00 48 89 94 24 f0 00 00 00  H..$....H..$....
	0x01f0 48 8b 94 24 d8 00 00 00 48 89 94 24 b0 00 00 00  H..$....H..$....
	0x0200 48 8b 94 24 c8 00 00 00 48 89 94 24 a8 00 00 00  H..$....H..$....
	0x0210 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 03 00 00  .....H..........
	0x0220 00 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 f0  ...........H..$.
	0x0230 00 00 00 48 8b 9c 24 b0 00 00 00 0f 1f 44 00 00  ...H..$......D..
	0x0240 e8 00 00 00 00 e8 00 00 00 00 48 8b 84 24 a8 00  ..........H..$..
	0x0250 00 00 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00  ............H...
	0x0260 00 00 00 bb 03 00 00 00 e8 00 00 00 00 e8 00 00  ................
	0x0270 00 00 48 8b 84 24 c0 00 00 00 48 8b 9c 24 90 00  ..H..$....H..$..
	0x0280 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00  ................
	0x0290 00 90 48 c7 84 24 d8 00 00 00 06 00 00 00 48 8d  ..H..$........H.
	0x02a0 15 00 00 00 00 48 89 94 24 d0 00 00 00 e8 00 00  .....H..$.......
	0x02b0 00 00 48 8d 05 00 00 00 00 bb 06 00 00 00 66 90  ..H...........f.
	0x02c0 e8 00 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00  ..........H.....
	0x02d0 00 bb 06 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x02e0 e8 00 00 00 00 e8 00 00 00 00 48 8b 94 24 e0 00  ..........H..$..
	0x02f0 00 00 48 ff c2 48 89 94 24 b0 00 00 00 48 89 94  ..H..H..$....H..
	0x0300 24 e0 00 00 00 e8 00 00 00 00 48 8b 84 24 b0 00  $.........H..$..
	0x0310 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x0320 e8 00 00 00 00 44 0f 11 bc 24 00 01 00 00 48 c7  .....D...$....H.
	0x0330 84 24 10 01 00 00 00 00 00 00 48 8d 15 00 00 00  .$........H.....
	0x0340 00 48 89 94 24 f8 00 00 00 48 8b 94 24 c8 00 00  .H..$....H..$...
	0x0350 00 4c 8b 84 24 d0 00 00 00 4c 8b 8c 24 d8 00 00  .L..$....L..$...
	0x0360 00 48 89 94 24 00 01 00 00 4c 89 8c 24 10 01 00  .H..$....L..$...
	0x0370 00 4c 89 84 24 08 01 00 00 90 48 c7 84 24 d8 00  .L..$.....H..$..
	0x0380 00 00 05 00 00 00 48 8d 15 00 00 00 00 48 89 94  ......H......H..
	0x0390 24 d0 00 00 00 48 8b 94 24 f8 00 00 00 48 89 d0  $....H..$....H..
	0x03a0 48 8d 94 24 f8 00 00 00 ff d0 48 89 84 24 f0 00  H..$......H..$..
	0x03b0 00 00 48 89 9c 24 b0 00 00 00 48 8b bc 24 d0 00  ..H..$....H..$..
	0x03c0 00 00 48 8b b4 24 d8 00 00 00 48 8d 44 24 28 48  ..H..$....H.D$(H
	0x03d0 8d 1d 00 00 00 00 b9 05 00 00 00 0f 1f 44 00 00  .............D..
	0x03e0 e8 00 00 00 00 48 89 84 24 b8 00 00 00 48 89 9c  .....H..$....H..
	0x03f0 24 88 00 00 00 e8 00 00 00 00 48 8b 84 24 f0 00  $.........H..$..
	0x0400 00 00 48 8b 9c 24 b0 00 00 00 e8 00 00 00 00 e8  ..H..$..........
	0x0410 00 00 00 00 48 8b 84 24 b8 00 00 00 48 8b 9c 24  ....H..$....H..$
	0x0420 88 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00  ................
	0x0430 00 00 00 48 81 c4 18 01 00 00 5d c3 0f 1f 40 00  ...H......]...@.
	0x0440 e8 00 00 00 00 e9 b6 fb ff ff                    ..........
	rel 44+4 t=R_PCREL go:string."m"+0
	rel 88+4 t=R_PCREL go:string."base:"+0
	rel 103+4 t=R_CALL runtime.concatstring2+0
	rel 193+4 t=R_CALL runtime.printlock+0
	rel 206+4 t=R_CALL runtime.printint+0
	rel 211+4 t=R_CALL runtime.printsp+0
	rel 232+4 t=R_CALL runtime.printstring+0
	rel 237+4 t=R_CALL runtime.printsp+0
	rel 250+4 t=R_CALL runtime.printint+0
	rel 257+4 t=R_CALL runtime.printsp+0
	rel 278+4 t=R_CALL runtime.printstring+0
	rel 283+4 t=R_CALL runtime.printsp+0
	rel 290+4 t=R_PCREL go:string."mid"+0
	rel 300+4 t=R_CALL runtime.printstring+0
	rel 305+4 t=R_CALL runtime.printsp+0
	rel 312+4 t=R_PCREL go:string."base"+0
	rel 322+4 t=R_CALL runtime.printstring+0
	rel 327+4 t=R_CALL runtime.printnl+0
	rel 332+4 t=R_CALL runtime.printunlock+0
	rel 352+4 t=R_PCREL go:string."renamed"+0
	rel 365+4 t=R_CALL runtime.printlock+0
	rel 372+4 t=R_PCREL go:string."renamed"+0
	rel 385+4 t=R_CALL runtime.printstring+0
	rel 390+4 t=R_CALL runtime.printsp+0
	rel 397+4 t=R_PCREL go:string."renamed"+0
	rel 407+4 t=R_CALL runtime.printstring+0
	rel 417+4 t=R_CALL runtime.printnl+0
	rel 422+4 t=R_CALL runtime.printunlock+0
	rel 450+4 t=R_PCREL go:string."base:"+0
	rel 460+4 t=R_CALL runtime.concatstring2+0
	rel 529+4 t=R_CALL runtime.printlock+0
	rel 536+4 t=R_PCREL go:string."top"+0
	rel 546+4 t=R_CALL runtime.printstring+0
	rel 551+4 t=R_CALL runtime.printsp+0
	rel 577+4 t=R_CALL runtime.printstring+0
	rel 582+4 t=R_CALL runtime.printsp+0
	rel 595+4 t=R_CALL runtime.printint+0
	rel 600+4 t=R_CALL runtime.printsp+0
	rel 607+4 t=R_PCREL go:string."mid"+0
	rel 617+4 t=R_CALL runtime.printstring+0
	rel 622+4 t=R_CALL runtime.printsp+0
	rel 643+4 t=R_CALL runtime.printstring+0
	rel 648+4 t=R_CALL runtime.printnl+0
	rel 653+4 t=R_CALL runtime.printunlock+0
	rel 673+4 t=R_PCREL go:string."viaTop"+0
	rel 686+4 t=R_CALL runtime.printlock+0
	rel 693+4 t=R_PCREL go:string."viaTop"+0
	rel 705+4 t=R_CALL runtime.printstring+0
	rel 710+4 t=R_CALL runtime.printsp+0
	rel 717+4 t=R_PCREL go:string."viaTop"+0
	rel 727+4 t=R_CALL runtime.printstring+0
	rel 737+4 t=R_CALL runtime.printnl+0
	rel 742+4 t=R_CALL runtime.printunlock+0
	rel 774+4 t=R_CALL runtime.printlock+0
	rel 787+4 t=R_CALL runtime.printint+0
	rel 792+4 t=R_CALL runtime.printnl+0
	rel 801+4 t=R_CALL runtime.printunlock+0
	rel 829+4 t=R_PCREL main.Base.Describe-fm+0
	rel 905+4 t=R_PCREL go:string."later"+0
	rel 936+0 t=R_CALLIND +0
	rel 978+4 t=R_PCREL go:string."base:"+0
	rel 993+4 t=R_CALL runtime.concatstring2+0
	rel 1014+4 t=R_CALL runtime.printlock+0
	rel 1035+4 t=R_CALL runtime.printstring+0
	rel 1040+4 t=R_CALL runtime.printsp+0
	rel 1061+4 t=R_CALL runtime.printstring+0
	rel 1066+4 t=R_CALL runtime.printnl+0
	rel 1071+4 t=R_CALL runtime.printunlock+0
	rel 1089+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Base).Describe STEXT dupok size=76 align=0x0 args=0x8 locals=0x30 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Base).Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-8
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	58
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$40, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Base).Describe.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Base).Describe.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	TESTQ	AX, AX
	0x0011 00017 (<autogenerated>:1)	JEQ	52
	0x0013 00019 (<autogenerated>:1)	MOVQ	16(AX), SI
	0x0017 00023 (<autogenerated>:1)	MOVQ	8(AX), DI
	0x001b 00027 (<unknown line number>)	NOP
	0x001b 00027 (embed_promoted.go:9)	XORL	AX, AX
	0x001d 00029 (embed_promoted.go:9)	LEAQ	go:string."base:"(SB), BX
	0x0024 00036 (embed_promoted.go:9)	MOVL	$5, CX
	0x0029 00041 (embed_promoted.go:9)	PCDATA	$1, $1
	0x0029 00041 (embed_promoted.go:9)	CALL	runtime.concatstring2(SB)
	0x002e 00046 (<autogenerated>:1)	ADDQ	$40, SP
	0x0032 00050 (<autogenerated>:1)	POPQ	BP
	0x0033 00051 (<autogenerated>:1)	RET
	0x0034 00052 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x0039 00057 (<autogenerated>:1)	XCHGL	AX, AX
	0x003a 00058 (<autogenerated>:1)	NOP
	0x003a 00058 (<autogenerated>:1)	PCDATA	$1, $-1
	0x003a 00058 (<autogenerated>:1)	PCDATA	$0, $-2
	0x003a 00058 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x003f 00063 (<autogenerated>:1)	NOP
	0x0040 00064 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0045 00069 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0045 00069 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004a 00074 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 34 55 48 89 e5 48 83 ec 28 48 85  I;f.v4UH..H..(H.
	0x0010 c0 74 21 48 8b 70 10 48 8b 78 08 31 c0 48 8d 1d  .t!H.p.H.x.1.H..
	0x0020 00 00 00 00 b9 05 00 00 00 e8 00 00 00 00 48 83  ..............H.
	0x0030 c4 28 5d c3 e8 00 00 00 00 90 48 89 44 24 08 90  .(].......H.D$..
	0x0040 e8 00 00 00 00 48 8b 44 24 08 eb b4              .....H.D$...
	rel 32+4 t=R_PCREL go:string."base:"+0
	rel 42+4 t=R_CALL runtime.concatstring2+0
	rel 53+4 t=R_CALL runtime.panicwrap+0
	rel 65+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Base).Kind STEXT dupok nosplit size=29 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Base).Kind(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Base).Kind.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Base).Kind.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	23
	0x0009 00009 (<autogenerated>:1)	LEAQ	go:string."base"(SB), AX
	0x0010 00016 (<autogenerated>:1)	MOVL	$4, BX
	0x0015 00021 (<autogenerated>:1)	POPQ	BP
	0x0016 00022 (<autogenerated>:1)	RET
	0x0017 00023 (<autogenerated>:1)	PCDATA	$1, $1
	0x0017 00023 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x001c 00028 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 0e 48 8d 05 00 00 00 00  UH..H..t.H......
	0x0010 bb 04 00 00 00 5d c3 e8 00 00 00 00 90           .....].......
	rel 12+4 t=R_PCREL go:string."base"+0
	rel 24+4 t=R_CALL runtime.panicwrap+0
main.Mid.Describe STEXT dupok size=98 align=0x0 args=0x20 locals=0x30 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Mid.Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-32
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	50
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$40, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	BX, main.b+64(FP)
	0x0013 00019 (<autogenerated>:1)	FUNCDATA	$0, gclocals·Ih7UaEzxol4qYE7mnpMg6w==(SB)
	0x0013 00019 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0013 00019 (<autogenerated>:1)	FUNCDATA	$5, main.Mid.Describe.arginfo1(SB)
	0x0013 00019 (<autogenerated>:1)	FUNCDATA	$6, main.Mid.Describe.argliveinfo(SB)
	0x0013 00019 (<autogenerated>:1)	PCDATA	$3, $1
	0x0013 00019 (<unknown line number>)	NOP
	0x0013 00019 (embed_promoted.go:9)	XORL	AX, AX
	0x0015 00021 (embed_promoted.go:9)	MOVQ	BX, DI
	0x0018 00024 (embed_promoted.go:9)	MOVQ	CX, SI
	0x001b 00027 (embed_promoted.go:9)	LEAQ	go:string."base:"(SB), BX
	0x0022 00034 (embed_promoted.go:9)	MOVL	$5, CX
	0x0027 00039 (embed_promoted.go:9)	PCDATA	$1, $1
	0x0027 00039 (embed_promoted.go:9)	CALL	runtime.concatstring2(SB)
	0x002c 00044 (<autogenerated>:1)	ADDQ	$40, SP
	0x0030 00048 (<autogenerated>:1)	POPQ	BP
	0x0031 00049 (<autogenerated>:1)	RET
	0x0032 00050 (<autogenerated>:1)	NOP
	0x0032 00050 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0032 00050 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0032 00050 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0037 00055 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x003c 00060 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x0041 00065 (<autogenerated>:1)	MOVQ	DI, 32(SP)
	0x0046 00070 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x004b 00075 (<autogenerated>:1)	PCDATA	$0, $-1
	0x004b 00075 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0050 00080 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0055 00085 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x005a 00090 (<autogenerated>:1)	MOVQ	32(SP), DI
	0x005f 00095 (<autogenerated>:1)	NOP
	0x0060 00096 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 2c 55 48 89 e5 48 83 ec 28 48 89  I;f.v,UH..H..(H.
	0x0010 5c 24 40 31 c0 48 89 df 48 89 ce 48 8d 1d 00 00  \$@1.H..H..H....
	0x0020 00 00 b9 05 00 00 00 e8 00 00 00 00 48 83 c4 28  ............H..(
	0x0030 5d c3 48 89 44 24 08 48 89 5c 24 10 48 89 4c 24  ].H.D$.H.\$.H.L$
	0x0040 18 48 89 7c 24 20 e8 00 00 00 00 48 8b 44 24 08  .H.|$ .....H.D$.
	0x0050 48 8b 5c 24 10 48 8b 4c 24 18 48 8b 7c 24 20 90  H.\$.H.L$.H.|$ .
	0x0060 eb 9e                                            ..
	rel 30+4 t=R_PCREL go:string."base:"+0
	rel 40+4 t=R_CALL runtime.concatstring2+0
	rel 71+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Mid).Describe STEXT dupok size=66 align=0x0 args=0x8 locals=0x30 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Mid).Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-8
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	47
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$40, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Mid).Describe.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Mid).Describe.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	16(AX), SI
	0x0012 00018 (<autogenerated>:1)	MOVQ	8(AX), DI
	0x0016 00022 (<unknown line number>)	NOP
	0x0016 00022 (embed_promoted.go:9)	XORL	AX, AX
	0x0018 00024 (embed_promoted.go:9)	LEAQ	go:string."base:"(SB), BX
	0x001f 00031 (embed_promoted.go:9)	MOVL	$5, CX
	0x0024 00036 (embed_promoted.go:9)	PCDATA	$1, $1
	0x0024 00036 (embed_promoted.go:9)	CALL	runtime.concatstring2(SB)
	0x0029 00041 (<autogenerated>:1)	ADDQ	$40, SP
	0x002d 00045 (<autogenerated>:1)	POPQ	BP
	0x002e 00046 (<autogenerated>:1)	RET
	0x002f 00047 (<autogenerated>:1)	NOP
	0x002f 00047 (<autogenerated>:1)	PCDATA	$1, $-1
	0x002f 00047 (<autogenerated>:1)	PCDATA	$0, $-2
	0x002f 00047 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0034 00052 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0039 00057 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0039 00057 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x003e 00062 (<autogenerated>:1)	NOP
	0x0040 00064 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 29 55 48 89 e5 48 83 ec 28 48 8b  I;f.v)UH..H..(H.
	0x0010 70 10 48 8b 78 08 31 c0 48 8d 1d 00 00 00 00 b9  p.H.x.1.H.......
	0x0020 05 00 00 00 e8 00 00 00 00 48 83 c4 28 5d c3 48  .........H..(].H
	0x0030 89 44 24 08 e8 00 00 00 00 48 8b 44 24 08 66 90  .D$......H.D$.f.
	0x0040 eb be                                            ..
	rel 27+4 t=R_PCREL go:string."base:"+0
	rel 37+4 t=R_CALL runtime.concatstring2+0
	rel 53+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Mid).Kind STEXT dupok nosplit size=29 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Mid).Kind(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$5, main.(*Mid).Kind.arginfo1(SB)
	0x0004 00004 (<autogenerated>:1)	FUNCDATA	$6, main.(*Mid).Kind.argliveinfo(SB)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$3, $1
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	23
	0x0009 00009 (<autogenerated>:1)	LEAQ	go:string."mid"(SB), AX
	0x0010 00016 (<autogenerated>:1)	MOVL	$3, BX
	0x0015 00021 (<autogenerated>:1)	POPQ	BP
	0x0016 00022 (<autogenerated>:1)	RET
	0x0017 00023 (<autogenerated>:1)	PCDATA	$1, $1
	0x0017 00023 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x001c 00028 (<autogenerated>:1)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 85 c0 74 0e 48 8d 05 00 00 00 00  UH..H..t.H......
	0x0010 bb 03 00 00 00 5d c3 e8 00 00 00 00 90           .....].......
	rel 12+4 t=R_PCREL go:string."mid"+0
	rel 24+4 t=R_CALL runtime.panicwrap+0
main.(*Mid).Rename STEXT dupok size=87 align=0x0 args=0x18 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Mid).Rename(SB), DUPOK|WRAPPER|ABIInternal, $8-24
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	50
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	MOVQ	BX, main.n+24(FP)
	0x000f 00015 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000f 00015 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000f 00015 (<autogenerated>:1)	FUNCDATA	$5, main.(*Mid).Rename.arginfo1(SB)
	0x000f 00015 (<autogenerated>:1)	FUNCDATA	$6, main.(*Mid).Rename.argliveinfo(SB)
	0x000f 00015 (<autogenerated>:1)	PCDATA	$3, $1
	0x000f 00015 (<unknown line number>)	NOP
	0x000f 00015 (<autogenerated>:1)	MOVQ	CX, 16(AX)
	0x0013 00019 (embed_promoted.go:10)	CMPL	runtime.writeBarrier(SB), $0
	0x001a 00026 (embed_promoted.go:10)	PCDATA	$0, $-2
	0x001a 00026 (embed_promoted.go:10)	JEQ	44
	0x001c 00028 (embed_promoted.go:10)	MOVQ	8(AX), CX
	0x0020 00032 (embed_promoted.go:10)	CALL	runtime.gcWriteBarrier2(SB)
	0x0025 00037 (embed_promoted.go:10)	MOVQ	BX, (R11)
	0x0028 00040 (embed_promoted.go:10)	MOVQ	CX, 8(R11)
	0x002c 00044 (embed_promoted.go:10)	MOVQ	BX, 8(AX)
	0x0030 00048 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0030 00048 (<autogenerated>:1)	POPQ	BP
	0x0031 00049 (<autogenerated>:1)	RET
	0x0032 00050 (<autogenerated>:1)	NOP
	0x0032 00050 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0032 00050 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0032 00050 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0037 00055 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x003c 00060 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x0041 00065 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0046 00070 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0046 00070 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004b 00075 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0050 00080 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x0055 00085 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 2c 55 48 89 e5 48 89 5c 24 18 48  I;f.v,UH..H.\$.H
	0x0010 89 48 10 83 3d 00 00 00 00 00 74 10 48 8b 48 08  .H..=.....t.H.H.
	0x0020 e8 00 00 00 00 49 89 1b 49 89 4b 08 48 89 58 08  .....I..I.K.H.X.
	0x0030 5d c3 48 89 44 24 08 48 89 5c 24 10 48 89 4c 24  ].H.D$.H.\$.H.L$
	0x0040 18 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10  ......H.D$.H.\$.
	0x0050 48 8b 4c 24 18 eb a9                             H.L$...
	rel 21+4 t=R_PCREL runtime.writeBarrier+-1
	rel 33+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 66+4 t=R_CALL runtime.morestack_noctxt+0
main.Top.Describe STEXT dupok size=94 align=0x0 args=0x18 locals=0x30 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Top.Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-24
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	57
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$40, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, main.b+56(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, main.b+64(FP)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$5, main.Top.Describe.arginfo1(SB)
	0x0018 00024 (<autogenerated>:1)	FUNCDATA	$6, main.Top.Describe.argliveinfo(SB)
	0x0018 00024 (<autogenerated>:1)	PCDATA	$3, $1
	0x0018 00024 (<autogenerated>:1)	MOVQ	16(AX), SI
	0x001c 00028 (<autogenerated>:1)	MOVQ	8(AX), DI
	0x0020 00032 (<unknown line number>)	NOP
	0x0020 00032 (embed_promoted.go:9)	XORL	AX, AX
	0x0022 00034 (embed_promoted.go:9)	LEAQ	go:string."base:"(SB), BX
	0x0029 00041 (embed_promoted.go:9)	MOVL	$5, CX
	0x002e 00046 (embed_promoted.go:9)	PCDATA	$1, $1
	0x002e 00046 (embed_promoted.go:9)	CALL	runtime.concatstring2(SB)
	0x0033 00051 (<autogenerated>:1)	ADDQ	$40, SP
	0x0037 00055 (<autogenerated>:1)	POPQ	BP
	0x0038 00056 (<autogenerated>:1)	RET
	0x0039 00057 (<autogenerated>:1)	NOP
	0x0039 00057 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0039 00057 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0039 00057 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x003e 00062 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0043 00067 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x0048 00072 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x004d 00077 (<autogenerated>:1)	PCDATA	$0, $-1
	0x004d 00077 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0052 00082 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0057 00087 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x005c 00092 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 33 55 48 89 e5 48 83 ec 28 48 89  I;f.v3UH..H..(H.
	0x0010 44 24 38 48 89 5c 24 40 48 8b 70 10 48 8b 78 08  D$8H.\$@H.p.H.x.
	0x0020 31 c0 48 8d 1d 00 00 00 00 b9 05 00 00 00 e8 00  1.H.............
	0x0030 00 00 00 48 83 c4 28 5d c3 48 89 44 24 08 48 89  ...H..(].H.D$.H.
	0x0040 5c 24 10 48 89 4c 24 18 e8 00 00 00 00 48 8b 44  \$.H.L$......H.D
	0x0050 24 08 48 8b 5c 24 10 48 8b 4c 24 18 eb a2        $.H.\$.H.L$...
	rel 37+4 t=R_PCREL go:string."base:"+0
	rel 47+4 t=R_CALL runtime.concatstring2+0
	rel 73+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Top).Describe STEXT dupok size=67 align=0x0 args=0x8 locals=0x30 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Top).Describe(SB), DUPOK|WRAPPER|ABIInternal, $48-8
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	50
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$40, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, main.(*Top).Describe.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, main.(*Top).Describe.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	(AX), DX
	0x0011 00017 (<autogenerated>:1)	MOVQ	16(DX), SI
	0x0015 00021 (<autogenerated>:1)	MOVQ	8(DX), DI
	0x0019 00025 (<unknown line number>)	NOP
	0x0019 00025 (embed_promoted.go:9)	XORL	AX, AX
	0x001b 00027 (embed_promoted.go:9)	LEAQ	go:string."base:"(SB), BX
	0x0022 00034 (embed_promoted.go:9)	MOVL	$5, CX
	0x0027 00039 (embed_promoted.go:9)	PCDATA	$1, $1
	0x0027 00039 (embed_promoted.go:9)	CALL	runtime.concatstring2(SB)
	0x002c 00044 (<autogenerated>:1)	ADDQ	$40, SP
	0x0030 00048 (<autogenerated>:1)	POPQ	BP
	0x0031 00049 (<autogenerated>:1)	RET
	0x0032 00050 (<autogenerated>:1)	NOP
	0x0032 00050 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0032 00050 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0032 00050 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0037 00055 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x003c 00060 (<autogenerated>:1)	PCDATA	$0, $-1
	0x003c 00060 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0041 00065 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 2c 55 48 89 e5 48 83 ec 28 48 8b  I;f.v,UH..H..(H.
	0x0010 10 48 8b 72 10 48 8b 7a 08 31 c0 48 8d 1d 00 00  .H.r.H.z.1.H....
	0x0020 00 00 b9 05 00 00 00 e8 00 00 00 00 48 83 c4 28  ............H..(
	0x0030 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b 44 24  ].H.D$......H.D$
	0x0040 08 eb bd                                         ...
	rel 30+4 t=R_PCREL go:string."base:"+0
	rel 40+4 t=R_CALL runtime.concatstring2+0
	rel 56+4 t=R_CALL runtime.morestack_noctxt+0
main.Top.Kind STEXT dupok nosplit size=25 align=0x0 args=0x18 locals=0x0 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Top.Kind(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-24
	0x0000 00000 (<autogenerated>:1)	MOVQ	AX, main.m+8(FP)
	0x0005 00005 (<autogenerated>:1)	MOVQ	BX, main.m+16(FP)
	0x000a 00010 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000a 00010 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000a 00010 (<autogenerated>:1)	FUNCDATA	$5, main.Top.Kind.arginfo1(SB)
	0x000a 00010 (<autogenerated>:1)	FUNCDATA	$6, main.Top.Kind.argliveinfo(SB)
	0x000a 00010 (<autogenerated>:1)	PCDATA	$3, $1
	0x000a 00010 (<autogenerated>:1)	TESTB	AL, (AX)
	0x000c 00012 (<autogenerated>:1)	LEAQ	go:string."mid"(SB), AX
	0x0013 00019 (<autogenerated>:1)	MOVL	$3, BX
	0x0018 00024 (<autogenerated>:1)	RET
	0x0000 48 89 44 24 08 48 89 5c 24 10 84 00 48 8d 05 00  H.D$.H.\$...H...
	0x0010 00 00 00 bb 03 00 00 00 c3                       .........
	rel 15+4 t=R_PCREL go:string."mid"+0
main.(*Top).Kind STEXT dupok nosplit size=18 align=0x0 args=0x8 locals=0x0 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Top).Kind(SB), DUPOK|NOSPLIT|WRAPPER|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$5, main.(*Top).Kind.arginfo1(SB)
	0x0000 00000 (<autogenerated>:1)	FUNCDATA	$6, main.(*Top).Kind.argliveinfo(SB)
	0x0000 00000 (<autogenerated>:1)	PCDATA	$3, $1
	0x0000 00000 (<autogenerated>:1)	MOVQ	(AX), CX
	0x0003 00003 (<autogenerated>:1)	TESTB	AL, (CX)
	0x0005 00005 (<autogenerated>:1)	LEAQ	go:string."mid"(SB), AX
	0x000c 00012 (<autogenerated>:1)	MOVL	$3, BX
	0x0011 00017 (<autogenerated>:1)	RET
	0x0000 48 8b 08 84 01 48 8d 05 00 00 00 00 bb 03 00 00  H....H..........
	0x0010 00 c3                                            ..
	rel 8+4 t=R_PCREL go:string."mid"+0
main.Top.Rename STEXT dupok size=117 align=0x0 args=0x28 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Top.Rename(SB), DUPOK|WRAPPER|ABIInternal, $8-40
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	60
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	MOVQ	AX, main.b+16(FP)
	0x000f 00015 (<autogenerated>:1)	MOVQ	BX, main.b+24(FP)
	0x0014 00020 (<autogenerated>:1)	MOVQ	DI, main.n+40(FP)
	0x0019 00025 (<autogenerated>:1)	FUNCDATA	$0, gclocals·hXoeDuCHeDntcFi6HJGUgg==(SB)
	0x0019 00025 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0019 00025 (<autogenerated>:1)	FUNCDATA	$5, main.Top.Rename.arginfo1(SB)
	0x0019 00025 (<autogenerated>:1)	FUNCDATA	$6, main.Top.Rename.argliveinfo(SB)
	0x0019 00025 (<autogenerated>:1)	PCDATA	$3, $1
	0x0019 00025 (<unknown line number>)	NOP
	0x0019 00025 (<autogenerated>:1)	MOVQ	SI, 16(AX)
	0x001d 00029 (embed_promoted.go:10)	CMPL	runtime.writeBarrier(SB), $0
	0x0024 00036 (embed_promoted.go:10)	PCDATA	$0, $-2
	0x0024 00036 (embed_promoted.go:10)	JEQ	54
	0x0026 00038 (embed_promoted.go:10)	MOVQ	8(AX), CX
	0x002a 00042 (embed_promoted.go:10)	CALL	runtime.gcWriteBarrier2(SB)
	0x002f 00047 (embed_promoted.go:10)	MOVQ	DI, (R11)
	0x0032 00050 (embed_promoted.go:10)	MOVQ	CX, 8(R11)
	0x0036 00054 (embed_promoted.go:10)	MOVQ	DI, 8(AX)
	0x003a 00058 (<autogenerated>:1)	PCDATA	$0, $-1
	0x003a 00058 (<autogenerated>:1)	POPQ	BP
	0x003b 00059 (<autogenerated>:1)	RET
	0x003c 00060 (<autogenerated>:1)	NOP
	0x003c 00060 (<autogenerated>:1)	PCDATA	$1, $-1
	0x003c 00060 (<autogenerated>:1)	PCDATA	$0, $-2
	0x003c 00060 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0041 00065 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0046 00070 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x004b 00075 (<autogenerated>:1)	MOVQ	DI, 32(SP)
	0x0050 00080 (<autogenerated>:1)	MOVQ	SI, 40(SP)
	0x0055 00085 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x005a 00090 (<autogenerated>:1)	PCDATA	$0, $-1
	0x005a 00090 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x005f 00095 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0064 00100 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x0069 00105 (<autogenerated>:1)	MOVQ	32(SP), DI
	0x006e 00110 (<autogenerated>:1)	MOVQ	40(SP), SI
	0x0073 00115 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 36 55 48 89 e5 48 89 44 24 10 48  I;f.v6UH..H.D$.H
	0x0010 89 5c 24 18 48 89 7c 24 28 48 89 70 10 83 3d 00  .\$.H.|$(H.p..=.
	0x0020 00 00 00 00 74 10 48 8b 48 08 e8 00 00 00 00 49  ....t.H.H......I
	0x0030 89 3b 49 89 4b 08 48 89 78 08 5d c3 48 89 44 24  .;I.K.H.x.].H.D$
	0x0040 08 48 89 5c 24 10 48 89 4c 24 18 48 89 7c 24 20  .H.\$.H.L$.H.|$ 
	0x0050 48 89 74 24 28 e8 00 00 00 00 48 8b 44 24 08 48  H.t$(.....H.D$.H
	0x0060 8b 5c 24 10 48 8b 4c 24 18 48 8b 7c 24 20 48 8b  .\$.H.L$.H.|$ H.
	0x0070 74 24 28 eb 8b                                   t$(..
	rel 31+4 t=R_PCREL runtime.writeBarrier+-1
	rel 43+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 86+4 t=R_CALL runtime.morestack_noctxt+0
main.(*Top).Rename STEXT dupok size=90 align=0x0 args=0x18 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.(*Top).Rename(SB), DUPOK|WRAPPER|ABIInternal, $8-24
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	53
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	MOVQ	BX, main.n+24(FP)
	0x000f 00015 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000f 00015 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000f 00015 (<autogenerated>:1)	FUNCDATA	$5, main.(*Top).Rename.arginfo1(SB)
	0x000f 00015 (<autogenerated>:1)	FUNCDATA	$6, main.(*Top).Rename.argliveinfo(SB)
	0x000f 00015 (<autogenerated>:1)	PCDATA	$3, $1
	0x000f 00015 (<autogenerated>:1)	MOVQ	(AX), AX
	0x0012 00018 (<unknown line number>)	NOP
	0x0012 00018 (<autogenerated>:1)	MOVQ	CX, 16(AX)
	0x0016 00022 (embed_promoted.go:10)	CMPL	runtime.writeBarrier(SB), $0
	0x001d 00029 (embed_promoted.go:10)	PCDATA	$0, $-2
	0x001d 00029 (embed_promoted.go:10)	JEQ	47
	0x001f 00031 (embed_promoted.go:10)	MOVQ	8(AX), CX
	0x0023 00035 (embed_promoted.go:10)	CALL	runtime.gcWriteBarrier2(SB)
	0x0028 00040 (embed_promoted.go:10)	MOVQ	BX, (R11)
	0x002b 00043 (embed_promoted.go:10)	MOVQ	CX, 8(R11)
	0x002f 00047 (embed_promoted.go:10)	MOVQ	BX, 8(AX)
	0x0033 00051 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0033 00051 (<autogenerated>:1)	POPQ	BP
	0x0034 00052 (<autogenerated>:1)	RET
	0x0035 00053 (<autogenerated>:1)	NOP
	0x0035 00053 (<autogenerated>:1)	PCDATA	$1, $-1
	0x0035 00053 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0035 00053 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x003a 00058 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x003f 00063 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x0044 00068 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0049 00073 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0049 00073 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x004e 00078 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0053 00083 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x0058 00088 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 2f 55 48 89 e5 48 89 5c 24 18 48  I;f.v/UH..H.\$.H
	0x0010 8b 00 48 89 48 10 83 3d 00 00 00 00 00 74 10 48  ..H.H..=.....t.H
	0x0020 8b 48 08 e8 00 00 00 00 49 89 1b 49 89 4b 08 48  .H......I..I.K.H
	0x0030 89 58 08 5d c3 48 89 44 24 08 48 89 5c 24 10 48  .X.].H.D$.H.\$.H
	0x0040 89 4c 24 18 e8 00 00 00 00 48 8b 44 24 08 48 8b  .L$......H.D$.H.
	0x0050 5c 24 10 48 8b 4c 24 18 eb a6                    \$.H.L$...
	rel 24+4 t=R_PCREL runtime.writeBarrier+-1
	rel 36+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 69+4 t=R_CALL runtime.morestack_noctxt+0
main.Base.Describe-fm STEXT dupok size=54 align=0x0 args=0x0 locals=0x30 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	main.Base.Describe-fm(SB), DUPOK|WRAPPER|NEEDCTXT|ABIInternal, $48-0
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	47
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$40, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x000e 00014 (<autogenerated>:1)	MOVQ	16(DX), DI
	0x0012 00018 (<autogenerated>:1)	MOVQ	24(DX), SI
	0x0016 00022 (<unknown line number>)	NOP
	0x0016 00022 (embed_promoted.go:9)	XORL	AX, AX
	0x0018 00024 (embed_promoted.go:9)	LEAQ	go:string."base:"(SB), BX
	0x001f 00031 (embed_promoted.go:9)	MOVL	$5, CX
	0x0024 00036 (embed_promoted.go:9)	PCDATA	$1, $0
	0x0024 00036 (embed_promoted.go:9)	CALL	runtime.concatstring2(SB)
	0x0029 00041 (<autogenerated>:1)	ADDQ	$40, SP
	0x002d 00045 (<autogenerated>:1)	POPQ	BP
	0x002e 00046 (<autogenerated>:1)	RET
	0x002f 00047 (<autogenerated>:1)	NOP
	0x002f 00047 (<autogenerated>:1)	PCDATA	$1, $-1
	0x002f 00047 (<autogenerated>:1)	PCDATA	$0, $-2
	0x002f 00047 (<autogenerated>:1)	CALL	runtime.morestack(SB)
	0x0034 00052 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0034 00052 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 29 55 48 89 e5 48 83 ec 28 48 8b  I;f.v)UH..H..(H.
	0x0010 7a 10 48 8b 72 18 31 c0 48 8d 1d 00 00 00 00 b9  z.H.r.1.H.......
	0x0020 05 00 00 00 e8 00 00 00 00 48 83 c4 28 5d c3 e8  .........H..(]..
	0x0030 00 00 00 00 eb ca                                ......
	rel 27+4 t=R_PCREL go:string."base:"+0
	rel 37+4 t=R_CALL runtime.concatstring2+0
	rel 48+4 t=R_CALL runtime.morestack+0
type:.eq.M8S STEXT dupok size=88 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.M8S(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	61
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M8S.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M8S.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	(AX), DX
	0x0011 00017 (<autogenerated>:1)	CMPQ	(BX), DX
	0x0014 00020 (<autogenerated>:1)	JNE	53
	0x0016 00022 (<autogenerated>:1)	MOVQ	16(AX), CX
	0x001a 00026 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CMPQ	16(BX), CX
	0x0024 00036 (<autogenerated>:1)	JNE	53
	0x0026 00038 (<autogenerated>:1)	MOVQ	8(AX), AX
	0x002a 00042 (<autogenerated>:1)	MOVQ	8(BX), BX
	0x002e 00046 (<autogenerated>:1)	PCDATA	$1, $1
	0x002e 00046 (<autogenerated>:1)	CALL	runtime.memequal(SB)
	0x0033 00051 (<autogenerated>:1)	JMP	55
	0x0035 00053 (<autogenerated>:1)	XORL	AX, AX
	0x0037 00055 (<autogenerated>:1)	ADDQ	$24, SP
	0x003b 00059 (<autogenerated>:1)	POPQ	BP
	0x003c 00060 (<autogenerated>:1)	RET
	0x003d 00061 (<autogenerated>:1)	NOP
	0x003d 00061 (<autogenerated>:1)	PCDATA	$1, $-1
	0x003d 00061 (<autogenerated>:1)	PCDATA	$0, $-2
	0x003d 00061 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x0042 00066 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0047 00071 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x004c 00076 (<autogenerated>:1)	PCDATA	$0, $-1
	0x004c 00076 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0051 00081 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0056 00086 (<autogenerated>:1)	JMP	0
	0x0000 49 3b 66 10 76 37 55 48 89 e5 48 83 ec 18 48 8b  I;f.v7UH..H...H.
	0x0010 10 48 39 13 75 1f 48 8b 48 10 66 0f 1f 44 00 00  .H9.u.H.H.f..D..
	0x0020 48 39 4b 10 75 0f 48 8b 40 08 48 8b 5b 08 e8 00  H9K.u.H.@.H.[...
	0x0030 00 00 00 eb 02 31 c0 48 83 c4 18 5d c3 48 89 44  .....1.H...].H.D
	0x0040 24 08 48 89 5c 24 10 e8 00 00 00 00 48 8b 44 24  $.H.\$......H.D$
	0x0050 08 48 8b 5c 24 10 eb a8                          .H.\$...
	rel 47+4 t=R_CALL runtime.memequal+0
	rel 72+4 t=R_CALL runtime.morestack_noctxt+0
type:.eq.M8SM8 STEXT dupok size=98 align=0x0 args=0x10 locals=0x20 funcid=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	type:.eq.M8SM8(SB), DUPOK|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	PCDATA	$0, $-2
	0x0004 00004 (<autogenerated>:1)	JLS	71
	0x0006 00006 (<autogenerated>:1)	PCDATA	$0, $-1
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$24, SP
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$0, gclocals·TswRR9Pia9Wsluv5u1sUnA==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$5, type:.eq.M8SM8.arginfo1(SB)
	0x000e 00014 (<autogenerated>:1)	FUNCDATA	$6, type:.eq.M8SM8.argliveinfo(SB)
	0x000e 00014 (<autogenerated>:1)	PCDATA	$3, $1
	0x000e 00014 (<autogenerated>:1)	MOVQ	(AX), DX
	0x0011 00017 (<autogenerated>:1)	CMPQ	(BX), DX
	0x0014 00020 (<autogenerated>:1)	JNE	63
	0x0016 00022 (<autogenerated>:1)	MOVQ	16(AX), CX
	0x001a 00026 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CMPQ	16(BX), CX
	0x0024 00036 (<autogenerated>:1)	JNE	63
	0x0026 00038 (<autogenerated>:1)	MOVQ	24(AX), DX
	0x002a 00042 (<autogenerated>:1)	CMPQ	24(BX), DX
	0x002e 00046 (<autogenerated>:1)	JNE	63
	0x0030 00048 (<autogenerated>:1)	MOVQ	8(AX), AX
	0x0034 00052 (<autogenerated>:1)	MOVQ	8(BX), BX
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
	0x0010 10 48 39 13 75 29 48 8b 48 10 66 0f 1f 44 00 00  .H9.u)H.H.f..D..
	0x0020 48 39 4b 10 75 19 48 8b 50 18 48 39 53 18 75 0f  H9K.u.H.P.H9S.u.
	0x0030 48 8b 40 08 48 8b 5b 08 e8 00 00 00 00 eb 02 31  H.@.H.[........1
	0x0040 c0 48 83 c4 18 5d c3 48 89 44 24 08 48 89 5c 24  .H...].H.D$.H.\$
	0x0050 10 e8 00 00 00 00 48 8b 44 24 08 48 8b 5c 24 10  ......H.D$.H.\$.
	0x0060 eb 9e                                            ..
	rel 57+4 t=R_CALL runtime.memequal+0
	rel 82+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
go:info.main.Base.Describe$abstract SDWARFABSFCN dupok size=32 align=0x0
	0x0000 05 6d 61 69 6e 2e 42 61 73 65 2e 44 65 73 63 72  .main.Base.Descr
	0x0010 69 62 65 00 01 09 01 22 62 00 00 00 00 00 00 00  ibe...."b.......
	rel 27+4 t=R_DWARFSECREF go:info.main.Base+0
go:info.main.Mid.Kind$abstract SDWARFABSFCN dupok size=27 align=0x0
	0x0000 05 6d 61 69 6e 2e 4d 69 64 2e 4b 69 6e 64 00 01  .main.Mid.Kind..
	0x0010 12 01 22 6d 00 00 00 00 00 00 00                 .."m.......
	rel 22+4 t=R_DWARFSECREF go:info.main.Mid+0
go:info.main.Base.Kind$abstract SDWARFABSFCN dupok size=28 align=0x0
	0x0000 05 6d 61 69 6e 2e 42 61 73 65 2e 4b 69 6e 64 00  .main.Base.Kind.
	0x0010 01 0b 01 22 62 00 00 00 00 00 00 00              ..."b.......
	rel 23+4 t=R_DWARFSECREF go:info.main.Base+0
go:info.main.(*Base).Rename$abstract SDWARFABSFCN dupok size=41 align=0x0
	0x0000 05 6d 61 69 6e 2e 28 2a 42 61 73 65 29 2e 52 65  .main.(*Base).Re
	0x0010 6e 61 6d 65 00 01 0a 01 22 62 00 00 00 00 00 00  name...."b......
	0x0020 22 6e 00 00 00 00 00 00 00                       "n.......
	rel 28+4 t=R_DWARFSECREF go:info.*main.Base+0
	rel 36+4 t=R_DWARFSECREF go:info.string+0
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
type:.eqfunc.M8S SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.M8S+0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.Base. SRODATA dupok size=12 align=0x1
	0x0000 01 0a 2a 6d 61 69 6e 2e 42 61 73 65              ..*main.Base
type:.namedata.*func(*main.Base) string- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 42 61  ..*func(*main.Ba
	0x0010 73 65 29 20 73 74 72 69 6e 67                    se) string
type:*func(*main.Base) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 65 99 12 9c 28 08 08 16 00 00 00 00 00 00 00 00  e...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Base) string-+0
	rel 48+8 t=R_ADDR type:func(*main.Base) string+0
type:func(*main.Base) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b7 40 1d 20 22 08 08 13 00 00 00 00 00 00 00 00  .@. "...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Base) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Base) string+0
	rel 56+8 t=R_ADDR type:*main.Base+0
	rel 64+8 t=R_ADDR type:string+0
type:.namedata.*func(*main.Base, string)- SRODATA dupok size=27 align=0x1
	0x0000 00 19 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 42 61  ..*func(*main.Ba
	0x0010 73 65 2c 20 73 74 72 69 6e 67 29                 se, string)
type:*func(*main.Base, string) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 6f c0 78 a1 28 08 08 16 00 00 00 00 00 00 00 00  o.x.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Base, string)-+0
	rel 48+8 t=R_ADDR type:func(*main.Base, string)+0
type:func(*main.Base, string) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 af 14 9f db 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Base, string)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Base, string)+0
	rel 56+8 t=R_ADDR type:*main.Base+0
	rel 64+8 t=R_ADDR type:string+0
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:.namedata.Describe. SRODATA dupok size=10 align=0x1
	0x0000 01 08 44 65 73 63 72 69 62 65                    ..Describe
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
type:.namedata.Kind. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4b 69 6e 64                                ..Kind
type:.namedata.Rename. SRODATA dupok size=8 align=0x1
	0x0000 01 06 52 65 6e 61 6d 65                          ..Rename
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
type:*main.Base SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a7 f6 ed e8 29 08 08 16 00 00 00 00 00 00 00 00  ....)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Base.+0
	rel 48+8 t=R_ADDR type:main.Base+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Describe.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*Base).Describe+0
	rel 84+4 t=R_METHODOFF main.(*Base).Describe+0
	rel 88+4 t=R_ADDROFF type:.namedata.Kind.+0
	rel 92+4 t=R_METHODOFF type:func() string+0
	rel 96+4 t=R_METHODOFF main.(*Base).Kind+0
	rel 100+4 t=R_METHODOFF main.(*Base).Kind+0
	rel 104+4 t=R_ADDROFF type:.namedata.Rename.+0
	rel 108+4 t=R_METHODOFF type:func(string)+0
	rel 112+4 t=R_METHODOFF main.(*Base).Rename+0
	rel 116+4 t=R_METHODOFF main.(*Base).Rename+0
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
	0x0000 02 00 00 00 00 00 00 00                          ........
type:.namedata.ID. SRODATA dupok size=4 align=0x1
	0x0000 01 02 49 44                                      ..ID
type:.namedata.Name. SRODATA dupok size=6 align=0x1
	0x0000 01 04 4e 61 6d 65                                ..Name
type:.namedata.*func(main.Base) string- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 6d 61 69 6e 2e 42 61 73  ..*func(main.Bas
	0x0010 65 29 20 73 74 72 69 6e 67                       e) string
type:*func(main.Base) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 2c ab f9 af 28 08 08 16 00 00 00 00 00 00 00 00  ,...(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Base) string-+0
	rel 48+8 t=R_ADDR type:func(main.Base) string+0
type:func(main.Base) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a2 6b 76 5e 22 08 08 13 00 00 00 00 00 00 00 00  .kv^"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Base) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Base) string+0
	rel 56+8 t=R_ADDR type:main.Base+0
	rel 64+8 t=R_ADDR type:string+0
type:main.Base SRODATA size=176 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 fb 39 b1 8b 07 08 08 19 00 00 00 00 00 00 00 00  .9..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 02 00 02 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.M8S+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Base.+0
	rel 44+4 t=R_ADDROFF type:*main.Base+0
	rel 56+8 t=R_ADDR type:main.Base+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.ID.+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.Name.+0
	rel 128+8 t=R_ADDR type:string+0
	rel 144+4 t=R_ADDROFF type:.namedata.Describe.+0
	rel 148+4 t=R_METHODOFF type:func() string+0
	rel 152+4 t=R_METHODOFF main.(*Base).Describe+0
	rel 156+4 t=R_METHODOFF main.Base.Describe+0
	rel 160+4 t=R_ADDROFF type:.namedata.Kind.+0
	rel 164+4 t=R_METHODOFF type:func() string+0
	rel 168+4 t=R_METHODOFF main.(*Base).Kind+0
	rel 172+4 t=R_METHODOFF main.Base.Kind+0
type:.eqfunc.M8SM8 SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR type:.eq.M8SM8+0
type:.namedata.*main.Mid. SRODATA dupok size=11 align=0x1
	0x0000 01 09 2a 6d 61 69 6e 2e 4d 69 64                 ..*main.Mid
type:.namedata.*func(*main.Mid) string- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 4d 69  ..*func(*main.Mi
	0x0010 64 29 20 73 74 72 69 6e 67                       d) string
type:*func(*main.Mid) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c5 64 fd 14 28 08 08 16 00 00 00 00 00 00 00 00  .d..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Mid) string-+0
	rel 48+8 t=R_ADDR type:func(*main.Mid) string+0
type:func(*main.Mid) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f0 4d eb 34 22 08 08 13 00 00 00 00 00 00 00 00  .M.4"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Mid) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Mid) string+0
	rel 56+8 t=R_ADDR type:*main.Mid+0
	rel 64+8 t=R_ADDR type:string+0
type:.namedata.*func(*main.Mid, string)- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 4d 69  ..*func(*main.Mi
	0x0010 64 2c 20 73 74 72 69 6e 67 29                    d, string)
type:*func(*main.Mid, string) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 90 17 fc 57 28 08 08 16 00 00 00 00 00 00 00 00  ...W(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Mid, string)-+0
	rel 48+8 t=R_ADDR type:func(*main.Mid, string)+0
type:func(*main.Mid, string) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 af e9 15 f4 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Mid, string)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Mid, string)+0
	rel 56+8 t=R_ADDR type:*main.Mid+0
	rel 64+8 t=R_ADDR type:string+0
type:*main.Mid SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 77 62 94 82 29 08 08 16 00 00 00 00 00 00 00 00  wb..)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Mid.+0
	rel 48+8 t=R_ADDR type:main.Mid+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Describe.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*Mid).Describe+0
	rel 84+4 t=R_METHODOFF main.(*Mid).Describe+0
	rel 88+4 t=R_ADDROFF type:.namedata.Kind.+0
	rel 92+4 t=R_METHODOFF type:func() string+0
	rel 96+4 t=R_METHODOFF main.(*Mid).Kind+0
	rel 100+4 t=R_METHODOFF main.(*Mid).Kind+0
	rel 104+4 t=R_ADDROFF type:.namedata.Rename.+0
	rel 108+4 t=R_METHODOFF type:func(string)+0
	rel 112+4 t=R_METHODOFF main.(*Mid).Rename+0
	rel 116+4 t=R_METHODOFF main.(*Mid).Rename+0
type:.namedata.Base..embedded SRODATA dupok size=6 align=0x1
	0x0000 09 04 42 61 73 65                                ..Base
type:.namedata.Level. SRODATA dupok size=7 align=0x1
	0x0000 01 05 4c 65 76 65 6c                             ..Level
type:.namedata.*func(main.Mid) string- SRODATA dupok size=24 align=0x1
	0x0000 00 16 2a 66 75 6e 63 28 6d 61 69 6e 2e 4d 69 64  ..*func(main.Mid
	0x0010 29 20 73 74 72 69 6e 67                          ) string
type:*func(main.Mid) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 b2 e5 21 b9 28 08 08 16 00 00 00 00 00 00 00 00  ..!.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Mid) string-+0
	rel 48+8 t=R_ADDR type:func(main.Mid) string+0
type:func(main.Mid) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4a 25 b8 8f 22 08 08 13 00 00 00 00 00 00 00 00  J%.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Mid) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Mid) string+0
	rel 56+8 t=R_ADDR type:main.Mid+0
	rel 64+8 t=R_ADDR type:string+0
type:main.Mid SRODATA size=176 align=0x8
	0x0000 20 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00   ...............
	0x0010 11 e8 c0 ad 07 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 02 00 02 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.M8SM8+0
	rel 32+8 t=R_ADDR runtime.gcbits.0200000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Mid.+0
	rel 44+4 t=R_ADDROFF type:*main.Mid+0
	rel 56+8 t=R_ADDR type:main.Mid+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.Base..embedded+0
	rel 104+8 t=R_ADDR type:main.Base+0
	rel 120+8 t=R_ADDR type:.namedata.Level.+0
	rel 128+8 t=R_ADDR type:int+0
	rel 144+4 t=R_ADDROFF type:.namedata.Describe.+0
	rel 148+4 t=R_METHODOFF type:func() string+0
	rel 152+4 t=R_METHODOFF main.(*Mid).Describe+0
	rel 156+4 t=R_METHODOFF main.Mid.Describe+0
	rel 160+4 t=R_ADDROFF type:.namedata.Kind.+0
	rel 164+4 t=R_METHODOFF type:func() string+0
	rel 168+4 t=R_METHODOFF main.(*Mid).Kind+0
	rel 172+4 t=R_METHODOFF main.Mid.Kind+0
type:.namedata.*main.Top. SRODATA dupok size=11 align=0x1
	0x0000 01 09 2a 6d 61 69 6e 2e 54 6f 70                 ..*main.Top
type:.namedata.*func(*main.Top) string- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 54 6f  ..*func(*main.To
	0x0010 70 29 20 73 74 72 69 6e 67                       p) string
type:*func(*main.Top) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 f9 72 1e 34 28 08 08 16 00 00 00 00 00 00 00 00  .r.4(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Top) string-+0
	rel 48+8 t=R_ADDR type:func(*main.Top) string+0
type:func(*main.Top) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 83 59 4f c1 22 08 08 13 00 00 00 00 00 00 00 00  .YO."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Top) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Top) string+0
	rel 56+8 t=R_ADDR type:*main.Top+0
	rel 64+8 t=R_ADDR type:string+0
type:.namedata.*func(*main.Top, string)- SRODATA dupok size=26 align=0x1
	0x0000 00 18 2a 66 75 6e 63 28 2a 6d 61 69 6e 2e 54 6f  ..*func(*main.To
	0x0010 70 2c 20 73 74 72 69 6e 67 29                    p, string)
type:*func(*main.Top, string) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 4a 6e be 94 28 08 08 16 00 00 00 00 00 00 00 00  Jn..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Top, string)-+0
	rel 48+8 t=R_ADDR type:func(*main.Top, string)+0
type:func(*main.Top, string) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e7 d6 a9 8d 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(*main.Top, string)-+0
	rel 44+4 t=RelocType(-32763) type:*func(*main.Top, string)+0
	rel 56+8 t=R_ADDR type:*main.Top+0
	rel 64+8 t=R_ADDR type:string+0
type:*main.Top SRODATA size=120 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 17 89 eb 6a 29 08 08 16 00 00 00 00 00 00 00 00  ...j)...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 03 00 03 00  ................
	0x0040 10 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Top.+0
	rel 48+8 t=R_ADDR type:main.Top+0
	rel 56+4 t=R_ADDROFF type:.importpath.main.+0
	rel 72+4 t=R_ADDROFF type:.namedata.Describe.+0
	rel 76+4 t=R_METHODOFF type:func() string+0
	rel 80+4 t=R_METHODOFF main.(*Top).Describe+0
	rel 84+4 t=R_METHODOFF main.(*Top).Describe+0
	rel 88+4 t=R_ADDROFF type:.namedata.Kind.+0
	rel 92+4 t=R_METHODOFF type:func() string+0
	rel 96+4 t=R_METHODOFF main.(*Top).Kind+0
	rel 100+4 t=R_METHODOFF main.(*Top).Kind+0
	rel 104+4 t=R_ADDROFF type:.namedata.Rename.+0
	rel 108+4 t=R_METHODOFF type:func(string)+0
	rel 112+4 t=R_METHODOFF main.(*Top).Rename+0
	rel 116+4 t=R_METHODOFF main.(*Top).Rename+0
runtime.gcbits.0300000000000000 SRODATA dupok size=8 align=0x8
	0x0000 03 00 00 00 00 00 00 00                          ........
type:.namedata.Mid..embedded SRODATA dupok size=5 align=0x1
	0x0000 09 03 4d 69 64                                   ..Mid
type:.namedata.*func(main.Top) string- SRODATA dupok size=24 align=0x1
	0x0000 00 16 2a 66 75 6e 63 28 6d 61 69 6e 2e 54 6f 70  ..*func(main.Top
	0x0010 29 20 73 74 72 69 6e 67                          ) string
type:*func(main.Top) string SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 92 41 c8 3f 28 08 08 16 00 00 00 00 00 00 00 00  .A.?(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Top) string-+0
	rel 48+8 t=R_ADDR type:func(main.Top) string+0
type:func(main.Top) string SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a3 82 90 de 22 08 08 13 00 00 00 00 00 00 00 00  ...."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 01 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Top) string-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Top) string+0
	rel 56+8 t=R_ADDR type:main.Top+0
	rel 64+8 t=R_ADDR type:string+0
type:.namedata.*func(main.Top, string)- SRODATA dupok size=25 align=0x1
	0x0000 00 17 2a 66 75 6e 63 28 6d 61 69 6e 2e 54 6f 70  ..*func(main.Top
	0x0010 2c 20 73 74 72 69 6e 67 29                       , string)
type:*func(main.Top, string) SRODATA dupok size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 78 d9 b0 22 28 08 08 16 00 00 00 00 00 00 00 00  x.."(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Top, string)-+0
	rel 48+8 t=R_ADDR type:func(main.Top, string)+0
type:func(main.Top, string) SRODATA dupok size=72 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 e1 2a ff a4 22 08 08 13 00 00 00 00 00 00 00 00  .*.."...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*func(main.Top, string)-+0
	rel 44+4 t=RelocType(-32763) type:*func(main.Top, string)+0
	rel 56+8 t=R_ADDR type:main.Top+0
	rel 64+8 t=R_ADDR type:string+0
type:main.Top SRODATA size=192 align=0x8
	0x0000 18 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	0x0010 cd e9 99 55 07 08 08 19 00 00 00 00 00 00 00 00  ...U............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 03 00 03 00 40 00 00 00 00 00 00 00  ........@.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00b0 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 24+8 t=R_ADDR type:.eqfunc.M8S+0
	rel 32+8 t=R_ADDR runtime.gcbits.0300000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.Top.+0
	rel 44+4 t=R_ADDROFF type:*main.Top+0
	rel 56+8 t=R_ADDR type:main.Top+96
	rel 80+4 t=R_ADDROFF type:.importpath.main.+0
	rel 96+8 t=R_ADDR type:.namedata.Mid..embedded+0
	rel 104+8 t=R_ADDR type:*main.Mid+0
	rel 120+8 t=R_ADDR type:.namedata.Name.+0
	rel 128+8 t=R_ADDR type:string+0
	rel 144+4 t=R_ADDROFF type:.namedata.Describe.+0
	rel 148+4 t=R_METHODOFF type:func() string+0
	rel 152+4 t=R_METHODOFF main.(*Top).Describe+0
	rel 156+4 t=R_METHODOFF main.Top.Describe+0
	rel 160+4 t=R_ADDROFF type:.namedata.Kind.+0
	rel 164+4 t=R_METHODOFF type:func() string+0
	rel 168+4 t=R_METHODOFF main.(*Top).Kind+0
	rel 172+4 t=R_METHODOFF main.Top.Kind+0
	rel 176+4 t=R_ADDROFF type:.namedata.Rename.+0
	rel 180+4 t=R_METHODOFF type:func(string)+0
	rel 184+4 t=R_METHODOFF main.(*Top).Rename+0
	rel 188+4 t=R_METHODOFF main.Top.Rename+0
go:string."base:" SRODATA dupok size=5 align=0x1
	0x0000 62 61 73 65 3a                                   base:
go:string."base" SRODATA dupok size=4 align=0x1
	0x0000 62 61 73 65                                      base
go:string."mid" SRODATA dupok size=3 align=0x1
	0x0000 6d 69 64                                         mid
go:string."m" SRODATA dupok size=1 align=0x1
	0x0000 6d                                               m
go:string."renamed" SRODATA dupok size=7 align=0x1
	0x0000 72 65 6e 61 6d 65 64                             renamed
go:string."top" SRODATA dupok size=3 align=0x1
	0x0000 74 6f 70                                         top
go:string."viaTop" SRODATA dupok size=6 align=0x1
	0x0000 76 69 61 54 6f 70                                viaTop
go:string."later" SRODATA dupok size=5 align=0x1
	0x0000 6c 61 74 65 72                                   later
runtime.gcbits.0400000000000000 SRODATA dupok size=8 align=0x8
	0x0000 04 00 00 00 00 00 00 00                          ........
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 02 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
	0x0000 02 00 00 00 00 00 00 00                          ........
main.Base.Describe.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 00 08 fe 08 08 10 08 fd fd ff                 ...........
main.Base.Describe.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 02 00 00 00 03 00                    ..........
main.(*Base).Rename.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 00 08 fe 08 08 10 08 fd ff                       .........
main.(*Base).Rename.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·EVwPOTmEGNnKe4zqm0ZbFQ== SRODATA dupok size=9 align=0x4
	0x0000 01 00 00 00 02 00 00 00 00                       .........
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
main.Base.Kind.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 00 08 fe 08 08 10 08 fd fd ff                 ...........
main.Base.Kind.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Mid.Kind.arginfo1 SRODATA static dupok size=15 align=0x1
	0x0000 fe fe 00 08 fe 08 08 10 08 fd fd 18 08 fd ff     ...............
main.Mid.Kind.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·NL1fmQxTaE165lC0D8tWVg== SRODATA dupok size=8 align=0x4
	0x0000 09 00 00 00 00 00 00 00                          ........
gclocals·mdXyS9/90v8GQrWNW99d7Q== SRODATA dupok size=26 align=0x4
	0x0000 09 00 00 00 0c 00 00 00 00 00 08 00 c8 00 88 00  ................
	0x0010 8a 00 0a 00 80 00 81 00 01 00                    ..........
main.main.stkobj SRODATA static size=40 align=0x8
	0x0000 02 00 00 00 00 00 00 00 b0 ff ff ff 20 00 00 00  ............ ...
	0x0010 10 00 00 00 00 00 00 00 e0 ff ff ff 20 00 00 00  ............ ...
	0x0020 18 00 00 00 00 00 00 00                          ........
	rel 20+4 t=R_ADDROFF runtime.gcbits.0200000000000000+0
	rel 36+4 t=R_ADDROFF runtime.gcbits.0400000000000000+0
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
main.(*Base).Describe.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Base).Describe.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Base).Kind.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Base).Kind.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Mid.Describe.arginfo1 SRODATA static dupok size=15 align=0x1
	0x0000 fe fe 00 08 fe 08 08 10 08 fd fd 18 08 fd ff     ...............
main.Mid.Describe.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Mid).Describe.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Mid).Describe.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Mid).Kind.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Mid).Kind.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Mid).Rename.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 00 08 fe 08 08 10 08 fd ff                       .........
main.(*Mid).Rename.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Top.Describe.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 00 08 fe 08 08 10 08 fd fd ff                 ...........
main.Top.Describe.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Top).Describe.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Top).Describe.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.Top.Kind.arginfo1 SRODATA static dupok size=11 align=0x1
	0x0000 fe 00 08 fe 08 08 10 08 fd fd ff                 ...........
main.Top.Kind.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Top).Kind.arginfo1 SRODATA static dupok size=3 align=0x1
	0x0000 00 08 ff                                         ...
main.(*Top).Kind.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
gclocals·hXoeDuCHeDntcFi6HJGUgg== SRODATA dupok size=10 align=0x4
	0x0000 02 00 00 00 04 00 00 00 0b 00                    ..........
main.Top.Rename.arginfo1 SRODATA static dupok size=17 align=0x1
	0x0000 fe 00 08 fe 08 08 10 08 fd fd fe 18 08 20 08 fd  ............. ..
	0x0010 ff                                               .
main.Top.Rename.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
main.(*Top).Rename.arginfo1 SRODATA static dupok size=9 align=0x1
	0x0000 00 08 fe 08 08 10 08 fd ff                       .........
main.(*Top).Rename.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.eq.M8S.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.M8S.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
type:.eq.M8SM8.arginfo1 SRODATA static dupok size=5 align=0x1
	0x0000 00 08 08 08 ff                                   .....
type:.eq.M8SM8.argliveinfo SRODATA static dupok size=2 align=0x1
	0x0000 00 00                                            ..
