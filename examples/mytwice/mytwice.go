package main

type MyInt int

func (m MyInt) Twice() MyInt
