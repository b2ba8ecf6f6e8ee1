# references held by dicts
import sys
class O:
    pass
o = O()
base = sys.getrefcount(o)
d = {'k': o}
print(sys.getrefcount(o) - base)
d2 = d.copy()
print(sys.getrefcount(o) - base)
d3 = dict(d)
print(sys.getrefcount(o) - base)
v = list(d.values())
print(sys.getrefcount(o) - base)
del v, d2, d3
print(sys.getrefcount(o) - base)
d['k'] = None
print(sys.getrefcount(o) - base)
d[o] = o
print(sys.getrefcount(o) - base)
del d[o]
print(sys.getrefcount(o) - base)
d.setdefault('x', o)
print(sys.getrefcount(o) - base)
d.pop('x')
print(sys.getrefcount(o) - base)
d = dict.fromkeys(range(5), o)
print(sys.getrefcount(o) - base)
d.clear()
print(sys.getrefcount(o) - base)
items = {1: o}.items()
print(sys.getrefcount(o) - base)
del items
print(sys.getrefcount(o) - base)
