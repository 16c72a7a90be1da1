// Structs returned and passed by value (small and large), struct equality, nested structs and arrays.
package main

type Vec struct{ X, Y, Z float64 }

type Big struct {
	ID    int
	Tags  [8]int
	Inner Vec
	Name  string
}

//go:noinline
func addVec(a, b Vec) Vec { return Vec{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }

//go:noinline
func makeBig(id int) Big {
	var b Big
	b.ID = id
	for i := range b.Tags {
		b.Tags[i] = id * i
	}
	b.Inner = Vec{1, 2, float64(id)}
	b.Name = "big"
	return b
}

//go:noinline
func mutate(b Big) Big {
	b.Tags[0] = 999
	b.Name += "!"
	return b
}

func sumTags(b Big) int {
	s := 0
	for _, t := range b.Tags {
		s += t
	}
	return s
}

func main() {
	v := addVec(Vec{1, 2, 3}, Vec{0.5, 0.5, 0.5})
	println(int(v.X*10), int(v.Y*10), int(v.Z*10))
	b := makeBig(3)
	c := mutate(b)
	println(b.Tags[0], c.Tags[0], b.Name, c.Name, sumTags(b), sumTags(c))
	println(b == c, b == makeBig(3), v == Vec{1.5, 2.5, 3.5})
	arr := [3]Big{makeBig(1), makeBig(2), b}
	copyArr := arr
	copyArr[1].Inner.Z = 77
	println(int(arr[1].Inner.Z), int(copyArr[1].Inner.Z), arr == copyArr)
	type pair struct {
		a int
		b string
	}
	println(pair{1, "x"} == pair{1, "x"}, pair{1, "x"} != pair{1, "y"})
}
