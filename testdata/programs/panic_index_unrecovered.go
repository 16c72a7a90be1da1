// Unrecovered runtime error: index out of range in a helper, after partial output.
package main

type Table struct {
	rows [][]int
}

//go:noinline
func (t *Table) Cell(r, c int) int {
	return t.rows[r][c]
}

func main() {
	t := &Table{rows: [][]int{{1, 2, 3}, {4, 5}, {6}}}
	total := 0
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			total += t.Cell(r, c)
			println("cell", r, c, "total", total)
		}
	}
	println("unreachable", total)
}
