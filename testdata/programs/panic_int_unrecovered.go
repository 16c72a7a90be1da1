// Unrecovered panic with an int value from a deeply nested call; traceback lists every frame.
package main

//go:noinline
func level3(x int) int {
	if x > 5 {
		panic(x * 7)
	}
	return x
}

//go:noinline
func level2(x int) int { return level3(x+2) + 1 }

//go:noinline
func level1(x int) int { return level2(x*2) + 1 }

func main() {
	for i := 0; i < 5; i++ {
		println("level1", i, "=", level1(i))
	}
}
