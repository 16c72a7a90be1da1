// Conversions between string, []byte, []rune, rune and byte, including invalid code points.
package main

func main() {
	s := "añb€"
	bs := []byte(s)
	rs := []rune(s)
	println(len(bs), len(rs))
	for _, b := range bs {
		print(b, " ")
	}
	println()
	for _, r := range rs {
		print(r, " ")
	}
	println()

	bs[0] = 'A'
	println(string(bs), s)
	rs[3] = '$'
	println(string(rs))

	println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)), string(rune(0xD800)))
	println(len(string(rune(0x1F600))))

	var r rune = 'z'
	var by byte = 'q'
	println(r, by, string(r)+string(rune(by)))

	digits := make([]byte, 0, 10)
	for i := 9; i >= 0; i-- {
		digits = append(digits, byte('0'+i))
	}
	println(string(digits))

	back := []rune(string([]rune{0x48, 0x49, 0x1F44B}))
	println(len(back), back[2])

	empty := []byte("")
	println(len(empty), string([]byte(nil)) == "")

	// modifying the byte slice does not affect the original string
	orig := "immutable"
	cp := []byte(orig)
	for i := range cp {
		cp[i] -= 32
	}
	println(orig, string(cp))
}
