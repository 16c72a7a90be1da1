// Functions compiled with `go tool compile -S` for the listing test of
// goasm proto (tests/proto_listing.rs): each reads all its parameters and
// sets its results on every path, so registers alone can show the
// signature's register assignment.
package p

func Add(a, b int) int { return a + b }

func Scale(x float64, n int) float64 { return x * float64(n) }

func Pick(c bool, a, b int) int {
	if c {
		return a
	}
	return b
}

func Len(s string) int { return len(s) }

func Swap(a, b int) (int, int) { return b, a }

func Hyp(x, y float64) float64 { return x*x + y*y }

func Nothing() {}

// The capacity (CX) is never read: only the argument info shows it.
func Sum(xs []int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

// A float after integers and a complex value.
func Mul(n int, c complex128) complex128 { return c * complex(float64(n), 0) }
