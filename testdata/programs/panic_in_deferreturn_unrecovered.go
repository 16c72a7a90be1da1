// A deferred call that panics while its function returns normally (deferreturn runs it): the traceback shows the deferring frame at its return, and no runtime frame.
package main

type resource struct{ name string }

func (r *resource) Close() {
	println("closing", r.name)
	if r.name == "bad" {
		panic("close failed: " + r.name)
	}
}

func use(name string) int {
	r := &resource{name}
	defer r.Close()
	for i := 0; i < 3; i++ {
		defer func() { println("loop defer", i) }()
	}
	return len(name)
}

func main() {
	println(use("good"))
	println(use("bad"))
}
