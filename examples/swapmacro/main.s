// goasm-only driver: the same as main.go.txt, written with the print builtins.
TEXT main·main(SB), $48-0
	MOVQ $3, 0(SP)
	MOVQ $1, 8(SP)
	MOVQ $2, 16(SP)
	CALL ·Sort3(SB)
	MOVQ 24(SP), AX
	MOVQ 32(SP), BX
	MOVQ 40(SP), CX
	MOVQ AX, 0(SP)
	CALL runtime·printint(SB)
	CALL runtime·printsp(SB)
	MOVQ BX, 0(SP)
	CALL runtime·printint(SB)
	CALL runtime·printsp(SB)
	MOVQ CX, 0(SP)
	CALL runtime·printint(SB)
	CALL runtime·printnl(SB)
	RET
