# A reference that is itself part of the garbage cycle: its callback is not called.
import gc, weakref

class Node:
    pass

gc.collect()
log = []
a = Node()
a.self = a
a.wr = weakref.ref(a, lambda w: log.append("callback"))
del a
print(gc.collect(), log)

c = Node()
d = Node()
c.d = d
d.c = c
# the reference lives in the cycle, its callback only refers to the log
d.ref_to_c = weakref.ref(c, lambda w: log.append("cycle callback"))
del c, d
print(gc.collect(), log)
