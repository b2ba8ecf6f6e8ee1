# _weakref._remove_dead_weakref removes a key only if its value is a dead reference.
import _weakref, weakref

class A:
    pass

a, b = A(), A()
d = {"a": weakref.ref(a), "b": weakref.ref(b)}
del a
_weakref._remove_dead_weakref(d, "a")
_weakref._remove_dead_weakref(d, "b")
_weakref._remove_dead_weakref(d, "missing")
print(sorted(d))
try:
    _weakref._remove_dead_weakref({"x": 1}, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    _weakref._remove_dead_weakref([], "x")
except TypeError as e:
    print("TypeError:", e)
print(_weakref.ref is weakref.ref, _weakref.ReferenceType is weakref.ref)
print(sorted(n for n in dir(_weakref) if not n.startswith("__")))
