# compare: stderr
# DEBUG_COLLECTABLE on the real stderr names lists, dicts, tuples and instances as
# "gc: collectable <TYPE 0x...>" in the order the collector found them.
import gc
class Node:
    pass
gc.collect()
gc.disable()
l = []
t = (l,)
d = {"t": t}
l.append(d)
n = Node()
n.l = l
l.append(n)
del l, t, d, n
gc.set_debug(gc.DEBUG_COLLECTABLE)
c = gc.collect(0)
gc.set_debug(0)
print("collect(0):", c)
gc.enable()
