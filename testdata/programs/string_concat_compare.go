// String concatenation (binary, multi-operand, in loops), comparison operators and substring equality.
package main

//go:noinline
func join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func cmp(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func main() {
	a, b, c := "foo", "bar", "baz"
	s := a + "-" + b + "-" + c + "-" + a + b
	println(s, len(s))
	println(join([]string{"x", "yy", "zzz"}, ", "))
	println(join(nil, ",") == "")

	long := ""
	for i := 0; i < 100; i++ {
		long += string(rune('a' + i%26))
	}
	println(len(long), long[25:30])

	pairs := [][2]string{{"abc", "abd"}, {"abc", "ab"}, {"", "a"}, {"Z", "a"}, {"same", "same"}, {"\xff", "\x7f"}, {"é", "z"}}
	for _, p := range pairs {
		println(p[0], p[1], cmp(p[0], p[1]), p[0] == p[1], p[0] <= p[1], p[0] >= p[1])
	}

	x := "hello world"
	println(x[:5] == "hello", x[6:] != "world", x[0:0] == "")
	y := x[:5]
	y += "!"
	println(x, y)

	var sb []byte
	for i := 0; i < 5; i++ {
		sb = append(sb, "ab"...)
	}
	println(string(sb) == "ababababab")
}
