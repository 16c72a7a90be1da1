// Sorting through a locally declared sort.Interface (Len/Less/Swap) with bubble-up insertion.
package main

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

//go:noinline
func bubbleUp(x Interface) {
	n := x.Len()
	for i := 1; i < n; i++ {
		for j := i; j > 0 && x.Less(j, j-1); j-- {
			x.Swap(j, j-1)
		}
	}
}

type Ints []int

func (a Ints) Len() int           { return len(a) }
func (a Ints) Less(i, j int) bool { return a[i] < a[j] }
func (a Ints) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int { return len(a) }
func (a ByAge) Less(i, j int) bool {
	return a[i].Age < a[j].Age || (a[i].Age == a[j].Age && a[i].Name < a[j].Name)
}
func (a ByAge) Swap(i, j int) { a[i], a[j] = a[j], a[i] }

type Reverse struct{ Interface }

func (r Reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func main() {
	xs := Ints{5, 2, 9, -1, 7, 3, 3, 0, 12, -8}
	bubbleUp(xs)
	for _, v := range xs {
		print(v, " ")
	}
	println()

	bubbleUp(Reverse{xs})
	for _, v := range xs {
		print(v, " ")
	}
	println()

	people := ByAge{{"Eve", 31}, {"Bob", 25}, {"Al", 31}, {"Cy", 19}, {"Dee", 25}}
	bubbleUp(people)
	for _, p := range people {
		println(p.Name, p.Age)
	}
}
