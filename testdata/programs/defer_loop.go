// Defers registered in loops run LIFO at function exit; defers in a called function per iteration.
package main

var trace []int

func loopDefers(n int) {
	for i := 0; i < n; i++ {
		defer func() { trace = append(trace, i) }()
	}
	trace = append(trace, -1)
}

func deferArgs(n int) {
	for i := 0; i < n; i++ {
		defer print(i, " ")
	}
	print("body ")
}

//go:noinline
func perIteration(i int) int {
	r := i
	defer func() { trace = append(trace, 100+r) }()
	r *= 2
	return r
}

func main() {
	loopDefers(5)
	for _, v := range trace {
		print(v, " ")
	}
	println()

	deferArgs(4)
	println()

	trace = trace[:0]
	s := 0
	for i := 0; i < 4; i++ {
		s += perIteration(i)
	}
	println("sum", s)
	for _, v := range trace {
		print(v, " ")
	}
	println()

	// many defers in one frame (forces heap-allocated defer records)
	count := 0
	func() {
		for i := 0; i < 1000; i++ {
			defer func() { count += i }()
		}
	}()
	println("count", count)
}
