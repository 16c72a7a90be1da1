// A panic 100000 frames down a recursion that grew the stack, recovered at the top; then the
// same panic unrecovered, whose traceback Go prints with its middle frames elided.
package main

//go:noinline
func deepPanic(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		panic("deep")
	}
	return deepPanic(n-1) + pad[n%16]
}

//go:noinline
func catch() (r string) {
	defer func() { r = recover().(string) }()
	deepPanic(100000)
	return "none"
}

func main() {
	println(catch())
	deepPanic(100000)
}
