// Writing to a nil map panics (recovered); reading, len, delete and range on a nil map are fine.
package main

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(label, "->", r.(interface{ Error() string }).Error())
		}
	}()
	f()
	println(label, "-> ok")
}

type Registry struct {
	m map[string]int
}

//go:noinline
func (r *Registry) Add(k string) { r.m[k]++ }

func main() {
	var m map[string]int
	println("len", len(m), "read", m["x"])
	v, ok := m["y"]
	println(v, ok)
	delete(m, "z")
	n := 0
	for range m {
		n++
	}
	println("range count", n)

	try("nil map write", func() { m["a"] = 1 })
	var r Registry
	try("nil map via method", func() { r.Add("k") })
	r.m = map[string]int{}
	try("after make", func() { r.Add("k"); r.Add("k") })
	println(r.m["k"])

	var mm map[int]map[int]bool
	try("nested nil", func() { mm = map[int]map[int]bool{}; mm[1][2] = true })
	println(len(mm))
}
