// Slices and strings cross the boundary as their headers: base, len, cap.
package main

func sum(xs []int64) int64

func count(s string, c byte) int

// fill sets every byte of b to v and returns len(b).
func fill(b []byte, v byte) int

func main() {
	xs := []int64{1, 2, 3, 4, 5, 1 << 40}
	println(sum(xs), sum(xs[2:4]), sum(nil))
	println(count("mississippi", 's'), count("", 'x'), count("aaa", 'a'))
	b := make([]byte, 5, 8)
	n := fill(b[1:4], 'z')
	println(n, string(b[1:4]), b[0], b[4])
}
