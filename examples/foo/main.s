// goasm-only driver: the same as main.go.txt, written with the print builtins.
TEXT main·main(SB), $32-0
	MOVB $1, 0(SP)
	MOVW $5, 2(SP)
	CALL ·Foo(SB)
	CALL runtime·printlock(SB)
	MOVQ 16(SP), AX
	MOVQ 24(SP), BX
	MOVQ 8(SP), CX
	MOVQ AX, 0(SP)
	CALL runtime·printint(SB)
	CALL runtime·printsp(SB)
	MOVQ BX, 0(SP)
	CALL runtime·printint(SB)
	CALL runtime·printsp(SB)
	MOVBQZX 4(CX), CX
	MOVQ CX, 0(SP)
	CALL runtime·printint(SB)
	CALL runtime·printnl(SB)
	MOVB $0, 0(SP)
	MOVW $5, 2(SP)
	CALL ·Foo(SB)
	MOVQ 16(SP), AX
	MOVQ AX, 0(SP)
	CALL runtime·printint(SB)
	CALL runtime·printnl(SB)
	CALL runtime·printunlock(SB)
	RET
