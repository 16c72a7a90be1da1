// An unrecovered panic raised through a method value, a method expression and nested closures: the traceback names each frame as go run does.
package main

type counter struct{ n, limit int }

func (c *counter) step(by int) {
	c.n += by
	if c.n > c.limit {
		panic(c.n)
	}
}

func apply(f func(int), xs []int) {
	for _, x := range xs {
		func() {
			f(x)
		}()
	}
}

func main() {
	c := &counter{limit: 10}
	inc := c.step
	apply(inc, []int{1, 2, 3})
	println("after first pass", c.n)
	step := (*counter).step
	step(c, 1)
	println("after method expression", c.n)
	apply(func(v int) { inc(v * 2) }, []int{1, 2, 3})
	println("not reached")
}
