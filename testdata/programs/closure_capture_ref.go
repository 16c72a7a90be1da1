// Closures capture variables by reference: writes inside and outside the closure are shared.
package main

func apply(f func(int), n int) {
	for i := 0; i < n; i++ {
		f(i)
	}
}

//go:noinline
func makePair() (func() int, func(int)) {
	x := 10
	get := func() int { return x }
	set := func(v int) { x = v }
	return get, set
}

func main() {
	sum := 0
	apply(func(i int) { sum += i }, 10)
	println("sum", sum)

	x := 1
	inc := func() { x++ }
	inc()
	inc()
	println("x after two incs", x)
	x = 100
	inc()
	println("x after reset and inc", x)

	get, set := makePair()
	println("get", get())
	set(42)
	println("get after set", get())

	s := "hello"
	appendBang := func() { s += "!" }
	appendBang()
	appendBang()
	println(s)

	arr := [3]int{1, 2, 3}
	double := func() {
		for i := range arr {
			arr[i] *= 2
		}
	}
	double()
	println(arr[0], arr[1], arr[2])
}
