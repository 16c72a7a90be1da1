// Maps keyed by interfaces (mixed dynamic types), arrays and pointers; NaN keys; an unhashable dynamic key panics with a runtime error that recover sees.
package main

type point struct{ x, y int }

func sortedInts(xs []int) []int {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
	return xs
}

func hashUnhashable(m map[any]int) (msg string) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			msg = e.Error()
		}
	}()
	m[[]int{1}] = 1
	return "no panic"
}

func main() {
	m := map[any]int{}
	m[1] = 10
	m["1"] = 20
	m[int8(1)] = 30
	m[point{1, 2}] = 40
	m[[2]string{"a", "b"}] = 50
	m[nil] = 60
	m[1.5] = 70
	println(len(m), m[1], m["1"], m[int8(1)], m[point{1, 2}], m[[2]string{"a", "b"}], m[nil], m[1.5])
	_, ok := m[int16(1)]
	println("int16(1) present:", ok)
	delete(m, "1")
	println(len(m), m["1"])

	grid := map[[2]int]string{}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[[2]int{i, j}] = string(rune('a' + i*3 + j))
		}
	}
	println(len(grid), grid[[2]int{1, 2}], grid[[2]int{2, 2}])

	a, b := &point{1, 1}, &point{1, 1}
	pm := map[*point]int{a: 1, b: 2}
	println(len(pm), pm[a], pm[b])

	nan := 0.0
	nan = nan / nan
	fm := map[float64]int{}
	fm[nan] = 1
	fm[nan] = 2
	fm[1] = 3
	println(len(fm), fm[nan], fm[1])
	sum := 0
	for k, v := range fm {
		if k != k {
			sum += v
		}
	}
	println("nan values sum", sum)

	keys := []int{}
	for k := range map[int]bool{5: true, -3: true, 9: true, 0: true} {
		keys = append(keys, k)
	}
	for _, k := range sortedInts(keys) {
		print(k, " ")
	}
	println()
	println(hashUnhashable(m))
}
