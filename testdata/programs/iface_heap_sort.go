// Heap sort driven entirely through an interface (Len/Less/Swap), on two different element types.
package main

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func siftDown(x Interface, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && x.Less(child, child+1) {
			child++
		}
		if !x.Less(root, child) {
			return
		}
		x.Swap(root, child)
		root = child
	}
}

//go:noinline
func heapSort(x Interface) {
	n := x.Len()
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(x, i, n)
	}
	for i := n - 1; i > 0; i-- {
		x.Swap(0, i)
		siftDown(x, 0, i)
	}
}

type Strs []string

func (s Strs) Len() int { return len(s) }
func (s Strs) Less(i, j int) bool {
	return len(s[i]) < len(s[j]) || (len(s[i]) == len(s[j]) && s[i] < s[j])
}
func (s Strs) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

type Floats struct {
	v     []float64
	swaps int
}

func (f *Floats) Len() int           { return len(f.v) }
func (f *Floats) Less(i, j int) bool { return f.v[i] < f.v[j] }
func (f *Floats) Swap(i, j int)      { f.v[i], f.v[j] = f.v[j], f.v[i]; f.swaps++ }

func main() {
	s := Strs{"pear", "fig", "banana", "kiwi", "apple", "date", "plum", "cherry"}
	heapSort(s)
	for _, w := range s {
		print(w, " ")
	}
	println()

	f := &Floats{v: []float64{3.5, -1.25, 2, 10, 0.5, -7, 3.5, 8}}
	heapSort(f)
	for _, v := range f.v {
		print(int(v*100), " ")
	}
	println()
	println("swaps", f.swaps)
}
