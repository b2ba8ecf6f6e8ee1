# A ref subclass whose callback refers back to it: the reference and callback still run.
import weakref

class A:
    pass

class MyRef(weakref.ref):
    pass

log = []
a = A()
def cb(w):
    log.append(("cb", w is holder[0], w()))
holder = [MyRef(a, cb)]
print(weakref.getweakrefcount(a))
del a
print(log)
