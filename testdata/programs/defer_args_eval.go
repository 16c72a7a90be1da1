// Deferred call arguments are evaluated at the defer statement; deferred method values and closures.
package main

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { println(l.prefix + msg) }

func (l *Logger) PLog(msg string) { println(l.prefix + msg) }

func show(label string, v int) { println(label, v) }

func run() {
	x := 1
	defer show("arg at defer", x)
	defer func() { show("closure at exit", x) }()
	x = 2

	l := Logger{"[v] "}
	defer l.Log("value receiver copied")
	pl := &Logger{"[p] "}
	defer pl.PLog("pointer receiver shared")
	l.prefix = "[changed] "
	pl.prefix = "[p-changed] "

	f := func(s string) { println("func value", s) }
	defer f("first f")
	f = func(s string) { println("replaced", s) }
	defer f("second f")
	x = 3
}

func main() {
	run()
	println("after run")
}
