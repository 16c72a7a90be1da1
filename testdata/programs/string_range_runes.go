// Ranging over strings yields byte offsets and runes (multi-byte UTF-8, invalid bytes -> U+FFFD); byte indexing.
package main

func main() {
	s := "héllo, 世界! 🎉"
	println("len bytes", len(s))
	count := 0
	for i, r := range s {
		print(i, ":", r, " ")
		count++
	}
	println()
	println("runes", count)

	for i := 0; i < 3; i++ {
		print(s[i], " ")
	}
	println()

	bad := "a\xffb\xc3"
	for i, r := range bad {
		print(i, ":", r, " ")
	}
	println()

	// count by rune class
	letters, others := 0, 0
	for _, r := range "Go 1.27 — ünïcödé" {
		if (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r > 127 {
			letters++
		} else {
			others++
		}
	}
	println(letters, others)

	for i := range "abc" {
		print(i)
	}
	println()
	var empty string
	for range empty {
		println("never")
	}
	println(s[1:3] == "é", s[len(s)-4:] == "🎉")
}
