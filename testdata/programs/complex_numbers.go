// complex64/complex128 arithmetic, real/imag/complex builtins, printing, equality and division by zero.
package main

//go:noinline
func mul(a, b complex128) complex128 { return a * b }

//go:noinline
func div(a, b complex128) complex128 { return a / b }

func pow(z complex128, n int) complex128 {
	r := complex(1, 0)
	for i := 0; i < n; i++ {
		r *= z
	}
	return r
}

func main() {
	a := complex(3, 4)
	b := 1 - 2i
	println(a, b)
	println(a+b, a-b, mul(a, b), div(a, b))
	println(real(a), imag(a), real(a)*real(a)+imag(a)*imag(a))
	println(a == complex(3, 4), a != b)
	println(pow(1i, 2), pow(1i, 3), pow(1+1i, 8))

	var c64 complex64 = complex(1.5, -0.25)
	println(c64, c64*c64, real(c64))
	c128 := complex128(c64)
	println(c128 == complex(1.5, -0.25))

	z := complex(0, 0)
	println(div(1, z), div(0, z))

	// Mandelbrot membership counts
	inside := 0
	for y := -10; y <= 10; y++ {
		for x := -20; x <= 5; x++ {
			c := complex(float64(x)/10, float64(y)/10)
			zz := complex(0, 0)
			k := 0
			for ; k < 50; k++ {
				zz = zz*zz + c
				if real(zz)*real(zz)+imag(zz)*imag(zz) > 4 {
					break
				}
			}
			if k == 50 {
				inside++
			}
		}
	}
	println("inside", inside)
}
