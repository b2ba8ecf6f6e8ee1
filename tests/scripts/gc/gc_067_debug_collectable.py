# compare: stderr
# DEBUG_COLLECTABLE names every collectable object found, in the collector's order.
import gc
class Node:
    pass
gc.collect()
gc.set_debug(gc.DEBUG_COLLECTABLE)
a = Node()
b = Node()
a.b = b
b.a = a
del a, b
l = []
l.append(l)
del l
n = gc.collect()
gc.set_debug(0)
print("collect():", n)
