// Benchmark bignum: multi-limb arithmetic in hand-written assembly (bignum_amd64.s), the
// shape of math/big and crypto code: an ADC chain whose carry lives in CF across loads and
// stores, and MULQ with ADC. goasm runs the compiler's listing together with the .s file,
// linked as go build does it (ABI wrappers, symabis).
package main

// addVV sets z = x + y over len(z) 64-bit limbs and returns the carry out.
func addVV(z, x, y []uint64) uint64

// mulAddVWW sets z = x*y + r over len(z) limbs and returns the high limb.
func mulAddVWW(z, x []uint64, y, r uint64) uint64

func main() {
	const n = 64
	x := make([]uint64, n)
	y := make([]uint64, n)
	z := make([]uint64, n)
	s := uint64(0x9e3779b97f4a7c15)
	for i := range x {
		s ^= s << 13
		s ^= s >> 7
		s ^= s << 17
		x[i] = s
		y[i] = s * 0x2545f4914f6cdd1d
	}
	sum := uint64(0)
	for round := 0; round < 400000; round++ {
		c := addVV(z, x, y)
		h := mulAddVWW(x, z, y[round%n]|1, c)
		sum = sum*31 + h + z[round%n]
	}
	println(sum)
}
