# test_boom: the collector must not call __getattr__ (here it would break the cycle while
# the collector is looking at it). The count stays exact.
import gc
class Boom:
    def __getattr__(self, someattribute):
        del self.attr
        raise AttributeError
a = Boom()
b = Boom()
a.attr = b
b.attr = a
gc.collect()
garbagelen = len(gc.garbage)
del a, b
print("collect():", gc.collect())
print("garbage unchanged:", len(gc.garbage) == garbagelen)
class Boom2:
    def __init__(self):
        self.x = 0
    def __getattr__(self, someattribute):
        self.x += 1
        if self.x > 1:
            del self.attr
        raise AttributeError
a = Boom2()
b = Boom2()
a.attr = b
b.attr = a
gc.collect()
del a, b
print("collect():", gc.collect())
