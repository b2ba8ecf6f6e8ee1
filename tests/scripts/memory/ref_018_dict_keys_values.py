# Dict keys and values are references; replacing a value drops the old one.
import sys
k = ("key", 1)
v = []
d = {k: v}
print(sys.getrefcount(k), sys.getrefcount(v))
d[k] = []
print(sys.getrefcount(k), sys.getrefcount(v))
d[v.__class__] = v
print(sys.getrefcount(v))
del d[k]
print(sys.getrefcount(k))
d.clear()
print(sys.getrefcount(v))
