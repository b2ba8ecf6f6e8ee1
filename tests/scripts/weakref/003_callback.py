# The callback gets the reference itself, already dead; __callback__ is cleared.
import weakref

class A:
    pass

def cb(w):
    print("callback:", w is r, w(), w.__callback__)

a = A()
r = weakref.ref(a, cb)
print(r.__callback__ is cb)
del a
print("after del", r(), r.__callback__)
