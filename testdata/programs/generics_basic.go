// Generic functions and types: type parameters with constraints, generic stack, Map/Filter, instantiation with several types.
package main

type Number interface {
	~int | ~int32 | ~int64 | ~float64 | ~uint8
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MaxBy[T any](xs []T, less func(a, b T) bool) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if less(m, x) {
			m = x
		}
	}
	return m
}

type MyInt int

func main() {
	println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}), Sum([]uint8{200, 100}), Sum([]MyInt{4, 5}))
	lens := Map([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) })
	println(len(lens), lens[2])
	var st Stack[string]
	st.Push("x")
	st.Push("y")
	v, ok := st.Pop()
	println(v, ok)
	v, ok = st.Pop()
	println(v, ok)
	v, ok = st.Pop()
	println(v == "", ok)
	ps := []Pair[string, int]{{"a", 3}, {"b", 9}, {"c", 1}}
	best := MaxBy(ps, func(a, b Pair[string, int]) bool { return a.Val < b.Val })
	println(best.Key, best.Val)
}
