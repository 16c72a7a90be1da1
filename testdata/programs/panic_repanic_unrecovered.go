// Re-panicking the recovered value itself: Go prints that panic once, marked [recovered, repanicked]; a recovered runtime error is an error value.
package main

func rethrow() {
	if r := recover(); r != nil {
		println("rethrowing")
		panic(r)
	}
}

//go:noinline
func idx(xs []int, i int) int { return xs[i] }

func runtimeErr() (n int) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		println("recovered error:", ok, err.Error())
		n = -1
	}()
	return idx([]int{1, 2}, 5)
}

func main() {
	println(runtimeErr())
	defer rethrow()
	println(idx([]int{7}, 3))
}
