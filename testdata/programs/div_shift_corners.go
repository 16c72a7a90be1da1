// Division and shift corner cases: MinInt64 / -1, % -1, signed vs unsigned division, shifts >= width.
package main

//go:noinline
func div64(a, b int64) (int64, int64) { return a / b, a % b }

//go:noinline
func div32(a, b int32) (int32, int32) { return a / b, a % b }

//go:noinline
func div8(a, b int8) (int8, int8) { return a / b, a % b }

//go:noinline
func udiv(a, b uint64) (uint64, uint64) { return a / b, a % b }

//go:noinline
func shl(x int64, s uint) int64 { return x << s }

//go:noinline
func shr(x int64, s uint) int64 { return x >> s }

//go:noinline
func ushr(x uint32, s uint64) uint32 { return x >> s }

func main() {
	minI := int64(-1 << 63)
	println(div64(minI, -1))
	println(div32(-2147483648, -1))
	println(div8(-128, -1))
	println(div64(-7, 2))
	println(div64(7, -2))
	println(div64(-7, -2))
	println(udiv(1<<64-1, 10))
	println(udiv(1<<63, 3))
	println(uint64(minI)/3, uint32(1<<31)/7)

	for _, s := range []uint{0, 1, 31, 32, 63, 64, 65, 200} {
		println(s, shl(1, s), shl(-1, s), shr(-8, s), shr(minI, s), ushr(0x80000000, uint64(s)))
	}
	var big uint = 1 << 40
	println(shl(3, big), shr(-3, big), ushr(7, 1<<63))

	var i8 int8 = -1
	i64 := id8v(64)
	println(i8>>7, i8<<7, uint8(i8)>>7, i64<<1)
	x := 12345
	println(x>>3, x<<60, -x>>3, -x/8, (-x)&7, ^x, x&^0xF0)
	var y uint16 = 0xABCD
	println(y<<4, y>>4, y<<16, ^y)
}

//go:noinline
func id8v(x int8) int8 { return x }
