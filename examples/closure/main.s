// goasm-only driver: the same as main.go.txt, written with the print builtins.
TEXT main·main(SB), $8-0
	CALL ·next(SB)
	CALL runtime·printint(SB)
	CALL runtime·printnl(SB)
	CALL ·next(SB)
	CALL runtime·printint(SB)
	CALL runtime·printnl(SB)
	CALL ·next(SB)
	CALL runtime·printint(SB)
	CALL runtime·printnl(SB)
	RET
