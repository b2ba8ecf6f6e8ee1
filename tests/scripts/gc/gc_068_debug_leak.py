# compare: stderr
# DEBUG_LEAK = COLLECTABLE | UNCOLLECTABLE | SAVEALL: objects are named and kept.
import gc
class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Node(%s)" % self.name
gc.collect()
gc.set_debug(gc.DEBUG_LEAK)
x = Node("x")
x.self = x
del x
unreachable = gc.collect()
gc.set_debug(0)
print(f"Unreachable objects: {unreachable}")
print(gc.garbage)
gc.garbage.clear()
