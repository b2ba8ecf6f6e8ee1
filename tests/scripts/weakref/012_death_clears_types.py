# Each kind of weakly referenceable object clears its references (and calls callbacks)
# when it dies.
import weakref

log = []

def watch(o, name):
    return weakref.ref(o, lambda w: log.append(name))

def gen():
    yield 1

class A:
    def m(self):
        pass

class L(list):
    pass

class D(dict):
    pass

class SW:
    __slots__ = ("x", "__weakref__")

keep = []
for name, factory in [("set", lambda: set([1])), ("frozenset", lambda: frozenset([2])),
                      ("function", lambda: (lambda: 0)), ("generator", lambda: gen()),
                      ("instance", A), ("method", lambda: A().m), ("list subclass", L),
                      ("dict subclass", D), ("slotted", SW)]:
    o = factory()
    keep.append(watch(o, name))
    del o
print(log)
print([r() for r in keep])

def make_class():
    class Temp:
        pass
    return Temp

C = make_class()
rc = weakref.ref(C, lambda w: log.append("class"))
del C
import gc
gc.collect()
print(log[-1], rc())
