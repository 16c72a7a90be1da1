// Interfaces holding values vs pointers: which method sets satisfy, copies vs shared state.
package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }

func (r Rect) Area() int    { return r.W * r.H }
func (r Rect) Name() string { return "rect" }

type Sq struct{ S int }

func (s *Sq) Area() int    { return s.S * s.S }
func (s *Sq) Name() string { return "square" }
func (s *Sq) Grow()        { s.S++ }

type Grower interface{ Grow() }

func total(shapes []Shape) int {
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	r := Rect{2, 3}
	var s Shape = r // copy
	r.W = 10
	println(s.Name(), s.Area(), r.Area())

	sq := &Sq{4}
	s = sq
	sq.S = 5
	println(s.Name(), s.Area())

	var g Grower = sq
	g.Grow()
	g.Grow()
	println(s.Area(), sq.S)

	rp := &Rect{1, 1} // pointer also has value methods
	s = rp
	rp.H = 7
	println(s.Area())

	shapes := []Shape{Rect{1, 2}, &Sq{3}, &Rect{4, 5}, sq}
	println("total", total(shapes))

	var nilShape Shape
	println(nilShape == nil, s != nil)
}
