# WeakKeyDictionary: update, setdefault, pop, popitem, copy, keyrefs, equality.
import weakref

class Obj:
    def __init__(self, n):
        self.n = n

a, b, c = Obj(1), Obj(2), Obj(3)
d = weakref.WeakKeyDictionary({a: 1})
d.update({b: 2})
d.update([(c, 3)])
print(len(d), d.setdefault(a, 100), d.setdefault(Obj(4), 4), len(d))
print(d.pop(b), d.pop(b, "gone"))
k, v = d.popitem()
print(k.n == v)
d[b] = 2
e = d.copy()
print(len(e), e == d, e == {b: 2, a: 1} or e == {b: 2, c: 3}, d == [1])
print(len(d.keyrefs()), all(isinstance(r, weakref.ref) for r in d.keyrefs()))
del d[b]
print(b in d, len(d))
d.clear()
print(len(d))
