// Pointer-based data structures: singly linked list reversal, binary search tree insert/traverse/height.
package main

type Node struct {
	Val  int
	Next *Node
}

func build(xs []int) *Node {
	var head *Node
	for i := len(xs) - 1; i >= 0; i-- {
		head = &Node{xs[i], head}
	}
	return head
}

//go:noinline
func reverse(h *Node) *Node {
	var prev *Node
	for h != nil {
		h, h.Next, prev = h.Next, prev, h
	}
	return prev
}

type Tree struct {
	Left, Right *Tree
	Key         int
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else if k > t.Key {
		t.Right = insert(t.Right, k)
	}
	return t
}

func inorder(t *Tree, visit func(int)) {
	if t == nil {
		return
	}
	inorder(t.Left, visit)
	visit(t.Key)
	inorder(t.Right, visit)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	return 1 + max(height(t.Left), height(t.Right))
}

func main() {
	l := reverse(build([]int{1, 2, 3, 4, 5}))
	for n := l; n != nil; n = n.Next {
		print(n.Val, " ")
	}
	println()
	var root *Tree
	x := 7
	for i := 0; i < 30; i++ {
		x = (x*31 + 11) % 101
		root = insert(root, x)
	}
	cnt, last, sorted := 0, -1, true
	inorder(root, func(k int) {
		cnt++
		if k <= last {
			sorted = false
		}
		last = k
	})
	println(cnt, sorted, last, height(root))
}
