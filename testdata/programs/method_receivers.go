// Value vs pointer receivers: mutation visibility, automatic address-taking and dereference.
package main

type Counter struct {
	name string
	n    int
}

func (c Counter) IncValue() int { c.n++; return c.n }
func (c *Counter) IncPtr() int  { c.n++; return c.n }
func (c Counter) Get() int      { return c.n }

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func main() {
	c := Counter{name: "c"}
	println(c.IncValue(), c.IncValue(), c.Get())
	println(c.IncPtr(), c.IncPtr(), c.Get())

	pc := &c
	println(pc.IncValue(), pc.Get())
	pc.IncPtr()
	println(c.n)

	arr := []Counter{{"a", 0}, {"b", 10}}
	for i := range arr {
		arr[i].IncPtr()
	}
	for _, x := range arr {
		x.IncPtr() // copy
	}
	println(arr[0].n, arr[1].n)

	t := Celsius(100)
	println(int(t.Fahrenheit()), int(Celsius(-40).Fahrenheit()))

	var l IntList
	for i := 1; i <= 5; i++ {
		l.Push(i * 10)
	}
	println(len(l), l.Sum())
}
