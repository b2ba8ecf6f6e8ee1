# Subclass instances never replace the shared plain reference (CPython's
# test_subclass_refs_dont_replace_standard_refs).
import weakref

class A:
    pass

class MyRef(weakref.ref):
    pass

o = A()
r1 = MyRef(o)
r2 = weakref.ref(o)
print(r1 is not r2, weakref.getweakrefs(o) == [r2, r1], weakref.getweakrefcount(o))
r3 = MyRef(o, len)
print(weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
print(len(refs), refs[0] is r2, r1 in refs, r3 in refs)
