if True:
	x = 1
	if x:
		y = 2
		print(x, y)
print("after formfeed")
if True:
        a = 8
        print(a)
