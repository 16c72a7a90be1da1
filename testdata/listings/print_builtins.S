funcpctab main.main [valfunc=pctoinline]
     0     -1 00000 (print_builtins.go:7)	TEXT	main.main(SB), ABIInternal, $24-0
     0        00000 (print_builtins.go:7)	TEXT	main.main(SB), ABIInternal, $24-0
     0     -1 00000 (print_builtins.go:7)	CMPQ	SP, 16(R14)
     4        00004 (print_builtins.go:7)	PCDATA	$0, $-2
     4        00004 (print_builtins.go:7)	JLS	912
     a        00010 (print_builtins.go:7)	PCDATA	$0, $-1
     a        00010 (print_builtins.go:7)	PUSHQ	BP
     b        00011 (print_builtins.go:7)	MOVQ	SP, BP
     e        00014 (print_builtins.go:7)	SUBQ	$16, SP
    12        00018 (print_builtins.go:7)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (print_builtins.go:7)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
    12        00018 (print_builtins.go:8)	PCDATA	$1, $0
    12        00018 (print_builtins.go:8)	CALL	runtime.printlock(SB)
    17        00023 (print_builtins.go:8)	CALL	runtime.printnl(SB)
    1c        00028 (print_builtins.go:8)	NOP
    20        00032 (print_builtins.go:8)	CALL	runtime.printunlock(SB)
    25        00037 (print_builtins.go:9)	CALL	runtime.printlock(SB)
    2a        00042 (print_builtins.go:9)	MOVL	$1, AX
    2f        00047 (print_builtins.go:9)	CALL	runtime.printbool(SB)
    34        00052 (print_builtins.go:9)	CALL	runtime.printsp(SB)
    39        00057 (print_builtins.go:9)	XORL	AX, AX
    3b        00059 (print_builtins.go:9)	NOP
    40        00064 (print_builtins.go:9)	CALL	runtime.printbool(SB)
    45        00069 (print_builtins.go:9)	CALL	runtime.printnl(SB)
    4a        00074 (print_builtins.go:9)	CALL	runtime.printunlock(SB)
    4f        00079 (print_builtins.go:10)	CALL	runtime.printlock(SB)
    54        00084 (print_builtins.go:10)	XORL	AX, AX
    56        00086 (print_builtins.go:10)	CALL	runtime.printint(SB)
    5b        00091 (print_builtins.go:10)	NOP
    60        00096 (print_builtins.go:10)	CALL	runtime.printsp(SB)
    65        00101 (print_builtins.go:10)	MOVQ	$-1, AX
    6c        00108 (print_builtins.go:10)	CALL	runtime.printint(SB)
    71        00113 (print_builtins.go:10)	CALL	runtime.printsp(SB)
    76        00118 (print_builtins.go:10)	MOVQ	$9223372036854775807, AX
    80        00128 (print_builtins.go:10)	CALL	runtime.printint(SB)
    85        00133 (print_builtins.go:10)	CALL	runtime.printsp(SB)
    8a        00138 (print_builtins.go:10)	MOVQ	$-9223372036854775808, AX
    94        00148 (print_builtins.go:10)	CALL	runtime.printint(SB)
    99        00153 (print_builtins.go:10)	CALL	runtime.printnl(SB)
    9e        00158 (print_builtins.go:10)	NOP
    a0        00160 (print_builtins.go:10)	CALL	runtime.printunlock(SB)
    a5        00165 (print_builtins.go:11)	CALL	runtime.printlock(SB)
    aa        00170 (print_builtins.go:11)	MOVL	$255, AX
    af        00175 (print_builtins.go:11)	CALL	runtime.printuint(SB)
    b4        00180 (print_builtins.go:11)	CALL	runtime.printsp(SB)
    b9        00185 (print_builtins.go:11)	MOVL	$65535, AX
    be        00190 (print_builtins.go:11)	NOP
    c0        00192 (print_builtins.go:11)	CALL	runtime.printuint(SB)
    c5        00197 (print_builtins.go:11)	CALL	runtime.printsp(SB)
    ca        00202 (print_builtins.go:11)	MOVL	$4294967295, AX
    cf        00207 (print_builtins.go:11)	CALL	runtime.printuint(SB)
    d4        00212 (print_builtins.go:11)	CALL	runtime.printsp(SB)
    d9        00217 (print_builtins.go:11)	MOVQ	$-1, AX
    e0        00224 (print_builtins.go:11)	CALL	runtime.printuint(SB)
    e5        00229 (print_builtins.go:11)	CALL	runtime.printnl(SB)
    ea        00234 (print_builtins.go:11)	CALL	runtime.printunlock(SB)
    ef        00239 (print_builtins.go:12)	CALL	runtime.printlock(SB)
    f4        00244 (print_builtins.go:12)	MOVQ	$-128, AX
    fb        00251 (print_builtins.go:12)	NOP
   100        00256 (print_builtins.go:12)	CALL	runtime.printint(SB)
   105        00261 (print_builtins.go:12)	CALL	runtime.printsp(SB)
   10a        00266 (print_builtins.go:12)	MOVQ	$-32768, AX
   111        00273 (print_builtins.go:12)	CALL	runtime.printint(SB)
   116        00278 (print_builtins.go:12)	CALL	runtime.printsp(SB)
   11b        00283 (print_builtins.go:12)	MOVQ	$-2147483648, AX
   122        00290 (print_builtins.go:12)	CALL	runtime.printint(SB)
   127        00295 (print_builtins.go:12)	CALL	runtime.printnl(SB)
   12c        00300 (print_builtins.go:12)	CALL	runtime.printunlock(SB)
   131        00305 (print_builtins.go:13)	CALL	runtime.printlock(SB)
   136        00310 (print_builtins.go:13)	XORPS	X0, X0
   139        00313 (print_builtins.go:13)	CALL	runtime.printfloat64(SB)
   13e        00318 (print_builtins.go:13)	NOP
   140        00320 (print_builtins.go:13)	CALL	runtime.printsp(SB)
   145        00325 (print_builtins.go:13)	MOVSD	$f64.3ff0000000000000(SB), X0
   14d        00333 (print_builtins.go:13)	CALL	runtime.printfloat64(SB)
   152        00338 (print_builtins.go:13)	CALL	runtime.printsp(SB)
   157        00343 (print_builtins.go:13)	MOVSD	$f64.bff0000000000000(SB), X0
   15f        00351 (print_builtins.go:13)	NOP
   160        00352 (print_builtins.go:13)	CALL	runtime.printfloat64(SB)
   165        00357 (print_builtins.go:13)	CALL	runtime.printsp(SB)
   16a        00362 (print_builtins.go:13)	MOVSD	$f64.4059000000000000(SB), X0
   172        00370 (print_builtins.go:13)	CALL	runtime.printfloat64(SB)
   177        00375 (print_builtins.go:13)	CALL	runtime.printsp(SB)
   17c        00380 (print_builtins.go:13)	MOVSD	$f64.3f50624dd2f1a9fc(SB), X0
   184        00388 (print_builtins.go:13)	CALL	runtime.printfloat64(SB)
   189        00393 (print_builtins.go:13)	CALL	runtime.printsp(SB)
   18e        00398 (print_builtins.go:13)	MOVSD	$f64.444b1ae4d6e2ef50(SB), X0
   196        00406 (print_builtins.go:13)	CALL	runtime.printfloat64(SB)
   19b        00411 (print_builtins.go:13)	NOP
   1a0        00416 (print_builtins.go:13)	CALL	runtime.printsp(SB)
   1a5        00421 (print_builtins.go:13)	MOVSD	$f64.405edd2f1a9fbe77(SB), X0
   1ad        00429 (print_builtins.go:13)	CALL	runtime.printfloat64(SB)
   1b2        00434 (print_builtins.go:13)	CALL	runtime.printnl(SB)
   1b7        00439 (print_builtins.go:13)	CALL	runtime.printunlock(SB)
   1bc        00444 (print_builtins.go:13)	NOP
   1c0        00448 (print_builtins.go:14)	CALL	runtime.printlock(SB)
   1c5        00453 (print_builtins.go:14)	MOVSS	$f32.3f000000(SB), X0
   1cd        00461 (print_builtins.go:14)	CALL	runtime.printfloat32(SB)
   1d2        00466 (print_builtins.go:14)	CALL	runtime.printsp(SB)
   1d7        00471 (print_builtins.go:14)	MOVSS	$f32.40490fd0(SB), X0
   1df        00479 (print_builtins.go:14)	NOP
   1e0        00480 (print_builtins.go:14)	CALL	runtime.printfloat32(SB)
   1e5        00485 (print_builtins.go:14)	CALL	runtime.printnl(SB)
   1ea        00490 (print_builtins.go:14)	CALL	runtime.printunlock(SB)
   1ef        00495 (print_builtins.go:15)	CALL	runtime.printlock(SB)
   1f4        00500 (print_builtins.go:15)	MOVSD	$f64.3ff0000000000000(SB), X0
   1fc        00508 (print_builtins.go:15)	MOVSD	$f64.bff0000000000000(SB), X1
   204        00516 (print_builtins.go:15)	CALL	runtime.printcomplex128(SB)
   209        00521 (print_builtins.go:15)	CALL	runtime.printsp(SB)
   20e        00526 (print_builtins.go:15)	XORPS	X0, X0
   211        00529 (print_builtins.go:15)	MOVSS	$f32.40000000(SB), X1
   219        00537 (print_builtins.go:15)	CALL	runtime.printcomplex64(SB)
   21e        00542 (print_builtins.go:15)	NOP
   220        00544 (print_builtins.go:15)	CALL	runtime.printnl(SB)
   225        00549 (print_builtins.go:15)	CALL	runtime.printunlock(SB)
   22a        00554 (print_builtins.go:16)	CALL	runtime.printlock(SB)
   22f        00559 (print_builtins.go:16)	LEAQ	go:string." a with space tab\there quote\"\n"(SB), AX
   236        00566 (print_builtins.go:16)	MOVL	$30, BX
   23b        00571 (print_builtins.go:16)	NOP
   240        00576 (print_builtins.go:16)	CALL	runtime.printstring(SB)
   245        00581 (print_builtins.go:16)	CALL	runtime.printunlock(SB)
   24a        00586 (print_builtins.go:17)	CALL	runtime.printlock(SB)
   24f        00591 (print_builtins.go:17)	MOVL	$7, AX
   254        00596 (print_builtins.go:17)	CALL	runtime.printint(SB)
   259        00601 (print_builtins.go:17)	LEAQ	go:string." named\n"(SB), AX
   260        00608 (print_builtins.go:17)	MOVL	$7, BX
   265        00613 (print_builtins.go:17)	CALL	runtime.printstring(SB)
   26a        00618 (print_builtins.go:17)	CALL	runtime.printunlock(SB)
   26f        00623 (print_builtins.go:18)	CALL	runtime.printlock(SB)
   274        00628 (print_builtins.go:18)	MOVL	$97, AX
   279        00633 (print_builtins.go:18)	CALL	runtime.printint(SB)
   27e        00638 (print_builtins.go:18)	NOP
   280        00640 (print_builtins.go:18)	CALL	runtime.printsp(SB)
   285        00645 (print_builtins.go:18)	MOVL	$98, AX
   28a        00650 (print_builtins.go:18)	CALL	runtime.printuint(SB)
   28f        00655 (print_builtins.go:18)	CALL	runtime.printsp(SB)
   294        00660 (print_builtins.go:18)	MOVL	$99, AX
   299        00665 (print_builtins.go:18)	CALL	runtime.printint(SB)
   29e        00670 (print_builtins.go:18)	NOP
   2a0        00672 (print_builtins.go:18)	CALL	runtime.printnl(SB)
   2a5        00677 (print_builtins.go:18)	CALL	runtime.printunlock(SB)
   2aa        00682 (print_builtins.go:21)	CALL	runtime.printlock(SB)
   2af        00687 (print_builtins.go:21)	MOVL	$1, AX
   2b4        00692 (print_builtins.go:21)	CALL	runtime.printbool(SB)
   2b9        00697 (print_builtins.go:21)	CALL	runtime.printsp(SB)
   2be        00702 (print_builtins.go:21)	MOVL	$1, AX
   2c3        00707 (print_builtins.go:21)	CALL	runtime.printbool(SB)
   2c8        00712 (print_builtins.go:21)	CALL	runtime.printnl(SB)
   2cd        00717 (print_builtins.go:21)	CALL	runtime.printunlock(SB)
   2d2        00722 (print_builtins.go:22)	CALL	runtime.printlock(SB)
   2d7        00727 (print_builtins.go:22)	LEAQ	go:string."nospaces"(SB), AX
   2de        00734 (print_builtins.go:22)	MOVL	$8, BX
   2e3        00739 (print_builtins.go:22)	CALL	runtime.printstring(SB)
   2e8        00744 (print_builtins.go:22)	MOVL	$1, AX
   2ed        00749 (print_builtins.go:22)	CALL	runtime.printint(SB)
   2f2        00754 (print_builtins.go:22)	MOVL	$2, AX
   2f7        00759 (print_builtins.go:22)	CALL	runtime.printint(SB)
   2fc        00764 (print_builtins.go:22)	MOVL	$1, AX
   301        00769 (print_builtins.go:22)	CALL	runtime.printbool(SB)
   306        00774 (print_builtins.go:22)	CALL	runtime.printnl(SB)
   30b        00779 (print_builtins.go:22)	CALL	runtime.printunlock(SB)
   310        00784 (print_builtins.go:23)	CALL	runtime.printlock(SB)
   315        00789 (print_builtins.go:23)	MOVSD	$f64.3ff8000000000000(SB), X0
   31d        00797 (print_builtins.go:23)	NOP
   320        00800 (print_builtins.go:23)	CALL	runtime.printfloat64(SB)
   325        00805 (print_builtins.go:23)	CALL	runtime.printnl(SB)
   32a        00810 (print_builtins.go:23)	CALL	runtime.printunlock(SB)
   32f        00815 (print_builtins.go:24)	CALL	runtime.printlock(SB)
   334        00820 (print_builtins.go:24)	LEAQ	go:string."a"(SB), AX
   33b        00827 (print_builtins.go:24)	MOVL	$1, BX
   340        00832 (print_builtins.go:24)	CALL	runtime.printstring(SB)
   345        00837 (print_builtins.go:24)	MOVL	$1, AX
   34a        00842 (print_builtins.go:24)	CALL	runtime.printint(SB)
   34f        00847 (print_builtins.go:24)	LEAQ	go:string."b\n"(SB), AX
   356        00854 (print_builtins.go:24)	MOVL	$2, BX
   35b        00859 (print_builtins.go:24)	NOP
   360        00864 (print_builtins.go:24)	CALL	runtime.printstring(SB)
   365        00869 (print_builtins.go:24)	CALL	runtime.printunlock(SB)
   36a        00874 (print_builtins.go:25)	CALL	runtime.printlock(SB)
   36f        00879 (print_builtins.go:25)	LEAQ	go:string."end\n"(SB), AX
   376        00886 (print_builtins.go:25)	MOVL	$4, BX
   37b        00891 (print_builtins.go:25)	NOP
   380        00896 (print_builtins.go:25)	CALL	runtime.printstring(SB)
   385        00901 (print_builtins.go:25)	CALL	runtime.printunlock(SB)
   38a        00906 (print_builtins.go:26)	ADDQ	$16, SP
   38e        00910 (print_builtins.go:26)	POPQ	BP
   38f        00911 (print_builtins.go:26)	RET
   390        00912 (print_builtins.go:26)	NOP
   390        00912 (print_builtins.go:7)	PCDATA	$1, $-1
   390        00912 (print_builtins.go:7)	PCDATA	$0, $-2
   390        00912 (print_builtins.go:7)	CALL	runtime.morestack_noctxt(SB)
   395        00917 (print_builtins.go:7)	PCDATA	$0, $-1
   395        00917 (print_builtins.go:7)	JMP	0
   39a done
