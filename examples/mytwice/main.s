// goasm-only driver: the same as main.go.txt, written with the print builtins.
TEXT main·main(SB), $16-0
	MOVQ $21, 0(SP)
	CALL ·MyInt·Twice(SB)
	MOVQ 8(SP), AX
	MOVQ AX, 0(SP)
	CALL runtime·printint(SB)
	CALL runtime·printnl(SB)
	RET
