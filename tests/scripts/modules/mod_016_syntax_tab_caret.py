# compare: stderr
def f():
	x = 1
	return x +* 2
