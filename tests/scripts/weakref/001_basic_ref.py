# weakref.ref: calling gives the object while it lives, None after it dies.
import weakref

class A:
    pass

a = A()
r = weakref.ref(a)
print(r() is a, type(r) is weakref.ref, type(r) is weakref.ReferenceType)
print(weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r])
del a
print(r(), weakref.getweakrefcount(r))
print(callable(r), r.__callback__)
