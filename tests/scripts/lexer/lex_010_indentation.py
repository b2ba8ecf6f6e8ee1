def f(x):
    if x > 0:
        if x > 10:
            return "big"
        else:
            return "small"
    elif x == 0:
        return "zero"
    else:
      return "negative"

for v in (20, 5, 0, -1):
    print(f(v))

class A:
        def m(self):
                return 1
print(A().m())
if True:
	print("tab indented")
	if True:
		print("two tabs")