wrote 4 bytes to 0x0
 00 9a 07 00
main.main STEXT size=922 align=0x0 args=0x0 locals=0x18 funcid=0x0
	0x0000 00000 (print_builtins.go:7)	TEXT	main.main(SB), ABIInternal, $24-0
	0x0000 00000 (print_builtins.go:7)	CMPQ	SP, 16(R14)
	0x0004 00004 (print_builtins.go:7)	PCDATA	$0, $-2
	0x0004 00004 (print_builtins.go:7)	JLS	912
	0x000a 00010 (print_builtins.go:7)	PCDATA	$0, $-1
	0x000a 00010 (print_builtins.go:7)	PUSHQ	BP
	0x000b 00011 (print_builtins.go:7)	MOVQ	SP, BP
	0x000e 00014 (print_builtins.go:7)	SUBQ	$16, SP
	0x0012 00018 (print_builtins.go:7)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (print_builtins.go:7)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0012 00018 (print_builtins.go:8)	PCDATA	$1, $0
	0x0012 00018 (print_builtins.go:8)	CALL	runtime.printlock(SB)
	0x0017 00023 (print_builtins.go:8)	CALL	runtime.printnl(SB)
	0x001c 00028 (print_builtins.go:8)	NOP
	0x0020 00032 (print_builtins.go:8)	CALL	runtime.printunlock(SB)
	0x0025 00037 (print_builtins.go:9)	CALL	runtime.printlock(SB)
	0x002a 00042 (print_builtins.go:9)	MOVL	$1, AX
	0x002f 00047 (print_builtins.go:9)	CALL	runtime.printbool(SB)
	0x0034 00052 (print_builtins.go:9)	CALL	runtime.printsp(SB)
	0x0039 00057 (print_builtins.go:9)	XORL	AX, AX
	0x003b 00059 (print_builtins.go:9)	NOP
	0x0040 00064 (print_builtins.go:9)	CALL	runtime.printbool(SB)
	0x0045 00069 (print_builtins.go:9)	CALL	runtime.printnl(SB)
	0x004a 00074 (print_builtins.go:9)	CALL	runtime.printunlock(SB)
	0x004f 00079 (print_builtins.go:10)	CALL	runtime.printlock(SB)
	0x0054 00084 (print_builtins.go:10)	XORL	AX, AX
	0x0056 00086 (print_builtins.go:10)	CALL	runtime.printint(SB)
	0x005b 00091 (print_builtins.go:10)	NOP
	0x0060 00096 (print_builtins.go:10)	CALL	runtime.printsp(SB)
	0x0065 00101 (print_builtins.go:10)	MOVQ	$-1, AX
	0x006c 00108 (print_builtins.go:10)	CALL	runtime.printint(SB)
	0x0071 00113 (print_builtins.go:10)	CALL	runtime.printsp(SB)
	0x0076 00118 (print_builtins.go:10)	MOVQ	$9223372036854775807, AX
	0x0080 00128 (print_builtins.go:10)	CALL	runtime.printint(SB)
	0x0085 00133 (print_builtins.go:10)	CALL	runtime.printsp(SB)
	0x008a 00138 (print_builtins.go:10)	MOVQ	$-9223372036854775808, AX
	0x0094 00148 (print_builtins.go:10)	CALL	runtime.printint(SB)
	0x0099 00153 (print_builtins.go:10)	CALL	runtime.printnl(SB)
	0x009e 00158 (print_builtins.go:10)	NOP
	0x00a0 00160 (print_builtins.go:10)	CALL	runtime.printunlock(SB)
	0x00a5 00165 (print_builtins.go:11)	CALL	runtime.printlock(SB)
	0x00aa 00170 (print_builtins.go:11)	MOVL	$255, AX
	0x00af 00175 (print_builtins.go:11)	CALL	runtime.printuint(SB)
	0x00b4 00180 (print_builtins.go:11)	CALL	runtime.printsp(SB)
	0x00b9 00185 (print_builtins.go:11)	MOVL	$65535, AX
	0x00be 00190 (print_builtins.go:11)	NOP
	0x00c0 00192 (print_builtins.go:11)	CALL	runtime.printuint(SB)
	0x00c5 00197 (print_builtins.go:11)	CALL	runtime.printsp(SB)
	0x00ca 00202 (print_builtins.go:11)	MOVL	$4294967295, AX
	0x00cf 00207 (print_builtins.go:11)	CALL	runtime.printuint(SB)
	0x00d4 00212 (print_builtins.go:11)	CALL	runtime.printsp(SB)
	0x00d9 00217 (print_builtins.go:11)	MOVQ	$-1, AX
	0x00e0 00224 (print_builtins.go:11)	CALL	runtime.printuint(SB)
	0x00e5 00229 (print_builtins.go:11)	CALL	runtime.printnl(SB)
	0x00ea 00234 (print_builtins.go:11)	CALL	runtime.printunlock(SB)
	0x00ef 00239 (print_builtins.go:12)	CALL	runtime.printlock(SB)
	0x00f4 00244 (print_builtins.go:12)	MOVQ	$-128, AX
	0x00fb 00251 (print_builtins.go:12)	NOP
	0x0100 00256 (print_builtins.go:12)	CALL	runtime.printint(SB)
	0x0105 00261 (print_builtins.go:12)	CALL	runtime.printsp(SB)
	0x010a 00266 (print_builtins.go:12)	MOVQ	$-32768, AX
	0x0111 00273 (print_builtins.go:12)	CALL	runtime.printint(SB)
	0x0116 00278 (print_builtins.go:12)	CALL	runtime.printsp(SB)
	0x011b 00283 (print_builtins.go:12)	MOVQ	$-2147483648, AX
	0x0122 00290 (print_builtins.go:12)	CALL	runtime.printint(SB)
	0x0127 00295 (print_builtins.go:12)	CALL	runtime.printnl(SB)
	0x012c 00300 (print_builtins.go:12)	CALL	runtime.printunlock(SB)
	0x0131 00305 (print_builtins.go:13)	CALL	runtime.printlock(SB)
	0x0136 00310 (print_builtins.go:13)	XORPS	X0, X0
	0x0139 00313 (print_builtins.go:13)	CALL	runtime.printfloat64(SB)
	0x013e 00318 (print_builtins.go:13)	NOP
	0x0140 00320 (print_builtins.go:13)	CALL	runtime.printsp(SB)
	0x0145 00325 (print_builtins.go:13)	MOVSD	$f64.3ff0000000000000(SB), X0
	0x014d 00333 (print_builtins.go:13)	CALL	runtime.printfloat64(SB)
	0x0152 00338 (print_builtins.go:13)	CALL	runtime.printsp(SB)
	0x0157 00343 (print_builtins.go:13)	MOVSD	$f64.bff0000000000000(SB), X0
	0x015f 00351 (print_builtins.go:13)	NOP
	0x0160 00352 (print_builtins.go:13)	CALL	runtime.printfloat64(SB)
	0x0165 00357 (print_builtins.go:13)	CALL	runtime.printsp(SB)
	0x016a 00362 (print_builtins.go:13)	MOVSD	$f64.4059000000000000(SB), X0
	0x0172 00370 (print_builtins.go:13)	CALL	runtime.printfloat64(SB)
	0x0177 00375 (print_builtins.go:13)	CALL	runtime.printsp(SB)
	0x017c 00380 (print_builtins.go:13)	MOVSD	$f64.3f50624dd2f1a9fc(SB), X0
	0x0184 00388 (print_builtins.go:13)	CALL	runtime.printfloat64(SB)
	0x0189 00393 (print_builtins.go:13)	CALL	runtime.printsp(SB)
	0x018e 00398 (print_builtins.go:13)	MOVSD	$f64.444b1ae4d6e2ef50(SB), X0
	0x0196 00406 (print_builtins.go:13)	CALL	runtime.printfloat64(SB)
	0x019b 00411 (print_builtins.go:13)	NOP
	0x01a0 00416 (print_builtins.go:13)	CALL	runtime.printsp(SB)
	0x01a5 00421 (print_builtins.go:13)	MOVSD	$f64.405edd2f1a9fbe77(SB), X0
	0x01ad 00429 (print_builtins.go:13)	CALL	runtime.printfloat64(SB)
	0x01b2 00434 (print_builtins.go:13)	CALL	runtime.printnl(SB)
	0x01b7 00439 (print_builtins.go:13)	CALL	runtime.printunlock(SB)
	0x01bc 00444 (print_builtins.go:13)	NOP
	0x01c0 00448 (print_builtins.go:14)	CALL	runtime.printlock(SB)
	0x01c5 00453 (print_builtins.go:14)	MOVSS	$f32.3f000000(SB), X0
	0x01cd 00461 (print_builtins.go:14)	CALL	runtime.printfloat32(SB)
	0x01d2 00466 (print_builtins.go:14)	CALL	runtime.printsp(SB)
	0x01d7 00471 (print_builtins.go:14)	MOVSS	$f32.40490fd0(SB), X0
	0x01df 00479 (print_builtins.go:14)	NOP
	0x01e0 00480 (print_builtins.go:14)	CALL	runtime.printfloat32(SB)
	0x01e5 00485 (print_builtins.go:14)	CALL	runtime.printnl(SB)
	0x01ea 00490 (print_builtins.go:14)	CALL	runtime.printunlock(SB)
	0x01ef 00495 (print_builtins.go:15)	CALL	runtime.printlock(SB)
	0x01f4 00500 (print_builtins.go:15)	MOVSD	$f64.3ff0000000000000(SB), X0
	0x01fc 00508 (print_builtins.go:15)	MOVSD	$f64.bff0000000000000(SB), X1
	0x0204 00516 (print_builtins.go:15)	CALL	runtime.printcomplex128(SB)
	0x0209 00521 (print_builtins.go:15)	CALL	runtime.printsp(SB)
	0x020e 00526 (print_builtins.go:15)	XORPS	X0, X0
	0x0211 00529 (print_builtins.go:15)	MOVSS	$f32.40000000(SB), X1
	0x0219 00537 (print_builtins.go:15)	CALL	runtime.printcomplex64(SB)
	0x021e 00542 (print_builtins.go:15)	NOP
	0x0220 00544 (print_builtins.go:15)	CALL	runtime.printnl(SB)
	0x0225 00549 (print_builtins.go:15)	CALL	runtime.printunlock(SB)
	0x022a 00554 (print_builtins.go:16)	CALL	runtime.printlock(SB)
	0x022f 00559 (print_builtins.go:16)	LEAQ	go:string." a with space tab\there quote\"\n"(SB), AX
	0x0236 00566 (print_builtins.go:16)	MOVL	$30, BX
	0x023b 00571 (print_builtins.go:16)	NOP
	0x0240 00576 (print_builtins.go:16)	CALL	runtime.printstring(SB)
	0x0245 00581 (print_builtins.go:16)	CALL	runtime.printunlock(SB)
	0x024a 00586 (print_builtins.go:17)	CALL	runtime.printlock(SB)
	0x024f 00591 (print_builtins.go:17)	MOVL	$7, AX
	0x0254 00596 (print_builtins.go:17)	CALL	runtime.printint(SB)
	0x0259 00601 (print_builtins.go:17)	LEAQ	go:string." named\n"(SB), AX
	0x0260 00608 (print_builtins.go:17)	MOVL	$7, BX
	0x0265 00613 (print_builtins.go:17)	CALL	runtime.printstring(SB)
	0x026a 00618 (print_builtins.go:17)	CALL	runtime.printunlock(SB)
	0x026f 00623 (print_builtins.go:18)	CALL	runtime.printlock(SB)
	0x0274 00628 (print_builtins.go:18)	MOVL	$97, AX
	0x0279 00633 (print_builtins.go:18)	CALL	runtime.printint(SB)
	0x027e 00638 (print_builtins.go:18)	NOP
	0x0280 00640 (print_builtins.go:18)	CALL	runtime.printsp(SB)
	0x0285 00645 (print_builtins.go:18)	MOVL	$98, AX
	0x028a 00650 (print_builtins.go:18)	CALL	runtime.printuint(SB)
	0x028f 00655 (print_builtins.go:18)	CALL	runtime.printsp(SB)
	0x0294 00660 (print_builtins.go:18)	MOVL	$99, AX
	0x0299 00665 (print_builtins.go:18)	CALL	runtime.printint(SB)
	0x029e 00670 (print_builtins.go:18)	NOP
	0x02a0 00672 (print_builtins.go:18)	CALL	runtime.printnl(SB)
	0x02a5 00677 (print_builtins.go:18)	CALL	runtime.printunlock(SB)
	0x02aa 00682 (print_builtins.go:21)	CALL	runtime.printlock(SB)
	0x02af 00687 (print_builtins.go:21)	MOVL	$1, AX
	0x02b4 00692 (print_builtins.go:21)	CALL	runtime.printbool(SB)
	0x02b9 00697 (print_builtins.go:21)	CALL	runtime.printsp(SB)
	0x02be 00702 (print_builtins.go:21)	MOVL	$1, AX
	0x02c3 00707 (print_builtins.go:21)	CALL	runtime.printbool(SB)
	0x02c8 00712 (print_builtins.go:21)	CALL	runtime.printnl(SB)
	0x02cd 00717 (print_builtins.go:21)	CALL	runtime.printunlock(SB)
	0x02d2 00722 (print_builtins.go:22)	CALL	runtime.printlock(SB)
	0x02d7 00727 (print_builtins.go:22)	LEAQ	go:string."nospaces"(SB), AX
	0x02de 00734 (print_builtins.go:22)	MOVL	$8, BX
	0x02e3 00739 (print_builtins.go:22)	CALL	runtime.printstring(SB)
	0x02e8 00744 (print_builtins.go:22)	MOVL	$1, AX
	0x02ed 00749 (print_builtins.go:22)	CALL	runtime.printint(SB)
	0x02f2 00754 (print_builtins.go:22)	MOVL	$2, AX
	0x02f7 00759 (print_builtins.go:22)	CALL	runtime.printint(SB)
	0x02fc 00764 (print_builtins.go:22)	MOVL	$1, AX
	0x0301 00769 (print_builtins.go:22)	CALL	runtime.printbool(SB)
	0x0306 00774 (print_builtins.go:22)	CALL	runtime.printnl(SB)
	0x030b 00779 (print_builtins.go:22)	CALL	runtime.printunlock(SB)
	0x0310 00784 (print_builtins.go:23)	CALL	runtime.printlock(SB)
	0x0315 00789 (print_builtins.go:23)	MOVSD	$f64.3ff8000000000000(SB), X0
	0x031d 00797 (print_builtins.go:23)	NOP
	0x0320 00800 (print_builtins.go:23)	CALL	runtime.printfloat64(SB)
	0x0325 00805 (print_builtins.go:23)	CALL	runtime.printnl(SB)
	0x032a 00810 (print_builtins.go:23)	CALL	runtime.printunlock(SB)
	0x032f 00815 (print_builtins.go:24)	CALL	runtime.printlock(SB)
	0x0334 00820 (print_builtins.go:24)	LEAQ	go:string."a"(SB), AX
	0x033b 00827 (print_builtins.go:24)	MOVL	$1, BX
	0x0340 00832 (print_builtins.go:24)	CALL	runtime.printstring(SB)
	0x0345 00837 (print_builtins.go:24)	MOVL	$1, AX
	0x034a 00842 (print_builtins.go:24)	CALL	runtime.printint(SB)
	0x034f 00847 (print_builtins.go:24)	LEAQ	go:string."b\n"(SB), AX
	0x0356 00854 (print_builtins.go:24)	MOVL	$2, BX
	0x035b 00859 (print_builtins.go:24)	NOP
	0x0360 00864 (print_builtins.go:24)	CALL	runtime.printstring(SB)
	0x0365 00869 (print_builtins.go:24)	CALL	runtime.printunlock(SB)
	0x036a 00874 (print_builtins.go:25)	CALL	runtime.printlock(SB)
	0x036f 00879 (print_builtins.go:25)	LEAQ	go:string."end\n"(SB), AX
	0x0376 00886 (print_builtins.go:25)	MOVL	$4, BX
	0x037b 00891 (print_builtins.go:25)	NOP
	0x0380 00896 (print_builtins.go:25)	CALL	runtime.printstring(SB)
	0x0385 00901 (print_builtins.go:25)	CALL	runtime.printunlock(SB)
	0x038a 00906 (print_builtins.go:26)	ADDQ	$16, SP
	0x038e 00910 (print_builtins.go:26)	POPQ	BP
	0x038f 00911 (print_builtins.go:26)	RET
	0x0390 00912 (print_builtins.go:26)	NOP
	0x0390 00912 (print_builtins.go:7)	PCDATA	$1, $-1
	0x0390 00912 (print_builtins.go:7)	PCDATA	$0, $-2
	0x0390 00912 (print_builtins.go:7)	CALL	runtime.morestack_noctxt(SB)
	0x0395 00917 (print_builtins.go:7)	PCDATA	$0, $-1
	0x0395 00917 (print_builtins.go:7)	JMP	0
	0x0000 49 3b 66 10 0f 86 86 03 00 00 55 48 89 e5 48 83  I;f.......UH..H.
	0x0010 ec 10 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x0020 e8 00 00 00 00 e8 00 00 00 00 b8 01 00 00 00 e8  ................
	0x0030 00 00 00 00 e8 00 00 00 00 31 c0 0f 1f 44 00 00  .........1...D..
	0x0040 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x0050 00 00 00 00 31 c0 e8 00 00 00 00 0f 1f 44 00 00  ....1........D..
	0x0060 e8 00 00 00 00 48 c7 c0 ff ff ff ff e8 00 00 00  .....H..........
	0x0070 00 e8 00 00 00 00 48 b8 ff ff ff ff ff ff ff 7f  ......H.........
	0x0080 e8 00 00 00 00 e8 00 00 00 00 48 b8 00 00 00 00  ..........H.....
	0x0090 00 00 00 80 e8 00 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x00a0 e8 00 00 00 00 e8 00 00 00 00 b8 ff 00 00 00 e8  ................
	0x00b0 00 00 00 00 e8 00 00 00 00 b8 ff ff 00 00 66 90  ..............f.
	0x00c0 e8 00 00 00 00 e8 00 00 00 00 b8 ff ff ff ff e8  ................
	0x00d0 00 00 00 00 e8 00 00 00 00 48 c7 c0 ff ff ff ff  .........H......
	0x00e0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x00f0 00 00 00 00 48 c7 c0 80 ff ff ff 0f 1f 44 00 00  ....H........D..
	0x0100 e8 00 00 00 00 e8 00 00 00 00 48 c7 c0 00 80 ff  ..........H.....
	0x0110 ff e8 00 00 00 00 e8 00 00 00 00 48 c7 c0 00 00  ...........H....
	0x0120 00 80 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00  ................
	0x0130 00 e8 00 00 00 00 0f 57 c0 e8 00 00 00 00 66 90  .......W......f.
	0x0140 e8 00 00 00 00 f2 0f 10 05 00 00 00 00 e8 00 00  ................
	0x0150 00 00 e8 00 00 00 00 f2 0f 10 05 00 00 00 00 90  ................
	0x0160 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 05 00 00  ................
	0x0170 00 00 e8 00 00 00 00 e8 00 00 00 00 f2 0f 10 05  ................
	0x0180 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 f2 0f  ................
	0x0190 10 05 00 00 00 00 e8 00 00 00 00 0f 1f 44 00 00  .............D..
	0x01a0 e8 00 00 00 00 f2 0f 10 05 00 00 00 00 e8 00 00  ................
	0x01b0 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 1f 40 00  ..............@.
	0x01c0 e8 00 00 00 00 f3 0f 10 05 00 00 00 00 e8 00 00  ................
	0x01d0 00 00 e8 00 00 00 00 f3 0f 10 05 00 00 00 00 90  ................
	0x01e0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x01f0 00 00 00 00 f2 0f 10 05 00 00 00 00 f2 0f 10 0d  ................
	0x0200 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 0f 57  ...............W
	0x0210 c0 f3 0f 10 0d 00 00 00 00 e8 00 00 00 00 66 90  ..............f.
	0x0220 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0230 8d 05 00 00 00 00 bb 1e 00 00 00 0f 1f 44 00 00  .............D..
	0x0240 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8  ................
	0x0250 07 00 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00  .........H......
	0x0260 bb 07 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x0270 00 00 00 00 b8 61 00 00 00 e8 00 00 00 00 66 90  .....a........f.
	0x0280 e8 00 00 00 00 b8 62 00 00 00 e8 00 00 00 00 e8  ......b.........
	0x0290 00 00 00 00 b8 63 00 00 00 e8 00 00 00 00 66 90  .....c........f.
	0x02a0 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8  ................
	0x02b0 01 00 00 00 e8 00 00 00 00 e8 00 00 00 00 b8 01  ................
	0x02c0 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00  ................
	0x02d0 00 00 e8 00 00 00 00 48 8d 05 00 00 00 00 bb 08  .......H........
	0x02e0 00 00 00 e8 00 00 00 00 b8 01 00 00 00 e8 00 00  ................
	0x02f0 00 00 b8 02 00 00 00 e8 00 00 00 00 b8 01 00 00  ................
	0x0300 00 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00  ................
	0x0310 e8 00 00 00 00 f2 0f 10 05 00 00 00 00 0f 1f 00  ................
	0x0320 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 e8  ................
	0x0330 00 00 00 00 48 8d 05 00 00 00 00 bb 01 00 00 00  ....H...........
	0x0340 e8 00 00 00 00 b8 01 00 00 00 e8 00 00 00 00 48  ...............H
	0x0350 8d 05 00 00 00 00 bb 02 00 00 00 0f 1f 44 00 00  .............D..
	0x0360 e8 00 00 00 00 e8 00 00 00 00 e8 00 00 00 00 48  ...............H
	0x0370 8d 05 00 00 00 00 bb 04 00 00 00 0f 1f 44 00 00  .............D..
	0x0380 e8 00 00 00 00 e8 00 00 00 00 48 83 c4 10 5d c3  ..........H...].
	0x0390 e8 00 00 00 00 e9 66 fc ff ff                    ......f...
	rel 19+4 t=R_CALL runtime.printlock+0
	rel 24+4 t=R_CALL runtime.printnl+0
	rel 33+4 t=R_CALL runtime.printunlock+0
	rel 38+4 t=R_CALL runtime.printlock+0
	rel 48+4 t=R_CALL runtime.printbool+0
	rel 53+4 t=R_CALL runtime.printsp+0
	rel 65+4 t=R_CALL runtime.printbool+0
	rel 70+4 t=R_CALL runtime.printnl+0
	rel 75+4 t=R_CALL runtime.printunlock+0
	rel 80+4 t=R_CALL runtime.printlock+0
	rel 87+4 t=R_CALL runtime.printint+0
	rel 97+4 t=R_CALL runtime.printsp+0
	rel 109+4 t=R_CALL runtime.printint+0
	rel 114+4 t=R_CALL runtime.printsp+0
	rel 129+4 t=R_CALL runtime.printint+0
	rel 134+4 t=R_CALL runtime.printsp+0
	rel 149+4 t=R_CALL runtime.printint+0
	rel 154+4 t=R_CALL runtime.printnl+0
	rel 161+4 t=R_CALL runtime.printunlock+0
	rel 166+4 t=R_CALL runtime.printlock+0
	rel 176+4 t=R_CALL runtime.printuint+0
	rel 181+4 t=R_CALL runtime.printsp+0
	rel 193+4 t=R_CALL runtime.printuint+0
	rel 198+4 t=R_CALL runtime.printsp+0
	rel 208+4 t=R_CALL runtime.printuint+0
	rel 213+4 t=R_CALL runtime.printsp+0
	rel 225+4 t=R_CALL runtime.printuint+0
	rel 230+4 t=R_CALL runtime.printnl+0
	rel 235+4 t=R_CALL runtime.printunlock+0
	rel 240+4 t=R_CALL runtime.printlock+0
	rel 257+4 t=R_CALL runtime.printint+0
	rel 262+4 t=R_CALL runtime.printsp+0
	rel 274+4 t=R_CALL runtime.printint+0
	rel 279+4 t=R_CALL runtime.printsp+0
	rel 291+4 t=R_CALL runtime.printint+0
	rel 296+4 t=R_CALL runtime.printnl+0
	rel 301+4 t=R_CALL runtime.printunlock+0
	rel 306+4 t=R_CALL runtime.printlock+0
	rel 314+4 t=R_CALL runtime.printfloat64+0
	rel 321+4 t=R_CALL runtime.printsp+0
	rel 329+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 334+4 t=R_CALL runtime.printfloat64+0
	rel 339+4 t=R_CALL runtime.printsp+0
	rel 347+4 t=R_PCREL $f64.bff0000000000000+0
	rel 353+4 t=R_CALL runtime.printfloat64+0
	rel 358+4 t=R_CALL runtime.printsp+0
	rel 366+4 t=R_PCREL $f64.4059000000000000+0
	rel 371+4 t=R_CALL runtime.printfloat64+0
	rel 376+4 t=R_CALL runtime.printsp+0
	rel 384+4 t=R_PCREL $f64.3f50624dd2f1a9fc+0
	rel 389+4 t=R_CALL runtime.printfloat64+0
	rel 394+4 t=R_CALL runtime.printsp+0
	rel 402+4 t=R_PCREL $f64.444b1ae4d6e2ef50+0
	rel 407+4 t=R_CALL runtime.printfloat64+0
	rel 417+4 t=R_CALL runtime.printsp+0
	rel 425+4 t=R_PCREL $f64.405edd2f1a9fbe77+0
	rel 430+4 t=R_CALL runtime.printfloat64+0
	rel 435+4 t=R_CALL runtime.printnl+0
	rel 440+4 t=R_CALL runtime.printunlock+0
	rel 449+4 t=R_CALL runtime.printlock+0
	rel 457+4 t=R_PCREL $f32.3f000000+0
	rel 462+4 t=R_CALL runtime.printfloat32+0
	rel 467+4 t=R_CALL runtime.printsp+0
	rel 475+4 t=R_PCREL $f32.40490fd0+0
	rel 481+4 t=R_CALL runtime.printfloat32+0
	rel 486+4 t=R_CALL runtime.printnl+0
	rel 491+4 t=R_CALL runtime.printunlock+0
	rel 496+4 t=R_CALL runtime.printlock+0
	rel 504+4 t=R_PCREL $f64.3ff0000000000000+0
	rel 512+4 t=R_PCREL $f64.bff0000000000000+0
	rel 517+4 t=R_CALL runtime.printcomplex128+0
	rel 522+4 t=R_CALL runtime.printsp+0
	rel 533+4 t=R_PCREL $f32.40000000+0
	rel 538+4 t=R_CALL runtime.printcomplex64+0
	rel 545+4 t=R_CALL runtime.printnl+0
	rel 550+4 t=R_CALL runtime.printunlock+0
	rel 555+4 t=R_CALL runtime.printlock+0
	rel 562+4 t=R_PCREL go:string." a with space tab\there quote\"\n"+0
	rel 577+4 t=R_CALL runtime.printstring+0
	rel 582+4 t=R_CALL runtime.printunlock+0
	rel 587+4 t=R_CALL runtime.printlock+0
	rel 597+4 t=R_CALL runtime.printint+0
	rel 604+4 t=R_PCREL go:string." named\n"+0
	rel 614+4 t=R_CALL runtime.printstring+0
	rel 619+4 t=R_CALL runtime.printunlock+0
	rel 624+4 t=R_CALL runtime.printlock+0
	rel 634+4 t=R_CALL runtime.printint+0
	rel 641+4 t=R_CALL runtime.printsp+0
	rel 651+4 t=R_CALL runtime.printuint+0
	rel 656+4 t=R_CALL runtime.printsp+0
	rel 666+4 t=R_CALL runtime.printint+0
	rel 673+4 t=R_CALL runtime.printnl+0
	rel 678+4 t=R_CALL runtime.printunlock+0
	rel 683+4 t=R_CALL runtime.printlock+0
	rel 693+4 t=R_CALL runtime.printbool+0
	rel 698+4 t=R_CALL runtime.printsp+0
	rel 708+4 t=R_CALL runtime.printbool+0
	rel 713+4 t=R_CALL runtime.printnl+0
	rel 718+4 t=R_CALL runtime.printunlock+0
	rel 723+4 t=R_CALL runtime.printlock+0
	rel 730+4 t=R_PCREL go:string."nospaces"+0
	rel 740+4 t=R_CALL runtime.printstring+0
	rel 750+4 t=R_CALL runtime.printint+0
	rel 760+4 t=R_CALL runtime.printint+0
	rel 770+4 t=R_CALL runtime.printbool+0
	rel 775+4 t=R_CALL runtime.printnl+0
	rel 780+4 t=R_CALL runtime.printunlock+0
	rel 785+4 t=R_CALL runtime.printlock+0
	rel 793+4 t=R_PCREL $f64.3ff8000000000000+0
	rel 801+4 t=R_CALL runtime.printfloat64+0
	rel 806+4 t=R_CALL runtime.printnl+0
	rel 811+4 t=R_CALL runtime.printunlock+0
	rel 816+4 t=R_CALL runtime.printlock+0
	rel 823+4 t=R_PCREL go:string."a"+0
	rel 833+4 t=R_CALL runtime.printstring+0
	rel 843+4 t=R_CALL runtime.printint+0
	rel 850+4 t=R_PCREL go:string."b\n"+0
	rel 865+4 t=R_CALL runtime.printstring+0
	rel 870+4 t=R_CALL runtime.printunlock+0
	rel 875+4 t=R_CALL runtime.printlock+0
	rel 882+4 t=R_PCREL go:string."end\n"+0
	rel 897+4 t=R_CALL runtime.printstring+0
	rel 902+4 t=R_CALL runtime.printunlock+0
	rel 913+4 t=R_CALL runtime.morestack_noctxt+0
