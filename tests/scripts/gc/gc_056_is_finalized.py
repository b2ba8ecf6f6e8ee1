# gc.is_finalized tells whether an object's __del__ has run (PEP 442's flag).
import gc
print("int:", gc.is_finalized(3))
print("list:", gc.is_finalized([]))
storage = []
class Lazarus:
    def __del__(self):
        storage.append(self)
lazarus = Lazarus()
print("alive:", gc.is_finalized(lazarus))
del lazarus
lazarus = storage.pop()
print("resurrected by refcount death:", gc.is_finalized(lazarus))
class Cyclic:
    def __init__(self):
        self.me = self
    def __del__(self):
        storage.append(self)
c = Cyclic()
del c
gc.collect()
c = storage.pop()
print("resurrected by the collector:", gc.is_finalized(c))
class NoDel:
    pass
n = NoDel()
n.me = n
print("no __del__:", gc.is_finalized(n))
try:
    gc.is_finalized()
except TypeError as e:
    print("TypeError:", e)
del c.me
