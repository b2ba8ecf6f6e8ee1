# len() of weak dictionaries whose entries die by cyclic collection during iteration.
import gc, weakref

class Node:
    def __init__(self):
        self.me = self

gc.collect()
gc.disable()
d = weakref.WeakValueDictionary()
k = weakref.WeakKeyDictionary()
objs = [Node() for _ in range(5)]
for i, o in enumerate(objs):
    d[i] = o
    k[o] = i
del o
it = iter(d.items())
next(it)
objs.clear()
gc.collect()
print(len(d), len(k))
del it
print(len(d), len(k))
gc.enable()
