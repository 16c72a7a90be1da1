// The print/println builtins: formatting of bools, signed/unsigned ints, floats, complex, strings, nil and spacing rules.
package main

type MyInt int
type MyStr string

func main() {
	println()
	println(true, false)
	println(0, -1, 9223372036854775807, -9223372036854775808)
	println(uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615))
	println(int8(-128), int16(-32768), int32(-2147483648))
	println(0.0, 1.0, -1.0, 100.0, 0.001, 1e21, 123.456)
	println(float32(0.5), float32(3.14159))
	println(complex(1, -1), complex64(2i))
	println("", "a", "with space", "tab\there", "quote\"")
	println(MyInt(7), MyStr("named"))
	println('a', byte('b'), rune('c'))
	var e interface{}
	var err error
	println(e == nil, err == nil)
	print("no", "spaces", 1, 2, true, "\n")
	print(1.5, "\n")
	print("a", 1, "b", "\n")
	println("end")
}
