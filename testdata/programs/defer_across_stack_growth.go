// Defer records made before the goroutine stack grows (deferred closures in a loop, so not open-coded) still run after it has been copied, and a panic raised deep in the grown stack is recovered by them.
package main

//go:noinline
func deep(n int) int {
	if n == 0 {
		return 0
	}
	var pad [32]int
	pad[n%32] = n
	return deep(n-1) + pad[n%32]&1
}

//go:noinline
func deepPanic(n int) {
	var pad [32]int
	pad[n%32] = n
	if n == 0 {
		panic("bottom reached")
	}
	deepPanic(n - 1)
}

func withDefers(k int) (total int) {
	for i := 0; i < k; i++ {
		defer func() { total = total*10 + i }()
	}
	return deep(300000)
}

func recoverDeep() (msg string) {
	for i := 0; i < 2; i++ {
		defer func() {
			if r := recover(); r != nil {
				msg = r.(string)
			}
			msg += "!"
		}()
	}
	deepPanic(200000)
	return "not reached"
}

func main() {
	println(withDefers(4))
	println(recoverDeep())
}
