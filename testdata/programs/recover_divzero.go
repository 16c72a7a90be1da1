// Integer division and modulo by zero recovered for several integer widths; float division by zero does not panic.
package main

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(label, "->", r.(interface{ Error() string }).Error())
		}
	}()
	f()
	println(label, "-> ok")
}

//go:noinline
func zero() int { return 0 }

func main() {
	a := 10
	try("int div", func() { println(a / zero()) })
	try("int mod", func() { println(a % zero()) })
	try("int8 div", func() { println(int8(a) / int8(zero())) })
	try("uint32 div", func() { println(uint32(a) / uint32(zero())) })
	try("uint64 mod", func() { println(uint64(a) % uint64(zero())) })
	try("int16 mod", func() { println(int16(-a) % int16(zero())) })
	try("float div", func() { f := float64(zero()); println(1/f, -1/f) })
	try("nonzero", func() { println(a/3, a%3, -a/3, -a%3) })
	total := 0
	for i := -3; i <= 3; i++ {
		func() {
			defer func() {
				if recover() != nil {
					total += 1000
				}
			}()
			total += 60 / i
		}()
	}
	println("total", total)
}
