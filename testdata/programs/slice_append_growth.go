// append growth (len/cap sequence), aliasing between slices sharing a backing array, append of slices.
package main

func main() {
	var s []int
	prevCap := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			print(cap(s), " ")
			prevCap = cap(s)
		}
	}
	println()
	println(len(s), s[1999])

	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5) // overwrites b[3]: shared backing array
	println(b[3], c[3], len(a), len(b), cap(b))

	d := []int{1, 2, 3}
	e := append(d, 4) // reallocates
	e[0] = 100
	println(d[0], e[0], len(e))

	f := append([]int{}, d...)
	f = append(f, d...)
	f = append(f, f...)
	println(len(f), f[0], f[11])

	var bs []byte
	bs = append(bs, "hello"...)
	bs = append(bs, ' ', 'w')
	println(string(bs), len(bs))

	var strs []string
	for i := 0; i < 5; i++ {
		strs = append(strs, string(rune('a'+i)))
	}
	println(len(strs), strs[4])

	type big struct{ a, b, c, d, e int64 }
	var bb []big
	for i := 0; i < 100; i++ {
		bb = append(bb, big{a: int64(i)})
	}
	println(len(bb), cap(bb), bb[99].a)
}
