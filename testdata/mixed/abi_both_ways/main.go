// Go calls assembly (ABI0, through the ABIInternal wrapper the compiler
// emits) and assembly calls Go (through the ABI0 wrapper).
package main

// add returns a+b and whether the sum is positive.
func add(a, b int64) (int64, bool)

// callTwice calls twice from assembly.
func callTwice(x int64) int64

// mix takes mixed widths so offsets and padding matter.
func mix(a int8, b int64, c int16, d int32) (r int64)

func twice(x int64) int64 { return 2 * x }

func main() {
	s, ok := add(40, 2)
	println(s, ok)
	s, ok = add(-50, 7)
	println(s, ok)
	println(callTwice(21), callTwice(-4))
	println(mix(-1, 1000, -300, 70000))
	f := add // a func value of an assembly function: the ABIInternal wrapper
	r, _ := f(1, 2)
	println(r)
}
