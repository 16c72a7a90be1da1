// Benchmark mandelbrot: float64 escape-time iteration over a grid; the checksum is the
// number of points that stay bounded plus a weighted iteration count.
package main

//go:noinline
func mandelbrot(w, h, maxIter int) int {
	total := 0
	for py := 0; py < h; py++ {
		y0 := float64(py)*2.0/float64(h) - 1.0
		for px := 0; px < w; px++ {
			x0 := float64(px)*3.0/float64(w) - 2.0
			x, y := 0.0, 0.0
			it := 0
			for ; it < maxIter && x*x+y*y <= 4.0; it++ {
				x, y = x*x-y*y+x0, 2*x*y+y0
			}
			total += it
		}
	}
	return total
}

func main() {
	println(mandelbrot(800, 600, 200))
}
