// A recovered panic followed later by an unrecovered type-assertion panic (interface conversion message).
package main

type Shape interface{ Area() float64 }
type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (s Square) Area() float64 { return s.S * s.S }

func mustCircle(s Shape) Circle {
	return s.(Circle)
}

func safe(s Shape) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	mustCircle(s)
	return true
}

func main() {
	shapes := []Shape{Circle{1}, Square{2}, Circle{2}}
	for i, s := range shapes {
		println(i, safe(s), int(s.Area()))
	}
	for _, s := range shapes {
		println("radius", int(mustCircle(s).R))
	}
}
