# The articles' "tiny cycle you can see", with and without DEBUG_SAVEALL.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
def make_cycle():
    a = Node("a"); b = Node("b")
    a.peer = b; b.peer = a
    return a, b
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a, b = make_cycle()
del a, b
unreached = gc.collect()
print("unreachable found:", unreached)
print("garbage list size:", len(gc.garbage))
print("types:", sorted(type(o).__name__ for o in gc.garbage))
gc.garbage.clear()
gc.set_debug(0)
a, b = make_cycle()
del a, b
print("without SAVEALL:", gc.collect(), "garbage:", gc.garbage)
