# A reference without callback is shared; with a callback, or of a subclass, it is new.
import weakref

class A:
    pass

def cb(w):
    pass

class MyRef(weakref.ref):
    pass

a = A()
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print(r1 is r2, weakref.getweakrefcount(a))
r3 = weakref.ref(a, cb)
r4 = weakref.ref(a, cb)
print(r3 is r1, r3 is r4, weakref.getweakrefcount(a))
r5 = weakref.ref(a, None)
print(r5 is r1)
m1 = MyRef(a)
m2 = MyRef(a)
print(m1 is r1, m1 is m2, weakref.getweakrefcount(a))
p1 = weakref.proxy(a)
p2 = weakref.proxy(a)
p3 = weakref.proxy(a, cb)
print(p1 is p2, p3 is p1, weakref.getweakrefcount(a))
refs = weakref.getweakrefs(a)
print(refs[0] is r1, refs[1] is p1)
del r1, r2
print(weakref.ref(a) is refs[0])
