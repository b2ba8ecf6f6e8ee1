# gc.DEBUG_SAVEALL and gc.garbage: looking at what the collector found.
# Run: mnemo examples/17_debug_saveall_and_garbage.py
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __repr__(self):
        return f"Node({self.name})"

def make_cycle():
    a = Node("a"); b = Node("b")
    a.peer = b; b.peer = a

gc.collect()

# Normally unreachable cycles are freed and gc.garbage stays empty - with or without __del__
# since Python 3.4 (example 13).
make_cycle()
print("collect():", gc.collect(), "| gc.garbage:", gc.garbage)

# DEBUG_SAVEALL tells the collector to keep everything unreachable in gc.garbage instead of
# freeing it: a way to see what a leak is made of.
gc.set_debug(gc.DEBUG_SAVEALL)
make_cycle()
unreached = gc.collect()
print("unreachable found:", unreached)
print("gc.garbage:", gc.garbage)
print("types:", [type(o).__name__ for o in gc.garbage])

# What refers to what? get_referents follows references out of an object.
first = gc.garbage[0]
print("first refers to its peer:", first.peer in gc.get_referents(first))

# The saved objects stay alive until you let go of them: clear the list (and switch the
# flag off) to let the collector have them.
gc.set_debug(0)
del first
gc.garbage.clear()
print("after clearing gc.garbage:", gc.collect())

# DEBUG_LEAK (= DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL), which several
# articles suggest, also writes one "gc: collectable <Node 0x...>" line per object to stderr.
# In CPython 3.11 "uncollectable" objects only come from C extensions with old-style
# finalizers, so for pure Python code gc.garbage is empty unless SAVEALL is on.
print("DEBUG_LEAK is", gc.DEBUG_LEAK, "=", gc.DEBUG_COLLECTABLE, "|", gc.DEBUG_UNCOLLECTABLE,
      "|", gc.DEBUG_SAVEALL)
