// A panic in Go code called from assembly: the traceback runs through the
// assembly frame (with its .s file and line).
package main

func viaAsm(x int64) int64

func check(x int64) int64 {
	if x > 10 {
		panic("too big")
	}
	return x * 3
}

func main() {
	println(viaAsm(2))
	println(viaAsm(11))
}
