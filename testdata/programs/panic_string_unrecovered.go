// Unrecovered panic with a string after normal output; a recover in a non-deferred position does nothing.
package main

type state struct{ steps int }

func (s *state) step(limit int) {
	s.steps++
	if s.steps > limit {
		panic("too many steps")
	}
}

//go:noinline
func run(s *state, limit int) {
	for i := 0; i < 10; i++ {
		s.step(limit)
		println("step", s.steps)
	}
}

func main() {
	s := &state{}
	r := recover() // not in a deferred call: returns nil
	println("recover returned nil:", r == nil)
	defer func() {
		println("deferred sees steps", s.steps)
	}()
	run(s, 3)
}
