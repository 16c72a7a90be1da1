// Re-panic from a deferred function after recovering; nested recovery across several frames.
package main

func inner() {
	defer func() {
		r := recover()
		println("inner recovered:", r.(string))
		panic("re-" + r.(string))
	}()
	panic("first")
}

func middle() {
	defer println("middle deferred print runs")
	inner()
	println("not reached")
}

func outer() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "outer recovered: " + r.(string)
		}
	}()
	middle()
	return "no panic"
}

func panicInDefer() (got string) {
	defer func() {
		got = recover().(string)
	}()
	defer func() {
		panic("second (replaces first)")
	}()
	panic("first")
}

func deep(n int) int {
	if n == 0 {
		panic(n)
	}
	return deep(n-1) + 1
}

func main() {
	println(outer())
	println(panicInDefer())
	func() {
		defer func() { println("deep recovered", recover().(int)) }()
		deep(50)
	}()
	println("done")
}
