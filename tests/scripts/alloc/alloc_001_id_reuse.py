# needs: pymalloc
# A dead object's memory goes to the next object of its size class, at once.
print(id([]) == id([]))
print(id(object()) == id(object()))
x = 10 ** 20
addr = id(x)
del x
y = 10 ** 21
print(id(y) == addr)
a = [1.5 * i for i in range(3)]
ids = [id(f) for f in a]
del a
b = [2.5 * i for i in range(3)]
print(sorted(id(f) for f in b) == sorted(ids))
