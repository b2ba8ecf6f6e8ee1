# A callback can keep the dead reference alive; it stays dead.
import weakref

class A:
    pass

kept = []
a = A()
r = weakref.ref(a, kept.append)
del r
del a
print(len(kept), kept[0]())
