// One recover site catching many kinds of runtime errors, checking RuntimeError via a local interface.
package main

type runtimeError interface {
	Error() string
	RuntimeError()
}

type Animal interface{ Sound() string }
type Cat struct{}

func (Cat) Sound() string { return "meow" }

func classify(f func()) (kind string) {
	defer func() {
		r := recover()
		if re, ok := r.(runtimeError); ok {
			kind = "runtime: " + re.Error()
		} else if s, ok := r.(string); ok {
			kind = "user: " + s
		} else if r == nil {
			kind = "none"
		}
	}()
	f()
	return "unreachable?"
}

//go:noinline
func num(n int) int { return n }

func main() {
	var m map[int]int
	var p *Cat
	var e interface{} = Cat{}
	var a Animal
	cases := []func(){
		func() { _ = []int{}[num(0)] },
		func() { m[1] = 2 },
		func() { _ = *p },
		func() { _ = 5 / num(0) },
		func() { _ = e.(int) },
		func() { _ = a.Sound() },
		func() { panic("plain string") },
		func() {},
		func() { x := []int{1, 2}; _ = x[num(1):num(0)] },
		func() { var arr [3]int; _ = arr[num(3)] },
	}
	for i, c := range cases {
		println(i, classify(c))
	}
}
