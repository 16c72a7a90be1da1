package main

func Sort3(a, b, c int) (int, int, int)
