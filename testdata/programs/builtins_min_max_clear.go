// Builtins min, max (ints, floats, strings) and clear (maps and slices), len/cap on various types.
package main

//go:noinline
func vals() (int, int, int) { return 7, -2, 5 }

func main() {
	a, b, c := vals()
	println(min(a, b, c), max(a, b, c), min(a), max(b, c))
	println(min(2.5, 1.5, 3.0), max(-0.5, -1.5))
	println(min("pear", "apple", "zoo"), max("pear", "apple", "zoo"))
	var u8a, u8b uint8 = 200, 100
	println(min(u8a, u8b), max(u8a, u8b))

	s := []int{1, 2, 3, 4}
	clear(s[1:3])
	println(s[0], s[1], s[2], s[3], len(s))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	println(len(m))
	m["c"] = 3
	println(len(m), m["c"])

	arr := [5]int{}
	str := "héllo"
	sl := make([]byte, 3, 8)
	mp := map[int]int{1: 1, 2: 2}
	println(len(arr), cap(arr), len(str), len(sl), cap(sl), len(mp))
	var nilSl []string
	var nilMap map[int]bool
	println(len(nilSl), cap(nilSl), len(nilMap))
	const cs = "const"
	println(len(cs), len([3]int{}))
}
