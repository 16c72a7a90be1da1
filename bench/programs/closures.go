// Benchmark closures: folds over a slice with closures that capture variables, and
// closures built from closures (compose, adder), each call an indirect call through a
// closure context.
package main

//go:noinline
func fold(xs []int, acc int, f func(int, int) int) int {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func adder(k int) func(int) int {
	return func(x int) int { return x + k }
}

func main() {
	xs := make([]int, 1000)
	for i := range xs {
		xs[i] = i*7 + 3
	}
	total := 0
	for round := 0; round < 2000; round++ {
		m := round%13 + 1
		h := compose(adder(round), adder(-m))
		acc := fold(xs, round, func(a, x int) int {
			return (a*m + h(x)) % 1000003
		})
		total = (total + acc) % 1000000007
	}
	println(total)
}
