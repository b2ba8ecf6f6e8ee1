# WeakValueDictionary methods: update, setdefault, pop, popitem, copy, valuerefs.
import weakref

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Obj(%d)" % self.n

keep = {i: Obj(i) for i in range(4)}
d = weakref.WeakValueDictionary(keep, extra=keep[0])
print(sorted(d, key=str))
d.update({10: keep[1]}, z=keep[2])
print(len(d), d[10], d["z"])
print(d.setdefault(20, keep[3]), d.setdefault(20, keep[0]))
print(d.pop(20), d.pop(99, "default"))
try:
    d.pop(99)
except KeyError as e:
    print("KeyError:", e)
k, v = d.popitem()
print(k, v)
c = d.copy()
print(type(c).__name__, sorted(c.items(), key=str) == sorted(d.items(), key=str))
refs = d.valuerefs()
print(len(refs), all(isinstance(r, weakref.KeyedRef) for r in refs))
print(sorted((r.key for r in d.itervaluerefs()), key=str))
del d[10]
print(10 in d, len(d))
d.clear()
print(len(d))
print(repr(d).startswith("<WeakValueDictionary at 0x"))
