// Odds and ends: range over integers, string switches, struct and array equality, interface comparison panics, nil func calls recovered, labeled loops, append of strings to bytes.
package main

type pair struct {
	a int
	b string
}

func kind(s string) int {
	switch s {
	case "alpha":
		return 1
	case "beta", "gamma":
		return 2
	case "delta":
		return 3
	case "epsilon", "zeta", "eta", "theta":
		return 4
	}
	return 0
}

func compareAny(x, y any) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = r.(error).Error()
		}
	}()
	if x == y {
		return "equal"
	}
	return "different"
}

func callNil(f func() int) (res int) {
	defer func() {
		if r := recover(); r != nil {
			res = -1
			println("recovered:", r.(error).Error())
		}
	}()
	return f()
}

func main() {
	total := 0
	for i := range 10 {
		total += i
	}
	println("range int", total)
	for _, s := range []string{"alpha", "beta", "gamma", "delta", "eta", "omega"} {
		print(kind(s), " ")
	}
	println()

	p, q := pair{1, "x"}, pair{1, "x"}
	r := pair{1, "y"}
	println(p == q, p == r, [3]int{1, 2, 3} == [3]int{1, 2, 3}, [2]string{"a", "b"} != [2]string{"a", "c"})
	println(compareAny(p, q), compareAny(p, r), compareAny(1, "1"))
	println(compareAny([]int{1}, []int{1}))
	println(compareAny(map[int]int{}, 1))

	println(callNil(func() int { return 7 }), callNil(nil))

	b := []byte("hello")
	b = append(b, ", world"...)
	println(string(b), len(b))
	n := copy(b, "J")
	println(n, string(b[:5]))

outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
}
