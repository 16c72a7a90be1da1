// Embedded structs: promoted fields and methods, shadowing, explicit access through the embedded name.
package main

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return "base:" + b.Name }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

type Mid struct {
	Base
	Level int
}

func (m Mid) Kind() string { return "mid" }

type Top struct {
	*Mid
	Name string // shadows Base.Name
}

func main() {
	m := Mid{Base: Base{ID: 7, Name: "m"}, Level: 2}
	println(m.ID, m.Name, m.Level, m.Describe(), m.Kind(), m.Base.Kind())
	m.Rename("renamed")
	println(m.Name, m.Base.Name)

	t := Top{Mid: &m, Name: "top"}
	println(t.Name, t.Mid.Name, t.ID, t.Kind(), t.Describe())
	t.Rename("viaTop")
	println(m.Name, t.Base.Name)
	t.Level++
	println(m.Level)

	f := t.Describe
	t.Rename("later")
	println(f(), t.Describe())
}
