// Recovering runtime errors from index and slice-bounds violations; messages include index and length.
package main

type rtError interface{ Error() string }

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(label, "->", r.(rtError).Error())
		}
	}()
	f()
	println(label, "-> ok")
}

//go:noinline
func idx(n int) int { return n }

func main() {
	s := []int{1, 2, 3}
	a := [4]int{}
	str := "hello"
	try("slice index", func() { _ = s[idx(5)] })
	try("slice neg index", func() { _ = s[idx(-1)] })
	try("array index", func() { a[idx(4)] = 1 })
	try("string index", func() { _ = str[idx(10)] })
	try("slice high", func() { _ = s[:idx(4)] })
	try("slice low>high", func() { _ = s[idx(2):idx(1)] })
	try("3-index cap", func() { _ = s[0:1:idx(9)] })
	try("string slice", func() { _ = str[idx(3):idx(9)] })
	try("in range", func() { s[idx(2)] = 30 })
	println(s[0], s[1], s[2])
	try("make negative len", func() { _ = make([]int, idx(-3)) })
}
