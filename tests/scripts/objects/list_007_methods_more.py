a = [0, 1, 2, 1, 0]
print(a.index(1), a.index(1, 2), a.index(0, -2), a.index(2, -5, -2))
print(a.count(0), a.count(1), a.count(2), a.count(3))
a.remove(1)
print(a)
a.remove(0)
print(a)
print([1.0, 1, True].count(1), [1, 1.0].index(True))
nan = float('nan')
b = [nan]
print(nan in b, b.count(nan), b.index(nan), b == b, [nan] == [nan])
c = [1, 2, 3]
c.extend(c)
print(c)
d = [1]
d *= 3
print(d)
d *= 0
print(d)
e = [1, 2]
f = e
e += [3]
print(f, e is f)
e *= 2
print(f, e is f)
g = [3, 1, 2]
print(g.reverse(), g)
print([].copy(), [1, [2]].copy())
h = [1, [2]]
h2 = h.copy()
h2[1].append(3)
print(h)
print(list.__len__([1, 2]), [5, 6].__getitem__(1), [1].__contains__(1))
print([].append.__name__)
class L(list):
    pass
l = L([3, 1, 2])
l.sort()
print(l, type(l).__name__, len(l), l + [4], type(l + [4]).__name__, l[1:], type(l[1:]).__name__)
print(L() == [], isinstance(l, list))
