// Arrays are values: copying, comparison, passing to functions, multi-dimensional arrays, pointers to arrays.
package main

//go:noinline
func zeroFirst(a [4]int) [4]int { a[0] = 0; return a }

func zeroFirstPtr(a *[4]int) { a[0] = 0 }

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[1] = 20
	println(a[1], b[1], a == b)
	c := zeroFirst(a)
	println(a[0], c[0])
	zeroFirstPtr(&a)
	println(a[0], len(a))

	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	row := grid[1]
	row[0] = -1
	println(grid[1][0], row[0], grid[2][3])
	sum := 0
	for _, r := range grid {
		for _, v := range r {
			sum += v
		}
	}
	println("sum", sum)

	idx := [...]string{2: "two", 5: "five"}
	println(len(idx), idx[2], idx[5], idx[0] == "")

	p := &grid[2]
	p[1] = 100
	println(grid[2][1])
	for i, v := range &a { // range over pointer to array
		print(i, ":", v, " ")
	}
	println()
	var bools [5]bool
	bools[3] = true
	println(bools[2], bools[3])
}
