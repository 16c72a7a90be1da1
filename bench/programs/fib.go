// Benchmark fib: doubly recursive Fibonacci, fib(32) = 2178309.
// fib is a pure leaf-call function (it calls only itself), so Unicorn can run its
// machine code straight from the listing.
package main

//go:noinline
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println(fib(32))
}
