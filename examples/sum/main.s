// goasm-only driver: the same as main.go.txt, written with the print builtins.
TEXT main·main(SB), $16-0
	MOVQ $100000, 0(SP)
	CALL ·sum(SB)
	MOVQ 8(SP), AX
	MOVQ AX, 0(SP)
	CALL runtime·printlock(SB)
	CALL runtime·printint(SB)
	CALL runtime·printnl(SB)
	CALL runtime·printunlock(SB)
	RET
