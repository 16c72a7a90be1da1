// Maps keyed by structs, arrays, floats (NaN never found, -0 == +0), bools, interfaces and runes.
package main

type Point struct{ X, Y int }

type Key struct {
	Name string
	N    int8
}

func main() {
	grid := map[Point]string{}
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			if x != y {
				grid[Point{x, y}] = "off"
			}
		}
	}
	grid[Point{1, 1}] = "diag"
	println(len(grid), grid[Point{1, 1}], grid[Point{0, 2}], grid[Point{2, 2}] == "")

	km := map[Key]int{{"a", 1}: 10, {"a", 2}: 20, {"b", 1}: 30}
	km[Key{"a", 1}] += 5
	println(km[Key{"a", 1}], len(km))

	am := map[[2]int]int{{1, 2}: 3}
	am[[2]int{1, 2}]++
	println(am[[2]int{1, 2}])

	var zero float64
	nan := zero / zero
	fm := map[float64]int{}
	fm[nan] = 1
	fm[nan] = 2
	fm[0.0] = 3
	fm[-zero] = 4 // same key as 0.0
	fm[1.5] = 5
	_, found := fm[nan]
	println(len(fm), found, fm[0], fm[1.5])
	sum := 0
	for _, v := range fm {
		sum += v
	}
	println("sum", sum)

	bm := map[bool]int{true: 1}
	bm[false]--
	println(bm[true], bm[false], len(bm))

	im := map[interface{}]string{1: "int", "1": "string", 1.0: "float", Point{1, 1}: "point"}
	println(im[1], im["1"], im[1.0], im[Point{1, 1}], len(im))

	rm := map[rune]int{}
	for _, r := range "mississippi" {
		rm[r]++
	}
	println(rm['s'], rm['i'], rm['p'], rm['m'], len(rm))
}
