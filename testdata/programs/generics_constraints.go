// Generics with method constraints and comparable: generic Set, Index, Stringer-constrained join, generic linked list.
package main

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "#" + string(rune('0'+int(i))) }

func Join[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

type List[T any] struct {
	head *node[T]
	n    int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Prepend(v T) { l.head = &node[T]{v, l.head}; l.n++ }

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

func main() {
	println(Join([]ID{1, 2, 3}, ", "))
	println(Index([]string{"a", "b", "c"}, "c"), Index([]float64{1.5, 2.5}, 3), Index([]ID{7, 8}, 8))
	s := Set[int]{}
	for i := 0; i < 10; i += 3 {
		s.Add(i)
	}
	println(len(s), s.Has(6), s.Has(7))
	var l List[float64]
	for i := 1; i <= 4; i++ {
		l.Prepend(float64(i) / 2)
	}
	total := 0.0
	l.Each(func(f float64) { total += f; print(f, " ") })
	println()
	println(l.n, total)
}
