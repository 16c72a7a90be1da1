// Constants: iota patterns, typed constants with methods, untyped constant arithmetic beyond int64.
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed"}[d]
}

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const huge = 1 << 100
const small = huge >> 98
const pi = 3.14159265358979323846264338327950288
const mask = ^uint32(0)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func main() {
	println(Sunday, Wednesday, Monday.String(), Tuesday.String())
	println(KB, MB, GB, TB)
	println(A, B, C, D, E, F)
	println(small, huge/(1<<90))
	p := pi
	println(pi, float32(pi), int(p*1000))
	println(mask, mask>>16)
	f := FlagA | FlagC
	println(f, f&FlagB != 0, f&FlagC != 0, f&^FlagA)
	const typed int16 = -300
	println(typed, 'x'-'a', "str"+"ing")
	var d Weekday = 2
	d++
	println(d, d.String())
}
