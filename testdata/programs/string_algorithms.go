// Hand-written string utilities: itoa/atoi, rune-wise reverse, palindrome, substring search, split.
package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	neg, u := n < 0, uint64(n)
	if neg {
		u = -u
	}
	for u > 0 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func atoi(s string) (n int, ok bool) {
	sign := 1
	if len(s) > 0 && s[0] == '-' {
		sign, s = -1, s[1:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return sign * n, true
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func split(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func main() {
	println(itoa(0), itoa(-9223372036854775808), itoa(9223372036854775807), itoa(-42))
	n1, ok1 := atoi("-77")
	println("atoi", n1, ok1, len(itoa(n1)))
	println(reverse("stressed"), reverse("añ世"), reverse("racecar") == "racecar")
	println(index("the quick brown fox", "brown"), index("abc", "d"), index("aaa", ""))
	parts := split("a,bb,,ccc,", ',')
	for i, p := range parts {
		print(i, "[", p, "] ")
	}
	println(len(parts))
}
