// Variadic functions (with and without spread), func values in slices/maps, nil func comparison, func returning funcs.
package main

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func count(xs ...interface{}) int { return len(xs) }

//go:noinline
func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

type op func(a, b int) int

func table() []op {
	return []op{
		func(a, b int) int { return a + b },
		func(a, b int) int { return a - b },
		func(a, b int) int { return a * b },
		func(a, b int) int { return a << uint(b) },
	}
}

func pipeline(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	println(sum(1), sum(1, 2, 3), sum(0, []int{4, 5, 6}...))
	println(count(), count(1, "a", nil), count([]interface{}{1, 2}...), count(nil))
	s := []int{1, 2, 3}
	modify(s...)
	modify(10, 20)
	println(s[0])
	for i, f := range table() {
		println(i, f(6, 3))
	}
	var nf func()
	println(nf == nil)
	p := pipeline(func(x int) int { return x + 1 }, func(x int) int { return x * 10 }, func(x int) int { return x - 3 })
	println(p(4), pipeline()(9))
}
