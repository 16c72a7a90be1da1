// Non-tail recursion 1e6 deep with a 104-byte frame ($96 + return PC): the goroutine stack grows past 64 MiB and is copied.
package main

type frame struct {
	a, b, c, d, h int
}

//go:noinline
func depth(n int, fr frame) int {
	if n == 0 {
		return fr.a + fr.h
	}
	local := frame{fr.a + 1, fr.b, fr.c, fr.d, fr.h ^ n}
	r := depth(n-1, local)
	return r + local.a&1 // work after the call keeps the frame live
}

var sink *int

//go:noinline
func sumDown(n int, p *int) int {
	// p points into the caller's frame: it must be adjusted when the stack is copied
	if n == 0 {
		return *p
	}
	x := n
	return sumDown(n-1, &x) + *p
}

func main() {
	println(depth(1000000, frame{}))
	v := 0
	println(sumDown(1000, &v))
	println(sumDown(300000, &v))
}
