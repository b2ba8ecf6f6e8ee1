# obj.__weakref__ shows the first reference in the object's list, or None.
import weakref

class A:
    pass

class S:
    __slots__ = ("__weakref__",)

a = A()
print(a.__weakref__)
r = weakref.ref(a, print)
print(a.__weakref__ is r)
r2 = weakref.ref(a)
print(a.__weakref__ is r2)
s = S()
print(s.__weakref__, weakref.ref(s)() is s, "__weakref__" in dir(S))
try:
    a.__weakref__ = None
except AttributeError as e:
    print("AttributeError:", e)
