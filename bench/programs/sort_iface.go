// Benchmark sort_iface: bubble sort of 3,000 ints through an interface with
// Len/Less/Swap, so every comparison and swap is a dynamic call through the itab.
package main

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type IntSlice []int

func (s IntSlice) Len() int           { return len(s) }
func (s IntSlice) Less(i, j int) bool { return s[i] < s[j] }
func (s IntSlice) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

//go:noinline
func bubbleSort(data Interface) int {
	swaps := 0
	n := data.Len()
	for i := 0; i < n; i++ {
		swapped := false
		for j := 0; j < n-1-i; j++ {
			if data.Less(j+1, j) {
				data.Swap(j, j+1)
				swaps++
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
	return swaps
}

func main() {
	const n = 3000
	xs := make(IntSlice, n)
	seed := uint32(12345)
	sum := 0
	for round := 0; round < 1; round++ {
		for i := range xs {
			seed = seed*1664525 + 1013904223
			xs[i] = int(seed >> 8 % 100000)
		}
		swaps := bubbleSort(xs)
		for i, x := range xs {
			sum = (sum*31 + x*(i+1)) % 1000000007
		}
		sum = (sum + swaps) % 1000000007
	}
	println(sum)
}
