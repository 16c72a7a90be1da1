// The assembly reads struct field offsets and constants from go_asm.h,
// which the compiler writes (-asmhdr) for the package.
package main

type Point struct {
	Tag  int32
	X, Y float64
}

const scale = 3

// norm2 returns scale*(p.X*p.X + p.Y*p.Y).
func norm2(p *Point) float64

// mid returns the midpoint of a and b.
func mid(a, b float64) float64

func main() {
	p := &Point{Tag: 7, X: 1.5, Y: -2}
	println(norm2(p))
	println(mid(1, 2), mid(-1e300, 1e300))
}
