# WeakSet set operations.
import weakref

class Obj:
    def __init__(self, n):
        self.n = n

items = [Obj(i) for i in range(6)]
a = weakref.WeakSet(items[:4])
b = weakref.WeakSet(items[2:])

def ns(s):
    return sorted(o.n for o in s)

print(ns(a | b), ns(a & b), ns(a - b), ns(a ^ b))
print(ns(a.union(items[5:])), ns(a.intersection(items[:2])), ns(a.difference(items[:1])))
print(a <= b, a >= weakref.WeakSet(items[:2]), a < a, a.issubset(items), a.isdisjoint(b))
print(a == weakref.WeakSet(items[:4]), a == set(items[:4]), a != b)
c = a.copy()
c |= b
print(ns(c))
c &= weakref.WeakSet(items[1:3])
print(ns(c))
c -= [items[1]]
print(ns(c))
c ^= [items[0], items[2]]
print(ns(c))
c.update(items)
c -= c
print(len(c))
