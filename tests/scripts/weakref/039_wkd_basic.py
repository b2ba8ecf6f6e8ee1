# WeakKeyDictionary: entries vanish when their key dies.
import weakref

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Obj(%d)" % self.n

objs = [Obj(i) for i in range(4)]
d = weakref.WeakKeyDictionary()
for o in objs:
    d[o] = o.n * 10
del o
print(len(d), sorted(d.values()), d[objs[1]], objs[1] in d, 5 in d)
print(d.get(objs[2]), d.get(Obj(9), "missing"))
del objs[0]
print(len(d), sorted(d.values()))
print(sorted(k.n for k in d.keys()), sorted((k.n, v) for k, v in d.items()))
try:
    d[Obj(7)]
except KeyError:
    print("KeyError")
try:
    d[1] = 2
except TypeError as e:
    print("TypeError:", e)
print(repr(d).startswith("<WeakKeyDictionary at 0x"))
