// Closures created in loops: per-iteration loop variables (Go 1.22) versus a shared outer variable.
package main

func main() {
	var fs []func() int
	for i := 0; i < 5; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	shared := 0
	var gs []func() int
	for j := 0; j < 5; j++ {
		shared = j
		gs = append(gs, func() int { return shared })
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println()

	words := []string{"alpha", "beta", "gamma"}
	var hs []func() string
	for idx, w := range words {
		hs = append(hs, func() string { return w + "#" + string(rune('0'+idx)) })
	}
	for k := len(hs) - 1; k >= 0; k-- {
		println(hs[k]())
	}

	// closures mutating the per-iteration variable do not affect the loop
	count := 0
	for i := 0; i < 4; i++ {
		bump := func() { i += 10; count++ }
		bump()
		print(i, " ")
	}
	println("count", count)
}
