# Comparing references with proxies and with plain objects.
import weakref

class A:
    pass

a = A()
r = weakref.ref(a)
p = weakref.proxy(a)
print(r == p, p == a, a == p, p != a, r == a)
b = A()
pb = weakref.proxy(b)
print(p == pb, p != pb)
del a
print(r == r, r != p)
try:
    p == b
except ReferenceError as e:
    print("ReferenceError:", e)
