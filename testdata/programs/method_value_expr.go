// Method values (bound receivers) and method expressions (T.M, (*T).M) called later.
package main

type Point struct{ X, Y int }

func (p Point) Sum() int          { return p.X + p.Y }
func (p Point) Scale(k int) Point { return Point{p.X * k, p.Y * k} }
func (p *Point) Move(dx, dy int)  { p.X += dx; p.Y += dy }

func callAll(fs []func() int) int {
	t := 0
	for _, f := range fs {
		t += f()
	}
	return t
}

func main() {
	p := Point{1, 2}
	sum := p.Sum // receiver copied now
	p.X = 100
	println("bound value", sum(), "current", p.Sum())

	move := p.Move // receiver is &p
	move(1, 1)
	move(1, 1)
	println("after moves", p.X, p.Y)

	f := Point.Scale
	q := f(Point{3, 4}, 5)
	println("expr Scale", q.X, q.Y)

	g := (*Point).Move
	g(&q, -15, -20)
	println("expr Move", q.X, q.Y)

	h := (*Point).Sum // value method via pointer expression
	println("ptr expr Sum", h(&q))

	pts := []Point{{1, 1}, {2, 3}, {5, 8}}
	var fs []func() int
	for i := range pts {
		fs = append(fs, pts[i].Sum)
	}
	pts[0].X = 1000 // does not affect already-bound values
	println("callAll", callAll(fs))
}
