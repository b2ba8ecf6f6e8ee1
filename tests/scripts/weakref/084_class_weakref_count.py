# Classes are weakly referenced by their bases' subclass registries, as in CPython.
import weakref, sys

class Base:
    pass

class Child(Base):
    pass

print(weakref.getweakrefcount(Base), weakref.getweakrefcount(Child))
r = weakref.ref(Child)
print(weakref.getweakrefcount(Child), r in weakref.getweakrefs(Child))
print(Base.__subclasses__() == [Child], r() is Child)
print(sys.getsizeof(Base) == sys.getsizeof(Child))
