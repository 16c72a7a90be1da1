// Unrecovered nil pointer dereference: SIGSEGV turned into a runtime error panic with a signal line.
package main

type Tree struct {
	Left, Right *Tree
	Val         int
}

//go:noinline
func leftmost(t *Tree) int {
	for t.Left != nil {
		t = t.Left
	}
	return t.Val
}

func main() {
	t := &Tree{Left: &Tree{Val: 1}, Val: 2}
	println("leftmost", leftmost(t))
	println("leftmost", leftmost(t.Left))
	println("leftmost", leftmost(t.Right))
}
