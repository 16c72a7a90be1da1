// Unrecovered integer divide by zero inside a method called through an interface.
package main

type Averager interface{ Avg() int }

type Samples struct{ xs []int }

func (s Samples) Avg() int {
	sum := 0
	for _, x := range s.xs {
		sum += x
	}
	return sum / len(s.xs)
}

//go:noinline
func report(a Averager) {
	println("avg", a.Avg())
}

func main() {
	report(Samples{[]int{3, 4, 5, 8}})
	report(Samples{[]int{-10}})
	report(Samples{nil})
}
