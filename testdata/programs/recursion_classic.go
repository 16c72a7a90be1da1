// Classic recursion: fibonacci, ackermann, towers of hanoi, permutations, mutual recursion.
package main

//go:noinline
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func hanoi(n int, from, to, via byte, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func permute(a []int, k int, count *int) {
	if k == len(a) {
		*count++
		if *count <= 3 {
			println(a[0], a[1], a[2], a[3])
		}
		return
	}
	for i := k; i < len(a); i++ {
		a[k], a[i] = a[i], a[k]
		permute(a, k+1, count)
		a[k], a[i] = a[i], a[k]
	}
}

func isEven(n uint) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n uint) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	println("fib(25)", fib(25))
	println("ack(2,3)", ack(2, 3), "ack(3,3)", ack(3, 3))
	moves := 0
	hanoi(16, 'A', 'C', 'B', &moves)
	println("hanoi 16 moves", moves)
	count := 0
	permute([]int{1, 2, 3, 4}, 0, &count)
	println("perms", count)
	println(isEven(1001), isOdd(1001))
}
