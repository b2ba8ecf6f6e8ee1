for v in (-1, 0, 1):
    print("neg" if v < 0 else "zero" if v == 0 else "pos")
x = [a if a % 2 else -a for a in range(5)]
print(x)
print((lambda q: "yes" if q else "no")(1))
