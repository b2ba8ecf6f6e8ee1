# A callback called during collection may store new objects; the collection finishes.
import gc, weakref

class Node:
    pass

gc.collect()
kept = []
a = Node()
a.self = a
r = weakref.ref(a, lambda w: kept.append(Node()))
del a
print(gc.collect() >= 1, len(kept), r())
