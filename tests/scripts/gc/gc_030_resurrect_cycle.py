# A resurrecting __del__ in a self-cycle: the collector keeps it, collect() returns 0.
import gc
zs = []
class Z:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("Z.__del__")
        zs.append(self)
gc.collect()
Z()
print("collect():", gc.collect())
print("resurrected:", len(zs), "finalized:", gc.is_finalized(zs[0]))
zs.clear()
print("after clear, collect():", gc.collect())
print("__del__ was not called the second time")
