// Multiple return values, blank identifier, passing multi-value calls directly as arguments.
package main

//go:noinline
func divmod(a, b int) (int, int) { return a / b, a % b }

func swap(a, b string) (string, string) { return b, a }

//go:noinline
func minmax(xs ...int) (lo, hi int, ok bool) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi, true
}

func add(a, b int) int { return a + b }

func stats(xs []float64) (mean, sumsq float64, n int) {
	for _, x := range xs {
		mean += x
		sumsq += x * x
	}
	n = len(xs)
	mean /= float64(n)
	return
}

func many() (int8, uint16, int32, uint64, bool, string, float32) {
	return -8, 65535, -1 << 31, 1<<64 - 1, true, "s", 0.5
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	println(add(divmod(100, 7)))
	a, b := swap("x", "y")
	println(a, b)
	lo, hi, ok := minmax(4, -2, 9, 0)
	println(lo, hi, ok)
	_, _, ok = minmax()
	println(ok)
	m, s, n := stats([]float64{1, 2, 3, 4})
	println(int(m*100), int(s), n)
	println(many())
}
