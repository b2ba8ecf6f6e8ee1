# Slicing is exact; extend grows with CPython's formula; pop and del shrink when under half full.
import sys
base = list(range(20))
print(sys.getsizeof(base[2:5]), sys.getsizeof(base[:]), sys.getsizeof(base[::2]), sys.getsizeof(base[5:5]))
x = [1, 2]
for chunk in ([3], [4, 5, 6], list(range(10)), list(range(50))):
    x.extend(chunk)
    print(len(x), sys.getsizeof(x))
y = list(range(40))
while y:
    y.pop()
    if len(y) in (30, 20, 19, 10, 9, 5, 2, 1, 0):
        print("pop", len(y), sys.getsizeof(y))
z = list(range(40))
del z[5:]
print("del", sys.getsizeof(z))
z.clear()
print("clear", sys.getsizeof(z))
w = list(range(10))
w[2:8] = []
print("slice-assign", sys.getsizeof(w))
w += [1, 2, 3, 4, 5, 6, 7, 8]
print("iadd", sys.getsizeof(w))
w *= 3
print("imul", sys.getsizeof(w))
