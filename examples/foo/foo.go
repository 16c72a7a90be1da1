package main

func Foo(a bool, b int16) (c []byte)
