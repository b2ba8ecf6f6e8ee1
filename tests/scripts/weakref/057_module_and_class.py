# Weak references to modules, classes and functions.
import weakref, sys, math

rm = weakref.ref(math)
print(rm() is math, rm().sqrt(16))

def factory():
    class Local:
        pass
    return Local

C = factory()
log = []
rc = weakref.ref(C, lambda w: log.append("class gone"))
pc = weakref.proxy(C)
print(pc.__name__, type(pc).__name__, pc().__class__.__name__)
del C
import gc
gc.collect()
print(log, rc())

def f():
    return 1

rf = weakref.ref(f)
pf = weakref.proxy(f)
print(rf()(), pf())
del f
print(rf())
