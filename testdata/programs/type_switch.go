// Type switches: concrete types, interfaces, nil, multi-type cases, and the bound variable's type.
package main

type Stringer interface{ String() string }

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Pair struct{ A, B int }

//go:noinline
func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		if x < 0 {
			return "negative int"
		}
		return "int"
	case int8, int16:
		return "small int"
	case string:
		return "string of len " + string(rune('0'+len(x)))
	case Stringer:
		return "stringer " + x.String()
	case Pair:
		if x.A == x.B {
			return "equal pair"
		}
		return "pair"
	case *Pair:
		return "pair pointer"
	case []int:
		return "int slice"
	case error:
		return "error " + x.Error()
	case bool, float64:
		return "bool or float64"
	default:
		return "other"
	}
}

type E struct{}

func (E) Error() string { return "E!" }

func main() {
	vals := []interface{}{nil, 5, -5, int8(1), int16(2), "hey", Color(2), Pair{1, 1},
		Pair{1, 2}, &Pair{}, []int{1}, E{}, true, 2.5, float32(1), uint(3)}
	for i, v := range vals {
		println(i, describe(v))
	}
}
