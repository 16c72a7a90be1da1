// Package initialisation: variables initialised in dependency order, then init functions in source order, before main.
package main

var (
	a = b + 1
	b = f("b", 10)
	c = f("c", a*2)
	table = makeTable(5)
)

func f(name string, v int) int {
	println("init var", name, v)
	return v
}

func makeTable(n int) []int {
	t := make([]int, n)
	for i := range t {
		t[i] = i * i
	}
	return t
}

var counter int

func init() {
	counter++
	println("first init", counter, a, b, c)
}

func init() {
	counter += 10
	println("second init", counter, len(table), table[4])
}

func main() {
	println("main", a, b, c, counter)
}
