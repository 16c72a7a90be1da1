package main

func CallTripler(x int) int
