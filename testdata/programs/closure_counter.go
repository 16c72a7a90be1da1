// Returned closures: independent counters, generators and accumulators with private state.
package main

func counter(start, step int) func() int {
	n := start
	return func() int {
		n += step
		return n
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

type acc struct {
	add   func(int)
	total func() int
}

//go:noinline
func newAcc() acc {
	t := 0
	return acc{add: func(v int) { t += v }, total: func() int { return t }}
}

func main() {
	c1 := counter(0, 1)
	c2 := counter(100, -10)
	for i := 0; i < 3; i++ {
		println(c1(), c2())
	}
	println("c1 again", c1())

	f := fibGen()
	for i := 0; i < 15; i++ {
		print(f(), " ")
	}
	println()

	a := newAcc()
	b := newAcc()
	for i := 1; i <= 10; i++ {
		a.add(i)
		b.add(i * i)
	}
	println("totals", a.total(), b.total())
}
