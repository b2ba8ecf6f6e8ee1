# The callback runs only if the reference is still alive when the object dies.
import weakref

class A:
    pass

calls = []
a = A()
r = weakref.ref(a, lambda w: calls.append("r"))
r2 = weakref.ref(a, lambda w: calls.append("r2"))
del r
del a
print(calls)
b = A()
weakref.ref(b, lambda w: calls.append("temp"))
del b
print(calls)
