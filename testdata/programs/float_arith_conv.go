// Float arithmetic and float<->int conversions: truncation toward zero, rounding of float32, large values.
package main

//go:noinline
func f64(x float64) float64 { return x }

//go:noinline
func toInt(x float64) int64 { return int64(x) }

//go:noinline
func toUint(x float64) uint64 { return uint64(x) }

func main() {
	println(toInt(3.99), toInt(-3.99), toInt(0.5), toInt(-0.5), toInt(1e18))
	println(toUint(3.99), toUint(1e19), toUint(18446744073709549568.0))
	println(int32(f64(2147483647.0)), int8(f64(100)), uint8(f64(255.9)))

	i := int64(1<<53 + 1)
	println(float64(i), int64(float64(i)))
	u := uint64(1<<63 + 1025)
	println(float64(u), uint64(float64(u)))
	println(float32(16777217), float64(float32(0.1)) == 0.1)

	a, b := f64(10), f64(4)
	println(a/b, a*b, a-b, a+b, -a/b)
	sum := 0.0
	for k := 0; k < 10; k++ {
		sum += 0.1
	}
	println(sum, sum == 1.0, f64(0.1)+f64(0.2))

	// Newton sqrt
	x := 2.0
	g := 1.0
	for k := 0; k < 20; k++ {
		g = (g + x/g) / 2
	}
	println(g, g*g)

	var f float32 = 1
	for k := 0; k < 30; k++ {
		f *= 1.5
	}
	println(f, int(f))

	m := f64(7.5)
	println(int(m)%2, float64(int(m)) == 7, uint32(f64(4e9)))
	println(float64(int8(-128)), float32(uint64(1<<64-1)), float64(-9223372036854775808))
}
