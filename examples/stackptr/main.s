// goasm-only driver, the same as main.go.txt: the counter lives in main's
// own stack frame, and its address travels down 100000 recursive calls, so
// every stack copy must move that pointer (in each frame's arguments) too.
TEXT main·main(SB), $24-0
	MOVQ $0, x-8(SP)
	MOVQ $100000, 0(SP)
	LEAQ x-8(SP), AX
	MOVQ AX, 8(SP)
	CALL ·count(SB)
	MOVQ x-8(SP), AX
	MOVQ AX, 0(SP)
	CALL runtime·printlock(SB)
	CALL runtime·printint(SB)
	CALL runtime·printnl(SB)
	CALL runtime·printunlock(SB)
	RET
