# getweakrefs lists shared ref, shared proxy, then the others newest first.
import weakref

class A:
    pass

def cb1(w):
    pass

def cb2(w):
    pass

a = A()
c1 = weakref.ref(a, cb1)
c2 = weakref.ref(a, cb2)
p = weakref.proxy(a)
r = weakref.ref(a)
pc = weakref.proxy(a, cb1)
names = {id(c1): "c1", id(c2): "c2", id(p): "p", id(r): "r", id(pc): "pc"}
print([names[id(x)] for x in weakref.getweakrefs(a)])
del c2
print([names[id(x)] for x in weakref.getweakrefs(a)], weakref.getweakrefcount(a))
print(a.__weakref__ is r)
