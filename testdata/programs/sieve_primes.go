// Compute-heavy loops over a []bool sieve, a []int32 histogram and integer math (gcd, modpow).
package main

func sieve(n int) []bool {
	composite := make([]bool, n+1)
	for i := 2; i*i <= n; i++ {
		if !composite[i] {
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return composite
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

//go:noinline
func modpow(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func main() {
	const N = 200000
	c := sieve(N)
	count, last := 0, 0
	var gaps [100]int32
	for i := 2; i <= N; i++ {
		if !c[i] {
			if last > 0 {
				gaps[i-last]++
			}
			count++
			last = i
		}
	}
	println("primes", count, "largest", last)
	println("gap2", gaps[2], "gap4", gaps[4], "gap6", gaps[6])
	println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	println(modpow(2, 10, 1000), modpow(3, 1000000, 1000000007), modpow(7, 0, 13))
}
