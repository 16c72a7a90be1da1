// Deferred closures modifying named results, including after a recovered panic.
package main

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func tripleDefers() (s string) {
	defer func() { s += "a" }()
	defer func() { s += "b" }()
	defer func() { s += "c" }()
	return "x"
}

//go:noinline
func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			q = -1
			err = "recovered"
		}
	}()
	q = a / b
	return q, "ok"
}

func counted() (n int, tag string) {
	defer func() {
		n++
		tag = tag + "!"
	}()
	n = 10
	tag = "t"
	return n * 3, tag + "?"
}

func unnamed() int {
	x := 5
	defer func() { x = 50 }() // does not affect the returned value
	return x
}

func main() {
	println(double())
	println(tripleDefers())
	q, e := safeDiv(10, 3)
	println(q, e)
	q, e = safeDiv(10, 0)
	println(q, e)
	n, t := counted()
	println(n, t)
	println(unnamed())
}
