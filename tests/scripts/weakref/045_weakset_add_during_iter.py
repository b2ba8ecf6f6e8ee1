# Adding to a WeakSet while iterating it, and the set's own death.
import weakref

class Obj:
    pass

objs = [Obj() for _ in range(3)]
s = weakref.WeakSet(objs)
try:
    for x in s:
        s.add(Obj())
except RuntimeError as e:
    print("RuntimeError:", e)
rs = weakref.ref(s)
del s
print(rs())
