# gc.garbage under DEBUG_SAVEALL holds every unreachable object, in the collector's order,
# including the ones that are only reachable from the cycle. Finalizers still run first
# (PEP 442), but nothing is cleared or freed.
import gc
class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "<Node %s>" % self.name
    def __del__(self):
        print("del", self.name)
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
a.extra = [1, 2]
del a, b
print("collect():", gc.collect())
print("garbage:", gc.garbage)
print("finalized:", [gc.is_finalized(o) for o in gc.garbage])
gc.set_debug(0)
gc.garbage.clear()
print("cleared: the cycle is ordinary garbage again, already finalized")
print("collect():", gc.collect())
