// panic with values of several types recovered in a deferred function; code after panic is skipped.
package main

type MyErr struct{ code int }

func (e MyErr) Error() string { return "myerr " + itoa(e.code) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

func protect(v interface{}) (result string) {
	defer func() {
		r := recover()
		switch x := r.(type) {
		case string:
			result = "string: " + x
		case int:
			result = "int: " + itoa(x)
		case error:
			result = "error: " + x.Error()
		case nil:
			result = "nothing"
		default:
			result = "other"
		}
	}()
	if v != nil {
		panic(v)
	}
	return "normal"
}

func main() {
	println(protect("boom"))
	println(protect(-17))
	println(protect(MyErr{404}))
	println(protect(3.5))
	println(protect(nil))
	println("recover outside defer:", recover() == nil)
}
