package main

func next() int
