// Benchmark strings: string building by concatenation and []byte appends, conversion,
// slicing, comparison and byte scanning (runtime string helpers and allocation).
package main

//go:noinline
func build(i int) string {
	s := ""
	for d := i; ; d /= 10 {
		s = string(rune('0'+d%10)) + s
		if d < 10 {
			break
		}
	}
	return "k" + s + "-" + s
}

//go:noinline
func hash(s string) int {
	h := 5381
	for i := 0; i < len(s); i++ {
		h = (h*33 + int(s[i])) % 1000000007
	}
	return h
}

func main() {
	sum := 0
	for round := 0; round < 160; round++ {
		var buf []byte
		for i := 0; i < 5000; i++ {
			s := build(i + round)
			buf = append(buf, s...)
			buf = append(buf, ',')
		}
		all := string(buf)
		// Slice the joined string back into fields and compare neighbours.
		start, fields, less := 0, 0, 0
		prev := ""
		for i := 0; i < len(all); i++ {
			if all[i] == ',' {
				f := all[start:i]
				if f < prev {
					less++
				}
				prev = f
				fields++
				start = i + 1
			}
		}
		sum = (sum*7 + hash(all) + fields*3 + less) % 1000000007
	}
	println(sum)
}
