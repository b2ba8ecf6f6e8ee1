# Resurrection: a __del__ that stores self somewhere keeps the object alive.
# Run: mnemo examples/14_resurrection.py
import gc
import sys

graveyard = []

class Lazarus:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(f"  __del__ of {self.name}: storing self")
        graveyard.append(self)

print("1. resurrection from reference counting")
x = Lazarus("x")
print("  finalized?", gc.is_finalized(x))
del x                                         # count 0: __del__ runs ... and adds a reference
x = graveyard.pop()
print("  alive again:", x.name, "| finalized?", gc.is_finalized(x), "| refcount", sys.getrefcount(x))
del x                                         # __del__ is NOT called a second time
print("  second death: silent, the object is really gone")

print("2. resurrection from the collector")
y = Lazarus("y")
y.me = y                                      # a self-cycle: only the collector frees it
y.friend = [1, 2, 3]                          # and what it refers to must stay intact
del y
print("  collect():", gc.collect())          # 0: nothing was freed after all
y = graveyard.pop()
print("  alive again:", y.name, y.friend, "| y.me is y:", y.me is y)
del y
print("  collect():", gc.collect())          # now it goes (the instance and its list)

# Resurrection is legal but almost always a bug: the object lives on in whatever state
# __del__ left it, and its finalizer will not run again when it finally dies.
