// nil interfaces vs interfaces holding typed nil pointers; interface equality and comparing dynamic types.
package main

type MyErr struct{}

func (*MyErr) Error() string { return "myerr" }

type error2 interface{ Error() string }

//go:noinline
func mayFail(fail bool) error2 {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // never a nil interface!
}

func correct(fail bool) error2 {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	println(mayFail(false) == nil, mayFail(true) == nil)
	println(correct(false) == nil, correct(true) == nil)
	e := mayFail(false)
	println(e.Error()) // method with pointer receiver works on nil pointer

	var a, b interface{}
	println(a == b)
	a, b = 3, 3
	println(a == b)
	b = int64(3)
	println(a == b)
	a, b = "x", "x"
	println(a == b)
	a, b = [2]int{1, 2}, [2]int{1, 2}
	println(a == b)
	type S struct {
		x int
		s string
	}
	a, b = S{1, "a"}, S{1, "a"}
	println(a == b, a != S{2, "a"})
	var ip *int
	a = ip
	println(a == nil, a == (*int)(nil))
}
