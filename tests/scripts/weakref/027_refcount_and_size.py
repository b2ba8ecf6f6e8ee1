# A weak reference does not change the referent's reference count; sizes as CPython.
import weakref, sys, gc

class A:
    pass

a = A()
before = sys.getrefcount(a)
r = weakref.ref(a)
p = weakref.proxy(a)
r2 = weakref.ref(a, print)
print(sys.getrefcount(a) - before)
print(sys.getsizeof(r), sys.getsizeof(p), sys.getsizeof(r2))
print(gc.is_tracked(r), gc.is_tracked(p))

def f():
    pass

pf = weakref.proxy(f)
print(sys.getsizeof(pf), gc.is_tracked(pf))
print(sys.getrefcount(r) - sys.getrefcount(r2))
