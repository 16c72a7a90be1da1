// Range-over-func loops with defers, early exits and panics: loop-body defers run when the enclosing function returns, in Go's order; a body panic unwinds through the iterator.
package main

func Seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("iterator done", n)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func order() {
	defer println("deferred before the loop")
	for v := range Seq(3) {
		defer println("loop defer", v)
	}
	defer println("deferred after the loop")
	println("order body ends")
}

func nested() (s string) {
	for a := range Seq(2) {
		for b := range Seq(2) {
			defer func() { s += string(rune('a'+a)) + string(rune('0'+b)) + " " }()
		}
	}
	return "nested: "
}

func earlyReturn() int {
	for v := range Seq(10) {
		defer println("early defer", v)
		if v == 2 {
			return v * 100
		}
	}
	return -1
}

func bodyPanics() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "recovered: " + r.(string)
		}
	}()
	for v := range Seq(5) {
		defer println("panicking loop defer", v)
		if v == 1 {
			panic("body panic")
		}
	}
	return "no panic"
}

func main() {
	order()
	println(nested())
	println(earlyReturn())
	println(bodyPanics())
}
