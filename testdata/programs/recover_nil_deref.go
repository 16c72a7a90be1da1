// Nil pointer dereference (load, store, field, method on nil) recovered as a runtime error.
package main

type Node struct {
	val  int
	next *Node
}

func (n *Node) Val() int { return n.val }

func (n *Node) SafeVal() int {
	if n == nil {
		return -1
	}
	return n.val
}

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(label, "->", r.(interface{ Error() string }).Error())
		}
	}()
	f()
	println(label, "-> ok")
}

//go:noinline
func get(p *int) int { return *p }

func main() {
	var p *int
	try("load", func() { println(get(p)) })
	try("store", func() { *p = 3 })
	var n *Node
	try("field", func() { println(n.val) })
	try("method", func() { println(n.Val()) })
	try("nil-safe method", func() { println(n.SafeVal()) })
	list := &Node{1, &Node{2, nil}}
	try("walk off end", func() { println(list.next.next.val) })
	var arr *[5]int
	try("array ptr index", func() { arr[2] = 1 })
	try("len of nil array ptr", func() { println(len(arr)) })
	var f func() int
	try("nil func call", func() { f() })
}
