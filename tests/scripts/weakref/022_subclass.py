# Subclasses of weakref.ref can add attributes and arguments.
import weakref

class A:
    pass

class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, **annotations):
        super().__init__(ob, callback)
        self.__dict__.update(annotations)

a = A()
r = MyRef(a, None, color="red", size=3)
print(r() is a, r.color, r.size, isinstance(r, weakref.ref), type(r).__name__)
print(weakref.getweakrefcount(a))
r2 = weakref.ref(a)
print(r2 is r, weakref.getweakrefs(a)[0] is r2)
try:
    weakref.ref(a, None, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref(a, callback=None)
except TypeError as e:
    print("TypeError:", e)
try:
    r2(1)
except TypeError as e:
    print("TypeError:", e)
del a
print(r(), r.color)
