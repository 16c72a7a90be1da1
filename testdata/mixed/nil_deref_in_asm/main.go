// A nil pointer dereferenced in assembly is Go's runtime error panic, with
// the assembly function on top of the traceback.
package main

func load(p *int64) int64

func main() {
	x := int64(5)
	println(load(&x))
	var p *int64
	println(load(p))
}
