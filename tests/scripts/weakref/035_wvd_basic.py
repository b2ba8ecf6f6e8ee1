# WeakValueDictionary: entries vanish when their value dies.
import weakref

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Obj(%d)" % self.n

objs = [Obj(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for o in objs:
    d[o.n] = o
del o
print(len(d), list(d.keys()), list(d.values()))
print(d[2], d.get(2), 2 in d, d.get(9, "none"), 9 in d)
del objs[2]
print(len(d), 2 in d, list(d))
try:
    d[2]
except KeyError as e:
    print("KeyError:", e)
objs.clear()
print(len(d), list(d.items()))