go:cuinfo.producer.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.main SDWARFCUINFO dupok size=0 align=0x0
	0x0000 6d 61 69 6e                                      main
main..inittask SNOPTRDATA size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
runtime.memequal64·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*main.MyInt. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 4d 79 49 6e 74           ..*main.MyInt
type:*main.MyInt SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3c 43 11 8a 28 08 08 16 00 00 00 00 00 00 00 00  <C..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.MyInt.+0
	rel 48+8 t=R_ADDR type:main.MyInt+0
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.importpath.main. SRODATA dupok size=6 align=0x1
	0x0000 00 04 6d 61 69 6e                                ..main
type:main.MyInt SRODATA size=64 align=0x8
	0x0000 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 60 1b 7a ff 0f 08 08 02 00 00 00 00 00 00 00 00  `.z.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 10 00 00 00              ............
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.MyInt.+0
	rel 44+4 t=R_ADDROFF type:*main.MyInt+0
	rel 48+4 t=R_ADDROFF type:.importpath.main.+0
runtime.strequal·f SRODATA dupok size=8 align=0x0
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.strequal+0
type:.namedata.*main.MyStr. SRODATA dupok size=13 align=0x1
	0x0000 01 0b 2a 6d 61 69 6e 2e 4d 79 53 74 72           ..*main.MyStr
type:*main.MyStr SRODATA size=56 align=0x8
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 39 73 86 ba 28 08 08 16 00 00 00 00 00 00 00 00  9s..(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.MyStr.+0
	rel 48+8 t=R_ADDR type:main.MyStr+0
type:main.MyStr SRODATA size=64 align=0x8
	0x0000 10 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 34 9b ca c9 07 08 08 18 00 00 00 00 00 00 00 00  4...............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 10 00 00 00              ............
	rel 24+8 t=R_ADDR runtime.strequal·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*main.MyStr.+0
	rel 44+4 t=R_ADDROFF type:*main.MyStr+0
	rel 48+4 t=R_ADDROFF type:.importpath.main.+0
go:string."" SRODATA dupok size=0 align=0x1
go:string."a" SRODATA dupok size=1 align=0x1
	0x0000 61                                               a
go:string."with space" SRODATA dupok size=10 align=0x1
	0x0000 77 69 74 68 20 73 70 61 63 65                    with space
go:string."tab\there" SRODATA dupok size=8 align=0x1
	0x0000 74 61 62 09 68 65 72 65                          tab.here
go:string."quote\"" SRODATA dupok size=6 align=0x1
	0x0000 71 75 6f 74 65 22                                quote"
go:string." a with space tab\there quote\"\n" SRODATA dupok size=30 align=0x1
	0x0000 20 61 20 77 69 74 68 20 73 70 61 63 65 20 74 61   a with space ta
	0x0010 62 09 68 65 72 65 20 71 75 6f 74 65 22 0a        b.here quote".
go:string."named" SRODATA dupok size=5 align=0x1
	0x0000 6e 61 6d 65 64                                   named
go:string." named\n" SRODATA dupok size=7 align=0x1
	0x0000 20 6e 61 6d 65 64 0a                              named.
go:string."no" SRODATA dupok size=2 align=0x1
	0x0000 6e 6f                                            no
go:string."spaces" SRODATA dupok size=6 align=0x1
	0x0000 73 70 61 63 65 73                                spaces
go:string."\n" SRODATA dupok size=1 align=0x1
	0x0000 0a                                               .
go:string."nospaces" SRODATA dupok size=8 align=0x1
	0x0000 6e 6f 73 70 61 63 65 73                          nospaces
go:string."b" SRODATA dupok size=1 align=0x1
	0x0000 62                                               b
go:string."b\n" SRODATA dupok size=2 align=0x1
	0x0000 62 0a                                            b.
go:string."end" SRODATA dupok size=3 align=0x1
	0x0000 65 6e 64                                         end
go:string."end\n" SRODATA dupok size=4 align=0x1
	0x0000 65 6e 64 0a                                      end.
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
	0x0000 01 00 00 00 00 00 00 00                          ........
$f32.3f000000 SRODATA size=4 align=0x4
	0x0000 00 00 00 3f                                      ...?
$f32.40000000 SRODATA size=4 align=0x4
	0x0000 00 00 00 40                                      ...@
$f32.40490fd0 SRODATA size=4 align=0x4
	0x0000 d0 0f 49 40                                      ..I@
$f64.3f50624dd2f1a9fc SRODATA size=8 align=0x8
	0x0000 fc a9 f1 d2 4d 62 50 3f                          ....MbP?
$f64.3ff0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 f0 3f                          .......?
$f64.3ff8000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 f8 3f                          .......?
$f64.4059000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 59 40                          ......Y@
$f64.405edd2f1a9fbe77 SRODATA size=8 align=0x8
	0x0000 77 be 9f 1a 2f dd 5e 40                          w.../.^@
$f64.444b1ae4d6e2ef50 SRODATA size=8 align=0x8
	0x0000 50 ef e2 d6 e4 1a 4b 44                          P.....KD
$f64.bff0000000000000 SRODATA size=8 align=0x8
	0x0000 00 00 00 00 00 00 f0 bf                          ........
