# __callback__ is read-only.
import weakref

class A:
    pass

def cb(w):
    pass

a = A()
r = weakref.ref(a, cb)
try:
    r.__callback__ = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.__callback__
except AttributeError as e:
    print("AttributeError:", e)
print(r.__callback__ is cb)
