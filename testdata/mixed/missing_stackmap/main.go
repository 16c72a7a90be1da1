// An assembly function with a local frame ($16) that does not say
// NO_LOCAL_POINTERS has no locals pointer map: when a call from it grows
// the goroutine stack, Go's stack copier cannot tell which of its locals are
// pointers and the runtime dies with "fatal error: missing stackmap".
package main

// viaAsm calls big(n) from a $16-8 frame without NO_LOCAL_POINTERS.
func viaAsm(n int64)

// big's 64 KiB frame does not fit the stack, so its prologue grows the
// stack (copying it) at once, whatever the stack's size was.
func big(n int64) int64 {
	var pad [8192]int64
	pad[n%8192] = n
	return pad[(n*7)%8192] + n
}

func main() {
	println("start")
	viaAsm(200)
	println("not reached")
}
