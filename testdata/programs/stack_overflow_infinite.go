// Unbounded recursion: the stack passes Go's 1 GB limit, and the program ends with
// "runtime: goroutine stack exceeds 1000000000-byte limit" / "fatal error: stack overflow", exit 2.
package main

type block struct{ a [16]int }

//go:noinline
func down(n int, b *block) int {
	var local block
	local.a[n%16] = n
	return down(n+1, &local) + b.a[0]
}

func main() {
	var b block
	println("start")
	println(down(0, &b))
}
