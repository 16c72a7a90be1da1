// A panic raised by a deferred call while already panicking, never recovered: both panics are reported.
package main

func cleanup(name string) {
	println("cleanup", name)
	panic("cleanup failed: " + name)
}

//go:noinline
func work() {
	defer cleanup("work")
	println("working")
	panic("work failed")
}

func main() {
	defer println("main deferred still runs")
	println("main start")
	work()
}
