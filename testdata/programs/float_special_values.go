// Floating-point special values: NaN, ±Inf, -0 printing and comparisons; print format of floats.
package main

//go:noinline
func zero() float64 { return 0 }

func main() {
	z := zero()
	inf := 1 / z
	ninf := -1 / z
	nan := z / z
	negz := -z
	println(inf, ninf, nan, negz, z)
	println(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, ninf < -1e308)
	println(negz == z, 1/negz, inf-inf, inf*0, inf+inf)
	x := nan
	println(x == x)

	println(1.0, 0.1, -2.5, 1e100, 1e-100, 123456789.0, 3.0/7.0)
	var f32 float32 = 0.1
	println(f32, float64(f32), float32(1)/3)
	println(1.7976931348623157e308, 4.9e-324, 2.2250738585072014e-308)
	var big float32 = 3.4e38
	println(big*10, -big*10)

	vals := []float64{3, nan, -1, inf, 0}
	maxv := ninf
	cntNaN := 0
	for _, v := range vals {
		if v != v {
			cntNaN++
			continue
		}
		if v > maxv {
			maxv = v
		}
	}
	println(maxv, cntNaN)
	println(min(2.0, nan), max(negz, z), min(negz, z))
}
