// Unrecovered panic with a custom error value: the runtime prints its Error() text; deferred calls still run.
package main

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return "parse error on line " + string(rune('0'+e.Line)) + ": " + e.Msg
}

//go:noinline
func checkLine(i int, l string) {
	if l == "" {
		panic(&ParseError{Line: i + 1, Msg: "empty line"})
	}
}

func parse(lines []string) int {
	for i, l := range lines {
		checkLine(i, l)
	}
	return len(lines)
}

func process() {
	defer println("process: deferred cleanup")
	n := parse([]string{"a", "b"})
	println("parsed", n)
	n = parse([]string{"a", "b", "", "d"})
	println("never", n)
}

func main() {
	defer println("main: deferred")
	process()
}
