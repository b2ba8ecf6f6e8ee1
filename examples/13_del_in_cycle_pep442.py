# __del__ in a reference cycle: collected since Python 3.4 (PEP 442), not leaked.
# Run: mnemo examples/13_del_in_cycle_pep442.py
import gc

# Many articles say: "if an object with __del__ is part of a cycle, the collector cannot
# decide in which order to call the finalizers, so it gives up and moves the objects to
# gc.garbage - a guaranteed leak." That was true up to Python 3.3. PEP 442 (Python 3.4)
# changed it: the collector calls every finalizer in the unreachable group once, in an
# unspecified order, while all objects are still intact; then it checks nothing was
# resurrected and breaks the cycle.

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        # The partner is still complete here: nothing has been cleared yet.
        print(f"  finalizing {self.name}, partner {self.partner.name} still intact")

gc.collect()
a = Node("A")
b = Node("B")
a.partner = b
b.partner = a
del a, b
print("collect():", gc.collect())
print("gc.garbage:", gc.garbage)          # empty: nothing leaked

# The flag PEP 442 added: each object is finalized at most once.
saved = []
class Once:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("  Once.__del__")
        saved.append(self)               # resurrects itself (see example 14)
Once()
print("collect():", gc.collect(), "- the resurrected object is not counted")
print("is_finalized:", gc.is_finalized(saved[0]))
saved.clear()
print("collect():", gc.collect(), "- freed now, and __del__ was not called again")

# A finalizer that breaks its own cycle lets reference counting free the object while the
# collector is still finalizing; such objects are not counted either.
class Tidy:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("  Tidy breaks its cycle")
        self.me = None
Tidy()
print("collect():", gc.collect())

# Still true: only the collector finalizes cycles, so their __del__ timing is unpredictable.
# For cleanup that must happen at a known time use "with" (example 12) or weakref.finalize
# (example 16).
