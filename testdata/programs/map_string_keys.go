// map[string]int word counting, sorted output by hand, map literal, maps as reference values.
package main

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

//go:noinline
func addAll(m map[string]int, ws []string) {
	for _, w := range ws {
		m[w]++
	}
}

func main() {
	text := "the cat and the dog and the bird saw the cat"
	counts := map[string]int{}
	addAll(counts, words(text))
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		println(k, counts[k])
	}

	ages := map[string]int{"alice": 30, "bob": 25, "": 0}
	a, ok := ages[""]
	println(a, ok, len(ages))
	delete(ages, "bob")
	_, ok = ages["bob"]
	println(ok, len(ages))

	long := ""
	for i := 0; i < 40; i++ {
		long += "k"
		ages[long] = i
	}
	println(len(ages), ages["kkkkkkkkkk"], ages[long])
	total := 0
	for _, v := range ages {
		total += v
	}
	println("total", total)
}
