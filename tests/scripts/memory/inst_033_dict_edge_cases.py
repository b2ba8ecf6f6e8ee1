# Instances outliving their class, deleting __dict__, exceptions with attributes.
import sys, gc
class C:
    pass
c = C()
c.a = [1]; c.b = 2
del C
print(type(c).__name__, c.a)
c2 = c
print(vars(c2))
class D:
    pass
d = D(); d.x = 1
del d.__dict__
print(vars(d), sys.getsizeof(vars(d)))
d.y = 2
print(vars(d), d.__getstate__() if hasattr(d, "__getstate__") else None)
def f():
    class K:
        def __init__(s): s.me = s
    for i in range(3): K()
f()
print(gc.collect())
class E(Exception): pass
e = E("x"); e.note = 1; print(vars(e), sys.getsizeof(e.__dict__))
