// copy (overlapping, short destination, from string) and 3-index slices limiting capacity.
package main

func printInts(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println("| len", len(s), "cap", cap(s))
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n := copy(s[2:], s) // overlapping forward
	println("copied", n)
	printInts(s)

	s = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(s, s[3:]) // overlapping backward
	println("copied", n)
	printInts(s)

	dst := make([]int, 3)
	n = copy(dst, []int{9, 8, 7, 6, 5})
	println("copied", n)
	printInts(dst)

	b := make([]byte, 4)
	n = copy(b, "golang")
	println(n, string(b))

	base := []int{10, 20, 30, 40, 50}
	lim := base[1:3:3]
	printInts(lim)
	lim = append(lim, 99) // must reallocate, base untouched
	printInts(base)
	printInts(lim)

	open := base[1:3]
	open = append(open, 77) // writes into base[3]
	printInts(base)

	t := base[2:]
	printInts(t[:cap(t)])
	u := base[:0]
	printInts(u)
	printInts(base[len(base):])
	var nilS []int
	println(nilS == nil, len(nilS[0:0]), copy(nilS, base))
}
