# hash(ref) is the referent's hash, cached; a dead, never-hashed ref raises TypeError.
import weakref

class A:
    def __hash__(self):
        return 42

a = A()
r = weakref.ref(a)
print(hash(r))
b = A()
r2 = weakref.ref(b)
del a, b
print(hash(r))
try:
    hash(r2)
except TypeError as e:
    print("TypeError:", e)

class U:
    __hash__ = None

u = U()
try:
    hash(weakref.ref(u))
except TypeError as e:
    print("TypeError:", e)
