# File objects accept weak references (CPython's io objects do); the callback runs when the
# file dies, after it has been closed.
import weakref
f = open("_tmp_weakref_file.txt", "w")
f.write("data")
seen = []
r = weakref.ref(f, lambda ref: seen.append(ref() is None))
p = weakref.proxy(f)
print(r() is f, p.closed, weakref.getweakrefcount(f))
del f
print(seen, r())
try:
    p.closed
except ReferenceError as e:
    print("ReferenceError:", e)
with open("_tmp_weakref_file.txt") as g:
    print(g.read())
    w = weakref.ref(g)
print(w() is g, g.closed)
del g
print(w())
import os
os.remove("_tmp_weakref_file.txt")
