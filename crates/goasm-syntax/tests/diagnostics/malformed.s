// Each "want:" names an error goasm must report on that line (a substring of
// the message); every other line must parse cleanly. The parser recovers at
// the next statement, so one run reports all of them.
#include "textflag.h"

TEXT ·ok(SB), NOSPLIT, $0-8
	MOVQ	a+0(FP), AX
	FROBQ	AX, BX          // want: unrecognized instruction "FROBQ"
	MOVQ	AX,             // want: missing operand
	MOVQ	(AX, BX         // want: expected )
	MOVQ	$1.5, AX; MOVQ 1.5, AX   // want: floating-point constant must be an immediate
	MOVQ	x+0(QQ), AX     // want: expected pseudo-register
	MOVQ	(AX)(BX*3), CX  // want: bad scale
	ADDQ	$(1/0), AX      // want: division by zero
	MOVQ	$AX, BX         // want: cannot be an immediate
	MOVQ	"str", AX       // want: string constant must be an immediate
	MOVQ	$0x1FFFFFFFFFFFFFFFF, AX // want: overflows 64 bits
	MOVQ	foo<ABI7>(SB), AX // want: malformed ABI selector
	VADDPD.QQ Z1, Z2, Z3 // want: unknown instruction suffix
	RET

TEXT ·bad(SB), NOSPLIT, 8       // want: frame size must be an immediate
TEXT ·bad2(SB), NOSPLIT, $8-x   // want: argument size
TEXT ·bad3(SB), BOGUS, $0       // want: undefined symbol BOGUS
DATA ·d+0(SB), $1               // want: expect /size
DATA ·d+0(SB)/4, AX             // want: DATA value must be an immediate
DATA ·s+0(SB)/2, $"hello"       // want: does not fit
GLOBL ·d(SB), RODATA, AX        // want: GLOBL size must be an immediate
GLOBL ·d(SB), RODATA, $8
#frobnicate                     // want: unknown directive
#include "no/such/file.h"       // want: cannot find no/such/file.h
#define F(a, b) a+b
	MOVQ	$F(1), AX       // want: takes 2 arguments, given 1
#if 1                           // want: #if is not supported
#endif
#endif                          // want: #endif without #ifdef
	MOVQ	'ab', AX        // want: must hold one character
	MOVQ	@, AX           // want: unexpected "@" at start of operand
	MOVQ	AX, BX ¤        // want: unexpected character
