// Assembly functions that hold a pointer into the goroutine stack in an
// argument or result slot while a call from them grows (copies) the stack.
// Go's argument map for an assembly function covers only the arguments
// until GO_RESULTS_INITIALIZED; from then on the results count too. So a
// result slot written before the marker keeps the old stack's address, one
// written after it is moved with the stack.
package main

// after stores p in r, says GO_RESULTS_INITIALIZED, then calls deep(n).
//
//go:noescape
func after(p *int64, n int64) (r *int64)

// before stores p in r, calls deep(n), then says GO_RESULTS_INITIALIZED.
//
//go:noescape
func before(p *int64, n int64) (r *int64)

// param calls deep(n), then returns its argument p (moved as an argument).
//
//go:noescape
func param(p *int64, n int64) (r *int64)

// deep recurses with a large frame, so the stack is copied several times.
func deep(n int64) int64 {
	var pad [64]int64
	pad[n%64] = n
	if n == 0 {
		return 0
	}
	return deep(n-1) + pad[n%64] - n + 1
}

// Each call goes deeper than the last, so each one copies the stack (a stack
// never shrinks while the program runs this short).
func main() {
	var x int64 = 42
	r := after(&x, 200)
	println("after:", r == &x)
	var y int64 = 43
	r = before(&y, 400)
	println("before:", r == &y)
	var z int64 = 44
	r = param(&z, 800)
	println("param:", r == &z, *r)
}
