// Higher-order functions: map/filter/reduce with func values, a recursive closure and composition.
package main

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []int, pred func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := mapInts(xs, func(x int) int { return x * x })
	ev := filter(sq, func(x int) bool { return x%2 == 0 })
	total := reduce(ev, 0, func(a, b int) int { return a + b })
	println("even squares sum", total)
	for _, v := range ev {
		print(v, " ")
	}
	println()

	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	println("10! =", fact(10), "20! =", fact(20))

	addOne := func(x int) int { return x + 1 }
	triple := func(x int) int { return x * 3 }
	h := compose(addOne, triple)
	k := compose(triple, addOne)
	println(h(5), k(5), compose(h, k)(1))
}
