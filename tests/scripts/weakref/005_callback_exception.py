# compare: stderr
# An exception in a callback is reported as unraisable; the other callbacks still run.
import weakref

class A:
    pass

def cb(w):
    raise ValueError("bad callback")

def good(w):
    print("good callback ran")

a = A()
r1 = weakref.ref(a, good)
r2 = weakref.ref(a, cb)
del a
print("still running", r1(), r2())
