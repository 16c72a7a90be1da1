// Pointers into the goroutine stack stay valid while deep recursion grows (copies) it many times:
// pointers to locals passed down and written at depth, stack objects holding pointers,
// a stack-allocated closure's context, slices and strings of stack bytes, structs of pointers.
package main

type node struct {
	vals [4]int
	next *node
}

// A chain of address-taken locals (stack objects with a pointer field), each
// pointing at its caller's.
//
//go:noinline
func fill(depth int, arr *[16]int, parent *node) int {
	var me node
	me.next = parent
	me.vals[depth%4] = depth
	if depth == 0 {
		s := 0
		for p := &me; p != nil; p = p.next {
			s += p.vals[0] + p.vals[1] + p.vals[2] + p.vals[3]
		}
		arr[0] = s
		return s
	}
	r := fill(depth-1, arr, &me)
	arr[depth%16] += r & 0xff
	return r + me.vals[depth%4]
}

// A pointer to a local array passed down a deep recursion and written at depth.
//
//go:noinline
func writeAt(n int, buf *[8]int, total *int) {
	var pad [24]int // a bigger frame: the stack grows many times
	pad[n%24] = n
	if n == 0 {
		buf[3] = 42
		*total += pad[0]
		return
	}
	buf[n%8] += n
	writeAt(n-1, buf, total)
	*total += pad[n%24] + buf[n%8]
}

// Closures that capture by reference, called deep down: the closure lives in
// main's frame and its context pointer goes through morestack.
//
//go:noinline
func visit(n int, f func(int)) {
	if n == 0 {
		return
	}
	f(n)
	visit(n-1, f)
}

//go:noinline
func grow(n int) int {
	var pad [32]int
	pad[n%32] = n
	if n == 0 {
		return 0
	}
	return grow(n-1) + pad[n%32]&1
}

// A slice of a stack array and a string of stack bytes passed down.
//
//go:noinline
func sliceDown(n int, s []byte, str string) int {
	if n == 0 {
		s[0] = 'Z'
		return len(str) + int(str[1])
	}
	s[n%len(s)]++
	r := sliceDown(n-1, s, str)
	return r + int(s[n%len(s)]&1)
}

type pair struct {
	a, b *int
}

// A struct of pointers to the caller's locals, kept by value in each frame.
//
//go:noinline
func structDown(n int, p pair) int {
	var big [16]int
	big[n%16] = n
	if n == 0 {
		*p.a += 1
		*p.b += 2
		return *p.a + *p.b
	}
	q := p
	r := structDown(n-1, q)
	*q.a += big[n%16] & 1
	return r
}

func main() {
	var chain [16]int
	println(fill(20000, &chain, nil))
	println(chain[0], chain[1], chain[15])
	var buf [8]int
	total := 0
	writeAt(50000, &buf, &total)
	println(buf[0], buf[3], buf[7], total)

	sum := 0
	count := 0
	visit(30000, func(i int) {
		sum += i
		count++
		if i%1000 == 0 {
			sum += grow(i / 10)
		}
	})
	println(sum, count)

	var arr [16]byte
	var sb [6]byte
	copy(sb[:], "hello!")
	println(sliceDown(40000, arr[:], string(sb[:])), arr[0], arr[5], arr[15])

	x, y := 10, 20
	println(structDown(30000, pair{&x, &y}), x, y)
}
