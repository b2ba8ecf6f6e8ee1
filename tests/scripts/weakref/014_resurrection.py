# An object resurrected by __del__ keeps its weak references; they die later.
import weakref

saved = []

class A:
    def __del__(self):
        print("__del__")
        saved.append(self)

def cb(w):
    print("callback")

a = A()
r = weakref.ref(a, cb)
del a
print("after del:", r() is saved[0])
saved.clear()
print("after clear:", r())
