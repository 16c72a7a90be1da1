// Unrecovered panic inside an immediately invoked multi-line closure that the compiler inlines: the traceback shows the closure frame inlined into its parent.
package main

//go:noinline
func check(xs []int) int {
	total := 0
	for _, x := range xs {
		total += func() int {
			if x < 0 {
				panic("negative value")
			}
			return x * 2
		}()
	}
	return total
}

func main() {
	println(check([]int{1, 2, 3}))
	println(check([]int{4, -5, 6}))
}
