# Resurrection happens at most once per object.
import gc
class A:
    def __init__(self):
        self.me = self
class Lazarus(A):
    count = 0
    saved = []
    def __del__(self):
        Lazarus.count += 1
        Lazarus.saved.append(self)
gc.collect()
gc.disable()
laz = Lazarus()
print("count:", Lazarus.count)
del laz
gc.collect()
print("count:", Lazarus.count, "saved:", len(Lazarus.saved))
Lazarus.saved.clear()
print("collect():", gc.collect())
print("count:", Lazarus.count, "saved:", len(Lazarus.saved))
gc.enable()
