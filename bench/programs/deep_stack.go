// Benchmark deep_stack: recursion 200,000 frames deep with a 256-byte local array per
// frame, so the goroutine stack grows (runtime.morestack, copystack) many times over.
package main

//go:noinline
func deep(n int, seed int) int {
	var buf [32]int
	for i := range buf {
		buf[i] = seed + i*n
	}
	if n == 0 {
		return buf[seed&31]
	}
	r := deep(n-1, (seed*1103515245+12345)&0x7fffffff)
	return (r + buf[n&31]) % 1000000007
}

func main() {
	sum := 0
	for round := 0; round < 5; round++ {
		sum = (sum*31 + deep(200000, round)) % 1000000007
	}
	println(sum)
}
