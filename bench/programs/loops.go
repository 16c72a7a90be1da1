// Benchmark loops: nested integer loop, the sum of i*j mod k over an n x n grid.
// loops is a leaf function with no runtime calls on its taken paths (the divide-by-zero
// check calls runtime.panicdivide, which k != 0 never reaches), so Unicorn can run it.
package main

//go:noinline
func loops(n, k int) int {
	s := 0
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			s += i * j % k
		}
	}
	return s
}

func main() {
	println(loops(10000, 1009))
}
