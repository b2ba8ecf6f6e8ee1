# A reference (alive, outside the cycle) to an object in garbage cycle: gc.collect()
# clears it and calls its callback.
import gc, weakref

class Node:
    pass

gc.collect()
log = []
a = Node()
b = Node()
a.other = b
b.other = a
r = weakref.ref(a, lambda w: log.append(("callback", w())))
del a, b
print(r() is not None, log)
print(gc.collect())
print(r(), log)
