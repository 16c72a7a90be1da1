// goasm-only driver: the same as main.go.txt, written with the print builtins.
TEXT main·main(SB), $32-0
	MOVQ $1, 0(SP)
	MOVQ $2, 8(SP)
	CALL ·Swap(SB)
	MOVQ 16(SP), AX
	MOVQ 24(SP), BX
	MOVQ BX, y-8(SP)
	CALL runtime·printlock(SB)
	MOVQ AX, 0(SP)
	CALL runtime·printint(SB)
	CALL runtime·printsp(SB)
	MOVQ y-8(SP), BX
	MOVQ BX, 0(SP)
	CALL runtime·printint(SB)
	CALL runtime·printnl(SB)
	CALL runtime·printunlock(SB)
	RET
