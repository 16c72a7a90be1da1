// Type assertions with comma-ok: concrete types, interface-to-interface, nil interfaces.
package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type File struct{ data string }

func (f *File) Read() string       { return f.data }
func (f *File) Write(s string) int { f.data += s; return len(s) }

type RO struct{}

func (RO) Read() string { return "ro" }

func check(r Reader) {
	if w, ok := r.(Writer); ok {
		n := w.Write("+")
		println("writer", n, r.Read())
	} else {
		println("not a writer", r.Read())
	}
	f, ok := r.(*File)
	println("is *File", ok, f != nil)
	_, ok = r.(RO)
	println("is RO", ok)
}

func main() {
	check(&File{"abc"})
	check(RO{})

	var e interface{} = 42
	n, ok := e.(int)
	println(n, ok)
	s, ok := e.(string)
	println(len(s), ok)
	u, ok := e.(uint)
	println(u, ok)

	var nilR Reader
	_, ok = nilR.(Writer)
	println("nil to iface", ok)
	_, ok = interface{}(nil).(int)
	println("nil to int", ok)

	var rw ReadWriter = &File{"x"}
	var r Reader = rw
	back, ok := r.(ReadWriter)
	println(ok, back.Write("yz"), rw.Read())
}
