// Multiple embedding levels with method overriding, calling the embedded version explicitly, and dynamic dispatch via interface.
package main

type Describer interface{ Describe() string }

type Engine struct{ HP int }

func (e Engine) Describe() string { return "engine " + itoa(e.HP) }
func (e Engine) Start() string    { return "vroom" }

type Wheels struct{ N int }

func (w Wheels) Count() int { return w.N }

type Car struct {
	Engine
	Wheels
	Model string
}

func (c Car) Describe() string { return c.Model + " with " + c.Engine.Describe() }

type SportsCar struct {
	Car
	Turbo bool
}

func (s SportsCar) Start() string { return "VROOM" }

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func main() {
	c := Car{Engine{150}, Wheels{4}, "sedan"}
	s := SportsCar{Car{Engine{500}, Wheels{4}, "racer"}, true}
	println(c.Describe(), c.Start(), c.Count(), c.HP)
	println(s.Describe(), s.Start(), s.Car.Start(), s.Engine.Start(), s.N)
	ds := []Describer{c.Engine, c, s, s.Car}
	for _, d := range ds {
		println(d.Describe())
	}
	s.HP += 50
	println(s.Describe(), c.HP)
}
