package main

func count(n int, p *int)
