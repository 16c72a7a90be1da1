// An unrecovered runtime-error panic 1000 calls deep: Go prints the innermost and outermost 50 frames and the number it elided between them.
package main

//go:noinline
func down(n int, m map[string]int) int {
	if n == 0 {
		m["x"] = 1 // assignment to entry in nil map
	}
	return down(n-1, m) + 1
}

func main() {
	println("start")
	println(down(1000, nil))
}
