# A proxy to an object in a cycle is dead after gc.collect().
import gc, weakref

class Node:
    pass

gc.collect()
n = Node()
n.me = n
p = weakref.proxy(n)
del n
print(gc.collect())
try:
    p.me
except ReferenceError as e:
    print("ReferenceError:", e)
