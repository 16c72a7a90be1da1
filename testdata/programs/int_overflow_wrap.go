// Integer overflow wraps around for every signed and unsigned width; conversions truncate or sign-extend.
package main

//go:noinline
func id8(x int8) int8 { return x }

//go:noinline
func id64(x int64) int64 { return x }

//go:noinline
func idu(x uint64) uint64 { return x }

func main() {
	var i8 int8 = id8(127)
	i8++
	println(i8, -id8(-128), id8(-128)*-1, id8(100)+id8(100))
	var u8 uint8 = 255
	u8++
	println(u8, uint8(idu(0))-1)
	var i16 int16 = 32767
	i16 += int16(id64(1))
	println(i16)
	var u16 uint16 = 0
	u16 -= uint16(id64(1))
	println(u16)
	var i32 int32 = 2147483647
	i32 += int32(id64(1))
	println(i32, int32(id64(1<<31)), int32(id64(-1<<31-1)))
	var u32 uint32 = 4294967295
	u32 += uint32(id64(2))
	println(u32)
	mx := id64(9223372036854775807)
	println(mx+1, mx*2, -(mx + 1), (mx+1)-1)
	println(idu(18446744073709551615)+1, idu(1<<63)*2, idu(0)-1)

	println(int8(id64(200)), uint8(id64(-1)), int16(id64(70000)), uint32(id64(-2)))
	println(int64(int8(id8(-5))), uint64(id8(-5)), uint64(uint8(id8(-5))))

	// multiplicative hash relies on wraparound
	var h uint64 = 14695981039346656037
	for _, c := range []byte("goasm") {
		h ^= uint64(c)
		h *= 1099511628211
	}
	println(h)
	var h32 uint32 = 2166136261
	for _, c := range []byte("goasm") {
		h32 = (h32 ^ uint32(c)) * 16777619
	}
	println(h32)
}
