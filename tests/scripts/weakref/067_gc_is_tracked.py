# Weak references are tracked containers; their traverse visits only the callback.
import gc, weakref

class A:
    pass

def cb(w):
    pass

a = A()
r = weakref.ref(a)
rc = weakref.ref(a, cb)
p = weakref.proxy(a)
print(gc.is_tracked(r), gc.is_tracked(rc), gc.is_tracked(p))
print(gc.get_referents(r), gc.get_referents(rc) == [cb], gc.get_referents(p))
print(r in gc.get_referrers(a), any(x is rc for x in gc.get_referrers(cb)))
