// Range-over-func iterators (Go 1.23): push iterators with early break, two-value iterators, nested and defer inside.
package main

func Count(n int) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate(xs []string) func(yield func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Filter(seq func(func(int) bool), pred func(int) bool) func(func(int) bool) {
	return func(yield func(int) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

//go:noinline
func firstOver(limit int) int {
	for v := range Count(100) {
		if v*v > limit {
			return v
		}
	}
	return -1
}

func withDefer() (out int) {
	for v := range Count(3) {
		defer func() { out = out*10 + v }()
	}
	return 0
}

func main() {
	s := 0
	for v := range Count(10) {
		if v == 7 {
			break
		}
		if v%2 == 0 {
			continue
		}
		s += v
	}
	println("sum", s)
	for i, w := range Enumerate([]string{"a", "b", "c"}) {
		println(i, w)
	}
	for v := range Filter(Count(20), func(x int) bool { return x%6 == 0 }) {
		print(v, " ")
	}
	println()
	println(firstOver(50), firstOver(1000000))
	println(withDefer())
}
