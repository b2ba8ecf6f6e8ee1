# A ref subclass with __slots__ and a __new__ taking extra arguments.
import weakref, sys

class A:
    pass

class MyRef(weakref.ref):
    __slots__ = ("slot1", "slot2")
    def __new__(type, ob, callback, slot1, slot2):
        return weakref.ref.__new__(type, ob, callback)
    def __init__(self, ob, callback, slot1, slot2):
        self.slot1 = slot1
        self.slot2 = slot2
    def meth(self):
        return self.slot1 + self.slot2

a = A()
r = MyRef(a, None, "abc", "def")
print(r.slot1, r.slot2, r.meth(), r() is a)
print(hasattr(r, "__dict__"), sys.getsizeof(r), sys.getsizeof(weakref.ref(a)))
