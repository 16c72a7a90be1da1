// Labeled break/continue, goto, switch with fallthrough and no condition, for-range over an int.
package main

func classify(n int) string {
	s := ""
	switch {
	case n < 0:
		s += "neg "
		fallthrough
	case n == 0:
		s += "nonpos "
	case n > 100:
		s += "big "
	default:
		s += "small "
	}
	switch n % 3 {
	case 0:
		s += "div3"
	case 1, 2:
		s += "nodiv3"
	}
	return s
}

func main() {
	for _, n := range []int{-3, 0, 5, 300} {
		println(n, classify(n))
	}

	found := 0
outer:
	for i := 2; i < 50; i++ {
		for j := 2; j*j <= i; j++ {
			if i%j == 0 {
				continue outer
			}
		}
		found++
		if found == 10 {
			println("10th prime", i)
			break outer
		}
	}

	i := 0
loop:
	if i < 5 {
		print(i, " ")
		i++
		goto loop
	}
	println()

	for k := range 4 {
		print(k*k, " ")
	}
	println()

	x := 0
	for {
		x++
		if x%7 == 0 && x%5 == 0 {
			break
		}
	}
	println("first multiple of 35:", x)
}
