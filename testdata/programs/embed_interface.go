// Promoted methods satisfy interfaces; embedding an interface in a struct and overriding one method.
package main

type Speaker interface {
	Speak() string
	Volume() int
}

type Animal struct{ sound string }

func (a Animal) Speak() string { return a.sound }
func (a *Animal) Volume() int  { return len(a.sound) }

type Dog struct {
	Animal
	loud bool
}

func (d *Dog) Volume() int {
	if d.loud {
		return 100
	}
	return d.Animal.Volume()
}

type Quiet struct {
	Speaker // embedded interface
}

func (q Quiet) Volume() int { return q.Speaker.Volume() / 10 }

func report(s Speaker) {
	println(s.Speak(), s.Volume())
}

func main() {
	a := &Animal{"meow"}
	d := &Dog{Animal{"woof"}, false}
	d2 := &Dog{Animal{"WOOF"}, true}
	report(a)
	report(d)
	report(d2)
	report(Quiet{d2})
	report(Quiet{Quiet{d2}})

	list := []Speaker{a, d, d2, Quiet{a}}
	total := 0
	for _, s := range list {
		total += s.Volume()
	}
	println("total volume", total)
}
