// Failed panicking type assertions (concrete and interface targets) recovered and their messages printed.
package main

type Shape interface{ Area() int }
type Named interface{ Name() string }

type Box struct{ w int }

func (b Box) Area() int { return b.w * b.w }

type T struct{}

func try(label string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(interface{ Error() string }); ok {
			println(label, "recovered:", err.Error())
		} else if r != nil {
			println(label, "recovered non-error")
		} else {
			println(label, "no panic")
		}
	}()
	f()
}

func main() {
	var e interface{} = "str"
	try("string->int", func() { _ = e.(int) })
	try("string->string", func() { println(e.(string)) })

	var s Shape = Box{3}
	try("Shape->Named", func() { _ = s.(Named) })
	try("Shape->Box", func() { println(s.(Box).w) })
	try("Shape->*Box", func() { _ = s.(*Box) })

	var nilShape Shape
	try("nil->Box", func() { _ = nilShape.(Box) })
	try("nil->Named", func() { _ = nilShape.(Named) })

	var t interface{} = T{}
	try("T->Shape", func() { _ = t.(Shape) })
	try("int->float64", func() { var x interface{} = 1; _ = x.(float64) })
}
