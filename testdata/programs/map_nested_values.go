// Maps with slice, map, struct and pointer values: zero values for missing keys, updating in place.
package main

type Stats struct {
	Count int
	Sum   int
}

func main() {
	groups := map[string][]int{}
	for i := 0; i < 20; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		groups[k] = append(groups[k], i)
	}
	println(len(groups["even"]), len(groups["odd"]), groups["odd"][9], len(groups["none"]))

	nested := map[int]map[int]int{}
	for i := 0; i < 4; i++ {
		if nested[i%2] == nil {
			nested[i%2] = map[int]int{}
		}
		nested[i%2][i] = i * i
	}
	println(len(nested), len(nested[0]), nested[1][3])

	st := map[string]Stats{}
	for _, v := range []int{3, 1, 4, 1, 5, 9, 2, 6} {
		k := "small"
		if v > 3 {
			k = "large"
		}
		s := st[k] // struct values are copies: read-modify-write
		s.Count++
		s.Sum += v
		st[k] = s
	}
	println(st["small"].Count, st["small"].Sum, st["large"].Count, st["large"].Sum)

	ptrs := map[string]*Stats{"a": {}, "b": {}}
	ptrs["a"].Count += 7
	ptrs["b"].Sum = ptrs["a"].Count * 2
	println(ptrs["a"].Count, ptrs["b"].Sum)

	funcs := map[string]func(int) int{
		"double": func(x int) int { return x * 2 },
		"square": func(x int) int { return x * x },
	}
	println(funcs["double"](21), funcs["square"](12), funcs["missing"] == nil)
}
