package main

func Swap(a, b int) (int, int)
