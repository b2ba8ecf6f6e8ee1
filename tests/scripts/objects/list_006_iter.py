a = [1, 2, 3]
it = iter(a)
print(type(it).__name__, next(it), next(it))
a.append(4)
print(list(it))
print(list(it), next(it, 'done'))
r = reversed(a)
print(type(r).__name__, next(r), list(r))
r2 = reversed([1, 2, 3])
print(r2.__length_hint__(), next(r2), r2.__length_hint__())
it2 = iter([1, 2, 3])
print(it2.__length_hint__())
next(it2)
print(it2.__length_hint__())
print(iter(it2) is it2)
b = [1, 2, 3, 4]
for x in b:
    if x == 2:
        b.remove(x)
    print(x, end=' ')
print()
c = list(range(5))
out = []
for x in reversed(c):
    out.append(x)
    if x == 3:
        c.clear()
print(out)
print(list(a.__reversed__()))
e = []
print(list(iter(e)), list(reversed(e)))
