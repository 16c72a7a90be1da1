// The runtime's own records survive stack copies: defer records of frames that move before their
// defers run, deferred calls and recovery that grow the stack mid-panic, deferreturn after a
// deferred call moved the stack, and an Error method that grows the stack while the panic prints.
package main

//go:noinline
func grow(n int) int {
	var pad [32]int
	pad[n%32] = n
	if n == 0 {
		return 0
	}
	return grow(n-1) + pad[n%32]&1
}

// Defers in a loop (runtime-kept records) in frames that move before they run.
//
//go:noinline
func deferLoop(depth int, log *[]int) {
	for i := 0; i < 3; i++ {
		defer func(k int) { *log = append(*log, depth*10+k) }(i)
	}
	if depth > 0 {
		deferLoop(depth-1, log)
	} else {
		grow(20000)
	}
}

// The first deferred call to run grows the stack; the second must still run.
//
//go:noinline
func twoDefers() (r int) {
	defer func() { r += 1 }()
	defer func() { r += grow(30000)*0 + 100 }()
	return 5
}

// The deferred call that recovers grows the stack first.
//
//go:noinline
func recoverAfterGrowth(n int) (res int) {
	defer func() {
		if e := recover(); e != nil {
			res = grow(40000) + len(e.(string))
		}
	}()
	var pad [8]int
	pad[n%8] = n
	if pad[3] == 3 {
		panic("boom")
	}
	return pad[0]
}

//go:noinline
func deepPanic(n int) int {
	var pad [120]int
	pad[n%120] = n
	if n == 0 {
		panic("deep")
	}
	return deepPanic(n-1) + pad[n%120]
}

// After the recovery, deferreturn runs the remaining deferred calls; the
// first of them moves the stack.
//
//go:noinline
func recoverThenMore() (r int) {
	defer func() { r += 1000 }()
	defer func() { r += grow(30000)*0 + 10 }()
	defer func() {
		recover()
		r += 1
	}()
	panic("x")
}

type deepError struct{ depth int }

// Error grows the stack while the runtime prints the panic value.
func (e deepError) Error() string {
	if grow(e.depth) == 0 {
		return "deep error, even"
	}
	return "deep error, odd"
}

//go:noinline
func catchDeep() {
	defer func() { println("recovered", recover().(string)) }()
	deepPanic(900)
}

func main() {
	var log []int
	deferLoop(5, &log)
	println(len(log), log[0], log[1], log[len(log)-1])
	println(twoDefers())
	println(recoverAfterGrowth(3))
	catchDeep()
	println(recoverThenMore())
	panic(deepError{30001})
}
