// Compiled without -symabis, the compiler does not know that seven and
// callTwice are assembly (ABI0): it calls them as ABIInternal and emits no
// wrappers, so the links below fail in Go's linker and in goasm's.
package main

func seven() int64

func callTwice(x int64) int64

func twice(x int64) int64 { return 2 * x }

func main() {
	println(seven(), callTwice(3))
}
