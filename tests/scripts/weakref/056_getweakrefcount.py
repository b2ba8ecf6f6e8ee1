# getweakrefcount counts every reference and proxy; dead ones are gone.
import weakref

class A:
    pass

def cb(w):
    pass

a = A()
refs = [weakref.ref(a), weakref.ref(a), weakref.ref(a, cb), weakref.proxy(a),
        weakref.proxy(a, cb), weakref.proxy(a)]
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
del refs[2]
print(weakref.getweakrefcount(a))
refs.clear()
print(weakref.getweakrefcount(a), weakref.getweakrefs(a))
print(weakref.getweakrefcount(1), weakref.getweakrefcount(A))
