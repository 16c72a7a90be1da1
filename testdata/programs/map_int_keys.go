// map[int]int: insert, overwrite, lookup with comma-ok, delete, len, and order-independent iteration sums.
package main

func main() {
	m := make(map[int]int)
	for i := -50; i < 50; i++ {
		m[i*i] += i
	}
	println("len", len(m))
	v, ok := m[49]
	println(v, ok)
	v, ok = m[50]
	println(v, ok)

	sumK, sumV := 0, 0
	for k, v := range m {
		sumK += k
		sumV += v
	}
	println("sums", sumK, sumV)

	for k := range m {
		if k%2 == 1 {
			delete(m, k) // deleting during iteration is allowed
		}
	}
	println("after delete", len(m))
	delete(m, 12345) // missing key is fine

	big := map[int64]string{}
	for i := int64(0); i < 5000; i++ {
		big[i*7919] = "x"
	}
	println(len(big), big[7919*4999], big[1] == "")
	for i := int64(0); i < 5000; i += 2 {
		delete(big, i*7919)
	}
	println(len(big))

	// collect and sort keys to print in a deterministic order
	small := map[int]bool{5: true, -3: false, 12: true, 0: true, 7: false}
	keys := make([]int, 0, len(small))
	for k := range small {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		print(k, "=", small[k], " ")
	}
	println()
	clear(small)
	println(len(small))
}
