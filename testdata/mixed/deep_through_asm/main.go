// Recursion that alternates Go and assembly frames, deep enough that the
// goroutine stack is copied many times with assembly frames on it.
package main

// down calls depth(n) from assembly.
func down(n int64) int64

func depth(n int64) int64 {
	var pad [16]int64
	pad[n%16] = n
	if n == 0 {
		return 0
	}
	p := &pad[n%16]
	r := down(n-1) + 1
	return r + *p - n
}

func main() {
	println(depth(50000))
}
