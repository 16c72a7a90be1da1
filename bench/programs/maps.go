// Benchmark maps: map[int]int inserts, lookups (hits and misses), updates and deletes.
// The checksum never depends on iteration order (no range over the map).
package main

func main() {
	const n = 200000
	sum := 0
	for round := 0; round < 3; round++ {
		m := make(map[int]int)
		seed := uint32(round + 1)
		for i := 0; i < n; i++ {
			seed = seed*1664525 + 1013904223
			m[int(seed>>4)] = i
		}
		for i := 0; i < 2*n; i++ {
			if v, ok := m[i*7919]; ok {
				sum += v
			}
		}
		seed = uint32(round + 1)
		for i := 0; i < n; i++ {
			seed = seed*1664525 + 1013904223
			k := int(seed >> 4)
			if i%2 == 0 {
				delete(m, k)
			} else {
				m[k] += i
			}
		}
		seed = uint32(round + 1)
		for i := 0; i < n; i++ {
			seed = seed*1664525 + 1013904223
			if v, ok := m[int(seed>>4)]; ok {
				sum = (sum + v*(i%13)) % 1000000007
			}
		}
		sum = (sum + len(m)) % 1000000007
	}
	println(sum)
}
